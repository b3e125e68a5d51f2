"""The demo's Take part: an index in every language, open and past opportunities, tagged messages linked to
the posts that answer them, and an opportunity and a post translated through PO files."""

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Locale

from blog.models import BlogPage
from involvement.models import OpportunityPage, Submission, TakePartIndexPage, people_who_raised


@pytest.mark.django_db
@override_settings(DEBUG=False)
def test_demo_take_part(client):
    call_command("load_demo_content", verbosity=0)
    languages = set(Locale.objects.values_list("language_code", flat=True))
    indexes = TakePartIndexPage.objects.live()
    assert set(indexes.values_list("locale__language_code", flat=True)) == languages
    assert indexes.get(locale__language_code="ar").title == "شارك معنا"

    english = OpportunityPage.objects.live().filter(locale__language_code="en")
    assert english.count() >= 3
    assert english.open().count() == english.count() - 1
    assert not english.get(slug="consultation-on-phone-appointments").is_open()
    for code, title in [("ar", "انضم إلى لجنة التجربة المعاشة المدفوعة الأجر"), ("pl", "Dołącz do naszego")]:
        page = OpportunityPage.objects.get(slug="paid-panel-place", locale__language_code=code)
        assert page.live and page.title.startswith(title)
        assert page.address == english.get(slug="paid-panel-place").address  # kept in step with English
        post = BlogPage.objects.get(slug="you-said-reception-asked-for-id", locale__language_code=code)
        assert post.live and post.title != "You said reception asked for ID you did not need"
        html = client.get(post.url).content.decode()
        assert "told us about this" not in html or code == "en"  # the count is in the reader's language
        assert str(people_who_raised(post)) in html

    assert Submission.objects.filter(themes__isnull=False).distinct().count() >= 4
    assert Submission.objects.filter(post__isnull=False).count() >= 3
    post = BlogPage.objects.get(slug="you-said-reception-asked-for-id", locale__language_code="en")
    assert people_who_raised(post) == 3
    assert "3 people told us about this." in client.get(post.url).content.decode()

    call_command("load_demo_content", verbosity=0)  # idempotent
    assert Submission.objects.count() == 7
