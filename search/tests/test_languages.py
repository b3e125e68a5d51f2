"""Each language is searched with rules that suit it: typos, other word forms and two-word queries."""

import pytest

from .conftest import on_postgres


@pytest.fixture
def english(make_guide, home_page):
    home_page.summary = "Guides to the NHS, a GP, 999 and 111, in plain words."
    home_page.save_revision().publish()
    return {
        "register": make_guide("Register with a GP", "How to register with a doctor without an address."),
        "dentist": make_guide("See a dentist", "How to find an NHS dentist and what it costs."),
        "pharmacy": make_guide(
            "Get medicine from a pharmacy", "A pharmacist can help a GP with minor illness."
        ),
        "interpreter": make_guide("Ask for an interpreter", "Interpreters are free at your GP practice."),
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, first",
    [
        ("registr gp", "Register with a GP"),  # a cut-off word and a short one
        ("regster with a doctor", "Register with a GP"),  # a typo, and words found everywhere
        ("dentists", "See a dentist"),  # a plural
        ("pharmacies gp", "Get medicine from a pharmacy"),  # a plural and two words
        ("interpeter", "Ask for an interpreter"),  # a typo
    ],
)
def test_english(client, english, titles, query, first):
    assert titles(client, "en", query)[0] == first


@pytest.mark.django_db
def test_the_guide_ranks_before_pages_that_only_mention_a_word(client, english, titles, home_page):
    found = titles(client, "en", "registr gp")
    assert home_page.title in found  # the home page mentions "GP" too
    assert found[0] == "Register with a GP"


@pytest.fixture
def arabic(make_guide, make_translation, english):
    pages = {}
    for key, title, summary in [
        ("register", "التسجيل لدى الطبيب العام", "يمكنك التسجيل لدى طبيب عام مجانًا بدون عنوان."),
        ("interpreter", "اطلب مترجمًا", "المترجمون مجانيون. اطلب مترجمًا عندما تحجز موعدًا عند الطبيب."),
        ("dentist", "زيارة طبيب الأسنان", "كيف تجد طبيب أسنان."),
    ]:
        page = make_translation(english[key], "ar")
        page.title, page.summary, page.search_words = title, summary, ""
        page.save_revision().publish()
        pages[key] = page
    return pages


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, first",
    [
        ("تسجيل", "التسجيل لدى الطبيب العام"),  # without the article
        ("الطبيب العام", "التسجيل لدى الطبيب العام"),  # two words, with the article
        ("التسحيل طبيب", "التسجيل لدى الطبيب العام"),  # a typo (ح for ج) and a second word
        ("مترجم", "اطلب مترجمًا"),  # without the ending and the tanween
        ("الأسنان", "زيارة طبيب الأسنان"),  # hamza on the alef either way
    ],
)
def test_arabic(client, arabic, titles, query, first):
    assert titles(client, "ar", query)[0] == first


@pytest.fixture
def polish(make_translation, english):
    pages = {}
    for key, title, summary in [
        ("register", "Zapisz się do lekarza rodzinnego", "Możesz za darmo zapisać się do przychodni."),
        ("interpreter", "Poproś o tłumacza", "Tłumacz jest bezpłatny. Poproś o niego u lekarza."),
        ("dentist", "Wizyta u dentysty", "Jak znaleźć dentystę w NHS."),
    ]:
        page = make_translation(english[key], "pl")
        page.title, page.summary = title, summary
        page.save_revision().publish()
        pages[key] = page
    return pages


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, first",
    [
        ("lekarz rodzinny", "Zapisz się do lekarza rodzinnego"),  # other case endings, two words
        ("zapisac sie", "Zapisz się do lekarza rodzinnego"),  # without the Polish letters
        ("tlumaczem", "Poproś o tłumacza"),  # instrumental case, no ł
        ("dentysta", "Wizyta u dentysty"),  # nominative for genitive
        ("przychodnia lekarz", "Zapisz się do lekarza rodzinnego"),  # two words
        ("tłumacz", "Poproś o tłumacza"),
    ],
)
def test_polish(client, polish, titles, query, first):
    assert titles(client, "pl", query)[0] == first


@pytest.fixture
def somali(make_translation, english):
    pages = {}
    for key, title, summary in [
        (
            "register",
            "Iska diiwaangeli dhakhtarka guud",
            "Waxaad bilaash isaga diiwaangelin kartaa dhakhtarka.",
        ),
        (
            "interpreter",
            "Codso turjumaan",
            "Turjumaannadu waa bilaash. Codso turjumaan marka aad ballan qabsanayso.",
        ),
        ("dentist", "Dhakhtarka ilkaha", "Sida aad u heli karto dhakhtarka ilkaha ee NHS."),
    ]:
        page = make_translation(english[key], "so")
        page.title, page.summary = title, summary
        page.save_revision().publish()
        pages[key] = page
    return pages


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, first",
    [
        ("diiwaangelin", "Iska diiwaangeli dhakhtarka guud"),
        ("diwaangelin dhakhtar", "Iska diiwaangeli dhakhtarka guud"),  # a typo and two words
        ("turjumaanka", "Codso turjumaan"),  # with the article ending
        ("ilko dhakhtar", "Dhakhtarka ilkaha"),  # other forms of both words
    ],
)
def test_somali(client, somali, titles, query, first):
    assert titles(client, "so", query)[0] == first


@pytest.mark.django_db
def test_a_chinese_word_inside_a_sentence(client, make_translation, english, titles):
    dentist = make_translation(english["dentist"], "zh-hans")
    dentist.title, dentist.summary = "看牙医", "如果你牙疼，可以预约国民医疗服务体系的牙医。"
    dentist.save_revision().publish()
    register = make_translation(english["register"], "zh-hans")
    register.title, register.summary = "在全科医生处注册", "你不需要地址证明也可以注册。"
    register.save_revision().publish()
    assert titles(client, "zh-hans", "牙医")[0] == "看牙医"
    assert titles(client, "zh-hans", "我牙疼怎么办")[0] == "看牙医"  # a question, no spaces
    assert titles(client, "zh-hans", "注册")[0] == "在全科医生处注册"  # a word in the middle of a title
    assert titles(client, "zh-hans", "医生")[0] == "在全科医生处注册"


@on_postgres
@pytest.mark.django_db
def test_postgres_stems_english_words(client, english, titles):
    # "registering" shares no 70 % prefix with "registration"; PostgreSQL's English stemmer joins them.
    assert titles(client, "en", "registering")[0] == "Register with a GP"


@on_postgres
@pytest.mark.django_db
def test_postgres_uses_the_language_configuration(english, arabic):
    from search.models import SearchEntry

    entry = SearchEntry.objects.get(page=arabic["register"])
    assert entry.vector  # Arabic has a PostgreSQL stemmer; its lexemes are stored
    assert SearchEntry.objects.get(page=english["register"]).vector
