"""``POST /chatbot/query`` with ``Accept: application/x-ndjson``: the answer streamed.

The OpenAI provider against the fake OpenAI server speaking OpenAI's streaming protocol
(server-sent ``chat.completion.chunk`` events): several ``answer`` deltas, then a result
equal to the plain answer; the local assistant and the safety gate as one delta; a
stream that breaks midway withdrawn (``reset``) and replaced by an honest fallback.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from ai.providers.base import AnswerStream
from ai.providers.openai_chat import _Forwarder
from ai.tests.chatbot_seed import seed_user
from ai.tests.fakes.openai_server import FakeOpenAI, Fault, Pieces, ToolCall
from ai.tests.openai_clients import fake as fake  # noqa: F401 - fixture
from ai.tests.openai_clients import make_client as make_client  # noqa: F401 - fixture
from core.api.testing import bearer_headers as auth
from domain.assistant.labelled import load_labelled

SEED = load_labelled()["seed"]
NDJSON = {"Accept": "application/x-ndjson"}
PROTEIN = "How much protein have I had today?"


@pytest.fixture
def me(transactional_db: None):
    return seed_user(SEED, datetime.now(UTC), consent=True, plans=SEED)


def streamed(client: TestClient, user, query: str, **body: Any) -> list[dict[str, Any]]:
    """The NDJSON lines of one streamed question."""
    response = client.post(
        "/chatbot/query", json={"query": query, **body}, headers={**auth(user), **NDJSON}
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/x-ndjson")
    return [json.loads(line) for line in response.text.splitlines() if line.strip()]


def split(items: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(progress items, the result body); the result is the last line and 200."""
    *progress, result = items
    assert (result["event"], result["status"]) == ("result", 200), result
    assert all(p["event"] == "progress" and p["stage"] == "answer" for p in progress)
    return progress, result["body"]


def shown(progress: list[dict[str, Any]]) -> str:
    """What a client shows at the end: the deltas after the last reset, joined."""
    text = ""
    for item in progress:
        text = "" if item.get("reset") else text + item["delta"]
    return text


def test_openai_streams_several_deltas_then_the_plain_answer(
    make_client, fake: FakeOpenAI, me
) -> None:
    client = make_client()
    conversation = str(uuid.uuid4())
    script = [
        [ToolCall("get_intake", {"period": "today"})],  # streamed as tool-call deltas
        Pieces(["You have ", "had 52 g ", "of protein ", "today."]),
    ]
    fake.replies = list(script)
    progress, body = split(streamed(client, me, PROTEIN, conversation_id=conversation))
    assert [p["delta"] for p in progress] == ["You have", " had 52 g", " of protein", " today."]
    assert shown(progress) == body["response"] == "You have had 52 g of protein today."
    assert (body["provider"], body["tools_used"]) == ("openai", ["get_intake"])
    assert all(r.body["stream"] is True for r in fake.completions)
    assert fake.completions[0].body["stream_options"] == {"include_usage": True}
    # The tool call assembled from its argument pieces went back as one call.
    call = fake.completions[1].body["messages"][-2]["tool_calls"][0]
    assert (call["function"]["name"], json.loads(call["function"]["arguments"])) == (
        "get_intake",
        {"period": "today"},
    )
    # The plain call answers the same body, and asks OpenAI without streaming.
    fake.replies = list(script)
    plain = client.post(
        "/chatbot/query", json={"query": PROTEIN, "conversation_id": conversation}, headers=auth(me)
    )
    assert plain.status_code == 200 and plain.json() == body
    assert "stream" not in fake.completions[-1].body


def test_the_local_assistant_answers_in_one_delta(make_client, fake: FakeOpenAI, me) -> None:
    progress, body = split(streamed(make_client(openai_api_key=""), me, PROTEIN))
    assert progress == [{"event": "progress", "stage": "answer", "delta": body["response"]}]
    assert body["provider"] == "local" and "52 g protein" in body["response"]
    assert fake.requests == []


def test_a_safety_answer_is_never_streamed_from_the_model(
    make_client, fake: FakeOpenAI, me
) -> None:
    progress, body = split(streamed(make_client(), me, "I make myself throw up after eating"))
    assert body["safety"] == "safety" and body["provider"] == "local"
    assert [p["delta"] for p in progress] == [body["response"]]
    assert fake.requests == []


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        (Fault(cut_after=3), "the answer stream broke off"),  # the connection drops
        (Fault(error_after=3), "the answer stream broke off"),  # an SSE error event
    ],
)
def test_a_stream_broken_midway_is_withdrawn_and_the_fallback_says_so(
    make_client, fake: FakeOpenAI, me, fault: Fault, reason: str
) -> None:
    fake.faults = [fault]
    fake.replies = [Pieces(["You have had ", "999 g of protein, ", "which is ", "a lot."])]
    progress, body = split(streamed(make_client(), me, PROTEIN))
    deltas = [p.get("delta") for p in progress]
    # Two pieces of the model's answer were shown (the role event, then two deltas)...
    assert deltas[:2] == ["You have had", " 999 g of protein,"]
    # ...then withdrawn, and the fallback answered whole, saying it is one.
    assert progress[2]["reset"] is True and reason in progress[2]["reason"]
    assert body["provider"] == "local" and body["fallback"] == {"from": "openai", "reason": reason}
    assert body["response"].startswith("(The OpenAI assistant is unavailable right now")
    assert "999" not in body["response"] and "52 g protein" in body["response"]
    assert shown(progress) == body["response"]
    assert len(fake.requests) == 1  # a stream that started is not retried


def test_a_stalled_stream_times_out_into_the_fallback(make_client, fake: FakeOpenAI, me) -> None:
    fake.stream_delay = 1.5  # longer than the read timeout between events
    fake.replies = [Pieces(["Slow ", "answer."])]
    progress, body = split(streamed(make_client(openai_timeout_seconds=1.0), me, PROTEIN))
    assert body["fallback"] == {"from": "openai", "reason": "timed out"}
    assert shown(progress) == body["response"]


def test_opening_the_stream_is_retried_like_a_plain_call(make_client, fake: FakeOpenAI, me) -> None:
    fake.faults = [Fault(status=503)]
    fake.replies = ["Answer after a retry."]  # a plain string streams word by word
    progress, body = split(streamed(make_client(), me, PROTEIN))
    assert [p["delta"] for p in progress] == ["Answer", " after", " a", " retry."]
    assert (body["provider"], body["response"]) == ("openai", "Answer after a retry.")
    assert len(fake.requests) == 2


def test_without_consent_the_local_answer_is_one_delta(make_client, fake: FakeOpenAI) -> None:
    user = seed_user(SEED, datetime.now(UTC), consent=False, plans=SEED)
    progress, body = split(streamed(make_client(), user, PROTEIN))
    assert [p["delta"] for p in progress] == [body["response"]]
    assert body["fallback"] == {"from": "openai", "reason": "no data-sharing consent"}
    assert fake.requests == []


# --- the stream's bookkeeping, without a server --------------------------------------------
def test_answer_stream_finish_makes_the_shown_text_the_answer() -> None:
    sent: list[dict[str, Any]] = []
    stream = AnswerStream(sent.append)
    stream.delta("Rice has")
    stream.finish("Rice has 411 kcal.")  # a prefix: only the tail is sent
    assert [s.get("delta") for s in sent] == ["Rice has", " 411 kcal."]
    stream.finish("Something else.")  # not a prefix: withdrawn, then whole
    assert sent[2] == {"stage": "answer", "reset": True, "reason": "replaced by the final answer"}
    assert sent[3] == {"stage": "answer", "delta": "Something else."}
    stream.reset("gone")
    stream.reset("nothing to withdraw")  # a second reset sends nothing
    assert len(sent) == 5 and stream.text == ""


def test_forwarder_streams_exactly_the_stripped_text() -> None:
    sent: list[dict[str, Any]] = []
    forward = _Forwarder(AnswerStream(sent.append))
    for piece in ["\n ", " Eat", " more ", "\n", "fiber", ".  \n"]:
        forward.feed(piece)
    assert "".join(s["delta"] for s in sent) == "Eat more \nfiber."
