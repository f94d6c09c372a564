from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.forms import UserChangeForm

from core.accounts.models import User
from core.accounts.validators import django_range_validator
from domain.profile_ranges import PROFILE_RANGES


class UserAdminForm(UserChangeForm):
    """The admin's change form, holding profile values to the API's ranges.

    The model fields carry no range (the ranges live in ``domain.profile_ranges``), so
    without this the admin could save an age or weight the planners refuse.
    """

    class Meta(UserChangeForm.Meta):
        model = User

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, bounds in PROFILE_RANGES.items():
            if name in self.fields:
                self.fields[name].validators.append(django_range_validator(bounds))


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    form = UserAdminForm
    ordering = ["email"]
    list_display = ["email", "name", "is_active", "is_staff", "date_joined"]
    search_fields = ["email", "name"]
    readonly_fields = ["date_joined", "last_login", "ai_data_sharing_consented_at"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (
            "Profile",
            {
                "fields": (
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
                    "ai_data_sharing_consented_at",
                )
            },
        ),
        (
            "Permissions",
            {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")},
        ),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (None, {"classes": ("wide",), "fields": ("email", "name", "password1", "password2")}),
    )
