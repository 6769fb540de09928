"""Read the Erasmus+ Project Results Platform export and import it as project examples."""

from icm_ebooth.importers.importer import BATCH_SIZE, import_project_examples
from icm_ebooth.importers.report import ImportReport, RowResult
from icm_ebooth.importers.sources import ImportFileError, read_table

__all__ = [
    "BATCH_SIZE",
    "ImportFileError",
    "ImportReport",
    "RowResult",
    "import_project_examples",
    "read_table",
]
