"""The diet vocabulary: aliases, what each preference implies, unknown counts as unsafe."""

from __future__ import annotations

import pytest

from domain.diet import (
    GLUTEN,
    LOW_SODIUM_LIMIT_MG,
    SODIUM_LIMIT_MG,
    build_restrictions,
    close_diet_tags,
    diet_tags_from_contents,
    preference_for,
    restrictions_from_profile,
)


@pytest.mark.parametrize(
    ("word", "preference"),
    [
        ("Gluten-free", "gluten_free"),
        ("gluten free", "gluten_free"),
        ("celiac", "gluten_free"),
        ("keto", "low_carb"),
        ("Low Carb", "low_carb"),
        ("plant-based", "vegan"),
        ("pescetarian", "pescatarian"),
        ("lactose free", "dairy_free"),
        ("low salt", "low_sodium"),
        ("paleo", None),
    ],
)
def test_everyday_words_name_preferences(word: str, preference: str | None) -> None:
    assert preference_for(word) == preference


def test_preferences_imply_their_exclusions() -> None:
    vegan = build_restrictions(["vegan"])
    assert vegan.diets == {"vegan"}
    assert {"milk", "egg", "fish", "shellfish"} <= vegan.allergens
    gluten_free = build_restrictions(["gluten_free"])
    assert {"wheat", GLUTEN} <= gluten_free.allergens
    assert build_restrictions(["dairy_free"]).allergens == {"milk"}
    # pescatarian allows fish and shellfish; vegetarian allows milk and eggs
    assert build_restrictions(["pescatarian"]).allergens == frozenset()
    assert build_restrictions(["vegetarian"]).allergens == {"fish", "shellfish"}


def test_soft_preferences_exclude_nothing_but_change_limits() -> None:
    soft = build_restrictions(["low_carb", "low_sodium"])
    assert soft.is_empty and soft.low_carb and soft.low_sodium
    assert soft.sodium_limit_mg == LOW_SODIUM_LIMIT_MG
    assert build_restrictions([]).sodium_limit_mg == SODIUM_LIMIT_MG


def test_allergy_words_and_unknown_words() -> None:
    restrictions = build_restrictions([], ["nuts", "Dairy", "gluten", "strawberries"])
    assert restrictions.allergens == {"tree_nuts", "peanuts", "milk", "wheat", GLUTEN}
    assert restrictions.avoid_words == ("strawberries",)
    assert not restrictions.allows_tags(["vegan"], [], name="Strawberries, raw")
    ignored = build_restrictions(["paleo", "vegan"])
    assert ignored.ignored == ("paleo",) and ignored.diets == {"vegan"}


def test_unknown_allergens_are_unsafe_for_the_person_they_could_harm() -> None:
    peanut = build_restrictions([], ["peanuts"])
    assert not peanut.allows_tags([], [], unknown_allergens=["peanuts"])
    assert peanut.allows_tags([], [], unknown_allergens=["milk"])
    assert not peanut.allows_tags([], None)  # nothing known at all
    assert build_restrictions().allows_tags([], None)  # nobody is harmed


def test_diet_tags_are_closed_under_implication() -> None:
    assert close_diet_tags(["vegan"]) == {"vegan", "vegetarian", "pescatarian", "dairy_free"}
    vegetarian = build_restrictions(["vegetarian"])
    assert vegetarian.allows_tags(["vegan"], [])
    assert not vegetarian.allows_tags(["pescatarian"], [])


def test_diet_tags_from_contents() -> None:
    plain = diet_tags_from_contents([], [], meat=False, animal=False)
    assert plain == {"vegan", "vegetarian", "pescatarian", "gluten_free", "dairy_free"}
    cheese_pizza = diet_tags_from_contents(["milk", "wheat", GLUTEN], [], meat=False, animal=True)
    assert cheese_pizza == {"vegetarian", "pescatarian"}
    tuna = diet_tags_from_contents(["fish"], [], meat=False, animal=True)
    assert tuna == {"pescatarian", "gluten_free", "dairy_free"}
    ham = diet_tags_from_contents([], [], meat=True, animal=True)
    assert ham == {"gluten_free", "dairy_free"}
    # an unsettled milk question takes dairy_free (and vegan) away
    unsure = diet_tags_from_contents([], ["milk"], meat=False, animal=False)
    assert "dairy_free" not in unsure and "vegan" not in unsure


def test_profiles_objects_and_mappings_agree() -> None:
    class Profile:
        dietary_preferences = ("vegan",)
        allergies = ("sesame",)

    from_object = restrictions_from_profile(Profile())
    from_mapping = restrictions_from_profile(
        {"dietary_preferences": ["vegan"], "allergies": ["sesame"]}
    )
    assert from_object == from_mapping
    assert "sesame" in from_object.allergens
