"""Reviewers see what they approve: the words that changed, and a translation beside its English."""

import re
from urllib.parse import urlencode

import pytest
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import Translation

from resources.factories import GuidePageFactory
from resources.models import GuidePage


def as_user(client, user):
    client.force_login(user)
    return client


def review_screen(client, page):
    state = Page.objects.get(pk=page.pk).specific.current_workflow_task_state
    response = client.get(f"/admin/review/{state.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def approve(client, people, page, who):
    for name in who:
        state = Page.objects.get(pk=page.pk).specific.current_workflow_task_state
        as_user(client, people[name]).post(f"/admin/review/{state.pk}/", {"approve": "1"})


def guide_form(page, summary, text="<p>Call 111.</p>", **extra):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": summary,
            "topic": "",
            "last_reviewed": "2026-10-01",
            "next_review_due": "2027-10-01",
            "body": streamfield([("text", rich_text(text))]),
            "comments": inline_formset([]),
        }
    )
    if page.pk and page.body:
        # The same block, with the same words. Its rich text gets new editor keys, as after any save.
        data["body-0-id"] = page.body[0].id
    data.update(extra)
    return data


@pytest.mark.django_db
def test_a_summary_edit_shows_the_old_and_new_words_and_nothing_else(client, people, guide_index):
    as_user(client, people["editor"])
    new = GuidePage(title="Get help fast", slug="get-help-fast")
    client.post(
        f"/admin/pages/add/resources/guidepage/{guide_index.pk}/",
        guide_form(new, "Where to go when you are unwell.", **{"action-submit": "1"}),
    )
    guide = GuidePage.objects.get(slug="get-help-fast")
    approve(client, people, guide, ["clinician", "panel2", "panel3"])
    guide = GuidePage.objects.get(pk=guide.pk)
    assert guide.live
    stored = guide.body[0].value.source

    as_user(client, people["editor"])
    response = client.post(
        f"/admin/pages/{guide.pk}/edit/",
        guide_form(guide, "Where to go when you feel ill.", **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    assert GuidePage.objects.get(pk=guide.pk).get_latest_revision().as_object().body[0].value.source != stored
    html = review_screen(as_user(client, people["clinician"]), guide)
    summary = html.split('<th scope="row">Summary</th>')[1].split("</tr>")[0]
    assert re.search(r'class="deletion">[^<]*unwell\.</span>', summary)
    assert re.search(r'class="addition">[^<]*feel ill\.</span>', summary)
    assert '<th scope="row">Guide</th>' not in html  # the same words, though stored with new editor keys
    dashboard = client.get("/admin/").content.decode()
    assert "What changed: Summary changed" in dashboard and "Guide changed" not in dashboard


@pytest.mark.django_db
def test_reviewers_see_the_translation_beside_the_english(client, people, guide_index):
    guide = GuidePageFactory(parent=guide_index, title="Register with a GP", slug="register")
    arabic = Locale.objects.get(language_code="ar")
    as_user(client, people["translator"])
    client.post(f"/admin/localize/submit/page/{guide.pk}/", {"locales": [arabic.pk], "include_subtree": ""})
    translation = Translation.objects.get(target_locale=arabic)
    title = translation.source.stringsegment_set.get(string__data="Register with a GP")
    client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{title.pk}/edit/",
        urlencode({"value": "سجل لدى طبيب عام"}),
        content_type="application/x-www-form-urlencoded",
    )
    page = guide.get_translation(arabic)
    client.post(f"/admin/send-for-approval/{page.pk}/")

    assert "سجل لدى طبيب عام" in review_screen(as_user(client, people["clinician"]), page)
    approve(client, people, page, ["clinician"])
    html = review_screen(as_user(client, people["panel2"]), page)
    assert "This is a new page." not in html and "This is a new translation." in html
    row = html.split('<td lang="en" dir="ltr">Register with a GP</td>')[1].split("</tr>")[0]
    assert '<td lang="ar" dir="rtl">سجل لدى طبيب عام</td>' in row
    # An untranslated part is marked, and listed before anyone approves.
    still = html.split('<td lang="en" dir="ltr">It is free.</td>')[0].rsplit("<tr>", 1)[1]
    assert "still in English" in still
    assert "parts are still in English:" in html
    assert re.search(r"and \d+ more", html)


@pytest.mark.django_db
def test_a_translation_of_an_older_english_version_says_it_cannot_be_shown_side_by_side(
    client, people, guide_index
):
    guide = GuidePageFactory(parent=guide_index, title="Register with a GP", slug="register")
    arabic = Locale.objects.get(language_code="ar")
    as_user(client, people["translator"])
    client.post(f"/admin/localize/submit/page/{guide.pk}/", {"locales": [arabic.pk], "include_subtree": ""})
    page = guide.get_translation(arabic)
    client.post(f"/admin/send-for-approval/{page.pk}/")
    # Meanwhile the English guide gains a part, and the translation's source follows it.
    guide.body.append(("inset", {"text": "<p>Bring a letter if you have one.</p>"}))
    guide.save_revision().publish()  # outside a request: the test stands in for an approved change
    Translation.objects.get(target_locale=arabic).source.update_from_db()

    html = review_screen(as_user(client, people["clinician"]), page)
    assert "cannot be shown part by part" in html
    assert "Bring a letter" not in html
