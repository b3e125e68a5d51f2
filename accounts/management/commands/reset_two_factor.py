"""Reset a member's two-step sign-in from the server, e.g. for the only superuser, who lost their phone and
their recovery codes: `python manage.py reset_two_factor USERNAME`. They set it up again at their next
sign-in. `--unlock` also lifts the sign-in lockout of that account."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.lockout import clear_failures
from accounts.two_factor import reset_factor


class Command(BaseCommand):
    help = "Remove a member's two-step sign-in factors; they set up new ones at their next sign-in."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--unlock", action="store_true", help="also lift the account's sign-in lockout")

    def handle(self, *args, username, unlock, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No account with the username {username!r}.")
        reset_factor(user)
        self.stdout.write(f"{username} sets up two-step sign-in again at their next sign-in.")
        if unlock:
            count = clear_failures(username)
            self.stdout.write(f"Lockout lifted ({count} records of failed attempts removed).")
