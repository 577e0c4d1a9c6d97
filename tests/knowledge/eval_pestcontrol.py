"""An evaluation site: Kennet Pest Control, a family-run pest control company in Reading, Berkshire (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a Framer export:
deeply nested divs with generated `framer-xxxxxxx` class names and data-framer-name attributes, text in
`<p class="framer-text">`/`<h2 class="framer-text">`, a duplicated mobile menu, an embedded HTML price table and
div-grid "tables", and almost no semantic tags.
"""

import hashlib
import re

NAME = "Kennet Pest Control"

_SITE = "https://www.kennetpestcontrol.co.uk"
_B36 = "0123456789abcdefghijklmnopqrstuvwxyz"
_B62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

_RT_STYLE = "outline:none;display:flex;flex-direction:column;justify-content:flex-start;flex-shrink:0;transform:none"
_PRESET = {
    "h1": ('framer-text framer-styles-preset-1lgha58" data-styles-preset="Kt4yBq2Lm'),
    "h2": ('framer-text framer-styles-preset-ci2ngw" data-styles-preset="zR8dHn1Yw'),
    "h3": ('framer-text framer-styles-preset-19kd6hv" data-styles-preset="Qp0LxT6sa'),
    "h4": ('framer-text framer-styles-preset-1x7kyc1" data-styles-preset="e3MvJw9Rk'),
    "p": ('framer-text framer-styles-preset-21ogod" data-styles-preset="Gd7sV2nQe'),
}


def _hash(seed: str, length: int = 7, alphabet: str = _B36) -> str:
    n = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    out = ""
    for _ in range(length):
        n, r = divmod(n, len(alphabet))
        out += alphabet[r]
    return out


def _framerize(html: str, seed: str) -> str:
    """Turn lightly marked-up HTML into Framer-looking output with generated class names."""
    counter = iter(range(100000))

    def cls() -> str:
        return "framer-" + _hash(f"{seed}:{next(counter)}")

    def named_div(m: re.Match) -> str:
        return f'<div class="{cls()}" data-framer-name="{m.group(1)}"'

    def button(m: re.Match) -> str:
        return (
            f'<a class="{cls()} framer-1n4ocol" data-framer-name="Button" data-highlight="true" '
            f'href="{m.group(1)}" tabindex="0"><div class="{cls()}" data-framer-component-type="RichTextContainer" '
            f'style="{_RT_STYLE}"><p class="framer-text framer-styles-preset-kq3h7d" '
            f'data-styles-preset="Bt5nXa0Zp">{m.group(2)}</p></div></a>'
        )

    html = re.sub(r'<a btn href="([^"]*)">(.*?)</a>', button, html, flags=re.S)
    html = re.sub(r'<div fr="([^"]*)"', named_div, html)
    html = re.sub(r"<div fr>", lambda m: f'<div class="{cls()}">', html)
    html = re.sub(r"<div ct>", lambda m: f'<div class="{cls()}-container">', html)
    html = re.sub(
        r"<div rt>",
        lambda m: f'<div class="{cls()}" data-framer-component-type="RichTextContainer" style="{_RT_STYLE}">',
        html,
    )
    html = re.sub(
        r"<li>(.*?)</li>",
        lambda m: f'<li class="framer-text" data-preset-tag="p"><p class="framer-text">{m.group(1)}</p></li>',
        html,
        flags=re.S,
    )
    for tag, preset in _PRESET.items():
        html = html.replace(f"<{tag}>", f'<{tag} class="{preset}">')
    html = html.replace("<ul>", '<ul class="framer-text">').replace("<ol>", '<ol class="framer-text">')
    html = html.replace("<strong>", '<strong class="framer-text">').replace("<em>", '<em class="framer-text">')
    html = html.replace(
        '<a href="', '<a class="framer-text framer-styles-preset-1wb7ptc" data-styles-preset="Mn2bVc8Lt" href="'
    )
    return html


# ---------------------------------------------------------------------------------------------------------------
# Shared header (desktop mega menu + duplicated mobile menu), cookie banner and footer
# ---------------------------------------------------------------------------------------------------------------

_MENU_LINKS = [
    ("/prices/", "Prices"),
    ("/guarantee/", "Our guarantee"),
    ("/emergency-call-outs/", "Emergency call-outs"),
    ("/safety/", "Pets &amp; children"),
    ("/advice/", "Advice"),
    ("/about/", "About us"),
    ("/faq/", "FAQ"),
    ("/areas-and-contact/", "Areas &amp; contact"),
]

_SERVICE_LINKS = [
    ("/rats-and-mice/", "Rats &amp; mice", "Droppings, scratching, gnawing"),
    ("/bed-bugs/", "Bed bugs", "Spray and heat treatments"),
    ("/other-pests/", "Other pests", "Fleas, moths, ants, cockroaches, squirrels"),
    ("/wasps-and-bees/", "Wasps &amp; bees", "Nests, hornets and bee advice"),
    ("/moles/", "Moles", "Lawns, paddocks and sports grounds"),
    ("/birds/", "Birds &amp; pigeons", "Proofing, netting, solar panels"),
    ("/commercial/", "Commercial contracts", "Food businesses, offices, landlords"),
]


def _menu_item(href: str, label: str) -> str:
    return (
        '<div fr="Menu Item"><a class="framer-1t8l0ry framer-v-1t8l0ry" data-framer-name="Link" '
        f'href="{href}" tabindex="0"><div rt><p>{label}</p></div></a></div>'
    )


def _mega_menu() -> str:
    cols = []
    for title, links in (
        ("Indoors", _SERVICE_LINKS[:3]),
        ("Outdoors", _SERVICE_LINKS[3:6]),
        ("Business", _SERVICE_LINKS[6:]),
    ):
        items = "".join(
            f'<div fr="Mega Link"><a class="framer-1hx0k2w" data-framer-name="Mega Link" href="{h}">'
            f"<div rt><p><strong>{label}</strong></p></div><div rt><p>{sub}</p></div></a></div>"
            for h, label, sub in links
        )
        cols.append(f'<div fr="Column"><div rt><h4>{title}</h4></div><div fr="Links">{items}</div></div>')
    return (
        '<div fr="Menu Item / Services"><div fr="Trigger"><div rt><p>Pest services</p></div>'
        '<div fr="Chevron"><div class="framer-1u3a2cs" data-framer-component-type="SVG" aria-hidden="true"></div>'
        '</div></div><div ct><div fr="Mega Menu"><div fr="Mega Menu Inner">'
        + "".join(cols)
        + "</div></div></div></div>"
    )


_HEADER = (
    '<div ct><div fr="Top Bar"><div fr="Top Bar Inner"><div rt><p>Family-run pest control for Reading &amp; '
    'Berkshire</p></div><div rt><p><a href="tel:01184960732">0118 496 0732</a> · '
    '<a href="mailto:hello@kennetpestcontrol.co.uk">hello@kennetpestcontrol.co.uk</a></p></div></div></div></div>'
    '<div ct><div fr="Navigation"><div fr="Nav Inner">'
    '<a class="framer-a7kq2e framer-v-a7kq2e" data-framer-name="Logo" href="/"><div fr="Logo Mark">'
    '<div class="framer-1j9wq0p" data-framer-component-type="SVG" aria-hidden="true"></div></div>'
    "<div rt><p><strong>Kennet</strong> Pest Control</p></div></a>"
    '<div class="ssr-variant hidden-1e5jpjo hidden-zyb8tb"><div fr="Desktop Menu">'
    + _mega_menu()
    + "".join(_menu_item(h, label) for h, label in _MENU_LINKS)
    + '<a btn href="/booking/">Book a visit</a></div></div>'
    '<div class="ssr-variant hidden-72rtr7"><div fr="Mobile Menu"><div fr="Hamburger" tabindex="0">'
    '<div fr="Bar"></div><div fr="Bar"></div></div><div fr="Mobile Links">'
    + "".join(_menu_item(h, label) for h, label, _ in _SERVICE_LINKS)
    + "".join(_menu_item(h, label) for h, label in _MENU_LINKS)
    + '<a btn href="/booking/">Book a visit</a></div></div></div>'
    "</div></div></div>"
)

_COOKIES = (
    '<div ct><div fr="Cookie Banner"><div fr="Banner"><div rt><p>We use cookies to understand how visitors use '
    "our site and to improve it. Essential cookies are always on; analytics cookies only run if you accept."
    '</p></div><div fr="Buttons"><div fr="Accept" tabindex="0"><div rt><p>Accept all</p></div></div>'
    '<div fr="Reject" tabindex="0"><div rt><p>Essential only</p></div></div></div></div></div></div>'
)

_FOOTER = (
    '<div ct><div fr="Footer"><div fr="Footer Inner"><div fr="Footer Top">'
    '<div fr="Brand"><div rt><h4>Kennet Pest Control</h4></div><div rt><p>Family-run pest control for homes '
    "and businesses across Reading, Wokingham, Newbury and the Thames Valley.</p></div>"
    '<div fr="Socials"><a class="framer-1o3kz6w" data-framer-name="Facebook" '
    'href="https://www.facebook.com/kennetpestcontrol" target="_blank" rel="noopener">Facebook</a>'
    '<a class="framer-1o3kz6w" data-framer-name="Instagram" href="https://www.instagram.com/kennetpest" '
    'target="_blank" rel="noopener">Instagram</a><a class="framer-1o3kz6w" data-framer-name="Nextdoor" '
    'href="https://nextdoor.co.uk/pages/kennet-pest-control-reading" target="_blank" rel="noopener">Nextdoor</a>'
    "</div></div>"
    '<div fr="Column"><div rt><h4>Services</h4></div>'
    + "".join(f'<div rt><p><a href="{h}">{label}</a></p></div>' for h, label, _ in _SERVICE_LINKS)
    + '</div><div fr="Column"><div rt><h4>Company</h4></div>'
    + "".join(f'<div rt><p><a href="{h}">{label}</a></p></div>' for h, label in _MENU_LINKS)
    + '<div rt><p><a href="/booking/">Book a visit</a></p></div></div>'
    '<div fr="Column"><div rt><h4>Get in touch</h4></div><div rt><p>Unit 7, Brunel Trade Park<br>Deacon Way, '
    'Tilehurst<br>Reading RG30 6AZ</p></div><div rt><p><a href="tel:01184960732">0118 496 0732</a></p>'
    '<p><a href="mailto:hello@kennetpestcontrol.co.uk">hello@kennetpestcontrol.co.uk</a></p></div>'
    "<div rt><p>Office: Mon–Fri 8am–6pm, Sat 9am–1pm</p><p>Out of hours? See "
    '<a href="/emergency-call-outs/">emergency call-outs</a></p></div></div></div>'
    '<div fr="Footer Bottom"><div rt><p>© 2025 Kennet Pest Control Ltd. Registered in England &amp; Wales '
    "No. 06912447. VAT GB 982 4471 30.</p></div><div rt><p>Privacy · Cookies · Terms</p></div></div>"
    "</div></div></div>"
)

_HEADER_HTML = _framerize(_HEADER, "header")
_COOKIES_HTML = _framerize(_COOKIES, "cookies")
_FOOTER_HTML = _framerize(_FOOTER, "footer")

_ANALYTICS = (
    "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
    "gtag('js',new Date());gtag('config','G-7QK2L9PX4M');</script>"
)

_HEAD_CSS = (
    "<style data-framer-breakpoint-css>@media(min-width: 1200px){.hidden-72rtr7{display:none!important}}"
    "@media(min-width: 810px) and (max-width: 1199.98px){.hidden-1e5jpjo{display:none!important}}"
    "@media(max-width: 809.98px){.hidden-zyb8tb{display:none!important}}</style>"
    '<style data-framer-css-ssr-minified data-framer-components="framer-lib-cursors-host framer-Ax9Qe '
    'framer-Kz1pL PropertyOverrides">html,body,#main{margin:0;padding:0;box-sizing:border-box}'
    ":root{-webkit-font-smoothing:antialiased;-moz-osx-font-smoothing:grayscale}*{box-sizing:border-box;"
    "-webkit-font-smoothing:inherit}h1,h2,h3,h4,h5,h6,p,figure{margin:0}body,input,textarea,select,button"
    "{font-size:12px;font-family:sans-serif}.framer-1n4ocol{background-color:#1f5c3a;border-radius:8px}"
    "</style>"
)


def _page(path: str, title: str, description: str, body: str) -> str:
    route = _hash(path, 9, _B62)
    header = _HEADER_HTML.replace(
        f'data-framer-name="Link" href="{path}"', f'data-framer-name="Link" href="{path}" aria-current="page"'
    )
    canonical = _SITE + (path.rstrip("/") or "/")
    return (
        "<!doctype html>\n<!-- Made in Framer · framer.com ✨ -->\n<!-- Published Feb 3, 2025, 4:40 PM UTC -->\n"
        '<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width">\n'
        '<meta name="generator" content="Framer 3b9d8e2">\n'
        f"<title>{title} | Kennet Pest Control</title>\n"
        f'<meta name="description" content="{description}">\n'
        '<meta name="framer-search-index" content="/_framer/searchIndex-Qx81nV2.json">\n'
        '<link href="/_framer/images/favicon-kennet.png" rel="icon">\n'
        '<meta property="og:type" content="website">\n'
        f'<meta property="og:title" content="{title} | Kennet Pest Control">\n'
        f'<meta property="og:description" content="{description}">\n'
        '<meta property="og:image" content="/_framer/images/og-kennet-van.jpg">\n'
        '<meta name="twitter:card" content="summary_large_image">\n'
        f'<link rel="canonical" href="{canonical}">\n'
        '<meta name="robots" content="max-image-preview:large">\n'
        '<link rel="stylesheet" href="/_framer/styles/site-4f2a9c.css">\n'
        f"{_HEAD_CSS}\n{_ANALYTICS}\n</head>\n<body>\n"
        f'<div id="main" data-framer-hydrate-v2=\'{{"routeId":"{route}","localeId":"default",'
        '"breakpoints":[{"hash":"72rtr7","mediaQuery":"(min-width: 1200px)"},'
        '{"hash":"1e5jpjo","mediaQuery":"(min-width: 810px) and (max-width: 1199.98px)"},'
        '{"hash":"zyb8tb","mediaQuery":"(max-width: 809.98px)"}]}\' '
        'data-framer-ssr-released-at="2025-01-20T10:11:12.000Z" '
        'data-framer-page-optimized-at="2025-02-03T16:40:02.000Z">\n<!--$-->\n'
        f'<div class="framer-{_hash(path + "root")} framer-72rtr7" style="min-height:100vh;width:auto">\n'
        f"{header}\n{_framerize(body, path)}\n{_FOOTER_HTML}\n</div>\n"
        '<div id="template-overlay"></div>\n<!--/$-->\n</div>\n'
        f"{_COOKIES_HTML}\n"
        '<div id="__framer-badge-container"></div>\n</body>\n</html>\n'
    )


def _hero(kicker: str, title: str, intro: str) -> str:
    return (
        '<div fr="Hero"><div fr="Hero Inner" data-framer-appear-id="1k2v9sd" '
        'style="opacity:0.001;transform:perspective(1200px) translateY(40px)">'
        f"<div rt><p>{kicker}</p></div><div rt><h1>{title}</h1></div><div rt><p>{intro}</p></div>"
        '<div fr="Buttons"><a btn href="/booking/">Book a visit</a>'
        '<a btn href="tel:01184960732">Call 0118 496 0732</a></div></div>'
        '<div fr="Hero Image"><div style="position:absolute;border-radius:inherit;inset:0" '
        'data-framer-background-image-wrapper="true"><img decoding="async" '
        'src="/_framer/images/hero-technician.jpg" alt="" style="display:block;width:100%;height:100%;'
        'object-fit:cover"></div></div></div>'
    )


_CTA = (
    '<div fr="CTA Band"><div fr="CTA Inner"><div rt><h2>Ready to get rid of them?</h2></div>'
    "<div rt><p>Tell us what you're seeing and where, and we'll book the first available slot.</p></div>"
    '<div fr="Buttons"><a btn href="/booking/">Book now</a></div></div></div>'
)


def _sidebar(title: str, *lines: str) -> str:
    items = "".join(f"<div rt><p>{line}</p></div>" for line in lines)
    return (
        f'<div fr="Sidebar"><div fr="Widget"><div rt><h4>{title}</h4></div>{items}'
        '<a btn href="/booking/">Book a visit</a></div></div>'
    )


# ---------------------------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------------------------

_HOME = (
    _hero(
        "Pest control across Reading &amp; West Berkshire",
        "Pests gone. Properly, safely, first time.",
        "From a single wasp nest to a full food-factory contract, Kennet Pest Control deals with rats, mice, "
        "wasps, bed bugs, moles, birds and more for homes and businesses in and around Reading.",
    )
    + """
<div fr="Stats"><div fr="Stat"><div rt><h2>4.9★</h2></div><div rt><p>average from 640+ Google reviews</p></div></div>
<div fr="Stat"><div rt><h2>11,000+</h2></div><div rt><p>jobs completed since we started</p></div></div>
<div fr="Stat"><div rt><h2>15 miles</h2></div><div rt><p>every technician lives within 15 miles of Reading, so
we're never far away</p></div></div></div>
<div fr="Services Section"><div fr="Section Heading"><div rt><h2>What we deal with</h2></div>
<div rt><p>Not sure what you've got? Send a photo of the droppings, the insect or the nest to our WhatsApp on
07700 900418 and one of the technicians will tell you what it is, usually within the hour during office
hours. No charge and no obligation.</p></div></div>
<div fr="Grid">
<div fr="Card"><div rt><h3>Rats &amp; mice</h3></div><div rt><p>Scratching in the loft, droppings in the
cupboard or gnawed food packets? Full rodent programmes with proofing recommendations.</p></div>
<div rt><p><a href="/rats-and-mice/">Learn more</a></p></div></div>
<div fr="Card"><div rt><h3>Wasps &amp; bees</h3></div><div rt><p>Wasp and hornet nests treated, plus honest
advice when it comes to bees.</p></div><div rt><p><a href="/wasps-and-bees/">Learn more</a></p></div></div>
<div fr="Card"><div rt><h3>Bed bugs</h3></div><div rt><p>Proper surveys, two-visit spray treatments and
single-day heat treatments.</p></div><div rt><p><a href="/bed-bugs/">Learn more</a></p></div></div>
<div fr="Card"><div rt><h3>Moles</h3></div><div rt><p>Traditional trapping for lawns, paddocks and
sports pitches.</p></div><div rt><p><a href="/moles/">Learn more</a></p></div></div>
<div fr="Card"><div rt><h3>Birds &amp; pigeons</h3></div><div rt><p>Pigeon and gull proofing, solar panel
mesh, netting and clean-ups.</p></div><div rt><p><a href="/birds/">Learn more</a></p></div></div>
<div fr="Card"><div rt><h3>Other pests</h3></div><div rt><p>Fleas, cockroaches, ants, clothes moths and
squirrels in the loft.</p></div><div rt><p><a href="/other-pests/">Learn more</a></p></div></div>
<div fr="Card"><div rt><h3>Commercial</h3></div><div rt><p>Pest contracts for restaurants, pubs, schools,
offices, warehouses and landlords.</p></div><div rt><p><a href="/commercial/">Learn more</a></p></div></div>
</div></div>
<div fr="Why Us"><div rt><h2>Why people round here call us</h2></div>
<div fr="Why Grid">
<div fr="Why Item"><div rt><h3>Straight answers</h3></div><div rt><p>If you don't need us, we'll say so. A
lot of calls end with free advice rather than a booking, and we're fine with that.</p></div></div>
<div fr="Why Item"><div rt><h3>Fixed prices</h3></div><div rt><p>Our domestic prices are published and include
the follow-up visits, so there's no meter running.</p></div></div>
<div fr="Why Item"><div rt><h3>Local and family-run</h3></div><div rt><p>We're not a franchise or a call
centre. You'll speak to the office in Tilehurst and the technician who turns up works for us.</p></div></div>
</div></div>
<div fr="Testimonials"><div rt><h2>What our customers say</h2></div><div fr="Slider"><div fr="Slides">
<div fr="Testimonial"><div rt><p>"Mice in the kitchen for months and two other firms couldn't sort it. Dev found
the gap behind the dishwasher on the first visit. Quiet as anything since."</p></div><div rt><p><strong>Mandy R.,
Earley</strong></p></div></div>
<div fr="Testimonial"><div rt><p>"Wasp nest in the eaves right above the back door. Booked in the morning, treated
that afternoon, friendly lad who explained everything to my kids."</p></div><div rt><p><strong>Graham T.,
Thatcham</strong></p></div></div>
<div fr="Testimonial"><div rt><p>"Really appreciated how calm they were about the bed bugs when I was in a state.
Clear instructions and it worked."</p></div><div rt><p><strong>Priya S., Wokingham</strong></p></div></div>
</div></div></div>
"""
    + _CTA
)

_RATS = (
    _hero(
        "Rodent control",
        "Rat &amp; mouse control in Reading and Berkshire",
        "Rats and mice breed quickly, chew cables and contaminate food. The sooner they're dealt with, the "
        "shorter and cheaper the job.",
    )
    + """
<div fr="Content Wrapper"><div fr="Main Column">
<div fr="Section"><div rt><h2>Signs you've got rats or mice</h2></div><div rt><ul>
<li>Droppings: mouse droppings are like grains of rice; rat droppings are bigger, about the size of a sultana.</li>
<li>Scratching or scurrying in the loft, ceiling or walls, usually at night.</li>
<li>Gnawed food packaging, cables, pipe lagging or skirting boards.</li>
<li>Burrows by decking, sheds and compost bins, and flattened runs across the lawn.</li>
</ul></div></div>
<div fr="Section"><div rt><h2>How our rodent treatment works</h2></div>
<div rt><h3>1. Survey and first treatment</h3><p>On the first visit the technician works out which species you
have, how bad it is and, most importantly, how they're getting in. We check the loft, the kitchen units (we may
need to pop the kickboards off), boiler cupboards, airbricks and the drains outside. Bait stations or traps are
then placed where the rodents are active.</p>
<h3>2. Follow-up visit</h3><p>We come back 7 to 10 days later to see how much bait has been taken, move or top up
stations and check traps.</p>
<h3>3. Final visit</h3><p>Around three weeks after the first visit, once activity has stopped, we remove every
bait station and trap so nothing is left behind. Most homes need three visits in total; a heavy or long-standing
infestation can need one or two more.</p>
<h3>4. Proofing</h3><p>Killing rodents without blocking the way in just makes room for the next lot. We'll show you
the entry points and can quote to carry out proofing work for you.</p></div></div>
<div fr="Section"><div rt><h2>Rats from the drains</h2></div><div rt><p>Roughly half the rat problems we see in
houses start with a defective drain: a cracked pipe, an old disused connection or a missing cap under the kitchen
floor. If the rats keep coming back, a CCTV drain survey (£150) will find the fault. We can then fit a rat blocker,
a stainless steel one-way flap fitted inside the main drain so waste flows out but rats can't swim back up,
from £295 fitted.</p></div></div>
<div fr="Section"><div rt><p>Worried about bait around pets or little ones? Read how we
<a href="/safety/">keep treatments safe for children and pets</a>.</p></div></div>
</div>
"""
    + _sidebar(
        "Quick facts",
        "Typical programme: three visits over three to four weeks",
        "Houses, flats, outbuildings and commercial premises",
        'Fixed price including follow-ups. <a href="/prices/">See prices</a>',
    )
    + "</div>"
    + _CTA
)

_WASPS = (
    _hero(
        "Wasps, hornets and bees",
        "Wasp nest treatment, and sensible advice on bees",
        "Wasp season runs from April to October and nests are at their biggest and angriest in August. Bees are "
        "a different story: most of the time they don't need killing at all.",
    )
    + """
<div fr="Content Wrapper"><div fr="Main Column">
<div fr="Section"><div rt><h2>How we treat a wasp nest</h2></div><div rt><p>The technician puts a professional
insecticide dust straight into the nest entrance. Our extendable lances reach about 10 metres, so most nests in
eaves, soffits and under roof tiles are treated from the ground with no ladders or roof access. The nest is normally
dead within 24 to 48 hours.</p>
<p>Please don't block or fill the entrance hole afterwards. Wasps coming home need to pass through the dust, and
trapped wasps can chew their way through a ceiling into the house.</p></div></div>
<div fr="Section"><div rt><h2>Do you take the nest away?</h2></div><div rt><p>Usually there's no need. Once treated
the nest is dead and wasps never reuse an old nest, so one left in a loft or wall cavity does no harm and will
slowly dry out. If a treated nest is somewhere you'd rather not look at it, like a shed, a bush or a bird box, we
can come back after a few days and remove it for £25.</p></div></div>
<div fr="Section"><div rt><h2>Hornets</h2></div><div rt><p>European hornet nests are treated the same
way. If you think you've seen an Asian hornet (dark body, yellow legs), don't go near the nest: report
it on the Asian Hornet Watch app and the National Bee Unit will deal with it.</p></div></div>
<div fr="Section"><div rt><h2>Bees</h2></div><div rt><h3>Honeybees</h3><p>We don't destroy honeybees. A swarm is
a cluster of thousands of bees hanging from a branch or fence. It looks alarming, but swarming bees are gentle and
usually move on within a day or two. Call us and we'll put you in touch with a swarm collector from a
local beekeeping association, who will often collect it free or for a small fee. Colonies that have moved into a
wall or chimney are referred to a beekeeper for removal; we only treat honeybees as a last resort where there's a
real risk to health and no beekeeper can help, and the entrance then has to be sealed.</p>
<h3>Bumblebees and solitary bees</h3><p>Bumblebee colonies are small and die off naturally by late summer, and
masonry and mining bees are harmless. We'll always advise leaving them alone.</p></div></div>
</div>
<div fr="Sidebar"><div fr="Widget"><div rt><h4>Wasp, honeybee or bumblebee?</h4></div>
<div fr="Row"><div rt><p><strong>Wasp</strong></p></div>
<div rt><p>Bright yellow and black, smooth, grey papery nest</p></div></div>
<div fr="Row"><div rt><p><strong>Honeybee</strong></p></div>
<div rt><p>Golden brown, slightly hairy, wax comb</p></div></div>
<div fr="Row"><div rt><p><strong>Bumblebee</strong></p></div>
<div rt><p>Round and fuzzy, small nest in the ground or a bird box</p></div></div>
<a btn href="/booking/">Book a wasp visit</a></div></div>
</div>
"""
    + _CTA
)

_BEDBUGS = (
    _hero(
        "Bed bugs",
        "Bed bug treatment that works the first time",
        "Bed bugs have nothing to do with how clean your home is. They hitch a ride home in luggage from hotels "
        "and holiday lets, or in second-hand furniture, and then hide in the bed and the room around it.",
    )
    + """
<div fr="Content Wrapper"><div fr="Main Column">
<div fr="Section"><div rt><h2>Signs of bed bugs</h2></div><div rt><ul>
<li>Itchy bites in lines or small clusters, often on arms, shoulders and neck.</li>
<li>Tiny black spots (droppings) along mattress seams, the headboard and the bed frame joints.</li>
<li>Rusty smears of blood on sheets and pillowcases.</li>
<li>Pale shed skins, and in bad cases a sweet, musty smell.</li>
</ul></div></div>
<div fr="Section"><div rt><h2>Please don't throw the bed out</h2></div><div rt><p>It's tempting, but please don't.
Dragging a mattress or bed through the house and down the stairs shakes bugs
and eggs into every room on the way. The bugs also live in the bed frame, skirting boards, plug sockets and
furniture, so a new mattress simply gets re-infested within weeks. For the same reason, don't move to the sofa
or the spare room: they follow you. Shop-bought bug bombs just drive them into the walls.</p></div></div>
<div fr="Section"><div rt><h2>Our treatment options</h2></div>
<div rt><h3>Survey</h3><p>We start by inspecting the bedrooms and neighbouring rooms to confirm it really is bed
bugs (a surprising number of bites turn out to be fleas or mites) and see how far they've spread.</p>
<h3>Spray treatment</h3><p>Two visits, 14 days apart. The second visit catches any young bugs that have hatched from
eggs since the first. You'll be given a preparation sheet to follow before each visit.</p>
<h3>Heat treatment</h3><p>Specialist heaters raise the room to over 56°C and hold it there for several hours,
killing adults, nymphs and eggs in a single day. It's the best choice for heavy infestations, very cluttered rooms,
or when you can't wait two weeks. You'll need to be out of the property for around eight hours.</p></div></div>
<div fr="Section"><div rt><h2>Getting ready for a spray treatment</h2></div><div rt><ul>
<li>Strip the beds and wash all bedding and clothes from the room at 60°C, or tumble dry on hot for 30 minutes.</li>
<li>Seal clean items in bin bags and keep them sealed until after the second visit.</li>
<li>Clear everything from under the beds and away from the skirting boards.</li>
<li>Don't carry anything out of the room unless it's bagged first.</li>
</ul></div></div>
</div>
"""
    + _sidebar(
        "Bed bugs at a glance",
        "Spray: two visits, 14 days apart",
        "Heat: one day, kills eggs too",
        "Landlords and letting agents welcome",
        '<a href="/prices/">See bed bug prices</a>',
    )
    + "</div>"
    + _CTA
)

_MOLES = (
    _hero(
        "Mole control",
        "Mole catching for gardens, paddocks and pitches",
        "One mole can throw up twenty or more hills in a week, so a lawn that looks like a battlefield usually means "
        "one or two moles, not dozens.",
    )
    + """
<div fr="Content Wrapper"><div fr="Main Column">
<div fr="Section"><div rt><h2>Traditional trapping, no gas or poison</h2></div><div rt><p>We only use traps. Lewis
and the team find the active main runs and set traps in them by hand. Each trap is marked with a short bamboo cane
so you know where it is. Please don't lift, move or tread around the traps; they're set by feel and a disturbed
tunnel makes the mole avoid it.</p></div></div>
<div fr="Section"><div rt><h2>How long does it take?</h2></div><div rt><p>Most moles are caught within 7 to 14 days.
We check and reset the traps every two to three days, and up to four visits are included in the garden price. On
the final visit we take the traps and the mole away and rake out the hills (the soil makes excellent potting
compost, by the way).</p></div></div>
<div fr="Section"><div rt><h2>Best time of year</h2></div><div rt><p>We catch moles all year round, but autumn to
spring is easiest, when the soil is damp and moles work near the surface. In a dry summer or a hard frost they go
deep and catching slows down, and we may suggest waiting a few weeks rather than charging you for visits that
won't catch anything.</p></div></div>
<div fr="Section"><div rt><h2>Will more moles come?</h2></div><div rt><p>Moles live alone and defend their patch,
so once the resident mole is gone a garden can stay clear for a long time. If you back onto fields or woodland a new
mole will eventually move into the empty runs, which is why farms, equestrian yards, schools, cricket clubs and golf
courses often have a yearly mole contract with us. Larger areas are priced after a look at the site.</p></div></div>
</div>
"""
    + _sidebar(
        "Mole facts",
        "Trapping only, no chemicals",
        "Traps marked with canes",
        "Up to four visits for gardens",
        '<a href="/prices/">Garden mole price</a>',
    )
    + "</div>"
    + _CTA
)

_BIRDS = (
    _hero(
        "Bird control",
        "Pigeon and gull proofing that lasts",
        "Birds are protected, so good bird control is about keeping them off your building rather than harming "
        "them. Tom, our bird specialist, surveys every job himself.",
    )
    + """
<div fr="Content Wrapper"><div fr="Main Column">
<div fr="Section"><div rt><h2>What we do</h2></div><div rt><ul>
<li><strong>Solar panel proofing:</strong> galvanised mesh clipped to the panel frames so pigeons can't get
underneath. Nothing is drilled into the panels, so your panel warranty isn't affected.</li>
<li><strong>Netting:</strong> for balconies, courtyards, loading bays and light wells.</li>
<li><strong>Spikes and post-and-wire:</strong> for ledges, signs, window sills and beams.</li>
<li><strong>Clean-ups:</strong> removal of droppings and nesting material using protective equipment, followed by
disinfection.</li>
<li><strong>Trapped birds:</strong> releasing birds stuck in chimneys, lofts, warehouses and shops.</li>
</ul></div></div>
<div fr="Section"><div rt><h2>What does bird proofing cost?</h2></div><div rt><p>Every building is different, so
every bird job gets a free survey and a written quote. As a guide, meshing the solar panels on an average
three-bedroom semi with 10 to 12 panels costs £380 to £550, including clearing out the old nesting material. Fewer
panels cost less. Jobs that need a cherry picker or scaffold tower have the access cost shown separately on the
quote.</p></div></div>
<div fr="Section"><div rt><h2>Nests, eggs and the law</h2></div><div rt><p>All wild birds, their active nests and
their eggs are protected under the Wildlife and Countryside Act 1981. That includes gulls. Once a nest has eggs or
chicks in it, we can't remove or disturb it, and neither can you. Gulls diving at people are parents protecting
their chicks; keep clear of the area where you can, or carry an umbrella.</p><p>Gull chicks have normally fledged
by the end of August. After that we clear the nesting material and proof the roof with wires or spikes before the
birds come back to breed in March or April. In genuine public health or safety cases a licence can be applied for
from Natural England, and we can advise whether you're likely to qualify.</p>
<p>We don't shoot or poison birds.</p></div></div>
</div>
"""
    + _sidebar(
        "Free bird survey",
        "Written quote within 3 working days",
        "Cherry picker operators in-house",
        "Homes, shops, warehouses and churches",
    )
    + "</div>"
    + _CTA
)

_OTHER = (
    _hero(
        "Insects and other pests",
        "Fleas, cockroaches, ants, moths and squirrels",
        "Not everything that bugs you is a rat or a wasp. These are the other pests we treat most often.",
    )
    + """
<div fr="Pest List">
<div fr="Pest Card"><div rt><h2>Fleas</h2></div><div rt><p>Usually brought in by a pet, or left behind by a previous
occupant's pets, and often only noticed when people come back from holiday to a hungry population. We spray a
residual insecticide over all the floors and soft furnishings in the house. Your pets must be treated by the vet (or
with a vet-recommended product) in the same week, otherwise they'll bring fleas straight back in.</p></div></div>
<div fr="Pest Card"><div rt><h2>Cockroaches</h2></div><div rt><p>German cockroaches are small, light brown and live
in warm kitchens and behind appliances; Oriental cockroaches are larger, almost black and usually come up from
drains. We use gel baits and targeted spraying over a minimum of two visits.</p></div></div>
<div fr="Pest Card"><div rt><h2>Ants</h2></div><div rt><p>Black garden ants trailing into the kitchen in summer are
treated at the nest and the entry points, normally in one visit. Pharaoh ants, the tiny yellow ones found in
blocks of flats, hospitals and care homes, need a longer baiting programme.</p></div></div>
<div fr="Pest Card"><div rt><h2>Clothes moths and carpet beetles</h2></div><div rt><p>Small holes in wool,
cashmere and silk, bare patches along the edges of carpets, or tiny silky tubes on clothes are the work of
clothes moth larvae. The furry little "woolly bear" larvae of carpet beetles do similar damage. Both hide in dark,
undisturbed places: the back of the wardrobe, under the bed, behind the sofa. We treat wardrobes, drawers and carpet
edges and leave pheromone monitoring traps. Before anything goes back in the wardrobe it needs washing at 60°C, dry
cleaning, or sealing in a freezer bag in the freezer for 72 hours.</p></div></div>
<div fr="Pest Card"><div rt><h2>Squirrels in the loft</h2></div><div rt><p>Grey squirrels chew cables, roof timbers
and insulation and are noisy first thing in the morning. By law a grey squirrel that has been caught alive can't be
released back into the wild: under the Wildlife and Countryside Act and the Invasive Alien Species Order 2019 it's
an offence, so trapping and releasing them in the woods isn't an option. We trap them in the loft and dispatch them
humanely, then proof the entry point once the loft is empty so no more can get in.</p></div></div>
</div>
<div fr="Note"><div rt><p>Prices for all of these are on our <a href="/prices/">prices page</a>.</p></div></div>
"""
    + _CTA
)

_COMMERCIAL = (
    _hero(
        "Commercial pest control",
        "Pest contracts that keep you audit-ready",
        "Restaurants, cafés, takeaways, pubs, hotels, care homes, schools, offices, warehouses, food manufacturers "
        "and property managers across the Thames Valley trust us with their sites.",
    )
    + """
<div fr="Content Wrapper"><div fr="Main Column">
<div fr="Section"><div rt><h2>What a contract includes</h2></div><div rt><ul>
<li>Eight routine inspection visits a year, roughly every six to seven weeks. Food manufacturing and other
higher-risk sites have twelve.</li>
<li>Unlimited call-outs between routine visits for covered pests, at no extra charge.</li>
<li>Call-outs attended within four working hours.</li>
<li>A 24-hour emergency line for contract customers, every day of the year.</li>
<li>Visits before you open or after you close, at no extra cost, so we're never in the way of service.</li>
<li>A full site pest control file: bait maps, risk assessments, COSHH data sheets and a digital report emailed after
every visit through our customer portal.</li>
</ul><p>That file is exactly what an Environmental Health Officer, or a BRC or SALSA auditor, will ask to see, and
Kasia can talk your team through it before an inspection.</p></div></div>
<div fr="Section"><div rt><h2>Fly control</h2></div><div rt><p>We supply, install and service electric fly killers.
We fit glue-board units with LED tubes, which don't scatter insect fragments over food areas like the old
zapping type. Servicing includes an annual tube change and regular board replacement.</p></div></div>
<div fr="Section"><div rt><h2>Costs and terms</h2></div><div rt><p>Contracts start from £38 a month plus VAT for a
small café or office covering rodents and crawling insects. Every contract is quoted after a free site survey.
Commercial prices are shown excluding VAT. Contracts have a 12-month minimum term and then continue on a rolling
basis, which either side can end with three months' written notice.</p></div></div>
</div>
<div fr="Sidebar"><div fr="Widget"><div rt><h4>Trusted by local businesses</h4></div>
<div rt><p>"We had a mouse problem two weeks before our hygiene inspection. Kasia sorted it, got our paperwork in
order and we kept our five stars."</p><p><strong>Owner, Italian restaurant, Caversham</strong></p></div>
<a btn href="/booking/">Arrange a free survey</a></div></div>
</div>
"""
    + _CTA
)

_EMERGENCY = (
    _hero(
        "Urgent help",
        "Emergency and out-of-hours call-outs",
        "Some pests can't wait until Monday. Here's what counts as an emergency and how to reach us when the office "
        "is closed.",
    )
    + """
<div fr="Content Wrapper"><div fr="Main Column">
<div fr="Section"><div rt><h2>What we treat as urgent</h2></div><div rt><ul>
<li>A rat or mouse seen in the kitchen or living areas.</li>
<li>A wasp nest by a door, a window, a play area, or where someone in the house is allergic to stings.</li>
<li>Wasps getting inside the house.</li>
<li>A bird trapped in a chimney, room or loft.</li>
</ul><p>If you ring before 12 noon, Monday to Saturday, we can usually get to an urgent job the same day.</p>
</div></div>
<div fr="Section"><div rt><h2>Out-of-hours times</h2></div><div rt><p>Outside office hours an on-call technician
answers the normal number; just press 1 when you hear the message. Out-of-hours visits are available:</p><ul>
<li>Monday to Friday: 6pm to 10pm</li>
<li>Saturday: 1pm to 10pm</li>
<li>Sundays and bank holidays: 9am to 6pm</li>
</ul><p>Out-of-hours visits carry a surcharge on top of the normal price: £45 on weekday evenings and Saturday
afternoons, £60 on Sundays and bank holidays.</p></div></div>
<div fr="Section"><div rt><h2>After 10pm</h2></div><div rt><p>We don't attend homes overnight. Leave a message and
the on-call technician will ring you back from 7am. In the meantime close the kitchen door, put a rolled towel
along the bottom of it, put food in sealed tubs or the fridge, and don't try to corner a rat. If it's wasps,
close the windows in that room and keep everyone out.</p>
<p><strong>If someone has been stung and is struggling to breathe, or their face or throat is swelling, call 999
straight away.</strong></p></div></div>
<div fr="Section"><div rt><p>Business on a contract with us? Use your dedicated line, details on our
<a href="/commercial/">commercial page</a>.</p></div></div>
</div>
"""
    + _sidebar("Need us now?", '<a href="tel:01184960732">0118 496 0732</a>', "Out of hours: press 1")
    + "</div>"
)

_PRICE_ROWS = [
    ("Wasp nest", "Treatment of one nest", "£70"),
    ("Each extra wasp nest", "Same property, same visit", "£20"),
    ("Hornet nest", "European hornets", "£85"),
    ("Rats", "Full programme: survey, baiting or trapping and all follow-up visits", "£165"),
    ("Mice", "Full programme: survey, baiting or trapping and all follow-up visits", "£145"),
    ("Bed bug survey", "Inspection and written findings, deducted if you go ahead with treatment", "£60"),
    ("Bed bugs, spray: studio or 1-bed flat", "Two visits", "£240"),
    ("Bed bugs, spray: 2-bed flat or house", "Two visits", "£295"),
    ("Bed bugs, spray: 3 bedrooms or more", "Two visits", "£360"),
    ("Bed bugs, heat treatment", "Per property, depends on number of rooms", "from £650"),
    ("Moles", "Garden up to half an acre, up to four visits", "£125"),
    ("Fleas", "Whole house", "£115"),
    ("Cockroaches", "Two visits", "£185"),
    ("Ants", "One visit", "£85"),
    ("Clothes moths or carpet beetles", "Treatment plus monitoring traps", "£140"),
    ("Grey squirrels in the loft", "Trapping and proofing of the entry point", "£225"),
    ("Advice visit", "Up to 45 minutes on site with a written report", "£55"),
]

_PRICES = (
    _hero(
        "Prices",
        "Our domestic prices",
        "Fixed prices for homes, published so you know where you stand before you pick up the phone.",
    )
    + """
<div fr="Intro"><div rt><p>All domestic prices include VAT at 20% and every follow-up visit listed. There's no
separate call-out fee. Out-of-hours visits cost extra; see <a href="/emergency-call-outs/">emergency call-outs</a>.
Bird work, drain work and commercial contracts aren't listed here; please see the relevant service page.</p></div>
</div>
<div ct><div fr="Embed"><div style="width:100%;height:100%;display:flex;flex-direction:column;overflow:auto">
<table class="price-table" cellspacing="0" cellpadding="0"><thead><tr><th>Service</th><th>What's included</th>
<th>Price (inc. VAT)</th></tr></thead><tbody>
"""
    + "\n".join(f"<tr><td>{s}</td><td>{w}</td><td>{p}</td></tr>" for s, w, p in _PRICE_ROWS)
    + """
</tbody></table></div></div></div>
<div fr="Extras"><div rt><h2>Extras</h2></div>
<div fr="Grid Table">
<div fr="Row"><div rt><p>Extra rodent visit beyond the programme</p></div><div rt><p>£45</p></div></div>
<div fr="Row"><div rt><p>Lifting floorboards or removing panels to recover a dead rodent</p></div><div rt><p>£45 per
hour</p></div></div>
<div fr="Row"><div rt><p>Proofing works (mesh, sealing gaps, bristle strips)</p></div><div rt><p>Quoted on the first
visit</p></div></div>
</div></div>
<div fr="Discounts"><div rt><h2>Discounts</h2></div><div rt><p>We take 10% off domestic prices for customers aged 65
and over, and for NHS staff and Blue Light Card holders. Just mention it when you book. Discounts can't be combined
and don't apply to out-of-hours surcharges.</p></div></div>
"""
    + _CTA
)

_GUARANTEE_ROWS = [
    ("Rats and mice", "90 days from the final visit"),
    ("Wasp nests", "Still active 48 hours after treatment? We re-treat free within 14 days"),
    ("Bed bugs, spray", "30 days from the second visit"),
    ("Bed bugs, heat", "60 days from the treatment"),
    ("Fleas, cockroaches and ants", "30 days from the final visit"),
    ("Moles", "28 days on the treated area from the final visit"),
    ("Squirrels", "60 days, where we carried out the proofing"),
    ("Bird netting, mesh and spikes", "5-year workmanship guarantee"),
]

_GUARANTEE = (
    _hero(
        "Our guarantee",
        "If they come back, so do we",
        "If the same pest returns to the same property within the guarantee period, we come back and re-treat "
        "free of charge.",
    )
    + """
<div fr="Guarantee Table"><div rt><h2>Guarantee periods</h2></div>
<div fr="Header Row"><div rt><p><strong>Treatment</strong></p></div><div rt><p><strong>Covered for</strong></p></div>
</div>
"""
    + "\n".join(f'<div fr="Row"><div rt><p>{t}</p></div><div rt><p>{c}</p></div></div>' for t, c in _GUARANTEE_ROWS)
    + """
</div>
<div fr="Conditions"><div rt><h2>The small print</h2></div><div rt><ul>
<li>You've followed the written recommendations from your visit, such as proofing, preparation sheets and hygiene
advice. Rodent guarantees depend on the entry points we identified being blocked.</li>
<li>Bed bug guarantees only apply if the preparation sheet was followed and no infested furniture or luggage has
been brought in since.</li>
<li>Flea guarantees only apply if your pets were treated by the vet in the same week.</li>
<li>The bird proofing guarantee covers our workmanship. It doesn't cover storm damage or proofing that has been
removed or disturbed by someone else, such as roofers or solar panel engineers.</li>
<li>The account has been paid in full.</li>
</ul></div></div>
<div fr="Claim"><div rt><h2>How to claim</h2></div><div rt><p>Ring the office or email us with your job reference,
which is at the top of your invoice, and we'll book a return visit, normally within three working days.</p></div>
</div>
"""
    + _CTA
)

_SAFETY = (
    _hero(
        "Pets &amp; children",
        "Safe around children and pets",
        "Most of our team have kids and pets of their own. We'll always ask who lives in the house, two legs or "
        "four, before we decide how to treat.",
    )
    + """
<div fr="Content Wrapper"><div fr="Main Column">
<div fr="Section"><div rt><h2>Rat and mouse bait</h2></div><div rt><p>Poison bait is never left loose. It goes
inside tamper-resistant, lockable bait boxes that are fixed down, so a toddler or a dog can't pick them up, open
them or get at the bait, and the boxes go where children and pets can't reach: lofts, behind kitchen kickboards,
sealed voids. In homes with small children or pets indoors we often use traps in locked boxes, or non-toxic
monitoring blocks, instead of poison inside the house. We follow the CRRU code of best practice. Tell us about every
animal in the house, including rabbits, chickens and tortoises.</p></div></div>
<div fr="Section"><div rt><h2>Wasp treatments</h2></div><div rt><p>The dust goes into the nest entrance, usually high
up. Keep children and pets away from the area below the entrance for the rest of the day, and move rabbit or guinea
pig hutches if they're close to it.</p></div></div>
<div fr="Section"><div rt><h2>Sprays for bed bugs, fleas and cockroaches</h2></div><div rt><p>Everyone, pets
included, needs to stay out of the treated rooms until the spray has dried, which takes at least four hours. We
recommend that babies, pregnant women and anyone with asthma stay away until the next day.</p>
<p><strong>Fish:</strong> the insecticides we spray are highly toxic to fish. Cover tanks completely with cling film
or a damp towel, switch off the air pump and filter during the treatment and for four hours afterwards, and only
uncover once the room has been aired.</p>
<p><strong>Birds and reptiles:</strong> budgies, parrots, snakes and lizards should be taken out of the house on
the day of treatment.</p></div></div>
<div fr="Section"><div rt><h2>Mole traps</h2></div><div rt><p>Traps sit underground and are marked with canes. Dogs
that like to dig should be kept off that part of the garden until we've finished.</p></div></div>
<div fr="Section"><div rt><h2>Safety data sheets</h2></div><div rt><p>Ask the technician and we'll email you the
safety data sheet for every product used at your property.</p></div></div>
</div>
"""
    + _sidebar(
        "Tell us when you book",
        "Children and their ages",
        "Pets, fish and outdoor animals",
        "Anyone pregnant or asthmatic",
    )
    + "</div>"
    + _CTA
)

_BOOKING = (
    _hero(
        "Book a visit",
        "Booking, payment and cancellations",
        "Booking takes a couple of minutes. Here's what we'll ask, how to pay and what happens if your plans change.",
    )
    + """
<div fr="Content Wrapper"><div fr="Main Column">
<div fr="Section"><div rt><h2>How to book</h2></div><div rt><p>Ring the office on 0118 496 0732, fill in the form
on this page, or message us on WhatsApp (07700 900418). We'll ask for your address and postcode, what you've seen
and where, who lives in the house (including pets), and anything we need to know about access, like parking or
the size of the loft hatch.</p><p>We book morning slots (8am to 12pm) and afternoon slots (12pm to 5pm). We can't
promise an exact time, but your technician will text you about 30 minutes before arriving.</p>
<p>Tenants are welcome to book directly. Who pays is between you and your landlord; letting agents and landlords
can ask us to invoice them.</p></div></div>
<div fr="Section"><div rt><h2>Paying</h2></div><div rt><p>Payment is taken when the first visit is finished. For
treatments with several visits, the full price is paid then and the follow-ups are already covered.</p><ul>
<li>Debit and credit cards on the technician's card reader, including contactless, Apple Pay and Google Pay.</li>
<li>A secure payment link sent by text or email.</li>
<li>Bank transfer.</li>
<li>Cash, but please have the exact amount as technicians don't carry change.</li>
</ul><p>We don't accept cheques. Landlords and letting agents are invoiced and pay within 14 days. Heat treatments
need a 25% deposit to secure the date.</p></div></div>
<div fr="Section"><div rt><h2>Cancelling or rearranging</h2></div><div rt><p>You can cancel or move an appointment
free of charge up to 24 hours before it. With less than 24 hours' notice there's a £30 late cancellation fee (for
heat treatments, the deposit is kept instead). If the technician arrives and can't get in, the £55 advice-visit
charge applies. Wasp bookings are the exception: if the wasps have gone quiet or you change your mind, cancel any
time before the technician sets off and there's nothing to pay.</p></div></div>
<div fr="Section"><div rt><h2>Request a visit</h2></div>
<form class="framer-1yq3xk0" data-framer-name="Booking Form" method="POST" action="/_framer/forms/submit">
<label class="framer-12kq0a5" data-framer-name="Name"><div rt><p>Name</p></div><input type="text" name="Name"
placeholder="Jane Smith" class="framer-form-input framer-form-text-input" required></label>
<label class="framer-12kq0a5" data-framer-name="Phone"><div rt><p>Phone</p></div><input type="tel" name="Phone"
placeholder="07..." class="framer-form-input framer-form-text-input" required></label>
<label class="framer-12kq0a5" data-framer-name="Postcode"><div rt><p>Postcode</p></div><input type="text"
name="Postcode" placeholder="RG1 ..." class="framer-form-input framer-form-text-input"></label>
<label class="framer-12kq0a5" data-framer-name="Pest"><div rt><p>What pest?</p></div><select name="Pest"
class="framer-form-input framer-form-select"><option>Rats or mice</option><option>Wasps or bees</option>
<option>Bed bugs</option><option>Moles</option><option>Birds</option><option>Something else</option></select></label>
<label class="framer-12kq0a5" data-framer-name="Message"><div rt><p>Anything else we should know?</p></div>
<textarea name="Message" class="framer-form-input framer-form-text-input"></textarea></label>
<button type="submit" class="framer-1n4ocol framer-v-submit" data-framer-name="Submit">Send request</button></form>
</div>
</div>
"""
    + _sidebar("Booking line", '<a href="tel:01184960732">0118 496 0732</a>', "WhatsApp: 07700 900418")
    + "</div>"
)

_ABOUT = (
    _hero(
        "About us",
        "A family firm that knows Reading",
        "Kennet Pest Control was started in 2009 by Gareth Pryce after fourteen years as a pest control officer for "
        "a local council. Today we're seven technicians, two people in the office and a fleet of vans.",
    )
    + """
<div fr="Standards"><div rt><h2>Qualified, checked and insured</h2></div><div rt><ul>
<li>Every technician holds the RSPH or BPCA Level 2 qualification in pest management and keeps up their training on
the BASIS PROMPT professional register.</li>
<li>Everyone who visits your home has an enhanced DBS check, renewed every three years, and carries photo ID.
You're always welcome to ask to see it at the door before letting anyone in.</li>
<li>We're a member company of the British Pest Control Association and certified to CEPA Certified (EN 16636),
the European standard for professional pest management.</li>
<li>£10 million public liability insurance.</li>
</ul></div></div>
<div fr="Team"><div rt><h2>Meet the team</h2></div><div fr="Team Grid">
<div fr="Team Card"><div fr="Photo"><img decoding="async" src="/_framer/images/team-gareth.jpg" alt="Gareth Pryce">
</div><div rt><h3>Gareth Pryce</h3><p>Founder and Managing Director. Still goes out on the trickiest rodent jobs and
answers the phone more than he should.</p></div></div>
<div fr="Team Card"><div fr="Photo"><img decoding="async" src="/_framer/images/team-sian.jpg" alt="Sian Holloway">
</div><div rt><h3>Sian Holloway</h3><p>Office Manager. Runs the diary, the accounts and, frankly, the rest of us.</p>
</div></div>
<div fr="Team Card"><div fr="Photo"><img decoding="async" src="/_framer/images/team-dev.jpg" alt="Dev Mistry">
</div><div rt><h3>Dev Mistry</h3><p>Senior Technician and our bed bug lead. Dev set up our heat treatment service in
2019.</p></div></div>
<div fr="Team Card"><div fr="Photo"><img decoding="async" src="/_framer/images/team-kasia.jpg" alt="Kasia Nowak">
</div><div rt><h3>Kasia Nowak</h3><p>Commercial Manager and BPCA Advanced Technician. Looks after our food industry
clients and their audits.</p></div></div>
<div fr="Team Card"><div fr="Photo"><img decoding="async" src="/_framer/images/team-tom.jpg" alt="Tom Ashworth">
</div><div rt><h3>Tom Ashworth</h3><p>Bird control specialist, IPAF-trained to operate our cherry picker.</p></div>
</div>
<div fr="Team Card"><div fr="Photo"><img decoding="async" src="/_framer/images/team-lewis.jpg" alt="Lewis Carter">
</div><div rt><h3>Lewis Carter</h3><p>Technician, moles and land. Learned his trade from an old-school mole catcher
on the Berkshire Downs.</p></div></div>
<div fr="Team Card"><div fr="Photo"><img decoding="async" src="/_framer/images/team-becky.jpg" alt="Becky Pryce">
</div><div rt><h3>Becky Pryce</h3><p>Bookings and customer care. Probably the voice you'll hear when you ring.</p>
</div></div>
</div></div>
"""
    + _CTA
)

_AREAS = (
    _hero(
        "Areas &amp; contact",
        "Where we work and how to find us",
        "Our base is in Tilehurst, on the west side of Reading, and our vans cover most of Berkshire and South "
        "Oxfordshire every day.",
    )
    + """
<div fr="Content Wrapper"><div fr="Main Column">
<div fr="Section"><div rt><h2>Areas we cover</h2></div><div rt><p>Our standard area, with no travel charge,
includes:</p><p>Reading, Tilehurst, Calcot, Earley, Woodley, Caversham, Sonning, Theale, Burghfield, Pangbourne,
Goring, Wokingham, Crowthorne, Finchampstead, Bracknell, Twyford, Wargrave, Henley-on-Thames and the villages around
it, Maidenhead, Newbury, Thatcham and Hungerford.</p><p>For homes a little further out, such as Basingstoke,
Wallingford, Didcot, Marlow and Windsor, we add a £20 travel supplement. Commercial work is covered anywhere in the
Thames Valley.</p></div></div>
<div fr="Section"><div rt><h2>Visiting the office</h2></div><div rt><p>Unit 7, Brunel Trade Park, Deacon Way,
Tilehurst, Reading RG30 6AZ.</p><p>The office is our base rather than a shop, but you're welcome to drop in during
office hours; give us a ring first to make sure someone's in. There are two visitor parking bays marked "Kennet"
directly in front of Unit 7, and free on-street parking on Deacon Way if they're taken. The nearest bus stop is on
Norcot Road, about five minutes' walk.</p></div></div>
<div fr="Section"><div rt><h2>Opening hours</h2></div><div fr="Hours Table">
<div fr="Row"><div rt><p>Monday to Friday</p></div><div rt><p>8am to 6pm</p></div></div>
<div fr="Row"><div rt><p>Saturday</p></div><div rt><p>9am to 1pm</p></div></div>
<div fr="Row"><div rt><p>Sunday</p></div><div rt><p>Closed</p></div></div>
</div></div>
<div fr="Map"><div fr="Map Placeholder" aria-label="Map showing Brunel Trade Park, Tilehurst"></div></div>
</div>
"""
    + _sidebar(
        "Contact",
        '<a href="tel:01184960732">0118 496 0732</a>',
        "WhatsApp: 07700 900418",
        '<a href="mailto:hello@kennetpestcontrol.co.uk">hello@kennetpestcontrol.co.uk</a>',
    )
    + "</div>"
)

_FAQ_ITEMS = [
    (
        "Do I need to be home for the visit?",
        "For anything inside the house, yes, or someone over 18 who can let us in. For a wasp nest outside, we can "
        "treat it while you're out if you leave the side gate unlocked, and send you a payment link afterwards.",
    ),
    (
        "Will the van have your name on it?",
        "Most of our vans are signwritten, but we keep two plain, unmarked vans for customers who'd rather the "
        "neighbours didn't know. Just ask when you book; there's no extra charge, and the technician can wear a "
        "plain polo shirt too.",
    ),
    (
        "Doesn't the council do pest control for free?",
        "Not round here any more. Reading Borough Council and West Berkshire Council no longer run a free domestic "
        "pest service, and the councils that still offer one usually charge and only cover a few pests. We're a "
        "private company and not connected to any council. If you rent from a housing association, check with them "
        "first, as some include pest control for tenants.",
    ),
    (
        "Do I have to tell my neighbours?",
        "You don't have to, but in terraced and semi-detached houses mice, rats and bed bugs move between "
        "properties. Letting neighbours know, so they can get treated at the same time, gives the best chance of "
        "getting rid of them for good.",
    ),
    (
        "Do you take away dead rats and mice?",
        "Yes, we remove any we find during our visits, along with the bait stations and traps at the end.",
    ),
    (
        "Can you give me a price over the phone?",
        "For most household jobs, yes: our domestic prices are fixed. Bird proofing and commercial contracts need "
        "a look at the site first.",
    ),
    (
        "I think we've got bats in the loft. Can you get rid of them?",
        "No one can. Bats and their roosts are protected by law, so we never disturb them. Call the Bat "
        "Conservation Trust's helpline, who can arrange free advice from a volunteer.",
    ),
]

_FAQ = (
    _hero(
        "FAQ",
        "Questions we get asked a lot",
        "Can't see your question? Ring or WhatsApp us and we'll give you a straight answer.",
    )
    + '<div fr="FAQ Section"><div fr="FAQ List">'
    + "".join(
        '<div ct><div fr="Closed" tabindex="0"><div fr="Question" role="button" aria-expanded="false">'
        f'<div rt><p>{q}</p></div><div fr="Icon"><div rt><p>+</p></div></div></div>'
        f'<div fr="Answer"><div rt><p>{a}</p></div></div></div></div>'
        for q, a in _FAQ_ITEMS
    )
    + "</div></div>"
    + _CTA
)

_ADVICE = (
    _hero(
        "Advice &amp; aftercare",
        "Keeping pests out, and what to do after a treatment",
        "A bit of prevention goes a long way. Here's what we'd do in our own homes.",
    )
    + """
<div fr="Article"><div fr="Section"><div rt><h2>Keeping mice and rats out</h2></div><div rt><p>A mouse can squeeze
through a gap of 6mm, about the width of a pencil; a rat needs around 15mm, about the width of your thumb.</p><ul>
<li>Pack gaps around pipes and cables where they go through outside walls with wire wool, then seal over with
exterior filler or mortar.</li>
<li>Fit fine metal mesh over broken airbricks. Never block airbricks completely; the house needs the
ventilation.</li>
<li>Fit bristle strips to the bottom of garage and back doors.</li>
<li>Keep food, pet food and bird seed in lidded tubs, not bags.</li>
<li>Put a tray under bird feeders and don't throw food on the ground.</li>
<li>Keep compost bins closed and move clutter and log piles away from the walls of the house.</li>
</ul></div></div>
<div fr="Section"><div rt><h2>After a rodent treatment</h2></div><div rt><p>If a rat or mouse dies somewhere we
can't reach, you may notice a smell for one to two weeks. Open windows, use an odour neutraliser and it will pass. If
it's really bad, we can lift boards to find it (charged by the hour, see our prices).</p></div></div>
<div fr="Section"><div rt><h2>After a flea treatment</h2></div><div rt><p>Leave the spray to work undisturbed for
24 hours; don't vacuum during that time. After that, vacuum every day for two weeks, including under furniture.
The vibration makes young fleas hatch out of their cocoons and cross the treated surface. Don't wash or shampoo
carpets or mop hard floors for 14 days. Seeing a few fleas for up to two weeks is normal.</p></div></div>
<div fr="Section"><div rt><h2>Avoiding bed bugs when you travel</h2></div><div rt><p>Check the seams and
headboard of hotel beds with your phone torch, keep your suitcase on the luggage rack rather than the bed or the
floor, and when you get home unpack straight into the washing machine and wash at 60°C. Vacuum the suitcase before
you put it away.</p></div></div>
<div fr="Section"><div rt><h2>Stopping wasps early</h2></div><div rt><p>In April and May, queen wasps start new
nests the size of a golf ball in lofts, sheds and garages. Have a look when you're up there; a starter nest is a
quick, easy treatment.</p></div></div>
</div>
"""
    + _CTA
)

HTML = {
    "/": _page("/", "Pest Control in Reading &amp; Berkshire", "Family-run pest control in Reading.", _HOME),
    "/rats-and-mice/": _page(
        "/rats-and-mice/", "Rats &amp; Mice", "Rat and mouse control in Reading and Berkshire.", _RATS
    ),
    "/wasps-and-bees/": _page(
        "/wasps-and-bees/", "Wasps &amp; Bees", "Wasp and hornet nest treatment, and advice on bees.", _WASPS
    ),
    "/bed-bugs/": _page("/bed-bugs/", "Bed Bugs", "Bed bug surveys, spray and heat treatments.", _BEDBUGS),
    "/moles/": _page("/moles/", "Moles", "Traditional mole trapping for gardens and land.", _MOLES),
    "/birds/": _page("/birds/", "Birds &amp; Pigeons", "Pigeon and gull proofing, solar panel mesh.", _BIRDS),
    "/other-pests/": _page("/other-pests/", "Other Pests", "Fleas, cockroaches, ants, moths and squirrels.", _OTHER),
    "/commercial/": _page(
        "/commercial/", "Commercial Pest Control", "Pest control contracts for businesses.", _COMMERCIAL
    ),
    "/emergency-call-outs/": _page(
        "/emergency-call-outs/", "Emergency Call-outs", "Urgent and out-of-hours pest control.", _EMERGENCY
    ),
    "/prices/": _page("/prices/", "Prices", "Domestic pest control prices.", _PRICES),
    "/guarantee/": _page("/guarantee/", "Our Guarantee", "Free re-treatment if pests come back.", _GUARANTEE),
    "/safety/": _page(
        "/safety/", "Safe Around Pets &amp; Children", "How we keep pest control safe for families.", _SAFETY
    ),
    "/booking/": _page("/booking/", "Book a Visit", "Booking, payment and cancellation policy.", _BOOKING),
    "/about/": _page("/about/", "About Us", "Meet the team at Kennet Pest Control.", _ABOUT),
    "/areas-and-contact/": _page(
        "/areas-and-contact/", "Areas &amp; Contact", "Areas covered, office address and parking.", _AREAS
    ),
    "/faq/": _page("/faq/", "FAQ", "Frequently asked questions about pest control.", _FAQ),
    "/advice/": _page("/advice/", "Advice &amp; Aftercare", "Pest prevention tips and aftercare advice.", _ADVICE),
}

QUESTIONS = [
    (
        "Theres wasps going in and out of a gap under the roof tiles. Once you've killed them do you have to "
        "take the nest out of the loft?",
        "/wasps-and-bees/",
    ),
    (
        "A massive clump of bees has landed on our apple tree, hundreds of them all stuck together in a ball. Will "
        "you come and kill them? The kids are too scared to go in the garden.",
        "/wasps-and-bees/",
    ),
    ("How much to get rid of bed bugs in a 2 bed flat", "/prices/"),
    ("Do you do any discount for pensioners? I'm 72.", "/prices/"),
    (
        "We keep hearing scratching in the ceiling at night and my husband reckons it's rats. What actually "
        "happens if you come out, is it just the one visit?",
        "/rats-and-mice/",
    ),
    (
        "Just got back from a week in Spain, I'm covered in itchy bites and there's little black dots along the "
        "seams of the mattress. Should I just get rid of the mattress and buy a new one?",
        "/bed-bugs/",
    ),
    (
        "My daughter is getting married in our back garden in six weeks and the lawn is covered in molehills!! "
        "How long does it normally take you to catch them?",
        "/moles/",
    ),
    (
        "Pigeons have moved in under our solar panels, the cooing starts at 5am and there's mess all down the "
        "windows. Roughly what would it cost to stop them getting under there?",
        "/birds/",
    ),
    (
        "seagulls nesting on our flat roof extension with babies, they dive bomb us when we hang the washing out. "
        "can you just take the nest away",
        "/birds/",
    ),
    (
        "I've just taken over a little café on the high street and environmental health are due to visit. Do you "
        "do contracts, and how often would someone come round?",
        "/commercial/",
    ),
    (
        "It's gone 9 at night and a rat's just run across my kitchen floor. Is anyone able to come out now?",
        "/emergency-call-outs/",
    ),
    (
        "Your lot finished our rat treatment about six weeks ago and now we're hearing them in the loft again. "
        "Do we have to pay all over again?",
        "/guarantee/",
    ),
    (
        "We've got a toddler who puts everything in his mouth and two cats. Is the rat poison going to be lying "
        "around where they can get at it?",
        "/safety/",
    ),
    ("Is the flea spray going to hurt my tropical fish? The tank's in the lounge", "/safety/"),
    ("can i pay by card on the day", "/booking/"),
    (
        "Something's come up at work and I need to cancel tomorrow morning's appointment, will I get charged?",
        "/booking/",
    ),
    (
        "I'm a woman living on my own and a bit nervous about letting a stranger in. Are your men police checked?",
        "/about/",
    ),
    ("Do you cover Henley on Thames or is that too far out", "/areas-and-contact/"),
    ("If I come by your office to drop off some paperwork, is there anywhere to park?", "/areas-and-contact/"),
    (
        "Will the van have pest control written all over the side? I really don't want the neighbours knowing "
        "we've got bed bugs",
        "/faq/",
    ),
    ("Doesn't the council do this for free any more?", "/faq/"),
    ("Keep finding little holes in my wool jumpers in the wardrobe, is that something you deal with", "/other-pests/"),
    ("We've got squirrels in the loft. Can you catch them and let them go in the woods somewhere?", "/other-pests/"),
    ("What can I do myself to stop the mice getting back in once you've finished?", "/advice/"),
    ("After the flea treatment when am I allowed to hoover again", "/advice/"),
]

OUT_OF_SCOPE = [
    "A fox has been digging under our shed and the cubs are wrecking the garden, can you get rid of them?",
    "Can you deal with Japanese knotweed? It's coming through from next door",
    "Do you sell rat poison so I can put it down myself?",
    "Are you taking on any trainee technicians at the moment? My son's interested",
    "Slugs are eating everything in my veg patch, is there a treatment for that?",
    "Do you do a refer-a-friend discount?",
    "Can you recommend a good dentist in Reading?",
    "What time does the tip at Smallmead close on a Sunday?",
]
