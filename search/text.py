"""How the words of each language are cut and compared, the same way for pages and for queries.

Pages and queries both go through `tokens()`: lower case, accents and Arabic-script vowel marks taken
off, Arabic letter variants made one, the Arabic article taken off, and runs of Chinese characters cut
into pairs (bigrams) so a word inside a sentence can be found. A query word also gets a shorter "stem"
(its first 70 %) so inflected forms match: Polish "lekarzem" finds "lekarz", Somali "dhakhtarka" finds
"dhakhtar". On PostgreSQL the languages PostgreSQL has a stemmer for also use its text-search
configuration (see POSTGRES_CONFIGS).
"""

import math
import re
import unicodedata

# PostgreSQL text-search configurations for the site's languages (SELECT cfgname FROM pg_ts_config).
# The others (bn ckb fa pl so ti uk ur zh-hans) have none: they use the unaccented prefix matching below.
POSTGRES_CONFIGS = {"en": "english", "ar": "arabic", "ro": "romanian"}

# Scripts whose combining marks are part of the letter, not an accent: keep them.
KEEP_MARKS = {"bn", "ti"}
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RUN = re.compile(f"[{CJK}]+")
WORD = re.compile(rf"[{CJK}]+|[^\W_]+", re.UNICODE)
# One form for letters that people type in different ways.
LETTERS = str.maketrans(
    {"ł": "l", "đ": "d", "ø": "o", "ى": "ي", "ی": "ي", "ک": "ك", "ة": "ه", "ۀ": "ه", "ـ": None, "ٱ": "ا"}
)
ARABIC_ARTICLE = ("وال", "بال", "كال", "فال", "لل", "ال")
MAX_TERMS = 8
MAX_QUERY_CHARS = 200


def fold(text, language=""):
    """Lower case, without accents (except where marks are letters), one form of each Arabic letter."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    if language not in KEEP_MARKS:
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if unicodedata.category(c) != "Mn")
        text = unicodedata.normalize("NFKC", text)
    return text.translate(LETTERS)


def _word(word, language):
    if language == "ar":
        for article in ARABIC_ARTICLE:
            if word.startswith(article) and len(word) - len(article) >= 2:
                return word[len(article) :]
    return word


def tokens(text, language=""):
    """The words of a text as they are indexed: Chinese as overlapping character pairs."""
    words = []
    for word in WORD.findall(fold(text, language)):
        if CJK_RUN.fullmatch(word):
            words.extend([word] if len(word) == 1 else [word[i : i + 2] for i in range(len(word) - 1)])
        else:
            words.append(_word(word, language))
    return words


def indexed(text, language=""):
    """Text stored for matching: its words between spaces, so ' word' matches the start of a word."""
    words = tokens(text, language)
    return f" {' '.join(words)} " if words else ""


def is_cjk(term):
    return bool(CJK_RUN.fullmatch(term))


def stem(term):
    """The start of a query word that inflected forms share: about 70 % of it, at least 3 letters."""
    if is_cjk(term) or len(term) <= 3:
        return term
    return term[: max(3, math.ceil(len(term) * 0.7))]


def query_terms(query, language=""):
    """The distinct words of a query, at most MAX_TERMS of them."""
    seen = []
    for term in tokens(query[: MAX_QUERY_CHARS * 5], language):
        if term not in seen:
            seen.append(term)
    return seen[:MAX_TERMS]


def tsquery_term(term, weights):
    """A quoted PostgreSQL tsquery for the prefix of one word in the given weight classes."""
    return "'" + term.replace("\\", "").replace("'", "") + "':*" + weights
