"""Item and restaurant scores, restriction safety and budget-aware ranking."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.diet import build_restrictions
from domain.healthiness import (
    ALLERGENS,
    DIETS,
    DayBudget,
    MenuItem,
    Restrictions,
    day_budget,
    expand_diets,
    fit_option,
    healthy_options,
    item_score,
    rank_options,
    restaurant_score,
    restriction_violation,
    score_components,
)

# Plausible dishes (one serving); kcal close to 4P + 4C + 9F.
LENTIL_SALAD = MenuItem(
    "Lentil and roast vegetable salad", calories=420, protein=21, carbs=52, fats=13,
    fiber=16, saturated_fat=2, sodium=480, serving_grams=380, processing=1,
    diets=frozenset(expand_diets(["vegan", "gluten_free"])),
)  # fmt: skip
CHEESEBURGER = MenuItem(
    "Double cheeseburger", calories=780, protein=42, carbs=44, fats=48, fiber=2,
    saturated_fat=21, sodium=1450, serving_grams=290, processing=4,
    allergens=frozenset({"milk", "wheat", "sesame"}),
)  # fmt: skip
GRILLED_SALMON = MenuItem(
    "Grilled salmon, greens and quinoa", calories=560, protein=40, carbs=38, fats=26,
    fiber=7, saturated_fat=5, sodium=520, serving_grams=400, processing=2,
    diets=frozenset(expand_diets(["pescatarian", "gluten_free"])), allergens=frozenset({"fish"}),
)  # fmt: skip


def test_components_hit_their_anchors() -> None:
    best = MenuItem(
        "ideal", calories=300, protein=22.5, fiber=4.2, saturated_fat=0.5, sodium=150,
        serving_grams=500, processing=1,
    )  # fmt: skip
    assert score_components(best) == pytest.approx(
        {"protein": 1, "fiber": 1, "saturated_fat": 1, "sodium": 1, "energy_density": 1,
         "processing": 1}
    )  # fmt: skip
    assert item_score(best) == 100.0
    worst = MenuItem(
        "worst", calories=400, protein=5, fiber=0, saturated_fat=9, sodium=800,
        serving_grams=100, processing=4,
    )  # fmt: skip
    assert item_score(worst) == 0.0
    # Midway between anchors is 0.5: 12.5 % of energy from saturated fat.
    mid = MenuItem("mid", calories=360, saturated_fat=5)
    assert score_components(mid)["saturated_fat"] == pytest.approx(0.5)


def test_unknown_components_are_left_out_and_the_rest_reweighted() -> None:
    known = MenuItem("x", calories=400, protein=30, fiber=6, saturated_fat=3, sodium=500)
    parts = score_components(known)
    assert set(parts) == {"protein", "fiber", "saturated_fat", "sodium"}
    expected = (20 * parts["protein"] + 20 * parts["fiber"] + 15 * parts["saturated_fat"]
                + 15 * parts["sodium"]) / 70 * 100  # fmt: skip
    assert item_score(known) == pytest.approx(expected, abs=0.05)


def test_healthier_dishes_score_higher() -> None:
    assert item_score(LENTIL_SALAD) > item_score(GRILLED_SALMON) > item_score(CHEESEBURGER)
    assert item_score(LENTIL_SALAD) >= 75 and item_score(CHEESEBURGER) <= 30


def test_near_zero_calorie_items_are_not_scored_on_noise() -> None:
    water = MenuItem("Sparkling water", calories=0, sodium=10, serving_grams=330, processing=1)
    assert 0 <= item_score(water) <= 100


def test_diet_tags_imply_looser_ones() -> None:
    assert expand_diets(["vegan"]) == ["vegan", "vegetarian", "pescatarian", "dairy_free"]
    assert expand_diets(["Vegetarian", "gluten_free", "keto"]) == [
        "vegetarian", "pescatarian", "gluten_free",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("diets", "allergies", "item", "reason"),
    [
        ({"vegan"}, set(), GRILLED_SALMON, "vegan"),
        ({"vegetarian"}, set(), GRILLED_SALMON, "vegetarian"),
        ({"pescatarian"}, set(), GRILLED_SALMON, None),
        ({"gluten_free"}, set(), CHEESEBURGER, "gluten_free"),
        ({"dairy_free"}, set(), CHEESEBURGER, "allergen:milk"),
        (set(), {"fish"}, GRILLED_SALMON, "allergen:fish"),
        (set(), {"sesame", "milk"}, CHEESEBURGER, "allergen:milk"),
        ({"vegan", "gluten_free"}, {"peanuts"}, LENTIL_SALAD, None),
        ({"low_carb"}, set(), CHEESEBURGER, None),  # a preference, not a restriction
    ],
)
def test_restrictions(diets: set, allergies: set, item: MenuItem, reason: str | None) -> None:
    restrictions = build_restrictions(diets, allergies)
    assert restriction_violation(item, restrictions) == reason


tags = st.frozensets(st.sampled_from(DIETS))
allergens = st.frozensets(st.sampled_from(ALLERGENS))
items = st.builds(
    MenuItem,
    name=st.text(min_size=1, max_size=10),
    calories=st.floats(0, 2000),
    protein=st.floats(0, 100),
    carbs=st.floats(0, 250),
    fats=st.floats(0, 120),
    fiber=st.floats(0, 40),
    saturated_fat=st.floats(0, 50),
    sodium=st.floats(0, 5000),
    serving_grams=st.one_of(st.none(), st.floats(1, 1500)),
    processing=st.one_of(st.none(), st.sampled_from([1, 2, 3, 4])),
    diets=tags.map(lambda t: frozenset(expand_diets(t))),
    allergens=allergens,
)


@settings(max_examples=200, deadline=None)
@given(
    menu=st.lists(items, max_size=12),
    diets=st.frozensets(st.sampled_from([*DIETS, "dairy_free", "low_carb"])),
    allergies=allergens,
    remaining=st.one_of(st.none(), st.floats(0, 3000)),
)
def test_no_ranked_option_ever_breaks_a_restriction_or_the_budget(
    menu: list[MenuItem], diets: frozenset, allergies: frozenset, remaining: float | None
) -> None:
    restrictions = build_restrictions(diets, allergies)
    budget = DayBudget(None if remaining is None else 2000.0, 2000.0 - (remaining or 0), 900, 10)
    ranked = rank_options(enumerate(menu), restrictions, budget)
    for option in ranked:
        item = option.item
        for diet in {"vegan", "vegetarian", "pescatarian", "gluten_free"} & diets:
            assert diet in item.diets
        assert not allergies & item.allergens
        if "dairy_free" in diets:
            assert "milk" not in item.allergens
        if remaining is not None:
            assert item.calories <= remaining
        assert 0 <= option.fit <= option.score <= 100
    assert [o.fit for o in ranked] == sorted((o.fit for o in ranked), reverse=True)


def test_budget_changes_the_order() -> None:
    light = MenuItem(
        "Miso soup and edamame", calories=260, protein=18, carbs=22, fats=11, fiber=6,
        saturated_fat=1.5, sodium=900, serving_grams=350, processing=2,
    )  # fmt: skip
    menu = [("salmon", GRILLED_SALMON), ("light", light)]
    assert item_score(GRILLED_SALMON) > item_score(light)
    plenty = DayBudget(2000, 200, 2000, 20)
    assert [o.key for o in rank_options(menu, Restrictions(), plenty)] == ["salmon", "light"]
    # 600 kcal left: the salmon would use 93 % of it and drops below the soup.
    tight = DayBudget(2000, 1400, 2000, 20)
    assert [o.key for o in rank_options(menu, Restrictions(), tight)] == ["light", "salmon"]
    # 400 kcal left: the salmon no longer fits at all.
    over = DayBudget(2000, 1600, 2000, 20)
    assert [o.key for o in rank_options(menu, Restrictions(), over)] == ["light"]
    # Over budget already: nothing fits, and the restaurant scores 0 (it has a menu).
    done = DayBudget(2000, 2300, 2000, 20)
    assert rank_options(menu, Restrictions(), done) == []
    assert restaurant_score([], has_menu=True) == 0.0


def test_budget_factor_and_limits() -> None:
    item = MenuItem("bowl", calories=500, protein=30, carbs=50, fats=15, fiber=8,
                    saturated_fat=3, sodium=700, serving_grams=450, processing=2)  # fmt: skip
    score = item_score(item)
    assert fit_option(item, Restrictions(), DayBudget(2000, 0, 2300, 22)) == score
    # Uses 100 % of what is left: factor 0.7.
    assert fit_option(item, Restrictions(), DayBudget(2000, 1500, 2300, 22)) == pytest.approx(
        round(score * 0.7, 1)
    )
    # 75 %: halfway between 1.0 and 0.7.
    assert fit_option(item, Restrictions(), DayBudget(2000, 2000 - 500 / 0.75, 2300, 22)) == (
        pytest.approx(round(score * 0.85, 1))
    )
    # Sodium beyond what is left today, then a missed soft preference.
    assert fit_option(item, Restrictions(), DayBudget(2000, 0, 600, 22)) == pytest.approx(
        round(score * 0.85, 1)
    )
    low_carb = build_restrictions(["low_carb"])
    assert fit_option(item, low_carb, None) == pytest.approx(round(score * 0.8, 1))


def test_healthy_options_leave_out_unhealthy_fits() -> None:
    ranked = rank_options(
        [(1, CHEESEBURGER), (2, LENTIL_SALAD), (3, GRILLED_SALMON)], Restrictions(), None
    )
    assert [o.key for o in ranked] == [2, 3, 1]
    assert [o.key for o in healthy_options(ranked)] == [2, 3]
    assert [o.key for o in healthy_options(ranked, limit=1)] == [2]


def test_restaurant_score() -> None:
    ranked = rank_options([(1, LENTIL_SALAD), (2, GRILLED_SALMON)], Restrictions(), None)
    best, second = ranked[0].fit, ranked[1].fit
    assert restaurant_score(ranked, has_menu=True) == pytest.approx(
        round(0.6 * best + 0.4 * (best + second) / 3, 1)
    )
    assert restaurant_score(ranked[:1], True) < restaurant_score(ranked, True)
    assert restaurant_score([], has_menu=False) is None


def test_day_budget_from_the_profile() -> None:
    # Mifflin-St Jeor woman 60 kg / 165 cm / 30 y = 1320.25; sedentary x 1.2 = 1584.3.
    profile = {"gender": "female", "age": 30, "height": 165, "weight": 60,
               "activity_level": "sedentary", "goals": ["maintain_weight"]}  # fmt: skip
    budget = day_budget(profile, consumed_kcal=900, consumed_sodium_mg=1000)
    assert budget.target_kcal == 1584
    assert budget.remaining_kcal == 684
    assert budget.sodium_left_mg == 1300
    assert budget.saturated_fat_left_g == pytest.approx(17.6)
    # Over the target: nothing left, never negative.
    assert day_budget(profile, consumed_kcal=2500).remaining_kcal == 0
    # A profile the equations cannot use: no target, no calorie limit on options.
    unknown = day_budget({"gender": "female", "weight": 60}, consumed_kcal=300)
    assert unknown.target_kcal is None and unknown.remaining_kcal is None
    assert unknown.as_dict()["consumed_kcal"] == 300
