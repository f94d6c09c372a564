from django.contrib import admin

from core.assistant.models import ChatMessage


@admin.register(ChatMessage)
class ChatMessageAdmin(admin.ModelAdmin):
    list_display = ["id", "user", "conversation_id", "role", "created_at"]
    list_filter = ["role"]
    search_fields = ["user__email", "conversation_id"]
    raw_id_fields = ["user"]
