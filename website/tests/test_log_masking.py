"""Secrets of links never reach a log (website/logmask.py): gunicorn's access log and Django's log records
keep the route and lose the token."""

import logging
from types import SimpleNamespace

import pytest

from website.logmask import MaskTokensFilter, TokenMaskingLogger, mask_tokens


@pytest.mark.parametrize(
    "path,masked",
    [
        ("/en/account/invitation/Abc-123_xyz/", "/en/account/invitation/[token]/"),
        ("/ar/account/reset/MQ/cz4f1a-0123abcd/", "/ar/account/reset/[token]/[token]/"),
        ("/en/account/reset/MQ/set-password/", "/en/account/reset/[token]/set-password/"),
        ("/admin/password_reset/confirm/MQ/cz4f1a-0123/", "/admin/password_reset/confirm/[token]/[token]/"),
        ("/en/account/reset/done/", "/en/account/reset/done/"),
        ("/en/guides/registering-with-a-gp/", "/en/guides/registering-with-a-gp/"),
        (
            "GET /so/account/invitation/s3cret/?x=1 HTTP/1.1",
            "GET /so/account/invitation/[token]/?x=1 HTTP/1.1",
        ),
    ],
)
def test_mask_tokens(path, masked):
    assert mask_tokens(path) == masked


def test_django_log_records_are_masked():
    record = logging.LogRecord(
        "django.request",
        logging.WARNING,
        __file__,
        1,
        "Not Found: %s",
        ("/en/account/invitation/s3cret/",),
        None,
    )
    assert MaskTokensFilter().filter(record)
    assert record.getMessage() == "Not Found: /en/account/invitation/[token]/"


def test_the_logging_setting_masks_every_console_record(settings):
    assert "mask_tokens" in settings.LOGGING["handlers"]["console"]["filters"]


def test_gunicorn_access_log_atoms_are_masked():
    logger = TokenMaskingLogger.__new__(TokenMaskingLogger)
    logger.cfg = SimpleNamespace(forwarded_allow_ips=[], secure_scheme_headers={})
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": "/en/account/invitation/s3cret/?a=1",
        "PATH_INFO": "/en/account/invitation/s3cret/",
        "QUERY_STRING": "a=1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_REFERER": "http://x/en/account/reset/MQ/abc-def/",
    }
    response = SimpleNamespace(
        status="200 OK", sent=10, headers=[("Location", "/en/account/reset/MQ/set-password/")]
    )
    request = SimpleNamespace(headers=[])
    duration = SimpleNamespace(seconds=0, microseconds=1000)
    atoms = logger.atoms(response, request, environ, duration)
    assert "s3cret" not in repr(atoms) and "abc-def" not in repr(atoms)
    assert atoms["U"] == "/en/account/invitation/[token]/"


def test_gunicorn_uses_the_masking_logger_and_binds_loopback(monkeypatch):
    import importlib.util
    from pathlib import Path

    monkeypatch.delenv("BIND_HOST", raising=False)
    monkeypatch.setenv("PORT", "8123")
    path = Path(__file__).resolve().parents[2] / "gunicorn.conf.py"
    spec = importlib.util.spec_from_file_location("gunicorn_conf_under_test", path)
    conf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conf)
    assert conf.bind == "127.0.0.1:8123"
    assert conf.logger_class == "website.logmask.TokenMaskingLogger"
    monkeypatch.setenv("BIND_HOST", "0.0.0.0")  # noqa: S104 (the container's setting)
    spec.loader.exec_module(conf)
    assert conf.bind == "0.0.0.0:8123"
