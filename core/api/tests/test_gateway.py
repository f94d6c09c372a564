"""The AI gateway against a real HTTP server on 127.0.0.1 that misbehaves on request.

The fake server answers each path from a script (status and JSON body, a hang until
released, or a dropped connection) and records every request it receives, so retries
and forwarded headers are counted on the wire, not inferred.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from rest_framework.test import APIClient

from core.api.errors import ServiceUnavailable, UpstreamError
from core.gateway import AIGateway, CircuitBreaker, GatewayConfig

OK = {"status": "ok", "database": "sqlite"}


@dataclass
class Reply:
    """One scripted answer."""

    status: int = 200
    body: Any = field(default_factory=lambda: dict(OK))
    hang: bool = False  # wait until the test ends, then answer
    drop: bool = False  # close the connection without answering
    raw: bytes | None = None  # a non-JSON body
    headers: dict[str, str] = field(default_factory=dict)


class FakeAIService:
    """A threading HTTP server scripted per path; the last reply of a script repeats."""

    def __init__(self) -> None:
        self.scripts: dict[str, list[Reply]] = {}
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self.release = threading.Event()
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                path = self.path.split("?")[0]
                with fake._lock:
                    fake.requests.append((self.command, path, dict(self.headers), body))
                    script = fake.scripts.get(path, [Reply()])
                    reply = script.pop(0) if len(script) > 1 else script[0]
                if reply.drop:
                    self.close_connection = True
                    return
                if reply.hang:
                    fake.release.wait(60)
                payload = reply.raw if reply.raw is not None else json.dumps(reply.body).encode()
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client gave up waiting (a timeout)

            do_GET = do_POST = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def script(self, path: str, *replies: Reply) -> None:
        with self._lock:
            self.scripts[path] = list(replies)

    def hits(self, path: str) -> int:
        with self._lock:
            return sum(1 for _, p, _, _ in self.requests if p == path)

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake() -> Iterator[FakeAIService]:
    server = FakeAIService()
    yield server
    server.stop()


def gateway_for(url: str, **overrides: Any) -> AIGateway:
    options = {"connect_timeout": 1.0, "read_timeout": 0.5, "retries": 2, "backoff_seconds": 0.01}
    return AIGateway(GatewayConfig(base_url=url, **{**options, **overrides}))


def closed_port_url() -> str:
    """A URL on a port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


# --- answers ---------------------------------------------------------------------------
def test_success_returns_status_and_json(fake: FakeAIService) -> None:
    fake.script("/food/analyze", Reply(status=200, body={"calories": 155.0}))
    reply = gateway_for(fake.url).post("/food/analyze", json={"name": "2 eggs"})
    assert (reply.status_code, reply.data) == (200, {"calories": 155.0})
    method, _, headers, body = fake.requests[0]
    assert method == "POST" and json.loads(body) == {"name": "2 eggs"}
    assert headers["Content-Type"] == "application/json"


def test_client_error_is_passed_through_unchanged(fake: FakeAIService) -> None:
    error = {
        "error": "Invalid input: name: too long",
        "details": {"name": ["too long"], "limit": 500},
    }
    fake.script("/food/analyze", Reply(status=422, body=error))
    with pytest.raises(UpstreamError) as caught:
        gateway_for(fake.url).post("/food/analyze", json={"name": "x" * 600})
    assert caught.value.status_code == 422
    assert caught.value.detail == error
    assert fake.hits("/food/analyze") == 1


def test_client_errors_do_not_open_the_circuit(fake: FakeAIService) -> None:
    fake.script(
        "/food/analyze", Reply(status=400, body={"error": "Nothing matched.", "details": {}})
    )
    gateway = gateway_for(fake.url, failure_threshold=2)
    for _ in range(4):
        with pytest.raises(UpstreamError):
            gateway.post("/food/analyze", json={"name": "zzz"})
    assert gateway.breaker.state == CircuitBreaker.CLOSED
    assert fake.hits("/food/analyze") == 4


def test_non_json_success_is_unavailable(fake: FakeAIService) -> None:
    fake.script("/health", Reply(raw=b"<html>proxy page</html>"))
    with pytest.raises(ServiceUnavailable) as caught:
        gateway_for(fake.url).get("/health")
    assert caught.value.detail["reason"] == "invalid JSON"


# --- timeouts and retries ------------------------------------------------------------------
def test_read_timeout_answers_unavailable_without_waiting_or_retrying(fake: FakeAIService) -> None:
    fake.script("/health", Reply(hang=True))
    with pytest.raises(ServiceUnavailable) as caught:
        gateway_for(fake.url, read_timeout=0.3).get("/health")
    # The server is still holding its answer: the 503 came from the timeout, not the reply.
    assert not fake.release.is_set()
    assert "did not answer within 0.3 seconds" in str(caught.value.detail["detail"])
    assert caught.value.detail["reason"] == "timeout"
    assert fake.hits("/health") == 1  # a slow service is not hammered with repeats


def test_get_is_retried_on_503_until_it_succeeds(fake: FakeAIService) -> None:
    fake.script("/health", Reply(status=503), Reply(status=502), Reply())
    reply = gateway_for(fake.url, retries=2).get("/health")
    assert reply.data == OK
    assert fake.hits("/health") == 3


def test_retries_are_bounded(fake: FakeAIService) -> None:
    fake.script("/health", Reply(status=503, body={"error": "down", "details": {}}))
    with pytest.raises(ServiceUnavailable) as caught:
        gateway_for(fake.url, retries=2).get("/health")
    assert caught.value.detail["reason"] == "status 503"
    assert fake.hits("/health") == 3


def test_internal_error_is_unavailable_and_not_retried(fake: FakeAIService) -> None:
    fake.script(
        "/health", Reply(status=500, body={"error": "Internal server error.", "details": {}})
    )
    with pytest.raises(ServiceUnavailable):
        gateway_for(fake.url, retries=2).get("/health")
    assert fake.hits("/health") == 1


def test_post_is_not_retried_unless_marked_idempotent(fake: FakeAIService) -> None:
    fake.script("/food/analyze", Reply(status=503))
    with pytest.raises(ServiceUnavailable):
        gateway_for(fake.url, retries=2).post("/food/analyze", json={})
    assert fake.hits("/food/analyze") == 1
    with pytest.raises(ServiceUnavailable):
        gateway_for(fake.url, retries=2).post("/food/analyze", json={}, idempotent=True)
    assert fake.hits("/food/analyze") == 1 + 3


def test_dropped_connection_is_retried_for_get_only(fake: FakeAIService) -> None:
    fake.script("/health", Reply(drop=True), Reply())
    assert gateway_for(fake.url).get("/health").data == OK
    assert fake.hits("/health") == 2
    fake.script("/food/analyze", Reply(drop=True), Reply())
    with pytest.raises(ServiceUnavailable):
        gateway_for(fake.url).post("/food/analyze", json={})
    assert fake.hits("/food/analyze") == 1


def test_connection_refused_is_unavailable() -> None:
    with pytest.raises(ServiceUnavailable) as caught:
        gateway_for(closed_port_url()).get("/health")
    assert caught.value.detail["reason"] == "connection failed"


# --- circuit breaker -------------------------------------------------------------------------
def test_circuit_opens_after_failures_and_recovers_after_cooldown(fake: FakeAIService) -> None:
    fake.script("/health", Reply(status=503))
    gateway = gateway_for(fake.url, retries=0, failure_threshold=2, cooldown_seconds=0.3)
    for _ in range(2):
        with pytest.raises(ServiceUnavailable):
            gateway.get("/health")
    assert gateway.breaker.state == CircuitBreaker.OPEN
    with pytest.raises(ServiceUnavailable) as caught:
        gateway.get("/health")
    assert caught.value.detail["reason"] == "circuit open"
    assert fake.hits("/health") == 2  # the open circuit sent nothing

    fake.script("/health", Reply())
    threading.Event().wait(0.4)  # let the cooldown pass
    assert gateway.get("/health").data == OK  # the half-open trial call
    assert gateway.breaker.state == CircuitBreaker.CLOSED
    assert fake.hits("/health") == 3


def test_failed_trial_call_reopens_the_circuit(fake: FakeAIService) -> None:
    fake.script("/health", Reply(status=503))
    gateway = gateway_for(fake.url, retries=0, failure_threshold=1, cooldown_seconds=0.3)
    with pytest.raises(ServiceUnavailable):
        gateway.get("/health")
    threading.Event().wait(0.4)
    with pytest.raises(ServiceUnavailable) as trial:
        gateway.get("/health")
    assert trial.value.detail["reason"] == "status 503"
    with pytest.raises(ServiceUnavailable) as refused:
        gateway.get("/health")
    assert refused.value.detail["reason"] == "circuit open"
    assert fake.hits("/health") == 2


def test_half_open_circuit_lets_exactly_one_trial_through() -> None:
    breaker = CircuitBreaker(threshold=1, cooldown_seconds=0.05)
    breaker.record_failure()
    threading.Event().wait(0.1)
    start = threading.Barrier(16)
    allowed: list[bool] = []

    def call() -> None:
        start.wait()
        allowed.append(breaker.allow())

    threads = [threading.Thread(target=call) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert allowed.count(True) == 1
    assert breaker.state == CircuitBreaker.HALF_OPEN


# --- through the core's own endpoint ----------------------------------------------------------
@pytest.fixture
def gateway_settings(settings: Any, fake: FakeAIService) -> Any:
    settings.AI_SERVICE_URL = fake.url
    settings.AI_SERVICE_READ_TIMEOUT = 0.5
    settings.AI_SERVICE_BACKOFF_SECONDS = 0.01
    return settings


@pytest.mark.django_db
def test_core_forwards_request_id_and_token(
    gateway_settings: Any, fake: FakeAIService, auth_client: APIClient
) -> None:
    response = auth_client.get("/api/v1/ai/health/", HTTP_X_REQUEST_ID="trace-42")
    assert response.status_code == 200, response.content
    assert response.json() == {"status": "ok", "ai": OK}
    _, _, headers, _ = fake.requests[-1]
    assert headers["X-Request-ID"] == "trace-42"
    assert headers["Authorization"] == auth_client._credentials["HTTP_AUTHORIZATION"]


@pytest.mark.django_db
def test_core_answers_503_json_when_the_ai_service_hangs(
    gateway_settings: Any, fake: FakeAIService, auth_client: APIClient
) -> None:
    fake.script("/health", Reply(hang=True))
    response = auth_client.get("/api/v1/ai/health/")
    assert response.status_code == 503
    body = response.json()
    assert body["error"].startswith("The AI service did not answer within")
    assert not fake.release.is_set()


@pytest.mark.django_db
def test_core_answers_503_json_when_the_ai_service_is_down(
    settings: Any, auth_client: APIClient
) -> None:
    settings.AI_SERVICE_URL = closed_port_url()
    settings.AI_SERVICE_BACKOFF_SECONDS = 0.01
    response = auth_client.get("/api/v1/ai/health/")
    assert response.status_code == 503
    assert response.json()["error"] == "The AI service is unavailable; try again shortly."


@pytest.mark.django_db
def test_core_passes_ai_client_errors_through(
    gateway_settings: Any, fake: FakeAIService, auth_client: APIClient
) -> None:
    error = {"error": "Slow down.", "details": {"retry_after_seconds": 7}}
    fake.script("/health", Reply(status=429, body=error, headers={"Retry-After": "7"}))
    response = auth_client.get("/api/v1/ai/health/")
    assert response.status_code == 429
    assert response.json() == error
    assert response["Retry-After"] == "7"


@pytest.mark.django_db
def test_anonymous_caller_never_reaches_the_ai_service(
    gateway_settings: Any, fake: FakeAIService, api: APIClient
) -> None:
    response = api.get("/api/v1/ai/health/")
    assert response.status_code == 401
    assert fake.requests == []


# --- one user cannot switch the AI features off for everyone (issue #15) ---------------------
def test_internal_errors_do_not_open_the_circuit(fake: FakeAIService) -> None:
    """A 500 is one request's failure on a service that answers; it is not counted."""
    fake.script("/workout/generate", Reply(status=500, body={"error": "Boom.", "details": {}}))
    gateway = gateway_for(fake.url, failure_threshold=2)
    for _ in range(10):
        with pytest.raises(ServiceUnavailable) as caught:
            gateway.post("/workout/generate", json={}, idempotent=True)
        assert caught.value.detail["reason"] == "status 500"
    assert gateway.breaker.state == CircuitBreaker.CLOSED
    assert fake.hits("/workout/generate") == 10  # each reached the service: none refused


@pytest.mark.parametrize("status", [502, 503, 504])
def test_unhealthy_statuses_still_open_the_circuit(fake: FakeAIService, status: int) -> None:
    fake.script("/health", Reply(status=status))
    gateway = gateway_for(fake.url, retries=0, failure_threshold=2)
    for _ in range(2):
        with pytest.raises(ServiceUnavailable):
            gateway.get("/health")
    assert gateway.breaker.state == CircuitBreaker.OPEN


WORKOUT = {
    "weekly_schedule": {"monday": [{"exercise": "Back squat", "sets": 3, "reps": "8-12"}]},
    "rest_days": ["sunday"],
    "difficulty": "beginner",
}


@pytest.mark.django_db
def test_one_users_failing_requests_do_not_fail_the_next_users(
    gateway_settings: Any, fake: FakeAIService, client_of: Any, user: Any, other_user: Any
) -> None:
    """The issue's attack, over real HTTP: the AI answers 500 to one user's requests
    (as it did for a 400-digit ``days_per_week``) more often than the breaker's threshold;
    the next user's generation still reaches the service and is saved."""
    gateway_settings.AI_CIRCUIT_FAILURE_THRESHOLD = 2
    attacker, victim = client_of(user), client_of(other_user)
    fake.script(
        "/workout/generate",
        *[Reply(status=500, body={"error": "Internal server error.", "details": {}})] * 5,
        Reply(status=201, body={"workout": WORKOUT}),
    )
    for _ in range(5):
        response = attacker.post("/api/v1/workout/generate/", {"days_per_week": 3}, format="json")
        assert response.status_code == 503
        assert set(response.json()) == {"error", "details"}
    response = victim.post("/api/v1/workout/generate/", {}, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["workout"]["difficulty"] == "beginner"
    assert fake.hits("/workout/generate") == 6


@pytest.mark.django_db
def test_input_that_would_fail_the_ai_service_is_refused_before_it_is_sent(
    gateway_settings: Any, fake: FakeAIService, auth_client: APIClient
) -> None:
    body = '{"days_per_week": %s}' % ("9" * 400)
    for _ in range(6):
        response = auth_client.post(
            "/api/v1/workout/generate/", data=body, content_type="application/json"
        )
        assert response.status_code == 400
        assert set(response.json()) == {"error", "details"}
    assert fake.requests == []


# --- a slow service counts toward the breaker (issue #15) -------------------------------------
def test_timeouts_open_the_circuit(fake: FakeAIService) -> None:
    """A hung service is unhealthy: its timeouts open the circuit, so later callers get a
    503 at once instead of each waiting the whole read timeout."""
    from resilience.tests.metrics_helpers import calls, state

    fake.script("/health", Reply(hang=True))
    before = calls("ai_service", "timeout"), calls("ai_service", "circuit_open")
    gateway = gateway_for(fake.url, read_timeout=0.2, failure_threshold=2)
    for _ in range(2):
        with pytest.raises(ServiceUnavailable) as caught:
            gateway.get("/health")
        assert caught.value.detail["reason"] == "timeout"
    assert gateway.breaker.state == CircuitBreaker.OPEN
    with pytest.raises(ServiceUnavailable) as refused:
        gateway.get("/health")
    assert refused.value.detail["reason"] == "circuit open"
    assert fake.hits("/health") == 2
    assert (calls("ai_service", "timeout"), calls("ai_service", "circuit_open")) == (
        before[0] + 2,
        before[1] + 1,
    )
    assert state("ai_service") == 2
