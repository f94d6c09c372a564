"""Fixtures for the catalog tests: the official SR28 folder and a loaded starter catalog."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings


def usda_folder() -> Path:
    """$USDA_DATA_DIR, else ``<repo>/../shared/data/usda`` (as in CI and /work)."""
    raw = os.environ.get("USDA_DATA_DIR")
    return Path(raw) if raw else Path(settings.BASE_DIR).parent / "shared" / "data" / "usda"


def fndds_folder() -> Path:
    """$FNDDS_DATA_DIR, else ``<repo>/../shared/data/fndds``."""
    raw = os.environ.get("FNDDS_DATA_DIR")
    return Path(raw) if raw else Path(settings.BASE_DIR).parent / "shared" / "data" / "fndds"


@pytest.fixture(scope="session")
def usda_dir() -> Path:
    """The SR28 folder; a missing folder fails the test (the check must not go quiet)."""
    folder = usda_folder()
    if not (folder / "FOOD_DES.txt").is_file():
        pytest.fail(
            f"USDA SR28 files not found in {folder}. The catalog is checked against them: "
            "put the shared/ folder beside the repository or set USDA_DATA_DIR."
        )
    return folder


@pytest.fixture
def fndds_catalog(starter_catalog: object) -> int:
    """Every committed FNDDS food (with portions and derived tags) beside the SR starter
    catalog, loaded as ``make run`` loads it; the number of FNDDS foods."""
    from core.catalog.fndds import load_fndds_catalog

    return load_fndds_catalog().foods


@pytest.fixture(scope="module")
def fndds_catalog_for_module(django_db_setup: None, django_db_blocker: Any) -> Iterator[int]:
    """The starter and FNDDS catalogs loaded once for a module of read-only tests, and
    removed after it; the number of FNDDS foods.

    Loading 5,400 foods with their portions takes seconds on MariaDB, so a module whose
    tests only search the catalog shares one load. It is committed outside the tests'
    transactions (each test still rolls back its own writes) and deleted at module end so
    the next module starts from an empty catalog, as with the per-test fixture.
    """
    from core.catalog.fndds import load_fndds_catalog
    from core.catalog.models import CatalogFood, CatalogPortion
    from core.catalog.starter import load_starter_catalog

    with django_db_blocker.unblock():
        load_starter_catalog()
        foods = load_fndds_catalog().foods
    yield foods
    with django_db_blocker.unblock():
        CatalogPortion.objects.all().delete()
        CatalogFood.objects.all().delete()


@pytest.fixture(scope="session")
def fndds_dir() -> Path:
    """The FNDDS folder; a missing folder fails the test (the check must not go quiet)."""
    folder = fndds_folder()
    if not (folder / "fndds_foods.csv").is_file():
        pytest.fail(
            f"USDA FNDDS files not found in {folder}. The FNDDS catalog is checked against "
            "them: put the shared/ folder beside the repository or set FNDDS_DATA_DIR."
        )
    return folder


# Foods as eaten whose contents the tests know from their recipes.
KNOWN_FNDDS_FOODS = (
    "42302015",  # peanut butter and jelly sandwich on white bread
    "58106225",  # cheese pizza, restaurant, medium crust
    "92101000",  # coffee, brewed
    "41811890",  # veggie burger patty
    "26319130",  # shrimp, steamed or boiled
    "27550720",  # tuna salad sandwich on white
    "63101000",  # apple, raw
    "71200100",  # potato chips, plain
    "81100000",  # table fat, NFS (butter or margarine)
)


@pytest.fixture
def fndds_foods(db: None):
    """A handful of committed FNDDS foods in the catalog (fast: not all 5,431)."""
    from core.catalog.fndds import load_fndds_catalog

    return load_fndds_catalog(KNOWN_FNDDS_FOODS)
