#!/usr/bin/env python
"""How search holds up as the site grows: search ÷ static file at 1,000 and 10,000 guides, on PostgreSQL.

    .venv/bin/python benchmarks/search_scale.py --postgres postgres://postgres@127.0.0.1:5432/an_empty_database
    .venv/bin/python benchmarks/search_scale.py --postgres … --guides 1000 10000 --compare /a/checkout/of/main

The database named with --postgres is emptied first (all its tables are dropped): give it one of its own.
It is migrated and given the demo content, then guides are added up to each size (80 % English, 10 %
Arabic, 10 % Polish) with text made of the demo pages' own words in that language, drawn with the
frequencies they have there (common words often, rare words rarely), and indexed for search as
publishing indexes them. At each size the site is served with production settings by 2 sync gunicorn
workers (worker recycling off, so it does not blur the figures) and measured with
`wrk -t2 -c16 -d10s`: each query's search page, then a static file, in interleaved rounds; printed
as requests per second and search ÷ static, with the SQL queries each search makes.
With --compare, the same is measured for another checkout's code (e.g. main before a change) on the
same database and the same guides.
"""

import argparse
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = [
    ("one word", "en", "dentist"),
    ("two words", "en", "register gp"),
    ("a typo", "en", "interpeter"),
    ("Arabic", "ar", "مترجم"),
    ("Polish", "pl", "lekarz rodzinny"),
]
SHARES = [("en", 0.8), ("ar", 0.1), ("pl", 0.1)]
WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)


def environment(database_url, static_root, port=0):
    return dict(
        os.environ,
        DATABASE_URL=database_url,
        STATIC_ROOT=str(static_root),
        MEDIA_ROOT=str(static_root.parent / "media"),
        SECRET_KEY="search-scale-benchmark-only-0123456789-abcdefghijklmnop",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
        SECURE_HSTS_SECONDS="0",
        PORT=str(port),
        DJANGO_SETTINGS_MODULE="website.settings.production",
        LOG_LEVEL="WARNING",
    )


def manage(env, *args, settings=None, cwd=ROOT):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=cwd,
        env=dict(env, DJANGO_SETTINGS_MODULE=settings or env["DJANGO_SETTINGS_MODULE"]),
        check=True,
        stdout=subprocess.DEVNULL,
    )


# --- run inside Django (this script started again with --generate or --count) -------------------


def setup_django():
    sys.path.insert(0, str(Path.cwd()))
    import django

    django.setup()


def vocabulary(language):
    """The words of the demo pages in this language, most frequent first, with their counts."""
    from wagtail.models import Page

    from search.indexing import page_texts

    counts = {}
    for page in Page.objects.live().filter(locale__language_code=language, depth__gt=2).specific():
        for text in page_texts(page).values():
            for word in WORD.findall(text):
                counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda item: -item[1])


def sentence(rng, words, weights, low, high):
    return " ".join(rng.choices(words, cum_weights=weights, k=rng.randint(low, high)))


def generate(total):
    """Add guides until the site has `total` generated guides, then index the new ones."""
    setup_django()
    import uuid

    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Locale, Page

    from resources.models import GuideIndexPage, GuidePage
    from search.indexing import update_page

    rng = random.Random(total)
    have = Page.objects.filter(slug__startswith="scale-guide-").count()
    added = []
    for language, share in SHARES:
        count = round((total - have) * share)
        locale = Locale.objects.filter(language_code=language).first()
        index = GuideIndexPage.objects.filter(locale=locale).first() if locale else None
        template = GuidePage.objects.filter(locale=locale).live().first() if locale else None
        if not (count and index and template):
            continue
        counted = vocabulary(language)
        words = [w for w, _ in counted]
        weights, running = [], 0
        for _, n in counted:
            running += n
            weights.append(running)
        last = (
            Page.objects.filter(path__startswith=index.path, depth=index.depth + 1).order_by("-path").first()
        )
        first = int(last.path[-Page.steplen :], len(Page.alphabet)) + 1 if last else 1
        now = timezone.now()
        pages = []
        for n in range(count):
            title = sentence(rng, words, weights, 3, 6).capitalize()
            slug = f"scale-guide-{language}-{have + n}"
            number, digits = first + n, ""
            while number:
                number, rest = divmod(number, len(Page.alphabet))
                digits = Page.alphabet[rest] + digits
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type_id=template.content_type_id,
                    live=True,
                    url_path=f"{index.url_path}{slug}/",
                    path=index.path + digits.rjust(Page.steplen, Page.alphabet[0]),
                    depth=index.depth + 1,
                    translation_key=uuid.uuid4(),
                    locale=locale,
                    first_published_at=now,
                    last_published_at=now,
                )
            )
        with transaction.atomic():
            Page.objects.bulk_create(pages, batch_size=1000)
            ids = list(
                Page.objects.filter(path__in=[p.path for p in pages])
                .order_by("path")
                .values_list("pk", flat=True)
            )
            table = GuidePage._meta.db_table
            columns = [f.column for f in GuidePage._meta.local_concrete_fields if f.column != "page_ptr_id"]
            with connection.cursor() as cursor:
                for page_id in ids:
                    cursor.execute(
                        f"INSERT INTO {table} (page_ptr_id, {', '.join(columns)}) "  # noqa: S608
                        f"SELECT %s, {', '.join(columns)} FROM {table} WHERE page_ptr_id = %s",
                        [page_id, template.pk],
                    )
            for page_id in ids:
                body = [
                    {
                        "type": "text",
                        "value": f"<p>{sentence(rng, words, weights, 40, 90)}.</p>",
                        "id": str(uuid.uuid4()),
                    }
                    for _ in range(3)
                ]
                GuidePage.objects.filter(pk=page_id).update(
                    summary=sentence(rng, words, weights, 10, 20).capitalize() + ".",
                    search_words=", ".join(rng.choices(words, cum_weights=weights, k=4)),
                    body=json.dumps(body),
                )
            Page.objects.filter(pk=index.pk).update(numchild=index.numchild + len(ids))
        added += ids
    for start in range(0, len(added), 500):
        for page in Page.objects.filter(pk__in=added[start : start + 500]).specific():
            update_page(page)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # as autovacuum would soon: the planner needs the new tables' sizes
    print(f"{Page.objects.filter(slug__startswith='scale-guide-').count()} generated guides")


def count_queries():
    """The SQL queries of each benchmark search, and its first results (to see it finds something)."""
    setup_django()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(SERVER_NAME="localhost")
    figures = {}
    for _, language, text in QUERIES:
        url = f"/{language}/search/?q={urllib.parse.quote(text)}"
        client.get(url)  # the caches a first visit fills
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        results = response.context["results"] if response.context else None
        top = [entry.page.title[:30] for entry in (results or [])][:2]
        figures[text] = {"queries": len(queries.captured_queries), "status": response.status_code, "top": top}
    print(json.dumps(figures))


# --- the driver ------------------------------------------------------------------------------------


def wrk(url, duration):
    done = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{duration}s", url], capture_output=True, text=True, check=True, timeout=120
    )
    rate = re.search(r"Requests/sec:\s+([\d.]+)", done.stdout)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", done.stdout)
    return float(rate.group(1)) if rate else 0.0, int(errors.group(1)) if errors else 0


def serve(code, env, port):
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "-c", "gunicorn.conf.py"]
        + ["--workers", "2", "--threads", "1", "--max-requests", "0", "--bind", f"127.0.0.1:{port}"],
        cwd=code,
        env=dict(env, PORT=str(port)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(f"{base}/healthz", timeout=2)
            return server, base
        except OSError:
            time.sleep(0.2)
    os.killpg(server.pid, signal.SIGTERM)
    raise SystemExit("The server did not start")


def static_url(base):
    html = urllib.request.urlopen(f"{base}/en/", timeout=10).read().decode()
    return base + re.search(r'href="(/static/[^"]+\.css)"', html).group(1)


def measure(label, code, env, port, duration):
    counts = json.loads(
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "search_scale.py"), "--count"],
            cwd=code,
            env=dict(env, DJANGO_SETTINGS_MODULE="website.settings.dev"),
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    server, base = serve(code, env, port)
    try:
        static = static_url(base)
        wrk(static, 2)  # warm up
        for name, language, text in QUERIES:
            url = f"{base}/{language}/search/?q={urllib.parse.quote(text)}"
            wrk(url, 2)
            search_rate, errors = wrk(url, duration)
            static_rate, _ = wrk(static, duration)
            figure = counts[text]
            print(
                f"  {label:<8} {name:<10} {text!r:<20} search {search_rate:8.1f}/s  static {static_rate:8.1f}/s  "
                f"ratio {search_rate / static_rate if static_rate else 0:.3f}  "
                f"{figure['queries']:>2} SQL queries  non-2xx {errors}  top: {figure['top']}",
                flush=True,
            )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--postgres", help="URL of a PostgreSQL database of its own (emptied first)")
    parser.add_argument("--guides", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--port", type=int, default=8140)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--compare", help="another checkout whose code to measure as well (same database)")
    parser.add_argument("--generate", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--count", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        return generate(args.generate)
    if args.count:
        return count_queries()
    if not args.postgres:
        parser.error("--postgres is required")
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    folder = Path(tempfile.mkdtemp(prefix="search-scale-"))
    env = environment(args.postgres, folder / "static")
    try:
        print("Emptying the database, migrating, loading the demo content…", flush=True)
        subprocess.run(
            [
                sys.executable,
                "-c",
                "import django\ndjango.setup()\nfrom django.db import connection\n"
                "connection.cursor().execute('DROP SCHEMA public CASCADE; CREATE SCHEMA public;')",
            ],
            cwd=ROOT,
            env=dict(env, DJANGO_SETTINGS_MODULE="website.settings.dev"),
            check=True,
        )
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo_content", settings="website.settings.dev")
        manage(env, "collectstatic", "--noinput")
        for size in sorted(args.guides):
            started = time.monotonic()
            subprocess.run(
                [sys.executable, str(ROOT / "benchmarks" / "search_scale.py"), "--generate", str(size)],
                cwd=ROOT,
                env=dict(env, DJANGO_SETTINGS_MODULE="website.settings.dev"),
                check=True,
            )
            print(f"{size:,} guides generated and indexed in {time.monotonic() - started:.0f} s", flush=True)
            measure("this", ROOT, env, args.port, args.duration)
            if args.compare:
                measure("compare", Path(args.compare), env, args.port + 1, args.duration)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
