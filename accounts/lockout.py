"""One lockout for every way in, with django-axes (settings: AXES_*, LOCKOUT_*).

Every door counts failures in one place, the database (axes' AccessAttempt rows), which every gunicorn worker
and every server sees and which neither the cache nor publishing ever empties:

- the site's sign-in (accounts.forms.SignInForm) and Wagtail's /admin/login/ both call `authenticate()`;
  axes' backend refuses a locked-out account and its signal handler counts each wrong password;
- the second step of the admin's sign-in (accounts.two_factor) counts each wrong code with `record_failure`;
- the invitation form refuses a locked-out account, and counts links that match no invitation.

A lock is on the account *and* the client's address, so a stranger elsewhere cannot lock a trainee out;
`LOCKOUT_ACCOUNT_CEILING` failures for one account from any addresses lock it for everybody, against guessing
spread over many addresses. Unknown accounts are counted like real ones: the answer is the same either way.
"""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_client_username, get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.db.models import Sum
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers

from website.logmask import mask_tokens

# The account name under which links that match no invitation are counted, per client address. "#" is never
# in a username, so this can be nobody's account.
INVITATION_LINKS = "#invitation-links"


def account_name(request, credentials):
    """The one name an account is counted under, whichever door and whichever name was typed: the username of
    the account that an email address or username names (any case), else what was typed, in lower case."""
    from .forms import user_for

    if credentials:
        typed = credentials.get("username")
    else:
        typed = getattr(request, "POST", {}).get("username")
    if not typed:
        return None
    user = user_for(typed)
    return user.get_username() if user is not None else typed.strip().lower()


class LockoutHandler(AxesDatabaseHandler):
    """axes' database handler, with a per-account ceiling beside the account-and-address limit, and no secret
    of a link in what it stores or logs."""

    def get_failures(self, request, credentials=None):
        failures = super().get_failures(request, credentials)  # this account from this address
        username = get_client_username(request, credentials)
        if username and username != INVITATION_LINKS:
            attempts = AccessAttempt.objects.filter(username=username)
            if settings.AXES_COOLOFF_TIME is not None:
                attempts = attempts.filter(attempt_time__gte=get_cool_off_threshold(request))
            everywhere = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            if everywhere >= settings.LOCKOUT_ACCOUNT_CEILING:
                failures = max(failures, get_failure_limit(request, credentials))
        return failures

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        if request is not None:
            request.axes_path_info = mask_tokens(request.axes_path_info)
        return super().user_login_failed(sender, credentials, request=request, **kwargs)

    def user_logged_in(self, sender, request, user, **kwargs):
        request.axes_path_info = mask_tokens(request.axes_path_info)
        return super().user_logged_in(sender, request, user, **kwargs)

    def user_logged_out(self, sender, request, user, **kwargs):
        request.axes_path_info = mask_tokens(request.axes_path_info)
        return super().user_logged_out(sender, request, user, **kwargs)


def is_locked_out(request, username):
    """Whether this account is locked for this client (or for everybody)."""
    return not AxesProxyHandler.is_allowed(request, {"username": username})


def record_failure(request, username):
    """Count one failure for this account from this client (a wrong code, a link that matches nothing),
    as a wrong password is counted. Returns whether the account is now locked for this client."""
    user_login_failed.send(sender=__name__, credentials={"username": username}, request=request)
    return bool(getattr(request, "axes_locked_out", False))


def clear_failures(username):
    """Forget an account's failures: after its password was reset by email, or by a superuser."""
    return AxesProxyHandler.reset_attempts(username=username)


def lockout_response(request, original_response=None, credentials=None):
    """The page every door shows once an account is locked for this client: the same words whether or not
    the account exists, in the visitor's language, with the way out (reset the password)."""
    from .forms import LOCKED_OUT

    context = {"message": LOCKED_OUT, "admin": request.path.startswith("/admin/")}
    response = render(request, "accounts/locked_out.html", context, status=429)
    add_never_cache_headers(response)
    return response
