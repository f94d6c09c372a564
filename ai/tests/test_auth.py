"""Only a valid access token of an active user opens an authenticated endpoint."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import timedelta
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.conf import settings as django_settings
from django.utils import timezone
from fastapi.testclient import TestClient
from rest_framework_simplejwt.tokens import AccessToken

from core.accounts.models import User
from core.accounts.serializers import tokens_for
from core.api.testing import make_user


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def claims_for(user: User, **changes: Any) -> dict[str, Any]:
    """The claims the core puts in an access token, with ``changes``."""
    now = timezone.now()
    claims = {
        "token_type": "access",
        "exp": now + timedelta(minutes=5),
        "iat": now,
        "jti": "test-jti",
        "user_id": str(user.pk),
        "aud": django_settings.SIMPLE_JWT["AUDIENCE"],
        "iss": django_settings.SIMPLE_JWT["ISSUER"],
    }
    claims.update(changes)
    return claims


def sign(claims: dict[str, Any], key: bytes | str | None = None, algorithm: str = "RS256") -> str:
    return jwt.encode(claims, key or django_settings.JWT_PRIVATE_KEY, algorithm=algorithm)


def assert_unauthorized(response: Any) -> None:
    assert response.status_code == 401, response.text
    body = response.json()
    assert set(body) == {"error", "details"} and body["error"]
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.fixture
def member() -> User:
    return make_user(name="Ada")


def test_core_access_token_is_accepted(ai_client: TestClient, member: User) -> None:
    response = ai_client.get("/whoami", headers=bearer(tokens_for(member)["access"]))
    assert response.status_code == 200, response.text
    assert response.json() == {
        "id": member.pk,
        "email": member.email,
        "name": "Ada",
        "ai_data_sharing": False,
    }


def test_consent_is_read_from_the_profile(ai_client: TestClient, member: User) -> None:
    member.ai_data_sharing_consented_at = timezone.now()
    member.save()
    response = ai_client.get("/whoami", headers=bearer(tokens_for(member)["access"]))
    assert response.json()["ai_data_sharing"] is True


def test_anonymous_is_refused(ai_client: TestClient) -> None:
    assert_unauthorized(ai_client.get("/whoami"))
    assert_unauthorized(ai_client.get("/whoami", headers={"Authorization": "Basic dXNlcjpwdw=="}))
    assert_unauthorized(ai_client.get("/whoami", headers=bearer("not-a-jwt")))


def test_refresh_token_is_not_an_access_token(ai_client: TestClient, member: User) -> None:
    response = ai_client.get("/whoami", headers=bearer(tokens_for(member)["refresh"]))
    assert_unauthorized(response)
    assert "access token is required" in response.json()["error"]


def test_expired_token_is_refused(ai_client: TestClient, member: User) -> None:
    token = AccessToken.for_user(member)
    token.set_exp(from_time=timezone.now() - timedelta(hours=1))
    response = ai_client.get("/whoami", headers=bearer(str(token)))
    assert_unauthorized(response)
    assert "expired" in response.json()["error"]


def test_forged_signature_is_refused(ai_client: TestClient, member: User) -> None:
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = other_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    assert_unauthorized(ai_client.get("/whoami", headers=bearer(sign(claims_for(member), pem))))


def test_tampered_payload_is_refused(ai_client: TestClient, member: User, other_user: User) -> None:
    header, _, signature = tokens_for(member)["access"].split(".")
    _, payload, _ = sign(claims_for(other_user)).split(".")
    assert_unauthorized(ai_client.get("/whoami", headers=bearer(f"{header}.{payload}.{signature}")))


def test_algorithm_confusion_is_refused(ai_client: TestClient, member: User) -> None:
    # An unsigned "none" token, and HS256 keyed with the public key anyone may hold.
    unsigned = jwt.encode(claims_for(member), None, algorithm="none")
    assert_unauthorized(ai_client.get("/whoami", headers=bearer(unsigned)))
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = b64url(json.dumps(claims_for(member), default=lambda d: int(d.timestamp())).encode())
    mac = hmac.new(django_settings.JWT_PUBLIC_KEY, f"{header}.{payload}".encode(), hashlib.sha256)
    hs256 = f"{header}.{payload}.{b64url(mac.digest())}"
    assert_unauthorized(ai_client.get("/whoami", headers=bearer(hs256)))


@pytest.mark.parametrize(
    "changes",
    [
        {"aud": "someone-else"},
        {"iss": "not-the-core"},
        {"token_type": "refresh"},
        {"user_id": "abc"},
    ],
    ids=["audience", "issuer", "token-type", "user-id"],
)
def test_wrong_claims_are_refused(
    ai_client: TestClient, member: User, changes: dict[str, Any]
) -> None:
    assert_unauthorized(
        ai_client.get("/whoami", headers=bearer(sign(claims_for(member, **changes))))
    )


def test_token_without_expiry_is_refused(ai_client: TestClient, member: User) -> None:
    claims = claims_for(member)
    del claims["exp"]
    assert_unauthorized(ai_client.get("/whoami", headers=bearer(sign(claims))))


def test_inactive_user_is_refused(ai_client: TestClient, member: User) -> None:
    token = tokens_for(member)["access"]
    member.is_active = False
    member.save()
    assert_unauthorized(ai_client.get("/whoami", headers=bearer(token)))


def test_deleted_user_is_refused(ai_client: TestClient, member: User) -> None:
    token = tokens_for(member)["access"]
    member.delete()
    assert_unauthorized(ai_client.get("/whoami", headers=bearer(token)))
