"""Admin views the site changes."""

from wagtail.admin.views.pages.create import CreateView


class CreateWithoutAutosaveView(CreateView):
    """Wagtail's "add page" form without autosave.

    Autosave on a new page creates a draft page, so a form that is left (a tab closed, a library PC timing
    out) leaves a draft behind that holds its address: adding the same title again then fails with "The
    slug … is already in use". Here nothing is stored until the writer presses Save draft; from then on the
    page's edit form autosaves as usual.
    """

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["autosave_enabled"] = False
        return context
