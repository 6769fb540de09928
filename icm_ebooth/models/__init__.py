"""The e-Booth content model. Page types and snippets are importable from here."""

from icm_ebooth.models.booth import BoothPage, FairPage
from icm_ebooth.models.events import EventIndexPage, EventPage
from icm_ebooth.models.finder_facts import ProjectFinderFacts
from icm_ebooth.models.imports import ProjectImport, ProjectImportRow
from icm_ebooth.models.metrics import DailyCount, DailyVisitors
from icm_ebooth.models.projects import ProjectExampleIndexPage, ProjectExamplePage, ProjectPartner
from icm_ebooth.models.questions import Question, question_recipient
from icm_ebooth.models.resources import ResourceLibraryPage
from icm_ebooth.models.snippets import Contact
from icm_ebooth.models.topics import TopicPage

__all__ = [
    "BoothPage",
    "Contact",
    "DailyCount",
    "DailyVisitors",
    "EventIndexPage",
    "EventPage",
    "FairPage",
    "ProjectExampleIndexPage",
    "ProjectExamplePage",
    "ProjectFinderFacts",
    "ProjectImport",
    "ProjectImportRow",
    "ProjectPartner",
    "Question",
    "ResourceLibraryPage",
    "TopicPage",
    "question_recipient",
]
