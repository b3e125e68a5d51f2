"""Only staff roles use the Wagtail admin. A signed-in GP trainee who opens it gets a plain 403 page in the
site's style, with a way to sign out and a way back to the training, never the admin's login form."""

import pytest

from home.factories import StandardPageFactory
from website.factories import UserFactory


@pytest.fixture
def trainee(db):
    return UserFactory(username="kit", first_name="Kit", groups=["GP trainees"])


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/", "/admin/login/", "/admin/users/"])
def test_a_signed_in_trainee_is_refused_the_admin(client, trainee, home_pages, path):
    client.force_login(trainee)
    response = client.get(path)
    html = response.content.decode()
    assert response.status_code == 403
    assert [t.name for t in response.templates][:3] == [
        "accounts/admin_refused.html",
        "accounts/base.html",
        "base.html",
    ]
    assert "This account cannot edit the website" in html
    assert "You are signed in as Kit." in html
    assert 'action="/en/account/sign-out/"' in html
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


@pytest.mark.django_db
def test_the_refusal_links_to_the_training_in_the_visitors_language(
    client, trainee, home_page, make_translation
):
    training = StandardPageFactory(parent=home_page, title="Training", slug="training")
    make_translation(training, "ar")
    client.force_login(trainee)
    assert 'href="/en/training/"' in client.get("/admin/").content.decode()
    arabic = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert '<html lang="ar"' in arabic
    assert 'href="/ar/training/"' in arabic


@pytest.mark.django_db
def test_a_trainee_can_still_sign_out_of_the_admin(client, trainee, home_pages):
    client.force_login(trainee)
    assert client.get("/admin/logout/").status_code == 405  # a page with the sign-out button
    assert "_auth_user_id" in client.session
    response = client.post("/admin/logout/")
    assert response["Location"] == "/en/account/signed-out/"
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
@pytest.mark.parametrize("group", ["Editors", "Lived experience panel", "Clinical reviewers", "Translators"])
def test_staff_roles_keep_the_admin(client, home_pages, group):
    client.force_login(UserFactory(groups=[group]))
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_superusers_keep_the_admin(client, home_pages):
    client.force_login(UserFactory(username="boss", is_superuser=True))
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_anonymous_visitors_still_get_the_admin_login(client, home_pages):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert client.get("/admin/login/").status_code == 200
