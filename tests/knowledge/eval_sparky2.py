"""An evaluation site: Bargate Electrical, a small domestic and commercial electrical contractor in Southampton (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a GoDaddy Websites +
Marketing build: generated `layout-...` and `data-ux` markup (Block, Section, Container, SectionHeading, Text,
List), utility class soup, a flat nav with a "More" dropdown plus a duplicated mobile drawer, and a Footer widget.
"""

import re

NAME = "Bargate Electrical"

_SITE = "https://bargate-electrical.co.uk"

# (path, label) in menu order; the first five show in the bar, the rest sit under "More".
_MENU = [
    ("/", "Home"),
    ("/fault-finding/", "Fault Finding"),
    ("/emergency-callout/", "Emergency Callout"),
    ("/fuse-board-upgrades/", "Fuse Board Upgrades"),
    ("/rewiring/", "Rewiring"),
    ("/eicr/", "EICR &amp; Safety Reports"),
    ("/ev-charger-installation/", "EV Chargers"),
    ("/lighting/", "Lighting &amp; Downlights"),
    ("/sockets-and-switches/", "Sockets &amp; Switches"),
    ("/outdoor-and-garden/", "Outdoor &amp; Garden"),
    ("/smoke-and-heat-alarms/", "Smoke &amp; Heat Alarms"),
    ("/commercial/", "Commercial"),
    ("/prices/", "Prices"),
    ("/what-to-expect/", "What to Expect"),
    ("/certificates-and-guarantees/", "Certificates &amp; Guarantees"),
    ("/about-us/", "About Us"),
    ("/faq/", "FAQ"),
    ("/contact/", "Contact Us"),
]

_CSS = """.x{-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%;-webkit-tap-highlight-color:rgba(0,0,0,0);margin:0;
box-sizing:border-box}.x *,.x :after,.x :before{box-sizing:inherit}.x-el a[href^="mailto:"]:not(.x-el),
.x-el a[href^="tel:"]:not(.x-el){color:inherit;font-size:inherit;text-decoration:inherit}.x-el-article,.x-el-aside,
.x-el-details,.x-el-figcaption,.x-el-figure,.x-el-footer,.x-el-header,.x-el-hgroup,.x-el-main,.x-el-menu,.x-el-nav,
.x-el-section,.x-el-summary{display:block}.c1-1{letter-spacing:normal}.c1-2{text-transform:none}
.c1-3{background-color:rgb(255, 255, 255)}.c1-4{width:100%}.c1-5 > div{position:relative}
.c1-6 > div{overflow:hidden}.c1-7 > div{margin-top:auto}.c1-8 > div{margin-right:auto}
.c1-b{font-family:'Open Sans', arial, sans-serif}.c1-c{font-size:16px}.c1-d{line-height:1.5}
.c1-e{color:rgb(27, 27, 27)}.c1-f{padding-top:56px}.c1-g{padding-bottom:56px}
.c1-h{background-color:rgb(242, 183, 5)}.c1-i{color:rgb(22, 22, 22)}.c1-j{font-weight:700}
@media (min-width: 768px){.c1-k{font-size:18px}.c1-l{width:50%}}@media (min-width: 1024px){.c1-m{width:33.33%}}
"""

_ANALYTICS = """<script type="text/javascript">"undefined"===typeof _trfq&&(window._trfq=[]);
"undefined"==typeof _trfd&&(window._trfd=[]),_trfd.push({"tccl.baseHost":"secureserver.net"},
{"ap":"IPv2"},{"server":"sg2plmcpnl4878"},{"dcenter":"sg2"},{"cp_id":"7715320"},{"cp_cache":""},
{"cp_cl":"8"});window._trfq.push(["cmdLogEvent","page_view",{"wsb_site":"b4c1e7"}]);</script>"""

_COOKIE = """<div data-ux="Block" id="cookie-banner" data-aid="COOKIE_BANNER_RENDERED"
 class="x-el x-el-div c1-1 c1-2 c1-3 c1-b c1-c c1-e" role="dialog" aria-live="polite">
<div data-ux="Container" class="x-el x-el-div c1-1 c1-2 c1-b c1-c"><p data-ux="Text" data-aid="COOKIE_BANNER_TEXT"
 class="x-el x-el-p c1-1 c1-2 c1-b c1-c">This website uses cookies. We use cookies to analyse website traffic and
 optimise your website experience. By accepting our use of cookies, your data will be aggregated with all other
 user data.</p><a data-ux="Button" data-aid="COOKIE_BANNER_ACCEPT_BUTTON" href="#"
 class="x-el x-el-a c1-1 c1-2 c1-h c1-i c1-j c1-b">Accept</a></div></div>"""

_CARET = (
    '<svg viewBox="0 0 24 24" fill="currentColor" width="16" height="16" data-ux="Icon" '
    'class="x-el x-el-svg c1-1 c1-2"><path fill-rule="evenodd" d="M19.544 7.236a.773.773 0 0 1-.031 1.06l-7.883 '
    '7.743-7.42-7.742a.773.773 0 0 1 0-1.061.699.699 0 0 1 1.017 0l6.433 6.713 6.868-6.745a.698.698 0 0 1 1.016.032"/>'
    "</svg>"
)

_A = "x-el x-el-a c1-1 c1-2 c1-b c1-c c1-e"
_DIV = "x-el x-el-div c1-1 c1-2 c1-b c1-c"


def _nav(current):
    """The desktop nav (five links and a More menu) and the mobile drawer with every link."""
    items = []
    for i, (path, label) in enumerate(_MENU[:5]):
        cur = ' aria-current="page"' if path == current else ""
        items.append(
            f'<li data-ux="ListItemInline" class="x-el x-el-li c1-1 c1-2 c1-b"><a data-ux="NavLink" target="" '
            f'data-page="p{i:02d}" data-edit-interactive="true" href="{path}" data-typography="NavAlpha" '
            f'data-tccl="ux2.HEADER.header9.Nav.Default.Link.Default.{6100 + i}.click,click" class="{_A}"{cur}>'
            f"{label}</a></li>"
        )
    more = []
    for i, (path, label) in enumerate(_MENU[5:], start=5):
        cur = ' aria-current="page"' if path == current else ""
        more.append(
            f'<li data-ux="ListItem" role="menuitem" class="x-el x-el-li c1-1 c1-2 c1-b"><a data-ux="NavMoreMenuLink" '
            f'target="" data-page="p{i:02d}" data-edit-interactive="true" href="{path}" class="{_A}"{cur}>'
            f"{label}</a></li>"
        )
    items.append(
        '<li data-ux="ListItemInline" class="x-el x-el-li c1-1 c1-2 c1-b"><div data-ux="Element" id="bs-2" '
        f'class="{_DIV}"><a data-ux="NavLink" data-toggle-ignore="true" id="more-1842" href="#" '
        f'data-aid="NAV_MORE" data-edit-interactive="true" class="{_A}"><div style="pointer-events:none;'
        f'display:flex;align-items:center" data-aid="NAV_MORE">More{_CARET}</div></a>'
        f'<div data-ux="Element" id="bs-3" class="{_DIV}"><div data-ux="Block" class="{_DIV} c1-3">'
        f'<ul data-ux="NavMoreMenu" role="menu" class="x-el x-el-ul c1-1 c1-2 c1-b">{"".join(more)}</ul>'
        "</div></div></div></li>"
    )
    drawer = "".join(
        f'<li data-ux="ListItem" class="x-el x-el-li c1-1 c1-2 c1-b"><a data-ux="NavigationDrawerLink" '
        f'href="{path}" class="{_A}">{label}</a></li>'
        for path, label in _MENU
    )
    return (
        f'<nav data-ux="Nav" data-aid="HEADER_NAV_RENDERED" role="navigation" class="x-el x-el-nav c1-1 c1-2 c1-b">'
        f'<ul data-ux="List" id="nav-1843" class="x-el x-el-ul c1-1 c1-2 c1-b">{"".join(items)}</ul></nav>'
        f'<div role="navigation" data-ux="NavigationDrawer" id="n-1841-navId-mobile" class="{_DIV} c1-3">'
        f'<div data-ux="Block" class="{_DIV}"><a data-ux="CloseIcon" data-edit-interactive="true" '
        f'data-close="true" href="#" class="{_A}">Close</a></div><div data-ux="Container" class="{_DIV}">'
        f'<ul data-ux="NavigationDrawerList" role="menu" class="x-el x-el-ul c1-1 c1-2">{drawer}</ul>'
        "</div></div>"
    )


def _header(current, tagline):
    return f"""<div id="header_parallax1840" class="widget widget-header widget-header-header-9">
<div data-ux="Header" role="main" data-aid="HEADER_WIDGET" class="{_DIV}"><div data-ux="Block" class="{_DIV} c1-h">
<div data-ux="Container" class="{_DIV}"><p data-ux="HeaderText" class="x-el x-el-p c1-1 c1-2 c1-j c1-b">
<span>Power off? Sparks or a burning smell? 24-hour emergency line:</span>
<a data-ux="Link" href="tel:07700900418" class="{_A}">07700 900418</a></p></div></div>
<div data-ux="Block" class="{_DIV} c1-3"><div data-ux="Container" class="{_DIV}"><div data-ux="Block" class="{_DIV}">
<a data-ux="Link" data-page="p00" href="/" data-aid="HEADER_LOGO_IMAGE_RENDERED" title="Bargate Electrical"
 class="{_A}"><img data-ux="ImageLogo" src="/isteam/ip/bargate-electrical-logo.png/:/rs=h:90,cg:true,m/qt=q:95"
 alt="Bargate Electrical" data-aid="HEADER_LOGO_IMAGE_RENDERED" class="x-el x-el-img c1-1 c1-2"/></a></div>
<div data-ux="Block" class="{_DIV}">{_nav(current)}</div>
<div data-ux="Block" class="{_DIV}"><a data-ux="ButtonPrimary" data-aid="HEADER_CTA_BTN" href="/contact/"
 data-tccl="ux2.HEADER.header9.Cta.Default.Link.Default.6130.click,click" class="{_A} c1-h c1-j">Book an
 electrician</a><a data-ux="Link" href="tel:02380774410" data-aid="HEADER_PHONE_RENDERED" class="{_A}">023 8077
 4410</a></div></div></div>
<div data-ux="HeaderMedia" class="{_DIV}"><div data-ux="Block" class="{_DIV}"><div data-ux="Container" class="{_DIV}">
<h1 data-ux="Tagline" data-aid="HEADER_TAGLINE_RENDERED" data-typography="HeadingAlpha"
 class="x-el x-el-h1 c1-1 c1-2 c1-j c1-b">{tagline}</h1></div></div></div></div></div>"""


_FOOTER = f"""<div id="footer-1901" class="widget widget-footer widget-footer-footer-3">
<div data-ux="Widget" role="contentinfo" class="{_DIV}"><div class="{_DIV}">
<footer data-ux="Footer" class="x-el x-el-footer c1-1 c1-2 c1-3 c1-b c1-c c1-f c1-g">
<div data-ux="Container" class="{_DIV}"><div data-ux="Grid" class="{_DIV}">
<div data-ux="GridCell" class="{_DIV} c1-m"><h4 data-ux="FooterHeading" class="x-el x-el-h4 c1-1 c1-2 c1-j">Bargate
 Electrical Ltd</h4><p data-ux="FooterDetails" data-aid="FOOTER_ADDRESS_RENDERED" class="x-el x-el-p c1-1 c1-2">
Unit 7, Test Lane Business Park, Redbridge, Southampton SO16 9JX</p>
<p data-ux="FooterDetails" data-aid="FOOTER_PHONE_RENDERED" class="x-el x-el-p c1-1 c1-2">Office:
 <a data-ux="Link" href="tel:02380774410" class="{_A}">023 8077 4410</a><br/>Emergencies:
 <a data-ux="Link" href="tel:07700900418" class="{_A}">07700 900418</a><br/>
<a data-ux="Link" href="mailto:office@bargate-electrical.co.uk" class="{_A}">office@bargate-electrical.co.uk</a></p>
</div><div data-ux="GridCell" class="{_DIV} c1-m"><h4 data-ux="FooterHeading" class="x-el x-el-h4 c1-1 c1-2 c1-j">
Office hours</h4><p data-ux="FooterDetails" class="x-el x-el-p c1-1 c1-2">Mon&ndash;Fri 8am&ndash;5:30pm<br/>
Sat 9am&ndash;12pm<br/>Emergency line 24/7</p></div>
<div data-ux="GridCell" class="{_DIV} c1-m"><h4 data-ux="FooterHeading" class="x-el x-el-h4 c1-1 c1-2 c1-j">Follow
 us</h4><div data-ux="SocialLinks" class="{_DIV}"><a data-ux="SocialLinksLink" rel="noopener" target="_blank"
 href="https://www.facebook.com/bargateelectrical" data-aid="FOOTER_SOCIAL_FACEBOOK" class="{_A}">Facebook</a>
<a data-ux="SocialLinksLink" rel="noopener" target="_blank" href="https://www.instagram.com/bargate_electrical"
 data-aid="FOOTER_SOCIAL_INSTAGRAM" class="{_A}">Instagram</a></div>
<p data-ux="FooterDetails" class="x-el x-el-p c1-1 c1-2">NICEIC Approved Contractor &middot; Registered in England
 No. 06981457 &middot; VAT No. GB 981 4420 17</p></div></div>
<div data-ux="Block" class="{_DIV}"><p data-ux="FooterText" data-aid="FOOTER_COPYRIGHT_RENDERED"
 class="x-el x-el-p c1-1 c1-2"><span>Copyright &copy; 2025 Bargate Electrical Ltd - All Rights Reserved.</span></p>
<ul data-ux="FooterLinkList" class="x-el x-el-ul c1-1 c1-2"><li data-ux="FooterLinkListItem" class="{_DIV}">
<a data-ux="FooterLink" href="#" data-aid="FOOTER_PRIVACY_POLICY" class="{_A}">Privacy Policy</a></li></ul>
<p data-ux="FooterText" data-aid="FOOTER_POWERED_BY_AIRO_RENDERED" class="x-el x-el-p c1-1 c1-2"><span>Powered by
</span><a data-ux="Link" rel="nofollow noopener" target="_blank" href="https://www.godaddy.com/websites/website-builder"
 class="{_A}">GoDaddy</a></p></div></div></footer></div></div></div>"""

_ASIDE = f"""<div data-ux="GridCell" data-aid="SIDEBAR_CELL" class="{_DIV} c1-m"><div data-ux="Block"
 class="{_DIV} c1-h"><h4 data-ux="HeadingMinor" class="x-el x-el-h4 c1-1 c1-2 c1-j">Talk to an electrician</h4>
<p data-ux="Text" class="x-el x-el-p c1-1 c1-2">Ring the office, send us a message or book online &ndash; a real
 person from our Southampton office will get back to you.</p>
<a data-ux="ButtonPrimary" href="/contact/" data-aid="SIDEBAR_BOOK_BTN" class="{_A} c1-j">Book now</a>
<a data-ux="ButtonSecondary" href="tel:02380774410" class="{_A}">Call 023 8077 4410</a></div>
<div data-ux="Block" class="{_DIV}"><img data-ux="Image" src="/isteam/ip/niceic-approved-contractor-badge.png"
 alt="NICEIC Approved Contractor" class="x-el x-el-img c1-1 c1-2"/><p data-ux="Text" class="x-el x-el-p c1-1 c1-2">
&#9733;&#9733;&#9733;&#9733;&#9733; Rated excellent by Southampton homeowners and landlords.</p></div></div>"""

_TAGS = {
    "<p>": '<p data-ux="Text" data-typography="BodyAlpha" class="x-el x-el-p c1-1 c1-2 c1-b c1-c c1-d c1-e c1-k">',
    "<ul>": '<ul data-ux="List" class="x-el x-el-ul c1-1 c1-2 c1-b c1-c">',
    "<li>": '<li data-ux="ListItem" class="x-el x-el-li c1-1 c1-2 c1-b c1-c">',
    "<h3>": '<h4 data-ux="ContentHeading" data-typography="HeadingDelta" class="x-el x-el-h4 c1-1 c1-2 c1-j c1-b">',
    "</h3>": "</h4>",
    "<table>": '<table data-ux="Table" class="x-el x-el-table c1-1 c1-2 c1-4 c1-b c1-c">',
    "<td>": '<td class="x-el x-el-td c1-1 c1-2">',
    "<th>": '<th class="x-el x-el-th c1-1 c1-2 c1-j">',
}
_TAG_RE = re.compile("|".join(re.escape(t) for t in _TAGS))


def _gd(markup):
    """Turn plain tags into the builder's generated markup."""
    return _TAG_RE.sub(lambda m: _TAGS[m.group(0)], markup)


def _section(n, heading, inner, aid="CONTENT"):
    return f"""<div id="bs-{n}"><section data-ux="Section" data-aid="{aid}_SECTION"
 class="x-el x-el-section c1-1 c1-2 c1-3 c1-b c1-c c1-f c1-g"><div data-ux="Container" class="{_DIV}">
<h2 data-ux="SectionHeading" data-aid="{aid}_SECTION_TITLE_RENDERED" data-typography="HeadingBeta"
 class="x-el x-el-h2 c1-1 c1-2 c1-j c1-b"><span>{heading}</span></h2><div data-ux="Content" class="{_DIV}">
<div data-ux="ContentText" data-aid="{aid}_DESCRIPTION_RENDERED" class="{_DIV} c1-d">{_gd(inner)}</div></div>
</div></section></div>"""


def _cta(n):
    return f"""<div id="bs-{n}"><section data-ux="Section" data-aid="CTA_SECTION" class="x-el x-el-section c1-1 c1-2
 c1-h c1-f c1-g"><div data-ux="Container" class="{_DIV}"><h2 data-ux="SectionHeading" class="x-el x-el-h2 c1-1 c1-2
 c1-j">Need an electrician in Southampton?</h2><p data-ux="Text" class="x-el x-el-p c1-1 c1-2">Tell us what&rsquo;s
 going on and we&rsquo;ll get you booked in.</p><a data-ux="ButtonPrimary" data-aid="CTA_BOOK_NOW" href="/contact/"
 class="{_A} c1-j">Book now</a></div></section></div>"""


def _page(path, title, description, tagline, sections, sidebar=False):
    """Wrap a page's sections in the shared head, header, footer and cookie banner."""
    pid = sum(map(ord, path)) * 7919 % 10**8
    body = "".join(_section(100 + i, h, inner) for i, (h, inner) in enumerate(sections))
    if sidebar:
        body = (
            f'<div data-ux="Block" class="{_DIV}"><div data-ux="Container" class="{_DIV}"><div data-ux="Grid" '
            f'class="{_DIV}"><div data-ux="GridCell" class="{_DIV} c1-l">{body}</div>{_ASIDE}</div></div></div>'
        )
    full_title = f"{title} | Bargate Electrical" if path != "/" else "Electrician Southampton | Bargate Electrical"
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{full_title}</title><meta name="author" content="Bargate Electrical"/>
<meta name="generator" content="Starfield Technologies; Go Daddy Website Builder 8.0.0000"/>
<link rel="manifest" href="/manifest.webmanifest"/><link rel="apple-touch-icon" sizes="57x57"
 href="/isteam/ip/favicon-57.png"/><link rel="icon" sizes="32x32" href="/isteam/ip/favicon-32.png"/>
<meta name="description" content="{description}"/><meta property="og:url" content="{_SITE}{path}"/>
<meta property="og:site_name" content="Bargate Electrical"/><meta property="og:title" content="{full_title}"/>
<meta property="og:description" content="{description}"/><meta property="og:type" content="website"/>
<meta property="og:image" content="/isteam/ip/bargate-van.jpg"/><meta property="og:locale" content="en_GB"/>
<meta name="twitter:card" content="summary"/><meta name="twitter:title" content="{full_title}"/>
<link rel="stylesheet" href="/assets/wsb/gd-layout24-theme.css"/>
<style data-inline-fonts>@font-face{{font-family:'Open Sans';font-style:normal;font-weight:400;font-display:swap;
src:url(/assets/fonts/open-sans-400.woff2) format('woff2');}}</style><style type="text/css">{_CSS}</style>
{_ANALYTICS}</head>
<body class="x x-fonts-open-sans x-fonts-montserrat"><div id="layout-b4c1e7a2-5f30-4d6e-9a18-2c7f0d31e845"
 class="layout layout-layout layout-layout-layout-24 locale-en-GB lang-en"><div data-ux="Page" id="page-{pid}"
 class="x-el x-el-div x-el c1-1 c1-2 c1-3 c1-4 c1-5 c1-6 c1-7 c1-8 c1-b c1-c c1-d c1-e"><div data-ux="Block"
 class="{_DIV}"><div data-ux="Block" class="{_DIV}">{_header(path, tagline)}</div>
<div id="{pid}-content" class="widget widget-content widget-content-content-4">{body}</div>
<div data-ux="Block" class="{_DIV}">{_cta(190)}</div>{_FOOTER}</div></div>{_COOKIE}</div>
<script type="text/javascript">window.wsb=window.wsb||{{}};window.wsb.pageId="{pid}";</script></body></html>"""


_TESTIMONIALS = """<div data-ux="Grid" data-aid="TESTIMONIALS_GRID">
<div data-ux="GridCell"><p>&ldquo;Fuse board kept tripping every few days and two other firms couldn&rsquo;t find
 why. Josh traced it to a nail through a cable under the landing carpet in about an hour. Brilliant.&rdquo;</p>
<p data-ux="TestimonialsAuthorName"><strong>Claire H., Bassett</strong></p></div>
<div data-ux="GridCell"><p>&ldquo;Sam fitted our car charger on a Friday morning, tidy cable run, showed us the app
 and took the grant off the bill. Couldn&rsquo;t have been easier.&rdquo;</p>
<p data-ux="TestimonialsAuthorName"><strong>Raj P., Chandler&rsquo;s Ford</strong></p></div></div>"""

_HOME = [
    (
        "Friendly, reliable electricians across Southampton",
        """<p>Bargate Electrical is a local family firm looking after homes, rented properties and small businesses
 in and around Southampton. Whether it&rsquo;s a socket that&rsquo;s stopped working, a fuse board that keeps
 tripping, an electrical safety report for a rental, or a complete rewire before you move in, you&rsquo;ll deal
 with the same small team from first phone call to final certificate.</p>
<p>We give clear written quotes, turn up when we say we will, and leave your home as tidy as we found it.</p>""",
    ),
    (
        "What we do",
        """<ul><li><a href="/fault-finding/">Fault finding</a> &ndash; tripping switches, dead sockets, flickering
 lights</li>
<li><a href="/emergency-callout/">24-hour emergency callout</a> &ndash; when it can&rsquo;t wait</li>
<li><a href="/fuse-board-upgrades/">Consumer unit (fuse board) upgrades</a></li>
<li><a href="/rewiring/">Full and partial rewires</a></li>
<li><a href="/eicr/">EICR electrical safety reports</a> for landlords, homeowners and buyers</li>
<li><a href="/ev-charger-installation/">EV charger installation</a>, including grant applications</li>
<li><a href="/lighting/">Lighting and LED downlights</a> and <a href="/sockets-and-switches/">extra sockets</a></li>
<li><a href="/outdoor-and-garden/">Outdoor sockets, garden lighting and power to sheds and garden offices</a></li>
<li><a href="/smoke-and-heat-alarms/">Smoke, heat and CO alarms</a></li>
<li><a href="/commercial/">Commercial electrical maintenance</a> for shops, offices, caf&eacute;s and salons</li>
</ul>""",
    ),
    (
        "Why people choose us",
        """<ul><li>NICEIC Approved Contractor &ndash; every job certified</li>
<li>Qualified, uniformed electricians in sign-written vans</li>
<li>Fixed written quotes before any planned work starts</li>
<li>Dust sheets down, mess cleared up, old fittings taken away</li></ul>
<h3>What our customers say</h3>"""
        + _TESTIMONIALS,
    ),
]

_FAULT = [
    (
        "Fault finding, tripping and loss of power",
        """<p>Lights going off on their own, a switch on the fuse board that won&rsquo;t stay up, or sockets that
 have gone dead in one room &ndash; tracking down faults is most of what we do day to day. Our vans carry insulation
 testers, loop testers and a thermal camera so we can find a problem without pulling your house apart.</p>""",
    ),
    (
        "Simple checks before you call us",
        """<ul><li><strong>Is it just you?</strong> Look out of the window. If the street lights and your neighbours
 are off too, it&rsquo;s a power cut on the network, not a fault in your home. Ring <strong>105</strong>, the free
 national power cut line &ndash; in Southampton the network is run by SSEN, who will give you a time for getting
 the power back. Nobody but the network operator can fix their side of the meter.</li>
<li><strong>Open your consumer unit (fuse board).</strong> Look for any switch pointing down: an RCD (the wider
 switches with a small &ldquo;T&rdquo; test button) or an MCB (the narrow switch for each circuit).</li>
<li><strong>Unplug everything</strong> on the circuits that have gone off &ndash; pull the plugs out, don&rsquo;t
 just switch off at the wall &ndash; then push the switch back up.</li>
<li>If it stays up, plug things back in one at a time. If it trips when one appliance goes back in, that
 appliance is the culprit: leave it unplugged.</li>
<li>If it trips straight away with everything unplugged, or won&rsquo;t reset at all, the fault is in the wiring
 or a fitting. Leave it off and book a fault-finding visit.</li></ul>""",
    ),
    (
        "Faults we find every week",
        """<p><strong>Tripping when it rains.</strong> Nearly always water getting into an outside light, an outdoor
 socket, a garden lighting cable or the supply to a shed. On older boards one RCD protects half the house, so a
 damp outside light can knock off the whole downstairs &ndash; and it often works again once things dry out,
 until the next downpour.</p>
<p><strong>Random trips, often at night.</strong> Immersion heaters, old fridge-freezers and washing machines with
 failing heating elements cause trips that come and go and are hard to pin down without the right test kit.</p>
<p><strong>Tripping after DIY or new flooring.</strong> A screw or carpet gripper nail through a cable. We find the
 spot and repair it with a maintenance-free joint.</p>
<p><strong>Lights flickering all over the house.</strong> Usually a loose connection, sometimes at the main fuse or
 meter tails. If it&rsquo;s on the network side we report it to SSEN for you.</p>
<p>Most faults are found and fixed on the first visit. We carry common parts; anything unusual is ordered for
 next-day fitting. See our <a href="/prices/">prices page</a> for what a visit costs.</p>""",
    ),
]

_EMERGENCY = [
    (
        "24-hour emergency electrician in Southampton",
        """<p>Our emergency line, <a href="tel:07700900418">07700 900418</a>, is answered 24 hours a day, every day of
 the year including Christmas. During office hours an emergency jumps the queue; at night it goes straight to the
 on-call electrician&rsquo;s phone. We aim to be with you within 90 minutes anywhere in our main area, and within
 an hour for most of the city.</p>""",
    ),
    (
        "What counts as an emergency",
        """<ul><li>A burning smell, scorch marks or smoke from a socket, switch, light or the fuse board</li>
<li>Sparking, crackling or buzzing from a fitting, or a plug or socket that&rsquo;s hot to the touch</li>
<li>Water coming through a ceiling light or into sockets after a leak</li>
<li>Exposed or damaged cables &ndash; after a car hits a garden wall light, or someone drills through a cable</li>
<li>No power to your home (not the whole street) that you can&rsquo;t reset, especially with a vulnerable person,
 medical equipment or a full freezer</li>
<li>A business that can&rsquo;t trade &ndash; a restaurant kitchen circuit down, a shop with no lights</li></ul>""",
    ),
    (
        "What to do while you wait",
        """<p><strong>Burning smell, scorching or a hot socket:</strong> switch off the main switch on your
 consumer unit (the large switch usually labelled &ldquo;Main Switch&rdquo;) if you can reach it safely and the board
 itself isn&rsquo;t hot or smoking. Don&rsquo;t touch the socket or pull the plug out, and don&rsquo;t switch it back on
 to check. If there are flames or thick smoke, get everyone out and call 999 &ndash; never put water on an
 electrical fire.</p>
<p><strong>Water in a light fitting or socket:</strong> turn off the main switch straight away and don&rsquo;t
 touch any switches in that room. Stop the water at the stopcock, or get the neighbour upstairs to stop the leak.
 Once we&rsquo;ve made it safe, anything that got wet has to dry out completely &ndash; usually 24 to 48 hours
 &ndash; before we can test it and switch it back on. We&rsquo;ll get the rest of the property working in the
 meantime.</p>
<p><strong>Smell of gas:</strong> that&rsquo;s not us &ndash; call the National Gas Emergency Service on
 0800 111 999 and don&rsquo;t operate any switches.</p>""",
    ),
    (
        "Making safe first",
        """<p>On a night-time callout our first job is always to make things safe and get as much of your power back
 on as we safely can. Repairs that need parts or several hours&rsquo; work are usually booked in for the next
 working day.</p>""",
    ),
]

_PRICES = [
    (
        "Our prices",
        """<p>We&rsquo;re VAT registered and every price on this website includes VAT at 20%. Quotes for planned work
 are free and fixed: the price we write down is the price you pay unless you change the job. Fixed prices for our
 most common jobs &ndash; fuse boards, EICRs, EV chargers, alarms and so on &ndash; are on each service page.</p>""",
    ),
    (
        "Labour and callout charges",
        """<table><thead><tr><th>Visit</th><th>Price</th></tr></thead><tbody>
<tr><td>Daytime visit, Mon&ndash;Fri 8am&ndash;5pm &ndash; first hour including travel</td><td>&pound;85</td></tr>
<tr><td>Each additional half hour (daytime)</td><td>&pound;30</td></tr>
<tr><td>Saturday visit, 8am&ndash;1pm &ndash; first hour</td><td>&pound;110</td></tr>
<tr><td>Emergency, weekday evening 5pm&ndash;10pm &ndash; first hour</td><td>&pound;145</td></tr>
<tr><td>Emergency, overnight 10pm&ndash;7am &ndash; first hour</td><td>&pound;195</td></tr>
<tr><td>Emergency, Sundays and bank holidays (any time) &ndash; first hour</td><td>&pound;175</td></tr>
<tr><td>Each additional half hour (emergency)</td><td>&pound;55</td></tr>
<tr><td>Day rate, electrician and apprentice</td><td>&pound;440</td></tr></tbody></table>
<p>Parts are charged at cost, plus a flat &pound;8 per visit for fixings, connectors and sundries.</p>""",
    ),
    (
        "Paying",
        """<ul><li>Card on the day &ndash; our electricians carry a card reader (contactless, Apple Pay and Google Pay
 accepted)</li><li>Bank transfer within 7 days of the invoice</li><li>Cash, with a receipt</li>
<li>We no longer accept cheques</li></ul>
<p>For jobs over &pound;1,500 we take a 25% deposit to secure the start date, with the balance due on
 completion.</p>""",
    ),
    (
        "Moving or cancelling a booking",
        """<p>Please give us at least 24 hours&rsquo; notice to move or cancel a booked visit &ndash; just ring or text
 the office. If you cancel on the day, or we arrive and can&rsquo;t get in, there&rsquo;s a &pound;45 late
 cancellation charge to cover the wasted trip. Deposits are refunded in full if you cancel more than 7 days before
 the start date; after that we may keep the cost of any materials already ordered for your job.</p>""",
    ),
]

_FUSEBOARD = [
    (
        "Consumer unit (fuse board) upgrades",
        """<p>If your fuse box still has white ceramic fuse carriers with fuse wire in them, sits on a wooden
 backboard, or is a plastic unit with no RCD, it&rsquo;s time to think about an upgrade. A modern consumer unit
 switches off in a split second if someone touches something live or current leaks to earth &ndash; something old
 fuses simply can&rsquo;t do.</p>""",
    ),
    (
        "Signs yours needs replacing",
        """<ul><li>Rewireable fuses that you mend with fuse wire</li>
<li>Old cartridge-fuse boxes in a metal or bakelite case from the 1960s&ndash;80s</li>
<li>No RCD (no switch with a &ldquo;T&rdquo; test button)</li>
<li>A plastic consumer unit &ndash; current regulations ask for a non-combustible (metal) enclosure in homes</li>
<li>Scorch marks, or a board that&rsquo;s warm or crackles</li>
<li>You&rsquo;re adding a shower, extension or car charger and there are no spare ways</li></ul>""",
    ),
    (
        "Prices",
        """<table><thead><tr><th>Consumer unit</th><th>Fitted price</th></tr></thead><tbody>
<tr><td>Dual-RCD metal consumer unit, up to 10 circuits</td><td>&pound;520</td></tr>
<tr><td>Full RCBO metal consumer unit &ndash; every circuit protected separately, so one fault doesn&rsquo;t take
 out half the house</td><td>&pound;695</td></tr>
<tr><td>Surge protection device (SPD)</td><td>Included</td></tr>
<tr><td>Upgrading the main earth and bonding to gas and water pipes, if needed</td><td>&pound;95&ndash;&pound;160</td>
</tr><tr><td>Each extra circuit over 10</td><td>&pound;35</td></tr></tbody></table>
<p>Every price includes testing every circuit before and after, a labelled circuit chart, your Electrical
 Installation Certificate and building control notification. We fit Hager and Wylex boards.</p>""",
    ),
    (
        "How the day goes",
        """<p>A board change is a one-day job. We arrive at 8am and the power is off from about 9am until mid-afternoon
 &ndash; six to seven hours for a typical house, a little longer for large or complicated ones. If you work from
 home, plan to work somewhere else that day or run off a laptop battery and phone hotspot.</p>
<p>We test each circuit before we connect it to the new board. Now and then an old circuit fails &ndash; often a
 hidden fault the old fuses were masking. We&rsquo;ll show you the readings and give you a price to put it right
 before going any further; we won&rsquo;t leave an unsafe circuit switched on.</p>""",
    ),
]

_REWIRE = [
    (
        "House rewires, full and partial",
        """<p>Wiring doesn&rsquo;t last for ever. PVC cable from the 1970s onwards is usually fine if it&rsquo;s been
 looked after, but older wiring &ndash; rubber-insulated, fabric-covered or lead-sheathed &ndash; breaks down with
 age and becomes dangerous. We rewire whole houses and flats, and do partial rewires for kitchens, extensions,
 loft conversions or a single floor.</p>""",
    ),
    (
        "Signs your home may need rewiring",
        """<ul><li>Black or brown round light switches, or round-pin sockets</li>
<li>Sockets fitted low down on the skirting boards</li>
<li>Crumbly black rubber cable behind a switch or in the loft</li>
<li>Too few sockets, with extension leads everywhere</li>
<li>An electrical safety report recommending a rewire</li></ul>""",
    ),
    (
        "Rewire price guide",
        """<table><thead><tr><th>Property</th><th>Typical full rewire</th></tr></thead><tbody>
<tr><td>1-bed flat</td><td>&pound;3,400 &ndash; &pound;4,200</td></tr>
<tr><td>2-bed house</td><td>&pound;4,300 &ndash; &pound;5,200</td></tr>
<tr><td>3-bed semi</td><td>&pound;5,400 &ndash; &pound;6,800</td></tr>
<tr><td>4-bed detached</td><td>&pound;7,200 &ndash; &pound;9,500</td></tr></tbody></table>
<p>Includes a new consumer unit, all cabling, sockets, switches and standard pendant lights, smoke and heat alarms
 to current standards, and certification. Where you fall in the range depends on how many sockets and lights you
 want, the flooring (laminate and tiles take longer) and whether rooms are empty. Dan visits to survey and quote
 free of charge.</p>""",
    ),
    (
        "How long it takes",
        """<p>A three-bed house takes two electricians about six to eight working days. First fix &ndash; cables
 chased into walls and run under floors &ndash; is four or five days. Your plasterer then makes good, and we come
 back for second fix: fitting sockets, switches, lights and the board, then testing.</p>""",
    ),
    (
        "Living at home during a rewire",
        """<p>Plenty of customers stay put, especially in bigger houses. We work room by room where we can, and each
 evening we leave you a working lighting circuit and sockets for the fridge and kettle. It will be noisy and dusty:
 cutting channels in walls makes fine dust even with our extraction vacuums, and floorboards will be up in places
 during the day. With small children, or someone working from home, it&rsquo;s easier to stay elsewhere for the
 first-fix week if you can. Please empty rooms, or at least move furniture into the middle, before we start.</p>
<p>We fill around new boxes and channels, but we aren&rsquo;t plasterers: after a full rewire walls will need
 skimming and redecorating, so budget for that.</p>""",
    ),
]

_EICR = [
    (
        "EICRs &ndash; electrical safety reports",
        """<p>An Electrical Installation Condition Report (EICR) is a thorough inspection and test of your fixed
 wiring: the consumer unit, every circuit, sockets, switches and fittings. It doesn&rsquo;t cover plug-in
 appliances &ndash; that&rsquo;s PAT testing. Most of our reports are carried out by Josh, our inspector.</p>""",
    ),
    (
        "Landlords",
        """<p>Private landlords in England must have their rental&rsquo;s electrics inspected and tested at least
 every five years, or sooner if the last report says so. You must give a copy to existing tenants within 28 days,
 to new tenants before they move in, and to the council within 7 days if they ask for it. We can arrange access
 directly with your tenants or letting agent &ndash; just pass us their details.</p>""",
    ),
    (
        "Homebuyers and homeowners",
        """<p>A mortgage valuation or survey doesn&rsquo;t test the electrics. If you&rsquo;re buying an older home,
 especially one that&rsquo;s been let or had DIY work, a report before you exchange tells you whether you&rsquo;re
 facing a few hundred pounds of repairs or a rewire &ndash; handy when negotiating. We&rsquo;ll need the
 seller&rsquo;s permission, usually arranged through the estate agent. For your own home we recommend a report
 every 10 years, and when you move in.</p>""",
    ),
    (
        "Understanding the codes on your report",
        """<ul><li><strong>C1 &ndash; danger present.</strong> Risk of injury right now. With your permission we make it
 safe there and then.</li>
<li><strong>C2 &ndash; potentially dangerous.</strong> Not an immediate danger, but could become one &ndash; for
 example no earthing to a circuit or a damaged socket. Must be put right.</li>
<li><strong>FI &ndash; further investigation needed</strong> without delay.</li>
<li><strong>C3 &ndash; improvement recommended.</strong> Doesn&rsquo;t meet today&rsquo;s standard but isn&rsquo;t
 unsafe. Not a fail.</li></ul>
<p>Any C1, C2 or FI makes the report &ldquo;unsatisfactory&rdquo;. Landlords then have 28 days (or less if the
 report says so) to get the remedial work done, and must get written confirmation that it&rsquo;s complete to give
 to tenants and the council. We include a fixed quote for any remedial work with your report.</p>""",
    ),
    (
        "EICR prices",
        """<table><thead><tr><th>Property</th><th>Price</th></tr></thead><tbody>
<tr><td>Studio or 1-bed flat</td><td>&pound;150</td></tr><tr><td>2-bed flat or house</td><td>&pound;170</td></tr>
<tr><td>3-bed house</td><td>&pound;195</td></tr><tr><td>4-bed house</td><td>&pound;225</td></tr>
<tr><td>5+ bedrooms and HMOs</td><td>from &pound;260, quoted per property</td></tr>
<tr><td>Each extra consumer unit (garage, outbuilding)</td><td>&pound;45</td></tr></tbody></table>
<p>A typical home takes two to four hours, with the power off circuit by circuit while we test. Your report is
 emailed as a PDF within two working days.</p>""",
    ),
]

_EV = [
    (
        "Home EV charger installation",
        """<p>We&rsquo;re an OZEV-authorised installer and fit home chargers all over Southampton. Sam leads our
 EV installs: he&rsquo;ll check your supply, agree where the charger and cable go, and show you the app before he
 leaves. A standard installation takes about half a day.</p>""",
    ),
    (
        "Chargers and prices",
        """<table><thead><tr><th>Charger (7kW, smart, app controlled)</th><th>Fitted price</th></tr></thead><tbody>
<tr><td>Ohme ePod (untethered &ndash; use your own cable)</td><td>&pound;949</td></tr>
<tr><td>Hypervolt Home 3 Pro</td><td>&pound;999</td></tr>
<tr><td>myenergi zappi (tethered, 6.5m cable)</td><td>&pound;1,149</td></tr>
<tr><td>Easee One</td><td>&pound;975</td></tr>
<tr><td>Cable run over 10 metres, per extra metre</td><td>&pound;22</td></tr></tbody></table>
<p>A standard installation covers mounting the charger on an outside wall of the house or garage, up to 10 metres
 of cable from the consumer unit, earthing, certification and notifying the network operator.</p>""",
    ),
    (
        "Grants",
        """<p>The government&rsquo;s EV chargepoint grant is for people who <strong>rent</strong> their home (house or
 flat) or who <strong>own a flat</strong>, and have their own private off-street parking space. It pays 75% of the
 cost of the charger and installation, up to &pound;350. Homeowners living in a house can no longer claim &ndash;
 that grant closed in 2022.</p>
<p>We check you&rsquo;re eligible, apply on your behalf and take the grant off your invoice, so you only pay the
 difference. Renters need written permission from the landlord; flat owners may need permission from the
 freeholder or management company.</p>""",
    ),
    (
        "Before we can fit one",
        """<ul><li>You need off-street parking &ndash; a drive, garage or allocated space &ndash; next to where the
 charger will go.</li>
<li>We can&rsquo;t run a charging cable across a public pavement or road. It&rsquo;s a trip hazard and the highway
 authority doesn&rsquo;t allow it. If you park on the street, public chargers or the council&rsquo;s on-street
 charge points are the way to go.</li>
<li>We check your main fuse. If it&rsquo;s only 60 amps, SSEN may need to upgrade it first &ndash; they
 don&rsquo;t normally charge for this, and it usually takes two to six weeks.</li></ul>""",
    ),
]

_LIGHTING = [
    (
        "Lighting, downlights and dimmers",
        """<p>Good lighting changes a room. We replace tired fittings, put in LED downlights, add lights to lofts and
 cupboards, fit under-cupboard strip lighting in kitchens and install smart switches that work with Alexa and
 Google Home.</p>""",
    ),
    (
        "LED downlights",
        """<p>In any ceiling with a room or loft above, we fit fire-rated downlights so the ceiling keeps its fire
 resistance. In bathrooms, lights in or above the bath and shower zones must be sealed to at least IP65, and
 that&rsquo;s what we use.</p>
<table><thead><tr><th>Job</th><th>Price</th></tr></thead><tbody>
<tr><td>LED downlights, six or more in one room, with loft access above &ndash; per light</td><td>&pound;62</td></tr>
<tr><td>LED downlights with no access above (cut and fed from below) &ndash; per light</td><td>&pound;78</td></tr>
<tr><td>Replace a ceiling light fitting (first one)</td><td>&pound;65</td></tr>
<tr><td>Each additional fitting on the same visit</td><td>&pound;30</td></tr>
<tr><td>LED-compatible dimmer switch, supplied and fitted</td><td>&pound;58</td></tr></tbody></table>
<p>Downlights come with warm white (3000K) dimmable lamps unless you ask for something else.</p>""",
    ),
    (
        "Flickering or buzzing LEDs on a dimmer?",
        """<p>LED bulbs and old dimmer switches don&rsquo;t get on. Most dimmers fitted before about 2012 were made for
 halogen and old filament bulbs. With LEDs they flicker, hum, won&rsquo;t dim down smoothly, or come on at half
 brightness and then jump. The cure is an LED-compatible (trailing-edge) dimmer sized for the number of lamps on
 it, together with lamps that are actually marked dimmable &ndash; plenty of LEDs aren&rsquo;t.</p>""",
    ),
]

_SOCKETS = [
    (
        "Extra sockets, switches and new circuits",
        """<p>If you&rsquo;ve got four-way extension leads plugged into other four-way leads, you need more sockets.
 We add and move sockets, swap singles for doubles, fit USB-C sockets, move switches during kitchen refits and put
 in new circuits for showers, cookers and induction hobs.</p>""",
    ),
    (
        "Socket and switch prices",
        """<table><thead><tr><th>Job</th><th>Price</th></tr></thead><tbody>
<tr><td>New double socket, flush in a plasterboard wall</td><td>&pound;125</td></tr>
<tr><td>New double socket, flush in a solid brick wall (chased and filled)</td><td>&pound;145</td></tr>
<tr><td>New double socket, surface mounted with white trunking</td><td>&pound;95</td></tr>
<tr><td>Change a single socket to a double</td><td>&pound;70</td></tr>
<tr><td>Replace a double socket with a USB-C double socket</td><td>&pound;70</td></tr>
<tr><td>Electric shower circuit, up to 10.5kW and 15m cable run</td><td>from &pound;395</td></tr>
<tr><td>Cooker or induction hob circuit</td><td>from &pound;295</td></tr></tbody></table>
<p>Prices are for work done alongside other jobs or in batches; a single socket on its own is charged at our
 standard hourly rate if that works out cheaper for you.</p>""",
    ),
    (
        "Wall-mounted TVs with hidden cables",
        """<p>Hang the TV on the wall without cables dangling underneath it: we fit a double socket behind where the
 TV will sit and a conduit inside the wall down to a cable outlet plate near the skirting, so aerial, HDMI and
 games console leads all run out of sight. From &pound;185 for a plasterboard wall and &pound;225 for solid brick.
 We don&rsquo;t hang the TV or the bracket itself &ndash; your TV installer or a handyman can do that once our part
 is done.</p>""",
    ),
]

_OUTDOOR = [
    (
        "Outdoor power and garden lighting",
        """<p>From a single socket for the lawnmower to power and lighting for a garden office, we do outdoor
 electrics properly: weatherproof fittings, armoured cable where it&rsquo;s buried and RCD protection on
 everything.</p>""",
    ),
    (
        "Outside sockets",
        """<p>A weatherproof IP66 double socket with a lockable cover, fitted on an outside wall and RCD protected
 &ndash; ideal for pressure washers, mowers, hedge trimmers and Christmas lights.</p>
<table><thead><tr><th>Outside socket</th><th>Price</th></tr></thead><tbody>
<tr><td>Fed through the wall from an inside socket</td><td>&pound;165</td></tr>
<tr><td>With a new dedicated cable from the consumer unit</td><td>&pound;220</td></tr></tbody></table>""",
    ),
    (
        "Sheds, garages and garden offices",
        """<p>We run armoured (SWA) cable buried at least 450mm down to a small consumer unit in the building, then
 fit the sockets and lights inside. From &pound;895 for a run of up to 15 metres. To save money you can dig the
 trench yourself: we&rsquo;ll mark the route and depth, and we must see it open before it&rsquo;s backfilled.</p>""",
    ),
    (
        "Garden and security lighting",
        """<p>Wall lights, spike lights in borders, step lights and festoon lighting &ndash; mains or low-voltage 12V
 systems, which are safer if you&rsquo;re digging in the borders. Motion-sensor security floodlights are from
 &pound;110 fitted on an existing circuit.</p>""",
    ),
    (
        "Hot tubs",
        """<p>Most hot tubs need their own dedicated supply &ndash; usually a 32 amp circuit, though some smaller
 plug-and-play models run on 16 amps. We run a dedicated RCD-protected circuit in armoured cable to a rotary
 isolator switch, placed where you can reach it but at least 2 metres from the water. From &pound;650 for up to 10
 metres. Book us two to three weeks before the tub arrives, and have the base ready.</p>""",
    ),
]

_ALARMS = [
    (
        "Smoke, heat and carbon monoxide alarms",
        """<p>We fit Aico mains-powered alarms with a sealed 10-year lithium backup battery. They&rsquo;re interlinked,
 so when one goes off they all do &ndash; you&rsquo;ll hear a fire in the kitchen from a bedroom with the door
 shut.</p>
<ul><li>Smoke alarms in the hall and on each landing, and in the main living room</li>
<li>A heat alarm, not a smoke alarm, in the kitchen &ndash; so burnt toast doesn&rsquo;t set it off</li>
<li>A carbon monoxide alarm in any room with a boiler, gas fire or log burner</li></ul>
<p>We use Aico&rsquo;s radio-interlinked bases where we can, so there are no cables between alarms: less mess and
 ideal in a freshly decorated home.</p>""",
    ),
    (
        "Prices",
        """<table><thead><tr><th>Job</th><th>Price</th></tr></thead><tbody>
<tr><td>Typical 3-bed house: 3 smoke, 1 heat, 1 CO alarm, radio-interlinked</td><td>from &pound;385</td></tr>
<tr><td>Replace an existing mains alarm like for like</td><td>&pound;75 each</td></tr></tbody></table>""",
    ),
    (
        "Landlords",
        """<p>In England landlords must have at least one smoke alarm on every storey used as living accommodation, and
 a carbon monoxide alarm in any room with a fixed combustion appliance such as a boiler or wood burner (gas cookers
 excepted). Alarms must be checked and working on the first day of each new tenancy, and repaired or replaced once
 a tenant reports a fault.</p>""",
    ),
    (
        "Alarm chirping or beeping?",
        """<p>An alarm that gives a single chirp every 40 seconds or so is telling you its backup battery is low or
 failing &ndash; it often starts at night when the house is cold. Look for a date on the side: alarms last about 10
 years, and past that the whole alarm needs replacing, not just the battery. Sealed-battery alarms can&rsquo;t have
 the battery changed at all. Pressing the test button may quieten it for a while, but please don&rsquo;t take it
 down and leave the house unprotected &ndash; book a replacement.</p>""",
    ),
]

_COMMERCIAL = [
    (
        "Commercial electrical services",
        """<p>We look after shops, offices, caf&eacute;s, salons, surgeries, church halls and small industrial units
 across Southampton. Sam runs our commercial work and will be your main contact.</p>""",
    ),
    (
        "Emergency lighting",
        """<p>We install emergency lighting and exit signs and look after the testing required by BS 5266: a brief
 monthly function test and a full three-hour duration test once a year, all recorded in a logbook your fire risk
 assessor or fire officer can inspect. Annual duration test from &pound;120 for up to 10 fittings. If you&rsquo;d
 rather do the monthly checks yourself, we&rsquo;ll fit a test key switch and show your staff how.</p>""",
    ),
    (
        "Fixed wire testing and PAT testing",
        """<p>Shops, offices and salons normally need a fixed wiring inspection (a commercial EICR) every five years;
 your insurer or landlord may ask for it more often. PAT testing of portable appliances is &pound;1.50 per item
 with a &pound;70 minimum, including labels and a register.</p>""",
    ),
    (
        "Maintenance contracts and accounts",
        """<ul><li>Planned maintenance visits monthly or quarterly, with priority response for contract customers</li>
<li>Evening and early-morning working so you don&rsquo;t have to close</li>
<li>Three-phase supplies, shop fit-outs and re-lamping to LED</li>
<li>30-day credit accounts for businesses, subject to a credit check</li></ul>""",
    ),
]

_EXPECT = [
    (
        "Your visit: what to expect",
        """<p>Having an electrician in is easier when you know what&rsquo;s coming. Here&rsquo;s how we work.</p>""",
    ),
    (
        "Before we arrive",
        """<p>You&rsquo;ll get a text confirming your date and arrival slot &ndash; morning (8&ndash;10am) or early
 afternoon (12&ndash;2pm). The evening before, we text you the name and photo of your electrician, and they ring
 about 30 minutes before they arrive.</p>
<ul><li>Clear the way to your consumer unit &ndash; often the cupboard under the stairs &ndash; and to the area
 we&rsquo;re working in.</li>
<li>Please keep pets in another room.</li>
<li>Parking: our vans need to be close. In residents&rsquo; permit zones please leave us a visitor permit, otherwise
 any pay-and-display charge is added to your bill.</li></ul>""",
    ),
    (
        "Power off",
        """<p>On most small jobs the power is only off for a few minutes at a time; for bigger jobs we&rsquo;ll tell you
 in advance how long. Save your work and shut down computers when we ask. Fridges and freezers stay cold for
 several hours if you keep the doors shut. Tell us beforehand if anyone relies on powered medical equipment, such
 as an oxygen concentrator or a stairlift, so we can plan around it.</p>""",
    ),
    (
        "Dust, mess and your floors",
        """<p>We put dust sheets down, wear shoe covers indoors (or take our boots off if you&rsquo;d prefer), and use
 a dust-extracting vacuum when drilling or cutting. We tidy up at the end of every day and take our waste away.</p>""",
    ),
    (
        "Do you need to be in?",
        """<p>An adult needs to be there to let us in and agree the work at the start, and at the end so we can talk you
 through the finished job and your certificate. For longer jobs many customers leave us a key or a key safe
 code.</p>""",
    ),
]

_CERTS = [
    (
        "NICEIC and Part P",
        """<p>We&rsquo;ve been an NICEIC Approved Contractor since 2010 and are assessed on site every year. In England,
 some electrical work in homes is &ldquo;notifiable&rdquo; under Part P of the Building Regulations: new circuits,
 replacing a consumer unit, and new work in the zones around a bath or shower. Because we&rsquo;re registered with
 NICEIC&rsquo;s competent person scheme, we self-certify that work &ndash; you don&rsquo;t need to involve council
 building control.</p>""",
    ),
    (
        "Your paperwork",
        """<ul><li><strong>Electrical Installation Certificate</strong> &ndash; new circuits, consumer units and
 rewires</li>
<li><strong>Minor Electrical Installation Works Certificate</strong> &ndash; small additions and alterations, such
 as an extra socket</li>
<li><strong>Electrical Installation Condition Report</strong> &ndash; inspections</li></ul>
<p>Certificates are emailed to you within two working days of finishing.</p>""",
    ),
    (
        "Building Regulations Compliance Certificate",
        """<p>For notifiable work we register the job with NICEIC within 30 days. NICEIC tells your local council and
 posts a Building Regulations Compliance Certificate to the property, normally within four to six weeks of the
 job. Keep it with your house deeds &ndash; your buyer&rsquo;s solicitor will ask for it, along with our
 installation certificate.</p>
<p>Lost it? Ring the office with the property address. We&rsquo;ll request a duplicate from NICEIC, which usually
 arrives by email within a few days, and send you another copy of our certificate free of charge &ndash; we keep
 copies of all our paperwork.</p>""",
    ),
    (
        "Guarantees and insurance",
        """<ul><li>All our workmanship is guaranteed for 2 years.</li>
<li>Rewires and consumer unit replacements are guaranteed for 6 years.</li>
<li>Notifiable work is also covered by the NICEIC Platinum Promise, an insurance-backed warranty that protects you
 for up to 6 years even if we stopped trading.</li>
<li>Products such as chargers and alarms carry the manufacturer&rsquo;s warranty, and we deal with claims for you
 in the first year.</li>
<li>We hold &pound;5 million public liability insurance.</li></ul>""",
    ),
]

_ABOUT = [
    (
        "About Bargate Electrical",
        """<p>Dan Whitlock started Bargate Electrical in 2009, working out of the spare room of his house in Shirley
 after twelve years with a large contractor in Portsmouth. We moved into our unit at Redbridge in 2016 and
 there are now five of us and four vans &ndash; still small enough that Dan knows every job.</p>""",
    ),
    (
        "Meet the team",
        """<ul><li><strong>Dan Whitlock &ndash; owner and qualified supervisor.</strong> Still out on the tools most
 days, and does every rewire survey himself.</li>
<li><strong>Kerry Whitlock &ndash; office manager.</strong> Answers the phone, books your visit and chases the
 paperwork.</li>
<li><strong>Sam Oduya &ndash; senior electrician.</strong> Leads our EV charger and commercial work.</li>
<li><strong>Josh Penfold &ndash; electrician and inspector.</strong> Qualified in inspection and testing (City
 &amp; Guilds 2391) and carries out most of our safety reports.</li>
<li><strong>Ellie Marsh &ndash; apprentice.</strong> In her third year at Eastleigh College; always works alongside
 a qualified electrician.</li></ul>
<p>Away from work we sponsor the Shirley Warren under-10s football team.</p>""",
    ),
    (
        "Reviews",
        """<p>We&rsquo;re rated 4.9 out of 5 on Google from more than 310 reviews. A few recent ones:</p>"""
        + _TESTIMONIALS
        + """<p>&ldquo;Full rewire of our Victorian terrace in Portswood. Dan talked us through everything, the lads
 were polite and tidied up every day. Finished a day early.&rdquo; &ndash; <strong>Mark and Sophie T.</strong></p>
<p>&ldquo;I manage eleven rentals and use Bargate for all the safety reports. Reports come back fast and the
 remedial quotes are fair.&rdquo; &ndash; <strong>Linda G., Woolston</strong></p>""",
    ),
]

_FAQ_ITEMS = [
    (
        "Do you do small jobs?",
        "Yes. A new light fitting, one socket, a switch that&rsquo;s come loose &ndash; we&rsquo;re happy to help. If"
        " you have several odd jobs, make a list and we&rsquo;ll do them all in one visit.",
    ),
    (
        "Can I buy my own light fittings or sockets?",
        "Yes, we&rsquo;ll fit customer-supplied items as long as they&rsquo;re UK compliant (UKCA or CE marked) &ndash;"
        " some cheap online imports aren&rsquo;t, and we won&rsquo;t fit anything we think is unsafe. Our guarantee"
        " covers our workmanship but not the item itself. Please check all the parts are there before we arrive.",
    ),
    (
        "Are your electricians DBS checked?",
        "Yes. Everyone on the team has an enhanced DBS check, renewed every three years. We regularly work for"
        " elderly and vulnerable customers and in schools. A family member is welcome to book on someone&rsquo;s"
        " behalf, be our contact and be there during the visit.",
    ),
    (
        "I&rsquo;m a tenant &ndash; can I book you?",
        "We can repair faults for tenants, but for anything beyond a repair we need the landlord&rsquo;s permission."
        " If your landlord is paying, we need their agreement before we start.",
    ),
    (
        "Do you take away old fittings?",
        "Yes. Old fittings, cable and fuse boards go back with us and are recycled under the WEEE regulations at no"
        " extra charge.",
    ),
    (
        "What if you find asbestos?",
        "Some fuse boxes from before the 1980s contain asbestos, often as a flash pad behind the fuses. If we suspect"
        " it, we stop and arrange for a licensed company to test it. We won&rsquo;t disturb it.",
    ),
]

_FAQ = [
    (
        "Frequently asked questions",
        '<div data-ux="Block" class="accordion" data-aid="FAQ_ACCORDION">'
        + "".join(
            f'<div class="accordion-item" data-ux="Block"><button class="accordion-toggle" data-ux="Button" '
            f'aria-expanded="false" type="button">{q}</button><div class="accordion-panel"><p>{a}</p></div>'
            "</div>"
            for q, a in _FAQ_ITEMS
        )
        + "</div>",
    ),
]

_CONTACT = [
    (
        "Get in touch",
        """<p>Office: <a href="tel:02380774410">023 8077 4410</a><br/>24-hour emergencies:
 <a href="tel:07700900418">07700 900418</a><br/>
WhatsApp: <a href="https://wa.me/447700900427">07700 900427</a> &ndash; photos of your fuse board and the problem
 help us quote faster<br/>Email: <a href="mailto:office@bargate-electrical.co.uk">office@bargate-electrical.co.uk</a>
</p><p>We reply to messages and enquiries within one working day.</p>""",
    ),
    (
        "Office hours",
        """<table><tbody><tr><td>Monday &ndash; Friday</td><td>8am &ndash; 5:30pm</td></tr>
<tr><td>Saturday</td><td>9am &ndash; 12pm (phones only)</td></tr>
<tr><td>Sunday</td><td>Closed &ndash; emergency line only</td></tr></tbody></table>
<p>Our base is Unit 7, Test Lane Business Park, Redbridge, Southampton SO16 9JX. It&rsquo;s our office and stores,
 not a shop or showroom, so please ring before popping in.</p>""",
    ),
    (
        "Areas we cover",
        """<p>All of Southampton (SO14 to SO19) &ndash; including the city centre, Shirley, Portswood, Bitterne,
 Woolston, Sholing, Bassett, Millbrook and Lordshill &ndash; plus Totton and the Waterside (Marchwood, Hythe and
 Dibden), Eastleigh, Chandler&rsquo;s Ford, North Baddesley, Romsey, Hedge End, West End, Botley, Bursledon, Netley
 and Hamble.</p>
<p>Further out &ndash; Winchester, Fareham, Lyndhurst and Lymington &ndash; we take on planned work such as rewires
 and EV chargers, but not emergency callouts.</p>""",
    ),
    (
        "Send us a message",
        """<form data-ux="Form" data-aid="CONTACT_FORM_CONTAINER_REND" action="#" method="post">
<label data-ux="InputFloatLabelLabel">Name</label><input data-ux="InputFloatLabel" type="text" name="name"/>
<label data-ux="InputFloatLabelLabel">Phone</label><input data-ux="InputFloatLabel" type="tel" name="phone"/>
<label data-ux="InputFloatLabelLabel">Postcode</label><input data-ux="InputFloatLabel" type="text" name="postcode"/>
<label data-ux="InputFloatLabelLabel">What do you need?</label><textarea data-ux="InputTextArea" name="message">
</textarea><button data-ux="ButtonPrimary" type="submit" data-aid="CONTACT_SUBMIT_BUTTON_REND">Send</button>
<p>This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</p></form>""",
    ),
]

_PAGES = [
    ("/", "Home", "Friendly NICEIC electricians in Southampton.", "Southampton&rsquo;s local electricians", _HOME, 0),
    (
        "/fault-finding/",
        "Fault Finding",
        "Tripping fuse board, dead sockets or flickering lights? Electrical fault finding in Southampton.",
        "Fault finding &amp; tripping",
        _FAULT,
        1,
    ),
    (
        "/emergency-callout/",
        "24 Hour Emergency Electrician",
        "24-hour emergency electrician covering Southampton and surrounding areas.",
        "24-hour emergency callout",
        _EMERGENCY,
        1,
    ),
    (
        "/fuse-board-upgrades/",
        "Fuse Board Upgrades",
        "Consumer unit and fuse board replacement in Southampton, fixed prices.",
        "Fuse board upgrades",
        _FUSEBOARD,
        1,
    ),
    ("/rewiring/", "Rewiring", "Full and partial house rewires in Southampton.", "Rewiring", _REWIRE, 1),
    (
        "/eicr/",
        "EICR Electrical Safety Reports",
        "EICR electrical safety reports for landlords, homeowners and buyers in Southampton.",
        "EICRs &amp; electrical safety reports",
        _EICR,
        1,
    ),
    (
        "/ev-charger-installation/",
        "EV Charger Installation",
        "OZEV-approved home EV charger installation in Southampton.",
        "EV charger installation",
        _EV,
        1,
    ),
    (
        "/lighting/",
        "Lighting & Downlights",
        "LED downlights, light fittings and dimmer switches fitted in Southampton.",
        "Lighting &amp; downlights",
        _LIGHTING,
        1,
    ),
    (
        "/sockets-and-switches/",
        "Sockets & Switches",
        "Extra sockets, USB sockets, TV wall sockets and new circuits.",
        "Sockets, switches &amp; new circuits",
        _SOCKETS,
        1,
    ),
    (
        "/outdoor-and-garden/",
        "Outdoor & Garden",
        "Outside sockets, garden lighting, hot tub and garden office supplies.",
        "Outdoor &amp; garden electrics",
        _OUTDOOR,
        1,
    ),
    (
        "/smoke-and-heat-alarms/",
        "Smoke & Heat Alarms",
        "Mains interlinked smoke, heat and carbon monoxide alarms.",
        "Smoke, heat &amp; CO alarms",
        _ALARMS,
        1,
    ),
    (
        "/commercial/",
        "Commercial",
        "Commercial electrical maintenance, emergency lighting and testing in Southampton.",
        "Commercial electrical services",
        _COMMERCIAL,
        0,
    ),
    ("/prices/", "Prices", "Our labour rates, callout charges and payment terms.", "Prices", _PRICES, 0),
    (
        "/what-to-expect/",
        "What to Expect",
        "How a visit from Bargate Electrical works.",
        "Your visit",
        _EXPECT,
        0,
    ),
    (
        "/certificates-and-guarantees/",
        "Certificates & Guarantees",
        "NICEIC registration, Part P certificates and our guarantees.",
        "Certificates &amp; guarantees",
        _CERTS,
        0,
    ),
    ("/about-us/", "About Us", "Meet the Bargate Electrical team.", "About us", _ABOUT, 0),
    ("/faq/", "FAQ", "Answers to common questions about our electrical work.", "FAQs", _FAQ, 0),
    ("/contact/", "Contact Us", "Contact Bargate Electrical, Southampton.", "Contact us", _CONTACT, 0),
]

HTML = {
    path: _page(path, title, desc, tagline, sections, sidebar=bool(side))
    for path, title, desc, tagline, sections, side in _PAGES
}

QUESTIONS = [
    (
        "every time it rains heavy the whole downstairs trips out, lights and sockets, then its fine again the next"
        " day",
        "/fault-finding/",
    ),
    (
        "Half my house has no power but next door are fine. Is there anything I can try myself before paying for"
        " someone to come out?",
        "/fault-finding/",
    ),
    (
        "Theres a burning smell coming from one of the plug sockets in the kitchen and its gone brown round the edge,"
        " what should i do right now",
        "/emergency-callout/",
    ),
    (
        "the flat upstairs has had a leak and water is literally dripping out of my bathroom ceiling light",
        "/emergency-callout/",
    ),
    ("How much would it be to get someone out at like 11 at night on a weekday?", "/prices/"),
    (
        "Something's come up at work and I need to cancel tomorrow morning's appointment, am I going to be charged"
        " for that?",
        "/prices/",
    ),
    (
        "Our fuse box is the old type where you put bits of wire in the fuses. roughly what would a new one cost",
        "/fuse-board-upgrades/",
    ),
    (
        "If you change my fuse board how long will I be without power? I work from home and need the wifi",
        "/fuse-board-upgrades/",
    ),
    (
        "We've just bought a 1960s semi, 3 bedrooms, and it's still got the old black round light switches. Ballpark"
        " for rewiring the whole thing?",
        "/rewiring/",
    ),
    (
        "can we stay living in the house while it gets rewired? we've two kids under 5 and nowhere else to go really",
        "/rewiring/",
    ),
    (
        "I'm a landlord, got a 2 bed flat in Portswood that needs its electrical safety certificate doing. How much?",
        "/eicr/",
    ),
    (
        "the electricians report on my rental came back with a C2 on it. what does that actually mean and how long"
        " have I got to sort it",
        "/eicr/",
    ),
    (
        "I rent my flat and have an allocated parking space, is there any grant towards a car charger",
        "/ev-charger-installation/",
    ),
    (
        "No driveway, I park on the road outside my house. Could you put a charger on the wall and run the lead over"
        " the pavement?",
        "/ev-charger-installation/",
    ),
    (
        "the spotlights in our kitchen flicker and buzz whenever we turn the dimmer down, they're the LED ones",
        "/lighting/",
    ),
    (
        "Want to put the new telly up on the living room wall without all the wires dangling underneath it, is that"
        " something you do",
        "/sockets-and-switches/",
    ),
    (
        "how much to put a plug outside on the back wall for the pressure washer and the lawnmower",
        "/outdoor-and-garden/",
    ),
    (
        "We've got a hot tub being delivered in a few weeks and the company said it needs its own supply. Can you do"
        " that and what's involved?",
        "/outdoor-and-garden/",
    ),
    (
        "smoke alarm in the hallway keeps doing a little chirp every minute or so, driving us mad, I've pressed the"
        " button",
        "/smoke-and-heat-alarms/",
    ),
    (
        "I own a hair salon in Bitterne and the fire officer says our emergency lights need testing, do you do that?",
        "/commercial/",
    ),
    (
        "We've just had brand new cream carpets fitted throughout. Will your electrician be walking round in work"
        " boots?",
        "/what-to-expect/",
    ),
    (
        "you put a new fuse board in for us last year and now we're selling, the solicitor wants a building regs"
        " certificate and I cant find one anywhere",
        "/certificates-and-guarantees/",
    ),
    (
        "is the electrician who comes DBS checked? it's for my mum, she's 87 and lives on her own",
        "/faq/",
    ),
    ("Do you come out as far as Romsey", "/contact/"),
    (
        "Is Dan still running the company? He did our kitchen years ago and we'd like him again",
        "/about-us/",
    ),
]

OUT_OF_SCOPE = [
    "Do you do electrics on boats? Mine's moored at Ocean Village and the shore power keeps cutting out",
    "Can I pay for a rewire monthly, do you do 0% finance?",
    "Is there any discount for pensioners or NHS staff?",
    "Can you put some CCTV cameras up round the outside of my house?",
    "Do you install air source heat pumps? We're thinking of getting rid of the gas boiler",
    "Are you taking on any qualified electricians at the minute? I'm looking for work",
    "Which energy supplier has the cheapest tariff at the moment?",
    "where's the best place to park for the football at St Mary's",
]
