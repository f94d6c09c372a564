"""JWT checks that answer 401, never 500, for tokens naming a user that is not there.

simplejwt looks the ``user_id`` claim up as it is: ``"abc"`` raises ``ValueError``, a
20-digit id overflows the SQLite driver, and a refresh token of an erased account raises
``DoesNotExist`` in ``TokenRefreshSerializer``; each was a 500. Here the claim must be a
user id (``domain.input_limits.user_id_from_claim``) of an active account, for access
tokens (``JWTAuthentication``), refresh (``TokenRefreshSerializer``) and logout.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from drf_spectacular.contrib.rest_framework_simplejwt import (
    SimpleJWTScheme,
    TokenRefreshSerializerExtension,
)
from rest_framework.exceptions import AuthenticationFailed
from rest_framework_simplejwt import authentication
from rest_framework_simplejwt import serializers as jwt_serializers
from rest_framework_simplejwt.settings import api_settings
from rest_framework_simplejwt.tokens import RefreshToken, Token

from domain.input_limits import user_id_from_claim

NO_ACTIVE_ACCOUNT = "The account of this token is inactive or no longer exists."


def active_user_for(token: Token) -> Any:
    """The active user a validated token names; ``AuthenticationFailed`` (401) otherwise."""
    user_id = user_id_from_claim(token.payload.get(api_settings.USER_ID_CLAIM))
    if user_id is None:
        raise AuthenticationFailed("The token does not name a user.", code="bad_user_id")
    user = get_user_model()._default_manager.filter(**{api_settings.USER_ID_FIELD: user_id}).first()
    if user is None or not api_settings.USER_AUTHENTICATION_RULE(user):
        raise AuthenticationFailed(NO_ACTIVE_ACCOUNT, code="no_active_account")
    return user


class JWTAuthentication(authentication.JWTAuthentication):
    """simplejwt's Bearer authentication with a checked ``user_id`` claim."""

    def get_user(self, validated_token: Token) -> Any:
        # Only the claim's form is checked here; simplejwt's lookup then answers 401 for
        # an unknown or inactive user (one query per request, as before).
        if user_id_from_claim(validated_token.get(api_settings.USER_ID_CLAIM)) is None:
            raise AuthenticationFailed("The token does not name a user.", code="bad_user_id")
        return super().get_user(validated_token)


class TokenRefreshSerializer(jwt_serializers.TokenRefreshSerializer):
    """Rotation refused (401) for a token of an erased, inactive or malformed user."""

    def validate(self, attrs: dict[str, Any]) -> dict[str, str]:
        active_user_for(RefreshToken(attrs["refresh"]))  # TokenError -> the view's 401
        return super().validate(attrs)


# drf-spectacular matches its simplejwt extensions by exact class; name ours the same way
# so the schema still documents Bearer JWT auth and the refresh body.
class _JWTScheme(SimpleJWTScheme):
    target_class = "core.api.authentication.JWTAuthentication"


class _TokenRefreshSchema(TokenRefreshSerializerExtension):
    target_class = "core.api.authentication.TokenRefreshSerializer"
