from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "resources"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from website.cache import clear_page_cache

        from .models import Topic

        # Topic names and order show on guide indexes and guides (and their cached lists, website/cache.py).
        for signal in (post_save, post_delete):
            signal.connect(clear_page_cache, sender=Topic, dispatch_uid=f"page-cache-topic-{signal}")
