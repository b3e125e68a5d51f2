"""Odd input gets a page, never an error."""

import pytest

ODD = [
    "x" * 5000,
    "!!!???...",
    '"quoted words"',
    "'single'",
    "& | ! : * ( ) < >",
    "gp:* & !register",
    "'':*A",
    "\\x00",
    "nul\x00byte",
    "مرحبا بالطبيب",
    "שלום",
    "🙂🚑",
    "注册医生 GP",
    "ሓኪም",
    "%_%",
    "a " * 300,
]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ODD)
@pytest.mark.parametrize("language", ["en", "ar", "zh-hans"])
def test_odd_input_answers_200(client, make_guide, query, language):
    make_guide("Register with a GP", "How to register with a doctor.")
    response = client.get(f"/{language}/search/", {"q": query, "page": "9999"})
    assert response.status_code == 200
