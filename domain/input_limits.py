"""Limits every request body and token claim must meet, for both services.

One definition, used by the core's JSON parser (``core.api.limits``), the AI service's
body check (``ai.limits``), the stored-plan validators and both token checks, so a value
one service accepts is never one the other cannot read, store or answer with.

- **JSON documents**: at most ``MAX_JSON_DEPTH`` levels and ``MAX_JSON_VALUES`` values;
  numbers finite with ``|n| <= MAX_JSON_NUMBER`` (no quantity of the API comes near it,
  it keeps every integer exact as a float and inside a 64-bit column, and ``float(n)``
  never overflows); no ``NaN``/``Infinity`` literals.
- **Text**: valid Unicode without lone surrogates (``"\\ud800"`` cannot be encoded as
  UTF-8, so storing it works and every later answer containing it fails) and without NUL
  (refused by databases and C libraries).
- **User ids in tokens**: a positive integer that fits a BIGINT column.

Nothing here knows a web framework; violations raise ``InputLimitError`` (a
``ValueError``) whose message names the offending JSON path.
"""

from __future__ import annotations

import json
import math
from typing import Any

MAX_JSON_DEPTH = 32
MAX_JSON_VALUES = 50_000
MAX_JSON_NUMBER = 1e15
# Parsing a long digit string into an int is quadratic; longer ones are refused unread.
_MAX_NUMBER_CHARS = 40
MAX_USER_ID = 2**63 - 1  # BIGINT


class InputLimitError(ValueError):
    """A value breaks one of the limits; ``path`` is where (``$.plan.monday[0]``)."""

    def __init__(self, message: str, path: str = "$") -> None:
        super().__init__(f"{path}: {message}" if path != "$" else message)
        self.path = path
        self.reason = message


def text_problem(text: str) -> str | None:
    """Why ``text`` cannot be accepted (a lone surrogate, a NUL), or None."""
    if "\x00" in text:
        return "must not contain NUL characters"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "must be valid Unicode (it contains a lone surrogate)"
    return None


def number_problem(value: int | float) -> str | None:
    """Why a JSON number cannot be accepted (not finite, too large), or None."""
    if isinstance(value, float) and not math.isfinite(value):
        return "must be a finite number"
    # int vs float comparison is exact in Python and never overflows.
    if abs(value) > MAX_JSON_NUMBER:
        return f"must be between {-MAX_JSON_NUMBER:g} and {MAX_JSON_NUMBER:g}"
    return None


def check_json(value: Any) -> None:
    """Raise ``InputLimitError`` for the first value of a parsed document over a limit.

    Iterative, so depth is measured without recursing on it.
    """
    stack: list[tuple[Any, str, int]] = [(value, "$", 1)]
    seen = 0
    while stack:
        node, path, depth = stack.pop()
        seen += 1
        if seen > MAX_JSON_VALUES:
            raise InputLimitError(f"the document holds more than {MAX_JSON_VALUES} values")
        if isinstance(node, dict):
            if depth > MAX_JSON_DEPTH:
                raise InputLimitError(f"nested more than {MAX_JSON_DEPTH} levels deep", path)
            for key, inner in node.items():
                key = str(key)
                problem = text_problem(key)
                if problem:
                    raise InputLimitError(f"a key {problem}", path)
                stack.append((inner, f"{path}.{key}", depth + 1))
        elif isinstance(node, list):
            if depth > MAX_JSON_DEPTH:
                raise InputLimitError(f"nested more than {MAX_JSON_DEPTH} levels deep", path)
            stack.extend((inner, f"{path}[{i}]", depth + 1) for i, inner in enumerate(node))
        elif isinstance(node, str):
            problem = text_problem(node)
            if problem:
                raise InputLimitError(problem, path)
        elif isinstance(node, (int, float)) and not isinstance(node, bool):
            problem = number_problem(node)
            if problem:
                raise InputLimitError(problem, path)


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_NUMBER_CHARS:
        raise InputLimitError(
            f"a number must be between {-MAX_JSON_NUMBER:g} and {MAX_JSON_NUMBER:g}"
        )
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > _MAX_NUMBER_CHARS * 2:
        raise InputLimitError("a number is written with too many digits")
    return float(text)


def _parse_constant(name: str) -> Any:
    raise InputLimitError(f"{name} is not a JSON number")


def load_json(data: str | bytes) -> Any:
    """Parse a JSON document and check it against the limits.

    Raises ``InputLimitError`` for a limit (depth, size, numbers, text) and ``ValueError``
    (``json.JSONDecodeError``, ``UnicodeDecodeError``) for text that is not JSON.
    """
    try:
        value = json.loads(
            data, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant
        )
    except RecursionError:
        # The C scanner recurses per level; a document too deep for it is too deep for us.
        raise InputLimitError(f"nested more than {MAX_JSON_DEPTH} levels deep") from None
    check_json(value)
    return value


def user_id_from_claim(claim: Any) -> int | None:
    """The user id a token's ``user_id`` claim names, or None when it names none.

    The core issues it as a string of digits; an int is accepted too. Booleans, floats,
    signs, spaces and numbers outside a BIGINT are refused rather than coerced, so a
    malformed claim is a 401, never a lookup that overflows the database driver.
    """
    if isinstance(claim, bool):
        return None
    if isinstance(claim, int):
        number = claim
    elif isinstance(claim, str) and claim.isascii() and claim.isdigit() and len(claim) <= 19:
        number = int(claim)
    else:
        return None
    return number if 1 <= number <= MAX_USER_ID else None
