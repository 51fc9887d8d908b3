"""The tracking stage: statements linked to commitments as evidence, and status derived from it."""
