"""Health probes of the AI service.

- ``GET /health/live``: the process answers HTTP; touches nothing else, so a database
  outage does not get the container restarted.
- ``GET /health/ready``: the database answers ``SELECT 1`` within the database timeout;
  503 otherwise, so traffic goes elsewhere until it recovers. The service uses no Redis
  (its only dependency is the database it reads).
- ``GET /health``: the original check, kept for existing probes: the database, by name.

Bodies say which dependency is down, never why: no driver message, host or user name
(those go to the log).
"""

from __future__ import annotations

import asyncio
import logging

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import text

from ai.deps import SessionDep, SettingsDep
from ai.errors import json_error

router = APIRouter(tags=["health"])
logger = logging.getLogger("ai.health")


class Health(BaseModel):
    status: str
    database: str


class Live(BaseModel):
    status: str


async def _database_ok(session: SessionDep, settings: SettingsDep) -> bool:
    """Whether ``SELECT 1`` answers within the database timeout (the reason is logged)."""
    try:
        async with asyncio.timeout(settings.database_timeout_seconds):
            await session.execute(text("SELECT 1"))
    except Exception as exc:  # any driver error or the timeout means "unreachable"
        logger.warning("Database unreachable (%s)", type(exc).__name__)
        return False
    return True


@router.get(
    "/health",
    response_model=Health,
    summary="Database check (the original health endpoint)",
    responses={503: {"description": "The database is unreachable."}},
)
async def health(session: SessionDep, settings: SettingsDep) -> Health | JSONResponse:
    """200 with the database dialect when it answers, else 503 JSON."""
    if not await _database_ok(session, settings):
        return json_error(503, "The database is unreachable.", {})
    return Health(status="ok", database=session.get_bind().dialect.name)


@router.get("/health/live", response_model=Live, summary="Liveness: the process answers")
async def live() -> Live:
    """Always 200 while the event loop can serve HTTP."""
    return Live(status="ok")


@router.get(
    "/health/ready",
    response_model=Health,
    summary="Readiness: the database answers",
    responses={503: {"description": "The database is unreachable."}},
)
async def ready(session: SessionDep, settings: SettingsDep) -> Health | JSONResponse:
    """200 when the database answers, else 503 naming it (``details.database: down``)."""
    if not await _database_ok(session, settings):
        return json_error(
            503, "The service is not ready: database unreachable.", {"database": "down"}
        )
    return Health(status="ok", database="ok")
