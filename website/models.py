"""What every page shares, the site-wide settings and the anonymous page feedback."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.log_actions import log
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from .forms import BasePageForm
from .publish_guard import acting_user, may_publish

# Page types that are not Wagtail's bare Page: the choices for PageTypeWorkflow.
PAGE_TYPE_CHOICES = Q(app_label__in=["home", "resources", "blog", "involvement"])


class BasePage(Page):
    """Abstract parent of every page type: a plain summary, review dates and a neutral-title option."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=300,
        help_text=_(
            "One or two short sentences that say what this page is for. "
            "Shown in lists and search results, and to search engines."
        ),
    )
    last_reviewed = models.DateField(
        _("page last reviewed"),
        null=True,
        blank=True,
        help_text=_("The day someone last checked that everything on this page is still true."),
    )
    next_review_due = models.DateField(
        _("next review due"),
        null=True,
        blank=True,
        help_text=_("The day this page should be checked again. Usually a year after the last review."),
    )
    sensitive = models.BooleanField(
        _("sensitive page"),
        default=False,
        help_text=_(
            "Tick this if being seen reading this page could put someone at risk. The browser tab then "
            "shows a neutral title, and shared links show no picture or summary."
        ),
    )

    search_words = models.TextField(
        _("search words"),
        blank=True,
        max_length=500,
        help_text=_(
            "Other words people might type to find this page, separated by commas. For example: "
            "doctor, surgery, register, NHS number. Include everyday words and common misspellings. "
            "Readers never see them."
        ),
    )

    search_fields = Page.search_fields + [
        index.SearchField("search_words", boost=3),
        index.SearchField("summary", boost=2),
        index.AutocompleteField("summary"),
    ]

    content_panels = Page.content_panels + [FieldPanel("summary")]
    review_panels = [
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), FieldPanel("next_review_due")],
            heading=_("Review dates"),
        )
    ]
    promote_panels = Page.promote_panels + [FieldPanel("search_words"), FieldPanel("sensitive")]
    settings_panels = Page.settings_panels + [
        # Only superusers have the publish permission, so only they see this.
        FieldPanel("publish_reason", permission="wagtailcore.publish_page"),
    ]
    base_form_class = BasePageForm

    show_review_dates = False
    # Page types whose template asks "Is this page useful?" say so; feedback for any other page is refused.
    asks_for_feedback = False

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """Wagtail's answer (restrictions on this page and its ancestors, aliases resolved to their sources)
        from the cached list of restricted sections: no query for a public page (website/privacy.py)."""
        from .privacy import view_restrictions

        return view_restrictions(self)

    @property
    def review_overdue(self):
        return bool(self.next_review_due and self.next_review_due < timezone.localdate())

    def publish(self, revision, user=None, **kwargs):
        """Publish only when the workflow has approved, or a superuser acts (see website/publish_guard.py)."""
        if not may_publish(user):
            log(
                instance=self,
                action="website.publish_refused",
                user=acting_user(user),
                revision=revision,
                data={"reason": "not approved by the workflow"},
            )
            return None
        return super().publish(revision, user=user, **kwargs)

    def get_workflow(self):
        """The workflow assigned to this part of the tree in the admin, else the one for this page type."""
        workflow = super().get_workflow()
        if workflow is None and getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True):
            default = (
                PageTypeWorkflow.objects.filter(content_type_id=self.content_type_id, workflow__active=True)
                .select_related("workflow")
                .first()
            )
            workflow = default.workflow if default else None
        return workflow

    @property
    def has_workflow(self):
        return self.get_workflow() is not None

    def get_breadcrumbs(self):
        """Ancestors below the site root: the home page and the sections above this page."""
        return self.get_ancestors().filter(depth__gte=2).specific(defer=True)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            # The editor's Checks panel reads this from the preview (website/static/website/admin/).
            from django.utils import translation

            from .plain_language import check_page

            profile = getattr(getattr(request, "user", None), "wagtail_userprofile", None)
            with translation.override(profile.get_preferred_language() if profile else None):
                context["plain_language_report"] = check_page(self).as_json()
        return context


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    organisation_name = models.CharField(
        _("organisation name"),
        max_length=120,
        default="Bridging Health",
        help_text=_("Shown in the header and footer of every page."),
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(
        _("contact phone"),
        max_length=40,
        blank=True,
        help_text=_("Digits and spaces only, e.g. 0117 496 0000"),
    )
    postal_address = models.TextField(_("postal address"), blank=True)
    emergency_number = models.CharField(_("emergency number"), max_length=10, default="999")
    urgent_help_number = models.CharField(_("urgent help number (NHS 111)"), max_length=10, default="111")
    crisis_line_name = models.CharField(
        _("mental health crisis line name"), max_length=120, blank=True, default="Samaritans"
    )
    crisis_line_number = models.CharField(
        _("mental health crisis line number"), max_length=40, blank=True, default="116 123"
    )
    quick_exit_url = models.URLField(
        _("quick exit goes to"),
        default="https://www.bbc.co.uk/weather",
        help_text=_(
            "A neutral website that the 'Exit this page' button opens. A weather page is a good choice."
        ),
    )
    interpreting_pin = models.CharField(
        _("interpreting service PIN"),
        max_length=40,
        blank=True,
        help_text=_("The practice's PIN for the telephone interpreting service, shown on language ID cards."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("postal_address"),
            ],
            heading=_("Who we are"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("emergency_number"),
                FieldPanel("urgent_help_number"),
                FieldPanel("crisis_line_name"),
                FieldPanel("crisis_line_number"),
            ],
            heading=_("Helplines"),
        ),
        MultiFieldPanel(
            [FieldPanel("quick_exit_url"), FieldPanel("interpreting_pin")], heading=_("Safety and tools")
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_site(cls, site):
        """The settings, from the fragment cache (emptied when they are saved: website/apps.py)."""
        from .cache import cached_fragment

        return cached_fragment(f"site-settings:{site.pk}", lambda: super(SiteSettings, cls).for_site(site))


class PageFeedback(models.Model):
    """One answer to "Is this page useful?". Nothing else: no IP address, no cookie, no time of day.

    After "No", the visitor may say what was wrong (a choice and a few words, both optional)."""

    REASONS = [
        ("hard", _("It was hard to understand")),
        ("missing", _("It did not answer my question")),
        ("wrong", _("Something is wrong or out of date")),
        ("language", _("It is not in my language")),
        ("other", _("Something else")),
    ]

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="feedback")
    useful = models.BooleanField()
    date = models.DateField(default=timezone.localdate, db_index=True)
    reason = models.CharField(_("what was wrong"), max_length=20, choices=REASONS, blank=True)
    comment = models.CharField(_("comment"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")

    def __str__(self):
        return f"{self.page_id}: {'yes' if self.useful else 'no'} ({self.date})"


class PageTypeWorkflow(models.Model):
    """Which workflow a type of page goes through unless an admin assigns one to part of the page tree.

    Workflows assigned to a page in the admin ("Workflows" > assign) still win for that page and everything
    below it.
    """

    content_type = models.OneToOneField(
        "contenttypes.ContentType",
        on_delete=models.CASCADE,
        verbose_name=_("page type"),
        limit_choices_to=PAGE_TYPE_CHOICES,
    )
    workflow = models.ForeignKey("wagtailcore.Workflow", on_delete=models.CASCADE, verbose_name=_("workflow"))

    panels = [FieldPanel("content_type"), FieldPanel("workflow")]

    class Meta:
        verbose_name = _("workflow for a page type")
        verbose_name_plural = _("workflows for page types")

    def __str__(self):
        return f"{self.content_type.name}: {self.workflow.name}"


class FeedbackReceipt(models.Model):
    """A short-lived note that a feedback answer arrived, so a retry stores nothing twice and one client
    cannot flood the table. `key` and `client` are keyed hashes (HMAC with the site's secret): neither the
    address nor the browser can be read back. Receipts are deleted after `FEEDBACK_RECEIPT_MINUTES`."""

    key = models.CharField(max_length=64, unique=True)
    client = models.CharField(max_length=64, db_index=True)
    feedback = models.ForeignKey(PageFeedback, on_delete=models.CASCADE, related_name="+")
    expires = models.DateTimeField(db_index=True)

    def __str__(self):
        return f"{self.feedback_id} until {self.expires:%H:%M}"


class GlossaryTerm(TranslatableMixin, models.Model):
    """A hard word and the plain word to use instead, in one language. The editor's checks find it in pages
    of the same language and offer the plain word."""

    term = models.CharField(
        _("hard word or phrase"), max_length=100, help_text=_("For example: eligible, GP surgery, triage.")
    )
    plain = models.CharField(
        _("plain alternative"), max_length=200, help_text=_("What to write instead. For example: can.")
    )

    panels = [FieldPanel("term"), FieldPanel("plain")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary word")
        verbose_name_plural = _("plain-language glossary")
        ordering = ["term"]

    def __str__(self):
        return f"{self.term} → {self.plain}"


class PlainLanguageFigures(models.Model):
    """A page's plain-language figures from its latest revision, for the "Plain language" report."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="plain_language"
    )
    reading_age = models.PositiveSmallIntegerField(_("reading age"), null=True)
    longest_sentence = models.PositiveIntegerField(_("longest sentence"), default=0)
    unit = models.CharField(max_length=12, default="words")
    glossary_hits = models.PositiveIntegerField(_("glossary words"), default=0)
    warnings = models.PositiveIntegerField(_("warnings"), default=0)
    updated = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"{self.page_id}: reading age {self.reading_age}, longest sentence {self.longest_sentence}"


class ScheduledJob(models.Model):
    """When each scheduled job last ran (website/management/commands/run_scheduler.py), so that however
    many schedulers run, a job runs once per interval."""

    name = models.CharField(max_length=64, unique=True)
    last_started = models.DateTimeField(null=True, blank=True)
    last_finished = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    def __str__(self):
        return self.name
