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

from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry
from wagtail.wagtail_hooks import require_wagtail_login

from website.media_forms import live_pages_using


def may_see(page, request):
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


def manages_documents(user):
    policy = policy_registry.get_by_type(get_document_model())
    return policy.user_has_any_permission(user, ["add", "change", "choose"])


@hooks.register("before_serve_document")
def keep_private_handouts_private(document, request):
    pages = live_pages_using(document)
    if pages.public().exists():  # the usual case, in one query
        return None
    private = list(pages)
    if private:
        allowed = any(may_see(page, request) for page in private)
    else:
        allowed = manages_documents(request.user)
    if allowed:
        return None
    if request.user.is_authenticated:
        response = render(request, "resources/document_refused.html", status=403)
    else:
        response = require_wagtail_login(next=request.get_full_path())
    add_never_cache_headers(response)
    return response
