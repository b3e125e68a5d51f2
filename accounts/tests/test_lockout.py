"""One lockout for every way in (accounts/lockout.py): the site's sign-in, /admin/login/ and the invitation
form count in one place, the database; a lock is on account and client address, with a looser ceiling per
account; unknown accounts are answered as known ones; reset emails are limited through both reset pages."""

import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.core.cache import caches
from django.test import RequestFactory, override_settings
from django.utils import timezone

from accounts.lockout import INVITATION_LINKS, account_name
from accounts.models import ResetEmail, TraineeInvitation
from website.clients import client_address
from website.factories import UserFactory

PASSWORD = "correct-horse-battery"
LIMIT = settings.AXES_FAILURE_LIMIT


@pytest.fixture
def trainee(db):
    return UserFactory(username="kit", email="kit@example.org", groups=["GP trainees"])


def site_sign_in(client, username, password=PASSWORD, address="127.0.0.1"):
    return client.post(
        "/en/account/sign-in/", {"username": username, "password": password}, REMOTE_ADDR=address
    )


def admin_login(client, username, password=PASSWORD, address="127.0.0.1"):
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address)


def fail(client, door, username, times=LIMIT, address="127.0.0.1"):
    return [door(client, username, "wrong", address=address).status_code for _ in range(times)]


@pytest.mark.django_db
@pytest.mark.parametrize("door", [site_sign_in, admin_login])
@pytest.mark.parametrize("then", [site_sign_in, admin_login])
def test_five_wrong_passwords_through_any_door_lock_every_door(client, trainee, home_pages, door, then):
    assert fail(client, door, "kit") == [200] * (LIMIT - 1) + [429]
    response = then(client, "kit")
    assert response.status_code == 429
    assert "You have tried to sign in too many times" in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_the_lock_is_for_that_client_only(client, trainee, home_pages):
    fail(client, site_sign_in, "kit", address="10.0.0.1")
    assert site_sign_in(client, "kit", address="10.0.0.1").status_code == 429
    assert site_sign_in(client, "kit", address="10.0.0.2").status_code == 302


@pytest.mark.django_db
def test_many_addresses_reach_the_per_account_ceiling(client, trainee, home_pages):
    for n in range(settings.LOCKOUT_ACCOUNT_CEILING):
        site_sign_in(client, "kit", "wrong", address=f"10.0.{n // 200}.{n % 200 + 1}")
    assert site_sign_in(client, "kit", address="10.9.9.9").status_code == 429
    UserFactory(username="sam")
    assert site_sign_in(client, "sam", address="10.9.9.9").status_code == 302  # other accounts are untouched


@pytest.mark.django_db
def test_unknown_accounts_get_the_same_answers(client, trainee, home_pages):
    known = [site_sign_in(client, "kit", "wrong", address="10.0.0.1") for _ in range(LIMIT)]
    unknown = [site_sign_in(client, "nobody", "wrong", address="10.0.0.1") for _ in range(LIMIT)]
    assert [r.status_code for r in known] == [r.status_code for r in unknown]

    def page(response):
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())

    assert page(known[0]).replace("kit", "nobody") == page(unknown[0])
    assert page(known[-1]) == page(unknown[-1])


@pytest.mark.django_db
def test_every_name_for_an_account_counts_as_one(client, trainee, home_pages):
    for name in ("kit", "KIT", "Kit@Example.org", "kit@example.org", "kit"):
        site_sign_in(client, name, "wrong")
    assert set(AccessAttempt.objects.values_list("username", flat=True)) == {"kit"}
    assert admin_login(client, "kit").status_code == 429


@pytest.mark.django_db
def test_failures_are_in_the_database_not_the_cache(client, trainee, home_pages):
    fail(client, site_sign_in, "kit")
    for alias in settings.CACHES:
        caches[alias].clear()  # what publishing does to the page cache, and more
    assert AccessAttempt.objects.filter(username="kit").exists()
    assert site_sign_in(client, "kit").status_code == 429


@pytest.mark.django_db
def test_publishing_leaves_the_lockout_in_place(client, trainee, home_page):
    fail(client, site_sign_in, "kit")
    home_page.save_revision().publish()
    assert site_sign_in(client, "kit").status_code == 429


@pytest.mark.django_db
def test_the_lock_ends_after_the_wait_and_a_password_reset_lifts_it(client, trainee, home_pages, mailoutbox):
    fail(client, site_sign_in, "kit")
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - timedelta(minutes=settings.LOCKOUT_MINUTES + 1)
    )
    assert site_sign_in(client, "kit").status_code == 302
    client.logout()
    fail(client, site_sign_in, "kit")
    client.post("/en/account/password-reset/", {"email": "kit@example.org"})
    link = next(w for w in mailoutbox[0].body.split() if "/account/reset/" in w)
    form = client.get(link)["Location"]
    client.post(form, {"new_password1": "lantern-meadow-47", "new_password2": "lantern-meadow-47"})
    assert site_sign_in(client, "kit", "lantern-meadow-47").status_code == 302


@pytest.mark.django_db
def test_a_locked_out_account_cannot_be_made_through_its_invitation(client, home_pages):
    invitation, token = TraineeInvitation.create("new@example.org", 14)
    fail(client, site_sign_in, "new@example.org", address="10.0.0.1")
    url = f"/en/account/invitation/{token}/"
    data = {"password1": "lantern-meadow-47", "password2": "lantern-meadow-47"}
    assert client.post(url, data, REMOTE_ADDR="10.0.0.1").status_code == 429
    assert "_auth_user_id" not in client.session
    invitation.refresh_from_db()
    assert invitation.user is None
    assert client.post(url, data, REMOTE_ADDR="10.0.0.2").status_code == 302  # from elsewhere it works


@pytest.mark.django_db
def test_links_that_match_no_invitation_lock_that_client(client, home_pages):
    _invitation, token = TraineeInvitation.create("new@example.org", 14)
    codes = [
        client.get("/en/account/invitation/made-up/", REMOTE_ADDR="10.0.0.1").status_code
        for _ in range(LIMIT)
    ]
    assert codes == [404] * (LIMIT - 1) + [429]
    assert client.get(f"/en/account/invitation/{token}/", REMOTE_ADDR="10.0.0.1").status_code == 429
    assert client.get(f"/en/account/invitation/{token}/", REMOTE_ADDR="10.0.0.2").status_code == 200
    # The record keeps no secret of a link.
    paths = AccessAttempt.objects.filter(username=INVITATION_LINKS).values_list("path_info", flat=True)
    assert list(paths) == ["/en/account/invitation/[token]/"]


@pytest.mark.django_db
def test_the_lockout_page_is_translated(client, trainee, home_pages):
    for _ in range(LIMIT):
        response = client.post("/ar/account/sign-in/", {"username": "kit", "password": "wrong"})
    html = response.content.decode()
    assert response.status_code == 429 and 'dir="rtl"' in html
    assert "You have tried to sign in too many times" not in html
    assert 'href="/ar/account/password-reset/"' in html


@pytest.mark.django_db
def test_four_reset_requests_through_both_pages_send_three_emails(client, trainee, home_pages, mailoutbox):
    for path in ("/en/account/password-reset/", "/admin/password_reset/", "/ar/account/password-reset/"):
        assert client.post(path, {"email": "kit@example.org"}).status_code == 302
    assert client.post("/admin/password_reset/", {"email": "KIT@example.org"}).status_code == 302
    assert len(mailoutbox) == 3
    ResetEmail.objects.update(requested_at=timezone.now() - timedelta(minutes=61))
    client.post("/admin/password_reset/", {"email": "kit@example.org"})
    assert len(mailoutbox) == 4
    assert not ResetEmail.objects.filter(address_hash__contains="@").exists()  # addresses are hashed


# --- Who the client is ----------------------------------------------------------------------------------


def request_from(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_forwarded_addresses_are_ignored_without_a_trusted_proxy():
    assert client_address(request_from("203.0.113.5", "198.51.100.1")) == "203.0.113.5"


@override_settings(TRUSTED_PROXIES=["127.0.0.1"])
def test_a_trusted_proxy_names_the_client():
    # The client may send its own X-Forwarded-For: only the address the proxy added counts.
    assert client_address(request_from("127.0.0.1", "6.6.6.6, 198.51.100.1")) == "198.51.100.1"
    assert client_address(request_from("127.0.0.1", "not-an-address")) == "127.0.0.1"
    assert client_address(request_from("203.0.113.5", "198.51.100.1")) == "203.0.113.5"


@pytest.mark.django_db
def test_account_name_is_the_username_whatever_was_typed(trainee):
    assert account_name(None, {"username": " KIT@example.org "}) == "kit"
    assert account_name(None, {"username": "Nobody@Example.org"}) == "nobody@example.org"
