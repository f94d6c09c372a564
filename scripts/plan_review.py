"""Print week plans for a dozen varied people, for a dietitian-style read (no network).

    .venv/bin/python -m scripts.plan_review [--days 7] [--people 0,3,5] [--quiet]
    .venv/bin/python -m scripts.plan_review --profiles people.json --json plans.json

``--profiles`` reads the reviewed people from a JSON list instead of the built-in dozen, so a
reviewer who never reads the planner can bring their own: each entry holds ``id``, ``sex``,
``age``, ``height_cm``, ``weight_kg``, ``activity_level``, ``goal`` and optionally ``diets``,
``allergies``, ``low_carb`` and ``meals_per_day`` (3, 4 or 5). ``--json`` also writes every
plan (or the infeasibility) with the person's targets to a file for a reviewer to read.

Plans come from the committed FNDDS foods-as-eaten file, exactly as the AI service plans
(``domain.planner.plan_diet``). Each meal prints its items with household portions and
grams; each day its totals against the targets. At the end, the independent realism
checker (``domain/tests/realism.py``) summarises what it flags, and the per-week checks
(repeats, canned fruit) are listed per person.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from dataclasses import dataclass

from domain.planner import PlanInfeasible, PlanRequest, Restrictions, meals_for_count, plan_diet
from domain.planner.foods import FNDDS_FILE, load_fndds_planner_foods
from domain.targets import Profile, compute_targets
from domain.tests.realism import check_plans, check_week


@dataclass(frozen=True)
class Person:
    """One reviewed person: profile, diet words, allergies and meals a day."""

    label: str
    profile: Profile
    diets: tuple[str, ...] = ()
    allergies: tuple[str, ...] = ()
    meals: int = 4


PEOPLE: tuple[Person, ...] = (
    Person("man 30 lose", Profile("male", 30, 180, 80, "moderate", "lose")),
    Person("woman 25 maintain 3 meals", Profile("female", 25, 165, 60, "light", "maintain"),
           meals=3),
    Person("man 19 gain 5 meals", Profile("male", 19, 185, 75, "very_active", "gain"), meals=5),
    Person("woman 71 maintain vegetarian", Profile("female", 71, 158, 62, "sedentary", "maintain"),
           ("vegetarian",)),
    Person("man 52 lose vegan", Profile("male", 52, 175, 95, "light", "lose"), ("vegan",)),
    Person("woman 34 vegan+gluten-free", Profile("female", 34, 168, 64, "active", "maintain"),
           ("vegan", "gluten_free"), meals=3),
    Person("man 45 low-carb", Profile("male", 45, 178, 100, "light", "lose", low_carb=True)),
    Person("woman 40 halal, nuts", Profile("female", 40, 162, 70, "moderate", "lose"),
           ("halal",), ("nuts",)),
    Person("man 28 gluten-free, milk", Profile("male", 28, 182, 85, "active", "gain"),
           ("gluten_free",), ("milk",), meals=5),
    Person("woman 60 pescatarian, egg+soy", Profile("female", 60, 160, 58, "light", "maintain"),
           ("pescatarian",), ("egg", "soy")),
    Person("other 35 vegetarian, sesame+peanuts",
           Profile("other", 35, 172, 72, "moderate", "maintain"),
           ("vegetarian",), ("sesame", "peanuts"), meals=3),
    Person("man 66 lose, fish+shellfish, wheat", Profile("male", 66, 170, 88, "sedentary", "lose"),
           (), ("fish", "shellfish", "wheat")),
)  # fmt: skip


def load_people(path: str) -> tuple[Person, ...]:
    """The reviewed people from a JSON list (see the module docstring for the fields)."""
    with open(path, encoding="utf-8") as handle:
        entries = json.load(handle)
    people = []
    for entry in entries:
        diets = tuple(entry.get("diets", ()))
        profile = Profile(
            entry["sex"],
            entry["age"],
            entry["height_cm"],
            entry["weight_kg"],
            entry["activity_level"],
            entry["goal"],
            low_carb=bool(entry.get("low_carb")) or "low_carb" in diets,
        )
        people.append(
            Person(
                str(entry.get("id", len(people))),
                profile,
                tuple(d for d in diets if d != "low_carb"),
                tuple(entry.get("allergies", ())),
                int(entry.get("meals_per_day", 4)),
            )
        )
    return tuple(people)


def _print_plan(person: Person, plan: dict) -> None:
    for day, meals in plan["weekly_plan"].items():
        dev = plan["daily_totals"][day]["deviation_percent"]
        print(
            f"  {day}: {plan['daily_totals'][day]['calories']:.0f} kcal "
            f"(kcal {dev['calories']:+.1f}%, P {dev['protein']:+.1f}%, "
            f"C {dev['carbs']:+.1f}%, F {dev['fats']:+.1f}%)"
        )
        for meal in meals:
            print(f"    {meal['meal']:<16} {meal['calories']:5.0f} kcal  {meal['name']}")
            for item in meal["items"]:
                print(f"        {item['portion']:<22} {item['grams']:6.0f} g  {item['food']}")


def main() -> int:
    """Plan and print every reviewed person; 0 on success."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=7)
    parser.add_argument("--people", default="", help="comma-separated indexes")
    parser.add_argument("--quiet", action="store_true", help="summary only")
    parser.add_argument("--profiles", help="JSON list of people to plan for (see above)")
    parser.add_argument("--json", help="also write every plan to this JSON file")
    args = parser.parse_args()
    people = load_people(args.profiles) if args.profiles else PEOPLE
    foods = load_fndds_planner_foods(FNDDS_FILE)
    by_id = {f.id: f for f in foods}
    chosen = [int(i) for i in args.people.split(",") if i] or range(len(people))
    plans = []
    exported: list[dict] = []
    week_flags: Counter[str] = Counter()
    for index in chosen:
        person = people[index]
        targets = compute_targets(person.profile)
        request = PlanRequest(
            days=args.days,
            meals=meals_for_count(person.meals),
            restrictions=Restrictions.build(person.diets, person.allergies),
            seed=index,
        )
        started = time.perf_counter()
        try:
            plan = plan_diet(targets, foods, request)
        except PlanInfeasible as error:
            print(f"\n[{index}] {person.label}: INFEASIBLE {error.constraint}: {error.message}")
            exported.append(
                {
                    "id": person.label,
                    "infeasible": {"constraint": error.constraint, "message": error.message},
                }
            )
            continue
        seconds = time.perf_counter() - started
        print(
            f"\n[{index}] {person.label}: {targets.calories:.0f} kcal, P {targets.protein_g:.0f} "
            f"C {targets.carbs_g:.0f} F {targets.fats_g:.0f} ({seconds:.2f} s)"
        )
        if not args.quiet:
            _print_plan(person, plan)
        plans.append((plan, request.meals))
        exported.append(
            {
                "id": person.label,
                "targets": {
                    "calories": round(targets.calories),
                    "protein_g": round(targets.protein_g),
                    "carbs_g": round(targets.carbs_g),
                    "fats_g": round(targets.fats_g),
                },
                "seconds": round(seconds, 2),
                "plan": plan,
            }
        )
        for flag, text in check_week(plan, request.meals, by_id):
            week_flags[flag] += 1
            print(f"  week flag {flag}: {text}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(exported, handle, indent=1, default=str)
    realism = check_plans(plans, by_id)
    print("\nrealism checker: " + realism.summary(25))
    print("week flags: " + ", ".join(f"{k} {n}" for k, n in week_flags.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
