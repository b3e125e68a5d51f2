from django.apps import AppConfig


class InvolvementConfig(AppConfig):
    name = "involvement"

    def ready(self):
        from . import signals  # noqa: F401 - a change to what a post's count reads empties the page cache
