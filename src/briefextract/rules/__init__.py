"""Extraction logic as plain functions, testable without a pipeline."""
