"""Uploaded images are served with production settings (not only with DEBUG); documents never from /media/."""

from django.http import Http404
from django.test import RequestFactory

from website import urls, views


def test_images_and_renditions_are_served_from_disk_without_debug(tmp_path, settings):
    settings.DEBUG = False
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "desk.width-400.jpg").write_bytes(b"\xff\xd8\xff fake jpeg")
    match = urls.MEDIA.resolve("media/images/desk.width-400.jpg")
    assert match is not None
    response = views.media(
        RequestFactory().get("/media/images/desk.width-400.jpg"), match.kwargs["path"], str(tmp_path)
    )
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"\xff\xd8")
    assert "max-age=86400" in response["Cache-Control"]


def test_documents_are_never_served_from_media(tmp_path):
    assert urls.MEDIA.resolve("media/documents/private-handout.pdf") is None
    try:
        views.media(RequestFactory().get("/media/images/missing.jpg"), "images/missing.jpg", str(tmp_path))
    except Http404:
        pass
    else:
        raise AssertionError("a missing file must be a 404")
