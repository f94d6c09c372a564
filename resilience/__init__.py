"""Resilience for calls to other services: retries, circuit breaking, ``Retry-After``.

One small framework-free module (httpx and prometheus_client only) used by the core's
gateway to the AI service and by every provider client of the AI service:

- ``retry``: a ``RetryPolicy`` (bounded retries, exponential backoff with jitter, a cap on
  server-requested waits) and one loop, ``retry_call`` / ``retry_async``, around a
  caller's attempt function that classifies its own failures;
- ``breaker``: a thread-safe ``CircuitBreaker`` (closed, open, half-open with one trial);
- ``retry_after``: ``Retry-After`` / ``retry-after-ms`` as seconds;
- ``metrics``: Prometheus counters and gauges on the default registry, labelled by a
  fixed set of dependency names.

What counts as a failure, what is retried and what opens a breaker stays with each
caller: the module gives the mechanics, the caller the rules of its dependency.
"""

from resilience.breaker import CircuitBreaker
from resilience.metrics import DEPENDENCIES, record
from resilience.retry import Retryable, RetryPolicy, is_timeout, retry_async, retry_call
from resilience.retry_after import parse_retry_after, retry_after_from

__all__ = [
    "DEPENDENCIES",
    "CircuitBreaker",
    "RetryPolicy",
    "Retryable",
    "is_timeout",
    "parse_retry_after",
    "record",
    "retry_after_from",
    "retry_async",
    "retry_call",
]
