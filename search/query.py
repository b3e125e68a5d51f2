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
import math
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Max
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page

from website.cache import bump_counter, cached_fragment, compiled_sql, read_counter
from website.privacy import restricted

from .indexing import INDEX_COUNTER, WEIGHTS
from .models import SearchEntry, SearchWord
from .text import POSTGRES_CONFIGS, is_cjk, query_terms, stem, tokens

STEM_FACTOR = 0.7
TYPO_CUTOFF = 0.72
VOCABULARY_SECONDS = 3600
PAGE_COUNT_SECONDS = 300
MAX_LEXEMES = 4
STATISTICS_SECONDS = 300
# Rows read for each form of a query word and each place it can be (at least; more for later result pages).
CANDIDATES = 100
# What the results list shows of an entry and of its page, in the models' column order (Model.from_db takes
# the values of some fields in that order).
RESULT_ENTRY_FIELDS = tuple(
    f.attname for f in SearchEntry._meta.concrete_fields if f.attname in ("page_id", "display_summary")
)
RESULT_PAGE_FIELDS = tuple(
    f.attname
    for f in Page._meta.concrete_fields
    if f.attname in ("id", "title", "url_path", "path", "depth", "locale_id", "content_type_id")
)
PLACE_WEIGHTS = sorted({weight for _name, weight in WEIGHTS}, reverse=True)


@dataclass
class Outcome:
    results: object = None  # RankedResults, best first (paginate it)
    promoted: list = field(default_factory=list)  # SearchPromotion, with .page
    terms: list = field(default_factory=list)  # the words used, after any correction
    corrected: str = ""  # the query as corrected, when a word was replaced


def public_pages(locale):
    return Page.objects.live().public().filter(locale=locale, depth__gt=1)


def public_pages_sql(locale, *fields):
    """The SQL of public_pages(locale).values("id", *fields), compiled once per language, fields and set of
    restricted sections (what `.public()` excludes), rather than on every search."""
    key = ("public-pages", locale.pk, fields, tuple(restricted()["sections"]))
    return compiled_sql(key, lambda: public_pages(locale).order_by().values("id", *fields))


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

    def ranges(self):
        """(kind, prefix, LIKE pattern of the whole word or None, factor when it matches it, factor otherwise)
        of each form of the word: its stem, and each lexeme."""
        if self.short == self.word:
            found = [(SearchWord.WORD, self.short, None, 1.0, 1.0)]
        else:
            found = [(SearchWord.WORD, self.short, like_prefix(self.word), 1.0, STEM_FACTOR)]
        found += [(SearchWord.LEXEME, lexeme, None, STEM_FACTOR, STEM_FACTOR) for lexeme in self.lexemes]
        return found

    def forms(self, locale_id):
        """(score SQL, its parameters, kind, LIKE pattern) of each form of the word (from `ranges`)."""
        found = []
        for kind, prefix, whole, hit, miss in self.ranges():
            if whole is not None:
                score = "CASE WHEN word LIKE %s ESCAPE '\\' THEN weight * %s ELSE weight * %s END"
                score_params = [whole, hit, miss]
            elif miss == 1.0:
                score, score_params = "weight", []
            else:
                score, score_params = "weight * %s", [miss]
            found.append((score, score_params, kind, like_prefix(prefix)))
        return found

    def rows(self, locale_id):
        """SQL and parameters: (entry_id, score) of every SearchWord row this word matches in one language,
        as one index range per form (UNION ALL, not OR), so PostgreSQL reads each range from the covering
        index alone (search_word_prefix includes entry_id and weight) without visiting the table. Read for
        the statistics only (how many pages each word is on), which are kept in the cache."""
        parts, params = [], []
        for score, score_params, kind, pattern in self.forms(locale_id):
            parts.append(
                f"SELECT entry_id, {score} AS score FROM search_searchword "  # noqa: S608
                "WHERE locale_id = %s AND kind = %s AND word LIKE %s ESCAPE '\\'"
            )
            params += [*score_params, locale_id, kind, pattern]
        return " UNION ALL ".join(parts), params

    def candidates(self, locale_id, limit):
        """SQL and parameters: the best rows this word matches, at most `limit` for each form and each place
        a word can be (title, search words, summary, body), read in that order from the search_word_place
        index, so a word found on every page reads a few hundred rows, not all of them. The pages that rank
        first are among them: a page's score for a word is the best place it has it."""
        parts, params = [], []
        # In the index's own order (text_pattern_ops compares with ~<~ on PostgreSQL), so the rows are read
        # in order and the limit stops the scan, rather than sorting the whole range.
        by_word = "word USING ~<~" if connection.vendor == "postgresql" else "word"
        for score, score_params, kind, pattern in self.forms(locale_id):
            for weight in PLACE_WEIGHTS:
                parts.append(
                    f"SELECT * FROM (SELECT entry_id, {score} AS score FROM search_searchword "  # noqa: S608
                    "WHERE locale_id = %s AND kind = %s AND weight = %s AND word LIKE %s ESCAPE '\\' "
                    f"ORDER BY {by_word}, entry_id LIMIT %s) AS c"
                )
                params += [*score_params, locale_id, kind, weight, pattern, limit]
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


def found_words(terms, locale, index_version):
    """Which of these words any page of this language matches (one query: one index probe for each form of
    each word, so each probe reads a range of the index, never the whole language). Kept in the fragment
    cache, until the index changes, only when every word was found: made-up words (whatever visitors type)
    are asked again, so they never fill the cache."""
    key = f"search-found:{index_version}:{locale.pk}:" + "|".join(t.word for t in terms)
    answer = {}

    def build():
        answer["found"] = _found_words(terms, locale)
        return sorted(answer["found"]) if len(answer["found"]) == len(terms) else None

    kept = cached_fragment(key, build)
    return set(kept) if kept is not None else answer["found"]


def _found_words(terms, locale):
    parts, params = [], []
    for i, term in enumerate(terms):
        probes = []
        for _score, _params, kind, pattern in term.forms(locale.pk):
            probes.append(
                "EXISTS (SELECT 1 FROM search_searchword "
                "WHERE locale_id = %s AND kind = %s AND word LIKE %s ESCAPE '\\')"
            )
            params += [locale.pk, kind, pattern]
        parts.append(f"SELECT {i} WHERE {' OR '.join(probes)}")  # noqa: S608
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


PROMOTIONS_COUNTER = "search-promotions"


def promotions(query, locale, pages):
    """Pages editors pinned to this query, in this language, live and public. The visitor's query and each
    promotion's are compared word by word as search compares words (case, accents, punctuation, Arabic
    letter forms and article), so "الم فى الصدر" finds the promotion typed "ألم في الصدر". This language's
    promotions (editors keep a few dozen, not thousands) are read in one query and kept in the fragment
    cache until a promotion is saved or deleted, or a page published, unpublished, moved or hidden."""
    language = locale.language_code
    wanted = tokens(query, language)
    if not wanted:
        return []

    def read():
        found = (
            SearchPromotion.objects.filter(page__locale=locale, page__in=pages)
            .select_related("query", "page", "page__search_entry")
            .order_by("sort_order", "pk")
        )
        return [(tokens(promotion.query.query_string, language), promotion) for promotion in found]

    kept = cached_fragment(f"search-promotions:{read_counter(PROMOTIONS_COUNTER)}:{locale.pk}", read)
    return [promotion for words, promotion in kept if words == wanted]


def promotions_changed(**kwargs):
    bump_counter(PROMOTIONS_COUNTER)


class RankedResults:
    """The results, best first, for a Paginator: each slice is one SQL query that scores the best candidate
    rows of each word (Term.candidates) and returns only that slice's entries with their pages. How many
    pages each word is on, and how many results there are in all, are statistics read once and kept in the cache until any page is published, unpublished, moved or hidden (or for a few
    minutes): they weigh words by rarity and give the count."""

    def __init__(self, terms=(), locale=None, exclude=(), index_version=0):
        """Over the live public pages of `locale`; `index_version` is the search index's counter, read once
        for the whole search (it names the kept statistics)."""
        self.terms, self.locale, self.exclude = list(terms), locale, list(exclude)
        self.index_version = index_version
        self._count = None if self.terms else 0
        self._slices = {}
        self._statistics = None

    def _pages_sql(self, *fields):
        return public_pages_sql(self.locale, *fields)

    def _excluded(self, column):
        if not self.exclude:
            return "", []
        return f"AND {column} NOT IN ({', '.join(['%s'] * len(self.exclude))})", list(self.exclude)

    def statistics(self):
        """{"pages": [pages each word is on], "count": results in all}, from every matching row (one query),
        kept in the fragment cache."""
        if self._statistics is None:
            key = ":".join(
                [
                    "search-statistics",
                    str(self.index_version),
                    str(self.locale.pk),
                    "|".join(f"{t.word}/{','.join(t.lexemes)}" for t in self.terms),
                    ",".join(str(pk) for pk in sorted(self.exclude)),
                ]
            )
            self._statistics = cached_fragment(key, self._read_statistics, timeout=STATISTICS_SECONDS)
        return self._statistics

    def _read_statistics(self):
        matches, params = [], []
        for i, term in enumerate(self.terms):
            rows, rows_params = term.rows(self.locale.pk)
            matches.append(f"SELECT DISTINCT entry_id, {i} AS term FROM ({rows}) AS r{i}")  # noqa: S608
            params += rows_params
        pages_sql, pages_params = self._pages_sql()
        excluded, excluded_params = self._excluded("m.entry_id")
        sql = f"""
            WITH matches AS ({" UNION ALL ".join(matches)})
            SELECT term, COUNT(*) FROM matches GROUP BY term
            UNION ALL
            SELECT -1, COUNT(DISTINCT m.entry_id) FROM matches m
            WHERE m.entry_id IN ({pages_sql}) {excluded}
        """  # noqa: S608 - only placeholders and our own SQL are interpolated
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, *pages_params, *excluded_params])
            found = dict(cursor.fetchall())
        return {"pages": [found.get(i, 0) for i in range(len(self.terms))], "count": found.get(-1, 0)}

    def sql(self, limit, offset):
        figures = self.statistics()
        n = page_count(self.locale)
        # Enough candidates for this slice and well beyond it, whatever the page number asked for.
        per_place = max(CANDIDATES, 2 * (offset + limit))
        # Each word's weight by its rarity among the n pages of this language.
        idfs = [math.log(1.0 + n / max(pages, 1)) for pages in figures["pages"]]
        if connection.vendor == "postgresql":
            totals, params = self._postgres_totals(per_place, idfs)
        else:
            totals, params = self._totals(per_place, idfs)
        # Each candidate's page is looked up by primary key (live, public, this language), and its place in
        # the tree breaks ties: a subquery per candidate, so the page table is never read whole.
        pages_sql, pages_params = self._pages_sql("path")
        excluded, excluded_params = self._excluded("r.entry_id")
        # Kept as a subquery on PostgreSQL (OFFSET 0), so each candidate's page is looked up once.
        keep = "OFFSET 0" if connection.vendor == "postgresql" else ""
        # The slice's entries come back with what the results list shows of them and their pages.
        columns = ", ".join(
            [f"e.{SearchEntry._meta.get_field(name).column}" for name in RESULT_ENTRY_FIELDS]
            + [f"p.{Page._meta.get_field(name).column}" for name in RESULT_PAGE_FIELDS]
        )
        sql = f"""
            WITH totals AS ({totals})
            SELECT {columns} FROM (
                SELECT r.entry_id, r.total, r.path FROM (
                    SELECT t.entry_id, t.total,
                        (SELECT q.path FROM ({pages_sql}) q WHERE q.id = t.entry_id) AS path
                    FROM totals t
                    {keep}
                ) r
                WHERE r.path IS NOT NULL {excluded}
                ORDER BY r.total DESC, r.path
                LIMIT %s OFFSET %s
            ) top
            JOIN {SearchEntry._meta.db_table} e ON e.page_id = top.entry_id
            JOIN {Page._meta.db_table} p ON p.id = e.page_id
            ORDER BY top.total DESC, top.path
        """  # noqa: S608 - only placeholders and our own SQL are interpolated
        return sql, [*params, *pages_params, *excluded_params, limit, offset]

    def _totals(self, per_place, idfs):
        """(entry_id, total) of the candidates: each word's best candidate rows (Term.candidates, one limited
        subquery per form and place), its best score on each page times its rarity, summed over the words."""
        matches, params = [], []
        for i, term in enumerate(self.terms):
            rows, rows_params = term.candidates(self.locale.pk, per_place)
            matches.append(
                f"SELECT entry_id, MAX(score) * %s AS score FROM ({rows}) AS r{i} GROUP BY entry_id"  # noqa: S608
            )
            params += [idfs[i], *rows_params]
        union = " UNION ALL ".join(matches)
        return f"SELECT entry_id, SUM(score) AS total FROM ({union}) AS m GROUP BY entry_id", params  # noqa: S608

    def _postgres_totals(self, per_place, idfs):
        """The same on PostgreSQL, as one lateral subquery over a list of (word, form, place) rather than a
        subquery each, which PostgreSQL plans in a fraction of the time: each form's prefix is given as the
        index range it is (~>=~ and ~<~ compare as text_pattern_ops orders), so each place's rows are read
        in the index's order and the limit ends the scan."""
        forms, params = [], []
        for i, term in enumerate(self.terms):
            for kind, prefix, whole, hit, miss in term.ranges():
                upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
                for weight in PLACE_WEIGHTS:
                    forms.append("(%s, %s, %s, %s, %s, %s, %s, %s)")
                    params += [i, kind, weight, prefix, upper, whole, hit * idfs[i], miss * idfs[i]]
        sql = f"""
            SELECT entry_id, SUM(score) AS total FROM (
                SELECT c.entry_id, f.term, MAX(c.weight * CASE
                    WHEN f.whole IS NOT NULL AND c.word LIKE f.whole ESCAPE '\\' THEN f.hit ELSE f.miss END
                ) AS score
                FROM (VALUES {", ".join(forms)}) AS f(term, kind, weight, low, high, whole, hit, miss)
                CROSS JOIN LATERAL (
                    SELECT s.entry_id, s.weight, s.word FROM search_searchword s
                    WHERE s.locale_id = %s AND s.kind = f.kind::smallint AND s.weight = f.weight::float8
                        AND s.word ~>=~ f.low::text AND s.word ~<~ f.high::text
                    ORDER BY s.word USING ~<~, s.entry_id
                    LIMIT %s
                ) AS c
                GROUP BY c.entry_id, f.term
            ) AS m GROUP BY entry_id
        """  # noqa: S608 - only placeholders and our own SQL are interpolated
        return sql, [*params, self.locale.pk, per_place]

    def fetch(self, start, stop):
        """The entries from start to stop, with their pages, in one query (the count is kept: statistics)."""
        for (a, b), found in self._slices.items():
            if a <= start and (stop <= b or (len(found) < b - a)):  # within it, or it reached the end
                return found[start - a : stop - a]
        if not self.terms or stop <= start:
            return []
        self._count = self.statistics()["count"]
        if start >= self._count:
            self._slices[(start, stop)] = []
            return []
        with connection.cursor() as cursor:
            cursor.execute(*self.sql(stop - start, start))
            rows = cursor.fetchall()
        split = len(RESULT_ENTRY_FIELDS)
        found = []
        for row in rows:
            # As .only(…) and select_related("page") would build them, without compiling a second query.
            entry = SearchEntry.from_db(connection.alias, RESULT_ENTRY_FIELDS, row[:split])
            page = Page.from_db(connection.alias, RESULT_PAGE_FIELDS, row[split:])
            SearchEntry.page.field.set_cached_value(entry, page)
            found.append(entry)
        self._slices[(start, stop)] = found
        return found

    def count(self):
        if self._count is None:
            self._count = self.statistics()["count"] if self.terms else 0
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
    index_version = read_counter(INDEX_COUNTER)  # read once: it names what this search keeps
    found = found_words(terms, locale, index_version)
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
    outcome.results = RankedResults(
        terms, locale, exclude=[p.page_id for p in outcome.promoted], index_version=index_version
    )
    if stop > start:
        outcome.results.fetch(start, stop)
    return outcome


def highlight_terms(outcome, query, language):
    """The words to mark in summaries: the query's words as typed, and any correction."""
    return list(dict.fromkeys([*query.split(), *outcome.corrected.split(), *tokens(query, language)]))
