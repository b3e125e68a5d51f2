"""The cheap uncached path: a page's URL routed from the fragment cache, and a guide's content rendered once
per live revision, language, site and day ({% cachedpart %}), emptied by whatever changes what it shows."""

import datetime

import pytest
from django.core.cache import caches
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.translation import get_language_info

from resources.factories import GuideIndexPageFactory, GuidePageFactory
from resources.models import Topic

pytestmark = pytest.mark.django_db

SIGNED_OUT_COOKIE = {"HTTP_COOKIE": "seen=1"}  # any cookie: the page cache lets the request through


@pytest.fixture(autouse=True)
def empty_fragments():
    caches["fragments"].clear()
    yield
    caches["fragments"].clear()


@pytest.fixture
def index(home_page):
    return GuideIndexPageFactory(parent=home_page, slug="guides")


@pytest.fixture
def gp_topic():
    return Topic.objects.get(slug="gp", locale__language_code="en")


def get(client, url):
    return client.get(url, **SIGNED_OUT_COOKIE)


def test_a_guide_seen_again_costs_one_query(client, index):
    guide = GuidePageFactory(parent=index, slug="register", title="Register with a GP")
    with CaptureQueriesContext(connection) as first:
        assert get(client, guide.url).status_code == 200
    with CaptureQueriesContext(connection) as again:
        response = get(client, guide.url)
    assert response.status_code == 200
    assert "Register with a GP" in response.content.decode()
    assert len(again) < len(first)
    assert len(again) == 1, [q["sql"][:120] for q in again.captured_queries]  # the page's own row


def test_publishing_shows_the_new_words(client, index):
    guide = GuidePageFactory(parent=index, slug="register", title="Register with a GP")
    assert "Ask at reception to register" in get(client, guide.url).content.decode()
    guide.body = [("heading", {"text": "New words the panel approved", "level": "h2"})]
    guide.save_revision().publish()
    html = get(client, guide.url).content.decode()
    assert "New words the panel approved" in html
    assert "Ask at reception to register" not in html


def test_a_neighbour_renamed_shows_its_new_title(client, index, gp_topic):
    first = GuidePageFactory(parent=index, slug="first", title="First guide", topic=gp_topic)
    second = GuidePageFactory(parent=index, slug="second", title="Second guide", topic=gp_topic)
    assert "Second guide" in get(client, first.url).content.decode()
    second.title = "Second guide, renamed"
    second.save_revision().publish()
    assert "Second guide, renamed" in get(client, first.url).content.decode()
    second.unpublish()
    html = get(client, first.url).content.decode()
    assert "Second guide" not in html
    assert get(client, second.url).status_code == 404


def test_an_unpublished_guide_is_not_found_after_its_route_was_kept(client, index):
    guide = GuidePageFactory(parent=index, slug="register")
    url = guide.url
    assert get(client, url).status_code == 200
    guide.unpublish()
    assert get(client, url).status_code == 404


def test_a_moved_guide_answers_at_its_new_address_only(client, home_page, index):
    other = GuideIndexPageFactory(parent=home_page, slug="more-guides")
    guide = GuidePageFactory(parent=index, slug="register")
    old_url = guide.url
    assert get(client, old_url).status_code == 200
    guide.move(other, pos="last-child")
    guide.refresh_from_db()
    assert guide.url != old_url
    moved = get(client, old_url)  # Wagtail's redirect to where it went, never the old copy
    assert (moved.status_code, moved.get("Location")) == (301, guide.url)
    assert get(client, guide.url).status_code == 200


def test_made_up_addresses_are_not_kept(client, index):
    get(client, "/en/guides/no-such-guide-0/")  # the error page's own pieces are kept once
    kept = len(caches["fragments"]._cache)
    for n in range(1, 20):
        assert get(client, f"/en/guides/no-such-guide-{n}/").status_code == 404
    assert len(caches["fragments"]._cache) == kept


def test_english_and_arabic_keep_their_own_copies(client, index, make_translation):
    guide = GuidePageFactory(parent=index, slug="register", title="Register with a GP")
    arabic = make_translation(guide, "ar")
    arabic.title = "التسجيل لدى طبيب عام"
    arabic.save_revision().publish()
    for _ in range(2):
        english = get(client, guide.url).content.decode()
        assert '<html lang="en"' in english and 'dir="ltr"' in english
        assert "Show this at reception" in english and "التسجيل لدى طبيب عام" not in english.split("<main")[1]
        html = get(client, arabic.url).content.decode()
        assert '<html lang="ar"' in html and 'dir="rtl"' in html
        main = html.split("<main")[1]
        assert "التسجيل لدى طبيب عام" in main and "Show this at reception" not in main


PART = Template("{% load website_tags %}{% cachedpart 'test' page %}[{{ value }}]{% endcachedpart %}")


def render(page, value, preview=False):
    request = RequestFactory().get("/")
    if preview:
        request.is_preview = True
    with translation.override("en"):
        return PART.render(Context({"request": request, "page": page, "value": value}))


def test_a_part_is_rendered_once_per_revision_and_day_and_never_in_preview(index, monkeypatch):
    guide = GuidePageFactory(parent=index, slug="register")
    guide.save_revision().publish()
    guide.refresh_from_db()
    assert render(guide, "one") == "[one]"
    assert render(guide, "two") == "[one]"  # kept
    assert render(guide, "draft", preview=True) == "[draft]"  # a preview is never kept nor served a kept copy
    assert render(guide, "three") == "[one]"
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: tomorrow)
    assert render(guide, "next day") == "[next day]"  # "due to be checked again" may have changed
    guide.save_revision().publish()
    guide.refresh_from_db()
    assert render(guide, "new revision") == "[new revision]"


def test_a_page_never_published_is_not_kept(index):
    guide = GuidePageFactory(parent=index, slug="draft", live=False)
    guide.live_revision = None
    assert render(guide, "one") == "[one]"
    assert render(guide, "two") == "[two]"


def test_a_home_page_lists_a_guide_published_after_it_was_kept(client, index, home_pages, make_translation):
    guide = GuidePageFactory(parent=index, slug="register", title="Register with a GP")
    arabic_home = home_pages["ar"]
    html = get(client, arabic_home.url).content.decode()
    assert '<html lang="ar"' in html and 'dir="rtl"' in html
    assert "Register with a GP" in html  # in English, until it is translated
    arabic = make_translation(guide, "ar")
    arabic.title = "التسجيل لدى طبيب عام"
    arabic.save_revision().publish()
    html = get(client, arabic_home.url).content.decode()
    assert "التسجيل لدى طبيب عام" in html


# --- What each process keeps of the fragment cache, and the parts every page shows ----------------------


def test_a_process_drops_its_copy_when_another_process_empties_the_fragments(settings):
    from website import cache as fragments

    answers = iter(["first", "second", "third"])
    assert fragments.cached_fragment("piece", lambda: next(answers)) == "first"
    assert fragments.cached_fragment("piece", lambda: next(answers)) == "first"
    # Another worker publishes: it bumps the shared counter; this process only learns it from the counter.
    fragments._bump(fragments.fragment_cache(), fragments.FRAGMENT_GENERATION)
    assert fragments._local_fragments  # the old copy is still here, under the old generation's key
    assert fragments.cached_fragment("piece", lambda: next(answers)) == "second"
    # The shared copy is what other processes read; this process's copy goes when it is too old.
    fragments.fragment_cache().delete(f"frag:{fragments.fragment_generation()}:{fragments._hash('piece')}")
    assert fragments.cached_fragment("piece", lambda: next(answers)) == "second"
    settings.LOCAL_FRAGMENT_SECONDS = 0
    fragments.forget_local_fragments()
    assert fragments.cached_fragment("piece", lambda: next(answers)) == "third"


def test_the_process_copy_holds_a_bounded_number_of_entries(settings):
    from website import cache as fragments

    settings.LOCAL_FRAGMENT_ENTRIES = 5
    for n in range(40):
        assert fragments.cached_fragment(f"piece {n}", lambda n=n: n) == n
        assert len(fragments._local_fragments) <= 5


def test_the_footer_is_kept_apart_for_signed_in_readers(client, index, django_user_model):
    guide = GuidePageFactory(parent=index, slug="register", title="Register with a GP")
    user = django_user_model.objects.create_user("kit", password="a long passphrase 42", first_name="Kit")
    sign_in = 'href="/en/account/sign-in/"'
    for _ in range(2):
        assert sign_in in get(client, guide.url).content.decode()
        client.force_login(user)
        html = client.get(guide.url).content.decode()
        assert "Signed in as Kit" in html and sign_in not in html
        client.logout()


def test_the_header_and_footer_follow_the_page_and_language(client, index, make_translation):
    guide = GuidePageFactory(parent=index, slug="register", title="Register with a GP")
    other = GuidePageFactory(parent=index, slug="dentist", title="See a dentist")
    arabic = make_translation(guide, "ar")
    for _ in range(2):
        english = get(client, guide.url).content.decode()
        header = english.split("<header")[1].split("</header>")[0]
        assert f'href="{arabic.url}"' in header and 'aria-current="true">English<' in header
        assert "Breadcrumb" in english and 'rel="canonical"' in english
        arabic_html = get(client, arabic.url).content.decode()
        header = arabic_html.split("<header")[1].split("</header>")[0]
        assert f'aria-current="true">{get_language_info("ar")["name_local"]}<' in header
        assert "Exit this page" not in arabic_html.split("</header>")[0]  # the quick exit in Arabic
        # A page with no translation lists no other language, though its neighbour's header was kept.
        header = get(client, other.url).content.decode().split("<header")[1].split("</header>")[0]
        assert arabic.url not in header


def test_a_public_page_asks_nothing_about_restrictions(index):
    guide = GuidePageFactory(parent=index, slug="register")
    guide.get_view_restrictions()  # the restricted sections are read once, then kept
    with CaptureQueriesContext(connection) as queries:
        restrictions = guide.get_view_restrictions()
        assert list(restrictions) == [] and not restrictions and len(restrictions) == 0
        assert not restrictions.exists()
        assert list(restrictions.order_by("-page__depth")) == []  # as Wagtail's privacy screen asks
    assert len(queries) == 0
