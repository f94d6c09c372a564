"""Plan jobs end to end: client -> core (202) -> Redis -> Celery worker -> AI service ->
the plan saved as the active one, polled through the job resource. Nothing is lost when
no worker runs for a while or when the AI service is down and comes back."""

from __future__ import annotations

import time
from typing import Any

import pytest

from e2e.harness import ROOT, Account, manage
from e2e.jobs_harness import JobsStack
from e2e.jobs_harness import jobs_stack as jobs_stack  # noqa: F401 - the fixture

pytestmark = pytest.mark.e2e

PROFILE = {
    "gender": "female",
    "age": 34,
    "height": 165,
    "weight": 63,
    "activity_level": "moderate",
    "goals": ["improve_endurance"],
    "dietary_preferences": ["vegetarian"],
}


def with_profile(jobs: JobsStack) -> Account:
    stack = jobs.stack
    account = stack.register()
    response = stack.http.patch(
        f"{stack.core_url}/api/v1/profile/", json=PROFILE, headers=account.auth
    )
    assert response.status_code == 200, response.text
    return account


def start(jobs: JobsStack, account: Account, kind: str, params: dict[str, Any]) -> dict[str, Any]:
    stack = jobs.stack
    response = stack.http.post(
        f"{stack.core_url}/api/v1/jobs/",
        json={"kind": kind, "params": params},
        headers=account.auth,
    )
    assert response.status_code == 202, response.text
    assert response.headers["Location"] == response.json()["url"]
    return response.json()


def poll(jobs: JobsStack, account: Account, job: dict[str, Any], timeout: float = 90) -> dict:
    """Poll the job until it finished, as a client does."""
    stack = jobs.stack
    deadline = time.monotonic() + timeout
    body = job
    while time.monotonic() < deadline:
        response = stack.http.get(f"{stack.core_url}{job['url']}", headers=account.auth)
        assert response.status_code == 200, response.text
        body = response.json()
        if body["status"] in ("succeeded", "failed"):
            return body
        time.sleep(0.2)
    raise AssertionError(
        f"job still {body['status']} after {timeout}s: {body}\n{jobs.worker.log_tail()}"
    )


def active(jobs: JobsStack, account: Account, resource: str) -> dict[str, Any]:
    stack = jobs.stack
    response = stack.http.get(
        f"{stack.core_url}/api/v1/{resource}/?is_active=true", headers=account.auth
    )
    results = response.json()["results"]
    assert len(results) == 1, results
    return results[0]


def test_workout_job_runs_on_the_worker_and_saves_the_active_plan(jobs_stack: JobsStack) -> None:
    account = with_profile(jobs_stack)
    job = start(jobs_stack, account, "workout_plan", {"days_per_week": 3, "goal": "strength"})
    assert job["status"] == "queued" and job["result"] is None
    done = poll(jobs_stack, account, job)
    assert done["status"] == "succeeded", done
    assert done["progress"]["stage"] == "saved" and done["attempts"] == 1
    saved = active(jobs_stack, account, "workouts")
    assert done["result"] == saved
    assert saved["workout"], "the saved workout is a real document"
    # The worker (not the web process) ran it.
    assert "run_plan_job[" in jobs_stack.worker.log_text()


def test_diet_job_saves_a_plan_on_target(jobs_stack: JobsStack) -> None:
    stack = jobs_stack.stack
    manage(stack, "load_starter_catalog")
    account = with_profile(jobs_stack)
    # The synchronous endpoint with Prefer: respond-async starts the same job.
    response = stack.http.post(
        f"{stack.core_url}/api/v1/diet/generate/",
        json={"days": 2, "seed": 5},
        headers={**account.auth, "Prefer": "respond-async"},
    )
    assert response.status_code == 202, response.text
    done = poll(jobs_stack, account, response.json())
    assert done["status"] == "succeeded", done
    plan = active(jobs_stack, account, "diet-plans")
    assert done["result"]["id"] == plan["id"]
    document = plan["plan"]
    target = document["daily_calorie_target"]
    # Each day adds up to the target it claims (within the planner's tolerance).
    assert len(document["daily_totals"]) == 2
    for day in document["daily_totals"].values():
        assert abs(day["calories"] - target) <= 0.1 * target


def test_a_job_queued_while_no_worker_runs_is_done_when_one_starts(
    jobs_stack: JobsStack,
) -> None:
    account = with_profile(jobs_stack)
    jobs_stack.worker.stop()
    try:
        job = start(jobs_stack, account, "workout_plan", {"days_per_week": 2})
        time.sleep(1)
        stack = jobs_stack.stack
        still = stack.http.get(f"{stack.core_url}{job['url']}", headers=account.auth).json()
        assert still["status"] == "queued"
    finally:
        jobs_stack.worker.start()
    assert poll(jobs_stack, account, job)["status"] == "succeeded"


def test_a_job_waits_out_an_ai_outage_and_then_succeeds(jobs_stack: JobsStack) -> None:
    account = with_profile(jobs_stack)
    stack = jobs_stack.stack
    stack.ai.stop()
    try:
        job = start(jobs_stack, account, "workout_plan", {"days_per_week": 4})
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            body = stack.http.get(f"{stack.core_url}{job['url']}", headers=account.auth).json()
            if body["attempts"] >= 1 and body["status"] == "queued":
                break  # tried, found the AI service down, waiting to retry
            time.sleep(0.2)
        else:
            raise AssertionError(f"the job never retried: {body}")
        assert "retrying_after" in body["progress"]
    finally:
        stack.ai.start()
    done = poll(jobs_stack, account, job)
    assert done["status"] == "succeeded", (done, jobs_stack.worker.log_tail())
    assert done["attempts"] >= 2


def test_another_users_job_is_invisible_end_to_end(jobs_stack: JobsStack) -> None:
    owner, stranger = with_profile(jobs_stack), jobs_stack.stack.register()
    job = start(jobs_stack, owner, "workout_plan", {"days_per_week": 2})
    stack = jobs_stack.stack
    assert stack.http.get(f"{stack.core_url}{job['url']}", headers=stranger.auth).status_code == 404
    poll(jobs_stack, owner, job)


def test_an_import_queued_with_background_runs_on_the_worker(jobs_stack: JobsStack) -> None:
    stack = jobs_stack.stack
    sample = ROOT / "core" / "catalog" / "tests" / "fixtures" / "fdc_sample"
    queued = manage(stack, "import_usda", str(sample), "--background", timeout=120)
    assert "Queued import_usda for a worker" in queued
    account = stack.register()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = stack.http.get(
            f"{stack.core_url}/api/v1/catalog/foods/",
            params={"search": "hummus commercial"},
            headers=account.auth,
        ).json()
        if any(f["name"] == "Hummus, commercial" for f in found.get("results", [])):
            break
        time.sleep(0.3)
    else:
        raise AssertionError(f"the import never landed:\n{jobs_stack.worker.log_tail()}")
    assert "run_import[" in jobs_stack.worker.log_text()
