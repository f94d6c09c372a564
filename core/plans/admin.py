from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from core.plans.activation import save_plan
from core.plans.models import DietPlan, PlanDocument, Workout


class PlanAdmin(admin.ModelAdmin):
    """Admin edits keep the one-active-plan rule and the JSON Schema (model validators)."""

    list_display = ["id", "user", "is_active", "created_at", "updated_at"]
    list_filter = ["is_active"]
    search_fields = ["user__email"]
    raw_id_fields = ["user"]
    readonly_fields = ["created_at", "updated_at"]
    list_select_related = ["user"]

    def save_model(self, request: HttpRequest, obj: PlanDocument, form: Any, change: bool) -> None:
        save_plan(obj)


admin.site.register(DietPlan, PlanAdmin)
admin.site.register(Workout, PlanAdmin)
