"""The topic taxonomy guides are grouped by, in English. Translations follow like any snippet."""

import uuid

from django.db import migrations

TOPICS = [
    ("GP", "gp"),
    ("Urgent help", "urgent-help"),
    ("Pharmacy", "pharmacy"),
    ("Dentist", "dentist"),
    ("Mental health", "mental-health"),
    ("Sexual health", "sexual-health"),
    ("Maternity", "maternity"),
    ("Interpreters", "interpreters"),
    ("Your rights", "your-rights"),
]


def create_topics(apps, schema_editor):
    Topic = apps.get_model("resources", "Topic")
    Locale = apps.get_model("wagtailcore", "Locale")
    english = Locale.objects.get(language_code="en")
    for order, (name, slug) in enumerate(TOPICS, start=1):
        Topic.objects.get_or_create(
            slug=slug, locale=english, defaults={"name": name, "sort_order": order * 10, "translation_key": uuid.uuid4()}
        )


def remove_topics(apps, schema_editor):
    apps.get_model("resources", "Topic").objects.filter(slug__in=[s for _, s in TOPICS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0001_initial"),
        ("website", "0002_create_locales"),
    ]

    operations = [migrations.RunPython(create_topics, remove_topics)]
