"""The AI service's table declarations match the core's schema, and it cannot write."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import insert, select, update

from ai.db import create_engine
from ai.settings import Settings
from ai.tables import metadata, users
from ai.tests.conftest import make_settings
from core.accounts.models import User
from core.api.testing import make_user


async def _read_user(settings: Settings, user_id: int) -> dict:
    engine = create_engine(settings)
    try:
        async with engine.connect() as conn:
            row = (await conn.execute(select(users).where(users.c.id == user_id))).mappings().one()
            return dict(row)
    finally:
        await engine.dispose()


async def _write(settings: Settings) -> None:
    engine = create_engine(settings)
    try:
        async with engine.begin() as conn:
            await conn.execute(update(users).values(name="changed by the AI service"))
    finally:
        await engine.dispose()


def test_declared_columns_exist_in_the_core_schema(ai_settings: Settings) -> None:
    user = make_user(name="Grace", timezone="Europe/Paris")
    row = asyncio.run(_read_user(ai_settings, user.pk))
    assert set(row) == {column.name for column in users.columns}
    django_columns = {field.column for field in User._meta.concrete_fields}
    assert set(row) <= django_columns
    assert (row["email"], row["name"], row["timezone"], row["is_active"]) == (
        user.email,
        "Grace",
        "Europe/Paris",
        True,
    )


def test_every_declared_table_is_a_core_table_with_these_columns() -> None:
    from django.apps import apps

    models = {model._meta.db_table: model for model in apps.get_models()}
    assert len(metadata.tables) == 10
    for name, table in metadata.tables.items():
        model = models[name]
        columns = {field.column for field in model._meta.concrete_fields}
        assert {column.name for column in table.columns} <= columns, name


def test_the_shared_database_is_read_only(ai_settings: Settings) -> None:
    user = make_user(name="Unchanged")
    with pytest.raises(Exception, match="(?i)read.?only|query_only|readonly"):
        asyncio.run(_write(ai_settings))
    user.refresh_from_db()
    assert user.name == "Unchanged"


def test_sqlite_file_is_opened_read_only(tmp_path: Path) -> None:
    path = tmp_path / "core.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, name TEXT)")
    settings = make_settings(database_url=f"sqlite:///{path}")

    async def write() -> None:
        engine = create_engine(settings)
        try:
            async with engine.begin() as conn:
                await conn.execute(insert(users).values(id=1, email="a@b.c", name="x"))
        finally:
            await engine.dispose()

    with pytest.raises(Exception, match="(?i)readonly|read-only|query_only"):
        asyncio.run(write())
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM users").fetchone() == (0,)
