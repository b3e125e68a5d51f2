"""Blocks for the personal snapshot: the questions a visitor answers about what helps them at appointments.

Each kind of question renders through `components/blocks/snapshot_question.html`, which takes flat variables
(see `SnapshotPage.snapshot_questions`); in the admin preview the block builds them from its own value.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ...snapshot import snapshot_question


class SnapshotQuestionBlock(blocks.StructBlock):
    """What every kind of snapshot question has: the question, an optional hint and the options."""

    question = blocks.CharBlock(
        label=_("Question"),
        max_length=200,
        help_text=_("Write it the way the person would say it, e.g. 'Things that help me at appointments'."),
    )
    hint = blocks.CharBlock(
        label=_("Hint (optional)"),
        max_length=300,
        required=False,
        help_text=_("A few words that help people answer, e.g. 'Choose as many as you like.'"),
    )

    kind = ""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context.update(snapshot_question(self.kind, "preview", value).as_context())
        return context

    class Meta:
        template = "components/blocks/snapshot_question.html"


class ChoiceQuestionBlock(SnapshotQuestionBlock):
    options = blocks.ListBlock(
        blocks.CharBlock(label=_("Option"), max_length=120),
        label=_("Options"),
        min_num=2,
        help_text=_("Short answers people can pick, e.g. 'A longer appointment'."),
    )
    other = blocks.BooleanBlock(
        label=_("Add a box for 'Something else'"),
        required=False,
        help_text=_("Lets people write an answer that is not in the list."),
    )


class ChooseOneBlock(ChoiceQuestionBlock):
    kind = "choose_one"

    class Meta:
        icon = "radio-full"
        label = _("Question: choose one")
        description = _("People pick one answer from a list, e.g. 'Woman', 'Man' or 'No preference'.")
        preview_value = {
            "question": "I would like to see a clinician who is a",
            "hint": "",
            "options": ["Woman", "Man", "No preference"],
            "other": False,
        }


class ChooseAnyBlock(ChoiceQuestionBlock):
    kind = "choose_any"

    class Meta:
        icon = "tasks"
        label = _("Question: choose any")
        description = _("People tick as many answers as they like from a list.")
        preview_value = {
            "question": "Things that help me at appointments",
            "hint": "Choose as many as you like.",
            "options": ["A longer appointment", "A support worker with me"],
            "other": True,
        }


class ShortTextBlock(SnapshotQuestionBlock):
    kind = "short_text"

    options = blocks.ListBlock(
        blocks.CharBlock(label=_("Box label"), max_length=120),
        label=_("Boxes (optional)"),
        default=[],
        help_text=_(
            "Leave empty for one box. Add a label for each box if the answer has parts, "
            "e.g. 'Name' and 'Phone number'."
        ),
    )

    class Meta:
        icon = "edit"
        label = _("Question: short answer")
        description = _("People write a short answer in their own words (up to 300 letters).")
        preview_value = {"question": "The name I like to be called", "hint": "", "options": []}


def snapshot_question_blocks():
    return [
        ("choose_one", ChooseOneBlock()),
        ("choose_any", ChooseAnyBlock()),
        ("short_text", ShortTextBlock()),
    ]
