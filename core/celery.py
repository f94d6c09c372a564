"""The Celery application: background jobs and housekeeping, with Redis as the broker.

Start a worker with ``celery -A core.celery worker`` and the housekeeping schedule with
``celery -A core.celery beat`` (compose runs both). Configuration is read from Django
settings (the ``CELERY_*`` names); tasks are found in each app's ``tasks`` module.
"""

from __future__ import annotations

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings")

app = Celery("healthbite")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
