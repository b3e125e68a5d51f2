"""The account pages' middleware: a referrer policy that lets their forms pass the CSRF check, the Wagtail
admin refused to signed-in users who may not use it (GP trainees), and how long sessions last."""

from django.conf import settings
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers

from website.middleware import signed_in_user

from .views import SignOutView, section_url

ADMIN_PREFIX = "/admin/"
ADMIN_LOGOUT = "/admin/logout/"
ACCOUNT_PART = "/account/"


# --- Forms that pass the CSRF check ------------------------------------------------------------------


class SameOriginReferrerMiddleware:
    """`Referrer-Policy: same-origin` for the admin, the account pages and every page a signed-in user sees.

    The site's policy is no-referrer (SECURE_REFERRER_POLICY), but under it Chrome sends `Origin: null` with
    a form, and Django's CSRF check refuses the form. same-origin still sends nothing to other sites. Django's
    SecurityMiddleware sets the header only when nobody has. Goes before AuthenticationMiddleware, so that it
    also sees the admin refusal page; the page's own `<meta name="referrer">` says the same (base.html).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        path = request.path
        if path.startswith(ADMIN_PREFIX) or ACCOUNT_PART in path or signed_in_user(request) is not None:
            response.headers.setdefault("Referrer-Policy", "same-origin")
        return response


# --- The admin is for staff only ----------------------------------------------------------------------


class AdminRefusalMiddleware:
    """A signed-in user who may not use the Wagtail admin (a GP trainee) gets a plain 403 page in the site's
    style, not the admin's login form; /admin/logout/ signs them out. Goes after AuthenticationMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path
        if path.startswith(ADMIN_PREFIX):
            user = request.user
            if user.is_authenticated and not user.has_perm("wagtailadmin.access_admin"):
                if path.startswith(ADMIN_LOGOUT):
                    # Wagtail's own sign-out needs admin access: use ours, which signs anyone out.
                    return SignOutView.as_view()(request)
                response = render(
                    request,
                    "accounts/admin_refused.html",
                    {"training_url": section_url(request, "training")},
                    status=403,
                )
                add_never_cache_headers(response)
                return response
        return self.get_response(request)


# --- How long a session lasts ---------------------------------------------------------------------------


class SessionLengthMiddleware:
    """An admin session ends after ADMIN_SESSION_IDLE_SECONDS without a request: each request by someone who
    may use the admin moves the end on. (A trainee's session ends when the browser closes unless they asked
    to stay signed in: accounts.views.SignInView.) Goes after AuthenticationMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if signed_in_user(request) is not None and request.user.has_perm("wagtailadmin.access_admin"):
            request.session.set_expiry(settings.ADMIN_SESSION_IDLE_SECONDS)
        return self.get_response(request)
