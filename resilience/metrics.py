"""Prometheus metrics for calls to other services, on the default registry.

- ``healthbite_dependency_calls_total{dependency, outcome}``: one ``ok``, ``error`` or
  ``timeout`` per call as the caller saw it after its retries, one ``retried`` per
  repeated attempt, one ``circuit_open`` per call refused by an open breaker. ``ok``
  means the dependency answered with something the caller reads, a refusal of this one
  request (a 4xx) included: the series tracks the dependency's health, as the breakers do.
- ``healthbite_circuit_state{dependency}``: 0 closed, 1 half-open, 2 open.

Label values come from fixed sets (an unknown name is a programming error and raises),
so the number of series stays bounded whatever the traffic. Under multiprocess mode
(``PROMETHEUS_MULTIPROC_DIR``) the gauge reports the worst live process's state
(``livemax``): one worker with an open circuit is worth seeing.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge

DEPENDENCIES = frozenset({"ai_service", "openai", "nutritionix", "edamam", "places"})
OUTCOMES = frozenset({"ok", "error", "timeout", "circuit_open", "retried"})
STATE_VALUES = {"closed": 0, "half-open": 1, "open": 2}

CALLS = Counter(
    "healthbite_dependency_calls",
    "Calls to other services by dependency and outcome (retried: one per repeat).",
    ["dependency", "outcome"],
)
CIRCUIT_STATE = Gauge(
    "healthbite_circuit_state",
    "Circuit breaker state per dependency: 0 closed, 1 half-open, 2 open.",
    ["dependency"],
    multiprocess_mode="livemax",
)


def check_dependency(name: str) -> str:
    """``name`` if it is a known dependency; raises ``ValueError`` otherwise."""
    if name not in DEPENDENCIES:
        raise ValueError(f"unknown dependency {name!r}; add it to resilience.metrics")
    return name


def record(dependency: str | None, outcome: str) -> None:
    """Count one call outcome; ``dependency=None`` is an unobserved caller (no series)."""
    if dependency is None:
        return
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}")
    CALLS.labels(check_dependency(dependency), outcome).inc()


def set_state(dependency: str | None, state: str) -> None:
    """Publish a breaker's state (``closed``, ``half-open`` or ``open``)."""
    if dependency is not None:
        CIRCUIT_STATE.labels(check_dependency(dependency)).set(STATE_VALUES[state])
