"""``POST /chatbot/query``: the nutrition and fitness assistant.

The core calls it with the question, the conversation id and the last messages of that
conversation (it stores them); a client may call it directly too. The safety rules run
first; then the OpenAI provider answers if it is configured and the user opted in to
sharing data with AI providers, otherwise the local assistant.

With ``Accept: application/x-ndjson`` the answer is streamed (``ai/progress.py``): a
``{"event": "progress", "stage": "answer", "delta": "..."}`` line per piece of text as
it is written (OpenAI's own token stream; the local assistant's and the safety gate's
fixed answers as one piece), possibly ``{"stage": "answer", "reset": true, "reason"}``
(drop what was streamed: a broken OpenAI stream whose fallback answers instead), then
one ``result`` line with exactly the body the plain call answers. The deltas after the
last reset always join up to the result's ``response`` (``AnswerStream.finish``), and
the result is authoritative: it is what the core stores.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Literal

from fastapi import APIRouter, FastAPI, Request
from pydantic import BaseModel, Field
from starlette.responses import StreamingResponse

from ai.assistant_data import CatalogChoices, DatabaseAssistantData
from ai.catalog_index import CatalogIndex
from ai.deps import CurrentUser, SessionDep, SettingsDep
from ai.errors import ApiError
from ai.progress import Report, progress_stream, wants_progress
from ai.providers.base import AnswerStream
from ai.routes.food import get_food_service
from ai.settings import Settings
from domain.analyser import Analyser
from domain.assistant import MAX_QUERY_CHARS, Answer, ToolContext, Turn, respond
from domain.assistant.assistant import Provider

router = APIRouter(tags=["chatbot"])
MAX_HISTORY_ITEMS = 50


class HistoryMessage(BaseModel):
    role: Literal["user", "assistant"]
    content: str = Field(..., max_length=20000)


class ChatQuery(BaseModel):
    query: str = Field(..., description=f"The question, 1 to {MAX_QUERY_CHARS} characters.")
    conversation_id: str | None = Field(None, description="A UUID; a new one when absent.")
    history: list[HistoryMessage] = Field(
        default_factory=list,
        max_length=MAX_HISTORY_ITEMS,
        description="Earlier messages of the conversation, oldest first.",
    )


class ChatAnswer(BaseModel):
    response: str
    query: str
    conversation_id: str
    sources: list[str]
    tools_used: list[str]
    provider: str
    intent: str | None = None
    safety: str | None = None
    fallback: dict[str, str] | None = None


def clean_query(query: str) -> str:
    """The query stripped; 400 when empty or longer than ``MAX_QUERY_CHARS``."""
    text = query.strip()
    if not text:
        message = "The query must not be empty."
        raise ApiError(400, message, {"query": [message]})
    if len(text) > MAX_QUERY_CHARS:
        message = f"The query is too long ({len(text)} characters; at most {MAX_QUERY_CHARS})."
        raise ApiError(400, message, {"query": [message]})
    return text


def clean_conversation_id(value: str | None) -> str:
    """A canonical UUID string; a new one when absent; 400 when not a UUID."""
    if value is None or value == "":
        return str(uuid.uuid4())
    try:
        return str(uuid.UUID(value))
    except ValueError:
        message = "conversation_id must be a UUID."
        raise ApiError(400, message, {"conversation_id": [message]}) from None


def _state(app: FastAPI, name: str, make: Any) -> Any:
    """A per-app object made on first use (kept on ``app.state``)."""
    value = getattr(app.state, name, None)
    if value is None:
        value = make()
        setattr(app.state, name, value)
    return value


def chat_provider(app: FastAPI, settings: Settings) -> Provider | None:
    """The external provider for this app, or None when no key is configured."""
    if not settings.openai_api_key:
        return None
    from ai.providers.openai_chat import OpenAIChatProvider

    return _state(app, "chat_provider", lambda: OpenAIChatProvider(settings))


class StreamingProvider:
    """``provider`` answering into ``stream`` (``respond`` passes no stream itself).

    Only the external provider is wrapped: the safety gate answers before any provider,
    and the local assistant's answer is complete at once, so ``AnswerStream.finish``
    sends either as one piece.
    """

    def __init__(self, provider: Any, stream: AnswerStream) -> None:
        self.provider, self.stream = provider, stream
        self.name: str = provider.name

    async def answer(self, query: str, history: Sequence[Turn], ctx: ToolContext) -> Answer:
        result: Answer = await self.provider.answer(query, history, ctx, stream=self.stream)
        return result


@router.post(
    "/chatbot/query",
    response_model=ChatAnswer,
    summary="Ask the nutrition and fitness assistant",
    description="With `Accept: application/x-ndjson` the answer is a stream: "
    '`{"event": "progress", "stage": "answer", "delta": "<text>"}` lines as the answer is '
    'written (`{"stage": "answer", "reset": true, "reason"}`: discard the text so far), then '
    'one `{"event": "result", "status", "body"}` line with what this endpoint would answer '
    "as JSON. The deltas after the last reset join up to the body's `response`.",
)
async def chatbot_query(
    body: ChatQuery,
    request: Request,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
) -> ChatAnswer | StreamingResponse:
    """Answer a question from the caller's own data, the food catalog and the knowledge base."""
    query = clean_query(body.query)
    conversation_id = clean_conversation_id(body.conversation_id)
    app = request.app
    # The food-analysis service's catalog index: one analyser per process, shared.
    index: CatalogIndex = get_food_service(request).index
    choices: CatalogChoices = _state(app, "assistant_choices", CatalogChoices)
    sessionmaker = app.state.sessionmaker

    async def analyser() -> Analyser:
        return await index.analyser(sessionmaker)

    data = DatabaseAssistantData(session, user.id, analyser, choices)
    ctx = ToolContext(data=data, now=datetime.now(UTC))
    history = [Turn(m.role, m.content) for m in body.history]
    provider = chat_provider(app, settings)
    consent_note = None
    if provider is not None and not user.ai_data_sharing:
        # No opt-in: nothing of this user's goes to an external provider.
        provider, consent_note = None, {"from": "openai", "reason": "no data-sharing consent"}

    async def reply(stream: AnswerStream | None) -> ChatAnswer:
        asked = (
            provider if stream is None or provider is None else StreamingProvider(provider, stream)
        )
        answer = await respond(query, history, ctx, asked)
        if consent_note and answer.fallback is None and answer.safety is None:
            answer.fallback = consent_note
        result = ChatAnswer(
            response=answer.response,
            query=query,
            conversation_id=conversation_id,
            sources=answer.sources,
            tools_used=answer.tools_used,
            provider=answer.provider,
            intent=answer.intent,
            safety=answer.safety,
            fallback=answer.fallback,
        )
        if stream is not None:
            stream.finish(result.response)  # the streamed text now equals the answer
        return result

    if wants_progress(request):

        async def work(report: Report) -> dict[str, Any]:
            return (await reply(AnswerStream(report))).model_dump(mode="json")

        return progress_stream(work)
    return await reply(None)
