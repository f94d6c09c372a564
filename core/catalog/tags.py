"""The catalog's tag vocabularies and the conservative tag inference used by imports.

Tags say what is known, never what is guessed: an imported food whose description does
not settle a question keeps that tag list empty. Curated starter foods carry reviewed tags.
"""

from __future__ import annotations

import re

from domain import diet as diet_vocabulary
from domain.diet import DIET_TAGS
from domain.fndds_contents import halal_from_contents, sr_food_contents

# The one vocabulary (domain.diet): diet tags a food can carry and allergen tags.
DIETS: tuple[str, ...] = DIET_TAGS
ALLERGENS: tuple[str, ...] = diet_vocabulary.ALLERGENS
MEALS: tuple[str, ...] = ("breakfast", "main", "side", "snack", "drink")

# Our curated categories (the food groups plus snacks and condiments).
CATEGORIES: tuple[str, ...] = (
    "grains",
    "breads",
    "vegetables",
    "fruits",
    "legumes",
    "nuts_seeds",
    "dairy",
    "eggs",
    "meat",
    "poultry",
    "fish",
    "fats_oils",
    "beverages",
    "sweets",
    "mixed_dishes",
    "snacks",
    "condiments",
)

# SR food group code -> category, only where the whole group fits one category.
_GROUP_CATEGORY = {
    "0400": "fats_oils",
    "0500": "poultry",
    "0700": "meat",
    "0800": "grains",
    "0900": "fruits",
    "1000": "meat",
    "1100": "vegetables",
    "1200": "nuts_seeds",
    "1300": "meat",
    "1400": "beverages",
    "1500": "fish",
    "1600": "legumes",
    "1700": "meat",
    "1900": "sweets",
    "2000": "grains",
    "2100": "mixed_dishes",
    "2200": "mixed_dishes",
    "2500": "snacks",
}

# Allergens a description names outright. Words only: "nutmeg" is not a nut, "butternut"
# squash is not a tree nut, so each pattern is anchored on word boundaries.
_ALLERGEN_WORDS: dict[str, re.Pattern[str]] = {
    "milk": re.compile(r"\b(milk|cheese|butter|cream|yogurt|whey|casein|buttermilk|kefir)\b", re.I),
    "egg": re.compile(r"\b(eggs?|egg noodles|mayonnaise)\b", re.I),
    "fish": re.compile(
        r"\b(fish|salmon|tuna|cod|anchovy|sardines?|trout|herring|mackerel|tilapia|halibut)\b",
        re.I,
    ),
    "shellfish": re.compile(
        r"\b(crustaceans|shrimp|crab|lobster|crayfish|mollusks|clams?|oysters?|mussels?|"
        r"scallops?|squid|octopus)\b",
        re.I,
    ),
    "tree_nuts": re.compile(
        r"\b(almonds?|cashews?|walnuts?|pecans?|pistachios?|hazelnuts?|macadamia|brazilnuts|"
        r"pine nuts|coconut)\b",
        re.I,
    ),
    "peanuts": re.compile(r"\bpeanuts?\b", re.I),
    "wheat": re.compile(r"\b(wheat|semolina|couscous|bulgur|spelt|farina)\b", re.I),
    "soy": re.compile(r"\b(soy|soybeans?|soymilk|tofu|edamame|miso|tempeh)\b", re.I),
    "sesame": re.compile(r"\b(sesame|tahini)\b", re.I),
}


# Words that mean more than a plain plant food is in the product.
_MIXED = re.compile(
    r"\b(with|sauce|prepared|stew|soup|salad|dish|mix|fast|restaurant|meatless|imitation|"
    r"formulated|babyfood|entree|vegetarian|flavou?red)\b",
    re.I,
)


def infer_category(group_code: str) -> str:
    """The category of an imported food from its SR group code, or ''."""
    return _GROUP_CATEGORY.get(group_code, "")


def infer_allergens(description: str) -> list[str]:
    """Allergens the description names; ingredients it does not name stay unknown."""
    return [name for name, pattern in _ALLERGEN_WORDS.items() if pattern.search(description)]


def infer_diets(description: str, group_code: str) -> list[str]:
    """Diet tags only where the food group and description settle them.

    Plain fruits, vegetables, legumes, nuts and grains are plant foods; a description
    naming anything beyond that (a sauce, cheese, "with" something) leaves the tags empty.
    Such a plant food is also ``halal`` when the FNDDS rules (``domain.fndds_contents``)
    find no pork or alcohol in its group and words (no wine, no rum flavour, ...).
    """
    plant_groups = {"0900", "1100", "1200", "1600", "2000"}
    if group_code not in plant_groups:
        return []
    if _MIXED.search(description):
        return []
    allergens = set(infer_allergens(description))
    if allergens - {"tree_nuts", "peanuts", "soy", "sesame", "wheat"}:
        return []  # names an animal product (milk, egg, fish, shellfish)
    diets = ["vegan", "vegetarian", "pescatarian"]
    # Grain products may hold wheat, barley or rye without naming them: no gluten_free.
    if group_code != "2000" and "wheat" not in allergens:
        diets.append("gluten_free")
    if halal_from_contents(sr_food_contents("0", description, group_code)):
        diets.append("halal")
    return diets
