"""The members' side of approval: a plain summary of changes, an approve screen and "Send for approval"."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page, TaskState

from website.plain_language import check_page
from website.translations import default_language

from .authorship import without_editor_keys
from .models import QuorumApprovalTask
from .translations import (
    submit_for_approval,
    target_translation,
    translation_rows,
    untranslated_message,
    untranslated_segments,
)


def display_name(user):
    """How members see each other: the name they chose (it may be a pseudonym), never the email address."""
    if user is None:
        return _("Someone")
    return user.get_full_name().strip() or user.first_name or user.get_username()


def changed_for_readers(diff):
    if not diff.has_changed():
        return False
    if not diff.is_field:
        return True
    return without_editor_keys(diff.val_a) != without_editor_keys(diff.val_b)


def field_changes(page, old, new, request):
    """What differs between two versions of a page, field by field, from Wagtail's revision comparison.

    Each item has `field_label()` and `htmldiff()` (the old and the new words), or child comparisons for
    inline objects. Fields the user may not edit (e.g. the superuser's publish reason) are left out, and so
    is rich text whose words are the same.
    """
    panel = page.get_edit_handler().get_bound_panel(instance=page, request=request, form=None)
    return [
        diff
        for diff in (compare(old, new) for compare in panel.get_comparison())
        if changed_for_readers(diff)
    ]


def summarise_changes(diffs, is_translation):
    """The short list the dashboard shows: which fields changed, or that the page or translation is new."""
    if diffs is None:
        return [_("This is a new translation.") if is_translation else _("This is a new page.")]
    return [_("%(field)s changed") % {"field": diff.field_label()} for diff in diffs] or [
        _("Nothing a reader can see has changed.")
    ]


def review_context(task_state, request, detailed=False):
    """What a reviewer needs to decide. `detailed` adds the word-by-word changes and, for a translation, the
    English source beside the translated text (the review screen); the dashboard keeps to the summary."""
    user = request.user
    task = task_state.task.specific
    page = task_state.workflow_state.content_object.specific
    latest = page.get_latest_revision()
    new = latest.as_object() if latest else page
    # The live revision, never the row: what visitors are shown is the last approved revision.
    old = page.live_revision.as_object() if page.live and page.live_revision else None
    translation = target_translation(page)
    is_translation = translation is not None or page.locale.language_code != default_language()
    diffs = field_changes(page, old, new, request) if old is not None else None
    quorum = isinstance(task, QuorumApprovalTask)
    approvals = list(task.approvals(task_state)) if quorum else []
    can_approve = task.can_approve(task_state, user) if quorum else bool(task.get_actions(page, user))
    is_author = quorum and user.pk in task.authors(task_state)
    context = {
        "task_state": task_state,
        "task": task,
        "page": page,
        "changes": summarise_changes(diffs, is_translation),
        "approvals": [display_name(a.user) for a in approvals],
        "approvals_count": len(approvals),
        "quorum": getattr(task, "quorum", 1),
        "can_approve": can_approve,
        "is_author": is_author,
        "submitted_by": display_name(task_state.workflow_state.requested_by),
        "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "preview_url": reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task_state.task_id]),
    }
    if detailed:
        context["comparison"] = diffs or []
        # The same warnings the writer saw in the editor's Checks panel, for the version being checked.
        context["plain_language"] = check_page(new)
        if translation is not None:
            rows = translation_rows(translation, new)
            english = [row["english"] for row in rows or [] if row["still_english"]]
            context.update(
                segments=rows,
                segments_out_of_step=rows is None,
                untranslated=untranslated_message(english) if english else "",
                language=translation.target_locale.language_code,
                direction="rtl" if translation.target_locale.is_bidi else "ltr",
            )
    return context


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
    context = review_context(task_state, request, detailed=True)
    context["form"] = form
    return TemplateResponse(request, "approvals/admin/review.html", context)


def send_for_approval(request, page_id):
    """Send a page for approval from outside the page editor: wagtail-localize's translation editor has no
    "Submit" button, so translators send a finished translation for approval here (the editor's own
    "Send for approval" button posts here too)."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    next_url = get_valid_next_url_from_request(request)
    if request.method != "POST":
        translation = target_translation(page)
        missing = (
            [s.string.as_value().render_text() for s in untranslated_segments(translation)]
            if translation
            else []
        )
        context = {
            "page": page,
            "untranslated": untranslated_message(missing) if missing else "",
            "next": next_url,
        }
        return TemplateResponse(request, "approvals/admin/send_for_approval.html", context)
    submit_for_approval(request, page)
    return redirect(next_url or reverse("wagtailadmin_explore", args=[page.get_parent().pk]))
