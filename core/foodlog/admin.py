from typing import Any

from django import forms
from django.contrib import admin

from core.foodlog.models import FoodEntry
from domain.nutrients import MAX_CALORIES_PER_ENTRY, validate_nutrients


class FoodEntryAdminForm(forms.ModelForm):
    """The admin applies the same nutrient and calorie rules as the API."""

    class Meta:
        model = FoodEntry
        fields = ["user", "name", "calories", "nutrients", "meal", "logged_at"]

    def clean_calories(self) -> float:
        value = self.cleaned_data["calories"]
        if not 0 <= value <= MAX_CALORIES_PER_ENTRY:
            raise forms.ValidationError(f"Must be between 0 and {MAX_CALORIES_PER_ENTRY:g} kcal.")
        return value

    def clean_nutrients(self) -> dict[str, Any]:
        clean, errors = validate_nutrients(self.cleaned_data["nutrients"])
        if errors:
            raise forms.ValidationError([f"{key}: {message}" for key, message in errors.items()])
        return clean


@admin.register(FoodEntry)
class FoodEntryAdmin(admin.ModelAdmin):
    form = FoodEntryAdminForm
    list_display = ["name", "user", "calories", "meal", "logged_at"]
    list_filter = ["meal"]
    search_fields = ["name", "user__email"]
    date_hierarchy = "logged_at"
    raw_id_fields = ["user"]
    readonly_fields = ["created_at", "updated_at"]
    list_select_related = ["user"]
