from django.apps import AppConfig


class AnalyticsConfig(AppConfig):
    name = "core.analytics"
    label = "analytics"
