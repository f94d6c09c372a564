"""The tools on an in-memory data source: periods in the user's zone, budgets,
suggestions within restrictions, lookups through the analyser, argument validation."""

from __future__ import annotations

import asyncio
import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from domain.assistant import (
    LoggedFood,
    StoredPlan,
    ToolContext,
    ToolError,
    UserProfile,
    run_tool,
    tool_definitions,
)
from domain.assistant.memory import InMemoryData, starter_analyser
from domain.assistant.tools import (
    IntakeInput,
    RemainingInput,
    SuggestInput,
    get_intake,
    get_remaining_budget,
    suggest_foods,
)

TOKYO = ZoneInfo("Asia/Tokyo")
# 03:00 UTC on 25 Nov is 12:00 in Tokyo.
NOW = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def food(kcal: float, at: datetime, meal: str = "lunch", **nutrients: float) -> LoggedFood:
    return LoggedFood(f"food {kcal}", kcal, nutrients, meal, at)


def data(**profile: Any) -> InMemoryData:
    fields = dict(id=1, gender="female", age=30, height=165, weight=60, timezone="Asia/Tokyo")
    fields.update(profile)
    # The starter catalog (USDA SR28), whose values the lookup assertions quote.
    return InMemoryData(UserProfile(**fields), analyser=starter_analyser())


def test_days_follow_the_users_time_zone() -> None:
    source = data()
    source.log = [
        # 00:30 Tokyo today = 15:30 UTC yesterday: today for the user.
        food(100, datetime(2026, 11, 25, 0, 30, tzinfo=TOKYO), protein=10),
        # 23:30 Tokyo yesterday: yesterday, though it is the same UTC day as the first.
        food(200, datetime(2026, 11, 24, 23, 30, tzinfo=TOKYO), protein=20),
    ]
    ctx = ToolContext(source, NOW)
    today = run(get_intake(ctx, IntakeInput(period="today")))
    assert (today.totals["calories"], today.totals["protein"], today.entries) == (100, 10, 1)
    yesterday = run(get_intake(ctx, IntakeInput(period="yesterday")))
    assert (yesterday.first_date.isoformat(), yesterday.totals["calories"]) == ("2026-11-24", 200)


def test_periods_average_over_their_days() -> None:
    source = data(timezone="UTC")
    source.log = [food(700, NOW - timedelta(days=d), protein=30) for d in range(8)]
    ctx = ToolContext(source, NOW)
    week = run(get_intake(ctx, IntakeInput(period="last_7_days")))
    assert (week.days, week.days_logged, week.totals["calories"]) == (7, 7, 4900)
    assert week.daily_average["protein"] == 30
    with pytest.raises(ValueError):
        run(get_intake(ctx, IntakeInput(period="date", date=NOW.date() + timedelta(days=3))))


def test_remaining_budget_from_the_plan_or_the_profile() -> None:
    source = data(activity_level="moderate", timezone="UTC")
    source.log = [food(500, NOW - timedelta(hours=1), protein=40)]
    source.diet_plan = StoredPlan(
        1, {"daily_calorie_target": 1900, "macros": {"protein_grams": 120}}
    )
    budget = run(get_remaining_budget(ToolContext(source, NOW), RemainingInput()))
    assert budget.target_source == "diet plan"
    assert (budget.remaining["calories"], budget.remaining["protein"]) == (1400, 80)
    source.diet_plan = None
    budget = run(get_remaining_budget(ToolContext(source, NOW), RemainingInput()))
    # Mifflin-St Jeor woman 60 kg/165 cm/30 y = 1320.25 kcal x 1.55 = 2046 kcal (maintain).
    assert budget.target_source == "profile" and budget.targets["calories"] == 2046
    source.user = UserProfile(id=1, timezone="UTC")
    budget = run(get_remaining_budget(ToolContext(source, NOW), RemainingInput()))
    assert budget.targets is None and "weight" in budget.missing_profile


def test_suggestions_respect_diet_allergies_and_budget() -> None:
    source = data(
        timezone="UTC",
        activity_level="sedentary",
        dietary_preferences=("vegan",),
        allergies=("soy", "nuts"),
    )
    source.diet_plan = StoredPlan(1, {"daily_calorie_target": 1500})
    source.log = [food(1300, NOW - timedelta(hours=1))]
    result = run(suggest_foods(ToolContext(source, NOW), SuggestInput(focus="protein")))
    assert result.remaining_calories == 200 and result.max_calories_each == 200
    assert result.foods
    catalog = {c.name: c for c in asyncio.run(source.catalog_choices())}
    for suggestion in result.foods:
        choice = catalog[suggestion.name]
        assert "vegan" in choice.diet_tags
        assert not {"soy", "tree_nuts", "peanuts"} & set(choice.allergen_tags)
        assert suggestion.calories <= 200


def test_lookup_uses_the_analyser_and_usda_values() -> None:
    ctx = ToolContext(data(), NOW)
    result = run(run_tool(ctx, "lookup_nutrients", {"description": "2 cups of rice"}))
    # USDA SR28 20045 white rice, cooked: 130 kcal/100 g, 1 cup = 158 g.
    assert result.found and result.grams == 316 and result.calories == pytest.approx(410.8)
    missing = run(run_tool(ctx, "lookup_nutrients", {"description": "3 moon rocks"}))
    assert not missing.found and missing.unmatched


@pytest.mark.parametrize(
    ("name", "arguments", "message"),
    [
        ("get_intake", '{"period": "fortnight"}', "Invalid arguments"),
        ("get_intake", '{"period": "today", "user_id": 2}', "Extra inputs"),
        ("get_intake", "{not json", "not valid JSON"),
        ("drop_tables", "{}", "Unknown tool"),
        ("lookup_nutrients", "[1, 2]", "JSON object"),
    ],
)
def test_model_arguments_are_validated(name: str, arguments: str, message: str) -> None:
    with pytest.raises(ToolError, match=message):
        run(run_tool(ToolContext(data(), NOW), name, arguments))


def test_tool_definitions_are_function_schemas_without_user_ids() -> None:
    definitions = tool_definitions()
    assert len(definitions) == 8
    for definition in definitions:
        assert definition["type"] == "function"
        params = definition["function"]["parameters"]
        assert params["type"] == "object" and params["additionalProperties"] is False
        assert "user" not in json.dumps(params).lower()


@pytest.mark.parametrize("meal", ["lunch", "dinner", "breakfast"])
@pytest.mark.parametrize("diets", [(), ("vegetarian",), ("vegan", "gluten_free")])
def test_meal_suggestions_are_dishes_a_dietitian_would_name(meal: str, diets: tuple) -> None:
    """Over the foods-as-eaten catalog: a lunch or dinner idea is a mixed dish, a breakfast
    a breakfast-sized food; never organ meats or game unasked, never a spread by the cup,
    never the same dish twice under two names."""
    source = InMemoryData(UserProfile(id=1, timezone="UTC", dietary_preferences=diets))
    result = run(suggest_foods(ToolContext(source, NOW), SuggestInput(meal=meal, limit=5)))
    catalog = {c.name: c for c in asyncio.run(source.catalog_choices())}
    assert len(result.foods) == 5, result.foods
    names = [s.name.lower() for s in result.foods]
    for suggestion in result.foods:
        choice = catalog[suggestion.name]
        assert set(diets) <= set(choice.diet_tags), suggestion.name
        assert choice.kind == "food_as_eaten"
        assert suggestion.calories >= (140 if meal == "breakfast" else 240), suggestion
        assert not re.search(r"\b(?:liver|tripe|beaver|venison|rabbit)\b", choice.name.lower())
        assert not re.match(
            r"(?:cream cheese|butter|jam|syrup|sauce|gravy)\b", suggestion.name.lower()
        )
    if meal != "breakfast":
        dishes = [s for s in result.foods if catalog[s.name].category == "mixed_dishes"]
        assert len(dishes) >= 3, names
    heads = [re.sub(r"\b(?:black|pinto|white|brown|red)\b ?", "", n) for n in names]
    assert len(set(heads)) == len(heads), names
