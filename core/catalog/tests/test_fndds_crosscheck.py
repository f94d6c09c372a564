"""The committed FNDDS file, checked against USDA's FNDDS CSVs in ``../shared/data/fndds``.

The CSVs are parsed here with a few independent lines (not ``domain.fndds``, which built
the file), so a reader bug cannot vouch for itself. A missing folder fails, never skips.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from core.catalog.fndds import FNDDS_FILE, read_fndds_file
from core.catalog.tests.conftest import usda_folder
from domain.fndds_catalog import build_catalog
from scripts.build_fndds_catalog import read_text, render


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def official(fndds_dir: Path) -> dict[str, dict]:
    """Foods, values by SR number, portions and recipes straight from the CSVs."""
    columns = {
        r["column"]: r["sr_nutrient_nbr"] for r in _csv(fndds_dir / "fndds_nutrient_columns.csv")
    }
    values = {
        row["food_code"]: {nbr: float(row[col]) for col, nbr in columns.items()}
        for row in _csv(fndds_dir / "fndds_nutrients_per100g.csv")
    }
    portions: dict[str, list[tuple[int, str, float]]] = defaultdict(list)
    for row in _csv(fndds_dir / "fndds_portions.csv"):
        portions[row["food_code"]].append(
            (int(row["seq_num"]), row["portion_description"], float(row["portion_weight_g"]))
        )
    recipes: dict[str, list[tuple[int, str, float]]] = defaultdict(list)
    for row in _csv(fndds_dir / "fndds_ingredients.csv"):
        recipes[row["food_code"]].append(
            (int(row["seq_num"]), row["ingredient_code"], float(row["ingredient_weight_g"]))
        )
    foods = {row["food_code"]: row for row in _csv(fndds_dir / "fndds_foods.csv")}
    return {"foods": foods, "values": values, "portions": portions, "recipes": recipes}


def test_every_committed_food_value_and_portion_matches_fndds(official: dict[str, dict]) -> None:
    numbers, entries = read_fndds_file()
    assert len(numbers) == 65 and numbers[0] == "208"
    # Every food with nutrients is there; "Milk, human" has none in USDA's release.
    assert {e["food_code"] for e in entries} == set(official["values"])
    assert len(entries) == 5431 and "11000000" not in {e["food_code"] for e in entries}
    wrong: list[str] = []
    portion_count = 0
    for entry in entries:
        code = entry["food_code"]
        food = official["foods"][code]
        if (entry["description"], entry["additional_description"]) != (
            food["main_food_description"],
            food["additional_food_description"],
        ):
            wrong.append(f"{code}: description differs")
        if (entry["wweia_code"], entry["wweia_category"]) != (
            food["wweia_category_number"],
            food["wweia_category_description"],
        ):
            wrong.append(f"{code}: WWEIA category differs")
        ours = dict(zip(numbers, entry["values"], strict=True))
        if ours != official["values"][code]:
            diff = {
                n: (ours[n], v) for n, v in official["values"][code].items() if ours.get(n) != v
            }
            wrong.append(f"{code}: values differ {diff}")
        portions = [(s, d, float(g)) for s, d, g in entry["portions"]]
        if portions != sorted(official["portions"].get(code, [])):
            wrong.append(f"{code}: portions differ")
        portion_count += len(portions)
        recipe = [(s, c, float(g)) for s, c, _, g in entry["ingredients"]]
        if recipe != sorted(official["recipes"].get(code, [])):
            wrong.append(f"{code}: ingredients differ")
    assert not wrong, "\n".join(wrong[:50])
    # 22,046 portions in the release, 3 of them for "Milk, human".
    assert portion_count == 22046 - len(official["portions"]["11000000"])


def test_fndds_file_is_what_the_build_script_makes(fndds_dir: Path) -> None:
    """The shipped file is exactly a fresh build (values, tags, categories): no hand edits."""
    usda = usda_folder()
    assert (usda / "FOOD_DES.txt").is_file(), f"SR28 files not found in {usda}"
    assert read_text(FNDDS_FILE) == render(build_catalog(fndds_dir, usda))


def test_fndds_file_stays_compact() -> None:
    assert FNDDS_FILE.stat().st_size < 3_000_000
