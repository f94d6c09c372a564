"""The analytics query parameters and, for the OpenAPI document, the report's shape."""

from rest_framework import serializers

from domain.nutrients import NUTRIENT_KEYS

MAX_DAYS = 365
DEFAULT_DAYS = 30


class AnalyticsQuerySerializer(serializers.Serializer):
    """``?days=N``: how many local days, ending today, the report covers."""

    days = serializers.IntegerField(min_value=1, max_value=MAX_DAYS, default=DEFAULT_DAYS)


# --- response shape (documentation only; the view returns the report dict) ------------
class DailyCaloriesSerializer(serializers.Serializer):
    date = serializers.DateField(help_text="Local date in the user's time zone.")
    calories = serializers.FloatField()
    entries = serializers.IntegerField()


class ByMealSerializer(serializers.Serializer):
    breakfast = serializers.FloatField()
    lunch = serializers.FloatField()
    dinner = serializers.FloatField()
    snack = serializers.FloatField()
    unspecified = serializers.FloatField(help_text="Entries logged without a meal.")


class MacroSplitSerializer(serializers.Serializer):
    protein_percent = serializers.FloatField()
    carbs_percent = serializers.FloatField()
    fats_percent = serializers.FloatField()
    estimated_macro_calories = serializers.FloatField(help_text="4/4/9 kcal per g estimate.")
    method = serializers.CharField()


class TargetsSerializer(serializers.Serializer):
    """Today's target (``domain.daily_target``): the one the assistant and restaurants use."""

    daily_calories = serializers.IntegerField(
        allow_null=True,
        help_text="Null when there is no active diet plan and the profile lacks what the "
        "equations need.",
    )
    source = serializers.ChoiceField(
        choices=["diet plan", "profile"],
        allow_null=True,
        help_text="The active diet plan's targets, else the profile's goal-adjusted ones.",
    )
    protein = serializers.FloatField(required=False, allow_null=True, help_text="g")
    carbs = serializers.FloatField(required=False, allow_null=True, help_text="g")
    fats = serializers.FloatField(required=False, allow_null=True, help_text="g")
    fiber = serializers.FloatField(required=False, allow_null=True, help_text="g")
    sodium_max = serializers.FloatField(required=False, allow_null=True, help_text="mg")
    saturated_fat_max = serializers.FloatField(required=False, allow_null=True, help_text="g")
    bmr = serializers.IntegerField(required=False, help_text="The profile's estimate, kcal.")
    tdee = serializers.IntegerField(required=False, help_text="BMR x activity factor, kcal.")
    activity_factor = serializers.FloatField(required=False)
    method = serializers.CharField(required=False)
    missing_profile_fields = serializers.ListField(child=serializers.CharField())
    invalid_profile_fields = serializers.DictField(child=serializers.CharField())


class AdherenceSerializer(serializers.Serializer):
    target_calories = serializers.IntegerField()
    tolerance_percent = serializers.IntegerField()
    days_within_tolerance = serializers.IntegerField()
    days_logged = serializers.IntegerField()
    adherence_percent = serializers.FloatField(help_text="days_within_tolerance / days_logged.")
    average_percent_of_target = serializers.FloatField()


class WeightTrendSerializer(serializers.Serializer):
    entries = serializers.IntegerField()
    start_weight = serializers.FloatField(help_text="kg")
    end_weight = serializers.FloatField(help_text="kg")
    change_kg = serializers.FloatField()
    kg_per_week = serializers.FloatField(
        allow_null=True, help_text="Least-squares slope over the period's weighings."
    )
    first_measured_at = serializers.DateTimeField()
    last_measured_at = serializers.DateTimeField()


class AnalyticsReportSerializer(serializers.Serializer):
    period_days = serializers.IntegerField()
    start_date = serializers.DateField(help_text="end_date - period_days + 1 (local).")
    end_date = serializers.DateField(help_text="Today in the user's time zone.")
    time_zone = serializers.CharField(help_text="The zone days are bucketed in.")
    total_calories = serializers.FloatField()
    average_calories_per_day = serializers.FloatField(
        help_text="total_calories / days_logged: averaged over days with at least one "
        "entry, not over every day of the period; 0 when nothing was logged."
    )
    days_logged = serializers.IntegerField()
    total_food_entries = serializers.IntegerField()
    total_nutrients = serializers.DictField(
        child=serializers.FloatField(),
        help_text=f"Every nutrient key ({', '.join(NUTRIENT_KEYS)}) with its sum.",
    )
    daily_calories = DailyCaloriesSerializer(many=True, help_text="One row per day, zero-filled.")
    by_meal = ByMealSerializer()
    macro_split = MacroSplitSerializer(
        allow_null=True,
        help_text="Estimated share of macronutrient energy (4/4/9 kcal per g); null when no "
        "protein, carbs or fats were logged.",
    )
    targets = TargetsSerializer()
    adherence = AdherenceSerializer(
        allow_null=True, help_text="Null without a calorie target or without logged days."
    )
    weight_trend = WeightTrendSerializer(
        allow_null=True, help_text="From the weight log; null with fewer than two weighings."
    )
