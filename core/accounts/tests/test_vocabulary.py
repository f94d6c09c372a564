"""The profile accepts exactly the diet vocabulary's words (one declaration, in domain)."""

from __future__ import annotations

from core.accounts import choices
from core.catalog import tags
from domain import diet


def test_profile_choices_are_the_diet_vocabulary() -> None:
    assert choices.DIETARY_PREFERENCES == diet.DIETARY_PREFERENCES
    assert choices.ALLERGENS == diet.ALLERGENS


def test_catalog_tags_are_the_diet_vocabulary() -> None:
    assert tags.DIETS == diet.DIET_TAGS
    assert tags.ALLERGENS == diet.ALLERGENS
