from django.apps import AppConfig


class RestaurantsConfig(AppConfig):
    name = "core.restaurants"
    label = "restaurants"
