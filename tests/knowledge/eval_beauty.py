"""An evaluation site: The Willow Room Hair & Beauty, an independent hair and beauty salon in a market town (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a Squarespace-like
builder: nested sqs-block divs and data-section-id sections, no <main>, some headings as <div class="h2">
text beside real <h2>s, price lists as <ul> with <span> prices and one as a <table>.
"""

NAME = "The Willow Room Hair & Beauty"

_SITE = "The Willow Room Hair &amp; Beauty"

_NAV = [
    (
        "Hair",
        [
            ("/hair/", "Cuts &amp; Styling"),
            ("/colour/", "Colour &amp; Balayage"),
            ("/keratin-smoothing/", "Keratin Smoothing"),
            ("/extensions/", "Hair Extensions"),
            ("/bridal/", "Bridal Hair"),
        ],
    ),
    (
        "Beauty",
        [
            ("/nails/", "Nails"),
            ("/brows-lashes/", "Brows &amp; Lashes"),
            ("/waxing/", "Waxing"),
            ("/facials/", "Facials &amp; Skin"),
        ],
    ),
    (
        "The Salon",
        [
            ("/team/", "Meet the Team"),
            ("/gift-vouchers/", "Gift Vouchers"),
            ("/aftercare/", "Aftercare Advice"),
            ("/faq/", "FAQ"),
        ],
    ),
    (
        "Visit",
        [
            ("/booking-policy/", "Booking, Deposits &amp; Cancellations"),
            ("/patch-tests/", "Patch Tests &amp; Allergies"),
            ("/find-us/", "Opening Hours &amp; Finding Us"),
        ],
    ),
]

_ANALYTICS = """<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date()); gtag('config', 'G-WR7K2Q9L1M');
</script>"""


def _nav() -> str:
    parts = [
        '<nav class="header-nav" aria-label="Main">',
        '<div class="header-nav-list">',
        '<div class="header-nav-item"><a href="/">Home</a></div>',
    ]
    for label, items in _NAV:
        parts.append('<div class="header-nav-item header-nav-item--folder">')
        parts.append(f'<a class="header-nav-folder-title" href="#" aria-haspopup="true">{label}</a>')
        parts.append('<div class="header-nav-folder-content"><div class="mega-menu-column">')
        for href, text in items:
            parts.append(f'<div class="header-nav-folder-item"><a href="{href}"><span>{text}</span></a></div>')
        parts.append("</div></div></div>")
    parts.append("</div></nav>")
    return "\n".join(parts)


_HEADER = (
    """<div class="announcement-bar"><div class="announcement-bar-content"><p>Late night Thursdays until 8pm
 &middot; <a href="/gift-vouchers/">E-vouchers sent the same day</a></p></div></div>
<header id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper">
<div class="header-inner container--fluid">
<div class="header-display-desktop">
<div class="header-title-nav-wrapper">
<div class="header-title"><div class="header-title-logo">
<a href="/"><img src="/s/willow-room-logo.png" alt="The Willow Room Hair and Beauty" width="220"></a>
</div></div>
"""
    + _nav()
    + """
</div>
<div class="header-actions header-actions--right">
<div class="header-actions-action header-actions-action--social">
<a href="https://www.instagram.com/thewillowroombridport" class="icon icon--fill" aria-label="Instagram">IG</a>
<a href="https://www.facebook.com/thewillowroombridport" class="icon icon--fill" aria-label="Facebook">FB</a>
</div>
<div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary"
 href="https://thewillowroom.salonbook.co.uk/book">Book now</a>
</div>
</div>
</div>
</div>
</div>
</header>
"""
)

_FOOTER = """<footer class="sections" id="footer-sections" data-footer-sections>
<section data-section-id="footer-01" class="page-section layout-engine-section background-width--full-bleed">
<div class="section-background"></div>
<div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section">
<div class="row sqs-row">
<div class="col sqs-col-4 span-4"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content">
<div class="h4">The Willow Room</div>
<p>31 South Street<br>Bridport<br>Dorset DT6 3NY</p>
<p><a href="tel:01308459212">01308 459212</a><br>
<a href="mailto:hello@thewillowroombridport.co.uk">hello@thewillowroombridport.co.uk</a></p>
</div></div></div>
<div class="col sqs-col-4 span-4"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content">
<div class="h4">Opening times</div>
<p>Tue &amp; Wed 9 &ndash; 5.30<br>Thu 9 &ndash; 8<br>Fri 9 &ndash; 6<br>Sat 8.30 &ndash; 4<br>
Sun &amp; Mon closed</p>
</div></div></div>
<div class="col sqs-col-4 span-4"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content">
<div class="h4">Follow us</div>
<p><a href="https://www.instagram.com/thewillowroombridport">Instagram</a> &middot;
<a href="https://www.facebook.com/thewillowroombridport">Facebook</a> &middot;
<a href="https://www.tiktok.com/@thewillowroombridport">TikTok</a></p>
<p><a href="/booking-policy/">Booking policy</a> &middot; <a href="/patch-tests/">Patch tests</a> &middot;
<a href="/faq/">FAQ</a> &middot; <a href="/find-us/">Find us</a></p>
</div></div></div>
</div>
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
<p class="sqsrte-small">&copy; 2026 The Willow Room Hair &amp; Beauty Ltd. Registered in England and Wales
 no. 11843302. Website made with love and a lot of coffee.</p>
</div></div></div></div>
</div>
</div></div>
</section>
</footer>
<div class="sqs-cookie-banner-v2-wrapper" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text">
<p>We use cookies to see how people use our site and to make booking easier. By clicking accept you agree
 to our use of cookies.</p></div>
<div class="sqs-cookie-banner-v2-actions">
<button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-decline">Decline</button>
</div></div></div>
"""

_BOOK_CTA = """<section data-section-id="cta-book" class="page-section content-collection full-bleed-section">
<div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block button-block sqs-block-button" data-block-type="53">
<div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center">
<a href="https://thewillowroom.salonbook.co.uk/book" class="sqs-block-button-element--medium
 sqs-button-element--primary sqs-block-button-element">Book your appointment online</a>
</div></div></div>
</div></div></div>
</div></div>
</section>
"""


def _block(inner: str) -> str:
    return (
        '<div class="sqs-block html-block sqs-block-html" data-block-type="2">'
        '<div class="sqs-block-content">\n' + inner + "\n</div></div>"
    )


def _section(section_id: str, inner: str, cols: str = "12") -> str:
    return (
        f'<section data-section-id="{section_id}" class="page-section layout-engine-section'
        ' background-width--full-bleed section-height--medium content-width--wide">\n'
        '<div class="section-border"><div class="section-background"></div></div>\n'
        '<div class="content-wrapper"><div class="content">\n'
        f'<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section">'
        f'<div class="row sqs-row"><div class="col sqs-col-{cols} span-{cols}">\n'
        + inner
        + "\n</div></div></div>\n</div></div>\n</section>"
    )


def _page(title: str, description: str, body: str, sidebar: str = "", cta: bool = True) -> str:
    if sidebar:
        content = (
            '<div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row">\n'
            '<div class="col sqs-col-8 span-8">\n' + body + "\n</div>\n"
            '<div class="col sqs-col-4 span-4 sidebar">\n' + sidebar + "\n</div>\n</div></div>"
        )
    else:
        content = body
    head_title = f"{title} | {_SITE}" if title else f"{_SITE} | Hair Salon &amp; Beauty in Bridport, Dorset"
    return (
        "<!doctype html>\n"
        '<html lang="en-GB">\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{head_title}</title>\n"
        f'<meta name="description" content="{description}">\n'
        f'<meta property="og:title" content="{head_title}">\n'
        '<meta property="og:site_name" content="The Willow Room Hair &amp; Beauty">\n'
        '<meta property="og:type" content="website">\n'
        '<link rel="icon" href="/s/favicon.ico">\n'
        '<link rel="stylesheet" type="text/css" href="/static/sqs/site.css">\n'
        '<link rel="stylesheet" type="text/css" href="/static/sqs/fonts-cormorant-lato.css">\n'
        + _ANALYTICS
        + "\n</head>\n"
        '<body id="collection-willow" class="header-overlay-alignment-center tweak-global-animations-enabled'
        ' primary-button-style-solid">\n'
        '<div class="site-wrapper"><div class="site-inner-wrapper">\n'
        + _HEADER
        + '<div class="sections" id="page" data-page-sections>\n'
        + content
        + "\n"
        + (_BOOK_CTA if cta else "")
        + "</div>\n"
        + _FOOTER
        + "</div></div>\n</body>\n</html>\n"
    )


def _prices(rows: list[tuple[str, str]]) -> str:
    items = "\n".join(
        f'<li class="menu-item"><span class="menu-item-title">{name}</span>'
        f'<span class="menu-item-dots"></span><span class="menu-item-price">{price}</span></li>'
        for name, price in rows
    )
    return '<ul class="menu-items price-list">\n' + items + "\n</ul>"


def _testimonial(quote: str, who: str) -> str:
    return (
        '<div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content">'
        f"<figure><blockquote><span>&ldquo;</span>{quote}<span>&rdquo;</span></blockquote>"
        f'<figcaption class="source">&mdash; {who}</figcaption></figure></div></div>'
    )


_HOME = (
    _section(
        "home-hero",
        _block(
            """<h1>Hair &amp; beauty in the heart of Bridport</h1>
<p class="sqsrte-large">A friendly, independent salon on South Street, run by stylist Hannah Hart since 2014.
We cut and colour for women, men and children, and our upstairs beauty rooms look after nails, brows,
lashes, waxing and skin.</p>
<p><a class="sqs-block-button-element" href="https://thewillowroom.salonbook.co.uk/book">Book now</a>
 <a class="sqs-block-button-element--secondary" href="/hair/">See our hair menu</a></p>"""
        ),
    )
    + "\n"
    + _section(
        "home-welcome",
        _block(
            """<div class="h2">New to The Willow Room?</div>
<p>Welcome! Your first visit with us is all about getting to know your hair or skin. Every new client gets a
free 15 minute consultation, either in the salon or by video call, before any colour, extensions or
smoothing service.</p>
<p><strong>New client welcome offer:</strong> 15% off your first hair or beauty appointment with us
(excluding extensions, bridal and gift vouchers). Just mention "first visit" when you book or pick the
New Client option online. The offer is one per person and can't be combined with the student discount.</p>
<p>We're a small team of seven, so we like to keep things personal: the same stylist every time if you
want, proper coffee from Soulshine Roasters up the road, and no rushing you out of the chair.</p>"""
        ),
    )
    + "\n"
    + _section(
        "home-services",
        """<div class="sqs-layout sqs-grid-12"><div class="row sqs-row">
<div class="col sqs-col-4 span-4">"""
        + _block(
            """<h2>Hair</h2>
<p>Cuts and blow-dries, colour, balayage, keratin smoothing, extensions and bridal hair.</p>
<p><a href="/hair/">Cuts &amp; styling</a> &middot; <a href="/colour/">Colour</a> &middot;
<a href="/bridal/">Bridal</a></p>"""
        )
        + """</div>
<div class="col sqs-col-4 span-4">"""
        + _block(
            """<div class="h2">Beauty</div>
<p>Gel and BIAB nails, brows, lash lifts, waxing and facials in our calm first floor treatment rooms.</p>
<p><a href="/nails/">Nails</a> &middot; <a href="/brows-lashes/">Brows &amp; lashes</a> &middot;
<a href="/facials/">Facials</a></p>"""
        )
        + """</div>
<div class="col sqs-col-4 span-4">"""
        + _block(
            """<h2>Treat someone</h2>
<p>Gift vouchers for any amount or any treatment, sent by email the same day.</p>
<p><a href="/gift-vouchers/">Buy a voucher</a></p>"""
        )
        + "</div></div></div>",
    )
    + "\n"
    + _section(
        "home-reviews",
        '<div class="h2">Kind words</div>\n'
        + _testimonial(
            "Hannah completely fixed my box-dye disaster and I actually love my hair again. Worth every penny.",
            "Rachel, Google review",
        )
        + _testimonial(
            "Took my very wriggly three year old for his first haircut and Tom was a total star with him.",
            "Lauren, Facebook",
        )
        + _testimonial(
            "Best lash lift I've ever had and Priya is so lovely. The salon smells amazing too!",
            "Sophie, Google review",
        )
        + _block(
            """<p>Rated 4.9 out of 5 from 380+ Google reviews &middot; Finalist, Dorset Business Awards 2025
(Independent Retailer of the Year)</p>"""
        ),
    )
)

_HAIR = _section(
    "hair-intro",
    _block(
        """<h1>Cuts &amp; Styling</h1>
<p>Every cut starts with a proper chat about how you wear your hair day to day, then a relaxing wash and
head massage, the cut itself and a finish. Prices depend on who you see: our <strong>Stylists</strong>,
<strong>Senior Stylists</strong> and our <strong>Director</strong> (Hannah). Not sure who to book? Our
<a href="/team/">team page</a> explains who does what.</p>"""
    ),
)
_HAIR += "\n" + _section(
    "hair-women",
    _block(
        """<div class="h2">Women</div>
<p class="price-note">Stylist / Senior / Director</p>"""
        + _prices(
            [
                ("Cut &amp; finish", "£42 / £48 / £56"),
                ("Restyle (big change, includes consultation)", "£50 / £56 / £64"),
                ("Dry cut (curly or very short hair)", "£36 / £40 / £46"),
                ("Blow-dry (short / long)", "£28 / £34"),
                ("Curls or waves with tongs", "from £34"),
                ("Hair up / occasion hair", "from £48"),
            ]
        )
    ),
)
_HAIR += "\n" + _section(
    "hair-men",
    _block(
        """<h2>Men</h2>"""
        + _prices(
            [
                ("Gents cut (scissor or clipper and scissor)", "£24"),
                ("Skin fade", "£26"),
                ("Clipper cut, one grade all over", "£16"),
                ("Beard trim and shape", "£10"),
                ("Cut and beard combo", "£32"),
            ]
        )
    ),
)
_HAIR += "\n" + _section(
    "hair-children",
    _block(
        """<h2>Children</h2>"""
        + _prices(
            [
                ("Under 5s", "£12"),
                ("Ages 5 to 11", "£16"),
                ("Ages 12 to 16", "£22"),
            ]
        )
        + """
<p>We love seeing little ones and do everything we can to make a first haircut fun. Toddlers are very
welcome to sit on a grown-up's lap for their cut, and we have a booster seat shaped like a racing car for
older children. We can't wash hair for under 5s, so please bring them with clean, dry hair. Children under
16 must have a parent or guardian with them in the salon. First haircut? Ask for a free first-haircut
certificate and a lock of hair to keep.</p>"""
    ),
)
_HAIR += "\n" + _section(
    "hair-fringe",
    _block(
        """<div class="h3">Fringe trims</div>
<p>If you're a regular client, fringe trims in between your cuts are free. Just pop in during opening
hours and we'll fit you in when a chair is free, or book a 10 minute fringe slot online so you don't have
to wait. For non-clients a fringe trim is £8.</p>"""
    ),
)

_COLOUR = _section(
    "colour-intro",
    _block(
        """<h1>Colour &amp; Balayage</h1>
<p>From covering the first few greys to a complete change, colour is what Hannah built the salon on. We'll
always talk through what's realistic for your hair and your budget before we start, and we'll be honest if
it needs more than one visit to get there.</p>
<p><strong>Important:</strong> every colour service needs a skin test beforehand. Please read our
<a href="/patch-tests/">patch test &amp; allergy policy</a> before booking.</p>"""
    ),
)
_COLOUR += "\n" + _section(
    "colour-prices",
    _block(
        """<h2>Colour price list</h2>
<table class="price-table">
<thead><tr><th>Service</th><th>Stylist</th><th>Senior</th><th>Director</th></tr></thead>
<tbody>
<tr><td>Root tint (up to 2cm regrowth)</td><td>£58</td><td>£62</td><td>£68</td></tr>
<tr><td>Full head tint</td><td>£72</td><td>£78</td><td>£86</td></tr>
<tr><td>T-section highlights (parting and hairline)</td><td>£62</td><td>£68</td><td>£75</td></tr>
<tr><td>Half head highlights</td><td>£78</td><td>£85</td><td>£94</td></tr>
<tr><td>Full head highlights</td><td>£95</td><td>£104</td><td>£115</td></tr>
<tr><td>Balayage or babylights</td><td>from £120</td><td>from £135</td><td>from £150</td></tr>
<tr><td>Toner / gloss</td><td>£25</td><td>£25</td><td>£30</td></tr>
<tr><td>Grey blending (men or women)</td><td>£45</td><td>£50</td><td>£55</td></tr>
<tr><td>Colour correction</td><td colspan="3">by consultation, charged at £60 per hour</td></tr>
<tr><td>Bond-building treatment add-on</td><td colspan="3">£15</td></tr>
</tbody>
</table>
<p class="sqsrte-small">All colour prices include a cut-free blow-dry finish. Add a cut for £25.</p>"""
    ),
)
_COLOUR += "\n" + _section(
    "colour-balayage",
    _block(
        """<div class="h2">All about balayage</div>
<p>Balayage is a freehand technique: we paint the lightener on by hand so it looks like your hair has
been lightened naturally by the sun, soft at the root and brighter through the ends. Because the grow-out
is so gentle, most people only need a refresh every 12 to 16 weeks.</p>
<p>Please allow <strong>three to four hours</strong> in the salon for a first balayage, and longer if your
hair is very long, thick or dark, or has old colour on it. Dark hair often needs a toner to take out
warmth, which is included in the balayage price. Bring a book, we'll bring the biscuits.</p>
<p>If you've used box dye or henna in the last two years, please tell us at your consultation, as it
changes how lightener behaves.</p>"""
    ),
)

_KERATIN = _section(
    "keratin",
    _block(
        """<h1>Keratin Smoothing</h1>
<p>Fed up with frizz? Our keratin smoothing treatment coats each hair in a protein-rich formula that's
sealed in with a flat iron, leaving hair smoother, shinier and much quicker to blow-dry. It softens
waves and tames frizz; it won't make very curly hair poker straight. We use a formaldehyde-free formula.</p>
<div class="h2">How long does it last?</div>
<p>Results usually last three to five months, fading gradually as you wash. It's fine to have it repeated
every three months or so.</p>
<h2>Prices</h2>"""
        + _prices(
            [
                ("Short hair (above the chin)", "£150"),
                ("Medium hair (to the shoulders)", "£190"),
                ("Long hair (past the shoulders)", "£240"),
                ("Extra long or very thick hair", "from £280"),
            ]
        )
        + """
<p>A treatment takes between two and a half and four hours, depending on length. A £50 deposit is taken
when you book.</p>
<div class="h3">Is it right for me?</div>
<p>We'll do a short consultation and strand test first. Keratin smoothing isn't suitable for hair that is
very damaged or breaking, and we don't carry out keratin treatments on anyone who is pregnant or
breastfeeding, even with formaldehyde-free products, because of the fumes from the heat-sealing step. We'd
be delighted to see you again once your baby has arrived and you've finished feeding. Colour can be done
on the same day, but always before the smoothing, never after.</p>
<p>Looking after your smoothed hair at home? Have a read of our <a href="/aftercare/">aftercare advice</a>.</p>"""
    ),
)

_EXTENSIONS = _section(
    "extensions",
    _block(
        """<h1>Hair Extensions</h1>
<p>Longer, thicker hair that looks like yours. We fit two methods using 100% Remy human hair:</p>
<ul>
<li><strong>Tape-ins</strong>: thin, flat wefts that sit close to the head, ideal for fine hair.</li>
<li><strong>Nano rings</strong>: tiny metal rings attached strand by strand with no glue or heat.</li>
</ul>
<div class="h2">How it works</div>
<p>First comes a free consultation, where we match the colour, talk about length and fullness and do a
skin and strand test. We then order your hair, which needs a £100 deposit (this comes off the final price).
Your hair usually arrives within 7 to 10 working days and we'll call you to book the fitting. A full head
fitting takes about three hours.</p>
<p>We only fit hair that we've ordered ourselves, so we know its quality and where it comes from. Sorry,
we can't fit extensions or hair bought online or from another salon, but we're happy to remove them.</p>
<h2>Prices</h2>"""
        + _prices(
            [
                ("Tape-in extensions, half head (hair included)", "from £350"),
                ("Tape-in extensions, full head (hair included)", "from £520"),
                ("Nano ring extensions, full head (hair included)", "from £650"),
                ("Maintenance / refit (every 6 to 8 weeks)", "£90"),
                ("Removal", "£45"),
                ("Removal of extensions fitted elsewhere", "£60"),
            ]
        )
        + """
<p>With the right care, good quality hair can be reused for two or three refits. Your stylist will go
through home care at your fitting.</p>"""
    ),
)

_BRIDAL = _section(
    "bridal",
    _block(
        """<h1>Bridal Hair</h1>
<p>Congratulations! Whether it's a registry office in Dorchester or a barn on the Jurassic Coast, we'd love
to look after you and your party. Hannah and Jess lead our bridal team and have styled over 400 weddings
between them.</p>
<h2>Your trial</h2>
<p>We recommend a trial two to three months before the day. Bring photos you love, your headpiece or veil
if you have it, and ideally wear a top with a similar neckline to your dress. A bridal trial is
<strong>£65</strong> and takes about 90 minutes.</p>
<div class="h2">On the day</div>"""
        + _prices(
            [
                ("Bride (in the salon)", "£95"),
                ("Bride (at your venue or home)", "£120"),
                ("Bridesmaids and mothers of the bride or groom", "£55 each"),
                ("Flower girls under 12", "£25"),
                ("Early start before 8am", "£30 supplement"),
            ]
        )
        + """
<p><strong>Travel:</strong> we travel free of charge within 10 miles of the salon. Beyond that we charge
45p per mile, counted from the salon and back, and we travel up to 40 miles from Bridport. For venues more
than 30 minutes away we may need to bring a second stylist, depending on how many of you there are.</p>
<div class="h3">Securing your date</div>
<p>We take weddings up to 18 months ahead, and summer Saturdays go quickly. To hold your date we take a 25%
non-refundable deposit, and the balance is due two weeks before the wedding. We can style up to six people
on the day. Sorry, we don't offer make-up, but we're always happy to recommend local make-up artists we
work with.</p>"""
    ),
)

_NAILS = _section(
    "nails",
    _block(
        """<h1>Nails</h1>
<p>Our nail room is on the first floor, with big comfy chairs, a footbath for pedicures and a window
looking out over South Street. Megan uses vegan, HEMA-free gel systems wherever she can, which are kinder
to sensitive skin.</p>
<h2>Hands</h2>"""
        + _prices(
            [
                ("Classic manicure with polish", "£25"),
                ("Gel polish on natural nails", "£28"),
                ("BIAB (builder gel) overlay, new set", "£38"),
                ("BIAB infill (within 3 to 4 weeks)", "£35"),
                ("Gel or BIAB removal, our own work, with a new set", "free"),
                ("Gel or BIAB removal, our own work, removal only", "£10"),
                ("Removal of gel, BIAB or acrylic from another salon", "£15"),
                ("Nail art", "from £3 per nail"),
            ]
        )
        + """
<div class="h2">Feet</div>"""
        + _prices(
            [
                ("Pedicure with polish", "£35"),
                ("Gel pedicure", "£38"),
                ("Luxury pedicure with hot stones, mask and gel", "£48"),
            ]
        )
        + """
<div class="h3">Good to know</div>
<p>We don't offer acrylic nails or extensions with tips. We find BIAB gives a strong, natural-looking nail
that grows out nicely and is much gentler on the nail plate. If you're coming from acrylics, book the
removal along with your new set and allow an extra 20 minutes. If you have a fungal nail infection or
broken skin, we may need to postpone your treatment.</p>"""
    ),
)

_BROWS = _section(
    "brows",
    _block(
        """<h1>Brows &amp; Lashes</h1>
<p>Priya has been shaping brows for twelve years and is fully trained in lamination and lash lifts. All
tints, lifts, laminations and lash extensions need a skin test at least 48 hours before. Please see our
<a href="/patch-tests/">patch test page</a>.</p>
<h2>Brows</h2>"""
        + _prices(
            [
                ("Brow shape (wax or thread)", "£12"),
                ("Brow tint", "£10"),
                ("Brow shape and tint", "£22"),
                ("Brow lamination with shape and tint", "£40"),
                ("Henna brows", "£30"),
            ]
        )
        + """
<h2>Lashes</h2>"""
        + _prices(
            [
                ("Lash tint", "£14"),
                ("Lash lift and tint", "£48"),
                ("Classic lash extensions, full set", "£55"),
                ("Classic lash infill (within 3 weeks)", "£35"),
                ("Lash extension removal", "£15"),
            ]
        )
        + """
<div class="h3">Lash lift or extensions?</div>
<p>A lash lift curls your own natural lashes upwards from the root, and with a tint they look longer and
darker with no mascara for six to eight weeks. It takes about an hour and there's nothing to maintain.
Extensions add individual false lashes for more length and fullness, and need an infill every two to three
weeks. Please come without eye make-up and take out contact lenses before a lash treatment.</p>"""
    ),
)

_WAXING = _section(
    "waxing",
    _block(
        """<h1>Waxing</h1>
<p>We use hot wax for faces, underarms and intimate areas, because it grips the hair rather than the skin,
and strip wax for legs, arms, backs and chests. We wax men and women, though our intimate waxing (bikini,
Brazilian and Hollywood) is for women only.</p>
<h2>Price list</h2>"""
        + _prices(
            [
                ("Lip or chin", "£8"),
                ("Lip and chin", "£14"),
                ("Underarm", "£12"),
                ("Forearm", "£16"),
                ("Half leg", "£22"),
                ("Three-quarter leg", "£27"),
                ("Full leg", "£34"),
                ("Bikini line", "£15"),
                ("Brazilian", "£32"),
                ("Hollywood", "£36"),
                ("Back or chest (men)", "£24"),
                ("Back and shoulders (men)", "£30"),
            ]
        )
        + """
<div class="h2">Before your wax</div>
<p>Hair needs to be about 5mm long for the wax to grip properly, roughly two to three weeks of growth
after shaving. Please don't shave in between waxes. Gently exfoliate the day before but not on the day,
and skip body lotion on the area that morning.</p>
<h3>When we can't wax</h3>
<p>For your safety we can't wax skin that is sunburnt, broken or irritated. If you are taking isotretinoin
(Roaccutane) or have taken it in the last six months, we can't wax any part of your body, as the skin is
too thin and can lift. The same applies to the face if you use prescription retinoid creams such as
Retin-A, which need to be stopped for at least a week before facial waxing. Please tell us about any
medication when you book.</p>"""
    ),
)

_FACIALS = _section(
    "facials",
    _block(
        """<h1>Facials &amp; Skin</h1>
<p>Our facials start with a skin analysis so we can treat what your skin needs right now, whether that's
dryness, breakouts, redness or just the winter dulls. Priya uses Dermalogica professional products and can
put together a home routine for you afterwards.</p>
<h2>Treatments</h2>"""
        + _prices(
            [
                ("Express facial, 30 minutes", "£35"),
                ("Signature facial, 60 minutes", "£60"),
                ("Deep-cleanse facial with extractions, 60 minutes", "£62"),
                ("Dermaplaning facial, 45 minutes", "£45"),
                ("Add LED light therapy to any facial", "£15"),
            ]
        )
        + """
<div class="h2">Which facial?</div>
<p>The <strong>Express</strong> is a quick cleanse, exfoliation, mask and moisturise, perfect on a lunch
break. Our <strong>Signature</strong> is the full hour: double cleanse, skin analysis, exfoliation, steam,
a mask chosen for your skin, and a long face, neck and shoulder massage. It's our most popular treatment
for dry, tired or dull skin. <strong>Dermaplaning</strong> gently removes dead skin and fine facial hair
with a sterile blade, so make-up goes on beautifully.</p>
<div class="h3">Courses</div>
<p>Book a course of six Signature or Dermaplaning facials and pay for five. Courses are paid in advance
and must be used within nine months.</p>"""
    ),
)

_TEAM = _section(
    "team-intro",
    _block(
        """<h1>Meet the Team</h1>
<p>Seven of us, one salon, and a shared love of good hair and very strong tea.</p>"""
    ),
)
_TEAM += "\n" + _section(
    "team-grid",
    """<div class="sqs-gallery-design-grid">
<div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content">
<img src="/s/team-hannah.jpg" alt="Hannah Hart"></div></div>"""
    + _block(
        """<h3>Hannah Hart &ndash; Owner &amp; Director</h3>
<p>Hannah trained in London before coming home to Dorset and opening The Willow Room in 2014. With over
twenty years behind the chair she's our colour expert, specialising in balayage and colour correction, and
still works in the salon four days a week.</p>"""
    )
    + """<div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content">
<img src="/s/team-jess.jpg" alt="Jess Cole"></div></div>"""
    + _block(
        """<h3>Jess Cole &ndash; Senior Stylist</h3>
<p>Jess is our extensions specialist and is certified in both tape-in and nano ring methods. She also
loves a big bouncy blow-dry and co-leads our bridal team.</p>"""
    )
    + _block(
        """<h3>Tom Reddaway &ndash; Senior Stylist &amp; Barber</h3>
<p>Tom looks after most of our men's cuts. Skin fades, textured crops and beard shaping are his thing, and
he's brilliant with nervous children (he has three of his own).</p>"""
    )
    + _block(
        """<h3>Ellie Brown &ndash; Stylist</h3>
<p>Ellie qualified with us in 2023 and has a real eye for long layers and curtain fringes. She's also
trained in curly cutting.</p>"""
    )
    + _block(
        """<div class="h3">Priya Shah &ndash; Beauty Therapist</div>
<p>Priya runs our beauty room: brows, lashes, waxing and facials. She holds an NVQ Level 3 in beauty
therapy and has twelve years of experience.</p>"""
    )
    + _block(
        """<div class="h3">Megan Lacey &ndash; Nail Technician</div>
<p>Megan joined us in 2021 after six years as a nail technician in Exeter. She's our BIAB queen and does
beautiful hand-painted nail art.</p>"""
    )
    + _block(
        """<div class="h3">Sue Denning &ndash; Salon Manager</div>
<p>Sue is the friendly voice on the phone and looks after bookings, vouchers and everything in between.</p>"""
    )
    + "</div>",
)

_BOOKING = _section(
    "booking",
    _block(
        """<h1>Booking, Deposits &amp; Cancellations</h1>
<p>We're a small salon and a missed appointment is time one of our team can't get back, so thank you for
reading this before you book.</p>
<h2>How to book</h2>
<p>The easiest way is our online booking, open 24 hours a day, where you can see every free slot. You can
also ring us during opening hours or call in at the desk. We don't take bookings through Instagram or
Facebook messages, as they aren't checked every day.</p>
<div class="h2">Deposits</div>
<ul>
<li>New clients: a £20 deposit for any appointment over £50.</li>
<li>Any appointment of two hours or more: a deposit of 25% of the price.</li>
<li>Extensions, keratin smoothing and bridal bookings have their own deposits, shown on those pages.</li>
</ul>
<p>Your deposit comes off your bill on the day.</p>
<div class="h2">Changing or cancelling</div>
<p>Please give us at least <strong>48 hours' notice</strong> if you need to cancel or move your appointment.
With 48 hours' notice we'll happily move your deposit to a new date. If you cancel with less than 48
hours' notice, your deposit is kept. If you don't turn up at all, we may charge 50% of the appointment
price, and after a second missed appointment we'll ask for full payment upfront on future bookings. We do
understand that life happens: illness and emergencies are dealt with kindly, case by case.</p>
<h3>Running late?</h3>
<p>Please call us as soon as you know. If you arrive more than 15 minutes late, we may have to shorten your
treatment so the next client isn't kept waiting, or move you to another day, and the full price may still
apply. For colour services we can't start if you're more than 10 minutes late.</p>
<div class="h3">Paying</div>
<p>We accept all major debit and credit cards (including American Express), contactless, Apple Pay and
Google Pay, and cash. We don't accept cheques. Prices are correct at the time of writing and may change
with notice; the price you were quoted when you booked is the price you pay.</p>"""
    ),
)

_PATCH = _section(
    "patch",
    _block(
        """<h1>Patch Tests &amp; Allergies</h1>
<p>Allergic reactions to hair dye and lash tints are rare but can be serious. The manufacturers of the
products we use, and our insurers, ask us to carry out a skin (patch) test at least 48 hours before
any colour, tint, lash lift, brow lamination or lash extension treatment.</p>
<h2>When do I need a skin test?</h2>
<ul>
<li>Before your first colour or tint with us, even if you've had colour for years at another salon or
at home. Different brands use different ingredients, so a test somewhere else doesn't cover ours.</li>
<li>If it's been more than six months since your last colour or tint with us.</li>
<li>If you've had any reaction since your last test, or started any new medication.</li>
</ul>
<div class="h2">How it works</div>
<p>It's free, takes five minutes, and you don't need an appointment: pop in at any time during opening
hours, at least 48 hours (and no more than a week) before your treatment. We dab a little product behind
your ear or in the crook of your elbow. Keep it dry and don't wash it off for 48 hours. If you notice
itching, redness or swelling, wash it off straight away and call us, and we won't go ahead with the
colour.</p>
<p>If you can't get to us, ask about a postal test kit, which we can send with instructions.</p>
<h3>Black henna tattoos</h3>
<p>Temporary "black henna" tattoos, often done on holiday, usually contain high levels of PPD, the same
ingredient found in most permanent hair colour. Having one can leave you sensitised for life. If you've
ever had a black henna tattoo, please tell us before booking. We won't use PPD-based colour on you, but we
may be able to offer a PPD-free alternative after a skin test.</p>
<div class="h3">Other allergies</div>
<p>Please tell us about any allergies when you book. We use nitrile gloves, never latex. Some of our
treatments and massage oils contain nut oils such as sweet almond, so let us know about any nut allergy.
We don't give permanent colour to anyone under 16.</p>"""
    ),
)

_VOUCHERS = _section(
    "vouchers",
    _block(
        """<h1>Gift Vouchers</h1>
<p>Treat someone to a little time for themselves. Our vouchers come in any amount from £10, or for a
named treatment such as a Signature facial or a lash lift and tint.</p>
<h2>Buying a voucher</h2>
<ul>
<li><strong>E-voucher:</strong> buy online and we'll email it to you or straight to the lucky person,
usually within the hour during opening times.</li>
<li><strong>In the salon:</strong> printed on card in a Willow Room envelope while you wait.</li>
<li><strong>By post:</strong> ring us and we'll post a voucher in a gift box for an extra £2.50.</li>
</ul>
<div class="h2">The small print</div>
<p>Vouchers are valid for <strong>12 months</strong> from the date they were bought, and the expiry date
is printed on each one. We can't accept vouchers after they've expired or extend them. Vouchers can be used
for any treatment or for products, and can be used over several visits. They can't be exchanged for cash
and no change is given in cash. Please bring your voucher (or show the email) at your appointment. If you
lose a voucher, call us: if we can find it on our system we'll reissue it.</p>"""
    ),
)

_AFTERCARE = _section(
    "aftercare",
    _block(
        """<h1>Aftercare Advice</h1>
<p>A little care at home makes your treatment last longer. Here's what we tell everyone in the chair.</p>
<h2>After colour</h2>
<p>Wait at least 48 hours before washing so the colour can settle. Use a sulphate-free shampoo for
coloured hair and turn the water temperature down. Blondes, a purple shampoo once a week keeps brassiness
away. Before swimming, wet your hair with tap water and add a little conditioner so it soaks up less
chlorine.</p>
<h2>After keratin smoothing</h2>
<p>For the first 72 hours don't wash your hair, don't tie it up, clip it or tuck it behind your ears, and
avoid getting it wet or steamy (so no gym or sauna). After that, only use sulphate-free and salt-free
shampoo. Avoid swimming pools and the sea for two weeks, as chlorine and salt water strip the treatment;
after that, wear a swimming cap and rinse well.</p>
<div class="h2">After brows and lashes</div>
<p>Keep lash lifts and brow laminations completely dry for 24 hours: no washing your face, steam, saunas
or swimming, and no mascara. After that, a drop of lash or brow oil at night keeps them healthy. With
lash extensions avoid oil-based cleansers and don't rub or pull them.</p>
<div class="h2">After waxing</div>
<p>For 24 to 48 hours avoid hot baths, the gym, saunas, sunbeds and fake tan, and wear loose clothes
over the area. Start exfoliating gently two days later to stop ingrown hairs.</p>
<div class="h2">Nails</div>
<p>Use cuticle oil every day, wear gloves for housework and never pick or peel gel or BIAB off, as it takes
layers of your natural nail with it. Book a removal instead.</p>
<div class="h2">Extensions</div>
<p>Brush gently from the ends up with a loop brush, sleep with your hair in a loose plait, and keep
heat and oils away from the tapes or rings.</p>"""
    ),
)

_FIND_US = _section(
    "find-us",
    _block(
        """<h1>Opening Hours &amp; Finding Us</h1>
<p>You'll find us at <strong>31 South Street, Bridport DT6 3NY</strong>, between the Electric Palace and
the town hall end of South Street. Look for the sage green shopfront with the willow tree in the window.</p>
<h2>Opening hours</h2>
<table class="hours">
<tr><td>Monday</td><td>Closed</td></tr>
<tr><td>Tuesday</td><td>9am &ndash; 5.30pm</td></tr>
<tr><td>Wednesday</td><td>9am &ndash; 5.30pm</td></tr>
<tr><td>Thursday</td><td>9am &ndash; 8pm (late night)</td></tr>
<tr><td>Friday</td><td>9am &ndash; 6pm</td></tr>
<tr><td>Saturday</td><td>8.30am &ndash; 4pm</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
</table>
<p>We close on bank holidays and for a week between Christmas and New Year.</p>"""
    ),
    cols="7",
)
_FIND_US += "\n" + _section(
    "find-us-travel",
    _block(
        """<div class="h2">Parking</div>
<p>The nearest car park is <strong>St Michael's Lane</strong> (pay and display, long stay), about a four
minute walk. The smaller Tannery Road car park is closer but short stay only, with a three hour limit, so
it's not ideal for longer colour appointments. There's free one hour on-street parking on South Street
itself, but spaces are hard to find on busy days. Blue badge holders can park on the double yellow lines
outside for up to three hours if it's safe to do so.</p>
<div class="h2">By bus</div>
<p>Bridport bus station is a five minute walk. The X51 (Dorchester) and X53 (Exeter and Weymouth) stop
there.</p>
<h2>Access</h2>
<p>Our hair salon is on the ground floor with a level entrance and space for a wheelchair or pushchair,
and there's an accessible toilet downstairs. Our beauty rooms are up a flight of stairs and sadly there
is no lift. If stairs are difficult for you, just tell us when you book and we can do manicures,
pedicures, brow and lash treatments in our private ground floor room instead.</p>"""
    ),
)

_FAQ_ITEMS = [
    (
        "Can I bring my dog?",
        "Well-behaved dogs on a lead are very welcome in the downstairs salon (we have a water bowl and "
        "treats!). For hygiene reasons dogs can't come into the beauty rooms.",
    ),
    (
        "Do you do a student discount?",
        "Yes, students in full-time education get 10% off hair and beauty services on Tuesdays and "
        "Wednesdays. Please show a valid student card or TOTUM card when you pay.",
    ),
    (
        "Can I bring my children while I have my hair done?",
        "Babies in a pram are fine, but we can't supervise older children and for safety they can't wait "
        "unattended in the salon while you have a long colour appointment.",
    ),
    (
        "Do you sell hair products?",
        "We stock Kevin Murphy haircare and styling products in the salon, and our stylists will always "
        "recommend what suits your hair. There's no pressure to buy.",
    ),
    (
        "Can I bring my own hair dye for you to use?",
        "Sorry, no. We only use professional products that we have tested and are insured to use.",
    ),
    (
        "Is there Wi-Fi?",
        "Yes, free Wi-Fi. The password is on the little card at each station, and there are phone chargers "
        "at the front desk.",
    ),
    (
        "Do you offer drinks?",
        "Of course: tea, coffee, hot chocolate, herbal teas and water. On Thursday late nights and "
        "Saturdays we sometimes have a glass of prosecco for bridal trials.",
    ),
    (
        "Should I tip?",
        "Tips are never expected but always appreciated, and go straight to the person who looked after "
        "you. You can add a tip on the card machine or leave cash.",
    ),
]

_FAQ = _section(
    "faq",
    _block(
        "<h1>Frequently Asked Questions</h1>\n"
        "<p>Can't find your answer here? Give Sue a ring on 01308 459212.</p>\n"
        '<div class="accordion-block sqs-block-accordion"><div class="accordion-items-container">\n'
        + "\n".join(
            '<div class="accordion-item"><h4 class="accordion-item__title-wrapper">'
            f'<button class="accordion-toggle accordion-item__click-target" aria-expanded="false">{q}</button>'
            f'</h4><div class="accordion-panel accordion-item__description"><p>{a}</p></div></div>'
            for q, a in _FAQ_ITEMS
        )
        + "\n</div></div>"
    ),
)

_SIDEBAR_BOOK = _block(
    """<div class="h3">Ready to book?</div>
<p>See every free slot and book in seconds.</p>
<p><a class="sqs-block-button-element" href="https://thewillowroom.salonbook.co.uk/book">Book online</a></p>
<p>Or call <a href="tel:01308459212">01308 459212</a></p>"""
)
_SIDEBAR_NEWS = _block(
    """<div class="h3">Join the Willow list</div>
<p>Last-minute slots, new treatments and the odd treat, once a month. No spam.</p>
<form class="newsletter-form" action="#"><input type="email" name="email" placeholder="Email address">
<button type="submit">Sign up</button></form>"""
)
_SIDEBAR = (
    _SIDEBAR_BOOK
    + _SIDEBAR_NEWS
    + _testimonial("Friendly, relaxed and they actually listen. I won't go anywhere else now.", "Jo, Google review")
)

HTML = {
    "/": _page("", "Independent hair salon and beauty rooms in Bridport, Dorset.", _HOME),
    "/hair/": _page("Cuts &amp; Styling", "Haircut prices for women, men and children.", _HAIR, _SIDEBAR),
    "/colour/": _page("Colour &amp; Balayage", "Hair colour, highlights and balayage prices.", _COLOUR, _SIDEBAR),
    "/keratin-smoothing/": _page("Keratin Smoothing", "Frizz-free hair with keratin smoothing.", _KERATIN),
    "/extensions/": _page("Hair Extensions", "Tape-in and nano ring hair extensions.", _EXTENSIONS, _SIDEBAR),
    "/bridal/": _page("Bridal Hair", "Wedding hair trials and on-the-day styling.", _BRIDAL),
    "/nails/": _page("Nails", "Gel polish, BIAB, manicures and pedicures.", _NAILS, _SIDEBAR),
    "/brows-lashes/": _page("Brows &amp; Lashes", "Brow lamination, lash lifts and tints.", _BROWS, _SIDEBAR),
    "/waxing/": _page("Waxing", "Hot and strip waxing for women and men.", _WAXING),
    "/facials/": _page("Facials &amp; Skin", "Dermalogica facials and dermaplaning.", _FACIALS, _SIDEBAR),
    "/team/": _page("Meet the Team", "The stylists and therapists at The Willow Room.", _TEAM),
    "/booking-policy/": _page(
        "Booking, Deposits &amp; Cancellations", "How to book, deposits and our cancellation policy.", _BOOKING
    ),
    "/patch-tests/": _page("Patch Tests &amp; Allergies", "Skin tests and our allergy policy.", _PATCH),
    "/gift-vouchers/": _page("Gift Vouchers", "Salon gift vouchers and e-vouchers.", _VOUCHERS, _SIDEBAR),
    "/aftercare/": _page("Aftercare Advice", "How to look after your hair, nails and skin.", _AFTERCARE),
    "/find-us/": _page("Opening Hours &amp; Finding Us", "Opening hours, parking and access.", _FIND_US),
    "/faq/": _page("FAQ", "Answers to common questions.", _FAQ, cta=False),
}

QUESTIONS = [
    (
        "hiya my daughter is 4 and screams at the hairdressers, how much for a trim and can she sit on my knee?",
        "/hair/",
    ),
    ("Do u charge for fringe trims between appointments", "/hair/"),
    ("how much are highlights all over", "/colour/"),
    (
        "I've got really dark hair and want that sun-kissed painted look for my holiday, how long would I be in "
        "the chair for?",
        "/colour/",
    ),
    (
        "I'm about 20 weeks pregnant and my hair's gone so frizzy, can I get it smoothed before the baby comes?",
        "/keratin-smoothing/",
    ),
    ("How much roughly for the anti frizz treatment, my hair is past my shoulders", "/keratin-smoothing/"),
    ("I bought some human hair tapes off a website, would you be able to put them in for me?", "/extensions/"),
    (
        "We're getting married at a barn near Lyme about 20 miles from you. Can you come out to us and what do "
        "you charge for travelling?",
        "/bridal/",
    ),
    ("do you do acrylics", "/nails/"),
    ("I've got gel nails done somewhere else that need soaking off, will you do it and what's the cost?", "/nails/"),
    ("how much to get my eyelashes curled up and darkened so I don't need mascara", "/brows-lashes/"),
    ("My dermatologist has me on Roaccutane for acne, is it ok to have my legs waxed?", "/waxing/"),
    ("how long do i need to let my leg hair grow before a wax", "/waxing/"),
    (
        "My skin has gone really dull and dry since the heating went on, what's a proper hour long facial and "
        "how much?",
        "/facials/",
    ),
    ("Who's the best person for a skin fade? My son's fussy about it", "/team/"),
    ("If I cancel the day before do I lose my deposit?", "/booking-policy/"),
    (
        "Stuck in traffic on the A35, going to be about 20 mins late for my cut, will you still see me?",
        "/booking-policy/",
    ),
    (
        "do I really need an allergy test before colour? I've had my hair dyed for 15 years at my old salon",
        "/patch-tests/",
    ),
    (
        "I had one of those black henna tattoos on holiday in Turkey, does that matter for dyeing my hair?",
        "/patch-tests/",
    ),
    ("My sister gave me a voucher for Christmas the year before last, can I still use it?", "/gift-vouchers/"),
    ("can I go swimming after I've had my hair smoothed, we're off to Spain", "/aftercare/"),
    ("Where's best to park, I'll be in for a few hours for colour", "/find-us/"),
    ("My mum is in a wheelchair and would love a pedicure, can she get up to your beauty room?", "/find-us/"),
    ("can I bring my spaniel in with me, he's very good", "/faq/"),
    ("first time coming to you, do you do any kind of offer for new customers?", "/"),
]

OUT_OF_SCOPE = [
    "Are you hiring at the moment? I'm a qualified nail tech looking for work",
    "Do you fit wigs or take NHS wig vouchers for someone going through chemo?",
    "Do you do ear piercing for children?",
    "Which brand of hair dye do you use, is it ammonia free?",
    "Is there a loyalty card where you collect points towards a free treatment?",
    "Could we hire the whole salon for a hen party pamper evening?",
    "What time does the Saturday street market finish in Bridport?",
    "Can you recommend somewhere good for lunch near you after my appointment?",
]
