"""What an import did, as sentences for the user."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.i18n import N_, _, ngettext

# profile fields, as the report names them
FIELD_NAMES = {
    "name": N_("name"), "function": N_("function"), "workflow": N_("workflow"),
    "focus": N_("focus"), "okrs": N_("OKRs"), "pressures": N_("pressures"),
    "history": N_("history"), "role": N_("role"), "contact": N_("contact"),
    "influence": N_("influence"), "interest": N_("interest"), "notes": N_("notes"),
}


def field_list(names: list[str]) -> str:
    return ", ".join(_(FIELD_NAMES[name]) for name in names)


@dataclass
class ImportReport:
    """The meeting an import added, and how its departments met the workspace's profiles."""

    meeting_id: int
    title: str
    departments_added: int = 0
    people_added: int = 0
    #: profiles and people the meeting now shares with the workspace
    linked: list[str] = field(default_factory=list)
    #: empty workspace fields filled from the package
    filled: list[str] = field(default_factory=list)
    #: fields where the package differed and the workspace's value was kept
    kept: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The report, one sentence a line (translated)."""
        lines = [_("Imported {title} as meeting {id}.").format(
            title=" ".join(self.title.split()), id=self.meeting_id)]
        lines.append(ngettext(
            "{count} new department profile", "{count} new department profiles",
            self.departments_added).format(count=self.departments_added)
            + "; " + ngettext("{count} new person", "{count} new people",
                              self.people_added).format(count=self.people_added))
        return lines + self.linked + self.filled + self.kept
