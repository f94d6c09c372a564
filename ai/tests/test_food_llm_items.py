"""``POST /food/analyze`` with OpenAI proposing the items, against the fake OpenAI server
over HTTP (structured output, the real wire protocol): the model reads the text, our
catalog gives every number, consent decides whether it is asked at all, and every failure
falls back to the local parser, saying so."""

from __future__ import annotations

from typing import Any

import jsonschema
import openai
import pytest
from django.utils import timezone
from fastapi.testclient import TestClient
from pydantic import ValidationError

from ai.providers import ChainResult
from ai.providers.openai_meal_items import (
    BREAKER_THRESHOLD,
    RESPONSE_FORMAT,
    SCHEMA,
    SCHEMA_NAME,
    ProposedMeal,
)
from ai.routes.food import fallback_reason
from ai.tests.fakes.openai_server import FakeOpenAI, Fault, Refusal, Truncated
from ai.tests.openai_clients import fake as fake  # noqa: F401 - fixture
from ai.tests.openai_clients import make_client as make_client  # noqa: F401 - fixture
from core.accounts.models import User
from core.api.testing import bearer_headers as auth
from core.api.testing import make_user
from core.catalog.fndds import load_fndds_catalog
from domain.analyser.fndds_foods import foods_from_fndds

APPLE, CHIPS, PEANUT_BUTTER = "63101000", "71200100", "42202000"
FAST = {"food_llm_items_timeout_seconds": 1.0, "food_llm_items_deadline_seconds": 3.0}
LOCAL_TEXT = "2 eggs and a slice of toast"  # what the starter catalog's local parser reads


def item(text: str, food: str, amount: float | None, unit: str | None) -> dict[str, Any]:
    return {"text": text, "food": food, "amount": amount, "unit": unit}


def consenting() -> User:
    return make_user(ai_data_sharing_consented_at=timezone.now())


def analyze(client: TestClient, user: User, text: str) -> dict[str, Any]:
    response = client.post("/food/analyze", json={"name": text}, headers=auth(user))
    assert response.status_code == 200, response.text
    return response.json()


def fndds_food(code: str):
    return next(f for f in foods_from_fndds() if f.extra["food_code"] == code)


def test_the_model_proposes_the_items_and_the_catalog_gives_the_numbers(
    make_client, fake: FakeOpenAI
) -> None:
    load_fndds_catalog([APPLE, CHIPS])
    text = "During my snack time, I enjoyed a medium apple alongside a small bag of chips."
    fake.replies = [
        {
            "items": [
                item("a medium apple", "apple", 1, "medium"),
                item("a small bag of chips", "plain potato chips", 1, "small bag"),
            ]
        }
    ]
    body = analyze(make_client(**FAST), consenting(), text)
    assert (body["provider"], body["fallback"], body["nutrient_source"]) == (
        "openai", False, "catalog",
    )  # fmt: skip
    assert body["fallback_reason"] is None
    assert body["attempts"] == [{"provider": "openai", "outcome": "answered"}]
    apple, chips = body["items"]
    assert (apple["text"], apple["food_code"], apple["portion"], apple["grams"]) == (
        "a medium apple", APPLE, "1 medium", 200.0,
    )  # fmt: skip
    assert (chips["text"], chips["food_code"], chips["portion"]) == (
        "a small bag of chips", CHIPS, "1 small single serving bag",
    )  # fmt: skip
    for got in (apple, chips):  # USDA energy per 100 g times the USDA portion's grams
        food = fndds_food(got["food_code"])
        assert got["grams"] == next(
            p.gram_weight for p in food.portions if p.unit == got["portion"]
        )
        assert got["calories"] == round(food.energy_kcal * got["grams"] / 100, 1)
        assert got["nutrients"]["carbs"] == round(food.nutrients["carbs"] * got["grams"] / 100, 2)
    assert body["calories"] == pytest.approx(apple["calories"] + chips["calories"], abs=0.11)
    assert not body["partial"] and body["coverage"] == 1.0

    # What went to OpenAI: strict structured output, the meal text and nothing personal.
    (request,) = fake.completions
    assert request.headers["authorization"] == f"Bearer {fake.api_key}"
    assert request.body["response_format"] == RESPONSE_FORMAT
    assert request.body["response_format"]["json_schema"]["strict"] is True
    system, user = request.body["messages"]
    assert system["role"] == "system" and user == {"role": "user", "content": text}
    assert "user" not in request.body and "metadata" not in request.body


def test_stated_grams_are_used_exactly(make_client, fake: FakeOpenAI) -> None:
    load_fndds_catalog([APPLE, PEANUT_BUTTER])
    fake.replies = [
        {
            "items": [
                item("16g peanut butter", "peanut butter", 16, "g"),
                item("a crunchy 165g raw apple", "raw apple", 165, "g"),
            ]
        }
    ]
    body = analyze(
        make_client(**FAST), consenting(), "16g peanut butter and a crunchy 165g raw apple"
    )
    assert body["provider"] == "openai"
    assert [(i["food_code"], i["grams"]) for i in body["items"]] == [
        (PEANUT_BUTTER, 16.0), (APPLE, 165.0),
    ]  # fmt: skip
    assert body["serving_size"] == 181.0


def test_a_phrase_not_in_the_catalog_makes_the_answer_partial(
    make_client, fake: FakeOpenAI
) -> None:
    load_fndds_catalog([APPLE])
    fake.replies = [
        {
            "items": [
                item("a medium apple", "apple", 1, "medium"),
                item("a zorblax", "zorblax", 1, None),
            ]
        }
    ]
    body = analyze(make_client(**FAST), consenting(), "a medium apple and a zorblax")
    assert body["provider"] == "openai" and not body["fallback"]
    assert [i["food_code"] for i in body["items"]] == [APPLE]
    assert body["partial"] is True and body["coverage"] == 0.5
    assert body["unmatched"] == [
        {"text": "a zorblax", "reason": "no food in the catalog matches these words"}
    ]
    assert body["calories"] == body["items"][0]["calories"]


def test_without_consent_nothing_reaches_openai(make_client, fake: FakeOpenAI) -> None:
    client = make_client(**FAST)
    body = analyze(client, make_user(), LOCAL_TEXT)
    assert (body["provider"], body["fallback"], body["fallback_reason"]) == ("local", False, None)
    assert body["attempts"] == [{"provider": "local", "outcome": "answered"}]
    assert [i["food"] for i in body["items"]] == ["egg", "white toast"]
    assert fake.requests == []


@pytest.mark.parametrize(
    "overrides", [{"openai_api_key": ""}, {"food_llm_items_enabled": False}], ids=str
)
def test_without_the_key_or_switched_off_the_local_parser_answers(
    make_client, fake: FakeOpenAI, overrides: dict[str, Any]
) -> None:
    body = analyze(make_client(**FAST, **overrides), consenting(), LOCAL_TEXT)
    assert (body["provider"], body["fallback"]) == ("local", False)
    assert fake.requests == []


FAILURES = [
    # (faults, replies, reason, requests that reached the fake)
    ([Fault(status=401)], [], "authentication failed (check OPENAI_API_KEY)", 1),
    ([Fault(status=429, code="insufficient_quota")], [], "quota exhausted", 1),
    ([Fault(status=429, retry_after="30")], [], "rate limited", 1),  # longer than we wait
    ([Fault(status=500)] * 3, [], "HTTP 500", 3),
    ([Fault(status=503)] * 3, [], "HTTP 503", 3),
    ([Fault(drop=True)] * 3, [], "connection failed", 3),
    ([Fault(delay=2.0)], [], "timed out", 1),
    ([], [Refusal()], "the model refused to read the meal", 1),
    ([], [Truncated('{"items": [{"text": "2 eggs", "fo')], "the model's answer was cut short", 1),
    ([], ["Sure! Here are the items: eggs, toast"], "the model's answer was not JSON", 1),
    ([], [{"foods": ["eggs"]}], "the model's answer was not in the schema", 1),
    (
        [],
        [{"items": [{"food": "eggs", "amount": "two"}]}],
        "the model's answer was not in the schema",
        1,
    ),
    ([], [{"items": []}], "the model found no food in the text", 1),
    (
        [],
        [{"items": [item("2 zorblaxes", "zorblax", 2, None)]}],
        "none of the model's items matched a catalog food",
        1,
    ),
]


@pytest.mark.parametrize(
    ("faults", "replies", "reason", "requests"), FAILURES, ids=[f[2] for f in FAILURES]
)
def test_any_failure_falls_back_to_the_local_parser_and_says_so(
    make_client, fake: FakeOpenAI, faults, replies, reason: str, requests: int
) -> None:
    fake.faults, fake.replies = list(faults), list(replies)
    client = make_client(**FAST, openai_max_retry_after_seconds=0.2)
    body = analyze(client, consenting(), LOCAL_TEXT)
    assert (body["provider"], body["fallback"], body["nutrient_source"]) == (
        "local", True, "catalog",
    )  # fmt: skip
    assert body["attempts"] == [
        {"provider": "openai", "outcome": reason},
        {"provider": "local", "outcome": "answered"},
    ]
    assert body["fallback_reason"] == f"openai: {reason}; local answered instead."
    assert [i["food"] for i in body["items"]] == ["egg", "white toast"]  # the local parser's
    assert len(fake.requests) == requests


def test_a_retry_after_a_server_error_still_gets_the_models_items(
    make_client, fake: FakeOpenAI
) -> None:
    fake.faults = [Fault(status=500)]
    fake.replies = [{"items": [item("2 eggs", "eggs", 2, None)]}]
    body = analyze(make_client(**FAST), consenting(), "2 eggs")
    assert (body["provider"], body["fallback"]) == ("openai", False)
    assert [(i["food"], i["grams"]) for i in body["items"]] == [("egg", 100.0)]
    assert [r.status for r in fake.requests] == [500, 200]


def test_repeated_failures_open_the_circuit(make_client, fake: FakeOpenAI) -> None:
    fake.faults = [Fault(status=503)] * BREAKER_THRESHOLD
    client = make_client(**FAST, openai_retries=0)
    user = consenting()
    for _ in range(BREAKER_THRESHOLD):
        assert analyze(client, user, LOCAL_TEXT)["attempts"][0]["outcome"] == "HTTP 503"
    body = analyze(client, user, LOCAL_TEXT)
    assert body["attempts"][0] == {
        "provider": "openai",
        "outcome": "paused after repeated failures",
    }
    assert body["provider"] == "local" and len(fake.requests) == BREAKER_THRESHOLD


def test_the_openapi_schema_declares_the_added_fields(make_client) -> None:
    schema = make_client(**FAST).get("/openapi.json").json()
    fields = schema["components"]["schemas"]["FoodAnalysis"]["properties"]
    assert {"fallback_reason", "nutrient_source", "provider", "fallback"} <= set(fields)


# --- the contract itself ---------------------------------------------------------------


def test_the_fake_refuses_a_schema_outside_the_strict_subset_as_openai_does(
    fake: FakeOpenAI,
) -> None:
    client = openai.OpenAI(api_key=fake.api_key, base_url=fake.url, max_retries=0)
    loose = {"type": "object", "properties": {"items": {"type": "array"}}}
    with pytest.raises(openai.BadRequestError) as refused:
        client.chat.completions.create(
            model="gpt-4.1",
            messages=[{"role": "user", "content": "2 eggs"}],
            response_format={
                "type": "json_schema",
                "json_schema": {"name": "x", "strict": True, "schema": loose},
            },
        )
    error = refused.value.body
    assert refused.value.status_code == 400 and error["param"] == "response_format"
    assert error["message"] == (
        "Invalid schema for response_format 'x': In context=(), 'additionalProperties' is "
        "required to be supplied and to be false."
    )
    # Ours passes, and with no script the fake answers the smallest instance of it.
    answer = client.chat.completions.create(
        model="gpt-4.1",
        messages=[{"role": "user", "content": "2 eggs"}],
        response_format=RESPONSE_FORMAT,  # type: ignore[arg-type]
    )
    assert answer.choices[0].message.content == '{"items": []}'


OBJ = {"type": "object", "additionalProperties": False}


@pytest.mark.parametrize(
    ("schema", "problem"),
    [
        (
            {**OBJ, "properties": {"a": {"type": "string"}, "b": {"type": "number"}},
             "required": ["a"]},
            "In context=(), 'required' is required to be supplied and to be an array "
            "including every key in properties. Missing 'b'.",
        ),
        (
            {**OBJ, "properties": {"xs": {"type": "array", "items": {
                "type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}}},
             "required": ["xs"]},
            "In context=('properties', 'xs', 'items'), 'additionalProperties' is required "
            "to be supplied and to be false.",
        ),
        (
            {**OBJ, "properties": {"a": {"oneOf": [{"type": "string"}]}}, "required": ["a"]},
            "In context=('properties', 'a'), 'oneOf' is not permitted.",
        ),
        (
            {"anyOf": [OBJ]},
            "schema must be a JSON Schema of 'type: \"object\"', got 'type: \"anyOf\"'.",
        ),
    ],
)  # fmt: skip
def test_the_fake_names_the_strict_rule_a_schema_breaks(
    fake: FakeOpenAI, schema: dict, problem: str
) -> None:
    client = openai.OpenAI(api_key=fake.api_key, base_url=fake.url, max_retries=0)
    with pytest.raises(openai.BadRequestError) as refused:
        client.chat.completions.create(
            model="gpt-4.1",
            messages=[{"role": "user", "content": "hi"}],
            response_format={
                "type": "json_schema",
                "json_schema": {"name": "meal", "strict": True, "schema": schema},
            },
        )
    assert refused.value.body["message"] == f"Invalid schema for response_format 'meal': {problem}"


@pytest.mark.parametrize(
    "answer",
    [
        {"items": []},
        {"items": [{"text": "2 eggs", "food": "eggs", "amount": 2, "unit": None}]},
        {"items": [{"text": "tea", "food": "tea", "amount": None, "unit": "cup"}]},
        {"items": [{"text": "2 eggs", "food": "eggs", "amount": "2", "unit": None}]},
        {"items": [{"text": "2 eggs", "food": "eggs", "amount": 2}]},
        {"items": [{"text": "x", "food": "x", "amount": 1, "unit": None, "kcal": 90}]},
        {"items": {"food": "eggs"}},
        {"foods": []},
    ],
)
def test_the_pydantic_model_accepts_exactly_what_the_schema_does(answer: dict) -> None:
    try:
        jsonschema.validate(answer, SCHEMA)
        schema_ok = True
    except jsonschema.ValidationError:
        schema_ok = False
    try:
        ProposedMeal.model_validate(answer)
        model_ok = True
    except ValidationError:
        model_ok = False
    assert schema_ok == model_ok
    assert RESPONSE_FORMAT["json_schema"]["name"] == SCHEMA_NAME


def test_the_fallback_reason_names_each_provider_once() -> None:
    attempts = [
        {"provider": "nutritionix", "outcome": "nutritionix: gave up after status 500"},
        {"provider": "openai", "outcome": "timed out"},
        {"provider": "local", "outcome": "answered"},
    ]
    result = ChainResult(analysis=None, provider="local", fallback=True, attempts=attempts)  # type: ignore[arg-type]
    assert fallback_reason(result) == (
        "nutritionix: gave up after status 500; openai: timed out; local answered instead."
    )
    assert fallback_reason(ChainResult(None, "local", False, attempts[2:])) is None  # type: ignore[arg-type]
