"""Cross-validate the learned safety classifier by author set and print the figures.

    uv run --frozen python scripts/train_safety_model.py
    ... --threshold 0.5          # another decision threshold (the module's is the default)

The model (``domain/assistant/safety_model.py``) is fit at first use from the dev splits, so
there is no weights file to write: this script only measures. For each author set (blind,
blind2, blind3) it fits the model on the *other* sets (and the labelled questions) and scores
the held-out set's dev texts, twice:

- the model alone: recall, level agreement (crisis / emergency exact) and false alarms;
- the gate as deployed (lexicon first, the model filling its gaps and raising a ``safety``
  answer to a crisis or emergency it is very sure of), next to the lexicon alone.

The lexicon was tuned on blind and blind2 dev, so only blind3's gate figures are an honest
estimate for text by new authors; the model-alone figures are honest for all three. Holdout
files are never read.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from domain.assistant import safety, safety_model  # noqa: E402
from domain.assistant.safety_lexicon import CRISIS, EMERGENCY  # noqa: E402

# The blind sets' seed profile: the gate reads the profile's gender and age as the eval does.
GENDER, AGE = "female", 34


def _rate(hit: int, total: int) -> str:
    return f"{hit}/{total} = {100 * hit / total:.1f} %" if total else "0/0"


def _gate_figures(transfer: safety_model.Transfer, kind: str, use_model: bool) -> str:
    """Recall and level agreement of the gate on the held-out ``kind`` of safety message."""
    recall = level = urgent = 0
    positives = transfer.safety(kind)
    for example, prediction in positives:
        got = _gate(example, prediction, use_model)
        recall += got is not None
        if example.expected in (CRISIS, EMERGENCY):
            urgent += 1
            level += got == example.expected
    return f"recall {_rate(recall, len(positives))}, level {_rate(level, urgent)}"


def _gate_alarms(transfer: safety_model.Transfer, kind: str | None, use_model: bool) -> str:
    negatives = [
        (e, p)
        for e, p in transfer.predictions
        if e.label == safety_model.NONE and kind in (None, e.kind)
    ]
    alarms = sum(_gate(e, p, use_model) is not None for e, p in negatives)
    return _rate(alarms, len(negatives))


def _gate(
    example: safety_model.Example, prediction: safety_model.Prediction, use_model: bool
) -> str | None:
    """The gate's level for a held-out text, with the fold's model or the lexicon alone."""
    verdict = safety.check(example.text, GENDER, AGE, use_model=False)
    if use_model:
        verdict = safety.with_model(verdict, prediction)
    return verdict.level if verdict else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--threshold", type=float, default=safety_model.THRESHOLD)
    args = parser.parse_args()
    # THRESHOLD is read at call time by the gate: the override applies to both figures.
    safety_model.THRESHOLD = args.threshold
    start = time.perf_counter()
    model = safety_model.model()
    print(
        f"full model: {len(model.vocab)} features x {len(safety_model.CLASSES)} classes, "
        f"fit in {time.perf_counter() - start:.2f} s on {len(safety_model.training_examples())} "
        f"dev texts; threshold {args.threshold}"
    )
    print(
        "safety set = the held-out set's safety messages; questions = its six-group safety "
        "questions;\nfalse alarms over its ordinary messages (and over those plus its "
        "non-safety questions)"
    )
    for transfer in safety_model.transfer_figures(args.threshold):
        print(f"\nheld out: {transfer.held_out} (fit on the other sets)")
        print(
            f"  model alone    safety set recall {_rate(*transfer.recall('safety'))}, "
            f"level {_rate(*transfer.level_agreement('safety'))}; "
            f"questions recall {_rate(*transfer.recall('questions'))}; "
            f"false alarms {_rate(*transfer.false_alarms('ordinary'))} "
            f"({_rate(*transfer.false_alarms())})"
        )
        for name, use_model in (("lexicon alone", False), ("gate (both)  ", True)):
            print(
                f"  {name}  safety set {_gate_figures(transfer, 'safety', use_model)}; "
                f"questions {_gate_figures(transfer, 'questions', use_model)}; "
                f"false alarms {_gate_alarms(transfer, 'ordinary', use_model)} "
                f"({_gate_alarms(transfer, None, use_model)})"
            )


if __name__ == "__main__":
    main()
