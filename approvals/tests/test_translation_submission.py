"""A translation is approved and published as translated, never as the English it was copied from.

Everything goes through the admin's own URLs, as the translator, the clinician and the panel would use them.
"""

from urllib.parse import urlencode

import polib
import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

from resources.factories import GuidePageFactory
from resources.models import GuideIndexPage, GuidePage

TITLE = "Iska diiwaan geli dhakhtarka guud"
SUMMARY = "Sida loo helo dhakhtar guud."
POINT = "Uma baahnid aqoonsi si aad isu diiwaan geliso."


def as_user(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def guide(guide_index):
    return GuidePageFactory(
        parent=guide_index, title="Register with a GP", slug="register", summary="How to join a GP practice."
    )


def start_translation(client, translator, page, code="so"):
    """The translator asks for a translation, as the "Translate" action does."""
    locale = Locale.objects.get(language_code=code)
    response = as_user(client, translator).post(
        f"/admin/localize/submit/page/{page.pk}/", {"locales": [locale.pk], "include_subtree": ""}
    )
    assert response.status_code == 302, response.content[:300]
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


def segment(translation, english):
    return translation.source.stringsegment_set.get(string__data=english)


def translate(client, translation, english, text):
    """Fill one segment in the translation editor, as its JavaScript does."""
    url = f"/admin/localize/translate/{translation.pk}/strings/{segment(translation, english).pk}/edit/"
    response = client.put(url, urlencode({"value": text}), content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201), response.content[:300]


def target(translation):
    return GuidePage.objects.get(
        translation_key=translation.source.object_id, locale=translation.target_locale
    )


def send(client, page):
    response = client.post(f"/admin/send-for-approval/{page.pk}/")
    assert response.status_code == 302, response.content[:300]
    return [str(m) for m in get_messages(response.wsgi_request)]


def review(client, page, action="approve", comment=""):
    state = Page.objects.get(pk=page.pk).specific.current_workflow_task_state
    key = "approve" if action == "approve" else "request-changes"
    response = client.post(f"/admin/review/{state.pk}/", {key: "1", "comment": comment})
    assert response.status_code == 302, response.content[:300]


def approve_guide(client, people, page):
    for who in ["clinician", "panel1", "panel2"]:
        review(as_user(client, people[who]), page)


def public_html(client, page):
    client.logout()
    response = client.get(GuidePage.objects.get(pk=page.pk).url)
    assert response.status_code == 200
    return response.content.decode()


def latest_title(page):
    return GuidePage.objects.get(pk=page.pk).get_latest_revision().as_object().title


@pytest.mark.django_db
def test_a_translation_is_approved_and_published_as_translated(client, people, guide):
    translation = start_translation(client, people["translator"], guide)
    translate(client, translation, "Register with a GP", TITLE)
    translate(client, translation, "How to join a GP practice.", SUMMARY)
    translate(client, translation, "You do not need ID to register with a GP.", POINT)
    page = target(translation)

    # Before sending, the translator sees what is still in English.
    screen = client.get(f"/admin/send-for-approval/{page.pk}/").content.decode()
    assert "still in English" in screen and "It is free." in screen and "more" in screen

    messages = send(client, page)
    assert any("still in English" in m and "It is free." in m for m in messages)
    state = GuidePage.objects.get(pk=page.pk).current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    under_review = state.current_task_state.revision.as_object()
    assert (under_review.title, under_review.summary) == (TITLE, SUMMARY)

    approve_guide(client, people, page)
    html = public_html(client, page)
    assert f"<h1 data-listen-text>{TITLE}</h1>" in html
    assert SUMMARY in html and POINT in html
    assert "/so/" in GuidePage.objects.get(pk=page.pk).url


@pytest.mark.django_db
def test_the_editors_submit_button_sends_the_translation_too(client, people, guide):
    translation = start_translation(client, people["translator"], guide, code="ar")
    translate(client, translation, "Register with a GP", "سجل لدى طبيب عام")
    page = target(translation)
    response = client.post(f"/admin/pages/{page.pk}/edit/", {"action-submit": "1"})
    assert response.status_code == 302
    state = GuidePage.objects.get(pk=page.pk).current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.revision.as_object().title == "سجل لدى طبيب عام"
    approve_guide(client, people, page)
    assert "سجل لدى طبيب عام" in public_html(client, page)


@pytest.mark.django_db
def test_the_translation_editor_offers_send_for_approval(client, people, guide):
    translation = start_translation(client, people["translator"], guide)
    page = target(translation)
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "js-translation-editor" in html  # wagtail-localize's editor, with our button below it
    assert f'action="/admin/send-for-approval/{page.pk}/"' in html
    assert f'name="next" value="/admin/pages/{page.pk}/edit/"' in html


@pytest.mark.django_db
def test_a_po_file_upload_reaches_the_public_page_through_approval(client, people, guide):
    translation = start_translation(client, people["translator"], guide)
    response = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    po = polib.pofile(response.content.decode())
    for entry in po:
        entry.msgstr = "SO: " + entry.msgid
    po.find("Register with a GP").msgstr = TITLE
    page = target(translation)
    upload = client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        {"file": SimpleUploadedFile("so.po", str(po).encode()), "next": f"/admin/pages/{page.pk}/edit/"},
    )
    assert upload.status_code == 302
    messages = send(client, page)
    assert not any("still in English" in m for m in messages)
    approve_guide(client, people, page)
    html = public_html(client, page)
    assert TITLE in html and "SO: It is free." in html


@pytest.mark.django_db
def test_a_live_translation_keeps_its_approved_text_until_the_last_approval(client, people, guide):
    translation = start_translation(client, people["translator"], guide)
    translate(client, translation, "Register with a GP", TITLE)
    page = target(translation)
    send(client, page)
    approve_guide(client, people, page)
    assert TITLE in public_html(client, page)

    # The translator changes the title and sends the update.
    as_user(client, people["translator"])
    translate(client, translation, "Register with a GP", "Cinwaan cusub")
    send(client, page)
    assert latest_title(page) == "Cinwaan cusub"
    row = GuidePage.objects.get(pk=page.pk)
    assert row.live and row.title == TITLE
    # The clinician sees the update against the live version, word by word, beside the English.
    state = row.current_workflow_task_state
    screen = as_user(client, people["clinician"]).get(f"/admin/review/{state.pk}/").content.decode()
    assert f'<span class="deletion">{TITLE}</span>' in screen
    assert '<span class="addition">Cinwaan cusub</span>' in screen
    assert '<td lang="so" dir="ltr">Cinwaan cusub</td>' in screen
    for who in ["clinician", "panel1"]:
        review(as_user(client, people[who]), page)
        html = public_html(client, page)
        assert TITLE in html and "Cinwaan cusub" not in html
    review(as_user(client, people["panel2"]), page)
    assert "Cinwaan cusub" in public_html(client, page)


@pytest.mark.django_db
def test_an_alias_target_is_converted_and_its_live_row_kept(client, people, guide, guide_index):
    """A translation whose target is still an alias of the English page (as wagtail-localize's tree sync
    leaves it): sending converts the alias, and the reviewers get the translated revision."""
    somali = Locale.objects.get(language_code="so")
    alias = guide_index.copy_for_translation(somali, copy_parents=True, alias=True)
    assert alias.alias_of_id == guide_index.pk and alias.live
    source, _ = TranslationSource.get_or_create_from_instance(guide_index)
    translation = Translation.objects.create(source=source, target_locale=somali)
    as_user(client, people["translator"])
    translate(client, translation, "Guides to using the NHS", "Hagayaasha NHS")
    send(client, alias)
    page = GuideIndexPage.objects.get(pk=alias.pk)
    assert page.alias_of_id is None and page.live and page.title == "Guides to using the NHS"
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.revision.as_object().title == "Hagayaasha NHS"


@pytest.mark.django_db
def test_sending_again_after_a_request_for_changes_resumes_the_workflow(client, people, guide):
    translation = start_translation(client, people["translator"], guide)
    page = target(translation)
    send(client, page)
    review(as_user(client, people["clinician"]), page, "reject", comment="Please translate the title.")
    assert (
        GuidePage.objects.get(pk=page.pk).current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    )

    as_user(client, people["translator"])
    translate(client, translation, "Register with a GP", TITLE)
    send(client, page)
    state = GuidePage.objects.get(pk=page.pk).current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert WorkflowState.objects.filter(object_id=str(page.pk)).count() == 1
    assert state.current_task_state.revision.as_object().title == TITLE
    approve_guide(client, people, page)
    assert TITLE in public_html(client, page)


@pytest.mark.django_db
def test_an_english_draft_is_sent_and_sent_again_after_changes(client, people, guide_index):
    guide = GuidePageFactory(parent=guide_index, slug="draft", live=False)  # made outside the editor
    assert guide.latest_revision_id is None
    send(as_user(client, people["editor"]), guide)
    state = GuidePage.objects.get(pk=guide.pk).current_workflow_state
    assert state.current_task_state.revision is not None
    review(as_user(client, people["clinician"]), guide, "reject", comment="Add the opening times.")
    send(as_user(client, people["editor"]), guide)
    state = GuidePage.objects.get(pk=guide.pk).current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS


@pytest.mark.django_db
def test_a_section_copied_as_an_alias_is_not_sent_for_approval_in_english(client, people, guide, guide_index):
    """Translating a guide makes its untranslated index a draft alias; sending that alias puts nothing up."""
    start_translation(client, people["translator"], guide)
    alias = GuideIndexPage.objects.get(
        translation_key=guide_index.translation_key, locale__language_code="so"
    )
    assert alias.alias_of_id == guide_index.pk and not alias.live
    listing = client.get(f"/admin/pages/{alias.get_parent().pk}/")
    assert f"/admin/send-for-approval/{alias.pk}/" not in listing.content.decode()
    said = send(client, alias)
    assert any("no words of its own" in message for message in said)
    assert not WorkflowState.objects.filter(object_id=str(alias.pk)).exists()
    alias.refresh_from_db()
    assert not alias.live
