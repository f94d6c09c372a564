"""Password hashing: Argon2id with parameters chosen for login throughput.

Django's own Argon2 defaults (m=100 MiB, t=2, p=8) spread one hash over 8 threads; on a
2-CPU core host that made every login cost ~200 ms of CPU and capped the whole service at
~9 logins/s, while a few concurrent logins (or a password-guessing burst) starved every
other request of CPU. OWASP's Password Storage Cheat Sheet gives a set of equally strong
Argon2id configurations; its first, m=19 MiB (19456 KiB), t=2, p=1, is used here:

- p=1: one thread per hash, so concurrent logins use the CPUs in parallel instead of
  each login contending for all of them (extra lanes make one hash faster, not the
  service);
- m=19 MiB, t=2: the recommended minimum, about a fifth of Django's memory per login, so a
  burst of logins cannot exhaust a small container's memory.

The measured login rate is in the README (``make bench``: ``core.login``). Parameters are
class attributes, so raising them later is a one-line change: every stored hash carries its
own m/t/p and still verifies, and ``must_update`` re-hashes it with the current parameters
at the user's next successful login (Django's ``check_password`` does the upgrade).
"""

from __future__ import annotations

from django.contrib.auth.hashers import Argon2PasswordHasher

# OWASP Password Storage Cheat Sheet, Argon2id minimum (the first of its equivalent sets).
OWASP_MIN_MEMORY_KIB = 19 * 1024
OWASP_MIN_TIME_COST = 2
OWASP_MIN_PARALLELISM = 1


class HealthBiteArgon2Hasher(Argon2PasswordHasher):
    """Argon2id, m=19456 KiB, t=2, p=1; verifies (and upgrades) any stored Argon2 hash.

    The algorithm name stays ``argon2``, so hashes made with Django's defaults are read by
    this class and re-hashed with these parameters on the next login.
    """

    memory_cost = OWASP_MIN_MEMORY_KIB
    time_cost = OWASP_MIN_TIME_COST
    parallelism = OWASP_MIN_PARALLELISM
