"""The bench database on MariaDB/MySQL: dropped and created afresh for every run.

The bench reads ``BENCH_DATABASE_URL`` (default ``mysql://root@127.0.0.1:3306/hb_bench``),
not ``DATABASE_URL``: the database it names is dropped, so it must never be the one a
developer's ``make run`` or ``make test`` points at by accident.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

DEFAULT_URL = "mysql://root@127.0.0.1:3306/hb_bench"
_NAME = re.compile(r"^[A-Za-z0-9_]{1,64}$")


@dataclass(frozen=True)
class Database:
    """Where the bench database lives, parsed from its URL."""

    url: str
    host: str
    port: int
    user: str
    password: str
    name: str

    @classmethod
    def from_url(cls, url: str) -> Database:
        """Parse ``mysql://user:password@host:port/name``; the name must be a plain word."""
        parts = urlsplit(url)
        if parts.scheme != "mysql":
            raise ValueError(f"The bench needs a MySQL/MariaDB URL, not {parts.scheme}://.")
        name = parts.path.lstrip("/")
        if not _NAME.match(name):
            raise ValueError(f"The bench database name {name!r} must be letters, digits or _.")
        return cls(
            url=url,
            host=parts.hostname or "127.0.0.1",
            port=parts.port or 3306,
            user=unquote(parts.username or "root"),
            password=unquote(parts.password or ""),
            name=name,
        )

    def connect(self):  # noqa: ANN201 -- MySQLdb has no type stubs
        """A server connection with no default database (to drop and create it)."""
        import MySQLdb

        return MySQLdb.connect(
            host=self.host,
            port=self.port,
            user=self.user,
            password=self.password,
            charset="utf8mb4",
        )


def bench_database() -> Database:
    """The bench database from ``BENCH_DATABASE_URL`` or the default."""
    return Database.from_url(os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))


def recreate(db: Database) -> str:
    """Drop and create the bench database; return the server's version string."""
    conn = db.connect()
    try:
        cursor = conn.cursor()
        cursor.execute(f"DROP DATABASE IF EXISTS `{db.name}`")
        cursor.execute(
            f"CREATE DATABASE `{db.name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
        )
        cursor.execute("SELECT VERSION()")
        return str(cursor.fetchone()[0])
    finally:
        conn.close()


def has_time_zones(db: Database) -> bool:
    """Whether the server knows named time zones (CONVERT_TZ needs its tz tables)."""
    conn = db.connect()
    try:
        cursor = conn.cursor()
        cursor.execute("SELECT CONVERT_TZ('2024-01-01 00:00', 'UTC', 'America/New_York')")
        return cursor.fetchone()[0] is not None
    finally:
        conn.close()


def load_time_zones(db: Database) -> bool:
    """Load the system zoneinfo into the server's tz tables, as ``.ci/run`` does.

    Returns False when the tools to do so are missing; the caller reports it.
    """
    to_sql = shutil.which("mariadb-tzinfo-to-sql") or shutil.which("mysql_tzinfo_to_sql")
    client = shutil.which("mariadb") or shutil.which("mysql")
    if not to_sql or not client:
        return False
    sql = subprocess.run(
        [to_sql, "/usr/share/zoneinfo"], capture_output=True, check=True
    ).stdout  # it warns on stderr about files that are not zones; that is expected
    env = {**os.environ, "MYSQL_PWD": db.password}
    subprocess.run(
        [client, "-h", db.host, "-P", str(db.port), "-u", db.user, "mysql"],
        input=sql,
        env=env,
        capture_output=True,
        check=True,
    )
    return has_time_zones(db)
