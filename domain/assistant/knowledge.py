"""The assistant's knowledge base: short entries we wrote, each with its source, ranked by BM25.

The data lives in ``data/assistant/knowledge_base.json``; it is loaded and indexed once
per process (``default_knowledge_base``). Titles and keywords are indexed with the text,
titles twice, because a question usually names the topic in the title's words.
"""

from __future__ import annotations

import json
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
        "work works true myth real fact facts question quick time times long often"
    )
)
# Share of a question's content words an entry must contain to answer it.
MIN_COVERAGE = 0.6
# Share of the BM25 score added when the entry's title holds all the question's content words.
TITLE_BONUS = 0.25

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

    def search(self, query: str, limit: int = 3, min_coverage: float = 0.0) -> list[KnowledgeHit]:
        """The best entries for ``query``, best first (only positive scores).

        With ``min_coverage``, only entries holding at least that share of the question's
        content words are kept, so one shared generic word never makes an answer.
        """
        terms = tokenize(query)
        content = content_words(terms)
        hits = self.index.search(terms, limit=max(limit, 10) if min_coverage else limit)
        found = [
            KnowledgeHit(self.entries[h.index], h.score, self._coverage(content, h.index))
            for h in hits
        ]
        found = [h for h in found if h.coverage >= min_coverage and h.coverage > 0]
        if min_coverage:
            # Among entries that cover the question, a title naming its topic earns a modest
            # bonus over an entry that mentions the words in passing ("sodium" in a
            # hydration entry); BM25 still decides between titled entries.
            found.sort(
                key=lambda h: (
                    -h.coverage,
                    -h.score * (1 + TITLE_BONUS * self._title_coverage(content, h)),
                )
            )
        return found[:limit]

    def _title_coverage(self, content: list[str], hit: KnowledgeHit) -> float:
        title = set(tokenize(hit.entry.title))
        return sum(term in title for term in content) / len(content) if content else 0.0

    def _coverage(self, content: list[str], index: int) -> float:
        if not content:
            return 0.0
        vocabulary = self.vocabularies[index]
        return sum(term in vocabulary for term in content) / len(content)

    def get(self, entry_id: str) -> Entry | None:
        """The entry with ``entry_id``, if any."""
        return next((e for e in self.entries if e.id == entry_id), None)


def content_words(terms: list[str]) -> list[str]:
    """The distinct topic words of a tokenised question (generic and numeric words dropped)."""
    return [t for t in dict.fromkeys(terms) if t not in GENERIC_WORDS and not t.isdigit()]


@lru_cache(maxsize=1)
def default_knowledge_base() -> KnowledgeBase:
    """The shipped knowledge base, loaded and indexed once."""
    return KnowledgeBase.from_file()
