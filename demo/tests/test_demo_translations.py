"""With the demo accounts (allowed explicitly, DEBUG being off), the demo's pages and its real translations
(PO files imported through wagtail-localize) go live through the approval workflow, and one post waits for
a second approval.

One build of the demo for all of it: building it is slow.
"""

import re

import polib
import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Locale, TaskState, WorkflowState
from wagtail_localize.models import StringTranslation, Translation

from approvals.templatetags.approvals_tags import trust_line
from blog.models import BlogPage
from demo.files import TRANSLATIONS
from resources.models import GuidePage

ACCOUNTS = {"admin", "editor", "panel1", "panel2", "panel3", "clinician", "translator", "trainee"}
LANGUAGES = ["ar", "pl", "so", "uk", "ur"]
GUIDES = ["register-with-a-gp", "get-help-fast", "ask-for-an-interpreter"]


def approvals(page):
    """(step, who approved, who submitted) for each approved step of the page's live revision."""
    return sorted(
        TaskState.objects.filter(
            revision_id=page.live_revision_id,
            status=TaskState.STATUS_APPROVED,
            workflow_state__status=WorkflowState.STATUS_APPROVED,
        ).values_list("task__name", "finished_by__username", "workflow_state__requested_by__username")
    )


@pytest.mark.django_db
@override_settings(DEBUG=False)
def test_demo_goes_live_through_the_workflow_in_six_languages(client, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "a-long-demo-password")
    call_command("load_demo_content", "--allow-demo-accounts", verbosity=0)
    users = {u.username: u for u in get_user_model().objects.filter(username__in=ACCOUNTS)}
    assert set(users) == ACCOUNTS
    assert users["admin"].is_superuser and not users["editor"].is_superuser
    assert users["panel2"].groups.filter(name="Lived experience panel").exists()
    assert users["trainee"].check_password("a-long-demo-password")

    english = {slug: GuidePage.objects.get(slug=slug, locale__language_code="en") for slug in GUIDES}
    for code in LANGUAGES:
        locale = Locale.objects.get(language_code=code)
        for slug in GUIDES:
            page = GuidePage.objects.get(slug=slug, locale=locale)
            assert page.live
            assert page.title != english[slug].title
            assert page.topic.locale == locale and page.topic.name != english[slug].topic.name
            translation = Translation.objects.get(
                source__object_id=english[slug].translation_key, target_locale=locale
            )
            total, translated = translation.get_progress()
            assert total == translated > 20, (code, slug)
    assert StringTranslation.objects.filter(tool_name__contains="community translator").exists()
    assert not StringTranslation.objects.exclude(translation_type="machine").exists()

    # The translated text reaches the public page: the title and the body, right to left in Arabic.
    path = TRANSLATIONS / "ar" / "register-with-a-gp.po"
    po = {entry.msgid: entry.msgstr for entry in polib.pofile(str(path))}
    arabic = GuidePage.objects.get(slug="register-with-a-gp", locale__language_code="ar")
    html = client.get(arabic.url).content.decode()
    assert re.search(r'<html lang="ar"\s+dir="rtl">', html)
    assert po["Register with a GP"] in html
    assert po["Who can register"] in html
    assert po["You do not need an NHS number."] in html
    html = client.get(english["register-with-a-gp"].url).content.decode()
    assert "Register with a GP" in html and "You do not need an NHS number." in html
    assert po["Who can register"] not in html

    # Each went live through its workflow: the editor (a translation: the translator) submitted it, the
    # clinician did the clinical check and two panel members approved, so the trust line shows it.
    steps = [("Clinical check", "clinician"), ("Lived experience panel", "panel2")]
    assert approvals(english["register-with-a-gp"]) == [(step, who, "editor") for step, who in steps]
    assert approvals(arabic) == [(step, who, "translator") for step, who in steps]
    assert arabic.live_revision.user.username == "translator"
    assert trust_line(arabic)["clinician"] and trust_line(english["register-with-a-gp"])["clinician"]
    panel = TaskState.objects.get(revision_id=arabic.live_revision_id, task__name="Lived experience panel")
    assert {a.user.username for a in panel.quorum_approvals.all()} == {"panel1", "panel2"}

    # One post waits for the panel with one approval of two: panel2 gives the second and it goes live.
    post = BlogPage.objects.get(slug="you-said-we-did-longer-appointments")
    assert not post.live
    state = post.current_workflow_task_state
    task = state.task.specific
    assert len(task.approvals(state)) == 1 and task.quorum == 2
    client.force_login(users["panel2"])
    client.post(f"/admin/review/{state.pk}/", {"approve": "1", "comment": ""})
    assert BlogPage.objects.get(pk=post.pk).live
