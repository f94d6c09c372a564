"""Prometheus metrics of both services: requests by route and status, solver time.

The metric objects live here, once, on ``prometheus_client``'s default registry, and both
services use them (the core through ``core/api/metrics.py``), the way both use
``ai/logs.py``: one process may hold both apps (the tests do) and a name can only be
registered once. The provider-call and circuit-breaker metrics belong to ``resilience``.

- ``healthbite_http_requests_total{service, method, route, status}`` and
  ``healthbite_http_request_duration_seconds{service, method, route, status}``: ``route``
  is the matched route's template (``/diet/generate``, ``api/v1/diet-plans/(?P<pk>...)``),
  never the raw path, and ``unmatched`` when no route matched; methods outside the
  standard ones count as ``other``. Every label has a bounded set of values.
- ``healthbite_solver_seconds{kind, outcome}``: the meal planner (``diet``) and the workout
  programmer (``workout``), timed in the worker thread (a wait for a solver slot is not
  counted); ``outcome`` is ``ok`` or ``failed`` (infeasible, refused or crashed).

``GET /metrics`` is not public (``metrics_allowed``): with ``METRICS_TOKEN`` set it needs
``Authorization: Bearer <METRICS_TOKEN>``; without one it answers loopback clients outside
production and nobody in production. Everyone else gets the 404 of an unknown path.
Under several worker processes (gunicorn), ``PROMETHEUS_MULTIPROC_DIR`` names a directory
every worker writes its values to, and the endpoint adds them up (``exposition``).
"""

from __future__ import annotations

import functools
import ipaddress
import os
import secrets
import time
from collections.abc import Callable
from typing import Any, TypeVar

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.multiprocess import MultiProcessCollector
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

T = TypeVar("T")

UNMATCHED = "unmatched"
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
# Up to the AI service's request timeout (30 s); most answers take milliseconds.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30)
# A week's plan takes 1-4 s on one core; a day's well under one.
SOLVER_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2, 3, 4, 6, 8, 12, 20, 30)

HTTP_REQUESTS = Counter(
    "healthbite_http_requests",
    "HTTP requests answered, by service, method, route template and status.",
    ["service", "method", "route", "status"],
)
HTTP_DURATION = Histogram(
    "healthbite_http_request_duration_seconds",
    "Time to answer an HTTP request, by service, method, route template and status.",
    ["service", "method", "route", "status"],
    buckets=LATENCY_BUCKETS,
)
SOLVER_SECONDS = Histogram(
    "healthbite_solver_seconds",
    "Time the meal planner (kind=diet) or workout programmer (kind=workout) computed.",
    ["kind", "outcome"],
    buckets=SOLVER_BUCKETS,
)


def record_request(service: str, method: str, route: str, status: int, seconds: float) -> None:
    """Count one answered request and observe its duration."""
    labels = (service, method if method in METHODS else "other", route, str(status))
    HTTP_REQUESTS.labels(*labels).inc()
    HTTP_DURATION.labels(*labels).observe(seconds)


def timed_solve(kind: str, solve: Callable[..., T]) -> Callable[..., T]:
    """``solve`` observing its own run time in ``healthbite_solver_seconds{kind}``.

    Wrap the function handed to the worker thread, so only the computation is timed.
    """

    @functools.wraps(solve)
    def timed(*args: Any, **kwargs: Any) -> T:
        started = time.perf_counter()
        outcome = "failed"
        try:
            result = solve(*args, **kwargs)
            outcome = "ok"
            return result
        finally:
            SOLVER_SECONDS.labels(kind, outcome).observe(time.perf_counter() - started)

    return timed


# --- the endpoint's rules, shared by both services -------------------------------------------


def metrics_allowed(
    *, authorization: str, client_host: str | None, token: str, production: bool
) -> bool:
    """Whether a request may read the metrics.

    With a token configured, only ``Authorization: Bearer <token>`` (compared in constant
    time); without one, a loopback client outside production, nobody in production. The
    client address is the connection's (never ``X-Forwarded-For``, which anyone can write).
    """
    if token:
        scheme, _, given = authorization.strip().partition(" ")
        return scheme.lower() == "bearer" and secrets.compare_digest(
            _bytes(given.strip()), _bytes(token)
        )
    if production:
        return False
    try:
        return ipaddress.ip_address(client_host or "").is_loopback
    except ValueError:  # a name such as "testclient", or no address at all
        return False


def _bytes(text: str) -> bytes:
    # compare_digest refuses non-ASCII str; any header or environment value encodes here.
    return text.encode("utf-8", "surrogatepass")


def exposition() -> tuple[bytes, str]:
    """The metrics in Prometheus' text format, and its content type.

    With ``PROMETHEUS_MULTIPROC_DIR`` set (gunicorn workers), every process's values from
    that directory, added up; otherwise this process's default registry.
    """
    directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if directory:
        registry = CollectorRegistry()
        MultiProcessCollector(registry, path=directory)
    else:
        registry = REGISTRY
    return generate_latest(registry), CONTENT_TYPE_LATEST


# --- the AI service (ASGI) -------------------------------------------------------------------


def route_template(scope: Scope) -> str:
    """The path template of the route Starlette matched (``/diet/generate``), or unmatched."""
    path = getattr(scope.get("route"), "path", None)
    return path if isinstance(path, str) else UNMATCHED


class MetricsMiddleware:
    """Count every HTTP request and time it, labelled with the matched route's template."""

    def __init__(self, app: ASGIApp, service: str = "ai") -> None:
        self.app = app
        self.service = service

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_with_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_with_status)
        except Exception:
            status = 500
            raise
        finally:
            seconds = time.perf_counter() - started
            record_request(self.service, scope["method"], route_template(scope), status, seconds)


async def metrics_endpoint(request: Request) -> Response:
    """``/metrics`` for whoever ``metrics_allowed`` admits; the 404 of an unknown path else.

    Registered for every standard method, so a refused POST is a 404 too, not a telling 405.
    """
    settings = request.app.state.settings
    allowed = metrics_allowed(
        authorization=request.headers.get("authorization", ""),
        client_host=request.client.host if request.client else None,
        token=settings.metrics_token,
        production=settings.production,
    )
    if not allowed:
        raise HTTPException(404)
    if request.method not in ("GET", "HEAD"):
        raise HTTPException(405, headers={"Allow": "GET, HEAD"})
    body, content_type = exposition()
    return Response(body, media_type=content_type, headers={"Cache-Control": "no-store"})


async def _not_found(request: Request) -> Response:
    raise HTTPException(404)


def add_metrics_endpoint(app: Any) -> None:
    """Serve ``/metrics`` on the FastAPI ``app``, outside the OpenAPI schema.

    ``/metrics/`` answers 404 as well: otherwise Starlette would redirect it to
    ``/metrics``, telling anyone who asks that the endpoint exists.
    """
    methods = sorted(METHODS)  # Starlette's default is GET only: a POST would get a 405
    app.add_route("/metrics", metrics_endpoint, methods=methods, include_in_schema=False)
    app.add_route("/metrics/", _not_found, methods=methods, include_in_schema=False)
