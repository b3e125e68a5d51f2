"""The forms of trainee accounts: sign in, ask for a password reset, choose a new password, accept an
invitation; and the admin's form to invite a trainee. Every message is the site's own, in the visitor's
language, listed in an error summary that links to the field to fix."""

from django import forms
from django.conf import settings
from django.contrib.auth import authenticate, get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordForm
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm

from .models import TraineeInvitation

# How long an invitation link works, in days, unless the administrator says otherwise; and at most.
DEFAULT_DAYS = 14
MAX_DAYS = 60


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


def account_exists(email):
    """Whether someone already has this email address, or the username an invitation would give them."""
    email = email.strip()
    return get_user_model().objects.filter(Q(email__iexact=email) | Q(username__iexact=email)).exists()


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


def reset_email_allowed(email):
    """Count a reset email for this address; False once it has had RESET_EMAILS_PER_HOUR this hour.

    Both reset pages (the site's and the admin's) ask this before sending, and the count is kept in the
    database, so every worker sees it. It stops the forms being used to flood someone's inbox. The visitor
    sees the same page either way, so the limit says nothing about whether the address has an account.
    """
    from .models import ResetEmail

    return ResetEmail.count(email) <= settings.RESET_EMAILS_PER_HOUR


class LimitedResetMixin:
    """A password reset form that sends at most RESET_EMAILS_PER_HOUR emails an hour to one address."""

    def save(self, *args, **kwargs):
        if reset_email_allowed(self.cleaned_data["email"]):
            return super().save(*args, **kwargs)
        return None


# What every door says once an account is locked for this client (accounts/lockout.py).
LOCKED_OUT = _(
    "You have tried to sign in too many times. Wait 15 minutes and try again, or reset your password."
)


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
    remember = forms.BooleanField(
        label=_("Stay signed in on this device"),
        help_text=_("For two weeks. Leave this empty on a computer that other people use."),
        required=False,
    )

    error_messages = {
        "invalid_login": _(
            "The email address or username and password do not match our records. Check them and try again."
        ),
        "inactive": _(
            "The email address or username and password do not match our records. Check them and try again."
        ),
        "throttled": LOCKED_OUT,
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Django's form shortens this field to the username's 150 characters; an email address may be longer.
        self.fields["username"].max_length = 254
        self.fields["username"].widget.attrs["maxlength"] = 254
        self.fields["username"].error_messages["required"] = _("Enter your email address or username.")
        self.fields["password"].error_messages["required"] = _("Enter your password.")

    def clean(self):
        # Every wrong password is counted by the lockout (accounts/lockout.py), which also refuses a locked-out
        # account: authenticate() then finds nobody, and the lockout page replaces this form's answer.
        identifier = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if identifier and password:
            user = user_for(identifier)
            self.user_cache = authenticate(
                self.request, username=user.get_username() if user else identifier, password=password
            )
            if self.user_cache is None:
                raise self.get_invalid_login_error()
            self.confirm_login_allowed(self.user_cache)
        return self.cleaned_data

    def add_error(self, field, error):
        super().add_error(field, error)
        if field is None:
            # Never say which of the two was wrong: both fields are marked, and both point to the message
            # (shown by the first field).
            for name in ("username", "password"):
                self.fields[name].widget.attrs["aria-invalid"] = "true"
                self.fields[name].widget.attrs["aria-describedby"] = f"{self['username'].auto_id}_error"


class ResetRequestForm(LimitedResetMixin, ErrorSummaryMixin, PasswordResetForm):
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


class AdminResetForm(LimitedResetMixin, WagtailPasswordResetForm):
    """The admin's reset form (/admin/password_reset/), sharing the site's limit of emails to one address
    (WAGTAILADMIN_USER_PASSWORD_RESET_FORM)."""


class ClearLockoutMixin:
    """A password set through a reset email also lifts that account's lockout."""

    def save(self, *args, **kwargs):
        from .lockout import clear_failures

        user = super().save(*args, **kwargs)
        clear_failures(user.get_username())
        return user


class NewPasswordForm(ClearLockoutMixin, ErrorSummaryMixin, SetPasswordForm):
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


class InvitationForm(forms.ModelForm):
    """The admin's form to invite a trainee: their email address and how long the link works."""

    email = forms.EmailField(
        label=_("Email address"),
        max_length=150,
        help_text=_("The trainee's own email address. The invitation link is sent there."),
    )
    days = forms.IntegerField(
        label=_("Expires after this many days"),
        initial=DEFAULT_DAYS,
        min_value=1,
        max_value=MAX_DAYS,
        help_text=_("From 1 to 60 days. After that the link stops working."),
    )

    class Meta:
        model = TraineeInvitation
        fields = ["email"]

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if account_exists(email):
            raise forms.ValidationError(
                _(
                    "An account with this email address already exists. The person can sign in, or reset "
                    "their password; add them to the “GP trainees” group in Users if they need the training."
                )
            )
        return email
