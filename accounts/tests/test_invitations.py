"""An administrator invites a GP trainee; the link works once, until it expires, and makes an account in the
"GP trainees" group that cannot use the admin. Only a hash of the link's secret is stored."""

import hashlib
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from accounts.models import TraineeInvitation
from accounts.views import create_trainee
from home.factories import StandardPageFactory
from website.factories import UserFactory

NEW_PASSWORD = "lantern-meadow-47"


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(username="boss", is_superuser=True))
    return client


def invitation(email="new.trainee@example.org", days=14, **fields):
    invitation, token = TraineeInvitation.create(email, days)
    for name, value in fields.items():
        setattr(invitation, name, value)
    invitation.save()
    return invitation, token


def accept(client, token, name="Robin", password=NEW_PASSWORD, confirm=None, lang="en"):
    return client.post(
        f"/{lang}/account/invitation/{token}/",
        {"name": name, "password1": password, "password2": password if confirm is None else confirm},
    )


# --- The admin ----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_administrator_invites_a_trainee(admin_client, home_pages, mailoutbox):
    assert admin_client.get("/admin/trainee-invitations/").status_code == 200
    form = admin_client.get("/admin/trainee-invitations/new/")
    assert 'value="14"' in form.content.decode()

    response = admin_client.post(
        "/admin/trainee-invitations/new/", {"email": "New.Trainee@example.org", "days": "10"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]

    invitation = TraineeInvitation.objects.get()
    assert invitation.email == "New.Trainee@example.org"
    assert invitation.created_by.username == "boss"
    assert invitation.status == TraineeInvitation.PENDING
    assert timedelta(days=9, hours=23) < invitation.expires_at - invitation.created_at <= timedelta(days=10)

    # The link is shown once and emailed, in the site's main language; only its hash is stored.
    url = re.search(r'value="(http://testserver/en/account/invitation/([\w-]+)/)"', html)
    assert url, html
    token = url.group(2)
    assert invitation.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in str(TraineeInvitation.objects.values().get())
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["New.Trainee@example.org"]
    assert mailoutbox[0].subject == "Your invitation to Bridging Health training"
    assert url.group(1) in mailoutbox[0].body

    listing = admin_client.get("/admin/trainee-invitations/").content.decode()
    assert "New.Trainee@example.org" in listing
    assert "Waiting" in listing
    assert token not in listing


@pytest.mark.django_db
@pytest.mark.parametrize("days", ["0", "61", "soon"])
def test_the_expiry_must_be_between_1_and_60_days(admin_client, days):
    response = admin_client.post("/admin/trainee-invitations/new/", {"email": "a@example.org", "days": days})
    assert response.status_code == 200
    assert 'value="a@example.org"' in response.content.decode()  # what was typed is kept
    assert not TraineeInvitation.objects.exists()


@pytest.mark.django_db
def test_no_invitation_for_an_email_address_that_already_has_an_account(admin_client):
    UserFactory(username="kit", email="kit@example.org")
    response = admin_client.post(
        "/admin/trainee-invitations/new/", {"email": "KIT@example.org", "days": "14"}
    )
    assert "An account with this email address already exists" in response.content.decode()
    assert not TraineeInvitation.objects.exists()


@pytest.mark.django_db
def test_editors_may_not_invite(client, home_pages, mailoutbox):
    editor = UserFactory(username="ed", groups=["Editors"])
    assert not editor.has_perm("accounts.add_traineeinvitation")
    client.force_login(editor)
    for response in (
        client.get("/admin/trainee-invitations/"),
        client.get("/admin/trainee-invitations/new/"),
        client.post("/admin/trainee-invitations/new/", {"email": "a@example.org", "days": "14"}),
    ):
        assert response.status_code in (302, 403)
        assert "/admin/trainee-invitations" not in response.get("Location", "")
    assert not TraineeInvitation.objects.exists()
    assert not mailoutbox
    assert "Trainee invitations" not in client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_the_permission_is_enough_and_no_group_has_it(client, admin_client):
    assert not Group.objects.filter(permissions__codename="add_traineeinvitation").exists()
    assert "Trainee invitations" in admin_client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_an_administrator_withdraws_an_invitation(admin_client, home_pages):
    pending, token = invitation()
    response = admin_client.post(f"/admin/trainee-invitations/{pending.pk}/withdraw/")
    assert response["Location"] == "/admin/trainee-invitations/"
    pending.refresh_from_db()
    assert pending.status == TraineeInvitation.EXPIRED
    assert accept(admin_client, token).status_code == 410
    assert admin_client.get(f"/admin/trainee-invitations/{pending.pk}/withdraw/").status_code == 405


@pytest.mark.django_db
def test_the_withdraw_button_in_the_list_works(home_pages):
    """The list's own form, CSRF check and all, as a browser sends it."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(UserFactory(username="boss", is_superuser=True))
    pending, _token = invitation()
    listing = client.get("/admin/trainee-invitations/").content.decode()
    form = re.search(
        r'<form method="post"\s+action="([^"]+)">.*?name="csrfmiddlewaretoken" value="([^"]+)"', listing, re.S
    )
    assert form, listing
    response = client.post(form.group(1), {"csrfmiddlewaretoken": form.group(2)})
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == TraineeInvitation.EXPIRED
    assert "Withdraw" not in client.get("/admin/trainee-invitations/").content.decode()


# --- Accepting ----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_accepting_makes_a_trainee_account_without_admin_access(client, home_page):
    StandardPageFactory(parent=home_page, title="Training", slug="training")
    pending, token = invitation("New.Trainee@example.org")
    form = client.get(f"/en/account/invitation/{token}/")
    html = form.content.decode()
    assert form.status_code == 200
    assert "New.Trainee@example.org" in html
    assert 'autocomplete="new-password"' in html
    assert "no-cache" in form["Cache-Control"]

    response = accept(client, token)
    assert response.status_code == 302
    assert response["Location"] == "/en/training/"

    user = get_user_model().objects.get(email="New.Trainee@example.org")
    assert user.username == "new.trainee@example.org"
    assert user.first_name == "Robin"
    assert list(user.groups.values_list("name", flat=True)) == ["GP trainees"]
    assert not user.is_staff and not user.is_superuser
    assert not user.has_perm("wagtailadmin.access_admin")
    assert user.check_password(NEW_PASSWORD)
    pending.refresh_from_db()
    assert pending.status == TraineeInvitation.ACCEPTED
    assert pending.user == user
    # Signed in straight away.
    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.mark.django_db
def test_without_a_training_section_accepting_leads_home(client, home_pages):
    _pending, token = invitation()
    assert accept(client, token, lang="ar")["Location"] == "/ar/"


@pytest.mark.django_db
def test_an_unknown_link_is_refused_clearly(client, home_pages):
    response = client.get("/en/account/invitation/not-a-real-token/")
    assert response.status_code == 404
    assert "We do not recognise this invitation link" in response.content.decode()


@pytest.mark.django_db
def test_an_expired_invitation_is_refused_clearly(client, home_pages):
    _pending, token = invitation(expires_at=timezone.now() - timedelta(minutes=1))
    for response in (client.get(f"/en/account/invitation/{token}/"), accept(client, token)):
        assert response.status_code == 410
        html = response.content.decode()
        assert "This invitation has expired." in html
        assert "Ask the person who invited you for a new invitation." in html
    assert not get_user_model().objects.filter(email="new.trainee@example.org").exists()


@pytest.mark.django_db
def test_an_invitation_works_only_once(client, home_pages):
    _pending, token = invitation()
    assert accept(client, token).status_code == 302
    client.logout()
    response = accept(client, token, password="another-password-9")
    assert response.status_code == 410
    assert "This invitation has already been used" in response.content.decode()
    assert get_user_model().objects.filter(email="new.trainee@example.org").count() == 1


@pytest.mark.django_db
def test_an_existing_account_is_not_duplicated(client, home_pages):
    UserFactory(username="robin", email="NEW.trainee@example.org")
    pending, token = invitation()
    for response in (client.get(f"/en/account/invitation/{token}/"), accept(client, token)):
        html = response.content.decode()
        assert "An account with this email address already exists." in html
        assert 'href="/en/account/password-reset/"' in html
    assert get_user_model().objects.filter(email__iexact="new.trainee@example.org").count() == 1
    pending.refresh_from_db()
    assert pending.status == TraineeInvitation.PENDING
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_bad_passwords_get_clear_messages_and_keep_the_name(client, home_pages):
    pending, token = invitation()
    html = accept(client, token, name="Robin Fox", confirm="something-else-3").content.decode()
    assert "There is a problem" in html
    assert "The two passwords are not the same." in html
    assert '<a href="#id_password2">' in html
    assert 'value="Robin Fox"' in html
    assert NEW_PASSWORD not in html

    html = accept(client, token, password="12345678").content.decode()
    assert '<a href="#id_password1">' in html
    assert 'aria-invalid="true"' in html

    html = accept(client, token, password="").content.decode()
    assert "Choose a password." in html

    pending.refresh_from_db()
    assert pending.status == TraineeInvitation.PENDING
    assert not get_user_model().objects.filter(email="new.trainee@example.org").exists()


@pytest.mark.django_db
def test_a_new_trainee_can_sign_in_with_their_email_address(client, home_pages):
    _pending, token = invitation("New.Trainee@example.org")
    accept(client, token)
    client.logout()
    response = client.post(
        "/en/account/sign-in/", {"username": "New.Trainee@example.org", "password": NEW_PASSWORD}
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_two_forms_sent_at_once_make_one_account(client, home_pages):
    """Both forms passed the first check; the locked re-check inside the transaction stops the second."""
    pending, _token = invitation()
    data = {"name": "Robin", "password1": NEW_PASSWORD}
    user, reason = create_trainee(pending, data)
    assert user is not None and reason == ""
    assert create_trainee(pending, data) == (None, "used")
    assert get_user_model().objects.filter(email="new.trainee@example.org").count() == 1


@pytest.mark.django_db
def test_a_username_taken_by_someone_else_is_not_duplicated(client, home_pages):
    UserFactory(username="new.trainee@example.org", email="other@example.org")
    _pending, token = invitation()
    assert "An account with this email address already exists." in accept(client, token).content.decode()
