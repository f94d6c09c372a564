"""Assistant benchmark: labelled-set score and end-to-end latency with the local provider.

    python -m bench.run assistant        (or: python -m bench.bench_assistant)

Figures:

- ``assistant.labelled_score``: share of the labelled questions
  (``data/assistant/labelled_questions.json``) whose answer contains every required fact,
  asked end to end through ``POST /api/chatbot/query/`` as the seeded user (target >= 90 %),
  and ``assistant.safety_handled`` (safety cases answered by the right rule; must be 100 %).
- ``assistant.e2e_p50_ms`` / ``assistant.e2e_p99_ms``: latency of those requests (client ->
  core under gunicorn -> gateway -> AI service under uvicorn -> database -> history
  writes), sequential, several rounds over the set. Target: p50 under 50 ms.
- ``assistant.local_p50_ms``: the local assistant in this process on an in-memory data
  source (no HTTP, no database), for comparison.

Both services start as the e2e harness starts them, on ``DATABASE_URL`` (or a SQLite
file), with the starter catalog loaded and no OpenAI key (the local provider answers).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.report import emit, note

ROUNDS = int(os.environ.get("ASSISTANT_BENCH_ROUNDS", "4"))


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def in_process() -> None:
    from domain.assistant import ToolContext, respond
    from domain.assistant.labelled import load_labelled, memory_data

    labelled = load_labelled()
    now = datetime.now(UTC)
    source = memory_data(labelled["seed"], now)

    async def run() -> list[float]:
        timings = []
        for _ in range(3):
            for item in labelled["questions"]:
                started = time.perf_counter()
                await respond(item["question"], [], ToolContext(source, now))
                timings.append((time.perf_counter() - started) * 1000)
        return timings

    timings = asyncio.run(run())
    emit("assistant.local_p50_ms", round(statistics.median(timings), 3), "ms")


def end_to_end() -> bool:
    from domain.assistant.labelled import check_answer, load_labelled, summary
    from e2e.chatbot_seed import load_catalog, seed_account
    from e2e.harness import start_stack

    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        os.environ.pop(name, None)  # the local provider is what is measured
    labelled = load_labelled()
    questions = labelled["questions"]
    with tempfile.TemporaryDirectory(prefix="bench-assistant-") as workdir:
        # The per-user chat throttle (30/min) would stop a benchmark asking hundreds of
        # questions a minute as one user: it measures answers, not the throttle.
        stack = start_stack(Path(workdir), extra_env={"AI_CHAT_RATE": "100000/min"})
        try:
            load_catalog(stack)
            now = datetime.now(UTC)
            account = seed_account(stack, labelled["seed"], now, plans=labelled["seed"])
            note(
                f"services on {stack.database.url.split('://')[0]}; {len(questions)} questions "
                f"x {ROUNDS} rounds, sequential"
            )
            url = f"{stack.core_url}/api/v1/chatbot/query/"
            for item in questions[:10]:  # warm-up: connections, catalog index
                stack.http.post(url, json={"query": item["question"]}, headers=account.auth)
            timings: list[float] = []
            verdicts = []
            for round_number in range(ROUNDS):
                for item in questions:
                    started = time.perf_counter()
                    response = stack.http.post(
                        url, json={"query": item["question"]}, headers=account.auth
                    )
                    timings.append((time.perf_counter() - started) * 1000)
                    if response.status_code != 200:
                        raise RuntimeError(f"{item['id']}: {response.status_code} {response.text}")
                    if round_number == 0:
                        verdicts.append(check_answer(item, response.json()))
        finally:
            stack.stop()
            stack.database.drop()
    result = summary(verdicts)
    emit("assistant.labelled_questions", result["total"], "questions")
    emit("assistant.labelled_score", round(result["score"] * 100, 1), "%")
    safety = [v for v in verdicts if v.category == "safety"]
    emit(
        "assistant.safety_handled", round(100 * sum(v.passed for v in safety) / len(safety), 1), "%"
    )
    note(f"by category: {result['by_category']}")
    for failure in result["failures"]:
        note(f"miss: {failure}")
    emit("assistant.e2e_p50_ms", round(statistics.median(timings), 2), "ms")
    emit("assistant.e2e_p99_ms", round(_percentile(timings, 0.99), 2), "ms")
    return result["score"] >= 0.9 and result["safety_all_handled"]


def main() -> int:
    """Print the figures; non-zero when the score or the safety target is missed."""
    in_process()
    return 0 if end_to_end() else 1


if __name__ == "__main__":
    raise SystemExit(main())
