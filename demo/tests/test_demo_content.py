"""`load_demo_content` builds a real-looking site from its data files, is idempotent, and guards its demo
accounts."""

import re

import pytest
import yaml
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from wagtail.models import Page, Site, WorkflowState

from blog.models import BlogPage
from demo.files import CONTENT, read
from resources.models import GuidePage, TopTipsPage, TrainingModulePage

ACCOUNTS = {"admin", "editor", "panel1", "panel2", "panel3", "clinician", "translator", "trainee"}


def words(html):
    return re.sub(r"<[^>]+>", " ", html)


def strings(value):
    """Every piece of text in a value read from a data file, one string at a time."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


@pytest.mark.django_db
@override_settings(DEBUG=False)
def test_demo_content_is_complete_idempotent_and_resets():
    call_command("load_demo_content", verbosity=0)
    count = Page.objects.count()
    assert GuidePage.objects.live().filter(locale__language_code="en").count() >= 8
    assert len(TopTipsPage.objects.get().tips) >= 10
    assert BlogPage.objects.live().count() >= 4
    assert BlogPage.objects.filter(kind=BlogPage.KIND_YOU_SAID).exists()
    slugs = set(Page.objects.values_list("slug", flat=True))
    assert {
        "register-with-a-gp",
        "get-help-fast",
        "ask-for-an-interpreter",
        "about",
        "privacy",
        "accessibility",
        "contact",
        "staying-safe-online",
    } <= slugs
    module = TrainingModulePage.objects.get(slug="reflective-case-review")
    assert module.get_view_restrictions().get().groups.filter(name="GP trainees").exists()
    handout = module.handouts[0].value["document"]
    assert handout.file.read().startswith(b"CASE VIGNETTES FOR REFLECTIVE PRACTICE")
    # Without the demo accounts nobody could approve, so the pages are published directly.
    assert not get_user_model().objects.filter(username__in=ACCOUNTS).exists()
    assert not WorkflowState.objects.exists()
    assert not Page.objects.filter(depth__gt=2, live=False).exists()

    call_command("load_demo_content", verbosity=0)
    assert Page.objects.count() == count

    guide = GuidePage.objects.get(slug="register-with-a-gp", locale__language_code="en")
    guide.title = "Changed by hand"
    guide.save_revision().publish()
    call_command("load_demo_content", "--reset", verbosity=0)
    guide = GuidePage.objects.get(slug="register-with-a-gp", locale__language_code="en")
    assert guide.title == "Register with a GP"
    assert Page.objects.count() == count
    home = Site.objects.get(is_default_site=True).root_page.specific
    assert [entry.value["page"] for entry in home.entry_points] == [
        Page.objects.get(slug=slug, locale=home.locale) for slug in ["guides", "top-tips", "training"]
    ]


def test_demo_text_is_plain_and_real():
    text = words(" ".join(strings([yaml.safe_load(p.read_text()) for p in CONTENT.glob("**/*.yaml")])))
    assert "lorem" not in text.lower() and "ipsum" not in text.lower()
    for path in (CONTENT / "guides").glob("*.yaml"):
        guide = read(path.relative_to(CONTENT))
        for string in strings(guide.get("body", [])):
            for sentence in re.split(r"(?<=[.!?])\s+", words(string)):
                assert len(sentence.split()) <= 20, f"{path.name}: {sentence[:80]}"


@pytest.mark.django_db
def test_demo_content_refuses_without_a_home_page():
    Site.objects.update(root_page=Page.objects.get(depth=1))
    with pytest.raises(CommandError):
        call_command("load_demo_content", verbosity=0)
