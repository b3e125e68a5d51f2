"""At most a few "tell us what's hard" submissions an hour from one client, without storing who they are.

The cache holds a counter under a keyed hash (HMAC with SECRET_KEY) of the client's address
(website.clients: the visitor's, not the proxy's) and the current
hour; it expires with the hour. Nothing about the client goes into the database, and the hash cannot be
turned back into an address without the secret. Use a cache shared by every worker (Redis in production):
a per-process cache counts per worker.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from website.clients import client_address

WINDOW_SECONDS = 3600


def client_key(request, now=None):
    now = now or timezone.now()
    window = int(now.timestamp()) // WINDOW_SECONDS
    address = client_address(request)
    digest = hmac.new(settings.SECRET_KEY.encode(), f"tell-us|{address}|{window}".encode(), hashlib.sha256)
    return "involvement:tell-us:" + digest.hexdigest()


def allow_submission(request):
    """True if this client may send one more now (and counts it)."""
    limit = int(getattr(settings, "INVOLVEMENT_SUBMISSIONS_PER_HOUR", 5))
    key = client_key(request)
    cache.add(key, 0, WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WINDOW_SECONDS)
        count = 1
    return count <= limit
