"""One catalogue of user-facing errors: each message says what, where, and what to do."""

from __future__ import annotations


class Errors:
    E001 = "file not found"
    E002 = "is a directory, not a file (pass the files inside it, or a glob)"
    E003 = "file is empty"
    E004 = "looks like a binary file, not text (a {kind} file?)"
    E005 = "file is {size}, over the limit of {limit}: split it into smaller files"
    E006 = "cannot read the file: {reason}"
    E007 = "unsupported file type '{suffix}' (supported: {supported})"
    E008 = "PDF has no text layer (a scan?): run OCR on it first"
    E009 = "PDF is password-protected: remove the password and import it again"
    E010 = "file is damaged or not a valid {kind} file: {reason}"
    E011 = "no article text found in the page"
    E012 = "text could not be decoded in any known encoding"
    E013 = "not a Claimdesk project file"
    E014 = (
        "project was written by a newer Claimdesk (schema {found} > {supported}): "
        "update Claimdesk"
    )
    E015 = "cannot write '{target}': {reason}"
    E016 = "publication date '{value}' is not a date (use YYYY-MM-DD)"
    # A warning on a document, not an error: the checker may give the date (the Date cell)
    W001 = 'publication date not found: relative dates ("last week") left unresolved'
    E017 = (
        "{name}: extraction failed on this document ({error}); the other documents were "
        "extracted — please report it with the file"
    )
    E018 = (
        "does not read as a news report ({reason}): a log, a data dump or a table is not "
        "read for claims; import the article's text"
    )
    # Project file, exports and the review round trip (E030-E039)
    E030 = "project '{path}' already exists: open it, or choose another name"
    E031 = "cannot write the project '{path}': {reason} (disk full, or the file read-only?)"
    E032 = "cannot correct '{field}' of claim {claim_id}: {reason}"
    E033 = "{what} '{item_id}' is not in the project"
    E034 = "ids already in the project ({ids}): re-extract to replace a document's claims"
    E035 = (
        "'{target}' is open in another program or was not closed cleanly: open it in "
        "Claimdesk once, or choose another name"
    )
    E036 = "cannot read the reviewed workbook '{path}': {reason}"
    E037 = (
        "the workbook has no '{sheet}' sheet with columns {columns}: import a workbook "
        "exported by Claimdesk"
    )
    E038 = "a ClaimReview export names its publisher: pass the organisation's name"
    E039 = "'{path}' is a folder, not a Claimdesk project: give the .claimdesk file"
    E040 = (
        "the project '{path}' is damaged and cannot be read ({reason}): open a backup, or "
        "re-extract the sources into a new project"
    )
    E041 = (
        "'{path}' is in use: another Claimdesk window or program has this project open "
        "(close it there, then try again)"
    )
    E042 = (
        "the project '{path}' is open read-only ({reason}): edits cannot be saved; use "
        "File ▸ Save a Copy to keep working in a folder you can write to"
    )
    E043 = (
        "the project '{path}' was made by {which} Claimdesk: its tables do not match "
        "schema version {version} ({reason}); open it with the Claimdesk that made it"
    )
    E044 = "{table}: {rows} cannot be read ({reason})"
    # Numbers and qualifiers (E050-E054)
    E050 = (
        "'{phrase}' names an unknown qualifier '{qualifier}' in rules/qualifiers.json: use "
        "one of exact, at_least, more_than, nearly, approx, up_to, less_than, range, vague"
    )
    E051 = "a range starting at {value} needs its upper end: pass high_value to interval()"
    # The installation itself (E060-E064)
    E060 = (
        "Claimdesk's installation is incomplete: {what} missing (looked in {where}); "
        "reinstall Claimdesk"
    )
    E061 = (
        "running on a Dask cluster needs the cluster extra: pip install 'claimdesk[cluster]' "
        "(in a checkout: ./run setup installs it)"
    )
    # The list of sources given with --sources (E070-E074)
    E070 = "row {row}: file '{file}' is not in this batch (pass it too, or drop the row)"
    E071 = "row {row}: publication date '{value}' of '{file}' is not a date (use YYYY-MM-DD)"
    E072 = "no header row naming a 'file' column (columns: file,published,outlet,title,url)"
    E073 = "row {row}: file '{file}' is listed twice"


class ClaimdeskError(Exception):
    """Base of every error Claimdesk raises on purpose."""


class InputError(ClaimdeskError):
    """A file that cannot be imported; ``str(err)`` is one line naming the file."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class ProjectError(ClaimdeskError):
    """A project file that cannot be opened or written."""


class ExportError(ClaimdeskError):
    """An export that could not be written; the previous file, if any, is untouched."""
