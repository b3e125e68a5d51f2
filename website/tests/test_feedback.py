"""'Is this page useful?' keeps only the answer, the page and the date."""

import pytest

from website.models import PageFeedback


@pytest.mark.django_db
def test_feedback_stores_only_answer_page_and_date(client, home_page):
    response = client.post(
        "/en/feedback/", {"page": home_page.pk, "useful": "yes"}, REMOTE_ADDR="203.0.113.9"
    )
    assert response.status_code == 302
    assert response["Location"].endswith("?feedback=thanks#feedback")
    assert not response.cookies
    feedback = PageFeedback.objects.get()
    assert feedback.useful is True and feedback.page_id == home_page.pk
    assert {f.name for f in PageFeedback._meta.get_fields()} == {"id", "page", "useful", "date"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data", [{}, {"page": "abc", "useful": "yes"}, {"page": 99999, "useful": "no"}, {"useful": "maybe"}]
)
def test_bad_feedback_gets_a_clear_message_and_saves_nothing(client, home_page, data):
    data = {"page": home_page.pk, **data} if "page" not in data and data else data
    response = client.post("/en/feedback/", data)
    assert response.status_code == 400
    assert b"Nothing was saved" in response.content
    assert not PageFeedback.objects.exists()


@pytest.mark.django_db
def test_feedback_report_counts_answers_for_editors(admin_client, home_page):
    for answer in ["yes", "yes", "no"]:
        PageFeedback.objects.create(page=home_page, useful=answer == "yes")
    response = admin_client.get("/admin/reports/page-feedback/")
    assert response.status_code == 200
    html = response.content.decode()
    assert home_page.title in html
