"""Front-end accounts for GP trainees: sign in, sign out, password reset and accepting an invitation.

Trainees read training modules that page privacy restricts to the "GP trainees" group. They sign in here,
in the site's own style and language, never on the Wagtail admin's login form; and the admin refuses
them (`AdminRefusalMiddleware`). Anonymous pages stay cookie-free: nothing here touches the session or
the CSRF token unless the visitor already has a session cookie or is on one of these pages.

URLs (inside `i18n_patterns`, so /en/account/…, /ar/account/…): sign_in, sign_out, signed_out,
account_home, password_reset, password_reset_done, password_reset_confirm, password_reset_complete,
accept_invitation.
"""

import hashlib

from django import forms
from django.conf import settings
from django.contrib.auth import authenticate, get_user_model, login, password_validation
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordForm
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from wagtail.models import Site

from .models import TraineeInvitation

TRAINEES_GROUP = "GP trainees"
ADMIN_PREFIX = "/admin/"
ADMIN_LOGOUT = "/admin/logout/"
ACCOUNT_PART = "/account/"

# After this many wrong passwords for one username or email address, sign-in waits.
THROTTLE_ATTEMPTS = 5
THROTTLE_SECONDS = 15 * 60


# --- Where to send people -----------------------------------------------------------------------------


def home_url():
    """The home page in the active language: /en/, /ar/…"""
    return reverse("wagtail_serve", args=[""])


def section_url(request, slug="training"):
    """A live section of the home page in the active language (the training section), else the home page."""
    site = Site.find_for_request(request)
    if site is not None:
        home = site.root_page.localized
        section = home.get_children().live().filter(slug=slug).first()
        if section is not None:
            url = section.get_url(request)
            if url:
                return url
    return home_url()


def signed_in_user(request):
    """The signed-in user, or None.

    A visitor without a session cookie cannot be signed in, so the session is never loaded for them: that
    keeps anonymous pages identical for everyone, cacheable and free of cookies and `Vary: Cookie`.
    """
    if settings.SESSION_COOKIE_NAME not in getattr(request, "COOKIES", {}):
        return None
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


def signed_in(request):
    """Context processor: `signed_in_user` for the header and footer. Previews in the admin show the page
    as visitors see it."""
    return {"signed_in_user": None if getattr(request, "is_preview", False) else signed_in_user(request)}


def is_trainee(user):
    return user.is_authenticated and user.groups.filter(name=TRAINEES_GROUP).exists()


# --- Forms --------------------------------------------------------------------------------------------


class ErrorSummaryMixin:
    """Our input style, no browser pop-ups (our messages are clearer and translated), and an error summary:
    every message, each linked to the field to fix. Messages not about one field link to the first field."""

    use_required_attribute = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.setdefault("class", "form-group__input")

    def error_summary(self):
        names = list(self.fields)
        items = [(self[names[0]].auto_id, message) for message in self.non_field_errors()]
        for name in names:
            items += [(self[name].auto_id, message) for message in self[name].errors]
        return items


def user_for(identifier):
    """The user an email address or username names, or None. An email address must match exactly one user."""
    User = get_user_model()
    identifier = identifier.strip()
    user = User.objects.filter(username=identifier).first()
    if user is None and "@" in identifier:
        matches = list(User.objects.filter(email__iexact=identifier)[:2])
        user = matches[0] if len(matches) == 1 else None
    if user is None:
        matches = list(User.objects.filter(username__iexact=identifier)[:2])
        user = matches[0] if len(matches) == 1 else None
    return user


def throttle_key(name, kind="sign-in-failures"):
    return kind + ":" + hashlib.sha256(name.strip().lower().encode()).hexdigest()


def count_attempt(key, seconds):
    """Add one to a counter that lasts `seconds` from its first attempt; return the new count."""
    cache.add(key, 0, seconds)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, seconds)
        return 1


RESET_EMAILS_PER_HOUR = 3


def count_reset_request(email):
    """Count a reset request for this address; False once it has had its emails for this hour.

    This stops the form being used to flood someone's inbox. The visitor sees the same page either way,
    so the limit says nothing about whether the address has an account.
    """
    key = throttle_key(email, kind="password-reset-requests")
    return count_attempt(key, 60 * 60) <= RESET_EMAILS_PER_HOUR


class SignInForm(ErrorSummaryMixin, AuthenticationForm):
    username = forms.CharField(
        label=_("Email address or username"),
        max_length=254,
        widget=forms.TextInput(
            attrs={"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"}
        ),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    error_messages = {
        "invalid_login": _(
            "The email address or username and password do not match our records. Check them and try again."
        ),
        "inactive": _(
            "The email address or username and password do not match our records. Check them and try again."
        ),
        "throttled": _(
            "You have tried to sign in too many times. Wait 15 minutes and try again, or reset your password."
        ),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Django's form shortens this field to the username's 150 characters; an email address may be longer.
        self.fields["username"].max_length = 254
        self.fields["username"].widget.attrs["maxlength"] = 254
        self.fields["username"].error_messages["required"] = _("Enter your email address or username.")
        self.fields["password"].error_messages["required"] = _("Enter your password.")

    def clean(self):
        identifier = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if identifier and password:
            user = user_for(identifier)
            key = throttle_key(user.get_username() if user else identifier)
            if cache.get(key, 0) >= THROTTLE_ATTEMPTS:
                raise ValidationError(self.error_messages["throttled"], code="throttled")
            self.user_cache = authenticate(
                self.request, username=user.get_username() if user else identifier, password=password
            )
            if self.user_cache is None:
                count_attempt(key, THROTTLE_SECONDS)
                raise self.get_invalid_login_error()
            self.confirm_login_allowed(self.user_cache)
            cache.delete(key)
        return self.cleaned_data

    def add_error(self, field, error):
        super().add_error(field, error)
        if field is None:
            # Never say which of the two was wrong: both fields are marked, and both point to the message
            # (shown by the first field).
            for name in ("username", "password"):
                self.fields[name].widget.attrs["aria-invalid"] = "true"
                self.fields[name].widget.attrs["aria-describedby"] = f"{self['username'].auto_id}_error"


class ResetRequestForm(ErrorSummaryMixin, PasswordResetForm):
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        error_messages={
            "required": _("Enter the email address you use for your account."),
            "invalid": _("Enter an email address in the right form, like name@example.org."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )


PASSWORD_HINT = _(
    "At least 8 characters. Not a common password, not only numbers, and not like your name or email "
    "address. A few unrelated words make a good password."
)


MISMATCH = _("The two passwords are not the same. Type them again.")


class NewPasswordForm(ErrorSummaryMixin, SetPasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        first, second = self.fields["new_password1"], self.fields["new_password2"]
        first.label, first.help_text = _("New password"), PASSWORD_HINT
        second.label, second.help_text = _("Type the new password again"), ""
        first.error_messages["required"] = _("Enter a new password.")
        second.error_messages["required"] = _("Type the new password again.")
        self.error_messages = {**self.error_messages, "password_mismatch": MISMATCH}

    def clean(self):
        # As Django's, but a password that is too weak is marked on the first field, where it was chosen.
        self.validate_passwords("new_password1", "new_password2")
        if not self.has_error("new_password2"):
            self.validate_password_for_user(self.user, "new_password1")
        return forms.Form.clean(self)


class AcceptInvitationForm(ErrorSummaryMixin, forms.Form):
    name = forms.CharField(
        label=_("Your name"),
        required=False,
        max_length=150,
        help_text=_("Optional. We use it to say who is signed in."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    password1 = forms.CharField(
        label=_("Choose a password"),
        strip=False,
        help_text=PASSWORD_HINT,
        error_messages={"required": _("Choose a password.")},
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label=_("Type the password again"),
        strip=False,
        error_messages={"required": _("Type the password again.")},
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email="", **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean(self):
        data = super().clean()
        first, second = data.get("password1"), data.get("password2")
        if first and second and first != second:
            self.add_error("password2", MISMATCH)
        elif first:
            User = get_user_model()
            candidate = User(username=self.email.lower(), email=self.email, first_name=data.get("name", ""))
            try:
                password_validation.validate_password(first, user=candidate)
            except ValidationError as error:
                self.add_error("password1", error)
        return data


# --- Views --------------------------------------------------------------------------------------------


class SignInView(auth_views.LoginView):
    """Sign in with an email address or username. Already signed in and sent here from a page they may not
    read (Wagtail's page privacy does that)? Say so, instead of showing the form."""

    form_class = SignInForm
    template_name = "accounts/sign_in.html"

    def get(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            context = self.get_context_data(
                signed_in_as=request.user,
                refused=bool(self.get_redirect_url()),
                trainee=is_trainee(request.user),
            )
            return self.render_to_response(context)
        return super().get(request, *args, **kwargs)


@method_decorator(never_cache, name="dispatch")
class SignOutView(auth_views.LogoutView):
    """Sign out: POST only. A GET (an old bookmark, a link) gets a page with the sign-out button, and 405."""

    next_page = "signed_out"
    http_method_names = ["get", "post", "options"]
    template_name = "accounts/sign_out.html"

    def get(self, request, *args, **kwargs):
        response = render(request, self.template_name, status=405)
        response["Allow"] = "POST"
        return response


@never_cache
def signed_out(request):
    return render(request, "accounts/signed_out.html")


def account_home(request):
    """Where signing in leads when no page asked for it: the home page in the visitor's language."""
    return HttpResponseRedirect(home_url())


def organisation_name(request):
    from .models import SiteSettings

    return SiteSettings.for_request(request).organisation_name


@method_decorator(never_cache, name="dispatch")
class ResetRequestView(auth_views.PasswordResetView):
    """Ask for a reset link by email. The next page says the same whether or not the address has an account."""

    form_class = ResetRequestForm
    template_name = "accounts/password_reset.html"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    email_template_name = "accounts/email/password_reset_email.txt"
    success_url = reverse_lazy("password_reset_done")

    def form_valid(self, form):
        if not count_reset_request(form.cleaned_data["email"]):
            return HttpResponseRedirect(self.get_success_url())
        self.extra_email_context = {
            "organisation_name": organisation_name(self.request),
            "reset_days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
        }
        return super().form_valid(form)


@method_decorator(never_cache, name="dispatch")
class ResetSentView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class ResetConfirmView(auth_views.PasswordResetConfirmView):
    form_class = NewPasswordForm
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("password_reset_complete")


@method_decorator(never_cache, name="dispatch")
class ResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"


# Why an invitation link cannot be used, and the status code that says so.
REFUSALS = {"unknown": 404, "used": 410, "expired": 410, "exists": 200}


def invitation_refused(request, reason):
    return render(request, "accounts/invitation_refused.html", {"reason": reason}, status=REFUSALS[reason])


def account_exists(email):
    """Whether someone already has this email address, or the username an invitation would give them."""
    email = email.strip()
    return get_user_model().objects.filter(Q(email__iexact=email) | Q(username__iexact=email)).exists()


def why_not(invitation):
    """Why this invitation cannot make an account now ("used", "expired", "exists"), or "" if it can."""
    if invitation.status == TraineeInvitation.ACCEPTED:
        return "used"
    if invitation.status == TraineeInvitation.EXPIRED:
        return "expired"
    if account_exists(invitation.email):
        return "exists"  # nothing is used up: they sign in, or reset their password
    return ""


def create_trainee(invitation, data):
    """A GP trainee account from the invitation, marked accepted in the same transaction. The invitation row is
    locked first, so two forms sent at once cannot both use it. Returns (user, "") or (None, why not)."""
    User = get_user_model()
    with transaction.atomic():
        locked = TraineeInvitation.objects.select_for_update().get(pk=invitation.pk)
        reason = why_not(locked)
        if reason:
            return None, reason
        user = User(
            username=locked.email.lower(),
            email=locked.email,
            first_name=data["name"].strip(),
            is_staff=False,
            is_superuser=False,
        )
        user.set_password(data["password1"])
        user.save()
        user.groups.add(Group.objects.get(name=TRAINEES_GROUP))
        locked.accepted_at = timezone.now()
        locked.user = user
        locked.save(update_fields=["accepted_at", "user"])
    return user, ""


@never_cache
@sensitive_post_parameters("password1", "password2")
def accept_invitation(request, token):
    """Make a GP trainee account from an invitation link: once, and only before the invitation expires."""
    invitation = TraineeInvitation.for_token(token)
    if invitation is None:
        return invitation_refused(request, "unknown")
    reason = why_not(invitation)
    if reason:
        return invitation_refused(request, reason)

    form = AcceptInvitationForm(request.POST or None, email=invitation.email)
    if request.method == "POST" and form.is_valid():
        try:
            user, reason = create_trainee(invitation, form.cleaned_data)
        except IntegrityError:  # someone made an account with this username a moment ago
            user, reason = None, "exists"
        if user is None:
            return invitation_refused(request, reason)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return HttpResponseRedirect(section_url(request, "training"))
    return render(request, "accounts/accept_invitation.html", {"form": form, "invitation": invitation})


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
