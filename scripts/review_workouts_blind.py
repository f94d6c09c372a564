"""Blind trainer's review of generated workout plans (issue #12, workout part).

Runs ``generate_workout`` on the requests in ``data/workouts/blind/requests.json`` and
checks each plan against criteria taken from the literature, not from the programmer:

(a) equipment   every exercise uses only available equipment; a named-equipment plan
                (not "gym") mostly uses it (>= 50 % of resistance sets).
(b) injuries    no contraindicated exercise for the limited part (rules below, by name
                and pattern), and the muscles around it are still trained.
(c) push:pull   weekly push sets / pull sets within 0.67-1.5.
(d) volume      fractional weekly hard sets (primary 1, secondary 0.5): beginners 4-12,
                trained 10-20 (6-20 for endurance, weight-loss and general-fitness goals),
                nothing above 25.
(e) rest        <= 6 reps compound: >= 120 s; 6-12 reps: 60-120 s (compounds up to
                180 s); > 15 reps: <= 90 s.
(f) aerobic     weight loss / endurance: >= 150 moderate-equivalent aerobic min/week
                (vigorous counts double), or >= half the weekly time when days x
                minutes < 240.
(g) time        the plan's session estimate and an independent estimate fit
                minutes_per_session (independent one with 10 % tolerance).

Exercise attributes are looked up in the catalog by the names the plan prints; the
contraindication rules are this reviewer's own. Usage:
``.venv/bin/python scripts/review_workouts_blind.py [requests.json]`` (writes results.json
beside the requests; default: ``data/workouts/blind/requests.json``).
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from domain.workouts.catalog import EXERCISES  # noqa: E402
from domain.workouts.programmer import generate_workout  # noqa: E402
from domain.workouts.request import WorkoutRequest  # noqa: E402

HERE = ROOT / "data" / "workouts" / "blind"
BY_NAME = {e.name: e for e in EXERCISES}
RESISTANCE = {
    "squat",
    "hinge",
    "lunge",
    "horizontal_push",
    "vertical_push",
    "horizontal_pull",
    "vertical_pull",
    "carry",
    "core",
    "isolation",
}
PUSH_MUSCLES = {"chest", "triceps", "front_delts", "side_delts"}
PULL_MUSCLES = {"lats", "upper_back", "rear_delts", "biceps"}
CRITERIA = ("a_equipment", "b_injury", "c_push_pull", "d_volume", "e_rest", "f_aerobic", "g_time")

# ---- contraindications (reviewer's rules) -------------------------------------------
# Knees: jumping / plyometric impact and deep loaded knee flexion.
KNEE_JUMP = re.compile(r"jump|burpee|high knees|run\b|jog|pistol|sissy|nordic", re.I)
KNEE_DEEP_SAFE = re.compile(r"high box|high-box|partial|spanish|high wall|low step", re.I)
KNEE_WARN = re.compile(r"knee push-up|child's pose|leg extension", re.I)
# Lower back: loaded spinal flexion / rotation, heavy or ballistic hinges, axial loading.
BACK_FLEX = re.compile(r"crunch|sit-up|russian twist|rollout|hanging leg raise|v-up", re.I)
BACK_HINGE = re.compile(
    r"barbell deadlift|romanian|good morning|kettlebell swing|kettlebell deadlift|"
    r"back squat|barbell overhead press|bent-over barbell row|barbell row|pendlay",
    re.I,
)
BACK_WARN = re.compile(
    r"back extension|superman|rowing machine|hollow body|single-leg romanian", re.I
)
# Wrists: loaded wrist extension (flat-hand push-ups and planks on hands, front squat, dips).
WRIST_BAD = re.compile(
    r"(?<!fist )(?<!fist wall )push-up|front squat|bench dip|burpee|mountain climber|"
    r"handstand|pike",
    re.I,
)
WRIST_OK = re.compile(r"fist|dumbbell handles", re.I)
WRIST_WARN = re.compile(
    r"barbell bench|close-grip|skull|barbell curl|cat-cow|world's greatest|sun salutation|"
    r"kettlebell overhead press|side plank",
    re.I,
)
# Shoulders: overhead pressing, overhead loaded positions, upright rows, dips.
SHOULDER_BAD = re.compile(
    r"overhead press|shoulder press|arnold|handstand|pike|overhead .*extension|high pull|"
    r"upright row|dip|halo|dislocate|sun salutation",
    re.I,
)
SHOULDER_SAFE = re.compile(r"landmine", re.I)
SHOULDER_WARN = re.compile(
    r"pull-up|chin-up|hanging|lateral raise|(?<!reverse )fly|crossover|pec deck|pullover|"
    r"back squat|front squat",
    re.I,
)


def contraindication(name: str, pattern: str, part: str) -> tuple[str, str] | None:
    """(severity, why) when the exercise is contraindicated or doubtful for ``part``."""
    if part == "knees":
        if KNEE_JUMP.search(name):
            return "FAIL", "impact / plyometric or deep single-leg knee flexion"
        if pattern in {"squat", "lunge"} and not KNEE_DEEP_SAFE.search(name):
            if "wall sit" in name.lower():
                return "FAIL", "isometric at ~90 deg knee flexion (high patellofemoral load)"
            return "FAIL", "full-range loaded knee flexion (squat/lunge pattern)"
        if KNEE_WARN.search(name):
            return "WARN", "kneeling or open-chain knee load; check tolerance"
    if part == "lower_back":
        if BACK_FLEX.search(name):
            return "FAIL", "repeated / loaded lumbar flexion or rotation"
        if BACK_HINGE.search(name) and not name.lower().startswith("single-leg"):
            return "FAIL", "heavy, axial or ballistic hinge loading of the lumbar spine"
        if BACK_WARN.search(name):
            return "WARN", "lumbar extension / flexion load; check tolerance"
    if part == "wrists":
        if WRIST_BAD.search(name) and not WRIST_OK.search(name):
            return "FAIL", "body weight on an extended wrist / racked wrist under load"
        if WRIST_WARN.search(name):
            return "WARN", "loaded wrist extension or straight-bar wrist stress"
    if part == "shoulders":
        if SHOULDER_BAD.search(name) and not SHOULDER_SAFE.search(name):
            return "FAIL", "overhead / impingement-position loading"
        if pattern == "vertical_push" and not SHOULDER_SAFE.search(name):
            return "FAIL", "overhead pressing"
        if SHOULDER_WARN.search(name):
            return "WARN", "overhead hang, long lever or bar-on-back position; check tolerance"
    return None


# ---- helpers -------------------------------------------------------------------------
def rep_range(reps: Any) -> tuple[int, int] | None:
    if isinstance(reps, int):
        return reps, reps
    found = re.findall(r"\d+", str(reps))
    if not found:
        return None
    nums = [int(n) for n in found]
    return min(nums), max(nums)


def items_of(plan: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(day, it) for day, items in plan["weekly_schedule"].items() for it in items]


def muscles_of(item: dict[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    ex = BY_NAME.get(item["exercise"])
    if ex is not None:
        return ex.primary, ex.secondary
    m = item.get("muscles", {})
    return tuple(m.get("primary", ())), tuple(m.get("secondary", ()))


def pattern_of(item: dict[str, Any]) -> str:
    ex = BY_NAME.get(item["exercise"])
    return ex.pattern if ex is not None else item.get("pattern", "")


def equipment_of(item: dict[str, Any]) -> set[str]:
    ex = BY_NAME.get(item["exercise"])
    listed = set(item.get("equipment", ()))
    return listed | (set(ex.equipment) if ex is not None else set())


def is_resistance(item: dict[str, Any]) -> bool:
    return pattern_of(item) in RESISTANCE


def weekly_sets(plan: dict[str, Any]) -> dict[str, float]:
    sets: dict[str, float] = defaultdict(float)
    for _, it in items_of(plan):
        if not is_resistance(it):
            continue
        primary, secondary = muscles_of(it)
        for m in primary:
            sets[m] += it["sets"]
        for m in secondary:
            sets[m] += 0.5 * it["sets"]
    return dict(sets)


# ---- criteria ------------------------------------------------------------------------
SINGLE_STATION = {"pull_up_bar", "bench", "cardio_machine"}


def check_equipment(req: WorkoutRequest, plan: dict[str, Any], raw: dict[str, Any]) -> dict:
    bad, total, named = [], 0, 0
    for day, it in items_of(plan):
        need = equipment_of(it)
        if not need <= set(req.equipment):
            bad.append(f"{day}: {it['exercise']} needs {sorted(need - set(req.equipment))}")
        if is_resistance(it):
            total += it["sets"]
            if need & set(req.equipment):
                named += it["sets"]
    share = named / total if total else 0.0
    words = {str(w).lower() for w in raw.get("equipment", [])}
    notes = []
    ok = not bad
    # A pull-up bar or a bench serves one or two patterns: with only such gear, legs and
    # pushing must be body weight, so the 50 % share is the wrong test (third blind
    # review, W06). The plan must use the gear where it fits, i.e. at least once.
    single_station = set(req.equipment) <= SINGLE_STATION
    if req.equipment:
        if single_station:
            if not named:
                ok = False
                notes.append("the available equipment is never used")
        elif share < 0.5:
            ok = False
            notes.append(f"only {share:.0%} of resistance sets use the available equipment")
        if "kettlebell" in req.equipment and not words & {"gym", "full_gym", "all"}:
            kb = sum(
                it["sets"]
                for _, it in items_of(plan)
                if is_resistance(it) and "kettlebell" in equipment_of(it)
            )
            if total and kb / total < 0.5:
                ok = False
                notes.append(f"kettlebell in only {kb / total:.0%} of resistance sets")
    return {"pass": ok, "violations": bad, "notes": notes, "equipment_share": round(share, 2)}


def check_injury(req: WorkoutRequest, plan: dict[str, Any]) -> dict:
    fails, warns = [], []
    for day, it in items_of(plan):
        for part in sorted(req.avoid):
            hit = contraindication(it["exercise"], pattern_of(it), part)
            if hit:
                sev, why = hit
                line = f"{day}: {it['exercise']} [{part}] {why}"
                (fails if sev == "FAIL" else warns).append(line)
    sets = weekly_sets(plan)
    still = []

    def pats(names: set[str]) -> bool:
        return any(pattern_of(it) in names for _, it in items_of(plan) if is_resistance(it))

    if "knees" in req.avoid and sets.get("quads", 0) < 2:
        still.append(
            f"knees: only {sets.get('quads', 0):g} weekly quad sets (need some safe quad work)"
        )
    if "lower_back" in req.avoid:
        if sets.get("glutes", 0) + sets.get("hamstrings", 0) < 4:
            still.append("lower_back: too little glute/hamstring work")
        if not any(
            pattern_of(it) == "core" and not BACK_FLEX.search(it["exercise"])
            for _, it in items_of(plan)
        ):
            still.append("lower_back: no spine-sparing trunk (anti-extension/anti-rotation) work")
    if "wrists" in req.avoid and sets.get("chest", 0) < 2:
        still.append("wrists: chest / pressing not trained with a neutral-wrist option")
    if "shoulders" in req.avoid:
        if not pats({"horizontal_pull", "vertical_pull"}):
            still.append("shoulders: no pulling (scapular / rotator-cuff friendly) work")
        if sets.get("rear_delts", 0) + sets.get("upper_back", 0) < 2:
            still.append("shoulders: no upper-back / rear-delt work")
    return {"pass": not fails and not still, "violations": fails + still, "warnings": warns}


def check_push_pull(plan: dict[str, Any]) -> dict:
    push = pull = 0.0
    for _, it in items_of(plan):
        pat = pattern_of(it)
        primary, _ = muscles_of(it)
        if pat in {"horizontal_push", "vertical_push"}:
            push += it["sets"]
        elif pat in {"horizontal_pull", "vertical_pull"}:
            pull += it["sets"]
        elif pat == "isolation":
            if set(primary) & PUSH_MUSCLES:
                push += it["sets"]
            elif set(primary) & PULL_MUSCLES:
                pull += it["sets"]
    ratio = push / pull if pull else float("inf") if push else 0.0
    ok = pull > 0 and push > 0 and 0.67 <= ratio <= 1.5
    return {
        "pass": ok,
        "push": push,
        "pull": pull,
        "ratio": round(ratio, 2) if ratio != float("inf") else "inf",
        "plan_reported": plan.get("push_pull", {}).get("ratio"),
    }


def check_volume(req: WorkoutRequest, plan: dict[str, Any]) -> dict:
    sets = weekly_sets(plan)
    if req.experience == "beginner":
        low, high = 4.0, 12.0
    elif req.goal in {"strength", "hypertrophy"}:
        low, high = 10.0, 20.0
    else:
        low, high = 6.0, 20.0
    groups = {
        "chest": sets.get("chest", 0),
        "back": max(sets.get("lats", 0), sets.get("upper_back", 0)),
        "quads": sets.get("quads", 0),
        "glutes": sets.get("glutes", 0),
        "hamstrings": sets.get("hamstrings", 0),
    }
    if "shoulders" not in req.avoid:
        groups["delts"] = max(sets.get("front_delts", 0), sets.get("side_delts", 0))
    problems = []
    for g, v in groups.items():
        if v < low:
            problems.append(f"{g} {v:g} < {low:g}")
    for m, v in sets.items():
        if v > 25:
            problems.append(f"{m} {v:g} > 25")
        elif v > high and m not in {"abs", "obliques", "forearms", "hip_flexors", "calves"}:
            problems.append(f"{m} {v:g} > {high:g}")
    soft = []
    if req.experience != "beginner" and low < 10:
        soft = [f"{g} {v:g} < 10" for g, v in groups.items() if v < 10]
    return {
        "pass": not problems,
        "range": [low, high],
        "violations": problems,
        "below_10_trained": soft,
        "sets": {k: round(v, 1) for k, v in sorted(sets.items())},
    }


def check_rest(plan: dict[str, Any]) -> dict:
    bad = []
    for day, it in items_of(plan):
        if not is_resistance(it) or it.get("hold_seconds"):
            continue
        rr = rep_range(it["reps"])
        if rr is None:
            continue
        lo, hi = rr
        rest = it["rest_seconds"]
        ex = BY_NAME.get(it["exercise"])
        compound = ex.multi_joint if ex else True
        name = f"{day}: {it['exercise']} {it['reps']} reps, {rest} s"
        if hi <= 6 and compound and rest < 120:
            bad.append(f"{name} (heavy compound needs >= 120 s)")
        elif lo >= 6 and hi <= 12:
            top = 180 if compound else 120
            if not 60 <= rest <= top:
                bad.append(f"{name} (6-12 reps: 60-{top} s)")
        elif lo >= 15 and rest > 90:
            bad.append(f"{name} (> 15 reps: <= 90 s)")
    return {"pass": not bad, "violations": bad}


def check_aerobic(req: WorkoutRequest, plan: dict[str, Any]) -> dict:
    moderate = vigorous = 0.0
    for _, it in items_of(plan):
        if pattern_of(it) != "cardio":
            continue
        minutes = float(it.get("duration") or 0) * it.get("sets", 1)
        ex = BY_NAME.get(it["exercise"])
        met = ex.met if ex else it.get("met", 0)
        if met >= 6:
            vigorous += minutes
        elif met >= 3:
            moderate += minutes
    equivalent = moderate + 2 * vigorous
    budget = req.days_per_week * req.minutes_per_session
    need = 150.0 if budget >= 240 else 0.5 * budget
    applies = req.goal in {"weight_loss", "endurance"}
    return {
        "pass": (equivalent >= need) if applies else True,
        "applies": applies,
        "moderate_min": moderate,
        "vigorous_min": vigorous,
        "moderate_equivalent": equivalent,
        "required": need,
        "plan_reported": plan.get("aerobic_minutes_per_week"),
    }


def own_minutes(items: list[dict[str, Any]], warm_up: float) -> float:
    seconds = warm_up * 60
    for it in items:
        if pattern_of(it) in {"cardio", "mobility"}:
            seconds += float(it.get("duration") or 0) * 60 * it.get("sets", 1)
            continue
        sides = 2 if it.get("per_side") else 1
        if it.get("hold_seconds"):
            work = it["hold_seconds"] * sides
        else:
            lo, hi = rep_range(it["reps"]) or (10, 10)
            work = (lo + hi) / 2 * 3.5 * sides
        seconds += it["sets"] * (work + 10) + (it["sets"] - 1) * it["rest_seconds"] + 60
    return seconds / 60


def check_time(req: WorkoutRequest, plan: dict[str, Any]) -> dict:
    bad, mine = [], {}
    for day, items in plan["weekly_schedule"].items():
        if not items:
            continue
        session = plan.get("sessions", {}).get(day, {})
        warm = float(session.get("warm_up", {}).get("minutes", 0))
        est = float(session.get("est_minutes", 0))
        own = own_minutes(items, warm)
        mine[day] = round(own, 1)
        if est > req.minutes_per_session:
            bad.append(f"{day}: plan says {est:.1f} min > {req.minutes_per_session}")
        if own > 1.10 * req.minutes_per_session:
            bad.append(f"{day}: independent estimate {own:.1f} min > {req.minutes_per_session}+10%")
    return {"pass": not bad, "violations": bad, "own_minutes": mine}


# ---- trainer's observations (not pass/fail) ------------------------------------------
def observations(req: WorkoutRequest, plan: dict[str, Any]) -> list[str]:
    notes: list[str] = []
    level = {"beginner": 0, "intermediate": 1, "advanced": 2}[req.experience]
    weekly_patterns: set[str] = set()
    muscle_days: dict[str, list[str]] = defaultdict(list)
    for day, items in plan["weekly_schedule"].items():
        seen_iso = False
        names = [it["exercise"] for it in items]
        if len(set(names)) != len(names):
            notes.append(f"{day}: an exercise repeats within the session")
        for it in items:
            ex = BY_NAME.get(it["exercise"])
            pat = pattern_of(it)
            weekly_patterns.add(pat)
            if ex and ex.level_rank() > level:
                notes.append(f"{day}: {ex.name} is {ex.level} for a {req.experience}")
            if pat in {"isolation", "core"}:
                seen_iso = True
            elif seen_iso and (
                pat in {"squat", "hinge", "lunge"} or pat.endswith(("push", "pull"))
            ):
                notes.append(f"{day}: compound {it['exercise']} after isolation/core work")
            if re.search(r"jump|burpee", it["exercise"], re.I):
                rr = rep_range(it["reps"])
                if rr and rr[1] > 10:
                    notes.append(f"{day}: {it['exercise']} prescribed for {it['reps']} reps")
            rr = rep_range(it["reps"])
            timed = it.get("hold_seconds")
            if ex and not ex.equipment and is_resistance(it) and not timed and rr and rr[1] <= 6:
                notes.append(f"{day}: unloaded {ex.name} prescribed as {it['reps']} strength sets")
            if ex and "goblet" in ex.name.lower() and rr and rr[1] <= 5:
                notes.append(f"{day}: {ex.name} at {it['reps']} reps (held load caps intensity)")
            if pattern_of(it) == "mobility" and float(it.get("duration") or 0) >= 8:
                notes.append(f"{day}: {it['duration']} min of one stretch ({it['exercise']})")
            if it.get("hold_seconds") and "reps" in str(it.get("load", "")):
                notes.append(f"{day}: {it['exercise']} is a hold but load cue says '{it['load']}'")
            if is_resistance(it):
                for m in muscles_of(it)[0]:
                    if day not in muscle_days[m]:
                        muscle_days[m].append(day)
    wanted = {"squat", "hinge", "horizontal_push", "horizontal_pull", "vertical_pull", "core"}
    if "shoulders" not in req.avoid:
        wanted.add("vertical_push")
    missing = sorted(wanted - weekly_patterns)
    if missing:
        notes.append(f"week lacks patterns: {', '.join(missing)}")
    order = list(plan["weekly_schedule"])
    for m in ("chest", "quads", "hamstrings", "lats", "glutes"):
        days = muscle_days.get(m, [])
        if req.days_per_week >= 3 and len(days) < 2:
            notes.append(f"{m} trained as prime mover on {len(days)} day(s) a week (<2x)")
        idx = sorted(order.index(d) for d in days)
        for a, b in zip(idx, idx[1:], strict=False):
            if b - a == 1:
                notes.append(f"{m} prime mover on consecutive days {order[a]}/{order[b]}")
    return notes


def review(entry: dict[str, Any]) -> dict[str, Any]:
    raw = entry["request"]
    req = WorkoutRequest.from_dict(raw)
    try:
        plan = generate_workout(req)
    except Exception as exc:  # a plan that cannot be built is a finding, not a crash
        return {"id": entry["id"], "who": entry["who"], "error": f"{type(exc).__name__}: {exc}"}
    result = {
        "id": entry["id"],
        "who": entry["who"],
        "split": plan.get("split_label"),
        "a_equipment": check_equipment(req, plan, raw),
        "b_injury": check_injury(req, plan),
        "c_push_pull": check_push_pull(plan),
        "d_volume": check_volume(req, plan),
        "e_rest": check_rest(plan),
        "f_aerobic": check_aerobic(req, plan),
        "g_time": check_time(req, plan),
        "observations": observations(req, plan),
        "plan_notes": plan.get("notes", []),
        "sessions": {
            day: [
                f"{it['exercise']} {it['sets']}x{it['reps']}"
                + (f" ({it['hold_seconds']}s)" if it.get("hold_seconds") else "")
                + (f" {it['duration']}min" if it.get("duration") else "")
                + f" r{it['rest_seconds']}"
                for it in items
            ]
            for day, items in plan["weekly_schedule"].items()
            if items
        },
    }
    return result


def main(argv: list[str] | None = None) -> int:
    """Review every request of a requests file (default: this set's) and print the marks."""
    args = sys.argv[1:] if argv is None else argv
    # Another reviewer's requests file may be passed; its results are written beside it.
    requests_file = Path(args[0]) if args else HERE / "requests.json"
    entries = json.loads(requests_file.read_text())
    results = [review(e) for e in entries]
    (requests_file.parent / "results.json").write_text(json.dumps(results, indent=1) + "\n")
    print("id   " + " ".join(c[:1] for c in CRITERIA))
    fails = 0
    for r in results:
        if "error" in r:
            print(f"{r['id']}  ERROR {r['error']}")
            fails += 1
            continue
        marks = " ".join("P" if r[c]["pass"] else "F" for c in CRITERIA)
        fails += sum(not r[c]["pass"] for c in CRITERIA)
        print(f"{r['id']}  {marks}")
    print(f"{fails} failed checks over {len(results)} requests")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
