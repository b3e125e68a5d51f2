"""Topic names show on every guide list and have no revisions: only superusers change them."""

import re

import pytest

from resources.models import Topic
from website.factories import UserFactory


@pytest.fixture
def topic(db):
    return Topic.objects.filter(locale__language_code="en").first()


@pytest.mark.django_db
@pytest.mark.parametrize("group", ["Editors", "Lived experience panel", "Translators", "Clinical reviewers"])
def test_only_superusers_rename_a_topic(client, topic, group):
    client.force_login(UserFactory(groups=[group]))
    name = topic.name
    edit_url = f"/admin/snippets/resources/topic/edit/{topic.pk}/"
    assert client.get(edit_url).status_code in (302, 403)
    client.post(edit_url, {"name": "Call 0900 instead of 999", "slug": topic.slug, "sort_order": 1})
    topic.refresh_from_db()
    assert topic.name == name
    assert client.get("/admin/snippets/resources/topic/add/").status_code in (302, 403)


@pytest.mark.django_db
def test_a_superuser_renames_a_topic_and_it_is_in_the_history(client, topic):
    admin = UserFactory(username="root", is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = client.post(
        f"/admin/snippets/resources/topic/edit/{topic.pk}/",
        {"name": "Doctors (GP)", "slug": topic.slug, "sort_order": topic.sort_order},
    )
    assert response.status_code == 302
    topic.refresh_from_db()
    assert topic.name == "Doctors (GP)"
    history = client.get(f"/admin/snippets/resources/topic/history/{topic.pk}/")
    assert "root" in history.content.decode() or admin.get_full_name() in history.content.decode()


@pytest.mark.django_db
def test_a_guide_links_the_guides_before_and_after_it_on_its_topic(client, home_page):
    """Previous and next are the nearest live, public guides on the same topic, skipping others between."""
    from wagtail.models import PageViewRestriction

    from resources.factories import GuideIndexPageFactory, GuidePageFactory, TopicFactory

    index = GuideIndexPageFactory(parent=home_page, slug="guides")
    dentists, other = TopicFactory(name="Dentists"), TopicFactory(name="Other")
    first = GuidePageFactory(parent=index, title="First dentist guide", slug="first", topic=dentists)
    GuidePageFactory(parent=index, title="Another topic", slug="between", topic=other)
    hidden = GuidePageFactory(parent=index, title="Private dentist guide", slug="hidden", topic=dentists)
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    middle = GuidePageFactory(parent=index, title="Middle dentist guide", slug="middle", topic=dentists)
    draft = GuidePageFactory(
        parent=index, title="Draft dentist guide", slug="draft", topic=dentists, live=False
    )
    last = GuidePageFactory(parent=index, title="Last dentist guide", slug="last", topic=dentists)
    context = client.get(middle.url).context
    assert (context["previous_page"].pk, context["next_page"].pk) == (first.pk, last.pk)
    html = client.get(middle.url).content.decode()
    assert re.search(rf'href="{first.url}"[^>]* rel="prev"', html)
    assert re.search(rf'href="{last.url}"[^>]* rel="next"', html)
    assert hidden.title not in html and draft.title not in html
    assert client.get(first.url).context["previous_page"] is None
    assert client.get(last.url).context["next_page"] is None
