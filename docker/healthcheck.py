"""Container HEALTHCHECK: exit 0 when /healthz answers 200 (the database is reachable), else 1.

Asks the server inside this container over plain HTTP on 127.0.0.1, so:
- ALLOWED_HOSTS must include 127.0.0.1;
- /healthz is exempt from the HTTPS redirect (SECURE_REDIRECT_EXEMPT in production settings).
Uses only the standard library: the image has no curl.
"""

import os
import sys
import urllib.request

url = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}/healthz"
try:
    with urllib.request.urlopen(url, timeout=4) as response:  # noqa: S310 - fixed local http URL
        sys.exit(0 if response.status == 200 else 1)
except OSError as error:  # refused, timed out, or a 4xx/5xx (URLError and HTTPError are OSErrors)
    print(f"healthcheck failed: {error}", file=sys.stderr)
    sys.exit(1)
