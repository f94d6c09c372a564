"""Registration, login, token refresh/logout and the profile."""

from __future__ import annotations

from django.contrib.auth import authenticate
from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.exceptions import AuthenticationFailed, ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.tokens import RefreshToken
from rest_framework_simplejwt.views import TokenRefreshView

from core.accounts.export import erase_user, export_user_data
from core.accounts.models import User
from core.accounts.serializers import (
    AuthResponseSerializer,
    LoginSerializer,
    PasswordConfirmSerializer,
    ProfileSerializer,
    RefreshBodySerializer,
    RegisterSerializer,
    tokens_for,
)
from core.accounts.throttles import AuthEmailThrottle, AuthIpThrottle
from core.api.authentication import TokenRefreshSerializer, active_user_for


class PublicAuthView(APIView):
    """Base for endpoints that take credentials in the body rather than a token.

    With no authentication classes DRF would turn a failed login into 403; a bad
    credential is a 401, so the Bearer challenge is announced explicitly.
    """

    authentication_classes: list = []
    permission_classes = [AllowAny]

    def get_authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="api"'


class RegisterView(PublicAuthView):
    """Create an account and sign in: ``{user, tokens}``."""

    throttle_classes = [AuthIpThrottle, AuthEmailThrottle]

    @extend_schema(request=RegisterSerializer, responses={201: AuthResponseSerializer})
    def post(self, request: Request) -> Response:
        serializer = RegisterSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = serializer.save()
        body = {"user": ProfileSerializer(user).data, "tokens": tokens_for(user)}
        return Response(body, status=status.HTTP_201_CREATED)


class LoginView(PublicAuthView):
    """Exchange email and password for ``{user, tokens}``; 401 on bad credentials."""

    throttle_classes = [AuthIpThrottle, AuthEmailThrottle]

    @extend_schema(request=LoginSerializer, responses={200: AuthResponseSerializer})
    def post(self, request: Request) -> Response:
        serializer = LoginSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = authenticate(
            request,
            email=serializer.validated_data["email"].lower(),
            password=serializer.validated_data["password"],
        )
        if user is None:
            raise AuthenticationFailed("The email or password is incorrect.")
        return Response({"user": ProfileSerializer(user).data, "tokens": tokens_for(user)})


class RefreshView(TokenRefreshView):
    """Rotate a refresh token: the old one is blacklisted, a new pair is returned.

    A token of an erased or deactivated account, or naming no valid user, is a 401.
    """

    throttle_classes = [AuthIpThrottle]
    serializer_class = TokenRefreshSerializer


class LogoutView(PublicAuthView):
    """Blacklist a refresh token so it can no longer be used (205)."""

    @extend_schema(request=RefreshBodySerializer, responses={205: None})
    def post(self, request: Request) -> Response:
        serializer = RefreshBodySerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            token = RefreshToken(serializer.validated_data["refresh"])
            # Blacklisting records the token under its user: one erased since is a 401.
            active_user_for(token)
            token.blacklist()
        except TokenError as exc:
            raise AuthenticationFailed(
                "The refresh token is invalid, expired or already used."
            ) from exc
        return Response(status=status.HTTP_205_RESET_CONTENT)


class ProfileView(generics.RetrieveUpdateDestroyAPIView):
    """Read or change your profile; DELETE (with your password) erases the account."""

    serializer_class = ProfileSerializer

    def get_object(self) -> User:
        return self.request.user

    @extend_schema(request=PasswordConfirmSerializer, responses={204: None})
    def delete(self, request: Request, *args: object, **kwargs: object) -> Response:
        serializer = PasswordConfirmSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        if not request.user.check_password(serializer.validated_data["password"]):
            raise ValidationError({"password": ["The password is incorrect."]})
        erase_user(request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class ProfileExportView(APIView):
    """Every row you own, as one JSON document."""

    @extend_schema(responses={200: dict})
    def get(self, request: Request) -> Response:
        return Response(export_user_data(request.user))
