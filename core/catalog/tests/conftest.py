"""Fixtures for the catalog tests: the official SR28 folder and a loaded starter catalog."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.conf import settings


def usda_folder() -> Path:
    """$USDA_DATA_DIR, else ``<repo>/../shared/data/usda`` (as in CI and /work)."""
    raw = os.environ.get("USDA_DATA_DIR")
    return Path(raw) if raw else Path(settings.BASE_DIR).parent / "shared" / "data" / "usda"


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
