"""What search keeps between requests: which words the index knows, until it changes; never made-up words."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext


@pytest.mark.django_db
def test_known_words_are_kept_until_the_index_changes_and_made_up_ones_never(client, make_guide):
    from website.cache import fragment_cache

    make_guide("See a dentist", "How to find an NHS dentist.")

    def probes_for(word):
        """How many times the search of this word asked whether its words are in the index at all."""
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/search/", {"q": word}).status_code == 200
        return sum(q["sql"].startswith("SELECT 0 WHERE EXISTS") for q in captured)

    assert probes_for("dentist") == 1
    assert probes_for("dentist") == 0  # known: not asked again
    probes_for("qqzz")  # what every search page keeps (its header and footer) is kept by this one
    kept = len(fragment_cache()._cache)
    for n in range(5):
        assert probes_for(f"qqzz{n}") == 1
        assert probes_for(f"qqzz{n}") == 1  # not found: asked every time
    assert len(fragment_cache()._cache) == kept  # and nothing kept for it
    make_guide("Opening hours of the dentist", "Evenings too.")  # the index changes
    assert probes_for("dentist") == 1
