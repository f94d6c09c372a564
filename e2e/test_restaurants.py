"""Nearby restaurants through both services as real processes, with a fake Google Places.

This module starts its own stack (the session one has no Places key) on a database of its
own, loads the demo restaurants with the management command, and checks the whole path:
core view -> gateway -> AI service -> Places fake -> back into the core's cache.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from ai.tests.fakes.places import FakePlaces, place, running
from e2e.harness import DEFAULT_DATABASE_URL, ROOT, Stack, start_stack

pytestmark = pytest.mark.e2e

CHELSEA = (40.7446, -73.9927)  # next to the demo "Green Fork Kitchen"


@pytest.fixture(scope="module")
def places_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Stack, FakePlaces]]:
    with running(FakePlaces()) as fake:
        fake.places = [place("ChIJ-e2e", "Chelsea Market Greens", CHELSEA[0] + 0.001, CHELSEA[1])]
        saved = {k: os.environ.get(k) for k in ("GOOGLE_MAPS_API_KEY", "GOOGLE_PLACES_BASE_URL",
                                                  "DATABASE_URL")}  # fmt: skip
        base = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
        parts = urlsplit(base)
        if parts.scheme.startswith("mysql") or parts.scheme == "mariadb":
            # A database name of its own, so the session stack's is never dropped.
            os.environ["DATABASE_URL"] = parts._replace(path=parts.path + "_rest").geturl()
        os.environ["GOOGLE_MAPS_API_KEY"] = fake.api_key
        os.environ["GOOGLE_PLACES_BASE_URL"] = fake.url
        try:
            stack = start_stack(tmp_path_factory.mktemp("e2e-restaurants"))
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
        try:
            loaded = subprocess.run(
                [sys.executable, "manage.py", "load_demo_restaurants"],
                cwd=ROOT, env={**stack.core.env, "DATABASE_URL": stack.database.url},
                capture_output=True, text=True, timeout=300,
            )  # fmt: skip
            assert loaded.returncode == 0, loaded.stderr
            yield stack, fake
        finally:
            stack.stop()
            stack.database.drop()


def test_nearby_through_both_services_with_google_cached(
    places_stack: tuple[Stack, FakePlaces],
) -> None:
    stack, fake = places_stack
    vegan = stack.register(dietary_preferences=["vegan"], timezone="America/New_York")
    url = f"{stack.core_url}/api/v1/restaurant/nearby/"
    params = {"latitude": CHELSEA[0], "longitude": CHELSEA[1], "radius": 1500}

    first = stack.http.get(url, params=params, headers=vegan.auth)
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["provider"] == {"name": "google_places", "status": "fetched"}
    assert fake.searches == 1
    by_name = {r["name"]: r for r in body["restaurants"]}
    assert "Green Fork Kitchen" in by_name and "Chelsea Market Greens" in by_name
    assert by_name["Chelsea Market Greens"]["id"] is not None  # stored by the core
    assert by_name["Green Fork Kitchen"]["source"] == "demo"
    distances = [r["distance_m"] for r in body["restaurants"]]
    assert distances == sorted(distances) and max(distances) <= 1500
    options = [o for r in body["restaurants"] for o in r["healthy_options"]]
    assert options and all("vegan" in o["diets"] for o in options)

    second = stack.http.get(url, params=params, headers=vegan.auth).json()
    assert second["provider"]["status"] == "cached" and fake.searches == 1
    assert {r["id"] for r in second["restaurants"]} == {r["id"] for r in body["restaurants"]}

    # The AI service answers the same search directly with the same token.
    direct = stack.http.get(f"{stack.ai_url}/restaurant/nearby", params=params, headers=vegan.auth)
    assert direct.status_code == 200 and direct.json()["count"] == second["count"]

    bad = stack.http.get(url, params={"latitude": 95, "longitude": 0}, headers=vegan.auth)
    assert bad.status_code == 400 and "latitude" in bad.json()["details"]
