"""Tighter sessions, uploads and headers, and a deployment that refuses console email (issue 14)."""

import pytest
from django.core.checks import run_checks
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from wagtail.documents import get_document_model

from website.factories import UserFactory

PASSWORD = "correct-horse-battery"


# --- Email ----------------------------------------------------------------------------------------------


def deploy_errors():
    return [m.id for m in run_checks(include_deployment_checks=True) if m.id == "website.E001"]


@override_settings(EMAIL_BACKEND="django.core.mail.backends.console.EmailBackend")
def test_deploy_check_refuses_console_email():
    assert deploy_errors() == ["website.E001"]


@override_settings(EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend")
def test_deploy_check_accepts_smtp():
    assert deploy_errors() == []


# --- Headers --------------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/en/", "/admin/login/", "/healthz"])
def test_responses_say_cross_origin_resource_policy_same_origin(client, home_pages, path):
    assert client.get(path)["Cross-Origin-Resource-Policy"] == "same-origin"


# --- Sessions -------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_trainees_session_ends_with_the_browser_unless_they_stay_signed_in(client, home_pages):
    UserFactory(username="kit", groups=["GP trainees"])
    client.post("/en/account/sign-in/", {"username": "kit", "password": PASSWORD})
    assert client.session.get_expire_at_browser_close()
    assert client.cookies["sessionid"]["expires"] == ""
    client.logout()
    client.post("/en/account/sign-in/", {"username": "kit", "password": PASSWORD, "remember": "on"})
    assert not client.session.get_expire_at_browser_close()
    assert client.cookies["sessionid"]["max-age"] == 1209600


@pytest.mark.django_db
def test_the_sign_in_page_offers_to_stay_signed_in_in_every_language(client, home_pages):
    english = client.get("/en/account/sign-in/").content.decode()
    assert 'type="checkbox"' in english and "Stay signed in on this device" in english
    arabic = client.get("/ar/account/sign-in/").content.decode()
    assert 'name="remember"' in arabic and "Stay signed in on this device" not in arabic


@pytest.mark.django_db
@override_settings(ADMIN_SESSION_IDLE_SECONDS=7200)
def test_an_admin_session_ends_after_two_idle_hours(client, home_pages):
    UserFactory(username="eddie", groups=["Editors"])
    client.post("/admin/login/", {"username": "eddie", "password": PASSWORD, "remember": "on"})
    client.get("/admin/")
    assert client.session.get_expiry_age() == 7200
    assert client.cookies["sessionid"]["max-age"] == 7200


# --- Uploads --------------------------------------------------------------------------------------------


@pytest.fixture
def editor(client, db):
    user = UserFactory(groups=["Editors"])
    client.force_login(user)
    return user


def upload_document(client, name, content=b"%PDF-1.4 words"):
    from wagtail.models import Collection

    return client.post(
        "/admin/documents/add/",
        {
            "title": "Leaflet",
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


@pytest.mark.django_db
def test_documents_of_an_allowed_type_upload(client, home_pages, editor):
    assert upload_document(client, "leaflet.pdf").status_code == 302
    assert get_document_model().objects.filter(title="Leaflet").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["tool.exe", "page.html", "picture.svg", "script.js"])
def test_other_types_are_refused_with_a_message(client, home_pages, editor, name):
    response = upload_document(client, name)
    assert response.status_code == 200
    assert "is not allowed" in response.content.decode()
    assert not get_document_model().objects.exists()


@pytest.mark.django_db
@override_settings(DOCUMENT_MAX_UPLOAD_MB=1)
def test_a_document_over_the_size_limit_is_refused_with_a_message(client, home_pages, editor):
    response = upload_document(client, "big.pdf", b"x" * (1024 * 1024 + 1))
    assert "This file is too big. A document can be up to 1 MB." in response.content.decode()
    assert not get_document_model().objects.exists()


def test_images_have_a_size_limit(settings):
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024  # Wagtail says so in its own words
