"""``GET /whoami``: who the verified token belongs to (for clients, tests, the harness)."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from ai.deps import CurrentUser

router = APIRouter(tags=["auth"])


class WhoAmI(BaseModel):
    id: int
    email: str
    name: str
    ai_data_sharing: bool


@router.get("/whoami", response_model=WhoAmI, summary="The caller, from the access token")
async def whoami(user: CurrentUser) -> WhoAmI:
    """The authenticated user's id, email, name and AI data-sharing consent."""
    return WhoAmI(
        id=user.id, email=user.email, name=user.name, ai_data_sharing=user.ai_data_sharing
    )
