"""A fake OpenAI Chat Completions server on 127.0.0.1, speaking the real wire protocol.

``POST /v1/chat/completions`` only. Like OpenAI it wants ``Authorization: Bearer <key>``
(401 ``invalid_api_key`` otherwise), validates the body (``model``, ``messages`` with
known roles, ``tool`` messages answering the preceding assistant ``tool_calls`` by id,
every tool call answered, ``tools`` as function definitions, ``tool_choice``), answers
``chat.completion`` objects (``finish_reason`` ``stop`` or ``tool_calls``, tool-call
``arguments`` as a JSON string, ``usage``) with ``x-request-id`` and ``x-ratelimit-*``
headers, and errors in OpenAI's shape ``{"error": {"message", "type", "param", "code"}}``.

The "model" is a script: ``fake.replies`` holds what to answer next, one per completion:
a string (the answer), a list of ``ToolCall`` (call those tools), or a callable that
gets the request body and returns either. With ``tool_choice="none"`` a scripted tool
call is answered as text, as a real model must. With no script left, the fake answers
with a text quoting the last tool result. ``fake.faults`` (consumed first, one per
request) script misbehaviour: any status with OpenAI's error body (401, 429 with
``code`` ``rate_limit_exceeded``/``insufficient_quota`` and ``retry-after`` /
``retry-after-ms``, 500, 503), a slow answer, a dropped connection. Every request is
recorded.

Streaming (``"stream": true``), as OpenAI does it: ``text/event-stream`` over chunked
transfer encoding, one ``data: {chat.completion.chunk}`` event per delta (first the
``role``, then the text in pieces or each tool call's ``id``/``name`` and its
``arguments`` in pieces, then an empty delta with the ``finish_reason``; with
``stream_options.include_usage`` every chunk has ``"usage": null`` and a last chunk
with no choices carries the usage), then ``data: [DONE]``. A text reply streams word by
word, or in the exact pieces of a ``Pieces`` reply; ``fake.stream_delay`` sleeps between
events. Faults for streams: ``cut_after`` sends that many events then drops the
connection mid-body; ``error_after`` sends that many then an ``error`` event.
"""

from __future__ import annotations

import itertools
import json
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from ai.tests.fakes import serve_on_loopback

PATH = "/v1/chat/completions"
ROLES = {"system", "developer", "user", "assistant", "tool"}
ERROR_TYPES = {
    400: ("invalid_request_error", None),
    401: ("invalid_request_error", "invalid_api_key"),
    403: ("invalid_request_error", "unsupported_country_region_territory"),
    404: ("invalid_request_error", "model_not_found"),
    429: ("requests", "rate_limit_exceeded"),
    500: ("server_error", None),
    503: ("server_error", None),
}


@dataclass
class ToolCall:
    """A tool call the scripted model makes; ``arguments`` may be a raw (bad) string."""

    name: str
    arguments: dict[str, Any] | str = field(default_factory=dict)


@dataclass
class Pieces:
    """A text answer streamed in exactly these pieces (answered whole when not streaming)."""

    parts: list[str]

    @property
    def text(self) -> str:
        return "".join(self.parts)


Answer = str | Pieces | list[ToolCall]
Reply = Answer | Callable[[dict[str, Any]], Answer]


@dataclass
class Fault:
    """One scripted misbehaviour for the next request."""

    status: int | None = None
    code: str | None = None  # e.g. "insufficient_quota" (429) instead of the default
    message: str | None = None
    retry_after: str | None = None
    retry_after_ms: str | None = None
    delay: float = 0.0  # sleep first (then the fault, or a normal answer)
    drop: bool = False  # close the connection without a response
    cut_after: int | None = None  # streaming: send this many events, then drop the connection
    error_after: int | None = None  # streaming: send this many events, then an error event


@dataclass
class Recorded:
    """A request as the fake received it."""

    path: str
    headers: dict[str, str]
    body: Any
    status: int = 0


@dataclass
class FakeOpenAI:
    """The server state: the key, the script, the faults and what was received."""

    api_key: str = "sk-fake-test-key"
    model: str = "gpt-4.1"
    replies: list[Reply] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    requests: list[Recorded] = field(default_factory=list)
    url: str = ""
    stream_delay: float = 0.0  # seconds between streamed events
    _ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def completions(self) -> list[Recorded]:
        """Requests to the completions path that were answered 200."""
        return [r for r in self.requests if r.path == PATH and r.status == 200]

    def next_id(self) -> int:
        with self._lock:
            return next(self._ids)


def error_body(status: int, message: str | None = None, code: str | None = None) -> dict:
    kind, default_code = ERROR_TYPES.get(status, ("server_error", None))
    if code == "insufficient_quota":
        kind = "insufficient_quota"
    messages = {
        401: "Incorrect API key provided: sk-****. You can find your API key at "
        "https://platform.openai.com/account/api-keys.",
        429: "Rate limit reached for requests. Please try again in 1s.",
        500: "The server had an error while processing your request. Sorry about that!",
        503: "The engine is currently overloaded, please try again later.",
    }
    if code == "insufficient_quota":
        messages[429] = (
            "You exceeded your current quota, please check your plan and billing details."
        )
    return {
        "error": {
            "message": message or messages.get(status, "Bad request."),
            "type": kind,
            "param": None,
            "code": code or default_code,
        }
    }


def validate(body: Any) -> str | None:
    """The first protocol violation in a request body, as OpenAI would word it."""
    if not isinstance(body, dict):
        return "We could not parse the JSON body of your request."
    if not isinstance(body.get("model"), str) or not body["model"]:
        return "you must provide a model parameter"
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return "Invalid 'messages': empty array. Expected an array with minimum length 1."
    pending: set[str] = set()
    for i, message in enumerate(messages):
        if not isinstance(message, dict) or message.get("role") not in ROLES:
            return f"Invalid value for 'messages[{i}].role'."
        role = message["role"]
        if role == "tool":
            if message.get("tool_call_id") not in pending:
                return (
                    f"Invalid parameter: messages with role 'tool' must be a response to a "
                    f"preceeding message with 'tool_calls' (messages[{i}])."
                )
            pending.discard(message["tool_call_id"])
            if not isinstance(message.get("content"), str):
                return f"Invalid type for 'messages[{i}].content': expected a string."
            continue
        if pending:
            return (
                "An assistant message with 'tool_calls' must be followed by tool messages "
                f"responding to each 'tool_call_id'. Missing: {sorted(pending)}."
            )
        if role == "assistant" and message.get("tool_calls"):
            for call in message["tool_calls"]:
                if call.get("type") != "function" or not isinstance(
                    call.get("function", {}).get("arguments"), str
                ):
                    return f"Invalid 'messages[{i}].tool_calls': arguments must be a string."
                pending.add(call.get("id"))
        elif role != "assistant" and not isinstance(message.get("content"), (str, list)):
            return f"Invalid type for 'messages[{i}].content'."
    if pending:
        return "An assistant message with 'tool_calls' must be followed by tool messages."
    tools = body.get("tools")
    if tools is not None:
        if not isinstance(tools, list):
            return "Invalid type for 'tools': expected an array."
        for i, tool in enumerate(tools):
            fn = tool.get("function") if isinstance(tool, dict) else None
            if tool.get("type") != "function" or not isinstance(fn, dict) or not fn.get("name"):
                return f"Invalid 'tools[{i}]': expected a function definition."
            if not isinstance(fn.get("parameters", {}), dict):
                return f"Invalid 'tools[{i}].function.parameters': expected an object."
    choice = body.get("tool_choice")
    if (
        choice is not None
        and choice not in ("none", "auto", "required")
        and not isinstance(choice, dict)
    ):
        return "Invalid value for 'tool_choice'."
    if choice is not None and tools is None:
        return (
            "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are "
            "specified."
        )
    return None


def default_reply(body: dict[str, Any]) -> str:
    """With no script: quote the last tool result, or say hello."""
    for message in reversed(body["messages"]):
        if message.get("role") == "tool":
            return f"Here is what I found: {message['content']}"
    return "Hello from the fake model."


def next_reply(fake: FakeOpenAI, body: dict[str, Any]) -> Answer:
    """The next scripted reply for this request (text, pieces or tool calls)."""
    with fake._lock:
        reply: Reply = fake.replies.pop(0) if fake.replies else default_reply
    if callable(reply):
        reply = reply(body)
    if isinstance(reply, list) and body.get("tool_choice") == "none":
        reply = "I could not use tools this time."
    return reply


def _call_id(number: int, i: int) -> str:
    return f"call_{number}_{i}"


def _arguments(call: ToolCall) -> str:
    return call.arguments if isinstance(call.arguments, str) else json.dumps(call.arguments)


def _usage(body: dict[str, Any]) -> dict[str, Any]:
    prompt = sum(len(str(m.get("content") or "")) for m in body["messages"]) // 4
    return {
        "prompt_tokens": prompt,
        "completion_tokens": 20,
        "total_tokens": prompt + 20,
        "prompt_tokens_details": {"cached_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": 0},
    }


def completion(fake: FakeOpenAI, body: dict[str, Any]) -> dict[str, Any]:
    """The next scripted reply as a ``chat.completion`` object."""
    reply = next_reply(fake, body)
    if isinstance(reply, Pieces):
        reply = reply.text
    number = fake.next_id()
    if isinstance(reply, list):
        message: dict[str, Any] = {
            "role": "assistant",
            "content": None,
            "refusal": None,
            "tool_calls": [
                {
                    "id": _call_id(number, i),
                    "type": "function",
                    "function": {"name": call.name, "arguments": _arguments(call)},
                }
                for i, call in enumerate(reply)
            ],
        }
        finish = "tool_calls"
    else:
        message = {"role": "assistant", "content": str(reply), "refusal": None}
        finish = "stop"
    return {
        "id": f"chatcmpl-fake{number}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body["model"],
        "system_fingerprint": "fp_fake",
        "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": finish}],
        "usage": _usage(body),
    }


def chunks(fake: FakeOpenAI, body: dict[str, Any]) -> list[dict[str, Any]]:
    """The next scripted reply as the ``chat.completion.chunk`` objects of a stream."""
    reply = next_reply(fake, body)
    number = fake.next_id()
    options = body.get("stream_options")
    with_usage = isinstance(options, dict) and bool(options.get("include_usage"))
    base = {
        "id": f"chatcmpl-fake{number}",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": body["model"],
        "system_fingerprint": "fp_fake",
    }

    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
        return {**base, "choices": [choice], **({"usage": None} if with_usage else {})}

    items = [chunk({"role": "assistant", "content": "", "refusal": None})]
    if isinstance(reply, list):
        for i, call in enumerate(reply):
            head = {"index": i, "id": _call_id(number, i), "type": "function",
                    "function": {"name": call.name, "arguments": ""}}  # fmt: skip
            items.append(chunk({"tool_calls": [head]}))
            arguments = _arguments(call)
            for start in range(0, len(arguments), 8):
                part = {"index": i, "function": {"arguments": arguments[start : start + 8]}}
                items.append(chunk({"tool_calls": [part]}))
        finish = "tool_calls"
    else:
        parts = reply.parts if isinstance(reply, Pieces) else re.findall(r"\s*\S+\s*", reply)
        items.extend(chunk({"content": part}) for part in parts or [""])
        finish = "stop"
    items.append(chunk({}, finish))
    if with_usage:
        items.append({**base, "choices": [], "usage": _usage(body)})
    return items


def _handler(fake: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # quiet test output
            pass

        def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("x-request-id", f"req_fake{fake.next_id()}")
            self.send_header("openai-processing-ms", "5")
            self.send_header("x-ratelimit-limit-requests", "500")
            self.send_header("x-ratelimit-remaining-requests", "499")
            self.send_header("x-ratelimit-reset-requests", "120ms")
            self.send_header("x-ratelimit-limit-tokens", "30000")
            self.send_header("x-ratelimit-remaining-tokens", "29000")
            self.send_header("x-ratelimit-reset-tokens", "2s")
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._record(None, 404)
            self._send(404, error_body(404, f"Invalid URL (GET {self.path})"))

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = raw.decode(errors="replace")
            record = self._record(body, 0)
            if self.path.split("?")[0] != PATH:
                record.status = 404
                return self._send(404, error_body(404, f"Invalid URL (POST {self.path})"))
            with fake._lock:
                fault = fake.faults.pop(0) if fake.faults else None
            if fault is not None:
                if fault.delay:
                    time.sleep(fault.delay)
                if fault.drop:
                    record.status = -1
                    self.close_connection = True
                    self.connection.close()
                    return
                if fault.status:
                    record.status = fault.status
                    headers = {}
                    if fault.retry_after is not None:
                        headers["retry-after"] = fault.retry_after
                    if fault.retry_after_ms is not None:
                        headers["retry-after-ms"] = fault.retry_after_ms
                    return self._send(
                        fault.status, error_body(fault.status, fault.message, fault.code), headers
                    )
            if self.headers.get("Authorization") != f"Bearer {fake.api_key}":
                record.status = 401
                return self._send(401, error_body(401))
            problem = validate(body)
            if problem:
                record.status = 400
                return self._send(400, error_body(400, problem))
            record.status = 200
            if body.get("stream") is True:
                return self._stream(chunks(fake, body), fault)
            self._send(200, completion(fake, body))

        def _stream(self, items: list[dict[str, Any]], fault: Fault | None) -> None:
            """Server-sent events over chunked encoding, as OpenAI streams."""
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream; charset=utf-8")
            self.send_header("Transfer-Encoding", "chunked")
            self.send_header("Cache-Control", "no-cache")
            self.send_header("x-request-id", f"req_fake{fake.next_id()}")
            self.end_headers()
            cut = fault.cut_after if fault else None
            error = fault.error_after if fault else None
            for i, item in enumerate(items):
                if cut is not None and i >= cut:
                    # Mid-body: no terminating chunk, so the client sees a broken stream.
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if error is not None and i >= error:
                    self._event(json.dumps(error_body(500)))
                    break
                self._event(json.dumps(item))
                if fake.stream_delay:
                    time.sleep(fake.stream_delay)
            else:
                self._event("[DONE]")
            self.wfile.write(b"0\r\n\r\n")

        def _event(self, data: str) -> None:
            payload = f"data: {data}\n\n".encode()
            self.wfile.write(f"{len(payload):x}\r\n".encode() + payload + b"\r\n")

        def _record(self, body: Any, status: int) -> Recorded:
            record = Recorded(
                self.path, {k.lower(): v for k, v in self.headers.items()}, body, status
            )
            with fake._lock:
                fake.requests.append(record)
            return record

    return Handler


@contextmanager
def running_fake_openai(**options: Any) -> Iterator[FakeOpenAI]:
    """Start the fake on an ephemeral 127.0.0.1 port; ``fake.url`` is the SDK base URL."""
    fake = FakeOpenAI(**options)
    with serve_on_loopback(_handler(fake)) as url:
        fake.url = f"{url}/v1"
        yield fake
