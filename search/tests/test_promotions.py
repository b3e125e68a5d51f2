"""Editors pin a page to a query in each language; it shows first, only if live, public and in that language."""

import pytest
from django.contrib.auth.models import Group
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from website.groups import EDITORS


@pytest.fixture
def guides(make_guide):
    return {
        "fast": make_guide("Get help fast", "Call 999 in an emergency."),
        "crisis": make_guide("Mental health crisis", "Talk to someone about suicide today."),
    }


def promote(query, page):
    return SearchPromotion.objects.create(query=Query.get(query), page=page, sort_order=0)


@pytest.mark.django_db
def test_a_promoted_page_comes_first_even_when_it_does_not_hold_the_words(client, guides):
    promote("chest pain", guides["fast"])
    response = client.get("/en/search/", {"q": "Chest  pain!"})
    assert [p.page.title for p in response.context["promoted"]] == ["Get help fast"]
    html = response.content.decode()
    assert (
        html.index("Get help fast") < html.index("We could not find") if "We could not find" in html else True
    )
    assert "Recommended" in html


@pytest.mark.django_db
def test_a_promoted_page_is_not_listed_twice(client, guides):
    promote("suicide", guides["crisis"])
    response = client.get("/en/search/", {"q": "suicide"})
    assert [p.page.title for p in response.context["promoted"]] == ["Mental health crisis"]
    assert [e.page.title for e in response.context["results"]] == []
    assert response.content.decode().count("Mental health crisis</a>") == 1


@pytest.mark.django_db
def test_promotions_only_in_their_language(client, guides, make_translation):
    arabic = make_translation(guides["fast"], "ar")
    arabic.title = "مساعدة سريعة"
    arabic.save_revision().publish()
    promote("chest pain", guides["fast"])
    promote("ألم في الصدر", arabic)
    assert client.get("/ar/search/", {"q": "chest pain"}).context["promoted"] == []
    ar = client.get("/ar/search/", {"q": "ألم في الصدر"}).context["promoted"]
    assert [p.page.title for p in ar] == ["مساعدة سريعة"]
    assert client.get("/en/search/", {"q": "ألم في الصدر"}).context["promoted"] == []


@pytest.mark.django_db
def test_draft_or_private_promoted_pages_are_not_shown(client, guides):
    promote("help", guides["fast"])
    promote("help", guides["crisis"])
    guides["fast"].unpublish()
    PageViewRestriction.objects.create(page=guides["crisis"], restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/en/search/", {"q": "help"}).context["promoted"] == []


@pytest.mark.django_db
def test_editors_may_manage_promotions(django_user_model):
    editor = django_user_model.objects.create_user("ed", password="x")  # noqa: S106
    editor.groups.add(Group.objects.get(name=EDITORS))
    for action in ["add", "change", "delete", "view"]:
        assert editor.has_perm(f"wagtailsearchpromotions.{action}_searchpromotion")


@pytest.mark.django_db
def test_an_editor_adds_a_promotion_in_the_admin(client, django_user_model, guides):
    editor = django_user_model.objects.create_user("ed", password="x")  # noqa: S106
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    assert client.get("/admin/searchpicks/").status_code == 200
    response = client.post(
        "/admin/searchpicks/add/",
        {
            "query_string": "suicide",
            "editors_picks-TOTAL_FORMS": "1",
            "editors_picks-INITIAL_FORMS": "0",
            "editors_picks-MIN_NUM_FORMS": "0",
            "editors_picks-MAX_NUM_FORMS": "1000",
            "editors_picks-0-page": str(guides["crisis"].pk),
            "editors_picks-0-description": "",
            "editors_picks-0-ORDER": "0",
            "editors_picks-0-DELETE": "",
        },
    )
    assert response.status_code == 302
    client.logout()
    promoted = client.get("/en/search/", {"q": "Suicide"}).context["promoted"]
    assert [p.page.title for p in promoted] == ["Mental health crisis"]


@pytest.mark.django_db
def test_arabic_promotions_match_however_the_letters_are_typed(client, guides, make_translation):
    """Hamza, alef maqsura and the article are typed in many ways: a promotion matches as search does."""
    arabic = make_translation(guides["fast"], "ar")
    arabic.title = "مساعدة سريعة"
    arabic.save_revision().publish()
    promote("ألم في الصدر", arabic)
    for typed in ("ألم في الصدر", "الم فى الصدر", "  ألمُ في صدر؟ "):
        promoted = client.get("/ar/search/", {"q": typed}).context["promoted"]
        assert [p.page.title for p in promoted] == ["مساعدة سريعة"], typed
    assert client.get("/ar/search/", {"q": "ألم في الظهر"}).context["promoted"] == []
    assert client.get("/ar/search/", {"q": "ألم"}).context["promoted"] == []  # the whole query, not one word
