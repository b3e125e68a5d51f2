"""A document is only as open as the most open page that offers it.

Handouts of a trainee-only module must not leak through their direct address (/documents/<id>/<name>).
Wagtail already applies collection privacy; this hook adds page privacy: when every page that links to
or attaches a document is private, only someone who may see one of those pages gets the file. Anonymous
visitors are sent to the site's sign-in page, signed-in visitors without access get 403.
"""

from django.contrib.contenttypes.models import ContentType
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from wagtail import hooks
from wagtail.models import Page, ReferenceIndex
from wagtail.wagtail_hooks import require_wagtail_login


def pages_offering(document):
    """Pages whose content refers to this document: handout blocks, document links in text, etc."""
    page_type = ContentType.objects.get_for_model(Page)
    ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    return list(Page.objects.filter(pk__in=[int(i) for i in ids if str(i).isdigit()]))


def may_see(page, request):
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


@hooks.register("before_serve_document")
def keep_private_handouts_private(document, request):
    pages = pages_offering(document)
    if not pages or any(may_see(page, request) for page in pages):
        return None
    if request.user.is_authenticated:
        response = render(request, "resources/document_refused.html", status=403)
    else:
        response = require_wagtail_login(next=request.get_full_path())
    add_never_cache_headers(response)
    return response
