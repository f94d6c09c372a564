from rest_framework.routers import SimpleRouter

from core.weight.views import WeightEntryViewSet

router = SimpleRouter()
router.register("weight", WeightEntryViewSet, basename="weight-entry")

urlpatterns = router.urls
