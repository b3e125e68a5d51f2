"""Bad input gets a 404 or a form error, never a 500."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from home.factories import StandardPageFactory
from website.factories import UserFactory


@pytest.fixture
def editor(client):
    user = UserFactory(groups=["Editors"])
    client.force_login(user)
    return user


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_card_id_larger_than_any_database_id_is_not_found(client, home_pages, lang):
    assert client.get(f"/{lang}/card/99999999999999999999/").status_code == 404
    assert client.get(f"/{lang}/card/9223372036854775807/").status_code == 404


def truncated_gif():
    buffer = io.BytesIO()
    PILImage.new("RGB", (120, 80), "red").save(buffer, "GIF")
    return buffer.getvalue()[:40]  # the header and size survive, the pixels don't


def test_an_editor_uploading_a_truncated_gif_gets_a_form_error(client, home_page, editor):
    response = client.post(
        "/admin/images/add/",
        {"title": "Broken", "file": SimpleUploadedFile("broken.gif", truncated_gif(), "image/gif")},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not get_image_model().objects.filter(title="Broken").exists()


def test_a_truncated_gif_through_the_multiple_uploader_is_refused(client, home_page, editor):
    response = client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile("broken.gif", truncated_gif(), "image/gif")},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert not get_image_model().objects.exists()


def test_a_page_edit_posted_without_body_count_is_a_form_error(admin_client, home_page):
    page = StandardPageFactory(parent=home_page, title="About us", slug="about-us")
    admin_client.get(f"/admin/pages/{page.pk}/edit/")  # the real edit view, as the editor opens it
    response = admin_client.post(
        f"/admin/pages/{page.pk}/edit/",
        {"title": "Changed", "slug": page.slug, "body-0-type": "text", "body-0-value": "<p>Hi</p>"},
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert "did not reach us" in " ".join(form.errors["body"])
    page.refresh_from_db()
    assert page.title == "About us"
    assert not page.has_unpublished_changes
