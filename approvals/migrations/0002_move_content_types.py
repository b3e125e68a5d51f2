"""The content types of the moved models follow them from `website` to `approvals`.

Wagtail finds a task's specific class (Task.specific), and Django its permissions, through the content type:
the rows keep their ids, so every task, permission and group permission that points at them stays as it was.
"""

from django.db import migrations

MODELS = ["quorumapprovaltask", "quorumapproval"]


def move_content_types(apps, from_label, to_label):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        content_type = ContentType.objects.filter(app_label=from_label, model=model).first()
        if content_type is None:  # a database made after the move: Django makes the row under its new label
            continue
        # A `migrate` stopped part of the way may have left a fresh, unused row under the new label (Django
        # makes one, with its default permissions, for every model in the migrated state). The row everything
        # points at wins.
        ContentType.objects.filter(app_label=to_label, model=model).delete()
        content_type.app_label = to_label
        content_type.save(update_fields=["app_label"])


def forwards(apps, schema_editor):
    move_content_types(apps, "website", "approvals")


def backwards(apps, schema_editor):
    move_content_types(apps, "approvals", "website")


class Migration(migrations.Migration):
    dependencies = [
        ("approvals", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
