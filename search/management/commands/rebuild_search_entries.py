from django.core.management.base import BaseCommand

from search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the public search index from every live page (publishing keeps it up to date)."

    def handle(self, *args, **options):
        self.stdout.write(f"Indexed {rebuild()} live pages.")
