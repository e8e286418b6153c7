"""Main text of an HTML page, with selectolax's lexbor backend (a fast, maintained HTML5 parser).

The analysed text is one block (paragraph, heading, list item...) per line, taken
from ``<article>`` or ``<main>`` when the page has one, with navigation, headers,
footers, scripts, forms and figures dropped. Offsets in the records refer to this
text, which the batch keeps beside the output (``OUT.texts.jsonl``, keyed by
sha256), so they can always be checked. The extraction is deterministic: the same
page always gives the same text.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

_DROP = "script, style, noscript, nav, header, footer, aside, form, figure, iframe, svg, template, button"
_BLOCK_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "td", "th", "dd", "dt"})
_BLOCKS = ", ".join(sorted(_BLOCK_TAGS))
_SPACES = re.compile(r"\s+")


def _inside_block(node, root) -> bool:
    """True when an ancestor of ``node`` (below ``root``) is itself a block: take outermost blocks only."""
    parent = node.parent
    while parent is not None and parent != root:
        if parent.tag in _BLOCK_TAGS:
            return True
        parent = parent.parent
    return False


def html_to_text(html: str) -> tuple[str | None, str]:
    """(title, text): one block per line, boilerplate elements dropped."""
    tree = LexborHTMLParser(html)
    title_node = tree.css_first("title") or tree.css_first("h1")
    title = _SPACES.sub(" ", title_node.text(strip=False)).strip() if title_node else None
    for node in tree.css(_DROP):
        node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    lines: list[str] = []
    if root is not None:
        for node in root.css(_BLOCKS):
            if _inside_block(node, root):
                continue
            text = _SPACES.sub(" ", node.text(separator=" ")).strip()
            if text:
                lines.append(text)
        if not lines:
            lines = [_SPACES.sub(" ", line).strip() for line in root.text(separator="\n").splitlines()]
    text = "\n".join(line for line in lines if line)
    return title or None, text + "\n" if text else ""
