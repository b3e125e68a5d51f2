"""A small search index of our own: one row per live page, its words folded for its language."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TextSearchVectorField(models.Field):
    """A PostgreSQL tsvector column; plain text (always empty) on other databases."""

    description = "Text-search vector"

    def db_type(self, connection):
        return "tsvector" if connection.vendor == "postgresql" else "text"


class SearchEntry(models.Model):
    """What the public search matches a live page on. Written only when pages are published or unpublished."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="search_entry"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    # Folded words between spaces (search/text.py), weighed from the title down to the body.
    title = models.TextField(blank=True)
    words = models.TextField(blank=True)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    # The summary as readers see it, for the results list.
    display_summary = models.TextField(blank=True)
    # On PostgreSQL, for the languages with a stemmer: title A, search words B, summary C, body D.
    vector = TextSearchVectorField(null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")

    def __str__(self):
        return self.title.strip()


class SearchWord(models.Model):
    """One word of one entry, with the weight of the best place it appears: what a search looks up.

    Kind 0 is a folded word as stored in the entry's text (search/text.py), kind 1 a lexeme of
    PostgreSQL's stemmer for the languages that have one. The index on (locale, kind, word) finds the
    words that start with a query word without reading every page; on PostgreSQL it also holds entry and
    weight, so ranking never visits the table.
    """

    WORD, LEXEME = 0, 1

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="+")
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    kind = models.PositiveSmallIntegerField(default=WORD)
    word = models.TextField()
    weight = models.FloatField()

    class Meta:
        indexes = [
            # text_pattern_ops: PostgreSQL uses the index for LIKE 'prefix%' whatever the collation.
            models.Index(
                fields=["locale", "kind", "word"],
                name="search_word_prefix",
                opclasses=["int4_ops", "int2_ops", "text_pattern_ops"],
                # PostgreSQL reads a search's rows from the index alone (an index-only scan); other
                # databases create the same index without the included columns.
                include=["entry", "weight"],
            ),
            # The best rows of a word first: by place (title 10, search words 8, summary 4, body 1), then
            # word and entry, so a search reads a few hundred rows of a word found on every page
            # (query.Term.candidates).
            models.Index(
                fields=["locale", "kind", "weight", "word", "entry"],
                name="search_word_place",
                opclasses=["int4_ops", "int2_ops", "float8_ops", "text_pattern_ops", "int4_ops"],
            ),
        ]

    def __str__(self):
        return self.word
