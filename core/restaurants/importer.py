"""Import restaurants (and their menus) from JSON or CSV, all or nothing.

JSON: a list of restaurants, or an object with a ``restaurants`` list (other keys, such as
a ``notice``, are ignored). A restaurant::

    {"name", "latitude", "longitude", "address"?, "cuisine"?, "price_level"? (0-4),
     "rating"? (0-5), "external_id"?, "timezone"? (IANA), "opening_hours"? (see
     domain.opening_hours), "healthy_options"? [names], "menu"? [item, ...]}

A menu item (one serving)::

    {"name", "calories", "protein", "carbs", "fats", "fiber", "saturated_fat", "sodium" (mg),
     "serving_grams"?, "description"?,
     "diets"? [vegan|vegetarian|pescatarian|gluten_free|dairy_free|halal],
     "allergens"? [milk|egg|fish|shellfish|tree_nuts|peanuts|wheat|soy|sesame|gluten],
     "processing"? (NOVA 1-4)}

CSV: one restaurant per row, the same column names (``opening_hours`` as a JSON cell,
``healthy_options`` separated by ``;``); no menus.

Every record is checked before anything is written; one bad record refuses the whole
file with every problem listed. Menu items must be self-consistent: saturated fat within
fat, fiber within carbohydrate, macros within the serving weight, energy within 25 % of
4/4/9 kcal per gram of protein/carbohydrate/fat, and tags that agree (a vegan dish lists
no milk, egg, fish or shellfish). A record with an ``external_id`` updates the row with
that id (its menu is replaced when ``menu`` is given); without one, a row with the same
name and coordinates is updated. The import runs in one transaction.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction

from core.restaurants.models import MenuItem, Restaurant, Source, normalise_tags
from domain.diet import PREFERENCE_RULES
from domain.geo import GeoError, check_point
from domain.healthiness import (
    ALLERGENS,
    DIETS,
    HEALTHY_MIN_SCORE,
    expand_diets,
    item_score,
)
from domain.healthiness import MenuItem as ScoredItem
from domain.opening_hours import HoursError, validate_hours, zone_for

NUTRIENTS = ("protein", "carbs", "fats", "fiber", "saturated_fat", "sodium")
ENERGY_TOLERANCE = 0.25
HEALTHY_OPTION_NAMES = 5
# A diet tag clashes with the allergens its preference excludes (domain.diet).
_FORBIDDEN_BY_DIET = {
    diet: set(PREFERENCE_RULES[diet][1]) for diet in DIETS if PREFERENCE_RULES[diet][1]
}


class ImportFailed(ValueError):
    """The file cannot be imported; ``problems`` lists every reason (record, field, message)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s): " + "; ".join(problems[:10]))
        self.problems = problems


@dataclass
class ImportResult:
    """What an import did."""

    created: int = 0
    updated: int = 0
    menu_items: int = 0
    names: list[str] = field(default_factory=list)


def read_records(path: Path) -> list[dict[str, Any]]:
    """The restaurant records of a ``.json`` or ``.csv`` file."""
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise ImportFailed([f"{path.name}: not valid JSON ({exc})"]) from exc
        records = data.get("restaurants") if isinstance(data, dict) else data
        if not isinstance(records, list):
            raise ImportFailed([f"{path.name}: expected a list of restaurants"])
        return records
    if path.suffix.lower() == ".csv":
        return [_from_csv_row(row) for row in csv.DictReader(io.StringIO(text))]
    raise ImportFailed([f"{path.name}: unsupported file type (use .json or .csv)"])


def _from_csv_row(row: dict[str, Any]) -> dict[str, Any]:
    record: dict[str, Any] = {k.strip(): (v or "").strip() for k, v in row.items() if k}
    for key in ("price_level", "rating", "latitude", "longitude"):
        if record.get(key) == "":
            record[key] = None
    if record.get("opening_hours"):
        # Malformed JSON stays a string, which validation reports as malformed hours.
        with contextlib.suppress(ValueError):
            record["opening_hours"] = json.loads(record["opening_hours"])
    else:
        record.pop("opening_hours", None)
    if "healthy_options" in record:
        record["healthy_options"] = [
            name.strip() for name in record["healthy_options"].split(";") if name.strip()
        ]
    return record


def _number(value: Any, name: str, low: float, high: float, problems: list[str]) -> float | None:
    if isinstance(value, bool):
        problems.append(f"{name}: must be a number")
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        problems.append(f"{name}: must be a number")
        return None
    if not math.isfinite(number) or not low <= number <= high:
        problems.append(f"{name}: must be between {low:g} and {high:g}")
        return None
    return number


def _tags(value: Any, allowed: tuple[str, ...], name: str, problems: list[str]) -> list[str]:
    if value in (None, ""):
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"{name}: must be a list of names")
        return []
    tags = [v.strip().lower() for v in value]
    unknown = sorted(set(tags) - set(allowed))
    if unknown:
        problems.append(f"{name}: unknown {', '.join(unknown)} (allowed: {', '.join(allowed)})")
    return [t for t in tags if t in allowed]


def clean_menu_item(data: Any, where: str, problems: list[str]) -> dict[str, Any] | None:
    """A menu item's fields, checked for range and self-consistency (see module doc)."""
    if not isinstance(data, dict):
        problems.append(f"{where}: a menu item must be an object")
        return None
    before = len(problems)
    name = str(data.get("name") or "").strip()
    if not name or len(name) > 200:
        problems.append(f"{where}.name: required, at most 200 characters")
    item: dict[str, Any] = {"name": name, "description": str(data.get("description") or "")[:500]}
    item["calories"] = _number(data.get("calories"), f"{where}.calories", 0, 5000, problems)
    for key in NUTRIENTS:
        high = 20_000 if key == "sodium" else 1000
        item[key] = _number(data.get(key, 0), f"{where}.{key}", 0, high, problems)
    grams = data.get("serving_grams")
    item["serving_grams"] = (
        None if grams in (None, "") else _number(grams, f"{where}.serving_grams", 1, 5000, problems)
    )
    processing = data.get("processing")
    if processing in (None, ""):
        item["processing"] = None
    elif isinstance(processing, int) and not isinstance(processing, bool) and 1 <= processing <= 4:
        item["processing"] = processing
    else:
        problems.append(f"{where}.processing: a NOVA group 1-4")
    item["diets"] = expand_diets(_tags(data.get("diets"), DIETS, f"{where}.diets", problems))
    item["allergens"] = _tags(data.get("allergens"), ALLERGENS, f"{where}.allergens", problems)
    if len(problems) > before:
        return None
    _check_consistency(item, where, problems)
    return item if len(problems) == before else None


def _check_consistency(item: dict[str, Any], where: str, problems: list[str]) -> None:
    if item["saturated_fat"] > item["fats"]:
        problems.append(f"{where}: saturated_fat exceeds fats")
    if item["fiber"] > item["carbs"]:
        problems.append(f"{where}: fiber exceeds carbs")
    macros = item["protein"] + item["carbs"] + item["fats"]
    if item["serving_grams"] is not None and macros > item["serving_grams"]:
        problems.append(f"{where}: protein + carbs + fats exceed serving_grams")
    estimate = 4 * item["protein"] + 4 * item["carbs"] + 9 * item["fats"]
    allowed = max(30.0, ENERGY_TOLERANCE * max(item["calories"], estimate))
    if abs(estimate - item["calories"]) > allowed:
        problems.append(
            f"{where}: calories {item['calories']:g} disagree with the macros "
            f"(4/4/9 gives {estimate:.0f} kcal)"
        )
    for diet, forbidden in _FORBIDDEN_BY_DIET.items():
        clash = forbidden & set(item["allergens"])
        if diet in item["diets"] and clash:
            problems.append(f"{where}: tagged {diet} but contains {', '.join(sorted(clash))}")


def clean_restaurant(data: Any, where: str, problems: list[str]) -> dict[str, Any] | None:
    """A restaurant record's fields (and cleaned menu, or None if absent), checked."""
    if not isinstance(data, dict):
        problems.append(f"{where}: a restaurant must be an object")
        return None
    before = len(problems)
    record: dict[str, Any] = {}
    name = str(data.get("name") or "").strip()
    if not name or len(name) > 200:
        problems.append(f"{where}.name: required, at most 200 characters")
    record["name"] = name
    lat = _number(data.get("latitude"), f"{where}.latitude", -90, 90, problems)
    lon = _number(data.get("longitude"), f"{where}.longitude", -180, 180, problems)
    if lat is not None and lon is not None:
        try:
            check_point(lat, lon)
        except GeoError as exc:
            problems.append(f"{where}.{exc.field}: {exc.message}")
    record.update(latitude=lat, longitude=lon)
    record["address"] = str(data.get("address") or "").strip()[:300]
    record["cuisine"] = str(data.get("cuisine") or "").strip()[:50]
    price = data.get("price_level")
    if price in (None, ""):
        record["price_level"] = None
    else:
        value = _number(price, f"{where}.price_level", 0, 4, problems)
        if value is not None and value != int(value):
            problems.append(f"{where}.price_level: a whole number 0-4")
        record["price_level"] = None if value is None else int(value)
    rating = data.get("rating")
    record["rating"] = (
        None if rating in (None, "") else _number(rating, f"{where}.rating", 0, 5, problems)
    )
    external_id = str(data.get("external_id") or "").strip()
    if len(external_id) > 255:
        problems.append(f"{where}.external_id: at most 255 characters")
    record["external_id"] = external_id or None
    zone = str(data.get("timezone") or "").strip()
    if zone and zone_for(zone) is None:
        problems.append(f"{where}.timezone: {zone!r} is not an IANA zone or ±HH:MM offset")
    record["timezone"] = zone
    try:
        record["opening_hours"] = validate_hours(data.get("opening_hours") or {})
    except HoursError as exc:
        problems.append(f"{where}.opening_hours: {exc}")
    if record.get("opening_hours") and not zone:
        problems.append(f"{where}.timezone: required with opening_hours")
    names = data.get("healthy_options") or []
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        problems.append(f"{where}.healthy_options: a list of dish names")
        names = []
    record["healthy_options"] = [n.strip()[:100] for n in names if n.strip()][:50]
    menu = data.get("menu")
    if menu is None:
        record["menu"] = None
    elif not isinstance(menu, list):
        problems.append(f"{where}.menu: a list of menu items")
    else:
        items = [clean_menu_item(m, f"{where}.menu[{i}]", problems) for i, m in enumerate(menu)]
        record["menu"] = [item for item in items if item is not None]
    return record if len(problems) == before else None


def best_dish_names(menu: Iterable[dict[str, Any]], limit: int = HEALTHY_OPTION_NAMES) -> list[str]:
    """Names of the best-scoring healthy dishes (for the ``healthy_options`` column)."""
    scored = [(item_score(ScoredItem.from_mapping(item)), item["name"]) for item in menu]
    scored = [pair for pair in scored if pair[0] >= HEALTHY_MIN_SCORE]
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    return [name for _, name in scored[:limit]]


def import_restaurants(records: list[Any], source: str = Source.IMPORT) -> ImportResult:
    """Check every record, then write them all in one transaction (or raise, writing none)."""
    problems: list[str] = []
    cleaned = [clean_restaurant(r, f"restaurants[{i}]", problems) for i, r in enumerate(records)]
    ids = [r["external_id"] for r in cleaned if r and r["external_id"]]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        problems.append(f"external_id repeated in the file: {', '.join(duplicates)}")
    if problems:
        raise ImportFailed(problems)
    result = ImportResult()
    with transaction.atomic():
        for record in cleaned:
            assert record is not None  # no problems means every record is clean
            _write(record, source, result)
    return result


def _write(record: dict[str, Any], source: str, result: ImportResult) -> None:
    menu = record.pop("menu")
    if menu is not None:
        record["healthy_options"] = best_dish_names(menu) or record["healthy_options"]
    if record["external_id"]:
        lookup = {"external_id": record["external_id"]}
    else:
        lookup = {k: record[k] for k in ("name", "latitude", "longitude")}
    row = Restaurant.objects.filter(**lookup).first()
    if row is None:
        row = Restaurant(source=source)
        result.created += 1
    else:
        result.updated += 1
    for key, value in record.items():
        setattr(row, key, value)
    row.save()
    result.names.append(row.name)
    if menu is not None:
        row.menu_items.all().delete()
        items = [normalise_tags(MenuItem(restaurant=row, **item)) for item in menu]
        MenuItem.objects.bulk_create(items)
        result.menu_items += len(items)
