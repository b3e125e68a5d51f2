from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import two_factor
from .viewsets import TraineeInvitationViewSet


@hooks.register("register_admin_viewset")
def register_trainee_invitations():
    return TraineeInvitationViewSet()


@hooks.register("register_admin_urls")
def register_two_step_urls():
    return [
        path("two-step/", two_factor.second_step, name="two_step"),
        path("two-step-members/", two_factor.members, name="two_step_members"),
        path("two-step-members/<int:user_id>/reset/", two_factor.reset_member, name="two_step_reset"),
    ]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_two_step_members_menu_item():
    return SuperuserMenuItem(_("Two-step sign-in"), reverse("two_step_members"), icon_name="lock", order=910)
