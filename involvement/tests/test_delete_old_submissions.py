import datetime

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from involvement.factories import SubmissionFactory
from involvement.models import Submission


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


@pytest.mark.django_db
def test_deletes_only_submissions_older_than_the_set_period(capsys):
    old = SubmissionFactory(date=days_ago(366))
    kept = SubmissionFactory(date=days_ago(365))
    call_command("delete_old_submissions", "--dry-run")
    assert Submission.objects.count() == 2
    call_command("delete_old_submissions")
    assert list(Submission.objects.all()) == [kept]
    assert not Submission.objects.filter(pk=old.pk).exists()
    assert "Deleted 1 submissions older than 365 days." in capsys.readouterr().out


@pytest.mark.django_db
@override_settings(INVOLVEMENT_KEEP_SUBMISSIONS_DAYS=30)
def test_the_period_is_a_setting():
    SubmissionFactory(date=days_ago(31))
    recent = SubmissionFactory(date=days_ago(29))
    call_command("delete_old_submissions")
    assert list(Submission.objects.all()) == [recent]
