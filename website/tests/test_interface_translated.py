"""Every word of the interface is translated: the catalogues are complete, and rendered pages show no
English interface text in another language."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE = Path(settings.LOCALE_PATHS[0])
OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]
INTERFACE_TEXT = ["Skip to main content", "Exit this page", "Search this site", "Need help now?", ">Search<"]


def catalogue(code):
    folder = {"zh-hans": "zh_Hans"}.get(code, code)
    return polib.pofile(str(LOCALE / folder / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_catalogue_is_complete(code):
    po = catalogue(code)
    missing = [e.msgid for e in po.untranslated_entries()] + [e.msgid for e in po.fuzzy_entries()]
    assert not missing, f"{code}: {len(missing)} untranslated, e.g. {missing[:3]}"


@pytest.mark.django_db
@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_rendered_pages_show_no_english_interface_text(client, home_pages, code):
    for path in [f"/{code}/", f"/{code}/search/?q=x", f"/{code}/no-such-page/", f"/{code}/language-card/"]:
        html = client.get(path).content.decode()
        for text in INTERFACE_TEXT:
            assert text not in html, f"{path}: {text!r} is still in English"
