"""The job resource as clients see it (read-only: jobs are started by POSTing a kind)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from rest_framework import serializers

from core.jobs.models import Job
from core.plans.api.serializers import DietPlanSerializer, WorkoutSerializer
from core.plans.models import DietPlan, Workout

RESULTS: dict[str, tuple[type, type[serializers.ModelSerializer]]] = {
    Job.Kind.DIET_PLAN: (DietPlan, DietPlanSerializer),
    Job.Kind.WORKOUT_PLAN: (Workout, WorkoutSerializer),
}


class JobSerializer(serializers.ModelSerializer):
    """A job and, once it succeeded, the saved plan exactly as the generate endpoint answers."""

    url = serializers.SerializerMethodField()
    result = serializers.SerializerMethodField()

    class Meta:
        model = Job
        fields = [
            "id",
            "url",
            "kind",
            "status",
            "progress",
            "params",
            "result",
            "error",
            "attempts",
            "created_at",
            "started_at",
            "finished_at",
        ]
        read_only_fields = fields

    def get_url(self, job: Job) -> str:
        return reverse("v1:job-detail", kwargs={"pk": job.pk})

    def get_result(self, job: Job) -> dict[str, Any] | None:
        """The saved plan (null until the job succeeded, or if the plan was deleted since)."""
        if job.status != Job.Status.SUCCEEDED or job.result_id is None:
            return None
        model, serializer = RESULTS[job.kind]
        plan = model.objects.filter(pk=job.result_id, user_id=job.user_id).first()
        return serializer(plan).data if plan is not None else None


class StartJobSerializer(serializers.Serializer):
    """``POST /jobs/``: which plan to generate and the overrides its endpoint takes."""

    kind = serializers.ChoiceField(choices=Job.Kind.choices)
    params = serializers.DictField(
        required=False,
        default=dict,
        help_text="The body the generate endpoint takes (diet or workout overrides).",
    )


def job_event(job: Job) -> dict[str, Any]:
    """The compact state pushed to the owner's live connections (no plan body)."""
    return {
        "job_id": str(job.id),
        "kind": job.kind,
        "status": job.status,
        "progress": job.progress,
        "result_id": job.result_id,
        "error": job.error,
    }
