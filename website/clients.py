"""Who a request comes from, as far as throttles and lockouts need to know.

Behind nginx or a load balancer every request's socket address is the proxy's, so a throttle keyed on
REMOTE_ADDR alone would count every visitor as one. `client_address` trusts X-Forwarded-For only from the
proxies named in TRUSTED_PROXIES, and from them only the last address they added.
"""

import ipaddress

from django.conf import settings


def client_address(request):
    """The client's address: the socket's, or, from a proxy named in TRUSTED_PROXIES, the last address that
    proxy added to X-Forwarded-For (the left-hand ones are whatever the client chose to send)."""
    remote = request.META.get("REMOTE_ADDR", "")
    if remote and remote in settings.TRUSTED_PROXIES:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        for candidate in reversed([part for part in forwarded if part]):
            try:
                ipaddress.ip_address(candidate)
            except ValueError:
                break
            if candidate not in settings.TRUSTED_PROXIES:
                return candidate
    return remote
