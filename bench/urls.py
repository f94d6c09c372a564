"""The core's URLs plus ``bare/``: a plain Django JSON view with no DRF, auth or database."""

from django.http import HttpRequest, JsonResponse
from django.urls import path

from core.urls import handler400, handler403, handler404, handler500
from core.urls import urlpatterns as core_urls

__all__ = ["handler400", "handler403", "handler404", "handler500", "urlpatterns"]


def bare(request: HttpRequest) -> JsonResponse:
    """The cheapest JSON answer Django can give: the baseline for framework overhead."""
    return JsonResponse({"status": "ok"})


urlpatterns = [*core_urls, path("bare/", bare, name="bench-bare")]
