"""``POST /food/analyze`` on the real test database: the catalog is read through
SQLAlchemy, the index is built once, errors are JSON, and the user's consent decides what
an external provider may receive."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from django.utils import timezone
from fastapi.testclient import TestClient

from ai.main import create_app
from ai.providers import Caller
from ai.tests.conftest import django_test_database_url, make_settings
from ai.tests.fakes import nutritionix as fake_nix
from ai.tests.fakes.food_server import FakeServer, serve
from core.accounts.models import User
from core.api.testing import bearer_headers as auth
from core.api.testing import make_user
from core.catalog.starter import load_starter_catalog


@pytest.fixture
def catalog(transactional_db: None) -> None:
    load_starter_catalog()


@pytest.fixture
def client(catalog: None) -> Iterator[TestClient]:
    app = create_app(make_settings(database_url=django_test_database_url()))
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def analyze(client: TestClient, user: User | None, body: dict[str, Any]) -> Any:
    return client.post("/food/analyze", json=body, headers=auth(user) if user else {})


def test_analyses_a_meal_from_the_catalog(client: TestClient) -> None:
    user = make_user()
    response = analyze(client, user, {"name": "2 eggs and a slice of toast"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["provider"], body["fallback"]) == ("local", False)
    egg, toast = body["items"]
    assert (egg["food"], egg["ndb_no"], egg["quantity"], egg["grams"]) == ("egg", "01123", 2, 100)
    assert egg["calories"] == 143.0  # USDA energy: 143 kcal per 100 g
    assert (toast["food"], toast["unit"], toast["grams"]) == ("white toast", "slice", 22)
    assert body["calories"] == pytest.approx(143 + 63.8)
    assert body["serving_size"] == 122
    assert body["nutrients"]["protein"] == pytest.approx(
        egg["nutrients"]["protein"] + toast["nutrients"]["protein"], abs=0.02
    )
    assert body["unmatched"] == []


def test_text_is_an_alias_and_unmatched_items_are_listed(client: TestClient) -> None:
    response = analyze(client, make_user(), {"text": "a banana and a dragonfruit"})
    assert response.status_code == 200
    assert [i["food"] for i in response.json()["items"]] == ["banana"]
    assert response.json()["unmatched"][0]["text"] == "a dragonfruit"
    # issue #11: a partly understood meal says so, never a silently smaller total
    assert response.json()["partial"] is True
    assert response.json()["coverage"] == 0.5


def test_foods_as_eaten_are_matched_in_narrative_text(catalog: None) -> None:
    # FNDDS foods from the compact file, loaded as the catalog import does
    from core.catalog.fndds import load_fndds_catalog

    load_fndds_catalog(["63101000", "71200100"])
    app = create_app(make_settings(database_url=django_test_database_url()))
    text = "During my snack time, I enjoyed a medium apple alongside a small bag of chips."
    with TestClient(app, raise_server_exceptions=False) as client:
        response = analyze(client, make_user(), {"name": text})
    assert response.status_code == 200, response.text
    body = response.json()
    assert [(i["food_code"], i["portion"]) for i in body["items"]] == [
        ("63101000", "1 medium"),
        ("71200100", "1 small single serving bag"),
    ]
    assert (body["partial"], body["coverage"]) == (False, 1.0)


def test_the_index_is_built_once(client: TestClient) -> None:
    user = make_user()
    for text in ("2 eggs", "a banana", "1 cup of rice"):
        assert analyze(client, user, {"name": text}).status_code == 200
    assert client.app.state.food.index.builds == 1


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "   "}, "name"),
        ({"text": "x" * 1001}, "text"),
        ({}, "name"),
    ],
)
def test_empty_or_oversize_text_is_400(
    client: TestClient, body: dict[str, Any], field: str
) -> None:
    response = analyze(client, make_user(), body)
    assert response.status_code == 400, response.text
    assert set(response.json()) == {"error", "details"}
    assert field in response.json()["details"]


def test_nothing_matched_is_422_with_the_items(client: TestClient) -> None:
    response = analyze(client, make_user(), {"name": "a dragonfruit and some zxqv"})
    assert response.status_code == 422
    body = response.json()
    assert "could be matched" in body["error"]
    assert [u["text"] for u in body["details"]["unmatched"]] == ["a dragonfruit", "some zxqv"]


def test_anonymous_is_401(client: TestClient) -> None:
    assert analyze(client, None, {"name": "2 eggs"}).status_code == 401


@pytest.fixture
def nix() -> Iterator[FakeServer]:
    with serve(fake_nix.make()) as fake:
        yield fake


@pytest.fixture
def nix_client(catalog: None, nix: FakeServer) -> Iterator[TestClient]:
    settings = make_settings(
        database_url=django_test_database_url(),
        nutritionix_app_id=fake_nix.APP_ID,
        nutritionix_app_key=fake_nix.APP_KEY,
        nutritionix_base_url=nix.url,
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as test_client:
        yield test_client


def test_provider_is_selected_by_settings(nix_client: TestClient, nix: FakeServer) -> None:
    response = analyze(nix_client, make_user(), {"name": "2 eggs"})
    assert response.status_code == 200
    assert response.json()["provider"] == "nutritionix"
    assert len(nix.requests) == 1


def test_user_without_consent_sends_no_personal_data(
    nix_client: TestClient, nix: FakeServer
) -> None:
    user = make_user(timezone="Europe/Paris")
    assert analyze(nix_client, user, {"name": "2 eggs"}).status_code == 200
    (request,) = nix.requests
    assert "x-remote-user-id" not in request.headers
    assert json.loads(request.body) == {"query": "2 eggs", "line_delimited": True}
    sent = request.body.decode() + json.dumps(request.headers)
    for personal in (str(user.email), user.name, "Europe/Paris"):
        assert personal not in sent


def test_user_with_consent_shares_a_pseudonym_with_nutritionix(
    nix_client: TestClient, nix: FakeServer
) -> None:
    user = make_user(timezone="Europe/Paris", ai_data_sharing_consented_at=timezone.now())
    assert analyze(nix_client, user, {"name": "2 eggs"}).status_code == 200
    (request,) = nix.requests
    expected = Caller(user_id=user.id).pseudonym(fake_nix.APP_KEY)
    assert request.headers["x-remote-user-id"] == expected
    assert json.loads(request.body)["timezone"] == "Europe/Paris"
    assert user.email not in request.body.decode()
