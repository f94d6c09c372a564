"""Valid plan documents shared by the plan tests."""

from __future__ import annotations

from typing import Any

DIET_PLAN: dict[str, Any] = {
    "daily_calorie_target": 2200,
    "macros": {"protein_grams": 150, "carbs_grams": 250, "fats_grams": 70},
    "weekly_plan": {
        "monday": [
            {
                "meal": "breakfast",
                "name": "Oatmeal with berries",
                "calories": 420,
                "nutrients": {"protein": 14, "fiber": 8, "sodium": 90},
                "items": [{"name": "rolled oats", "grams": 80, "calories": 300}],
            },
            {"meal": "dinner", "name": "Salmon and rice", "calories": 650},
        ],
        "sunday": [],
    },
    # Generated plans carry extra keys; they are kept.
    "totals": {"calories": 1070},
    "narrative": "A simple week.",
}

WORKOUT: dict[str, Any] = {
    "weekly_schedule": {
        "monday": [
            {"exercise": "Back squat", "sets": 4, "reps": "8-12", "rest_seconds": 90},
            {"exercise": "Plank", "sets": 3, "reps": 1, "duration": 1.5},
        ],
        "thursday": [{"exercise": "Push-up", "sets": 3, "reps": 15}],
    },
    "rest_days": ["wednesday", "sunday"],
    "difficulty": "beginner",
    "notes": "extra keys are kept",
}
