"""Words for computed plans: meal names, a short description and tips from OpenAI.

The planners compute every number; the language model may only dress the plan in words.
One Chat Completions call (official SDK) with structured output (``response_format``
``json_schema``, strict) asks for a description, a few tips and, for diet plans, a name
per meal. Only those text fields are merged into the plan; anything else the model
returns (calories, grams, a changed food) is ignored, and meal names are matched to the
plan's own meals by day and position.

Any failure (401, quota, 429 beyond a short wait, 5xx, timeout, a refusal, JSON that does
not fit the schema) leaves the plan as computed, with ``narrative.status`` saying why.
Retries are ours (the SDK's are off: it would retry an ``insufficient_quota`` 429 too):
a ``rate_limit_exceeded`` 429 honouring ``retry-after-ms``/``retry-after`` up to a cap,
5xx and connection errors, with backoff inside ``plan_narrative_deadline_seconds``
(``ai.providers.openai_retry``, shared with the assistant).

Privacy: the user's profile (age, sex, goals, diet, allergies) and targets go to OpenAI
only when the user opted in (``ai_data_sharing_consented_at``); otherwise the model sees
the anonymous plan content alone (foods and amounts, or exercises and sets).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
from openai import AsyncOpenAI, OpenAIError
from pydantic import BaseModel, ConfigDict, ValidationError

from ai.providers.openai_retry import OpenAIFailure, call_with_retries
from ai.settings import Settings

logger = logging.getLogger("ai.plans.narrative")

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MAX_NAME_CHARS = 80
MAX_DESCRIPTION_CHARS = 600
MAX_TIP_CHARS = 300
MAX_TIPS = 5

DIET_INSTRUCTIONS = """You write the words for a diet plan that a program has already \
computed. The foods, amounts, calories and nutrients are final and correct: never change, \
add or remove foods, and do not mention numbers you were not given.
Return JSON with:
- "meals": one entry per meal listed, with its "day" and "meal_index" exactly as given and \
a short appetising "name" (at most 8 words) that describes only the foods in that meal;
- "description": two or three sentences about the week's plan;
- "tips": three to five short practical tips for following it (preparation, shopping, \
timing). No medical advice."""

WORKOUT_INSTRUCTIONS = """You write the words for a weekly workout programme that a \
program has already computed. The exercises, sets, reps and rest are final: never change, \
add or remove them, and do not mention numbers you were not given.
Return JSON with:
- "description": two or three sentences about the week's programme;
- "tips": three to five short practical tips (technique, warm-up, recovery, progression). \
No medical advice."""

_TEXT = {"type": "string"}
_TIPS = {"type": "array", "items": _TEXT}
DIET_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "description": _TEXT,
        "tips": _TIPS,
        "meals": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "day": {"type": "string", "enum": list(WEEKDAYS)},
                    "meal_index": {"type": "integer"},
                    "name": _TEXT,
                },
                "required": ["day", "meal_index", "name"],
                "additionalProperties": False,
            },
        },
    },
    "required": ["description", "tips", "meals"],
    "additionalProperties": False,
}
WORKOUT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"description": _TEXT, "tips": _TIPS},
    "required": ["description", "tips"],
    "additionalProperties": False,
}


class _MealName(BaseModel):
    model_config = ConfigDict(extra="ignore")
    day: str
    meal_index: int
    name: str


class _Narrative(BaseModel):
    """What we take from the model's JSON: text only (extra keys, numbers, are dropped)."""

    model_config = ConfigDict(extra="ignore")
    description: str
    tips: list[str]
    meals: list[_MealName] = []


class NarrativeFailure(OpenAIFailure):
    """The model gave no usable narrative; ``reason`` is short and user-safe."""


@dataclass
class Narrative:
    """The outcome: ``status`` added / unavailable / off, and the text when added."""

    status: str
    reason: str | None = None
    description: str = ""
    tips: list[str] = field(default_factory=list)
    meal_names: dict[tuple[str, int], str] = field(default_factory=dict)
    model: str | None = None
    profile_shared: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The plan's ``narrative`` section (meal names go into the meals themselves)."""
        if self.status != "added":
            return {"status": self.status, "reason": self.reason}
        return {
            "status": "added",
            "provider": "openai",
            "model": self.model,
            "description": self.description,
            "tips": self.tips,
            "profile_shared": self.profile_shared,
            "note": "Words by a language model; every number is computed by Health-Bite.",
        }


def off(reason: str) -> Narrative:
    """No narrative was asked for (no key, disabled)."""
    return Narrative("off", reason)


# --- what the model sees -------------------------------------------------------------------


def diet_digest(plan: Mapping[str, Any]) -> str:
    """The plan's meals as compact lines: anonymous content (foods and amounts only)."""
    lines = []
    for day, meals in (plan.get("weekly_plan") or {}).items():
        for index, meal in enumerate(meals):
            foods = "; ".join(
                f"{item.get('food')} ({item.get('portion') or str(item.get('grams')) + ' g'})"
                for item in meal.get("items", [])
            )
            lines.append(f"day={day} meal_index={index} meal={meal.get('meal')}: {foods}")
    return "\n".join(lines)


def workout_digest(workout: Mapping[str, Any]) -> str:
    """The programme as compact lines: exercises, sets and reps per training day."""
    lines = [f"difficulty: {workout.get('difficulty')}; goal: {workout.get('goal')}"]
    if workout.get("split_label"):
        lines.append(f"split: {workout['split_label']}")
    for day, items in (workout.get("weekly_schedule") or {}).items():
        if items:
            parts = "; ".join(
                f"{i.get('exercise')} {i.get('sets')}x{i.get('reps')}"
                + (f" {i['duration']} min" if i.get("duration") else "")
                for i in items
            )
            lines.append(f"{day}: {parts}")
    lines.append(f"rest days: {', '.join(workout.get('rest_days') or [])}")
    return "\n".join(lines)


def profile_context(profile: Mapping[str, Any], plan: Mapping[str, Any] | None = None) -> str:
    """The user's profile (and the diet targets) in a line; only sent with consent."""
    facts = []
    for key, label, unit in (
        ("age", "age", ""),
        ("gender", "sex", ""),
        ("height", "height", " cm"),
        ("weight", "weight", " kg"),
        ("activity_level", "activity", ""),
    ):
        if profile.get(key) not in (None, ""):
            value = profile[key]
            facts.append(
                f"{label} {value:g}{unit}" if isinstance(value, float) else f"{label} {value}{unit}"
            )
    for key, label in (
        ("goals", "goals"),
        ("dietary_preferences", "diet"),
        ("allergies", "allergies"),
    ):
        values = profile.get(key) or []
        if values:
            facts.append(f"{label} {', '.join(map(str, values))}")
    text = (
        "About the person (shared with their consent): " + ("; ".join(facts) or "no details") + "."
    )
    if plan and plan.get("daily_calorie_target"):
        macros = plan.get("macros") or {}
        text += (
            f" Daily target {plan['daily_calorie_target']} kcal, protein "
            f"{macros.get('protein_grams')} g, carbohydrate {macros.get('carbs_grams')} g, "
            f"fat {macros.get('fats_grams')} g."
        )
    return text


# --- merging ----------------------------------------------------------------------------------


def _clean(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def validated(raw: _Narrative, plan: Mapping[str, Any] | None) -> tuple[str, list[str], dict]:
    """Description, tips and meal names cut to size; names only for meals the plan has."""
    description = _clean(raw.description, MAX_DESCRIPTION_CHARS)
    tips = [_clean(t, MAX_TIP_CHARS) for t in raw.tips if str(t).strip()][:MAX_TIPS]
    names: dict[tuple[str, int], str] = {}
    weekly = (plan or {}).get("weekly_plan") or {}
    for entry in raw.meals:
        meals = weekly.get(entry.day)
        name = _clean(entry.name, MAX_NAME_CHARS)
        if meals is not None and 0 <= entry.meal_index < len(meals) and name:
            names[(entry.day, entry.meal_index)] = name
    if not description:
        raise NarrativeFailure("empty description")
    return description, tips, names


def merge_diet_narrative(plan: dict[str, Any], narrative: Narrative) -> dict[str, Any]:
    """Put the narrative into the plan: meal names (the computed name kept as
    ``plain_name``) and the ``narrative`` section. Numbers are never touched."""
    for (day, index), name in narrative.meal_names.items():
        meal = plan["weekly_plan"][day][index]
        meal["plain_name"] = meal["name"]
        meal["name"] = name
    plan["narrative"] = narrative.as_dict()
    return plan


def merge_workout_narrative(workout: dict[str, Any], narrative: Narrative) -> dict[str, Any]:
    """Put the narrative section into the workout (nothing else changes)."""
    workout["narrative"] = narrative.as_dict()
    return workout


# --- the client ---------------------------------------------------------------------------


class PlanNarrator:
    """Asks OpenAI for a plan's words; never raises, never changes a number."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @property
    def enabled(self) -> bool:
        """A key is configured and narratives are not switched off."""
        return bool(self.settings.openai_api_key) and self.settings.plan_narrative_enabled

    def _off_reason(self) -> str:
        if not self.settings.openai_api_key:
            return "no OpenAI key configured"
        return "narratives are switched off (PLAN_NARRATIVE_ENABLED=false)"

    async def diet(self, plan: Mapping[str, Any], profile: Mapping[str, Any] | None) -> Narrative:
        """Meal names, description and tips for a diet plan (``profile`` only with consent)."""
        content = "Diet plan meals:\n" + diet_digest(plan)
        if profile is not None:
            content = profile_context(profile, plan) + "\n" + content
        return await self._narrate(
            DIET_INSTRUCTIONS, content, DIET_SCHEMA, "diet_plan_words", plan, profile
        )

    async def workout(
        self, workout: Mapping[str, Any], profile: Mapping[str, Any] | None
    ) -> Narrative:
        """Description and tips for a workout programme (``profile`` only with consent)."""
        content = "Workout programme:\n" + workout_digest(workout)
        if profile is not None:
            content = profile_context(profile) + "\n" + content
        return await self._narrate(
            WORKOUT_INSTRUCTIONS, content, WORKOUT_SCHEMA, "workout_plan_words", None, profile
        )

    async def _narrate(
        self,
        instructions: str,
        content: str,
        schema: dict[str, Any],
        name: str,
        plan: Mapping[str, Any] | None,
        profile: Mapping[str, Any] | None,
    ) -> Narrative:
        if not self.enabled:
            return off(self._off_reason())
        messages = [
            {"role": "system", "content": instructions},
            {"role": "user", "content": content},
        ]
        response_format = {
            "type": "json_schema",
            "json_schema": {"name": name, "strict": True, "schema": schema},
        }
        started = time.monotonic()
        try:
            async with self._client() as client:
                raw = await asyncio.wait_for(
                    self._complete(client, messages, response_format, started),
                    timeout=self.settings.plan_narrative_deadline_seconds,
                )
            description, tips, names = validated(raw, plan)
        except TimeoutError:
            reason = "timed out"
        except NarrativeFailure as exc:
            reason = exc.reason
        except OpenAIError as exc:  # anything else the SDK raises
            reason = f"error ({type(exc).__name__})"
        else:
            return Narrative(
                "added",
                description=description,
                tips=tips,
                meal_names=names,
                model=self.settings.openai_model,
                profile_shared=profile is not None,
            )
        logger.warning("Plan narrative unavailable: %s", reason)
        return Narrative("unavailable", reason)

    def _client(self) -> AsyncOpenAI:
        timeout = self.settings.plan_narrative_timeout_seconds
        return AsyncOpenAI(
            api_key=self.settings.openai_api_key,
            base_url=self.settings.openai_base_url,
            timeout=httpx.Timeout(timeout, connect=min(3.0, timeout)),
            max_retries=0,
        )

    async def _complete(
        self,
        client: AsyncOpenAI,
        messages: list[dict[str, str]],
        response_format: dict[str, Any],
        started: float,
    ) -> _Narrative:
        """One structured completion with our retries, parsed; or ``NarrativeFailure``."""

        async def attempt() -> _Narrative:
            completion = await client.chat.completions.create(
                model=self.settings.openai_model,
                messages=messages,  # type: ignore[arg-type]
                response_format=response_format,  # type: ignore[arg-type]
                temperature=0.7,
            )
            return _parse(completion)

        return await call_with_retries(
            attempt,
            retries=self.settings.openai_retries,
            max_retry_after_seconds=self.settings.openai_max_retry_after_seconds,
            deadline_seconds=self.settings.plan_narrative_deadline_seconds,
            started=started,
            failure=NarrativeFailure,
        )


def _parse(completion: Any) -> _Narrative:
    """The completion's JSON content as a narrative, or ``NarrativeFailure``."""
    if not completion.choices:
        raise NarrativeFailure("empty response")
    choice = completion.choices[0]
    message = choice.message
    if getattr(message, "refusal", None):
        raise NarrativeFailure("the model refused")
    if choice.finish_reason == "length":
        raise NarrativeFailure("the answer was cut off")
    try:
        return _Narrative.model_validate(json.loads(message.content or ""))
    except (ValueError, ValidationError):
        raise NarrativeFailure("the answer was not the JSON asked for") from None
