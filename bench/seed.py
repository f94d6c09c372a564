"""Seed the bench database: one user with a year of realistic food log entries.

Run in a subprocess (``python -m bench.seed --email ... --password ... --entries N``) with
the bench server's environment, so Django is set up against the bench database and never
inside the benchmark runner itself.
"""

from __future__ import annotations

import argparse
import os
import random
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

# (name, kcal, nutrients) for one typical serving; values from USDA SR Legacy, rounded.
# fmt: off
SERVINGS: tuple[tuple[str, float, dict[str, float]], ...] = (
    ("Oatmeal with milk", 290, {"protein": 12, "carbs": 45, "fats": 7, "fiber": 5,
     "sugar": 12, "saturated_fat": 3, "sodium": 115, "potassium": 460, "calcium": 300}),
    ("Scrambled eggs (2)", 200, {"protein": 13, "carbs": 2, "fats": 15,
     "saturated_fat": 4.5, "cholesterol": 370, "sodium": 340, "iron": 1.7}),
    ("Greek yogurt, plain", 146, {"protein": 20, "carbs": 8, "fats": 4, "sugar": 7,
     "saturated_fat": 2.5, "calcium": 230, "sodium": 70}),
    ("Banana", 105, {"protein": 1.3, "carbs": 27, "fats": 0.4, "fiber": 3.1, "sugar": 14,
     "potassium": 422, "water": 88}),
    ("Apple", 95, {"protein": 0.5, "carbs": 25, "fats": 0.3, "fiber": 4.4, "sugar": 19,
     "potassium": 195, "water": 156}),
    ("Whole wheat toast with butter", 180, {"protein": 5, "carbs": 23, "fats": 8,
     "fiber": 3, "saturated_fat": 5, "sodium": 230}),
    ("Grilled chicken breast", 284, {"protein": 53, "carbs": 0, "fats": 6,
     "saturated_fat": 1.7, "cholesterol": 146, "sodium": 128, "potassium": 440}),
    ("Brown rice, cooked", 218, {"protein": 4.5, "carbs": 46, "fats": 1.6, "fiber": 3.5,
     "sodium": 2, "iron": 0.8}),
    ("Mixed green salad with olive oil", 160, {"protein": 2, "carbs": 7, "fats": 14,
     "fiber": 3, "monounsaturated_fat": 10, "sodium": 40, "potassium": 350}),
    ("Salmon fillet, baked", 367, {"protein": 39, "carbs": 0, "fats": 22,
     "saturated_fat": 4.3, "polyunsaturated_fat": 8, "cholesterol": 109, "sodium": 110}),
    ("Spaghetti bolognese", 520, {"protein": 27, "carbs": 62, "fats": 18, "fiber": 5,
     "sugar": 9, "saturated_fat": 6, "sodium": 780, "iron": 4}),
    ("Lentil soup", 230, {"protein": 16, "carbs": 36, "fats": 3, "fiber": 14,
     "sodium": 600, "potassium": 650, "iron": 6}),
    ("Cheeseburger", 535, {"protein": 30, "carbs": 40, "fats": 28, "saturated_fat": 12,
     "trans_fat": 1, "cholesterol": 90, "sodium": 1000}),
    ("Almonds (28 g)", 164, {"protein": 6, "carbs": 6, "fats": 14, "fiber": 3.5,
     "monounsaturated_fat": 9, "calcium": 76}),
    ("Orange juice (240 ml)", 112, {"protein": 1.7, "carbs": 26, "fats": 0.5, "sugar": 21,
     "potassium": 496, "water": 220}),
    ("Dark chocolate (30 g)", 170, {"protein": 2.2, "carbs": 13, "fats": 12, "sugar": 7,
     "saturated_fat": 7, "iron": 3.4}),
)
# fmt: on
MEAL_HOURS = {"breakfast": (6, 9), "lunch": (11, 14), "dinner": (18, 21), "snack": (15, 17)}
MEALS = ("breakfast", "lunch", "snack", "dinner")


def build_entries(user: object, entries: int, days: int, zone: str, seed: int = 42) -> list:
    """Food entries spread evenly over the last ``days`` days in the user's time zone."""
    from core.foodlog.models import FoodEntry

    rng = random.Random(seed)
    tz = ZoneInfo(zone)
    today = datetime.now(tz).date()
    rows = []
    for index in range(entries):
        day = today - timedelta(days=index % days)
        meal = MEALS[(index // days) % len(MEALS)]
        name, kcal, nutrients = SERVINGS[rng.randrange(len(SERVINGS))]
        portion = rng.choice((0.5, 0.75, 1.0, 1.0, 1.0, 1.25, 1.5, 2.0))
        start, end = MEAL_HOURS[meal]
        local = datetime.combine(day, time(rng.randrange(start, end), rng.randrange(60)), tz)
        rows.append(
            FoodEntry(
                user=user,
                name=name,
                calories=round(kcal * portion, 1),
                nutrients={key: round(value * portion, 2) for key, value in nutrients.items()},
                meal=meal,
                logged_at=min(local, datetime.now(tz)),
            )
        )
    return rows


def seed(email: str, password: str, entries: int, days: int) -> int:
    """Create the bench user and its entries; return how many entries it owns."""
    import django

    django.setup()
    from core.accounts.models import User
    from core.foodlog.models import FoodEntry

    zone = "America/New_York"  # a zone with DST, so day bucketing does real work
    user = User.objects.create_user(
        email=email,
        password=password,
        name="Bench User",
        age=34,
        gender="female",
        height=168,
        weight=64,
        activity_level="moderate",
        goals=["maintain_weight"],
        timezone=zone,
    )
    FoodEntry.objects.bulk_create(build_entries(user, entries, days, zone), batch_size=1000)
    return FoodEntry.objects.filter(user=user).count()


def main() -> None:
    """Command-line entry point; prints the number of entries seeded."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--email", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    print(seed(args.email, args.password, args.entries, args.days))


if __name__ == "__main__":
    main()
