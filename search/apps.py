from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The public search page, its index of live pages and the promoted results."""

    name = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.contrib.search_promotions.models import Query, SearchPromotion
        from wagtail.signals import page_unpublished

        from .indexing import on_page_saved, on_unpublished
        from .query import promotions_changed

        post_save.connect(on_page_saved, dispatch_uid="search-entry-page-saved")
        page_unpublished.connect(on_unpublished, dispatch_uid="search-entry-unpublished")
        # Promotions are kept in the cache (query.promotions): any change to one, or to its query, empties it.
        for model in (SearchPromotion, Query):
            for signal in (post_save, post_delete):
                signal.connect(
                    promotions_changed,
                    sender=model,
                    dispatch_uid=f"search-promotions-{model.__name__}-{signal}",
                )
