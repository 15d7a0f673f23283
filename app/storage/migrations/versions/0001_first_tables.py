"""The first tables: the whole domain of package format version 1.

Revision ID: 0001
Revises: 
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('department',
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('function', sa.String(), nullable=False),
    sa.Column('workflow', sa.String(), nullable=False),
    sa.Column('focus', sa.String(), nullable=False),
    sa.Column('okrs', sa.JSON(), nullable=False),
    sa.Column('pressures', sa.String(), nullable=False),
    sa.Column('history', sa.String(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name_key', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('department', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_department_name_key'), ['name_key'], unique=True)

    op.create_table('meeting',
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('purpose', sa.String(), nullable=False),
    sa.Column('expectations', sa.String(), nullable=False),
    sa.Column('scheduled_at', sa.String(), nullable=True),
    sa.Column('duration_minutes', sa.Integer(), nullable=True),
    sa.Column('location', sa.String(), nullable=False),
    sa.Column('language', sa.Enum('en', 'es', 'zh_CN', name='language'), nullable=False),
    sa.Column('status', sa.Enum('preparing', 'ready', 'held', 'closed', name='meetingstatus'), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('previous_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['previous_id'], ['meeting.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('decision',
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('goal',
    sa.Column('statement', sa.String(), nullable=False),
    sa.Column('indicator', sa.String(), nullable=False),
    sa.Column('baseline', sa.String(), nullable=False),
    sa.Column('target', sa.String(), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('benefits', sa.String(), nullable=False),
    sa.Column('evidence', sa.String(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goal_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('open_issue',
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('follow_up', sa.String(), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('carried_from_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['carried_from_id'], ['open_issue.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('open_issue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_open_issue_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('participation',
    sa.Column('relationship', sa.Enum('upstream', 'downstream', 'peer', name='relationship'), nullable=True),
    sa.Column('serves_their_goals', sa.String(), nullable=False),
    sa.Column('stance', sa.Enum('unknown', 'supportive', 'neutral', 'concerned', 'opposed', name='stance'), nullable=False),
    sa.Column('stance_at_start', sa.Enum('unknown', 'supportive', 'neutral', 'concerned', 'opposed', name='stance'), nullable=False),
    sa.Column('readiness', sa.Enum('not_contacted', 'contacted', 'concerns_known', 'aligned', name='readiness'), nullable=False),
    sa.Column('private_notes', sa.String(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('meeting_id', 'department_id')
    )
    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participation_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participation_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('person',
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('contact', sa.String(), nullable=False),
    sa.Column('influence', sa.Integer(), nullable=True),
    sa.Column('interest', sa.Integer(), nullable=True),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_department_id'), ['department_id'], unique=False)

    op.create_table('review',
    sa.Column('rating', sa.Integer(), nullable=True),
    sa.Column('went_well', sa.String(), nullable=False),
    sa.Column('lessons', sa.String(), nullable=False),
    sa.Column('leader_feedback', sa.String(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id')
    )
    op.create_table('agenda_item',
    sa.Column('section', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=True),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('presenter_id', sa.Integer(), nullable=True),
    sa.Column('goal_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['presenter_id'], ['person.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('decision_agreement',
    sa.Column('decision_id', sa.Integer(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['decision_id'], ['decision.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('decision_id', 'department_id')
    )
    op.create_table('demand',
    sa.Column('kind', sa.Enum('demand', 'objection', 'risk', name='demandkind'), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('root_cause', sa.Enum('workload', 'capability', 'schedule', 'past_friction', 'goal_conflict', 'other', name='rootcause'), nullable=True),
    sa.Column('anticipated', sa.Boolean(), nullable=False),
    sa.Column('response', sa.String(), nullable=False),
    sa.Column('status', sa.Enum('open', 'addressed', 'accepted', 'escalated', name='demandstatus'), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participation_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['participation_id'], ['participation.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('demand', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_demand_participation_id'), ['participation_id'], unique=False)

    op.create_table('suggestion',
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('decision', sa.Enum('pending', 'adopted', 'adapted', 'declined', name='suggestiondecision'), nullable=False),
    sa.Column('incorporation', sa.String(), nullable=False),
    sa.Column('credit', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participation_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['participation_id'], ['participation.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('suggestion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_suggestion_participation_id'), ['participation_id'], unique=False)

    op.create_table('touchpoint',
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('channel', sa.Enum('meeting', 'call', 'email', 'chat', 'other', name='channel'), nullable=False),
    sa.Column('summary', sa.String(), nullable=False),
    sa.Column('next_step', sa.String(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participation_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['participation_id'], ['participation.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('touchpoint', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_touchpoint_participation_id'), ['participation_id'], unique=False)

    op.create_table('action_item',
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('open', 'done', 'dropped', name='actionstatus'), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('source_demand_id', sa.Integer(), nullable=True),
    sa.Column('source_suggestion_id', sa.Integer(), nullable=True),
    sa.Column('source_issue_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('carried_from_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['carried_from_id'], ['action_item.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['person.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_demand_id'], ['demand.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_issue_id'], ['open_issue.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_suggestion_id'], ['suggestion.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_item_meeting_id'), ['meeting_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_item_meeting_id'))

    op.drop_table('action_item')
    with op.batch_alter_table('touchpoint', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_touchpoint_participation_id'))

    op.drop_table('touchpoint')
    with op.batch_alter_table('suggestion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_suggestion_participation_id'))

    op.drop_table('suggestion')
    with op.batch_alter_table('demand', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_demand_participation_id'))

    op.drop_table('demand')
    op.drop_table('decision_agreement')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_meeting_id'))

    op.drop_table('agenda_item')
    op.drop_table('review')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_department_id'))

    op.drop_table('person')
    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participation_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_participation_department_id'))

    op.drop_table('participation')
    with op.batch_alter_table('open_issue', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_open_issue_meeting_id'))

    op.drop_table('open_issue')
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goal_meeting_id'))

    op.drop_table('goal')
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_meeting_id'))

    op.drop_table('decision')
    op.drop_table('meeting')
    with op.batch_alter_table('department', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_department_name_key'))

    op.drop_table('department')
