"""Fail when the gettext catalogues in locale/ no longer match the strings in the code.

Runs `makemessages` over a copy of the catalogues and compares the message ids, so the committed files are
never touched. With --require-translations, also fails on any message left untranslated.
"""

import shutil
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

MAKEMESSAGES_IGNORE = [".venv", "static_collected", "media", "node_modules"]


def message_ids(po_path):
    return {
        (entry.msgctxt, entry.msgid, entry.msgid_plural)
        for entry in polib.pofile(str(po_path))
        if not entry.obsolete
    }


class Command(BaseCommand):
    help = "Check that locale/ catalogues are up to date with the code (and, optionally, fully translated)."

    def add_arguments(self, parser):
        parser.add_argument("--require-translations", action="store_true")

    def handle(self, *args, **options):
        locale_dir = Path(settings.LOCALE_PATHS[0])
        catalogues = sorted(locale_dir.glob("*/LC_MESSAGES/django.po"))
        if not catalogues:
            raise CommandError(f"No catalogues in {locale_dir}. Run `make messages`.")
        languages = [po.parent.parent.name for po in catalogues]
        backup = Path(tempfile.mkdtemp()) / "locale"
        shutil.copytree(locale_dir, backup)
        problems = []
        try:
            call_command(
                "makemessages",
                locale=languages,
                no_obsolete=True,
                no_location=True,
                ignore_patterns=MAKEMESSAGES_IGNORE,
                verbosity=0,
            )
            for po_path in catalogues:
                committed = message_ids(backup / po_path.relative_to(locale_dir))
                current = message_ids(po_path)
                missing, extra = current - committed, committed - current
                lang = po_path.parent.parent.name
                if missing:
                    sample = "; ".join(repr(m[1]) for m in sorted(missing, key=str)[:5])
                    problems.append(
                        f"{lang}: {len(missing)} string(s) in the code are not in the catalogue ({sample})"
                    )
                if extra:
                    problems.append(
                        f"{lang}: {len(extra)} string(s) in the catalogue are no longer in the code"
                    )
                if options["require_translations"]:
                    po = polib.pofile(str(backup / po_path.relative_to(locale_dir)))
                    untranslated = [e.msgid for e in po.untranslated_entries()] + [
                        e.msgid for e in po.fuzzy_entries()
                    ]
                    if untranslated:
                        problems.append(
                            f"{lang}: {len(untranslated)} untranslated or fuzzy: {untranslated[:3]!r}"
                        )
        finally:
            shutil.rmtree(locale_dir)
            shutil.copytree(backup, locale_dir)
            shutil.rmtree(backup.parent)
        if problems:
            raise CommandError(
                "Catalogues are stale. Run `make messages` and translate:\n  " + "\n  ".join(problems)
            )
        self.stdout.write(self.style.SUCCESS(f"{len(catalogues)} catalogues match the code."))
