"""``/api/v1/jobs/``: start a plan generation in the background and poll it.

``POST /jobs/`` with ``{"kind": "diet_plan"|"workout_plan", "params": {...}}`` (or the
generate endpoints with ``Prefer: respond-async``) answers 202 with the job and its URL in
``Location``; ``GET /jobs/{id}/`` shows its progress and, once it succeeded, the plan it
saved as the user's active plan. Jobs are owner-scoped: another user's job is a 404.
"""

from __future__ import annotations

from typing import Any

from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.exceptions import Throttled
from rest_framework.request import Request
from rest_framework.response import Response

from core.api.errors import ServiceUnavailable
from core.api.throttles import GenerationThrottle
from core.jobs.dispatch import QueueUnavailable, enqueue
from core.jobs.models import Job
from core.jobs.progress import announce
from core.jobs.serializers import JobSerializer, StartJobSerializer
from core.jobs.services import PLAN_KINDS, TooManyJobs, create_plan_job

QUEUE_DOWN = "The job queue is unavailable, so the job was not started; try again shortly."


def start_plan_job(request: Request, plan_kind: str, params: dict[str, Any]) -> Response:
    """Create and queue a plan job for the caller; 202 with the job (``Location`` set).

    Nothing is left behind when the queue is down: the row is removed and the client gets
    a 503 with a readable message.
    """
    try:
        job = create_plan_job(
            request.user, plan_kind, params, getattr(request, "request_id", "") or ""
        )
    except TooManyJobs as exc:
        raise Throttled(
            wait=5,
            detail=f"You already have {exc.limit} plan jobs queued or running; wait for one "
            "to finish.",
        ) from exc
    try:
        enqueue(job)
    except QueueUnavailable as exc:
        job.delete()
        raise ServiceUnavailable({"detail": QUEUE_DOWN, "reason": "queue unavailable"}) from exc
    announce(job)  # "queued", to the owner's live connections
    data = JobSerializer(job).data
    return Response(data, status=status.HTTP_202_ACCEPTED, headers={"Location": data["url"]})


class JobFilter(filters.FilterSet):
    status = filters.ChoiceFilter(choices=Job.Status.choices)
    kind = filters.ChoiceFilter(choices=Job.Kind.choices)

    class Meta:
        model = Job
        fields = ["status", "kind"]


class JobViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Your background jobs, newest first; filter with ``?status=`` and ``?kind=``."""

    serializer_class = JobSerializer
    filter_backends = [filters.DjangoFilterBackend]
    filterset_class = JobFilter

    def get_queryset(self):  # noqa: ANN201 - a QuerySet of Job
        # Owner-scoped, so another user's job id is a 404, never a 403.
        return Job.objects.filter(user=self.request.user).order_by("-created_at")

    def get_throttles(self) -> list:
        if self.action == "create":
            return [GenerationThrottle()]
        return super().get_throttles()

    @extend_schema(
        summary="Start a diet or workout plan generation in the background",
        request=StartJobSerializer,
        responses={202: JobSerializer, 400: dict, 401: dict, 429: dict, 503: dict},
    )
    def create(self, request: Request) -> Response:
        """202 with the queued job; poll its ``url`` until ``status`` is succeeded/failed."""
        serializer = StartJobSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        plan_kind = PLAN_KINDS[serializer.validated_data["kind"]]
        return start_plan_job(request, plan_kind, serializer.validated_data["params"])
