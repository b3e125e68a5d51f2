"""A database made while the quorum models lived in `website` migrates forward without losing a row."""

import pytest
from django.apps import apps as django_apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from wagtail.models import Task

from approvals.models import QuorumApproval, QuorumApprovalTask

BEFORE_THE_MOVE = [("approvals", None)]  # also unapplies website 0007, which depends on it
MOVE = ("website", "0007_quorum_models_moved_to_approvals")


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def make_rows_before_the_move(apps):
    """A quorum task with its group, and one member's approval of a page revision, as website 0006 had them."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Revision = apps.get_model("wagtailcore", "Revision")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    User = apps.get_model("auth", "User")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    QuorumApprovalTask = apps.get_model("website", "QuorumApprovalTask")
    QuorumApproval = apps.get_model("website", "QuorumApproval")

    task = QuorumApprovalTask.objects.create(
        name="Old panel step",
        content_type=ContentType.objects.get(app_label="website", model="quorumapprovaltask"),
        active=True,
        quorum=3,
    )
    task.groups.set([Group.objects.get(name="Lived experience panel")])
    page = Page.objects.get(depth=2, locale__language_code="en")
    page_type = ContentType.objects.get(pk=page.content_type_id)
    base_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    member = User.objects.create(username="old-panel-member")
    revision = Revision.objects.create(
        content_type=page_type,
        base_content_type=base_type,
        object_id=str(page.pk),
        created_at=timezone.now(),
        user=member,
        content={},
    )
    workflow_state = WorkflowState.objects.create(
        content_type=page_type,
        base_content_type=base_type,
        object_id=str(page.pk),
        workflow=Workflow.objects.get(name="Panel approval"),
        status="in_progress",
        requested_by=member,
    )
    task_state = TaskState.objects.create(
        workflow_state=workflow_state,
        revision=revision,
        task=task,
        status="in_progress",
        comment="",
        content_type=ContentType.objects.get(app_label="wagtailcore", model="taskstate"),
    )
    approval = QuorumApproval.objects.create(
        task_state=task_state, user=member, revision=revision, comment="Clear and kind."
    )
    return task.pk, approval.pk


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_quorum_rows_made_in_website_are_read_through_approvals_after_migrating():
    demo_tasks = set(QuorumApprovalTask.objects.values_list("pk", "name", "quorum"))
    assert len(demo_tasks) == 3  # made by website 0005 while the model lived in website
    try:
        executor = migrate(BEFORE_THE_MOVE)
        assert MOVE not in executor.loader.applied_migrations
        old_apps = executor.loader.project_state(("website", "0006_traineeinvitation")).apps
        task_pk, approval_pk = make_rows_before_the_move(old_apps)
    finally:
        migrate(latest())  # whatever happened, leave the database as every other test expects it
    ContentType.objects.clear_cache()  # read the content types as a new process would
    try:
        check_rows_after_the_move(task_pk, approval_pk, demo_tasks)
    finally:
        # Warm the cache again. The next serialized-rollback test reloads pages before their content types,
        # and a page made while the cache is cold makes a second content type row for its model.
        ContentType.objects.get_for_models(*django_apps.get_models())


def check_rows_after_the_move(task_pk, approval_pk, demo_tasks):
    task = QuorumApprovalTask.objects.get(pk=task_pk)
    assert (task.name, task.quorum) == ("Old panel step", 3)
    assert [g.name for g in task.groups.all()] == ["Lived experience panel"]
    assert isinstance(Task.objects.get(pk=task_pk).specific, QuorumApprovalTask)
    approval = QuorumApproval.objects.select_related("task_state__task", "user").get(pk=approval_pk)
    assert approval.comment == "Clear and kind." and approval.user.username == "old-panel-member"
    assert isinstance(approval.task_state.task.specific, QuorumApprovalTask)
    # The workflow tasks the data migrations made are all still there, and still quorum tasks.
    assert demo_tasks <= set(QuorumApprovalTask.objects.values_list("pk", "name", "quorum"))
    moved = ContentType.objects.filter(model__in=["quorumapprovaltask", "quorumapproval"])
    assert sorted(moved.values_list("app_label", "model")) == [
        ("approvals", "quorumapproval"),
        ("approvals", "quorumapprovaltask"),
    ]
