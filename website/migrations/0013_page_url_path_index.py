"""An index on Wagtail's page URL paths, so routing a URL (website/routing.py) reads the pages on its path
through the index rather than every page of the site. Wagtail's own migrations index `path`, not
`url_path`; the index is ours and lives beside its table."""

from django.db import migrations

INDEX = "website_page_url_path"


class Migration(migrations.Migration):

    dependencies = [
        ("website", "0012_scheduled_job_runs"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (url_path)",
            f"DROP INDEX IF EXISTS {INDEX}",
        ),
    ]
