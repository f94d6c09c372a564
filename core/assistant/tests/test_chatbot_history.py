"""``GET /api/chatbot/history/`` (paginated, own messages only) and the deletions."""

from __future__ import annotations

import uuid

import pytest
from rest_framework.test import APIClient

from core.api.testing import client_for, make_user
from core.assistant.models import ChatMessage

URL = "/api/chatbot/history/"
pytestmark = pytest.mark.django_db


def exchange(user, conversation: uuid.UUID, text: str) -> None:
    ChatMessage.objects.create(user=user, conversation_id=conversation, role="user", content=text)
    ChatMessage.objects.create(
        user=user,
        conversation_id=conversation,
        role="assistant",
        content=f"answer to {text}",
        metadata={"sources": ["WHO"], "tools_used": [], "provider": "local"},
    )


@pytest.fixture
def data():
    me, other = make_user(), make_user()
    first, second = uuid.uuid4(), uuid.uuid4()
    exchange(me, first, "q1")
    exchange(me, second, "q2")
    exchange(other, first, "theirs")  # the same conversation id, another user
    return me, other, first, second


def test_lists_own_messages_newest_first(data) -> None:
    me, _, _, _ = data
    body = client_for(me).get(URL).json()
    assert body["count"] == 4 and set(body) >= {"count", "next", "previous", "results"}
    contents = [m["content"] for m in body["results"]]
    assert contents == ["answer to q2", "q2", "answer to q1", "q1"]
    assert "theirs" not in str(body)
    assert set(body["results"][0]) == {
        "id", "conversation_id", "role", "content", "metadata", "created_at"
    }  # fmt: skip
    oldest_first = client_for(me).get(URL, {"ordering": "created_at"}).json()["results"]
    assert [m["content"] for m in oldest_first][0] == "q1"


def test_filter_by_conversation(data) -> None:
    me, _, first, _ = data
    body = client_for(me).get(URL, {"conversation_id": str(first)}).json()
    assert [m["content"] for m in body["results"]] == ["answer to q1", "q1"]
    assert client_for(me).get(URL, {"conversation_id": "nope"}).status_code == 400


def test_pagination(data) -> None:
    me, _, _, _ = data
    body = client_for(me).get(URL, {"page_size": 3}).json()
    assert body["count"] == 4 and len(body["results"]) == 3 and body["next"]
    rest = client_for(me).get(URL, {"page_size": 3, "page": 2}).json()
    assert [m["content"] for m in rest["results"]] == ["q1"] and rest["next"] is None


def test_delete_one_conversation(data) -> None:
    me, other, first, second = data
    assert client_for(me).delete(f"{URL}{first}/").status_code == 204
    assert set(ChatMessage.objects.filter(user=me).values_list("conversation_id", flat=True)) == {
        second
    }
    # The other user's messages under the same id are untouched.
    assert ChatMessage.objects.filter(user=other, conversation_id=first).count() == 2
    assert client_for(me).delete(f"{URL}{first}/").status_code == 404
    assert client_for(me).delete(f"{URL}{uuid.uuid4()}/").status_code == 404


def test_another_users_conversation_is_404(data) -> None:
    _, other, _, second = data
    response = client_for(other).delete(f"{URL}{second}/")
    assert response.status_code == 404 and set(response.json()) == {"error", "details"}
    assert ChatMessage.objects.filter(conversation_id=second).count() == 2


def test_delete_all_own_history(data) -> None:
    me, other, _, _ = data
    assert client_for(me).delete(URL).status_code == 204
    assert not ChatMessage.objects.filter(user=me).exists()
    assert ChatMessage.objects.filter(user=other).count() == 2
    assert client_for(me).get(URL).json()["count"] == 0


def test_anonymous_is_401(api: APIClient) -> None:
    assert api.get(URL).status_code == 401
    assert api.delete(URL).status_code == 401
    assert api.delete(f"{URL}{uuid.uuid4()}/").status_code == 401


def test_v1_paths_serve_the_same_views(data) -> None:
    me, _, _, _ = data
    assert client_for(me).get("/api/v1/chatbot/history/").json()["count"] == 4
