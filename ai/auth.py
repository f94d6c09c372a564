"""Verifying the core's access tokens with its public key alone.

The core signs RS256 JWTs (djangorestframework-simplejwt). A token is accepted only if
its signature checks out with the public key, it has not expired, its audience and
issuer are the core's, and it is an *access* token: a refresh token carries the same
signature but ``token_type: "refresh"`` and must not open a feature endpoint.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import jwt

from domain.input_limits import user_id_from_claim

ALGORITHM = "RS256"


class InvalidToken(Exception):
    """The token cannot be accepted; the message says why, for the 401 body."""


@dataclass(frozen=True)
class TokenClaims:
    """What a verified access token says."""

    user_id: int
    jti: str


@dataclass(frozen=True)
class AuthenticatedUser:
    """The caller: a verified token and an active row in ``users``."""

    id: int
    email: str
    name: str
    timezone: str
    ai_data_sharing_consented_at: datetime | None

    @property
    def ai_data_sharing(self) -> bool:
        """Whether the user opted in to sending personal data to external providers."""
        return self.ai_data_sharing_consented_at is not None


def verify_access_token(
    token: str, *, public_key: str, audience: str, issuer: str, leeway: int = 0
) -> TokenClaims:
    """Check an access token completely and return its claims, or raise ``InvalidToken``."""
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            public_key,
            algorithms=[ALGORITHM],  # never trust the header's alg (no "none", no HS256)
            audience=audience,
            issuer=issuer,
            leeway=leeway,
            options={"require": ["exp", "aud", "iss", "token_type", "user_id"]},
        )
    except jwt.ExpiredSignatureError as exc:
        raise InvalidToken("The access token has expired; refresh it and try again.") from exc
    except jwt.InvalidTokenError as exc:
        raise InvalidToken(f"The access token is invalid: {exc}.") from exc
    if claims.get("token_type") != "access":
        raise InvalidToken("An access token is required; this is not one.")
    # Strict: int(True), int(1.5) and 20-digit ids were accepted (the latter a 500 in the
    # database driver); only a positive BIGINT, as the core issues it, names a user.
    user_id = user_id_from_claim(claims["user_id"])
    if user_id is None:
        raise InvalidToken("The access token does not name a user.")
    return TokenClaims(user_id=user_id, jti=str(claims.get("jti", "")))
