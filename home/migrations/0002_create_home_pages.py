"""Replace Wagtail's welcome page with our home page, in English and in every other site language.

The translations share the English page's translation_key, so Wagtail serves /ar/ from the Arabic home
page, /so/ from the Somali one, and so on.
"""

import uuid

from django.db import migrations

HOME_TITLES = {
    "en": "Home",
    "ar": "الصفحة الرئيسية",
    "bn": "হোম পেজ",
    "zh-hans": "首页",
    "fa": "صفحه اصلی",
    "ckb": "پەڕەی سەرەکی",
    "pl": "Strona główna",
    "ro": "Pagina principală",
    "so": "Bogga hore",
    "ti": "ቀዳማይ ገጽ",
    "uk": "Головна сторінка",
    "ur": "ہوم پیج",
}


def create_home_pages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("home.HomePage")

    # Wagtail's initial migration leaves a "Welcome to your new Wagtail site!" page at depth 2.
    Page.objects.filter(depth=2, content_type__app_label="wagtailcore", content_type__model="page").delete()
    root = Page.objects.get(depth=1)

    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    translation_key = uuid.uuid4()
    english_home = None
    for position, (code, title) in enumerate(HOME_TITLES.items(), start=1):
        slug = "home" if code == "en" else f"home-{code}"
        page = HomePage.objects.create(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=content_type,
            path=f"{root.path}{position:04d}",
            depth=2,
            numchild=0,
            url_path=f"/{slug}/",
            locale=Locale.objects.get(language_code=code),
            translation_key=translation_key,
            live=True,
        )
        english_home = english_home or page
    root.numchild = len(HOME_TITLES)
    root.save(update_fields=["numchild"])

    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page_id=english_home.pk, is_default_site=True,
                        site_name="Bridging Health")


def remove_home_pages(apps, schema_editor):
    apps.get_model("wagtailcore.Site").objects.all().delete()
    apps.get_model("home.HomePage").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("website", "0002_create_locales"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_home_pages, remove_home_pages)]
