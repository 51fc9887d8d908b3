"""Corpus-scale batches: the flow's stage functions run in Dask tasks."""
