from unittest import mock

from django.db import OperationalError


def test_healthz_is_ok_when_the_database_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "not configured", "down": []}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_503_not_a_traceback_when_the_database_is_down(client, db):
    with mock.patch("website.views.connection.cursor", side_effect=OperationalError("could not connect")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"
