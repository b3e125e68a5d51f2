from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Website")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Page
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .cache import clear_page_cache
        from .models import SiteSettings

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(clear_page_cache, dispatch_uid=f"clear-page-cache-{signal}")
        post_delete.connect(clear_page_cache, sender=Page, dispatch_uid="clear-page-cache-delete")
        post_save.connect(clear_page_cache, sender=SiteSettings, dispatch_uid="clear-page-cache-settings")
