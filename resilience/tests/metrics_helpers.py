"""Reading the resilience metrics back from the default Prometheus registry."""

from __future__ import annotations

from prometheus_client import REGISTRY


def calls(dependency: str, outcome: str) -> float:
    value = REGISTRY.get_sample_value(
        "healthbite_dependency_calls_total", {"dependency": dependency, "outcome": outcome}
    )
    return value or 0.0


def state(dependency: str) -> float | None:
    return REGISTRY.get_sample_value("healthbite_circuit_state", {"dependency": dependency})
