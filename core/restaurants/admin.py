from django.contrib import admin

from core.restaurants.models import MenuItem, Restaurant, SearchArea


class MenuItemInline(admin.TabularInline):
    model = MenuItem
    extra = 0
    fields = [
        "name", "calories", "serving_grams", "protein", "carbs", "fats", "fiber",
        "saturated_fat", "sodium", "processing", "diets", "allergens",
    ]  # fmt: skip


@admin.register(Restaurant)
class RestaurantAdmin(admin.ModelAdmin):
    list_display = ["name", "cuisine", "rating", "price_level", "source", "updated_at"]
    list_filter = ["source", "cuisine", "price_level"]
    search_fields = ["name", "address", "external_id"]
    readonly_fields = ["location", "fetched_at", "created_at", "updated_at"]
    inlines = [MenuItemInline]


@admin.register(SearchArea)
class SearchAreaAdmin(admin.ModelAdmin):
    list_display = ["key", "result_count", "fetched_at"]
    search_fields = ["key"]
    readonly_fields = [f.name for f in SearchArea._meta.fields]
