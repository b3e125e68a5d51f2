"""Editors and translators keep the plain-language glossary: add, change and delete its words."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Editors": ["add_glossaryterm", "change_glossaryterm", "delete_glossaryterm"],
    "Translators": ["add_glossaryterm", "change_glossaryterm"],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("website")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label="website", codename__in=codenames)
            )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(
                *Permission.objects.filter(content_type__app_label="website", codename__in=codenames)
            )


class Migration(migrations.Migration):
    dependencies = [("website", "0009_plain_language_glossary_and_feedback_follow_up")]

    operations = [migrations.RunPython(grant, revoke)]
