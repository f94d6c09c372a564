from django.apps import AppConfig


class AnalyticsConfig(AppConfig):
    name = "core.analytics"
    label = "analytics"

    def ready(self) -> None:
        # Cached reports are forgotten when the data they read changes (cache.py).
        from core.analytics.cache import connect_signals

        connect_signals()
