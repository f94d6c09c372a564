"""Query filters for plans: ``?is_active=true|false``."""

from __future__ import annotations

import django_filters

from core.api.filters import StrictBooleanFilter
from core.plans.models import DietPlan, Workout


class DietPlanFilterSet(django_filters.FilterSet):
    is_active = StrictBooleanFilter()

    class Meta:
        model = DietPlan
        fields = ["is_active"]


class WorkoutFilterSet(django_filters.FilterSet):
    is_active = StrictBooleanFilter()

    class Meta:
        model = Workout
        fields = ["is_active"]
