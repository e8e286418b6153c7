"""Main text of an HTML page, with selectolax (a fast, well-kept HTML5 parser).

Offsets in the records refer to the text returned here, which the Brief keeps
beside the record's sha256, so they can always be checked.
"""

from __future__ import annotations

import re

from selectolax.parser import HTMLParser

_DROP = "script, style, noscript, nav, header, footer, aside, form, figure, iframe, svg"
_BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td"


def html_to_text(html: str) -> tuple[str | None, str]:
    """(title, text): one paragraph per line, boilerplate elements dropped."""
    tree = HTMLParser(html)
    title_node = tree.css_first("title") or tree.css_first("h1")
    title = title_node.text(strip=True) if title_node else None
    for node in tree.css(_DROP):
        node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    lines = []
    if root is not None:
        for node in root.css(_BLOCKS):
            text = re.sub(r"\s+", " ", node.text(separator=" ")).strip()
            if text:
                lines.append(text)
        if not lines:
            lines = [re.sub(r"[ \t]+", " ", line).strip() for line in root.text(separator="\n").splitlines()]
    return title or None, "\n".join(line for line in lines if line) + "\n"
