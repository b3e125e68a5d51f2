"""TraineeInvitation now belongs to the accounts app (accounts 0001 and 0002). Its table stays; this only
removes the model from the website app's state."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("website", "0006_traineeinvitation"),
        ("accounts", "0002_move_invitation_content_type"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="TraineeInvitation")],
            database_operations=[],
        ),
    ]
