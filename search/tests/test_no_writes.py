"""Searching never writes to the database, and costs the same few queries whatever it finds."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from resources.factories import GuidePageFactory

WRITES = ("INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER")


def writes(context):
    return [q["sql"] for q in context.captured_queries if q["sql"].lstrip().upper().startswith(WRITES)]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["dentist", "dentsit", "nothing-like-it", "chest pain", "", "注册"])
def test_search_never_writes(client, make_guide, query):
    guide = make_guide("See a dentist", "How to find an NHS dentist.")
    SearchPromotion.objects.create(query=Query.get("chest pain"), page=guide)
    client.get("/en/")  # the first page view of a site stores its default site settings
    query_count = Query.objects.count()
    with CaptureQueriesContext(connection) as context:
        assert client.get("/en/search/", {"q": query}).status_code == 200
    assert writes(context) == []
    assert Query.objects.count() == query_count  # no hit counted, no query stored


@pytest.mark.django_db
def test_the_number_of_queries_does_not_grow_with_the_results(client, guide_index, make_guide):
    make_guide("See a dentist", "How to find an NHS dentist.")
    client.get("/en/search/", {"q": "dentist"})  # warm the caches a first visit fills
    with CaptureQueriesContext(connection) as one:
        client.get("/en/search/", {"q": "dentist"})
    for n in range(25):
        GuidePageFactory(parent=guide_index, title=f"Dentist guide {n}", slug=f"dentist-{n}", body=[])
    # The index changed: the first search after it reads the statistics again (one query), then keeps them.
    assert client.get("/en/search/", {"q": "dentist"}).context["paginator"].count == 26
    with CaptureQueriesContext(connection) as many:
        response = client.get("/en/search/", {"q": "dentist"})
    assert response.context["paginator"].count == 26
    assert len(many.captured_queries) == len(one.captured_queries)
    assert len(one.captured_queries) <= 12
