"""An evaluation site: Tollgate Barbers, an independent men's and kids' barber shop in Leicester (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. GoDaddy Website Builder markup: data-ux
Block/Section wrappers, SectionHeading headings, ContentText paragraphs, a Grid of ContentCard price cards,
role="main" on the first section only and no <main> tag.
"""

NAME = "Tollgate Barbers"

_PAGES = [
    ("/", "Home"),
    ("/cuts-and-fades/", "Cuts & Fades"),
    ("/beards-and-shaves/", "Beards & Shaves"),
    ("/kids-and-seniors/", "Kids & Seniors"),
    ("/hair-and-scalp/", "Hair & Scalp Treatments"),
    ("/shop/", "Shop"),
    ("/walk-ins-and-booking/", "Walk-ins & Booking"),
    ("/opening-hours/", "Opening Hours"),
    ("/cancellations/", "Cancellations & Lateness"),
    ("/loyalty-card/", "Loyalty Card"),
    ("/gift-vouchers/", "Gift Vouchers"),
    ("/weddings-and-groups/", "Weddings & Groups"),
    ("/the-team/", "The Team"),
    ("/find-us/", "Find Us"),
    ("/faq/", "FAQ"),
    ("/join-us/", "Jobs & Apprenticeships"),
]


def _nav():
    items = "\n".join(
        f'          <li data-ux="ListItem" class="x-el x-el-li c1-1"><a data-ux="NavLink" href="{p}" '
        f'class="x-el x-el-a c1-2 c1-3">{t}</a></li>'
        for p, t in _PAGES
    )
    return f"""<nav data-ux="Nav" class="x-el x-el-nav c1-4">
        <ul data-ux="List" class="x-el x-el-ul c1-5" id="nav-main">
{items}
        </ul>
      </nav>"""


def _cards(cards):
    out = []
    for title, price, desc in cards:
        out.append(f"""<div data-ux="GridCell" class="x-el x-el-div c1-20 c1-21">
              <div data-ux="ContentCard" class="x-el x-el-div c1-22">
                <h4 data-ux="ContentCardHeading" role="heading" aria-level="4" class="x-el x-el-h4 c1-23">{title}</h4>
                <p data-ux="ContentCardPrice" class="x-el x-el-p c1-24">{price}</p>
                <div data-ux="ContentCardText" class="x-el x-el-div c1-25"><p>{desc}</p></div>
              </div>
            </div>""")
    return (
        '<div data-ux="Grid" class="x-el x-el-div c1-19">\n            '
        + "\n            ".join(out)
        + "\n          </div>"
    )


def _section(heading, body, first=False):
    role = ' role="main"' if first else ""
    return f"""<div id="section-{sum(map(ord, heading)) % 9973}" class="widget widget-content">
  <div data-ux="Block" class="x-el x-el-div c1-10">
    <div data-ux="Section"{role} class="x-el x-el-div c1-11 c1-12">
      <div data-ux="Container" class="x-el x-el-div c1-13">
        <h2 data-ux="SectionHeading" role="heading" aria-level="2" class="x-el x-el-h2 c1-14">{heading}</h2>
        <div data-ux="Content" class="x-el x-el-div c1-15">
          {body}
        </div>
      </div>
    </div>
  </div>
</div>"""


def _text(*paras):
    return '<div data-ux="ContentText" class="x-el x-el-div c1-16">' + "".join(f"<p>{p}</p>" for p in paras) + "</div>"


_REVIEWS = _section(
    "What our customers say",
    """<div data-ux="Grid" class="x-el x-el-div c1-30 testimonials">
            <div data-ux="ContentCard" class="x-el x-el-div c1-31"><div data-ux="ContentText"><p>"Best skin fade in
            Leicester, hands down. Marcus never rushes it." - Dev K., Google review</p></div></div>
            <div data-ux="ContentCard" class="x-el x-el-div c1-31"><div data-ux="ContentText"><p>"Took my lad for his
            first proper cut and they were so patient with him. Certificate and everything!" - Sarah P.</p></div></div>
            <div data-ux="ContentCard" class="x-el x-el-div c1-31"><div data-ux="ContentText"><p>"The hot towel shave
            is an experience. Booked it for my dad's 70th and he loved it." - Tom H.</p></div></div>
          </div>""",
)


def _page(path, title, description, body):
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{title} | Tollgate Barbers</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="{description}">
  <meta name="generator" content="Starfield Technologies; Go Daddy Website Builder 8.0.0000">
  <meta property="og:type" content="website">
  <meta property="og:title" content="{title} | Tollgate Barbers">
  <meta property="og:site_name" content="Tollgate Barbers">
  <link rel="stylesheet" href="//img1.wsimg.com/blobby/go/font/Oswald/oswald.css">
  <link rel="stylesheet" href="/static/css/gd-site.min.css">
  <link rel="canonical" href="https://tollgatebarbers.co.uk{path}">
  <script>window._trfq = window._trfq || []; window._trfd = [{{"ap":"IPv2"}},{{"websiteId":"a81f3c2e"}}];</script>
</head>
<body class="x x-fonts-oswald">
<div id="layout-a81f3c2e" class="layout layout-layout layout-layout-layout-28 locale-en-GB lang-en">
<div data-ux="Page" id="page-1" class="x-el x-el-div c1-0">
<div id="header-widget" class="widget widget-header widget-header-header-9">
  <div data-ux="Header" role="banner" class="x-el x-el-div c1-6">
    <div data-ux="Block" class="x-el x-el-div c1-7 topbar">
      <div data-ux="Block" class="x-el x-el-div c1-8">
        <span data-ux="Phone" class="x-el x-el-span">Call us: <a href="tel:01162548830">0116 254 8830</a></span>
        <a data-ux="Button" href="/walk-ins-and-booking/" class="x-el x-el-a c1-9 btn-primary">Book now</a>
      </div>
    </div>
    <div data-ux="Block" class="x-el x-el-div c1-7">
      <div data-ux="Logo" class="x-el x-el-div"><a href="/" data-ux="Link" aria-label="Tollgate Barbers home">
        <img src="/static/img/tollgate-logo.png" alt="Tollgate Barbers logo" data-ux="ImageLogo"></a></div>
      <button data-ux="NavigationDrawerButton" aria-label="Menu" class="x-el x-el-button">&#9776;</button>
      {_nav()}
    </div>
  </div>
</div>
{body}
{_REVIEWS}
<div id="footer-widget" class="widget widget-footer widget-footer-footer-3">
  <div data-ux="Footer" role="contentinfo" class="x-el x-el-div c1-40">
    <div data-ux="Block" class="x-el x-el-div c1-41">
      <div data-ux="Grid" class="x-el x-el-div c1-42">
        <div data-ux="GridCell" class="x-el x-el-div"><h4 data-ux="FooterHeading">Tollgate Barbers</h4>
          <p data-ux="FooterText">14 Tollgate Parade, Queens Road, Clarendon Park, Leicester LE2 1TS</p>
          <p data-ux="FooterText"><a href="tel:01162548830">0116 254 8830</a> &middot;
          <a href="mailto:hello@tollgatebarbers.co.uk">hello@tollgatebarbers.co.uk</a></p></div>
        <div data-ux="GridCell" class="x-el x-el-div"><h4 data-ux="FooterHeading">Opening hours</h4>
          <p data-ux="FooterText">Mon-Wed 9am-6pm &middot; Thu-Fri 9am-8:30pm &middot; Sat 8am-5pm &middot;
          Sun 10am-3pm</p></div>
        <div data-ux="GridCell" class="x-el x-el-div"><h4 data-ux="FooterHeading">Follow us</h4>
          <a data-ux="SocialLinksLink" href="https://www.instagram.com/tollgatebarbers">Instagram</a>
          <a data-ux="SocialLinksLink" href="https://www.facebook.com/tollgatebarbers">Facebook</a>
          <a data-ux="SocialLinksLink" href="https://www.tiktok.com/@tollgatebarbers">TikTok</a></div>
      </div>
      <p data-ux="FooterDetails" class="x-el x-el-p c1-43">Copyright &copy; 2026 Tollgate Barbers - All Rights
      Reserved. <a href="/faq/">FAQ</a> &middot; <a href="/join-us/">Careers</a></p>
      <p data-ux="FooterDetails" class="x-el x-el-p">Powered by GoDaddy Website Builder</p>
    </div>
  </div>
</div>
<div id="cookie-widget" class="widget widget-cookie-banner">
  <div data-ux="Block" class="x-el x-el-div cookie-banner">
    <div data-ux="ContentText"><p>This website uses cookies. We use cookies to analyse website traffic and
    optimise your website experience. By accepting our use of cookies, your data will be aggregated with all
    other user data.</p></div>
    <a data-ux="Button" href="#" class="x-el x-el-a">Accept</a>
  </div>
</div>
</div>
</div>
</body>
</html>
"""


HTML = {}

HTML["/"] = _page(
    "/",
    "Home",
    "Independent barber shop in Clarendon Park, Leicester. Skin fades, beard trims, hot towel shaves.",
    _section(
        "Proper barbering in Clarendon Park since 2012",
        _text(
            "Tollgate Barbers is an independent, family-run barber shop on Queens Road in Clarendon Park. "
            "Five chairs, good music, strong coffee and barbers who take their time. We do everything from a "
            "quick clipper cut to a full skin fade with a beard shape-up and hot towel finish.",
            "Not sure what "
            "to go for? Tell your barber what you're after and they'll talk you through it before the clippers "
            "come out.",
        )
        + '<a data-ux="Button" href="/walk-ins-and-booking/" class="x-el x-el-a c1-9">Book your chair</a>',
        first=True,
    )
    + _section(
        "What we do",
        _text(
            "Men's cuts and fades, beard trims and shapes, traditional cut-throat shaves, kids' cuts, "
            "hair and scalp treatments and a small range of grooming products to take home. Our team "
            "of five barbers and one apprentice between them have over 40 years in the trade.",
            "New for 2026: we now stay open late on Thursday and Friday evenings, so you can get a cut after "
            "work without rushing.",
        ),
    )
    + _section(
        "Why Tollgate?",
        _text(
            "No upselling, no pressure. A fair price for a proper job. A complimentary drink with every cut "
            "(tea, coffee, soft drinks, or a cold beer for the over-18s on Friday and Saturday). "
            "Over 600 five-star reviews on Google.",
        ),
    ),
)

HTML["/cuts-and-fades/"] = _page(
    "/cuts-and-fades/",
    "Cuts & Fades",
    "Men's haircuts, skin fades, scissor cuts and prices at Tollgate Barbers Leicester.",
    _section(
        "Cuts &amp; Fades",
        _text(
            "Every cut includes a consultation, a wash if you want one, and a styled finish with product. "
            "Prices below are for adults (16 and over). A skin fade takes around 45 minutes, so please "
            "allow the time, especially if you're booking on your lunch break."
        ),
        first=True,
    )
    + _section(
        "Price list",
        _cards(
            [
                (
                    "Standard Gents Cut",
                    "&pound;18",
                    "Clippers and scissors, neck tidy, styled finish. About 30 minutes.",
                ),
                ("Skin Fade", "&pound;22", "Fade down to the skin (bald fade) with a foil shaver, any length on top."),
                ("Scissor Cut", "&pound;24", "All-scissor work for longer hair, textured crops and classic styles."),
                ("Clipper Cut (one grade all over)", "&pound;12", "Same grade all over, no fade. About 15 minutes."),
                ("Head Shave", "&pound;16", "Clipper then razor shave of the whole head, finished with a hot towel."),
                ("Cut &amp; Beard Combo", "&pound;30", "Any standard cut or skin fade plus a beard trim and shape."),
                ("Hair Design / Lines", "from &pound;3", "Parting line or simple shaved design added to any cut."),
                ("Afro &amp; Textured Hair", "&pound;22", "Shape-ups, tapers and a twist-sponge finish."),
            ]
        ),
    )
    + _section(
        "Long hair and big changes",
        _text(
            "Growing it out or going short after years of long hair? Book a Scissor Cut and mention it in "
            "the booking notes; we'll block out extra time. For hair past the shoulders there's a &pound;5 "
            "supplement. We don't do colouring, perms or relaxers, but we can recommend a local salon."
        ),
    ),
)

HTML["/beards-and-shaves/"] = _page(
    "/beards-and-shaves/",
    "Beards & Shaves",
    "Beard trims, beard shaping and traditional hot towel cut-throat shaves in Leicester.",
    _section(
        "Beards &amp; Shaves",
        _text(
            "Whether you're keeping a full beard in check or want a clean cut-throat shave, our barbers "
            "use straight razors with single-use blades, every time."
        ),
        first=True,
    )
    + _section(
        "Beard and shave prices",
        _cards(
            [
                ("Beard Trim", "&pound;10", "Clipper trim to length and neckline tidy. 15 minutes."),
                ("Beard Shape-Up", "&pound;14", "Trim plus sharp razor line on the cheeks and neck, beard oil."),
                (
                    "Hot Towel Shave",
                    "&pound;25",
                    "Traditional cut-throat shave: pre-shave oil, two hot towels, "
                    "lather, two passes with the razor, cold towel and balm. 40 minutes.",
                ),
                ("Beard Dye", "&pound;15", "Blend away the grey with a natural-looking beard colour."),
                ("Moustache Tidy", "&pound;5", "Quick trim and shape. Free with any cut, just ask."),
            ]
        ),
    )
    + _section(
        "Sensitive skin and shaving rash",
        _text(
            "If you get razor bumps or ingrown hairs, tell your barber before we start. We can do a "
            "close clipper finish instead of a razor pass, and we use a fragrance-free shave cream for "
            "sensitive skin. We recommend not shaving yourself for three days before a hot towel shave so "
            "there's enough growth for a smooth result.",
            "Growing your first beard? Come in every four to six weeks for a shape-up while it grows and "
            "it'll never look scruffy.",
        ),
    ),
)

HTML["/kids-and-seniors/"] = _page(
    "/kids-and-seniors/",
    "Kids & Seniors",
    "Children's haircuts and senior discount at Tollgate Barbers Leicester.",
    _section(
        "Kids' cuts",
        _text(
            "We love cutting kids' hair. Children under 12 get a Kids' Cut for &pound;13 (any style, "
            "including fades), and 12 to 15 year olds pay &pound;16. For a first ever haircut we take it "
            "slowly, let them sit on a booster seat or a parent's lap, and give them a First Haircut "
            "certificate with a lock of hair to keep, for &pound;10.",
            "Tip for nervous little ones: book the first slot of the morning when the shop is quiet, and "
            "bring a tablet or favourite toy. We've got a little ride-on car chair for the under-fives. "
            "Children under 16 must be accompanied by an adult.",
            "School holidays and the week before term starts get very busy, so book ahead if you can.",
        ),
        first=True,
    )
    + _section(
        "Seniors",
        _text(
            "Customers aged 65 and over get a Senior Cut for &pound;13, Monday to Wednesday, any time. "
            "On Thursdays to Sundays seniors pay standard prices. The senior discount can't be combined "
            "with the loyalty card or other offers.",
        ),
    ),
)

HTML["/hair-and-scalp/"] = _page(
    "/hair-and-scalp/",
    "Hair & Scalp Treatments",
    "Scalp treatments, hair thinning advice and grey blending at Tollgate Barbers.",
    _section(
        "Hair &amp; Scalp Treatments",
        _text(
            "Dry, flaky scalp? Hair feeling thin? Our treatments are add-ons to any cut or can be booked on their own."
        ),
        first=True,
    )
    + _section(
        "Treatments",
        _cards(
            [
                (
                    "Scalp Detox",
                    "&pound;15",
                    "Exfoliating scrub and deep cleanse for a dry, itchy or "
                    "flaky scalp, with a 10 minute scalp massage.",
                ),
                (
                    "Thickening Treatment",
                    "&pound;18",
                    "Caffeine shampoo and tonic treatment for thinning "
                    "hair, with styling advice to make it look fuller.",
                ),
                (
                    "Grey Blending",
                    "&pound;20",
                    "Ten-minute colour that tones down grey without looking dyed. Patch test needed 48 hours before.",
                ),
                ("Black Mask Facial", "&pound;12", "Peel-off charcoal mask to clear pores, with a hot towel."),
            ]
        ),
    )
    + _section(
        "Please note",
        _text(
            "We're barbers, not doctors. If your scalp is sore, bleeding or you're losing hair in patches, "
            "please see your GP or a trichologist first; we won't treat broken or infected skin. "
            "For grey blending, pop in for a quick patch test at least 48 hours before your appointment; "
            "it's free and takes two minutes.",
        ),
    ),
)

HTML["/shop/"] = _page(
    "/shop/",
    "Shop",
    "Grooming products for sale at Tollgate Barbers: pomade, clay, beard oil.",
    _section(
        "Take the look home",
        _text(
            "We sell the same products we use in the chair, so you can style it at home the way your "
            "barber did. All products are available in the shop only; we don't currently post orders."
        ),
        first=True,
    )
    + _section(
        "Products",
        _cards(
            [
                ("Matt Clay (100ml)", "&pound;14", "Strong hold, no shine. Best for textured crops."),
                ("Water-based Pomade (100ml)", "&pound;13", "Medium hold with shine, washes out easily."),
                ("Sea Salt Spray (200ml)", "&pound;11", "Volume and texture for longer hair."),
                ("Beard Oil (30ml)", "&pound;12", "Cedar and bergamot, or unscented."),
                ("Beard Balm (60ml)", "&pound;12", "Softens and tames flyaways."),
                ("Tollgate Gift Box", "&pound;35", "Clay, beard oil, comb and beard brush in a gift box."),
            ]
        ),
    )
    + _section(
        "Returns",
        _text(
            "Unopened products can be returned within 14 days with your receipt for a full refund. "
            "If a product doesn't suit your hair, bring it back within 7 days, even opened, and we'll "
            "swap it for something else."
        ),
    ),
)

HTML["/walk-ins-and-booking/"] = _page(
    "/walk-ins-and-booking/",
    "Walk-ins & Booking",
    "Walk in or book online at Tollgate Barbers. Queue times and busiest times.",
    _section(
        "Walk-ins &amp; Booking",
        _text(
            "Two of our five chairs are kept for walk-ins every day; the rest are for booked appointments. "
            "Book online through our booking page (24/7), through the Booksy app, or call the shop during "
            "opening hours. You can choose a specific barber when you book.",
        )
        + '<a data-ux="Button" href="https://booksy.com/en-gb/tollgate-barbers" class="x-el x-el-a c1-9">'
        "Book online</a>",
        first=True,
    )
    + _section(
        "How the walk-in queue works",
        _text(
            "When you arrive, put your name on the board by the door and take a seat. Walk-ins are seen "
            "in order by whichever walk-in chair is free. If you want a particular barber as a walk-in, "
            "you'll wait for them specifically. You can nip out for a coffee; just tell us and we'll "
            "keep your place for one turn.",
            "We stop taking walk-ins 30 minutes before closing, or earlier if the board is full.",
        ),
    )
    + _section(
        "When are we busiest?",
        _text(
            "Saturdays from 10am to 3pm and Friday evenings are the busiest times, when the walk-in wait "
            "can be over an hour. The quietest times are weekday mornings before 11am and Tuesday "
            "afternoons, when you'll usually be straight in.",
        ),
    ),
)

HTML["/opening-hours/"] = _page(
    "/opening-hours/",
    "Opening Hours",
    "Opening hours of Tollgate Barbers including late nights and bank holidays.",
    _section(
        "Opening Hours",
        """<div data-ux="ContentText" class="x-el x-el-div c1-16"><table class="hours">
            <tr><th>Day</th><th>Open</th><th>Last walk-in</th></tr>
            <tr><td>Monday</td><td>9:00am - 6:00pm</td><td>5:30pm</td></tr>
            <tr><td>Tuesday</td><td>9:00am - 6:00pm</td><td>5:30pm</td></tr>
            <tr><td>Wednesday</td><td>9:00am - 6:00pm</td><td>5:30pm</td></tr>
            <tr><td>Thursday (late night)</td><td>9:00am - 8:30pm</td><td>8:00pm</td></tr>
            <tr><td>Friday (late night)</td><td>9:00am - 8:30pm</td><td>8:00pm</td></tr>
            <tr><td>Saturday</td><td>8:00am - 5:00pm</td><td>4:30pm</td></tr>
            <tr><td>Sunday</td><td>10:00am - 3:00pm</td><td>2:30pm</td></tr>
          </table></div>""",
        first=True,
    )
    + _section(
        "Bank holidays and Christmas",
        _text(
            "On bank holiday Mondays we open 10am to 3pm, walk-ins only. We're closed on Christmas Day, "
            "Boxing Day and New Year's Day. In the two weeks before Christmas we open until 8:30pm every "
            "weekday and book up fast, so get your Christmas cut booked early.",
            "Any other changes (staff training days, for example) are posted on our Instagram and Facebook.",
        ),
    )
    + _section(
        "Late nights",
        _text(
            "Our Thursday and Friday late nights are mainly for booked appointments after 6pm, but one "
            "walk-in chair stays open until the last walk-in time. Evening slots go quickly, so it's worth "
            "booking a few days ahead if you need a cut after work.",
        ),
    ),
)

HTML["/cancellations/"] = _page(
    "/cancellations/",
    "Cancellations & Lateness",
    "Cancellation, no-show and late arrival policy at Tollgate Barbers.",
    _section(
        "Cancellations &amp; Lateness",
        _text(
            "Can't make it? No problem, just let us know at least 4 hours before your appointment. You can "
            "cancel or move it yourself through the link in your confirmation text, or call the shop.",
            "Cancellations with less than 4 hours' notice, and no-shows, are charged 50% of the service "
            "price from the card used to book. After two no-shows we'll ask for full payment up front on "
            "future bookings.",
        ),
        first=True,
    )
    + _section(
        "Running late?",
        _text(
            "Give us a ring. We hold your chair for 10 minutes. If you're more than 10 minutes late we'll "
            "try to fit you in, but we may have to do a shorter service (for example a clipper cut instead "
            "of a skin fade) or move you to the next free slot, so we don't keep the next customer waiting.",
            "If we're running late, which happens occasionally on busy Saturdays, we'll text you.",
        ),
    ),
)

HTML["/loyalty-card/"] = _page(
    "/loyalty-card/",
    "Loyalty Card",
    "Tollgate Barbers loyalty card: every 8th cut free.",
    _section(
        "Loyalty Card",
        _text(
            "Get a stamp for every haircut of &pound;18 or more and your 8th cut is on us. It's a digital "
            "card linked to your mobile number, so there's nothing to lose; just give your number at the "
            "till. Lost your old paper card? Bring it in and we'll transfer your stamps over.",
            "Stamps are for cuts only, not beard-only services, treatments or products. The free cut "
            "can be any standard cut or skin fade (not combos). Stamps expire after 12 months without a "
            "visit. The loyalty card can't be used together with the senior price.",
        ),
        first=True,
    )
    + _section(
        "Refer a friend",
        _text(
            "Send a mate our way and when they mention your name on their first visit you both get "
            "&pound;3 off your next cut."
        ),
    ),
)

HTML["/gift-vouchers/"] = _page(
    "/gift-vouchers/",
    "Gift Vouchers",
    "Gift vouchers for haircuts and hot towel shaves at Tollgate Barbers.",
    _section(
        "Gift Vouchers",
        _text(
            "Treat someone to a fresh cut or a hot towel shave. Vouchers are available for any amount from "
            "&pound;10, or for a specific service like the Hot Towel Shave.",
            "Buy them in the shop (printed on card in a little envelope) or online as an e-voucher that we "
            "email to you or straight to the lucky person. Vouchers are valid for 12 months from the date "
            "of purchase and can be used on services and products. They can't be exchanged for cash, but "
            "any balance left stays on the voucher.",
            "Father's Day and Christmas are our busiest voucher times; e-vouchers arrive within minutes, "
            "so they're perfect for last-minute presents.",
        ),
        first=True,
    )
    + _section(
        "Using a voucher",
        _text(
            "Just mention the voucher when you book online (there's a box for the voucher code) or show it "
            "at the till when you pay. Vouchers can be used by walk-ins too. Lost your voucher? If it was "
            "an e-voucher we can look it up by the buyer's email address; printed vouchers have a number on "
            "the back, so keep a photo of it.",
        ),
    ),
)

HTML["/weddings-and-groups/"] = _page(
    "/weddings-and-groups/",
    "Weddings & Groups",
    "Wedding party grooming and group bookings at Tollgate Barbers Leicester.",
    _section(
        "Weddings &amp; Groups",
        _text(
            "Getting the groom and his best men looking sharp for the big day? We can open the shop early "
            "on a wedding morning (from 7am) for parties of four or more, with exclusive use, fizz and "
            "music of your choice. We recommend cuts two to three days before the wedding so they've "
            "settled, with a hot towel shave on the morning itself.",
            "Wedding packages start at &pound;45 per person for a cut and hot towel shave; early opening "
            "before 8am is an extra &pound;50 for the group. We'll need a &pound;20 per person deposit "
            "to secure the date, which comes off the final bill.",
        ),
        first=True,
    )
    + _section(
        "Stag dos and other groups",
        _text(
            "Stag parties, birthdays and work groups are welcome. For groups of more than three, call or "
            "email us rather than booking online so we can line up chairs back-to-back. We can also travel "
            "to your venue within 15 miles of Leicester for weddings; travel is charged at &pound;1 per mile.",
        ),
    ),
)

HTML["/the-team/"] = _page(
    "/the-team/",
    "The Team",
    "Meet the barbers at Tollgate Barbers.",
    _section(
        "Meet the Team",
        _text("Five barbers, one apprentice, one very good coffee machine."),
        first=True,
    )
    + _section(
        "Our barbers",
        _cards(
            [
                (
                    "Marcus Bell - Owner",
                    "Since 2012",
                    "Started the shop after ten years in London. "
                    "Fade specialist, and the man to see for a sharp beard line.",
                ),
                (
                    "Priya Shah",
                    "Senior barber",
                    "Scissor work, longer hair and textured crops. Works Tuesday to Saturday.",
                ),
                (
                    "Kwame Asante",
                    "Senior barber",
                    "Afro and textured hair, designs and lines. Works the Thursday and Friday late nights.",
                ),
                ("Jonny Reid", "Barber", "Traditional shaves and classic cuts. Great with nervous kids."),
                ("Ollie Turner", "Barber", "Joined 2023. Skin fades and modern styles. Works weekends."),
                ("Leah Morgan", "Apprentice", "Level 2 apprentice. Books reduced-price model cuts."),
            ]
        ),
    )
    + _section(
        "Choosing your barber",
        _text(
            "Every barber at Tollgate can do every cut on our price list, so if you're a walk-in you're in "
            "good hands whoever is free. That said, everyone has their favourites. If you've got a photo of "
            "a cut you like, show it to whoever is on and they'll tell you honestly if a colleague is the "
            "better fit.",
            "Marcus trains the whole team in-house every month, and we all go to the big barbering shows in "
            "Birmingham and London each year to keep up with new techniques.",
        ),
    ),
)

HTML["/find-us/"] = _page(
    "/find-us/",
    "Find Us",
    "Location, parking and accessibility at Tollgate Barbers, Queens Road, Leicester.",
    _section(
        "Find Us",
        _text(
            "We're at 14 Tollgate Parade, Queens Road, Clarendon Park, Leicester LE2 1TS, between the "
            "bakery and the launderette, opposite the Co-op.",
            "By bus: the number 44 and 44A stop right outside (Queens Road / Howard Road stop). It's about "
            "a 20 minute walk from Leicester railway station.",
        ),
        first=True,
    )
    + _section(
        "Parking",
        _text(
            "There's on-street pay and display parking on Queens Road (free after 6pm and on Sundays) and "
            "free two-hour parking on the side streets off Howard Road. The small car park behind the "
            "parade is for residents only, so please don't park there. Bikes can be locked to the stands "
            "outside the Co-op.",
        ),
    )
    + _section(
        "Accessibility",
        _text(
            "The shop has step-free access through a wide front door and one of our chairs lowers fully "
            "so wheelchair users can transfer easily, or we can cut in your own wheelchair. Our toilet is "
            "upstairs, unfortunately, and not accessible. Assistance dogs are very welcome. If you'd like "
            "a quieter visit, for example for autistic customers, ask for our first slot of the day and we "
            "will turn the music down."
        ),
    ),
)

_FAQS = [
    (
        "Do you take card?",
        "Yes. We take cash, all major debit and credit cards, Apple Pay and Google Pay. Card payments have no minimum.",
    ),
    ("Can I tip on card?", "Yes, the card machine asks if you'd like to add a tip. Tips all go to your barber."),
    (
        "How often should I get a fade?",
        "Fades grow out fastest. Most customers come back every two to three "
        "weeks to keep it sharp; a standard cut lasts four to six weeks.",
    ),
    (
        "Do you cut women's hair?",
        "We cut short hair for anyone, including crops, undercuts and fades. "
        "Book a Scissor Cut or Skin Fade. We don't do long ladies' styles or blow-dries.",
    ),
    ("Is there wifi?", "Yes, free wifi for customers; the password is on the mirror at the front desk."),
    (
        "Can I bring a photo of the cut I want?",
        "Please do. A picture is the easiest way to show us what you want, especially for fades and designs.",
    ),
    (
        "Do you do cheap cuts with the apprentice?",
        "Yes, our apprentice does model cuts for &pound;8 on "
        "Wednesday afternoons, supervised by a senior barber. Call to book a model slot.",
    ),
]

HTML["/faq/"] = _page(
    "/faq/",
    "FAQ",
    "Frequently asked questions about Tollgate Barbers.",
    _section(
        "Frequently Asked Questions",
        '<div class="accordion" data-ux="ContentText">'
        + "".join(
            f'<div class="accordion-item"><button class="accordion-toggle" aria-expanded="false">{q}</button>'
            f'<div class="accordion-panel"><p>{a}</p></div></div>'
            for q, a in _FAQS
        )
        + "</div>",
        first=True,
    ),
)

HTML["/join-us/"] = _page(
    "/join-us/",
    "Jobs & Apprenticeships",
    "Barber jobs and apprenticeships at Tollgate Barbers Leicester.",
    _section(
        "Join the Team",
        _text(
            "We're always happy to hear from talented barbers. We're currently looking for an experienced "
            "barber (minimum two years' experience, strong on fades) for four days a week including one "
            "late night. We offer a salary plus commission, not chair rental, with 28 days' holiday.",
            "To apply, email your CV and a link to your Instagram or photos of your work to "
            "jobs@tollgatebarbers.co.uk. Shortlisted barbers are invited to a trade test in the shop.",
        ),
        first=True,
    )
    + _section(
        "Apprenticeships",
        _text(
            "Each September we take on one apprentice on the Level 2 Hair Professional (Barbering) "
            "apprenticeship with Leicester College. You'll spend four days a week in the shop and one at "
            "college, for 18 months. You need to be 16 or over; no experience needed, just a good attitude "
            "and a real interest in barbering. Applications open in May; send a short letter about "
            "yourself to the jobs email.",
        ),
    ),
)

QUESTIONS = [
    ("how much is a skin fade", "/cuts-and-fades/"),
    (
        "My hair's down past my shoulders and I want it all chopped off, do you charge more for that?",
        "/cuts-and-fades/",
    ),
    ("Can I get a perm done at yours?", "/cuts-and-fades/"),
    ("What's involved in the proper old-fashioned razor shave and how long does it take?", "/beards-and-shaves/"),
    ("I always get really bad red bumps after shaving, can you do anything different", "/beards-and-shaves/"),
    (
        "My daughter's 18 months and has never had her hair cut, she screams at the hairdryer. Any tips?",
        "/kids-and-seniors/",
    ),
    ("My grandad is 78, does he get money off?", "/kids-and-seniors/"),
    ("my scalp has been really itchy and flaky for weeks, is there something you do for that?", "/hair-and-scalp/"),
    ("I'm going grey at the sides and want to hide it a bit, do I need to come in beforehand?", "/hair-and-scalp/"),
    ("I bought some clay last week and it's way too stiff for my hair, can I bring it back?", "/shop/"),
    ("Can you post a tub of that matt stuff to me in Scotland?", "/shop/"),
    ("Do I have to book or can I just turn up?", "/walk-ins-and-booking/"),
    ("whens the best time to come in so i don't have to sit there for ages", "/walk-ins-and-booking/"),
    ("Are you open Easter Monday?", "/opening-hours/"),
    ("What time do you shut on a Thursday night?", "/opening-hours/"),
    (
        "I've got an appointment at 2 but something's come up at work, will I get charged if I don't come?",
        "/cancellations/",
    ),
    ("Stuck in traffic on the A6, gonna be about 15 mins late for my fade - is that ok?", "/cancellations/"),
    ("I had one of those paper stamp cards from years ago, does it still count?", "/loyalty-card/"),
    ("Want to get my boyfriend a shave for his birthday as a present, can you email it to him?", "/gift-vouchers/"),
    (
        "I'm getting married in June and there's six of us, could you open up early that morning?",
        "/weddings-and-groups/",
    ),
    ("who's best for afro hair", "/the-team/"),
    ("Where can I leave the car when I come in?", "/find-us/"),
    ("My dad's in a wheelchair, can he get into the shop ok?", "/find-us/"),
    ("Can I pay with my phone?", "/faq/"),
    ("My son's 17 and wants to train as a barber, do you take people on?", "/join-us/"),
]

OUT_OF_SCOPE = [
    "Do you do ear and nose waxing?",
    "Can I get my eyebrows threaded while I'm there?",
    "Do you offer a student discount?",
    "Is there somewhere to change my baby's nappy while I wait?",
    "Is there a monthly membership where I pay a fixed amount for unlimited cuts?",
    "Do you do hair transplants or scalp micropigmentation?",
    "What's the best Indian restaurant near Clarendon Park?",
    "Can you recommend a good tattoo artist in Leicester?",
]
