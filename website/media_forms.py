"""Document and image forms that keep what live pages show as the workflow approved it.

A document or image has no revisions: replacing its file, or changing its title or description, would
reach every live page that uses it at once, with no approval. So, for anyone but a superuser, a file in use
by a live page is read-only in the admin. To change it, upload a new document or image and choose it on the
page: the page then goes through approval like any other change. Files no live page uses stay editable.
Wired up by WAGTAILDOCS_DOCUMENT_FORM_BASE and WAGTAILIMAGES_IMAGE_FORM_BASE.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm
from wagtail.models import Page, ReferenceIndex

# What a visitor sees of a document or image (and which collection's privacy applies to it).
PUBLIC_FIELDS = (
    "file",
    "title",
    "description",
    "collection",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
)


def live_pages_using(instance):
    """The live pages whose content refers to this document or image (handout blocks, links in text, image
    blocks), from Wagtail's reference index. The index reads each page's own row, which holds its published
    content once it is live (a draft's changes wait in a revision), so only approved content counts."""
    ids = (
        ReferenceIndex.get_references_to(instance)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    return Page.objects.live().filter(pk__in=[int(i) for i in ids if str(i).isdigit()])


class ApprovedFileMixin:
    locked_help_text = _(
        "A live page uses this file, so it can't be changed here. To change it, upload a new one and "
        "choose it on the page: the page then goes for approval."
    )

    def __init__(self, *args, **kwargs):
        user = kwargs.get("user")  # read it before the collection form takes it
        super().__init__(*args, **kwargs)
        self.locked = bool(
            self.instance.pk
            and not (user is not None and user.is_superuser)
            and live_pages_using(self.instance).exists()
        )
        if self.locked:
            for name in PUBLIC_FIELDS:
                if name in self.fields:
                    self.fields[name].disabled = True
            if "file" in self.fields:
                self.fields["file"].help_text = self.locked_help_text


class ApprovedDocumentForm(ApprovedFileMixin, BaseDocumentForm):
    """Also refuses a document larger than DOCUMENT_MAX_UPLOAD_MB, with a message that says the limit. (Only
    the types in WAGTAILDOCS_EXTENSIONS are accepted; images have WAGTAILIMAGES_MAX_UPLOAD_SIZE.)"""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        limit = settings.DOCUMENT_MAX_UPLOAD_MB
        if file is not None and getattr(file, "size", 0) > limit * 1024 * 1024:
            raise ValidationError(
                _("This file is too big. A document can be up to %(size)s MB.") % {"size": limit},
                code="too_big",
            )
        return file


def refuse_unreadable_images(field):
    """A file that looks like an image but can't be read (a truncated GIF, a damaged JPEG) gets a form
    error: Wagtail's own checks open it to measure it, and Pillow's error would otherwise be a 500."""
    to_python = field.to_python

    def checked(data):
        try:
            return to_python(data)
        except (OSError, SyntaxError, ValueError) as error:
            raise ValidationError(UNREADABLE_IMAGE, code="invalid_image") from error

    field.to_python = checked


UNREADABLE_IMAGE = _("We could not open this picture. The file may be damaged. Please try another file.")


class ApprovedImageForm(ApprovedFileMixin, BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            refuse_unreadable_images(self.fields["file"])
