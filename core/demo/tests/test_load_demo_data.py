"""`make run`'s demo loader: idempotent, and its log numbers come from the catalog."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

from core.catalog.models import CatalogFood
from core.demo.management.commands.load_demo_data import DEMO_EMAIL, DEMO_PASSWORD
from core.foodlog.models import FoodEntry
from core.restaurants.models import Restaurant

pytestmark = pytest.mark.django_db


def test_demo_data_loads_twice_and_logs_in() -> None:
    out = StringIO()
    call_command("load_demo_data", stdout=out)
    assert DEMO_EMAIL in out.getvalue() and DEMO_PASSWORD in out.getvalue()
    counts = (CatalogFood.objects.count(), FoodEntry.objects.count(), Restaurant.objects.count())
    assert counts[0] >= 400 and counts[1] > 30 and counts[2] >= 60
    call_command("load_demo_data", stdout=StringIO())
    assert (
        CatalogFood.objects.count(),
        FoodEntry.objects.count(),
        Restaurant.objects.count(),
    ) == counts

    login = APIClient().post(
        "/api/v1/auth/login/", {"email": DEMO_EMAIL, "password": DEMO_PASSWORD}, format="json"
    )
    assert login.status_code == 200
    rice = FoodEntry.objects.filter(catalog_food__ndb_no="20045").first()
    assert rice is not None and rice.calories == pytest.approx(
        130 * 1.58, abs=0.1
    )  # USDA 130 kcal/100 g
