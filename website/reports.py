"""What the admin reports share."""

from django.urls import path


def report_urls(slug, view_class):
    """A report's page and the results-only view Wagtail's filters fetch, named as the view expects."""
    return [
        path(f"reports/{slug}/", view_class.as_view(), name=view_class.index_url_name),
        path(
            f"reports/{slug}/results/",
            view_class.as_view(results_only=True),
            name=view_class.index_results_url_name,
        ),
    ]
