"""What an import did, row by row, for the command's output and the admin's result page."""

from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

CREATED = "created"
UPDATED = "updated"
UNCHANGED = "unchanged"
SKIPPED = "skipped"

ACTION_LABELS = {
    CREATED: _("created"),
    UPDATED: _("updated"),
    UNCHANGED: _("unchanged"),
    SKIPPED: _("skipped"),
}

DRY_RUN_ACTION_LABELS = {
    CREATED: _("would be created"),
    UPDATED: _("would be updated"),
    UNCHANGED: _("would stay unchanged"),
    SKIPPED: _("would be skipped"),
}


def action_labels(dry_run):
    """The label of each action, in the report's order, as a dry run or an import says it."""
    return DRY_RUN_ACTION_LABELS if dry_run else ACTION_LABELS


@dataclass
class RowResult:
    """One spreadsheet row: its number, identifier, what happened and why."""

    row: int
    identifier: str
    action: str
    reason: str = ""
    page_id: int | None = None
    title: str = ""
    dry_run: bool = False

    @property
    def action_label(self):
        return action_labels(self.dry_run)[self.action]


@dataclass
class ImportReport:
    """Every row's result, in file order, with totals per action."""

    file_name: str
    dry_run: bool = False
    publish: bool = False
    rows: list = field(default_factory=list)

    def add(self, row, identifier, action, reason="", page=None):
        result = RowResult(
            row=row,
            identifier=identifier,
            action=action,
            reason=str(reason),
            page_id=page.pk if page is not None else None,
            title=page.title if page is not None else "",
            dry_run=self.dry_run,
        )
        self.rows.append(result)
        return result

    @property
    def totals(self):
        """Rows per action, every action listed, in the order created, updated, unchanged,
        skipped."""
        counts = Counter(result.action for result in self.rows)
        return {action: counts[action] for action in ACTION_LABELS}

    @property
    def skipped(self):
        return [result for result in self.rows if result.action == SKIPPED]
