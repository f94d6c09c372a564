from django.apps import AppConfig


class JobsConfig(AppConfig):
    """Background jobs: plan generation run by a Celery worker, polled as a resource."""

    name = "core.jobs"
    label = "jobs"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Make our Celery app the current one in every process that loads Django, so a
        # task sent from a web worker goes to the configured broker, not Celery's default.
        import core.celery  # noqa: F401
