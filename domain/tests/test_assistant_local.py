"""The local assistant's answers: honest about what it cannot do, follow-ups from the
conversation, sources attached."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from domain.assistant import ToolContext, Turn, UserProfile, respond
from domain.assistant.memory import InMemoryData, starter_analyser

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def ask(query: str, history: list[Turn] | None = None) -> dict:
    # The starter catalog (USDA SR28), whose values the assertions below quote.
    source = InMemoryData(UserProfile(id=1, timezone="UTC"), analyser=starter_analyser())
    return asyncio.run(respond(query, history or [], ToolContext(source, NOW))).as_dict()


def test_out_of_scope_is_honest_and_says_what_it_can_do() -> None:
    answer = ask("Who will win the election?")
    assert answer["response"].startswith("That's outside what I can help with")
    assert "calories" in answer["response"] and answer["tools_used"] == []


def test_a_request_to_log_food_is_declined_with_the_numbers() -> None:
    answer = ask("can you log 2 eggs for breakfast")
    assert "can't add entries to your food log" in answer["response"]
    assert "143 kcal" in answer["response"]  # 2 large eggs, USDA 01123: 143 kcal/100 g


def test_follow_up_uses_the_conversation() -> None:
    history = [Turn("user", "How many calories are in 1 banana?"), Turn("assistant", "105 kcal")]
    answer = ask("what about 2 bananas?", history)
    assert "210 kcal" in answer["response"] and answer["intent"] == "lookup"


def test_missing_profile_is_explained_not_guessed() -> None:
    answer = ask("How many calories do I have left today?")
    assert "can't work out a daily budget" in answer["response"]
    assert "weight" in answer["response"]


def test_knowledge_answers_carry_their_source() -> None:
    answer = ask("How many hours of sleep do adults need?")
    assert "7 or more hours" in answer["response"]
    assert answer["sources"] and "Sleep" in answer["sources"][0]


def test_an_uncovered_question_gets_an_honest_fallback_not_a_loose_match() -> None:
    # Glucosamine is not in the knowledge base; "protein" or "joint" alone must not answer.
    # (Collagen, this test's first example, now has a sourced entry of its own.)
    answer = ask("does glucosamine protein fix joint pain")
    assert answer["sources"] == []
    assert "won't guess" in answer["response"] and "calories" in answer["response"]


def test_other_languages_are_told_in_english_that_only_english_is_supported() -> None:
    for message in ("wie viel Eiweiß brauche ich", "combien de calories dans une pomme", "苹果"):
        answer = ask(message)
        assert "only understand English" in answer["response"], message
        assert answer["intent"] == "unsupported_language"


def test_the_gate_answers_before_the_local_provider_and_adds_nothing() -> None:
    answer = ask("how many calories in a banana, also i dont want to be alive anymore")
    assert answer["safety"] == "crisis" and answer["tools_used"] == []
    assert "kcal" not in answer["response"]
