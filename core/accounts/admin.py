from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from core.accounts.models import User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
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
