"""The rule behind the approval workflow: during a web request, only a finished workflow or a superuser
publishes a page.

Wagtail checks publish permission in its own views, but other routes publish without asking who is acting
(wagtail-localize's "sync" with "publish translations", and its creation of translations of live pages).
`BasePage.publish` asks `may_publish()` first, so every route ends in the same check. Outside a web request
(management commands such as `publish_scheduled` and `load_demo_content`) publishing is left to the caller.
A workflow's finish action (WAGTAIL_FINISH_WORKFLOW_ACTION) publishes inside `workflow_finishing()`.
"""

from contextlib import contextmanager
from contextvars import ContextVar

_current_request = ContextVar("current_request", default=None)
_workflow_finishing = ContextVar("workflow_finishing", default=False)


class CurrentRequestMiddleware:
    """Remember the request being served, so a page's publish() can tell who is acting."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            _current_request.reset(token)


@contextmanager
def workflow_finishing():
    token = _workflow_finishing.set(True)
    try:
        yield
    finally:
        _workflow_finishing.reset(token)


def acting_user(user=None):
    request = _current_request.get()
    if user is not None:
        return user
    return getattr(request, "user", None) if request is not None else None


def may_publish(user=None):
    request = _current_request.get()
    if request is None or _workflow_finishing.get():
        return True
    acting = acting_user(user)
    return bool(acting is not None and acting.is_authenticated and acting.is_superuser)
