"""Every page type renders with a small, fixed number of SQL queries, however big the site is."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from blog.factories import BlogIndexPageFactory, BlogPageFactory
from home.factories import StandardPageFactory
from resources.factories import GuideIndexPageFactory, GuidePageFactory, TopTipsPageFactory
from resources.models import Topic

BUDGET = 12


def count_queries(client, url):
    client.get(url)  # warm the per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def grow_site(home, guide_index, blog_index, n):
    topic = Topic.objects.get(slug="gp", locale__language_code="en")
    for _ in range(n):
        GuidePageFactory(parent=guide_index, topic=topic)
        BlogPageFactory(parent=blog_index)
        BlogPageFactory(parent=blog_index, you_said_we_did=True)
        StandardPageFactory(parent=home)


@pytest.mark.django_db
def test_query_counts_are_small_and_do_not_grow_with_the_site(client, home_page):
    guide_index = GuideIndexPageFactory(parent=home_page, slug="guides")
    blog_index = BlogIndexPageFactory(parent=home_page, slug="news")
    grow_site(home_page, guide_index, blog_index, 2)
    guide = GuidePageFactory(
        parent=guide_index, topic=Topic.objects.get(slug="gp", locale__language_code="en")
    )
    tips = TopTipsPageFactory(parent=home_page)
    post = BlogPageFactory(parent=blog_index, you_said_we_did=True)
    post.tags.add("reception", "interpreters")
    post.save_revision().publish()
    standard = StandardPageFactory(parent=home_page, slug="about")
    urls = [
        "/en/",
        guide_index.url,
        guide.url,
        tips.url,
        blog_index.url,
        post.url,
        standard.url,
        "/en/search/?q=register",
        "/en/search/?q=regstrtion",
    ]

    small = {url: count_queries(client, url) for url in urls}
    grow_site(home_page, guide_index, blog_index, 15)
    large = {url: count_queries(client, url) for url in urls}

    for url in urls:
        assert small[url] <= BUDGET, f"{url}: {small[url]} queries"
        assert large[url] == small[url], f"{url}: {small[url]} queries grew to {large[url]}"


@pytest.mark.django_db
def test_training_pages_stay_within_budget_as_courses_grow(client, home_page):
    from resources.factories import (
        ChecklistPageFactory,
        TrainingCoursePageFactory,
        TrainingIndexPageFactory,
        TrainingModulePageFactory,
        handout_document,
    )

    def add_modules(course, n):
        for _ in range(n):
            document = handout_document("Handout")
            handouts = [
                ("handout", {"document": document, "kind": "handout", "title": "", "description": ""})
            ]
            TrainingModulePageFactory(parent=course, handouts=handouts)

    index = TrainingIndexPageFactory(parent=home_page, slug="training")
    course = TrainingCoursePageFactory(parent=index, slug="course")
    add_modules(course, 2)
    module = course.get_children().specific().first()
    checklist = ChecklistPageFactory(parent=course)
    urls = [index.url, course.url, module.url, checklist.url]

    small = {url: count_queries(client, url) for url in urls}
    add_modules(course, 10)
    TrainingCoursePageFactory(parent=index)
    large = {url: count_queries(client, url) for url in urls}

    for url in urls:
        assert small[url] <= BUDGET, f"{url}: {small[url]} queries"
        assert large[url] == small[url], f"{url}: {small[url]} queries grew to {large[url]}"
