"""Every index page in every language lists everything that exists: the reader's language first, then what is
only in English, marked as English and linked with the "not translated yet" notice. Nothing untranslated
pretends to be translated. The English index opened from another language (?untranslated=pl) does the same."""

import re

import pytest
from django.utils import translation

from blog.factories import BlogIndexPageFactory, BlogPageFactory
from resources.factories import (
    ChecklistPageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    TrainingCoursePageFactory,
    TrainingIndexPageFactory,
)
from resources.models import Topic


def card_links(html):
    """(href, attributes, title) of each card title in the page's main content."""
    main = html[html.index("<main") : html.index("</main>")]
    return re.findall(r'<h[23] class="[\w-]+__title">\s*<a href="([^"]+)"([^>]*)>([^<]+)</a>', main)


def english_label(code):
    with translation.override(code):
        return translation.gettext("English")


@pytest.fixture
def guide_index(home_page):
    index = GuideIndexPageFactory(parent=home_page, slug="guides")
    gp = Topic.objects.get(slug="gp", locale__language_code="en")
    GuidePageFactory(parent=index, slug="register", title="Register with a GP", topic=gp)
    GuidePageFactory(parent=index, slug="dentist", title="See a dentist")
    GuidePageFactory(parent=index, slug="pharmacy", title="Get medicine from a pharmacy")
    return index


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["ar", "so", "pl"])
def test_a_translated_guide_index_lists_its_guides_then_the_english_ones(
    client, guide_index, make_translation, code
):
    dentist = guide_index.get_children().get(slug="dentist").specific
    translated = make_translation(dentist, code)
    translated.title = f"Dentist ({code})"
    translated.save_revision().publish()
    html = client.get(f"/{code}/guides/").content.decode()
    links = card_links(html)
    titles = [title for *_rest, title in links]
    assert titles[0] == f"Dentist ({code})"
    assert sorted(titles[1:]) == ["Get medicine from a pharmacy", "Register with a GP"]
    assert links[0][0] == f"/{code}/guides/dentist/" and "lang=" not in links[0][1]
    for href, attrs, _title in links[1:]:
        assert href.startswith("/en/guides/") and href.endswith(f"?untranslated={code}")
        assert 'lang="en"' in attrs
        assert client.get(href).status_code == 200
    assert html.count(f'<span class="label">{english_label(code)}</span>') == 2


@pytest.mark.django_db
def test_the_topic_filter_keeps_english_guides_of_a_translated_topic(client, guide_index, make_translation):
    make_translation(guide_index, "so")
    gp = Topic.objects.get(slug="gp", locale__language_code="en")
    html = client.get(f"/so/guides/?topic={gp.slug}").content.decode()
    assert [title for *_rest, title in card_links(html)] == ["Register with a GP"]


@pytest.mark.django_db
def test_the_english_index_opened_from_another_language_offers_that_language_first(
    client, guide_index, make_translation
):
    """Bengali has no guide index yet: the home page links to the English one with ?untranslated=bn."""
    register = guide_index.get_children().get(slug="register").specific
    translated = make_translation(register, "bn")
    html = client.get("/en/guides/?untranslated=bn").content.decode()
    links = card_links(html)
    assert links[0][0] == translated.url
    assert all(href.endswith("?untranslated=bn") for href, *_rest in links[1:])
    assert 'name="untranslated" value="bn"' in html  # the topic filter keeps the language


@pytest.mark.django_db
def test_the_english_index_on_its_own_is_unchanged(client, guide_index):
    html = client.get("/en/guides/").content.decode()
    links = card_links(html)
    assert len(links) == 3
    assert not any("untranslated" in href or "lang=" in attrs for href, attrs, _t in links)


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["ur", "uk"])
def test_the_news_index_lists_english_posts_marked_as_english(client, home_page, make_translation, code):
    news = BlogIndexPageFactory(parent=home_page, slug="news")
    older = BlogPageFactory(parent=news, slug="older", title="Older news")
    newer = BlogPageFactory(parent=news, slug="newer", title="Newer news")
    make_translation(older, code)
    html = client.get(f"/{code}/news/").content.decode()
    links = card_links(html)
    assert [href for href, *_rest in links] == [f"/{code}/news/older/", f"{newer.url}?untranslated={code}"]
    assert 'lang="en"' in links[1][1]
    # The filters keep the reader's language on the English index too.
    html = client.get(f"/en/news/?untranslated={code}").content.decode()
    assert f"?untranslated={code}&amp;kind=news" in html


@pytest.mark.django_db
def test_the_training_index_lists_english_courses_and_tools_marked_as_english(client, home_page):
    training = TrainingIndexPageFactory(parent=home_page, slug="training")
    TrainingCoursePageFactory(parent=training, slug="course", title="A course")
    ChecklistPageFactory(parent=training, slug="checklist", title="A checklist")
    html = client.get("/en/training/?untranslated=ar").content.decode()
    links = card_links(html)
    assert [title for *_rest, title in links] == ["A course", "A checklist"]
    assert all(href.endswith("?untranslated=ar") and 'lang="en"' in attrs for href, attrs, _t in links)
    # The English page's interface is English; the label still says which pages are in English.
    assert html.count('<span class="label">English</span>') == 2
