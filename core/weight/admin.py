from django.contrib import admin

from core.weight.models import WeightEntry


@admin.register(WeightEntry)
class WeightEntryAdmin(admin.ModelAdmin):
    list_display = ["user", "weight", "measured_at", "created_at"]
    list_select_related = ["user"]
    search_fields = ["user__email"]
    date_hierarchy = "measured_at"
    raw_id_fields = ["user"]
    readonly_fields = ["created_at"]
