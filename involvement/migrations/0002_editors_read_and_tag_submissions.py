"""Editors read the "tell us what's hard" submissions, tag them by theme, link them to a post, and delete
one that should not be kept (for example, someone typed their name). Nobody but a superuser adds one in the
admin: they come from the public form. Editors add and change themes."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PERMISSIONS = {
    "submission": ["view_submission", "change_submission", "delete_submission"],
    "theme": ["add_theme", "change_theme", "view_theme"],
}


def give(apps, schema_editor):
    app_config = apps.get_app_config("involvement")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editors").first()
    if editors is None:
        return
    for model, codenames in PERMISSIONS.items():
        editors.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="involvement", content_type__model=model, codename__in=codenames
            )
        )


def take_away(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editors").first()
    if editors:
        editors.permissions.remove(*Permission.objects.filter(content_type__app_label="involvement"))


class Migration(migrations.Migration):
    dependencies = [
        ("involvement", "0001_initial"),
        ("website", "0003_create_groups_and_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(give, take_away)]
