"""URL map: ``/api/v1/`` is canonical, ``/api/`` serves the same views for older clients."""

from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from core.accounts.throttles import throttled_admin_login
from core.api.ai_views import ai_health
from core.api.health import health, live, live_unslashed, ready, ready_unslashed
from core.api.metrics import metrics
from core.api.permissions import ApiDocsAccess

api_patterns = [
    path("", include("core.accounts.urls")),
    path("", include("core.foodlog.urls")),
    path("", include("core.plans.urls")),
    path("", include("core.restaurants.urls")),
    path("", include("core.weight.urls")),
    path("", include("core.analytics.urls")),
    path("", include("core.catalog.urls")),
    path("", include("core.assistant.urls")),
    path("", include("core.jobs.urls")),
    path("health/", health, name="health"),
    # Probes: with or without the trailing slash (a probe should not need a redirect).
    path("health/live/", live, name="health-live"),
    path("health/live", live_unslashed),
    path("health/ready/", ready, name="health-ready"),
    path("health/ready", ready_unslashed),
    path("ai/health/", ai_health, name="ai-health"),
    # Public in development, staff-only in production (API_DOCS_PUBLIC).
    path("schema/", SpectacularAPIView.as_view(permission_classes=[ApiDocsAccess]), name="schema"),
    path(
        "docs/",
        SpectacularSwaggerView.as_view(url_name="v1:schema", permission_classes=[ApiDocsAccess]),
        name="docs",
    ),
]

urlpatterns = [
    path("api/v1/", include((api_patterns, "api"), namespace="v1")),
    path("api/", include((api_patterns, "api"), namespace="legacy")),
    # Before admin.site.urls so the admin's login form is throttled like the API's login.
    path("admin/login/", throttled_admin_login, name="admin-login"),
    path("admin/", admin.site.urls),
    # Prometheus; not public (core/api/metrics.py), not in the OpenAPI schema.
    path("metrics", metrics, name="metrics"),
]

handler400 = "core.api.views.bad_request"
handler403 = "core.api.views.permission_denied"
handler404 = "core.api.views.not_found"
handler500 = "core.api.views.server_error"
