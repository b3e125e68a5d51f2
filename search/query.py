"""The ranked search: live, public pages of one language, found through an index, paginated in the database.

Each query word scores a page by the best place it appears (title 10, search words 8, summary 4,
body 1; a match on the shorter stem, or on PostgreSQL's stemmed form, counts 0.7 of that), times how
rare the word is in this language (so "gp", found on many pages, weighs less than "dentist"). A word
found nowhere is replaced by the closest word of this language's pages (a typo). Everything is read
only.

Pages are found through SearchWord (one row per word of a page, indexed on locale, kind and word), so a
query reads the rows of the words that start with its words, not every page: a prefix lookup in the
index, then one SQL query that scores, counts and returns one page of results. Four to seven SQL
queries whatever the size of the site.
"""

import difflib
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Max
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page

from .models import SearchEntry, SearchWord
from .text import POSTGRES_CONFIGS, is_cjk, query_terms, stem, tokens

STEM_FACTOR = 0.7
TYPO_CUTOFF = 0.72
VOCABULARY_SECONDS = 3600
PAGE_COUNT_SECONDS = 300
MAX_LEXEMES = 4


@dataclass
class Outcome:
    results: object = None  # RankedResults, best first (paginate it)
    promoted: list = field(default_factory=list)  # SearchPromotion, with .page
    terms: list = field(default_factory=list)  # the words used, after any correction
    corrected: str = ""  # the query as corrected, when a word was replaced


def public_pages(locale):
    return Page.objects.live().public().filter(locale=locale, depth__gt=1)


def like_prefix(text):
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass
class Term:
    """One query word and what it matches: words that start with it (full weight) or with its stem
    (0.7), and on PostgreSQL the stemmer's lexemes that start with its lexemes (0.7)."""

    word: str
    lexemes: list = field(default_factory=list)

    @property
    def short(self):
        return stem(self.word)

    def condition(self):
        """SQL and parameters: the SearchWord rows this word matches (locale filtered by the caller)."""
        sql = "(kind = %s AND word LIKE %s ESCAPE '\\')"
        params = [SearchWord.WORD, like_prefix(self.short)]
        for lexeme in self.lexemes:
            sql += " OR (kind = %s AND word LIKE %s ESCAPE '\\')"
            params += [SearchWord.LEXEME, like_prefix(lexeme)]
        return f"({sql})", params

    def rows(self, locale_id):
        """SQL and parameters: (entry_id, score) of every SearchWord row this word matches in one language,
        as one index range per form (UNION ALL, not OR), so PostgreSQL reads each range from the covering
        index alone (search_word_prefix includes entry_id and weight) without visiting the table."""
        if self.short == self.word:
            score, score_params = "weight", []
        else:
            score = "CASE WHEN word LIKE %s ESCAPE '\\' THEN weight ELSE weight * %s END"
            score_params = [like_prefix(self.word), STEM_FACTOR]
        parts = [
            f"SELECT entry_id, {score} AS score FROM search_searchword "  # noqa: S608
            "WHERE locale_id = %s AND kind = %s AND word LIKE %s ESCAPE '\\'"
        ]
        params = [*score_params, locale_id, SearchWord.WORD, like_prefix(self.short)]
        for lexeme in self.lexemes:
            parts.append(
                "SELECT entry_id, weight * %s AS score FROM search_searchword "
                "WHERE locale_id = %s AND kind = %s AND word LIKE %s ESCAPE '\\'"
            )
            params += [STEM_FACTOR, locale_id, SearchWord.LEXEME, like_prefix(lexeme)]
        return " UNION ALL ".join(parts), params


def lexemes(terms, language):
    """PostgreSQL's stemmed form of each word, for the languages it has a stemmer for (one query)."""
    config = POSTGRES_CONFIGS.get(language) if connection.vendor == "postgresql" else None
    if not config or not terms:
        return {}
    keys = {f"search-lexemes:{config}:{term}": term for term in terms if not is_cjk(term)}
    known = {keys[key]: found for key, found in cache.get_many(list(keys)).items()}
    missing = [term for term in keys.values() if term not in known]
    if missing:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT t.word, array(SELECT lexeme FROM unnest(to_tsvector(%s::regconfig, t.word))) "
                "FROM unnest(%s::text[]) AS t(word)",
                [config, missing],
            )
            found = {word: list(lexemes)[:MAX_LEXEMES] for word, lexemes in cursor.fetchall()}
        # The stemmer gives a word the same lexemes for ever: keep them.
        cache.set_many({f"search-lexemes:{config}:{word}": lexemes for word, lexemes in found.items()}, None)
        known.update(found)
    return known


def found_words(terms, locale):
    """Which of these words any page of this language matches (one query, one index probe each)."""
    parts, params = [], []
    for i, term in enumerate(terms):
        condition, condition_params = term.condition()
        parts.append(
            f"SELECT {i} WHERE EXISTS (SELECT 1 FROM search_searchword WHERE locale_id = %s AND {condition})"  # noqa: S608
        )
        params += [locale.pk, *condition_params]
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        return {terms[row[0]].word for row in cursor.fetchall()}


def vocabulary(locale, pages):
    """The words of this language's public pages, cached until a page is published or unpublished."""
    figures = SearchEntry.objects.filter(locale=locale).aggregate(n=Count("pk"), updated=Max("updated_at"))
    updated = figures["updated"]
    key = f"search-vocabulary:{locale.pk}:{figures['n']}:{updated.timestamp() if updated else 0}"
    words = cache.get(key)
    if words is None:
        found = (
            SearchWord.objects.filter(locale=locale, kind=SearchWord.WORD, entry__page__in=pages)
            .values_list("word", flat=True)
            .distinct()
        )
        words = sorted(w for w in found if len(w) >= 3 and not is_cjk(w))
        cache.set(key, words, VOCABULARY_SECONDS)
    return words


def page_count(locale):
    """How many pages of this language are indexed: read from the cache (a few minutes old at most; it only
    weighs words by rarity), so a search does not count the index every time."""
    key = f"search-page-count:{locale.pk}"
    count = cache.get(key)
    if count is None:
        count = SearchEntry.objects.filter(locale=locale).count()
        cache.set(key, count, PAGE_COUNT_SECONDS)
    return max(count, 1)


def correct(term, words):
    if is_cjk(term) or len(term) < 3:
        return None
    match = difflib.get_close_matches(term, words, n=1, cutoff=TYPO_CUTOFF)
    return match[0] if match else None


def promotions(query, locale, pages):
    """Pages editors pinned to this query, in this language, live and public. The visitor's query and each
    promotion's are compared word by word as search compares words (case, accents, punctuation, Arabic
    letter forms and article), so "الم فى الصدر" finds the promotion typed "ألم في الصدر". One query, which
    reads this language's promotions (editors keep a few dozen, not thousands)."""
    language = locale.language_code
    wanted = tokens(query, language)
    if not wanted:
        return []
    found = (
        SearchPromotion.objects.filter(page__locale=locale, page__in=pages)
        .select_related("query", "page", "page__search_entry")
        .order_by("sort_order", "pk")
    )
    return [promotion for promotion in found if tokens(promotion.query.query_string, language) == wanted]


class RankedResults:
    """The results, best first, for a Paginator: each slice is one SQL query that scores the matching
    pages, counts them and returns only that slice's pages (then one query for their entries)."""

    def __init__(self, terms=(), locale=None, pages=None, exclude=()):
        self.terms, self.locale, self.pages, self.exclude = list(terms), locale, pages, list(exclude)
        self._count = None if self.terms else 0
        self._slices = {}

    def sql(self, limit, offset):
        matches, params = [], []
        for i, term in enumerate(self.terms):
            rows, rows_params = term.rows(self.locale.pk)
            matches.append(
                f"SELECT entry_id, {i} AS term, MAX(score) AS score FROM ({rows}) AS r{i} GROUP BY entry_id"  # noqa: S608
            )
            params += rows_params
        pages_sql, pages_params = (
            self.pages.order_by().values("pk").query.get_compiler(connection=connection).as_sql()
        )
        excluded = ""
        if self.exclude:
            excluded = f"AND t.entry_id NOT IN ({', '.join(['%s'] * len(self.exclude))})"
        sql = f"""
            WITH matches AS ({" UNION ALL ".join(matches)}),
            -- each word's weight by its rarity among the n pages of this language, worked out once per word
            frequencies AS (
                SELECT term, LN(1.0 + CAST(%s AS REAL) / COUNT(*)) AS idf FROM matches GROUP BY term
            ),
            totals AS (
                SELECT m.entry_id, SUM(m.score * f.idf) AS total
                FROM matches m JOIN frequencies f ON f.term = m.term
                GROUP BY m.entry_id
            )
            SELECT t.entry_id, COUNT(*) OVER () FROM totals t
            JOIN wagtailcore_page p ON p.id = t.entry_id
            WHERE t.entry_id IN ({pages_sql}) {excluded}
            ORDER BY t.total DESC, p.path
            LIMIT %s OFFSET %s
        """  # noqa: S608 - only placeholders and our own SQL are interpolated
        return sql, [*params, page_count(self.locale), *pages_params, *self.exclude, limit, offset]

    def fetch(self, start, stop):
        """The entries from start to stop (and the count of all results), in one query plus one."""
        for (a, b), found in self._slices.items():
            if a <= start and (stop <= b or (len(found) < b - a)):  # within it, or it reached the end
                return found[start - a : stop - a]
        if not self.terms or stop <= start:
            return []
        with connection.cursor() as cursor:
            cursor.execute(*self.sql(stop - start, start))
            rows = cursor.fetchall()
        if rows:
            self._count = rows[0][1]
        elif start == 0:
            self._count = 0
        ids = [row[0] for row in rows]
        entries = SearchEntry.objects.filter(pk__in=ids).select_related("page").in_bulk(ids) if ids else {}
        found = [entries[i] for i in ids if i in entries]
        self._slices[(start, stop)] = found
        return found

    def count(self):
        if self._count is None:
            self.fetch(0, 1)
            self._count = self._count or 0
        return self._count

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop = key.start or 0, key.stop
            if stop is None:
                stop = self.count()
            return self.fetch(start, stop)
        found = self.fetch(key, key + 1)
        if not found:
            raise IndexError(key)
        return found[0]

    def __iter__(self):
        return iter(self[0 : self.count()])


def run(query, locale, start=0, stop=0):
    """Search `query` in `locale`. Never writes to the database. Give `start` and `stop` (the slice the
    caller will show) to fetch it and the count in one query."""
    language = locale.language_code
    pages = public_pages(locale)
    outcome = Outcome(promoted=promotions(query, locale, pages))
    words = query_terms(query, language)
    if not words:
        outcome.results = RankedResults()
        return outcome
    stems = lexemes(words, language)
    terms = [Term(w, stems.get(w, [])) for w in words]
    found = found_words(terms, locale)
    if len(found) < len(terms):
        known = vocabulary(locale, pages)
        fixed = [t.word if t.word in found else correct(t.word, known) for t in terms]
        if any(f and f != t.word for f, t in zip(fixed, terms, strict=False)):
            outcome.corrected = " ".join(f or t.word for f, t in zip(fixed, terms, strict=False))
            words = list(dict.fromkeys(f for f in fixed if f))
            stems = lexemes(words, language)
            terms = [Term(w, stems.get(w, [])) for w in words]
            found = found | set(words)  # corrections are words of these pages
    terms = [t for t in terms if t.word in found]
    outcome.terms = [t.word for t in terms]
    outcome.results = RankedResults(terms, locale, pages, exclude=[p.page_id for p in outcome.promoted])
    if stop > start:
        outcome.results.fetch(start, stop)
    return outcome


def highlight_terms(outcome, query, language):
    """The words to mark in summaries: the query's words as typed, and any correction."""
    return list(dict.fromkeys([*query.split(), *outcome.corrected.split(), *tokens(query, language)]))
