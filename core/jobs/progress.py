"""Where a job stands: saved on the row (for polling) and announced to the user live.

Stages, in order: ``queued`` -> ``generating`` -> ``solving`` (diet plans: ``day`` of
``days``, once per day solved) -> ``saved`` (succeeded) or ``failed``.
A job that is retried after the AI service was unavailable goes back to ``queued`` with
``retry_in_seconds``.
"""

from __future__ import annotations

import logging
from typing import Any

from django.utils import timezone

from core.jobs.models import Job

logger = logging.getLogger("core.jobs")

MESSAGES = {
    "queued": "Waiting for a worker.",
    "generating": "Generating your plan.",
    "solving": "Solving the days of your plan.",
    "saved": "Your plan is ready and saved as your active plan.",
    "failed": "The job failed; see error.",
}


def report(job: Job, stage: str, *, status: str | None = None, **data: Any) -> None:
    """Record ``stage`` (and optional ``status``) on ``job`` and tell its owner."""
    message = MESSAGES.get(stage, stage)
    if stage == "solving":
        message = f"Solving day {data['day']} of {data['days']}."
    job.progress = {"stage": stage, "message": message, **data}
    fields = ["progress"]
    if status is not None:
        job.status = status
        fields.append("status")
        if status == Job.Status.RUNNING and job.started_at is None:
            job.started_at = timezone.now()
            fields.append("started_at")
        if status in (Job.Status.SUCCEEDED, Job.Status.FAILED):
            job.finished_at = timezone.now()
            fields.append("finished_at")
    job.save(update_fields=[*fields, "result_id", "error", "attempts"])
    announce(job)


def announce(job: Job) -> None:
    """Publish the job's state to its owner's live connections, if real time is set up.

    Never raises: a job's outcome is on its row whatever happens to the notification.
    """
    try:
        from core.realtime.events import publish_user_event
    except ImportError:  # the real-time layer is optional
        return
    from core.jobs.serializers import job_event

    kind = "plan_job.finished" if job.finished else "plan_job.progress"
    try:
        publish_user_event(job.user_id, kind, job_event(job))
    except Exception:  # noqa: BLE001 - a notification must never fail the job
        logger.warning("could not announce job %s", job.id, exc_info=True)
