"""The weekly meal planner: one MILP per day, a rolling variety ledger between days.

Solving the week jointly does not close its optimality gap in a minute, while a single
day solves essentially exactly in well under a second (nutrition.md §4.4), so each day
is solved on its own with a relative gap, on a sample of the allowed foods per slot
(enlarged, then the whole list, when the sample cannot meet the targets). Samples of
foods as eaten stop after a number of branch-and-bound nodes, so their plans do not
depend on the machine's load; whatever stops the solver (nodes, or the time limit that
remains a safety net and bounds the last-resort solves over whole lists), any plan it
returns satisfies every row of the model (targets, restrictions, meal structure, garnish
rules), so a plan's correctness never depends on the machine's speed.
Foods already on ``repeat_limit`` days leave the candidate lists, so the limit holds by
construction. When nothing works, a relaxation (elastic model) names the constraint that
cannot be met.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from domain.diet import GLUTEN, HALAL_NOTE
from domain.fndds_meals import FAMILIAR_ROLES, familiarity_cost, head_word
from domain.planner.errors import PlanInfeasible
from domain.planner.foods import FoodRecord
from domain.planner.model import MACROS, Candidate, DayResult, DayTargets, solve_day
from domain.planner.output import WEEKDAYS, day_totals, meal_dict
from domain.planner.pairing import cuisine, fits_slot, is_legume
from domain.planner.rules import (
    ASKED_FLAGS,
    BREAKFAST_BASE,
    CANNED_FRUIT_DAYS,
    DEFAULT_MEALS,
    MAIN_MEAL_PROTEIN_G,
    MAIN_ROLES,
    MealSlot,
    Restrictions,
    VarietyLedger,
    food_role,
    is_centre,
    portion_scale,
    protein_share,
    serving_for,
    suits,
)
from domain.targets import Targets

SATURATED_FAT_SHARE = 0.10  # DGA 2020-2025: under 10 % of energy
# The solver works inside slightly tighter windows than promised, so display rounding
# (2 decimals per item) can never push a day over the 3 % / 10 % line.
SAFETY = {"kcal": 0.001, "macro": 0.003, "saturated_fat_share": 0.001, "sodium_mg": 1.0}
EXCESS_EPS = 1e-4
REPEAT_COST = 0.01
YESTERDAY_COST = 0.02
JITTER = 0.003
PROTEIN_ANCHORS = 3
# A lunch/dinner centre (protein food or mixed dish) already served at a lunch or dinner
# this week costs this much more: dinners vary across the week. Breakfasts may repeat.
MAIN_REPEAT_COST = 0.03
# With at least this many foods as eaten (FNDDS) on offer, ingredient records (the
# starter catalog: flours, dry staples, oils) are left out, so plans are made of foods
# people eat; with fewer (a catalog without FNDDS), ingredients are planned as before.
MIN_FOODS_AS_EATEN = 300
# Per slot and role, only the most typical foods as eaten are candidates (lowest
# ``typical_cost``: USDA's generic "NFS" foods first). Common foods win, and the lists stay
# small enough for the solver to search whole when samples fail.
TOP_PER_ROLE = 36
LOW_SODIUM_EXTRA = 8  # per role, beside the most typical: the least salty foods
MIN_SIDE_FORMS = 3  # see _familiar_side
# A gluten-free product costs this much more for a person who does not need it.
GLUTEN_FREE_PRODUCT = re.compile(r"gluten[- ]free", re.IGNORECASE)
SPECIAL_PRODUCT_COST = 0.02
# When samples fail on a later day of the week, this many per role for the rest of it
# (less typical foods beat no plan, or a slow search of the typical ones).
WIDER_TOP_PER_ROLE = 108
# A sample stops after SAMPLE_NODE_LIMIT branch-and-bound nodes. Foods as eaten: a sample
# that solves does so at the root (node 1), in 0.02-0.75 s, and one that cannot is proved
# infeasible in milliseconds, so the node count decides and a share of ``time_limit`` is
# only a safety net: the plan does not depend on the machine's load unless it is extreme.
# Ingredient samples (the starter catalog) get a smaller share (0.15 s, 0.5 s by
# default): their solve times are bimodal, and a fresh sample beats waiting for a slow
# root. Wherever the solver stops, any plan it returns satisfies every row of the model
# (targets, restrictions, structure, garnish rules); a sample with no plan is replaced
# or enlarged.
SAMPLE_NODE_LIMIT = 30
SAMPLE_TIME_SHARE = {1: 0.075, 2: 0.15, 3: 0.25}
AS_EATEN_SAMPLE_TIME_SHARE = 0.5  # 1 s by default: above the slowest root seen (0.75 s)
# Sample sizes tried in turn (x pool_size); None = every remaining food. Foods as eaten
# give thousands of candidates per slot, where a full solve rarely finishes, so several
# fresh small samples come first.
ATTEMPTS: tuple[int | None, ...] = (1, 1, 1, 1, 1, 1, 2, 2, 3, None)
INGREDIENT_ATTEMPTS: tuple[int | None, ...] = (1, 1, 3, None)  # the starter catalog's
# Foods as eaten are sampled by role (ROLE_QUOTA); this nominal pool size only decides
# when a larger sample would hold nearly every food anyway (then the full lists are next).
AS_EATEN_POOL_SIZE = 12
MILP_INFEASIBLE = 2  # scipy.optimize.milp status: the problem is proven infeasible
# Across the week (each is also at most once a day, domain.planner.model): fried foods
# and sweets (juice, jam, dried fruit, cake) on at most this many days; a lunch or dinner
# centre of the same WWEIA category (fish fillets, rice dishes) at most CENTRE_KIND_MEALS
# times, so dinners vary by kind, not only by food code.
FRIED_PER_WEEK = 3
SWEETS_PER_WEEK = 4
# Every lunch and dinner holds at least this share of the day's protein (MAIN_MEAL_PROTEIN_G
# to MAIN_MEAL_PROTEIN_MAX_G): a real protein source, not 15 g for someone eating 150 g.
MAIN_MEAL_PROTEIN_SHARE = 0.2
MAIN_MEAL_PROTEIN_MAX_G = 22.0
# Breakfast holds at least this share of the day's protein (at most the cap): a blind
# review found 4-13 g breakfasts for a sarcopenic 78-year-old.
BREAKFAST_PROTEIN_SHARE = 0.15
BREAKFAST_PROTEIN_MAX_G = 20.0
LOW_CARB_FOOD_SHARE = 0.45  # of a food's energy from carbohydrate (a low_carb plan)
BIG_EATER_SCALE = 1.25  # portion_scale above this: 3,000+ kcal a day
CENTRE_KIND_MEALS = 3
# When the person did not choose the repeat limit and the week has used up the foods they
# may eat (a vegan cut needs its few protein-dense foods most days), a food may come back
# on one more day, up to this many, rather than no plan at all; the plan says so.
MAX_RELAXED_REPEATS = 4


@dataclass(frozen=True)
class PlanRequest:
    """How to plan: days, meal slots, restrictions, variety and solver limits."""

    days: int = 7
    meals: tuple[MealSlot, ...] = DEFAULT_MEALS
    restrictions: Restrictions = field(default_factory=Restrictions)
    repeat_limit: int = 2  # days per week a food may appear on
    # True when ``repeat_limit`` is the default, not the person's choice: it may then be
    # raised (up to MAX_RELAXED_REPEATS) when the foods run out, instead of failing.
    relax_repeats: bool = True
    calorie_tolerance: float = 0.03
    macro_tolerance: float = 0.10
    seed: int = 0
    pool_size: int = 18  # candidate foods per slot in the first attempt
    # Flagged foods the person asked for ("organ", "game"); others are never planned.
    allow_flags: frozenset[str] = frozenset()
    time_limit: float = 2.0  # seconds for a solve over every allowed food (samples get less)
    mip_rel_gap: float = 0.2  # relative to a constant offset of 1: an absolute gap

    def __post_init__(self) -> None:
        if not 1 <= self.days <= 7:
            raise ValueError("days must be between 1 and 7.")
        if not self.meals:
            raise ValueError("at least one meal slot is needed.")
        if self.repeat_limit < 1:
            raise ValueError("repeat_limit must be at least 1.")

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready copy for the plan's inputs."""
        return {
            "days": self.days,
            "meals": [
                {"meal": m.name, "kind": m.kind, "share": m.share, "window": [m.low, m.high]}
                for m in self.meals
            ],
            "restrictions": self.restrictions.as_dict(),
            "repeat_limit_days": self.repeat_limit,
            "relax_repeats": self.relax_repeats,
            "calorie_tolerance_percent": self.calorie_tolerance * 100,
            "macro_tolerance_percent": self.macro_tolerance * 100,
            "seed": self.seed,
            "allow_flags": sorted(self.allow_flags),
        }


def day_targets(targets: Targets, request: PlanRequest) -> DayTargets:
    """The MILP's daily targets (tolerances tightened by the display-rounding margin)."""
    # The targets already apply a low_sodium preference from the profile; a preference
    # given only in the request still lowers the limit here.
    sodium = min(targets.sodium_max_mg, request.restrictions.diet.sodium_limit_mg)
    big = portion_scale(targets.calories) > BIG_EATER_SCALE
    return DayTargets(
        kcal=targets.calories,
        protein=targets.protein_g,
        carbs=targets.carbs_g,
        fats=targets.fats_g,
        fiber=targets.fiber_g,
        sodium_max=sodium - SAFETY["sodium_mg"],
        saturated_fat_share=SATURATED_FAT_SHARE - SAFETY["saturated_fat_share"],
        kcal_tolerance=request.calorie_tolerance - SAFETY["kcal"],
        macro_tolerance=request.macro_tolerance - SAFETY["macro"],
        require_starch=targets.macro_split != "low_carb",
        carbs_ceiling=targets.macro_split == "low_carb",
        main_meal_protein=min(
            MAIN_MEAL_PROTEIN_MAX_G,
            max(MAIN_MEAL_PROTEIN_G, MAIN_MEAL_PROTEIN_SHARE * targets.protein_g),
        ),
        # Big eaters (portions scaled past BIG_EATER_SCALE) may have two of each a day.
        treats=2 if big else 1,
        legume_centre=bool(request.restrictions.diets & {"vegetarian", "vegan"}),
        starches=2 if big else 1,
        # Vegans' breakfast foods hold little protein (soy milk, oats): their protein
        # comes at lunch and dinner.
        breakfast_protein=0.0
        if "vegan" in request.restrictions.diets
        else min(BREAKFAST_PROTEIN_MAX_G, BREAKFAST_PROTEIN_SHARE * targets.protein_g),
    )


def plannable(
    foods: Sequence[FoodRecord], allow_flags: frozenset[str] = frozenset()
) -> list[FoodRecord]:
    """The foods a plan is made of: foods as eaten when there are enough of them, else all;
    flagged foods (organ meats, game) only when the person asked for them."""
    as_eaten = [f for f in foods if f.kind == "food_as_eaten"]
    chosen = as_eaten if len(as_eaten) >= MIN_FOODS_AS_EATEN else list(foods)
    return [f for f in chosen if (f.flags & ASKED_FLAGS) <= allow_flags]


def eligible_foods(
    foods: Sequence[FoodRecord],
    slots: Sequence[MealSlot],
    restrictions: Restrictions,
    allow_flags: frozenset[str] = frozenset(),
    top: int = TOP_PER_ROLE,
    low_carb: bool = False,
) -> list[list[FoodRecord]]:
    """Per slot, the foods that pass every restriction and suit the slot (the ``top`` most
    typical foods as eaten of each role). ``low_carb``: no sweets, juices, dried fruit or
    fried starches (puris, fries), which a low-carbohydrate diet leaves out whatever the
    day's numbers."""
    # A gluten-free diet puts wheat and gluten among the excluded allergens (domain.diet).
    gluten_free = bool(restrictions.allergens & {"wheat", GLUTEN})
    base = plannable(foods, allow_flags)
    # How familiar a food is, told by how many forms USDA describes it in, needs the whole
    # catalog: over a handful of foods (a test's, a disliked-everything profile) every
    # count is 1, so the rule is off.
    forms = Counter(head_word(f.name) for f in base if f.kind == "food_as_eaten")
    familiar = len(base) >= MIN_FOODS_AS_EATEN
    # Diets and allergies leave few sides: for them the rarer ones only cost more.
    familiar_only = familiar and not (restrictions.diets or restrictions.allergens)
    allowed = [
        f
        for f in (_with_familiarity(base, forms, gluten_free) if familiar else base)
        if f.is_complete()
        and f.kcal > 0
        and restrictions.allows(f)
        and not (low_carb and _not_low_carb(f))
    ]
    return [
        _most_typical(
            [
                f
                for f in allowed
                if suits(f, slot)
                and fits_slot(f, slot)
                and (not (familiar_only and slot.needs_main) or _familiar_side(f, forms))
            ],
            top,
        )
        for slot in slots
    ]


def _familiar_side(food: FoodRecord, forms: Counter[str]) -> bool:
    """A lunch's or dinner's vegetable or starch is one USDA describes in at least
    MIN_SIDE_FORMS forms (rice, potatoes, broccoli, carrots), not millet, jicama or
    kohlrabi; a side of a cuisine is judged by its centre instead (domain.planner.pairing)."""
    if food.kind != "food_as_eaten" or food_role(food) not in FAMILIAR_ROLES or cuisine(food):
        return True
    return forms[head_word(food.name)] >= MIN_SIDE_FORMS


def _with_familiarity(
    foods: list[FoodRecord], forms: Counter[str], gluten_free: bool = False
) -> list[FoodRecord]:
    """Foods as eaten with their familiarity added to ``typical_cost``
    (:func:`domain.fndds_meals.familiarity_cost` of the head word's ``forms``: millet costs
    more than rice), and a gluten-free product's cost for a person who does not need it
    (gluten-free pasta is not what a dietitian puts on everyone's plate)."""
    out = []
    for food in foods:
        if food.kind == "food_as_eaten":
            extra = 0.0
            if food_role(food) in FAMILIAR_ROLES:
                extra += familiarity_cost(forms[head_word(food.name)])
            if not gluten_free and GLUTEN_FREE_PRODUCT.search(food.name):
                extra += SPECIAL_PRODUCT_COST
            if extra:
                food = replace(food, typical_cost=food.typical_cost + extra)
        out.append(food)
    return out


def _not_low_carb(food: FoodRecord) -> bool:
    """A food a low-carbohydrate diet leaves out: sweets, juices and dried fruit, canned
    fruit, grains and starchy vegetables, and any other food (bread, cereal, pasta dishes)
    that draws more than LOW_CARB_FOOD_SHARE of its energy from carbohydrate; vegetables,
    fresh fruit and protein foods (beans included) stay."""
    if food.flags & {"sweet", "canned"} or food_role(food) == "starch":
        return True
    if food_role(food) in ("veg", "fruit", "garnish", "protein") or food.kcal <= 0:
        return False
    return 4.0 * float(food.carbs or 0.0) / food.kcal > LOW_CARB_FOOD_SHARE


def _most_typical(foods: list[FoodRecord], top: int = TOP_PER_ROLE) -> list[FoodRecord]:
    """The ``top`` most typical foods as eaten of each role (ingredients all kept)."""
    by_role: dict[str, list[FoodRecord]] = {}
    for food in foods:
        by_role.setdefault(food_role(food) if food.kind == "food_as_eaten" else "", []).append(food)
    kept: list[FoodRecord] = list(by_role.pop("", []))
    for group in by_role.values():
        ranked = sorted(group, key=lambda f: (f.typical_cost, f.id))
        kept += ranked[:top]
        # The least salty of the rest too: USDA's typical forms of rice, potatoes and
        # dishes are cooked with salt, so a day of 4,000 kcal under 2,300 mg (or any day
        # under a low-sodium limit) needs the plainer forms.
        near = ranked[top : top * 3]  # the next most typical, not the oddest of all
        kept += sorted(near, key=lambda f: (_sodium_density(f), f.id))[:LOW_SODIUM_EXTRA]
    return kept


def check_slots(eligible: Sequence[Sequence[FoodRecord]], request: PlanRequest) -> None:
    """Raise :class:`PlanInfeasible` when a slot cannot even be filled."""
    words = request.restrictions.describe()
    # The structure rows (a protein food or mixed dish, a breakfast base) hold for foods as
    # eaten; an ingredient catalog only needs a food tagged main.
    structured = any(f.kind == "food_as_eaten" for foods in eligible for f in foods)
    for slot, foods in zip(request.meals, eligible, strict=True):
        if slot.needs_main and not any(
            "main" in f.meals and (not structured or food_role(f) in MAIN_ROLES) for f in foods
        ):
            raise PlanInfeasible(
                f"slot:{slot.name}",
                f"No {words} main dish suits the {slot.name} slot.",
                {"meal": slot.name, "foods_available": len(foods), "mains_available": 0},
            )
        base = any(food_role(f) in BREAKFAST_BASE for f in foods)
        if structured and slot.kind == "breakfast" and not base:
            raise PlanInfeasible(
                f"slot:{slot.name}",
                f"No {words} breakfast food (cereal, eggs, yogurt, bread) suits the "
                f"{slot.name} slot.",
                {"meal": slot.name, "foods_available": len(foods), "bases_available": 0},
            )
        if len(foods) < slot.min_items:
            raise PlanInfeasible(
                f"slot:{slot.name}",
                f"Too few {words} foods suit the {slot.name} slot: {len(foods)} available, "
                f"{slot.min_items} needed.",
                {"meal": slot.name, "foods_available": len(foods), "needed": slot.min_items},
            )


def _sodium_density(food: FoodRecord) -> float:
    """Sodium mg per kcal (the day's limit is about 1 mg per kcal)."""
    return float(food.sodium or 0.0) / food.kcal


def _stratified(
    foods: Sequence[FoodRecord], size: int, rng: np.random.Generator, slot: MealSlot
) -> list[FoodRecord]:
    """Up to ``size`` foods: the few most protein-dense ones (so a sample can always reach
    a high protein target), then round-robin over categories, mains first at lunch/dinner.
    """
    if len(foods) <= size:
        return list(foods)
    anchors = sorted(foods, key=lambda f: (-protein_share(f), f.id))[:PROTEIN_ANCHORS]
    taken = {f.id for f in anchors}
    groups: dict[tuple[bool, str], list[FoodRecord]] = {}
    for food in foods:
        if food.id in taken:
            continue
        key = (slot.needs_main and "main" in food.meals, food_role(food) or food.category)
        groups.setdefault(key, []).append(food)
    queues = {k: [g[i] for i in rng.permutation(len(g))] for k, g in sorted(groups.items())}
    picked: list[FoodRecord] = list(anchors)
    wanted_main = size // 2 if slot.needs_main else 0
    for mains_only in (True, False):
        keys = [k for k in queues if k[0] == mains_only] if slot.needs_main else list(queues)
        if not slot.needs_main and mains_only:
            continue
        limit = wanted_main if mains_only else size
        order = [keys[i] for i in rng.permutation(len(keys))]
        while len(picked) < limit and any(queues[k] for k in order):
            for key in order:
                if queues[key] and len(picked) < limit:
                    picked.append(queues[key].pop())
    return picked


# Foods as eaten: how many foods of each role a first sample holds per slot kind, so every
# sample can build the meal's structure (a protein food or mixed dish, a starch and a
# vegetable at lunch and dinner; a breakfast base) and still reach the day's targets.
# Garnishes, toppings and sweets are rarely needed and each one adds integer variables,
# so a sample carries at most one of them.
ROLE_QUOTA: dict[str, dict[str, int]] = {
    "main": {"protein": 3, "mixed": 3, "starch": 3, "veg": 3, "fruit": 1, "addition": 1,
             "garnish": 1, "legume": 1},
    "breakfast": {"breakfast": 3, "starch": 2, "protein": 2, "dairy": 2, "fruit": 2,
                  "drink": 2, "addition": 1, "garnish": 1},
    "snack": {"snack": 2, "fruit": 2, "dairy": 2, "drink": 1, "sweet": 1, "addition": 1,
              "garnish": 1},
}  # fmt: skip
SODIUM_EASE = 0.3  # share of the sodium limit: how gently the draw favours less salty foods
PROTEIN_EASE = 0.1  # share of energy: how gently it favours protein-dense ones
# When the day's protein is a large share of its energy (a vegan cut: 22 %), gentle
# favouring leaves most samples short of protein, each proven infeasible in turn; the
# protein term's exponent grows by up to PROTEIN_PUSH as the share rises past
# PROTEIN_PUSH_FROM (reached at +10 points). On the bench's 40 FNDDS people this took the
# p95 of a week from 7.9 s to 4.9 s (same machine, quiet).
PROTEIN_PUSH = 3.0
PROTEIN_PUSH_FROM = 0.15
# Roles whose quota grows with the attempt (the rest stay at one: they are never needed).
SCALED_ROLES = frozenset({"protein", "mixed", "starch", "veg", "breakfast", "dairy", "fruit",
                          "snack", "drink"})  # fmt: skip


def _by_role_sample(
    foods: Sequence[FoodRecord],
    factor: int,
    rng: np.random.Generator,
    slot: MealSlot,
    weight: Callable[[FoodRecord], float],
    legume_centre: bool = False,
) -> list[FoodRecord]:
    """A sample of foods as eaten with ``ROLE_QUOTA`` x ``factor`` foods of each role.

    The most protein-dense foods come first (so a sample can always reach a high protein
    target), the rest of each role drawn at random in proportion to ``weight`` (the lists
    are already the most typical foods).
    """
    quota = ROLE_QUOTA["main" if slot.needs_main else slot.kind]
    anchors = sorted(foods, key=lambda f: (-protein_share(f), f.id))[:PROTEIN_ANCHORS]
    picked: list[FoodRecord] = list(anchors)
    taken = {f.id for f in anchors}
    groups: dict[str, list[FoodRecord]] = {}
    for food in foods:
        if food.id not in taken:
            groups.setdefault(_sample_role(food, slot, legume_centre), []).append(food)
    for role in sorted(groups):
        group = groups[role]
        want = quota.get(role, 0) * (factor if role in SCALED_ROLES else 1)
        if want >= len(group):
            picked += group
        elif want:
            weights = np.array([weight(f) for f in group])
            chosen = rng.choice(len(group), want, replace=False, p=weights / weights.sum())
            picked += [group[i] for i in sorted(chosen)]
    if not slot.needs_main:
        return picked
    # A side of a cuisine (a taco shell, naan) is only planned beside a centre of that
    # cuisine (domain.planner.pairing): without one in the sample it only slows the solve.
    kinds = {cuisine(f) for f in picked if is_centre(f)}
    return [f for f in picked if is_centre(f) or cuisine(f) in kinds or not cuisine(f)]


def _sample_role(food: FoodRecord, slot: MealSlot, legume_centre: bool) -> str:
    """The quota group of a food in a sample: its role, except that at lunch and dinner
    beans and lentils form their own small group unless they may be the centre (they
    come beside a centre of a few cuisines only, domain.planner.pairing)."""
    role = food_role(food)
    if slot.needs_main and role == "protein" and not legume_centre and is_legume(food):
        return "legume"
    return role


class _WeekPlanner:
    """State of one planning run (the ledger, the random stream, timings)."""

    def __init__(self, targets: Targets, foods: Sequence[FoodRecord], request: PlanRequest):
        self.targets = targets
        self.request = request
        self.day_targets = day_targets(targets, request)
        self.rng = np.random.default_rng(request.seed)
        self.ledger = VarietyLedger()
        self.foods = foods
        self.widened = False
        self.low_carb = targets.macro_split == "low_carb"
        self.eligible = eligible_foods(
            foods, request.meals, request.restrictions, request.allow_flags, low_carb=self.low_carb
        )
        self.flag_days: Counter[str] = Counter()  # "fried" / "sweet" -> items this week
        self.centre_kinds: Counter[str] = Counter()  # WWEIA code of lunch/dinner centres
        self.main_used: set[str] = set()  # protein foods / mixed dishes at lunch or dinner
        self.canned_days: set[int] = set()  # days with canned fruit
        self.as_eaten = any(f.kind == "food_as_eaten" for group in self.eligible for f in group)
        self.portion_scale = portion_scale(targets.calories)
        self.servings = {
            f.id: serving_for(f, self.portion_scale) for group in self.eligible for f in group
        }
        self.solves = 0
        self.repeat_limit = request.repeat_limit  # raised only when request.relax_repeats
        self.notes: list[str] = []
        # Diets or allergies narrow the foods: repeats are then raised before widening.
        self.restricted = bool(request.restrictions.diets or request.restrictions.allergens)
        need = 4.0 * self.day_targets.protein / self.day_targets.kcal  # share of energy
        self.protein_push = 1.0 + PROTEIN_PUSH * min(1.0, max(0.0, need - PROTEIN_PUSH_FROM) / 0.1)

    def sample(self, groups: Sequence[Sequence[FoodRecord]], factor: int) -> list[list[FoodRecord]]:
        """Per slot, a by-role sample of ``groups`` (foods as eaten), see :meth:`weight`."""
        return [
            _by_role_sample(
                group,
                factor,
                self.rng,
                slot,
                lambda f, s=slot: self.weight(f, s),
                self.day_targets.legume_centre,
            )
            for group, slot in zip(groups, self.request.meals, strict=True)
        ]

    def weight(self, food: FoodRecord, slot: MealSlot) -> float:
        """How much more often a food is drawn into a sample: what most often keeps a
        sample of foods as eaten from the targets, in turn.

        Salt: FNDDS dishes carry ~2 mg sodium per kcal against a limit of 0.6-1 mg per
        kcal, so less salty foods are favoured, the more so the tighter the person's limit.
        Protein (vegetarian, high targets): protein-dense foods. Energy (3,500+ kcal days,
        where a lunch is 1,200 kcal in at most five capped items): foods whose largest
        serving brings at least a third of the meal's energy.
        """
        limit = self.day_targets.sodium_max / self.day_targets.kcal
        salt = _sodium_density(food) / limit
        serving = self.servings[food.id]
        most_kcal = serving.grams * serving.hi * food.kcal / 100.0
        reach = min(1.0, most_kcal / (slot.share * self.day_targets.kcal / 3.0))
        protein = (PROTEIN_EASE + protein_share(food)) ** self.protein_push
        return protein * reach**2 / (salt + SODIUM_EASE) ** 2

    def candidates(self, day: int, pools: Sequence[Sequence[FoodRecord]]) -> list[Candidate]:
        out = []
        for index, pool in enumerate(pools):
            for food in pool:
                cost = REPEAT_COST * self.ledger.count(food.id) + JITTER * self.rng.random()
                cost += food.typical_cost  # common foods win
                slot = self.request.meals[index]
                if slot.kind == "breakfast":
                    pass  # breakfasts may repeat: no extra cost for yesterday's
                elif self.ledger.used_on(food.id, day - 1):
                    cost += YESTERDAY_COST
                if slot.needs_main and food.id in self.main_used:
                    cost += MAIN_REPEAT_COST
                out.append(Candidate(food, index, self.servings[food.id], cost))
        return out

    def remaining(self) -> list[list[FoodRecord]]:
        limit = self.repeat_limit
        # Canned fruit on CANNED_FRUIT_DAYS days already: fresh fruit for the rest.
        canned_ok = len(self.canned_days) < CANNED_FRUIT_DAYS
        spent = {"canned"} if not canned_ok else set()
        if self.flag_days["fried"] >= FRIED_PER_WEEK:
            spent.add("fried")
        if self.flag_days["sweet"] >= SWEETS_PER_WEEK:
            spent.add("sweet")
        # A raised repeat limit raises the centre-kind limit with it.
        kinds = CENTRE_KIND_MEALS + limit - self.request.repeat_limit
        return [
            [
                f
                for f in g
                if self.ledger.count(f.id) < limit
                and not (f.flags & spent)
                and not (
                    slot.needs_main and is_centre(f) and self.centre_kinds[f.wweia_code] >= kinds
                )
            ]
            for g, slot in zip(self.eligible, self.request.meals, strict=True)
        ]

    def solve(
        self,
        day: int,
        pools: Sequence[Sequence[FoodRecord]],
        elastic: bool = False,
        time_limit: float | None = None,
        node_limit: int | None = None,
    ) -> DayResult:
        self.solves += 1
        if time_limit is None:
            time_limit = self.request.time_limit * (2 if elastic else 1)
        return solve_day(
            self.candidates(day, pools),
            self.request.meals,
            self.day_targets,
            structured=self.as_eaten,
            time_limit=time_limit,
            node_limit=node_limit,
            mip_rel_gap=self.request.mip_rel_gap,
            elastic=elastic,
        )

    def solve_sample(
        self, day: int, pools: Sequence[Sequence[FoodRecord]], factor: int
    ) -> DayResult:
        """Solve a sampled day: node-limited (see :data:`SAMPLE_NODE_LIMIT`)."""
        share = AS_EATEN_SAMPLE_TIME_SHARE if self.as_eaten else SAMPLE_TIME_SHARE[factor]
        limit = self.request.time_limit * share
        return self.solve(day, pools, time_limit=limit, node_limit=SAMPLE_NODE_LIMIT)

    def plan_day(self, day: int) -> DayResult:
        remaining = self.remaining()
        total = sum(len(g) for g in remaining)
        # Solve times are bimodal (a sample either solves at the root in milliseconds or
        # needs a long cut loop), so a second fresh sample under a short limit beats
        # waiting; then a larger sample, then every remaining food.
        pool_size = self.request.pool_size
        attempts = INGREDIENT_ATTEMPTS
        if self.as_eaten:
            pool_size, attempts = min(pool_size, AS_EATEN_POOL_SIZE), ATTEMPTS
        for factor in attempts:
            if factor is None and self.as_eaten and self.ledger.days_used:
                # Samples failed on a later day: the week has likely used up the typical
                # foods this person may eat (a vegan week). With restrictions, typical foods
                # on one more day beat unusual ones (when the limit is ours to raise); for
                # anyone else less typical foods join first (a third blind review found the
                # same beef wellington at four dinners when repeats came first). Then the
                # slow solves over whole lists.
                if self.restricted and self.relax():
                    return self.plan_day(day)
                if not self.widened:
                    self.widen()
                    return self.plan_day(day)
                if self.relax():
                    return self.plan_day(day)
            size = pool_size * factor if factor else total
            if factor and factor > 1 and size * len(remaining) * 2 > total:
                continue  # nearly everything anyway: go straight to the full lists
            if self.as_eaten and factor:
                pools = self.sample(remaining, factor)
            else:
                pools = [
                    _stratified(group, size, self.rng, slot)
                    for group, slot in zip(remaining, self.request.meals, strict=True)
                ]
            tried_all = sum(len(p) for p in pools) == total
            # The last resort (every remaining food) runs under the full time limit.
            result = self.solve(day, pools) if tried_all else self.solve_sample(day, pools, factor)
            if result.chosen:
                return result
            if tried_all:
                proven = result.status == MILP_INFEASIBLE
                return self.diagnose(day, remaining, proven=proven)
        return self.diagnose(day, remaining)

    def diagnose(
        self, day: int, remaining: list[list[FoodRecord]], proven: bool = False
    ) -> DayResult:
        """Relaxation: which hard constraint keeps this day from being planned?

        ``proven``: the solve over every remaining food proved the day infeasible, so the
        relaxation over them is not needed to tell a slow solve from an impossible one.
        Foods as eaten, on a later day of the week: when a quick sample of every allowed
        food (repeats ignored) plans the day, the repeat limit is what stands in the way
        (the search over the remaining foods has already had its full time limit), so
        the variety error comes without the slow relaxation over thousands of candidates.
        """
        relaxed: DayResult | None = None
        if self.ledger.days_used and self.as_eaten and self._fits_without_ledger(day):
            if self.relax():
                return self.plan_day(day)
            raise self._variety_error(day)
        if not proven:
            relaxed = self.solve(day, remaining, elastic=True)
            if relaxed.chosen and not _violations(relaxed):
                return relaxed  # feasible after all (the normal solve ran out of time)
        if self.ledger.days_used:
            full = self.solve(day, self.eligible, elastic=True)
            if full.chosen and not _violations(full):
                if self.as_eaten and self.relax():
                    return self.plan_day(day)
                raise self._variety_error(day)
            relaxed = full
        if relaxed is None:
            relaxed = self.solve(day, remaining, elastic=True)
        raise _targets_error(relaxed, self.day_targets, self.request)

    def relax(self) -> bool:
        """Allow every food on one more day of the week, when the person left the repeat
        limit to us and it is below MAX_RELAXED_REPEATS; True when it was raised."""
        if not self.request.relax_repeats or self.repeat_limit >= MAX_RELAXED_REPEATS:
            return False
        self.repeat_limit += 1
        self.notes = [
            f"Not enough different {self.request.restrictions.describe()} foods for each to "
            f"appear on at most {self.request.repeat_limit} days, so some foods appear on up "
            f"to {self.repeat_limit} days of the week."
        ]
        return True

    def widen(self) -> None:
        """Let ``WIDER_TOP_PER_ROLE`` foods of each role into the candidate lists."""
        self.widened = True
        request = self.request
        self.eligible = eligible_foods(
            self.foods,
            request.meals,
            request.restrictions,
            request.allow_flags,
            WIDER_TOP_PER_ROLE,
            low_carb=self.low_carb,
        )
        for group in self.eligible:
            for food in group:
                if food.id not in self.servings:
                    self.servings[food.id] = serving_for(food, self.portion_scale)

    def _fits_without_ledger(self, day: int) -> bool:
        """True when a sample of every allowed food (repeats ignored) plans the day: then
        only the repeat limit stands in the way. A quick sampled solve, no relaxation."""
        total = sum(len(group) for group in self.eligible)
        for factor in (2, 3):
            pools = self.sample(self.eligible, factor)
            if sum(len(p) for p in pools) == total:
                # Every food is in the sample (a small catalog): a full solve, not a
                # node-limited one, tells a repeat problem from a target problem.
                return bool(self.solve(day, pools).chosen)
            if self.solve_sample(day, pools, factor).chosen:
                return True
        return False

    def _variety_error(self, day: int) -> PlanInfeasible:
        return PlanInfeasible(
            "variety",
            f"Not enough different {self.request.restrictions.describe()} foods to "
            f"plan day {day + 1} with each food on at most "
            f"{self.repeat_limit} days of the week; allow more repeats, "
            "fewer days or fewer restrictions.",
            {"day": WEEKDAYS[day], "repeat_limit_days": self.repeat_limit},
        )


def _violations(result: DayResult) -> dict[str, float]:
    return {k: v for k, v in result.excess.items() if v > EXCESS_EPS}


_LABELS = {"kcal": "energy", "protein": "protein", "carbs": "carbohydrate", "fats": "fat"}


def _targets_error(result: DayResult, t: DayTargets, request: PlanRequest) -> PlanInfeasible:
    """Describe the constraints the closest (relaxed) plan still breaks."""
    broken = _violations(result)
    problems: list[str] = []
    closest: dict[str, float] = {}
    for key in ("kcal", *MACROS):
        if f"{key}:high" in broken or f"{key}:low" in broken:
            unit = "kcal" if key == "kcal" else "g"
            value = result.totals.get(key, 0.0)
            closest[key] = round(value, 1)
            problems.append(f"{_LABELS[key]} (closest {value:,.0f} {unit} of {t.value(key):,.0f})")
    for index, slot in enumerate(request.meals):
        if f"meal:{index}:high" in broken or f"meal:{index}:low" in broken:
            problems.append(
                f"the {slot.name} share of {slot.low * 100:.0f}-{slot.high * 100:.0f} % of energy"
            )
    if "sodium" in broken:
        problems.append(f"sodium at most {t.sodium_max + SAFETY['sodium_mg']:,.0f} mg")
    if "saturated_fat" in broken:
        problems.append("saturated fat under 10 % of energy")
    for index, slot in enumerate(request.meals):
        if f"meal:{index}:protein" in broken:
            problems.append(f"a protein source at {slot.name}")
    if not problems:
        problems.append("the solver found no plan within its time limit")
    message = (
        f"No {request.restrictions.describe()} foods can reach {t.kcal:,.0f} kcal with "
        f"{t.protein:,.0f} g protein, {t.carbs:,.0f} g carbohydrate and {t.fats:,.0f} g fat "
        f"(energy within ±{request.calorie_tolerance * 100:g} %, macros within "
        f"±{request.macro_tolerance * 100:g} %): cannot meet " + "; ".join(problems) + "."
    )
    return PlanInfeasible(
        "targets",
        message,
        {
            "violated": sorted(broken),
            "closest": closest,
            "restrictions": request.restrictions.as_dict(),
        },
    )


def plan_diet(
    targets: Targets,
    foods: Sequence[FoodRecord],
    request: PlanRequest | None = None,
    on_day: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """A plan meeting every hard constraint for ``request.days`` days, as the contract dict.

    ``on_day(done, days)`` is called after each day is solved (progress for the caller).
    Raises :class:`PlanInfeasible` naming the constraint that cannot be met.
    """
    request = request or PlanRequest()
    started = time.perf_counter()
    week = _WeekPlanner(targets, foods, request)
    check_slots(week.eligible, request)
    shown = {
        "calories": targets.calories,
        "protein": targets.protein_g,
        "carbs": targets.carbs_g,
        "fats": targets.fats_g,
    }
    weekly_plan: dict[str, list[dict[str, Any]]] = {}
    totals: dict[str, dict[str, Any]] = {}
    for day in range(request.days):
        result = week.plan_day(day)
        meals = []
        for index, slot in enumerate(request.meals):
            chosen = sorted(
                ((c, n) for c, n in result.chosen if c.slot == index),
                key=lambda pair: pair[0].food.name,
            )
            meals.append(meal_dict(slot, chosen))
            for candidate, _ in chosen:
                week.ledger.record(candidate.food.id, day)
                if "canned" in candidate.food.flags:
                    week.canned_days.add(day)
                week.flag_days.update(candidate.food.flags & {"fried", "sweet"})
                if slot.needs_main and food_role(candidate.food) in MAIN_ROLES:
                    week.main_used.add(candidate.food.id)
                if slot.needs_main and is_centre(candidate.food):
                    week.centre_kinds[candidate.food.wweia_code] += 1
        weekly_plan[WEEKDAYS[day]] = meals
        totals[WEEKDAYS[day]] = day_totals(meals, shown)
        if on_day is not None:
            on_day(day + 1, request.days)
    return {
        "daily_calorie_target": int(targets.calories),
        "macros": {
            "protein_grams": targets.protein_g,
            "carbs_grams": targets.carbs_g,
            "fats_grams": targets.fats_g,
        },
        "targets": {
            "calories": targets.calories,
            "protein_grams": targets.protein_g,
            "carbs_grams": targets.carbs_g,
            "fats_grams": targets.fats_g,
            "fiber_grams": targets.fiber_g,
            "sodium_max_mg": week.day_targets.sodium_max + SAFETY["sodium_mg"],
            "saturated_fat_max_grams": targets.saturated_fat_max_g,
            "calorie_tolerance_percent": request.calorie_tolerance * 100,
            "macro_tolerance_percent": request.macro_tolerance * 100,
        },
        "weekly_plan": weekly_plan,
        "daily_totals": totals,
        "inputs": {"targets": targets.as_dict(), "request": request.as_dict()},
        # What the plan had to give up to exist (e.g. a raised repeat limit), in words.
        # The halal tag settles pork and alcohol; slaughter is not in USDA's data.
        "notes": week.notes
        + ([HALAL_NOTE] if "halal" in request.restrictions.diet.preferences else []),
        "repeat_limit_days": week.repeat_limit,
        "solver": {
            "name": "HiGHS (scipy.optimize.milp), one model per day",
            "solves": week.solves,
            "seconds": round(time.perf_counter() - started, 3),
        },
    }
