"""Who is on a socket: the access token from the first message or the subprotocol header.

Only access tokens open a socket: the same RS256 tokens as the HTTP API, checked the same
way (``core.api.authentication.active_user_for``: an active account named by a valid
``user_id`` claim). A refresh token, an expired one, a forged one or one in the URL is
refused with a close code (``protocol.Close``); nothing about the token is logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from rest_framework.exceptions import AuthenticationFailed
from rest_framework_simplejwt.exceptions import ExpiredTokenError, TokenError
from rest_framework_simplejwt.tokens import AccessToken

from core.api.authentication import active_user_for
from core.realtime.protocol import (
    BEARER_PROTOCOL_PREFIX,
    PROTOCOL,
    URL_TOKEN_PARAMETERS,
    Close,
)

MAX_TOKEN_CHARS = 4096  # far above any token we issue; longer input is not a token


class Refused(Exception):
    """The socket must close with ``code``; ``reason`` is safe to show the client."""

    def __init__(self, code: Close, reason: str) -> None:
        super().__init__(reason)
        self.code, self.reason = code, reason


@dataclass(frozen=True)
class Identity:
    """An authenticated socket's user and when its access token expires (epoch seconds)."""

    user_id: int
    expires_at: float
    token: str  # forwarded to the AI service for the assistant, like an HTTP request's


def token_in_url(scope: dict[str, Any]) -> bool:
    """Whether the query string carries something that looks like a token."""
    query = scope.get("query_string", b"").decode("latin-1")
    return any(name.lower() in URL_TOKEN_PARAMETERS for name, _ in parse_qsl(query))


def subprotocol_choice(scope: dict[str, Any]) -> tuple[str | None, str | None]:
    """``(subprotocol to accept, token)`` from ``Sec-WebSocket-Protocol``.

    The client offers ``healthbite.v1`` and, to authenticate in the handshake,
    ``bearer.<access JWT>``. Only ``healthbite.v1`` is ever selected (echoing the token
    would put it in the response headers).
    """
    offered = list(scope.get("subprotocols") or [])
    token = next(
        (p[len(BEARER_PROTOCOL_PREFIX) :] for p in offered if p.startswith(BEARER_PROTOCOL_PREFIX)),
        None,
    )
    return (PROTOCOL if PROTOCOL in offered else None), token


def check_access_token(raw: object) -> AccessToken:
    """A verified access token, or :class:`Refused` (4402 when expired, else 4401)."""
    if not isinstance(raw, str) or not raw or len(raw) > MAX_TOKEN_CHARS:
        raise Refused(Close.UNAUTHORIZED, "An access token is required.")
    try:
        return AccessToken(raw)  # signature, audience, issuer, expiry and token_type
    except ExpiredTokenError:
        raise Refused(Close.TOKEN_EXPIRED, "The access token has expired.") from None
    except TokenError:
        # Also a refresh token ("wrong type"): it must never open a socket.
        raise Refused(Close.UNAUTHORIZED, "The token is not a valid access token.") from None


def identify(raw: object) -> Identity:
    """Authenticate a raw token (runs a database query: call it in a thread)."""
    token = check_access_token(raw)
    try:
        user = active_user_for(token)
    except AuthenticationFailed:
        raise Refused(Close.UNAUTHORIZED, "The account of this token is not active.") from None
    return Identity(user_id=user.pk, expires_at=float(token["exp"]), token=str(raw))
