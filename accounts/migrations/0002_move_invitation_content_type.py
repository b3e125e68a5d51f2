"""The invitation's content type row moves from app_label "website" to "accounts", so its permissions (and
whoever holds them) follow the model instead of being left behind on a content type nothing uses."""

from django.db import migrations

MODEL = "traineeinvitation"


def move_content_type(apps, from_label, to_label):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    moving = ContentType.objects.filter(app_label=from_label, model=MODEL).first()
    if moving is None:
        return  # a new database: the content type is made after migrating, under the model's app
    # A database migrated in several runs may already have a row under the new label (made after an
    # earlier run): whoever holds its permissions gets the moved row's same permissions, then it goes.
    for duplicate in ContentType.objects.filter(app_label=to_label, model=MODEL):
        for permission in Permission.objects.filter(content_type=duplicate):
            kept = Permission.objects.filter(content_type=moving, codename=permission.codename).first()
            if kept is not None:
                kept.group_set.add(*permission.group_set.all())
                kept.user_set.add(*permission.user_set.all())
        duplicate.delete()
    moving.app_label = to_label
    moving.save(update_fields=["app_label"])


def forwards(apps, schema_editor):
    move_content_type(apps, "website", "accounts")


def backwards(apps, schema_editor):
    move_content_type(apps, "accounts", "website")


class Migration(migrations.Migration):

    dependencies = [
        ("accounts", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
