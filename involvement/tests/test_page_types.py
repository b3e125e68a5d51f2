import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from involvement.factories import OpportunityPageFactory
from involvement.models import OpportunityPage, TakePartIndexPage


class TestTakePartTree(WagtailPageTestCase):
    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(TakePartIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(TakePartIndexPage, {OpportunityPage})
        self.assertAllowedParentPageTypes(OpportunityPage, {TakePartIndexPage})
        self.assertAllowedSubpageTypes(OpportunityPage, set())


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ar"])
def test_take_part_pages_render_with_payment_access_and_joining(
    client, take_part, make_opportunity, code, make_translation
):
    opportunity = make_opportunity(title="Paid panel place", kind="panel", join_email="hello@example.org")
    index = take_part
    if code != "en":
        index = make_translation(take_part, code)
        opportunity = make_translation(OpportunityPage.objects.get(pk=opportunity.pk), code)
    response = client.get(index.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'lang="{code}"' in html and (('dir="rtl"' in html) == (code == "ar"))
    assert "Paid panel place" in html
    assert "£20 an hour, in cash or a voucher" in html
    assert response.context["dated"] == [opportunity]
    response = client.get(opportunity.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "We pay your bus fare." in html
    assert 'href="tel:01174960000"' in html and "mailto:hello@example.org" in html
    assert opportunity.url + "calendar/" in html
    assert not response.cookies


@pytest.mark.django_db
def test_a_closed_opportunity_says_so_and_hides_how_to_join(client, make_opportunity):
    opportunity = make_opportunity(closes_on=timezone.localdate() - datetime.timedelta(days=1))
    html = client.get(opportunity.url).content.decode()
    assert "This has closed." in html
    assert "tel:" not in html.split("<main", 1)[1].split("</main>", 1)[0]
    assert "calendar/" not in html


@pytest.mark.django_db
def test_opportunity_checks_what_editors_enter(take_part):
    start = timezone.now() + datetime.timedelta(days=3)
    page = OpportunityPageFactory.build(
        starts_at=start, ends_at=start - datetime.timedelta(hours=1), address="", join_phone=""
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert set(error.value.message_dict) == {"ends_at", "address", "join_phone"}
    page = OpportunityPageFactory.build(starts_at=None, ends_at=start, access=["not-a-choice"])
    with pytest.raises(ValidationError) as error:
        page.full_clean(
            exclude=[
                "path",
                "depth",
                "slug",
                "title",
                "content_type",
                "draft_title",
                "translation_key",
                "locale",
            ]
        )
    assert "starts_at" in error.value.message_dict and "access" in error.value.message_dict


@pytest.mark.django_db
def test_take_part_pages_go_through_the_panel_workflow(take_part, make_opportunity):
    assert take_part.get_workflow().name == "Panel approval"
    assert make_opportunity().get_workflow().name == "Panel approval"


@pytest.mark.django_db
def test_access_choices_show_their_labels_in_order():
    page = OpportunityPageFactory.build(access=["women-only", "interpreters"])
    assert [str(label) for label in page.access_labels()] == ["Free interpreters", "Women only"]
