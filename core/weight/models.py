"""The weight log: a user's body weight over time."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from core.accounts.validators import WEIGHT_RANGE_KG


class WeightEntry(models.Model):
    """One weighing (table ``weight_entries``)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="weight_entries"
    )
    weight = models.FloatField(
        validators=[MinValueValidator(WEIGHT_RANGE_KG[0]), MaxValueValidator(WEIGHT_RANGE_KG[1])],
        help_text="kg",
    )
    measured_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=500, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "weight_entries"
        ordering = ["-measured_at", "-id"]
        verbose_name_plural = "weight entries"
        # Every read is "this user's entries in a time range" (list filters, trend).
        indexes = [models.Index(fields=["user", "measured_at"], name="weight_user_measured_at")]
        constraints = [
            models.CheckConstraint(
                condition=Q(weight__gte=WEIGHT_RANGE_KG[0], weight__lte=WEIGHT_RANGE_KG[1]),
                name="weight_entries_weight_range",
            )
        ]

    def __str__(self) -> str:
        return f"{self.weight:g} kg at {self.measured_at:%Y-%m-%d %H:%M}"
