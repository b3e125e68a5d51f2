"""The roles of PRODUCT.md as Django groups. Nobody but a superuser gets publish permission."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = {
    "Editors": {
        "global": [("wagtailadmin", "admin", "access_admin"), ("resources", "topic", "add_topic"),
                   ("resources", "topic", "change_topic")],
        "pages": ["add_page", "change_page"],
        "collections": ["add_image", "change_image", "choose_image", "add_document", "change_document",
                        "choose_document"],
    },
    "Lived experience panel": {
        "global": [("wagtailadmin", "admin", "access_admin")],
        "pages": ["change_page"],
        "collections": ["choose_image", "choose_document"],
    },
    "Clinical reviewers": {
        "global": [("wagtailadmin", "admin", "access_admin")],
        "pages": [],
        "collections": [],
    },
    "Translators": {
        "global": [("wagtailadmin", "admin", "access_admin"), ("wagtail_localize", "translation", "submit_translation")],
        "pages": ["add_page", "change_page"],
        "collections": ["choose_image", "choose_document"],
    },
    "GP trainees": {"global": [], "pages": [], "collections": []},
}

COLLECTION_APPS = {"image": "wagtailimages", "document": "wagtaildocs"}


def ensure_permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_groups(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    # Wagtail's own "Moderators" group may publish: that is not how this site works.
    Group.objects.filter(name="Moderators").delete()

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    for name, perms in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.clear()
        GroupPagePermission.objects.filter(group=group).delete()
        GroupCollectionPermission.objects.filter(group=group).delete()
        for app_label, model, codename in perms["global"]:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, content_type__model=model, codename=codename)
            )
        for codename in perms["pages"]:
            GroupPagePermission.objects.create(
                group=group,
                page=root_page,
                permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
            )
        for codename in perms["collections"]:
            model = codename.split("_", 1)[1]
            GroupCollectionPermission.objects.create(
                group=group,
                collection=root_collection,
                permission=Permission.objects.get(content_type__app_label=COLLECTION_APPS[model], codename=codename),
            )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[n for n in GROUPS if n != "Editors"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0002_create_locales"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("resources", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
