"""Reader for USDA's FNDDS 2021-2023 CSV folder: foods as eaten (plain Python, no Django).

The folder (``../shared/data/fndds``; its README describes it) holds five CSVs:
``fndds_foods.csv`` (code, descriptions, WWEIA category), ``fndds_nutrients_per100g.csv``
(65 nutrient columns per 100 g, wide), ``fndds_nutrient_columns.csv`` (each column's SR
nutrient number), ``fndds_portions.csv`` and ``fndds_ingredients.csv``.

Values are kept as USDA states them: energy is USDA's ``energy_kcal`` (SR 208), never
recomputed; a food without a nutrient row (only "Milk, human") has no values at all.
"""

from __future__ import annotations

import csv
import gzip
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from domain.nutrients import NUTRIENTS

# The compact catalog generated from the FNDDS folder by scripts/build_fndds_catalog.py.
COMPACT_FILE = Path(__file__).resolve().parents[1] / "data" / "catalog" / "fndds_foods.json.gz"

ENERGY_KCAL = "208"
# USDA's default serving when a respondent gave no amount.
DEFAULT_PORTION = "Quantity not specified"
FILES = (
    "fndds_foods.csv",
    "fndds_nutrients_per100g.csv",
    "fndds_nutrient_columns.csv",
    "fndds_portions.csv",
    "fndds_ingredients.csv",
)


@dataclass(frozen=True)
class FnddsPortion:
    """One household portion: ``description`` ("1 small single serving bag") weighs ``grams``."""

    seq: int
    description: str
    grams: float

    @property
    def is_default(self) -> bool:
        """True for USDA's default serving ("Quantity not specified")."""
        return self.description == DEFAULT_PORTION


@dataclass(frozen=True)
class FnddsIngredient:
    """One recipe line: an SR NDB number (4-6 digits) or an 8-digit FNDDS food code."""

    seq: int
    code: str
    description: str
    grams: float

    @property
    def is_fndds_food(self) -> bool:
        """True when the ingredient is itself an FNDDS food (recurse into its recipe)."""
        return len(self.code) == 8


@dataclass
class FnddsFood:
    """One FNDDS food as eaten, values per 100 g edible portion keyed by SR nutrient number."""

    food_code: str
    description: str
    additional_description: str
    wweia_code: str
    wweia_category: str
    values: dict[str, float] = field(default_factory=dict)
    portions: list[FnddsPortion] = field(default_factory=list)
    ingredients: list[FnddsIngredient] = field(default_factory=list)

    @property
    def has_nutrients(self) -> bool:
        """False only for foods USDA left out of the nutrient table (Milk, human)."""
        return bool(self.values)

    def energy_kcal(self) -> float | None:
        """USDA's own energy value (kcal per 100 g), or None."""
        return self.values.get(ENERGY_KCAL)

    def nutrients(self) -> dict[str, float | None]:
        """Every domain nutrient key per 100 g; None where FNDDS has no column (trans fat)."""
        return {n.key: self.values.get(n.usda_number) for n in NUTRIENTS}


def is_fndds_folder(path: Path) -> bool:
    """True when ``path`` is a folder holding every FNDDS CSV this reader needs."""
    return path.is_dir() and all((path / name).is_file() for name in FILES)


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _number(raw: str) -> float:
    """A CSV number; integral values come back as ints' floats (52 -> 52.0)."""
    return float(raw)


def nutrient_columns(folder: Path) -> dict[str, str]:
    """CSV column name -> SR nutrient number, from ``fndds_nutrient_columns.csv``."""
    return {row["column"]: row["sr_nutrient_nbr"] for row in _rows(folder / FILES[2])}


def read_fndds(folder: str | Path) -> list[FnddsFood]:
    """Read every food of an FNDDS folder, in food-code order, with values and recipes.

    Raises FileNotFoundError naming the missing file, ValueError on a malformed row.
    """
    folder = Path(folder)
    for name in FILES:
        if not (folder / name).is_file():
            raise FileNotFoundError(f"{folder} has no {name} (FNDDS CSV folder).")
    columns = nutrient_columns(folder)

    values: dict[str, dict[str, float]] = {}
    for row in _rows(folder / FILES[1]):
        values[row["food_code"]] = {nbr: _number(row[col]) for col, nbr in columns.items()}

    portions: dict[str, list[FnddsPortion]] = defaultdict(list)
    for row in _rows(folder / FILES[3]):
        portions[row["food_code"]].append(
            FnddsPortion(
                int(row["seq_num"]), row["portion_description"], _number(row["portion_weight_g"])
            )
        )

    ingredients: dict[str, list[FnddsIngredient]] = defaultdict(list)
    for row in _rows(folder / FILES[4]):
        ingredients[row["food_code"]].append(
            FnddsIngredient(
                int(row["seq_num"]),
                row["ingredient_code"],
                row["ingredient_description"],
                _number(row["ingredient_weight_g"]),
            )
        )

    foods = [
        FnddsFood(
            food_code=row["food_code"],
            description=row["main_food_description"],
            additional_description=row["additional_food_description"],
            wweia_code=row["wweia_category_number"],
            wweia_category=row["wweia_category_description"],
            values=values.get(row["food_code"], {}),
            portions=sorted(portions.get(row["food_code"], []), key=lambda p: p.seq),
            ingredients=sorted(ingredients.get(row["food_code"], []), key=lambda i: i.seq),
        )
        for row in _rows(folder / FILES[0])
    ]
    return sorted(foods, key=lambda f: f.food_code)


@lru_cache(maxsize=2)
def read_compact(path: Path = COMPACT_FILE) -> dict[str, Any]:
    """The compact FNDDS catalog (``nutrient_numbers``, ``foods``, ...), parsed once per
    process and shared by the catalog loader, the analyser, the planner and the assistant.
    Callers must not modify it. Raises FileNotFoundError when the file is missing."""
    return json.loads(gzip.decompress(Path(path).read_bytes()).decode("utf-8"))
