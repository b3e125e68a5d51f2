"""Trainee invitations moved from the website app to accounts, keeping their table: a database made before
the move migrates forward with every invitation, and its content type (so its permissions) moves too."""

from datetime import timedelta

import pytest
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from accounts.models import TraineeInvitation

BEFORE_THE_MOVE = [("website", "0006_traineeinvitation"), ("accounts", None)]


def migrate(targets):
    """Migrate to `targets`; return the models as they are there."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state([t for t in targets if t[1] is not None]).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_invitation_made_before_the_move_is_still_there_after_it():
    old_apps = migrate(BEFORE_THE_MOVE)
    OldInvitation = old_apps.get_model("website", "TraineeInvitation")
    OldContentType = old_apps.get_model("contenttypes", "ContentType")
    now = timezone.now()
    OldInvitation.objects.create(
        email="before.the.move@example.org",
        token_hash="a" * 64,
        created_at=now,
        expires_at=now + timedelta(days=14),
    )
    old_type = OldContentType.objects.get(app_label="website", model="traineeinvitation")
    # Someone was given the permission before the move.
    OldPermission = old_apps.get_model("auth", "Permission")
    OldUser = old_apps.get_model("auth", "User")
    inviter = OldUser.objects.create(username="inviter")
    inviter.user_permissions.add(
        OldPermission.objects.get(content_type=old_type, codename="add_traineeinvitation")
    )

    migrate(latest())
    ContentType.objects.clear_cache()  # read the content types as a new process would
    try:
        check_after_the_move(old_type, inviter)
    finally:
        # Warm the cache again: the next serialized-rollback test reloads pages before their content types,
        # and a page made while the cache is cold makes a second content type row for its model.
        ContentType.objects.get_for_models(*django_apps.get_models())


def check_after_the_move(old_type, inviter):

    invitation = TraineeInvitation.objects.get()
    assert invitation.email == "before.the.move@example.org"
    assert invitation.token_hash == "a" * 64
    assert invitation.status == TraineeInvitation.PENDING
    moved = ContentType.objects.get_for_model(TraineeInvitation)
    assert moved.pk == old_type.pk
    assert not ContentType.objects.filter(app_label="website", model="traineeinvitation").exists()
    assert Permission.objects.get(codename="add_traineeinvitation").content_type == moved
    assert get_user_model().objects.get(pk=inviter.pk).has_perm("accounts.add_traineeinvitation")
