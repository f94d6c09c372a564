"""A dietitian's realism check of a plan, independent of the planner's own rules (test helper).

Every flag is recomputed from the food records' descriptions, categories and grams, with
its own word lists and gram limits (deliberately not the planner's tables), so a planner
that plans ingredients, odd amounts or protein-less dinners is caught:

- ``ingredient``: flour, dry/uncooked staples, raw meat/fish/eggs, baking items, yeast,
  powders, "as ingredient" forms, baby foods/formula, supplements, alcohol.
- ``addition``: sugar, honey, syrup, jam, oil, butter, shortening, dressing, condiments
  as an item beyond a typical amount (2 tbsp, ~40 g; oils and fats ~15 g).
- ``amount``: more than a person would serve (eggs > 4, bread > 3 slices (~130 g), a
  vegetable > 2 cups (~500 g), a drink > 2 cups (~520 g), cheese/nuts/chips > ~60 g,
  meat/fish > ~10 oz (285 g), sweets > ~160 g, anything > 700 g).
- ``no_protein``: a lunch or dinner with under 15 g protein and no protein food.
- ``pairing``: fish or shellfish in the same meal as chocolate, candy or a dessert;
  breakfast cereal at dinner.
- ``organ``: organ meats or game the person did not ask for.

``summarise`` gives the share of meals flagged and the worst items (most often flagged).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from domain.planner import FoodRecord

INGREDIENT = re.compile(
    r"(?<!from )\bdry\b(?!-roasted| roasted| curd)|\buncooked\b|\bunprepared\b|"
    r"\bbaking\b|\byeast\b(?! bread| type)|\bpowder\b(?!.*made with)|as ingredient|"
    r"\bbaby\b|\binfant\b|formula|\bsupplement\b|\bgelatin, dry|\bcornstarch\b|"
    r"\bbeer\b|\bwine\b|\bliquor\b|\bvodka\b|\bwhiskey\b|\brum\b|\bgin\b|"
    r"\btallow\b|\blard\b|\bshortening\b|\bnori\b|\bnatto\b",
    re.IGNORECASE,
)
# Foods made with flour (not flour itself).
FLOUR_FOODS = re.compile(r"bread|tortilla|patty|roll|taco|pastr|cake|made with|ns as to")
RAW = re.compile(r"(?<!from )\braw\b", re.IGNORECASE)
ANIMAL_CATEGORIES = frozenset({"meat", "poultry", "fish", "eggs"})
# Additions (sweeteners, fats, dressings, condiments) and the most that is typical.
ADDITION_LIMITS: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(r"\b(?:peanut|nut|almond|cashew|seed|sunflower) butter\b", re.I), 40.0),
    (re.compile(r"\b(?:fruit|apple|pumpkin) butter\b", re.I), 42.0),
    (re.compile(r"\b(?:oil|butter|margarine|shortening|lard|ghee)\b", re.I), 16.0),
    (re.compile(r"\b(?:sugar|honey|syrup|molasses|jam|jelly|preserves|marmalade)\b", re.I), 42.0),
    (re.compile(r"\b(?:dressing|mayonnaise|ketchup|mustard|sauce|gravy|cream cheese)\b", re.I),
     62.0),
)  # fmt: skip
ADDITION_CATEGORIES = frozenset({"fats_oils", "condiments"})
MAIN_PROTEIN_CATEGORIES = frozenset({"meat", "poultry", "fish", "eggs", "legumes"})
ORGAN = re.compile(
    r"\b(?:liver|kidney(?! bean)|tripe|tongue|gizzard|chitterling|sweetbread|brain|heart|"
    r"venison|rabbit|squirrel|opossum|raccoon|bear|moose|caribou|frog|turtle)s?\b",
    re.IGNORECASE,
)
SWEET = re.compile(r"chocolate|candy|frosting", re.I)


@dataclass
class Realism:
    """Flags found over many plans: per-meal counts and the flagged items."""

    meals: int = 0
    flagged_meals: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    items: Counter[str] = field(default_factory=Counter)

    @property
    def share(self) -> float:
        return self.flagged_meals / self.meals if self.meals else 0.0

    def summary(self, worst: int = 10) -> str:
        lines = [
            f"{self.flagged_meals}/{self.meals} meals flagged ({self.share:.1%}); "
            + ", ".join(f"{k} {n}" for k, n in self.kinds.most_common())
        ]
        lines += [f"  {n} x {item}" for item, n in self.items.most_common(worst)]
        return "\n".join(lines)


def _item_flags(food: FoodRecord, grams: float, asked: frozenset[str]) -> list[str]:
    text = f"{food.name} {food.description}"
    flags: list[str] = []
    head = food.name.split(",")[0].lower()
    flour = "flour" in head and not FLOUR_FOODS.search(head)
    if (
        flour
        or INGREDIENT.search(text)
        or (food.category in ANIMAL_CATEGORIES and RAW.search(text))
    ):
        flags.append("ingredient")
    head_text = food.name.split(",")[0]
    dish = "sandwich" in head_text.lower() or " with " in head_text.lower()
    plain = food.category not in ("vegetables", "mixed_dishes", "breads")
    # The first matching kind of addition sets the limit (peanut butter before butter).
    matched = next((lim for pat, lim in ADDITION_LIMITS if pat.search(head_text)), None)
    if plain and not dish and matched is not None:
        if grams > matched:
            flags.append("addition")
    elif food.category in ADDITION_CATEGORIES and grams > 62.0:
        flags.append("addition")
    if ORGAN.search(text) and "bean" not in text.lower() and not asked:
        flags.append("organ")
    name = text.lower()
    limit = 700.0
    if food.category == "eggs" and re.fullmatch(r"eggs?", name.split(",")[0].strip()):
        limit = 4 * 55.0  # plain eggs: at most 4
    elif food.category == "eggs":
        limit = 350.0  # an omelet or egg dish
    elif food.category == "breads" and "slice" in " ".join(p.label for p in food.portions):
        limit = 135.0
    elif food.category == "vegetables":
        limit = 500.0
    elif food.category == "beverages" or "milk" in name.split(",")[0]:
        limit = 520.0
    elif food.category in ("nuts_seeds", "snacks") or (
        food.category == "dairy" and name.startswith("cheese") and "cottage" not in name
    ):
        limit = 62.0
    elif food.category in ("meat", "poultry", "fish"):
        limit = 285.0
    elif food.category == "sweets":
        limit = 160.0
    if grams > limit + 1e-6:
        flags.append("amount")
    return flags


def check_meal(
    meal: Mapping[str, Any],
    kind: str,
    foods: Mapping[str, FoodRecord],
    asked: frozenset[str] = frozenset(),
) -> list[tuple[str, str]]:
    """(flag, item text) pairs for one meal of a plan; empty when it looks normal."""
    found: list[tuple[str, str]] = []
    items = [(foods[i["food_id"]], float(i["grams"])) for i in meal["items"]]
    for food, grams in items:
        for flag in _item_flags(food, grams, asked):
            found.append((flag, f"{food.name} ({grams:g} g)"))
    if kind in ("lunch", "dinner"):
        protein = sum(float(i["nutrients"]["protein"]) for i in meal["items"])
        has_protein_food = any(f.category in MAIN_PROTEIN_CATEGORIES and g >= 50 for f, g in items)
        if protein < 15.0 and not has_protein_food:
            names = ", ".join(f.name for f, _ in items)
            found.append(("no_protein", f"{kind} of {names}"))
    has_fish = any(f.category == "fish" or "fish" in f.name.lower() for f, _ in items)
    sweets = [f for f, _ in items if f.category == "sweets" or SWEET.search(f.name)]
    if has_fish and sweets:
        found.append(("pairing", f"fish with {sweets[0].name}"))
    if kind == "dinner" and any("cereal" in f.name.lower() for f, _ in items):
        found.append(("pairing", "breakfast cereal at dinner"))
    return found


def check_plans(
    plans: Iterable[tuple[Mapping[str, Any], Iterable[Any]]],
    foods: Mapping[str, FoodRecord],
    asked: frozenset[str] = frozenset(),
) -> Realism:
    """Realism over (plan, meal slots) pairs (slots: the request's ``meals``)."""
    result = Realism()
    for plan, slots in plans:
        slots = list(slots)
        for meals in plan["weekly_plan"].values():
            for slot, meal in zip(slots, meals, strict=True):
                result.meals += 1
                found = check_meal(meal, slot.kind, foods, asked)
                if found:
                    result.flagged_meals += 1
                for flag, text in found:
                    result.kinds[flag] += 1
                    result.items[f"{flag}: {re.sub(r' [(][^)]*g[)]$', '', text)}"] += 1
    return result
