"""QuorumApprovalTask and QuorumApproval now belong to `approvals` (approvals 0001): state only, the tables
stay."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0006_traineeinvitation"),
        ("approvals", "0002_move_content_types"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="QuorumApproval"),
                migrations.DeleteModel(name="QuorumApprovalTask"),
            ],
            database_operations=[],
        ),
    ]
