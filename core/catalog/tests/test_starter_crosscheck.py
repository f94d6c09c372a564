"""The shipped starter catalog, checked against the official USDA SR28 files.

The SR28 files are parsed here with a few independent lines (not ``domain.usda``, which
built the file), so a reader bug cannot vouch for itself.
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from pathlib import Path

import pytest

from core.catalog.models import CatalogFood, CatalogPortion
from core.catalog.starter import STARTER_FILE, load_starter_catalog, read_starter
from core.catalog.tags import ALLERGENS, DIETS, MEALS
from scripts.build_starter_catalog import build, read_curated, render

ISSUE_GROUPS = {
    "grains", "breads", "vegetables", "fruits", "legumes", "nuts_seeds", "dairy", "eggs",
    "meat", "poultry", "fish", "fats_oils", "beverages", "sweets", "mixed_dishes",
}  # fmt: skip
MACROS = {"208": "energy_kcal", "203": "protein", "204": "fats", "205": "carbs"}


def _rows(path: Path):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="cp1252", newline="") as handle:
        for line in handle:
            if line.strip():
                yield [field.strip("~") for field in line.rstrip("\r\n").split("^")]


@pytest.fixture(scope="module")
def sr28(usda_dir: Path) -> dict[str, dict]:
    """Energy/macros and WEIGHT rows of every SR28 food, read straight from the files."""
    values: dict[str, dict[str, float]] = defaultdict(dict)
    for row in _rows(usda_dir / "NUT_DATA.txt.gz"):
        if row[1] in MACROS:
            values[row[0]][MACROS[row[1]]] = float(row[2])
    weights: dict[str, set[tuple[float, str, float]]] = defaultdict(set)
    for row in _rows(usda_dir / "WEIGHT.txt"):
        weights[row[0]].add((float(row[2]), row[3], float(row[4])))
    return {"values": values, "weights": weights}


def _close(ours: float | None, official: float | None) -> bool:
    """Within 2 % or 0.5 (g or kcal), whichever is looser."""
    if ours is None or official is None:
        return ours is official
    return abs(ours - official) <= max(0.5, 0.02 * abs(official))


@pytest.mark.django_db
def test_every_starter_food_matches_sr28(sr28: dict[str, dict]) -> None:
    load_starter_catalog()
    foods = list(CatalogFood.objects.filter(is_starter=True))
    assert len(foods) >= 400
    wrong = []
    for food in foods:
        official = sr28["values"].get(food.ndb_no)
        assert official is not None, f"{food.ndb_no} ({food.common_name}) is not an SR28 food"
        for field in MACROS.values():
            if not _close(getattr(food, field), official.get(field)):
                wrong.append(
                    f"{food.ndb_no} {food.common_name}: {field} {getattr(food, field)} "
                    f"!= USDA {official.get(field)}"
                )
        assert food.nutrients["protein"] == food.protein  # the JSON agrees with the columns
    assert not wrong, "\n".join(wrong)


@pytest.mark.django_db
def test_every_starter_portion_is_a_usda_household_measure(sr28: dict[str, dict]) -> None:
    load_starter_catalog()
    portions = CatalogPortion.objects.filter(food__is_starter=True).select_related("food")
    wrong = [
        f"{p.food.ndb_no} {p.label} = {p.gram_weight} g"
        for p in portions
        if (p.amount, p.unit, p.gram_weight) not in sr28["weights"][p.food.ndb_no]
    ]
    assert portions.count() > 400
    assert not wrong, "portions with no matching SR28 WEIGHT row:\n" + "\n".join(wrong)
    without = CatalogFood.objects.filter(is_starter=True, portions__isnull=True)
    assert not without.exists(), f"starter foods without a portion: {list(without)}"


def test_starter_file_is_what_the_build_script_makes(usda_dir: Path) -> None:
    """The shipped file is exactly a fresh build: no hand edits, nothing stale."""
    assert STARTER_FILE.read_text(encoding="utf-8") == render(build(usda_dir, read_curated()))


def test_starter_covers_every_food_group_with_valid_tags() -> None:
    foods, curations = read_starter()
    assert len(foods) >= 400
    categories = {c.category for c in curations.values()}
    assert categories >= ISSUE_GROUPS
    for ndb, curation in curations.items():
        assert curation.common_name and curation.meals, ndb
        assert set(curation.diet_tags) <= set(DIETS), ndb
        assert set(curation.allergen_tags) <= set(ALLERGENS), ndb
        assert set(curation.meals) <= set(MEALS), ndb
        if "vegan" in curation.diet_tags:
            assert {"vegetarian", "pescatarian"} <= set(curation.diet_tags), ndb
        if "gluten_free" in curation.diet_tags:
            assert "wheat" not in curation.allergen_tags, ndb
    names = [c.common_name for c in curations.values()]
    assert len(names) == len(set(names)), "common names must be unique"


def test_curated_list_rejects_contradictory_tags(tmp_path: Path) -> None:
    bad = tmp_path / "curated.csv"
    bad.write_text(
        "ndb_no,common_name,category,diet_tags,allergen_tags,meals\n"
        "01123,egg,eggs,vegan vegetarian pescatarian,egg,breakfast\n"
        "0112,x,nowhere,keto,gluten,brunch\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError) as info:
        read_curated(bad)
    message = str(info.value)
    assert "vegan food containing egg" in message
    assert "unknown category" in message and "unknown diet_tags" in message


@pytest.mark.django_db
def test_loading_twice_changes_nothing() -> None:
    first = load_starter_catalog()
    snapshot = list(CatalogFood.objects.order_by("ndb_no").values_list("ndb_no", "energy_kcal"))
    second = load_starter_catalog()
    assert (first.created, second.created, second.updated) == (len(snapshot), 0, len(snapshot))
    assert CatalogPortion.objects.count() == first.portions == second.portions
    assert snapshot == list(
        CatalogFood.objects.order_by("ndb_no").values_list("ndb_no", "energy_kcal")
    )
