"""Food analysis through both services: client -> core -> gateway -> AI service -> local
analyser over the shared catalog, and logging a meal by its description."""

from __future__ import annotations

import subprocess
import sys

import pytest

from e2e.harness import GATEWAY_ENV, ROOT, Account, Stack

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def catalog(e2e_stack: Stack) -> Stack:
    """The starter catalog loaded into the harness database (as ``make demo`` does)."""
    env = {**e2e_stack.core.env, "DATABASE_URL": e2e_stack.database.url}
    done = subprocess.run(
        [sys.executable, "manage.py", "load_starter_catalog"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return e2e_stack


def test_analyze_through_both_services(catalog: Stack, account: Account) -> None:
    response = catalog.http.post(
        f"{catalog.core_url}/api/food/analyze/",
        json={"name": "2 eggs and a slice of toast"},
        headers=account.auth,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["provider"] == "local" and body["unmatched"] == []
    assert [(i["food"], i["ndb_no"], i["grams"]) for i in body["items"]] == [
        ("egg", "01123", 100.0),
        ("white toast", "18070", 22.0),
    ]
    assert body["calories"] == pytest.approx(143 + 63.8)
    assert body["serving_size"] == 122


def test_analyze_errors_come_through(catalog: Stack, account: Account) -> None:
    url = f"{catalog.core_url}/api/v1/food/analyze/"
    empty = catalog.http.post(url, json={"name": ""}, headers=account.auth)
    assert empty.status_code == 400 and set(empty.json()) == {"error", "details"}
    nothing = catalog.http.post(url, json={"name": "a dragonfruit"}, headers=account.auth)
    assert nothing.status_code == 422, nothing.text
    assert nothing.json()["details"]["unmatched"][0]["text"] == "a dragonfruit"


def test_log_by_description(catalog: Stack, account: Account) -> None:
    foods = f"{catalog.core_url}/api/foods/"
    body = {"description": "2 eggs and a slice of toast", "meal": "breakfast"}
    response = catalog.http.post(foods, json=body, headers=account.auth)
    assert response.status_code == 201, response.text
    entries = response.json()["entries"]
    assert [e["calories"] for e in entries] == [143.0, 63.8]
    assert {e["meal"] for e in entries} == {"breakfast"}
    listed = catalog.http.get(foods, headers=account.auth).json()
    assert listed["count"] == 2

    # one unmatched item: 422 and nothing more is written
    refused = catalog.http.post(
        foods, json={"description": "a banana and a dragonfruit"}, headers=account.auth
    )
    assert refused.status_code == 422, refused.text
    assert catalog.http.get(foods, headers=account.auth).json()["count"] == 2


def test_ai_stopped_answers_503_within_the_timeout(ai_stopped: Stack, account: Account) -> None:
    # The client waits no longer than the gateway's configured read timeout (10 s in the
    # harness): a core that hung instead of answering would fail with a timeout here.
    timeout = float(GATEWAY_ENV["AI_SERVICE_READ_TIMEOUT"])
    response = ai_stopped.http.post(
        f"{ai_stopped.core_url}/api/food/analyze/",
        json={"name": "2 eggs"},
        headers=account.auth,
        timeout=timeout,
    )
    assert response.status_code == 503, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["error"] == "The AI service is unavailable; try again shortly."
    logged = ai_stopped.http.post(
        f"{ai_stopped.core_url}/api/foods/",
        json={"description": "2 eggs"},
        headers=account.auth,
        timeout=timeout,
    )
    assert logged.status_code == 503
    listed = ai_stopped.http.get(f"{ai_stopped.core_url}/api/foods/", headers=account.auth)
    assert listed.json()["count"] == 0
