"""QuorumApprovalTask and QuorumApproval move here from `website`, keeping their tables: state only.

Their tables were made by website 0004. The landed data migrations that use them through
apps.get_model("website", …) run first (see the dependencies); website 0007 then takes them out of
website's state.
"""

import django.core.validators
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("website", "0006_traineeinvitation"),
        # The workflow data migrations that ran while these models lived in `website`.
        ("website", "0005_create_workflows"),
        ("resources", "0005_training_workflows"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="QuorumApprovalTask",
                    fields=[
                        (
                            "task_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to="wagtailcore.task",
                            ),
                        ),
                        (
                            "quorum",
                            models.PositiveSmallIntegerField(
                                default=2,
                                help_text="How many different members must approve before this step is complete.",
                                validators=[django.core.validators.MinValueValidator(1)],
                                verbose_name="approvals needed",
                            ),
                        ),
                        (
                            "groups",
                            models.ManyToManyField(
                                help_text=(
                                    "Pages/snippets at this step in a workflow will be moderated or approved by "
                                    "these groups of users"
                                ),
                                to="auth.group",
                                verbose_name="groups",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "quorum approval task",
                        "verbose_name_plural": "quorum approval tasks",
                        "db_table": "website_quorumapprovaltask",
                    },
                    bases=("wagtailcore.task",),
                ),
                migrations.CreateModel(
                    name="QuorumApproval",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("comment", models.TextField(blank=True)),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        (
                            "revision",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="wagtailcore.revision",
                            ),
                        ),
                        (
                            "task_state",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="quorum_approvals",
                                to="wagtailcore.taskstate",
                            ),
                        ),
                        (
                            "user",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "db_table": "website_quorumapproval",
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("task_state", "user", "revision"), name="one_approval_per_member"
                            )
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
