"""``Retry-After`` (RFC 9110 §10.2.3) and OpenAI's ``retry-after-ms`` as seconds.

The header is either delta-seconds (``"120"``) or an HTTP-date
(``"Wed, 21 Oct 2015 07:28:00 GMT"``). Servers also send fractions (``"1.5"``), which are
read too. Anything else (words, negative numbers, ``nan``, an unparseable date) is
ignored: the caller falls back to its own backoff rather than trusting garbage.

Values are clamped to ``ceiling`` (a day by default), so a date in the year 9999 cannot
park a provider for years; the caller still sees a wait longer than any it is prepared
to make, and gives up. A number of more than 20 digits is no real wait but garbage (and
would overflow arithmetic): ignored. A date in the past means "now": 0 seconds.
"""

from __future__ import annotations

import email.utils
import math
import re
import time
from collections.abc import Mapping

DEFAULT_CEILING_SECONDS = 86_400.0
_NUMBER = re.compile(r"\d{1,20}(?:\.\d{1,9})?")  # no sign, no exponent, no 400 digits


def parse_retry_after(
    value: str | None,
    *,
    now: float | None = None,
    ceiling: float = DEFAULT_CEILING_SECONDS,
    scale: float = 1.0,
) -> float | None:
    """Seconds to wait from one header value; None when absent or unreadable.

    ``scale`` divides a numeric value (1000 for ``retry-after-ms``); an HTTP-date is
    measured from ``now`` (``time.time()`` by default).
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if _NUMBER.fullmatch(text):
        return min(ceiling, float(text) / scale)
    if scale != 1.0:
        return None  # milliseconds are never a date
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    try:
        seconds = when.timestamp() - (time.time() if now is None else now)
    except (OverflowError, OSError, ValueError):
        return None
    if math.isnan(seconds):
        return None
    return min(ceiling, max(0.0, seconds))


def retry_after_from(
    headers: Mapping[str, str] | None,
    *,
    now: float | None = None,
    ceiling: float = DEFAULT_CEILING_SECONDS,
) -> float | None:
    """Seconds to wait from response headers: ``retry-after-ms`` first (OpenAI's, more
    precise), then ``Retry-After``; None when neither is present and readable.

    ``headers`` must look names up case-insensitively (``httpx.Headers`` does).
    """
    if headers is None:
        return None
    wait = parse_retry_after(headers.get("retry-after-ms"), ceiling=ceiling, scale=1000.0)
    if wait is not None:
        return wait
    return parse_retry_after(headers.get("retry-after"), now=now, ceiling=ceiling)
