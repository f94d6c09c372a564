"""Registration, login, refresh rotation, logout and token forgery."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import pytest
from django.contrib.auth.hashers import make_password
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import AccessToken

from core.accounts.models import User
from core.api.testing import client_for, make_user

pytestmark = pytest.mark.django_db

REGISTER = "/api/v1/auth/register/"
LOGIN = "/api/v1/auth/login/"
REFRESH = "/api/v1/auth/token/refresh/"
LOGOUT = "/api/v1/auth/logout/"
PROFILE = "/api/v1/profile/"

GOOD = {
    "email": "Ada@Example.com",
    "name": "Ada",
    "password": "c0rrect-Horse-battery",
    "password2": "c0rrect-Horse-battery",
}


def register(api: APIClient, **extra: object):
    return api.post(REGISTER, {**GOOD, **extra}, format="json")


def test_register_returns_user_and_tokens(api: APIClient) -> None:
    response = register(
        api,
        age=36,
        gender="female",
        height=170,
        weight=65.5,
        goals=["lose_weight"],
        activity_level="moderate",
        dietary_preferences=["vegetarian"],
        allergies=["peanuts"],
        timezone="Europe/London",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["user"]["email"] == "ada@example.com"
    assert body["user"]["ai_data_sharing"] is False
    assert set(body["tokens"]) == {"refresh", "access"}
    user = User.objects.get(email="ada@example.com")
    assert user.password.startswith("argon2")
    assert user.timezone == "Europe/London" and user.allergies == ["peanuts"]
    # the access token works
    me = APIClient()
    me.credentials(HTTP_AUTHORIZATION=f"Bearer {body['tokens']['access']}")
    assert me.get(PROFILE).json()["email"] == "ada@example.com"


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"password2": "different-Pass-123"}, "password2"),
        ({"password": "password", "password2": "password"}, "password"),
        ({"password": "12345678901", "password2": "12345678901"}, "password"),
        ({"email": "not-an-email"}, "email"),
        # Just outside the shared profile ranges (domain.profile_ranges; they were 13-120
        # years, 50-272 cm and 20-400 kg, wider than the planners accepted).
        ({"age": 17}, "age"),
        ({"age": 121}, "age"),
        ({"height": 99.9}, "height"),
        ({"height": 250.1}, "height"),
        ({"weight": 29.9}, "weight"),
        ({"weight": 350.1}, "weight"),
        ({"gender": "robot"}, "gender"),
        ({"activity_level": "couch"}, "activity_level"),
        ({"dietary_preferences": ["carnivore"]}, "dietary_preferences"),
        ({"allergies": "peanuts"}, "allergies"),
        ({"goals": ["get_rich"]}, "goals"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"name": ""}, "name"),
    ],
)
def test_register_rejects_bad_input_and_writes_nothing(
    api: APIClient, extra: dict, field: str
) -> None:
    response = register(api, **extra)
    assert response.status_code == 400, response.content
    body = response.json()
    assert field in body["details"], body
    assert body["error"].startswith("Invalid input")
    assert User.objects.count() == 0


def test_register_duplicate_email(api: APIClient) -> None:
    assert register(api).status_code == 201
    again = register(api, email="ADA@example.com")
    assert again.status_code == 400
    assert "email" in again.json()["details"]
    assert User.objects.count() == 1


def test_register_ignores_server_owned_fields(api: APIClient) -> None:
    response = register(
        api,
        is_staff=True,
        is_superuser=True,
        id=999,
        date_joined="2000-01-01T00:00:00Z",
        ai_data_sharing_consented_at="2000-01-01T00:00:00Z",
    )
    assert response.status_code == 201
    user = User.objects.get(email="ada@example.com")
    assert not user.is_staff and not user.is_superuser and user.pk != 999
    assert user.date_joined.year > 2000
    assert user.ai_data_sharing_consented_at is None


def test_login_and_bad_credentials(api: APIClient) -> None:
    make_user(email="bob@example.com", password="Str0ng-pass!")
    ok = api.post(LOGIN, {"email": "BOB@example.com", "password": "Str0ng-pass!"}, format="json")
    assert ok.status_code == 200
    assert ok.json()["user"]["email"] == "bob@example.com" and "access" in ok.json()["tokens"]
    bad = api.post(LOGIN, {"email": "bob@example.com", "password": "wrong"}, format="json")
    assert bad.status_code == 401
    assert bad.json()["error"] == "The email or password is incorrect."
    unknown = api.post(LOGIN, {"email": "nobody@example.com", "password": "x"}, format="json")
    assert unknown.status_code == 401
    missing = api.post(LOGIN, {"email": "bob@example.com"}, format="json")
    assert missing.status_code == 400 and "password" in missing.json()["details"]


def test_inactive_user_cannot_log_in(api: APIClient) -> None:
    make_user(email="gone@example.com", is_active=False)
    response = api.post(
        LOGIN, {"email": "gone@example.com", "password": "Str0ng-pass!"}, format="json"
    )
    assert response.status_code == 401


def test_bcrypt_hashes_still_verify_and_upgrade(api: APIClient) -> None:
    user = make_user(email="legacy@example.com")
    User.objects.filter(pk=user.pk).update(
        password=make_password("Old-Secret-42", hasher="bcrypt_sha256")
    )
    response = api.post(
        LOGIN, {"email": "legacy@example.com", "password": "Old-Secret-42"}, format="json"
    )
    assert response.status_code == 200
    assert User.objects.get(pk=user.pk).password.startswith("argon2")


def test_refresh_rotates_and_old_refresh_is_rejected(api: APIClient) -> None:
    tokens = register(api).json()["tokens"]
    first = api.post(REFRESH, {"refresh": tokens["refresh"]}, format="json")
    assert first.status_code == 200
    rotated = first.json()
    assert set(rotated) == {"access", "refresh"} and rotated["refresh"] != tokens["refresh"]
    reuse = api.post(REFRESH, {"refresh": tokens["refresh"]}, format="json")
    assert reuse.status_code == 401
    assert "error" in reuse.json()
    assert api.post(REFRESH, {"refresh": rotated["refresh"]}, format="json").status_code == 200


def test_logout_blacklists_refresh(api: APIClient) -> None:
    tokens = register(api).json()["tokens"]
    assert api.post(LOGOUT, {"refresh": tokens["refresh"]}, format="json").status_code == 205
    assert api.post(REFRESH, {"refresh": tokens["refresh"]}, format="json").status_code == 401
    assert api.post(LOGOUT, {"refresh": tokens["refresh"]}, format="json").status_code == 401
    assert api.post(LOGOUT, {"refresh": "garbage"}, format="json").status_code == 401
    assert api.post(LOGOUT, {}, format="json").status_code == 400


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def test_forged_expired_and_alg_none_tokens_are_rejected(user: User) -> None:
    good = AccessToken.for_user(user)
    header, payload, signature = str(good).split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    tampered = f"{header}.{_b64({**claims, 'user_id': str(user.pk + 1)})}.{signature}"
    alg_none = f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{payload}."
    hs256 = f"{_b64({'alg': 'HS256', 'typ': 'JWT'})}.{payload}.{signature}"
    expired = AccessToken.for_user(user)
    expired.set_exp(lifetime=-timedelta(minutes=10))
    from rest_framework_simplejwt.tokens import RefreshToken

    refresh_as_access = str(RefreshToken.for_user(user))
    for token in (tampered, alg_none, hs256, str(expired), refresh_as_access, "not.a.token"):
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
        response = client.get(PROFILE)
        assert response.status_code == 401, token
        assert "error" in response.json()
    assert client_for(user).get(PROFILE).status_code == 200


def test_access_token_is_rs256_with_audience(user: User) -> None:
    token = str(AccessToken.for_user(user))
    header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    assert header["alg"] == "RS256"
    claims = AccessToken(token)
    assert claims["aud"] == "healthbite" and claims["iss"] == "healthbite-core"


def test_login_brute_force_is_throttled_per_email(api: APIClient) -> None:
    make_user(email="target@example.com")
    statuses = []
    for i in range(12):
        # vary the client address: the per-email limit must still hold
        response = api.post(
            LOGIN,
            {"email": "target@example.com", "password": f"guess{i}"},
            format="json",
            REMOTE_ADDR=f"10.0.0.{i}",
        )
        statuses.append(response.status_code)
    assert statuses[:10] == [401] * 10
    assert statuses[10:] == [429, 429]
    body = response.json()
    assert "error" in body and body["details"]["retry_after_seconds"] > 0
    assert response.has_header("Retry-After")


def test_login_brute_force_is_throttled_per_ip(api: APIClient) -> None:
    statuses = [
        api.post(
            LOGIN,
            {"email": f"u{i}@example.com", "password": "x"},
            format="json",
            REMOTE_ADDR="10.9.9.9",
        ).status_code
        for i in range(31)
    ]
    assert statuses[:30] == [401] * 30 and statuses[30] == 429
    other_ip = api.post(
        LOGIN, {"email": "new@example.com", "password": "x"}, format="json", REMOTE_ADDR="10.9.9.10"
    )
    assert other_ip.status_code == 401
