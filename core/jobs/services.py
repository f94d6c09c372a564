"""Creating plan jobs and running them (the worker's side), framework-light and testable.

A job runs ``core.plans.services.generate_plan`` exactly as the synchronous endpoint
does, on behalf of its owner: the worker mints a short-lived access token for the owner,
so the AI service checks the same user and reads the same profile as for a request.
"""

from __future__ import annotations

import enum
import logging
import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from rest_framework.exceptions import APIException
from rest_framework_simplejwt.tokens import AccessToken

from core.accounts.models import User
from core.api.errors import UpstreamError
from core.jobs.models import Job
from core.jobs.progress import report
from core.plans.activation import lock_owner
from core.plans.services import generate_plan
from domain.errors import default_message, error_body

logger = logging.getLogger("core.jobs")

PLAN_KINDS: dict[str, str] = {Job.Kind.DIET_PLAN: "diet", Job.Kind.WORKOUT_PLAN: "workout"}
KIND_OF_PLAN: dict[str, str] = {plan: job for job, plan in PLAN_KINDS.items()}


class TooManyJobs(Exception):
    """The user already has the allowed number of unfinished jobs."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


class Outcome(enum.Enum):
    """What the worker should do after one attempt at a job."""

    DONE = "done"  # succeeded, failed for good, or nothing to do
    RETRY = "retry"  # the AI service was unavailable: try again later


@dataclass(frozen=True)
class JobCaller:
    """What the gateway forwards for a job: a request id and the owner's Bearer token.

    It stands in for the incoming request the synchronous endpoint forwards.
    """

    request_id: str
    META: dict[str, str] = field(default_factory=dict)

    @classmethod
    def for_job(cls, job: Job) -> JobCaller:
        token = AccessToken.for_user(job.user)
        return cls(
            request_id=job.request_id or f"job-{job.id}",
            META={"HTTP_AUTHORIZATION": f"Bearer {token}"},
        )


def create_plan_job(user: User, plan_kind: str, params: dict[str, Any], request_id: str) -> Job:
    """Store a queued job for ``plan_kind`` ("diet" or "workout"), within the user's limit.

    The count and the insert happen under the owner's row lock, so two parallel requests
    cannot both take the last free slot.
    """
    limit = settings.JOB_MAX_UNFINISHED_PER_USER
    with transaction.atomic():
        lock_owner(user.pk)
        if Job.objects.filter(user=user, status__in=Job.UNFINISHED).count() >= limit:
            raise TooManyJobs(limit)
        job = Job.objects.create(
            id=uuid.uuid4(),
            user=user,
            kind=KIND_OF_PLAN[plan_kind],
            params=params,
            request_id=request_id[:64],
            progress={"stage": "queued", "message": "Waiting for a worker."},
        )
    return job


def _plain(value: Any) -> Any:
    """DRF's full error details with each ``{"message", "code"}`` leaf as its message."""
    if isinstance(value, dict):
        if set(value) == {"message", "code"}:
            return str(value["message"])
        return {key: _plain(inner) for key, inner in value.items()}
    if isinstance(value, list):
        return [_plain(inner) for inner in value]
    return value


def error_from(exc: APIException) -> dict[str, Any]:
    """The error a job keeps: the status and body the synchronous endpoint would answer."""
    if isinstance(exc, UpstreamError) and isinstance(exc.detail, dict):
        return {"status": exc.status_code, **exc.detail}
    full = _plain(exc.get_full_details())
    if isinstance(full, dict):
        message = str(full.pop("detail", "") or default_message(exc.status_code))
        return {"status": exc.status_code, **error_body(message, full)}
    return {"status": exc.status_code, **error_body(str(exc.detail), {})}


def run_plan_job(job_id: str | uuid.UUID, *, final_attempt: bool = True) -> Outcome:
    """One attempt at a plan job: generate, save as the active plan, record the outcome.

    Idempotent: a job that already finished (a redelivered message) is left alone. When
    the AI service is unavailable and this is not the final attempt, the job goes back to
    ``queued`` and ``Outcome.RETRY`` asks the caller to schedule another attempt.
    """
    try:
        job = Job.objects.select_related("user").get(pk=job_id)
    except (Job.DoesNotExist, ValueError):
        logger.warning("plan job %s no longer exists", job_id)
        return Outcome.DONE
    if job.finished:
        return Outcome.DONE
    job.attempts += 1
    report(job, "generating", status=Job.Status.RUNNING, attempt=job.attempts)
    try:
        plan = generate_plan(
            job.user,
            PLAN_KINDS[job.kind],
            job.params,
            JobCaller.for_job(job),
            on_progress=lambda item: _solving(job, item),
        )
    except APIException as exc:
        error = error_from(exc)
        if error["status"] == 503 and not final_attempt:
            report(job, "queued", status=Job.Status.QUEUED, retrying_after=error["error"])
            return Outcome.RETRY
        job.error = error
        report(job, "failed", status=Job.Status.FAILED, reason=error["error"])
        return Outcome.DONE
    except Exception:
        logger.exception("plan job %s crashed", job.id)
        job.error = {"status": 500, **error_body(default_message(500), {})}
        report(job, "failed", status=Job.Status.FAILED, reason=job.error["error"])
        return Outcome.DONE
    job.result_id = plan.pk
    job.error = None
    report(job, "saved", status=Job.Status.SUCCEEDED, plan_id=plan.pk)
    return Outcome.DONE


def _solving(job: Job, item: dict[str, Any]) -> None:
    """Record the AI service's progress ("solving day 3 of 7") on the job and announce it."""
    day, days = item.get("day"), item.get("days")
    if isinstance(day, int) and isinstance(days, int) and 0 < day <= days <= 31:
        report(job, "solving", day=day, days=days)


def fail_stale_jobs(now: Any = None) -> int:
    """Mark jobs unfinished for longer than ``JOB_STALE_AFTER_SECONDS`` failed; their count."""
    now = now or timezone.now()
    cutoff = now - timedelta(seconds=settings.JOB_STALE_AFTER_SECONDS)
    stale = list(Job.objects.filter(status__in=Job.UNFINISHED, created_at__lt=cutoff))
    message = "The job did not finish in time (a worker was lost); start a new one."
    for job in stale:
        job.error = {"status": 503, **error_body(message, {"reason": "stale job"})}
        report(job, "failed", status=Job.Status.FAILED, reason=message)
    return len(stale)


def delete_old_jobs(now: Any = None) -> int:
    """Delete finished jobs older than ``JOB_RETENTION_DAYS``; how many went."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.JOB_RETENTION_DAYS)
    deleted, _ = Job.objects.filter(
        status__in=(Job.Status.SUCCEEDED, Job.Status.FAILED), created_at__lt=cutoff
    ).delete()
    return deleted
