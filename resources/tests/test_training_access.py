"""Trainee-only modules and their handouts: anonymous visitors are sent to sign in, trainees get in."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from resources.factories import (
    TrainingCoursePageFactory,
    TrainingIndexPageFactory,
    TrainingModulePageFactory,
    handout_document,
)
from website.factories import UserFactory


def handout(document):
    return [("handout", {"document": document, "kind": "handout", "title": "", "description": ""})]


def trainees_only(page):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get(name="GP trainees")])
    return restriction


@pytest.fixture(autouse=True)
def media_on_disk(settings, tmp_path):
    """Documents are served from disk, so these tests keep them in a temporary folder."""
    settings.MEDIA_ROOT = str(tmp_path)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }


@pytest.fixture
def course(home_page):
    training = TrainingIndexPageFactory(parent=home_page, slug="training")
    return TrainingCoursePageFactory(parent=training, slug="trauma")


@pytest.fixture
def public_module(course):
    return TrainingModulePageFactory(
        parent=course, slug="open", handouts=handout(handout_document("Open handout", "For everyone.\n"))
    )


@pytest.fixture
def private_module(course):
    module = TrainingModulePageFactory(
        parent=course,
        title="Case discussion",
        slug="case-discussion",
        handouts=handout(handout_document("Case notes", "Only for trainees.\n")),
    )
    trainees_only(module)
    return module


def document_url(module):
    return module.handouts[0].value["document"].url


def sign_in_url(code="en"):
    with translation.override(code):
        return reverse("sign_in")


@pytest.mark.django_db
def test_anonymous_visitors_see_the_public_module_and_its_handout(client, public_module):
    assert client.get(public_module.url).status_code == 200
    response = client.get(document_url(public_module))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"For everyone.\n"


@pytest.mark.django_db
def test_trainee_only_module_sends_anonymous_visitors_to_sign_in(client, private_module):
    response = client.get(private_module.url)
    assert response.status_code == 302
    assert response["Location"].startswith(sign_in_url("en") + "?next=")
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_sign_in_page_is_in_the_visitors_language(client, private_module, make_translation):
    course = private_module.get_parent().specific
    make_translation(course.get_parent().specific, "ar")
    make_translation(course, "ar")
    arabic = make_translation(private_module, "ar")
    response = client.get(arabic.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/ar/") and response["Location"].startswith(sign_in_url("ar"))


@pytest.mark.django_db
def test_untranslated_trainee_only_module_asks_for_sign_in_in_the_visitors_language(client, private_module):
    """No Arabic copy yet: sign in (in Arabic) first, then the English module with the 'not translated' notice."""
    path = private_module.url.replace("/en/", "/ar/", 1)
    response = client.get(path)
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith(sign_in_url("ar") + "?next=")
    assert location == sign_in_url("ar") + f"?next={private_module.url}%3Funtranslated%3Dar"
    assert "Set-Cookie" not in response.headers and "Cookie" not in response.get("Vary", "")
    html = client.get(location).content.decode()
    assert re.search(r"<html lang=\"ar\"\s+dir=\"rtl\"", html)


@pytest.mark.django_db
def test_untranslated_trainee_only_module_opens_in_english_for_a_trainee(client, private_module):
    client.force_login(UserFactory(groups=["GP trainees"]))
    response = client.get(private_module.url.replace("/en/", "/ar/", 1))
    assert response["Location"] == f"{private_module.url}?untranslated=ar"
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Case discussion" in page.content.decode()


@pytest.mark.django_db
def test_handout_of_a_private_module_does_not_leak(client, private_module):
    response = client.get(document_url(private_module))
    assert response.status_code == 302
    assert sign_in_url("en") in response["Location"]
    assert not getattr(response, "streaming_content", None)
    assert b"Only for trainees" not in response.content


@pytest.mark.django_db
def test_signed_in_non_trainee_gets_403_for_the_handout(client, private_module):
    client.force_login(UserFactory(groups=["Translators"]))
    response = client.get(document_url(private_module))
    assert response.status_code == 403
    assert b"Only for trainees" not in response.content
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_trainee_opens_the_private_module_and_its_handout(client, private_module):
    client.force_login(UserFactory(groups=["GP trainees"]))
    response = client.get(private_module.url)
    assert response.status_code == 200
    assert "Case discussion" in response.content.decode()
    assert "private" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    handout_response = client.get(document_url(private_module))
    assert handout_response.status_code == 200
    assert b"".join(handout_response.streaming_content) == b"Only for trainees.\n"


@pytest.mark.django_db
def test_a_handout_shared_with_a_public_module_stays_public(client, course, private_module):
    shared = private_module.handouts[0].value["document"]
    TrainingModulePageFactory(parent=course, slug="open-too", handouts=handout(shared))
    assert client.get(shared.url).status_code == 200


@pytest.mark.django_db
def test_whole_private_course_makes_its_modules_and_handouts_private(client, course, public_module):
    trainees_only(course)
    assert client.get(public_module.url).status_code == 302
    assert client.get(document_url(public_module)).status_code == 302


@pytest.mark.django_db
def test_course_page_marks_trainee_only_modules(client, course, public_module, private_module):
    html = client.get(course.url).content.decode()
    assert "Case discussion" in html
    assert html.count("Signed-in GP trainees only") == 1


@pytest.mark.django_db
def test_private_modules_are_not_in_search_for_anonymous_visitors(client, private_module):
    html = client.get("/en/search/", {"q": "Case discussion"}).content.decode()
    assert private_module.url not in html


def test_shared_password_privacy_is_switched_off(settings):
    assert settings.WAGTAIL_PRIVATE_PAGE_OPTIONS == {"SHARED_PASSWORD": False}
    assert settings.WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS == {"SHARED_PASSWORD": False}
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"


def test_document_files_are_never_served_from_media_even_in_debug():
    """With DEBUG on, `make run` serves uploads from /media/, but never the documents folder."""
    from website.urls import DEBUG_MEDIA

    assert DEBUG_MEDIA.resolve("media/documents/case-notes.txt") is None
    assert DEBUG_MEDIA.resolve("media/images/photo.jpg") is not None


@pytest.mark.django_db
def test_a_draft_linking_a_private_handout_does_not_make_it_public(client, course, private_module):
    handout_file = private_module.handouts[0].value["document"]
    draft = TrainingModulePageFactory(parent=course, slug="draft", live=False, handouts=handout(handout_file))
    draft.save_revision()
    assert not draft.live
    response = client.get(handout_file.url)
    assert response.status_code == 302
    assert b"Only for trainees" not in response.content


@pytest.mark.django_db
def test_new_draft_of_a_public_module_that_links_a_private_handout_does_not_widen_access(
    client, public_module, private_module
):
    handout_file = private_module.handouts[0].value["document"]
    public_module.handouts = handout(handout_file)
    public_module.save_revision()  # a draft: the live module still offers only its own handout
    assert client.get(handout_file.url).status_code == 302


@pytest.mark.django_db
def test_a_document_no_live_page_offers_goes_only_to_people_who_manage_documents(client, course):
    unused = handout_document("Not used yet", "Work in progress.\n")
    assert client.get(unused.url).status_code == 302
    client.force_login(UserFactory(groups=["GP trainees"]))
    assert client.get(unused.url).status_code == 403
    client.force_login(UserFactory(groups=["Editors"]))
    response = client.get(unused.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Work in progress.\n"


@pytest.mark.django_db
def test_unpublishing_the_only_public_page_closes_its_handout(client, public_module):
    url = document_url(public_module)
    assert client.get(url).status_code == 200
    public_module.unpublish()
    assert client.get(url).status_code == 302
