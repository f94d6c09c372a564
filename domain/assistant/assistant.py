"""The assistant: safety rules first, then a provider; the local provider is defined here.

``respond`` is what the services call. The local provider reads the question
(``intents.understand``), calls the tools the intent needs and composes the answer
(``compose``); it needs no keys and no network.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Protocol

from domain.assistant import compose, language, safety, spelling
from domain.assistant.bm25 import tokenize
from domain.assistant.constraints import Constraints
from domain.assistant.intents import Understanding, find_other_nutrients, normalise, understand
from domain.assistant.knowledge import MIN_COVERAGE, content_words, question_focus
from domain.assistant.periods import resolve_period
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
from domain.assistant.wording import known_words, us_food_names

MAX_QUERY_CHARS = 2000
# A word in this many catalog food names is a food word ("chocolate", "milk"); rarer ones
# ("movie" in "movie theater popcorn") say nothing about the message.
FOOD_WORD_MIN_COUNT = 5
# Words of the catalog's descriptions that are no food by themselves.
NOT_FOOD_WORDS = frozenset(
    re.findall(
        r"\w+",
        "with without from made home homemade style type plain regular fast restaurant food "
        "foods added fresh frozen canned dried cooked baked fried raw whole light dark large "
        "small medium other and or not than about more less only just good real",
    )
)
# Words of a request for food ideas, as tokens; what is left of such a request is the
# situation it is asked for ("when I have a stomach bug").
REQUEST_WORDS = frozenset(
    tokenize(
        "eat eating food foods meal meals snack snacks idea ideas option options suggest "
        "suggestion suggestions recommend something anything good best healthy quick easy "
        "simple tasty nice give have should could can what to for some alternative swap "
        # being hungry is why people ask for food, not a situation an entry speaks to
        "hungry starving peckish famished"
    )
)
# BM25 score below which a knowledge-base hit is too weak to answer with. Coverage of the
# question's content words (``knowledge.MIN_COVERAGE``, applied by the tool) is the main test;
# the score only keeps out entries that mention a word in passing.
KNOWLEDGE_MIN_SCORE = 1.5
# Targets worked out from the user (weight, goal, activity); the others (fibre, sodium)
# are the population guidance, which a knowledge entry states with its source.
PERSONAL_TARGETS = frozenset({"calories", "protein", "carbs", "fats"})
CATALOG_SOURCE = "USDA ARS, National Nutrient Database for Standard Reference, Release 28"
FNDDS_SOURCE = "USDA ARS, Food and Nutrient Database for Dietary Studies (FNDDS) 2021-2023"
# The database each matched food comes from (foods as eaten are FNDDS, ingredients SR28).
CATALOG_SOURCES = {"sr28": CATALOG_SOURCE, "fndds": FNDDS_SOURCE}
LOG_SOURCE = "Your Health-Bite food log"
WEIGHT_SOURCE = "Your Health-Bite weight log"
BMI_SOURCE = "WHO, Body mass index classification"
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
        if _filler_only(query):
            return Answer(compose.unclear(), intent="clarify")
        today = await ctx.today()
        asked = _after_story(query)
        if asked is not None:
            # "so yesterday was a mess, lunch was ... anyway how much did I eat": the story
            # before "anyway" is context; the question after it is what to answer.
            return await self.answer(asked, history, ctx)
        asked = _question_sentence(query, today)
        if asked is not None:
            # "Could you tell me how many calories are in one banana? My granddaughter says
            # they are fattening.": the sentence that asks is what to answer; the others
            # are context (the safety gate has already read them all).
            return await self.answer(asked, history, ctx)
        parts = _own_data_questions(query, today)
        if parts:
            # "how much did I eat yesterday and how much protein do I still need today":
            # two questions about the user's own data, each answered in turn.
            answers = [await self.answer(part, history, ctx) for part in parts]
            return Answer(
                " ".join(a.response for a in answers),
                _unique([src for a in answers for src in a.sources]),
                _unique([tool for a in answers for tool in a.tools_used]),
                intent=answers[0].intent,
            )
        previous = None
        for turn in reversed(history):
            if turn.role == "user":
                previous = understand(turn.content, today)
                break
        reading = understand(query, today, previous)
        if reading.intent == "out_of_scope" and await self._names_a_food(query, ctx):
            # "chicken", "pizza?": a food and nothing else. Which fact is wanted is unclear,
            # so ask rather than guess (or call it outside nutrition).
            return Answer(compose.clarify_food(normalise(query).strip(" ?!.")), intent="clarify")
        if reading.intent == "out_of_scope" and (
            ctx.knowledge.search(query, limit=1, min_coverage=MIN_COVERAGE)
            or ctx.knowledge.search(
                query, limit=1, min_coverage=MIN_COVERAGE, cover=question_focus(query) or ""
            )
        ):
            # No rule claimed it, but an entry covers its content words ("is creatine safe").
            reading = replace(reading, intent="knowledge", matched="knowledge coverage")
        if reading.intent == "out_of_scope" and _unreadable(query):
            # "asdfghjkl", "?????", "hmm": nothing to answer, so say so and offer help.
            return Answer(compose.unclear(), intent="clarify")
        if reading.intent == "out_of_scope" and await self._mentions_food(query, ctx):
            # "is oat milk ok with a nut allergy": about food, so never "outside what I can
            # help with"; the knowledge branch answers it or says it has no sourced answer.
            reading = replace(reading, intent="knowledge", matched="food words")
        # The rest reads the plain-words text ("whats" -> "what is", "sugr" -> "sugar",
        # food emoji named), so knowledge searches see the words the rules saw.
        answer = await self._answer(normalise(query), reading, ctx)
        answer.intent = answer.intent or reading.intent  # a branch may answer another way
        answer.sources = _unique(answer.sources)
        return answer

    async def _answer(self, query: str, reading: Understanding, ctx: ToolContext) -> Answer:
        intent = reading.intent
        asked = list(reading.nutrients)
        if intent == "help":
            return Answer(compose.help_text())
        if intent == "weight":
            # A period asked about sets the window ("this week"); a week at the least, as
            # fewer days hold too few weighings for a trend.
            days = max(7, await _days_back(reading, ctx, default=30))
            if _SINCE_DAY.search(query):
                # "since monday's weigh-in": the start is named, so the change is counted
                # from it, not from a week back.
                days = await _days_back(reading, ctx, default=30)
            # One day asked about ("last thursday", "yesterday", "today"): its weighing leads.
            today = await ctx.today()
            on = {"date": reading.on, "yesterday": today - timedelta(days=1), "today": today}.get(
                reading.period or ""
            )
            if _ASKS_CHANGE.search(query):
                on = None  # "have I lost weight since monday": the change, not that weighing
            trend = await get_weight(ctx, WeightInput(days=min(days, 365), on=on))
            sources = [WEIGHT_SOURCE] if trend.weigh_ins else []
            if compose.shows_bmi(query) and trend.bmi is not None:
                sources = [*sources, BMI_SOURCE]
            return Answer(compose.weight(trend, query), sources, ["get_weight"])
        if intent == "food_search" and reading.food:
            days = await _days_back(reading, ctx, default=30)
            if _WHOLE_LOG.search(query):
                days = 366  # "so far", "in total", "ever": the whole log, not today
            # "how many glasses of red wine have I logged": the entries are counted, so the
            # unit they are counted in is not part of the food's name.
            food = re.sub(_COUNTED_IN, "", reading.food).strip() or reading.food
            found = await find_logged_food(ctx, FoodSearchInput(food=food[:60], days=days))
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
            if reading.compare:
                kind, on = reading.compare
                other = await get_intake(
                    ctx, params.model_copy(update={"period": kind, "date": on, "days": None})
                )
                return Answer(compose.comparison(result, other, asked), sources, ["get_intake"])
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
            general = (
                asked
                and not any(k in PERSONAL_TARGETS for k in asked)
                and not re.search(r"\bmy\b", query)
            )
            if general or (asked and not any(k in (result.targets or {}) for k in asked)):
                # No personal target for it (potassium, sugar), or one that is only the
                # population rule scaled (fibre, sodium) asked without "my": the general
                # guidance is the answer, not a list of the targets that exist. The entry
                # must be about the nutrient ("my carb target" is no training target).
                topic = " ".join(asked).replace("_", " ")
                asked_as = query if general else f"how much {topic} a day limit"
                guidance = await self._knowledge_answer(asked_as, ctx, cover=topic)
                if guidance is not None and not general:
                    # "what's my potassium target": there is none, so say so before the
                    # general guidance rather than let that read as a personal target.
                    names = " or ".join(compose.NAMES.get(k, k) for k in asked)
                    guidance.response = (
                        f"You have no personal daily {names} target. In general: "
                        + guidance.response
                    )
                if guidance is not None:
                    return guidance
            text = compose.targets_answer(result, asked)
            tools = ["get_remaining_budget"]
            if asked:  # add the general guidance for the nutrient asked about
                # The general requirement for the nutrient: "my carb target" shares
                # "target" with an entry on training targets, "my protein goal" "goal"
                # with one on kidneys, neither of which is guidance on the amount.
                topic = " ".join(asked).replace("_", " ")
                found = await search_knowledge(
                    ctx, KnowledgeInput(query=f"how much {topic} need a day", limit=1, cover=topic)
                )
                if found.entries and found.entries[0].score >= KNOWLEDGE_MIN_SCORE:
                    text += " " + compose.knowledge(found)
                    sources += [e.source for e in found.entries]
                    tools.append("search_knowledge")
            return Answer(text, sources, tools)
        if intent == "lookup" and reading.food:
            return await self._lookup(query, reading.food, asked, ctx)
        if intent == "food_verdict" and reading.food:
            # An entry that covers the question answers it; else the food's own numbers.
            guidance = await self._knowledge_answer(query, ctx)
            if guidance is not None:
                return guidance
            answer = await self._lookup(query, reading.food, asked, ctx)
            if "lookup_nutrients" in answer.tools_used and answer.sources:
                answer.response = compose.verdict_lead(reading.food) + answer.response
            return answer
        if intent in ("diet_plan", "workout_plan"):
            kind = "diet" if intent == "diet_plan" else "workout"
            result = await get_active_plans(ctx, PlansInput(kind=kind, day=reading.weekday))
            has_plan = result.diet if kind == "diet" else result.workout
            if not has_plan and not re.search(r"\bmy\b", query.lower()):
                # "how many rest days do I need" without a plan: general guidance, if sourced.
                guidance = await self._knowledge_answer(query, ctx)
                if guidance is not None:
                    return guidance
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
            advice = await self._advice_for_a_situation(query, reading, ctx)
            if advice is not None:
                return advice
            focus = reading.focus or "balanced"
            meal = reading.meal
            if meal is None and re.search(r"\b(tonight|this evening)\b", query):
                meal = "dinner"  # "what should I make tonight"
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
                    max_sodium=wants.max_sodium,
                    min_fiber=wants.min_fiber,
                )
            result = await suggest_foods(ctx, params)
            kinds = {"fndds" if f.kind == "food_as_eaten" else "sr28" for f in result.foods}
            catalogs = [CATALOG_SOURCES[k] for k in sorted(kinds)] or [CATALOG_SOURCE]
            return Answer(
                compose.suggestions(result, meal),
                [*catalogs, LOG_SOURCE],
                ["suggest_foods"],
            )
        if intent == "knowledge":
            found = await search_knowledge(ctx, KnowledgeInput(query=query, limit=2))
            entries = [e for e in found.entries if e.score >= KNOWLEDGE_MIN_SCORE]
            focus = question_focus(query)
            if not entries and focus:
                # A message with a story around its question ("I'm addicted to iced coffee,
                # how much caffeine is too much"): the story dilutes the question's words.
                found = await search_knowledge(
                    ctx, KnowledgeInput(query=query, limit=2, cover=focus)
                )
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

    async def _knowledge_answer(
        self,
        query: str,
        ctx: ToolContext,
        min_score: float = KNOWLEDGE_MIN_SCORE,
        cover: str | None = None,
    ) -> Answer | None:
        """The best knowledge entry that covers ``query`` (or, given, ``cover``: the words
        it must hold) as an answer with its source, or None when no entry does (or scores
        ``min_score``)."""
        found = await search_knowledge(ctx, KnowledgeInput(query=query, limit=1, cover=cover))
        entries = [e for e in found.entries if e.score >= min_score]
        if not entries:
            return None
        found = found.model_copy(update={"entries": entries})
        return Answer(compose.knowledge(found), [e.source for e in entries], ["search_knowledge"])

    async def _advice_for_a_situation(
        self, query: str, reading: Understanding, ctx: ToolContext
    ) -> Answer | None:
        """A knowledge answer for "what should I eat when I have a stomach bug" and the
        like: a request for food that states no meal and no constraint, only a situation an
        entry covers. A list of catalog foods would ignore the situation; the entry speaks
        to it. None when the request is for ideas as such."""
        wants = reading.constraints
        if reading.meal or (wants is not None and wants != Constraints()):
            return None
        situation = [w for w in content_words(tokenize(query)) if w not in REQUEST_WORDS]
        if not situation:
            return None
        # The whole question ranks the entries ("eat" favours an entry on eating in
        # pregnancy over one on alcohol in pregnancy); the situation must be there at all.
        # A clear match only (twice the usual score): otherwise the foods are the answer.
        advice = await self._knowledge_answer(query, ctx, min_score=2 * KNOWLEDGE_MIN_SCORE)
        if advice is None:
            return None
        advice.intent = "knowledge"
        return advice

    async def _names_a_food(self, query: str, ctx: ToolContext) -> bool:
        """Whether a short message is only food words the catalog's names use."""
        words = re.findall(r"[a-z]+", normalise(query))
        if not 1 <= len(words) <= 4 or re.search(r"[^\w\s?!.,']", normalise(query)):
            return False
        vocabulary = spelling.vocabulary(await ctx.data.catalog_choices())
        words = [w for w in words if w not in ("of", "a", "an")]  # "1 slice of pizza" (🍕)
        return bool(words) and all(
            len(w) > 2 and vocabulary[w.rstrip("s")] + vocabulary[w] > 0 for w in words
        )

    async def _mentions_food(self, query: str, ctx: ToolContext) -> bool:
        """Whether a message uses a word that is common in the catalog's food names."""
        vocabulary = spelling.vocabulary(await ctx.data.catalog_choices())
        words = set(re.findall(r"[a-z]+", normalise(query)))
        # A capitalised word inside a sentence is a name ("the stock price of Apple",
        # "into Spanish"), not the food.
        names = {m.lower() for m in re.findall(r"(?<=[a-z,] )[A-Z][a-z]+", query)}
        words -= names
        return any(
            len(w) >= 4 and vocabulary[w] >= FOOD_WORD_MIN_COUNT and w not in NOT_FOOD_WORDS
            for w in words
        )

    async def _lookup(self, query: str, food: str, asked: list[str], ctx: ToolContext) -> Answer:
        """A food's calories and nutrients from the catalog.

        A phrase the catalog cannot match is tried once more with its misspelt words
        corrected against the catalog's names ("bagle"); still nothing, and a knowledge
        entry that covers the question answers it, else the answer says it was not found.
        A nutrient the catalog does not hold (caffeine, vitamin C) is said to be missing,
        with a knowledge entry on it when one covers the question.
        """
        # Misspelt words are corrected first: the analyser may match "choclate" loosely to
        # something else, so waiting for it to fail is not enough.
        words = spelling.vocabulary(await ctx.data.catalog_choices())
        food = us_food_names(food.lower())  # "crisps": the catalog's names are American
        if _word_salad(food, words):
            # "blue window vitamin seven sleep chair calories": most of the "food" is words
            # no food name uses, so any match would be a guess; ask instead.
            return Answer(compose.unclear(), intent="clarify")
        fixed = spelling.correct(food, words)
        result = await lookup_nutrients(ctx, LookupInput(description=food[:300]))
        if fixed != food.lower():
            retry = await lookup_nutrients(ctx, LookupInput(description=fixed[:300]))
            if retry.found and len(retry.unmatched) <= len(result.unmatched):
                result = retry
        tools = ["lookup_nutrients"]
        if not result.found:
            found = await search_knowledge(ctx, KnowledgeInput(query=query, limit=1))
            tools.append("search_knowledge")
            entries = [e for e in found.entries if e.score >= KNOWLEDGE_MIN_SCORE]
            if entries:
                found = found.model_copy(update={"entries": entries})
                return Answer(compose.knowledge(found), [e.source for e in entries], tools)
            return Answer(compose.lookup(result, asked), [], tools)
        sources = [CATALOG_SOURCES[d] for d in result.databases if d in CATALOG_SOURCES]
        if not result.source.startswith("USDA"):
            sources = [result.source]
        missing = find_other_nutrients(normalise(query))
        text = compose.lookup(result, asked, missing)
        if missing:
            found = await search_knowledge(ctx, KnowledgeInput(query=query, limit=1))
            entries = [e for e in found.entries if e.score >= KNOWLEDGE_MIN_SCORE]
            if entries:
                text += " " + compose.knowledge(found.model_copy(update={"entries": entries}))
                sources += [e.source for e in entries]
                tools.append("search_knowledge")
        return Answer(text, sources or [CATALOG_SOURCE], tools)


# Amount and size words of a food phrase, which food names do not use.
_AMOUNT_WORDS = frozenset(
    {
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "half", "quarter", "of", "the", "some", "and", "with", "cup", "cups", "slice", "slices",
        "piece", "pieces", "small", "medium", "large", "big", "little", "bowl", "bowls", "glass",
        "glasses", "tablespoon", "tablespoons", "teaspoon", "teaspoons", "tbsp", "tsp", "scoop",
        "scoops", "handful", "portion", "serving", "plate", "pot", "can", "bottle", "shot",
        "ounce", "ounces", "oz", "gram", "grams", "ml", "size", "ordinary", "single", "whole",
        "plain", "regular"
    }
)  # fmt: skip


def _word_salad(food: str, vocabulary: Any) -> bool:
    """Whether a food phrase is mostly words no catalog food name uses, even corrected: three
    or more such words, and more of them than food words ("blue window vitamin seven sleep
    chair")."""
    words = [w for w in re.findall(r"[a-z]+", food) if w not in _AMOUNT_WORDS]
    if len(words) < 4:
        return False
    # A misspelt food word ("vanila") corrects to a catalog word; these words do not.
    foreign = [
        w
        for w in words
        if vocabulary[w] + vocabulary[w.rstrip("s")] == 0 and spelling.correct(w, vocabulary) == w
    ]
    return len(foreign) >= 3 and len(foreign) * 2 > len(words)


# Units a logged food is counted in ("glasses of", "cups of"), before the food's name.
_COUNTED_IN = re.compile(
    r"^(?:\w+ )?(?:glasses|cups|mugs|slices|bowls|pieces|portions|servings|bottles|cans|pints"
    r"|bars|plates|helpings|times|lots|packets|packs|scoops|shots)\s+(?:of\s+)?"
)
# A weight question about change over time rather than one weighing.
_SINCE_DAY = re.compile(
    r"\bsince (?:last |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
_WHOLE_LOG = re.compile(r"\b(?:so far|in total|ever|altogether|overall|all time)\b")
_ASKS_CHANGE = re.compile(
    r"\b(los[et]|losing|loosing|gain\w*|trend\w*|progress|chang\w*|drop\w*|since|going"
    r"|put on|putting on)\b"
)


def _unreadable(query: str) -> bool:
    """A message with no word in it: only marks, a sound ("hmm") or a keyboard mash."""
    words = re.findall(r"[a-z]+", normalise(query))
    if not words:
        return True
    known = known_words()
    return len(words) == 1 and (words[0] not in known or len(words[0]) < 3)


# A turn from a story to the question ("..., anyway how much did I eat"); the question must
# follow it directly.
_STORY_BREAK = re.compile(
    r"(?:^|[,.;:!?]\s*|\s)(?:so anyway|anyway|anyways|long story short|my question is|the"
    r" question is|question is)[,:]?\s+(?=(?:how|what|did|do|does|is|am|are|was|can|should"
    r"|when|which|have)\b)"
)
# Where a second question about the user's own data starts ("... and how much protein do I
# still need today").
_SECOND_QUESTION = re.compile(
    r"\s*(?:,\s*)?(?:\band\b|\balso\b|\bplus\b|,)\s+(?=(?:how much|how many|what(?:'s| is)? my"
    r"|did i|do i|have i|am i|is my|was my)\b)"
)
_OWN_DATA_INTENTS = frozenset({"intake", "remaining", "targets", "weight", "food_search"})


def _after_story(query: str) -> str | None:
    """The question after a story ("..., anyway how much did I eat"), or None."""
    text = normalise(query)
    breaks = list(_STORY_BREAK.finditer(text))
    if not breaks or breaks[-1].start() == 0:
        return None
    rest = text[breaks[-1].end() :].strip()
    if len(rest.split()) < 3 or re.search(r"\b(?:that|it|this|those|these|them|they)\b", rest):
        return None  # "i ate pizza anyway, how many calories is that": the story is the food
    return rest


# Sentence ends: a mark followed by a space and the next sentence's word.
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[\"'(]?[A-Za-z])")
# A sentence that asks: a question word or a request for an answer at its start.
_ASKS = re.compile(
    r"(?:how|what|whats|which|is|are|does|do|did|can|could|would|will|should|where|when|am"
    r"|have|has|tell|give|show|please)\b"
)
# Politeness and framing before the question itself ("Could you tell me", "I wanted to
# ask", "Please answer quickly,"): words that carry no content of the question.
_POLITE = re.compile(
    r"^(?:(?:please|pls|kindly|sorry|excuse me|hello|hi|hey|good (?:morning|afternoon|evening)"
    r"|dear \w+|thank you|thanks|i hope you do not mind(?: me)?(?: asking| saying)?"
    r"|i hope you dont mind(?: me)?(?: asking| saying)?|i (?:just )?(?:wanted|want|would like|d"
    r" like|was hoping) to (?:ask|know|check)(?: you)?(?: if| whether| about)?"
    r"|(?:could|can|would|will) you (?:please |kindly )?(?:tell me|let me know|say|help me"
    r"(?: understand)?)|(?:please )?(?:tell me|let me know)|answer (?:quickly|me)|quick question"
    r"|one more thing|another question|my question is)[,:;.!]?\s+)+"
)
# What a sentence alone must be read as for it to be answered without the rest: a tool's
# question, whose answer needs no context from the other sentences.
_SELF_CONTAINED = frozenset(
    {"lookup", "intake", "remaining", "targets", "weight", "food_search", "food_verdict"}
)


def strip_politeness(text: str) -> str:
    """``text`` without the polite framing before its question ("Could you tell me how many
    calories..." -> "how many calories...")."""
    stripped = _POLITE.sub("", text.strip(), count=1)
    return stripped if len(stripped.split()) >= 2 else text.strip()


def _question_sentence(query: str, today: date) -> str | None:
    """The one sentence of a longer message that asks a tool's question, when the message
    as a whole reads as nothing more than domain words; else None.

    Older people write context around a question, before or after it ("How much calcium is
    in a cup of cooked kale? I do not drink milk."); the context's words keep the patterns
    from seeing the food. Only a sentence that is a question (a mark or a question word) and
    that alone reads as a tool's question is picked, so knowledge questions, whose context
    may matter ("I am 71 ... is it of any use at my age?"), keep the whole message.
    """
    sentences = [s.strip() for s in _SENTENCE_END.split(query.strip()) if s.strip()]
    if len(sentences) < 2:
        return None
    if understand(query, today).intent not in ("out_of_scope", "knowledge"):
        return None
    for sentence in sentences:
        plain = strip_politeness(normalise(sentence))
        if not (sentence.endswith("?") or _ASKS.match(plain)):
            continue
        if understand(plain, today).intent in _SELF_CONTAINED:
            return plain
    return None


def _own_data_questions(query: str, today: date) -> list[str]:
    """Two or more questions about the user's own data in one message, split; else []."""
    text = normalise(query)
    parts = [p.strip(" ,.?!") for p in _SECOND_QUESTION.split(text)]
    if len(parts) < 2 or any(len(p.split()) < 3 for p in parts):
        return []
    readings = [understand(p, today) for p in parts]
    if all(r.intent in _OWN_DATA_INTENTS for r in readings):
        return parts
    return []


def _filler_only(query: str) -> bool:
    """ "the the the protein the": filler repeated around at most one topic word asks
    nothing, whatever the topic word; a real question repeats few of its words."""
    words = re.findall(r"[a-z]+", normalise(query))
    if len(words) < 3 or len(set(words)) * 2 > len(words):
        return False
    return len({w for w in words if w not in _FILLER}) <= 1


_FILLER = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "is",
        "it",
        "um",
        "uh",
        "hmm",
        "like",
        "so",
        "ok",
        "okay",
        "lol",
        "pls",
        "please",
        "hey",
        "hi",
        "yo",
        "what",
        "how",
    ]
)


async def _days_back(reading: Understanding, ctx: ToolContext, default: int) -> int:
    """How many days, today included, reach back to the start of the period asked about
    ("this week": since Monday; "yesterday": 2), or ``default`` without one."""
    if reading.period is None:
        return default
    today = await ctx.today()
    try:
        period = resolve_period(reading.period, today, reading.on, reading.days)
    except ValueError:
        return default
    return max(1, min(366, (today - period.first).days + 1))


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
