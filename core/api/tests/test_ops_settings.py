"""Fail-closed settings: unknown environments and unsafe production settings refuse to start.

Each case imports the settings in a fresh interpreter (``django.setup()``), the way a
server process would, so module-level checks run under exactly the given environment.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings


def _setup(**env: str) -> subprocess.CompletedProcess[str]:
    """Run ``django.setup()`` in a child process with ``env`` (and no inherited DJANGO_*)."""
    full_env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "REDIS_URL", "JWT_PRIVATE_KEY", "PYTEST_"))
    }
    full_env.update(DJANGO_SETTINGS_MODULE="core.settings", **env)
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.ENVIRONMENT, s.DEBUG, s.CONN_MAX_AGE, "
        "s.DATABASES['default']['CONN_HEALTH_CHECKS'])"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def production_env() -> dict[str, str]:
    """A complete production environment (nothing listens at the Redis URL: not needed)."""
    return {
        "DJANGO_ENV": "production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "api.example.com",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "JWT_PRIVATE_KEY_FILE": str(settings.BASE_DIR / "var" / "jwt_private.pem"),
    }


@pytest.mark.parametrize("value", ["development", "test"])
def test_known_non_production_environments_start(value: str) -> None:
    result = _setup(DJANGO_ENV=value)
    assert result.returncode == 0, result.stderr
    environment, debug, _, _ = result.stdout.split()
    assert environment == value
    assert debug == str(value == "development")  # only development turns DEBUG on


def test_complete_production_settings_start_with_healthy_connections() -> None:
    result = _setup(**production_env(), DATABASE_CONN_MAX_AGE="120")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["production", "False", "120", "True"]


@pytest.mark.parametrize("value", ["prod", "Production", "staging", ""])
def test_unknown_environment_refuses_to_start(value: str) -> None:
    result = _setup(**{**production_env(), "DJANGO_ENV": value})
    assert result.returncode != 0
    assert f"DJANGO_ENV={value!r} is not a known environment" in result.stderr
    assert "development, test, production" in result.stderr


@pytest.mark.parametrize(
    "secret",
    ["x", "a" * 80, "django-insecure-" + secrets.token_urlsafe(50), secrets.token_urlsafe(20)],
    ids=["one-char", "long-but-one-symbol", "django-insecure", "too-short"],
)
def test_production_refuses_a_weak_secret(secret: str) -> None:
    result = _setup(**{**production_env(), "DJANGO_SECRET_KEY": secret})
    assert result.returncode != 0
    assert "DJANGO_ENV=production refuses to start" in result.stderr
    assert "DJANGO_SECRET_KEY must be a random value of at least 50 characters" in result.stderr
    if len(secret) > 8:  # the message never echoes the secret
        assert secret not in result.stderr


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("REDIS_URL", None, "REDIS_URL must be set"),
        ("DJANGO_ALLOWED_HOSTS", None, "DJANGO_ALLOWED_HOSTS must list the host names"),
        ("DJANGO_ALLOWED_HOSTS", "*", "DJANGO_ALLOWED_HOSTS must list the host names"),
    ],
)
def test_production_requires_redis_and_explicit_hosts(
    name: str, value: str | None, message: str
) -> None:
    env = production_env()
    if value is None:
        del env[name]
    else:
        env[name] = value
    result = _setup(**env)
    assert result.returncode != 0
    assert message in result.stderr


def test_every_problem_is_listed_at_once() -> None:
    result = _setup(DJANGO_ENV="production", DJANGO_SECRET_KEY="x")
    assert result.returncode != 0
    for name in ("DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "REDIS_URL"):
        assert f"- {name} must" in result.stderr
