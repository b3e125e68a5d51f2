"""A file a live page uses changes only through approval: editors can't replace it in place."""

import io

import pytest
import wagtail_factories
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.models import Collection

from home.factories import StandardPageFactory
from resources.factories import handout_document
from website.factories import UserFactory


def png_upload(name="new.png", colour="red"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), colour).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def link_to_document(document):
    return [("text", f'<p>Read <a linktype="document" id="{document.pk}">the leaflet</a>.</p>')]


def with_image(image):
    return [("image", {"image": image, "alt_text": "A GP reception desk", "caption": ""})]


@pytest.fixture
def editor(client):
    user = UserFactory(groups=["Editors"])
    client.force_login(user)
    return user


@pytest.fixture
def document(db):
    return handout_document("Leaflet", "The approved words.\n")


@pytest.mark.django_db
def test_editor_cannot_replace_the_file_of_a_document_a_live_page_uses(client, home_page, editor, document):
    StandardPageFactory(parent=home_page, slug="leaflet", body=link_to_document(document))
    old_name = document.file.name
    form = client.get(f"/admin/documents/edit/{document.pk}/")
    assert "A live page uses this file" in form.content.decode()
    response = client.post(
        f"/admin/documents/edit/{document.pk}/",
        {
            "title": "Call 0900 instead of 999",
            "file": SimpleUploadedFile("new.txt", b"Unapproved words.\n"),
            "collection": document.collection_id,
            "tags": "",
        },
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.file.name == old_name
    assert document.title == "Leaflet"
    assert document.file.read() == b"The approved words.\n"


@pytest.mark.django_db
def test_editor_may_still_change_a_document_no_live_page_uses(client, home_page, editor, document):
    StandardPageFactory(parent=home_page, slug="draft", live=False, body=link_to_document(document))
    response = client.post(
        f"/admin/documents/edit/{document.pk}/",
        {
            "title": "Leaflet, 2nd edition",
            "file": SimpleUploadedFile("new.txt", b"New words.\n"),
            "collection": document.collection_id,
            "tags": "",
        },
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title == "Leaflet, 2nd edition"
    assert document.file.read() == b"New words.\n"


@pytest.mark.django_db
def test_superuser_can_replace_a_file_in_use(client, home_page, document):
    StandardPageFactory(parent=home_page, slug="leaflet", body=link_to_document(document))
    client.force_login(UserFactory(username="root", is_superuser=True, is_staff=True))
    client.post(
        f"/admin/documents/edit/{document.pk}/",
        {
            "title": "Leaflet",
            "file": SimpleUploadedFile("fixed.txt", b"Corrected words.\n"),
            "collection": document.collection_id,
            "tags": "",
        },
    )
    document.refresh_from_db()
    assert document.file.read() == b"Corrected words.\n"


@pytest.mark.django_db
def test_editor_cannot_replace_an_image_a_live_page_shows(client, home_page, editor):
    image = wagtail_factories.ImageFactory(
        title="Reception desk", file__width=40, file__height=30, collection=Collection.get_first_root_node()
    )
    StandardPageFactory(parent=home_page, slug="pictures", body=with_image(image))
    old_name, old_hash = image.file.name, image.file_hash
    response = client.post(
        f"/admin/images/{image.pk}/",
        {
            "title": "Something else",
            "file": png_upload(),
            "description": "",
            "collection": image.collection_id,
            "tags": "",
            "focal_point_x": "",
            "focal_point_y": "",
            "focal_point_width": "",
            "focal_point_height": "",
        },
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/images/")
    image.refresh_from_db()
    assert (image.file.name, image.file_hash, image.title) == (old_name, old_hash, "Reception desk")
