"""Front-end accounts for GP trainees: sign in, sign out, password reset and accepting an invitation.

Trainees read training modules that page privacy restricts to the "GP trainees" group. They sign in here,
in the site's own style and language, never on the Wagtail admin's login form; and the admin refuses
them (`accounts.middleware.AdminRefusalMiddleware`). Anonymous pages stay cookie-free: nothing here touches
the session or the CSRF token unless the visitor already has a session cookie or is on one of these pages.

URLs (accounts/urls.py, inside `i18n_patterns`, so /en/account/…, /ar/account/…): sign_in, sign_out,
signed_out, account_home, password_reset, password_reset_done, password_reset_confirm,
password_reset_complete, accept_invitation.
"""

from django.conf import settings
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from wagtail.models import Site

from website.groups import GP_TRAINEES
from website.models import SiteSettings

from .forms import (
    AcceptInvitationForm,
    NewPasswordForm,
    ResetRequestForm,
    SignInForm,
    account_exists,
)
from .lockout import INVITATION_LINKS, is_locked_out, lockout_response, record_failure
from .models import TraineeInvitation

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


def is_trainee(user):
    return user.is_authenticated and user.groups.filter(name=GP_TRAINEES).exists()


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

    def form_valid(self, form):
        response = super().form_valid(form)
        # Signed in until the browser closes, unless they asked to stay signed in (SESSION_COOKIE_AGE).
        self.request.session.set_expiry(None if form.cleaned_data.get("remember") else 0)
        return response


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
        # The form sends at most RESET_EMAILS_PER_HOUR emails to one address (LimitedResetMixin).
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
        user.groups.add(Group.objects.get(name=GP_TRAINEES))
        locked.accepted_at = timezone.now()
        locked.user = user
        locked.save(update_fields=["accepted_at", "user"])
    return user, ""


@never_cache
@sensitive_post_parameters("password1", "password2")
def accept_invitation(request, token):
    """Make a GP trainee account from an invitation link: once, and only before the invitation expires."""
    # The lockout covers this door too: a client that has tried too many links that match nothing, or an
    # account locked for this client, gets the lockout page, and no account or session.
    if is_locked_out(request, INVITATION_LINKS):
        return lockout_response(request)
    invitation = TraineeInvitation.for_token(token)
    if invitation is None:
        if record_failure(request, INVITATION_LINKS):
            return lockout_response(request)
        return invitation_refused(request, "unknown")
    if is_locked_out(request, invitation.email.lower()):
        return lockout_response(request)
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
