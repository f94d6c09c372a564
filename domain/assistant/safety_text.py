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

Accents are folded first ("évanouie" -> "evanouie") and a short list of Spanish and French
phrases for the gate's concepts is translated (``FOREIGN_PHRASES``): people who are not
native speakers switch language exactly when they say the hard part ("je n'ai plus envie
de vivre", "estoy embarazada"), and the gate runs before the English-only check.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Slang and shorthand -> canonical words. Multi-word values are fine: rules see the text.
SLANG: dict[str, str] = {
    "kms": "kill myself",
    "kms.": "kill myself",
    # "kys" is said *to* someone, but typed to a diet app it is the user's own thought
    # ("my brain says kys"); the crisis answer is the safe reading.
    "kys": "kill myself",
    "ana": "ana",
    "hr": "hours",
    "hrs": "hours",
    "hour": "hours",
    "pee": "pee",
    "peed": "peed",
    "nappy": "diaper",
    "nappies": "diapers",
    "od": "overdose",
    "odd": "odd",
    "oding": "overdosing",
    "preg": "pregnant",
    "bfing": "breastfeeding",
    "ebf": "breastfeeding",
    "lax": "laxatives",
    "laxies": "laxatives",
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
        "dehydrated",
        "dehydration",
        "diarrhea",
        "diarrhoea",
        "urinated",
        "poisoning",
        "warfarin",
        "phenelzine",
        "metronidazole",
        "spironolactone",
        "potassium",
        "dialysis",
        "cirrhosis",
        "kidney",
        "kidneys",
        "gliclazide",
        "glipizide",
        "pounding",
        "drowsy",
        "breathing",
        "squeezing",
        "unresponsive",
        "overdosed",
        "movement",
        "movements",
    ]
)
# Ordinary English words one or two keystrokes from a concept word: never "corrected"
# ("started" is not "starved", "meditation" is not "medication", "inulin" is not "insulin",
# "overdoing it" is not an overdose). Found by running ``correct`` over a large English
# corpus and keeping every real word it rewrote.
KEEP_WORDS: frozenset[str] = frozenset(
    [
        "started",
        "starting",
        "starred",
        "staring",
        "starring",
        "static",
        "stating",
        "faster",
        "fasten",
        "feasting",
        "spelling",
        "spellings",
        "smelling",
        "shelling",
        "selling",
        "pointless",
        "mediation",
        "meditation",
        "meditations",
        "pureed",
        "overdone",
        "overdoing",
        "inulin",
        "slurping",
        "breeding",
        "breath",
        "dietetics",
        "wheeling",
    ]
)
_FUZZY_MIN_LEN = 6

_APOSTROPHES = re.compile(r"[’‘`´']")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_PUNCT = re.compile(r"[^a-z0-9./+% ]+")
# "." and "/" survive only between digits (2.5 mmol, 16:8 stays two numbers).
_STRAY_DOT = re.compile(r"(?<!\d)[./]|[./](?!\d)")
_NUM_UNIT = re.compile(
    r"(\d)(kg|kgs|lbs?|yo|f|m|g|mg|mcg|iu|cal|cals|kcal|mmol|st|nd|rd|th|hr|hrs|h|l|ml)\b"
)

# Spanish and French phrases for the gate's concepts, on folded text without apostrophes
# ("n'ai" -> "nai"). Each becomes the English words the lexicon is written against; the
# rest of the message is left alone, so the English-only reply still follows when the
# message is not a safety message.
FOREIGN_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        # crisis
        (r"\b(?:me )?quiero morir(?:me)?\b|\bquisiera morir(?:me)?\b", " i want to die "),
        (r"\b(?:je veux|jai envie de|envie de) mourir\b", " i want to die "),
        (
            r"\b(?:matarme|suicidarme|quitarme la vida|me tuer|me suicider|en finir)\b",
            " kill myself ",
        ),
        (
            r"\b(?:ya )?no quiero (?:seguir )?(?:vivir|estar aqui|existir)\b"
            r"|\bsin ganas de vivir\b",
            " i dont want to live ",
        ),
        (
            r"\b(?:nai |ai )?plus envie de vivre\b|\bne veux plus vivre\b|\bpas envie de vivre\b",
            " i dont want to live ",
        ),
        (
            r"\bno (?:le )?veo (?:el |ningun )?sentido a (?:nada|la vida|vivir|seguir)\b"
            r"|\bla vie na (?:plus )?(?:aucun )?sens\b|\bla vida no tiene sentido\b",
            " no reason to live ",
        ),
        (
            r"\b(?:me corto|cortarme|hacerme dano|me hago dano|autolesion\w*|me scarifier"
            r"|scarification|me couper|me faire du mal)\b",
            " selfharm ",
        ),
        # eating-disorder behaviours
        (
            r"\b(?:me faire|je me fais|me fais|me hago|hacerme|me provoco|provocarme(?: el)?)"
            r" (?:vomir|vomitar|vomito)\b",
            " make myself vomit ",
        ),
        (r"\b(?:vomir|vomitar)\b", " vomit "),
        (r"\b(?:laxantes?|laxatifs?)\b", " laxatives "),
        (r"\b(?:diureticos?|diuretiques?)\b", " diuretics "),
        (
            r"\bno (?:he )?comido (?:nada )?(?:en|desde hace) (\d+) dias\b",
            r" havent eaten in \1 days ",
        ),
        (r"\bpas mange depuis (\d+) jours\b", r" havent eaten in \1 days "),
        (
            r"\b(?:bajar|perder) (?:de )?peso\b|\badelgazar\b|\bperdre du poids\b|\bmaigrir\b",
            " lose weight ",
        ),
        # populations
        (r"\b(?:embarazada|embarazo|enceinte|grossesse)\b", " pregnant "),
        (
            r"\b(?:amamantando|amamanto|lactancia|dando (?:el )?pecho|allaite\w*)\b",
            " breastfeeding ",
        ),
        # emergencies
        (r"\b(?:me suis |suis )?(?:m)?evanoui\w*|\b(?:me )?desmay\w*", " fainted "),
        (
            r"\b(?:douleur|mal) (?:a la |dans la )?poitrine\b|\bdouleur thoracique\b"
            r"|\bdolor (?:en el |de )?pecho\b|\bdolor toracico\b",
            " chest pain ",
        ),
        (r"\bno puedo respirar\b|\b(?:ne )?peux (?:pas|plus) respirer\b", " cant breathe "),
    )
)


def fold(text: str) -> str:
    """Lower case without accents ("Évanouie" -> "evanouie"), so one spelling matches."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


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
    if (
        len(token) < _FUZZY_MIN_LEN
        or token in CONCEPT_WORDS
        or token in KEEP_WORDS
        or not token.isalpha()
    ):
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
    text = _APOSTROPHES.sub("", fold(text))
    text = _THOUSANDS.sub("", text)
    text = _PUNCT.sub(" ", text)
    text = _STRAY_DOT.sub(" ", text)
    text = " ".join(text.split())
    for pattern, english in FOREIGN_PHRASES:
        text = pattern.sub(english, text)
    text = _NUM_UNIT.sub(r"\1 \2", text)
    words: list[str] = []
    for token in text.split():
        token = SLANG.get(token, token)
        words.extend(correct(part) for part in token.split())
    return " ".join(words)
