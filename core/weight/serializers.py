"""Weight entry input validation and output shape."""

from rest_framework import serializers

from core.weight.models import WeightEntry


class WeightEntrySerializer(serializers.ModelSerializer):
    """A weighing; the owner comes from the token, never from the body."""

    class Meta:
        model = WeightEntry
        fields = ["id", "weight", "measured_at", "note", "created_at"]
        read_only_fields = ["id", "created_at"]

    def validate_note(self, value: str) -> str:
        return value.strip()
