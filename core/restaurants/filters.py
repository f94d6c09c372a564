"""Query filters for the restaurant list."""

import django_filters

from core.restaurants.models import Restaurant, Source


class RestaurantFilter(django_filters.FilterSet):
    """``?cuisine=`` (case-insensitive), ``?min_rating=``, ``?source=``."""

    cuisine = django_filters.CharFilter(lookup_expr="iexact")
    min_rating = django_filters.NumberFilter(field_name="rating", lookup_expr="gte")
    source = django_filters.ChoiceFilter(choices=Source.choices)

    class Meta:
        model = Restaurant
        fields = ["cuisine", "min_rating", "source"]
