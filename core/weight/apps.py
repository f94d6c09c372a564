from django.apps import AppConfig


class WeightConfig(AppConfig):
    name = "core.weight"
    label = "weight"
