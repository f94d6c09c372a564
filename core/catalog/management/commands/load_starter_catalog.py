"""``manage.py load_starter_catalog``: load the shipped starter foods (idempotent)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from core.catalog.starter import STARTER_FILE, load_starter_catalog


class Command(BaseCommand):
    help = "Load the curated starter food catalog (data/catalog/starter_foods.json)."

    def handle(self, *args: Any, **options: Any) -> None:
        stats = load_starter_catalog()
        self.stdout.write(
            f"Starter catalog from {STARTER_FILE.name}: {stats.created} foods created, "
            f"{stats.updated} updated, {stats.portions} portions."
        )
