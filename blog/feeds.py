"""An RSS feed of each language's news, at the news page's address + feed/ (e.g. /so/news/feed/).

The live, public posts of that news page (so of that language) that are not marked sensitive, newest first.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.translation import gettext as _

from website.models import SiteSettings

FEED_LENGTH = 20


def feed_title(request):
    """The feed's name, in the active language: "News – <organisation>"."""
    return f"{_('News')} – {SiteSettings.for_request(request).organisation_name}"


class NewsFeed(Feed):
    """Called with the news index page: NewsFeed()(request, index=page). One instance per request."""

    def get_object(self, request, index):
        self.request = request
        return index

    def title(self, index):
        return feed_title(self.request)

    def link(self, index):
        return index.get_url(self.request)

    def description(self, index):
        return index.search_description or index.summary or index.title

    def items(self, index):
        return index.posts().filter(sensitive=False)[:FEED_LENGTH]

    def item_title(self, post):
        return post.title

    def item_description(self, post):
        return post.search_description or post.summary

    def item_link(self, post):
        return post.get_url(self.request)

    def item_pubdate(self, post):
        return timezone.make_aware(datetime.datetime.combine(post.date, datetime.time()))
