"""Reading questions: intents and entities."""

from __future__ import annotations

from datetime import date

import pytest

from domain.assistant.intents import find_nutrients, understand

TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("How much protein have I had today?", "intake"),
        ("What did I eat yesterday?", "intake"),
        ("protein today?", "intake"),
        ("my calorie intake over the last 7 days", "intake"),
        ("How many calories do I have left today?", "remaining"),
        ("Am I over my calories?", "remaining"),
        ("What is my daily calorie target?", "targets"),
        ("How much protein should I eat per day?", "targets"),
        ("How many calories are in 2 cups of rice?", "lookup"),
        ("how much protein does a large egg have", "lookup"),
        ("I had 2 eggs and toast, how many calories is that?", "lookup"),
        ("What's my workout on Monday?", "workout_plan"),
        ("When are my rest days?", "workout_plan"),
        ("What's on my diet plan for dinner?", "diet_plan"),
        ("Suggest a high protein snack", "suggest"),
        ("What can I eat for dinner that fits my budget?", "suggest"),
        ("What should I eat before a long run?", "knowledge"),
        ("How much water should I drink?", "knowledge"),
        ("what should I eat after my workout", "knowledge"),
        ("Do I train today?", "workout_plan"),
        ("can you log 2 eggs for breakfast", "log_request"),
        ("what's 150g of chicken breast in calories", "lookup"),
        ("am I eating enough fiber?", "intake"),
        ("hello", "help"),
        ("What's the capital of France?", "out_of_scope"),
    ],
)
def test_intents(question: str, intent: str) -> None:
    assert understand(question, TODAY).intent == intent


def test_entities() -> None:
    reading = understand("How many calories are in 2 cups of rice?", TODAY)
    assert (reading.food, reading.nutrients) == ("2 cups of rice", ("calories",))
    reading = understand("what did I eat on monday", TODAY)
    assert (reading.period, reading.on) == ("date", date(2026, 11, 23))
    reading = understand("how much saturated fat and fat did I have this week", TODAY)
    assert (reading.nutrients, reading.period) == (("saturated_fat", "fats"), "this_week")
    assert understand("what is my workout tomorrow", TODAY).weekday == "thursday"
    assert understand("anything planned for supper on friday?", TODAY).meal == "dinner"
    assert find_nutrients("fibre, salt and carbs") == ("fiber", "sodium", "carbs")


def test_periods_and_pronouns_are_not_foods() -> None:
    assert understand("how many calories have I eaten in the last 7 days", TODAY).intent == "intake"
    assert understand("how many calories in my lunch today", TODAY).intent == "intake"


def test_follow_ups_reuse_the_previous_question() -> None:
    first = understand("How many calories are in 2 cups of rice?", TODAY)
    follow = understand("and protein?", TODAY, first)
    assert (follow.intent, follow.food, follow.nutrients) == (
        "lookup",
        "2 cups of rice",
        ("protein",),
    )
    swapped = understand("what about 3 eggs?", TODAY, first)
    assert (swapped.intent, swapped.food) == ("lookup", "3 eggs")
    intake = understand("How much protein did I have today?", TODAY)
    assert understand("what about yesterday?", TODAY, intake).period == "yesterday"
