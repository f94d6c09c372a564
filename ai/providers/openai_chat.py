"""The assistant on OpenAI Chat Completions (official SDK), with our tools as functions.

One question is one conversation turn: the system prompt (rules and the user's profile
summary), the last few messages of the conversation, the question; then a loop: the
model either answers or calls tools, which run here against the caller's own data
(``domain.assistant.tools.run_tool`` validates every argument first) and go back as
``tool`` messages. The loop stops after ``openai_max_tool_steps`` completions; the last
one is made with ``tool_choice="none"`` so it must answer in words.

Failures never reach the user as errors: on 401, quota, a 429 whose Retry-After is too
long, 5xx, timeouts or a turn over its deadline, the local assistant answers and the
response says so (``fallback``). The SDK's own retries are off (``max_retries=0``): it
would retry both kinds of 429, and ``insufficient_quota`` must not be retried. Ours retry
``rate_limit_exceeded`` 429s (honouring ``retry-after-ms``/``retry-after`` up to a cap),
5xx and connection errors, with exponential backoff inside the turn's deadline
(``ai.providers.openai_retry``, shared with the plan narratives).

Consent: the route only uses this provider for users who opted in to sharing data with
AI providers; the profile summary and tool results (log, plans) go to OpenAI only then.

Streaming: given an ``AnswerStream`` (the route's NDJSON progress stream, which the
core turns into ``assistant.chunk`` socket events), each completion is asked for with
``stream=True`` and the text deltas of its ``chat.completion.chunk`` events are
forwarded as they arrive. Opening a stream goes through the same retries as a plain
call (a 429 or 5xx comes before the first event); a stream that breaks off midway (the
connection drops, a read times out, an ``error`` event, no ``finish_reason``) is not
retried: the local assistant answers, saying so, and the stream is reset first, so the
words already shown are withdrawn rather than contradicted. Text streamed in a step that
then turns out to call tools is reset too (the final answer is the last step's text).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
from openai import APIConnectionError, APIError, APITimeoutError, AsyncOpenAI, OpenAIError

from ai.providers.base import AnswerStream
from ai.providers.openai_retry import OpenAIFailure, call_with_retries
from ai.settings import Settings
from domain.assistant import Answer, LocalAssistant, ToolContext, ToolError, Turn
from domain.assistant.assistant import CATALOG_SOURCE, LOG_SOURCE, PLAN_SOURCE, TARGET_SOURCES
from domain.assistant.tools import TOOLS, run_tool, tool_definitions

logger = logging.getLogger("ai.openai")

MAX_HISTORY_CHARS = 2000  # per earlier message
SYSTEM_RULES = """You are Health-Bite's nutrition and fitness assistant.
Rules:
- Answer only questions about nutrition, food, physical activity, sleep and the user's own \
Health-Bite data. For anything else say you can't answer that and list what you can do.
- Never guess the user's numbers: call get_intake, get_remaining_budget or get_active_plans. \
For a food's calories or nutrients call lookup_nutrients. For general facts call \
search_knowledge and name the source you used.
- Give specific numbers with units (kcal, g, mg) and keep answers short.
- Do not diagnose conditions or advise on medications; refer those to a doctor or pharmacist.
- Never help plan intakes below 1,200 kcal a day for women or 1,500 kcal a day for men.
- If the user shows signs of disordered eating or an emergency, respond with care and point \
to professional help."""


class ProviderFailure(OpenAIFailure):
    """The provider could not produce an answer; ``reason`` is short and user-safe."""


STREAM_BROKE = "the answer stream broke off"


@dataclass
class _Call:
    """One function call the model made (assembled from stream deltas when streaming)."""

    id: str = ""
    name: str = ""
    arguments: str = ""
    type: str = "function"


@dataclass
class _Reply:
    """What one completion said: its text (or refusal) and its function calls."""

    content: str | None = None
    refusal: str | None = None
    calls: list[_Call] = field(default_factory=list)


class _Forwarder:
    """Passes a completion's text deltas on to an ``AnswerStream`` exactly as the final
    answer will read: leading whitespace dropped and trailing whitespace held back until
    more text follows, since the answer is the stripped text."""

    def __init__(self, stream: AnswerStream) -> None:
        self.stream = stream
        self.started = False
        self.pending = ""

    def feed(self, piece: str) -> None:
        text = self.pending + piece
        if not self.started:
            text = text.lstrip()
        body = text.rstrip()
        self.pending = text[len(body) :]
        if body:
            self.started = True
            self.stream.delta(body)


def profile_summary(profile: Any, today: str) -> str:
    """The user's profile in a few lines for the system prompt."""
    parts = [f"Today (user's time zone {profile.timezone}): {today}."]
    facts = []
    if profile.name:
        facts.append(f"name {profile.name}")
    if profile.age:
        facts.append(f"age {profile.age}")
    if profile.gender:
        facts.append(f"gender {profile.gender}")
    if profile.height:
        facts.append(f"height {profile.height:g} cm")
    if profile.weight:
        facts.append(f"weight {profile.weight:g} kg")
    if profile.activity_level:
        facts.append(f"activity level {profile.activity_level}")
    if profile.goals:
        facts.append(f"goals {', '.join(profile.goals)}")
    if profile.dietary_preferences:
        facts.append(f"diet {', '.join(profile.dietary_preferences)}")
    if profile.allergies:
        facts.append(f"allergies {', '.join(profile.allergies)}")
    parts.append("User profile: " + ("; ".join(facts) if facts else "not filled in") + ".")
    return " ".join(parts)


def bounded_history(history: Sequence[Turn], limit: int) -> list[dict[str, str]]:
    """The last ``limit`` user/assistant messages, each cut to ``MAX_HISTORY_CHARS``."""
    turns = [t for t in history if t.role in ("user", "assistant") and t.content]
    if limit <= 0:
        return []
    return [{"role": t.role, "content": t.content[:MAX_HISTORY_CHARS]} for t in turns[-limit:]]


def _sources_for(name: str, result: Any) -> list[str]:
    if name == "search_knowledge":
        return [entry.source for entry in result.entries]
    if name == "lookup_nutrients":
        return [CATALOG_SOURCE] if result.found else []
    if name in ("get_intake", "get_remaining_budget"):
        source = TARGET_SOURCES.get(result.target_source or "")
        return [LOG_SOURCE, *([source] if source else [])]
    if name == "get_active_plans":
        return [PLAN_SOURCE]
    if name == "suggest_foods":
        return [CATALOG_SOURCE]
    return []


class OpenAIChatProvider:
    """``Provider`` answering with OpenAI Chat Completions and falling back to local."""

    name = "openai"

    def __init__(self, settings: Settings, fallback: LocalAssistant | None = None) -> None:
        self.settings = settings
        self.fallback = fallback or LocalAssistant()
        self.tools = tool_definitions()

    def _client(self) -> AsyncOpenAI:
        """A client for one conversation turn (closed with it: nothing outlives a request)."""
        return AsyncOpenAI(
            api_key=self.settings.openai_api_key,
            base_url=self.settings.openai_base_url,
            timeout=httpx.Timeout(
                self.settings.openai_timeout_seconds,
                connect=min(3.0, self.settings.openai_timeout_seconds),
            ),
            max_retries=0,
        )

    async def answer(
        self,
        query: str,
        history: Sequence[Turn],
        ctx: ToolContext,
        stream: AnswerStream | None = None,
    ) -> Answer:
        """Answer with the model; on any failure the local assistant answers instead.

        With ``stream``, the model's text goes to it as it is generated (see the module
        docstring); the returned answer stays the authoritative one.
        """
        started = time.monotonic()
        try:
            async with self._client() as client:
                result = await asyncio.wait_for(
                    self._converse(client, query, history, ctx, started, stream),
                    timeout=self.settings.openai_deadline_seconds,
                )
            result.response.encode("utf-8")  # a lone surrogate could not be sent as JSON
            return result
        except TimeoutError:
            reason = "timed out"
        except ProviderFailure as exc:
            reason = exc.reason
        except OpenAIError as exc:  # anything else the SDK raises
            reason = f"error ({type(exc).__name__})"
        except (ValueError, TypeError, AttributeError, KeyError, RecursionError) as exc:
            # A 200 whose body is not a chat completion (truncated JSON, a list, null or
            # wrong-typed fields, text that is not valid Unicode): unreadable, not a 500.
            reason = f"unreadable answer ({type(exc).__name__})"
        logger.warning("OpenAI chat failed, local assistant answers: %s", reason)
        if stream is not None:
            # Withdraw any half-streamed model text: the fallback below replaces it whole.
            stream.reset(f"The OpenAI assistant stopped: {reason}.")
        answer = await self.fallback.answer(query, history, ctx)
        answer.response = (
            f"(The OpenAI assistant is unavailable right now: {reason}. Health-Bite's built-in "
            f"assistant answered instead.) {answer.response}"
        )
        answer.fallback = {"from": self.name, "reason": reason}
        return answer

    async def _converse(
        self,
        client: AsyncOpenAI,
        query: str,
        history: Sequence[Turn],
        ctx: ToolContext,
        started: float,
        stream: AnswerStream | None = None,
    ) -> Answer:
        profile = await ctx.profile()
        today = (await ctx.today()).isoformat()
        messages: list[dict[str, Any]] = [
            {"role": "system", "content": f"{SYSTEM_RULES}\n{profile_summary(profile, today)}"},
            *bounded_history(history, self.settings.chatbot_history_messages),
            {"role": "user", "content": query},
        ]
        tools_used: list[str] = []
        sources: list[str] = []
        steps = self.settings.openai_max_tool_steps
        for step in range(steps):
            last = step == steps - 1
            choice = "none" if last else "auto"
            if stream is None:
                reply = await self._reply(client, messages, choice, started)
            else:
                reply = await self._streamed_reply(client, messages, choice, started, stream)
            if reply.calls and not last:
                if stream is not None:
                    # Words before tool calls ("let me check") are not the answer.
                    stream.reset("The assistant is looking something up.")
                messages.append(
                    {
                        "role": "assistant",
                        "content": reply.content,
                        "tool_calls": [
                            {
                                "id": call.id,
                                "type": "function",
                                "function": {"name": call.name, "arguments": call.arguments},
                            }
                            for call in reply.calls
                        ],
                    }
                )
                for call in reply.calls:
                    content = await self._run(ctx, call.name, call.arguments)
                    if content[1] is not None:
                        tools_used.append(call.name)
                        sources.extend(_sources_for(call.name, content[1]))
                    messages.append(
                        {"role": "tool", "tool_call_id": call.id, "content": content[0]}
                    )
                continue
            text = (reply.content or reply.refusal or "").strip()
            if not text:
                raise ProviderFailure("empty answer")
            return Answer(
                text,
                list(dict.fromkeys(sources)),
                list(dict.fromkeys(tools_used)),
                provider=self.name,
            )
        raise ProviderFailure("tool-call step limit reached")

    @staticmethod
    async def _run(ctx: ToolContext, name: str, arguments: str) -> tuple[str, Any]:
        """Run one tool call: (content for the model, result or None on error)."""
        if name not in TOOLS:
            return json.dumps({"error": f"Unknown tool {name!r}."}), None
        try:
            result = await run_tool(ctx, name, arguments)
        except ToolError as exc:
            return json.dumps({"error": str(exc)}), None
        return result.model_dump_json(), result

    async def _reply(
        self, client: AsyncOpenAI, messages: list[dict[str, Any]], tool_choice: str, started: float
    ) -> _Reply:
        """One plain completion, read into a ``_Reply``."""
        completion = await self._complete(client, messages, tool_choice, started)
        if not completion.choices:
            raise ProviderFailure("empty response")
        message = completion.choices[0].message
        calls = [
            _Call(call.id, call.function.name, call.function.arguments)
            for call in message.tool_calls or []
            if call.type == "function"
        ]
        return _Reply(message.content, message.refusal, calls)

    async def _streamed_reply(
        self,
        client: AsyncOpenAI,
        messages: list[dict[str, Any]],
        tool_choice: str,
        started: float,
        stream: AnswerStream,
    ) -> _Reply:
        """One streamed completion: text deltas go to ``stream`` as they come; tool-call
        deltas are assembled by their ``index``. Raises ``ProviderFailure`` when the
        stream breaks off before a ``finish_reason``."""
        chunks = await self._complete(client, messages, tool_choice, started, streaming=True)
        forward = _Forwarder(stream)
        content: list[str] = []
        refusal: list[str] = []
        calls: dict[int, _Call] = {}
        finished: str | None = None
        try:
            async for chunk in chunks:
                for choice in chunk.choices:  # none in the final usage chunk
                    if choice.index != 0:
                        continue
                    delta = choice.delta
                    if delta.content:
                        content.append(delta.content)
                        forward.feed(delta.content)
                    if delta.refusal:
                        refusal.append(delta.refusal)
                        if not content:
                            forward.feed(delta.refusal)
                    for part in delta.tool_calls or []:
                        call = calls.setdefault(part.index, _Call())
                        call.id = part.id or call.id
                        call.type = part.type or call.type
                        if part.function is not None:
                            call.name += part.function.name or ""
                            call.arguments += part.function.arguments or ""
                    if choice.finish_reason:
                        finished = choice.finish_reason
        except APITimeoutError:
            raise ProviderFailure("timed out") from None
        except (APIConnectionError, APIError):
            # The connection dropped, or OpenAI sent an ``error`` event mid-stream.
            raise ProviderFailure(STREAM_BROKE) from None
        finally:
            await chunks.close()
        if finished is None:  # ended without [DONE]'s last chunk: the text may be cut short
            raise ProviderFailure(STREAM_BROKE)
        return _Reply(
            "".join(content) or None,
            "".join(refusal) or None,
            [call for _, call in sorted(calls.items()) if call.type == "function"],
        )

    async def _complete(
        self,
        client: AsyncOpenAI,
        messages: list[dict[str, Any]],
        tool_choice: str,
        started: float,
        streaming: bool = False,
    ) -> Any:
        """One completion with our retries; raises ``ProviderFailure`` when it gives up.

        ``streaming``: the opened ``AsyncStream`` of chunks (retried like a plain call up
        to its first event; what breaks after that is the caller's to handle).
        """
        extra: dict[str, Any] = (
            {"stream": True, "stream_options": {"include_usage": True}} if streaming else {}
        )
        return await call_with_retries(
            lambda: client.chat.completions.create(
                model=self.settings.openai_model,
                messages=messages,  # type: ignore[arg-type]
                tools=self.tools,  # type: ignore[arg-type]
                tool_choice=tool_choice,  # type: ignore[arg-type]
                temperature=0.2,
                **extra,
            ),
            retries=self.settings.openai_retries,
            max_retry_after_seconds=self.settings.openai_max_retry_after_seconds,
            deadline_seconds=self.settings.openai_deadline_seconds,
            started=started,
            failure=ProviderFailure,
        )
