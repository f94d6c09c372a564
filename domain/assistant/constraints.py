"""What a suggestion request asks for, read from the message: diets, exclusions, a calorie
cap, a protein floor and a focus ("high protein", "low carb", "high fiber", "light").

The words are ``domain.diet``'s vocabulary (``PREFERENCE_ALIASES``, ``ALLERGY_ALIASES``); this
module only finds them in free text, so the tool can check each food against them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.assistant.wording import us_food_names
from domain.diet import ALLERGY_ALIASES, PREFERENCE_ALIASES, allergens_for

# Common misspellings in the blind-written style ("vegitarian dinnr", "no nutz").
TYPOS = {
    "vegitarian": "vegetarian",
    "vegeterian": "vegetarian",
    "vegatarian": "vegetarian",
    "dinnr": "dinner",
    "diner": "dinner",
    "brekfast": "breakfast",
    "breakfest": "breakfast",
    "lunsh": "lunch",
    "snak": "snack",
    "snaks": "snacks",
    "nutz": "nuts",
    "glutenfree": "gluten free",
    "dairyfree": "dairy free",
    "protien": "protein",
    "calores": "calories",
    "calorys": "calories",
    "calory": "calorie",
    "cal": "cals",
}
_TYPO = re.compile(r"\b(" + "|".join(TYPOS) + r")\b")

# A stated exclusion names this food: the catalog names it by these words too.
FOOD_FAMILIES = {
    "pasta": ("pasta", "spaghetti", "penne", "macaroni", "noodle", "lasagna", "ravioli"),
    "noodles": ("noodle",),
    "meat": ("beef", "pork", "lamb", "veal", "ham", "bacon", "sausage", "meat"),
    "red meat": ("beef", "pork", "lamb", "veal"),
}
# Words after "no"/"without" that are not something to leave out.
_NOT_A_FOOD = {
    "more", "than", "idea", "ideas", "time", "cooking", "cook", "oven", "please", "fuss",
    "effort", "prep", "money", "budget", "added", "the", "a", "an", "my", "too", "much",
}  # fmt: skip

_DIET_PATTERNS = [
    (re.compile(r"\b" + alias.replace("_", r"[\s-]?") + r"\b"), preference)
    for alias, preference in sorted(PREFERENCE_ALIASES.items(), key=lambda kv: -len(kv[0]))
    if not alias.startswith("no_")
]
_FREE_OF = re.compile(r"\b([a-z]+)[\s-]free\b")
_WITHOUT = re.compile(
    r"\b(?:no|without|not|avoid(?:ing)?|allergic to|hold the|minus)\s+(?:any\s+|the\s+)?"
    r"([a-z]+(?:\s+(?:or|and|nor|,)\s+(?:no\s+|any\s+)?[a-z]+)*)"
)
# "I have a shellfish allergy", "my nut allergies": an allergy named before the word.
_ALLERGY_NOUN = re.compile(r"\b([a-z]+)\s+allerg(?:y|ies)\b")
# A sodium cap ("under 700 milligrams of sodium") and a fibre floor ("at least 10 grams of
# fibre", "plenty of fibre, say at least 10 grams"), per food.
_MAX_SODIUM = re.compile(
    r"(?:under|below|less than|max(?:imum)?|at most|up to|no more than|<)\s*(\d{2,4})\s*"
    r"(?:mg|milligrams?)\s*(?:of\s+)?(?:sodium|salt)"
)
_MIN_FIBER = re.compile(
    r"(?:at least|over|more than|min(?:imum)?|>)\s*(\d{1,2})\s*(?:g|grams?)\s*(?:of\s+)?"
    r"fib(?:er|re)s?\b"
    r"|\bfib(?:er|re)s?\b[^.;]{0,25}?(?:at least|over|more than|min(?:imum)?)\s*(\d{1,2})\s*"
    r"(?:g|grams?)\b"
)
_CAP = re.compile(
    r"(?:under|below|less than|max(?:imum)?|at most|up to|<|around|about|~|with|within)\s*"
    # a number with another unit ("with 30 g protein", "under 10%") is no calorie cap
    r"(\d{2,4})(?!\s*(?:g|grams?|mg|milligrams?|%|oz|ounces?|lbs?|kg|minutes?|mins?)\b)"
    r"\s*(?:kcal|cals?|calories)?\b"
    r"|\b(\d{2,4})\s*(?:kcal|cals?|calories)\b"
)
_MIN_PROTEIN = re.compile(
    r"(?:at least|over|more than|min(?:imum)?|>|with|having|containing|packing|around|about)"
    r"\s*(\d{1,3})\s*\+?\s*(?:g|grams?)\s*(?:of\s+)?protein"
)


_NO_MEAT = re.compile(
    r"\b(?:no|without|not|avoid(?:ing)?|skip(?:ping)?|minus|zero)\s+(?:any\s+)?meat\b"
    r"|\bmeat[\s-]?(?:free|less)\b|\bdont eat meat\b|\bdon't eat meat\b"
)
_FISH_OK = re.compile(
    r"\b(?:fish|seafood) (?:is |are )?(?:ok|okay|fine|allowed)\b|\bbut fish\b"
    r"|\bexcept fish\b|\bfish is cool\b"
)


@dataclass(frozen=True)
class Constraints:
    """A suggestion request's stated constraints (empty when none are stated)."""

    diets: tuple[str, ...] = ()
    avoid: tuple[str, ...] = ()
    max_calories: float | None = None
    min_protein: float | None = None
    focus: str | None = None
    max_sodium: float | None = None  # mg per food
    min_fiber: float | None = None  # g per food


def fix_typos(text: str) -> str:
    """``text`` with the common misspellings above corrected (lower-case input)."""
    return _TYPO.sub(lambda m: TYPOS[m.group(1)], text)


def _exclusions(text: str) -> list[str]:
    words: list[str] = []
    for match in _FREE_OF.finditer(text):
        if match.group(1) not in ("gluten", "dairy", "lactose", "sugar", "fat"):
            words.append(match.group(1))  # "sesame free", "nut-free"
    for match in _WITHOUT.finditer(text):
        for word in re.split(r"\s+(?:or|and|nor|,)\s+(?:no\s+)?", match.group(1)):
            word = word.strip()
            if len(word) >= 3 and word not in _NOT_A_FOOD and word not in ("gluten", "dairy"):
                words.append(word)
    for match in _ALLERGY_NOUN.finditer(text):
        if allergens_for(match.group(1)) or match.group(1) in ALLERGY_ALIASES:
            words.append(match.group(1))
    expanded: list[str] = []
    for word in words:
        if allergens_for(word) or word in ALLERGY_ALIASES:
            expanded.append(word)
        else:
            # "yoghurt" is "yogurt" in the catalog's names; both spellings are left out.
            for spelling in dict.fromkeys((word, us_food_names(word))):
                expanded.extend(FOOD_FAMILIES.get(spelling, (_singular(spelling),)))
    return list(dict.fromkeys(expanded))


def _singular(word: str) -> str:
    """ "oats" -> "oat", "tomatoes" -> "tomato": catalog names use either, and the singular
    is found inside both ("Oat bran", "Oats, raw"). "hummus", "swiss" stay as they are."""
    if word.endswith("oes") and len(word) > 4:
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _focus(text: str) -> str | None:
    if re.search(
        r"\b(high|lots of|more|rich in|packed with|full of)[- ]protein\b|\bprotein\b"
        # after training: protein for muscle repair (ISSN Position Stand: Nutrient Timing)
        r"|\bpost[- ]?(workout|training|gym|lift\w*)\b"
        r"|\bafter (the |my |a )?(workout|gym|training)\b",
        text,
    ):
        return "protein"
    if re.search(
        r"\b(keto|low(?:ish)?[- ]carbs?|no[- ]carbs?|ketogenic|(?:less|fewer|light on"
        r"|go easy on|easy on the) carbs?)\b",
        text,
    ):
        return "low_carb"
    if re.search(r"\bfib(er|re)\b", text):
        return "fiber"
    if re.search(r"\b(light|low[- ]cal\w*|few calories)\b", text):
        return "low_calorie"
    if re.search(r"\b(low[- ]fat|lean|not (too )?(fatty|greasy)|no[- ]fat|fat[- ]free)\b", text):
        return "low_fat"
    if re.search(r"\b(sweet|sweet tooth|sugary|dessert|treat)\b", text) and not re.search(
        r"\b(sweet potato\w*|sweetcorn|sweet corn|no sugar|sugar[- ]free|not sweet)\b", text
    ):
        return "sweet"
    return None


def read_constraints(text: str) -> Constraints:
    """The constraints stated in a (normalised, lower-case) suggestion request."""
    text = fix_typos(text)
    diets = [preference for pattern, preference in _DIET_PATTERNS if pattern.search(text)]
    # "without gluten"/"no dairy" are diets in domain.diet's words.
    for word, preference in (("gluten", "gluten_free"), ("dairy", "dairy_free")):
        if re.search(
            rf"\b(no|without|not|{word}[\s-]free)\b[^.,]*\b{word}\b|\b{word}[\s-]free\b", text
        ):
            diets.append(preference)
    # Leaving out meat is a vegetarian meal, whatever the words ("no meat or fish",
    # "meatless", "meat-free"); with fish allowed it is pescatarian.
    if _NO_MEAT.search(text) and not {"vegan", "vegetarian", "pescatarian"} & set(diets):
        diets.append("pescatarian" if _FISH_OK.search(text) else "vegetarian")
    cap = None
    for match in _CAP.finditer(text):
        value = float(match.group(1) or match.group(2))
        if 50 <= value <= 2000:
            cap = value if cap is None else min(cap, value)
    protein = _MIN_PROTEIN.search(text)
    sodium, fiber = _MAX_SODIUM.search(text), _MIN_FIBER.search(text)
    return Constraints(
        diets=tuple(dict.fromkeys(diets)),
        avoid=tuple(_exclusions(text)),
        max_calories=cap,
        min_protein=min(float(protein.group(1)), 100.0) if protein else None,
        focus=_focus(text),
        max_sodium=float(sodium.group(1)) if sodium else None,
        min_fiber=min(float(fiber.group(1) or fiber.group(2)), 30.0) if fiber else None,
    )
