"""The assistant's tools: plain async functions with typed (pydantic) inputs and outputs.

Both providers use the same tools: the local assistant calls them directly, the OpenAI
provider offers them as function definitions (``tool_definitions``) and runs the calls
the model makes through ``run_tool``, which validates the model's arguments first.
Every tool reads through the ``ToolContext``'s data source, which is bound to the caller.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from domain.assistant.budget import DailyTargets, daily_targets
from domain.assistant.knowledge import MIN_COVERAGE, KnowledgeBase, default_knowledge_base
from domain.assistant.periods import PeriodKind, resolve_period
from domain.assistant.records import AssistantData, CatalogChoice, StoredPlan, UserProfile
from domain.diet import Restrictions, build_restrictions, restrictions_from_profile
from domain.fndds import read_compact
from domain.fndds_meals import GAME_WORDS, ORGAN_WORDS
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
        "last_7_days, last_30_days, this_month, weekend (the latest Saturday and Sunday; "
        "`date` may give its Saturday), or date (then give `date`)."
    )  # fmt: skip
    date: dt.date | None = Field(
        None, description="YYYY-MM-DD, with period=date (or a weekend's Saturday)."
    )
    days: int | None = Field(None, ge=1, le=366, description="Only with period=last_n_days.")
    meal: Meal | None = Field(None, description="Only this meal's entries.")


class LoggedItem(BaseModel):
    name: str
    meal: str
    date: date
    calories: float


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
    items: list[LoggedItem] = []
    meal: str | None = None
    by_day: dict[str, dict[str, float]] = {}  # ISO date -> totals of the days with entries
    daily_targets: dict[str, float] | None
    target_source: str | None


async def get_intake(ctx: ToolContext, params: IntakeInput) -> IntakeResult:
    """What the user ate in a period (their time zone): totals, daily average, by meal and
    by day, and the foods logged (optionally one meal's only)."""
    zone, today = await ctx.zone(), await ctx.today()
    period = resolve_period(params.period, today, params.date, params.days)
    start, end = period.bounds(zone)
    entries = await ctx.data.entries(start, end)
    if params.meal:
        entries = [e for e in entries if (e.meal or "") == params.meal]
    totals = {"calories": 0.0, **{key: 0.0 for key in SUMMED}}
    by_meal: dict[str, float] = {}
    by_day: dict[str, dict[str, float]] = {}
    for entry in entries:
        day = by_day.setdefault(entry.logged_at.astimezone(zone).date().isoformat(), {})
        day["calories"] = day.get("calories", 0.0) + entry.calories
        totals["calories"] += entry.calories
        for key in SUMMED:
            value = entry.nutrients.get(key)
            if isinstance(value, (int, float)):
                totals[key] += float(value)
                day[key] = day.get(key, 0.0) + float(value)
        meal = entry.meal or "unspecified"
        by_meal[meal] = by_meal.get(meal, 0.0) + entry.calories
    targets = await ctx.targets()
    return IntakeResult(
        period=period.label,
        first_date=period.first,
        last_date=period.last,
        days=period.days,
        days_logged=len(by_day),
        entries=len(entries),
        totals={k: round(v, 2) for k, v in totals.items()},
        daily_average={k: round(v / period.days, 2) for k, v in totals.items()},
        by_meal={k: round(v, 1) for k, v in by_meal.items()},
        foods=[entry.name for entry in entries][:30],
        items=[
            LoggedItem(
                name=e.name,
                meal=e.meal or "unspecified",
                date=e.logged_at.astimezone(zone).date(),
                calories=round(e.calories, 1),
            )
            for e in entries[:60]
        ],
        meal=params.meal,
        by_day={d: {k: round(v, 2) for k, v in t.items()} for d, t in sorted(by_day.items())},
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


# --- weight trend ----------------------------------------------------------------------------
# A change smaller than this over the window is day-to-day noise (water, food in the gut),
# not a trend (typical daily fluctuation is 0.5-1 kg; over two weeks or more 0.3 kg holds).
STEADY_KG = 0.3
MIN_WEIGH_INS = 2


class WeightInput(ToolInput):
    days: int = Field(30, ge=2, le=365, description="How many days back to look (today included).")
    on: dt.date | None = Field(
        None, description="A day asked about (YYYY-MM-DD): its weighing is returned as on_day."
    )


class WeightPoint(BaseModel):
    date: date
    kg: float


class WeightResult(BaseModel):
    days: int
    weigh_ins: int
    first: WeightPoint | None
    latest: WeightPoint | None
    change_kg: float | None  # latest minus first: negative = lost
    days_between: int | None
    kg_per_week: float | None
    trend: Literal["losing", "gaining", "steady", "too_few"]
    last_ever: WeightPoint | None  # the latest weighing at all, when none fall in the window
    # Body mass index from the latest weighing (else the profile's weight) and the profile's
    # height: kg / m² (WHO); None without a height.
    bmi: float | None = None
    adult: bool = True  # adult BMI classes do not apply under 18 (WHO growth references do)
    # The weighing on the day asked about ("what did I weigh last thursday"), else the last
    # one before it; None when nothing was logged by then or no day was asked about.
    on_day: WeightPoint | None = None
    asked_on: date | None = None  # the day asked about, when there was one


async def get_weight(ctx: ToolContext, params: WeightInput) -> WeightResult:
    """The user's weight trend from their weight log: first and latest weighing in the
    window, the change, the rate per week, or "too_few" with fewer than two weighings."""
    zone, today = await ctx.zone(), await ctx.today()
    period = resolve_period("last_n_days", today, days=params.days)
    start, end = period.bounds(zone)
    # Up to "now", not the end of today: a clock ahead on the device must not lead.
    entries = await ctx.data.weight_entries(min(end, ctx.now))
    inside = [e for e in entries if e.measured_at >= start]

    def point(entry: Any) -> WeightPoint:
        return WeightPoint(
            date=entry.measured_at.astimezone(zone).date(), kg=round(entry.weight, 1)
        )

    profile = await ctx.profile()
    kg = entries[-1].weight if entries else profile.weight
    bmi = None
    if kg and profile.height and 50 <= profile.height <= 272:
        bmi = round(float(kg) / (float(profile.height) / 100) ** 2, 1)
    adult = profile.age is None or profile.age >= 18
    on_day = None
    if params.on is not None:
        before = [e for e in entries if e.measured_at.astimezone(zone).date() <= params.on]
        on_day = point(before[-1]) if before else None
    if len(inside) < MIN_WEIGH_INS:
        return WeightResult(
            on_day=on_day,
            asked_on=params.on,
            bmi=bmi,
            adult=adult,
            days=period.days,
            weigh_ins=len(inside),
            first=None,
            latest=point(inside[-1]) if inside else None,
            change_kg=None,
            days_between=None,
            kg_per_week=None,
            trend="too_few",
            last_ever=point(entries[-1]) if entries else None,
        )
    first, latest = point(inside[0]), point(inside[-1])
    change = round(inside[-1].weight - inside[0].weight, 1)
    span = max((latest.date - first.date).days, 1)
    trend = "steady" if abs(change) < STEADY_KG else ("losing" if change < 0 else "gaining")
    return WeightResult(
        days=period.days,
        weigh_ins=len(inside),
        first=first,
        latest=latest,
        change_kg=change,
        days_between=span,
        kg_per_week=round(change * 7 / span, 2),
        trend=trend,
        last_ever=latest,
        bmi=bmi,
        adult=adult,
        on_day=on_day,
        asked_on=params.on,
    )


# --- logged food search ---------------------------------------------------------------------
class FoodSearchInput(ToolInput):
    food: str = Field(..., min_length=2, max_length=60, description='A food word, e.g. "pizza".')
    days: int = Field(30, ge=1, le=366, description="How many days back (today included).")


class FoodSearchResult(BaseModel):
    food: str
    first_date: date
    last_date: date
    count: int
    items: list[LoggedItem]  # newest first


async def find_logged_food(ctx: ToolContext, params: FoodSearchInput) -> FoodSearchResult:
    """The user's log entries whose name holds a food word, newest first (their zone)."""
    zone, today = await ctx.zone(), await ctx.today()
    period = resolve_period("last_n_days", today, days=params.days)
    start, end = period.bounds(zone)
    word = params.food.strip().lower()
    stem = word[:-1] if len(word) > 3 and word.endswith("s") else word  # "eggs" -> "egg"
    # Word starts only: "egg" finds "Scrambled eggs", not "Veggie burrito".
    pattern = re.compile(rf"\b{re.escape(stem)}", re.IGNORECASE)
    found = [e for e in await ctx.data.entries(start, end) if pattern.search(e.name)]
    found.sort(key=lambda e: e.logged_at, reverse=True)
    return FoodSearchResult(
        food=word,
        first_date=period.first,
        last_date=period.last,
        count=len(found),
        items=[
            LoggedItem(
                name=e.name,
                meal=e.meal or "unspecified",
                date=e.logged_at.astimezone(zone).date(),
                calories=round(e.calories, 1),
            )
            for e in found[:30]
        ],
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
    food_code: str | None = None  # FNDDS food code (None: an SR28 ingredient)


class LookupResult(BaseModel):
    description: str
    found: bool
    calories: float
    grams: float
    nutrients: dict[str, float]
    items: list[LookupItem]
    unmatched: list[str]
    source: str
    # Which USDA databases the matched foods come from ("fndds", "sr28"), for the citation.
    databases: list[str] = []
    # Amounts FNDDS holds that the catalog's nutrient list does not (caffeine, mg), when
    # every matched food is an FNDDS food, so the total covers the whole description.
    extra: dict[str, float] = {}


# FNDDS nutrient numbers of the amounts ``LookupResult.extra`` reports, with their units.
EXTRA_NUTRIENTS: dict[str, tuple[str, str]] = {
    "caffeine": ("262", "mg"),
    "alcohol": ("221", "g"),
    "vitamin c": ("401", "mg"),
}


@lru_cache(maxsize=1)
def _fndds_extra() -> dict[str, dict[str, float]]:
    """Food code -> the ``EXTRA_NUTRIENTS`` per 100 g, from the compact FNDDS file the
    analyser already reads (``domain.fndds.read_compact`` parses it once per process)."""
    try:
        document = read_compact()
    except FileNotFoundError:
        return {}
    numbers: list[str] = document["nutrient_numbers"]
    index = {key: numbers.index(number) for key, (number, _) in EXTRA_NUTRIENTS.items()
             if number in numbers}  # fmt: skip
    return {
        food["food_code"]: {key: float(food["values"][i]) for key, i in index.items()}
        for food in document["foods"]
    }


def extra_nutrients(items: list[LookupItem]) -> dict[str, float]:
    """The ``EXTRA_NUTRIENTS`` of matched foods, summed over their grams; empty unless every
    food has FNDDS values (an SR28 ingredient's caffeine is unknown here, not zero)."""
    table = _fndds_extra()
    if not items or any(i.food_code not in table for i in items):
        return {}
    totals: dict[str, float] = {}
    for item in items:
        for key, per_100g in table[item.food_code or ""].items():
            totals[key] = totals.get(key, 0.0) + per_100g * item.grams / 100
    return {k: round(v, 1) for k, v in totals.items()}


async def lookup_nutrients(ctx: ToolContext, params: LookupInput) -> LookupResult:
    """Energy and nutrients of a food and amount, from the food analyser (USDA catalog)."""
    analysis = await ctx.data.analyse(params.description)
    nutrients = {
        k: round(float(v), 2)
        for k, v in analysis.nutrients.items()
        if isinstance(v, (int, float)) and k in UNITS
    }
    items = [
        LookupItem(
            text=i.text,
            food=i.food,
            grams=round(i.grams, 1),
            calories=round(i.calories, 1),
            food_code=i.food_code,
        )
        for i in analysis.items
    ]
    return LookupResult(
        extra=extra_nutrients(items),
        description=params.description,
        found=bool(analysis.items),
        calories=round(analysis.calories, 1),
        grams=round(analysis.grams, 1),
        nutrients=nutrients,
        items=items,
        unmatched=list(analysis.unmatched),
        source="USDA SR28 (Health-Bite food catalog)"
        if analysis.provider == "local"
        else analysis.provider,
        databases=sorted({"fndds" if i.food_code else "sr28" for i in analysis.items}),
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
    focus: Literal[
        "protein", "fiber", "low_calorie", "low_carb", "low_fat", "sweet", "balanced"
    ] = "balanced"
    diets: list[str] = Field(
        default_factory=list, max_length=10,
        description="Diet words stated in the message (vegetarian, vegan, keto, gluten free, "
        "halal, ...).",
    )  # fmt: skip
    avoid: list[str] = Field(
        default_factory=list, max_length=10,
        description="Allergens or foods to leave out, as the message states (nuts, rice).",
    )  # fmt: skip
    max_calories: float | None = Field(None, ge=50, le=2000, description="kcal cap per food.")
    min_protein: float | None = Field(None, ge=0, le=100, description="g protein per food.")
    max_sodium: float | None = Field(None, ge=0, le=5000, description="mg sodium cap per food.")
    min_fiber: float | None = Field(None, ge=0, le=30, description="g fiber per food.")
    limit: int = Field(5, ge=1, le=10)


class Suggestion(BaseModel):
    name: str
    portion: str
    grams: float
    calories: float
    protein: float
    fiber: float
    carbs: float = 0.0
    sodium: float = 0.0
    kind: str = ""


class SuggestResult(BaseModel):
    remaining_calories: float | None
    max_calories_each: float
    restrictions: list[str]
    foods: list[Suggestion]
    asked_calories: float | None = None  # the cap the message stated, if any
    focus: str = "balanced"
    low_carb: bool = False
    low_sodium: bool = False


# Which meal tags a food needs for each meal: lunch and dinner want a main dish, not a side.
_MEAL_SLOTS = {
    "breakfast": ("breakfast",),
    "lunch": ("main",),
    "dinner": ("main",),
    "snack": ("snack",),
}
# Per-portion limits behind the everyday words (per food, not per day).
LOW_CARB_MAX_G = 10.0  # "keto"/"low carb": at most 10 g carbohydrate a portion
LOW_SODIUM_MAX_MG = 600.0  # about a quarter of the 2,300 mg daily limit
HIGH_FIBER_MIN_G = 5.0  # FDA "high fiber" claim: 20 % DV (28 g) = 5.6 g; 5 g rounded
# "high protein": grams a portion should reach, by how big the portion may be.
_PROTEIN_FLOOR = ((300.0, 10.0), (450.0, 20.0), (float("inf"), 25.0))


# Meat and fish words: a vegetarian food named after one ("Chicken, meatless") reads as
# meat in a list of ideas for a vegetarian, so such names are not offered to them.
_MEAT_NAME = re.compile(
    r"^(chicken|beef|pork|turkey|ham|bacon|sausage|lamb|veal|steak|burger|hamburger|hot dog"
    r"|frankfurter|bologna|salami|pepperoni|meatballs?|meat|fish|tuna|salmon|shrimp|crab"
    r"|lobster|clams?|oysters?|scallops?)\b",
    re.IGNORECASE,
)


def _named_as_meat(choice: CatalogChoice, restrictions: Restrictions) -> bool:
    return bool(restrictions.diets & {"vegetarian", "vegan"}) and bool(
        _MEAT_NAME.match(choice.name)
    )


MIXED_DISHES = "mixed_dishes"  # the catalog's category for WWEIA's mixed dishes
# Spreads, sauces, sweeteners and fats are eaten by the spoonful on something else; their
# first household portion ("1 cup" of cream cheese) is never an idea for a meal or snack.
_ADDITION_HEAD = re.compile(
    r"(?:cream cheese|cheese spread|butter|margarine|mayonnaise|jam|jelly|preserves|syrup|"
    r"honey|sugar|sauce|salad dressing|dressing|gravy|oil|shortening|lard|frosting)\b(?:,|$)"
)
_JOINING_WORDS = frozenset({"and", "with", "or", "of", "in", "on", "no", "not", "the", "a", "nfs"})


def _dish_words(name: str) -> frozenset[str]:
    """The words that tell one dish from another (joining words left out)."""
    return frozenset(re.findall(r"[a-z]+", name.lower())) - _JOINING_WORDS


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared words over the words of the shorter name (overlap coefficient)."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _unusual_meat(choice: CatalogChoice) -> bool:
    """Organ meats and game, which a dietitian would not put forward unprompted (the
    planner's rule, ``domain.fndds_meals``: only for a person who asks for them)."""
    name = choice.name.lower()
    return bool(ORGAN_WORDS.search(name) or GAME_WORDS.search(name))


def fits(choice: CatalogChoice, restrictions: Restrictions) -> bool:
    """Whether a food respects the person's diets and allergies (``domain.diet`` rules)."""
    return restrictions.allows_tags(
        choice.diet_tags, choice.allergen_tags, choice.unknown_allergens, choice.name
    )


# "Low fat": under a quarter of the energy from fat (below the 20-35 % AMDR midpoint, IOM
# 2002). "Something sweet": a food that tastes of sugar, at least 10 g in the portion and
# a third of its energy (a piece of fruit, a yogurt, a small dessert; not a savoury dish
# with a sweet dressing); ranked as usual, so the more nourishing first.
LOW_FAT_SHARE = 0.25
SWEET_MIN_SUGAR_G = 10.0
SWEET_SHARE = 0.33


def _per_portion(choice: CatalogChoice, key: str) -> float:
    value = choice.nutrients.get(key)
    return float(value) * choice.portion_grams / 100.0 if value else 0.0


def _restriction_words(restrictions: Restrictions) -> list[str]:
    words = sorted(restrictions.diets | (restrictions.preferences & {"dairy_free", "low_carb"}))
    words += [f"no {a.replace('_', ' ')}" for a in restrictions.stated_allergens()]
    words += [f"no {w}" for w in restrictions.avoid_words]
    return [w.replace("_", " ") for w in words]


def _candidates(
    choices: list[CatalogChoice],
    params: SuggestInput,
    restrictions: Restrictions,
    slots: tuple[str, ...],
    kcal_range: tuple[float, float],
    min_protein: float,
    low_carb: bool,
) -> list[tuple[bool, float, float, float, float, CatalogChoice]]:
    """The foods passing every filter, with (is food as eaten, score, kcal, carbs, sodium)."""
    floor, cap = kcal_range
    scored = []
    for choice in choices:
        kcal = choice.energy_kcal * choice.portion_grams / 100.0
        if not (floor <= kcal <= cap) or not fits(choice, restrictions):
            continue
        if _named_as_meat(choice, restrictions) or _unusual_meat(choice):
            continue
        if _ADDITION_HEAD.match(choice.name.lower()):
            continue
        if not set(choice.meals) & set(slots) or "drink" in choice.meals:
            continue
        protein, fiber = _per_portion(choice, "protein"), _per_portion(choice, "fiber")
        carbs, sodium = _per_portion(choice, "carbs"), _per_portion(choice, "sodium")
        if protein < min_protein or (low_carb and carbs > LOW_CARB_MAX_G):
            continue
        if restrictions.low_sodium and sodium > LOW_SODIUM_MAX_MG:
            continue
        if params.max_sodium is not None and sodium > params.max_sodium:
            continue  # "under 700 mg of sodium"
        if params.min_fiber is not None and fiber < params.min_fiber:
            continue  # "at least 10 g of fibre"
        if params.focus == "fiber" and fiber < HIGH_FIBER_MIN_G:
            continue
        if params.focus == "low_fat" and _per_portion(choice, "fats") * 9 > LOW_FAT_SHARE * kcal:
            continue
        sugar = _per_portion(choice, "sugar")
        if params.focus == "sweet" and (
            sugar < SWEET_MIN_SUGAR_G or sugar * 4 < SWEET_SHARE * kcal
        ):
            continue
        if params.focus == "protein":
            score = protein / kcal
        elif params.focus == "fiber":
            score = fiber / kcal
        elif params.focus == "low_calorie":
            score = -kcal
        else:  # protein and fiber per kcal, both count
            score = (protein * 4 + fiber * 8) / kcal
        scored.append((choice.kind == "food_as_eaten", score, kcal, carbs, sodium, choice))
    return scored


async def suggest_foods(ctx: ToolContext, params: SuggestInput) -> SuggestResult:
    """Catalog foods (foods as eaten first) whose usual portion fits the calorie cap (the
    one asked for, else a meal-sized one, never above today's remaining calories), the
    profile's and the message's diets and allergies, best for the focus first."""
    profile = await ctx.profile()
    stated = build_restrictions(params.diets, params.avoid)
    restrictions = restrictions_from_profile(profile).merged(stated)
    budget = await get_remaining_budget(ctx, RemainingInput())
    remaining = budget.remaining.get("calories")
    main_meal = params.meal in ("lunch", "dinner")
    cap = params.max_calories or (600.0 if main_meal else 350.0)
    if remaining is not None:
        cap = max(0.0, min(cap, remaining))
    # A main meal should be a meal, not a garnish: at least 40 % of the cap (up to 250 kcal).
    # Breakfast too is a meal (oatmeal, eggs on toast), not a glass of celery juice.
    if main_meal:
        floor = min(250.0, 0.4 * cap)
    elif params.meal == "breakfast":
        floor = min(200.0, 0.4 * cap)
    else:
        # A snack tides someone over (an apple, a yogurt): not a single cracker.
        floor = min(80.0, 0.25 * cap)
    low_carb = params.focus == "low_carb" or restrictions.low_carb
    min_protein = params.min_protein or 0.0
    if params.focus == "protein" and not min_protein:
        min_protein = next(grams for limit, grams in _PROTEIN_FLOOR if cap < limit)
    slots = _MEAL_SLOTS.get(params.meal or "", ("snack", "breakfast", "main"))
    choices = await ctx.data.catalog_choices()
    scored = _candidates(choices, params, restrictions, slots, (floor, cap), min_protein, low_carb)
    if not scored and params.min_protein and not params.max_calories:
        # A protein floor the user stated ("30 g protein, no eggs") without a calorie cap:
        # the default snack or breakfast size was ours, not theirs, so widen it to a
        # main-meal size (still within today's remaining calories) rather than offer nothing.
        cap = 600.0 if remaining is None else max(0.0, min(600.0, remaining))
        scored = _candidates(
            choices, params, restrictions, slots, (floor, cap), min_protein, low_carb
        )
    if not scored and min_protein and not params.min_protein:
        # "high protein" sets a floor of its own; with none reaching it (a small cap, a
        # strict diet), rank by protein per kcal rather than offer nothing.
        scored = _candidates(choices, params, restrictions, slots, (floor, cap), 0.0, low_carb)
    # Foods as eaten are dishes people recognise; ingredients only when none fits.
    if any(row[0] for row in scored):
        scored = [row for row in scored if row[0]]
    # A lunch or dinner idea is a dish (chili, a stir-fry, a burrito bowl), not a cup of
    # beans or a tin of clams: mixed dishes (WWEIA) first, other foods only to fill up.
    scored.sort(
        key=lambda row: (main_meal and row[5].category != MIXED_DISHES, -row[1], row[5].name)
    )
    picked: list[Suggestion] = []
    seen: set[str] = set()
    picked_words: list[frozenset[str]] = []
    for eaten, _score, kcal, carbs, sodium, choice in scored:
        # Different dishes: one per head word ("Chili, ..."); starter ingredients, whose
        # categories are narrow, one per category.
        head = choice.name.split(",")[0].strip().lower()
        if head in seen or (not eaten and choice.category in seen):
            continue
        # Nor the same dish twice under two names ("black beans and brown rice", "pinto
        # beans and white rice"; beef and pork shish kabob): less than half the words of the
        # shorter name in common with one already picked.
        words = _dish_words(choice.name)
        if any(_overlap(words, other) >= 0.5 for other in picked_words):
            continue
        # The final check, whatever the filters above did (unknown allergens count).
        if restrictions.violation(
            choice.diet_tags, choice.allergen_tags, choice.unknown_allergens, choice.name
        ):
            continue
        seen.update((choice.category, head))
        picked_words.append(words)
        picked.append(
            Suggestion(
                name=choice.name,
                portion=choice.portion_label,
                grams=round(choice.portion_grams, 1),
                calories=round(kcal),
                protein=round(_per_portion(choice, "protein"), 1),
                fiber=round(_per_portion(choice, "fiber"), 1),
                carbs=round(carbs, 1),
                sodium=round(sodium),
                kind=choice.kind,
            )
        )
        if len(picked) >= params.limit:
            break
    return SuggestResult(
        remaining_calories=remaining,
        max_calories_each=round(cap),
        restrictions=_restriction_words(restrictions),
        foods=picked,
        asked_calories=params.max_calories,
        focus=params.focus,
        low_carb=low_carb,
        # A sodium cap asked for is shown beside each food, as a low-sodium diet's is.
        low_sodium=restrictions.low_sodium or params.max_sodium is not None,
    )


# --- knowledge base --------------------------------------------------------------------------
class KnowledgeInput(ToolInput):
    query: str = Field(..., min_length=1, max_length=2000)
    limit: int = Field(3, ge=1, le=5)
    cover: str | None = Field(
        None, max_length=2000,
        description="The question inside a longer message; its words must be covered.",
    )  # fmt: skip


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
    hits = ctx.knowledge.search(
        params.query, limit=params.limit, min_coverage=MIN_COVERAGE, cover=params.cover
    )
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
            "get_weight",
            "The user's weight trend from their weight log: first and latest weighing in "
            "the last N days, change in kg, kg per week; too_few under two weighings.",
            WeightInput,
            get_weight,
        ),
        Tool(
            "find_logged_food",
            "When and how often the user logged a food (a word in the entry's name) in the "
            "last N days, newest first.",
            FoodSearchInput,
            find_logged_food,
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
            "Meal ideas (foods as eaten, household portions) that fit today's remaining "
            "calories or a stated cap, the user's diet and allergies and those stated in "
            "the message.",
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
