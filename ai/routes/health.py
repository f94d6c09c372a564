"""``GET /health``: is the service up and can it reach the database?"""

from __future__ import annotations

import asyncio

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import text

from ai.deps import SessionDep, SettingsDep
from ai.errors import json_error

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    database: str


@router.get(
    "/health",
    response_model=Health,
    summary="Liveness and database check",
    responses={503: {"description": "The database is unreachable."}},
)
async def health(session: SessionDep, settings: SettingsDep) -> Health | JSONResponse:
    """200 when ``SELECT 1`` answers within the database timeout, else 503 JSON."""
    try:
        async with asyncio.timeout(settings.database_timeout_seconds):
            await session.execute(text("SELECT 1"))
    except Exception as exc:  # any driver error or the timeout means "unreachable"
        reason = f"{type(exc).__name__}: {exc}"[:300]
        return json_error(503, "The database is unreachable.", {"reason": reason})
    return Health(status="ok", database=session.get_bind().dialect.name)
