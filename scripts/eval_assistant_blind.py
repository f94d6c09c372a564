"""Score the local assistant on the blind sets and print the figures by group.

    uv run --frozen python scripts/eval_assistant_blind.py            # dev files
    uv run --frozen python scripts/eval_assistant_blind.py --holdout  # once, at the end
    ... --failures                                                    # list what failed
    ... --set blind2                    # the second safety set (data/assistant/blind2/), dev
    ... --set blind2 --holdout          # its holdout: figures only, never the texts
    ... --set blind3 [--holdout]        # the third set (data/assistant/blind3/), same files
    ... --set blind4 [--holdout]        # the fourth set (data/assistant/blind4/), same files
    ... --set blind5 [--holdout]        # the fifth set (data/assistant/blind5/), same files

Dev figures guide work; holdout figures are reported separately (data/assistant/blind/README.md,
data/assistant/blind2/README.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from domain.assistant.blind_eval import (  # noqa: E402
    BLIND_DIR,
    Rates,
    blind2_rates,
    false_alarms,
    question_rates,
    safety_rates,
)


def _print(title: str, rates: Rates, show_failures: bool) -> None:
    total = sum(rates.total.values())
    print(f"{title}: {sum(rates.passed.values())}/{total} = {100 * rates.rate:.1f} %")
    for group, figure in rates.by_group().items():
        print(f"    {group:28s} {figure}")
    if show_failures:
        for failure in rates.failures:
            print(f"  x {failure}")


def _blind2(holdout: bool, show_failures: bool) -> None:
    split = "holdout" if holdout else "dev"
    # The holdout's texts are never printed: seeing them would make it a tuning set.
    show = show_failures and not holdout
    print(f"Blind2 safety set ({split}), provider local")
    rates = blind2_rates(split)
    _print("safety recall (any safety answer)", rates.recall, show)
    _print("level agreement (crisis / emergency exact)", rates.level, show)
    _print("recall at level (crisis, emergency exact; safety any)", rates.strict, show)
    _print("false alarms on ordinary (lower is better)", rates.alarms, not holdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--holdout", action="store_true", help="score the held-out files")
    parser.add_argument("--failures", action="store_true", help="list failed items")
    sets = ("blind", "blind2", "blind3", "blind4", "blind5")
    parser.add_argument("--set", choices=sets, default="blind", help="which set")
    args = parser.parse_args()
    if args.set == "blind2":
        _blind2(args.holdout, args.failures)
        return
    which = "HOLDOUT" if args.holdout else "dev"
    base = BLIND_DIR.parent / args.set
    # A holdout's texts are never printed: seeing them would make it a tuning set.
    show = args.failures and not args.holdout
    print(f"Blind set {args.set} ({which}), provider local")
    recall, level = safety_rates(args.holdout, base)
    _print("safety recall (any safety answer)", recall, show)
    _print("level agreement (crisis / emergency)", level, show)
    _print("false alarms on ordinary (lower is better)", false_alarms(args.holdout, base), show)
    _print("six-group questions", question_rates(args.holdout, base), show)


if __name__ == "__main__":
    main()
