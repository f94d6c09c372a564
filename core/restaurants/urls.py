from rest_framework.routers import SimpleRouter

from core.restaurants.views import RestaurantViewSet

router = SimpleRouter()
router.register("restaurants", RestaurantViewSet, basename="restaurant")

urlpatterns = router.urls
