"""Fixtures: the real AI service over HTTP on 127.0.0.1, and a fake Google Places.

``live_ai`` serves the AI app (uvicorn, in a thread) on the same test database the core
uses, and points the core's gateway at it, so ``GET /api/restaurant/nearby/`` runs its
whole path: core view -> gateway -> AI service -> database, and back into the core's
cache writes. Tests using it need committed rows (``transactional_db``).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import uvicorn

from ai.main import create_app
from ai.tests.conftest import django_test_database_url, make_settings
from ai.tests.fakes.places import FakePlaces, running
from core.gateway import ai_gateway


class LiveAI:
    """A running AI service; ``start(**settings)`` (re)starts it with those settings."""

    def __init__(self) -> None:
        self.url = ""
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self, **overrides: Any) -> str:
        self.stop()
        settings = make_settings(database_url=django_test_database_url(), **overrides)
        app = create_app(settings)
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        config = uvicorn.Config(app, log_level="warning", lifespan="on")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]})
        self._thread.daemon = True
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the AI service did not start")
            time.sleep(0.02)
        return self.url

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
        self._server = self._thread = None


@pytest.fixture
def live_ai(transactional_db: None, settings: Any) -> Iterator[Callable[..., str]]:
    """Start the AI service (call it with AI settings overrides); the gateway follows it."""
    server = LiveAI()

    def start(**overrides: Any) -> str:
        url = server.start(**overrides)
        settings.AI_SERVICE_URL = url
        settings.AI_SERVICE_RETRIES = 0
        return url

    try:
        yield start
    finally:
        server.stop()
        ai_gateway.close()


@pytest.fixture
def fake_places() -> Iterator[FakePlaces]:
    """A fake Google Places server on 127.0.0.1 (no places until the test adds some)."""
    with running(FakePlaces()) as fake:
        yield fake
