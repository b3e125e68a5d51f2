"""No alias or page made on the side goes live unapproved: a live page's row, which is what readers get,
changes only through an approved publish (or a superuser). Tested through the admin, as each role."""

import re

import pytest
from django.test import RequestFactory
from wagtail.actions.move_page import MovePageAction
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from resources.factories import (
    GuideIndexPageFactory,
    GuidePageFactory,
    TrainingCoursePageFactory,
    TrainingIndexPageFactory,
    TrainingModulePageFactory,
)
from resources.models import GuidePage
from website.factories import UserFactory
from website.groups import EDITORS, PANEL, TRANSLATORS
from website.publish_guard import CurrentRequestMiddleware, UnapprovedLiveChange


@pytest.fixture
def polish(db):
    return Locale.objects.get(language_code="pl")


@pytest.fixture
def translator(db):
    return UserFactory(username="translator", groups=[TRANSLATORS])


@pytest.fixture
def editor(db):
    return UserFactory(username="editor", groups=[EDITORS])


def translate(client, page, locale):
    response = client.post(
        f"/admin/localize/submit/page/{page.pk}/", {"locales": [locale.pk], "include_subtree": ""}
    )
    assert response.status_code == 302, response.content[:300]
    return page.get_translation(locale)


def assert_honest_fallback(client, polish_url, english_page):
    """An anonymous reader of the Polish address gets the English page at its English address, and is told."""
    client.logout()
    response = client.get(polish_url)
    assert response.status_code == 302, polish_url
    assert response["Location"] == f"{english_page.url}?untranslated=pl"
    html = client.get(response["Location"]).content.decode()
    assert re.search(r'<div class="notice notice--language"\s+lang="pl"', html)


@pytest.mark.django_db
def test_parents_made_for_a_translated_module_stay_drafts_and_readers_get_the_english(
    client, home_page, polish, translator
):
    training = TrainingIndexPageFactory(parent=home_page, slug="training")
    course = TrainingCoursePageFactory(parent=training, slug="trauma-informed-care")
    module = TrainingModulePageFactory(parent=course, slug="why-access-is-unequal")
    client.force_login(translator)

    polish_module = translate(client, module, polish)

    polish_training = training.get_translation(polish)
    polish_course = course.get_translation(polish)
    assert polish_training.alias_of_id == training.pk and polish_course.alias_of_id == course.pk
    assert not polish_training.live and not polish_course.live and not polish_module.live
    assert_honest_fallback(client, "/pl/training/", training)
    assert_honest_fallback(client, "/pl/training/trauma-informed-care/", course)
    assert_honest_fallback(client, "/pl/training/trauma-informed-care/why-access-is-unequal/", module)


@pytest.mark.django_db
def test_a_translated_guide_under_a_draft_index_never_shows_english_under_pl(
    client, home_page, polish, translator
):
    index = GuideIndexPageFactory(parent=home_page, slug="guides")
    guide = GuidePageFactory(parent=index, slug="register-with-a-gp")
    client.force_login(translator)
    translate(client, guide, polish)
    polish_index = index.get_translation(polish)
    assert not polish_index.live
    # The Polish guide, once approved (here: published outside a request), is served under the draft index,
    # and the index itself is still the English page with the notice.
    guide.get_translation(polish).specific.save_revision().publish()
    client.logout()
    assert client.get("/pl/guides/register-with-a-gp/").status_code == 200
    assert_honest_fallback(client, "/pl/guides/", index)


@pytest.fixture
def draft_translation(client, home_page, polish, translator):
    index = GuideIndexPageFactory(parent=home_page, slug="guides")
    guide = GuidePageFactory(parent=index, slug="register-with-a-gp", title="Register with a GP")
    client.force_login(translator)
    translated = translate(client, guide, polish)
    assert not translated.live
    return guide, translated


@pytest.mark.django_db
def test_convert_to_alias_by_a_translator_keeps_the_page_a_draft(client, draft_translation, translator):
    guide, translated = draft_translation
    client.force_login(translator)
    response = client.post(f"/admin/localize/page/{translated.pk}/convert_to_alias/")
    assert response.status_code == 302, response.content[:300]
    converted = GuidePage.objects.get(pk=translated.pk)
    assert converted.alias_of_id == guide.pk
    assert not converted.live
    assert_honest_fallback(client, "/pl/guides/register-with-a-gp/", guide)


@pytest.mark.django_db
def test_convert_to_alias_by_a_superuser_goes_live(client, draft_translation):
    guide, translated = draft_translation
    client.force_login(UserFactory(username="admin", is_superuser=True, is_staff=True))
    response = client.post(f"/admin/localize/page/{translated.pk}/convert_to_alias/")
    assert response.status_code == 302, response.content[:300]
    converted = GuidePage.objects.get(pk=translated.pk)
    assert converted.alias_of_id == guide.pk and converted.live
    client.logout()
    response = client.get("/pl/guides/register-with-a-gp/")
    assert response.status_code == 200
    assert "Register with a GP" in response.content.decode()


@pytest.mark.django_db
def test_sync_with_publish_leaves_a_live_translation_as_approved(client, draft_translation, translator):
    """wagtail-localize's sync writes the translation into the page's row before it publishes; on a live
    translation that row is what readers get, so the sync is refused and rolled back."""
    guide, translated = draft_translation
    translated.specific.save_revision().publish()  # approved (outside a request)
    guide.title = "Register with a GP practice"
    guide.save_revision().publish()
    source = Translation.objects.get(target_locale=translated.locale).source
    client.force_login(translator)
    response = client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
    assert response.status_code == 302
    assert GuidePage.objects.get(pk=translated.pk).title == "Register with a GP"
    client.logout()
    html = client.get("/pl/guides/register-with-a-gp/").content.decode()
    assert "Register with a GP" in html and "Register with a GP practice" not in html


@pytest.mark.django_db
def test_an_editor_cannot_make_a_draft_go_live_by_saving_it(client, home_page, editor):
    index = GuideIndexPageFactory(parent=home_page, slug="guides")
    draft = GuidePageFactory(parent=index, live=False)

    def save_as_live(request):
        draft.live = True
        draft.save()

    CurrentRequestMiddleware(save_as_live)(request_by(editor))
    assert not GuidePage.objects.get(pk=draft.pk).live


def request_by(user):
    request = RequestFactory().post("/admin/")
    request.user = user
    return request


@pytest.mark.django_db
def test_wagtails_own_writes_to_a_live_page_still_work_for_an_editor(home_page, editor):
    """Moves, reorders, locks, revisions and unpublishing change no reader-visible field, so they pass."""
    index = GuideIndexPageFactory(parent=home_page, slug="guides")
    other = GuideIndexPageFactory(parent=home_page, slug="more-guides")
    guide = GuidePageFactory(parent=index, slug="register")
    sibling = GuidePageFactory(parent=index, slug="interpreters")

    def wagtail_writes(request):
        MovePageAction(guide, other, pos="last-child", user=editor).execute(skip_permission_checks=True)
        MovePageAction(Page.objects.get(pk=sibling.pk), other, pos="last-child", user=editor).execute(
            skip_permission_checks=True
        )
        MovePageAction(  # a reorder: before the guide, under the same parent
            Page.objects.get(pk=sibling.pk), Page.objects.get(pk=guide.pk), pos="left", user=editor
        ).execute(skip_permission_checks=True)
        moved = GuidePage.objects.get(pk=guide.pk)
        moved.title = "Edited in a draft"
        moved.save_revision(user=editor)  # saves only bookkeeping fields of the row
        moved.locked, moved.locked_by = True, editor
        moved.save(update_fields=["locked", "locked_by", "locked_at"])
        with pytest.raises(UnapprovedLiveChange):
            moved.save()  # the edited title, straight into the live row
        UnpublishPageAction(GuidePage.objects.get(pk=sibling.pk), user=editor).execute(
            skip_permission_checks=True
        )

    CurrentRequestMiddleware(wagtail_writes)(request_by(editor))
    moved = GuidePage.objects.get(pk=guide.pk)
    assert moved.live and moved.locked and moved.get_parent().pk == other.pk
    assert moved.url_path.endswith("/more-guides/register/") and moved.title != "Edited in a draft"
    assert not GuidePage.objects.get(pk=sibling.pk).live


@pytest.mark.django_db
def test_an_approved_publish_updates_live_aliases_and_leaves_draft_ones_drafts(client, home_page, editor):
    index = GuideIndexPageFactory(parent=home_page, slug="guides", title="Guides to using the NHS")
    polish_alias = index.copy_for_translation(Locale.objects.get(language_code="pl"), alias=True)
    arabic_alias = index.copy_for_translation(Locale.objects.get(language_code="ar"), alias=True)
    Page.objects.filter(pk=arabic_alias.pk).update(live=False)  # as one made during a translator's request
    index.title = "NHS guides"
    index.save_revision(user=editor)
    client.force_login(editor)
    assert client.post(f"/admin/send-for-approval/{index.pk}/").status_code == 302
    for name in ["panel1", "panel2"]:
        client.force_login(UserFactory(username=name, groups=[PANEL]))
        state = Page.objects.get(pk=index.pk).specific.current_workflow_task_state
        assert client.post(f"/admin/review/{state.pk}/", {"approve": "1", "comment": ""}).status_code == 302
    assert Page.objects.get(pk=index.pk).live and Page.objects.get(pk=index.pk).title == "NHS guides"
    polish_alias, arabic_alias = Page.objects.get(pk=polish_alias.pk), Page.objects.get(pk=arabic_alias.pk)
    assert polish_alias.live and polish_alias.title == "NHS guides"
    assert not arabic_alias.live and arabic_alias.title == "NHS guides"
