"""Load demo data for `make run`: the starter and FNDDS catalogs, restaurants and a demo user.

Idempotent: running it again refreshes the demo user's profile and leaves existing log
entries alone. Everything here is demo data; the food log values are computed from the
USDA-based starter catalog, not typed in.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from core.accounts.models import User
from core.catalog.models import CatalogFood
from core.catalog.services import nutrients_for
from core.foodlog.models import FoodEntry
from core.weight.models import WeightEntry

DEMO_EMAIL = "demo@healthbite.app"
DEMO_PASSWORD = "healthbite-demo-2026"
DEMO_PROFILE: dict[str, Any] = {
    "name": "Demo User",
    "age": 34,
    "gender": "female",
    "height": 168.0,
    "weight": 66.0,
    "activity_level": "moderate",
    "goals": ["lose_weight", "eat_healthier"],
    "dietary_preferences": [],
    "allergies": [],
    "timezone": "UTC",
}
# (meal, hour, NDB number, grams): a plausible day, repeated with small changes.
DEMO_DAY = [
    ("breakfast", 8, "08121", 234),  # oatmeal, 1 cup
    ("breakfast", 8, "09040", 118),  # banana, 1 medium
    ("lunch", 13, "05064", 140),  # roasted chicken breast
    ("lunch", 13, "20045", 158),  # white rice, 1 cup
    ("lunch", 13, "11091", 78),  # broccoli, 1/2 cup
    ("snack", 16, "01256", 170),  # greek yogurt, 1 container
    ("dinner", 19, "01123", 100),  # 2 eggs
    ("dinner", 19, "18069", 58),  # 2 slices white bread
]


class Command(BaseCommand):
    help = "Load the starter catalog and a demo user with a week of food log (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("load_starter_catalog", verbosity=options["verbosity"])
        call_command("load_fndds_catalog", verbosity=options["verbosity"])
        call_command("load_demo_restaurants", verbosity=options["verbosity"])
        with transaction.atomic():
            user, created = User.objects.get_or_create(email=DEMO_EMAIL, defaults=DEMO_PROFILE)
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
            if not user.food_entries.exists():
                self._log_week(user)
        self.stdout.write(
            self.style.SUCCESS(f"Demo user: {DEMO_EMAIL} / password: {DEMO_PASSWORD}")
        )

    def _log_week(self, user: User) -> None:
        foods = CatalogFood.objects.in_bulk([ndb for *_, ndb, _ in DEMO_DAY], field_name="ndb_no")
        now = timezone.now()
        today = timezone.localdate(now)
        entries = []
        for days_ago in range(7):
            day = today - timedelta(days=days_ago)
            for index, (meal, hour, ndb_no, grams) in enumerate(DEMO_DAY):
                logged_at = timezone.make_aware(datetime.combine(day, time(hour, 0)))
                # Skip an item now and then (real logs vary), and meals later than now.
                if (days_ago + index) % 5 == 4 or logged_at > now:
                    continue
                food = foods[ndb_no]
                calories, nutrients = nutrients_for(food, grams)
                entries.append(
                    FoodEntry(
                        user=user,
                        name=food.common_name or food.description,
                        calories=calories,
                        nutrients=nutrients,
                        meal=meal,
                        logged_at=logged_at,
                        catalog_food=food,
                        grams=grams,
                    )
                )
        FoodEntry.objects.bulk_create(entries)
        WeightEntry.objects.bulk_create(
            [
                WeightEntry(
                    user=user,
                    weight=66.0 - 0.3 * (6 - days_ago) / 3,
                    measured_at=timezone.make_aware(
                        datetime.combine(today - timedelta(days=days_ago), time(7))
                    ),
                )
                for days_ago in (6, 3, 0)
            ]
        )
