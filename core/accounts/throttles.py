"""Brute-force protection for login and registration, per client IP and per email.

State lives in Django's cache, which is Redis when ``REDIS_URL`` is set, so every worker
counts the same attempts.
"""

from __future__ import annotations

from rest_framework.request import Request
from rest_framework.throttling import SimpleRateThrottle
from rest_framework.views import APIView


class AuthIpThrottle(SimpleRateThrottle):
    """Limits auth attempts from one client address."""

    scope = "auth_ip"

    def get_cache_key(self, request: Request, view: APIView) -> str | None:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class AuthEmailThrottle(SimpleRateThrottle):
    """Limits auth attempts against one account, whichever addresses they come from."""

    scope = "auth_email"

    def get_cache_key(self, request: Request, view: APIView) -> str | None:
        data = request.data if isinstance(request.data, dict) else {}
        email = data.get("email")
        if not isinstance(email, str) or not email.strip():
            return None
        return self.cache_format % {"scope": self.scope, "ident": email.strip().lower()}
