"""What every food-analysis provider is: one interface, one result type, two errors.

A provider turns meal text into ``domain.analyser.Analysis`` (items with grams, kcal and
nutrients in ``domain.nutrients`` keys and units, plus unmatched items). It raises
``NoMatch`` when it found no food at all and ``ProviderError`` when it could not answer
(auth, quota, rate limit, 5xx, timeout); the chain then asks the next provider.

Personal data: a provider gets a ``Caller`` only describing what the user agreed to
share. Without the user's opt-in it is ``Caller.anonymous()``: no id, no time zone.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import Protocol

from domain.analyser import Analyser, Analysis


@dataclass(frozen=True)
class Caller:
    """Who asks, as far as external providers may know (nothing without consent)."""

    user_id: int | None = None
    timezone: str | None = None

    @classmethod
    def anonymous(cls) -> Caller:
        return cls()

    @property
    def shares_data(self) -> bool:
        return self.user_id is not None

    def pseudonym(self, secret: str) -> str | None:
        """A stable id for this user that reveals nothing without ``secret`` (our key)."""
        if self.user_id is None:
            return None
        digest = hmac.new(secret.encode(), str(self.user_id).encode(), hashlib.sha256)
        return digest.hexdigest()[:32]


class ProviderError(Exception):
    """The provider could not answer; ``reason`` is short and safe to show and log."""

    def __init__(self, reason: str, *, status: int | None = None, cooldown: float = 0.0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        # Seconds to skip this provider afterwards (bad keys, quota, long Retry-After).
        self.cooldown = cooldown


class NoMatch(Exception):
    """The provider understood the request but found no food in the text."""

    def __init__(self, analysis: Analysis | None = None, reason: str = "no food matched") -> None:
        super().__init__(reason)
        self.analysis = analysis
        self.reason = reason


class FoodProvider(Protocol):
    """A food-analysis provider; ``analyser`` gives the meal's items and the local index."""

    name: str

    async def analyze(self, text: str, caller: Caller, analyser: Analyser) -> Analysis: ...

    async def aclose(self) -> None: ...
