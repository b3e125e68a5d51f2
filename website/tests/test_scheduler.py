"""Scheduled work runs once however many schedulers run: two of them send one reminder per editor."""

import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from resources.factories import GuideIndexPageFactory, GuidePageFactory
from website.factories import UserFactory
from website.management.commands.run_scheduler import JOBS, run_job
from website.models import ScheduledJob

BASE_DIR = Path(__file__).resolve().parents[2]


def due_guides(home_page):
    index = GuideIndexPageFactory(parent=home_page, slug="guides")
    today = timezone.localdate()
    for title in ("Overdue guide", "Soon guide"):
        GuidePageFactory(parent=index, title=title, next_review_due=today - datetime.timedelta(days=3))


@pytest.mark.django_db
def test_a_job_runs_once_per_interval_and_records_its_run(home_page):
    UserFactory(username="ed", email="ed@example.org", groups=["Editors"])
    due_guides(home_page)
    command, interval = JOBS["review_reminders"]
    assert run_job("review_reminders", command, interval, open(os.devnull, "w"), sys.stderr)
    assert not run_job("review_reminders", command, interval, open(os.devnull, "w"), sys.stderr)
    assert len(mail.outbox) == 1
    job = ScheduledJob.objects.get(name="review_reminders")
    assert job.last_finished and not job.last_error
    # A day later it is due again.
    ScheduledJob.objects.filter(pk=job.pk).update(
        last_finished=job.last_finished - datetime.timedelta(days=1)
    )
    call_command("run_scheduler", "--once", stdout=open(os.devnull, "w"))
    assert len(mail.outbox) == 2


def database_url():
    settings = connection.settings_dict
    if connection.vendor == "postgresql":
        user = settings["USER"] or "postgres"
        password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
        return f"postgres://{user}{password}@{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}/{settings['NAME']}"
    name = str(settings["NAME"])
    if "memory" in name or name.startswith("file:"):
        return None
    return f"sqlite:///{name}"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_schedulers_started_together_send_one_email_per_editor(home_page):
    url = database_url()
    if url is None:
        pytest.skip("needs a database other processes can open (make test-postgres runs this)")
    UserFactory(username="ed", email="ed@example.org", groups=["Editors"])
    UserFactory(username="ed2", email="ed2@example.org", groups=["Editors"])
    due_guides(home_page)
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "website.settings.test",
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
    }
    command = [sys.executable, "manage.py", "run_scheduler", "--once"]
    schedulers = [
        subprocess.Popen(
            command, cwd=BASE_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outputs = [process.communicate(timeout=300) for process in schedulers]
    assert [process.returncode for process in schedulers] == [0, 0], outputs
    printed = "".join(out for out, _err in outputs)
    assert printed.count("ran review_reminders") == 1, outputs
    recipients = [line for line in printed.splitlines() if line.startswith("To: ")]
    # One reminder, to both editors, naming each due page once.
    assert len(recipients) == 1 and sorted(recipients[0][4:].split(", ")) == [
        "ed2@example.org",
        "ed@example.org",
    ]
    assert printed.count("Overdue guide") == 1 and printed.count("Soon guide") == 1
