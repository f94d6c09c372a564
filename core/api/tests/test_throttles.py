"""Limits that cannot be sidestepped: per user on the AI features, per client on login.

Rates are lowered for the test by setting the throttle rate table (configuration), the
counting itself is DRF's against the real cache (Redis when ``REDIS_URL`` is set).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from rest_framework.test import APIClient
from rest_framework.throttling import SimpleRateThrottle

from core.accounts.models import User
from core.api.testing import make_user

NEARBY = "/api/v1/restaurant/nearby/"
LOGIN = "/api/v1/auth/login/"
ADMIN_LOGIN = "/admin/login/"


@pytest.fixture
def rate(monkeypatch: pytest.MonkeyPatch) -> Callable[[str, str], None]:
    def set_rate(scope: str, value: str) -> None:
        monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, scope, value)

    return set_rate


@pytest.mark.django_db
def test_restaurant_search_is_limited_per_user(
    rate: Callable[[str, str], None], client_of: Callable[[User | None], APIClient]
) -> None:
    rate("restaurant_search", "2/min")
    first, second = client_of(make_user()), client_of(make_user())
    # Invalid queries never reach the AI service but still count: the limit guards the
    # endpoint, whatever the request holds.
    for _ in range(2):
        assert first.get(NEARBY, {"latitude": "x"}).status_code == 400
    refused = first.get(NEARBY, {"latitude": "x"})
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert refused.json()["error"] and "retry_after_seconds" in refused.json()["details"]
    # Another account is not affected by the first one's use.
    assert second.get(NEARBY, {"latitude": "x"}).status_code == 400


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("scope", "path", "body"),
    [
        ("ai_generate", "/api/v1/diet/generate/", {"days": "many"}),
        ("ai_generate", "/api/v1/workout/generate/", {"days_per_week": "many"}),
        ("ai_chat", "/api/v1/chatbot/query/", {"query": ""}),
        ("ai_analyze", "/api/v1/food/analyze/", {"name": ""}),
    ],
)
def test_ai_features_are_limited_per_user(
    scope: str,
    path: str,
    body: dict[str, object],
    rate: Callable[[str, str], None],
    client_of: Callable[[User | None], APIClient],
) -> None:
    rate(scope, "1/min")
    client = client_of(make_user())
    assert client.post(path, body, format="json").status_code != 429
    refused = client.post(path, body, format="json")
    assert refused.status_code == 429, refused.content
    assert "Retry-After" in refused


@pytest.mark.django_db
def test_a_forged_forwarded_for_does_not_dodge_the_login_limit(
    rate: Callable[[str, str], None], api: APIClient
) -> None:
    rate("auth_ip", "3/min")
    statuses = [
        api.post(
            LOGIN,
            {"email": f"nobody{n}@example.com", "password": "wrong-pass-1"},
            format="json",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{n}",
        ).status_code
        for n in range(5)
    ]
    assert statuses[:3] == [401, 401, 401]
    assert statuses[3:] == [429, 429]


@pytest.mark.django_db
def test_the_admin_login_form_is_throttled_like_the_api(
    rate: Callable[[str, str], None],
) -> None:
    rate("auth_email", "2/min")
    staff = make_user(is_staff=True)
    client = Client()  # a browser posts the admin form form-encoded
    form = {"username": staff.email, "password": "wrong-pass-1", "next": "/admin/"}
    for _ in range(2):
        assert client.post(ADMIN_LOGIN, form).status_code == 200  # the form, with an error
    refused = client.post(ADMIN_LOGIN, form)
    assert refused.status_code == 429
    assert refused.json()["error"].startswith("Too many login attempts")
    # The right password is refused too while the account is throttled.
    right = client.post(ADMIN_LOGIN, {**form, "password": "Str0ng-pass!"})
    assert right.status_code == 429
