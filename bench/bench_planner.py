"""Meal planner benchmark: time per 7-day plan and the share of the grid on target.

    python -m bench.run planner        (or: python -m bench.bench_planner)

Runs in-process (no database, no HTTP): the planner is plain Python. Figures:
``planner.starter_p50_seconds`` / ``planner.starter_p95_seconds`` over the 216-person
property grid (domain/tests/grid.py) on the starter catalog, ``planner.grid_on_target_share``
(plans meeting every target and rule, over all grid people; infeasible counts as a miss),
and ``planner.sr28_p50_seconds`` / ``planner.sr28_p95_seconds`` on the full SR28 food list
(starter foods keep their curated tags; other SR28 foods get meal slots from their food
group and no diet/allergen clearance, so restricted people only get curated foods).
``planner.fndds_p50_seconds`` / ``planner.fndds_p95_seconds`` / ``planner.fndds_on_target_share``
on the full catalog the AI service plans from (starter foods + FNDDS foods as eaten from
``data/catalog/fndds_foods.json.gz``; foods as eaten are planned), with
``planner.fndds_flagged_meal_share`` from the realism checker (domain/tests/realism.py).
Targets (issues #5, #12): p95 under 1 s on the starter catalog, under 5 s on the full
catalog, 100 % on target.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

from bench.report import emit, note
from domain.planner import PlanInfeasible, load_foods_from_starter, plan_diet
from domain.planner.foods import foods_from_usda, load_fndds_planner_foods
from domain.targets import compute_targets
from domain.tests.grid import grid
from domain.tests.plan_checks import check_plan

REPO = Path(__file__).resolve().parent.parent
SR28_CASES = 40  # the first grid people, on the full SR28 list (each solve is larger)
FNDDS_CASES = 40  # the first grid people, on starter + FNDDS foods


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _usda_dir() -> Path:
    return Path(os.environ.get("USDA_DATA_DIR") or REPO.parent / "shared" / "data" / "usda")


def run_grid(foods, cases, *, check: bool, plans=None) -> tuple[list[float], int, int]:
    """Plan every case; returns (seconds per plan, plans on target, infeasible count).

    ``plans``, when a list, receives each (plan, meal slots) for the realism checker.
    """
    by_id = {f.id: f for f in foods}
    seconds: list[float] = []
    on_target = infeasible = 0
    for index, case in enumerate(cases):
        targets = compute_targets(case.profile)
        request = case.request(index)
        started = time.perf_counter()
        try:
            plan = plan_diet(targets, foods, request)
        except PlanInfeasible as error:
            seconds.append(time.perf_counter() - started)
            infeasible += 1
            note(f"infeasible: {case}: {error.message}")
            continue
        seconds.append(time.perf_counter() - started)
        if plans is not None:
            plans.append((plan, request.meals))
        if check:
            problems = check_plan(
                plan,
                by_id,
                targets,
                request,
                diets=set(case.restrictions.diets),
                allergens=set(case.restrictions.allergens),
            )
            if problems:
                note(f"off target: {case}: {problems[:3]}")
            else:
                on_target += 1
    return seconds, on_target, infeasible


def main() -> int:
    """Print the planner figures; 0 on success."""
    starter = load_foods_from_starter()
    cases = grid()
    note(f"starter catalog: {len(starter)} foods; grid: {len(cases)} people x 7 days")
    seconds, on_target, infeasible = run_grid(starter, cases, check=True)
    emit("planner.starter_p50_seconds", statistics.median(seconds), "s")
    emit("planner.starter_p95_seconds", _percentile(seconds, 0.95), "s")
    emit("planner.starter_max_seconds", max(seconds), "s")
    emit("planner.grid_on_target_share", on_target / len(cases), "fraction")
    emit("planner.grid_infeasible", infeasible, "people")

    from domain.tests.realism import check_plans

    full = starter + load_fndds_planner_foods()
    fndds_cases = cases[:FNDDS_CASES]
    note(f"full catalog: {len(full)} foods (starter + FNDDS); {len(fndds_cases)} people")
    plans: list = []
    seconds, on_target, infeasible = run_grid(full, fndds_cases, check=True, plans=plans)
    emit("planner.fndds_p50_seconds", statistics.median(seconds), "s")
    emit("planner.fndds_p95_seconds", _percentile(seconds, 0.95), "s")
    emit("planner.fndds_on_target_share", on_target / len(fndds_cases), "fraction")
    realism = check_plans(plans, {f.id: f for f in full})
    emit("planner.fndds_flagged_meal_share", realism.share, "fraction")
    note("realism: " + realism.summary(5).replace("\n", "; "))

    usda = _usda_dir()
    try:
        from domain.usda import is_sr28_folder, read_sr28
    except ImportError:
        note("TODO planner.sr28_*: domain/usda.py (the SR28 reader) is not there yet")
        return 0
    if not is_sr28_folder(usda):
        note(f"TODO planner.sr28_*: no SR28 files at {usda} (set USDA_DATA_DIR)")
        return 0
    started = time.perf_counter()
    full = foods_from_usda(read_sr28(usda), curated=starter)
    built = time.perf_counter() - started
    note(f"full SR28 list: {len(full)} plannable foods, built in {built:.1f} s")
    sr28_cases = cases[:SR28_CASES]
    seconds, on_target, infeasible = run_grid(full, sr28_cases, check=True)
    emit("planner.sr28_p50_seconds", statistics.median(seconds), "s")
    emit("planner.sr28_p95_seconds", _percentile(seconds, 0.95), "s")
    emit("planner.sr28_on_target_share", on_target / len(sr28_cases), "fraction")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
