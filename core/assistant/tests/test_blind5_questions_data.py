"""The fifth blind set (``data/assistant/blind5/``) is what its generator writes, well-formed,
split right, and its truths hold.

No database and no assistant call: this reads the JSON files, re-runs the generator in memory
and compares, recomputes every seed-derived value and every FNDDS truth from the source CSVs,
and checks the stratified 25 % holdout split.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import random
import re
from collections import Counter
from pathlib import Path

import pytest

from domain.diet import ALLERGENS, DIETARY_PREFERENCES

ROOT = Path(__file__).resolve().parents[3]
BLIND = ROOT / "data" / "assistant" / "blind5"
SCRIPT = ROOT / "scripts" / "build_blind5_questions.py"
FNDDS = Path(os.environ.get("FNDDS_DATA_DIR") or ROOT.parent / "shared" / "data" / "fndds")
GENERATOR = "scripts/build_blind5_questions.py"
SHARE = 0.25
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
DIETS = set(DIETARY_PREFERENCES)
ALLERGEN_WORDS = set(ALLERGENS)
MEALS = {"breakfast", "lunch", "dinner", "snack"}
OTHER_USER = {"lobster", "wellington", "tiramisu"}


def _load(name: str) -> tuple[dict, dict]:
    return (
        json.loads((BLIND / f"{name}.json").read_text(encoding="utf-8")),
        json.loads((BLIND / "holdout" / f"{name}.json").read_text(encoding="utf-8")),
    )


def _generator():
    spec = importlib.util.spec_from_file_location("build_blind5_questions", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not FNDDS.is_dir(), reason="needs the FNDDS CSVs")
def test_files_are_what_the_generator_writes() -> None:
    files, _ = _generator().build_all()
    assert len(files) == 6
    for path, text in files.items():
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale: re-run {GENERATOR}"


def _expected_holdout_sizes(strata: Counter) -> dict[str, int]:
    """25 % of the file, largest remainder over strata (ties by name); see the README."""
    total = int(sum(strata.values()) * SHARE + 0.5)
    sizes = {s: int(n * SHARE) for s, n in strata.items()}
    order = sorted(strata, key=lambda s: (-(strata[s] * SHARE - sizes[s]), s))
    for s in order[: total - sum(sizes.values())]:
        sizes[s] += 1
    return sizes


@pytest.mark.parametrize("name", sorted(FILES))
def test_split_is_disjoint_stratified_25_percent(name: str) -> None:
    list_key, stratum = FILES[name]
    dev, hold = _load(name)
    assert (dev["set"], hold["set"]) == ("dev", "holdout")
    for data in (dev, hold):
        assert data["stratified_by"] == stratum and data["holdout_share"] == SHARE
        assert data["split_seed"] == dev["split_seed"]
        assert data["generator"] == GENERATOR
    everything = dev[list_key] + hold[list_key]
    assert len(everything) >= 120
    ids = [item["id"] for item in everything]
    texts = [item["text"].strip().lower() for item in everything]
    assert len(set(ids)) == len(ids) and len(set(texts)) == len(texts)
    assert all(item["text"].strip() for item in everything)
    # Ids are in authoring order across dev and holdout together: 1..n with no gaps.
    total = Counter(item[stratum] for item in everything)
    held = Counter(item[stratum] for item in hold[list_key])
    expected = _expected_holdout_sizes(total)
    assert sum(held.values()) == int(len(everything) * SHARE + 0.5)
    for value, n in total.items():
        assert held[value] == expected[value], (value, n, held[value])
        assert int(n * SHARE) <= held[value] <= int(n * SHARE) + 1
        assert held[value] >= 1
    # The draw itself: a fixed-seed sample of the sorted ids of each stratum.
    hold_ids = {item["id"] for item in hold[list_key]}
    for value in sorted(total):
        stratum_ids = sorted(item["id"] for item in everything if item[stratum] == value)
        rng = random.Random(f"{dev['split_seed']}:{name}:{value}")
        assert set(rng.sample(stratum_ids, expected[value])) == hold_ids & set(stratum_ids)


def test_no_text_is_shared_between_files() -> None:
    texts = []
    for name, (list_key, _) in FILES.items():
        for data in _load(name):
            texts += [item["text"].strip().lower() for item in data[list_key]]
    assert len(texts) == len(set(texts))


def test_safety_and_ordinary_labels() -> None:
    safety = [m for data in _load("safety") for m in data["messages"]]
    assert [m["id"] for m in sorted(safety, key=lambda m: m["id"])] == [
        f"S{n:03d}" for n in range(1, len(safety) + 1)
    ]
    for m in safety:
        assert set(m) == {"id", "text", "category", "expected"}
        assert re.fullmatch(r"S\d{3}", m["id"]) and m["category"] in CATEGORIES
        assert m["expected"] in LEVELS
        # A safety-level category may be raised to emergency (acute symptoms), never lowered.
        default = next(level for level, cats in LEVELS.items() if m["category"] in cats)
        assert m["expected"] == default or (default == "safety" and m["expected"] == "emergency")
    assert set(Counter(m["category"] for m in safety)) == CATEGORIES
    ordinary = [m for data in _load("ordinary") for m in data["messages"]]
    for m in ordinary:
        assert set(m) == {"id", "text", "topic"}
        assert re.fullmatch(r"O\d{3}", m["id"]) and m["topic"] in TOPICS
    assert set(Counter(m["topic"] for m in ordinary)) == TOPICS


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
    assert seed["reference_now"] == "2026-11-26T17:00:00Z"
    assert seed["user"]["allergies"] == ["peanuts"]
    assert {r["weekday"] for r in seed["food_log"] if r["day_offset"] == 0} == {
        seed["reference_weekday"]
    }
    questions = dev["questions"] + hold["questions"]
    groups = Counter(q["group"] for q in questions)
    assert set(groups) == GROUPS and len(questions) >= 150
    for group in GROUPS:
        ids = sorted(q["id"] for q in questions if q["group"] == group)
        assert ids == [f"{group}-{n:03d}" for n in range(1, groups[group] + 1)]
    for q in questions:
        checks = q["checks"]
        assert set(q) == {"id", "group", "text", "checks"}
        assert q["group"] in GROUPS
        assert set(checks) <= CHECK_KEYS, set(checks) - CHECK_KEYS
        expects = checks["expects"] if isinstance(checks["expects"], list) else [checks["expects"]]
        assert set(expects) <= KINDS
        for item in checks.get("expected_values", []):
            assert item["value"] == pytest.approx(_seed_value(item["from_seed"], seed), abs=1e-6), (
                q["id"]
            )
            assert item["unit"] in {"kcal", "g", "mg", "kg", ""}
        if "max_kcal_from_seed" in checks:
            assert checks["max_kcal_each"] == pytest.approx(
                _seed_value(checks["max_kcal_from_seed"], seed)
            )
        if checks.get("expected_yes_no"):
            assert checks["expected_yes_no"] in {"yes", "no"} and checks["must_mention_any"]
        assert set(checks.get("diet", [])) <= DIETS
        assert "peanuts" in checks.get("exclude_allergens", ["peanuts"])
        assert set(checks.get("exclude_allergens", [])) <= ALLERGEN_WORDS
        if "meal" in checks:
            assert checks["meal"] in MEALS
        if "suggestion" in expects and expects == ["suggestion"]:
            assert checks["min_items"] >= 1 and "peanuts" in checks["exclude_allergens"]
        if q["group"] == "safety":
            assert checks["expects"] == "safety" and checks["no_diet_numbers"]
            assert checks["safety_level"] in LEVELS and checks["must_mention_any"]
            category = checks["note"].removeprefix("category: ")
            assert category in CATEGORIES
        if "language" in checks:
            assert "unsupported_language" in expects
            assert checks["unsupported_language_must_mention_any"]
        if "own_data" in expects and expects == ["own_data"]:
            assert set(checks["must_not_mention"]) >= OTHER_USER and checks["numbers_from_tools"]
    levels = {q["checks"]["safety_level"] for q in questions if q["group"] == "safety"}
    assert levels == set(LEVELS)


@pytest.mark.skipif(not FNDDS.is_dir(), reason="needs the FNDDS CSVs")
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
    assert sum(q["group"] == "food_facts" for q in facts) >= 25
    assert all(q["group"] != "food_facts" or "fndds" in q["checks"] for q in dev["questions"])
    for q in facts:
        spec = q["checks"]["fndds"]
        assert spec["unit"] in {"kcal", "g", "mg"}
        total = 0.0
        for item in spec["items"]:
            row = per100[item["food_code"]]
            assert item["description"] == row["main_food_description"]
            weight = portions[(item["food_code"], item["portion_description"])]
            assert item["portion_weight_g"] == weight > 0
            assert item["grams"] == pytest.approx(weight * item["count"])
            assert item["per_100g"] == float(row[spec["nutrient"]])
            assert item["value"] == pytest.approx(item["per_100g"] * item["grams"] / 100, abs=0.01)
            total += item["value"]
        assert spec["expected"] == pytest.approx(total, abs=0.05)
        assert 0 < spec["tolerance_pct"] <= 15
