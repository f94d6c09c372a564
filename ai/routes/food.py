"""``POST /food/analyze``: meal text -> foods, grams, kcal and nutrients.

The providers chain (Nutritionix, Edamam when configured; the local catalog analyser
last) answers; the response says which provider did and whether it was a fallback.
Personal data leaves only with the user's opt-in: external providers otherwise receive
the meal text alone.

With ``OPENAI_API_KEY`` set (and ``FOOD_LLM_ITEMS_ENABLED`` not false), users who opted in
get a chain with one more link before the local analyser: OpenAI proposes the items
(``ai.providers.openai_meal_items``) and our catalog weighs and counts them. Everyone else
gets the chain without it, so nothing of theirs reaches OpenAI; if it fails, the local
parser answers and ``fallback``/``fallback_reason`` say why.
"""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Request
from pydantic import BaseModel, Field

from ai.catalog_index import CatalogIndex
from ai.deps import CurrentUser
from ai.errors import ApiError
from ai.providers import Caller, ChainResult, NothingMatched, ProviderChain, build_chain
from ai.settings import Settings
from domain.analyser import MAX_TEXT_CHARS, AnalysisInputError, clean_text

logger = logging.getLogger("ai.food")
router = APIRouter(tags=["food"])
# Providers whose numbers are our catalog's (the others bring their own).
NUTRIENT_SOURCES = {"local": "catalog", "openai": "catalog"}


class FoodService:
    """What the endpoint needs, made once per app: the catalog index and the chain."""

    def __init__(self, settings: Settings) -> None:
        self.index = CatalogIndex(settings.catalog_refresh_seconds)
        self.chain: ProviderChain = build_chain(settings)
        # The chain for users who consented to AI data sharing: the same providers, with
        # OpenAI proposing the items just before the local analyser (None: not configured).
        self.consented_chain: ProviderChain | None = None
        if settings.food_llm_items_on:
            from ai.providers.openai_meal_items import OpenAIMealItemsProvider

            *external, local = self.chain.providers
            self.consented_chain = ProviderChain(
                [*external, OpenAIMealItemsProvider(settings), local]
            )
            logger.info(
                "Food analysis for consenting users: %s",
                " -> ".join(self.consented_chain.names),
                extra={"providers": self.consented_chain.names},
            )

    def chain_for(self, consented: bool) -> ProviderChain:
        """The chain a user's request goes through (OpenAI items only with consent)."""
        if consented and self.consented_chain is not None:
            return self.consented_chain
        return self.chain

    async def warm_up(self, app: FastAPI) -> None:
        """Build the index at start-up so the first request does not pay for it."""
        try:
            analyser = await self.index.analyser(app.state.sessionmaker)
        except Exception as exc:  # the database may not be migrated yet: build on demand
            logger.warning("Food index not built at start-up: %s", exc)
            return
        logger.info("Food index ready", extra={"foods": len(analyser)})

    async def aclose(self) -> None:
        await self.chain.aclose()
        if self.consented_chain is not None:
            # The other links are the plain chain's own objects, closed just above.
            for provider in self.consented_chain.providers:
                if provider not in self.chain.providers:
                    await provider.aclose()


def start_food_service(app: FastAPI, settings: Settings) -> FoodService:
    """Create the service on ``app.state`` (called from the app's lifespan)."""
    service = FoodService(settings)
    app.state.food = service
    return service


def get_food_service(request: Request) -> FoodService:
    """The app's food service (made on first use if the lifespan did not run)."""
    service = getattr(request.app.state, "food", None)
    if service is None:
        service = start_food_service(request.app, request.app.state.settings)
    return service


FoodServiceDep = Annotated[FoodService, Depends(get_food_service)]


class AnalyzeRequest(BaseModel):
    """The meal: ``name`` (the public contract) or ``text``."""

    name: str | None = Field(None, description='Free text, e.g. "2 eggs and a slice of toast".')
    text: str | None = Field(None, description="Same as name.")


class Item(BaseModel):
    text: str = Field(description="The part of the text this item was read from.")
    food: str
    ndb_no: str | None = Field(description="USDA NDB number, when the provider gives one.")
    quantity: float
    unit: str
    grams: float
    calories: float = Field(description="kcal (the food's own USDA energy for local).")
    nutrients: dict[str, float]
    preparation: list[str] = []
    notes: list[str] = Field([], description="Assumptions made: ranges, sizes, typos.")
    food_code: str | None = Field(None, description="FNDDS food code of a food as eaten.")
    portion: str | None = Field(
        None, description="The USDA portion or stated measure the grams came from."
    )


class Unmatched(BaseModel):
    text: str
    reason: str


class Attempt(BaseModel):
    provider: str
    outcome: str


class FoodAnalysis(BaseModel):
    name: str
    partial: bool = Field(
        False, description="True when part of the text was not counted (see unmatched)."
    )
    coverage: float = Field(1.0, description="Share of the food mentions matched (0..1).")
    calories: float = Field(description="Total kcal of the matched items.")
    nutrients: dict[str, float] = Field(description="Totals by domain nutrient key.")
    serving_size: float = Field(description="Total grams of the matched items.")
    items: list[Item]
    unmatched: list[Unmatched] = Field(description="Items not counted, with the reason.")
    incomplete_nutrients: list[str] = Field(
        description="Nutrients unknown for some item (their totals cover the others)."
    )
    provider: str = Field(
        description="local, nutritionix, edamam or openai (an OpenAI model proposed the "
        "items; the catalog weighed and counted them, as for local)."
    )
    fallback: bool = Field(description="True when an earlier provider failed or found nothing.")
    attempts: list[Attempt]
    fallback_reason: str | None = Field(
        None,
        description="When fallback is true: which providers did not answer and why, e.g. "
        '"openai: timed out; local answered instead."',
    )
    nutrient_source: str = Field(
        "catalog",
        description="Where kcal and nutrients come from: catalog (our USDA catalog, for "
        "local and openai), nutritionix or edamam.",
    )


def fallback_reason(result: ChainResult) -> str | None:
    """One readable sentence on the providers that did not answer, or None."""
    if not result.fallback:
        return None
    failed = [a for a in result.attempts if a["provider"] != result.provider]
    # Some providers already name themselves in their reasons ("nutritionix: gave up ...").
    why = "; ".join(
        a["outcome"] if a["outcome"].startswith(f"{a['provider']}:") else
        f"{a['provider']}: {a['outcome']}"
        for a in failed
    )  # fmt: skip
    return f"{why}; {result.provider} answered instead."


@router.post(
    "/food/analyze",
    response_model=FoodAnalysis,
    summary="Analyse a meal description",
    responses={
        400: {"description": "Empty or oversize text."},
        401: {"description": "No valid access token."},
        422: {"description": "No food in the text could be matched."},
    },
)
async def analyze_food(
    body: AnalyzeRequest, user: CurrentUser, service: FoodServiceDep, request: Request
) -> FoodAnalysis:
    """Foods, grams, kcal and nutrients of a meal written in plain words."""
    raw = body.name if body.name is not None else body.text
    field = "name" if body.name is not None else "text"
    if raw is None:
        raise ApiError(
            400, "Give the meal as name (free text).", {"name": ["This field is required."]}
        )
    try:
        text = clean_text(raw)
    except AnalysisInputError as exc:
        raise ApiError(400, str(exc), {field: [str(exc)], "max_chars": MAX_TEXT_CHARS}) from exc
    analyser = await service.index.analyser(request.app.state.sessionmaker)
    caller = (
        Caller(user_id=user.id, timezone=user.timezone)
        if user.ai_data_sharing
        else Caller.anonymous()
    )
    chain = service.chain_for(user.ai_data_sharing)
    try:
        result = await chain.analyze(text, caller, analyser)
    except NothingMatched as exc:
        unmatched = [u.as_dict() for u in exc.unmatched] or [
            {"text": text, "reason": "no catalog food matched"}
        ]
        raise ApiError(
            422,
            "None of the foods in the description could be matched; check the spelling "
            "or name the foods more plainly.",
            {"unmatched": unmatched, "attempts": exc.attempts},
        ) from exc
    except AnalysisInputError as exc:
        raise ApiError(400, str(exc), {field: [str(exc)]}) from exc
    return FoodAnalysis(
        **result.analysis.as_dict(),
        provider=result.provider,
        fallback=result.fallback,
        attempts=[Attempt(**a) for a in result.attempts],
        fallback_reason=fallback_reason(result),
        nutrient_source=NUTRIENT_SOURCES.get(result.provider, result.provider),
    )
