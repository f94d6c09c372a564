# syntax=docker/dockerfile:1
# Health-Bite core: Django + DRF under gunicorn. Build from the repository root:
#   docker build -f docker/core.Dockerfile -t healthbite-core .
# Settings come from the environment (see .env.example); the JWT signing key from a file
# named by JWT_PRIVATE_KEY_FILE (a compose secret). compose.yaml runs migrations first.

ARG PYTHON_IMAGE=python:3.11-slim

# --- build: compile mysqlclient and install the locked dependencies into /app/.venv ----
FROM ${PYTHON_IMAGE} AS build
ARG UV_VERSION=0.13.9
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential pkg-config default-libmysqlclient-dev \
 && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir "uv==${UV_VERSION}"
ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/app/.venv
WORKDIR /app
# Dependencies first, so a source change does not rebuild them.
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --extra mysql --no-dev --no-install-project

# --- runtime: the client library only, no compilers --------------------------------------
FROM ${PYTHON_IMAGE} AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends libmariadb3 tzdata \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --home-dir /app --no-create-home healthbite
WORKDIR /app
COPY --from=build /app/.venv /app/.venv
COPY . .
ENV PATH="/app/.venv/bin:${PATH}" \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_ENV=production \
    GUNICORN_CMD_ARGS="--bind=0.0.0.0:8000 --access-logfile=- --timeout=60 --graceful-timeout=20"
# The code stays root-owned: the service writes nothing to its own tree in production.
USER healthbite
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["python", "docker/healthcheck.py", "http://127.0.0.1:8000/api/v1/health/"]
# Workers: WEB_CONCURRENCY (gunicorn reads it), default 1 per container.
CMD ["gunicorn", "core.wsgi:application"]
