from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApprovalsConfig(AppConfig):
    """The approval workflow: quorum task, review screen, dashboard panels, trust line."""

    name = "approvals"
    verbose_name = _("Approvals")

    def ready(self):
        from django.db.models.signals import post_save, pre_save
        from wagtail.models import Revision

        from .authorship import keep_approvals_of_identical_content, keep_approvals_with_their_content

        post_save.connect(
            keep_approvals_of_identical_content,
            sender=Revision,
            dispatch_uid="keep-approvals-of-identical-content",
        )
        pre_save.connect(
            keep_approvals_with_their_content,
            sender=Revision,
            dispatch_uid="keep-approvals-with-their-content",
        )
