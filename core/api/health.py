"""Liveness and readiness for orchestrators and load balancers.

- ``health/live``: the process answers HTTP. Touches nothing else, so a database outage
  does not get every container restarted.
- ``health/ready``: the database answers ``SELECT 1`` and Redis (when ``REDIS_URL`` is
  set) answers ``PING``; 503 otherwise, so traffic goes elsewhere until it recovers.
- ``health/``: the original check, kept for existing probes: the database only.

Bodies say which dependency is down, never why: no driver message, host or user name
(those go to the log, which is where an operator looks).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import redis
from django.conf import settings
from django.db import connection
from drf_spectacular.utils import extend_schema
from rest_framework.decorators import (
    api_view,
    authentication_classes,
    permission_classes,
    throttle_classes,
)
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response

logger = logging.getLogger("core.health")

# A probe must answer well inside the orchestrator's own timeout (docker/k8s: 5 s).
REDIS_TIMEOUT_SECONDS = 1.0


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any driver error means unreachable
        logger.warning("Readiness: database unreachable (%s)", type(exc).__name__)
        return False
    return True


@lru_cache(maxsize=4)
def _redis_client(url: str) -> redis.Redis:
    """One client (and connection pool) per URL for the life of the process."""
    return redis.Redis.from_url(
        url,
        socket_connect_timeout=REDIS_TIMEOUT_SECONDS,
        socket_timeout=REDIS_TIMEOUT_SECONDS,
    )


def _redis_status() -> str:
    """``ok``, ``down``, or ``not configured`` (one process, local memory cache)."""
    if not settings.REDIS_URL:
        return "not configured"
    try:
        _redis_client(settings.REDIS_URL).ping()
    except Exception as exc:  # connection refused, timeout, auth: all mean not ready
        logger.warning("Readiness: Redis unreachable (%s)", type(exc).__name__)
        return "down"
    return "ok"


def _probe(view: Callable[[Request], Response]) -> Callable[..., Any]:
    """Anonymous, unthrottled GET: probes carry no token and must never be refused."""
    view = permission_classes([AllowAny])(view)
    view = authentication_classes([])(view)
    view = throttle_classes([])(view)
    return api_view(["GET"])(view)


def _live(request: Request) -> Response:
    """Always 200 while the process can serve HTTP."""
    return Response({"status": "ok"})


def _ready(request: Request) -> Response:
    """200 when every dependency answers, else 503 naming the ones that do not."""
    checks = {"database": "ok" if _database_ok() else "down", "redis": _redis_status()}
    if "down" in checks.values():
        down = ", ".join(name for name, state in checks.items() if state == "down")
        return Response(
            {"error": f"The service is not ready: {down} unreachable.", "details": checks},
            status=503,
        )
    return Response({"status": "ok", **checks})


@extend_schema(
    summary="Database check (the original health endpoint)", responses={200: dict, 503: dict}
)
@_probe
def health(request: Request) -> Response:
    """200 with the database vendor when it answers, else 503 (no driver details)."""
    if not _database_ok():
        return Response({"error": "The database is unreachable.", "details": {}}, status=503)
    return Response({"status": "ok", "database": connection.vendor})


live = extend_schema(summary="Liveness: the process answers", responses={200: dict})(_probe(_live))
ready = extend_schema(
    summary="Readiness: database and Redis answer", responses={200: dict, 503: dict}
)(_probe(_ready))
# The same probes without the trailing slash (no redirect for a probe), kept out of the
# schema so each operation is listed once.
live_unslashed = extend_schema(exclude=True)(_probe(_live))
ready_unslashed = extend_schema(exclude=True)(_probe(_ready))
