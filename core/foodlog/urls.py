from django.urls import path
from rest_framework.routers import SimpleRouter

from core.foodlog.api.analyze import analyze_food
from core.foodlog.api.views import FoodEntryViewSet

router = SimpleRouter(trailing_slash=True)
router.register("foods", FoodEntryViewSet, basename="food")

urlpatterns = [
    path("food/analyze/", analyze_food, name="food-analyze"),
    *router.urls,
]
