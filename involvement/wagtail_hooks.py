from wagtail import hooks

from .viewsets import SubmissionViewSet


@hooks.register("register_admin_viewset")
def register_submissions():
    return SubmissionViewSet("submissions")
