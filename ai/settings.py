"""Settings for the AI service, read from environment variables (pydantic-settings).

The service shares the core's environment: the same ``DATABASE_URL`` (with the same
embedded SQLite default), the same JWT audience and issuer, and the core's public key.
With nothing set it runs in development against ``var/healthbite.sqlite3`` and derives
the public key from the core's development key, so a fresh clone needs no setup. In
production (``DJANGO_ENV=production``, or ``AI_ENV``) the public key must be given.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pydantic import AliasChoices, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = f"sqlite:///{BASE_DIR / 'var' / 'healthbite.sqlite3'}"

_MYSQL_SCHEMES = {"mysql", "mysql2", "mariadb", "mysqlgis", "mysql+mysqldb", "mysql+asyncmy"}
_SQLITE_SCHEMES = {"sqlite", "sqlite+aiosqlite"}


def async_database_url(url: str) -> str:
    """Turn the core's ``DATABASE_URL`` into a SQLAlchemy async URL.

    ``sqlite:///path`` becomes a read-only ``sqlite+aiosqlite`` URI (the core owns every
    write); an existing ``file:`` URI (Django's in-memory test database) is kept as it is.
    ``mysql://`` and ``mariadb://`` become ``mysql+asyncmy://`` with utf8mb4.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in _SQLITE_SCHEMES:
        path = url.split(":///", 1)[1] if ":///" in url else ""
        if not path or path == ":memory:":
            raise ValueError("The AI service needs the core's database file, not :memory:.")
        if path.startswith("file:"):
            separator = "&" if "?" in path else "?"
            return f"sqlite+aiosqlite:///{path}{separator}uri=true"
        return f"sqlite+aiosqlite:///file:{path}?mode=ro&uri=true"
    if scheme in _MYSQL_SCHEMES:
        query = dict(parse_qsl(parts.query))
        query.setdefault("charset", "utf8mb4")
        return urlunsplit(parts._replace(scheme="mysql+asyncmy", query=urlencode(query)))
    raise ValueError(f"Unsupported DATABASE_URL scheme {parts.scheme!r}: use sqlite or mysql.")


class Settings(BaseSettings):
    """Every setting of the AI service; field names are the environment variables."""

    model_config = SettingsConfigDict(case_sensitive=False, extra="ignore", populate_by_name=True)

    # The core's switch (DJANGO_ENV) applies here too, so one environment serves both.
    environment: str = Field("development", validation_alias=AliasChoices("AI_ENV", "DJANGO_ENV"))
    log_level: str = "INFO"

    # --- Database (shared with the core; read-only here) ------------------------------
    database_url: str = DEFAULT_DATABASE_URL
    database_timeout_seconds: float = Field(5.0, gt=0)

    # --- JWT verification (RS256, public key only) -------------------------------------
    jwt_public_key: str = ""
    jwt_public_key_file: Path | None = None
    jwt_audience: str = "healthbite"
    jwt_issuer: str = "healthbite-core"
    jwt_leeway_seconds: int = Field(5, ge=0)

    # --- Requests ---------------------------------------------------------------------
    max_request_body_bytes: int = Field(64 * 1024, gt=0)
    # A request still running after this long is cancelled and answered 503.
    request_timeout_seconds: float = Field(30.0, gt=0)

    @property
    def production(self) -> bool:
        """Whether deployment rules apply (no development key fallback)."""
        return self.environment == "production"

    @property
    def async_database_url(self) -> str:
        """``database_url`` as a SQLAlchemy async URL."""
        return async_database_url(self.database_url)

    @model_validator(mode="after")
    def _resolve_public_key(self) -> Settings:
        """Fill ``jwt_public_key`` from the file, or from the core's development key."""
        if self.jwt_public_key:
            self.jwt_public_key = self.jwt_public_key.replace("\\n", "\n")
        elif self.jwt_public_key_file is not None:
            self.jwt_public_key = self.jwt_public_key_file.read_text()
        elif self.production:
            raise ValueError(
                "JWT_PUBLIC_KEY or JWT_PUBLIC_KEY_FILE must be set in production "
                "(the core's RSA public key in PEM format)."
            )
        else:
            # Development: the same key the core signs with (its env key or var/ dev key).
            from core.keys import load_private_key, public_pem

            private = load_private_key(BASE_DIR, allow_dev_key=True)
            self.jwt_public_key = public_pem(private).decode()
        if "PUBLIC KEY" not in self.jwt_public_key:
            raise ValueError(
                "JWT_PUBLIC_KEY must be a PEM public key (-----BEGIN PUBLIC KEY-----)."
            )
        return self


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()
