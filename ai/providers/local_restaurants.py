"""The local restaurants provider: geo search and scoring over the shared tables.

Reads only (the core owns every write): ``restaurants``, ``restaurant_menu_items`` and
``restaurant_search_areas`` for the places, ``users`` and ``foods`` for the caller's
restrictions and what is left of today's budget.

A search is two steps, the same on SQLite and MySQL/MariaDB:

1. SQL: the bounding box of the circle (``domain.geo.bounding_box``) as range conditions
   on ``latitude``/``longitude`` (index ``restaurants_lat_lng``; two longitude ranges
   across the antimeridian, none at a pole) plus the column filters: cuisine, price
   level, minimum rating, and "has a dish for this diet" as an ``EXISTS`` over the menu
   (diet tags are stored as a JSON list, so ``LIKE '%"vegan"%'`` matches one tag exactly).
2. Python: the exact great-circle distance of each candidate, the radius cut, "open now"
   in each restaurant's own zone, sorting, paging, and the menu scoring of
   ``domain.healthiness``. Distances, sorting and scores never depend on the database's
   float functions, so both backends give the same answer.

Sorting: ``distance`` (nearest first; ties by name, then id), ``rating`` (best first;
unrated last), ``score`` (best restaurant score first; restaurants without a known menu
last; ties by distance). Scoring needs every candidate's menu, so ``score`` ranks the
nearest ``SCORE_RANK_LIMIT`` matches; ``count`` always counts them all.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import (
    String,
    and_,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Select
from sqlalchemy.sql.elements import BindParameter

from ai.tables import (
    HEALTH_PROFILE,
    diet_plans,
    foods,
    restaurant_menu_items,
    restaurant_search_areas,
    restaurants,
    users,
)
from domain.diet import build_restrictions
from domain.geo import bounding_box, haversine_m
from domain.healthiness import (
    DayBudget,
    MenuItem,
    RankedOption,
    Restrictions,
    day_budget,
    healthy_options,
    rank_options,
    restaurant_score,
)
from domain.opening_hours import open_now

SORTS = ("distance", "score", "rating")
SCORE_RANK_LIMIT = 2_000
HEALTHY_OPTIONS_PER_RESTAURANT = 5
_IN_CHUNK = 500  # ids per IN (...) list


def _db_time(moment: datetime) -> BindParameter[str]:
    """A UTC instant as the core stores it, for comparisons that work on both backends.

    Django keeps naive UTC: SQLite as text ``YYYY-MM-DD HH:MM:SS[.ffffff]``, MySQL as
    DATETIME. A bound string without fraction compares correctly with both (on SQLite a
    row at exactly ``HH:MM:SS`` equals it; with a fraction it sorts after it). It is bound
    as ``String`` on purpose: the columns are declared ``DateTime``, whose SQLite binding
    would always add ``.ffffff`` and so miss a row stored at exactly ``HH:MM:SS``.
    """
    return literal(moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"), String)


def _json_dict(value: Any) -> dict[str, Any] | None:
    """A JSON object column (decoded already, or still text), else None."""
    if isinstance(value, (str, bytes)) and value:
        try:
            value = json.loads(value)
        except ValueError:
            return None
    return value if isinstance(value, dict) else None


def _json_list(value: Any) -> list[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, (str, bytes)) and value:
        try:
            parsed = json.loads(value)
        except ValueError:
            return []
        return parsed if isinstance(parsed, list) else []
    return []


@lru_cache(maxsize=1024)
def _tags(value: Any) -> tuple[str, ...]:
    """A stored tag list (few distinct values, so parsed once each)."""
    return tuple(str(tag) for tag in _json_list(value))


def _json_object(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if isinstance(value, (str, bytes)) and value:
        try:
            parsed = json.loads(value)
        except ValueError:
            return {}
        return parsed if isinstance(parsed, dict) else {}
    return {}


@dataclass(frozen=True)
class NearbyQuery:
    """A validated search (see ``ai.routes.restaurants`` for the parameters)."""

    latitude: float
    longitude: float
    radius_m: float
    sort: str = "distance"
    page: int = 1
    page_size: int = 20
    cuisine: str | None = None
    price_levels: tuple[int, ...] = ()
    open_now: bool | None = None
    min_rating: float | None = None
    diet: str | None = None


@dataclass
class Candidate:
    """A restaurant inside the circle (a table row, or a provider result not yet stored)."""

    id: int | None
    name: str
    address: str
    latitude: float
    longitude: float
    cuisine: str
    price_level: int | None
    rating: float | None
    external_id: str | None
    source: str
    opening_hours: Any  # stored JSON text or a dict, parsed only when needed (_open_now)
    timezone: str
    distance_m: float
    open_now: bool | None = None
    menu: list[tuple[int, MenuItem]] = field(default_factory=list)
    ranked: list[RankedOption] = field(default_factory=list)
    score: float | None = None


# --- the caller -----------------------------------------------------------------------------
async def user_context(
    session: AsyncSession, user_id: int, zone_name: str, now: datetime | None = None
) -> tuple[Restrictions, DayBudget]:
    """The caller's restrictions and today's budget (their calendar day, in ``zone_name``,
    the profile's time zone, which authentication has already read). One round trip."""
    zone = ZoneInfo("UTC")
    with suppress(ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo(zone_name or "UTC")
    today = (now or datetime.now(UTC)).astimezone(zone).date()
    start = datetime.combine(today, time.min, tzinfo=zone)
    end = datetime.combine(today + timedelta(days=1), time.min, tzinfo=zone)
    day = and_(
        foods.c.user_id == user_id,
        foods.c.logged_at >= _db_time(start),
        foods.c.logged_at < _db_time(end),
    )

    def total(column: Any) -> Any:
        return select(func.coalesce(func.sum(column), 0.0)).where(day).scalar_subquery()

    # Today's target is the active diet plan's when there is one (domain.daily_target),
    # so the plan document comes in the same round trip (newest active, as the assistant).
    active_plan = (
        select(diet_plans.c.plan)
        .where(diet_plans.c.user_id == user_id, diet_plans.c.is_active.is_(True))
        .order_by(diet_plans.c.created_at.desc(), diet_plans.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    stmt = select(
        *HEALTH_PROFILE,
        total(foods.c.calories).label("kcal"),
        total(foods.c.nutrient_sodium).label("sodium"),
        total(foods.c.nutrient_saturated_fat).label("saturated_fat"),
        active_plan.label("diet_plan"),
    ).where(users.c.id == user_id)
    row = (await session.execute(stmt)).mappings().first()
    if row is None:
        return Restrictions(), day_budget({}, 0.0)
    totals = (row["kcal"], row["sodium"], row["saturated_fat"])
    profile = {
        "gender": row["gender"],
        "age": row["age"],
        "height": row["height"],
        "weight": row["weight"],
        "body_fat_percent": row["body_fat_percent"],
        "activity_level": row["activity_level"],
        "goals": _json_list(row["goals"]),
        "dietary_preferences": _json_list(row["dietary_preferences"]),
    }
    restrictions = build_restrictions(
        _json_list(row["dietary_preferences"]), _json_list(row["allergies"])
    )
    budget = day_budget(
        profile,
        float(totals[0]),
        float(totals[1]),
        float(totals[2]),
        diet_plan=_json_dict(row["diet_plan"]),
    )
    return restrictions, budget


async def area_is_fresh(session: AsyncSession, key: str, max_age: timedelta) -> bool:
    """Whether the core stored this provider search less than ``max_age`` ago."""
    cutoff = _db_time(datetime.now(UTC) - max_age)
    stmt = select(restaurant_search_areas.c.id).where(
        restaurant_search_areas.c.key == key, restaurant_search_areas.c.fetched_at >= cutoff
    )
    return (await session.execute(stmt.limit(1))).first() is not None


# --- candidates -----------------------------------------------------------------------------
def _column_filters(query: NearbyQuery) -> list[Any]:
    conditions: list[Any] = []
    if query.cuisine:
        conditions.append(func.lower(restaurants.c.cuisine) == query.cuisine.lower())
    if query.price_levels:
        conditions.append(restaurants.c.price_level.in_(query.price_levels))
    if query.min_rating is not None:
        conditions.append(restaurants.c.rating >= query.min_rating)
    if query.diet:
        conditions.append(
            exists().where(
                restaurant_menu_items.c.restaurant_id == restaurants.c.id,
                restaurant_menu_items.c.diets.like(f'%"{query.diet}"%'),
            )
        )
    return conditions


def candidate_statement(query: NearbyQuery) -> Select:
    """The SQL step: bounding box on the indexed columns plus the column filters."""
    box = bounding_box(query.latitude, query.longitude, query.radius_m)
    conditions = [restaurants.c.latitude.between(box.min_lat, box.max_lat)]
    if not box.all_longitudes:
        conditions.append(
            or_(*(restaurants.c.longitude.between(low, high) for low, high in box.lon_ranges))
        )
    return select(restaurants).where(and_(*conditions, *_column_filters(query)))


async def table_candidates(session: AsyncSession, query: NearbyQuery) -> list[Candidate]:
    """Table rows inside the circle that pass every filter, with their distances."""
    stmt = candidate_statement(query)
    found = []
    for row in (await session.execute(stmt)).mappings():
        distance = haversine_m(query.latitude, query.longitude, row["latitude"], row["longitude"])
        if distance > query.radius_m:
            continue
        found.append(
            Candidate(
                id=row["id"],
                name=row["name"],
                address=row["address"] or "",
                latitude=row["latitude"],
                longitude=row["longitude"],
                cuisine=row["cuisine"] or "",
                price_level=row["price_level"],
                rating=row["rating"],
                external_id=row["external_id"],
                source=row["source"],
                opening_hours=row["opening_hours"],
                timezone=row["timezone"] or "",
                distance_m=distance,
            )
        )
    return found


async def stored_external_ids(session: AsyncSession, external_ids: Iterable[str]) -> set[str]:
    """Which provider ids already have a row (whatever the filters say)."""
    wanted = sorted({e for e in external_ids if e})
    if not wanted:
        return set()
    stmt = select(restaurants.c.external_id).where(restaurants.c.external_id.in_(wanted))
    return {row[0] for row in await session.execute(stmt)}


def provider_candidates(places: Sequence[dict[str, Any]], query: NearbyQuery) -> list[Candidate]:
    """Provider results not yet in the table, filtered exactly as the SQL filters rows.

    They have no menu, so a diet filter (which needs a dish for that diet) drops them.
    """
    if query.diet:
        return []
    found = []
    for place in places:
        distance = haversine_m(
            query.latitude, query.longitude, place["latitude"], place["longitude"]
        )
        if distance > query.radius_m:
            continue
        if query.cuisine and (place.get("cuisine") or "").lower() != query.cuisine.lower():
            continue
        if query.price_levels and place.get("price_level") not in query.price_levels:
            continue
        rating = place.get("rating")
        if query.min_rating is not None and (rating is None or rating < query.min_rating):
            continue
        found.append(
            Candidate(
                id=None,
                name=place["name"],
                address=place.get("address") or "",
                latitude=place["latitude"],
                longitude=place["longitude"],
                cuisine=place.get("cuisine") or "",
                price_level=place.get("price_level"),
                rating=rating,
                external_id=place.get("external_id"),
                source=place.get("source") or "google_places",
                opening_hours=place.get("opening_hours") or {},
                timezone=place.get("timezone") or "",
                distance_m=distance,
            )
        )
    return found


async def load_menus(session: AsyncSession, candidates: Sequence[Candidate]) -> None:
    """Attach each stored candidate's menu items (``(id, MenuItem)`` pairs)."""
    by_id = {c.id: c for c in candidates if c.id is not None}
    ids = sorted(by_id)
    for start in range(0, len(ids), _IN_CHUNK):
        chunk = ids[start : start + _IN_CHUNK]
        stmt = (
            select(restaurant_menu_items)
            .where(restaurant_menu_items.c.restaurant_id.in_(chunk))
            .order_by(restaurant_menu_items.c.restaurant_id, restaurant_menu_items.c.id)
        )
        for row in (await session.execute(stmt)).mappings():
            data = dict(row)
            data["diets"] = _tags(data["diets"])
            data["allergens"] = _tags(data["allergens"])
            by_id[row["restaurant_id"]].menu.append((row["id"], MenuItem.from_mapping(data)))


def score_candidates(
    candidates: Iterable[Candidate], restrictions: Restrictions, budget: DayBudget
) -> None:
    """Rank each candidate's menu for this user and set its restaurant score."""
    for candidate in candidates:
        candidate.ranked = rank_options(candidate.menu, restrictions, budget)
        candidate.score = restaurant_score(candidate.ranked, has_menu=bool(candidate.menu))


# --- the search -----------------------------------------------------------------------------
def _open_now(candidate: Candidate, moment: datetime) -> bool | None:
    if candidate.timezone == "" or not candidate.opening_hours:
        return None  # unknown without parsing anything
    return open_now(_json_object(candidate.opening_hours), candidate.timezone, moment)


def _by_distance(c: Candidate) -> tuple:
    return (c.distance_m, c.name, c.id or 0)


def _sort(candidates: list[Candidate], sort: str) -> None:
    if sort == "rating":
        candidates.sort(key=lambda c: (c.rating is None, -(c.rating or 0.0), *_by_distance(c)))
    elif sort == "score":
        candidates.sort(key=lambda c: (c.score is None, -(c.score or 0.0), *_by_distance(c)))
    else:
        candidates.sort(key=_by_distance)


async def search(
    session: AsyncSession,
    query: NearbyQuery,
    restrictions: Restrictions,
    budget: DayBudget,
    provider_places: Sequence[dict[str, Any]] = (),
    now: datetime | None = None,
) -> tuple[list[dict[str, Any]], int]:
    """One page of results (response items) and the total count of matches."""
    candidates = await table_candidates(session, query)
    if provider_places:
        stored = await stored_external_ids(session, (p.get("external_id") for p in provider_places))
        fresh = [p for p in provider_places if p.get("external_id") not in stored]
        candidates.extend(provider_candidates(fresh, query))
    moment = now or datetime.now(UTC)
    if query.open_now is not None:
        for candidate in candidates:
            candidate.open_now = _open_now(candidate, moment)
        candidates = [c for c in candidates if c.open_now is query.open_now]
    count = len(candidates)
    if query.sort == "score":
        candidates.sort(key=_by_distance)
        candidates = candidates[:SCORE_RANK_LIMIT]
        await load_menus(session, candidates)
        score_candidates(candidates, restrictions, budget)
    _sort(candidates, query.sort)
    offset = (query.page - 1) * query.page_size
    page = candidates[offset : offset + query.page_size]
    if query.sort != "score":
        await load_menus(session, page)
        score_candidates(page, restrictions, budget)
    for candidate in page:
        if query.open_now is None:
            candidate.open_now = _open_now(candidate, moment)
    return [as_item(c) for c in page], count


def as_item(candidate: Candidate) -> dict[str, Any]:
    """The response shape of one restaurant."""
    return {
        "id": candidate.id,
        "name": candidate.name,
        "location": {"latitude": candidate.latitude, "longitude": candidate.longitude},
        "address": candidate.address,
        "cuisine": candidate.cuisine,
        "price_level": candidate.price_level,
        "rating": candidate.rating,
        "distance_m": round(candidate.distance_m, 1),
        "open_now": candidate.open_now,
        "score": candidate.score,
        "healthy_options": [
            option_item(option)
            for option in healthy_options(candidate.ranked, HEALTHY_OPTIONS_PER_RESTAURANT)
        ],
        "source": candidate.source,
        "external_id": candidate.external_id,
    }


def option_item(option: RankedOption) -> dict[str, Any]:
    """The response shape of one healthy option."""
    item = option.item
    return {
        "id": option.key,
        "name": item.name,
        "calories": item.calories,
        "nutrients": {
            "protein": item.protein,
            "carbs": item.carbs,
            "fats": item.fats,
            "fiber": item.fiber,
            "saturated_fat": item.saturated_fat,
            "sodium": item.sodium,
        },
        "score": option.score,
        "fit": option.fit,
        "diets": sorted(item.diets),
        "allergens": sorted(item.allergens),
    }
