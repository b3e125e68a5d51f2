"""Invitations for GP trainees to make their own account."""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ResetEmail(models.Model):
    """One password reset email sent (or asked for), by a hash of the address: how both reset pages keep to
    RESET_EMAILS_PER_HOUR for one address, whichever worker or server answers. Rows older than an hour are
    deleted as new ones come."""

    address_hash = models.CharField(max_length=64, db_index=True, editable=False)
    requested_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self):
        return f"{self.address_hash[:12]}… {self.requested_at:%Y-%m-%d %H:%M}"

    @staticmethod
    def hash_address(email):
        return hashlib.sha256(email.strip().lower().encode()).hexdigest()

    @classmethod
    def count(cls, email):
        """Record one request for this address; return how many it has had in the last hour, this one too."""
        now = timezone.now()
        hour_ago = now - timedelta(hours=1)
        address_hash = cls.hash_address(email)
        with transaction.atomic():
            cls.objects.filter(requested_at__lt=hour_ago).delete()
            mine = cls.objects.create(address_hash=address_hash, requested_at=now)
            return cls.objects.filter(
                address_hash=address_hash, requested_at__gte=hour_ago, pk__lte=mine.pk
            ).count()


class TraineeInvitation(models.Model):
    """An invitation for a GP trainee to make their own account. It works once, and only until it expires.

    Only a SHA-256 hash of the link's secret is kept: the link itself is emailed, shown once to the
    administrator who made it, and never stored.
    """

    email = models.EmailField(_("email address"), max_length=150)
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    PENDING = "pending"
    ACCEPTED = "accepted"
    EXPIRED = "expired"

    class Meta:
        verbose_name = _("trainee invitation")
        verbose_name_plural = _("trainee invitations")
        ordering = ["-created_at"]
        db_table = "website_traineeinvitation"  # made in the website app, before accounts had its own

    def __str__(self):
        return self.email

    @staticmethod
    def hash_token(token):
        return hashlib.sha256(token.encode()).hexdigest()

    @classmethod
    def create(cls, email, days, created_by=None):
        """A new invitation and the secret for its link (returned once, never stored)."""
        token = secrets.token_urlsafe(32)
        now = timezone.now()
        invitation = cls.objects.create(
            email=email.strip(),
            token_hash=cls.hash_token(token),
            created_by=created_by,
            created_at=now,
            expires_at=now + timedelta(days=days),
        )
        return invitation, token

    @classmethod
    def for_token(cls, token):
        return cls.objects.filter(token_hash=cls.hash_token(token)).first()

    @property
    def status(self):
        if self.accepted_at:
            return self.ACCEPTED
        if self.expires_at <= timezone.now():
            return self.EXPIRED
        return self.PENDING

    def get_status_display(self):
        return {
            self.PENDING: _("Waiting"),
            self.ACCEPTED: _("Accepted"),
            self.EXPIRED: _("Expired"),
        }[self.status]
