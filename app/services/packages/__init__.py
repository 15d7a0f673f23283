"""Meeting packages (``.prewire.json``): read and check, import, export, and the JSON Schema.

The format is a public contract, described in package-format.md.
"""

from app.services.packages.exporting import dumps, export_package, package_bytes
from app.services.packages.importing import import_document, import_in, import_package
from app.services.packages.reading import (
    MAX_PROBLEMS,
    PackageError,
    read_package,
    read_package_file,
)
from app.services.packages.report import ImportReport
from app.services.packages.schema import schema_bytes, schema_path, write_schema

__all__ = [
    "MAX_PROBLEMS",
    "ImportReport",
    "PackageError",
    "dumps",
    "export_package",
    "import_document",
    "import_in",
    "import_package",
    "package_bytes",
    "read_package",
    "read_package_file",
    "schema_bytes",
    "schema_path",
    "write_schema",
]
