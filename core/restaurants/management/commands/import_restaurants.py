"""``manage.py import_restaurants PATH``: load restaurants (and menus) from JSON or CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from core.restaurants.importer import ImportFailed, import_restaurants, read_records
from core.restaurants.models import Source


class Command(BaseCommand):
    help = (
        "Import restaurants from a .json (with menus) or .csv file; all or nothing. "
        "See core/restaurants/importer.py for the format."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path, help="a .json or .csv file")
        parser.add_argument(
            "--source",
            choices=[Source.IMPORT, Source.DEMO, Source.MANUAL],
            default=Source.IMPORT,
            help="the source recorded on new rows (default: import)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["path"]
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            result = import_restaurants(read_records(path), source=options["source"])
        except ImportFailed as exc:
            listed = "\n  ".join(exc.problems[:50])
            more = f"\n  ... and {len(exc.problems) - 50} more" if len(exc.problems) > 50 else ""
            raise CommandError(f"Nothing imported from {path}:\n  {listed}{more}") from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {path.name}: {result.created} created, {result.updated} updated, "
                f"{result.menu_items} menu items."
            )
        )
