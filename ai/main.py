"""The AI service's app factory: ``uvicorn ai.main:app`` (port 8001 under ``make run``)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI

from ai.db import create_engine, create_sessionmaker
from ai.errors import install_error_handlers
from ai.limits import JsonLimitsMiddleware
from ai.logs import configure_logging
from ai.metrics import MetricsMiddleware, add_metrics_endpoint
from ai.middleware import (
    BodySizeLimitMiddleware,
    RequestContextMiddleware,
    RequestTimeoutMiddleware,
    SecurityHeadersMiddleware,
)
from ai.rate_limits import per_user_limit
from ai.routes import RATE_LIMITED, ROUTERS
from ai.routes.food import start_food_service
from ai.settings import Settings, get_settings
from domain.assistant import safety_model

logger = logging.getLogger("ai")


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the service for ``settings`` (default: from the environment)."""
    settings = settings or get_settings()
    configure_logging(settings.log_level)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = create_engine(settings)
        app.state.engine = engine
        app.state.sessionmaker = create_sessionmaker(engine)
        logger.info(
            "AI service starting",
            extra={"environment": settings.environment, "database": engine.url.get_backend_name()},
        )
        food = start_food_service(app, settings)  # logs the selected food providers
        await food.warm_up(app)
        # The assistant's safety classifier is fit on first use (~0.5 s): pay it at start-up,
        # off the event loop, rather than on a user's first message.
        await asyncio.to_thread(safety_model.model)
        try:
            yield
        finally:
            await food.aclose()
            await engine.dispose()

    # The OpenAPI schema and /docs: public in development, off in production unless
    # API_DOCS_PUBLIC=true (the same switch as the core's).
    docs = settings.docs_public
    app = FastAPI(
        docs_url="/docs" if docs else None,
        redoc_url="/redoc" if docs else None,
        openapi_url="/openapi.json" if docs else None,
        title="Health-Bite AI service",
        description="Food analysis, plans, assistant and restaurants over the shared database. "
        "Every feature endpoint needs the core's access token (Bearer).",
        version="1.0.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    install_error_handlers(app)
    # add_middleware wraps: the last added runs first. Request ids and logs outermost,
    # so even a 413 or a timeout answer carries the id and is logged; the JSON limits
    # read a body the size limit has already bounded.
    app.add_middleware(RequestTimeoutMiddleware, seconds=settings.request_timeout_seconds)
    app.add_middleware(JsonLimitsMiddleware)
    app.add_middleware(BodySizeLimitMiddleware, limit=settings.max_request_body_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    # Prometheus counts and latencies by route template, inside the request id (ai/metrics.py).
    app.add_middleware(MetricsMiddleware)
    app.add_middleware(RequestContextMiddleware)
    scopes = {id(router): scope for router, scope in RATE_LIMITED}  # routers are unhashable
    for router in ROUTERS:
        scope = scopes.get(id(router))
        limits = [Depends(per_user_limit(scope))] if scope else []
        app.include_router(router, dependencies=limits)
    add_metrics_endpoint(app)  # GET /metrics: not public, not in the schema
    return app


app = create_app()
