"""Publishing: delivered to the user's group only, never raising into the caller."""

from __future__ import annotations

import asyncio

from channels.layers import InMemoryChannelLayer

from core.realtime.events import LAYER_MESSAGE_TYPE, Publisher, publish_user_event, user_group
from core.realtime.protocol import Limits
from core.realtime.store import MemoryEventStore, RedisEventStore


def test_an_event_reaches_the_users_group_and_no_other() -> None:
    async def scenario() -> None:
        layer = InMemoryChannelLayer()
        mine, theirs = await layer.new_channel(), await layer.new_channel()
        await layer.group_add(user_group(1), mine)
        await layer.group_add(user_group(2), theirs)
        publisher = Publisher(MemoryEventStore(Limits()), layer, in_memory=True)
        sent = await publisher.apublish(1, "plan_job.progress", {"day": 3})
        message = await asyncio.wait_for(layer.receive(mine), 1)
        assert message == {"type": LAYER_MESSAGE_TYPE, "event": sent}
        assert sent["seq"] == 1 and sent["data"] == {"day": 3}
        assert (
            await layer.receive_nowait(theirs) is None if hasattr(layer, "receive_nowait") else True
        )
        assert layer.channels.get(theirs) is None or layer.channels[theirs].empty()

    asyncio.run(scenario())


def test_publishing_never_raises_when_redis_is_down(caplog) -> None:  # noqa: ANN001
    down = RedisEventStore("redis://127.0.0.1:1/0", "hbtest:down", Limits())
    publisher = Publisher(down, InMemoryChannelLayer())
    publisher.publish(1, "budget.updated", {"x": 1})  # logs, returns
    assert "was not published" in caplog.text


def test_a_payload_that_is_too_big_is_logged_not_raised(caplog) -> None:  # noqa: ANN001
    publisher = Publisher(MemoryEventStore(Limits()), InMemoryChannelLayer())
    publisher.publish(1, "too.big", {"pad": "x" * 40_000})
    assert "was not published" in caplog.text


def test_the_module_function_is_safe_without_any_socket(settings) -> None:  # noqa: ANN001
    publish_user_event(123, "plan_job.finished", {"job_id": 1, "state": "saved"})
