"""Deployment hygiene: production settings pass `check --deploy`, migrations are complete."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys

from django.conf import settings


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _production_env() -> dict[str, str]:
    return {
        "DJANGO_ENV": "production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "api.example.com",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "JWT_PRIVATE_KEY_FILE": str(settings.BASE_DIR / "var" / "jwt_private.pem"),
    }


def test_check_deploy_is_clean_with_production_settings() -> None:
    result = _manage("check", "--deploy", "--fail-level", "WARNING", **_production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_missing_secrets() -> None:
    env = _production_env()
    del env["DJANGO_SECRET_KEY"]
    result = _manage("check", **env)
    assert result.returncode != 0 and "DJANGO_SECRET_KEY" in result.stderr
    env = _production_env()
    del env["JWT_PRIVATE_KEY_FILE"]
    result = _manage("check", **env)
    assert result.returncode != 0 and "JWT_PRIVATE_KEY" in result.stderr


def test_no_missing_migrations() -> None:
    result = _manage("makemigrations", "--check", "--dry-run")
    assert result.returncode == 0, result.stdout + result.stderr
