"""``manage.py release``: the one-off step of a deploy, run before the services start.

Applies migrations, then loads the shipped food catalogs (starter ingredients, FNDDS foods
as eaten). Every part is idempotent, so re-running a release is safe; running it once per
deploy (compose's ``release`` service, a Kubernetes Job) instead of in every container
keeps two replicas from racing to create the same tables. The services never migrate.
"""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Migrate the database and load the shipped food catalogs (run once per deploy)."

    def handle(self, *args: Any, **options: Any) -> None:
        verbosity = options["verbosity"]
        for step, step_args in (
            ("migrate", {"interactive": False}),
            ("load_starter_catalog", {}),
            ("load_fndds_catalog", {}),
        ):
            self.stdout.write(f"release: {step}")
            call_command(step, verbosity=verbosity, stdout=self.stdout, **step_args)
        self.stdout.write(self.style.SUCCESS("release: done"))
