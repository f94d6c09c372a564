"""Filter pieces that refuse bad query values instead of silently ignoring them.

DRF's ``OrderingFilter`` drops unknown fields and django-filter's ``BooleanFilter`` turns
``?is_active=maybe`` into "no filter"; either way a client with a typo gets a plausible but
wrong answer. These variants answer 400 with the offending parameter in ``details``.
"""

from __future__ import annotations

from typing import Any

import django_filters
from django import forms
from django.db.models import QuerySet
from rest_framework import filters
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request

_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}


class StrictBooleanField(forms.Field):
    """``true``/``false`` (also 1/0, yes/no, on/off); anything else is a validation error."""

    def to_python(self, value: Any) -> bool | None:
        if value in (None, ""):
            return None
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        # In params, not the message: django-filter applies ``%`` to the message.
        raise forms.ValidationError(
            "'%(value)s' is not a boolean; use true or false.", params={"value": value}
        )


class StrictBooleanFilter(django_filters.BooleanFilter):
    """A boolean filter whose unknown values are a 400 rather than ignored."""

    field_class = StrictBooleanField


class StrictOrderingFilter(filters.OrderingFilter):
    """``?ordering=`` that rejects unknown fields and always ends with a primary-key tiebreak.

    The tiebreak keeps page boundaries stable when many rows share a value (same calories,
    same timestamp), so a row never appears on two pages or on none.
    """

    def get_ordering(self, request: Request, queryset: QuerySet, view: Any) -> list[str]:
        raw = request.query_params.get(self.ordering_param)
        if raw is None:
            return list(self.get_default_ordering(view) or [])
        terms = [term.strip() for term in raw.split(",") if term.strip()]
        valid = [name for name, _ in self.get_valid_fields(queryset, view, {"request": request})]
        unknown = [term for term in terms if term.lstrip("-") not in valid]
        if unknown or not terms:
            allowed = ", ".join(valid + [f"-{name}" for name in valid])
            raise ValidationError(
                {self.ordering_param: [f"Unknown ordering '{raw}'; use one of: {allowed}."]}
            )
        if not any(term.lstrip("-") in ("pk", "id") for term in terms):
            terms.append("-pk" if terms[-1].startswith("-") else "pk")
        return terms


class BoundedSearchFilter(filters.SearchFilter):
    """``?search=`` with at most ``max_terms`` terms of at most ``max_term_length`` each.

    Each term is one more ``LIKE`` clause AND-ed into the query; 1,200 of them overflow
    SQLite's expression depth (a 500) and cost any database a scan per term. A longer
    query is refused with a 400 rather than cut, so the answer never silently ignores
    words the client sent.
    """

    max_terms = 10
    max_term_length = 100

    def get_search_terms(self, request: Request) -> list[str]:
        try:
            terms = super().get_search_terms(request)
        except ValidationError as exc:  # e.g. a NUL character
            raise ValidationError({self.search_param: exc.detail}) from None
        if len(terms) > self.max_terms:
            raise ValidationError(
                {self.search_param: [f"Use at most {self.max_terms} search terms."]}
            )
        if any(len(term) > self.max_term_length for term in terms):
            raise ValidationError(
                {
                    self.search_param: [
                        f"A search term may have at most {self.max_term_length} characters."
                    ]
                }
            )
        return terms
