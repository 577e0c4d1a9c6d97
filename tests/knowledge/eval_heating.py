"""An evaluation site: Hartley & Sons Plumbing and Heating, a family-run plumbing, heating and gas firm in Leeds (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Webflow-like markup: section/container/
w-layout-grid wrappers, w-richtext blocks, a tabs component with every pane in the HTML, price cards, an
accordion FAQ, and a <main> element only on the home page.
"""

NAME = "Hartley & Sons Plumbing and Heating"

_NAV = [
    ("/", "Home"),
    ("/boiler-installation/", "New Boilers"),
    ("/boiler-servicing/", "Boiler Servicing"),
    ("/boiler-repairs/", "Boiler Repairs"),
    ("/central-heating/", "Central Heating"),
    ("/heat-pumps/", "Heat Pumps"),
    ("/bathrooms/", "Bathrooms"),
    ("/leaks-and-drains/", "Leaks &amp; Drains"),
    ("/emergency-call-out/", "Emergency Call-Out"),
    ("/landlord-gas-safety/", "Landlords"),
    ("/boiler-finance/", "Finance"),
    ("/prices/", "Prices"),
    ("/booking-and-payment/", "Booking &amp; Payment"),
    ("/guarantees-and-complaints/", "Guarantees"),
    ("/our-team/", "Our Team"),
    ("/reviews/", "Reviews"),
    ("/faq/", "FAQ"),
    ("/contact/", "Contact"),
]


def _menu():
    services = "\n".join(
        f'            <a href="{href}" class="dropdown-link w-dropdown-link">{label}</a>' for href, label in _NAV[1:11]
    )
    about = "\n".join(
        f'            <a href="{href}" class="dropdown-link w-dropdown-link">{label}</a>' for href, label in _NAV[11:]
    )
    return f"""<div data-collapse="medium" data-animation="default" class="navbar w-nav" role="banner">
  <div class="top-bar"><div class="container w-container"><div class="top-bar-flex">
    <div class="top-bar-text">Gas Safe Registered No. 204417 &middot; Family run since 1987</div>
    <a href="tel:01132496031" class="top-bar-phone">0113 249 6031</a>
    <a href="/emergency-call-out/" class="top-bar-emergency">24/7 Emergencies</a>
  </div></div></div>
  <div class="container w-container">
    <a href="/" aria-current="page" class="brand w-nav-brand"><img src="/images/hartley-logo.svg" loading="lazy"
      width="190" alt="Hartley &amp; Sons Plumbing and Heating" class="logo"></a>
    <nav role="navigation" class="nav-menu w-nav-menu">
      <a href="/" class="nav-link w-nav-link">Home</a>
      <div data-hover="true" data-delay="0" class="dropdown w-dropdown">
        <div class="dropdown-toggle w-dropdown-toggle">
          <div class="w-icon-dropdown-toggle"></div><div>Services</div></div>
        <nav class="dropdown-list mega-menu w-dropdown-list">
          <div class="w-layout-grid mega-grid">
{services}
          </div>
        </nav>
      </div>
      <div data-hover="true" data-delay="0" class="dropdown w-dropdown">
        <div class="dropdown-toggle w-dropdown-toggle">
          <div class="w-icon-dropdown-toggle"></div><div>About</div></div>
        <nav class="dropdown-list w-dropdown-list">
{about}
        </nav>
      </div>
      <a href="/booking-and-payment/" class="button nav-button w-button">Book Now</a>
    </nav>
    <div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
  </div>
</div>"""


_FOOTER = """<div class="cta-section">
  <div class="container w-container"><div class="cta-wrap">
    <h2 class="cta-heading">Need a Gas Safe engineer?</h2>
    <a href="/booking-and-payment/" class="button w-button">Book Now</a>
    <a href="tel:01132496031" class="button button-outline w-button">Call 0113 249 6031</a>
  </div></div>
</div>
<footer class="footer">
  <div class="container w-container">
    <div class="w-layout-grid footer-grid">
      <div class="footer-col">
        <img src="/images/hartley-logo-white.svg" loading="lazy" width="160" alt="Hartley &amp; Sons">
        <p class="footer-text">Hartley &amp; Sons Plumbing and Heating Ltd<br>Unit 4, Kirkstall Trading Estate,
          Savins Mill Way, Leeds LS5 3RP</p>
        <p class="footer-text">Tel: <a href="tel:01132496031">0113 249 6031</a><br>
          Email: <a href="mailto:office@hartleyandsons.co.uk">office@hartleyandsons.co.uk</a></p>
      </div>
      <div class="footer-col">
        <h4 class="footer-heading">Office hours</h4>
        <p class="footer-text">Mon&ndash;Fri 8am&ndash;5:30pm<br>Sat 9am&ndash;1pm<br>Emergency line 24/7</p>
      </div>
      <div class="footer-col">
        <h4 class="footer-heading">Quick links</h4>
        <a href="/boiler-installation/" class="footer-link">New Boilers</a>
        <a href="/boiler-servicing/" class="footer-link">Servicing</a>
        <a href="/prices/" class="footer-link">Prices</a>
        <a href="/faq/" class="footer-link">FAQ</a>
        <a href="/contact/" class="footer-link">Contact</a>
      </div>
      <div class="footer-col">
        <h4 class="footer-heading">Follow us</h4>
        <a href="https://www.facebook.com/hartleyandsonsleeds" class="social-link w-inline-block">Facebook</a>
        <a href="https://www.instagram.com/hartleyandsons" class="social-link w-inline-block">Instagram</a>
        <a href="https://www.checkatrade.com/trades/hartleyandsons" class="social-link w-inline-block">Checkatrade</a>
        <img src="/images/gas-safe-badge.png" loading="lazy" width="70" alt="Gas Safe Register">
      </div>
    </div>
    <div class="footer-bottom">
      <div>&copy; 2026 Hartley &amp; Sons Plumbing and Heating Ltd. Registered in England No. 05561823.</div>
      <div>Site by <a href="https://www.example-webagency.co.uk">Pixel Yard</a></div>
    </div>
  </div>
</footer>
<div class="cookie-banner" id="cookie-banner">
  <div class="cookie-text">We use cookies to understand how visitors use our site.
    By continuing you agree to this.</div>
  <a href="#" class="cookie-accept w-button">Accept</a>
</div>"""

_TESTIMONIALS = """<div class="section testimonials-section">
  <div class="container w-container">
    <h2 class="section-heading">What our customers say</h2>
    <div class="w-layout-grid testimonial-grid">
      <div class="testimonial-card"><div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
        <p>"Dan was tidy, polite and had the boiler going again in under an hour." &ndash; Sue, Horsforth</p></div>
      <div class="testimonial-card"><div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
        <p>"Honest advice, no hard sell. Would recommend." &ndash; Imran, Roundhay</p></div>
      <div class="testimonial-card"><div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
        <p>"Great job on our new radiators, turned up when they said they would." &ndash; Carol, Pudsey</p></div>
    </div>
  </div>
</div>"""


def _page(title, description, body, main=False, testimonials=False):
    content = body + ("\n" + _TESTIMONIALS if testimonials else "")
    if main:
        content = f'<main class="main-wrapper">\n{content}\n</main>'
    else:
        content = f'<div class="page-wrapper">\n{content}\n</div>'
    return f"""<!DOCTYPE html>
<!-- This site was created in Webflow. https://webflow.com -->
<html data-wf-page="64a1f0c2b7e9d3001a5e" data-wf-site="64a1f0c2b7e9d3001a4f" lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{title} | Hartley &amp; Sons Plumbing and Heating Leeds</title>
  <meta content="{description}" name="description">
  <meta content="{title} | Hartley &amp; Sons" property="og:title">
  <meta content="width=device-width, initial-scale=1" name="viewport">
  <meta content="Webflow" name="generator">
  <link href="/css/normalize.css" rel="stylesheet" type="text/css">
  <link href="/css/webflow.css" rel="stylesheet" type="text/css">
  <link href="/css/hartley-and-sons.webflow.css" rel="stylesheet" type="text/css">
  <link href="/images/favicon.png" rel="shortcut icon" type="image/x-icon">
  <script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
  gtag('js',new Date());gtag('config','G-HS19870113');</script>
</head>
<body class="body">
{_menu()}
{content}
{_FOOTER}
<script src="/js/webflow.js" type="text/javascript"></script>
</body>
</html>
"""


def _hero(heading, sub):
    return f"""<div class="section hero-inner">
  <div class="container w-container">
    <div class="breadcrumbs"><a href="/" class="breadcrumb-link">Home</a> / <span>{heading}</span></div>
    <h1 class="hero-heading">{heading}</h1>
    <p class="hero-paragraph">{sub}</p>
  </div>
</div>"""


_SIDEBAR = """<div class="sidebar">
  <div class="sidebar-widget">
    <h4 class="widget-heading">Boiler broken?</h4>
    <p>Our engineers carry common parts on the van. Call us or book online.</p>
    <a href="/booking-and-payment/" class="button w-button">Book Now</a>
  </div>
  <div class="sidebar-widget">
    <h4 class="widget-heading">Our services</h4>
    <a href="/boiler-installation/" class="sidebar-link">New boilers</a>
    <a href="/boiler-repairs/" class="sidebar-link">Repairs</a>
    <a href="/central-heating/" class="sidebar-link">Central heating</a>
    <a href="/landlord-gas-safety/" class="sidebar-link">Landlord certificates</a>
  </div>
</div>"""


def _content(body, sidebar=False):
    side = _SIDEBAR if sidebar else ""
    cls = "w-layout-grid content-grid" + (" with-sidebar" if sidebar else "")
    return f"""<div class="section">
  <div class="container w-container">
    <div class="{cls}">
      <div class="w-richtext">
{body}
      </div>
{side}
    </div>
  </div>
</div>"""


_HOME = _page(
    "Plumbers &amp; Gas Engineers in Leeds",
    "Family-run Gas Safe plumbing and heating engineers in Leeds since 1987.",
    """<div class="section hero-home">
  <div class="container w-container">
    <div class="w-layout-grid hero-grid">
      <div class="hero-left">
        <h1 class="hero-heading">Leeds plumbing &amp; heating, done properly since 1987</h1>
        <p class="hero-paragraph">Boilers, central heating, bathrooms and plumbing repairs from a local family
          firm. Every gas job is carried out by our own Gas Safe registered engineers &ndash; never subcontractors.</p>
        <a href="/booking-and-payment/" class="button w-button">Book an engineer</a>
        <a href="/boiler-installation/" class="button button-outline w-button">Get a boiler quote</a>
      </div>
      <div class="hero-right"><img src="/images/van-and-team.jpg" loading="lazy" alt="Hartley van"></div>
    </div>
  </div>
</div>
<div class="section">
  <div class="container w-container">
    <div class="w-richtext">
      <h2>About Hartley &amp; Sons</h2>
      <p>Hartley &amp; Sons was started by Mick Hartley in 1987 with one van and a toolbox. Today his sons Dan and
        Tom run the business alongside a team of eleven, but we're still the same family firm: you'll speak to a
        real person in our Kirkstall office, and the engineer who turns up will be one of ours.</p>
      <p>We look after around 4,000 homes across Leeds, from a dripping tap to a full heating system. We're
        Worcester Bosch Accredited Installers, Vaillant Advance installers and members of the Chartered Institute
        of Plumbing and Heating Engineering (CIPHE).</p>
    </div>
    <div class="w-layout-grid services-grid">
      <a href="/boiler-installation/" class="service-card w-inline-block"><h3>New boilers</h3>
        <p>Fixed-price installs with up to 12 years' warranty.</p></a>
      <a href="/boiler-servicing/" class="service-card w-inline-block"><h3>Servicing &amp; plans</h3>
        <p>Annual services and monthly cover plans.</p></a>
      <a href="/boiler-repairs/" class="service-card w-inline-block"><h3>Repairs</h3>
        <p>All major boiler makes diagnosed and fixed.</p></a>
      <a href="/central-heating/" class="service-card w-inline-block"><h3>Central heating</h3>
        <p>Radiators, power flushing, thermostats, underfloor heating.</p></a>
      <a href="/heat-pumps/" class="service-card w-inline-block"><h3>Heat pumps</h3>
        <p>MCS certified air source heat pump installs.</p></a>
      <a href="/bathrooms/" class="service-card w-inline-block"><h3>Bathrooms</h3>
        <p>Design, supply and fit.</p></a>
    </div>
  </div>
</div>
<div class="section stats-section">
  <div class="container w-container">
    <div class="w-layout-grid stats-grid">
      <div class="stat"><div class="stat-number">39</div><div>years in business</div></div>
      <div class="stat"><div class="stat-number">11</div><div>engineers &amp; staff</div></div>
      <div class="stat"><div class="stat-number">4,000</div><div>homes looked after</div></div>
    </div>
  </div>
</div>""",
    main=True,
    testimonials=True,
)

_INSTALL = _page(
    "New Boiler Installation",
    "Fixed-price combi, system and regular boiler installation in Leeds with long manufacturer warranties.",
    _hero("New Boiler Installation", "Fixed-price quotes, fitted by our own engineers, with long warranties.")
    + "\n"
    + _content(
        """<h2>Which boiler do we recommend?</h2>
<p>We mainly fit <strong>Worcester Bosch</strong> and <strong>Vaillant</strong> boilers, and Ideal for customers on
  a tighter budget. As accredited installers we can offer extended manufacturer warranties that you wouldn't get
  from a non-accredited fitter:</p>
<table class="warranty-table">
  <thead><tr><th>Boiler</th><th>Type</th><th>Warranty when fitted by us</th></tr></thead>
  <tbody>
    <tr><td>Worcester Bosch Greenstar 4000</td><td>Combi</td><td>10 years</td></tr>
    <tr><td>Worcester Bosch Greenstar 8000 Life</td><td>Combi / system</td><td>12 years</td></tr>
    <tr><td>Vaillant ecoTEC plus</td><td>Combi / system / regular</td><td>10 years</td></tr>
    <tr><td>Vaillant ecoTEC exclusive</td><td>Combi</td><td>12 years</td></tr>
    <tr><td>Ideal Logic Max</td><td>Combi</td><td>7 years</td></tr>
  </tbody>
</table>
<p>Warranties are conditional on the boiler being serviced every 12 months by a Gas Safe engineer and the
  system having a magnetic filter fitted, which we include as standard.</p>
<h2>How an installation works</h2>
<p>After a free survey at your home (about 45 minutes), we send a written fixed-price quote within two working
  days. A like-for-like combi swap in the same position usually takes <strong>one day</strong>; converting an old
  system with a hot water cylinder and loft tanks to a combi, or moving the boiler to a different room, normally
  takes two to three days. We chemically flush the system, fit a magnetic filter, register the boiler with the
  manufacturer and with Building Control (Gas Safe notification), and take the old boiler away for recycling.</p>
<p>We'll show you how to use the controls before we leave, and you'll get the benchmark checklist and warranty
  paperwork by email within a week.</p>
<h3>Combi, system or regular?</h3>
<p>A combi heats water on demand and suits most homes with one bathroom. If you have two or more bathrooms used
  at the same time, a system boiler with an unvented cylinder usually gives better showers. Our surveyor will
  explain the options rather than push the dearest one.</p>""",
        sidebar=True,
    ),
)
_SERVICING = _page(
    "Boiler Servicing &amp; Service Plans",
    "Annual gas boiler servicing and HomeCare service plans from Hartley &amp; Sons in Leeds.",
    _hero("Boiler Servicing", "Keep your boiler safe, efficient and within warranty.")
    + """
<div class="section">
  <div class="container w-container">
    <div data-current="Tab 1" data-easing="ease" data-duration-in="300" data-duration-out="100" class="tabs w-tabs">
      <div class="tabs-menu w-tab-menu" role="tablist">
        <a data-w-tab="Tab 1" class="tab-link w-inline-block w-tab-link w--current">
          <div>What a service includes</div></a>
        <a data-w-tab="Tab 2" class="tab-link w-inline-block w-tab-link"><div>HomeCare plans</div></a>
        <a data-w-tab="Tab 3" class="tab-link w-inline-block w-tab-link"><div>Why service?</div></a>
      </div>
      <div class="tabs-content w-tab-content">
        <div data-w-tab="Tab 1" class="tab-pane w-tab-pane w--tab-active">
          <div class="w-richtext">
            <h3>What happens at a service</h3>
            <p>A full service takes 45 minutes to an hour. Our engineer will:</p>
            <ul>
              <li>check the gas pressure, burner and flue gas readings with a calibrated analyser</li>
              <li>open up the boiler and clean the heat exchanger, burner and condensate trap</li>
              <li>check the flue is secure and terminates safely</li>
              <li>test safety devices, the pressure relief valve and the expansion vessel charge</li>
              <li>check your carbon monoxide alarm (we can fit one if you don't have one)</li>
            </ul>
            <p>You'll receive a service record by email the same day, which you should keep for your warranty.</p>
          </div>
        </div>
        <div data-w-tab="Tab 2" class="tab-pane w-tab-pane">
          <div class="w-richtext">
            <h3>HomeCare service plans</h3>
            <p>Spread the cost and get priority for breakdowns. All plans include the annual service and are paid
              by monthly Direct Debit with a 12-month minimum term.</p>
            <table>
              <thead><tr><th>Plan</th><th>Monthly</th><th>What's covered</th></tr></thead>
              <tbody>
                <tr><td>HomeCare Service</td><td>&pound;9.50</td><td>Annual service, 10% off repairs</td></tr>
                <tr><td>HomeCare Boiler</td><td>&pound;16.50</td><td>Annual service, unlimited breakdown call-outs
                  and labour on the boiler and controls, parts up to &pound;750 per claim</td></tr>
                <tr><td>HomeCare Complete</td><td>&pound;24.00</td><td>Everything in Boiler, plus the whole
                  heating system (radiators, valves, pump, pipework) and internal plumbing and drains</td></tr>
              </tbody>
            </table>
            <p>Boilers over 15 years old can only join HomeCare Service. There is a 30-day waiting period
              before breakdown claims on new plans, and faults that existed before joining aren't covered.
              Sludge and limescale damage are excluded unless a power flush has been done in the last three
              years.</p>
          </div>
        </div>
        <div data-w-tab="Tab 3" class="tab-pane w-tab-pane">
          <div class="w-richtext">
            <h3>Why have your boiler serviced?</h3>
            <p>Manufacturers require a yearly service to keep your warranty valid, and a serviced boiler uses
              less gas. Most importantly, a service finds problems such as a leaking flue seal or poor
              combustion before they become dangerous. We send a reminder text a month before your service is
              due.</p>
          </div>
        </div>
      </div>
    </div>
  </div>
</div>""",
    testimonials=True,
)

_REPAIRS = _page(
    "Boiler Repairs &amp; Breakdowns",
    "Boiler breakdown repairs for Worcester, Vaillant, Ideal, Baxi and more across Leeds.",
    _hero("Boiler Repairs", "No heating or hot water? We fix all major makes.")
    + "\n"
    + _content(
        """<h2>Common boiler faults we fix</h2>
<p>We repair Worcester Bosch, Vaillant, Ideal, Baxi, Glow-worm, Viessmann and Potterton gas boilers. Our vans
  carry the most common parts such as diverter valves, fans, pumps and PCBs, so around seven in ten repairs are
  finished on the first visit.</p>
<h3>Boiler keeps losing pressure</h3>
<p>If you're having to top the pressure back up to 1&ndash;1.5 bar every few days, water is escaping
  somewhere. It's usually a weeping radiator valve, a failed pressure relief valve (look for dripping from the
  copper pipe outside), or an expansion vessel that has lost its air charge. We test the vessel and trace the
  leak; re-charging a vessel is often a quick fix.</p>
<h3>Boiler showing a fault code</h3>
<p>Note down the code (for example EA on a Worcester or F28 on a Vaillant, both ignition failures) and tell us
  when you book. Try a single reset first. If it locks out again, don't keep resetting it.</p>
<h3>Condensate pipe frozen</h3>
<p>In a cold snap a frozen condensate pipe is the most common reason for a boiler to stop. Pour warm (not
  boiling) water along the outside pipe and reset the boiler.</p>
<h2>Repair or replace?</h2>
<p>If your boiler is over 12 years old and needs a major part such as a heat exchanger, we'll tell you honestly
  if the repair is poor value. If you go on to have a new boiler fitted by us within 30 days, we deduct the
  diagnostic charge from the installation price.</p>""",
        sidebar=True,
    ),
    testimonials=True,
)
_HEATING = _page(
    "Central Heating",
    "Radiators, power flushing, smart thermostats and underfloor heating in Leeds.",
    _hero("Central Heating", "Warmer rooms, lower bills, fewer cold spots.")
    + """
<div class="section">
  <div class="container w-container">
    <div data-current="Radiators" data-easing="ease" class="tabs w-tabs">
      <div class="tabs-menu w-tab-menu" role="tablist">
        <a data-w-tab="Radiators" class="tab-link w-inline-block w-tab-link w--current"><div>Radiators</div></a>
        <a data-w-tab="Power flushing" class="tab-link w-inline-block w-tab-link"><div>Power flushing</div></a>
        <a data-w-tab="Thermostats" class="tab-link w-inline-block w-tab-link"><div>Smart thermostats</div></a>
        <a data-w-tab="Underfloor" class="tab-link w-inline-block w-tab-link"><div>Underfloor heating</div></a>
      </div>
      <div class="tabs-content w-tab-content">
        <div data-w-tab="Radiators" class="tab-pane w-tab-pane w--tab-active">
          <div class="w-richtext">
            <h3>Radiators</h3>
            <p>We replace and move radiators, fit towel rails and designer column radiators, and upgrade old
              valves to thermostatic radiator valves (TRVs). Swapping a radiator for one the same size is
              normally done in under two hours without draining the whole system.</p>
            <p><strong>Cold at the top, warm at the bottom?</strong> That's trapped air. Turn the heating off,
              open the bleed screw with a radiator key until water spits out, then check the boiler pressure.
              <strong>Cold at the bottom or in the middle?</strong> That's usually sludge, and a power flush is
              the cure.</p>
          </div>
        </div>
        <div data-w-tab="Power flushing" class="tab-pane w-tab-pane">
          <div class="w-richtext">
            <h3>Power flushing</h3>
            <p>Over the years black iron oxide sludge builds up in radiators and pipes, causing cold spots,
              noisy boilers and breakdowns. A power flush pumps cleaning chemicals through the system at high
              flow, radiator by radiator, until the water runs clear. It takes a full day for a typical
              three-bedroom house. We finish with a corrosion inhibitor and, if there isn't one already, a
              magnetic filter.</p>
          </div>
        </div>
        <div data-w-tab="Thermostats" class="tab-pane w-tab-pane">
          <div class="w-richtext">
            <h3>Smart thermostats</h3>
            <p>We fit Hive, Nest, tado&deg; and Worcester Bosch Easy Control. Almost any boiler with a standard
              on/off thermostat connection will work with a smart thermostat, old or new; we'll check yours
              when you book. Some newer Vaillant and Worcester boilers can also use the maker's own
              modulating controls, which save a little more gas. Fitting takes about two hours, and we set up
              the app on your phone before we leave.</p>
          </div>
        </div>
        <div data-w-tab="Underfloor" class="tab-pane w-tab-pane">
          <div class="w-richtext">
            <h3>Underfloor heating</h3>
            <p>We install wet (water-based) underfloor heating in extensions, kitchens and new-build rooms, run
              from your existing boiler or a heat pump through its own manifold and room thermostats. It is
              best laid in a new screed floor, so talk to us before your builder pours the floor. For a single
              bathroom we usually recommend an electric mat instead, which we can fit under tiles.</p>
          </div>
        </div>
      </div>
    </div>
  </div>
</div>""",
)

_BATHROOMS = _page(
    "Bathroom Fitting",
    "Complete bathroom and en-suite design, supply and fitting in Leeds.",
    _hero("Bathrooms", "From a new shower to a complete bathroom, one team from start to finish.")
    + "\n"
    + _content(
        """<h2>A complete service</h2>
<p>We handle the whole job so you don't have to juggle trades: strip-out and skip, plumbing, electrics (by our
  NICEIC-registered electrician), plastering, tiling, flooring and decorating-ready finish. You can choose your
  suite from our supplier's showroom in Leeds city centre or supply your own; if you supply your own we can't
  guarantee the products themselves, only our fitting.</p>
<h3>How long does it take?</h3>
<p>A standard family bathroom refit takes around <strong>7 to 10 working days</strong>. A shower room or en-suite is
  usually 5 to 7 days. Wet rooms take longer because the floor has to be tanked and left to cure. While we work
  we'll keep a toilet working for you at the end of each day wherever possible.</p>
<h3>Design visit</h3>
<p>Our bathroom designer, Jess, visits to measure up and talk through layout and budget, then sends you a 3D
  plan and itemised quote. Most of our complete bathrooms cost between &pound;7,500 and &pound;14,000 including
  tiling.</p>
<h3>Accessible bathrooms</h3>
<p>We fit walk-in showers, level-access trays, grab rails and comfort-height toilets. If you're applying for a
  Disabled Facilities Grant through Leeds City Council, we can provide the quotes the council needs.</p>""",
    ),
    testimonials=True,
)

_LEAKS = _page(
    "Leaks, Burst Pipes &amp; Blocked Drains",
    "Leak detection, burst pipe repairs and blocked toilets, sinks and drains in Leeds.",
    _hero("Leaks &amp; Drains", "Everyday plumbing repairs, big and small.")
    + "\n"
    + _content(
        """<h2>Leaks and burst pipes</h2>
<p>If water is coming through a ceiling or a pipe has burst, act straight away:</p>
<ol>
  <li>Turn off the water at the <strong>stopcock</strong>. It's usually under the kitchen sink, sometimes in
    a downstairs toilet, cellar or under the stairs. Turn it clockwise.</li>
  <li>Switch off the electricity at the consumer unit if water is near lights, sockets or fittings.</li>
  <li>Open cold taps to drain the pipes, and turn off the boiler.</li>
  <li>If the ceiling is bulging, put a bucket underneath and carefully pierce the bulge so water comes out in
    one place rather than bringing the ceiling down.</li>
</ol>
<p>Then ring our emergency line. We also find hidden leaks using thermal imaging and acoustic detection, which
  saves lifting more floorboards than needed, and we can provide a report for your insurer.</p>
<h2>Blocked toilets, sinks and drains</h2>
<p>A toilet where the water rises to the rim and drains away slowly is blocked, either in the pan or further
  down the soil stack. Don't keep flushing. We clear blockages with plungers, augers and, for outside drains,
  high-pressure water jetting. Where a drain keeps blocking, we carry out a CCTV drain survey to find root
  ingress or a collapsed section.</p>
<p>Please note: blockages in shared drains or in the public sewer are the responsibility of Yorkshire Water,
  and we'll tell you if that's the case so you're not paying for something they fix for free.</p>
<h3>Dripping taps and running toilets</h3>
<p>We also fix dripping taps, toilets that keep refilling, leaking shower trays and noisy pipes.</p>""",
        sidebar=True,
    ),
)
_EMERGENCY = _page(
    "24 Hour Emergency Call-Out",
    "24/7 emergency plumbers and gas engineers in Leeds: call-out fees and response times.",
    _hero("Emergency Call-Out", "Day or night, 365 days a year: 0113 249 6031.")
    + "\n"
    + _content(
        """<h2>What counts as an emergency?</h2>
<p>Uncontrollable leaks and burst pipes, no heating or hot water, a blocked only toilet, or a suspected gas
  fault after the gas emergency service has made the supply safe. <strong>If you smell gas, leave the property
  and call the National Gas Emergency Service on 0800 111 999 first.</strong></p>
<h2>Response times</h2>
<p>During office hours we aim to be with you within <strong>2 hours</strong> for an emergency, and out of hours
  within <strong>3 hours</strong> for most of Leeds. Households with a baby under 12 months, someone over 75, or
  someone medically vulnerable are put to the front of the queue when they have no heating or hot water in
  winter &ndash; please tell us when you call.</p>
<h2>Emergency call-out fees</h2>
<table class="callout-table">
  <thead><tr><th>When</th><th>Call-out (includes first hour)</th><th>Each extra 30 minutes</th></tr></thead>
  <tbody>
    <tr><td>Mon&ndash;Fri 8am&ndash;6pm</td><td>&pound;95</td><td>&pound;30</td></tr>
    <tr><td>Mon&ndash;Fri 6pm&ndash;10pm, Saturday</td><td>&pound;145</td><td>&pound;45</td></tr>
    <tr><td>Overnight 10pm&ndash;8am, Sunday</td><td>&pound;185</td><td>&pound;55</td></tr>
    <tr><td>Bank holidays, 25&ndash;26 December, 1 January</td><td>&pound;220</td><td>&pound;60</td></tr>
  </tbody>
</table>
<p>Parts are charged on top. HomeCare Boiler and Complete plan members pay no call-out fee for covered
  breakdowns. The call-out fee is payable even if the problem has cleared by the time we arrive.</p>""",
        sidebar=True,
    ),
)

_LANDLORD = _page(
    "Landlord Gas Safety Certificates",
    "CP12 landlord gas safety certificates in Leeds from &pound;69.",
    _hero("Landlord Gas Safety Certificates", "CP12 inspections for landlords and letting agents.")
    + "\n"
    + _content(
        """<h2>Your legal duty</h2>
<p>If you let a property, the Gas Safety (Installation and Use) Regulations require every gas appliance and
  flue to be checked by a Gas Safe engineer every 12 months, and a copy of the record (often called a CP12)
  given to tenants within 28 days. You can have the check done up to two months before the old one expires
  and keep the same renewal date.</p>
<h2>Prices</h2>
<table>
  <thead><tr><th>Inspection</th><th>Price</th></tr></thead>
  <tbody>
    <tr><td>Gas safety certificate, boiler only</td><td>&pound;69</td></tr>
    <tr><td>Each additional appliance (hob, fire, cooker)</td><td>&pound;15</td></tr>
    <tr><td>Certificate plus full boiler service at the same visit</td><td>&pound;115</td></tr>
    <tr><td>Electrical Installation Condition Report (EICR)</td><td>from &pound;160</td></tr>
  </tbody>
</table>
<p>Certificates are emailed to you (and your agent, if you like) the same day. If an appliance fails, we'll
  make it safe, label it and quote for the repair.</p>
<h2>Portfolio landlords and agents</h2>
<p>We keep a renewal register for every property and contact you or your tenant six weeks before a
  certificate expires. Landlords and agents with five or more properties can open a trade account with 30-day
  invoicing. We arrange access directly with tenants if you prefer; if a tenant isn't in at a booked time we
  try twice more before letting you know, which gives you the evidence of reasonable steps you need.</p>""",
    ),
)

_HEATPUMPS = _page(
    "Air Source Heat Pumps",
    "MCS certified air source heat pump installation in Leeds and the &pound;7,500 Boiler Upgrade Scheme grant.",
    _hero("Heat Pumps", "Low-carbon heating, installed by an MCS certified local firm.")
    + "\n"
    + _content(
        """<h2>Is a heat pump right for my home?</h2>
<p>An air source heat pump takes heat from the outside air, even in winter, and uses it to heat your radiators
  and hot water. It works best in a reasonably well-insulated home. Some radiators may need upsizing, and
  you'll need room for a hot water cylinder. We install Vaillant aroTHERM plus and Mitsubishi Ecodan units.</p>
<h2>Boiler Upgrade Scheme grant</h2>
<p>We are <strong>MCS certified</strong>, so we can apply for the government's Boiler Upgrade Scheme on your
  behalf. The grant is <strong>&pound;7,500</strong> off the cost of an air source heat pump that replaces a gas,
  oil or electric heating system. It's taken off your invoice, so you never pay it upfront. To qualify you must
  own the property (including landlords) in England or Wales and have a valid Energy Performance Certificate
  with no outstanding recommendations for loft or cavity wall insulation.</p>
<h2>What it costs</h2>
<p>After the grant, most of our installs in three-bedroom homes cost between &pound;3,500 and &pound;7,000,
  depending on radiator changes and the cylinder. We carry out a room-by-room heat loss survey first, which
  costs &pound;150 and is refunded if you go ahead.</p>
<h2>Timescales</h2>
<p>From survey to switch-on usually takes six to ten weeks, mainly waiting for grant approval. The install
  itself takes three to five days.</p>""",
        sidebar=True,
    ),
)

_FINANCE = _page(
    "Boiler Finance",
    "Spread the cost of a new boiler with 0% or low-rate finance.",
    _hero("Boiler Finance", "Spread the cost of a new boiler or heating system.")
    + "\n"
    + _content(
        """<h2>Pay monthly for your new boiler</h2>
<p>We work with Novuna Consumer Finance to offer credit on boiler installations and heat pumps over
  &pound;1,000. Finance is subject to status and available to UK residents aged 18 and over.</p>
<table>
  <thead><tr><th>Option</th><th>Term</th><th>APR</th></tr></thead>
  <tbody>
    <tr><td>Interest free</td><td>12 or 24 months</td><td>0%</td></tr>
    <tr><td>Low rate</td><td>36 to 120 months</td><td>9.9% representative</td></tr>
  </tbody>
</table>
<p>Representative example: a boiler costing &pound;3,000, deposit &pound;300, borrowing &pound;2,700 over 60
  months at 9.9% APR representative: 60 monthly payments of &pound;56.74; total amount payable
  &pound;3,704.40.</p>
<h2>How to apply</h2>
<p>Once you've accepted your quote, we send you a link to apply online. It takes about ten minutes and most
  people get a decision straight away. A deposit of at least 10% is needed. You can settle early at any time
  without penalty.</p>
<p>Hartley &amp; Sons Plumbing and Heating Ltd is an Introducer Appointed Representative of Novuna Consumer
  Finance and is authorised and regulated by the Financial Conduct Authority. We are a credit broker, not a
  lender.</p>""",
    ),
)


def _card(name, price, note):
    return f"""        <div class="price-card">
          <div class="price-card-title">{name}</div>
          <div class="price">{price}</div>
          <div class="price-note">{note}</div>
          <a href="/booking-and-payment/" class="button small w-button">Book</a>
        </div>"""


_PRICES = _page(
    "Prices",
    "Our standard prices for boiler servicing, repairs, plumbing labour and power flushing.",
    _hero("Prices", "Clear prices, all including VAT. No surprises.")
    + """
<div class="section">
  <div class="container w-container">
    <div class="w-richtext">
      <p>These are our standard prices for planned (non-emergency) work booked in office hours. For bigger jobs
        such as new boilers and bathrooms we give a free fixed-price quote. All prices include VAT at 20%.</p>
    </div>
    <div class="w-layout-grid pricing-grid">
"""
    + "\n".join(
        [
            _card("Boiler service", "&pound;89", "One-off annual gas boiler service, any make"),
            _card("Boiler service + CO alarm", "&pound;115", "Service plus a fitted 10-year carbon monoxide alarm"),
            _card("Fault diagnosis", "&pound;85", "First hour of boiler or heating fault-finding"),
            _card("Plumber / engineer labour", "&pound;75/hr", "First hour, then &pound;35 per half hour"),
            _card("Power flush", "from &pound;450", "Up to 10 radiators, inhibitor included"),
            _card("Magnetic system filter", "&pound;180", "Fitted, e.g. Fernox TF1 or Adey MagnaClean"),
            _card("Radiator swap", "from &pound;240", "Like-for-like, supplied and fitted"),
            _card("Smart thermostat", "from &pound;249", "Hive or tado&deg; supplied and fitted"),
            _card("New combi boiler", "from &pound;2,450", "Like-for-like swap, fixed price after survey"),
        ]
    )
    + """
    </div>
    <div class="w-richtext">
      <h3>Small print</h3>
      <p>Labour is charged in half-hour blocks after the first hour. Parts are charged at our supplier price plus
        a handling margin and are itemised on your invoice. We charge a &pound;15 parking or congestion charge
        only where we have to pay to park (for example in the city centre). Pensioners over 70 get 10% off
        labour on planned work &ndash; just mention it when booking.</p>
    </div>
  </div>
</div>""",
)

_BOOKING = _page(
    "Booking, Quotes &amp; Payment",
    "How to book an engineer, get a quote, pay, and our cancellation policy.",
    _hero("Booking &amp; Payment", "Book online, by phone or by email.")
    + "\n"
    + _content(
        """<h2>Booking a visit</h2>
<p>Ring the office on 0113 249 6031, email us, or use the booking form below. For planned work we offer
  morning (8am&ndash;12pm) or afternoon (12pm&ndash;5pm) slots, and we text you when the engineer is on the way
  with a 30-minute arrival window. Weekday evening and Saturday slots are available for services at no extra
  charge, subject to availability.</p>
<h2>Quotes</h2>
<p>Quotes for new boilers, bathrooms, heat pumps and larger heating jobs are <strong>free and
  no-obligation</strong>, and are valid for 30 days. For repairs we can't price without seeing them, we charge
  the fault diagnosis fee, and then give you a price before doing any further work.</p>
<h2>Deposits</h2>
<p>Boiler installations need a 20% deposit to secure the date, bathrooms 30%. The balance is due on
  completion.</p>
<h2>Paying us</h2>
<p>The engineer takes payment on completion by debit or credit card (Visa and Mastercard; we don't accept
  American Express) or Apple Pay and Google Pay. You can also pay by bank transfer within 7 days of the invoice.
  We no longer accept cheques, and our engineers don't carry cash.</p>
<h2>Cancelling or rearranging</h2>
<p>Let us know at least <strong>24 hours</strong> before your appointment and there's no charge. If you cancel
  with less notice, or we turn up and can't get in, we charge a &pound;45 missed appointment fee. Cancelling a
  booked installation within 7 days of the start date loses the deposit, unless we can re-book the slot.</p>
<form class="booking-form w-form" action="#">
  <label>Name</label><input type="text" class="w-input" name="name">
  <label>Postcode</label><input type="text" class="w-input" name="postcode">
  <label>What do you need?</label><textarea class="w-input" name="message"></textarea>
  <input type="submit" value="Request a booking" class="button w-button">
</form>""",
        sidebar=True,
    ),
)

_GUARANTEES = _page(
    "Guarantees &amp; Complaints",
    "Our workmanship guarantees and how to raise a complaint.",
    _hero("Guarantees &amp; Complaints", "We stand behind our work.")
    + "\n"
    + _content(
        """<h2>Our workmanship guarantee</h2>
<ul>
  <li><strong>Repairs and plumbing work:</strong> 12 months on our labour. If a part we fitted fails within
    that time, we come back and put it right free of charge.</li>
  <li><strong>Boiler installations:</strong> 2 years on our installation work, on top of the manufacturer's
    boiler warranty.</li>
  <li><strong>Bathrooms:</strong> 5 years on our workmanship, including tiling and sealing.</li>
</ul>
<p>The guarantee doesn't cover damage caused by someone else working on the system, freezing, or parts the
  customer supplied. Installations over &pound;500 are also protected by an insurance-backed guarantee through
  HIES, so your guarantee is honoured even if we ceased trading.</p>
<h2>Making a complaint</h2>
<p>We hope you'll never need this, but if something isn't right, please tell us. Email Tom Hartley, our
  director, at <a href="mailto:tom@hartleyandsons.co.uk">tom@hartleyandsons.co.uk</a> or write to the office.
  We'll acknowledge your complaint within 2 working days and aim to resolve it within 14 days, usually with a
  visit.</p>
<p>If you're still not happy, you can refer it to our trade body, the CIPHE, or for gas safety concerns
  directly to Gas Safe Register. As a HIES member we also offer free independent dispute resolution.</p>""",
    ),
)


def _person(name, role, text):
    return f"""      <div class="team-card">
        <img src="/images/team-{name.split()[0].lower()}.jpg" loading="lazy" alt="{name}" class="team-photo">
        <h3 class="team-name">{name}</h3>
        <div class="team-role">{role}</div>
        <p>{text}</p>
      </div>"""


_TEAM = _page(
    "Our Team",
    "Meet the Hartley &amp; Sons family and our Gas Safe registered engineers.",
    _hero("Our Team", "A family firm with a team you'll get to know.")
    + """
<div class="section">
  <div class="container w-container">
    <div class="w-richtext">
      <p>Every engineer who works on gas in your home is directly employed by us, DBS checked, and carries a Gas
        Safe ID card showing their photo, licence number and the types of gas work they're qualified to do.
        Ask to see it: a genuine engineer will always be happy to show you. You can also check any of our
        engineers on the Gas Safe Register website or by calling Gas Safe on 0800 408 5500, quoting our
        business registration number 204417.</p>
    </div>
    <div class="w-layout-grid team-grid">
"""
    + "\n".join(
        [
            _person(
                "Mick Hartley",
                "Founder",
                "Started the firm in 1987. Semi-retired, but still does the odd "
                "service for customers he's known for thirty years.",
            ),
            _person(
                "Dan Hartley",
                "Director &amp; lead gas engineer",
                "Gas Safe, heat pump (MCS) and unvented hot water qualified. Runs the installation side.",
            ),
            _person("Tom Hartley", "Director", "Looks after the office, quotes and customer care."),
            _person(
                "Priya Shah", "Gas engineer", "Worcester Bosch and Vaillant trained; our boiler repair specialist."
            ),
            _person("Callum Reid", "Plumbing &amp; drainage engineer", "Leaks, blockages and CCTV surveys."),
            _person("Jess Whitaker", "Bathroom designer", "Plans every bathroom and en-suite we fit."),
            _person("Liam O'Connor", "Apprentice", "Second-year apprentice at Leeds College of Building."),
        ]
    )
    + """
    </div>
  </div>
</div>""",
)

_REVIEWS = _page(
    "Customer Reviews",
    "Read reviews of Hartley &amp; Sons on Checkatrade, Google and Which? Trusted Traders.",
    _hero("Reviews", "Don't just take our word for it.")
    + "\n"
    + _content(
        """<h2>Where to find our reviews</h2>
<p>We've been on <strong>Checkatrade</strong> since 2011, where we hold an overall score of <strong>9.8 out of
  10</strong> from over 1,100 verified reviews. On Google we're rated 4.9 stars from more than 600 reviews,
  and we're a <strong>Which? Trusted Trader</strong>, which means we've passed an assessment of our work,
  records and customer service by Which?.</p>
<p>After every job you'll get a text inviting you to leave a review. We read every one, good or bad, and
  Tom replies personally to any that raise a concern.</p>
<h2>Recent reviews</h2>
<div class="review-list">
  <div class="review"><div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
    <p>"New Worcester combi fitted in a day, old tanks out of the loft too. Dan explained everything."
      &ndash; Gareth, Headingley</p></div>
  <div class="review"><div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
    <p>"Burst pipe on Boxing Day and Callum was here within two hours. Lifesaver." &ndash; Maria, Armley</p></div>
  <div class="review"><div class="stars">&#9733;&#9733;&#9733;&#9733;&#9734;</div>
    <p>"Bathroom looks fantastic, ran two days over because of a tile delay but they kept us updated."
      &ndash; Hannah, Chapel Allerton</p></div>
  <div class="review"><div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
    <p>"Sorted our gas certificates for four flats in one morning." &ndash; Raj, Hyde Park</p></div>
</div>
<a href="https://www.checkatrade.com/trades/hartleyandsons" class="button w-button">Read all reviews</a>""",
    ),
)


def _faq(question, answer):
    return f"""    <div class="accordion-item">
      <button class="accordion-toggle" aria-expanded="false">{question}</button>
      <div class="accordion-panel"><p>{answer}</p></div>
    </div>"""


_FAQ = _page(
    "FAQ",
    "Frequently asked questions about our plumbing and heating services.",
    _hero("Frequently Asked Questions", "Quick answers to the things we're asked most.")
    + """
<div class="section">
  <div class="container w-container">
  <div class="accordion">
"""
    + "\n".join(
        [
            _faq(
                "Do you work on oil or LPG boilers?",
                "We work on natural gas and LPG boilers. We're not "
                "OFTEC registered, so we don't service or repair oil-fired boilers; we're happy to recommend "
                "a local oil engineer.",
            ),
            _faq(
                "Will the engineer protect my floors?",
                "Yes. Our engineers wear shoe covers indoors, or "
                "take their boots off if you prefer, and lay dust sheets where they're working.",
            ),
            _faq(
                "Do I need to be at home?",
                "Someone over 18 needs to be there to let us in and show us the "
                "boiler. It doesn't have to be you; a neighbour or family member is fine.",
            ),
            _faq(
                "Do you work on back boilers?",
                "Yes. We still repair and service many back boilers behind gas "
                "fires, and we replace them with a modern boiler in a new position when they're beyond "
                "economical repair.",
            ),
            _faq(
                "Can you fix a boiler you didn't install?",
                "Of course. Most of the boilers we repair were fitted by someone else.",
            ),
            _faq(
                "My hot water goes cold when someone runs a tap. Is that normal?",
                "On a combi boiler the "
                "flow is shared between taps, so some drop is normal. A sudden change to cold often means a "
                "faulty diverter valve or low mains pressure; book a repair and we'll test both.",
            ),
            _faq(
                "Do you do commercial work?",
                "We look after small commercial premises like shops, caf&eacute;s "
                "and offices, but not large commercial boilers or catering equipment.",
            ),
        ]
    )
    + """
  </div>
  </div>
</div>""",
)

_CONTACT = _page(
    "Contact Us &amp; Areas We Cover",
    "Contact Hartley &amp; Sons and see the areas of Leeds and West Yorkshire we cover.",
    _hero("Contact Us", "Call, email or drop in to our Kirkstall office.")
    + "\n"
    + _content(
        """<h2>Get in touch</h2>
<p>Phone: <a href="tel:01132496031">0113 249 6031</a> (24/7 for emergencies)<br>
  Email: <a href="mailto:office@hartleyandsons.co.uk">office@hartleyandsons.co.uk</a> (we reply within one
  working day)<br>WhatsApp: 07700 914 552 (office hours, photos of your boiler welcome)</p>
<h2>Visiting our office</h2>
<p>Unit 4, Kirkstall Trading Estate, Savins Mill Way, Leeds LS5 3RP. We're behind the Kirkstall Retail Park,
  turning off Kirkstall Road. There are four <strong>free customer parking spaces</strong> in front of the unit,
  marked "Hartley visitors". The number 33 and 34 buses stop on Kirkstall Road, five minutes' walk away. The
  office is open Monday to Friday 8am&ndash;5:30pm and Saturday 9am&ndash;1pm, and is closed on bank holidays
  (the emergency line still runs). We have a small display of boilers and controls you're welcome to look at.</p>
<h2>Areas we cover</h2>
<p>We cover all of Leeds, including Headingley, Horsforth, Kirkstall, Bramley, Pudsey, Armley, Chapel Allerton,
  Roundhay, Moortown, Alwoodley, Meanwood, Rothwell, Morley, Garforth, Cross Gates, Otley, Yeadon, Guiseley and
  Wetherby. We also work in Shipley, Baildon and Calverley. We don't currently cover Harrogate, Bradford city
  centre or Wakefield. For areas outside LS postcodes a &pound;20 travel charge may apply on planned work.</p>""",
        sidebar=True,
    ),
)

HTML = {
    "/": _HOME,
    "/boiler-installation/": _INSTALL,
    "/boiler-servicing/": _SERVICING,
    "/boiler-repairs/": _REPAIRS,
    "/central-heating/": _HEATING,
    "/heat-pumps/": _HEATPUMPS,
    "/bathrooms/": _BATHROOMS,
    "/leaks-and-drains/": _LEAKS,
    "/emergency-call-out/": _EMERGENCY,
    "/landlord-gas-safety/": _LANDLORD,
    "/boiler-finance/": _FINANCE,
    "/prices/": _PRICES,
    "/booking-and-payment/": _BOOKING,
    "/guarantees-and-complaints/": _GUARANTEES,
    "/our-team/": _TEAM,
    "/reviews/": _REVIEWS,
    "/faq/": _FAQ,
    "/contact/": _CONTACT,
}

QUESTIONS = [
    ("How much for a boiler service? Nothing's wrong with it, it's just due", "/prices/"),
    ("whats a power flush cost roughly, 3 bed semi with 9 rads", "/prices/"),
    (
        "What do you charge per hour for a plumber? Not urgent, I just want an outside tap put in sometime next week.",
        "/prices/",
    ),
    (
        "I keep having to top up the pressure on my combi every couple of days with that little tap underneath, "
        "what's going on",
        "/boiler-repairs/",
    ),
    ("If I get a Worcester Bosch fitted by you how many years guarantee does it come with?", "/boiler-installation/"),
    (
        "If I go on your monthly boiler plan and it breaks down, do I still have to pay for the parts?",
        "/boiler-servicing/",
    ),
    (
        "The radiator in our back bedroom is stone cold at the top but warm at the bottom. Is it knackered?",
        "/central-heating/",
    ),
    (
        "We're having a kitchen extension built and my wife fancies heating under the floor instead of radiators, "
        "is that something you lot do?",
        "/central-heating/",
    ),
    ("Do you do the tiling as well or would I need to get a separate tiler in for the bathroom?", "/bathrooms/"),
    (
        "theres water dripping through the kitchen light from the bathroom upstairs what do i do till you get here",
        "/leaks-and-drains/",
    ),
    ("Toilet's blocked, water comes right up to the rim when we flush. Can you sort that?", "/leaks-and-drains/"),
    ("How much is it if I need someone out on a Sunday?", "/emergency-call-out/"),
    ("No heating and I've got a 4 month old, how quickly can someone get here?", "/emergency-call-out/"),
    (
        "I rent out a two-bed flat and the gas certificate runs out next month. How much do you charge for that?",
        "/landlord-gas-safety/",
    ),
    ("Is there any government money towards swapping our gas boiler for one of those heat pumps?", "/heat-pumps/"),
    ("can i pay for a new boiler monthly rather than all in one go", "/boiler-finance/"),
    ("Can I pay with my Amex when the engineer's finished?", "/booking-and-payment/"),
    (
        "Something's come up at work and I can't be in for tomorrow morning's appointment. Will you charge me?",
        "/booking-and-payment/",
    ),
    (
        "The valve you put on my radiator last spring has started dripping again, do I have to pay for you to come "
        "back out?",
        "/guarantees-and-complaints/",
    ),
    ("how do I know the guy you send is actually gas safe? my neighbour got stung by a cowboy", "/our-team/"),
    ("What's your score on Checkatrade?", "/reviews/"),
    ("Do you come out to Harrogate? It's for my daughter's house", "/contact/"),
    ("Is there parking at your office? I'd like to come and have a look at the boilers", "/contact/"),
    ("We're out in the sticks on oil heating, can you service an oil boiler", "/faq/"),
    ("We've just had cream carpets put down, will your engineer be taking his boots off?", "/faq/"),
]

OUT_OF_SCOPE = [
    "Do you install air conditioning units?",
    "Can you fit an electric car charger on my driveway?",
    "Do you put in solar panels or home batteries?",
    "Is there a discount for NHS staff?",
    "My washing machine isn't draining, can you fix it?",
    "Do you sell boiler spare parts to the public so I can fit them myself?",
    "What time does Kirkstall Abbey open at the weekend?",
    "What's the weather going to be like in Leeds this weekend?",
]
