"""HTTP API of the food log: serializers, filters and the viewset."""
