"""A post's public count reads the submissions: when editors tag or link one, empty the page cache."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from website.cache import clear_page_cache

from .models import Submission


@receiver(post_save, sender=Submission)
def submission_saved(sender, instance, created, **kwargs):
    # A new submission from the public form has no post and no themes yet: no public page changes.
    if not created or instance.post_id:
        clear_page_cache()


@receiver(post_delete, sender=Submission)
def submission_deleted(sender, instance, **kwargs):
    clear_page_cache()


@receiver(m2m_changed, sender=Submission.themes.through)
def submission_themes_changed(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        clear_page_cache()
