"""Restaurant models, one per module, re-exported here."""

from core.restaurants.models.menu_item import MenuItem, ProcessingLevel, normalise_tags
from core.restaurants.models.restaurant import (
    LATITUDE_RANGE,
    LONGITUDE_RANGE,
    PRICE_LEVEL_RANGE,
    RATING_RANGE,
    Restaurant,
    Source,
)
from core.restaurants.models.search_area import SearchArea

__all__ = [
    "LATITUDE_RANGE",
    "LONGITUDE_RANGE",
    "PRICE_LEVEL_RANGE",
    "RATING_RANGE",
    "MenuItem",
    "ProcessingLevel",
    "Restaurant",
    "SearchArea",
    "Source",
    "normalise_tags",
]
