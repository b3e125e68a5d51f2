import pytest
from django.db import connection

from resources.factories import GuideIndexPageFactory, GuidePageFactory

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's text-search configurations only exist there"
)


@pytest.fixture
def guide_index(home_page):
    return GuideIndexPageFactory(parent=home_page, slug="guides", title="Guides")


@pytest.fixture
def make_guide(guide_index):
    """A live guide with a plain body, so only the words given here tell guides apart."""

    def make(title, summary="", words="", parent=None, **kwargs):
        return GuidePageFactory(
            parent=parent or guide_index, title=title, summary=summary, search_words=words, body=[], **kwargs
        )

    return make


@pytest.fixture
def titles():
    """The result titles of a search page, in order."""

    def read(client, language, query):
        response = client.get(f"/{language}/search/", {"q": query})
        assert response.status_code == 200
        return [entry.page.title for entry in response.context["results"]]

    return read
