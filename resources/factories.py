import datetime
import uuid

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Locale

from .models import (
    ChecklistPage,
    GuideIndexPage,
    GuidePage,
    SnapshotPage,
    Topic,
    TopTipsPage,
    TrainingCoursePage,
    TrainingIndexPage,
    TrainingModulePage,
)


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="en"))
    translation_key = factory.LazyFunction(uuid.uuid4)

    class Meta:
        model = Topic


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    title = "Guides to using the NHS"
    slug = factory.Sequence(lambda n: f"guides-{n}")
    summary = "Short guides to getting care from the NHS."

    class Meta:
        model = GuideIndexPage


def guide_body():
    return [
        ("summary", {"points": ["You do not need ID to register with a GP.", "It is free."]}),
        ("heading", {"text": "Before you go", "level": "h2"}),
        (
            "steps",
            {
                "steps": [
                    {"title": "Find a practice near you", "text": ""},
                    {"title": "Ask at reception to register", "text": "<p>Say you want to register.</p>"},
                ]
            },
        ),
        ("heading", {"text": "Your rights", "level": "h2"}),
        ("rights", {"heading": "", "rights": ["You do not need proof of address."], "note": ""}),
        (
            "care_card",
            {
                "urgency": "emergency",
                "heading": "Call 999 if someone is badly hurt",
                "body": "<p>Stay with them.</p>",
            },
        ),
        ("heading", {"text": "What to say", "level": "h2"}),
        ("phrases", {"intro": "", "phrases": ["I would like to register, please."]}),
        ("do_dont", {"do": ["Ask for an interpreter"], "dont": ["Use a child to interpret"]}),
        (
            "contact",
            {
                "name": "NHS 111",
                "phone": "111",
                "text_number": "",
                "website": "",
                "opening_times": "24 hours",
                "note": "",
            },
        ),
        ("content_note", {"warning": "This part talks about violence.", "body": "<p>Detail.</p>"}),
        ("inset", {"text": "<p>It is free.</p>"}),
        ("details", {"summary": "What if I have no address?", "body": "<p>Use the practice address.</p>"}),
        (
            "quote",
            {"text": "They did not ask me to prove anything.", "credit": "pseudonym", "credit_name": "Rose"},
        ),
    ]


class GuidePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Register with a GP {n}")
    slug = factory.Sequence(lambda n: f"guide-{n}")
    summary = "How to register with a GP practice, even without ID or an address."
    last_reviewed = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))
    next_review_due = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=335))
    body = factory.LazyFunction(guide_body)

    class Meta:
        model = GuidePage


class TopTipsPageFactory(wagtail_factories.PageFactory):
    title = "Top tips for trauma-informed primary care"
    slug = factory.Sequence(lambda n: f"top-tips-{n}")
    summary = "What practice staff can do to make care safer for people who have lived through trauma."
    last_reviewed = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))
    next_review_due = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=335))
    intro = "<p>These tips come from our group's meetings.</p>"
    tips = factory.LazyFunction(
        lambda: [
            (
                "tip",
                {
                    "title": "Don't make people retell their trauma",
                    "detail": "<p>Read the notes first.</p>",
                    "why": "<p>Telling it again can hurt.</p>",
                    "quote": {"text": "", "credit": "none", "credit_name": ""},
                },
            ),
            (
                "tip",
                {
                    "title": "Offer a choice of clinician",
                    "detail": "<p>Ask who they would prefer.</p>",
                    "why": "<p>It gives back some control.</p>",
                    "quote": {"text": "Being asked helped.", "credit": "none", "credit_name": ""},
                },
            ),
        ]
    )

    class Meta:
        model = TopTipsPage


def snapshot_questions():
    return [
        ("short_text", {"question": "The name I like to be called", "hint": "", "options": []}),
        (
            "choose_any",
            {
                "question": "Things that help me at appointments",
                "hint": "Choose as many as you like.",
                "options": ["A longer appointment", "A support worker with me", "The door left open"],
                "other": True,
            },
        ),
        (
            "choose_one",
            {
                "question": "I would like my doctor or nurse to be",
                "hint": "",
                "options": ["A woman", "A man", "I do not mind"],
                "other": False,
            },
        ),
        (
            "short_text",
            {"question": "My support worker", "hint": "", "options": ["Name", "Phone number"]},
        ),
    ]


class SnapshotPageFactory(wagtail_factories.PageFactory):
    title = "My personal snapshot"
    slug = factory.Sequence(lambda n: f"personal-snapshot-{n}")
    summary = "Tell your GP practice what helps you at appointments."
    intro = "<p>Fill it in, then print it or save it.</p>"
    questions = factory.LazyFunction(snapshot_questions)

    class Meta:
        model = SnapshotPage


def reviewed():
    return timezone.localdate() - datetime.timedelta(days=30)


def review_due():
    return timezone.localdate() + datetime.timedelta(days=335)


class TrainingIndexPageFactory(wagtail_factories.PageFactory):
    title = "Training for practices"
    slug = factory.Sequence(lambda n: f"training-{n}")
    summary = "Courses for GP trainees and practice teams, written with people with lived experience."
    intro = "<p>Use these courses in teaching sessions or practice meetings.</p>"

    class Meta:
        model = TrainingIndexPage


class TrainingCoursePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Trauma-informed primary care {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    summary = "How past harm shapes the way people use a GP practice, and what helps."
    audience = "GP trainees and their educators"
    aims = "<ul><li>Understand why some people find care hard to reach.</li></ul>"
    how_to_run = "<p>Run the modules in order, one a week.</p>"
    facilitator_requirements = "<p>A GP educator with a paid lived-experience co-facilitator.</p>"
    last_reviewed = factory.LazyFunction(reviewed)
    next_review_due = factory.LazyFunction(review_due)

    class Meta:
        model = TrainingCoursePage


def session_plan(*minutes):
    titles = ["Check-in", "Talk in small groups", "Share back", "Check-out"]
    return [
        (
            "activity",
            {
                "minutes": m,
                "title": titles[i % len(titles)],
                "format": "whole-group",
                "description": f"<p>Activity {i + 1}.</p>",
                "materials": "Flip chart" if i == 1 else "",
            },
        )
        for i, m in enumerate(minutes or (10, 40, 10))
    ]


class TrainingModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Why access is unequal {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")
    summary = "Who finds a GP practice hardest to reach, and why."
    learning_outcomes = factory.LazyFunction(
        lambda: [
            ("outcome", "Explain the inverse care law."),
            ("outcome", "Name three barriers to registering."),
        ]
    )
    session_plan = factory.LazyFunction(session_plan)
    facilitator_notes = "<p>Agree ground rules first.</p>"
    reflective_questions = factory.LazyFunction(
        lambda: [
            ("question", {"question": "What surprised you?", "hint": "One or two sentences."}),
            ("question", {"question": "What will you do differently?", "hint": ""}),
        ]
    )
    further_reading = factory.LazyFunction(
        lambda: [
            (
                "reading",
                {
                    "title": "The inverse care law",
                    "source": "The Lancet, 1971",
                    "page": None,
                    "url": "",
                    "note": "",
                },
            )
        ]
    )
    last_reviewed = factory.LazyFunction(reviewed)
    next_review_due = factory.LazyFunction(review_due)

    class Meta:
        model = TrainingModulePage


class ChecklistPageFactory(wagtail_factories.PageFactory):
    title = "Safe surgery checklist"
    slug = factory.Sequence(lambda n: f"checklist-{n}")
    summary = "Actions a practice can take so everyone can register and be seen."
    intro = "<p>Tick what your practice already does.</p>"
    sections = factory.LazyFunction(
        lambda: [
            (
                "section",
                {
                    "heading": "Registration",
                    "items": [
                        {"action": "Register people without proof of address or ID.", "detail": ""},
                        {
                            "action": "Let people use the practice address.",
                            "detail": "<p>For people with no home.</p>",
                        },
                    ],
                },
            ),
            (
                "section",
                {
                    "heading": "Interpreters",
                    "items": [{"action": "Book a professional interpreter.", "detail": ""}],
                },
            ),
        ]
    )
    last_reviewed = factory.LazyFunction(reviewed)
    next_review_due = factory.LazyFunction(review_due)

    class Meta:
        model = ChecklistPage


def handout_document(title="Ground rules", text="Be kind. Listen. Keep what is said here private.\n"):
    """A real text document, as an editor would upload it."""
    slug = title.lower().replace(" ", "-")
    return get_document_model().objects.create(
        title=title, file=ContentFile(text.encode(), name=f"{slug}.txt")
    )
