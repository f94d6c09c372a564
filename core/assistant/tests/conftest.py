"""The real AI service over HTTP on 127.0.0.1 for the assistant endpoints' tests.

``live_ai`` serves the AI app (uvicorn, in a thread, local assistant) on the same test
database the core uses and points the gateway at it, so ``POST /api/chatbot/query/``
runs its whole path: core view -> gateway -> AI service -> database -> back into the
core's history writes. Rows must be committed for the AI service to see them
(``transactional_db``).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn

from ai.main import create_app
from ai.tests.conftest import django_test_database_url, make_settings
from core.catalog.starter import load_starter_catalog
from core.gateway import ai_gateway


class LiveAI:
    """The AI app served by uvicorn in a background thread."""

    def __init__(self) -> None:
        app = create_app(make_settings(database_url=django_test_database_url(), openai_api_key=""))
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]})
        self.thread.daemon = True
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the AI service did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def live_ai(transactional_db: None, settings: Any) -> Iterator[LiveAI]:
    load_starter_catalog()
    server = LiveAI()
    settings.AI_SERVICE_URL = server.url
    settings.AI_SERVICE_RETRIES = 0
    try:
        yield server
    finally:
        server.stop()
        ai_gateway.close()


def closed_port_url() -> str:
    """A URL where nothing listens (the port was free a moment ago)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}"
