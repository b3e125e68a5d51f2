"""Settings shared by every environment.

Production-safe by default: DEBUG is off and everything that varies comes from the environment.
Every variable read here is listed, with its default, in `.env.example`.
"""

import os
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "resources",
    "blog",
    "involvement",
    "approvals",
    "accounts",
    "search",
    "website",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "website.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The page cache sits outside GZip, so a cached page is stored compressed and not compressed again.
    "website.cache.AnonymousPageCacheMiddleware",
    # Inside the page cache: a database error becomes a branded 503 marked `database_unavailable`, which
    # the page cache may answer with a stale copy (website/resilience.py).
    "website.resilience.DatabaseUnavailableMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "accounts.middleware.SameOriginReferrerMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.AdminRefusalMiddleware",
    "accounts.two_factor.AdminTwoFactorMiddleware",
    "accounts.middleware.SessionLengthMiddleware",
    "website.publish_guard.CurrentRequestMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "website.middleware.SiteNotFoundMiddleware",
    # Last, so that it sees every sign-in's outcome: a locked-out attempt gets the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "website.urls"
WSGI_APPLICATION = "website.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "accounts.context_processors.signed_in",
            ],
        },
    },
]

# Database: SQLite file by default; PostgreSQL in production (DATABASE_URL=postgres://…).
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A plain SQLite file locks under Wagtail's autosave; WAL lets readers work beside one writer, and
    # immediate transactions take the write lock up front instead of failing half way.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000;"
            " PRAGMA foreign_keys=ON;"
        ),
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Accounts: GP trainees sign in on the site's own page (accounts/views.py), in their language; so does
# Wagtail's page privacy. URL names, so /ar/ pages send people to /ar/account/sign-in/.
LOGIN_URL = "sign_in"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
LOGIN_REDIRECT_URL = "account_home"  # the home page in the visitor's language

# One lockout for every way in (accounts/lockout.py): the site's sign-in, /admin/login/, the second step of
# the admin's sign-in and the invitation form. django-axes keeps the failures in the database, which every
# worker and server shares and which neither the cache nor publishing ever empties. Five failures for one
# account from one client address lock that account for that address; LOCKOUT_ACCOUNT_CEILING failures
# for one account from any addresses lock it for everybody (guessing spread over many addresses).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "accounts.lockout.LockoutHandler"
AXES_FAILURE_LIMIT = int(env("LOCKOUT_FAILURES", "5"))
LOCKOUT_ACCOUNT_CEILING = int(env("LOCKOUT_ACCOUNT_CEILING", "30"))
LOCKOUT_MINUTES = int(env("LOCKOUT_MINUTES", "15"))
AXES_COOLOFF_TIME = LOCKOUT_MINUTES / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "accounts.lockout.account_name"
AXES_CLIENT_IP_CALLABLE = "website.clients.client_address"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False  # the wait is LOCKOUT_MINUTES from the lock, no longer
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "password1", "password2", "otp_token", "token"]
# No record of successful sign-ins (it would keep addresses for ever); failures older than LOCKOUT_MINUTES
# are deleted at the next sign-in.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False  # no Django admin here: `manage.py axes_list_attempts` lists them
# Addresses of reverse proxies whose X-Forwarded-For is believed (comma-separated). Empty: the socket's
# address is the client's. Behind a proxy, without this every visitor would share the proxy's address.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
# Reset emails: at most this many an hour to one address, through the site's and the admin's reset pages.
RESET_EMAILS_PER_HOUR = int(env("RESET_EMAILS_PER_HOUR", "3"))
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "accounts.forms.AdminResetForm"  # noqa: S105 (a class path)

# Two-step sign-in for everyone who can use the admin (accounts/two_factor.py): an authenticator app and
# one-time recovery codes (django-otp). Required unless REQUIRE_ADMIN_2FA is false (the dev and test
# settings make it optional, so the demo accounts stay easy to try).
REQUIRE_ADMIN_2FA = env_bool("REQUIRE_ADMIN_2FA", True)
OTP_TOTP_ISSUER = env("WAGTAIL_SITE_NAME", "Bridging Health")
# Wrong codes are counted by the one lockout above, per account and address; django-otp's own per-device
# pause (which anyone with the password could set off for everybody) is off.
OTP_TOTP_THROTTLE_FACTOR = 0
OTP_STATIC_THROTTLE_FACTOR = 0

# Sessions: an admin session ends after this many seconds without a request; a trainee's when the browser
# closes, unless they tick "Stay signed in" (then SESSION_COOKIE_AGE, two weeks).
ADMIN_SESSION_IDLE_SECONDS = int(env("ADMIN_SESSION_IDLE_SECONDS", str(2 * 60 * 60)))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Caching: Redis when REDIS_URL is set. Without it, a memory cache per process, and whole anonymous pages and
# the pieces every page shows in files that every worker shares (so publishing empties them for all of them).
# Each alias has its own key prefix, and the page cache its own namespace inside it (website/cache.py): it
# never flushes a shared Redis. Bound Redis itself with maxmemory and allkeys-lru (docker-compose.yml).
# Redis is a cache, not a single point of failure (website/resilience.py): every call gives up after
# REDIS_TIMEOUT seconds and an unreachable Redis counts as an empty cache, so pages come from the database.
REDIS_TIMEOUT = float(env("REDIS_TIMEOUT", "0.25"))
if env("REDIS_URL"):
    CACHES = {
        name: {
            "BACKEND": "website.resilience.FailOpenRedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": f"{env('CACHE_KEY_PREFIX', 'website')}:{name}",
            "OPTIONS": {
                "socket_connect_timeout": REDIS_TIMEOUT,
                "socket_timeout": REDIS_TIMEOUT,
                "retry_on_timeout": False,
            },
        }
        for name in ("default", "pages", "fragments")
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "website.cache.BoundedFileCache",
            "LOCATION": env("PAGE_CACHE_DIR", str(BASE_DIR / ".page_cache")),
            "OPTIONS": {"MAX_ENTRIES": int(env("PAGE_CACHE_MAX_ENTRIES", "20000"))},
        },
        "fragments": {
            "BACKEND": "website.cache.BoundedFileCache",
            "LOCATION": env("FRAGMENT_CACHE_DIR", str(BASE_DIR / ".fragment_cache")),
            "OPTIONS": {"MAX_ENTRIES": 20000},
        },
    }
# Sessions live in the database (never in the cache), so signing in keeps working while Redis is down.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
PAGE_CACHE_ALIAS = "pages"
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "600"))  # fresh this long, unless publishing empties it
# Kept this much longer, stale: served while one request renders the new copy, or while the database is down.
PAGE_CACHE_STALE_SECONDS = int(env("PAGE_CACHE_STALE_SECONDS", "86400"))
PAGE_CACHE_LOCK_SECONDS = 30  # one request renders an emptied page; the others wait or get the stale copy
PAGE_CACHE_LOCK_WAIT_SECONDS = 3.0
PAGE_CACHE_BROWSER_SECONDS = 60
# The query parameters pages read: part of the cache key. Tracking parameters (utm_*…) are ignored; any other
# parameter means the answer is not cached.
PAGE_CACHE_QUERY_PARAMETERS = frozenset(
    {"page", "topic", "language", "tag", "kind", "untranslated", "feedback"}
)
FRAGMENT_CACHE_SECONDS = 3600
# Each process also keeps what it read from the fragment cache, at most this many entries this long.
LOCAL_FRAGMENT_ENTRIES = 2000
LOCAL_FRAGMENT_SECONDS = 60

# With FRONTEND_CACHE_PURGE_URL (nginx's purge location, docker/nginx.conf), publishing purges the front cache
# too, through wagtail.contrib.frontend_cache (website/cache.py).
if env("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "front": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env("FRONTEND_CACHE_PURGE_URL"),
        }
    }

# "Is this page useful?": a retry within this many minutes stores nothing twice, and one client (a keyed
# hash, kept only that long) may send at most this many answers in that time.
FEEDBACK_RECEIPT_MINUTES = 10
FEEDBACK_MAX_PER_CLIENT = 20

# Take part (involvement/): how long "tell us what's hard" submissions are kept (`delete_old_submissions`
# deletes older ones; run it daily), and how many one client may send in an hour.
INVOLVEMENT_KEEP_SUBMISSIONS_DAYS = int(env("INVOLVEMENT_KEEP_SUBMISSIONS_DAYS", "365"))
INVOLVEMENT_SUBMISSIONS_PER_HOUR = int(env("INVOLVEMENT_SUBMISSIONS_PER_HOUR", "5"))

# Languages ------------------------------------------------------------------------------------------
# Django does not know Somali or Tigrinya: teach it their names and direction so get_language_info,
# the language switcher and <html dir> work for them as for any other language.
LANG_INFO.update(
    {
        "so": {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"},
        "ti": {"bidi": False, "code": "ti", "name": "Tigrinya", "name_local": "ትግርኛ"},
    }
)

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("bn", _("Bengali")),
    ("zh-hans", _("Chinese (Simplified)")),
    ("fa", _("Farsi")),
    ("ckb", _("Kurdish (Sorani)")),
    ("pl", _("Polish")),
    ("ro", _("Romanian")),
    ("so", _("Somali")),
    ("ti", _("Tigrinya")),
    ("uk", _("Ukrainian")),
    ("ur", _("Urdu")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin speaks the member's chosen language where Wagtail has a translation of it.
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    (code, name) for code, name in LANGUAGES if code in {"en", "ar", "bn", "zh-hans", "fa", "pl", "ro", "uk"}
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/London"
USE_TZ = True

# Static and media files -----------------------------------------------------------------------------
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "static_collected")))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed names (cache for a year) and gzip/brotli copies served by whitenoise.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# With a bucket, uploads live in S3-compatible object storage (django-storages), shared by every app
# server. Images and renditions are fetched from the bucket (or AWS_S3_CUSTOM_DOMAIN, a CDN in front);
# documents still go through Wagtail's view, which reads them from the bucket, so privacy holds. Only the
# images/ and original_images/ prefixes may be public (README: "Uploads in production").
if env("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env("AWS_S3_REGION_NAME") or None,
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN") or None,
            "url_protocol": env("AWS_S3_URL_PROTOCOL", "https:"),
            "location": env("AWS_LOCATION"),
            "querystring_auth": False,  # image URLs stay the same, so pages that show them stay cacheable
            "file_overwrite": False,
            "default_acl": None,  # the bucket policy decides what is public, not each object
        },
    }
WHITENOISE_MAX_AGE = 3600

# Email: SMTP when EMAIL_HOST is set, else printed to the console (the local default). EMAIL_BACKEND names
# another backend (a file-based one for tests over HTTP). Production's deployment check refuses the console:
# emails hold sign-in links (website/checks.py).
if env("EMAIL_BACKEND"):
    EMAIL_BACKEND = env("EMAIL_BACKEND")
    EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", str(BASE_DIR / "sent_emails"))
elif env("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = env("EMAIL_HOST")
    EMAIL_PORT = int(env("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = env("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "website@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security -------------------------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "no-referrer"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"  # website/middleware.py
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
if env("SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = (env("SECURE_PROXY_SSL_HEADER"), "https")

# Wagtail --------------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = env("WAGTAIL_SITE_NAME", "Bridging Health")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no call home to a third party
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no avatars fetched from Gravatar
# Shared-password privacy stores the password in plain text: only sign-in and group privacy are offered.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Uploads: only these document types, and no file larger than the limits (the admin says so, in words).
WAGTAILDOCS_EXTENSIONS = env_list(
    "DOCUMENT_EXTENSIONS", "pdf,docx,doc,odt,rtf,txt,xlsx,xls,ods,csv,pptx,ppt,odp,epub"
)
DOCUMENT_MAX_UPLOAD_MB = int(env("DOCUMENT_MAX_UPLOAD_MB", "20"))
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(env("IMAGE_MAX_UPLOAD_MB", "10")) * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"  # documents go through Wagtail's view, so privacy applies
# A file a live page uses is read-only for everyone but superusers: a change goes through the page's approval.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "website.media_forms.ApprovedDocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "website.media_forms.ApprovedImageForm"
WAGTAILIMAGES_FORMAT_CONVERSION = {"gif": "png", "bmp": "png"}
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_COMMENTS_ENABLED = True
# An edit made after an approval sends the page back through every step of its workflow.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_WORKFLOW_CANCEL_ON_PUBLISH = True
WAGTAIL_FINISH_WORKFLOW_ACTION = "approvals.workflows.publish_approved"
# A new translation of a live page starts as a draft; it goes live through the page's workflow.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILADMIN_NOTIFICATION_USE_HTML = False
# Machine translation is off unless a DeepL key is set. It only pre-fills a draft translation in the
# translation editor; the translation still goes through the page's approval workflow.
if env("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env("DEEPL_API_KEY")},
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # No secret of a link (invitation, password reset) reaches a log: the filter masks them in every record.
    "filters": {"mask_tokens": {"()": "website.logmask.MaskTokensFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["mask_tokens"]}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

# search.SearchWord's words index includes entry and weight for PostgreSQL's index-only scans; SQLite creates
# the same index without them, which is all it needs. Django warns about that on SQLite: expected, not a fault.
SILENCED_SYSTEM_CHECKS = ["models.W040"]
