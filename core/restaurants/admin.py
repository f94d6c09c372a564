from django.contrib import admin

from core.restaurants.models import Restaurant


@admin.register(Restaurant)
class RestaurantAdmin(admin.ModelAdmin):
    list_display = ["name", "cuisine", "rating", "price_level", "source", "updated_at"]
    list_filter = ["source", "cuisine", "price_level"]
    search_fields = ["name", "address", "external_id"]
    readonly_fields = ["location", "created_at", "updated_at"]
