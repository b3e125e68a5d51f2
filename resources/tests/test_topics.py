"""Topic names show on every guide list and have no revisions: only superusers change them."""

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
