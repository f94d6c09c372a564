from django.contrib import admin

from core.jobs.models import Job


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    """Read-mostly view of background jobs, for support."""

    list_display = ["id", "user", "kind", "status", "attempts", "created_at", "finished_at"]
    list_filter = ["kind", "status"]
    search_fields = ["id", "user__email"]
    readonly_fields = [f.name for f in Job._meta.fields]
