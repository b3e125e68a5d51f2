"""The approval workflows of PRODUCT.md, and which page types go through which.

Guides: clinical check (1 clinical reviewer), then the lived-experience panel (2 different members).
Top tips, blog, training and section pages: the panel (2 members). Standard pages: the panel (1 member).
Wagtail's own "Moderators approval" workflow is removed: its group could publish alone.
Admins can change the number of approvals and the assignments in the admin afterwards.
"""

from django.db import migrations

TASKS = {
    "Clinical check": ("Clinical reviewers", 1),
    "Lived experience panel": ("Lived experience panel", 2),
    "Lived experience panel (one member)": ("Lived experience panel", 1),
}
WORKFLOWS = {
    "Guide approval": ["Clinical check", "Lived experience panel"],
    "Panel approval": ["Lived experience panel"],
    "Standard page approval": ["Lived experience panel (one member)"],
}
PAGE_TYPES = {
    ("resources", "guidepage"): "Guide approval",
    ("resources", "guideindexpage"): "Panel approval",
    ("resources", "toptipspage"): "Panel approval",
    ("blog", "blogindexpage"): "Panel approval",
    ("blog", "blogpage"): "Panel approval",
    ("home", "homepage"): "Panel approval",
    ("home", "standardpage"): "Standard page approval",
}


def create_workflows(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    QuorumApprovalTask = apps.get_model("website", "QuorumApprovalTask")
    PageTypeWorkflow = apps.get_model("website", "PageTypeWorkflow")

    # Wagtail's default workflow lets its Moderators group approve and publish alone.
    moderators = Workflow.objects.filter(name="Moderators approval")
    WorkflowPage.objects.filter(workflow__in=moderators).delete()
    Task.objects.filter(workflow_tasks__workflow__in=moderators).delete()
    moderators.delete()

    task_type, _ = ContentType.objects.get_or_create(app_label="website", model="quorumapprovaltask")
    tasks = {}
    for name, (group_name, quorum) in TASKS.items():
        task = QuorumApprovalTask.objects.create(name=name, content_type=task_type, active=True, quorum=quorum)
        task.groups.set([Group.objects.get(name=group_name)])
        tasks[name] = task
    workflows = {}
    for name, task_names in WORKFLOWS.items():
        workflow = Workflow.objects.create(name=name, active=True)
        for order, task_name in enumerate(task_names):
            WorkflowTask.objects.create(workflow=workflow, task=tasks[task_name], sort_order=order)
        workflows[name] = workflow
    for (app_label, model), workflow_name in PAGE_TYPES.items():
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        PageTypeWorkflow.objects.update_or_create(
            content_type=content_type, defaults={"workflow": workflows[workflow_name]}
        )


def remove_workflows(apps, schema_editor):
    apps.get_model("website", "PageTypeWorkflow").objects.all().delete()
    apps.get_model("wagtailcore", "Workflow").objects.filter(name__in=WORKFLOWS).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name__in=TASKS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0004_quorum_approval_task"),
        ("website", "0003_create_groups_and_permissions"),
        ("home", "0001_initial"),
        ("resources", "0001_initial"),
        ("blog", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_workflows, remove_workflows)]
