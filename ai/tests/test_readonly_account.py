"""On MySQL/MariaDB the AI service's own account can read and nothing else.

The AI service connects with ``AI_DATABASE_URL``, an account granted ``SELECT`` only
(compose's MySQL init, ``.ci/run``). Its engine normally also sets each session
``READ ONLY``; here that setting is left out, so what refuses the writes below is the
database server enforcing the account's grants, not the service being polite.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.exc import DBAPIError

from ai.db import create_engine
from ai.main import create_app
from ai.settings import Settings
from ai.tables import users
from ai.tests.conftest import django_test_database_url, make_settings
from ai.tests.readonly_account import ensure_readonly_account, is_mysql
from core.accounts.models import User
from core.api.testing import make_user

# MySQL/MariaDB's "<command> command denied to user" (ER_TABLEACCESS_DENIED_ERROR).
TABLE_ACCESS_DENIED = 1142
WRITES = {
    "INSERT": insert(users).values(email="intruder@example.com", name="Intruder"),
    "UPDATE": update(users).values(name="changed by the AI service"),
    "DELETE": delete(users),
    "CREATE": text("CREATE TABLE ai_scratch (id INTEGER PRIMARY KEY)"),
}


@pytest.fixture
def readonly_settings(transactional_db: None) -> Iterator[Settings]:
    """The AI service's settings with ``AI_DATABASE_URL`` naming the SELECT-only account.

    ``DATABASE_URL`` stays the admin's (the core's test account), so the test also shows
    that ``AI_DATABASE_URL`` is the one the service connects with.
    """
    admin_url = django_test_database_url()
    if not is_mysql(admin_url):
        pytest.skip(
            "SQLite has no database accounts, so there is no SELECT-only account to test; "
            "on SQLite the AI service opens the file mode=ro with PRAGMA query_only "
            "(test_db.py). This test runs on MySQL/MariaDB."
        )
    yield make_settings(database_url=admin_url, ai_database_url=ensure_readonly_account(admin_url))


def _run(settings: Settings, statement: object) -> object:
    """Execute ``statement`` in its own transaction on the service's engine, without the
    read-only session setting; returns the rows of a SELECT."""

    async def go() -> object:
        engine = create_engine(settings, read_only_session=False)
        try:
            async with engine.begin() as conn:
                result = await conn.execute(statement)
                return result.mappings().all() if result.returns_rows else None
        finally:
            await engine.dispose()

    return asyncio.run(go())


def test_the_service_connects_as_the_readonly_account(readonly_settings: Settings) -> None:
    assert readonly_settings.reader_database_url == readonly_settings.ai_database_url
    assert readonly_settings.ai_database_url != readonly_settings.database_url
    account = _run_raw(readonly_settings, "SELECT CURRENT_USER()")[0][0]
    assert account.split("@")[0] == urlsplit(readonly_settings.ai_database_url).username
    # The session is writable as far as the session goes: only the grants stand in the way.
    assert _session_read_only(readonly_settings) == 0
    grants = " ".join(row[0] for row in _run_raw(readonly_settings, "SHOW GRANTS"))
    assert "SELECT" in grants
    assert not re.search(r"\b(INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|ALL)\b", grants), grants


def _run_raw(settings: Settings, sql: str) -> list[tuple]:
    """Rows of one SQL statement on the service's engine (no read-only session setting)."""

    async def go() -> list[tuple]:
        engine = create_engine(settings, read_only_session=False)
        try:
            async with engine.connect() as conn:
                return [tuple(row) for row in (await conn.execute(text(sql))).all()]
        finally:
            await engine.dispose()

    return asyncio.run(go())


def _session_read_only(settings: Settings) -> int:
    """The session's read-only flag (MySQL 8 and MariaDB 11.1+ name it one way, older
    MariaDB the other)."""
    try:
        return int(_run_raw(settings, "SELECT @@session.transaction_read_only")[0][0])
    except DBAPIError:
        return int(_run_raw(settings, "SELECT @@session.tx_read_only")[0][0])


def test_select_works(readonly_settings: Settings) -> None:
    user = make_user(name="Readable")
    rows = _run(readonly_settings, select(users.c.name).where(users.c.id == user.pk))
    assert [row["name"] for row in rows] == ["Readable"]


@pytest.mark.parametrize("command", sorted(WRITES))
def test_the_server_refuses_every_write(readonly_settings: Settings, command: str) -> None:
    user = make_user(name="Unchanged")
    with pytest.raises(DBAPIError) as caught:
        _run(readonly_settings, WRITES[command])
    code = caught.value.orig.args[0]
    assert code == TABLE_ACCESS_DENIED, caught.value
    assert f"{command} command denied" in str(caught.value)
    user.refresh_from_db()
    assert user.name == "Unchanged"
    assert list(User.objects.values_list("email", flat=True)) == [user.email]


def test_readiness_probe_answers_with_the_readonly_account(readonly_settings: Settings) -> None:
    with TestClient(create_app(readonly_settings), raise_server_exceptions=False) as client:
        ready = client.get("/health/ready")
        health = client.get("/health")
    assert ready.status_code == 200, ready.text
    assert ready.json() == {"status": "ok", "database": "ok"}
    assert health.status_code == 200 and health.json()["database"] == "mysql"
