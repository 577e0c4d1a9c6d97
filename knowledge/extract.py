"""Turn fetched documents (HTML, PDF, DOCX, text, Markdown) into clean Markdown-ish text with headings.

HTML goes through trafilatura, which drops navigation, cookie banners, footers
and scripts and keeps headings, lists and tables; the title, canonical URL and
links come from the page's own markup. A page that marks its content (main,
article) is walked directly instead, unless the mark holds little of the page
(a builder that labels its header widget as main). Either way an FAQ's questions (a
collapsible section's summary, an accordion's toggle button, a question
standing alone in a paragraph or definition list) become headings over their
answers, so each question is chunked with its answer. Files become the same
shape so one chunker handles everything.
"""

from __future__ import annotations

import hashlib
import io
import re
import threading
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin

import lxml.html
import trafilatura
from django.core.exceptions import ValidationError


@dataclass
class Document:
    title: str
    text: str  # Markdown: "#"-headings, paragraphs, "- " list items, "| " table rows
    canonical_url: str = ""
    links: list[str] = field(default_factory=list)
    noindex: bool = False
    nofollow: bool = False


_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANKS = re.compile(r"\n{3,}")


def normalise_text(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r", "").split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def content_hash(text: str) -> str:
    """Hash of the normalised text: whitespace-only or case-only edits do not count as changes."""
    return hashlib.sha256(" ".join(normalise_text(text).lower().split()).encode()).hexdigest()


def _meta_robots(tree) -> set[str]:
    words: set[str] = set()
    for content in tree.xpath("//meta[translate(@name,'ROBTS','robts')='robots']/@content"):
        words.update(w.strip().lower() for w in content.split(","))
    return words


def _links(tree, base_url: str) -> list[str]:
    found = []
    for href in tree.xpath("//a[@href]/@href"):
        href = href.strip()
        if not href or href.startswith(("mailto:", "tel:", "javascript:", "#")):
            continue
        absolute, _ = urldefrag(urljoin(base_url, href))
        found.append(absolute)
    return list(dict.fromkeys(found))


def _title(tree) -> str:
    for xpath in ("//meta[@property='og:title']/@content", "//title/text()", "//h1//text()"):
        values = [v.strip() for v in tree.xpath(xpath) if v.strip()]
        if values:
            return _SPACES.sub(" ", values[0])[:500]
    return ""


def _clean_title(title: str) -> str:
    """`Emergency plumbing | Northside Plumbing` -> `Emergency plumbing` (site name suffixes dropped)."""
    for separator in (" | ", " – ", " — ", " - ", " :: "):
        if separator in title:
            head = title.split(separator)[0].strip()
            if len(head) >= 3:
                return head
    return title


_BOILERPLATE_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "template",
)
_BOILERPLATE = re.compile(
    r"cookie|consent|gdpr|popup|modal|newsletter|breadcrumb|navbar|(^|[-_ ])nav([-_ ]|$)|menu|sidebar|social|share|"
    r"skip-link|visually-hidden|sr-only",
    re.IGNORECASE,
)
# "Menu" names a restaurant's food menu or a salon's treatment menu as often as the site's navigation: an
# element named only so is navigation when it is mostly links (or a bare "Menu" toggle).
_MENU_ONLY = re.compile(r"menu", re.IGNORECASE)
NAVIGATION_LINK_SHARE = 0.5
_BLOCKS = {
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "li",
    "dt",
    "dd",
    "blockquote",
    "tr",
    "pre",
    "address",
    "figcaption",
    "summary",
}
# Text written straight into a container (page builders' price cards and text boxes are divs) is a
# paragraph of its own; the blocks inside it are walked separately.
_CONTAINERS = {"div", "section"}
# A short block that is one question on its own ("Do you see children?", an FAQ accordion's toggle) heads
# the answer after it, so the chunker keeps each question with its answer.
_QUESTION = re.compile(r"^[^?.!]{3,150}\?$")


def _names(element, *attributes: str) -> str:
    """What the markup calls an element: its class and id (or the given attributes), space-separated."""
    return " ".join(filter(None, (element.get(name) for name in attributes or ("class", "id"))))


def _strip_boilerplate(tree) -> None:
    # An FAQ accordion's toggle is a button holding the question: keep it as the section's title.
    for element in tree.xpath("//button"):
        if _QUESTION.match(_flat_text(element)):
            element.tag = "summary"
    for element in tree.xpath("//" + " | //".join(_BOILERPLATE_TAGS)):
        if element.getparent() is None or _content_part(element):
            continue
        element.drop_tree()
    # A link dressed as a button ("Book", "Call now") is a call to action, not content; one that goes
    # nowhere and holds a question is an accordion's toggle ("Do you take walk-ins?").
    for element in tree.xpath("//a[@class or @data-ux]"):
        text = _flat_text(element)
        toggle = (element.get("href") or "#").startswith("#") and _QUESTION.match(text)
        if _CALL_TO_ACTION.search(_names(element, "class", "data-ux")) and len(text.split()) <= 4 and not toggle:
            element.drop_tree()
    # A link or span labelled for screen readers as the navigation's toggle ("Menu", "☰") is chrome
    # whatever its class is called.
    for element in tree.xpath("//a[@aria-label] | //span[@aria-label] | //div[@aria-label]"):
        if _TOGGLE_LABEL.search(element.get("aria-label")) and len(element.text_content().split()) <= 2:
            element.drop_tree()
    # An old table-layout site's menu is a column of links, often a table of its own with a link per row.
    for element in tree.xpath("//table | //td"):
        if element.getparent() is not None and _only_links(element):
            element.drop_tree()
    headings = tree.xpath("//h1 | //h2 | //h3")
    prose = _prose_words(tree)
    for element in tree.xpath("//*[@class or @id or @role]"):
        if element.getparent() is None:
            continue
        if element.get("role") in ("navigation", "banner", "contentinfo", "dialog") or (
            _marked_boilerplate(element) and not _holds_the_content(element, headings, prose)
        ):
            element.drop_tree()
    revealed = _revealed_ids(tree)
    for element in tree.xpath("//*[@hidden or @aria-hidden='true']"):
        if element.getparent() is None:
            continue
        if _revealed_on_demand(element, revealed):
            if element.get("hidden") is not None:
                del element.attrib["hidden"]
                continue
            # Some builders fold an accordion's panel with aria-hidden alone (Beaver Builder's
            # `fl-accordion-content`); a folded menu is still navigation.
            if not _is_navigation(element):
                continue
        element.drop_tree()


# A <header> inside the article or main is the article's own header (WordPress themes put the page's h1
# in `<header class="entry-header">`), not the site's banner (the HTML landmark rule).
# Webflow's dropdown (often an FAQ's answer) is a <nav>: one named as an FAQ's answer that is mostly
# prose, not links, is content.
_CONTENT_PANEL = re.compile(r"faq|answer|accordion|question", re.IGNORECASE)


def _content_part(element) -> bool:
    if element.tag == "header":
        return bool(element.xpath("ancestor::article | ancestor::main"))
    if element.tag == "nav":
        return bool(_CONTENT_PANEL.search(_names(element))) and not _is_navigation(element)
    return False


_TOGGLE_LABEL = re.compile(
    r"navigation|hamburger|\bmenu\s+toggle\b|\btoggle\s+(?:mobile\s+)?menu\b|"
    r"^\s*(?:(?:open|close|main|mobile|site)\s+)?menu\s*$",
    re.IGNORECASE,
)
_CALL_TO_ACTION = re.compile(r"(?:^|[\s_-])(?:button|btn|cta|calltoaction)(?:$|[\s_-])", re.IGNORECASE)
# A class saying how a layout is arranged ("has-sidebar", "with-left-sidebar", a theme's "lw-with-sidebar",
# "no-menu") names the wrapper of the content, not a sidebar or a menu: the words before the boilerplate
# word end in such a modifier.
_MODIFIER = re.compile(r"(?:^|[-_])(?:has|with|without|no|show|hide|is)[-_](?:(?:left|right|both|two)[-_])?$", re.I)


def _arrangement(token: str) -> bool:
    found = _BOILERPLATE.search(token)
    return bool(found) and bool(_MODIFIER.search(token[: found.start()]))


# Builders that draw the site's header and footer with divs name them so: Elementor's
# `elementor-location-footer`, Weebly's `footer-wrap`, Jimdo's `jtpl-footer`, GoDaddy's data-ux="Header",
# Divi's `main-header`.
# Only names of the whole site's header or footer count; a card's or section's header is content.
# ("page-header" is left out: Bootstrap themes wrap the page's title in it.)
_SITE_CHROME = re.compile(
    r"^(?:(?:site|global|main|top|jtpl)[-_]?header|(?:site|global|main|page|jtpl)[-_]?footer|masthead|colophon|"
    r"footer[-_](?:wrap|wrapper|area)|elementor-location-(?:header|footer))$",
    re.IGNORECASE,
)


def _marked_boilerplate(element) -> bool:
    """Whether a class or the id names the element as boilerplate (a menu, sidebar, cookie banner...)."""
    tokens = _names(element).split()
    if element.get("id") in ("header", "footer") or element.get("data-ux") in ("Header", "Footer"):
        return True
    if any(_SITE_CHROME.match(token) for token in tokens):
        return True
    marked = [token for token in tokens if _BOILERPLATE.search(token) and not _arrangement(token)]
    if any(not _MENU_ONLY.search(token) for token in marked):
        return True
    return bool(marked) and _is_navigation(element)


def _is_navigation(element) -> bool:
    """Mostly links, or hardly any text at all (a menu toggle)."""
    return len(_flat_text(element)) < 40 or _link_share(element) >= NAVIGATION_LINK_SHARE


def _link_share(element) -> float:
    """The share of an element's text (in characters) that is its links' text."""
    text = len(_flat_text(element))
    linked = sum(len(_flat_text(link)) for link in element.iter("a"))
    return linked / text if text else 0.0


def _flat_text(element) -> str:
    """An element's text on one line, its runs of white space single spaces."""
    return _SPACES.sub(" ", element.text_content()).strip()


def _holds_the_content(element, headings: list, prose: int) -> bool:
    """Whether an element holds the page's content whatever its class says: the only top heading, more
    than two thirds of the page's headings (a theme that calls its content wrapper "main-menu-offset"), or
    two thirds of the page's words outside links (`prose`), when there are CONTENT_WORDS of them (Drupal
    Olivero's "sidebar-grid" wraps the content and the sidebar): a sidebar or a menu is never most of what
    a page says."""
    inside = [h for h in headings if h is element or element in h.iterancestors()]
    top = [h for h in headings if h.tag == "h1"]
    if (len(top) == 1 and top[0] in inside) or (len(headings) >= 2 and len(inside) * 3 > len(headings) * 2):
        return True
    return prose >= CONTENT_WORDS and _prose_words(element) * 3 >= prose * 2


CONTENT_WORDS = 150


def _only_links(element, least: int = 3) -> bool:
    """Whether an element is at least `least` links and next to nothing else (a menu column)."""
    links = sum(1 for link in element.iter("a") if link.text_content().strip())
    return links >= least and _link_share(element) >= 0.9


def _prose_words(element) -> int:
    """The words of an element that are not a link's."""
    linked = sum(len(link.text_content().split()) for link in element.iter("a"))
    return len(element.text_content().split()) - linked


# A hidden panel that a toggle opens (an FAQ accordion's answer, a "read more") is the page's content,
# merely folded: the WAI-ARIA accordion pattern hides its panels with the `hidden` attribute.
_FOLDED = re.compile(r"accordion|collaps|expand|panel|answer|faq|toggle|read-?more|tab-?content", re.IGNORECASE)


def _revealed_ids(tree) -> set[str]:
    """Ids of the elements the page's toggles open (aria-controls, data-target, data-bs-target)."""
    ids: set[str] = set()
    for value in tree.xpath("//@aria-controls | //@data-target | //@data-bs-target"):
        ids.update(part.lstrip("#") for part in str(value).split())
    return ids


def _revealed_on_demand(element, revealed: set[str]) -> bool:
    return element.get("id") in revealed or bool(_FOLDED.search(_names(element)))


_WALKED = _BLOCKS | _CONTAINERS | {"ul", "ol", "table"}


def _own_text(element) -> str:
    """Text of a block without the text of blocks nested in it."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "br":
            parts.extend(("\n", child.tail or ""))
            continue
        if isinstance(child.tag, str) and child.tag in _WALKED:
            parts.append(child.tail or "")
            continue
        # A wrapper holding blocks (a figure around a table, a details) gives only its loose text: the
        # blocks in it are walked on their own.
        if not isinstance(child.tag, str):
            parts.append("")
        elif _holds_blocks(child):
            parts.append(_own_text(child))
        else:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    text = " ".join(p if p == "\n" else p.strip() for p in parts if p == "\n" or (p and p.strip()))
    return "\n".join(line for line in (_SPACES.sub(" ", line).strip() for line in text.split("\n")) if line)


# An old table-layout site puts the whole page in table cells: a row whose cells hold headings or tables
# of their own is layout, walked like any container. A data table's cells may hold paragraphs and lists
# (editors wrap cell text in <p>), so those still make a data row.
def _layout_row(row) -> bool:
    return bool(row.xpath("./*/descendant::*[self::h1 or self::h2 or self::h3 or self::h4 or self::table]"))


def _in_data_row(element) -> bool:
    return any(not _layout_row(row) for row in element.iterancestors("tr"))


def _markdown(root) -> str:
    """Headings, paragraphs, list items and table rows of a cleaned tree, in document order; a collapsible
    section's summary and a question standing alone head what follows, one level below the last heading."""
    lines = []
    level = 1
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "tr" and not _layout_row(element):
            cells = [" ".join(c.text_content().split()) for c in element if isinstance(c.tag, str)]
            if any(cells):
                lines.append("| " + " | ".join(cells) + " |")
            continue
        if (tag not in _BLOCKS and tag not in _CONTAINERS) or tag == "tr" or _in_data_row(element):
            continue
        text = _own_text(element)
        if not text:
            continue
        if tag in ("p", "div") and "\n" in text:
            # Lines broken with <br> (Weebly's and Wix's text boxes have no <p>) stay lines; a question on a
            # line of its own heads the lines after it, as a question in its own paragraph does.
            paragraph: list[str] = []
            for line in text.split("\n"):
                if _QUESTION.match(line):
                    lines.extend(_apart("\n".join(paragraph)) if paragraph else ())
                    lines.extend(_apart(_heading(level + 1, line)))
                    paragraph = []
                else:
                    paragraph.append(line)
            lines.extend(_apart("\n".join(paragraph)) if paragraph else ())
            continue
        text = " ".join(text.split("\n"))
        if tag[0] == "h" and tag[1:].isdigit():
            level = int(tag[1])
            lines.extend(_apart(_heading(level, text)))
        elif (
            tag == "summary" or (tag in ("p", "dt", "div") and _QUESTION.match(text)) or _accordion_item(element, text)
        ):
            lines.extend(_apart(_heading(level + 1, text)))
        elif tag in ("li", "dd"):
            lines.append("- " + text)
        else:
            lines.extend(_apart(text))
    return normalise_text("\n".join(lines))


def _accordion_item(element, text: str) -> bool:
    """A list item that is a question with its answer's blocks inside it: an accordion built as a list
    (UIkit's `uk-accordion`), whose question heads the answer like a summary."""
    return element.tag == "li" and bool(_QUESTION.match(text)) and _holds_blocks(element)


def _holds_blocks(element) -> bool:
    """Whether blocks the walk visits on their own (paragraphs, lists, tables...) are nested in an element."""
    return any(isinstance(d.tag, str) and d.tag in _WALKED for d in element.iterdescendants())


def _heading(level: int, text: str) -> str:
    return "#" * min(level, 6) + " " + text


def _apart(block: str) -> tuple[str, str, str]:
    """A block with a blank line either side (a paragraph or heading of its own in the markdown)."""
    return ("", block, "")


_TRAFILATURA = {"output_format": "markdown", "include_formatting": True, "include_tables": True}
# trafilatura parses with module-level lxml parsers, which are not safe to share between threads: the
# crawler's fetch threads extracting at once have aborted the process inside libxml2. One at a time.
_TRAFILATURA_LOCK = threading.Lock()
# Below this share of what trafilatura finds in the untouched page (when that is a page's worth of text, at
# least UNSHAPED_LENGTH characters), the page's own reading has lost its content.
UNSHAPED_SHARE = 0.5
UNSHAPED_LENGTH = 500


def _trafilatura_text(html: str, url: str) -> str:
    with _TRAFILATURA_LOCK:
        return normalise_text(trafilatura.extract(html, **_TRAFILATURA, url=url) or "")


def from_html(html: str | bytes, url: str) -> Document:
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    if not html.strip():
        return Document(title="", text="")
    tree = lxml.html.fromstring(html)
    unshaped = _trafilatura_text(html, url)
    robots = _meta_robots(tree)
    canonical = ""
    for href in tree.xpath("//link[translate(@rel,'CANONIL','canonil')='canonical']/@href"):
        canonical = urldefrag(urljoin(url, href.strip()))[0]
        break
    title = _clean_title(_title(tree))
    links = _links(tree, url)
    # A <br> is a line break in the text too, so "£62 per night<br>Sunday to Thursday" keeps its words apart.
    for br in tree.iter("br"):
        br.tail = "\n" + (br.tail or "")
    _strip_boilerplate(tree)
    main = tree.xpath("//main | //*[@role='main'] | //article")
    # A landmark that holds little of the page is mislabelled (GoDaddy's builder marks its header widget
    # role="main"): the page is read as if unmarked.
    if main and len(main[0].text_content().split()) * 3 < len(tree.text_content().split()):
        main = []
    root = main[0] if main else tree
    own = _markdown(root)
    if main:
        # The page marks its content; the walk of it keeps every heading, list and table row.
        text = own
    else:
        # No marked content: trafilatura finds the article among the layout; the walk is the fallback
        # for short or unusual pages it gives up on.
        cleaned = lxml.html.tostring(root, encoding="unicode")
        text = _trafilatura_text(cleaned, url)
        if len(text) < 0.6 * len(own) or own.count("#") > text.count("#"):
            text = own
    if len(unshaped) >= UNSHAPED_LENGTH and len(text) < UNSHAPED_SHARE * len(unshaped):
        # The rules above took most of the page for chrome (a wrapper hidden until a script reveals it, a
        # builder's markup no rule foresaw): trafilatura's reading of the untouched page loses some structure
        # but not the content.
        text = unshaped
    return Document(
        title=title,
        text=text,
        canonical_url=canonical,
        links=links,
        noindex="noindex" in robots or "none" in robots,
        nofollow="nofollow" in robots or "none" in robots,
    )


def from_pdf(data: bytes, name: str) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata.title if reader.metadata else None) or name
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise ValidationError({"file": f"This PDF could not be read ({exc})."}) from exc
    return Document(title=str(title), text=normalise_text("\n\n".join(pages)))


def from_docx(data: bytes, name: str) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, ValueError, KeyError) as exc:
        raise ValidationError({"file": "This Word document could not be read."}) from exc
    lines = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        if style.startswith("heading"):
            level = int(style.split()[-1]) if style.split()[-1].isdigit() else 1
            lines.append("#" * min(level, 6) + " " + text)
        elif style == "title":
            lines.append("# " + text)
        elif "list" in style:
            lines.append("- " + text)
        else:
            lines.append(text)
        lines.append("")
    for table in document.tables:
        for row in table.rows:
            lines.append("| " + " | ".join(cell.text.strip() for cell in row.cells) + " |")
        lines.append("")
    title = document.core_properties.title or name
    return Document(title=title, text=normalise_text("\n".join(lines)))


def from_text(data: bytes | str, name: str) -> Document:
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            data = data.decode("latin-1")
    return Document(title=name, text=normalise_text(data))


FILE_TYPES = {".pdf": from_pdf, ".docx": from_docx, ".txt": from_text, ".md": from_text, ".markdown": from_text}


def from_file(data: bytes, name: str) -> Document:
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    reader = FILE_TYPES.get(suffix)
    if reader is None:
        raise ValidationError({"file": "Upload a PDF, Word (.docx), text (.txt) or Markdown (.md) file."})
    document = reader(data, name.rsplit(".", 1)[0])
    if not document.text:
        raise ValidationError({"file": "No text could be read from this file."})
    return document
