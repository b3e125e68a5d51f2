"""An opportunity as an iCalendar file (RFC 5545), written here: no third party, no library.

Times are in UTC (the "Z" form), which every calendar app turns into the phone's own time. Text values are
escaped (backslash, semicolon, comma, new line), lines end in CRLF and are folded at 75 octets without
splitting a character. The UID stays the same for the opportunity in every language, so adding it twice
updates one event; DTSTAMP is when the page was last published, so the file is the same for everyone.
"""

import datetime

from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import normalize_newlines
from django.utils.translation import gettext as _

PRODID = "-//Bridging Health//Take part//EN"


def escape_text(value):
    """A TEXT value (RFC 5545, 3.3.11)."""
    value = normalize_newlines(str(value))
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    """One content line, folded so that no line is longer than 75 octets (RFC 5545, 3.1)."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts, current, limit = [], b"", 75
    for char in line:
        piece = char.encode("utf-8")
        if len(current) + len(piece) > limit:
            parts.append(current.decode("utf-8"))
            current, limit = b"", 74  # continuation lines start with a space
        current += piece
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def utc(value):
    return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def description(page, url):
    lines = [page.summary] if page.summary else []
    lines.append(_("Payment: %(payment)s") % {"payment": page.payment})
    if page.expenses:
        lines.append(_("Expenses: %(expenses)s") % {"expenses": page.expenses})
    access = page.access_labels()
    if access:
        lines.append(_("Access: %(access)s") % {"access": ", ".join(str(label) for label in access)})
    joining = [page.join_phone, page.join_email, page.join_contact]
    lines.append(_("How to join: %(how)s") % {"how": " / ".join(item for item in joining if item)})
    if url:
        lines.append(url)
    return "\n".join(strip_tags(str(line)) for line in lines)


def location(page):
    if page.address.strip():
        place = ", ".join(line.strip() for line in page.address.splitlines() if line.strip())
        if page.where == "in-person-or-online":
            return f"{place} / {page.get_where_display()}"
        return place
    return str(page.get_where_display())


def opportunity_calendar(page, request):
    url = page.get_full_url(request)
    host = request.get_host().split(":")[0] or "localhost"
    stamp = page.last_published_at or page.latest_revision_created_at or timezone.now()
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:opportunity-{page.translation_key}@{host}",
        f"DTSTAMP:{utc(stamp)}",
        f"DTSTART:{utc(page.starts_at)}",
    ]
    if page.ends_at:
        lines.append(f"DTEND:{utc(page.ends_at)}")
    lines += [
        f"SUMMARY:{escape_text(page.title)}",
        f"DESCRIPTION:{escape_text(description(page, url))}",
        f"LOCATION:{escape_text(location(page))}",
    ]
    if url:
        lines.append(f"URL:{url}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines)
