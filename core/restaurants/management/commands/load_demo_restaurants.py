"""``manage.py load_demo_restaurants``: the shipped demo restaurants (idempotent).

The data (``data/restaurants/demo_restaurants.json``) is illustrative: fictional places
with plausible menus and nutrition, for trying the app. Rows are keyed by their
``demo:`` external ids, so running it again updates them instead of adding copies.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.restaurants.importer import ImportFailed, import_restaurants, read_records
from core.restaurants.models import Source

DEMO_FILE = Path(settings.BASE_DIR) / "data" / "restaurants" / "demo_restaurants.json"


class Command(BaseCommand):
    help = "Load the demo restaurants and menus shipped in data/restaurants/ (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            result = import_restaurants(read_records(DEMO_FILE), source=Source.DEMO)
        except ImportFailed as exc:
            raise CommandError(f"The demo restaurant file is invalid: {exc}") from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo restaurants: {result.created} created, {result.updated} updated, "
                f"{result.menu_items} menu items (illustrative demo data)."
            )
        )
