"""Build ``data/catalog/starter_foods.json`` from the curated list and the SR28 files.

    uv run python -m scripts.build_starter_catalog [--usda DIR] [--check]

The curated list (``data/catalog/curated_foods.csv``: NDB number, short common name,
category, diet tags, allergen tags, meal suitability) is ours; values per 100 g and
portions (every SR28 WEIGHT row of the food) come from USDA's SR28 files. The ``halal``
diet tag is never curated: it is derived from the food's SR group and description by the
FNDDS rules (``domain.fndds_contents``: known free of pork and alcohol). The output is
deterministic (sorted by NDB number, stable key order), so a rebuild that changes nothing
leaves the file byte-identical and a real change shows as a readable diff. ``--check``
exits non-zero when the file on disk differs from a fresh build.

No Django here: it runs on a machine with only the repository and the USDA folder.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path
from typing import Any

from domain.diet import CONTENT_TAGS, DIET_TAGS, PREFERENCE_RULES
from domain.fndds_contents import halal_from_contents, sr_food_contents
from domain.nutrients import NUTRIENT_KEYS
from domain.usda import read_sr28

REPO = Path(__file__).resolve().parent.parent
CURATED_FILE = REPO / "data" / "catalog" / "curated_foods.csv"
STARTER_FILE = REPO / "data" / "catalog" / "starter_foods.json"

# The one diet vocabulary (domain.diet); curated rows use its tags, except the derived ones.
DERIVED_DIETS = {"halal"}
DIETS = set(DIET_TAGS) - DERIVED_DIETS
ALLERGENS = set(CONTENT_TAGS)
MEALS = {"breakfast", "main", "side", "snack", "drink"}
CATEGORIES = {
    "grains", "breads", "vegetables", "fruits", "legumes", "nuts_seeds", "dairy", "eggs",
    "meat", "poultry", "fish", "fats_oils", "beverages", "sweets", "mixed_dishes", "snacks",
    "condiments",
}  # fmt: skip


def usda_dir(explicit: str | None = None) -> Path:
    """The SR28 folder: --usda, else $USDA_DATA_DIR, else ../shared/data/usda."""
    return Path(explicit or os.environ.get("USDA_DATA_DIR") or REPO.parent / "shared/data/usda")


def read_curated(path: Path = CURATED_FILE) -> list[dict[str, Any]]:
    """Read and validate the curated list; raise ValueError naming every bad row."""
    rows: list[dict[str, Any]] = []
    errors: list[str] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        for line, raw in enumerate(csv.DictReader(handle), start=2):
            row = {
                "ndb_no": raw["ndb_no"].strip(),
                "common_name": raw["common_name"].strip(),
                "category": raw["category"].strip(),
                "diet_tags": raw["diet_tags"].split(),
                "allergen_tags": raw["allergen_tags"].split(),
                "meals": raw["meals"].split(),
            }
            problems = []
            if len(row["ndb_no"]) != 5 or not row["ndb_no"].isdigit():
                problems.append("NDB number must be 5 digits")
            if row["ndb_no"] in seen:
                problems.append("duplicate NDB number")
            if not row["common_name"]:
                problems.append("common name is empty")
            if row["category"] not in CATEGORIES:
                problems.append(f"unknown category {row['category']!r}")
            if derived := set(row["diet_tags"]) & DERIVED_DIETS:
                problems.append(
                    f"{', '.join(sorted(derived))} is derived from SR data, not curated"
                )
            for field, vocab in (
                ("diet_tags", DIETS),
                ("allergen_tags", ALLERGENS),
                ("meals", MEALS),
            ):
                if unknown := set(row[field]) - vocab:
                    problems.append(f"unknown {field} {sorted(unknown)}")
            if not row["meals"]:
                problems.append("no meal suitability")
            for diet in set(row["diet_tags"]) & DIETS:
                if clash := set(PREFERENCE_RULES[diet][1]) & set(row["allergen_tags"]):
                    problems.append(f"{diet} food containing {', '.join(sorted(clash))}")
            if problems:
                errors.append(f"line {line} ({row['ndb_no']}): {'; '.join(problems)}")
            seen.add(row["ndb_no"])
            rows.append(row)
    if errors:
        raise ValueError("Curated list has errors:\n" + "\n".join(errors))
    return rows


def build(usda: Path, curated: list[dict[str, Any]]) -> dict[str, Any]:
    """Join the curated rows with SR28 values and portions; raise on a food USDA lacks."""
    wanted = {row["ndb_no"] for row in curated}
    foods = {food.ndb_no: food for food in read_sr28(usda, only=wanted)}
    errors: list[str] = []
    entries = []
    for row in sorted(curated, key=lambda r: r["ndb_no"]):
        food = foods.get(row["ndb_no"])
        if food is None:
            errors.append(f"{row['ndb_no']} ({row['common_name']}) is not in SR28")
            continue
        energy = food.values.get("208")  # USDA's own energy, never 4/4/9
        if energy is None:
            errors.append(f"{row['ndb_no']} ({row['common_name']}) has no energy value")
        if not food.portions:
            errors.append(f"{row['ndb_no']} ({row['common_name']}) has no household measure")
        nutrients = food.nutrients()
        contents = sr_food_contents(food.ndb_no, food.description, food.food_group_code)
        diet_tags = row["diet_tags"] + (["halal"] if halal_from_contents(contents) else [])
        entries.append(
            {
                "ndb_no": food.ndb_no,
                "common_name": row["common_name"],
                "description": food.description,
                "food_group_code": food.food_group_code,
                "food_group": food.food_group,
                "category": row["category"],
                "diet_tags": diet_tags,
                "allergen_tags": row["allergen_tags"],
                "meals": row["meals"],
                "per_100g": {"energy_kcal": energy, **{k: nutrients[k] for k in NUTRIENT_KEYS}},
                "portions": [
                    {"seq": p.seq, "amount": p.amount, "unit": p.unit, "gram_weight": p.gram_weight}
                    for p in food.portions
                ],
            }
        )
    if errors:
        raise ValueError("Starter catalog cannot be built:\n" + "\n".join(errors))
    return {
        "source": "USDA National Nutrient Database for Standard Reference, Release 28 (2015); "
        "public domain. Values per 100 g edible portion; energy is SR nutrient 208 (kcal).",
        "generated_by": "scripts/build_starter_catalog.py from data/catalog/curated_foods.csv",
        "food_count": len(entries),
        "foods": entries,
    }


def render(data: dict[str, Any]) -> str:
    """Stable, reviewable JSON: one field per line, one portion per line, keys in order."""

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    head = [f" {dump(k)}: {dump(v)}," for k, v in data.items() if k != "foods"]
    blocks = []
    for food in data["foods"]:
        fields = [f"   {dump(k)}: {dump(v)}" for k, v in food.items() if k != "portions"]
        portions = ",\n".join(f"    {dump(p)}" for p in food["portions"])
        fields.append(f'   "portions": [\n{portions}\n   ]')
        blocks.append("  {\n" + ",\n".join(fields) + "\n  }")
    return "{\n" + "\n".join(head) + '\n "foods": [\n' + ",\n".join(blocks) + "\n ]\n}\n"


def main(argv: list[str] | None = None) -> int:
    """Build (or --check) the starter file; 0 on success."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--usda", help="SR28 ASCII folder (default: $USDA_DATA_DIR or ../shared/data/usda)"
    )
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    args = parser.parse_args(argv)
    folder = usda_dir(args.usda)
    if not folder.is_dir():
        print(
            f"USDA SR28 folder not found: {folder} (set USDA_DATA_DIR or --usda).", file=sys.stderr
        )
        return 2
    try:
        text = render(build(folder, read_curated()))
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 1
    if args.check:
        current = STARTER_FILE.read_text(encoding="utf-8") if STARTER_FILE.exists() else ""
        if current != text:
            print(f"{STARTER_FILE} is out of date; rebuild it.", file=sys.stderr)
            return 1
        print(f"{STARTER_FILE.name} is up to date.")
        return 0
    STARTER_FILE.write_text(text, encoding="utf-8")
    print(f"Wrote {STARTER_FILE.relative_to(REPO)}: {text.count(chr(10))} lines.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
