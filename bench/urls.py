"""The core's URLs plus two plain Django views (no DRF) the bench compares the API with.

- ``bare/``: the cheapest JSON answer Django can give, behind the same middleware; the
  floor for any endpoint.
- ``plain/foods/``: the food list without DRF: the same JWT checks done by hand (RS256
  signature, audience, issuer, expiry, token type, then the active user by id), the same
  queries as ``GET /api/v1/foods/`` (a COUNT, then one page of 20 newest first) and the
  same JSON body. ``list_foods`` over this is what DRF and our API layer cost.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import jwt
from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.urls import path

from core.accounts.models import User
from core.foodlog.models import FoodEntry
from core.urls import handler400, handler403, handler404, handler500
from core.urls import urlpatterns as core_urls

__all__ = ["handler400", "handler403", "handler404", "handler500", "urlpatterns"]


def bare(request: HttpRequest) -> JsonResponse:
    """The cheapest JSON answer Django can give: the baseline for framework overhead."""
    return JsonResponse({"status": "ok"})


def _unauthorized(message: str) -> JsonResponse:
    return JsonResponse({"error": message, "details": {}}, status=401)


def _authenticated_user(request: HttpRequest) -> User | None:
    """The active user of a valid access token in ``Authorization: Bearer``, else None."""
    scheme, _, raw = request.headers.get("Authorization", "").partition(" ")
    if scheme != "Bearer" or not raw:
        return None
    jwt_settings = settings.SIMPLE_JWT
    try:
        claims = jwt.decode(
            raw,
            jwt_settings["VERIFYING_KEY"],
            algorithms=[jwt_settings["ALGORITHM"]],
            audience=jwt_settings["AUDIENCE"],
            issuer=jwt_settings["ISSUER"],
            leeway=jwt_settings["LEEWAY"],
        )
    except jwt.PyJWTError:
        return None
    if claims.get("token_type") != "access" or "jti" not in claims:
        return None
    user = User.objects.filter(pk=claims.get("user_id")).first()
    return user if user is not None and user.is_active else None


def _page_link(request: HttpRequest, page: int) -> str:
    query = request.GET.copy()
    query["page"] = str(page)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def plain_foods(request: HttpRequest) -> JsonResponse:
    """``GET /api/v1/foods/`` without DRF: same auth, same queries, same body."""
    user = _authenticated_user(request)
    if user is None:
        return _unauthorized("Authentication credentials were not provided or are invalid.")
    try:
        page = max(1, int(request.GET.get("page", "1")))
    except ValueError:
        page = 1
    size = settings.REST_FRAMEWORK["PAGE_SIZE"]
    entries = FoodEntry.objects.filter(user=user).order_by("-logged_at", "-id")
    count = entries.count()
    start = (page - 1) * size
    body: dict[str, Any] = {
        "count": count,
        "next": _page_link(request, page + 1) if start + size < count else None,
        "previous": _page_link(request, page - 1) if page > 1 else None,
        "results": [_entry(e) for e in entries[start : start + size]],
    }
    return JsonResponse(body)


def _entry(entry: FoodEntry) -> dict[str, Any]:
    """One entry in the API's shape (``FoodEntrySerializer``'s fields and formats)."""
    return {
        "id": entry.pk,
        "name": entry.name,
        "calories": entry.calories,
        "nutrients": entry.nutrients,
        "meal": entry.meal,
        "logged_at": _iso(entry.logged_at),
        "catalog_food": entry.catalog_food_id,
        "grams": entry.grams,
        "created_at": _iso(entry.created_at),
        "updated_at": _iso(entry.updated_at),
    }


def _iso(value: datetime) -> str:
    text = value.astimezone(UTC).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


urlpatterns = [
    *core_urls,
    path("bare/", bare, name="bench-bare"),
    path("plain/foods/", plain_foods, name="bench-plain-foods"),
]
