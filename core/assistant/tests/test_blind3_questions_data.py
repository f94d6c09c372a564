"""The third blind set (``data/assistant/blind3/``) is well-formed, split right and its truths hold.

No database and no assistant call: this reads the JSON files, recomputes every seed-derived
value and every FNDDS truth from the source CSVs, and checks the stratified holdout split.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from domain.diet import ALLERGENS, DIETARY_PREFERENCES

ROOT = Path(__file__).resolve().parents[3]
BLIND = ROOT / "data" / "assistant" / "blind3"
FNDDS = ROOT.parent / "shared" / "data" / "fndds"
FILES = {
    "safety": ("messages", "category"),
    "ordinary": ("messages", "topic"),
    "questions": ("questions", "group"),
}
LEVELS = {
    "crisis": {"suicidal_ideation_passive", "suicidal_ideation_active", "self_harm"},
    "emergency": {"chest_pain", "fainting", "allergic_reaction", "blood_sugar"},
    "safety": {
        "purging",
        "laxatives_diuretics",
        "compensatory_exercise",
        "extreme_restriction",
        "pregnancy_weight_loss",
        "breastfeeding_weight_loss",
        "minor_dieting",
        "performance_drugs",
        "medication_change",
    },
}
CATEGORIES = set().union(*LEVELS.values())
TOPICS = {
    "idiom",
    "fasting",
    "pregnancy_nutrition",
    "kids_nutrition",
    "weight_loss_general",
    "supplements",
    "medication_timing",
    "exercise",
    "conditions_diet",
    "allergy_diet",
    "eating_words",
    "general",
}
GROUPS = {"own_data", "food_facts", "knowledge", "suggestions", "safety", "messy_input"}
KINDS = {
    "own_data",
    "food_fact",
    "knowledge",
    "suggestion",
    "safety",
    "unsupported_language",
    "clarify",
    "out_of_scope",
}
CHECK_KEYS = {
    "expects",
    "must_mention_any",
    "must_mention_all",
    "must_mention_groups",
    "must_not_mention",
    "expected_values",
    "expected_yes_no",
    "numbers_from_tools",
    "requires_source",
    "max_sources",
    "fndds",
    "safety_level",
    "no_diet_numbers",
    "language",
    "unsupported_language_must_mention_any",
    "diet",
    "exclude_allergens",
    "exclude_words",
    "meal",
    "max_kcal_each",
    "max_kcal_from_seed",
    "min_protein_g_each",
    "max_carbs_g_each",
    "min_fiber_g_each",
    "max_sodium_mg_each",
    "min_items",
    "note",
}
# The app's own diet and allergen words: a check may only name what a profile can hold.
DIETS = set(DIETARY_PREFERENCES)
ALLERGEN_WORDS = set(ALLERGENS)


def _load(name: str) -> tuple[dict, dict]:
    return (
        json.loads((BLIND / f"{name}.json").read_text(encoding="utf-8")),
        json.loads((BLIND / "holdout" / f"{name}.json").read_text(encoding="utf-8")),
    )


@pytest.mark.parametrize("name", sorted(FILES))
def test_split_is_disjoint_stratified_and_large_enough(name: str) -> None:
    list_key, stratum = FILES[name]
    dev, hold = _load(name)
    assert (dev["set"], hold["set"]) == ("dev", "holdout")
    for data in (dev, hold):
        assert data["stratified_by"] == stratum and data["holdout_share"] == 0.2
        assert data["split_seed"] == dev["split_seed"]
        assert data["generator"] == "scripts/build_blind3_questions.py"
    everything = dev[list_key] + hold[list_key]
    assert len(everything) >= 150
    ids = [item["id"] for item in everything]
    texts = [item["text"].strip().lower() for item in everything]
    assert len(set(ids)) == len(ids) and len(set(texts)) == len(texts)
    assert all(item["text"].strip() for item in everything)
    total = Counter(item[stratum] for item in everything)
    held = Counter(item[stratum] for item in hold[list_key])
    for value, n in total.items():
        assert held[value] == int(n * 0.2 + 0.5), (value, n, held[value])


def test_safety_and_ordinary_labels() -> None:
    for data in _load("safety"):
        for m in data["messages"]:
            assert re.fullmatch(r"S\d{3}", m["id"]) and m["category"] in CATEGORIES
            assert m["expected"] in LEVELS
            # A safety-level category may be raised to emergency (acute symptoms), never lowered.
            default = next(level for level, cats in LEVELS.items() if m["category"] in cats)
            assert m["expected"] == default or (
                default == "safety" and m["expected"] == "emergency"
            )
    for data in _load("ordinary"):
        for m in data["messages"]:
            assert re.fullmatch(r"O\d{3}", m["id"]) and m["topic"] in TOPICS


def _seed_value(spec: dict, seed: dict) -> float:
    op = spec["op"]
    if op == "sum":
        rows = [
            r
            for r in seed["food_log"]
            if r["day_offset"] in spec["days"] and spec.get("meal", r["meal"]) == r["meal"]
        ]
        return sum(
            r["calories"] if spec["field"] == "calories" else r["nutrients"].get(spec["field"], 0)
            for r in rows
        )
    if op == "count":
        return sum(spec["name_contains"].lower() in r["name"].lower() for r in seed["food_log"])
    if op == "target":
        plan = seed["diet_plan"]["plan"]
        return plan.get(spec["field"], plan["macros"].get(spec["field"]))
    if op == "weight":
        return next(w["weight"] for w in seed["weight_log"] if w["day_offset"] == spec["day"])
    assert op == "sub", op
    return _seed_value(spec["a"], seed) - _seed_value(spec["b"], seed)


def test_questions_schema_and_seed_truths() -> None:
    dev, hold = _load("questions")
    assert dev["seed"] == hold["seed"]
    seed = dev["seed"]
    assert seed["reference_now"] == "2026-11-26T17:00:00Z" and seed["user"]["allergies"] == [
        "peanuts"
    ]
    assert {r["weekday"] for r in seed["food_log"] if r["day_offset"] == 0} == {
        seed["reference_weekday"]
    }
    questions = dev["questions"] + hold["questions"]
    assert set(Counter(q["group"] for q in questions)) == GROUPS
    for q in questions:
        checks = q["checks"]
        assert q["id"].startswith(q["group"] + "-") and q["group"] in GROUPS
        assert set(checks) <= CHECK_KEYS, set(checks) - CHECK_KEYS
        expects = checks["expects"] if isinstance(checks["expects"], list) else [checks["expects"]]
        assert set(expects) <= KINDS
        for item in checks.get("expected_values", []):
            assert item["value"] == pytest.approx(_seed_value(item["from_seed"], seed), abs=1e-6), (
                q["id"]
            )
        if "max_kcal_from_seed" in checks:
            assert checks["max_kcal_each"] == pytest.approx(
                _seed_value(checks["max_kcal_from_seed"], seed)
            )
        if checks.get("expected_yes_no"):
            assert checks["expected_yes_no"] in {"yes", "no"} and checks["must_mention_any"]
        assert set(checks.get("diet", [])) <= DIETS
        assert "peanuts" in checks.get("exclude_allergens", ["peanuts"])
        assert set(checks.get("exclude_allergens", [])) <= ALLERGEN_WORDS
        if q["group"] == "safety":
            assert (
                checks["expects"] == "safety"
                and checks["safety_level"] in LEVELS
                and checks["no_diet_numbers"]
            )
        if "language" in checks:
            assert (
                "unsupported_language" in expects
                and checks["unsupported_language_must_mention_any"]
            )
        if q["group"] == "own_data":
            assert {"lobster", "wellington", "tiramisu"} <= set(checks["must_not_mention"])


@pytest.mark.skipif(not FNDDS.is_dir(), reason="needs ../shared/data/fndds")
def test_food_fact_truths_match_fndds() -> None:
    with open(FNDDS / "fndds_nutrients_per100g.csv", newline="", encoding="utf-8") as fh:
        per100 = {row["food_code"]: row for row in csv.DictReader(fh)}
    with open(FNDDS / "fndds_portions.csv", newline="", encoding="utf-8") as fh:
        portions = {
            (r["food_code"], r["portion_description"]): float(r["portion_weight_g"])
            for r in csv.DictReader(fh)
        }
    dev, hold = _load("questions")
    facts = [q for q in dev["questions"] + hold["questions"] if "fndds" in q["checks"]]
    assert sum(q["group"] == "food_facts" for q in facts) >= 20
    for q in facts:
        spec = q["checks"]["fndds"]
        total = 0.0
        for item in spec["items"]:
            row = per100[item["food_code"]]
            assert item["description"] == row["main_food_description"]
            assert (
                item["portion_weight_g"]
                == portions[(item["food_code"], item["portion_description"])]
            )
            assert item["grams"] == pytest.approx(item["portion_weight_g"] * item["count"])
            assert item["per_100g"] == float(row[spec["nutrient"]])
            assert item["value"] == pytest.approx(item["per_100g"] * item["grams"] / 100, abs=0.01)
            total += item["value"]
        assert (
            spec["expected"] == pytest.approx(total, abs=0.05) and 0 < spec["tolerance_pct"] <= 15
        )
