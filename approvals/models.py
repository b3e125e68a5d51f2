"""The approval step pages go through: a quorum of a group's members, and the approvals they give.

The tables keep the names they had when these models lived in `website`.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.validators import MinValueValidator
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import AbstractGroupApprovalTask, TaskState


class QuorumApprovalTask(AbstractGroupApprovalTask):
    """Approval by a number of different members of a group (the quorum).

    The person who submitted the page, and the person who wrote the revision under review, cannot approve it.
    Any member can request changes, which sends the page back with their comment. An approval counts only for
    the revision it was given to: an edit after an approval needs fresh approvals.
    """

    quorum = models.PositiveSmallIntegerField(
        _("approvals needed"),
        default=2,
        validators=[MinValueValidator(1)],
        help_text=_("How many different members must approve before this step is complete."),
    )

    admin_form_fields = AbstractGroupApprovalTask.admin_form_fields + ["quorum"]

    class Meta:
        db_table = "website_quorumapprovaltask"
        verbose_name = _("quorum approval task")
        verbose_name_plural = _("quorum approval tasks")

    @classmethod
    def get_description(cls):
        return _(
            "A set number of different members of the chosen groups must approve. Authors cannot approve."
        )

    def locked_for_user(self, obj, user):
        # Co-editing goes on during review; an edit simply needs fresh approvals.
        return False

    def authors(self, task_state):
        """Users who may not approve: whoever submitted, and whoever wrote the revision under review."""
        revision = task_state.workflow_state.content_object.get_latest_revision()
        return {task_state.workflow_state.requested_by_id, task_state.revision.user_id, revision.user_id} - {
            None
        }

    def approvals(self, task_state):
        latest = task_state.workflow_state.content_object.get_latest_revision()
        return (
            task_state.quorum_approvals.filter(revision=latest).select_related("user").order_by("created_at")
        )

    def can_approve(self, task_state, user):
        return (
            task_state is not None
            and task_state.task_id == self.pk
            and task_state.status == TaskState.STATUS_IN_PROGRESS
            and (user.is_superuser or self._user_in_groups(user))
            and user.pk not in self.authors(task_state)
            and not self.approvals(task_state).filter(user=user).exists()
        )

    def get_actions(self, obj, user):
        if not (user.is_superuser or self._user_in_groups(user)):
            return []
        actions = [("reject", _("Request changes"), True)]
        if self.can_approve(obj.current_workflow_task_state, user):
            actions += [("approve", _("Approve"), False), ("approve", _("Approve with comment"), True)]
        return actions

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        comment = kwargs.get("comment", "") or ""
        if action_name == "reject":
            if not (user.is_superuser or self._user_in_groups(user)):
                raise PermissionDenied
            task_state.reject(user=user, comment=comment)
        elif action_name == "approve":
            if not self.can_approve(task_state, user):
                raise PermissionDenied
            revision = task_state.workflow_state.content_object.get_latest_revision()
            QuorumApproval.objects.create(
                task_state=task_state, user=user, revision=revision, comment=comment
            )
            if self.approvals(task_state).count() >= self.quorum:
                task_state.approve(user=user, comment=comment)
            else:
                log(
                    instance=task_state.workflow_state.content_object,
                    action="website.quorum_approval",
                    user=user,
                    revision=revision,
                    data={
                        "task": {"id": self.pk, "title": self.name},
                        "approvals": self.approvals(task_state).count(),
                        "quorum": self.quorum,
                        "comment": comment,
                    },
                )
        else:
            raise PermissionDenied


class QuorumApproval(models.Model):
    """One member's approval of one revision in one quorum step."""

    task_state = models.ForeignKey(TaskState, on_delete=models.CASCADE, related_name="quorum_approvals")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.CASCADE, related_name="+")
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "website_quorumapproval"
        constraints = [
            models.UniqueConstraint(fields=["task_state", "user", "revision"], name="one_approval_per_member")
        ]

    def __str__(self):
        return f"{self.user} approved {self.revision_id}"
