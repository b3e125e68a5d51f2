"""Ways to take part, the anonymous "tell us what's hard" form and the themes that close the loop.

- `TakePartIndexPage` (one per language, under the home page) lists the open opportunities, the latest
  "You said, we did" posts, and serves the form at `tell-us/`.
- `OpportunityPage` is one way to take part. Whether it is open is worked out from the time now (never a
  stored flag), so a past one drops off the list with no one editing it. It offers a calendar file at
  `calendar.ics` (involvement/ics.py).
- `Submission` keeps only the words, the language and the day. Editors tag it with `Theme`s and link it to
  the "You said, we did" post that answers it; the post then shows how many people raised its theme.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import PageManager, PageViewRestriction, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField

from blog.models import BlogPage
from website.blocks import RICH_TEXT_FEATURES, SHORT_RICH_TEXT_FEATURES
from website.models import BasePage
from website.translations import default_language

from .fields import ChoiceListField
from .ics import opportunity_calendar
from .throttle import allow_submission

ACCESS_CHOICES = [
    ("interpreters", _("Free interpreters")),
    ("childcare", _("Childcare, or help to pay for it")),
    ("step-free", _("Step-free access")),
    ("accessible-toilet", _("Accessible toilet")),
    ("hearing-loop", _("Hearing loop")),
    ("women-only", _("Women only")),
    ("quiet-space", _("A quiet room to take a break")),
    ("food", _("Food and drinks")),
    ("no-id", _("No ID or address needed")),
]


class TakePartIndexPage(RoutablePageMixin, BasePage):
    intro = RichTextField(_("introduction"), features=SHORT_RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["involvement.OpportunityPage"]
    max_count_per_parent = 1
    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("take part index page")

    def opportunities(self):
        """This page's open opportunities: dated ones soonest first, then the ones you can join any time."""
        return public_pages(OpportunityPage.objects.child_of(self).live().open()).order_by(
            F("starts_at").asc(nulls_last=True), "title", "pk"
        )

    def opportunities_in_every_language(self, closed=False):
        """This page's open opportunities and, in another language, the English ones not translated yet
        (marked `in_english`, so the list links them at their English address with the "not translated yet"
        notice). Two queries, whatever the number of opportunities. `closed=True`: the closed ones instead,
        most recent first."""
        english_index = None
        if self.locale.language_code != default_language():
            english_index = (
                TakePartIndexPage.objects.filter(
                    translation_key=self.translation_key, locale__language_code=default_language()
                )
                .only("path", "depth")
                .first()
            )
        pages = OpportunityPage.objects.child_of(self)
        if english_index is not None:
            pages = OpportunityPage.objects.filter(
                OpportunityPage.objects.child_of_q(self) | OpportunityPage.objects.child_of_q(english_index)
            )
        if closed:
            pages = list(
                public_pages(pages.live().closed()).order_by(
                    F("starts_at").desc(nulls_last=True), "title", "pk"
                )
            )
        else:
            pages = list(
                public_pages(pages.live().open()).order_by(F("starts_at").asc(nulls_last=True), "title", "pk")
            )
        own_keys = {page.translation_key for page in pages if page.locale_id == self.locale_id}
        result = []
        for page in pages:
            page.in_english = page.locale_id != self.locale_id
            if not (page.in_english and page.translation_key in own_keys):
                result.append(page)
        return result

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        opportunities = self.opportunities_in_every_language()
        closed = self.opportunities_in_every_language(closed=True)
        language = self.locale.language_code
        for opportunity in opportunities + closed:
            url = opportunity.get_url(request)
            opportunity.list_url = f"{url}?untranslated={language}" if opportunity.in_english else url
        context.update(
            dated=[o for o in opportunities if o.starts_at],
            any_time=[o for o in opportunities if not o.starts_at],
            closed=closed,
            you_said_we_did=latest_you_said_we_did(self.locale_id),
            tell_us_url=(self.get_url(request) or "") + self.reverse_subpage("tell_us"),
        )
        return context

    # The form's POST stores only the words, the language and the day, and needs no account: there is
    # nothing for cross-site request forgery to abuse, and a CSRF check would need a cookie that anonymous
    # visitors must never get. `website.serve.serve` honours this mark; the other routes only read.
    @method_decorator(csrf_exempt)
    def serve(self, request, *args, **kwargs):
        return super().serve(request, *args, **kwargs)

    @path("tell-us/", name="tell_us")
    def tell_us(self, request):
        from .forms import TellUsForm  # here: forms.py imports this module's Submission

        context = self.get_context(request)
        if request.method == "POST":
            form = TellUsForm(request.POST)
            if form.is_valid():
                if not allow_submission(request):
                    context.update(form=form, throttled=True)
                    response = TemplateResponse(request, "involvement/tell_us.html", context, status=429)
                    add_never_cache_headers(response)
                    return response
                Submission.objects.create(text=form.cleaned_data["text"], language=self.locale.language_code)
                return HttpResponse(status=303, headers={"Location": context["tell_us_url"] + "thanks/"})
            response = TemplateResponse(request, "involvement/tell_us.html", dict(context, form=form))
            add_never_cache_headers(response)
            return response
        if request.method not in ("GET", "HEAD"):
            return HttpResponse(status=405, headers={"Allow": "GET, HEAD, POST"})
        return TemplateResponse(request, "involvement/tell_us.html", dict(context, form=TellUsForm()))

    @path("tell-us/thanks/", name="tell_us_thanks")
    def tell_us_thanks(self, request):
        return TemplateResponse(request, "involvement/tell_us_thanks.html", self.get_context(request))


def public_pages(pages):
    """`pages` without those that have a view restriction on them or above them, in the same query (Wagtail's
    `public()` reads every restriction first, in a query of its own)."""
    restricted = PageViewRestriction.objects.annotate(
        prefix=Substr(OuterRef("path"), 1, Length("page__path"))
    ).filter(page__path=F("prefix"))
    return pages.exclude(Exists(restricted))


def latest_you_said_we_did(locale_id, limit=3):
    """The newest live, public "You said, we did" posts in one language. One query."""
    return public_pages(
        BlogPage.objects.live().filter(locale_id=locale_id, kind=BlogPage.KIND_YOU_SAID)
    ).order_by("-date", "-pk")[:limit]


class OpportunityQuerySet(PageQuerySet):
    def open(self, now=None):
        """Still open now: the closing day has not passed, and it has not ended (or started, if it has no end
        time). Ongoing ones (no start) stay open until their closing day."""
        now = now or timezone.now()
        today = timezone.localdate(now)
        return self.filter(
            Q(closes_on__isnull=True) | Q(closes_on__gte=today),
            Q(starts_at__isnull=True) | Q(ends_at__gte=now) | Q(ends_at__isnull=True, starts_at__gte=now),
        )

    def closed(self, now=None):
        """No longer open: the opposite of `open()`."""
        return self.exclude(pk__in=self.open(now).values("pk"))


class OpportunityPage(RoutablePageMixin, BasePage):
    KIND_CHOICES = [
        ("panel", _("Paid panel place")),
        ("drop-in", _("Drop-in meeting")),
        ("consultation", _("Consultation")),
        ("guide-review", _("Reviewing a guide")),
        ("training", _("Training GP trainees")),
    ]
    WHERE_CHOICES = [
        ("in-person", _("In person")),
        ("online", _("Online")),
        ("phone", _("By phone")),
        ("in-person-or-online", _("In person or online")),
    ]

    kind = models.CharField(_("kind"), max_length=20, choices=KIND_CHOICES, default="drop-in")
    what_it_involves = RichTextField(_("what it involves"), features=RICH_TEXT_FEATURES)
    who_it_is_for = models.TextField(
        _("who it is for"), max_length=500, help_text=_("E.g. 'Anyone who has found it hard to see a GP.'")
    )
    starts_at = models.DateTimeField(
        _("starts"), null=True, blank=True, help_text=_("Leave empty if people can join at any time.")
    )
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    closes_on = models.DateField(
        _("closing date"),
        null=True,
        blank=True,
        help_text=_("After this day the page says it has closed and the list no longer shows it."),
    )
    where = models.CharField(_("where"), max_length=20, choices=WHERE_CHOICES, default="in-person")
    address = models.TextField(_("address"), max_length=300, blank=True)
    online_details = models.CharField(
        _("joining online or by phone"),
        max_length=200,
        blank=True,
        help_text=_("E.g. 'We send you a link the day before.' Never put a meeting link here."),
    )
    access = ChoiceListField(_("access"), item_choices=ACCESS_CHOICES)
    access_notes = models.CharField(_("more about access"), max_length=300, blank=True)
    payment = models.CharField(
        _("payment"), max_length=200, help_text=_("E.g. '£20 an hour, in cash or a voucher.' Or 'Unpaid'.")
    )
    expenses = models.CharField(
        _("expenses"), max_length=200, blank=True, help_text=_("E.g. 'We pay your bus fare and childcare.'")
    )
    join_phone = models.CharField(_("phone to join"), max_length=40, blank=True)
    join_email = models.EmailField(_("email to join"), blank=True)
    join_contact = models.CharField(
        _("or ask this person"),
        max_length=200,
        blank=True,
        help_text=_("A named contact at a partner service, e.g. 'Sam at the Wellspring day centre'."),
    )

    objects = PageManager.from_queryset(OpportunityQuerySet)()

    parent_page_types = ["involvement.TakePartIndexPage"]
    subpage_types = []
    # The same in every language: wagtail-localize copies them from the English page.
    override_translatable_fields = [SynchronizedField("address"), SynchronizedField("join_phone")]
    search_fields = BasePage.search_fields + [
        index.SearchField("what_it_involves"),
        index.SearchField("who_it_is_for"),
        index.FilterField("starts_at"),
        index.FilterField("closes_on"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("what_it_involves"),
        FieldPanel("who_it_is_for"),
        MultiFieldPanel(
            [FieldPanel("starts_at"), FieldPanel("ends_at"), FieldPanel("closes_on")], heading=_("When")
        ),
        MultiFieldPanel(
            [FieldPanel("where"), FieldPanel("address"), FieldPanel("online_details")], heading=_("Where")
        ),
        MultiFieldPanel([FieldPanel("access"), FieldPanel("access_notes")], heading=_("Access")),
        MultiFieldPanel([FieldPanel("payment"), FieldPanel("expenses")], heading=_("Payment")),
        MultiFieldPanel(
            [FieldPanel("join_phone"), FieldPanel("join_email"), FieldPanel("join_contact")],
            heading=_("How to join"),
        ),
    ]

    class Meta:
        verbose_name = _("way to take part")
        verbose_name_plural = _("ways to take part")

    def clean(self):
        super().clean()
        errors = {}
        if self.ends_at and not self.starts_at:
            errors["starts_at"] = _("Please add when it starts, or leave the end empty.")
        elif self.ends_at and self.starts_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The end must be after the start.")
        if self.where in ("in-person", "in-person-or-online") and not self.address.strip():
            errors["address"] = _("Please add the address, so people can find it.")
        if not (self.join_phone.strip() or self.join_email.strip() or self.join_contact.strip()):
            errors["join_phone"] = _("Please add a phone number, an email or a person to ask.")
        if errors:
            raise ValidationError(errors)

    def is_open(self, now=None):
        now = now or timezone.now()
        if self.closes_on and self.closes_on < timezone.localdate(now):
            return False
        if self.starts_at is None:
            return True
        return (self.ends_at or self.starts_at) >= now

    def access_labels(self):
        return self._meta.get_field("access").labels(self.access)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["open"] = self.is_open()
        if self.starts_at:
            context["calendar_url"] = (self.get_url(request) or "") + self.reverse_subpage("calendar")
        return context

    @path("calendar/", name="calendar")
    def calendar(self, request):
        """The opportunity as an iCalendar file (RFC 5545). The same for everyone: cacheable, no cookie."""

        if not self.starts_at or request.method not in ("GET", "HEAD"):
            raise Http404
        response = HttpResponse(
            opportunity_calendar(self, request), content_type="text/calendar; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response


@register_snippet
class Theme(TranslatableMixin, models.Model):
    """Something many people find hard, e.g. 'Being asked for ID at reception'. Editors tag submissions."""

    name = models.CharField(_("name"), max_length=120)
    description = models.CharField(_("description"), max_length=300, blank=True)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]

    def __str__(self):
        return self.name


def submission_keep_days():
    return int(getattr(settings, "INVOLVEMENT_KEEP_SUBMISSIONS_DAYS", 365))


class Submission(models.Model):
    """One anonymous "tell us what's hard". Only the words, the language and the day: no name, no contact,
    no IP address, no time of day."""

    text = models.TextField(_("what they told us"), max_length=2000)
    language = models.CharField(_("language"), max_length=12)
    date = models.DateField(_("date"), default=timezone.localdate, db_index=True)
    themes = models.ManyToManyField(Theme, blank=True, related_name="submissions", verbose_name=_("themes"))
    post = models.ForeignKey(
        BlogPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("answered by"),
        help_text=_("The 'You said, we did' post that answers this, in English."),
    )

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return self.text[:60]

    @classmethod
    def older_than(cls, days=None, today=None):
        today = today or timezone.localdate()
        return cls.objects.filter(date__lt=today - datetime.timedelta(days=days or submission_keep_days()))


def people_who_raised(post):
    """How many submissions a post answers: those linked to it (in any language) and those tagged with a
    theme of a linked one. One query."""
    linked = Submission.objects.filter(post__translation_key=post.translation_key)
    themes = Theme.objects.filter(submissions__in=linked).values("pk")
    return (
        Submission.objects.filter(Q(post__translation_key=post.translation_key) | Q(themes__in=themes))
        .distinct()
        .count()
    )
