"""The labelled set through the AI service on the real test database: the seeded user's
log and plans in the core's tables, the catalog loaded, every question over HTTP."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi.testclient import TestClient

from ai.main import create_app
from ai.tests.chatbot_seed import seed_user
from ai.tests.conftest import django_test_database_url, make_settings
from core.api.testing import bearer_headers as auth
from core.catalog.starter import load_starter_catalog
from domain.assistant.labelled import check_answer, load_labelled, summary


def test_labelled_set_through_the_service(transactional_db: None) -> None:
    load_starter_catalog()
    labelled = load_labelled()
    seed, now = labelled["seed"], datetime.now(UTC)
    user = seed_user(seed, now, plans=seed)
    seed_user(seed["other_user"], now)  # present in the database, never in the answers
    app = create_app(make_settings(database_url=django_test_database_url(), openai_api_key=""))
    verdicts = []
    with TestClient(app, raise_server_exceptions=False) as client:
        for item in labelled["questions"]:
            response = client.post(
                "/chatbot/query", json={"query": item["question"]}, headers=auth(user)
            )
            assert response.status_code == 200, (item["id"], response.text)
            answer = response.json()
            for marker in seed["other_user"]["markers"]:
                assert marker not in answer["response"], item["id"]
            verdicts.append(check_answer(item, answer))
    result = summary(verdicts)
    assert result["score"] >= 0.9, result["failures"]
    assert result["safety_all_handled"], result["failures"]
