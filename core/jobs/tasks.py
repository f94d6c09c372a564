"""Celery tasks for background jobs and their housekeeping."""

from __future__ import annotations

from celery import shared_task
from celery.app.task import Task
from django.conf import settings

from core.jobs import services


@shared_task(bind=True, name="core.jobs.tasks.run_plan_job", max_retries=None)
def run_plan_job_task(self: Task, job_id: str) -> str:
    """Run one plan job; re-queue it with backoff while the AI service is unavailable.

    Backoff comes from ``JOB_RETRY_COUNTDOWNS`` (one retry per value).
    """
    countdowns = settings.JOB_RETRY_COUNTDOWNS
    attempt = self.request.retries
    outcome = services.run_plan_job(job_id, final_attempt=attempt >= len(countdowns))
    if outcome is services.Outcome.RETRY:
        raise self.retry(countdown=countdowns[attempt])
    return outcome.value


@shared_task(name="core.jobs.tasks.expire_stale_jobs")
def expire_stale_jobs() -> dict[str, int]:
    """Fail jobs a lost worker left unfinished and delete finished jobs past retention."""
    return {"failed": services.fail_stale_jobs(), "deleted": services.delete_old_jobs()}
