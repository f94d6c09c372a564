from django.apps import AppConfig


class AssistantConfig(AppConfig):
    name = "core.assistant"
    label = "assistant"
    verbose_name = "Assistant conversations"
