"""Progress of a long computation streamed as NDJSON, for callers that ask for it.

A caller that sends ``Accept: application/x-ndjson`` gets, instead of one JSON body, a
stream of lines: ``{"event": "progress", ...}`` as the work advances (e.g. each day of a
diet plan solved), then exactly one ``{"event": "result", "status": <HTTP status>,
"body": <the body the plain endpoint would answer>}``. Errors found before the work
starts (bad input, incomplete profile) are still plain JSON errors with their status;
an error during the work (no plan meets the constraints) is the result line's status.
The core's plan jobs use this to tell the user "solving day 3 of 7" live.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from fastapi import Request
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import StreamingResponse

from domain.errors import default_message, error_body

logger = logging.getLogger("ai.progress")

NDJSON = "application/x-ndjson"
Report = Callable[[dict[str, Any]], None]


def wants_progress(request: Request) -> bool:
    """True when the caller accepts an NDJSON progress stream."""
    accept = request.headers.get("accept", "")
    return any(part.split(";")[0].strip().lower() == NDJSON for part in accept.split(","))


def _line(item: dict[str, Any]) -> bytes:
    return (json.dumps(item, separators=(",", ":"), allow_nan=False) + "\n").encode()


async def _events(work: Callable[[Report], Awaitable[dict[str, Any]]]) -> AsyncIterator[bytes]:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue()

    def report(item: dict[str, Any]) -> None:
        # Called from the solver's worker thread: hand the item to the event loop.
        loop.call_soon_threadsafe(queue.put_nowait, {"event": "progress", **item})

    task = asyncio.create_task(work(report))
    # Runs on the loop after the task ended, so it comes after every progress item the
    # worker thread scheduled before returning.
    task.add_done_callback(lambda _: queue.put_nowait(None))
    try:
        while (item := await queue.get()) is not None:
            yield _line(item)
        try:
            body = task.result()
            yield _line({"event": "result", "status": 200, "body": body})
        except StarletteHTTPException as exc:  # ApiError included: it carries details
            error = error_body(str(exc.detail), getattr(exc, "details", {}))
            yield _line({"event": "result", "status": exc.status_code, "body": error})
        except Exception:
            logger.exception("streamed work failed")
            yield _line(
                {"event": "result", "status": 500, "body": error_body(default_message(500))}
            )
    finally:
        if not task.done():  # the client went away: stop waiting for the work
            task.cancel()


def progress_stream(work: Callable[[Report], Awaitable[dict[str, Any]]]) -> StreamingResponse:
    """Run ``work(report)`` and stream its ``report({...})`` calls, then its result."""
    return StreamingResponse(
        _events(work), media_type=NDJSON, headers={"Cache-Control": "no-store"}
    )
