"""Catalog benchmark: full SR28 import time and catalog search latency on MariaDB.

    python -m bench.run catalog        (or: python -m bench.bench_catalog)

Uses its own database, ``CATALOG_BENCH_DATABASE_URL`` (default: the bench database's name
plus ``_catalog``, e.g. ``hb_bench_catalog``), which is dropped and created afresh, so it
never touches a development or test database nor the core bench's. The work runs in a
child process so Django is configured for that database alone.

Figures: ``catalog.import_sr28_seconds`` (migrated, empty catalog; parse + bulk upsert of
8,789 foods, 679,045 values, 15,438 portions), ``catalog.reimport_sr28_seconds`` (the
idempotent re-run), ``catalog.import_fndds_seconds`` (read the FNDDS folder, derive tags,
upsert 5,432 foods as eaten with 22,046 portions), and ``catalog.search_p50_ms`` /
``catalog.search_p99_ms`` for the search API (``GET /api/catalog/foods/?search=...``
through Django's test client with a real JWT, so routing, auth, ranking, paging and
serialisation with portions are all measured) over SR28 + FNDDS + the starter catalog
(about 14,200 foods). Target: p50 under 20 ms.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench import database
from bench.report import emit, note

REPO = Path(__file__).resolve().parent.parent
QUERIES = [
    "egg", "banana", "chicken breast", "white rice", "milk", "apple", "salmon", "bread",
    "cheese", "yogurt", "peanut butter", "broccoli", "pasta", "beef", "orange juice",
    "oatmeal", "potato", "tofu", "pizza", "coffee", "greek yogurt", "almonds", "tomato",
    "ground beef", "olive oil", "latte", "potato chips", "peanut butter and jelly",
    "cooked pasta", "chips", "flour",
]  # fmt: skip
ROUNDS = 12


def _database() -> database.Database:
    raw = os.environ.get("CATALOG_BENCH_DATABASE_URL")
    if raw:
        return database.Database.from_url(raw)
    base = database.bench_database()
    return database.Database.from_url(base.url.rsplit("/", 1)[0] + f"/{base.name}_catalog")


def _usda_dir() -> Path:
    return Path(os.environ.get("USDA_DATA_DIR") or REPO.parent / "shared" / "data" / "usda")


def _fndds_dir() -> Path:
    return Path(os.environ.get("FNDDS_DATA_DIR") or REPO.parent / "shared" / "data" / "fndds")


def _import_fndds(usda: Path) -> None:
    """Import every FNDDS food as eaten with the project's importer (as ``import_fndds``)."""
    from core.catalog.fndds import import_fndds_entries
    from domain.fndds_catalog import build_catalog

    started = time.perf_counter()
    data = build_catalog(_fndds_dir(), usda)
    stats = import_fndds_entries(data["foods"], data["nutrient_numbers"])
    emit("catalog.import_fndds_seconds", time.perf_counter() - started, "s")
    note(f"imported {stats.foods} FNDDS foods, {stats.portions} portions")


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def worker() -> int:
    """In the child: migrate, import SR28 twice, load the starter, time searches."""
    import django

    django.setup()
    from django.core.management import call_command
    from rest_framework.test import APIClient

    from core.accounts.models import User
    from core.accounts.serializers import tokens_for
    from core.catalog.importer import import_foods
    from core.catalog.models import CatalogFood
    from core.catalog.starter import load_starter_catalog
    from domain.usda import read_sr28

    call_command("migrate", verbosity=0)
    usda = _usda_dir()
    started = time.perf_counter()
    stats = import_foods(read_sr28(usda))
    emit("catalog.import_sr28_seconds", time.perf_counter() - started, "s")
    note(f"imported {stats.foods} foods, {stats.nutrient_values} values, {stats.portions} portions")
    started = time.perf_counter()
    import_foods(read_sr28(usda))
    emit("catalog.reimport_sr28_seconds", time.perf_counter() - started, "s")
    _import_fndds(usda)
    load_starter_catalog()
    note(f"catalog holds {CatalogFood.objects.count()} foods")

    user = User.objects.create_user(email="bench@example.com", password="Bench-pass-1", name="B")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {tokens_for(user)['access']}")
    for query in QUERIES:  # warm-up: connections, caches, code paths
        assert client.get("/api/catalog/foods/", {"search": query}).status_code == 200
    samples: list[float] = []
    for _ in range(ROUNDS):
        for query in QUERIES:
            started = time.perf_counter()
            response = client.get("/api/catalog/foods/", {"search": query})
            samples.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200 and response.json()["count"] > 0, query
    emit("catalog.search_p50_ms", statistics.median(samples), "ms")
    emit("catalog.search_p99_ms", _percentile(samples, 0.99), "ms")
    note(f"{len(samples)} searches over {len(QUERIES)} queries, page size 20")
    return 0


def main() -> int:
    """Recreate the catalog bench database and run the worker against it."""
    if not (_usda_dir() / "FOOD_DES.txt").is_file():
        print(f"USDA SR28 files not found in {_usda_dir()}; set USDA_DATA_DIR.", file=sys.stderr)
        return 1
    if not (_fndds_dir() / "fndds_foods.csv").is_file():
        print(f"FNDDS files not found in {_fndds_dir()}; set FNDDS_DATA_DIR.", file=sys.stderr)
        return 1
    db = _database()
    version = database.recreate(db)
    note(f"catalog bench database {db.name} on {version}")
    env = {
        **os.environ,
        "DATABASE_URL": db.url,
        "DJANGO_SETTINGS_MODULE": "core.settings",
        "DJANGO_DEBUG": "0",
        "LOG_LEVEL": "WARNING",
    }
    child = subprocess.run(
        [sys.executable, "-m", "bench.bench_catalog", "--worker"], cwd=REPO, env=env, check=False
    )
    return child.returncode


if __name__ == "__main__":
    sys.exit(worker() if "--worker" in sys.argv else main())
