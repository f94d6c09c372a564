"""The fifth blind meal set (data/analyser/blind5) against the USDA FNDDS CSVs.

Every expected value and every portion is recomputed here from the FNDDS files, without the
build script's own arithmetic; the files must also be exactly what the script builds, and the
holdout must be the script's stratified quarter. No database is used. A missing FNDDS folder
fails the test (the ``fndds_dir`` fixture), it never skips.
"""

from __future__ import annotations

import csv
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

BLIND5 = Path(settings.BASE_DIR) / "data" / "analyser" / "blind5"
PARTS = ("dev", "holdout")
NUTRIENT_COLUMNS = {
    "energy_kcal": "energy_kcal",
    "carbohydrate_g": "carbohydrate_g",
    "protein_g": "protein_g",
    "fat_g": "total_fat_g",
}
QNS = "Quantity not specified"
OZ_G = 28.35
FL_OZ_ML = 29.5735
# The vague amounts the README documents besides USDA's "Quantity not specified".
DOCUMENTED_VAGUE_UNITS = {
    "1 cup",  # milk poured on cereal: half a cup
    "1 fl oz",  # a splash of half and half in coffee
    "Guideline amount per slice of bread/roll",  # butter, jam, peanut butter on toast
    "Guideline amount on regular sandwich",  # lettuce, tomato, mayo, mustard, ketchup
}
FL_OZ_NAMES = ("1 fl oz (no ice)", "1 fl oz")
MEAL_KEYS = {"id", "text", "shape", "origin", "measure", "vague", "items", "expected"}
ITEM_KEYS = {"food_code", "description", "measure", "grams", "portion"}
PORTION_KEYS = {"description", "weight_g", "count"}


def _read(folder: Path, name: str) -> list[dict[str, str]]:
    with open(folder / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def fndds(fndds_dir: Path) -> dict[str, Any]:
    foods = {
        r["food_code"]: r["main_food_description"] for r in _read(fndds_dir, "fndds_foods.csv")
    }
    nutrients = {
        r["food_code"]: {k: float(r[c]) for k, c in NUTRIENT_COLUMNS.items()}
        for r in _read(fndds_dir, "fndds_nutrients_per100g.csv")
    }
    portions: dict[str, dict[str, float]] = {}
    for r in _read(fndds_dir, "fndds_portions.csv"):
        portions.setdefault(r["food_code"], {})[r["portion_description"]] = float(
            r["portion_weight_g"]
        )
    return {"foods": foods, "nutrients": nutrients, "portions": portions}


@pytest.fixture(scope="module")
def parts() -> dict[str, dict[str, Any]]:
    out = {}
    for part in PARTS:
        path = BLIND5 / f"{part}.json"
        assert path.is_file(), f"{path} is missing: run scripts/build_blind5_meals.py"
        out[part] = json.loads(path.read_text(encoding="utf-8"))
    return out


@pytest.fixture(scope="module")
def meals(parts: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    return [m for part in PARTS for m in parts[part]["meals"]]


def test_files_are_what_the_script_builds(fndds_dir: Path) -> None:
    from scripts.build_blind5_meals import build_files, load_fndds

    built = build_files(load_fndds(fndds_dir))
    assert set(built) == {"dev.json", "holdout.json"}
    for name, text in built.items():
        assert (BLIND5 / name).read_text(encoding="utf-8") == text, (
            f"{name} is out of date: rerun scripts/build_blind5_meals.py"
        )


def test_format(parts: dict[str, dict[str, Any]], meals: list[dict[str, Any]]) -> None:
    for part in PARTS:
        doc = parts[part]
        assert set(doc) == {"source", "part", "count", "meals"}
        assert doc["part"] == part
        assert doc["count"] == len(doc["meals"])
    for meal in meals:
        assert set(meal) == MEAL_KEYS, meal["id"]
        assert isinstance(meal["text"], str) and meal["text"].strip() == meal["text"], meal["id"]
        assert set(meal["expected"]) == set(NUTRIENT_COLUMNS), meal["id"]
        assert meal["items"], meal["id"]
        for item in meal["items"]:
            assert ITEM_KEYS <= set(item) <= ITEM_KEYS | {"note"}, meal["id"]
            if item["portion"] is not None:
                assert set(item["portion"]) == PORTION_KEYS, meal["id"]


def test_expected_values_recomputed_from_fndds(
    meals: list[dict[str, Any]], fndds: dict[str, Any]
) -> None:
    for meal in meals:
        for key in NUTRIENT_COLUMNS:
            total = sum(
                fndds["nutrients"][i["food_code"]][key] * i["grams"] / 100 for i in meal["items"]
            )
            assert meal["expected"][key] == pytest.approx(round(total, 1), abs=0.051), (
                meal["id"],
                key,
            )


def test_items_name_fndds_foods_and_portions(
    meals: list[dict[str, Any]], fndds: dict[str, Any]
) -> None:
    for meal in meals:
        for item in meal["items"]:
            code, where = item["food_code"], (meal["id"], item["food_code"])
            assert code in fndds["foods"] and code in fndds["nutrients"], where
            assert item["description"] == fndds["foods"][code], where
            assert item["grams"] > 0, where
            portion = item["portion"]
            if portion is None:
                assert item["measure"] == "metric", where
                continue
            weights = fndds["portions"].get(code, {})
            assert portion["description"] in weights, where
            assert portion["weight_g"] == weights[portion["description"]], where
            assert portion["weight_g"] > 0 and portion["count"] > 0, where
            assert item["grams"] == pytest.approx(
                portion["weight_g"] * portion["count"], abs=0.01
            ), where


def test_amount_rules(meals: list[dict[str, Any]], fndds: dict[str, Any]) -> None:
    for meal in meals:
        for item in meal["items"]:
            where = (meal["id"], item["food_code"])
            portion = item["portion"]
            if item["measure"] == "metric" and portion is not None:
                # stated ml / fl oz of a drink goes through the food's own 1 fl oz portion
                names = fndds["portions"][item["food_code"]]
                first = next(n for n in FL_OZ_NAMES if n in names)
                assert portion["description"] == first, where
            if item["measure"] == "metric" and portion is None:
                # stated grams are whole or tenths; stated ounces are a multiple of 28.35 g
                grams = item["grams"]
                ounces = grams / OZ_G
                assert grams == round(grams, 1) or ounces == pytest.approx(
                    round(ounces * 4) / 4, abs=1e-6
                ), where
            if "note" in item:
                ml = float(item["note"].removesuffix(" ml"))
                assert portion["count"] == pytest.approx(ml / FL_OZ_ML, abs=1e-4), where
            if item["measure"] == "vague":
                name = portion["description"]
                assert name == QNS or name in DOCUMENTED_VAGUE_UNITS, where
                if name == "1 cup":
                    assert portion["count"] == 0.5, where
                if name == "1 fl oz":
                    assert portion["count"] == 1, where
            if item["measure"] == "household":
                assert portion is not None and portion["description"] != QNS, where


def test_tags_are_consistent(meals: list[dict[str, Any]]) -> None:
    ids = [m["id"] for m in meals]
    texts = [m["text"] for m in meals]
    assert len(ids) == len(set(ids))
    assert len(texts) == len(set(texts))
    for meal in meals:
        kinds = {i["measure"] for i in meal["items"]}
        assert kinds <= {"household", "metric", "vague"}, meal["id"]
        want = kinds.pop() if len(kinds) == 1 else "mixed"
        assert meal["measure"] == want, meal["id"]
        assert meal["vague"] == any(i["measure"] == "vague" for i in meal["items"]), meal["id"]
        assert meal["shape"] in {"diary", "narrative"}, meal["id"]
        assert meal["origin"] == "hand", meal["id"]
        assert meal["id"].startswith({"diary": "diary-", "narrative": "narr-"}[meal["shape"]])


def test_counts_and_mix(meals: list[dict[str, Any]]) -> None:
    shapes = Counter(m["shape"] for m in meals)
    assert len(meals) >= 260
    assert shapes["diary"] >= 160 and shapes["narrative"] >= 85
    narrative = [m for m in meals if m["shape"] == "narrative"]
    stated = [m for m in narrative if any(i["measure"] == "metric" for i in m["items"])]
    assert 0.20 <= len(stated) / len(narrative) <= 0.40
    diary = [m for m in meals if m["shape"] == "diary"]
    stated_diary = [m for m in diary if any(i["measure"] == "metric" for i in m["items"])]
    assert len(stated_diary) / len(diary) <= 0.15  # diary lines rarely weigh their food
    # 10-20 % of all meals state grams, ounces, fl oz or ml
    stated_all = [m for m in meals if any(i["measure"] == "metric" for i in m["items"])]
    assert 0.10 <= len(stated_all) / len(meals) <= 0.20
    # the household-measure stratum (every item in a household unit) is large enough to report
    assert sum(1 for m in meals if m["measure"] == "household") >= 80


def test_holdout_is_the_stratified_quarter(
    parts: dict[str, dict[str, Any]], meals: list[dict[str, Any]]
) -> None:
    from scripts.build_blind5_meals import HOLDOUT_FRACTION, SEED

    assert HOLDOUT_FRACTION == 0.25
    assert SEED != 4_2026_1130  # a new seed, not blind4's
    dev_ids = {m["id"] for m in parts["dev"]["meals"]}
    held_ids = {m["id"] for m in parts["holdout"]["meals"]}
    assert not dev_ids & held_ids
    # redraw the split independently: round(0.25 x n) ids per (shape, measure) stratum,
    # strata in sorted order, ids sorted then shuffled with the script's fixed seed
    strata: dict[tuple[str, str], list[str]] = {}
    for m in meals:
        strata.setdefault((m["shape"], m["measure"]), []).append(m["id"])
    rng = random.Random(SEED)
    want: set[str] = set()
    for key in sorted(strata):
        ids = sorted(strata[key])
        rng.shuffle(ids)
        take = round(len(ids) * 0.25)
        want.update(ids[:take])
        held = sum(1 for i in strata[key] if i in held_ids)
        assert held == take, key
    assert held_ids == want
