import pytest
from wagtail.models import Locale, Page, Site

# The browser tests' fixtures (live_site, browser, new_page), for the browser tests in every app.
pytest_plugins = ["website.tests.browser_fixtures"]


@pytest.fixture(autouse=True)
def empty_fragment_cache():
    """The pieces every page shows (website/cache.py) are kept in a process-wide memory cache in tests: each
    test starts with none, as its database starts afresh."""
    from website.cache import forget_local_fragments, fragment_cache

    fragment_cache().clear()
    forget_local_fragments()
    yield
    fragment_cache().clear()
    forget_local_fragments()


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home_page(site):
    """The English home page, created by home's data migration."""
    return site.root_page.specific


@pytest.fixture
def home_pages(home_page):
    """Every language's home page, by language code."""
    return {p.locale.language_code: p.specific for p in Page.objects.filter(depth=2).select_related("locale")}


@pytest.fixture
def locale_ar(db):
    return Locale.objects.get(language_code="ar")


def translate(page, code):
    """Copy a published page into another language (as wagtail-localize does) and publish the copy."""
    locale = Locale.objects.get(language_code=code)
    copy = page.copy_for_translation(locale, copy_parents=True)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy.specific


@pytest.fixture
def make_translation():
    return translate
