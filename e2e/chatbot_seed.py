"""Seeding the assistant's labelled user through the core's public API (e2e and bench).

The user registers, fills in the profile (in a zone where it is about noon now, see
``domain.assistant.labelled.noon_zone``), logs the seed's meals with ``POST /api/v1/foods/``
and saves the seed's plans as active. The starter catalog is loaded with the core's
management command, as ``make run`` does.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from domain.assistant.labelled import noon_zone, seeded_times
from e2e.harness import Account, HarnessError, Stack

REPO = Path(__file__).resolve().parent.parent


def load_catalog(stack: Stack) -> None:
    """Load the starter catalog into the stack's database (idempotent)."""
    env = {**stack.core.env, "DATABASE_URL": stack.database.url}
    subprocess.run(
        [sys.executable, "manage.py", "load_starter_catalog"],
        cwd=REPO, env=env, check=True, capture_output=True, timeout=600,
    )  # fmt: skip


def _call(stack: Stack, account: Account, method: str, path: str, body: dict) -> Any:
    response = stack.http.request(
        method, f"{stack.core_url}/api/v1/{path}", json=body, headers=account.auth
    )
    if response.status_code not in (200, 201):
        raise HarnessError(f"{method} {path} failed: {response.status_code} {response.text}")
    return response.json()


def seed_account(
    stack: Stack, part: dict[str, Any], now: datetime, *, plans: dict | None = None
) -> Account:
    """Register a user and give it ``part``'s profile and log (and ``plans``)."""
    account = stack.register(name=part["profile"].get("name", "E2E User"))
    zone = noon_zone(now)
    profile = {k: v for k, v in part["profile"].items() if k != "name"}
    _call(stack, account, "PATCH", "profile/", {**profile, "timezone": zone})
    for entry, at in zip(part["log"], seeded_times(part["log"], ZoneInfo(zone), now), strict=True):
        body = {k: entry[k] for k in ("name", "calories", "nutrients", "meal")}
        _call(stack, account, "POST", "foods/", {**body, "logged_at": at.isoformat()})
    if plans:
        _call(
            stack, account, "POST", "diet-plans/", {"plan": plans["diet_plan"], "is_active": True}
        )
        _call(stack, account, "POST", "workouts/", {"workout": plans["workout"], "is_active": True})
    return account
