"""A learned safety classifier beside the lexicon gate: recall on wording no rule foresaw.

The lexicon (``safety_lexicon``) is precise and explainable but generalises poorly to text by
new authors: on a blind set it was never tuned on (blind3 dev) it missed one safety message
in five. This module adds a small linear model that reads the same canonical text
(``safety_text.normalise``: typos, slang, foreign phrases) through features that transfer
across wording:

- word unigrams and bigrams ("want to", "to disappear", "make myself"), with numbers in the
  bigrams replaced by their magnitude ("im 13" and "im 15" share "im #under18"),
- character 3-5-grams inside each word, padded with spaces, so an unseen typo or inflection
  ("purgeing", "starvin") still shares most of its grams with the words it was trained on,
- the lexicon's building-block concepts (pregnant, breastfeeding, weight loss, a minor's age,
  a medicine...), which its rules only count in fixed combinations.

The classes are ``none`` plus the gate's categories; each category has the gate's level
(``LEVEL_OF``), so a hit for suicidal ideation is a crisis and one for chest pain an
emergency. The model is one-vs-rest ridge regression (L2-regularised least squares), solved
exactly in its dual form; the scores go through a softmax with a fixed ``TEMPERATURE`` to give
a confidence. A category that needs a population or a substance (``REQUIRES``: a medicine
for a medication change, a pregnancy for pregnancy weight loss...) gets no probability without
it, as the gate's own rules require. It is trained on the texts of the *dev* splits only
(``TRAINING_FILES``; never a ``holdout/`` folder or ``safety_holdout.json``): the safety sets'
messages with their categories, the six-group and labelled safety questions with a category
assigned by hand (``data/assistant/safety_model_labels.json``), and every ordinary message and
non-safety question as ``none``.

Training is deterministic (fixed data order, one linear solve) and cheap, so the model is fit
at first use and cached (``model()``): a few tenths of a second and a few megabytes, with no
weights file to keep in step with the data. Classifying one message costs a normalisation
and one small dot product (about 100-200 microseconds).

The hyperparameters and ``THRESHOLD`` were chosen by cross-validation grouped by author set
(train on two sets, test on the third: ``transfer_figures``; ``scripts/train_safety_model.py``
prints them with the gate's combined figures): the honest estimate of how the model
transfers to text by new authors. Logistic regression fit by L-BFGS scored no better there
and took several times longer to fit; a threshold below 0.98 answered some of the gate's
near-miss tests ("i passed out on the sofa after lunch, food coma?") as safety messages.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy import sparse

from domain.assistant import safety_lexicon as lx
from domain.assistant.safety_lexicon import CRISIS, EMERGENCY, SAFETY
from domain.assistant.safety_text import normalise

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "assistant"
NONE = "none"

# The gate's level of each category it answers (``safety.py``; ``safety_answers.py``).
LEVEL_OF: dict[str, str] = {
    "suicidal_ideation_active": CRISIS,
    "suicidal_ideation_passive": CRISIS,
    "self_harm": CRISIS,
    "allergic_reaction": EMERGENCY,
    "blood_sugar": EMERGENCY,
    "chest_pain": EMERGENCY,
    "dehydration": EMERGENCY,
    "fainting": EMERGENCY,
    "breastfeeding_weight_loss": SAFETY,
    "compensatory_exercise": SAFETY,
    "drug_interaction": SAFETY,
    "extreme_restriction": SAFETY,
    "laxatives_diuretics": SAFETY,
    "medical_condition_diet": SAFETY,
    "medication_change": SAFETY,
    "minor_dieting": SAFETY,
    "performance_drugs": SAFETY,
    "pregnancy_risk": SAFETY,
    "pregnancy_weight_loss": SAFETY,
    "purging": SAFETY,
    "supplement_overdose": SAFETY,
}
CLASSES: tuple[str, ...] = (NONE, *sorted(LEVEL_OF))
# Categories that only exist with a concept of the lexicon present (``features``' "k" names):
# every dev message of these categories names it, and the gate's own rules require it too.
# Compensatory exercise is exercise *for* eating or weight: both must be named, or "cancel my
# subscription" (one strong word of the category's messages) reads as a risk.
REQUIRES: dict[str, tuple[str, ...]] = {
    "medication_change": ("medication",),
    # ... and a loss, a calorie amount or a restriction: "eat more in the third trimester" is
    # the opposite of the category, however much it shares with "pregnant, lose 5 kg".
    "pregnancy_weight_loss": ("pregnant", "less"),
    "breastfeeding_weight_loss": ("breastfeeding", "less"),
    "compensatory_exercise": ("eating", "exercise"),
}
_INDEX = {name: i for i, name in enumerate(CLASSES)}
_LEVELS = (CRISIS, EMERGENCY, SAFETY)

# Dev splits only (see each folder's README): the holdouts stay unseen so they stay honest.
# (set name, file, key, kind): kind "safety" has a category; "ordinary" and "questions" are
# negatives ("questions" keeps only its non-safety groups).
TRAINING_FILES: tuple[tuple[str, str, str, str], ...] = (
    ("blind", "blind/safety.json", "messages", "safety"),
    ("blind", "blind/ordinary.json", "messages", "ordinary"),
    ("blind", "blind/questions.json", "questions", "questions"),
    ("blind2", "blind2/safety_dev.json", "messages", "safety"),
    ("blind2", "blind2/safety_dev.json", "ordinary", "ordinary"),
    ("blind3", "blind3/safety.json", "messages", "safety"),
    ("blind3", "blind3/ordinary.json", "messages", "ordinary"),
    ("blind3", "blind3/questions.json", "questions", "questions"),
    # The fourth author's dev split: one more way of writing, for the next author's sake.
    # Its safety questions carry no hand-assigned category, so only its non-safety ones
    # are used (as negatives, ``_question``).
    ("blind4", "blind4/safety.json", "messages", "safety"),
    ("blind4", "blind4/ordinary.json", "messages", "ordinary"),
    ("blind4", "blind4/questions.json", "questions", "questions"),
    ("labelled", "labelled_questions.json", "questions", "labelled"),
    # More negatives: how people describe what they ate (the meal-text sets' dev splits), so
    # food and body words in ordinary sentences are not read as risk.
    ("meals", "../analyser/blind/dev.json", "meals", "ordinary"),
    ("meals", "../analyser/blind2/dev.json", "meals", "ordinary"),
    # Ordinary look-alikes written blind for this purpose (ordinary_pool/README.md); its
    # eval.json is never trained on: it measures the model's false alarms.
    ("pool", "ordinary_pool/train.json", "messages", "ordinary"),
    # Paraphrases the engineers wrote of concept classes said sideways (safety_model_extra.json).
    # Its look-alikes ("i dont care if i lose weight") are not trained on: as negatives they
    # cost the model recall on blind2 in the grouped cross-validation; they are probes
    # the gate must not answer (test_assistant_safety_model.py), held by the guard in
    # ``safety.ORDINARY_READING`` instead.
    ("extra", "safety_model_extra.json", "messages", "safety"),
)

LABELS_FILE = DATA_DIR / "safety_model_labels.json"
# The extra negatives (meal descriptions, the look-alike pool) outnumber the safety sets'
# ordinary messages: at full weight they pull every score towards "none" and the model
# finds fewer risks on a new author's set; at this weight they teach which ordinary
# sentences look like risk without drowning the rest (grouped cross-validation).
GROUP_WEIGHTS: dict[str, float] = {"meals": 0.3, "pool": 0.3}

# Chosen by cross-validation grouped by author set (``transfer_figures``; ``python
# scripts/train_safety_model.py --threshold T``), the gate's near-miss tests and ordinary
# probe messages the lead wrote (not the pool's eval.json, which only reports): before the
# extra negatives (meals, pool) the model was sure of risk in everyday sentences ("i gave up
# sugar and feel great", "dizzy when i stand up fast") and needed 0.99; with them, 0.98 is
# the lowest threshold that answers no more probes than 0.99 (one: "i dont care if i lose
# weight, i just want to be healthy", still read as ideation by the model, now held back by
# the gate's ordinary-reading guard, ``safety._ordinary_reading``) and it keeps an allergic
# reaction the lexicon misses ("coughing and her voice is hoarse" after a cashew, 0.981).
THRESHOLD = 0.98
# The gate raises its own "safety" answer to the model's crisis or emergency only when the
# model is surer still (overriding a rule needs more than answering alone) and a crisis only
# for suicidal ideation. In the grouped cross-validation, four messages the lexicon answered
# at "safety" had the model above 0.9 for a crisis: the two true crises of blind3 at 0.999 and
# above ("whats even the point of living if i cant stop bingeing"), two blind2 messages at
# 0.91 and 0.98 that were not ("shin splints are killing me"). Few cases: a judgement, not a
# fit. Self-harm is left out because its wording overlaps with eating-disorder behaviours
# ("starve myself", "make myself sick"), which the lexicon already answers at their level.
RAISE_THRESHOLD = 0.99
RAISE_CATEGORIES = frozenset(
    {"suicidal_ideation_active", "suicidal_ideation_passive"}
    | {name for name, level in LEVEL_OF.items() if level == EMERGENCY}
)
L2 = 0.1  # ridge penalty; 0.03-0.3 score within a point or two of each other
TEMPERATURE = 12.0  # softmax sharpness of the ridge scores (which live around -1..1)
MIN_COUNT = 1  # keep features seen in this many training texts
CHAR_SIZES = (3, 4, 5)
_NUMERIC = re.compile(r"\d+(?:\.\d+)?")


@dataclass(frozen=True)
class Example:
    """One training text: its label (``none`` or a category) and the author set it came from."""

    text: str
    label: str
    group: str
    expected: str = NONE  # the level the set expects (crisis | emergency | safety), or none
    kind: str = "safety"  # the file it came from: safety | ordinary | questions | labelled


@dataclass(frozen=True)
class Prediction:
    """The model's reading of a message: category, its level and the safety probability."""

    category: str
    level: str
    confidence: float  # 1 - P(none)
    level_confidence: float  # the summed probability of the categories at ``level``


def training_examples(groups: Iterable[str] | None = None) -> list[Example]:
    """The dev texts, in file order; only the author sets in ``groups`` when given.

    The six-group and labelled questions' safety items have a level but no category: they
    are used with the category hand-assigned in ``LABELS_FILE`` (and skipped without one).
    """
    wanted = set(groups) if groups is not None else None
    labels = json.loads(LABELS_FILE.read_text(encoding="utf-8"))
    examples: list[Example] = []
    for group, name, key, kind in TRAINING_FILES:
        if wanted is not None and group not in wanted:
            continue
        items = json.loads((DATA_DIR / name).read_text(encoding="utf-8"))[key]
        for item in items:
            if kind == "safety":
                examples.append(Example(item["text"], item["category"], group, item["expected"]))
            elif kind == "ordinary":
                examples.append(Example(item["text"], NONE, group, kind=kind))
            elif kind == "questions":
                level = item["checks"].get("safety_level") if item["group"] == "safety" else NONE
                text = item["text"]
            else:  # labelled
                level = item.get("safety", NONE) if item["category"] == "safety" else NONE
                text = item["question"]
            if kind in ("questions", "labelled"):
                examples += _question(text, item["id"], level, labels.get(name, {}), group, kind)
    return examples


def _question(
    text: str, key: str, level: str, labels: dict[str, str], group: str, kind: str
) -> list[Example]:
    """A question as a training example: ordinary, or safety with its hand-assigned category."""
    if level == NONE:
        return [Example(text, NONE, group, kind=kind)]
    if key in labels:
        return [Example(text, labels[key], group, level, kind)]
    return []  # a safety question with no category of the model (a diagnosis): not a negative


# What compensatory exercise compensates for (food, a binge, weight gain) and the exercise.
_EATING = re.compile(
    r"\b(?:ate|eat\w*|food|foods|meals?|calor\w*|cals?|kcal|binge\w*|overate|pig(?:ged)? out|"
    r"dinner|lunch|breakfast|snacks?|dessert|cake|pizza|burgers?|fries|junk|takeaway|sugar|"
    r"carbs?|gain(?:ing)? weight|weight gain|put on weight)\b"
)
_EXERCISE = re.compile(
    r"\b(?:exercis\w*|work(?:ing)? ?outs?|gym|run\w*|ran|cardio|burn\w*|treadmill|walk\w*|"
    r"jog\w*|cycl\w*|bike|spin|laps?|miles?|km|steps|sweat\w*|hiit|train\w*|elliptical|"
    r"stairmaster|crunches|burpees|squats|push ?ups|jumping jacks|sit ?ups)\b"
)

# Eating less or losing weight, in any of the lexicon's wordings or a plain restriction.
_LESS = re.compile(
    rf"{lx.WEIGHT_LOSS.pattern}|{lx.CALORIE_AMOUNT.pattern}|\b(?:eat(?:ing)? (?:less|smaller|very"
    r" little|as little)|fast\w*|skip\w*|diet\w*|restrict\w*|under \d+|water pills?|laxatives?"
    r"|smaller portions|cals?|kcals?|calories)\b"
)

# Building blocks of the lexicon's combined concepts, as features: the rules need them
# *together* ("pregnant" with "lose weight"), the model can weigh them with other words.
_CONCEPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("pregnant", lx.PREGNANT),
    ("breastfeeding", lx.BREASTFEEDING),
    ("weight_loss", lx.WEIGHT_LOSS),
    ("minor", lx.MINOR_WORDS),
    ("medication", re.compile(rf"\b{lx.MEDICATION}\b")),
    ("drug", lx.PERFORMANCE_DRUGS),
    ("calories", lx.CALORIE_AMOUNT),
    ("eating", _EATING),
    ("exercise", _EXERCISE),
    ("less", _LESS),
)


def _number(token: str) -> str:
    """A magnitude class for a number: an age, a reading, a daily intake are told apart."""
    value = float(token)
    if value < 18:
        return "#under18"
    if value < 100:
        return "#under100"
    if value < 1200:
        return "#under1200"
    return "#large"


def features(text: str) -> list[str]:
    """The feature names of ``text`` (with repeats): words, word pairs, in-word char grams,
    number magnitudes and the lexicon's building-block concepts."""
    canonical = normalise(text)
    words = canonical.split()
    # Word pairs see a number's magnitude, not its value: "im 13" and "im 14" share "im #under18".
    shapes = [_number(w) if _NUMERIC.fullmatch(w) else w for w in words]
    names = [f"w {w}" for w in dict.fromkeys(words + shapes)]
    names += [f"b {a} {b}" for a, b in zip(shapes, shapes[1:], strict=False)]
    for word in words:
        if _NUMERIC.fullmatch(word):
            continue
        padded = f" {word} "
        for size in CHAR_SIZES:
            names += [f"c{padded[i : i + size]}" for i in range(len(padded) - size + 1)]
    concepts = {name for name, pattern in _CONCEPTS if pattern.search(canonical)}
    if any(5 <= int(g) < 18 for m in lx.MINOR_AGE.finditer(canonical) for g in m.groups() if g):
        concepts.add("minor")
    # A population is only a risk *with* weight loss: say which, so "20 weeks pregnant, how
    # much protein" leans ordinary instead of sharing all its weight with "pregnant, lose 5 kg".
    loss = "weight_loss" in concepts
    for population in ("pregnant", "breastfeeding", "minor"):
        if population in concepts:
            concepts.add(f"{population} {'with' if loss else 'without'} loss")
    if "medication" in concepts and not lx.MEDICATION_CHANGE.search(canonical):
        concepts.add("medication without change")
    return names + [f"k {name}" for name in sorted(concepts)]


class SafetyModel:
    """A fitted linear model: feature vocabulary, weights (features x classes) and biases."""

    def __init__(
        self,
        vocab: dict[str, int],
        weights: np.ndarray,
        bias: np.ndarray,
        temperature: float = 1.0,
    ) -> None:
        self.vocab = vocab
        self.weights = weights
        self.bias = bias
        self.temperature = temperature

    def probabilities(self, text: str) -> np.ndarray:
        """P(class | text) in ``CLASSES`` order.

        A category that names a population or a substance (``REQUIRES``) gets no probability
        without it: "I stopped meditation" shares grams and "i stopped" with "I stopped my
        medication", but with no medicine named it cannot be a medication change.
        """
        names = features(text)
        columns = _columns(names, self.vocab)
        index = np.array(columns, dtype=np.int64)
        values = np.full(len(columns), 1.0 / np.sqrt(len(columns)) if columns else 0.0)
        scores = self.temperature * (self.bias + values @ self.weights[index])
        scores = np.exp(scores - scores.max())
        present = set(names)
        for category, concepts in REQUIRES.items():
            if any(f"k {concept}" not in present for concept in concepts):
                scores[_INDEX[category]] = 0.0
        return scores / scores.sum()

    def predict(self, text: str) -> Prediction:
        """The most likely safety category of ``text`` and how sure the model is."""
        return reading(self.probabilities(text))


def reading(probabilities: np.ndarray) -> Prediction:
    """The category, level and confidences behind a probability vector.

    The level is the one with the most probability mass (three crisis categories splitting
    a message between them still add up to a crisis), then the likeliest category in it.
    """
    mass = {level: 0.0 for level in _LEVELS}
    for name, p in zip(CLASSES[1:], probabilities[1:], strict=True):
        mass[LEVEL_OF[name]] += float(p)
    level = max(_LEVELS, key=lambda name: mass[name])
    best = max(
        (name for name in CLASSES[1:] if LEVEL_OF[name] == level),
        key=lambda name: probabilities[_INDEX[name]],
    )
    return Prediction(best, level, 1.0 - float(probabilities[0]), mass[level])


def _columns(names: Iterable[str], vocab: dict[str, int]) -> list[int]:
    """The sorted distinct columns of the known features among ``names``."""
    return sorted({vocab[name] for name in names if name in vocab})


def _matrix(names: Sequence[list[str]], vocab: dict[str, int]) -> sparse.csr_matrix:
    """One row per text: its known features, binary, scaled to unit length."""
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for r, text_names in enumerate(names):
        columns = _columns(text_names, vocab)
        rows += [r] * len(columns)
        cols += columns
        vals += [1.0 / np.sqrt(max(len(columns), 1))] * len(columns)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(names), len(vocab)))


def fit(
    examples: Sequence[Example],
    l2: float = L2,
    min_count: int = MIN_COUNT,
    temperature: float = TEMPERATURE,
) -> SafetyModel:
    """A model fit on ``examples``: vocabulary in first-seen order, ridge solved exactly.

    One-vs-rest regularised least squares with targets +1 / -1, solved in its dual form: with
    more features than texts, ``(K + 1 + l2 I) A = T`` for the texts' Gram matrix ``K`` is one
    small dense solve (the ``+ 1`` is a bias feature), and ``W = X^T A``. Exact and
    deterministic, with no iterations to tune. (A multithreaded BLAS may change the last bits
    of the weights, never a decision in practice.)

    Only features seen in at least ``min_count`` texts are kept: a feature of one text can
    only memorise it, and dropping those makes the model lean on what texts share.
    """
    names = [features(e.text) for e in examples]
    counts: dict[str, int] = {}
    for text_names in names:
        for name in set(text_names):
            counts[name] = counts.get(name, 0) + 1
    vocab: dict[str, int] = {}
    for text_names in names:  # first-seen order: the same data gives the same columns
        for name in text_names:
            if counts[name] >= min_count:
                vocab.setdefault(name, len(vocab))
    x = _matrix(names, vocab)
    targets = -np.ones((len(examples), len(CLASSES)))
    targets[np.arange(len(examples)), [_INDEX[e.label] for e in examples]] = 1.0
    # Weighted ridge: an example of weight c costs c x its squared error, which in the dual
    # form scales its diagonal by 1 / c (see GROUP_WEIGHTS).
    weights_of = np.array([GROUP_WEIGHTS.get(e.group, 1.0) for e in examples])
    gram = (x @ x.T).toarray() + 1.0 + l2 * np.diag(1.0 / weights_of)
    dual = np.linalg.solve(gram, targets)
    # float32 halves the cached model's memory; the scores move by about 1e-7
    weights = np.asarray(x.T @ dual, dtype=np.float32)
    return SafetyModel(vocab, weights, dual.sum(axis=0), temperature)


@lru_cache(maxsize=1)
def model() -> SafetyModel:
    """The model fit on every dev set, once per process."""
    return fit(training_examples())


def classify(text: str, threshold: float = THRESHOLD) -> Prediction | None:
    """The model's safety reading of ``text`` when it is at least ``threshold`` sure."""
    prediction = model().predict(text)
    return prediction if prediction.confidence >= threshold else None


# --- cross-validation grouped by author set ---------------------------------------------
AUTHOR_SETS = ("blind", "blind2", "blind3", "blind4")


@dataclass(frozen=True)
class Transfer:
    """The model alone on one author set's dev texts, fit on the other sets (and the
    labelled questions): how it carries over to wording by a new author."""

    held_out: str
    predictions: tuple[tuple[Example, Prediction], ...]
    threshold: float

    def _hit(self, prediction: Prediction) -> bool:
        return prediction.confidence >= self.threshold

    def safety(self, kind: str | None = None) -> list[tuple[Example, Prediction]]:
        """The safety messages (of one ``kind`` if given: "safety" for the safety sets,
        "questions" for the six-group sets' safety questions)."""
        return [(e, p) for e, p in self.predictions if e.label != NONE and kind in (None, e.kind)]

    def recall(self, kind: str | None = None) -> tuple[int, int]:
        """(safety messages the model flags, safety messages)."""
        positives = self.safety(kind)
        return sum(self._hit(p) for _, p in positives), len(positives)

    def level_agreement(self, kind: str | None = None) -> tuple[int, int]:
        """(crisis / emergency messages flagged at exactly that level, such messages)."""
        urgent = [(e, p) for e, p in self.safety(kind) if e.expected in (CRISIS, EMERGENCY)]
        return sum(self._hit(p) and p.level == e.expected for e, p in urgent), len(urgent)

    def false_alarms(self, kind: str | None = None) -> tuple[int, int]:
        """(non-safety texts the model flags, non-safety texts), of one ``kind`` if given
        ("ordinary": the sets' look-alike messages; "questions": the six-group questions)."""
        negatives = [p for e, p in self.predictions if e.label == NONE and kind in (None, e.kind)]
        return sum(self._hit(p) for p in negatives), len(negatives)


def transfer_figures(threshold: float = THRESHOLD) -> list[Transfer]:
    """For each author set: fit on the others, predict its dev texts (model alone)."""
    examples = training_examples()
    figures: list[Transfer] = []
    for held_out in AUTHOR_SETS:
        fitted = fit([e for e in examples if e.group != held_out])
        predictions = tuple((e, fitted.predict(e.text)) for e in examples if e.group == held_out)
        figures.append(Transfer(held_out, predictions, threshold))
    return figures
