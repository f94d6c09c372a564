"""ASGI entry point: ``uvicorn core.asgi:application`` (what ``make run`` starts).

HTTP goes to Django as under gunicorn (``core.wsgi``); WebSockets go to the realtime
consumer at ``/api/v1/ws/`` (``core.realtime``). There is no Origin check: a socket is
authenticated by an access token the page must hold, never by cookies, so another site
cannot ride on a user's browser session (cross-site WebSocket hijacking needs cookies).
"""

from __future__ import annotations

import logging
import os
import warnings

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings")
# Django first: the routing below imports models.
django_application = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402

from core.realtime.routing import websocket_urlpatterns  # noqa: E402


def _route_uvicorn_logs() -> None:
    """uvicorn's own lines through the core's JSON handler, which scrubs query strings and
    tokens (a client that puts a token in a socket URL must not get it into the logs).
    Its access log is off: ``core.access`` already writes one line per HTTP request."""
    for name in ("uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers = []
        logger.propagate = True
    logging.getLogger("uvicorn.access").disabled = True


_route_uvicorn_logs()
# whitenoise streams the admin's static files with a synchronous iterator, which Django's
# ASGI handler consumes in a thread and warns about on every file; harmless for them.
warnings.filterwarnings("ignore", message="StreamingHttpResponse must consume synchronous")

application = ProtocolTypeRouter(
    {
        "http": django_application,
        "websocket": URLRouter(websocket_urlpatterns),
    }
)
