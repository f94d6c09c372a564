"""FNDDS foods as eaten in the catalog tables: rows, portions, idempotency, commands."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from ai import tables
from core.catalog.fndds import load_fndds_catalog
from core.catalog.models import CatalogFood, CatalogPortion, DataSource, FoodKind
from core.catalog.starter import load_starter_catalog
from core.catalog.tests.conftest import KNOWN_FNDDS_FOODS

pytestmark = pytest.mark.django_db


def test_fndds_rows_know_what_they_are(fndds_foods) -> None:
    assert fndds_foods.created == len(KNOWN_FNDDS_FOODS)
    chips = CatalogFood.objects.get(food_code="71200100")
    assert chips.kind == FoodKind.FOOD_AS_EATEN and chips.data_source == DataSource.FNDDS
    assert chips.ndb_no is None and chips.description == "Potato chips, plain"
    assert (chips.wweia_category_code, chips.wweia_category) == ("5002", "Potato chips")
    assert chips.category == "snacks"
    assert chips.energy_kcal == 532 and chips.protein == 6.39 and chips.fats == 33.98
    assert chips.nutrients["sodium"] == 527 and chips.nutrients["trans_fat"] is None
    assert chips.usda_nutrients["208"] == 532 and len(chips.usda_nutrients) == 65
    assert chips.meal_suitability == ["snack"]  # derived by domain.fndds_meals (WWEIA 5002)
    portions = list(
        chips.portions.order_by("seq").values_list("label", "gram_weight", "is_default")
    )
    assert portions[1] == ("1 small single serving bag", 28.0, False)
    assert portions[-1] == ("Quantity not specified", 28.0, True)
    assert [p.amount for p in chips.portions.all()] == [1.0] * len(portions)
    assert chips.search_text.startswith(" | potato chips, plain")


def test_search_text_holds_the_other_names(fndds_foods) -> None:
    burger = CatalogFood.objects.get(food_code="41811890")
    common, _, names = burger.search_text.partition(" | ")
    assert common == "" and names == "veggie burger patty, no bun ~ vegetarian; soy or bean burger"


def test_loading_twice_changes_nothing_and_keeps_a_given_name(fndds_foods) -> None:
    CatalogFood.objects.filter(food_code="92101000").update(common_name="black coffee")
    before = CatalogPortion.objects.count()
    again = load_fndds_catalog(KNOWN_FNDDS_FOODS)
    assert (again.created, again.updated) == (0, len(KNOWN_FNDDS_FOODS))
    assert CatalogFood.objects.count() == len(KNOWN_FNDDS_FOODS)
    assert CatalogPortion.objects.count() == before == again.portions
    coffee = CatalogFood.objects.get(food_code="92101000")
    assert coffee.common_name == "black coffee"
    assert coffee.search_text.startswith("black coffee | coffee, brewed")


def test_starter_foods_stay_ingredients(fndds_foods) -> None:
    load_starter_catalog()
    kinds = set(CatalogFood.objects.filter(is_starter=True).values_list("kind", flat=True))
    assert kinds == {FoodKind.INGREDIENT}
    assert CatalogFood.objects.filter(kind=FoodKind.FOOD_AS_EATEN).count() == len(KNOWN_FNDDS_FOODS)


def test_unknown_codes_are_refused() -> None:
    with pytest.raises(KeyError):
        load_fndds_catalog(["00000000"])


def test_import_command_loads_all_foods_idempotently(fndds_dir: Path) -> None:
    out = StringIO()
    call_command("import_fndds", str(fndds_dir), "--no-progress", stdout=out)
    text = out.getvalue()
    assert "SR28 FOOD_DES.txt food groups" in text
    assert "Imported 5431 FNDDS foods (5431 new, 0 updated)" in text
    assert "Skipped (no nutrient values in FNDDS): 11000000" in text
    foods, portions = CatalogFood.objects.count(), CatalogPortion.objects.count()
    assert (foods, portions) == (5431, 22043)
    assert CatalogPortion.objects.filter(is_default=True).count() == 5325
    out = StringIO()
    call_command("import_fndds", str(fndds_dir), "--no-progress", stdout=out)
    assert "(0 new, 5431 updated)" in out.getvalue()
    assert (CatalogFood.objects.count(), CatalogPortion.objects.count()) == (foods, portions)


def test_import_command_refuses_a_folder_without_fndds(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="not an FNDDS CSV folder"):
        call_command("import_fndds", str(tmp_path), "--no-progress")


def test_ai_service_declares_the_catalog_columns_it_reads() -> None:
    for table, model in (
        (tables.catalog_foods, CatalogFood),
        (tables.catalog_portions, CatalogPortion),
    ):
        assert model._meta.db_table == table.name
        columns = {f.column for f in model._meta.concrete_fields}
        assert {c.name for c in table.columns} <= columns, table.name
