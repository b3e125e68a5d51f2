"""'Is this page useful?' keeps only the answer, the page and the date (and, after "No", what was wrong);
a retry stores nothing twice, one client cannot flood it, and only live public content pages take it."""

import re

import pytest
from django.core import signing
from django.test import override_settings
from wagtail.models import PageViewRestriction

from resources.factories import GuideIndexPageFactory, GuidePageFactory
from website.models import FeedbackReceipt, PageFeedback
from website.views import FOLLOW_UP_SALT


@pytest.fixture
def guide(home_page):
    index = GuideIndexPageFactory(parent=home_page, title="Guides", slug="guides")
    return GuidePageFactory(parent=index, title="Register with a GP", slug="register-with-a-gp")


def answer(client, page, useful, **extra):
    extra.setdefault("REMOTE_ADDR", "203.0.113.9")
    return client.post("/en/feedback/", {"page": page.pk, "useful": useful}, **extra)


@pytest.mark.django_db
def test_feedback_stores_only_answer_page_and_date(client, guide):
    response = answer(client, guide, "yes")
    assert response.status_code == 302
    assert response["Location"].endswith("?feedback=thanks#feedback")
    assert not response.cookies
    feedback = PageFeedback.objects.get()
    assert feedback.useful is True and feedback.page_id == guide.pk
    assert {f.name for f in PageFeedback._meta.get_fields()} == {
        "id",
        "page",
        "useful",
        "date",
        "reason",
        "comment",
    }
    receipt = FeedbackReceipt.objects.get()
    assert "203.0.113.9" not in receipt.client + receipt.key and len(receipt.client) == 64


@pytest.mark.django_db
def test_a_retry_of_the_same_answer_stores_one_row(client, guide):
    first = answer(client, guide, "no")
    second = answer(client, guide, "no")
    assert first.status_code == second.status_code == 302
    # The same follow-up (its signed link may carry a later time stamp).
    token = lambda response: response["Location"].rstrip("/").rsplit("/", 1)[-1]  # noqa: E731
    assert signing.loads(token(first), salt=FOLLOW_UP_SALT) == signing.loads(
        token(second), salt=FOLLOW_UP_SALT
    )
    assert PageFeedback.objects.count() == 1
    # Another client's answer is its own.
    client.post("/en/feedback/", {"page": guide.pk, "useful": "no"}, REMOTE_ADDR="198.51.100.7")
    assert PageFeedback.objects.count() == 2


@pytest.mark.django_db
@override_settings(FEEDBACK_MAX_PER_CLIENT=3)
def test_one_client_is_throttled(client, guide, home_page):
    pages = [guide] + [GuidePageFactory(parent=guide.get_parent(), slug=f"guide-{n}") for n in range(3)]
    statuses = [answer(client, page, "yes").status_code for page in pages]
    assert statuses == [302, 302, 302, 429]
    assert PageFeedback.objects.count() == 3
    assert "Nothing was saved" in answer(client, pages[3], "yes").content.decode()


@pytest.mark.django_db
@override_settings(FEEDBACK_MAX_PER_CLIENT=1, TRUSTED_PROXIES=["10.0.0.2"])
def test_behind_the_proxy_visitors_are_counted_apart(client, guide):
    other = GuidePageFactory(parent=guide.get_parent(), slug="another-guide")

    def through_proxy(page, visitor):
        return answer(client, page, "yes", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=visitor).status_code

    assert through_proxy(guide, "203.0.113.9") == 302
    assert through_proxy(guide, "198.51.100.7") == 302  # not the first visitor's retry, nor their count
    assert through_proxy(other, "203.0.113.9") == 429
    assert PageFeedback.objects.count() == 2


@pytest.mark.django_db
@override_settings(FEEDBACK_RECEIPT_MINUTES=-1)
def test_receipts_expire_and_are_deleted(client, guide):
    answer(client, guide, "yes")
    answer(client, guide, "yes")
    assert PageFeedback.objects.count() == 2
    assert FeedbackReceipt.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data", [{}, {"page": "abc", "useful": "yes"}, {"page": 99999, "useful": "no"}, {"page": "9" * 30}]
)
def test_bad_feedback_gets_a_clear_message_and_saves_nothing(client, guide, data):
    response = client.post("/en/feedback/", data)
    assert response.status_code in (400, 404)
    assert b"Nothing was saved" in response.content
    assert not PageFeedback.objects.exists()


@pytest.mark.django_db
def test_feedback_refuses_pages_that_are_not_public_content(client, guide, home_page):
    draft = GuidePageFactory(parent=guide.get_parent(), slug="draft", live=False)
    private = GuidePageFactory(parent=guide.get_parent(), slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    for page in (draft, private, home_page, guide.get_parent()):
        response = answer(client, page, "yes")
        assert response.status_code == 404, page
        assert "Nothing was saved" in response.content.decode()
    response = answer(client, guide, "maybe")
    assert response.status_code == 400
    assert not PageFeedback.objects.exists()


@pytest.mark.django_db
def test_after_no_one_optional_question_without_javascript(client, guide):
    response = answer(client, guide, "no")
    follow_up = response["Location"]
    assert "/en/feedback/more/" in follow_up
    page = client.get(follow_up)
    assert page.status_code == 200 and not page.cookies
    html = page.content.decode()
    assert "What was wrong?" in html and "Please do not type your name" in html
    assert "no-cache" in page["Cache-Control"] or "no-store" in page["Cache-Control"]
    sent = client.post(
        follow_up, {"reason": "hard", "comment": "Too many words. Call me on 07700 900123 or a@b.uk"}
    )
    assert sent.status_code == 302 and sent["Location"].endswith("?feedback=thanks#feedback")
    feedback = PageFeedback.objects.get()
    assert feedback.reason == "hard"
    assert "07700" not in feedback.comment and "a@b.uk" not in feedback.comment
    assert feedback.comment.startswith("Too many words.")
    # Sending the form again changes nothing.
    client.post(follow_up, {"reason": "other", "comment": "Again"})
    feedback.refresh_from_db()
    assert feedback.reason == "hard"


@pytest.mark.django_db
def test_follow_up_link_cannot_be_forged(client, guide):
    assert client.get("/en/feedback/more/1:forged/").status_code == 404
    yes = answer(client, guide, "yes")
    assert "more" not in yes["Location"]


@pytest.mark.django_db
def test_feedback_report_groups_answers_by_page_and_language(admin_client, client, guide, make_translation):
    arabic = make_translation(guide, "ar")
    for answer_, reason in [("yes", ""), ("no", "hard"), ("no", "hard"), ("no", "wrong")]:
        PageFeedback.objects.create(page=guide, useful=answer_ == "yes", reason=reason)
    PageFeedback.objects.create(page=arabic, useful=False, reason="language", comment="الترجمة غير واضحة")
    response = admin_client.get("/admin/reports/page-feedback/")
    assert response.status_code == 200
    html = response.content.decode()
    assert guide.title in html and arabic.title in html
    assert "It was hard to understand: 2" in html
    assert "الترجمة غير واضحة" in html
    assert f"/admin/pages/{guide.pk}/edit/" in html and f"/admin/pages/{arabic.pk}/edit/" in html
    assert re.search(r"Arabic", html)
