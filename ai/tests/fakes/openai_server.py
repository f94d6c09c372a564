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

Structured output (``response_format``), checked as OpenAI checks it: ``type`` is
``text``, ``json_object`` (the messages must then say "json") or ``json_schema`` with a
``name`` of ``[A-Za-z0-9_-]{1,64}`` and a ``schema``; with ``"strict": true`` the schema
must be in the strict subset (an object at the root; every object with
``additionalProperties: false`` and every property in ``required``; no ``allOf``,
``oneOf``, ``not``, ``if``/``then``/``else``, ``patternProperties`` ...; at most 10
levels of nesting), else 400 ``Invalid schema for response_format '<name>': ...`` with
``param`` ``response_format``. The content comes back as OpenAI sends it, a JSON *string*
in ``message.content``: script a ``dict`` to send it JSON-encoded, a ``str`` to send
those exact characters (garbage included, as a compatible server that ignores ``strict``
might), ``Refusal`` for a refusal (``content`` null, ``message.refusal`` set) and
``Truncated`` for an answer cut off at the token limit (``finish_reason`` ``length``).
With no script left, a ``json_schema`` request gets the smallest instance of its schema.

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


@dataclass
class Refusal:
    """The model refuses: ``content`` null, ``refusal`` this text (as OpenAI sends it)."""

    text: str = "I'm sorry, I can't assist with that request."


@dataclass
class Truncated:
    """An answer cut off at the token limit: ``finish_reason`` ``length``."""

    text: str


Answer = str | Pieces | list[ToolCall] | dict[str, Any] | Refusal | Truncated
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


def error_body(
    status: int, message: str | None = None, code: str | None = None, param: str | None = None
) -> dict:
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
            "param": param,
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


RESPONSE_FORMAT_TYPES = ("text", "json_object", "json_schema")
SCHEMA_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
# Keywords the strict subset refuses (composition other than anyOf, conditionals, ...).
STRICT_REFUSED = (
    "allOf", "oneOf", "not", "if", "then", "else", "patternProperties",
    "dependentRequired", "dependentSchemas", "unevaluatedProperties",
)  # fmt: skip
STRICT_MAX_DEPTH = 10
STRICT_TYPES = {"string", "number", "integer", "boolean", "object", "array", "null"}


def validate_response_format(body: dict[str, Any]) -> str | None:
    """The first problem with ``response_format``, as OpenAI words it (None: fine)."""
    fmt = body.get("response_format")
    if fmt is None:
        return None
    kind = fmt.get("type") if isinstance(fmt, dict) else None
    if kind not in RESPONSE_FORMAT_TYPES:
        return (
            f"Invalid value: {kind!r}. Supported values are: 'text', 'json_object', and "
            "'json_schema'."
        )
    if kind == "json_object":
        said = json.dumps([m.get("content") for m in body["messages"]]).lower()
        if "json" not in said:
            return (
                "'messages' must contain the word 'json' in some form, to use "
                "'response_format' of type 'json_object'."
            )
        return None
    if kind == "text":
        return None
    spec = fmt.get("json_schema")
    if not isinstance(spec, dict):
        return "Missing required parameter: 'response_format.json_schema'."
    name = spec.get("name")
    if not isinstance(name, str) or not SCHEMA_NAME.match(name):
        return (
            "Invalid 'response_format.json_schema.name': string does not match pattern. "
            "Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'."
        )
    schema = spec.get("schema", {})
    if not isinstance(schema, dict):
        return "Invalid type for 'response_format.json_schema.schema': expected an object."
    if spec.get("strict") is True:
        problem = strict_schema_problem(schema, schema)
        if problem:
            return f"Invalid schema for response_format {name!r}: {problem}"
    return None


def _resolve(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    """A ``{"$ref": "#/$defs/X"}`` schema resolved against the root (else itself)."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        node: Any = root
        for part in ref[2:].split("/"):
            node = node.get(part, {}) if isinstance(node, dict) else {}
        return node if isinstance(node, dict) else {}
    return schema


def strict_schema_problem(
    schema: Any, root: dict[str, Any], path: tuple[str, ...] = (), depth: int = 0
) -> str | None:
    """The first way ``schema`` leaves OpenAI's strict subset (None: inside it)."""
    where = f"In context={path!r}, "
    if not isinstance(schema, dict):
        return f"{where}schema must be an object."
    if not path and (schema.get("type") != "object" or "anyOf" in schema):
        got = schema.get("type", "anyOf" if "anyOf" in schema else None)
        return f"schema must be a JSON Schema of 'type: \"object\"', got 'type: \"{got}\"'."
    if depth > STRICT_MAX_DEPTH:
        return f"{where}the schema exceeds the maximum nesting depth of {STRICT_MAX_DEPTH}."
    for keyword in STRICT_REFUSED:
        if keyword in schema:
            return f"{where}{keyword!r} is not permitted."
    if "$ref" in schema:
        return strict_schema_problem(_resolve(schema, root), root, (*path, "$ref"), depth + 1)
    for name, sub in (schema.get("$defs") or {}).items():
        problem = strict_schema_problem(sub, root, (*path, "$defs", name), depth + 1)
        if problem:
            return problem
    if "anyOf" in schema:
        for i, sub in enumerate(schema["anyOf"]):
            problem = strict_schema_problem(sub, root, (*path, "anyOf", str(i)), depth + 1)
            if problem:
                return problem
        return None
    types = schema.get("type")
    types = types if isinstance(types, list) else [types]
    if "enum" in schema or "const" in schema:
        return None
    unknown = [t for t in types if t not in STRICT_TYPES]
    if unknown:
        return f"{where}schema must have a 'type' key (one of {sorted(STRICT_TYPES)})."
    if "object" in types:
        if schema.get("additionalProperties") is not False:
            return f"{where}'additionalProperties' is required to be supplied and to be false."
        properties = schema.get("properties") or {}
        required = schema.get("required")
        missing = [key for key in properties if key not in (required or [])]
        if not isinstance(required, list) or missing:
            first = missing[0] if missing else next(iter(properties), "")
            return (
                f"{where}'required' is required to be supplied and to be an array including "
                f"every key in properties. Missing {first!r}."
            )
        extra = [key for key in required if key not in properties]
        if extra:
            return f"{where}'required' names {extra[0]!r}, which is not in properties."
        for key, sub in properties.items():
            problem = strict_schema_problem(sub, root, (*path, "properties", key), depth + 1)
            if problem:
                return problem
    if "array" in types and "items" in schema:
        return strict_schema_problem(schema["items"], root, (*path, "items"), depth + 1)
    return None


def smallest_instance(schema: Any, root: dict[str, Any]) -> Any:
    """The smallest value a strict schema allows (what an unscripted model answers)."""
    if not isinstance(schema, dict):
        return None
    schema = _resolve(schema, root)
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    if "anyOf" in schema:
        return smallest_instance(schema["anyOf"][0], root)
    types = schema.get("type")
    kind = (types if isinstance(types, list) else [types])[0]
    if "null" in (types if isinstance(types, list) else [types]):
        return None
    if kind == "object":
        return {
            key: smallest_instance(sub, root)
            for key, sub in (schema.get("properties") or {}).items()
        }
    return {"array": [], "string": "", "number": 0, "integer": 0, "boolean": False}.get(kind)


def default_reply(body: dict[str, Any]) -> Answer:
    """With no script: the smallest instance of a requested JSON schema, else quote the
    last tool result, or say hello."""
    fmt = body.get("response_format")
    if isinstance(fmt, dict) and fmt.get("type") == "json_schema":
        schema = fmt["json_schema"].get("schema", {})
        return smallest_instance(schema, schema)
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
    elif isinstance(reply, Refusal):
        message = {"role": "assistant", "content": None, "refusal": reply.text}
        finish = "stop"
    elif isinstance(reply, Truncated):
        message = {"role": "assistant", "content": reply.text, "refusal": None}
        finish = "length"
    else:
        content = json.dumps(reply) if isinstance(reply, dict) else str(reply)
        message = {"role": "assistant", "content": content, "refusal": None}
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
    elif isinstance(reply, Refusal):
        items.extend(chunk({"refusal": part}) for part in re.findall(r"\s*\S+\s*", reply.text))
        finish = "stop"
    else:
        finish = "length" if isinstance(reply, Truncated) else "stop"
        if isinstance(reply, Truncated):
            reply = reply.text
        elif isinstance(reply, dict):
            reply = json.dumps(reply)
        parts = reply.parts if isinstance(reply, Pieces) else re.findall(r"\s*\S+\s*", reply)
        items.extend(chunk({"content": part}) for part in parts or [""])
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
            problem = validate_response_format(body)
            if problem:
                record.status = 400
                return self._send(400, error_body(400, problem, param="response_format"))
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
