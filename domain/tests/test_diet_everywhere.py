"""Every dietary preference and every allergen is honoured by every feature that picks food.

One parametrised test per feature (meal planner, restaurant healthy options, assistant
suggestions) over the same list of restrictions. What each restriction forbids is written
out here on its own (``FORBIDDEN``), not taken from ``domain.diet``, so a wrong rule in the
vocabulary fails these tests instead of agreeing with itself. The catalog's filters are
checked the same way in ``core/catalog/tests/test_catalog_diet_filters.py``.
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from domain.assistant import ToolContext, UserProfile
from domain.assistant.catalog import default_choices
from domain.assistant.memory import InMemoryData
from domain.assistant.tools import SuggestInput, suggest_foods
from domain.diet import ALLERGENS, DIETARY_PREFERENCES, build_restrictions
from domain.healthiness import MenuItem, healthy_options, rank_options
from domain.planner import PlanRequest, Restrictions, plan_diet
from domain.planner.foods import STARTER_FILE, load_foods_from_starter
from domain.targets import targets_from_mapping

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
REPO = Path(__file__).resolve().parents[2]
DEMO_RESTAURANTS = REPO / "data" / "restaurants" / "demo_restaurants.json"

# Restriction -> (diet tags of which a food needs one, content tags it must not have).
ANIMAL = {"milk", "egg", "fish", "shellfish"}
FORBIDDEN: dict[str, tuple[set[str], set[str]]] = {
    "vegan": ({"vegan"}, ANIMAL),
    "vegetarian": ({"vegetarian", "vegan"}, {"fish", "shellfish"}),
    "pescatarian": ({"pescatarian", "vegetarian", "vegan"}, set()),
    "gluten_free": ({"gluten_free"}, {"wheat", "gluten"}),
    "dairy_free": (set(), {"milk"}),
    "low_carb": (set(), set()),
    "low_sodium": (set(), set()),
    # halal: known free of pork and alcohol (derived tag; slaughter is never claimed).
    "halal": ({"halal"}, set()),
    **{allergen: (set(), {allergen}) for allergen in ALLERGENS},
}
# Soft preferences forbid no food; what they change is checked below.
SOFT = {"low_carb", "low_sodium"}
CASES = [*DIETARY_PREFERENCES, *ALLERGENS]
PROFILE: dict[str, Any] = {
    "gender": "female",
    "age": 34,
    "height": 168,
    "weight": 64,
    "activity_level": "moderate",
    "goals": ["maintain_weight"],
}


def test_every_word_of_the_vocabulary_is_covered() -> None:
    assert set(FORBIDDEN) == set(CASES)


def profile_lists(case: str) -> tuple[list[str], list[str]]:
    """(dietary_preferences, allergies) for one case."""
    return ([case], []) if case in DIETARY_PREFERENCES else ([], [case])


def breaks(case: str, diet_tags: set[str], contents: set[str], unknown: set[str]) -> str | None:
    """Why a food with these tags breaks ``case`` (None when it is fine)."""
    needed, forbidden = FORBIDDEN[case]
    if needed and not needed & diet_tags:
        return f"lacks one of {sorted(needed)}"
    if hit := forbidden & (contents | unknown):
        return f"contains or may contain {sorted(hit)}"
    return None


# --- the meal planner -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def plan_foods() -> dict[str, Any]:
    return {f.id: f for f in load_foods_from_starter(STARTER_FILE)}


@pytest.mark.parametrize("case", CASES)
def test_planner_honours(case: str, plan_foods: dict[str, Any]) -> None:
    preferences, allergies = profile_lists(case)
    targets = targets_from_mapping({**PROFILE, "dietary_preferences": preferences})
    request = PlanRequest(days=2, restrictions=Restrictions.build(preferences, allergies), seed=11)
    plan = plan_diet(targets, list(plan_foods.values()), request)
    items = [i for day in plan["weekly_plan"].values() for m in day for i in m["items"]]
    assert items
    for item in items:
        food = plan_foods[item["food_id"]]
        contents = set(food.allergen_tags) if food.allergen_tags is not None else set(ALLERGENS)
        reason = breaks(case, set(food.diet_tags), contents, set(food.unknown_allergens))
        assert reason is None, f"{case}: planned {food.name} ({reason})"
    if case == "low_carb":
        assert targets.carbs_g * 4 <= 0.26 * targets.calories + 1e-6
    if case == "low_sodium":
        for totals in plan["daily_totals"].values():
            assert totals["nutrients"]["sodium"] <= 1500.0


# --- restaurant healthy options ---------------------------------------------------------------


@pytest.fixture(scope="module")
def menus() -> list[list[tuple[int, MenuItem]]]:
    data = json.loads(DEMO_RESTAURANTS.read_text(encoding="utf-8"))
    records = data["restaurants"] if isinstance(data, dict) else data
    key = 0
    menus = []
    for record in records:
        menu = []
        for entry in record.get("menu") or []:
            key += 1
            menu.append((key, MenuItem.from_mapping(entry)))
        menus.append(menu)
    return menus


@pytest.mark.parametrize("case", CASES)
def test_restaurant_options_honour(case: str, menus: list[list[tuple[int, MenuItem]]]) -> None:
    restrictions = build_restrictions(*profile_lists(case))
    offered = [
        o.item for menu in menus for o in healthy_options(rank_options(menu, restrictions, None))
    ]
    assert offered, f"{case}: no demo restaurant offers anything"
    for item in offered:
        reason = breaks(case, set(item.diets), set(item.allergens), set())
        assert reason is None, f"{case}: offered {item.name} ({reason})"


# --- assistant suggestions --------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES)
def test_assistant_suggestions_honour(case: str) -> None:
    preferences, allergies = profile_lists(case)
    profile = UserProfile(
        id=1,
        gender="female",
        age=34,
        height=168,
        weight=64,
        activity_level="moderate",
        timezone="UTC",
        dietary_preferences=tuple(preferences),
        allergies=tuple(allergies),
    )
    by_name = {c.name: c for c in default_choices()}  # the foods InMemoryData offers
    suggested = []
    for meal in ("breakfast", "lunch", "dinner", "snack"):
        result = asyncio.run(
            suggest_foods(
                ToolContext(InMemoryData(profile), NOW), SuggestInput(meal=meal, limit=10)
            )
        )
        suggested += result.foods
    assert suggested, f"{case}: no suggestion at all"
    for suggestion in suggested:
        choice = by_name[suggestion.name]
        reason = breaks(
            case, set(choice.diet_tags), set(choice.allergen_tags), set(choice.unknown_allergens)
        )
        assert reason is None, f"{case}: suggested {choice.name} ({reason})"
