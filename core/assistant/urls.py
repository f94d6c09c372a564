from django.urls import path

from core.assistant.views import ChatHistoryView, ChatQueryView, ConversationView

urlpatterns = [
    path("chatbot/query/", ChatQueryView.as_view(), name="chatbot-query"),
    path("chatbot/history/", ChatHistoryView.as_view(), name="chatbot-history"),
    path(
        "chatbot/history/<uuid:conversation_id>/",
        ConversationView.as_view(),
        name="chatbot-conversation",
    ),
]
