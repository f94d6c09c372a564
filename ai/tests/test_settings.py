"""Settings come from the environment, with the core's meaning and defaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from ai.settings import BASE_DIR, Settings, async_database_url
from core.keys import ensure_dev_key, public_pem


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "sqlite:////srv/hb/db.sqlite3",
            "sqlite+aiosqlite:///file:/srv/hb/db.sqlite3?mode=ro&uri=true",
        ),
        (
            "sqlite:///file:memorydb_default?mode=memory&cache=shared",
            "sqlite+aiosqlite:///file:memorydb_default?mode=memory&cache=shared&uri=true",
        ),
        (
            "mysql://root@127.0.0.1:3306/hb",
            "mysql+asyncmy://root@127.0.0.1:3306/hb?charset=utf8mb4",
        ),
        ("mariadb://u:p%40ss@db/hb?charset=utf8", "mysql+asyncmy://u:p%40ss@db/hb?charset=utf8"),
    ],
)
def test_database_url_becomes_async(url: str, expected: str) -> None:
    assert async_database_url(url) == expected


@pytest.mark.parametrize("url", ["postgres://db/hb", "sqlite://", "sqlite:///:memory:"])
def test_unusable_database_urls_are_refused(url: str) -> None:
    with pytest.raises(ValueError):
        async_database_url(url)


def test_defaults_match_the_core(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DATABASE_URL", "JWT_AUDIENCE", "JWT_ISSUER", "MAX_REQUEST_BODY_BYTES", "AI_ENV"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DJANGO_ENV", "development")
    settings = Settings()
    assert settings.database_url == f"sqlite:///{BASE_DIR / 'var' / 'healthbite.sqlite3'}"
    assert (settings.jwt_audience, settings.jwt_issuer) == ("healthbite", "healthbite-core")
    assert settings.max_request_body_bytes == 64 * 1024


def test_environment_is_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DATABASE_URL", "mysql://root@127.0.0.1:3306/hb_x")
    monkeypatch.setenv("MAX_REQUEST_BODY_BYTES", "2048")
    monkeypatch.setenv("REQUEST_TIMEOUT_SECONDS", "4.5")
    monkeypatch.setenv("JWT_AUDIENCE", "aud-x")
    settings = Settings()
    assert settings.async_database_url.startswith("mysql+asyncmy://root@127.0.0.1:3306/hb_x")
    assert (settings.max_request_body_bytes, settings.request_timeout_seconds) == (2048, 4.5)
    assert settings.jwt_audience == "aud-x"


def test_development_key_is_the_cores(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    private = ensure_dev_key(tmp_path / "core.pem")
    monkeypatch.setenv("DJANGO_ENV", "development")
    monkeypatch.setenv("JWT_PRIVATE_KEY_FILE", str(tmp_path / "core.pem"))
    monkeypatch.delenv("JWT_PRIVATE_KEY", raising=False)
    for name in ("JWT_PUBLIC_KEY", "JWT_PUBLIC_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    assert Settings().jwt_public_key == public_pem(private).decode()


def test_public_key_from_file_or_escaped_text(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pem = public_pem(ensure_dev_key(tmp_path / "k.pem")).decode()
    (tmp_path / "pub.pem").write_text(pem)
    monkeypatch.delenv("JWT_PUBLIC_KEY", raising=False)
    monkeypatch.setenv("JWT_PUBLIC_KEY_FILE", str(tmp_path / "pub.pem"))
    assert Settings().jwt_public_key == pem
    monkeypatch.delenv("JWT_PUBLIC_KEY_FILE")
    monkeypatch.setenv("JWT_PUBLIC_KEY", pem.replace("\n", "\\n"))
    assert Settings().jwt_public_key == pem


def test_production_requires_the_public_key(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("JWT_PUBLIC_KEY", "JWT_PUBLIC_KEY_FILE", "AI_ENV"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DJANGO_ENV", "production")
    with pytest.raises(ValidationError, match="JWT_PUBLIC_KEY"):
        Settings()


def test_a_private_key_is_not_a_public_key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("JWT_PUBLIC_KEY", ensure_dev_key(tmp_path / "k.pem").decode())
    with pytest.raises(ValidationError, match="PEM public key"):
        Settings()
