"""Prometheus metrics of the core: counted by route template, served to the token only.

Requests go through the real middleware stack; values are read back by scraping
``/metrics`` itself (the default registry, shared by the whole test process, so checks
compare before and after). Multiprocess mode runs real gunicorn workers.
"""

from __future__ import annotations

import os
import runpy
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.test import Client
from prometheus_client.parser import text_string_to_metric_families
from rest_framework.test import APIClient

from core.accounts.models import User
from core.api.tests.test_ops_settings import _setup, production_env
from core.plans.models import DietPlan

# Fixed, not random: it appears in test ids, which must be the same in every xdist worker.
TOKEN = "metrics-test-token-0123456789abcdefghijklmnop"
REQUESTS = "healthbite_http_requests_total"
DURATION_COUNT = "healthbite_http_request_duration_seconds_count"
ROOT = Path(settings.BASE_DIR)

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def parse(text: str) -> Samples:
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def scrape() -> Samples:
    """What ``/metrics`` serves now (a client of its own: APIClient credentials would win)."""
    response = Client().get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
    assert response.status_code == 200, response.content
    return parse(response.content.decode())


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset({"service": "core", **labels}.items())), 0.0)


@pytest.fixture
def token(settings) -> str:  # noqa: ANN001
    settings.METRICS_TOKEN = TOKEN
    return TOKEN


# --- what is counted -------------------------------------------------------------------------


def test_requests_are_counted_by_route_template_not_path(
    token: str, auth_client: APIClient, user: User
) -> None:
    plans = [DietPlan.objects.create(user=user, plan={}) for _ in range(2)]
    before = scrape()
    for plan in plans:
        assert auth_client.get(f"/api/v1/diet-plans/{plan.pk}/").status_code == 200
    after = scrape()

    route = "api/v1/diet-plans/(?P<pk>[^/.]+)/$"
    labels = {"method": "GET", "route": route, "status": "200"}
    assert value(after, REQUESTS, **labels) - value(before, REQUESTS, **labels) == 2
    assert value(after, DURATION_COUNT, **labels) - value(before, DURATION_COUNT, **labels) == 2
    bucket = {**labels, "le": "+Inf"}
    assert value(after, "healthbite_http_request_duration_seconds_bucket", **bucket) == value(
        after, DURATION_COUNT, **labels
    )
    # One series for both ids: no label anywhere holds a raw path.
    routes = {dict(labels)["route"] for (_, labels) in after if "route" in dict(labels)}
    assert not [r for r in routes for plan in plans if f"/{plan.pk}/" in r]


def test_unknown_paths_share_one_label_and_odd_methods_are_other(
    token: str, api: APIClient
) -> None:
    before = scrape()
    assert api.get("/no/such/page-1").status_code == 404
    assert api.get("/no/such/page-2").status_code == 404
    assert api.generic("BREW", "/api/v1/health/live").status_code == 405
    after = scrape()
    unmatched = {"method": "GET", "route": "unmatched", "status": "404"}
    assert value(after, REQUESTS, **unmatched) - value(before, REQUESTS, **unmatched) == 2
    other = {"method": "other", "route": "api/v1/health/live", "status": "405"}
    assert value(after, REQUESTS, **other) - value(before, REQUESTS, **other) == 1
    assert not any("page-1" in str(key) or "BREW" in str(key) for key in after)


def test_existing_behaviour_is_kept(token: str, api: APIClient) -> None:
    response = api.get("/api/v1/health/live", HTTP_X_REQUEST_ID="metrics-probe-1")
    assert response.status_code == 200
    assert response["X-Request-ID"] == "metrics-probe-1"
    assert response["Cache-Control"] == "no-store"
    metrics = api.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {token}", HTTP_X_REQUEST_ID="m-1")
    assert metrics["X-Request-ID"] == "m-1"
    assert metrics["Cache-Control"] == "no-store"
    assert metrics["Content-Type"].startswith("text/plain; version=")


def test_metrics_are_not_in_the_openapi_schema(api: APIClient) -> None:
    schema = api.get("/api/v1/schema/", {"format": "json"})
    assert schema.status_code == 200
    assert not [path for path in schema.json()["paths"] if "metrics" in path]


# --- who may read them -----------------------------------------------------------------------


def _not_found(path: str) -> dict[str, object]:
    return {"error": f"No endpoint or resource at {path}.", "details": {}}


@pytest.mark.parametrize(
    "authorization",
    [None, "", f"Bearer {TOKEN}x", f"Basic {TOKEN}", TOKEN, "Bearer ", "Bearer \u00e9t\u00e9"],
)
def test_without_the_token_it_is_an_unknown_path(token: str, authorization: str | None) -> None:
    client = Client(enforce_csrf_checks=True)  # REMOTE_ADDR 127.0.0.1: loopback is not enough
    headers = {} if authorization is None else {"HTTP_AUTHORIZATION": authorization}
    for method in ("get", "post", "delete"):
        response = getattr(client, method)("/metrics", **headers)
        assert response.status_code == 404, method
        assert response.json() == _not_found("/metrics")
    assert client.get("/metrics/", **headers).status_code == 404


def test_with_the_token_it_answers(token: str) -> None:
    client = Client(REMOTE_ADDR="203.0.113.7")  # from anywhere, with the token
    response = client.get("/metrics", HTTP_AUTHORIZATION=f"bearer {token}")
    assert response.status_code == 200
    assert f"# TYPE {REQUESTS} counter" in response.content.decode()
    assert client.post("/metrics", HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 405


def test_production_without_a_token_is_off(settings) -> None:  # noqa: ANN001
    settings.METRICS_TOKEN = ""
    settings.PRODUCTION = True
    assert Client().get("/metrics").status_code == 404  # not even from loopback


@pytest.mark.parametrize(
    ("remote_addr", "forwarded", "status"),
    [
        ("127.0.0.1", "", 200),
        ("::1", "", 200),
        ("203.0.113.7", "", 404),
        ("203.0.113.7", "127.0.0.1", 404),  # X-Forwarded-For is anyone's to write
    ],
)
def test_development_without_a_token_answers_loopback_only(
    settings,  # noqa: ANN001
    remote_addr: str,
    forwarded: str,
    status: int,
) -> None:
    settings.METRICS_TOKEN = ""
    settings.PRODUCTION = False
    client = Client(REMOTE_ADDR=remote_addr)
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    assert client.get("/metrics", **headers).status_code == status


def test_production_refuses_a_short_metrics_token() -> None:
    result = _setup(**production_env(), METRICS_TOKEN="short-token")
    assert result.returncode != 0
    assert "METRICS_TOKEN must be at least 32" in result.stderr
    assert _setup(**production_env(), METRICS_TOKEN=TOKEN).returncode == 0


# --- several worker processes ----------------------------------------------------------------


def _child_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "PYTEST_", "PROMETHEUS_", "METRICS_", "REDIS_URL"))
    }
    env.update(DJANGO_SETTINGS_MODULE="core.settings", DJANGO_ENV="development", **extra)
    return env


def test_multiprocess_directory_adds_up_every_process(tmp_path: Path) -> None:
    """Two processes answer requests; the second serves the sum of both from the directory."""
    code = (
        "import sys, django; django.setup()\n"
        "from django.test import Client\n"
        "c = Client()\n"
        "for _ in range(int(sys.argv[1])): assert c.get('/api/v1/health/live').status_code == 200\n"
        "if sys.argv[2] == 'scrape': sys.stdout.write(c.get('/metrics').content.decode())\n"
    )
    env = _child_env(PROMETHEUS_MULTIPROC_DIR=str(tmp_path))

    def run(count: int, action: str) -> str:
        result = subprocess.run(
            [sys.executable, "-c", code, str(count), action],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result.stdout

    run(2, "-")
    samples = parse(run(3, "scrape"))  # loopback, development, no token
    labels = {"method": "GET", "route": "api/v1/health/live", "status": "200"}
    assert value(samples, REQUESTS, **labels) == 5
    assert value(samples, DURATION_COUNT, **labels) == 5
    assert len(list(tmp_path.glob("counter_*.db"))) == 2  # one per process


def test_gunicorn_hooks_clear_the_directory_and_drop_dead_workers_gauges(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hooks = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    directory = tmp_path / "metrics"
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(directory))
    hooks["on_starting"](None)
    assert directory.is_dir()
    (directory / "counter_4242.db").write_bytes(b"stale")
    (directory / "gauge_livesum_4343.db").write_bytes(b"live")
    (directory / "gauge_all_4343.db").write_bytes(b"kept")
    hooks["child_exit"](None, SimpleNamespace(pid=4343))
    assert sorted(p.name for p in directory.iterdir()) == ["counter_4242.db", "gauge_all_4343.db"]
    hooks["on_starting"](None)  # a new start forgets the last run
    assert list(directory.iterdir()) == []
    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR")
    hooks["on_starting"](None)  # without the variable: nothing to do
    hooks["child_exit"](None, SimpleNamespace(pid=4343))


@pytest.fixture
def gunicorn(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes], Path]]:
    """The core under gunicorn (2 workers, the repository's gunicorn.conf.py) on loopback."""
    directory = tmp_path / "prometheus"
    directory.mkdir()
    (directory / "counter_1.db").write_bytes(b"from a previous run")
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    command = [
        sys.executable, "-m", "gunicorn", "core.wsgi:application",
        f"--bind=fd://{listener.fileno()}", "--workers=2", "--worker-class=gthread",
        "--threads=2", "--no-control-socket", "--log-level=warning", "--graceful-timeout=5",
    ]  # fmt: skip
    log = (tmp_path / "gunicorn.log").open("wb")
    process = subprocess.Popen(
        command, cwd=ROOT, env=_child_env(PROMETHEUS_MULTIPROC_DIR=str(directory)),
        stdout=log, stderr=log, pass_fds=(listener.fileno(),),
    )  # fmt: skip
    listener.close()
    try:
        deadline = time.monotonic() + 60
        while not _get(f"{url}/api/v1/health/live"):
            assert process.poll() is None, (tmp_path / "gunicorn.log").read_text()
            assert time.monotonic() < deadline, "gunicorn did not start"
            time.sleep(0.2)
        yield url, process, directory
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def _get(url: str) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (loopback)
            return response.read()
    except OSError:  # refused, reset or timed out while the workers boot
        return None


def _worker_pids(master: int) -> set[int]:
    children = Path(f"/proc/{master}/task/{master}/children")
    return {int(pid) for pid in children.read_text().split()} if children.exists() else set()


@pytest.mark.slow
def test_gunicorn_workers_are_added_up_and_survive_a_worker_restart(
    gunicorn: tuple[str, subprocess.Popen[bytes], Path],
) -> None:
    url, process, directory = gunicorn
    assert not (directory / "counter_1.db").exists()  # cleared at start
    for _ in range(20):
        assert _get(f"{url}/api/v1/health/live") is not None
    labels = {"method": "GET", "route": "api/v1/health/live", "status": "200"}
    counted = value(parse(_get(f"{url}/metrics").decode()), REQUESTS, **labels)
    assert counted >= 20  # the start-up polls count too

    workers = _worker_pids(process.pid)
    if not workers:
        pytest.skip("no /proc children list to find a worker by")
    os.kill(next(iter(workers)), signal.SIGKILL)  # the master replaces it
    deadline = time.monotonic() + 30
    while len(_worker_pids(process.pid) - workers) < 1:
        assert time.monotonic() < deadline, "no replacement worker"
        time.sleep(0.2)
    after = value(parse(_get(f"{url}/metrics").decode()), REQUESTS, **labels)
    assert after >= counted  # a dead worker's counts are kept
