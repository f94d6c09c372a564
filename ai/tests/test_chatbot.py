"""``POST /chatbot/query`` with the local assistant on the real test database."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient

from ai.main import create_app
from ai.tests.chatbot_seed import seed_user
from ai.tests.conftest import django_test_database_url, make_settings
from core.api.testing import bearer_headers as auth
from core.api.testing import make_user
from core.catalog.starter import load_starter_catalog
from core.foodlog.models import FoodEntry
from domain.assistant.labelled import load_labelled

SEED = load_labelled()["seed"]


@pytest.fixture
def client(transactional_db: None) -> Iterator[TestClient]:
    load_starter_catalog()
    app = create_app(make_settings(database_url=django_test_database_url(), openai_api_key=""))
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def ask(client: TestClient, user, query: str, **body) -> dict:
    response = client.post("/chatbot/query", json={"query": query, **body}, headers=auth(user))
    assert response.status_code == 200, response.text
    return response.json()


def test_intake_comes_from_the_callers_log(client: TestClient) -> None:
    user = seed_user(SEED, datetime.now(UTC), plans=SEED)
    answer = ask(client, user, "How much protein have I had today?")
    assert set(answer) >= {
        "response",
        "query",
        "conversation_id",
        "sources",
        "tools_used",
        "provider",
    }
    assert "52 g protein" in answer["response"] and "110 g target" in answer["response"]
    assert answer["tools_used"] == ["get_intake"] and answer["provider"] == "local"
    assert "Your Health-Bite food log" in answer["sources"]
    assert uuid.UUID(answer["conversation_id"])
    assert answer["query"] == "How much protein have I had today?"


def test_the_active_plan_is_read_not_an_inactive_one(client: TestClient) -> None:
    user = seed_user(SEED, datetime.now(UTC), plans=SEED)
    answer = ask(client, user, "What is my daily calorie target?")
    assert "1,800 kcal" in answer["response"] and "3,333" not in answer["response"]
    answer = ask(client, user, "What's my workout on Monday?")
    assert "Back squat 3 x 8-12" in answer["response"]


def test_lookup_reads_the_catalog_from_the_database(client: TestClient) -> None:
    answer = ask(client, make_user(), "How many calories are in 2 cups of rice?")
    # USDA SR28 20045: 130 kcal per 100 g, 1 cup = 158 g.
    assert "411 kcal" in answer["response"] and "316 g" in answer["response"]
    assert answer["tools_used"] == ["lookup_nutrients"]
    assert any("USDA" in source for source in answer["sources"])


def test_suggestions_read_catalog_tags_from_the_database(client: TestClient) -> None:
    user = make_user(dietary_preferences=["vegan"], allergies=["soy"], timezone="UTC")
    answer = ask(client, user, "Suggest a high protein snack")
    assert answer["tools_used"] == ["suggest_foods"]
    assert "vegan" in answer["response"] and "no soy" in answer["response"]
    for word in ("yogurt", "egg", "edamame", "tofu", "milk", "cheese", "chicken"):
        assert word not in answer["response"].lower()


def test_days_are_the_users_calendar_days(client: TestClient) -> None:
    # The core stores UTC; the AI service reads days in the user's zone (Tokyo, UTC+9).
    user = make_user(timezone="Asia/Tokyo")
    midnight = datetime.now(ZoneInfo("Asia/Tokyo")).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    FoodEntry.objects.create(user=user, name="a", calories=111, logged_at=midnight)
    FoodEntry.objects.create(
        user=user, name="b", calories=222, logged_at=midnight - timedelta(seconds=1)
    )
    answer = ask(client, user, "How many calories have I eaten today?")
    assert "111 kcal today" in answer["response"] and "333" not in answer["response"]
    answer = ask(client, user, "How many calories did I eat yesterday?")
    assert "222 kcal yesterday" in answer["response"]


def test_one_users_data_never_reaches_anothers_answer(client: TestClient) -> None:
    now = datetime.now(UTC)
    me = seed_user(SEED, now, plans=SEED)
    other = seed_user(SEED["other_user"], now)
    questions = [
        "How much protein have I had today?",
        "What did I eat today?",
        "How many calories do I have left today?",
        "What's on my diet plan for Monday?",
        "What's my average protein over the past week?",
    ]
    for question in questions:
        mine = ask(client, me, question)["response"]
        for marker in SEED["other_user"]["markers"]:
            assert marker not in mine
        theirs = ask(client, other, question)["response"]
        for marker in ("Greek yogurt with berries", "52 g", "Bean burrito", "1,050"):
            assert marker not in theirs
    assert "987 kcal" in ask(client, other, "What did I eat today?")["response"]
    assert (
        "You don't have an active diet plan"
        in ask(client, other, "What's on my diet plan?")["response"]
    )


def test_history_resolves_follow_ups(client: TestClient) -> None:
    user = make_user()
    history = [
        {"role": "user", "content": "How many calories are in 2 cups of rice?"},
        {"role": "assistant", "content": "2 cups of rice has about 411 kcal."},
    ]
    answer = ask(client, user, "and protein?", history=history)
    assert "8.5 g protein" in answer["response"]


def test_safety_rules_answer_first(client: TestClient) -> None:
    answer = ask(client, make_user(gender="male"), "Plan 1400 calories a day for me")
    assert answer["safety"] == "safety" and "1,500 kcal" in answer["response"]
    assert answer["tools_used"] == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"query": ""}, "query"),
        ({"query": "   \n "}, "query"),
        ({"query": "x" * 2001}, "query"),
        ({"query": "hi", "conversation_id": "not-a-uuid"}, "conversation_id"),
        ({}, "query"),
    ],
)
def test_invalid_queries_are_400(client: TestClient, body: dict, field: str) -> None:
    response = client.post("/chatbot/query", json=body, headers=auth(make_user()))
    assert response.status_code == 400, response.text
    assert set(response.json()) == {"error", "details"} and field in response.json()["details"]


def test_2000_characters_are_accepted_and_the_conversation_id_is_kept(client: TestClient) -> None:
    conversation = str(uuid.uuid4())
    answer = ask(client, make_user(), "water " + "x" * 1994, conversation_id=conversation)
    assert answer["conversation_id"] == conversation


def test_anonymous_is_401(client: TestClient) -> None:
    response = client.post("/chatbot/query", json={"query": "hi"})
    assert response.status_code == 401


def test_the_weight_trend_reads_only_the_callers_weight_log(client: TestClient) -> None:
    from core.weight.models import WeightEntry

    now = datetime.now(UTC)
    me, other = make_user(timezone="UTC"), make_user(timezone="UTC")
    for kg, days_ago in ((74.0, 13), (73.1, 7), (72.1, 0)):
        WeightEntry.objects.create(user=me, weight=kg, measured_at=now - timedelta(days=days_ago))
    WeightEntry.objects.create(user=other, weight=99.0, measured_at=now - timedelta(hours=1))
    answer = ask(client, me, "am I losing weight?")
    assert answer["tools_used"] == ["get_weight"]
    assert answer["response"].startswith("Yes") and "74 kg" in answer["response"]
    assert "72.1 kg" in answer["response"] and "99" not in answer["response"]
    assert "Your Health-Bite weight log" in answer["sources"]
    lonely = ask(client, other, "am I losing weight?")["response"]
    assert "too few" in lonely and "74" not in lonely


def test_suggestions_prefer_foods_as_eaten_from_the_database(client: TestClient) -> None:
    from core.catalog.fndds import load_fndds_catalog

    # Chili, vegetarian; Black beans; Beef stew; Chicken breast (all main dishes).
    load_fndds_catalog(["41221020", "41102080", "27218210", "24122131"])
    user = make_user(timezone="UTC", dietary_preferences=[], allergies=[])
    answer = ask(client, user, "vegetarian dinner ideas under 600 kcal")
    response = answer["response"]
    assert answer["tools_used"] == ["suggest_foods"]
    assert "Chili, vegetarian (1 cup, 255 g)" in response
    assert "Beef stew" not in response and "Chicken breast" not in response
    assert "Quantity not specified" not in response
