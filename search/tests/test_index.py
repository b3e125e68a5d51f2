"""The index follows what is live: publish adds a page, unpublish removes it, drafts never leak."""

import pytest
from wagtail.models import PageViewRestriction
from wagtail_localize.models import TranslationSource

from search.indexing import rebuild
from search.models import SearchEntry


@pytest.mark.django_db
def test_publish_and_unpublish_update_the_index(client, make_guide, titles):
    guide = make_guide("See a dentist", "How to find an NHS dentist.", words="teeth, toothache")
    assert titles(client, "en", "toothache") == ["See a dentist"]
    guide.unpublish()
    assert not SearchEntry.objects.filter(page=guide).exists()
    assert titles(client, "en", "toothache") == []


@pytest.mark.django_db
def test_a_draft_change_is_not_searchable_until_published(client, make_guide, titles):
    guide = make_guide("See a dentist", "How to find an NHS dentist.")
    guide.title = "Dentist (draft words: zebra)"
    guide.summary = "zebra"
    revision = guide.save_revision()
    assert titles(client, "en", "zebra") == []
    revision.publish()
    assert titles(client, "en", "zebra") == ["Dentist (draft words: zebra)"]


@pytest.mark.django_db
def test_search_words_weigh_more_than_body_text(client, make_guide, titles):
    make_guide("Guide one", "It mentions a surgery once in passing.")
    make_guide("Guide two", "Nothing about it here.", words="surgery, doctor")
    assert titles(client, "en", "surgery")[0] == "Guide two"


@pytest.mark.django_db
def test_private_pages_never_appear(client, make_guide, titles):
    guide = make_guide("Trainee notes", "Dentist notes for trainees.")
    PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.LOGIN)
    assert titles(client, "en", "dentist") == []


@pytest.mark.django_db
def test_rebuild_indexes_every_live_page(make_guide):
    guide = make_guide("See a dentist")
    SearchEntry.objects.all().delete()
    assert rebuild() >= 2
    assert SearchEntry.objects.filter(page=guide).exists()


@pytest.mark.django_db
def test_search_words_are_offered_for_translation(make_guide):
    guide = make_guide("Register with a GP", words="doctor, surgery, register, NHS number")
    source, _ = TranslationSource.get_or_create_from_instance(guide)
    segments = source.stringsegment_set.select_related("context", "string")
    assert ("search_words", "doctor, surgery, register, NHS number") in {
        (s.context.path, s.string.data) for s in segments
    }


@pytest.mark.django_db
def test_the_translation_editor_shows_the_search_words(admin_client, make_guide):
    from wagtail.models import Locale
    from wagtail_localize.models import Translation

    guide = make_guide("Register with a GP", words="doctor, surgery")
    source, _ = TranslationSource.get_or_create_from_instance(guide)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="pl")
    )
    translation.save_target(publish=False)
    target = guide.get_translation(translation.target_locale)
    html = admin_client.get(f"/admin/pages/{target.pk}/edit/").content.decode()
    assert "doctor, surgery" in html
    assert "search_words" in html or "Search words" in html
