"""What happens when a page's workflow finishes: the page goes live."""

from website.publish_guard import workflow_finishing


def publish_approved(workflow_state, user=None):
    """WAGTAIL_FINISH_WORKFLOW_ACTION: the last step of a workflow approved, so the page goes live.

    The approval is the permission: the member who gives the last approval has no publish permission of
    their own (nobody but a superuser has), so Wagtail's own permission check is skipped here, and only here.
    """
    with workflow_finishing():
        revision = workflow_state.content_object.get_latest_revision()
        revision.publish(user=user, skip_permission_checks=True)
