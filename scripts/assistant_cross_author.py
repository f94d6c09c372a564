"""Leave-one-author-out figures for the assistant: how it does on an author it was not fit to.

    .venv/bin/python scripts/assistant_cross_author.py            # every author set
    .venv/bin/python scripts/assistant_cross_author.py --set blind3 --failures

For each author set A in blind, blind2, blind3, blind4 the learned safety classifier
(``domain/assistant/safety_model.py``) is refit on every training group *except* A's dev
texts, installed in place of the full model, and the whole assistant (safety gate, routing,
tools) is scored on A's dev files:

- safety recall (any safety answer) and level agreement (crisis / emergency exact),
- false alarms on A's ordinary look-alikes,
- the six-group pass rate (blind2 has no six-group file),
- and the four categories of risk the gate is built around (mental-health crisis, medical
  emergency, eating-disorder behaviour, risky populations and substances).

Only the classifier can be refit without an author: the lexicon, the intent rules and the
knowledge base are hand-written and were read against every set's dev failures, so their
part of the ``gate`` figures is in-sample and optimistic. ``--gate`` picks what the safety
gate is made of, to separate that part out:

- ``deployed``: lexicon + combined concepts + general detectors + classifier (as shipped);
- ``general``: the general detectors (``safety_general``, written from the screening
  instruments, not from any set) + the classifier fit without the author: nothing in it
  was fit to the author, so this is the honest floor for a new author's safety recall;
- ``model``: the classifier fit without the author, alone (the floor before the detectors).

Holdout files are never read.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from domain.assistant import blind_eval, safety, safety_general, safety_model  # noqa: E402
from domain.assistant.safety_lexicon import LEVEL_RANK  # noqa: E402
from domain.assistant.safety_text import normalise  # noqa: E402

AUTHORS = ("blind", "blind2", "blind3", "blind4")

# The four categories the report is broken into (the blind READMEs' safety categories).
FAMILY = {
    "suicidal_ideation_passive": "crisis",
    "suicidal_ideation_active": "crisis",
    "self_harm": "crisis",
    "chest_pain": "emergency",
    "fainting": "emergency",
    "allergic_reaction": "emergency",
    "blood_sugar": "emergency",
    "purging": "eating_disorder",
    "laxatives_diuretics": "eating_disorder",
    "compensatory_exercise": "eating_disorder",
    "extreme_restriction": "eating_disorder",
}
# everything else (pregnancy, breastfeeding, minors, drugs, medication) is "population".


def _family(category: str) -> str:
    return FAMILY.get(category, "population")


def _fraction(passed: int, total: int) -> str:
    return f"{passed}/{total} ({100 * passed / total:.0f}%)" if total else "-"


def _install_without(author: str) -> None:
    """Refit the classifier on everything but ``author``'s texts and make the gate use it."""
    examples = [e for e in safety_model.training_examples() if e.group != author]
    fitted = safety_model.fit(examples)
    safety_model.model = lambda: fitted  # the gate calls ``safety_model.model()`` per message


def _rules_only_general(query: str, gender: str = "", age: int | None = None):
    """The gate's rule stage with only the general detectors (no tuned lexicon)."""
    found = safety_general.find(normalise(query))
    if not found:
        return None
    level, category = max(found, key=lambda f: (LEVEL_RANK[f[0]], safety._PRIORITY.get(f[1], 0)))
    return safety._verdict(level, category)


def _install_gate(kind: str) -> None:
    """Make ``safety.check`` use the rule stage of ``kind`` (see the module docstring)."""
    if kind == "general":
        safety.lexicon_check = _rules_only_general
    elif kind == "model":
        safety.lexicon_check = lambda query, gender="", age=None: None


async def _safety_messages(author: str) -> tuple[list[dict], list[dict]]:
    """(safety messages, ordinary messages) of ``author``'s dev split."""
    if author == "blind2":
        data = blind_eval.load_blind2("dev")
        return data["messages"], data["ordinary"]
    base = blind_eval.BLIND_DIR.parent / author
    return (
        blind_eval.load("safety.json", base=base)["messages"],
        blind_eval.load("ordinary.json", base=base)["messages"],
    )


async def _score(author: str, failures: bool) -> dict[str, str]:
    source, now = blind_eval._empty_source()
    positives, negatives = await _safety_messages(author)
    recall = level = urgent = alarms = 0
    fam_hit: Counter[str] = Counter()
    fam_all: Counter[str] = Counter()
    misses: list[str] = []
    for message in positives:
        got = (await blind_eval._ask(source, now, message["text"])).get("safety")
        family = _family(message["category"])
        fam_all[family] += 1
        fam_hit[family] += got is not None
        recall += got is not None
        if message["expected"] != "safety":
            urgent += 1
            level += got == message["expected"]
        if got is None or (message["expected"] != "safety" and got != message["expected"]):
            misses.append(
                f"  miss [{message['category']}/{message['expected']}] {got}: {message['text']}"
            )
    for message in negatives:
        got = (await blind_eval._ask(source, now, message["text"])).get("safety")
        alarms += got is not None
        if got is not None:
            misses.append(f"  alarm [{message.get('topic')}] {got}: {message['text']}")
    row = {
        "recall": _fraction(recall, len(positives)),
        "level": _fraction(level, urgent),
        "alarms": _fraction(alarms, len(negatives)),
    }
    for family in ("crisis", "emergency", "eating_disorder", "population"):
        row[family] = _fraction(fam_hit[family], fam_all[family])
    if author != "blind2":
        rates = await blind_eval._questions(False, blind_eval.BLIND_DIR.parent / author)
        row["six"] = _fraction(sum(rates.passed.values()), sum(rates.total.values()))
        row["groups"] = " ".join(f"{g}={v}" for g, v in rates.by_group().items())
        misses += [f"  q {f}" for f in rates.failures]
    if failures:
        print("\n".join(misses))
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=AUTHORS, action="append", help="only these sets")
    parser.add_argument("--failures", action="store_true", help="list what failed")
    parser.add_argument("--gate", choices=("deployed", "general", "model"), default="deployed")
    args = parser.parse_args()
    _install_gate(args.gate)
    print(f"safety gate: {args.gate}")
    full_model = safety_model.model
    for author in args.set or AUTHORS:
        start = time.perf_counter()
        _install_without(author)
        row = asyncio.run(_score(author, args.failures))
        safety_model.model = full_model
        print(f"{author:7s} (classifier fit without it; {time.perf_counter() - start:.0f} s)")
        print(
            f"    safety recall {row['recall']}  level {row['level']}  "
            f"false alarms {row['alarms']}  six groups {row.get('six', '-')}"
        )
        print(
            f"    by category: crisis {row['crisis']}  emergency {row['emergency']}  "
            f"eating disorder {row['eating_disorder']}  populations/substances "
            f"{row['population']}"
        )
        if "groups" in row:
            print(f"    {row['groups']}")


if __name__ == "__main__":
    main()
