"""Prometheus metrics of the core: the request middleware and ``GET /metrics``.

The metrics and the endpoint's rules are the AI service's (``ai/metrics.py``), so both
services count the same way: ``healthbite_http_requests_total`` and
``healthbite_http_request_duration_seconds`` with ``service="core"`` and ``route`` the URL
pattern's route template (``api/v1/diet-plans/(?P<pk>[^/.]+)/$``), never the raw path;
``unmatched`` when no pattern matched (unknown paths, a 413 before resolving).

``/metrics`` sits outside ``/api/`` and outside the OpenAPI schema (a plain Django view).
Who may read it: ``ai.metrics.metrics_allowed`` with ``METRICS_TOKEN``; everyone else gets
exactly the 404 of an unknown path. Under gunicorn's workers ``PROMETHEUS_MULTIPROC_DIR``
makes every worker write its values there and the endpoint add them up (the master clears
the directory at start and drops a dead worker's live gauges: ``gunicorn.conf.py``).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.views.decorators.csrf import csrf_exempt

from ai.metrics import UNMATCHED, exposition, metrics_allowed, record_request


class MetricsMiddleware:
    """Count and time every request, labelled by the matched route template and status."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        status = 500
        try:
            response = self.get_response(request)
            status = response.status_code
            return response
        finally:
            match = request.resolver_match
            route = match.route if match is not None and match.route else UNMATCHED
            record_request(
                "core", request.method or "", route, status, time.perf_counter() - started
            )


# csrf_exempt: a refused POST must be the 404 of an unknown path, not a CSRF 403.
@csrf_exempt
def metrics(request: HttpRequest) -> HttpResponse:
    """The metrics in Prometheus' text format, for whoever ``metrics_allowed`` admits."""
    allowed = metrics_allowed(
        authorization=request.headers.get("Authorization", ""),
        client_host=request.META.get("REMOTE_ADDR"),
        token=settings.METRICS_TOKEN,
        production=settings.PRODUCTION,
    )
    if not allowed:
        raise Http404
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    body, content_type = exposition()
    response = HttpResponse(body, content_type=content_type)
    response["Cache-Control"] = "no-store"
    return response
