"""HTTP API of diet plans and workouts: serializers, filters and viewsets."""
