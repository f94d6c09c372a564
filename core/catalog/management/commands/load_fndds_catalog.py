"""``manage.py load_fndds_catalog``: load the committed FNDDS foods as eaten (idempotent)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from core.catalog.fndds import FNDDS_FILE, load_fndds_catalog


class Command(BaseCommand):
    help = "Load the FNDDS foods as eaten shipped in data/catalog/fndds_foods.json.gz."

    def handle(self, *args: Any, **options: Any) -> None:
        stats = load_fndds_catalog()
        self.stdout.write(
            f"FNDDS catalog from {FNDDS_FILE.name}: {stats.created} foods created, "
            f"{stats.updated} updated, {stats.portions} portions."
        )
