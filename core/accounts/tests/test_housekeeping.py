"""Scheduled housekeeping: expired refresh tokens and sessions are deleted, live ones kept."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone
from rest_framework_simplejwt.token_blacklist.models import OutstandingToken

from core.accounts.models import User
from core.accounts.serializers import tokens_for
from core.accounts.tasks import clear_expired_sessions, flush_expired_tokens

pytestmark = pytest.mark.django_db


def test_expired_refresh_tokens_are_flushed(user: User) -> None:
    tokens_for(user)
    tokens_for(user)
    OutstandingToken.objects.filter(pk=OutstandingToken.objects.order_by("id").first().pk).update(
        expires_at=timezone.now() - timedelta(hours=1)
    )
    assert flush_expired_tokens.apply().get() == 1
    assert OutstandingToken.objects.count() == 1


def test_expired_sessions_are_cleared() -> None:
    now = timezone.now()
    Session.objects.create(session_key="old" * 8, session_data="", expire_date=now - timedelta(1))
    Session.objects.create(session_key="new" * 8, session_data="", expire_date=now + timedelta(1))
    assert clear_expired_sessions.apply().get() == 1
    assert list(Session.objects.values_list("session_key", flat=True)) == ["new" * 8]


def test_beat_schedules_the_housekeeping_tasks() -> None:
    from core.celery import app

    app.loader.import_default_modules()
    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert scheduled == {
        "core.accounts.tasks.flush_expired_tokens",
        "core.accounts.tasks.clear_expired_sessions",
        "core.jobs.tasks.expire_stale_jobs",
    }
    assert scheduled <= set(app.tasks)
