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

from .authorship import fingerprint, revision_writers, translators


class QuorumApprovalTask(AbstractGroupApprovalTask):
    """Approval by a number of different members of a group (the quorum).

    Authors cannot approve: whoever submitted the page, wrote any revision since it was last approved, or
    translated any of its words since then (see approvals/authorship.py). Any member can request changes,
    which sends the page back with their comment. An approval counts for the content it was given to: an edit
    after an approval needs fresh approvals, an identical re-save does not.
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
        """Users who may not approve: whoever submitted, and whoever wrote or translated the words under
        review.

        Kept on the task state for the rest of the request: the review screen and the dashboard ask more than
        once."""
        cached = getattr(task_state, "_quorum_authors", None)
        if cached is None:
            page = task_state.workflow_state.content_object.specific
            cached = {task_state.workflow_state.requested_by_id} | revision_writers(page) | translators(page)
            cached -= {None}
            task_state._quorum_authors = cached
        return cached

    def approvals(self, task_state):
        """This step's approvals of what the latest revision says, one per member, oldest first (kept on the
        task state for the rest of the request, like the authors).

        An approval counts for every revision with the same content. It stops counting if its revision is
        overwritten afterwards (autosave rewrites a revision in place and moves its creation time on)."""
        cached = getattr(task_state, "_quorum_approvals", None)
        if cached is not None:
            return cached
        latest = task_state.workflow_state.content_object.get_latest_revision()
        current = fingerprint(latest)
        counted, members = [], set()
        for approval in task_state.quorum_approvals.select_related("user", "revision").order_by("created_at"):
            revision = approval.revision
            if approval.user_id in members or approval.created_at < revision.created_at:
                continue
            if revision.pk == latest.pk or fingerprint(revision) == current:
                counted.append(approval)
                members.add(approval.user_id)
        task_state._quorum_approvals = counted
        return counted

    def can_approve(self, task_state, user):
        return (
            task_state is not None
            and task_state.task_id == self.pk
            and task_state.status == TaskState.STATUS_IN_PROGRESS
            and (user.is_superuser or self._user_in_groups(user))
            and user.pk not in self.authors(task_state)
            and not any(a.user_id == user.pk for a in self.approvals(task_state))
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
            task_state._quorum_approvals = None  # counted again, with this one
            approvals = len(self.approvals(task_state))
            if approvals >= self.quorum:
                task_state.approve(user=user, comment=comment)
            else:
                log(
                    instance=task_state.workflow_state.content_object,
                    action="website.quorum_approval",
                    user=user,
                    revision=revision,
                    data={
                        "task": {"id": self.pk, "title": self.name},
                        "approvals": approvals,
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
