"""A translation reaches the reviewers as translated.

Translators work in wagtail-localize's translation memory (the editor's segments, PO uploads, machine
pre-fill). Sending for approval puts that work into a new revision of the translated page, and the workflow
runs on that revision. The page's own row is not touched: on a live page the row is what visitors read, so it
changes only when the approved revision is published.
"""

from collections import defaultdict

from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation, TranslationLog
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

# How many untranslated English strings a message lists before "and N more".
LISTED = 10


def target_translation(page):
    """The enabled wagtail-localize translation whose target is this page, if there is one."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def untranslated_segments(translation):
    """The English strings with no translation yet (or one with an error), in page order."""
    return list(
        translation.source.stringsegment_set.annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .select_related("string", "context")
        .order_by("order")
    )


@transaction.atomic
def save_translation_revision(translation, user):
    """The translator's work as a new revision of the target page. The live row is not changed."""
    page = translation.get_target_instance().specific
    if page.alias_of_id:
        # Metadata-only saves; the alias's content stays as it is until the revision is approved.
        ConvertAliasPageAction(page, user=user).execute(skip_permission_checks=True)
    draft = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    draft.slug = find_available_slug(draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk)
    revision = draft.save_revision(user=user)  # saves only the revision bookkeeping on the row
    TranslationLog.objects.create(
        source=translation.source, locale=translation.target_locale, revision=revision
    )
    translation.source.update_target_view_restrictions(translation.target_locale)
    return revision


ALIAS_REFUSED = gettext_lazy(
    "This page is a copy of another language's page and has no words of its own. "
    "Translate it first, then send it for approval."
)


@transaction.atomic
def submit_for_approval(request, page):
    """Send a page for approval, as the translator's or editor's "Send for approval" does.

    For a translation, the translation memory first becomes a new revision. A workflow that is waiting for
    changes resumes; one already in progress goes on with the new revision (its approvals are for the
    earlier one). The outcome is told to the user in messages.
    """
    page = page.specific
    translation = target_translation(page)
    if translation is None and page.alias_of_id:
        # A copy of another language's page (e.g. a section made when one of its pages was translated): it has
        # no words of its own to approve, and readers get the original with the "not translated yet" notice.
        messages.error(request, ALIAS_REFUSED)
        return
    if translation is not None:
        missing = [s.string.as_value().render_text() for s in untranslated_segments(translation)]
        try:
            save_translation_revision(translation, request.user)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            return
        if missing:
            messages.warning(request, untranslated_message(missing))
    elif page.latest_revision_id is None:
        page.save_revision(user=request.user)  # a page made outside the editor: the steps need a revision
    page = Page.objects.get(pk=page.pk).specific  # the revision just saved, and the current workflow state
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    elif state is not None:
        messages.info(
            request,
            _("'%(title)s' is already waiting for approval.") % {"title": page.get_admin_display_title()},
        )
        return
    else:
        workflow = page.get_workflow()
        if workflow is None:
            messages.error(
                request, _("No approval steps are set up for this kind of page. Ask an administrator.")
            )
            return
        workflow.start(page, request.user)
    messages.success(
        request, _("'%(title)s' has been sent for approval.") % {"title": page.get_admin_display_title()}
    )


def untranslated_message(texts):
    """What is still in English: the first few strings, then how many more."""
    message = ngettext(
        "%(count)s part is still in English: %(strings)s",
        "%(count)s parts are still in English: %(strings)s",
        len(texts),
    ) % {"count": len(texts), "strings": "; ".join(f"“{t}”" for t in texts[:LISTED])}
    if len(texts) > LISTED:
        message += " " + _("and %(count)s more") % {"count": len(texts) - LISTED}
    return message


def translation_rows(translation, translated):
    """The English source and the translated text side by side, segment by segment.

    `translated` is the version under review (a revision's object). Returns None when the segments no longer
    line up (the English page changed after this version was made).
    """
    source_segments = list(
        translation.source.stringsegment_set.select_related("string", "context").order_by("order")
    )
    by_key, seen = {}, defaultdict(int)
    for value in extract_segments(translated):
        if isinstance(value, StringSegmentValue):
            by_key[(value.path, seen[value.path])] = value
            seen[value.path] += 1
    if len(by_key) != len(source_segments):
        return None
    model, rows, nth = type(translated), [], defaultdict(int)
    for segment in source_segments:
        path = segment.context.path
        value = by_key.get((path, nth[path]))
        nth[path] += 1
        if value is None:
            return None
        english = segment.string.as_value().render_text()
        text = value.string.render_text()
        rows.append(
            {
                "field": field_label(model, path),
                "english": english,
                "translated": text,
                "still_english": text == english,
            }
        )
    return rows


def field_label(model, path):
    name = path.split(".")[0]
    try:
        label = model._meta.get_field(name).verbose_name
    except FieldDoesNotExist:
        label = name
    return str(label).capitalize()
