"""The one set of profile ranges: what the core accepts is what every planner can use.

The core's validation (``core.accounts.validators``: serializers, admin, the weight log)
and the domain (``domain.targets``, ``domain.workouts.request``) import these ranges; none
keeps its own copy, so a profile the core accepts never gets a 400 from a planner for
being out of range.

Why these bounds (inclusive):

- **age 18-120 years.** The energy equations (Mifflin-St Jeor, Katch-McArdle), the AMDR
  and the protein factors in ``domain.targets`` are adult equations (Mifflin et al., AJCN
  1990 was fitted on 19-78 year olds; IOM 2002 AMDR for children differ: fat 25-35 %
  from 4 y), so the product is for adults. 120 covers the oldest documented lifespans.
- **height 100-250 cm.** Covers adults with short stature (achondroplasia: adult height
  around 120-130 cm) up to the tallest recorded people (about 251 cm, Guinness); below
  100 cm a typo in metres or inches is far more likely than a real adult.
- **weight 30-350 kg.** 30 kg is below a BMI of 13 at 150 cm (severe thinness is < 16,
  WHO); 350 kg admits people with severe obesity, for whom the protein reference weight
  (BMI 25, ``domain.targets.protein_reference_weight``) keeps targets sensible.
- **body fat 3-70 %.** Essential fat is about 2-5 % in men and 10-13 % in women (ACE);
  3 % is the lowest plausible measurement; above 70 % the Katch-McArdle lean mass is
  implausibly small.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class ProfileRange:
    """An inclusive range of one profile field, with the unit used in messages."""

    field: str  # API field name (core.accounts.User)
    low: float
    high: float
    unit: str
    integer: bool = False  # the core stores whole years

    def __iter__(self) -> Iterator[float]:  # ``low, high = AGE`` unpacking
        return iter((self.low, self.high))

    def contains(self, value: float) -> bool:
        """True for a finite number inside the range (bounds included)."""
        return math.isfinite(value) and self.low <= value <= self.high

    @property
    def message(self) -> str:
        """The error message, stating the range: ``Must be between 18 and 120 years.``"""
        return f"Must be between {self.low:g} and {self.high:g} {self.unit}."


AGE = ProfileRange("age", 18, 120, "years", integer=True)
HEIGHT_CM = ProfileRange("height", 100.0, 250.0, "cm")
WEIGHT_KG = ProfileRange("weight", 30.0, 350.0, "kg")
# "percent", not "%": Django and DRF %-format validator messages.
BODY_FAT_PERCENT = ProfileRange("body_fat_percent", 3.0, 70.0, "percent")

# API field name -> range.
PROFILE_RANGES: dict[str, ProfileRange] = {
    r.field: r for r in (AGE, HEIGHT_CM, WEIGHT_KG, BODY_FAT_PERCENT)
}


def range_error(field: str, value: object) -> str | None:
    """Why ``value`` is not acceptable for ``field`` (a message stating the range), or None.

    ``None`` and fields without a range are acceptable here; whether a field is required
    is the caller's business.
    """
    bounds = PROFILE_RANGES.get(field)
    if bounds is None or value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "Must be a number."
    return None if bounds.contains(float(value)) else bounds.message
