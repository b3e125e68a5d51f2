"""Security headers for every response.

Public pages get a strict Content-Security-Policy: everything from this site only, no inline scripts or
styles, no frames. The Wagtail admin keeps its own needs (it uses inline styles and scripts), so it gets
a looser policy that still forbids other hosts.
"""

from django.conf import settings


def public_csp(frame_src=(), framed_by="'none'"):
    """The public pages' policy. `frame_src` lets named hosts into a frame: only a training video's
    player, and only on the page that has one (the frame is added when the visitor chooses to play).
    `framed_by` is who may show the page in a frame: nobody, except the admin for its previews."""
    frames = " ".join(sorted(frame_src)) if frame_src else "'none'"
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "media-src 'self'",
            "object-src 'none'",
            f"frame-src {frames}",
            "base-uri 'self'",
            "form-action 'self'",
            f"frame-ancestors {framed_by}",
            "manifest-src 'self'",
            "worker-src 'self'",
        ]
    )


PUBLIC_CSP = public_csp()

ADMIN_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'self'",
    ]
)
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=(), interest-cohort=(), browsing-topics=()"
)


def signed_in_user(request):
    """The signed-in user, or None.

    A visitor without a session cookie cannot be signed in, so the session is never loaded for them: that
    keeps anonymous pages identical for everyone, cacheable and free of cookies and `Vary: Cookie`.
    """
    if settings.SESSION_COOKIE_NAME not in getattr(request, "COOKIES", {}):
        return None
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


def preview_csp(policy):
    """The same policy for an admin preview, except that the admin itself may frame it: Wagtail's preview
    panel and its Checks panel (words, reading time, readability, accessibility) read the page from a frame."""
    return policy.replace("frame-ancestors 'none'", "frame-ancestors 'self'")


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "is_preview", False):
            # Wagtail runs a preview through the middleware with a stand-in request for the page's public
            # address, flagged `is_preview` (only the admin's preview views make one).
            policy = response.headers.get("Content-Security-Policy", PUBLIC_CSP)
            response.headers["Content-Security-Policy"] = preview_csp(policy)
            response.headers["X-Frame-Options"] = "SAMEORIGIN"
        is_admin = request.path.startswith(("/admin/", "/documents/"))
        response.headers.setdefault("Content-Security-Policy", ADMIN_CSP if is_admin else PUBLIC_CSP)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        # Other sites may not embed our responses (images, documents, pages) in theirs.
        response.headers.setdefault("Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY)
        return response


class SiteNotFoundMiddleware:
    """Answer a missing page honestly, in the visitor's language, even with DEBUG on.

    If the page exists in English but not (yet) in the visitor's language, send them to the English page at
    its English address with a notice in their language; never English text under /so/. Otherwise show the
    site's own 404 page: visitors of `make run` and of production never see Django's debug page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        from django.http import Http404

        if isinstance(exception, Http404) and not request.path.startswith("/admin/"):
            from django.http import HttpResponseRedirect
            from django.utils.translation import get_language

            from .errors import page_not_found
            from .translations import english_page_for

            # Not translated yet? Show the English page at its English address, and say so.
            english = english_page_for(request, request.path)
            if english is not None:
                target = f"{english.get_url(request)}?untranslated={get_language()}"
                if english.get_view_restrictions().exists():
                    if signed_in_user(request) is None:
                        # A private page: sign in first, on the sign-in page in the visitor's own language.
                        from django.contrib.auth.views import redirect_to_login

                        return redirect_to_login(target, settings.WAGTAIL_FRONTEND_LOGIN_URL)
                return HttpResponseRedirect(target)
            return page_not_found(request, exception)
        return None
