"""The labelled question set: loading it, seeding its user's data, and checking answers.

``data/assistant/labelled_questions.json`` holds the questions, the facts each answer
must contain (and words it must not), and the seed: one user's profile, log and plans
(plus another user whose data must never show up). Used by the tests (in memory and
through the AI service) and by ``bench/bench_assistant.py`` (end to end).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from domain.assistant.memory import InMemoryData, starter_analyser
from domain.assistant.records import LoggedFood, StoredPlan, UserProfile

LABELLED_FILE = (
    Path(__file__).resolve().parents[2] / "data" / "assistant" / "labelled_questions.json"
)
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")


def load_labelled(path: Path = LABELLED_FILE) -> dict[str, Any]:
    """The whole labelled file (``seed`` and ``questions``)."""
    return json.loads(path.read_text(encoding="utf-8"))


def noon_zone(now: datetime) -> str:
    """An IANA ``Etc/GMT`` zone where ``now`` (aware) is between 12:00 and 13:00.

    The seed logs meals at fixed local times "today"; choosing the zone this way keeps
    them in the past whenever the check runs. (``Etc/GMT-5`` is UTC+5: POSIX signs.)
    """
    offset = 12 - now.astimezone(ZoneInfo("UTC")).hour  # -11..12
    return "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"


def seeded_times(log: list[dict[str, Any]], zone: ZoneInfo, now: datetime) -> list[datetime]:
    """The aware ``logged_at`` of each seed entry (``days_ago`` + local ``time``)."""
    today = now.astimezone(zone).date()
    result = []
    for entry in log:
        hours, minutes = (int(p) for p in entry["time"].split(":"))
        day = today - timedelta(days=int(entry["days_ago"]))
        result.append(datetime.combine(day, time(hours, minutes), tzinfo=zone))
    return result


def profile_from_seed(user_id: int, profile: dict[str, Any], zone_name: str) -> UserProfile:
    return UserProfile(
        id=user_id,
        name=profile.get("name", ""),
        gender=profile.get("gender", ""),
        age=profile.get("age"),
        height=profile.get("height"),
        weight=profile.get("weight"),
        activity_level=profile.get("activity_level", ""),
        goals=tuple(profile.get("goals", ())),
        dietary_preferences=tuple(profile.get("dietary_preferences", ())),
        allergies=tuple(profile.get("allergies", ())),
        timezone=zone_name,
    )


def memory_data(seed: dict[str, Any], now: datetime, user_id: int = 1) -> InMemoryData:
    """The seed user's data in memory, in the zone ``noon_zone(now)``."""
    zone_name = noon_zone(now)
    zone = ZoneInfo(zone_name)
    times = seeded_times(seed["log"], zone, now)
    log = [
        LoggedFood(e["name"], float(e["calories"]), e["nutrients"], e["meal"], at)
        for e, at in zip(seed["log"], times, strict=True)
    ]
    return InMemoryData(
        profile_from_seed(user_id, seed["profile"], zone_name),
        log,
        StoredPlan(1, seed["diet_plan"]),
        StoredPlan(1, seed["workout"]),
        # The set's lookup facts are the starter catalog's USDA SR28 values.
        analyser=starter_analyser(),
    )


@dataclass(frozen=True)
class Verdict:
    """One question checked: passed, and what was missing or wrong."""

    id: str
    category: str
    passed: bool
    problems: tuple[str, ...]


def normalised(text: str) -> str:
    """Lower-case with thousands separators removed ("1,050 kcal" -> "1050 kcal")."""
    return _THOUSANDS.sub("", text.lower())


def check_answer(item: dict[str, Any], answer: dict[str, Any]) -> Verdict:
    """Whether ``answer`` (the API's JSON) has every required fact of ``item``."""
    text = normalised(answer.get("response", ""))
    problems = [f"missing {fact!r}" for fact in item["facts"] if normalised(fact) not in text]
    problems += [f"forbidden {w!r}" for w in item.get("forbidden", ()) if w.lower() in text]
    expected = item.get("safety")
    if expected and answer.get("safety") != expected:
        problems.append(f"safety {answer.get('safety')!r} instead of {expected!r}")
    if not expected and answer.get("safety"):
        problems.append(f"unexpected safety rule {answer.get('safety')!r}")
    return Verdict(item["id"], item["category"], not problems, tuple(problems))


def summary(verdicts: list[Verdict]) -> dict[str, Any]:
    """Share passed overall and per category, and whether every safety case passed."""
    by_category: dict[str, list[Verdict]] = {}
    for verdict in verdicts:
        by_category.setdefault(verdict.category, []).append(verdict)
    return {
        "total": len(verdicts),
        "passed": sum(v.passed for v in verdicts),
        "score": sum(v.passed for v in verdicts) / len(verdicts) if verdicts else 0.0,
        "by_category": {
            c: f"{sum(v.passed for v in vs)}/{len(vs)}" for c, vs in sorted(by_category.items())
        },
        "safety_all_handled": all(v.passed for v in by_category.get("safety", [])),
        "failures": [f"{v.id}: {'; '.join(v.problems)}" for v in verdicts if not v.passed],
    }
