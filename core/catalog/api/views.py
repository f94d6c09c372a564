"""``GET /api/catalog/foods/`` (ranked search, filters, paging) and ``/{id}/``."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from core.catalog.api.params import AmountParams, SearchParams
from core.catalog.api.serializers import CatalogFoodSerializer
from core.catalog.models import CatalogFood, CatalogPortion, FoodKind
from core.catalog.search import ranked_ids
from core.catalog.services import allowed_foods
from domain.diet import build_restrictions


def _with_portions(queryset: QuerySet[CatalogFood]) -> QuerySet[CatalogFood]:
    # The full USDA nutrient set is not part of the answer; do not ship it from the DB.
    return queryset.defer("usda_nutrients").prefetch_related(
        Prefetch("portions", queryset=CatalogPortion.objects.order_by("seq", "id"))
    )


_AMOUNT_PARAMS = [
    OpenApiParameter("grams", float, description="scale `serving` to this many grams"),
    OpenApiParameter("portion", str, description='a household measure, e.g. "1 large"'),
    OpenApiParameter("quantity", float, description="how many portions (default 1)"),
]
_SEARCH_PARAMS = [
    OpenApiParameter(
        "search", str, description="ranked search: foods as eaten first unless ingredients asked"
    ),
    OpenApiParameter(
        "kind", str, enum=list(FoodKind.values), description="food_as_eaten or ingredient"
    ),
    OpenApiParameter("group", str, description="category, USDA group code or group name"),
    OpenApiParameter("diet", str, description="comma list: vegan, vegetarian, gluten_free, ..."),
    OpenApiParameter(
        "exclude_allergens",
        str,
        description="comma list: milk, egg, peanuts, ...; foods where unknown are excluded too",
    ),
]


class CatalogFoodViewSet(viewsets.ReadOnlyModelViewSet):
    """Read the food catalog (any signed-in user); scale values with ``grams``/``portion``."""

    serializer_class = CatalogFoodSerializer
    queryset = CatalogFood.objects.all()
    filter_backends: list[type] = []  # filtering and ranking are done here, on purpose

    def _params(self, serializer_class: type[AmountParams]) -> dict[str, Any]:
        params = serializer_class(data=self.request.query_params.dict())
        params.is_valid(raise_exception=True)
        return params.validated_data

    @staticmethod
    def _amount(params: dict[str, Any]) -> dict[str, Any] | None:
        if "grams" in params:
            return {"grams": params["grams"]}
        if "portion" in params:
            return {"portion": params["portion"], "quantity": params.get("quantity", 1.0)}
        return None

    def _filtered(self, params: dict[str, Any]) -> QuerySet[CatalogFood]:
        queryset = CatalogFood.objects.all()
        if group := (params.get("group") or "").strip():
            queryset = queryset.filter(
                Q(category=group.lower()) | Q(food_group_code=group) | Q(food_group__iexact=group)
            )
        if kind := params.get("kind"):
            queryset = queryset.filter(kind=kind)
        restrictions = build_restrictions(
            params.get("diet") or (), params.get("exclude_allergens") or ()
        )
        return allowed_foods(queryset, restrictions)

    @extend_schema(parameters=_SEARCH_PARAMS + _AMOUNT_PARAMS)
    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        params = self._params(SearchParams)
        queryset = self._filtered(params)
        context = {**self.get_serializer_context(), "amount": self._amount(params)}
        query = (params.get("search") or "").strip()
        if query:
            page_ids = self.paginate_queryset(ranked_ids(queryset, query))
            by_id = _with_portions(CatalogFood.objects.filter(id__in=page_ids)).in_bulk()
            foods = [by_id[pk] for pk in page_ids if pk in by_id]
        else:
            foods = self.paginate_queryset(_with_portions(queryset.order_by("-is_starter", "id")))
        data = CatalogFoodSerializer(foods, many=True, context=context).data
        return self.get_paginated_response(data)

    @extend_schema(parameters=_AMOUNT_PARAMS)
    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        params = self._params(AmountParams)
        food = self.get_object_from(_with_portions(CatalogFood.objects.all()))
        context = {
            **self.get_serializer_context(),
            "amount": self._amount(params),
            "strict_portion": True,
        }
        try:
            data = CatalogFoodSerializer(food, context=context).data
        except ValueError as exc:
            raise ValidationError({"portion": [str(exc)]}) from exc
        return Response(data)

    def get_object_from(self, queryset: QuerySet[CatalogFood]) -> CatalogFood:
        """``get_object`` over a given queryset (404 as JSON for an unknown id)."""
        self.queryset = queryset
        return self.get_object()
