"""Collect the static files (the admin's) into ``STATIC_ROOT`` at image build time.

Usage (as root, in docker/core.Dockerfile): ``python docker/build_static.py``.

The production settings refuse to load without a secret, Redis, hosts and a signing key,
and the build has none of them (nor should it). This fills each with a throwaway value
that lives only in this process, so ``collectstatic`` runs with the production storage
(hashed, compressed files and their manifest) and nothing secret lands in the image.
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def throwaway_environment() -> dict[str, str]:
    """Values that satisfy the production checks and are never used to serve anything."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return {
        "DJANGO_ENV": "production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "build.invalid",
        "REDIS_URL": "redis://build.invalid:6379/0",
        "JWT_PRIVATE_KEY": pem.decode(),
    }


def main() -> int:
    """Run ``collectstatic --no-input`` under the throwaway production environment."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.update(throwaway_environment())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("collectstatic", *sys.argv[1:], interactive=False, verbosity=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
