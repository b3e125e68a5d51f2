import factory
import wagtail_factories

from .models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    slug = factory.Sequence(lambda n: f"home-{n}")
    intro = "<p>We are people with lived experience and GPs, making GP practices easier to reach.</p>"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"About this group {n}")
    slug = factory.Sequence(lambda n: f"standard-{n}")
    summary = "Who we are and how we work together."
    body = factory.LazyFunction(
        lambda: [
            ("heading", {"text": "Who we are", "level": "h2"}),
            ("text", "<p>We are a group of people who use GP practices and people who work in them.</p>"),
        ]
    )

    class Meta:
        model = StandardPage
