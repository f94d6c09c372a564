"""FNDDS foods as eaten, read straight from the compact catalog file (no Django).

The services load the same foods from the database (``ai/catalog_index.py``); plain domain
tests, the evaluation and the benchmark read ``data/catalog/fndds_foods.json.gz`` here.
A food's ``extra`` carries what the FNDDS matcher needs: ``food_code``,
``additional_description`` (other names) and ``wweia_category``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from domain.analyser.catalog import Food, Portion
from domain.fndds import COMPACT_FILE, read_compact
from domain.nutrients import NUTRIENTS

FNDDS_FILE = COMPACT_FILE
# Ids far above the catalog's own so they never collide with starter positions.
ID_OFFSET = 1_000_000


@lru_cache(maxsize=2)
def foods_from_fndds(path: Path = FNDDS_FILE) -> tuple[Food, ...]:
    """Every FNDDS food of the compact file as an analyser ``Food`` (parsed once)."""
    document = read_compact(path)
    numbers: list[str] = document["nutrient_numbers"]
    foods: list[Food] = []
    for position, entry in enumerate(document["foods"], start=1):
        values = dict(zip(numbers, entry["values"], strict=True))
        energy = values.get("208")
        if energy is None:
            continue
        foods.append(
            Food(
                id=ID_OFFSET + position,
                ndb_no=None,
                name=entry["description"],
                description=entry["description"],
                category=entry["category"],
                energy_kcal=float(energy),
                nutrients={n.key: values.get(n.usda_number) for n in NUTRIENTS},
                portions=tuple(
                    Portion(1.0, str(desc), float(grams), int(seq))
                    for seq, desc, grams in entry["portions"]
                    if grams
                ),
                curated=False,
                extra={
                    "food_code": entry["food_code"],
                    "additional_description": entry["additional_description"],
                    "wweia_category": entry["wweia_category"],
                },
            )
        )
    return tuple(foods)
