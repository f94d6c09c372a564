"""One day's meal plan as a mixed-integer goal programme, solved by HiGHS (scipy ``milp``).

Variables, for each candidate (food i, meal slot m): ``x`` = number of servings (integer,
0 or between the serving's lo and hi), ``y`` = 1 when the food is in the meal. Per day:
over/under deviations of energy, protein, carbohydrate and fat from target, capped at the
tolerances (hard windows), and a fiber shortfall. Rows: x/y linking, a food at most once
a day, 1-4 items per meal, one or two mains at lunch and dinner, a role cap per meal,
each meal's energy window, sodium and saturated-fat ceilings. Meal structure: every lunch
and dinner has a protein food or a mixed dish, at least ``MAIN_MEAL_PROTEIN_G`` of protein,
a grain/starch (unless low carb) and vegetables unless a mixed dish holds them; a breakfast
has a base (cereal, eggs, yogurt, toast...), not only a drink or fruit; a topping (jam,
dressing) only comes with something it goes on, a garnish (lemon wedge) beside a food;
canned fruit at most once a day. The lunch and dinner items that make the structure count
only in amounts that do (``rules.STRUCTURE_MIN_G``: 2 oz of fish, not a bite), and a
garnish-size food (USDA's usual amount under ``rules.GARNISH_SIZE_G``) is never a meal's
biggest item. These are rows, not preferences, so any plan the solver returns keeps them,
however early a time limit stops it. Objective: the deviations divided by their targets
(goal programming, inverse-target normalisation) plus small
per-item and repeat penalties (variety across the week).

``elastic=True`` builds the diagnosis model instead: every hard window gets a penalised
excess variable, so the model is always feasible and the excesses that stay non-zero
name the constraints that cannot be met together.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix

from domain.diet import LOW_CARB_MAX_ENERGY_SHARE
from domain.fndds_meals import head_word
from domain.planner.foods import FoodRecord
from domain.planner.pairing import (
    BAKED_BEANS,
    HANDHELD_CODES,
    LEGUME_CUISINES,
    breakfast_base_test,
    cuisine,
    is_legume,
    is_starchy,
)
from domain.planner.rules import (
    BREAKFAST_BASE,
    CATEGORY_CAP,
    DEFAULT_CATEGORY_CAP,
    GARNISH_BASES,
    MAIN_MEAL_PROTEIN_G,
    MAIN_ROLES,
    ROLE_CAP,
    MealSlot,
    Serving,
    food_role,
    garnish_size,
    is_centre,
    protein_source,
    structure_min_grams,
)

DAILY_FLAGS = ("canned", "fried", "sweet")
_DRESSED = re.compile(r"salad|lettuce|greens|coleslaw|slaw", re.I)
MACROS = ("protein", "carbs", "fats")
GOALS = ("kcal", *MACROS)
# Goal-programming weights: energy first, then protein, then carbohydrate and fat.
GOAL_WEIGHTS = {"kcal": 4.0, "protein": 2.0, "carbs": 1.0, "fats": 1.0}
FIBER_WEIGHT = 0.3
ITEM_PENALTY = 0.002
FREE_BAND = {"kcal": 0.01, "protein": 0.04, "carbs": 0.04, "fats": 0.04}
ELASTIC_WEIGHT = 1000.0
# Every lunch and dinner has a centre (a protein food or main dish; domain.planner.pairing).
CENTRE_MIN = 1.0
# WWEIA ready-to-eat cereals, and the milks and yogurts (plant milks too) they come with.
COLD_CEREALS = frozenset({"4602", "4604"})
CEREAL_MILKS = frozenset({"1002", "1004", "1006", "1008", "1902", "1820", "1822", "1904"})


@dataclass(frozen=True)
class DayTargets:
    """What one day must hit (kcal, g, mg) and how closely (fractions)."""

    kcal: float
    protein: float
    carbs: float
    fats: float
    fiber: float
    sodium_max: float
    saturated_fat_share: float  # of energy
    kcal_tolerance: float
    macro_tolerance: float
    # Lunch and dinner must hold a grain or starch (waived for a low-carb person).
    require_starch: bool = True
    # Low carb: carbohydrate at most LOW_CARB_MAX_ENERGY_SHARE of the energy planned.
    carbs_ceiling: bool = False
    # Fried foods, and sweets, a day (each).
    treats: int = 1
    # Least protein of a lunch or dinner (g).
    main_meal_protein: float = MAIN_MEAL_PROTEIN_G
    # Beans or lentils may be a lunch's or dinner's centre (vegetarians and vegans); for
    # everyone else they come beside a centre.
    legume_centre: bool = False
    # Starches on one plate: one, or two for a big eater (a roll beside the pasta).
    starches: int = 1
    # Least protein of breakfast (g): older adults' protein is spread over the day.
    breakfast_protein: float = 0.0

    def value(self, key: str) -> float:
        return float(getattr(self, key))

    def tolerance(self, key: str) -> float:
        return self.kcal_tolerance if key == "kcal" else self.macro_tolerance


@dataclass(frozen=True)
class Candidate:
    """A food that may fill a slot today, with its serving and a preference cost."""

    food: FoodRecord
    slot: int
    serving: Serving
    cost: float = 0.0  # repeat penalty + tie-breaking jitter


@dataclass
class DayResult:
    """The solver's answer: servings per chosen candidate, or the violated groups."""

    status: int
    message: str
    chosen: list[tuple[Candidate, int]]
    excess: dict[str, float]  # elastic mode: constraint group -> excess (target units)
    totals: dict[str, float]  # unrounded nutrient totals of the chosen servings


class _Rows:
    """Accumulates sparse constraint rows as (row, col, value) triplets."""

    def __init__(self) -> None:
        self.rows: list[int] = []
        self.cols: list[int] = []
        self.vals: list[float] = []
        self.lb: list[float] = []
        self.ub: list[float] = []

    def add(self, terms: Sequence[tuple[int, float]], lb: float, ub: float) -> None:
        row = len(self.lb)
        for col, val in terms:
            self.rows.append(row)
            self.cols.append(col)
            self.vals.append(val)
        self.lb.append(lb)
        self.ub.append(ub)

    def constraint(self, n_vars: int) -> LinearConstraint:
        matrix = coo_matrix((self.vals, (self.rows, self.cols)), shape=(len(self.lb), n_vars))
        return LinearConstraint(matrix.tocsr(), np.array(self.lb), np.array(self.ub))


def _amount(food: FoodRecord, key: str, serving: Serving) -> float:
    """Nutrient (or kcal) in one serving: grams / 100 x value per 100 g."""
    return serving.grams / 100.0 * float(food.per_100g(key) or 0.0)


def _centre(food: FoodRecord, targets: DayTargets) -> bool:
    """A lunch's or dinner's centre: see :func:`rules.is_centre`; beans and lentils too
    for a person who eats no meat (``DayTargets.legume_centre``)."""
    if is_centre(food):
        return True
    return targets.legume_centre and food_role(food) == "protein" and is_legume(food)


def _pairing_rows(
    rows: _Rows,
    candidates: Sequence[Candidate],
    js: list[int],
    centres: list[int],
    n: int,
    starches: int = 1,
) -> None:
    """A plate's pairing rows (domain.planner.pairing): one starch, counting the one in a
    sandwich or pasta dish; one legume; a cuisine's side only beside its cuisine's centre."""
    starchy = [j for j in js if is_starchy(candidates[j].food)]
    if len(starchy) > starches:
        rows.add([(n + j, 1.0) for j in starchy], -np.inf, float(starches))
    legumes = [j for j in js if is_legume(candidates[j].food)]
    if len(legumes) > 1:
        rows.add([(n + j, 1.0) for j in legumes], -np.inf, 1.0)
    centre_set = set(centres)
    # Beans as a side belong to a cuisine's plate (rice and beans with a Mexican or
    # Caribbean centre, dal with a curry) or are baked beans; not chickpeas beside a Swiss
    # steak, nor beans beside a sandwich, burger or pizza.
    plated = [
        k
        for k in centres
        if cuisine(candidates[k].food) in LEGUME_CUISINES
        and candidates[k].food.wweia_code not in HANDHELD_CODES
    ]
    for j in legumes:
        if j not in centre_set and not BAKED_BEANS.search(candidates[j].food.name):
            rows.add([(n + j, 1.0)] + [(n + k, -1.0) for k in plated], -np.inf, 0.0)
    for j in js:
        kind = cuisine(candidates[j].food)
        if not kind or j in centre_set:
            continue
        matching = [k for k in centres if cuisine(candidates[k].food) == kind]
        rows.add([(n + j, 1.0)] + [(n + k, -1.0) for k in matching], -np.inf, 0.0)


def _matched_additions(
    rows: _Rows, candidates: Sequence[Candidate], js: list[int], additions: list[int], n: int
) -> list[int]:
    """Rows putting each breakfast addition on a food it goes on (syrup on pancakes, jam on
    toast: ``pairing.breakfast_base_test``); returns the additions left to the general rule."""
    rest = []
    for j in additions:
        test = breakfast_base_test(candidates[j].food)
        if test is None:
            rest.append(j)
            continue
        bases = [k for k in js if k != j and test(candidates[k].food)]
        rows.add([(n + j, 1.0)] + [(n + k, -1.0) for k in bases], -np.inf, 0.0)
    return rest


def _one_cuisine(rows: _Rows, candidates: Sequence[Candidate], js: list[int], n: int) -> None:
    """A breakfast of one cuisine at most: no puris with a Chinese pancake."""
    kinds = {j: cuisine(candidates[j].food) for j in js}
    placed = [j for j in js if kinds[j]]
    for a, j in enumerate(placed):
        for k in placed[a + 1 :]:
            if kinds[j] != kinds[k]:
                rows.add([(n + j, 1.0), (n + k, 1.0)], -np.inf, 1.0)


def solve_day(
    candidates: Sequence[Candidate],
    slots: Sequence[MealSlot],
    targets: DayTargets,
    *,
    time_limit: float,
    mip_rel_gap: float,
    elastic: bool = False,
    structured: bool = True,
    node_limit: int | None = None,
) -> DayResult:
    """Build and solve one day's model (see the module docstring).

    ``node_limit`` also stops the branch and bound after that many nodes (a sample that
    has not solved by then rarely will). Whatever stops the solver, a returned plan
    satisfies every row of the model.

    ``structured`` False (an ingredient catalog, whose roles are only guessed from the
    category) keeps the older rows: a category cap per meal and one or two mains.
    """
    n = len(candidates)
    # Columns: x[0..n), y[n..2n), then named continuous columns.
    names: list[str] = []

    def column(name: str) -> int:
        names.append(name)
        return 2 * n + len(names) - 1

    over = {k: column(f"over:{k}") for k in GOALS}
    under = {k: column(f"under:{k}") for k in GOALS}
    # Deviations inside the free band cost nothing: any plan that close is as good as
    # exact, which lets the solver stop at the first such plan instead of chasing zero.
    free_over = {k: column(f"free_over:{k}") for k in GOALS}
    free_under = {k: column(f"free_under:{k}") for k in GOALS}
    fiber_short = column("fiber_short")
    # A column fixed at 1 carries a constant objective offset: the goal-programming optimum
    # is ~0 and its LP bound is 0, so without it the relative gap never closes; with it,
    # ``mip_rel_gap`` acts as an absolute gap on the weighted deviation.
    offset = column("offset")
    excess: dict[str, int] = {}
    if elastic:
        for key in GOALS:
            excess[f"{key}:high"] = column(f"excess:{key}:high")
            excess[f"{key}:low"] = column(f"excess:{key}:low")
        for index, slot in enumerate(slots):
            excess[f"meal:{index}:high"] = column(f"excess:meal:{slot.name}:high")
            excess[f"meal:{index}:low"] = column(f"excess:meal:{slot.name}:low")
            if slot.needs_main and structured:
                excess[f"meal:{index}:protein"] = column(f"excess:meal:{slot.name}:protein")
        excess["sodium"] = column("excess:sodium")
        excess["saturated_fat"] = column("excess:saturated_fat")
    n_vars = 2 * n + len(names)

    cost = np.zeros(n_vars)
    lower = np.zeros(n_vars)
    upper = np.full(n_vars, np.inf)
    integrality = np.zeros(n_vars)
    for j, cand in enumerate(candidates):
        upper[j] = cand.serving.hi
        upper[n + j] = 1.0
        integrality[j] = integrality[n + j] = 1
        cost[n + j] = ITEM_PENALTY + cand.cost
    for key in GOALS:
        target = targets.value(key)
        weight = GOAL_WEIGHTS[key] / target
        cost[over[key]] = cost[under[key]] = weight
        band = min(FREE_BAND[key], targets.tolerance(key))
        upper[free_over[key]] = upper[free_under[key]] = band * target
        upper[over[key]] = upper[under[key]] = (targets.tolerance(key) - band) * target

    cost[fiber_short] = FIBER_WEIGHT / max(targets.fiber, 1.0)
    cost[offset] = 1.0
    lower[offset] = upper[offset] = 1.0
    # Excess is weighed relative to its target, so the diagnosis names the constraint
    # that is proportionally furthest out of reach rather than the one in the smallest unit.
    scale = {key: targets.value(key) for key in GOALS}
    scale.update({"sodium": targets.sodium_max, "saturated_fat": targets.kcal})
    for name, col in excess.items():
        group = name.split(":")[0]
        unit = MAIN_MEAL_PROTEIN_G if name.endswith(":protein") else scale.get(group, targets.kcal)
        cost[col] = ELASTIC_WEIGHT / max(unit, 1.0)

    rows = _Rows()
    # At lunch and dinner a protein food, mixed dish or vegetable is served in an amount
    # that counts for the meal's structure (2 oz of fish, not a bite); one whose largest
    # serving is still less never counts (``counts``) and keeps its own least amount.
    least = [c.serving.lo for c in candidates]
    counts = [True] * n
    if structured:
        for j, cand in enumerate(candidates):
            if not slots[cand.slot].needs_main:
                continue
            steps = math.ceil(structure_min_grams(cand.food) / cand.serving.grams - 1e-9)
            if steps > cand.serving.hi:
                counts[j] = False
            else:
                least[j] = max(least[j], steps)
    for j, cand in enumerate(candidates):
        # y = 0 -> x = 0; y = 1 -> lo <= x <= hi.
        rows.add([(j, 1.0), (n + j, -float(cand.serving.hi))], -np.inf, 0.0)
        rows.add([(j, 1.0), (n + j, -float(least[j]))], 0.0, np.inf)

    by_food: dict[str, list[int]] = {}
    by_slot: dict[int, list[int]] = {}
    for j, cand in enumerate(candidates):
        by_food.setdefault(cand.food.id, []).append(j)
        by_slot.setdefault(cand.slot, []).append(j)
    for js in by_food.values():
        if len(js) > 1:
            rows.add([(n + j, 1.0) for j in js], -np.inf, 1.0)

    for index, slot in enumerate(slots):
        js = by_slot.get(index, [])
        rows.add([(n + j, 1.0) for j in js], slot.min_items, slot.max_items)
        if slot.needs_main:
            mains = [j for j in js if "main" in candidates[j].food.meals]
            rows.add([(n + j, 1.0) for j in mains], 1.0, 2.0)
        if not structured:
            by_category: dict[str, list[int]] = {}
            for j in js:
                by_category.setdefault(candidates[j].food.category, []).append(j)
            for category, members in by_category.items():
                cap = CATEGORY_CAP.get(category, DEFAULT_CATEGORY_CAP)
                if len(members) > cap:
                    rows.add([(n + j, 1.0) for j in members], -np.inf, float(cap))
        else:
            by_role: dict[str, list[int]] = {}
            for j in js:
                by_role.setdefault(food_role(candidates[j].food), []).append(j)
            for role, members in by_role.items():
                cap = ROLE_CAP.get(role, 1)
                if len(members) > cap:
                    rows.add([(n + j, 1.0) for j in members], -np.inf, float(cap))

            def having(roles: frozenset[str] | set[str], members: list[int] = js) -> list[int]:
                return [j for j in members if food_role(candidates[j].food) in roles]

            def counting(roles: frozenset[str] | set[str]) -> list[int]:
                return [j for j in having(roles) if counts[j]]

            additions = having({"addition"})
            # One fried food a meal, whatever the day allows (no tempura with yuca fries).
            fried = [j for j in js if "fried" in candidates[j].food.flags]
            if len(fried) > 1:
                rows.add([(n + j, 1.0) for j in fried], -np.inf, 1.0)
            # One drink or dairy food a meal: not kefir with Greek yogurt, juice with milk.
            liquids = having({"drink", "dairy"})
            if len(liquids) > 1:
                rows.add([(n + j, 1.0) for j in liquids], -np.inf, 1.0)
            if slot.needs_main:
                # One centre a plate, and the plate built around it (domain.planner.pairing).
                centres = [j for j in js if _centre(candidates[j].food, targets)]
                if targets.legume_centre:
                    # A vegetarian plate may hold tofu and beans (the beans are then a
                    # side), or beans alone; never two firm centres.
                    firm = [j for j in centres if is_centre(candidates[j].food)]
                    rows.add([(n + j, 1.0) for j in centres], CENTRE_MIN, np.inf)
                    rows.add([(n + j, 1.0) for j in firm], -np.inf, 1.0)
                else:
                    rows.add([(n + j, 1.0) for j in centres], CENTRE_MIN, 1.0)
                _pairing_rows(rows, candidates, js, centres, n, targets.starches)
                # A real protein source: a protein food or a mixed dish, and enough protein.
                sources = [j for j in counting(MAIN_ROLES) if protein_source(candidates[j].food)]
                rows.add([(n + j, 1.0) for j in sources], 1.0, np.inf)
                protein = [
                    (j, _amount(candidates[j].food, "protein", candidates[j].serving)) for j in js
                ]
                if elastic:
                    protein.append((excess[f"meal:{index}:protein"], 1.0))
                rows.add(protein, targets.main_meal_protein, np.inf)
                if targets.require_starch:
                    rows.add([(n + j, 1.0) for j in having({"starch", "mixed"})], 1.0, np.inf)
                # Vegetables, unless a mixed dish holds them; corn or a sweet potato is the
                # plate's starch, not its vegetable.
                veg = [j for j in counting({"veg"}) if not is_starchy(candidates[j].food)] + [
                    j for j in counting({"mixed"}) if "with_veg" in candidates[j].food.flags
                ]
                rows.add([(n + j, 1.0) for j in veg], 1.0, np.inf)
                if slot.kind == "dinner" and targets.starches < 2:
                    # Fruit does not stand in for dinner's vegetable (big eaters may add it).
                    fruit = having({"fruit"})
                    if fruit:
                        rows.add([(n + j, 1.0) for j in fruit], -np.inf, 0.0)
                # Dressing goes on a salad or raw vegetables, not on fried okra or a fish.
                bases = [
                    j for j in having({"veg", "mixed"}) if _DRESSED.search(candidates[j].food.name)
                ]
            elif slot.kind == "breakfast":
                rows.add([(n + j, 1.0) for j in having(BREAKFAST_BASE)], 1.0, np.inf)
                # Cold cereal comes with milk or yogurt, not dry beside a slice of bread.
                milk = [j for j in js if candidates[j].food.wweia_code in CEREAL_MILKS]
                for j in js:
                    if candidates[j].food.wweia_code in COLD_CEREALS:
                        rows.add([(n + j, 1.0)] + [(n + k, -1.0) for k in milk], -np.inf, 0.0)
                if targets.breakfast_protein > 0 and not elastic:
                    protein = [
                        (j, _amount(candidates[j].food, "protein", candidates[j].serving))
                        for j in js
                    ]
                    rows.add(protein, targets.breakfast_protein, np.inf)
                bases = having({"breakfast", "starch"})  # jam on toast, syrup on pancakes
                additions = _matched_additions(rows, candidates, js, additions, n)
                _one_cuisine(rows, candidates, js, n)
            else:
                bases = having(BREAKFAST_BASE | {"snack", "fruit"})
                # A snack holds something to eat, not only a coffee or a soft drink.
                rows.add([(n + j, 1.0) for j in js if food_role(candidates[j].food) != "drink"],
                         1.0, np.inf)  # fmt: skip
            if additions:
                terms = [(n + j, 1.0) for j in additions] + [(n + j, -1.0) for j in bases]
                rows.add(terms, -np.inf, 0.0)
            garnishes = having({"garnish"})
            if slot.kind == "breakfast":
                garnishes = _matched_additions(rows, candidates, js, garnishes, n)
            if garnishes:
                # A garnish goes beside food, never on its own or as the meal's centre.
                terms = [(n + j, 1.0) for j in garnishes]
                terms += [(n + j, -1.0) for j in having(GARNISH_BASES)]
                rows.add(terms, -np.inf, 0.0)
        if structured:
            # One form of a food a meal: not canned and fresh green beans side by side.
            by_head: dict[str, list[int]] = {}
            for j in js:
                if candidates[j].food.kind == "food_as_eaten":
                    by_head.setdefault(head_word(candidates[j].food.name), []).append(j)
            for members in by_head.values():
                if len(members) > 1:
                    rows.add([(n + j, 1.0) for j in members], -np.inf, 1.0)
        energy = [(j, _amount(candidates[j].food, "kcal", candidates[j].serving)) for j in js]
        if structured and len(js) > 1:
            # A garnish-size food (seeds, crackers, a lemon wedge) is never the biggest item:
            # its energy stays under the others' mean, so under the largest of them.
            others = slot.max_items - 1
            for j in js:
                if garnish_size(candidates[j].food):
                    kcal_j = _amount(candidates[j].food, "kcal", candidates[j].serving)
                    terms = [(k, -kcal) for k, kcal in energy if k != j]
                    rows.add([(j, others * kcal_j), *terms], -np.inf, 0.0)
        low, high = slot.low * targets.kcal, slot.high * targets.kcal
        if elastic:
            rows.add(energy + [(excess[f"meal:{index}:high"], -1.0)], -np.inf, high)
            rows.add(energy + [(excess[f"meal:{index}:low"], 1.0)], low, np.inf)
        else:
            rows.add(energy, low, high)

    for key in GOALS:
        terms = [(j, _amount(c.food, key, c.serving)) for j, c in enumerate(candidates)]
        terms += [(over[key], -1.0), (under[key], 1.0)]
        terms += [(free_over[key], -1.0), (free_under[key], 1.0)]
        if elastic:
            terms += [(excess[f"{key}:high"], -1.0), (excess[f"{key}:low"], 1.0)]
        target = targets.value(key)
        rows.add(terms, target, target)

    # Canned fruit once a day; fried foods and sweets (juice, jam, dried fruit, cake) once
    # a day each, twice for a big eater (``DayTargets.treats``).
    for flag in DAILY_FLAGS:
        most = 1.0 if flag == "canned" else float(targets.treats)
        flagged = [(n + j, 1.0) for j, c in enumerate(candidates) if flag in c.food.flags]
        if len(flagged) > most:
            rows.add(flagged, -np.inf, most)

    fiber = [(j, _amount(c.food, "fiber", c.serving)) for j, c in enumerate(candidates)]
    rows.add(fiber + [(fiber_short, 1.0)], targets.fiber, np.inf)
    sodium = [(j, _amount(c.food, "sodium", c.serving)) for j, c in enumerate(candidates)]
    if elastic:
        sodium.append((excess["sodium"], -1.0))
    rows.add(sodium, -np.inf, targets.sodium_max)
    if targets.carbs_ceiling:
        # Low carb: 4 kcal/g x carbohydrate <= the cap's share of the energy planned, so a
        # day a little short of energy still draws at most 26 % of it from carbohydrate.
        carbs_share = [
            (
                j,
                4.0 * _amount(c.food, "carbs", c.serving)
                - LOW_CARB_MAX_ENERGY_SHARE * _amount(c.food, "kcal", c.serving),
            )
            for j, c in enumerate(candidates)
        ]
        if elastic:
            carbs_share.append((excess["carbs:high"], -4.0))
        rows.add(carbs_share, -np.inf, 0.0)
    # 9 kcal/g x saturated fat <= share x planned energy (DGA: < 10 % of energy).
    sat = [
        (
            j,
            9.0 * _amount(c.food, "saturated_fat", c.serving)
            - targets.saturated_fat_share * _amount(c.food, "kcal", c.serving),
        )
        for j, c in enumerate(candidates)
    ]
    if elastic:
        sat.append((excess["saturated_fat"], -1.0))
    rows.add(sat, -np.inf, 0.0)

    options: dict[str, float | int | bool] = {
        "time_limit": time_limit,
        "mip_rel_gap": mip_rel_gap,
        "presolve": True,
    }
    if node_limit is not None:
        options["node_limit"] = node_limit
    result = milp(
        cost,
        integrality=integrality,
        bounds=Bounds(lower, upper),
        constraints=rows.constraint(n_vars),
        options=options,
    )
    if result.x is None:
        return DayResult(result.status, result.message, [], {}, {})
    x = np.round(result.x[:n]).astype(int)
    chosen = [(candidates[j], int(x[j])) for j in range(n) if x[j] > 0]
    totals = {
        key: sum(count * _amount(c.food, key, c.serving) for c, count in chosen)
        for key in ("kcal", *MACROS, "fiber", "sodium", "saturated_fat")
    }
    found = {name: float(result.x[col]) for name, col in excess.items()}
    return DayResult(result.status, result.message, chosen, found, totals)
