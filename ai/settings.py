"""Settings for the AI service, read from environment variables (pydantic-settings).

The service shares the core's environment: the same ``DATABASE_URL`` (with the same
embedded SQLite default; ``AI_DATABASE_URL`` names its own SELECT-only account instead),
the same JWT audience and issuer, and the core's public key.
With nothing set it runs in development against ``var/healthbite.sqlite3`` and derives
the public key from the core's development key, so a fresh clone needs no setup. In
production (``DJANGO_ENV=production``, or ``AI_ENV``) the public key must be given.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pydantic import AliasChoices, Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = f"sqlite:///{BASE_DIR / 'var' / 'healthbite.sqlite3'}"

# The same values as the core's DJANGO_ENV (core/settings.py).
ENVIRONMENTS = ("development", "test", "production")
# The same minimum as the core's (core/settings.py).
METRICS_TOKEN_MIN_LENGTH = 32

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
    # Only known values: a typo (``prod``) must refuse to start, not mean development.
    environment: str = Field("development", validation_alias=AliasChoices("AI_ENV", "DJANGO_ENV"))
    log_level: str = "INFO"

    # --- Database (shared with the core; read-only here) ------------------------------
    database_url: str = DEFAULT_DATABASE_URL
    # The AI service's own SELECT-only account on the same database (AI_DATABASE_URL);
    # compose and .ci/run create it. Unset: DATABASE_URL, e.g. the SQLite default, which
    # has no accounts (the file is opened read-only instead).
    ai_database_url: str = ""
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

    # --- Restaurants: Google Places API (New); off (local table only) without a key ----
    google_maps_api_key: str = ""
    google_places_base_url: str = "https://places.googleapis.com"  # a fake's URL in tests
    google_places_timeout_seconds: float = Field(5.0, gt=0)
    google_places_retries: int = Field(2, ge=0, le=5)
    # All attempts of one search together, retries and Retry-After waits included.
    google_places_deadline_seconds: float = Field(8.0, gt=0)
    # Provider results stored by the core are reused for this long (Places terms: <= 30 days).
    restaurant_cache_hours: float = Field(24.0, gt=0, le=720)

    # --- Food analysis: providers (each enabled by its keys; local is always last) -------
    nutritionix_app_id: str = ""
    nutritionix_app_key: str = ""
    nutritionix_base_url: str = "https://trackapi.nutritionix.com"
    edamam_app_id: str = ""
    edamam_app_key: str = ""
    edamam_base_url: str = "https://api.edamam.com"
    provider_connect_timeout_seconds: float = Field(3.0, gt=0)
    provider_read_timeout_seconds: float = Field(10.0, gt=0)
    provider_retries: int = Field(2, ge=0, le=5)
    provider_backoff_seconds: float = Field(0.5, ge=0)
    # A Retry-After longer than this is not waited for: the next provider answers instead.
    provider_max_retry_after_seconds: float = Field(8.0, ge=0)
    # Each external provider's attempts (retries and waits included) stop after this, so
    # two providers and local stay inside the core gateway's 15 s read timeout.
    provider_budget_seconds: float = Field(6.0, gt=0)
    # How often the catalog index checks the database for a changed catalog.
    catalog_refresh_seconds: float = Field(60.0, ge=0)

    # --- Per-user limits (ai/rate_limits.py); the same variables as the core's ------------
    # Counted in Redis when set (all workers together), else in this process.
    redis_url: str = ""
    ai_generate_rate: str = "30/hour"
    ai_chat_rate: str = "30/min"
    ai_analyze_rate: str = "60/min"
    restaurant_search_rate: str = "60/min"

    @field_validator(
        "ai_generate_rate", "ai_chat_rate", "ai_analyze_rate", "restaurant_search_rate"
    )
    @classmethod
    def _valid_rate(cls, value: str) -> str:
        from ai.rate_limits import parse_rate

        parse_rate(value)  # a typo refuses to start rather than never limiting
        return value

    @property
    def nutritionix_enabled(self) -> bool:
        """Nutritionix is used when both of its keys are set."""
        return bool(self.nutritionix_app_id and self.nutritionix_app_key)

    @property
    def edamam_enabled(self) -> bool:
        """Edamam is used when both of its keys are set."""
        return bool(self.edamam_app_id and self.edamam_app_key)

    # --- Assistant: OpenAI Chat Completions; off (local assistant) without a key --------
    openai_api_key: str = ""
    openai_model: str = "gpt-4.1"
    openai_base_url: str = "https://api.openai.com/v1"  # any compatible server, or a fake
    openai_timeout_seconds: float = Field(8.0, gt=0)  # one completion call
    openai_retries: int = Field(2, ge=0, le=5)  # on 429 rate_limit_exceeded, 5xx, connect errors
    openai_max_retry_after_seconds: float = Field(4.0, ge=0)  # a longer Retry-After: fall back
    # The whole conversation turn (tool loop, retries) stops after this; local then answers.
    openai_deadline_seconds: float = Field(12.0, gt=0)
    openai_max_tool_steps: int = Field(4, ge=1, le=10)
    chatbot_history_messages: int = Field(10, ge=0, le=50)  # earlier turns given to the model

    # --- Food analysis: OpenAI proposes the items, our catalog gives the numbers ---------
    # With OPENAI_API_KEY set, users who opted in get their meal text read by the model
    # (structured output: food phrase, amount, unit); false keeps the local parser for all.
    food_llm_items_enabled: bool = True
    food_llm_items_timeout_seconds: float = Field(5.0, gt=0)  # one completion call
    # All attempts together (retries, Retry-After waits); the local parser then answers.
    # With Nutritionix and Edamam (6 s each) this keeps inside the core gateway's 15 s
    # only when at most one of them is configured too.
    food_llm_items_deadline_seconds: float = Field(6.0, gt=0)

    @property
    def food_llm_items_on(self) -> bool:
        """Whether meal items may be proposed by OpenAI (for users who consented)."""
        return bool(self.openai_api_key) and self.food_llm_items_enabled

    # --- Plans: MILP meal planner, workout programmer, optional OpenAI narrative -------
    # Solves running at once (each is CPU-bound, in a worker thread); others wait their turn.
    planner_max_concurrent_solves: int = Field(2, ge=1, le=32)
    # The narrative uses the OpenAI settings above; false keeps plans numbers-only.
    plan_narrative_enabled: bool = True
    plan_narrative_timeout_seconds: float = Field(6.0, gt=0)  # one completion call
    # All narrative attempts together: the plan (1-4 s) plus this stays inside the core
    # gateway's 15 s read timeout.
    plan_narrative_deadline_seconds: float = Field(8.0, gt=0)

    # --- Exposure ------------------------------------------------------------------------
    # The OpenAPI schema and /docs; unset: public in development, off in production.
    api_docs_public: bool | None = None
    # GET /metrics (ai/metrics.py): with a token, only `Authorization: Bearer <token>`;
    # without one, loopback clients outside production and nobody in production.
    metrics_token: str = ""

    @property
    def docs_public(self) -> bool:
        """Whether /docs and /openapi.json are served."""
        return not self.production if self.api_docs_public is None else self.api_docs_public

    @property
    def production(self) -> bool:
        """Whether deployment rules apply (no development key fallback)."""
        return self.environment == "production"

    @property
    def reader_database_url(self) -> str:
        """The URL the AI service connects with: ``ai_database_url``, else ``database_url``."""
        return self.ai_database_url.strip() or self.database_url

    @property
    def async_database_url(self) -> str:
        """``reader_database_url`` as a SQLAlchemy async URL."""
        return async_database_url(self.reader_database_url)

    @field_validator("environment")
    @classmethod
    def _known_environment(cls, value: str) -> str:
        """Accept only the core's environments (``DJANGO_ENV``)."""
        value = value.strip()
        if value not in ENVIRONMENTS:
            raise ValueError(
                f"DJANGO_ENV/AI_ENV={value!r} is not a known environment: "
                f"use one of {', '.join(ENVIRONMENTS)}."
            )
        return value

    @model_validator(mode="after")
    def _strong_metrics_token(self) -> Settings:
        """In production a metrics token is long enough not to be guessed (the core's rule)."""
        self.metrics_token = self.metrics_token.strip()
        if self.production and 0 < len(self.metrics_token) < METRICS_TOKEN_MIN_LENGTH:
            raise ValueError(
                f"METRICS_TOKEN must be at least {METRICS_TOKEN_MIN_LENGTH} random characters, "
                "or unset."
            )
        return self

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
