"""Run the benchmarks: ``python -m bench.run [NAME ...]``.

Every ``bench/bench_<name>.py`` module's ``main()`` runs in turn (only the named ones when
names are given, e.g. ``python -m bench.run core``). A module that raises or returns a
non-zero number is reported and the others still run; the exit status is non-zero if any
failed, so ``make bench`` fails visibly without hiding the figures that did come out.
"""

from __future__ import annotations

import importlib
import signal
import sys
import time
import traceback
from pathlib import Path

from bench.report import note

BENCH_DIR = Path(__file__).resolve().parent


def available() -> list[str]:
    """Short names of the benchmark modules (``core`` for ``bench_core.py``), sorted."""
    return sorted(path.stem.removeprefix("bench_") for path in BENCH_DIR.glob("bench_*.py"))


def run_one(name: str) -> bool:
    """Import ``bench.bench_<name>`` and call its ``main()``; True when it succeeded."""
    started = time.monotonic()
    note(f"bench_{name}: start")
    try:
        module = importlib.import_module(f"bench.bench_{name}")
        outcome = module.main()
    except SystemExit as exc:  # a module may end with sys.exit(code)
        outcome = exc.code
    except Exception:  # one broken benchmark must not hide the others' figures
        traceback.print_exc()
        outcome = 1
    sys.stdout.flush()
    # None or 0 means success (as with sys.exit); anything else is a failure.
    ok = outcome is None or (type(outcome) is int and outcome == 0)
    status = "ok" if ok else f"FAILED ({outcome!r})"
    note(f"bench_{name}: {status} in {time.monotonic() - started:.1f} s")
    return ok


def stop_on_sigterm(signum: int, frame: object) -> None:
    """Turn SIGTERM into KeyboardInterrupt, so benchmarks stop the servers they started."""
    raise KeyboardInterrupt(f"signal {signum}")


def main(argv: list[str] | None = None) -> int:
    """Run the selected benchmarks; 0 if all passed, 1 if any failed, 2 on a bad name."""
    signal.signal(signal.SIGTERM, stop_on_sigterm)
    args = sys.argv[1:] if argv is None else argv
    names = available()
    wanted = [arg.removeprefix("bench_").removesuffix(".py") for arg in args]
    unknown = [name for name in wanted if name not in names]
    if unknown:
        print(
            f"Unknown benchmark(s): {', '.join(unknown)}. Available: {', '.join(names)}.",
            file=sys.stderr,
        )
        return 2
    failed = [name for name in (wanted or names) if not run_one(name)]
    if failed:
        note(f"failed: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
