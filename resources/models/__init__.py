"""resources' page types and snippets, by sub-domain. Import them from here: `from resources.models import GuidePage`."""

from .guides import GuideIndexPage, GuidePage, Topic
from .tips import TopTipsPage
from .tools import SnapshotPage
from .training import (
    ChecklistPage,
    TrainingCoursePage,
    TrainingIndexPage,
    TrainingModulePage,
)

__all__ = [
    "ChecklistPage",
    "GuideIndexPage",
    "GuidePage",
    "SnapshotPage",
    "Topic",
    "TopTipsPage",
    "TrainingCoursePage",
    "TrainingIndexPage",
    "TrainingModulePage",
]
