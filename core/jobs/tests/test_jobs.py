"""Plan jobs in one process: the job resource, its states, retries and housekeeping.

The AI service is the gateway test's scripted HTTP server (a real socket, real JSON);
with no broker configured the job runs on the core's local thread pool, which is what
``make run`` does. A real Celery worker over Redis is exercised end to end in
``e2e/test_jobs.py``.
"""

from __future__ import annotations

import copy
import json
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta

import jwt
import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import timezone

from core.accounts.models import User
from core.api.testing import client_for
from core.api.tests.test_gateway import FakeAIService, Reply, closed_port_url
from core.jobs.models import Job
from core.jobs.services import Outcome, create_plan_job, run_plan_job
from core.jobs.tasks import expire_stale_jobs
from core.plans.models import DietPlan, Workout
from core.plans.tests.samples import DIET_PLAN, WORKOUT

GATEWAY = {
    "AI_SERVICE_CONNECT_TIMEOUT": 1.0,
    "AI_SERVICE_READ_TIMEOUT": 5.0,
    "AI_SERVICE_RETRIES": 0,
    "AI_SERVICE_BACKOFF_SECONDS": 0.01,
}


@pytest.fixture
def fake() -> Iterator[FakeAIService]:
    server = FakeAIService()
    with override_settings(AI_SERVICE_URL=server.url, CELERY_BROKER_URL="", **GATEWAY):
        yield server
    server.stop()


def wait_finished(client, url: str, timeout: float = 20) -> dict:
    """Poll the job resource until it finished (the way a client does)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        body = client.get(url).json()
        if body["status"] in ("succeeded", "failed"):
            return body
        time.sleep(0.05)
    raise AssertionError(f"job still {body['status']} after {timeout}s: {body}")


# --- through the API, run by the local thread pool ------------------------------------------
@pytest.mark.django_db(transaction=True)
def test_diet_job_is_accepted_then_saves_the_active_plan(fake: FakeAIService, user: User) -> None:
    generated = {**copy.deepcopy(DIET_PLAN), "inputs": {"seed": 11}}
    fake.script("/diet/generate", Reply(status=200, body={"plan": generated}))
    client = client_for(user)
    response = client.post(
        "/api/v1/jobs/",
        {"kind": "diet_plan", "params": {"days": 3}},
        format="json",
        HTTP_X_REQUEST_ID="job-req-1",
    )
    assert response.status_code == 202, response.content
    job = response.json()
    assert response["Location"] == job["url"] == f"/api/v1/jobs/{job['id']}/"
    assert job["status"] in ("queued", "running", "succeeded")
    assert job["result"] is None or job["status"] == "succeeded"

    done = wait_finished(client, job["url"])
    assert done["status"] == "succeeded", done
    assert done["progress"]["stage"] == "saved"
    assert done["error"] is None and done["attempts"] == 1
    # The result is the saved plan, in the shape the synchronous endpoint answers.
    active = DietPlan.objects.get(user=user, is_active=True)
    assert done["result"]["id"] == active.id and done["result"]["plan"] == generated
    assert client.get("/api/v1/diet-plans/?is_active=true").json()["results"][0]["id"] == active.id
    # The worker called the AI service for this user, with the overrides and request id.
    method, path, headers, sent = fake.requests[-1]
    assert (method, path, json.loads(sent)) == ("POST", "/diet/generate", {"days": 3})
    assert headers["X-Request-ID"] == "job-req-1"
    claims = jwt.decode(
        headers["Authorization"].removeprefix("Bearer "),
        settings.SIMPLE_JWT["VERIFYING_KEY"],
        algorithms=["RS256"],
        audience=settings.SIMPLE_JWT["AUDIENCE"],
    )
    assert str(claims["user_id"]) == str(user.id) and claims["token_type"] == "access"


@pytest.mark.django_db(transaction=True)
def test_prefer_respond_async_on_the_generate_endpoint_starts_a_job(
    fake: FakeAIService, user: User
) -> None:
    fake.script("/workout/generate", Reply(status=200, body={"workout": WORKOUT}))
    client = client_for(user)
    response = client.post(
        "/api/v1/workout/generate/",
        {"days_per_week": 3},
        format="json",
        HTTP_PREFER="respond-async",
    )
    assert response.status_code == 202, response.content
    assert response.json()["kind"] == "workout_plan"
    done = wait_finished(client, response["Location"])
    assert done["status"] == "succeeded"
    assert done["result"]["id"] == Workout.objects.get(user=user, is_active=True).id


@pytest.mark.django_db(transaction=True)
def test_a_refused_plan_fails_the_job_with_the_ai_services_error(
    fake: FakeAIService, user: User
) -> None:
    refusal = {"error": "No plan meets the constraints.", "details": {"constraint": "calories"}}
    fake.script("/diet/generate", Reply(status=422, body=refusal))
    client = client_for(user)
    job = client.post("/api/v1/jobs/", {"kind": "diet_plan"}, format="json").json()
    done = wait_finished(client, job["url"])
    assert done["status"] == "failed"
    assert done["error"] == {"status": 422, **refusal}
    assert done["progress"]["stage"] == "failed"
    assert done["result"] is None
    assert not DietPlan.objects.filter(user=user).exists()


# --- the API's refusals --------------------------------------------------------------------
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"kind": "lunch"}, "kind"),
        ({}, "kind"),
        ({"kind": "diet_plan", "params": ["days", 3]}, "params"),
    ],
)
def test_bad_job_requests_are_400_and_create_nothing(user: User, body: dict, field: str) -> None:
    response = client_for(user).post("/api/v1/jobs/", body, format="json")
    assert response.status_code == 400
    assert field in response.json()["details"]
    assert not Job.objects.exists()


@pytest.mark.django_db
def test_jobs_need_a_login(client) -> None:
    assert client.get("/api/v1/jobs/").status_code == 401
    assert client.post("/api/v1/jobs/", {"kind": "diet_plan"}).status_code == 401


@pytest.mark.django_db
def test_another_users_job_is_invisible(user: User, other_user: User) -> None:
    job = create_plan_job(other_user, "diet", {}, "")
    client = client_for(user)
    assert client.get(f"/api/v1/jobs/{job.id}/").status_code == 404
    assert client.get("/api/v1/jobs/").json()["count"] == 0
    assert client_for(other_user).get(f"/api/v1/jobs/{job.id}/").status_code == 200
    assert client.get("/api/v1/jobs/not-a-uuid/").status_code == 404


@pytest.mark.django_db
@override_settings(JOB_MAX_UNFINISHED_PER_USER=2)
def test_too_many_unfinished_jobs_are_429(user: User, other_user: User) -> None:
    create_plan_job(user, "diet", {}, "")
    create_plan_job(user, "workout", {}, "")
    response = client_for(user).post("/api/v1/jobs/", {"kind": "diet_plan"}, format="json")
    assert response.status_code == 429
    assert "Retry-After" in response
    assert Job.objects.filter(user=user).count() == 2
    # The limit is per user.
    assert create_plan_job(other_user, "diet", {}, "").status == "queued"


@pytest.mark.django_db
def test_queue_down_is_503_and_leaves_no_job(user: User) -> None:
    broker = closed_port_url().replace("http://", "redis://") + "/0"
    with override_settings(CELERY_BROKER_URL=broker):
        response = client_for(user).post("/api/v1/jobs/", {"kind": "diet_plan"}, format="json")
    assert response.status_code == 503, response.content
    assert "queue" in response.json()["error"]
    assert not Job.objects.exists()


@pytest.mark.django_db
def test_jobs_are_listed_newest_first_and_filter_by_status(user: User) -> None:
    first = create_plan_job(user, "diet", {}, "")
    second = create_plan_job(user, "workout", {}, "")
    Job.objects.filter(pk=first.pk).update(status=Job.Status.FAILED)
    client = client_for(user)
    listed = client.get("/api/v1/jobs/").json()
    assert [j["id"] for j in listed["results"]] == [str(second.id), str(first.id)]
    failed = client.get("/api/v1/jobs/?status=failed").json()["results"]
    assert [j["id"] for j in failed] == [str(first.id)]
    assert client.get("/api/v1/jobs/?status=bogus").status_code == 400


# --- the worker's side ---------------------------------------------------------------------
@pytest.mark.django_db
def test_ai_unavailable_asks_for_a_retry_then_fails_on_the_last_attempt(user: User) -> None:
    job = create_plan_job(user, "diet", {}, "")
    with override_settings(AI_SERVICE_URL=closed_port_url(), **GATEWAY):
        assert run_plan_job(job.id, final_attempt=False) is Outcome.RETRY
        job.refresh_from_db()
        assert (job.status, job.progress["stage"], job.attempts) == ("queued", "queued", 1)
        assert run_plan_job(job.id, final_attempt=True) is Outcome.DONE
    job.refresh_from_db()
    assert (job.status, job.attempts, job.error["status"]) == ("failed", 2, 503)
    assert job.error["error"] and job.finished_at is not None
    assert not DietPlan.objects.filter(user=user).exists()


@pytest.mark.django_db
def test_a_redelivered_finished_job_is_not_run_again(fake: FakeAIService, user: User) -> None:
    fake.script("/diet/generate", Reply(status=200, body={"plan": DIET_PLAN}))
    job = create_plan_job(user, "diet", {}, "")
    assert run_plan_job(job.id) is Outcome.DONE
    calls = len(fake.requests)
    assert run_plan_job(job.id) is Outcome.DONE  # the broker delivered it twice
    assert len(fake.requests) == calls
    assert DietPlan.objects.filter(user=user).count() == 1
    assert run_plan_job(uuid.uuid4()) is Outcome.DONE  # a job deleted meanwhile


@pytest.mark.django_db
def test_a_document_failing_our_schema_fails_the_job_and_saves_nothing(
    fake: FakeAIService, user: User
) -> None:
    fake.script("/diet/generate", Reply(status=200, body={"plan": {"weekly_plan": "nope"}}))
    job = create_plan_job(user, "diet", {}, "")
    run_plan_job(job.id)
    job.refresh_from_db()
    assert job.status == "failed" and job.error["status"] == 503
    assert job.error["details"]["reason"] == "invalid plan document"
    assert not DietPlan.objects.filter(user=user).exists()


@pytest.mark.django_db
def test_housekeeping_fails_lost_jobs_and_deletes_old_ones(user: User) -> None:
    lost = create_plan_job(user, "diet", {}, "")
    fresh = create_plan_job(user, "workout", {}, "")
    old = Job.objects.create(user=user, kind=Job.Kind.DIET_PLAN, status=Job.Status.SUCCEEDED)
    long_ago = timezone.now() - timedelta(seconds=settings.JOB_STALE_AFTER_SECONDS + 60)
    Job.objects.filter(pk=lost.pk).update(created_at=long_ago)
    Job.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - timedelta(days=settings.JOB_RETENTION_DAYS + 1)
    )
    assert expire_stale_jobs.apply().get() == {"failed": 1, "deleted": 1}
    lost.refresh_from_db()
    fresh.refresh_from_db()
    assert lost.status == "failed" and lost.error["details"]["reason"] == "stale job"
    assert fresh.status == "queued"
    assert not Job.objects.filter(pk=old.pk).exists()
