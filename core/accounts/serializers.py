"""Serializers for registration, login and the profile."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils import timezone
from rest_framework import serializers
from rest_framework_simplejwt.tokens import RefreshToken

from core.accounts import validators as v
from core.accounts.choices import ALLERGENS, DIETARY_PREFERENCES, GOALS
from core.accounts.models import User


def tokens_for(user: User) -> dict[str, str]:
    """A fresh refresh/access pair for ``user``."""
    refresh = RefreshToken.for_user(user)
    return {"refresh": str(refresh), "access": str(refresh.access_token)}


class ProfileSerializer(serializers.ModelSerializer):
    """The user as clients see it; server-owned fields are read-only."""

    # Ranges from domain.profile_ranges (shared with the planners); errors state the range.
    age = serializers.IntegerField(
        **v.range_field_kwargs(v.AGE), required=False, allow_null=True, help_text="years"
    )
    height = serializers.FloatField(
        **v.range_field_kwargs(v.HEIGHT_CM), required=False, allow_null=True, help_text="cm"
    )
    weight = serializers.FloatField(
        **v.range_field_kwargs(v.WEIGHT_KG), required=False, allow_null=True, help_text="kg"
    )
    body_fat_percent = serializers.FloatField(
        **v.range_field_kwargs(v.BODY_FAT_PERCENT),
        required=False,
        allow_null=True,
        help_text="%",
    )
    goals = serializers.JSONField(required=False, help_text=f"list of: {', '.join(GOALS)}")
    dietary_preferences = serializers.JSONField(
        required=False,
        help_text=f"list of: {', '.join(DIETARY_PREFERENCES)}. halal: no pork or pork products "
        "and no alcohol (nor foods made with wine, beer, spirits, liqueur or mirin); halal "
        "slaughter of meat is not known from USDA data, so it is never claimed.",
    )
    allergies = serializers.JSONField(required=False, help_text=f"list of: {', '.join(ALLERGENS)}")
    timezone = serializers.CharField(
        required=False, max_length=64, validators=[v.validate_timezone]
    )
    ai_data_sharing = serializers.BooleanField(
        required=False,
        help_text="Opt in to sending your profile and log to external AI providers.",
    )

    class Meta:
        model = User
        fields = [
            "id",
            "email",
            "name",
            "age",
            "gender",
            "height",
            "weight",
            "body_fat_percent",
            "goals",
            "activity_level",
            "dietary_preferences",
            "allergies",
            "timezone",
            "ai_data_sharing",
            "ai_data_sharing_consented_at",
            "is_staff",
            "date_joined",
        ]
        read_only_fields = [
            "id",
            "email",
            "ai_data_sharing_consented_at",
            "is_staff",
            "date_joined",
        ]

    def validate_goals(self, value: object) -> list[str]:
        return v.validate_choice_list(value, GOALS, "goals")

    def validate_dietary_preferences(self, value: object) -> list[str]:
        return v.validate_choice_list(value, DIETARY_PREFERENCES, "dietary preferences")

    def validate_allergies(self, value: object) -> list[str]:
        return v.validate_choice_list(value, ALLERGENS, "allergens")

    def validate_name(self, value: str) -> str:
        if not value.strip():
            raise serializers.ValidationError("Name must not be blank.")
        return value.strip()

    def update(self, instance: User, validated_data: dict[str, Any]) -> User:
        sharing = validated_data.pop("ai_data_sharing", None)
        if sharing is True and instance.ai_data_sharing_consented_at is None:
            instance.ai_data_sharing_consented_at = timezone.now()
        elif sharing is False:
            instance.ai_data_sharing_consented_at = None
        return super().update(instance, validated_data)


class RegisterSerializer(ProfileSerializer):
    """Sign-up: the profile plus email and a confirmed password."""

    email = serializers.EmailField(max_length=254)
    password = serializers.CharField(
        write_only=True, style={"input_type": "password"}, max_length=128
    )
    password2 = serializers.CharField(
        write_only=True, style={"input_type": "password"}, max_length=128
    )

    class Meta(ProfileSerializer.Meta):
        fields = [*ProfileSerializer.Meta.fields, "password", "password2"]
        read_only_fields = ["id", "ai_data_sharing_consented_at", "is_staff", "date_joined"]

    def validate_email(self, value: str) -> str:
        email = User.objects.normalize_email(value).lower()
        if User.objects.filter(email=email).exists():
            raise serializers.ValidationError("An account with this email already exists.")
        return email

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if attrs["password"] != attrs.pop("password2"):
            raise serializers.ValidationError({"password2": ["The two passwords do not match."]})
        candidate = User(email=attrs["email"], name=attrs.get("name", ""))
        try:
            password_validation.validate_password(attrs["password"], candidate)
        except DjangoValidationError as exc:
            raise serializers.ValidationError({"password": list(exc.messages)}) from exc
        return attrs

    def create(self, validated_data: dict[str, Any]) -> User:
        sharing = validated_data.pop("ai_data_sharing", False)
        password = validated_data.pop("password")
        if sharing:
            validated_data["ai_data_sharing_consented_at"] = timezone.now()
        return User.objects.create_user(password=password, **validated_data)


class LoginSerializer(serializers.Serializer):
    email = serializers.EmailField()
    password = serializers.CharField(style={"input_type": "password"}, max_length=128)


class AuthResponseSerializer(serializers.Serializer):
    """Documents ``{user, tokens}`` for the OpenAPI schema."""

    user = ProfileSerializer()
    tokens = serializers.DictField(child=serializers.CharField())


class RefreshBodySerializer(serializers.Serializer):
    refresh = serializers.CharField()


class PasswordConfirmSerializer(serializers.Serializer):
    password = serializers.CharField(style={"input_type": "password"}, max_length=128)
