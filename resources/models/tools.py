"""Tools a visitor uses at the practice: the personal snapshot. (The reception and language cards are
views of guides and of the interface's own words: see resources/views.py.)"""

from http import HTTPMethod

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.http import HttpResponse, QueryDict
from django.http.multipartparser import MultiPartParserError
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.utils.translation import get_supported_language_variant
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from website.blocks import SHORT_RICH_TEXT_FEATURES
from website.models import BasePage

from .. import snapshot
from ..blocks.tools.snapshot import snapshot_question_blocks


class SnapshotPage(BasePage):
    """The personal snapshot: a visitor says what helps them at appointments, then prints or saves it.

    The server never keeps the answers. With JavaScript, the printable summary is built in the browser
    and nothing is sent. Without it, the form is posted here and the same summary comes back, marked
    `no-store`; nothing is saved and nothing is logged.
    """

    intro = RichTextField(
        _("introduction"),
        features=SHORT_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Say what the snapshot is for and who to show it to."),
    )
    questions = StreamField(
        snapshot_question_blocks(),
        verbose_name=_("questions"),
        help_text=_("Every question is optional for the person filling it in. Keep each one short."),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS, HTTPMethod.POST]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("questions")]

    class Meta:
        verbose_name = _("personal snapshot page")

    def english_source(self):
        """The English page this one was translated from (one query), or None for the English page."""
        code = get_supported_language_variant(settings.LANGUAGE_CODE)
        if self.locale.language_code == code:
            return None
        return (
            SnapshotPage.objects.filter(translation_key=self.translation_key, locale__language_code=code)
            .only("id", "questions")
            .first()
        )

    def snapshot_questions(self, data=None):
        source = self.english_source()
        questions = snapshot.build_questions(self.questions, source.questions if source else None)
        if data is not None:
            for question in questions:
                question.read(data)
        return questions

    @property
    def bilingual(self):
        return self.locale.language_code != get_supported_language_variant(settings.LANGUAGE_CODE)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("snapshot_questions", self.snapshot_questions())
        context["bilingual"] = self.bilingual
        context["english"] = snapshot.english_strings()
        return context

    # A snapshot POST changes nothing on the server: the answers come back as a printable page and are
    # then forgotten. So there is nothing for cross-site request forgery to abuse, and a CSRF check would
    # need a cookie that anonymous visitors must never get. `website.serve.serve` (the page view) honours
    # this mark; every other page type keeps Django's CSRF check.
    @method_decorator(csrf_exempt)
    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        return self.serve_snapshot(request)

    def serve_snapshot(self, request):
        too_much = False
        try:
            data = request.POST
        except (SuspiciousOperation, MultiPartParserError):
            # Too many fields or too much data: answer gently with an empty summary, log nothing.
            data, too_much = QueryDict(), True
        questions = self.snapshot_questions(data)
        items = snapshot.summary_items(questions)
        action = data.get("action", "")
        date = snapshot.made_on()
        if action == "download":
            response = HttpResponse(
                snapshot.as_text(self.title, items, date, self.bilingual),
                content_type="text/plain; charset=utf-8",
            )
            response["Content-Disposition"] = 'attachment; filename="my-snapshot.txt"'
        elif action == "edit":
            context = self.get_context(request)
            context["snapshot_questions"] = questions
            response = TemplateResponse(request, self.get_template(request), context)
        else:
            context = self.get_context(request)
            context.update(
                snapshot_questions=questions,
                items=items,
                date=date,
                too_much=too_much,
                any_cut=any(a.cut for item in items for a in item["answers"]),
            )
            response = TemplateResponse(request, "resources/snapshot_summary_page.html", context)
        add_never_cache_headers(response)
        return response
