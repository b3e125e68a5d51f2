"""With AWS_STORAGE_BUCKET_NAME, uploads live in S3-compatible storage that every app server shares.

Tested against moto's S3 server, started here on the loopback interface: an editor uploads an image in the
admin, a guide shows it, the picture is fetched from the object store, and another process (a second app
server) renders the guide with the same image.
"""

import io
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings
from PIL import Image as PILImage
from wagtail.images import get_image_model

from resources.factories import GuideIndexPageFactory, GuidePageFactory
from website.tests.test_scheduler import database_url

moto_server = pytest.importorskip("moto.server")

BASE_DIR = Path(__file__).resolve().parents[2]
PORT = 8122
ENDPOINT = f"http://127.0.0.1:{PORT}"
S3_ENV = {
    "AWS_STORAGE_BUCKET_NAME": "media-test",
    "AWS_S3_ENDPOINT_URL": ENDPOINT,
    "AWS_S3_CUSTOM_DOMAIN": f"127.0.0.1:{PORT}/media-test",
    "AWS_S3_URL_PROTOCOL": "http:",
    "AWS_S3_REGION_NAME": "us-east-1",
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
}


@pytest.fixture(scope="module")
def s3_server():
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=PORT)
    server.start()
    saved = {name: os.environ.get(name) for name in S3_ENV}
    os.environ.update(S3_ENV)
    yield ENDPOINT
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    server.stop()


def s3_storages():
    from website.settings.test import STORAGES

    return {
        **STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": S3_ENV["AWS_STORAGE_BUCKET_NAME"],
                "endpoint_url": ENDPOINT,
                "region_name": "us-east-1",
                "custom_domain": S3_ENV["AWS_S3_CUSTOM_DOMAIN"],
                "url_protocol": "http:",
                "querystring_auth": False,
                "file_overwrite": False,
                "default_acl": None,
            },
        },
    }


def jpeg_upload():
    buffer = io.BytesIO()
    PILImage.new("RGB", (900, 600), "teal").save(buffer, "JPEG")
    return SimpleUploadedFile("reception.jpg", buffer.getvalue(), content_type="image/jpeg")


def guide_with(image, home_page):
    index = GuideIndexPageFactory(parent=home_page, slug="guides")
    return GuidePageFactory(
        parent=index,
        title="Your GP reception",
        slug="reception",
        body=[("image", {"image": image, "alt_text": "A GP reception desk", "caption": ""})],
    )


def image_urls(html):
    return re.findall(r'src="(http://127\.0\.0\.1:[0-9]+/media-test/[^"]+)"', html)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_uploaded_image_is_served_from_the_object_store_and_shared(s3_server, admin_client, home_page):
    with override_settings(STORAGES=s3_storages()):
        call_command("ensure_media_bucket", stdout=io.StringIO())
        response = admin_client.post("/admin/images/add/", {"title": "Reception desk", "file": jpeg_upload()})
        assert response.status_code == 302, response.content[:500]
        image = get_image_model().objects.get(title="Reception desk")
        assert image.file.storage.__class__.__name__ == "S3Storage"
        guide = guide_with(image, home_page)

        html = admin_client.get(guide.url).content.decode()  # rendered, renditions made, in the bucket
        urls = image_urls(html)
        assert urls, html
        for url in urls[:2]:
            with urllib.request.urlopen(url, timeout=10) as picture:
                assert picture.status == 200
                assert picture.headers["Content-Type"].startswith("image/")
                assert len(picture.read()) > 100
        with urllib.request.urlopen(f"{ENDPOINT}/media-test/{image.file.name}", timeout=10) as original:
            assert original.read()[:2] == b"\xff\xd8"  # the uploaded JPEG itself
        # Documents are never public in the bucket: they go through Wagtail's view, which applies privacy.
        image.file.storage.save("documents/private.txt", io.BytesIO(b"private handout"))
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{ENDPOINT}/media-test/documents/private.txt", timeout=10)
        assert refused.value.code == 403

    url = database_url()
    if url is None:
        pytest.skip("the second app server needs a shared database (make test-postgres runs this part)")
    # A second app server: another process with the same settings renders the guide from the same bucket.
    script = (
        "import django; django.setup();"
        "from django.test import Client;"
        f"print(Client().get({guide.url!r}).content.decode())"
    )
    second = subprocess.run(
        [sys.executable, "-c", script],
        cwd=BASE_DIR,
        env={**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "website.settings.s3_test"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert second.returncode == 0, second.stderr[-2000:]
    assert set(image_urls(second.stdout)) == set(urls)
