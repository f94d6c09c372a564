"""``/foods/``: the shared permission matrix plus the food log's own rules."""

from __future__ import annotations

from typing import Any

from core.accounts.models import User
from core.api.testing import OwnedResourceMatrix
from core.foodlog.models import FoodEntry

FOODS = "/api/v1/foods/"


class TestFoodsMatrix(OwnedResourceMatrix):
    list_url = FOODS
    model = FoodEntry
    valid_payload = {
        "name": "Oatmeal",
        "calories": 310,
        "nutrients": {"protein": 11, "carbs": 54, "fats": 6, "sodium": 120},
        "meal": "breakfast",
    }
    update_payload = {"calories": 350, "meal": "snack"}
    invalid_payloads: list[tuple[dict[str, Any], str]] = [
        ({"name": "x", "calories": -1}, "calories"),
        ({"name": "x", "calories": 20001}, "calories"),
        ({"name": "x", "calories": "lots"}, "calories"),
        ({"name": "x", "calories": 10, "nutrients": {"protein": -2}}, "nutrients"),
        ({"name": "x", "calories": 10, "meal": "brunch"}, "meal"),
        ({"name": "x", "calories": 10, "logged_at": "yesterday"}, "logged_at"),
        ({"name": "   ", "calories": 10}, "name"),
    ]

    def make_instance(self, user: User) -> FoodEntry:
        return FoodEntry.objects.create(
            user=user, name="Apple", calories=95, nutrients={"fiber": 4}
        )


def test_created_entry_round_trips(auth_client, user: User) -> None:
    response = auth_client.post(
        FOODS,
        {
            "name": "Eggs",
            "calories": 155,
            "nutrients": {"protein": 13},
            "logged_at": "2025-03-01T08:00:00Z",
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert set(body) == {
        "id",
        "name",
        "calories",
        "nutrients",
        "meal",
        "logged_at",
        "catalog_food",
        "grams",
        "created_at",
        "updated_at",
    }
    assert body["logged_at"] == "2025-03-01T08:00:00Z" and body["meal"] == ""
    row = FoodEntry.objects.get(pk=body["id"])
    assert (row.user_id, row.name, row.calories, row.nutrients) == (
        user.pk,
        "Eggs",
        155.0,
        {"protein": 13.0},
    )


def test_logged_at_defaults_to_now(auth_client) -> None:
    from django.utils import timezone

    before = timezone.now()
    response = auth_client.post(FOODS, {"name": "Tea", "calories": 2}, format="json")
    assert response.status_code == 201
    row = FoodEntry.objects.get(pk=response.json()["id"])
    assert before <= row.logged_at <= timezone.now()


def test_naive_logged_at_is_the_users_local_time(user: User, client_of) -> None:
    user.timezone = "Asia/Tokyo"
    user.save()
    response = client_of(user).post(
        FOODS, {"name": "Rice", "calories": 200, "logged_at": "2025-03-01T08:30:00"}, format="json"
    )
    assert response.status_code == 201, response.content
    assert response.json()["logged_at"] == "2025-02-28T23:30:00Z"


def test_logged_at_far_in_the_future_is_refused(auth_client) -> None:
    response = auth_client.post(
        FOODS, {"name": "Cake", "calories": 400, "logged_at": "2999-01-01T00:00:00Z"}, format="json"
    )
    assert response.status_code == 400
    assert "logged_at" in response.json()["details"]
    assert not FoodEntry.objects.exists()


def test_put_replaces_and_patch_keeps_other_fields(auth_client, user: User) -> None:
    entry = FoodEntry.objects.create(
        user=user, name="Toast", calories=80, meal="breakfast", nutrients={"carbs": 15}
    )
    patched = auth_client.patch(f"{FOODS}{entry.pk}/", {"calories": 90}, format="json")
    assert patched.status_code == 200
    entry.refresh_from_db()
    assert (entry.name, entry.calories, entry.meal, entry.nutrients) == (
        "Toast",
        90,
        "breakfast",
        {"carbs": 15},
    )
    put = auth_client.put(f"{FOODS}{entry.pk}/", {"name": "Bagel", "calories": 250}, format="json")
    assert put.status_code == 200
    entry.refresh_from_db()
    assert (entry.name, entry.calories) == ("Bagel", 250)


def test_user_cannot_be_reassigned_on_update(auth_client, user: User, other_user: User) -> None:
    entry = FoodEntry.objects.create(user=user, name="Toast", calories=80)
    response = auth_client.patch(
        f"{FOODS}{entry.pk}/", {"user": other_user.pk, "id": 999}, format="json"
    )
    assert response.status_code == 200
    entry.refresh_from_db()
    assert entry.user_id == user.pk
    assert not FoodEntry.objects.filter(pk=999).exists()


def test_legacy_alias_serves_the_same_rows(auth_client, user: User) -> None:
    entry = FoodEntry.objects.create(user=user, name="Toast", calories=80)
    body = auth_client.get("/api/foods/").json()
    assert [item["id"] for item in body["results"]] == [entry.pk]
