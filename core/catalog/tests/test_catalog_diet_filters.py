"""The catalog's diet and allergen filters honour every preference and every allergen.

The fourth feature of the cross-feature check in ``domain/tests/test_diet_everywhere.py``
(planner, restaurant options, assistant suggestions): the same independent table of what
each restriction forbids, applied to every food the filtered list returns, foods as eaten
(derived flags, unknown allergens) and curated ingredients alike.
"""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from domain.diet import DIETARY_PREFERENCES
from domain.tests.test_diet_everywhere import CASES, SOFT, breaks

URL = "/api/v1/catalog/foods/"


def _all_pages(client: APIClient, params: dict[str, str]) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    page = 1
    while True:
        response = client.get(URL, {**params, "page": page, "page_size": 100})
        assert response.status_code == 200, response.content
        body = response.json()
        results += body["results"]
        if not body["next"]:
            return results
        page += 1


@pytest.mark.django_db
@pytest.mark.parametrize("case", CASES)
def test_catalog_filters_honour(
    case: str, auth_client: APIClient, starter_catalog: object, fndds_foods: object
) -> None:
    everything = auth_client.get(URL, {"page_size": 1}).json()["count"]
    param = "diet" if case in DIETARY_PREFERENCES else "exclude_allergens"
    kept = _all_pages(auth_client, {param: case})
    assert kept, f"{case}: the filter kept nothing"
    kinds = {food["kind"] for food in kept}
    for food in kept:
        reason = breaks(
            case,
            set(food["diet_tags"]),
            set(food["allergen_tags"]),
            set(food["unknown_allergens"]),
        )
        assert reason is None, f"{case}: listed {food['description']} ({reason})"
    if case in SOFT:
        assert len(kept) == everything  # a soft preference excludes no food
    else:
        assert len(kept) < everything, f"{case}: the filter excluded nothing"
    assert kinds == {"food_as_eaten", "ingredient"}, f"{case}: {kinds}"
