"""Food analysis benchmark: accuracy, in-process speed, and end-to-end latency.

    python -m bench.run analyser        (or: python -m bench.bench_analyser)

Figures:

- ``analyser.within_10pct`` / ``analyser.median_abs_error``: the local analyser on the
  labelled meals (``data/analyser/labelled_meals.json``, expected kcal from USDA SR28).
  Target: at least 90 % within 10 %.
- ``analyser.analyses_per_second``: ``Analyser.analyse`` in this process, the index built
  once, cycling through the labelled texts. Target: at least 1,000/s.
- ``analyser.e2e_p50_ms`` / ``analyser.e2e_p99_ms``: ``POST /api/food/analyze/`` end to end
  (client -> core under gunicorn -> gateway -> AI service under uvicorn -> local analyser),
  both started as the e2e harness starts them, on ``DATABASE_URL`` (or a SQLite file),
  with the starter and FNDDS catalogs loaded. Sequential requests. Target: p50 under 30 ms.
- ``analyser.blind_dev.*`` / ``analyser.fndds_analyses_per_second`` (issue #11): the blind
  dev set (``data/analyser/blind/dev.json``) over starter + FNDDS foods: share answered,
  carbohydrate within 7.5 g, kcal within 10 % (25 % vague); speed on that catalog.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.report import emit, note

REPO = Path(__file__).resolve().parent.parent
E2E_REQUESTS = int(os.environ.get("ANALYSER_BENCH_REQUESTS", "400"))
SPEED_SECONDS = 3.0


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def accuracy_and_speed() -> None:
    from domain.analyser import Analyser, foods_from_starter
    from domain.analyser.evaluation import evaluate, load_labels

    started = time.perf_counter()
    analyser = Analyser(foods_from_starter())
    note(f"index of {len(analyser)} foods built in {(time.perf_counter() - started) * 1000:.0f} ms")
    meals = load_labels()
    accuracy = evaluate(analyser, meals)
    emit("analyser.labelled_meals", len(meals), "meals")
    emit("analyser.within_10pct", round(accuracy.within * 100, 1), "%")
    emit("analyser.median_abs_error", round(accuracy.median_error * 100, 2), "%")
    for miss in accuracy.misses():
        note(f"miss: {miss.text!r} expected {miss.expected:g} kcal, got {miss.got:g}")
    texts = [m["text"] for m in meals]
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < SPEED_SECONDS:
        for text in texts:
            analyser.analyse(text)
        count += len(texts)
    emit("analyser.analyses_per_second", round(count / (time.perf_counter() - started)), "/s")
    blind_dev()


def blind_dev() -> None:
    """Issue #11: the blind dev set over starter + FNDDS foods, and speed on that catalog.

    Only ``dev.json`` here: the holdout is run by hand, once, for reporting.
    """
    from domain.analyser.blind_eval import default_analyser, figures, load, run

    started = time.perf_counter()
    analyser = default_analyser()
    note(f"index of {len(analyser)} foods (with FNDDS) built in "
         f"{(time.perf_counter() - started) * 1000:.0f} ms")  # fmt: skip
    meals = load("dev")
    for group, row in figures(run(analyser, meals)).items():
        if "/" in group and not group.startswith("measure/"):
            continue
        key = group.replace("measure/", "")
        emit(f"analyser.blind_dev.{key}.answered", row["answered"], "%")
        emit(f"analyser.blind_dev.{key}.carbs_within_7_5g", row["carbs_7_5g"], "%")
        emit(f"analyser.blind_dev.{key}.kcal_within_10_25pct", row["kcal_10_25"], "%")
    texts = [m["text"] for m in meals]
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < SPEED_SECONDS:
        for text in texts:
            analyser.analyse(text)
        count += len(texts)
    emit(
        "analyser.fndds_analyses_per_second",
        round(count / (time.perf_counter() - started)),
        "/s",
    )


def end_to_end() -> None:
    # The harness is test code, but it is exactly "start both services as in production".
    from e2e.harness import start_stack

    with tempfile.TemporaryDirectory(prefix="bench-analyser-") as workdir:
        stack = start_stack(Path(workdir))
        try:
            env = {**stack.core.env, "DATABASE_URL": stack.database.url}
            for command in ("load_starter_catalog", "load_fndds_catalog"):
                # the bigger catalog of issue #11: starter foods and FNDDS foods as eaten
                subprocess.run(
                    [sys.executable, "manage.py", command],
                    cwd=REPO, env=env, check=True, capture_output=True, timeout=600,
                )  # fmt: skip
            note(f"services on {stack.database.url.split('://')[0]}; {E2E_REQUESTS} requests")
            # the analysis throttle allows 60 requests a minute per user: spread the
            # requests over enough users that latency, not the throttle, is measured
            per_user = 50
            accounts = [stack.register() for _ in range(E2E_REQUESTS // per_user + 2)]
            account = accounts[0]
            url = f"{stack.core_url}/api/food/analyze/"
            texts = [
                "2 eggs and a slice of toast",
                "1 cup of rice with grilled chicken breast",
                "a banana, 250ml orange juice",
                "3 pancakes with 2 tbsp maple syrup",
                "150g chicken breast, 200g brown rice and 100g broccoli",
                "During my snack time, I enjoyed a medium apple alongside a small bag of chips.",
                "turkey sandwhich on wheat w/ lettuce tomato and mayo",
            ]
            for text in texts * 4:  # warm-up: connections, index, code paths
                stack.http.post(url, json={"name": text}, headers=account.auth).raise_for_status()
            samples: list[float] = []
            for n in range(E2E_REQUESTS):
                account = accounts[1 + n // per_user]
                started = time.perf_counter()
                response = stack.http.post(
                    url, json={"name": texts[n % len(texts)]}, headers=account.auth
                )
                samples.append((time.perf_counter() - started) * 1000)
                response.raise_for_status()
            emit("analyser.e2e_p50_ms", round(statistics.median(samples), 2), "ms")
            emit("analyser.e2e_p99_ms", round(_percentile(samples, 0.99), 2), "ms")
        finally:
            stack.stop()
            stack.database.drop()


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings")
    accuracy_and_speed()
    end_to_end()
    return 0


if __name__ == "__main__":
    sys.exit(main())
