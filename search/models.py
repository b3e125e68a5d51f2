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
