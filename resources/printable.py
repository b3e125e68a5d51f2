"""Printable records made from a form whose answers the server never keeps: the personal snapshot and a
training module's reflection record.

With JavaScript the record is built in the browser and nothing is sent. Without it, the form is posted to
its page, and the page answers with the same record (or a text file, or the form filled in again), marked
`no-store`. Nothing is saved and nothing is logged; odd or oversized posts get a calm answer, not an error.
"""

import unicodedata
from http import HTTPMethod

from django.core.exceptions import SuspiciousOperation
from django.http import HttpResponse, QueryDict
from django.http.multipartparser import MultiPartParserError
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_exempt

from website.dates import local_date

JOINERS = {"\u200c", "\u200d"}  # Persian, Kurdish and Indic scripts need these inside words


def clean_text(raw, max_length, lines=False):
    """The visitor's words, tidied: letters, marks, numbers, punctuation and symbols stay; every other kind
    of space becomes one space; control and other invisible characters go (the joiners stay). With `lines`
    the line breaks stay too (never more than one empty line in a row); without, the text is one line.
    At most `max_length` characters. Returns (text, was_cut)."""
    raw = str(raw)[: max_length * 2]
    if lines:
        raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    kept = []
    for ch in raw:
        category = unicodedata.category(ch)
        if ch in JOINERS or category[0] in "LMNPS" or (lines and ch == "\n"):
            kept.append(ch)
        elif category[0] == "Z" or ch in "\t\n\r":
            kept.append(" ")
    if lines:
        text = "\n".join(" ".join(line.split()) for line in "".join(kept).split("\n")).strip()
        while "\n\n\n" in text:
            text = text.replace("\n\n\n", "\n\n")
    else:
        text = " ".join("".join(kept).split())
    if len(text) > max_length:
        return text[:max_length].rstrip(), True
    return text, False


def date_stamp():
    """Today, for the record: ISO (for <time datetime>), in the visitor's language and in English."""
    today = timezone.localdate()
    return {"iso": today.isoformat(), "local": local_date(today), "en": local_date(today, "en")}


def text_file(lines, filename):
    """The record as a UTF-8 text file to download (with a byte order mark, so Windows Notepad reads it)."""
    response = HttpResponse("\ufeff" + "\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class PrintableFormPage:
    """A page type (mixed in before BasePage) whose form is posted back to it as a printable record.

    The page says what the answers are (`printable_answers`: context for the form and the record, read
    from the posted data), how they read as text (`printable_lines`), the download's file name, and which
    component draws the record. `resources/printable_page.html` shows it.
    """

    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS, HTTPMethod.POST]
    printable_filename = ""
    printable_template = ""  # the record component, included with js=False
    printable_script = ""  # the page's script, which offers Print where the browser can

    def printable_answers(self, data):
        raise NotImplementedError

    def printable_lines(self, answers, date):
        raise NotImplementedError

    # The POST changes nothing on the server: the answers come back and are then forgotten. So there is
    # nothing for cross-site request forgery to abuse, and a CSRF check would need a cookie that anonymous
    # visitors must never get. `website.serve.serve` (the page view) honours this mark; every other page
    # type keeps Django's CSRF check. Page privacy still applies: Wagtail checks view restrictions first.
    @method_decorator(csrf_exempt)
    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        return self.serve_printable(request)

    def serve_printable(self, request):
        too_much = False
        try:
            data = request.POST
        except (SuspiciousOperation, MultiPartParserError):
            # Too many fields or too much data: answer gently as if nothing was sent, log nothing.
            data, too_much = QueryDict(), True
        answers = self.printable_answers(data)
        date = date_stamp()
        action = data.get("action")
        if action == "download":
            response = text_file(self.printable_lines(answers, date), self.printable_filename)
        else:
            context = self.get_context(request)
            context.update(answers)
            if action == "edit":
                template = self.get_template(request)
            else:
                template = "resources/printable_page.html"
                context.update(date=date, too_much=too_much)
            response = TemplateResponse(request, template, context)
        add_never_cache_headers(response)
        return response
