"""The printable-record helpers the snapshot and the reflection record share."""

from django.utils import translation

from resources import reflection, snapshot
from resources.printable import clean_text, date_stamp


def test_reflections_keep_line_breaks_and_lose_control_characters():
    assert clean_text("  one\r\n\r\n\r\n\r\ntwo \x00\t three ", 4000, lines=True) == (
        "one\n\ntwo three",
        False,
    )
    text, cut = clean_text(
        "y" * (reflection.ANSWER_MAX_LENGTH + 10), reflection.ANSWER_MAX_LENGTH, lines=True
    )
    assert cut and len(text) == reflection.ANSWER_MAX_LENGTH


def test_snapshot_answers_are_one_line_and_keep_the_joiners():
    assert clean_text(" سا\x00ر\u202eة\r\nمی\u200cخواهم ", 300) == ("سارة می\u200cخواهم", False)
    text, cut = clean_text("ب" * 400, snapshot.ANSWER_MAX_LENGTH)
    assert cut and text == "ب" * snapshot.ANSWER_MAX_LENGTH


def test_date_stamp_is_in_the_visitors_language_and_in_english():
    with translation.override("fr"):
        date = date_stamp()
    assert date["iso"].count("-") == 2
    assert date["en"] != date["local"]
