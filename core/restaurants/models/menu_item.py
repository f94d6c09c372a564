"""A dish on a restaurant's menu, with one serving's energy, nutrients and tags."""

from __future__ import annotations

from typing import Any

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from core.restaurants.models.restaurant import Restaurant
from domain.healthiness import ALLERGENS, expand_diets

NUTRIENT_FIELDS = ("protein", "carbs", "fats", "fiber", "saturated_fat", "sodium")


def _grams(help_text: str = "g per serving") -> models.FloatField:
    return models.FloatField(default=0.0, validators=[MinValueValidator(0.0)], help_text=help_text)


class ProcessingLevel(models.IntegerChoices):
    """NOVA food classification (Monteiro et al.)."""

    UNPROCESSED = 1, "Unprocessed or minimally processed"
    CULINARY = 2, "Processed culinary ingredients"
    PROCESSED = 3, "Processed"
    ULTRA_PROCESSED = 4, "Ultra-processed"


class MenuItem(models.Model):
    """One dish (table ``restaurant_menu_items``); nutrients are per serving.

    ``diets`` holds diet tags (``vegan``, ``vegetarian``, ``pescatarian``,
    ``gluten_free``) and is closed under implication on save (vegan adds vegetarian and
    pescatarian), so a search for vegetarian dishes finds the vegan ones. ``allergens``
    names what the dish contains; an allergen absent from the list is taken as absent,
    so only reviewed data belongs here.
    """

    restaurant = models.ForeignKey(Restaurant, on_delete=models.CASCADE, related_name="menu_items")
    name = models.CharField(max_length=200)
    description = models.CharField(max_length=500, blank=True, default="")
    calories = models.FloatField(validators=[MinValueValidator(0.0)], help_text="kcal per serving")
    serving_grams = models.FloatField(
        null=True, blank=True, validators=[MinValueValidator(1.0)], help_text="g; null = unknown"
    )
    protein = _grams()
    carbs = _grams()
    fats = _grams()
    fiber = _grams()
    saturated_fat = _grams()
    sodium = _grams("mg per serving")
    diets = models.JSONField(default=list, blank=True)
    allergens = models.JSONField(default=list, blank=True)
    processing = models.PositiveSmallIntegerField(
        choices=ProcessingLevel.choices,
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(4)],
        help_text="NOVA group 1-4; null = unknown",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "restaurant_menu_items"
        ordering = ["restaurant_id", "name", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(calories__gte=0)
                & Q(protein__gte=0)
                & Q(carbs__gte=0)
                & Q(fats__gte=0)
                & Q(fiber__gte=0)
                & Q(saturated_fat__gte=0)
                & Q(sodium__gte=0),
                name="restaurant_menu_items_non_negative",
            ),
            models.CheckConstraint(
                condition=Q(processing__isnull=True) | Q(processing__gte=1, processing__lte=4),
                name="restaurant_menu_items_processing_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.calories:g} kcal)"

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Normalise the tags (see the class docstring) before writing."""
        normalise_tags(self)
        super().save(*args, **kwargs)


def normalise_tags(item: MenuItem) -> MenuItem:
    """Close ``diets`` under implication and keep known allergens once, in a fixed order.

    Bulk writes bypass ``save()``, so importers call this on each row themselves.
    """
    item.diets = expand_diets(item.diets or [])
    present = {str(a).strip().lower() for a in item.allergens or []}
    item.allergens = [name for name in ALLERGENS if name in present]
    return item
