"""Known values for profile fields (shared with the planners in ``domain``)."""

from django.db import models

from domain import diet


class Gender(models.TextChoices):
    MALE = "male", "Male"
    FEMALE = "female", "Female"
    OTHER = "other", "Other"
    UNDISCLOSED = "prefer_not_to_say", "Prefer not to say"


class ActivityLevel(models.TextChoices):
    SEDENTARY = "sedentary", "Sedentary (little or no exercise)"
    LIGHT = "light", "Lightly active (1-3 days/week)"
    MODERATE = "moderate", "Moderately active (3-5 days/week)"
    ACTIVE = "active", "Very active (6-7 days/week)"
    VERY_ACTIVE = "very_active", "Extra active (hard daily training or physical job)"


GOALS = (
    "lose_weight",
    "maintain_weight",
    "gain_weight",
    "build_muscle",
    "improve_endurance",
    "eat_healthier",
)
# The one diet vocabulary lives in domain.diet; the profile accepts exactly its words.
DIETARY_PREFERENCES = diet.DIETARY_PREFERENCES
ALLERGENS = diet.ALLERGENS
