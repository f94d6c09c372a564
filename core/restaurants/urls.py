from django.urls import path
from rest_framework.routers import SimpleRouter

from core.restaurants.nearby import nearby
from core.restaurants.views import RestaurantViewSet

router = SimpleRouter()
router.register("restaurants", RestaurantViewSet, basename="restaurant")

urlpatterns = [
    path("restaurant/nearby/", nearby, name="restaurant-nearby"),
    *router.urls,
]
