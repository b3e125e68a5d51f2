"""Editors hear about pages whose "Next review due" date is within 30 days or past."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from resources.factories import GuideIndexPageFactory, GuidePageFactory
from website.factories import UserFactory


@pytest.fixture
def guides(home_page):
    index = GuideIndexPageFactory(parent=home_page, slug="guides")
    today = timezone.localdate()
    return {
        "overdue": GuidePageFactory(
            parent=index,
            title="Overdue guide",
            next_review_due=today - datetime.timedelta(days=3),
            last_reviewed=today - datetime.timedelta(days=400),
        ),
        "soon": GuidePageFactory(
            parent=index, title="Soon guide", next_review_due=today + datetime.timedelta(days=20)
        ),
        "later": GuidePageFactory(
            parent=index, title="Later guide", next_review_due=today + datetime.timedelta(days=90)
        ),
    }


@pytest.mark.django_db
def test_review_reminders_email_editors_about_pages_due_within_30_days(guides):
    UserFactory(username="ed", email="ed@example.org", groups=["Editors"])
    UserFactory(username="pm", email="pm@example.org", groups=["Lived experience panel"])
    call_command("review_reminders", verbosity=0)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ed@example.org"]
    assert "Overdue guide" in message.body and "OVERDUE" in message.body
    assert "Soon guide" in message.body
    assert "Later guide" not in message.body
    assert f"/admin/pages/{guides['soon'].pk}/edit/" in message.body


@pytest.mark.django_db
def test_review_reminders_send_nothing_when_nothing_is_due(home_page, capsys):
    UserFactory(username="ed", email="ed@example.org", groups=["Editors"])
    call_command("review_reminders")
    assert not mail.outbox
    assert "No pages are due" in capsys.readouterr().out


@pytest.mark.django_db
def test_due_for_review_report_and_dashboard(admin_client, guides):
    report = admin_client.get("/admin/reports/due-for-review/").content.decode()
    assert "Overdue guide" in report and "Soon guide" in report and "Later guide" not in report
    dashboard = admin_client.get("/admin/").content.decode()
    assert "Due for review" in dashboard and "Overdue guide" in dashboard
