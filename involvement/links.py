from website.translations import default_language

from .models import TakePartIndexPage, public_pages


def take_part_url(home, request):
    """The Take part page of a home page's language; else the English one with the "not translated yet"
    notice; else None. One query."""
    pages = {
        page.locale_id: page
        for page in public_pages(
            TakePartIndexPage.objects.live().filter(
                locale__language_code__in={home.locale.language_code, default_language()}
            )
        ).select_related("locale")
    }
    page = pages.get(home.locale_id)
    if page is not None:
        return page.get_url(request)
    english = next(iter(pages.values()), None)
    if english is None:
        return None
    url = english.get_url(request)
    return f"{url}?untranslated={home.locale.language_code}" if url else None
