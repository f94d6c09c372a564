"""Own-data answers (foods eaten, intake against the target, the weight trend, relative
dates) and suggestions that are meals, over an in-memory user."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest

from domain.assistant import ToolContext, respond
from domain.assistant.catalog import fndds_choices
from domain.assistant.constraints import read_constraints
from domain.assistant.intents import understand
from domain.assistant.memory import InMemoryData
from domain.assistant.records import CatalogChoice, LoggedFood, StoredPlan, UserProfile, WeighIn
from domain.assistant.tools import SuggestInput, WeightInput, get_weight, suggest_foods
from domain.diet import build_restrictions

NOW = datetime(2026, 11, 26, 17, 0, tzinfo=UTC)  # a Thursday
TODAY = NOW.date()


def at(days_ago: int, hour: int) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time(), UTC).replace(
        hour=hour
    )


def entry(name: str, kcal: float, meal: str, days_ago: int, hour: int, **n: float) -> LoggedFood:
    return LoggedFood(name, kcal, n, meal, at(days_ago, hour))


def source() -> InMemoryData:
    profile = UserProfile(
        id=1, gender="female", age=34, height=168, weight=72.1, activity_level="moderate",
        goals=("lose_weight",), allergies=("peanuts",), timezone="UTC",
    )  # fmt: skip
    log = [
        entry("Pancakes with maple syrup", 520, "breakfast", 3, 8, protein=10),  # Monday
        entry("Lentil soup with a bread roll", 460, "lunch", 3, 12, protein=22),
        entry("Bagel with cream cheese", 450, "breakfast", 1, 8, protein=14),
        entry("Margherita pizza (3 slices)", 810, "dinner", 1, 19, protein=33),
        entry("Glass of red wine", 125, "snack", 1, 21, protein=0),
        entry("Oatmeal with blueberries", 320, "breakfast", 0, 8, protein=11),
    ]
    plan = StoredPlan(1, {"daily_calorie_target": 1300, "macros": {"protein_grams": 110}})
    weights = [
        WeighIn(kg, at(days_ago, 7))
        for kg, days_ago in ((74.0, 13), (73.6, 9), (72.9, 5), (72.1, 0))
    ]
    return InMemoryData(profile, log, plan, weights=weights)


def ask(text: str, data: InMemoryData | None = None, history: list | None = None) -> dict:
    data = data or source()
    return asyncio.run(respond(text, history or [], ToolContext(data, NOW))).as_dict()


# --- weight ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["am I losing weight?", "am i loosing wieght", "weight trend"])
def test_the_weight_trend_comes_from_the_weight_log(text: str) -> None:
    answer = ask(text)
    assert answer["tools_used"] == ["get_weight"]
    assert "74 kg" in answer["response"] and "72.1 kg" in answer["response"]
    assert "down 1.9 kg over 13 days" in answer["response"]
    assert "1.0 kg a week" in answer["response"]  # 1.9 kg x 7 / 13 days


def test_losing_is_yes_and_gaining_is_no_for_the_same_log() -> None:
    assert ask("am I losing weight").get("response", "").startswith("Yes")
    assert ask("am I gaining weight").get("response", "").startswith("No")


def test_too_few_weighings_say_so() -> None:
    data = source()
    data.weights = data.weights[-1:]
    result = asyncio.run(get_weight(ToolContext(data, NOW), WeightInput()))
    assert result.trend == "too_few" and result.change_kg is None
    assert "too few" in ask("am I losing weight", data)["response"]
    data.weights = []
    assert "no entries" in ask("am I losing weight", data)["response"]


def test_weighings_after_now_are_not_read() -> None:
    data = source()
    data.weights.append(WeighIn(90.0, NOW + timedelta(hours=1)))
    assert "90 kg" not in ask("what's my current weight", data)["response"]


# --- what was eaten, against the target -----------------------------------------------------
def test_a_meal_on_a_weekday_lists_the_foods() -> None:
    answer = ask("what did I have for breakfast monday")
    assert "Pancakes with maple syrup" in answer["response"]
    assert "Bagel" not in answer["response"] and "Lentil" not in answer["response"]


@pytest.mark.parametrize("text", ["what did i eat yesterday", "wat did i eat yday"])
def test_a_day_lists_its_foods(text: str) -> None:
    response = ask(text)["response"]
    for name in ("Bagel with cream cheese", "Margherita pizza", "Glass of red wine"):
        assert name in response
    assert "Oatmeal" not in response


def test_over_the_calorie_target_yesterday_is_yes_with_numbers() -> None:
    response = ask("did i go over my cals yday lol")["response"]
    # 450 + 810 + 125 = 1,385 kcal against 1,300 kcal.
    assert response.startswith("Yes") and "1,385 kcal" in response and "85 kcal over" in response


def test_protein_short_of_the_target_is_no_with_numbers() -> None:
    response = ask("did I hit my protein yesterday")["response"]
    assert response.startswith("No") and "47 g protein" in response and "110 g" in response


def test_an_unlogged_meal_is_no() -> None:
    assert ask("did i log dinner today")["response"].startswith("No, you haven't logged")


def test_and_yesterday_follows_up_on_the_same_question() -> None:
    first = "did I hit my protein today"
    answer = ask("and yesterday?", history=[_turn(first)])
    assert answer["tools_used"] == ["get_intake"] and "47 g protein" in answer["response"]


def _turn(text: str):
    from domain.assistant.records import Turn

    return Turn("user", text)


@pytest.mark.parametrize(
    ("text", "period", "on", "days"),
    [
        ("what did i eat yday", "yesterday", None, None),
        ("what did i eat last night", "yesterday", None, None),
        ("calories on monday", "date", date(2026, 11, 23), None),
        ("calories last thursday", "date", date(2026, 11, 19), None),  # not today
        ("protein thursday", "date", date(2026, 11, 26), None),
        ("calories in the last 3 days", "last_n_days", None, 3),
        ("calories over the past 2 weeks", "last_n_days", None, 14),
        ("what did i eat on the 20th", "date", date(2026, 11, 20), None),
        ("what did i eat on the 30th", "date", date(2026, 10, 30), None),  # still ahead
    ],
)
def test_relative_dates(text: str, period: str, on: date | None, days: int | None) -> None:
    reading = understand(text, TODAY)
    assert (reading.period, reading.on, reading.days) == (period, on, days)


def test_last_n_days_totals_those_days() -> None:
    response = ask("how many calories did i eat in the last 2 days")["response"]
    assert "1,705 kcal" in response  # 1,385 yesterday + 320 today


# --- suggestions ----------------------------------------------------------------------------
def test_message_constraints_are_read() -> None:
    wants = read_constraints("what should i eat for dinner with 600 kcal left, i'm vegetarian")
    assert wants.diets == ("vegetarian",) and wants.max_calories == 600
    wants = read_constraints("snak idea no nutz <200cal")
    assert "nuts" in wants.avoid and wants.max_calories == 200
    wants = read_constraints("dinner ideas without rice or pasta")
    assert {"rice", "spaghetti", "noodle"} <= set(wants.avoid)
    assert read_constraints("gluten-free and dairy-free dinner").diets == (
        "gluten_free",
        "dairy_free",
    )
    assert read_constraints("keto friendly snack").focus == "low_carb"
    assert read_constraints("breakfast with at least 30 g protein").min_protein == 30


def _suggested(text: str) -> tuple[dict, list[CatalogChoice]]:
    answer = ask(text)
    names = {c.name: c for c in fndds_choices()}
    picked = [names[n] for n in names if f"{n} (" in answer["response"]]
    return answer, picked


@pytest.mark.parametrize(
    ("text", "diets", "allergies", "cap"),
    [
        (
            "what should I eat for dinner with 600 kcal left, I'm vegetarian",
            ["vegetarian"],
            [],
            600,
        ),
        ("high protein snack without nuts under 200 cals", [], ["nuts"], 200),
        ("i'm vegan and allergic to soy, dinner ideas?", ["vegan"], ["soy"], 600),
        ("gluten-free and dairy-free dinner under 600", ["gluten_free", "dairy_free"], [], 600),
        ("light dinner ideas, no fish", [], ["fish"], 600),
    ],
)
def test_suggestions_are_foods_as_eaten_that_pass_the_diet_check(
    text: str, diets: list[str], allergies: list[str], cap: float
) -> None:
    answer, picked = _suggested(text)
    assert answer["tools_used"] == ["suggest_foods"] and picked
    check = build_restrictions(diets, [*allergies, "peanuts"])  # the profile's peanuts too
    for choice in picked:
        assert choice.kind == "food_as_eaten"
        assert check.allows_tags(
            choice.diet_tags, choice.allergen_tags, choice.unknown_allergens, choice.name
        )
        assert choice.energy_kcal * choice.portion_grams / 100 <= cap


def test_dinner_ideas_are_main_dishes_with_household_portions() -> None:
    _, picked = _suggested("dinner ideas")
    assert picked
    for choice in picked:
        assert "main" in choice.meals and "not specified" not in choice.portion_label


def test_unknown_allergens_count_as_present() -> None:
    data = source()
    unsure = CatalogChoice(
        "Mystery stew", "mixed_dishes", 100.0, {"protein": 10.0}, "1 cup", 250.0,
        diet_tags=("vegetarian",), meals=("main",), unknown_allergens=("peanuts",),
        kind="food_as_eaten",
    )  # fmt: skip
    data.choices = (unsure,)
    result = asyncio.run(suggest_foods(ToolContext(data, NOW), SuggestInput(meal="dinner")))
    assert result.foods == []


def test_stated_cap_bounds_every_item_and_avoided_words_stay_out() -> None:
    data = source()
    ctx = ToolContext(data, NOW)
    params = SuggestInput(meal="dinner", avoid=["rice", "pasta"], max_calories=450)
    result = asyncio.run(suggest_foods(ctx, params))
    assert result.foods
    for food in result.foods:
        assert food.calories <= 450
        assert "rice" not in food.name.lower() and "pasta" not in food.name.lower()


def test_low_carb_shows_and_bounds_carbs() -> None:
    answer = ask("keto friendly snack")
    assert "g carbs" in answer["response"]
    result = asyncio.run(
        suggest_foods(ToolContext(source(), NOW), SuggestInput(meal="snack", focus="low_carb"))
    )
    assert result.foods and all(food.carbs <= 10 for food in result.foods)


def test_when_and_how_often_a_food_was_logged() -> None:
    answer = ask("when did I last eat pizza")
    assert answer["tools_used"] == ["find_logged_food"]
    assert "yesterday (Wednesday 2026-11-25)" in answer["response"]
    assert "wine once" in ask("how many times did I have wine in the last 2 weeks")["response"]
    # Word starts only: "egg" is not inside "Veggie".
    data = source()
    data.log.append(entry("Veggie burrito bowl", 610, "lunch", 2, 12))
    assert "haven't logged" in ask("when did i last have eggs?", data)["response"]


def test_several_days_name_the_highest_day() -> None:
    response = ask("how many calories did i eat this week")["response"]
    # Monday 980, Wednesday 1,385, Thursday 320 kcal.
    assert "Highest day: Wednesday 2026-11-25 (1,385 kcal)" in response
    assert "lowest: Thursday 2026-11-26 (320 kcal)" in response


# --- ways of asking seen in the third blind set ----------------------------------------------
def test_the_weight_on_a_day_asked_about_leads() -> None:
    answer = ask("what did i weigh last saturday")
    assert answer["tools_used"] == ["get_weight"]
    assert answer["response"].startswith("On Saturday 2026-11-21 you weighed 72.9 kg.")


@pytest.mark.parametrize("text", ["weight??", "current weight", "how much did i weigh"])
def test_the_word_weight_alone_reads_the_weight_log(text: str) -> None:
    answer = ask(text)
    assert answer["tools_used"] == ["get_weight"] and "72.1 kg" in answer["response"]


def test_the_weekend_is_the_last_saturday_and_sunday() -> None:
    data = source()
    data.log += [
        entry("Full English breakfast", 800, "breakfast", 5, 9),  # Saturday
        entry("Roast chicken dinner", 700, "dinner", 4, 18),  # Sunday
        entry("Fish and chips", 900, "dinner", 6, 19),  # Friday: not the weekend
    ]
    answer = ask("how many calories did i eat over the weekend", data)
    assert "2026-11-21 to 2026-11-22" in answer["response"]
    assert "1,500 kcal in total" in answer["response"]


@pytest.mark.parametrize(
    ("text", "food"),
    [("what was my breakfast today", "Oatmeal"), ("breakfast yday was wat", "Bagel")],
)
def test_asking_what_a_meal_was_lists_its_foods(text: str, food: str) -> None:
    answer = ask(text)
    assert answer["tools_used"] == ["get_intake"] and food in answer["response"]


def test_room_left_for_a_meal_is_the_remaining_budget() -> None:
    answer = ask("how much room do i have left for dinner")
    assert answer["tools_used"] == ["get_remaining_budget"]
    assert "980 kcal left" in answer["response"]  # 1,300 - 320


def test_went_over_as_a_statement_is_a_target_check() -> None:
    response = ask("went over my cals yday or nah")["response"]
    assert response.startswith("Yes") and "1,385 kcal" in response


def test_a_question_about_the_gym_itself_reads_no_plan() -> None:
    answer = ask("what's the wifi password at my gym")
    assert "get_active_plans" not in answer["tools_used"] and not answer["sources"]


def test_a_day_without_a_weighing_says_so_and_gives_the_one_before() -> None:
    response = ask("what did i weigh on tuesday")["response"]  # weighed Saturday and today
    assert response.startswith("You didn't weigh yourself on Tuesday 2026-11-24")
    assert "72.9 kg on Saturday 2026-11-21" in response


def test_weeks_ago_is_that_day() -> None:
    reading = understand("what did i eat 2 weeks ago", TODAY)
    assert (reading.period, reading.on) == ("date", TODAY - timedelta(days=14))


def test_a_meal_and_a_day_alone_is_what_was_logged() -> None:
    answer = ask("dinner yesterday?")
    assert answer["tools_used"] == ["get_intake"] and "Margherita pizza" in answer["response"]
    # a meal still to come is not read from the log
    assert understand("dinner tonight?", TODAY).intent != "intake"


@pytest.mark.parametrize(
    ("text", "lead"), [("did i eat too much yday", "Yes"), ("did i eat enough today", "No")]
)
def test_eating_too_much_or_enough_is_judged_against_the_target(text: str, lead: str) -> None:
    answer = ask(text)
    assert answer["tools_used"] == ["get_intake"] and answer["response"].startswith(lead)


def test_a_nutrient_without_a_target_says_so_without_sending_to_the_profile() -> None:
    response = ask("did i go over on sugar today")["response"]
    assert "no daily sugar target" in response and "profile details" not in response


def test_a_nutrient_without_a_personal_target_gets_the_general_guidance_on_it() -> None:
    # The plan sets no carbohydrate target; "target" must not pull in a training entry.
    answer = ask("what's my carb target")
    assert answer["response"].startswith("You have no personal daily carbohydrate target")
    assert "130 g" in answer["response"]
    assert all("Resistance Training" not in s for s in answer["sources"])
    assert ask("what is my potassium target")["response"].startswith(
        "You have no personal daily potassium target"
    )


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("weight today", "On Thursday 2026-11-26 you weighed 72.1 kg."),
        ("weight on saturday?", "On Saturday 2026-11-21 you weighed 72.9 kg."),
    ],
)
def test_one_day_asked_about_leads_with_its_weighing(text: str, lead: str) -> None:
    assert ask(text)["response"].startswith(lead)


def test_a_change_since_a_day_is_the_trend_not_that_weighing() -> None:
    assert ask("have i lost weight since saturday")["response"].startswith("Yes")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("what did i eat on nov 24", date(2026, 11, 24)),
        ("protein on the 24th of november", date(2026, 11, 24)),
        ("calories on the 24th", date(2026, 11, 24)),
        ("calories dec 25", date(2025, 12, 25)),  # still ahead this year: last year's
    ],
)
def test_calendar_dates_are_days(text: str, day: date) -> None:
    reading = understand(text, TODAY)
    assert reading.intent == "intake" and (reading.period, reading.on) == ("date", day)


def test_a_month_word_inside_a_food_is_no_date() -> None:
    reading = understand("calories in 2 mars bars", TODAY)
    assert reading.intent == "lookup" and reading.period is None


@pytest.mark.parametrize("text", ["how many cals was breakfast", "my breakfast cals"])
def test_a_nutrient_of_a_logged_meal_is_read_from_the_log(text: str) -> None:
    answer = ask(text)
    assert answer["tools_used"] == ["get_intake"] and "Oatmeal" in answer["response"]
