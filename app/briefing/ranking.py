"""Which objections to prepare first: open ones, raised by the most influential people."""

from __future__ import annotations

from app.domain.enums import DemandKind, DemandStatus
from app.domain.package import DemandDoc, MeetingPackage

_KIND_ORDER = {DemandKind.objection: 0, DemandKind.risk: 1, DemandKind.demand: 2}


def influence_of(package: MeetingPackage) -> dict[str, int]:
    """Each department's weight: the highest influence among its people (0 when unknown).

    A demand records its department, not who voiced it, so the department's most
    influential person is the one who will carry it into the room.
    """
    return {d.id: max((p.influence or 0 for p in d.people), default=0)
            for d in package.departments}


def ranked_objections(package: MeetingPackage) -> list[DemandDoc]:
    """Objections and risks: open first, then by the raiser's influence, objections before
    risks; equal ones keep their order."""
    weight = influence_of(package)
    items = [d for d in package.demands if d.kind in (DemandKind.objection, DemandKind.risk)]
    return sorted(items, key=lambda d: (d.status != DemandStatus.open,
                                        -weight.get(d.department, 0), _KIND_ORDER[d.kind]))
