"""The socket's ``assistant.ask`` path streaming for real, short of the socket itself.

The real AI service (uvicorn in a thread, on the test database) with its OpenAI provider
pointed at the fake OpenAI server (``ai.tests.fakes.openai_server``, OpenAI's streaming
protocol over HTTP); the core's ``core.realtime.assistant.answer`` calls it through the
real gateway, and ``Relay`` turns each NDJSON delta into an ``assistant.chunk`` as it
arrives. The consumer only adds the socket (``e2e/test_realtime.py``).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from django.utils import timezone

from ai.tests.fakes.openai_server import FakeOpenAI, Fault, Pieces, running_fake_openai
from core.accounts.models import User
from core.accounts.serializers import tokens_for
from core.api.testing import client_for, make_user
from core.assistant.models import ChatMessage, Role
from core.assistant.tests.live_ai import LiveAI
from core.catalog.starter import load_starter_catalog
from core.gateway import ai_gateway
from core.realtime.assistant import Relay, answer
from core.realtime.auth import Identity

QUESTION = "How much fiber should I eat a day?"


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with running_fake_openai() as server:
        yield server


@pytest.fixture
def ai(transactional_db: None, settings: Any, fake: FakeOpenAI) -> Iterator[LiveAI]:
    load_starter_catalog()
    served = LiveAI(
        openai_api_key=fake.api_key,
        openai_base_url=fake.url,
        openai_timeout_seconds=2.0,
        openai_deadline_seconds=5.0,
    )
    settings.AI_SERVICE_URL = served.url
    settings.AI_SERVICE_RETRIES = 0
    try:
        yield served
    finally:
        served.stop()
        ai_gateway.close()


@pytest.fixture
def user(transactional_db: None) -> User:
    return make_user(ai_data_sharing_consented_at=timezone.now())  # opted in


def ask(user: User, question: str = QUESTION) -> tuple[list[tuple[float, dict]], dict, float]:
    """Ask as the socket does: (chunks with their arrival times, the answer, when it
    returned); the chunks include those ``Relay.finish`` adds."""
    sent: list[tuple[float, dict[str, Any]]] = []
    relay = Relay("q1", lambda message: sent.append((time.monotonic(), message)))
    identity = Identity(user.id, time.time() + 300, tokens_for(user)["access"])
    body = answer(identity, {"message": question}, relay.progress)
    returned = time.monotonic()
    sent.extend((returned, message) for message in relay.finish(body["response"]))
    return sent, body, returned


def shown(chunks: list[dict[str, Any]]) -> str:
    """What a client shows: it appends each chunk's text, clearing first on a reset."""
    text = ""
    for chunk in chunks:
        text = chunk["text"] if chunk.get("reset") else text + chunk["text"]
    return text


def stored_answer(body: dict[str, Any]) -> str:
    return ChatMessage.objects.get(
        conversation_id=body["conversation_id"], role=Role.ASSISTANT
    ).content


def test_openai_deltas_arrive_as_chunks_while_the_model_writes(
    ai: LiveAI, fake: FakeOpenAI, user: User
) -> None:
    fake.stream_delay = 0.1
    fake.replies = [Pieces(["Aim for ", "25 to 38 g ", "of fiber ", "a day."])]
    sent, body, returned = ask(user)
    chunks = [message for _, message in sent]
    assert [c["text"] for c in chunks] == ["Aim for", " 25 to 38 g", " of fiber", " a day."]
    assert [c["index"] for c in chunks] == [0, 1, 2, 3]
    assert all(c["type"] == "assistant.chunk" and c["id"] == "q1" for c in chunks)
    assert shown(chunks) == body["response"] == stored_answer(body)
    assert body["provider"] == "openai"
    # Streamed, not replayed at the end: the first chunk came well before the answer.
    assert returned - sent[0][0] >= 0.2
    assert fake.completions[0].body["stream"] is True


def test_a_broken_stream_is_withdrawn_and_the_stored_fallback_is_what_shows(
    ai: LiveAI, fake: FakeOpenAI, user: User
) -> None:
    fake.faults = [Fault(cut_after=3)]
    fake.replies = [Pieces(["You need ", "9000 g ", "of fiber."])]
    sent, body, _ = ask(user)
    chunks = [message for _, message in sent]
    assert [c["text"] for c in chunks[:2]] == ["You need", " 9000 g"]
    assert chunks[2]["reset"] is True and chunks[2]["text"] == ""
    assert body["fallback"] == {"from": "openai", "reason": "the answer stream broke off"}
    assert body["response"].startswith("(The OpenAI assistant is unavailable right now")
    assert shown(chunks) == body["response"] == stored_answer(body)


def test_the_http_endpoint_still_asks_for_plain_json(
    ai: LiveAI, fake: FakeOpenAI, user: User
) -> None:
    fake.replies = ["Plain answer."]
    response = client_for(user).post("/api/v1/chatbot/query/", {"query": QUESTION}, format="json")
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["response"] == "Plain answer."
    assert "stream" not in fake.completions[0].body  # the AI service answered unstreamed


# --- Relay alone ---------------------------------------------------------------------------
def test_an_answer_that_was_not_streamed_is_sent_whole_at_the_end() -> None:
    sent: list[dict[str, Any]] = []
    relay = Relay(1, sent.append)
    relay.progress({"stage": "solving", "day": 1})  # not an answer item: ignored
    assert sent == []
    assert [c["text"] for c in relay.finish("The whole answer.")] == ["The whole answer."]


def test_streamed_text_that_differs_from_the_answer_is_replaced() -> None:
    sent: list[dict[str, Any]] = []
    relay = Relay(1, sent.append)
    relay.progress({"stage": "answer", "delta": "Something"})
    relay.progress({"stage": "answer", "delta": " else"})
    rest = relay.finish("Something entirely different.")
    assert rest[0]["reset"] is True and shown([*sent, *rest]) == "Something entirely different."
    relay = Relay(1, sent.append)
    relay.progress({"stage": "answer", "delta": "Some"})
    assert [c["text"] for c in relay.finish("Some more.")] == [" more."]
