"""Handing a job to whoever runs it: a Celery worker through Redis, or a local thread.

With a broker configured (``CELERY_BROKER_URL`` / ``REDIS_URL``) the job is sent to the
Celery queue and the web process is free at once. Without one (``make run`` on the
embedded defaults) a small thread pool in this process runs it, so the same API works
with no extra service; production always has the broker (``REDIS_URL`` is required).
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.db import close_old_connections, connection

from core.jobs.models import Job

logger = logging.getLogger("core.jobs")


class QueueUnavailable(Exception):
    """The broker refused or could not take the job."""


_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def _local_pool() -> ThreadPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(
                max_workers=settings.JOB_LOCAL_THREADS, thread_name_prefix="job"
            )
        return _pool


def _run_locally(job_id: str) -> None:
    from core.jobs.services import run_plan_job

    close_old_connections()
    try:
        run_plan_job(job_id)
    except Exception:  # the thread has no one to report to but the log
        logger.exception("local plan job %s crashed", job_id)
    finally:
        connection.close()  # this thread's connection, not the request's


def enqueue(job: Job) -> None:
    """Start ``job`` (already committed to the database) in the background."""
    job_id = str(job.id)
    if not settings.CELERY_BROKER_URL:
        _local_pool().submit(_run_locally, job_id)
        return
    from core.jobs.tasks import run_plan_job_task

    try:
        # A connection to the broker the settings name now (not one cached by the Celery
        # app at start), closed after the send: a job is seconds of work, a connect is not.
        with run_plan_job_task.app.connection_for_write(settings.CELERY_BROKER_URL) as conn:
            run_plan_job_task.apply_async(
                args=[job_id], connection=conn, retry=True, retry_policy=PUBLISH_RETRY
            )
    except Exception as exc:  # kombu/redis raise many kinds; all mean "not queued"
        logger.warning("could not queue job %s: %s", job_id, exc)
        raise QueueUnavailable(str(exc)) from exc


# Publishing to a broker that is down gives up after about a second, so the client gets a
# 503 promptly instead of a hung request.
PUBLISH_RETRY = {"max_retries": 2, "interval_start": 0.1, "interval_step": 0.3, "interval_max": 0.5}
