"""The food log: what a user ate, when, and its energy and nutrients."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast
from django.utils import timezone


def stored_nutrient(key: str) -> models.GeneratedField:
    """A stored column the database derives from ``nutrients[key]``.

    Analytics sums nutrients over thousands of entries; extracting 16 values from every
    row's JSON at query time cost ~6x more than summing plain columns on MariaDB. The
    database keeps these in step with ``nutrients`` on every write, bulk ones included.
    """
    return models.GeneratedField(
        expression=Cast(KeyTextTransform(key, "nutrients"), models.FloatField()),
        output_field=models.FloatField(),
        db_persist=True,
    )


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
    # Where the numbers came from when logged from the catalog or a description.
    catalog_food = models.ForeignKey(
        "catalog.CatalogFood", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    grams = models.FloatField(null=True, blank=True, help_text="weight eaten, when known")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # One per key of domain.nutrients.NUTRIENT_KEYS (a test checks they match).
    nutrient_protein = stored_nutrient("protein")
    nutrient_carbs = stored_nutrient("carbs")
    nutrient_fats = stored_nutrient("fats")
    nutrient_fiber = stored_nutrient("fiber")
    nutrient_sugar = stored_nutrient("sugar")
    nutrient_saturated_fat = stored_nutrient("saturated_fat")
    nutrient_monounsaturated_fat = stored_nutrient("monounsaturated_fat")
    nutrient_polyunsaturated_fat = stored_nutrient("polyunsaturated_fat")
    nutrient_trans_fat = stored_nutrient("trans_fat")
    nutrient_cholesterol = stored_nutrient("cholesterol")
    nutrient_sodium = stored_nutrient("sodium")
    nutrient_potassium = stored_nutrient("potassium")
    nutrient_calcium = stored_nutrient("calcium")
    nutrient_iron = stored_nutrient("iron")
    nutrient_water = stored_nutrient("water")
    nutrient_alcohol = stored_nutrient("alcohol")

    class Meta:
        db_table = "foods"
        ordering = ["-logged_at", "-id"]
        indexes = [models.Index(fields=["user", "logged_at"], name="foods_user_logged_at")]
        verbose_name_plural = "food entries"

    def __str__(self) -> str:
        return f"{self.name} ({self.calories:g} kcal)"
