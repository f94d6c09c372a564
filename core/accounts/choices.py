"""Known values for profile fields (shared with the planners in ``domain``)."""

from django.db import models


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
DIETARY_PREFERENCES = (
    "vegetarian",
    "vegan",
    "pescatarian",
    "gluten_free",
    "dairy_free",
    "low_carb",
    "low_sodium",
)
ALLERGENS = ("milk", "egg", "fish", "shellfish", "tree_nuts", "peanuts", "wheat", "soy", "sesame")
