"""What every page shares, the site-wide settings and the anonymous page feedback."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail.search import index

from .forms import BasePageForm
from .publish_guard import acting_user, may_publish

# Page types that are not Wagtail's bare Page: the choices for PageTypeWorkflow.
PAGE_TYPE_CHOICES = Q(app_label__in=["home", "resources", "blog"])


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

    search_fields = Page.search_fields + [
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
    promote_panels = Page.promote_panels + [FieldPanel("sensitive")]
    settings_panels = Page.settings_panels + [
        # Only superusers have the publish permission, so only they see this.
        FieldPanel("publish_reason", permission="wagtailcore.publish_page"),
    ]
    base_form_class = BasePageForm

    show_review_dates = False

    class Meta:
        abstract = True

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


class PageFeedback(models.Model):
    """One answer to "Is this page useful?". Nothing else: no IP address, no cookie, no time of day."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="feedback")
    useful = models.BooleanField()
    date = models.DateField(default=timezone.localdate, db_index=True)

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


class ScheduledJob(models.Model):
    """When each scheduled job last ran (website/management/commands/run_scheduler.py), so that however
    many schedulers run, a job runs once per interval."""

    name = models.CharField(max_length=64, unique=True)
    last_started = models.DateTimeField(null=True, blank=True)
    last_finished = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    def __str__(self):
        return self.name
