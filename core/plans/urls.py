from rest_framework.routers import SimpleRouter

from core.plans.api.views import DietPlanViewSet, WorkoutViewSet

router = SimpleRouter(trailing_slash=True)
router.register("diet-plans", DietPlanViewSet, basename="diet-plan")
router.register("workouts", WorkoutViewSet, basename="workout")

urlpatterns = router.urls
