"""The profile accepts the ``halal`` preference (domain.diet) and still refuses unknown words."""

from __future__ import annotations

import pytest

from core.accounts.models import User

pytestmark = pytest.mark.django_db

PROFILE = "/api/v1/profile/"


def test_profile_accepts_halal(user: User, auth_client) -> None:
    response = auth_client.patch(
        PROFILE, {"dietary_preferences": ["halal", "low_sodium"]}, format="json"
    )
    assert response.status_code == 200, response.json()
    assert response.json()["dietary_preferences"] == ["halal", "low_sodium"]
    user.refresh_from_db()
    assert user.dietary_preferences == ["halal", "low_sodium"]


def test_unknown_preference_is_a_clear_400(user: User, auth_client) -> None:
    response = auth_client.patch(
        PROFILE, {"dietary_preferences": ["halal", "zabiha_only"]}, format="json"
    )
    assert response.status_code == 400
    body = response.json()
    assert body["error"]
    message = str(body["details"]["dietary_preferences"])
    assert "zabiha_only" in message and "halal" in message  # the allowed words are listed
    user.refresh_from_db()
    assert "halal" not in (user.dietary_preferences or [])  # nothing changed
