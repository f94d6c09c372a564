"""``import_usda`` on a FoodData Central CSV release (folder or zip), from a small sample."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from django.core.management import call_command

from core.catalog.models import CatalogFood
from core.catalog.starter import load_starter_catalog
from domain.usda import read_fdc

SAMPLE = Path(__file__).parent / "fixtures" / "fdc_sample"


def _import(path: Path) -> str:
    out = io.StringIO()
    call_command("import_usda", str(path), "--no-progress", stdout=out)
    return out.getvalue()


def _zip(tmp_path: Path) -> Path:
    """The sample as FDC ships it: a zip whose CSV files sit in one folder."""
    archive = tmp_path / "FoodData_Central_csv.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for csv_file in sorted(SAMPLE.glob("*.csv")):
            zf.write(csv_file, f"FoodData_Central_csv_2019-04-02/{csv_file.name}")
    return archive


def test_reader_maps_ids_energy_fallbacks_and_portions() -> None:
    foods = {f.fdc_id: f for f in read_fdc(SAMPLE)}
    assert set(foods) == {171287, 173944, 321358, 748967}  # the branded food is skipped
    egg = foods[171287]
    assert (egg.ndb_no, egg.data_source, egg.food_group) == (
        "01123",
        "sr_legacy",
        "Dairy and Egg Products",
    )
    assert egg.energy_kcal() == 143  # 1008 kcal, not the 599 kJ row
    assert [(p.label, p.gram_weight) for p in egg.portions] == [
        ("1 large", 50),
        ("1 extra large", 56),
    ]
    hummus = foods[321358]
    assert hummus.energy_kcal() == 229  # no 1008: Atwater specific (2048) before general
    assert hummus.nutrients()["carbs"] == 14.9 and hummus.nutrients()["sugar"] == 0.34
    assert [(p.label, p.gram_weight) for p in hummus.portions] == [
        ("1 tablespoon", 14.8),
        ("1 cup", 246),
    ]
    foundation_egg = foods[748967]
    assert foundation_egg.ndb_no is None and foundation_egg.energy_kcal() == 148  # 2047
    assert foundation_egg.portions == []  # an "undetermined" measure is no household measure
    banana = foods[173944]
    assert banana.nutrients()["fiber"] == 2.6 and banana.nutrients()["sodium"] is None


@pytest.mark.django_db
@pytest.mark.parametrize("packed", [False, True], ids=["folder", "zip"])
def test_import_is_idempotent_and_keeps_curated_fields(tmp_path: Path, packed: bool) -> None:
    load_starter_catalog()
    before = CatalogFood.objects.count()
    path = _zip(tmp_path) if packed else shutil.copytree(SAMPLE, tmp_path / "fdc")
    assert "4 FoodData Central foods (2 new, 2 updated)" in _import(path)
    assert CatalogFood.objects.count() == before + 2
    egg = CatalogFood.objects.get(ndb_no="01123")
    assert (egg.fdc_id, egg.common_name, egg.is_starter) == (171287, "egg", True)
    assert egg.data_source == "sr_legacy" and egg.diet_tags == [
        "vegetarian",
        "pescatarian",
        "gluten_free",
        "halal",
    ]
    by_fdc = CatalogFood.objects.get(fdc_id=748967)
    assert (by_fdc.ndb_no, by_fdc.energy_kcal, by_fdc.data_source) == (None, 148, "foundation")
    assert by_fdc.allergen_tags == ["egg"]  # named in the description

    assert "(0 new, 4 updated)" in _import(path)
    assert CatalogFood.objects.count() == before + 2
    # An SR28-style reload of the starter keeps the fdc_id the FDC release supplied.
    load_starter_catalog()
    assert CatalogFood.objects.get(ndb_no="01123").fdc_id == 171287
