"""Passwords: Argon2id at or above OWASP's minimum; Django's default hashes upgrade on login."""

from __future__ import annotations

import pytest
from argon2 import extract_parameters
from argon2.low_level import Type
from django.contrib.auth.hashers import Argon2PasswordHasher, get_hasher, make_password
from rest_framework.test import APIClient

from core.accounts.hashers import (
    OWASP_MIN_MEMORY_KIB,
    OWASP_MIN_PARALLELISM,
    OWASP_MIN_TIME_COST,
    HealthBiteArgon2Hasher,
)
from core.accounts.models import User
from core.api.testing import make_user

LOGIN = "/api/v1/auth/login/"


def parameters(encoded: str):  # noqa: ANN201 -- argon2.Parameters
    algorithm, phc = encoded.split("$", 1)
    assert algorithm == "argon2"
    return extract_parameters("$" + phc)


def test_owasp_minimum_is_the_cheat_sheets() -> None:
    # OWASP Password Storage Cheat Sheet: Argon2id, 19 MiB, 2 iterations, parallelism 1.
    assert (OWASP_MIN_MEMORY_KIB, OWASP_MIN_TIME_COST, OWASP_MIN_PARALLELISM) == (19456, 2, 1)


def test_new_hashes_are_argon2id_at_or_above_the_minimum() -> None:
    assert isinstance(get_hasher("default"), HealthBiteArgon2Hasher)
    params = parameters(make_password("c0rrect-Horse-battery"))
    assert params.type is Type.ID
    assert params.memory_cost >= OWASP_MIN_MEMORY_KIB
    assert params.time_cost >= OWASP_MIN_TIME_COST
    assert params.parallelism >= OWASP_MIN_PARALLELISM
    assert "$m=19456,t=2,p=1$" in make_password("another-Passw0rd")


@pytest.mark.django_db
def test_registration_stores_the_chosen_parameters(api: APIClient) -> None:
    user = make_user(email="new@example.com", password="c0rrect-Horse-battery")
    params = parameters(User.objects.get(pk=user.pk).password)
    assert (params.memory_cost, params.time_cost, params.parallelism) == (19456, 2, 1)


@pytest.mark.django_db
def test_a_django_default_argon2_hash_verifies_and_is_upgraded_at_login(api: APIClient) -> None:
    user = make_user(email="old@example.com")
    old = Argon2PasswordHasher().encode("Old-Secret-42", Argon2PasswordHasher().salt())
    assert "$m=102400,t=2,p=8$" in old  # Django 5.2's own defaults
    User.objects.filter(pk=user.pk).update(password=old)

    wrong = api.post(LOGIN, {"email": "old@example.com", "password": "nope-Nope-1"}, format="json")
    assert wrong.status_code == 401
    assert User.objects.get(pk=user.pk).password == old  # nothing upgraded on a failure

    response = api.post(
        LOGIN, {"email": "old@example.com", "password": "Old-Secret-42"}, format="json"
    )
    assert response.status_code == 200, response.content
    upgraded = User.objects.get(pk=user.pk).password
    assert upgraded != old and "$m=19456,t=2,p=1$" in upgraded
    assert User.objects.get(pk=user.pk).check_password("Old-Secret-42")
