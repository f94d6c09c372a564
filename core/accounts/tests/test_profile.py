"""Profile read/update, AI-sharing consent, export and erasure."""

from __future__ import annotations

import pytest
from django.db import models
from rest_framework_simplejwt.token_blacklist.models import OutstandingToken

from core.accounts.models import User
from core.api.testing import client_for
from core.foodlog.models import FoodEntry

pytestmark = pytest.mark.django_db

PROFILE = "/api/v1/profile/"
EXPORT = "/api/v1/profile/export/"


def test_anonymous_gets_401(api) -> None:
    for response in (
        api.get(PROFILE),
        api.patch(PROFILE, {"name": "x"}, format="json"),
        api.put(PROFILE, {"name": "x"}, format="json"),
        api.delete(PROFILE),
        api.get(EXPORT),
    ):
        assert response.status_code == 401
        assert response.json()["error"]


def test_get_profile_has_contract_fields(user: User, auth_client) -> None:
    body = auth_client.get(PROFILE).json()
    for key in (
        "id",
        "email",
        "name",
        "age",
        "gender",
        "height",
        "weight",
        "goals",
        "date_joined",
        "activity_level",
        "dietary_preferences",
        "allergies",
        "timezone",
        "ai_data_sharing",
    ):
        assert key in body
    assert body["id"] == user.pk


def test_patch_and_put_update_profile(user: User, auth_client) -> None:
    response = auth_client.patch(
        PROFILE, {"age": 40, "weight": 80.5, "timezone": "Asia/Tokyo"}, format="json"
    )
    assert response.status_code == 200, response.content
    user.refresh_from_db()
    assert (user.age, user.weight, user.timezone) == (40, 80.5, "Asia/Tokyo")
    put = auth_client.put(
        PROFILE, {"name": "New Name", "height": 180, "gender": "male"}, format="json"
    )
    assert put.status_code == 200
    user.refresh_from_db()
    assert user.name == "New Name" and user.height == 180 and user.age == 40


def test_profile_update_ignores_server_owned_fields(user: User, auth_client) -> None:
    original_email, joined = user.email, user.date_joined
    response = auth_client.patch(
        PROFILE,
        {
            "id": 4242,
            "email": "hijack@example.com",
            "is_staff": True,
            "is_superuser": True,
            "date_joined": "2001-01-01T00:00:00Z",
            "ai_data_sharing_consented_at": "2001-01-01T00:00:00Z",
            "password": "x",
        },
        format="json",
    )
    assert response.status_code == 200
    fresh = User.objects.get(pk=user.pk)
    assert fresh.email == original_email and fresh.date_joined == joined
    assert not fresh.is_staff and not fresh.is_superuser
    assert fresh.ai_data_sharing_consented_at is None
    assert fresh.check_password("Str0ng-pass!")
    assert not User.objects.filter(pk=4242).exists()


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"age": 5}, "age"),
        ({"height": 300}, "height"),
        ({"weight": 10}, "weight"),
        ({"timezone": "Nowhere/City"}, "timezone"),
        ({"gender": "x"}, "gender"),
        ({"allergies": ["gluten"]}, "allergies"),
        ({"name": "   "}, "name"),
        ({"body_fat_percent": 90}, "body_fat_percent"),
    ],
)
def test_invalid_profile_update_changes_nothing(user: User, auth_client, payload, field) -> None:
    before = User.objects.filter(pk=user.pk).values().get()
    response = auth_client.patch(PROFILE, {"age": 30, **payload}, format="json")
    assert response.status_code == 400
    assert field in response.json()["details"]
    assert User.objects.filter(pk=user.pk).values().get() == before


def test_ai_sharing_consent_is_timestamped_and_revocable(user: User, auth_client) -> None:
    on = auth_client.patch(PROFILE, {"ai_data_sharing": True}, format="json").json()
    assert on["ai_data_sharing"] is True and on["ai_data_sharing_consented_at"]
    stamp = User.objects.get(pk=user.pk).ai_data_sharing_consented_at
    # opting in again keeps the original consent time
    auth_client.patch(PROFILE, {"ai_data_sharing": True}, format="json")
    assert User.objects.get(pk=user.pk).ai_data_sharing_consented_at == stamp
    off = auth_client.patch(PROFILE, {"ai_data_sharing": False}, format="json").json()
    assert off["ai_data_sharing"] is False and off["ai_data_sharing_consented_at"] is None


def _owned_counts(user_id: int) -> dict[str, int]:
    counts = {}
    for rel in User._meta.related_objects:
        if isinstance(rel, models.ManyToOneRel) and not rel.many_to_many:
            model = rel.related_model
            counts[model._meta.db_table] = model._default_manager.filter(
                **{f"{rel.field.name}_id": user_id}
            ).count()
    return counts


def test_export_contains_only_own_rows(user: User, other_user: User, auth_client) -> None:
    FoodEntry.objects.create(user=user, name="apple", calories=95, nutrients={"carbs": 25})
    FoodEntry.objects.create(user=other_user, name="secret", calories=1)
    body = auth_client.get(EXPORT).json()
    assert body["profile"]["email"] == user.email
    assert [row["name"] for row in body["foods"]] == ["apple"]
    assert body["foods"][0]["nutrients"] == {"carbs": 25}
    assert "nutrient_carbs" not in body["foods"][0]
    assert "secret" not in str(body)
    assert "token_blacklist_outstandingtoken" not in body


def test_erase_requires_password_and_leaves_no_rows(user: User, other_user: User) -> None:
    client = client_for(user)  # issues tokens: outstanding token rows exist for the user
    client_for(user)
    FoodEntry.objects.create(user=user, name="apple", calories=95)
    FoodEntry.objects.create(user=other_user, name="keep", calories=1)
    assert OutstandingToken.objects.filter(user=user).exists()
    wrong = client.delete(PROFILE, {"password": "nope"}, format="json")
    assert wrong.status_code == 400 and "password" in wrong.json()["details"]
    missing = client.delete(PROFILE, {}, format="json")
    assert missing.status_code == 400
    assert User.objects.filter(pk=user.pk).exists()
    user_id = user.pk
    assert client.delete(PROFILE, {"password": "Str0ng-pass!"}, format="json").status_code == 204
    assert not User.objects.filter(pk=user_id).exists()
    assert all(count == 0 for count in _owned_counts(user_id).values()), _owned_counts(user_id)
    assert OutstandingToken.objects.filter(user_id=user_id).count() == 0
    assert FoodEntry.objects.filter(user=other_user).count() == 1
    # the old access token no longer works
    assert client.get(PROFILE).status_code == 401
