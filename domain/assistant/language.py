"""Is a message written in English? The local assistant only understands English.

Two signals, no model: a script other than Latin (CJK, kana, Hangul, Cyrillic, Arabic,
Hebrew, Devanagari, Thai, Greek), or more function words of another common language than
of English ("wie viel", "combien de", "quantas", "cuantas"). Function words are the most
frequent words of a language and rarely collide with food names, so a few of them are
enough; English food words inside a foreign sentence do not change the verdict.
"""

from __future__ import annotations

import re
import unicodedata

_NON_LATIN = re.compile(
    "[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f"
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)
_WORD = re.compile(r"[^\W\d_]+")

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset(
        [
            "ich",
            "du",
            "wie",
            "viel",
            "viele",
            "was",
            "ist",
            "sind",
            "ein",
            "eine",
            "einen",
            "der",
            "die",
            "das",
            "und",
            "nicht",
            "mit",
            "für",
            "auf",
            "brauche",
            "habe",
            "kann",
            "soll",
            "wieviel",
            "kalorien",
            "eiweiß",
            "wann",
            "warum",
            "welche",
            "heute",
            "gestern",
        ]
    ),
    "fr": frozenset(
        [
            "je",
            "tu",
            "combien",
            "de",
            "des",
            "les",
            "une",
            "est",
            "sont",
            "pour",
            "avec",
            "dans",
            "pas",
            "que",
            "qui",
            "quoi",
            "ce",
            "cette",
            "mon",
            "ma",
            "mes",
            "il",
            "elle",
            "nous",
            "vous",
            "dois",
            "puis",
            "aujourd",
            "hier",
            "manger",
        ]
    ),
    "es": frozenset(
        [
            "yo",
            "cuantas",
            "cuantos",
            "cuánto",
            "cuántas",
            "cuántos",
            "qué",
            "que",
            "cómo",
            "como",
            "una",
            "las",
            "los",
            "del",
            "con",
            "por",
            "para",
            "es",
            "son",
            "mi",
            "mis",
            "hoy",
            "ayer",
            "tengo",
            "debo",
            "puedo",
            "comer",
            "calorías",
            "desayuno",
            "cena",
            "el",
        ]
    ),
    "pt": frozenset(
        [
            "eu",
            "quantas",
            "quantos",
            "quanto",
            "um",
            "uma",
            "tem",
            "têm",
            "não",
            "com",
            "para",
            "por",
            "é",
            "são",
            "meu",
            "minha",
            "hoje",
            "ontem",
            "devo",
            "posso",
            "comer",
            "calorias",
            "pão",
            "café",
        ]
    ),
    "it": frozenset(
        [
            "io",
            "quante",
            "quanti",
            "quanto",
            "una",
            "il",
            "gli",
            "della",
            "con",
            "per",
            "è",
            "sono",
            "mio",
            "mia",
            "oggi",
            "ieri",
            "devo",
            "posso",
            "mangiare",
            "calorie",
        ]
    ),
    "nl": frozenset(
        [
            "ik",
            "hoeveel",
            "hoe",
            "wat",
            "een",
            "het",
            "zijn",
            "niet",
            "met",
            "voor",
            "mijn",
            "vandaag",
            "eten",
        ]
    ),
    "tr": frozenset(
        [
            "kaç",
            "ne",
            "bugün",
            "dün",
            "kalori",
            "kalorisi",
            "yedim",
            "yedin",
            "içtim",
            "mi",
            "mı",
            "mu",
            "mü",
            "var",
            "bir",
            "ve",
            "için",
            "nasıl",
            "kadar",
            "ben",
            "benim",
            "protein",
            "yemek",
            "yiyebilir",
            "miyim",
            "ekmek",
        ]
    ),
    "pl": frozenset(
        [
            "ile",
            "ma",
            "jest",
            "czy",
            "co",
            "jak",
            "ja",
            "mam",
            "dzisiaj",
            "wczoraj",
            "kalorii",
            "kalorie",
            "białka",
            "białko",
            "zjadłem",
            "zjadłam",
            "mogę",
            "powinienem",
            "powinnam",
            "w",
            "na",
            "dla",
            "jeść",
        ]
    ),
    # Tagalog (Filipino): its particles and question words, which English never uses.
    "tl": frozenset(
        [
            "ang",
            "ng",
            "mga",
            "sa",
            "ako",
            "ko",
            "ba",
            "ano",
            "po",
            "lang",
            "kung",
            "hindi",
            "siya",
            "naman",
            "kasi",
            "yung",
            "nang",
            "paano",
            "magkano",
            "ilan",
            "gusto",
            "kumain",
            "pagkain",
            "almusal",
            "tanghalian",
            "hapunan",
            "magandang",
            "para",
            "ito",
            "ay",
        ]
    ),
}
ENGLISH = frozenset(
    [
        "i",
        "you",
        "how",
        "many",
        "much",
        "what",
        "is",
        "are",
        "a",
        "an",
        "the",
        "and",
        "in",
        "of",
        "for",
        "my",
        "me",
        "do",
        "does",
        "did",
        "can",
        "should",
        "to",
        "on",
        "it",
        "with",
        "have",
        "has",
        "today",
        "yesterday",
        "calories",
        "eat",
        "ate",
        "protein",
        "much",
        "this",
        "that",
    ]
)
_LATIN_NON_ENGLISH = set("ßñçãõâêîôûàèìòùáíóúäöüœ¿¡")
# Letters of Latin-script languages that English text never uses (Turkish, Polish, Czech,
# Romanian, Hungarian, Nordic): with hardly any English function word, the message is in
# one of them even when none of its words is in a list above.
_NEVER_ENGLISH = set("ğışąęłńśźżřěůőűåøæășț")


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def detect(text: str) -> str:
    """``"en"``, a language code (``"de"``, ``"fr"``, ...), or ``"other"`` for other scripts."""
    if _NON_LATIN.search(text):
        return "other"
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return "en"
    english = sum(w in ENGLISH for w in words)
    scores = {
        code: sum(w in vocab or _fold(w) in vocab for w in words)
        for code, vocab in FUNCTION_WORDS.items()
    }
    best = max(scores, key=lambda code: scores[code])
    accents = any(c in _LATIN_NON_ENGLISH for c in text.lower())
    needed = 1 if accents else 2
    if scores[best] >= needed and scores[best] > english:
        return best
    if english < 2 and any(c in _NEVER_ENGLISH for c in text.lower()):
        return "other"
    return "en"


def unsupported_language_answer() -> str:
    """Said in English: the assistant only understands English."""
    return (
        "Sorry, I only understand English for now, so I can't read this message. Please ask "
        'again in English, for example "How many calories are in a banana?" or "How much '
        'protein have I had today?"'
    )
