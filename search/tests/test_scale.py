"""Search reads through an index: its SQL queries, and the rows they read, do not grow with the pages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from resources.factories import GuidePageFactory
from search import query as ranked
from search.models import SearchWord

from .conftest import on_postgres

QUERIES = [
    ("en", "dentist"),  # one word
    ("en", "registr gp"),  # two words, one cut off
    ("en", "dentsit"),  # a typo: the vocabulary is read (then cached)
    ("ar", "مترجم"),  # Arabic
    ("en", "zzzz"),  # nothing found
]
FILLER = "Leaflets about parking, opening hours, bus routes, the library and the swimming pool."


@pytest.fixture
def site(make_guide, make_translation, guide_index):
    make_guide("See a dentist", "How to find an NHS dentist.")
    register = make_guide("Register with a GP", "How to register with a doctor without an address.")
    arabic = make_translation(register, "ar")
    arabic.title, arabic.summary = "اطلب مترجمًا", "المترجمون مجانيون عند الطبيب."
    arabic.save_revision().publish()

    def grow(to):
        have = guide_index.get_children().count()
        for n in range(have, to):
            GuidePageFactory(
                parent=guide_index, title=f"Town notice {n}", slug=f"notice-{n}", summary=FILLER, body=[]
            )

    return grow


def queries_per_search(client):
    counts = {}
    for language, text in QUERIES:
        client.get(f"/{language}/search/", {"q": text})  # the caches a first visit fills
        with CaptureQueriesContext(connection) as captured:
            response = client.get(f"/{language}/search/", {"q": text})
        assert response.status_code == 200
        counts[text] = len(captured.captured_queries)
    return counts


@pytest.mark.django_db
def test_the_number_of_queries_does_not_grow_with_the_pages(client, site):
    site(10)
    few = queries_per_search(client)
    site(80)
    many = queries_per_search(client)
    assert many == few
    assert max(count for text, count in many.items() if text != "zzzz") <= 12
    # (a search that finds nothing also lists the guides: the home page's list, not search, costs that)


@pytest.mark.django_db
def test_the_right_guide_is_still_first_among_many_pages(client, site, titles):
    site(60)
    assert titles(client, "en", "dentsit")[0] == "See a dentist"
    assert titles(client, "en", "registr gp")[0] == "Register with a GP"
    assert titles(client, "ar", "مترجم")[0] == "اطلب مترجمًا"
    assert titles(client, "en", "parking")[:1] == ["Town notice 2"]  # ties in page order (2 guides first)


@pytest.mark.django_db
def test_pages_after_the_first_come_from_the_database(client, site):
    site(30)  # the two guides and 28 notices
    first = client.get("/en/search/", {"q": "notice"}).context
    second = client.get("/en/search/", {"q": "notice", "page": "2"}).context
    assert first["paginator"].count == second["paginator"].count == 28
    one = [e.page.pk for e in first["results"]]
    two = [e.page.pk for e in second["results"]]
    assert len(one) == len(two) == 10 and not set(one) & set(two)
    last = client.get("/en/search/", {"q": "notice", "page": "99999999999999999999"})
    assert last.status_code == 200
    assert len(last.context["results"]) == 8


def plan_nodes(plan):
    yield plan
    for child in plan.get("Plans", []):
        yield from plan_nodes(child)


def rows_read_from_words(text, language="en"):
    """EXPLAIN ANALYZE of the ranking query: how rows of SearchWord were reached, and how many were read."""
    locale = Locale.objects.get(language_code=language)
    outcome = ranked.run(text, locale)
    sql, params = outcome.results.sql(10, 0)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # the tables are small here: ask for the index
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
        cursor.execute("RESET enable_seqscan")
    plan = plan[0]["Plan"] if isinstance(plan, list) else plan
    every = list(plan_nodes(plan))
    nodes = [n for n in every if n.get("Relation Name") == SearchWord._meta.db_table]
    read = sum(
        n["Actual Rows"] * n.get("Actual Loops", 1) + n.get("Rows Removed by Filter", 0) for n in nodes
    )
    # An index scan names its index; a bitmap heap scan's index is named by its child node.
    indexes = {n["Index Name"] for n in every if n.get("Index Name", "").startswith("search_word")}
    return {n["Node Type"] for n in nodes}, indexes, read


@on_postgres
@pytest.mark.django_db(transaction=False)
def test_postgres_finds_words_through_the_place_index_and_reads_only_matching_rows(site):
    site(10)
    _, _, few = rows_read_from_words("dentist")
    site(80)
    types, indexes, many = rows_read_from_words("dentist")
    assert "Seq Scan" not in types
    assert indexes == {"search_word_place"}  # each place's best rows (the statistics read search_word_prefix)
    assert many == few  # the 70 new pages hold no "dentist"
    assert many < SearchWord.objects.count() / 50
