"""The anonymous "tell us what's hard" form: no cookie, no CSRF token, only the words, language and day."""

import pytest
from django.core.cache import cache
from django.test import Client, override_settings

from involvement.models import Submission
from involvement.throttle import client_key


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_form_works_without_javascript_or_cookies(take_part, make_translation, code):
    index = take_part if code == "en" else make_translation(take_part, code)
    client = Client(enforce_csrf_checks=True)
    url = index.url + "tell-us/"
    response = client.get(url)
    assert response.status_code == 200 and not response.cookies
    html = response.content.decode()
    assert f'<form method="post" action="{url}"' in html
    assert 'name="csrfmiddlewaretoken"' not in html
    assert 'name="text"' in html and 'type="email"' not in html and 'name="name"' not in html
    response = client.post(url, {"text": "  They asked for my passport.  "}, REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 303
    assert response["Location"] == url + "thanks/"
    assert not response.cookies
    submission = Submission.objects.get()
    assert (submission.text, submission.language) == ("They asked for my passport.", code)
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200 and not thanks.cookies


def test_a_submission_keeps_nothing_about_the_visitor():
    names = {f.name for f in Submission._meta.get_fields()}
    assert names == {"id", "text", "language", "date", "themes", "post"}


@pytest.mark.django_db
def test_an_empty_message_gets_a_clear_message_and_saves_nothing(client, take_part):
    response = client.post(take_part.url + "tell-us/", {"text": "   "})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Please write what made it hard, then press Send." in html
    assert 'aria-invalid="true"' in html
    assert "no-cache" in response["Cache-Control"]
    assert not Submission.objects.exists()


@pytest.mark.django_db
def test_too_long_a_message_is_kept_in_the_box(client, take_part):
    response = client.post(take_part.url + "tell-us/", {"text": "word " * 500})
    html = response.content.decode()
    assert "Please make it shorter: at most 2000 characters." in html
    assert "word word word" in html
    assert not Submission.objects.exists()


@pytest.mark.django_db
@override_settings(INVOLVEMENT_SUBMISSIONS_PER_HOUR=2)
def test_submissions_are_throttled_per_client_without_storing_the_address(client, take_part):
    url = take_part.url + "tell-us/"
    for _ in range(2):
        assert client.post(url, {"text": "Hard."}, REMOTE_ADDR="203.0.113.9").status_code == 303
    response = client.post(url, {"text": "Still hard."}, REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 429
    assert "Still hard." in response.content.decode()  # nothing lost
    assert client.post(url, {"text": "Hard."}, REMOTE_ADDR="198.51.100.7").status_code == 303
    assert Submission.objects.count() == 3

    class Request:
        META = {"REMOTE_ADDR": "203.0.113.9"}

    key = client_key(Request())
    assert "203.0.113.9" not in key and cache.get(key) == 3


@pytest.mark.django_db
@override_settings(INVOLVEMENT_SUBMISSIONS_PER_HOUR=1, TRUSTED_PROXIES=["10.0.0.2"])
def test_behind_the_proxy_each_visitor_has_their_own_count(client, take_part):
    """Through nginx every request comes from nginx's address: the throttle counts the visitor it forwarded."""
    url = take_part.url + "tell-us/"

    def post(visitor):
        return client.post(url, {"text": "Hard."}, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=visitor)

    assert post("203.0.113.9").status_code == 303
    assert post("198.51.100.7").status_code == 303  # another visitor, through the same proxy
    assert post("203.0.113.9").status_code == 429
    # A client cannot pick a fresh address by sending its own header: only what the proxy added counts.
    assert post("192.0.2.1, 203.0.113.9").status_code == 429
