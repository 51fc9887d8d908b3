"""ingest: version keys, near-duplicate similarity, unique content hash, journal fingerprints

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version_key", sa.String(length=1000), nullable=True))
        batch_op.add_column(sa.Column("copy_similarity", sa.Float(), nullable=True))
        batch_op.create_index(batch_op.f("ix_document_version_key"), ["version_key"], unique=False)
        batch_op.drop_index(batch_op.f("ix_document_content_hash"))
        batch_op.create_index(batch_op.f("ix_document_content_hash"), ["content_hash"], unique=True)

    with op.batch_alter_table("ingest_journal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("fingerprint", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("outcome", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("ingest_journal", schema=None) as batch_op:
        batch_op.drop_column("outcome")
        batch_op.drop_column("fingerprint")
        batch_op.drop_column("kind")

    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_content_hash"))
        batch_op.create_index(batch_op.f("ix_document_content_hash"), ["content_hash"], unique=False)
        batch_op.drop_index(batch_op.f("ix_document_version_key"))
        batch_op.drop_column("copy_similarity")
        batch_op.drop_column("version_key")
