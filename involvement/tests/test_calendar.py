"""Each dated opportunity offers an .ics file (RFC 5545), the same for everyone: cacheable, no cookie."""

import datetime
import re

import pytest
from django.utils import timezone

from involvement.ics import escape_text, fold


def at(days, hour, minute=0):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def test_text_is_escaped_and_long_lines_folded_without_splitting_a_character():
    assert escape_text("a,b;c\\d\r\ne") == "a\\,b\\;c\\\\d\\ne"
    line = "SUMMARY:" + "ش" * 100
    folded = fold(line)
    parts = folded.split("\r\n ")
    assert len(parts) > 1 and "".join(parts) == line
    assert all(len(part.encode()) <= 75 for part in parts[:1])
    assert all(len(part.encode()) <= 74 for part in parts[1:])


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ar"])
def test_calendar_file(client, make_opportunity, make_translation, code):
    opportunity = make_opportunity(
        title="Panel meeting, with lunch; all welcome",
        starts_at=at(5, 18, 30),
        ends_at=at(5, 20),
        address="Community Centre\n1 Example Street",
    )
    if code != "en":
        from involvement.models import OpportunityPage

        opportunity = make_translation(OpportunityPage.objects.get(pk=opportunity.pk), code)
    response = client.get(opportunity.url + "calendar/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{opportunity.slug}.ics"'
    assert not response.cookies
    assert "public" in response.get("Cache-Control", "") or "max-age" in response.get("Cache-Control", "")
    body = response.content.decode()
    assert body.endswith("\r\n") and "\n" not in body.replace("\r\n", "")
    unfolded = body.replace("\r\n ", "")
    lines = unfolded.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    assert f"UID:opportunity-{opportunity.translation_key}@testserver" in lines
    assert re.search(r"\r\nDTSTAMP:\d{8}T\d{6}Z\r\n", unfolded)
    start = opportunity.starts_at.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    assert f"DTSTART:{start}" in lines
    assert any(line.startswith("DTEND:") for line in lines)
    if code == "en":
        assert "SUMMARY:Panel meeting\\, with lunch\\; all welcome" in lines
    assert "LOCATION:Community Centre\\, 1 Example Street" in lines
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))


@pytest.mark.django_db
def test_no_calendar_file_for_an_opportunity_without_a_date(client, make_opportunity):
    opportunity = make_opportunity(starts_at=None, ends_at=None)
    assert client.get(opportunity.url + "calendar/").status_code == 404
    assert "calendar/" not in client.get(opportunity.url).content.decode()
