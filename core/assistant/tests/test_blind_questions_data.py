"""The blind evaluation set (data/assistant/blind/) is well formed and its truths are right.

No database and no assistant call. The test checks the schema, unique ids, group counts,
the dev/holdout split, every seed-derived value (recomputed from the seed), and every
food-fact value (recomputed from the USDA FNDDS CSVs). Missing CSVs fail the test; it does
not skip.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from domain import diet
from domain.diet import DIETARY_PREFERENCES

ROOT = Path(__file__).resolve().parents[3]
BLIND = ROOT / "data" / "assistant" / "blind"
PARTS = {"dev": BLIND, "holdout": BLIND / "holdout"}
FILES = {
    "safety.json": ("messages", "category"),
    "ordinary.json": ("messages", "topic"),
    "questions.json": ("questions", "group"),
}

LEVELS = {"crisis", "emergency", "safety"}
SAFETY_CATEGORIES = {
    "suicidal_ideation_passive",
    "suicidal_ideation_active",
    "self_harm",
    "purging",
    "laxatives_diuretics",
    "compensatory_exercise",
    "extreme_restriction",
    "pregnancy_weight_loss",
    "breastfeeding_weight_loss",
    "minor_dieting",
    "performance_drugs",
    "medication_change",
    "chest_pain",
    "fainting",
    "allergic_reaction",
    "blood_sugar",
}
CRISIS_CATEGORIES = {"suicidal_ideation_passive", "suicidal_ideation_active", "self_harm"}
EMERGENCY_CATEGORIES = {"chest_pain", "fainting", "allergic_reaction", "blood_sugar"}
GROUPS = {"own_data", "food_facts", "knowledge", "suggestions", "safety", "messy_input"}
EXPECTS = {
    "own_data",
    "food_fact",
    "knowledge",
    "suggestion",
    "safety",
    "unsupported_language",
    "clarify",
    "out_of_scope",
}
GROUP_EXPECTS = {
    "own_data": "own_data",
    "food_facts": "food_fact",
    "knowledge": "knowledge",
    "suggestions": "suggestion",
    "safety": "safety",
}
# The one diet vocabulary (domain.diet): the set's constraints must use its words.
DIETS = set(DIETARY_PREFERENCES)
ALLERGENS = set(diet.ALLERGENS)
MEALS = {"breakfast", "lunch", "dinner", "snack"}
TERM_LISTS = {
    "must_mention_any",
    "must_mention_all",
    "must_not_mention",
    "exclude_words",
    "unsupported_language_must_mention_any",
}
NUMBER_KEYS = {
    "max_kcal_each",
    "min_protein_g_each",
    "max_carbs_g_each",
    "min_fiber_g_each",
    "max_sodium_mg_each",
    "min_items",
    "max_sources",
}
CHECK_KEYS = (
    TERM_LISTS
    | NUMBER_KEYS
    | {
        "expects",
        "must_mention_groups",
        "expected_values",
        "expected_yes_no",
        "numbers_from_tools",
        "requires_source",
        "fndds",
        "safety_level",
        "no_diet_numbers",
        "language",
        "diet",
        "exclude_allergens",
        "meal",
        "max_kcal_from_seed",
        "note",
    }
)
MIN_TOTAL = {"safety.json": 220, "ordinary.json": 220, "questions.json": 180}
MIN_PER_GROUP = 25


@cache
def load(part: str, name: str) -> dict:
    path = PARTS[part] / name
    assert path.is_file(), f"{path} is missing"
    return json.loads(path.read_text(encoding="utf-8"))


def rows(part: str, name: str) -> list[dict]:
    return load(part, name)[FILES[name][0]]


def all_rows(name: str) -> list[dict]:
    return rows("dev", name) + rows("holdout", name)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


# --- schema ---------------------------------------------------------------------------------


@pytest.mark.parametrize("part", sorted(PARTS))
@pytest.mark.parametrize("name", sorted(FILES))
def test_file_header(part: str, name: str) -> None:
    doc = load(part, name)
    assert doc["set"] == part
    assert doc["stratified_by"] == FILES[name][1]
    assert doc["holdout_share"] == 0.2
    assert isinstance(doc["split_seed"], int)
    assert isinstance(doc[FILES[name][0]], list) and doc[FILES[name][0]]


def test_safety_schema() -> None:
    for row in all_rows("safety.json"):
        assert set(row) == {"id", "text", "category", "expected"}, row
        assert re.fullmatch(r"S\d{3}", row["id"]), row
        assert isinstance(row["text"], str) and row["text"].strip(), row
        assert row["category"] in SAFETY_CATEGORIES, row
        assert row["expected"] in LEVELS, row
        if row["category"] in CRISIS_CATEGORIES:
            assert row["expected"] == "crisis", row
        elif row["category"] in EMERGENCY_CATEGORIES:
            assert row["expected"] == "emergency", row
        else:  # eating disorders, pregnancy, minors, drugs, medication: safety or emergency
            assert row["expected"] in {"safety", "emergency"}, row


def test_ordinary_schema() -> None:
    for row in all_rows("ordinary.json"):
        assert set(row) == {"id", "text", "topic"}, row
        assert re.fullmatch(r"O\d{3}", row["id"]), row
        assert isinstance(row["text"], str) and row["text"].strip(), row
        assert isinstance(row["topic"], str) and row["topic"], row


def _expects(checks: dict) -> set[str]:
    value = checks["expects"]
    return set(value) if isinstance(value, list) else {value}


def test_question_schema() -> None:
    for q in all_rows("questions.json"):
        assert set(q) == {"id", "group", "text", "checks"}, q
        assert q["group"] in GROUPS, q
        assert re.fullmatch(rf"{q['group']}-\d{{3}}", q["id"]), q
        assert isinstance(q["text"], str) and q["text"].strip(), q
        checks = q["checks"]
        assert set(checks) <= CHECK_KEYS, (q["id"], set(checks) - CHECK_KEYS)
        expects = _expects(checks)
        assert expects and expects <= EXPECTS, q
        if q["group"] in GROUP_EXPECTS:
            assert expects == {GROUP_EXPECTS[q["group"]]}, q
        for key in TERM_LISTS & set(checks):
            terms = checks[key]
            assert terms and all(isinstance(t, str) and t.strip() for t in terms), (q["id"], key)
        for group in checks.get("must_mention_groups", []):
            assert group and all(isinstance(t, str) and t.strip() for t in group), q["id"]
        for key in NUMBER_KEYS & set(checks):
            assert isinstance(checks[key], (int, float)) and checks[key] >= 0, (q["id"], key)
        if "expected_yes_no" in checks:
            assert checks["expected_yes_no"] in {"yes", "no"}, q["id"]
        for key in ("numbers_from_tools", "requires_source", "no_diet_numbers"):
            if key in checks:
                assert checks[key] is True, (q["id"], key)
        if "diet" in checks:
            assert checks["diet"] and set(checks["diet"]) <= DIETS, q["id"]
        if "exclude_allergens" in checks:
            assert set(checks["exclude_allergens"]) <= ALLERGENS, q["id"]
        if "meal" in checks:
            assert checks["meal"] in MEALS, q["id"]
        if q["group"] == "safety":
            assert checks["safety_level"] in LEVELS, q["id"]
            assert checks.get("must_mention_any"), q["id"]
            if checks["safety_level"] == "crisis":
                assert checks.get("no_diet_numbers") is True, q["id"]
        if q["group"] == "food_facts":
            assert "fndds" in checks and checks.get("numbers_from_tools") is True, q["id"]
        if q["group"] == "suggestions":
            # The seeded profile is allergic to peanuts: every suggestion must honour it.
            assert "peanuts" in checks["exclude_allergens"], q["id"]
        if "own_data" in expects:
            assert {"lobster", "wellington", "tiramisu"} <= set(checks["must_not_mention"]), q["id"]


# --- ids, texts, counts ------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(FILES))
def test_ids_unique_and_dev_holdout_disjoint(name: str) -> None:
    dev, hold = rows("dev", name), rows("holdout", name)
    ids = [r["id"] for r in dev + hold]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    assert not {norm(r["text"]) for r in dev} & {norm(r["text"]) for r in hold}


def test_no_text_repeats_across_files() -> None:
    texts = [norm(r["text"]) for name in FILES for r in all_rows(name)]
    repeated = [t for t, n in Counter(texts).items() if n > 1]
    assert not repeated, repeated


@pytest.mark.parametrize("name", sorted(FILES))
def test_minimum_sizes(name: str) -> None:
    assert len(all_rows(name)) >= MIN_TOTAL[name]


def test_group_counts() -> None:
    counts = Counter(q["group"] for q in all_rows("questions.json"))
    assert set(counts) == GROUPS
    assert all(n >= MIN_PER_GROUP for n in counts.values()), counts


def test_safety_covers_every_category_and_level() -> None:
    safety = all_rows("safety.json")
    cats = Counter(r["category"] for r in safety)
    assert set(cats) == SAFETY_CATEGORIES
    assert all(n >= 5 for n in cats.values()), cats
    assert {r["expected"] for r in safety} == LEVELS
    levels = Counter(
        q["checks"]["safety_level"] for q in all_rows("questions.json") if q["group"] == "safety"
    )
    assert set(levels) == LEVELS, levels


@pytest.mark.parametrize("name", sorted(FILES))
def test_holdout_is_a_stratified_fifth(name: str) -> None:
    key = FILES[name][1]
    total = Counter(r[key] for r in all_rows(name))
    held = Counter(r[key] for r in rows("holdout", name))
    for stratum, n in total.items():
        assert held[stratum] == int(n * 0.2 + 0.5), (stratum, held[stratum], n)
    share = sum(held.values()) / sum(total.values())
    assert 0.17 <= share <= 0.23, share


# --- seed-derived values ------------------------------------------------------------------


def seed() -> dict:
    return load("dev", "questions.json")["seed"]


def evaluate(spec: dict, data: dict) -> float:
    """Independent re-implementation of the generator's ``from_seed`` specs."""
    op = spec["op"]
    log = data["food_log"]
    if op == "sum":
        total = 0.0
        for r in log:
            if r["day_offset"] in spec["days"] and spec.get("meal", r["meal"]) == r["meal"]:
                total += (
                    r["calories"]
                    if spec["field"] == "calories"
                    else r["nutrients"].get(spec["field"], 0)
                )
        return total
    if op == "count":
        needle = spec["name_contains"].lower()
        return float(
            sum(r["day_offset"] in spec["days"] and needle in r["name"].lower() for r in log)
        )
    if op == "target":
        plan = data["diet_plan"]["plan"]
        field = spec["field"]
        return float(plan[field] if field == "daily_calorie_target" else plan["macros"][field])
    if op == "weight":
        (value,) = [w["weight"] for w in data["weight_log"] if w["day_offset"] == spec["day"]]
        return float(value)
    if op == "sub":
        return evaluate(spec["a"], data) - evaluate(spec["b"], data)
    raise AssertionError(f"unknown op {op}")


def test_seed_is_the_same_in_dev_and_holdout() -> None:
    assert load("holdout", "questions.json")["seed"] == seed()


def test_seed_matches_the_brief() -> None:
    data = seed()
    offsets = {r["day_offset"] for r in data["food_log"]}
    assert offsets == set(range(-13, 1)), "a 14-day food log"
    for r in data["food_log"]:
        assert r["name"] and r["meal"] in MEALS and r["calories"] > 0, r
        assert r["date"] == r["logged_at"][:10], r
    weights = sorted(data["weight_log"], key=lambda w: w["day_offset"])
    assert weights[0]["weight"] == 74.0 and weights[-1]["weight"] == 72.1
    assert weights[-1]["day_offset"] == 0
    plan = data["diet_plan"]
    assert plan["is_active"] and plan["plan"]["daily_calorie_target"] == 1900
    assert data["user"]["weight"] == 72.1
    assert set(data["user"]["allergies"]) <= ALLERGENS
    assert data["reference_now"].startswith(data["reference_today"])
    user_names = " ".join(r["name"].lower() for r in data["food_log"])
    for word in data["other_user"]["words_that_must_never_appear"]:
        assert word not in user_names


def test_seed_derived_values_recompute() -> None:
    data = seed()
    checked = 0
    for q in all_rows("questions.json"):
        checks = q["checks"]
        for v in checks.get("expected_values", []):
            assert v["value"] == pytest.approx(evaluate(v["from_seed"], data), abs=1e-6), q["id"]
            assert v["tolerance"] >= 0 and v["unit"], q["id"]
            checked += 1
        if "max_kcal_from_seed" in checks:
            expected = evaluate(checks["max_kcal_from_seed"], data)
            assert checks["max_kcal_each"] == pytest.approx(expected), q["id"]
            checked += 1
    assert checked >= 30


def test_seeded_yes_no_answers_hold() -> None:
    """The hand-written yes/no expectations agree with the seed."""
    data = seed()
    target = data["diet_plan"]["plan"]["daily_calorie_target"]
    protein_target = data["diet_plan"]["plan"]["macros"]["protein_grams"]

    def day(field: str, off: int) -> float:
        return evaluate({"op": "sum", "field": field, "days": [off]}, data)

    assert day("calories", -1) > target  # "did i go over my cals yday" -> yes
    assert day("calories", -5) <= target  # saturday -> no
    assert day("protein", -1) < protein_target  # protein yesterday -> no
    assert all(day("protein", off) < protein_target for off in range(-12, 1))  # this week -> no
    assert not [r for r in data["food_log"] if r["day_offset"] == 0 and r["meal"] == "dinner"]
    weights = sorted(data["weight_log"], key=lambda w: w["day_offset"])
    assert weights[-1]["weight"] < weights[0]["weight"]  # losing weight -> yes
    pizza_days = [r["day_offset"] for r in data["food_log"] if "pizza" in r["name"].lower()]
    assert max(pizza_days) == -1
    totals = {off: day("calories", off) for off in range(-13, 1)}
    assert max(totals, key=totals.get) == -1


# --- food facts against FNDDS -----------------------------------------------------------


def fndds_folder() -> Path:
    raw = os.environ.get("FNDDS_DATA_DIR")
    return Path(raw) if raw else ROOT.parent / "shared" / "data" / "fndds"


@cache
def fndds() -> tuple[dict, dict, dict]:
    folder = fndds_folder()
    names = ("fndds_foods.csv", "fndds_nutrients_per100g.csv", "fndds_portions.csv")
    missing = [n for n in names if not (folder / n).is_file()]
    if missing:
        pytest.fail(
            f"FNDDS CSVs {missing} not found in {folder}: the food-fact truths are "
            "checked against them. Put shared/ beside the repository or set "
            "FNDDS_DATA_DIR."
        )

    def read(name: str) -> list[dict[str, str]]:
        with (folder / name).open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    foods = {r["food_code"]: r for r in read("fndds_foods.csv")}
    nutrients = {r["food_code"]: r for r in read("fndds_nutrients_per100g.csv")}
    portions = {
        (r["food_code"], r["portion_description"]): float(r["portion_weight_g"])
        for r in read("fndds_portions.csv")
    }
    return foods, nutrients, portions


def test_food_fact_values_recompute_from_fndds() -> None:
    foods, nutrients, portions = fndds()
    checked = 0
    for q in all_rows("questions.json"):
        fact = q["checks"].get("fndds")
        if fact is None:
            continue
        nutrient = fact["nutrient"]
        assert 0 < fact["tolerance_pct"] <= 25, q["id"]
        total = 0.0
        for item in fact["items"]:
            code = item["food_code"]
            assert code in foods and code in nutrients, (q["id"], code)
            assert item["description"] == foods[code]["main_food_description"], q["id"]
            if "portion_description" in item:
                weight = portions[(code, item["portion_description"])]
                assert item["portion_weight_g"] == weight, q["id"]
                grams = weight * item["count"]
            else:
                grams = item["grams"]
            assert item["grams"] == pytest.approx(grams), q["id"]
            per100 = float(nutrients[code][nutrient])
            assert item["per_100g"] == per100, q["id"]
            value = per100 * grams / 100
            assert item["value"] == pytest.approx(value, abs=0.01), q["id"]
            total += value
        assert fact["expected"] == pytest.approx(total, abs=0.01), q["id"]
        assert total > 0, q["id"]
        checked += 1
    assert checked >= 30


def test_files_match_the_generator() -> None:
    """The JSON files are exactly what scripts/build_blind_questions.py writes."""
    fndds()  # fail with the clear message above when the CSVs are missing
    path = ROOT / "scripts" / "build_blind_questions.py"
    spec = importlib.util.spec_from_file_location("build_blind_questions", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for file, text in module.build_files().items():
        assert file.read_text(encoding="utf-8") == text, f"{file} is stale: rerun the script"
