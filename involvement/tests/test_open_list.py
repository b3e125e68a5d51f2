"""Open opportunities list in date order; past or closed ones drop off by themselves (by the time now)."""

import datetime
import re
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from involvement.models import OpportunityPage


def at(days, hour=18):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


@pytest.mark.django_db
def test_open_opportunities_soonest_first_then_any_time(client, take_part, make_opportunity):
    later = make_opportunity(title="Later", starts_at=at(20))
    sooner = make_opportunity(title="Sooner", starts_at=at(2))
    ongoing = make_opportunity(title="Any time", starts_at=None, ends_at=None)
    make_opportunity(title="Past", starts_at=at(-3))
    make_opportunity(
        title="Closed", starts_at=at(30), closes_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    response = client.get(take_part.url)
    assert response.context["dated"] == [sooner, later]
    assert response.context["any_time"] == [ongoing]
    html = response.content.decode()
    open_part, closed_part = html.split('<details class="details">', 1)
    assert "Past" not in open_part and ">Closed</a>" not in open_part
    assert ">Past</a>" in closed_part and ">Closed</a>" in closed_part  # still linked, under "Closed"
    assert html.index("Sooner") < html.index("Later") < html.index("Any time")


@pytest.mark.django_db
def test_a_past_opportunity_drops_off_with_no_one_editing_it(client, take_part, make_opportunity):
    meeting = make_opportunity(title="Tuesday meeting", starts_at=at(1, 18), ends_at=at(1, 20))
    assert list(OpportunityPage.objects.open()) == [meeting]
    revisions = meeting.revisions.count()
    during = at(1, 19)
    after = at(1, 21)
    assert list(OpportunityPage.objects.open(now=during)) == [meeting]  # still on while it runs
    assert list(OpportunityPage.objects.open(now=after)) == []
    with mock.patch("django.utils.timezone.now", return_value=after):
        html = client.get(take_part.url).content.decode()
        open_part, closed_part = html.split('<details class="details">', 1)
        assert "Tuesday meeting" not in open_part  # no longer offered as open...
        assert "Tuesday meeting" in closed_part  # ...but still linked, under "Closed"
        assert "This has closed." in client.get(meeting.url).content.decode()
    assert meeting.revisions.count() == revisions


@pytest.mark.django_db
def test_closing_date_closes_an_ongoing_opportunity_after_that_day(make_opportunity):
    panel = make_opportunity(starts_at=None, ends_at=None, closes_on=timezone.localdate())
    assert panel.is_open() and list(OpportunityPage.objects.open()) == [panel]
    tomorrow = at(1, 9)
    assert not panel.is_open(now=tomorrow)
    assert list(OpportunityPage.objects.open(now=tomorrow)) == []


def count_queries(client, url):
    client.get(url)  # warm the per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_take_part_pages_use_a_fixed_number_of_queries(client, take_part, make_opportunity, make_translation):
    from blog.factories import BlogIndexPageFactory, BlogPageFactory

    news = BlogIndexPageFactory(parent=take_part.get_parent(), slug="news")
    post = BlogPageFactory(parent=news, you_said_we_did=True)
    post.save_revision().publish()
    opportunity = make_opportunity(starts_at=at(1))
    arabic = make_translation(take_part, "ar")
    urls = [take_part.url, opportunity.url, take_part.url + "tell-us/", post.url, "/en/", arabic.url, "/ar/"]
    small = {url: count_queries(client, url) for url in urls}
    for days in range(2, 12):
        make_opportunity(starts_at=at(days))
        BlogPageFactory(parent=news, you_said_we_did=True).save_revision().publish()
    large = {url: count_queries(client, url) for url in urls}
    assert small == large
    assert max(large.values()) <= 20, large


@pytest.mark.django_db
def test_an_untranslated_language_lists_the_english_opportunities(
    client, take_part, make_opportunity, make_translation
):
    from involvement.models import OpportunityPage

    translated = make_opportunity(title="Panel", starts_at=at(3))
    english_only = make_opportunity(title="Drop-in in English", starts_at=at(1))
    make_opportunity(title="Past", starts_at=at(-1))
    arabic_index = make_translation(take_part, "ar")
    arabic = make_translation(OpportunityPage.objects.get(pk=translated.pk), "ar")
    response = client.get(arabic_index.url)
    assert response.context["dated"] == [english_only, arabic]
    html = response.content.decode()
    assert re.search(rf'href="{re.escape(english_only.url)}\?untranslated=ar"[^>]* lang="en"', html)
    open_part = html.split('<details class="details">', 1)[0]
    assert f'href="{arabic.url}"' in html and ">Past</a>" not in open_part
