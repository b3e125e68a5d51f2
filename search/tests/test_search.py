"""Search answers every input with a useful page, in the visitor's language only."""

import pytest

from resources.factories import GuideIndexPageFactory, GuidePageFactory

NASTY = [
    "",
    '"',
    "*",
    "(",
    ")",
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
    "😀🏥",
    "تسجيل الطبيب",
    "注册医生",
    "গ্রহণ",
    "a" * 10_000,
    "%",
    "\\",
    "AND OR NOT",
    "gp:",
    "~",
]


@pytest.fixture
def guides(home_page):
    index = GuideIndexPageFactory(parent=home_page, slug="guides")
    register = GuidePageFactory(
        parent=index,
        title="Register with a GP",
        slug="register-with-a-gp",
        summary="How to register with a GP practice without ID or an address.",
    )
    pharmacy = GuidePageFactory(
        parent=index,
        title="Get medicine from a pharmacy",
        slug="pharmacy",
        summary="What a chemist can help with.",
    )
    return {"register": register, "pharmacy": pharmacy}


@pytest.mark.django_db
@pytest.mark.parametrize("query", NASTY)
def test_any_input_answers_200(client, guides, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.django_db
def test_finds_a_guide_and_highlights_the_summary(client, guides):
    html = client.get("/en/search/", {"q": "GP"}).content.decode()
    assert "Register with a GP" in html
    assert "<mark>GP</mark>" in html


@pytest.mark.django_db
def test_misspelt_query_still_finds_the_guide(client, guides):
    html = client.get("/en/search/", {"q": "gp regstration"}).content.decode()
    assert "Register with a GP" in html
    assert "register" in html.lower()


@pytest.mark.django_db
def test_a_long_query_is_cut_not_refused(client, guides):
    response = client.get("/en/search/", {"q": "pharmacy " * 2000})
    assert response.status_code == 200
    assert "Get medicine from a pharmacy" in response.content.decode()


@pytest.mark.django_db
def test_drafts_and_private_pages_never_appear(client, guides):
    from wagtail.models import PageViewRestriction

    draft = guides["register"]
    draft.unpublish()
    PageViewRestriction.objects.create(page=guides["pharmacy"], restriction_type=PageViewRestriction.LOGIN)
    html = client.get("/en/search/", {"q": "GP pharmacy register medicine"}).content.decode()
    assert "Register with a GP" not in html
    assert "Get medicine from a pharmacy" not in html


@pytest.mark.django_db
def test_search_is_in_the_visitors_language_only(client, guides, make_translation):
    arabic = make_translation(guides["register"], "ar")
    arabic.title = "التسجيل لدى طبيب عام"
    arabic.save_revision().publish()
    ar_html = client.get("/ar/search/", {"q": "التسجيل"}).content.decode()
    assert "التسجيل لدى طبيب عام" in ar_html
    en_html = client.get("/en/search/", {"q": "التسجيل"}).content.decode()
    assert "التسجيل لدى طبيب عام" not in en_html
    assert "Register with a GP" not in client.get("/ar/search/", {"q": "GP"}).content.decode()


@pytest.mark.django_db
def test_results_are_paginated(client, home_page):
    index = GuideIndexPageFactory(parent=home_page, slug="guides")
    for i in range(23):
        GuidePageFactory(parent=index, title=f"Dentist guide {i}", slug=f"dentist-{i}")
    first = client.get("/en/search/", {"q": "dentist"}).content.decode()
    third = client.get("/en/search/", {"q": "dentist", "page": 3}).content.decode()
    assert first.count("Dentist guide") == 10
    assert third.count("Dentist guide") == 3
    assert client.get("/en/search/", {"q": "dentist", "page": "x"}).status_code == 200
