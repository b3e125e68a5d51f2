"""One scheduler for the site's regular jobs, safe to start on every app server.

    python manage.py run_scheduler          # loop for ever (the `scheduler` compose service)
    python manage.py run_scheduler --once   # run the jobs that are due, then stop

Each job run takes a lock in the database, then checks, inside the lock, when the job last finished
(website.models.ScheduledJob). On PostgreSQL the lock is a session advisory lock (pg_try_advisory_lock):
a second scheduler that finds it taken skips the job. On SQLite, a write transaction on the job's row
serialises them. Either way two schedulers never both run a job in the same interval, so editors get one
reminder email, not one per server.
"""

import hashlib
import signal
import time
import traceback
from contextlib import contextmanager

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from website.models import ScheduledJob

# name: (management command, interval in seconds)
JOBS = {
    "publish_scheduled": ("publish_scheduled", 5 * 60),
    "review_reminders": ("review_reminders", 24 * 60 * 60),
}


def lock_id(name):
    return int.from_bytes(hashlib.sha256(f"scheduler:{name}".encode()).digest()[:8], "big", signed=True)


@contextmanager
def job_lock(name):
    """Yields True when this process holds the job's lock, False when another one does."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [lock_id(name)])
            held = cursor.fetchone()[0]
        try:
            yield held
        finally:
            if held:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s)", [lock_id(name)])
    else:
        # SQLite: an immediate transaction (settings) takes the database's write lock up front, so a second
        # scheduler waits here and then sees the first one's finished run.
        with transaction.atomic():
            ScheduledJob.objects.select_for_update().get_or_create(name=name)
            yield True


def is_due(job, interval, now):
    return job.last_finished is None or (now - job.last_finished).total_seconds() >= interval * 0.98


def run_job(name, command, interval, stdout, stderr):
    """Runs the job if it is due and nobody else is running it. Returns True when it ran here."""
    ScheduledJob.objects.get_or_create(name=name)
    with job_lock(name) as held:
        if not held:
            return False
        job = ScheduledJob.objects.get(name=name)
        now = timezone.now()
        if not is_due(job, interval, now):
            return False
        job.last_started = now
        job.save(update_fields=["last_started"])
        try:
            call_command(command, stdout=stdout, stderr=stderr)
            job.last_error = ""
        except Exception:  # a failing job is recorded and retried next interval, the loop goes on
            job.last_error = traceback.format_exc()[-4000:]
            stderr.write(f"{name} failed:\n{job.last_error}")
        job.last_finished = timezone.now()
        job.save(update_fields=["last_finished", "last_error"])
        return True


class Command(BaseCommand):
    help = "Run publish_scheduled every few minutes and review_reminders daily, once across all servers."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="run the jobs that are due, then stop")
        parser.add_argument("--sleep", type=float, default=30.0, help="seconds between checks")

    def handle(self, *args, once=False, sleep=30.0, **options):
        stopping = []
        signal.signal(signal.SIGTERM, lambda *a: stopping.append(True))
        while True:
            for name, (command, interval) in JOBS.items():
                try:
                    if run_job(name, command, interval, self.stdout, self.stderr):
                        self.stdout.write(f"ran {name}")
                except DatabaseError as error:  # database down: try again on the next round
                    self.stderr.write(f"{name}: database unavailable ({error})")
                    connection.close()
            if once or stopping:
                return
            for _ in range(int(sleep * 10)):
                if stopping:
                    return
                time.sleep(0.1)
