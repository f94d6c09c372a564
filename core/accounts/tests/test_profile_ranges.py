"""One set of profile ranges: what the core accepts, the planners accept (issue #10).

The core used to accept ages 13-17, heights of 50 cm and weights of 400 kg that the diet
planner then refused with a 400. Here every boundary value is written through the API,
read back from the database and handed to the energy targets and the workout request;
and the value just outside each boundary is refused by the API with a message stating
the range.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from ai.routes.plans import workout_defaults
from core.accounts.models import User
from core.accounts.validators import AGE_RANGE, BODY_FAT_RANGE, HEIGHT_RANGE_CM, WEIGHT_RANGE_KG
from core.api.testing import client_for
from domain.profile_ranges import PROFILE_RANGES
from domain.targets import KCAL_PER_GRAM, targets_from_mapping
from domain.workouts.request import WorkoutRequest

PROFILE = "/api/v1/profile/"
BASE = {"gender": "female", "age": 40, "height": 165.0, "weight": 70.0, "activity_level": "light"}
RANGES = {
    "age": AGE_RANGE,
    "height": HEIGHT_RANGE_CM,
    "weight": WEIGHT_RANGE_KG,
    "body_fat_percent": BODY_FAT_RANGE,
}

pytestmark = pytest.mark.django_db


def test_the_core_uses_the_domain_ranges() -> None:
    for field, (low, high) in RANGES.items():
        assert (low, high) == (PROFILE_RANGES[field].low, PROFILE_RANGES[field].high)
    assert AGE_RANGE == (18, 120)  # the energy equations are adult equations


def stored_profile(user: User) -> dict[str, Any]:
    """The profile as the planners read it: straight from the database row."""
    row = User.objects.filter(pk=user.pk).values(
        "gender", "age", "height", "weight", "body_fat_percent", "activity_level",
        "goals", "dietary_preferences",
    ).get()  # fmt: skip
    return row


def assert_usable(profile: dict[str, Any]) -> None:
    """The targets and the workout request accept the profile, and the macros add up."""
    targets = targets_from_mapping(profile)  # raises InvalidProfileValues on a range
    energy = sum(getattr(targets, f"{k}_g") * f for k, f in KCAL_PER_GRAM.items())
    assert energy == pytest.approx(targets.calories, abs=1e-6)
    assert min(targets.protein_g, targets.carbs_g, targets.fats_g) >= 0
    # The workout route's own defaults from the profile (ai.routes.plans), then the request.
    WorkoutRequest.from_dict(workout_defaults({**profile, "goals": profile["goals"] or []}))


def corner_profiles() -> list[dict[str, Any]]:
    """Every combination of the range ends (with and without body fat), both sexes, every
    goal and the low_carb preference: the most extreme profiles the core accepts."""
    cases = []
    for age, height, weight, fat, sex, goals, prefs in itertools.product(
        AGE_RANGE, HEIGHT_RANGE_CM, WEIGHT_RANGE_KG, (None, *BODY_FAT_RANGE),
        ("female", "male"), (["lose_weight"], [], ["build_muscle"]), ([], ["low_carb"]),
    ):  # fmt: skip
        cases.append({
            **BASE, "age": age, "height": height, "weight": weight, "body_fat_percent": fat,
            "gender": sex, "goals": goals, "dietary_preferences": prefs,
        })  # fmt: skip
    return cases


@pytest.mark.parametrize("field", list(RANGES))
@pytest.mark.parametrize("end", [0, 1])
def test_each_boundary_the_core_accepts_gives_targets(user: User, field: str, end: int) -> None:
    value = RANGES[field][end]
    response = client_for(user).patch(PROFILE, {**BASE, field: value}, format="json")
    assert response.status_code == 200, response.content
    profile = stored_profile(user)
    assert profile[field] == value
    assert_usable(profile)


def test_the_extreme_corners_the_core_accepts_give_targets(user: User) -> None:
    client = client_for(user)
    corners = corner_profiles()
    assert len(corners) == 2**3 * 3 * 2 * 3 * 2
    for payload in corners:
        response = client.patch(PROFILE, payload, format="json")
        assert response.status_code == 200, (payload, response.content)
        assert_usable(stored_profile(user))


@pytest.mark.parametrize("field", list(RANGES))
@pytest.mark.parametrize("end", [0, 1])
def test_just_outside_a_boundary_is_refused_stating_the_range(
    user: User, field: str, end: int
) -> None:
    low, high = RANGES[field]
    value = low - 1 if end == 0 else high + 1
    if field != "age":
        value = low - 0.1 if end == 0 else high + 0.1
    before = stored_profile(user)
    response = client_for(user).patch(PROFILE, {**BASE, field: value}, format="json")
    assert response.status_code == 400, response.content
    message = response.json()["details"][field][0]
    assert f"between {low:g} and {high:g}" in message, message
    assert stored_profile(user) == before


def test_the_admin_form_holds_the_same_ranges(user: User) -> None:
    from core.accounts.admin import UserAdminForm

    def errors(**changes: Any) -> dict[str, Any]:
        data = {
            "email": user.email, "name": "Ada", "timezone": "UTC", "goals": "[]",
            "dietary_preferences": "[]", "allergies": "[]", "date_joined": "2024-01-01 00:00",
            **BASE, **changes,
        }  # fmt: skip
        form = UserAdminForm(data=data, instance=user)
        form.is_valid()
        return {k: v for k, v in form.errors.items() if k in RANGES}

    assert errors() == {}
    assert errors(age=18, weight=350) == {}
    refused = errors(age=17, weight=351, height=99, body_fat_percent=2.5)
    assert set(refused) == set(RANGES)
    assert "between 18 and 120" in refused["age"][0]
