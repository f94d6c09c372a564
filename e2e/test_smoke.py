"""Smoke test through both services: tokens from the core open the AI service, and the
core reaches the AI service through its gateway, answering 503 JSON when it is down."""

from __future__ import annotations

import time

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from e2e.harness import Account, Stack

pytestmark = pytest.mark.e2e


def forge(token: str) -> str:
    """The same claims, signed with a key the core never had."""
    claims = jwt.decode(token, options={"verify_signature": False})
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return jwt.encode(claims, pem, algorithm="RS256")


def test_core_token_opens_the_ai_service(e2e_stack: Stack, account: Account) -> None:
    response = e2e_stack.http.get(f"{e2e_stack.ai_url}/whoami", headers=account.auth)
    assert response.status_code == 200, response.text
    assert response.json()["id"] == account.id
    assert response.json()["email"] == account.email


@pytest.mark.parametrize("kind", ["forged", "refresh", "none"])
def test_ai_service_refuses_other_tokens(e2e_stack: Stack, account: Account, kind: str) -> None:
    tokens = {
        "forged": {"Authorization": f"Bearer {forge(account.access)}"},
        "refresh": {"Authorization": f"Bearer {account.refresh}"},
        "none": {},
    }
    response = e2e_stack.http.get(f"{e2e_stack.ai_url}/whoami", headers=tokens[kind])
    assert response.status_code == 401, response.text
    assert set(response.json()) == {"error", "details"}


def test_erased_account_token_is_refused_by_the_ai_service(e2e_stack: Stack) -> None:
    # The token is still validly signed; the AI service reads the core's write (the row
    # is gone) on the next request.
    account = e2e_stack.register()
    assert e2e_stack.http.get(f"{e2e_stack.ai_url}/whoami", headers=account.auth).status_code == 200
    erased = e2e_stack.http.request(
        "DELETE",
        f"{e2e_stack.core_url}/api/v1/profile/",
        headers=account.auth,
        json={"password": account.password},
    )
    assert erased.status_code == 204, erased.text
    response = e2e_stack.http.get(f"{e2e_stack.ai_url}/whoami", headers=account.auth)
    assert response.status_code == 401


def test_core_reaches_the_ai_service_through_the_gateway(
    e2e_stack: Stack, account: Account
) -> None:
    request_id = f"e2e-{time.time_ns()}"
    response = e2e_stack.http.get(
        f"{e2e_stack.core_url}/api/v1/ai/health/",
        headers={**account.auth, "X-Request-ID": request_id},
    )
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "ok"
    assert response.json()["ai"]["status"] == "ok"
    assert response.headers["X-Request-ID"] == request_id
    # The AI service logged the call under the same request id (forwarded by the gateway).
    deadline = time.monotonic() + 5
    while request_id not in e2e_stack.ai.log_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert request_id in e2e_stack.ai.log_text()


def test_core_answers_503_json_while_the_ai_service_is_down(
    ai_stopped: Stack, account: Account
) -> None:
    response = ai_stopped.http.get(f"{ai_stopped.core_url}/api/v1/ai/health/", headers=account.auth)
    assert response.status_code == 503, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["error"] == "The AI service is unavailable; try again shortly."
    # The rest of the core is unaffected.
    profile = ai_stopped.http.get(f"{ai_stopped.core_url}/api/v1/profile/", headers=account.auth)
    assert profile.status_code == 200
