"""Plain-language checks: per language (words, or characters for Chinese), passive voice and reading age
for English, and the translatable glossary; shown on the review screen and in the report; never a block."""

import pytest

from resources.factories import GuideIndexPageFactory, GuidePageFactory
from website.factories import GlossaryTermFactory, UserFactory
from website.models import GlossaryTerm, PlainLanguageFigures
from website.plain_language import check_page, check_paragraphs, length, reading_age, sentences

FORTY_WORDS = " ".join(["word"] * 39) + " end."


def kinds(report):
    return [w.kind for w in report.warnings]


def test_long_sentences_count_words_in_alphabetic_scripts():
    assert kinds(check_paragraphs(["Call 111 if you need help today."], "en")) == []
    report = check_paragraphs([FORTY_WORDS], "en")
    assert "long_sentence" in kinds(report) and report.longest_sentence == 40
    assert "40 words" in report.warnings[0].message
    arabic = " ".join(["كلمة"] * 30) + "؟ " + "جملة قصيرة."
    report = check_paragraphs([arabic], "ar")
    assert kinds(report) == ["long_sentence"] and report.longest_sentence == 30
    assert report.reading_age is None  # English only


def test_chinese_counts_characters_not_spaces():
    short = "你不需要地址证明就可以在全科医生诊所登记。"
    assert length(short, "characters") == 20
    assert kinds(check_paragraphs([short], "zh-hans")) == []
    long = "如果你没有固定住址" * 6 + "。"
    report = check_paragraphs([long], "zh-hans")
    assert kinds(report) == ["long_sentence"] and report.unit == "characters"
    assert "54 characters" in report.warnings[0].message
    # The same text read as words would be one "word": no warning. Characters are what count.
    assert kinds(check_paragraphs([long], "pl")) == []


def test_sentences_split_on_each_scripts_full_stop():
    assert len(sentences("One. Two? Three!")) == 3
    assert len(sentences("واحد؟ اثنان.")) == 2
    assert len(sentences("ایک۔ دو۔")) == 2
    assert len(sentences("第一句。第二句！")) == 2
    assert len(sentences("ሓደ። ክልተ።")) == 2


def test_long_paragraph():
    paragraph = " ".join(["Short sentence here."] * 30)
    assert "long_paragraph" in kinds(check_paragraphs([paragraph], "en"))


def test_passive_voice_is_english_only():
    report = check_paragraphs(["Your form is checked by the practice."], "en")
    assert kinds(report) == ["passive"] and "is checked" in report.warnings[0].message
    assert kinds(check_paragraphs(["The practice checks your form."], "en")) == []
    assert kinds(check_paragraphs(["I am tired."], "en")) == []


def test_reading_age_of_english():
    easy = [
        "You can see a GP. It is free. Ask at the desk. Say you want to register. They will help you."
    ] * 2
    hard = [
        "Registration eligibility necessitates comprehensive documentation demonstrating residential "
        "circumstances, notwithstanding exemptions applicable to individuals experiencing homelessness."
    ] * 3
    assert reading_age(easy) <= 8
    assert reading_age(hard) > 11
    assert "reading_age" in kinds(check_paragraphs(hard, "en"))
    assert reading_age(["Too short."]) is None


def test_glossary_offers_the_plain_word():
    report = check_paragraphs(
        ["You are Eligible for care at the GP surgery."],
        "en",
        [("eligible", "can"), ("GP surgery", "GP practice")],
    )
    messages = [w.message for w in report.warnings]
    assert "“eligible”: try “can”." in messages and "“GP surgery”: try “GP practice”." in messages
    assert report.glossary_hits == 2
    # Whole words only: "ineligible" is not "eligible".
    assert kinds(check_paragraphs(["You are ineligible."], "en", [("eligible", "can")])) == []
    # Chinese has no spaces: any occurrence counts.
    assert kinds(check_paragraphs(["你有资格登记。"], "zh-hans", [("资格", "可以")])) == ["glossary"]


@pytest.fixture
def guide(home_page):
    index = GuideIndexPageFactory(parent=home_page, slug="guides")
    return GuidePageFactory(parent=index, slug="register")


@pytest.mark.django_db
def test_a_page_is_checked_against_its_own_languages_glossary(guide, make_translation):
    english_word = GlossaryTermFactory(term="practice address", plain="the GP's address")
    body = list(guide.body.raw_data)
    guide.body = guide.body.stream_block.to_python(body)
    guide.summary = FORTY_WORDS
    report = check_page(guide)
    assert "long_sentence" in kinds(report)
    assert "“practice address”: try “the GP's address”." in [w.message for w in report.warnings]
    # The Arabic glossary word is a translation of the English one (a translatable snippet).
    arabic_word = english_word.copy_for_translation(make_translation(guide, "ar").locale)
    arabic_word.term, arabic_word.plain = "عنوان العيادة", "عنوان الطبيب"
    arabic_word.save()
    assert arabic_word.get_translation(english_word.locale) == english_word
    arabic = guide.get_translation(arabic_word.locale)
    arabic.summary = "استخدم عنوان العيادة."
    report = check_page(arabic)
    assert [w.message for w in report.warnings if w.kind == "glossary"] == [
        "“عنوان العيادة”: try “عنوان الطبيب”."
    ]
    assert GlossaryTerm.objects.filter(translation_key=english_word.translation_key).count() == 2


@pytest.mark.django_db
def test_saving_a_revision_records_figures_and_never_blocks(guide):
    GlossaryTermFactory(term="eligible", plain="can")
    guide.summary = "You are eligible. " + FORTY_WORDS
    revision = guide.save_revision()
    assert revision.pk
    figures = PlainLanguageFigures.objects.get(page=guide)
    assert figures.longest_sentence == 40 and figures.glossary_hits == 1 and figures.warnings >= 2


@pytest.mark.django_db
def test_plain_language_report_lists_the_hardest_pages_first(admin_client, guide, home_page):
    easy = GuidePageFactory(parent=guide.get_parent(), slug="easy", title="Easy guide")
    easy.summary = "It is free."
    easy.body = []
    easy.save_revision()
    guide.summary = FORTY_WORDS
    guide.save_revision()
    response = admin_client.get("/admin/reports/plain-language/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index(guide.title) < html.index("Easy guide")
    assert "40 words" in html and f"/admin/pages/{guide.pk}/edit/" in html


@pytest.mark.django_db
def test_editors_can_keep_the_glossary(client, home_page):
    editor = UserFactory(username="ed", groups=["Editors"])
    client.force_login(editor)
    assert client.get("/admin/snippets/website/glossaryterm/").status_code == 200
    response = client.post(
        "/admin/snippets/website/glossaryterm/add/",
        {"term": "triage", "plain": "deciding how soon you need care", "locale": home_page.locale_id},
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert GlossaryTerm.objects.filter(term="triage").exists()
