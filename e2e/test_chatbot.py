"""The assistant through both services: client -> core -> gateway -> AI service -> the
shared database, and the conversation stored by the core."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.assistant.labelled import check_answer, load_labelled
from e2e.chatbot_seed import load_catalog, seed_account
from e2e.harness import Account, Stack

pytestmark = pytest.mark.e2e
LABELLED = load_labelled()
SEED = LABELLED["seed"]


def ask(stack: Stack, account: Account, query: str, **body) -> dict:
    response = stack.http.post(
        f"{stack.core_url}/api/v1/chatbot/query/",
        json={"query": query, **body},
        headers=account.auth,
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_questions_answered_from_the_users_data_and_history_kept(e2e_stack: Stack) -> None:
    load_catalog(e2e_stack)
    now = datetime.now(UTC)
    me = seed_account(e2e_stack, SEED, now, plans=SEED)
    other = seed_account(e2e_stack, SEED["other_user"], now)
    by_id = {item["id"]: item for item in LABELLED["questions"]}
    for item_id in ("intake-01", "intake-15", "intake-18", "lookup-01", "plan-01", "safety-08"):
        item = by_id[item_id]
        answer = ask(e2e_stack, me, item["question"])
        verdict = check_answer(item, answer)
        assert verdict.passed, (item_id, verdict.problems, answer["response"])
        for marker in SEED["other_user"]["markers"]:
            assert marker not in answer["response"]
    theirs = ask(e2e_stack, other, "What did I eat today?")
    assert "987 kcal" in theirs["response"] and "Bean burrito" not in theirs["response"]

    first = ask(e2e_stack, me, "How many calories are in 2 cups of rice?")
    follow = ask(e2e_stack, me, "and protein?", conversation_id=first["conversation_id"])
    assert "8.5 g protein" in follow["response"]
    history = e2e_stack.http.get(
        f"{e2e_stack.core_url}/api/v1/chatbot/history/",
        params={"conversation_id": first["conversation_id"]},
        headers=me.auth,
    ).json()
    assert [m["role"] for m in history["results"]] == ["assistant", "user", "assistant", "user"]
    assert history["results"][1]["content"] == "and protein?"
    assert history["results"][0]["metadata"]["tools_used"] == ["lookup_nutrients"]

    deleted = e2e_stack.http.delete(
        f"{e2e_stack.core_url}/api/v1/chatbot/history/{first['conversation_id']}/",
        headers=me.auth,
    )
    assert deleted.status_code == 204
    remaining = e2e_stack.http.get(
        f"{e2e_stack.core_url}/api/v1/chatbot/history/", headers=me.auth
    ).json()
    assert remaining["count"] == 12  # the six labelled exchanges
    assert (
        e2e_stack.http.delete(
            f"{e2e_stack.core_url}/api/v1/chatbot/history/", headers=me.auth
        ).status_code
        == 204
    )
    assert (
        e2e_stack.http.get(f"{e2e_stack.core_url}/api/v1/chatbot/history/", headers=me.auth).json()[
            "count"
        ]
        == 0
    )
    # The other user's history was not touched.
    assert (
        e2e_stack.http.get(
            f"{e2e_stack.core_url}/api/v1/chatbot/history/", headers=other.auth
        ).json()["count"]
        == 2
    )


def test_the_ai_service_answers_directly_with_the_same_token(
    e2e_stack: Stack, account: Account
) -> None:
    response = e2e_stack.http.post(
        f"{e2e_stack.ai_url}/chatbot/query",
        json={"query": "How much water should I drink?"},
        headers=account.auth,
    )
    assert response.status_code == 200, response.text
    assert "3.7 L" in response.json()["response"]


@pytest.mark.parametrize("query", ["", "x" * 2001])
def test_empty_or_oversize_is_400(e2e_stack: Stack, account: Account, query: str) -> None:
    response = e2e_stack.http.post(
        f"{e2e_stack.core_url}/api/v1/chatbot/query/", json={"query": query}, headers=account.auth
    )
    assert response.status_code == 400 and "query" in response.json()["details"]


def test_ai_service_down_is_503_and_nothing_stored(ai_stopped: Stack, account: Account) -> None:
    response = ai_stopped.http.post(
        f"{ai_stopped.core_url}/api/v1/chatbot/query/", json={"query": "hi"}, headers=account.auth
    )
    assert response.status_code == 503
    assert response.headers["content-type"].startswith("application/json")
    history = ai_stopped.http.get(
        f"{ai_stopped.core_url}/api/v1/chatbot/history/", headers=account.auth
    ).json()
    assert history["count"] == 0
