"""Whoever wrote the words under review cannot approve them; saving without changing the words (a comment,
an identical re-save) makes nobody an author and asks nobody to approve again. Through the admin, as each
role."""

import re

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import StringSegment, Translation

from approvals.models import QuorumApproval
from resources.factories import GuideIndexPageFactory, GuidePageFactory
from resources.models import GuidePage
from website.factories import UserFactory
from website.groups import CLINICAL_REVIEWERS, EDITORS, PANEL, TRANSLATORS


@pytest.fixture
def people(db):
    return {
        "editor": UserFactory(username="editor", groups=[EDITORS]),
        "panel1": UserFactory(username="panel1", groups=[PANEL]),
        "panel2": UserFactory(username="panel2", groups=[PANEL]),
        "panel3": UserFactory(username="panel3", groups=[PANEL]),
        "clinician": UserFactory(username="clinician", groups=[CLINICAL_REVIEWERS]),
        "translator": UserFactory(username="translator", groups=[TRANSLATORS]),
    }


@pytest.fixture
def guide(home_page):
    index = GuideIndexPageFactory(parent=home_page, slug="guides")
    guide = GuidePageFactory(parent=index, title="Get help fast", slug="get-help-fast")
    guide.save_revision().publish()  # approved earlier
    return guide


def edit_form(page, text=None, comments=()):
    """The page's edit form as the browser posts it: the latest version, with `text` as the guide's body if
    given. Unchanged, it keeps the body's block ids; its rich text gets new editor keys (data-block-key), as
    when the stored text had none."""
    latest = Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object()
    if text is None:
        blocks = [
            (
                block.block_type,
                rich_text(re.sub(r'\sdata-block-key="[^"]*"', "", block.value.source)),
                block.id,
            )
            for block in latest.body
        ]
    else:
        blocks = [("text", rich_text(text), None)]
    data = nested_form_data(
        {
            "title": latest.title,
            "slug": latest.slug,
            "summary": latest.summary,
            "topic": "",
            "last_reviewed": latest.last_reviewed.isoformat(),
            "next_review_due": latest.next_review_due.isoformat(),
            "body": streamfield([(block_type, value) for block_type, value, _id in blocks]),
            "comments": inline_formset(list(comments)),
        }
    )
    for index, (_type, _value, block_id) in enumerate(blocks):
        if block_id:
            data[f"body-{index}-id"] = block_id
    return data


def save(client, user, page, text=None, comments=(), **action):
    client.force_login(user)
    data = edit_form(page, text, comments) | action
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.content[:500]


def approve(client, user, page):
    client.force_login(user)
    state = Page.objects.get(pk=page.pk).specific.current_workflow_task_state
    return client.post(f"/admin/review/{state.pk}/", {"approve": "1", "comment": ""})


def refused(response):
    """Wagtail's admin answers a PermissionDenied with its home page and an error message."""
    return response.status_code == 302 and any(
        "you do not have permission" in str(m) for m in get_messages(response.wsgi_request)
    )


def step(page):
    return Page.objects.get(pk=page.pk).specific.current_workflow_task.name


def count_panel_approvals(page):
    state = Page.objects.get(pk=page.pk).specific.current_workflow_task_state
    return len(state.task.specific.approvals(state))


def live_body(page):
    page = GuidePage.objects.get(pk=page.pk)
    return page.live, str(page.body)


@pytest.mark.django_db
def test_a_member_who_edited_the_words_cannot_approve_them(client, people, guide):
    save(client, people["panel1"], guide, text="<p>Call 111, free from any phone.</p>")
    save(client, people["editor"], guide, **{"action-submit": "1"})
    assert approve(client, people["clinician"], guide).status_code == 302
    assert step(guide) == "Lived experience panel"

    assert refused(approve(client, people["panel1"], guide))
    assert not QuorumApproval.objects.filter(user=people["panel1"]).exists()

    assert approve(client, people["panel2"], guide).status_code == 302
    assert approve(client, people["panel3"], guide).status_code == 302
    live, body = live_body(guide)
    assert live and "free from any phone" in body


@pytest.mark.django_db
def test_a_comment_only_save_keeps_a_member_free_to_approve(client, people, guide):
    save(client, people["editor"], guide, text="<p>Call 111. Or go online.</p>", **{"action-submit": "1"})
    approve(client, people["clinician"], guide)
    comment = {
        "contentpath": "title",
        "text": "Could we say 'doctor' here as well?",
        "position": "",
        "id": "",
        "resolved": "",
        "replies": inline_formset([]),
    }
    save(client, people["panel2"], guide, comments=[comment])
    assert guide.revisions.latest("created_at").user == people["panel2"]

    assert approve(client, people["panel2"], guide).status_code == 302
    assert QuorumApproval.objects.filter(user=people["panel2"]).exists()
    assert step(guide) == "Lived experience panel"  # the comment didn't send the guide back to step one
    assert approve(client, people["panel3"], guide).status_code == 302
    live, body = live_body(guide)
    assert live and "Or go online." in body


@pytest.mark.django_db
def test_an_identical_re_save_keeps_the_approvals_already_given(client, people, guide):
    save(client, people["editor"], guide, text="<p>Call 111. Or go online.</p>", **{"action-submit": "1"})
    approve(client, people["clinician"], guide)
    approve(client, people["panel1"], guide)
    assert count_panel_approvals(guide) == 1

    save(client, people["editor"], guide)  # nothing changed
    latest, before = Page.objects.get(pk=guide.pk).revisions.order_by("-created_at", "-id")[:2]
    assert latest.content["body"] != before.content["body"]  # new editor keys, the same words
    assert step(guide) == "Lived experience panel"
    assert count_panel_approvals(guide) == 1
    assert refused(approve(client, people["panel1"], guide))  # no second vote for the same words

    assert approve(client, people["panel2"], guide).status_code == 302
    live, body = live_body(guide)
    assert live and "Or go online." in body


@pytest.mark.django_db
def test_a_real_change_after_an_approval_still_needs_fresh_approvals(client, people, guide):
    save(client, people["editor"], guide, text="<p>Call 111. Or go online.</p>", **{"action-submit": "1"})
    approve(client, people["clinician"], guide)
    approve(client, people["panel1"], guide)
    save(client, people["editor"], guide, text="<p>Call 111. Or walk in.</p>")
    assert count_panel_approvals(guide) == 0
    approve(client, people["panel2"], guide)
    assert count_panel_approvals(guide) == 1  # 1 of 2 for the new words
    assert "walk in" not in live_body(guide)[1]


@pytest.mark.django_db
def test_a_member_who_translated_a_segment_cannot_approve_the_translation(client, people, guide):
    polish = Locale.objects.get(language_code="pl")
    translator_and_member = UserFactory(username="both", groups=[PANEL, TRANSLATORS])
    client.force_login(people["translator"])
    response = client.post(
        f"/admin/localize/submit/page/{guide.pk}/", {"locales": [polish.pk], "include_subtree": ""}
    )
    assert response.status_code == 302
    translated = guide.get_translation(polish)
    translation = Translation.objects.get(target_locale=polish)
    title = StringSegment.objects.get(source=translation.source, context__path="title")

    client.force_login(translator_and_member)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, title.pk])
    response = client.put(url, "value=Szybka pomoc", content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201), response.content[:300]

    client.force_login(people["translator"])
    assert client.post(f"/admin/send-for-approval/{translated.pk}/").status_code == 302
    approve(client, people["clinician"], translated)
    assert step(translated) == "Lived experience panel"
    assert refused(approve(client, translator_and_member, translated))
    assert approve(client, people["panel1"], translated).status_code == 302
    assert not QuorumApproval.objects.filter(user=translator_and_member).exists()


@pytest.mark.django_db
def test_an_autosave_over_an_approved_revision_sends_it_back_to_that_step(client, people, guide):
    save(client, people["editor"], guide, text="<p>Call 111. Or go online.</p>", **{"action-submit": "1"})
    approve(client, people["clinician"], guide)
    assert step(guide) == "Lived experience panel"
    submitted = Page.objects.get(pk=guide.pk).get_latest_revision()

    # The editor's page, still open, autosaves new words over the revision the clinician approved.
    save(
        client,
        people["editor"],
        guide,
        text="<p>Phone 999 today.</p>",
        overwrite_revision_id=str(submitted.pk),
    )
    assert Page.objects.get(pk=guide.pk).get_latest_revision().pk == submitted.pk

    approve(client, people["panel1"], guide)
    approve(client, people["panel2"], guide)
    assert step(guide) == "Clinical check"  # the clinician never saw "Phone 999 today."
    assert "Phone 999 today." not in live_body(guide)[1]
    approve(client, people["clinician"], guide)
    live, body = live_body(guide)
    assert live and "Phone 999 today." in body
