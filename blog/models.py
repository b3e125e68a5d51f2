from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from website.blocks import RICH_TEXT_FEATURES, SHORT_RICH_TEXT_FEATURES, general_blocks
from website.models import BasePage
from website.translations import english_version, reader_language, reader_url, translated_first

from .feeds import NewsFeed, feed_title


class BlogIndexPage(RoutablePageMixin, BasePage):
    intro = RichTextField(_("introduction"), features=SHORT_RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["blog.BlogPage"]
    max_count_per_parent = 1
    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    per_page = 10

    class Meta:
        verbose_name = _("blog index page")

    def posts(self):
        """This page's live, public posts, newest first."""
        return BlogPage.objects.child_of(self).live().public().order_by("-date", "-pk")

    @path("feed/", name="feed")
    def feed(self, request):
        """The RSS feed of this language's news (blog/feeds.py). None for a sensitive news page."""
        if self.sensitive:
            raise Http404
        return NewsFeed()(request, index=self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Every post: this language's first, then the English ones not translated yet, marked as English.
        language = reader_language(self, request)
        english_index = english_version(self)
        posts = all_posts = translated_first(
            BlogPage.objects.child_of(english_index).live().public(), language
        )
        tag = request.GET.get("tag", "").strip()[:100]
        if tag:
            posts = posts.filter(tags__slug=tag)
        kind = request.GET.get("kind", "")
        if kind in dict(BlogPage.KIND_CHOICES):
            posts = posts.filter(kind=kind)
        posts = posts.order_by("in_english", "-date", "-pk")
        paginator = Paginator(posts.select_related("locale").prefetch_related("tags"), self.per_page)
        page_obj = paginator.get_page(request.GET.get("page"))
        for post in page_obj:
            post.reader_url = reader_url(post, request, language)
        if not self.sensitive:
            context.update(
                feed_url=self.get_url(request) + self.reverse_subpage("feed"), feed_title=feed_title(request)
            )
        context.update(
            posts=page_obj,
            paginator=paginator,
            current_tag=tag,
            current_kind=kind,
            tags=BlogPageTag.objects.filter(content_object__in=all_posts.values("pk"))
            .values_list("tag__name", "tag__slug")
            .distinct()
            .order_by("tag__name"),
        )
        return context


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey("blog.BlogPage", on_delete=models.CASCADE, related_name="tagged_items")


class BlogPage(BasePage):
    KIND_NEWS = "news"
    KIND_YOU_SAID = "you-said-we-did"
    KIND_CHOICES = [(KIND_NEWS, _("News")), (KIND_YOU_SAID, _("You said, we did"))]

    date = models.DateField(_("date"), default=timezone.localdate)
    kind = models.CharField(
        _("kind of post"),
        max_length=20,
        choices=KIND_CHOICES,
        default=KIND_NEWS,
        help_text=_("'You said, we did' tells the community what changed because of what they told us."),
    )
    you_said = RichTextField(
        _("you said"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("For 'You said, we did': what people told us, in their words where they agreed."),
    )
    we_did = RichTextField(
        _("we did"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("For 'You said, we did': what changed because of it."),
    )
    body = StreamField(general_blocks(), blank=True, verbose_name=_("body"))
    tags = ClusterTaggableManager(through=BlogPageTag, blank=True, verbose_name=_("tags"))

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []
    search_fields = BasePage.search_fields + [
        index.SearchField("you_said"),
        index.SearchField("we_did"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("kind"), FieldPanel("tags")], heading=_("About this post")
        ),
        MultiFieldPanel([FieldPanel("you_said"), FieldPanel("we_did")], heading=_("You said, we did")),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("blog post")

    def clean(self):
        super().clean()
        if self.kind == self.KIND_YOU_SAID and not (self.you_said and self.we_did):
            raise ValidationError(
                {"we_did": _("A 'You said, we did' post needs both what people said and what we did.")}
            )
