"""Container health check: exit 0 when ``URL`` answers 2xx within 5 s, else 1.

Usage: ``python docker/healthcheck.py URL``. Sends ``X-Forwarded-Proto: https`` because
the production core redirects plain HTTP (TLS ends at the proxy in front of it), and a
redirect is not a health answer. Standard library only: the images have no curl.
"""

from __future__ import annotations

import sys
import urllib.error
import urllib.request


def main(url: str) -> int:
    """Probe ``url`` once; 0 if healthy."""
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return 0 if 200 <= response.status < 300 else 1
    except (urllib.error.URLError, OSError) as exc:
        print(f"unhealthy: {url}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
