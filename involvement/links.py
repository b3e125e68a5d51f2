from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction

from website.translations import default_language

from .models import TakePartIndexPage


def take_part_url(home, request):
    """The Take part page of a home page's language; else the English one with the "not translated yet"
    notice; else None. One query: a page with a view restriction on it or above it is left out in the same
    query (Wagtail's `public()` would read every restriction first)."""
    restricted = PageViewRestriction.objects.annotate(
        prefix=Substr(OuterRef("path"), 1, Length("page__path"))
    ).filter(page__path=F("prefix"))
    pages = {
        page.locale_id: page
        for page in TakePartIndexPage.objects.live()
        .filter(locale__language_code__in={home.locale.language_code, default_language()})
        .exclude(Exists(restricted))
        .select_related("locale")
    }
    page = pages.get(home.locale_id)
    if page is not None:
        return page.get_url(request)
    english = next(iter(pages.values()), None)
    if english is None:
        return None
    url = english.get_url(request)
    return f"{url}?untranslated={home.locale.language_code}" if url else None
