import pytest

from involvement.factories import OpportunityPageFactory, TakePartIndexPageFactory


@pytest.fixture
def take_part(home_page):
    page = TakePartIndexPageFactory(parent=home_page, slug="take-part")
    page.save_revision().publish()
    return page


@pytest.fixture
def make_opportunity(take_part):
    def make(**kwargs):
        page = OpportunityPageFactory(parent=kwargs.pop("parent", take_part), **kwargs)
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    return make
