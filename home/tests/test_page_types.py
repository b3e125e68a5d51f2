import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from blog.factories import BlogIndexPageFactory, BlogPageFactory
from home.factories import StandardPageFactory
from home.models import HomePage, StandardPage
from resources.models import GuideIndexPage


class TestHomePageTree(WagtailPageTestCase):
    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        home = HomePage.objects.get(locale__language_code="en")
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, GuideIndexPage)
        self.assertPageIsRenderable(home)


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ar"])
def test_home_page_renders_entry_points_and_you_said_we_did(client, home_pages, code, make_translation):
    home = home_pages["en"]
    about = StandardPageFactory(parent=home, title="About us", slug="about")
    home.entry_points = [
        ("entry_point", {"title": "I need help using the NHS", "text": "Guides", "page": about})
    ]
    home.save_revision().publish()
    blog = BlogIndexPageFactory(parent=home)
    BlogPageFactory(parent=blog, title="You said the forms were hard", you_said_we_did=True)
    BlogPageFactory(parent=blog, title="Plain news post")
    if code != "en":
        home = home_pages[code]
        home.entry_points = [("entry_point", {"title": "أحتاج مساعدة", "text": "أدلة", "page": about})]
        home.save_revision().publish()
        for post in blog.get_children().specific():
            make_translation(post, code)
    response = client.get(f"/{code}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "You said the forms were hard" in html
    assert "Plain news post" not in html
    assert "tel:999" in html and "tel:111" in html


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ar"])
def test_standard_page_renders(client, home_pages, code, make_translation):
    page = StandardPageFactory(parent=home_pages["en"], title="Accessibility statement", slug="accessibility")
    if code != "en":
        page = make_translation(page, code)
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Accessibility statement" in response.content.decode()
    assert f'lang="{code}"' in response.content.decode()
