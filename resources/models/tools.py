"""Tools a visitor uses at the practice: the personal snapshot. (The reception and language cards are
views of guides and of the interface's own words: see resources/views.py.)"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from website.blocks import SHORT_RICH_TEXT_FEATURES
from website.models import BasePage
from website.translations import default_language, english_source

from .. import snapshot
from ..blocks.tools.snapshot import snapshot_question_blocks
from ..printable import PrintableFormPage


class SnapshotPage(PrintableFormPage, BasePage):
    """The personal snapshot: a visitor says what helps them at appointments, then prints or saves it.

    The server never keeps the answers. With JavaScript, the printable summary is built in the browser
    and nothing is sent. Without it, the form is posted here and the same summary comes back, marked
    `no-store`; nothing is saved and nothing is logged (see resources.printable).
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
    printable_filename = "my-snapshot.txt"
    printable_template = "components/snapshot_summary.html"
    printable_script = "website/js/snapshot.js"
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("questions")]

    class Meta:
        verbose_name = _("personal snapshot page")

    def snapshot_questions(self, data=None):
        source = english_source(self, SnapshotPage, fields=("id", "questions"), live=False)
        questions = snapshot.build_questions(self.questions, source.questions if source else None)
        if data is not None:
            for question in questions:
                question.read(data)
        return questions

    @property
    def bilingual(self):
        return self.locale.language_code != default_language()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("snapshot_questions", self.snapshot_questions())
        context["bilingual"] = self.bilingual
        context["english"] = snapshot.english_strings()
        return context

    def printable_answers(self, data):
        questions = self.snapshot_questions(data)
        items = snapshot.summary_items(questions)
        return {
            "snapshot_questions": questions,
            "items": items,
            "any_cut": any(a.cut for item in items for a in item["answers"]),
            "hidden_fields": snapshot.hidden_fields(questions),
        }

    def printable_lines(self, answers, date):
        return snapshot.text_lines(self.title, answers["items"], date, self.bilingual)
