"""What a plan may contain: meal slots, restrictions and realistic serving steps.

Restrictions and slot suitability become variable bounds in the MILP (a food that fails
them is never a variable), so a plan cannot break them whatever the solver does.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from domain.diet import SOFT_PREFERENCES, build_restrictions
from domain.diet import Restrictions as DietRestrictions
from domain.planner.foods import FoodRecord, Portion


@dataclass(frozen=True)
class Restrictions:
    """Foods the person must never get: the person's diet restrictions plus dislikes.

    ``diet`` comes from the one vocabulary (``domain.diet.build_restrictions``: diet tags
    a food must carry, allergen tags it must be known to lack, name fragments of
    allergies with no tag). ``avoid_ids``: disliked food ids / NDB numbers; disliked
    names join ``diet.avoid_words``.
    """

    diet: DietRestrictions = field(default_factory=DietRestrictions)
    avoid_ids: frozenset[str] = frozenset()

    @property
    def diets(self) -> frozenset[str]:
        return self.diet.diets

    @property
    def allergens(self) -> frozenset[str]:
        return self.diet.allergens

    @property
    def avoid_words(self) -> tuple[str, ...]:
        return self.diet.avoid_words

    @property
    def other_preferences(self) -> tuple[str, ...]:
        """Preferences that exclude no food (low_carb, low_sodium): targets use them."""
        return tuple(sorted(p for p in self.diet.preferences if p in SOFT_PREFERENCES))

    @classmethod
    def build(
        cls,
        diets: Iterable[str] = (),
        allergies: Iterable[str] = (),
        disliked: Iterable[str] = (),
    ) -> Restrictions:
        """Normalise profile-style lists (``dietary_preferences``, ``allergies``, dislikes).

        An allergy with no catalog tag is matched by name, so it still excludes foods.
        A disliked entry is an id/NDB number or a name substring.
        """
        ids: set[str] = set()
        words: list[str] = []
        for raw in disliked:
            text = str(raw).strip()
            if text.isdigit():
                ids.add(text)
            elif text:
                words.append(text.lower())
        diet = build_restrictions(list(diets), list(allergies))
        if words:
            diet = diet.merged(DietRestrictions(avoid_words=tuple(words)))
        return cls(diet, frozenset(ids))

    def allows(self, food: FoodRecord) -> bool:
        """True when the food satisfies every restriction (unknown allergens never do)."""
        if food.id in self.avoid_ids or (food.ndb_no and food.ndb_no in self.avoid_ids):
            return False
        return self.diet.allows_tags(
            food.diet_tags,
            food.allergen_tags,
            food.unknown_allergens,
            f"{food.name} {food.description}",
        )

    def describe(self) -> str:
        """Short words for messages, e.g. ``vegan, tree-nut-free``."""
        text = self.diet.describe()
        ids = [f"without food {i}" for i in sorted(self.avoid_ids)]
        if not ids:
            return text
        return ", ".join(([] if text == "unrestricted" else [text]) + ids)

    def as_dict(self) -> dict[str, list[str]]:
        """JSON-ready copy for the plan's inputs."""
        return {
            **self.diet.as_dict(),
            "avoid_ids": sorted(self.avoid_ids),
            "other_preferences": list(self.other_preferences),
        }


# --- meal slots ------------------------------------------------------------------------------

# Slot kind -> catalog meal tags that may fill it (no steak for a snack).
SLOT_TAGS: dict[str, frozenset[str]] = {
    "breakfast": frozenset({"breakfast"}),
    "lunch": frozenset({"main", "side"}),
    "dinner": frozenset({"main", "side"}),
    "snack": frozenset({"snack"}),
}


@dataclass(frozen=True)
class MealSlot:
    """One meal of the day: its share of the day's energy and the allowed window."""

    name: str
    kind: str  # breakfast / lunch / dinner / snack
    share: float
    low: float
    high: float
    min_items: int = 2
    max_items: int = 4

    @property
    def needs_main(self) -> bool:
        """Lunch and dinner are built around one or two main dishes."""
        return self.kind in ("lunch", "dinner")


def _slot(name: str, kind: str, share: float, min_items: int = 2, max_items: int = 4) -> MealSlot:
    # Window: share +- 5 points, so meals stay recognisable yet leave the solver room.
    return MealSlot(name, kind, share, max(share - 0.05, 0.0), share + 0.05, min_items, max_items)


DEFAULT_MEALS: tuple[MealSlot, ...] = (
    _slot("breakfast", "breakfast", 0.25),
    _slot("lunch", "lunch", 0.35),
    _slot("dinner", "dinner", 0.30),
    _slot("snack", "snack", 0.10, min_items=1, max_items=2),
)
THREE_MEALS: tuple[MealSlot, ...] = (
    _slot("breakfast", "breakfast", 0.30),
    _slot("lunch", "lunch", 0.35),
    _slot("dinner", "dinner", 0.35),
)
FIVE_MEALS: tuple[MealSlot, ...] = (
    _slot("breakfast", "breakfast", 0.25),
    _slot("morning snack", "snack", 0.075, min_items=1, max_items=2),
    _slot("lunch", "lunch", 0.30),
    _slot("afternoon snack", "snack", 0.075, min_items=1, max_items=2),
    _slot("dinner", "dinner", 0.30),
)


def meals_for_count(count: int) -> tuple[MealSlot, ...]:
    """The default slots for 3, 4 or 5 meals a day."""
    options = {3: THREE_MEALS, 4: DEFAULT_MEALS, 5: FIVE_MEALS}
    if count not in options:
        raise ValueError("meals_per_day must be 3, 4 or 5.")
    return options[count]


# Per category: at most this many items in one meal (variety inside a meal).
CATEGORY_CAP = {"vegetables": 2, "fruits": 2}
DEFAULT_CATEGORY_CAP = 1
# Food groups never planned as items of their own.
UNPLANNED_GROUPS = frozenset({"Spices and Herbs", "Baby Foods"})


def suits(food: FoodRecord, slot: MealSlot) -> bool:
    """True when a food may appear in the slot (its meal tags meet the slot's)."""
    return food.food_group not in UNPLANNED_GROUPS and bool(food.meals & SLOT_TAGS[slot.kind])


# --- serving steps ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Serving:
    """How a food is served: ``count`` x ``label`` (``grams`` each), count in [lo, hi]."""

    label: str
    grams: float
    lo: int
    hi: int


# category -> (typical serving g, largest amount per meal g, smallest sensible amount g)
CATEGORY_SERVING: dict[str, tuple[float, float, float]] = {
    "meat": (85, 300, 60),
    "poultry": (85, 300, 60),
    "fish": (85, 300, 60),
    "eggs": (50, 200, 40),
    "dairy": (30, 300, 15),
    "grains": (100, 350, 25),
    "breads": (30, 200, 25),
    "vegetables": (80, 400, 40),
    "fruits": (120, 400, 50),
    "legumes": (90, 350, 30),
    "nuts_seeds": (28, 60, 10),
    "fats_oils": (14, 30, 5),
    "beverages": (240, 500, 100),
    "sweets": (40, 120, 15),
    "mixed_dishes": (200, 500, 100),
    "snacks": (28, 85, 15),
    "condiments": (15, 60, 10),
}
DEFAULT_SERVING = (100.0, 400.0, 25.0)
# Units that are not a serving one would plate (whole packages, pounds, whole pies ...).
_BULK_UNIT = re.compile(
    r"\b(lb|lbs|pound|package|pkg|container|can|jar|bottle|bag|box|loaf|pie|cake|recipe|"
    r"yield|melon|head|quart|gallon|pint|batch|pizza|stalk|bunch|NLEA)\b",
    re.IGNORECASE,
)


def serving_for(food: FoodRecord) -> Serving:
    """A realistic serving step for a food.

    Catalog portions that fit the food's category (not bulk units, not above the
    per-meal maximum) are scored by closeness to the typical serving, smaller being
    preferred over larger; a portion over 1.3x the typical serving and >= 100 g is
    halved ("0.5 cup"). With no sensible portion, a 10 g step (dense foods) or 25 g.
    """
    typical, most, least = CATEGORY_SERVING.get(food.category, DEFAULT_SERVING)
    if "drink" in food.meals and food.category in ("dairy", "beverages"):
        typical, most, least = 240.0, 500.0, 100.0
    best: Portion | None = None
    best_score = math.inf
    for portion in food.portions:
        if not 5.0 <= portion.grams <= most or _BULK_UNIT.search(portion.label):
            continue
        ratio = math.log(portion.grams / typical)
        score = abs(ratio) * (1.5 if ratio > 0 else 1.0)
        if score < best_score:
            best, best_score = portion, score
    if best is not None:
        label, grams = best.label, best.grams
        if grams > 1.3 * typical and grams >= 100.0:
            label, grams = _half(label), grams / 2.0
    else:
        step = 10.0 if typical <= 30 else 25.0
        label, grams = f"{step:g} g", step
    lo = max(1, math.ceil(least / grams - 1e-9))
    hi = max(lo, math.floor(most / grams + 1e-9))
    return Serving(label, grams, lo, hi)


def _half(label: str) -> str:
    amount, _, unit = label.partition(" ")
    try:
        return f"{float(amount) / 2:g} {unit}".strip()
    except ValueError:
        return f"0.5 x {label}"


@dataclass
class VarietyLedger:
    """Days on which each food has been planned so far this week."""

    days_used: dict[str, list[int]] = field(default_factory=dict)

    def record(self, food_id: str, day: int) -> None:
        self.days_used.setdefault(food_id, []).append(day)

    def count(self, food_id: str) -> int:
        return len(self.days_used.get(food_id, ()))

    def used_on(self, food_id: str, day: int) -> bool:
        return day in self.days_used.get(food_id, ())
