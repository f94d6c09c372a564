"""The planner's food record and its loaders (starter catalog JSON, USDA SR28 foods).

A :class:`FoodRecord` is plain data: values per 100 g edible portion, energy being USDA's
own kcal value (SR nutrient 208), never 4/4/9. The AI service builds the same records from
the catalog tables; the tests and the benchmark read ``data/catalog/starter_foods.json``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from domain.fndds import COMPACT_FILE, read_compact

REPO = Path(__file__).resolve().parents[2]
STARTER_FILE = REPO / "data" / "catalog" / "starter_foods.json"

# Nutrients a planned food must carry (per 100 g); the plan reports exactly these.
PLAN_NUTRIENTS: tuple[str, ...] = (
    "protein",
    "carbs",
    "fats",
    "fiber",
    "saturated_fat",
    "sodium",
)
MEAL_TAGS = frozenset({"breakfast", "main", "side", "snack", "drink"})


@dataclass(frozen=True)
class Portion:
    """A household measure: ``label`` (e.g. ``1 large``) weighs ``grams``."""

    label: str
    grams: float


@dataclass(frozen=True)
class FoodRecord:
    """One food as the planner sees it; nutrient values per 100 g, None when unknown.

    ``allergen_tags`` None means the allergens were never checked (an uncurated USDA
    food): such a food is excluded whenever the person has any allergy.
    """

    id: str
    name: str
    kcal: float
    protein: float | None
    carbs: float | None
    fats: float | None
    fiber: float | None
    sodium: float | None  # mg
    saturated_fat: float | None
    portions: tuple[Portion, ...] = ()
    diet_tags: frozenset[str] = frozenset()
    allergen_tags: frozenset[str] | None = frozenset()
    # Allergens the data could not settle: they count as present (domain.diet).
    unknown_allergens: frozenset[str] = frozenset()
    meals: frozenset[str] = frozenset()
    category: str = ""
    food_group: str = ""
    ndb_no: str | None = None
    description: str = ""
    extra: Mapping[str, float] = field(default_factory=dict)
    # Foods as eaten (FNDDS) carry their structure role, flags and typicality cost from
    # domain.fndds_meals; ingredient records leave them empty (rules.food_role falls back
    # to the category).
    kind: str = "ingredient"  # or "food_as_eaten"
    wweia_code: str = ""
    role: str = ""
    flags: frozenset[str] = frozenset()  # "organ", "game": planned only when asked for
    typical_cost: float = 0.0

    def per_100g(self, key: str) -> float | None:
        """A nutrient per 100 g by its key (``kcal`` or one of :data:`PLAN_NUTRIENTS`)."""
        return self.kcal if key == "kcal" else getattr(self, key)

    def is_complete(self) -> bool:
        """True when energy and every plan nutrient are known (the planner needs them)."""
        return self.kcal is not None and all(getattr(self, k) is not None for k in PLAN_NUTRIENTS)


def _portion_label(amount: float, unit: str) -> str:
    return f"{amount:g} {unit}".strip()


def food_from_starter_entry(entry: Mapping[str, Any]) -> FoodRecord:
    """One ``foods[]`` entry of the starter catalog JSON as a :class:`FoodRecord`."""
    values = entry["per_100g"]
    return FoodRecord(
        id=entry["ndb_no"],
        ndb_no=entry["ndb_no"],
        name=entry.get("common_name") or entry["description"],
        description=entry.get("description", ""),
        kcal=float(values["energy_kcal"]),
        protein=values.get("protein"),
        carbs=values.get("carbs"),
        fats=values.get("fats"),
        fiber=values.get("fiber"),
        sodium=values.get("sodium"),
        saturated_fat=values.get("saturated_fat"),
        portions=tuple(
            Portion(_portion_label(p["amount"], p["unit"]), float(p["gram_weight"]))
            for p in entry.get("portions", [])
            if p.get("gram_weight")
        ),
        diet_tags=frozenset(entry.get("diet_tags", [])),
        allergen_tags=frozenset(entry.get("allergen_tags", [])),
        meals=frozenset(entry.get("meals", [])) & MEAL_TAGS,
        category=entry.get("category", ""),
        food_group=entry.get("food_group", ""),
        extra={
            k: float(v)
            for k, v in values.items()
            if v is not None and k not in PLAN_NUTRIENTS and k != "energy_kcal"
        },
    )


def load_foods_from_starter(path: str | Path = STARTER_FILE) -> list[FoodRecord]:
    """Read the starter catalog (``data/catalog/starter_foods.json``) into food records.

    Raises FileNotFoundError when the file is missing (callers must not plan on nothing).
    """
    with Path(path).open(encoding="utf-8") as handle:
        data = json.load(handle)
    entries = data["foods"] if isinstance(data, dict) else data
    return [food_from_starter_entry(entry) for entry in entries]


# --- FNDDS foods as eaten (the committed compact file) ----------------------------------

FNDDS_FILE = COMPACT_FILE
# SR nutrient numbers of the plan nutrients (FNDDS values are keyed by them too).
_FNDDS_NUMBERS = {
    "protein": "203",
    "carbs": "205",
    "fats": "204",
    "fiber": "291",
    "sodium": "307",
    "saturated_fat": "606",
}


def fndds_food_record(
    *,
    food_id: str,
    description: str,
    wweia_code: str,
    category: str,
    kcal: float,
    values: Mapping[str, float | None],
    portions: Iterable[tuple[str, float]],
    meals: Iterable[str],
    diet_tags: Iterable[str],
    allergen_tags: Iterable[str],
    unknown_allergens: Iterable[str],
) -> FoodRecord:
    """A food as eaten as a planner record; role, flags and cost from domain.fndds_meals.

    ``values`` maps plan nutrient keys to values per 100 g; ``portions`` are USDA's
    (description, grams) pairs in USDA's order. Shared by the domain loader below and the
    AI service's catalog loader, so both plan with the same derived data.
    """
    from domain.fndds_meals import meal_fit, typicality_cost

    pairs = [(label, float(grams)) for label, grams in portions if grams]
    typical = next((g for label, g in pairs if label == "Quantity not specified"), None)
    fit = meal_fit(wweia_code, description, typical_grams=typical, kcal=float(kcal))
    # Tags the data rules changed (garnishes, snack-type protein foods) replace the stored
    # ones, which came from the category alone; a food the rules now never plan (egg yolks
    # alone) loses its stored tags, so the committed data need not be regenerated.
    changed = "retagged" in fit.flags or not fit.meals
    stored = frozenset(fit.meals) if changed else frozenset(meals)
    return FoodRecord(
        id=food_id,
        name=description,
        description=description,
        kcal=float(kcal),
        **{key: values.get(key) for key in PLAN_NUTRIENTS},
        portions=tuple(Portion(label, grams) for label, grams in pairs),
        diet_tags=frozenset(diet_tags),
        allergen_tags=frozenset(allergen_tags),
        unknown_allergens=frozenset(unknown_allergens),
        meals=stored & MEAL_TAGS,
        category=category,
        kind="food_as_eaten",
        wweia_code=wweia_code,
        role=fit.role,
        flags=frozenset(fit.flags),
        typical_cost=typicality_cost(description, wweia_code),
    )


def load_fndds_planner_foods(path: str | Path = FNDDS_FILE) -> list[FoodRecord]:
    """The plannable FNDDS foods of the compact file (those with meal tags), plain Python.

    Ids are ``fndds:<food code>``, as the AI service's catalog loader makes them.
    Raises FileNotFoundError when the file is missing.
    """
    document = read_compact(Path(path))
    numbers: list[str] = document["nutrient_numbers"]
    out: list[FoodRecord] = []
    for entry in document["foods"]:
        if not entry.get("meals"):
            continue
        by_number = dict(zip(numbers, entry["values"], strict=True))
        if by_number.get("208") is None:
            continue
        out.append(
            fndds_food_record(
                food_id=f"fndds:{entry['food_code']}",
                description=entry["description"],
                wweia_code=entry["wweia_code"],
                category=entry["category"],
                kcal=by_number["208"],
                values={k: by_number.get(n) for k, n in _FNDDS_NUMBERS.items()},
                portions=[(label, grams) for _, label, grams in entry["portions"]],
                meals=entry["meals"],
                diet_tags=entry["diet_tags"],
                allergen_tags=entry["allergen_tags"],
                unknown_allergens=entry["unknown_allergens"],
            )
        )
    return out


# --- uncurated USDA foods (the benchmark's full-SR28 list) ---------------------------------

# SR28 food group code -> (our category, meal tags). Only groups whose foods are eaten as
# they are; spices, baby foods, raw ingredients such as flours are left out.
SR28_GROUPS: dict[str, tuple[str, tuple[str, ...]]] = {
    "0100": ("dairy", ("snack",)),
    "0500": ("poultry", ("main",)),
    "0700": ("meat", ("main",)),
    "0800": ("grains", ("breakfast",)),
    "0900": ("fruits", ("snack", "breakfast")),
    "1000": ("meat", ("main",)),
    "1100": ("vegetables", ("side",)),
    "1200": ("nuts_seeds", ("snack",)),
    "1300": ("meat", ("main",)),
    "1500": ("fish", ("main",)),
    "1600": ("legumes", ("side",)),
    "1700": ("meat", ("main",)),
    "1800": ("breads", ("side", "breakfast")),
    "2000": ("grains", ("side",)),
    "2100": ("mixed_dishes", ("main",)),
    "2200": ("mixed_dishes", ("main",)),
    "2500": ("snacks", ("snack",)),
    "3600": ("mixed_dishes", ("main",)),
}
_RAW_WORDS = ("raw", "dry", "uncooked", "frozen, unprepared", "unprepared", "powder", "flour")
_SR_NUMBERS = {
    "protein": "203",
    "carbs": "205",
    "fats": "204",
    "fiber": "291",
    "sodium": "307",
    "saturated_fat": "606",
}


def foods_from_usda(
    usda_foods: Iterable[Any], curated: Iterable[FoodRecord] = ()
) -> list[FoodRecord]:
    """Planner records for USDA foods (``domain.usda.UsdaFood``).

    A food also in ``curated`` (the starter catalog) keeps its curated tags. Others get a
    category and meal tags from their SR28 food group, no diet tags and unknown allergens,
    so any diet or allergy excludes them: uncurated foods are never assumed safe. Raw
    meat/fish/grains and groups not eaten as they are get no meal slot.
    """
    by_ndb = {food.ndb_no: food for food in curated if food.ndb_no}
    out: list[FoodRecord] = []
    for usda in usda_foods:
        known = by_ndb.get(usda.ndb_no)
        if known is not None:
            out.append(known)
            continue
        kcal = usda.energy_kcal()
        group = SR28_GROUPS.get(usda.food_group_code)
        if kcal is None or group is None:
            continue
        category, meals = group
        lowered = usda.description.lower()
        if (
            category != "fruits"
            and category != "vegetables"
            and any(w in lowered for w in _RAW_WORDS)
        ):
            continue
        values = usda.values
        out.append(
            FoodRecord(
                id=usda.ndb_no or str(usda.fdc_id),
                ndb_no=usda.ndb_no,
                name=usda.description,
                description=usda.description,
                kcal=float(kcal),
                **{key: values.get(number) for key, number in _SR_NUMBERS.items()},
                portions=tuple(Portion(p.label, p.gram_weight) for p in usda.portions),
                diet_tags=frozenset(),
                allergen_tags=None,
                meals=frozenset(meals),
                category=category,
                food_group=usda.food_group,
            )
        )
    return out
