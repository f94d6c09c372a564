"""Food-analysis providers behind one interface, and the chain that falls back through
them: Nutritionix, Edamam (each when its keys are set), then the local analyser."""

from __future__ import annotations

import logging

from ai.providers.base import Caller, FoodProvider, NoMatch, ProviderError
from ai.providers.chain import ChainResult, NothingMatched, ProviderChain
from ai.providers.edamam import EdamamProvider
from ai.providers.http import RetryPolicy
from ai.providers.local import LocalProvider
from ai.providers.nutritionix import NutritionixProvider
from ai.settings import Settings

logger = logging.getLogger("ai.providers")


def retry_policy(settings: Settings) -> RetryPolicy:
    """The retry policy the settings describe."""
    return RetryPolicy(
        retries=settings.provider_retries,
        backoff_seconds=settings.provider_backoff_seconds,
        max_retry_after_seconds=settings.provider_max_retry_after_seconds,
        read_timeout_seconds=settings.provider_read_timeout_seconds,
        connect_timeout_seconds=settings.provider_connect_timeout_seconds,
    )


def build_chain(settings: Settings) -> ProviderChain:
    """The providers selected by the environment, in order, local last; logged once."""
    policy = retry_policy(settings)
    providers: list[FoodProvider] = []
    if settings.nutritionix_enabled:
        providers.append(
            NutritionixProvider(
                settings.nutritionix_app_id,
                settings.nutritionix_app_key,
                settings.nutritionix_base_url,
                policy,
                settings.provider_budget_seconds,
            )
        )
    if settings.edamam_enabled:
        providers.append(
            EdamamProvider(
                settings.edamam_app_id,
                settings.edamam_app_key,
                settings.edamam_base_url,
                policy,
                settings.provider_budget_seconds,
            )
        )
    providers.append(LocalProvider())
    chain = ProviderChain(providers)
    logger.info(
        "Food analysis providers: %s",
        " -> ".join(chain.names),
        extra={
            "providers": chain.names,
            "nutritionix_base_url": settings.nutritionix_base_url
            if settings.nutritionix_enabled
            else None,
            "edamam_base_url": settings.edamam_base_url if settings.edamam_enabled else None,
        },
    )
    return chain


__all__ = [
    "Caller",
    "ChainResult",
    "EdamamProvider",
    "FoodProvider",
    "LocalProvider",
    "NoMatch",
    "NothingMatched",
    "NutritionixProvider",
    "ProviderChain",
    "ProviderError",
    "RetryPolicy",
    "build_chain",
    "retry_policy",
]
