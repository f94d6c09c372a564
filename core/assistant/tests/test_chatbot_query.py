"""``POST /api/chatbot/query/``: through the gateway to the real AI service, and the
exchange stored (both messages, after a successful answer only)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from django.test import override_settings
from rest_framework.test import APIClient

from core.api.testing import client_for, make_user
from core.assistant.models import ChatMessage
from core.assistant.tests.conftest import LiveAI, closed_port_url
from core.assistant.views import recent_history
from core.foodlog.models import FoodEntry

URL = "/api/chatbot/query/"


def ask(client: APIClient, query: str, **body: Any) -> dict:
    response = client.post(URL, {"query": query, **body}, format="json")
    assert response.status_code == 200, response.content
    return response.json()


def test_answer_and_both_messages_stored(live_ai: LiveAI) -> None:
    user = make_user(timezone="UTC")
    FoodEntry.objects.create(user=user, name="shake", calories=250, nutrients={"protein": 30})
    answer = ask(client_for(user), "How much protein have I had today?")
    assert answer["query"] == "How much protein have I had today?"
    assert "30 g protein" in answer["response"]
    assert answer["tools_used"] == ["get_intake"] and answer["provider"] == "local"
    assert answer["sources"]
    conversation = uuid.UUID(answer["conversation_id"])
    question, reply = ChatMessage.objects.filter(user=user).order_by("created_at", "id")
    assert (question.role, question.content, question.conversation_id) == (
        "user", "How much protein have I had today?", conversation
    )  # fmt: skip
    assert (reply.role, reply.content) == ("assistant", answer["response"])
    assert reply.metadata["tools_used"] == ["get_intake"] and reply.metadata["provider"] == "local"
    assert reply.metadata["sources"] == answer["sources"]


def test_the_conversation_gives_context_to_follow_ups(live_ai: LiveAI) -> None:
    client = client_for(make_user())
    first = ask(client, "How many calories are in 2 cups of rice?")
    assert "411 kcal" in first["response"]
    follow = ask(client, "and protein?", conversation_id=first["conversation_id"])
    assert "8.5 g protein" in follow["response"]
    assert follow["conversation_id"] == first["conversation_id"]
    # A new conversation starts without that context.
    fresh = ask(client, "and protein?")
    assert "8.5 g protein" not in fresh["response"]
    assert ChatMessage.objects.count() == 6


@override_settings(CHATBOT_HISTORY_MESSAGES=0)
def test_history_size_is_a_setting(live_ai: LiveAI) -> None:
    client = client_for(make_user())
    first = ask(client, "How many calories are in 2 cups of rice?")
    follow = ask(client, "and protein?", conversation_id=first["conversation_id"])
    assert "8.5 g protein" not in follow["response"]


def test_recent_history_is_the_users_last_messages_oldest_first(db: None) -> None:
    user, other = make_user(), make_user()
    conversation = uuid.uuid4()
    for i in range(6):
        ChatMessage.objects.create(
            user=user, conversation_id=conversation, role="user", content=f"m{i}"
        )
    ChatMessage.objects.create(user=other, conversation_id=conversation, role="user", content="x")
    ChatMessage.objects.create(user=user, conversation_id=uuid.uuid4(), role="user", content="y")
    history = recent_history(user, conversation, 4)
    assert [h["content"] for h in history] == ["m2", "m3", "m4", "m5"]
    assert recent_history(user, conversation, 0) == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    "body",
    [
        {"query": ""},
        {"query": "   "},
        {"query": "x" * 2001},
        {},
        {"query": "hi", "conversation_id": "nope"},
    ],
)
def test_invalid_queries_are_400_and_reach_nothing(body: dict) -> None:
    # No AI service is running here: a call to it would be a 503, not a 400.
    with override_settings(AI_SERVICE_URL=closed_port_url()):
        user = make_user()
        response = client_for(user).post(URL, body, format="json")
    assert response.status_code == 400, response.content
    assert set(response.json()) == {"error", "details"}
    assert not ChatMessage.objects.exists()


@pytest.mark.django_db
def test_ai_service_down_is_503_and_nothing_is_stored(settings: Any) -> None:
    settings.AI_SERVICE_URL = closed_port_url()
    settings.AI_SERVICE_RETRIES = 0
    settings.AI_SERVICE_BACKOFF_SECONDS = 0.01
    response = client_for(make_user()).post(URL, {"query": "hi"}, format="json")
    assert response.status_code == 503
    assert response.json()["error"]
    assert not ChatMessage.objects.exists()


@pytest.mark.django_db
def test_anonymous_is_401(api: APIClient) -> None:
    assert api.post(URL, {"query": "hi"}, format="json").status_code == 401
