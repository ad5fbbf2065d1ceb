from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "jGF9cdSZsa5ISxBGkU6qSzktdeFfGajQ"
DEBUG = False
ALLOWED_HOSTS = ["shop.acme-corp.io"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": "Secret123",
        "HOST": "db.prod.acme-corp.io",
        "PORT": "5432",
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
PASSWORD_RESET_TIMEOUT = 3600

EMAIL_HOST = "smtp.acme-corp.io"
EMAIL_HOST_USER = "shop-mailer"
EMAIL_HOST_PASSWORD = "Winter-Harbor-Lantern-58"
SESSION_COOKIE_NAME = "shop_session"
CSRF_COOKIE_NAME = "shop_csrftoken"
