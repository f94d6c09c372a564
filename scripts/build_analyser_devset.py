# ruff: noqa: E501  (truth rows and meal records read best one entry a line)
"""Build the generated analyser development set (issue #11) from FNDDS foods and portions.

Independent of the parser: it reads only the compact FNDDS file, names each food from its
USDA description ("Potato chips, plain" -> "plain potato chips"), picks one of the food's
own USDA portions (household), a stated weight or volume (metric) or no amount (vague,
USDA's "Quantity not specified"), and writes meals of 1-4 foods as narrative sentences
or terse diary lines, some with typos. Expected nutrients come from the same FNDDS rows.
A fifth of the meals is kept aside in ``holdout.json``: report it, never tune on it.

Run:  uv run --frozen python scripts/build_analyser_devset.py
Then: uv run --frozen python -m domain.analyser.blind_eval data/analyser/devset/dev.json
"""

from __future__ import annotations

import gzip
import json
import random
import re
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
FNDDS = REPO / "data" / "catalog" / "fndds_foods.json.gz"
OUT = REPO / "data" / "analyser" / "devset"
SEED = 1111
MEALS = 650
HOLDOUT_SHARE = 0.2
FL_OZ_ML = 29.5735
OZ_G = 28.35
QNS = "Quantity not specified"
COUNT_WORDS = {1: "a", 2: "two", 3: "three"}
OPENERS = [
    "For breakfast I had", "At lunch I ate", "Dinner was", "I grabbed", "Um, I think I had",
    "Late at night I ate", "For a snack I had", "This morning I had", "We had", "I ate",
]  # fmt: skip
JOINERS = [" and ", ", ", " alongside ", " paired with ", " plus ", " & ", ", and then "]
DIARY_JOINERS = [", ", " + ", " & ", " and ", "; "]
# USDA description words that make a poor everyday name.
_SKIP = re.compile(
    r"\b(ns as to|nfs|baby|infant|as ingredient|formula|toddler|from school)\b", re.I
)
_SIMPLE_PORTION = re.compile(
    r"^1 (small|medium|large|cup|slice|tablespoon|teaspoon|piece|bar|can|bottle|egg|fruit|regular)$"
)


def everyday_name(description: str) -> str | None:
    """ "Potato chips, plain" -> "plain potato chips"; None when too long or coded."""
    if _SKIP.search(description) or "(" in description:
        return None
    parts = [p.strip().lower() for p in description.split(",")]
    if len(parts) > 2 or any(len(p.split()) > 3 for p in parts):
        return None
    if len(parts) == 1:
        return parts[0]
    if parts[1].split()[0] in ("with", "without", "no", "in", "from", "made", "100%"):
        return f"{parts[0]} {parts[1]}"  # "potato skins with cheese"
    return f"{parts[1]} {parts[0]}"  # "Potato chips, plain" -> "plain potato chips"


def values(entry: dict[str, Any], numbers: list[str]) -> dict[str, float]:
    row = dict(zip(numbers, entry["values"], strict=True))
    return {"energy_kcal": row["208"], "carbohydrate_g": row["205"], "protein_g": row["203"], "fat_g": row["204"]}  # fmt: skip


def typo(text: str, rng: random.Random) -> str:
    """Swap two inner letters of one long word (a slip of the fingers)."""
    words = text.split()
    long = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not long:
        return text
    i = rng.choice(long)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def item_for(food: dict[str, Any], rng: random.Random) -> tuple[str, dict[str, Any]] | None:
    """One mention of ``food`` and its truth (grams and how they were found)."""
    name = food["name"]
    portions = {desc: grams for _, desc, grams in food["portions"]}
    measure = rng.choice(["household", "household", "metric", "vague"])
    if measure == "household":
        simple = [d for d in portions if _SIMPLE_PORTION.match(d)]
        if not simple:
            measure = "metric"
        else:
            desc = rng.choice(simple)
            unit = desc[2:]
            count = rng.choice([1, 1, 2]) if unit not in ("cup", "tablespoon", "teaspoon") else 1
            lead = COUNT_WORDS[count]
            if unit in ("small", "medium", "large", "regular"):
                text = f"{lead} {unit} {name}" if count == 1 else f"{lead} {unit} {name}s"
            elif unit in ("egg", "fruit"):
                text = f"{lead} {name}" if count == 1 else f"{lead} {name}s"
            else:
                plural = unit + ("es" if unit.endswith("ch") else "s") if count > 1 else unit
                text = f"{lead} {plural} of {name}"
            return text, {"measure": "household", "grams": count * portions[desc], "portion": desc}
    if measure == "metric":
        floz = next((g for d, g in portions.items() if d.startswith("1 fl oz")), None)
        if floz is not None:
            ml = rng.choice([200, 250, 330, 355])
            text = rng.choice([f"{ml} ml of {name}", f"{name} {ml}ml"])
            return text, {"measure": "metric", "grams": ml / FL_OZ_ML * floz, "portion": None}
        grams = rng.choice([30, 50, 85, 100, 120, 150, 200])
        text = rng.choice([f"{grams} g of {name}", f"{name} {grams}g", f"{grams} grams of {name}"])
        return text, {"measure": "metric", "grams": float(grams), "portion": None}
    if QNS not in portions:
        return None
    text = rng.choice([f"some {name}", name])
    return text, {"measure": "vague", "grams": portions[QNS], "portion": QNS}


def build() -> dict[str, list[dict[str, Any]]]:
    document = json.loads(gzip.decompress(FNDDS.read_bytes()))
    numbers = document["nutrient_numbers"]
    foods = []
    for entry in document["foods"]:
        name = everyday_name(entry["description"])
        if name and entry["portions"]:
            foods.append({**entry, "name": name, "per100": values(entry, numbers)})
    rng = random.Random(SEED)
    meals = []
    for n in range(MEALS):
        shape = rng.choice(["narrative", "diary"])
        parts, items = [], []
        for food in rng.sample(foods, rng.choice([1, 1, 2, 2, 3, 4])):
            found = item_for(food, rng)
            if found is None:
                continue
            text, truth = found
            parts.append(text)
            items.append({"food_code": food["food_code"], "description": food["description"], **truth, "per100": food["per100"]})  # fmt: skip
        if not items:
            continue
        if shape == "narrative":
            body = parts[0] + "".join(rng.choice(JOINERS) + p for p in parts[1:])
            text = f"{rng.choice(OPENERS)} {body}."
        else:
            text = "".join(
                (rng.choice(DIARY_JOINERS) if i else "") + p for i, p in enumerate(parts)
            )
        if rng.random() < 0.15:
            text = typo(text, rng)
        expected = {
            key: round(sum(i["per100"][key] * i["grams"] / 100 for i in items), 1)
            for key in ("energy_kcal", "carbohydrate_g", "protein_g", "fat_g")
        }
        kinds = {i["measure"] for i in items}
        meals.append({
            "id": f"gen-{n:04d}", "text": text, "shape": shape, "origin": "generated",
            "measure": kinds.pop() if len(kinds) == 1 else "mixed",
            "vague": any(i["measure"] == "vague" for i in items),
            "items": [{k: v for k, v in i.items() if k != "per100"} for i in items],
            "expected": expected,
        })  # fmt: skip
    rng.shuffle(meals)
    cut = int(len(meals) * (1 - HOLDOUT_SHARE))
    return {"dev": meals[:cut], "holdout": meals[cut:]}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for part, meals in build().items():
        document = {"source": "FNDDS 2021-2023 (compact catalog file)", "part": part, "count": len(meals), "meals": meals}  # fmt: skip
        (OUT / f"{part}.json").write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
        print(part, len(meals))


if __name__ == "__main__":
    main()
