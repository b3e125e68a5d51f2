"""Reflection on a module: answered in the browser or posted back as a printable record, never stored."""

import pytest
from django.apps import apps
from django.test import Client

from resources.factories import TrainingCoursePageFactory, TrainingIndexPageFactory, TrainingModulePageFactory


@pytest.fixture
def module(home_page):
    training = TrainingIndexPageFactory(parent=home_page, slug="training")
    course = TrainingCoursePageFactory(parent=training, title="Trauma-informed care", slug="trauma")
    return TrainingModulePageFactory(parent=course, title="Why access is unequal", slug="access")


def row_counts():
    return {model._meta.label: model._base_manager.count() for model in apps.get_models()}


ANSWERS = {
    "answer-1": "How many people never get through the door.\nI had not thought about it.",
    "answer-2": "",
}


@pytest.mark.django_db
def test_record_comes_back_with_the_answers_and_nothing_is_stored(module, caplog):
    Client().get(module.url)  # site settings are created on the first visit
    before = row_counts()
    response = Client(enforce_csrf_checks=True).post(module.url, {**ANSWERS, "action": "record"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    for text in [
        "Reflection record",
        "Trauma-informed care",
        "Why access is unequal",
        "Explain the inverse care law.",  # learning outcome
        "What surprised you?",
        "How many people never get through the door.",
        "(Not answered)",
    ]:
        assert text in html, text
    assert row_counts() == before
    assert "never get through" not in caplog.text


@pytest.mark.django_db
def test_download_is_plain_text_for_a_learning_log(module):
    response = Client().post(module.url, {**ANSWERS, "action": "download"})
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="reflection-record.txt"'
    text = response.content.decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0] == "Reflection record"
    assert lines[2].startswith("Date: ")
    assert "Course: Trauma-informed care" in lines
    assert "Module: Why access is unequal" in lines
    assert "- Explain the inverse care law." in lines
    assert "1. What surprised you?" in lines
    assert "How many people never get through the door." in lines
    assert "I had not thought about it." in lines
    assert lines[-1] == "(Not answered)"


@pytest.mark.django_db
def test_change_my_answers_brings_the_form_back_filled_in(module):
    html = Client().post(module.url, {**ANSWERS, "action": "edit"}).content.decode()
    assert "How many people never get through the door." in html
    assert "<textarea" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data",
    [
        {"answer-1": "x" * 20000},
        {"answer-1": "\x00\x01 hidden \u202e text"},
        {"answer-99": "not a question", "action": "<script>"},
        {},
    ],
)
def test_odd_posts_get_a_calm_answer(module, data):
    response = Client().post(module.url, data)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


@pytest.mark.django_db
def test_module_get_is_cacheable_and_post_is_not(module):
    client = Client()
    assert "public" in client.get(module.url)["Cache-Control"]
    assert "no-store" in client.post(module.url, ANSWERS)["Cache-Control"]
