"""Phrases whose words must agree with each other in the meeting's language.

"Riesgo · Abierta" put a feminine status beside a masculine kind: a kind and
its status are one phrase per pair, so each language can make them agree
("Riesgo abierto", "Objeción abierta", "未回应的风险").
"""

from __future__ import annotations

from app.domain.enums import DemandKind, DemandStatus
from app.i18n import N_

K, S = DemandKind, DemandStatus
KIND_STATUS: dict[tuple[DemandKind, DemandStatus], str] = {
    (K.objection, S.open): N_("Open objection"),
    (K.objection, S.addressed): N_("Objection addressed"),
    (K.objection, S.accepted): N_("Objection accepted"),
    (K.objection, S.escalated): N_("Objection escalated"),
    (K.risk, S.open): N_("Open risk"),
    (K.risk, S.addressed): N_("Risk addressed"),
    (K.risk, S.accepted): N_("Risk accepted"),
    (K.risk, S.escalated): N_("Risk escalated"),
    (K.demand, S.open): N_("Open demand"),
    (K.demand, S.addressed): N_("Demand addressed"),
    (K.demand, S.accepted): N_("Demand accepted"),
    (K.demand, S.escalated): N_("Demand escalated"),
}
