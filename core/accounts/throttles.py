"""Brute-force protection for login and registration, per client IP and per email.

State lives in Django's cache, which is Redis when ``REDIS_URL`` is set, so every worker
counts the same attempts.
"""

from __future__ import annotations

import hashlib

from django.contrib import admin
from django.http import HttpRequest, HttpResponse, JsonResponse
from rest_framework.request import Request
from rest_framework.throttling import SimpleRateThrottle
from rest_framework.views import APIView


class AuthIpThrottle(SimpleRateThrottle):
    """Limits auth attempts from one client address."""

    scope = "auth_ip"

    def get_cache_key(self, request: Request, view: APIView | None) -> str | None:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class AuthEmailThrottle(SimpleRateThrottle):
    """Limits auth attempts against one account, whichever addresses they come from."""

    scope = "auth_email"

    def get_cache_key(self, request: Request, view: APIView | None) -> str | None:
        # The API posts JSON "email"; Django's admin login form posts "username".
        data = getattr(request, "data", None)
        email = data.get("email") if isinstance(data, dict) else request.POST.get("username")
        if not isinstance(email, str) or not email.strip():
            return None
        # Hashed: any text may be posted as an email, and a cache key must stay short and
        # free of spaces and control characters.
        ident = hashlib.sha256(email.strip().lower().encode("utf-8", "replace")).hexdigest()
        return self.cache_format % {"scope": self.scope, "ident": ident}


def throttled_admin_login(request: HttpRequest, extra_context: dict | None = None) -> HttpResponse:
    """Django admin's login view behind the same per-IP and per-account limits as the API's.

    Without it the admin form would be a second, unthrottled way to guess passwords.
    """
    if request.method == "POST":
        for throttle in (AuthIpThrottle(), AuthEmailThrottle()):
            if not throttle.allow_request(request, None):  # type: ignore[arg-type]
                wait = throttle.wait()
                response = JsonResponse(
                    {
                        "error": "Too many login attempts; try again later.",
                        "details": {"retry_after_seconds": int(wait or 0)},
                    },
                    status=429,
                )
                if wait is not None:
                    response["Retry-After"] = str(int(wait) + 1)
                return response
    return admin.site.login(request, extra_context)
