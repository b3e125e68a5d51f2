"""Training page types: tree rules, every part rendering in English and Arabic, timings that add up."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from resources.blocks.training import VideoBlock
from resources.factories import (
    ChecklistPageFactory,
    TrainingCoursePageFactory,
    TrainingIndexPageFactory,
    TrainingModulePageFactory,
    handout_document,
    session_plan,
)
from resources.models import (
    ChecklistPage,
    TrainingCoursePage,
    TrainingIndexPage,
    TrainingModulePage,
)
from resources.models.training import format_minutes
from resources.templatetags.training_tags import clock


class TestTrainingTree(WagtailPageTestCase):
    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(TrainingIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(TrainingIndexPage, {TrainingCoursePage, ChecklistPage})
        self.assertAllowedParentPageTypes(TrainingCoursePage, {TrainingIndexPage})
        self.assertAllowedSubpageTypes(TrainingCoursePage, {TrainingModulePage, ChecklistPage})
        self.assertAllowedParentPageTypes(TrainingModulePage, {TrainingCoursePage})
        self.assertAllowedSubpageTypes(TrainingModulePage, set())
        self.assertAllowedParentPageTypes(ChecklistPage, {TrainingIndexPage, TrainingCoursePage})


@pytest.fixture
def training(home_page):
    return TrainingIndexPageFactory(parent=home_page, slug="training")


@pytest.fixture
def course(training):
    return TrainingCoursePageFactory(parent=training, title="Trauma-informed care", slug="trauma")


@pytest.fixture
def module(course):
    document = handout_document("Ground rules handout")
    return TrainingModulePageFactory(
        parent=course,
        title="Why access is unequal",
        slug="access",
        session_plan=session_plan(10, 35, 30, 15),
        handouts=[
            (
                "handout",
                {"document": document, "kind": "handout", "title": "", "description": "Print one each."},
            )
        ],
        video=[
            (
                "video",
                {
                    "url": "https://www.youtube.com/watch?v=abcdefghijk",
                    "title": "Rose's story",
                    "length": "4 minutes",
                    "transcript": "<p>When I first went to register, they asked for a passport.</p>",
                },
            )
        ],
    )


def translated(page, code, make_translation):
    if code == "en":
        return page
    for ancestor in page.get_ancestors().filter(depth__gt=2).specific():
        make_translation(ancestor, code)
    return make_translation(page, code)


@pytest.mark.django_db
def test_module_length_is_the_sum_of_its_activities(module):
    assert module.duration == 90
    assert [(row["start"], row["end"]) for row in module.schedule()] == [
        (0, 10),
        (10, 45),
        (45, 75),
        (75, 90),
    ]
    assert format_minutes(90) == "1 hour 30 minutes"
    assert format_minutes(45) == "45 minutes"
    assert format_minutes(120) == "2 hours"
    assert clock(75) == "1:15"


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ar"])
def test_module_renders_every_part(client, module, code, make_translation):
    page = translated(module, code, make_translation)
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'lang="{code}"' in html
    assert ('dir="rtl"' in html) is (code == "ar")
    for text in [
        "Explain the inverse care law.",  # learning outcome
        "0:10–0:45",  # timed activity
        "Flip chart",  # materials
        "Ground rules handout",
        "Print one each.",
        "Rose&#x27;s story",
        "When I first went to register",  # transcript
        "Agree ground rules first.",  # facilitator notes
        "What surprised you?",  # reflective question
        "The inverse care law",  # further reading
        'name="answer-1"',
    ]:
        assert text in html, text
    # No frame and no request to the video's host until the visitor presses Play.
    assert "<iframe" not in html
    assert 'src="https://www.youtube' not in html
    assert "https://www.youtube.com/watch?v=abcdefghijk" in html  # the plain link works without JavaScript


@pytest.mark.django_db
def test_video_page_lets_only_its_player_into_a_frame(client, module, course):
    csp = client.get(module.url)["Content-Security-Policy"]
    assert "frame-src https://www.youtube-nocookie.com;" in csp
    plain = TrainingModulePageFactory(parent=course, slug="no-video")
    assert "frame-src 'none'" in client.get(plain.url)["Content-Security-Policy"]


@pytest.mark.parametrize(
    "url, ok",
    [
        ("https://www.youtube.com/watch?v=abcdefghijk", True),
        ("https://youtu.be/abcdefghijk", True),
        ("https://vimeo.com/123456789", True),
        ("https://example.org/video.mp4", False),
        ("https://www.youtube.com/watch?v=bad", False),
        ("javascript:alert(1)", False),
    ],
)
def test_video_needs_a_known_host_and_a_transcript(url, ok):
    block = VideoBlock()
    value = block.to_python({"url": url, "title": "A story", "length": "", "transcript": "<p>Words.</p>"})
    if ok:
        block.clean(value)
    else:
        with pytest.raises(ValidationError):
            block.clean(value)
    no_transcript = block.to_python(
        {"url": "https://youtu.be/abcdefghijk", "title": "A story", "length": "", "transcript": ""}
    )
    with pytest.raises(ValidationError):
        block.clean(no_transcript)


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ar"])
def test_course_lists_modules_with_the_total_time(client, course, code, make_translation):
    TrainingModulePageFactory(parent=course, title="First module", session_plan=session_plan(10, 40, 10))
    TrainingModulePageFactory(parent=course, title="Second module", session_plan=session_plan(15, 60, 15))
    page = translated(course, code, make_translation)
    if code != "en":
        for module in course.get_children().specific():
            make_translation(module, code)
    html = client.get(page.url).content.decode()
    assert f'lang="{code}"' in html
    assert "First module" in html and "Second module" in html
    if code == "en":
        assert "2 hours 30 minutes in 2 modules" in html
        assert "GP trainees and their educators" in html


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ar"])
def test_index_lists_courses_and_tools(client, training, course, code, make_translation):
    ChecklistPageFactory(parent=training, title="Safe surgery checklist")
    page = translated(training, code, make_translation)
    if code != "en":
        for child in training.get_children().specific():
            make_translation(child, code)
    html = client.get(page.url).content.decode()
    assert f'lang="{code}"' in html
    assert "Trauma-informed care" in html and "Safe surgery checklist" in html


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ar"])
def test_checklist_renders_a_tick_box_for_every_action(client, training, code, make_translation):
    checklist = ChecklistPageFactory(parent=training)
    page = translated(checklist, code, make_translation)
    html = client.get(page.url).content.decode()
    assert f'lang="{code}"' in html
    assert html.count('type="checkbox"') == 3
    assert 'for="action-1-2"' in html and 'aria-describedby="action-1-2-detail"' in html
    assert 'type="reset"' in html  # clearing works without JavaScript


@pytest.mark.parametrize("field", ["learning_outcomes", "session_plan"])
def test_module_needs_outcomes_and_a_session_plan(field):
    stream_block = TrainingModulePage._meta.get_field(field).stream_block
    with pytest.raises(ValidationError):
        stream_block.clean(stream_block.to_python([]))


def test_activity_minutes_must_be_positive():
    stream_block = TrainingModulePage._meta.get_field("session_plan").stream_block
    value = stream_block.to_python(session_plan(0))
    with pytest.raises(ValidationError):
        stream_block.clean(value)
