"""The assistant's knowledge base: short entries we wrote, each with its source, ranked by BM25.

The data lives in ``data/assistant/knowledge_base.json``; it is loaded and indexed once
per process (``default_knowledge_base``). Titles and keywords are indexed with the text,
titles twice, because a question usually names the topic in the title's words.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from domain.assistant.bm25 import BM25, tokenize

# Words that say how a question is asked, not what it is about: they never count towards
# (or against) an entry covering a question ("is X good/bad/safe", "how much should I take").
GENERIC_WORDS = frozenset(
    tokenize(
        "good bad best worst healthy unhealthy ok okay fine safe safely really actually need "
        "needs take taking eat eating ate food foods make help helps normal better worse thing "
        "things way ways lot much enough every ever anything something someone people person "
        "guy gal bro lol pls thanks thank hey hi u ur im ive dont does doesnt cant can try "
        "trying go going still yes yeah wanna gonna kinda sorta maybe right wrong use using "
        "work works true myth real fact facts question quick time times long often "
        "re ve ll d m s t source sources rich contain contains example examples list "
        "year years yr yrs old aged age month months rid recommend recommended "
        "recommendation intake amount important importance matter matters daily vs versus "
        "which compare compared comparison difference calculate calculating calculation "
        "estimate count counting mean means meaning define definition worth worthwhile "
        "necessary needed required essential effective effectiveness "
        # "what are the benefits of omega 3": the topic is the thing, not its benefits.
        "benefit benefits pros cons advantages disadvantages "
        # "does poor sleep affect weight loss", "what's the healthiest sweetener": how the
        # question is framed, not its topic.
        "affect affects effect effects impact impacts healthier healthiest "
        # Hearsay and framing: who said it and how it is put is not the topic ("someone said
        # tea blocks iron, is that true", "are seed oils toxic like everyone on tiktok says",
        # "how much fibre are adults meant to get").
        "said say says saying heard hear told tell claim claims claimed everyone everybody "
        "tiktok instagram youtube internet online influencer influencers friend friends "
        "meant supposed adult adults grown max maximum min minimum get gets getting want "
        "wants half idea like got "
        # Deliberation and emphasis ("thinking of trying keto", "i can barely walk") and
        # counting words ("why is day two worse than day one").
        "think thinking thought considering consider wondering wonder barely hardly literally "
        "honestly basically one two three four five six seven eight nine ten "
        # Worry, hearsay and its medium: how a question is felt or where it was read, not
        # its topic ("I read something frightening in the newspaper", "should I worry about
        # them", "given the warnings", "a reasonably varied diet").
        "worry worried worrying concern concerned dangerous frightening frightened scary "
        "scared afraid read newspaper newspapers paper article news given warning warnings "
        "reasonably fairly quite really seem seems pay attention give gives going "
        # Who asks and how it is felt or seen ("my dad is 80, should he...", "why do I feel
        # bloated", "to see if I feel better", "what should a plate look like", "make sure",
        # "is it worth buying", "I'm always tired"): not the topic.
        "mum mom mother dad father husband wife partner boyfriend girlfriend grandma "
        "grandpa grandmother grandfather gran nan feel feels felt feeling see look looks "
        "sure buy buying bought always usually "
        # "what happens if...", "how do I cope with...", "good for bone health": the frame,
        # not the topic.
        "happen happens happened cope coping deal dealing handle health"
    )
)
# Share of a question's content words an entry must contain to answer it.
MIN_COVERAGE = 0.6
# Share of the question's content words, unweighted, an entry must also contain: a rare word
# it holds may carry the weighted coverage, but not stand in for most of the question.
MIN_PLAIN_COVERAGE = 0.5
# Share of the BM25 score added when the entry's title holds all the question's content words.
TITLE_BONUS = 0.25
# Share added when the entry holds every adjacent pair of the question's content words.
PAIR_BONUS = 0.5
# Groups of people some entries are written for, as (stemmed) words that name them.
AUDIENCES: dict[str, frozenset[str]] = {
    "children": frozenset(
        tokenize("child children kid kids toddler toddlers infant infants baby babies teen "
                 "teens teenager teenagers teenage adolescent adolescents son daughter school "
                 "newborn newborns")
    ),
    "pregnancy": frozenset(
        tokenize("pregnancy pregnant prenatal expecting breastfeeding breastfeed nursing "
                 "lactation trimester")
    ),
    "diabetes": frozenset(
        tokenize("diabetes diabetic diabetics prediabetes insulin glucose hba1c")
    ),
    "older": frozenset(tokenize("older elderly senior seniors aging ageing")),
    "medicines": frozenset(
        tokenize("medicine medicines medication medications meds drug drugs pill pills "
                 "prescription warfarin metformin levothyroxine thyroid synthroid glp ozempic "
                 "wegovy mounjaro semaglutide tirzepatide thinner thinners anticoagulant "
                 "antibiotic antibiotics lisinopril statin statins inhibitor inhibitors")
    ),
}  # fmt: skip


# "for a 7 year old", "my 12-year-old", "my 8 month old": an age under 18 names a child.
_CHILD_AGE = re.compile(
    r"\b(1[0-7]|[1-9])[\s-]*(?:years?|yrs?|y/?o)(?:[\s-]*old)?\b|\b(1[0-7]|[1-9])yo\b"
    r"|\b\d{1,2}[\s-]*(?:months?|weeks?)[\s-]*old\b"
)
# "my mum is 75", "a 70 year old", "over 65", "in her 80s": an age of 65 or more names an
# older adult.
_OLDER_AGE = re.compile(
    r"\b(?:6[5-9]|[7-9]\d|10\d)[\s-]*(?:years?|yrs?|y/?o)\b"
    r"|\b(?:(?:i|he|she)(?:\s+is|\s+am|'s|'m)|im|(?:mum|mom|dad|mother|father|husband|wife|"
    r"partner|grandma|grandpa|grandmother|grandfather|nan|gran)\s+is|aged|turning|turned|over)"
    r"\s+(?:6[5-9]|[7-9]\d|10\d)\b(?!\s*(?:kg|kgs|kilos?|lbs?|pounds?|g|%|mg|cm))"
    r"|\bin (?:his|her|their|my) (?:60|70|80|90)s\b"
)
# Phrases that name a pregnancy without its words ("morning sickness", "12 weeks along").
_PREGNANCY_PHRASE = re.compile(r"\bmorning sickness\b|\bweeks? along\b")


# "Pill" and "tablet" name a medicine unless the question names a supplement ("calcium
# pills", "iron tablets", "vitamin d pills" are supplements, not medicines).
_PILL_WORDS = frozenset(tokenize("pill pills tablet tablets"))
_SUPPLEMENT_WORDS = frozenset(
    tokenize("supplement supplements vitamin vitamins multivitamin mineral minerals calcium "
             "iron magnesium zinc selenium iodine potassium folic biotin melatonin creatine "
             "fish oil omega collagen probiotic probiotics fibre fiber psyllium")
)  # fmt: skip


def _audience(terms: list[str], text: str = "") -> str | None:
    """The first group of people ``terms`` (or an age or phrase in ``text``) name, if any."""
    words_named = set(terms)
    if words_named & _SUPPLEMENT_WORDS and not (
        words_named & (AUDIENCES["medicines"] - _PILL_WORDS)
    ):
        words_named -= _PILL_WORDS
    named = next((name for name, words in AUDIENCES.items() if words & words_named), None)
    lowered = text.lower()
    if named is None and _CHILD_AGE.search(lowered):
        return "children"
    if named is None and _PREGNANCY_PHRASE.search(lowered):
        return "pregnancy"
    if named is None and _OLDER_AGE.search(lowered):
        return "older"
    return named


KNOWLEDGE_FILE = Path(__file__).resolve().parents[2] / "data" / "assistant" / "knowledge_base.json"


@dataclass(frozen=True)
class Entry:
    """One knowledge-base entry."""

    id: str
    title: str
    text: str
    source: str
    keywords: str = ""


@dataclass(frozen=True)
class KnowledgeHit:
    """An entry found for a query, with its BM25 score."""

    entry: Entry
    score: float
    coverage: float = 1.0


class KnowledgeBase:
    """Entries and their BM25 index."""

    def __init__(self, entries: list[Entry]) -> None:
        if len({e.id for e in entries}) != len(entries):
            raise ValueError("knowledge-base ids must be unique")
        self.entries = entries
        documents = [tokenize(f"{e.title} {e.title} {e.keywords} {e.text}") for e in entries]
        self.index = BM25(documents)
        self.vocabularies = [frozenset(doc) for doc in documents]
        # Adjacent word pairs of each entry, for the phrase bonus ("carbs at night").
        self.pairs = [frozenset(zip(doc, doc[1:], strict=False)) for doc in documents]
        # The group of people an entry is written for, read from its title ("Caffeine in
        # pregnancy", "Added sugar for children"): None for entries for everyone.
        self.audiences = [_audience(tokenize(e.title)) for e in entries]
        # A word no entry holds is as rare as a word can be: the largest idf.
        self.unseen_idf = math.log(1.0 + (len(entries) + 0.5) / 0.5)

    @classmethod
    def from_file(cls, path: Path = KNOWLEDGE_FILE) -> KnowledgeBase:
        """Load entries from the JSON data file."""
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = [
            Entry(
                id=item["id"],
                title=item["title"],
                text=item["text"],
                source=item["source"],
                keywords=item.get("keywords", ""),
            )
            for item in data["entries"]
        ]
        return cls(entries)

    def search(
        self, query: str, limit: int = 3, min_coverage: float = 0.0, cover: str | None = None
    ) -> list[KnowledgeHit]:
        """The best entries for ``query``, best first (only positive scores).

        With ``min_coverage``, only entries holding at least that share of the question's
        content words (idf-weighted) are kept, so one shared generic word never makes an
        answer; entries written for a group of people are kept only for questions about
        that group; the rest are ranked by BM25 with the title, word-pair and coverage
        weights of ``rank`` below.
        """
        terms = tokenize(query)
        # A question of generic words only ("is it bad to work out every day") is judged
        # on all its words, so an entry still has to hold them. With ``cover`` (the
        # question inside a longer message) the whole message ranks the entries but only
        # the question's words must be covered.
        covered = tokenize(cover) if cover else terms
        content = content_words(covered)
        generic_only = not content
        if generic_only:
            content = _all_words(covered)
        # Coverage and audience filter the BM25 list, so look further down it than asked.
        hits = self.index.search(terms, limit=max(limit, 25) if min_coverage else limit)
        found = [
            KnowledgeHit(self.entries[h.index], h.score, self._coverage(content, h.index))
            for h in hits
        ]
        found = [h for h in found if h.coverage >= min_coverage and h.coverage > 0]
        if min_coverage:
            # The weighted share lets one rare word stand for the question; it must not stand
            # for most of it ("is quinoa good for weight loss" is not answered by an entry
            # that lists quinoa among gluten-free grains and never mentions weight loss).
            found = [h for h in found if self._plain_coverage(content, h) >= MIN_PLAIN_COVERAGE]
        if generic_only:
            # Generic words say little: only an entry whose title holds them all answers.
            found = [h for h in found if self._title_coverage(content, h) == 1.0]
        if min_coverage:
            audience = _audience(terms, query)
            position = {id(e): i for i, e in enumerate(self.entries)}

            # An entry written for a group (children, pregnancy, diabetes, medicines)
            # answers a question about that group only: asked by anyone else, its advice
            # is for other people ("how much sugar per day" is not the children's limit,
            # "coffee on an empty stomach" is not about levothyroxine).
            found = [h for h in found if self.audiences[position[id(h.entry)]] in (None, audience)]

            def rank(hit: KnowledgeHit) -> tuple[bool, float]:
                index = position[id(hit.entry)]
                # With a group named, its own entries come before general ones.
                elsewhere = audience is not None and self.audiences[index] != audience
                # Among entries that cover the question, a title naming its topic earns a
                # modest bonus over an entry that mentions the words in passing ("sodium"
                # in a hydration entry), as does holding the question's word pairs side by
                # side ("carbs at night"); BM25 still decides between the rest.
                bonus = 1 + TITLE_BONUS * self._title_coverage(content, hit)
                bonus += PAIR_BONUS * self._pair_share(content, index)
                # Coverage weighs in squared: an entry holding all the question's words
                # beats a longer one that scores on a few of them.
                return (elsewhere, -hit.score * bonus * hit.coverage**2)

            found.sort(key=rank)
        return found[:limit]

    def _plain_coverage(self, content: list[str], hit: KnowledgeHit) -> float:
        """The unweighted share of the question's content words the entry holds."""
        vocabulary = self.vocabularies[self._position(hit)]
        return sum(term in vocabulary for term in content) / len(content) if content else 0.0

    def _position(self, hit: KnowledgeHit) -> int:
        return next(i for i, e in enumerate(self.entries) if e is hit.entry)

    def _pair_share(self, content: list[str], index: int) -> float:
        pairs = list(zip(content, content[1:], strict=False))
        if not pairs:
            return 0.0
        return sum(pair in self.pairs[index] for pair in pairs) / len(pairs)

    def _title_coverage(self, content: list[str], hit: KnowledgeHit) -> float:
        title = set(tokenize(hit.entry.title))
        return sum(term in title for term in content) / len(content) if content else 0.0

    def _coverage(self, content: list[str], index: int) -> float:
        """The idf-weighted share of the question's content words the entry holds.

        Weighted, because the rare word is usually the subject: "is oatmeal good for
        weight loss" is about oatmeal, and an entry on weight loss that never mentions it
        does not answer it, though it holds two of the three words.
        """
        if not content:
            return 0.0
        vocabulary = self.vocabularies[index]
        weights = [self.index.idf.get(term, self.unseen_idf) for term in content]
        held = sum(w for term, w in zip(content, weights, strict=True) if term in vocabulary)
        return held / sum(weights)

    def get(self, entry_id: str) -> Entry | None:
        """The entry with ``entry_id``, if any."""
        return next((e for e in self.entries if e.id == entry_id), None)


# Where a question starts inside a long message: after a clause break, a question word
# or "is it true that" ("..., is it actually true that eating late makes you gain weight").
_QUESTION_START = re.compile(
    r"(?:^|[.!?;,]\s+|\s(?:and|but|so|because|like)\s+)"
    r"(?=(?:is it|is that|are|is|does|do|can|should|will|would|how|what|why|when|which)\b)",
    re.IGNORECASE,
)
LONG_MESSAGE_WORDS = 6
# A number, with or without its unit ("30", "30g", "500kcal"): no topic of its own.
_NUMBER = re.compile(r"^\d+[a-z]{0,4}$")


# Sentence ends: a question mark or full stop followed by the next sentence.
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=\S)")


def question_focus(text: str) -> str | None:
    """The question of a long message, for a knowledge search the story around it would
    dilute; None for short messages.

    In a message of several sentences, the sentence that asks (ends with "?") is the
    question ("Which foods are good sources of magnesium? I get cramp in my calves.").
    Inside it, the last clause that opens like a question, unless that clause only points
    back ("what is the glycaemic index and should I pay attention to it?": "it"), when the
    clause before it names the topic.
    """
    if len(text.split()) <= LONG_MESSAGE_WORDS:
        return None
    sentences = [s for s in _SENTENCE_END.split(text.strip()) if s.strip()]
    asked = [s for s in sentences if s.rstrip().endswith("?")]
    question = asked[-1] if len(sentences) > 1 and asked else text
    starts = [m.end() for m in _QUESTION_START.finditer(question)]
    candidates = [question[start:].strip() for start in reversed(starts)]
    if question is not text:
        candidates.append(question.strip())
    for focus in candidates:
        if not 3 <= len(focus.split()) < len(text.split()):
            continue
        if content_words(tokenize(focus)):
            return focus
        # "should I pay attention to it": no topic of its own; the clause before it has one.
        before = question[: question.find(focus)].strip(" ,;")
        if before and content_words(tokenize(before)) and len(before.split()) >= 3:
            return before
    return None


# Words that judge rather than name a topic ("is it bad to ..."): left out even when a
# question is judged on its generic words.
_VERDICT_WORDS = frozenset(
    tokenize("good bad best worst better worse ok okay fine safe healthy unhealthy normal")
)


def _all_words(terms: list[str]) -> list[str]:
    """The topic-ish words of a question made of generic words only ("is it bad to work
    out every day": work, every); none for one scrap ("u there?"), which nothing answers."""
    words = [
        t
        for t in dict.fromkeys(terms)
        if len(t) >= 3 and not _NUMBER.match(t) and t not in _VERDICT_WORDS
    ]
    return words if len(words) >= 2 else []


def content_words(terms: list[str]) -> list[str]:
    """The distinct topic words of a tokenised question (generic and numeric words dropped)."""
    return [t for t in dict.fromkeys(terms) if t not in GENERIC_WORDS and not _NUMBER.match(t)]


@lru_cache(maxsize=1)
def default_knowledge_base() -> KnowledgeBase:
    """The shipped knowledge base, loaded and indexed once."""
    return KnowledgeBase.from_file()
