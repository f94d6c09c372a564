"""Bulk, idempotent upsert of USDA foods into the catalog tables.

Foods are matched on ``ndb_no`` (SR28, SR Legacy, Foundation foods with an NDB number) or
else on ``fdc_id``; a re-run updates rows in place and replaces their portions, so counts
never grow. An import keeps what people curated: the common name, category, tags and
meal suitability of a food that already exists are left alone (only new foods get the
conservatively inferred ones). The starter loader passes ``curated`` records and owns
every field of its foods.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TypeVar

from django.db import connection, transaction

from core.catalog.models import CatalogFood, CatalogPortion
from core.catalog.tags import infer_allergens, infer_category, infer_diets
from domain.usda import UsdaFood

BATCH_SIZE = 500
T = TypeVar("T")

# Fields an import refreshes on an existing food; the curated ones are not among them.
_USDA_FIELDS = [
    "description",
    "food_group_code",
    "food_group",
    "data_source",
    "energy_kcal",
    "protein",
    "carbs",
    "fats",
    "nutrients",
    "usda_nutrients",
    "search_text",
]
_CURATED_FIELDS = [
    "common_name",
    "category",
    "diet_tags",
    "allergen_tags",
    "meal_suitability",
    "is_starter",
]


@dataclass(frozen=True)
class Curation:
    """What we decided about a starter food (not from USDA)."""

    common_name: str
    category: str
    diet_tags: tuple[str, ...]
    allergen_tags: tuple[str, ...]
    meals: tuple[str, ...]


@dataclass
class ImportStats:
    """What an import did."""

    created: int = 0
    updated: int = 0
    portions: int = 0
    nutrient_values: int = 0
    without_energy: list[str] = field(default_factory=list)

    @property
    def foods(self) -> int:
        return self.created + self.updated


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter), read lazily."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _to_model(food: UsdaFood, curation: Curation | None, kept_name: str = "") -> CatalogFood:
    """Build an unsaved row; tags are curated or conservatively inferred.

    ``kept_name`` is the common name an existing row keeps (an import does not overwrite
    it), so its search text still finds the food by that name.
    """
    nutrients = food.nutrients()
    row = CatalogFood(
        ndb_no=food.ndb_no,
        fdc_id=food.fdc_id,
        description=food.description[:255],
        food_group_code=food.food_group_code,
        food_group=food.food_group[:80],
        data_source=food.data_source,
        energy_kcal=food.energy_kcal(),
        protein=nutrients["protein"],
        carbs=nutrients["carbs"],
        fats=nutrients["fats"],
        nutrients=nutrients,
        usda_nutrients=food.values,
    )
    if curation is not None:
        row.common_name = curation.common_name
        row.category = curation.category
        row.diet_tags = list(curation.diet_tags)
        row.allergen_tags = list(curation.allergen_tags)
        row.meal_suitability = list(curation.meals)
        row.is_starter = True
    else:
        row.category = infer_category(food.food_group_code)
        row.diet_tags = infer_diets(food.description, food.food_group_code)
        row.allergen_tags = infer_allergens(food.description)
        row.meal_suitability = []
    common_name = curation.common_name if curation is not None else kept_name
    row.search_text = CatalogFood.make_search_text(common_name, row.description)
    return row


def _upsert(rows: list[CatalogFood], key: str, update_fields: list[str]) -> None:
    """INSERT ... ON CONFLICT/ON DUPLICATE KEY UPDATE in one statement per batch."""
    if not rows:
        return
    kwargs: dict[str, object] = {"update_conflicts": True, "update_fields": update_fields}
    # MySQL/MariaDB upsert on any unique key and refuse an explicit conflict target.
    if connection.features.supports_update_conflicts_with_target:
        kwargs["unique_fields"] = [key]
    CatalogFood.objects.bulk_create(rows, batch_size=len(rows), **kwargs)


def _portion_rows(food: UsdaFood, food_id: int) -> list[CatalogPortion]:
    seqs = [p.seq for p in food.portions]
    renumber = len(set(seqs)) != len(seqs)  # FDC may repeat or omit seq_num
    return [
        CatalogPortion(
            food_id=food_id,
            seq=index if renumber else portion.seq,
            amount=portion.amount,
            unit=portion.unit[:120],
            label=portion.label[:140],
            gram_weight=portion.gram_weight,
        )
        for index, portion in enumerate(food.portions, start=1)
    ]


def _import_batch(
    batch: list[UsdaFood], curations: dict[str, Curation] | None, stats: ImportStats
) -> None:
    by_ndb = [f for f in batch if f.ndb_no]
    by_fdc = [f for f in batch if not f.ndb_no and f.fdc_id is not None]
    ndb_keys = [f.ndb_no for f in by_ndb]
    fdc_keys = [f.fdc_id for f in by_fdc]
    existing = dict(
        CatalogFood.objects.filter(ndb_no__in=ndb_keys).values_list("ndb_no", "common_name")
    )
    existing_fdc = dict(
        CatalogFood.objects.filter(fdc_id__in=fdc_keys).values_list("fdc_id", "common_name")
    )
    stats.updated += len(existing) + len(existing_fdc)
    stats.created += len(by_ndb) + len(by_fdc) - len(existing) - len(existing_fdc)

    curations = curations or {}
    update = _USDA_FIELDS + (_CURATED_FIELDS if curations else [])
    ndb_rows = [
        _to_model(f, curations.get(f.ndb_no or ""), existing.get(f.ndb_no, "")) for f in by_ndb
    ]
    # Only an FDC release knows fdc_id; an SR28 re-import must not erase it.
    with_fdc = [r for r in ndb_rows if r.fdc_id is not None]
    without_fdc = [r for r in ndb_rows if r.fdc_id is None]
    _upsert(with_fdc, "ndb_no", [*update, "fdc_id"])
    _upsert(without_fdc, "ndb_no", update)
    fdc_rows = [_to_model(f, None, existing_fdc.get(f.fdc_id, "")) for f in by_fdc]
    _upsert(fdc_rows, "fdc_id", update)

    ids = dict(CatalogFood.objects.filter(ndb_no__in=ndb_keys).values_list("ndb_no", "id"))
    ids_fdc = dict(CatalogFood.objects.filter(fdc_id__in=fdc_keys).values_list("fdc_id", "id"))
    food_ids = [*ids.values(), *ids_fdc.values()]
    CatalogPortion.objects.filter(food_id__in=food_ids).delete()
    portions: list[CatalogPortion] = []
    for food in batch:
        food_id = ids.get(food.ndb_no) if food.ndb_no else ids_fdc.get(food.fdc_id)
        if food_id is not None:
            portions.extend(_portion_rows(food, food_id))
        stats.nutrient_values += len(food.values)
        if food.energy_kcal() is None:
            stats.without_energy.append(food.ndb_no or str(food.fdc_id))
    CatalogPortion.objects.bulk_create(portions, batch_size=2000)
    stats.portions += len(portions)


def import_foods(
    foods: Iterable[UsdaFood],
    curations: dict[str, Curation] | None = None,
    *,
    batch_size: int = BATCH_SIZE,
    on_batch: Callable[[int], None] | None = None,
) -> ImportStats:
    """Upsert ``foods`` (and replace their portions) in batches, in one transaction.

    ``curations`` (NDB number -> :class:`Curation`) marks starter foods whose curated
    fields are written too; without it, curated fields of existing foods are kept.
    ``on_batch`` is called with each batch's size (for a progress bar).
    """
    stats = ImportStats()
    with transaction.atomic():
        for batch in batches(foods, batch_size):
            _import_batch(batch, curations, stats)
            if on_batch is not None:
                on_batch(len(batch))
    return stats
