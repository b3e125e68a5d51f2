import datetime

import factory
import wagtail_factories

from .models import BlogIndexPage, BlogPage


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = factory.Sequence(lambda n: f"news-{n}")
    summary = "News from the group and what changed because of what you told us."

    class Meta:
        model = BlogIndexPage


class BlogPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Our meeting in spring {n}")
    slug = factory.Sequence(lambda n: f"post-{n}")
    summary = "What we talked about and what we decided."
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    kind = BlogPage.KIND_NEWS
    body = factory.LazyFunction(lambda: [("text", "<p>We met at the community centre.</p>")])

    class Meta:
        model = BlogPage

    class Params:
        you_said_we_did = factory.Trait(
            kind=BlogPage.KIND_YOU_SAID,
            you_said="<p>Reception asked for ID you did not need.</p>",
            we_did="<p>Reception staff had training and a new sign went up.</p>",
        )
