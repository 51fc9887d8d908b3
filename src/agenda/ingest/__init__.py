"""The ingestion stage: files, URLs and feeds in, clean dated documents out."""
