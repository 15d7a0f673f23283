"""The pack says what is true, and says it in order: every check reads the PDF back."""

from __future__ import annotations

import re
from datetime import date

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm

from app.briefing import BriefingDocument, Kind, ReadinessSummary, default_fonts
from app.briefing.context import CONTENT_WIDTH
from app.briefing.document import BOTTOM, TOP
from app.briefing.paper import paper_for, preferred_paper
from app.domain.enums import DemandKind, DemandStatus, SuggestionDecision
from app.domain.package import DemandDoc, MeetingPackage, SuggestionDoc
from tests.briefing import pdf
from tests.briefing.sample import rich_package

TODAY = date(2026, 11, 20)
FORBIDDEN_STARTS = "，；。、："


def render(package: MeetingPackage, **options: object) -> bytes:
    return BriefingDocument(package, today=TODAY, **options).render()  # type: ignore[arg-type]


def flat(data: bytes) -> str:
    return " ".join(pdf.text(data).split())


def suggestions_package() -> MeetingPackage:
    package = rich_package(departments=2)
    made = [("ADOPTED", SuggestionDecision.adopted), ("ADAPTED", SuggestionDecision.adapted),
            ("PENDING", SuggestionDecision.pending), ("DECLINED", SuggestionDecision.declined)]
    package.suggestions = [
        SuggestionDoc(id=f"s{word}", department="dep1", person="p1b", text=f"Idea {word}",
                      decision=decision, credit=True, incorporation=f"Because {word}")
        for word, decision in made
    ]
    return package


def test_thanks_only_for_adopted_or_adapted_suggestions() -> None:
    text = flat(render(suggestions_package(), sections=["suggestions"]))
    thanks = re.findall(r"Thanks to .{0,120}?Idea (\w+)", text)
    assert thanks == ["ADOPTED", "ADAPTED"]
    assert text.count("Thank Begoña Ibáñez 1 (Finanzas y Contabilidad 1) for the suggestion") == 2
    # declined but credited: acknowledged, with the reason, never thanked
    assert re.search(r"Acknowledge Begoña Ibáñez 1 .{0,80}Idea DECLINED .{0,30}Why not "
                     r"Because DECLINED", text)
    assert ("Acknowledge Begoña Ibáñez 1 (Finanzas y Contabilidad 1)'s suggestion and explain "
            "why it was not taken.") in text
    # pending: a decision still to make
    decide = text[text.index("Decisions still to make"):]
    assert "Idea PENDING" in decide and "Idea PENDING" not in text[:text.index(
        "Decisions still to make")]


def test_the_pre_read_never_credits_pending_or_declined_suggestions() -> None:
    data = render(suggestions_package(), kind=Kind.pre_read)
    text = flat(data) + pdf.poppler_text(data)
    assert "Idea ADOPTED" in text and "Idea ADAPTED" in text
    assert "PENDING" not in text and "DECLINED" not in text


def ranked_package() -> MeetingPackage:
    package = rich_package(departments=3)
    package.departments[0].people[0].influence = 2  # dep1's weight: 3 (its second person)
    package.departments[1].people[0].influence = 5
    package.departments[2].people[0].influence = 4
    package.demands = [
        DemandDoc(id="low", department="dep1", text="LOW influence objection"),
        DemandDoc(id="closed", department="dep2", text="CLOSED objection",
                  status=DemandStatus.addressed),
        DemandDoc(id="top", department="dep2", text="TOP influence objection"),
        DemandDoc(id="mid", department="dep3", kind=DemandKind.risk, text="MID influence risk"),
    ]
    return package


def test_the_summary_page_ranks_open_objections_by_influence() -> None:
    data = render(ranked_package(), readiness=ReadinessSummary(40, ["Goal X has no owner"]))
    summary = " ".join(pdf.page_texts(data)[1].split())
    for part in ("Where things stand", "The ask", "What the leader expects", "Decisions needed",
                 "Who stands where", "Top open objections", "Still missing",
                 "Goal X has no owner"):
        assert part in summary
    order = [summary.index(t) for t in ("TOP influence", "MID influence", "LOW influence")]
    assert order == sorted(order)
    assert "CLOSED objection" not in summary


def test_the_qa_sheet_puts_open_and_influential_objections_first() -> None:
    text = flat(render(ranked_package(), sections=["objections"]))
    order = [text.index(t) for t in ("TOP influence", "MID influence", "LOW influence",
                                     "CLOSED objection")]
    assert order == sorted(order)
    assert "Open risk" in text and "Objection addressed" in text


def test_the_grid_is_drawn_with_each_person_in_their_cell() -> None:
    package = rich_package(departments=2)
    data = render(package, sections=["departments"])
    page = next(i for i, t in enumerate(pdf.page_texts(data)) if "Power and interest" in t)
    ops = pdf.content(data, page)
    assert ops.count(b" re") >= 3 and ops.count(b" l\n") + ops.count(b" l ") >= 8  # vectors
    drawn = [(t.strip(), x, y) for t, x, y, _s in pdf.drawn(data, page) if t.strip()]
    # the interest axis: 1..5 on one line, centred under the five columns
    axis_y = next(y for t, _x, y in drawn if t == "Interest →") + 1
    numbers = [(x, t) for t, x, y in drawn if t in "12345" and axis_y < y < axis_y + 25]
    assert [t for _x, t in sorted(numbers)] == ["1", "2", "3", "4", "5"]
    first, step = min(numbers)[0], (max(numbers)[0] - min(numbers)[0]) / 4
    on_grid = [(t, x) for t, x, y in drawn if y > axis_y + 25]  # the attendee list is below
    for department in package.departments:
        for person in department.people:
            # a name is drawn in runs (Chinese, then Latin): its first run starts it
            x = next(x for t, x in on_grid if len(t) > 1 and person.name.startswith(t))
            column = round((x - first) / step) + 1  # names are centred in the cell
            assert column == person.interest, person.name


def test_bookmarks_contents_author_and_subject() -> None:
    package = rich_package(departments=2)
    data = BriefingDocument(package, today=TODAY, author="Begoña Ibáñez").render()
    marks = pdf.outline(data)
    titles = [title for _level, title, _page in marks]
    for title in ("Where things stand", "Goals and indicators", "Department dossiers",
                  "Objections and prepared responses", "Agenda", "Follow-up sheet",
                  package.departments[0].name, package.departments[1].name):
        assert title in titles
    assert [level for level, title, _p in marks if title == package.departments[0].name] == [1]
    meta = pdf.reader(data).metadata
    assert meta is not None
    assert meta.author == "Begoña Ibáñez"
    assert meta.subject == f"Private briefing — do not distribute: {package.meeting.title}"
    # the contents on the cover give each section's first page, on the title's line
    drawn = [(t.strip(), x, y) for t, x, y, _s in pdf.drawn(data, 0) if t.strip()]
    for title in ("Agenda", "Department dossiers"):
        page = next(p for _l, t, p in marks if t == title)
        line_x, line_y = next((x, y) for t, x, y in drawn if t == title)
        column = CONTENT_WIDTH / 2  # the contents run in two columns
        assert [t for t, x, y in drawn if abs(y - line_y) < 2 and line_x < x < line_x + column
                and t != title] == [str(page)]
    assert BriefingDocument(package, today=TODAY).render() and (
        pdf.reader(render(package, sections=["agenda"])).metadata.author == "Prewire")


def test_a_chinese_heading_is_bold() -> None:
    fonts = default_fonts()
    data = render(rich_package(departments=1, language="zh_CN"), sections=["goals"])
    ops = pdf.content(data, 0)
    # the h1 heading ("目标与指标", 16 pt) is the only 16 pt text of the page
    heading = ops[:ops.index(b" 16 Tf")]
    heading = heading[heading.rindex(b"BT"):]
    if fonts.cjk_synthetic_bold:
        assert b"2 Tr" in heading  # filled and stroked: the synthetic bold
        assert b"2 Tr" not in ops[:ops.index(b"BT")]
    else:
        assert any(fonts.cjk_bold in name for name in pdf.fonts(data))


def test_no_line_starts_with_a_mark_that_may_not_start_one() -> None:
    package = rich_package(departments=4, language="zh_CN")
    clause = "年底经销商库存偏高，「果漾」的临期退货还没处理完；销售预测可能再次大幅偏差。"
    for demand in package.demands:
        demand.text = clause * 3
        demand.response = "我们承担分析师的工作、每周只占用一小时：" + clause
    data = render(package)
    lines = [line.strip() for line in pdf.text(data).splitlines() if line.strip()]
    assert [line for line in lines if line[0] in FORBIDDEN_STARTS] == []
    assert sum(clause[:6] in line for line in lines) > 10  # the text is there to check


def fullness(data: bytes, page: int) -> float:
    """How much of the page's text block holds text (0-1)."""
    height = float(pdf.reader(data).pages[page].mediabox.height)
    top, bottom = height - TOP, BOTTOM
    ys = [y for text, _x, y, _s in pdf.drawn(data, page) if text.strip() and bottom < y < top]
    return (top - min(ys)) / (top - bottom) if ys else 0.0


def test_no_page_of_a_four_department_pack_is_nearly_empty() -> None:
    package = rich_package(departments=4)
    data = render(package, readiness=ReadinessSummary(70, ["Something missing"]))
    pages = len(pdf.reader(data).pages)
    starts = {page for level, _title, page in pdf.outline(data) if level == 0}
    last_of_section = {page - 1 for page in starts} | {pages}
    thin = [n for n in range(1, pages + 1)
            if n not in last_of_section and fullness(data, n - 1) < 0.25]
    assert thin == []


def test_the_paper_follows_the_locale() -> None:
    assert paper_for("en_US.UTF-8") == LETTER and paper_for("es_MX") == LETTER
    assert paper_for("es_ES.UTF-8") == A4 and paper_for("zh_CN") == A4
    assert preferred_paper({"LC_PAPER": "en_CA.UTF-8", "LANG": "de_DE.UTF-8"}) == LETTER
    assert preferred_paper({"LC_ALL": "fr_FR.UTF-8", "LC_PAPER": "en_US"}) == A4
    data = render(rich_package(departments=1), paper=LETTER, sections=["cover", "agenda"])
    box = pdf.reader(data).pages[0].mediabox
    assert (float(box.width), float(box.height)) == LETTER
    assert abs(float(box.width) - 612) < 0.01 and 279 * mm < float(box.height) < 280 * mm


def test_spanish_kind_and_status_agree() -> None:
    text = flat(render(rich_package(departments=1, language="es"), sections=["objections"]))
    assert "Riesgo abierto" in text and "Objeción abierta" in text
    assert "Riesgo · Abierta" not in text
