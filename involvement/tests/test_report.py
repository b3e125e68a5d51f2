"""Editors see the submissions in the admin, tag them by theme and link them to the post that answers
them; the post's public count rises. Nobody else may."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Locale

from blog.factories import BlogIndexPageFactory, BlogPageFactory
from involvement.factories import SubmissionFactory, ThemeFactory
from involvement.models import Submission, people_who_raised
from website.groups import EDITORS, PANEL


@pytest.fixture
def post(home_page):
    news = BlogIndexPageFactory(parent=home_page, slug="news")
    post = BlogPageFactory(parent=news, you_said_we_did=True, title="You said: ID at reception")
    post.save_revision().publish()
    return post


def member(django_user_model, group):
    user = django_user_model.objects.create_user(username=group.lower().replace(" ", "-"), password="x")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.mark.django_db
def test_submission_from_the_form_reaches_the_report_and_tagging_raises_the_count(
    client, take_part, post, django_user_model
):
    theme = ThemeFactory(name="Being asked for ID")
    SubmissionFactory(themes=[theme], post=post)
    assert (
        client.post(
            take_part.url + "tell-us/", {"text": "Reception wanted a bill with my address."}
        ).status_code
        == 303
    )
    assert "1 person told us about this." in client.get(post.url).content.decode()

    editor = client
    editor.force_login(member(django_user_model, EDITORS))
    report = editor.get("/admin/submissions/")
    assert report.status_code == 200
    assert "Reception wanted a bill with my address." in report.content.decode()
    submission = Submission.objects.get(text__startswith="Reception wanted")
    edit_url = f"/admin/submissions/edit/{submission.pk}/"
    assert editor.get(edit_url).status_code == 200
    response = editor.post(edit_url, {"themes": [theme.pk], "post": post.pk})
    assert response.status_code == 302, response.content.decode()[:2000]
    submission.refresh_from_db()
    assert list(submission.themes.all()) == [theme] and submission.post_id == post.pk
    assert submission.text == "Reception wanted a bill with my address."
    editor.logout()
    html = client.get(post.url).content.decode()
    assert "2 people told us about this." in html
    assert "Reception wanted a bill" not in html


@pytest.mark.django_db
def test_the_count_shows_in_every_language_and_counts_the_theme(post, make_translation):
    theme = ThemeFactory()
    SubmissionFactory(post=post, themes=[theme])
    SubmissionFactory(themes=[theme])  # same theme, not linked: still raised it
    SubmissionFactory()  # neither
    arabic = make_translation(post, "ar")
    assert people_who_raised(post) == people_who_raised(arabic) == 2


@pytest.mark.django_db
def test_only_you_said_we_did_posts_answer_a_submission(client, post, django_user_model):
    news = BlogPageFactory(parent=post.get_parent())
    news.save_revision().publish()
    submission = SubmissionFactory()
    client.force_login(member(django_user_model, EDITORS))
    response = client.post(f"/admin/submissions/edit/{submission.pk}/", {"post": news.pk})
    assert response.status_code == 200
    assert "Please choose a &#x27;You said, we did&#x27; post." in response.content.decode()
    submission.refresh_from_db()
    assert submission.post_id is None


@pytest.mark.django_db
def test_themes_to_choose_are_the_english_ones(client, django_user_model):
    english = ThemeFactory(name="Phoning at 8am")
    ThemeFactory(
        name="الاتصال في الثامنة",
        locale=Locale.objects.get(language_code="ar"),
        translation_key=english.translation_key,
    )
    submission = SubmissionFactory()
    client.force_login(member(django_user_model, EDITORS))
    html = client.get(f"/admin/submissions/edit/{submission.pk}/").content.decode()
    assert "Phoning at 8am" in html and "الاتصال في الثامنة" not in html


@pytest.mark.django_db
def test_panel_members_and_the_public_cannot_see_submissions(client, django_user_model):
    submission = SubmissionFactory()
    assert client.get("/admin/submissions/").status_code == 302  # to the admin sign-in
    client.force_login(member(django_user_model, PANEL))
    assert client.get("/admin/submissions/").status_code in (302, 403)
    assert client.post(f"/admin/submissions/edit/{submission.pk}/", {"post": ""}).status_code in (302, 403)


@pytest.mark.django_db
def test_editors_may_delete_but_not_add_submissions(client, django_user_model):
    editor = member(django_user_model, EDITORS)
    assert editor.has_perm("involvement.change_submission") and editor.has_perm(
        "involvement.delete_submission"
    )
    assert not editor.has_perm("involvement.add_submission")
    assert editor.has_perm("involvement.add_theme")
    client.force_login(editor)
    assert client.get("/admin/submissions/new/").status_code in (302, 403)
