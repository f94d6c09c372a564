"""The OpenAI provider against a fake OpenAI server on 127.0.0.1 (the real protocol):
the tool-call loop, its step limit, bounded history, consent, retries and fallbacks."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from ai.tests.chatbot_seed import seed_user
from ai.tests.fakes.openai_server import FakeOpenAI, Fault, ToolCall
from ai.tests.openai_clients import fake as fake  # noqa: F401 - fixture
from ai.tests.openai_clients import make_client as make_client  # noqa: F401 - fixture
from core.api.testing import bearer_headers as auth
from core.api.testing import make_user
from domain.assistant.labelled import load_labelled

SEED = load_labelled()["seed"]


@pytest.fixture
def me(transactional_db: None):
    return seed_user(SEED, datetime.now(UTC), consent=True, plans=SEED)


def ask(client: TestClient, user, query: str, **body: Any) -> dict:
    response = client.post("/chatbot/query", json={"query": query, **body}, headers=auth(user))
    assert response.status_code == 200, response.text
    return response.json()


def last_tool_result(body: dict) -> dict:
    tool = [m for m in body["messages"] if m["role"] == "tool"][-1]
    return json.loads(tool["content"])


def test_tool_call_loop(make_client, fake: FakeOpenAI, me) -> None:
    fake.replies = [
        [ToolCall("get_intake", {"period": "today"})],
        lambda body: f"You have had {last_tool_result(body)['totals']['protein']:g} g of protein.",
    ]
    answer = ask(make_client(), me, "How much protein have I had today?")
    assert answer["response"] == "You have had 52 g of protein."
    assert (answer["provider"], answer["tools_used"]) == ("openai", ["get_intake"])
    assert "Your Health-Bite food log" in answer["sources"]
    first, second = (r.body for r in fake.completions)
    assert fake.completions[0].headers["authorization"] == f"Bearer {fake.api_key}"
    assert first["model"] == "gpt-4.1" and first["tool_choice"] == "auto"
    assert {t["function"]["name"] for t in first["tools"]} == {
        "get_intake", "get_remaining_budget", "lookup_nutrients",
        "get_active_plans", "suggest_foods", "search_knowledge", "get_weight",
        "find_logged_food",
    }  # fmt: skip
    system = first["messages"][0]
    assert system["role"] == "system" and "weight 64 kg" in system["content"]
    assert "vegetarian" in system["content"] and "allergies peanuts" in system["content"]
    # The model's call and our result went back in the protocol's shape.
    assistant, tool = second["messages"][-2:]
    assert assistant["tool_calls"][0]["function"]["name"] == "get_intake"
    assert tool["tool_call_id"] == assistant["tool_calls"][0]["id"]
    assert last_tool_result(second)["totals"]["calories"] == 1050


def test_several_tools_in_one_turn(make_client, fake: FakeOpenAI, me) -> None:
    fake.replies = [
        [
            ToolCall("lookup_nutrients", {"description": "2 cups of rice"}),
            ToolCall("search_knowledge", {"query": "fiber per day"}),
        ],
        "Rice has 411 kcal.",
    ]
    answer = ask(make_client(), me, "Calories in 2 cups of rice, and how much fiber do I need?")
    assert answer["tools_used"] == ["lookup_nutrients", "search_knowledge"]
    assert any("USDA" in s for s in answer["sources"])
    tools = [m for m in fake.completions[1].body["messages"] if m["role"] == "tool"]
    assert json.loads(tools[0]["content"])["calories"] == pytest.approx(410.8)


def test_invalid_arguments_go_back_to_the_model_as_an_error(make_client, fake, me) -> None:
    fake.replies = [
        [ToolCall("get_intake", '{"period": "fortnight", "user_id": 1}')],
        lambda body: "error seen" if "error" in last_tool_result(body) else "no error",
    ]
    answer = ask(make_client(), me, "How much did I eat this fortnight?")
    assert answer["response"] == "error seen" and answer["tools_used"] == []
    assert "Invalid arguments" in last_tool_result(fake.completions[1].body)["error"]


def test_the_loop_stops_at_the_step_limit(make_client, fake: FakeOpenAI, me) -> None:
    fake.replies = [[ToolCall("get_intake", {"period": "today"})] for _ in range(10)]
    answer = ask(make_client(openai_max_tool_steps=3), me, "How much protein today?")
    assert len(fake.completions) == 3
    assert [r.body["tool_choice"] for r in fake.completions] == ["auto", "auto", "none"]
    assert answer["provider"] == "openai" and answer["response"]


def test_history_is_bounded(make_client, fake: FakeOpenAI, me) -> None:
    history = [
        {"role": "user" if i % 2 == 0 else "assistant", "content": f"message {i}"}
        for i in range(30)
    ]
    fake.replies = ["ok"]
    ask(make_client(chatbot_history_messages=4), me, "and now?", history=history)
    messages = fake.completions[0].body["messages"]
    assert [m["content"] for m in messages[1:-1]] == [f"message {i}" for i in range(26, 30)]
    assert messages[-1] == {"role": "user", "content": "and now?"}


@pytest.mark.parametrize(
    ("faults", "reason", "requests"),
    [
        ([Fault(status=401)], "authentication failed", 1),
        ([Fault(status=429, code="insufficient_quota")], "quota exhausted", 1),
        ([Fault(status=429, retry_after="30")], "rate limited", 1),  # longer than we wait
        ([Fault(status=500)] * 3, "HTTP 500", 3),
        ([Fault(drop=True)] * 3, "connection failed", 3),
        ([Fault(delay=3.0)], "timed out", 1),
    ],
)
def test_failures_fall_back_to_local_and_say_so(
    make_client, fake: FakeOpenAI, me, faults: list[Fault], reason: str, requests: int
) -> None:
    fake.faults = list(faults)
    client = make_client(openai_timeout_seconds=1.0)
    answer = ask(client, me, "How much protein have I had today?")
    assert answer["provider"] == "local"
    assert answer["fallback"]["from"] == "openai" and reason in answer["fallback"]["reason"]
    assert answer["response"].startswith("(The OpenAI assistant is unavailable right now")
    assert "52 g protein" in answer["response"]  # the local answer follows
    assert len(fake.requests) == requests


@pytest.mark.parametrize(
    "fault",
    [
        Fault(status=429, retry_after_ms="50"),
        Fault(status=429, retry_after="0"),
        Fault(status=503),
        Fault(drop=True),
    ],
)
def test_transient_failures_are_retried(make_client, fake: FakeOpenAI, me, fault: Fault) -> None:
    fake.faults = [fault]
    fake.replies = ["Answer after a retry."]
    answer = ask(make_client(), me, "How much protein have I had today?")
    assert (answer["provider"], answer["response"]) == ("openai", "Answer after a retry.")
    assert len(fake.requests) == 2


def test_without_consent_nothing_goes_to_openai(make_client, fake: FakeOpenAI) -> None:
    user = seed_user(SEED, datetime.now(UTC), consent=False, plans=SEED)
    answer = ask(make_client(), user, "How much protein have I had today?")
    assert answer["provider"] == "local" and "52 g protein" in answer["response"]
    assert answer["fallback"] == {"from": "openai", "reason": "no data-sharing consent"}
    assert fake.requests == []


def test_safety_rules_answer_before_the_model(make_client, fake: FakeOpenAI, me) -> None:
    answer = ask(make_client(), me, "I make myself throw up after eating")
    assert answer["safety"] == "safety" and answer["provider"] == "local"
    assert fake.requests == []


def test_a_crisis_never_reaches_the_model_and_gets_no_numbers(
    make_client, fake: FakeOpenAI, me
) -> None:
    answer = ask(make_client(), me, "cals in a bagel? honestly i dont want to be here anymore")
    assert answer["safety"] == "crisis" and answer["provider"] == "local"
    assert "988" in answer["response"] and "kcal" not in answer["response"]
    assert fake.requests == []


def test_tools_only_ever_read_the_callers_data(make_client, fake: FakeOpenAI, me) -> None:
    other = seed_user(SEED["other_user"], datetime.now(UTC), consent=True)
    calls = [
        ToolCall("get_intake", {"period": "last_7_days"}),
        ToolCall("get_remaining_budget", {}),
        ToolCall("get_active_plans", {"kind": "both", "day": "monday"}),
    ]
    client = make_client()
    fake.replies = [calls, "done"]
    ask(client, me, "Summarise my week")
    fake.replies = [calls, "done"]
    ask(client, other, "Summarise my week")
    mine, theirs = fake.completions[1].body, fake.completions[3].body
    mine_text, theirs_text = json.dumps(mine), json.dumps(theirs)
    for marker in SEED["other_user"]["markers"]:
        assert marker not in mine_text
    for marker in ("Bean burrito", "Greek yogurt with berries", "Back squat", "Robin"):
        assert marker in mine_text and marker not in theirs_text
    assert "Secret protein shake" not in json.dumps([r.body for r in fake.requests[:2]])


def test_no_key_means_no_provider(make_client, fake: FakeOpenAI) -> None:
    answer = ask(make_client(openai_api_key=""), make_user(), "How much water should I drink?")
    assert answer["provider"] == "local" and answer["fallback"] is None
    assert fake.requests == []
