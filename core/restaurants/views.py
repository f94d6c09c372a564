"""The restaurant catalogue: everyone signed in reads it, staff maintain it."""

from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import viewsets

from core.api.filters import BoundedSearchFilter, StrictOrderingFilter
from core.restaurants.filters import RestaurantFilter
from core.restaurants.models import Restaurant
from core.restaurants.permissions import IsStaffOrReadOnly
from core.restaurants.serializers import RestaurantSerializer


class RestaurantViewSet(viewsets.ModelViewSet):
    """List, search (``?search=`` on the name) and read restaurants; staff create,
    update and delete them."""

    queryset = Restaurant.objects.all()
    serializer_class = RestaurantSerializer
    permission_classes = [IsStaffOrReadOnly]
    filter_backends = [DjangoFilterBackend, BoundedSearchFilter, StrictOrderingFilter]
    filterset_class = RestaurantFilter
    search_fields = ["name"]
    ordering_fields = ["name", "rating", "price_level", "created_at"]
    ordering = ["name", "id"]
