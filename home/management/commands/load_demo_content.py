"""Build a realistic demo site from the factories the tests use.

Idempotent: pages that already exist (by slug under their parent) are left alone, so running it twice
changes nothing. `--reset` deletes the demo pages and accounts first and builds them again.
"""

import datetime
import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from blog import demo_content as blog_text
from blog.factories import BlogIndexPageFactory, BlogPageFactory
from blog.models import BlogIndexPage, BlogPage
from home import demo_content as home_text
from home.factories import StandardPageFactory
from home.models import HomePage, StandardPage
from resources import demo_content as resources_text
from resources.factories import (
    GuideIndexPageFactory,
    GuidePageFactory,
    SnapshotPageFactory,
    TopTipsPageFactory,
)
from resources.models import GuideIndexPage, GuidePage, SnapshotPage, Topic, TopTipsPage
from website.models import SiteSettings

DEFAULT_DEMO_PASSWORD = "co-produce-2026"  # noqa: S105 - local demo accounts only, documented in README

# username, first name, last name, groups, superuser
DEMO_ACCOUNTS = [
    ("admin", "Alex", "Admin", [], True),
    ("editor", "Erin", "Editor", ["Editors"], False),
    ("panel1", "Rose", "Panel member", ["Lived experience panel"], False),
    ("panel2", "Amal", "Panel member", ["Lived experience panel"], False),
    ("panel3", "Jo", "Panel member", ["Lived experience panel"], False),
    ("clinician", "Dr Sam", "Clinician", ["Clinical reviewers"], False),
    ("translator", "Tamar", "Translator", ["Translators"], False),
    ("trainee", "Kit", "GP trainee", ["GP trainees"], False),
]


def publish(page):
    page.save_revision().publish()
    return page


class Command(BaseCommand):
    help = "Load the demo site (guides, tips, blog, standard pages) and one demo account per role."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="Delete the demo content and accounts first."
        )
        parser.add_argument(
            "--allow-demo-accounts",
            action="store_true",
            help="Create the demo accounts even though DEBUG is off. Never on a public server.",
        )

    def handle(self, *args, **options):
        create_accounts = settings.DEBUG or options["allow_demo_accounts"]
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        if not isinstance(home, HomePage):
            raise CommandError(
                "The default site's root page is not a HomePage. Run `manage.py migrate` first."
            )
        with transaction.atomic():
            if options["reset"]:
                self.reset(home)
            self.build(home, site)
            if create_accounts:
                self.create_accounts()
        if not create_accounts:
            self.stdout.write(
                self.style.WARNING(
                    "DEBUG is off, so no demo accounts were created. Use --allow-demo-accounts to create them anyway."
                )
            )
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))

    def reset(self, home):
        for child in home.get_children():
            child.delete()
        for translation in home.get_translations():
            for child in translation.get_children():
                child.delete()
        get_user_model().objects.filter(username__in=[a[0] for a in DEMO_ACCOUNTS]).delete()
        self.stdout.write("Removed the demo pages and accounts.")

    def child(self, parent, model, slug):
        return model.objects.child_of(parent).filter(slug=slug).first()

    def build(self, home, site):
        settings_obj = SiteSettings.for_site(site)
        if not settings_obj.contact_email:
            settings_obj.organisation_name = "Bridging Health"
            settings_obj.contact_email = "hello@bridging-health.example"
            settings_obj.contact_phone = "0117 496 0000"
            settings_obj.postal_address = "Community Centre, 1 Example Street, Bristol BS1 0AA"
            settings_obj.interpreting_pin = "4821"
            settings_obj.save()

        today = timezone.localdate()
        reviewed = today - datetime.timedelta(days=45)
        due = reviewed + datetime.timedelta(days=365)

        # Guides
        guide_index = self.child(home, GuideIndexPage, resources_text.GUIDE_INDEX["slug"])
        if not guide_index:
            guide_index = publish(GuideIndexPageFactory(parent=home, **resources_text.GUIDE_INDEX))
        topics = {t.slug: t for t in Topic.objects.filter(locale=home.locale)}
        for data in resources_text.GUIDES:
            if self.child(guide_index, GuidePage, data["slug"]):
                continue
            fields = dict(data, topic=topics.get(data["topic"]), last_reviewed=reviewed, next_review_due=due)
            publish(GuidePageFactory(parent=guide_index, **fields))

        # Top tips
        tips = resources_text.TOP_TIPS
        if not self.child(home, TopTipsPage, tips["slug"]):
            publish(
                TopTipsPageFactory(
                    parent=home,
                    title=tips["title"],
                    slug=tips["slug"],
                    summary=tips["summary"],
                    intro=tips["intro"],
                    tips=[("tip", tip) for tip in tips["tips"]],
                    last_reviewed=reviewed,
                    next_review_due=due,
                )
            )

        # Personal snapshot
        if not self.child(home, SnapshotPage, resources_text.SNAPSHOT["slug"]):
            publish(SnapshotPageFactory(parent=home, **resources_text.SNAPSHOT))

        # Blog
        blog_index = self.child(home, BlogIndexPage, blog_text.BLOG_INDEX["slug"])
        if not blog_index:
            blog_index = publish(BlogIndexPageFactory(parent=home, **blog_text.BLOG_INDEX))
        for data in blog_text.POSTS:
            if self.child(blog_index, BlogPage, data["slug"]):
                continue
            fields = dict(data, date=datetime.date.fromisoformat(data["date"]))
            tags = fields.pop("tags", [])
            post = BlogPageFactory(parent=blog_index, **fields)
            post.tags.add(*tags)
            publish(post)

        # Standard pages
        for data in home_text.STANDARD_PAGES:
            if not self.child(home, StandardPage, data["slug"]):
                publish(StandardPageFactory(parent=home, **data))

        # Home page: intro and ways in, once the pages they point to exist.
        if not home.entry_points:
            targets = {p.slug: p for p in home.get_children()}
            home.intro = home_text.HOME["intro"]
            home.summary = home_text.HOME["summary"]
            home.entry_points = [
                ("entry_point", {"title": e["title"], "text": e["text"], "page": targets[e["target"]]})
                for e in home_text.ENTRY_POINTS
                if e["target"] in targets
            ]
            publish(home)

    def create_accounts(self):
        password = os.environ.get("DEMO_PASSWORD") or DEFAULT_DEMO_PASSWORD
        from django.contrib.auth.models import Group

        User = get_user_model()
        for username, first, last, groups, superuser in DEMO_ACCOUNTS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first,
                    "last_name": last,
                    "email": f"{username}@bridging-health.example",
                },
            )
            if created:
                user.set_password(password)
                user.is_superuser = user.is_staff = superuser
                user.save()
                user.groups.set(Group.objects.filter(name__in=groups))
        self.stdout.write(
            f"Demo accounts: {', '.join(a[0] for a in DEMO_ACCOUNTS)} (password from DEMO_PASSWORD)."
        )
