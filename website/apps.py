from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Website")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
        from wagtail.models import Locale, Page, PageViewRestriction, Site, get_page_models
        from wagtail.query import PageQuerySet
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from . import cache, checks, privacy  # noqa: F401  (checks registers the deployment checks)
        from .models import SiteSettings
        from .plain_language import revision_saved
        from .publish_guard import keep_live_rows_approved

        post_save.connect(
            revision_saved, sender="wagtailcore.Revision", dispatch_uid="plain-language-figures"
        )

        # Publishing empties that page, its translations, the pages listing it or linking to it (cache.py).
        page_published.connect(cache.page_published, dispatch_uid="page-cache-published")
        # Taken down: its copies are dropped, never served stale.
        page_unpublished.connect(cache.page_unpublished, dispatch_uid="page-cache-unpublished")
        # A move or a delete changes URLs and lists all over the site: every page goes stale.
        post_page_move.connect(cache.clear_page_cache, dispatch_uid="page-cache-move")
        post_delete.connect(cache.page_deleted, sender=Page, dispatch_uid="page-cache-delete")
        for model in (SiteSettings, Site, Locale):
            for signal in (post_save, post_delete):
                signal.connect(
                    _site_wide_change, sender=model, dispatch_uid=f"page-cache-{model._meta.label}-{signal}"
                )
        # A page made private (or public again, or open to other groups) must not be served from the cache,
        # not even stale.
        for signal in (post_save, post_delete):
            signal.connect(
                cache.clear_page_cache_hard,
                sender=PageViewRestriction,
                dispatch_uid=f"clear-page-cache-privacy-{signal}",
            )
        m2m_changed.connect(
            cache.clear_page_cache_hard,
            sender=PageViewRestriction.groups.through,
            dispatch_uid="clear-page-cache-privacy-groups",
        )
        # Some live pages saved without publish() change the cached pieces every page shows (_page_saved).
        post_save.connect(_page_saved, dispatch_uid="page-cache-page-saved")
        # Every `.public()` list reads the cached restricted sections instead of the database.
        PageQuerySet.private_q = privacy.private_q
        # A live page's row changes only as publish() would let it.
        for model in get_page_models():
            pre_save.connect(
                keep_live_rows_approved,
                sender=model,
                dispatch_uid=f"keep-live-rows-approved-{model._meta.label}",
            )


def _page_saved(sender, instance, created=False, **kwargs):
    """Saves that change what the cached pieces show without publish(): a new alias (privacy follows its
    source), a home page, a footer page, a new live page (the lists and routes kept in the fragment cache),
    a new translation of a page (its language links)."""
    from wagtail.models import Page

    from .cache import empty_fragments
    from .templatetags.website_tags import is_footer_slug

    if kwargs.get("raw") or not isinstance(instance, Page) or not (instance.live or instance.alias_of_id):
        return  # raw: fixtures and test databases restored row by row, with nothing cached to empty
    if (
        instance.alias_of_id
        or (created and instance.live)
        or (instance.depth or 0) <= 2
        or is_footer_slug(instance.slug)
        or (
            created
            and Page.objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk).exists()
        )
    ):
        empty_fragments()


def _site_wide_change(sender, instance, created=False, **kwargs):
    from .cache import clear_page_cache
    from .models import SiteSettings

    if created and sender is SiteSettings:
        return  # made with its defaults on first use, as every page already showed them
    clear_page_cache()
