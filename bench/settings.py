"""Bench-only settings: the core's settings plus a bare Django view (``bench.urls``).

The bare view runs behind the same middleware, database and cache as the API, so the
ratio of an endpoint's latency to the bare view's shows what DRF and the view add.
"""

from core.settings import *  # noqa: F403 -- the bench server is the core, one URLconf apart

ROOT_URLCONF = "bench.urls"
