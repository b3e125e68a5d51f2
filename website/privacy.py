"""Who may see which pages, read from the database once per change rather than on every request.

Wagtail reads the page view restrictions on every request, several times: once to check the page itself
(`Page.get_view_restrictions`, two or three queries) and once more for every `.public()` list on the page.
Here the list of restricted sections is kept in the fragment cache (website/cache.py), emptied whenever a
restriction, an alias or the tree changes (website/apps.py), so a public page costs no query for privacy.
The answers are exactly Wagtail's:

- `view_restrictions(page)`: the restrictions on the page and its ancestors, an alias's (or an alias
  ancestor's) source page standing in for it, as a queryset (no query at all when there are none);
- `private_q()`: what `PageQuerySet.private_q` means (pages under a restricted page), installed in its place.
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from .cache import cached_fragment


def _build():
    restrictions = list(
        PageViewRestriction.objects.values_list("pk", "page_id", "page__path", "page__alias_of_id")
    )
    sections = [(path, pk) for pk, _page_id, path, alias_of in restrictions]
    # Wagtail resolves an alias (and an alias ancestor) to its source before looking for restrictions: a
    # restriction on a source page applies under each of its aliases; one on an alias page applies nowhere.
    checked = [(path, pk) for pk, _page_id, path, alias_of in restrictions if alias_of is None]
    sources = {page_id: pk for pk, page_id, _path, alias_of in restrictions if alias_of is None}
    prefixes = list(checked)
    while sources:
        aliases = list(
            Page.objects.filter(alias_of_id__in=list(sources)).values_list("pk", "path", "alias_of_id")
        )
        prefixes += [(path, sources[alias_of]) for _pk, path, alias_of in aliases]
        sources = {pk: sources[alias_of] for pk, _path, alias_of in aliases}
    return {"sections": sections, "prefixes": prefixes}


def restricted():
    return cached_fragment("privacy", _build)


def view_restrictions(page):
    ids = [pk for prefix, pk in restricted()["prefixes"] if page.path.startswith(prefix)]
    if ids:
        return PageViewRestriction.objects.filter(pk__in=sorted(set(ids)))
    # A public page: an empty queryset that already knows it is empty, so iterating it, len(), bool() and
    # .exists() compile no SQL (Wagtail iterates it before serving every page); clones stay empty.
    none = PageViewRestriction.objects.none()
    none._result_cache = []
    return none


def private_q(self=None):
    q = Q()
    for path, _pk in restricted()["sections"]:
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])
