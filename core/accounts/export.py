"""Everything a user owns, as JSON (data portability), and its complete erasure."""

from __future__ import annotations

from typing import Any

from django.core import serializers as django_serializers
from django.db import models, transaction

from core.accounts.models import User

# Rows that belong to the user but are auth machinery, not personal data; they are still
# deleted on erasure.
_NOT_EXPORTED = {"token_blacklist", "admin", "auth"}


def _owned_relations(user: User) -> list[models.ManyToOneRel]:
    return [
        rel
        for rel in User._meta.related_objects
        if isinstance(rel, models.ManyToOneRel) and not rel.many_to_many
    ]


def export_user_data(user: User) -> dict[str, Any]:
    """Return the profile and every row with a foreign key to ``user``, keyed by table."""
    from core.accounts.serializers import ProfileSerializer

    data: dict[str, Any] = {"profile": ProfileSerializer(user).data}
    for rel in _owned_relations(user):
        model = rel.related_model
        if model._meta.app_label in _NOT_EXPORTED:
            continue
        rows = model._default_manager.filter(**{rel.field.name: user}).order_by("pk")
        # Generated columns are copies of other fields (e.g. foods' nutrient columns).
        fields = [
            f.name
            for f in model._meta.concrete_fields
            if not isinstance(f, models.GeneratedField) and not f.primary_key
        ]
        data[model._meta.db_table] = [
            {"id": item["pk"], **item["fields"]}
            for item in django_serializers.serialize("python", rows, fields=fields)
        ]
    return data


@transaction.atomic
def erase_user(user: User) -> None:
    """Delete the user and every row that refers to them (tokens included)."""
    for rel in _owned_relations(user):
        rel.related_model._default_manager.filter(**{rel.field.name: user}).delete()
    user.delete()
