from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from resources import views as resources_views
from website import seo, serve, views
from website.admin_views import CreateWithoutAutosaveView

# Unprefixed: the admin, documents, health check, robots.txt and the sitemap (every language in one).
urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt),
    path("sitemap.xml", seo.sitemap, name="sitemap"),
    # The offline-reading service worker must be served from the root so it may control /en/, /ar/…
    path("", include("website.offline")),
    # A new page is not autosaved, so an abandoned "add page" form reserves no address (admin_views.py).
    path(
        "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/",
        require_admin_access(CreateWithoutAutosaveView.as_view()),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

# Uploaded images and their renditions are served from /media/ when they are on this server's disk (in
# production too; a proxy in front may serve the folder itself, see the README). Never the documents folder:
# documents go through Wagtail's view (/documents/…), which applies privacy, or private handouts would leak.
# With object storage (AWS_STORAGE_BUCKET_NAME) image URLs point at the bucket and this route is not used.
MEDIA = re_path(r"^media/(?P<path>(?!documents/).*)$", views.media, {"document_root": settings.MEDIA_ROOT})
DEBUG_MEDIA = MEDIA  # the name older code and tests use

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
if settings.STORAGES["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage":
    urlpatterns += [MEDIA]

# Every public page carries its language: /en/…, /ar/…. A bare / goes to the browser's language.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("feedback/", views.feedback, name="feedback"),
    path("feedback/more/<str:token>/", views.feedback_more, name="feedback_more"),
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
