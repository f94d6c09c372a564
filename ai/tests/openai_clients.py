"""Fixtures for tests of the AI service with its OpenAI provider on the fake OpenAI server
(``ai.tests.fakes.openai_server``): ``fake`` and ``make_client(**settings overrides)``.
Import both names into a test module to use them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from ai.main import create_app
from ai.tests.conftest import django_test_database_url, make_settings
from ai.tests.fakes.openai_server import FakeOpenAI, running_fake_openai
from core.catalog.starter import load_starter_catalog


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with running_fake_openai() as server:
        yield server


@pytest.fixture
def make_client(transactional_db: None, fake: FakeOpenAI) -> Iterator[Callable[..., TestClient]]:
    load_starter_catalog()
    clients: list[TestClient] = []

    def make(**overrides: Any) -> TestClient:
        values = dict(
            openai_api_key=fake.api_key,
            openai_base_url=fake.url,
            openai_timeout_seconds=2.0,
            openai_deadline_seconds=5.0,
            openai_retries=2,
            openai_max_retry_after_seconds=1.0,
        )
        values.update(overrides)
        app = create_app(make_settings(database_url=django_test_database_url(), **values))
        client = TestClient(app, raise_server_exceptions=False)
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)
