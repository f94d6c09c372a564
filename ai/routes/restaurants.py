"""``GET /restaurant/nearby``: restaurants around a point, scored against the caller's day.

The answer is ``{restaurants, count, page, page_size, sort, budget, provider}``; each
restaurant is ``{id, name, location{latitude, longitude}, address, cuisine, price_level,
rating, distance_m, open_now, score, healthy_options[...], source, external_id}``.

With ``GOOGLE_MAPS_API_KEY`` set, Google Places is asked first unless the core stored
the results of the same search (cell + radius bucket) less than
``RESTAURANT_CACHE_HOURS`` ago. This service never writes: when it did call Google,
``provider`` carries ``status: "fetched"``, the search ``area`` and the normalised
``places``, and the core's view stores them (``core.restaurants.cache``), so the next
search of that area is answered from the table. When Google fails, the table answers
alone (``status: "unavailable"``).
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request

from ai.deps import CurrentUser, SessionDep, SettingsDep
from ai.errors import ApiError
from ai.providers import local_restaurants as local
from ai.providers.places import (
    PROVIDER,
    PlacesClient,
    PlacesError,
    config_from_settings,
    search_area,
)
from ai.settings import Settings
from domain.geo import DEFAULT_RADIUS_M, MAX_RADIUS_M, GeoError, check_point, check_radius
from domain.healthiness import DIETS

logger = logging.getLogger("ai.restaurants")
router = APIRouter(tags=["restaurants"])

MAX_PAGE_SIZE = 50


def places_client(request: Request, settings: Settings) -> PlacesClient | None:
    """The app's Places client (one per app, so its circuit breaker is shared), or None."""
    state = request.app.state
    if not hasattr(state, "places_client"):
        config = config_from_settings(settings)
        state.places_client = PlacesClient(config) if config else None
        logger.info(
            "restaurants provider: %s",
            f"google_places ({config.base_url})" if config else "local table only (no key)",
        )
    return state.places_client


def _price_levels(raw: str | None) -> tuple[int, ...]:
    if not raw:
        return ()
    try:
        levels = tuple(sorted({int(part) for part in raw.split(",") if part.strip()}))
    except ValueError:
        levels = (-1,)
    if not levels or any(not 0 <= level <= 4 for level in levels):
        message = "price_level must be 0-4, or several separated by commas (1,2)."
        raise ApiError(400, f"Invalid input: {message}", {"price_level": [message]})
    return levels


@router.get(
    "/restaurant/nearby",
    summary="Restaurants near a point, with options that fit the caller's day",
    responses={400: {"description": "Out-of-range coordinates, radius or filters."}},
)
async def nearby(
    request: Request,
    session: SessionDep,
    user: CurrentUser,
    settings: SettingsDep,
    latitude: Annotated[float, Query(ge=-90, le=90, description="Degrees (WGS 84).")],
    longitude: Annotated[float, Query(ge=-180, le=180, description="Degrees (WGS 84).")],
    radius: Annotated[float, Query(ge=0, le=MAX_RADIUS_M, description="Metres.")] = (
        DEFAULT_RADIUS_M
    ),
    sort: Literal["distance", "score", "rating"] = "distance",
    page: Annotated[int, Query(ge=1)] = 1,
    page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 20,
    cuisine: Annotated[str | None, Query(max_length=50)] = None,
    price_level: Annotated[str | None, Query(max_length=20, description="0-4, e.g. 1,2")] = None,
    open_now: bool | None = None,
    min_rating: Annotated[float | None, Query(ge=0, le=5)] = None,
    diet: Literal[DIETS] | None = None,  # type: ignore[valid-type]
) -> dict[str, Any]:
    """Search the table (and Google Places when configured); see the module docstring."""
    try:
        check_point(latitude, longitude)
        check_radius(radius)
    except GeoError as exc:
        raise ApiError(400, f"Invalid input: {exc.message}", {exc.field: [exc.message]}) from exc
    query = local.NearbyQuery(
        latitude=latitude,
        longitude=longitude,
        radius_m=radius,
        sort=sort,
        page=page,
        page_size=page_size,
        cuisine=cuisine.strip() if cuisine and cuisine.strip() else None,
        price_levels=_price_levels(price_level),
        open_now=open_now,
        min_rating=min_rating,
        diet=diet,
    )
    provider: dict[str, Any] = {"name": PROVIDER, "status": "disabled"}
    places: list[dict[str, Any]] = []
    client = places_client(request, settings)
    if client is not None:
        area = search_area(latitude, longitude, radius)
        max_age = timedelta(hours=settings.restaurant_cache_hours)
        if await local.area_is_fresh(session, area.key, max_age):
            provider["status"] = "cached"
        else:
            try:
                places = await client.search_nearby(area)
            except PlacesError as exc:
                logger.warning("Google Places failed (%s): %s", exc.kind, exc.message)
                provider.update(status="unavailable", reason=exc.kind)
            else:
                provider.update(status="fetched", area=area.as_dict(), places=places)
    restrictions, budget = await local.user_context(session, user.id, user.timezone)
    items, count = await local.search(session, query, restrictions, budget, places)
    return {
        "restaurants": items,
        "count": count,
        "page": page,
        "page_size": page_size,
        "sort": sort,
        "budget": budget.as_dict(),
        "provider": provider,
    }
