import pytest

from resources.factories import GuideIndexPageFactory
from website.factories import UserFactory
from website.groups import CLINICAL_REVIEWERS, EDITORS, PANEL, TRANSLATORS


@pytest.fixture
def people(db):
    return {
        "editor": UserFactory(username="editor", first_name="Erin", groups=[EDITORS]),
        "panel1": UserFactory(username="panel1", first_name="Rose", groups=[PANEL]),
        "panel2": UserFactory(username="panel2", first_name="Amal", groups=[PANEL]),
        "panel3": UserFactory(username="panel3", first_name="Jo", groups=[PANEL]),
        "clinician": UserFactory(username="clinician", first_name="Sam", groups=[CLINICAL_REVIEWERS]),
        "translator": UserFactory(username="translator", groups=[TRANSLATORS]),
        "admin": UserFactory(username="admin", is_superuser=True, is_staff=True),
    }


@pytest.fixture
def guide_index(home_page):
    return GuideIndexPageFactory(parent=home_page, slug="guides")
