"""Settings for the Health-Bite core, read from environment variables.

Every variable is listed in ``.env.example``. With none set, the core runs in development
mode on an embedded SQLite file under ``var/``. ``DJANGO_ENV=production`` turns on the
deployment checks and refuses to start without real secrets.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from core.keys import load_private_key, public_pem

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    """Read a boolean environment variable (1/true/yes/on)."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable into a list."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# Fail closed: a typo such as DJANGO_ENV=prod must not quietly mean development (DEBUG on,
# every host, the dev secret), so only these values start the service.
ENVIRONMENTS = ("development", "test", "production")
ENVIRONMENT = os.environ.get("DJANGO_ENV", "development").strip()
if ENVIRONMENT not in ENVIRONMENTS:
    raise ImproperlyConfigured(
        f"DJANGO_ENV={ENVIRONMENT!r} is not a known environment: "
        f"use one of {', '.join(ENVIRONMENTS)}."
    )
PRODUCTION = ENVIRONMENT == "production"

# A production secret must look random: Django's own deploy-check bounds (length, distinct
# characters), raised to 16 distinct characters, which any generated key clears by far.
SECRET_KEY_MIN_LENGTH = 50
SECRET_KEY_MIN_UNIQUE_CHARACTERS = 16
_DEV_SECRET = "dev-only-insecure-secret-key-change-me-in-production-0123456789"
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "" if PRODUCTION else _DEV_SECRET)

DEBUG = env_bool("DJANGO_DEBUG", ENVIRONMENT == "development")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "" if PRODUCTION else "*")

# GET /metrics (core/api/metrics.py): with a token, only `Authorization: Bearer <token>`;
# without one, loopback clients outside production and nobody in production.
METRICS_TOKEN = os.environ.get("METRICS_TOKEN", "").strip()
METRICS_TOKEN_MIN_LENGTH = 32

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "corsheaders",
    "rest_framework",
    "rest_framework_simplejwt.token_blacklist",
    "django_filters",
    "drf_spectacular",
    "core.api",
    "core.accounts",
    "core.foodlog",
    "core.plans",
    "core.restaurants",
    "core.weight",
    "core.analytics",
    "core.catalog",
    "core.assistant",
    "core.demo",
    "core.jobs",
    "core.realtime",
]

MIDDLEWARE = [
    "core.api.middleware.RequestIdMiddleware",
    # Prometheus request counts and latencies by route template (core/api/metrics.py).
    "core.api.metrics.MetricsMiddleware",
    "core.api.middleware.NoStoreMiddleware",
    "core.api.middleware.BodySizeLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Static files (the admin's) straight from gunicorn: no separate file server needed.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.api.middleware.JsonErrorMiddleware",
]

ROOT_URLCONF = "core.urls"
WSGI_APPLICATION = "core.wsgi.application"
ASGI_APPLICATION = "core.asgi.application"  # HTTP and the realtime sockets (core/realtime)

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]

# --- Database -------------------------------------------------------------------------
DATABASE_URL = os.environ.get(
    "DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'healthbite.sqlite3'}"
)
# Persistent connections, checked before reuse: a connection the database dropped while
# idle is replaced instead of failing the next request with a 500.
CONN_MAX_AGE = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL, conn_max_age=CONN_MAX_AGE, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.mysql":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"charset": "utf8mb4", "init_command": "SET sql_mode='STRICT_TRANS_TABLES'"}
    )
    DATABASES["default"]["TEST"] = {"CHARSET": "utf8mb4", "COLLATION": "utf8mb4_unicode_ci"}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache: shared by all workers when Redis is configured ---------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL and (worker := os.environ.get("PYTEST_XDIST_WORKER", "")).startswith("gw"):
    # Each test worker gets its own Redis database, so one worker's cache.clear() cannot
    # reset another's throttle counters mid-test.
    REDIS_URL = urlsplit(REDIS_URL)._replace(path=f"/{1 + int(worker[2:]) % 15}").geturl()
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "healthbite",
        }
    }
else:
    # One process (make run) needs nothing more; several workers need REDIS_URL so the
    # login throttle cannot be dodged by landing on another worker.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Real time (WebSockets, core/realtime) -------------------------------------------------
# Events reach a user's sockets on any core process through Redis; without REDIS_URL (make
# run) the layer is this process's memory, so only this process's own events arrive.
REALTIME_KEY_PREFIX = os.environ.get("REALTIME_KEY_PREFIX", "healthbite:rt")
if REDIS_URL:
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {
                # redis-py 8 reads time out after 5 s by default, exactly channels_redis's
                # blocking-pop wait: under load every socket's receive loop failed.
                "hosts": [
                    {"address": REDIS_URL, "socket_connect_timeout": 2, "socket_timeout": 30}
                ],
                "prefix": f"{REALTIME_KEY_PREFIX}:layer",
                "capacity": 100,  # per socket: past it events are dropped (clients resume)
                "expiry": 60,
            },
        }
    }
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
# Per-socket limits and the resume window (core/realtime/protocol.py Limits).
REALTIME = {
    "max_sockets_per_user": int(os.environ.get("REALTIME_MAX_SOCKETS_PER_USER", "5")),
    "max_message_bytes": int(os.environ.get("REALTIME_MAX_MESSAGE_BYTES", "16384")),
    "send_queue": int(os.environ.get("REALTIME_SEND_QUEUE", "64")),
    "send_timeout": float(os.environ.get("REALTIME_SEND_TIMEOUT_SECONDS", "10")),
    "auth_timeout": float(os.environ.get("REALTIME_AUTH_TIMEOUT_SECONDS", "10")),
    "heartbeat": float(os.environ.get("REALTIME_HEARTBEAT_SECONDS", "25")),
    "idle_timeout": float(os.environ.get("REALTIME_IDLE_TIMEOUT_SECONDS", "120")),
    "buffer_events": int(os.environ.get("REALTIME_BUFFER_EVENTS", "200")),
    "buffer_seconds": int(os.environ.get("REALTIME_BUFFER_SECONDS", "300")),
}


# --- Background jobs (Celery) -------------------------------------------------------------
# The broker is Redis (CELERY_BROKER_URL, else REDIS_URL). Without one (make run on the
# embedded defaults) jobs run on a small thread pool inside the core process instead, so
# the same API works with no extra service; see core/jobs/dispatch.py.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "") or REDIS_URL
# One queue name per deployment (tests give each run its own, to share one Redis).
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("CELERY_QUEUE", "healthbite")
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 2}
# Results live in the jobs table (the API's job resource), not in a Celery backend.
CELERY_TASK_IGNORE_RESULT = True
# Acknowledge after the task ran and re-queue when a worker dies mid-task: a plan job is
# safe to repeat (the task skips a job that already finished), so nothing is lost.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = int(os.environ.get("CELERY_TASK_SOFT_TIME_LIMIT", "120"))
CELERY_TASK_TIME_LIMIT = CELERY_TASK_SOFT_TIME_LIMIT + 30
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# Housekeeping run by `celery beat` (the compose `beat` service).
CELERY_BEAT_SCHEDULE = {
    "flush-expired-tokens": {
        "task": "core.accounts.tasks.flush_expired_tokens",
        "schedule": 6 * 3600.0,
    },
    "clear-expired-sessions": {
        "task": "core.accounts.tasks.clear_expired_sessions",
        "schedule": 6 * 3600.0,
    },
    "expire-stale-jobs": {"task": "core.jobs.tasks.expire_stale_jobs", "schedule": 300.0},
}
# A job still queued or running this long after it was created has been lost (a broker
# flushed, a worker killed past its retries): housekeeping marks it failed.
JOB_STALE_AFTER_SECONDS = int(os.environ.get("JOB_STALE_AFTER_SECONDS", "900"))
# Finished jobs are kept this long for polling clients, then deleted.
JOB_RETENTION_DAYS = int(os.environ.get("JOB_RETENTION_DAYS", "30"))
# How many jobs one user may have queued or running at once (429 beyond).
JOB_MAX_UNFINISHED_PER_USER = int(os.environ.get("JOB_MAX_UNFINISHED_PER_USER", "3"))
# Seconds between a plan job's attempts while the AI service is unavailable (one retry
# per value); the job fails with a 503 reason after the last.
JOB_RETRY_COUNTDOWNS = tuple(
    float(v) for v in os.environ.get("JOB_RETRY_COUNTDOWNS", "5,15,45").split(",") if v.strip()
)
# Threads that run jobs in-process when there is no broker (development only).
JOB_LOCAL_THREADS = int(os.environ.get("JOB_LOCAL_THREADS", "2"))


# --- Production refuses to start on unsafe settings ------------------------------------------
def production_problems() -> list[str]:
    """What keeps these settings from running in production (empty when they can)."""
    problems = []
    if (
        len(SECRET_KEY) < SECRET_KEY_MIN_LENGTH
        or len(set(SECRET_KEY)) < SECRET_KEY_MIN_UNIQUE_CHARACTERS
        or SECRET_KEY == _DEV_SECRET
        or SECRET_KEY.startswith("django-insecure-")
    ):
        problems.append(
            f"DJANGO_SECRET_KEY must be a random value of at least {SECRET_KEY_MIN_LENGTH} "
            f"characters with {SECRET_KEY_MIN_UNIQUE_CHARACTERS} or more distinct ones, e.g. "
            '`python -c "import secrets; print(secrets.token_urlsafe(50))"`.'
        )
    if not ALLOWED_HOSTS or "*" in ALLOWED_HOSTS:
        problems.append(
            "DJANGO_ALLOWED_HOSTS must list the host names the core answers to (not *)."
        )
    if not REDIS_URL:
        # Without a shared store every worker counts throttles on its own (a 10/min limit
        # becomes 10/min per worker).
        problems.append("REDIS_URL must be set: throttles and the cache are shared through it.")
    if METRICS_TOKEN and len(METRICS_TOKEN) < METRICS_TOKEN_MIN_LENGTH:
        problems.append(
            f"METRICS_TOKEN must be at least {METRICS_TOKEN_MIN_LENGTH} random characters "
            '(`python -c "import secrets; print(secrets.token_urlsafe(32))"`), or unset.'
        )
    return problems


if PRODUCTION and (_problems := production_problems()):
    raise ImproperlyConfigured(
        "DJANGO_ENV=production refuses to start:\n" + "\n".join(f"- {p}" for p in _problems)
    )

# --- Accounts and passwords ------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
# Argon2id at OWASP's minimum (m=19 MiB, t=2, p=1), chosen for login throughput
# (core/accounts/hashers.py); it also verifies and upgrades hashes made with Django's
# Argon2 defaults. The others only verify old hashes (and upgrade them on login).
PASSWORD_HASHERS = [
    "core.accounts.hashers.HealthBiteArgon2Hasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.BCryptSHA256PasswordHasher",
    "django.contrib.auth.hashers.BCryptPasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
# `collectstatic` writes here; the images collect at build time into a directory of their
# own (STATIC_ROOT in docker/core.Dockerfile), never into var/ at run time.
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", str(BASE_DIR / "var" / "static")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Production serves hashed, compressed copies that can be cached for a year; the
    # manifest only exists after collectstatic, so development uses the plain storage.
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Development and tests serve straight from the apps' static folders (no collectstatic).
WHITENOISE_USE_FINDERS = not PRODUCTION
WHITENOISE_AUTOREFRESH = not PRODUCTION

# --- Requests ----------------------------------------------------------------------------
# Bodies past this size get a 413 JSON answer before any view reads them.
MAX_REQUEST_BODY_BYTES = int(os.environ.get("MAX_REQUEST_BODY_BYTES", str(1024 * 1024)))
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_REQUEST_BODY_BYTES

CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_ALLOW_ALL_ORIGINS = not PRODUCTION and not CORS_ALLOWED_ORIGINS

# --- REST framework ---------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # simplejwt's, with a checked user_id claim (a malformed one is a 401, not a 500)
        "core.api.authentication.JWTAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "core.api.pagination.StandardPagination",
    "PAGE_SIZE": 20,
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]
    + ([] if PRODUCTION else ["rest_framework.renderers.BrowsableAPIRenderer"]),
    # JSON with bounded depth, size, numbers and text (core/api/limits.py)
    "DEFAULT_PARSER_CLASSES": ["core.api.limits.LimitedJSONParser"],
    "EXCEPTION_HANDLER": "core.api.errors.json_exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_RATES": {
        "auth_ip": os.environ.get("AUTH_THROTTLE_IP_RATE", "30/min"),
        "auth_email": os.environ.get("AUTH_THROTTLE_EMAIL_RATE", "10/min"),
        # Per user (core/api/throttles.py): the expensive and paid features.
        "ai_generate": os.environ.get("AI_GENERATE_RATE", "30/hour"),
        "ai_chat": os.environ.get("AI_CHAT_RATE", "30/min"),
        "ai_analyze": os.environ.get("AI_ANALYZE_RATE", "60/min"),
        "restaurant_search": os.environ.get("RESTAURANT_SEARCH_RATE", "60/min"),
    },
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    "UNAUTHENTICATED_USER": None,
}
# Behind a reverse proxy, the client IP comes from X-Forwarded-For; trust that many hops.
# 0 by default: a client-supplied X-Forwarded-For is ignored, so per-IP throttles cannot be
# dodged by inventing addresses (DRF trusts the whole header when this is None).
NUM_PROXIES = int(os.environ.get("NUM_PROXIES") or 0)
REST_FRAMEWORK["NUM_PROXIES"] = NUM_PROXIES

# The OpenAPI schema and Swagger UI: public in development; in production only staff see
# them unless API_DOCS_PUBLIC=true (core/api/permissions.py, core/urls.py).
API_DOCS_PUBLIC = env_bool("API_DOCS_PUBLIC", not PRODUCTION)
SPECTACULAR_SETTINGS = {
    "TITLE": "Health-Bite core API",
    "DESCRIPTION": "Accounts, JWT auth, food log, diet and workout plans, restaurants, analytics.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    # Two models have a "kind" choice field; name each enum after what it means.
    "ENUM_NAME_OVERRIDES": {
        "FoodKindEnum": "core.catalog.models.FoodKind",
        "JobKindEnum": "core.jobs.models.Job.Kind",
        "JobStatusEnum": "core.jobs.models.Job.Status",
    },
}

# --- JWT (RS256: the AI service verifies with the public key alone) -----------------------
JWT_PRIVATE_KEY = load_private_key(BASE_DIR, allow_dev_key=not PRODUCTION)
JWT_PUBLIC_KEY = public_pem(JWT_PRIVATE_KEY)
SIMPLE_JWT = {
    "ALGORITHM": "RS256",
    "SIGNING_KEY": JWT_PRIVATE_KEY.decode(),
    "VERIFYING_KEY": JWT_PUBLIC_KEY.decode(),
    "AUDIENCE": os.environ.get("JWT_AUDIENCE", "healthbite"),
    "ISSUER": os.environ.get("JWT_ISSUER", "healthbite-core"),
    "ACCESS_TOKEN_LIFETIME": timedelta(
        minutes=int(os.environ.get("JWT_ACCESS_TOKEN_MINUTES", "15"))
    ),
    "REFRESH_TOKEN_LIFETIME": timedelta(days=int(os.environ.get("JWT_REFRESH_TOKEN_DAYS", "7"))),
    "ROTATE_REFRESH_TOKENS": True,
    "BLACKLIST_AFTER_ROTATION": True,
    "UPDATE_LAST_LOGIN": True,
    "LEEWAY": 5,
}

# --- AI service ----------------------------------------------------------------------------
AI_SERVICE_URL = os.environ.get("AI_SERVICE_URL", "http://127.0.0.1:8001")
# Used by core/gateway.py, the only caller of the AI service. A hung AI service costs a
# request at most connect + read timeout (reads are never retried); retries with
# exponential backoff apply to idempotent calls on connect errors and 502/503/504.
AI_SERVICE_CONNECT_TIMEOUT = float(os.environ.get("AI_SERVICE_CONNECT_TIMEOUT", "2"))
AI_SERVICE_READ_TIMEOUT = float(os.environ.get("AI_SERVICE_READ_TIMEOUT", "15"))
AI_SERVICE_RETRIES = int(os.environ.get("AI_SERVICE_RETRIES", "2"))
AI_SERVICE_BACKOFF_SECONDS = float(os.environ.get("AI_SERVICE_BACKOFF_SECONDS", "0.1"))
# After this many failed calls in a row the gateway answers 503 at once for the cooldown,
# then lets one trial call through (half-open).
AI_CIRCUIT_FAILURE_THRESHOLD = int(os.environ.get("AI_CIRCUIT_FAILURE_THRESHOLD", "5"))
AI_CIRCUIT_COOLDOWN_SECONDS = float(os.environ.get("AI_CIRCUIT_COOLDOWN_SECONDS", "30"))
# Earlier messages of a conversation sent to the assistant with each question.
CHATBOT_HISTORY_MESSAGES = int(os.environ.get("CHATBOT_HISTORY_MESSAGES", "10"))

# --- Analytics ------------------------------------------------------------------------------
# Seconds a computed report is cached (per user, forgotten on any change to that user's
# data: core/analytics/cache.py); 0 computes every report afresh.
ANALYTICS_CACHE_SECONDS = int(os.environ.get("ANALYTICS_CACHE_SECONDS", "300"))

# --- Production hardening (checked by `manage.py check --deploy`) --------------------------
if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_CONTENT_TYPE_NOSNIFF = True

# One JSON line per record on both services (the AI service's format, ai/logs.py), each with
# the request id; core.access writes one line per request (core/api/middleware.py).
# Query strings, bearer tokens, JWTs and e-mail addresses are scrubbed from every line, and
# httpx's own records lose their query strings (coordinates) before any handler sees them.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "ai.logs.JsonFormatter"}},
    "filters": {
        "request_id": {"()": "ai.logs.RequestIdFilter"},
        "redact_urls": {"()": "ai.logs.RedactUrlQueryFilter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        # runserver's own request lines repeat core.access (with the query string).
        "django.server": {"level": "WARNING"},
        "httpx": {"filters": ["redact_urls"]},
        "httpx2": {"filters": ["redact_urls"]},
    },
}
