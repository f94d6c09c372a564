"""Nutritionix natural-language nutrients: ``POST {base}/v2/natural/nutrients``.

Auth is the ``x-app-id``/``x-app-key`` headers. The meal goes as ``query`` with one item
per line (``line_delimited``), so each returned food belongs to one of our lines and the
lines with no food are reported unmatched. ``x-remote-user-id`` (and the time zone) are
sent only for a user who opted in, as a keyed pseudonym, never the raw id.

Statuses: 200 with ``foods``; "We couldn't match any of your foods" (404, also 400) is a
no-match; 401/403 are bad keys or an exhausted quota (not retried; the provider is skipped
for a while); 429 and 5xx are retried by ``ai.providers.http.send``.
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from ai.providers.base import Caller, NoMatch, ProviderError
from ai.providers.http import KeyedHttpProvider, send
from ai.providers.mapping import number, nutritionix_calories, nutritionix_nutrients
from domain.analyser import AnalysedItem, Analyser, Analysis, UnmatchedItem, summarise
from domain.analyser.text import norm_tokens

PATH = "/v2/natural/nutrients"
AUTH_COOLDOWN_SECONDS = 300.0
NO_MATCH_TEXT = "couldn't match"


class NutritionixProvider(KeyedHttpProvider):
    """The Nutritionix client (one pooled ``httpx.AsyncClient``)."""

    name = "nutritionix"
    default_base_url = "https://trackapi.nutritionix.com"

    async def analyze(self, text: str, caller: Caller, analyser: Analyser) -> Analysis:
        lines = analyser.split(text)
        headers = {"x-app-id": self.app_id, "x-app-key": self.app_key, "Accept": "application/json"}
        body: dict[str, Any] = {"query": "\n".join(lines), "line_delimited": True}
        if caller.shares_data:
            headers["x-remote-user-id"] = caller.pseudonym(self.app_key) or "0"
            if caller.timezone:
                body["timezone"] = caller.timezone
        response = await send(
            self.client,
            "POST",
            PATH,
            policy=self.policy,
            deadline=time.monotonic() + self.budget_seconds,
            provider=self.name,
            json=body,
            headers=headers,
        )
        foods = self._foods(response)
        return self._analysis(text, lines, foods)

    def _foods(self, response: httpx.Response) -> list[dict[str, Any]]:
        status = response.status_code
        message = _message(response)
        if status in (400, 404) and NO_MATCH_TEXT in message.lower():
            raise NoMatch(reason="nutritionix matched no food")
        if status in (401, 403):
            # Nutritionix answers 401 for bad keys and for exhausted usage limits alike.
            raise ProviderError(
                f"nutritionix refused the keys or the quota is used up ({status})",
                status=status,
                cooldown=AUTH_COOLDOWN_SECONDS,
            )
        if status != 200:
            raise ProviderError(f"nutritionix answered {status}", status=status)
        try:
            data = response.json()
        except (ValueError, RecursionError) as exc:  # nested deep: unreadable
            raise ProviderError("nutritionix sent a body that is not JSON") from exc
        foods = data.get("foods") if isinstance(data, dict) else None
        if not isinstance(foods, list):
            raise ProviderError("nutritionix sent no foods list")
        if not foods:
            raise NoMatch(reason="nutritionix matched no food")
        return [f for f in foods if isinstance(f, dict)]

    def _analysis(self, text: str, lines: list[str], foods: list[dict[str, Any]]) -> Analysis:
        owners = attribute(lines, foods)
        items: list[AnalysedItem] = []
        matched_lines: set[int] = set()
        for food, line in zip(foods, owners, strict=True):
            calories = nutritionix_calories(food)
            grams = number(food.get("serving_weight_grams"))
            if calories is None or grams is None:
                continue  # no energy or weight: not loggable; its line shows as unmatched
            items.append(
                AnalysedItem(
                    text=lines[line],
                    food=str(food.get("food_name") or "food"),
                    ndb_no=str(food["ndb_no"]) if food.get("ndb_no") else None,
                    food_id=None,
                    quantity=number(food.get("serving_qty")) or 1.0,
                    unit=str(food.get("serving_unit") or "serving"),
                    grams=round(grams, 1),
                    calories=round(calories, 1),
                    nutrients=nutritionix_nutrients(food),
                )
            )
            matched_lines.add(line)
        unmatched = [
            UnmatchedItem(line, "nutritionix found no food in it")
            for i, line in enumerate(lines)
            if i not in matched_lines
        ]
        if not items:
            raise NoMatch(reason="nutritionix matched no food")
        return summarise(" ".join(text.split()), items, unmatched)


def attribute(lines: list[str], foods: list[dict[str, Any]]) -> list[int]:
    """The line each food came from. With one food per line they are in step; otherwise
    foods come back in query order, so walk forward to the next line sharing a word with
    the food's name (or stay on the current line)."""
    if len(foods) == len(lines):
        return list(range(len(lines)))
    line_words = [set(norm_tokens(line)) for line in lines]
    owners: list[int] = []
    current = 0
    for food in foods:
        tags = food.get("tags") if isinstance(food.get("tags"), dict) else {}
        words = set(norm_tokens(f"{food.get('food_name') or ''} {tags.get('item') or ''}"))
        found = next((i for i in range(current, len(lines)) if line_words[i] & words), None)
        if found is not None:
            current = found
        owners.append(current)
    return owners


def _message(response: httpx.Response) -> str:
    try:
        data = response.json()
    except (ValueError, RecursionError):
        return response.text[:300]
    if isinstance(data, dict):
        return str(data.get("message") or data.get("errors") or "")
    return ""
