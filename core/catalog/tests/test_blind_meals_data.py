"""The blind meal set (data/analyser/blind) re-checked against the shared USDA FNDDS CSVs.

Every expected value is recomputed from the FNDDS per-100 g nutrients with the builder's own
function, every named portion must exist for its food with the stated weight, and the two
files must be exactly what ``scripts/build_blind_meals.py`` builds. No database is used. A
missing FNDDS folder fails the test: the check must not go quiet.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from scripts.build_blind_meals import (
    FL_OZ_ML,
    OUT_DIR,
    build,
    document,
    expected_nutrients,
    fndds_dir,
    item_grams,
    load_fndds,
    split,
)

PARTS = ("dev.json", "holdout.json")


@pytest.fixture(scope="module")
def fndds():
    folder = fndds_dir()
    if not (folder / "fndds_nutrients_per100g.csv").is_file():
        pytest.fail(
            f"USDA FNDDS files not found in {folder}. The blind meal set is checked against "
            "them: put the shared/ folder beside the repository or set FNDDS_DATA_DIR."
        )
    return load_fndds(folder)


@pytest.fixture(scope="module")
def files() -> dict[str, dict]:
    return {name: json.loads((OUT_DIR / name).read_text(encoding="utf-8")) for name in PARTS}


def all_meals(files: dict[str, dict]) -> list[dict]:
    return [meal for doc in files.values() for meal in doc["meals"]]


def test_expected_values_recomputed_from_fndds(files, fndds):
    for meal in all_meals(files):
        for item in meal["items"]:
            code = item["food_code"]
            assert code in fndds.nutrients, (meal["id"], code)
            assert item["description"] == fndds.descriptions[code], (meal["id"], code)
        assert meal["expected"] == expected_nutrients(meal["items"], fndds), meal["id"]
        assert meal["expected"]["energy_kcal"] >= 0


def test_every_portion_exists_with_its_weight(files, fndds):
    for meal in all_meals(files):
        for item in meal["items"]:
            portion = item["portion"]
            if portion is None:
                assert item["measure"] == "metric", (meal["id"], item)
                assert item["grams"] > 0
                continue
            weights = fndds.portions.get(item["food_code"], {})
            assert portion["description"] in weights, (meal["id"], item["food_code"], portion)
            assert portion["weight_g"] == weights[portion["description"]], (meal["id"], portion)
            assert item["grams"] == item_grams(portion["weight_g"], portion["count"]), meal["id"]
            if item["measure"] == "metric":  # stated ml / fl oz, through the food's fl oz portion
                assert portion["description"].startswith("1 fl oz"), (meal["id"], portion)


def test_metric_millilitres_convert_through_fl_oz(files):
    for meal in all_meals(files):
        for item in meal["items"]:
            note = item.get("note", "")
            if note.startswith("stated ") and note.endswith(" ml"):
                ml = float(note.split()[1])
                assert item["portion"]["count"] == round(ml / FL_OZ_ML, 4), meal["id"]


def test_shapes_measures_and_split(files):
    meals = all_meals(files)
    ids = [m["id"] for m in meals]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len({m["text"] for m in meals}) == len(meals), "duplicate texts"
    shapes = Counter(m["shape"] for m in meals)
    assert shapes["diary"] >= 120 and shapes["narrative"] >= 250, shapes
    for meal in meals:
        kinds = {i["measure"] for i in meal["items"]}
        assert meal["measure"] == (next(iter(kinds)) if len(kinds) == 1 else "mixed"), meal["id"]
        assert meal["vague"] == ("vague" in kinds), meal["id"]
        assert meal["items"], meal["id"]
    held = Counter(m["shape"] for m in files["holdout.json"]["meals"])
    for shape, total in shapes.items():
        assert abs(held[shape] / total - 0.20) < 0.03, (shape, held[shape], total)


def test_files_are_what_the_script_builds(files, fndds):
    dev, holdout = split(build(fndds))
    rebuilt = {"dev.json": document(dev, "dev"), "holdout.json": document(holdout, "holdout")}
    for name in PARTS:
        stale = f"{name} is stale: rerun scripts/build_blind_meals.py"
        assert json.loads(json.dumps(rebuilt[name])) == files[name], stale
