"""Two-step sign-in for the admin (accounts/two_factor.py): set up before any admin page when required, a
code (or a one-time recovery code) at every sign-in, wrong codes counted by the lockout, and a superuser
resetting a member's factor. Optional in development and tests, so the demo accounts stay easy."""

import re

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from website.factories import UserFactory

PASSWORD = "correct-horse-battery"
required = override_settings(REQUIRE_ADMIN_2FA=True)


def code_for(device):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def admin_login(client, username):
    return client.post("/admin/login/", {"username": username, "password": PASSWORD})


def second_step(client, code, next_url="/admin/"):
    return client.post("/admin/two-step/", {"otp_token": code, "next": next_url})


@pytest.fixture
def editor(db):
    return UserFactory(username="eddie", groups=["Editors"])


@pytest.fixture
def enrolled(editor):
    TOTPDevice.objects.create(user=editor, name="app", confirmed=True)
    return editor


@pytest.mark.django_db
@required
@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/", "/admin/users/", "/admin/two-step-members/"])
def test_staff_without_a_factor_set_one_up_before_any_admin_page(client, editor, home_pages, path):
    assert admin_login(client, "eddie").status_code == 302
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/two-step/?next=")


@pytest.mark.django_db
@required
def test_setting_up_shows_a_qr_code_then_recovery_codes_once(client, editor, home_pages):
    admin_login(client, "eddie")
    html = client.get("/admin/two-step/?next=/admin/pages/").content.decode()
    assert "Set up two-step sign-in" in html and 'src="data:image/svg+xml' in html
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert re.sub(r"\s", "", re.search(r"<code>([A-Z2-7 ]+)</code>", html).group(1))  # the key to type
    # A wrong code keeps the page; the right one confirms the app and shows ten recovery codes.
    assert "That code did not work" in second_step(client, "000000").content.decode()
    response = second_step(client, code_for(device), "/admin/pages/")
    assert response.status_code == 200
    codes = re.findall(r"<code>(\w+)</code>", response.content.decode())
    assert len(codes) == 10
    assert set(codes) == set(StaticToken.objects.filter(device__user=editor).values_list("token", flat=True))
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    assert client.get("/admin/pages/").status_code == 200
    # Next time: a recovery code works once.
    client.logout()
    admin_login(client, "eddie")
    assert client.get("/admin/").status_code == 302
    assert second_step(client, codes[0])["Location"] == "/admin/"
    client.logout()
    admin_login(client, "eddie")
    assert "That code did not work" in second_step(client, codes[0]).content.decode()


@pytest.mark.django_db
def test_with_a_factor_the_code_is_asked_even_when_optional(client, enrolled, home_pages):
    assert settings.REQUIRE_ADMIN_2FA is False
    admin_login(client, "eddie")
    assert client.get("/admin/")["Location"].startswith("/admin/two-step/")
    device = TOTPDevice.objects.get(user=enrolled)
    assert second_step(client, code_for(device))["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_without_a_factor_the_admin_opens_when_optional(client, editor, home_pages):
    admin_login(client, "eddie")
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
@required
def test_wrong_codes_count_towards_the_lockout(client, enrolled, home_pages):
    admin_login(client, "eddie")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert second_step(client, "000000").status_code == 200
    response = second_step(client, "000000")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session  # signed out
    assert admin_login(client, "eddie").status_code == 429  # and the password is refused too
    other = client.post("/admin/login/", {"username": "eddie", "password": PASSWORD}, REMOTE_ADDR="10.0.0.2")
    assert other.status_code == 302  # from another address


@pytest.mark.django_db
@required
def test_the_next_address_must_be_this_site(client, enrolled, home_pages):
    admin_login(client, "eddie")
    device = TOTPDevice.objects.get(user=enrolled)
    assert second_step(client, code_for(device), "https://evil.example/")["Location"] == "/admin/"


@pytest.mark.django_db
@required
def test_a_superuser_resets_a_members_factor(client, enrolled, home_pages):
    boss = UserFactory(username="boss", is_superuser=True, is_staff=True)
    TOTPDevice.objects.create(user=boss, name="app", confirmed=True)
    admin_login(client, "boss")
    second_step(client, code_for(TOTPDevice.objects.get(user=boss)))
    html = client.get("/admin/two-step-members/").content.decode()
    assert "eddie" in html and "Reset" in html
    response = client.post(f"/admin/two-step-members/{enrolled.pk}/reset/", follow=True)
    assert "sets up two-step sign-in again" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=enrolled).exists()
    # The member is asked to set up a new one at their next sign-in.
    client.logout()
    admin_login(client, "eddie")
    assert "Set up two-step sign-in" in client.get("/admin/two-step/").content.decode()


@pytest.mark.django_db
@required
def test_members_who_are_not_superusers_cannot_reset(client, enrolled, home_pages):
    victim = UserFactory(username="vic", groups=["Editors"])
    TOTPDevice.objects.create(user=victim, name="app", confirmed=True)
    admin_login(client, "eddie")
    second_step(client, code_for(TOTPDevice.objects.get(user=enrolled)))
    assert client.get("/admin/two-step-members/").status_code in (302, 403)
    assert client.post(f"/admin/two-step-members/{victim.pk}/reset/").status_code in (302, 403)
    assert TOTPDevice.objects.filter(user=victim).exists()


@pytest.mark.django_db
def test_the_command_resets_a_factor(enrolled):
    call_command("reset_two_factor", "eddie", "--unlock")
    assert not TOTPDevice.objects.filter(user=enrolled).exists()


@pytest.mark.django_db
@required
def test_trainees_are_not_asked_for_a_second_step(client, home_pages):
    UserFactory(username="kit", groups=["GP trainees"])
    assert client.post("/en/account/sign-in/", {"username": "kit", "password": PASSWORD}).status_code == 302
    assert client.get("/en/").status_code == 200


@pytest.mark.django_db
@required
def test_the_second_step_page_is_translated(client, editor, home_pages):
    admin_login(client, "eddie")
    html = client.get("/admin/two-step/", HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert "Set up two-step sign-in" not in html
    assert 'dir="rtl"' in html


def test_required_by_default_and_optional_in_development(monkeypatch):
    from website.settings import base, dev

    assert "REQUIRE_ADMIN_2FA" not in __import__("os").environ
    assert base.REQUIRE_ADMIN_2FA is True  # production.py takes base's value
    assert dev.REQUIRE_ADMIN_2FA is False
