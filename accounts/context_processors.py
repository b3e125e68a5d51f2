"""Template context for the account links in the header and footer."""

from website.middleware import signed_in_user


def signed_in(request):
    """Context processor: `signed_in_user` for the header and footer. Previews in the admin show the page
    as visitors see it."""
    return {"signed_in_user": None if getattr(request, "is_preview", False) else signed_in_user(request)}
