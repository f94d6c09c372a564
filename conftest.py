"""Fixtures shared by every test: a clean cache and authenticated clients."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from core.accounts.models import User
from core.api.testing import client_for, make_user
from core.catalog.importer import ImportStats
from core.catalog.starter import load_starter_catalog


@pytest.fixture(autouse=True)
def _clean_cache() -> Iterator[None]:
    """Throttle counters and cached answers must not leak between tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def user(db: None) -> User:
    return make_user()


@pytest.fixture
def other_user(db: None) -> User:
    return make_user()


@pytest.fixture
def api() -> APIClient:
    """An anonymous client."""
    return APIClient()


@pytest.fixture
def auth_client(user: User) -> APIClient:
    return client_for(user)


@pytest.fixture
def client_of() -> Callable[[User | None], APIClient]:
    return client_for


@pytest.fixture
def starter_catalog(db: None) -> ImportStats:
    """The shipped starter catalog, loaded the way `make run` loads it."""
    return load_starter_catalog()
