"""How each kind of text looks in the pack, read back from the PDF: its face, size and
colour (the title above the section headings above the body, labels and notes muted, a
warning in red), and how far apart its lines are."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from reportlab.lib.pagesizes import A4

from app.briefing import BriefingDocument, ReadinessSummary
from tests.briefing import pdf
from tests.briefing.sample import rich_package

TODAY = date(2026, 11, 20)
INK = pdf.rgb("#1F2933")
MUTED = pdf.rgb("#616E7C")
ACCENT = pdf.rgb("#1F4E79")
WARNING = pdf.rgb("#9B1C1C")
WHITE = (1.0, 1.0, 1.0)
BOLD, REGULAR = "bold", "regular"


def pack() -> bytes:
    return BriefingDocument(rich_package(departments=2), today=TODAY, paper=A4,
                            readiness=ReadinessSummary(40, ["Ask Finance"])).render()


Look = tuple[str, float, tuple[float, ...]]


def looks(data: bytes) -> dict[str, set[Look]]:
    """Each text, as every printing of it looks: (bold or regular, size, colour)."""
    seen: dict[str, set[Look]] = {}
    for page in range(len(pdf.reader(data).pages)):
        for text, font, size, colour in pdf.styled(data, page):
            face = BOLD if font.endswith("-Bold") else REGULAR
            seen.setdefault(" ".join(text.split()), set()).add((face, size, colour))
    return seen


def test_each_kind_of_text_has_its_face_size_and_colour() -> None:
    data = pack()
    seen = looks(data)
    expected = {
        # the cover: the marking in white on its band, the title, the facts, the score
        "Private briefing — do not distribute": (BOLD, 11.0, WHITE),
        "Date and time": (BOLD, 8.5, MUTED),
        "Purpose": (BOLD, 8.5, MUTED),
        "120 min": (REGULAR, 9.5, INK),
        "Prepared on 20 Nov 2026": (REGULAR, 8.5, MUTED),
        "Readiness": (BOLD, 12.0, ACCENT),
        "40 / 100": (BOLD, 28.0, ACCENT),
        f"Page 1 of {len(pdf.reader(data).pages)}": (REGULAR, 8.0, MUTED),
        # the body pages: a section's heading, a list, a table's head, names and notes
        "Where things stand": (BOLD, 16.0, ACCENT),
        "• G1 Cut the monthly close from 5 to 3 days": (REGULAR, 9.5, INK),
        "Department": (BOLD, 8.0, INK),
        "Decides": (REGULAR, 8.5, INK),
        "influence 5/5": (REGULAR, 7.5, MUTED),
        "G1 Cut the monthly close from 5 to 3 days": (BOLD, 10.0, INK),
        "No prepared response yet.": (BOLD, 9.5, WARNING),
    }
    # the contents list the section headings too, in the small muted type of notes
    assert seen["Where things stand"] == {expected["Where things stand"], (REGULAR, 8.5, MUTED)}
    assert {text: look for text, look in expected.items() if look not in seen.get(text, ())} == {}
    # the meeting's title: large on the cover, small and muted in the running header
    assert seen["Plataforma de datos de clientes —"] == {(BOLD, 24.0, ACCENT),
                                                         (REGULAR, 8.0, MUTED)}


def test_the_running_header_is_small_and_muted_under_the_cover() -> None:
    data = pack()
    small = [text for text, _f, size, _c in pdf.styled(data, 0) if size == 8.0]
    # no running header on the cover: only the footer
    assert small == [f"Page 1 of {len(pdf.reader(data).pages)}\n"]
    header = pdf.styled(data, 1)[:4]
    assert " ".join("".join(t for t, *_ in header).split()) == (
        "Plataforma de datos de clientes — 客户数据平台 Q1 kickoff"
        " Private briefing — do not distribute")
    assert {(size, colour) for _t, _f, size, colour in header} == {(8.0, MUTED)}
    assert not any(font.endswith("-Bold") for _t, font, _s, _c in header)


def lines_of(data: bytes, paragraph: str) -> list[tuple[float, float]]:
    """Where each line of the first printing of ``paragraph`` begins: (x, y)."""
    for page in range(len(pdf.reader(data).pages)):
        drawn = [(t.strip(), x, y) for t, x, y, first in pdf.drawn(data, page)
                 if first and t.strip()]
        for index, (text, _x, _y) in enumerate(drawn):
            if paragraph.startswith(text):
                block = []
                for line, x, y in drawn[index:]:
                    if line not in paragraph:
                        break
                    block.append((x, y))
                return block
    raise AssertionError(f"{paragraph!r} is not printed")


def test_lines_of_text_are_as_far_apart_as_their_size_asks_and_lists_are_indented() -> None:
    package = rich_package(departments=1)
    package.meeting.purpose = " ".join(["Agree the plan and the first pilot region."] * 8)
    okr = " ".join(["Close in three days by the second quarter."] * 5)
    package.departments[0].okrs = [okr]
    data = BriefingDocument(package, today=TODAY, paper=A4).render()
    body = lines_of(data, package.meeting.purpose)
    bullet = lines_of(data, f"• {okr}")
    assert len(body) >= 3 and len(bullet) >= 2
    assert {round(a[1] - b[1], 2) for a, b in pairwise(body)} == {13.0}  # body leading
    assert {round(a[1] - b[1], 2) for a, b in pairwise(bullet)} == {13.0}
    margin = (A4[0] - (210 - 36) * 72 / 25.4) / 2
    assert {round(x - margin, 2) for x, _y in body} == {0.0}
    assert {round(x - margin, 2) for x, _y in bullet} == {12.0}  # a list sits 12 pt in
