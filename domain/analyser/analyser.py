"""The meal analyser: text in, items with grams, kcal and nutrients out.

    analyser = Analyser(foods)            # builds the index once
    result = analyser.analyse("2 eggs and a slice of toast")

Energy is each food's USDA energy (kcal per 100 g) times its grams, never 4/4/9.
Every item the parser found ends up either in ``items`` or in ``unmatched`` with a
reason; nothing is dropped and nothing is made up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from domain.analyser.brands import PLACE_WORDS, find_chain, meal_place
from domain.analyser.catalog import Food
from domain.analyser.fndds_match import FnddsMatcher
from domain.analyser.fndds_portions import base_kind, weigh
from domain.analyser.lexicon import ADDITION_CATEGORIES, ADDITION_DEFAULTS, FORM_WORDS
from domain.analyser.matcher import FoodMatcher, NoMatch
from domain.analyser.mentions import VAGUE_UNITS, Mention, find_mentions
from domain.analyser.parser import MealParser, ParsedItem
from domain.analyser.portions import ConversionError, to_grams
from domain.analyser.text import norm_tokens
from domain.nutrients import NUTRIENT_KEYS

MAX_TEXT_CHARS = 1000
MAX_ITEMS = 30
# Units that weigh or measure what was served, dressing and all.
WEIGHED_UNITS = frozenset({"g", "kg", "mg", "lb", "oz", "ml", "cl", "dl", "l", "floz"})
# USDA files the vegetables on a sandwich as "X, for use on a sandwich" (WWEIA category
# "Vegetables on a sandwich"); these hint words find them.
SANDWICH_VEGETABLES = "Vegetables on a sandwich"
SANDWICH_HINT = ("use", "sandwich")
# WWEIA category of the dressings a salad's name may hold ("Caesar salad").
DRESSINGS = "Salad dressings"
# Fats a dish may be cooked "in"; named on their own, they are not in the dish again.
FATS = frozenset({"butter", "oil", "margarine", "lard", "ghee", "shortening"})
# How much lower a food may score and still win by having the size or unit asked for.
SIZE_FIT_MARGIN = 1.0


# Cuts of a bird or animal named alone after it ("fried chicken, a thigh and a leg").
CUTS = frozenset({"thigh", "drumstick", "wing", "breast", "leg", "rib", "chop"})
ANIMALS = frozenset({"chicken", "turkey", "duck", "pork", "lamb", "beef"})


# "the" before a food: a food said before ("two slices of the cheese" of a cheese pizza).
_JOINED = frozenset({"and", "with", "n", "&"})
_THE = re.compile(r"\bthe\s+\w+$")


class AnalysisInputError(ValueError):
    """The text cannot be analysed at all (empty, too long, too many items)."""


@dataclass
class AnalysedItem:
    """One matched item: the food, its amount in grams, its energy and nutrients."""

    text: str
    food: str
    ndb_no: str | None
    food_id: int | None
    quantity: float
    unit: str
    grams: float
    calories: float
    nutrients: dict[str, float]
    preparation: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    food_code: str | None = None  # FNDDS food code of a food as eaten
    portion: str | None = None  # the USDA portion or stated measure the grams came from

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "food_code": self.food_code,
            "portion": self.portion,
            "food": self.food,
            "ndb_no": self.ndb_no,
            "quantity": self.quantity,
            "unit": self.unit,
            "grams": self.grams,
            "calories": self.calories,
            "nutrients": self.nutrients,
            "preparation": self.preparation,
            "notes": self.notes,
        }


@dataclass
class UnmatchedItem:
    """An item the analyser could not turn into a food and grams, and why."""

    text: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason}


@dataclass
class Analysis:
    """The whole meal: totals over the matched items, and the items themselves."""

    name: str
    calories: float
    nutrients: dict[str, float]
    serving_size: float
    items: list[AnalysedItem]
    unmatched: list[UnmatchedItem]
    incomplete_nutrients: list[str] = field(default_factory=list)

    @property
    def partial(self) -> bool:
        """True when part of the text was not counted (the totals cover the rest only)."""
        return bool(self.items) and bool(self.unmatched)

    @property
    def coverage(self) -> float:
        """Share of the mentions found that were matched and weighed (0..1)."""
        found = len(self.items) + len(self.unmatched)
        return round(len(self.items) / found, 3) if found else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "partial": self.partial,
            "coverage": self.coverage,
            "calories": self.calories,
            "nutrients": self.nutrients,
            "serving_size": self.serving_size,
            "items": [item.as_dict() for item in self.items],
            "unmatched": [item.as_dict() for item in self.unmatched],
            "incomplete_nutrients": self.incomplete_nutrients,
        }


_HUGE_NUMBER = re.compile(r"\d{7,}")
# USDA's "..., fat added" foods and the plain ones they are the twins of ("no added fat",
# "NS as to fat"; an "NFS" food is looked up through its plain kinds).
_FAT_ADDED = re.compile(r"\bfat added\b", re.IGNORECASE)
_NO_FAT_NAMED = re.compile(r"\bno added fat\b|\bNS as to fat$", re.IGNORECASE)
_NO_FAT = re.compile(r"\bno added fat\b|\bNS as to fat\b|\bNFS\b")
# What a USDA dish says it is without ("..., no dressing"): not held by the dish.
_NOT_HELD = re.compile(r"\b(?:no|without)\s+[^,]*", re.IGNORECASE)


def clean_text(text: str) -> str:
    """The text with whitespace collapsed (its display name); refuses empty or huge text."""
    if not isinstance(text, str) or not text.strip():
        raise AnalysisInputError("Describe the meal: the text is empty.")
    if len(text) > MAX_TEXT_CHARS:
        raise AnalysisInputError(
            f"The text is too long ({len(text)} characters; at most {MAX_TEXT_CHARS})."
        )
    if _HUGE_NUMBER.search(text):
        # Nobody eats a million of anything; such a numeral would overflow the arithmetic.
        raise AnalysisInputError("A quantity in the text is too large (at most 6 digits).")
    return " ".join(text.split())


class Analyser:
    """Parser + matcher + portion conversion over one catalog snapshot (built once)."""

    def __init__(self, foods: Iterable[Food]) -> None:
        self.foods = list(foods)
        # Foods as eaten (FNDDS, with a food code) are matched first when the catalog has them.
        fndds = [f for f in self.foods if (f.extra or {}).get("food_code")]
        self.fndds = FnddsMatcher(fndds) if fndds else None
        self._fndds_by_id = {f.id: f for f in fndds}
        as_eaten = {id(f) for f in fndds}  # identity: comparing records field by field is slow
        self.matcher = FoodMatcher([f for f in self.foods if id(f) not in as_eaten])
        self.parser = MealParser(self.matcher.protected_phrases)

    def __len__(self) -> int:
        return len(self.foods)

    def split(self, text: str) -> list[str]:
        """The item texts the parser finds in ``text`` (providers use it per line)."""
        return [item for item, _ in self.parser.split(clean_text(text))]

    def analyse(self, text: str) -> Analysis:
        """Analyse a meal description; ``AnalysisInputError`` for unusable text."""
        name = clean_text(text)
        if self.fndds is not None:
            return self._analyse_mentions(name)
        pieces = self.parser.split(text)
        if len(pieces) > MAX_ITEMS:
            raise AnalysisInputError(f"Too many items ({len(pieces)}; at most {MAX_ITEMS}).")
        items: list[AnalysedItem] = []
        unmatched: list[UnmatchedItem] = []
        for piece, after_with in pieces:
            parsed = self.parser.parse_item(piece, after_with)
            outcome = self.analyse_item(parsed)
            (items if isinstance(outcome, AnalysedItem) else unmatched).append(outcome)
        return summarise(name, items, unmatched)

    def _analyse_mentions(self, name: str) -> Analysis:
        """The FNDDS path: find mentions in free text, match foods as eaten, weigh by USDA."""
        assert self.fndds is not None
        mentions = find_mentions(name, self.fndds.is_food_word, self.fndds.dish)
        if len(mentions) > MAX_ITEMS:
            raise AnalysisInputError(f"Too many items ({len(mentions)}; at most {MAX_ITEMS}).")
        self._chains(name, mentions)
        mentions = self._cuts_of(mentions)
        mentions = self._without_repeats(mentions)
        mentions = self._measured_after(mentions)
        for mention, following in zip(mentions, mentions[1:], strict=False):
            if following.joiner == "in" and FATS & set(self.fndds.content_words(following.words)):
                # "2 eggs scrambled in 1 tsp butter": the fat is counted on its own, so the
                # eggs are USDA's "no added fat" ones
                mention.source = [*mention.source, "no", "added", "fat"]
        items: list[AnalysedItem] = []
        unmatched: list[UnmatchedItem] = []
        # a dressing said on its own ("caesar salad + 2 tbsp caesar dressing"): the salad's
        # name does not add another
        dressed = any(
            "dressing" in self.fndds.content_words(m.words) and m.has_amount for m in mentions
        )
        previous: tuple[Mention, AnalysedItem] | None = None
        anchor: tuple[Mention, AnalysedItem] | None = None  # what additions are added to
        put_on: Mention | None = None  # "avocado" of "avocado on toast", weighed after its base
        for mention in mentions:
            if previous is not None and self._part_of(mention, previous, items):
                continue
            if mention.base_next:
                if put_on is not None:  # "a on b on c": b is a food of its own
                    _add(self._analyse_mention(put_on), items, unmatched)
                put_on = mention
                continue
            if mention.topping and anchor is not None and self._fat_added(mention, anchor, items):
                continue
            if mention.topping and anchor is not None:
                self._set_base(mention, *anchor)
                listed = self._sandwich_vegetables(mention)
                if listed:
                    # "w/ lettuce tomato and mayo": each vegetable on its own
                    for part in listed[:-1]:
                        _add(self._analyse_mention(part), items, unmatched)
                    mention = listed[-1]
            outcome = self._analyse_mention(mention)
            if put_on is not None and isinstance(outcome, AnalysedItem):
                outcome = self._put_on(put_on, mention, outcome, items, unmatched)
                put_on = None
            elif put_on is not None:
                _add(self._analyse_mention(put_on), items, unmatched)
                put_on = None
            if isinstance(outcome, AnalysedItem):
                items.append(outcome)
                dressing = None if dressed else self._named_dressing(mention, outcome)
                if dressing is not None:
                    items.append(dressing)
                previous = (mention, outcome)
                if not mention.topping:
                    anchor = previous
            elif outcome is not None:
                unmatched.append(outcome)
        if put_on is not None:
            _add(self._analyse_mention(put_on), items, unmatched)
        return summarise(name, items, unmatched)

    def _fat_added(
        self, mention: Mention, anchor: tuple[Mention, AnalysedItem], items: list[AnalysedItem]
    ) -> bool:
        """Whether an unmeasured fat ("grits w butter", "corn on the cob w butter") is the
        fat of USDA's "..., fat added" version of the food before it, which then replaces
        it: the fat is counted once, inside the food, as USDA codes it."""
        assert self.fndds is not None
        words = self.fndds.content_words(mention.words)
        if mention.has_amount or not words or not set(words) <= FATS:
            return False
        base_mention, base = anchor
        if base not in items or _FAT_ADDED.search(base.food) or "butter" in base.food.lower():
            return False
        if not _NO_FAT.search(base.food) and not base.food.lower().endswith("nfs"):
            return False
        food = self._fat_added_sibling(base_mention, base)
        if food is None:
            return False
        outcome = self._analyse_mention(
            Mention(
                text=base_mention.text,
                words=list(norm_tokens(food.description.replace(",", " "))),
                quantity=base_mention.quantity,
                unit=base_mention.unit,
                size=base_mention.size,
                vague=base_mention.vague,
                article=base_mention.article,
            ),
            only=food,
        )
        if not isinstance(outcome, AnalysedItem):
            return False
        outcome.text = f"{base.text} with {mention.text}"
        outcome.notes.append(f'"{mention.text}" counted as the fat of {outcome.food}')
        items[items.index(base)] = outcome
        return True

    def _fat_added_sibling(self, mention: Mention, base: AnalysedItem) -> Food | None:
        """USDA's "..., fat added" twin of the food ("Corn, fresh, cooked, no added fat" ->
        "Corn, fresh, cooked, fat added, NS as to fat type"), or of the first "no added fat"
        food ranked for the words when the food is an "NFS" one ("Grits, NFS")."""
        assert self.fndds is not None
        names = [base.food]
        if not _NO_FAT_NAMED.search(base.food):
            # (of those, the one nearest the NFS food's energy: the kind USDA's NFS stands for)
            per_100 = base.calories / base.grams if base.grams else 0.0
            ranked = self.fndds.ranked(mention.words, mention.source)
            names = [
                f.name
                for f, _, _ in sorted(ranked, key=lambda r: abs(r[0].energy_kcal / 100 - per_100))
            ]
        for name in names:
            if not _NO_FAT_NAMED.search(name):
                continue
            for twin in ("fat added", "fat added, NS as to fat type"):
                food = self.fndds.by_name(_NO_FAT_NAMED.sub(twin, name))
                if food is not None:
                    return food
        return None

    def _same_kind(self, words: list[str], kind: set[str]) -> bool:
        """Whether the best foods for ``words`` and for ``kind`` share a WWEIA category
        ("sliders" and "hamburger" are both burgers)."""
        assert self.fndds is not None
        mine, theirs = self.fndds.ranked(words), self.fndds.ranked(sorted(kind))
        return bool(mine and theirs) and _category(mine[0][0]) == _category(theirs[0][0])

    def _chains(self, text: str, mentions: list[Mention]) -> None:
        """Read restaurant chains and places (see ``brands``): a chain's words leave the
        mention and rank its foods as hints; the place words hint every food of the meal."""
        assert self.fndds is not None
        sold: list[str] = []
        for mention in mentions:
            found = find_chain([*mention.before, *mention.words])
            if found is None:
                continue
            rest, sells, chain = found
            sold.append(sells)
            named = [w for w in sells.split() if w not in PLACE_WORDS]
            said = set(self.fndds.content_words(rest))
            if not said:
                mention.words = named or rest  # "a whataburger": what the chain sells
            elif not sells or not self.fndds.says(chain):
                # a chain USDA never names is no food word, nor a brand of the shelf
                # ("jimmy dean"); one it names stays ("1 Taco Bell taco salad", "1 Subway
                # cookie" are its portions)
                mention.words = rest
            mention.before = []
            # what the chain sells ranks a piece of it ("kfc breast") or its own kind
            # ("arbys roast beef"); other foods there only by place ("kfc mashed potatoes")
            kind = set(norm_tokens(sells)) - PLACE_WORDS
            hints = (
                sells.split()
                if not said or said & (kind | CUTS) or self._same_kind(rest, kind)
                else []
            )
            mention.source = [
                *mention.source,
                *hints,
                *(w for w in sells.split() if w in PLACE_WORDS),
            ]
        place = meal_place(text, sold)
        if place:
            for mention in mentions:
                mention.source = list(dict.fromkeys([*mention.source, *place]))

    def _cuts_of(self, mentions: list[Mention]) -> list[Mention]:
        """Pieces of the food named before ("2 pieces of fried chicken, a thigh and a
        drumstick"): each cut said alone takes that food's words, and the food said
        first as a whole is then not counted again."""
        assert self.fndds is not None
        out: list[Mention] = []
        whole: Mention | None = None
        for mention in mentions:
            words = set(self.fndds.content_words(mention.words))
            if whole is not None and words and words <= CUTS:
                kept = [w for w in whole.words if w not in CUTS]
                mention.words = kept + mention.words
                mention.source = mention.source or whole.source
                if whole in out:
                    out.remove(whole)
                    mention.notes.append(f'"{whole.text}" read as its pieces')
                out.append(mention)
                continue
            whole = mention if words & ANIMALS and not words & CUTS else None
            out.append(mention)
        return out

    def _without_repeats(self, mentions: list[Mention]) -> list[Mention]:
        """Mentions less a food named first without an amount and then again with one
        ("we went out for pizza and I had two slices of pepperoni pizza": one pizza); the
        later mention notes it."""
        assert self.fndds is not None
        kept: list[Mention] = []
        for i, mention in enumerate(mentions):
            words = set(self.fndds.content_words(mention.words))
            again = None
            if words and not mention.has_amount and not mention.vague:
                again = next(
                    (
                        later
                        for later in mentions[i + 1 :]
                        if later.has_amount and words <= set(self.fndds.content_words(later.words))
                    ),
                    None,
                )
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if (
                again is None
                and words
                and nxt is not None
                and nxt.has_amount
                and not mention.topping
                and not nxt.topping
                and (not mention.has_amount or mention.unit in VAGUE_UNITS)
                and mention.quantity in (None, 1.0)
                and words <= self._named_by(nxt)
            ):
                # "we had sushi, I ate 8 pieces of salmon roll", "a bowl of cereal, 2 cups
                # of corn flakes": a general name, then what it was and how much
                again = nxt
            if (
                again is None
                and words
                and nxt is not None
                and nxt.joiner == ","
                and not mention.has_amount
                and not nxt.has_amount
                and words < set(self.fndds.content_words(nxt.words))
                and self.fndds.content_words(nxt.words)[-1:]
                == self.fndds.content_words(mention.words)[-1:]
            ):
                # "cereal with milk, whole milk": the same food said again more exactly
                again = nxt
                nxt.topping = nxt.topping or mention.topping
                nxt.joiner = mention.joiner
            if again is None:
                kept.append(mention)
            else:
                again.notes.append(f'"{mention.text}" read as the same food')
        return kept

    def _measured_after(self, mentions: list[Mention]) -> list[Mention]:
        """A dish said without an amount, then at once a food of its name with one: the
        amount says what the dish was, once.

        - the dish's food holds that food: the amount is the dish's ("a jacket potato with
          baked beans, about half a cup of beans": half a cup of baked beans; "we split a
          large pizza, I had two slices of the cheese": two large slices of the pizza);
        - it does not: the measured food is what was eaten, the dish only its name
          ("oxtail stew, 200 grams of oxtail": the oxtail; "porridge, 40 g of oats": the
          dry oats it was made from)."""
        assert self.fndds is not None
        kept: list[Mention] = []
        for i, mention in enumerate(mentions):
            later = mentions[i + 1] if i + 1 < len(mentions) else None
            if later is None or not later.has_amount or later.topping:
                kept.append(mention)
                continue
            words = set(self.fndds.content_words(mention.words))
            said = set(self.fndds.content_words(later.words))
            the = bool(_THE.search(later.text))  # "two slices of the cheese": said before
            if not said or not words or said == words or later.vague:
                kept.append(mention)
                continue
            if mention.has_amount and not (
                the and mention.unit is None and mention.quantity in (None, 1.0)
            ):
                kept.append(mention)
                continue
            ranked = self.fndds.ranked(mention.words, mention.source)
            food = ranked[0][0].description if ranked else ""
            held = set(self.fndds.content_words(norm_tokens(food)))
            named = all(
                w in words or any(o.startswith(w) for o in words if len(w) >= 3) for w in said
            )
            if the and not named and said <= held:
                named = True
            if not named:
                kept.append(mention)
                continue
            if said <= held and not _JOINED & set(mention.words):
                # the same dish, measured: its words, the later amount (not a part of a
                # dish of parts: "spaghetti and meatballs, 3 meatballs + 1 c pasta" is its
                # parts, each measured)
                later.words = list(mention.words)
                later.source = later.source or mention.source
                later.size = later.size or mention.size
                later.notes.append(f'"{mention.text}" measured by "{later.text}"')
            else:
                later.notes.append(f'"{mention.text}" read as made of "{later.text}"')
                made_with = self._made_with(mention)
                if made_with is not None:
                    kept.append(made_with)  # "porridge with milk, 50 g of oats": the milk
        return kept

    def _made_with(self, dish: Mention) -> Mention | None:
        """What a dish read as its measured part was said to be made with ("porridge with
        milk": the milk, unmeasured), unless that is water."""
        assert self.fndds is not None
        if "with" not in dish.words:
            return None
        rest = dish.words[len(dish.words) - dish.words[::-1].index("with") :]
        if not self.fndds.content_words(rest) or set(self.fndds.content_words(rest)) <= {"water"}:
            return None
        return Mention(text=" ".join(rest), words=list(rest), topping=True, joiner="with")

    def _named_by(self, mention: Mention) -> set[str]:
        """The words of a mention and of the head of the food it matches best."""
        assert self.fndds is not None
        words = set(self.fndds.content_words(mention.words))
        ranked = self.fndds.ranked(mention.words, mention.source)
        if ranked:
            words |= set(norm_tokens(ranked[0][0].description.split(",")[0]))
        return words

    def _sandwich_vegetables(self, mention: Mention) -> list[Mention]:
        """The vegetables of an unquantified sandwich addition listed without commas
        ("lettuce tomato"), one mention each, when every word is one of USDA's
        vegetables for use on a sandwich; [] otherwise."""
        assert self.fndds is not None
        if mention.base != "on sandwich" or mention.has_amount or len(mention.words) < 2:
            return []
        parts = []
        for word in mention.words:
            ranked = self.fndds.ranked([word], SANDWICH_HINT)
            if not ranked or _category(ranked[0][0]) != SANDWICH_VEGETABLES:
                return []
            part = Mention(text=word, words=[word], topping=True, joiner=mention.joiner)
            part.base, part.base_count = mention.base, mention.base_count
            parts.append(part)
        return parts

    def _named_dressing(self, mention: Mention, salad: AnalysedItem) -> AnalysedItem | None:
        """The dressing a salad's name holds when USDA's salad is "no dressing" ("a chicken
        Caesar salad" is the salad and Caesar dressing), at its usual amount."""
        assert self.fndds is not None
        if "no dressing" not in salad.food.lower() or mention.unit in WEIGHED_UNITS:
            return None  # a weighed salad ("120 g of Caesar salad") is weighed as served
        for word in self.fndds.content_words(mention.words):
            if word in ("salad", "dressing"):
                continue  # "salad dressing" names no kind of dressing
            found = self.fndds.match_words((word, "dressing"))
            if found is None:
                continue
            entry = self.fndds.entries[found[0]]
            # a dressing named "<word> dressing" ("Caesar dressing"), not "Salad dressing"
            if (
                word not in entry.head_nouns
                and entry.head - {word} <= {"dressing"}
                and DRESSINGS in (_category(entry.food) or "")
            ):
                item = self._analyse_mention(Mention(text=word, words=[word, "dressing"]))
                if isinstance(item, AnalysedItem):
                    item.notes.append(f"the dressing named by {mention.text!r}")
                    return item
        return None

    def _put_on(
        self,
        mention: Mention,
        base_mention: Mention,
        base: AnalysedItem,
        items: list[AnalysedItem],
        unmatched: list[UnmatchedItem],
    ) -> AnalysedItem | None:
        """Weigh what was put on ``base`` ("avocado on toast", "butter on toast": a spread
        per slice) and add it; returns the base item to add after it, or None when the
        base is the bread of a sandwich already counted ("ham sandwich on white bread")."""
        self._set_base(mention, base_mention, base)
        outcome = self._analyse_mention(mention)
        _add(outcome, items, unmatched)
        food = self._fndds_by_id.get(outcome.food_id) if isinstance(outcome, AnalysedItem) else None
        if food is not None and (base_kind(food) or ("",))[0] == "on sandwich":
            # the bread or bun a sandwich is on is part of USDA's sandwich
            named = set(norm_tokens(food.description))
            if mention.base == "on bread" or set(norm_tokens(" ".join(base_mention.words))) & named:
                assert isinstance(outcome, AnalysedItem)
                outcome.notes.append(f'"{base_mention.text}" counted as part of {outcome.food}')
                return None
        return base

    def _set_base(self, mention: Mention, base_mention: Mention, base: AnalysedItem) -> None:
        """Tell an addition what it is added to (its unquantified amount depends on it:
        mayo on a sandwich, butter per slice of toast, milk on cereal)."""
        food = self._fndds_by_id.get(base.food_id) if base.food_id is not None else None
        found = base_kind(food) if food is not None else None
        if found is not None:
            mention.base = found[0]
            count = base_mention.quantity if base_mention.quantity is not None else 1.0
            # a crumpet (USDA's English-muffin portion "1 crumpet") is not split in two
            halves = 1.0 if "crumpet" in (base.portion or "").lower() else found[1]
            mention.base_count = halves * max(count, 1.0)

    def _part_of(
        self, mention: Mention, previous: tuple[Mention, AnalysedItem], items: list[AnalysedItem]
    ) -> bool:
        """Whether ``mention`` ("with 3 eggs") is an ingredient of the dish before it
        ("omelette"), whose USDA food already holds it: it is then counted once, and a count
        it gives becomes the dish's count ("omelette w/ 3 eggs" = 3 x "1 egg" of omelet).
        """
        assert self.fndds is not None
        dish_mention, dish = previous
        words = self.fndds.content_words(mention.words)
        if not mention.topping or not words or mention.unit is not None:
            return False
        held = set(norm_tokens(_NOT_HELD.sub(" ", dish.food)))
        if not set(words) <= held or words[-1] in norm_tokens(" ".join(dish_mention.words)):
            return False  # "ritz crackers w/ peanut butter": "Crackers, butter" has no peanut
        note = f'"{mention.text}" counted as part of {dish.food}'
        if mention.quantity is not None and dish_mention.quantity is None:
            dish_mention.quantity = mention.quantity
            redone = self._analyse_mention(dish_mention)
            if isinstance(redone, AnalysedItem):
                items[items.index(dish)] = redone
                dish = redone
        dish.notes.append(note)
        return True

    def _analyse_mention(
        self, mention: Mention, only: Food | None = None
    ) -> AnalysedItem | UnmatchedItem:
        assert self.fndds is not None
        hint = mention.source
        if mention.base == "on sandwich" and not mention.has_amount:
            hint = [*hint, *SANDWICH_HINT]  # lettuce on a sandwich is USDA's sandwich lettuce
        ranked = self.fndds.ranked(mention.words, hint)
        if only is not None:
            ranked = [(only, 0.0, tuple(mention.words))]
        if not ranked:
            return UnmatchedItem(mention.text, "no food in the catalog matches these words")
        # the head food word, for portions named by it ("1 baby carrot", not "1 string")
        # (the last word the food's own head names, else the last that is not a form)
        food_head = set(norm_tokens(ranked[0][0].description.split(",")[0]))
        named = [w for w in ranked[0][2] if w in food_head] or [
            w for w in ranked[0][2] if w not in FORM_WORDS
        ]
        mention.head = named[-1] if named else ""
        # the best food that has a USDA measure for the stated amount ("half a cup of
        # granola" is the cereal, not the granola bar, which has no cup); one nearly as
        # good that has the size asked for beats one that falls back on its default
        # ("sweet tea large": the brewed tea sold in a large drink)
        weighed, food, first_score = None, ranked[0][0], ranked[0][1]
        top = weigh(food, mention)
        if top is None or not top.fits:
            # the best food has no measure for the amount: its WWEIA category's foods first
            # ("a bottle of water": Water, NFS has no bottle; tap water does, tonic is a
            # soft drink)
            category = _category(food)
            ranked = sorted(ranked, key=lambda r: _category(r[0]) != category)
        for candidate, score, _ in ranked:
            found = weigh(candidate, mention)
            if found is None:
                continue
            if weighed is None:
                weighed, food, first_score = found, candidate, score
            if found.fits:
                if score >= first_score - SIZE_FIT_MARGIN:
                    weighed, food = found, candidate
                break
        if weighed is None:
            return UnmatchedItem(mention.text, f"{food.name} has no USDA measure for this amount")
        factor = weighed.grams / 100.0
        notes = list(mention.notes) + ([weighed.note] if weighed.note else [])
        return AnalysedItem(
            text=mention.text,
            food=food.name,
            ndb_no=food.ndb_no,
            food_id=food.id,
            quantity=1.0 if mention.quantity is None else round(mention.quantity, 3),
            unit=mention.unit or weighed.portion,
            grams=round(weighed.grams, 1),
            calories=round(food.energy_kcal * factor, 1),
            nutrients={
                key: round(value * factor, 2)
                for key in NUTRIENT_KEYS
                if (value := food.nutrients.get(key)) is not None
            },
            notes=notes,
            food_code=(food.extra or {}).get("food_code"),
            portion=weighed.portion,
        )

    def analyse_item(self, parsed: ParsedItem) -> AnalysedItem | UnmatchedItem:
        """Match and weigh one parsed item."""
        if not parsed.name:
            return UnmatchedItem(parsed.text, "no food named")
        found = self.matcher.match(parsed.name, parsed.preparations)
        if isinstance(found, NoMatch):
            return UnmatchedItem(parsed.text, found.reason)
        food = found.food
        notes = list(parsed.notes) + found.notes
        quantity, unit = parsed.quantity, parsed.unit
        addition = _addition_amount(food) if parsed.addition else None
        if addition is not None:
            quantity, unit = addition
            notes.append(f"no amount given for an addition: assumed {quantity:g} {unit}")
        item_words = set(norm_tokens(parsed.name))
        try:
            weight = to_grams(food, quantity, unit, parsed.size, item_words)
        except ConversionError as exc:
            return UnmatchedItem(parsed.text, str(exc))
        if weight.note:
            notes.append(weight.note)
        grams = weight.grams
        factor = grams / 100.0
        nutrients = {
            key: round(value * factor, 2)
            for key in NUTRIENT_KEYS
            if (value := food.nutrients.get(key)) is not None
        }
        return AnalysedItem(
            text=parsed.text,
            food=food.name,
            ndb_no=food.ndb_no,
            food_id=food.id,
            quantity=1.0 if quantity is None else round(quantity, 3),
            unit=weight.unit,
            grams=round(grams, 1),
            calories=round(food.energy_kcal * factor, 1),
            nutrients=nutrients,
            preparation=parsed.preparations,
            notes=notes,
        )


def _add(
    outcome: AnalysedItem | UnmatchedItem,
    items: list[AnalysedItem],
    unmatched: list[UnmatchedItem],
) -> None:
    if isinstance(outcome, AnalysedItem):
        items.append(outcome)
    else:
        unmatched.append(outcome)


def _category(food: Food) -> str | None:
    return (food.extra or {}).get("wweia_category")


def _addition_amount(food: Food) -> tuple[float, str] | None:
    """The assumed amount of a condiment-like addition; None for a food of its own."""
    if food.name in ADDITION_DEFAULTS:
        return ADDITION_DEFAULTS[food.name]
    return ADDITION_CATEGORIES.get(food.category)


def summarise(name: str, items: list[AnalysedItem], unmatched: list[UnmatchedItem]) -> Analysis:
    """Totals over ``items``; a nutrient unknown for some item is summed over the others
    and listed in ``incomplete_nutrients``."""
    totals: dict[str, float] = {}
    known_by: dict[str, int] = {}
    for item in items:
        for key, value in item.nutrients.items():
            totals[key] = totals.get(key, 0.0) + value
            known_by[key] = known_by.get(key, 0) + 1
    incomplete = sorted(key for key, n in known_by.items() if n < len(items))
    return Analysis(
        name=name[:200],
        calories=round(sum(item.calories for item in items), 1),
        nutrients={key: round(value, 2) for key, value in totals.items()},
        serving_size=round(sum(item.grams for item in items), 1),
        items=items,
        unmatched=unmatched,
        incomplete_nutrients=incomplete,
    )
