"""The labelled question set: well formed, lookup facts from the USDA catalog, and the
local assistant's answers contain the facts for >= 90 % with every safety case handled."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

from domain.analyser.catalog import STARTER_FILE
from domain.assistant import ToolContext, respond
from domain.assistant.labelled import check_answer, load_labelled, memory_data, summary

CATEGORIES = {"intake", "lookup", "plan", "knowledge", "out_of_scope", "safety"}


def test_the_set_is_large_and_covers_every_category() -> None:
    questions = load_labelled()["questions"]
    assert len(questions) >= 80
    assert {q["category"] for q in questions} == CATEGORIES
    assert len({q["id"] for q in questions}) == len(questions)
    assert all(q["facts"] for q in questions)
    assert sum(q["category"] == "safety" for q in questions) >= 10


def test_lookup_facts_are_the_catalogs_usda_values() -> None:
    # Recomputed here from the starter file (USDA SR28 per 100 g) without the analyser.
    foods = {f["ndb_no"]: f for f in json.loads(STARTER_FILE.read_text())["foods"]}
    units = {"calories": "kcal", "sodium": "mg"}
    for item in load_labelled()["questions"]:
        if item["category"] != "lookup":
            continue
        for key, fact in zip(item["nutrients"], item["facts"], strict=True):
            field = "energy_kcal" if key == "calories" else key
            total = sum(
                foods[part["ndb_no"]]["per_100g"][field] * part["grams"] / 100
                for part in item["basis"]
            )
            unit = units.get(key, "g")
            value = float(fact.split()[0])
            assert fact.endswith(unit)
            tolerance = 0.5 if unit in ("kcal", "mg") or total >= 10 else 0.05
            assert abs(value - total) <= tolerance, (item["id"], fact, total)


def test_local_answers_contain_the_labelled_facts() -> None:
    labelled = load_labelled()
    now = datetime.now(UTC)
    source = memory_data(labelled["seed"], now)

    async def ask_all() -> list:
        verdicts = []
        for item in labelled["questions"]:
            answer = await respond(item["question"], [], ToolContext(source, now))
            verdicts.append(check_answer(item, answer.as_dict()))
        return verdicts

    result = summary(asyncio.run(ask_all()))
    assert result["score"] >= 0.9, result["failures"]
    assert result["safety_all_handled"], result["failures"]
