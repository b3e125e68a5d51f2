"""A word found on every page: search reads each place's best rows (a few hundred), not every row."""

import pytest
from wagtail.models import Locale

from search import query as ranked


@pytest.mark.django_db
def test_a_word_on_every_page_reads_only_the_best_rows(make_guide, monkeypatch):
    """With few candidates a place (3 here, 200 on the site), the pages with the word in the title still
    come first, the count is every page, and walking the result pages gives each page exactly once."""
    monkeypatch.setattr(ranked, "CANDIDATES", 3)
    in_titles = [make_guide(f"Dentist {n}", "Opening hours.") for n in range(4)]
    in_summaries = [make_guide(f"Notice {n}", "A dentist is near.") for n in range(12)]
    locale = Locale.objects.get(language_code="en")
    outcome = ranked.run("dentist", locale, 0, 4)
    assert outcome.results.count() == 16
    assert {entry.page_id for entry in outcome.results[0:4]} == {page.pk for page in in_titles}
    seen = []
    for start in range(0, 16, 4):
        seen += [
            entry.page_id
            for entry in ranked.run("dentist", locale, start, start + 4).results[start : start + 4]
        ]
    assert sorted(seen) == sorted(page.pk for page in in_titles + in_summaries)
    sql, params = outcome.results.sql(4, 0)
    assert sql.count("LIMIT %s") > 1  # each place's rows are read with a limit
