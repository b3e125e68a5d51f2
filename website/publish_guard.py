"""The rule behind the approval workflow: during a web request, only a finished workflow or a superuser
publishes a page.

Wagtail checks publish permission in its own views, but other routes publish without asking who is acting
(wagtail-localize's "sync" with "publish translations", and its creation of translations of live pages).
`BasePage.publish` asks `may_publish()` first, so every route ends in the same check. Outside a web request
(management commands such as `publish_scheduled` and `load_demo_content`) publishing is left to the caller.
A workflow's finish action (WAGTAIL_FINISH_WORKFLOW_ACTION) publishes inside `workflow_finishing()`.

A live page's row is what visitors are served, and some routes write it without publishing. The pre_save
guard `keep_live_rows_approved` holds them to the same rule (connected in website/apps.py).
"""

import json
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.exceptions import PermissionDenied

_current_request = ContextVar("current_request", default=None)
_workflow_finishing = ContextVar("workflow_finishing", default=False)


class CurrentRequestMiddleware:
    """Remember the request being served, so a page's publish() can tell who is acting."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            _current_request.reset(token)


@contextmanager
def workflow_finishing():
    token = _workflow_finishing.set(True)
    try:
        yield
    finally:
        _workflow_finishing.reset(token)


def acting_user(user=None):
    request = _current_request.get()
    if user is not None:
        return user
    return getattr(request, "user", None) if request is not None else None


def may_publish(user=None):
    request = _current_request.get()
    if request is None or _workflow_finishing.get():
        return True
    return _is_superuser(acting_user(user))


def _is_superuser(user):
    return bool(user is not None and user.is_authenticated and user.is_superuser)


# What Wagtail writes to a live page's row without publishing: tree position, revision pointers, locks, the
# alias link and comments (save_revision, moves and reorders, lock/unlock, ConvertAliasPageAction).
ROW_BOOKKEEPING = frozenset(
    {
        "path",
        "depth",
        "numchild",
        "url_path",
        "draft_title",
        "latest_revision",
        "latest_revision_created_at",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
        "alias_of",
        "live_revision",
        "wagtail_admin_comments",
        # update_fields may name a foreign key by its column
        "latest_revision_id",
        "locked_by_id",
        "alias_of_id",
        "live_revision_id",
    }
)


class UnapprovedLiveChange(PermissionDenied):
    """A save that would change what readers see on a live page without publishing an approved revision."""


def _row_value(field, page):
    value = field.get_prep_value(field.value_from_object(page))
    is_stream = hasattr(field, "stream_block")  # a StreamField, stored as JSON text or a list
    return json.loads(value) if is_stream and isinstance(value, str) else value


def _is_alias_in_another_language(page):
    if not page.alias_of_id:
        return False
    # An alias is a copy of its source, so of the same page type.
    return not type(page)._default_manager.filter(pk=page.alias_of_id, locale_id=page.locale_id).exists()


def keep_live_rows_approved(sender, instance, raw=False, update_fields=None, **kwargs):
    """pre_save of every page model: a page's row is what visitors are served, so during a web request it
    changes only as publish() would let it (superusers, and workflow finishing).

    Routes that save the row without publishing: wagtail-localize's "Convert to alias" (it copies the English
    page in and sets it live), the parents it creates as aliases when a child is translated (created live),
    its sync and alias conversion (the translation written into a live row). A page that would go live here
    stays a draft; a live page whose reader-visible fields would change is refused (the request rolls back).
    An alias in another language stays a draft even when its source's approved publish updates it: it would
    put English text under /pl/, where readers get the English page with a "not translated yet" notice.
    """
    if raw or _current_request.get() is None:
        return
    if _is_superuser(acting_user()):
        return
    if update_fields is not None and set(update_fields) <= ROW_BOOKKEEPING:
        return
    stored = type(instance)._default_manager.filter(pk=instance.pk).first() if instance.pk else None
    was_live = stored is not None and stored.live
    written = set(update_fields) if update_fields is not None else None
    goes_live = instance.live if written is None or "live" in written else was_live
    if not goes_live:  # drafts and unpublishing put nothing live
        return
    if not was_live:
        if _workflow_finishing.get() and not _is_alias_in_another_language(instance):
            return
        instance.live = False
        instance.has_unpublished_changes = True
        return
    if _workflow_finishing.get():
        return
    changed = [
        field.name
        for field in instance._meta.concrete_fields
        if field.name not in ROW_BOOKKEEPING
        and (written is None or {field.name, field.attname} & written)
        and _row_value(field, instance) != _row_value(field, stored)
    ]
    if changed:
        raise UnapprovedLiveChange(f"Unapproved change to live page {instance.pk}: {', '.join(changed)}")
