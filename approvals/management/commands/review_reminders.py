"""Email editors about pages whose "Next review due" date is within 30 days or past.

Run it daily (cron, a scheduled container job…). `--dry-run` prints the email instead of sending it.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from approvals.reviews import REMINDER_DAYS, pages_due_for_review
from website.groups import EDITORS
from website.translations import default_language


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
        User = get_user_model()
        recipients = {
            u.pk: u for u in User.objects.filter(is_active=True, groups__name=EDITORS).exclude(email="")
        }
        recipients |= {p.owner.pk: p.owner for p in pages if p.owner and p.owner.is_active and p.owner.email}
        if options["dry_run"]:
            subject, body = self.message(pages, today)
            self.stdout.write(
                f"To: {', '.join(sorted(u.email for u in recipients.values())) or '(nobody)'}\n"
                f"Subject: {subject}\n\n{body}"
            )
            return
        if not recipients:
            self.stderr.write("Nobody to email: the Editors group has no members with an email address.")
            return
        # Each member gets the email in the language they chose for the admin.
        by_language = {}
        for user in recipients.values():
            by_language.setdefault(preferred_language(user), []).append(user.email)
        for language, emails in by_language.items():
            with translation.override(language):
                subject, body = self.message(pages, today)
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, sorted(emails))
        self.stdout.write(f"Emailed {len(recipients)} editor(s) about {len(pages)} page(s).")

    def message(self, pages, today):
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        lines = []
        for page in pages:
            date = formats.date_format(page.next_review_due, "j F Y")
            when = (
                _("OVERDUE since %(date)s") % {"date": date}
                if page.next_review_due < today
                else _("due %(date)s") % {"date": date}
            )
            edit = base + reverse("wagtailadmin_pages:edit", args=[page.pk])
            lines.append(f"- {page.title} ({page.locale.language_code}): {when}\n  {edit}")
        intro = _(
            "Hello,\n\nThese pages need checking to make sure everything on them is still true.\n"
            "Open each one, check it with the panel, and set new review dates."
        )
        subject = ngettext(
            "%(count)s page is due for review", "%(count)s pages are due for review", len(pages)
        ) % {"count": len(pages)}
        return subject, intro + "\n\n" + "\n".join(lines) + "\n"


def preferred_language(user):
    profile = getattr(user, "wagtail_userprofile", None)
    language = profile.get_preferred_language() if profile else default_language()
    return language if language in dict(settings.LANGUAGES) else default_language()
