"""Settings for every environment, read from environment variables (12-factor).

Development defaults are safe to run locally; `DJANGO_ENV=production` turns
on the strict defaults that `manage.py check --deploy` expects and requires a
real SECRET_KEY. Every variable is listed in the README.
"""

import secrets
import sys
from datetime import timedelta
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured

from voiceplatform import runtime
from voiceplatform.env import env_bool, env_float, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DJANGO_ENV = env_str("DJANGO_ENV", "test" if "pytest" in sys.modules else "development")
if DJANGO_ENV not in {"development", "production", "test"}:
    raise ImproperlyConfigured("DJANGO_ENV must be development, production or test")
PRODUCTION = DJANGO_ENV == "production"

DEBUG = env_bool("DEBUG", not PRODUCTION and DJANGO_ENV != "test")
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY must be set when DJANGO_ENV=production")
    SECRET_KEY = "development-only-secret-key-not-for-production-use-0123456789"

# Tenant portals live on <slug>.<BASE_HOST>; the platform itself on BASE_HOST.
BASE_HOST = env_str("BASE_HOST", "localhost")
PUBLIC_SCHEME = env_str("PUBLIC_SCHEME", "https" if PRODUCTION else "http")
PUBLIC_PORT = env_str("PUBLIC_PORT", "" if PRODUCTION else env_str("PORT", "8000"))
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [BASE_HOST, f".{BASE_HOST}", "127.0.0.1", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

# --- applications -----------------------------------------------------------------

SHARED_APPS = [
    # tenants comes first so its create_tenant command replaces django-tenants' own.
    "tenants",
    "django_tenants",
    "billing",
    # Public site, signup and the onboarding wizard's state (public schema).
    "onboarding",
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.admin",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "axes",
    "django_celery_beat",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_htmx",
    "template_partials",
    "channels",
]
# Business data lives in one schema per tenant. contenttypes and auth stay in
# public only, so content-type ids are the same in every schema.
TENANT_APPS = [
    "contacts",
    "calls",
    "campaigns",
    "appointments",
    "knowledge",
    "notifications",
    "analytics",
    "properties",
]
INSTALLED_APPS = SHARED_APPS + [app for app in TENANT_APPS if app not in SHARED_APPS]

TENANT_MODEL = "tenants.Tenant"
TENANT_DOMAIN_MODEL = "tenants.Domain"
PUBLIC_SCHEMA_NAME = "public"
TENANT_TEMPLATE_SCHEMA = "tenant_template"
ROOT_URLCONF = "voiceplatform.urls_tenant"
PUBLIC_SCHEMA_URLCONF = "voiceplatform.urls_public"
DATABASE_ROUTERS = ("django_tenants.routers.TenantSyncRouter",)
DEFAULT_NOT_FOUND_TENANT_VIEW = "voiceplatform.views.unknown_host"
# Set search_path once per connection/tenant switch instead of before every query (a round trip each).
TENANT_LIMIT_SET_CALLS = True

MIDDLEWARE = [
    "voiceplatform.health.HealthCheckMiddleware",
    "voiceplatform.middleware.TenantMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "tenants.middleware.TenantAccessMiddleware",
    "voiceplatform.middleware.RequestBoundaryMiddleware",
    "axes.middleware.AxesMiddleware",
    "voiceplatform.middleware.ContentSecurityPolicyMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "builtins": ["template_partials.templatetags.partials"],
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tenants.context_processors.portal",
            ],
        },
    },
]

WSGI_APPLICATION = "voiceplatform.wsgi.application"
ASGI_APPLICATION = "voiceplatform.asgi.application"

# --- data stores ---------------------------------------------------------------------

DATABASE_URL = env_str("DATABASE_URL") or runtime.embedded_postgres_url()
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL,
        conn_max_age=env_int("DB_CONN_MAX_AGE", 600),
        conn_health_checks=True,
    )
}
DATABASES["default"]["ENGINE"] = "django_tenants.postgresql_backend"
# Queries a connection runs again and again are prepared on the server (parameters bound there, parsed and
# planned once): about 40 % of PostgreSQL's CPU per API list request. PostgreSQL re-parses a prepared
# statement when the search_path changes, so one connection serving several tenants stays correct. Turn it
# off behind a pooler that cannot keep prepared statements (PgBouncer in transaction mode before 1.21).
if env_bool("DB_PREPARED_STATEMENTS", True):
    DATABASES["default"].setdefault("OPTIONS", {}).update(server_side_binding=True, prepare_threshold=5)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL") or runtime.embedded_redis_url()
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        # Keys carry the schema, so one tenant never reads another's cache.
        "KEY_FUNCTION": "django_tenants.cache.make_key",
        "REVERSE_KEY_FUNCTION": "django_tenants.cache.reverse_key",
    }
}
# A deploy's name (its commit, say): cached renderings of one release are never served by another.
# Unset, every process counts as a release of its own.
RELEASE = env_str("RELEASE") or secrets.token_hex(8)
# How long a rendered list page is kept (voiceplatform.page_cache; it is checked against the rows on every read).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
CHANNEL_LAYERS = {
    "default": {
        "BACKEND": "channels_redis.core.RedisChannelLayer",
        "CONFIG": {"hosts": [REDIS_URL]},
    }
}

# --- Celery ------------------------------------------------------------------------

CELERY_BROKER_URL = env_str("CELERY_BROKER_URL") or REDIS_URL.replace("unix://", "redis+socket://", 1)
CELERY_RESULT_BACKEND = None
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 600)
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 540)
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BEAT_SCHEDULE = {
    "celery-heartbeat": {"task": "voiceplatform.health.heartbeat", "schedule": 30.0},
}
CELERY_HEARTBEAT_MAX_AGE = env_int("CELERY_HEARTBEAT_MAX_AGE", 90)

# --- authentication --------------------------------------------------------------------

AUTH_USER_MODEL = "tenants.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

ACCOUNT_ADAPTER = "tenants.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_LOGOUT_REDIRECT_URL = "/accounts/login/"
ACCOUNT_SESSION_REMEMBER = False
# Failed-login lockout is django-axes' job (username + IP); allauth only caps floods per IP.
ACCOUNT_RATE_LIMITS = {"login_failed": "20/m/ip"}
# Password resets only for members of the host's tenant, with links that work on that host only.
ACCOUNT_FORMS = {"reset_password": "tenants.password_reset.TenantResetPasswordForm"}
ACCOUNT_PASSWORD_RESET_TOKEN_GENERATOR = "tenants.reset_tokens.TenantPasswordResetTokenGenerator"
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
# Self-service signup on the platform host: attempts per client IP per hour.
SIGNUP_ATTEMPTS_PER_HOUR = env_int("SIGNUP_ATTEMPTS_PER_HOUR", 10)
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = env_str("MFA_TOTP_ISSUER", "Voice Platform")

SESSION_COOKIE_AGE = env_int("SESSION_TTL_SECONDS", 12 * 3600)
SESSION_SAVE_EVERY_REQUEST = False
IMPERSONATION_MINUTES = env_int("IMPERSONATION_MINUTES", 30)

# Lock out after 5 failures within the cool-off window, per username + IP, so
# one office behind NAT cannot lock out everybody.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 5))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Attempts made while locked out do not restart the cool-off (else a retrying user, or anyone behind
# the same NAT, keeps the lockout going for ever).
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_USERNAME_CALLABLE = "tenants.auth.axes_username"
AXES_LOCKOUT_TEMPLATE = "account/lockout.html"
AXES_VERBOSE = False

# --- API -----------------------------------------------------------------------------

# Largest request body outside file uploads (JSON, forms); bigger ones answer 413.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("MAX_BODY_BYTES", 2_621_440)
# Largest multipart upload (CSV imports and the like).
MAX_UPLOAD_BYTES = env_int("MAX_UPLOAD_BYTES", 64_000_000)

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "tenants.api_auth.ApiKeyAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["tenants.permissions.HasTenantPermission"],
    "DEFAULT_PAGINATION_CLASS": "voiceplatform.api.Pagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": [
        "voiceplatform.filters.FilterBackend",
        "rest_framework.filters.SearchFilter",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "voiceplatform.api.exception_handler",
    # JSON bodies only (bounded, objects, documented fields); uploads add voiceplatform.boundary.MultiPartParser.
    "DEFAULT_PARSER_CLASSES": ["voiceplatform.boundary.JSONParser"],
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]
    + (["rest_framework.renderers.BrowsableAPIRenderer"] if DEBUG else []),
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Voice Platform API",
    "DESCRIPTION": "Tenant API. Authenticate with `Authorization: Bearer <api key>` or a portal session.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
}

# --- email -------------------------------------------------------------------------

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_FILE_PATH = env_str("EMAIL_FILE_PATH", str(runtime.DATA_DIR / "mail"))
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Voice Platform <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- static files, i18n ---------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = not PRODUCTION
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(runtime.DATA_DIR / "media")))

if DJANGO_ENV == "test":
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Tests get their own Redis databases so clearing them never touches a running instance.
    _test_redis = REDIS_URL + ("&" if "?" in REDIS_URL else "?") + "db=15"
    CACHES["default"]["LOCATION"] = _test_redis
    CHANNEL_LAYERS["default"]["CONFIG"]["hosts"] = [_test_redis]
    CELERY_BROKER_URL += ("&" if "?" in CELERY_BROKER_URL else "?") + "virtual_host=14"
    # Worker and live-server threads must not keep connections that would block dropping the test database.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    WHITENOISE_AUTOREFRESH = True

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- security ----------------------------------------------------------------------

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", PRODUCTION)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", PRODUCTION)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^hooks/"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000 if PRODUCTION else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", PRODUCTION)
if env_bool("TRUST_X_FORWARDED_PROTO", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; media-src 'self' blob: https:; connect-src 'self'; "
    "frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
        "pgserver": {"level": "WARNING"},
    },
}

# --- appointments and notifications ---------------------------------------------------

# Guest self-service links (confirm / cancel / reschedule without login) expire after this many days.
GUEST_LINK_MAX_AGE_DAYS = env_int("GUEST_LINK_MAX_AGE_DAYS", 60)

# SMS: "sandbox" stores messages in the tenant's schema (shown in the portal); "twilio" sends them.
SMS_PROVIDER = env_str("SMS_PROVIDER", "sandbox")
if SMS_PROVIDER not in {"sandbox", "twilio"}:
    raise ImproperlyConfigured("SMS_PROVIDER must be sandbox or twilio")
TWILIO_ACCOUNT_SID = env_str("TWILIO_ACCOUNT_SID")
TWILIO_AUTH_TOKEN = env_str("TWILIO_AUTH_TOKEN")
TWILIO_FROM_NUMBER = env_str("TWILIO_FROM_NUMBER")
TWILIO_MESSAGING_SERVICE_SID = env_str("TWILIO_MESSAGING_SERVICE_SID")
# Only for tests and local fakes: where the SDK sends API requests instead of https://api.twilio.com.
TWILIO_BASE_URL = env_str("TWILIO_BASE_URL")
TWILIO_TIMEOUT_SECONDS = env_int("TWILIO_TIMEOUT_SECONDS", 10)
if SMS_PROVIDER == "twilio" and not (
    TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN and (TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID)
):
    raise ImproperlyConfigured(
        "SMS_PROVIDER=twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and "
        "TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID"
    )
# A long code sends about one segment a second; the SMS task is rate limited per worker.
SMS_RATE_LIMIT = env_str("SMS_RATE_LIMIT", "1/s")
# Delivery attempts before a message is marked failed; retries back off from 1 minute to 1 hour.
NOTIFICATION_MAX_ATTEMPTS = env_int("NOTIFICATION_MAX_ATTEMPTS", 5)

CELERY_BEAT_SCHEDULE["notifications-sweep"] = {"task": "notifications.dispatch_sweeps", "schedule": 60.0}
CELERY_BEAT_SCHEDULE["appointments-sweep"] = {"task": "appointments.dispatch_sweeps", "schedule": 120.0}
# Outbound webhooks and staff alerts: origins (scheme://host:port) allowed past the private-address guard
# (local receivers in development and tests), timeouts, retries and when a failing endpoint is disabled.
WEBHOOK_ALLOWED_ORIGINS = env_list("WEBHOOK_ALLOWED_ORIGINS", [])
WEBHOOK_TIMEOUT_SECONDS = env_float("WEBHOOK_TIMEOUT_SECONDS", 10.0)
WEBHOOK_MAX_RESPONSE_BYTES = env_int("WEBHOOK_MAX_RESPONSE_BYTES", 1_000_000)
WEBHOOK_SECRET_OVERLAP_HOURS = env_int("WEBHOOK_SECRET_OVERLAP_HOURS", 24)
WEBHOOK_DISABLE_AFTER_FAILURES = env_int("WEBHOOK_DISABLE_AFTER_FAILURES", 20)
WEBHOOK_DISABLE_AFTER_HOURS = env_int("WEBHOOK_DISABLE_AFTER_HOURS", 24)
CELERY_BEAT_SCHEDULE["notifications-outbox-sweep"] = {
    "task": "notifications.outbox_sweep",
    "schedule": env_float("WEBHOOK_SWEEP_SECONDS", 10.0),
}
SPECTACULAR_SETTINGS.setdefault("ENUM_NAME_OVERRIDES", {}).update(
    {
        "AlertStatusEnum": "notifications.alerts.models.AlertStatus",
        "WebhookDeliveryStatusEnum": "notifications.outbound.models.DeliveryStatus",
        "WebhookEndpointKindEnum": "notifications.outbound.models.WebhookEndpoint.Kind",
    }
)
CELERY_BEAT_SCHEDULE["notifications-reminders"] = {"task": "notifications.reminders_send", "schedule": 60.0}
CELERY_BEAT_SCHEDULE["notifications-daily-summary"] = {
    "task": "notifications.daily_summary",
    "schedule": crontab(minute="*/15"),
}
SPECTACULAR_SETTINGS.setdefault("ENUM_NAME_OVERRIDES", {}).update(
    {
        "NotificationChannelEnum": "notifications.models.Channel",
        "AppointmentSourceEnum": "appointments.models.AppointmentSource",
        # Two `on_duplicate` fields: a new contact's (reject, merge, update) and an import's.
        "ContactOnDuplicateEnum": ["reject", "merge", "update"],
        "ImportOnDuplicateEnum": "contacts.models.DuplicatePolicy",
    }
)
# --- contacts ------------------------------------------------------------------------

# CSV imports: largest upload and most rows accepted, and how long rejected-row reports are kept.
CONTACT_IMPORT_MAX_BYTES = env_int("CONTACT_IMPORT_MAX_BYTES", 50_000_000)
CONTACT_IMPORT_MAX_ROWS = env_int("CONTACT_IMPORT_MAX_ROWS", 200_000)
CONTACT_IMPORT_KEEP_DAYS = env_int("CONTACT_IMPORT_KEEP_DAYS", 30)
# Nightly: erase contacts past each tenant's retention period (one task per tenant).
CELERY_BEAT_SCHEDULE["contacts-retention-purge"] = {
    "task": "contacts.retention_purge_dispatch",
    "schedule": crontab(hour=3, minute=17),
}
SPECTACULAR_SETTINGS.setdefault("ENUM_NAME_OVERRIDES", {}).update(
    {
        "LeadStatusEnum": "contacts.models.LeadStatus",
        "ContactImportStatusEnum": "contacts.models.ContactImport.Status",
        "ConsentChannelEnum": "contacts.models.ConsentRecord.Channel",
        "ContactSourceEnum": "contacts.models.ContactSource",
    }
)

# --- calls (voice agents, provider adapter, webhook ingest) ------------------------------

# The platform's own host, where provider callbacks (webhooks, in-call functions) arrive.
PUBLIC_BASE_URL = env_str("PUBLIC_BASE_URL") or (
    f"{PUBLIC_SCHEME}://{BASE_HOST}" + (f":{PUBLIC_PORT}" if PUBLIC_PORT else "")
)
# The sandbox signs with this fixed key, so development needs no credentials.
SANDBOX_RETELL_API_KEY = "key_sandbox_development_only_0000"
VOICE_PROVIDER = env_str("VOICE_PROVIDER", "retell" if env_str("RETELL_API_KEY") else "sandbox")
if VOICE_PROVIDER not in {"sandbox", "retell"}:
    raise ImproperlyConfigured("VOICE_PROVIDER must be sandbox or retell")
RETELL_API_KEY = env_str("RETELL_API_KEY") or (SANDBOX_RETELL_API_KEY if VOICE_PROVIDER == "sandbox" else "")
RETELL_BASE_URL = env_str("RETELL_BASE_URL")
RETELL_TIMEOUT_SECONDS = env_float("RETELL_TIMEOUT_SECONDS", 15.0)
# Sandbox: how long an answered call talks, and how often each outcome happens (relative weights).
SANDBOX_CALL_SECONDS = env_int("SANDBOX_CALL_SECONDS", 20)
SANDBOX_OUTCOME_WEIGHTS = env_str(
    "SANDBOX_OUTCOME_WEIGHTS",
    "confirmed=45,reschedule_requested=10,voicemail=12,no_answer=12,busy=5,failed=4,short_hangup=12",
)
# Fernet keys (comma-separated, first one encrypts) for stored provider secrets (voiceplatform.crypto). Unset:
# derived from SECRET_KEY and SECRET_KEY_FALLBACKS, so SECRET_KEY rotates with the old one kept as a fallback.
ENCRYPTION_KEYS = env_list("ENCRYPTION_KEYS", env_list("CALLS_ENCRYPTION_KEYS", []))
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS", [])
# Where in-call availability and booking come from (strategy, calls.hooks.scheduler): the appointments
# app, or business hours until a tenant sets it up.
CALLS_SCHEDULER = env_str("CALLS_SCHEDULER", "calls.scheduling_appointments.AppointmentsScheduler")
# The custom-LLM voice socket's own ASGI process (uvicorn; gunicorn keeps HTTP): where it listens, and
# the origin Retell is given, "{host}" standing for the workspace's host (the socket finds its tenant by
# host). Behind TLS the proxy sends /voice/llm-websocket/ to VOICE_WS_PORT.
VOICE_WS_HOST = env_str("VOICE_WS_HOST", "127.0.0.1")
VOICE_WS_PORT = env_int("VOICE_WS_PORT", 8001)
VOICE_WS_TURN_THREADS = env_int("VOICE_WS_TURN_THREADS", 32)  # turns answered at once by one voice process
VOICE_WS_PUBLIC_ORIGIN = env_str(
    "VOICE_WS_PUBLIC_ORIGIN", "wss://{host}" if PUBLIC_SCHEME == "https" else f"ws://{{host}}:{VOICE_WS_PORT}"
)
# A connected call whose analysis has not arrived this long after it ended is finished without it.
CALL_ANALYSIS_WAIT_SECONDS = env_int("CALL_ANALYSIS_WAIT_SECONDS", 600)
RECORDING_URL_TTL_SECONDS = env_int("RECORDING_URL_TTL_SECONDS", 300)
# Processed raw webhook bodies (they hold transcripts) are deleted after this many days.
WEBHOOK_EVENT_RETENTION_DAYS = env_int("WEBHOOK_EVENT_RETENTION_DAYS", 30)
CELERY_BEAT_SCHEDULE["calls-sweep"] = {"task": "calls.sweep", "schedule": 60.0}
SPECTACULAR_SETTINGS.setdefault("ENUM_NAME_OVERRIDES", {}).update(
    {
        "CallStatusEnum": "calls.models.CallStatus",
        "AgentStatusEnum": "calls.models.Agent.Status",
        "PhoneNumberStatusEnum": "calls.models.PhoneNumber.Status",
    }
)

# --- campaigns (compliance guard, dialer, appointment reminders) ------------------------

# Platform-wide defaults for the per-tenant ceilings (editable per tenant in the admin).
CALLING_CEILING_PER_15_MINUTES = env_int("CALLING_CEILING_PER_15_MINUTES", 25)
CALLING_CEILING_PER_DAY = env_int("CALLING_CEILING_PER_DAY", 300)
# How often beat asks each tenant's dialer for work.
CAMPAIGN_TICK_SECONDS = env_float("CAMPAIGN_TICK_SECONDS", 5.0)
# Most contacts one tick claims per campaign.
CAMPAIGN_BATCH_SIZE = env_int("CAMPAIGN_BATCH_SIZE", 50)
# A rate-limit reservation older than this is renewed before dialing, so limits hold at dial time.
CAMPAIGN_RESERVATION_SECONDS = env_int("CAMPAIGN_RESERVATION_SECONDS", 5)
# An attempt still "dialing" this long after it was written is checked against the call records.
CAMPAIGN_DIALING_GRACE_SECONDS = env_int("CAMPAIGN_DIALING_GRACE_SECONDS", 120)
# A placed call with no news for this long is looked up at the provider (get_call).
CAMPAIGN_CALL_STALE_SECONDS = env_int("CAMPAIGN_CALL_STALE_SECONDS", 900)
# Auto-pause looks at this many recent attempts (and needs at least half of them).
# Large enough that a chance run of short or failed calls does not stop a healthy campaign.
CAMPAIGN_AUTO_PAUSE_WINDOW = env_int("CAMPAIGN_AUTO_PAUSE_WINDOW", 50)
CELERY_BEAT_SCHEDULE["campaigns-tick"] = {"task": "campaigns.dispatch_ticks", "schedule": CAMPAIGN_TICK_SECONDS}
# The queue the dialer's ticks and placing go to; a separate one (e.g. "dialer") lets dedicated workers dial
# (`-Q dialer`). Settling finished calls stays on the default queue.
CAMPAIGN_QUEUE = env_str("CAMPAIGN_QUEUE", "celery")
_DIALER_TASKS = ("campaigns.dispatch_ticks", "campaigns.tick", "campaigns.place_attempt")
CELERY_TASK_ROUTES = {name: {"queue": CAMPAIGN_QUEUE} for name in _DIALER_TASKS}
SPECTACULAR_SETTINGS.setdefault("ENUM_NAME_OVERRIDES", {}).update(
    {
        "CampaignTypeEnum": "campaigns.models.CampaignType",
        "CampaignStatusEnum": "campaigns.models.CampaignStatus",
        "CampaignTargetStateEnum": "campaigns.models.TargetState",
    }
)

# --- tenant backups and data exports ---------------------------------------------------------

# Nightly per-tenant backups (tenants/backups.py): where they are written and how many days are kept.
TENANT_BACKUP_DIR = Path(env_str("TENANT_BACKUP_DIR", str(runtime.DATA_DIR / "backups")))
TENANT_BACKUP_KEEP_DAYS = env_int("TENANT_BACKUP_KEEP_DAYS", 14)
CELERY_BEAT_SCHEDULE["tenants-backup-nightly"] = {
    "task": "tenants.backup_nightly",
    "schedule": crontab(hour=2, minute=7),
}
# Owners' data exports (tenants/exports.py): where the ZIPs are kept and for how many days they can be downloaded.
DATA_EXPORT_DIR = Path(env_str("DATA_EXPORT_DIR", str(runtime.DATA_DIR / "exports")))
DATA_EXPORT_KEEP_DAYS = env_int("DATA_EXPORT_KEEP_DAYS", 7)
CELERY_BEAT_SCHEDULE["tenants-purge-data-exports"] = {"task": "tenants.purge_data_exports", "schedule": 3600.0}

# --- knowledge (crawler, embeddings, answers) ---------------------------------------------

# Origins (`scheme://host:port`, comma-separated) the guarded HTTP client may reach even though
# they resolve to private or loopback addresses; the only way past that rule.
CRAWLER_ALLOWED_ORIGINS = env_list("CRAWLER_ALLOWED_ORIGINS", [])
# The bundled demo websites `make run` serves, one port per vertical from DEMO_SITE_PORT on;
# the crawler may reach them in development only.
DEMO_SITE_HOST = env_str("DEMO_SITE_HOST", "127.0.0.1")
DEMO_SITE_PORT = env_int("DEMO_SITE_PORT", 8765)
DEMO_SITE_VERTICALS = ("dental", "home_services")
DEMO_SITE_ORIGINS = {
    vertical: f"http://{DEMO_SITE_HOST}:{DEMO_SITE_PORT + offset}"
    for offset, vertical in enumerate(DEMO_SITE_VERTICALS)
}
# Embeddings: `wordllama` (offline, 256 dimensions, shipped in the wheel) or `openai` (any compatible endpoint).
# Changing it re-embeds every chunk in the background.
OPENAI_API_KEY = env_str("OPENAI_API_KEY")
OPENAI_BASE_URL = env_str("OPENAI_BASE_URL")
EMBEDDER = env_str("EMBEDDER", "wordllama")
EMBEDDING_MODEL = env_str("EMBEDDING_MODEL", "text-embedding-3-small")
EMBEDDING_DIMENSIONS = env_int("EMBEDDING_DIMENSIONS", 1536)
# Answers: `offline` (extractive, from the best passages) or `openai` (chat completions); openai when a key is set.
ANSWERER = env_str("ANSWERER", "openai" if OPENAI_API_KEY else "offline")
CHAT_MODEL = env_str("CHAT_MODEL", "gpt-4o-mini")
# Crawling: polite per host, bounded in size and time.
CRAWLER_CONCURRENCY = env_int("CRAWLER_CONCURRENCY", 4)
CRAWLER_DELAY_SECONDS = env_float("CRAWLER_DELAY_SECONDS", 0.1)
CRAWLER_PAGE_TIMEOUT = env_float("CRAWLER_PAGE_TIMEOUT", 10.0)
CRAWLER_MAX_PAGE_BYTES = env_int("CRAWLER_MAX_PAGE_BYTES", 5_000_000)
KNOWLEDGE_MAX_UPLOAD_BYTES = env_int("KNOWLEDGE_MAX_UPLOAD_BYTES", 10_000_000)

# Website chat widget: new conversations per IP per window (Chatwoot's anchor: 6 per 12 h), message rates.
WIDGET_CONVERSATIONS_PER_IP = env_int("WIDGET_CONVERSATIONS_PER_IP", 6)
WIDGET_CONVERSATIONS_WINDOW_SECONDS = env_int("WIDGET_CONVERSATIONS_WINDOW_SECONDS", 12 * 3600)
WIDGET_MESSAGES_PER_VISITOR_MINUTE = env_int("WIDGET_MESSAGES_PER_VISITOR_MINUTE", 10)
WIDGET_MESSAGES_PER_IP_HOUR = env_int("WIDGET_MESSAGES_PER_IP_HOUR", 200)
CELERY_BEAT_SCHEDULE["knowledge-sync-due"] = {"task": "knowledge.sync_due", "schedule": 300.0}
SPECTACULAR_SETTINGS.setdefault("ENUM_NAME_OVERRIDES", {}).update(
    {
        "KnowledgeSourceKindEnum": "knowledge.models.SourceKind",
        "KnowledgeSourceStatusEnum": "knowledge.models.SourceStatus",
        "KnowledgePageStatusEnum": "knowledge.models.PageStatus",
        "KnowledgeScheduleEnum": "knowledge.models.SyncSchedule",
        "KnowledgeChannelEnum": "knowledge.models.Channel",
        "KnowledgeGapStatusEnum": "knowledge.models.GapStatus",
        "KnowledgeConversationStatusEnum": "knowledge.models.ConversationStatus",
        "KnowledgeMessageRoleEnum": "knowledge.models.MessageRole",
        # A member's role and a property's type share field names with other choice sets.
        "MembershipRoleEnum": "tenants.roles.Role",
        "PropertyTypeEnum": "properties.models.PropertyType",
    }
)

# --- analytics (roll-ups, dashboards, insights) -----------------------------------------

# How often beat recomputes today's and yesterday's roll-ups in every tenant (calls are also
# recomputed as each one finishes).
ANALYTICS_REFRESH_SECONDS = env_float("ANALYTICS_REFRESH_SECONDS", 120.0)
CELERY_BEAT_SCHEDULE["analytics-refresh"] = {"task": "analytics.refresh_recent", "schedule": ANALYTICS_REFRESH_SECONDS}
# Transcript insights: the OpenAI-compatible API when a key is set, else the offline statistics.
ANALYTICS_OPENAI_API_KEY = env_str("ANALYTICS_OPENAI_API_KEY") or env_str("OPENAI_API_KEY")
ANALYTICS_OPENAI_BASE_URL = env_str("ANALYTICS_OPENAI_BASE_URL") or env_str("OPENAI_BASE_URL")
ANALYTICS_OPENAI_MODEL = env_str("ANALYTICS_OPENAI_MODEL", "gpt-4o-mini")
ANALYTICS_INSIGHTS_PROVIDER = env_str(
    "ANALYTICS_INSIGHTS_PROVIDER", "openai" if ANALYTICS_OPENAI_API_KEY else "offline"
)
if ANALYTICS_INSIGHTS_PROVIDER not in {"offline", "openai"}:
    raise ImproperlyConfigured("ANALYTICS_INSIGHTS_PROVIDER must be offline or openai")
# Most calls whose transcripts one insights run reads (the most recent in the period).
ANALYTICS_INSIGHTS_MAX_CALLS = env_int("ANALYTICS_INSIGHTS_MAX_CALLS", 2000)

# --- billing (prepaid ledger, plans, invoices, Stripe) ------------------------------------

# Without STRIPE_SECRET_KEY the sandbox (checkout pages on this host) stands in for Stripe.
STRIPE_SECRET_KEY = env_str("STRIPE_SECRET_KEY")
# Only for tests and local fakes: where the SDK sends API requests instead of https://api.stripe.com.
STRIPE_API_BASE = env_str("STRIPE_API_BASE")
# Webhooks are verified with this secret in every mode; the sandbox signs with it too.
STRIPE_WEBHOOK_SECRET = env_str("STRIPE_WEBHOOK_SECRET") or ("" if PRODUCTION else "whsec_sandbox_development_only")
STRIPE_WEBHOOK_TOLERANCE = env_int("STRIPE_WEBHOOK_TOLERANCE", 300)
STRIPE_METER_EVENT_NAME = env_str("STRIPE_METER_EVENT_NAME", "voice_overage_seconds")
BILLING_TOP_UP_MIN = env_str("BILLING_TOP_UP_MIN", "5.00")
BILLING_TOP_UP_MAX = env_str("BILLING_TOP_UP_MAX", "10000.00")
# New tenants try this plan (its limits apply) until the trial ends.
BILLING_TRIAL_PLAN = env_str("BILLING_TRIAL_PLAN", "business")
BILLING_INVOICE_DUE_DAYS = env_int("BILLING_INVOICE_DUE_DAYS", 14)
BILLING_ISSUER_NAME = env_str("BILLING_ISSUER_NAME", "Voice Platform")
BILLING_PAYMENT_INSTRUCTIONS = env_str(
    "BILLING_PAYMENT_INSTRUCTIONS",
    "To pay an amount due, top up your balance by card from the billing page in the portal.",
)
LOGGING["loggers"]["weasyprint"] = {"level": "WARNING"}
LOGGING["loggers"]["fontTools"] = {"level": "WARNING"}
CELERY_BEAT_SCHEDULE["billing-monthly-invoices"] = {
    "task": "billing.monthly_invoices",
    "schedule": crontab(day_of_month=1, hour=2, minute=5),
}
CELERY_BEAT_SCHEDULE["billing-daily"] = {"task": "billing.daily", "schedule": crontab(hour=4, minute=11)}
CELERY_BEAT_SCHEDULE["billing-check-ledger"] = {"task": "billing.check_ledger", "schedule": crontab(minute=23)}
