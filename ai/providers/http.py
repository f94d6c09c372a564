"""The retry loop every HTTP food provider shares: timeouts, 429 and 5xx, a deadline.

- Connection errors, timeouts and 5xx are retried with exponential backoff and jitter.
- 429 waits for ``Retry-After`` (seconds or an HTTP date) when it is within the cap;
  a longer wait is not worth it: the provider is given up at once (with a cooldown) so
  the next one answers.
- Every attempt's timeout is cut to what is left of the caller's deadline.
Other statuses are returned for the provider to interpret (401, 404, 422 ...).

The loop, backoff, ``Retry-After`` parsing and call metrics are the shared
``resilience`` package; the rules above are the food providers'.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

import httpx

import resilience
from ai.providers.base import ProviderError
from resilience import Retryable

# httpx logs every request URL at INFO; Edamam's keys travel in the query string, so
# those lines would put secrets in the logs. Our own log lines name provider and status.
logging.getLogger("httpx").setLevel(logging.WARNING)


@dataclass(frozen=True)
class RetryPolicy(resilience.RetryPolicy):
    """How hard to try one provider: the shared retry policy plus per-attempt timeouts."""

    read_timeout_seconds: float = 10.0
    connect_timeout_seconds: float = 3.0


async def send(
    client: httpx.AsyncClient,
    method: str,
    url: str,
    *,
    policy: RetryPolicy,
    deadline: float,
    provider: str,
    final_statuses: frozenset[int] = frozenset(),
    **kwargs: Any,
) -> httpx.Response:
    """Send with retries until a non-retryable answer, the retries or the deadline end.

    ``final_statuses`` are answers to return as they are even if 5xx (Edamam's 555).
    ``provider`` names the dependency in errors and metrics.
    """
    last = "no attempt"

    async def attempt(_: int) -> httpx.Response:
        nonlocal last
        remaining = deadline - time.monotonic()
        if remaining <= 0.05:
            raise ProviderError(f"{provider}: out of time after {last}")
        timeout = httpx.Timeout(
            min(policy.read_timeout_seconds, remaining),
            connect=min(policy.connect_timeout_seconds, remaining),
        )
        wait: float | None = None
        try:
            response = await client.request(method, url, timeout=timeout, **kwargs)
        except httpx.TimeoutException as exc:
            last = "a timeout"
            raise Retryable(ProviderError(f"{provider}: gave up after {last}")) from exc
        except httpx.TransportError as exc:
            last = f"a connection error ({type(exc).__name__})"
            raise Retryable(ProviderError(f"{provider}: gave up after {last}")) from exc
        status = response.status_code
        if status in final_statuses:
            return response
        if status == 429:
            wait = resilience.retry_after_from(response.headers)
            if wait is not None and wait > policy.max_retry_after_seconds:
                raise ProviderError(
                    f"{provider}: rate limited (retry after {wait:g} s)",
                    status=429,
                    cooldown=wait,
                )
            last = "429 Too Many Requests"
        elif status >= 500:
            last = f"status {status}"
        else:
            return response
        raise Retryable(ProviderError(f"{provider}: gave up after {last}"), after=wait)

    return await resilience.retry_async(attempt, policy, deadline=deadline, dependency=provider)


def make_client(base_url: str, policy: RetryPolicy) -> httpx.AsyncClient:
    """One pooled client per provider; no proxy from the environment for test servers."""
    timeout = httpx.Timeout(policy.read_timeout_seconds, connect=policy.connect_timeout_seconds)
    limits = httpx.Limits(max_connections=20, max_keepalive_connections=10)
    return httpx.AsyncClient(base_url=base_url.rstrip("/"), timeout=timeout, limits=limits)


class KeyedHttpProvider:
    """An external provider authenticated by an app id and key, over one pooled client.

    Subclasses set ``name`` and ``default_base_url`` and implement ``analyze``.
    """

    name: str = ""
    default_base_url: str = ""

    def __init__(
        self,
        app_id: str,
        app_key: str,
        base_url: str | None = None,
        policy: RetryPolicy | None = None,
        budget_seconds: float = 6.0,
    ) -> None:
        self.app_id, self.app_key = app_id, app_key
        self.policy = policy or RetryPolicy()
        self.budget_seconds = budget_seconds
        self.client = make_client(base_url or self.default_base_url, self.policy)

    async def aclose(self) -> None:
        await self.client.aclose()
