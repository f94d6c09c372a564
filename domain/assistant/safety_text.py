"""Text normalisation for the safety gate: one canonical spelling before any rule runs.

People write to a diet app in lower case, without apostrophes, with slang and typos
("dont wanna be here", "kms", "laxitives"). The gate's rules are written once against a
canonical form, so this module:

1. lower-cases, drops apostrophes ("don't" -> "dont", "I'm" -> "im") and turns other
   punctuation into spaces (digits, "." and "/" inside numbers are kept);
2. expands slang and abbreviations that name a safety concept ("kms" -> "kill myself",
   "unaliving" -> "killing", "sh" -> "selfharm", "clen" -> "clenbuterol");
3. corrects typos only towards the gate's own concept words (``CONCEPT_WORDS``), by
   Damerau-Levenshtein distance, so an ordinary word is never rewritten into anything
   but a concept word it is one keystroke away from.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Slang and shorthand -> canonical words. Multi-word values are fine: rules see the text.
SLANG: dict[str, str] = {
    "kms": "kill myself",
    "kms.": "kill myself",
    "unalive": "kill",
    "unaliving": "killing",
    "unalived": "killed",
    "sh": "selfharm",
    "sewerslide": "suicide",
    "sui": "suicide",
    "clen": "clenbuterol",
    "u": "you",
    "ur": "your",
    "r": "are",
    "im": "im",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "idk": "i dont know",
    "cals": "calories",
    "cal": "calories",
    "kcal": "calories",
    "kcals": "calories",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "bp": "blood pressure",
    "yo": "years old",
    "yrs": "years",
    "y/o": "years old",
    "preggo": "pregnant",
    "preggers": "pregnant",
    "prego": "pregnant",
    "throwup": "throw up",
    "thru": "through",
    "tho": "though",
    "pls": "please",
    "plz": "please",
    "dont": "dont",
    "cant": "cant",
    "wont": "wont",
    "n": "and",
    "w/": "with",
    "2day": "today",
    "2morrow": "tomorrow",
}

# The gate's own vocabulary: typos are corrected only towards these (six letters or more,
# so short everyday words are never pulled in).
CONCEPT_WORDS: frozenset[str] = frozenset(
    [
        "suicide",
        "suicidal",
        "killing",
        "myself",
        "overdose",
        "overdosing",
        "lethal",
        "painless",
        "goodbye",
        "selfharm",
        "cutting",
        "bleeding",
        "scratch",
        "punish",
        "punishment",
        "laxative",
        "laxatives",
        "diuretic",
        "diuretics",
        "dulcolax",
        "enemas",
        "enema",
        "furosemide",
        "purging",
        "purged",
        "vomiting",
        "vomited",
        "vomit",
        "throwing",
        "bulimia",
        "bulimic",
        "anorexia",
        "anorexic",
        "starving",
        "starve",
        "starved",
        "fasting",
        "fasted",
        "pregnant",
        "pregnancy",
        "trimester",
        "breastfeeding",
        "breastfeed",
        "nursing",
        "lactating",
        "postpartum",
        "clenbuterol",
        "dinitrophenol",
        "ostarine",
        "steroid",
        "steroids",
        "steroid",
        "anavar",
        "trenbolone",
        "ephedrine",
        "insulin",
        "metformin",
        "ozempic",
        "wegovy",
        "semaglutide",
        "mounjaro",
        "tirzepatide",
        "glipizide",
        "lisinopril",
        "statin",
        "statins",
        "antidepressant",
        "antidepressants",
        "sertraline",
        "lithium",
        "levothyroxine",
        "medication",
        "medications",
        "fainted",
        "fainting",
        "collapsed",
        "unconscious",
        "anaphylaxis",
        "anaphylactic",
        "epipen",
        "swelling",
        "swollen",
        "wheezing",
        "breathe",
        "breathing",
        "chest",
        "dizzy",
        "lightheaded",
        "confused",
        "slurring",
        "seizure",
        "hypoglycemia",
        "hypoglycaemia",
        "glucose",
        "diabetic",
    ]
)
_FUZZY_MIN_LEN = 6

_APOSTROPHES = re.compile(r"[’‘`´']")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_PUNCT = re.compile(r"[^a-z0-9./+% ]+")
# "." and "/" survive only between digits (2.5 mmol, 16:8 stays two numbers).
_STRAY_DOT = re.compile(r"(?<!\d)[./]|[./](?!\d)")
_NUM_UNIT = re.compile(r"(\d)(kg|kgs|lbs?|yo|f|m|g|mg|cal|cals|kcal|mmol|st|nd|rd|th)\b")


def _damerau(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance between ``a`` and ``b`` (stops early past ``limit``)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


@lru_cache(maxsize=4096)
def correct(token: str) -> str:
    """``token``, or the concept word it is a typo of (same first letter, 1-2 edits)."""
    if len(token) < _FUZZY_MIN_LEN or token in CONCEPT_WORDS or not token.isalpha():
        return token
    limit = 2 if len(token) >= 9 else 1
    best, best_distance = token, limit + 1
    for word in CONCEPT_WORDS:
        if word[0] != token[0]:
            continue
        distance = _damerau(token, word, limit)
        if distance < best_distance:
            best, best_distance = word, distance
    return best


def normalise(text: str) -> str:
    """The canonical form the safety rules are written against."""
    text = _APOSTROPHES.sub("", text.lower())
    text = _THOUSANDS.sub("", text)
    text = _PUNCT.sub(" ", text)
    text = _STRAY_DOT.sub(" ", text)
    text = _NUM_UNIT.sub(r"\1 \2", text)
    words: list[str] = []
    for token in text.split():
        token = SLANG.get(token, token)
        words.extend(correct(part) for part in token.split())
    return " ".join(words)
