"""Who may do what with restaurants."""

from __future__ import annotations

from typing import Any

from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request


class IsStaffOrReadOnly(BasePermission):
    """Any signed-in user reads; only staff write.

    Anonymous requests fail here too, and DRF turns that into 401 (not 403) because an
    authenticator could have succeeded.
    """

    message = "Only staff can add, change or delete restaurants."

    def has_permission(self, request: Request, view: Any) -> bool:
        user = request.user
        if user is None or not user.is_authenticated:
            return False
        return request.method in SAFE_METHODS or bool(user.is_staff)
