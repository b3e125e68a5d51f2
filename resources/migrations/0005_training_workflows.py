"""Training pages go through the lived-experience panel's approval, like the rest of the site."""

from django.db import migrations

TRAINING_TYPES = ["trainingindexpage", "trainingcoursepage", "trainingmodulepage", "checklistpage"]
WORKFLOW = "Panel approval"


def assign_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    PageTypeWorkflow = apps.get_model("website", "PageTypeWorkflow")
    workflow = Workflow.objects.filter(name=WORKFLOW).first()
    if workflow is None:  # removed by hand before this ran: leave the choice to the administrators
        return
    for model in TRAINING_TYPES:
        content_type, _ = ContentType.objects.get_or_create(app_label="resources", model=model)
        PageTypeWorkflow.objects.get_or_create(content_type=content_type, defaults={"workflow": workflow})


def unassign_workflow(apps, schema_editor):
    PageTypeWorkflow = apps.get_model("website", "PageTypeWorkflow")
    PageTypeWorkflow.objects.filter(
        content_type__app_label="resources", content_type__model__in=TRAINING_TYPES
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0004_training_pages"),
        ("website", "0005_create_workflows"),
    ]

    operations = [migrations.RunPython(assign_workflow, unassign_workflow)]
