"""The assistant: safety rules first, then a provider; the local provider is defined here.

``respond`` is what the services call. The local provider reads the question
(``intents.understand``), calls the tools the intent needs and composes the answer
(``compose``); it needs no keys and no network.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from domain.assistant import compose, language, safety
from domain.assistant.intents import Understanding, understand
from domain.assistant.knowledge import MIN_COVERAGE
from domain.assistant.records import Turn
from domain.assistant.tools import (
    FoodSearchInput,
    IntakeInput,
    KnowledgeInput,
    LookupInput,
    PlansInput,
    RemainingInput,
    SuggestInput,
    ToolContext,
    WeightInput,
    find_logged_food,
    get_active_plans,
    get_intake,
    get_remaining_budget,
    get_weight,
    lookup_nutrients,
    search_knowledge,
    suggest_foods,
)

MAX_QUERY_CHARS = 2000
# BM25 score below which a knowledge-base hit is too weak to answer with. Coverage of the
# question's content words (``knowledge.MIN_COVERAGE``, applied by the tool) is the main test;
# the score only keeps out entries that mention a word in passing.
KNOWLEDGE_MIN_SCORE = 1.5
CATALOG_SOURCE = "USDA ARS, National Nutrient Database for Standard Reference, Release 28"
LOG_SOURCE = "Your Health-Bite food log"
WEIGHT_SOURCE = "Your Health-Bite weight log"
PLAN_SOURCE = "Your active Health-Bite plans"
TARGET_SOURCES = {
    "diet plan": "Your active Health-Bite diet plan",
    "profile": "Daily targets from your profile: Mifflin-St Jeor (Am J Clin Nutr 1990), "
    "IOM 2002 AMDR, Dietary Guidelines for Americans 2020-2025",
}


@dataclass
class Answer:
    """What the assistant says and how it got there."""

    response: str
    sources: list[str] = field(default_factory=list)
    tools_used: list[str] = field(default_factory=list)
    provider: str = "local"
    intent: str | None = None
    safety: str | None = None  # the gate's level: crisis | emergency | safety
    safety_category: str | None = None  # the concept the gate found (purging, ...)
    fallback: dict[str, str] | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "response": self.response,
            "sources": self.sources,
            "tools_used": self.tools_used,
            "provider": self.provider,
            "intent": self.intent,
            "safety": self.safety,
            "safety_category": self.safety_category,
            "fallback": self.fallback,
        }


class Provider(Protocol):
    """Something that answers a question with the tools (local, OpenAI, ...)."""

    name: str

    async def answer(self, query: str, history: Sequence[Turn], ctx: ToolContext) -> Answer: ...


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


class LocalAssistant:
    """The offline provider: intent rules, the tools, and composed answers."""

    name = "local"

    async def answer(self, query: str, history: Sequence[Turn], ctx: ToolContext) -> Answer:
        if language.detect(query) != "en":
            # Rules written for English would misread it; say so in English.
            return Answer(language.unsupported_language_answer(), intent="unsupported_language")
        today = await ctx.today()
        previous = None
        for turn in reversed(history):
            if turn.role == "user":
                previous = understand(turn.content, today)
                break
        reading = understand(query, today, previous)
        if reading.intent == "out_of_scope" and ctx.knowledge.search(
            query, limit=1, min_coverage=MIN_COVERAGE
        ):
            # No rule claimed it, but an entry covers its content words ("is creatine safe").
            reading = replace(reading, intent="knowledge", matched="knowledge coverage")
        answer = await self._answer(query, reading, ctx)
        answer.intent = reading.intent
        answer.sources = _unique(answer.sources)
        return answer

    async def _answer(self, query: str, reading: Understanding, ctx: ToolContext) -> Answer:
        intent = reading.intent
        asked = list(reading.nutrients)
        if intent == "help":
            return Answer(compose.help_text())
        if intent == "weight":
            trend = await get_weight(ctx, WeightInput())
            return Answer(
                compose.weight(trend, query), [WEIGHT_SOURCE] if trend.weigh_ins else [],
                ["get_weight"],
            )  # fmt: skip
        if intent == "food_search" and reading.food:
            days = reading.days or 30
            if reading.period not in (None, "last_n_days", "last_7_days", "last_30_days"):
                days = 30
            days = {"last_7_days": 7, "last_30_days": 30}.get(reading.period or "", days)
            found = await find_logged_food(ctx, FoodSearchInput(food=reading.food[:60], days=days))
            return Answer(
                compose.food_search(found, await ctx.today()), [LOG_SOURCE], ["find_logged_food"]
            )
        if intent == "intake":
            period = reading.period or "today"
            params = IntakeInput(
                period=period,
                date=reading.on,
                days=reading.days if period == "last_n_days" else None,
                meal=reading.meal if reading.meal in ("breakfast", "lunch", "dinner", "snack")
                else None,
            )  # fmt: skip
            if reading.period == "date" and reading.on and reading.on > await ctx.today():
                return Answer("That day is still ahead, so there is nothing logged for it yet.")
            result = await get_intake(ctx, params)
            sources = [LOG_SOURCE]
            if result.target_source:
                sources.append(TARGET_SOURCES[result.target_source])
            if reading.check:
                text = compose.target_check(result, asked, reading.check)
            else:
                text = compose.intake(result, asked)
            return Answer(text, sources, ["get_intake"])
        if intent in ("remaining", "targets"):
            result = await get_remaining_budget(ctx, RemainingInput())
            sources = [TARGET_SOURCES[result.target_source]] if result.target_source else []
            if intent == "remaining":
                return Answer(
                    compose.remaining(result, asked),
                    [LOG_SOURCE, *sources],
                    ["get_remaining_budget"],
                )
            text = compose.targets_answer(result, asked)
            tools = ["get_remaining_budget"]
            if asked:  # add the general guidance for the nutrient asked about
                found = await search_knowledge(ctx, KnowledgeInput(query=query, limit=1))
                if found.entries and found.entries[0].score >= KNOWLEDGE_MIN_SCORE:
                    text += " " + compose.knowledge(found)
                    sources += [e.source for e in found.entries]
                    tools.append("search_knowledge")
            return Answer(text, sources, tools)
        if intent == "lookup" and reading.food:
            result = await lookup_nutrients(ctx, LookupInput(description=reading.food[:300]))
            sources = [result.source] if result.found else []
            if result.source.startswith("USDA"):
                sources = [CATALOG_SOURCE] if result.found else []
            return Answer(compose.lookup(result, asked), sources, ["lookup_nutrients"])
        if intent in ("diet_plan", "workout_plan"):
            kind = "diet" if intent == "diet_plan" else "workout"
            result = await get_active_plans(ctx, PlansInput(kind=kind, day=reading.weekday))
            has_plan = result.diet if kind == "diet" else result.workout
            return Answer(
                compose.plans(result, kind, reading.meal),
                [PLAN_SOURCE] if has_plan else [],
                ["get_active_plans"],
            )
        if intent == "log_request":
            text = (
                "I can't add entries to your food log myself: I only read it. Log it in the "
                "app's food log (you can type a description such as \"2 eggs\" there) and I'll "
                "count it in your totals."
            )
            if reading.food:
                result = await lookup_nutrients(ctx, LookupInput(description=reading.food[:300]))
                if result.found:
                    text += " For reference: " + compose.lookup(result, asked)
                    return Answer(text, [CATALOG_SOURCE], ["lookup_nutrients"])
            return Answer(text)
        if intent == "suggest":
            focus = reading.focus or "balanced"
            meal = reading.meal
            wants = reading.constraints
            params = SuggestInput(meal=meal, focus=focus)
            if wants is not None:
                params = SuggestInput(
                    meal=meal,
                    focus=focus,
                    diets=list(wants.diets),
                    avoid=list(wants.avoid),
                    max_calories=wants.max_calories,
                    min_protein=wants.min_protein,
                )
            result = await suggest_foods(ctx, params)
            return Answer(
                compose.suggestions(result, meal),
                [CATALOG_SOURCE, LOG_SOURCE],
                ["suggest_foods"],
            )
        if intent == "knowledge":
            found = await search_knowledge(ctx, KnowledgeInput(query=query, limit=2))
            entries = [e for e in found.entries if e.score >= KNOWLEDGE_MIN_SCORE]
            if entries:
                top = entries[0].score
                # A second entry only when it is nearly as relevant as the first.
                entries = [entries[0]] + [e for e in entries[1:] if e.score >= 0.8 * top]
                found = found.model_copy(update={"entries": entries})
                return Answer(
                    compose.knowledge(found),
                    [e.source for e in entries],
                    ["search_knowledge"],
                )
            return Answer(compose.not_covered(), [], ["search_knowledge"])
        return Answer(compose.out_of_scope())


async def respond(
    query: str,
    history: Sequence[Turn],
    ctx: ToolContext,
    provider: Provider | None = None,
) -> Answer:
    """Answer ``query``: the safety rules first, then ``provider`` (default: local)."""
    profile = await ctx.profile()
    # The gate runs before every provider, the OpenAI one included, and nothing is added
    # after its answer: no numbers, no diet advice.
    verdict = safety.check(query, profile.gender, profile.age)
    if verdict is not None:
        return Answer(
            verdict.response,
            list(verdict.sources),
            [],
            provider="local",
            intent="safety",
            safety=verdict.level,
            safety_category=verdict.category,
        )
    return await (provider or LocalAssistant()).answer(query, history, ctx)
