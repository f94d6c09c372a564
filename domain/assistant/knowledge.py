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


class KnowledgeBase:
    """Entries and their BM25 index."""

    def __init__(self, entries: list[Entry]) -> None:
        if len({e.id for e in entries}) != len(entries):
            raise ValueError("knowledge-base ids must be unique")
        self.entries = entries
        self.index = BM25([tokenize(f"{e.title} {e.title} {e.keywords} {e.text}") for e in entries])

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

    def search(self, query: str, limit: int = 3) -> list[KnowledgeHit]:
        """The best entries for ``query``, best first (only positive scores)."""
        hits = self.index.search(tokenize(query), limit=limit)
        return [KnowledgeHit(self.entries[hit.index], hit.score) for hit in hits]

    def get(self, entry_id: str) -> Entry | None:
        """The entry with ``entry_id``, if any."""
        return next((e for e in self.entries if e.id == entry_id), None)


@lru_cache(maxsize=1)
def default_knowledge_base() -> KnowledgeBase:
    """The shipped knowledge base, loaded and indexed once."""
    return KnowledgeBase.from_file()
