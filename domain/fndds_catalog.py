"""FNDDS foods as catalog entries: USDA's values and portions plus derived tags and category.

One shape serves the committed compact file (``data/catalog/fndds_foods.json.gz``, written
by ``scripts/build_fndds_catalog.py``) and the importer reading the shared folder directly,
so both paths store the same thing. Plain Python, no Django.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from domain.fndds import DEFAULT_PORTION, FnddsFood, nutrient_columns, read_fndds
from domain.fndds_categories import category_for_wweia
from domain.fndds_contents import Contents, derive_all, read_sr_index
from domain.fndds_meals import meal_fit

SOURCE = (
    "USDA Food and Nutrient Database for Dietary Studies (FNDDS) 2021-2023, At A Glance "
    "release; public domain. Values per 100 g edible portion; energy is USDA's energy_kcal "
    "(SR 208). Allergen and diet tags are derived by domain/fndds_contents.py from each "
    "food's recipe ingredients and their SR food groups; meal slots by domain/fndds_meals.py "
    "from the WWEIA category and description."
)


def entry_for(food: FnddsFood, numbers: list[str], contents: Contents) -> dict[str, Any]:
    """One food as a compact, JSON-ready entry (nutrient values in ``numbers`` order)."""
    return {
        "food_code": food.food_code,
        "description": food.description,
        "additional_description": food.additional_description,
        "wweia_code": food.wweia_code,
        "wweia_category": food.wweia_category,
        "category": category_for_wweia(food.wweia_code),
        "allergen_tags": contents.allergens,
        "unknown_allergens": contents.unknown_allergens,
        "diet_tags": contents.diet_tags,
        # Meal slots derived from the WWEIA category and description (domain.fndds_meals);
        # empty: never planned as an item (ingredient forms, baby foods, oils, alcohol...).
        "meals": list(meal_fit(food.wweia_code, food.description).meals),
        "values": [food.values[n] for n in numbers],
        "portions": [[p.seq, p.description, p.grams] for p in food.portions],
        "ingredients": [[i.seq, i.code, i.description, i.grams] for i in food.ingredients],
    }


def build_catalog(fndds_folder: Path, usda_folder: Path | None) -> dict[str, Any]:
    """Every FNDDS food that has nutrients, as one JSON-ready document.

    ``usda_folder`` (SR28, for the ingredients' food groups) may be missing: groups then
    come from NDB-number prefixes, and ``sr_food_groups`` in the result says so.
    """
    numbers = list(nutrient_columns(fndds_folder).values())
    foods = read_fndds(fndds_folder)
    index = read_sr_index(usda_folder)
    contents = derive_all(foods, index)
    entries = [
        entry_for(food, numbers, contents[food.food_code]) for food in foods if food.has_nutrients
    ]
    return {
        "source": SOURCE,
        "generated_by": "scripts/build_fndds_catalog.py",
        "sr_food_groups": index.source,
        "skipped_without_nutrients": [f.food_code for f in foods if not f.has_nutrients],
        "nutrient_numbers": numbers,
        "default_portion": DEFAULT_PORTION,
        "food_count": len(entries),
        "foods": entries,
    }


def tag_figures(entries: list[dict[str, Any]]) -> dict[str, Counter[str]]:
    """How many foods carry each allergen, unknown allergen and diet tag."""
    figures: dict[str, Counter[str]] = {
        "allergen_tags": Counter(),
        "unknown_allergens": Counter(),
        "diet_tags": Counter(),
    }
    for entry in entries:
        for key, counter in figures.items():
            counter.update(entry[key])
    return figures
