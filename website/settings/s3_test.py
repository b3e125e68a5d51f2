"""Test settings with uploads in object storage, read from AWS_* like production (for a second process
in website/tests/test_object_storage.py)."""

from .base import STORAGES as BASE_STORAGES
from .test import *  # noqa: F403
from .test import STORAGES

STORAGES = {**STORAGES, "default": BASE_STORAGES["default"]}
