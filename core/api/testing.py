"""A declarative permission matrix for owner-scoped API resources (after wger's
``ApiBaseResourceTestCase``).

A resource test sets a URL, the model, a valid payload, invalid payloads and how to make
an instance; it inherits the checks every owner-scoped endpoint must pass: anonymous 401,
owner CRUD, another user's id 404 with the row untouched, invalid input 400 with field
details and nothing written, and server-owned fields ignored on write.
"""

from __future__ import annotations

import itertools
from typing import Any, ClassVar

import pytest
from django.db.models import Model
from rest_framework.test import APIClient

from core.accounts.models import User

_counter = itertools.count()


def make_user(**fields: Any) -> User:
    """Create a user with a unique email and a known password (``Str0ng-pass!``)."""
    n = next(_counter)
    fields.setdefault("email", f"user{n}@example.com")
    fields.setdefault("name", f"User {n}")
    password = fields.pop("password", "Str0ng-pass!")
    return User.objects.create_user(password=password, **fields)


def bearer_headers(user: User) -> dict[str, str]:
    """``Authorization`` header with a real access token for ``user`` (for non-DRF clients)."""
    from core.accounts.serializers import tokens_for

    return {"Authorization": f"Bearer {tokens_for(user)['access']}"}


def client_for(user: User | None) -> APIClient:
    """An API client authenticated with a real access token for ``user``."""
    from core.accounts.serializers import tokens_for

    client = APIClient()
    if user is not None:
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {tokens_for(user)['access']}")
    return client


@pytest.mark.django_db
class OwnedResourceMatrix:
    """Inherit and set the class attributes; pytest collects the checks below."""

    list_url: ClassVar[str]
    model: ClassVar[type[Model]]
    owner_field: ClassVar[str] = "user"
    valid_payload: ClassVar[dict[str, Any]]
    update_payload: ClassVar[dict[str, Any]]
    # (payload, a key expected in the error's details)
    invalid_payloads: ClassVar[list[tuple[dict[str, Any], str]]]

    def make_instance(self, user: User) -> Model:
        raise NotImplementedError

    # --- helpers -------------------------------------------------------------------
    def detail_url(self, obj: Model) -> str:
        return f"{self.list_url}{obj.pk}/"

    def snapshot(self) -> list[dict[str, Any]]:
        return list(self.model._default_manager.order_by("pk").values())

    @pytest.fixture
    def owner(self) -> User:
        return make_user()

    @pytest.fixture
    def intruder(self) -> User:
        return make_user()

    # --- anonymous -------------------------------------------------------------------
    def test_anonymous_is_refused(self, owner: User) -> None:
        obj = self.make_instance(owner)
        anon = client_for(None)
        before = self.snapshot()
        responses = [
            anon.get(self.list_url),
            anon.post(self.list_url, self.valid_payload, format="json"),
            anon.get(self.detail_url(obj)),
            anon.patch(self.detail_url(obj), self.update_payload, format="json"),
            anon.put(self.detail_url(obj), self.valid_payload, format="json"),
            anon.delete(self.detail_url(obj)),
        ]
        for response in responses:
            assert response.status_code == 401, response.content
            assert "error" in response.json()
        assert self.snapshot() == before

    # --- owner ---------------------------------------------------------------------------
    def test_owner_creates_and_reads(self, owner: User) -> None:
        client = client_for(owner)
        created = client.post(self.list_url, self.valid_payload, format="json")
        assert created.status_code == 201, created.content
        row = self.model._default_manager.get(pk=created.json()["id"])
        assert getattr(row, f"{self.owner_field}_id") == owner.pk
        listed = client.get(self.list_url)
        assert listed.status_code == 200
        body = listed.json()
        assert {"count", "next", "previous", "results"} <= body.keys()
        assert created.json()["id"] in [item["id"] for item in body["results"]]
        assert client.get(self.detail_url(row)).status_code == 200

    def test_owner_updates_and_deletes(self, owner: User) -> None:
        obj = self.make_instance(owner)
        client = client_for(owner)
        patched = client.patch(self.detail_url(obj), self.update_payload, format="json")
        assert patched.status_code == 200, patched.content
        put = client.put(self.detail_url(obj), self.valid_payload, format="json")
        assert put.status_code == 200, put.content
        assert client.delete(self.detail_url(obj)).status_code == 204
        assert not self.model._default_manager.filter(pk=obj.pk).exists()

    def test_list_shows_only_own_rows(self, owner: User, intruder: User) -> None:
        mine = self.make_instance(owner)
        theirs = self.make_instance(intruder)
        ids = [item["id"] for item in client_for(owner).get(self.list_url).json()["results"]]
        assert mine.pk in ids and theirs.pk not in ids

    # --- another user ----------------------------------------------------------------------
    def test_other_users_row_is_not_found(self, owner: User, intruder: User) -> None:
        obj = self.make_instance(owner)
        client = client_for(intruder)
        before = self.snapshot()
        for response in (
            client.get(self.detail_url(obj)),
            client.patch(self.detail_url(obj), self.update_payload, format="json"),
            client.put(self.detail_url(obj), self.valid_payload, format="json"),
            client.delete(self.detail_url(obj)),
        ):
            assert response.status_code == 404, response.content
            assert "error" in response.json()
        assert self.snapshot() == before

    # --- invalid input --------------------------------------------------------------------
    def test_invalid_input_is_refused_and_writes_nothing(self, owner: User) -> None:
        obj = self.make_instance(owner)
        client = client_for(owner)
        before = self.snapshot()
        for payload, field in self.invalid_payloads:
            for response in (
                client.post(self.list_url, payload, format="json"),
                client.patch(self.detail_url(obj), payload, format="json"),
            ):
                assert response.status_code == 400, (payload, response.content)
                body = response.json()
                assert body["error"] and field in body["details"], (payload, body)
        assert self.snapshot() == before

    def test_server_owned_fields_are_not_writable(self, owner: User, intruder: User) -> None:
        payload = {**self.valid_payload, "id": 987654, self.owner_field: intruder.pk}
        created = client_for(owner).post(self.list_url, payload, format="json")
        assert created.status_code == 201, created.content
        row = self.model._default_manager.get(pk=created.json()["id"])
        assert row.pk != 987654
        assert getattr(row, f"{self.owner_field}_id") == owner.pk

    def test_server_owned_fields_are_not_writable_on_update(
        self, owner: User, intruder: User
    ) -> None:
        obj = self.make_instance(owner)
        payload = {**self.update_payload, "id": 987654, self.owner_field: intruder.pk}
        response = client_for(owner).patch(self.detail_url(obj), payload, format="json")
        assert response.status_code == 200, response.content
        row = self.model._default_manager.get(pk=obj.pk)
        assert getattr(row, f"{self.owner_field}_id") == owner.pk
        assert not self.model._default_manager.filter(pk=987654).exists()
