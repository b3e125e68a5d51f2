"""Delete "tell us what's hard" submissions older than INVOLVEMENT_KEEP_SUBMISSIONS_DAYS (365). Run daily."""

from django.core.management.base import BaseCommand

from involvement.models import Submission, submission_keep_days


class Command(BaseCommand):
    help = "Delete 'tell us what's hard' submissions older than the set period (INVOLVEMENT_KEEP_SUBMISSIONS_DAYS)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Say how many would go, delete nothing.")

    def handle(self, *args, **options):
        days = submission_keep_days()
        old = Submission.older_than(days)
        count = old.count()
        if options["dry_run"]:
            self.stdout.write(f"{count} submissions are older than {days} days. Nothing was deleted.")
            return
        old.delete()
        self.stdout.write(f"Deleted {count} submissions older than {days} days.")
