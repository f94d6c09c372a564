"""Conversations with the assistant: every question and answer, per user (``chat_messages``)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class Role(models.TextChoices):
    USER = "user", "User"
    ASSISTANT = "assistant", "Assistant"


class ChatMessage(models.Model):
    """One message of a conversation; an exchange is a user message and the answer."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="chat_messages"
    )
    conversation_id = models.UUIDField()
    role = models.CharField(max_length=10, choices=Role.choices)
    content = models.TextField()
    # Answers: sources, tools_used, provider (and intent, safety, fallback when present).
    metadata = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        db_table = "chat_messages"
        ordering = ["-created_at", "-id"]
        indexes = [
            # History of one conversation (the context sent with each question).
            models.Index(
                fields=["user", "conversation_id", "created_at"], name="chat_user_conv_created"
            ),
            models.Index(fields=["user", "created_at"], name="chat_user_created"),
        ]

    def __str__(self) -> str:
        return f"{self.role} message {self.pk} in {self.conversation_id}"
