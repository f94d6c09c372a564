"""The AI service refuses input over the limits with a 400, never a 500 (issue #15).

Each case the probe found, by name, over the app's real middleware stack and database.
"""

# ruff: noqa: UP031  (raw JSON templates: .format would double every brace)

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from ai.main import create_app
from ai.tests.conftest import django_test_database_url, make_settings
from ai.tests.test_auth import bearer, claims_for, sign
from core.accounts.models import User
from core.api.testing import bearer_headers, make_user

SURROGATE = '"\\ud800"'
BIG = "9" * 400


@pytest.fixture
def member(transactional_db: None) -> User:
    return make_user(gender="female", age=34, height=168.0, weight=64.0)


def post_raw(client: TestClient, user: User, path: str, body: str) -> Any:
    headers = {**bearer_headers(user), "Content-Type": "application/json"}
    return client.post(path, content=body, headers=headers)


def assert_refused(response: Any, status: int = 400) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error", "details"} and body["error"]
    return body


def test_400_digit_days_per_week_is_400(ai_client: TestClient, member: User) -> None:
    body = assert_refused(
        post_raw(ai_client, member, "/workout/generate", '{"days_per_week": %s}' % BIG)
    )
    assert "between" in body["details"]["reason"]


def test_huge_numbers_anywhere_in_a_body_are_400(ai_client: TestClient, member: User) -> None:
    for body in (
        '{"body_weight_kg": %s}' % BIG,
        '{"days": 1e400}',
        '{"minutes_per_session": -%s}' % BIG,
        '{"days": NaN}',
        '{"days": Infinity}',
    ):
        assert_refused(post_raw(ai_client, member, "/workout/generate", body))


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/diet/generate", '{"restrictions": [%s]}' % SURROGATE),
        ("/workout/generate", '{"goal": %s}' % SURROGATE),
        ("/food/analyze", '{"name": "2 eggs \\ud800"}'),
        ("/chatbot/query", '{"query": %s}' % SURROGATE),
        ("/chatbot/query", '{"query": "hello", %s: 1}' % SURROGATE),
        ("/food/analyze", '{"name": "2 eggs\\u0000"}'),
    ],
    ids=["diet-overrides", "workout-overrides", "food-analysis", "chatbot", "key", "nul"],
)
def test_lone_surrogate_or_nul_is_400(
    ai_client: TestClient, member: User, path: str, body: str
) -> None:
    response = assert_refused(post_raw(ai_client, member, path, body))
    assert response["details"]["path"].startswith("$")


def test_json_nested_1500_deep_is_400(ai_client: TestClient, member: User) -> None:
    body = "[" * 1500 + "]" * 1500
    assert_refused(post_raw(ai_client, member, "/chatbot/query", body))
    deep = '{"query": ' + "[" * 40 + "]" * 40 + "}"
    assert_refused(post_raw(ai_client, member, "/chatbot/query", deep))


def test_valid_bodies_still_reach_the_routes(ai_client: TestClient, member: User) -> None:
    """The body is handed on unchanged: a bad override is the route's own 400."""
    response = post_raw(ai_client, member, "/workout/generate", '{"days_per_week": 9}')
    body = assert_refused(response)
    assert "days_per_week" in body["details"]
    invalid = post_raw(ai_client, member, "/chatbot/query", '{"query": ')
    assert "not valid JSON" in assert_refused(invalid)["error"]


@pytest.mark.parametrize(
    "claim",
    [10**30, "9" * 20, True, 1.5, -1, 0, "1 ", "abc"],
    ids=["huge-int", "huge-string", "bool", "float", "negative", "zero", "space", "letters"],
)
def test_malformed_user_id_claim_is_401(ai_client: TestClient, member: User, claim: Any) -> None:
    response = ai_client.get("/whoami", headers=bearer(sign(claims_for(member, user_id=claim))))
    assert_refused(response, 401)


def test_responses_carry_nosniff_and_no_store(ai_client: TestClient, member: User) -> None:
    for response in (
        ai_client.get("/health"),
        ai_client.get("/whoami", headers=bearer_headers(member)),
        ai_client.get("/whoami"),  # a 401
        post_raw(ai_client, member, "/chatbot/query", '{"query": %s}' % SURROGATE),
    ):
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize(
    ("overrides", "public"),
    [
        ({"environment": "development"}, True),
        ({"environment": "production"}, False),
        ({"environment": "production", "api_docs_public": True}, True),
        ({"environment": "development", "api_docs_public": False}, False),
    ],
)
def test_docs_follow_the_setting(
    transactional_db: None, overrides: dict[str, Any], public: bool
) -> None:
    app = create_app(make_settings(database_url=django_test_database_url(), **overrides))
    with TestClient(app, raise_server_exceptions=False) as client:
        for path in ("/docs", "/openapi.json"):
            assert (client.get(path).status_code == 200) is public
