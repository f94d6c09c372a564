"""Makes the harness fixtures available to every test under ``e2e/``."""

from e2e.harness import account, ai_stopped, e2e_stack  # noqa: F401
from e2e.realtime_harness import realtime_stack  # noqa: F401
