"""Training for GP trainees and practices: courses, their modules and practice checklists."""

from django.db import models
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.csrf import csrf_exempt
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from website.blocks import SHORT_RICH_TEXT_FEATURES
from website.middleware import public_csp
from website.models import BasePage
from website.translations import english_version, reader_language, reader_url, translated_first

from .. import reflection
from ..blocks import training as training_blocks
from ..printable import PrintableFormPage, date_stamp


def format_minutes(minutes):
    """'1 hour 45 minutes', in the active language."""
    hours, rest = divmod(int(minutes or 0), 60)
    parts = []
    if hours:
        parts.append(ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours})
    if rest or not hours:
        parts.append(ngettext("%(count)d minute", "%(count)d minutes", rest) % {"count": rest})
    return " ".join(parts)


class TrainingIndexPage(BasePage):
    """The training section: courses for GP trainees and practices, and practice tools."""

    asks_for_feedback = True

    intro = RichTextField(_("introduction"), features=SHORT_RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.TrainingCoursePage", "resources.ChecklistPage"]
    max_count_per_parent = 1
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("training index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Every course and tool: this language's first, then the English ones, marked as English.
        language = reader_language(self, request)
        children = translated_first(
            Page.objects.child_of(english_version(self)).live(), language, public=False
        ).order_by("in_english", "path")
        private = set(children.not_public().values_list("pk", flat=True))
        in_english = {pk for pk, english in children.values_list("pk", "in_english") if english}
        children = list(children.specific())
        for child in children:
            child.trainee_only = child.pk in private
            child.in_english = child.pk in in_english
            child.reader_url = reader_url(child, request, language)
        context["courses"] = [c for c in children if isinstance(c, TrainingCoursePage)]
        context["tools"] = [c for c in children if isinstance(c, ChecklistPage)]
        return context


class TrainingCoursePage(BasePage):
    """A course made of modules, e.g. trauma-informed primary care for GP trainees."""

    asks_for_feedback = True

    audience = models.CharField(
        _("who it is for"),
        max_length=250,
        help_text=_("e.g. 'GP trainees in their first or second year, and their educators'."),
    )
    aims = RichTextField(
        _("aims"),
        features=SHORT_RICH_TEXT_FEATURES + ["ul"],
        help_text=_("What the course is for, as a short list."),
    )
    how_to_run = RichTextField(
        _("how to run it"),
        features=SHORT_RICH_TEXT_FEATURES + ["ul", "ol"],
        blank=True,
        help_text=_("Format, group size, room or online, and whether modules can be used on their own."),
    )
    facilitator_requirements = RichTextField(
        _("who can facilitate"),
        features=SHORT_RICH_TEXT_FEATURES + ["ul"],
        blank=True,
        help_text=_("Who should run it, what they need to prepare, and the support they need afterwards."),
    )

    parent_page_types = ["resources.TrainingIndexPage"]
    subpage_types = ["resources.TrainingModulePage", "resources.ChecklistPage"]
    show_review_dates = True
    search_fields = BasePage.search_fields + [
        index.SearchField("audience"),
        index.SearchField("aims"),
        index.SearchField("how_to_run"),
    ]
    content_panels = (
        BasePage.content_panels
        + [
            FieldPanel("audience"),
            FieldPanel("aims"),
            FieldPanel("how_to_run"),
            FieldPanel("facilitator_requirements"),
        ]
        + BasePage.review_panels
    )

    class Meta:
        verbose_name = _("training course")

    # Routes its children as Wagtail does (the override only hands the module its course), so website/routing.py
    # may find them in one query.
    tree_route = True

    def route(self, request, path_components):
        result = super().route(request, path_components)
        if len(path_components) == 1 and isinstance(result[0], TrainingModulePage):
            result[0]._routed_from = self  # saves the module a query for its course
        return result

    def modules(self):
        """Live modules in order, each marked `trainee_only` if it is private (three queries)."""
        modules = TrainingModulePage.objects.child_of(self).live()
        private = set(modules.not_public().values_list("pk", flat=True))
        modules = list(modules.order_by("path"))
        for number, module in enumerate(modules, start=1):
            module.number = number
            module.trainee_only = module.pk in private
        return modules

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        modules = self.modules()
        total = sum(m.duration for m in modules)
        context.update(
            modules=modules,
            total_minutes=total,
            total_time=format_minutes(total),
            tools=list(ChecklistPage.objects.child_of(self).live().order_by("path")),
        )
        return context


class TrainingModulePage(PrintableFormPage, BasePage):
    """One session of a course: outcomes, a timed plan, notes, handouts, video, reflection and reading."""

    asks_for_feedback = True

    learning_outcomes = StreamField(
        [("outcome", blocks.CharBlock(label=_("Learning outcome"), max_length=240))],
        verbose_name=_("learning outcomes"),
        min_num=1,
        help_text=_("Start each with a verb, e.g. 'Explain why…'. Three to five is plenty."),
    )
    session_plan = StreamField(
        [("activity", training_blocks.ActivityBlock())],
        verbose_name=_("session plan"),
        min_num=1,
        help_text=_("The activities in order, each with its minutes. The module's length is their total."),
    )
    facilitator_notes = RichTextField(
        _("notes for facilitators"),
        features=["bold", "italic", "link", "document-link", "ul", "ol"],
        blank=True,
        help_text=_("What can go wrong, how to handle upset or disclosure, and where to signpost people."),
    )
    handouts = StreamField(
        [("handout", training_blocks.HandoutBlock())],
        verbose_name=_("handouts and slides"),
        blank=True,
    )
    video = StreamField(
        [("video", training_blocks.VideoBlock())],
        verbose_name=_("video"),
        blank=True,
        max_num=1,
        help_text=_("Optional. A video always needs a transcript."),
    )
    reflective_questions = StreamField(
        [("question", training_blocks.ReflectiveQuestionBlock())],
        verbose_name=_("reflective questions"),
        blank=True,
        help_text=_(
            "Visitors can answer these on the page and print or download their answers. We never keep them."
        ),
    )
    further_reading = StreamField(
        [("reading", training_blocks.ReadingBlock())],
        verbose_name=_("further reading"),
        blank=True,
    )

    parent_page_types = ["resources.TrainingCoursePage"]
    subpage_types = []
    show_review_dates = True
    printable_filename = "reflection-record.txt"
    printable_template = "components/reflection_record.html"
    printable_script = "website/js/training.js"
    search_fields = BasePage.search_fields + [
        index.SearchField("learning_outcomes"),
        index.SearchField("session_plan"),
    ]
    content_panels = (
        BasePage.content_panels
        + [
            FieldPanel("learning_outcomes"),
            FieldPanel("session_plan"),
            FieldPanel("facilitator_notes"),
            FieldPanel("handouts"),
            FieldPanel("video"),
            FieldPanel("reflective_questions"),
            FieldPanel("further_reading"),
        ]
        + BasePage.review_panels
    )

    class Meta:
        verbose_name = _("training module")

    @property
    def duration(self):
        return sum(int(block.value.get("minutes") or 0) for block in self.session_plan)

    @property
    def duration_text(self):
        return format_minutes(self.duration)

    def outcomes(self):
        return [str(block.value) for block in self.learning_outcomes]

    def schedule(self):
        """The session plan with each activity's start and end, counted from the start of the session."""
        start, rows = 0, []
        for block in self.session_plan:
            minutes = int(block.value.get("minutes") or 0)
            rows.append({"block": block, "start": start, "end": start + minutes, "minutes": minutes})
            start += minutes
        return rows

    def course(self):
        """The course this module belongs to: the one that routed the request here, else one query."""
        if getattr(self, "_routed_from", None) is None:
            self._routed_from = TrainingCoursePage.objects.filter(path=self.path[: -self.steplen]).first()
        return self._routed_from

    def get_view_restrictions(self):
        """Wagtail asks this before serving; remembered so the page can say it is for trainees only."""
        if not hasattr(self, "_view_restrictions"):
            restrictions = super().get_view_restrictions()
            len(restrictions)  # evaluated once: later iteration, bool() and .exists() use the result cache
            self._view_restrictions = restrictions
        return self._view_restrictions

    def video_links(self):
        for block in self.video:
            links = training_blocks.video_links(block.value.get("url"))
            if links:
                return links
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        course = self.course()
        siblings = list(
            TrainingModulePage.objects.sibling_of(self)
            .live()
            .order_by("path")
            .only("id", "title", "path", "url_path", "depth")
        )
        ids = [p.pk for p in siblings]
        if self.pk in ids:
            i = ids.index(self.pk)
            context["previous_page"] = siblings[i - 1] if i > 0 else None
            context["next_page"] = siblings[i + 1] if i + 1 < len(siblings) else None
            context["module_number"] = i + 1
            context["module_count"] = len(siblings)
        context.setdefault("reflections", reflection.reflections(self.reflective_questions))
        context.update(
            course=course,
            schedule=self.schedule(),
            outcomes=self.outcomes(),
            contents=self.contents(),
            trainee_only=bool(self.get_view_restrictions()),
            date=date_stamp(),
        )
        return context

    def contents(self):
        """The sections this module has, for its contents list."""
        sections = [
            ("outcomes", _("Learning outcomes"), True),
            ("session-plan", _("Session plan"), True),
            ("handouts", _("Handouts and slides"), bool(self.handouts)),
            ("video", _("Video"), bool(self.video)),
            ("facilitator-notes", _("Notes for facilitators"), bool(self.facilitator_notes)),
            ("reflection", _("Reflect on this module"), bool(self.reflective_questions)),
            ("further-reading", _("Further reading"), bool(self.further_reading)),
        ]
        return [{"anchor": anchor, "text": text} for anchor, text, present in sections if present]

    def printable_answers(self, data):
        items = reflection.reflections(self.reflective_questions, data)
        return {
            "reflections": items,
            "any_cut": any(i.cut for i in items),
            "hidden_fields": [(item.name, item.answer) for item in items],
        }

    def printable_lines(self, answers, date):
        return reflection.text_lines(self, self.course(), self.outcomes(), answers["reflections"], date)

    # Still exempt from the CSRF check, as PrintableFormPage.serve is: `website.serve.serve` looks for the
    # mark on the page's own serve method.
    @method_decorator(csrf_exempt)
    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        links = self.video_links()
        if links:
            response["Content-Security-Policy"] = public_csp(frame_src=[links["frame_src"]])
        return response


class ChecklistPage(BasePage):
    """Actions a practice can tick through on screen and print, e.g. a Safe Surgeries-style checklist."""

    asks_for_feedback = True

    intro = RichTextField(_("introduction"), features=SHORT_RICH_TEXT_FEATURES + ["ul"], blank=True)
    sections = StreamField(
        [("section", training_blocks.ChecklistSectionBlock())],
        verbose_name=_("checklist"),
        min_num=1,
        help_text=_("Group the actions under short headings. Each action gets its own tick box."),
    )

    parent_page_types = ["resources.TrainingIndexPage", "resources.TrainingCoursePage"]
    subpage_types = []
    show_review_dates = True
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("sections")]
    content_panels = (
        BasePage.content_panels + [FieldPanel("intro"), FieldPanel("sections")] + BasePage.review_panels
    )

    class Meta:
        verbose_name = _("checklist page")

    def numbered_sections(self):
        """Sections with a stable id for every tick box, and the number of actions."""
        found, count = [], 0
        for s, block in enumerate(self.sections, start=1):
            items = []
            for i, item in enumerate(block.value["items"], start=1):
                count += 1
                items.append({"id": f"action-{s}-{i}", "action": item["action"], "detail": item["detail"]})
            found.append({"heading": block.value["heading"], "id": f"section-{s}", "items": items})
        return found, count

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["checklist"], context["action_count"] = self.numbered_sections()
        return context
