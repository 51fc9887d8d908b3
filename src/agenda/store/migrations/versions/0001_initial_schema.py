"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27 23:47:41.964545
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agenda',
    sa.Column('id', sa.String(length=100), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('parties', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('app_user',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('password_hash', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('name')
    )
    op.create_table('audit_log',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('object_type', sa.String(length=40), nullable=False),
    sa.Column('object_id', sa.String(length=300), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)

    op.create_table('document',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('canonical_url', sa.Text(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('author', sa.Text(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('date_origin', sa.String(length=20), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('minhash', sa.LargeBinary(), nullable=True),
    sa.Column('copy_of_pk', sa.Integer(), nullable=True),
    sa.Column('version_of_pk', sa.Integer(), nullable=True),
    sa.Column('analyzed', sa.Boolean(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['copy_of_pk'], ['document.pk'], ),
    sa.ForeignKeyConstraint(['version_of_pk'], ['document.pk'], ),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('key')
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_canonical_url'), ['canonical_url'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_content_hash'), ['content_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_lang'), ['lang'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_published'), ['published'], unique=False)

    op.create_table('api_token',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('user_pk', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_used_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['user_pk'], ['app_user.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('token_hash')
    )
    op.create_table('commitment',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('agenda_id', sa.String(length=100), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('parties', sa.JSON(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('pillar', sa.String(length=20), nullable=False),
    sa.Column('announced', sa.Date(), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('target_value', sa.Float(), nullable=True),
    sa.Column('target_unit', sa.String(length=100), nullable=True),
    sa.Column('parent_key', sa.String(length=200), nullable=True),
    sa.Column('source_doc', sa.String(length=200), nullable=True),
    sa.Column('quote', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('also_in', sa.JSON(), nullable=False),
    sa.Column('origin', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_id'], ['agenda.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('agenda_id', 'key', name='uq_commitment_agenda_key')
    )
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commitment_agenda_id'), ['agenda_id'], unique=False)

    op.create_table('document_source',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('document_pk', sa.Integer(), nullable=False),
    sa.Column('locator', sa.Text(), nullable=False),
    sa.Column('seen_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['document_pk'], ['document.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('document_pk', 'locator', name='uq_source_doc_locator')
    )
    with op.batch_alter_table('document_source', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_source_document_pk'), ['document_pk'], unique=False)

    op.create_table('ingest_journal',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=1000), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('document_pk', sa.Integer(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['document_pk'], ['document.pk'], ),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('item')
    )
    with op.batch_alter_table('ingest_journal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ingest_journal_state'), ['state'], unique=False)

    op.create_table('statement',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('document_pk', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('actors', sa.JSON(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('pillar', sa.String(length=20), nullable=False),
    sa.Column('amount_value', sa.Float(), nullable=True),
    sa.Column('amount_currency', sa.String(length=3), nullable=True),
    sa.Column('quantity_value', sa.Float(), nullable=True),
    sa.Column('quantity_unit', sa.String(length=100), nullable=True),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('due_text', sa.Text(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=True),
    sa.Column('also', sa.JSON(), nullable=False),
    sa.Column('progress_also', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['document_pk'], ['document.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('statement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statement_document_pk'), ['document_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_statement_type'), ['type'], unique=False)

    op.create_table('event',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('statement_pk', sa.Integer(), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('source_actor', sa.String(length=10), nullable=False),
    sa.Column('target_actor', sa.String(length=10), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('mode', sa.String(length=40), nullable=True),
    sa.Column('score', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['statement_pk'], ['statement.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_statement_pk'), ['statement_pk'], unique=False)

    op.create_table('evidence',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('statement_pk', sa.Integer(), nullable=False),
    sa.Column('commitment_pk', sa.Integer(), nullable=False),
    sa.Column('stance', sa.String(length=20), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('review_state', sa.String(length=20), nullable=False),
    sa.Column('money_stage', sa.String(length=20), nullable=True),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['commitment_pk'], ['commitment.pk'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['statement_pk'], ['statement.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('statement_pk', 'commitment_pk', name='uq_evidence_statement_commitment')
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_commitment_pk'), ['commitment_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_review_state'), ['review_state'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_statement_pk'), ['statement_pk'], unique=False)

    op.create_table('status_change',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('commitment_pk', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('basis', sa.String(length=20), nullable=False),
    sa.Column('reviewed', sa.Boolean(), nullable=False),
    sa.Column('evidence_pk', sa.Integer(), nullable=True),
    sa.Column('document_key', sa.String(length=300), nullable=True),
    sa.Column('author', sa.String(length=200), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['commitment_pk'], ['commitment.pk'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['evidence_pk'], ['evidence.pk'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('status_change', schema=None) as batch_op:
        batch_op.create_index('ix_status_change_commitment_date', ['commitment_pk', 'date'], unique=False)
        batch_op.create_index(batch_op.f('ix_status_change_evidence_pk'), ['evidence_pk'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_status_change_evidence_pk'))
        batch_op.drop_index('ix_status_change_commitment_date')

    op.drop_table('status_change')
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_statement_pk'))
        batch_op.drop_index(batch_op.f('ix_evidence_review_state'))
        batch_op.drop_index(batch_op.f('ix_evidence_commitment_pk'))

    op.drop_table('evidence')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_statement_pk'))
        batch_op.drop_index(batch_op.f('ix_event_date'))

    op.drop_table('event')
    with op.batch_alter_table('statement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statement_type'))
        batch_op.drop_index(batch_op.f('ix_statement_document_pk'))

    op.drop_table('statement')
    with op.batch_alter_table('ingest_journal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ingest_journal_state'))

    op.drop_table('ingest_journal')
    with op.batch_alter_table('document_source', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_source_document_pk'))

    op.drop_table('document_source')
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commitment_agenda_id'))

    op.drop_table('commitment')
    op.drop_table('api_token')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_published'))
        batch_op.drop_index(batch_op.f('ix_document_lang'))
        batch_op.drop_index(batch_op.f('ix_document_content_hash'))
        batch_op.drop_index(batch_op.f('ix_document_canonical_url'))

    op.drop_table('document')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
    op.drop_table('app_user')
    op.drop_table('agenda')
