"""The demo has real translations made through wagtail-localize, and a page waiting for a second approval."""

import re

import pytest
from django.core.management import call_command
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation

from blog.models import BlogPage
from resources.models import GuidePage


@pytest.mark.django_db
def test_three_guides_in_five_languages_are_live_and_marked_for_review(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        call_command("load_demo_content", "--allow-demo-accounts", verbosity=0)
    for code in ["ar", "pl", "so", "uk", "ur"]:
        locale = Locale.objects.get(language_code=code)
        for slug in ["register-with-a-gp", "get-help-fast", "ask-for-an-interpreter"]:
            page = GuidePage.objects.get(slug=slug, locale=locale)
            assert page.live
            assert page.title != GuidePage.objects.get(slug=slug, locale__language_code="en").title
    arabic = GuidePage.objects.get(slug="register-with-a-gp", locale__language_code="ar")
    html = client.get(arabic.url).content.decode()
    assert re.search(r'<html lang="ar"\s+dir="rtl">', html)
    assert StringTranslation.objects.filter(tool_name__contains="community translator").exists()
    assert not StringTranslation.objects.exclude(translation_type="machine").exists()


@pytest.mark.django_db
def test_a_post_waits_for_panel2(client):
    call_command("load_demo_content", "--allow-demo-accounts", verbosity=0)
    post = BlogPage.objects.get(slug="you-said-we-did-longer-appointments")
    assert not post.live
    state = post.current_workflow_task_state
    task = state.task.specific
    assert len(task.approvals(state)) == 1 and task.quorum == 2
    from django.contrib.auth import get_user_model

    panel2 = get_user_model().objects.get(username="panel2")
    client.force_login(panel2)
    client.post(f"/admin/review/{state.pk}/", {"approve": "1", "comment": ""})
    assert BlogPage.objects.get(pk=post.pk).live
