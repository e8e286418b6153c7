"""spaCy components: thin wiring around the plain functions in ``briefextract.rules``.

Every component is registered in :mod:`briefextract.components.factories`.
"""
