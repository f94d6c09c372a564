"""The safety gate: runs before any provider (local or OpenAI) and answers by itself.

Built for recall. A message is normalised (``safety_text``), then every concept of the
lexicon (``safety_lexicon``) is matched; the most urgent match decides the answer:

    crisis (suicidal ideation, self-harm)  >  emergency (chest pain, fainting, anaphylaxis,
    severe hypo- or hyperglycaemia, blood in vomit, DNP overheating)  >  safety (eating-
    disorder behaviours, extreme restriction, pregnancy / breastfeeding / minors with weight
    loss, performance drugs, changing medication, intakes below the floor, diagnosis).

Some concepts only count together: pregnancy or breastfeeding *with* weight loss, a minor
(from the profile's age or the message) *with* dieting, a medicine *with* a change verb.
That keeps "protein needs in pregnancy" and "do I take metformin with food" ordinary.
``safety_combos`` adds the other combined concepts: pregnancy risks, drug-food
interactions, supplement overdoses and diets a diagnosed condition forbids.

An eating-disorder behaviour (purging, laxatives, restriction, a long fast) said with an
acute physical symptom (blood in vomit, a fluttering or irregular heartbeat, confusion,
fainting, chest pain) is an emergency: the emergency answer comes first, because the symptom
is what cannot wait, and ends with where to get eating-disorder support
(``safety_answers.EATING_DISORDER_FOLLOW_UP``), because that need does not go away.

Intakes below the safe floors (1,200 kcal/day women, 1,500 kcal/day men without medical
supervision; AHA/ACC/TOS 2013, NIH) are declined with the reason.

When the lexicon finds nothing, a learned classifier (``safety_model``) gets the last word:
it generalises to wording no rule foresaw, and answers with its category's answer when it is
sure enough (``safety_model.THRESHOLD``). When the lexicon gives only a ``safety`` answer but
the model is very sure of a crisis or an emergency, the more urgent answer wins: a suicidal
message that also mentions bingeing must get the crisis answer. The profile's age applies to
the model's verdicts as to the lexicon's: a dieting or eating-disorder verdict for someone
under 18 gets the minor answer. A model verdict is held back when the words it rests on have
their ordinary reading in the message (``_ordinary_reading``): "I don't care if I gain a bit"
with no word of dying or existing, "better off eating less sugar", or an idiom the lexicon
knows for that category ("a closet purge", "I carry an epipen").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.assistant import safety_combos, safety_general, safety_model
from domain.assistant import safety_lexicon as lx
from domain.assistant.safety_answers import answer_for
from domain.assistant.safety_text import normalise

FLOOR_WOMEN, FLOOR_MEN = 1200, 1500
FLOOR_SOURCE = "AHA/ACC/TOS Guideline for the Management of Overweight and Obesity (2013); NIH"
ADULT_AGE = 18
# A weekly loss above this is a crash diet (public guidance: 0.5-1 kg a week).
MAX_KG_PER_WEEK = 1.0
# A loss already made counts from this size: the first week's 2-3 kg of a new diet is water.
PAST_LOSS_MIN_KG = 5.0
# Below this, a unitless "350 a day" is calories (no one asks about 350 g of food a day).
UNITLESS_KCAL_CEILING = 800
_KG_PER = {"kg": 1.0, "kgs": 1.0, "kilo": 1.0, "kilos": 1.0, "lb": 0.4536, "lbs": 0.4536}
_KG_PER.update({"pounds": 0.4536, "stone": 6.35})
_WEEKS_PER = {"day": 1 / 7, "days": 1 / 7, "week": 1.0, "weeks": 1.0, "month": 4.35, "months": 4.35}


@dataclass(frozen=True)
class SafetyVerdict:
    """A message the gate answers itself: its level, the concept found, and the answer."""

    level: str  # crisis | emergency | safety
    category: str  # the concept: suicidal_ideation_active, purging, minor_dieting, ...
    response: str
    sources: tuple[str, ...] = ()
    by_model: bool = False  # the learned classifier (not the lexicon) chose the level


def _floor_for(gender: str) -> tuple[int, str]:
    if gender == "male":
        return FLOOR_MEN, "men"
    return FLOOR_WOMEN, "women"  # the lower floor: only refuse what is unsafe for anyone


# Said instead of the floor's figures when the message shows an eating-disorder behaviour:
# eating-disorder guidance (NEDA, NICE NG69) is to give no numbers a person could use as a
# target or a limit, and that outranks explaining the floor (issue #13's "no numbers" rule).
RESTRICTION_NO_NUMBERS = (
    "I can't help you plan eating that little. Going without enough food for days, or "
    "cutting back this hard, can cause dizziness, fainting, heart rhythm problems and muscle "
    "loss, and it is often a sign that food and weight have become really hard to deal with. "
    "Please talk to a doctor or a registered dietitian soon; if it feels out of your control, "
    "an eating-disorder helpline can help too (in the US, the ANAD helpline; in the UK, Beat). "
    "If you feel faint, confused or your heart is racing, get urgent medical help now."
)


def restriction_answer(category: str = "extreme_restriction") -> SafetyVerdict:
    """The floor's refusal without any calorie figure, for an eating-disorder-risk message."""
    return SafetyVerdict(lx.SAFETY, category, RESTRICTION_NO_NUMBERS)


def below_floor_answer(
    amount: int | None, gender: str, eating_disorder: bool = False
) -> SafetyVerdict:
    """Declines a daily intake below the floor, or a multi-day fast, and says why.

    With ``eating_disorder`` (purging, laxatives, compensatory exercise, extreme restriction
    or a long fast in the message) the answer carries no calorie numbers at all.
    """
    if eating_disorder:
        return restriction_answer("below_floor")
    floor, group = _floor_for(gender)
    asked = f"{amount:,} kcal a day" if amount else "that little food"
    return SafetyVerdict(
        lx.SAFETY,
        "below_floor",
        f"I can't help you plan {asked}. Eating plans should not go below about 1,200 kcal a "
        f"day for women or 1,500 kcal a day for men without medical supervision (for you, "
        f"{floor:,} kcal is the floor I use for {group}); going lower makes it hard to get "
        "enough protein, vitamins and minerals and can cause muscle loss, fatigue, fainting "
        "and gallstones. If a doctor has prescribed a very-low-calorie diet or a fast, follow "
        "their supervised plan; otherwise a doctor or registered dietitian can help you set a "
        "safe pace. I can show your calorie target or suggest filling meals instead.",
        sources=(FLOOR_SOURCE,),
    )


def _verdict(level: str, category: str) -> SafetyVerdict:
    return SafetyVerdict(level, category, answer_for(level, category))


def _concepts(text: str) -> list[tuple[str, str]]:
    """Every (level, category) the lexicon, the combined concepts and the general detectors
    (``safety_general``: word classes from screening instruments, for wordings no rule
    lists) find in ``text``."""
    found = [(r.level, r.category) for r in lx.RULES if r.matches(text)]
    if lx.low_blood_sugar(text):
        found.append((lx.EMERGENCY, "blood_sugar"))
    return found + safety_combos.find(text) + safety_general.find(text)


# Eating-disorder behaviours: in a minor they are answered as a minor dieting.
_RESTRICTIVE = {
    "purging",
    "laxatives_diuretics",
    "compensatory_exercise",
    "extreme_restriction",
    "disordered_eating",
    "long_fast",
}


# An emergency said together with one of these keeps the eating-disorder support in its
# answer (after the emergency part): the symptom is urgent, the behaviour still needs help.
_EATING_DISORDER = _RESTRICTIVE


def _complication(text: str, found: list[tuple[str, str]]) -> bool:
    """A heartbeat or confusion symptom said with purging, laxatives, restriction or a fast:
    the physical complications (low potassium, sodium or sugar) that make it an emergency."""
    behaviour = any(category in _RESTRICTIVE for _, category in found)
    if not (behaviour or lx.FASTING_NOW.search(text)):
        return False
    return bool(lx.ED_HEART.search(text) or lx.ED_CONFUSION.search(text))


def _weight_loss(text: str) -> bool:
    return bool(lx.WEIGHT_LOSS.search(text))


def _minor(text: str, age: int | None) -> bool:
    if age is not None and 0 < age < ADULT_AGE:
        return True
    for match in lx.MINOR_AGE.finditer(text):
        value = next(int(g) for g in match.groups() if g)
        if 5 <= value < ADULT_AGE:
            return True
    return bool(lx.MINOR_WORDS.search(text))


def _kg_per_week(match: re.Match[str]) -> tuple[float, float]:
    """(kg, kg per week) of a CRASH_LOSS or PAST_LOSS match."""
    amount, unit, count, period = match.groups()
    kg = float(amount) * _KG_PER.get(unit.rstrip("s") if unit == "kgs" else unit, 1.0)
    weeks = (int(count) if count else 1) * _WEEKS_PER[period]
    return kg, kg / weeks if weeks > 0 else 0.0


def _crash_loss(text: str) -> bool:
    return any(_kg_per_week(m)[1] > MAX_KG_PER_WEEK for m in lx.CRASH_LOSS.finditer(text))


def _past_crash_loss(text: str) -> bool:
    """A loss already made too fast and large to be water ("down 12 kg in 6 weeks")."""
    for match in lx.PAST_LOSS.finditer(text):
        kg, rate = _kg_per_week(match)
        if kg >= PAST_LOSS_MIN_KG and rate > MAX_KG_PER_WEEK:
            return True
    return False


_NOT_DAILY_BEFORE = re.compile(r"(?:burn|deficit of|cut|lose|left|remaining|snack|over|in a)\s*$")
_PER_DAY = re.compile(r"\s*(?:a|per|each) day")


def _unitless_intake(text: str) -> int | None:
    """A very low daily intake said without a unit ("I'm at around 350 a day")."""
    for match in lx.UNITLESS_DAILY.finditer(text):
        amount = int(match.group(1))
        near = text[max(0, match.start() - 30) : match.end() + 25]
        if 0 < amount < UNITLESS_KCAL_CEILING and not lx.OTHER_UNIT_NEAR.search(near):
            return amount
    return None


def _below_floor(text: str, gender: str) -> int | None:
    """The daily intake asked for when it is under the floor (not a snack or a lookup)."""
    floor, _ = _floor_for(gender)
    unitless = _unitless_intake(text)
    if unitless is not None:
        return unitless
    if not lx.DAILY_CONTEXT.search(text):
        return None
    for match in lx.CALORIE_AMOUNT.finditer(text):
        amount = int(match.group(1))
        if not 0 < amount < floor or lx.LOOKUP_AFTER.match(text, match.end()):
            continue
        before = text[max(0, match.start() - 30) : match.start()]
        if _NOT_DAILY_BEFORE.search(before):
            continue  # "burn 500 calories", "a deficit of 500 calories"
        if before.rstrip().endswith("under") and not _PER_DAY.match(text, match.end()):
            continue  # "a snack under 200 calories"; "under 800 calories a day" is a cap
        return amount
    return None


def check(
    query: str, gender: str = "", age: int | None = None, use_model: bool = True
) -> SafetyVerdict | None:
    """The verdict of the gate for ``query``, or None to let a provider answer.

    ``gender`` picks the calorie floor; ``age`` (the profile's) marks a minor. The lexicon
    decides first; the learned classifier only fills its gaps (``with_model``).
    ``use_model=False`` gives the lexicon's verdict alone (for cross-validation).
    """
    verdict = lexicon_check(query, gender, age)
    if not use_model or (verdict is not None and verdict.level != lx.SAFETY):
        return verdict  # a crisis or emergency found by a rule is never second-guessed
    completed = with_model(verdict, safety_model.model().predict(query))
    if completed is not None and completed.by_model and _ordinary_reading(completed, query):
        return verdict  # the model's words have their ordinary reading here
    if completed is not None and completed.by_model:
        return _for_minor(completed, normalise(query), age)
    return completed


def _eating_disorder_signal(text: str) -> bool:
    """An eating-disorder behaviour in normalised ``text`` by the lexicon or the general
    detectors. The classifier is not asked: it reads a plain "is 1000 kcal a day ok" as
    extreme restriction too, and that question should still get the floor explained."""
    if any(r.category in _RESTRICTIVE for r in lx.RULES if r.matches(text)):
        return True
    return safety_general.eating_disorder_signal(text)


# Words the model reads as ideation whose object here is a weight, food or habit outcome:
# indifference to losing weight ("i dont care if i lose weight, i just want to be healthy")
# or advice about what others should eat ("my family would be better off eating less sugar")
# is not indifference to living nor the burden belief. Only a crisis verdict of the model
# alone is held back by it; every lexicon rule still applies.
ORDINARY_READING = re.compile(
    r"\bbetter off (?:eating|cooking|having|buying|doing|drinking|switching|skipping|swapping"
    r"|choosing|making|with (?:more|less|fewer|a|an|some|healthier|whole|brown|real|proper)\b)"
    r"|\b(?:not|never|no longer|stopped) (?:waking|wake|woke) up (?:hungry|early|starving|at night"
    r"|in the night|feeling|with|before|tired|groggy|bloated)\b"
    # "no point in going on a diet if ...": the point doubted is a diet or plan's
    r"|\bpoint (?:in|of) (?:going on|starting|doing|trying|being on|carrying on with|sticking"
    r" (?:to|with)) (?:a |an |the |this |that |my )?(?:\w+ )?(?:diet|keto|plan|fast|cleanse"
    r"|programme|program|regime|detox)\b"
)
# "I don't care if ..." is indifference to living only when its clause is about living: with
# no word of dying or existing anywhere in the message, it is about a goal ("if I gain a
# bit", "if it's not perfect").
INDIFFERENCE = re.compile(
    r"\b(?:dont|do not|wouldnt|would not|not|never)(?: \w+){0,2} (?:care|mind|bothered|fussed)"
    r"(?: \w+){0,2} (?:if|whether)\b"
)
EXISTENCE = re.compile(
    r"\b(?:die|died|dead|dying|death|alive|live|living|life|exist\w*|survive|make it|gone|kill\w*"
    r"|end it|ending|disappear\w*|vanish\w*|wake up|waking up|woke up|here anymore|around"
    r"|anymore|hurt\w*|bus|train|crash|accident|sleep)\b"
)


# Anything a crisis is about: living and dying, harm, hopelessness, being a burden or gone.
# The classifier reads short questions by their function words ("would that be ok for me"
# scored 0.999 for passive ideation); a crisis the rules did not see must still say
# *something* from this class before the model alone may answer with the crisis text.
CRISIS_CONTENT = re.compile(
    EXISTENCE.pattern
    + r"|\b(?:point\w*|burden\w*|hopeless\w*|worthless\w*|give up|giving up|gave up|done|tired"
    r"|exhausted|pain\w*|harm\w*|cut\w*|blade\w*|pills?|overdos\w*|rope|bridge|note|goodbye|bye"
    r"|nobody|no one|noone|alone|miss me|notice|leave|forever|rest|peace|matter\w*|worth\w*"
    r"|better off|without me|end|ends|over|suicid\w*|unalive|self ?harm|numb|empty|escape"
    r"|cope|coping|nothing|plan\w*|hope\w*|want out|whats the point)\b"
)


def _ordinary_reading(verdict: SafetyVerdict, query: str) -> bool:
    """Whether the model's verdict rests on words that have their ordinary reading here.

    - a crisis read from "better off eating ...", "not waking up hungry", or "I don't care
      if ..." about a goal rather than about living, or from a message with no word of
      living, dying, harm or hopelessness at all (``CRISIS_CONTENT``);
    - a category whose lexicon rule knows an idiom of its words ("a closet purge", "I carry
      an epipen", "run suicides"), when that idiom is in the message and the rule itself,
      idiom masked, finds nothing: the model saw the idiom's words.
    """
    text = normalise(query)
    if verdict.level == lx.CRISIS and (
        ORDINARY_READING.search(text)
        or (INDIFFERENCE.search(text) and not EXISTENCE.search(text))
        or not CRISIS_CONTENT.search(text)
    ):
        return True
    rules = [r for r in lx.RULES if r.category == verdict.category and r.idiom is not None]
    return any(r.idiom.search(text) and not r.matches(text) for r in rules)


# The model's categories that are about eating less or losing weight: for a minor (the
# profile's age or the message) they get the minor answer, as the lexicon's do.
_DIETING = _RESTRICTIVE | {"pregnancy_weight_loss", "breastfeeding_weight_loss", "minor_dieting"}


def _for_minor(verdict: SafetyVerdict, text: str, age: int | None) -> SafetyVerdict:
    """A model verdict about dieting, given the minor answer when the user is under 18.

    The lexicon path already does this (``minor_dieting`` outranks the other ``safety``
    concepts); without it a 15-year-old whose message only the model caught would get the
    adult eating-disorder or restriction answer. Crisis and emergency answers stay first.
    """
    if verdict.level != lx.SAFETY or verdict.category not in _DIETING:
        return verdict
    if verdict.category == "minor_dieting" or not _minor(text, age):
        return verdict
    response = answer_for(lx.SAFETY, "minor_dieting")
    return SafetyVerdict(lx.SAFETY, "minor_dieting", response, by_model=True)


def with_model(
    verdict: SafetyVerdict | None, prediction: safety_model.Prediction
) -> SafetyVerdict | None:
    """The lexicon's ``verdict`` completed by the classifier's ``prediction``.

    - no verdict: the model's category answers when it is sure (``THRESHOLD``);
    - a ``safety`` verdict: the model's suicidal ideation or emergency wins when it is very
      sure of that level (``RAISE_THRESHOLD``), so an urgent answer is not lost to a milder
      one;
    - otherwise the lexicon's verdict stands.
    """
    if verdict is None:
        if prediction.confidence < safety_model.THRESHOLD:
            return None
    elif (
        verdict.level != lx.SAFETY
        or prediction.category not in safety_model.RAISE_CATEGORIES
        or prediction.level_confidence < safety_model.RAISE_THRESHOLD
    ):
        return verdict
    # An eating-disorder behaviour the lexicon saw stays in the answer after the emergency.
    behaviour = verdict is not None and verdict.category in _EATING_DISORDER
    return SafetyVerdict(
        prediction.level,
        prediction.category,
        answer_for(prediction.level, prediction.category, eating_disorder=behaviour),
        by_model=True,
    )


def lexicon_check(query: str, gender: str = "", age: int | None = None) -> SafetyVerdict | None:
    """The verdict of the hand-built rules alone (see the module docstring)."""
    text = normalise(query)
    found = _concepts(text)
    if (
        lx.MEDICATION_CHANGE.search(text)
        and not lx.MEDICATION_CHANGE_GUARD.search(text)
        or lx.MEDICATION_DOSE.search(text)
    ):
        found.append((lx.SAFETY, "medication_change"))
    if _complication(text, found):
        found.append((lx.EMERGENCY, "eating_disorder_complication"))
    # A daily intake under the floor is a loss goal too: "breastfeeding, can I go down to
    # 900 calories" is the breastfeeding answer, not only the floor's.
    amount = _below_floor(text, gender)
    loss = _weight_loss(text) or _crash_loss(text) or amount is not None
    if lx.PREGNANT.search(text) and loss and not lx.PREGNANCY_NEGATION.search(text):
        found.append((lx.SAFETY, "pregnancy_weight_loss"))
    if lx.BREASTFEEDING.search(text) and loss and not lx.PREGNANCY_NEGATION.search(text):
        found.append((lx.SAFETY, "breastfeeding_weight_loss"))
    restrictive = any(category in _RESTRICTIVE for _, category in found)
    if (loss or restrictive) and _minor(text, age):
        found.append((lx.SAFETY, "minor_dieting"))
    if _crash_loss(text) or _past_crash_loss(text):
        found.append((lx.SAFETY, "extreme_restriction"))
    if found:
        level, category = max(found, key=lambda f: (lx.LEVEL_RANK[f[0]], _PRIORITY.get(f[1], 0)))
        if category == "long_fast":
            # A planned fast alone gets the floor explained; with an eating-disorder
            # behaviour beside it (purging, days without food said as restriction...),
            # no numbers.
            behaviour = any(c in _RESTRICTIVE - {"long_fast"} for _, c in found)
            return below_floor_answer(None, gender, eating_disorder=behaviour)
        if level == lx.EMERGENCY and any(c in _EATING_DISORDER for _, c in found):
            response = answer_for(level, category, eating_disorder=True)
            return SafetyVerdict(level, category, response)
        return _verdict(level, category)
    if amount is not None and _minor(text, age):
        return _verdict(lx.SAFETY, "minor_dieting")  # a growing body: no target at all
    if amount is not None:
        return below_floor_answer(amount, gender, _eating_disorder_signal(text))
    if lx.DIAGNOSIS.search(text):
        return _verdict(lx.SAFETY, "medical")
    return None


# Within a level, the more specific population or substance answer wins over a generic one.
_PRIORITY = {
    # emergencies: the most specific first step wins (poison control, maternity unit)
    "supplement_overdose": 5,
    "pregnancy_risk": 5,
    "allergic_reaction": 4,
    "blood_sugar": 4,
    "breathing": 3,
    "chest_pain": 3,
    "gi_bleeding": 3,
    "eating_disorder_complication": 2,
    "dehydration": 2,
    "rhabdomyolysis": 2,
    "fainting": 1,
    # safety
    "minor_dieting": 6,
    "pregnancy_weight_loss": 5,
    "breastfeeding_weight_loss": 5,
    "performance_drugs": 4,
    "medication_change": 4,
    "drug_interaction": 4,
    "medical_condition_diet": 4,
    "purging": 3,
    "laxatives_diuretics": 3,
    "compensatory_exercise": 3,
    "disordered_eating": 2,
    "extreme_restriction": 2,
    "long_fast": 1,
}
