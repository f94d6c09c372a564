"""``manage.py import_fndds [PATH]``: import USDA's FNDDS folder (foods as eaten).

PATH is the FNDDS CSV folder (default ``../shared/data/fndds``). Ingredient food groups
for the derived allergen and diet tags come from the SR28 folder (``--usda``, default
``../shared/data/usda``); without it they fall back to NDB-number prefixes, and the output
says so. Idempotent: re-running updates foods in place (keyed by food code).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from core.catalog.fndds import import_fndds_entries
from core.catalog.tasks import add_background_argument, queue_import
from domain.fndds import is_fndds_folder
from domain.fndds_catalog import build_catalog

SHARED = Path(settings.BASE_DIR).parent / "shared" / "data"


class Command(BaseCommand):
    help = "Import USDA FNDDS 2021-2023 foods as eaten (CSV folder) into the catalog."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", nargs="?", default=str(SHARED / "fndds"))
        parser.add_argument("--usda", default=str(SHARED / "usda"), help="SR28 folder")
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")
        add_background_argument(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["path"]).expanduser()
        if options["background"]:
            queue_import(
                self,
                "import_fndds",
                [
                    str(path.resolve()),
                    "--usda",
                    str(Path(options["usda"]).expanduser().resolve()),
                    "--batch-size",
                    str(options["batch_size"]),
                ],
            )
            return
        if not is_fndds_folder(path):
            raise CommandError(
                f"{path} is not an FNDDS CSV folder (fndds_foods.csv, fndds_nutrients_per100g"
                ".csv, fndds_nutrient_columns.csv, fndds_portions.csv, fndds_ingredients.csv)."
            )
        usda = Path(options["usda"]).expanduser()
        started = time.monotonic()
        try:
            data = build_catalog(path, usda if usda.is_dir() else None)
        except (KeyError, ValueError) as exc:
            raise CommandError(f"Cannot read {path}: {exc}") from exc
        self.stdout.write(f"Ingredient food groups from: {data['sr_food_groups']}.")
        show = not options["no_progress"] and options.get("verbosity", 1) > 0
        with tqdm(
            total=data["food_count"], unit="food", desc="Importing FNDDS", disable=not show
        ) as bar:
            stats = import_fndds_entries(
                data["foods"],
                data["nutrient_numbers"],
                batch_size=options["batch_size"],
                on_batch=bar.update,
            )
        elapsed = time.monotonic() - started
        self.stdout.write(
            f"Imported {stats.foods} FNDDS foods ({stats.created} new, {stats.updated} updated), "
            f"{stats.nutrient_values} nutrient values, {stats.portions} portions "
            f"in {elapsed:.1f} s."
        )
        if data["skipped_without_nutrients"]:
            self.stdout.write(
                "Skipped (no nutrient values in FNDDS): "
                + ", ".join(data["skipped_without_nutrients"])
            )
