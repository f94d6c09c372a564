"""Response headers and exposure: no-store on personal data, nosniff, docs behind a setting."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from core.accounts.models import User
from core.api.testing import client_for, make_user

pytestmark = pytest.mark.django_db

PERSONAL = [
    "/api/v1/profile/",
    "/api/v1/profile/export/",
    "/api/v1/foods/",
    "/api/v1/diet-plans/",
    "/api/v1/workouts/",
    "/api/v1/analytics/?days=7",
]


@pytest.mark.parametrize("url", PERSONAL)
def test_personal_data_is_not_stored_by_caches(auth_client: APIClient, url: str) -> None:
    response = auth_client.get(url)
    assert response.status_code == 200, response.content
    assert response["Cache-Control"] == "no-store"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_token_responses_and_errors_are_not_stored(api: APIClient, user: User) -> None:
    login = api.post(
        "/api/v1/auth/login/", {"email": user.email, "password": "Str0ng-pass!"}, format="json"
    )
    assert login.status_code == 200
    assert login["Cache-Control"] == "no-store"
    assert api.get("/api/v1/profile/")["Cache-Control"] == "no-store"  # the 401


def test_api_docs_are_public_in_development(settings: Any, api: APIClient) -> None:
    settings.API_DOCS_PUBLIC = True
    assert api.get("/api/v1/schema/").status_code == 200
    assert api.get("/api/v1/docs/").status_code == 200


def test_api_docs_are_staff_only_when_not_public(settings: Any, api: APIClient) -> None:
    settings.API_DOCS_PUBLIC = False
    for url in ("/api/v1/schema/", "/api/v1/docs/"):
        response = api.get(url)
        assert response.status_code == 401
        assert set(response.json()) == {"error", "details"}
        assert client_for(make_user()).get(url).status_code == 403
    assert client_for(make_user(is_staff=True)).get("/api/v1/schema/").status_code == 200


def test_api_docs_default_follows_the_environment() -> None:
    """Off in production unless API_DOCS_PUBLIC says otherwise (read from the env)."""
    import subprocess
    import sys

    from django.conf import settings

    from core.api.tests.test_deploy import _production_env

    code = "from django.conf import settings; print(settings.API_DOCS_PUBLIC)"
    env = {**_production_env(), "DJANGO_SETTINGS_MODULE": "core.settings", "PATH": ""}
    for extra, expected in (({}, "False"), ({"API_DOCS_PUBLIC": "true"}, "True")):
        result = subprocess.run(
            [sys.executable, "-c", f"import django; django.setup(); {code}"],
            cwd=settings.BASE_DIR,
            env={**env, **extra},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.stdout.strip() == expected, result.stderr
