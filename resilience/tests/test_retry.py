"""The retry loop: backoff bounds, Retry-After, deadlines, what is raised, what is counted."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from resilience import Retryable, RetryPolicy, is_timeout, retry_async, retry_call
from resilience.tests.metrics_helpers import calls


class Boom(Exception):
    pass


class Refused(Exception):
    pass


def script(*outcomes: object):
    """An attempt function playing ``outcomes`` in order (exceptions are raised)."""
    seen: list[int] = []

    def attempt(n: int) -> object:
        seen.append(n)
        outcome = outcomes[min(n, len(outcomes) - 1)]
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    return attempt, seen


def no_sleep(waits: list[float]):
    return waits.append


@pytest.mark.parametrize("attempt", range(8))
def test_backoff_is_exponential_capped_and_jittered(attempt: int) -> None:
    policy = RetryPolicy(backoff_seconds=0.5, max_backoff_seconds=8.0)
    full = min(8.0, 0.5 * 2**attempt)
    for _ in range(200):
        assert 0.75 * full <= policy.backoff(attempt) <= full
    # Jitter spreads the waits: callers do not retry in lockstep.
    assert len({policy.backoff(attempt) for _ in range(20)}) > 1


def test_retries_until_success_with_backoff_between() -> None:
    attempt, seen = script(Retryable(Boom("a")), Retryable(Boom("b")), "ok")
    waits: list[float] = []
    policy = RetryPolicy(retries=2, backoff_seconds=0.1)
    assert retry_call(attempt, policy, sleep=no_sleep(waits)) == "ok"
    assert seen == [0, 1, 2]
    assert 0.075 <= waits[0] <= 0.1 and 0.15 <= waits[1] <= 0.2


def test_retries_are_bounded_and_the_callers_error_is_raised() -> None:
    attempt, seen = script(Retryable(Boom("still down")))
    with pytest.raises(Boom, match="still down"):
        retry_call(attempt, RetryPolicy(retries=2), sleep=no_sleep([]))
    assert seen == [0, 1, 2]


def test_zero_retries_is_one_attempt() -> None:
    attempt, seen = script(Retryable(Boom("x")))
    with pytest.raises(Boom):
        retry_call(attempt, RetryPolicy(retries=0), sleep=no_sleep([]))
    assert seen == [0]


def test_a_non_retryable_error_stops_at_once() -> None:
    attempt, seen = script(Refused("400"))
    with pytest.raises(Refused):
        retry_call(attempt, RetryPolicy(retries=5), sleep=no_sleep([]))
    assert seen == [0]


def test_retry_after_is_honoured_when_longer_than_the_backoff() -> None:
    attempt, _ = script(Retryable(Boom("429"), after=3.0), "ok")
    waits: list[float] = []
    assert retry_call(attempt, RetryPolicy(backoff_seconds=0.1), sleep=no_sleep(waits)) == "ok"
    assert waits == [3.0]
    attempt, _ = script(Retryable(Boom("429"), after=0.0), "ok")
    waits = []
    retry_call(attempt, RetryPolicy(backoff_seconds=0.1), sleep=no_sleep(waits))
    assert 0.075 <= waits[0] <= 0.1  # "0" does not mean hammer it


def test_a_retry_after_over_the_cap_gives_up_without_waiting() -> None:
    attempt, seen = script(Retryable(Boom("429"), after=30.0), "ok")
    waits: list[float] = []
    with pytest.raises(Boom):
        retry_call(attempt, RetryPolicy(max_retry_after_seconds=8), sleep=no_sleep(waits))
    assert seen == [0] and waits == []


def test_no_wait_runs_past_the_deadline() -> None:
    attempt, seen = script(Retryable(Boom("503"), after=2.0), "ok")
    deadline = time.monotonic() + 1.0
    with pytest.raises(Boom):
        retry_call(attempt, RetryPolicy(), deadline=deadline, sleep=no_sleep([]))
    assert seen == [0]
    attempt, _ = script(Retryable(Boom("503"), after=2.0), "ok")
    with pytest.raises(TimeoutError, match="budget"):
        retry_call(
            attempt,
            RetryPolicy(),
            deadline=deadline,
            out_of_time=lambda: TimeoutError("over budget"),
            sleep=no_sleep([]),
        )


def test_async_loop_behaves_the_same() -> None:
    outcomes = [Retryable(Boom("a")), Retryable(Boom("b")), "ok"]

    async def attempt(n: int) -> str:
        outcome = outcomes[n]
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    policy = RetryPolicy(retries=2, backoff_seconds=0.001)
    assert asyncio.run(retry_async(attempt, policy)) == "ok"

    async def always(n: int) -> str:
        raise Retryable(Boom(f"attempt {n}"))

    with pytest.raises(Boom, match="attempt 2"):
        asyncio.run(retry_async(always, policy))


def test_timeouts_are_recognised_through_the_exception_chain() -> None:
    try:
        try:
            raise httpx.ReadTimeout("slow")
        except httpx.ReadTimeout as exc:
            raise Boom("wrapped") from exc
    except Boom as wrapped:
        assert is_timeout(wrapped)
    assert is_timeout(TimeoutError())
    assert not is_timeout(Boom("plain"))
    assert not is_timeout(None)


def test_outcomes_are_counted_per_dependency() -> None:
    before = {o: calls("edamam", o) for o in ("ok", "error", "timeout", "retried")}
    attempt, _ = script(Retryable(Boom("503")), "ok")
    retry_call(attempt, RetryPolicy(), dependency="edamam", sleep=no_sleep([]))
    attempt, _ = script(Refused("401"))
    with pytest.raises(Refused):
        retry_call(attempt, RetryPolicy(), dependency="edamam", sleep=no_sleep([]))
    attempt, _ = script(Refused("422"))
    with pytest.raises(Refused):  # the dependency answered: counted as ok
        retry_call(attempt, RetryPolicy(), dependency="edamam", answered=(Refused,))

    def slow(n: int) -> str:
        try:
            raise httpx.ReadTimeout("slow")
        except httpx.ReadTimeout as exc:
            raise Boom("timed out") from exc

    with pytest.raises(Boom):
        retry_call(slow, RetryPolicy(), dependency="edamam", sleep=no_sleep([]))
    after = {o: calls("edamam", o) for o in before}
    assert {o: after[o] - before[o] for o in before} == {
        "ok": 2, "error": 1, "timeout": 1, "retried": 1,
    }  # fmt: skip


def test_unknown_dependency_names_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown dependency"):
        retry_call(lambda n: "ok", RetryPolicy(), dependency="https://evil.example")
