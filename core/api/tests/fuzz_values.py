"""Hostile JSON values for the schema fuzzers of both services (issue #15).

Schemathesis draws values that fit the schema; the probe that found most of #15's 500s
used values no schema describes: lone surrogates and NUL in text, integers hundreds of
digits long, ``NaN``/``Infinity`` tokens and JSON nested past any sane depth. These
strategies make such values, and ``raw_json`` writes them the way a hostile client would
(``json.dumps`` would refuse or escape some of them differently).
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

# A sentinel rendered as a bare token (NaN, Infinity, a 400-digit integer) by raw_json.
RAW_TOKEN_PREFIX = "\x00raw:"


def _raw(token: str) -> str:
    return RAW_TOKEN_PREFIX + token


lone_surrogates = st.sampled_from(["\ud800", "\udfff", "a\ud83dz", "\udc00\ud800"])
text_with_nul = st.sampled_from(["\x00", "bread\x00butter"])
hostile_text = st.one_of(
    lone_surrogates,
    text_with_nul,
    st.text(alphabet=st.characters(categories=["Cs", "Cc", "Co"]), min_size=1, max_size=8),
    st.just("x" * 100_000),
)
huge_numbers = st.one_of(
    st.sampled_from([_raw("9" * 400), _raw("-" + "9" * 400), _raw("1e400"), _raw("-1e400")]),
    st.sampled_from([1e308, -1e308, 2**63, -(2**63) - 1, 2**64, 5e-324]),
)
non_finite = st.sampled_from([_raw("NaN"), _raw("Infinity"), _raw("-Infinity")])


def deep(depth: int, kind: str = "list") -> str:
    """JSON nested ``depth`` levels as a raw token (arrays or objects)."""
    if kind == "list":
        return _raw("[" * depth + "]" * depth)
    return _raw('{"a":' * depth + "1" + "}" * depth)


deep_nesting = st.sampled_from([deep(40), deep(1500), deep(40, "dict"), deep(1500, "dict")])
hostile_value = st.one_of(hostile_text, huge_numbers, non_finite, deep_nesting)


def raw_json(value: Any) -> bytes:
    """``value`` as JSON bytes, with raw tokens inlined and surrogates kept as escapes."""
    if isinstance(value, str) and value.startswith(RAW_TOKEN_PREFIX):
        return value[len(RAW_TOKEN_PREFIX) :].encode()
    if isinstance(value, dict):
        parts = [json.dumps(str(k)).encode() + b":" + raw_json(v) for k, v in value.items()]
        return b"{" + b",".join(parts) + b"}"
    if isinstance(value, list):
        return b"[" + b",".join(raw_json(v) for v in value) + b"]"
    # ensure_ascii (the default) writes a lone surrogate as the escape \ud800.
    return json.dumps(value).encode()


def hostile_bodies(properties: list[str]) -> st.SearchStrategy[bytes]:
    """JSON object bodies where one or two of ``properties`` (or an unknown key, or the
    whole body) hold a hostile value."""
    keys = st.sampled_from([*properties, "unexpected"]) if properties else st.just("unexpected")
    one_field = st.dictionaries(keys, hostile_value, min_size=1, max_size=2)
    return st.one_of(one_field.map(raw_json), hostile_value.map(raw_json))
