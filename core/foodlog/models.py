"""The food log: what a user ate, when, and its energy and nutrients."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class Meal(models.TextChoices):
    BREAKFAST = "breakfast", "Breakfast"
    LUNCH = "lunch", "Lunch"
    DINNER = "dinner", "Dinner"
    SNACK = "snack", "Snack"


class FoodEntry(models.Model):
    """One logged food (table ``foods`` of the original design)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="food_entries"
    )
    name = models.CharField(max_length=200)
    calories = models.FloatField(help_text="kcal")
    nutrients = models.JSONField(default=dict, blank=True, help_text="keys from domain.nutrients")
    meal = models.CharField(max_length=10, choices=Meal.choices, blank=True, default="")
    logged_at = models.DateTimeField(default=timezone.now)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "foods"
        ordering = ["-logged_at", "-id"]
        indexes = [models.Index(fields=["user", "logged_at"], name="foods_user_logged_at")]
        verbose_name_plural = "food entries"

    def __str__(self) -> str:
        return f"{self.name} ({self.calories:g} kcal)"
