"""What counts as still open across meetings, as SQL conditions shared by the list of open
items and the meeting list's overdue counts (one rule, two readers).

An item carried into a follow-up meeting is open there, not in the meeting it came from.
An issue is unresolved until an action that came from it is done and none from it is still
open (the rule of ``follow_up.unresolved``).
"""

from __future__ import annotations

#: an open action ``a`` (alias) not carried forward
OPEN_ACTION = """a.status = 'open'
    AND NOT EXISTS (SELECT 1 FROM action_item AS c WHERE c.carried_from_id = a.id)"""

#: an unresolved issue ``i`` (alias) not carried forward
UNRESOLVED_ISSUE = """NOT EXISTS (SELECT 1 FROM open_issue AS c WHERE c.carried_from_id = i.id)
    AND (NOT EXISTS (SELECT 1 FROM action_item AS s
                     WHERE s.source_issue_id = i.id AND s.status = 'done')
         OR EXISTS (SELECT 1 FROM action_item AS s
                    WHERE s.source_issue_id = i.id AND s.status = 'open'))"""
