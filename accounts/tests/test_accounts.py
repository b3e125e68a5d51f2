"""GP trainees sign in on the site's own pages, in their language: by username or email address, with one
clear message when something is wrong, a pause after too many tries, a password reset by email that never
says whether an address has an account, and sign-out by POST only."""

import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import PageViewRestriction

from accounts.models import ResetEmail
from home.factories import StandardPageFactory
from website.factories import UserFactory

PASSWORD = "correct-horse-battery"
SIGN_IN = "/en/account/sign-in/"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def trainee(db):
    return UserFactory(
        username="kit", email="Kit.Trainee@example.org", first_name="Kit", groups=["GP trainees"]
    )


@pytest.fixture
def trainee_page(home_page):
    page = StandardPageFactory(parent=home_page, title="Module 5", slug="module-5")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get(name="GP trainees")])
    return page


def sign_in(client, username, password=PASSWORD, **extra):
    return client.post(SIGN_IN, {"username": username, "password": password, **extra})


def signed_in_user_id(client):
    return client.session.get("_auth_user_id")


# --- The page -----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_sign_in_page_is_in_the_site_style_and_language(client, home_pages):
    response = client.get(SIGN_IN)
    html = response.content.decode()
    assert response.status_code == 200
    assert [t.name for t in response.templates][:3] == [
        "accounts/sign_in.html",
        "accounts/base.html",
        "base.html",
    ]
    assert '<label class="form-group__label" for="id_username">Email address or username</label>' in html
    assert 'autocomplete="username"' in html
    assert 'autocomplete="current-password"' in html
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)

    arabic = client.get("/ar/account/sign-in/").content.decode()
    assert '<html lang="ar"' in arabic and 'dir="rtl"' in arabic
    assert 'action="/ar/account/sign-in/"' in arabic


@pytest.mark.django_db
def test_sign_in_by_username(client, trainee, home_pages):
    response = sign_in(client, "kit")
    assert response.status_code == 302
    assert response["Location"] == "/en/account/"  # which sends people to the home page in their language
    assert signed_in_user_id(client) == str(trainee.pk)


@pytest.mark.django_db
def test_sign_in_by_email_address_in_any_case(client, trainee, home_pages):
    response = sign_in(client, "  KIT.trainee@EXAMPLE.org ")
    assert response.status_code == 302
    assert signed_in_user_id(client) == str(trainee.pk)


@pytest.mark.django_db
def test_signing_in_goes_to_the_home_page_in_the_visitors_language(client, trainee, home_pages):
    response = client.post("/ar/account/sign-in/", {"username": "kit", "password": PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0] == "/ar/"


@pytest.mark.django_db
def test_a_wrong_password_gets_one_clear_message_that_does_not_say_which_part_was_wrong(
    client, trainee, home_pages
):
    wrong_password = sign_in(client, "kit", "not-my-password")
    unknown_user = sign_in(client, "nobody@example.org", "not-my-password")
    html = wrong_password.content.decode()
    assert wrong_password.status_code == 200
    assert signed_in_user_id(client) is None
    message = "The email address or username and password do not match our records."
    assert html.count(message) == 2  # in the error summary, and by the field
    assert message in unknown_user.content.decode()
    assert '<a href="#id_username">' in html
    assert "<title>" in html and "Error:" in html.split("</title>")[0]
    # Both fields are marked, the typed username is kept, the password is not.
    assert html.count('aria-invalid="true"') == 2
    assert html.count('aria-describedby="id_username_error"') == 2
    assert 'id="id_username_error"' in html
    assert 'value="kit"' in html
    assert "not-my-password" not in html


@pytest.mark.django_db
def test_empty_fields_each_get_a_message(client, home_pages):
    html = client.post(SIGN_IN, {"username": "", "password": ""}).content.decode()
    assert "Enter your email address or username." in html
    assert "Enter your password." in html
    assert '<a href="#id_password">' in html


@pytest.mark.django_db
def test_too_many_wrong_passwords_make_sign_in_wait(client, trainee, home_pages):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "kit", "wrong").status_code == 200
    assert sign_in(client, "kit", "wrong").status_code == 429  # the fifth locks
    # Even the right password is refused now, for the username in any case and for the email address.
    for name in ("kit", "KIT", "kit.trainee@example.org"):
        response = sign_in(client, name)
        assert response.status_code == 429
        assert "You have tried to sign in too many times" in response.content.decode()
        assert "reset your password" in response.content.decode()
        assert signed_in_user_id(client) is None
    # Someone else can still sign in.
    other = UserFactory(username="sam")
    assert sign_in(client, "sam").status_code == 302
    assert signed_in_user_id(client) == str(other.pk)
    # After the wait, the trainee can sign in again.
    client.logout()
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - timedelta(minutes=settings.LOCKOUT_MINUTES + 1)
    )
    assert sign_in(client, "kit").status_code == 302


@pytest.mark.django_db
def test_a_successful_sign_in_forgets_earlier_mistakes(client, trainee, home_pages):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "kit", "wrong")
    assert sign_in(client, "kit").status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "kit", "wrong")
    assert sign_in(client, "kit").status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize(
    "next_url,expected",
    [
        ("/en/guides/", "/en/guides/"),
        ("https://evil.example/steal", "/en/account/"),
        ("//evil.example/steal", "/en/account/"),
        ("javascript:alert(1)", "/en/account/"),
    ],
)
def test_only_safe_next_addresses_are_followed(client, trainee, home_pages, next_url, expected):
    response = sign_in(client, "kit", next=next_url)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.django_db
def test_the_default_destination_is_the_home_page(client, home_pages):
    assert client.get("/en/account/")["Location"] == "/en/"
    assert client.get("/ar/account/")["Location"] == "/ar/"


@pytest.mark.django_db
def test_next_survives_a_mistake(client, trainee, home_pages):
    html = sign_in(client, "kit", "wrong", next="/en/module-5/").content.decode()
    assert '<input type="hidden" name="next" value="/en/module-5/">' in html


# --- Page privacy -------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_trainee_only_page_sends_visitors_to_sign_in_in_their_language(
    client, trainee_page, make_translation
):
    response = client.get("/en/module-5/")
    assert response.status_code == 302
    assert response["Location"] == "/en/account/sign-in/?next=/en/module-5/"

    arabic = make_translation(trainee_page, "ar")
    response = client.get(arabic.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/ar/account/sign-in/?next=")


@pytest.mark.django_db
def test_a_trainee_signs_in_and_reads_the_page(client, trainee, trainee_page):
    response = sign_in(client, "kit", next="/en/module-5/")
    assert response["Location"] == "/en/module-5/"
    page = client.get("/en/module-5/")
    assert page.status_code == 200
    assert "Module 5" in page.content.decode()


@pytest.mark.django_db
def test_someone_signed_in_who_is_not_a_trainee_is_told_so(client, trainee_page):
    editor = UserFactory(username="ed", first_name="Edie", groups=["Editors"])
    client.force_login(editor)
    response = client.get("/en/module-5/", follow=True)
    html = response.content.decode()
    assert response.redirect_chain[0][0] == "/en/account/sign-in/?next=/en/module-5/"
    assert "You are signed in as Edie, but that page is only for GP trainees." in html
    assert 'action="/en/account/sign-out/"' in html
    assert 'name="password"' not in html


@pytest.mark.django_db
def test_someone_already_signed_in_without_next_sees_who_they_are(client, trainee, home_pages):
    client.force_login(trainee)
    html = client.get(SIGN_IN).content.decode()
    assert "You are signed in as Kit." in html
    assert "only for GP trainees" not in html


# --- Signing out --------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_signing_out_needs_a_post(client, trainee, home_pages):
    client.force_login(trainee)
    response = client.get("/en/account/sign-out/")
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert "You are signed in as Kit." in response.content.decode()  # with a button to sign out
    assert signed_in_user_id(client) == str(trainee.pk)

    response = client.post("/en/account/sign-out/", follow=True)
    assert response.redirect_chain == [("/en/account/signed-out/", 302)]
    assert "You have signed out" in response.content.decode()
    assert signed_in_user_id(client) is None


@pytest.mark.django_db
def test_signing_out_from_an_arabic_page_stays_in_arabic(client, trainee, home_pages):
    client.force_login(trainee)
    response = client.post("/ar/account/sign-out/")
    assert response["Location"] == "/ar/account/signed-out/"


@pytest.mark.django_db
def test_signing_out_needs_the_csrf_token(trainee, home_pages):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(trainee)
    assert client.post("/en/account/sign-out/").status_code == 403
    assert signed_in_user_id(client) == str(trainee.pk)


@pytest.mark.django_db
def test_the_header_says_who_is_signed_in_and_the_footer_offers_sign_in_otherwise(
    client, trainee, home_pages
):
    anonymous = client.get("/en/").content.decode()
    assert "Signed in as" not in anonymous
    assert re.search(r'<a href="/en/account/sign-in/"[^>]*>Trainee sign in</a>', anonymous)
    assert "csrfmiddlewaretoken" not in anonymous
    # Only in the footer: the public header stays the same for everyone.
    header = anonymous.split("</header>")[0]
    assert "sign-in" not in header

    client.force_login(trainee)
    signed_in = client.get("/en/").content.decode()
    assert "Signed in as Kit" in signed_in
    assert 'action="/en/account/sign-out/"' in signed_in.split("</header>")[0]
    assert "Trainee sign in" not in signed_in


# --- Password reset -----------------------------------------------------------------------------------


def reset_link(message):
    match = re.search(r"https?://testserver(/\S+/account/reset/\S+/)", message.body)
    assert match, message.body
    return match.group(1)


@pytest.mark.django_db
def test_password_reset_by_email_end_to_end(client, trainee, home_pages, mailoutbox):
    response = client.post("/en/account/password-reset/", {"email": "kit.trainee@example.org"})
    assert response["Location"] == "/en/account/password-reset/sent/"
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["Kit.Trainee@example.org"]
    assert message.subject == "Reset your password for Bridging Health"
    assert "Your username is kit." in message.body
    assert "for 3 days" in message.body
    link = reset_link(message)
    assert link.startswith("/en/account/reset/")

    # The link puts the token in the session and moves to a token-free address, as Django does.
    response = client.get(link)
    assert response.status_code == 302
    form_url = response["Location"]
    page = client.get(form_url)
    assert page.status_code == 200
    assert "Choose a new password" in page.content.decode()
    assert 'autocomplete="new-password"' in page.content.decode()

    done = client.post(form_url, {"new_password1": "lantern-meadow-47", "new_password2": "lantern-meadow-47"})
    assert done["Location"] == "/en/account/reset/done/"
    assert "Your password has been changed" in client.get(done["Location"]).content.decode()

    # The old password no longer works, the new one does, and the link cannot be used again.
    assert sign_in(client, "kit").status_code == 200
    assert sign_in(client, "kit", "lantern-meadow-47").status_code == 302
    client.logout()
    assert "This link does not work" in client.get(link, follow=True).content.decode()


@pytest.mark.django_db
def test_the_new_password_must_pass_the_password_rules(client, trainee, home_pages, mailoutbox):
    client.post("/en/account/password-reset/", {"email": "kit.trainee@example.org"})
    form_url = client.get(reset_link(mailoutbox[0]))["Location"]
    html = client.post(form_url, {"new_password1": "12345678", "new_password2": "12345678"}).content.decode()
    assert "There is a problem" in html
    assert '<a href="#id_new_password1">' in html
    html = client.post(
        form_url, {"new_password1": "lantern-meadow-47", "new_password2": "lantern-meadow-48"}
    ).content.decode()
    assert "The two passwords are not the same." in html
    assert '<a href="#id_new_password2">' in html


@pytest.mark.django_db
def test_password_reset_never_says_whether_an_address_has_an_account(client, trainee, home_pages, mailoutbox):
    known = client.post("/en/account/password-reset/", {"email": "kit.trainee@example.org"}, follow=True)
    unknown = client.post("/en/account/password-reset/", {"email": "nobody@example.org"}, follow=True)
    assert known.redirect_chain == unknown.redirect_chain == [("/en/account/password-reset/sent/", 302)]
    assert known.content == unknown.content
    assert "If there is an account with that email address" in known.content.decode()
    assert len(mailoutbox) == 1


@pytest.mark.django_db
def test_password_reset_emails_to_one_address_stop_after_three_an_hour(
    client, trainee, home_pages, mailoutbox
):
    for _ in range(5):
        response = client.post("/en/account/password-reset/", {"email": "Kit.Trainee@example.org"})
        assert response["Location"] == "/en/account/password-reset/sent/"  # the same answer every time
    assert len(mailoutbox) == 3
    UserFactory(username="ali", email="ali.trainee@example.org", groups=["GP trainees"])
    client.post("/en/account/password-reset/", {"email": "ali.trainee@example.org"})
    assert len(mailoutbox) == 4  # another address has its own count
    ResetEmail.objects.update(requested_at=timezone.now() - timedelta(minutes=61))  # an hour later
    client.post("/en/account/password-reset/", {"email": "kit.trainee@example.org"})
    assert len(mailoutbox) == 5


@pytest.mark.django_db
def test_password_reset_asks_for_a_real_email_address_and_keeps_what_was_typed(client, home_pages):
    html = client.post("/en/account/password-reset/", {"email": "kit at example"}).content.decode()
    assert "Enter an email address in the right form" in html
    assert 'value="kit at example"' in html
    assert '<a href="#id_email">' in html


@pytest.mark.django_db
def test_the_reset_email_link_follows_the_visitors_language(client, trainee, home_pages, mailoutbox):
    client.post("/ar/account/password-reset/", {"email": "kit.trainee@example.org"})
    assert reset_link(mailoutbox[0]).startswith("/ar/account/reset/")


# --- Forms pass the CSRF check in browsers ------------------------------------------------------------


@pytest.mark.django_db
def test_pages_with_protected_forms_use_a_same_origin_referrer_policy(client, trainee, home_pages):
    """Under no-referrer Chrome sends "Origin: null" with a form and Django's CSRF check refuses it."""
    anonymous = client.get("/en/")
    assert anonymous["Referrer-Policy"] == "no-referrer"
    assert '<meta name="referrer" content="no-referrer">' in anonymous.content.decode()
    for path in (SIGN_IN, "/en/account/password-reset/", "/admin/login/"):
        response = client.get(path)
        assert response["Referrer-Policy"] == "same-origin", path
        client.cookies.clear()
    assert '<meta name="referrer" content="same-origin">' in client.get(SIGN_IN).content.decode()

    client.force_login(trainee)
    signed_in = client.get("/en/")
    assert signed_in["Referrer-Policy"] == "same-origin"
    assert '<meta name="referrer" content="same-origin">' in signed_in.content.decode()
    assert client.get("/admin/")["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_sign_in_passes_the_csrf_check_with_the_origin_a_browser_sends(trainee, home_pages):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.get(SIGN_IN)
    token = client.cookies["csrftoken"].value
    data = {"username": "kit", "password": PASSWORD, "csrfmiddlewaretoken": token}
    assert client.post(SIGN_IN, data, HTTP_ORIGIN="null").status_code == 403
    assert client.post(SIGN_IN, data, HTTP_ORIGIN="http://testserver").status_code == 302
