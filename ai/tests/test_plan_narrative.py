"""The plan narrative against a fake OpenAI server on 127.0.0.1 (the real wire protocol):
structured output asked for, only text merged (the model's numbers ignored), consent
deciding what is sent, and every failure (401, 429, 5xx, timeout, bad JSON) leaving the
computed plan as it was, with a flag saying why."""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from ai.main import create_app
from ai.providers.plan_narrative import (
    DIET_SCHEMA,
    WORKOUT_SCHEMA,
    Narrative,
    PlanNarrator,
    merge_diet_narrative,
    merge_workout_narrative,
)
from ai.tests.conftest import django_test_database_url, make_settings
from ai.tests.fakes.openai_server import FakeOpenAI, Fault, running_fake_openai
from ai.tests.test_plans_route import PROFILE, auth
from core.api.testing import make_user
from core.catalog.starter import load_starter_catalog
from domain.planner import PlanRequest, load_foods_from_starter, plan_diet
from domain.targets import targets_from_mapping
from domain.workouts import WorkoutRequest, generate_workout

CONSENTED_PROFILE = {**PROFILE, "dietary_preferences": [], "allergies": ["peanuts"]}


@pytest.fixture(scope="module")
def computed_plan() -> dict[str, Any]:
    """A real two-day plan from the starter catalog (the planner's own numbers)."""
    return plan_diet(
        targets_from_mapping(PROFILE), load_foods_from_starter(), PlanRequest(days=2, seed=4)
    )


@pytest.fixture
def plan(computed_plan: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(computed_plan)


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with running_fake_openai() as server:
        yield server


def narrator_for(fake: FakeOpenAI, **overrides: Any) -> PlanNarrator:
    values = dict(
        openai_api_key=fake.api_key,
        openai_base_url=fake.url,
        openai_retries=2,
        openai_max_retry_after_seconds=1.0,
        plan_narrative_timeout_seconds=2.0,
        plan_narrative_deadline_seconds=5.0,
    )
    return PlanNarrator(make_settings(**{**values, **overrides}))


def every_meal(plan: dict[str, Any]) -> list[tuple[str, int]]:
    return [(day, i) for day, meals in plan["weekly_plan"].items() for i in range(len(meals))]


def scripted(plan: dict[str, Any], seen: list[dict[str, Any]] | None = None):
    """A model answer naming every meal and, against the rules, changing numbers."""

    def reply(body: dict[str, Any]) -> str:
        if seen is not None:
            seen.append(body)
        meals = [
            {"day": day, "meal_index": i, "name": f"Chef's {day} {i}", "calories": 1}
            for day, i in every_meal(plan)
        ]
        return json.dumps(
            {
                "description": "A balanced week built on whole foods.",
                "tips": ["Cook grains in bulk on Sunday.", "Keep fruit in sight."],
                "meals": meals,
                "daily_calorie_target": 999,
                "macros": {"protein_grams": 1},
            }
        )

    return reply


def without_words(plan: dict[str, Any]) -> dict[str, Any]:
    """The plan with the narrative taken out again: names restored, section dropped."""
    plain = copy.deepcopy(plan)
    plain.pop("narrative", None)
    for meals in plain["weekly_plan"].values():
        for meal in meals:
            if "plain_name" in meal:
                meal["name"] = meal.pop("plain_name")
    return plain


# --- success ---------------------------------------------------------------------------------


def test_text_is_merged_and_the_models_numbers_are_ignored(
    fake: FakeOpenAI, plan: dict[str, Any], computed_plan: dict[str, Any]
) -> None:
    seen: list[dict[str, Any]] = []
    fake.replies.append(scripted(plan, seen))
    narrative = asyncio.run(narrator_for(fake).diet(plan, None))
    assert narrative.status == "added", narrative.reason
    merged = merge_diet_narrative(plan, narrative)

    # Structured output was asked for, with our schema, strictly.
    body = seen[0]
    assert body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "diet_plan_words", "strict": True, "schema": DIET_SCHEMA},
    }
    assert fake.requests[0].headers["authorization"] == f"Bearer {fake.api_key}"

    assert merged["weekly_plan"]["monday"][0]["name"] == "Chef's monday 0"
    assert (
        merged["weekly_plan"]["monday"][0]["plain_name"]
        == (computed_plan["weekly_plan"]["monday"][0]["name"])
    )
    assert merged["narrative"]["description"] == "A balanced week built on whole foods."
    assert merged["narrative"]["tips"] == ["Cook grains in bulk on Sunday.", "Keep fruit in sight."]
    assert merged["narrative"]["profile_shared"] is False
    # Every number is the planner's: take the words out and the plan is the computed one.
    assert without_words(merged) == computed_plan


def test_names_for_meals_the_plan_lacks_are_dropped_and_long_text_is_cut(
    fake: FakeOpenAI, plan: dict[str, Any]
) -> None:
    fake.replies.append(
        json.dumps(
            {
                "description": "x" * 2000,
                "tips": [f"tip {n}" for n in range(9)],
                "meals": [
                    {"day": "sunday", "meal_index": 0, "name": "Not in a two-day plan"},
                    {"day": "monday", "meal_index": 17, "name": "No such meal"},
                    {"day": "monday", "meal_index": 1, "name": "word " * 60},
                ],
            }
        )
    )
    narrative = asyncio.run(narrator_for(fake).diet(plan, None))
    assert narrative.status == "added"
    assert list(narrative.meal_names) == [("monday", 1)]
    assert len(narrative.meal_names[("monday", 1)]) <= 80
    assert len(narrative.description) <= 600
    assert len(narrative.tips) == 5


def test_workout_gets_a_description_and_tips(fake: FakeOpenAI) -> None:
    workout = generate_workout(
        WorkoutRequest.from_dict(
            {"goal": "strength", "experience": "beginner", "days_per_week": 3,
             "minutes_per_session": 45, "weight": 70}
        )
    )  # fmt: skip
    original = copy.deepcopy(workout)
    seen: list[dict[str, Any]] = []

    def reply(body: dict[str, Any]) -> str:
        seen.append(body)
        return json.dumps({"description": "Three full-body days.", "tips": ["Warm up."]})

    fake.replies.append(reply)
    narrative = asyncio.run(narrator_for(fake).workout(workout, None))
    merged = merge_workout_narrative(workout, narrative)
    assert merged["narrative"]["description"] == "Three full-body days."
    assert seen[0]["response_format"]["json_schema"]["schema"] == WORKOUT_SCHEMA
    exercise = next(items[0]["exercise"] for items in workout["weekly_schedule"].values() if items)
    assert exercise in seen[0]["messages"][1]["content"]
    merged.pop("narrative")
    assert merged == original


# --- consent ---------------------------------------------------------------------------------


def test_profile_is_sent_only_with_consent(fake: FakeOpenAI, plan: dict[str, Any]) -> None:
    seen: list[dict[str, Any]] = []
    fake.replies += [scripted(plan, seen), scripted(plan, seen)]
    narrator = narrator_for(fake)
    anonymous = asyncio.run(narrator.diet(plan, None))
    shared = asyncio.run(narrator.diet(plan, CONSENTED_PROFILE))
    assert (anonymous.profile_shared, shared.profile_shared) == (False, True)
    first, second = (json.dumps(body["messages"]) for body in seen)
    for private in ("age 34", "weight 64", "female", "peanuts", "lose_weight", "kcal"):
        assert private not in first
        assert private in second
    food = plan["weekly_plan"]["monday"][0]["items"][0]["food"]
    assert food in first  # the anonymous plan content itself is sent


# --- failures --------------------------------------------------------------------------------


def assert_unchanged_after_failure(
    narrative: Narrative, plan: dict[str, Any], computed: dict[str, Any], reason: str
) -> None:
    assert (narrative.status, narrative.reason) == ("unavailable", reason)
    merged = merge_diet_narrative(plan, narrative)
    assert merged["narrative"] == {"status": "unavailable", "reason": reason}
    merged.pop("narrative")
    assert merged == computed


def test_bad_key_401(fake: FakeOpenAI, plan: dict[str, Any], computed_plan: dict) -> None:
    narrative = asyncio.run(narrator_for(fake, openai_api_key="sk-wrong").diet(plan, None))
    assert_unchanged_after_failure(
        narrative, plan, computed_plan, "authentication failed (check OPENAI_API_KEY)"
    )
    assert [r.status for r in fake.requests] == [401]  # never retried


def test_429_is_retried_after_the_servers_wait(fake: FakeOpenAI, plan: dict[str, Any]) -> None:
    fake.faults.append(Fault(status=429, retry_after_ms="20"))
    fake.replies.append(scripted(plan))
    narrative = asyncio.run(narrator_for(fake).diet(plan, None))
    assert narrative.status == "added"
    assert [r.status for r in fake.requests] == [429, 200]


def test_429_with_a_long_wait_gives_up_at_once(
    fake: FakeOpenAI, plan: dict[str, Any], computed_plan: dict
) -> None:
    fake.faults.append(Fault(status=429, retry_after="30"))
    narrative = asyncio.run(narrator_for(fake).diet(plan, None))
    assert_unchanged_after_failure(narrative, plan, computed_plan, "rate limited")
    assert [r.status for r in fake.requests] == [429]


def test_exhausted_quota_is_not_retried(fake: FakeOpenAI, plan: dict[str, Any]) -> None:
    fake.faults.append(Fault(status=429, code="insufficient_quota", retry_after="0"))
    narrative = asyncio.run(narrator_for(fake).diet(plan, None))
    assert (narrative.status, narrative.reason) == ("unavailable", "quota exhausted")
    assert [r.status for r in fake.requests] == [429]


def test_server_errors_are_retried_then_given_up(fake: FakeOpenAI, plan: dict[str, Any]) -> None:
    fake.faults += [Fault(status=500), Fault(status=503), Fault(status=500)]
    narrative = asyncio.run(narrator_for(fake, openai_retries=2).diet(plan, None))
    assert (narrative.status, narrative.reason) == ("unavailable", "HTTP 500")
    assert [r.status for r in fake.requests] == [500, 503, 500]


def test_timeout(fake: FakeOpenAI, plan: dict[str, Any], computed_plan: dict) -> None:
    fake.faults.append(Fault(delay=1.5))
    narrator = narrator_for(fake, plan_narrative_timeout_seconds=0.3)
    narrative = asyncio.run(narrator.diet(plan, None))
    assert_unchanged_after_failure(narrative, plan, computed_plan, "timed out")


def test_answer_that_is_not_the_json_asked_for(
    fake: FakeOpenAI, plan: dict[str, Any], computed_plan: dict
) -> None:
    fake.replies += ["Here are some lovely names for your meals!"]
    narrative = asyncio.run(narrator_for(fake).diet(plan, None))
    assert_unchanged_after_failure(
        narrative, plan, computed_plan, "the answer was not the JSON asked for"
    )


def test_json_missing_the_required_text(fake: FakeOpenAI, plan: dict[str, Any]) -> None:
    fake.replies += [json.dumps({"meals": [], "calories": 1200})]
    narrative = asyncio.run(narrator_for(fake).diet(plan, None))
    assert (narrative.status, narrative.reason) == (
        "unavailable",
        "the answer was not the JSON asked for",
    )


def test_no_key_means_no_request(fake: FakeOpenAI, plan: dict[str, Any]) -> None:
    narrative = asyncio.run(narrator_for(fake, openai_api_key="").diet(plan, None))
    assert narrative.as_dict() == {"status": "off", "reason": "no OpenAI key configured"}
    narrative = asyncio.run(narrator_for(fake, plan_narrative_enabled=False).diet(plan, None))
    assert narrative.status == "off"
    assert fake.requests == []


# --- through the route -------------------------------------------------------------------------


@pytest.fixture
def route_client(transactional_db: None, fake: FakeOpenAI) -> Iterator[TestClient]:
    load_starter_catalog()
    settings = make_settings(
        database_url=django_test_database_url(),
        openai_api_key=fake.api_key,
        openai_base_url=fake.url,
        plan_narrative_timeout_seconds=2.0,
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        yield client


def test_route_adds_words_and_shares_the_profile_with_consent(
    route_client: TestClient, fake: FakeOpenAI
) -> None:
    from django.utils import timezone

    user = make_user(**CONSENTED_PROFILE, ai_data_sharing_consented_at=timezone.now())

    def reply(body: dict[str, Any]) -> str:
        return json.dumps(
            {
                "description": "Your week.",
                "tips": ["Drink water."],
                "meals": [{"day": "monday", "meal_index": 0, "name": "Sunrise plate"}],
            }
        )

    fake.replies.append(reply)
    response = route_client.post("/diet/generate", json={"days": 1, "seed": 8}, headers=auth(user))
    assert response.status_code == 200, response.text
    plan = response.json()["plan"]
    assert plan["weekly_plan"]["monday"][0]["name"] == "Sunrise plate"
    assert plan["narrative"]["status"] == "added"
    assert plan["narrative"]["profile_shared"] is True
    assert "age 34" in json.dumps(fake.completions[0].body["messages"])


def test_route_without_consent_and_with_a_failing_model(
    route_client: TestClient, fake: FakeOpenAI
) -> None:
    user = make_user(**PROFILE)  # no consent
    fake.faults.append(Fault(status=500, retry_after="30"))
    response = route_client.post("/diet/generate", json={"days": 1, "seed": 8}, headers=auth(user))
    assert response.status_code == 200, response.text
    plan = response.json()["plan"]
    assert plan["narrative"] == {"status": "unavailable", "reason": "HTTP 500"}
    assert all("plain_name" not in m for m in plan["weekly_plan"]["monday"])
    assert "age 34" not in json.dumps(fake.requests[0].body)
