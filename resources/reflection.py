"""The reflection record of a training module: date, course, module, learning outcomes and answers.

Nothing here stores or logs anything. With JavaScript the record is built in the browser and never sent;
without it the form is posted to the module page, and the same record comes back marked `no-store`.
The plain-text shape is meant to be pasted into a GP trainee's learning log.
"""

import unicodedata
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from website.dates import local_date

ANSWER_MAX_LENGTH = 4000
JOINERS = {"\u200c", "\u200d"}


@dataclass
class Reflection:
    number: int
    name: str
    question: str
    hint: str = ""
    answer: str = ""
    cut: bool = False


def clean_answer(raw):
    """Keep letters, numbers, punctuation, spaces and line breaks; drop control characters. (text, was_cut)"""
    kept = []
    for ch in str(raw)[: ANSWER_MAX_LENGTH * 2].replace("\r\n", "\n").replace("\r", "\n"):
        category = unicodedata.category(ch)
        if ch == "\n" or ch in JOINERS or category[0] in "LMNPS":
            kept.append(ch)
        elif category[0] == "Z" or ch == "\t":
            kept.append(" ")
    lines = [" ".join(line.split()) for line in "".join(kept).split("\n")]
    text = "\n".join(lines).strip()
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    if len(text) > ANSWER_MAX_LENGTH:
        return text[:ANSWER_MAX_LENGTH].rstrip(), True
    return text, False


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
            item.answer, item.cut = clean_answer(data.get(item.name, ""))
        found.append(item)
    return found


def today():
    date = timezone.localdate()
    return {"iso": date.isoformat(), "local": local_date(date)}


def as_text(module, course, outcomes, items, date):
    """The record as plain text, with the headings a learning log entry asks for."""
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
    return "\ufeff" + "\n".join(lines) + "\n"
