"""An evaluation site: Fernleigh Gardens & Landscapes, a garden maintenance and landscaping firm near Farnham (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a Jimdo website builder
site (jtpl-main template, cc-nav navigation, j-module / j-text / j-header / cc-m-textwithimage modules,
jtpl-footer).
"""

import itertools

NAME = "Fernleigh Gardens & Landscapes"

_IDS = itertools.count(9_184_201)

_NAV = [
    ("/", "Home", []),
    (
        "/garden-maintenance/",
        "Garden Maintenance",
        [
            ("/garden-maintenance/", "Regular Maintenance"),
            ("/hedge-cutting/", "Hedge Cutting"),
            ("/lawn-care/", "Lawn Care &amp; Turfing"),
            ("/tree-work/", "Trees &amp; TPOs"),
            ("/green-waste/", "Green Waste Removal"),
        ],
    ),
    (
        "/patios-paving/",
        "Landscaping",
        [
            ("/patios-paving/", "Patios &amp; Paving"),
            ("/fencing/", "Fencing &amp; Gates"),
            ("/garden-design/", "Garden Design"),
        ],
    ),
    (
        "/prices/",
        "Prices &amp; Quotes",
        [
            ("/prices/", "Price Guide"),
            ("/quotes/", "Getting a Quote"),
            ("/payment/", "Paying Us"),
            ("/guarantees/", "Guarantees"),
            ("/terms/", "Bookings &amp; Cancellations"),
        ],
    ),
    ("/areas-covered/", "Areas We Cover", []),
    ("/about-us/", "About Us", []),
    ("/faq/", "FAQ", []),
    ("/contact/", "Contact", []),
]


def _nav(current):
    items = []
    for href, label, children in _NAV:
        kids = [h for h, _ in children]
        cls = "cc-nav-current" if current == href or current in kids else "cc-nav-level-0-item"
        if children:
            cls += " j-nav-has-children"
        sub = ""
        if children:
            subitems = "\n".join(
                f'<li class="{"cc-nav-current " if h == current else ""}cc-nav-level-1-item">'
                f'<a href="{h}" class="level_1"><span>{lab}</span></a></li>'
                for h, lab in children
            )
            sub = f'\n<ul class="cc-nav-level-1 j-nav-level-1">\n{subitems}\n</ul>'
        items.append(f'<li class="{cls}"><a href="{href}" class="level_0"><span>{label}</span></a>{sub}</li>')
    return "\n".join(items)


def _text(html):
    return f"""<div id="cc-m-{next(_IDS)}" class="j-module n j-text">
{html}
</div>"""


def _header(text, level=2):
    return f"""<div id="cc-m-{next(_IDS)}" class="j-module n j-header">
<h{level} class="" id="cc-m-header-{next(_IDS)}">{text}</h{level}>
</div>"""


def _textimg(img, alt, html):
    mid = next(_IDS)
    return f"""<div id="cc-m-{mid}" class="j-module n j-textWithImage">
<div class="cc-m-textwithimage">
<figure class="cc-imagewrapper cc-m-image-align-1">
<img srcset="/s/cc_images/{img}?t=1681223 1x" src="/s/cc_images/{img}" alt="{alt}" id="cc-m-textwithimage-image-{mid}">
</figure>
<div class="cc-m-textwithimage-inline-rte" id="cc-m-textwithimage-{mid}">
{html}
</div>
<div class="cc-clear"></div>
</div>
</div>"""


def _cta(label="Request a free quote", href="/quotes/"):
    return f"""<div id="cc-m-{next(_IDS)}" class="j-module n j-callToAction">
<div class="j-calltoaction-wrapper j-calltoaction-align-2">
<a class="j-calltoaction-link j-calltoaction-link-style-1" data-action="button" href="{href}">{label}</a>
</div>
</div>"""


def _accordion(items):
    out = []
    for q, a in items:
        out.append(
            f"""<div class="accordion-item">
<button class="accordion-toggle" aria-expanded="false">{q}</button>
<div class="accordion-panel" hidden>
{a}
</div>
</div>"""
        )
    body = "\n".join(out)
    return f"""<div id="cc-m-{next(_IDS)}" class="j-module n j-htmlCode">
<div class="accordion">
{body}
</div>
</div>"""


_REVIEWS = """<div id="cc-m-sidebar-reviews" class="j-module n j-text j-sidebar-reviews">
<h3>What our customers say</h3>
<blockquote class="review"><p>&ldquo;Sam and Josh have looked after our garden for three years now.
Always tidy, always on time and they take everything away.&rdquo;</p>
<cite>&ndash; Margaret, Wrecclesham &#9733;&#9733;&#9733;&#9733;&#9733;</cite></blockquote>
<blockquote class="review"><p>&ldquo;Our new sandstone patio is stunning. Dan's team kept us updated every
day and left the place spotless.&rdquo;</p>
<cite>&ndash; Raj &amp; Priya, Tilford &#9733;&#9733;&#9733;&#9733;&#9733;</cite></blockquote>
<blockquote class="review"><p>&ldquo;Honest advice about our conifers &ndash; they talked us out of
something that would have killed them!&rdquo;</p>
<cite>&ndash; Peter G., Frensham &#9733;&#9733;&#9733;&#9733;&#9733;</cite></blockquote>
<p><a href="https://www.facebook.com/fernleighgardens/reviews" target="_blank" rel="noopener">Read all
127 reviews on Facebook</a></p>
</div>"""

_SIDEBAR = (
    """<div class="jtpl-sidebar">
<div id="cc-m-sidebar-call" class="j-module n j-text">
<h3>Need a gardener?</h3>
<p>Call the office on <a href="tel:01252719406">01252 719406</a> or
<a href="/quotes/">ask for a quote online</a>.</p>
</div>
"""
    + _REVIEWS
    + "\n</div>"
)


def _page(path, title, body, sidebar=False, description=""):
    desc = description or f"{title} - Fernleigh Gardens &amp; Landscapes, garden care and landscaping near Farnham."
    side = _SIDEBAR if sidebar else ""
    layout = "jtpl-content-with-sidebar" if sidebar else "jtpl-content-full"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title} | Fernleigh Gardens &amp; Landscapes</title>
<meta name="description" content="{desc}">
<meta name="robots" content="index, follow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Jimdo Creator">
<meta property="og:title" content="{title} | Fernleigh Gardens &amp; Landscapes">
<meta property="og:site_name" content="Fernleigh Gardens &amp; Landscapes">
<link rel="canonical" href="https://www.fernleighgardens.co.uk{path}">
<link rel="shortcut icon" href="/s/misc/favicon.png">
<link href="/s/style/layout.css?1681223" rel="stylesheet" type="text/css" id="jimdo_layout_css">
<link href="/s/style/font.css?1681223" rel="stylesheet" type="text/css" id="jimdo_font_css">
<link href="/s/style/main.css?1681223" rel="stylesheet" type="text/css" id="jimdo_main_css">
<script>var jimdoData = {{"isCheckoutEnabled": false, "pageType": "page", "websiteId": "s8f31a20c"}};</script>
</head>
<body class="body cc-page cc-pagemode-default cc-content-parent" id="page-{2_961_044_000 + len(path) * 37}">
<div id="cc-inner" class="cc-content-parent">
<div class="jtpl-main cc-content-parent">
<div class="jtpl-background-area" background-area=""></div>
<header class="jtpl-header">
<div class="jtpl-topbar">
<div class="jtpl-topbar__inner">
<span class="jtpl-topbar__phone"><a href="tel:01252719406">01252 719406</a></span>
<span class="jtpl-topbar__email"><a href="mailto:hello@fernleighgardens.co.uk">hello@fernleighgardens.co.uk</a></span>
<a class="jtpl-topbar__cta" href="/quotes/">Free quote</a>
</div>
</div>
<div class="jtpl-logo">
<div id="cc-website-logo" class="cc-single-module-element">
<div id="cc-m-{next(_IDS)}" class="j-module n j-imageSubtitle">
<a href="/"><img src="/s/cc_images/fernleigh_logo.png" alt="Fernleigh Gardens &amp; Landscapes"></a>
</div>
</div>
<div class="jtpl-title"><span>Garden care &amp; landscaping in Farnham and the Surrey Hills</span></div>
</div>
<nav class="jtpl-navigation navigation-colors" data-dropdown="true">
<div data-container="navigation">
<div class="j-nav-variant-nested">
<ul class="cc-nav-level-0 j-nav-level-0">
{_nav(path)}
</ul>
</div>
</div>
</nav>
<div class="jtpl-mobile-navigation"><a href="#" class="jtpl-mobile-navigation__toggle">Menu</a></div>
</header>
<div class="jtpl-section-main cc-content-parent">
<div class="jtpl-content {layout} content-options-inner cc-content-parent">
<div id="content_area" data-container="content">
<div id="content_start"></div>
{body}
</div>
</div>
{side}
</div>
<footer class="jtpl-footer footer-options">
<div class="jtpl-footer__inner">
<div class="jtpl-footer__col">
<div id="cc-m-footer-address" class="j-module n j-text">
<p><strong>Fernleigh Gardens &amp; Landscapes Ltd</strong><br>
Unit 3, Brookside Nurseries<br>Tilford Road, Farnham<br>Surrey GU10 2DL</p>
</div>
</div>
<div class="jtpl-footer__col">
<div class="j-module n j-text">
<p>Tel: <a href="tel:01252719406">01252 719406</a><br>
Email: <a href="mailto:hello@fernleighgardens.co.uk">hello@fernleighgardens.co.uk</a><br>
Office: Mon&ndash;Fri 8am&ndash;5pm</p>
</div>
</div>
<div class="jtpl-footer__col">
<div class="j-module n j-text">
<p>Follow us:
<a href="https://www.facebook.com/fernleighgardens" target="_blank" rel="noopener">Facebook</a> |
<a href="https://www.instagram.com/fernleighgardens" target="_blank" rel="noopener">Instagram</a></p>
<p>Company no. 07214583 &middot; VAT no. GB 994 2817 36</p>
</div>
</div>
</div>
<div id="contentfooter" data-container="footer">
<div class="leftrow">
<a href="/about-us/">About</a> | <a href="/terms/">Terms</a> | <a href="/contact/">Contact</a> |
<a href="#" class="cc-cookie-settings-link">Cookie settings</a>
</div>
<div class="rightrow">
<span class="copyright">&copy; 2024 Fernleigh Gardens &amp; Landscapes Ltd. All rights reserved.</span>
<span class="powered-by">Made with <a href="https://www.jimdo.com" rel="nofollow">Jimdo</a></span>
</div>
</div>
</footer>
</div>
</div>
<div id="cc-individual-cookie-settings" class="cookie-notice" role="dialog" aria-live="polite">
<p>This website uses cookies to give you the best experience and to count visits anonymously.
You can accept all cookies or choose which ones to allow.</p>
<button class="cookie-notice__accept" type="button">Accept all</button>
<button class="cookie-notice__settings" type="button">Settings</button>
</div>
<script>window.jimdoAnalytics=window.jimdoAnalytics||[];jimdoAnalytics.push(["pageview","{path}"]);</script>
</body>
</html>
"""


_HOME = "\n".join(
    [
        _header("Beautiful gardens, looked after properly", 1),
        _textimg(
            "home_lawn_stripes.jpg",
            "Freshly striped lawn with borders",
            """<p>Fernleigh Gardens &amp; Landscapes is a family-run garden maintenance and landscaping company
based just outside Farnham. Since 2009 we've been mowing, pruning, planting and building for
homeowners, landlords and residents' associations across the Surrey/Hampshire border.</p>
<p>Most of our customers start with a one-off tidy-up and stay with us for years on a regular
maintenance round. Others come to us for a single project &ndash; a new patio, a run of fencing or
a complete garden redesign &ndash; and we'll be just as careful with that.</p>""",
        ),
        _header("What we do"),
        _text(
            """<ul>
<li><a href="/garden-maintenance/">Regular garden maintenance</a> &ndash; weekly, fortnightly or monthly visits</li>
<li><a href="/hedge-cutting/">Hedge cutting</a> and hedge height reductions</li>
<li><a href="/lawn-care/">Lawn treatments, scarifying and new turf</a></li>
<li><a href="/patios-paving/">Patios, paths and driveways</a></li>
<li><a href="/fencing/">Fencing and gates</a></li>
<li><a href="/garden-design/">Garden design</a> from a single border to a whole plot</li>
<li><a href="/green-waste/">Green waste removal and garden clearances</a></li>
</ul>"""
        ),
        _header("Why choose Fernleigh?"),
        _text(
            """<p>We are a <strong>registered member of the Association of Professional Landscapers
(APL)</strong>, which means our landscaping work has been inspected by the APL and we follow its
code of conduct. We are also <strong>TrustMark</strong> approved and listed on Checkatrade, where we
hold an average score of 9.8 out of 10.</p>
<p>Our vans are sign-written, our staff wear uniform and every crew is led by a full-time
Fernleigh employee &ndash; we don't send out casual labour you've never heard of.</p>"""
        ),
        _REVIEWS,
        _cta("Get your free quote"),
    ]
)

_MAINT = "\n".join(
    [
        _header("Regular Garden Maintenance", 1),
        _textimg(
            "maintenance_team.jpg",
            "Two gardeners edging a lawn",
            """<p>A regular maintenance round keeps your garden under control all year, without you having
to lift a finger. You choose how often we visit &ndash; <strong>weekly, fortnightly or every four
weeks</strong> &ndash; and we'll agree a list of jobs with you at the start.</p>""",
        ),
        _header("What's included in a visit", 3),
        _text(
            """<ul>
<li>Mowing and edging lawns (from March to November; monthly top-cuts in winter if needed)</li>
<li>Weeding beds, borders, gravel and paving joints</li>
<li>Deadheading, cutting back perennials and light shrub pruning</li>
<li>Leaf clearance in autumn</li>
<li>Sweeping paths and patios</li>
<li>Keeping an eye out for pests, disease and anything that needs attention</li>
</ul>
<p>We bring all our own tools, mowers and fuel. Clippings and weeds from regular visits are taken
away at no extra cost (up to four bags per visit &ndash; larger amounts are charged as
<a href="/green-waste/">green waste</a>).</p>"""
        ),
        _header("Do I need to be at home?", 3),
        _text(
            """<p>No. Most of our regular customers are out at work when we call. As long as we can get into
the garden &ndash; an unlocked side gate, a key safe or a key we hold for you &ndash; we'll get on
with it and leave a short note of what was done. Keys we hold are kept in a locked cabinet at the
yard and are labelled with a code, never your address.</p>"""
        ),
        _header("Same faces every time", 3),
        _text(
            """<p>We keep each round to the same two-person team wherever possible, so the people in your
garden get to know it and you. Most visits last between two and four hours.</p>
<h3>One-off tidy-ups</h3>
<p>Garden got away from you, moving house or getting ready to sell? We also do one-off tidy-ups
and overgrown garden clearances, charged at our normal hourly rate. See the
<a href="/prices/">price guide</a>.</p>
<h3>Holiday watering</h3>
<p>Regular customers can ask us to water pots, greenhouses and new planting while they're away.
We'll call in every two to three days at a fixed &pound;25 per call.</p>"""
        ),
        _cta("Book a maintenance visit"),
    ]
)

_HEDGE = "\n".join(
    [
        _header("Hedge Cutting", 1),
        _textimg(
            "hedge_cutting.jpg",
            "Gardener cutting a beech hedge from a platform",
            """<p>From a short box edge to a 20-foot run of Leylandii, we cut all types of hedge &ndash;
beech, privet, laurel, hawthorn, yew, griselinia and conifers. Most formal hedges look their best
with <strong>one or two cuts a year</strong>: a main cut in late summer and, for faster growers,
a lighter trim in early summer.</p>""",
        ),
        _header("Birds and the nesting season", 2),
        _text(
            """<p>All wild birds, their nests and eggs are protected by the <strong>Wildlife and Countryside
Act 1981</strong>. The main bird nesting season runs from <strong>March to the end of August</strong>.
Cutting a hedge in those months isn't illegal in itself, but damaging an active nest is.</p>
<p>So between March and August we:</p>
<ul>
<li>only carry out light trims, not hard cutting back or reductions;</li>
<li>check every hedge by eye before we start, going slowly along the whole length;</li>
<li>leave any section with an active nest untouched and come back to finish it once the young
have fledged &ndash; at no extra charge.</li>
</ul>
<p>Heavy reductions are booked from September to February.</p>"""
        ),
        _header("Height reductions and conifers", 2),
        _text(
            """<p>We can reduce overgrown hedges, including Leylandii, to a height of your choice up to
about 6 metres working from our towers and platforms. Be aware that most conifers (Leylandii,
Lawson cypress, thuja) will <strong>not re-grow from brown wood</strong>: if we cut back beyond the
green growth, the cut face will stay bare. We'll always tell you on the quote how far we can
safely go.</p>
<h3>My neighbour's hedge</h3>
<p>We can only cut the side and top of a hedge that belongs to you, or your neighbour's side with
their written permission. If a neighbour's evergreen hedge is blocking light and talking hasn't
helped, the council can look at it under the high hedges rules &ndash; that's not something we
can do for you.</p>"""
        ),
        _cta("Get a hedge cutting quote"),
    ]
)

_LAWN = "\n".join(
    [
        _header("Lawn Care &amp; Turfing", 1),
        _text(
            """<p>A good lawn makes the whole garden look cared for. We offer a seasonal treatment
programme, one-off renovation work and new turf laying.</p>"""
        ),
        _header("Four-season treatment programme", 2),
        _text(
            """<table class="lawn-programme">
<thead><tr><th>Visit</th><th>When</th><th>What we do</th></tr></thead>
<tbody>
<tr><td>1</td><td>March&ndash;April</td><td>Spring feed with weed control, moss check</td></tr>
<tr><td>2</td><td>June</td><td>Slow-release summer feed, spot weeding</td></tr>
<tr><td>3</td><td>September</td><td>Scarifying, hollow-tine aeration, overseeding, autumn feed</td></tr>
<tr><td>4</td><td>November&ndash;December</td><td>Moss control and winter conditioning</td></tr>
</tbody>
</table>
<p>Treatments are applied by a trained operator. After a feed, keep children and pets off the lawn
until it has been watered in or it has rained.</p>"""
        ),
        _header("New turf", 2),
        _textimg(
            "turf_rolls.jpg",
            "Rolls of new turf being laid",
            """<p>We lay cultivated turf delivered fresh from a turf farm in Hampshire. Every job includes
removing the old lawn, rotavating, levelling and raking in a pre-turf fertiliser before the turf
goes down. Turf can be laid most of the year, but <strong>September to May</strong> gives the
best results; in a hot summer it needs a lot more watering.</p>
<p>Guide price: <strong>&pound;28 per square metre</strong> fully laid, including preparation,
turf and removal of the old lawn (minimum charge &pound;650).</p>""",
        ),
        _header("Looking after new turf", 3),
        _text(
            """<ul>
<li>Water every day for the first two weeks &ndash; twice a day in hot weather &ndash; enough
to soak through to the soil underneath.</li>
<li>Keep off it as much as possible for three weeks.</li>
<li>Don't mow until the roots have taken (you can't lift a corner), usually after 2&ndash;3 weeks;
first cut with the mower on its highest setting.</li>
</ul>
<h3>Artificial grass</h3>
<p>Sorry, we don't supply or lay artificial grass &ndash; we only work with real lawns.</p>"""
        ),
        _cta("Ask about your lawn"),
    ]
)

_PATIO = "\n".join(
    [
        _header("Patios &amp; Paving", 1),
        _textimg(
            "sandstone_patio.jpg",
            "Indian sandstone patio with steps",
            """<p>Our landscaping crew, led by Dan, builds patios, paths, steps and driveways in natural
stone, porcelain and block paving. Every patio is laid on a compacted MOT type 1 sub-base and a
<strong>full mortar bed</strong> &ndash; never on dabs &ndash; so there are no hollow spots for
water and frost to get into.</p>""",
        ),
        _header("Guide prices (supply and lay)", 2),
        _text(
            """<table class="price-table">
<thead><tr><th>Material</th><th>Price per m&sup2;</th></tr></thead>
<tbody>
<tr><td>Indian sandstone</td><td>from &pound;145</td></tr>
<tr><td>Porcelain (20mm)</td><td>from &pound;175</td></tr>
<tr><td>Block paving (driveways)</td><td>from &pound;120</td></tr>
<tr><td>Resin-bound gravel</td><td>from &pound;110</td></tr>
</tbody>
</table>
<p>Prices include excavation, sub-base, laying, pointing and removal of spoil. Steps, walls
and drainage channels are priced separately.</p>"""
        ),
        _header("How long does it take?", 3),
        _text(
            """<p>A typical 20&ndash;25 m&sup2; back garden patio takes our team <strong>five to seven
working days</strong>, weather permitting. Larger jobs and driveways can take two to three weeks.
We'll give you a start date and an expected finish date with your quote.</p>
<h3>Front gardens and planning</h3>
<p>If you're paving a front garden of more than 5 m&sup2; to park on, planning permission is
needed <em>unless</em> the surface is permeable or the water drains onto a lawn or border within
your property. We use permeable block paving or resin-bound gravel for driveways so that no
planning application is needed. You'll still need the council's permission for a dropped kerb.</p>
<h3>Cleaning and sealing</h3>
<p>We also jet-wash and re-sand block paving and can apply a sealer to new sandstone to help keep
it clean.</p>"""
        ),
        _cta("Book a site visit"),
    ]
)

_FENCE = "\n".join(
    [
        _header("Fencing &amp; Gates", 1),
        _textimg(
            "closeboard_fence.jpg",
            "New closeboard fence with concrete posts",
            """<p>We put up new fences, replace old ones and build matching garden gates. Most of our work
is closeboard (featheredge) fencing on concrete posts with concrete gravel boards, which lasts far
longer than panels on timber posts. We also fit slatted, hit-and-miss and trellis toppers.</p>""",
        ),
        _header("Guide prices", 2),
        _text(
            """<table class="price-table">
<thead><tr><th>Type (1.8m high)</th><th>Per metre, fitted</th></tr></thead>
<tbody>
<tr><td>Closeboard on concrete posts</td><td>from &pound;95</td></tr>
<tr><td>Fence panels on concrete posts</td><td>from &pound;75</td></tr>
<tr><td>Horizontal slatted (softwood)</td><td>from &pound;130</td></tr>
<tr><td>Garden gate, ledged and braced</td><td>from &pound;380 each</td></tr>
</tbody>
</table>
<p>Removal and disposal of your old fence is included.</p>"""
        ),
        _header("Storm damage", 2),
        _text(
            """<p>After high winds we prioritise existing customers and anyone with a fence that is
dangerous or leaves a garden open to a road. Call the office and send a photo &ndash; we'll aim to
make it safe within <strong>48 hours</strong> (temporary propping or removing loose panels) and
come back to repair it properly. It's worth checking your home insurance: many policies cover
storm-damaged fences.</p>
<h3>Height and boundaries</h3>
<p>You can normally put up a fence up to <strong>2 metres</strong> high without planning
permission, or 1 metre next to a road or footpath. Trellis on top counts towards the height.
Before we start, please check with your deeds which boundary is yours and let your neighbours
know &ndash; we'll need their agreement if we have to work from their side.</p>"""
        ),
        _cta("Get a fencing quote"),
    ]
)

_DESIGN = "\n".join(
    [
        _header("Garden Design", 1),
        _textimg(
            "design_plan.jpg",
            "Hand-drawn garden plan with planting list",
            """<p>Not sure where to start? Our in-house designer will help you turn a tired or blank plot
into a garden that suits the way you live &ndash; somewhere for the children to play, a sunny spot
for dinner, low-maintenance borders or a proper vegetable patch.</p>""",
        ),
        _header("How it works", 2),
        _text(
            """<ol>
<li><strong>Design consultation (&pound;95)</strong> &ndash; a 90-minute visit to walk the
garden, talk through your ideas, budget and how you use the space. If you go ahead with a design,
this fee is deducted from it.</li>
<li><strong>Survey</strong> &ndash; we measure the garden, levels, soil and aspect.</li>
<li><strong>Concept plan</strong> &ndash; a scaled layout with mood boards and, for bigger
schemes, 3D sketches. One round of changes is included.</li>
<li><strong>Final plan and planting plan</strong> &ndash; detailed drawings, materials and a
full planting list with quantities.</li>
<li><strong>Build</strong> &ndash; our own landscaping team builds it, or you can take the plans
to another contractor or do it yourself.</li>
</ol>"""
        ),
        _header("Design fees", 2),
        _text(
            """<table class="price-table">
<tbody>
<tr><td>Border or planting plan only</td><td>from &pound;350</td></tr>
<tr><td>Small garden (up to 100 m&sup2;)</td><td>from &pound;650</td></tr>
<tr><td>Medium garden (100&ndash;300 m&sup2;)</td><td>from &pound;950</td></tr>
<tr><td>Large garden (over 300 m&sup2;)</td><td>from &pound;1,500</td></tr>
</tbody>
</table>
<p>The design process normally takes four to six weeks from survey to final plan. Spring build
slots fill up quickly, so if you'd like a garden ready for summer we suggest starting the design
in the autumn before.</p>"""
        ),
        _cta("Book a design consultation", "/contact/"),
    ]
)

_TREE = "\n".join(
    [
        _header("Trees, Tree Work Limits &amp; TPOs", 1),
        _text(
            """<p>We're gardeners, not tree surgeons, and we're honest about where our work stops. We
<strong>can</strong> take care of:</p>
<ul>
<li>pruning small ornamental trees such as acers, cherries and magnolias;</li>
<li>winter and summer pruning of apple, pear and plum trees;</li>
<li>crown lifting (removing lower branches) on small trees;</li>
<li>felling small trees up to about 5 metres tall with plenty of room to drop them.</li>
</ul>
<p>Everything is done from the ground or a ladder, with nothing higher than 5 metres.</p>"""
        ),
        _header("What we pass on", 2),
        _text(
            """<p>Anything that needs climbing or rope work, large trees, trees near buildings or power
lines, sectional felling and <strong>stump grinding</strong> are passed to our partner arborists,
Oakline Tree Surgery of Elstead. They are NPTC-qualified and fully insured, and we can coordinate
the visit alongside our own work so you only have one point of contact.</p>"""
        ),
        _header("Tree Preservation Orders and conservation areas", 2),
        _textimg(
            "oak_tree.jpg",
            "Mature oak tree at the end of a garden",
            """<p>Many trees in our area are protected by a <strong>Tree Preservation Order (TPO)</strong>
or stand in a <strong>conservation area</strong>. Carrying out work on them without consent is a
criminal offence, with fines of up to &pound;20,000 per tree in a magistrates' court.</p>
<ul>
<li>For a TPO tree you need the council's written consent before any work. Decisions usually take
up to eight weeks.</li>
<li>In a conservation area you must give the council six weeks' notice of work to any tree with
a trunk over 7.5cm in diameter (measured 1.5m above the ground).</li>
</ul>
<p>You can find out whether a tree is protected by searching the council's online TPO map (Waverley,
East Hampshire and Hart all publish one) or by phoning their tree officer. If you're not sure, we
check for you before we quote and can submit the application on your behalf for a &pound;45 admin
fee.</p>""",
        ),
        _cta("Ask about a tree"),
    ]
)

_WASTE = "\n".join(
    [
        _header("Green Waste Removal &amp; Garden Clearances", 1),
        _text(
            """<p>Pruned a big shrub, cleared out the borders or finally tackled the bottom of the garden?
We collect garden waste from your drive or garden and take it back to our yard, where it's
shredded and composted. Nothing goes to landfill.</p>"""
        ),
        _header("Collection prices", 2),
        _text(
            """<table class="price-table">
<thead><tr><th>Load</th><th>Approx. volume</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Builders' bag (up to 1 tonne bag)</td><td>0.8 m&sup3;</td><td>&pound;55</td></tr>
<tr><td>Half tipper load</td><td>2 m&sup3;</td><td>&pound;95</td></tr>
<tr><td>Full tipper load</td><td>4 m&sup3;</td><td>&pound;160</td></tr>
</tbody>
</table>
<p>Prices include loading by our team, as long as the waste is within 20 metres of where we can
park. Collections are normally booked within a week.</p>"""
        ),
        _header("What we can and can't take", 2),
        _text(
            """<p><strong>Yes:</strong> grass, leaves, hedge and shrub cuttings, branches up to about 15cm
thick, weeds, old plants and small amounts of turf.</p>
<p><strong>No:</strong> soil, hardcore, bricks and rubble, household rubbish, treated timber or
old fence panels (unless we're replacing your fence), and invasive plants such as Japanese knotweed,
which needs a specialist. For rubble and soil we recommend hiring a skip or a grab lorry.</p>
<h3>Licensed and legal</h3>
<p>We are an <strong>upper-tier registered waste carrier</strong> with the Environment Agency
(registration CBDU284517) and you'll get a waste transfer note for every collection. Be careful
with &ldquo;man with a van&rdquo; offers: if your waste is fly-tipped, you can be fined.</p>"""
        ),
        _cta("Book a collection", "/contact/"),
    ]
)

_PRICES = "\n".join(
    [
        _header("Price Guide", 1),
        _text(
            """<p>Here's what our everyday garden work costs. All prices include VAT. For landscaping
projects see the guide prices on the <a href="/patios-paving/">patios</a>,
<a href="/fencing/">fencing</a>, <a href="/lawn-care/">turfing</a> and
<a href="/garden-design/">design</a> pages; every landscaping job gets a
<a href="/quotes/">fixed written quote</a>.</p>"""
        ),
        _header("Hourly rates", 2),
        _text(
            """<table class="price-table">
<thead><tr><th>Service</th><th>Rate</th></tr></thead>
<tbody>
<tr><td>One gardener</td><td>&pound;34 per hour</td></tr>
<tr><td>Two-person team</td><td>&pound;60 per hour</td></tr>
<tr><td>Minimum visit</td><td>2 hours</td></tr>
</tbody>
</table>
<p>Time is charged on site in 15-minute blocks after the first two hours. There is no separate
charge for travel within our <a href="/areas-covered/">normal area</a>.</p>"""
        ),
        _header("Hedge cutting guide", 2),
        _text(
            """<table class="price-table">
<thead><tr><th>Hedge</th><th>Typical price</th></tr></thead>
<tbody>
<tr><td>Up to 10m long and 2m high, both sides and top</td><td>&pound;120&ndash;&pound;180</td></tr>
<tr><td>10&ndash;25m long, up to 2.5m high</td><td>&pound;180&ndash;&pound;350</td></tr>
<tr><td>Tall hedges needing towers (over 2.5m)</td><td>by quote</td></tr>
</tbody>
</table>
<p>Prices include clearing up and taking away the cuttings.</p>"""
        ),
        _header("Lawn treatments", 2),
        _text(
            """<table class="price-table">
<thead><tr><th>Lawn size</th><th>Per treatment visit</th><th>Scarify &amp; aerate</th></tr></thead>
<tbody>
<tr><td>Up to 100 m&sup2;</td><td>&pound;38</td><td>&pound;120</td></tr>
<tr><td>100&ndash;250 m&sup2;</td><td>&pound;48</td><td>&pound;185</td></tr>
<tr><td>250&ndash;500 m&sup2;</td><td>&pound;62</td><td>&pound;260</td></tr>
</tbody>
</table>"""
        ),
        _cta("Request a free quote"),
    ]
)

_QUOTES = "\n".join(
    [
        _header("Getting a Quote", 1),
        _text(
            """<p>All our quotes are <strong>free and without obligation</strong> &ndash; we never charge
to come and look at a job in our area. (The only paid visit is a
<a href="/garden-design/">design consultation</a>, which is a proper design session rather than a
quote.)</p>"""
        ),
        _header("Small jobs: send us photos", 2),
        _text(
            """<p>For hedge cutting, one-off tidy-ups and waste collections we can usually price from
photos. Send a few pictures, a rough idea of sizes and your postcode by WhatsApp to
<strong>07700 914 362</strong> or by email, and we'll reply with a price within two working days.</p>"""
        ),
        _header("Bigger jobs: a site visit", 2),
        _text(
            """<p>For regular maintenance, patios, fencing, turfing and anything else larger, one of us
will come out to measure up and talk it through. Site visits are normally within
<strong>five working days</strong> of your call, on weekdays between 8am and 4pm.</p>
<p>You'll receive a written, itemised quote by email within three working days of the visit. It
sets out exactly what's included, what isn't, the materials we'll use and an expected start date.</p>
<h3>How long is a quote valid?</h3>
<p>Quotes are valid for <strong>60 days</strong>. After that we may need to re-price because of
changes in material costs, especially stone and timber.</p>
<h3>Fixed price or hourly?</h3>
<p>Landscaping work is always quoted as a fixed price. Maintenance and tidy-ups are usually charged
by the hour, but we'll tell you how many hours we expect it to take.</p>"""
        ),
        _text(
            """<div class="j-formnew">
<form action="#" method="post" class="cc-m-form">
<label>Your name<input type="text" name="name"></label>
<label>Postcode<input type="text" name="postcode"></label>
<label>Phone<input type="tel" name="phone"></label>
<label>What would you like a quote for?<textarea name="message"></textarea></label>
<button type="submit" class="j-calltoaction-link">Send request</button>
</form>
</div>"""
        ),
    ]
)

_PAYMENT = "\n".join(
    [
        _header("Paying Us", 1),
        _text(
            """<p>We try to keep paying simple. We accept <strong>bank transfer, debit and credit card</strong>
(over the phone or with our card reader on site) and cheques. We don't take cash payments on site,
as our crews don't carry money.</p>"""
        ),
        _header("Regular maintenance customers", 2),
        _text(
            """<p>Maintenance visits are invoiced by email at the end of each month, listing every visit and
the time spent. Payment is due within 14 days. Many customers prefer to pay by
<strong>Direct Debit</strong>, which we collect through GoCardless five days after the invoice
&ndash; just ask the office for a Direct Debit link.</p>"""
        ),
        _header("Landscaping projects", 2),
        _text(
            """<ul>
<li><strong>Deposit:</strong> 20% when you accept the quote, to secure your start date and order
materials.</li>
<li><strong>Stage payment:</strong> on projects of more than three weeks, a further payment when the
groundwork is finished.</li>
<li><strong>Balance:</strong> on completion, once you've walked round the finished job with us and
are happy.</li>
</ul>
<p>We will never ask for full payment before the work is done.</p>
<h3>Late payment</h3>
<p>If an invoice is more than 30 days overdue we may pause regular visits until it's settled, and we
reserve the right to add statutory interest under the Late Payment of Commercial Debts rules for
business customers.</p>"""
        ),
        _cta("Contact the office", "/contact/"),
    ]
)

_GUARANTEE = "\n".join(
    [
        _header("Our Guarantees", 1),
        _text(
            """<p>We stand behind our work. These guarantees are in addition to your statutory rights and
transfer to a new owner if you sell your house.</p>"""
        ),
        _text(
            """<table class="guarantee-table">
<thead><tr><th>Work</th><th>Guarantee</th></tr></thead>
<tbody>
<tr><td>Patios, paths and driveways</td><td>10 years on workmanship, including sinking or
movement of slabs and blocks</td></tr>
<tr><td>Fencing and gates</td><td>5 years on workmanship; concrete posts 25 years from the
manufacturer</td></tr>
<tr><td>New turf</td><td>Replaced free if it fails within 6 weeks, provided the watering advice has
been followed</td></tr>
<tr><td>Plants we supply and plant</td><td>12 months if we maintain your garden, otherwise 6
months</td></tr>
</tbody>
</table>"""
        ),
        _header("What isn't covered", 3),
        _text(
            """<p>Damage from vehicles heavier than agreed at quote stage, tree roots, subsidence, weed-killer
or chemicals, or someone else altering the work. Plant losses from drought when we weren't
responsible for watering, or from rabbits and deer, are not covered.</p>
<h3>How to make a claim</h3>
<p>Call or email the office with your address and a couple of photos. We'll visit within ten
working days to look at it and put it right if it's covered.</p>
<h3>Insurance and APL warranty</h3>
<p>We carry &pound;5 million public liability insurance. Landscaping projects over &pound;5,000 also
come with the APL's own guarantee, which protects your deposit and work if we were ever unable to
finish.</p>"""
        ),
        _cta("Talk to us"),
    ]
)

_TERMS = "\n".join(
    [
        _header("Bookings &amp; Cancellations", 1),
        _header("Rearranging or cancelling a visit", 2),
        _text(
            """<p>If you need to cancel a maintenance visit or one-off job, please give us at least
<strong>48 hours' notice</strong>. If we arrive and can't get into the garden, or you cancel with
less notice, we charge for one hour of the booked team's time.</p>"""
        ),
        _header("Bad weather", 2),
        _text(
            """<p>Gardening and wet ground don't mix. If it's pouring, frozen or the lawn is waterlogged, we'll
call or text you that morning and move your visit to the next available day, usually within the
same week. There's never a charge for a weather cancellation. On landscaping projects, rain days
are added to the end of the schedule.</p>"""
        ),
        _header("Ending regular maintenance", 2),
        _text(
            """<p>There's no long-term contract. You can stop or pause regular visits at any time with
<strong>four weeks' notice</strong> by email or phone. We'll confirm by email and send a final
invoice.</p>"""
        ),
        _header("Landscaping bookings", 2),
        _text(
            """<p>Your start date is confirmed when we receive the deposit. If you cancel more than 14 days
before the start date, we refund the deposit less the cost of any materials already ordered
specially for you. Cancellations within 14 days of the start date lose the deposit.</p>
<h3>Access and parking</h3>
<p>We need somewhere to park a van and trailer within a reasonable distance. If parking permits or
a suspended bay are required, the cost is added to the invoice.</p>"""
        ),
    ]
)

_AREAS = "\n".join(
    [
        _header("Areas We Cover", 1),
        _textimg(
            "area_map.png",
            "Map of our area around Farnham",
            """<p>We're based on Tilford Road, just south of Farnham, and our regular maintenance rounds
cover roughly a <strong>12-mile radius</strong>, including:</p>
<ul class="two-col">
<li>Farnham, Wrecclesham, Rowledge and Boundstone</li>
<li>Tilford, Frensham, Churt and Elstead</li>
<li>Hindhead, Grayshott and Haslemere</li>
<li>Bourne, Badshot Lea, Hale and Heath End</li>
<li>Aldershot, Ash and Ash Vale</li>
<li>Crondall, Ewshot and Church Crookham</li>
<li>Fleet</li>
<li>Godalming, Milford and Witley</li>
<li>Bentley, Binsted and Alton</li>
<li>Bordon, Headley and Liphook</li>
</ul>""",
        ),
        _header("Landscaping further afield", 2),
        _text(
            """<p>For patios, fencing, turfing and design projects we travel up to about 25 miles, including
Guildford, Camberley, Petersfield and Hook. We don't offer regular maintenance outside the
12-mile area, because the travel time would make it too expensive for you.</p>
<p>We don't currently work in Basingstoke, Woking or anywhere inside the M25.</p>
<p>Not sure if you're in? Send us your postcode and we'll tell you straight away.</p>"""
        ),
        _cta("Check your postcode", "/contact/"),
    ]
)

_ABOUT = "\n".join(
    [
        _header("About Fernleigh", 1),
        _textimg(
            "team_photo.jpg",
            "The Fernleigh team in front of the vans",
            """<p>Tom Fernley started the business in 2009 with one van and a second-hand mower. Fifteen
years later we're a team of eleven, still based at Brookside Nurseries and still family run &ndash;
Tom's wife Helen runs the office.</p>""",
        ),
        _header("Meet the team", 2),
        _text(
            """<div class="team-grid">
<div class="team-member"><h3>Tom Fernley &ndash; Director</h3>
<p>Holds the RHS Level 3 Certificate in Horticulture and still does most of our site visits
and quotes.</p></div>
<div class="team-member"><h3>Helen Fernley &ndash; Office Manager</h3>
<p>Runs the diary, invoicing and keeps everyone on time. Usually the voice you'll hear on the
phone.</p></div>
<div class="team-member"><h3>Clare Whitlock &ndash; Garden Designer</h3>
<p>Trained at the KLC School of Design and has designed more than 200 gardens, from courtyard
plots to country gardens. Clare is a member of the Society of Garden Designers.</p></div>
<div class="team-member"><h3>Dan Okafor &ndash; Landscaping Foreman</h3>
<p>Leads our build team. Dan has 18 years of hard landscaping experience and is an APL-accredited
installer.</p></div>
<div class="team-member"><h3>Sam Reeves &amp; Josh Hart &ndash; Maintenance Leads</h3>
<p>Our longest-serving gardeners, each running a two-person maintenance round.</p></div>
</div>"""
        ),
        _header("Checked and trained", 2),
        _text(
            """<p>Every member of staff who visits customers' homes has an up-to-date <strong>basic DBS
check</strong>, renewed every three years, and carries photo ID. Many of our regular customers are
elderly or vulnerable, and we take that trust seriously. All staff hold the relevant machinery and
pesticide certificates (PA1/PA6) and first aid training.</p>"""
        ),
        _cta("Work with us", "/contact/"),
    ]
)

_FAQ = "\n".join(
    [
        _header("Frequently Asked Questions", 1),
        _accordion(
            [
                (
                    "Will you need to use my water or electricity?",
                    """<p>Sometimes. Our mowers, hedge trimmers and blowers are battery or petrol powered, so we
rarely need mains power. For patios and turfing we may need an outside tap for mixing and watering
in. We'll ask first.</p>""",
                ),
                (
                    "We have dogs. Is that a problem?",
                    """<p>Not at all, we love them &ndash; but please keep dogs and cats indoors while we're working.
Gates get opened and machinery is noisy. We'd also be grateful if the lawn could be cleared of dog
mess before a mowing visit; if we have to clear it, we may add 15 minutes to the visit.</p>""",
                ),
                (
                    "Do you use chemical weedkillers?",
                    """<p>As little as possible. We weed borders by hand and use a hoe on gravel. We don't use
glyphosate in beds near ponds, streams or wildlife areas, and we'll always ask before using any
chemical treatment. If you'd rather we didn't use any at all, just tell us and we'll note it on
your account.</p>""",
                ),
                (
                    "Can you supply plants?",
                    """<p>Yes. We buy from trade nurseries and pass plants on at the nursery price plus a small
handling charge, and we'll plant them for you. We use peat-free compost for all planting.</p>""",
                ),
                (
                    "Do you work weekends?",
                    """<p>Maintenance rounds run Monday to Friday. Landscaping crews sometimes work Saturdays to keep
a project on track, but never Sundays or bank holidays.</p>""",
                ),
                (
                    "Do you do commercial work?",
                    """<p>Yes &ndash; we maintain communal gardens for several blocks of flats and residents'
associations, and small business premises. Ask us for a contract quote.</p>""",
                ),
                (
                    "Do you offer gift vouchers?",
                    """<p>Yes, from &pound;25 upwards, valid for 12 months against any of our services. A
popular present for parents who are finding the garden hard work.</p>""",
                ),
            ]
        ),
        _cta("Still have a question? Call us", "/contact/"),
    ]
)

_CONTACT = "\n".join(
    [
        _header("Contact Us", 1),
        _text(
            """<p>The best way to reach us is by phone on <strong>01252 719406</strong> or by email to
<a href="mailto:hello@fernleighgardens.co.uk">hello@fernleighgardens.co.uk</a>. For quick photos,
use our WhatsApp line shown on the <a href="/quotes/">quotes page</a>.</p>"""
        ),
        _header("Office hours", 2),
        _text(
            """<table class="hours-table">
<tbody>
<tr><td>Monday &ndash; Friday</td><td>8:00am &ndash; 5:00pm</td></tr>
<tr><td>Saturday</td><td>9:00am &ndash; 12:00 noon (phones only)</td></tr>
<tr><td>Sunday &amp; bank holidays</td><td>Closed</td></tr>
</tbody>
</table>
<p>Outside these times, leave a voicemail or send an email and Helen will get back to you the next
working day. Our crews are often out of signal, so please call the office rather than a gardener's
mobile.</p>"""
        ),
        _header("Finding our yard", 2),
        _textimg(
            "yard_entrance.jpg",
            "Entrance to Brookside Nurseries",
            """<p>Unit 3, Brookside Nurseries, Tilford Road, Farnham GU10 2DL. We're the green unit at the
back of the nursery site, about a mile south of Farnham station. There's visitor parking in front of
the unit.</p>
<p>Please note the yard is a working base, not a shop &ndash; we don't sell bark, compost or plants
to the public, and meetings are by appointment only so that someone is there to see you.</p>""",
        ),
        _text(
            """<div class="j-googlemaps"><a href="https://maps.google.com/?q=Brookside+Nurseries+Tilford+Road+Farnham"
target="_blank" rel="noopener">Open in Google Maps</a></div>"""
        ),
    ]
)

HTML = {
    "/": _page("/", "Garden Maintenance &amp; Landscaping in Farnham", _HOME),
    "/garden-maintenance/": _page("/garden-maintenance/", "Regular Garden Maintenance", _MAINT, sidebar=True),
    "/hedge-cutting/": _page("/hedge-cutting/", "Hedge Cutting", _HEDGE, sidebar=True),
    "/lawn-care/": _page("/lawn-care/", "Lawn Care &amp; Turfing", _LAWN, sidebar=True),
    "/patios-paving/": _page("/patios-paving/", "Patios &amp; Paving", _PATIO, sidebar=True),
    "/fencing/": _page("/fencing/", "Fencing &amp; Gates", _FENCE, sidebar=True),
    "/garden-design/": _page("/garden-design/", "Garden Design", _DESIGN, sidebar=True),
    "/tree-work/": _page("/tree-work/", "Trees &amp; Tree Preservation Orders", _TREE, sidebar=True),
    "/green-waste/": _page("/green-waste/", "Green Waste Removal", _WASTE, sidebar=True),
    "/prices/": _page("/prices/", "Price Guide", _PRICES),
    "/quotes/": _page("/quotes/", "Free Quotes", _QUOTES),
    "/payment/": _page("/payment/", "Paying Us", _PAYMENT),
    "/guarantees/": _page("/guarantees/", "Guarantees", _GUARANTEE),
    "/terms/": _page("/terms/", "Bookings &amp; Cancellations", _TERMS),
    "/areas-covered/": _page("/areas-covered/", "Areas We Cover", _AREAS),
    "/about-us/": _page("/about-us/", "About Us", _ABOUT),
    "/faq/": _page("/faq/", "FAQ", _FAQ),
    "/contact/": _page("/contact/", "Contact", _CONTACT),
}

QUESTIONS = [
    ("Are you lot members of any trade body, like the APL or whatever it's called?", "/"),
    ("I work full time so won't be in when you come, is that ok? how do you get in the back", "/garden-maintenance/"),
    ("Can you still cut my hedge in May or is that not allowed because of the birds?", "/hedge-cutting/"),
    (
        "Our leylandii has got massive, must be 20ft. If you chop it right back will it grow green again?",
        "/hedge-cutting/",
    ),
    ("Had new turf laid on Saturday, how often am I meant to water it?", "/lawn-care/"),
    ("do you put down fake grass", "/lawn-care/"),
    ("Roughly how long would a patio about 5 metres by 4 take you to lay?", "/patios-paving/"),
    ("Want to pave the front garden so we can park the car on it - do I need planning permission?", "/patios-paving/"),
    (
        "The wind last night has knocked two of our fence panels flat and the dog can get out onto the road. "
        "How quickly can someone come?",
        "/fencing/",
    ),
    ("How high am I allowed to put my new fence between us and next door?", "/fencing/"),
    (
        "I want to redo the whole back garden but honestly have no idea what I want. Can someone come and help "
        "me plan it and what does that cost?",
        "/garden-design/",
    ),
    ("There's a big oak at the end of the garden we want taking down. Can your lads do that?", "/tree-work/"),
    ("how do i find out if the tree in my front garden has a preservation order on it", "/tree-work/"),
    (
        "Ive cut back loads of branches and shrubs and now theres a huge pile on the drive. Can you just come "
        "and take it away, how much?",
        "/green-waste/",
    ),
    ("How much do you charge per hour for a gardener?", "/prices/"),
    ("Do you charge to come out and look at the job?", "/quotes/"),
    ("Got a quote from you in the spring, is it still good now?", "/quotes/"),
    ("Do I have to pay for the whole patio upfront before you start?", "/payment/"),
    ("Can I pay for my monthly garden visits by direct debit", "/payment/"),
    (
        "You put our patio in three years ago and a couple of the slabs have started to sink. Is that covered?",
        "/guarantees/",
    ),
    ("What happens if it's chucking it down on the day you're booked to come?", "/terms/"),
    ("I'm moving away and want to stop my fortnightly visits, how much notice do you need?", "/terms/"),
    ("Do you cover Liphook?", "/areas-covered/"),
    (
        "My mum is 84 and lives on her own, so I'd like to know the people going round are properly checked - "
        "are your gardeners DBS checked?",
        "/about-us/",
    ),
    ("We've got two dogs who are in the garden most of the day, will that be a problem when you're working?", "/faq/"),
]

OUT_OF_SCOPE = [
    "Could you build us a garden office or a summer house at the bottom of the garden?",
    "Do you put in outdoor lighting along the patio and paths?",
    "While you're up the ladder doing the hedge could you clear out my gutters as well?",
    "Do you grit and clear snow from driveways in the winter?",
    "Is there any discount for pensioners?",
    "Do you sell Christmas trees?",
    "Can you recommend a good plumber? Our outside tap is leaking everywhere",
    "When's the best time of year to plant tulip bulbs?",
]
