"""The personal snapshot: a form in the visitor's language with an English copy; the server keeps nothing."""

import copy
import logging
import re

import pytest
from django.apps import apps
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from home.models import HomePage
from resources.factories import SnapshotPageFactory
from resources.models import SnapshotPage
from website.cache import page_cache

ARABIC = {
    "The name I like to be called": "الاسم الذي أحب أن يناديني به الناس",
    "Things that help me at appointments": "أشياء تساعدني في المواعيد",
    "Choose as many as you like.": "اختر ما تشاء.",
    "A longer appointment": "موعد أطول",
    "A support worker with me": "عامل دعم معي",
    "The door left open": "ترك الباب مفتوحاً",
    "I would like my doctor or nurse to be": "أفضل أن يكون طبيبي أو ممرضتي",
    "A woman": "امرأة",
    "A man": "رجل",
    "I do not mind": "لا يهمني",
    "My support worker": "عامل الدعم الخاص بي",
    "Name": "الاسم",
    "Phone number": "رقم الهاتف",
}


def arabic(value):
    """A stream block's raw value with every English string swapped for its Arabic translation."""
    if isinstance(value, str):
        return ARABIC.get(value, value)
    if isinstance(value, list):
        return [arabic(v) for v in value]
    if isinstance(value, dict):
        return {
            k: (arabic(v) if k in ("question", "hint", "options", "value") else v) for k, v in value.items()
        }
    return value


@pytest.fixture
def snapshot(home_page):
    page = SnapshotPageFactory(parent=home_page, slug="personal-snapshot")
    page.save_revision().publish()
    return page


@pytest.fixture
def snapshot_ar(snapshot, make_translation):
    """The Arabic translation, with Arabic words in every question (block ids kept, as wagtail-localize does)."""
    page = make_translation(snapshot, "ar")
    page.title = "لمحتي الشخصية"
    page.questions = [
        dict(block, value=arabic(copy.deepcopy(block["value"]))) for block in page.questions.raw_data
    ]
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def block_ids(page):
    return [block.id for block in page.questions]


def answers(page):
    name, helps, clinician, worker = block_ids(page)
    return {
        f"q-{name}": "سارة",
        f"q-{helps}": ["0", "2"],
        f"q-{helps}-other": "أن يتحدث الطبيب ببطء",
        f"q-{clinician}": "0",
        f"q-{worker}-0": "أمل",
        f"q-{worker}-1": "0117 496 0000",
    }


def row_counts():
    return {model._meta.label: model._base_manager.count() for model in apps.get_models()}


class TestTree:
    def test_tree_rules(self):
        assert SnapshotPage.clean_parent_page_models() == [HomePage]
        assert SnapshotPage.clean_subpage_models() == []
        assert SnapshotPage.max_count_per_parent == 1


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ar"])
def test_form_renders_in_english_and_arabic(client, snapshot, snapshot_ar, code):
    page = snapshot if code == "en" else snapshot_ar
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{code}"' in html
    assert re.search(rf'<form class="snapshot-form"\s+method="post"\s+action="{page.url}"', html)
    assert html.count("<fieldset") == 3  # one short answer with a single box is a plain label
    assert html.count("<legend") == 3
    assert 'type="radio"' in html and 'type="checkbox"' in html
    assert 'maxlength="300"' in html
    assert 'autocomplete="off"' in html  # the browser does not remember answers on a shared phone
    # Every question and option carries its English words for the practice's copy.
    assert 'data-en="Things that help me at appointments"' in html
    assert 'data-en="A longer appointment"' in html
    assert 'data-en="Phone number"' in html
    if code == "ar":
        assert "موعد أطول" in html
    assert "no-store" not in response.get("Cache-Control", "")
    assert not response.cookies


@pytest.mark.django_db
def test_arabic_answers_come_back_printable_with_an_english_copy(client, snapshot_ar, caplog):
    client.get(snapshot_ar.url)  # the first page view of a new site stores its default settings
    before = row_counts()
    with caplog.at_level(logging.DEBUG):
        response = client.post(snapshot_ar.url, answers(snapshot_ar))
    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    # The visitor's language ...
    for text in ["سارة", "موعد أطول", "ترك الباب مفتوحاً", "امرأة", "أمل", "أن يتحدث الطبيب ببطء"]:
        assert text in html, text
    assert "عامل دعم معي" not in html  # not chosen
    # ... beside the English copy for the practice.
    for text in [
        "English copy for the practice",
        "Things that help me at appointments",
        "A longer appointment",
    ]:
        assert text in html, text
    assert "The door left open" in html and "A woman" in html and "Phone number:" in html
    assert "A support worker with me" not in html
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\d"', html)
    # Nothing was stored and nothing was logged.
    assert row_counts() == before
    assert caplog.records == []


@pytest.mark.django_db
def test_posting_needs_no_csrf_cookie(snapshot_ar):
    client = Client(enforce_csrf_checks=True)
    response = client.post(snapshot_ar.url, answers(snapshot_ar))
    assert response.status_code == 200, "website/urls.py must route pages through website.serve.serve"
    assert "سارة" in response.content.decode()


@pytest.mark.django_db
def test_other_pages_keep_the_csrf_check(home_page):
    client = Client(enforce_csrf_checks=True)
    assert client.post(home_page.url, {"q": "x"}).status_code == 403


@pytest.mark.django_db
def test_long_answers_are_cut_with_a_note_not_an_error(client, snapshot_ar, caplog):
    name = block_ids(snapshot_ar)[0]
    with caplog.at_level(logging.DEBUG):
        response = client.post(snapshot_ar.url, {f"q-{name}": "ب" * 400})
    html = response.content.decode()
    assert response.status_code == 200
    assert "ب" * 300 in html and "ب" * 301 not in html
    with translation.override("ar"):
        note = gettext("Some answers were longer than 300 letters, so we cut them. They are marked below.")
    assert escape(note) in html or note in html
    assert caplog.records == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data",
    [
        {},
        {"q-nonsense": "x", "action": "nonsense"},
        "bad-indexes",
        "control-characters",
        {f"field{i}": "x" for i in range(1500)},  # more fields than Django accepts
    ],
    ids=["empty", "unknown", "bad-indexes", "control-characters", "too-many-fields"],
)
def test_bad_posts_are_answered_gently_and_not_logged(client, snapshot_ar, caplog, data):
    name, helps, clinician, _worker = block_ids(snapshot_ar)
    if data == "bad-indexes":
        data = {f"q-{helps}": ["-1", "99", "x", "١", "0" * 20], f"q-{clinician}": ["1", "2"]}
    elif data == "control-characters":
        data = {f"q-{name}": "سا\x00ر\u202eة\r\n"}
    with caplog.at_level(logging.DEBUG):
        response = client.post(snapshot_ar.url, data)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert caplog.records == []
    html = response.content.decode()
    if "q-" + clinician in str(data):
        assert "رجل" in html and "لا يهمني" not in html  # only the first of two radio answers counts


@pytest.mark.django_db
def test_download_without_javascript_is_plain_text(client, snapshot_ar):
    response = client.post(snapshot_ar.url, {**answers(snapshot_ar), "action": "download"})
    text = response.content.decode("utf-8-sig")
    assert response["Content-Type"].startswith("text/plain")
    assert response["Content-Disposition"] == 'attachment; filename="my-snapshot.txt"'
    assert "no-store" in response["Cache-Control"]
    assert "سارة" in text and "موعد أطول" in text and "A longer appointment" in text
    assert "Phone number: 0117 496 0000" in text


@pytest.mark.django_db
def test_change_my_answers_brings_the_form_back_filled_in(client, snapshot_ar):
    response = client.post(snapshot_ar.url, {**answers(snapshot_ar), "action": "edit"})
    html = response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert 'value="سارة"' in html
    assert len(re.findall(r"\bchecked\b", html)) == 3


@pytest.mark.django_db
def test_english_page_has_no_second_copy(client, snapshot):
    name = block_ids(snapshot)[0]
    html = client.post(snapshot.url, {f"q-{name}": "Sara"}).content.decode()
    assert "Sara" in html
    assert "English copy for the practice" not in html


@pytest.mark.django_db
def test_posts_are_never_cached_and_gets_are(client, snapshot):
    caches = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "snapshot-pages"},
    }
    name = block_ids(snapshot)[0]
    with override_settings(CACHES=caches):
        page_cache().clear()
        posted = client.post(snapshot.url, {f"q-{name}": "Sara"})
        assert "X-Page-Cache" not in posted
        assert client.get(snapshot.url)["X-Page-Cache"] == "miss"
        again = client.get(snapshot.url)
        assert again["X-Page-Cache"] == "hit"
        assert "Sara" not in again.content.decode()
        page_cache().clear()


@pytest.mark.django_db
def test_query_count_does_not_grow_with_the_questions(client, snapshot_ar):
    def count(method):
        getattr(client, method)(snapshot_ar.url)  # warm the per-process caches
        with CaptureQueriesContext(connection) as queries:
            assert getattr(client, method)(snapshot_ar.url).status_code == 200
        return len(queries)

    small = {method: count(method) for method in ("get", "post")}
    blocks = [dict(block, id=None) for block in snapshot_ar.questions.raw_data]
    snapshot_ar.questions = blocks * 5
    snapshot_ar.save_revision().publish()
    assert {method: count(method) for method in ("get", "post")} == small
    assert max(small.values()) <= 20


@pytest.mark.django_db
def test_questions_hints_and_options_are_translatable(snapshot):
    from wagtail_localize.segments import StringSegmentValue
    from wagtail_localize.segments.extract import extract_segments

    strings = {s.string.data for s in extract_segments(snapshot) if isinstance(s, StringSegmentValue)}
    for text in [
        "The name I like to be called",
        "Choose as many as you like.",
        "A longer appointment",
        "I do not mind",
        "Phone number",
    ]:
        assert text in strings, text
