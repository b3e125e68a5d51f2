"""A document is only as open as the most open live page that offers it.

Handouts of a trainee-only module must not leak through their direct address (/documents/<id>/<name>).
Wagtail already applies collection privacy; this hook adds page privacy:

- a document that a live, public page offers (a handout block, a link in text) is public;
- a document that only live private pages offer goes to people who may see one of those pages;
- a document that no live page offers (only drafts, unpublished pages, or nothing at all) goes only to the
  people who may choose documents in the admin, who need it to write pages. A draft that links a handout
  never widens access to it.

Anonymous visitors are sent to the site's sign-in page, signed-in visitors without access get 403.
"""

from django.contrib.contenttypes.models import ContentType
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import policy_registry
from wagtail.wagtail_hooks import require_wagtail_login


def live_pages_offering(document):
    """Live pages whose published content refers to this document: handout blocks, links in text, etc.

    The reference index reads each page's own row, which holds its published content once it is live (a
    draft's changes wait in a revision), so only live pages count.
    """
    page_type = ContentType.objects.get_for_model(Page)
    ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    return list(Page.objects.live().filter(pk__in=[int(i) for i in ids if str(i).isdigit()]))


def may_see(page, request):
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


def manages_documents(user):
    policy = policy_registry.get_by_type(get_document_model())
    return policy.user_has_any_permission(user, ["add", "change", "choose"])


@hooks.register("before_serve_document")
def keep_private_handouts_private(document, request):
    pages = live_pages_offering(document)
    if any(may_see(page, request) for page in pages) if pages else manages_documents(request.user):
        return None
    if request.user.is_authenticated:
        response = render(request, "resources/document_refused.html", status=403)
    else:
        response = require_wagtail_login(next=request.get_full_path())
    add_never_cache_headers(response)
    return response
