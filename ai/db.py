"""The shared database, read with SQLAlchemy 2 async. The core owns the schema.

Tables are declared lightly, once, in ``ai.tables``, with only the columns the AI service
reads; nothing here ever creates, alters or writes a table. Connections are read-only
twice over. On MySQL/MariaDB the service logs in with its own account
(``AI_DATABASE_URL``), granted ``SELECT`` only on the application database, so the server
itself refuses any write; each session is also set ``READ ONLY``. SQLite has no accounts:
files are opened with ``mode=ro`` and every connection sets ``query_only``. A mistaken
write fails loudly instead of racing the core.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import StaticPool

from ai.settings import Settings


def create_engine(settings: Settings, *, read_only_session: bool = True) -> AsyncEngine:
    """An async engine for ``settings.reader_database_url``, read-only, with bounded waits.

    ``read_only_session=False`` leaves out the per-connection read-only statement, so a
    test can show that the account's grants alone refuse writes; the service never does.
    """
    url = settings.async_database_url
    timeout = settings.database_timeout_seconds
    options: dict[str, Any] = {}
    if url.startswith("mysql"):
        # Recycle before MariaDB's wait_timeout can drop an idle connection under us.
        options.update(
            pool_pre_ping=True,
            pool_recycle=280,
            pool_timeout=timeout,
            connect_args={"connect_timeout": timeout},
        )
    else:
        # The sqlite3 busy timeout: how long a read waits on the core's write lock.
        options["connect_args"] = {"timeout": timeout}
        if "mode=memory" in url:
            options["poolclass"] = StaticPool  # Django's in-memory test database: one connection
    engine = create_async_engine(url, **options)
    if read_only_session:
        statement = (
            "SET SESSION TRANSACTION READ ONLY"
            if url.startswith("mysql")
            else "PRAGMA query_only = 1"
        )
        event.listen(engine.sync_engine, "connect", _run_on_connect(statement))
    return engine


def _run_on_connect(statement: str) -> Any:
    """A connect hook making each new connection read-only (``statement``)."""

    def hook(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(statement)
        cursor.close()

    return hook


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that never expire loaded rows (they are read, never written back)."""
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)
