"""The personal snapshot form: questions in the visitor's language with their English copy, and answers.

Nothing here stores, logs or raises. Answers are read from the POST data gently: anything unexpected is
ignored, and text longer than `ANSWER_MAX_LENGTH` is cut (and marked, so the page can say so).
"""

from dataclasses import dataclass, field

from django.utils import translation
from django.utils.translation import gettext as _

from .printable import clean_text

ANSWER_MAX_LENGTH = 300


@dataclass
class Choice:
    index: int
    id: str
    text: str
    en: str
    checked: bool = False


@dataclass
class Box:
    """A text box. `label` is empty when the question itself is the box's label."""

    name: str
    id: str
    label: str = ""
    label_en: str = ""
    value: str = ""
    cut: bool = False


@dataclass
class Answer:
    text: str
    en: str
    label: str = ""
    label_en: str = ""
    free: bool = False  # written by the visitor, so the same words go in both columns
    cut: bool = False


@dataclass
class Question:
    kind: str
    name: str
    text: str
    text_en: str
    hint: str = ""
    choices: list[Choice] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)
    other: Box | None = None

    @property
    def multiple(self):
        return self.kind == "choose_any"

    def as_context(self):
        """Flat variables for `components/blocks/snapshot_question.html`."""
        return {
            "kind": self.kind,
            "name": self.name,
            "question": self.text,
            "question_en": self.text_en,
            "hint": self.hint,
            "choices": self.choices,
            "boxes": self.boxes,
            "other": self.other,
        }

    def read(self, data):
        """Take this question's answers from POST data. Unknown or repeated values are ignored."""
        picked = set()
        for raw in data.getlist(self.name)[: len(self.choices)]:
            index = choice_index(raw, len(self.choices))
            if index is not None and (self.multiple or not picked):
                picked.add(index)
        for choice in self.choices:
            choice.checked = choice.index in picked
        for box in self.boxes + ([self.other] if self.other else []):
            box.value, box.cut = clean_text(data.get(box.name, ""), ANSWER_MAX_LENGTH)

    def answers(self):
        found = [Answer(text=c.text, en=c.en) for c in self.choices if c.checked]
        for box in self.boxes + ([self.other] if self.other else []):
            if box.value:
                found.append(
                    Answer(
                        text=box.value,
                        en=box.value,
                        label=box.label,
                        label_en=box.label_en,
                        free=True,
                        cut=box.cut,
                    )
                )
        return found


def choice_index(raw, count):
    raw = str(raw).strip()
    if not raw.isascii() or not raw.isdigit() or len(raw) > 4:
        return None
    index = int(raw)
    return index if index < count else None


def english_value(value, english, key):
    if english is None:
        return value.get(key) or ""
    return english.get(key) or value.get(key) or ""


def snapshot_question(kind, block_id, value, english=None):
    """Build the question a visitor sees from one stream block (and its English source block)."""
    name = f"q-{block_id}"
    options = list(value.get("options") or [])
    options_en = list(english.get("options") or []) if english is not None else []
    question = Question(
        kind=kind,
        name=name,
        text=value.get("question") or "",
        text_en=english_value(value, english, "question"),
        hint=value.get("hint") or "",
    )

    def en(i, text):
        return options_en[i] if i < len(options_en) and options_en[i] else text

    if kind in ("choose_one", "choose_any"):
        question.choices = [
            Choice(index=i, id=f"{name}-{i}", text=str(text), en=str(en(i, text)))
            for i, text in enumerate(options)
        ]
        if value.get("other"):
            with translation.override("en"):
                other_en = _("Something else")
            question.other = Box(
                name=f"{name}-other", id=f"{name}-other", label=_("Something else"), label_en=other_en
            )
    elif options:
        question.boxes = [
            Box(name=f"{name}-{i}", id=f"{name}-{i}", label=str(text), label_en=str(en(i, text)))
            for i, text in enumerate(options)
        ]
    else:
        question.boxes = [Box(name=name, id=name)]
    return question


def english_blocks(stream):
    """The English source's blocks, by block id and by position, to pair with a translation's blocks."""
    if stream is None:
        return {}, []
    blocks = list(stream)
    return {b.id: b for b in blocks}, blocks


def hidden_fields(questions):
    """The answers as (name, value) pairs, for the buttons that post them again."""
    fields = []
    for question in questions:
        fields += [(question.name, choice.index) for choice in question.choices if choice.checked]
        boxes = question.boxes + ([question.other] if question.other else [])
        fields += [(box.name, box.value) for box in boxes if box.value]
    return fields


def build_questions(stream, english_stream=None):
    by_id, by_position = english_blocks(english_stream)
    questions = []
    for position, block in enumerate(stream):
        source = by_id.get(block.id)
        if source is None and position < len(by_position):
            source = by_position[position]
        english = source.value if source is not None and source.block_type == block.block_type else None
        if english_stream is None:
            english = None
        questions.append(snapshot_question(block.block_type, block.id, block.value, english))
    return questions


def summary_items(questions):
    return [
        {"question": q.text, "question_en": q.text_en, "answers": answers}
        for q in questions
        if (answers := q.answers())
    ]


def english_strings():
    """The words of the printable page, in English, for the practice's copy."""
    with translation.override("en"):
        return {
            "title": _("My personal snapshot"),
            "made_on": _("Made on:"),
            "copy": _("English copy for the practice"),
            "cut": _("This answer was too long, so we cut it to 300 letters."),
        }


def text_lines(title, items, date, bilingual):
    """The printable page as lines of plain text, for the download without JavaScript."""
    en = english_strings()
    lines = [title, _("Made on:") + " " + date["local"]]
    if bilingual:
        lines += ["", en["title"] + " – " + en["copy"], en["made_on"] + " " + date["en"]]
    for number, item in enumerate(items, start=1):
        lines += ["", f"{number}. {item['question']}"]
        lines += [f"   - {answer_line(a.label, a.text)}" for a in item["answers"]]
        if bilingual:
            lines += [f"   {number}. {item['question_en']}"]
            lines += [f"     - {answer_line(a.label_en, a.en)}" for a in item["answers"]]
    return lines


def answer_line(label, text):
    return f"{label}: {text}" if label else text
