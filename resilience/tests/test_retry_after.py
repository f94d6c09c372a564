"""``Retry-After`` in every form a server sends, and the garbage it sometimes sends."""

from __future__ import annotations

import email.utils

import httpx
import pytest

from resilience.retry_after import DEFAULT_CEILING_SECONDS, parse_retry_after, retry_after_from

NOW = 1_700_000_000.0


def http_date(offset: float) -> str:
    return email.utils.formatdate(NOW + offset, usegmt=True)


@pytest.mark.parametrize(("value", "seconds"), [("0", 0.0), ("7", 7.0), (" 120 ", 120.0),
                                                ("1.5", 1.5)])  # fmt: skip
def test_delta_seconds(value: str, seconds: float) -> None:
    assert parse_retry_after(value) == seconds


def test_http_date_is_measured_from_now() -> None:
    assert parse_retry_after(http_date(30), now=NOW) == pytest.approx(30.0)
    assert parse_retry_after(http_date(-300), now=NOW) == 0.0  # past: go now
    # The obsolete forms HTTP still allows (RFC 850 and asctime) are dates too.
    assert parse_retry_after("Sunday, 14-Nov-23 22:13:50 GMT", now=NOW) == 30.0
    assert parse_retry_after("Tue Nov 14 22:13:50 2023", now=NOW) == 30.0


@pytest.mark.parametrize(
    "value",
    [None, "", "   ", "soon", "-1", "-0.5", "+5", "1e3", "nan", "inf", "5 s", "0x10",
     "Mon, 99 Foo 2020 25:61:61 GMT", "9" * 400, "1." + "0" * 50],
)  # fmt: skip
def test_garbage_and_negative_values_are_ignored(value: str | None) -> None:
    assert parse_retry_after(value) is None


def test_huge_values_are_clamped_to_the_ceiling() -> None:
    assert parse_retry_after("9" * 20) == DEFAULT_CEILING_SECONDS
    assert parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT") == DEFAULT_CEILING_SECONDS
    assert parse_retry_after("3600", ceiling=60.0) == 60.0


def test_headers_prefer_milliseconds_then_retry_after() -> None:
    headers = httpx.Headers({"Retry-After-Ms": "250", "Retry-After": "9"})
    assert retry_after_from(headers) == 0.25
    assert retry_after_from(httpx.Headers({"retry-after-ms": "x", "Retry-After": "9"})) == 9.0
    assert retry_after_from(httpx.Headers({"Retry-After": http_date(5)}), now=NOW) == 5.0
    assert retry_after_from(httpx.Headers({"retry-after-ms": http_date(5)})) is None
    assert retry_after_from(httpx.Headers({})) is None
    assert retry_after_from(None) is None
