"""One Wagtail locale for each of the site's twelve languages."""

from django.db import migrations

LANGUAGE_CODES = ["en", "ar", "bn", "zh-hans", "fa", "ckb", "pl", "ro", "so", "ti", "uk", "ur"]


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in LANGUAGE_CODES:
        Locale.objects.get_or_create(language_code=code)


def remove_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.filter(language_code__in=LANGUAGE_CODES).exclude(language_code="en").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_locales, remove_locales)]
