import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from website.translations import default_language

from .models import OpportunityPage, Submission, TakePartIndexPage, Theme


class TakePartIndexPageFactory(wagtail_factories.PageFactory):
    title = "Take part"
    slug = factory.Sequence(lambda n: f"take-part-{n}")
    summary = "Ways to take part in our group, and to tell us what is hard."
    intro = "<p>We pay members for their time. You do not have to share your story.</p>"

    class Meta:
        model = TakePartIndexPage


def next_week_at_six():
    day = timezone.localdate() + datetime.timedelta(days=7)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(18, 0)))


class OpportunityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Drop-in meeting {n}")
    slug = factory.Sequence(lambda n: f"opportunity-{n}")
    summary = "Come and talk about what made your GP practice hard to use."
    kind = "drop-in"
    what_it_involves = "<p>We sit together for two hours and talk. You can leave at any time.</p>"
    who_it_is_for = "Anyone who has found it hard to see a GP."
    starts_at = factory.LazyFunction(next_week_at_six)
    ends_at = factory.LazyAttribute(
        lambda o: o.starts_at + datetime.timedelta(hours=2) if o.starts_at else None
    )
    closes_on = None
    where = "in-person"
    address = "Community Centre\n1 Example Street\nBristol BS1 0AA"
    access = factory.LazyFunction(lambda: ["interpreters", "step-free"])
    payment = "£20 an hour, in cash or a voucher"
    expenses = "We pay your bus fare."
    join_phone = "0117 496 0000"

    class Meta:
        model = OpportunityPage


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Being asked for ID {n}")
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code=default_language()))

    class Meta:
        model = Theme


class SubmissionFactory(factory.django.DjangoModelFactory):
    text = "The receptionist asked for my passport."
    language = "en"

    class Meta:
        model = Submission

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)
