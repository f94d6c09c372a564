"""How healthy a dish is, and how well it fits one user's day (plain Python).

Three layers, each a pure function of its inputs:

1. **Item score** (0-100, the same for everyone): a weighted mean of six components,
   each mapped linearly onto 0..1 between a "poor" and a "good" anchor.

   ================  ======  ==========================  ===========================
   component         weight  good (1.0)                  poor (0.0)
   ================  ======  ==========================  ===========================
   energy density    20      <= 0.6 kcal/g               >= 4.0 kcal/g
   protein           20      >= 30 % of energy           <= 5 % of energy
   fiber             20      >= 14 g per 1,000 kcal      0 g
   saturated fat     15      <= 5 % of energy            >= 20 % of energy
   sodium            15      <= 0.6 mg/kcal              >= 2.0 mg/kcal
   processing        10      NOVA 1 (unprocessed)        NOVA 4 (ultra-processed)
   ================  ======  ==========================  ===========================

   Anchors: energy density bands after Rolls (very low < 0.6, high > 4 kcal/g), the IOM
   fiber adequate intake (14 g/1,000 kcal), the Dietary Guidelines' saturated fat limit
   (10 % of energy, midway between the anchors) and sodium limit (2,300 mg per 2,000 kcal
   = 1.15 mg/kcal, likewise midway), protein inside the AMDR (10-35 %), and the NOVA
   classification (Monteiro et al.) at 1.0 / 0.67 / 0.33 / 0. The weights are ours. A
   component whose inputs are unknown (no serving weight, no NOVA group) is left out and
   the others are re-weighted. Ratios use at least 50 kcal as the denominator so a near
   zero-calorie drink is not scored on noise.

2. **Fit to the user** (``fit_option``): an item the user cannot or will not eat is not
   an option at all (diet: vegan, vegetarian, pescatarian, gluten_free, dairy_free;
   allergens from the profile), and neither is one bigger than the calories left today.
   Otherwise its ``fit`` is the item score times:
   - budget: 1.0 while it uses at most half of the calories left, falling linearly to 0.7
     when it uses all of them (so a small budget ranks smaller dishes first);
   - 0.85 if its sodium exceeds the sodium left today (2,300 mg limit), and 0.85 if its
     saturated fat exceeds what is left of the day's limit (10 % of the calorie target);
   - 0.8 for a soft preference it misses (``low_carb``: over 26 % of energy from carbs;
     ``low_sodium``: over 600 mg).

3. **Restaurant score**: from the options that fit, ``0.6 x best + 0.4 x mean of the top
   three`` (a missing second or third counts as 0, so choice is rewarded); 0 when it has a
   menu but nothing fits; ``None`` when its menu is unknown (no items).

The day's budget (``day_budget``) is today's target (``domain.daily_target``: the active
diet plan's, else the profile's goal-adjusted targets, the same number analytics and the
assistant state) minus what was logged today in the user's time zone; unknown when
neither a plan nor the profile gives a target.

Not medical advice: scores rank menu options, they do not judge anyone's diet.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from domain.daily_target import DailyTarget, daily_target, personal_sodium_limit
from domain.diet import (
    CONTENT_TAGS,
    DIET_TAGS,
    LOW_CARB_MAX_ENERGY_SHARE,
    Restrictions,
    close_diet_tags,
)

# The one vocabulary (domain.diet): menu items carry its diet tags and allergen tags.
DIETS: tuple[str, ...] = DIET_TAGS
ALLERGENS: tuple[str, ...] = CONTENT_TAGS
PROCESSING_LEVELS = (1, 2, 3, 4)  # NOVA groups

WEIGHTS: dict[str, float] = {
    "energy_density": 20.0,
    "protein": 20.0,
    "fiber": 20.0,
    "saturated_fat": 15.0,
    "sodium": 15.0,
    "processing": 10.0,
}
MIN_ENERGY_KCAL = 50.0
SODIUM_LIMIT_MG = 2300.0
HEALTHY_MIN_SCORE = 50.0  # below this an item that fits is still not a *healthy* option
BUDGET_FULL_SHARE = 0.5
BUDGET_MIN_FACTOR = 0.7
OVER_LIMIT_FACTOR = 0.85
SOFT_PREFERENCE_FACTOR = 0.8
LOW_CARB_MAX_SHARE = LOW_CARB_MAX_ENERGY_SHARE
LOW_SODIUM_MAX_MG = 600.0


def expand_diets(tags: Iterable[str]) -> list[str]:
    """Known diet tags plus the ones they imply (``domain.diet``), in ``DIETS`` order."""
    present = close_diet_tags(str(tag).strip().lower() for tag in tags)
    return [diet for diet in DIETS if diet in present]


@dataclass(frozen=True)
class MenuItem:
    """What the score needs to know about one dish (one serving; mg for sodium)."""

    name: str
    calories: float
    protein: float = 0.0
    carbs: float = 0.0
    fats: float = 0.0
    fiber: float = 0.0
    saturated_fat: float = 0.0
    sodium: float = 0.0
    serving_grams: float | None = None
    processing: int | None = None  # NOVA 1-4
    diets: frozenset[str] = field(default_factory=frozenset)
    allergens: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> MenuItem:
        """Build from a row or dict with the same keys (missing nutrients count as 0)."""

        def number(key: str) -> float:
            value = data.get(key)
            return float(value) if value is not None else 0.0

        grams = data.get("serving_grams")
        processing = data.get("processing")
        return cls(
            name=str(data.get("name", "")),
            calories=number("calories"),
            protein=number("protein"),
            carbs=number("carbs"),
            fats=number("fats"),
            fiber=number("fiber"),
            saturated_fat=number("saturated_fat"),
            sodium=number("sodium"),
            serving_grams=float(grams) if grams else None,
            processing=int(processing) if processing else None,
            diets=frozenset(expand_diets(data.get("diets") or ())),
            allergens=frozenset(str(a) for a in data.get("allergens") or ()),
        )


def _scale(value: float, poor: float, good: float) -> float:
    """``value`` mapped linearly so ``poor`` -> 0 and ``good`` -> 1, clamped to [0, 1]."""
    return max(0.0, min(1.0, (value - poor) / (good - poor)))


def score_components(item: MenuItem) -> dict[str, float]:
    """Each known component of the item score on 0..1 (see the module docstring)."""
    energy = max(item.calories, MIN_ENERGY_KCAL)
    parts = {
        "protein": _scale(4.0 * item.protein / energy, 0.05, 0.30),
        "fiber": _scale(1000.0 * item.fiber / energy, 0.0, 14.0),
        "saturated_fat": _scale(9.0 * item.saturated_fat / energy, 0.20, 0.05),
        "sodium": _scale(item.sodium / energy, 2.0, 0.6),
    }
    if item.serving_grams:
        parts["energy_density"] = _scale(item.calories / item.serving_grams, 4.0, 0.6)
    if item.processing in PROCESSING_LEVELS:
        parts["processing"] = (4 - item.processing) / 3
    return parts


def item_score(item: MenuItem) -> float:
    """The item's health score, 0-100 (one decimal), independent of who asks."""
    parts = score_components(item)
    total_weight = sum(WEIGHTS[name] for name in parts)
    return round(100.0 * sum(WEIGHTS[n] * v for n, v in parts.items()) / total_weight, 1)


def restriction_violation(item: MenuItem, restrictions: Restrictions) -> str | None:
    """Why the user cannot have the item (``"vegan"``, ``"allergen:peanuts"``), or None.

    The rules are the diet vocabulary's (``domain.diet``): diet tags are trusted only when
    present (an untagged dish is not vegan), gluten_free also refuses wheat, dairy_free
    refuses milk, and an allergy with no tag refuses dishes that name it.
    """
    return restrictions.violation(item.diets, item.allergens, (), item.name)


@dataclass(frozen=True)
class DayBudget:
    """Today's calorie target and what is left of it (None: unknown profile)."""

    target_kcal: float | None
    consumed_kcal: float
    sodium_left_mg: float
    saturated_fat_left_g: float | None
    # The whole of today's target (None: unknown), for the response's ``target``.
    target: DailyTarget | None = field(default=None, compare=False)

    @property
    def remaining_kcal(self) -> float | None:
        """Calories left today (never negative), or None when there is no target."""
        if self.target_kcal is None:
            return None
        return max(0.0, self.target_kcal - self.consumed_kcal)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: target, consumed and remaining kcal (rounded), and the target's
        source and figures (``domain.daily_target``)."""

        def rounded(value: float | None) -> float | None:
            return None if value is None else round(value, 1)

        return {
            "target_kcal": rounded(self.target_kcal),
            "consumed_kcal": rounded(self.consumed_kcal),
            "remaining_kcal": rounded(self.remaining_kcal),
            "sodium_left_mg": rounded(self.sodium_left_mg),
            "saturated_fat_left_g": rounded(self.saturated_fat_left_g),
            "target_source": self.target.source if self.target else None,
            "target": self.target.as_dict() if self.target else None,
        }


def day_budget(
    profile: Mapping[str, Any],
    consumed_kcal: float,
    consumed_sodium_mg: float = 0.0,
    consumed_saturated_fat_g: float = 0.0,
    diet_plan: Mapping[str, Any] | None = None,
) -> DayBudget:
    """Today's budget for an API-shaped profile (``gender``, ``age``, ``height``, ...,
    ``dietary_preferences``) and the active diet plan's document, if any.

    The target is ``domain.daily_target.daily_target`` (the plan's, else the profile's);
    without one (no plan, and a profile missing what the equations need) the target is
    unknown and no option is refused for its size, while the sodium ceiling is still the
    person's (1,500 mg with ``low_sodium``).
    """
    target = daily_target(profile, diet_plan)
    if target is None:
        sodium = personal_sodium_limit(profile)
        return DayBudget(None, consumed_kcal, sodium - consumed_sodium_mg, None)
    sodium = target.sodium_max if target.sodium_max is not None else SODIUM_LIMIT_MG
    saturated = target.saturated_fat_max
    return DayBudget(
        target_kcal=target.calories,
        consumed_kcal=consumed_kcal,
        sodium_left_mg=sodium - consumed_sodium_mg,
        saturated_fat_left_g=None if saturated is None else saturated - consumed_saturated_fat_g,
        target=target,
    )


@dataclass(frozen=True)
class RankedOption:
    """An item that fits the user: its own score and its fit to this user's day."""

    item: MenuItem
    score: float
    fit: float
    key: Any = None  # the caller's id for the item


def fit_option(
    item: MenuItem,
    restrictions: Restrictions,
    budget: DayBudget | None,
    score: float | None = None,
) -> float | None:
    """The item's fit for this user today (0-100), or None when it is not an option."""
    if restriction_violation(item, restrictions) is not None:
        return None
    base = item_score(item) if score is None else score
    factor = 1.0
    remaining = budget.remaining_kcal if budget is not None else None
    if remaining is not None:
        if item.calories > remaining:
            return None
        share = item.calories / remaining if remaining > 0 else 0.0
        if share > BUDGET_FULL_SHARE:
            factor *= 1.0 - (1.0 - BUDGET_MIN_FACTOR) * (share - BUDGET_FULL_SHARE) / (
                1.0 - BUDGET_FULL_SHARE
            )
    if budget is not None:
        if item.sodium > budget.sodium_left_mg:
            factor *= OVER_LIMIT_FACTOR
        sat_left = budget.saturated_fat_left_g
        if sat_left is not None and item.saturated_fat > sat_left:
            factor *= OVER_LIMIT_FACTOR
    carb_share = 4.0 * item.carbs / max(item.calories, MIN_ENERGY_KCAL)
    if restrictions.low_carb and carb_share > LOW_CARB_MAX_SHARE:
        factor *= SOFT_PREFERENCE_FACTOR
    if restrictions.low_sodium and item.sodium > LOW_SODIUM_MAX_MG:
        factor *= SOFT_PREFERENCE_FACTOR
    return round(base * factor, 1)


def rank_options(
    items: Iterable[tuple[Any, MenuItem]],
    restrictions: Restrictions,
    budget: DayBudget | None,
) -> list[RankedOption]:
    """The ``(key, item)`` pairs that fit, best fit first (ties: lighter, then name)."""
    ranked = []
    for key, item in items:
        score = item_score(item)
        fit = fit_option(item, restrictions, budget, score)
        if fit is not None:
            ranked.append(RankedOption(item=item, score=score, fit=fit, key=key))
    ranked.sort(key=lambda option: (-option.fit, option.item.calories, option.item.name))
    return ranked


def healthy_options(ranked: list[RankedOption], limit: int = 5) -> list[RankedOption]:
    """The best fitting options that are also healthy (score >= ``HEALTHY_MIN_SCORE``)."""
    return [option for option in ranked if option.score >= HEALTHY_MIN_SCORE][:limit]


def restaurant_score(ranked: list[RankedOption], has_menu: bool) -> float | None:
    """``0.6 x best + 0.4 x mean(top 3)`` over fitting options; None without a menu."""
    if not has_menu:
        return None
    if not ranked:
        return 0.0
    top = [option.fit for option in ranked[:3]]
    return round(0.6 * top[0] + 0.4 * sum(top) / 3, 1)
