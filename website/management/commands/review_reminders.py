"""Email editors about pages whose "Next review due" date is within 30 days or past.

Run it daily (cron, a scheduled container job…). `--dry-run` prints the email instead of sending it.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.urls import reverse
from django.utils import timezone

from website.reviews import REMINDER_DAYS, pages_due_for_review


class Command(BaseCommand):
    help = "Email editors a list of pages due for review within 30 days, or overdue."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, default=REMINDER_DAYS, help="How far ahead to look (default 30)."
        )
        parser.add_argument("--dry-run", action="store_true", help="Print the email instead of sending it.")

    def handle(self, *args, **options):
        today = timezone.localdate()
        pages = pages_due_for_review(days=options["days"], today=today)
        if not pages:
            self.stdout.write("No pages are due for review.")
            return
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        lines = []
        for page in pages:
            when = "OVERDUE since" if page.next_review_due < today else "due"
            edit = base + reverse("wagtailadmin_pages:edit", args=[page.pk])
            lines.append(
                f"- {page.title} ({page.locale.language_code}): {when} {page.next_review_due:%d %B %Y}\n  {edit}"
            )
        body = (
            "Hello,\n\nThese pages need checking to make sure everything on them is still true.\n"
            "Open each one, check it with the panel, and set new review dates.\n\n" + "\n".join(lines) + "\n"
        )
        User = get_user_model()
        recipients = set(
            User.objects.filter(is_active=True, groups__name="Editors")
            .exclude(email="")
            .values_list("email", flat=True)
        )
        recipients |= {p.owner.email for p in pages if p.owner and p.owner.is_active and p.owner.email}
        subject = f"{len(pages)} page(s) due for review"
        if options["dry_run"]:
            self.stdout.write(
                f"To: {', '.join(sorted(recipients)) or '(nobody)'}\nSubject: {subject}\n\n{body}"
            )
            return
        if not recipients:
            self.stderr.write("Nobody to email: the Editors group has no members with an email address.")
            return
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, sorted(recipients))
        self.stdout.write(f"Emailed {len(recipients)} editor(s) about {len(pages)} page(s).")
