"""What every food-analysis provider is: one interface, one result type, two errors;
and ``AnswerStream``, how an assistant provider streams its answer's text.

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
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

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


class AnswerStream:
    """Where an assistant provider sends its answer's text while it is being written.

    Each ``delta`` is reported as ``{"stage": "answer", "delta": text}`` (an NDJSON
    progress line, ``ai/progress.py``); ``reset`` as ``{"stage": "answer", "reset": true,
    "reason": ...}``: drop the text streamed so far (the model switched to tool calls
    after some words, or the stream broke and a fallback answers instead). The rule a
    client relies on: the deltas after the last reset, joined, are the final answer, and
    the result line's body is authoritative (``finish`` enforces the rule at the end, so
    no streamed word can contradict the stored answer).
    """

    def __init__(self, report: Callable[[dict[str, Any]], None]) -> None:
        self._report = report
        self._pieces: list[str] = []

    @property
    def text(self) -> str:
        """What the client has been shown since the last reset."""
        return "".join(self._pieces)

    def delta(self, text: str) -> None:
        """Send one piece of the answer (empty pieces are not sent)."""
        if text:
            self._pieces.append(text)
            self._report({"stage": "answer", "delta": text})

    def reset(self, reason: str) -> None:
        """Withdraw the text sent so far (nothing is sent when there is none)."""
        if self._pieces:
            self._pieces.clear()
            self._report({"stage": "answer", "reset": True, "reason": reason})

    def finish(self, final: str) -> None:
        """Make the streamed text equal ``final``: the missing tail when it is a prefix
        (the whole answer as one delta when nothing was streamed: the local provider,
        the safety gate), else a reset and the whole answer."""
        shown = self.text
        if shown == final:
            return
        if final.startswith(shown):
            self.delta(final[len(shown) :])
            return
        self.reset("replaced by the final answer")
        self.delta(final)
