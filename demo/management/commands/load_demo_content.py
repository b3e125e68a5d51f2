"""Build a realistic demo site from the data files in demo/content/ and demo/translations/.

Each page is one YAML file: its page type, its fields (stream fields as lists of {type, value}) and the files
of its children, in order. The pages are built with the factories the tests use. Translations are PO files,
one per page (or topic) and language, imported through wagtail-localize, so translators see them segment by
segment; each string is marked in the admin as a draft for a community translator.

With the demo accounts, every page goes live through its real approval workflow: `editor` submits it (a
translation: `translator`) and `clinician`, `panel1` and `panel2` approve the steps they may approve, so the
public trust line comes from real workflow records. Without them, pages are published directly.

Idempotent: pages that already exist (by slug under their parent) are left alone, so running it twice
changes nothing. `--reset` deletes the demo pages and accounts first and builds them again.
"""

import datetime
import os
import uuid
from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from django.utils.text import slugify
from wagtail import blocks
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, PageViewRestriction, Site, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

from approvals.templatetags.approvals_tags import trust_line
from blog.factories import BlogIndexPageFactory, BlogPageFactory
from blog.models import BlogPage
from demo.files import CONTENT, TRANSLATIONS, read
from home.factories import StandardPageFactory
from home.models import HomePage
from involvement.factories import OpportunityPageFactory, TakePartIndexPageFactory
from involvement.models import Submission, Theme
from resources.factories import (
    ChecklistPageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    SnapshotPageFactory,
    TopTipsPageFactory,
    TrainingCoursePageFactory,
    TrainingIndexPageFactory,
    TrainingModulePageFactory,
)
from resources.models import Topic
from website.groups import GP_TRAINEES
from website.models import GlossaryTerm, SiteSettings

DEFAULT_DEMO_PASSWORD = "co-produce-2026"  # noqa: S105 - local demo accounts only, documented in README

FACTORIES = {
    "blog.BlogIndexPage": BlogIndexPageFactory,
    "blog.BlogPage": BlogPageFactory,
    "home.StandardPage": StandardPageFactory,
    "involvement.OpportunityPage": OpportunityPageFactory,
    "involvement.TakePartIndexPage": TakePartIndexPageFactory,
    "resources.ChecklistPage": ChecklistPageFactory,
    "resources.GuideIndexPage": GuideIndexPageFactory,
    "resources.GuidePage": GuidePageFactory,
    "resources.SnapshotPage": SnapshotPageFactory,
    "resources.TopTipsPage": TopTipsPageFactory,
    "resources.TrainingCoursePage": TrainingCoursePageFactory,
    "resources.TrainingIndexPage": TrainingIndexPageFactory,
    "resources.TrainingModulePage": TrainingModulePageFactory,
}

# The page types whose review dates the demo sets: checked 45 days ago, due again a year after that.
REVIEWED = {
    "resources.ChecklistPage",
    "resources.GuidePage",
    "resources.TopTipsPage",
    "resources.TrainingCoursePage",
    "resources.TrainingModulePage",
}

DRAFT_TRANSLATION = "Demo draft: needs review by a community translator"

# Block ids follow from each block's place in its file, so the contexts (msgctxt) of the PO files, which
# name blocks by id, find the same blocks every time the demo is built.
BLOCK_IDS = uuid.UUID("1492871a-7235-48d2-beff-1bbc4d863793")

# Who approves, in this order: each gives the approvals of the workflow steps their groups may approve.
REVIEWERS = ["clinician", "panel1", "panel2"]


def block_id(key):
    return str(uuid.uuid5(BLOCK_IDS, key))


def stream_data(block, value, key):
    """A stream value as written in the files, in its stored form, each block and list item with its id."""
    if isinstance(block, blocks.StreamBlock):
        return [
            {
                "type": item["type"],
                "value": stream_data(block.child_blocks[item["type"]], item["value"], f"{key}.{index}"),
                "id": block_id(f"{key}.{index}"),
            }
            for index, item in enumerate(value)
        ]
    if isinstance(block, blocks.ListBlock):
        return [
            {
                "type": "item",
                "value": stream_data(block.child_block, item, f"{key}.{index}"),
                "id": block_id(f"{key}.{index}"),
            }
            for index, item in enumerate(value)
        ]
    if isinstance(block, blocks.StructBlock):
        return {
            name: stream_data(block.child_blocks[name], item, f"{key}.{name}") for name, item in value.items()
        }
    return value


def stream_value(model, slug, name, value):
    """The value of a page's stream field as written in its file, in its stored form."""
    return stream_data(model._meta.get_field(name).stream_block, value, f"{slug}.{name}")


def stream_fields(model, slug, fields):
    """The fields of a page, with its stream fields in their stored form."""
    return {
        name: stream_value(model, slug, name, value)
        if isinstance(model._meta.get_field(name), StreamField)
        else value
        for name, value in fields.items()
    }


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
        site_data = read("site.yaml")
        today = timezone.localdate()
        self.reviewed = today - datetime.timedelta(days=45)
        self.due = self.reviewed + datetime.timedelta(days=365)
        self.pages = []  # (page, who submits it), parents before children
        self.accounts = {}
        # The approval emails (sent when the transaction commits) would only fill the console of `make run`.
        with (
            override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"),
            transaction.atomic(),
        ):
            if options["reset"]:
                self.reset(home, site_data["accounts"])
            if create_accounts:
                self.accounts = self.create_accounts(site_data["accounts"])
            self.site_settings(site, site_data["settings"])
            self.glossary(home.locale, site_data.get("glossary", []))
            self.build_home(home)
            self.translate(home)
            for page, submitter in self.pages:
                self.go_live(Page.objects.get(pk=page.pk).specific, submitter)
            self.search_promotions(home)
            self.take_part_feedback(home)
            if create_accounts:
                self.waiting_post(home)
        if not create_accounts:
            self.stdout.write(
                self.style.WARNING(
                    "DEBUG is off, so no demo accounts were created. Use --allow-demo-accounts to create them anyway."
                )
            )
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))

    def reset(self, home, accounts):
        home.entry_points = []  # they point to the pages deleted here; build_home() makes them again
        for child in home.get_children():
            child.delete()
        for translation in home.get_translations():
            for child in translation.get_children():
                child.delete()
        get_user_model().objects.filter(username__in=[a["username"] for a in accounts]).delete()
        Submission.objects.all().delete()  # take_part_feedback() makes the demo's again, linked to the new posts
        Theme.objects.all().delete()
        self.stdout.write("Removed the demo pages and accounts.")

    def create_accounts(self, accounts):
        password = os.environ.get("DEMO_PASSWORD") or DEFAULT_DEMO_PASSWORD
        users = {}
        for account in accounts:
            username = account["username"]
            user, created = get_user_model().objects.get_or_create(
                username=username,
                defaults={
                    "first_name": account["first_name"],
                    "last_name": account["last_name"],
                    "email": f"{username}@bridging-health.example",
                },
            )
            if created:
                user.set_password(password)
                user.is_superuser = user.is_staff = account.get("superuser", False)
                user.save()
                user.groups.set(Group.objects.filter(name__in=account["groups"]))
            users[username] = user
        self.stdout.write(f"Demo accounts: {', '.join(users)} (password from DEMO_PASSWORD).")
        return users

    def site_settings(self, site, values):
        settings_obj = SiteSettings.for_site(site)
        if not settings_obj.contact_email:
            for name, value in values.items():
                setattr(settings_obj, name, value)
            settings_obj.save()

    # ------------------------------------------------------------------------------------------ pages

    def glossary(self, locale, entries):
        for entry in entries:
            GlossaryTerm.objects.get_or_create(
                locale=locale, term=entry["term"], defaults={"plain": entry["plain"]}
            )

    def build_home(self, home):
        """The sections and pages of home.yaml, then the home page's intro and ways in to them."""
        data = read("home.yaml")
        for child in data["children"]:
            self.build(home, Path(f"{child}.yaml"))
        if not home.entry_points:
            targets = {page.slug: page.pk for page in home.get_children()}
            home.summary = data["summary"]
            home.intro = data["intro"]
            entry_points = [
                dict(entry, value=dict(entry["value"], page=targets[entry["value"]["page"]]))
                for entry in data["entry_points"]
                if entry["value"]["page"] in targets
            ]
            home.entry_points = stream_value(HomePage, home.slug, "entry_points", entry_points)
            home.save_revision(user=self.accounts.get("editor"))
        self.pages.append((home, self.accounts.get("editor")))

    def build(self, parent, path):
        """The page of one file under `parent`, made unless it exists, then the pages of its children."""
        data = read(path)
        page_type = data.pop("type")
        children = data.pop("children", [])
        data.pop("awaiting_approval", None)  # made by waiting_post(), with the demo accounts only
        data.pop("themes", None)  # made by take_part_feedback()
        data.pop("submissions", None)
        model = apps.get_model(page_type)
        page = model.objects.child_of(parent).filter(slug=data["slug"]).first()
        if page is None:
            page = self.create(parent, page_type, data, path.parent)
        self.pages.append((page, self.accounts.get("editor")))
        for child in children:
            self.build(page, path.parent / f"{child}.yaml")

    def create(self, parent, page_type, data, folder, **extra):
        """A draft page from the fields of its file (folder: where the file is), with a first revision."""
        model = apps.get_model(page_type)
        fields = dict(data, **extra)
        trainee_only = fields.pop("trainee_only", False)
        tags = fields.pop("tags", [])
        if "topic" in fields:
            fields["topic"] = Topic.objects.filter(locale=parent.locale, slug=fields["topic"]).first()
        if "date" in fields:
            fields["date"] = datetime.date.fromisoformat(fields["date"])
        fields.update(self.opportunity_times(fields))
        if "handouts" in fields:
            fields["handouts"] = [self.handout(folder, handout) for handout in fields["handouts"]]
        if page_type in REVIEWED:
            fields.update(last_reviewed=self.reviewed, next_review_due=self.due)
        page = FACTORIES[page_type](parent=parent, live=False, **stream_fields(model, data["slug"], fields))
        if tags:
            page.tags.add(*tags)
        if trainee_only:
            restriction = PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.GROUPS
            )
            restriction.groups.set([Group.objects.get(name=GP_TRAINEES)])
        page.save_revision(user=self.accounts.get("editor"))
        return page

    def opportunity_times(self, fields):
        """An opportunity's dates, counted from today so the demo always has open ones and a past one:
        starts_in_days, start_time (UK time) and duration_hours; closes_in_days."""
        times = {}
        if "starts_in_days" in fields:
            day = timezone.localdate() + datetime.timedelta(days=fields.pop("starts_in_days"))
            start = datetime.time.fromisoformat(fields.pop("start_time"))
            times["starts_at"] = timezone.make_aware(datetime.datetime.combine(day, start))
            times["ends_at"] = times["starts_at"] + datetime.timedelta(hours=fields.pop("duration_hours"))
        elif "who_it_is_for" in fields:  # an opportunity people can join at any time
            times.update(starts_at=None, ends_at=None)
        if "closes_in_days" in fields:
            times["closes_on"] = timezone.localdate() + datetime.timedelta(days=fields.pop("closes_in_days"))
        return times

    def take_part_feedback(self, home):
        """The themes and "tell us what's hard" messages of take-part/index.yaml, once (when there are no
        themes yet), each message linked to the English post that answers it."""
        if Theme.objects.exists():
            return
        data = read("take-part/index.yaml")
        english = home.locale
        posts = {post.slug: post for post in BlogPage.objects.filter(locale=english)}
        themes = {}
        for item in data["themes"]:
            themes[item["name"]] = Theme.objects.create(
                name=item["name"], description=item["description"], locale=english
            )
        today = timezone.localdate()
        for item in data["submissions"]:
            submission = Submission.objects.create(
                text=item["text"],
                language=item["language"],
                date=today - datetime.timedelta(days=item["days_ago"]),
                post=posts.get(item.get("post")),
            )
            submission.themes.set([themes[name] for name in item.get("themes", [])])

    def handout(self, folder, handout):
        """A handout block: the document (made from its text file unless one has the title) and its notes."""
        Document = get_document_model()
        document = Document.objects.filter(title=handout["title"]).first()
        if document is None:
            path = CONTENT / folder / handout["file"]
            document = Document.objects.create(
                title=handout["title"], file=ContentFile(path.read_bytes(), name=path.name)
            )
        return {
            "type": "handout",
            "value": {
                "document": document.pk,
                "kind": handout["kind"],
                "title": "",
                "description": handout["description"],
            },
        }

    # ----------------------------------------------------------------------------------- translations

    def translate(self, home):
        """Each language of demo/translations/: its topics, then its pages, parents first."""
        translator = self.accounts.get("translator")
        english = home.locale
        for folder in sorted(TRANSLATIONS.iterdir()):
            locale = Locale.objects.get(language_code=folder.name)
            for path in sorted((folder / "topics").glob("*.po")):
                topic = Topic.objects.filter(locale=english, slug=path.stem).first()
                if topic is not None and topic.get_translation_or_none(locale) is None:
                    self.import_po(topic, locale, path, translator).save_target(user=translator)
            for path in sorted((folder / "glossary").glob("*.po")):
                word = next(
                    (w for w in GlossaryTerm.objects.filter(locale=english) if slugify(w.term) == path.stem),
                    None,
                )
                if word is not None and word.get_translation_or_none(locale) is None:
                    self.import_po(word, locale, path, translator).save_target(user=translator)
            pages = []
            for path in folder.glob("*.po"):
                page = Page.objects.descendant_of(home, inclusive=True).filter(locale=english, slug=path.stem)
                if page.exists():
                    pages.append((page.get().specific, path))
            for page, path in sorted(pages, key=lambda pair: pair[0].path):
                if page.get_translation_or_none(locale) is not None:
                    continue
                # Saved as a draft: go_live() publishes it, through the workflow with the demo accounts.
                self.import_po(page, locale, path, translator).save_target(user=translator, publish=False)
                self.pages.append((page.get_translation(locale), translator))

    def import_po(self, instance, locale, path, translator):
        """The wagtail-localize translation of `instance` into `locale`, with the strings of the PO file."""
        source, _ = TranslationSource.get_or_create_from_instance(instance)
        translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
        po = polib.pofile(str(path))
        # A file downloaded from the translation editor names that translation; this one is new.
        po.metadata.pop("X-WagtailLocalize-TranslationID", None)
        warnings = translation.import_po(
            po,
            user=translator,
            translation_type="machine",
            tool_name=DRAFT_TRANSLATION,
        )
        if warnings:
            self.stderr.write(
                self.style.WARNING(
                    f"{path.relative_to(TRANSLATIONS)}: {len(warnings)} strings no longer match the English "
                    "text; the English text is used for them."
                )
            )
        return translation

    def search_promotions(self, home):
        """The guides pinned to a few queries in each language (search-promotions.yaml), once live."""
        guides = (
            Page.objects.descendant_of(home).filter(slug=read("guides/index.yaml")["slug"], depth=3).first()
        )
        if guides is None:
            return
        for language, promotions in read("search-promotions.yaml").items():
            locale = Locale.objects.filter(language_code=language).first()
            for promotion in promotions:
                page = Page.objects.child_of(guides).filter(slug=promotion["page"]).first()
                page = page and page.get_translation_or_none(locale)
                if page is None or not page.live:
                    continue
                query = Query.get(promotion["query"])
                SearchPromotion.objects.get_or_create(query=query, page=page, defaults={"sort_order": 0})

    # ------------------------------------------------------------------------------------- publishing

    def go_live(self, page, submitter):
        """Publish the page: through its approval workflow with the demo accounts, else directly."""
        workflow = page.get_workflow()
        if self.accounts and workflow is not None:
            if page.workflow_in_progress or (trust_line(page) and not page.has_unpublished_changes):
                return
            if page.get_latest_revision() is None:
                page.save_revision(user=submitter)
            state = workflow.start(page, submitter)
            self.approve(page, state)
            state.refresh_from_db()
            if state.status != WorkflowState.STATUS_APPROVED:
                raise CommandError(f"The demo reviewers cannot finish the {workflow} of {page}.")
        elif not page.live or page.has_unpublished_changes:
            page.get_latest_revision().publish()

    def approve(self, page, state, reviewers=REVIEWERS, comment=""):
        """Each reviewer in turn approves the step the workflow is at, if they may approve it."""
        for username in reviewers:
            state.refresh_from_db()
            if state.status != WorkflowState.STATUS_IN_PROGRESS:
                return
            reviewer = self.accounts[username]
            task_state = state.current_task_state.specific
            task = task_state.task.specific
            if any(action[0] == "approve" for action in task.get_actions(page, reviewer)):
                task.on_action(task_state, reviewer, "approve", comment=comment)

    def waiting_post(self, home):
        """One post waiting for the panel with one approval of two, so panel2 can give the second."""
        index_path = Path("blog/index.yaml")
        index_data = read(index_path)
        blog_index = apps.get_model(index_data["type"]).objects.child_of(home).filter(slug=index_data["slug"])
        path = index_path.parent / f"{index_data['awaiting_approval']}.yaml"
        data = read(path)
        page_type = data.pop("type")
        if not blog_index.exists() or apps.get_model(page_type).objects.filter(slug=data["slug"]).exists():
            return
        editor = self.accounts["editor"]
        post = self.create(
            blog_index.get(),
            page_type,
            data,
            path.parent,
            date=timezone.localdate().isoformat(),
            owner=editor,
        )
        state = post.get_workflow().start(post, editor)
        self.approve(post, state, reviewers=["panel3"], comment="Clear and true. Thank you.")
