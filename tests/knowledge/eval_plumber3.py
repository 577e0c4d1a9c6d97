"""An evaluation site: Fosseway Plumbing & Heating, a plumbing, heating and drainage firm in Leicester (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a Wix site's generated
markup: SITE_CONTAINER / SITE_HEADER / SITE_FOOTER shells, wixui-section blocks with bgLayers and mesh
containers, deeply nested richTextElement divs with font_8 paragraphs in span wrappers, a dropdown menu,
service repeaters, Wix table and accordion widgets and a consent banner.
"""

import itertools
import re

NAME = "Fosseway Plumbing & Heating"

_SITE = "https://www.fossewayplumbing.co.uk"
_PHONE = "0116 296 4410"
_TEL = "tel:+441162964410"
_RT = "wixui-rich-text__text"
_ids = itertools.count(7)


def _cid() -> str:
    """A Wix-looking component id (deterministic)."""
    n = next(_ids) * 2654435761 % 4294967291
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return "comp-l" + out[:7]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# ---------------------------------------------------------------------------------------------------------------
# Inline text and Wix components
# ---------------------------------------------------------------------------------------------------------------

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def _link(m: re.Match) -> str:
    label, href = m.group(1), m.group(2)
    target = ' target="_blank" rel="noreferrer noopener"' if href.startswith("http") else ""
    return (
        f'<a href="{href}" class="{_RT}"{target}>'
        f'<span style="text-decoration:underline;" class="{_RT}">{label}</span></a>'
    )


def _inline(text: str) -> str:
    text = text.replace(" & ", " &amp; ")
    text = _BOLD.sub(lambda m: f'<span style="font-weight:bold;" class="{_RT}">{m.group(1)}</span>', text)
    return _LINK.sub(_link, text)


def _heading(level: int, text: str) -> str:
    font, size = {1: ("font_0", 44), 2: ("font_2", 32), 3: ("font_4", 22)}[level]
    return (
        f'<h{level} class="{font} {_RT}" style="font-size:{size}px; line-height:1.3em;">'
        f'<span style="color:#0E2A47;" class="{_RT}"><span style="font-weight:bold;" class="{_RT}">'
        f'<span style="font-family:montserrat,sans-serif;" class="{_RT}">{_inline(text)}</span></span></span>'
        f"</h{level}>"
    )


def _para(text: str) -> str:
    return (
        f'<p class="font_8 {_RT}" style="font-size:16px; line-height:1.7em;">'
        f'<span style="color:#3A4553;" class="{_RT}"><span style="font-size:16px;" class="{_RT}">'
        f'<span class="{_RT}">{_inline(text)}</span></span></span></p>'
    )


def _list(items: list[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    lis = "".join(
        f'<li class="{_RT}"><p class="font_8 {_RT}" style="font-size:16px; line-height:1.7em;">'
        f'<span style="color:#3A4553;" class="{_RT}">{_inline(item)}</span></p></li>'
        for item in items
    )
    return f'<{tag} class="font_8 {_RT}">{lis}</{tag}>'


def _rich(parts: list[str]) -> str:
    c = _cid()
    inner = "".join(parts)
    return f'<div id="{c}" class="HcOXKn SxM0TO QxJLC3 {c} wixui-rich-text" data-testid="richTextElement">{inner}</div>'


def _button(label: str, href: str) -> str:
    c = _cid()
    return (
        f'<div id="{c}" class="{c} wixui-button zKbzSQ" aria-disabled="false" data-semantic-classname="button">'
        f'<a data-testid="linkElement" href="{href}" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false">'
        f'<span class="l7_2fn wixui-button__label">{label}</span></a></div>'
    )


def _table(rows: list[list[str]]) -> str:
    c = _cid()
    head, body = rows[0], rows[1:]
    cells = "".join(
        f'<div role="columnheader" class="wixui-table__header-cell Hq0zBi">'
        f'<span class="x8Rk2Q">{_inline(h)}</span></div>'
        for h in head
    )
    out = [
        f'<div id="{c}" class="{c} wixui-table" data-testid="table" role="table" aria-label="{_slug(head[0])}">',
        '<div role="rowgroup" class="wixui-table__header">',
        f'<div role="row" class="wixui-table__row jX1Sm4">{cells}</div></div>',
        '<div role="rowgroup" class="wixui-table__body">',
    ]
    for row in body:
        cells = "".join(
            f'<div role="cell" class="wixui-table__cell Pv7x1A"><span class="x8Rk2Q">{_inline(v)}</span></div>'
            for v in row
        )
        out.append(f'<div role="row" class="wixui-table__row jX1Sm4">{cells}</div>')
    out.append("</div></div>")
    return "".join(out)


def _html_table(rows: list[list[str]]) -> str:
    """A plain <table> pasted into a Wix 'Embed HTML' element, as site owners often do."""
    c = _cid()
    head = "".join(f"<th>{_inline(h)}</th>" for h in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{_inline(v)}</td>" for v in row) + "</tr>" for row in rows[1:])
    return (
        f'<div id="{c}" class="{c} wixui-html-component" data-testid="htmlEmbed"><div class="_49_rs">'
        f'<table class="price-table" style="width:100%;border-collapse:collapse;font-family:open sans,sans-serif;">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div></div>"
    )


def _repeater(items: list[list[str]]) -> str:
    c = _cid()
    out = [f'<div id="{c}" class="{c} wixui-repeater" data-testid="repeater"><div class="ZJxsCv" role="list">']
    for i, item in enumerate(items, 1):
        title, text = item[0], item[1]
        href = item[2] if len(item) > 2 else ""
        img = (
            f'<div id="img_{c}__item{i}" class="j7pOnl wixui-image" data-testid="imageX">'
            f'<wow-image class="HlRz5e BI8PVQ" data-image-info=\'{{"containerId":"{c}__item{i}"}}\'>'
            f'<img src="https://static.wixstatic.com/media/3f7c21_{_slug(title)}~mv2.jpg/v1/fill/w_380,h_240,al_c,q_80/'
            f'{_slug(title)}.jpg" alt="{title}" style="width:380px;height:240px;object-fit:cover"></wow-image></div>'
        )
        more = _button("Find Out More", href) if href else ""
        out.append(
            f'<div id="{c}__item{i}" class="wixui-repeater__item Xk3eP1" role="listitem">'
            f'<div data-testid="container-bg" class="MUgKDi"></div>'
            f'<div data-mesh-id="{c}__item{i}inlineContent" data-testid="inline-content" class="">'
            f'<div data-mesh-id="{c}__item{i}inlineContent-gridContainer" data-testid="mesh-container-content">'
            f"{img}{_rich([_heading(3, title), _para(text)])}{more}</div></div></div>"
        )
    out.append("</div></div>")
    return "".join(out)


def _accordion(items: list[tuple[str, str]]) -> str:
    c = _cid()
    out = [f'<div id="{c}" class="{c} wixui-accordion faq-accordion" data-testid="accordion" role="presentation">']
    for i, (question, answer) in enumerate(items, 1):
        out.append(
            f'<div class="accordion-item" id="{c}_item{i}">'
            f'<button class="accordion-toggle" aria-expanded="false" aria-controls="{c}_panel{i}">{question}</button>'
            f'<div class="accordion-panel" id="{c}_panel{i}" role="region">{_rich([_para(answer)])}</div></div>'
        )
    out.append("</div>")
    return "".join(out)


def _quotes(items: list[tuple[str, str]]) -> str:
    c = _cid()
    out = [f'<div id="{c}" class="{c} wixui-slideshow" data-testid="slideshow" aria-label="Testimonials">']
    for i, (quote, who) in enumerate(items, 1):
        out.append(
            f'<div id="{c}_slide{i}" class="wixui-slideshow__slide QFqzr3" data-testid="slide">'
            f'<div class="StarRating" aria-label="Rated 5 out of 5">&#9733;&#9733;&#9733;&#9733;&#9733;</div>'
            f"{_rich([_para('&ldquo;' + quote + '&rdquo;'), _para('<em>' + who + '</em>')])}</div>"
        )
    out.append("</div>")
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------------
# A tiny markup for page bodies, rendered into Wix components
# ---------------------------------------------------------------------------------------------------------------


def _items(lines: list[str], prefix: str) -> list[str]:
    """Items that start with prefix (regex); other lines continue the previous item."""
    out: list[str] = []
    for line in lines:
        m = re.match(prefix, line)
        if m:
            out.append(line[m.end() :])
        else:
            out[-1] += " " + line
    return out


def _render(src: str) -> list[str]:
    """Markup -> list of section contents (each a string of Wix components)."""
    sections = []
    for chunk in src.strip().split("\n---\n"):
        comps: list[str] = []
        rich: list[str] = []

        def flush(comps: list[str] = comps, rich: list[str] = rich) -> None:
            if rich:
                comps.append(_rich(list(rich)))
                rich.clear()

        for block in re.split(r"\n\s*\n", chunk.strip()):
            lines = [ln.strip() for ln in block.strip().splitlines() if ln.strip()]
            first = lines[0]
            if first.startswith("#"):
                level = len(first) - len(first.lstrip("#"))
                rich.append(_heading(level, first[level:].strip()))
                if len(lines) > 1:
                    rich.append(_para(" ".join(lines[1:])))
            elif first.startswith("- "):
                rich.append(_list(_items(lines, r"- ")))
            elif re.match(r"\d+\. ", first):
                rich.append(_list(_items(lines, r"\d+\. "), ordered=True))
            elif first.startswith("|!"):
                flush()
                comps.append(_html_table([[v.strip() for v in ln.strip("|!").split("|")] for ln in lines]))
            elif first.startswith("|"):
                flush()
                comps.append(_table([[v.strip() for v in ln.strip("|").split("|")] for ln in lines]))
            elif first.startswith("[["):
                flush()
                for label, href in re.findall(r"\[\[(.+?) -> (\S+?)\]\]", block):
                    comps.append(_button(label, href))
            elif first.startswith("* "):
                flush()
                comps.append(_repeater([[v.strip() for v in item.split("|")] for item in _items(lines, r"\* ")]))
            elif first.startswith("?? "):
                flush()
                qa = []
                for item in _items(lines, r"\?\? "):
                    question, _, answer = item.partition(" >> ")
                    qa.append((question.strip(), answer.strip()))
                comps.append(_accordion(qa))
            elif first.startswith("<"):
                flush()
                comps.append(_raw(block))
            elif first.startswith('"" '):
                flush()
                comps.append(_quotes([tuple(q.split(" -- ")) for q in _items(lines, r'"" ')]))
            else:
                rich.append(_para(" ".join(lines)))
        flush()
        sections.append("".join(comps))
    return sections


def _raw(block: str) -> str:
    c = _cid()
    return f'<div id="{c}" class="{c} wixui-html-component" data-testid="htmlEmbed">{block.strip()}</div>'


def _section(inner: str, bg: str = "#FFFFFF") -> str:
    c = _cid()
    return (
        f'<section id="{c}" tabindex="-1" class="Oqnisf {c} wixui-section" data-block-level-container="ClassicSection">'
        f'<div id="bgLayers_{c}" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV">'
        f'<div data-testid="colorUnderlay" class="LWbAav Kv1aVt" style="background-color:{bg};"></div>'
        f'<div id="bgMedia_{c}" data-motion-part="BG_MEDIA" class="VgO9Yg"></div></div>'
        f'<div data-mesh-id="{c}inlineContent" data-testid="inline-content" class="">'
        f'<div data-mesh-id="{c}inlineContent-gridContainer" data-testid="mesh-container-content">'
        f"{inner}</div></div></section>"
    )


def _column(inner: str, width: str) -> str:
    c = _cid()
    return (
        f'<div id="{c}" class="{c} YzqVVZ wixui-column-strip__column" style="flex-basis:{width};">'
        f'<div id="bgLayers_{c}" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" '
        f'class="LWbAav Kv1aVt"></div></div><div data-mesh-id="{c}inlineContent" data-testid="inline-content">'
        f'<div data-mesh-id="{c}inlineContent-gridContainer" data-testid="mesh-container-content">{inner}</div>'
        f"</div></div>"
    )


def _strip(main: str, aside: str) -> str:
    c = _cid()
    return (
        f'<section id="{c}" tabindex="-1" class="{c} wixui-column-strip" data-testid="columns">'
        f'<div id="bgLayers_{c}" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" '
        f'class="LWbAav Kv1aVt"></div></div><div data-testid="columns" class="V5AUxf">'
        f"{_column(main, '68%')}"
        f'<aside class="{_cid()} wixui-column-strip__column sidebar-widgets" style="flex-basis:32%;">'
        f"{aside}</aside></div></section>"
    )


# ---------------------------------------------------------------------------------------------------------------
# Shared header, menu and footer
# ---------------------------------------------------------------------------------------------------------------

_NAV = [
    ("Home", "/", []),
    (
        "Services",
        "",
        [
            ("24/7 Emergency Plumber", "/emergency-plumber/"),
            ("Leaks & Burst Pipes", "/leaks-and-burst-pipes/"),
            ("Blocked Drains & Toilets", "/blocked-drains/"),
            ("Boiler Repairs", "/boiler-repairs/"),
            ("Boiler Servicing & Cover Plans", "/boiler-servicing/"),
            ("New Boilers & Finance", "/new-boilers/"),
            ("Central Heating & Radiators", "/central-heating/"),
            ("Bathroom Fitting", "/bathrooms/"),
            ("Hot Water & Water Pressure", "/hot-water-and-pressure/"),
        ],
    ),
    ("Landlords", "/landlords/", []),
    ("Prices", "/prices/", []),
    (
        "Help & Info",
        "",
        [
            ("How Booking Works", "/how-it-works/"),
            ("Guarantees & Complaints", "/guarantees/"),
            ("FAQs", "/faq/"),
        ],
    ),
    ("About", "", [("About Us & Our Team", "/about/"), ("Reviews", "/reviews/")]),
    ("Contact", "/contact/", []),
]


def _menu_link(label: str, href: str, path: str, cls: str) -> str:
    current = ' aria-current="page" data-state="selected"' if href == path else ' data-state=""'
    return (
        f'<li class="{cls}" data-testid="menuItem"{current}><a data-testid="linkElement" href="{href}" class="UiHgGh">'
        f'<div class="yRj2ms"><div class="zKbzSQ"><p class="wixui-dropdown-menu__item-label">'
        f"{label.replace('&', '&amp;')}</p></div></div></a></li>"
    )


def _header(path: str) -> str:
    items = []
    for label, href, sub in _NAV:
        if not sub:
            items.append(_menu_link(label, href, path, "wixui-dropdown-menu__item JS76Uv"))
            continue
        subs = "".join(_menu_link(s_label, s_href, path, "wixui-dropdown-menu__subitem") for s_label, s_href in sub)
        items.append(
            '<li class="wixui-dropdown-menu__item JS76Uv" data-testid="menuItem" aria-haspopup="true">'
            f'<div data-testid="linkElement" class="UiHgGh" role="button" tabindex="0"><div class="yRj2ms">'
            f'<p class="wixui-dropdown-menu__item-label">{label.replace("&", "&amp;")}</p>'
            '<span class="wixui-dropdown-menu__arrow" aria-hidden="true">&#9662;</span></div></div>'
            f'<ul class="wixui-dropdown-menu__submenu Zw7Vdc" data-testid="subMenu">{subs}</ul></li>'
        )
    flat = [(s_label, s_href) for label, href, sub in _NAV for s_label, s_href in (sub or [(label, href)])]
    mobile = "".join(
        f'<li class="wixui-mobile-menu__item"><a href="{h}" data-testid="linkElement">'
        f"{t.replace('&', '&amp;')}</a></li>"
        for t, h in flat
    )
    return f"""<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="mDzRgi"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div>
<div class="Jzh04a"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBgCenter"></div></div>
<div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
<div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lhdrtopbar" class="comp-lhdrtopbar wixui-box"><div id="comp-lhdrtoptxt"
 class="HcOXKn SxM0TO QxJLC3 comp-lhdrtoptxt wixui-rich-text" data-testid="richTextElement">
<p class="font_9 {_RT}"><span class="{_RT}">24/7 emergency line:
<a href="{_TEL}" class="{_RT}">{_PHONE}</a> &nbsp;|&nbsp; Gas Safe Registered &nbsp;|&nbsp;
Covering Leicester &amp; surrounding villages</span></p></div></div>
<div id="comp-lhdrlogo" class="comp-lhdrlogo wixui-image" data-testid="imageX">
<a data-testid="linkElement" href="/" class="j7pOnl"><wow-image class="HlRz5e">
<img src="https://static.wixstatic.com/media/3f7c21_fosseway-logo~mv2.png/v1/fill/w_240,h_74/logo.png"
 alt="Fosseway Plumbing &amp; Heating logo" style="width:240px;height:74px;object-fit:contain"></wow-image></a></div>
<nav id="comp-lhdrmenu" aria-label="Site" class="comp-lhdrmenu wixui-dropdown-menu StylableHorizontalMenu">
<ul class="NHBczX" role="menubar">{"".join(items)}</ul></nav>
<div id="comp-lhdrmobile" class="comp-lhdrmobile wixui-hamburger-menu">
<button class="wixui-hamburger-menu__open-button" aria-label="Open site navigation" aria-haspopup="true">
<span></span><span></span><span></span></button>
<div id="MENU_AS_CONTAINER" class="wixui-mobile-menu" aria-hidden="true"><nav aria-label="Site">
<ul class="wixui-mobile-menu__list">{mobile}</ul></nav></div></div>
{_button("Book Online", "/contact/")}
</div></div></div></div></header>"""


_FOOTER = f"""<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1">
<div class="mDzRgi"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"
 style="background-color:#0E2A47;"></div></div><div class="Jzh04a">
<div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class="">
<div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lftcol1" class="HcOXKn SxM0TO QxJLC3 comp-lftcol1 wixui-rich-text" data-testid="richTextElement">
<h4 class="font_6 {_RT}"><span style="color:#FFFFFF;" class="{_RT}">Fosseway Plumbing &amp; Heating</span></h4>
<p class="font_9 {_RT}"><span style="color:#D5DEE8;" class="{_RT}">Unit 7, Abbey Meadows Trade Park</span></p>
<p class="font_9 {_RT}"><span style="color:#D5DEE8;" class="{_RT}">Leicester LE4 5AX</span></p>
<p class="font_9 {_RT}"><span style="color:#D5DEE8;" class="{_RT}">Phone: <a href="{_TEL}"
 class="{_RT}">{_PHONE}</a></span></p>
<p class="font_9 {_RT}"><span style="color:#D5DEE8;" class="{_RT}">Email:
<a href="mailto:hello@fossewayplumbing.co.uk" class="{_RT}">hello@fossewayplumbing.co.uk</a></span></p>
</div>
<div id="comp-lftcol2" class="HcOXKn SxM0TO QxJLC3 comp-lftcol2 wixui-rich-text" data-testid="richTextElement">
<h4 class="font_6 {_RT}"><span style="color:#FFFFFF;" class="{_RT}">Opening Hours</span></h4>
<p class="font_9 {_RT}"><span style="color:#D5DEE8;" class="{_RT}">Office: Mon&ndash;Fri 8am&ndash;5.30pm,
 Sat 9am&ndash;1pm</span></p>
<p class="font_9 {_RT}"><span style="color:#D5DEE8;" class="{_RT}">Emergency line: 24 hours, 7 days</span></p>
</div>
<div id="comp-lftcol3" class="HcOXKn SxM0TO QxJLC3 comp-lftcol3 wixui-rich-text" data-testid="richTextElement">
<h4 class="font_6 {_RT}"><span style="color:#FFFFFF;" class="{_RT}">Quick Links</span></h4>
<p class="font_9 {_RT}"><a href="/emergency-plumber/" class="{_RT}">Emergency Plumber</a></p>
<p class="font_9 {_RT}"><a href="/new-boilers/" class="{_RT}">New Boilers</a></p>
<p class="font_9 {_RT}"><a href="/prices/" class="{_RT}">Prices</a></p>
<p class="font_9 {_RT}"><a href="/reviews/" class="{_RT}">Reviews</a></p>
<p class="font_9 {_RT}"><a href="/contact/" class="{_RT}">Contact</a></p>
</div>
<div id="comp-lftbadges" class="comp-lftbadges wixui-image" data-testid="imageX"><wow-image class="HlRz5e">
<img src="https://static.wixstatic.com/media/3f7c21_badges~mv2.png/v1/fill/w_300,h_80/badges.png"
 alt="Gas Safe Registered, CIPHE member, Checkatrade approved" style="width:300px;height:80px"></wow-image></div>
<div id="comp-lftsocial" class="comp-lftsocial wixui-social-links" data-testid="linkBar">
<ul class="wixui-social-links__list" aria-label="Social Bar">
<li class="wixui-social-links__item"><a href="https://www.facebook.com/fossewayplumbing" target="_blank"
 rel="noreferrer noopener" aria-label="Facebook">Facebook</a></li>
<li class="wixui-social-links__item"><a href="https://www.instagram.com/fossewayplumbing" target="_blank"
 rel="noreferrer noopener" aria-label="Instagram">Instagram</a></li>
<li class="wixui-social-links__item"><a href="https://www.checkatrade.com/trades/fossewayplumbingheating"
 target="_blank" rel="noreferrer noopener" aria-label="Checkatrade">Checkatrade</a></li>
</ul></div>
<div id="comp-lftcopy" class="HcOXKn SxM0TO QxJLC3 comp-lftcopy wixui-rich-text" data-testid="richTextElement">
<p class="font_9 {_RT}" style="text-align:center;"><span style="color:#9FB0C3;" class="{_RT}">&copy; 2024 by
 Fosseway Plumbing &amp; Heating Ltd. Registered in England &amp; Wales No. 06823147. Proudly created with
 Wix.com</span></p></div>
</div></div></div></div></footer>"""

_COOKIES = """<div id="consent-banner-root" class="consent-banner-root"><div data-hook="consent-banner-root"
 role="region" aria-label="Cookie banner" class="ccsu3e"><div class="cb-text"><p data-hook="consent-banner-text">
This website uses cookies. We use cookies to see how you use our site and to improve your experience. By clicking
&ldquo;Accept&rdquo;, you agree to our use of such cookies.</p></div><div class="cb-buttons">
<button data-hook="consent-banner-settings-button" class="cb-btn">Settings</button>
<button data-hook="consent-banner-decline-button" class="cb-btn">Decline All</button>
<button data-hook="consent-banner-apply-button" class="cb-btn cb-primary">Accept</button></div></div></div>"""

_ANALYTICS = """<script async src="https://www.googletagmanager.com/gtag/js?id=G-7FQK2LP0ZX"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}
gtag('js',new Date());gtag('config','G-7FQK2LP0ZX');</script>"""


def _page(path: str, title: str, description: str, body: str, aside: str = "") -> str:
    sections = _render(body)
    shaded = itertools.cycle(["#FFFFFF", "#F2F6FA"])
    html_sections = []
    for i, inner in enumerate(sections):
        bg = next(shaded)
        if i == 0 and aside:
            aside_html = "".join(_section(s, "#EAF1F8") for s in _render(aside))
            html_sections.append(_strip(inner, aside_html))
        else:
            html_sections.append(_section(inner, bg))
    page_id = "c" + _slug(path or "home")[:4] + "x"
    full_title = f"{title} | Fosseway Plumbing &amp; Heating"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="format-detection" content="telephone=no">
<meta name="skype_toolbar" content="skype_toolbar_parser_compatible">
<meta name="generator" content="Wix.com Website Builder">
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/3f7c21_favicon~mv2.png">
<title>{full_title}</title>
<meta name="description" content="{description}">
<link rel="canonical" href="{_SITE}{path}">
<meta property="og:title" content="{full_title}">
<meta property="og:description" content="{description}">
<meta property="og:url" content="{_SITE}{path}">
<meta property="og:site_name" content="Fosseway Plumbing &amp; Heating">
<meta property="og:type" content="website">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/_wix/thunderbolt/main.7c1e0f.min.css">
<link rel="stylesheet" href="/_wix/thunderbolt/fonts/montserrat.css">
<style id="css_masterPage">
.font_0{{font:normal normal bold 44px/1.3em montserrat,sans-serif;color:#0E2A47}}
.font_2{{font:normal normal bold 32px/1.3em montserrat,sans-serif;color:#0E2A47}}
.font_8{{font:normal normal normal 16px/1.7em 'open sans',sans-serif;color:#3A4553}}
.wixui-dropdown-menu__submenu{{display:none}}.accordion-panel{{padding:0 16px}}
</style>
{_ANALYTICS}
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
 aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_{page_id}"
 data-media-height-override-type="" class="pageBackground"></div></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<div id="SKIP_TO_CONTENT_BTN" class="LHrbPP" tabindex="0" role="button">Skip to Main Content</div>
{_header(path)}
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true">
<div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU">
<div id="{page_id}" class="dBAkHi theme-vars {page_id}"><div class="PFkO7r wixui-page"></div>
<div id="Container{page_id}" class="Container{page_id} SPY_vo">
<div data-mesh-id="Container{page_id}inlineContent" data-testid="inline-content" class="">
<div data-mesh-id="Container{page_id}inlineContent-gridContainer" data-testid="mesh-container-content">
{"".join(html_sections)}
</div></div></div></div></div></div>
</main>
<div id="soapAfterPagesContainer" class="page-without-sosp soapAfterPagesContainer"></div>
{_FOOTER}
</div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1"
 aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
</div></div>
{_COOKIES}
</body>
</html>
"""


_HELP_ASIDE = f"""
### Need help right now?

Our phones are answered 24 hours a day for emergencies. Call [{_PHONE}]({_TEL}) and speak to a real person.

[[Call Our Emergency Line -> {_TEL}]]

### Our Services

- [Emergency Plumber](/emergency-plumber/)
- [Leaks & Burst Pipes](/leaks-and-burst-pipes/)
- [Blocked Drains](/blocked-drains/)
- [Boiler Repairs](/boiler-repairs/)
- [Boiler Servicing](/boiler-servicing/)
- [New Boilers](/new-boilers/)
- [Central Heating](/central-heating/)
- [Hot Water & Water Pressure](/hot-water-and-pressure/)
"""

_BOOK_ASIDE = """
### Book an engineer

Tell us what's going on and send a couple of photos &ndash; it helps us bring the right parts first time.

[[Book Online -> /contact/]]
[[See Our Prices -> /prices/]]
"""

# ---------------------------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------------------------

_HOME = """
# Plumbing, Heating & Drainage Across Leicester

Family-run since 2008, Fosseway Plumbing & Heating looks after homes, landlords and small businesses across
Leicester and the surrounding villages. From a dripping tap to a brand new boiler, our Gas Safe registered
engineers turn up when we say we will, explain what's wrong in plain English and tidy up before they leave.

[[Book an Engineer -> /how-it-works/]]
[[24/7 Emergency Help -> /emergency-plumber/]]
---
## What We Do

* Emergency Plumber | Day or night, a real person answers the phone and an engineer gets on the road. |
/emergency-plumber/
* Leaks & Burst Pipes | Water through the ceiling, frozen pipes and hidden leaks found and fixed. |
/leaks-and-burst-pipes/
* Blocked Drains & Toilets | Sinks, toilets and outside drains cleared, plus camera surveys. | /blocked-drains/
* Boiler Repairs | Breakdowns on all the main gas boiler makes, with parts carried on the van. | /boiler-repairs/
* Boiler Servicing | Annual services and our Fosseway Cover monthly plans. | /boiler-servicing/
* New Boilers | Fixed quotes, manufacturer-approved installers and finance options. | /new-boilers/
* Central Heating | Radiators, powerflushing, valves and smart controls. | /central-heating/
* Bathrooms | Complete bathroom and shower room refits, designed and tiled in-house. | /bathrooms/
* Landlords | Gas safety records and repairs for landlords and letting agents. | /landlords/
* Hot Water & Pressure | Unvented cylinders, immersion heaters and poor water pressure. | /hot-water-and-pressure/
---
## Why Leicester Chooses Fosseway

- **Gas Safe registered** engineers in branded uniform, carrying photo ID
- **Well-stocked vans**, so most repairs are finished on the first visit
- **No nasty surprises**: you get a price before we pick up a tool
- **Tidy workers**: shoe covers, dust sheets, and we take our rubbish away with us
- **Properly local**: our office and stores are in Leicester, not a call centre miles away

Last year our team carried out just over 5,200 jobs in and around Leicester, and more than half of our work
now comes from customers who have used us before or been recommended by a friend.
---
## What Our Customers Say

"" Boiler packed up on a Sunday night with two little ones in the house. The engineer was with us in just
over an hour and had the heating back on before midnight. -- Laura M., Aylestone
"" Clear price on the phone, turned up in the slot they gave me and left the kitchen cleaner than they found
it. Will definitely use again. -- Raj P., Rushey Mead
"" We use Fosseway for all nine of our rental properties. Reliable, and the paperwork always arrives the same
day. -- Sarah K., letting agent, Evington

[[Read More Reviews -> /reviews/]]
"""

_EMERGENCY = """
# 24/7 Emergency Plumber in Leicester

Something has gone wrong and you need someone now. Our emergency line, 0116 296 4410, is answered by a real
person day and night, 365 days a year. After 6pm your call goes straight to the on-call engineer rather than a
call centre, so you can describe the problem to the person who will actually be coming out.

## What we treat as an emergency

- Water leaking that you can't stop, or water getting near lights, sockets or the fuse box
- A burst pipe, a split flexible hose or a leaking hot water cylinder
- No heating or hot water where there's a baby, an elderly person or someone unwell in the house
- Your only toilet blocked or overflowing, or sewage coming back up into the house

Anything else we'll gladly book in as a normal appointment at our cheaper daytime rates.

## Smell gas? Call the gas emergency line first

If you can smell gas, please don't ring us first. Call the National Gas Emergency Service free on
**0800 111 999**, open doors and windows, don't use light switches or naked flames, and turn the gas off at the
meter if you can reach it safely. Their engineer will make the supply safe, which usually means capping off the
faulty appliance. Once that's done, give us a ring and we'll come and repair the appliance or pipework so you can
use it again.

## How quickly can you get to me?

Inside the Leicester ring road we aim to be with you within 60 to 90 minutes. Out in the villages it's normally
within two hours. When you call we'll give you an honest arrival time, and if we can't get to you within two
hours we'll tell you straight away so you can try someone else.
---
## Emergency callout charges

| When you call us out | First hour (includes callout) | Each extra half hour |
| Monday to Friday, 8am to 6pm | £85 | £30 |
| Monday to Friday 6pm to 10pm, and Saturdays | £125 | £45 |
| Overnight 10pm to 8am, Sundays and bank holidays | £165 | £55 |
| Christmas Day, Boxing Day and New Year's Day | £220 | £70 |

Parts and materials are extra. On an emergency visit our first job is to make everything safe. If the full
repair needs a part we don't carry, we'll make it safe, order the part and come back to finish at our normal
booked rates rather than emergency rates.

## While you wait for us

Turning off your water quickly can save a ceiling. Have a look at our step-by-step advice on our
[leaks and burst pipes page](/leaks-and-burst-pipes/).
"""

_LEAKS = """
# Leaks & Burst Pipes

A small drip under the sink can wait for a booked visit. Water pouring through a ceiling can't. Either way,
our engineers find where the water is coming from, fix it properly and tell you what needs drying out.

## Water coming through the ceiling? Do this first

1. Turn off the water at your internal stop tap. It's usually under the kitchen sink, but can be in a
downstairs toilet, under the stairs or where the water pipe comes into the house. Turn it clockwise.
2. If water is near light fittings, sockets or the fuse box, switch the electricity off at the consumer unit,
but only if you can reach it without standing in water. Don't touch switches with wet hands.
3. Switch off the boiler and any immersion heater, then open the cold taps to drain down the pipes.
4. If the ceiling is bulging, put a bucket underneath and carefully pierce the bulge with a screwdriver so the
water comes out in one place instead of bringing the plaster down.
5. Take photos of the damage for your insurer, then give us a ring.

## Burst and frozen pipes

In a cold snap, pipes in lofts, garages and on outside walls can freeze. If a tap gives you nothing, turn off
the stop tap and thaw the pipe gently from the tap end with a hairdryer, a hot water bottle or towels soaked in
hot water. Never use a blowtorch or any naked flame. Once it's thawed, check along the pipe for splits. We
replace split sections and can lag loft and garage pipes properly, from £45 supply and fit.
---
## Hidden leaks and leak detection

Water meter spinning with every tap off? A damp patch that keeps growing? Floor feeling warm in one spot? We use
thermal imaging cameras, acoustic listening equipment and tracer gas to pinpoint leaks under floors and behind
walls without ripping the house apart. Leak detection starts at £195 for up to two hours on site.

## Reports for your insurance company

Most home insurance policies include "trace and access" cover. After finding the leak we can write a report
for your insurer with photos, thermal images, the cause of the leak and the cost of the repair. The written
report is £60 on top of the leak detection visit, and we're happy to speak to your insurer or loss adjuster
directly. We don't do the making good afterwards (plastering and decorating), but we can recommend local
trades we trust.
"""

_DRAINS = """
# Blocked Drains, Toilets & Sinks

Our drainage van carries rods, hand-held and van-mounted high pressure water jetters and a CCTV drain camera,
so most blockages are cleared on the first visit. Kieran, who runs our drainage work, has been unblocking
Leicester's drains for over twelve years.

## Signs your drain is blocked

- The toilet water rises right up when you flush, or drains away very slowly
- Sinks and the bath gurgle or smell
- The manhole or the gully outside is full of water, or overflowing into the garden
---
## Drain unblocking prices

| Job | Mon to Fri, 8am to 6pm | Evenings and weekends |
| Blocked toilet, sink, bath or shower inside the house | £95 | £140 |
| Blocked outside drain, manhole or gully (up to one hour) | £110 | £160 |
| High pressure jetting, each extra hour | £75 | £95 |
| CCTV drain survey with written report | £175 | Not available |

These are fixed prices with no extra callout charge. **No clear, no fee:** if we can't clear the blockage, you
don't pay for the unblocking (this doesn't apply to CCTV surveys).

## Who is responsible for the drain?

Since October 2011, drains and sewers shared with a neighbour, or running outside your property boundary,
are generally the responsibility of the water company, which in Leicester is Severn Trent. If the manhole serves
more than one house, or the blockage is beyond your boundary, ring Severn Trent first on 0800 783 4444 and they
will clear it free of charge. The pipes that serve only your house, inside your boundary, are yours. If we lift
the cover and find the blockage is in a shared section, we'll tell you before doing anything you'd pay for.

## Camera surveys for house buyers

Buying an older house? A CCTV survey shows up tree roots, cracked clay pipes and collapsed sections before you
commit. You get a written report and the footage within two working days.

## Please don't...

Flush wet wipes (even the ones labelled flushable), pour cooking fat down the sink, or use caustic drain
unblocker just before we arrive. If you have used a chemical unblocker, please tell us, as it can burn our
engineer. We don't empty septic tanks or cesspits.
"""

_BOILER_REPAIRS = """
# Boiler Repairs & Breakdowns

We repair all the main makes of gas boiler, including Worcester Bosch, Vaillant, Baxi, Ideal, Glow-worm,
Viessmann, Potterton and Alpha. Our vans carry the parts that fail most often, such as fans, diverter valves,
pumps and circuit boards for the popular models. If something has to be ordered, it usually arrives the next
working day.

## What we don't work on

We work on natural gas appliances only. We aren't OFTEC registered, so we can't work on oil-fired boilers, and
we don't work on LPG, back boilers behind gas fires or warm air heating units. If you have an oil boiler we're
happy to pass on the details of a local OFTEC engineer.

## Quick checks before you call

- Is the boiler's display on? Check the switch on the wall next to it (the fused spur).
- Is the gas on? Try the hob, and check there's credit on a prepayment meter.
- Is the thermostat turned up and the timer set to on? Replace the batteries in a wireless thermostat.
- Look at the pressure gauge: with the heating off it should read between 1 and 1.5 bar.
---
## Boiler losing pressure

If the pressure drops below 1 bar, most combi boilers lock out. You can usually top it up yourself using the
filling loop: a silver braided hose with a tap at each end underneath the boiler, or a built-in blue lever or
key on some Worcester and Vaillant models. Open the taps slowly until the gauge reads 1.2 to 1.5 bar, close
them fully, then reset the boiler. If you find you're topping up more than about once a month, water is
escaping somewhere (often a radiator valve, the pressure relief valve or a failed expansion vessel) and it's
worth booking a repair before it gets worse.

## Frozen condensate pipe

Modern condensing boilers have a plastic pipe running outside to a drain. In freezing weather it can ice up;
the boiler gurgles and shows a fault code (EA on many Worcesters, F28 or L2 on others). Pour warm, not
boiling, water slowly along the outside pipe, then reset the boiler. We can re-route or insulate the pipe so it
doesn't happen again, from £120.

## What a repair costs

Booked repair visits are charged at our standard labour rates on the [prices page](/prices/), plus parts. Our
engineer will find the fault and tell you the cost of the repair before carrying it out.

## Repair or replace?

If your boiler is more than 15 years old and the repair would cost over £350, we'll tell you honestly whether
it's worth it, and if not, what a [replacement boiler](/new-boilers/) would cost.
"""

_SERVICING = """
# Boiler Servicing & Fosseway Cover Plans

An annual service keeps your boiler safe, stops small problems turning into breakdowns and keeps it running
efficiently. Most manufacturers' warranties also require a service every twelve months by a Gas Safe engineer.

## What's included in a boiler service

- Visual check of the boiler casing, seals, flue and flue terminal
- Flue gas analysis with a calibrated analyser to check the boiler is burning safely
- Gas pressure and gas rate checks
- Cleaning the condensate trap and, where needed, the burner and heat exchanger
- Testing safety devices and checking the system pressure and expansion vessel
- Service record completed and a digital report emailed to you the same day

A service takes between 45 minutes and an hour. We'll send you a reminder text eleven months later.

## Service prices

| Appliance | Price |
| Gas boiler annual service | £95 |
| Gas boiler and gas fire serviced at the same visit | £150 |
| Gas fire service on its own | £70 |
---
## Fosseway Cover: spread the cost monthly

Our cover plans include your annual service and mean a breakdown doesn't come with a big bill.

| Plan | Monthly cost | What's included |
| Service Plus | £12.50 a month | Annual service, priority booking for breakdowns, no callout charge, 10% off repairs |
| Complete Care | £21 a month | Annual service, unlimited callouts, parts & labour up to £1,000 a year, 24/7 priority |

**Plan terms:** 12 month minimum term, then cancel any time with 30 days' notice. Your boiler must be a natural
gas boiler under 12 years old and in working order when we carry out the first service. You can make a claim
30 days after joining. One property per plan. Not covered: flue replacement, sludge and powerflushing, and
faults that were there before you joined.

[[Join Fosseway Cover -> /contact/]]
"""

_NEW_BOILERS = """
# New Boiler Installation

Whether your old boiler has given up or you want a more efficient system, we'll recommend the right boiler for
your home, not the one with the biggest margin. We're a Worcester Bosch Accredited Installer and a Vaillant
Advance installer, which means longer warranties for you.

## How it works

1. **Free survey.** We come and look, or for a like-for-like swap you can send photos and a video on WhatsApp.
2. **Fixed written quote within 48 hours.** No pushy sales visits and no "today only" prices.
3. **Installation.** A like-for-like combi swap takes one day. Converting a tank system to a combi, or moving
the boiler to a new position, takes two to three days.
4. **Handover.** We show you how everything works, complete the Benchmark checklist, register the installation
with Gas Safe (who notify Building Control) and register your warranty with the manufacturer.

Converting to a combi means we take out the old tanks in the loft and the hot water cylinder, which frees up
the airing cupboard.
---
## Boilers we fit and their warranties

| Boiler | Typical price fitted | Warranty when we fit it |
| Ideal Logic+ Combi 30 | from £2,150 | 7 years |
| Worcester Bosch Greenstar 4000 | from £2,750 | 10 years |
| Vaillant ecoTEC plus | from £2,850 | 10 years |

Every installation includes a magnetic system filter, a chemical clean of your system, a programmable
wireless thermostat, a new flue and removal and recycling of your old boiler. To keep the warranty valid the
boiler needs servicing every year, with the first service within 12 months of installation.

## Spread the cost with finance

We work with an FCA-authorised finance partner. We act as a credit broker, not a lender.

- **0% APR over 12 months** with a 10% deposit
- Or spread the cost over 2 to 10 years at **9.9% APR representative**

Finance is subject to status. You need to be 18 or over, live in the UK and have a regular income (pensions
count). You can apply online in about ten minutes and most people get a decision straight away. Example: a
£2,750 boiler with a £275 deposit and 12 monthly payments of £206.25 at 0% APR, total payable £2,750.

[[Get a Free Boiler Quote -> /contact/]]
"""

_HEATING = """
# Central Heating & Radiators

Cold radiators, noisy pipes, rooms you can't get warm: most heating problems have a straightforward cause, and
our heating engineers will find it.

## Radiators cold in places?

- **Cold at the top, warm at the bottom:** there's air in it. Bleed the radiator with a radiator key, then
check the pressure on the boiler.
- **Warm at the top, cold at the bottom (or cold in the middle):** this is sludge, black iron oxide that builds
up over the years. Bleeding won't help; it usually needs a powerflush.
- **Some radiators hot and others barely warm:** the system needs balancing, which we do for £90.

## Powerflushing

A powerflush pumps clean water and cleaning chemicals through your whole system at high flow, radiator by
radiator, to shift sludge and scale. It takes a full day for an average house. We take water quality readings
before and after, add inhibitor at the end and fit a magnetic filter if you haven't got one.

| Powerflush | Price |
| Up to 10 radiators | £450 |
| Each extra radiator | £25 |
---
## Thermostatic radiator valves (TRVs)

TRVs let you set a different temperature in each room, so you can keep the spare room cool and the lounge
cosy. Standard TRVs are £65 per radiator supplied and fitted, or £55 each when we fit four or more at the same
visit. Smart TRVs from Tado, Hive or Drayton Wiser, which you control from your phone, are £95 each fitted.
Fitting valves means draining the system, so it's worth doing alongside other heating work.

## New and replacement radiators

A like-for-like replacement starts at £240 for a standard double panel radiator up to 1200mm wide. A new
radiator in a new position starts at £390. Designer radiators and heated towel rails are quoted individually.

## Smart thermostats and noisy systems

We fit Hive, Nest and Tado smart thermostats from £230 including the thermostat. Banging, whooshing or a
kettle-like rumble from the boiler usually points to air, sludge or limescale in the system: book a visit and
we'll diagnose it.
"""

_BATHROOMS = """
# Bathroom Fitting in Leicester

From a simple refresh to a full wet room, one team looks after your bathroom from the first visit to the last
bead of silicone. Plumbing is done by our own engineers, tiling by Jas, our in-house tiler, and electrics by our
NICEIC-registered partner electrician.

## How a bathroom project works

1. **Free design visit.** We measure up, talk through the layout and your budget, and bring brochures. You can
choose a suite at our trade supplier's showroom on Fosse Road North or buy your own.
2. **Detailed fixed quote within a week**, listing every item and stage.
3. **Book your start date** with a 25% deposit. Our lead time is currently 6 to 8 weeks.
4. **Fitting**: strip out, first fix plumbing and electrics, plastering, fitting the suite, tiling and finishing.
5. **Final walk-through**, and the balance is paid on completion.

## How long will it take?

A standard bathroom takes 7 to 10 working days. Wet rooms, or moving the toilet to a new position, take 10 to
15 working days. If it's your only bathroom, we reconnect the toilet at the end of every working day wherever
we can, and the bath or shower is usually out of action for around five days in the middle of the job. You'll
get a day-by-day schedule before we start.
---
## What does a new bathroom cost?

| Project | Typical price |
| Full bathroom refit, supply and fit, mid-range suite and full tiling | £6,500 to £9,500 |
| Labour only, you supply the suite and tiles | from £4,200 |
| Replace a bath with a walk-in shower | from £3,800 |

## Wet rooms and accessible bathrooms

We fit level-access showers, grab rails, comfort-height toilets and shower seats. We've done many adaptations
paid for with a Disabled Facilities Grant from Leicester City Council, so we know the paperwork.

## Skips and rubbish

We'll need room on your drive for a skip. If there isn't space, we take the waste away in our vans at no extra
cost.

[[Book a Free Design Visit -> /contact/]]
"""

_LANDLORDS = """
# Landlord Gas Safety Certificates & Services

If you rent out a property with gas appliances, the Gas Safety (Installation and Use) Regulations 1998 say you
must have every gas appliance, fitting and flue checked every 12 months by a Gas Safe registered engineer. You
must give your tenants a copy of the Landlord Gas Safety Record (often called a CP12) within 28 days of the
check, and keep records for two years.

## Our landlord prices

|! Service | Price |
| Landlord Gas Safety Record (boiler, meter and pipework) | £70 |
| Each additional gas appliance, such as a hob or gas fire | £15 |
| Gas Safety Record and boiler service at the same visit | £135 |
| Carbon monoxide alarm, supplied and fitted | £35 |

Certificates are emailed to you as a PDF the same day.
---
## We deal with your tenants

Just give us your tenants' names and phone numbers and we'll arrange access with them directly, send them text
reminders and confirm the booked date back to you. If the tenant isn't in for the agreed appointment, there's a
£35 failed access charge.

## Never miss a renewal

We keep your records and contact you six weeks before each certificate is due. The check can be done up to two
months early without losing your original renewal date.

## Portfolios and letting agents

Landlords with five or more properties get 10% off gas safety records. Letting agents can open an account with
monthly invoicing.

## If an appliance fails the check

If we find an appliance that is Immediately Dangerous, we're required to disconnect it (with your tenant's
permission) and label it. We'll call you the same day with a price for the repair or replacement.
"""

_HOT_WATER = """
# Unvented Cylinders, Hot Water & Water Pressure

## Unvented hot water cylinders

Unvented cylinders (Megaflo, Gledhill, OSO, Joule and others) store hot water at mains pressure, giving you
strong showers with no tanks in the loft. By law they must be installed and maintained by someone holding a G3
unvented qualification. Gary and Tom both hold G3 certificates. A new unvented cylinder starts at £1,950 fitted,
including notifying Building Control.

## Annual cylinder service

Manufacturers require an unvented cylinder to be serviced every year. We check and recharge the expansion
vessel, test the temperature and pressure relief valves, check the pressure reducing valve, clean the inlet
strainer and inspect the discharge pipework. It's £85 on its own, or £60 at the same visit as a boiler service.

## Water trickling through the tundish?

The tundish is the small open funnel on the discharge pipe near the cylinder. A drip or trickle through it is a
warning sign, usually that the expansion vessel has lost its charge or a relief valve is letting by. It isn't
dangerous straight away, but book a visit within a few days. If hot water or steam is gushing out, switch off the
boiler and immersion heater and call our emergency line.

## No hot water from the immersion?

A failed immersion heater element is replaced for £195, including a standard 3kW element and thermostat.
---
## Low water pressure

Weak shower, bath taking ages to fill, upstairs taps dying when someone runs the kitchen tap? Try this: time how
long it takes to fill a 10-litre bucket from the kitchen cold tap. If it takes over a minute, your flow is poor.

Common causes are an inside or outside stop tap that isn't fully open, an old lead or galvanised steel supply
pipe, a partial blockage, or low pressure in the street (Severn Trent can tell you about supply problems).

| Fix | Price from |
| New plastic (MDPE) supply pipe from the boundary stop tap to the house | £1,250 |
| Cold water accumulator or boosted pump set | £850 |
| Shower pump on a tank-fed system | £395 |
| Pressure reducing valve, if your pressure is too high | £150 |

If you're replacing an old lead supply pipe, Severn Trent may replace their section up to the boundary free of
charge. We'll help you apply.
"""

_PRICES = """
# Our Prices

We'd rather you knew what something costs before we start. All prices on this website include VAT at 20%.

## Standard labour rates for booked work

| Booked appointment | First hour | Then per half hour |
| Monday to Friday, 8am to 5pm | £70 | £30 |
| Saturday morning, 8am to 12pm | £95 | £40 |

There's a minimum charge of one hour, then we charge in half hours. There's no separate callout charge for
booked work. Emergency visits are charged differently; see our [emergency plumber](/emergency-plumber/) page.
---
## Fixed-price jobs

|! Job | Fixed price |
| Re-washer or new cartridge for a dripping tap | £75 |
| Fit a kitchen or basin mixer tap you've bought | £95 |
| Fix a toilet that keeps running (new fill valve or flush valve included) | £110 |
| Fit an outside tap, including tap and check valve | £120 |
| Plumb in a washing machine or dishwasher (supply nearby) | £90 |
| Replace a toilet pan and cistern you've bought | £180 |

## Parts and materials

Parts are charged at the price we pay at the merchant plus 15% to cover collection and handling. For many jobs
you're welcome to buy your own parts.

## Quotes

Written quotes are free for bigger jobs over £500, such as boilers, bathrooms and re-piping. For smaller jobs we
give you a price on the phone or when the engineer arrives, before any work starts.

## Discounts

We take 10% off labour for customers aged 70 and over, NHS staff, Blue Light Card holders and members of the
armed forces. Just mention it when you book. Discounts can't be combined with other offers or used on Fosseway
Cover plans.
"""

_HOW = """
# How Booking Works

## 1. Get in touch

Ring the office, send us a WhatsApp or fill in the form on our [contact page](/contact/). It really helps if you
can send a photo or short video of the problem, so the engineer brings the right parts.

## 2. Choose when we arrive

Standard appointments come in a morning window (8am to 12pm) or an afternoon window (12pm to 5pm). If you can't
wait in for half a day, ask for a **timed slot**: either the first job of the day between 8am and 9am, or a
one-hour slot of your choice, for £15 extra.

## 3. We keep you posted

You'll get a text the day before confirming your appointment. On the day, you'll get an "on our way" text about
30 minutes before we arrive, with the engineer's name, photo and a live tracking link.

## 4. When we arrive

Your engineer will show their ID card, put on shoe covers and lay dust sheets. They'll explain what's wrong and
what it will cost before starting any work.
---
## Parking

Please keep a space on your drive or outside the house for our van if you can. In permit-only streets, such as
around the university, Clarendon Park and the city centre, please let us use a visitor permit if you have one.
Otherwise, pay and display or car park charges are added to your invoice at cost.

## Paying

Payment is due when the job is finished. Our engineers take card payments (including contactless, Apple Pay and
Google Pay) on the van's card machine, or you can pay by bank transfer on the same day, or in cash. We don't
accept cheques. Your invoice is emailed to you. Larger jobs such as bathrooms and new boilers have their own
deposit terms, set out in your quote.

## Changing or cancelling your appointment

You can move or cancel an appointment free of charge with at least 24 hours' notice. If you cancel with less
than 24 hours' notice there's a £35 late cancellation fee. If nobody is in when we arrive and we can't reach you
within 15 minutes, we charge £50 for the wasted visit.
"""

_GUARANTEES = """
# Guarantees & Complaints

## Our workmanship guarantee

All our plumbing and heating repairs come with a **12-month guarantee** on our workmanship, from the day the job
is finished. If something we fixed goes wrong again because of our work in that time, we come back and put it
right free of charge, including the visit. Bathroom installations carry a **2-year** workmanship guarantee.

## Parts

Parts we supply are covered by the manufacturer's warranty (usually one or two years), and if one fails in the
first 12 months we fit the replacement free. If you supplied the part yourself, we guarantee our fitting only: if
the part itself fails, a return visit is chargeable.

## What the guarantee doesn't cover

- A drain that blocks again because of wipes, fat or other things going down it after we cleared it
- Frost damage, or damage caused by someone else working on the system after us
- Normal wear and tear, or problems we pointed out and you chose not to have fixed
---
## Not happy? How to make a complaint

We want to hear about it, and we'd much rather put it right than have you stay unhappy.

1. Call the office or email complaints@fossewayplumbing.co.uk, giving your job number if you have it.
2. We'll acknowledge your complaint within 2 working days.
3. Gary, our director, or a senior engineer will come and look at the work within 5 working days.
4. You'll get a written response within 10 working days of that visit, setting out what we'll do.

If we still can't agree, you can take your complaint to the Chartered Institute of Plumbing and Heating
Engineering (CIPHE), as we're members. If you're worried about the safety of gas work, you can also contact the
Gas Safe Register.
"""

_ABOUT = """
# About Fosseway Plumbing & Heating

Gary Hollis started Fosseway in 2008 with one van and a mobile phone, after fifteen years as a heating engineer
for one of the big national firms. Today we're a team of nine engineers and two office staff, working from our
office and stores at Abbey Meadows. We're still family-run, and Gary still goes out on jobs most weeks.

## Gas Safe registered

Fosseway Plumbing & Heating Ltd is on the Gas Safe Register, registration number **584213**. Every engineer who
works on gas carries a Gas Safe ID card with their photo and the work they're qualified to do. You can check us at
[gassaferegister.co.uk](https://www.gassaferegister.co.uk) or by calling Gas Safe on 0800 408 5500.

## Accreditations and insurance

Members of the Chartered Institute of Plumbing and Heating Engineering (CIPHE), Worcester Bosch Accredited
Installer, Vaillant Advance installer, Checkatrade approved, with £5 million public liability insurance.
---
## Meet the team

* Gary Hollis | Founder and director. Gas Safe and G3 unvented qualified, thirty years in the trade.
* Priya Chauhan | Office manager. Priya answers most of your calls, plans the diary and looks after our landlords'
records.
* Tom Wakefield | Senior heating engineer. Leads our boiler installations and is G3 unvented qualified.
* Hannah Reid | Gas Safe engineer covering servicing, repairs and landlord checks. Customers who would feel more
comfortable with a female engineer often ask for Hannah; just mention it when you book and we'll arrange it
wherever we can.
* Kieran Doyle | Drainage specialist, running our jetting van and CCTV surveys.
* Marek Nowak | Plumber, our go-to for leaks, repairs and re-piping.
* Jas Bains | Bathroom fitter and tiler.
* Sam Okafor | Apprentice plumber, in his third year at Leicester College.
"""

_REVIEWS = """
# Customer Reviews

We're rated **9.8 out of 10** on Checkatrade from over 430 reviews and **4.9 stars** on Google from more than 600
reviews. Here are a few recent ones.
---
"" Kitchen ceiling started dripping on a Friday night. Marek found a split pipe under the bathroom floor, fixed it
and showed me exactly what had happened. Fair price for a late callout. -- Dan W., Knighton
"" Kieran cleared our outside drain in twenty minutes and then showed us the camera footage so we could see the
roots that caused it. Really knowledgeable. -- Mrs J. Patel, Oadby
"" Worcester boiler fitted in a day, no mess, and Tom went through all the controls with my mum twice until she
was happy. -- Chris B., Wigston
"" Hannah did our annual service and spotted the flue seal had gone. Explained it clearly with no pressure
to buy anything. -- Aisha R., Evington
"" New bathroom finished on the day they said. The tiling is spot on and Jas even sorted out our wonky window
sill while he was at it. -- Mark & Helen T., Birstall
"" Had a leaking outside tap replaced and a new washing machine hose fitted. Quick, polite and cheaper than I
expected. -- Lewis G., Braunstone Town
---
## Leave us a review

Had work done by us? We'd love to hear how it went. You can leave a review on
[Google](https://g.page/r/fossewayplumbing/review) or on
[Checkatrade](https://www.checkatrade.com/trades/fossewayplumbingheating/reviews). If you can, mention your
engineer by name, as the team love reading them. Gary reads every review and we reply to all of them, good or bad.

If something wasn't right, please tell us first so we can sort it out; see our
[guarantees and complaints](/guarantees/) page.
"""

_FAQ = """
# Frequently Asked Questions

?? Do you do small jobs? >> Yes. A dripping tap, a stiff stop tap or a toilet seat that needs changing is
fine. We'd much rather help with a small job now than leave it to turn into a bigger one.
?? Do I need to be at home while you work? >> Someone aged 18 or over needs to be at the property for the whole
visit, and we can't work in a house where only children are present. For empty rental properties we can collect
keys from a letting agent or use a key safe by arrangement.
?? Do your engineers speak any languages other than English? >> Yes. Priya in the office speaks Gujarati and
Hindi, Jas speaks Punjabi, and Marek speaks Polish. Ask when you book and we'll do our best to send someone who
speaks your language, or have Priya join the call.
?? Do you install water softeners? >> Yes. Leicester has hard water, and a softener protects your boiler,
taps and appliances from limescale. We fit and service Harvey and Kinetico softeners, from £1,100 fitted, and
an annual softener service is £90.
?? Can you connect a gas cooker or hob? >> Yes. Connecting a freestanding gas cooker with a bayonet hose is £95,
and fitting a built-in gas hob starts at £120. The appliance needs to be on site when we arrive. We don't
connect electric ovens.
?? Can you move my gas meter? >> No, the meter itself belongs to your gas supplier's meter operator, so contact
your supplier to have it moved or replaced. We can alter the pipework on your side of the meter.
?? Do you work for businesses? >> Yes, we look after small commercial premises such as shops, cafés, offices
and places of worship. We don't take on new-build or large construction sites.
?? I have a dog. Is that a problem? >> Not at all, we love dogs! We just ask that pets are kept in another room
while the engineer is working, for their safety and ours.
"""

_CONTACT = """
# Contact Us & Areas We Cover

**Phone:** [0116 296 4410](tel:+441162964410), answered 24 hours a day for emergencies.

**WhatsApp:** 07700 900418, for messages and photos during office hours.

**Email:** [hello@fossewayplumbing.co.uk](mailto:hello@fossewayplumbing.co.uk)

Our office and stores are at Unit 7, Abbey Meadows Trade Park, Leicester LE4 5AX. It's a working yard rather
than a showroom, so please don't visit without an appointment.

## Office hours

| Day | Office open |
| Monday to Friday | 8am to 5.30pm |
| Saturday | 9am to 1pm |
| Sunday and bank holidays | Closed (emergency line only) |
---
## Areas we cover

We cover the whole of Leicester city (LE1 to LE5) and the surrounding towns and villages, including Oadby,
Wigston, Braunstone Town, Glenfield, Birstall, Thurmaston, Syston, Anstey, Scraptoft, Kirby Muxloe, Blaby,
Narborough, Enderby and Countesthorpe. That's roughly everywhere within ten miles of the city centre.

## Further afield?

For planned work such as boiler services, installations and bathrooms, we'll travel up to around 20 miles,
including Loughborough, Hinckley, Market Harborough, Melton Mowbray and Lutterworth. There's a £25 travel
charge per visit outside our main area. We can only take emergency callouts within our main area.
---
## Send us a message

<form class="wixui-form" data-testid="form" action="#" method="post"><label>Your name <input name="name"
 type="text"></label><label>Phone <input name="phone" type="tel"></label><label>Postcode <input name="postcode"
 type="text"></label><label>What do you need help with? <textarea name="message"></textarea></label>
<button type="submit" class="wixui-button">Send</button></form>

We reply to messages within one working day. For anything urgent, please ring.
"""

HTML = {
    "/": _page(
        "/",
        "Plumber & Heating Engineer Leicester",
        "Family-run Gas Safe plumbers and heating engineers in Leicester. 24/7 emergencies, boilers, drains.",
        _HOME,
    ),
    "/emergency-plumber/": _page(
        "/emergency-plumber/",
        "24/7 Emergency Plumber Leicester",
        "Emergency plumber in Leicester, answered 24/7. Callout charges and response times.",
        _EMERGENCY,
        _HELP_ASIDE,
    ),
    "/leaks-and-burst-pipes/": _page(
        "/leaks-and-burst-pipes/",
        "Leaks & Burst Pipes",
        "Water through the ceiling, burst and frozen pipes, leak detection and insurance reports in Leicester.",
        _LEAKS,
        _HELP_ASIDE,
    ),
    "/blocked-drains/": _page(
        "/blocked-drains/",
        "Blocked Drains & Toilets",
        "Blocked drains, toilets and sinks cleared across Leicester. Fixed prices, CCTV drain surveys.",
        _DRAINS,
        _BOOK_ASIDE,
    ),
    "/boiler-repairs/": _page(
        "/boiler-repairs/",
        "Boiler Repairs Leicester",
        "Gas boiler breakdowns and repairs for all major makes in Leicester.",
        _BOILER_REPAIRS,
        _HELP_ASIDE,
    ),
    "/boiler-servicing/": _page(
        "/boiler-servicing/",
        "Boiler Servicing & Cover Plans",
        "Annual gas boiler servicing in Leicester and Fosseway Cover monthly boiler plans.",
        _SERVICING,
        _BOOK_ASIDE,
    ),
    "/new-boilers/": _page(
        "/new-boilers/",
        "New Boilers & Finance",
        "New boiler installation in Leicester with fixed quotes, long warranties and finance.",
        _NEW_BOILERS,
    ),
    "/central-heating/": _page(
        "/central-heating/",
        "Central Heating & Radiators",
        "Radiators, powerflushing, thermostatic radiator valves and smart heating controls in Leicester.",
        _HEATING,
        _BOOK_ASIDE,
    ),
    "/bathrooms/": _page(
        "/bathrooms/",
        "Bathroom Fitting Leicester",
        "Bathroom and wet room design and fitting in Leicester, with in-house tiling.",
        _BATHROOMS,
    ),
    "/landlords/": _page(
        "/landlords/",
        "Landlord Gas Safety Certificates",
        "Landlord gas safety records (CP12) in Leicester. We arrange access with tenants.",
        _LANDLORDS,
        _BOOK_ASIDE,
    ),
    "/hot-water-and-pressure/": _page(
        "/hot-water-and-pressure/",
        "Unvented Cylinders & Water Pressure",
        "Unvented cylinder installation and servicing, immersion heaters and low water pressure in Leicester.",
        _HOT_WATER,
        _HELP_ASIDE,
    ),
    "/prices/": _page(
        "/prices/",
        "Prices",
        "Plumbing prices in Leicester: labour rates, fixed-price jobs, parts and discounts.",
        _PRICES,
    ),
    "/how-it-works/": _page(
        "/how-it-works/",
        "How Booking Works",
        "How to book, arrival times, text updates, parking, paying and cancelling.",
        _HOW,
        _BOOK_ASIDE,
    ),
    "/guarantees/": _page(
        "/guarantees/",
        "Guarantees & Complaints",
        "Our workmanship guarantee and how to make a complaint.",
        _GUARANTEES,
    ),
    "/about/": _page(
        "/about/",
        "About Us & Our Team",
        "Family-run, Gas Safe registered plumbing and heating company in Leicester since 2008.",
        _ABOUT,
    ),
    "/reviews/": _page(
        "/reviews/",
        "Customer Reviews",
        "Reviews of Fosseway Plumbing & Heating from customers across Leicester.",
        _REVIEWS,
    ),
    "/faq/": _page(
        "/faq/",
        "FAQs",
        "Frequently asked questions about our plumbing and heating services.",
        _FAQ,
    ),
    "/contact/": _page(
        "/contact/",
        "Contact Us & Areas Covered",
        "Contact Fosseway Plumbing & Heating, office hours and the areas of Leicestershire we cover.",
        _CONTACT,
    ),
}

QUESTIONS = [
    ("Whats your call out charge if I ring you at like 11 at night", "/emergency-plumber/"),
    ("I can smell gas in the kitchen near the cooker, can you send someone round right now?", "/emergency-plumber/"),
    (
        "Water is coming through the kitchen ceiling from the bathroom upstairs!! what do I do till you get here",
        "/leaks-and-burst-pipes/",
    ),
    (
        "Our insurers want someone to find where the leak under the floor is coming from and put it all in writing. "
        "Is that something you do?",
        "/leaks-and-burst-pipes/",
    ),
    (
        "Toilet won't flush away and the drain cover out the back is full of water. How much to unblock it?",
        "/blocked-drains/",
    ),
    (
        "The manhole in our back garden is shared with next door and it's blocked again. Who's supposed to pay for it?",
        "/blocked-drains/",
    ),
    (
        "boiler keeps losing pressure, the needle is nearly at zero. can I top it up myself or do I need someone out",
        "/boiler-repairs/",
    ),
    (
        "We've got an oil-fired boiler that keeps cutting out, is that something your engineers can repair?",
        "/boiler-repairs/",
    ),
    (
        "Is there some kind of monthly cover for the boiler so I don't get hit with a massive bill when it breaks?",
        "/boiler-servicing/",
    ),
    (
        "Our boiler is about 20 years old and on its last legs. Can we pay for a new one monthly rather than all in "
        "one go?",
        "/new-boilers/",
    ),
    ("How long's the guarantee on a Worcester boiler if you lot fit it?", "/new-boilers/"),
    (
        "The radiators are hot at the top but freezing at the bottom, and bleeding them hasn't done anything",
        "/central-heating/",
    ),
    (
        "Can you fit those valves on the radiators so I can turn the spare room down and keep the lounge warmer?",
        "/central-heating/",
    ),
    (
        "We've only got the one bathroom and two kids. If you refit it how long are we going to be without a toilet "
        "and a shower?",
        "/bathrooms/",
    ),
    (
        "I rent out two flats off Narborough Road and need the gas certificates doing. What do you charge and can you "
        "sort out access with the tenants?",
        "/landlords/",
    ),
    (
        "theres a little funnel on a pipe next to the hot water tank in the airing cupboard and water keeps "
        "trickling through it, is that bad",
        "/hot-water-and-pressure/",
    ),
    (
        "Our shower is pathetic and the bath takes forever to fill. Upstairs taps go to nothing if someone runs the "
        "kitchen tap. Anything you can do?",
        "/hot-water-and-pressure/",
    ),
    ("My dad's 78, do you do any discount for pensioners?", "/prices/"),
    (
        "I've got an appointment with you tomorrow morning but something's come up at work. Will I get charged if I "
        "cancel?",
        "/how-it-works/",
    ),
    (
        "I do shifts so I can't sit in all day waiting. Can I get an actual time for the plumber to turn up?",
        "/how-it-works/",
    ),
    (
        "Your plumber put a new tap in for me back in the spring and it's dripping again already. Do I have to pay for "
        "him to come back out?",
        "/guarantees/",
    ),
    (
        "My mum is 85 and lives on her own, she'd feel a lot more comfortable with a lady engineer. Have you got one?",
        "/about/",
    ),
    ("kieran unblocked our drains yesterday and was brilliant, where can I leave him a review", "/reviews/"),
    ("Do any of your plumbers speak Gujarati? My grandparents don't speak much English", "/faq/"),
    ("We live in Market Harborough, would you come out this far to service our boiler?", "/contact/"),
]

OUT_OF_SCOPE = [
    "Do you fit air conditioning? Our loft bedroom is roasting every summer.",
    "Could you put underfloor heating in the kitchen extension we're building?",
    "Are you taking on any qualified gas engineers at the moment? I'm looking for work.",
    "The old boiler cupboard might have asbestos in it, can you get that removed for us?",
    "Do you sell gift vouchers? I'd like to treat my daughter to a boiler service for her new house.",
    "Can you put solar panels on the roof to heat our hot water?",
    "What time does the Leicester City game kick off on Saturday?",
    "Can you recommend a good curry house on the Golden Mile?",
]
