"""The service's routers, one module per resource; features add theirs to ``ROUTERS``."""

from __future__ import annotations

from fastapi import APIRouter

from ai.routes import chatbot, food, health, me, plans, restaurants

ROUTERS: list[APIRouter] = [
    health.router,
    me.router,
    restaurants.router,
    food.router,
    chatbot.router,
    plans.router,
]
# Routers whose every endpoint is limited per user (ai/rate_limits.py), with the scope.
RATE_LIMITED: list[tuple[APIRouter, str]] = [
    (restaurants.router, "restaurant_search"),
    (food.router, "ai_analyze"),
    (chatbot.router, "ai_chat"),
    (plans.router, "ai_generate"),
]
