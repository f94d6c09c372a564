"""``GET /analytics/?days=N``: the signed-in user's nutrition report."""

from __future__ import annotations

from django.http import HttpResponse
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.request import Request
from rest_framework.views import APIView

from core.analytics.report import build_report_json
from core.analytics.serializers import (
    DEFAULT_DAYS,
    MAX_DAYS,
    AnalyticsQuerySerializer,
    AnalyticsReportSerializer,
)


class AnalyticsView(APIView):
    """Totals, daily calories, targets, adherence and weight trend over the last N days."""

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "days",
                int,
                description=f"Local days ending today, 1..{MAX_DAYS} (default {DEFAULT_DAYS}).",
            )
        ],
        responses={200: AnalyticsReportSerializer},
        description=(
            "Computed in the database over the food log, bucketed by day in the user's time "
            "zone. average_calories_per_day is averaged over days_logged (days with at "
            "least one entry). macro_split is an estimate from 4/4/9 kcal per gram. "
            "targets use Mifflin-St Jeor x activity factor from the profile."
        ),
    )
    def get(self, request: Request) -> HttpResponse:
        # A plain dict, not the QueryDict: DRF reads a blank form value as "absent", but
        # `?days=` is a mistake the client should hear about.
        params = {"days": request.query_params["days"]} if "days" in request.query_params else {}
        query = AnalyticsQuerySerializer(data=params)
        query.is_valid(raise_exception=True)
        # Already rendered (and cached as rendered): the report is JSON-only.
        body = build_report_json(request.user, query.validated_data["days"], timezone.now())
        return HttpResponse(body, content_type="application/json")
