"""Per-user limits on the expensive (and, with providers configured, paid) endpoints.

Counted in Django's cache, which is Redis when ``REDIS_URL`` is set, so every worker and
replica counts the same requests. Rates come from the environment (``settings.py``); a
refused request is a 429 JSON error with ``Retry-After``. The limit is per account, so
one user cannot use up what another is allowed.
"""

from __future__ import annotations

from rest_framework.throttling import UserRateThrottle


class GenerationThrottle(UserRateThrottle):
    """Diet and workout plan generation (CPU-heavy solver runs)."""

    scope = "ai_generate"


class ChatThrottle(UserRateThrottle):
    """Assistant questions."""

    scope = "ai_chat"


class AnalysisThrottle(UserRateThrottle):
    """Meal-text analysis."""

    scope = "ai_analyze"


class RestaurantSearchThrottle(UserRateThrottle):
    """Nearby restaurant search (may call Google Places)."""

    scope = "restaurant_search"
