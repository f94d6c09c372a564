from rest_framework.routers import SimpleRouter

from core.catalog.api.views import CatalogFoodViewSet

router = SimpleRouter(trailing_slash=True)
router.register("catalog/foods", CatalogFoodViewSet, basename="catalog-food")

urlpatterns = router.urls
