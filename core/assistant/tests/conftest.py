"""The real AI service over HTTP on 127.0.0.1 for the assistant endpoints' tests.

``live_ai`` serves the AI app (uvicorn, in a thread, local assistant) on the same test
database the core uses and points the gateway at it, so ``POST /api/chatbot/query/``
runs its whole path: core view -> gateway -> AI service -> database -> back into the
core's history writes. Rows must be committed for the AI service to see them
(``transactional_db``).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest

from core.assistant.tests.live_ai import LiveAI
from core.catalog.starter import load_starter_catalog
from core.gateway import ai_gateway


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
