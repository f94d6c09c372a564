# syntax=docker/dockerfile:1
# Health-Bite core: Django + DRF under gunicorn. Build from the repository root:
#   docker build -f docker/core.Dockerfile -t healthbite-core .
# Settings come from the environment (see .env.example); the JWT signing key from a file
# named by JWT_PRIVATE_KEY_FILE (a compose secret). It never migrates: the release step
# (`python manage.py release`, compose's `release` service) does, once per deploy.

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
 && groupadd --system --gid 10001 healthbite \
 && useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home healthbite
WORKDIR /app
COPY --from=build /app/.venv /app/.venv
COPY . .
ENV PATH="/app/.venv/bin:${PATH}" \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_ENV=production \
    STATIC_ROOT=/app/staticfiles \
    GUNICORN_CMD_ARGS="--bind=0.0.0.0:8000 --worker-class=gthread --threads=8 --timeout=60 --graceful-timeout=20 --no-control-socket"
# gunicorn: threaded workers, so a request waiting up to the gateway's timeouts on the AI
# service does not hold up /health or a food-log list behind it (a sync worker did, for
# seconds); --timeout outlasts the gateway's worst case (3 attempts x (2 s + 15 s)) and
# --graceful-timeout fits in compose's stop_grace_period. No access log (it prints query strings, i.e. coordinates; the core writes one
# JSON line per request itself) and no control socket (gunicorn >= 25 opens one under
# $HOME, which the service user cannot write: an error on every start; nothing uses it).
# Static files (the admin's) collected now, as root, into a directory the service only
# reads; whitenoise serves them. Throwaway production values, nothing secret kept.
RUN python docker/build_static.py
# Numeric user and group: Kubernetes' runAsNonRoot can only verify a numeric USER. The
# code stays root-owned: the service writes nothing to its own tree in production.
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["python", "docker/healthcheck.py", "http://127.0.0.1:8000/api/v1/health/ready"]
# Workers: WEB_CONCURRENCY (gunicorn reads it), default 1 per container.
CMD ["gunicorn", "core.wsgi:application"]
