"""The realtime socket end to end: real WebSocket clients, uvicorn serving ``core.asgi``,
gunicorn serving ``core.wsgi``, one Redis and the e2e database (``e2e.realtime_harness``).
"""

from __future__ import annotations

import json
import secrets
import time
from pathlib import Path

import pytest
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import connect

from ai.tests.fakes.openai_server import Pieces, running_fake_openai
from core.realtime.protocol import PROTOCOL, Close
from e2e.harness import Account, manage
from e2e.jobs_harness import celery_worker
from e2e.realtime_harness import LIMITS, Client, RealtimeStack, openai_socket_server

pytestmark = pytest.mark.e2e

BANANA = {"name": "banana", "calories": 105, "meal": "snack",
          "nutrients": {"carbs": 27, "protein": 1.3, "sodium": 1}}  # fmt: skip
PROFILE = {"age": 36, "gender": "female", "height": 170, "weight": 65,
           "activity_level": "moderate", "timezone": "Europe/London"}  # fmt: skip


@pytest.fixture
def account(realtime_stack: RealtimeStack) -> Account:
    return realtime_stack.register(**PROFILE)


# --- refusals ---------------------------------------------------------------------------
def test_a_socket_without_a_token_is_closed(realtime_stack: RealtimeStack) -> None:
    with realtime_stack.connect() as client:
        client.send({"type": "ping"})
        assert client.close_code() == Close.UNAUTHORIZED
    with realtime_stack.connect() as silent:  # says nothing at all
        started = time.monotonic()
        assert silent.close_code() == Close.TIMEOUT
        assert time.monotonic() - started < LIMITS.auth_timeout + 3
    with realtime_stack.connect() as garbage:
        garbage.ws.send("not json")
        assert garbage.close_code() == Close.PROTOCOL_ERROR
    with realtime_stack.connect() as forged:
        forged.send({"type": "auth", "token": "eyJhbGciOiJSUzI1NiJ9.e30.c2ln"})
        assert forged.close_code() == Close.UNAUTHORIZED


def test_expired_and_refresh_tokens_are_refused(
    realtime_stack: RealtimeStack, account: Account
) -> None:
    expired = realtime_stack.token(account, exp=int(time.time()) - 60)
    with realtime_stack.connect() as client:
        client.send({"type": "auth", "token": expired})
        assert client.close_code() == Close.TOKEN_EXPIRED
    with realtime_stack.connect() as client:
        client.send({"type": "auth", "token": account.refresh})
        assert client.close_code() == Close.UNAUTHORIZED


def test_a_token_in_the_url_is_refused_even_when_valid(
    realtime_stack: RealtimeStack, account: Account
) -> None:
    with realtime_stack.connect(query=f"token={account.access}") as client:
        assert client.close_code() == Close.UNAUTHORIZED
    log = realtime_stack.asgi.log_text()
    assert account.access not in log and account.access.split(".")[1] not in log


def test_the_token_may_come_in_the_subprotocol_header(
    realtime_stack: RealtimeStack, account: Account
) -> None:
    offered = [PROTOCOL, f"bearer.{account.access}"]
    with realtime_stack.connect(subprotocols=offered) as client:
        assert client.ws.subprotocol == PROTOCOL  # never the token
        ready = client.next_of("ready")
        assert ready["user_id"] == account.id


def test_other_paths_have_no_socket(realtime_stack: RealtimeStack) -> None:
    with pytest.raises(InvalidStatus) as refused:
        realtime_stack.connect_path("/api/v1/nope/")
    assert refused.value.response.status_code == 403


# --- events -----------------------------------------------------------------------------
def test_budget_updated_after_a_food_log_post_with_the_numbers(
    realtime_stack: RealtimeStack, account: Account
) -> None:
    with realtime_stack.socket(account) as client:
        first_seq = client.ready["seq"]
        # Through gunicorn (production's HTTP workers): the event crosses Redis.
        realtime_stack.post_food(account, via="wsgi", **BANANA)
        event = client.next_event()
        assert event["type"] == "budget.updated" and event["seq"] == first_seq + 1
        data = event["data"]
        assert data["time_zone"] == "Europe/London"
        assert data["intake"]["calories"] == 105 and data["intake"]["entries"] == 1
        assert data["intake"]["carbs"] == 27 and data["intake"]["protein"] == 1.3
        report = realtime_stack.http.get(
            f"{realtime_stack.wsgi.url}/api/v1/analytics/?days=1", headers=account.auth
        ).json()
        targets = report["targets"]
        assert data["targets"]["calories"] == targets["daily_calories"] > 0
        assert data["remaining"]["calories"] == round(targets["daily_calories"] - 105, 1)
        assert data["remaining"]["protein"] == round(targets["protein"] - 1.3, 1)
        assert data["remaining"]["sodium"] == round(targets["sodium_max"] - 1, 1)

        # Through the ASGI process itself (make run), then a change and a delete.
        entry = realtime_stack.post_food(account, via="asgi", name="toast", calories=80)
        assert client.next_event()["data"]["intake"]["calories"] == 185
        headers = account.auth
        url = f"{realtime_stack.wsgi.url}/api/v1/foods/{entry['id']}/"
        assert realtime_stack.http.patch(url, json={"calories": 100}, headers=headers).is_success
        assert client.next_event()["data"]["intake"]["calories"] == 205
        assert realtime_stack.http.delete(url, headers=headers).status_code == 204
        after_delete = client.next_event()
        assert after_delete["data"]["intake"] == {**data["intake"]}
        assert after_delete["seq"] == first_seq + 4


def test_a_user_only_receives_their_own_events(realtime_stack: RealtimeStack) -> None:
    alice, bob = realtime_stack.register(**PROFILE), realtime_stack.register(**PROFILE)
    with realtime_stack.socket(alice) as a, realtime_stack.socket(bob) as b:
        realtime_stack.post_food(alice, **BANANA)
        realtime_stack.publish(alice.id, "plan_job.progress", {"job_id": 1, "day": 2})
        assert a.next_event()["type"] == "budget.updated"
        assert a.next_event()["data"] == {"job_id": 1, "day": 2}
        realtime_stack.publish(bob.id, "plan_job.finished", {"job_id": 9})
        # Bob's first event is his own: none of Alice's reached him.
        event = b.next_event()
        assert event["type"] == "plan_job.finished" and event["data"] == {"job_id": 9}
        assert event["seq"] == b.ready["seq"] + 1
        b.send({"type": "ping"})
        assert b.next_of("pong")


def test_plan_job_events_published_by_another_process_arrive_in_order(
    realtime_stack: RealtimeStack, account: Account
) -> None:
    with realtime_stack.socket(account) as client:
        for day in range(1, 8):
            progress = {"job_id": 3, "state": "solving", "day": day, "days": 7}
            realtime_stack.publish(account.id, "plan_job.progress", progress)
        realtime_stack.publish(account.id, "plan_job.finished", {"job_id": 3, "state": "saved"})
        events = [client.next_event() for _ in range(8)]
    assert [e["data"].get("day") for e in events[:7]] == list(range(1, 8))
    assert events[-1]["type"] == "plan_job.finished"
    seqs = [e["seq"] for e in events]
    assert seqs == list(range(seqs[0], seqs[0] + 8))
    assert all(e["at"].endswith("Z") for e in events)


# --- resume -----------------------------------------------------------------------------
def test_reconnect_and_resume_replays_missed_events(
    realtime_stack: RealtimeStack, account: Account
) -> None:
    with realtime_stack.socket(account) as client:
        seen = client.ready["seq"]
    realtime_stack.post_food(account, **BANANA)  # while disconnected
    realtime_stack.publish(account.id, "plan_job.progress", {"day": 1})
    realtime_stack.publish(account.id, "plan_job.finished", {"state": "saved"})
    with realtime_stack.socket(account, after_seq=seen) as client:
        replayed = [client.next_event() for _ in range(3)]
        resumed = client.next_of("resumed")
        # Live again: a new event follows the replay, with the next number.
        realtime_stack.publish(account.id, "plan_job.progress", {"day": 2})
        live = client.next_event()
    assert [e["type"] for e in replayed] == ["budget.updated", "plan_job.progress",
                                             "plan_job.finished"]  # fmt: skip
    assert [e["seq"] for e in replayed] == [seen + 1, seen + 2, seen + 3]
    assert resumed == {"type": "resumed", "after_seq": seen, "replayed": 3, "seq": seen + 3}
    assert live["seq"] == seen + 4


def test_resume_after_too_many_missed_events_says_resync(
    realtime_stack: RealtimeStack, account: Account
) -> None:
    for day in range(LIMITS.buffer_events + 5):
        realtime_stack.publish(account.id, "plan_job.progress", {"day": day})
    with realtime_stack.socket(account) as client:
        client.send({"type": "resume", "after_seq": 0})
        resync = client.next_of("resync")
        assert resync["seq"] == LIMITS.buffer_events + 5
        # Within the buffer, resuming still replays.
        client.send({"type": "resume", "after_seq": resync["seq"] - 2})
        assert [client.next_event()["seq"] for _ in range(2)] == [resync["seq"] - 1, resync["seq"]]


# --- limits -----------------------------------------------------------------------------
def test_too_many_sockets_close_the_oldest(realtime_stack: RealtimeStack, account: Account) -> None:
    sockets = [realtime_stack.socket(account) for _ in range(LIMITS.max_sockets_per_user)]
    newest = realtime_stack.socket(account)
    try:
        assert sockets[0].close_code() == Close.REPLACED
        for client in [*sockets[1:], newest]:
            client.send({"type": "ping"})
            assert client.next_of("pong")
    finally:
        for client in [*sockets, newest]:
            client.close()


def test_an_oversized_message_closes_with_1009(
    realtime_stack: RealtimeStack, account: Account
) -> None:
    with realtime_stack.socket(account) as client:
        client.send({"type": "ping", "pad": "x" * LIMITS.max_message_bytes})
        assert client.close_code() == 1009


def test_ping_pong_heartbeats_and_unknown_messages(
    realtime_stack: RealtimeStack, account: Account
) -> None:
    with realtime_stack.socket(account) as client:
        client.send({"type": "ping"})
        assert client.next_of("pong")["at"].endswith("Z")
        heartbeat = client.next_of("heartbeat", timeout=LIMITS.heartbeat * 3)
        assert heartbeat["seq"] == client.ready["seq"]
        client.send({"type": "dance"})
        assert client.next_of("error")["details"] == {"type": "dance"}
        client.send({"type": "auth", "token": account.access})  # renewal, same user
        assert client.next_of("renewed")


def test_a_client_that_does_not_read_is_disconnected(
    realtime_stack: RealtimeStack, account: Account
) -> None:
    client = realtime_stack.socket(account, small_window=True)
    try:
        # ~30 KiB events the client does not read while they are published: the socket's
        # buffers fill (how much the kernel absorbs first varies with load), then the
        # server's bounded outbox, and the server lets go (4429) instead of buffering
        # megabytes for one socket. Publish until it does, up to ~30 MB.
        let_go = f"user {account.id} with 4429"
        published = 0
        while published < 1000 and let_go not in realtime_stack.asgi.log_text():
            for _ in range(20):  # random text: permessage-deflate must not shrink it
                bulky = {"pad": secrets.token_urlsafe(22_000)}
                realtime_stack.publish(account.id, "test.bulky", bulky)
                published += 1
            try:
                # Still talking (not idle), only not reading: a slow publisher on a
                # loaded machine must not let the idle timeout close the socket first.
                client.send({"type": "ping"})
            except ConnectionClosed:
                break
        received, code = 0, None
        try:
            while True:
                json.loads(client.ws.recv(timeout=10))
                received += 1
        except ConnectionClosed as closed:
            code = closed.rcvd.code if closed.rcvd is not None else None
        # The close frame itself waits for the client to read (5 s at most); a client
        # still not reading by then is dropped without one.
        assert code in (Close.TOO_SLOW, None), (code, published, received)
        assert received < published
        assert let_go in realtime_stack.asgi.log_text()
    finally:
        client.close()


# --- the assistant ----------------------------------------------------------------------
def test_assistant_answers_as_chunks_and_is_stored(
    realtime_stack: RealtimeStack, account: Account
) -> None:
    with realtime_stack.socket(account) as client:
        client.send({"type": "assistant.ask", "id": "q1",
                     "message": "How many calories are in 2 cups of rice?"})  # fmt: skip
        chunk = client.next_of("assistant.chunk", "assistant.error", timeout=30)
        assert chunk["type"] == "assistant.chunk", chunk
        done = client.next_of("assistant.done", timeout=30)
    assert chunk["id"] == done["id"] == "q1" and chunk["index"] == 0 and chunk["text"]
    history = realtime_stack.http.get(
        f"{realtime_stack.wsgi.url}/api/v1/chatbot/history/",
        params={"conversation_id": done["conversation_id"]},
        headers=account.auth,
    ).json()
    assert [m["content"] for m in history["results"]][0] == chunk["text"]


def test_openai_answers_stream_as_several_chunks_on_the_socket(
    realtime_stack: RealtimeStack, tmp_path: Path
) -> None:
    """OpenAI configured (the fake OpenAI server, streaming): the model's deltas arrive as
    separate ``assistant.chunk`` events while it writes; they join up to the stored answer."""
    account = realtime_stack.register(**PROFILE, ai_data_sharing=True)
    pieces = ["Aim for ", "25 to 38 g ", "of fiber ", "a day, ", "from whole foods."]
    with running_fake_openai(stream_delay=0.05) as fake:
        fake.replies = [Pieces(pieces)]
        server = openai_socket_server(realtime_stack, fake.url, fake.api_key, tmp_path)
        with server as url, Client(connect(url, open_timeout=10)) as client:
            client.send({"type": "auth", "token": account.access})
            client.next_of("ready")
            client.send({"type": "assistant.ask", "id": "q2",
                         "message": "How much fiber should I eat a day?"})  # fmt: skip
            chunks = []
            while (message := client.next_of(
                "assistant.chunk", "assistant.done", "assistant.error", timeout=30
            ))["type"] == "assistant.chunk":  # fmt: skip
                chunks.append(message)
    assert message["type"] == "assistant.done", message
    # Each piece as the model wrote it (a trailing space travels with the next word).
    assert [c["text"] for c in chunks] == [
        "Aim for",
        " 25 to 38 g",
        " of fiber",
        " a day,",
        " from whole foods.",
    ]
    assert [c["index"] for c in chunks] == list(range(len(pieces)))
    answer = "".join(c["text"] for c in chunks)
    assert message["response"] == answer and message["provider"] == "openai"
    assert fake.completions[0].body["stream"] is True
    history = realtime_stack.http.get(
        f"{realtime_stack.wsgi.url}/api/v1/chatbot/history/",
        params={"conversation_id": message["conversation_id"]},
        headers=account.auth,
    ).json()
    assert [m["content"] for m in history["results"]][0] == answer


def test_assistant_refuses_an_empty_question(
    realtime_stack: RealtimeStack, account: Account
) -> None:
    with realtime_stack.socket(account) as client:
        client.send({"type": "assistant.ask", "id": 7, "message": "  "})
        error = client.next_of("assistant.error", timeout=10)
    assert error["status"] == 400 and error["id"] == 7


# --- plan jobs, live ----------------------------------------------------------------------
def test_a_plan_job_reports_each_day_solved_and_its_result_live(
    realtime_stack: RealtimeStack, tmp_path: Path
) -> None:
    """Client -> core (202) -> Redis -> Celery worker -> AI service (NDJSON progress) ->
    the worker publishes -> the user's socket: queued, generating, solving day n of N,
    saved; the saved plan is the active one."""
    base = realtime_stack.base
    env = {**realtime_stack.wsgi.env, "DATABASE_URL": base.database.url}
    manage(base, "load_starter_catalog")
    account = realtime_stack.register()
    profile = {"gender": "female", "age": 29, "height": 170, "weight": 61,
               "activity_level": "active", "goals": ["build_muscle"]}  # fmt: skip
    http, core = realtime_stack.http, realtime_stack.wsgi.url
    assert http.patch(f"{core}/api/v1/profile/", json=profile, headers=account.auth).is_success
    # A worker on the realtime processes' Redis, so its events reach their sockets.
    worker = celery_worker(env, tmp_path / "worker.log")
    worker.start()
    try:
        with realtime_stack.socket(account) as client:
            started = http.post(
                f"{core}/api/v1/jobs/",
                json={"kind": "diet_plan", "params": {"days": 3, "seed": 2}},
                headers=account.auth,
            )
            assert started.status_code == 202, started.text
            job_id = started.json()["id"]
            events = []
            while not events or events[-1]["type"] != "plan_job.finished":
                events.append(client.next_event(timeout=60))
    finally:
        worker.stop()
    assert all(e["data"]["job_id"] == job_id for e in events)
    stages = [e["data"]["progress"]["stage"] for e in events]
    assert stages == ["queued", "generating", "solving", "solving", "solving", "saved"], stages
    days = [
        e["data"]["progress"].get("day")
        for e in events
        if e["data"]["progress"]["stage"] == "solving"
    ]
    assert days == [1, 2, 3]
    assert events[2]["data"]["progress"]["message"] == "Solving day 1 of 3."
    finished = events[-1]["data"]
    assert finished["status"] == "succeeded"
    job = http.get(f"{core}/api/v1/jobs/{job_id}/", headers=account.auth).json()
    assert job["status"] == "succeeded" and job["result"]["id"] == finished["result_id"]
    assert job["result"]["is_active"] is True
