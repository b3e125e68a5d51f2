import hashlib
import hmac
import re
from datetime import timedelta

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import caches
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe
from django.views.static import serve as static_serve
from wagtail.models import Page

from .clients import client_address
from .models import FeedbackReceipt, PageFeedback
from .resilience import FailOpenRedisCache

FOLLOW_UP_SALT = "website.feedback.follow-up"
FOLLOW_UP_SECONDS = 60 * 60


@never_cache
@require_safe
def healthz(request):
    """What the site can do now, as JSON, for the container's HEALTHCHECK and orchestrators.

    - 200 `{"status": "ok"}`: everything answers.
    - 200 `{"status": "degraded", "cache": "unavailable"}`: Redis is down; pages are still served (from
      the database), so the instance stays in rotation, but the body says what is wrong.
    - 503 `{"status": "unavailable", "database": "unavailable"}`: the database is down; only cached pages
      and the branded 503 page can be served.
    """
    checks = {"database": "ok", "cache": "not configured"}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        checks["database"] = "unavailable"
    for alias in settings.CACHES:
        backend = caches[alias]
        if isinstance(backend, FailOpenRedisCache):
            checks["cache"] = "ok" if backend.ping() else "unavailable"
            if checks["cache"] != "ok":
                break
    if checks["database"] != "ok":
        status, code = "unavailable", 503
    elif checks["cache"] == "unavailable":
        status, code = "degraded", 200
    else:
        status, code = "ok", 200
    down = sorted(name for name, state in checks.items() if state == "unavailable")
    return JsonResponse({"status": status, **checks, "down": down}, status=code)


def feedback_page(page_id):
    """The live, public content page that asks "Is this page useful?", or None (drafts, private pages,
    aliases and pages without the question are refused)."""
    try:
        page = Page.objects.live().public().filter(alias_of__isnull=True).get(pk=int(page_id))
    except (TypeError, ValueError, OverflowError, Page.DoesNotExist):
        return None
    page = page.specific
    return page if getattr(page, "asks_for_feedback", False) else None


def keyed_hash(*parts):
    message = "|".join(str(part) for part in parts).encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def feedback_client(request):
    """A keyed hash of the client's address and browser: enough to spot a retry or a flood, kept only in
    short-lived receipts, and impossible to turn back into an address."""
    return keyed_hash("feedback-client", client_address(request), request.headers.get("User-Agent", ""))


def follow_up_url(page, feedback):
    token = signing.dumps(feedback.pk, salt=FOLLOW_UP_SALT)
    return reverse("feedback_more", args=[token])


def refuse(message, status=400):
    return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")


@never_cache
@csrf_exempt  # anonymous and cookie-less by design: it stores no more than a yes or a no
@require_POST
def feedback(request):
    page = feedback_page(request.POST.get("page"))
    if page is None:
        return refuse(_("We could not tell which page this was about. Nothing was saved."), 404)
    answer = request.POST.get("useful")
    if answer not in {"yes", "no"}:
        return refuse(_("Please choose yes or no. Nothing was saved."))
    client = feedback_client(request)
    key = keyed_hash("feedback", client, page.pk, answer)
    now = timezone.now()
    try:
        with transaction.atomic():
            FeedbackReceipt.objects.filter(expires__lt=now).delete()
            receipt = FeedbackReceipt.objects.filter(key=key).select_related("feedback").first()
            if receipt is not None:
                # A retry of the same answer (a double tap, a reload after an error): nothing new is stored.
                saved = receipt.feedback
            elif FeedbackReceipt.objects.filter(client=client).count() >= settings.FEEDBACK_MAX_PER_CLIENT:
                return refuse(
                    _(
                        "You have sent many answers in a short time. Please try again later. Nothing was saved."
                    ),
                    429,
                )
            else:
                saved = PageFeedback.objects.create(page=page, useful=answer == "yes")
                FeedbackReceipt.objects.create(
                    key=key,
                    client=client,
                    feedback=saved,
                    expires=now + timedelta(minutes=settings.FEEDBACK_RECEIPT_MINUTES),
                )
    except IntegrityError:
        # The same answer arrived twice at once: the first one is kept.
        saved = FeedbackReceipt.objects.get(key=key).feedback
    if not saved.useful:
        return HttpResponseRedirect(follow_up_url(page, saved))
    url = page.get_url(request) or "/"
    return HttpResponseRedirect(f"{url}?feedback=thanks#feedback")


class FollowUpForm(forms.Form):
    reason = forms.ChoiceField(
        label=gettext_lazy("What was wrong?"),
        choices=PageFeedback.REASONS,
        widget=forms.RadioSelect,
        required=False,
    )
    comment = forms.CharField(
        label=gettext_lazy("Tell us more (optional)"),
        help_text=gettext_lazy(
            "Please do not type your name, contact details or anything about your health. We do not need them."
        ),
        max_length=300,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 300}),
    )


# Email addresses and long numbers (phone, NHS or Home Office numbers) are removed before a comment is kept.
PERSONAL = re.compile(r"[^\s@]+@[^\s@]+|\+?\d[\d\s().-]{6,}\d")


def without_personal_details(text):
    return PERSONAL.sub("[…]", " ".join(text.split()))


@never_cache
@csrf_exempt  # the signed token in the address stands for the answer it follows
def feedback_more(request, token):
    """After "No": one optional question, "What was wrong?". Works without JavaScript; adds only a reason
    and a short comment to the answer already stored, once."""
    try:
        feedback_id = signing.loads(token, salt=FOLLOW_UP_SALT, max_age=FOLLOW_UP_SECONDS)
        saved = PageFeedback.objects.select_related("page").get(pk=feedback_id, useful=False)
    except (signing.BadSignature, PageFeedback.DoesNotExist):
        return refuse(_("This link has expired. Thank you for your feedback."), 404)
    page = saved.page.specific
    form = FollowUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        reason = form.cleaned_data["reason"]
        comment = without_personal_details(form.cleaned_data["comment"])
        if reason or comment:
            # Once only: a second send of the same form changes nothing.
            PageFeedback.objects.filter(pk=saved.pk, reason="", comment="").update(
                reason=reason, comment=comment
            )
        url = page.get_url(request) or "/"
        return HttpResponseRedirect(f"{url}?feedback=thanks#feedback")
    return TemplateResponse(
        request, "website/feedback_more.html", {"form": form, "feedback_page": page, "token": token}
    )


def robots_txt(request):
    return HttpResponse(
        "User-agent: *\nDisallow: /admin/\nDisallow: /*/search/\nDisallow: /*/account/\n"
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}\n",
        content_type="text/plain",
    )


@require_safe
def media(request, path, document_root):
    """An uploaded image or rendition from this server's disk (never a document: see website/urls.py)."""
    response = static_serve(request, path, document_root=document_root)
    response["Cache-Control"] = "public, max-age=86400"
    return response
