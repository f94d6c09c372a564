"""Catalog imports as Celery tasks, so a long import runs on a worker, not in a web process.

``manage.py import_fndds --background`` (and ``import_usda``, ``load_fndds_catalog``,
``load_starter_catalog``) sends the command here instead of running it in the shell.
"""

from __future__ import annotations

from io import StringIO

from celery import shared_task
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

# Only these commands can be started through the queue: a task name plus arguments from a
# message must never be a way to run any management command.
IMPORT_COMMANDS = frozenset(
    {"import_fndds", "import_usda", "load_fndds_catalog", "load_starter_catalog"}
)


@shared_task(name="core.catalog.tasks.run_import", acks_late=False)
def run_import(command: str, args: list[str]) -> str:
    """Run one catalog import command with ``args``; its output (the summary line)."""
    if command not in IMPORT_COMMANDS:
        raise ValueError(
            f"{command!r} is not a catalog import; use one of {sorted(IMPORT_COMMANDS)}"
        )
    out = StringIO()
    call_command(command, *args, stdout=out, verbosity=1, **_quiet(command))
    return out.getvalue().strip()


def _quiet(command: str) -> dict[str, bool]:
    """No progress bar on a worker (its log is not a terminal)."""
    return {"no_progress": True} if command in {"import_fndds", "import_usda"} else {}


def add_background_argument(parser: CommandParser) -> None:
    """The ``--background`` flag of the import commands."""
    parser.add_argument(
        "--background",
        action="store_true",
        help="queue the import for a Celery worker (needs REDIS_URL) and return at once",
    )


def queue_import(command: BaseCommand, name: str, args: list[str]) -> None:
    """Queue import ``name`` with ``args`` for a worker and say so on ``command``'s output.

    Paths in ``args`` must be absolute: the worker's working directory may differ.
    """
    if not settings.CELERY_BROKER_URL:
        raise CommandError("--background needs a job queue: set REDIS_URL (or CELERY_BROKER_URL).")
    task_id = run_import.delay(name, args).id
    command.stdout.write(f"Queued {name} for a worker (task {task_id}).")
