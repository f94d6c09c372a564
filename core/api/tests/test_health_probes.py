"""Liveness and readiness: real Redis and real databases, up and down.

"Down" is a closed port (nothing listens on 127.0.0.1:1) or a SQLite file in a directory
that does not exist; bodies must name the dependency and never leak how it is reached.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import redis
from django.conf import settings
from rest_framework.test import APIClient

from core.api.tests.test_ops_settings import production_env

DOWN_REDIS = "redis://:hunter2-password@127.0.0.1:1/0"


@pytest.mark.parametrize(
    "path", ["/api/v1/health/live", "/api/v1/health/live/", "/api/health/live"]
)
def test_liveness_touches_nothing(api: APIClient, path: str) -> None:
    response = api.get(path)
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_ready_without_redis_configured(api: APIClient, settings) -> None:  # noqa: ANN001
    settings.REDIS_URL = ""
    response = api.get("/api/v1/health/ready")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "redis": "not configured"}


@pytest.mark.django_db
def test_ready_with_redis_up(api: APIClient, settings) -> None:  # noqa: ANN001
    url = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError:
        pytest.skip(f"no Redis at {url}")
    settings.REDIS_URL = url
    response = api.get("/api/v1/health/ready/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "redis": "ok"}


@pytest.mark.django_db
def test_ready_is_503_when_redis_is_down(api: APIClient, settings) -> None:  # noqa: ANN001
    settings.REDIS_URL = DOWN_REDIS
    response = api.get("/api/v1/health/ready")
    assert response.status_code == 503
    assert response.json() == {
        "error": "The service is not ready: redis unreachable.",
        "details": {"database": "ok", "redis": "down"},
    }
    assert "hunter2" not in response.content.decode()
    assert "127.0.0.1" not in response.content.decode()
    # Liveness is unaffected: restarting the process would not bring Redis back.
    assert api.get("/api/v1/health/live").status_code == 200


def _probe_in_child(database_url: str, **env: str) -> dict[str, tuple[int, dict]]:
    """Start the core on ``database_url`` in a child process and probe it in-process."""
    code = (
        "import json, django; django.setup(); from django.test import Client; c = Client(); "
        "print(json.dumps({p: (r.status_code, r.json()) for p in "
        "('/api/v1/health/live', '/api/v1/health/ready', '/api/v1/health/') "
        "for r in [c.get(p, secure=True)]}))"
    )
    child_env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))}
    child_env.update(DJANGO_SETTINGS_MODULE="core.settings", DATABASE_URL=database_url, **env)
    if "REDIS_URL" not in env:  # the parent's Redis (CI) must not decide the outcome
        child_env.pop("REDIS_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=child_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return {path: (status, body) for path, (status, body) in json.loads(result.stdout).items()}


def _mysql_available() -> bool:
    try:
        import MySQLdb  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.parametrize(
    "database_url",
    [
        "sqlite:///{tmp}/missing-dir/healthbite.sqlite3",
        pytest.param(
            "mysql://hb_account:s3cret-pw@127.0.0.1:1/healthbite",
            marks=pytest.mark.skipif(not _mysql_available(), reason="mysqlclient not installed"),
        ),
    ],
    ids=["sqlite-missing-dir", "mysql-closed-port"],
)
def test_database_down_is_503_without_internal_details(tmp_path, database_url: str) -> None:  # noqa: ANN001
    answers = _probe_in_child(database_url.format(tmp=tmp_path))
    assert answers["/api/v1/health/live"] == (200, {"status": "ok"})
    assert answers["/api/v1/health/ready"] == (
        503,
        {
            "error": "The service is not ready: database unreachable.",
            "details": {"database": "down", "redis": "not configured"},
        },
    )
    assert answers["/api/v1/health/"] == (
        503,
        {"error": "The database is unreachable.", "details": {}},
    )
    text = json.dumps(answers)
    for leak in ("hb_account", "s3cret", "127.0.0.1", "missing-dir", "Error"):
        assert leak not in text


def test_production_probes_answer_behind_the_https_proxy(tmp_path) -> None:  # noqa: ANN001
    """The container health check sends X-Forwarded-Proto: https; production must answer."""
    env = production_env()
    env["DJANGO_ALLOWED_HOSTS"] = "testserver"
    env["REDIS_URL"] = DOWN_REDIS
    answers = _probe_in_child(f"sqlite:///{tmp_path}/db.sqlite3", **env)
    assert answers["/api/v1/health/live"] == (200, {"status": "ok"})
    assert answers["/api/v1/health/ready"][0] == 503
    assert answers["/api/v1/health/ready"][1]["details"] == {"database": "ok", "redis": "down"}
