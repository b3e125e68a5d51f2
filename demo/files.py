"""Where the demo's data files live, and how they are read."""

from pathlib import Path

import yaml

CONTENT = Path(__file__).resolve().parent / "content"
TRANSLATIONS = Path(__file__).resolve().parent / "translations"


def read(path):
    """One YAML file of demo/content/, e.g. read("guides/register-with-a-gp.yaml")."""
    with (CONTENT / path).open(encoding="utf-8") as file:
        return yaml.safe_load(file)
