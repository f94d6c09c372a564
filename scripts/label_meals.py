"""Work out the expected energy of the labelled meals from the USDA SR28 files.

    uv run python -m scripts.label_meals            # rewrite expected values in place
    uv run python -m scripts.label_meals --check    # fail if the file is out of date

``data/analyser/labelled_meals.json`` lists meal descriptions and, for each, the foods a
person means (NDB numbers) with their amounts. This script, not the analyser, turns each
amount into grams with USDA's own household measures (WEIGHT.txt), multiplies by the
food's energy (NUT_DATA nutrient 208, kcal per 100 g) and writes ``grams``, ``kcal`` per
item and ``expected_kcal`` per meal. Amount forms:

- ``{"g": 150}``, ``{"oz": 3}``, ``{"lb": 0.5}``: weight;
- ``{"ml": 250, "via": "cup"}`` / ``{"floz": 12, "via": "fl oz"}``: volume, weighed with the
  food's USDA measure named in ``via`` (e.g. 1 cup of milk = 244 g);
- ``{"measure": "large", "n": 2}``: ``n`` of a USDA measure (``Msre_Desc``); grams are
  ``n / Amount x Gm_Wgt``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

from domain.usda import read_sr28

REPO = Path(__file__).resolve().parent.parent
LABELS = REPO / "data" / "analyser" / "labelled_meals.json"
USDA_DIR = Path(os.environ.get("USDA_DATA_DIR") or REPO.parent / "shared" / "data" / "usda")
GRAMS = {"g": 1.0, "oz": 28.349523, "lb": 453.59237}
ML = {"ml": 1.0, "floz": 29.5735}
VOLUME_OF_MEASURE = {"cup": 236.588, "tbsp": 14.787, "tsp": 4.929, "fl oz": 29.5735}


def _measure_ml(description: str) -> float:
    """Millilitres in one of a USDA volume measure ("cup", "fl oz", "cup (8 fl oz)")."""
    text = description.lower()
    for name, ml in VOLUME_OF_MEASURE.items():
        if text.startswith(name):
            return ml
    floz = re.search(r"(\d+(?:\.\d+)?)\s*fl oz", text)
    if floz:
        return float(floz.group(1)) * VOLUME_OF_MEASURE["fl oz"]
    raise ValueError(f"{description!r} is not a volume measure")


def item_grams(spec: dict, portions: list) -> float:
    """Grams of one labelled item from its amount and the food's USDA measures."""
    for unit, factor in GRAMS.items():
        if unit in spec:
            return spec[unit] * factor
    if "measure" in spec or "via" in spec:
        name = spec.get("measure") or spec["via"]
        match = next((p for p in portions if p.unit == name), None)
        if match is None:
            known = ", ".join(repr(p.unit) for p in portions)
            raise ValueError(f"{spec['ndb']}: no USDA measure {name!r} (has {known})")
        if "measure" in spec:
            return spec["n"] / match.amount * match.gram_weight
        unit = "ml" if "ml" in spec else "floz"
        grams_per_ml = match.gram_weight / (match.amount * _measure_ml(match.unit))
        return spec[unit] * ML[unit] * grams_per_ml
    raise ValueError(f"{spec['ndb']}: no amount in {spec}")


def label(data: dict, usda_dir: Path = USDA_DIR) -> dict:
    """The label file with grams, kcal and expected_kcal worked out from SR28."""
    wanted = {item["ndb"] for meal in data["meals"] for item in meal["items"]}
    foods = {food.ndb_no: food for food in read_sr28(usda_dir, only=wanted)}
    missing = wanted - set(foods)
    if missing:
        raise SystemExit(f"NDB numbers not in SR28: {sorted(missing)}")
    for meal in data["meals"]:
        total = 0.0
        for item in meal["items"]:
            food = foods[item["ndb"]]
            grams = item_grams(item, food.portions)
            kcal = food.values["208"] * grams / 100
            item["usda"] = food.description
            item["grams"] = round(grams, 1)
            item["kcal"] = round(kcal, 1)
            total += kcal
        meal["expected_kcal"] = round(total, 1)
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is not current")
    args = parser.parse_args(argv)
    original = LABELS.read_text(encoding="utf-8")
    data = label(json.loads(original))
    rendered = render(data)
    if args.check:
        if rendered != original:
            print(f"{LABELS} is out of date: run python -m scripts.label_meals", file=sys.stderr)
            return 1
        print(f"{LABELS}: {len(data['meals'])} meals, up to date")
        return 0
    LABELS.write_text(rendered, encoding="utf-8")
    print(f"{LABELS}: {len(data['meals'])} meals labelled from {USDA_DIR}")
    return 0


def render(data: dict) -> str:
    """One meal per line block, stable, so diffs stay readable."""
    lines = ["{", f'  "about": {json.dumps(data["about"], ensure_ascii=False)},', '  "meals": [']
    for n, meal in enumerate(data["meals"]):
        comma = "," if n + 1 < len(data["meals"]) else ""
        lines.append("    " + json.dumps(meal, ensure_ascii=False) + comma)
    lines += ["  ]", "}", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
