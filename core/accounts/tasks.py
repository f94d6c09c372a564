"""Housekeeping for accounts, run on a schedule by ``celery beat`` (``CELERY_BEAT_SCHEDULE``)."""

from __future__ import annotations

from celery import shared_task
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone
from rest_framework_simplejwt.token_blacklist.models import OutstandingToken


@shared_task(name="core.accounts.tasks.flush_expired_tokens")
def flush_expired_tokens() -> int:
    """Delete refresh tokens (and their blacklist rows) past expiry; how many went."""
    before = OutstandingToken.objects.count()
    call_command("flushexpiredtokens", verbosity=0)
    return before - OutstandingToken.objects.count()


@shared_task(name="core.accounts.tasks.clear_expired_sessions")
def clear_expired_sessions() -> int:
    """Delete expired admin sessions; how many went."""
    expired = Session.objects.filter(expire_date__lt=timezone.now()).count()
    call_command("clearsessions", verbosity=0)
    return expired
