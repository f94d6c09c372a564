"""Who may read the API documentation (OpenAPI schema, Swagger UI)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from rest_framework.permissions import BasePermission
from rest_framework.request import Request


class ApiDocsAccess(BasePermission):
    """Everyone when ``API_DOCS_PUBLIC`` (development default); otherwise staff only.

    A public schema hands an attacker the whole surface; production keeps it for staff.
    Read at each request, so the setting can be changed without re-importing the URLs.
    """

    message = "The API documentation is not public here."

    def has_permission(self, request: Request, view: Any) -> bool:
        if settings.API_DOCS_PUBLIC:
            return True
        user = request.user
        return bool(user and user.is_authenticated and user.is_staff)
