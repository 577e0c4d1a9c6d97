"""An evaluation site: Wren & Bramble Flowers, an independent florist in Totnes, Devon (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Built in the style of a Shopify Dawn
theme: shopify-section wrappers, page-width containers, rte content blocks, collapsible-content
details/summary accordions, a header-wrapper mega-menu and a footer__content-top block.
"""

NAME = "Wren & Bramble Flowers"

_MENU = [
    (
        "Shop & delivery",
        [
            ("/", "Home"),
            ("/same-day-delivery/", "Same-day delivery"),
            ("/delivery-areas/", "Delivery areas & charges"),
            ("/subscriptions/", "Flower subscriptions"),
        ],
    ),
    (
        "Occasions",
        [
            ("/weddings/", "Wedding flowers"),
            ("/wedding-consultations/", "Wedding consultations"),
            ("/funeral-flowers/", "Funeral tributes"),
            ("/corporate-events/", "Corporate & events"),
            ("/workshops/", "Workshops"),
        ],
    ),
    (
        "Help",
        [
            ("/flower-care/", "Flower care"),
            ("/allergies-pet-safe/", "Allergies & pet-safe flowers"),
            ("/substitutions/", "Substitutions policy"),
            ("/refunds-complaints/", "Refunds & complaints"),
            ("/faq/", "FAQs"),
        ],
    ),
    (
        "About",
        [
            ("/about/", "Meet the team"),
            ("/visit-us/", "Visit the shop"),
        ],
    ),
]


def _nav():
    groups = []
    for label, links in _MENU:
        items = "\n".join(
            f'          <li><a href="{href}" class="mega-menu__link link">{text}</a></li>' for href, text in links
        )
        groups.append(
            '      <li class="mega-menu">\n'
            f'        <details id="Details-HeaderMenu-{label.split()[0]}">\n'
            f'        <summary class="header__menu-item list-menu__item link"><span>{label}</span>\n'
            '          <svg aria-hidden="true" class="icon icon-caret"></svg></summary>\n'
            '        <div class="mega-menu__content gradient motion-reduce global-settings-popup">\n'
            '        <ul class="mega-menu__list page-width" role="list">\n'
            f"{items}\n"
            "        </ul></div></details>\n"
            "      </li>"
        )
    return "\n".join(groups)


_HEADER = f"""<div id="shopify-section-announcement-bar" class="shopify-section">
  <div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Announcement">
    <div class="page-width"><p class="announcement-bar__message h5">
      Hand-tied in Totnes &middot; Local delivery six days a week &middot;
      <a href="/same-day-delivery/" class="announcement-bar__link link">See today's cut-off</a></p></div>
  </div>
</div>
<div id="shopify-section-header" class="shopify-section shopify-section-header-sticky">
<sticky-header class="header-wrapper color-background-1 gradient header-wrapper--border-bottom">
  <header class="header header--middle-left header--mobile-center page-width header--has-menu">
    <header-drawer data-breakpoint="tablet">
      <details id="Details-menu-drawer-container" class="menu-drawer-container">
        <summary class="header__icon header__icon--menu header__icon--summary link focus-inset"
          aria-label="Menu"><span><svg class="icon icon-hamburger"></svg></span></summary>
      </details>
    </header-drawer>
    <h1 class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset">
      <div class="header__heading-logo-wrapper">
        <img src="/cdn/shop/files/wren-bramble-logo.png" alt="Wren &amp; Bramble Flowers"
          width="180" height="62" class="header__heading-logo motion-reduce"></div></a></h1>
    <nav class="header__inline-menu">
      <ul class="list-menu list-menu--inline" role="list">
{_nav()}
      </ul>
    </nav>
    <div class="header__icons">
      <a href="/faq/" class="header__icon header__icon--search link focus-inset">
        <span class="visually-hidden">Help</span></a>
      <a href="tel:01803861442" class="header__icon link focus-inset">
        <span class="visually-hidden">Call us</span></a>
      <a href="/" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
        <span class="visually-hidden">Basket</span></a>
    </div>
  </header>
</sticky-header>
</div>"""

_FOOTER = """<div id="shopify-section-newsletter" class="shopify-section">
  <div class="newsletter center color-background-2 gradient">
    <div class="newsletter__wrapper page-width isolate section-template-padding">
      <h2 class="h1">Join our mailing list</h2>
      <div class="newsletter__subheading rte"><p>Seasonal news, workshop dates and the odd
        bunch of bargains &ndash; no more than twice a month.</p></div>
      <form method="post" action="#" class="newsletter-form">
        <div class="newsletter-form__field-wrapper"><div class="field">
          <input type="email" name="contact[email]" class="field__input" placeholder="Email">
          <button type="submit" class="newsletter-form__button field__button">Subscribe</button>
        </div></div>
      </form>
    </div>
  </div>
</div>
<div id="shopify-section-footer" class="shopify-section">
<footer class="footer color-inverse gradient section-footer-padding">
  <div class="footer__content-top page-width">
    <div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
      <div class="footer-block grid__item">
        <h2 class="footer-block__heading inline-richtext">Wren &amp; Bramble Flowers</h2>
        <div class="footer-block__details-content rte">
          <p>8 Fore Street, Totnes, Devon TQ9 5DX</p>
          <p><a href="tel:01803861442">01803 861442</a><br>
          <a href="mailto:hello@wrenandbramble.co.uk">hello@wrenandbramble.co.uk</a></p>
        </div>
      </div>
      <div class="footer-block grid__item">
        <h2 class="footer-block__heading inline-richtext">Shop hours</h2>
        <div class="footer-block__details-content rte">
          <p>Mon&ndash;Fri 8.30am&ndash;5.30pm<br>Sat 8.30am&ndash;4pm<br>Sun closed</p>
        </div>
      </div>
      <div class="footer-block grid__item footer-block--menu">
        <h2 class="footer-block__heading inline-richtext">Quick links</h2>
        <ul class="footer-block__details-content list-unstyled">
          <li><a href="/same-day-delivery/" class="link link--text list-menu__item">Delivery</a></li>
          <li><a href="/refunds-complaints/" class="link link--text list-menu__item">Refunds</a></li>
          <li><a href="/faq/" class="link link--text list-menu__item">FAQs</a></li>
          <li><a href="/visit-us/" class="link link--text list-menu__item">Find us</a></li>
        </ul>
      </div>
      <div class="footer-block grid__item">
        <h2 class="footer-block__heading inline-richtext">Follow along</h2>
        <ul class="footer__list-social list-unstyled list-social" role="list">
          <li class="list-social__item">
            <a href="https://www.instagram.com/wrenandbramble" class="link">Instagram</a></li>
          <li class="list-social__item">
            <a href="https://www.facebook.com/wrenandbrambleflowers" class="link">Facebook</a></li>
          <li class="list-social__item">
            <a href="https://www.pinterest.co.uk/wrenandbramble" class="link">Pinterest</a></li>
        </ul>
      </div>
    </div>
  </div>
  <div class="footer__content-bottom">
    <div class="footer__content-bottom-wrapper page-width">
      <div class="footer__column footer__localization isolate"></div>
      <div class="footer__copyright caption">
        <small class="copyright__content">&copy; 2025, Wren &amp; Bramble Flowers Ltd.
          Registered in England &amp; Wales no. 07651190.</small>
        <small class="copyright__content">
          <a href="https://www.shopify.com" rel="nofollow">Powered by Shopify</a></small>
      </div>
    </div>
  </div>
</footer>
</div>
<div id="cookie-banner" class="cookie-banner color-background-1" role="dialog" aria-live="polite">
  <div class="page-width cookie-banner__inner">
    <p>We use cookies to keep your basket working and to understand how our shop is used.
      You can accept all cookies or manage your preferences.</p>
    <button type="button" class="button button--primary" id="cookie-accept">Accept</button>
    <button type="button" class="button button--secondary" id="cookie-decline">Decline</button>
  </div>
</div>"""


def _page(title, description, body):
    return f"""<!doctype html>
<html class="no-js" lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <meta name="theme-color" content="">
  <link rel="canonical" href="https://wrenandbramble.co.uk/">
  <link rel="icon" type="image/png" href="/cdn/shop/files/favicon.png">
  <title>{title} | Wren &amp; Bramble Flowers</title>
  <meta name="description" content="{description}">
  <meta property="og:site_name" content="Wren &amp; Bramble Flowers">
  <meta property="og:title" content="{title}">
  <meta property="og:type" content="website">
  <link href="/cdn/shop/t/12/assets/base.css" rel="stylesheet" type="text/css" media="all">
  <link href="/cdn/shop/t/12/assets/component-card.css" rel="stylesheet" type="text/css" media="all">
  <link href="/cdn/shop/t/12/assets/component-accordion.css" rel="stylesheet" type="text/css" media="all">
  <script>window.ShopifyAnalytics = window.ShopifyAnalytics || {{}};
    window.ShopifyAnalytics.meta = {{page: "{title}"}};</script>
</head>
<body class="gradient">
<a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
{_HEADER}
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
{body}
</main>
{_FOOTER}
</body>
</html>
"""


def _rte(section_id, heading, inner):
    return f"""<div id="shopify-section-template--{section_id}" class="shopify-section section">
  <div class="page-width page-width--narrow section-template--{section_id}-padding">
    <h1 class="main-page-title page-title h0">{heading}</h1>
    <div class="rte">
{inner}
    </div>
  </div>
</div>"""


def _reviews(*quotes):
    cards = "\n".join(
        f"""      <div class="multicolumn-card content-container">
        <div class="multicolumn-card__info"><div class="rte"><p>&ldquo;{q}&rdquo;</p></div>
          <h3 class="inline-richtext">{who}</h3></div>
      </div>"""
        for q, who in quotes
    )
    return f"""<div class="shopify-section section">
  <div class="multicolumn color-background-2 gradient"><div class="page-width">
    <h2 class="title inline-richtext h2">Kind words</h2>
    <div class="multicolumn-list contains-content-container grid grid--3-col-desktop">
{cards}
    </div>
  </div></div>
</div>"""


def _cta(text, href, label):
    return f"""<div class="shopify-section section">
  <div class="rich-text content-container color-accent-1 gradient"><div class="rich-text__wrapper page-width">
    <div class="rich-text__blocks"><p class="rich-text__text rte">{text}</p>
      <div class="rich-text__buttons"><a href="{href}" class="button button--primary">{label}</a></div>
    </div></div></div>
</div>"""


def _accordion(items):
    return "\n".join(
        f"""<div class="accordion content-container color-background-1 gradient">
  <details id="Details-collapsible-{i}">
    <summary id="Summary-collapsible-{i}"><h3 class="accordion__title inline-richtext h4">{q}</h3>
      <svg class="icon icon-caret" aria-hidden="true"></svg></summary>
    <div class="accordion__content rte" id="CollapsibleAccordion-{i}" role="region">
      {a}
    </div>
  </details>
</div>"""
        for i, (q, a) in enumerate(items, 1)
    )


_HOME = (
    """<div id="shopify-section-template--home__image-banner" class="shopify-section section">
  <div class="banner banner--large banner--content-align-left">
    <div class="banner__media media"><img src="/cdn/shop/files/hero-dahlias.jpg" alt="Armful of dahlias"></div>
    <div class="banner__content page-width"><div class="banner__box content-container color-background-1">
      <h2 class="banner__heading inline-richtext h0">Flowers grown close, arranged by hand</h2>
      <div class="banner__text rte"><p>An independent florist on Fore Street since 2011.</p></div>
      <div class="banner__buttons"><a href="/same-day-delivery/" class="button button--primary">Send flowers today</a>
      <a href="/weddings/" class="button button--secondary">Wedding flowers</a></div>
    </div></div>
  </div>
</div>
"""
    + _rte(
        "home__rich-text",
        "Our everyday bouquets",
        """      <p>Every bouquet is put together in the shop on the morning it goes out, using whatever is at its
      best that week. Around half of our stems are grown in Devon and Cornwall between April and October;
      in the winter months we buy from a small number of Dutch growers we have worked with for years.</p>
      <table class="table">
        <thead><tr><th>Bouquet</th><th>Classic</th><th>Generous</th><th>Showstopper</th></tr></thead>
        <tbody>
          <tr><td>Florist's choice hand-tied</td><td>&pound;40</td><td>&pound;55</td><td>&pound;75</td></tr>
          <tr><td>Seasonal garden jar (in a glass jar)</td><td>&pound;35</td><td>&pound;48</td><td>&pound;65</td></tr>
          <tr><td>Rose bouquet (12, 18 or 24 stems)</td><td>&pound;52</td><td>&pound;72</td><td>&pound;95</td></tr>
          <tr><td>Dried flower posy (lasts months)</td><td>&pound;30</td><td>&pound;42</td><td>&pound;58</td></tr>
        </tbody>
      </table>
      <p>All hand-tied bouquets arrive in an aqua-pack of water, wrapped in recyclable kraft paper with a
      handwritten card. Choose your size online and we will do the rest.</p>
      <h2>What's in season now</h2>
      <p>Late summer means dahlias, cosmos, sweet peas (while they last), scabious and the first of the
      hydrangeas. Expect rich jewel colours and loose, garden-style shapes rather than tight domes.</p>""",
    )
    + _reviews(
        ("Ordered at half ten for my mum's birthday and they were on her doorstep by two.", "Claire, Dartington"),
        ("The most beautiful bouquet I've ever been sent. Smelt like a summer garden.", "Ben, Totnes"),
        ("Harriet and the team made a very sad day a little easier. Thank you.", "Pauline, Paignton"),
    )
    + _cta("Not sure what to choose? Ring the shop and we'll talk you through it.", "/visit-us/", "Find the shop")
)

_SAME_DAY = _rte(
    "same-day",
    "Same-day delivery",
    """      <p>We deliver locally Monday to Saturday with our own electric van &ndash; no couriers, no boxes,
      your flowers travel upright in water and are handed over by one of the team.</p>
      <h2>Order cut-off times</h2>
      <table class="table">
        <thead><tr><th>Day</th><th>Order by</th><th>Delivered between</th></tr></thead>
        <tbody>
          <tr><td>Monday &ndash; Friday</td><td>1pm</td><td>11am and 6pm</td></tr>
          <tr><td>Saturday</td><td>11am</td><td>10am and 3pm</td></tr>
          <tr><td>Sunday</td><td>No deliveries</td><td>&ndash;</td></tr>
        </tbody>
      </table>
      <p>Orders placed after the cut-off, or on a Sunday, go out on the next delivery day. We do not deliver
      on Sundays at any time of year, including Mother's Day weekend; if you want flowers to arrive for a
      Sunday occasion, we recommend Saturday delivery.</p>
      <h2>Timed deliveries</h2>
      <p>Our standard delivery is an all-day window. If it matters when the flowers arrive, you can choose a
      morning slot (before 12 noon) for an extra &pound;6 at checkout. We cannot promise a specific time
      within that slot, and timed slots are only available on orders placed by 5pm the day before.</p>
      <h2>If nobody is in</h2>
      <p>Our driver will try a neighbour first, then a safe place if you left instructions in the notes
      box, and will always put a card through the door saying where the flowers are. If there is no
      neighbour or safe place we bring them back to the shop and phone you; re-delivery on another day
      costs the delivery charge again.</p>
      <h2>Hospitals and workplaces</h2>
      <p>Please add a ward, department or reception name. Many wards no longer accept flowers, so check
      with the ward before ordering a hospital delivery.</p>
      <p>Delivery prices depend on the postcode &ndash; see our delivery areas page.</p>""",
) + _cta("Order before the cut-off and we'll deliver today.", "/delivery-areas/", "Check your area")

_AREAS = _rte(
    "delivery-areas",
    "Delivery areas &amp; charges",
    """      <p>We split our patch into three zones measured from the shop on Fore Street. The charge is per
      address, per day, and is added automatically at checkout once you enter the postcode.</p>
      <table class="table">
        <thead><tr><th>Zone</th><th>Towns and villages</th><th>Charge</th></tr></thead>
        <tbody>
          <tr><td>Zone 1</td><td>Totnes, Bridgetown, Dartington, Littlehempston</td>
            <td>&pound;5.95 (free on orders over &pound;75)</td></tr>
          <tr><td>Zone 2</td><td>Staverton, Ashprington, Harbertonford, Berry Pomeroy, Stoke Gabriel,
            Marldon, Ipplepen</td><td>&pound;8.95</td></tr>
          <tr><td>Zone 3</td><td>Paignton, Torquay, Dartmouth, Kingsbridge, Newton Abbot, Buckfastleigh,
            Ashburton, South Brent</td><td>&pound;12.95</td></tr>
        </tbody>
      </table>
      <p>If your village isn't listed, pop the postcode into the checkout or give us a ring &ndash; if it
      sits between two zones we charge the lower one.</p>
      <h2>Further afield</h2>
      <p>We don't use relay networks or pass orders to other florists. Our van doesn't go beyond Zone 3, so
      we can't hand-deliver to Plymouth, Exeter or anywhere further. For addresses elsewhere on the UK
      mainland we send a boxed hand-tied bouquet by tracked next-day courier for a flat &pound;9.95. Courier
      orders must be placed by 2pm Monday to Thursday and arrive Tuesday to Friday. Jar arrangements and
      anything in a vase can't go by courier.</p>
      <h2>Collection</h2>
      <p>You're welcome to order online and collect from the shop free of charge &ndash; choose
      "click &amp; collect" and we'll text you when it's ready.</p>""",
)

_WEDDINGS = (
    _rte(
        "weddings",
        "Wedding flowers",
        """      <p>We design flowers for around thirty weddings a year across South Devon, from barn weddings at
      Sharpham and Dartington Hall to registry office ceremonies with two witnesses. Our style is loose,
      seasonal and a little wild &ndash; lots of British-grown stems, foliage that moves and colours taken
      from whatever is flowering in your month.</p>
      <h2>Guide prices</h2>
      <table class="table">
        <thead><tr><th>Item</th><th>From</th></tr></thead>
        <tbody>
          <tr><td>Bridal bouquet</td><td>&pound;140</td></tr>
          <tr><td>Bridesmaid bouquet</td><td>&pound;65</td></tr>
          <tr><td>Flower girl crown or wand</td><td>&pound;35</td></tr>
          <tr><td>Buttonhole</td><td>&pound;14</td></tr>
          <tr><td>Wrist corsage</td><td>&pound;24</td></tr>
          <tr><td>Table centrepiece</td><td>&pound;45</td></tr>
          <tr><td>Ceremony urn arrangement</td><td>&pound;220</td></tr>
          <tr><td>Meadow-style arch or moongate</td><td>&pound;650</td></tr>
        </tbody>
      </table>
      <p>Prices change with the season and the flowers you choose &ndash; garden roses and peonies cost more
      than sweet peas and cornflowers.</p>
      <h2>Two ways to work with us</h2>
      <p><strong>Full-service weddings</strong> include delivery to your venue, on-the-day set-up, moving
      ceremony pieces to the reception and clearing everything away at the end of the night. There is a
      minimum spend of &pound;1,200 for full-service weddings on Fridays and Saturdays (&pound;800 for other
      days).</p>
      <p><strong>Collect &amp; go</strong> is for smaller weddings: bouquets, buttonholes and a few jars
      ready for you to collect from the shop on the morning. There's no minimum spend.</p>""",
    )
    + _reviews(
        ("Sophie understood exactly what we meant by 'wild but not messy'.", "Ellie &amp; Dan, Sharpham"),
        ("The arch was the talk of the day and they cleared it all away by midnight.", "Priya &amp; Tom"),
        ("Collect & go was perfect for our little registry office wedding.", "Jo &amp; Mark"),
    )
    + _cta("Ready to talk flowers?", "/wedding-consultations/", "Book a consultation")
)

_CONSULT = _rte(
    "wedding-consultations",
    "Wedding consultations",
    """      <p>Every full-service wedding starts with a consultation. It's a relaxed hour in our studio upstairs
      from the shop with tea, a look through our portfolio and buckets of whatever is in season so you can
      see and smell the flowers.</p>
      <h2>How it works</h2>
      <ul>
        <li>Consultations are free and there's no obligation to book with us afterwards.</li>
        <li>They run on Tuesday and Wednesday evenings (5.30pm and 6.45pm) and Saturday mornings at 9am.</li>
        <li>If you live away, we can do the consultation by video call instead.</li>
        <li>Bring anything that helps: your venue, colours, the dress or suit fabric, a Pinterest board.</li>
      </ul>
      <p>Within a week we'll email a detailed proposal with a quote, which holds your date for 14 days.</p>
      <h2>When to book</h2>
      <p>We take a maximum of two weddings per weekend, and May to September Saturdays fill first. We
      suggest getting in touch 9 to 12 months ahead for a summer Saturday; for winter and weekday weddings,
      three or four months is usually enough. We're happy to hear from you at shorter notice &ndash; just ask.</p>
      <h2>Securing your date</h2>
      <p>A non-refundable 25% booking fee confirms your date. Final numbers and any changes are due six weeks
      before the wedding, and the balance is payable four weeks before. If you cancel more than four months
      out you lose only the booking fee; between four months and four weeks, 50% of the total is payable;
      within four weeks of the date, the full amount is due.</p>""",
) + _cta("Pick a slot that suits you.", "/wedding-consultations/", "Request a consultation")

_FUNERAL = _rte(
    "funeral-flowers",
    "Funeral tributes",
    """      <p>We know ordering funeral flowers often happens in a hurry and at a hard time. Ring the shop and
      Harriet or one of the team will talk it through with you; you don't need to know the names of
      different tributes.</p>
      <h2>Tributes and prices</h2>
      <table class="table">
        <thead><tr><th>Tribute</th><th>From</th></tr></thead>
        <tbody>
          <tr><td>Posy pad</td><td>&pound;40</td></tr>
          <tr><td>Open wreath</td><td>&pound;60</td></tr>
          <tr><td>Double-ended spray</td><td>&pound;85</td></tr>
          <tr><td>Heart or cushion</td><td>&pound;95</td></tr>
          <tr><td>Single-ended coffin spray (5ft)</td><td>&pound;175</td></tr>
          <tr><td>Letter tribute (e.g. MUM, NAN)</td><td>&pound;48 per letter</td></tr>
          <tr><td>Sympathy bouquet to the family home</td><td>&pound;45</td></tr>
        </tbody>
      </table>
      <h2>How much notice we need</h2>
      <p>Most wreaths, sprays and posies need two working days. Letter tributes and bespoke shapes
      need at least three working days, as the frames have to be ordered in. Letter tributes are the one
      place we still use a floral foam base; everything else can be made foam-free on request.</p>
      <h2>Delivery to the funeral director</h2>
      <p>We deliver tributes directly to funeral directors in all three of our delivery zones free of charge,
      on the morning of the funeral or the afternoon before, whichever the director prefers. Just give us
      the name of the funeral director, the date and time of the service and the name of the person who has
      died. We'll attach a card in a waterproof sleeve with your message.</p>
      <p>If the family would prefer flowers at the church or crematorium, tell us the venue and we'll
      arrange it with the funeral director.</p>""",
) + _cta("Please call us &ndash; we're glad to help.", "/visit-us/", "Contact the shop")

_CORPORATE = _rte(
    "corporate-events",
    "Corporate &amp; event flowers",
    """      <p>Reception desks, hotel lobbies, restaurant tables and shop windows &ndash; we look after flowers
      for around forty local businesses.</p>
      <h2>Weekly and fortnightly contracts</h2>
      <p>We bring fresh arrangements on the same day each week or fortnight, take away the old ones and
      compost them. Vases and containers are loaned free for as long as you're with us.</p>
      <table class="table">
        <thead><tr><th>Arrangement</th><th>Weekly</th><th>Fortnightly</th></tr></thead>
        <tbody>
          <tr><td>Bud vases for restaurant tables (set of 6)</td><td>&pound;30</td><td>&pound;34</td></tr>
          <tr><td>Reception desk arrangement</td><td>&pound;45</td><td>&pound;50</td></tr>
          <tr><td>Large statement piece for a lobby</td><td>&pound;95</td><td>&pound;105</td></tr>
        </tbody>
      </table>
      <p>Contracts run month to month with one month's notice. Business customers are invoiced monthly
      with 30 days to pay, and all our invoices show VAT.</p>
      <h2>Events</h2>
      <p>We do flowers for conferences, product launches, charity dinners, Christmas parties and
      photoshoots. For events we need at least two weeks' notice and there is a minimum order of &pound;300
      plus delivery and set-up. Large installations such as hanging clouds or flower walls are quoted
      individually after a site visit.</p>
      <p>To get a quote, email us with the venue, the date and a rough budget.</p>""",
) + _cta("Tell us about your space or event.", "/visit-us/", "Get in touch")

_SUBS = _rte(
    "subscriptions",
    "Flower subscriptions",
    """      <p>A subscription is the easiest way to have fresh flowers in the house all year. Each delivery is a
      florist's choice hand-tied bouquet, different every time, following the seasons.</p>
      <table class="table">
        <thead><tr><th>How often</th><th>Price per delivery</th></tr></thead>
        <tbody>
          <tr><td>Weekly</td><td>&pound;36</td></tr>
          <tr><td>Fortnightly</td><td>&pound;39</td></tr>
          <tr><td>Monthly</td><td>&pound;44</td></tr>
        </tbody>
      </table>
      <p>Delivery within Zones 1 and 2 is included in the price. Subscription deliveries go out on
      Thursdays, so you have flowers for the weekend.</p>
      <h2>Gift subscriptions</h2>
      <p>Buy three, six or twelve monthly deliveries up front as a present. The first bouquet comes with a
      card explaining the gift; there's nothing to renew or cancel.</p>
      <h2>Pausing, skipping and cancelling</h2>
      <p>Going away? Log in to your account, or email us, by midnight on the Monday before and we'll skip that
      delivery at no cost. You can pause for up to eight weeks at a time. Ongoing subscriptions can be
      cancelled at any point after the first three deliveries with no fee.</p>""",
) + _reviews(
    ("Thursday flowers are now the best part of my week.", "Anna, Stoke Gabriel"),
    ("Skipping a week when we're away is so easy.", "Richard, Totnes"),
)

_CARE = _rte(
    "flower-care",
    "Caring for your flowers",
    """      <p>A bit of care in the first few days makes a hand-tied bouquet last a week or more, sometimes two.</p>
      <h2>When they arrive</h2>
      <ul>
        <li>Your bouquet is in an aqua-pack of water, so it's fine to leave it for a few hours. To take it
        out, hold it over the sink and snip the tie at the base of the bag.</li>
        <li>Cut about 2cm off each stem at an angle with sharp scissors or secateurs.</li>
        <li>Strip off any leaves that would sit below the waterline.</li>
        <li>Use a clean vase and add the sachet of flower food from the card.</li>
      </ul>
      <h2>Day to day</h2>
      <p>Top up the water daily and change it completely every two to three days, recutting the stems each
      time. Keep flowers out of direct sun and away from radiators, and away from the fruit bowl &ndash;
      ripening fruit gives off ethylene gas, which makes flowers drop their petals faster.</p>
      <h2>Reviving drooping roses</h2>
      <p>If rose heads start to bend over, there's usually an air bubble in the stem. Recut the stems,
      wrap the whole bunch tightly in newspaper so the heads are held upright, and stand it in deep
      tepid water for an hour or two. Most will perk back up.</p>
      <h2>Flower by flower</h2>
      <ul>
        <li><strong>Tulips</strong> keep growing in the vase and bend towards the light &ndash; that's normal.</li>
        <li><strong>Hydrangeas</strong> that wilt can be revived by submerging the whole head in cool water
        for 30 minutes.</li>
        <li><strong>Dried flowers</strong> need no water; keep them out of bathrooms and strong sunlight.</li>
      </ul>""",
)

_ALLERGY = _rte(
    "allergies-pet-safe",
    "Allergies &amp; pet-safe flowers",
    """      <h2>Lilies and cats</h2>
      <p>All parts of true lilies &ndash; petals, leaves, pollen and even the vase water &ndash; are highly toxic
      to cats, and a small amount of pollen licked off fur can cause kidney failure. We remove the stamens
      from every lily we sell, but if there's a cat in the house we strongly recommend choosing
      <em>no lilies</em> in the notes at checkout, and we'll leave them out completely.</p>
      <h2>Our pet-friendly choice</h2>
      <p>Our pet-friendly bouquet (&pound;45) leaves out lilies, daffodils, tulips, hyacinths, foxgloves and
      chrysanthemums. It's built around roses, sunflowers, snapdragons, gerberas, stocks and
      lisianthus. No bouquet is completely safe if eaten in quantity, so keep flowers out of reach of
      chewy puppies and curious cats.</p>
      <h2>Hay fever and allergies</h2>
      <p>Plenty of people with hay fever still enjoy fresh flowers. Low-pollen flowers that are usually fine
      include roses, hydrangeas, tulips, orchids, carnations, snapdragons and peonies. The ones to avoid are
      chrysanthemums, daisies, sunflowers, asters and open lilies. Add a note saying "low pollen" when you
      order and we'll build the bouquet around them.</p>
      <h2>Scent-free flowers</h2>
      <p>For chemotherapy patients, new babies and people with migraines we can make bouquets without
      strongly scented flowers such as stocks, freesias, sweet peas and eucalyptus. Just ask.</p>""",
)

_SUBST = _rte(
    "substitutions",
    "Substitutions policy",
    """      <p>We buy fresh flowers several times a week from growers and markets, and sometimes a flower simply
      isn't available or isn't good enough to send out &ndash; a late frost, a storm, or a delivery that
      arrived tired.</p>
      <h2>What we'll do</h2>
      <ul>
        <li>If one of the flowers in your chosen bouquet is unavailable, we'll replace it with a flower of
        equal or higher value, in the same colour palette and style.</li>
        <li>If the main flower of a bouquet is unavailable (for example the peonies in our Peony Bouquet),
        we'll phone or email you before making it up so you can choose between an alternative, a later
        delivery date or a full refund.</li>
        <li>Photos online show the style and colours; the exact mix of stems will vary with the season.</li>
        <li>If we run out of a vase or jar, we'll use one of similar value.</li>
      </ul>
      <h2>Weddings and events</h2>
      <p>For weddings and events, substitutions are agreed in your proposal. We never swap the colours or
      main flowers of a wedding without speaking to you first.</p>""",
)

_REFUNDS = _rte(
    "refunds-complaints",
    "Refunds &amp; complaints",
    """      <p>We want every order to be right. If something isn't, please tell us quickly so we can put it right.</p>
      <h2>If your flowers aren't right</h2>
      <p>Contact us within 24 hours of delivery with a photo of the flowers and your order number. If the
      flowers were damaged, wilted on arrival or not what you ordered, we'll send a replacement bouquet
      free of charge or give a full refund &ndash; your choice. Please keep the flowers until we've replied.</p>
      <p>If a bouquet doesn't last as long as it should, tell us within five days of delivery and we'll
      offer a replacement or a partial refund, provided the care instructions have been followed.</p>
      <h2>When we can't refund</h2>
      <ul>
        <li>If the address or phone number given was wrong or incomplete.</li>
        <li>If flowers were left in a safe place or with a neighbour you asked us to use.</li>
        <li>For differences in stems that fall within our substitutions policy.</li>
      </ul>
      <h2>Cancelling an order</h2>
      <p>You can cancel an everyday order for a full refund up to 5pm the day before delivery. Same-day
      orders can't be cancelled once they have been made up. Refunds go back to the original payment method
      within five working days.</p>
      <h2>Making a complaint</h2>
      <p>Email hello@wrenandbramble.co.uk with "complaint" in the subject line, or ask for Harriet. We reply
      to every complaint within two working days.</p>""",
)

_WORKSHOPS = (
    _rte(
        "workshops",
        "Workshops",
        """      <p>Our workshops are held in the studio above the shop, with a maximum of ten people so everyone
      gets help. No experience needed.</p>
      <table class="table">
        <thead><tr><th>Workshop</th><th>When</th><th>Length</th><th>Price</th></tr></thead>
        <tbody>
          <tr><td>Christmas door wreath</td><td>Mid November &ndash; 20 December</td><td>2.5 hours</td>
            <td>&pound;70</td></tr>
          <tr><td>Spring hand-tied bouquet</td><td>March &ndash; May</td><td>2 hours</td><td>&pound;58</td></tr>
          <tr><td>Summer meadow jar</td><td>June &ndash; August</td><td>2 hours</td><td>&pound;55</td></tr>
          <tr><td>Dried flower wreath</td><td>September &ndash; October</td><td>2 hours</td><td>&pound;62</td></tr>
        </tbody>
      </table>
      <h2>What's included</h2>
      <p>Everything: tools, flowers, foliage, ribbons and a bag to carry your creation home. The wreath
      workshops include a moss-covered ring, dried oranges and cinnamon, mulled wine (or something soft) and
      mince pies. You don't need to bring anything, though you're welcome to bring your own secateurs. The
      studio is chilly in winter, so wear a warm layer.</p>
      <h2>Private groups</h2>
      <p>Hen parties, birthdays and team days can book a private workshop for 6 to 12 people, from &pound;60 per
      person, on weekday evenings or Sunday afternoons. You're welcome to bring your own fizz.</p>
      <h2>Booking and cancelling</h2>
      <p>Book online and pay in full. If you cancel at least seven days before, we'll refund you in full;
      after that we can't refund, but you can send a friend in your place.</p>""",
    )
    + _reviews(
        ("Best evening of Christmas. My wreath lasted until February!", "Sarah, Totnes"),
        ("Booked it for my sister's hen party and everyone loved it.", "Lucy, Exeter"),
    )
    + _cta("Places go quickly in December.", "/workshops/", "Book a workshop")
)

_ABOUT = _rte(
    "about",
    "Meet the team",
    """      <p>Wren &amp; Bramble started in 2011 as a flower stall at Totnes Friday market and moved into the
      old ironmonger's on Fore Street in 2014. We're still small: four of us, two buckets-worth of dogs and
      a van called Maud.</p>
      <div class="multicolumn-list grid grid--2-col-tablet">
        <div class="multicolumn-card"><h3>Harriet Pengelly &ndash; founder</h3>
          <p>Harriet trained at the Cornwall College floristry school and worked in London for eight years
          before coming home. These days she runs the shop, buys the flowers and makes most of our funeral
          tributes herself.</p></div>
        <div class="multicolumn-card"><h3>Sophie Adeyemi &ndash; wedding &amp; events designer</h3>
          <p>Sophie leads every wedding from the first consultation to the last buttonhole, and designs our
          large event installations. She joined us in 2017 after five years with a wedding studio in
          Bristol.</p></div>
        <div class="multicolumn-card"><h3>Tom Rowe &ndash; deliveries</h3>
          <p>Tom drives Maud, our electric van, and knows every lane between Ashburton and Dartmouth.</p></div>
        <div class="multicolumn-card"><h3>Maisie Clarke &ndash; apprentice florist</h3>
          <p>Maisie is working towards her Level 3 floristry qualification and makes many of our everyday
          bouquets.</p></div>
      </div>
      <h2>How we work</h2>
      <p>We grow some of our own flowers on a half-acre plot at Littlehempston and buy from British growers
      whenever we can. We compost all our green waste, wrap in paper rather than plastic, and avoid
      single-use plastic cellophane altogether.</p>""",
)

_VISIT = _rte(
    "visit-us",
    "Visit the shop",
    """      <p>You'll find us at <strong>8 Fore Street, Totnes, TQ9 5DX</strong>, halfway up the hill between the
      bridge and the East Gate arch, opposite the Royal Seven Stars side entrance.</p>
      <h2>Opening hours</h2>
      <table class="table">
        <tbody>
          <tr><td>Monday &ndash; Friday</td><td>8.30am &ndash; 5.30pm</td></tr>
          <tr><td>Saturday</td><td>8.30am &ndash; 4pm</td></tr>
          <tr><td>Sunday</td><td>Closed</td></tr>
          <tr><td>Bank holidays</td><td>10am &ndash; 2pm (shop only, no deliveries)</td></tr>
        </tbody>
      </table>
      <p>We close on Christmas Day, Boxing Day and New Year's Day, and for one week in late January for
      our annual holiday &ndash; dates are posted on Instagram.</p>
      <h2>Parking</h2>
      <p>Fore Street has no parking. The nearest car park is the Civic Hall pay-and-display car park off
      the Market Square, a three-minute walk. Blue badge holders can park on the double yellow lines at the
      top of Fore Street for up to three hours. If you're collecting a large order such as wedding
      flowers or a funeral tribute, ring ahead and we'll carry it out to the loading bay at the bottom of
      the street.</p>
      <h2>By train and bus</h2>
      <p>Totnes station is a ten-minute walk. The Gold bus between Torquay and Plymouth stops at The Plains,
      at the bottom of Fore Street.</p>
      <h2>Accessibility</h2>
      <p>There's a small step at the front door and we have a portable ramp &ndash; knock on the window or
      ring and we'll put it out. Well-behaved dogs are always welcome in the shop.</p>""",
)

_FAQ = (
    _rte(
        "faq",
        "Frequently asked questions",
        """      <p>Can't find your answer here? Ring the shop on 01803 861442 during opening hours.</p>""",
    )
    + """<div class="shopify-section section">
  <div class="collapsible-content collapsible-none-layout isolate"><div class="page-width">
    <div class="grid grid--1-col grid--2-col-tablet collapsible-content__grid">
      <div class="grid__item collapsible-content__grid-item">
"""
    + _accordion(
        [
            (
                "How can I pay?",
                "<p>Online we take Visa, Mastercard, American Express, Apple Pay, Google Pay and PayPal. In "
                "the shop we take cards and cash. We can take payment over the phone by card. We don't "
                "accept cheques.</p>",
            ),
            (
                "Can I order by phone?",
                "<p>Yes &ndash; ring during shop hours and we'll take your order and card details. The same "
                "cut-off times apply as online.</p>",
            ),
            (
                "What can I write on the card?",
                "<p>Every order comes with a free handwritten card. Messages can be up to 250 characters. "
                "If you'd like the flowers to be anonymous, just leave your name off the message &ndash; we "
                "never tell the recipient who sent them, even if they ring and ask.</p>",
            ),
            (
                "Do you sell gift vouchers?",
                "<p>Yes, from &pound;20 to &pound;200. They can be spent in the shop, online or on "
                "workshops and are valid for 12 months.</p>",
            ),
            (
                "Can I see a photo before the flowers are delivered?",
                "<p>We're happy to text or email a photo of your bouquet before it leaves the shop if you "
                "ask in the order notes.</p>",
            ),
            (
                "Do you price match?",
                "<p>No. Our prices reflect hand-made work with good-quality, mostly British flowers, and we "
                "don't price match supermarkets or online flower companies.</p>",
            ),
        ]
    )
    + """
      </div>
    </div>
  </div></div>
</div>"""
)

HTML = {
    "/": _page("Independent florist in Totnes", "Hand-tied flowers delivered across South Devon.", _HOME),
    "/same-day-delivery/": _page("Same-day delivery", "Order cut-off times and delivery windows.", _SAME_DAY),
    "/delivery-areas/": _page("Delivery areas & charges", "Where we deliver and what it costs.", _AREAS),
    "/weddings/": _page("Wedding flowers", "Seasonal wedding flowers in South Devon.", _WEDDINGS),
    "/wedding-consultations/": _page("Wedding consultations", "Book a free wedding consultation.", _CONSULT),
    "/funeral-flowers/": _page("Funeral tributes", "Wreaths, sprays and letter tributes.", _FUNERAL),
    "/corporate-events/": _page("Corporate & event flowers", "Flowers for businesses and events.", _CORPORATE),
    "/subscriptions/": _page("Flower subscriptions", "Weekly, fortnightly and monthly flowers.", _SUBS),
    "/flower-care/": _page("Flower care", "How to make your flowers last.", _CARE),
    "/allergies-pet-safe/": _page("Allergies & pet-safe flowers", "Lilies, cats and hay fever.", _ALLERGY),
    "/substitutions/": _page("Substitutions policy", "What happens when a flower is unavailable.", _SUBST),
    "/refunds-complaints/": _page("Refunds & complaints", "Our refund and complaints policy.", _REFUNDS),
    "/workshops/": _page("Workshops", "Wreath and flower arranging workshops in Totnes.", _WORKSHOPS),
    "/about/": _page("Meet the team", "The people behind Wren & Bramble.", _ABOUT),
    "/visit-us/": _page("Visit the shop", "Opening hours, parking and directions.", _VISIT),
    "/faq/": _page("FAQs", "Payment, cards, vouchers and more.", _FAQ),
}

QUESTIONS = [
    ("what time do i have to order by to get flowers delivered today", "/same-day-delivery/"),
    (
        "My mum's birthday falls on a Sunday this year, can you bring the flowers round on the day?",
        "/same-day-delivery/",
    ),
    ("How much do you charge to deliver to Dartington?", "/delivery-areas/"),
    ("my sister lives in Plymouth, can you get a bouquet to her", "/delivery-areas/"),
    ("We're getting married next June, roughly what would the bride's bouquet set us back?", "/weddings/"),
    ("Is there a minimum amount we'd have to spend if you do the flowers at the venue on a Saturday?", "/weddings/"),
    ("Do we have to pay anything just to come in and chat about flowers for our big day?", "/wedding-consultations/"),
    ("how far ahead should we be booking you for an August wedding", "/wedding-consultations/"),
    ("If we call the wedding off three months before, how much do we lose?", "/wedding-consultations/"),
    (
        "My grandad died last week and the funeral's on Friday. Can you do the letters spelling GRANDAD "
        "and what's the cost per letter?",
        "/funeral-flowers/",
    ),
    ("will you take the wreath straight to the undertakers or do I have to drop it off", "/funeral-flowers/"),
    (
        "I run a little restaurant and want fresh flowers on the tables every week, "
        "is that something you do and what's it cost",
        "/corporate-events/",
    ),
    ("Can I skip a delivery on my flower subscription? we're off to Spain for a fortnight", "/subscriptions/"),
    ("how much is the monthly flowers thing", "/subscriptions/"),
    (
        "the roses my husband bought me have started flopping their heads over after two days, "
        "any way to perk them up?",
        "/flower-care/",
    ),
    (
        "Is it true lilies are dangerous for cats? we've got two and I want to send my friend flowers",
        "/allergies-pet-safe/",
    ),
    ("my wife suffers badly with hayfever, which flowers wont set her off", "/allergies-pet-safe/"),
    ("I ordered the peony bouquet, what happens if you cant get any peonies that day?", "/substitutions/"),
    ("Flowers turned up with half the heads snapped off. I want my money back.", "/refunds-complaints/"),
    ("can I cancel the flowers I ordered for tomorrow, plans have changed", "/refunds-complaints/"),
    ("do you do those christmas wreath making evenings? fancy doing one with the girls from work", "/workshops/"),
    ("Do I need to bring my own tools to the flower class or is it all provided", "/workshops/"),
    ("Where's best to park when I come in to pick up my order?", "/visit-us/"),
    ("Are you open on the May bank holiday Monday?", "/visit-us/"),
    ("can i pay with paypal", "/faq/"),
]

OUT_OF_SCOPE = [
    "Do you sell houseplants or succulents in the shop?",
    "Can I add a box of chocolates or a balloon to my bouquet?",
    "Are you looking for any part-time florists at the moment?",
    "Do you do a student discount?",
    "Can you dry and preserve my bridal bouquet after the wedding so I can keep it?",
    "Do you have a loyalty card or points scheme?",
    "Can you recommend a good wedding photographer in the area?",
    "What's the weather meant to be like in Totnes this weekend?",
]
