"""web speed: covering indexes for the status-as-of subqueries, the timeline and the review counts

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        # the wider indexes start with the same columns, so they serve every query the old ones did
        batch_op.drop_index("ix_status_change_reviewed")
        batch_op.drop_index("ix_status_change_commitment_date")
        batch_op.create_index("ix_status_change_reviewed_status",
                              ["commitment_pk", "reviewed", "date", "pk", "status"], unique=False)
        batch_op.create_index("ix_status_change_replay",
                              ["commitment_pk", "date", "pk", "reviewed", "evidence_pk", "basis", "status"],
                              unique=False)
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index("ix_evidence_pk_state", ["pk", "review_state"], unique=False)
        batch_op.create_index("ix_evidence_commitment_state", ["commitment_pk", "review_state"], unique=False)
        batch_op.create_index("ix_evidence_statement_state", ["statement_pk", "review_state"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index("ix_evidence_statement_state")
        batch_op.drop_index("ix_evidence_commitment_state")
        batch_op.drop_index("ix_evidence_pk_state")
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.drop_index("ix_status_change_replay")
        batch_op.drop_index("ix_status_change_reviewed_status")
        batch_op.create_index("ix_status_change_commitment_date", ["commitment_pk", "date"], unique=False)
        batch_op.create_index("ix_status_change_reviewed", ["commitment_pk", "reviewed", "date"], unique=False)
