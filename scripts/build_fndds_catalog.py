"""Build ``data/catalog/fndds_foods.json.gz`` from USDA's FNDDS folder (and SR28 groups).

    uv run python -m scripts.build_fndds_catalog [--fndds DIR] [--usda DIR] [--check]

Every FNDDS 2021-2023 food that has nutrients (all but "Milk, human") with its 65 values
per 100 g, its portions, its recipe, derived allergen/diet tags and catalog category. The
output is deterministic (food-code order, one food per line, gzip with mtime 0), so a
rebuild that changes nothing leaves the file identical. ``--check`` exits non-zero when the
file on disk differs from a fresh build.

No Django here: it runs on a machine with only the repository and the USDA folders.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from pathlib import Path
from typing import Any

from domain.fndds import is_fndds_folder
from domain.fndds_catalog import build_catalog, tag_figures

REPO = Path(__file__).resolve().parent.parent
FNDDS_FILE = REPO / "data" / "catalog" / "fndds_foods.json.gz"


def fndds_dir(explicit: str | None = None) -> Path:
    """The FNDDS folder: --fndds, else $FNDDS_DATA_DIR, else ../shared/data/fndds."""
    return Path(explicit or os.environ.get("FNDDS_DATA_DIR") or REPO.parent / "shared/data/fndds")


def usda_dir(explicit: str | None = None) -> Path:
    """The SR28 folder: --usda, else $USDA_DATA_DIR, else ../shared/data/usda."""
    return Path(explicit or os.environ.get("USDA_DATA_DIR") or REPO.parent / "shared/data/usda")


def render(data: dict[str, Any]) -> str:
    """Compact JSON with one food per line (readable once unzipped, diffable)."""

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    head = [f"{dump(k)}:{dump(v)}," for k, v in data.items() if k != "foods"]
    foods = ",\n".join(dump(food) for food in data["foods"])
    return "{\n" + "\n".join(head) + '\n"foods":[\n' + foods + "\n]}\n"


def compress(text: str) -> bytes:
    """Gzip with no timestamp or file name, so equal text gives equal bytes."""
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def read_text(path: Path = FNDDS_FILE) -> str:
    """The committed file's JSON text ("" when it does not exist)."""
    return gzip.decompress(path.read_bytes()).decode("utf-8") if path.exists() else ""


def main(argv: list[str] | None = None) -> int:
    """Build (or --check) the FNDDS catalog file; 0 on success."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fndds", help="FNDDS CSV folder (default: $FNDDS_DATA_DIR or ../shared)")
    parser.add_argument("--usda", help="SR28 folder for ingredient food groups (optional)")
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    args = parser.parse_args(argv)
    folder = fndds_dir(args.fndds)
    if not is_fndds_folder(folder):
        print(f"FNDDS folder not found: {folder} (set FNDDS_DATA_DIR or --fndds).", file=sys.stderr)
        return 2
    usda = usda_dir(args.usda)
    data = build_catalog(folder, usda if usda.is_dir() else None)
    text = render(data)
    print(f"Ingredient food groups from: {data['sr_food_groups']}.")
    if args.check:
        if read_text() != text:
            print(f"{FNDDS_FILE} is out of date; rebuild it.", file=sys.stderr)
            return 1
        print(f"{FNDDS_FILE.name} is up to date ({data['food_count']} foods).")
        return 0
    FNDDS_FILE.write_bytes(compress(text))
    print(
        f"Wrote {FNDDS_FILE.relative_to(REPO)}: {data['food_count']} foods, "
        f"{FNDDS_FILE.stat().st_size:,} bytes."
    )
    for key, counts in tag_figures(data["foods"]).items():
        print(f"  {key}: " + ", ".join(f"{tag} {n}" for tag, n in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
