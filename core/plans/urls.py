from django.urls import path
from rest_framework.routers import SimpleRouter

from core.plans.api.generate import generate_diet_plan, generate_workout_plan
from core.plans.api.views import DietPlanViewSet, WorkoutViewSet

router = SimpleRouter(trailing_slash=True)
router.register("diet-plans", DietPlanViewSet, basename="diet-plan")
router.register("workouts", WorkoutViewSet, basename="workout")

urlpatterns = [
    path("diet/generate/", generate_diet_plan, name="diet-generate"),
    path("workout/generate/", generate_workout_plan, name="workout-generate"),
    *router.urls,
]
