"""Input and output shapes of the assistant endpoints."""

from __future__ import annotations

from rest_framework import serializers

from core.assistant.models import ChatMessage

MAX_QUERY_CHARS = 2000  # the same limit as domain.assistant.MAX_QUERY_CHARS


class ChatQuerySerializer(serializers.Serializer):
    """``{query, conversation_id?}``: a non-empty question of at most 2,000 characters."""

    query = serializers.CharField(
        trim_whitespace=True,
        allow_blank=False,
        max_length=MAX_QUERY_CHARS,
        error_messages={
            "blank": "The query must not be empty.",
            "max_length": f"The query is too long (at most {MAX_QUERY_CHARS} characters).",
        },
    )
    conversation_id = serializers.UUIDField(required=False, allow_null=True)


class ChatAnswerSerializer(serializers.Serializer):
    """The answer (for the schema): the AI service's answer plus the conversation id."""

    response = serializers.CharField()
    query = serializers.CharField()
    conversation_id = serializers.UUIDField()
    sources = serializers.ListField(child=serializers.CharField())
    tools_used = serializers.ListField(child=serializers.CharField())
    provider = serializers.CharField()


class ChatMessageSerializer(serializers.ModelSerializer):
    """A stored message (read-only: messages are written by the query endpoint)."""

    class Meta:
        model = ChatMessage
        fields = ["id", "conversation_id", "role", "content", "metadata", "created_at"]
        read_only_fields = fields
