"""Per-user limits on the AI service's expensive endpoints, for clients that call it directly.

The core limits the same features per user (``core/api/throttles.py``) with the same
environment variables; this service counts on its own (a separate key space), so a call
that goes through the core is limited by the core first and a direct call here cannot get
around it. Counters are fixed one-period windows in Redis when ``REDIS_URL`` is set (every
worker and replica counts together), else in this process's memory.

If Redis fails, requests are let through and the failure is logged: a broken counter must
not take the features down (the core's limit still applies to calls made through it).
"""

from __future__ import annotations

import logging
import math
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from ai.auth import AuthenticatedUser
from ai.deps import get_current_user
from ai.errors import ApiError

logger = logging.getLogger("ai.rate_limits")

_PERIODS = {"s": 1, "sec": 1, "second": 1, "m": 60, "min": 60, "minute": 60,
            "h": 3600, "hour": 3600, "d": 86400, "day": 86400}  # fmt: skip
_RATE = re.compile(r"^\s*(\d+)\s*/\s*([a-z]+)\s*$")


@dataclass(frozen=True)
class Rate:
    """``limit`` requests per ``seconds``."""

    limit: int
    seconds: int


def parse_rate(text: str) -> Rate:
    """``"30/min"`` -> Rate(30, 60) (DRF's spelling: s, min, hour, day and their words)."""
    match = _RATE.match(text.lower())
    if not match or match.group(2) not in _PERIODS or int(match.group(1)) < 1:
        raise ValueError(f"Invalid rate {text!r}; use e.g. '30/min' or '20/hour'.")
    return Rate(int(match.group(1)), _PERIODS[match.group(2)])


class Counter:
    """Requests per key in the current window; Redis when configured, else memory."""

    def __init__(self, redis_url: str = "") -> None:
        self._redis = None
        if redis_url:
            from redis.asyncio import Redis

            self._redis = Redis.from_url(redis_url, socket_timeout=0.5)
        self._memory: dict[str, int] = {}
        self._memory_window = -1

    async def hit(self, key: str, rate: Rate, now: float | None = None) -> float | None:
        """Count one request; seconds to wait when it is over the limit, else None."""
        now = time.time() if now is None else now
        window = int(now // rate.seconds)
        wait = (window + 1) * rate.seconds - now
        full_key = f"ai:rate:{key}:{rate.seconds}:{window}"
        count = await self._count(full_key, rate.seconds, window)
        return wait if count is not None and count > rate.limit else None

    async def _count(self, key: str, seconds: int, window: int) -> int | None:
        if self._redis is not None:
            try:
                pipe = self._redis.pipeline()
                pipe.incr(key)
                pipe.expire(key, seconds + 1)
                count, _ = await pipe.execute()
                return int(count)
            except Exception:  # any Redis failure: let the request through, say so
                logger.warning("Rate-limit counter unavailable; request not counted")
                return None
        if window != self._memory_window:
            # Old windows can never matter again; keep memory bounded.
            self._memory = {k: v for k, v in self._memory.items() if k.endswith(f":{window}")}
            self._memory_window = window
        self._memory[key] = self._memory.get(key, 0) + 1
        return self._memory[key]


def get_counter(request: Request) -> Counter:
    """The app's counter, made on first use."""
    counter = getattr(request.app.state, "rate_counter", None)
    if counter is None:
        counter = request.app.state.rate_counter = Counter(request.app.state.settings.redis_url)
    return counter


def per_user_limit(scope: str) -> Callable[..., Awaitable[None]]:
    """A dependency refusing a user's request over ``scope``'s rate with 429 + Retry-After.

    The rate is the setting named ``<scope>_rate`` (e.g. ``ai_chat_rate``).
    """

    async def check(
        request: Request, user: Annotated[AuthenticatedUser, Depends(get_current_user)]
    ) -> None:
        rate = parse_rate(getattr(request.app.state.settings, f"{scope}_rate"))
        wait = await get_counter(request).hit(f"{scope}:{user.id}", rate)
        if wait is not None:
            seconds = max(1, math.ceil(wait))
            raise ApiError(
                429,
                f"Too many requests for this feature; try again in {seconds} seconds.",
                {"retry_after_seconds": seconds, "limit": f"{rate.limit} per {rate.seconds} s"},
                headers={"Retry-After": str(seconds)},
            )

    return check
