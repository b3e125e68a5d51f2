from wagtail import hooks

from .viewsets import TraineeInvitationViewSet


@hooks.register("register_admin_viewset")
def register_trainee_invitations():
    return TraineeInvitationViewSet()
