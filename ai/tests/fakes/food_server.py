"""A small threaded HTTP server on 127.0.0.1:0 for provider fakes: scripted faults and a
record of every request. The Nutritionix and Edamam fakes supply the protocol."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ai.tests.fakes import serve_on_loopback


@dataclass
class Fault:
    """One scripted misbehaviour, consumed by the next request."""

    status: int | None = None  # answer this status with the provider's error body
    headers: dict[str, str] = field(default_factory=dict)  # e.g. {"Retry-After": "1"}
    body: bytes | None = None  # raw body for the status (else the provider's own)
    content_type: str = "application/json"
    delay: float = 0.0  # sleep first
    drop: bool = False  # close the connection without answering


@dataclass
class Recorded:
    """A request as the fake received it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes


@dataclass
class Reply:
    status: int
    body: bytes
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, data: Any, **headers: str) -> Reply:
        return cls(status, json.dumps(data).encode(), "application/json", dict(headers))


Handler = Callable[[Recorded], Reply]


@dataclass
class FakeServer:
    """Serves ``handler`` and records requests; ``faults`` run first, one per request."""

    handler: Handler
    faults: list[Fault] = field(default_factory=list)
    requests: list[Recorded] = field(default_factory=list)
    error_body: Callable[[int], Reply] = lambda status: Reply.json(status, {"message": "error"})
    url: str = ""

    def handle(self, request: Recorded) -> Reply | None:
        self.requests.append(request)
        if self.faults:
            fault = self.faults.pop(0)
            if fault.delay:
                time.sleep(fault.delay)
            if fault.drop:
                return None
            if fault.status is not None:
                reply = (
                    Reply(fault.status, fault.body, fault.content_type)
                    if fault.body is not None
                    else self.error_body(fault.status)
                )
                reply.headers.update(fault.headers)
                return reply
        return self.handler(request)


@contextmanager
def serve(fake: FakeServer) -> Iterator[FakeServer]:
    """Run ``fake`` on an ephemeral port for the block; ``fake.url`` is its base URL."""

    class _Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _any(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            recorded = Recorded(
                self.command,
                parts.path,
                parse_qs(parts.query),
                {k.lower(): v for k, v in self.headers.items()},
                body,
            )
            reply = fake.handle(recorded)
            if reply is None:
                self.close_connection = True
                self.connection.close()
                return
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(reply.body)

        do_GET = do_POST = _any  # noqa: N815

        def log_message(self, format: str, *args: Any) -> None:  # silence stderr
            return

    with serve_on_loopback(_Handler) as url:
        fake.url = url
        yield fake
