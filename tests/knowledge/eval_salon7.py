"""An evaluation site: Bramble & Bone Hair Studio, a hair salon and barbering studio in Cardiff city centre (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a YOOtheme Pro site
built on UIkit: uk-section/uk-container/uk-grid wrappers, a tm-header with uk-navbar dropdowns and an
off-canvas tm-header-mobile menu, uk-accordion FAQs, uk-table price lists and a tm-footer.
"""

NAME = "Bramble & Bone Hair Studio"

_PHONE = "029 2046 1187"
_PHONE_HREF = "tel:+442920461187"

_MENU = [
    ("/", "Home", None),
    (
        None,
        "Services",
        [
            ("/services/cuts-and-styling/", "Cuts, Fades &amp; Styling"),
            ("/services/colour/", "Colour, Vivids &amp; Bleach"),
            ("/services/balayage-and-colour-correction/", "Balayage &amp; Colour Correction"),
            ("/services/hair-extensions/", "Hair Extensions"),
            ("/services/perms-and-keratin/", "Perms &amp; Keratin Blow-Dry"),
            ("/weddings-and-prom/", "Weddings &amp; Prom"),
            ("/consultations-and-patch-tests/", "Consultations &amp; Patch Tests"),
        ],
    ),
    ("/price-list/", "Prices", None),
    (
        None,
        "Salon Info",
        [
            ("/booking-and-cancellations/", "Booking, Deposits &amp; Cancellations"),
            ("/re-do-guarantee/", "Our 7-Day Re-Do Guarantee"),
            ("/aftercare/", "Aftercare Advice"),
            ("/accessibility/", "Accessibility &amp; Quiet Hour"),
            ("/faq/", "FAQs"),
        ],
    ),
    ("/meet-the-team/", "Team", None),
    ("/shop/", "Shop", None),
    ("/gift-vouchers/", "Gift Vouchers", None),
    ("/find-us/", "Find Us", None),
]


_ACTIVE = ' class="uk-active"'


def _desktop_nav(active):
    items = []
    for href, label, children in _MENU:
        if children is None:
            cls = _ACTIVE if href == active else ""
            items.append(f'<li{cls}><a href="{href}">{label}</a></li>')
            continue
        sub = "\n".join(f'<li{_ACTIVE if h == active else ""}><a href="{h}">{lab}</a></li>' for h, lab in children)
        parent_cls = ' class="uk-parent uk-active"' if any(h == active for h, _ in children) else ' class="uk-parent"'
        items.append(
            f'<li{parent_cls}><a href="#" role="button">{label} <span uk-navbar-parent-icon></span></a>\n'
            '<div class="uk-navbar-dropdown uk-navbar-dropdown-width-2" uk-drop="boundary: !.uk-navbar; flip: false">'
            '<div class="uk-drop-grid uk-child-width-1-1" uk-grid><div>\n'
            f'<ul class="uk-nav uk-navbar-dropdown-nav">\n{sub}\n</ul>\n'
            "</div></div></div></li>"
        )
    return "\n".join(items)


def _mobile_nav():
    items = []
    for href, label, children in _MENU:
        if children is None:
            items.append(f'<li><a href="{href}">{label}</a></li>')
        else:
            sub = "\n".join(f'<li><a href="{h}">{lab}</a></li>' for h, lab in children)
            items.append(f'<li class="uk-parent"><a href="#">{label}</a>\n<ul class="uk-nav-sub">\n{sub}\n</ul></li>')
    return "\n".join(items)


def _page(path, title, description, body):
    return (
        """<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/wp-content/uploads/2021/03/bb-favicon.png" sizes="any">
<link rel="apple-touch-icon" href="/wp-content/uploads/2021/03/bb-touch-icon.png">
<title>"""
        + title
        + """ | Bramble &amp; Bone Hair Studio</title>
<meta name="description" content=\""""
        + description
        + """\">
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="website">
<meta property="og:site_name" content="Bramble &amp; Bone Hair Studio">
<meta property="og:title" content=\""""
        + title
        + """\">
<link rel="canonical" href="https://www.brambleandbone.co.uk"""
        + path
        + """">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3">
<link rel="stylesheet" href="/wp-content/themes/yootheme/css/theme.1.css?ver=1709220112">
<link rel="stylesheet" href="/wp-content/themes/yootheme/css/theme.update.css?ver=4.3.6">
<link rel="stylesheet" href="/wp-content/themes/yootheme-child/style.css?ver=1.2">
<script src="/wp-content/themes/yootheme/vendor/assets/uikit/dist/js/uikit.min.js?ver=4.3.6"></script>
<script src="/wp-content/themes/yootheme/vendor/assets/uikit/dist/js/uikit-icons-fuse.min.js?ver=4.3.6"></script>
<script src="/wp-content/themes/yootheme/js/theme.js?ver=4.3.6"></script>
<script async src="/wp-content/plugins/bb-analytics/track.js?id=BB-CDF-0412"></script>
<script>window.bbq=window.bbq||[];bbq.push(['pageview','"""
        + path
        + """']);</script>
</head>
<body class="page-template-default page wp-custom-logo ">
<div class="uk-hidden-visually uk-notification uk-notification-top-left uk-width-auto">
<div class="uk-notification-message"><a href="#tm-main">Skip to main content</a></div>
</div>
<div class="tm-page">

<div class="tm-header-mobile uk-hidden@m" uk-header>
<div class="uk-navbar-container">
<div class="uk-container uk-container-expand">
<nav class="uk-navbar" uk-navbar="{&quot;container&quot;:&quot;.tm-header-mobile&quot;}">
<div class="uk-navbar-left">
<a href="/" aria-label="Back to home" class="uk-logo uk-navbar-item">
<img alt="Bramble &amp; Bone" loading="eager" width="140" height="40"
 src="/wp-content/uploads/2021/03/bramble-bone-logo-dark.svg"></a>
</div>
<div class="uk-navbar-right">
<a uk-toggle href="#tm-dialog-mobile" class="uk-navbar-toggle">
<div uk-navbar-toggle-icon></div></a>
</div>
</nav>
</div>
</div>
<div id="tm-dialog-mobile" uk-offcanvas="container: true; overlay: true" mode="slide" flip>
<div class="uk-offcanvas-bar uk-flex uk-flex-column">
<button class="uk-offcanvas-close uk-close-large" type="button" uk-close uk-toggle="cls: uk-close-large;"></button>
<div class="uk-margin-auto-bottom">
<div class="uk-grid uk-child-width-1-1" uk-grid><div>
<div class="uk-panel widget widget_nav_menu" id="nav_menu-3">
<ul class="uk-nav uk-nav-default uk-nav-accordion" uk-nav="targets: &gt; .js-accordion">
"""
        + _mobile_nav()
        + """
</ul>
</div>
</div><div>
<div class="uk-panel widget widget_builderwidget">
<a class="uk-button uk-button-primary uk-width-1-1" href=\""""
        + _PHONE_HREF
        + """\">Call """
        + _PHONE
        + """</a>
</div>
</div></div>
</div>
</div>
</div>
</div>

<div class="tm-header uk-visible@m" uk-header>
<div class="tm-toolbar tm-toolbar-default uk-visible@m">
<div class="uk-container uk-flex uk-flex-middle">
<div><div class="uk-grid-medium uk-child-width-auto uk-flex-middle" uk-grid="margin: uk-margin-small-top">
<div><div class="uk-panel widget widget_text">Independent hair &amp; barbering studio &middot;
 Cardiff city centre</div></div>
</div></div>
<div class="uk-margin-auto-left"><div class="uk-grid-medium uk-child-width-auto uk-flex-middle" uk-grid>
<div><div class="uk-panel"><a href=\""""
        + _PHONE_HREF
        + """\"><span uk-icon="icon: receiver"></span> """
        + _PHONE
        + """</a></div></div>
<div><div class="uk-panel"><ul class="uk-flex-inline uk-flex-middle uk-flex-nowrap uk-grid-small" uk-grid>
<li><a href="https://www.instagram.com/brambleandbonecdf" class="uk-icon-link" uk-icon="icon: instagram;"
 aria-label="Instagram" target="_blank"></a></li>
<li><a href="https://www.facebook.com/brambleandbonecardiff" class="uk-icon-link" uk-icon="icon: facebook;"
 aria-label="Facebook" target="_blank"></a></li>
<li><a href="https://www.tiktok.com/@brambleandbone" class="uk-icon-link" uk-icon="icon: tiktok;"
 aria-label="TikTok" target="_blank"></a></li>
</ul></div></div>
</div></div>
</div>
</div>
<div uk-sticky media="@m" cls-active="uk-navbar-sticky" sel-target=".uk-navbar-container">
<div class="uk-navbar-container">
<div class="uk-container uk-container-large">
<nav class="uk-navbar" uk-navbar="{&quot;align&quot;:&quot;left&quot;,&quot;container&quot;:&quot;.tm-header &gt;
 [uk-sticky]&quot;,&quot;boundary&quot;:&quot;.tm-header .uk-navbar-container&quot;}">
<div class="uk-navbar-left">
<a href="/" aria-label="Back to home" class="uk-logo uk-navbar-item">
<img alt="Bramble &amp; Bone Hair Studio" loading="eager" width="190" height="54"
 src="/wp-content/uploads/2021/03/bramble-bone-logo-dark.svg"></a>
</div>
<div class="uk-navbar-center">
<ul class="uk-navbar-nav">
"""
        + _desktop_nav(path)
        + """
</ul>
</div>
<div class="uk-navbar-right">
<div class="uk-navbar-item widget widget_builderwidget">
<a class="uk-button uk-button-secondary" href="#book-online" uk-toggle>Book Now</a>
</div>
</div>
</nav>
</div>
</div>
</div>
</div>

<div id="book-online" uk-modal>
<div class="uk-modal-dialog uk-modal-body">
<button class="uk-modal-close-default" type="button" uk-close></button>
<h2 class="uk-modal-title">Book your appointment</h2>
<p>Our online diary opens in a new window. Prefer to chat? Ring the salon on <a href=\""""
        + _PHONE_HREF
        + """\">"""
        + _PHONE
        + """</a>.</p>
<a class="uk-button uk-button-primary" href="#book-online">Open online booking</a>
</div>
</div>

<main id="tm-main">
"""
        + body
        + """
<div class="uk-section-secondary uk-section uk-section-small">
<div class="uk-container">
<div class="uk-grid-margin uk-grid uk-flex-middle" uk-grid>
<div class="uk-width-2-3@m">
<h2 class="uk-h3 uk-margin-remove">Ready for a change? Let's get you booked in.</h2>
<div class="uk-panel uk-margin-small">Book online 24/7 or give the team a ring.</div>
</div>
<div class="uk-width-1-3@m uk-text-right@m">
<a class="el-content uk-button uk-button-primary" href="#book-online" uk-toggle>Book Now</a>
</div>
</div>
</div>
</div>
</main>

<footer>
<div class="tm-footer uk-section-secondary uk-section uk-section-large">
<div class="uk-container">
<div class="uk-grid-margin uk-grid" uk-grid>
<div class="uk-width-1-4@m">
<img src="/wp-content/uploads/2021/03/bramble-bone-logo-light.svg" width="170" height="48" alt="Bramble &amp; Bone">
<div class="uk-panel uk-margin">Bramble &amp; Bone Hair Studio<br>41 Charles Street<br>Cardiff CF10 2GB</div>
<div class="uk-panel uk-margin"><a href=\""""
        + _PHONE_HREF
        + """\">"""
        + _PHONE
        + """</a><br><a href="mailto:hello@brambleandbone.co.uk">hello@brambleandbone.co.uk</a></div>
</div>
<div class="uk-width-1-4@m">
<h3 class="uk-h5 uk-heading-line"><span>Opening Hours</span></h3>
<ul class="uk-list uk-list-collapse">
<li>Mon: Closed</li>
<li>Tue &ndash; Sat: from 9am</li>
<li>Sun: 10am &ndash; 4pm</li>
</ul>
<a href="/find-us/" class="uk-link-text">Full hours &amp; directions</a>
</div>
<div class="uk-width-1-4@m">
<h3 class="uk-h5 uk-heading-line"><span>Quick Links</span></h3>
<ul class="uk-list uk-list-collapse">
<li><a href="/price-list/">Price List</a></li>
<li><a href="/booking-and-cancellations/">Booking Policy</a></li>
<li><a href="/gift-vouchers/">Gift Vouchers</a></li>
<li><a href="/shop/">Online Shop</a></li>
<li><a href="/faq/">FAQs</a></li>
</ul>
</div>
<div class="uk-width-1-4@m">
<h3 class="uk-h5 uk-heading-line"><span>Follow Us</span></h3>
<ul class="uk-grid-small uk-flex-inline" uk-grid>
<li><a href="https://www.instagram.com/brambleandbonecdf" uk-icon="icon: instagram" aria-label="Instagram"></a></li>
<li><a href="https://www.facebook.com/brambleandbonecardiff" uk-icon="icon: facebook" aria-label="Facebook"></a></li>
<li><a href="https://www.tiktok.com/@brambleandbone" uk-icon="icon: tiktok" aria-label="TikTok"></a></li>
</ul>
<div class="uk-panel uk-margin uk-text-small">Sign up to our newsletter for seasonal offers &amp; news.</div>
<form class="uk-form-stacked" action="#" method="post">
<input class="uk-input uk-form-small" type="email" placeholder="Email address" aria-label="Email address">
<button class="uk-button uk-button-small uk-button-primary uk-margin-small-top" type="submit">Subscribe</button>
</form>
</div>
</div>
<hr class="uk-margin-medium">
<div class="uk-grid-small uk-flex-middle uk-grid" uk-grid>
<div class="uk-width-expand@m uk-text-small">&copy; 2024 Bramble &amp; Bone Hair Studio Ltd. Registered in
 England &amp; Wales, company no. 09284417.</div>
<div class="uk-width-auto@m uk-text-small"><a href="/accessibility/">Accessibility</a> &middot;
 <a href="/booking-and-cancellations/">Terms</a> &middot; Website by Pixel Dragon Studio</div>
</div>
</div>
</div>
</footer>

</div>

<div class="tm-cookie-banner uk-section uk-section-xsmall uk-section-muted uk-position-bottom uk-position-fixed">
<div class="uk-container uk-container-expand uk-text-center">
<p>We use cookies to remember your preferences and to see how our site is used. By clicking Accept you agree to
 this.</p>
<button type="button" class="js-accept uk-button uk-button-primary uk-margin-small-left"
 data-uk-toggle="target: !.uk-section; animation: true">Accept</button>
<button type="button" class="js-reject uk-button uk-button-default uk-margin-small-left"
 data-uk-toggle="target: !.uk-section; animation: true">Reject</button>
</div>
</div>
</body>
</html>
"""
    )


def _hero(heading, lead, image):
    return f"""<div class="uk-section-default uk-preserve-color uk-light uk-position-relative">
<div data-src="/wp-content/uploads/{image}" uk-img class="uk-background-norepeat uk-background-cover
 uk-background-center-center uk-section uk-section-large uk-flex uk-flex-middle">
<div class="uk-position-cover" style="background-color: rgba(26, 24, 22, 0.45);"></div>
<div class="uk-width-1-1">
<div class="uk-container uk-position-relative">
<div class="uk-grid-margin uk-grid" uk-grid>
<div class="uk-width-2-3@m">
<h1 class="uk-heading-medium">{heading}</h1>
<div class="uk-panel uk-text-lead uk-margin">{lead}</div>
</div>
</div>
</div>
</div>
</div>
</div>"""


_REVIEWS = """<div class="uk-section-muted uk-section">
<div class="uk-container">
<h2 class="uk-h3 uk-text-center">What our clients say</h2>
<div class="uk-child-width-1-3@m uk-grid-match uk-grid-margin uk-grid" uk-grid>
<div><div class="uk-card uk-card-default uk-card-body">
<div class="uk-text-warning">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
<blockquote class="uk-margin-small"><p>Best fade I've had in Cardiff, and the lads actually listen. Booked in
 for every three weeks now.</p><footer>Rhodri, Google review</footer></blockquote>
</div></div>
<div><div class="uk-card uk-card-default uk-card-body">
<div class="uk-text-warning">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
<blockquote class="uk-margin-small"><p>Carys sorted out years of home dye and I finally have the soft blonde I
 wanted. Worth every penny and every hour!</p><footer>Hannah, Facebook</footer></blockquote>
</div></div>
<div><div class="uk-card uk-card-default uk-card-body">
<div class="uk-text-warning">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
<blockquote class="uk-margin-small"><p>So lovely with my daughter, who is usually terrified of haircuts.
 She left with a big smile and a sticker.</p><footer>Nia, Google review</footer></blockquote>
</div></div>
</div>
</div>
</div>"""


def _content(main, sidebar=None):
    if sidebar is None:
        return f"""<div class="uk-section-default uk-section">
<div class="uk-container">
<div class="uk-grid-margin uk-grid" uk-grid>
<div class="uk-width-1-1">
{main}
</div>
</div>
</div>
</div>"""
    return f"""<div class="uk-section-default uk-section">
<div class="uk-container">
<div class="uk-grid-margin uk-grid" uk-grid>
<div class="uk-width-2-3@m">
{main}
</div>
<div class="uk-width-1-3@m">
{sidebar}
</div>
</div>
</div>
</div>"""


_SIDEBAR_BOOK = """<div class="uk-card uk-card-default uk-card-body uk-margin">
<h3 class="uk-card-title">Not sure what to book?</h3>
<div class="uk-panel">Pop in for a free chat with one of the team, or message us a photo of your hair.</div>
<a class="uk-button uk-button-primary uk-margin-small-top" href="/consultations-and-patch-tests/">Consultations</a>
</div>
<div class="uk-card uk-card-secondary uk-card-body uk-margin">
<h3 class="uk-card-title">See the prices</h3>
<div class="uk-panel">All our prices by stylist level, in one place.</div>
<a class="uk-button uk-button-default uk-margin-small-top" href="/price-list/">Price List</a>
</div>"""

_SIDEBAR_INFO = """<div class="uk-card uk-card-muted uk-card-body uk-margin">
<h3 class="uk-h4">Salon info</h3>
<ul class="uk-list uk-list-divider">
<li><a href="/booking-and-cancellations/">Booking &amp; cancellations</a></li>
<li><a href="/re-do-guarantee/">Our re-do guarantee</a></li>
<li><a href="/aftercare/">Aftercare advice</a></li>
<li><a href="/accessibility/">Accessibility</a></li>
<li><a href="/faq/">FAQs</a></li>
</ul>
</div>"""


HTML = {}

# ---------------------------------------------------------------- home
HTML["/"] = _page(
    "/",
    "Hair Salon &amp; Barbers in Cardiff City Centre",
    "Independent hair salon and barbering studio on Charles Street, Cardiff. Cuts, fades, colour, balayage, "
    "extensions and bridal hair.",
    _hero(
        "Hair &amp; barbering, done properly.",
        "Croeso! We're an independent studio in the heart of Cardiff for cuts, fades, colour and everything in "
        "between.",
        "2023/01/bramble-bone-salon-floor.jpg",
    )
    + _content(
        """<div class="uk-panel uk-margin">
<h2 class="uk-h3">An independent salon, not a chain</h2>
<p>Bramble &amp; Bone opened its doors in the spring of 2014, when colourist Carys Morgan and barber Owain Price
 decided Cardiff deserved a salon where a skin fade and a full head of balayage could happen side by side, with
 nobody feeling out of place. Ten years on we're a team of ten, but we still work the same way: an honest chat
 before we start, no pushy product sales, and a finish you can recreate at home.</p>
<p>Our studio is a converted Victorian shopfront with eight styling chairs, four barber chairs and a separate
 colour bar with natural daylight &ndash; the best light there is for checking a tone.</p>
</div>
<div class="uk-child-width-1-3@m uk-grid-margin uk-grid" uk-grid>
<div><div class="uk-panel">
<h3 class="uk-h4"><a href="/services/cuts-and-styling/">Cuts &amp; fades</a></h3>
<p>Women's cuts, men's cuts, skin fades, beard work and children's cuts.</p></div></div>
<div><div class="uk-panel">
<h3 class="uk-h4"><a href="/services/colour/">Colour</a></h3>
<p>Grey coverage, highlights, vivids, pastels and bleach &amp; tone.</p></div></div>
<div><div class="uk-panel">
<h3 class="uk-h4"><a href="/weddings-and-prom/">Occasion hair</a></h3>
<p>Bridal parties, prom updos and big-night styling.</p></div></div>
</div>
<div class="uk-panel uk-margin-large-top">
<h2 class="uk-h3">A greener salon</h2>
<p>Since 2020 we've been a proud member of the Sustainable Salons scheme. Around 95% of everything we throw away
 is recycled or repurposed: used foils and colour tubes are collected and melted down, leftover colour chemicals
 are safely separated instead of going down the drain, and even the hair we sweep up is collected and turned into
 "hair booms" that soak up oil spills. Our towels are washed at low temperatures with eco detergent, and we only
 stock refill pouches for our best-selling shampoos.</p>
<p>We've also been accredited as a Cardiff Living Wage employer since 2019, so every member of the team, including
 our trainees, is paid at least the real Living Wage.</p>
</div>"""
    )
    + _REVIEWS,
)

# ---------------------------------------------------------------- cuts
HTML["/services/cuts-and-styling/"] = _page(
    "/services/cuts-and-styling/",
    "Cuts, Fades &amp; Styling",
    "Women's cuts, men's cuts, skin fades, beard trims and children's haircuts in Cardiff city centre.",
    _hero(
        "Cuts, fades &amp; styling",
        "From a trim to a full restyle, and a fresh fade every few weeks.",
        "2023/01/barber-chair-fade.jpg",
    )
    + _content(
        """<div class="uk-panel uk-margin">
<h2 class="uk-h3">Women's cuts</h2>
<p>Every cut starts with a proper consultation at the chair, then a wash with a relaxing head massage, your cut
 and a blow-dry finish. If you have naturally curly or wavy hair we can cut it dry, curl by curl, so we can see
 exactly how each curl falls. A restyle appointment gives us extra time for a big change &ndash; think long hair
 to a bob, or growing out a fringe.</p>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">Men's cuts, fades &amp; beards</h2>
<p>Our barbers do everything from classic scissor cuts and tapers to skin fades, drop fades and burst fades,
 finished with a foil shaver for a crisp blend. Beards are shaped with clippers and a cut-throat razor for a
 sharp line-up, with a hot towel to finish. To keep a skin fade looking fresh, most clients come back every two
 to three weeks.</p>
<p><strong>Walk-ins:</strong> the barber side keeps two chairs free for walk-ins between 12pm and 2pm, Tuesday
 to Friday, first come first served. Outside those times, and for all women's cuts, please book ahead.</p>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">Children's cuts</h2>
<p>Children under 12 are welcome any day we're open. We have a booster seat, a box of toys and a tablet of
 cartoons for the fidgety ones, and we never rush. Saturday mornings from 8.30am are especially popular with
 families, so book early.</p>
<p><strong>Baby's first haircut:</strong> we make a little fuss of it. Your child gets a first-haircut certificate
 with their name and date, and we save a lock of their hair in a small keepsake envelope for you to take home.
 Parents and grandparents are very welcome to stand by the chair and take photos.</p>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">Blow-dries &amp; styling</h2>
<p>A bouncy blow-dry, sleek straight finish, beach waves or a simple plait for a night out. For formal updos and
 bridal styling, see our <a href="/weddings-and-prom/">weddings &amp; prom</a> page.</p>
</div>""",
        _SIDEBAR_BOOK,
    ),
)

# ---------------------------------------------------------------- colour
HTML["/services/colour/"] = _page(
    "/services/colour/",
    "Hair Colour, Vivids, Pastels and Bleach &amp; Tone",
    "Permanent and semi-permanent hair colour, grey coverage, vivid and pastel shades and bleach and tone in Cardiff.",
    _hero(
        "Colour, from subtle to seriously bright",
        "Grey blending, glossy brunettes, copper, and every shade of the rainbow.",
        "2023/02/colour-bar-vivids.jpg",
    )
    + _content(
        """<div class="uk-panel uk-margin">
<h2 class="uk-h3">Everyday colour</h2>
<p>We use ammonia-free permanent colour for full coverage and root touch-ups, and a demi-permanent gloss for
 softer grey blending that fades gently rather than leaving a hard regrowth line. Foil highlights and lowlights
 can be done as a half head (the top and sides) or full head. A bond-building treatment is mixed into every
 lightening service at no extra cost.</p>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">Vivids &amp; pastels</h2>
<p>Pinks, lilacs, teals, copper, fire-engine red &ndash; we love them all. We use vegan, conditioning direct dyes
 that sit on the outside of the hair. For a true pastel the hair first has to be lightened to a very pale yellow,
 almost the inside of a banana skin, otherwise the colour will look muddy.</p>
<p>How long will it last? Honestly, pastels are the most short-lived colour there is: expect a pastel to fade
 noticeably within two to three weeks and to be mostly gone in four to six weeks, depending on how often you wash.
 Deeper vivids such as magenta, purple or dark teal hang on for six to eight weeks and often fade to a pretty
 softer version of themselves. Reds fade the fastest of the vivid shades.</p>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">Bleach &amp; tone</h2>
<p>A full bleach and tone lifts your whole head to blonde, then a toner refines the shade from warm honey to icy
 platinum. We will always lift gently over more than one visit if your hair needs it: going from dark brown to
 platinum usually takes two or three sessions, four to six weeks apart, so your hair stays healthy and strong.
 Regrowth touch-ups are normally needed every four to six weeks.</p>
</div>
<table class="uk-table uk-table-small uk-table-divider uk-margin">
<caption>Typical appointment lengths</caption>
<thead><tr><th>Service</th><th>Time</th></tr></thead>
<tbody>
<tr><td>Root tint</td><td>1 hr 30</td></tr>
<tr><td>Half head foils</td><td>2 hrs</td></tr>
<tr><td>Full head foils</td><td>2 hrs 30</td></tr>
<tr><td>Vivid or pastel (pre-lightened hair)</td><td>2 hrs</td></tr>
<tr><td>Full bleach &amp; tone</td><td>3 &ndash; 4 hrs</td></tr>
</tbody>
</table>""",
        _SIDEBAR_BOOK,
    ),
)

# ---------------------------------------------------------------- balayage & colour correction
HTML["/services/balayage-and-colour-correction/"] = _page(
    "/services/balayage-and-colour-correction/",
    "Balayage &amp; Colour Correction",
    "Hand-painted balayage and specialist colour correction for box dye, banding and brassy colour in Cardiff.",
    _hero(
        "Balayage &amp; colour correction",
        "Soft, sun-kissed colour &ndash; and the careful work of rescuing colour that went wrong.",
        "2023/02/balayage-back-of-head.jpg",
    )
    + _content(
        """<div class="uk-panel uk-margin">
<h2 class="uk-h3">Balayage</h2>
<p>Balayage is hand-painted freehand, so lightness sits where the sun would naturally catch it and the grow-out is
 soft and seamless. We often combine it with a few fine foils around the face (sometimes called "foilayage") for
 extra brightness, and finish with a gloss toner.</p>
<p>Please allow three to four hours for a full balayage, including your toner, cut and blow-dry. Because there's
 no harsh regrowth, most clients only need a refresh every three to four months.</p>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">Colour correction</h2>
<p>Colour correction is anything that means undoing or fixing a previous colour: removing black or dark box dye,
 evening out patchy or banded colour, fixing orange or brassy bleach jobs, or getting back to your natural shade.
 It is skilled, slow work, and it is only carried out by our directors and senior colourists.</p>
<p>Here's how it works:</p>
<ol class="uk-list uk-list-decimal">
<li>A consultation at the salon (not online) so we can see your hair in daylight and hear its full history, including
 every box dye and henna product you've used.</li>
<li>A strand test on a small hidden section, at least 48 hours before, to see how your hair lifts and how strong it
 is.</li>
<li>A written plan and quote. Dark box dye almost never comes out in one appointment &ndash; expect two to four
 sessions spaced four to six weeks apart, with a wearable, nice-looking result after each one.</li>
</ol>
<p>Henna and "compound" dyes containing metallic salts can react with lightener, which is why we need to know
 exactly what's on your hair. We may decline to lighten hair that has had henna within the last 12 months.</p>
</div>""",
        """<div class="uk-card uk-card-default uk-card-body uk-margin">
<h3 class="uk-card-title">Colour correction pricing</h3>
<div class="uk-panel">Corrections are quoted individually after your consultation and strand test. See our
 <a href="/price-list/">price list</a> for the hourly rate.</div>
</div>"""
        + _SIDEBAR_INFO,
    ),
)

# ---------------------------------------------------------------- extensions
HTML["/services/hair-extensions/"] = _page(
    "/services/hair-extensions/",
    "Hair Extensions",
    "Tape-in, micro-ring, nano-ring and weft hair extensions fitted in Cardiff by certified extension specialists.",
    _hero(
        "Hair extensions",
        "Length, volume or both, colour-matched and fitted by certified specialists.",
        "2023/03/extensions-before-after.jpg",
    )
    + _content(
        """<div class="uk-panel uk-margin">
<h2 class="uk-h3">Our hair</h2>
<p>We only use 100% Remy human hair, ethically sourced, with the cuticle kept intact and all running in the same
 direction so it doesn't tangle. Because it's real hair, it can be curled, straightened and even toned to match
 you. With good care it lasts around 9 to 12 months, and tape-in hair can be re-used for several refits.</p>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">Methods we offer</h2>
<ul class="uk-list uk-list-bullet">
<li><strong>Tape-ins</strong> &ndash; thin, flat panels sandwiched either side of a fine section of your hair.
 Quick to fit and very comfortable. Best for fine to medium hair.</li>
<li><strong>Micro-rings (I-tips)</strong> &ndash; individual strands attached with a tiny silicone-lined ring, no
 heat and no glue.</li>
<li><strong>Nano-rings</strong> &ndash; like micro-rings but with a ring so small it's almost invisible, perfect
 for short or fine hair.</li>
<li><strong>Hand-tied wefts</strong> &ndash; a row of hair sewn onto a micro-bead track, ideal for lots of volume.</li>
</ul>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">The process &amp; maintenance</h2>
<p>Start with a free extensions consultation, where we colour-match and decide how much hair you need. We then
 order your hair, which takes about a week. A 50% deposit is needed to order hair, as it's bought for you. Fitting
 takes two to four hours depending on the method.</p>
<p>Extensions move down as your own hair grows, so they need regular maintenance. Tape-ins are removed and re-taped
 higher up every six to eight weeks; rings and wefts are moved up every eight to ten weeks. Leaving them longer
 can lead to matting at the root.</p>
</div>
<table class="uk-table uk-table-divider uk-table-striped uk-margin">
<thead><tr><th>Extensions</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Tape-ins, half head (20 panels) incl. hair</td><td>from &pound;320</td></tr>
<tr><td>Tape-ins, full head (40 panels) incl. hair</td><td>from &pound;550</td></tr>
<tr><td>Micro-ring or nano-ring, full head incl. hair</td><td>from &pound;600</td></tr>
<tr><td>Hand-tied weft, one row incl. hair</td><td>from &pound;450</td></tr>
<tr><td>Tape-in maintenance (re-tape)</td><td>&pound;90</td></tr>
<tr><td>Ring or weft move-up</td><td>&pound;110 &ndash; &pound;150</td></tr>
<tr><td>Removal only</td><td>&pound;60</td></tr>
</tbody>
</table>""",
        _SIDEBAR_BOOK,
    ),
)

# ---------------------------------------------------------------- perms & keratin
HTML["/services/perms-and-keratin/"] = _page(
    "/services/perms-and-keratin/",
    "Perms &amp; Keratin Blow-Dry",
    "Modern perms, men's textured perms and keratin smoothing blow-dry treatments at our Cardiff salon.",
    _hero(
        "Perms &amp; keratin blow-dry",
        "Add curl and movement, or take away frizz &ndash; two very different treatments.",
        "2023/03/perm-rods-texture.jpg",
    )
    + _content(
        """<div class="uk-panel uk-margin">
<h2 class="uk-h3">Perms are back</h2>
<p>Forget the tight 80s poodle. Today's perms use softer solutions and bigger rods to give loose, lived-in waves,
 body at the root, or defined curls. We offer:</p>
<ul class="uk-list uk-list-bullet">
<li><strong>Body wave</strong> &ndash; soft, beachy movement on medium to long hair.</li>
<li><strong>Root perm</strong> &ndash; lift at the root only, great for flat fine hair.</li>
<li><strong>Men's textured perm</strong> &ndash; the messy, curly-on-top look, often paired with a fade at the
 sides. It works on most men's hair that's at least 5cm long on top.</li>
</ul>
<p>A perm takes around two to two and a half hours. We can't perm hair that's been bleached to a very light blonde,
 as it's too fragile, and we'll always do a test curl on coloured hair first.</p>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">Keratin smoothing blow-dry</h2>
<p>Our keratin blow-dry is a semi-permanent smoothing treatment that cuts frizz and blow-drying time dramatically.
 It's formaldehyde-free and won't make hair poker straight &ndash; think smooth and swishy, with bounce. Results last
 three to five months and fade gradually. Allow two and a half to three and a half hours depending on length and
 thickness.</p>
<p><strong>Who it's not suitable for:</strong> we don't carry out keratin treatments during pregnancy or while
 breastfeeding. Even formaldehyde-free formulas release vapours when sealed with straighteners, and the
 manufacturer advises against it, so we'd be delighted to see you for one once baby has arrived and you've finished
 feeding. It's also not ideal if you want to keep a lot of natural curl.</p>
</div>""",
        _SIDEBAR_BOOK + _SIDEBAR_INFO,
    ),
)

# ---------------------------------------------------------------- weddings & prom
HTML["/weddings-and-prom/"] = _page(
    "/weddings-and-prom/",
    "Wedding &amp; Prom Hair",
    "Bridal hair trials, on-location wedding hair for bridal parties across South Wales and prom updos in Cardiff.",
    _hero(
        "Weddings &amp; prom",
        "Hair that lasts from the first photo to the last dance.",
        "2023/04/bride-loose-updo.jpg",
    )
    + _content(
        """<div class="uk-panel uk-margin">
<h2 class="uk-h3">Bridal hair</h2>
<p>Our bridal team is led by Ffion, who has styled hundreds of brides across South Wales. We start with a trial
 about two to three months before the wedding, where we try up to two looks and work with your veil or hair
 accessories. Bring photos of your dress and any inspiration.</p>
<p>On the day we can style you in the salon or come to you. We travel to homes, hotels and venues including
 castles, barns and country houses across Cardiff, the Vale of Glamorgan and Monmouthshire. Travel within 15
 miles of the salon is free; beyond that we charge 45p a mile. For bridal parties of four or more we bring a
 second stylist so everyone is ready on time. Start times before 8am carry an early-start fee of &pound;30 per
 stylist.</p>
<p>Popular summer Saturdays book up 12 months ahead. A &pound;100 non-refundable booking fee secures your date
 and comes off your final bill.</p>
</div>
<table class="uk-table uk-table-divider uk-margin">
<thead><tr><th>Wedding service</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Bridal trial</td><td>&pound;75</td></tr>
<tr><td>Bride on the day</td><td>&pound;120</td></tr>
<tr><td>Bridesmaid / mother of the bride</td><td>&pound;55</td></tr>
<tr><td>Flower girl (under 12)</td><td>&pound;25</td></tr>
</tbody>
</table>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">Prom season</h2>
<p>Prom season runs from late May to mid July and Friday evening slots go fast. A prom updo or half-up style is
 &pound;45, a curled or glam blow-dry is &pound;35. Groups of four or more friends booking together each get a free
 hair accessory to keep. Please come with clean, dry hair washed the day before &ndash; freshly washed hair is too
 slippery to hold a style.</p>
</div>""",
        """<div class="uk-card uk-card-default uk-card-body uk-margin">
<h3 class="uk-card-title">Check your date</h3>
<div class="uk-panel">Email <a href="mailto:weddings@brambleandbone.co.uk">weddings@brambleandbone.co.uk</a> with
 your date, venue and the number of people who need styling.</div>
</div>""",
    )
    + _REVIEWS,
)

# ---------------------------------------------------------------- consultations
HTML["/consultations-and-patch-tests/"] = _page(
    "/consultations-and-patch-tests/",
    "Consultations &amp; Patch Tests",
    "Free hair consultations and skin allergy patch tests before colour at Bramble &amp; Bone, Cardiff.",
    _hero(
        "Consultations &amp; patch tests",
        "A few minutes now saves a lot of heartache later.",
        "2023/04/consultation-mirror.jpg",
    )
    + _content(
        """<div class="uk-panel uk-margin">
<h2 class="uk-h3">Free consultations</h2>
<p>Not sure what you want, or whether it's possible? Book a free 15-minute consultation with the stylist who will
 do your hair. We can meet in the salon or on a short video call (salon only for colour correction). We'll look at
 your hair, talk about what you'd like, how long it will take and the cost, and leave you with a written quote.
 There's no obligation to book.</p>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">Patch tests for colour</h2>
<p>Hair colour can cause allergic reactions, which can be serious, and allergies can develop at any time, even to a
 colour you've used for years. So we ask for a skin allergy patch test at least 48 hours before any colour service
 if:</p>
<ul class="uk-list uk-list-bullet">
<li>you are new to the salon, or</li>
<li>you haven't had colour with us in the last six months, or</li>
<li>you've had a tattoo (including henna tattoos) or started new medication since your last test.</li>
</ul>
<p>A patch test is free and takes five minutes: we dab a little colour behind your ear and you keep it dry for 48
 hours. You don't need an appointment &ndash; just pop in any time we're open. If we have no record of a patch
 test we'll need to rebook your colour appointment, and your deposit will be carried over.</p>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">Colour for under-16s</h2>
<p>We don't use permanent colour or bleach on anyone under 16, in line with the cosmetics regulations. For under-16s
 we're happy to do semi-permanent and direct-dye colours (which wash out gradually) as long as a parent or guardian
 comes to the patch test and the appointment and signs our consent form.</p>
</div>""",
        _SIDEBAR_INFO,
    ),
)

# ---------------------------------------------------------------- price list
HTML["/price-list/"] = _page(
    "/price-list/",
    "Price List",
    "Hair salon and barber prices in Cardiff for cuts, fades, colour, balayage, perms and keratin by stylist level.",
    _content(
        """<h1 class="uk-heading-small">Price list</h1>
<div class="uk-panel uk-text-lead uk-margin">Our prices depend on the experience level of your stylist. Every
 level has been fully trained in-house to the same standards.</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">Our stylist levels</h2>
<p><strong>Junior stylist</strong> &ndash; fully qualified and signed off on every service they offer, with up to
 three years' experience on the salon floor. Great value, and every junior's work is checked by a senior before
 you leave. <strong>Senior stylist</strong> &ndash; three years or more of experience, plus advanced training.
 <strong>Director</strong> &ndash; our founders, with over 20 years' experience each, and specialists in complex
 colour and precision barbering.</p>
</div>
<h2 class="uk-h3">Cuts &amp; styling</h2>
<table class="uk-table uk-table-divider uk-table-responsive">
<thead><tr><th>Service</th><th>Junior</th><th>Senior</th><th>Director</th></tr></thead>
<tbody>
<tr><td>Women's cut &amp; blow-dry</td><td>&pound;38</td><td>&pound;48</td><td>&pound;60</td></tr>
<tr><td>Restyle</td><td>&pound;45</td><td>&pound;55</td><td>&pound;68</td></tr>
<tr><td>Blow-dry</td><td>&pound;25</td><td>&pound;30</td><td>&pound;36</td></tr>
<tr><td>Men's cut</td><td>&pound;22</td><td>&pound;26</td><td>&pound;32</td></tr>
<tr><td>Skin fade</td><td>&pound;24</td><td>&pound;28</td><td>&pound;34</td></tr>
<tr><td>Beard trim &amp; line-up</td><td>&pound;12</td><td>&pound;14</td><td>&pound;16</td></tr>
<tr><td>Children's cut (under 12)</td><td colspan="3">&pound;16 with any stylist (under 5s &pound;12)</td></tr>
</tbody>
</table>
<h2 class="uk-h3">Colour</h2>
<table class="uk-table uk-table-divider uk-table-responsive">
<thead><tr><th>Service</th><th>Junior</th><th>Senior</th><th>Director</th></tr></thead>
<tbody>
<tr><td>Root tint</td><td>&pound;55</td><td>&pound;62</td><td>&pound;70</td></tr>
<tr><td>Full head tint</td><td>&pound;70</td><td>&pound;80</td><td>&pound;92</td></tr>
<tr><td>Half head foils</td><td>&pound;75</td><td>&pound;85</td><td>&pound;98</td></tr>
<tr><td>Full head foils</td><td>&pound;95</td><td>&pound;108</td><td>&pound;124</td></tr>
<tr><td>Toner / gloss</td><td>&pound;25</td><td>&pound;28</td><td>&pound;32</td></tr>
<tr><td>Vivid or pastel colour (from)</td><td>&pound;60</td><td>&pound;70</td><td>&pound;85</td></tr>
<tr><td>Bleach &amp; tone (from)</td><td>&pound;110</td><td>&pound;125</td><td>&pound;145</td></tr>
<tr><td>Balayage incl. toner (from)</td><td>&pound;120</td><td>&pound;140</td><td>&pound;165</td></tr>
<tr><td>Colour correction, per hour</td><td>&ndash;</td><td>&pound;60</td><td>&pound;75</td></tr>
</tbody>
</table>
<p class="uk-text-meta">Colour prices don't include a cut; add a blow-dry or cut &amp; finish at your
 stylist's price.</p>
<h2 class="uk-h3">Perms &amp; smoothing</h2>
<table class="uk-table uk-table-divider uk-table-responsive">
<thead><tr><th>Service</th><th>Junior</th><th>Senior</th><th>Director</th></tr></thead>
<tbody>
<tr><td>Perm (incl. cut)</td><td>&pound;85</td><td>&pound;95</td><td>&pound;110</td></tr>
<tr><td>Men's textured perm (incl. cut)</td><td>&pound;65</td><td>&pound;75</td><td>&pound;85</td></tr>
<tr><td>Keratin blow-dry, short</td><td colspan="3">&pound;150</td></tr>
<tr><td>Keratin blow-dry, long or thick</td><td colspan="3">&pound;220</td></tr>
</tbody>
</table>
<div class="uk-alert uk-alert-primary">
<p><strong>Over 65?</strong> Enjoy 15% off all cuts and blow-dries from Tuesday to Thursday with any stylist. Just
 mention it when you book.</p>
</div>""",
    ),
)

# ---------------------------------------------------------------- booking
HTML["/booking-and-cancellations/"] = _page(
    "/booking-and-cancellations/",
    "Booking, Deposits &amp; Cancellations",
    "How to book at Bramble &amp; Bone, our deposit, cancellation and late arrival policy and how you can pay.",
    _content(
        """<h1 class="uk-heading-small">Booking, deposits &amp; cancellations</h1>
<div class="uk-panel uk-text-lead uk-margin">Our stylists' time is set aside just for you, so we ask everyone to
 read this short policy before booking.</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">How to book</h2>
<p>You can book online at any time using the Book Now button, by phone during opening hours, or in person at
 reception. We'll send a text and email confirmation, and a reminder 48 hours before your appointment.</p>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">Deposits</h2>
<p>A &pound;20 deposit is taken when you book if you're a new client. For any appointment of three hours or more
 (for example balayage, bleach &amp; tone or a keratin blow-dry), every client pays a deposit of 25% of the
 estimated price. Deposits come off your bill on the day.</p>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">Cancelling or moving your appointment</h2>
<p>Life happens, and we get it. Please give us at least 48 hours' notice to cancel or move an appointment and your
 deposit will be refunded or moved to your new date. If you cancel with less than 48 hours' notice, your deposit
 is kept. If you don't turn up at all without letting us know, we charge 50% of the booked service to the card
 held on file.</p>
<p>If you or your child is ill, please do call us &ndash; we'd rather you stayed at home, and where we can fill
 the slot we'll happily move your deposit over at our discretion.</p>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">Running late?</h2>
<p>Please ring us as soon as you know. We can usually still see you if you're up to 15 minutes late, although your
 appointment will still finish at the original time so the next client isn't kept waiting. If you're more than 15
 minutes late, we may have to shorten your service (for example a cut without a blow-dry) or rebook you, in which
 case your deposit will be kept.</p>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">Paying</h2>
<p>We take all major debit and credit cards, Apple Pay, Google Pay and cash. We don't accept cheques. Gratuities
 are never expected but always appreciated by the team.</p>
</div>""",
        _SIDEBAR_INFO,
    ),
)

# ---------------------------------------------------------------- guarantee
HTML["/re-do-guarantee/"] = _page(
    "/re-do-guarantee/",
    "Our 7-Day Re-Do Guarantee",
    "Not happy with your hair? Tell us within 7 days and we'll put it right free of charge.",
    _content(
        """<h1 class="uk-heading-small">Our 7-day re-do guarantee</h1>
<div class="uk-panel uk-text-lead uk-margin">We want you to love your hair. If something isn't right, we want to
 hear about it &ndash; and we'll fix it.</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">How it works</h2>
<p>If you're unhappy with any cut or colour, let us know within seven days of your appointment by phone, email or
 a message on Instagram. Photos in daylight help. We'll book you back in, usually with the same stylist (or with
 a senior or director if you'd prefer), and adjust it completely free of charge. That covers things like an uneven
 length, a fade that isn't blended, patchy or missed areas of colour, or a tone that isn't what we agreed.</p>
<p>The adjustment appointment needs to take place within 14 days of your original visit.</p>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">What the guarantee doesn't cover</h2>
<ul class="uk-list uk-list-bullet">
<li>Changing your mind about a colour or style you chose and approved in the chair &ndash; a new look is charged
 as a new service.</li>
<li>Hair that has been coloured, cut or treated at home or at another salon since your visit.</li>
<li>Natural fading of vivid and pastel colours, which we explain before we start.</li>
<li>Problems caused by not following the aftercare advice we gave you.</li>
</ul>
<p>We don't offer cash refunds for services, but we'll always do our best to put things right.</p>
</div>""",
        _SIDEBAR_INFO,
    ),
)

# ---------------------------------------------------------------- aftercare
HTML["/aftercare/"] = _page(
    "/aftercare/",
    "Aftercare Advice",
    "How to look after your hair after colour, perms, keratin, extensions and more.",
    _content(
        """<h1 class="uk-heading-small">Aftercare advice</h1>
<div class="uk-panel uk-text-lead uk-margin">A little care at home keeps your salon hair looking salon-fresh for
 longer.</div>
<ul class="uk-accordion" uk-accordion="multiple: true">
<li class="uk-open"><a class="uk-accordion-title" href="#">After colour</a>
<div class="uk-accordion-content">
<p>Wait at least 48 hours before your first wash so the colour can settle. Use a sulphate-free shampoo, wash in
 lukewarm rather than hot water, and always use heat protection. Blondes: use a purple shampoo once a week to keep
 brassiness away, but don't leave it on longer than a couple of minutes or it can tint the hair lilac.</p>
</div></li>
<li><a class="uk-accordion-title" href="#">Vivids &amp; pastels</a>
<div class="uk-accordion-content">
<p>Wash as little as possible, in cool water. Dry shampoo is your friend. Pillowcases and towels may pick up some
 colour for the first few washes, so use dark ones.</p>
</div></li>
<li><a class="uk-accordion-title" href="#">Sun, sea &amp; swimming pools</a>
<div class="uk-accordion-content">
<p>Chlorine and the copper in pool water can turn blonde hair a greenish tint, and sun and salt water will fade any
 colour. Before you swim, wet your hair with clean tap water and comb through a leave-in conditioner, so your hair
 soaks that up instead of pool water. Wear a swim cap if you can, rinse straight after swimming, and wear a hat or
 a UV protection spray in strong sun. Try to have blonde done at least a week before a beach holiday, not the day
 before.</p>
</div></li>
<li><a class="uk-accordion-title" href="#">After a perm</a>
<div class="uk-accordion-content">
<p>Don't wash your hair for 48 hours after a perm, and avoid tying it up tightly. Afterwards, scrunch in a curl
 cream and dry with a diffuser rather than brushing.</p>
</div></li>
<li><a class="uk-accordion-title" href="#">After a keratin blow-dry</a>
<div class="uk-accordion-content">
<p>Keep your hair dry for 48 hours &ndash; no washing, swimming, gym sweat or rain &ndash; and don't tie it up,
 tuck it behind your ears or use clips. After that, only use sulphate-free shampoo.</p>
</div></li>
<li><a class="uk-accordion-title" href="#">Extensions</a>
<div class="uk-accordion-content">
<p>Brush two or three times a day with a soft loop brush, holding the hair at the roots. Keep conditioner and oils
 away from the bonds or tapes, never go to bed with wet extensions, and sleep with your hair in a loose plait.</p>
</div></li>
<li><a class="uk-accordion-title" href="#">Fades &amp; beards</a>
<div class="uk-accordion-content">
<p>A freshly shaved neckline can be a little sensitive &ndash; avoid scented aftershave on it for 24 hours. Use
 a light beard oil daily to keep the skin underneath healthy.</p>
</div></li>
</ul>""",
        _SIDEBAR_INFO,
    ),
)

# ---------------------------------------------------------------- gift vouchers
HTML["/gift-vouchers/"] = _page(
    "/gift-vouchers/",
    "Gift Vouchers",
    "Bramble &amp; Bone gift vouchers for any amount or any treatment, by email or in a gift box.",
    _content(
        """<h1 class="uk-heading-small">Gift vouchers</h1>
<div class="uk-panel uk-text-lead uk-margin">The gift of good hair. Perfect for birthdays, Christmas, Mother's Day
 or just because.</div>
<div class="uk-grid-margin uk-grid uk-child-width-1-2@m" uk-grid>
<div><div class="uk-card uk-card-default uk-card-body">
<h2 class="uk-h3">Money vouchers</h2>
<p>Choose any amount from &pound;20 upwards. The lucky recipient can spend it on any service, or on products in
 the salon or our online shop, and use it over more than one visit until the balance is used up.</p>
</div></div>
<div><div class="uk-card uk-card-default uk-card-body">
<h2 class="uk-h3">Treatment vouchers</h2>
<p>Pick a particular treatment &ndash; a keratin blow-dry, a cut &amp; blow-dry with a director, or a bridal trial
 &ndash; and we'll cover it whatever the price on the day they book.</p>
</div></div>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">How you'll receive it</h2>
<p>E-vouchers are emailed straight away, either to you or directly to the recipient on a date you choose, with your
 personal message. Prefer something to unwrap? Our printed vouchers come in a kraft gift box with a sprig of dried
 lavender, and can be collected from the salon for free or posted first class for &pound;2.50.</p>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">The small print</h2>
<p>Vouchers are valid for 12 months from the date of purchase, and the expiry date is printed on each voucher. They
 can't be exchanged for cash and any unused balance can't be refunded. Please bring the voucher or its code to your
 appointment and mention it when booking. Vouchers can't be used to pay a booking deposit.</p>
</div>""",
    ),
)

# ---------------------------------------------------------------- shop
HTML["/shop/"] = _page(
    "/shop/",
    "Shop Haircare Online",
    "Buy professional haircare online from Bramble &amp; Bone. Same-day local delivery in Cardiff and UK-wide postage.",
    _content(
        """<h1 class="uk-heading-small">Shop</h1>
<div class="uk-panel uk-text-lead uk-margin">The same professional products we use in the salon, delivered to your
 door.</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">What we stock</h2>
<p>We stock Davines, Kevin.Murphy and Bumble and bumble haircare, plus Reuzel and Percy Nobleman for beards and
 barbering. Big-seller shampoos and conditioners are available in refill pouches, and you can bring your empty
 Davines bottles back to the salon to be refilled at a discount. Also on the shelves: heat tools, loop brushes for
 extensions, silk scrunchies and satin pillowcases.</p>
</div>
<div class="uk-child-width-1-3@m uk-grid-match uk-grid-margin uk-grid" uk-grid>
<div><div class="uk-card uk-card-default uk-card-small uk-card-body">
<h3 class="uk-h4">Davines OI Shampoo 280ml</h3><p>&pound;26.50</p>
<a class="uk-button uk-button-default uk-button-small" href="#">Add to basket</a></div></div>
<div><div class="uk-card uk-card-default uk-card-small uk-card-body">
<h3 class="uk-h4">Kevin.Murphy Hydrate-Me.Rinse 250ml</h3><p>&pound;29.95</p>
<a class="uk-button uk-button-default uk-button-small" href="#">Add to basket</a></div></div>
<div><div class="uk-card uk-card-default uk-card-small uk-card-body">
<h3 class="uk-h4">Reuzel Beard Foam 70g</h3><p>&pound;14.00</p>
<a class="uk-button uk-button-default uk-button-small" href="#">Add to basket</a></div></div>
</div>
<div class="uk-panel uk-margin-large-top">
<h2 class="uk-h3">Delivery &amp; collection</h2>
<table class="uk-table uk-table-divider">
<thead><tr><th>Option</th><th>Cost</th><th>When</th></tr></thead>
<tbody>
<tr><td>Click &amp; collect from the salon</td><td>Free</td><td>Ready within 2 hours during opening times</td></tr>
<tr><td>Local bike-courier delivery (CF10, CF11, CF14, CF23, CF24, CF3, CF5)</td><td>&pound;3.95, free over
 &pound;30</td><td>Same day if ordered by 12 noon, Tuesday to Friday; otherwise next delivery day</td></tr>
<tr><td>Royal Mail Tracked 48, rest of the UK</td><td>&pound;4.50, free over &pound;50</td>
<td>2 &ndash; 3 working days</td></tr>
</tbody>
</table>
<p>We don't currently ship outside the UK. Unopened products can be returned within 14 days for a full refund;
 opened products can only be returned if faulty.</p>
</div>""",
        """<div class="uk-card uk-card-muted uk-card-body uk-margin">
<h3 class="uk-h4">Not sure what to use?</h3>
<div class="uk-panel">Ask your stylist at your next appointment &ndash; we'll write down exactly what suits your
 hair, with no pressure to buy.</div>
</div>""",
    ),
)

# ---------------------------------------------------------------- accessibility
HTML["/accessibility/"] = _page(
    "/accessibility/",
    "Accessibility &amp; Sensory-Friendly Quiet Hour",
    "Step-free access, accessible toilet and a sensory-friendly quiet hour at Bramble &amp; Bone, Cardiff.",
    _content(
        """<h1 class="uk-heading-small">Accessibility &amp; our quiet hour</h1>
<div class="uk-panel uk-text-lead uk-margin">Everyone deserves a good haircut in a space that feels comfortable.
 Here's what we've put in place &ndash; and please tell us if there's anything else we can do.</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">Getting in and around</h2>
<ul class="uk-list uk-list-bullet">
<li>The salon is all on the ground floor, with a level, step-free entrance and an automatic door.</li>
<li>There's a fully accessible toilet with grab rails and an emergency pull cord.</li>
<li>Wheelchair users can stay in their own chair for a cut &ndash; we can remove a styling chair to make space. One
 of our basins has a fully adjustable, tilting wash chair.</li>
<li>Reception has a hearing loop, and we're happy to communicate by writing or text if that's easier.</li>
<li>Assistance dogs are always welcome, and we'll bring a bowl of water.</li>
</ul>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">Sensory-friendly quiet hour</h2>
<p>Every Tuesday from 9am to 10am, and on the first Sunday of the month from 10am to 11am, we run a quiet hour for
 anyone who finds salons overwhelming &ndash; autistic children and adults, people with anxiety, dementia or sensory
 processing differences, and anyone who just wants some calm.</p>
<ul class="uk-list uk-list-bullet">
<li>No music, dimmed lighting and no other clients in the salon.</li>
<li>No hairdryers unless you want one &ndash; we can cut dry, or you can leave with wet hair.</li>
<li>You can visit beforehand to meet your stylist, sit in the chair and hear the clippers without a haircut.</li>
<li>Breaks are fine, and we never mind if a cut has to be finished another day.</li>
</ul>
<p>Quiet hour appointments are booked by phone, so we can chat about what helps. There's no extra charge.</p>
</div>""",
        _SIDEBAR_INFO,
    ),
)

# ---------------------------------------------------------------- team
HTML["/meet-the-team/"] = _page(
    "/meet-the-team/",
    "Meet the Team",
    "Meet the stylists and barbers at Bramble &amp; Bone Hair Studio in Cardiff.",
    _content(
        """<h1 class="uk-heading-small">Meet the team</h1>
<div class="uk-panel uk-text-lead uk-margin">Ten people who really, really like hair.</div>
<div class="uk-child-width-1-2@s uk-child-width-1-3@m uk-grid-margin uk-grid" uk-grid>
<div><div class="uk-panel">
<img src="/wp-content/uploads/2023/05/team-carys.jpg" width="400" height="500" alt="Carys" loading="lazy">
<h3 class="uk-h4 uk-margin-small-top">Carys Morgan <span class="uk-text-meta">Director &amp; co-founder</span></h3>
<p>Our colour obsessive, with 22 years behind the chair. Carys leads all our colour correction and balayage
 training. Born and bred in Caerphilly and a fluent Welsh speaker, so she's happy to do your whole appointment
 yn Gymraeg.</p></div></div>
<div><div class="uk-panel">
<img src="/wp-content/uploads/2023/05/team-owain.jpg" width="400" height="500" alt="Owain" loading="lazy">
<h3 class="uk-h4 uk-margin-small-top">Owain Price <span class="uk-text-meta">Director &amp; co-founder</span></h3>
<p>Owain runs the barbering side. Classic scissor work, razor fades and the sharpest beard line-ups in town. Former
 regional barbering champion and a lifelong Bluebirds fan.</p></div></div>
<div><div class="uk-panel">
<img src="/wp-content/uploads/2023/05/team-ffion.jpg" width="400" height="500" alt="Ffion" loading="lazy">
<h3 class="uk-h4 uk-margin-small-top">Ffion Jenkins <span class="uk-text-meta">Senior stylist</span></h3>
<p>Our bridal and updo lead. Ffion also grew up speaking Welsh and is bilingual at the chair.</p></div></div>
<div><div class="uk-panel">
<img src="/wp-content/uploads/2023/05/team-seren.jpg" width="400" height="500" alt="Seren" loading="lazy">
<h3 class="uk-h4 uk-margin-small-top">Seren Ali <span class="uk-text-meta">Senior stylist</span></h3>
<p>Certified in tape-in, micro-ring and weft extensions, and our go-to for long-hair transformations.</p></div></div>
<div><div class="uk-panel">
<img src="/wp-content/uploads/2023/05/team-jamal.jpg" width="400" height="500" alt="Jamal" loading="lazy">
<h3 class="uk-h4 uk-margin-small-top">Jamal Haddad <span class="uk-text-meta">Senior barber</span></h3>
<p>Fades, designs and textured perms. Jamal's hair-art patterns are all over our Instagram.</p></div></div>
<div><div class="uk-panel">
<img src="/wp-content/uploads/2023/05/team-rosie.jpg" width="400" height="500" alt="Rosie" loading="lazy">
<h3 class="uk-h4 uk-margin-small-top">Rosie Evans <span class="uk-text-meta">Senior colourist</span></h3>
<p>Vivids and pastels are Rosie's happy place. If it's neon, she's done it.</p></div></div>
<div><div class="uk-panel">
<img src="/wp-content/uploads/2023/05/team-leah.jpg" width="400" height="500" alt="Leah" loading="lazy">
<h3 class="uk-h4 uk-margin-small-top">Leah Thomas <span class="uk-text-meta">Junior stylist</span></h3>
<p>Precise bobs and a gift for children's cuts &ndash; our youngest clients ask for her by name.</p></div></div>
<div><div class="uk-panel">
<img src="/wp-content/uploads/2023/05/team-tom.jpg" width="400" height="500" alt="Tom" loading="lazy">
<h3 class="uk-h4 uk-margin-small-top">Tom Bevan <span class="uk-text-meta">Junior barber</span></h3>
<p>Clean tapers and quick, tidy skin fades.</p></div></div>
<div><div class="uk-panel">
<img src="/wp-content/uploads/2023/05/team-gwen.jpg" width="400" height="500" alt="Gwen" loading="lazy">
<h3 class="uk-h4 uk-margin-small-top">Gwen &amp; Dani <span class="uk-text-meta">Front of house</span></h3>
<p>The friendly voices on the phone who keep the diary (and the kettle) running.</p></div></div>
</div>""",
    ),
)

# ---------------------------------------------------------------- find us
HTML["/find-us/"] = _page(
    "/find-us/",
    "Find Us, Opening Hours &amp; Parking",
    "Bramble &amp; Bone is on Charles Street in Cardiff city centre. Opening hours, parking, park and ride and "
    "train stations.",
    _content(
        """<h1 class="uk-heading-small">Find us</h1>
<div class="uk-panel uk-text-lead uk-margin">41 Charles Street, Cardiff CF10 2GB &ndash; a couple of minutes'
 walk from Queen Street, between the shops and the Cathays Park end of town.</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">Opening hours</h2>
<table class="uk-table uk-table-divider uk-table-small uk-width-large">
<tbody>
<tr><td>Monday</td><td>Closed</td></tr>
<tr><td>Tuesday</td><td>9am &ndash; 6pm</td></tr>
<tr><td>Wednesday</td><td>9am &ndash; 8pm</td></tr>
<tr><td>Thursday</td><td>9am &ndash; 8pm</td></tr>
<tr><td>Friday</td><td>9am &ndash; 6pm</td></tr>
<tr><td>Saturday</td><td>8.30am &ndash; 5pm</td></tr>
<tr><td>Sunday</td><td>10am &ndash; 4pm</td></tr>
</tbody>
</table>
<p>We close for bank holidays, and between Christmas Day and 2 January.</p>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">Parking</h2>
<p>There's no parking at the salon itself, and the few pay &amp; display bays on Charles Street have a one-hour
 limit, so they're only really suitable for a quick trim. For longer appointments the best options are:</p>
<ul class="uk-list uk-list-bullet">
<li><strong>Dumfries Place car park</strong> &ndash; about 4 minutes' walk, open 24 hours, and usually the
 cheapest all-day option in this part of town.</li>
<li><strong>St David's multi-storey</strong> &ndash; about 8 minutes' walk, pricier but handy if you're shopping
 too.</li>
</ul>
<p>Blue Badge holders can park on the double yellow lines at the Windsor Place end of Charles Street for up to
 three hours where it's safe to do so.</p>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">Park &amp; ride</h2>
<p>Coming from the M4? Cardiff East Park &amp; Ride at Pontprennau (just off junction 30) has free parking and buses
 into the city centre roughly every 15 minutes, Monday to Saturday. Get off on Churchill Way and you're a 3-minute
 walk from us. It's a great choice for a long colour appointment as you won't be watching a parking meter.</p>
</div>
<div class="uk-panel uk-margin">
<h2 class="uk-h3">By train &amp; bus</h2>
<p>Cardiff Queen Street station is a 4-minute walk. From Cardiff Central, it's about 12 minutes on foot up St Mary
 Street and through the Queen Street shopping area. Lots of city buses stop on Churchill Way and Queen Street.</p>
</div>
<div class="uk-margin">
<iframe src="about:blank" title="Map of Bramble &amp; Bone on Charles Street" width="100%" height="360"
 class="uk-box-shadow-medium" loading="lazy"></iframe>
</div>""",
    ),
)

# ---------------------------------------------------------------- faq
HTML["/faq/"] = _page(
    "/faq/",
    "Frequently Asked Questions",
    "Answers to common questions about visiting Bramble &amp; Bone Hair Studio in Cardiff.",
    _content(
        """<h1 class="uk-heading-small">Frequently asked questions</h1>
<div class="uk-panel uk-text-lead uk-margin">Can't find your answer? Give us a call or send us a message &ndash;
 we're always happy to help.</div>
<ul class="uk-accordion" uk-accordion="collapsible: true">
<li><a class="uk-accordion-title" href="#">Should I wash my hair before a colour appointment?</a>
<div class="uk-accordion-content">
<p>Please don't wash it on the day. Hair that was last washed 24 to 48 hours before colour has a little natural
 oil that protects your scalp from irritation. Do arrive with your hair dry and free of heavy products like
 hairspray or dry shampoo build-up.</p>
</div></li>
<li><a class="uk-accordion-title" href="#">Do you work with afro and textured hair?</a>
<div class="uk-accordion-content">
<p>Yes. Several of our team have completed advanced training in curly, coily and afro hair, including cutting,
 silk presses and colour. Let us know your hair type when you book so we can give you enough time with the right
 stylist.</p>
</div></li>
<li><a class="uk-accordion-title" href="#">I'm donating my hair to charity &ndash; can you help?</a>
<div class="uk-accordion-content">
<p>We love this! If you're donating at least 7 inches (17cm) of hair to the Little Princess Trust, the charity that
 makes real-hair wigs for children who've lost their hair, your cut is free. We'll section and plait your hair
 properly, cut it, and post it to the charity for you. Then we'll shape your new shorter style as normal.</p>
</div></li>
<li><a class="uk-accordion-title" href="#">Can I bring my children with me to my appointment?</a>
<div class="uk-accordion-content">
<p>For safety, with hot tools and chemicals around, we ask that children don't come along to longer appointments
 unless they're having their own hair done. A well-behaved older child for a quick cut is fine.</p>
</div></li>
<li><a class="uk-accordion-title" href="#">Do you offer drinks and Wi-Fi?</a>
<div class="uk-accordion-content">
<p>Yes, free Wi-Fi, and complimentary tea, coffee (from our local roaster), hot chocolate and soft drinks. On
 Saturday afternoons we pour a glass of prosecco for anyone over 18.</p>
</div></li>
<li><a class="uk-accordion-title" href="#">Can I bring photos of what I want?</a>
<div class="uk-accordion-content">
<p>Please do &ndash; pictures of what you love, and what you don't, are the quickest way for us to understand what
 you're after.</p>
</div></li>
<li><a class="uk-accordion-title" href="#">Can I request a particular stylist?</a>
<div class="uk-accordion-content">
<p>Of course. You can choose your stylist when booking online, and they'll normally keep your notes and formulas
 so every visit feels the same.</p>
</div></li>
</ul>""",
        _SIDEBAR_INFO,
    ),
)


QUESTIONS = [
    ("do you lot recycle all the foils and cut hair and that? trying to only use eco friendly places now", "/"),
    (
        "My little boy is 2 and it's going to be his very first haircut, my mum wants to come and watch. "
        "Do you do anything special for a first cut?",
        "/services/cuts-and-styling/",
    ),
    ("can i just turn up for a skin fade on my lunch break or do i have to book", "/services/cuts-and-styling/"),
    ("How long will a pastel lilac last before it washes out?", "/services/colour/"),
    (
        "I box dyed my hair black in lockdown and its grown out awful, I want to go lighter. can you help and "
        "what does it involve",
        "/services/balayage-and-colour-correction/",
    ),
    ("my tape ins are about 7 weeks old now, when should they be moved up?", "/services/hair-extensions/"),
    ("Is the hair you use for extensions real hair or synthetic?", "/services/hair-extensions/"),
    (
        "I'm 5 months pregnant, can I still get that keratin smoothing thing done before the baby comes?",
        "/services/perms-and-keratin/",
    ),
    (
        "We're getting married at a castle in the Vale of Glamorgan next August. Would you come out to the venue to "
        "do hair for me and 4 bridesmaids?",
        "/weddings-and-prom/",
    ),
    (
        "First time having my colour done with you, do I need to come in before the appointment for anything?",
        "/consultations-and-patch-tests/",
    ),
    (
        "My daughter is 14 and desperate for permanent red hair for her birthday, will you do it?",
        "/consultations-and-patch-tests/",
    ),
    ("how much for a mens cut with one of the directors", "/price-list/"),
    ("My nan's 80 and on her pension, do you do anything cheaper for older people?", "/price-list/"),
    (
        "Stuck in traffic on the A470, going to be about 20 mins late for my 2 o'clock. Will you still see me?",
        "/booking-and-cancellations/",
    ),
    (
        "I need to cancel tomorrow morning's appointment, my kid's come down with a bug. Will I lose my deposit?",
        "/booking-and-cancellations/",
    ),
    (
        "Had highlights on Saturday and there's a patchy bit at the back I'm not happy with. Will I have to pay "
        "again to get it sorted?",
        "/re-do-guarantee/",
    ),
    (
        "Off to Spain next week with my new blonde, how do I stop the hotel pool turning it green??",
        "/aftercare/",
    ),
    (
        "Want to get my sister a voucher for her 30th so she can treat herself, how long would she have to use it?",
        "/gift-vouchers/",
    ),
    ("I live in Roath, if I order shampoo off your website this morning can I get it today?", "/shop/"),
    (
        "My son is autistic and really struggles with noise and busy places. Is there a quieter time I could bring "
        "him for a trim?",
        "/accessibility/",
    ),
    (
        "Oes rhywun yn siarad Cymraeg? My mam would much rather chat in Welsh while she's in the chair",
        "/meet-the-team/",
    ),
    ("where's best to park, I'll be there most of the afternoon for balayage", "/find-us/"),
    ("whats the nearest train station to you", "/find-us/"),
    ("I'm going to chop off loads of my hair to donate it to charity, do you charge for that cut?", "/faq/"),
    ("Should I wash my hair the morning of my colour appointment or leave it dirty", "/faq/"),
]

OUT_OF_SCOPE = [
    "Do you do eyelash lifts or brow tints as well?",
    "is there a student discount? I'm at Cardiff Uni",
    "Are you looking for any stylists at the moment? I've just moved to Cardiff and I'm level 3 qualified",
    "Do you have a loyalty card or points scheme for regulars?",
    "My hair's been thinning at the crown since I had my baby, do you do any hair loss treatments?",
    "Found nits in my daughter's hair this morning, do you do head lice treatments?",
    "What time does Cardiff Castle close today?",
    "Can you recommend somewhere nice for lunch in town?",
]
