"""The reflection record of a training module: date, course, module, learning outcomes and answers.

Nothing here stores or logs anything (see resources.printable). The plain-text shape is meant to be pasted
into a GP trainee's learning log.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from .printable import clean_text

ANSWER_MAX_LENGTH = 4000


@dataclass
class Reflection:
    number: int
    name: str
    question: str
    hint: str = ""
    answer: str = ""
    cut: bool = False


def reflections(stream, data=None):
    """One Reflection per reflective question block, with the visitor's answer read from POST data."""
    found = []
    for number, block in enumerate(stream, start=1):
        item = Reflection(
            number=number,
            name=f"answer-{number}",
            question=block.value.get("question") or "",
            hint=block.value.get("hint") or "",
        )
        if data is not None:
            item.answer, item.cut = clean_text(data.get(item.name, ""), ANSWER_MAX_LENGTH, lines=True)
        found.append(item)
    return found


def text_lines(module, course, outcomes, items, date):
    """The record as lines of plain text, with the headings a learning log entry asks for."""
    lines = [_("Reflection record"), "", _("Date:") + " " + date["local"]]
    if course is not None:
        lines.append(_("Course:") + " " + course.title)
    lines.append(_("Module:") + " " + module.title)
    lines += ["", _("Learning outcomes")]
    lines += [f"- {outcome}" for outcome in outcomes]
    lines += ["", _("My reflections")]
    for item in items:
        lines += ["", f"{item.number}. {item.question}"]
        lines += [item.answer or _("(Not answered)")]
    return lines
