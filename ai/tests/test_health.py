"""``GET /health`` reports the database honestly: 200 when it answers, 503 JSON when not."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from ai.main import create_app
from ai.tests.conftest import make_settings


def test_health_checks_the_database(ai_client: TestClient) -> None:
    response = ai_client.get("/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.json()["database"] in {"sqlite", "mysql"}


@pytest.mark.parametrize(
    "url",
    ["sqlite:///{tmp}/missing/healthbite.sqlite3", "mysql://root@127.0.0.1:1/healthbite"],
    ids=["sqlite-missing-file", "mysql-nothing-listening"],
)
def test_unreachable_database_is_503_json(tmp_path: Path, url: str) -> None:
    settings = make_settings(database_url=url.format(tmp=tmp_path), database_timeout_seconds=2)
    with TestClient(create_app(settings)) as client:
        response = client.get("/health")
    assert response.status_code == 503
    body = response.json()
    assert body == {"error": "The database is unreachable.", "details": {}}
    # No driver message, host or account in the body (it goes to the log).
    assert "127.0.0.1" not in response.text and "root" not in response.text
    # The read-only connection never creates the core's database file.
    assert not (tmp_path / "missing").exists()


def test_liveness_and_readiness(ai_client: TestClient) -> None:
    assert ai_client.get("/health/live").json() == {"status": "ok"}
    response = ai_client.get("/health/ready")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_readiness_is_503_without_details_when_the_database_is_down(tmp_path: Path) -> None:
    settings = make_settings(
        database_url="mysql://healthbite_ro:secret@127.0.0.1:1/healthbite",
        database_timeout_seconds=2,
    )
    with TestClient(create_app(settings)) as client:
        assert client.get("/health/live").status_code == 200  # the process itself is fine
        response = client.get("/health/ready")
    assert response.status_code == 503
    assert response.json() == {
        "error": "The service is not ready: database unreachable.",
        "details": {"database": "down"},
    }
    for secret in ("healthbite_ro", "secret", "127.0.0.1", "Error"):
        assert secret not in response.text
