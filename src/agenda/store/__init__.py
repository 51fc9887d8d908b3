"""Persistence: the SQLAlchemy schema, migrations and the queries the stages need."""
