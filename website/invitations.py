"""The admin side of trainee invitations: a list, a form to invite someone, and withdrawing an invitation.

Only people with the permission "Can add trainee invitation" (`website.add_traineeinvitation`) may use these
views; superusers have it and no group is given it. The invitation link is emailed and shown once, on the
page that answers the form; only a hash of its secret is kept (see `TraineeInvitation`).
"""

import logging

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.mail import send_mail
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.auth import permission_required
from wagtail.admin.menu import MenuItem

from .accounts import account_exists
from .models import SiteSettings, TraineeInvitation

PERMISSION = "website.add_traineeinvitation"
DEFAULT_DAYS = 14
MAX_DAYS = 60

logger = logging.getLogger(__name__)


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("Email address"),
        max_length=150,
        help_text=gettext_lazy("The trainee's own email address. The invitation link is sent there."),
    )
    days = forms.IntegerField(
        label=gettext_lazy("Expires after this many days"),
        initial=DEFAULT_DAYS,
        min_value=1,
        max_value=MAX_DAYS,
        help_text=gettext_lazy("From 1 to 60 days. After that the link stops working."),
    )

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


class InvitationsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


def send_invitation(request, invitation, url):
    """Email the link, in the site's main language. Returns False if the email could not be sent."""
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "url": url,
            "organisation_name": SiteSettings.for_request(request).organisation_name,
            "expires_at": invitation.expires_at,
        }
        subject = render_to_string("accounts/email/invitation_subject.txt", context, request=request)
        body = render_to_string("accounts/email/invitation_email.txt", context, request=request)
    try:
        send_mail(" ".join(subject.split()), body, None, [invitation.email])
    except Exception:  # the link is still shown to the administrator, who can send it another way
        logger.exception("Could not send the invitation email")
        return False
    return True


@permission_required(PERMISSION)
def invitation_list(request):
    invitations = TraineeInvitation.objects.select_related("created_by", "user")[:500]
    return TemplateResponse(
        request, "website/admin/trainee_invitations.html", {"invitations": invitations, "now": timezone.now()}
    )


@permission_required(PERMISSION)
def invitation_create(request):
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        invitation, token = TraineeInvitation.create(
            form.cleaned_data["email"], form.cleaned_data["days"], created_by=request.user
        )
        with translation.override(settings.LANGUAGE_CODE):
            url = request.build_absolute_uri(reverse("accept_invitation", args=[token]))
        sent = send_invitation(request, invitation, url)
        # The only time the link is shown: the page is never stored by the browser or anything between.
        response = TemplateResponse(
            request,
            "website/admin/trainee_invitation_created.html",
            {"invitation": invitation, "url": url, "sent": sent},
        )
        add_never_cache_headers(response)
        return response
    return TemplateResponse(request, "website/admin/trainee_invitation_create.html", {"form": form})


@permission_required(PERMISSION)
@require_POST
def invitation_withdraw(request, pk):
    invitation = get_object_or_404(TraineeInvitation, pk=pk)
    if invitation.status == TraineeInvitation.PENDING:
        invitation.expires_at = timezone.now()
        invitation.save(update_fields=["expires_at"])
        messages.success(
            request, _("The invitation for %(email)s no longer works.") % {"email": invitation.email}
        )
    else:
        messages.info(
            request,
            _("The invitation for %(email)s was already used or expired.") % {"email": invitation.email},
        )
    return redirect("trainee_invitations")
