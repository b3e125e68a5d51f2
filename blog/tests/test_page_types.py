import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase

from blog.factories import BlogIndexPageFactory, BlogPageFactory
from blog.models import BlogIndexPage, BlogPage
from home.models import HomePage


class TestBlogTree(WagtailPageTestCase):
    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(BlogIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(BlogIndexPage, {BlogPage})
        self.assertAllowedSubpageTypes(BlogPage, set())


@pytest.fixture
def blog_index(home_page):
    return BlogIndexPageFactory(parent=home_page, slug="news")


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ar"])
def test_blog_pages_render(client, blog_index, code, make_translation):
    post = BlogPageFactory(parent=blog_index, title="You said, we did: reception", you_said_we_did=True)
    post.tags.add("reception")
    post.save_revision().publish()
    index = blog_index
    if code != "en":
        index = make_translation(blog_index, code)
        post = make_translation(BlogPage.objects.get(pk=post.pk), code)
    html = client.get(post.url).content.decode()
    assert "Reception asked for ID you did not need." in html
    assert "Reception staff had training" in html
    html = client.get(index.url).content.decode()
    assert "You said, we did: reception" in html


@pytest.mark.django_db
def test_blog_index_paginates_and_filters_by_tag_and_kind(client, blog_index):
    for i in range(12):
        BlogPageFactory(parent=blog_index, title=f"Post number {i:02d}")
    tagged = BlogPageFactory(parent=blog_index, title="Tagged post")
    tagged.tags.add("interpreters")
    tagged.save_revision().publish()
    BlogPageFactory(parent=blog_index, title="What changed", you_said_we_did=True)
    first = client.get(blog_index.url).content.decode()
    assert first.count("Post number") + ("Tagged post" in first) + ("What changed" in first) == 10
    assert client.get(blog_index.url, {"page": 2}).status_code == 200
    assert client.get(blog_index.url, {"page": "999"}).status_code == 200
    assert client.get(blog_index.url, {"page": "abc"}).status_code == 200
    by_tag = client.get(blog_index.url, {"tag": "interpreters"}).content.decode()
    assert "Tagged post" in by_tag and "Post number" not in by_tag
    by_kind = client.get(blog_index.url, {"kind": BlogPage.KIND_YOU_SAID}).content.decode()
    assert "What changed" in by_kind and "Post number" not in by_kind


@pytest.mark.django_db
def test_you_said_we_did_needs_both_halves(blog_index):
    post = BlogPageFactory.build(kind=BlogPage.KIND_YOU_SAID, you_said="<p>Said</p>", we_did="")
    with pytest.raises(ValidationError):
        post.clean()
