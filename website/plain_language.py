"""Plain-language checks: what the editor's Checks panel, the review screen and the report show.

The checks read a page's own words (title, summary and every text, heading and rich-text block), not the
rendered page, so they give the same answer in the editor, on the review screen and in the report. They only
warn: nothing here ever stops a save.

- **Long sentences**: more than `sentence` words (`characters` for Chinese, which has no spaces).
- **Long paragraphs**: more than `paragraph` words or characters.
- **Passive voice** (English only): a form of "be" followed by a past participle ("is checked").
- **Reading age** (English only): the Flesch-Kincaid grade of the whole text plus 5 (a UK reading age).
  Syllables are counted as groups of vowels (a silent final "e" not counted, at least one a word), which
  is close enough to tell a hard page from an easy one. NHS guidance aims for a reading age of 9 to 11.
- **Glossary**: words from the plain-language glossary in the page's language, with the plain word to use.
"""

import html
import re
from dataclasses import dataclass, field

from django.utils.html import strip_tags
from django.utils.translation import gettext as _

# Limits per language. Alphabetic scripts count words; Chinese counts characters.
DEFAULT_LIMITS = {"unit": "words", "sentence": 25, "paragraph": 80}
LIMITS = {"zh-hans": {"unit": "characters", "sentence": 40, "paragraph": 150}}
READING_AGE_TARGET = 11

# Full stops and question marks of our scripts: Latin, Arabic (؟), Urdu (۔), Bengali (।), Chinese (。！？),
# Ethiopic for Tigrinya (። ፧).
SENTENCE_END = re.compile(r"(?<=[.!?؟۔।。！？።፧])[\"'”’)\]]*\s+|(?<=[。！？])|\n+")
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,:]\d+)*", re.UNICODE)
BLOCK_TAGS = re.compile(r"</?(?:p|li|h[1-6]|ul|ol|blockquote|br)\b[^>]*>", re.IGNORECASE)

IRREGULAR_PARTICIPLES = (
    "born bought brought built chosen done drawn driven eaten fed felt found forgotten given gone grown "
    "heard held hidden hit hurt kept known laid led left lent lost made meant met paid put read run said "
    "seen sent set shown shut sold spoken spent stolen struck taken taught thought told torn understood "
    "woken worn won written"
).split()
PASSIVE = re.compile(
    r"\b(?:am|is|are|was|were|be|been|being|isn't|aren't|wasn't|weren't)\s+(?:\w+ly\s+)?"
    r"(?:\w{2,}ed|" + "|".join(IRREGULAR_PARTICIPLES) + r")\b",
    re.IGNORECASE,
)
# Words ending in -ed that are usually adjectives after "be", not a passive.
NOT_PASSIVE = {"tired", "worried", "scared", "interested", "pleased", "excited", "married", "need", "used"}


def limits_for(language):
    return LIMITS.get((language or "").lower(), DEFAULT_LIMITS)


def length(text, unit):
    if unit == "characters":
        return len(HAN.findall(text)) + len(WORD.findall(HAN.sub(" ", text)))
    return len(WORD.findall(text))


def sentences(text):
    return [s.strip() for s in SENTENCE_END.split(text) if s and s.strip()]


def syllables(word):
    word = word.lower()
    groups = re.findall(r"[aeiouy]+", word)
    count = len(groups)
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(count, 1)


def reading_age(paragraphs):
    """UK reading age of English text (Flesch-Kincaid grade + 5), or None below 30 words."""
    all_sentences = [s for p in paragraphs for s in sentences(p)]
    words = [w for s in all_sentences for w in WORD.findall(s) if not w[0].isdigit()]
    if len(words) < 30 or not all_sentences:
        return None
    grade = 0.39 * len(words) / len(all_sentences) + 11.8 * sum(map(syllables, words)) / len(words) - 15.59
    return max(5, round(grade + 5))


def passive_phrases(sentence):
    return [
        m.group(0) for m in PASSIVE.finditer(sentence) if m.group(0).split()[-1].lower() not in NOT_PASSIVE
    ]


def excerpt(text, size=90):
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


# --- Reading a page's words ----------------------------------------------------------------------------


def rich_text_paragraphs(source):
    return [html.unescape(strip_tags(part)).strip() for part in BLOCK_TAGS.split(source or "")]


def block_paragraphs(block, value):
    from wagtail import blocks
    from wagtail.rich_text import RichText

    if value is None:
        return []
    if isinstance(block, blocks.StreamBlock) or isinstance(value, blocks.StreamValue):
        return [p for child in value for p in block_paragraphs(child.block, child.value)]
    if isinstance(block, blocks.ListBlock):
        return [p for item in value for p in block_paragraphs(block.child_block, item)]
    if isinstance(block, blocks.StructBlock):
        return [
            p for name, child in block.child_blocks.items() for p in block_paragraphs(child, value.get(name))
        ]
    if isinstance(block, blocks.RichTextBlock) or isinstance(value, RichText):
        return rich_text_paragraphs(getattr(value, "source", value))
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)) and isinstance(value, str):
        return re.split(r"\n\s*\n", value)
    return []


def page_paragraphs(page):
    """Every piece of text a reader sees in the page's own fields, one paragraph an item."""
    from wagtail.fields import RichTextField, StreamField

    paragraphs = [page.title, getattr(page, "summary", "")]
    for model_field in page._meta.get_fields():
        value = getattr(page, model_field.name, None) if hasattr(model_field, "attname") else None
        if isinstance(model_field, StreamField) and value is not None:
            paragraphs += block_paragraphs(model_field.stream_block, value)
        elif isinstance(model_field, RichTextField):
            paragraphs += rich_text_paragraphs(value)
    return [p.strip() for p in paragraphs if p and p.strip()]


# --- The checks ----------------------------------------------------------------------------------------


@dataclass
class Hint:
    kind: str
    message: str
    text: str = ""


@dataclass
class Report:
    language: str
    unit: str
    warnings: list = field(default_factory=list)
    reading_age: int | None = None
    longest_sentence: int = 0
    glossary_hits: int = 0

    def as_json(self):
        return {
            "language": self.language,
            "reading_age": self.reading_age,
            "longest_sentence": self.longest_sentence,
            "glossary_hits": self.glossary_hits,
            "warnings": [{"kind": w.kind, "message": w.message, "text": w.text} for w in self.warnings],
        }


def glossary_pattern(term, language):
    escaped = re.escape(term.strip()).replace(r"\ ", r"\s+")
    if limits_for(language)["unit"] == "characters":
        return re.compile(escaped, re.IGNORECASE)
    return re.compile(rf"(?<!\w){escaped}(?!\w)", re.IGNORECASE)


def check_paragraphs(paragraphs, language, glossary=()):
    """Warnings and figures for text in `language`. `glossary` is (hard word, plain word) pairs."""
    limits = limits_for(language)
    unit = limits["unit"]
    report = Report(language=language, unit=unit)
    english = (language or "").lower().startswith("en")

    def too_long(count, limit, what):
        if unit == "characters":
            if what == "sentence":
                return _("This sentence has %(count)s characters. Try to keep to %(limit)s or fewer.") % {
                    "count": count,
                    "limit": limit,
                }
            return _("This paragraph has %(count)s characters. Try splitting it after %(limit)s.") % {
                "count": count,
                "limit": limit,
            }
        if what == "sentence":
            return _("This sentence has %(count)s words. Try to keep to %(limit)s or fewer.") % {
                "count": count,
                "limit": limit,
            }
        return _("This paragraph has %(count)s words. Try splitting it after %(limit)s.") % {
            "count": count,
            "limit": limit,
        }

    for paragraph in paragraphs:
        paragraph_length = length(paragraph, unit)
        if paragraph_length > limits["paragraph"]:
            report.warnings.append(
                Hint(
                    "long_paragraph",
                    too_long(paragraph_length, limits["paragraph"], "paragraph"),
                    excerpt(paragraph),
                )
            )
        for sentence in sentences(paragraph):
            sentence_length = length(sentence, unit)
            report.longest_sentence = max(report.longest_sentence, sentence_length)
            if sentence_length > limits["sentence"]:
                report.warnings.append(
                    Hint(
                        "long_sentence",
                        too_long(sentence_length, limits["sentence"], "sentence"),
                        excerpt(sentence),
                    )
                )
            if english:
                for phrase in passive_phrases(sentence):
                    report.warnings.append(
                        Hint(
                            "passive",
                            _(
                                "“%(phrase)s” may be passive. Say who does what, for example “the GP checks it”."
                            )
                            % {"phrase": phrase},
                            excerpt(sentence),
                        )
                    )
    for term, plain in glossary:
        pattern = glossary_pattern(term, language)
        hits = [p for p in paragraphs if pattern.search(p)]
        if hits:
            report.glossary_hits += sum(len(pattern.findall(p)) for p in hits)
            report.warnings.append(
                Hint(
                    "glossary",
                    _("“%(term)s”: try “%(plain)s”.") % {"term": term, "plain": plain},
                    excerpt(hits[0]),
                )
            )
    if english:
        report.reading_age = reading_age(paragraphs)
        if report.reading_age is not None and report.reading_age > READING_AGE_TARGET:
            report.warnings.append(
                Hint(
                    "reading_age",
                    _(
                        "Reading age about %(age)s. Aim for %(target)s or under: use shorter sentences and words."
                    )
                    % {"age": report.reading_age, "target": READING_AGE_TARGET},
                )
            )
    return report


def glossary_for(locale):
    from .models import GlossaryTerm

    return list(GlossaryTerm.objects.filter(locale=locale).values_list("term", "plain"))


def check_page(page):
    """The plain-language report of a page (or an unsaved page from the editor's form)."""
    return check_paragraphs(page_paragraphs(page), page.locale.language_code, glossary_for(page.locale_id))


def record_figures(page):
    """Keep the page's figures for the "Plain language" report."""
    from .models import PlainLanguageFigures

    report = check_page(page)
    PlainLanguageFigures.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "reading_age": report.reading_age,
            "longest_sentence": report.longest_sentence,
            "unit": report.unit,
            "glossary_hits": report.glossary_hits,
            "warnings": len(report.warnings),
        },
    )


def revision_saved(sender, instance, created, **kwargs):
    """Every saved page revision (editor, translation editor, workflow) updates the page's figures."""
    from .models import BasePage

    if kwargs.get("raw") or not created:
        return
    model = instance.content_type.model_class() if instance.content_type_id else None
    if model is None or not issubclass(model, BasePage):
        return
    record_figures(instance.as_object())
