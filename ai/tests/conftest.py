"""Fixtures for the AI service's tests: the app on the core's real test database.

pytest-django creates the test database (SQLite in memory, shared cache, or
``test_<name>`` on MySQL/MariaDB) and the core's migrations build the schema. The AI
app reads it through its own async engine, a separate connection, so tests that write
rows for it use ``transactional_db``: rows are committed and visible to that connection.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from ai.main import create_app
from ai.settings import Settings


def django_test_database_url() -> str:
    """The ``DATABASE_URL`` of the test database Django is connected to right now."""
    from django.db import connection

    params: dict[str, Any] = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{params['NAME']}"
    if connection.vendor == "mysql":
        password = f":{quote(params['PASSWORD'], safe='')}" if params.get("PASSWORD") else ""
        port = f":{params['PORT']}" if params.get("PORT") else ""
        user = quote(params["USER"], safe="")
        return f"mysql://{user}{password}@{params['HOST']}{port}/{params['NAME']}"
    raise RuntimeError(f"No AI service driver for {connection.vendor}.")


def make_settings(**overrides: Any) -> Settings:
    """Settings verifying with the core's public key, with ``overrides`` applied."""
    from django.conf import settings as django_settings

    values: dict[str, Any] = {
        "environment": "development",
        "jwt_public_key": django_settings.JWT_PUBLIC_KEY.decode(),
        "jwt_audience": django_settings.SIMPLE_JWT["AUDIENCE"],
        "jwt_issuer": django_settings.SIMPLE_JWT["ISSUER"],
        # Rate counters in this app's memory: user ids repeat across test databases, so a
        # shared Redis would carry counts from one test into the next.
        "redis_url": "",
        # Tests that ask many questions as one user are not about limits; the limit tests
        # (test_rate_limits.py) set low rates themselves.
        "ai_generate_rate": "100000/min",
        "ai_chat_rate": "100000/min",
        "ai_analyze_rate": "100000/min",
        "restaurant_search_rate": "100000/min",
    }
    return Settings(**{**values, **overrides})


@pytest.fixture
def ai_settings(transactional_db: None) -> Settings:
    return make_settings(database_url=django_test_database_url())


@pytest.fixture
def ai_app(ai_settings: Settings) -> FastAPI:
    return create_app(ai_settings)


@pytest.fixture
def ai_client(ai_app: FastAPI) -> Iterator[TestClient]:
    """A client for the app; the ``with`` runs its lifespan (engine up, then disposed)."""
    with TestClient(ai_app, raise_server_exceptions=False) as client:
        yield client
