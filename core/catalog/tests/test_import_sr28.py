"""``manage.py import_usda`` on the real SR28 files: counts, spot checks, idempotence."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from core.catalog.models import CatalogFood, CatalogPortion
from core.catalog.search import ranked_ids
from core.catalog.starter import load_starter_catalog

# The spot-check table of shared/data/usda/README.md: kcal, protein, fat, carbs, measures.
SPOT_CHECKS = {
    "01123": (143, 12.56, 9.51, 0.72, [("1 large", 50), ("1 extra large", 56)]),
    "09040": (
        89,
        1.09,
        0.33,
        22.84,
        [("1 cup, mashed", 225), ('1 medium (7" to 7-7/8" long)', 118)],
    ),
    "20045": (130, 2.69, 0.28, 28.17, [("1 cup", 158)]),
    "01001": (717, 0.85, 81.11, 0.06, [('1 pat (1" sq, 1/3" high)', 5.0), ("1 tbsp", 14.2)]),
    "01077": (61, 3.15, 3.25, 4.80, [("1 cup", 244)]),
    "09003": (52, 0.26, 0.17, 13.81, [('1 medium (3" dia)', 182)]),
    "04053": (884, 0.00, 100.00, 0.00, [("1 tablespoon", 13.5)]),
    "19335": (387, 0.00, 0.00, 99.98, [("1 tsp", 4.2), ("1 cup", 200)]),
}


def _import(path: Path) -> str:
    out = io.StringIO()
    call_command("import_usda", str(path), "--no-progress", stdout=out)
    return out.getvalue()


def _counts() -> tuple[int, int, int]:
    values = sum(len(v) for v in CatalogFood.objects.values_list("usda_nutrients", flat=True))
    return CatalogFood.objects.count(), values, CatalogPortion.objects.count()


@pytest.mark.django_db
def test_full_sr28_import_counts_spot_checks_and_reimport(usda_dir: Path) -> None:
    load_starter_catalog()  # curated fields must survive the import
    message = _import(usda_dir)
    assert "Imported 8789 SR28 foods" in message
    assert _counts() == (8789, 679045, 15438)

    for ndb, (kcal, protein, fat, carbs, measures) in SPOT_CHECKS.items():
        food = CatalogFood.objects.get(ndb_no=ndb)
        assert (food.energy_kcal, food.protein, food.fats, food.carbs) == (
            kcal,
            protein,
            fat,
            carbs,
        )
        assert food.nutrients["protein"] == protein and food.usda_nutrients["208"] == kcal
        labels = {p.label: p.gram_weight for p in food.portions.all()}
        for label, grams in measures:
            assert labels[label] == grams, (ndb, label)

    butter = CatalogFood.objects.get(ndb_no="01001")
    assert butter.energy_kcal != round(4 * 0.85 + 9 * 81.11 + 4 * 0.06)  # 717, not 4/4/9's 734
    assert CatalogFood.objects.get(ndb_no="12006").nutrients["sugar"] is None  # unknown, not 0

    egg = CatalogFood.objects.get(ndb_no="01123")
    assert (egg.common_name, egg.is_starter, egg.allergen_tags) == ("egg", True, ["egg"])
    assert egg.data_source == "sr28" and egg.food_group == "Dairy and Egg Products"

    before = list(CatalogFood.objects.order_by("ndb_no").values_list("id", "ndb_no", "energy_kcal"))
    assert "(0 new, 8789 updated)" in _import(usda_dir)
    assert _counts() == (8789, 679045, 15438)
    assert before == list(
        CatalogFood.objects.order_by("ndb_no").values_list("id", "ndb_no", "energy_kcal")
    )
    assert CatalogFood.objects.filter(is_starter=True).count() >= 400

    # Imported (not curated) foods get conservative tags only.
    squash = CatalogFood.objects.get(ndb_no="11485")  # Squash, winter, butternut, raw
    assert "tree_nuts" not in squash.allergen_tags and "vegan" in squash.diet_tags
    pork_beans = CatalogFood.objects.get(ndb_no="16010")  # Beans, baked, with pork
    assert pork_beans.diet_tags == []

    # Ranking over the imported long tail: a whole egg before egg noodles and egg dishes.
    ids = ranked_ids(CatalogFood.objects.filter(is_starter=False), "egg")
    first = CatalogFood.objects.get(id=ids[0])
    assert first.description.split(",")[0] in ("Egg", "Eggs")
    noodles = CatalogFood.objects.get(ndb_no="20110", is_starter=True)  # noodles are starter
    all_ids = ranked_ids(CatalogFood.objects.all(), "egg")
    assert all_ids.index(egg.id) == 0 and all_ids.index(noodles.id) > 0
    # A curated name USDA's description lacks still finds the food after the import.
    bok_choy = ranked_ids(CatalogFood.objects.all(), "bok choy")
    assert CatalogFood.objects.get(id=bok_choy[0]).ndb_no == "11116"


SAMPLE = {
    "FD_GROUP.txt": "~0100~^~Dairy and Egg Products~\r\n~0900~^~Fruits and Fruit Juices~\r\n",
    "FOOD_DES.txt": (
        "~01123~^~0100~^~Egg, whole, raw, fresh~^~EGG,WHL,RAW,FRSH~^~~^~~^~Y~^~Shell~^12"
        "^~~^6.25^4.36^9.02^3.68\r\n"
        "~09040~^~0900~^~Bananas, raw~^~BANANAS,RAW~^~~^~~^~Y~^~Skin~^36"
        "^~Musa acuminata Colla~^1.25^3.36^8.37^3.60\r\n"
    ),
    # One record in USDA's own form (~~ for empty text), one with the ~~ removed.
    "NUT_DATA.txt": (
        "~01123~^~208~^143^0^^~4~^~NC~^~~^~~^^^^^^^~~^11/2002^\r\n"
        "~01123~^~203~^12.56^75^0.05^~1~^^^^^^^^^^^11/2002^\r\n"
        "~09040~^~208~^89^0^^~4~^~NC~^^^^^^^^^^11/2003^\r\n"
    ),
    "WEIGHT.txt": "~01123~^1^1^~large~^50^20^0.2\r\n~09040~^1^1^~cup, mashed~^225^^\r\n",
}


@pytest.mark.django_db
def test_plain_nut_data_and_both_blank_forms(tmp_path: Path) -> None:
    for name, text in SAMPLE.items():
        (tmp_path / name).write_bytes(text.encode("cp1252"))
    _import(tmp_path)
    egg = CatalogFood.objects.get(ndb_no="01123")
    assert (egg.energy_kcal, egg.protein, egg.fats) == (143, 12.56, None)
    assert CatalogFood.objects.get(ndb_no="09040").portions.get().label == "1 cup, mashed"
    assert "(0 new, 2 updated)" in _import(tmp_path)
    assert CatalogFood.objects.count() == 2


def test_unknown_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="neither an SR28"):
        call_command("import_usda", str(tmp_path))
    with pytest.raises(CommandError, match="does not exist"):
        call_command("import_usda", str(tmp_path / "nope"))
