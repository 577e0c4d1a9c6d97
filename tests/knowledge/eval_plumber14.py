"""An evaluation site: Dunmore & Webb Plumbing and Gas, a two-person plumbing and gas engineer business in Shirley (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is a one.com website builder
export: oc-* / onecom-* classes, wb-section / wb-column / wb-text components, a mobile burger menu and an FAQ
built from wb-accordion items.
"""

NAME = "Dunmore & Webb Plumbing and Gas"

_MENU = [
    ("Home", "/", []),
    (
        "Heating &amp; Boilers",
        "/boiler-servicing/",
        [
            ("Boiler Servicing", "/boiler-servicing/"),
            ("Boiler Repairs", "/boiler-repairs/"),
            ("No Heating or Hot Water", "/breakdowns/"),
            ("Radiators &amp; Boiler Pressure", "/radiators-and-pressure/"),
        ],
    ),
    (
        "Gas Work",
        "/gas-cookers-hobs/",
        [
            ("Gas Cookers &amp; Hobs", "/gas-cookers-hobs/"),
            ("Landlord Gas Safety", "/landlord-gas-safety/"),
            ("Gas Emergency", "/gas-emergency/"),
        ],
    ),
    (
        "Plumbing",
        "/leaks-and-taps/",
        [
            ("Leaks, Drips &amp; Outside Taps", "/leaks-and-taps/"),
            ("Toilets &amp; Blocked Sinks", "/toilets-and-sinks/"),
            ("Showers &amp; Pumps", "/showers-and-pumps/"),
        ],
    ),
    (
        "Prices",
        "/prices/",
        [
            ("Prices &amp; Paying", "/prices/"),
            ("Our Guarantee", "/guarantees/"),
        ],
    ),
    (
        "About",
        "/about-us/",
        [
            ("About Gary &amp; Liam", "/about-us/"),
            ("Areas We Cover", "/areas-we-cover/"),
            ("Hours &amp; Booking", "/hours-and-bookings/"),
            ("FAQs", "/faq/"),
        ],
    ),
    ("Contact", "/contact/", []),
]


def _menu(path, mobile=False):
    prefix = "oc-mobile-menu" if mobile else "oc-menu"
    out = ['<ul class="' + prefix + '__level-1 onecom-menu-list">']
    for label, href, children in _MENU:
        hrefs = [href] + [c[1] for c in children]
        cls = prefix + "__item"
        if children:
            cls += " " + prefix + "__item--has-children"
        if path in hrefs:
            cls += " " + prefix + "__item--active"
        out.append('  <li class="' + cls + '"><a class="' + prefix + '__link" href="' + href + '">' + label + "</a>")
        if children:
            out.append('    <ul class="' + prefix + '__level-2 oc-dropdown">')
            for clabel, chref in children:
                active = ' class="oc-current"' if chref == path else ""
                out.append("      <li" + active + '><a href="' + chref + '">' + clabel + "</a></li>")
            out.append("    </ul>")
        out.append("  </li>")
    out.append("</ul>")
    return "\n".join(out)


_ANALYTICS = """<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-DW7Q4K2M81', {'anonymize_ip': true});
</script>"""


def _page(path, title, description, body, sidebar=""):
    if sidebar:
        main = (
            '<div class="wb-row oc-content-row">\n'
            '<div class="wb-column wb-col-8 oc-main-column">\n' + body + "\n</div>\n"
            '<aside class="wb-column wb-col-4 oc-sidebar">\n' + sidebar + "\n</aside>\n</div>"
        )
    else:
        main = '<div class="wb-row oc-content-row">\n<div class="wb-column wb-col-12">\n' + body + "\n</div>\n</div>"
    return (
        """<!DOCTYPE html>
<html lang="en-GB" class="onecom-webbuilder oc-html">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="one.com Website Builder">
<title>"""
        + title
        + """ | Dunmore &amp; Webb Plumbing and Gas</title>
<meta name="description" content=\""""
        + description
        + """">
<meta property="og:title" content=\""""
        + title
        + """ | Dunmore &amp; Webb Plumbing and Gas">
<meta property="og:type" content="website">
<meta property="og:image" content="/onewebmedia/dw-van-og.jpg">
<link rel="canonical" href="https://www.dunmoreandwebb.co.uk"""
        + path
        + """">
<link rel="icon" href="/onewebmedia/favicon.png">
<link rel="stylesheet" href="/onewebstatic/css/oc-base.min.css">
<link rel="stylesheet" href="/onewebstatic/css/wb-components.min.css">
<link rel="stylesheet" href="/onewebstatic/css/site-theme-7.css">
<link rel="stylesheet" href="/onewebstatic/fonts/open-sans.css">
"""
        + _ANALYTICS
        + """
</head>
<body class="oc-body onecom-site oc-page-template-default">
<div id="onecom-cookie-banner" class="oc-cookie-banner onecom-cookie-banner--bottom" role="dialog" aria-live="polite">
  <div class="oc-cookie-banner__inner">
    <p class="oc-cookie-banner__text">We use cookies to see how people use this site and to make it work properly.
      By carrying on you agree to this. <a href="#cookie-info">Find out more</a></p>
    <button class="oc-button oc-cookie-banner__accept" type="button">OK, got it</button>
  </div>
</div>
<div class="oc-page-wrapper" id="oc-page">
<div class="oc-topbar wb-section wb-section--slim">
  <div class="wb-container">
    <div class="wb-row">
      <div class="wb-column wb-col-6"><div class="wb-text oc-topbar__left">
        <p><span class="oc-icon oc-icon-phone"></span> <a href="tel:01217453817">0121 745 3817</a>
        &nbsp;|&nbsp; <span class="oc-icon oc-icon-mail"></span>
        <a href="mailto:hello@dunmoreandwebb.co.uk">hello@dunmoreandwebb.co.uk</a></p>
      </div></div>
      <div class="wb-column wb-col-6"><div class="wb-text oc-topbar__right">
        <p><span class="oc-badge oc-badge--gassafe">Gas Safe registered 548812</span></p>
      </div></div>
    </div>
  </div>
</div>
<header class="oc-header wb-section wb-section--header onecom-header" id="wb-header">
  <div class="wb-container">
    <div class="wb-row oc-header__row">
      <div class="wb-column wb-col-3">
        <div class="wb-component wb-image oc-logo">
          <a href="/"><img src="/onewebmedia/dunmore-webb-logo.png" alt="Dunmore &amp; Webb Plumbing and Gas logo"
            width="220" height="64"></a>
        </div>
      </div>
      <div class="wb-column wb-col-7">
        <nav class="wb-component wb-menu oc-menu onecom-menu oc-menu--horizontal" aria-label="Main menu">
"""
        + _menu(path)
        + """
        </nav>
      </div>
      <div class="wb-column wb-col-2">
        <div class="wb-component wb-button oc-header__cta">
          <a class="oc-button oc-button--primary" href="/contact/">Book a visit</a>
        </div>
        <button class="oc-burger-menu onecom-burger" type="button" aria-label="Open menu" aria-expanded="false"
          aria-controls="oc-mobile-menu"><span></span><span></span><span></span></button>
      </div>
    </div>
  </div>
  <div class="oc-mobile-menu onecom-mobile-menu" id="oc-mobile-menu" hidden>
    <div class="oc-mobile-menu__inner">
"""
        + _menu(path, mobile=True)
        + """
    </div>
  </div>
</header>
<main class="oc-main" id="oc-main">
<div class="wb-section oc-page-title-section">
  <div class="wb-container"><div class="wb-row"><div class="wb-column wb-col-12">
    <div class="wb-text oc-page-title"><h1>"""
        + title
        + """</h1></div>
  </div></div></div>
</div>
<div class="wb-section oc-content-section">
<div class="wb-container">
"""
        + main
        + """
</div>
</div>
<div class="wb-section oc-cta-strip">
  <div class="wb-container"><div class="wb-row">
    <div class="wb-column wb-col-8"><div class="wb-text">
      <h3>Need a plumber or gas engineer?</h3>
      <p>Give Gary or Liam a ring, or send us a message and we'll get back to you.</p>
    </div></div>
    <div class="wb-column wb-col-4"><div class="wb-component wb-button">
      <a class="oc-button oc-button--light" href="/contact/">Book now</a>
    </div></div>
  </div></div>
</div>
</main>
<footer class="oc-footer wb-section wb-section--footer onecom-footer" id="wb-footer">
  <div class="wb-container">
    <div class="wb-row">
      <div class="wb-column wb-col-3"><div class="wb-text">
        <h4>Dunmore &amp; Webb</h4>
        <p>Unit 3, Colebrook Yard<br>Shirley, Solihull<br>B90 4JL</p>
        <p>Gas Safe registered 548812</p>
      </div></div>
      <div class="wb-column wb-col-3"><div class="wb-text">
        <h4>Get in touch</h4>
        <p>Tel: <a href="tel:01217453817">0121 745 3817</a><br>
        Mobile: <a href="tel:07845219604">07845 219604</a><br>
        <a href="mailto:hello@dunmoreandwebb.co.uk">hello@dunmoreandwebb.co.uk</a></p>
      </div></div>
      <div class="wb-column wb-col-3"><div class="wb-text">
        <h4>Opening hours</h4>
        <p>Mon&ndash;Fri: 8am &ndash; 6pm<br>Saturday: 8am &ndash; 1pm<br>Sunday: closed</p>
      </div></div>
      <div class="wb-column wb-col-3"><div class="wb-text">
        <h4>Quick links</h4>
        <ul class="oc-footer-links">
          <li><a href="/prices/">Prices</a></li>
          <li><a href="/hours-and-bookings/">Hours &amp; booking</a></li>
          <li><a href="/faq/">FAQs</a></li>
          <li><a href="/gas-emergency/">Smell gas? Read this</a></li>
        </ul>
        <div class="wb-component wb-social oc-social-icons">
          <a href="https://www.facebook.com/dunmoreandwebbplumbing" class="oc-social oc-social--facebook"
            aria-label="Facebook"></a>
          <a href="https://www.instagram.com/dunmoreandwebb" class="oc-social oc-social--instagram"
            aria-label="Instagram"></a>
        </div>
      </div></div>
    </div>
    <div class="wb-row oc-footer__bottom">
      <div class="wb-column wb-col-12"><div class="wb-text">
        <p>&copy; 2025 Dunmore &amp; Webb Plumbing and Gas Ltd. Registered in England and Wales no. 08193376.
        <span id="cookie-info">This site uses cookies for basic statistics only.</span>
        Website made with one.com</p>
      </div></div>
    </div>
  </div>
</footer>
</div>
</body>
</html>
"""
    )


def _reviews(*items):
    out = [
        '<div class="wb-component wb-testimonials oc-reviews">',
        '  <h3 class="oc-reviews__title">What customers say</h3>',
    ]
    for text, who in items:
        out.append(
            '  <blockquote class="oc-review"><p>&ldquo;' + text + "&rdquo;</p><footer>" + who + "</footer></blockquote>"
        )
    out.append("</div>")
    return "\n".join(out)


def _book_widget(heading, text):
    return (
        '<div class="wb-component wb-box oc-widget oc-widget--book">\n  <h3>'
        + heading
        + "</h3>\n  <p>"
        + text
        + '</p>\n  <a class="oc-button oc-button--primary" href="/contact/">Book now</a>\n'
        '  <p class="oc-widget__phone">or call <a href="tel:01217453817">0121 745 3817</a></p>\n</div>'
    )


def _links_widget(title, links):
    items = "\n".join('    <li><a href="' + h + '">' + t + "</a></li>" for t, h in links)
    return (
        '<div class="wb-component wb-box oc-widget oc-widget--links">\n  <h3>'
        + title
        + "</h3>\n  <ul>\n"
        + items
        + "\n  </ul>\n</div>"
    )


_HOME = """<div class="wb-component wb-text oc-hero">
  <h2>Friendly, Gas Safe registered plumbing and heating for Shirley and Solihull</h2>
  <p>We're Gary and Liam, a two-man plumbing and gas business working out of a small yard in Shirley.
  No call centre, no salesmen, no pressure: when you ring, you'll speak to one of the two people who will
  actually turn up at your door. We look after boilers, central heating, gas cookers and hobs, and all the
  everyday plumbing jobs that crop up in a busy house.</p>
  <div class="wb-component wb-button"><a class="oc-button oc-button--primary" href="/contact/">Book a visit</a>
  <a class="oc-button oc-button--ghost" href="/breakdowns/">Boiler broken down?</a></div>
</div>
<div class="wb-row oc-service-tiles">
  <div class="wb-column wb-col-4"><div class="wb-text oc-tile">
    <h3><a href="/boiler-servicing/">Boiler servicing</a></h3>
    <p>A proper annual service, not a quick look and a signature.</p>
  </div></div>
  <div class="wb-column wb-col-4"><div class="wb-text oc-tile">
    <h3><a href="/boiler-repairs/">Boiler repairs</a></h3>
    <p>Fault finding and repairs on all the common makes of gas boiler.</p>
  </div></div>
  <div class="wb-column wb-col-4"><div class="wb-text oc-tile">
    <h3><a href="/landlord-gas-safety/">Landlord gas safety</a></h3>
    <p>Yearly gas safety records for rented houses and flats.</p>
  </div></div>
</div>
<div class="wb-row oc-service-tiles">
  <div class="wb-column wb-col-4"><div class="wb-text oc-tile">
    <h3><a href="/leaks-and-taps/">Leaks and taps</a></h3>
    <p>Drips, leaks under the sink, and new outside taps.</p>
  </div></div>
  <div class="wb-column wb-col-4"><div class="wb-text oc-tile">
    <h3><a href="/toilets-and-sinks/">Toilets and sinks</a></h3>
    <p>Cisterns that won't stop running and sinks that won't drain.</p>
  </div></div>
  <div class="wb-column wb-col-4"><div class="wb-text oc-tile">
    <h3><a href="/showers-and-pumps/">Showers and pumps</a></h3>
    <p>Power showers, noisy pumps and mixer showers that have lost the plot.</p>
  </div></div>
</div>
<div class="wb-component wb-text oc-why-us">
  <h2>Why local people use us</h2>
  <ul>
    <li><strong>We turn up.</strong> If we're running late we ring you, we don't just leave you waiting in.</li>
    <li><strong>We're tidy.</strong> Dust sheets down, mess taken away, kitchen left as we found it.</li>
    <li><strong>Honest advice.</strong> If a repair isn't worth doing, we'll say so, even if it means less work
    for us.</li>
    <li><strong>Clear prices.</strong> Our rates are on our <a href="/prices/">prices page</a> for anyone to see.</li>
  </ul>
</div>
""" + _reviews(
    (
        "Gary came out on a freezing Tuesday when our boiler died, had it going again in under an hour and "
        "explained exactly what had gone. Lovely bloke.",
        "Sarah, Monkspath",
    ),
    ("Liam fitted our outside tap and sorted a leaking radiator valve while he was here. Spotless job.", "Dev, Olton"),
    (
        "We use Dunmore &amp; Webb for all four of our rentals. Reliable, and the paperwork always arrives.",
        "Mrs K, Hall Green",
    ),
)

_SERVICING = """<div class="wb-component wb-text">
  <h2>Why have the boiler serviced every year?</h2>
  <p>A gas boiler that hasn't been looked at for a few years can still seem fine while quietly burning badly,
  wasting gas or, at worst, producing carbon monoxide. A yearly service keeps it safe and efficient and catches
  small faults before they turn into a breakdown in the middle of January.</p>
  <h2>What we actually do on a service</h2>
  <ul>
    <li>Check the boiler lights, runs and shuts down properly on heating and hot water</li>
    <li>Inspect the casing, seals, flue route and where the flue comes out on the outside wall</li>
    <li>Run a flue gas analysis with a calibrated analyser to check it's burning cleanly</li>
    <li>Strip and clean the burner, electrodes and heat exchanger where the maker says so</li>
    <li>Clean out the condensate trap, which is a common cause of lock-outs</li>
    <li>Check the gas pressure and gas rate, and test the safety devices</li>
    <li>Check the expansion vessel charge and the system pressure</li>
    <li>Test the inhibitor level in the heating water with a test strip</li>
  </ul>
  <h2>How long does it take?</h2>
  <p>Most combi services take between 45 minutes and an hour. Older floor-standing or back boilers that need a
  full strip down can take up to an hour and a half. An adult (18 or over) needs to be in the house for the
  whole visit, and please clear the boiler cupboard before we arrive so we can get at it.</p>
  <h2>Your paperwork and the manufacturer's guarantee</h2>
  <p>Most manufacturers only honour their guarantee if the boiler is serviced every year by a Gas Safe
  engineer. We fill in the service record in the Benchmark checklist at the back of your boiler manual and
  stamp it with our Gas Safe number, and we email you a written service report the same day. Lost the manual?
  No problem, the emailed report is accepted as proof of the service, and we'll leave a printed copy by the
  boiler too.</p>
  <h2>If we find a problem</h2>
  <p>We'll show you what we've found and explain it in plain English. Small parts we carry in the van can often
  be fitted on the day, but we always ask first and they're charged on top of the service. If anything is
  unsafe we may have to turn the boiler off until it's repaired.</p>
  <p>We'll text you a reminder eleven months after your service, so you don't have to remember. For the cost
  of a service see our <a href="/prices/">prices</a>.</p>
</div>"""

_SERVICING_SIDE = (
    _book_widget(
        "Book your boiler service",
        "Spring and summer are the easiest times to get a slot. Autumn fills up fast.",
    )
    + "\n"
    + _links_widget(
        "Also useful",
        [
            ("Landlord gas safety checks", "/landlord-gas-safety/"),
            ("Boiler repairs", "/boiler-repairs/"),
            ("Our prices", "/prices/"),
        ],
    )
)

_REPAIRS = """<div class="wb-component wb-text">
  <h2>Boiler repairs on all the common makes</h2>
  <p>Between us we've worked on just about every domestic gas boiler fitted in this part of Solihull over the
  last twenty years. We regularly repair:</p>
  <ul class="oc-brand-list">
    <li>Worcester Bosch</li><li>Vaillant</li><li>Baxi</li><li>Ideal</li><li>Glow-worm</li><li>Viessmann</li>
    <li>Potterton</li><li>Alpha</li><li>Main</li><li>Intergas</li><li>Ariston</li>
  </ul>
  <p>We also still repair older back boilers, such as the Baxi Bermuda, as long as parts can be had. We don't
  work on warm air heating units or on commercial boilers.</p>
  <h2>Faults we see every week</h2>
  <ul>
    <li>Boilers showing a fault code and refusing to light</li>
    <li>Heating working but no hot water (very often the diverter valve)</li>
    <li>Banging, kettling or whistling noises</li>
    <li>Leaks from inside the casing</li>
    <li>Failed pumps, fans, gas valves, sensors and circuit boards</li>
  </ul>
  <h2>Is your boiler still under the manufacturer's warranty?</h2>
  <p>If your boiler was fitted in the last few years it may still be covered by the maker's own guarantee,
  which is often five to ten years on a new boiler. If so, <strong>ring the manufacturer first</strong>.
  Worcester Bosch, Vaillant, Baxi and Ideal all send out their own engineers free of charge for warranty
  faults, and a repair by anyone else can sometimes void the warranty. If they can't get to you quickly we're
  happy to come and have a look, but we'll always tell you first if what we're doing could affect your cover.</p>
  <h2>Parts</h2>
  <p>The vans carry the parts that fail most often: diverter cartridges, pumps, sensors, ignition electrodes,
  thermocouples and fuses. Anything else we can usually collect from the merchants in Shirley or Solihull the
  same afternoon or first thing next morning. We only fit genuine or maker-approved parts.</p>
  <h2>Is it worth repairing?</h2>
  <p>If a boiler is over fifteen years old, parts have been discontinued, or a repair would cost more than
  about half the price of a new one, we'll tell you honestly. We won't push you into a new boiler you don't
  need.</p>
</div>"""

_REPAIRS_SIDE = (
    _book_widget("Boiler playing up?", "Tell us the make, model and any fault code on the display.")
    + "\n"
    + _reviews(
        (
            "Our Ideal kept locking out. Liam found a blocked condensate trap, cleaned it and charged us fairly.",
            "Tom, Shirley",
        ),
    )
)

_BREAKDOWNS = """<div class="wb-component wb-text">
  <h2>No heating or no hot water? Try these first</h2>
  <p>A surprising number of breakdown calls are something you can sort yourself in five minutes. Before you
  ring, please check:</p>
  <ol>
    <li><strong>Power.</strong> Is the display on the boiler lit? Check the switch next to the boiler and that
    nothing has tripped on your fuse board.</li>
    <li><strong>Gas.</strong> Does your gas hob light? If you have a prepayment meter, check there's credit
    left and that you haven't run into emergency credit.</li>
    <li><strong>Timer and thermostat.</strong> A power cut or the clocks changing can upset the timer. Turn
    the room thermostat a few degrees above the room temperature.</li>
    <li><strong>Pressure.</strong> If the needle on the boiler gauge is below 1 bar, the boiler may have
    locked itself out. Our <a href="/radiators-and-pressure/">radiators and pressure</a> page explains more.</li>
    <li><strong>Frozen condensate pipe.</strong> In freezing weather, modern condensing boilers often stop
    because the plastic pipe that runs from the boiler to a drain outside has frozen. The usual signs are a
    gurgling noise from the boiler and a fault code on the display. Pour warm water (not boiling) slowly along
    the outside pipe, or hold a hot water bottle on it, then reset the boiler. Please don't climb ladders to do
    this.</li>
    <li><strong>Reset once.</strong> Press the reset button once. If it locks out again, don't keep pressing
    it; ring us.</li>
  </ol>
  <h2>How quickly can you come out?</h2>
  <p>Breakdowns always come ahead of routine work. If you ring before 11am on a weekday we'll normally get to
  you the same day; later than that, we aim to be with you first thing the next morning. We move people up
  the list when there's a baby under a year old in the house, someone over 75, or someone who is unwell or
  disabled, so please tell us when you call.</p>
  <h2>Keeping warm while you wait for a part</h2>
  <p>If your boiler needs a part we have to order, we can lend you two oil-filled electric radiators free of
  charge until the repair is done. If you have a hot water cylinder with an electric immersion heater, we'll
  show you how to use it for hot water in the meantime.</p>
</div>"""

_BREAKDOWNS_SIDE = (
    _book_widget("Still stuck?", "Ring us and tell us what the boiler display is showing.")
    + "\n"
    + _links_widget(
        "Related",
        [
            ("Boiler repairs", "/boiler-repairs/"),
            ("Boiler pressure", "/radiators-and-pressure/"),
            ("Hours", "/hours-and-bookings/"),
        ],
    )
)

_COOKERS = """<div class="wb-component wb-text">
  <h2>Connecting a new gas cooker</h2>
  <p>Most shops will deliver a gas cooker but won't connect it, because only a Gas Safe engineer is allowed
  to. That's where we come in. For a freestanding cooker we fit a new bayonet hose of the right length, fit
  the stability bracket or chain (it stops the cooker tipping forward if someone leans on the open oven door),
  test the gas supply for leaks and check every burner, the grill and the oven. You'll get a written record of
  the installation.</p>
  <p>Please have the cooker in the kitchen before we arrive, unpacked if you can, with its instruction book.</p>
  <h2>Built-in gas hobs</h2>
  <p>Gas hobs are connected with rigid copper pipe or an approved hose, depending on what the maker allows.
  The hole in the worktop must already be cut: we don't cut worktops, so ask your kitchen fitter to do it. We
  also check there's enough clearance between the hob and any cooker hood above it.</p>
  <h2>Range cookers</h2>
  <p>Yes, we connect range cookers. There are two of us, which helps, but the floor needs to be level and the
  space cleared.</p>
  <h2>Going over to induction or electric?</h2>
  <p>We can disconnect your old gas cooker or hob and cap off the gas pipe safely, test it and label it, so
  your electrician can wire in the new one. We don't do the electrical side ourselves.</p>
  <h2>Your old cooker</h2>
  <p>We don't take old cookers away. Most retailers will collect your old one when they deliver the new one,
  or the council runs a bulky waste collection.</p>
  <h2>Second-hand cookers</h2>
  <p>We're happy to fit a second-hand cooker as long as it's in safe condition and has its stability bracket.
  We'll check it over first, and if it isn't safe we won't connect it.</p>
  <h2>Cooker and hob repairs</h2>
  <p>We repair ignition problems, worn hob thermocouples (burners that won't stay lit when you let go of the
  knob) and oven thermostats, where parts are still available.</p>
</div>"""

_COOKERS_SIDE = _book_widget(
    "Cooker arriving soon?", "Let us know the delivery date and we'll book you in for the day after."
)

_LANDLORD = """<div class="wb-component wb-text">
  <h2>What the law says</h2>
  <p>If you let a house or flat, you must have every gas appliance, flue and pipe you provide checked by a Gas
  Safe engineer every 12 months. You have to give a copy of the record to your existing tenants within 28 days
  of the check, and to new tenants before they move in, and keep the records for at least two years.</p>
  <h2>What we check</h2>
  <p>On each appliance we check the gas pressure and burner, test that the flue is carrying fumes away properly,
  check there's enough ventilation and that the safety devices work, and we test the whole installation for
  leaks. If a tenant has brought their own gas appliance, we check the pipe it's connected to, but the
  appliance itself is the tenant's responsibility unless you ask us to check it.</p>
  <h2>Your Landlord Gas Safety Record (CP12)</h2>
  <p>We email the certificate as a PDF on the same day, to you or your letting agent. Give us your tenant's email
  address and we'll send them their copy directly, which saves you a job.</p>
  <div class="wb-component wb-table oc-table">
    <table>
      <thead><tr><th>Landlord gas safety check</th><th>Price</th></tr></thead>
      <tbody>
        <tr><td>First appliance (usually the boiler)</td><td>&pound;70</td></tr>
        <tr><td>Each extra appliance (hob, cooker, gas fire)</td><td>&pound;15</td></tr>
        <tr><td>Boiler service on the same visit</td><td>Our standard service price</td></tr>
      </tbody>
    </table>
  </div>
  <h2>Getting in: do you need to be there?</h2>
  <p>No. Most of our landlords just arrange for the tenant to let us in, and the tenant needs to be an adult.
  If the property is empty between lets, we can collect and return keys from your letting agent in Shirley or
  Solihull. If we turn up at the agreed time and can't get in, our usual missed appointment charge applies.</p>
  <h2>Reminders</h2>
  <p>We keep your renewal date on file and get in touch about two months before it runs out. You can have the
  check done up to two months early and still keep the same renewal date, so you never lose any months.</p>
  <h2>If something fails</h2>
  <p>We can't issue a pass for an unsafe appliance. We'll explain what's wrong to you and your tenant, make it
  safe and give you a price for the repair.</p>
</div>"""

_LANDLORD_SIDE = _book_widget(
    "Got a certificate due?", "Tell us the address, how many gas appliances and who has the keys."
)

_LEAKS = """<div class="wb-component wb-text">
  <div class="oc-alert oc-alert--warning">
  <h2>Water coming through the ceiling?</h2>
  <ol>
    <li>Turn off the water at the stopcock. It's usually under the kitchen sink, sometimes in a downstairs
    toilet or where the water pipe comes into the house. Turn it clockwise until it stops.</li>
    <li>If water is near light fittings or sockets, switch the electricity off at the fuse board and don't
    touch switches with wet hands.</li>
    <li>Open the cold taps in the kitchen and bathroom to drain the water left in the pipes.</li>
    <li>If the ceiling is bulging, put a bucket underneath. Carefully making a small hole in the middle of
    the bulge lets the water out in one place instead of bringing the ceiling down.</li>
    <li>Take photos for your insurer, then ring us. A burst pipe or heavy leak jumps the queue just like a
    boiler breakdown.</li>
  </ol>
  </div>
  <h2>Dripping taps</h2>
  <p>On older taps that turn several times, a drip is normally a worn washer. Newer quarter-turn taps have
  ceramic cartridges instead, and those wear too. We carry the common washers and cartridges, but some mixer
  tap cartridges have to be ordered, so a photo of the tap when you book really helps.</p>
  <h2>Leaks under the sink</h2>
  <p>Usually a loose compression joint, a cracked waste trap or a flexible tap connector. Braided flexible
  hoses can burst without warning as they age, and we recommend replacing any that are over ten years old.</p>
  <h2>Outside taps</h2>
  <p>We fit new outside taps for hoses, car washing and watering the garden. Every outside tap we fit has an
  isolating valve inside the house and a double check valve, which the water regulations require so that dirty
  water from a hose can't be sucked back into the mains. Where the kitchen is on an outside wall the job takes
  about an hour to an hour and a half.</p>
  <p><strong>In winter</strong>, turn off the isolating valve indoors, then open the outside tap to let it
  drain and leave it open until spring. A foam tap cover helps too. Outside taps that have frozen often split
  and only start leaking once they thaw; we replace those as well.</p>
</div>"""

_LEAKS_SIDE = _links_widget(
    "Other water problems",
    [
        ("Toilets and blocked sinks", "/toilets-and-sinks/"),
        ("Leaking radiator valves", "/radiators-and-pressure/"),
        ("Showers", "/showers-and-pumps/"),
    ],
)

_TOILETS = """<div class="wb-component wb-text">
  <h2>A toilet that keeps running</h2>
  <p>There are two usual culprits:</p>
  <ul>
    <li><strong>Water trickling into the pan all the time</strong> means the flush valve isn't sealing. On
    push-button cisterns this is normally a perished seal on the flush valve; on older lever toilets it's the
    siphon washer.</li>
    <li><strong>Water running out of the overflow pipe outside</strong>, or the cistern never stopping filling,
    means the fill valve is faulty or the float is set too high.</li>
  </ul>
  <p>Quick test: take the cistern lid off and gently lift the float. If the water stops, the fill valve needs
  adjusting or replacing. We fit universal fill and flush valves, and most toilets are fixed in one visit.
  Close-coupled toilets sometimes need the cistern taking off the pan. It's worth sorting quickly: a running
  toilet can waste up to 400 litres of water a day, which adds up if you're on a water meter.</p>
  <h2>Cistern slow to fill</h2>
  <p>Usually a blocked filter in the fill valve or an isolating valve that's been partly turned off.</p>
  <h2>Blocked sinks, basins, baths and shower trays</h2>
  <p>We clear blocked kitchen sinks, bathroom basins, baths and shower trays by taking off and cleaning out
  the trap and, where needed, using a hand auger. In bathrooms it's nearly always hair and soap; in kitchens
  it's fat and food.</p>
  <p><strong>If you've already poured chemical drain unblocker down, please tell us before we start.</strong>
  Caustic unblockers sit in the trap and can burn skin and eyes when it's opened. They also often turn fat
  into a harder plug. If you can, keep running plenty of cold water down the sink until we arrive.</p>
  <h2>What we don't do</h2>
  <p>We don't clear blocked toilets that won't shift with a plunger, or outside drains, manholes and gullies.
  Those need a drainage company with jetting equipment, and we'll happily pass on the number of a local firm
  we trust.</p>
</div>"""

_TOILETS_SIDE = _book_widget(
    "Toilet or sink problem?", "A quick video of what the cistern is doing helps us bring the right parts."
)

_SHOWERS = """<div class="wb-component wb-text">
  <h2>Power showers and shower pumps</h2>
  <p>If your hot water comes from a cylinder in an airing cupboard with a cold water tank in the loft, your
  shower pressure relies on gravity, and a pump is what gives it some oomph. Some homes have a power shower
  with the pump built into the unit; others have a separate twin pump, usually a Salamander, Stuart Turner or
  Grundfos, hidden in the airing cupboard or under the bath.</p>
  <h2>Common shower pump problems</h2>
  <ul>
    <li><strong>Whining, screaming or grinding noise:</strong> air trapped in the pump, worn bearings, or the
    cold water tank in the loft running low.</li>
    <li><strong>Pump switching itself on every few minutes</strong> when nobody is using water: there's a
    dripping tap or a small leak somewhere on the pumped pipework.</li>
    <li><strong>Weak flow:</strong> clogged pump filters, a shower head full of limescale, or a pump on its
    way out.</li>
  </ul>
  <p>Most pumps last seven to ten years. We repair what can be repaired, and replace worn-out pumps like for like
  so the pipework doesn't need changing. We fit new anti-vibration feet too, which cuts down the noise.</p>
  <h2>Can I have a pump if I've got a combi boiler?</h2>
  <p>No. A combi runs straight off the mains water, and the water regulations don't allow a pump to be
  connected directly to the mains. Weak showers with a combi are usually down to low mains pressure or flow
  into the house. We can measure your incoming flow and pressure, check your stopcock is fully open and tell
  you whether it's worth contacting Severn Trent.</p>
  <h2>Mixer showers</h2>
  <p>If your mixer shower suddenly runs too hot or too cold, or drips after you turn it off, the thermostatic
  cartridge has usually worn. We replace cartridges on Mira, Aqualisa, Triton and Grohe bar and built-in
  mixers, and most other brands if the part is available.</p>
  <h2>Electric showers</h2>
  <p>We don't fit or repair electric showers, as the wiring needs an electrician. We can replace the water pipe
  or isolating valve feeding one.</p>
</div>"""

_SHOWERS_SIDE = _reviews(
    (
        "Our pump was making a racket at 6am every morning. Sorted in one visit and the shower's better than ever.",
        "Jo, Dickens Heath",
    ),
)

_RADIATORS = """<div class="wb-component wb-text">
  <h2>What pressure should my boiler be at?</h2>
  <p>Most combi and system boilers have a pressure gauge on the front. With the heating cold it should read
  between 1 and 1.5 bar. It will rise when the heating is running, to around 2 bar, which is normal.</p>
  <h2>Pressure keeps dropping</h2>
  <p>If you keep having to top the pressure up, water is escaping somewhere. Look for drips on radiator
  valves, exposed pipework and underneath the boiler. Check the copper pipe that comes out through the
  outside wall near the boiler: if it's dripping, the pressure relief valve is letting water go. A common cause
  of that is a flat expansion vessel inside the boiler, which makes the pressure shoot up when the heating is
  hot and then drop when it cools. Topping up more than once every few months means it needs looking at:
  every top-up adds fresh water and oxygen, which corrodes radiators from the inside.</p>
  <h2>How to top up the pressure</h2>
  <p>Turn the heating off and let it cool. Most combis have a filling loop under the boiler: a silver braided
  hose with a valve at each end, or a built-in lever or key. Slowly open the valves, watch the gauge rise to
  between 1 and 1.5 bar, then close both valves firmly. If you're not sure which valve is which, don't force
  anything; ring us.</p>
  <h2>Pressure too high</h2>
  <p>If it's reading 2.5 to 3 bar when cold, the filling loop has probably been left slightly open or its valve
  is letting by. Close it, then bleed a radiator to bring the pressure back down.</p>
  <h2>Radiators not heating properly</h2>
  <ul>
    <li><strong>Cold at the top, warm at the bottom:</strong> air. Bleed it with a radiator key while the heating
    is off, then check the boiler pressure.</li>
    <li><strong>Hot at the top, cold at the bottom:</strong> sludge (black iron oxide) sitting in the bottom of the
    radiator. Bleeding won't help. The fix is a chemical clean or a powerflush of the system, and fitting a
    magnetic filter to stop it coming back.</li>
    <li><strong>Whole radiator cold:</strong> often a stuck valve pin. Take the white head off the thermostatic
    valve and gently tap the pin until it moves freely.</li>
    <li><strong>Downstairs hot, upstairs cold:</strong> the system needs balancing, or the pump is weak.</li>
  </ul>
  <h2>Radiator valves</h2>
  <p>We replace thermostatic radiator valves, lockshield valves and leaking valves. Using a pipe freezing kit we
  can often change a valve without draining the whole system, which saves time and keeps the inhibitor in.</p>
</div>"""

_RADIATORS_SIDE = _links_widget(
    "See also", [("No heating or hot water", "/breakdowns/"), ("Prices for valves and powerflushing", "/prices/")]
)

_PRICES = """<div class="wb-component wb-text">
  <h2>Straightforward prices</h2>
  <p>We'd rather you knew what to expect before we arrive. We're not VAT registered, so the prices below are
  what you pay: no VAT gets added on top.</p>
  <h3>Labour rates</h3>
</div>
<div class="wb-component wb-table oc-table">
  <table>
    <thead><tr><th>When</th><th>First hour (includes call-out)</th><th>Each extra half hour</th></tr></thead>
    <tbody>
      <tr><td>Monday to Friday, 8am to 6pm</td><td>&pound;85</td><td>&pound;35</td></tr>
      <tr><td>Weekday evenings 6pm to 9pm, and Saturdays</td><td>&pound;120</td><td>&pound;45</td></tr>
      <tr><td>Sundays and bank holidays</td><td>&pound;150</td><td>&pound;55</td></tr>
    </tbody>
  </table>
</div>
<div class="wb-component wb-text">
  <p>Parts are charged at the merchant's price plus 10% to cover collecting and handling them.</p>
  <h3>Fixed prices for common jobs</h3>
</div>
<div class="wb-component wb-table oc-table">
  <table>
    <thead><tr><th>Job</th><th>Price</th></tr></thead>
    <tbody>
      <tr><td>Annual boiler service (any domestic gas boiler)</td><td>&pound;80</td></tr>
      <tr><td>Second boiler or gas fire serviced on the same visit</td><td>&pound;40</td></tr>
      <tr><td>Connect a freestanding gas cooker</td><td>&pound;75</td></tr>
      <tr><td>Connect a built-in gas hob</td><td>&pound;95</td></tr>
      <tr><td>Disconnect and cap off a gas cooker or hob</td><td>&pound;60</td></tr>
      <tr><td>Fit an outside tap (tap and valves included)</td><td>&pound;145</td></tr>
      <tr><td>Replace a toilet fill valve (part included)</td><td>&pound;110</td></tr>
      <tr><td>Replace a toilet flush valve or siphon (part included)</td><td>&pound;130</td></tr>
      <tr><td>Replace a pair of radiator valves</td><td>&pound;140</td></tr>
      <tr><td>Powerflush, up to 10 radiators</td><td>from &pound;450</td></tr>
      <tr><td>Magnetic system filter, supplied and fitted</td><td>&pound;120</td></tr>
    </tbody>
  </table>
</div>
<div class="wb-component wb-text">
  <p>Fixed prices assume normal access. If we find something unexpected when we get there, we'll explain and
  give you the price before carrying on. Landlord gas safety checks are priced on our
  <a href="/landlord-gas-safety/">landlord page</a>, and travel outside our usual patch is explained on
  <a href="/areas-we-cover/">areas we cover</a>.</p>
</div>"""

_PRICES_SIDE = (
    _book_widget("Happy with the price?", "Book online or give us a ring.")
    + "\n"
    + _links_widget("Paying", [("How to pay", "#paying"), ("Our guarantee", "/guarantees/")])
)

_PAYMENT = """<div class="wb-component wb-text oc-payment" id="paying">
  <h2>Paying when the job's done</h2>
  <p>For household jobs we ask for payment when the work is finished, before we leave. You'll get an emailed
  invoice and receipt for your records.</p>
  <h2>Ways to pay</h2>
  <ul>
    <li><strong>Card:</strong> we carry a card reader in both vans and take Visa, Mastercard and American
    Express, contactless or chip and PIN, plus Apple Pay and Google Pay.</li>
    <li><strong>Cash:</strong> always fine. Having the right money helps, as we don't carry much change.</li>
    <li><strong>Bank transfer:</strong> our bank details are on the invoice. Please pay on the same day.</li>
  </ul>
  <p>We no longer take cheques.</p>
  <h2>Paying for someone else</h2>
  <p>If we're working at an elderly relative's house and you'd like to pay, ring the office and we can take a
  card payment over the phone once the job's done, or send the invoice to you instead.</p>
  <h2>Landlords and letting agents</h2>
  <p>For landlords and letting agents we invoice after the visit, payable within 14 days. Landlords with several
  properties can have one invoice a month covering all of them.</p>
  <h2>Parts we have to order</h2>
  <p>If a job needs a special-order part costing more than &pound;150, such as a circuit board or a boiler-specific
  gas valve, we ask you to pay for the part by bank transfer before we order it. This is because many suppliers
  won't take those parts back once opened.</p>
</div>"""

_HOURS = """<div class="wb-component wb-text">
  <h2>When we work</h2>
</div>
<div class="wb-component wb-table oc-table">
  <table>
    <tbody>
      <tr><th>Monday to Friday</th><td>8am to 6pm, all work</td></tr>
      <tr><th>Weekday evenings</th><td>6pm to 9pm, breakdowns and leaks only</td></tr>
      <tr><th>Saturday</th><td>8am to 1pm, routine work and breakdowns</td></tr>
      <tr><th>Sundays and bank holidays</th><td>Emergencies only, when one of us is on call (not guaranteed)</td></tr>
      <tr><th>Christmas Day, Boxing Day, New Year's Day</th><td>Closed</td></tr>
    </tbody>
  </table>
</div>
<div class="wb-component wb-text">
  <h2>Are you a 24-hour service?</h2>
  <p>No. There are two of us, not a call centre, and we need to sleep too. The phones are answered from 7.30am
  until 9pm. Between 9pm and 7.30am we don't come out. If you smell gas at any time of day or night, follow our
  <a href="/gas-emergency/">gas emergency advice</a>. If you have a water leak overnight, turn off your stopcock
  and ring us first thing in the morning.</p>
  <h2>Booking</h2>
  <p>Ring, text or use the form on our <a href="/contact/">contact page</a>. Routine jobs such as services,
  dripping taps or running toilets are usually booked within one to two weeks. September to December is our
  busiest time, so book your boiler service in spring or summer if you can.</p>
  <h2>Arrival times</h2>
  <p>We book visits in a morning slot (8am to 12 noon) or an afternoon slot (12 noon to 5pm), and we'll text
  you when we're on our way, usually about half an hour before. We can't promise exact times because a
  breakdown can jump in ahead of you.</p>
  <h2>Cancelling or moving a booking</h2>
  <p>Please give us at least 24 hours' notice and there's no charge. If you cancel with less than 24 hours'
  notice, or nobody is in when we arrive, there's a &pound;40 missed appointment charge. If we're running late
  we will always ring you.</p>
  <h2>Parking</h2>
  <p>We need to park near your house because the van is full of tools and parts. If you live in a permit
  parking zone, please leave a visitor permit out for us. If we have to use paid parking, the cost is added to
  your bill.</p>
</div>"""

_AREAS = """<div class="wb-component wb-text">
  <h2>Our main patch</h2>
  <p>We're based in Shirley and most of our work is within about six miles of the yard. There's no travel
  charge anywhere in this list:</p>
  <ul class="oc-two-column-list">
    <li>Shirley</li><li>Solihull town centre</li><li>Olton</li><li>Monkspath</li><li>Hillfield</li>
    <li>Cheswick Green</li><li>Dickens Heath</li><li>Hockley Heath</li><li>Knowle</li><li>Dorridge</li>
    <li>Bentley Heath</li><li>Hall Green</li><li>Acocks Green</li><li>Hollywood</li><li>Majors Green</li>
    <li>Wythall</li><li>Earlswood</li>
  </ul>
  <p>By postcode, that's B90, B91, B92, B93, B94, B28 and B47, plus the southern part of B27.</p>
  <h2>A bit further afield</h2>
  <p>We'll also travel to Balsall Common, Hampton-in-Arden, Kings Heath, Moseley and Sheldon for routine,
  pre-booked work such as services and landlord checks. There's a &pound;20 travel supplement for these
  areas.</p>
  <p>We don't take breakdown calls outside our main patch, because we can't get to you quickly enough and it
  wouldn't be fair on you. We also don't work in Birmingham city centre.</p>
  <div class="wb-component wb-map oc-map-placeholder">
    <img src="/onewebmedia/coverage-map.png" alt="Map of the area Dunmore and Webb cover around Shirley and Solihull"
      width="640" height="400">
  </div>
</div>"""

_AREAS_SIDE = _book_widget("Not sure if we cover you?", "Send us your postcode and we'll let you know.")

_GUARANTEES = """<div class="wb-component wb-text">
  <h2>Our 12-month workmanship guarantee</h2>
  <p>Every repair and installation we do comes with our own 12-month guarantee on the workmanship. If the same
  fault comes back within 12 months because of our work or a part we fitted, we'll come back and put it right
  free of charge, with no call-out fee and no labour charge.</p>
  <h2>Parts</h2>
  <p>Parts we fit carry the manufacturer's warranty, normally 12 months and sometimes two years. If a part fails
  under warranty, we deal with the supplier for you.</p>
  <h2>New boilers</h2>
  <p>When we fit a new boiler we register it with the manufacturer for their extended warranty, which can be up
  to ten years, and we notify Gas Safe so your local council gets the building regulations certificate. Both
  arrive by post within a few weeks.</p>
  <h2>What isn't covered</h2>
  <ul>
    <li>A different fault on the same appliance. For example, if we replaced the fan on an older boiler and
    months later its circuit board fails, that's a new fault.</li>
    <li>Blockages caused by what goes down the drain, such as wipes, fat or nappies.</li>
    <li>Damage caused by frost.</li>
    <li>Parts you bought and supplied yourself (we still guarantee our fitting).</li>
    <li>Temporary repairs, where we recommended a full repair and you chose not to go ahead.</li>
    <li>Work that has been altered by someone else since we did it.</li>
  </ul>
  <h2>How to make a claim</h2>
  <p>Just ring us and give us the date of the original job or your invoice number. We'll book you in as a
  priority.</p>
</div>"""

_EMERGENCY = """<div class="wb-component wb-text">
  <div class="oc-alert oc-alert--danger">
  <h2>If you smell gas</h2>
  <ol>
    <li>Don't turn any electrical switches on or off, and don't use doorbells.</li>
    <li>Don't smoke, strike matches or use anything with a naked flame.</li>
    <li>Open doors and windows to let the gas out.</li>
    <li>Turn off the gas at the meter: the lever is on the pipe next to the meter. Turn it so it's at a right
    angle to the pipe.</li>
    <li>Get everyone out of the house.</li>
    <li>From outside, ring the National Gas Emergency Service on <a href="tel:0800111999">0800 111 999</a>.
    It's free and open 24 hours a day.</li>
  </ol>
  </div>
  <h2>Why ring them before us?</h2>
  <p>The emergency service will come out at any time, day or night, free of charge. Their job is to make
  things safe, which usually means turning off the supply or capping off an appliance. Once it's safe, we
  can come and find and fix the fault. If they've left a warning notice and turned an appliance off, please
  don't turn it back on; ring us and we'll arrange the repair.</p>
  <h2>Carbon monoxide</h2>
  <p>Carbon monoxide has no smell, no taste and no colour. Symptoms include headaches, dizziness, feeling sick,
  breathlessness and tiredness, and they often get better when you're away from home. Pets can be affected
  too. Warning signs on appliances include lazy yellow or orange flames instead of crisp blue ones, black
  sooty marks around a boiler or fire, and a pilot light that keeps going out.</p>
  <p>If you think there's carbon monoxide in your home, turn off the appliances, open the windows, get
  everyone outside and ring 0800 111 999. If anyone feels unwell, get medical help by calling NHS 111, or 999
  if it's serious.</p>
  <h2>Carbon monoxide alarms</h2>
  <p>Fit an audible CO alarm (to BS EN 50291) in every room with a gas appliance and test it once a month.
  A continuous alarm should always be treated as an emergency. A single chirp every minute or so usually means
  the battery is low or the alarm has reached the end of its life; most last seven to ten years.</p>
</div>"""

_ABOUT = """<div class="wb-component wb-text">
  <h2>Who we are</h2>
  <p>Dunmore &amp; Webb is just the two of us. We started working together in 2012 and still do every job
  ourselves: we don't send subcontractors.</p>
</div>
<div class="wb-row oc-team">
  <div class="wb-column wb-col-6"><div class="wb-text oc-team-member">
    <img src="/onewebmedia/gary-dunmore.jpg" alt="Gary Dunmore" width="300" height="300">
    <h3>Gary Dunmore</h3>
    <p>Gary has been in the trade for over 25 years. He was CORGI registered before the Gas Safe Register took
    over in 2009 and has been on it ever since. He does most of our boiler repairs and is the one to ask about
    older boilers. Outside work he's a long-suffering Birmingham City season ticket holder.</p>
  </div></div>
  <div class="wb-column wb-col-6"><div class="wb-text oc-team-member">
    <img src="/onewebmedia/liam-webb.jpg" alt="Liam Webb" width="300" height="300">
    <h3>Liam Webb</h3>
    <p>Liam joined Gary as an apprentice in 2015, qualified with his Level 3 plumbing NVQ, and became Gas Safe
    registered in 2019. He does most of our plumbing, shower and landlord work.</p>
  </div></div>
</div>
<div class="wb-component wb-text">
  <h2>Checking we're genuinely Gas Safe</h2>
  <p>Anyone working on gas in your home must be on the Gas Safe Register, and you're right to check. Both of us
  carry a Gas Safe ID card with our photo and licence number, and we'll always show it at the door without
  being asked. Turn the card over and the back lists exactly what we're qualified to work on, such as boilers
  and cookers. You can check the licence number on the Gas Safe Register website,
  <a href="https://www.gassaferegister.co.uk">gassaferegister.co.uk</a>, or by ringing them on 0800 408 5500.
  Our business registration number is 548812.</p>
  <h2>Peace of mind</h2>
  <p>We both hold a basic DBS check, renewed every three years, which matters to a lot of our older customers
  and their families. We carry &pound;2 million public liability insurance. You'll recognise us by our white
  Ford Transit Custom vans with our name on the side.</p>
</div>"""

_ABOUT_SIDE = _reviews(
    ("Gary has looked after my mum's boiler for years. She trusts him completely, and so do we.", "Helen, Knowle"),
    ("Liam was polite, quick and tidy. Will definitely use again.", "Marcus, Shirley"),
)


def _faq_item(question, answer):
    return (
        '  <div class="wb-accordion-item">\n'
        '    <div class="wb-accordion-title" role="button" tabindex="0" aria-expanded="false">' + question + "</div>\n"
        '    <div class="wb-accordion-body" hidden><div class="wb-text"><p>' + answer + "</p></div></div>\n"
        "  </div>"
    )


_FAQ = (
    """<div class="wb-component wb-text"><p>The questions we get asked most often. Can't see yours?
<a href="/contact/">Drop us a message</a>.</p></div>
<div class="wb-component wb-accordion oc-faq" data-single-open="true">
"""
    + "\n".join(
        [
            _faq_item(
                "Do you give free quotes?",
                "For planned work such as replacing a boiler, moving radiators or re-piping a bathroom, "
                "yes: we come and look, and you get a written quote within two working days, free and with no "
                "obligation. For repairs we charge our normal rate from the moment we arrive, because working out "
                "what's wrong is the job.",
            ),
            _faq_item(
                "Do you fit new boilers?",
                "Yes. We fit gas combi and system boilers, both straight swaps and conversions from an old tank system "
                "to a combi. Most swaps take one day and conversions two.",
            ),
            _faq_item(
                "Can I buy the parts or taps myself?",
                "Yes, that's fine. We'll check what you've bought is suitable before fitting it. "
                "Bear in mind we can only guarantee our fitting, not the part itself.",
            ),
            _faq_item(
                "Will you make a mess?",
                "We wear shoe covers, put dust sheets down and take away the old parts and packaging. We also take old "
                "boilers away for recycling when we replace them.",
            ),
            _faq_item(
                "Do you work for businesses?",
                "We work in people's homes and for small landlords. We don't do commercial kitchens "
                "or large commercial boilers.",
            ),
            _faq_item(
                "Do you fit whole bathrooms?",
                "No, we don't do tiling or full bathroom fitting. We're happy to do the "
                "plumbing for your bathroom fitter or builder, though.",
            ),
            _faq_item(
                "I have a dog. Is that a problem?",
                "Not at all, we love dogs. We just ask that you keep them in another room while "
                "we work, especially as we may have the front door open going back and forth to the van.",
            ),
        ]
    )
    + "\n</div>"
)

_CONTACT = """<div class="wb-component wb-text">
  <h2>Ring us</h2>
  <p>Office: <a href="tel:01217453817">0121 745 3817</a><br>
  If we're both on a job, leave a message and we'll ring you back as soon as we're off the tools.</p>
  <h2>WhatsApp photos and videos</h2>
  <p>You can send photos and short videos to our mobile, <a href="tel:07845219604">07845 219604</a>, on
  WhatsApp. A picture of the leak, the boiler display or the make and model label often tells us what parts to
  bring, and sometimes saves you a visit altogether. We reply to WhatsApp messages during working hours.</p>
  <h2>Email</h2>
  <p><a href="mailto:hello@dunmoreandwebb.co.uk">hello@dunmoreandwebb.co.uk</a>. We reply to emails within one
  working day.</p>
  <h2>Send us a message</h2>
  <p>Whichever way you get in touch, it saves time if you tell us your postcode, the make and model of your
  boiler (it's on a label on the front or underneath), what's actually happening, and which days you're
  usually at home.</p>
</div>
<div class="wb-component wb-contact-form oc-form">
  <form action="#" method="post" class="onecom-form">
    <label for="cf-name">Your name</label><input id="cf-name" name="name" type="text" required>
    <label for="cf-phone">Phone number</label><input id="cf-phone" name="phone" type="tel" required>
    <label for="cf-postcode">Postcode</label><input id="cf-postcode" name="postcode" type="text">
    <label for="cf-msg">What's the problem?</label><textarea id="cf-msg" name="message" rows="6"></textarea>
    <button class="oc-button oc-button--primary" type="submit">Send</button>
  </form>
</div>
<div class="wb-component wb-text">
  <h2>Our yard</h2>
  <p>Unit 3, Colebrook Yard, Shirley, Solihull B90 4JL. It's where we keep stock, and there's no counter or
  showroom, so please don't call in: phone or message us instead.</p>
</div>"""

HTML = {
    "/": _page(
        "/",
        "Plumbers &amp; Gas Engineers in Shirley, Solihull",
        "Two-man Gas Safe registered plumbing and heating business in Shirley, Solihull.",
        _HOME,
    ),
    "/boiler-servicing/": _page(
        "/boiler-servicing/",
        "Boiler Servicing",
        "Annual gas boiler servicing in Shirley and Solihull by Gas Safe engineers.",
        _SERVICING,
        _SERVICING_SIDE,
    ),
    "/boiler-repairs/": _page(
        "/boiler-repairs/",
        "Boiler Repairs",
        "Gas boiler repairs on Worcester, Vaillant, Baxi, Ideal and more.",
        _REPAIRS,
        _REPAIRS_SIDE,
    ),
    "/breakdowns/": _page(
        "/breakdowns/",
        "No Heating or Hot Water",
        "Boiler broken down? Checks to try first and how quickly we can get to you.",
        _BREAKDOWNS,
        _BREAKDOWNS_SIDE,
    ),
    "/radiators-and-pressure/": _page(
        "/radiators-and-pressure/",
        "Radiators &amp; Boiler Pressure",
        "Boiler pressure problems, cold radiators and radiator valves.",
        _RADIATORS,
        _RADIATORS_SIDE,
    ),
    "/gas-cookers-hobs/": _page(
        "/gas-cookers-hobs/",
        "Gas Cookers &amp; Hobs",
        "Gas cooker and hob connection, disconnection and repairs.",
        _COOKERS,
        _COOKERS_SIDE,
    ),
    "/landlord-gas-safety/": _page(
        "/landlord-gas-safety/",
        "Landlord Gas Safety Certificates",
        "Landlord gas safety checks and CP12 certificates in Shirley and Solihull.",
        _LANDLORD,
        _LANDLORD_SIDE,
    ),
    "/gas-emergency/": _page(
        "/gas-emergency/",
        "Gas Emergency &amp; Carbon Monoxide",
        "What to do if you smell gas or suspect carbon monoxide.",
        _EMERGENCY,
    ),
    "/leaks-and-taps/": _page(
        "/leaks-and-taps/",
        "Leaks, Drips &amp; Outside Taps",
        "Leaks, dripping taps and outside tap fitting.",
        _LEAKS,
        _LEAKS_SIDE,
    ),
    "/toilets-and-sinks/": _page(
        "/toilets-and-sinks/",
        "Toilets &amp; Blocked Sinks",
        "Running toilets, slow cisterns and blocked sinks and basins.",
        _TOILETS,
        _TOILETS_SIDE,
    ),
    "/showers-and-pumps/": _page(
        "/showers-and-pumps/",
        "Showers &amp; Shower Pumps",
        "Power showers, shower pumps and mixer shower repairs.",
        _SHOWERS,
        _SHOWERS_SIDE,
    ),
    "/prices/": _page(
        "/prices/",
        "Prices &amp; Paying",
        "Labour rates, fixed prices for common plumbing and gas jobs, and how to pay.",
        _PRICES + "\n" + _PAYMENT,
        _PRICES_SIDE,
    ),
    "/guarantees/": _page(
        "/guarantees/",
        "Our Guarantee",
        "Our 12-month workmanship guarantee and parts warranties.",
        _GUARANTEES,
    ),
    "/about-us/": _page(
        "/about-us/",
        "About Gary &amp; Liam",
        "Meet the two Gas Safe registered engineers behind Dunmore &amp; Webb.",
        _ABOUT,
        _ABOUT_SIDE,
    ),
    "/areas-we-cover/": _page(
        "/areas-we-cover/",
        "Areas We Cover",
        "Towns and postcodes we cover around Shirley and Solihull.",
        _AREAS,
        _AREAS_SIDE,
    ),
    "/hours-and-bookings/": _page(
        "/hours-and-bookings/",
        "Hours &amp; Booking",
        "Working hours, booking, arrival times, cancellations and parking.",
        _HOURS,
    ),
    "/faq/": _page(
        "/faq/",
        "Frequently Asked Questions",
        "Answers to the questions customers ask us most.",
        _FAQ,
    ),
    "/contact/": _page(
        "/contact/",
        "Contact Us",
        "Phone, WhatsApp, email or message Dunmore &amp; Webb.",
        _CONTACT,
    ),
}

QUESTIONS = [
    (
        "Boiler's packed up this morning, no heating or hot water and we've got a three week old baby. "
        "Is there any chance someone can get here today?",
        "/breakdowns/",
    ),
    (
        "boiler cut out overnight when it was minus 4 and theres a gurgling noise coming from it. "
        "anything I can try myself before I pay for someone to come out",
        "/breakdowns/",
    ),
    ("How much is a boiler service?", "/prices/"),
    (
        "My Vaillant was only put in two years ago and it's stopped firing up. Do I ring you or Vaillant?",
        "/boiler-repairs/",
    ),
    (
        "The booklet that came with our boiler says it has to be serviced every year or the guarantee's void. "
        "Will you fill that bit in when you do it?",
        "/boiler-servicing/",
    ),
    (
        "I rent out a flat in Olton and need the yearly gas certificate doing. The tenant's in all day, "
        "do I have to be there as well?",
        "/landlord-gas-safety/",
    ),
    ("how much for a landlord gas cert, its just a combi and a gas hob", "/landlord-gas-safety/"),
    (
        "We've had a new gas cooker delivered and the delivery lads said they're not allowed to connect it. "
        "Can you come and hook it up?",
        "/gas-cookers-hobs/",
    ),
    (
        "Water is coming through the kitchen ceiling from the bathroom!! What do I do until you get here",
        "/leaks-and-taps/",
    ),
    (
        "Thinking of getting a tap put on the outside wall for washing the car. Do I have to do anything with it "
        "over the winter?",
        "/leaks-and-taps/",
    ),
    ("toilet wont stop running, you can hear it trickling into the bowl all day and night", "/toilets-and-sinks/"),
    (
        "Bathroom sink is blocked solid. I've already tipped a whole bottle of drain unblocker down it, "
        "is that going to be a problem?",
        "/toilets-and-sinks/",
    ),
    (
        "The pump for our shower has started making a horrible screaming noise and the water's been coming out "
        "really feeble for about a week",
        "/showers-and-pumps/",
    ),
    ("Can you fit a pump to my shower? I've got a combi and the pressure's rubbish", "/showers-and-pumps/"),
    (
        "The little gauge on my boiler keeps dropping below 1 and I'm having to top it up every few days. "
        "Whats going on?",
        "/radiators-and-pressure/",
    ),
    (
        "One of the radiators in my daughter's room is hot at the top but freezing at the bottom, "
        "bleeding it hasn't helped",
        "/radiators-and-pressure/",
    ),
    ("Do you take card? I never have cash on me", "/prices/"),
    (
        "Are you 24 hours? Just want to know who to ring if something goes in the middle of the night",
        "/hours-and-bookings/",
    ),
    ("What happens if I have to cancel on the morning of the appointment, do you charge?", "/hours-and-bookings/"),
    ("do you come out to dorridge", "/areas-we-cover/"),
    (
        "You sorted my boiler back in March and now it's doing exactly the same thing again. "
        "Am I going to have to pay for another call out?",
        "/guarantees/",
    ),
    ("I can smell gas near the meter cupboard what should I do", "/gas-emergency/"),
    (
        "My mum's 84 and lives on her own. How can she tell the person who turns up is actually gas safe "
        "and not some cowboy?",
        "/about-us/",
    ),
    (
        "Our boiler's 19 years old and we're thinking of replacing it. "
        "Do you charge to come round and give us a price?",
        "/faq/",
    ),
    ("Can I send you a picture of the leak on WhatsApp so you can see what it is", "/contact/"),
]

OUT_OF_SCOPE = [
    "Do you install air source heat pumps?",
    "Can I spread the cost of a new boiler over monthly payments?",
    "Do you do a discount for pensioners?",
    "Do you offer a yearly boiler cover plan that includes repairs, like British Gas do?",
    "Could you lay underfloor heating in our new kitchen extension?",
    "Do you fit Hive or Nest smart thermostats?",
    "What time does the tip at Bickenhill open on a Sunday?",
    "Can you recommend a good dog groomer in Shirley?",
]
