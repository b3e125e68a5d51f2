"""The members' side of approval: a plain summary of changes, an approve screen and "Send for approval"."""

import json

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page, TaskState

from .models import QuorumApprovalTask

# Fields every page has that say nothing about what a reader sees.
IGNORED_FIELDS = {
    "id",
    "path",
    "depth",
    "numchild",
    "translation_key",
    "locale",
    "latest_revision",
    "live",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "live_revision",
    "go_live_at",
    "expire_at",
    "expired",
    "locked",
    "locked_at",
    "locked_by",
    "owner",
    "content_type",
    "url_path",
    "draft_title",
    "latest_revision_created_at",
    "alias_of",
    "page_ptr",
    "search_description",
    "seo_title",
    "show_in_menus",
}


def display_name(user):
    """How members see each other: the name they chose (it may be a pseudonym), never the email address."""
    if user is None:
        return _("Someone")
    return user.get_full_name().strip() or user.first_name or user.get_username()


def _stream_blocks(value):
    raw = value.get_prep_value() if hasattr(value, "get_prep_value") else value
    if isinstance(raw, str):
        raw = json.loads(raw or "[]")
    return [(b.get("type"), json.dumps(b.get("value"), sort_keys=True)) for b in raw or []]


def summarise_changes(old, new):
    """A plain list of what changed between two versions of a page ("Title changed", "3 parts of the guide…")."""
    if old is None:
        return [_("This is a new page.")]
    changes = []
    for field in new._meta.concrete_fields:
        if field.name in IGNORED_FIELDS or field.name.endswith("_ptr"):
            continue
        before, after = getattr(old, field.name, None), getattr(new, field.name, None)
        label = str(field.verbose_name)
        if hasattr(after, "stream_block") or hasattr(before, "stream_block"):
            a, b = _stream_blocks(before or []), _stream_blocks(after or [])
            if a == b:
                continue
            added, removed = max(len(b) - len(a), 0), max(len(a) - len(b), 0)
            changed = sum(1 for x, y in zip(a, b, strict=False) if x != y)
            parts = []
            if changed:
                parts.append(_("%(count)s part(s) changed") % {"count": changed})
            if added:
                parts.append(_("%(count)s part(s) added") % {"count": added})
            if removed:
                parts.append(_("%(count)s part(s) removed") % {"count": removed})
            changes.append(f"{label.capitalize()}: {', '.join(parts) or _('parts moved')}")
        elif before != after:
            changes.append(_("%(field)s changed") % {"field": label.capitalize()})
    return changes or [_("Nothing a reader can see has changed.")]


def review_context(task_state, user):
    task = task_state.task.specific
    page = task_state.workflow_state.content_object.specific
    latest = page.get_latest_revision()
    new = latest.as_object() if latest else page
    old = page.live_revision.as_object() if page.live and page.live_revision else None
    quorum = isinstance(task, QuorumApprovalTask)
    approvals = list(task.approvals(task_state)) if quorum else []
    can_approve = task.can_approve(task_state, user) if quorum else bool(task.get_actions(page, user))
    is_author = quorum and user.pk in task.authors(task_state)
    compare_url = None
    if old is not None and latest is not None:
        compare_url = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "live", latest.pk])
    return {
        "task_state": task_state,
        "task": task,
        "page": page,
        "changes": summarise_changes(old, new),
        "approvals": [display_name(a.user) for a in approvals],
        "approvals_count": len(approvals),
        "quorum": getattr(task, "quorum", 1),
        "can_approve": can_approve,
        "is_author": is_author,
        "submitted_by": display_name(task_state.workflow_state.requested_by),
        "compare_url": compare_url,
        "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "preview_url": reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task_state.task_id]),
    }


class ReviewForm(forms.Form):
    comment = forms.CharField(
        label=gettext_lazy("Your comment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Needed when you ask for changes: say what should change and why."),
    )


def review(request, task_state_id):
    task_state = get_object_or_404(TaskState, pk=task_state_id)
    task = task_state.task.specific
    if not (request.user.is_superuser or task._user_in_groups(request.user)):
        raise PermissionDenied
    if task_state.status != TaskState.STATUS_IN_PROGRESS:
        messages.info(request, _("This page is no longer waiting at this step."))
        return redirect("wagtailadmin_home")
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        action = (
            "approve"
            if "approve" in request.POST
            else "reject"
            if "request-changes" in request.POST
            else None
        )
        comment = form.cleaned_data["comment"].strip()
        if action == "reject" and not comment:
            form.add_error("comment", _("Please say what should change, so the editor knows what to do."))
        elif action is None:
            form.add_error(None, _("Choose Approve or Request changes."))
        else:
            task.on_action(task_state, request.user, action, comment=comment)  # checks the rules again
            page = task_state.workflow_state.content_object
            if action == "approve":
                messages.success(
                    request, _("Thank you. Your approval of '%(title)s' is recorded.") % {"title": page.title}
                )
            else:
                messages.success(
                    request,
                    _("'%(title)s' has gone back to the editor with your comment.") % {"title": page.title},
                )
            return redirect("wagtailadmin_home")
    context = review_context(task_state, request.user)
    context["form"] = form
    return TemplateResponse(request, "approvals/admin/review.html", context)


def send_for_approval(request, page_id):
    """Start a page's workflow from outside the page editor: wagtail-localize's translation editor has no
    "Submit" button, so translators send a finished translation for approval here."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if request.method != "POST":
        return TemplateResponse(request, "approvals/admin/send_for_approval.html", {"page": page})
    if page.workflow_in_progress:
        messages.info(request, _("'%(title)s' is already waiting for approval.") % {"title": page.title})
    else:
        workflow = page.get_workflow()
        if workflow is None:
            messages.error(
                request, _("No approval steps are set up for this kind of page. Ask an administrator.")
            )
        else:
            if page.latest_revision is None:
                page.save_revision(user=request.user)
            workflow.start(page, request.user)
            messages.success(request, _("'%(title)s' has been sent for approval.") % {"title": page.title})
    return redirect("wagtailadmin_explore", page.get_parent().pk)
