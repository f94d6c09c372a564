"""The circuit breaker's states: threshold, cooldown, the one half-open trial, threads."""

from __future__ import annotations

import threading

import pytest

from resilience import CircuitBreaker
from resilience.tests.metrics_helpers import calls, state


class Clock:
    """A breaker's clock moved by hand: no sleeps, no flaky timing."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_opens_after_threshold_failures_in_a_row(clock: Clock) -> None:
    breaker = CircuitBreaker(threshold=3, cooldown_seconds=60, clock=clock)
    breaker.record_failure()
    breaker.record_failure()
    breaker.record_success()  # a success resets the count
    breaker.record_failure()
    breaker.record_failure()
    assert breaker.state == CircuitBreaker.CLOSED and breaker.allow()
    breaker.record_failure()
    assert breaker.state == CircuitBreaker.OPEN
    assert not breaker.allow()
    assert breaker.retry_after() == 60
    clock.advance(59.9)
    assert not breaker.allow()


def test_half_open_after_cooldown_and_a_successful_trial_closes(clock: Clock) -> None:
    breaker = CircuitBreaker(threshold=1, cooldown_seconds=0.05, clock=clock)
    breaker.record_failure()
    assert not breaker.allow()
    clock.advance(0.06)
    assert breaker.allow()  # the trial
    assert breaker.state == CircuitBreaker.HALF_OPEN
    assert not breaker.allow()  # only one trial at a time
    breaker.record_success()
    assert breaker.state == CircuitBreaker.CLOSED and breaker.allow()


def test_failed_trial_reopens_for_a_full_cooldown(clock: Clock) -> None:
    breaker = CircuitBreaker(threshold=5, cooldown_seconds=0.05, clock=clock)
    for _ in range(5):
        breaker.record_failure()
    clock.advance(0.06)
    assert breaker.allow()
    breaker.record_failure()  # one failure is enough in half-open
    assert breaker.state == CircuitBreaker.OPEN and not breaker.allow()
    assert breaker.retry_after() == pytest.approx(0.05)


def test_a_lost_trial_is_replaced_after_a_cooldown(clock: Clock) -> None:
    breaker = CircuitBreaker(threshold=1, cooldown_seconds=0.05, clock=clock)
    breaker.record_failure()
    clock.advance(0.06)
    assert breaker.allow()  # this trial never reports back
    assert not breaker.allow()
    clock.advance(0.06)
    assert breaker.allow()


def test_trip_opens_at_once_for_the_given_time(clock: Clock) -> None:
    breaker = CircuitBreaker(threshold=5, cooldown_seconds=0.01, clock=clock)
    breaker.trip(30)
    assert breaker.state == CircuitBreaker.OPEN and not breaker.allow()
    assert breaker.retry_after() == 30
    clock.advance(30)
    assert breaker.allow() and breaker.state == CircuitBreaker.HALF_OPEN


def test_exactly_one_trial_under_contention(clock: Clock) -> None:
    breaker = CircuitBreaker(threshold=1, cooldown_seconds=0.05, clock=clock)
    breaker.record_failure()
    clock.advance(0.06)
    start = threading.Barrier(32)
    allowed: list[bool] = []

    def call() -> None:
        start.wait()
        allowed.append(breaker.allow())

    threads = [threading.Thread(target=call) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert allowed.count(True) == 1


def test_concurrent_failures_are_all_counted() -> None:
    breaker = CircuitBreaker(threshold=1000, cooldown_seconds=60, clock=clock)

    def fail() -> None:
        for _ in range(100):
            breaker.record_failure()

    threads = [threading.Thread(target=fail) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert breaker.failures == 800 and breaker.state == CircuitBreaker.CLOSED


def test_state_gauge_and_refusals_are_published(clock: Clock) -> None:
    breaker = CircuitBreaker(threshold=1, cooldown_seconds=0.05, name="places", clock=clock)
    assert state("places") == 0
    refused = calls("places", "circuit_open")
    breaker.record_failure()
    assert state("places") == 2
    assert not breaker.allow()
    assert calls("places", "circuit_open") == refused + 1
    clock.advance(0.06)
    assert breaker.allow()
    assert state("places") == 1
    breaker.record_success()
    assert state("places") == 0


def test_unknown_dependency_names_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown dependency"):
        CircuitBreaker(threshold=1, cooldown_seconds=1, name="user-supplied-host")
