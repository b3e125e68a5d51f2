import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from resources.factories import GuideIndexPageFactory, GuidePageFactory, TopTipsPageFactory
from resources.models import GuideIndexPage, GuidePage, Topic, TopTipsPage


class TestResourcesTree(WagtailPageTestCase):
    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(GuideIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(GuideIndexPage, {GuidePage})
        self.assertAllowedParentPageTypes(GuidePage, {GuideIndexPage})
        self.assertAllowedSubpageTypes(GuidePage, set())
        self.assertCanCreateAt(HomePage, TopTipsPage)
        self.assertCanNotCreateAt(HomePage, GuidePage)


@pytest.fixture
def guide_index(home_page):
    return GuideIndexPageFactory(parent=home_page, slug="guides")


@pytest.fixture
def gp_topic(db):
    return Topic.objects.get(slug="gp", locale__language_code="en")


@pytest.mark.django_db
def test_topic_taxonomy_comes_from_a_data_migration():
    slugs = set(Topic.objects.filter(locale__language_code="en").values_list("slug", flat=True))
    assert slugs == {
        "gp",
        "urgent-help",
        "pharmacy",
        "dentist",
        "mental-health",
        "sexual-health",
        "maternity",
        "interpreters",
        "your-rights",
    }


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ar"])
def test_guide_renders_every_block(client, guide_index, gp_topic, code, make_translation):
    guide = GuidePageFactory(parent=guide_index, topic=gp_topic, title="Register with a GP")
    if code != "en":
        guide = make_translation(guide, code)
    response = client.get(guide.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'lang="{code}"' in html
    for text in [
        "You do not need ID",
        "Find a practice near you",
        "You do not need proof of address.",
        "Call 999 if someone is badly hurt",
        "I would like to register, please.",
        "Use a child to interpret",
        'href="tel:111"',
        "<details",
        "This part talks about violence.",
        "What if I have no address?",
        "Rose",
    ]:
        assert text in html, text
    # Trust details
    assert "datetime=" in html
    # Contents list on a guide with three main headings
    assert html.count('href="#section-') >= 3


@pytest.mark.django_db
def test_guides_must_have_review_dates(guide_index):
    guide = GuidePageFactory.build(last_reviewed=None, next_review_due=None)
    with pytest.raises(ValidationError) as error:
        guide.clean()
    assert {"last_reviewed", "next_review_due"} <= set(error.value.message_dict)


@pytest.mark.django_db
def test_next_review_must_follow_the_last(guide_index):
    import datetime

    guide = GuidePageFactory.build(
        last_reviewed=datetime.date(2026, 5, 1), next_review_due=datetime.date(2026, 4, 1)
    )
    with pytest.raises(ValidationError) as error:
        guide.clean()
    assert "next_review_due" in error.value.message_dict


@pytest.mark.django_db
def test_guide_index_filters_by_topic(client, guide_index, gp_topic):
    pharmacy = Topic.objects.get(slug="pharmacy", locale__language_code="en")
    GuidePageFactory(parent=guide_index, topic=gp_topic, title="Register with a GP")
    GuidePageFactory(parent=guide_index, topic=pharmacy, title="Get medicine from a pharmacy")
    html = client.get(guide_index.url).content.decode()
    assert "Register with a GP" in html and "Get medicine from a pharmacy" in html
    html = client.get(guide_index.url, {"topic": "pharmacy"}).content.decode()
    assert "Get medicine from a pharmacy" in html and "Register with a GP" not in html
    assert client.get(guide_index.url, {"topic": "<script>"}).status_code == 200


@pytest.mark.django_db
def test_previous_and_next_stay_within_a_topic(client, guide_index, gp_topic):
    other = Topic.objects.get(slug="dentist", locale__language_code="en")
    first = GuidePageFactory(parent=guide_index, topic=gp_topic, title="First GP guide")
    GuidePageFactory(parent=guide_index, topic=other, title="A dentist guide")
    second = GuidePageFactory(parent=guide_index, topic=gp_topic, title="Second GP guide")
    html = client.get(first.url).content.decode()
    assert second.url in html and "A dentist guide" not in html
    assert first.url in client.get(second.url).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ar"])
def test_top_tips_render_numbered_with_why_it_matters(client, home_page, code, make_translation):
    page = TopTipsPageFactory(parent=home_page)
    if code != "en":
        page = make_translation(page, code)
    html = client.get(page.url).content.decode()
    assert "<ol" in html
    assert (
        "Don&#x27;t make people retell their trauma" in html
        or "Don't make people retell their trauma" in html
    )
    assert "Telling it again can hurt." in html
    assert "Being asked helped." in html
