"""``POST /diet/generate`` and ``POST /workout/generate``: computed plans for the caller.

The profile comes from the caller's row in ``users`` (the token says who); the body holds
optional overrides. The diet plan is energy/macro targets (``domain.targets``) and a MILP
meal planner (``domain.planner``) over the database catalog; the workout is the rule-based
programmer (``domain.workouts``). Both are CPU-bound, so they run in worker threads, at
most ``planner_max_concurrent_solves`` at once, and the event loop stays free. When an
OpenAI key is configured the language model may add words (meal names, a description,
tips); the numbers are ours either way.

Errors: a profile missing what the targets need -> 400 naming the fields
(``details.missing_fields``); bad overrides -> 400 per field; a request no plan can meet
-> 422 naming the constraint (``details.constraint``); an empty catalog -> 503.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Annotated, Any, Literal

import anyio
from fastapi import APIRouter, Body, Depends, FastAPI, Request
from pydantic import AliasChoices, BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ai.deps import CurrentUser, SessionDep
from ai.errors import ApiError
from ai.metrics import timed_solve
from ai.plan_foods import PlanFoods
from ai.progress import Report, progress_stream, wants_progress
from ai.providers.plan_narrative import (
    PlanNarrator,
    merge_diet_narrative,
    merge_workout_narrative,
)
from ai.settings import Settings
from ai.tables import HEALTH_PROFILE, users
from domain.diet import DIETARY_PREFERENCES, normalise_word, preference_for
from domain.planner import (
    MealSlot,
    PlanInfeasible,
    PlanRequest,
    Restrictions,
    meals_for_count,
    plan_diet,
)
from domain.planner.rules import FIVE_MEALS
from domain.targets import InvalidProfileValues, MissingProfileFields, targets_from_mapping
from domain.workouts import (
    InvalidWorkoutRequest,
    NoSuitableExercises,
    WorkoutRequest,
    generate_workout,
)

router = APIRouter(tags=["plans"])

MealKind = Literal["breakfast", "lunch", "dinner", "snack"]
DietWord = Literal[DIETARY_PREFERENCES]  # type: ignore[valid-type]

# --- the service (one per app) -------------------------------------------------------------


class PlanService:
    """What the endpoints share: the planner's foods, the solver slots and the narrator."""

    def __init__(self, settings: Settings) -> None:
        self.foods = PlanFoods(settings.catalog_refresh_seconds)
        self.narrator = PlanNarrator(settings)
        self.limiter = anyio.CapacityLimiter(settings.planner_max_concurrent_solves)


def get_plan_service(request: Request) -> PlanService:
    """The app's plan service, made on first use (inside the event loop, no await)."""
    app: FastAPI = request.app
    service = getattr(app.state, "plans", None)
    if service is None:
        service = app.state.plans = PlanService(app.state.settings)
    return service


PlanServiceDep = Annotated[PlanService, Depends(get_plan_service)]


async def load_profile(session: AsyncSession, user_id: int) -> dict[str, Any]:
    """The caller's health profile as the API spells it (JSON lists decoded)."""
    query = select(*HEALTH_PROFILE).where(users.c.id == user_id)
    row = (await session.execute(query)).mappings().one()
    profile = dict(row)
    for key in ("goals", "dietary_preferences", "allergies"):
        value = profile.get(key)
        profile[key] = [str(v) for v in value] if isinstance(value, list) else []
    return profile


def missing_fields_error(missing: Sequence[str], what: str) -> ApiError:
    """400 naming the profile fields to fill in."""
    names = sorted(missing)
    return ApiError(
        400,
        f"Your profile lacks what the {what} needs: {', '.join(names)}. "
        "Fill them in on your profile (PATCH /api/profile/) and try again.",
        {"missing_fields": names, **{name: ["This profile field is required."] for name in names}},
    )


# --- diet ----------------------------------------------------------------------------------


def _words(value: Any) -> Any:
    """``"Gluten-free"`` -> ``"gluten_free"``, ``"keto"`` -> ``"low_carb"`` (the diet
    vocabulary's aliases); a comma-separated string -> a list."""
    if isinstance(value, str):
        value = value.split(",")
    if isinstance(value, list):
        return [preference_for(v) or normalise_word(v) for v in value if str(v).strip()]
    return value


class DietOverrides(BaseModel):
    """Optional overrides of the diet plan; everything else comes from the profile."""

    model_config = ConfigDict(extra="forbid")

    days: int = Field(7, ge=1, le=7, description="Days to plan, from Monday.")
    meals_per_day: int | None = Field(
        None,
        ge=1,
        le=6,
        description="1-6 meals a day (default 4: breakfast, lunch, dinner, snack).",
    )
    meals: list[MealKind] | None = Field(
        None,
        min_length=1,
        max_length=6,
        description='The day\'s meals in order, e.g. ["breakfast", "lunch", "dinner"].',
    )
    restrictions: list[DietWord] | None = Field(
        None,
        validation_alias=AliasChoices("restrictions", "diet"),
        description=(
            "Diets to follow instead of the profile's dietary_preferences (alias: diet). "
            "halal: no pork or pork products and no alcohol in any item (unknown counts as "
            "present); halal slaughter is not known from USDA data, so the plan never claims "
            "certification and its notes say to choose halal-certified meat and poultry."
        ),
    )
    allergies: list[Annotated[str, Field(min_length=1, max_length=50)]] = Field(
        [], max_length=20, description="Added to the profile's allergies (those always apply)."
    )
    disliked_foods: list[Annotated[str, Field(min_length=1, max_length=80)]] = Field(
        [], max_length=50, description="Food names (matched in names) or NDB numbers to leave out."
    )
    repeat_limit: int = Field(2, ge=1, le=7, description="Days a week a food may appear on.")
    include: list[Literal["organ_meats", "game"]] = Field(
        [], description="Foods planned only when asked for: organ meats, game."
    )
    goal: Literal["lose", "maintain", "gain"] | None = Field(
        None, description="Overrides the goal taken from the profile's goals."
    )
    seed: int | None = Field(
        None, ge=0, le=2**31 - 1, description="Same seed and inputs, same plan (default: random)."
    )

    @field_validator("restrictions", mode="before")
    @classmethod
    def _normalise(cls, value: Any) -> Any:
        return _words(value)

    def diets(self, profile: dict[str, Any]) -> list[str]:
        """The diets to honour: the body's when given, else the profile's preferences."""
        if self.restrictions is not None:
            return list(self.restrictions)
        return list(profile["dietary_preferences"])

    def slots(self) -> tuple[MealSlot, ...]:
        """The meal slots (400 when ``meals`` and ``meals_per_day`` disagree)."""
        if self.meals is not None:
            if self.meals_per_day is not None and self.meals_per_day != len(self.meals):
                raise ApiError(
                    400,
                    "meals_per_day and meals disagree; give one of them.",
                    {"meals_per_day": [f"meals lists {len(self.meals)} meals."]},
                )
            return slots_for_kinds(self.meals)
        return slots_for_count(self.meals_per_day or 4)


# Energy share of each kind of meal, before normalising over the day's meals.
KIND_WEIGHT = {"breakfast": 25.0, "lunch": 35.0, "dinner": 30.0, "snack": 10.0}
LAYOUTS: dict[int, tuple[str, ...]] = {
    1: ("dinner",),
    2: ("lunch", "dinner"),
    6: ("breakfast", "snack", "lunch", "snack", "dinner", "snack"),
}


def _slot(kind: str, share: float) -> MealSlot:
    # A window of +-5 points; meals hold 2-5 items as the planner's defaults, snacks 1-2
    # (a lone snack never stands in for a day's meals).
    items = (1, 2) if kind == "snack" else (2, 5)
    return MealSlot(kind, kind, share, max(share - 0.05, 0.0), share + 0.05, *items)


def slots_for_kinds(kinds: Sequence[str]) -> tuple[MealSlot, ...]:
    """Slots for meals named by kind, sharing the day's energy by ``KIND_WEIGHT``."""
    total = sum(KIND_WEIGHT[k] for k in kinds)
    return tuple(_slot(k, round(KIND_WEIGHT[k] / total, 4)) for k in kinds)


def slots_for_count(count: int) -> tuple[MealSlot, ...]:
    """The planner's layouts for 3 and 4 meals, its 5-meal shares, and ours for 1, 2, 6.

    Every slot is named by its kind: the stored plan's ``meal`` is one of breakfast,
    lunch, dinner, snack (``core.plans.schemas``).
    """
    if count in (3, 4):
        return meals_for_count(count)
    if count == 5:
        return tuple(
            MealSlot(s.kind, s.kind, s.share, s.low, s.high, s.min_items, s.max_items)
            for s in FIVE_MEALS
        )
    return slots_for_kinds(LAYOUTS[count])


@router.post(
    "/diet/generate",
    summary="Compute a diet plan for the caller",
    responses={
        400: {"description": "Profile incomplete (details.missing_fields) or bad overrides."},
        401: {"description": "No valid access token."},
        422: {"description": "No plan meets the constraints (details.constraint)."},
        503: {"description": "The food catalog is empty."},
    },
    description="With `Accept: application/x-ndjson` the answer is a stream: a "
    '`{"event": "progress", "stage": "solving", "day": n, "days": N}` line per day solved, '
    'then one `{"event": "result", "status", "body"}` line with what this endpoint would '
    "answer as JSON.",
)
async def generate_diet(
    user: CurrentUser,
    session: SessionDep,
    service: PlanServiceDep,
    request: Request,
    body: Annotated[DietOverrides | None, Body()] = None,
) -> dict[str, Any]:
    """``{"plan": {daily_calorie_target, macros, weekly_plan, daily_totals, inputs, ...}}``."""
    body = body or DietOverrides()
    profile = await load_profile(session, user.id)
    await session.close()  # the solve may take seconds: do not hold a connection meanwhile
    # The targets read low_carb / low_sodium from the preferences the plan follows.
    mapping = {
        **profile,
        "dietary_preferences": body.diets(profile),
        **({"goal": body.goal} if body.goal else {}),
    }
    try:
        targets = targets_from_mapping(mapping)
    except MissingProfileFields as exc:
        raise missing_fields_error(exc.missing, "diet plan") from exc
    except InvalidProfileValues as exc:
        raise ApiError(
            400,
            f"{exc.message} Correct them on your profile and try again.",
            {"invalid_fields": exc.fields},
        ) from exc
    restrictions = Restrictions.build(
        diets=body.diets(profile),
        allergies=[*profile["allergies"], *body.allergies],
        disliked=body.disliked_foods,
    )
    plan_request = PlanRequest(
        days=body.days,
        meals=body.slots(),
        restrictions=restrictions,
        repeat_limit=body.repeat_limit,
        # A limit the person chose is kept; the default may be raised when foods run out.
        relax_repeats="repeat_limit" not in body.model_fields_set,
        seed=body.seed if body.seed is not None else random.randrange(2**31),
        allow_flags=frozenset({"organ_meats": "organ"}.get(w, w) for w in body.include),
    )
    foods = await service.foods.foods(request.app.state.sessionmaker)
    if not foods:
        raise ApiError(
            503,
            "The food catalog is empty, so no meal plan can be made; load it first "
            "(manage.py load_starter_catalog).",
            {"reason": "empty catalog"},
        )
    overrides = body.model_dump(exclude_none=True, exclude_defaults=True)
    shared = profile if user.ai_data_sharing else None

    async def solve(report: Report | None = None) -> dict[str, Any]:
        def on_day(done: int, days: int) -> None:
            if report is not None:
                report({"stage": "solving", "day": done, "days": days})

        try:
            plan = await anyio.to_thread.run_sync(
                timed_solve("diet", plan_diet),
                targets,
                foods,
                plan_request,
                on_day,
                limiter=service.limiter,
            )
        except PlanInfeasible as exc:
            raise ApiError(422, exc.message, exc.details) from exc
        plan["inputs"]["overrides"] = overrides
        narrative = await service.narrator.diet(plan, shared)
        return {"plan": merge_diet_narrative(plan, narrative)}

    if wants_progress(request):
        # "solving day 3 of 7" for the core's plan jobs (ai/progress.py).
        return progress_stream(solve)
    return await solve()


# --- workout -------------------------------------------------------------------------------

# Profile goals -> the programmer's goals, first match wins.
WORKOUT_GOALS = (
    ("build_muscle", "hypertrophy"),
    ("lose_weight", "weight_loss"),
    ("improve_endurance", "endurance"),
    ("gain_weight", "hypertrophy"),
)
DAYS_BY_ACTIVITY = {"sedentary": 2, "light": 3, "moderate": 3, "active": 4, "very_active": 5}
DEFAULT_MINUTES = 45


class WorkoutOverrides(BaseModel):
    """Optional overrides of the programme; defaults come from the profile."""

    model_config = ConfigDict(extra="forbid")

    goal: str | None = Field(
        None, description="strength, hypertrophy, endurance, weight_loss or general_fitness."
    )
    experience: str | None = Field(None, description="beginner (default), intermediate, advanced.")
    days_per_week: int | None = Field(None, description="1-6 (default from activity level).")
    minutes_per_session: int | None = Field(
        None, description=f"20-180 (default {DEFAULT_MINUTES})."
    )
    equipment: list[str] | str | None = Field(
        None, description='Available equipment (default none: body weight; "gym" = all).'
    )
    avoid: list[str] | str | None = Field(None, description="Body parts to spare, e.g. knees.")
    preferred_days: list[str] | str | None = Field(None, description="Weekdays you can train.")


def workout_defaults(profile: dict[str, Any]) -> dict[str, Any]:
    """The programme's inputs the profile implies (goal, days, body weight)."""
    goals = set(profile["goals"])
    goal = next((ours for word, ours in WORKOUT_GOALS if word in goals), "general_fitness")
    return {
        "goal": goal,
        "experience": "beginner",
        "days_per_week": DAYS_BY_ACTIVITY.get(profile.get("activity_level") or "", 3),
        "minutes_per_session": DEFAULT_MINUTES,
        "body_weight_kg": profile.get("weight"),
    }


@router.post(
    "/workout/generate",
    summary="Compute a weekly workout programme for the caller",
    responses={
        400: {"description": "Profile without weight (details.missing_fields) or bad overrides."},
        401: {"description": "No valid access token."},
        422: {"description": "No exercise fits the equipment and restrictions."},
    },
)
async def generate_workout_plan(
    user: CurrentUser,
    session: SessionDep,
    service: PlanServiceDep,
    body: Annotated[WorkoutOverrides | None, Body()] = None,
) -> dict[str, Any]:
    """``{"workout": {weekly_schedule, rest_days, difficulty, sessions, ...}}``."""
    body = body or WorkoutOverrides()
    profile = await load_profile(session, user.id)
    await session.close()
    if profile.get("weight") in (None, ""):
        raise missing_fields_error(["weight"], "workout plan")
    given = body.model_dump(exclude_none=True)
    try:
        workout_request = WorkoutRequest.from_dict({**workout_defaults(profile), **given})
        workout = await anyio.to_thread.run_sync(
            timed_solve("workout", generate_workout), workout_request, limiter=service.limiter
        )
    except InvalidWorkoutRequest as exc:
        raise ApiError(400, exc.message, {k: [v] for k, v in exc.details.items()}) from exc
    except NoSuitableExercises as exc:
        raise ApiError(422, exc.message, exc.details) from exc
    defaults = sorted(set(workout_defaults(profile)) - set(given))
    workout["inputs"] = {"from_profile": defaults, "overrides": given}
    shared = profile if user.ai_data_sharing else None
    narrative = await service.narrator.workout(workout, shared)
    return {"workout": merge_workout_narrative(workout, narrative)}
