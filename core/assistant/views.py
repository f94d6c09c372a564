"""The assistant in the core: ask through the gateway, keep the conversation, list, delete.

``POST /api/chatbot/query/`` sends the question and the last messages of its
conversation to the AI service (``core.gateway``, the only way to it) and, once an
answer came back, stores the question and the answer together in one transaction, so a
failed call leaves no half exchange behind.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, status
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from core.api.errors import ServiceUnavailable
from core.api.filters import StrictOrderingFilter
from core.api.throttles import ChatThrottle
from core.assistant.models import ChatMessage, Role
from core.assistant.serializers import (
    ChatAnswerSerializer,
    ChatMessageSerializer,
    ChatQuerySerializer,
)
from core.gateway import Progress, ai_gateway

ANSWER_METADATA = ("sources", "tools_used", "provider", "intent", "safety", "fallback")


def history_size() -> int:
    """How many earlier messages of the conversation go with a question."""
    return int(getattr(settings, "CHATBOT_HISTORY_MESSAGES", 10))


def recent_history(user: Any, conversation_id: uuid.UUID, limit: int) -> list[dict[str, str]]:
    """The last ``limit`` messages of the user's conversation, oldest first."""
    if limit <= 0:
        return []
    rows = list(
        ChatMessage.objects.filter(user=user, conversation_id=conversation_id)
        .order_by("-created_at", "-id")
        .values("role", "content")[:limit]
    )
    return [{"role": r["role"], "content": r["content"]} for r in reversed(rows)]


def _valid_answer(data: Any) -> bool:
    return (
        isinstance(data, dict)
        and isinstance(data.get("response"), str)
        and isinstance(data.get("sources", []), list)
        and isinstance(data.get("tools_used", []), list)
    )


def ask_assistant(
    user: Any,
    query: str,
    conversation_id: uuid.UUID | None,
    request: Any,
    on_progress: Progress | None = None,
) -> dict[str, Any]:
    """Ask the AI service (through the gateway) and store the exchange; the answer body.

    Shared by ``POST /chatbot/query/`` and the socket's ``assistant.ask``. ``request``
    carries the caller's request id and Bearer token to the AI service
    (``core.gateway.forwarded_headers``). With ``on_progress`` (the socket) the AI
    service streams the answer and each ``{"stage": "answer", "delta"|"reset"}`` item is
    handed to it as it arrives; the body returned and stored is still the final answer.
    Without it (HTTP) the call is plain JSON. Raises ``ServiceUnavailable`` or
    ``UpstreamError`` as the gateway does; nothing is stored then.
    """
    conversation_id = conversation_id or uuid.uuid4()
    payload = {
        "query": query,
        "conversation_id": str(conversation_id),
        "history": recent_history(user, conversation_id, history_size()),
    }
    reply = ai_gateway.post(
        "/chatbot/query", json=payload, request=request, on_progress=on_progress
    )
    data = reply.data
    if not _valid_answer(data):
        raise ServiceUnavailable({"detail": "The AI service answered in an unexpected shape."})
    metadata = {key: data.get(key) for key in ANSWER_METADATA if data.get(key) is not None}
    asked_at = timezone.now()
    with transaction.atomic():
        ChatMessage.objects.create(
            user=user,
            conversation_id=conversation_id,
            role=Role.USER,
            content=query,
            created_at=asked_at,
        )
        ChatMessage.objects.create(
            user=user,
            conversation_id=conversation_id,
            role=Role.ASSISTANT,
            content=data["response"],
            metadata=metadata,
            created_at=max(timezone.now(), asked_at),
        )
    return {
        **data,
        "query": query,
        "conversation_id": str(conversation_id),
        "sources": data.get("sources", []),
        "tools_used": data.get("tools_used", []),
        "provider": data.get("provider", ""),
    }


class ChatQueryView(APIView):
    """Ask the nutrition and fitness assistant."""

    throttle_classes = [ChatThrottle]

    @extend_schema(
        summary="Ask the assistant",
        request=ChatQuerySerializer,
        responses={200: ChatAnswerSerializer, 400: dict, 503: dict},
    )
    def post(self, request: Request) -> Response:
        serializer = ChatQuerySerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        answer = ask_assistant(
            request.user,
            serializer.validated_data["query"],
            serializer.validated_data.get("conversation_id"),
            request,
        )
        return Response(answer)


def _conversation_param(request: Request) -> uuid.UUID | None:
    raw = request.query_params.get("conversation_id")
    if raw in (None, ""):
        return None
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise ValidationError({"conversation_id": ["Must be a valid UUID."]}) from None


class _HistorySchema(AutoSchema):
    """Distinct operation ids: "delete all" here, "delete one conversation" below."""

    def get_operation_id(self) -> str:
        operation_id = super().get_operation_id()
        return f"{operation_id}_all" if self.method == "DELETE" else operation_id


class ChatHistoryView(generics.ListAPIView):
    """Your messages, newest first (``?conversation_id=`` for one conversation,
    ``?ordering=created_at`` for oldest first); ``DELETE`` erases all of them."""

    serializer_class = ChatMessageSerializer
    schema = _HistorySchema()
    filter_backends = [StrictOrderingFilter]
    ordering_fields = ["created_at"]
    ordering = ["-created_at", "-id"]

    def get_queryset(self) -> QuerySet[ChatMessage]:
        # Owner-scoped: another user's conversation id simply finds nothing.
        queryset = ChatMessage.objects.filter(user=self.request.user)
        conversation_id = _conversation_param(self.request)
        if conversation_id is not None:
            queryset = queryset.filter(conversation_id=conversation_id)
        return queryset

    @extend_schema(
        parameters=[
            OpenApiParameter("conversation_id", OpenApiTypes.UUID, description="One conversation.")
        ]
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(summary="Delete all your assistant history", responses={204: None})
    def delete(self, request: Request) -> Response:
        ChatMessage.objects.filter(user=request.user).delete()
        return Response(status=status.HTTP_204_NO_CONTENT)


class ConversationView(APIView):
    """One conversation: ``DELETE`` erases it (404 when you have no such conversation)."""

    @extend_schema(summary="Delete one conversation", responses={204: None, 404: dict})
    def delete(self, request: Request, conversation_id: uuid.UUID) -> Response:
        deleted, _ = ChatMessage.objects.filter(
            user=request.user, conversation_id=conversation_id
        ).delete()
        if not deleted:
            raise NotFound("No conversation with this id.")
        return Response(status=status.HTTP_204_NO_CONTENT)
