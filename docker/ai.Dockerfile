# syntax=docker/dockerfile:1
# Health-Bite AI service: FastAPI (ai.main:app) under uvicorn. Build from the repository root:
#   docker build -f docker/ai.Dockerfile -t healthbite-ai .
# It reads the core's database and verifies the core's JWTs with the public key alone
# (JWT_PUBLIC_KEY_FILE, a compose secret); it never holds the signing key.

ARG PYTHON_IMAGE=python:3.11-slim

# --- build: the same locked dependencies as the core (one lock file for both) -----------
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
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --extra mysql --no-dev --no-install-project

# --- runtime ------------------------------------------------------------------------------
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
    DJANGO_ENV=production
# Numeric user and group: Kubernetes' runAsNonRoot can only verify a numeric USER.
USER 10001:10001
EXPOSE 8001
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["python", "docker/healthcheck.py", "http://127.0.0.1:8001/health/ready"]
CMD ["uvicorn", "ai.main:app", "--host=0.0.0.0", "--port=8001", "--proxy-headers", "--no-server-header"]
