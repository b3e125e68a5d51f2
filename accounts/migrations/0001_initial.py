"""TraineeInvitation moves here from the website app. Its table stays website_traineeinvitation: this
migration only tells Django's state that the model now belongs to accounts; no table is made."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("website", "0006_traineeinvitation"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="TraineeInvitation",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("email", models.EmailField(max_length=150, verbose_name="email address")),
                        ("token_hash", models.CharField(editable=False, max_length=64, unique=True, verbose_name="token hash")),
                        ("created_at", models.DateTimeField(default=django.utils.timezone.now, verbose_name="created")),
                        ("expires_at", models.DateTimeField(verbose_name="expires")),
                        ("accepted_at", models.DateTimeField(blank=True, null=True, verbose_name="accepted")),
                        ("created_by", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL, verbose_name="invited by")),
                        ("user", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL, verbose_name="account")),
                    ],
                    options={
                        "verbose_name": "trainee invitation",
                        "verbose_name_plural": "trainee invitations",
                        "ordering": ["-created_at"],
                        "db_table": "website_traineeinvitation",
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
