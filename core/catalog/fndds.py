"""FNDDS foods as eaten in the catalog: idempotent import from entries of one shape.

Entries come from the committed compact file (``data/catalog/fndds_foods.json.gz``, no
USDA download needed) or straight from the shared FNDDS folder
(:func:`domain.fndds_catalog.build_catalog`). Foods are keyed by ``food_code``; a re-run
updates rows in place and replaces their portions, so counts never grow. USDA's fields and
the derived tags (allergens, diets and the meal slots of ``domain.fndds_meals``, stored in
``meal_suitability``) are refreshed; a common name someone gave a food is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from django.db import transaction

from core.catalog.importer import ImportStats, _upsert, batches
from core.catalog.models import (
    OTHER_NAMES_SEPARATOR,
    CatalogFood,
    CatalogPortion,
    DataSource,
    FoodKind,
)
from domain.fndds import COMPACT_FILE, DEFAULT_PORTION, read_compact
from domain.nutrients import NUTRIENTS

FNDDS_FILE = COMPACT_FILE
BATCH_SIZE = 500

# Fields an import refreshes on an existing food (not common_name).
_FIELDS = [
    "kind",
    "description",
    "additional_description",
    "food_group_code",
    "food_group",
    "wweia_category_code",
    "wweia_category",
    "category",
    "data_source",
    "energy_kcal",
    "protein",
    "carbs",
    "fats",
    "nutrients",
    "usda_nutrients",
    "diet_tags",
    "allergen_tags",
    "unknown_allergens",
    "meal_suitability",
    "search_text",
]


def read_fndds_file(path: Path = FNDDS_FILE) -> tuple[list[str], list[dict[str, Any]]]:
    """The compact file's nutrient numbers and food entries (parsed once per process)."""
    document = read_compact(path)
    return document["nutrient_numbers"], document["foods"]


def _row(entry: dict[str, Any], numbers: list[str], common_name: str) -> CatalogFood:
    values = dict(zip(numbers, entry["values"], strict=True))
    nutrients = {n.key: values.get(n.usda_number) for n in NUTRIENTS}
    # Search scans "common name | description ~ other names" and reads the names back from
    # it (search.py splits on " | " and " ~ "; neither occurs in USDA's text).
    names = entry["description"]
    if entry["additional_description"]:
        names = f"{names}{OTHER_NAMES_SEPARATOR}{entry['additional_description']}"
    return CatalogFood(
        kind=FoodKind.FOOD_AS_EATEN,
        food_code=entry["food_code"],
        description=entry["description"][:255],
        additional_description=entry["additional_description"][:500],
        food_group_code="",
        food_group="",
        wweia_category_code=entry["wweia_code"],
        wweia_category=entry["wweia_category"][:80],
        category=entry["category"],
        data_source=DataSource.FNDDS,
        energy_kcal=values.get("208"),
        protein=nutrients["protein"],
        carbs=nutrients["carbs"],
        fats=nutrients["fats"],
        nutrients=nutrients,
        usda_nutrients=values,
        diet_tags=list(entry["diet_tags"]),
        allergen_tags=list(entry["allergen_tags"]),
        unknown_allergens=list(entry["unknown_allergens"]),
        meal_suitability=list(entry.get("meals", [])),
        common_name=common_name,
        search_text=CatalogFood.make_search_text(common_name, names),
    )


def _portions(entry: dict[str, Any], food_id: int) -> list[CatalogPortion]:
    """USDA's portions in USDA's order: 1 x "<description>" weighs the stated grams."""
    return [
        CatalogPortion(
            food_id=food_id,
            seq=seq,
            amount=1.0,
            unit=description[:120],
            label=description[:140],
            gram_weight=float(grams),
            is_default=description == DEFAULT_PORTION,
        )
        for seq, description, grams in entry["portions"]
    ]


def _import_batch(batch: list[dict[str, Any]], numbers: list[str], stats: ImportStats) -> None:
    codes = [entry["food_code"] for entry in batch]
    names = dict(
        CatalogFood.objects.filter(food_code__in=codes).values_list("food_code", "common_name")
    )
    stats.updated += len(names)
    stats.created += len(batch) - len(names)
    rows = [_row(entry, numbers, names.get(entry["food_code"], "")) for entry in batch]
    _upsert(rows, "food_code", _FIELDS)
    ids = dict(CatalogFood.objects.filter(food_code__in=codes).values_list("food_code", "id"))
    CatalogPortion.objects.filter(food_id__in=ids.values()).delete()
    portions: list[CatalogPortion] = []
    for entry in batch:
        portions.extend(_portions(entry, ids[entry["food_code"]]))
        stats.nutrient_values += len(entry["values"])
        if entry["values"][numbers.index("208")] is None:
            stats.without_energy.append(entry["food_code"])
    CatalogPortion.objects.bulk_create(portions, batch_size=2000)
    stats.portions += len(portions)


def import_fndds_entries(
    entries: Iterable[dict[str, Any]],
    numbers: list[str],
    *,
    batch_size: int = BATCH_SIZE,
    on_batch: Callable[[int], None] | None = None,
) -> ImportStats:
    """Upsert FNDDS entries (keyed by food code) and replace their portions, in one transaction.

    ``numbers`` are the SR nutrient numbers of each entry's ``values``; ``on_batch`` is
    called with each batch's size (for a progress bar).
    """
    stats = ImportStats()
    with transaction.atomic():
        for batch in batches(entries, batch_size):
            _import_batch(batch, numbers, stats)
            if on_batch is not None:
                on_batch(len(batch))
    return stats


def load_fndds_catalog(codes: Iterable[str] | None = None, path: Path = FNDDS_FILE) -> ImportStats:
    """Load the committed FNDDS foods (all, or only the given food codes); idempotent.

    Tests that need a few foods as eaten pass ``codes`` so they stay fast.
    """
    numbers, entries = read_fndds_file(path)
    if codes is not None:
        wanted = set(codes)
        entries = [e for e in entries if e["food_code"] in wanted]
        missing = wanted - {e["food_code"] for e in entries}
        if missing:
            raise KeyError(f"Not in {path.name}: {', '.join(sorted(missing))}")
    return import_fndds_entries(entries, numbers)
