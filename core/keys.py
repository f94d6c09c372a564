"""RSA signing keys for the JWTs the core issues.

Tokens are signed with RS256 so the AI service can verify them holding only the public
key: a leaked AI service cannot mint tokens. In production the private key comes from
``JWT_PRIVATE_KEY`` (PEM text) or ``JWT_PRIVATE_KEY_FILE``; in development and tests a
key is generated once into ``var/jwt_private.pem`` so a fresh clone needs no setup.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def _generate_pem() -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def ensure_dev_key(path: Path) -> bytes:
    """Return the PEM private key at ``path``, creating it atomically if missing.

    Several processes (test workers, both services) may start at once; ``os.link``
    fails if the target exists, so exactly one generated key wins and all read it.
    """
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".jwt-")
        try:
            os.write(fd, _generate_pem())
            os.close(fd)
            os.chmod(tmp, 0o600)
            with contextlib.suppress(FileExistsError):  # another process won the race
                os.link(tmp, path)
        finally:
            os.unlink(tmp)
    return path.read_bytes()


def public_pem(private_pem: bytes) -> bytes:
    """Derive the PEM public key matching a PEM private key."""
    key = serialization.load_pem_private_key(private_pem, password=None)
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def load_private_key(base_dir: Path, allow_dev_key: bool) -> bytes:
    """Find the signing key from the environment, or a dev key when allowed."""
    if pem := os.environ.get("JWT_PRIVATE_KEY"):
        return pem.replace("\\n", "\n").encode()
    if file := os.environ.get("JWT_PRIVATE_KEY_FILE"):
        return Path(file).read_bytes()
    if not allow_dev_key:
        raise RuntimeError(
            "JWT_PRIVATE_KEY or JWT_PRIVATE_KEY_FILE must be set in production "
            "(an RSA private key in PEM format)."
        )
    return ensure_dev_key(base_dir / "var" / "jwt_private.pem")
