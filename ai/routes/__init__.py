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
