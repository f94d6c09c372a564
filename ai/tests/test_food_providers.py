"""The Nutritionix and Edamam clients (production code) against fake servers on
127.0.0.1 speaking their wire protocols, and the fallback chain that ends in local."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import pytest

from ai.providers import (
    Caller,
    EdamamProvider,
    LocalProvider,
    NothingMatched,
    NutritionixProvider,
    ProviderChain,
    RetryPolicy,
)
from ai.tests.fakes import edamam as fake_edamam
from ai.tests.fakes import nutritionix as fake_nix
from ai.tests.fakes.food_server import FakeServer, Fault, serve
from domain.analyser import Analyser, foods_from_starter

FAST = RetryPolicy(
    retries=2,
    backoff_seconds=0.01,
    max_retry_after_seconds=2.0,
    read_timeout_seconds=2.0,
    connect_timeout_seconds=1.0,
)
MEAL = "2 eggs and a slice of toast"


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser(foods_from_starter())


@pytest.fixture
def nix() -> Iterator[FakeServer]:
    with serve(fake_nix.make()) as fake:
        yield fake


@pytest.fixture
def edamam() -> Iterator[FakeServer]:
    with serve(fake_edamam.make()) as fake:
        yield fake


def nutritionix(fake: FakeServer, policy: RetryPolicy = FAST, **keys: str) -> NutritionixProvider:
    return NutritionixProvider(
        keys.get("app_id", fake_nix.APP_ID),
        keys.get("app_key", fake_nix.APP_KEY),
        fake.url,
        policy,
        budget_seconds=10,
    )


def edamam_client(fake: FakeServer, policy: RetryPolicy = FAST) -> EdamamProvider:
    return EdamamProvider(fake_edamam.APP_ID, fake_edamam.APP_KEY, fake.url, policy, 10)


def run(chain: ProviderChain, analyser: Analyser, text: str = MEAL, caller: Caller | None = None):
    async def go() -> Any:
        try:
            return await chain.analyze(text, caller or Caller.anonymous(), analyser)
        finally:
            await chain.aclose()

    return asyncio.run(go())


# --- Nutritionix -------------------------------------------------------------------------
def test_nutritionix_answers_over_its_wire_protocol(nix: FakeServer, analyser: Analyser) -> None:
    result = run(ProviderChain([nutritionix(nix), LocalProvider()]), analyser)
    assert (result.provider, result.fallback) == ("nutritionix", False)
    egg, toast = result.analysis.items
    assert (egg.text, egg.food, egg.ndb_no, egg.quantity, egg.unit) == (
        "2 eggs",
        "egg",
        "1123",
        2,
        "large",
    )
    assert egg.grams == 100 and egg.calories == 143
    # nutrients mapped onto domain keys and units (sodium in mg, from attr 307)
    assert egg.nutrients == {"protein": 12.56, "fats": 9.52, "carbs": 0.72, "sodium": 142.0}
    assert toast.text == "a slice of toast" and result.analysis.unmatched == []
    assert result.analysis.calories == pytest.approx(143 + 64)
    (request,) = nix.requests
    assert (request.method, request.path) == ("POST", "/v2/natural/nutrients")
    assert request.headers["x-app-id"] == fake_nix.APP_ID
    assert request.headers["x-app-key"] == fake_nix.APP_KEY
    assert json.loads(request.body) == {"query": "2 eggs\na slice of toast", "line_delimited": True}


def test_nutritionix_lines_without_a_food_are_unmatched(
    nix: FakeServer, analyser: Analyser
) -> None:
    result = run(ProviderChain([nutritionix(nix)]), analyser, "2 eggs, 1 cup of quinoa")
    assert [i.text for i in result.analysis.items] == ["2 eggs"]
    assert [u.text for u in result.analysis.unmatched] == ["1 cup of quinoa"]


def test_bad_keys_fall_back_at_once_and_the_provider_rests(
    nix: FakeServer, analyser: Analyser
) -> None:
    chain = ProviderChain([nutritionix(nix, app_key="wrong"), LocalProvider()])

    async def twice() -> tuple[Any, Any]:
        first = await chain.analyze(MEAL, Caller.anonymous(), analyser)
        second = await chain.analyze(MEAL, Caller.anonymous(), analyser)
        await chain.aclose()
        return first, second

    first, second = asyncio.run(twice())
    assert (first.provider, first.fallback) == ("local", True)
    assert "401" in first.attempts[0]["outcome"]
    assert len(nix.requests) == 1  # 401 is not retried, and not tried again while it rests
    assert second.attempts[0] == {"provider": "nutritionix", "outcome": "skipped (cooling down)"}
    assert first.analysis.calories == pytest.approx(143 + 63.8)  # local: USDA values


def test_429_waits_for_retry_after_then_succeeds(nix: FakeServer, analyser: Analyser) -> None:
    nix.faults.append(Fault(status=429, headers={"Retry-After": "1"}))
    result = run(ProviderChain([nutritionix(nix), LocalProvider()]), analyser)
    assert (result.provider, result.fallback) == ("nutritionix", False)
    assert len(nix.requests) == 2


def test_429_with_a_long_retry_after_falls_back_without_waiting(
    nix: FakeServer, analyser: Analyser
) -> None:
    nix.faults.append(Fault(status=429, headers={"Retry-After": "3600"}))
    result = run(ProviderChain([nutritionix(nix), LocalProvider()]), analyser)
    assert (result.provider, result.fallback) == ("local", True)
    assert len(nix.requests) == 1
    assert "rate limited" in result.attempts[0]["outcome"]


def test_5xx_is_retried_then_the_next_provider_answers(
    nix: FakeServer, edamam: FakeServer, analyser: Analyser
) -> None:
    nix.faults.extend([Fault(status=503), Fault(status=500), Fault(status=502)])
    chain = ProviderChain([nutritionix(nix), edamam_client(edamam), LocalProvider()])
    result = run(chain, analyser)
    assert len(nix.requests) == 3  # one try and two retries
    assert (result.provider, result.fallback) == ("edamam", True)
    assert [a["provider"] for a in result.attempts] == ["nutritionix", "edamam"]


def test_a_5xx_then_success_is_recovered_by_a_retry(nix: FakeServer, analyser: Analyser) -> None:
    nix.faults.append(Fault(status=500))
    result = run(ProviderChain([nutritionix(nix), LocalProvider()]), analyser)
    assert result.provider == "nutritionix" and len(nix.requests) == 2


def test_a_slow_provider_times_out_and_local_answers(nix: FakeServer, analyser: Analyser) -> None:
    slow = RetryPolicy(retries=0, read_timeout_seconds=0.2, connect_timeout_seconds=0.2)
    nix.faults.append(Fault(delay=1.0))
    result = run(ProviderChain([nutritionix(nix, slow), LocalProvider()]), analyser)
    assert (result.provider, result.fallback) == ("local", True)
    assert "timeout" in result.attempts[0]["outcome"]


def test_a_dropped_connection_is_retried(nix: FakeServer, analyser: Analyser) -> None:
    nix.faults.append(Fault(drop=True))
    result = run(ProviderChain([nutritionix(nix), LocalProvider()]), analyser)
    assert result.provider == "nutritionix" and len(nix.requests) == 2


def test_no_match_hands_over_to_local(nix: FakeServer, analyser: Analyser) -> None:
    result = run(ProviderChain([nutritionix(nix), LocalProvider()]), analyser, "1 cup of oatmeal")
    assert (result.provider, result.fallback) == ("local", True)
    assert result.attempts[0]["outcome"] == "nutritionix matched no food"
    assert result.analysis.items[0].food == "oatmeal (cooked)"


# --- Edamam ------------------------------------------------------------------------------
@pytest.mark.parametrize("shape", ["classic", "parsed-only"])
def test_edamam_reads_both_response_shapes(shape: str, analyser: Analyser) -> None:
    with serve(fake_edamam.make(shape)) as fake:
        result = run(ProviderChain([edamam_client(fake)]), analyser, "2 eggs, a banana")
    egg, banana = result.analysis.items
    assert (egg.food, egg.grams, egg.calories) == ("egg", 100, 143)
    assert egg.nutrients["sodium"] == 142 and egg.nutrients["protein"] == 12.56
    assert (banana.food, banana.grams) == ("banana", 118)
    assert result.provider == "edamam"


def test_edamam_sends_one_line_per_request_with_keys_in_the_query(
    edamam: FakeServer, analyser: Analyser
) -> None:
    run(ProviderChain([edamam_client(edamam)]), analyser, MEAL)
    assert sorted(r.query["ingr"][0] for r in edamam.requests) == ["2 eggs", "a slice of toast"]
    for request in edamam.requests:
        assert (request.method, request.path) == ("GET", "/api/nutrition-data")
        assert {k: v[0] for k, v in request.query.items() if k != "ingr"} == {
            "app_id": fake_edamam.APP_ID,
            "app_key": fake_edamam.APP_KEY,
            "nutrition-type": "logging",
        }


def test_edamam_unreadable_line_is_unmatched_the_rest_counts(
    edamam: FakeServer, analyser: Analyser
) -> None:
    result = run(ProviderChain([edamam_client(edamam)]), analyser, "2 eggs and a dragonfruit")
    assert [i.text for i in result.analysis.items] == ["2 eggs"]
    assert result.analysis.unmatched[0].text == "a dragonfruit"
    assert result.analysis.unmatched[0].reason == "edamam could not read it"


def test_edamam_401_falls_back_to_local(edamam: FakeServer, analyser: Analyser) -> None:
    edamam.faults.extend([Fault(status=401), Fault(status=401)])
    result = run(ProviderChain([edamam_client(edamam), LocalProvider()]), analyser)
    assert (result.provider, result.fallback) == ("local", True)
    assert "401" in result.attempts[0]["outcome"]


def test_edamam_429_without_retry_after_backs_off_and_retries(
    edamam: FakeServer, analyser: Analyser
) -> None:
    edamam.faults.append(Fault(status=429))
    result = run(ProviderChain([edamam_client(edamam)]), analyser, "2 eggs")
    assert result.provider == "edamam" and len(edamam.requests) == 2


# --- the end of the chain ----------------------------------------------------------------
def test_nothing_matched_anywhere_lists_the_items(nix: FakeServer, analyser: Analyser) -> None:
    with pytest.raises(NothingMatched) as caught:
        run(ProviderChain([nutritionix(nix), LocalProvider()]), analyser, "a dragonfruit")
    assert [u.text for u in caught.value.unmatched] == ["a dragonfruit"]
    assert [a["provider"] for a in caught.value.attempts] == ["nutritionix", "local"]


# --- privacy -----------------------------------------------------------------------------
def test_without_consent_providers_get_the_meal_text_only(
    nix: FakeServer, edamam: FakeServer, analyser: Analyser
) -> None:
    run(ProviderChain([nutritionix(nix)]), analyser, MEAL, Caller.anonymous())
    run(ProviderChain([edamam_client(edamam)]), analyser, MEAL, Caller.anonymous())
    (request,) = nix.requests
    assert "x-remote-user-id" not in request.headers
    assert set(json.loads(request.body)) == {"query", "line_delimited"}
    for request in edamam.requests:
        assert set(request.query) == {"app_id", "app_key", "nutrition-type", "ingr"}


def test_with_consent_nutritionix_gets_a_pseudonymous_user_id(
    nix: FakeServer, edamam: FakeServer, analyser: Analyser
) -> None:
    caller = Caller(user_id=42, timezone="Europe/Paris")
    run(ProviderChain([nutritionix(nix)]), analyser, MEAL, caller)
    run(ProviderChain([edamam_client(edamam)]), analyser, MEAL, caller)
    (request,) = nix.requests
    sent = request.headers["x-remote-user-id"]
    assert sent == caller.pseudonym(fake_nix.APP_KEY) and "42" not in sent
    assert json.loads(request.body)["timezone"] == "Europe/Paris"
    for request in edamam.requests:  # Edamam never gets anything about the user
        assert set(request.query) == {"app_id", "app_key", "nutrition-type", "ingr"}
        assert "x-remote-user-id" not in request.headers
