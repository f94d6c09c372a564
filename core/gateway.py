"""The core's one door to the AI service: every call to it goes through ``ai_gateway``.

Thin DRF views call ``ai_gateway.post("/food/analyze", json=..., request=request)`` and
get an ``AIReply`` back. Whatever happens on the other side, the caller gets one of:

- the AI service's 2xx JSON answer;
- its 4xx answer passed on unchanged (status and ``{"error", "details"}`` body), as
  ``UpstreamError``: the client's input was refused, the service itself is fine;
- ``ServiceUnavailable`` (503 JSON) when the service is down, times out, answers 5xx or
  garbage, or the circuit is open; never a 500 and never a hang past the timeouts.

Calls carry the caller's ``X-Request-ID`` and Bearer token, so the AI service logs under
the same id and checks the same user. Timeouts are split (connect vs read); a read
timeout is never retried, so a hung service costs one request at most connect + read
timeout. Idempotent calls (GET, or ``idempotent=True``) are retried with exponential
backoff on connection failures and 502/503/504. A circuit breaker answers 503 at once
after repeated failures, sparing threads and the ailing service, and lets one trial call
through after a cooldown.

The breaker is shared by every user, so it counts only what says the *service* is
unhealthy: connection failures, timeouts, 502/503/504 and unreadable answers. A 4xx is a
healthy service refusing one request's input. A 500 (or another 5xx) is not counted
either: it is one request's failure, and the client chooses the request. Counting it let
anyone open the circuit for everyone with five bad bodies (issue #15); counting it only
when several distinct users hit it would not help, since accounts are free to make. A
500 is fast, so not breaking on it costs the service little, and a service that is really
down answers with connection errors or 502/503/504 (its proxy, its own timeout), which
do count. The caller still gets a 503, since the request did fail.

The mechanics (retry loop, backoff, breaker, ``Retry-After``, metrics under the
``ai_service`` label) are the shared ``resilience`` package; the rules above are here.
"""

from __future__ import annotations

import json as jsonlib
import logging
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from django.conf import settings

from core.api.errors import ServiceUnavailable, UpstreamError, default_message
from resilience import CircuitBreaker, Retryable, RetryPolicy, parse_retry_after, retry_call

logger = logging.getLogger("core.gateway")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
RETRY_STATUSES = frozenset({502, 503, 504})
# Statuses that say the service (or its proxy) is down or overloaded: they count toward
# the circuit breaker. Other 5xx are one request's failure (see the module docstring).
UNHEALTHY_STATUSES = frozenset({502, 503, 504})
# Failures where the request surely or harmlessly did not complete: safe to repeat for
# idempotent calls. A ReadTimeout is not here: the service may be busy, not down.
RETRY_ERRORS = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.RemoteProtocolError,
    httpx.ReadError,
)
UNAVAILABLE = "The AI service is unavailable; try again shortly."
NDJSON = "application/x-ndjson"
# Receives each progress item of a streamed call (``AIGateway.post(on_progress=...)``).
Progress = Callable[[dict[str, Any]], None]
DEPENDENCY = "ai_service"  # the metrics label

__all__ = ["AIGateway", "AIReply", "CircuitBreaker", "GatewayConfig", "ai_gateway"]


@dataclass(frozen=True)
class GatewayConfig:
    """Where the AI service is and how patiently to call it."""

    base_url: str
    connect_timeout: float = 2.0
    read_timeout: float = 15.0
    retries: int = 2
    backoff_seconds: float = 0.1
    failure_threshold: int = 5
    cooldown_seconds: float = 30.0

    @classmethod
    def from_settings(cls) -> GatewayConfig:
        """The configuration in Django settings (``AI_SERVICE_*``, ``AI_CIRCUIT_*``)."""
        return cls(
            base_url=settings.AI_SERVICE_URL,
            connect_timeout=settings.AI_SERVICE_CONNECT_TIMEOUT,
            read_timeout=settings.AI_SERVICE_READ_TIMEOUT,
            retries=settings.AI_SERVICE_RETRIES,
            backoff_seconds=settings.AI_SERVICE_BACKOFF_SECONDS,
            failure_threshold=settings.AI_CIRCUIT_FAILURE_THRESHOLD,
            cooldown_seconds=settings.AI_CIRCUIT_COOLDOWN_SECONDS,
        )


@dataclass(frozen=True)
class AIReply:
    """A successful answer: its status and parsed JSON body."""

    status_code: int
    data: Any


class _Failure(Exception):
    """One attempt failed; ``retryable`` says whether repeating it is allowed and useful,
    ``unhealthy`` whether it says the service is down (it counts toward the breaker)."""

    def __init__(
        self,
        reason: str,
        message: str,
        retryable: bool,
        cause: str = "",
        unhealthy: bool = True,
    ) -> None:
        super().__init__(reason)
        self.reason, self.message, self.retryable = reason, message, retryable
        self.unhealthy = unhealthy
        self.cause = cause or reason  # the exact error, for the log only


class AIGateway:
    """An HTTP client for the AI service with timeouts, retries and a circuit breaker.

    With no ``config`` it follows Django settings, read at each call, so a settings
    change (``override_settings`` in tests) gets a fresh client and breaker.
    """

    def __init__(self, config: GatewayConfig | None = None) -> None:
        self._fixed_config = config
        self._lock = threading.Lock()
        self._config: GatewayConfig | None = None
        self._client: httpx.Client | None = None
        self._breaker: CircuitBreaker | None = None

    # --- public API ----------------------------------------------------------------------
    def get(
        self, path: str, *, request: Any = None, params: dict[str, Any] | None = None
    ) -> AIReply:
        """GET ``path`` (idempotent: retried on connection failures and 502/503/504)."""
        return self.request("GET", path, request=request, params=params)

    def post(
        self,
        path: str,
        *,
        json: Any = None,
        request: Any = None,
        idempotent: bool = False,
        on_progress: Progress | None = None,
    ) -> AIReply:
        """POST ``json`` to ``path``; retried only when marked ``idempotent``.

        With ``on_progress``, the AI service is asked for an NDJSON progress stream
        (``ai/progress.py``): each progress item is handed to ``on_progress`` as it comes,
        and the final result is answered exactly as a plain call's would be.
        """
        return self.request(
            "POST",
            path,
            request=request,
            json=json,
            idempotent=idempotent,
            on_progress=on_progress,
        )

    def request(
        self,
        method: str,
        path: str,
        *,
        request: Any = None,
        json: Any = None,
        params: dict[str, Any] | None = None,
        idempotent: bool | None = None,
        on_progress: Progress | None = None,
    ) -> AIReply:
        """Call the AI service; see the module docstring for what comes back or is raised.

        ``request`` is the incoming Django/DRF request whose ``X-Request-ID`` and Bearer
        token are forwarded.
        """
        config, client, breaker = self._current()
        method = method.upper()
        if not breaker.allow():
            exc = ServiceUnavailable({"detail": UNAVAILABLE, "reason": "circuit open"})
            exc.wait = max(1, round(breaker.retry_after()))
            raise exc
        if idempotent is None:
            idempotent = method in IDEMPOTENT_METHODS
        # Only idempotent calls are repeated: a POST that reached the service may have
        # done its work even if the answer was lost.
        policy = RetryPolicy(
            retries=max(0, config.retries) if idempotent else 0,
            backoff_seconds=config.backoff_seconds,
            max_backoff_seconds=math.inf,  # few retries (settings): no cap needed
        )
        headers = forwarded_headers(request)

        def attempt(_: int) -> AIReply:
            return _reply_from(
                _send_once(client, config, method, path, headers, json, params, on_progress)
            )

        try:
            reply = retry_call(attempt, policy, dependency=DEPENDENCY, answered=(UpstreamError,))
        except _Failure as failure:
            if failure.unhealthy:
                breaker.record_failure()
            # else: one request failed on a service that answered; the breaker is left as
            # it is (a half-open trial is retried after the cooldown).
            logger.warning(
                "AI service call %s %s failed: %s",
                method,
                path,
                failure.cause,
                extra={"request_id": headers.get("X-Request-ID")},
            )
            raise ServiceUnavailable(
                {"detail": failure.message, "reason": failure.reason}
            ) from failure
        except UpstreamError:
            breaker.record_success()  # a 4xx is a healthy service refusing the input
            raise
        breaker.record_success()
        return reply

    def close(self) -> None:
        """Close the connection pool (a new one is made on the next call)."""
        with self._lock:
            if self._client is not None:
                self._client.close()
            self._client = self._config = self._breaker = None

    @property
    def breaker(self) -> CircuitBreaker:
        """The circuit breaker for the current configuration."""
        return self._current()[2]

    # --- internals ----------------------------------------------------------------------
    def _current(self) -> tuple[GatewayConfig, httpx.Client, CircuitBreaker]:
        config = self._fixed_config or GatewayConfig.from_settings()
        with self._lock:
            if config != self._config or self._client is None or self._breaker is None:
                if self._client is not None:
                    self._client.close()
                self._client = _make_client(config)
                self._breaker = CircuitBreaker(
                    config.failure_threshold, config.cooldown_seconds, name=DEPENDENCY
                )
                self._config = config
            return config, self._client, self._breaker


def _send_once(
    client: httpx.Client,
    config: GatewayConfig,
    method: str,
    path: str,
    headers: dict[str, str],
    json: Any,
    params: dict[str, Any] | None,
    on_progress: Progress | None = None,
) -> httpx.Response:
    """One attempt: a response below 500, or ``_Failure`` (wrapped in ``Retryable`` when
    repeating it is allowed and useful)."""
    try:
        if on_progress is None:
            response = client.request(method, path, json=json, params=params, headers=headers)
        else:
            response = _stream_with_progress(
                client, method, path, headers, json, params, on_progress
            )
    except RETRY_ERRORS as exc:
        cause = f"{type(exc).__name__}: {exc}"
        failure = _Failure("connection failed", UNAVAILABLE, retryable=True, cause=cause)
        raise Retryable(failure) from exc
    except httpx.TimeoutException as exc:
        # A read timeout is not repeated: the service may be busy, not down, and the
        # user already waited the whole timeout once.
        message = (
            f"The AI service did not answer within {config.read_timeout:g} seconds; "
            "try again shortly."
        )
        raise _Failure("timeout", message, retryable=False, cause=repr(exc)) from exc
    except httpx.HTTPError as exc:
        cause = f"{type(exc).__name__}: {exc}"
        raise _Failure("transport error", UNAVAILABLE, retryable=False, cause=cause) from exc
    if response.status_code < 500:
        return response
    failure = _Failure(
        f"status {response.status_code}",
        UNAVAILABLE,
        retryable=response.status_code in RETRY_STATUSES,
        unhealthy=response.status_code in UNHEALTHY_STATUSES,
    )
    if failure.retryable:
        raise Retryable(failure)
    raise failure


def _stream_with_progress(
    client: httpx.Client,
    method: str,
    path: str,
    headers: dict[str, str],
    json: Any,
    params: dict[str, Any] | None,
    on_progress: Progress,
) -> httpx.Response:
    """Call with ``Accept: application/x-ndjson``; progress lines go to ``on_progress``
    and the result line comes back as a plain response, so it is judged like any other.

    The read timeout applies between lines, so a long solve that keeps reporting is not
    cut off, and a stalled one is. A service that answers plain JSON is read as such.
    """
    accept = {**headers, "Accept": f"{NDJSON}, application/json"}
    with client.stream(method, path, json=json, params=params, headers=accept) as response:
        if not response.headers.get("content-type", "").startswith(NDJSON):
            response.read()
            return response
        for line in response.iter_lines():
            if not line.strip():
                continue
            try:
                item = jsonlib.loads(line)
            except ValueError as exc:
                raise _Failure("invalid JSON", UNAVAILABLE, retryable=False) from exc
            if not isinstance(item, dict):
                raise _Failure("invalid progress line", UNAVAILABLE, retryable=False)
            if item.get("event") == "result":
                status = item.get("status")
                if not isinstance(status, int) or not 200 <= status <= 599:
                    raise _Failure("invalid result line", UNAVAILABLE, retryable=False)
                return httpx.Response(status, json=item.get("body"))
            if item.get("event") == "progress":
                try:
                    on_progress({k: v for k, v in item.items() if k != "event"})
                except Exception:  # a listener's failure must not fail the call
                    logger.warning("progress listener failed", exc_info=True)
        raise _Failure("stream ended without a result", UNAVAILABLE, retryable=False)


def _make_client(config: GatewayConfig) -> httpx.Client:
    timeout = httpx.Timeout(
        connect=config.connect_timeout,
        read=config.read_timeout,
        write=config.read_timeout,
        pool=config.connect_timeout,
    )
    # Idle connections are dropped before uvicorn's 5 s keep-alive closes them, so a
    # POST (never retried) does not race a connection the server is closing.
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=16, keepalive_expiry=2.0)
    # trust_env=False: an HTTP(S)_PROXY meant for the outside must not catch internal calls.
    return httpx.Client(base_url=config.base_url, timeout=timeout, limits=limits, trust_env=False)


def forwarded_headers(request: Any) -> dict[str, str]:
    """The headers passed on from the incoming request: request id and Bearer token."""
    headers = {"Accept": "application/json", "User-Agent": "healthbite-core-gateway"}
    if request is None:
        return headers
    request_id = getattr(request, "request_id", None)
    if request_id:
        headers["X-Request-ID"] = request_id
    authorization = request.META.get("HTTP_AUTHORIZATION", "")
    if authorization.lower().startswith("bearer "):
        headers["Authorization"] = authorization
    return headers


def _reply_from(response: httpx.Response) -> AIReply:
    """2xx -> ``AIReply``; 4xx -> ``UpstreamError`` in the shared shape."""
    try:
        data = response.json() if response.content else None
    except ValueError as exc:
        if response.is_success:
            raise _Failure("invalid JSON", UNAVAILABLE, retryable=False) from exc
        data = None
    if response.is_success:
        return AIReply(response.status_code, data)
    if response.is_redirect or response.status_code < 400:
        raise _Failure(f"unexpected status {response.status_code}", UNAVAILABLE, retryable=False)
    if isinstance(data, dict) and isinstance(data.get("error"), str):
        body = {"error": data["error"], "details": data.get("details") or {}}
    else:
        body = {"error": default_message(response.status_code), "details": {}}
    # Passed on to our client (e.g. the AI service's own 429 and its wait).
    wait = parse_retry_after(response.headers.get("Retry-After"))
    raise UpstreamError(response.status_code, body, wait=wait)


ai_gateway = AIGateway()
