"""Topics have no revisions, so a renamed topic reached every guide list at once, unapproved.

Editors keep choosing topics for guides (a page change, which goes for approval), but only superusers
add, rename or reorder topics; Wagtail's history records who did it.
"""

from django.db import migrations

TOPIC_PERMISSIONS = ["add_topic", "change_topic", "delete_topic"]


def take_away(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="resources", codename__in=TOPIC_PERMISSIONS)
    for group in Group.objects.all():
        group.permissions.remove(*permissions)


def give_back(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editors").first()
    if editors:
        editors.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="resources", codename__in=["add_topic", "change_topic"]
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0005_training_workflows"),
        ("website", "0003_create_groups_and_permissions"),
    ]

    operations = [migrations.RunPython(take_away, give_back)]
