"""`load_demo_content` builds a real-looking site, is idempotent, and guards its demo accounts."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from wagtail.models import Page

from blog.models import BlogPage
from resources.models import GuidePage, TopTipsPage

ACCOUNTS = {"admin", "editor", "panel1", "panel2", "panel3", "clinician", "translator", "trainee"}


def words(html):
    return re.sub(r"<[^>]+>", " ", html)


def strings(value):
    """Every piece of text in a stream value, one string at a time."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings(item)


@pytest.mark.django_db
def test_demo_content_is_complete_and_idempotent():
    call_command("load_demo_content", verbosity=0)
    count = Page.objects.count()
    assert GuidePage.objects.live().count() >= 8
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
    call_command("load_demo_content", verbosity=0)
    assert Page.objects.count() == count


@pytest.mark.django_db
def test_demo_text_is_plain_and_real():
    from blog import demo_content as blog_text
    from home import demo_content as home_text
    from resources import demo_content as resources_text

    text = words(
        repr([resources_text.GUIDES, resources_text.TOP_TIPS, blog_text.POSTS, home_text.STANDARD_PAGES])
    )
    assert "lorem" not in text.lower() and "ipsum" not in text.lower()
    for guide in resources_text.GUIDES:
        for string in strings(guide["body"]):
            for sentence in re.split(r"(?<=[.!?])\s+", words(string)):
                assert len(sentence.split()) <= 20, f"{guide['slug']}: {sentence[:80]}"


@pytest.mark.django_db
@override_settings(DEBUG=False)
def test_demo_accounts_are_refused_when_debug_is_off():
    call_command("load_demo_content", verbosity=0)
    assert not get_user_model().objects.filter(username__in=ACCOUNTS).exists()


@pytest.mark.django_db
@override_settings(DEBUG=False)
def test_demo_accounts_with_explicit_permission_use_demo_password(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "a-long-demo-password")
    call_command("load_demo_content", "--allow-demo-accounts", verbosity=0)
    users = {u.username: u for u in get_user_model().objects.filter(username__in=ACCOUNTS)}
    assert set(users) == ACCOUNTS
    assert users["admin"].is_superuser and not users["editor"].is_superuser
    assert users["panel2"].groups.filter(name="Lived experience panel").exists()
    assert users["trainee"].check_password("a-long-demo-password")


@pytest.mark.django_db
def test_reset_rebuilds_from_scratch():
    call_command("load_demo_content", verbosity=0)
    guide = GuidePage.objects.get(slug="register-with-a-gp", locale__language_code="en")
    guide.title = "Changed by hand"
    guide.save_revision().publish()
    call_command("load_demo_content", "--reset", verbosity=0)
    assert (
        GuidePage.objects.get(slug="register-with-a-gp", locale__language_code="en").title
        == "Register with a GP"
    )


@pytest.mark.django_db
def test_demo_content_refuses_without_a_home_page():
    from wagtail.models import Site

    Site.objects.update(root_page=Page.objects.get(depth=1))
    with pytest.raises(CommandError):
        call_command("load_demo_content", verbosity=0)
