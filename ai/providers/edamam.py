"""Edamam Nutrition Analysis: ``GET {base}/api/nutrition-data?app_id&app_key&ingr=...``.

Auth is the ``app_id``/``app_key`` query parameters (so URLs are never logged with them).
``ingr`` is one ingredient line, so each of the meal's items is one request (run
concurrently, a few at a time); a line Edamam cannot read (422/555, HTML bodies, or a
200 with zero weight) is unmatched, the others still count. Edamam gets the meal text
and nothing else about the user.

Responses come in two shapes: totals at the top (``calories``, ``totalWeight``,
``totalNutrients``), or only per-ingredient ``ingredients[].parsed[].nutrients``; both
are read. 401/403 (bad keys, another product's keys, quota) skip the provider for a
while; 429 and 5xx are retried by ``ai.providers.http.send``.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from ai.providers.base import Caller, NoMatch, ProviderError
from ai.providers.http import KeyedHttpProvider, send
from ai.providers.mapping import edamam_energy, edamam_nutrients, number
from domain.analyser import AnalysedItem, Analyser, Analysis, UnmatchedItem, summarise

PATH = "/api/nutrition-data"
AUTH_COOLDOWN_SECONDS = 300.0
CONCURRENCY = 4
UNREADABLE = (404, 422, 555)


class EdamamProvider(KeyedHttpProvider):
    """The Edamam client (one pooled ``httpx.AsyncClient``)."""

    name = "edamam"
    default_base_url = "https://api.edamam.com"

    async def analyze(self, text: str, caller: Caller, analyser: Analyser) -> Analysis:
        # ``caller`` is deliberately unused: Edamam never receives anything about the user.
        lines = analyser.split(text)
        deadline = time.monotonic() + self.budget_seconds
        gate = asyncio.Semaphore(CONCURRENCY)

        async def one(line: str) -> AnalysedItem | UnmatchedItem:
            async with gate:
                return await self._line(line, deadline)

        outcomes = await asyncio.gather(*(one(line) for line in lines))
        items = [o for o in outcomes if isinstance(o, AnalysedItem)]
        unmatched = [o for o in outcomes if isinstance(o, UnmatchedItem)]
        if not items:
            raise NoMatch(reason="edamam matched no food")
        return summarise(" ".join(text.split()), items, unmatched)

    async def _line(self, line: str, deadline: float) -> AnalysedItem | UnmatchedItem:
        params = {
            "app_id": self.app_id,
            "app_key": self.app_key,
            "nutrition-type": "logging",
            "ingr": line,
        }
        response = await send(
            self.client,
            "GET",
            PATH,
            policy=self.policy,
            deadline=deadline,
            provider=self.name,
            final_statuses=frozenset(UNREADABLE),
            params=params,
            headers={"Accept": "application/json"},
        )
        status = response.status_code
        if status in (401, 403):
            raise ProviderError(
                f"edamam refused the keys or the quota is used up ({status})",
                status=status,
                cooldown=AUTH_COOLDOWN_SECONDS,
            )
        if status in UNREADABLE:
            return UnmatchedItem(line, "edamam could not read it")
        if status != 200:
            raise ProviderError(f"edamam answered {status}", status=status)
        try:
            data = response.json()
        except (ValueError, RecursionError) as exc:  # nested deep: unreadable
            raise ProviderError("edamam sent a body that is not JSON") from exc
        if not isinstance(data, dict):
            raise ProviderError("edamam sent an unexpected body")
        return parse_line(line, data)


def parse_line(line: str, data: dict[str, Any]) -> AnalysedItem | UnmatchedItem:
    """One ``nutrition-data`` answer as an item (either response shape)."""
    parsed = _parsed(data)
    first = parsed[0] if parsed else {}
    totals = data.get("totalNutrients")
    if isinstance(totals, dict) and totals:
        nutrients = edamam_nutrients(totals)
        calories = number(data.get("calories"))
        if calories is None:
            calories = edamam_energy(totals)
        grams = number(data.get("totalWeight"))
    else:
        nutrients, calories, grams = _summed(parsed)
    if not calories and not grams:
        return UnmatchedItem(line, "edamam could not read it")
    if calories is None or grams is None:
        return UnmatchedItem(line, "edamam gave no energy or weight for it")
    return AnalysedItem(
        text=line,
        food=str(first.get("food") or first.get("foodMatch") or line),
        ndb_no=None,
        food_id=None,
        quantity=number(first.get("quantity")) or 1.0,
        unit=str(first.get("measure") or "serving"),
        grams=round(grams, 1),
        calories=round(calories, 1),
        nutrients=nutrients,
    )


def _parsed(data: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for ingredient in data.get("ingredients") or []:
        if isinstance(ingredient, dict):
            out.extend(p for p in ingredient.get("parsed") or [] if isinstance(p, dict))
    return out


def _summed(parsed: list[dict[str, Any]]) -> tuple[dict[str, float], float | None, float | None]:
    """Totals of the per-ingredient nutrients (the shape without top-level totals)."""
    nutrients: dict[str, float] = {}
    calories = grams = None
    for entry in parsed:
        block = entry.get("nutrients") if isinstance(entry.get("nutrients"), dict) else {}
        for key, value in edamam_nutrients(block).items():
            nutrients[key] = round(nutrients.get(key, 0.0) + value, 3)
        energy = edamam_energy(block)
        weight = number(entry.get("weight"))
        if energy is not None:
            calories = (calories or 0.0) + energy
        if weight is not None:
            grams = (grams or 0.0) + weight
    return nutrients, calories, grams
