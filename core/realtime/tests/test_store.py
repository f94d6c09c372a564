"""The event store, in memory and in Redis (when ``REDIS_URL`` is set): numbering,
replay, the bounded buffer and the sockets-per-user registry."""

from __future__ import annotations

import asyncio
import os
import secrets
import time
from collections.abc import Callable, Iterator

import pytest

from core.realtime.protocol import Limits
from core.realtime.store import EventStore, MemoryEventStore, RedisEventStore

LIMITS = Limits(max_sockets_per_user=2, buffer_events=3, buffer_seconds=300)
REDIS_URL = os.environ.get("REDIS_URL", "")


def _memory() -> EventStore:
    return MemoryEventStore(LIMITS)


def _redis() -> EventStore:
    return RedisEventStore(REDIS_URL, f"hbtest:store:{secrets.token_hex(4)}", LIMITS)


STORES = [pytest.param(_memory, id="memory")]
if REDIS_URL:
    STORES.append(pytest.param(_redis, id="redis"))


@pytest.fixture(params=STORES)
def store(request: pytest.FixtureRequest) -> Iterator[EventStore]:
    factory: Callable[[], EventStore] = request.param
    made = factory()
    yield made
    if isinstance(made, RedisEventStore):
        import redis

        client = redis.Redis.from_url(REDIS_URL)
        keys = list(client.scan_iter(match=f"{made.prefix}:*"))
        if keys:
            client.delete(*keys)
        client.close()


def run(coroutine):  # noqa: ANN001, ANN201 -- a tiny helper for the async store
    return asyncio.run(coroutine)


def test_events_are_numbered_per_user_and_replayed_in_order(store: EventStore) -> None:
    async def scenario() -> None:
        assert await store.append(1, "a", {"n": 1}, time.time()) == 1
        assert await store.append(1, "b", {"n": 2}, time.time()) == 2
        assert await store.append(2, "a", {}, time.time()) == 1  # another user's own count
        replay = await store.since(1, 0)
        assert replay.complete and replay.latest == 2
        assert [(e["type"], e["seq"], e["data"]) for e in replay.events] == [
            ("a", 1, {"n": 1}), ("b", 2, {"n": 2})
        ]  # fmt: skip
        assert (await store.since(1, 2)).events == [] and (await store.since(1, 2)).complete
        if isinstance(store, RedisEventStore):
            await store.aclose()

    run(scenario())


def test_a_gap_beyond_the_buffer_or_a_seq_ahead_is_not_complete(store: EventStore) -> None:
    async def scenario() -> None:
        for n in range(5):
            await store.append(7, "e", {"n": n}, time.time())
        trimmed = await store.since(7, 0)  # only the newest 3 are kept
        assert not trimmed.complete and [e["seq"] for e in trimmed.events] == [3, 4, 5]
        assert (await store.since(7, 2)).complete
        assert not (await store.since(7, 9)).complete  # the counter restarted
        if isinstance(store, RedisEventStore):
            await store.aclose()

    run(scenario())


def test_old_events_are_not_replayed(store: EventStore) -> None:
    async def scenario() -> None:
        await store.append(3, "old", {}, 1000.0)  # 1970: far outside the window
        replay = await store.since(3, 0)
        assert replay.events == [] and not replay.complete
        if isinstance(store, RedisEventStore):
            await store.aclose()

    run(scenario())


def test_the_oldest_socket_beyond_the_limit_is_evicted(store: EventStore) -> None:
    async def scenario() -> None:
        now = 2e9
        assert await store.register(5, "one", now) == []
        assert await store.register(5, "two", now + 1) == []
        assert await store.register(5, "three", now + 2) == ["one"]
        await store.unregister(5, "two")
        assert await store.register(5, "four", now + 3) == []
        # A socket not seen for three heartbeats is pruned, not counted.
        later = now + 3 + 3 * LIMITS.heartbeat + 1
        if isinstance(store, RedisEventStore):
            assert await store.register(5, "five", later) == []
            await store.aclose()

    run(scenario())
