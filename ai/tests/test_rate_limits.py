"""Per-user limits on the AI service's features, for clients that call it directly."""

from __future__ import annotations

import os

import anyio
import pytest
from fastapi.testclient import TestClient

from ai.main import create_app
from ai.rate_limits import Counter, Rate, parse_rate
from ai.tests.conftest import django_test_database_url, make_settings
from core.api.testing import bearer_headers, make_user


def test_rates_are_parsed_like_drf() -> None:
    assert parse_rate("30/min") == Rate(30, 60)
    assert parse_rate("20 / hour") == Rate(20, 3600)
    assert parse_rate("5/s") == Rate(5, 1)
    for bad in ("30", "0/min", "ten/min", "30/fortnight"):
        with pytest.raises(ValueError):
            parse_rate(bad)


def test_a_bad_rate_refuses_to_start() -> None:
    with pytest.raises(ValueError):
        make_settings(ai_chat_rate="lots")


def test_windows_reset_and_keys_are_separate() -> None:
    counter, rate = Counter(), Rate(2, 60)

    def hit(key: str, now: float) -> float | None:
        return anyio.run(lambda: counter.hit(key, rate, now=now))

    assert [hit("a", 120.0) for _ in range(2)] == [None, None]
    assert hit("a", 150.0) == pytest.approx(30.0)  # wait until the window ends at 180
    assert hit("b", 150.0) is None
    assert hit("a", 181.0) is None  # a new window


def test_redis_counts_across_counters() -> None:
    # The machine's Redis (CI sets REDIS_URL to it): two counters are two workers.
    url = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
    rate = Rate(1, 60)
    key = f"test:{os.getpid()}:{os.urandom(4).hex()}"

    async def both() -> tuple[float | None, float | None]:
        return await Counter(url).hit(key, rate), await Counter(url).hit(key, rate)

    first, second = anyio.run(both)
    assert first is None and second is not None


def test_a_redis_outage_lets_requests_through() -> None:
    async def hit() -> float | None:
        return await Counter("redis://127.0.0.1:1/0").hit("x", Rate(1, 60))

    assert anyio.run(hit) is None


@pytest.mark.django_db(transaction=True)
def test_direct_calls_are_limited_per_user() -> None:
    settings = make_settings(
        database_url=django_test_database_url(), ai_chat_rate="2/min", redis_url=""
    )
    first, second = make_user(), make_user()
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        body = {"query": "hello"}
        for _ in range(2):
            assert (
                client.post("/chatbot/query", json=body, headers=bearer_headers(first)).status_code
                == 200
            )
        refused = client.post("/chatbot/query", json=body, headers=bearer_headers(first))
        assert refused.status_code == 429
        assert int(refused.headers["Retry-After"]) >= 1
        assert refused.json()["error"].startswith("Too many requests")
        # Another user is not affected; an anonymous caller still gets 401, not 429.
        assert (
            client.post("/chatbot/query", json=body, headers=bearer_headers(second)).status_code
            == 200
        )
        assert client.post("/chatbot/query", json=body).status_code == 401
