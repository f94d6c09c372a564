"""The food catalog: USDA foods with values per 100 g, household portions and tags.

Reads are the hot path (planner, search, food analysis), so the energy and macros the
planner filters on are indexed columns, every domain nutrient per 100 g sits in one JSON
object (``nutrients``, all keys present, ``null`` where USDA has no value), and the full
USDA nutrient set (all SR nutrient numbers, e.g. vitamins) is kept in ``usda_nutrients``
for later use without a 680k-row table. Tags are stored as ``,a,b,`` strings so "has tag"
is a portable ``LIKE '%,vegan,%'`` on SQLite and MariaDB alike; Python sees lists.
"""

from __future__ import annotations

from typing import Any

from django.db import models

from domain.nutrients import NUTRIENT_KEYS


class TagListField(models.CharField):
    """A list of short tags stored as ``,a,b,`` (empty list: ``""``).

    A lookup value that is already a string (``",vegan,"``) passes through unchanged, so
    ``filter(diet_tags__contains=",vegan,")`` works on every backend.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> list[str]:
        return self.to_python(value)

    def to_python(self, value: Any) -> list[str]:
        if isinstance(value, list):
            return value
        if not value:
            return []
        return [tag for tag in str(value).split(",") if tag]

    def get_prep_value(self, value: Any) -> str:
        if isinstance(value, (list, tuple)):
            return f",{','.join(value)}," if value else ""
        return "" if value is None else str(value)

    def value_to_string(self, obj: models.Model) -> str:
        return self.get_prep_value(self.value_from_object(obj))


# Between a food's description and its other names in ``search_text``.
OTHER_NAMES_SEPARATOR = " ~ "
SEARCH_TEXT_LENGTH = 600


class DataSource(models.TextChoices):
    SR28 = "sr28", "USDA SR28"
    SR_LEGACY = "sr_legacy", "USDA FoodData Central SR Legacy"
    FOUNDATION = "foundation", "USDA FoodData Central Foundation"
    FNDDS = "fndds", "USDA FNDDS 2021-2023 (foods as eaten)"


class FoodKind(models.TextChoices):
    """Ingredients (SR Legacy: raw flour, dry pasta) vs foods as people eat them (FNDDS)."""

    INGREDIENT = "ingredient", "Ingredient"
    FOOD_AS_EATEN = "food_as_eaten", "Food as eaten"


class CatalogFood(models.Model):
    """One food, keyed by USDA NDB number (ingredients) or FNDDS food code (foods as eaten)
    (and FDC id where known); values per 100 g as USDA states them."""

    kind = models.CharField(
        max_length=16, choices=FoodKind.choices, default=FoodKind.INGREDIENT, db_index=True
    )
    ndb_no = models.CharField(max_length=10, unique=True, null=True, blank=True)
    food_code = models.CharField(
        max_length=8, unique=True, null=True, blank=True, help_text="FNDDS 8-digit food code"
    )
    fdc_id = models.PositiveIntegerField(unique=True, null=True, blank=True)
    description = models.CharField(max_length=255, help_text="USDA's long description")
    common_name = models.CharField(max_length=120, blank=True, db_index=True)
    food_group_code = models.CharField(max_length=8, blank=True, help_text="SR FdGrp_Cd")
    food_group = models.CharField(max_length=80, blank=True, help_text="USDA food group name")
    additional_description = models.CharField(
        max_length=500, blank=True, help_text="FNDDS other names and synonyms, '; '-separated"
    )
    wweia_category_code = models.CharField(
        max_length=4, blank=True, db_index=True, help_text="WWEIA food category number"
    )
    wweia_category = models.CharField(max_length=80, blank=True, help_text="WWEIA category name")
    category = models.CharField(max_length=20, blank=True, db_index=True)
    data_source = models.CharField(max_length=12, choices=DataSource.choices)
    is_starter = models.BooleanField(
        default=False, db_index=True, help_text="curated starter food (names and tags reviewed)"
    )
    energy_kcal = models.FloatField(null=True, blank=True, db_index=True)
    protein = models.FloatField(null=True, blank=True)
    carbs = models.FloatField(null=True, blank=True)
    fats = models.FloatField(null=True, blank=True)
    nutrients = models.JSONField(default=dict, help_text="domain nutrient key -> per 100 g")
    usda_nutrients = models.JSONField(default=dict, help_text="SR nutrient number -> per 100 g")
    diet_tags = TagListField()
    allergen_tags = TagListField()
    # Allergens (domain.diet.CONTENT_TAGS) that could not be settled from the data: they
    # count as present for anyone who must avoid them.
    unknown_allergens = TagListField()
    meal_suitability = TagListField(max_length=80)
    # Lower-cased "common name | description": search filters it with a case-sensitive
    # LIKE, which MariaDB runs as a fast binary compare (no collation work per row).
    search_text = models.CharField(max_length=SEARCH_TEXT_LENGTH, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "catalog_foods"
        ordering = ["id"]
        indexes = [
            models.Index(fields=["is_starter", "category"], name="catalog_starter_category"),
            # Covers the search: MariaDB reads everything ranking needs from this index
            # (names are read back from search_text), never the wide rows. 600 + 16 + 80
            # characters stay under InnoDB's 3,072-byte key limit in utf8mb4.
            models.Index(
                fields=["search_text", "is_starter", "kind", "wweia_category"],
                name="catalog_search_text",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """The short common name, or USDA's description when there is none."""
        return self.common_name or self.description

    @staticmethod
    def make_search_text(common_name: str, description: str) -> str:
        """The text search scans: both names, lower-cased."""
        return f"{common_name} | {description}".lower()[:SEARCH_TEXT_LENGTH]

    def nutrients_per_100g(self) -> dict[str, float | None]:
        """Every domain nutrient key, ``None`` where unknown (never a made-up 0)."""
        stored = self.nutrients or {}
        return {key: stored.get(key) for key in NUTRIENT_KEYS}


class CatalogPortion(models.Model):
    """A household measure of a food: ``amount`` x ``unit`` weighs ``gram_weight`` g."""

    food = models.ForeignKey(CatalogFood, on_delete=models.CASCADE, related_name="portions")
    seq = models.PositiveSmallIntegerField()
    amount = models.FloatField()
    unit = models.CharField(max_length=120, help_text='USDA measure, e.g. "large", "cup, chopped"')
    label = models.CharField(max_length=140, help_text='e.g. "1 large"')
    gram_weight = models.FloatField()
    is_default = models.BooleanField(
        default=False, help_text='USDA\'s default serving ("Quantity not specified")'
    )

    class Meta:
        db_table = "catalog_portions"
        ordering = ["food_id", "seq", "id"]
        constraints = [
            models.UniqueConstraint(fields=["food", "seq"], name="catalog_portion_food_seq")
        ]

    def __str__(self) -> str:
        return f"{self.label} = {self.gram_weight:g} g"
