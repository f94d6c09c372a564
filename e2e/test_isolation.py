"""One user cannot switch the AI features off for everyone (issue #15), on real services.

The probe's attack: more bad generation requests than the core's circuit-breaker
threshold (5), through the core and straight to the AI service. Each is a 400; the next
user's generation still goes through.
"""

# ruff: noqa: UP031  (raw JSON templates: .format would double every brace)

from __future__ import annotations

import pytest

from e2e.harness import Stack

pytestmark = pytest.mark.e2e

BAD_BODIES = [
    '{"days_per_week": %s}' % ("9" * 400),
    '{"goal": "\\ud800"}',
    "[" * 1500 + "]" * 1500,
]


def test_bad_input_from_one_user_does_not_fail_the_next_users(e2e_stack: Stack) -> None:
    stack = e2e_stack
    attacker, victim = stack.register(), stack.register()
    profile = {"weight": 70, "height": 175, "age": 30, "gender": "female"}
    patched = stack.http.patch(
        f"{stack.core_url}/api/v1/profile/", json=profile, headers=victim.auth
    )
    assert patched.status_code == 200, patched.text
    headers = {**attacker.auth, "Content-Type": "application/json"}
    for _ in range(3):
        for body in BAD_BODIES:
            for base, path in (
                (stack.core_url, "/api/v1/workout/generate/"),
                (stack.ai_url, "/workout/generate"),
            ):
                response = stack.http.post(f"{base}{path}", content=body, headers=headers)
                assert response.status_code == 400, (path, response.text)
                assert set(response.json()) == {"error", "details"}
    response = stack.http.post(
        f"{stack.core_url}/api/v1/workout/generate/", json={}, headers=victim.auth
    )
    assert response.status_code == 201, response.text
    assert response.json()["workout"]["weekly_schedule"]
