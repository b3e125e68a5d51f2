"""The Take part pages go through the lived-experience panel's approval, like the rest of the site."""

from django.db import migrations

TAKE_PART_TYPES = ["takepartindexpage", "opportunitypage"]
WORKFLOW = "Panel approval"


def assign_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    PageTypeWorkflow = apps.get_model("website", "PageTypeWorkflow")
    workflow = Workflow.objects.filter(name=WORKFLOW).first()
    if workflow is None:  # removed by hand before this ran: leave the choice to the administrators
        return
    for model in TAKE_PART_TYPES:
        content_type, _ = ContentType.objects.get_or_create(app_label="involvement", model=model)
        PageTypeWorkflow.objects.get_or_create(content_type=content_type, defaults={"workflow": workflow})


def unassign_workflow(apps, schema_editor):
    PageTypeWorkflow = apps.get_model("website", "PageTypeWorkflow")
    PageTypeWorkflow.objects.filter(
        content_type__app_label="involvement", content_type__model__in=TAKE_PART_TYPES
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("approvals", "0002_move_content_types"),
        ("involvement", "0001_initial"),
        ("website", "0011_page_type_workflow_choices_take_part"),
    ]

    operations = [migrations.RunPython(assign_workflow, unassign_workflow)]
