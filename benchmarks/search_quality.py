#!/usr/bin/env python
"""How often search puts the guide a reader means in the top 3, per language, on SQLite and PostgreSQL.

The queries below are what a reader might type (typos, missing accents, other word forms, two words),
each with the slug of the guide that answers it. They were written before the search was tuned.

    .venv/bin/python benchmarks/search_quality.py                       # SQLite (a fresh temporary database)
    .venv/bin/python benchmarks/search_quality.py --postgres postgres://postgres@127.0.0.1:5432/website_bench

Each database is migrated and given the demo content (`load_demo_content`), then every query goes
through the same search as the search page (promoted results first). A PostgreSQL database named
with --postgres is emptied first (all its tables are dropped): give it a database of its own.
Prints the share in the top 3 per language and database, and the queries that missed.
Exit status 1 when a language is under 90 % on PostgreSQL.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL = 0.9
REGISTER, FAST, INTERPRETER = "register-with-a-gp", "get-help-fast", "ask-for-an-interpreter"

QUERIES = {
    "en": [
        ("registr gp", REGISTER),
        ("regster with a doctor", REGISTER),
        ("doctor no address", REGISTER),
        ("interpeter", INTERPRETER),
        ("translator for appointment", INTERPRETER),
        ("emergancy", FAST),
        ("111 number", FAST),
        ("chest pain", FAST),
        ("pharmacy medicine", "get-medicine-from-a-pharmacy"),
        ("chemist", "get-medicine-from-a-pharmacy"),
        ("toothache", "see-a-dentist"),
        ("dentists", "see-a-dentist"),
        ("pregnant", "maternity-care"),
        ("midwife", "maternity-care"),
        ("suicidal thoughts", "mental-health-crisis"),
        ("std test", "sexual-health-clinics"),
        ("contraception", "sexual-health-clinics"),
    ],
    "ar": [
        ("تسجيل طبيب", REGISTER),
        ("الطبيب العام", REGISTER),
        ("سجل عند الطبيب", REGISTER),
        ("بدون عنوان", REGISTER),
        ("مترجم", INTERPRETER),
        ("مترجمة", INTERPRETER),
        ("ترجمه", INTERPRETER),
        ("طوارئ", FAST),
        ("الطوارئ 999", FAST),
        ("رقم 111", FAST),
        ("اسعاف", FAST),
        ("مساعده سريعه", FAST),
    ],
    "pl": [
        ("lekarz rodzinny", REGISTER),
        ("rejestracja u lekarza", REGISTER),
        ("zapisac sie do lekarza", REGISTER),
        ("przychodnia", REGISTER),
        ("bez dowodu osobistego", REGISTER),
        ("tlumacz", INTERPRETER),
        ("tłumaczka", INTERPRETER),
        ("potrzebuje tłumacza", INTERPRETER),
        ("pogotowie", FAST),
        ("nagły wypadek", FAST),
        ("numer 111", FAST),
        ("szybka pomoc", FAST),
    ],
    "so": [
        ("dhakhtar", REGISTER),
        ("isdiiwaangeli dhakhtarka", REGISTER),
        ("diwaangelin", REGISTER),
        ("cinwaan la'aan", REGISTER),
        ("turjumaan", INTERPRETER),
        ("turjubaan", INTERPRETER),
        ("codso turjumaanka", INTERPRETER),
        ("gargaar degdeg ah", FAST),
        ("caawimaad dhakso", FAST),
        ("xaalad khatar", FAST),
        ("ambalaas", FAST),
        ("999", FAST),
    ],
    "uk": [
        ("сімейний лікар", REGISTER),
        ("реєстрація у лікаря", REGISTER),
        ("зареєструватись", REGISTER),
        ("без документів", REGISTER),
        ("перекладач", INTERPRETER),
        ("потрібен перекладач", INTERPRETER),
        ("переклад", INTERPRETER),
        ("швидка допомога", FAST),
        ("термінова допомога", FAST),
        ("надзвичайна ситуація", FAST),
        ("номер 111", FAST),
        ("швидку викликати", FAST),
    ],
    "ur": [
        ("جی پی رجسٹر", REGISTER),
        ("ڈاکٹر کے پاس رجسٹریشن", REGISTER),
        ("رجسٹر", REGISTER),
        ("پتے کے بغیر", REGISTER),
        ("امیگریشن اسٹیٹس", REGISTER),
        ("ترجمان", INTERPRETER),
        ("مترجم", INTERPRETER),
        ("ترجمہ", INTERPRETER),
        ("ایمرجنسی", FAST),
        ("فوری مدد", FAST),
        ("ایمبولینس", FAST),
        ("111 پر کال", FAST),
    ],
}


def measure():
    """In a child process with Django set up: the top-3 figures as JSON on stdout."""
    import django

    django.setup()
    from wagtail.models import Locale

    from search import query as ranked
    from search.views import clean_query

    figures = {}
    for language, queries in QUERIES.items():
        locale = Locale.objects.get(language_code=language)
        hits, firsts, misses = 0, 0, []
        for text, slug in queries:
            outcome = ranked.run(clean_query(text), locale)
            top = [p.page.slug for p in outcome.promoted]
            top += [entry.page.slug for entry in outcome.results[:3]]
            firsts += bool(top) and top[0] == slug
            if slug in top[:3]:
                hits += 1
            else:
                misses.append(f"{text} → {', '.join(top[:3]) or 'nothing'} (wanted {slug})")
        figures[language] = {"hits": hits, "firsts": firsts, "total": len(queries), "misses": misses}
    print(json.dumps(figures))


def run_manage(env, *args):
    done = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if done.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{done.stderr[-3000:]}")


def prepare_and_measure(label, database_url):
    env = dict(
        os.environ,
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="website.settings.dev",
        LOG_LEVEL="WARNING",
    )
    if database_url.startswith("postgres"):
        subprocess.run(
            [sys.executable, "-c", RESET_POSTGRES], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
        )
    print(f"{label}: migrating and loading the demo content…", file=sys.stderr)
    run_manage(env, "migrate", "--no-input")
    run_manage(env, "load_demo_content")
    result = subprocess.run(
        [sys.executable, __file__, "--measure"], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


RESET_POSTGRES = """
import django
django.setup()
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", help="a PostgreSQL DATABASE_URL to use (emptied first)")
    parser.add_argument("--no-sqlite", action="store_true", help="measure PostgreSQL only")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        sys.path.insert(0, str(ROOT))
        return measure()
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        if not args.no_sqlite:
            results["SQLite"] = prepare_and_measure("SQLite", f"sqlite:///{folder}/search_quality.sqlite3")
        if args.postgres:
            results["PostgreSQL"] = prepare_and_measure("PostgreSQL", args.postgres)
    failed = False
    print("Share of queries whose guide is in the top 3 (and first)")
    print(f"{'language':<10}" + "".join(f"{name:>24}" for name in results))
    for language in QUERIES:
        row = f"{language:<10}"
        for name, figures in results.items():
            hits, total = figures[language]["hits"], figures[language]["total"]
            firsts = figures[language]["firsts"]
            row += f"{hits / total:>9.0%} {hits:>2}/{total:<2} (first {firsts / total:.0%})"
            failed = failed or (name == "PostgreSQL" and hits / total < GOAL)
        print(row)
    for name, figures in results.items():
        for language, figure in figures.items():
            for miss in figure["misses"]:
                print(f"  missed ({name}, {language}): {miss}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
