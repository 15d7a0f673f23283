"""Meetings as plain package data for the briefing tests and the benchmark."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from app.domain import package as pkg

CHINA = timezone(timedelta(hours=8))
MIXED = "陈静 — Begoña Ibáñez, 500 € <b>&amp; co</b>"
#: the coordinator's own plan: in the pack, never in the pre-read
PLAN_REASON = "ZQXPLANREASON allies first, 先易后难"
COLLEAGUE = "ZQXTM Lucía"


def rich_package(departments: int = 3, language: str = "en") -> pkg.MeetingPackage:
    """A meeting that fills every field, in English, Spanish and Chinese text."""
    # plain dicts, validated leniently: the enumerations may be given as their words
    depts = []
    touchpoints, demands, suggestions = [], [], []
    for n in range(1, departments + 1):
        key = f"dep{n}"
        people = [
            dict(id=f"p{n}a", name=f"陈静 {n}", role="财务总监 / CFO", influence=5,
                          interest=3, contact="chen@example.com",
                          notes="Prefiere datos antes de la reunión."),
            dict(id=f"p{n}b", name=f"Begoña Ibáñez {n}", role="Jefa de operaciones",
                          influence=3, interest=4, notes="Ally since the 2024 rollout."),
        ]
        depts.append(dict(
            id=key, name=f"Finanzas y Contabilidad {n}" if n % 2 else f"客户服务部 {n}",
            function="Closes the books, pays suppliers, owns the budget process.",
            workflow="Monthly close in the first five working days; 月末结账。",
            focus="Cutting the close from 5 to 3 days.",
            okrs=["Close in 3 days by Q2", "减少人工对账 50%"],
            pressures="Two open positions; three new staff; audit in March.",
            history="The 2023 data project took their people for two months without credit.",
            people=people, relationship="upstream" if n % 2 else "peer",
            serves_their_goals="Automated reconciliation removes a day of the close.",
            engagement="supportive" if n % 3 else "resistant", engagement_at_start="neutral",
            readiness="aligned" if n % 2 else "concerns_known",
            private_notes="Do not schedule anything in the close week.",
            engagement_desired="leading" if n == 1 else "supportive",
            decision_right=("input", "decide", "agree")[n % 3], owner="tm1" if n % 2 else None,
            plan_channel="call", cadence_days=7, next_contact=date(2026, 11, 25),
            approach_order=n, approach_reason=PLAN_REASON,
        ))
        for day in range(3):
            touchpoints.append(dict(
                id=f"t{n}-{day}", department=key, person=f"p{n}a",
                date=date(2026, 11, 1 + day * 5), channel="call",
                summary=f"Llamada {day}: worried about workload < 2 days & the audit.",
                next_step="Send the data sample 样本数据",
            ))
        demands += [
            dict(id=f"d{n}a", department=key, kind="objection",
                          text="We cannot spare two analysts during the audit.",
                          root_cause="workload", anticipated=True,
                          response="We provide the analysts; they review one hour a week."),
            dict(id=f"d{n}b", department=key, kind="risk",
                          text="数据质量不够，报表可能出错。", root_cause="capability"),
            dict(id=f"d{n}c", department=key, kind="demand",
                          text="Keep the old report until March.", root_cause="schedule",
                          response="Agreed: both reports run until 31 March.",
                          status="accepted"),
        ]
        suggestions += [
            dict(id=f"s{n}a", department=key, person=f"p{n}b",
                              text="Pilot with one region first.", decision="adopted",
                              incorporation="The plan starts in the north region in January.",
                              credit=True),
            dict(id=f"s{n}b", department=key, person=f"p{n}a",
                              text="使用现有的BI工具。", decision="pending"),
        ]
    goals = [
        dict(id="g1", statement="Cut the monthly close from 5 to 3 days",
                    indicator="Working days to close", baseline="5", target="3",
                    due=date(2026, 6, 30), benefits="Finance gets two days back every month.",
                    evidence="The pilot in 2025 closed in 3.5 days; 试点结果良好。"),
        dict(id="g2", statement="Un solo informe de clientes para todos los departamentos",
                    indicator="Reports in use", baseline="7", target="1",
                    due=date(2026, 9, 30), benefits="One number for every meeting.",
                    evidence="Benchmark: 3 peers did it in under a year."),
    ]
    agenda = [
        dict(id="a1", section="Opening", title="Why we are here", presenter="p1a",
                          minutes=10, goal="g1", notes="Thank the north region first."),
        dict(id="a2", section="Plan", title="El plan en 3 fases", presenter="p1b",
                          minutes=40, goal="g2"),
        dict(id="a3", section="Plan", title="风险与应对", minutes=30),
        dict(id="a4", section="Close", title="Decisions and owners", minutes=45),
    ]
    return pkg.MeetingPackage.model_validate(dict(
        meeting=dict(
            title="Plataforma de datos de clientes — 客户数据平台 Q1 kickoff",
            purpose="Agree the plan and the first pilot region.\nSecond line: € & <tags>.",
            expectations="El director espera una decisión antes del 15 de diciembre.",
            scheduled_at=datetime(2026, 12, 3, 10, 0, tzinfo=CHINA), duration_minutes=120,
            location="上海办公室 5F, Sala Begoña", language=language,
            notes="Director prefers short slides.",
        ),
        team=[dict(id="tm1", name=COLLEAGUE, role="Analista de compras")],
        goals=goals, departments=depts, touchpoints=touchpoints, demands=demands,
        # Begoña 1 must agree and nobody has met her yet: the pack names her
        stakeholders=[dict(person="p1b", engagement="neutral", engagement_desired="supportive",
                           decision_right="agree")],
        suggestions=suggestions, agenda=agenda,
        decisions=[dict(id="dec1", text="Pilot in the north region", agreed_by=["dep1"])],
        actions=[dict(id="act1", text="Send the data sample", owner="p1a",
                               department="dep1", due=date(2026, 12, 10))],
        open_issues=[dict(id="i1", text="Who pays the licences?",
                                      follow_up="Ask the CFO", due=date(2026, 12, 15))],
    ), strict=False)


#: what the report must print exactly as typed (accents, Chinese, markup characters)
DECISION = "Piloto en la región norte — 北区试点 <fase 1> & más"
OVERDUE_ACTION = "Enviar la muestra de datos < 2 días & 样本数据"
OPEN_ISSUE = "¿Quién paga las licencias? 许可证费用 & <IT>"
WENT_WELL = "Todas las objeciones llegaron resueltas — 会前已达成一致 & <ok>"
LESSONS = "Enviar el pre-read una semana antes; 提前一周发送。"


def held_package(language: str = "en") -> pkg.MeetingPackage:
    """:func:`rich_package` after the meeting: decisions, actions, issues and a review.

    Seen from 20 Nov 2026: one open action is overdue, one is due later, one has
    no due day, one is done; the second issue is resolved by a done action.
    """
    package = rich_package(language=language)
    data = package.model_dump(mode="json")
    data["meeting"]["status"] = "held"
    data["decisions"] = [
        dict(id="dec1", text=DECISION, agreed_by=["dep1", "dep2"]),
        dict(id="dec2", text="Keep both reports until March", agreed_by=[]),
    ]
    data["open_issues"] = [
        dict(id="i1", text=OPEN_ISSUE, follow_up="Preguntar al director financiero",
             due="2026-12-15"),
        dict(id="i2", text="Which region goes second?", follow_up="Decided: the south",
             due="2026-11-30"),
    ]
    data["actions"] = [
        dict(id="act1", text="Send the pilot plan", owner="p1a", due="2026-12-10"),
        dict(id="act2", text=OVERDUE_ACTION, owner="p2b", due="2026-11-10"),
        dict(id="act3", text="Book the training room", department="dep3"),
        dict(id="act4", text="Pick the second region", owner="p1b", due="2026-11-01",
             status="done", source="i2"),
    ]
    data["review"] = dict(rating=4, went_well=WENT_WELL, lessons=LESSONS,
                          leader_feedback="ZQXLEADERFEEDBACK")
    return pkg.MeetingPackage.model_validate(data, strict=False)
