from rest_framework.routers import SimpleRouter

from core.foodlog.api.views import FoodEntryViewSet

router = SimpleRouter(trailing_slash=True)
router.register("foods", FoodEntryViewSet, basename="food")

urlpatterns = router.urls
