"""The pagination bar: first, last, two either side of this screen and a gap mark, however many screens."""

import re

from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import RequestFactory


def bar(number, count=10_000):
    page = Paginator(range(count), 10).get_page(number)
    request = RequestFactory().get("/en/search/", {"q": "gp", "page": number})
    return render_to_string("components/pagination.html", {"page_obj": page}, request=request)


def labels(html):
    return re.findall(r">(\d+|…)</", html)


def test_a_thousand_screens_show_a_short_bar():
    assert labels(bar(500)) == ["1", "…", "498", "499", "500", "501", "502", "…", "1000"]
    html = bar(500)
    assert 'aria-current="page"' in html and "q=gp&amp;page=501" in html and 'rel="next"' in html


def test_near_the_ends_no_gap_is_marked_for_nothing():
    assert labels(bar(1)) == ["1", "2", "3", "…", "1000"]
    assert labels(bar(1000)) == ["1", "…", "998", "999", "1000"]
    assert labels(bar(2, count=50)) == ["1", "2", "3", "4", "5"]


def test_one_screen_has_no_bar():
    assert "pagination" not in bar(1, count=5)
