"""The admin side of trainee invitations, in Settings → Trainee invitations: a list, a form to invite
someone, and withdrawing an invitation. A Wagtail model viewset, registered in accounts/wagtail_hooks.py.

Only people with the permission "Can add trainee invitation" (`accounts.add_traineeinvitation`) may use these
views; superusers have it and no group is given it. The invitation link is emailed and shown once, on the
page that answers the form; only a hash of its secret is kept (see `TraineeInvitation`). Invitations are
never edited or deleted here: withdrawing one makes it expire now, and the list keeps it.
"""

import logging

from django.contrib import messages
from django.contrib.auth.models import Permission
from django.core.mail import send_mail
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin.ui.tables import BaseColumn, Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet

from website.models import SiteSettings
from website.translations import default_language

from .forms import InvitationForm
from .models import TraineeInvitation

logger = logging.getLogger(__name__)


def send_invitation(request, invitation, url):
    """Email the link, in the site's main language. Returns False if the email could not be sent."""
    with translation.override(default_language()):
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


# --- The list -----------------------------------------------------------------------------------------


def when(field):
    """A column's value: the date and time in `field`, in the site's time zone."""
    return lambda invitation: date_format(timezone.localtime(getattr(invitation, field)), "j M Y H:i")


def invited_by(invitation):
    person = invitation.created_by
    return (person.get_full_name() or person.get_username()) if person else "–"


class StatusColumn(Column):
    """Waiting, Accepted or Expired; an accepted invitation links to the account it made."""

    cell_template_name = "accounts/admin/status_cell.html"


class WithdrawColumn(BaseColumn):
    """A button that withdraws a waiting invitation: a form, as withdrawing changes something."""

    cell_template_name = "accounts/admin/withdraw_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        # A cell is rendered with a plain dict, without the page's CSRF token: the form needs it.
        context = super().get_cell_context_data(instance, parent_context)
        context["csrf_token"] = get_token(parent_context["request"])
        return context


class InvitationIndexView(generic.IndexView):
    any_permission_required = ["add"]
    page_title = gettext_lazy("Trainee invitations")
    add_item_label = gettext_lazy("Invite a trainee")

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("created_by", "user")


# --- Inviting -----------------------------------------------------------------------------------------


class InvitationCreateView(generic.CreateView):
    submit_button_label = gettext_lazy("Send the invitation")

    def form_valid(self, form):
        invitation, token = TraineeInvitation.create(
            form.cleaned_data["email"], form.cleaned_data["days"], created_by=self.request.user
        )
        with translation.override(default_language()):
            url = self.request.build_absolute_uri(reverse("accept_invitation", args=[token]))
        sent = send_invitation(self.request, invitation, url)
        # The only time the link is shown: the page is never stored by the browser or anything between.
        response = TemplateResponse(
            self.request,
            "accounts/admin/created.html",
            {"invitation": invitation, "url": url, "sent": sent},
        )
        add_never_cache_headers(response)
        return response


# --- Withdrawing --------------------------------------------------------------------------------------


class WithdrawView(PermissionCheckedMixin, View):
    """Withdraw a waiting invitation: it expires now, so its link stops working. POST only."""

    model = TraineeInvitation
    permission_required = "add"
    index_url_name = None
    http_method_names = ["post"]

    def post(self, request, pk):
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
        return redirect(self.index_url_name)


# --- The viewset --------------------------------------------------------------------------------------


class TraineeInvitationViewSet(ModelViewSet):
    model = TraineeInvitation
    name = "trainee_invitations"
    url_prefix = "trainee-invitations"
    icon = "mail"
    menu_label = gettext_lazy("Trainee invitations")
    menu_order = 610
    add_to_settings_menu = True

    index_view_class = InvitationIndexView
    add_view_class = InvitationCreateView
    index_template_name = "accounts/admin/index.html"
    index_results_template_name = "accounts/admin/index_results.html"
    create_template_name = "accounts/admin/create.html"
    list_per_page = 50
    list_display = [
        "email",
        StatusColumn("status", label=gettext_lazy("Status")),
        Column(
            "created_at", label=gettext_lazy("Invited"), accessor=when("created_at"), sort_key="created_at"
        ),
        Column(
            "expires_at", label=gettext_lazy("Expires"), accessor=when("expires_at"), sort_key="expires_at"
        ),
        Column("created_by", label=gettext_lazy("Invited by"), accessor=invited_by),
        WithdrawColumn("withdraw", label=gettext_lazy("Actions")),
    ]

    # Invitations have no edit, delete, copy, history or usage pages, and are not references to index.
    copy_view_enabled = False
    add_to_reference_index = False

    def get_form_class(self, for_update=False):
        return InvitationForm

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            edit_url_name=None, delete_url_name=None, history_url_name=None, usage_url_name=None, **kwargs
        )

    @property
    def withdraw_view(self):
        return self.construct_view(WithdrawView)

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("new/", self.add_view, name="add"),
            path("<int:pk>/withdraw/", self.withdraw_view, name="withdraw"),
        ]

    def register_admin_url_finder(self):
        """No edit page to find (the finder would point at one)."""

    def get_permissions_to_register(self):
        # Not offered in the admin's group editor: the permission is for superusers to give, as before.
        return Permission.objects.none()
