"""The one diet vocabulary: dietary preferences, allergens, their aliases and what each implies.

Every feature that picks food (catalog tags and filters, the meal planner, restaurant
scoring, the assistant's suggestions, the catalog build scripts) and the core's profile
choices import this module; none keeps its own copy.

Two kinds of tag sit on a food:

- **diet tags** (``vegan``, ``vegetarian``, ``pescatarian``, ``gluten_free``, ``dairy_free``,
  ``halal``) say what the food is *known* to be. A missing tag means "not that, or not known".
- **allergen tags** (``milk``, ``egg``, ... ``sesame``, plus ``gluten`` for barley and rye
  beyond wheat) say what the food contains. ``unknown`` allergen tags say what could not be
  settled; an unknown allergen counts as present for the person it could harm.

A person's :class:`Restrictions` (from the profile's ``dietary_preferences`` and
``allergies``) therefore require diet tags and exclude allergen tags; ``low_carb`` and
``low_sodium`` exclude no food but change the energy split and the sodium limit.

``halal`` here means what the food's data can settle: **no pork or pork product** (pork,
ham, bacon, lard, pork gelatin, pork sausage, chorizo, pepperoni, salami, prosciutto,
pancetta, ...) and **no alcohol** (wine, beer, spirits, liqueur, mirin/sake, rum flavour
and foods made with them, and alcoholic drinks). A food earns the ``halal`` tag only when
both are known to be absent; gelatin, unspecified sausage or luncheon meat and foods whose
meat is not named count as pork. Whether meat or poultry was slaughtered the halal way is
*not* known from USDA data: the tag never claims certification, and a plan for a halal
person says to choose halal-certified meat and poultry (:data:`HALAL_NOTE`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# --- the vocabulary ------------------------------------------------------------------------

DIETARY_PREFERENCES: tuple[str, ...] = (
    "vegetarian",
    "vegan",
    "pescatarian",
    "gluten_free",
    "dairy_free",
    "low_carb",
    "low_sodium",
    "halal",
)
ALLERGENS: tuple[str, ...] = (
    "milk",
    "egg",
    "fish",
    "shellfish",
    "tree_nuts",
    "peanuts",
    "wheat",
    "soy",
    "sesame",
)
# Barley and rye carry gluten without being wheat; gluten_free excludes all three.
GLUTEN = "gluten"
CONTENT_TAGS: tuple[str, ...] = (*ALLERGENS, GLUTEN)

# Diet tags a food can carry (what it is known to be), strongest first.
DIET_TAGS: tuple[str, ...] = (
    "vegan",
    "vegetarian",
    "pescatarian",
    "gluten_free",
    "dairy_free",
    "halal",
)
# A food with the key tag also has these (a vegan food is vegetarian, ...). Nothing
# implies ``halal``: a vegan food may still be made with wine or beer.
DIET_TAG_IMPLIES: dict[str, tuple[str, ...]] = {
    "vegan": ("vegetarian", "pescatarian", "dairy_free"),
    "vegetarian": ("pescatarian",),
}

# Preference -> (diet tags a food must carry, allergen tags it must be known to lack).
# pescatarian allows fish and shellfish; vegetarian allows milk and egg; vegan allows
# no animal product at all; gluten_free excludes wheat, barley and rye; halal requires the
# ``halal`` tag (known free of pork and alcohol, see the module docstring).
PREFERENCE_RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "vegan": (("vegan",), ("milk", "egg", "fish", "shellfish")),
    "vegetarian": (("vegetarian",), ("fish", "shellfish")),
    "pescatarian": (("pescatarian",), ()),
    "gluten_free": (("gluten_free",), ("wheat", GLUTEN)),
    "dairy_free": ((), ("milk",)),
    "low_carb": ((), ()),
    "low_sodium": ((), ()),
    "halal": (("halal",), ()),
}
# Preferences that exclude no food: they change targets and limits instead.
SOFT_PREFERENCES: tuple[str, ...] = ("low_carb", "low_sodium")

# What a plan for a halal person says: the tag settles pork and alcohol, never slaughter.
HALAL_NOTE = (
    "Halal: no pork or alcohol in any item; whether meat and poultry were slaughtered the "
    "halal way is not known from USDA data, so choose halal-certified meat and poultry."
)

# low_carb: at most 26 % of energy from carbohydrate (the usual "low-carbohydrate diet"
# cut-off, < 130 g/day at 2,000 kcal: Feinman et al., Nutrition 2015; ADA consensus 2019).
LOW_CARB_MAX_ENERGY_SHARE = 0.26
# low_sodium: 1,500 mg/day (AHA ideal limit; DGA 2020-2025 for people with hypertension).
LOW_SODIUM_LIMIT_MG = 1500.0
SODIUM_LIMIT_MG = 2300.0  # NASEM 2019 CDRR / DGA 2020-2025, everyone else

# Everyday words people type -> preference.
PREFERENCE_ALIASES: dict[str, str] = {
    "veggie": "vegetarian",
    "vegetarian": "vegetarian",
    "plant_based": "vegan",
    "vegan": "vegan",
    "pescetarian": "pescatarian",
    "pescatarian": "pescatarian",
    "gluten_free": "gluten_free",
    "glutenfree": "gluten_free",
    "celiac": "gluten_free",
    "coeliac": "gluten_free",
    "no_gluten": "gluten_free",
    "dairy_free": "dairy_free",
    "dairyfree": "dairy_free",
    "lactose_free": "dairy_free",
    "no_dairy": "dairy_free",
    "low_carb": "low_carb",
    "lowcarb": "low_carb",
    "keto": "low_carb",
    "ketogenic": "low_carb",
    "low_sodium": "low_sodium",
    "low_salt": "low_sodium",
    "halal": "halal",
    "halaal": "halal",
    "muslim": "halal",
}
# Everyday words for allergies -> allergen tags.
ALLERGY_ALIASES: dict[str, tuple[str, ...]] = {
    **{name: (name,) for name in ALLERGENS},
    "dairy": ("milk",),
    "lactose": ("milk",),
    "cheese": ("milk",),
    "eggs": ("egg",),
    "seafood": ("fish", "shellfish"),
    "crustacean": ("shellfish",),
    "crustaceans": ("shellfish",),
    "mollusc": ("shellfish",),
    "molluscs": ("shellfish",),
    "shrimp": ("shellfish",),
    "prawn": ("shellfish",),
    "prawns": ("shellfish",),
    "nut": ("tree_nuts", "peanuts"),
    "nuts": ("tree_nuts", "peanuts"),
    "tree_nut": ("tree_nuts",),
    "treenuts": ("tree_nuts",),
    "peanut": ("peanuts",),
    "groundnut": ("peanuts",),
    "groundnuts": ("peanuts",),
    "gluten": ("wheat", GLUTEN),
    "soya": ("soy",),
    "soybean": ("soy",),
    "soybeans": ("soy",),
    "sesame_seed": ("sesame",),
    "sesame_seeds": ("sesame",),
}
# Short words for messages.
ALLERGEN_WORDS: dict[str, str] = {
    "milk": "dairy",
    "peanuts": "peanut",
    "tree_nuts": "tree-nut",
    "gluten": "gluten",
}


def normalise_word(raw: object) -> str:
    """``"Gluten-free "`` -> ``"gluten_free"`` (lower case, spaces and hyphens as ``_``)."""
    return re.sub(r"[\s\-]+", "_", str(raw).strip().lower()).strip("_")


def preference_for(raw: object) -> str | None:
    """The preference an everyday word names (``"Keto"`` -> ``low_carb``), or None."""
    return PREFERENCE_ALIASES.get(normalise_word(raw))


def allergens_for(raw: object) -> tuple[str, ...]:
    """The allergen tags an everyday allergy word names (``"nuts"`` -> both nut tags)."""
    return ALLERGY_ALIASES.get(normalise_word(raw), ())


def close_diet_tags(tags: Iterable[str]) -> frozenset[str]:
    """Diet tags with everything they imply (vegan adds vegetarian, pescatarian, ...)."""
    closed = set(tags)
    for tag in list(closed):
        closed.update(DIET_TAG_IMPLIES.get(tag, ()))
    return frozenset(t for t in closed if t in DIET_TAGS)


def diet_tags_from_contents(
    contains: Iterable[str],
    unknown: Iterable[str],
    *,
    meat: bool,
    animal: bool,
    pork: bool | None = None,
    alcohol: bool | None = None,
) -> frozenset[str]:
    """Diet tags a food earns from what it is known to contain.

    ``contains``/``unknown`` are allergen tags (and ``gluten``); ``meat`` is any meat or
    poultry; ``animal`` is any animal product (meat, fish, shellfish, milk, egg, honey,
    gelatin); ``pork``/``alcohol`` say whether pork (or a pork product) or alcohol may be
    present, ``None`` when that was never checked. A tag is earned only when nothing
    unknown could break it: ``halal`` needs both ``pork`` and ``alcohol`` to be False.
    """
    present = set(contains) | set(unknown)
    tags: set[str] = set()
    if not animal and not meat and not present & {"milk", "egg", "fish", "shellfish"}:
        tags.add("vegan")
    if not meat and not present & {"fish", "shellfish"}:
        tags.add("vegetarian")
    if not meat:
        tags.add("pescatarian")
    if not present & {"wheat", GLUTEN}:
        tags.add("gluten_free")
    if "milk" not in present:
        tags.add("dairy_free")
    if pork is False and alcohol is False:
        tags.add("halal")
    return close_diet_tags(tags) if "vegan" in tags else frozenset(tags)


# --- a person's restrictions ---------------------------------------------------------------


@dataclass(frozen=True)
class Restrictions:
    """What a person must never be served, and the soft preferences that change limits.

    ``diets``: diet tags a food must carry. ``allergens``: allergen tags (and ``gluten``)
    a food must be known to lack (unknown counts as present). ``avoid_words``: lower-case
    name fragments (allergies with no tag, e.g. "strawberry"). ``preferences``: every
    recognised preference, soft ones included. ``ignored``: words that named nothing.
    """

    diets: frozenset[str] = frozenset()
    allergens: frozenset[str] = frozenset()
    avoid_words: tuple[str, ...] = ()
    preferences: frozenset[str] = frozenset()
    ignored: tuple[str, ...] = ()

    @property
    def low_carb(self) -> bool:
        return "low_carb" in self.preferences

    @property
    def low_sodium(self) -> bool:
        return "low_sodium" in self.preferences

    @property
    def sodium_limit_mg(self) -> float:
        """The day's sodium ceiling for this person."""
        return LOW_SODIUM_LIMIT_MG if self.low_sodium else SODIUM_LIMIT_MG

    @property
    def is_empty(self) -> bool:
        return not (self.diets or self.allergens or self.avoid_words)

    def allows_tags(
        self,
        diet_tags: Iterable[str],
        allergen_tags: Iterable[str] | None,
        unknown_allergens: Iterable[str] = (),
        name: str = "",
    ) -> bool:
        """True when a food with these tags is safe for this person.

        ``allergen_tags=None`` means nothing is known about the food's allergens: unsafe
        for anyone with an allergen restriction.
        """
        return self.violation(diet_tags, allergen_tags, unknown_allergens, name) is None

    def violation(
        self,
        diet_tags: Iterable[str],
        allergen_tags: Iterable[str] | None,
        unknown_allergens: Iterable[str] = (),
        name: str = "",
    ) -> str | None:
        """Why the food is not allowed (``"vegan"``, ``"allergen:peanuts"``), or None."""
        have = close_diet_tags(diet_tags)
        for diet in sorted(self.diets):
            if diet not in have:
                return diet
        if self.allergens:
            if allergen_tags is None:
                return "allergens unknown"
            present = set(allergen_tags) | set(unknown_allergens)
            for allergen in sorted(self.allergens):
                if allergen in present:
                    return f"allergen:{allergen}"
        if self.avoid_words and name:
            text = name.lower()
            for word in self.avoid_words:
                if word in text:
                    return f"avoid:{word}"
        return None

    def stated_allergens(self) -> list[str]:
        """The allergens not already implied by a preference (vegan implies no milk ...),
        so messages say "vegan, soy-free" rather than list every animal product."""
        implied: set[str] = set()
        for preference in self.preferences:
            implied.update(PREFERENCE_RULES[preference][1])
        if "wheat" in self.allergens:
            implied.add(GLUTEN)  # "wheat-free" already says it
        return sorted(a for a in self.allergens if a not in implied)

    def describe(self) -> str:
        """Short words for messages, e.g. ``vegan, tree-nut-free``."""
        parts = sorted(self.diets)
        parts += sorted(p for p in self.preferences if p == "dairy_free")
        parts += [f"{ALLERGEN_WORDS.get(a, a)}-free" for a in self.stated_allergens()]
        parts += sorted(p for p in self.preferences if p in SOFT_PREFERENCES)
        parts += [f"without '{w}'" for w in self.avoid_words]
        return ", ".join(p.replace("_", "-") for p in parts) or "unrestricted"

    def as_dict(self) -> dict[str, list[str]]:
        """JSON-ready copy."""
        return {
            "diets": sorted(self.diets),
            "allergens": sorted(self.allergens),
            "avoid_words": list(self.avoid_words),
            "preferences": sorted(self.preferences),
        }

    def merged(self, other: Restrictions) -> Restrictions:
        """Both sets of restrictions at once (e.g. the profile's and a message's)."""
        return Restrictions(
            self.diets | other.diets,
            self.allergens | other.allergens,
            tuple(dict.fromkeys(self.avoid_words + other.avoid_words)),
            self.preferences | other.preferences,
            tuple(dict.fromkeys(self.ignored + other.ignored)),
        )


def build_restrictions(dietary_preferences: object = (), allergies: object = ()) -> Restrictions:
    """A person's restrictions from profile-style lists (anything not a list is empty).

    Preferences and allergies may be everyday words ("Gluten-free", "nuts", "keto"). An
    allergy word with no allergen tag is kept as a name fragment to avoid, so it still
    excludes foods; an unknown preference word is reported in ``ignored``.
    """
    diets: set[str] = set()
    allergens: set[str] = set()
    preferences: set[str] = set()
    words: list[str] = []
    ignored: list[str] = []
    for raw in _as_list(dietary_preferences):
        preference = preference_for(raw)
        if preference is None:
            if normalise_word(raw):
                ignored.append(normalise_word(raw))
            continue
        preferences.add(preference)
        required, excluded = PREFERENCE_RULES[preference]
        diets.update(required)
        allergens.update(excluded)
    for raw in _as_list(allergies):
        tags = allergens_for(raw)
        if tags:
            allergens.update(tags)
        elif str(raw).strip():
            words.append(str(raw).strip().lower())
    return Restrictions(
        frozenset(diets),
        frozenset(allergens),
        tuple(dict.fromkeys(words)),
        frozenset(preferences),
        tuple(ignored),
    )


def restrictions_from_profile(profile: object) -> Restrictions:
    """Restrictions from a profile mapping or object with ``dietary_preferences``/``allergies``."""
    if isinstance(profile, dict):
        return build_restrictions(
            profile.get("dietary_preferences") or (), profile.get("allergies") or ()
        )
    return build_restrictions(
        getattr(profile, "dietary_preferences", ()) or (), getattr(profile, "allergies", ()) or ()
    )


def _as_list(value: object) -> list[object]:
    if isinstance(value, str):
        return [part for part in value.split(",") if part.strip()]
    if isinstance(value, (list, tuple, set, frozenset)):
        return list(value)
    return []
