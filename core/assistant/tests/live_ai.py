"""The AI app served by uvicorn in a background thread, on the core's test database, so
core tests call it over real HTTP (the gateway, NDJSON streams, the AI's own reads)."""

from __future__ import annotations

import socket
import threading
import time
from typing import Any

import uvicorn

from ai.main import create_app
from ai.tests.conftest import django_test_database_url, make_settings


class LiveAI:
    """The AI app on 127.0.0.1; ``overrides`` are AI settings (default: no OpenAI key)."""

    def __init__(self, **overrides: Any) -> None:
        values = {"openai_api_key": "", **overrides}
        app = create_app(make_settings(database_url=django_test_database_url(), **values))
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
