"""``manage.py import_usda PATH``: import an official USDA release into the catalog.

PATH is an SR28 ASCII folder (``FOOD_DES.txt``, ``NUT_DATA.txt`` or ``.txt.gz``, ...) or
a FoodData Central CSV release (a zip or a folder with ``food.csv``; SR Legacy and
Foundation foods are imported). Idempotent: re-running updates foods in place.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from core.catalog.importer import import_foods
from core.catalog.tasks import add_background_argument, queue_import
from domain.usda import count_sr28, is_fdc_release, is_sr28_folder, read_fdc, read_sr28


class Command(BaseCommand):
    help = "Import a USDA SR28 ASCII folder or a FoodData Central CSV release (zip or folder)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="SR28 folder, or FDC CSV zip/folder")
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")
        add_background_argument(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["path"]).expanduser()
        if options["background"]:
            queue_import(
                self,
                "import_usda",
                [str(path.resolve()), "--batch-size", str(options["batch_size"])],
            )
            return
        if not path.exists():
            raise CommandError(f"{path} does not exist.")
        if is_sr28_folder(path):
            kind, total, foods = "SR28", count_sr28(path), read_sr28(path)
        elif is_fdc_release(path):
            kind, total, foods = "FoodData Central", None, read_fdc(path)
        else:
            raise CommandError(
                f"{path} is neither an SR28 ASCII folder (FOOD_DES.txt) nor an FDC CSV "
                "release (food.csv in a folder or zip)."
            )
        show = not options["no_progress"] and options.get("verbosity", 1) > 0
        started = time.monotonic()
        with tqdm(total=total, unit="food", desc=f"Importing {kind}", disable=not show) as bar:
            try:
                stats = import_foods(foods, batch_size=options["batch_size"], on_batch=bar.update)
            except (FileNotFoundError, KeyError, ValueError) as exc:
                raise CommandError(f"Cannot read {path}: {exc}") from exc
        elapsed = time.monotonic() - started
        self.stdout.write(
            f"Imported {stats.foods} {kind} foods ({stats.created} new, {stats.updated} updated), "
            f"{stats.nutrient_values} nutrient values, {stats.portions} portions "
            f"in {elapsed:.1f} s."
        )
        if stats.without_energy:
            self.stdout.write(f"{len(stats.without_energy)} foods have no energy value.")
