from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Website")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
        from wagtail.models import Page, PageViewRestriction, get_page_models
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from . import checks  # noqa: F401  (registers the deployment checks)
        from .cache import clear_page_cache
        from .models import SiteSettings
        from .plain_language import revision_saved
        from .publish_guard import keep_live_rows_approved

        post_save.connect(
            revision_saved, sender="wagtailcore.Revision", dispatch_uid="plain-language-figures"
        )

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(clear_page_cache, dispatch_uid=f"clear-page-cache-{signal}")
        post_delete.connect(clear_page_cache, sender=Page, dispatch_uid="clear-page-cache-delete")
        post_save.connect(clear_page_cache, sender=SiteSettings, dispatch_uid="clear-page-cache-settings")
        # A page made private (or public again, or open to other groups) must not be served from the cache.
        for signal in (post_save, post_delete):
            signal.connect(
                clear_page_cache,
                sender=PageViewRestriction,
                dispatch_uid=f"clear-page-cache-privacy-{signal}",
            )
        m2m_changed.connect(
            clear_page_cache,
            sender=PageViewRestriction.groups.through,
            dispatch_uid="clear-page-cache-privacy-groups",
        )
        # A live page's row changes only as publish() would let it.
        for model in get_page_models():
            pre_save.connect(
                keep_live_rows_approved,
                sender=model,
                dispatch_uid=f"keep-live-rows-approved-{model._meta.label}",
            )
