"""Who wrote the words under review, and whether two revisions say the same thing to a reader.

A revision that changes nothing a reader sees (a panel member saving the edit form to add a comment, an
identical re-save) makes nobody an author, and the approvals already given to the same content still count.
"""

import hashlib
import json
import re

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q
from wagtail.fields import StreamField
from wagtail.models import Revision, TaskState, WorkflowState
from wagtail_localize.models import SegmentOverride, StringTranslation

# What a page revision holds besides what a reader sees: tree position, publishing, locks, revision
# bookkeeping and the editors' comments.
NOT_CONTENT = frozenset(
    {
        "pk",
        "path",
        "depth",
        "numchild",
        "url_path",
        "translation_key",
        "locale",
        "content_type",
        "owner",
        "live",
        "has_unpublished_changes",
        "first_published_at",
        "last_published_at",
        "live_revision",
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "go_live_at",
        "expire_at",
        "expired",
        "locked",
        "locked_at",
        "locked_by",
        "alias_of",
        "wagtail_admin_comments",
    }
)


# The rich text editor's own bookkeeping in stored HTML: new keys can appear on a save that changes no word.
EDITOR_KEY = re.compile(r'\sdata-block-key="[^"]*"')


def without_editor_keys(value):
    """A field's stored value with the rich text editor's block keys taken out of its text."""
    if hasattr(value, "get_prep_value"):  # a StreamField's value: its blocks as stored
        value = value.get_prep_value()
    if isinstance(value, str):
        return EDITOR_KEY.sub("", value)
    if isinstance(value, list):
        return [without_editor_keys(item) for item in value]
    if isinstance(value, dict):
        return {key: without_editor_keys(item) for key, item in value.items()}
    return value


def fingerprint(revision):
    """A digest of what readers would see if this revision were published."""
    model = ContentType.objects.get_for_id(revision.content_type_id).model_class()
    streams = {f.name for f in model._meta.get_fields() if isinstance(f, StreamField)} if model else set()
    # As stored: a revision just made holds Python values (dates), one read back holds their JSON.
    content = json.loads(json.dumps(revision.content or {}, cls=DjangoJSONEncoder))
    data = {}
    for key, value in content.items():
        if key in NOT_CONTENT:
            continue
        data[key] = without_editor_keys(
            json.loads(value) if key in streams and isinstance(value, str) else value
        )
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def revision_writers(page):
    """Writers of the revisions since the page was last approved (all of them if it is not live) that changed
    what a reader sees."""
    live = page.live_revision if page.live_revision_id else None
    revisions = page.revisions.all()
    if live is not None:
        revisions = revisions.filter(created_at__gt=live.created_at)
    writers, previous = set(), fingerprint(live) if live is not None else None
    for revision in revisions.order_by("created_at", "id"):
        current = fingerprint(revision)
        if current != previous:
            writers.add(revision.user_id)
        previous = current
    return writers - {None}


def translators(page):
    """Who translated or overrode a segment of this page in its language since it was last approved.

    Translators work in wagtail-localize's translation memory, not in revisions. English pages have none.
    """
    since = page.live_revision.created_at if page.live_revision_id else None
    recent = Q(updated_at__gt=since) if since else Q()
    of_page = Q(context__object_id=page.translation_key, locale_id=page.locale_id) & recent
    strings = StringTranslation.objects.filter(of_page).values_list("last_translated_by_id", flat=True)
    overrides = SegmentOverride.objects.filter(of_page).values_list("last_translated_by_id", flat=True)
    return set(strings.union(overrides)) - {None}


def keep_approvals_of_identical_content(sender, instance, created, raw=False, **kwargs):
    """post_save of Revision: a new revision that says exactly what the previous one said keeps the workflow
    where it is.

    With WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT, Wagtail counts only steps approved on the latest
    revision, so any new revision, even an identical one, would send the page back to the first step. The
    approved steps are copied onto the new revision (as WorkflowState.copy_approved_task_states_to_revision
    does, but only those given to this same content), and the step in progress now reviews the new revision.
    """
    if raw or not created or getattr(instance, "_keeps_an_approval", False):
        return
    state = (
        WorkflowState.objects.active()
        .filter(base_content_type_id=instance.base_content_type_id, object_id=instance.object_id)
        .first()
    )
    if state is None:
        return
    previous = (
        Revision.objects.filter(
            base_content_type_id=instance.base_content_type_id, object_id=instance.object_id
        )
        .exclude(pk=instance.pk)
        .order_by("-created_at", "-id")
        .first()
    )
    if previous is None or fingerprint(previous) != fingerprint(instance):
        return
    for approved in state.task_states.filter(status=TaskState.STATUS_APPROVED, revision=previous):
        approved.copy(update_attrs={"revision": instance})
    state.task_states.filter(status=TaskState.STATUS_IN_PROGRESS, revision=previous).update(revision=instance)


def keep_approvals_with_their_content(sender, instance, raw=False, **kwargs):
    """pre_save of Revision: autosave rewrites the editor's latest revision in place. A step already approved
    on it stays with the words it approved (a copy of the revision as it was), so the rewritten revision has
    to be approved again: Wagtail would otherwise count that step for words its approvers never saw."""
    update_fields = kwargs.get("update_fields")
    if raw or instance.pk is None or (update_fields is not None and "content" not in update_fields):
        return
    approved = TaskState.objects.filter(
        revision_id=instance.pk,
        status=TaskState.STATUS_APPROVED,
        workflow_state__status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
    )
    if not approved.exists():
        return
    stored = Revision.objects.get(pk=instance.pk)
    if fingerprint(stored) == fingerprint(instance):
        return
    as_approved = Revision(
        content_type_id=stored.content_type_id,
        base_content_type_id=stored.base_content_type_id,
        object_id=stored.object_id,
        user_id=stored.user_id,
        content=stored.content,
        object_str=stored.object_str,
        approved_go_live_at=stored.approved_go_live_at,
    )
    as_approved._keeps_an_approval = True
    as_approved.save()
    Revision.objects.filter(pk=as_approved.pk).update(created_at=stored.created_at)  # its place in history
    approved.update(revision=as_approved)
