"""An evaluation site: Kiln Lane Plumbing & Heating, a two-van plumbing and gas heating firm in Stoke-on-Trent (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Built like an IONOS MyWebsite Now site:
diyfe* wrappers, sb-section / row-inner / cell grids, "n module-type-*" modules with text in module-text divs of
<p><span style=...>, a mainNav1 menu of navlinks, and the FAQ as module-type-collapsible sections whose
collapsible-content is aria-hidden until clicked.
"""

import itertools

NAME = "Kiln Lane Plumbing & Heating"

_BRAND = "Kiln Lane Plumbing &amp; Heating"
_STAMP = "1709127705"
_ids = itertools.count(4811020)

_NAV = [
    ("/", "Home", []),
    ("/emergency-plumber/", "Emergencies", []),
    (
        "/boiler-repairs-servicing/",
        "Boilers",
        [
            ("/boiler-repairs-servicing/", "Boiler Repairs &amp; Servicing"),
            ("/new-boilers/", "New Boilers"),
            ("/back-boiler-removal-combi-conversions/", "Back Boilers &amp; Combi Conversions"),
        ],
    ),
    ("/powerflushing-radiators/", "Radiators &amp; Powerflushing", []),
    (
        "/bathrooms-toilets-showers/",
        "Plumbing",
        [
            ("/bathrooms-toilets-showers/", "Bathrooms, Toilets &amp; Showers"),
            ("/plumbing-repairs-appliances/", "Outside Taps, Appliances &amp; Repairs"),
        ],
    ),
    (
        "/gas-cookers-fires-carbon-monoxide/",
        "Gas Safety",
        [
            ("/gas-cookers-fires-carbon-monoxide/", "Cookers, Fires &amp; CO Alarms"),
            ("/landlord-gas-safety-certificates/", "Landlord Gas Certificates"),
        ],
    ),
    (
        "/price-guide/",
        "Prices",
        [
            ("/price-guide/", "Price Guide &amp; Call-Out Charges"),
            ("/payment-guarantees/", "Paying Us &amp; Guarantees"),
        ],
    ),
    (
        "/about-us/",
        "About Us",
        [
            ("/about-us/", "Our Team &amp; Gas Safe"),
            ("/reviews/", "Reviews"),
            ("/areas-we-cover/", "Areas We Cover"),
            ("/opening-hours/", "Opening Hours"),
            ("/faq/", "FAQ"),
        ],
    ),
    ("/get-a-quote/", "Get a Quote", []),
]


def _nav(current):
    items = []
    for href, label, children in _NAV:
        paths = {href} | {c for c, _ in children}
        li_cls = "current" if current in paths else ""
        a_cls = "navlink level_1" + (" current" if current == href else "") + (" parent" if children else "")
        sub = ""
        if children:
            subs = "\n".join(
                f'<li class="{"current" if c == current else ""}">'
                f'<a class="navlink level_2{" current" if c == current else ""}" href="{c}">{lab}</a></li>'
                for c, lab in children
            )
            sub = f'\n<div class="diyfeDropDownSubList diyfeCA diyfeCA3"><ul class="mainNav2">\n{subs}\n</ul></div>'
        items.append(f'<li class="{li_cls}"><a class="{a_cls}" href="{href}">{label}</a>{sub}</li>')
    return '<ul class="mainNav1">\n' + "\n".join(items) + "\n</ul>"


def _p(*lines, size=16, color="#3a3a3a"):
    """One paragraph of MyWebsite text: a <p> holding a styled span."""
    text = "\n".join(lines)
    return f'<p><span style="font-size: {size}px; color: {color};">{text}</span></p>'


def _text(*paras):
    mid = next(_ids)
    body = "\n".join(paras)
    return (
        f'<div class="n module-type-text module-container diyfeLiveArea" id="module_{mid}">\n'
        f'<div class="module-text" id="cc-m-{mid}">\n{body}\n</div>\n</div>'
    )


def _head(title, level=2):
    mid = next(_ids)
    return (
        f'<div class="n module-type-header module-alias-header" id="module_{mid}">\n'
        f'<h{level} class="headline"><span style="color: #0b3d6e;">{title}</span></h{level}>\n</div>'
    )


def _table(rows, caption=""):
    mid = next(_ids)
    head, *rest = rows
    th = "".join(f'<td class="diyTableHead"><p><strong>{c}</strong></p></td>' for c in head)
    trs = "\n".join("<tr>" + "".join(f"<td><p>{c}</p></td>" for c in r) + "</tr>" for r in rest)
    cap = f'\n<p class="tableCaption"><span style="font-size: 13px;">{caption}</span></p>' if caption else ""
    return (
        f'<div class="n module-type-table module-container" id="module_{mid}">\n'
        f'<div class="tableContainer"><table class="diyTable" cellspacing="0" cellpadding="4">\n<tbody>\n'
        f"<tr>{th}</tr>\n{trs}\n</tbody></table></div>{cap}\n</div>"
    )


def _button(label, href):
    mid = next(_ids)
    return (
        f'<div class="n module-type-button module-container" id="module_{mid}">\n'
        f'<div class="module-button-container" style="text-align: left;">'
        f'<a class="diyfeLinkAsButton cc-btn-primary" href="{href}">{label}</a></div>\n</div>'
    )


def _collapsible(question, *paras):
    mid = next(_ids)
    body = "\n".join(paras)
    return (
        f'<div class="n module-type-collapsible module-container" id="module_{mid}">\n'
        f'<div class="collapsible-title" role="button" tabindex="0" aria-expanded="false" '
        f'aria-controls="cc-collapsible-{mid}">\n'
        f'<span class="collapsible-icon" aria-hidden="true"></span>'
        f'<span class="collapsible-title-text">{question}</span>\n</div>\n'
        f'<div class="collapsible-content" id="cc-collapsible-{mid}" aria-hidden="true" style="display: none;">\n'
        f'<div class="module-text">\n{body}\n</div>\n</div>\n</div>'
    )


def _section(*modules, cls="", cols=None):
    """An sb-section with one row; cols gives the modules of each cell when the row is split."""
    sid = next(_ids)
    cells = ""
    if modules:
        cells = '<div class="cell cell-12 cell-md-12">\n' + "\n".join(modules) + "\n</div>"
    if cols:
        width = 12 // len(cols)
        cells += "\n".join(
            f'\n<div class="cell cell-{width} cell-md-{width}">\n' + "\n".join(c) + "\n</div>" for c in cols
        )
    return (
        f'<div class="sb-section diyfeSectionPadding {cls}" id="section-{sid}">\n'
        f'<div class="diyfeLiveArea">\n<div class="row">\n<div class="row-inner">\n{cells}\n'
        f"</div>\n</div>\n</div>\n</div>"
    )


_SIDEBAR = """<aside class="diywebSidebar diyfeCA diyfeCA4" id="diywebSidebar">
<div class="diywebGutter">
<div class="n module-type-text module-container sidebar-widget">
<div class="module-text">
<h3><span style="color: #ffffff; background-color: #c8102e;">&nbsp;Water everywhere?&nbsp;</span></h3>
<p><span style="font-size: 15px;">Our emergency van is on the road until 10pm tonight.</span></p>
<p><span style="font-size: 20px;"><strong><a href="tel:07791335602">07791 335 602</a></strong></span></p>
</div>
</div>
<div class="n module-type-imageSubtitle module-container sidebar-widget">
<div class="cc-imagewrapper"><img src="/s/cc_images/cache_gas_safe_badge.png?t=1709127705" alt="Gas Safe Register
 yellow triangle logo" width="160" height="160"></div>
<p class="cc-image-caption"><span style="font-size: 13px;">Gas Safe registered engineers on both vans</span></p>
</div>
<div class="n module-type-text module-container sidebar-widget">
<div class="module-text">
<h3><span style="color: #0b3d6e;">Customers say</span></h3>
<p><em><span style="font-size: 14px;">"Polite, quick and left the place spotless. Would use again."</span></em></p>
<p><span style="font-size: 13px;">&ndash; Google review</span></p>
</div>
</div>
<div class="n module-type-button module-container sidebar-widget">
<div class="module-button-container"><a class="diyfeLinkAsButton" href="/get-a-quote/">Book now</a></div>
</div>
</div>
</aside>"""

_FOOTER = """<footer class="diywebFooter diyfeFooter diyfeCA diyfeCA5" id="diywebFooter">
<div class="diywebLiveArea diyfeLiveArea">
<div class="row"><div class="row-inner">
<div class="cell cell-4">
<div class="n module-type-text module-container"><div class="module-text">
<p><span style="font-size: 17px; color: #ffffff;"><strong>Kiln Lane Plumbing &amp; Heating Ltd</strong></span></p>
<p><span style="font-size: 14px; color: #d6dde5;">Unit 3, Dewsbury Road Trade Park<br>
Fenton, Stoke-on-Trent ST4 2TE</span></p>
<p><span style="font-size: 14px; color: #d6dde5;">Office: <a href="tel:01782960418">01782 960 418</a><br>
Emergencies: <a href="tel:07791335602">07791 335 602</a><br>
<a href="mailto:office@kilnlaneplumbing.co.uk">office@kilnlaneplumbing.co.uk</a></span></p>
</div></div>
</div>
<div class="cell cell-4">
<div class="n module-type-text module-container"><div class="module-text">
<p><span style="font-size: 17px; color: #ffffff;"><strong>Opening hours</strong></span></p>
<p><span style="font-size: 14px; color: #d6dde5;">Mon&ndash;Fri 8am&ndash;5.30pm<br>Sat 8.30am&ndash;1pm<br>
Emergency line 7am&ndash;10pm daily</span></p>
</div></div>
</div>
<div class="cell cell-4">
<div class="n module-type-text module-container"><div class="module-text">
<p><span style="font-size: 17px; color: #ffffff;"><strong>Follow us</strong></span></p>
<p><a href="https://www.facebook.com/kilnlaneplumbing" target="_blank" rel="noopener">Facebook</a> |
<a href="https://www.instagram.com/kilnlaneplumbing" target="_blank" rel="noopener">Instagram</a></p>
<p><img src="/s/cc_images/cache_gas_safe_footer.png" alt="Gas Safe Register logo" width="70" height="70">
<img src="/s/cc_images/cache_worcester_accredited.png" alt="Worcester Bosch Accredited Installer" width="120"
 height="50"></p>
</div></div>
</div>
</div></div>
<div class="diywebFooterBottom">
<p><span style="font-size: 12px; color: #aab4bf;">&copy; 2024 Kiln Lane Plumbing &amp; Heating Ltd. Registered in
 England &amp; Wales no. 07012486. VAT no. GB 981 4420 17.</span></p>
<p class="diyfeFooterLinks"><a href="#cc-privacy">Privacy policy</a> | <a href="#cc-cookie-settings">Cookie
 settings</a> | <a href="https://www.ionos.co.uk/websites/website-builder" rel="nofollow">Website built with
 IONOS</a> | <a href="#login" class="diyfeLogin">Log in</a></p>
</div>
</div>
</footer>"""

_COOKIES = """<div class="diyfeCookieNotice cc-cookie-bar" id="cookie-notice" role="dialog" aria-live="polite"
 aria-label="Cookie notice">
<div class="cookie-inner diyfeLiveArea">
<p>This website uses cookies to give you the best experience and to see how visitors use the site. You can accept
 all cookies or only those that are strictly necessary. <a href="#cc-privacy">Read our privacy policy</a>.</p>
<button type="button" class="cc-btn cc-btn-accept">Accept all</button>
<button type="button" class="cc-btn cc-btn-necessary">Only necessary</button>
</div>
</div>"""


def _page(path, title, description, body, sidebar=False):
    layout = "diyfeSidebarRight" if sidebar else "diyfeNoSidebar"
    side = _SIDEBAR if sidebar else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title} | {_BRAND}</title>
<meta name="description" content="{description}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="index, follow">
<meta name="generator" content="IONOS MyWebsite">
<meta property="og:site_name" content="{_BRAND}">
<meta property="og:title" content="{title}">
<meta property="og:locale" content="en_GB">
<link rel="shortcut icon" href="/s/misc/favicon.png?t={_STAMP}">
<link rel="stylesheet" href="/s/style/layout.css?t={_STAMP}">
<link rel="stylesheet" href="/s/style/main.css?t={_STAMP}">
<link rel="stylesheet" href="/s/style/font.css?t={_STAMP}">
<link rel="stylesheet" href="/app/module/webproduct/assets/css/modules.css?t={_STAMP}">
<script>window.diyfeConfig = {{"webId": "a8f2c19e", "pageId": "{path}", "market": "en_GB"}};</script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'G-KLPH4471Q2', {{'anonymize_ip': true}});
</script>
</head>
<body class="body diyBgActive cc-pagemode-default {layout} diy-market-en_GB" id="page-{next(_ids)}">
{_COOKIES}
<div class="diyw">
<div class="diyweb">
<div class="diyfeMobileNav">
<button class="diyfeMobileNavToggle" aria-label="Open menu"><span></span><span></span><span></span></button>
</div>
<header class="diywebHeader diyfeCA diyfeCA1" id="diywebHeader">
<div class="diywebLogoArea diyfeLiveArea diyfeSectionPadding">
<div class="diywebLogo"><a href="/"><img src="/s/cc_images/teaserbox_kiln_lane_logo.png?t={_STAMP}"
 alt="Kiln Lane Plumbing and Heating logo - blue van with a flame" width="260" height="90"></a></div>
<div class="diywebEmotionHeader">
<p class="diywebTagline"><span style="font-size: 18px;">Family-run plumbing &amp; gas heating across
 Stoke-on-Trent</span></p>
<p class="diywebHeaderPhone"><span style="font-size: 22px;"><strong><a href="tel:01782960418">01782 960 418</a>
</strong></span> <a class="diyfeLinkAsButton headerCta" href="/get-a-quote/">Book now</a></p>
</div>
</div>
<nav class="diywebNav diywebNavMain diywebNav1 diywebNavHorizontal" id="diyfeMainNav">
<div class="diywebLiveArea diyfeLiveArea"><div class="diywebMainGutter">
{_nav(path)}
</div></div>
</nav>
</header>
<div class="diywebContent diyfeCA diyfeCA2" id="diywebContent">
<div class="diywebLiveArea diyfeLiveArea">
<main class="diywebMain" id="content_area">
<div id="content_start"></div>
{body}
</main>
{side}
</div>
</div>
{_FOOTER}
</div>
</div>
<script src="/app/module/webproduct/assets/js/collapsible.js?t={_STAMP}" defer></script>
</body>
</html>
"""


HTML = {}

# ---------------------------------------------------------------- home
HTML["/"] = _page(
    "/",
    "Plumber &amp; Gas Engineer in Stoke-on-Trent",
    "Family-run plumbing and heating engineers in Fenton, Stoke-on-Trent. Boiler repairs, servicing, new boilers,"
    " bathrooms and emergency leaks.",
    "\n".join(
        [
            _section(
                _head("Plumbing &amp; Heating Engineers in Stoke-on-Trent", 1),
                _text(
                    _p(
                        "Kiln Lane Plumbing &amp; Heating is a family-run firm based in Fenton. Since 2009 we've",
                        "been fixing leaks, looking after boilers and fitting new heating systems for homeowners,",
                        "landlords and small businesses right across the Potteries.",
                    ),
                    _p(
                        "We run <strong>two fully stocked vans</strong>, so most everyday jobs are sorted on the",
                        "first visit &ndash; and because one van is always kept free for urgent calls, you're not",
                        "left waiting days when a pipe bursts or the heating packs up.",
                    ),
                ),
                _button("Book now", "/get-a-quote/"),
                cls="diyfeHero",
            ),
            _section(
                cols=[
                    [
                        _head("Boilers &amp; heating", 3),
                        _text(
                            _p(
                                "Breakdowns, annual servicing, new boilers and old back boilers swapped for a",
                                'modern combi. <a href="/boiler-repairs-servicing/">Boilers &raquo;</a>',
                            )
                        ),
                    ],
                    [
                        _head("Plumbing", 3),
                        _text(
                            _p(
                                "Bathrooms, toilets, taps, showers, outside taps and washing machines.",
                                '<a href="/bathrooms-toilets-showers/">Plumbing &raquo;</a>',
                            )
                        ),
                    ],
                    [
                        _head("Gas safety", 3),
                        _text(
                            _p(
                                "Cookers and fires connected, carbon monoxide alarms, and landlord certificates.",
                                '<a href="/gas-cookers-fires-carbon-monoxide/">Gas safety &raquo;</a>',
                            )
                        ),
                    ],
                ]
            ),
            _section(
                _head("Why Potteries households pick us", 2),
                _text(
                    "<ul>\n"
                    '<li><span style="font-size: 16px;">We turn up when we say we will, and text you when we'
                    " are on our way.</span></li>\n"
                    '<li><span style="font-size: 16px;">You hear the price before we start, not after.</span></li>\n'
                    '<li><span style="font-size: 16px;">Local lads &ndash; we live here, our kids go to school'
                    " here, and our name is on the van.</span></li>\n"
                    '<li><span style="font-size: 16px;">Worcester Bosch Accredited and Vaillant Advance'
                    " installers.</span></li>\n"
                    "</ul>"
                ),
            ),
            _section(
                _head("What our customers say", 2),
                cols=[
                    [
                        _text(
                            _p(
                                "<em>&ldquo;Boiler died on a Friday teatime. Josh was here within the hour and had",
                                "it going again before the kids' bath time.&rdquo;</em>",
                            ),
                            _p("&ndash; Claire, Meir", size=14),
                        )
                    ],
                    [
                        _text(
                            _p(
                                "<em>&ldquo;Honest advice &ndash; told me my boiler didn't need replacing yet when",
                                "others were trying to sell me a new one.&rdquo;</em>",
                            ),
                            _p("&ndash; Graham, Wolstanton", size=14),
                        )
                    ],
                    [
                        _text(
                            _p(
                                "<em>&ldquo;Lovely tidy job on our bathroom, and Lisa in the office kept us",
                                "updated the whole way through.&rdquo;</em>",
                            ),
                            _p("&ndash; Sam &amp; Priya, Trentham", size=14),
                        )
                    ],
                ],
                cls="diyfeTestimonials",
            ),
            _section(
                _text(
                    _p(
                        "<strong>Not sure what you need?</strong> Ring Lisa in the office on 01782 960 418 and",
                        "she'll point you in the right direction &ndash; or send us a message.",
                    )
                ),
                _button("Get a quote", "/get-a-quote/"),
                cls="diyfeCallToAction",
            ),
        ]
    ),
)

# ---------------------------------------------------------------- emergencies
HTML["/emergency-plumber/"] = _page(
    "/emergency-plumber/",
    "Emergency Plumber &amp; No Heating Call-Outs",
    "Burst pipes, leaks through the ceiling and no heating in Stoke-on-Trent. What to do while you wait.",
    "\n".join(
        [
            _section(
                _head("Emergency Plumber &amp; Heating Call-Outs", 1),
                _text(
                    _p(
                        "When water is coming through the ceiling you need someone who actually answers the",
                        "phone. From 7am to 10pm, seven days a week, one of our two vans is kept free for",
                        "emergencies. Ring the emergency line on <strong>07791 335 602</strong>.",
                    )
                ),
            ),
            _section(
                _head("What counts as an emergency?", 2),
                _text(
                    "<ul>\n"
                    "<li>Burst or leaking pipes you can't stop</li>\n"
                    "<li>Water coming through a ceiling or near light fittings</li>\n"
                    "<li>A leaking hot water cylinder or cold water tank in the loft</li>\n"
                    "<li>No heating or no hot water in cold weather</li>\n"
                    "<li>The only toilet in the house not flushing</li>\n"
                    "</ul>",
                    _p(
                        "We aim to be with you <strong>within two hours</strong> anywhere in our main area, and",
                        "it's usually quicker. If both engineers are already tied up on emergency jobs, we will",
                        "tell you honestly what time we can get there rather than leave you hanging.",
                    ),
                    _p(
                        "<strong>Babies, elderly and poorly people come first.</strong> If you have no heating",
                        "or hot water and there's a baby under 12 months, someone over 75, or someone who is",
                        "seriously ill in the house, tell us when you ring: you go to the front of the queue and",
                        "we will get an engineer to you the same day.",
                    ),
                ),
            ),
            _section(
                _head("While you wait for us", 2),
                _text(
                    _p(
                        "<strong>1. Turn the water off at the stopcock.</strong> It's usually under the kitchen",
                        "sink, but in older Stoke terraces it's often under the stairs or in the front room where",
                        "the pipe comes through the floor. Turn it clockwise until it stops.",
                    ),
                    _p(
                        "<strong>2. Keep away from wet electrics.</strong> If water is near lights or sockets,",
                        "switch off at the fuse box (consumer unit) if you can reach it safely. Don't touch wet",
                        "switches.",
                    ),
                    _p(
                        "<strong>3. Drain the system down.</strong> Open the cold taps in the kitchen and",
                        "bathroom and flush the toilets to empty the pipes. If the leak is on the heating, turn",
                        "the boiler off.",
                    ),
                    _p(
                        "<strong>4. Save the ceiling.</strong> If a plasterboard ceiling is bulging with water,",
                        "put a bucket underneath and make a small hole in the middle of the bulge with a",
                        "screwdriver. Letting the water out in one place stops the whole ceiling coming down.",
                    ),
                ),
            ),
            _section(
                _head("No heating in a cold snap? Check the condensate pipe", 2),
                _text(
                    _p(
                        "When it drops below freezing, the most common cause of a modern boiler stopping is a",
                        "frozen condensate pipe &ndash; the white plastic pipe that runs from the boiler to an",
                        "outside drain. If the boiler shows a fault and makes a gurgling noise, pour warm (not",
                        "boiling) water slowly along the outside section of the pipe, then press reset.",
                    )
                ),
            ),
            _section(
                _head("Smell gas? Don't ring us first", 2),
                _text(
                    _p(
                        "If you smell gas, call the <strong>National Gas Emergency Service on 0800 111",
                        "999</strong> straight away. Open doors and windows, don't use light switches or naked",
                        "flames, turn off the gas at the meter if you can, and get everyone outside. Once the",
                        "emergency service has made the supply safe, we can find and repair the leak and get",
                        "your appliances back on.",
                    )
                ),
            ),
        ]
    ),
    sidebar=True,
)

# ---------------------------------------------------------------- boiler repairs and servicing
HTML["/boiler-repairs-servicing/"] = _page(
    "/boiler-repairs-servicing/",
    "Boiler Repairs &amp; Servicing",
    "Gas boiler breakdowns repaired and annual boiler servicing in Stoke-on-Trent. All major makes.",
    "\n".join(
        [
            _section(
                _head("Boiler Repairs &amp; Servicing", 1),
                _text(
                    _p(
                        "We repair all the common makes of gas boiler: Worcester Bosch, Vaillant, Ideal, Baxi,",
                        "Glow-worm, Viessmann, Potterton, Main and Alpha. Both vans carry the parts that fail",
                        "most &ndash; diverter valves, fans, pumps, expansion vessels, ignition leads and circuit",
                        "boards for the popular models &ndash; so around eight in ten repairs are finished on the",
                        "first visit. If a part has to be ordered, we can usually collect it from our merchant in",
                        "Hanley first thing next morning.",
                    ),
                    _p(
                        "When you ring, tell us the make and model (it's on the front or on a sticker underneath)",
                        "and any fault code on the display, such as EA, F22 or F28. It helps us bring the right",
                        "part.",
                    ),
                ),
            ),
            _section(
                _head("Before you ring: a few checks", 2),
                _text(
                    _p(
                        "<strong>Low pressure.</strong> Look at the pressure gauge on the front of the boiler.",
                        "With the heating cold it should read between 1 and 1.5 bar. If it has dropped below 1",
                        "you can top it up yourself using the filling loop &ndash; usually a silver braided hose",
                        "with two small taps, or a blue lever or key underneath the boiler. Open it slowly, watch",
                        "the needle rise to about 1.2 bar, then close it fully.",
                    ),
                    _p(
                        "If you find yourself topping up more than once a month, water is escaping somewhere:",
                        "a small leak on a radiator valve, a faulty pressure relief valve dripping outside, or an",
                        "expansion vessel that has lost its charge. That's a repair for us.",
                    ),
                    _p(
                        "<strong>Other quick checks:</strong> is the thermostat turned up and the timer set to",
                        "on? If you have a prepayment gas meter, is there credit? Has the boiler locked out? One",
                        "press of the reset button is fine &ndash; if it locks out again, leave it and call us.",
                    ),
                ),
            ),
            _section(
                _head("What's included in our boiler service", 2),
                _text(
                    "<ul>\n"
                    "<li>Visual check of the boiler, the flue and its terminal outside</li>\n"
                    "<li>Case removed; burner, heat exchanger and electrodes inspected and cleaned</li>\n"
                    "<li>Condensate trap cleaned and checked for blockages</li>\n"
                    "<li>Flue gas analysis with a calibrated analyser</li>\n"
                    "<li>Gas pressure and gas rate checked against the manufacturer's figures</li>\n"
                    "<li>Seals, safety devices and controls tested</li>\n"
                    "<li>Expansion vessel charge and system pressure checked</li>\n"
                    "<li>Written service record emailed to you and the manufacturer's logbook signed</li>\n"
                    "</ul>",
                    _p(
                        "A proper service takes 45 minutes to an hour. If someone is in and out in 20 minutes,",
                        "they haven't had the case off. We text you a reminder when the next one is due, about",
                        "11 months later.",
                    ),
                ),
                _button("Book a service", "/get-a-quote/"),
            ),
        ]
    ),
    sidebar=True,
)

# ---------------------------------------------------------------- new boilers
HTML["/new-boilers/"] = _page(
    "/new-boilers/",
    "New Boiler Installation",
    "New combi and system boilers fitted in Stoke-on-Trent by Worcester Bosch Accredited and Vaillant Advance"
    " installers. Prices from £2,295.",
    "\n".join(
        [
            _section(
                _head("New Boiler Installation", 1),
                _text(
                    _p(
                        "Boilers don't last forever. If yours is 12&ndash;15 years old, has broken down more",
                        "than once this winter, or the engineer is struggling to get parts, it's usually cheaper",
                        "in the long run to replace it than keep patching it up. We'll always tell you straight",
                        "if a repair still makes sense.",
                    )
                ),
            ),
            _section(
                _head("Which type of boiler?", 2),
                _text(
                    _p(
                        "<strong>Combi boilers</strong> heat water on demand from the mains, so there's no tank",
                        "or cylinder. They suit most homes with one bathroom. <strong>System boilers</strong>",
                        "keep a hot water cylinder and suit bigger houses with two or more bathrooms, where",
                        "several taps and showers run at once.",
                    ),
                    _p(
                        "We are a Worcester Bosch Accredited Installer and a Vaillant Advance installer, and we",
                        "also fit the Ideal Logic+ range as a good-value option.",
                    ),
                ),
            ),
            _section(
                _head("What's included in every installation", 2),
                _text(
                    "<ul>\n"
                    "<li>Removal and disposal of your old boiler</li>\n"
                    "<li>Chemical clean of the existing system and inhibitor added</li>\n"
                    "<li>Magnetic system filter to protect the new boiler</li>\n"
                    "<li>New flue and condensate pipe</li>\n"
                    "<li>Programmable room thermostat</li>\n"
                    "<li>A free carbon monoxide alarm fitted in the boiler room</li>\n"
                    "<li>Building Regulations notification through Gas Safe (the certificate arrives by"
                    " post within about 30 days)</li>\n"
                    "<li>Manufacturer's warranty registered for you</li>\n"
                    "</ul>"
                ),
            ),
            _section(
                _head("How long does it take?", 2),
                _text(
                    _p(
                        "A like-for-like swap, with the new boiler going in the same place as the old one, is",
                        "normally a <strong>one-day job</strong>. We start at 8am and you'll usually have hot",
                        "water back by late afternoon. Moving the boiler to a different room, or changing from a",
                        "tank-fed system to a combi, takes two to three days.",
                    )
                ),
            ),
            _section(
                _head("Typical prices", 2),
                _table(
                    [
                        ["Installation", "Price"],
                        ["Like-for-like combi swap (Ideal Logic+ C30)", "from £2,295"],
                        ["Worcester Bosch Greenstar 4000 30kW combi", "from £2,595"],
                        ["Vaillant ecoTEC plus 835 combi", "from £2,745"],
                        ["System boiler swap (cylinder kept)", "from £2,550"],
                        ["Moving the boiler to another room", "add £350&ndash;£650"],
                        ["Hive or Nest smart thermostat instead of the standard one", "add £120"],
                    ],
                    caption="Prices include VAT and are for typical houses in our area.",
                ),
                _text(
                    _p(
                        'Your final price is fixed in a written quote &ndash; see <a href="/get-a-quote/">how',
                        'to get a quote</a>. Warranties and ways to pay are on our <a href="/payment-guarantees/">',
                        "paying &amp; guarantees</a> page.",
                    )
                ),
                _button("Get a boiler quote", "/get-a-quote/"),
            ),
        ]
    ),
    sidebar=True,
)

# ---------------------------------------------------------------- back boilers and conversions
HTML["/back-boiler-removal-combi-conversions/"] = _page(
    "/back-boiler-removal-combi-conversions/",
    "Back Boiler Removal &amp; Combi Conversions",
    "Old back boilers behind gas fires removed and replaced with a modern combi. Tanks and cylinders taken out."
    " Stoke-on-Trent.",
    "\n".join(
        [
            _section(
                _head("Back Boiler Removal &amp; Combi Conversions", 1),
                _text(
                    _p(
                        "Plenty of Stoke terraces and 1960s&ndash;70s semis still have a back boiler hidden",
                        "behind the gas fire in the living room, a hot water cylinder in the airing cupboard and",
                        "two tanks in the loft. These systems are typically over 40 years old, waste around a",
                        "third of the gas they burn, and parts for them are no longer made.",
                    ),
                    _p(
                        "Converting to a combi gets rid of the lot. You get hot water on tap at mains pressure,",
                        "a much lower gas bill, and your airing cupboard back.",
                    ),
                ),
            ),
            _section(
                _head("What the job involves", 2),
                _text(
                    _p(
                        "<strong>Day 1:</strong> we drain the system, take out the gas fire and back boiler, cap",
                        "the gas off at the fireplace and leave the opening safely boarded.",
                    ),
                    _p(
                        "<strong>Day 2:</strong> the new combi goes in, usually in the kitchen or in the old",
                        "airing cupboard, with a new flue through an outside wall and a bigger gas pipe from the",
                        "meter (combis need more gas than the old boiler did).",
                    ),
                    _p(
                        "<strong>Day 3:</strong> we remove the cylinder and the loft tanks, cap off the old",
                        "pipes, fill and clean the system, commission the boiler and show you how to use it.",
                    ),
                    _p(
                        "Most conversions take <strong>three days</strong>, occasionally four if several",
                        "radiators are being replaced at the same time. We lift some floorboards and put them",
                        "back, but we don't do plastering or decorating: the fireplace is left boarded and tidy,",
                        "ready for your decorator or a new fire.",
                    ),
                ),
            ),
            _section(
                _head("Is your water pressure good enough for a combi?", 2),
                _text(
                    _p(
                        "A combi runs straight off the mains, so it can only be as good as the water coming",
                        "into your house. At the survey we measure the flow at the kitchen tap; we're looking for",
                        "at least 12 litres a minute. If it's lower, a system boiler with an unvented cylinder",
                        "may serve you better, and we'll explain the options.",
                    )
                ),
            ),
            _section(
                _head("Conversion prices", 2),
                _table(
                    [
                        ["Conversion", "Price"],
                        ["Tank-fed system to combi (tanks and cylinder removed)", "from £3,450"],
                        ["Back boiler removal with a new combi", "from £4,200"],
                        ["Replacing radiators at the same time", "priced at survey"],
                    ],
                    caption="All prices include VAT, disposal of the old equipment and a magnetic filter.",
                ),
                _button("Book a free survey", "/get-a-quote/"),
            ),
        ]
    ),
    sidebar=True,
)

# ---------------------------------------------------------------- powerflush and radiators
HTML["/powerflushing-radiators/"] = _page(
    "/powerflushing-radiators/",
    "Powerflushing, Radiators &amp; Valves",
    "Powerflushing to clear sludge, radiator replacement, thermostatic radiator valves and balancing in"
    " Stoke-on-Trent.",
    "\n".join(
        [
            _section(
                _head("Powerflushing, Radiators &amp; Valves", 1),
                _head("Signs your system is full of sludge", 2),
                _text(
                    "<ul>\n"
                    "<li>Radiators hot at the top but cold along the bottom</li>\n"
                    "<li>Cold patches in the middle of a radiator</li>\n"
                    "<li>The boiler banging, whistling or &lsquo;kettling&rsquo; when it heats up</li>\n"
                    "<li>Black water when you bleed a radiator</li>\n"
                    "<li>Radiators needing bleeding every few weeks</li>\n"
                    "</ul>",
                    _p(
                        "Over the years rust and debris settle as black sludge in the bottom of radiators and",
                        "in the boiler's heat exchanger. It cuts heat output and shortens the boiler's life.",
                    ),
                ),
            ),
            _section(
                _head("How a powerflush works", 2),
                _text(
                    _p(
                        "We connect a flushing pump to your system and push cleaning chemicals through each",
                        "radiator in turn at high flow, tapping and agitating them to loosen the sludge. Then we",
                        "flush until the water runs clear, add inhibitor to protect the system, and fit a",
                        "magnetic filter so it stays clean. For a typical three-bed house it takes most of a day,",
                        "about six to eight hours, and the heating is off while we work.",
                    ),
                    _p(
                        "<strong>A word of honesty:</strong> on very old systems, a flush can expose pinhole",
                        "leaks in radiators that were already rusted through &ndash; the sludge was plugging",
                        "them. We check the radiators beforehand and tell you if any look doubtful.",
                    ),
                ),
            ),
            _section(
                _head("Radiators and valves", 2),
                _text(
                    _p(
                        "We replace old radiators like for like, swap single panels for bigger double panels in",
                        "cold rooms, move radiators to a different wall, and fit heated towel rails and vertical",
                        "designer radiators.",
                    ),
                    _p(
                        "<strong>Thermostatic radiator valves (TRVs)</strong> let you set each room",
                        "separately. The numbers aren't degrees: 3 is roughly 20&deg;C. Don't fit one on the",
                        "radiator in the same room as your wall thermostat, or the two will fight each other.",
                    ),
                    _p(
                        "If the radiators nearest the boiler get hot but the ones at the far end of the house",
                        "don't, the system needs <strong>balancing</strong>: we adjust the lockshield valve on",
                        "each radiator so the hot water is shared out evenly.",
                    ),
                ),
            ),
            _section(
                _head("How to bleed a radiator yourself", 2),
                _text(
                    _p(
                        "Turn the heating off and let the radiators cool. Put a radiator key on the little",
                        "square valve at the top corner, hold a cloth underneath and turn it a quarter turn",
                        "anticlockwise. You'll hear air hiss out; close it as soon as water spits. Then check",
                        "the boiler pressure and top up if it has dropped below 1 bar.",
                    ),
                    _p('For what we charge, see our <a href="/price-guide/">price guide</a>.'),
                ),
            ),
        ]
    ),
)

# ---------------------------------------------------------------- bathrooms, toilets, showers
HTML["/bathrooms-toilets-showers/"] = _page(
    "/bathrooms-toilets-showers/",
    "Bathrooms, Toilets, Taps &amp; Showers",
    "Bathroom plumbing, toilet repairs, tap replacement, mixer showers and shower pumps in Stoke-on-Trent.",
    "\n".join(
        [
            _section(
                _head("Bathrooms, Toilets, Taps &amp; Showers", 1),
                _head("Bathroom refits &ndash; the plumbing side", 2),
                _text(
                    _p(
                        "We strip out the old suite, alter the pipework and waste, and fit your new bath,",
                        "basin, toilet, shower and taps. <strong>We don't do tiling, plastering or",
                        "electrics</strong>, but we work regularly with a local tiler and a local electrician and",
                        "can organise them around our work for you &ndash; or you're welcome to use your own.",
                    ),
                    _p(
                        "The plumbing on a typical bathroom takes us three to four days, plus the tiler's time.",
                        "You can buy the suite yourself (we check it's all there before we start), or we can",
                        "order it through our merchant at trade price.",
                    ),
                ),
            ),
            _section(
                _head("Toilets", 2),
                _text(
                    _p(
                        "A toilet that keeps running, refills every few minutes or trickles into the pan all",
                        "night nearly always has a worn fill valve or a worn flush valve seal. Both are",
                        "normally replaced in under an hour. We also fix toilets leaking at the base, wobbly",
                        "pans, weak flushes and broken handles, and fit new close-coupled, back-to-wall and",
                        "wall-hung toilets.",
                    )
                ),
            ),
            _section(
                _head("Taps", 2),
                _text(
                    _p(
                        "Dripping taps usually need a new washer or ceramic cartridge. If the tap is old or",
                        "the parts are no longer available, we'll replace it &ndash; basin, bath and kitchen",
                        "mixer taps.",
                    )
                ),
            ),
            _section(
                _head("Showers and pumps", 2),
                _text(
                    _p(
                        "We fit and repair thermostatic mixer showers, both exposed bar valves and concealed",
                        "valves.",
                    ),
                    _p(
                        "If you have a hot water cylinder and the shower is a dribble, a <strong>shower",
                        "pump</strong> (we use Salamander and Stuart Turner) boosts the flow. A pump that has",
                        "become noisy, pulses on and off, or runs when nobody's using water is usually failing",
                        "or has an air lock; we replace pumps like for like.",
                    ),
                    _p(
                        "<strong>Electric showers:</strong> we can swap an electric shower like for like on the",
                        "existing supply. A brand-new electric shower needs a new circuit from a qualified",
                        "electrician, which we can arrange.",
                    ),
                ),
                _button("Ask for a bathroom quote", "/get-a-quote/"),
            ),
        ]
    ),
    sidebar=True,
)

# ---------------------------------------------------------------- general plumbing
HTML["/plumbing-repairs-appliances/"] = _page(
    "/plumbing-repairs-appliances/",
    "Outside Taps, Appliances &amp; Plumbing Repairs",
    "Outside taps fitted, washing machines and dishwashers plumbed in, leaks and stopcocks repaired in Stoke-on-Trent.",
    "\n".join(
        [
            _section(
                _head("Outside Taps, Appliances &amp; Plumbing Repairs", 1),
                _head("Outside taps", 2),
                _text(
                    _p(
                        "An outside tap for the hose or the car saves a lot of buckets. We fit every one with a",
                        "<strong>double check valve</strong> (the water regulations require it, so garden water",
                        "can never be sucked back into the mains) and an isolating valve inside the house. Most",
                        "outside taps take one to two hours to fit.",
                    ),
                    _p(
                        "<strong>Before the frosts:</strong> turn off the inside isolating valve, open the",
                        "outside tap to let it drain, and leave it open. Pop an insulated tap cover over it. A",
                        "tap that freezes full of water can split. We can also fit frost-resistant taps.",
                    ),
                ),
            ),
            _section(
                _head("Washing machines, dishwashers and fridges", 2),
                _text(
                    _p(
                        "If there's already a valve and waste where the machine is going, connecting a washing",
                        "machine or dishwasher is quick. If not, we tee into the water supply, fit a new valve",
                        "and run a new waste with a trap &ndash; often straight out through the wall. We also",
                        "plumb in American-style fridge freezers with water and ice dispensers.",
                    ),
                    _p(
                        "We don't repair the appliances themselves; for a faulty machine, call the manufacturer",
                        "or an appliance engineer.",
                    ),
                ),
            ),
            _section(
                _head("Leaks, stopcocks and pipework", 2),
                _text(
                    _p(
                        "We fix leaks under sinks and behind baths, replace stiff or seized stopcocks, fit",
                        "isolating valves, and replace old lead water pipes, which are still found in a lot of",
                        "pre-war houses in the area.",
                    ),
                    _p(
                        "<strong>Banging pipes</strong> when a tap is turned off (water hammer) are usually cured",
                        "by clipping loose pipes or fitting an arrestor.",
                    ),
                    _p(
                        "<strong>Low water pressure?</strong> Ask a neighbour first. If the whole street is",
                        "affected, it's a supply problem for Severn Trent, not your plumbing. If it's just you,",
                        "we'll track down a half-closed stopcock, a blocked valve or a furred-up pipe.",
                    ),
                ),
            ),
        ]
    ),
    sidebar=True,
)

# ---------------------------------------------------------------- gas cookers, fires and CO
HTML["/gas-cookers-fires-carbon-monoxide/"] = _page(
    "/gas-cookers-fires-carbon-monoxide/",
    "Gas Cookers, Gas Fires &amp; Carbon Monoxide Safety",
    "Gas cooker and hob connection, gas fire fitting and servicing, carbon monoxide alarms and safety advice.",
    "\n".join(
        [
            _section(
                _head("Gas Cookers, Gas Fires &amp; Carbon Monoxide", 1),
                _head("Gas cookers and hobs", 2),
                _text(
                    _p(
                        "We connect freestanding cookers, range cookers and built-in gas hobs. A freestanding",
                        "cooker goes on a flexible bayonet hose and must have a stability chain or bracket so it",
                        "can't tip forward if a child leans on the open door; we bring both with us.",
                    ),
                    _p(
                        "<strong>Second-hand cookers:</strong> we're happy to connect a cooker bought from a",
                        "friend or online, but it has to pass our safety checks first (flame picture, ignition,",
                        "flame failure devices and seals). If anything is unsafe we can't connect it &ndash; we'll",
                        "leave it capped off with a warning label and tell you what it would need.",
                    ),
                    _p(
                        "Moving house or replacing the kitchen? We disconnect and cap off cookers safely, and",
                        "can extend the gas pipe if the cooker is moving to a new position.",
                    ),
                ),
            ),
            _section(
                _head("Gas fires", 2),
                _text(
                    _p(
                        "We fit new gas fires, service existing ones, and disconnect and remove fires you no",
                        "longer want. Every fire we fit or service gets a flue flow test and a spillage test to",
                        "make sure fumes are going up the chimney, not into the room. We don't fit wood burners",
                        "or solid fuel stoves, and we don't sweep chimneys.",
                    )
                ),
            ),
            _section(
                _head("Carbon monoxide: what you need to know", 2),
                _text(
                    _p(
                        "Carbon monoxide (CO) has no smell, taste or colour. It's produced when gas doesn't burn",
                        "properly, usually because an appliance is faulty or a flue is blocked. Watch for",
                        "headaches, dizziness, sickness, tiredness and breathlessness &ndash; especially if",
                        "several people in the house feel the same, and everyone feels better once outside.",
                    ),
                    _p(
                        "<strong>Where to fit an alarm:</strong> in every room with a gas appliance, 1 to 3",
                        "metres away from it, either on the ceiling at least 30cm from any wall or high up on a",
                        "wall above the top of doors and windows. Test it monthly with the button and replace it",
                        "by the date on the back, usually after 7 to 10 years.",
                    ),
                    _p(
                        "<strong>If your CO alarm goes off:</strong> open doors and windows, turn off gas",
                        "appliances, and get everyone out into the fresh air. Call the National Gas Emergency",
                        "Service on 0800 111 999. If anyone has symptoms, get medical advice from NHS 111, or",
                        "ring 999 if they are seriously unwell. Don't use the appliance again until a Gas Safe",
                        "engineer has checked it.",
                    ),
                    _p(
                        "A single short chirp every minute or so, rather than a loud continuous alarm, usually",
                        "means the battery is low or the alarm has reached the end of its life.",
                    ),
                ),
            ),
        ]
    ),
    sidebar=True,
)

# ---------------------------------------------------------------- landlords
HTML["/landlord-gas-safety-certificates/"] = _page(
    "/landlord-gas-safety-certificates/",
    "Landlord Gas Safety Certificates (CP12)",
    "Landlord gas safety records (CP12) in Stoke-on-Trent. We arrange access with tenants and email the"
    " certificate the same day.",
    "\n".join(
        [
            _section(
                _head("Landlord Gas Safety Certificates", 1),
                _text(
                    _p(
                        "Under the Gas Safety (Installation and Use) Regulations 1998, every gas appliance, flue",
                        "and pipe you provide in a rented home must be checked <strong>every 12 months</strong> by",
                        "a Gas Safe registered engineer. The record of that check is the landlord gas safety",
                        "record, still usually called a CP12.",
                    ),
                    _p(
                        "You must give a copy to existing tenants within 28 days of the check, give new tenants",
                        "a copy before they move in, and keep each record for at least two years. You can have",
                        "the check done up to two months before the old one runs out and still keep the same",
                        "renewal date.",
                    ),
                ),
            ),
            _section(
                _head("How we make it easy", 2),
                _text(
                    "<ul>\n"
                    "<li>We contact your tenants directly to arrange a time</li>\n"
                    "<li>The certificate is emailed to you the same day</li>\n"
                    "<li>We remind you two months before the next one is due</li>\n"
                    "<li>Letting agents and landlords with several properties can open a monthly account</li>\n"
                    "</ul>",
                    _p(
                        "If an appliance is found to be dangerous, we must (with the tenant's permission) turn",
                        "it off and label it, and we'll quote you for the repair the same day.",
                    ),
                ),
            ),
            _section(
                _head("Landlord prices", 2),
                _table(
                    [
                        ["Service", "Price"],
                        ["Gas safety certificate, one appliance (boiler)", "£65"],
                        ["Each additional appliance (hob, cooker, fire)", "£15"],
                        ["Gas safety certificate and boiler service together", "£110"],
                        ["Three or more properties booked together", "£58 per certificate"],
                        ["Tenant not in for a booked visit (first rebook free)", "£30"],
                    ],
                    caption="All prices include VAT.",
                ),
                _text(
                    _p(
                        "Please note we are gas and plumbing engineers only: we don't carry out electrical",
                        "safety reports (EICRs) or energy performance certificates.",
                    )
                ),
                _button("Book a gas safety check", "/get-a-quote/"),
            ),
        ]
    ),
    sidebar=True,
)

# ---------------------------------------------------------------- prices
HTML["/price-guide/"] = _page(
    "/price-guide/",
    "Price Guide &amp; Call-Out Charges",
    "Our labour rates, call-out charges and fixed prices for common plumbing and heating jobs in Stoke-on-Trent.",
    "\n".join(
        [
            _section(
                _head("Price Guide &amp; Call-Out Charges", 1),
                _text(
                    _p(
                        "No nasty surprises: we tell you the price before we pick up a spanner. All prices",
                        "include VAT at 20%. There's no separate call-out fee &ndash; the first hour covers our",
                        "travel and the first hour on site, and after that labour is charged by the half hour.",
                    )
                ),
            ),
            _section(
                _head("Labour rates", 2),
                _table(
                    [
                        ["When", "First hour (includes call-out)", "Each extra half hour"],
                        ["Mon&ndash;Fri 8am&ndash;5.30pm and Saturday 8.30am&ndash;1pm", "£70", "£30"],
                        ["Weekday evenings 5.30pm&ndash;10pm, Saturday afternoons and Sundays", "£110", "£45"],
                        ["Bank holidays", "£140", "£55"],
                    ]
                ),
                _text(
                    _p(
                        "Parts used on repairs are charged at our merchant price plus 15% and listed on your",
                        "invoice.",
                    )
                ),
            ),
            _section(
                _head("Fixed prices for common jobs", 2),
                _table(
                    [
                        ["Job", "Price"],
                        ["Boiler service (any make of gas boiler)", "£85"],
                        ["Gas fire service", "£65"],
                        ["Boiler and gas fire service on the same visit", "£120"],
                        ["Powerflush, up to 8 radiators", "£450"],
                        ["Each radiator over 8 (powerflush)", "£25"],
                        ["Magnetic system filter, supplied and fitted", "£165"],
                        ["Thermostatic radiator valve, supplied and fitted (each)", "£45"],
                        ["Replace a radiator like for like (up to 1200mm double panel)", "from £210"],
                        ["Outside tap, supplied and fitted", "£120"],
                        ["Washing machine or dishwasher connected (existing valve and waste)", "£60"],
                        ["New appliance valve and waste", "from £130"],
                        ["Gas cooker connected (hose and stability chain supplied)", "£75"],
                        ["Gas hob connected", "£85"],
                        ["Carbon monoxide alarm, supplied and fitted", "£35"],
                        ["Toilet fill valve or flush valve replaced", "£95"],
                        ["Shower pump replaced (labour only)", "from £140"],
                    ]
                ),
                _text(
                    _p(
                        'New boilers and conversions are priced on the <a href="/new-boilers/">new boilers</a>',
                        'page, and landlord certificates on the <a href="/landlord-gas-safety-certificates/">',
                        "landlords</a> page.",
                    )
                ),
                _button("Book now", "/get-a-quote/"),
            ),
        ]
    ),
)

# ---------------------------------------------------------------- payment and guarantees
HTML["/payment-guarantees/"] = _page(
    "/payment-guarantees/",
    "Paying Us &amp; Our Guarantees",
    "How to pay, boiler finance, and the guarantees on our workmanship and new boilers.",
    "\n".join(
        [
            _section(
                _head("Paying Us", 1),
                _text(
                    _p(
                        "We take debit and credit cards (Visa, Mastercard and American Express) on the card",
                        "reader in the van, Apple Pay and Google Pay, bank transfer and cash. We don't take",
                        "cheques.",
                    ),
                    _p(
                        "For repairs and small jobs you pay when the job is finished; we email the invoice before",
                        "we leave. For boiler installations, conversions and bathrooms we take a",
                        "<strong>20% deposit</strong> to secure your date, with the balance due on the day the",
                        "work is completed. Landlords and letting agents with an account pay within 14 days of",
                        "the invoice.",
                    ),
                ),
            ),
            _section(
                _head("Spreading the cost of a new boiler", 2),
                _text(
                    _p(
                        "New boilers and conversions can be paid for monthly. Choose <strong>0% interest over",
                        "12 months</strong> (minimum spend £1,500 with a 10% deposit), or spread the cost over",
                        "2 to 10 years at 9.9% APR representative. Applying online takes about ten minutes once",
                        "you have your quote, and you'll usually get a decision straight away.",
                    ),
                    _p(
                        "<span style='font-size: 13px;'>Kiln Lane Plumbing &amp; Heating Ltd acts as a credit",
                        "broker, not a lender. Finance is subject to status and available to UK residents aged",
                        "18 and over.</span>",
                    ),
                ),
            ),
            _section(
                _head("Our Guarantees", 1),
                _text(
                    _p(
                        "<strong>Repairs and plumbing:</strong> all our work carries a 12-month workmanship",
                        "guarantee. Parts we supply also carry the manufacturer's own warranty, usually 12",
                        "months and sometimes longer.",
                    ),
                    _p(
                        "<strong>New boilers:</strong> because we are accredited installers, we can offer longer",
                        "manufacturer warranties than a non-accredited fitter:",
                    ),
                    "<ul>\n"
                    "<li>Worcester Bosch Greenstar 4000 &ndash; up to <strong>10 years</strong> when fitted"
                    " with a Worcester system filter</li>\n"
                    "<li>Vaillant ecoTEC plus &ndash; up to <strong>10 years</strong> through the Vaillant"
                    " Advance scheme</li>\n"
                    "<li>Ideal Logic+ &ndash; <strong>7 years</strong></li>\n"
                    "</ul>",
                    _p(
                        "We register the warranty for you within 30 days. To keep it valid the boiler must be",
                        "serviced every 12 months by a Gas Safe registered engineer, so keep your service",
                        "records. On top of the manufacturer's cover, our own installation work on a new boiler",
                        "is guaranteed for two years.",
                    ),
                    _p(
                        "<strong>Something not right?</strong> Ring the office and we'll come back within two",
                        "working days to put any guarantee issue right, free of charge.",
                    ),
                ),
            ),
        ]
    ),
    sidebar=True,
)

# ---------------------------------------------------------------- about
HTML["/about-us/"] = _page(
    "/about-us/",
    "About Us &ndash; Our Team &amp; Gas Safe Registration",
    "Meet the Kiln Lane team: Gas Safe registered engineers based in Fenton, Stoke-on-Trent.",
    "\n".join(
        [
            _section(
                _head("About Kiln Lane Plumbing &amp; Heating", 1),
                _text(
                    _p(
                        "Darren Mountford started Kiln Lane in 2009, after twelve years as a heating engineer",
                        "for one of the big energy companies. The name comes from the lane in Fenton where his",
                        "granddad worked at a bottle kiln. We've grown to two vans and four people, and we still",
                        "work from a small unit on Dewsbury Road, five minutes from the A50.",
                    )
                ),
            ),
            _section(
                _head("The team", 2),
                cols=[
                    [
                        _text(
                            _p("<strong>Darren Mountford</strong> &ndash; owner and gas engineer"),
                            _p(
                                "Darren does most of the boiler installations and conversions. Gas Safe licence",
                                "number 4011873.",
                                size=15,
                            ),
                            _p("<strong>Josh Tunnicliffe</strong> &ndash; heating engineer"),
                            _p(
                                "Josh runs the second van, covering repairs, servicing and landlord checks. Gas",
                                "Safe registered since 2018, licence number 7104526.",
                                size=15,
                            ),
                        )
                    ],
                    [
                        _text(
                            _p("<strong>Lisa Mountford</strong> &ndash; office and bookings"),
                            _p(
                                "Lisa is the voice on the phone: bookings, quotes, invoices and keeping the",
                                "diary in order.",
                                size=15,
                            ),
                            _p("<strong>Kieran Bailey</strong> &ndash; apprentice plumber"),
                            _p(
                                "Kieran is studying his Level 3 at Stoke on Trent College and works alongside",
                                "Josh. He never carries out gas work unsupervised.",
                                size=15,
                            ),
                        )
                    ],
                ],
            ),
            _section(
                _head("Gas Safe registered &ndash; how to check", 2),
                _text(
                    _p(
                        "By law anyone working on gas appliances must be on the Gas Safe Register. Our company",
                        "registration number is <strong>561204</strong>. Every engineer carries a Gas Safe ID",
                        "card with their photo, licence number and the types of gas work they are qualified to",
                        "do (for example boilers, cookers or fires). Ask to see it &ndash; we won't mind &ndash;",
                        "and check it on the Gas Safe Register website or by calling them on 0800 408 5500.",
                    ),
                    _p(
                        "We're also WaterSafe approved plumbers, carry £5 million public liability insurance,",
                        "and everyone who comes into your home is DBS checked. Look out for our white Ford",
                        "Transit Customs with the blue flame logo.",
                    ),
                    _p(
                        "Off the tools, we're proud sponsors of Fenton Town under-11s.",
                    ),
                ),
            ),
        ]
    ),
    sidebar=True,
)

# ---------------------------------------------------------------- reviews
_REVIEWS = [
    (
        "Pipe burst in the loft on a Sunday night. Rang at 8pm, Darren was here by nine, water off, pipe"
        " fixed and he even helped us shift the wet boxes. Can't thank him enough.",
        "Mark, Blurton &ndash; emergency leak",
    ),
    (
        "Had our 1970s back boiler ripped out and a Worcester combi put in the kitchen. Three days, exactly as"
        " promised, and they hoovered up every day before they left.",
        "Jean, Birches Head &ndash; back boiler conversion",
    ),
    (
        "Josh does the gas certificates on all five of my flats. Sorts access with the tenants himself and the"
        " certificates are in my inbox the same afternoon.",
        "Aftab, landlord, Shelton",
    ),
    (
        "Noisy shower pump replaced the same week I rang. Fair price, explained everything.",
        "Kelly, Kidsgrove &ndash; shower pump",
    ),
    (
        "Radiators downstairs were never warm. Powerflush and a couple of new valves and the house is toasty."
        " Only downside was no heating for the day, but they did warn us.",
        "Dan, Hartshill &ndash; powerflush",
    ),
    (
        "Cooker connected and an extra CO alarm fitted for my mum. Kieran the apprentice was a credit to them.",
        "Sue, Longton &ndash; cooker connection",
    ),
]

HTML["/reviews/"] = _page(
    "/reviews/",
    "Customer Reviews",
    "Reviews of Kiln Lane Plumbing &amp; Heating from customers in Stoke-on-Trent and Newcastle-under-Lyme.",
    "\n".join(
        [
            _section(
                _head("What Our Customers Say", 1),
                _text(
                    _p(
                        "We're rated <strong>4.9 out of 5 on Google</strong> from 212 reviews, and",
                        "<strong>9.8 out of 10 on Checkatrade</strong> from 146 reviews. Most of our work comes",
                        "from word of mouth, and we read every review &ndash; good and bad.",
                    )
                ),
            ),
            _section(
                *[
                    _text(
                        _p("&#9733;&#9733;&#9733;&#9733;&#9733;", color="#f2a900"),
                        _p(f"<em>&ldquo;{quote}&rdquo;</em>"),
                        _p(f"&ndash; {who}", size=14, color="#6b6b6b"),
                    )
                    for quote, who in _REVIEWS
                ],
                cls="diyfeTestimonials",
            ),
            _section(
                _text(
                    _p(
                        "Had work done by us? We'd love to hear how it went.",
                        '<a href="https://g.page/r/kilnlaneplumbing/review" target="_blank" rel="noopener">',
                        "Leave us a Google review</a>.",
                    )
                ),
            ),
        ]
    ),
)

# ---------------------------------------------------------------- areas
HTML["/areas-we-cover/"] = _page(
    "/areas-we-cover/",
    "Areas We Cover",
    "Plumbing and heating across Stoke-on-Trent, Newcastle-under-Lyme, Kidsgrove, Stone and the Staffordshire"
    " Moorlands.",
    "\n".join(
        [
            _section(
                _head("Areas We Cover", 1),
                _text(
                    _p(
                        "We're based in Fenton and most of our work is within about ten miles of the yard.",
                        "Keeping our area tight is how we get to emergencies quickly.",
                    )
                ),
            ),
            _section(
                cols=[
                    [
                        _head("Our main area &ndash; no travel charge", 2),
                        _text(
                            _p(
                                "All six towns &ndash; Tunstall, Burslem, Hanley, Stoke, Fenton and Longton &ndash;",
                                "plus Meir, Bucknall, Bentilee, Abbey Hulton, Birches Head, Blurton, Trentham,",
                                "Hartshill, Shelton, Etruria, Newcastle-under-Lyme, Wolstanton, Porthill,",
                                "Silverdale, Kidsgrove, Blythe Bridge, Werrington, Barlaston and Stone.",
                            )
                        ),
                    ],
                    [
                        _head("Further afield &ndash; £15 travel charge", 2),
                        _text(
                            _p(
                                "Leek, Cheadle, Biddulph, Uttoxeter, Eccleshall, Audley, Madeley and Alsager. A",
                                "£15 travel charge is added per visit for repairs, servicing and small jobs.",
                            )
                        ),
                    ],
                ]
            ),
            _section(
                _head("New boilers and bathrooms", 2),
                _text(
                    _p(
                        "For boiler installations, conversions and bathroom refits we'll travel up to 25 miles",
                        "from Fenton with no travel charge.",
                    ),
                    _p(
                        "We're not able to cover Stafford, Crewe, Congleton or Derby for emergencies or repairs",
                        "&ndash; it's simply too far to get back quickly to our regular customers.",
                    ),
                ),
                _text(
                    '<p><img src="/s/cc_images/cache_area_map_st_postcodes.png?t=1709127705" alt="Map of'
                    ' the ST postcode areas we cover around Stoke-on-Trent" width="640" height="420"></p>'
                ),
            ),
        ]
    ),
    sidebar=True,
)

# ---------------------------------------------------------------- hours
HTML["/opening-hours/"] = _page(
    "/opening-hours/",
    "Opening Hours, Bank Holidays &amp; Christmas",
    "Office hours, emergency line hours, bank holiday and Christmas opening for Kiln Lane Plumbing &amp; Heating.",
    "\n".join(
        [
            _section(
                _head("Opening Hours", 1),
                _table(
                    [
                        ["", "Office and booked work", "Emergency line"],
                        ["Monday to Friday", "8am &ndash; 5.30pm", "7am &ndash; 10pm"],
                        ["Saturday", "8.30am &ndash; 1pm (servicing and small jobs)", "7am &ndash; 10pm"],
                        ["Sunday", "Closed", "7am &ndash; 10pm"],
                        ["Bank holidays", "Closed", "8am &ndash; 8pm"],
                    ]
                ),
                _text(
                    _p(
                        "Between 10pm and 7am we don't attend call-outs. If something happens overnight, use",
                        'the steps on our <a href="/emergency-plumber/">emergencies</a> page to make things',
                        "safe, and ring the emergency line from 7am.",
                    )
                ),
            ),
            _section(
                _head("Bank holidays", 2),
                _text(
                    _p(
                        "On all bank holidays &ndash; including Good Friday, Easter Monday, the May and August",
                        "bank holidays &ndash; we don't do booked work, but the emergency line is open from",
                        "8am to 8pm for leaks, bursts and breakdowns. Bank holiday rates apply.",
                    )
                ),
            ),
            _section(
                _head("Christmas and New Year", 2),
                _text(
                    _p(
                        "On <strong>Christmas Day and Boxing Day</strong> the emergency line is open 9am to 4pm,",
                        "for households with no heating or hot water where someone is elderly, disabled, unwell",
                        "or there's a young baby. New Year's Day is treated like any other bank holiday.",
                    ),
                    _p(
                        "On the working days between Christmas and New Year we're open as normal &ndash; it's",
                        "one of our busiest weeks for breakdowns, so book servicing before December if you can.",
                    ),
                ),
            ),
            _section(
                _head("Holidays", 2),
                _text(
                    _p(
                        "We never close both vans at once. When one of the engineers is on holiday the other",
                        "is still working, so there's always someone covering.",
                    )
                ),
            ),
        ]
    ),
    sidebar=True,
)

# ---------------------------------------------------------------- FAQ
HTML["/faq/"] = _page(
    "/faq/",
    "Frequently Asked Questions",
    "Answers to common questions about Kiln Lane Plumbing &amp; Heating.",
    "\n".join(
        [
            _section(
                _head("Frequently Asked Questions", 1),
                _text(_p("Click a question to see the answer. Can't find what you need? Give Lisa a ring.")),
            ),
            _section(
                _collapsible(
                    "Do you work on oil or LPG boilers?",
                    _p(
                        "No &ndash; we work on mains (natural) gas only. Plenty of homes out towards Cheadle and",
                        "the Moorlands are off the gas grid. For an oil boiler you need an OFTEC registered",
                        "technician, and for LPG an engineer whose Gas Safe card shows LPG qualifications.",
                    ),
                ),
                _collapsible(
                    "Do you give a discount to pensioners?",
                    _p(
                        "Yes. Customers aged 65 and over get 10% off labour on weekday repairs and servicing.",
                        "Just mention it when you book.",
                    ),
                ),
                _collapsible(
                    "Will you look after my carpets?",
                    _p(
                        "Always. We put dust sheets down from the door to where we're working and wear shoe",
                        "covers, and we clear up before we leave.",
                    ),
                ),
                _collapsible(
                    "Do you unblock drains?",
                    _p(
                        "We'll clear a blocked sink, bath or basin by taking the trap apart, charged at our",
                        "normal hourly rate. We don't clear outside drains or sewers &ndash; for those you need",
                        "a drainage company, or Severn Trent if the drain is shared with neighbours.",
                    ),
                ),
                _collapsible(
                    "Does someone need to be at home?",
                    _p(
                        "An adult aged 18 or over needs to be in for any gas work. For landlords' properties we",
                        "can collect and return keys from the letting agent.",
                    ),
                ),
                _collapsible(
                    "Do you do commercial work?",
                    _p(
                        "Yes, for small shops, offices, salons and cafés with domestic-sized boilers and water",
                        "heaters. We don't work on commercial catering equipment or boilers over 70kW.",
                    ),
                ),
                _collapsible(
                    "Where will you park?",
                    _p(
                        "We need to park close to the house as we carry heavy tools &ndash; the van is 5.3 metres",
                        "long. If you live in a permit parking zone, such as around Hanley centre or Shelton,",
                        "please have a visitor permit ready; any parking charges we have to pay are added to",
                        "the bill.",
                    ),
                ),
                _collapsible(
                    "Will you fit taps or a toilet I've bought myself?",
                    _p(
                        "Yes, for taps, toilets, showers and radiators. We only guarantee our fitting, not the",
                        "part itself. We won't fit a boiler or gas appliance that a customer has bought online.",
                    ),
                ),
                _collapsible(
                    "I've got a dog &ndash; is that a problem?",
                    _p(
                        "Not at all, we love dogs! Please keep pets in another room while we work, especially",
                        "when the front door is open for us carrying things in and out.",
                    ),
                ),
                cls="faq-list",
            ),
        ]
    ),
    sidebar=True,
)

# ---------------------------------------------------------------- quote and booking
_FORM = """<div class="n module-type-formular module-container" id="module_4811990">
<form class="cc-m-form" action="#" method="post" id="cc-m-form-4811990">
<div class="cc-m-form-view-sortable">
<div class="cc-m-form-element"><label for="f-name">Your name *</label>
<input type="text" id="f-name" name="name" required></div>
<div class="cc-m-form-element"><label for="f-phone">Phone number *</label>
<input type="tel" id="f-phone" name="phone" required></div>
<div class="cc-m-form-element"><label for="f-email">Email</label>
<input type="email" id="f-email" name="email"></div>
<div class="cc-m-form-element"><label for="f-postcode">Postcode *</label>
<input type="text" id="f-postcode" name="postcode" required></div>
<div class="cc-m-form-element"><label for="f-job">What do you need?</label>
<select id="f-job" name="job">
<option>Boiler repair</option><option>Boiler service</option><option>New boiler / conversion</option>
<option>Bathroom</option><option>Plumbing job</option><option>Landlord gas certificate</option>
<option>Something else</option>
</select></div>
<div class="cc-m-form-element"><label for="f-msg">Tell us a bit more</label>
<textarea id="f-msg" name="message" rows="5"></textarea></div>
<div class="cc-m-form-element cc-m-form-checkbox"><input type="checkbox" id="f-consent" name="consent" required>
<label for="f-consent">I agree to my details being used to reply to my enquiry.</label></div>
<div class="cc-m-form-submit"><input type="submit" value="Send enquiry" class="cc-btn-primary"></div>
</div>
</form>
</div>"""

HTML["/get-a-quote/"] = _page(
    "/get-a-quote/",
    "Get a Quote &amp; Book",
    "Get a free quote for a new boiler or bathroom, book a repair or service, and our booking and cancellation policy.",
    "\n".join(
        [
            _section(
                _head("Get a Quote &amp; Book", 1),
                _head("Small jobs and repairs", 2),
                _text(
                    _p(
                        "For most small jobs we can give you a fixed price over the phone, or from a couple of",
                        "photos sent on WhatsApp to 07791 335 602. For breakdowns we'll tell you the labour rate",
                        "up front and a price for parts once we've found the fault.",
                    )
                ),
            ),
            _section(
                _head("New boilers, conversions and bathrooms", 2),
                _text(
                    _p(
                        "These need a <strong>free, no-obligation survey</strong>, and you can choose how:",
                    ),
                    "<ul>\n"
                    "<li><strong>Home survey</strong> &ndash; Darren visits, Monday to Saturday, and it takes"
                    " about 45 minutes.</li>\n"
                    "<li><strong>Video survey</strong> &ndash; a 20-minute WhatsApp video call. We'll ask you"
                    " to show us the boiler, the flue outside, the gas meter and the airing cupboard.</li>\n"
                    "</ul>",
                    _p(
                        "Your written, fixed quote is emailed within two working days and is valid for 60 days.",
                        "There's no pressure and no follow-up sales calls.",
                    ),
                ),
            ),
            _section(
                _head("Booking and cancellations", 2),
                _text(
                    _p(
                        "We book visits in a morning slot (8am to 12 noon) or an afternoon slot (12 noon to",
                        "5pm), and the engineer texts you about 30 minutes before arriving.",
                    ),
                    _p(
                        "Need to change your appointment? That's free as long as you give us <strong>24 hours'",
                        "notice</strong>. If you cancel with less notice, or nobody is home when we arrive, we",
                        "charge a £35 wasted-visit fee.",
                    ),
                    _p(
                        "For boiler installations, your deposit is refunded in full if you cancel more than",
                        "seven days before the fitting date. Inside seven days we may keep up to £150 to cover",
                        "parts already ordered.",
                    ),
                ),
            ),
            _section(
                _head("Send us a message", 2),
                _FORM,
                cls="diyfeFormSection",
            ),
        ]
    ),
    sidebar=True,
)

QUESTIONS = [
    (
        "Water's coming through the kitchen ceiling from the bathroom upstairs!! what do I do till you get here",
        "/emergency-plumber/",
    ),
    ("No heating or hot water and I've got a 6 month old baby, can someone come out today?", "/emergency-plumber/"),
    ("How much do you charge to come out on a Sunday evening?", "/price-guide/"),
    ("roughly what would a power flush cost, 3 bed semi with 9 radiators", "/price-guide/"),
    (
        "My boiler keeps losing pressure, the needle's nearly down to zero. Can I top it up myself or do I need you?",
        "/boiler-repairs-servicing/",
    ),
    (
        "what actually gets done in a boiler service? last bloke was in and out in 20 mins and i felt a bit robbed",
        "/boiler-repairs-servicing/",
    ),
    (
        "Our Baxi combi is about 15 years old and we're thinking of just swapping it for a new one in the same spot."
        " Ballpark cost, and how long would we be without hot water?",
        "/new-boilers/",
    ),
    (
        "Mum's house still has the old boiler behind the gas fire in the front room and a hot water tank in the"
        " airing cupboard. She wants rid of the lot and a modern boiler put in. How many days is that job?",
        "/back-boiler-removal-combi-conversions/",
    ),
    (
        "radiators are red hot at the top but freezing at the bottom and the boiler bangs like a kettle",
        "/powerflushing-radiators/",
    ),
    (
        "Could you fit a new bathroom suite and do the tiling as well, or would I need to get someone else in",
        "/bathrooms-toilets-showers/",
    ),
    ("toilet keeps filling up and trickling into the bowl all night, can you sort it", "/bathrooms-toilets-showers/"),
    (
        "I'd like a tap on the outside wall for the hosepipe. Is there anything I need to do with it in the winter?",
        "/plumbing-repairs-appliances/",
    ),
    (
        "we got a second hand gas cooker off facebook marketplace, will you connect it for us",
        "/gas-cookers-fires-carbon-monoxide/",
    ),
    (
        "The carbon monoxide alarm went off in the night and we've all woken up with headaches, what should we do",
        "/gas-cookers-fires-carbon-monoxide/",
    ),
    (
        "I've got 3 rental houses in Longton that all need their gas safety certs doing, what will that cost me?",
        "/landlord-gas-safety-certificates/",
    ),
    ("how long is the guarantee on a new worcester boiler", "/payment-guarantees/"),
    (
        "Can't afford to pay for a new boiler all in one go - is there any way of spreading the cost?",
        "/payment-guarantees/",
    ),
    ("Are you open Easter Monday", "/opening-hours/"),
    ("Do you come out as far as Leek? Is it extra?", "/areas-we-cover/"),
    ("How do I know your engineer is actually gas safe registered? whats your number", "/about-us/"),
    ("what's your rating on google, how many reveiws have you got", "/reviews/"),
    ("how do I get a price for a new combi, do you have to come round and look at it?", "/get-a-quote/"),
    ("If I need to cancel my appointment tomorrow will I be charged", "/get-a-quote/"),
    ("do you work on oil boilers? we're out in the sticks past Cheadle", "/faq/"),
    ("I'm 72 - do you do any discount for pensioners?", "/faq/"),
]

OUT_OF_SCOPE = [
    "Do you install air source heat pumps?",
    "Could you put underfloor heating in our new kitchen extension?",
    "Can you get me a free boiler through the ECO4 grant scheme?",
    "Do you fit water softeners? Our kettle is always furred up",
    "Have you got any jobs going for a qualified plumber?",
    "Do you sell a monthly boiler cover plan like British Gas HomeCare?",
    "What time does the Potteries Centre shut on a Sunday?",
    "did Stoke win last night",
]
