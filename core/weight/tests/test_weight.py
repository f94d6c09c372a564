"""The weight log: the shared owner-scoped matrix, ordering and the date filters."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from core.accounts.models import User
from core.api.testing import OwnedResourceMatrix, client_for, make_user
from core.weight.models import WeightEntry

URL = "/api/v1/weight/"


class TestWeightEntryMatrix(OwnedResourceMatrix):
    list_url = URL
    model = WeightEntry
    valid_payload = {"weight": 82.4, "measured_at": "2024-05-01T07:30:00Z", "note": "after run"}
    update_payload = {"weight": 81.9}
    invalid_payloads = [
        # The shared profile range, 30-350 kg (domain.profile_ranges; it was 20-400).
        ({"weight": 29.9}, "weight"),
        ({"weight": 350.1}, "weight"),
        ({"weight": "heavy"}, "weight"),
        ({"weight": None}, "weight"),
        ({"weight": 80, "measured_at": "yesterday"}, "measured_at"),
        ({"weight": 80, "note": "x" * 501}, "note"),
    ]

    def make_instance(self, user: User) -> WeightEntry:
        return WeightEntry.objects.create(user=user, weight=80.0)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.django_db
def test_missing_weight_is_refused_on_create() -> None:
    response = client_for(make_user()).post(URL, {"note": "forgot"}, format="json")
    assert response.status_code == 400
    assert "weight" in response.json()["details"]
    assert not WeightEntry.objects.exists()


@pytest.mark.django_db
def test_measured_at_defaults_to_now_and_list_is_newest_first() -> None:
    user = make_user()
    old = WeightEntry.objects.create(user=user, weight=81, measured_at=at("2024-01-01T08:00"))
    client = client_for(user)
    created = client.post(URL, {"weight": 80.2}, format="json")
    assert created.status_code == 201
    row = WeightEntry.objects.get(pk=created.json()["id"])
    assert row.measured_at > old.measured_at
    middle = WeightEntry.objects.create(user=user, weight=80.6, measured_at=at("2024-03-01T08:00"))
    ids = [item["id"] for item in client.get(URL).json()["results"]]
    assert ids == [row.pk, middle.pk, old.pk]


@pytest.mark.django_db
class TestDateFilters:
    @pytest.fixture
    def entries(self) -> dict[str, Any]:
        # A Tokyo user (UTC+9): 2024-05-01T16:00Z is 2024-05-02 01:00 local.
        user = make_user(timezone="Asia/Tokyo")
        make = lambda when: WeightEntry.objects.create(user=user, weight=70, measured_at=at(when))  # noqa: E731
        return {
            "user": user,
            "a": make("2024-04-30T14:59"),  # 2024-04-30 23:59 local
            "b": make("2024-04-30T15:00"),  # 2024-05-01 00:00 local
            "c": make("2024-05-01T14:00"),  # 2024-05-01 23:00 local
            "d": make("2024-05-01T16:00"),  # 2024-05-02 01:00 local
        }

    def ids(self, user: User, query: str) -> set[int]:
        response = client_for(user).get(f"{URL}?{query}")
        assert response.status_code == 200, response.content
        return {item["id"] for item in response.json()["results"]}

    def test_dates_are_whole_local_days(self, entries: dict[str, Any]) -> None:
        user = entries["user"]
        assert self.ids(user, "start=2024-05-01&end=2024-05-01") == {
            entries["b"].pk,
            entries["c"].pk,
        }
        assert self.ids(user, "start=2024-05-02") == {entries["d"].pk}
        assert self.ids(user, "end=2024-04-30") == {entries["a"].pk}

    def test_date_times_are_instants(self, entries: dict[str, Any]) -> None:
        user = entries["user"]
        query = "start=2024-04-30T15:00:00Z&end=2024-05-01T14:00:00Z"
        assert self.ids(user, query) == {entries["b"].pk, entries["c"].pk}
        # A naive date-time is read in the user's zone: 2024-05-01 23:30 Tokyo = 14:30Z.
        assert self.ids(user, "start=2024-05-01T23:30:00") == {entries["d"].pk}

    def test_bad_bounds_are_400(self, entries: dict[str, Any]) -> None:
        client = client_for(entries["user"])
        for query, field in (
            ("start=May", "start"),
            ("end=2024-13-01", "end"),
            ("start=2024-05-02&end=2024-05-01", "end"),
            ("ordering=weight_kg", "ordering"),
        ):
            response = client.get(f"{URL}?{query}")
            assert response.status_code == 400, response.content
            assert field in response.json()["details"]


@pytest.mark.django_db
def test_admin_pages_render(client: Any) -> None:
    entry = WeightEntry.objects.create(user=make_user(), weight=75.5)
    client.force_login(make_user(is_staff=True, is_superuser=True))
    for url in (
        "/admin/weight/weightentry/",
        "/admin/weight/weightentry/add/",
        f"/admin/weight/weightentry/{entry.pk}/change/",
    ):
        assert client.get(url).status_code == 200, url
