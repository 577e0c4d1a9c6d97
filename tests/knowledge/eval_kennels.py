"""An evaluation site: Larkfield Farm Kennels & Cattery, a family-run boarding kennels and cattery in Norfolk (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a Joomla site on the
Helix Ultimate template with SP Page Builder sections, rows, columns and addons, a mega-menu, an `sp-right`
module sidebar on some pages, a cookie notice and a large `sp-bottom`/`sp-footer` area.
"""

import itertools

NAME = "Larkfield Farm Kennels & Cattery"

_SITE = "Larkfield Farm Kennels &amp; Cattery"
_IDS = itertools.count(1001)

_NAV = [
    ("Home", "/", []),
    (
        "Boarding &amp; Care",
        "#",
        [
            ("Dog Boarding", "/dog-boarding/"),
            ("The Cattery", "/cattery/"),
            ("Doggy Day Care", "/doggy-day-care/"),
            ("Small Animal Boarding", "/small-animal-boarding/"),
            ("Pet Taxi", "/pet-taxi/"),
        ],
    ),
    ("Prices", "/prices/", []),
    (
        "Your Pet's Stay",
        "#",
        [
            ("Vaccinations &amp; Kennel Cough", "/vaccinations/"),
            ("What to Bring", "/what-to-bring/"),
            ("Medication, Diets &amp; Special Care", "/special-care/"),
            ("Exercise &amp; Walks", "/exercise-and-walks/"),
            ("Vet Care &amp; Insurance", "/insurance-and-vet-care/"),
        ],
    ),
    (
        "Booking",
        "#",
        [
            ("Booking &amp; Cancellation", "/booking-and-cancellation/"),
            ("Opening Times &amp; Holidays", "/opening-times/"),
        ],
    ),
    (
        "About",
        "/about-us/",
        [
            ("Meet the Family", "/about-us/"),
            ("Our Licence", "/licence/"),
            ("FAQs", "/faq/"),
        ],
    ),
    ("Contact", "/contact/", []),
]


def _menu(active, *, css="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block"):
    items = []
    for n, (label, href, children) in enumerate(_NAV, start=101):
        paths = [href] + [p for _, p in children]
        cls = "sp-menu-item"
        if children:
            cls += " sp-has-child"
        if active in paths:
            cls += " active"
        if not children:
            items.append(f'<li class="{cls} item-{n}"><a href="{href}">{label}</a></li>')
            continue
        sub = "".join(
            f'<li class="sp-menu-item{" current-item active" if p == active else ""}"><a href="{p}">{lab}</a></li>'
            for lab, p in children
        )
        items.append(
            f'<li class="{cls} item-{n}"><a href="{href}">{label}</a>'
            '<div class="sp-dropdown sp-dropdown-main sp-menu-right" style="width: 260px;">'
            f'<div class="sp-dropdown-inner"><ul class="sp-dropdown-items">{sub}</ul></div></div></li>'
        )
    return f'<ul class="{css}">' + "".join(items) + "</ul>"


def _addon(kind, inner, title=None):
    n = next(_IDS)
    head = f'<h3 class="sppb-addon-title">{title}</h3>' if title else ""
    return (
        f'<div id="sppb-addon-wrapper-{n}" class="sppb-addon-wrapper">'
        f'<div id="sppb-addon-{n}" class="clearfix" data-sppb-wow-duration="300ms">'
        f'<div class="sppb-addon sppb-addon-{kind}">{head}'
        f'<div class="sppb-addon-content">{inner}</div></div></div></div>\n'
    )


def _text(inner, title=None):
    return _addon("text-block", inner, title)


def _cta(label="Book Now", href="/booking-and-cancellation/", note=""):
    inner = (
        f'<div class="sppb-cta-text">{note}</div>'
        f'<a href="{href}" class="sppb-btn sppb-btn-custom sppb-btn-lg sppb-btn-rounded">{label}</a>'
    )
    return _addon("cta", inner)


def _section(*cols, title=None, css=""):
    n = next(_IDS)
    head = ""
    if title:
        head = f'<div class="sppb-section-title sppb-text-center"><h2 class="sppb-title-heading">{title}</h2></div>'
    parts = []
    for i, (width, html) in enumerate(cols, start=1):
        parts.append(
            f'<div class="sppb-col-md-{width} sppb-col-sm-12" id="column-wrap-id-{n}{i}">'
            f'<div id="column-id-{n}{i}" class="sppb-column"><div class="sppb-column-addons">'
            f"{html}</div></div></div>"
        )
    return (
        f'<section id="sppb-section-{n}" class="sppb-section {css}">'
        '<div class="sppb-row-container">'
        f'{head}<div class="sppb-row">{"".join(parts)}</div></div></section>\n'
    )


def _module(title, inner):
    return (
        '<div class="sp-module">'
        f'<h3 class="sp-module-title">{title}</h3>'
        f'<div class="sp-module-content"><div class="mod-custom custom">{inner}</div></div></div>\n'
    )


def _table(head, rows, css="sppb-table table table-striped price-table"):
    th = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (
        f'<div class="table-responsive"><table class="{css}">'
        f"<thead><tr>{th}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def _testimonial(quote, who, where):
    return (
        '<div class="sppb-testimonial-pro sppb-text-center"><i class="fa fa-quote-left"></i>'
        f'<div class="sppb-testimonial-message"><p>{quote}</p></div>'
        '<div class="sppb-addon-testimonial-pro-footer">'
        f'<span class="sppb-addon-testimonial-pro-client-name">{who}</span>'
        f'<span class="sppb-addon-testimonial-pro-client-designation">{where}</span>'
        '<div class="sppb-testimonial-rating"><i class="fa fa-star"></i><i class="fa fa-star"></i>'
        '<i class="fa fa-star"></i><i class="fa fa-star"></i><i class="fa fa-star"></i></div></div></div>'
    )


_BOOK_MODULE = _module(
    "Book Your Stay",
    "<p>Give us a ring or drop us an email to check availability.</p>"
    '<p><a class="btn btn-primary btn-block" href="/booking-and-cancellation/">How to book</a></p>'
    '<p><a class="btn btn-outline-secondary btn-block" href="/prices/">See our prices</a></p>',
)
_NEWS_MODULE = _module(
    "Latest News",
    '<ul class="latestnews"><li itemscope itemtype="https://schema.org/Article">'
    '<a href="/opening-times/" itemprop="url"><span itemprop="name">Christmas 2025 &ndash; bookings now open'
    '</span></a></li><li><a href="/cattery/"><span>Our refurbished cattery chalets</span></a></li>'
    '<li><a href="/licence/"><span>Five stars again from Breckland Council</span></a></li></ul>',
)
_REVIEW_MODULE = _module(
    "What Our Customers Say",
    _testimonial(
        "Rolo always comes home happy and tired out. We wouldn't go anywhere else.",
        "Karen W.",
        "Wymondham",
    ),
)
_LINKS_MODULE = _module(
    "Before You Arrive",
    '<ul class="menu"><li><a href="/vaccinations/">Vaccinations needed</a></li>'
    '<li><a href="/what-to-bring/">What to bring</a></li>'
    '<li><a href="/opening-times/">Drop-off &amp; collection times</a></li>'
    '<li><a href="/faq/">Frequently asked questions</a></li></ul>',
)


def _page(path, title, description, body, *, sidebar=None, body_class="view-page"):
    page_title = f"{title} | {_SITE}" if path != "/" else f"{_SITE} | Dog &amp; Cat Boarding near Attleborough"
    if sidebar:
        main = (
            '<main id="sp-component" class="col-lg-9"><div class="sp-column">'
            '<div id="system-message-container" aria-live="polite"></div>'
            f'<div id="sp-page-builder" class="sp-page-builder page-{next(_IDS)}"><div class="page-content">'
            f"{body}</div></div></div></main>"
            f'<aside id="sp-right" class="col-lg-3"><div class="sp-column">{"".join(sidebar)}</div></aside>'
        )
    else:
        main = (
            '<main id="sp-component" class="col-lg-12"><div class="sp-column">'
            '<div id="system-message-container" aria-live="polite"></div>'
            f'<div id="sp-page-builder" class="sp-page-builder page-{next(_IDS)}"><div class="page-content">'
            f"{body}</div></div></div></main>"
        )
    crumb = ""
    if path != "/":
        crumb = (
            '<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-lg-12 ">'
            '<div class="sp-column"><div class="sp-page-title"><div class="container">'
            f'<h2 class="sp-page-title-heading">{title}</h2>'
            '<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">'
            '<li class="float-start">You are here: &#160;</li>'
            '<li class="breadcrumb-item"><a href="/" class="pathway">Home</a></li>'
            f'<li class="breadcrumb-item active"><span>{title}</span></li></ol>'
            "</div></div></div></div></div></section>"
        )
    return f"""<!doctype html>
<html lang="en-gb" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Joomla! - Open Source Content Management">
<meta name="description" content="{description}">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{_SITE}">
<title>{page_title}</title>
<link href="/templates/shaper_helixultimate/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="/media/vendor/bootstrap/css/bootstrap.min.css?5.3.2" rel="stylesheet">
<link href="/media/vendor/fontawesome-free/css/fontawesome.min.css?5.15.4" rel="stylesheet">
<link href="/components/com_sppagebuilder/assets/css/sppagebuilder.css?3e7e96fad5e237fb2d5a081c6cb11212"
 rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/presets/preset2.css" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/custom.css" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">
{{"csrf.token":"0f3c1e","system.paths":{{"root":"","base":""}}}}</script>
<script async src="/media/analytics/gtag.js?id=G-LKF7Q2W9"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
gtag('js',new Date());gtag('config','G-LKF7Q2W9');</script>
</head>
<body class="site helix-ultimate hu com_sppagebuilder com-sppagebuilder {body_class} layout-default task-none
 en-gb ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
<div class="body-wrapper">
<div class="body-innerwrapper">
<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-top1" class="col-lg-6"><div class="sp-column text-center text-lg-start">
<ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone" aria-hidden="true"></span>
<a href="tel:01953860417">01953 860417</a></li>
<li class="sp-contact-email"><span class="far fa-envelope" aria-hidden="true"></span>
<a href="mailto:bookings@larkfieldfarmkennels.co.uk">bookings@larkfieldfarmkennels.co.uk</a></li></ul>
</div></div>
<div id="sp-top2" class="col-lg-6"><div class="sp-column text-center text-lg-end">
<ul class="social-icons"><li class="social-icon-facebook"><a target="_blank" rel="noopener noreferrer"
href="https://www.facebook.com/larkfieldfarmkennels" aria-label="Facebook">
<span class="fab fa-facebook"></span></a></li>
<li class="social-icon-instagram"><a target="_blank" rel="noopener noreferrer"
href="https://www.instagram.com/larkfieldfarmkennels" aria-label="Instagram">
<span class="fab fa-instagram"></span></a></li></ul>
</div></div>
</div></div></div></div>
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/">
<img class="logo-image d-none d-lg-inline-block" src="/images/logo/larkfield-logo.png" alt="{_SITE}">
<img class="logo-image-phone d-inline-block d-lg-none" src="/images/logo/larkfield-logo-sm.png" alt="{_SITE}">
</a></div></div></div>
<div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center">
<nav class="sp-megamenu-wrapper d-flex" role="navigation">
<a id="offcanvas-toggler" aria-label="Menu" class="offcanvas-toggler-right d-flex d-lg-none" href="#">
<div class="burger-icon" aria-hidden="true"><span></span><span></span><span></span></div></a>
{_menu(path)}
</nav>
<div class="sp-module header-cta"><div class="sp-module-content"><div class="mod-custom custom">
<a class="btn btn-primary btn-book" href="/booking-and-cancellation/">Book Now</a></div></div></div>
</div></div>
</div></div></div></header>
{crumb}
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
{main}
</div></div></div></section>
<section id="sp-bottom"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-bottom1" class="col-sm-col-sm-6 col-lg-3"><div class="sp-column"><div class="sp-module">
<h3 class="sp-module-title">Larkfield Farm</h3><div class="sp-module-content"><div class="mod-custom custom">
<p>Family-run boarding kennels, cattery and doggy day care in the South Norfolk countryside since 1994.</p>
<p><img src="/images/badges/breckland-5-star.png" alt="5 star licensed by Breckland Council" width="90"></p>
</div></div></div></div></div>
<div id="sp-bottom2" class="col-sm-col-sm-6 col-lg-3"><div class="sp-column"><div class="sp-module">
<h3 class="sp-module-title">Quick Links</h3><div class="sp-module-content">
<ul class="menu"><li><a href="/prices/">Prices</a></li><li><a href="/vaccinations/">Vaccinations</a></li>
<li><a href="/booking-and-cancellation/">Booking</a></li><li><a href="/faq/">FAQs</a></li>
<li><a href="/contact/">Find Us</a></li></ul></div></div></div></div>
<div id="sp-bottom3" class="col-sm-col-sm-6 col-lg-3"><div class="sp-column"><div class="sp-module">
<h3 class="sp-module-title">Contact</h3><div class="sp-module-content"><div class="mod-custom custom">
<p>Larkfield Farm, Hargham Road<br>Old Buckenham, Attleborough<br>Norfolk NR17 1SE</p>
<p>Tel: <a href="tel:01953860417">01953 860417</a><br>
<a href="mailto:bookings@larkfieldfarmkennels.co.uk">bookings@larkfieldfarmkennels.co.uk</a></p>
</div></div></div></div></div>
<div id="sp-bottom4" class="col-sm-col-sm-6 col-lg-3"><div class="sp-column"><div class="sp-module">
<h3 class="sp-module-title">Drop-off &amp; Collection</h3><div class="sp-module-content"><div class="mod-custom custom">
<p>Mon&ndash;Sat: 8:30&ndash;11:30am &amp; 3:00&ndash;5:30pm<br>Sunday: 10:00am&ndash;12 noon</p>
<p><a href="/opening-times/">Christmas &amp; bank holiday times</a></p>
</div></div></div></div></div>
</div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-footer1" class="col-lg-6"><div class="sp-column"><span class="sp-copyright">
&copy; 2025 Larkfield Farm Kennels &amp; Cattery. All rights reserved.</span></div></div>
<div id="sp-footer2" class="col-lg-6"><div class="sp-column"><div class="sp-module"><div class="sp-module-content">
<ul class="menu"><li><a href="#">Privacy Policy</a></li><li><a href="#">Cookies</a></li></ul>
<p class="site-credit">Website by Wensum Web Design</p></div></div></div></div>
</div></div></div></footer>
</div>
</div>
<div class="offcanvas-overlay"></div>
<div class="offcanvas-menu"><div class="d-flex align-items-center p-3 pt-4">
<a href="#" class="close-offcanvas" aria-label="Close Off-canvas"><div class="burger-icon">
<span></span><span></span><span></span></div></a></div>
<div class="offcanvas-inner"><div class="sp-module"><div class="sp-module-content">
{_menu(path, css="menu nav-pills")}
</div></div></div></div>
<div id="sp-cookie-consent" class="position-bottom cookie-notice"><div>
<div class="sp-cookie-consent-content">We use cookies to make this website work and to see how visitors use it.
By continuing to browse you agree to our use of cookies.</div>
<div class="sp-cookie-consent-action">
<a class="sp-cookie-close sp-cookie-allow btn btn-primary" href="#">OK, got it</a></div>
</div></div>
<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
</body>
</html>
"""


# ---------------------------------------------------------------- pages

_HOME = (
    _section(
        (
            12,
            _addon(
                "heading",
                '<h1 class="sppb-addon-title">A home from home for dogs, cats and small pets</h1>'
                '<p class="sppb-addon-subtitle">Family-run boarding kennels &amp; cattery on our farm at '
                "Old Buckenham, South Norfolk</p>",
            )
            + _cta("Check Availability", note="Summer and Christmas fill up fast &ndash; book early!"),
        ),
        css="sppb-section-hero has-bg-image",
    )
    + _section(
        (
            12,
            _text(
                "<p>Welcome to Larkfield Farm! We are a small, family-run boarding kennels and cattery set on "
                "12 acres of farmland between Attleborough and Diss. The Gowing family have been looking after "
                "the dogs, cats, rabbits and guinea pigs of South Norfolk and beyond for over thirty years, and "
                "many of our guests are the children and grandchildren of the pets we first looked after back "
                "in the nineties.</p>"
                "<p>We are not a big chain and we never will be. Every pet that stays with us is known by name, "
                "walked in our own secure paddocks, fed the way you feed them at home and tucked up at night by "
                "someone who genuinely cares. Whether you are off on a fortnight in the sun, moving house, or "
                "going into hospital, you can relax knowing your pet is in safe hands.</p>",
                title="Welcome to Larkfield Farm",
            ),
        ),
    )
    + _section(
        (
            4,
            _addon(
                "feature",
                "<h4>Dog Boarding</h4><p>Heated kennels in our converted barn and roomy family suites for dogs "
                'who share.</p><a href="/dog-boarding/" class="sppb-btn sppb-btn-link">Find out more</a>',
            ),
        ),
        (
            4,
            _addon(
                "feature",
                "<h4>The Cattery</h4><p>A peaceful, cat-only building with cosy chalets, well away from the "
                'dogs.</p><a href="/cattery/" class="sppb-btn sppb-btn-link">Find out more</a>',
            ),
        ),
        (
            4,
            _addon(
                "feature",
                "<h4>Doggy Day Care</h4><p>A fun, supervised day of play and rest while you are at work.</p>"
                '<a href="/doggy-day-care/" class="sppb-btn sppb-btn-link">Find out more</a>',
            ),
        ),
        title="How We Can Help",
        css="sppb-section-services",
    )
    + _section(
        (
            6,
            _addon(
                "feature",
                "<h4>Small Animal Boarding</h4><p>Rabbits, guinea pigs and other small furries stay in our "
                'quiet Bunny Barn.</p><a href="/small-animal-boarding/" class="sppb-btn sppb-btn-link">'
                "Find out more</a>",
            ),
        ),
        (
            6,
            _addon(
                "feature",
                "<h4>Pet Taxi</h4><p>No car, or short of time? We can collect your pet and bring them home "
                'again.</p><a href="/pet-taxi/" class="sppb-btn sppb-btn-link">Find out more</a>',
            ),
        ),
    )
    + _section(
        (
            4,
            _testimonial(
                "Our two spaniels have stayed at Larkfield for years. They drag us in through the gate, which "
                "says it all really!",
                "Jo &amp; Pete H.",
                "Attleborough",
            ),
        ),
        (
            4,
            _testimonial(
                "Hannah was brilliant with our old girl Misty, who is nearly nineteen. She came home looking "
                "better than when she went in.",
                "Margaret T.",
                "Diss",
            ),
        ),
        (
            4,
            _testimonial(
                "Friendly, spotless and so obviously run by people who love animals. Thank you for looking "
                "after Bertie and Bluebell the bunnies.",
                "The Cooper family",
                "East Harling",
            ),
        ),
        title="Happy Customers",
        css="sppb-section-testimonials",
    )
    + _section((12, _cta("Book Your Pet's Holiday", note="Ready to book? We'd love to meet your pet.")))
)

_DOGS = (
    _section(
        (
            12,
            _text(
                "<p>Our dog kennels are split between two buildings, both purpose-designed for comfort, "
                "hygiene and peace and quiet. We'll help you choose the right one when you book.</p>",
                title="Dog Boarding at Larkfield Farm",
            ),
        )
    )
    + _section(
        (
            6,
            _text(
                "<p>Our main block is a converted brick-and-flint barn with 20 individual kennels. Each "
                "kennel has an indoor sleeping area of 1.8m x 1.5m with a raised bed and fleecy Vetbed, plus "
                "its own covered run of 1.8m x 3m. Solid walls between kennels mean dogs can't stare at their "
                "neighbours, which keeps everyone calmer.</p>"
                "<p>The Barn has <strong>underfloor heating</strong>, which runs from October to April and "
                "keeps the sleeping areas at a comfortable temperature even on the coldest Norfolk nights, so "
                "thin-coated breeds such as whippets and greyhounds stay snug. In summer we have ceiling "
                "fans, shade netting over the runs and cool mats.</p>",
                title="The Barn",
            ),
        ),
        (
            6,
            _text(
                "<p>Built in 2016, The Orchard has eight larger family suites for dogs from the same "
                "household. Each suite has a sleeping room with a window overlooking the orchard and a "
                "double-width run. Suites take up to three dogs and are heated in the same way as The "
                "Barn.</p>"
                "<p><strong>Sharing:</strong> dogs from the same household can share a kennel or suite as long "
                "as they are used to sleeping together at home. We will never put dogs from different "
                "households together. Sharing dogs are charged at our lower sharing rates.</p>",
                title="The Orchard family suites",
            ),
        ),
    )
    + _section(
        (
            12,
            _text(
                "<ul>"
                "<li><strong>7:00am</strong> &ndash; lights on, first let-out and a cuddle</li>"
                "<li><strong>8:00am</strong> &ndash; breakfast</li>"
                "<li><strong>9:00am&ndash;12:00</strong> &ndash; morning exercise in the paddocks</li>"
                "<li><strong>12:00&ndash;3:00pm</strong> &ndash; quiet time: the kennels are closed to visitors "
                "so dogs can rest</li>"
                "<li><strong>3:00&ndash;4:30pm</strong> &ndash; afternoon exercise</li>"
                "<li><strong>4:30pm</strong> &ndash; tea</li>"
                "<li><strong>8:30pm</strong> &ndash; supper biscuit and last let-out</li>"
                "<li><strong>10:00pm</strong> &ndash; final check and lights out</li></ul>"
                "<p>The radio plays quietly during the day and is switched off at night.</p>",
                title="A typical day",
            ),
        )
    )
    + _section(
        (
            12,
            _text(
                "<p>Sue and Martin live in the farmhouse just 30 metres from the kennels, so there is always "
                "someone on site through the night. Both kennel blocks have smoke and heat detectors linked to "
                "an alarm in the house.</p>"
                "<p>We board puppies from <strong>16 weeks old</strong>, once their first course of "
                "vaccinations is complete. There is no minimum stay &ndash; one night is fine.</p>",
                title="Peace of mind at night",
            ),
        )
    )
    + _section((12, _cta(note="Dog boarding from &pound;25 a night. See our full price list.")))
)

_CATS = (
    _section(
        (
            12,
            _text(
                "<p>Cats are not small dogs, and they deserve somewhere that is just for them. The Cattery at "
                "Larkfield is a <strong>cat-only building</strong> in our old stable block, at the far end of "
                "the yard about 80 metres from the dog kennels, with its own entrance. Dogs are never walked "
                "past it, so your cat won't see dogs at all during its stay.</p>",
                title="The Cattery",
            ),
        )
    )
    + _section(
        (
            7,
            _text(
                "<p>The cattery was completely refurbished in 2021 and has 18 chalets. Every chalet has:</p>"
                "<ul><li>an insulated sleeping area with a thermostatically controlled heater, used whenever "
                "the weather turns chilly</li>"
                "<li>a snug cat bed, shelves at different heights and a hidey box</li>"
                "<li>an enclosed, covered run with a view over the garden and bird table</li>"
                "<li>solid sneeze barriers between chalets, so cats can't touch or sneeze on each other</li>"
                "</ul><p>Four of the chalets are larger <strong>family chalets</strong> for up to four cats "
                "from the same household. Cats stay in their own chalet and run for the whole stay and are "
                "never let out into the grounds.</p>",
                title="Our chalets",
            ),
        ),
        (
            5,
            _addon(
                "image",
                '<img class="sppb-img-responsive" src="/images/cattery/chalet-2021.jpg" '
                'alt="One of the refurbished cattery chalets" loading="lazy">',
            ),
        ),
    )
    + _section(
        (
            12,
            _text(
                "<p>Hannah runs the cattery and knows every guest by name. Cats are fed twice a day, and each "
                "one gets time for fuss and play morning and afternoon if they want it. Long-haired cats are "
                "brushed every day at no extra charge. We use Feliway diffusers throughout to help cats feel "
                "settled.</p>"
                "<p><strong>Litter:</strong> we use wood pellet litter as standard. If your cat will only use "
                "clumping or paper litter, let us know when you book and we can usually match it.</p>",
                title="Cat care",
            ),
        )
    )
    + _section((12, _cta(note="Cat boarding from &pound;15.50 a night.")))
)

_DAYCARE = (
    _section(
        (
            12,
            _text(
                "<p>Doggy day care at Larkfield gives your dog a fun, safe and supervised day while you are "
                "at work. Dogs play in small groups in our paddocks, have a proper rest in the middle of the "
                "day and go home happy and tired.</p>"
                "<p><strong>Day care runs Monday to Friday, 7:30am to 6:00pm.</strong> We don't offer day care "
                "at weekends or on bank holidays. Half days are either a morning (drop off by 8:30am, collect "
                "by 1:00pm) or an afternoon (drop off from 1:00pm).</p>",
                title="Doggy Day Care",
            ),
        )
    )
    + _section(
        (
            6,
            _text(
                "<p>Dogs are grouped by size and play style: the <em>Little Larks</em> for small dogs and "
                "puppies, and the <em>Big Larks</em> for everyone else. We take a maximum of 20 day care dogs, "
                "with at least one member of staff for every six dogs.</p>"
                "<p>From 12:00 to 2:00pm everyone has a rest in their own day kennel. When it's very wet the "
                "groups play in our indoor Play Barn, which has a soft rubber floor.</p>"
                "<p>We don't feed adult dogs at day care unless agreed. Puppies under six months should bring a "
                "small lunch.</p>",
                title="How the day works",
            ),
        ),
        (
            6,
            _text(
                "<ul><li>Every new dog comes for a <strong>free assessment half day</strong> first so we can "
                "see how they get on in a group.</li>"
                "<li>Dogs must be friendly with other dogs and people.</li>"
                "<li>Dogs over 12 months old must be <strong>neutered</strong> (both males and females) to join "
                "the groups.</li>"
                "<li>Vaccinations, including kennel cough, must be up to date.</li>"
                "<li>Puppies can join the Little Larks from 20 weeks old.</li></ul>"
                "<p>Regular dogs keep the same day or days each week. Extra one-off days depend on space, so "
                "ring us the week before.</p>",
                title="Joining day care",
            ),
        ),
    )
    + _section((12, _cta("Book an Assessment", href="/contact/")))
)

_SMALL = (
    _section(
        (
            12,
            _text(
                "<p>Small pets need holidays too! Our <strong>Bunny Barn</strong> is a quiet, heated room in "
                "the farmhouse annexe, well away from the dogs and cats. We welcome rabbits, guinea pigs, "
                "chinchillas, hamsters, gerbils, rats and mice.</p>",
                title="Small Animal Boarding",
            ),
        )
    )
    + _section(
        (
            6,
            _text(
                "<p>Rabbits and guinea pigs stay in our large indoor pens (1.2m x 2.4m). On dry days they can "
                "graze in predator-proof grass runs on the lawn, always supervised. Bonded pairs and groups "
                "always stay together.</p>"
                "<p>Hamsters, gerbils, rats, mice and chinchillas should come in <strong>their own "
                "cage</strong>, cleaned out before arrival, and they stay in it for the holiday.</p>",
                title="Housing",
            ),
        ),
        (
            6,
            _text(
                "<p>We provide good quality Timothy hay and fresh greens from our kitchen garden. Please bring "
                "your pet's usual pellets or nuggets in a labelled bag, so there is no sudden change of diet "
                "(which can upset little tummies).</p>",
                title="Food",
            ),
        ),
    )
    + _section(
        (
            12,
            _text(
                "<p><strong>Rabbits must be vaccinated</strong> against myxomatosis and both strains of "
                "rabbit haemorrhagic disease (RHD1 and RHD2). The vaccination must be within the last 12 "
                "months and given at least 14 days before arrival. We live in the middle of the countryside "
                "with plenty of wild rabbits, so we can't accept unvaccinated rabbits under any "
                "circumstances.</p>"
                "<p>Guinea pigs don't need vaccinations. Every rabbit and guinea pig is checked for mites and "
                "overgrown teeth or nails on arrival, and in warm weather we check rabbits twice a day for "
                "flystrike.</p>",
                title="Health and vaccinations for small pets",
            ),
        )
    )
)

_TAXI = _section(
    (
        12,
        _text(
            "<p>Don't drive, working long hours or just short of time before your flight? Our pet taxi "
            "will collect your pet from your home at the start of their stay and bring them back again at "
            "the end. Tom runs the taxi in our own Citroën Berlingo van, fitted with secure, fixed crates "
            "and air conditioning. Pets from different households never share a crate.</p>"
            "<p>We can also take pets to and from vet or grooming appointments within 20 miles, whether "
            "or not they are boarding with us.</p>",
            title="Pet Taxi",
        ),
    )
) + _section(
    (
        7,
        _table(
            ["Distance from Larkfield Farm", "Price each way"],
            [
                ["Up to 5 miles", "&pound;12"],
                ["5 to 10 miles", "&pound;18"],
                ["10 to 20 miles", "&pound;26"],
                ["Over 20 miles", "By quotation (around 60p per mile)"],
                ["Each extra pet from the same household", "&pound;4"],
            ],
        ),
    ),
    (
        5,
        _text(
            "<ul><li>The taxi runs Monday to Saturday, 9:00am to 4:00pm. Sorry, no Sunday or bank "
            "holiday journeys.</li>"
            "<li>Please book at least <strong>48 hours</strong> in advance.</li>"
            "<li>Someone must be at home to hand over your pet, along with the vaccination card and any "
            "medication.</li>"
            "<li>Cats must travel in a secure carrier. If you don't have one we can lend you one.</li></ul>",
            title="Good to know",
        ),
    ),
)

_PRICES = (
    _section(
        (
            12,
            _text(
                "<p>All prices are per night and include VAT. Prices valid from 1 January 2025 until further "
                "notice. Food, bedding, exercise and daily fuss are all included.</p>",
                title="Our Prices",
            ),
        )
    )
    + _section(
        (
            6,
            '<h3 class="sppb-addon-title">Dog boarding (per night)</h3>'
            + _table(
                ["", "Off-peak", "Peak"],
                [
                    ["1 dog", "&pound;25.00", "&pound;29.00"],
                    ["2 dogs sharing", "&pound;44.00", "&pound;51.00"],
                    ["3 dogs sharing", "&pound;60.00", "&pound;69.00"],
                ],
            ),
        ),
        (
            6,
            '<h3 class="sppb-addon-title">Cat boarding (per night)</h3>'
            + _table(
                ["", "Off-peak", "Peak"],
                [
                    ["1 cat", "&pound;15.50", "&pound;17.50"],
                    ["2 cats sharing", "&pound;27.00", "&pound;31.00"],
                    ["3 cats sharing", "&pound;37.00", "&pound;42.00"],
                    ["4 cats sharing", "&pound;46.00", "&pound;52.00"],
                ],
            ),
        ),
    )
    + _section(
        (
            6,
            '<h3 class="sppb-addon-title">Small animals (per night)</h3>'
            + _table(
                ["", "Off-peak", "Peak"],
                [
                    ["Rabbits or guinea pigs, per pen (1 or 2 animals)", "&pound;8.00", "&pound;9.00"],
                    ["Hamster, gerbils, rats, mice or chinchillas, per cage", "&pound;5.00", "&pound;6.00"],
                ],
            ),
        ),
        (
            6,
            '<h3 class="sppb-addon-title">Doggy day care</h3>'
            + _table(
                ["", "Price"],
                [
                    ["Full day", "&pound;28.00"],
                    ["Half day", "&pound;18.00"],
                    ["10-day pass (use within 3 months)", "&pound;260.00"],
                    ["Assessment half day", "Free"],
                ],
            ),
        ),
    )
    + _section(
        (
            6,
            '<h3 class="sppb-addon-title">Extras</h3>'
            + _table(
                ["", "Price"],
                [
                    ["Insulin injections", "&pound;3.00 per day"],
                    ["Bath &amp; brush before going home &ndash; small dog", "&pound;15.00"],
                    ["Bath &amp; brush before going home &ndash; medium dog", "&pound;20.00"],
                    ["Bath &amp; brush before going home &ndash; large dog", "&pound;25.00"],
                    ["Nail clip", "&pound;8.00"],
                ],
            ),
        ),
        (
            6,
            _text(
                "<p>Peak rates apply during Norfolk school holidays, bank holiday weekends (Friday to Monday) "
                "and over Christmas. For 2025 the peak dates are:</p>"
                "<ul><li>Easter: 11 &ndash; 27 April</li><li>May half term: 24 May &ndash; 1 June</li>"
                "<li>Summer: 19 July &ndash; 7 September</li><li>October half term: 25 October &ndash; 2 "
                "November</li><li>Christmas: 19 December 2025 &ndash; 4 January 2026</li></ul>"
                "<p><strong>How we charge:</strong> we charge per night. If you collect in the afternoon "
                "session on your going-home day, we add half a night.</p>"
                "<p><strong>Long stays:</strong> 10% off stays of 21 nights or more, off-peak only.</p>",
                title="Peak dates and how we charge",
            ),
        ),
    )
)

_VACC = (
    _section(
        (
            6,
            _text(
                "<p>To protect every guest, all dogs must be vaccinated against:</p>"
                "<ul><li><strong>Distemper, hepatitis and parvovirus</strong> &ndash; in date according to "
                "your vet's schedule</li>"
                "<li><strong>Leptospirosis</strong> &ndash; annual booster, in date</li>"
                "<li><strong>Kennel cough</strong> &ndash; within the last 12 months, and given at least "
                "<strong>14 days before arrival</strong> so it has time to work</li></ul>"
                "<p>If your dog's boosters have lapsed and your vet restarts the course, the whole course "
                "must be finished at least 14 days before your dog comes in. We accept a titre test "
                "certificate for distemper, hepatitis and parvovirus if it is dated within the last three "
                "years, but leptospirosis and kennel cough vaccinations are still needed.</p>",
                title="Dogs",
            ),
        ),
        (
            6,
            _text(
                "<p>Cats must be vaccinated against <strong>feline enteritis</strong> and <strong>cat "
                "flu</strong> (calicivirus and herpesvirus). Vaccinations must be in date and the most recent "
                "one given at least 7 days before arrival. Feline leukaemia (FeLV) vaccination is recommended "
                "but not compulsory.</p>",
                title="Cats",
            ),
        ),
    )
    + _section(
        (
            12,
            _text(
                "<p>Please bring your pet's vaccination card <strong>every time</strong> they stay, or ask "
                "your vet practice to email us a copy of the record. Without proof of vaccination we cannot "
                "admit your pet, and we are sorry but we can't make exceptions.</p>"
                "<p>All pets should be treated for fleas in the last four weeks and wormed in the last three "
                "months. If we find fleas on arrival we will treat your pet and deep-clean the kennel, at a "
                "charge of &pound;12.</p>",
                title="Proof of vaccination, fleas and worms",
            ),
        )
    )
    + _section(
        (
            12,
            _text(
                "<p>Kennel cough (infectious tracheobronchitis) is a bit like a human cold. It is caused by "
                "several viruses and bacteria and spreads through the air wherever dogs meet &ndash; parks, "
                "training classes, groomers and kennels. The usual sign is a dry, honking cough that lasts one "
                "to three weeks; most dogs are otherwise bright and well.</p>"
                "<p>The vaccine reduces the risk and makes the illness milder, but like the human flu jab it "
                "can't cover every strain. We keep the risk as low as possible: our kennels are well "
                "ventilated, disinfected every day with F10, and dogs from different households never share "
                "air space in the same kennel. A dog that starts coughing moves to our isolation kennel and we "
                "will let you know.</p>"
                "<p>If your dog has coughed in the 14 days before their stay, please phone us before coming "
                "in. If they start coughing after going home, contact your vet and let us know too.</p>",
                title="About kennel cough",
            ),
        )
    )
)

_BRING = (
    _section(
        (
            12,
            _text(
                "<ul><li>Vaccination card (every stay)</li>"
                "<li>Any medication, in its original packaging</li>"
                "<li>Your pet's own food, if they are on something special</li>"
                "<li>One familiar blanket or bed, labelled with your pet's name</li></ul>",
                title="Your checklist",
            ),
        )
    )
    + _section(
        (
            6,
            _text(
                "<p>You don't need to bring food. We feed Burns Original dry food to dogs, and a mix of Pro "
                "Plan biscuits and Felix pouches to cats, all included in the price.</p>"
                "<p>If your pet is used to a particular food, you are very welcome to bring it. Please bring "
                "enough for the whole stay plus two extra days, clearly labelled with your pet's name. We "
                "can't reduce the price if you bring your own food. A small bag of treats is fine, but no "
                "rawhide or cooked bones please.</p>",
                title="Food",
            ),
        ),
        (
            6,
            _text(
                "<p>We provide raised beds and clean Vetbed for every guest. A familiar blanket, old jumper or "
                "small bed that smells of home really helps pets settle, so please do bring one. Please don't "
                "bring expensive or memory-foam beds, as we can't be responsible if they get chewed or "
                "soiled.</p>"
                "<p>One or two tough toys such as a Kong are welcome. We don't leave tennis balls or squeaky "
                "toys in the kennels as they can be a choking hazard.</p>",
                title="Bedding and toys",
            ),
        ),
    )
    + _section(
        (
            6,
            _text(
                "<p>Please arrive with your dog on a collar or harness and lead. We hang them on a named hook "
                "outside the kennel and use them for walks. For safety, collars are taken off inside the "
                "kennel.</p>",
                title="Collars and leads",
            ),
        ),
        (
            6,
            _text(
                "<p>Cats must arrive in a secure plastic or wire carrier &ndash; no cardboard carriers please. "
                "We store your carrier until you collect. There's no need to bring litter trays, bowls or "
                "scratching posts; we supply all of these.</p>",
                title="For cats",
            ),
        ),
    )
    + _section(
        (
            12,
            _text(
                "<p>Food bowls, crates, and anything you would be heartbroken to lose. We have everything your "
                "pet needs.</p>",
                title="Please leave at home",
            ),
        )
    )
)

_SPECIAL = (
    _section(
        (
            12,
            _text(
                "<p>We give tablets, liquids, eye and ear drops and creams at <strong>no extra charge</strong>. "
                "Please bring medication in its original packaging with the pharmacy label showing your pet's "
                "name, the dose and when it should be given, and bring enough for the stay plus three extra "
                "days in case you are delayed. Tablets can be hidden in food or a pill pocket. Every dose is "
                "written on a chart, which you can see when you collect. Controlled drugs are kept in a locked "
                "cabinet.</p>"
                "<p><strong>Diabetic pets:</strong> Hannah and Jade are trained to give insulin injections to "
                "both cats and dogs, twice a day at fixed times to match meals (a small daily charge applies, "
                "see prices). We are not able to do blood glucose curves.</p>",
                title="Medication",
            ),
        )
    )
    + _section(
        (
            12,
            _text(
                "<p>Prescription diets (kidney, hypoallergenic, weight control and so on) are no problem "
                "&ndash; just bring them with you. Raw-fed dogs and cats are welcome: we have a dedicated "
                "freezer and a separate preparation area. Please bring raw or home-cooked meals frozen in "
                "individual, labelled portions, and we defrost them in the fridge overnight.</p>",
                title="Special diets and raw feeding",
            ),
        )
    )
    + _section(
        (
            6,
            _text(
                "<p>Our golden oldies stay in the kennels and chalets nearest the kitchen, so we can keep a "
                "close eye on them. They get orthopaedic mattresses, extra bedding and a heat pad, shorter "
                "gentle walks at their own pace and more frequent trips outside to the toilet.</p>"
                "<p>For dogs over 12 and cats over 16, we ask for a vet check within the last six months and "
                "a note of any health conditions on the booking form.</p>",
                title="Older pets",
            ),
        ),
        (
            6,
            _text(
                "<p>Nervous and rescue pets stay in the quietest end kennels or chalets, with part of the "
                "front covered so they can hide away. The same member of staff looks after them all stay, and "
                "we use Adaptil or Feliway diffusers. We never rush or force a frightened pet &ndash; we sit "
                "with them and let them come to us.</p>"
                "<p>For nervous first-timers we recommend a <strong>trial night</strong> (charged at the normal "
                "rate) before a longer holiday. Dogs who don't like other dogs are exercised on their own at "
                "quiet times.</p>",
                title="Nervous pets",
            ),
        ),
    )
)

_EXERCISE = (
    _section(
        (
            12,
            _text(
                "<p>Every boarding dog goes out at least <strong>three times a day</strong>: two exercise "
                "sessions of 20 to 30 minutes, morning and afternoon, plus a last toilet trip in the evening. "
                "Dogs exercise on their own or with dogs from their own household only &ndash; we don't mix "
                "boarding dogs from different families.</p>",
                title="Exercise and Walks",
            ),
        )
    )
    + _section(
        (
            6,
            _text(
                "<ul><li><strong>Top Field</strong> &ndash; a one-acre grass paddock with 6ft deer "
                "fencing</li>"
                "<li><strong>Pond Paddock</strong> &ndash; half an acre with shady trees; the pond itself is "
                "fenced off</li>"
                "<li><strong>Little Paddock</strong> &ndash; a smaller, sheltered area for little and older "
                "dogs</li></ul>",
                title="Our three secure paddocks",
            ),
        ),
        (
            6,
            _text(
                "<p>Dogs who prefer a proper walk go on the lead around our private field-margin track, a "
                "1.5km loop with no public footpath, so there's no meeting strangers or their dogs. Dogs with "
                "a poor recall, and sighthounds, go out on a long line. If you tell us your dog must stay on "
                "the lead, they will never be let off.</p>",
                title="Lead walks around the farm",
            ),
        ),
    )
    + _section(
        (
            12,
            _text(
                "<p>On very wet days dogs play in our indoor Play Barn. In hot weather we exercise early in "
                "the morning and in the cool of the evening, and there are paddling pools in the paddocks.</p>"
                "<p>Want a bit more for your dog? Add an extra 20-minute one-to-one walk or play session for "
                "&pound;6 each &ndash; just ask when you drop off.</p>",
                title="Whatever the weather",
            ),
        )
    )
)

_BOOKING = (
    _section(
        (
            12,
            _text(
                "<p>You can book by phone on 01953 860417, by email, or by using the enquiry form on our "
                "contact page. If you are new to us we will email you a registration form to fill in before "
                "the first stay. We hold a provisional booking for five days; it is only confirmed once we "
                "receive your deposit.</p>"
                "<p>Summer and Christmas get booked up very early, so we recommend booking four to six months "
                "ahead for those.</p>",
                title="How to book",
            ),
        )
    )
    + _section(
        (
            6,
            _text(
                "<p>We ask for a deposit of <strong>25% of the total cost</strong> (minimum &pound;25) to "
                "confirm your booking. For Christmas and New Year stays (19 December to 4 January) the deposit "
                "is 50%. The balance is paid when you collect your pet.</p>",
                title="Deposits",
            ),
        ),
        (
            6,
            _text(
                "<p>We accept cash, debit cards and Visa or Mastercard credit cards (sorry, not American "
                "Express), and bank transfer with your surname as the reference. We no longer accept "
                "cheques.</p>",
                title="Paying",
            ),
        ),
    )
    + _section(
        (
            12,
            _text(
                "<ul><li><strong>More than 28 days' notice:</strong> your deposit isn't refunded, but can be "
                "moved to another stay within 12 months.</li>"
                "<li><strong>Less than 28 days' notice:</strong> the deposit is lost.</li>"
                "<li><strong>Less than 7 days' notice for a peak booking:</strong> the full cost of the stay "
                "is charged, unless we can re-let the kennel.</li>"
                "<li><strong>Collecting early:</strong> during peak periods we charge for the full booked stay; "
                "off-peak you only pay for the nights your pet stayed.</li>"
                "<li><strong>Extending a stay:</strong> ring us as soon as you can and we'll do our best, "
                "subject to space.</li></ul>",
                title="Cancellations and changes",
            ),
        )
    )
    + _section((12, _cta("Make an Enquiry", href="/contact/")))
)

_TIMES = (
    _section(
        (
            6,
            _table(
                ["Day", "Drop-off &amp; collection"],
                [
                    ["Monday &ndash; Saturday", "8:30am &ndash; 11:30am and 3:00pm &ndash; 5:30pm"],
                    ["Sunday", "10:00am &ndash; 12:00 noon only"],
                    ["Bank holidays", "10:00am &ndash; 12:00 noon only"],
                ],
            ),
        ),
        (
            6,
            _text(
                "<p>We close between 12:00 and 3:00pm every day. This is quiet time for the animals, so "
                "please don't arrive during these hours. The office phone is answered 8:30am to 5:30pm Monday "
                "to Saturday and 10:00am to 12 noon on Sundays.</p>"
                "<p>Please tell us roughly what time you'll arrive so we can have the paperwork ready. Allow "
                "about 15 minutes for your first drop-off.</p>",
                title="Quiet time",
            ),
        ),
        title="Drop-off and Collection Times",
    )
    + _section(
        (
            12,
            _text(
                "<p>Flights get delayed and the A11 isn't always kind. If you are running late, phone us. By "
                "arrangement we can do a <strong>late collection up to 8:00pm</strong> for a fee of &pound;15. "
                "After 8:00pm your pet will stay another night and you can collect the next morning, charged "
                "at the normal nightly rate.</p>",
                title="Running late?",
            ),
        )
    )
    + _section(
        (
            12,
            _table(
                ["Date", "Drop-off &amp; collection"],
                [
                    ["Wednesday 24 December", "8:30am &ndash; 12:00 noon"],
                    ["Thursday 25 December (Christmas Day)", "Closed"],
                    ["Friday 26 December (Boxing Day)", "Closed"],
                    ["27 &ndash; 30 December", "Normal hours"],
                    ["Wednesday 31 December", "8:30am &ndash; 12:00 noon"],
                    ["Thursday 1 January", "Closed"],
                ],
            )
            + _text(
                "<p>Your pets are of course looked after as normal every day; we are only closed for "
                "arrivals and departures. A holiday surcharge of &pound;5 per pet per night applies on 25 and "
                "26 December and 1 January. Bookings that include Christmas Day have a minimum stay of four "
                "nights.</p>"
                "<p>Every boarder gets a Christmas dinner of turkey and vegetables and a stocking from Sue "
                "&ndash; just tell us if your pet can't have it.</p>",
            ),
        ),
        title="Christmas &amp; New Year 2025",
    )
)

_VET = _section(
    (
        12,
        _text(
            "<p>Our vets are the Thetford Road Veterinary Centre in Attleborough, six miles away, who "
            "provide 24-hour emergency cover. If your pet seems unwell we will try to contact you, or the "
            "emergency contact on your registration form. If it is urgent we will take your pet straight "
            "to the vet without waiting to reach you &ndash; your pet's welfare comes first. We don't "
            "charge for driving your pet to the vet during a stay.</p>"
            "<p>If you would rather we used your own vet for anything non-urgent, and they are within 15 "
            "miles, note this on the booking form.</p>"
            "<p>Every member of our team holds a pet first aid certificate, and every pet is checked at "
            "least four times a day.</p>",
            title="If your pet is unwell",
        ),
    )
) + _section(
    (
        6,
        _text(
            "<p>Any vet fees and medicines during your pet's stay are the owner's responsibility. We "
            "settle the vet's bill at the time and add it to your account, to pay when you collect. We "
            "will give you copies of the vet's invoice and notes so you can claim on your pet "
            "insurance.</p>",
            title="Vet fees",
        ),
    ),
    (
        6,
        _text(
            "<p>We hold public liability and care, custody and control insurance with a specialist pet "
            "business insurer. This covers us if a pet is injured through our negligence. It does "
            "<strong>not</strong> cover illness, pre-existing conditions or age-related problems, so we "
            "strongly recommend your own pet insurance.</p>"
            "<p>Many pet policies include <em>boarding fees</em> cover, which pays kennel or cattery fees "
            "if you go into hospital. We'll happily provide receipts for a claim.</p>",
            title="Our insurance and yours",
        ),
    ),
)

_ABOUT = (
    _section(
        (
            12,
            _text(
                "<p>Larkfield Farm has been in the Gowing family since 1962, when Martin's parents farmed pigs "
                "and barley here. In 1994 Sue, who had always had a house full of dogs, persuaded Martin to "
                "turn the old pig unit into a small boarding kennels. It has grown a little since then, with "
                "The Orchard family suites added in 2016 and the cattery refurbished in 2021, but it is still "
                "very much a family business.</p>",
                title="Meet the Family",
            ),
        )
    )
    + _section(
        (
            6,
            _text(
                "<p><strong>Sue Gowing &ndash; owner.</strong> Sue started Larkfield in 1994 and still does "
                "the morning rounds every day. She holds the kennel licence and does most of the bookings.</p>"
                "<p><strong>Martin Gowing.</strong> Martin keeps the paddocks, fences and buildings in "
                "order and grows the veg for the Bunny Barn.</p>"
                "<p><strong>Hannah Reeve &ndash; cattery manager.</strong> Sue and Martin's daughter holds a "
                "Level 3 Diploma in Animal Care and has studied feline behaviour. She runs the cattery and "
                "the Bunny Barn.</p>",
            ),
        ),
        (
            6,
            _text(
                "<p><strong>Tom Reeve.</strong> Hannah's husband runs our pet taxi and doggy day care.</p>"
                "<p><strong>Jade Platten &ndash; senior kennel assistant.</strong> Jade has been with us for "
                "nine years and knows our regulars better than their owners do!</p>"
                "<p><strong>Ellie and Callum</strong> help at weekends and in the school holidays.</p>"
                "<p>And finally <strong>Bramble</strong>, our ageing farm collie, and Mr Tibbs the yard cat, "
                "who both think they are in charge.</p>",
            ),
        ),
        title="The team",
    )
    + _section(
        (
            12,
            _testimonial(
                "You can tell it's a family place the minute you pull into the yard. Sue remembered our "
                "Labrador's name after two years!",
                "Richard B.",
                "Watton",
            ),
        )
    )
)

_LICENCE = _section(
    (
        12,
        _text(
            "<p>Larkfield Farm Kennels &amp; Cattery is licensed by <strong>Breckland Council</strong> "
            "under the Animal Welfare (Licensing of Activities Involving Animals) (England) Regulations "
            "2018. The licence holder is Susan Gowing and the licence number is BRK/AAL/0211.</p>"
            "<p>Our licence covers:</p><ul><li>boarding for dogs in kennels &ndash; up to 40 dogs</li>"
            "<li>boarding for cats &ndash; up to 30 cats</li>"
            "<li>day care for dogs &ndash; up to 20 dogs</li></ul>",
            title="Our Licence",
        ),
    )
) + _section(
    (
        7,
        _text(
            "<p>Since 2018 every licensed boarding business in England is given a star rating from one to "
            "five. The rating depends on how well the business meets the higher welfare standards set by "
            "the government and how low a risk it is judged to be.</p>"
            "<p>We were inspected in February 2024 by Breckland Council's licensing officer together with "
            "a vet, and were awarded the <strong>maximum five stars</strong>. A five-star licence is "
            "granted for three years, so ours runs until February 2027.</p>",
            title="Our five-star rating",
        ),
    ),
    (
        5,
        _text(
            "<p>The licence is on the wall in reception, and we are happy to show you the inspection "
            "report if you ask. You can also check us on the council's public register of licensed "
            "animal businesses.</p>"
            "<p>Boarding rabbits and other small animals isn't covered by the licensing scheme, but we "
            "care for them to the same standards.</p>",
            title="See for yourself",
        ),
    ),
)

_FAQ_ITEMS = [
    (
        "How will I know how my pet is getting on while I'm away?",
        "You are welcome to phone any day between 2:00 and 3:00pm, when the kennel team is in the office. If "
        "you'd like a photo, ask when you drop off and we will send one WhatsApp picture during the stay.",
    ),
    (
        "My bitch may come into season during her stay. Is that a problem?",
        "No, but please warn us if she is due. Bitches in season stay in The Orchard away from entire males "
        "and are exercised separately. There is no extra charge.",
    ),
    (
        "Do you accept XL Bully types?",
        "We are sorry, but we cannot accept any dog of a type banned under the Dangerous Dogs Act 1991, "
        "including XL Bully types, even with an exemption certificate.",
    ),
    (
        "Can someone else collect my pet?",
        "Yes, as long as you name them when you book. They will need to show photo ID, and we won't release "
        "your pet to anyone who isn't named.",
    ),
    (
        "My dog has bitten before. Can he still stay?",
        "Please tell us honestly about any history of biting. We decide case by case and may ask you to bring "
        "your dog to meet us before we confirm a booking.",
    ),
    (
        "Will my dog lose weight?",
        "Some dogs eat a little less for the first day or two. We weigh dogs on arrival and departure for "
        "stays of more than seven nights and adjust meals if needed.",
    ),
    (
        "Do you sell gift vouchers?",
        "Yes &ndash; gift vouchers are available in any amount from &pound;20, valid for 12 months. Buy them "
        "in person or over the phone.",
    ),
    (
        "Will my dog be upset with me when I come back?",
        "Not at all! Most dogs settle into our routine within a day and greet their owners with just as much "
        "excitement as ever.",
    ),
]

_FAQ = _section(
    (
        12,
        _addon(
            "accordion",
            '<div class="sppb-panel-group accordion" id="faq-accordion">'
            + "".join(
                f'<div class="accordion-item sppb-panel sppb-panel-modern">'
                f'<button class="accordion-toggle sppb-panel-heading" aria-expanded="false" '
                f'aria-controls="faq-{i}"><span class="sppb-panel-title">{q}</span>'
                f'<span class="sppb-toggle-direction"><i class="fa fa-chevron-right"></i></span></button>'
                f'<div id="faq-{i}" class="accordion-panel sppb-panel-collapse" role="region">'
                f'<div class="sppb-panel-body"><p>{a}</p></div></div></div>'
                for i, (q, a) in enumerate(_FAQ_ITEMS, start=1)
            )
            + "</div>",
            title="Frequently Asked Questions",
        ),
    )
) + _section((12, _cta("Still got a question? Get in touch", href="/contact/")))

_CONTACT = (
    _section(
        (
            6,
            _text(
                "<p><strong>Larkfield Farm Kennels &amp; Cattery</strong><br>Hargham Road, Old Buckenham<br>"
                "Attleborough, Norfolk NR17 1SE</p>"
                '<p>Telephone: <a href="tel:01953860417">01953 860417</a><br>'
                'Email: <a href="mailto:bookings@larkfieldfarmkennels.co.uk">'
                "bookings@larkfieldfarmkennels.co.uk</a></p>",
                title="Get in Touch",
            ),
        ),
        (
            6,
            _addon(
                "form-builder",
                '<form class="sppb-ajaxt-contact-form" action="#" method="post">'
                '<div class="sppb-form-group"><label for="cf-name">Your name</label>'
                '<input type="text" id="cf-name" name="name" class="sppb-form-control" required></div>'
                '<div class="sppb-form-group"><label for="cf-email">Email</label>'
                '<input type="email" id="cf-email" name="email" class="sppb-form-control" required></div>'
                '<div class="sppb-form-group"><label for="cf-pets">Pet(s) and dates</label>'
                '<textarea id="cf-pets" name="message" class="sppb-form-control" rows="4"></textarea></div>'
                '<button type="submit" class="sppb-btn sppb-btn-primary">Send enquiry</button></form>',
                title="Send us an enquiry",
            ),
        ),
    )
    + _section(
        (
            12,
            _text(
                "<p>From the A11 at Attleborough, take the B1077 towards Old Buckenham. Go through the village "
                "past the green, then turn right into Hargham Road. We are one mile along on the left: look for "
                "the white five-bar gate and our lark sign.</p>"
                "<p>Sat navs using our postcode tend to send people to the back field entrance on Cake Street, "
                "which is locked. Use what3words <strong>///otter.lanes.brimming</strong> to find the front "
                "gate.</p>"
                "<p><strong>Parking:</strong> there is a customer car park in the front yard with room for 12 "
                "cars, right next to reception. Please keep dogs on a lead in the car park and close the gate "
                "behind you.</p>",
                title="Finding us",
            ),
        )
    )
    + _section(
        (
            12,
            _text(
                "<p>We are always happy to show you round before you book. Viewings are by appointment, "
                "Monday to Saturday at 11:45am, and take about 20 minutes. Your dog is welcome to come too on "
                "a lead. To protect our feline guests from infection, you see the cattery through the viewing "
                "window rather than going inside.</p>"
                "<p>We don't do viewings in August or between 20 December and 3 January, when we are at our "
                "busiest.</p>",
                title="Come and look round",
            ),
        )
    )
)

_PAGES = [
    (
        "/",
        "Home",
        "Family-run boarding kennels, cattery and doggy day care near Attleborough, Norfolk.",
        _HOME,
        None,
    ),
    (
        "/dog-boarding/",
        "Dog Boarding",
        "Heated dog kennels and family suites on our Norfolk farm.",
        _DOGS,
        [_BOOK_MODULE, _LINKS_MODULE, _REVIEW_MODULE],
    ),
    (
        "/cattery/",
        "The Cattery",
        "A cat-only cattery with heated chalets in South Norfolk.",
        _CATS,
        [_BOOK_MODULE, _NEWS_MODULE],
    ),
    (
        "/doggy-day-care/",
        "Doggy Day Care",
        "Supervised doggy day care near Attleborough, Monday to Friday.",
        _DAYCARE,
        [_BOOK_MODULE, _REVIEW_MODULE],
    ),
    (
        "/small-animal-boarding/",
        "Small Animal Boarding",
        "Holiday boarding for rabbits, guinea pigs and small pets in Norfolk.",
        _SMALL,
        [_BOOK_MODULE, _LINKS_MODULE],
    ),
    (
        "/pet-taxi/",
        "Pet Taxi",
        "Pet taxi collection and delivery service for boarding pets.",
        _TAXI,
        None,
    ),
    (
        "/prices/",
        "Prices",
        "Dog boarding, cattery, day care and small animal boarding prices.",
        _PRICES,
        None,
    ),
    (
        "/vaccinations/",
        "Vaccinations &amp; Kennel Cough",
        "Vaccinations your dog or cat needs before boarding, and kennel cough explained.",
        _VACC,
        [_LINKS_MODULE, _BOOK_MODULE],
    ),
    (
        "/what-to-bring/",
        "What to Bring",
        "What to pack for your pet's stay at Larkfield Farm.",
        _BRING,
        [_LINKS_MODULE, _REVIEW_MODULE],
    ),
    (
        "/special-care/",
        "Medication, Diets &amp; Special Care",
        "Medication, special diets, older pets and nervous pets.",
        _SPECIAL,
        [_BOOK_MODULE, _LINKS_MODULE],
    ),
    (
        "/exercise-and-walks/",
        "Exercise &amp; Walks",
        "How boarding dogs are exercised at Larkfield Farm.",
        _EXERCISE,
        [_REVIEW_MODULE, _BOOK_MODULE],
    ),
    (
        "/booking-and-cancellation/",
        "Booking &amp; Cancellation",
        "How to book, deposits, payment and our cancellation policy.",
        _BOOKING,
        [_LINKS_MODULE, _NEWS_MODULE],
    ),
    (
        "/opening-times/",
        "Opening Times &amp; Holidays",
        "Drop-off and collection times, late collections, Christmas and bank holidays.",
        _TIMES,
        [_BOOK_MODULE, _NEWS_MODULE],
    ),
    (
        "/insurance-and-vet-care/",
        "Vet Care &amp; Insurance",
        "What happens if your pet is unwell, vet fees and insurance.",
        _VET,
        [_LINKS_MODULE],
    ),
    (
        "/about-us/",
        "Meet the Family",
        "The Gowing family and the team at Larkfield Farm.",
        _ABOUT,
        None,
    ),
    (
        "/licence/",
        "Our Licence",
        "Our Breckland Council animal boarding licence and five-star rating.",
        _LICENCE,
        [_NEWS_MODULE, _BOOK_MODULE],
    ),
    (
        "/faq/",
        "FAQs",
        "Frequently asked questions about boarding at Larkfield Farm.",
        _FAQ,
        [_BOOK_MODULE, _REVIEW_MODULE],
    ),
    (
        "/contact/",
        "Contact &amp; Find Us",
        "Contact details, directions, parking and viewings.",
        _CONTACT,
        None,
    ),
]

HTML = {
    path: _page(
        path,
        title,
        description,
        body,
        sidebar=sidebar,
        body_class="view-page itemid-" + str(100 + i) + (" home-page" if path == "/" else ""),
    )
    for i, (path, title, description, body, sidebar) in enumerate(_PAGES, start=1)
}

QUESTIONS = [
    (
        "hi my springer's had her normal jabs but not the kennel cough one, we're booked in with you in 10 days, "
        "will that be ok?",
        "/vaccinations/",
    ),
    ("How much would it cost for our two cats to stay a week in August?", "/prices/"),
    (
        "My mum's going into hospital and her old cat is diabetic and has injections twice a day, could you "
        "manage that?",
        "/special-care/",
    ),
    (
        "our flight lands at stansted at 4 and we wont get to you til about 7, can we still pick the dog up that night",
        "/opening-times/",
    ),
    ("We're back from my sister's late on Christmas Eve - can we collect Boxing Day?", "/opening-times/"),
    ("Do I need to bring my dog's food or do you feed them", "/what-to-bring/"),
    ("If we cancel three weeks before do we get our deposit back?", "/booking-and-cancellation/"),
    ("how much deposit do you need to hold a booking", "/booking-and-cancellation/"),
    (
        "We've got two lop-eared bunnies, they've never had any injections as they live indoors. Can they come to you?",
        "/small-animal-boarding/",
    ),
    (
        "I don't drive, is there any way you can fetch my labrador from my house in Wymondham?",
        "/pet-taxi/",
    ),
    ("What star rating did the council give you?", "/licence/"),
    (
        "We adopted a greyhound from a rescue in the spring, he's lovely but shakes like a leaf anywhere new. "
        "How would you look after him?",
        "/special-care/",
    ),
    ("Can I come and see the place before I book?", "/contact/"),
    ("Do the dogs get let off the lead? Shes a beagle and her recall is non existent", "/exercise-and-walks/"),
    (
        "Does my dog have to be done to come to day care? He's 2 and still entire",
        "/doggy-day-care/",
    ),
    ("My cat absolutely hates dogs, will she be near them?", "/cattery/"),
    (
        "What happens if my dog gets poorly while we're in Spain and you can't get hold of us?",
        "/insurance-and-vet-care/",
    ),
    ("Is it a family business? Who actually runs it", "/about-us/"),
    ("Can my two jack russells stay in together, they always sleep in the same bed", "/dog-boarding/"),
    (
        "Will it be warm enough? Hes a whippet with no coat to speak of and we're away in January",
        "/dog-boarding/",
    ),
    ("my girl might come into season while shes with you, is that ok?", "/faq/"),
    (
        "First time we've ever left her. Will I be able to find out how she's settling in while we're away?",
        "/faq/",
    ),
    ("Where do I park when I drop him off?", "/contact/"),
    ("do you do day care on a saturday", "/doggy-day-care/"),
    (
        "If something happens to my dog while he's with you, does your insurance pay the vet bills?",
        "/insurance-and-vet-care/",
    ),
]

OUT_OF_SCOPE = [
    "Do you run puppy training classes?",
    "Have you got any part-time jobs going? My daughter's 16 and mad about dogs",
    "Could you microchip my cat while she's staying with you?",
    "Do you sell dog food or treats in reception?",
    "Would you come and house-sit for us and feed the cats at our place instead?",
    "Is your reception wheelchair accessible?",
    "What's the best way to get rid of moles in my lawn?",
    "Can you recommend a nice B&B near Attleborough for a weekend away?",
]
