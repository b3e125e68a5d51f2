"""Two-step sign-in for everyone who can use the Wagtail admin, with django-otp: a code from an authenticator
app (TOTP), and ten one-time recovery codes for a lost phone.

- `AdminTwoFactorMiddleware`: someone with admin access who has signed in with a password reaches no admin
  page until they have given a code in this session: with a factor, they are sent to /admin/two-step/; without
  one, to /admin/two-step/set-up/ to make one (when REQUIRE_ADMIN_2FA is on, the default in production; off in
  development and tests, where a member who has set one up is still asked for it).
- A wrong code counts towards the sign-in lockout like a wrong password (accounts/lockout.py); once locked,
  the session is ended and the lockout page shown.
- Superusers reset a member's factor in Settings → Two-step sign-in (the member sets it up again at their
  next sign-in); `manage.py reset_two_factor USERNAME` does the same from the server.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django_otp import devices_for_user, match_token, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .lockout import is_locked_out, lockout_response, record_failure

RECOVERY_CODES = 10
VERIFY_PATH = "/admin/two-step/"
# Admin paths open before the second step: signing in and out, the password reset, the second step itself.
OPEN_PATHS = ("/admin/login/", "/admin/logout/", "/admin/password_reset/", "/admin/jsi18n/", VERIFY_PATH)


def uses_admin(user):
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def safe_next(request, default=None):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return default or reverse("wagtailadmin_home")


def never_cached(response):
    add_never_cache_headers(response)
    return response


class AdminTwoFactorMiddleware:
    """No admin page before the second step. Goes after django_otp's OTPMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path
        if path.startswith("/admin/") and not path.startswith(OPEN_PATHS):
            user = request.user
            if uses_admin(user) and not user.is_verified():
                if user_has_device(user) or settings.REQUIRE_ADMIN_2FA:
                    query = urlencode({"next": request.get_full_path()})
                    return redirect(f"{VERIFY_PATH}?{query}")
        return self.get_response(request)


class CodeForm(forms.Form):
    otp_token = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=16,
        error_messages={"required": gettext_lazy("Enter a code.")},
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autocapitalize": "none"}
        ),
    )


def unconfirmed_device(user):
    """The member's authenticator app being set up: one key, kept until they confirm it with a code."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)
    return device


def new_recovery_codes(user):
    """Ten new one-time recovery codes for this member (any earlier ones stop working)."""
    device, _created = StaticDevice.objects.get_or_create(user=user, name="Recovery codes")
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    device.token_set.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return device, codes


def qr_code(url):
    import segno

    return segno.make(url, error="m").svg_data_uri(scale=5, border=2)


def spaced(key):
    """A base32 key in groups of four, easier to type into an app."""
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


@sensitive_post_parameters("otp_token")
def second_step(request):
    """Ask for a code (or a recovery code); or, for someone with no factor yet, set one up."""
    user = request.user
    if not uses_admin(user):
        return redirect("wagtailadmin_login")
    if user.is_verified():
        return redirect(safe_next(request))
    if is_locked_out(request, user.get_username()):
        logout(request)
        return lockout_response(request)
    enrolling = not user_has_device(user)
    device = unconfirmed_device(user) if enrolling else None
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        token = form.cleaned_data["otp_token"].replace(" ", "")
        matched = None
        if enrolling:
            if device.verify_token(token):
                with transaction.atomic():
                    device.confirmed = True
                    device.save(update_fields=["confirmed"])
                    _static, codes = new_recovery_codes(user)
                matched = device
        else:
            matched = match_token(user, token)
        if matched is not None:
            otp_login(request, matched)
            if enrolling:
                context = {"codes": codes, "next": safe_next(request)}
                return never_cached(render(request, "accounts/admin/recovery_codes.html", context))
            return redirect(safe_next(request))
        if record_failure(request, user.get_username()):
            logout(request)
            return lockout_response(request)
        form.add_error("otp_token", _("That code did not work. Type the code your app shows now."))
    context = {"form": form, "enrolling": enrolling, "next": safe_next(request)}
    if enrolling:
        context.update(qr_code=qr_code(device.config_url), key=spaced(_base32(device)))
    return never_cached(render(request, "accounts/admin/two_step.html", context))


def _base32(device):
    from base64 import b32encode

    return b32encode(device.bin_key).decode()


# --- Superusers reset a member's factor --------------------------------------------------------------


def reset_factor(user):
    """Remove every factor of this member: they set up a new one at their next sign-in."""
    for device in devices_for_user(user, confirmed=None):
        device.delete()


def members(request):
    """Settings → Two-step sign-in: who can use the admin, whether they have set up two-step sign-in, and a
    button to reset it. Superusers only."""
    if not request.user.is_superuser:
        raise PermissionDenied
    User = get_user_model()
    people = [user for user in User.objects.filter(is_active=True).order_by("username") if uses_admin(user)]
    rows = [(person, user_has_device(person)) for person in people]
    return never_cached(render(request, "accounts/admin/two_step_members.html", {"rows": rows}))


@require_POST
def reset_member(request, user_id):
    if not request.user.is_superuser:
        raise PermissionDenied
    person = get_object_or_404(get_user_model(), pk=user_id)
    reset_factor(person)
    name = person.get_full_name() or person.get_username()
    messages.success(
        request, _("%(name)s sets up two-step sign-in again at their next sign-in.") % {"name": name}
    )
    return redirect("two_step_members")
