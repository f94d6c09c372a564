from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "core.plans"
    label = "plans"
