"""Every language's home page leads to Take part and shows the latest 'You said, we did' posts."""

import pytest

from blog.factories import BlogIndexPageFactory, BlogPageFactory


@pytest.mark.django_db
def test_every_home_page_links_to_take_part(client, home_pages, take_part, make_translation):
    arabic = make_translation(take_part, "ar")
    news = BlogIndexPageFactory(parent=home_pages["en"], slug="news")
    post = BlogPageFactory(parent=news, you_said_we_did=True, title="You said the phone queue was hard")
    post.save_revision().publish()
    for code, home in home_pages.items():
        home.save_revision().publish()
        html = client.get(f"/{code}/", follow=True).content.decode()
        if code == "ar":
            assert f'href="{arabic.url}"' in html
        elif code == "en":
            assert f'href="{take_part.url}"' in html
            assert "You said the phone queue was hard" in html
        else:  # not translated yet: the English page, saying so
            assert f'href="{take_part.url}?untranslated={code}"' in html, code


@pytest.mark.django_db
def test_a_private_take_part_page_is_not_linked(client, home_page, take_part):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=take_part, restriction_type=PageViewRestriction.LOGIN)
    home_page.save_revision().publish()
    html = client.get("/en/").content.decode()
    assert take_part.url not in html
