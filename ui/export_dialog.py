"""The briefing dialog: the private pack or the participants' pre-read, its sections, and for
a pre-read the departments it goes to (recorded as sent once it is written or printed)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.i18n import _
from app.services.briefing import PRE_READ_SECTIONS, SECTIONS


@dataclass(frozen=True)
class BriefingChoice:
    """What the user chose: which document, and its sections in print order."""

    pre_read: bool
    sections: tuple[str, ...]
    #: the departments (participation ids) the pre-read goes to, to record it as sent to
    #: each; empty: record nothing
    sent_to: tuple[int, ...] = ()


def section_label(key: str) -> str:
    """The name of a section as the dialog lists it."""
    labels = {
        "cover": _("Cover"),
        "goals": _("Goals and indicators"),
        "departments": _("Departments at a glance"),
        "dossiers": _("Department dossiers"),
        "objections": _("Objections and prepared responses"),
        "suggestions": _("Suggestions and credits"),
        "agenda": _("Agenda with time boxes"),
        "follow_up": _("Follow-up sheet"),
    }
    return labels.get(key, key)


def section_help(key: str) -> str:
    """What a section holds, for its tooltip."""
    texts = {
        "cover": _("The meeting: what, when, where and why; in the private pack also how "
                   "ready it is and what is still missing."),
        "goals": _("What the leader expects, each goal's indicator, benefits and evidence."),
        "departments": _("One page: every department's stance, readiness and top concern."),
        "dossiers": _("A page per department: people, pressures, history, touchpoints and "
                      "what they want."),
        "objections": _("Anticipated objections and risks with their root causes and your "
                        "prepared responses."),
        "suggestions": _("Who suggested what, the decision, and the thanks to say."),
        "agenda": _("The agenda's sections, presenters and time boxes."),
        "follow_up": _("Decisions and actions so far, and ruled rows to write on by hand."),
    }
    return texts.get(key, "")


class BriefingDialog(QDialog):
    """Asks which document to make and which sections it holds (each document remembers its own)."""

    def __init__(self, parent: QWidget | None, *, title: str, verb: str, pre_read: bool,
                 remembered: Mapping[bool, Sequence[str] | None] | None = None,
                 recipients: Callable[[], Sequence[tuple[int, str]]] | None = None) -> None:
        """``recipients`` gives the meeting's departments (participation id, name) a pre-read
        may be recorded as sent to; None: nothing is recorded (a read-only workspace)."""
        super().__init__(parent)
        self.setObjectName("briefing_dialog")
        self.setWindowTitle(title)
        remembered = remembered or {}
        self._checked = {variant: self._initial(variant, remembered.get(variant))
                         for variant in (False, True)}
        self.pack_button = QRadioButton(_("Private &briefing pack"), self)
        self.pack_button.setObjectName("variant_pack")
        self.pre_read_button = QRadioButton(_("Participants' p&re-read"), self)
        self.pre_read_button.setObjectName("variant_pre_read")
        self._variants = QButtonGroup(self)
        self._variants.addButton(self.pack_button)
        self._variants.addButton(self.pre_read_button)
        self.boxes: dict[str, QCheckBox] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(verb, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("briefing_ok")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._variant_group())
        layout.addWidget(self._section_group())
        self._recipients = recipients
        self.sent_group = self._sent_group()
        layout.addWidget(self.sent_group)
        layout.addWidget(self.buttons)
        self._pre_read = pre_read
        (self.pre_read_button if pre_read else self.pack_button).setChecked(True)
        self._show_variant()
        self.pre_read_button.toggled.connect(self._variant_changed)
        # wrapped explanations need a width to wrap at, or the dialog opens tall and narrow;
        # a fixed size follows the layout's height for that width (a resizable dialog was
        # sized too short for the wrapped note, and grows or shrinks as the note comes and goes)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

    @staticmethod
    def _initial(pre_read: bool, sections: Sequence[str] | None) -> set[str]:
        valid = PRE_READ_SECTIONS if pre_read else SECTIONS
        chosen = {key for key in sections or () if key in valid}
        return chosen or set(valid)

    # -- building --------------------------------------------------------------------------
    def _explanation(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        style = self.style()
        # lined up with the radio button's text, under its indicator
        label.setIndent(style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
                        + style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing))
        return label

    def _variant_group(self) -> QGroupBox:
        group = QGroupBox(_("Document"), self)
        layout = QVBoxLayout(group)
        layout.addWidget(self.pack_button)
        layout.addWidget(self._explanation(_(
            "For you alone, to carry into the room: readiness, every department's stance, "
            "dossiers, objections with your prepared responses, and a follow-up sheet."), group))
        layout.addWidget(self.pre_read_button)
        layout.addWidget(self._explanation(_(
            "To send to participants ahead of the meeting: the meeting, its goals and "
            "evidence, the agenda and the adopted suggestions with credit. It leaves out "
            "your assessments (stances, readiness, pressures, root causes, touchpoints) "
            "and every private note."), group))
        return group

    def _section_group(self) -> QGroupBox:
        group = QGroupBox(_("Sections"), self)
        layout = QVBoxLayout(group)
        for key in SECTIONS:
            box = QCheckBox(section_label(key), group)
            box.setObjectName(f"section_{key}")
            box.toggled.connect(self._update_ok)
            self.boxes[key] = box
            layout.addWidget(box)
        all_button = QPushButton(_("Select &all"), group)
        all_button.setObjectName("select_all")
        all_button.clicked.connect(lambda: self._select(True))
        none_button = QPushButton(_("Select n&one"), group)
        none_button.setObjectName("select_none")
        none_button.clicked.connect(lambda: self._select(False))
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.pre_read_note = QLabel(_(
            "The greyed sections hold your own assessment: they never go into a pre-read."),
            group)
        self.pre_read_note.setObjectName("pre_read_note")
        self.pre_read_note.setWordWrap(True)
        layout.addWidget(self.pre_read_note)
        return group

    def _sent_group(self) -> QGroupBox:
        group = QGroupBox(_("Record as sent"), self)
        group.setObjectName("sent_group")
        note = QLabel(_("Each department checked gets a touchpoint dated today saying the "
                        "pre-read was sent, once it is written or printed. You can undo it."),
                      group)
        note.setWordWrap(True)
        self.sent_list = QListWidget(group)
        self.sent_list.setObjectName("sent_to")
        self.sent_list.setAccessibleName(_("Sent to"))
        self.sent_list.setMaximumHeight(self.fontMetrics().height() * 7)
        self.dont_record = QCheckBox(_("&Don't record"), group)
        self.dont_record.setObjectName("dont_record")
        self.dont_record.toggled.connect(lambda off: self.sent_list.setEnabled(not off))
        layout = QVBoxLayout(group)
        layout.addWidget(note)
        layout.addWidget(self.sent_list)
        layout.addWidget(self.dont_record)
        self._filled = False
        return group

    def _fill_recipients(self) -> None:
        # read once, when the pre-read is first chosen: the pack needs no list
        self._filled = True
        assert self._recipients is not None
        for part_id, name in self._recipients():
            item = QListWidgetItem(" ".join(name.split()), self.sent_list)
            item.setData(Qt.ItemDataRole.UserRole, part_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)

    # -- following the user ----------------------------------------------------------------
    def _variant_changed(self, pre_read: bool) -> None:
        self._checked[self._pre_read] = {k for k, box in self.boxes.items() if box.isChecked()}
        self._pre_read = pre_read
        self._show_variant()

    def _show_variant(self) -> None:
        chosen = self._checked[self._pre_read]
        for key, box in self.boxes.items():
            allowed = not self._pre_read or key in PRE_READ_SECTIONS
            box.setEnabled(allowed)
            box.setChecked(allowed and key in chosen)
            box.setToolTip(section_help(key) if allowed else _(
                "Not in a pre-read: this section holds your own assessment, which "
                "participants should not see."))
        self.pre_read_note.setVisible(self._pre_read)
        if self._pre_read and self._recipients is not None and not self._filled:
            self._fill_recipients()
        self.sent_group.setVisible(self._pre_read and self.sent_list.count() > 0)
        self._update_ok()

    def _select(self, checked: bool) -> None:
        for box in self.boxes.values():
            if box.isEnabled():
                box.setChecked(checked)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(any(box.isChecked() for box in self.boxes.values()))

    def choice(self) -> BriefingChoice:
        """The document and sections as they stand (sections in print order)."""
        sent_to: tuple[int, ...] = ()
        if self._pre_read and not self.dont_record.isChecked():
            items = (self.sent_list.item(row) for row in range(self.sent_list.count()))
            sent_to = tuple(int(item.data(Qt.ItemDataRole.UserRole)) for item in items
                            if item.checkState() == Qt.CheckState.Checked)
        return BriefingChoice(self._pre_read, tuple(
            key for key in SECTIONS if self.boxes[key].isChecked()), sent_to)
