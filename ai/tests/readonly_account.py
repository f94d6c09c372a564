"""The AI service's SELECT-only MySQL/MariaDB account, for tests and the e2e harness.

Production (compose) and CI (``.ci/run``) create the account before anything runs; its
name and password reach the tests as ``TEST_AI_DATABASE_USER`` and
``TEST_AI_DATABASE_PASSWORD`` (defaults: the values ``.ci/run`` uses). On a developer's
server where it does not exist yet, ``ensure_readonly_account`` creates it with the
administrative connection the tests already have (root locally), so a MySQL run never
quietly skips the check. Either way it is granted ``SELECT`` on the one database it is
for, and nothing else.
"""

from __future__ import annotations

import os
from urllib.parse import quote, urlsplit

import dj_database_url

DEFAULT_USER = "healthbite_ai"
DEFAULT_PASSWORD = "healthbite-ai-ci"  # .ci/run's throwaway CI value; never a real one
MYSQL_SCHEMES = {"mysql", "mysql2", "mariadb", "mysqlgis"}


class AccountError(RuntimeError):
    """The account could not be created or granted (the admin lacks the privilege)."""


def account() -> tuple[str, str]:
    """(user, password) of the read-only account, from the environment or the defaults."""
    return (
        os.environ.get("TEST_AI_DATABASE_USER") or DEFAULT_USER,
        os.environ.get("TEST_AI_DATABASE_PASSWORD") or DEFAULT_PASSWORD,
    )


def is_mysql(url: str) -> bool:
    return urlsplit(url).scheme in MYSQL_SCHEMES


def readonly_url(admin_url: str) -> str:
    """``admin_url`` (same server and database) logged in as the read-only account."""
    user, password = account()
    parts = urlsplit(admin_url)
    host = parts.hostname or "127.0.0.1"
    port = f":{parts.port}" if parts.port else ""
    credentials = f"{quote(user, safe='')}:{quote(password, safe='')}"
    return parts._replace(netloc=f"{credentials}@{host}{port}").geturl()


def grant_pattern(database: str) -> str:
    """A database name for GRANT, with ``_`` and ``%`` matched literally, not as wildcards."""
    return database.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%")


def ensure_readonly_account(admin_url: str) -> str:
    """Create the account if missing, grant it SELECT on ``admin_url``'s database, and
    return the URL the AI service should use. Raises ``AccountError`` if the admin cannot.
    """
    import MySQLdb  # mysqlclient: installed whenever the core is tested on MySQL

    user, password = account()
    params = dj_database_url.parse(admin_url)
    try:
        conn = MySQLdb.connect(
            host=params["HOST"] or "127.0.0.1",
            port=int(params["PORT"] or 3306),
            user=params["USER"] or "root",
            password=params["PASSWORD"] or "",
        )
    except MySQLdb.Error as exc:
        raise AccountError(f"cannot connect as the admin of {params['NAME']}: {exc}") from exc
    try:
        with conn.cursor() as cursor:
            cursor.execute("CREATE USER IF NOT EXISTS %s@'%%' IDENTIFIED BY %s", (user, password))
            # Backticks doubled for the identifier, % doubled for MySQLdb's formatting.
            pattern = grant_pattern(params["NAME"]).replace("`", "``").replace("%", "%%")
            cursor.execute(f"GRANT SELECT ON `{pattern}`.* TO %s@'%%'", (user,))
    except MySQLdb.Error as exc:
        raise AccountError(
            f"cannot create the read-only account {user!r} or grant it SELECT on "
            f"{params['NAME']}: {exc}"
        ) from exc
    finally:
        conn.close()
    return readonly_url(admin_url)
