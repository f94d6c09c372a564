"""How benchmarks print: one ``name value unit`` line per figure, ``#`` for notes."""

from __future__ import annotations


def format_value(value: float) -> str:
    """A figure with sensible precision: whole numbers stay whole, small ones keep 3 digits."""
    if value == int(value) and abs(value) >= 1:
        return str(int(value))
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def emit(name: str, value: float, unit: str) -> None:
    """Print one result line, ``name value unit``, for people and scripts alike."""
    print(f"{name} {format_value(value)} {unit}", flush=True)


def note(text: str) -> None:
    """Print a note (setup, caveats); scripts reading results skip ``#`` lines."""
    print(f"# {text}", flush=True)
