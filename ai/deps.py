"""Injected dependencies: settings, a database session and the verified caller.

Routes only declare what they need::

    async def handler(session: SessionDep, user: CurrentUser) -> ...
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ai.auth import AuthenticatedUser, InvalidToken, verify_access_token
from ai.errors import ApiError
from ai.settings import Settings
from ai.tables import users

# auto_error=False: a missing header gets our 401 JSON, not FastAPI's 403.
_bearer = HTTPBearer(auto_error=False, description="The core's access token (JWT).")
_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="api"'}


def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    return request.app.state.settings


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One read-only session per request, closed afterwards."""
    async with request.app.state.sessionmaker() as session:
        yield session


SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[AsyncSession, Depends(get_session)]


def _unauthorized(message: str) -> ApiError:
    return ApiError(401, message, headers=_CHALLENGE)


async def get_current_user(
    settings: SettingsDep,
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> AuthenticatedUser:
    """Verify the Bearer access token and load its user, who must exist and be active."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise _unauthorized("Authentication credentials were not provided.")
    try:
        claims = verify_access_token(
            credentials.credentials,
            public_key=settings.jwt_public_key,
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            leeway=settings.jwt_leeway_seconds,
        )
    except InvalidToken as exc:
        raise _unauthorized(str(exc)) from exc
    # Only what authentication needs: this runs on every request.
    query = select(
        users.c.id,
        users.c.email,
        users.c.name,
        users.c.is_active,
        users.c.timezone,
        users.c.ai_data_sharing_consented_at,
    ).where(users.c.id == claims.user_id)
    row = (await session.execute(query)).mappings().first()
    if row is None or not row["is_active"]:
        raise _unauthorized("The user of this token is inactive or no longer exists.")
    return AuthenticatedUser(
        id=row["id"],
        email=row["email"],
        name=row["name"],
        timezone=row["timezone"],
        ai_data_sharing_consented_at=row["ai_data_sharing_consented_at"],
    )


CurrentUser = Annotated[AuthenticatedUser, Depends(get_current_user)]
