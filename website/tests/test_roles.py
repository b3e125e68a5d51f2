"""The groups of PRODUCT.md exist with the right permissions, and nobody but a superuser may publish."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page

from website.factories import UserFactory

ROLES = ["Editors", "Lived experience panel", "Clinical reviewers", "Translators", "GP trainees"]


@pytest.mark.django_db
def test_every_role_exists_and_wagtails_moderators_group_is_gone():
    assert set(ROLES) <= set(Group.objects.values_list("name", flat=True))
    assert not Group.objects.filter(name="Moderators").exists()


@pytest.mark.django_db
def test_no_group_can_publish():
    assert not GroupPagePermission.objects.filter(
        permission__codename__in=["publish_page", "bulk_delete_page"]
    ).exists()
    assert not Group.objects.filter(permissions__codename__startswith="publish").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "group,can_add,can_edit",
    [
        ("Editors", True, True),
        ("Lived experience panel", False, True),
        ("Translators", True, True),
        ("Clinical reviewers", False, False),
        ("GP trainees", False, False),
    ],
)
def test_page_permissions_per_role(home_page, group, can_add, can_edit):
    user = UserFactory(groups=[group])
    perms = home_page.permissions_for_user(user)
    assert perms.can_add_subpage() is can_add
    assert perms.can_edit() is can_edit
    assert perms.can_publish() is False
    assert perms.can_publish_subpage() is False


@pytest.mark.django_db
def test_only_staff_roles_reach_the_admin():
    for group in ROLES:
        user = UserFactory(groups=[group])
        assert user.has_perm("wagtailadmin.access_admin") is (group != "GP trainees")


@pytest.mark.django_db
def test_editors_can_upload_images_and_documents():
    perms = set(
        GroupCollectionPermission.objects.filter(group__name="Editors").values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_image", "choose_image", "add_document", "choose_document"} <= perms


@pytest.mark.django_db
def test_a_superuser_can_still_publish(home_page):
    admin = UserFactory(username="boss", is_superuser=True)
    assert Page.objects.get(pk=home_page.pk).permissions_for_user(admin).can_publish()
