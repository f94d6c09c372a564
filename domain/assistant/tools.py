"""The assistant's tools: plain async functions with typed (pydantic) inputs and outputs.

Both providers use the same tools: the local assistant calls them directly, the OpenAI
provider offers them as function definitions (``tool_definitions``) and runs the calls
the model makes through ``run_tool``, which validates the model's arguments first.
Every tool reads through the ``ToolContext``'s data source, which is bound to the caller.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from domain.assistant.budget import DailyTargets, daily_targets
from domain.assistant.knowledge import MIN_COVERAGE, KnowledgeBase, default_knowledge_base
from domain.assistant.periods import PeriodKind, resolve_period
from domain.assistant.records import AssistantData, CatalogChoice, StoredPlan, UserProfile
from domain.diet import Restrictions, restrictions_from_profile
from domain.nutrients import NUTRIENT_UNITS

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
Meal = Literal["breakfast", "lunch", "dinner", "snack"]
# Nutrients the intake and lookup answers total (others stay in the log, unasked).
SUMMED = (
    "protein",
    "carbs",
    "fats",
    "fiber",
    "sugar",
    "saturated_fat",
    "sodium",
    "potassium",
    "calcium",
    "iron",
    "cholesterol",
)
UNITS = {"calories": "kcal", **NUTRIENT_UNITS}


def zone_of(name: str) -> ZoneInfo:
    """The IANA zone ``name``, or UTC when it is empty or unknown."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


@dataclass
class ToolContext:
    """What a tool call may use: the caller's data source, the clock and a KB.

    Profile and plans are read once per question, however many tools ask.
    """

    data: AssistantData
    now: datetime  # aware
    knowledge: KnowledgeBase = field(default_factory=default_knowledge_base)
    _profile: UserProfile | None = None
    _plans: dict[str, StoredPlan | None] = field(default_factory=dict)

    async def profile(self) -> UserProfile:
        if self._profile is None:
            self._profile = await self.data.profile()
        return self._profile

    async def zone(self) -> ZoneInfo:
        return zone_of((await self.profile()).timezone)

    async def today(self) -> date:
        return self.now.astimezone(await self.zone()).date()

    async def diet_plan(self) -> StoredPlan | None:
        if "diet" not in self._plans:
            self._plans["diet"] = await self.data.active_diet_plan()
        return self._plans["diet"]

    async def workout(self) -> StoredPlan | None:
        if "workout" not in self._plans:
            self._plans["workout"] = await self.data.active_workout()
        return self._plans["workout"]

    async def targets(self) -> DailyTargets | None:
        return daily_targets(await self.profile(), await self.diet_plan())


class ToolInput(BaseModel):
    """Inputs refuse unknown keys: model-made arguments are checked, not trusted."""

    model_config = ConfigDict(extra="forbid")


def _targets_dict(targets: DailyTargets | None) -> dict[str, float] | None:
    if targets is None:
        return None
    keys = ("calories", "protein", "carbs", "fats", "fiber", "sodium")
    return {k: round(v, 1) for k in keys if (v := targets.for_key(k)) is not None}


# --- intake ----------------------------------------------------------------------------------
class IntakeInput(ToolInput):
    period: PeriodKind = Field(
        "today", description="Which days: today, yesterday, this_week, last_week, "
        "last_7_days, last_30_days, this_month, or date (then give `date`)."
    )  # fmt: skip
    date: dt.date | None = Field(None, description="YYYY-MM-DD, only with period=date.")


class IntakeResult(BaseModel):
    period: str
    first_date: date
    last_date: date
    days: int
    days_logged: int
    entries: int
    totals: dict[str, float]
    daily_average: dict[str, float]
    by_meal: dict[str, float]
    foods: list[str]
    daily_targets: dict[str, float] | None
    target_source: str | None


async def get_intake(ctx: ToolContext, params: IntakeInput) -> IntakeResult:
    """What the user ate in a period (their time zone): totals, daily average, by meal."""
    zone, today = await ctx.zone(), await ctx.today()
    period = resolve_period(params.period, today, params.date)
    start, end = period.bounds(zone)
    entries = await ctx.data.entries(start, end)
    totals = {"calories": 0.0, **{key: 0.0 for key in SUMMED}}
    by_meal: dict[str, float] = {}
    logged_days = set()
    for entry in entries:
        totals["calories"] += entry.calories
        for key in SUMMED:
            value = entry.nutrients.get(key)
            if isinstance(value, (int, float)):
                totals[key] += float(value)
        meal = entry.meal or "unspecified"
        by_meal[meal] = by_meal.get(meal, 0.0) + entry.calories
        logged_days.add(entry.logged_at.astimezone(zone).date())
    targets = await ctx.targets()
    return IntakeResult(
        period=period.label,
        first_date=period.first,
        last_date=period.last,
        days=period.days,
        days_logged=len(logged_days),
        entries=len(entries),
        totals={k: round(v, 2) for k, v in totals.items()},
        daily_average={k: round(v / period.days, 2) for k, v in totals.items()},
        by_meal={k: round(v, 1) for k, v in by_meal.items()},
        foods=[entry.name for entry in entries][:30],
        daily_targets=_targets_dict(targets),
        target_source=targets.source if targets else None,
    )


# --- remaining budget ------------------------------------------------------------------------
class RemainingInput(ToolInput):
    pass


class RemainingResult(BaseModel):
    date: dt.date
    targets: dict[str, float] | None
    target_source: str | None
    consumed: dict[str, float]
    remaining: dict[str, float]
    over: list[str]
    missing_profile: list[str]


async def get_remaining_budget(ctx: ToolContext, params: RemainingInput) -> RemainingResult:
    """Today's targets minus what is logged today (negative remaining = over target)."""
    intake = await get_intake(ctx, IntakeInput(period="today"))
    targets = await ctx.targets()
    remaining: dict[str, float] = {}
    over = []
    for key, target in (_targets_dict(targets) or {}).items():
        left = target - intake.totals.get(key, 0.0)
        remaining[key] = round(left, 1)
        if left < 0:
            over.append(key)
    missing = []
    if targets is None:
        profile = await ctx.profile()
        fields = ("gender", "age", "height", "weight", "activity_level")
        missing = [name for name in fields if getattr(profile, name) in (None, "")]
    return RemainingResult(
        date=intake.first_date,
        targets=_targets_dict(targets),
        target_source=targets.source if targets else None,
        consumed={k: v for k, v in intake.totals.items() if k in UNITS},
        remaining=remaining,
        over=over,
        missing_profile=missing,
    )


# --- nutrient lookup -------------------------------------------------------------------------
class LookupInput(ToolInput):
    description: str = Field(
        ..., min_length=1, max_length=300,
        description='A food and amount in plain words, e.g. "2 cups of cooked rice".',
    )  # fmt: skip


class LookupItem(BaseModel):
    text: str
    food: str
    grams: float
    calories: float


class LookupResult(BaseModel):
    description: str
    found: bool
    calories: float
    grams: float
    nutrients: dict[str, float]
    items: list[LookupItem]
    unmatched: list[str]
    source: str


async def lookup_nutrients(ctx: ToolContext, params: LookupInput) -> LookupResult:
    """Energy and nutrients of a food and amount, from the food analyser (USDA catalog)."""
    analysis = await ctx.data.analyse(params.description)
    nutrients = {
        k: round(float(v), 2)
        for k, v in analysis.nutrients.items()
        if isinstance(v, (int, float)) and k in UNITS
    }
    return LookupResult(
        description=params.description,
        found=bool(analysis.items),
        calories=round(analysis.calories, 1),
        grams=round(analysis.grams, 1),
        nutrients=nutrients,
        items=[
            LookupItem(
                text=i.text, food=i.food, grams=round(i.grams, 1), calories=round(i.calories, 1)
            )
            for i in analysis.items
        ],
        unmatched=list(analysis.unmatched),
        source="USDA SR28 (Health-Bite food catalog)"
        if analysis.provider == "local"
        else analysis.provider,
    )


# --- plans -----------------------------------------------------------------------------------
class PlansInput(ToolInput):
    kind: Literal["diet", "workout", "both"] = "both"
    day: Weekday | None = Field(None, description="Weekday to show; default today.")


class DietSummary(BaseModel):
    id: int
    daily_calorie_target: float | None
    macros: dict[str, float]
    meals: list[dict[str, Any]]
    day_calories: float


class WorkoutSummary(BaseModel):
    id: int
    difficulty: str | None
    rest_days: list[str]
    training_days: list[str]
    is_rest_day: bool
    exercises: list[dict[str, Any]]


class PlansResult(BaseModel):
    day: str
    diet: DietSummary | None
    workout: WorkoutSummary | None


def _diet_summary(plan: StoredPlan, day: str) -> DietSummary:
    doc = plan.document
    meals = [m for m in (doc.get("weekly_plan") or {}).get(day) or [] if isinstance(m, dict)]
    macros = doc.get("macros") if isinstance(doc.get("macros"), dict) else {}
    return DietSummary(
        id=plan.id,
        daily_calorie_target=doc.get("daily_calorie_target"),
        macros={k: float(v) for k, v in macros.items() if isinstance(v, (int, float))},
        meals=[
            {
                "meal": m.get("meal"),
                "name": m.get("name"),
                "calories": m.get("calories"),
                "protein": (m.get("nutrients") or {}).get("protein"),
            }
            for m in meals
        ],
        day_calories=round(sum(float(m.get("calories") or 0) for m in meals), 1),
    )


def _workout_summary(plan: StoredPlan, day: str) -> WorkoutSummary:
    doc = plan.document
    schedule = doc.get("weekly_schedule") or {}
    exercises = [e for e in schedule.get(day) or [] if isinstance(e, dict)]
    rest_days = [d for d in doc.get("rest_days") or [] if d in WEEKDAYS]
    return WorkoutSummary(
        id=plan.id,
        difficulty=doc.get("difficulty"),
        rest_days=rest_days,
        training_days=[d for d in WEEKDAYS if schedule.get(d)],
        is_rest_day=day in rest_days or not exercises,
        exercises=[
            {k: e.get(k) for k in ("exercise", "sets", "reps", "duration") if e.get(k) is not None}
            for e in exercises
        ],
    )


async def get_active_plans(ctx: ToolContext, params: PlansInput) -> PlansResult:
    """The user's active diet plan and/or workout for one weekday (default today)."""
    day = params.day or WEEKDAYS[(await ctx.today()).weekday()]
    diet = workout = None
    if params.kind in ("diet", "both") and (plan := await ctx.diet_plan()):
        diet = _diet_summary(plan, day)
    if params.kind in ("workout", "both") and (plan := await ctx.workout()):
        workout = _workout_summary(plan, day)
    return PlansResult(day=day, diet=diet, workout=workout)


# --- suggestions -----------------------------------------------------------------------------
class SuggestInput(ToolInput):
    meal: Meal | None = None
    focus: Literal["protein", "fiber", "low_calorie", "balanced"] = "balanced"
    limit: int = Field(5, ge=1, le=10)


class Suggestion(BaseModel):
    name: str
    portion: str
    grams: float
    calories: float
    protein: float
    fiber: float


class SuggestResult(BaseModel):
    remaining_calories: float | None
    max_calories_each: float
    restrictions: list[str]
    foods: list[Suggestion]


_MEAL_SLOTS = {
    "breakfast": ("breakfast",),
    "lunch": ("main", "side"),
    "dinner": ("main", "side"),
    "snack": ("snack",),
}


def fits(choice: CatalogChoice, restrictions: Restrictions) -> bool:
    """Whether a food respects the person's diets and allergies (``domain.diet`` rules)."""
    return restrictions.allows_tags(
        choice.diet_tags, choice.allergen_tags, choice.unknown_allergens, choice.name
    )


def _per_portion(choice: CatalogChoice, key: str) -> float:
    value = choice.nutrients.get(key)
    return float(value) * choice.portion_grams / 100.0 if value else 0.0


async def suggest_foods(ctx: ToolContext, params: SuggestInput) -> SuggestResult:
    """Catalog foods whose usual portion fits today's remaining calories and the user's
    diet and allergies, best for the requested focus first (one per category)."""
    profile = await ctx.profile()
    restrictions = restrictions_from_profile(profile)
    budget = await get_remaining_budget(ctx, RemainingInput())
    remaining = budget.remaining.get("calories")
    cap = 600.0 if params.meal in ("lunch", "dinner") else 350.0
    if remaining is not None:
        cap = max(0.0, min(cap, remaining))
    slots = _MEAL_SLOTS.get(params.meal or "", ("snack", "breakfast", "main"))
    scored = []
    for choice in await ctx.data.catalog_choices():
        kcal = choice.energy_kcal * choice.portion_grams / 100.0
        if not (30.0 <= kcal <= cap) or not fits(choice, restrictions):
            continue
        if not set(choice.meals) & set(slots):
            continue
        protein, fiber = _per_portion(choice, "protein"), _per_portion(choice, "fiber")
        if params.focus == "protein":
            score = protein / kcal
        elif params.focus == "fiber":
            score = fiber / kcal
        elif params.focus == "low_calorie":
            score = -kcal
        else:  # protein and fiber per kcal, both count
            score = (protein * 4 + fiber * 8) / kcal
        scored.append((score, kcal, protein, fiber, choice))
    scored.sort(key=lambda row: (-row[0], row[4].name))
    picked: list[Suggestion] = []
    categories: set[str] = set()
    for _score, kcal, protein, fiber, choice in scored:
        if choice.category in categories:
            continue
        categories.add(choice.category)
        picked.append(
            Suggestion(
                name=choice.name,
                portion=choice.portion_label,
                grams=round(choice.portion_grams, 1),
                calories=round(kcal),
                protein=round(protein, 1),
                fiber=round(fiber, 1),
            )
        )
        if len(picked) >= params.limit:
            break
    return SuggestResult(
        remaining_calories=remaining,
        max_calories_each=round(cap),
        restrictions=sorted(restrictions.diets | (restrictions.preferences & {"dairy_free"}))
        + [f"no {a.replace('_', ' ')}" for a in restrictions.stated_allergens()],
        foods=picked,
    )


# --- knowledge base --------------------------------------------------------------------------
class KnowledgeInput(ToolInput):
    query: str = Field(..., min_length=1, max_length=2000)
    limit: int = Field(3, ge=1, le=5)


class KnowledgeEntry(BaseModel):
    id: str
    title: str
    text: str
    source: str
    score: float
    coverage: float = 1.0  # share of the question's content words the entry holds


class KnowledgeResult(BaseModel):
    entries: list[KnowledgeEntry]


async def search_knowledge(ctx: ToolContext, params: KnowledgeInput) -> KnowledgeResult:
    """Knowledge-base entries (nutrition and fitness basics, with sources), BM25-ranked.

    Only entries that cover the question's content words come back: an empty result means
    the knowledge base does not answer it, and the caller must say so.
    """
    hits = ctx.knowledge.search(params.query, limit=params.limit, min_coverage=MIN_COVERAGE)
    return KnowledgeResult(
        entries=[
            KnowledgeEntry(
                id=h.entry.id,
                title=h.entry.title,
                text=h.entry.text,
                source=h.entry.source,
                score=round(h.score, 3),
                coverage=round(h.coverage, 3),
            )
            for h in hits
        ]
    )


# --- registry --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Tool:
    """A tool as both providers see it."""

    name: str
    description: str
    input_model: type[ToolInput]
    run: Callable[[ToolContext, Any], Awaitable[BaseModel]]


TOOLS: dict[str, Tool] = {
    tool.name: tool
    for tool in (
        Tool(
            "get_intake",
            "The user's logged food intake for a day or period in their time zone: "
            "totals (kcal, g, mg), daily average, by meal, and daily targets.",
            IntakeInput,
            get_intake,
        ),
        Tool(
            "get_remaining_budget",
            "Today's remaining calories and macros: the user's daily targets minus "
            "what they logged today.",
            RemainingInput,
            get_remaining_budget,
        ),
        Tool(
            "lookup_nutrients",
            "Energy (kcal) and nutrients of a food and amount, from the USDA-based catalog.",
            LookupInput,
            lookup_nutrients,
        ),
        Tool(
            "get_active_plans",
            "The user's active diet plan and/or workout plan for a weekday.",
            PlansInput,
            get_active_plans,
        ),
        Tool(
            "suggest_foods",
            "Foods whose usual portion fits today's remaining calories and the user's diet "
            "and allergies.",
            SuggestInput,
            suggest_foods,
        ),
        Tool(
            "search_knowledge",
            "Search the curated nutrition and fitness knowledge base; entries carry sources.",
            KnowledgeInput,
            search_knowledge,
        ),
    )
}


def tool_definitions() -> list[dict[str, Any]]:
    """The tools as Chat Completions function definitions (JSON Schema parameters)."""
    definitions = []
    for tool in TOOLS.values():
        schema = tool.input_model.model_json_schema()
        schema.pop("title", None)
        definitions.append(
            {
                "type": "function",
                "function": {
                    "name": tool.name,
                    "description": tool.description,
                    "parameters": schema,
                },
            }
        )
    return definitions


class ToolError(Exception):
    """A tool call that could not run; the message is safe to show to a model."""


async def run_tool(ctx: ToolContext, name: str, arguments: str | dict[str, Any]) -> BaseModel:
    """Validate ``arguments`` (a JSON string or a dict) and run tool ``name``.

    Raises ``ToolError`` for an unknown tool, invalid JSON or arguments that fail the
    tool's input model.
    """
    tool = TOOLS.get(name)
    if tool is None:
        raise ToolError(f"Unknown tool {name!r}; available: {', '.join(TOOLS)}.")
    if isinstance(arguments, str):
        try:
            arguments = json.loads(arguments or "{}")
        except json.JSONDecodeError as exc:
            raise ToolError(f"Arguments are not valid JSON: {exc.msg}.") from None
    if not isinstance(arguments, dict):
        raise ToolError("Arguments must be a JSON object.")
    try:
        params = tool.input_model.model_validate(arguments)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'arguments'}: {err['msg']}"
            for err in exc.errors()
        )
        raise ToolError(f"Invalid arguments for {name}: {problems}.") from None
    try:
        return await tool.run(ctx, params)
    except ValueError as exc:
        raise ToolError(str(exc)) from None
