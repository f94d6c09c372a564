"""A background job a user started (today: a diet or workout plan generation).

The row is the job's whole public state: clients poll it, the worker updates it, and it
outlives the broker message, so a lost message or a dead worker leaves a row that
housekeeping can mark failed rather than a job that silently never ends.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models


class Job(models.Model):
    """One run of a background task on behalf of a user (table ``jobs``)."""

    class Kind(models.TextChoices):
        DIET_PLAN = "diet_plan", "Diet plan generation"
        WORKOUT_PLAN = "workout_plan", "Workout plan generation"

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Failed"

    # A random id: job URLs reveal nothing about how many jobs exist or whose they are.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="jobs"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    # The request body the job runs with (plan overrides), as the client sent it.
    params = models.JSONField(default=dict, blank=True)
    # {"stage": ..., "message": ..., and stage-specific numbers}; see core.jobs.progress.
    progress = models.JSONField(default=dict, blank=True)
    # The saved plan's id once the job succeeded (diet_plans or workouts, by kind).
    result_id = models.BigIntegerField(null=True, blank=True)
    # {"status": <HTTP status the synchronous endpoint would have answered>, "error", "details"}
    error = models.JSONField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    request_id = models.CharField(max_length=64, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    UNFINISHED = (Status.QUEUED, Status.RUNNING)

    class Meta:
        db_table = "jobs"
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["user", "-created_at"], name="jobs_user_created"),
            models.Index(fields=["status", "created_at"], name="jobs_status_created"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.id} ({self.status})"

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.SUCCEEDED, self.Status.FAILED)
