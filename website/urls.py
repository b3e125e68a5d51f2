from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve as static_serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from resources import views as resources_views
from website import seo, serve, views

# Unprefixed: the admin, documents, health check, robots.txt and the sitemap (every language in one).
urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt),
    path("sitemap.xml", seo.sitemap, name="sitemap"),
    # The offline-reading service worker must be served from the root so it may control /en/, /ar/…
    path("", include("website.offline")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

# With DEBUG on (`make run`), uploaded images are served from /media/. Never the documents folder:
# documents go through Wagtail's view (/documents/…), which applies privacy, or private handouts would leak.
DEBUG_MEDIA = re_path(
    r"^media/(?P<path>(?!documents/).*)$", static_serve, {"document_root": settings.MEDIA_ROOT}
)

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += [DEBUG_MEDIA]

# Every public page carries its language: /en/…, /ar/…. A bare / goes to the browser's language.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("feedback/", views.feedback, name="feedback"),
    path("card/", resources_views.reception_cards, name="reception_cards"),
    path("card/<int:page_id>/", resources_views.reception_card, name="reception_card"),
    path("language-card/", resources_views.language_card, name="language_card"),
    path("language-card/<str:code>/", resources_views.language_card, name="language_card_for"),
    # Accounts for GP trainees (accounts/urls.py): the site's own sign-in, never the admin's.
    path("account/", include("accounts.urls")),
    # Wagtail's page view, with CSRF decided by the page type (website/serve.py), then Wagtail's own URLs.
    re_path(serve_pattern, serve.serve),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "website.errors.page_not_found"
handler500 = "website.errors.server_error"
