"""Meal items proposed by OpenAI (structured output), weighed and counted from our catalog.

The model only reads the description: one Chat Completions call with
``response_format={"type": "json_schema", "json_schema": {..., "strict": true}}`` asks
for the items, each a food phrase, an amount (number or null), a unit (string or null)
and the words of the description it came from. The answer is validated with pydantic
(``ProposedMeal``) and handed to ``domain.analyser.proposed_items``, which matches each
phrase against our catalog and weighs it by USDA portions or the stated unit exactly as
the local parser does. No number from the model other than the amount it read is used.

Consent: the route puts this provider in the chain only for users who opted in to sharing
data with AI providers, and ``analyze`` refuses anyone else too (only the meal text is
sent, but it is still the user's health data).

Failures never reach the user as errors: each is a ``ProviderError`` or ``NoMatch`` with a
short reason, and the chain's next link (the local parser) answers, the response saying
so (``fallback``, ``fallback_reason``, ``attempts``):

- 401, ``insufficient_quota``, a 429 with a Retry-After over the cap, 5xx, connection
  errors and timeouts (retries and backoff are ``ai.providers.openai_retry``, shared with
  the assistant; the whole try stops at ``food_llm_items_deadline_seconds``);
- a refusal, an answer cut short (``finish_reason`` ``length``), content that is not JSON
  or does not match the schema (a compatible server may not enforce ``strict``);
- no item at all, or no item that matches a catalog food (``NoMatch``).

A circuit breaker (``resilience.CircuitBreaker``, metrics label ``openai``) stops asking
after ``BREAKER_THRESHOLD`` failed calls in a row for ``BREAKER_COOLDOWN_SECONDS``, and at
once for ``AUTH_COOLDOWN_SECONDS`` on a bad key or an exhausted quota, so an outage costs
one fast local answer per request instead of a deadline's wait. A refused or unusable
answer is the model's reply to one request, not an outage: it does not count.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import httpx
from openai import AsyncOpenAI, OpenAIError
from pydantic import BaseModel, ConfigDict, ValidationError

from ai.providers.base import Caller, NoMatch, ProviderError
from ai.providers.openai_retry import OpenAIFailure, call_with_retries
from ai.settings import Settings
from domain.analyser import Analyser, Analysis, AnalysisInputError
from domain.analyser.proposed_items import ProposedItem, ProposedItemsError, analyse_proposed
from resilience import CircuitBreaker

logger = logging.getLogger("ai.food.openai")

DEPENDENCY = "openai"  # the metrics label of the breaker
BREAKER_THRESHOLD = 5
BREAKER_COOLDOWN_SECONDS = 60.0
AUTH_COOLDOWN_SECONDS = 600.0  # a bad key or an empty quota does not heal in a minute
MAX_COMPLETION_TOKENS = 2000  # 30 items of ~40 tokens each, with room to spare
AUTH_FAILED = "authentication failed (check OPENAI_API_KEY)"
QUOTA_EXHAUSTED = "quota exhausted"

SCHEMA_NAME = "meal_items"
# OpenAI's strict subset: every object lists all its properties in ``required`` and sets
# ``additionalProperties: false``; "optional" is a union with null. Kept by hand (not
# generated from ``ProposedMeal``) so the wire contract is visible and stable; a test
# checks the two agree.
ITEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "text": {
            "type": "string",
            "description": "The words of the description this item comes from, copied exactly.",
        },
        "food": {
            "type": "string",
            "description": "The food or drink as named, with the words that say which one "
            "(kind, preparation, brand, fillings), without the amount, unit or size.",
        },
        "amount": {
            "type": ["number", "null"],
            "description": "The amount stated (a/an/one = 1, half = 0.5); null if none.",
        },
        "unit": {
            "type": ["string", "null"],
            "description": "The unit or household measure as written, with its size word "
            '("g", "oz", "fl oz", "ml", "cup", "tbsp", "slice", "small bag", "can", '
            '"medium"); null for a plain count or no amount.',
        },
    },
    "required": ["text", "food", "amount", "unit"],
    "additionalProperties": False,
}
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"items": {"type": "array", "items": ITEM_SCHEMA}},
    "required": ["items"],
    "additionalProperties": False,
}
RESPONSE_FORMAT: dict[str, Any] = {
    "type": "json_schema",
    "json_schema": {
        "name": SCHEMA_NAME,
        "description": "The foods and drinks of a meal description, as written.",
        "strict": True,
        "schema": SCHEMA,
    },
}
INSTRUCTIONS = """You read meal descriptions for a nutrition app and list every food and \
drink the person says they ate or drank, in order.
- One item per food as served. A sandwich, burger, wrap, salad or bowl stays one item with \
its fillings and toppings in its food phrase ("turkey sandwich on wheat with lettuce and \
mayo"); a side, spread or addition with its own amount is its own item.
- food: the food as named, spelling corrected, with the words that say which one (kind, \
preparation, brand, "raw", "whole wheat", "2%"); no amount, unit, size or story words.
- amount: the number stated ("a"/"an"/"one" = 1, "half" = 0.5, "1 1/2" = 1.5); null when \
no amount is given.
- unit: the unit or household measure as written, with its size word ("g", "oz", "fl oz", \
"ml", "cup", "tbsp", "tsp", "slice", "piece", "small bag", "can", "bottle", "bowl", \
"medium", "large"); null for a plain count ("2 eggs") or no amount.
- text: the words of the description the item comes from, copied exactly.
Leave out what was not eaten ("no fries", "skipped dessert"). Never estimate grams, \
calories or nutrients. If the text names no food or drink, return no items."""


class ProposedItemModel(BaseModel):
    """One item of the model's answer (``ITEM_SCHEMA``), validated as strictly as sent."""

    model_config = ConfigDict(extra="forbid", strict=True)

    text: str
    food: str
    amount: float | None
    unit: str | None


class ProposedMeal(BaseModel):
    """The model's whole answer (``SCHEMA``)."""

    model_config = ConfigDict(extra="forbid", strict=True)

    items: list[ProposedItemModel]

    def proposed(self) -> list[ProposedItem]:
        """The items for ``domain.analyser.proposed_items``."""
        return [ProposedItem(i.food, i.amount, i.unit, i.text) for i in self.items]


class ItemsFailure(OpenAIFailure):
    """The call gave no usable answer; ``reason`` is short and user-safe."""


def read_answer(completion: Any) -> ProposedMeal:
    """The validated items of one ``chat.completion``; ``ItemsFailure`` when unusable."""
    if not completion.choices:
        raise ItemsFailure("the answer had no choices")
    choice = completion.choices[0]
    message = choice.message
    if getattr(message, "refusal", None):
        raise ItemsFailure("the model refused to read the meal")
    if choice.finish_reason == "length":
        raise ItemsFailure("the model's answer was cut short")
    if choice.finish_reason == "content_filter":
        raise ItemsFailure("the model's answer was filtered")
    if not message.content:
        raise ItemsFailure("the model's answer was empty")
    try:
        return ProposedMeal.model_validate_json(message.content)
    except ValidationError as exc:
        kind = "not JSON" if exc.errors()[0]["type"] == "json_invalid" else "not in the schema"
        raise ItemsFailure(f"the model's answer was {kind}") from None


class OpenAIMealItemsProvider:
    """A chain link: OpenAI proposes the items, the catalog gives the numbers."""

    name = "openai"

    def __init__(self, settings: Settings, breaker: CircuitBreaker | None = None) -> None:
        self.settings = settings
        self.breaker = breaker or CircuitBreaker(
            BREAKER_THRESHOLD, BREAKER_COOLDOWN_SECONDS, name=DEPENDENCY
        )
        self._client: AsyncOpenAI | None = None

    def client(self) -> AsyncOpenAI:
        """The pooled client, made on first use (inside the app's event loop)."""
        if self._client is None:
            timeout = self.settings.food_llm_items_timeout_seconds
            self._client = AsyncOpenAI(
                api_key=self.settings.openai_api_key,
                base_url=self.settings.openai_base_url,
                timeout=httpx.Timeout(timeout, connect=min(3.0, timeout)),
                # Ours retry instead: the SDK would retry an insufficient_quota 429 too.
                max_retries=0,
            )
        return self._client

    async def analyze(self, text: str, caller: Caller, analyser: Analyser) -> Analysis:
        """The meal from the model's items; ``ProviderError``/``NoMatch`` when it cannot."""
        if not caller.shares_data:
            # The route never asks for such users; refuse anyway rather than send their text.
            raise ProviderError("not used without the user's data-sharing consent")
        meal = await self.propose(text)
        if not meal.items:
            raise NoMatch(None, "the model found no food in the text")
        try:
            analysis = analyse_proposed(analyser, text, meal.proposed())
        except (ProposedItemsError, AnalysisInputError) as exc:
            raise ProviderError(f"the model's items were unusable: {exc}") from None
        if not analysis.items:
            raise NoMatch(analysis, "none of the model's items matched a catalog food")
        return analysis

    async def propose(self, text: str) -> ProposedMeal:
        """Ask the model for the items (retries, deadline, breaker); ``ProviderError`` when
        there is no usable answer."""
        if not self.breaker.allow():
            raise ProviderError("paused after repeated failures")
        started = time.monotonic()
        try:
            completion = await asyncio.wait_for(
                self._complete(text, started),
                timeout=self.settings.food_llm_items_deadline_seconds,
            )
        except (TimeoutError, ItemsFailure, OpenAIError) as exc:
            reason = exc.reason if isinstance(exc, ItemsFailure) else _reason(exc)
            if reason in (AUTH_FAILED, QUOTA_EXHAUSTED):
                self.breaker.trip(AUTH_COOLDOWN_SECONDS)
            else:
                self.breaker.record_failure()
            logger.warning("OpenAI meal items failed; the local parser answers: %s", reason)
            raise ProviderError(reason) from None
        self.breaker.record_success()  # it answered; whether the answer is usable is below
        try:
            return read_answer(completion)
        except ItemsFailure as exc:
            logger.warning("OpenAI meal items unusable; the local parser answers: %s", exc.reason)
            raise ProviderError(exc.reason) from None
        except (ValueError, TypeError, AttributeError, KeyError) as exc:
            # A 200 whose body is not a chat completion (a list, null or wrong-typed fields).
            raise ProviderError(f"unreadable answer ({type(exc).__name__})") from None

    async def _complete(self, text: str, started: float) -> Any:
        client = self.client()
        return await call_with_retries(
            lambda: client.chat.completions.create(
                model=self.settings.openai_model,
                messages=[
                    {"role": "system", "content": INSTRUCTIONS},
                    {"role": "user", "content": text},
                ],
                response_format=RESPONSE_FORMAT,  # type: ignore[arg-type]
                temperature=0,
                max_completion_tokens=MAX_COMPLETION_TOKENS,
            ),
            retries=self.settings.openai_retries,
            max_retry_after_seconds=self.settings.openai_max_retry_after_seconds,
            deadline_seconds=self.settings.food_llm_items_deadline_seconds,
            started=started,
            failure=ItemsFailure,
        )

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None


def _reason(exc: BaseException) -> str:
    """A short reason for a failure ``call_with_retries`` did not word itself."""
    if isinstance(exc, TimeoutError):
        return "timed out"
    return f"error ({type(exc).__name__})"
