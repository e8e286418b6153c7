"""Regex builders shared by the rule modules."""

from __future__ import annotations

import re


def trie_pattern(words, space: bool = False) -> str:
    """A regex alternation of ``words`` factored as a trie (``t(?:en|h(?:ree|ird))``).

    Python's regex engine tries alternatives one by one; a trie fails after one
    character at most positions, which makes scanning a whole text cheap.
    ``space``: a space in a word matches any run of whitespace.
    """
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def piece(ch: str) -> str:
        return r"\s+" if space and ch == " " else re.escape(ch)

    def emit(node: dict) -> str:
        branches = [piece(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else (branches[0] if len(branches) == 1 else body)

    return emit(root)
