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
from django.test.utils import override_settings
from django.utils import timezone
from wagtail.models import Site

from approvals.templatetags.approvals_tags import trust_line
from blog import demo_content as blog_text
from blog.factories import BlogIndexPageFactory, BlogPageFactory
from blog.models import BlogIndexPage, BlogPage
from home import demo_content as home_text
from home.factories import StandardPageFactory
from home.models import HomePage, StandardPage
from resources import demo_content as resources_text
from resources import training_demo_content as training_text
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
from resources.models import (
    GuideIndexPage,
    GuidePage,
    SnapshotPage,
    Topic,
    TopTipsPage,
    TrainingCoursePage,
    TrainingIndexPage,
)
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


# The demo topics of the translated guides, in each demo language.
DEMO_TOPIC_NAMES = {
    "gp": {
        "ar": "طبيب عام (GP)",
        "pl": "Lekarz rodzinny (GP)",
        "so": "Dhakhtarka guud (GP)",
        "uk": "Сімейний лікар (GP)",
        "ur": "جی پی (GP)",
    },
    "urgent-help": {
        "ar": "مساعدة عاجلة",
        "pl": "Pilna pomoc",
        "so": "Caawimaad degdeg ah",
        "uk": "Термінова допомога",
        "ur": "فوری مدد",
    },
    "interpreters": {
        "ar": "مترجمون",
        "pl": "Tłumacze",
        "so": "Turjubaanno",
        "uk": "Перекладачі",
        "ur": "ترجمان",
    },
}


def copy_ids(english, translated):
    """The translated stream data, with the block ids of the English data of the same shape."""
    if isinstance(english, dict) and isinstance(translated, dict):
        merged = {key: copy_ids(english.get(key), value) for key, value in translated.items()}
        if "id" in english and "type" in english:
            merged["id"] = english["id"]
        return merged
    if isinstance(english, list) and isinstance(translated, list):
        return [copy_ids(e, t) for e, t in zip(english, translated, strict=True)]
    return translated


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
            self.translate_demo_guides(home)
            if create_accounts:
                self.create_accounts()
                self.demo_workflow(home)
                self.approve_training(home)
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

        self.build_training(home, reviewed, due)

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

    def build_training(self, home, reviewed, due):
        """The training section: courses with their modules and handouts, and the practice checklist.

        One module of the first course is for signed-in GP trainees only (page privacy by group), and so
        are its handouts.
        """
        from django.contrib.auth.models import Group
        from wagtail.models import PageViewRestriction

        dates = {"last_reviewed": reviewed, "next_review_due": due}
        index = self.child(home, TrainingIndexPage, training_text.TRAINING_INDEX["slug"])
        if not index:
            index = publish(TrainingIndexPageFactory(parent=home, **training_text.TRAINING_INDEX))
        trainees = Group.objects.get(name="GP trainees")
        for data in training_text.COURSES:
            if self.child(index, TrainingCoursePage, data["slug"]):
                continue
            fields = {k: v for k, v in data.items() if k not in ("modules", "checklist")}
            course = publish(TrainingCoursePageFactory(parent=index, **fields, **dates))
            for module_data in data["modules"]:
                module = publish(
                    TrainingModulePageFactory(parent=course, **self.module_fields(module_data), **dates)
                )
                if module_data["trainee_only"]:
                    restriction = PageViewRestriction.objects.create(
                        page=module, restriction_type=PageViewRestriction.GROUPS
                    )
                    restriction.groups.set([trainees])
            checklist = data.get("checklist")
            if checklist:
                sections = [("section", section) for section in checklist["sections"]]
                fields = dict(checklist, sections=sections, **dates)
                publish(ChecklistPageFactory(parent=course, **fields))

    def module_fields(self, data):
        from django.core.files.base import ContentFile
        from wagtail.documents import get_document_model

        Document = get_document_model()
        handouts = []
        for handout in data["handouts"]:
            document = Document.objects.filter(title=handout["title"]).first()
            if document is None:
                document = Document.objects.create(
                    title=handout["title"],
                    file=ContentFile(handout["text"].encode("utf-8"), name=handout["filename"]),
                )
            handouts.append(
                (
                    "handout",
                    {
                        "document": document,
                        "kind": handout["kind"],
                        "title": "",
                        "description": handout["description"],
                    },
                )
            )
        return {
            "title": data["title"],
            "slug": data["slug"],
            "summary": data["summary"],
            "learning_outcomes": [("outcome", text) for text in data["learning_outcomes"]],
            "session_plan": [("activity", activity) for activity in data["session_plan"]],
            "facilitator_notes": data["facilitator_notes"],
            "handouts": handouts,
            "reflective_questions": [("question", q) for q in data["reflective_questions"]],
            "further_reading": [("reading", dict(reading, page=None)) for reading in data["further_reading"]],
        }

    def translate_demo_guides(self, home):
        """Real translations of three guides in five languages, through wagtail-localize, so translators see
        them segment by segment. Each string is marked in the admin as a draft for a community translator."""
        from wagtail.models import Locale
        from wagtail_localize.models import (
            String,
            StringTranslation,
            TranslationContext,
            TranslationSource,
        )
        from wagtail_localize.models import Translation as LocalizeTranslation
        from wagtail_localize.segments import StringSegmentValue
        from wagtail_localize.segments.extract import extract_segments

        from resources.demo_translations import TRANSLATIONS

        guide_index = self.child(home, GuideIndexPage, resources_text.GUIDE_INDEX["slug"])
        if guide_index is None:
            return
        for code, pages in TRANSLATIONS.items():
            locale = Locale.objects.get(language_code=code)
            for topic in Topic.objects.filter(locale=home.locale, slug__in=DEMO_TOPIC_NAMES):
                if topic.get_translation_or_none(locale) is None:
                    translated_topic = topic.copy_for_translation(locale)
                    translated_topic.name = DEMO_TOPIC_NAMES[topic.slug][code]
                    translated_topic.save()
            for slug, data in pages.items():
                page = guide_index if slug == guide_index.slug else self.child(guide_index, GuidePage, slug)
                if page is None or page.get_translation_or_none(locale) is not None:
                    continue
                page = page.specific
                source, _ = TranslationSource.get_or_create_from_instance(page)
                translation, _ = LocalizeTranslation.objects.get_or_create(
                    source=source, target_locale=locale
                )
                # The same page with the translated text: its segments come out in the same order.
                translated = type(page).objects.get(pk=page.pk)
                for field, value in data.items():
                    setattr(translated, field, value)
                    if field == "body":  # keep the English block ids, so each segment finds its context
                        translated.body = copy_ids(
                            page.body.get_prep_value(), translated.body.get_prep_value()
                        )
                pairs = zip(
                    [s for s in extract_segments(page) if isinstance(s, StringSegmentValue)],
                    [s for s in extract_segments(translated) if isinstance(s, StringSegmentValue)],
                    strict=True,
                )
                for english, foreign in pairs:
                    StringTranslation.objects.update_or_create(
                        translation_of=String.from_value(source.locale, english.string),
                        locale=locale,
                        context=TranslationContext.objects.get(object_id=source.object_id, path=english.path),
                        defaults={
                            "data": foreign.string.data,
                            "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
                            "tool_name": "Demo draft: needs review by a community translator",
                        },
                    )
                # Saved as a draft, then published from a fresh copy: wagtail-localize's own publish runs
                # on commit with a stale parent, which would undo the tree's child counts.
                translation.save_target(publish=False)
                page.get_translation(locale).get_latest_revision().publish()

    def demo_workflow(self, home):
        """One post waiting for the panel with one approval of two, so panel2 can give the second."""
        from django.contrib.auth import get_user_model

        User = get_user_model()
        blog_index = self.child(home, BlogIndexPage, blog_text.BLOG_INDEX["slug"])
        data = blog_text.WAITING_POST
        if blog_index is None or self.child(blog_index, BlogPage, data["slug"]):
            return
        editor, panel3 = User.objects.get(username="editor"), User.objects.get(username="panel3")
        fields = dict(data, date=timezone.localdate(), live=False)
        fields.pop("tags", None)
        post = BlogPageFactory(parent=blog_index, **fields)
        post.owner = editor
        post.save_revision(user=editor)
        state = post.get_workflow().start(post, editor)
        task_state = state.current_task_state.specific
        task_state.task.specific.on_action(
            task_state, panel3, "approve", comment="Clear and true. Thank you."
        )

    def approve_training(self, home):
        """Send the training pages through the lived-experience panel's approval, as real pages go.

        The editor submits each page and two panel members approve it; the workflow then publishes it, so
        the public trust line shows who checked it and when. Pages already approved are left alone.
        """
        from django.contrib.auth import get_user_model

        User = get_user_model()
        editor = User.objects.get(username="editor")
        approvers = [User.objects.get(username=name) for name in ("panel1", "panel2")]
        index = self.child(home, TrainingIndexPage, training_text.TRAINING_INDEX["slug"])
        if index is None:
            return
        # The approval emails would only fill the console of `make run`.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
            for page in [index, *index.get_descendants().live().specific()]:
                self.approve(page, editor, approvers)

    def approve(self, page, editor, approvers):
        """The editor submits the page, each approver approves; the workflow's last step publishes it."""
        workflow = page.get_workflow()
        if workflow is None or trust_line(page) or page.workflow_in_progress:
            return
        page.save_revision(user=editor)
        state = workflow.start(page, editor)
        for approver in approvers:
            state.refresh_from_db()
            if state.current_task_state is None:
                break
            task_state = state.current_task_state.specific
            task_state.task.specific.on_action(task_state, approver, "approve", comment="")

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
