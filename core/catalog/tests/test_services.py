"""portion_grams and nutrients_for: what the food log and planners compute amounts with."""

from __future__ import annotations

import pytest

from core.catalog.models import CatalogFood
from core.catalog.services import nutrients_for, portion_grams
from core.catalog.tags import infer_allergens, infer_diets

pytestmark = pytest.mark.usefixtures("starter_catalog")


def food(ndb: str) -> CatalogFood:
    return CatalogFood.objects.get(ndb_no=ndb)


@pytest.mark.parametrize(
    ("ndb", "label", "quantity", "grams"),
    [
        ("01123", "1 large", 2, 100),
        ("01123", "large", 1, 50),
        ("01123", "2 Large", 1, 100),
        ("01123", "1 extra large", 1, 56),
        ("09040", "1 medium", 1, 118),  # 'medium (7" to 7-7/8" long)'
        ("09040", '1 medium (7" to 7-7/8" long)', 0.5, 59),
        ("09040", "1 cup, mashed", 1, 225),
        ("01001", "1 tbsp", 3, 42.6),
        ("20045", "1/2 cup", 1, 79),
    ],
)
def test_portion_grams(ndb: str, label: str, quantity: float, grams: float) -> None:
    assert portion_grams(food(ndb), label, quantity) == pytest.approx(grams)


def test_unknown_portion_or_bad_quantity_is_a_clear_value_error() -> None:
    egg = food("01123")
    with pytest.raises(
        ValueError, match=r'Unknown portion "1 slice" for egg; known portions: "1 large"'
    ):
        portion_grams(egg, "1 slice")
    for quantity in (0, -1, float("nan"), float("inf"), "2", True):
        with pytest.raises(ValueError):
            portion_grams(egg, "1 large", quantity)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        portion_grams(egg, "   ")


def test_nutrients_for_scales_usda_values_and_leaves_unknowns_out() -> None:
    calories, nutrients = nutrients_for(food("01123"), 100)
    assert calories == 143 and nutrients["protein"] == 12.56 and nutrients["cholesterol"] == 372
    calories, nutrients = nutrients_for(food("01001"), 14.2)  # 1 tbsp butter
    assert calories == 101.8  # 717 kcal/100 g (USDA), not 4/4/9's 734
    _, chia = nutrients_for(food("12006"), 28)
    assert "sugar" not in chia and chia["fiber"] == pytest.approx(34.4 * 0.28)
    for grams in (0, -5, float("nan")):
        with pytest.raises(ValueError):
            nutrients_for(food("01123"), grams)


def test_tag_inference_is_conservative() -> None:
    assert infer_allergens("Squash, winter, butternut, raw") == []
    assert infer_allergens("Spices, nutmeg, ground") == []
    assert infer_allergens("Cookies, peanut butter, commercially prepared") == ["milk", "peanuts"]
    assert infer_diets("Apples, raw, with skin", "0900") == []  # "with": not settled
    assert infer_diets("Lentils, raw", "1600") == [
        "vegan",
        "vegetarian",
        "pescatarian",
        "gluten_free",
        "halal",
    ]
    assert infer_diets("Wheat flour, white, all-purpose", "2000") == [
        "vegan",
        "vegetarian",
        "pescatarian",
        "halal",
    ]
    assert infer_diets("Chicken, broilers or fryers, breast", "0500") == []
