from django.apps import AppConfig


class FoodlogConfig(AppConfig):
    name = "core.foodlog"
    label = "foodlog"
