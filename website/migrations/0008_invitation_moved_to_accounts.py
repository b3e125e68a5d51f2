"""TraineeInvitation now belongs to the accounts app (accounts 0001 and 0002). Its table stays; this only
removes the model from the website app's state."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("website", "0007_quorum_models_moved_to_approvals"),
        ("accounts", "0002_move_invitation_content_type"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="TraineeInvitation")],
            database_operations=[],
        ),
    ]
