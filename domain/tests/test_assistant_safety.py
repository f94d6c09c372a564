"""Safety rules: emergencies, disordered eating, calorie floors, medical questions."""

from __future__ import annotations

import pytest

from domain.assistant.safety import check


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("I have chest pain after running", "emergency"),
        ("I can't breathe properly", "emergency"),
        ("I think I'm going to kill myself", "emergency"),
        ("my throat is swelling after eating shrimp", "emergency"),
        ("I make myself throw up after eating", "disordered_eating"),
        ("how many laxatives to lose weight", "disordered_eating"),
        ("I want to starve myself", "disordered_eating"),
        ("I feel guilty after eating", "disordered_eating"),
        ("I want to stop eating", "disordered_eating"),
        ("I want to eat 800 calories a day", "below_floor"),
        ("make me a 1,000 kcal diet plan", "below_floor"),
        ("water fast for 7 days", "below_floor"),
        ("Should I stop taking metformin?", "medical"),
        ("Do I have diabetes?", "medical"),
        ("what dose of ibuprofen", "medical"),
    ],
)
def test_triggers(message: str, category: str) -> None:
    verdict = check(message, "female")
    assert verdict is not None and verdict.category == category


@pytest.mark.parametrize(
    "message",
    [
        "how do I stop eating junk food at night",
        "what is a 300 kcal snack",
        "how many calories in 2 eggs",
        "is a 500 calorie deficit okay",
        "how much vitamin d do I need",
        "how many calories do I burn running for 30 minutes",
        "what's my chest workout on monday",
        "I want to eat 1,800 calories a day",
    ],
)
def test_ordinary_questions_pass(message: str) -> None:
    assert check(message, "female") is None


def test_the_floor_depends_on_sex() -> None:
    # 1,400 kcal is below the men's floor (1,500) but above the women's (1,200).
    verdict = check("plan 1400 calories a day for me", "male")
    assert verdict is not None and verdict.category == "below_floor"
    assert "1,500 kcal is the floor" in verdict.response
    assert check("plan 1400 calories a day for me", "female") is None


def test_answers_point_to_help_and_give_no_numbers_to_disordered_eating() -> None:
    emergency = check("I have chest pain", "")
    assert emergency is not None and "emergency" in emergency.response
    disordered = check("I make myself vomit after meals", "")
    assert disordered is not None and "professional" in disordered.response
    assert "kcal" not in disordered.response
    floor = check("800 calories a day diet", "")
    assert floor is not None and "1,200 kcal" in floor.response and floor.sources
