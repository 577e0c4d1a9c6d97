"""An evaluation site: Fennick & Sons Plumbing and Heating, a north and central London plumbing and heating firm (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. A Webflow-exported template site with
w-* classes (w-nav, w-container, w-layout-grid, w-richtext, w-dropdown mega-menu) and a custom FAQ of
faq-question / faq-answer divs toggled by Webflow interactions (data-w-id attributes).
"""

NAME = "Fennick & Sons Plumbing and Heating"

_SITE_ID = "64b8e2f1c7a90d0012f3a100"

_PAGE_IDS = {
    "/": "64b8e2f1c7a90d0012f3a101",
    "/boiler-repairs/": "64b8e2f1c7a90d0012f3a1a4",
    "/boiler-servicing/": "64b8e2f1c7a90d0012f3a1b7",
    "/gas-safety-certificates/": "64b8e2f1c7a90d0012f3a1c2",
    "/new-boilers/": "64b8e2f1c7a90d0012f3a1d9",
    "/boiler-finance/": "64b8e2f1c7a90d0012f3a1e3",
    "/leaks-and-burst-pipes/": "64b8e2f1c7a90d0012f3a1f0",
    "/toilets-taps-and-showers/": "64b8e2f1c7a90d0012f3a20b",
    "/radiators-and-heating/": "64b8e2f1c7a90d0012f3a21e",
    "/blocked-sinks/": "64b8e2f1c7a90d0012f3a22a",
    "/prices/": "64b8e2f1c7a90d0012f3a236",
    "/payment/": "64b8e2f1c7a90d0012f3a24c",
    "/our-guarantee/": "64b8e2f1c7a90d0012f3a251",
    "/areas-we-cover/": "64b8e2f1c7a90d0012f3a26d",
    "/landlords-and-agents/": "64b8e2f1c7a90d0012f3a278",
    "/about-us/": "64b8e2f1c7a90d0012f3a283",
    "/faq/": "64b8e2f1c7a90d0012f3a29f",
    "/contact/": "64b8e2f1c7a90d0012f3a2a5",
}

_NAV = """
  <div class="top-bar">
    <div class="w-container top-bar-container">
      <div class="top-bar-text">Gas Safe registered &middot; Family run since 1987 &middot; Rated 4.9 on Google</div>
      <div class="top-bar-right">
        <a href="tel:02079460613" class="top-bar-link">Office 020 7946 0613</a>
        <a href="tel:02079460614" class="top-bar-link emergency">24/7 emergency line 020 7946 0614</a>
      </div>
    </div>
  </div>
  <div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease"
    data-easing2="ease" role="banner" class="navbar w-nav">
    <div class="w-container nav-container">
      <a href="/" aria-current="page" class="brand w-nav-brand">
        <img src="/images/fennick-logo.svg" loading="lazy" width="190"
          alt="Fennick &amp; Sons Plumbing and Heating" class="logo-image">
      </a>
      <nav role="navigation" class="nav-menu w-nav-menu">
        <div data-hover="true" data-delay="150" class="nav-dropdown w-dropdown">
          <div class="nav-dropdown-toggle w-dropdown-toggle">
            <div class="w-icon-dropdown-toggle"></div>
            <div>Boilers &amp; Gas</div>
          </div>
          <nav class="mega-menu w-dropdown-list">
            <div class="w-layout-grid mega-menu-grid">
              <a href="/boiler-repairs/" class="mega-link w-inline-block">
                <div class="mega-link-title">Boiler Repairs</div>
                <div class="mega-link-text">Breakdowns, no heating, no hot water</div>
              </a>
              <a href="/boiler-servicing/" class="mega-link w-inline-block">
                <div class="mega-link-title">Boiler Servicing</div>
                <div class="mega-link-text">Annual service for gas boilers</div>
              </a>
              <a href="/gas-safety-certificates/" class="mega-link w-inline-block">
                <div class="mega-link-title">Gas Safety Certificates</div>
                <div class="mega-link-text">CP12 landlord checks</div>
              </a>
              <a href="/new-boilers/" class="mega-link w-inline-block">
                <div class="mega-link-title">New Boilers</div>
                <div class="mega-link-text">Combi installs and replacements</div>
              </a>
              <a href="/boiler-finance/" class="mega-link w-inline-block">
                <div class="mega-link-title">Boiler Finance</div>
                <div class="mega-link-text">Monthly payment options</div>
              </a>
            </div>
          </nav>
        </div>
        <div data-hover="true" data-delay="150" class="nav-dropdown w-dropdown">
          <div class="nav-dropdown-toggle w-dropdown-toggle">
            <div class="w-icon-dropdown-toggle"></div>
            <div>Plumbing</div>
          </div>
          <nav class="mega-menu w-dropdown-list">
            <div class="w-layout-grid mega-menu-grid">
              <a href="/leaks-and-burst-pipes/" class="mega-link w-inline-block">
                <div class="mega-link-title">Leaks &amp; Burst Pipes</div>
                <div class="mega-link-text">Leak detection and water damage</div>
              </a>
              <a href="/toilets-taps-and-showers/" class="mega-link w-inline-block">
                <div class="mega-link-title">Toilets, Taps &amp; Showers</div>
                <div class="mega-link-text">Repairs and replacements</div>
              </a>
              <a href="/radiators-and-heating/" class="mega-link w-inline-block">
                <div class="mega-link-title">Radiators &amp; Heating</div>
                <div class="mega-link-text">Upgrades, controls and flushing</div>
              </a>
              <a href="/blocked-sinks/" class="mega-link w-inline-block">
                <div class="mega-link-title">Blocked Sinks</div>
                <div class="mega-link-text">Sinks, basins, baths and toilets</div>
              </a>
            </div>
          </nav>
        </div>
        <a href="/landlords-and-agents/" class="nav-link w-nav-link">Landlords</a>
        <a href="/prices/" class="nav-link w-nav-link">Prices</a>
        <a href="/areas-we-cover/" class="nav-link w-nav-link">Areas</a>
        <div data-hover="true" data-delay="150" class="nav-dropdown w-dropdown">
          <div class="nav-dropdown-toggle w-dropdown-toggle">
            <div class="w-icon-dropdown-toggle"></div>
            <div>About</div>
          </div>
          <nav class="dropdown-list w-dropdown-list">
            <a href="/about-us/" class="dropdown-link w-dropdown-link">About Us</a>
            <a href="/our-guarantee/" class="dropdown-link w-dropdown-link">Our Guarantee</a>
            <a href="/payment/" class="dropdown-link w-dropdown-link">Paying Us</a>
            <a href="/faq/" class="dropdown-link w-dropdown-link">FAQ</a>
          </nav>
        </div>
        <a href="/contact/" class="nav-link w-nav-link">Contact</a>
        <a href="/contact/" class="button nav-button w-button">Book an engineer</a>
      </nav>
      <div class="menu-button w-nav-button">
        <div class="w-icon-nav-menu"></div>
      </div>
    </div>
  </div>
"""

_FOOTER = """
  <div class="section cta-strip">
    <div class="w-container">
      <div class="w-layout-grid cta-grid">
        <div>
          <h2 class="cta-heading">Need a plumber or heating engineer?</h2>
          <p class="cta-text">Call the office or book online and we&#x27;ll find you a slot.</p>
        </div>
        <div class="cta-buttons">
          <a href="/contact/" class="button w-button">Book now</a>
          <a href="tel:02079460613" class="button button-outline w-button">Call 020 7946 0613</a>
        </div>
      </div>
    </div>
  </div>
  <footer class="footer">
    <div class="w-container">
      <div class="w-layout-grid footer-grid">
        <div class="footer-column">
          <img src="/images/fennick-logo-white.svg" loading="lazy" width="160" alt="Fennick &amp; Sons"
            class="footer-logo">
          <p class="footer-text">Unit 3, Tollington Yard<br>41 Parkhurst Road<br>London N7 0LP</p>
          <p class="footer-text">Office: <a href="tel:02079460613" class="footer-link">020 7946 0613</a><br>
          Emergencies: <a href="tel:02079460614" class="footer-link">020 7946 0614</a><br>
          <a href="mailto:office@fennickandsons.co.uk" class="footer-link">office@fennickandsons.co.uk</a></p>
        </div>
        <div class="footer-column">
          <div class="footer-heading">Services</div>
          <a href="/boiler-repairs/" class="footer-link">Boiler repairs</a>
          <a href="/boiler-servicing/" class="footer-link">Boiler servicing</a>
          <a href="/gas-safety-certificates/" class="footer-link">Gas safety certificates</a>
          <a href="/new-boilers/" class="footer-link">New boilers</a>
          <a href="/boiler-finance/" class="footer-link">Boiler finance</a>
          <a href="/leaks-and-burst-pipes/" class="footer-link">Leaks &amp; burst pipes</a>
          <a href="/toilets-taps-and-showers/" class="footer-link">Toilets, taps &amp; showers</a>
          <a href="/radiators-and-heating/" class="footer-link">Radiators &amp; heating</a>
          <a href="/blocked-sinks/" class="footer-link">Blocked sinks</a>
        </div>
        <div class="footer-column">
          <div class="footer-heading">Company</div>
          <a href="/about-us/" class="footer-link">About us</a>
          <a href="/landlords-and-agents/" class="footer-link">Landlords &amp; agents</a>
          <a href="/prices/" class="footer-link">Prices</a>
          <a href="/payment/" class="footer-link">Paying us</a>
          <a href="/our-guarantee/" class="footer-link">Our guarantee</a>
          <a href="/areas-we-cover/" class="footer-link">Areas we cover</a>
          <a href="/faq/" class="footer-link">FAQ</a>
          <a href="/contact/" class="footer-link">Contact &amp; booking</a>
        </div>
        <div class="footer-column">
          <div class="footer-heading">Office hours</div>
          <p class="footer-text">Mon&ndash;Fri 7:30am&ndash;6pm<br>Sat 8am&ndash;2pm<br>
          Emergency line open 24/7</p>
          <div class="social-links">
            <a href="https://www.facebook.com/fennickandsons" target="_blank" class="social-link w-inline-block">
              <img src="/images/icon-facebook.svg" loading="lazy" alt="Facebook"></a>
            <a href="https://www.instagram.com/fennickandsons" target="_blank" class="social-link w-inline-block">
              <img src="/images/icon-instagram.svg" loading="lazy" alt="Instagram"></a>
            <a href="https://x.com/fennickandsons" target="_blank" class="social-link w-inline-block">
              <img src="/images/icon-x.svg" loading="lazy" alt="X"></a>
          </div>
          <img src="/images/gas-safe-badge.png" loading="lazy" width="70" alt="Gas Safe Register" class="gas-badge">
        </div>
      </div>
      <div class="footer-bottom">
        <div class="copyright">&copy; 2025 Fennick &amp; Sons Plumbing and Heating Ltd. Registered in England and
          Wales No. 04418872. VAT No. GB 812 4471 09.</div>
        <div class="made-in-webflow">Site by Northpoint Digital</div>
      </div>
    </div>
  </footer>
  <div class="cookie-banner" data-w-id="0b7e41c2-9d3a-5f62-a81e-3c44d0f9b215">
    <div class="cookie-text">We use cookies to see how people use this website and to improve it. By carrying on
      you agree to our use of cookies.</div>
    <a href="#" data-w-id="0b7e41c2-9d3a-5f62-a81e-3c44d0f9b218" class="cookie-button w-button">Accept</a>
  </div>
"""

_TESTIMONIALS = """
  <div class="section testimonials">
    <div class="w-container">
      <h2 class="section-heading centered">What our customers say</h2>
      <div class="w-layout-grid testimonial-grid">
        <div class="testimonial-card">
          <div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
          <p class="testimonial-text">&ldquo;Boiler died on a Sunday night in January. Engineer was with us first
            thing Monday and had it going again by half nine. Polite, tidy and explained everything.&rdquo;</p>
          <div class="testimonial-name">Helen R., Highbury</div>
        </div>
        <div class="testimonial-card">
          <div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
          <p class="testimonial-text">&ldquo;We manage about sixty flats and Fennick&#x27;s do all our gas checks.
            Certificates always arrive the same day. Couldn&#x27;t ask for more.&rdquo;</p>
          <div class="testimonial-name">Marcus T., lettings manager, Stoke Newington</div>
        </div>
        <div class="testimonial-card">
          <div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
          <p class="testimonial-text">&ldquo;New combi fitted in a day, old one gone, not a speck of dust left. Price
            was exactly what we were quoted.&rdquo;</p>
          <div class="testimonial-name">Sanjay and Claire P., Tufnell Park</div>
        </div>
      </div>
    </div>
  </div>
"""

_SIDEBAR = """
          <div class="sidebar">
            <div class="sidebar-widget emergency-widget">
              <div class="widget-heading">Emergency?</div>
              <p class="widget-text">Burst pipe or no heating? Our emergency line is answered day and night.</p>
              <a href="tel:02079460614" class="button button-red w-button">020 7946 0614</a>
            </div>
            <div class="sidebar-widget">
              <div class="widget-heading">Popular services</div>
              <a href="/boiler-repairs/" class="widget-link">Boiler repairs</a>
              <a href="/boiler-servicing/" class="widget-link">Boiler servicing</a>
              <a href="/leaks-and-burst-pipes/" class="widget-link">Leaks &amp; burst pipes</a>
              <a href="/prices/" class="widget-link">Our prices</a>
            </div>
            <div class="sidebar-widget review-widget">
              <div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
              <p class="widget-text">4.9 out of 5 from over 600 Google reviews</p>
            </div>
          </div>
"""


def _page(path, title, description, hero_heading, hero_text, body, sidebar=True, testimonials=False):
    """Wrap a page's main content in the shared Webflow head, navigation and footer."""
    main = f"""
  <div class="section hero-inner">
    <div class="w-container">
      <div class="hero-inner-content">
        <h1 class="hero-heading">{hero_heading}</h1>
        <p class="hero-paragraph">{hero_text}</p>
        <a href="/contact/" class="button w-button">Book an engineer</a>
      </div>
    </div>
  </div>
  <div class="section content-section">
    <div class="w-container">
      <div class="w-layout-grid content-grid{"" if sidebar else " no-sidebar"}">
        <div class="main-content">
{body}
        </div>{_SIDEBAR if sidebar else ""}
      </div>
    </div>
  </div>"""
    return f"""<!DOCTYPE html><!--  This site was created in Webflow. https://webflow.com  -->
<!--  Last Published: Mon Feb 10 2025 09:41:17 GMT+0000 (Coordinated Universal Time)  -->
<html data-wf-domain="www.fennickandsons.co.uk" data-wf-page="{_PAGE_IDS[path]}" data-wf-site="{_SITE_ID}" lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} | Fennick &amp; Sons</title>
  <meta content="{description}" name="description">
  <meta content="{title} | Fennick &amp; Sons" property="og:title">
  <meta content="{description}" property="og:description">
  <meta property="og:type" content="website">
  <meta content="summary_large_image" name="twitter:card">
  <meta content="width=device-width, initial-scale=1" name="viewport">
  <meta content="Webflow" name="generator">
  <link href="/css/normalize.css" rel="stylesheet" type="text/css">
  <link href="/css/webflow.css" rel="stylesheet" type="text/css">
  <link href="/css/fennick-sons.webflow.css" rel="stylesheet" type="text/css">
  <link href="/images/favicon.png" rel="shortcut icon" type="image/x-icon">
  <link href="/images/webclip.png" rel="apple-touch-icon">
  <script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
  gtag('js',new Date());gtag('config','G-FN4S8Q2L71');</script>
</head>
<body class="body">
{_NAV}
{main}
{_TESTIMONIALS if testimonials else ""}
{_FOOTER}
</body>
</html>
"""


_HOME = """
          <div class="w-richtext rich-text">
            <h2>Plumbing and heating for north and central London homes</h2>
            <p>Fennick &amp; Sons is a family-run plumbing and heating company based in Holloway. Our engineers look
              after boilers, central heating and everyday plumbing for homeowners, tenants, landlords and letting
              agents across north and central London, from a dripping tap to a full boiler replacement.</p>
            <p>Every engineer who works on gas in your home is on the Gas Safe Register, every van carries the common
              parts we need most days, and we charge honest, published hourly rates so you know where you stand
              before we knock on the door.</p>
          </div>
          <div class="w-layout-grid services-grid">
            <a href="/boiler-repairs/" class="service-card w-inline-block">
              <img src="/images/icon-boiler.svg" loading="lazy" alt="" class="service-icon">
              <h3 class="service-title">Boiler repairs</h3>
              <p class="service-text">No heating or hot water? We diagnose and fix all the major makes.</p>
            </a>
            <a href="/boiler-servicing/" class="service-card w-inline-block">
              <img src="/images/icon-service.svg" loading="lazy" alt="" class="service-icon">
              <h3 class="service-title">Boiler servicing</h3>
              <p class="service-text">A yearly check to keep your boiler safe, efficient and in warranty.</p>
            </a>
            <a href="/new-boilers/" class="service-card w-inline-block">
              <img src="/images/icon-combi.svg" loading="lazy" alt="" class="service-icon">
              <h3 class="service-title">New boilers</h3>
              <p class="service-text">Fixed-price combi installations with a free survey.</p>
            </a>
            <a href="/leaks-and-burst-pipes/" class="service-card w-inline-block">
              <img src="/images/icon-leak.svg" loading="lazy" alt="" class="service-icon">
              <h3 class="service-title">Leaks &amp; burst pipes</h3>
              <p class="service-text">Fast help to stop the water and find the source.</p>
            </a>
            <a href="/toilets-taps-and-showers/" class="service-card w-inline-block">
              <img src="/images/icon-tap.svg" loading="lazy" alt="" class="service-icon">
              <h3 class="service-title">Toilets, taps &amp; showers</h3>
              <p class="service-text">Repairs and like-for-like replacements.</p>
            </a>
            <a href="/landlords-and-agents/" class="service-card w-inline-block">
              <img src="/images/icon-keys.svg" loading="lazy" alt="" class="service-icon">
              <h3 class="service-title">Landlords &amp; agents</h3>
              <p class="service-text">Gas checks, repairs and accounts for property portfolios.</p>
            </a>
          </div>
          <div class="w-richtext rich-text">
            <h2>Homes only</h2>
            <p>We are a domestic firm. We work in houses, flats, maisonettes and shared houses, but we don&#x27;t
              take on commercial premises such as shops, restaurants, caf&eacute;s, offices or pubs.
              Commercial kitchens and commercial gas need an engineer with commercial qualifications, which our
              team doesn&#x27;t hold, so we&#x27;ll always point you towards someone who does.</p>
            <h2>Why people choose Fennick&#x27;s</h2>
            <ul>
              <li>Family business, still run by the Fennick family from the same Holloway yard</li>
              <li>Clear hourly rates with nothing hidden &ndash; see our <a href="/prices/">prices</a></li>
              <li>We clean up after ourselves and treat your home with respect</li>
              <li>All repair work backed by <a href="/our-guarantee/">our guarantee</a></li>
              <li>Over 600 five-star reviews on Google</li>
            </ul>
          </div>
"""

_BOILER_REPAIRS = """
          <div class="w-richtext rich-text">
            <h2>Boiler broken down?</h2>
            <p>No heating, no hot water, a boiler that keeps locking out, a flashing fault code or a pressure gauge that
              keeps dropping &ndash; these are the calls we take most. Our engineers repair gas combi, system and
              regular (heat-only) boilers, and most breakdowns are fixed on the first visit.</p>
            <h3>Makes we repair</h3>
            <p>We work on all the major brands, including Worcester Bosch, Vaillant, Baxi, Ideal, Glow-worm, Viessmann,
              Potterton, Alpha and Main. Our vans carry the parts that fail most often &ndash; fans, diverter valves,
              pumps, ignition electrodes, pressure sensors and expansion vessels &ndash; for the common models.</p>
            <p>If a part has to be ordered we&#x27;ll tell you the price before ordering it. Most parts arrive the next
              working day and we&#x27;ll book you back in as soon as it comes.</p>
            <h3>Boilers we don&#x27;t work on</h3>
            <p>We only work on mains gas appliances. We don&#x27;t repair oil-fired or LPG boilers, and we don&#x27;t
              work on electric boilers or storage heaters.</p>
            <h3>Frozen condensate pipe</h3>
            <p>In a cold snap the most common reason a condensing boiler stops is a frozen condensate pipe. This is the
              plastic pipe, usually white or grey, that runs from the boiler to a drain outside. If it freezes, the
              boiler locks out and may gurgle. You can often fix this yourself: pour warm (not boiling) water from a
              kettle or jug slowly along the outside section of the pipe until it thaws, then press the reset button
              on your boiler. If that doesn&#x27;t work, give us a call.</p>
            <h3>Repair or replace?</h3>
            <p>Diagnosis and repairs are charged at our normal <a href="/prices/">hourly rates</a> plus parts. If your
              boiler is over 15 years old, or the repair would cost more than about a third of a new boiler, our
              engineer will say so honestly. We never pressure anyone into a replacement, and if you&#x27;d like a
              quote for one we&#x27;ll arrange a <a href="/new-boilers/">free survey</a>.</p>
          </div>
"""

_SERVICING = """
          <div class="w-richtext rich-text">
            <h2>Annual boiler servicing</h2>
            <p>A yearly service keeps your boiler running safely and efficiently, catches small faults before they turn
              into a winter breakdown, and is a condition of almost every manufacturer&#x27;s warranty. If your boiler
              is still under warranty and misses a service, the manufacturer can refuse to cover it.</p>
            <h3>What&#x27;s included</h3>
            <ul>
              <li>Visual check of the boiler, flue and surrounding area</li>
              <li>Flue gas analysis to check the boiler is burning gas correctly</li>
              <li>Checking gas pressure and gas rate</li>
              <li>Cleaning the condensate trap and checking the seals</li>
              <li>Testing the safety devices and controls</li>
              <li>Checking system pressure and the expansion vessel</li>
              <li>A written service record left with you and emailed the same day</li>
            </ul>
            <h3>How much does it cost?</h3>
            <div class="w-embed">
              <table class="price-table">
                <tr><th>Service</th><th>Price (inc. VAT)</th></tr>
                <tr><td>Gas boiler service (combi, system or regular)</td><td>&pound;95</td></tr>
                <tr><td>Additional gas appliance on the same visit (e.g. gas fire)</td><td>&pound;45</td></tr>
                <tr><td>Back boiler with gas fire</td><td>&pound;125</td></tr>
              </table>
            </div>
            <p>If we find a fault during the service we&#x27;ll explain it and give you a price before doing any
              repair work.</p>
            <h3>How long does it take?</h3>
            <p>A standard service takes 45 minutes to an hour. Someone needs to be at home for the whole visit, and
              please make sure we can reach the boiler (clear the cupboard if it&#x27;s boxed in).</p>
            <h3>Reminders</h3>
            <p>We&#x27;ll send you a reminder by email and text eleven months after your service so you never miss one.
              Landlords needing a certificate should see our <a href="/gas-safety-certificates/">gas safety
              certificates</a> page.</p>
          </div>
"""

_GAS_SAFETY = """
          <div class="w-richtext rich-text">
            <h2>Landlord gas safety certificates (CP12)</h2>
            <p>If you let out a property with gas appliances, the law says every gas appliance, fitting and flue must
              be checked by a Gas Safe registered engineer every 12 months, and you must give your tenants a copy of
              the record within 28 days. Our engineers carry out these checks every day across north and central
              London.</p>
            <h3>Prices</h3>
            <div class="w-embed">
              <table class="price-table">
                <tr><th>Check</th><th>Price (inc. VAT)</th></tr>
                <tr><td>Gas safety certificate, up to 3 gas appliances</td><td>&pound;78</td></tr>
                <tr><td>Each additional appliance</td><td>&pound;15</td></tr>
                <tr><td>Gas safety certificate plus boiler service, same visit</td><td>&pound;150</td></tr>
              </table>
            </div>
            <p>A gas appliance means the boiler, a gas hob or cooker, a gas fire, or a gas water heater. The check
              includes a tightness test on the whole gas installation.</p>
            <h3>Your certificate</h3>
            <p>Your certificate is emailed as a PDF the same day as the check, and we keep a copy on file. Homeowners
              who are selling or buying a property can book the same check too.</p>
            <h3>What if something fails?</h3>
            <p>If our engineer finds an appliance that isn&#x27;t safe, they must follow the Gas Safe unsafe situations
              procedure. An appliance classed as &ldquo;Immediately Dangerous&rdquo; will be disconnected and labelled
              there and then, with the permission of whoever is at home. An appliance classed as &ldquo;At Risk&rdquo;
              will be turned off with permission. In both cases we leave a warning notice, record it on the
              certificate, and give you a price to put it right. The certificate can only show a pass once the
              repair has been done, and we can usually do the repair on the same day if we have the parts.</p>
          </div>
"""

_NEW_BOILERS = """
          <div class="w-richtext rich-text">
            <h2>New combi boilers, fitted properly</h2>
            <p>We install A-rated condensing combi boilers from Worcester Bosch, Vaillant and Ideal. Every
              installation starts with a free survey, either in person or by video call, after which you get a
              written fixed price. The price you&#x27;re quoted is the price you pay.</p>
            <h3>Typical prices</h3>
            <div class="w-embed">
              <table class="price-table">
                <tr><th>Job</th><th>From (inc. VAT)</th></tr>
                <tr><td>Combi to combi swap, same position</td><td>&pound;2,450</td></tr>
                <tr><td>Conversion from a system or regular boiler to a combi</td><td>&pound;3,400</td></tr>
                <tr><td>Moving the boiler to a new position</td><td>add around &pound;450</td></tr>
              </table>
            </div>
            <p>A combi to combi swap usually takes one day. A conversion, where we take out the hot water cylinder
              and the tanks in the loft, normally takes two to three days.</p>
            <h3>What&#x27;s included</h3>
            <ul>
              <li>Removal and disposal of your old boiler</li>
              <li>A chemical flush of your heating system</li>
              <li>A magnetic system filter to protect the new boiler</li>
              <li>A programmable room thermostat</li>
              <li>Gas Safe notification and your Building Regulations compliance certificate</li>
              <li>Registering the manufacturer&#x27;s warranty for you</li>
            </ul>
            <h3>Manufacturer&#x27;s warranties</h3>
            <p>Worcester Bosch Greenstar boilers fitted by us come with a 10-year manufacturer&#x27;s warranty,
              Vaillant ecoTEC plus boilers with a 10-year warranty, and Ideal Logic Max boilers with a 7-year
              warranty. Warranties depend on the boiler being serviced every year. Our own workmanship on new
              installations is guaranteed for 2 years.</p>
            <h3>Is a combi right for you?</h3>
            <p>A combi heats water on demand, so it suits most flats and houses with one bathroom. In bigger homes
              with two or more bathrooms in use at once, a system boiler with a hot water cylinder can be the better
              choice, and our surveyor will tell you honestly which suits your home. Want to pay monthly? See
              <a href="/boiler-finance/">boiler finance</a>.</p>
          </div>
"""

_FINANCE = """
          <div class="w-richtext rich-text">
            <h2>Spread the cost of a new boiler</h2>
            <p>A new boiler is a big outlay, so we offer finance on boiler installations costing over &pound;1,000.
              Finance isn&#x27;t available for repairs, servicing or plumbing work.</p>
            <h3>Your options</h3>
            <div class="w-embed">
              <table class="price-table">
                <tr><th>Plan</th><th>Deposit</th><th>Term</th><th>APR</th></tr>
                <tr><td>Interest free</td><td>10%</td><td>12 months</td><td>0%</td></tr>
                <tr><td>Low monthly payments</td><td>None required</td><td>3, 5, 7 or 10 years</td>
                  <td>10.9% APR representative</td></tr>
              </table>
            </div>
            <p><strong>Representative example:</strong> borrowing &pound;3,000 over 60 months at 10.9% APR
              representative (fixed) gives 60 monthly payments of &pound;64.32. Total amount repayable
              &pound;3,859.20.</p>
            <h3>Who can apply?</h3>
            <p>You need to be 18 or over, have lived in the UK for at least three years, have a UK bank account, and
              be employed, self-employed or retired with a regular income.</p>
            <h3>How to apply</h3>
            <p>Once you&#x27;ve accepted your fixed quote, we send you a link to apply online. It takes about ten
              minutes and most people get a decision straight away. The first eligibility check is a soft search,
              which doesn&#x27;t affect your credit score. Only if you go on to make a full application will the
              lender carry out a hard credit search, which shows on your credit file.</p>
            <p class="small-print">Fennick &amp; Sons Plumbing and Heating Ltd acts as a credit broker, not a lender,
              and offers finance from a limited number of lenders including Halden Retail Finance Ltd. We are
              authorised and regulated by the Financial Conduct Authority, FRN 812345. Credit is subject to status
              and affordability.</p>
          </div>
"""

_LEAKS = """
          <div class="w-richtext rich-text">
            <h2>Leaks, burst pipes and water damage</h2>
            <p>Water coming through a ceiling or pouring from a pipe is frightening. Call our emergency line on
              020 7946 0614 and, while you wait for us, do the following.</p>
            <h3>What to do right now</h3>
            <ol>
              <li><strong>Turn off the water at the stopcock.</strong> It&#x27;s usually under the kitchen sink. In
                flats it&#x27;s often in a hallway cupboard, the airing cupboard or under the stairs.</li>
              <li><strong>Keep away from electrics.</strong> If water is near light fittings, sockets or the consumer
                unit, switch the electricity off at the main switch, if it&#x27;s safe to reach.</li>
              <li><strong>Drain the system.</strong> Open the cold taps to empty the pipes and flush the toilets.</li>
              <li><strong>Catch the water.</strong> Put down buckets and towels. If a ceiling is bulging, don&#x27;t
                stand underneath it.</li>
              <li><strong>Water coming from upstairs?</strong> If it&#x27;s coming from the flat above, knock on
                your neighbour&#x27;s door or contact your building&#x27;s managing agent, as the stopcock you need
                may be in their flat.</li>
            </ol>
            <h3>Finding hidden leaks</h3>
            <p>Not every leak is obvious. Damp patches, a water meter that keeps turning, or a boiler that keeps
              losing pressure can all mean a hidden leak. We use thermal imaging cameras, acoustic listening
              equipment and tracer gas to pinpoint leaks under floors and inside walls with as little disruption as
              possible. Leak detection (trace and access) starts from &pound;295, which covers finding the leak and
              opening up to reach it. The repair itself is charged at our hourly rates.</p>
            <h3>Insurance claims</h3>
            <p>Many home insurance policies cover trace and access. For &pound;60 we provide a written leak report
              with photos, the cause of the leak and the work done, ready to send to your insurer or loss
              adjuster.</p>
            <h3>After the repair</h3>
            <p>We lift floorboards and cut into walls and ceilings carefully, and we&#x27;ll make the area safe and
              tidy. We don&#x27;t do plastering, flooring or redecorating afterwards.</p>
          </div>
"""

_TOILETS = """
          <div class="w-richtext rich-text">
            <h2>Toilets, taps and showers</h2>
            <p>Small plumbing faults waste water and drive you mad. Most of these jobs are done in a single visit.</p>
            <h3>Toilets</h3>
            <p>A toilet that keeps running or hissing after you flush usually has a worn fill valve or a perished
              flush valve washer. We carry the common fill valves and washers, and most of these repairs take under
              an hour. We also fix toilets that won&#x27;t flush properly, leaks from the base or the cistern, loose
              toilets and broken seats, and we replace close-coupled and back-to-wall toilets, which typically takes
              about half a day. For a blocked toilet, see <a href="/blocked-sinks/">blocked sinks</a>.</p>
            <h3>Taps</h3>
            <p>Dripping taps usually need a new washer or ceramic cartridge. We repair and replace kitchen and bathroom
              taps, including mixer taps, bath/shower mixers and outside taps.</p>
            <h3>Showers</h3>
            <p>We repair and replace mixer showers, thermostatic shower valves and shower pumps (including Salamander
              and Stuart Turner), and sort out leaking shower trays and poor pressure.</p>
            <p><strong>Electric showers:</strong> we can replace an electric shower like for like, as long as the new
              one has the same or a lower kW rating than the old one and the existing circuit is in good condition.
              If you want a more powerful shower, or there&#x27;s no suitable circuit, a registered electrician will
              need to do the electrical work first. We don&#x27;t do electrical work ourselves beyond connecting the
              replacement shower.</p>
            <h3>Low water pressure</h3>
            <p>Weak pressure can come from a partly closed stopcock, a furred-up shower head, a failing pump or the
              supply into the property. Our engineer will check the flow rate and tell you what&#x27;s causing it.</p>
          </div>
"""

_RADIATORS = """
          <div class="w-richtext rich-text">
            <h2>Radiators and heating upgrades</h2>
            <h3>Radiator cold at the top?</h3>
            <p>That&#x27;s air trapped in the radiator, and you can usually bleed it yourself. Turn the heating off and
              let the radiators cool. Put a radiator key on the bleed valve at the top corner, hold a cloth under it
              and turn it a quarter turn anticlockwise. When the hissing stops and water appears, close it again.
              Then check the pressure on your boiler &ndash; it should be between 1 and 1.5 bar when cold &ndash; and
              top it up if it has dropped.</p>
            <h3>Radiator cold at the bottom or in the middle?</h3>
            <p>That points to sludge, a build-up of rust and dirt sitting in the bottom of the radiators. Bleeding
              won&#x27;t help. The fix is a powerflush, where we pump cleaning chemicals through the whole system at
              high flow to clear the sludge, then fit a magnetic filter to stop it coming back.</p>
            <div class="w-embed">
              <table class="price-table">
                <tr><th>Work</th><th>Price (inc. VAT)</th></tr>
                <tr><td>Powerflush, up to 8 radiators (takes about a day)</td><td>&pound;480</td></tr>
                <tr><td>Each additional radiator</td><td>&pound;35</td></tr>
                <tr><td>Replace a radiator like for like, standard panel radiator supplied</td>
                  <td>from &pound;195</td></tr>
                <tr><td>Supply and fit smart thermostat</td><td>from &pound;260</td></tr>
                <tr><td>Fit a smart thermostat you&#x27;ve bought</td><td>&pound;120</td></tr>
              </table>
            </div>
            <h3>Smart controls</h3>
            <p>We fit Hive, Google Nest, Tado and Drayton Wiser thermostats and smart radiator valves, and set up the
              app with you before we leave. Smart controls work with almost all modern boilers.</p>
            <h3>Other heating work</h3>
            <p>We also move and add radiators, replace sticking thermostatic radiator valves (TRVs), fix noisy or
              banging pipes, and repair wet underfloor heating manifolds. For anything more than a straight swap we
              give you a written quote first.</p>
          </div>
"""

_BLOCKED = """
          <div class="w-richtext rich-text">
            <h2>Blocked sinks, basins, baths and toilets</h2>
            <p>Grease in the kitchen sink, hair in the shower, wipes in the toilet &ndash; we clear blockages in the
              waste pipes inside your home. We use plungers, hand augers and a small pressure jetter for the waste
              pipes, and we&#x27;ll take apart and clean traps where needed.</p>
            <p>Unblocking is charged at our normal <a href="/prices/">hourly rates</a>. Most blockages are cleared in
              under an hour.</p>
            <h3>Used a chemical drain unblocker?</h3>
            <p>Please tell us when you book and again when the engineer arrives. Caustic drain cleaners can splash
              back and cause burns when a trap is opened. Don&#x27;t pour any more in while you wait, and don&#x27;t
              mix different products, as some react badly together. Run a little cold water if the sink will drain
              at all.</p>
            <h3>Outside drains and sewers</h3>
            <p>We only deal with blockages in the pipes inside your property. We don&#x27;t clear outside drains,
              gullies, manholes or sewers and we don&#x27;t carry drain-rodding or CCTV survey equipment. If the
              blockage is in a drain or sewer shared with your neighbours, it&#x27;s normally the water company&#x27;s
              responsibility (Thames Water in our area). For a private drain, you&#x27;ll need a drainage
              specialist.</p>
            <h3>Keeping things flowing</h3>
            <ul>
              <li>Let fat and oil cool and put it in the bin, never down the sink</li>
              <li>Use a hair catcher in the shower and bath</li>
              <li>Only flush toilet paper &ndash; &ldquo;flushable&rdquo; wipes still cause blockages</li>
              <li>Pour a kettle of hot water down the kitchen sink once a week</li>
            </ul>
          </div>
"""

_PRICES = """
          <div class="w-richtext rich-text">
            <h2>Our hourly rates</h2>
            <p>Most repair work is charged by the hour, so you only pay for the time the job takes. All prices
              include VAT at 20%.</p>
            <div class="w-embed">
              <table class="price-table">
                <tr><th>When</th><th>First hour</th><th>Then per 15 minutes</th></tr>
                <tr><td>Monday to Friday, 7:30am to 6pm</td><td>&pound;96</td><td>&pound;24</td></tr>
                <tr><td>Weekday evenings 6pm to 10pm, and Saturdays</td><td>&pound;132</td><td>&pound;33</td></tr>
                <tr><td>Sundays and bank holidays</td><td>&pound;168</td><td>&pound;42</td></tr>
                <tr><td>Nights, 10pm to 7:30am, any day</td><td>&pound;198</td><td>&pound;49.50</td></tr>
              </table>
            </div>
            <h3>Call-out charge</h3>
            <p>There is no separate call-out fee. The first hour is the minimum charge and includes the engineer&#x27;s
              travel to you. After the first hour we charge in 15-minute blocks.</p>
            <h3>Parts and materials</h3>
            <p>Parts are charged on top of labour at the manufacturer&#x27;s list price. Your engineer will always
              tell you the cost before fitting any part over &pound;50.</p>
            <h3>Parking and the Congestion Charge</h3>
            <p>Parking is expensive across most of London. If there&#x27;s no free parking near your home, our engineer
              will pay for pay-and-display or a RingGo session and the exact cost is added to your bill, with the
              receipt. If you have a visitor parking permit, a driveway or a free space we can use, tell us when you
              book and there&#x27;ll be nothing to pay.</p>
            <p>For jobs inside the central London Congestion Charge zone during charging hours, we add the daily
              Congestion Charge of &pound;15 once per van per day. Our vans all meet the ULEZ standard, so there is
              never a ULEZ charge.</p>
            <h3>Fixed prices</h3>
            <p>Some work has a fixed price instead: see <a href="/boiler-servicing/">boiler servicing</a>,
              <a href="/gas-safety-certificates/">gas safety certificates</a>, <a href="/new-boilers/">new
              boilers</a> and <a href="/radiators-and-heating/">powerflushing</a>.</p>
          </div>
"""

_PAYMENT = """
          <div class="w-richtext rich-text">
            <h2>Paying us</h2>
            <h3>When do I pay?</h3>
            <p>For repairs, servicing and gas safety checks you pay on completion, once the engineer has finished and
              you&#x27;re happy the job is done. We don&#x27;t ask for money up front for this work. If a part has to
              be ordered and we need to come back, you pay for the first visit at the end of that visit and the rest
              when the job is finished.</p>
            <p>For new boiler installations we take a 20% deposit when you book your installation date, with the
              balance due on the day the installation is completed.</p>
            <h3>How can I pay?</h3>
            <ul>
              <li>Debit or credit card (Visa, Mastercard, American Express) on the engineer&#x27;s card reader</li>
              <li>Apple Pay and Google Pay</li>
              <li>A secure payment link sent by text or email, if you&#x27;re not at home</li>
              <li>Bank transfer, as long as it&#x27;s made on the day of the job</li>
            </ul>
            <p>We don&#x27;t accept cheques, and our engineers don&#x27;t carry cash.</p>
            <h3>Invoices</h3>
            <p>Your invoice is emailed to you as soon as the job is marked complete. It shows the labour time, each part
              fitted and any parking or Congestion Charge costs. If someone else is paying the bill, such as a
              landlord, please give us their details when you book, as we can&#x27;t send the invoice to a different
              person after the job.</p>
            <h3>Unpaid invoices</h3>
            <p>If a bill isn&#x27;t paid within 7 days of the job we&#x27;ll send a reminder. After 30 days we may add
              statutory interest and pass the debt to a collection agency.</p>
          </div>
"""

_GUARANTEE = """
          <div class="w-richtext rich-text">
            <h2>Our guarantee on repairs</h2>
            <p>We stand behind our work. If something we&#x27;ve repaired goes wrong again, we come back and put it
              right.</p>
            <h3>What&#x27;s covered</h3>
            <ul>
              <li><strong>Repairs using parts we supply:</strong> 12 months on parts and labour. If the same fault
                comes back within 12 months, we return and fix it free of charge.</li>
              <li><strong>Parts you supply:</strong> if you ask us to fit a part or fitting you&#x27;ve bought
                yourself, we guarantee our labour for 3 months. The part itself is covered only by the seller or
                manufacturer.</li>
              <li><strong>New boiler installations:</strong> these have their own warranties, explained on our
                <a href="/new-boilers/">new boilers</a> page.</li>
            </ul>
            <h3>What isn&#x27;t covered</h3>
            <ul>
              <li>A different fault from the one we repaired</li>
              <li>Damage caused by sludge or scale in a system you chose not to have cleaned when we advised it</li>
              <li>Frost damage, misuse, or someone else working on the same part after us</li>
              <li>Temporary repairs, which we will always tell you are temporary</li>
            </ul>
            <h3>How to make a claim</h3>
            <p>Call the office on 020 7946 0613 with your invoice number or address. We&#x27;ll aim to get an
              engineer back to you within 48 hours, and within the same day for a loss of heating or hot water in
              winter. If the engineer finds the fault is covered, there is nothing to pay; if it isn&#x27;t covered,
              they&#x27;ll explain why before doing any chargeable work.</p>
          </div>
"""

_AREAS = """
          <div class="w-richtext rich-text">
            <h2>Areas we cover</h2>
            <p>Our vans are out every day across north and central London from our yard in Holloway.</p>
            <h3>Main area (no travel charge)</h3>
            <p>N1, N4, N5, N6, N7, N8, N16, N19, NW1, NW5, E1, E2, E5, E8, E9, EC1, EC2 and WC1 &ndash; including
              Islington, Holloway, Highbury, Finsbury Park, Stoke Newington, Highgate, Hornsey, Archway, Camden Town,
              Kentish Town, Hackney, Dalston, Bethnal Green, Clerkenwell, Shoreditch and Bloomsbury.</p>
            <h3>Extended area (&pound;30 travel charge per visit)</h3>
            <p>N2, N10, N15, N17, N22, NW3, NW6, E3, E10, E17 and SE1 &ndash; including East Finchley, Muswell Hill,
              Tottenham, Wood Green, Hampstead, Kilburn, Bow, Leyton, Walthamstow and Southwark.</p>
            <p>We don&#x27;t take on work outside these postcodes.</p>
            <h3>Response times</h3>
            <div class="w-embed">
              <table class="price-table">
                <tr><th>Type of job</th><th>Main area</th><th>Extended area</th></tr>
                <tr><td>Emergencies (burst pipes, leaks you can&#x27;t stop, no heating for a vulnerable
                  person)</td><td>Within 2 hours</td><td>Within 3 hours</td></tr>
                <tr><td>Breakdowns and repairs</td><td>Same or next working day</td><td>Next working day</td></tr>
                <tr><td>Servicing, gas checks and planned work</td><td>Usually within a week</td>
                  <td>Usually within 10 days</td></tr>
              </table>
            </div>
            <h3>Vulnerable customers</h3>
            <p>From October to March we put households without heating or hot water to the front of the queue if
              someone at home is over 75, has a baby under 12 months, is disabled, or is seriously ill. Please tell
              us when you call so we can prioritise you.</p>
          </div>
"""

_LANDLORDS = """
          <div class="w-richtext rich-text">
            <h2>For landlords and letting agents</h2>
            <p>We look after several thousand rented homes across north and central London for private landlords,
              letting agents and block managers, from annual gas checks to emergency repairs.</p>
            <h3>Trade accounts</h3>
            <p>Landlords with three or more properties, and letting and managing agents, can open a trade account.
              Account customers are invoiced monthly on 30-day terms instead of paying on completion. We work to your
              works order numbers, and you can set a spending limit for each job (£250 unless you tell us
              otherwise). If a job will cost more, we call for authority before carrying on.</p>
            <h3>Keys and tenant access</h3>
            <p>Our engineers can collect and return keys from your office. Key collection is free in our main area
              and &pound;20 per job elsewhere. If you prefer, we contact your tenants directly by phone and text to
              arrange a time, so you don&#x27;t have to act as go-between, and we let you know the appointment once
              it&#x27;s booked.</p>
            <p>If we arrive at an agreed appointment and can&#x27;t get in because the tenant isn&#x27;t home, a wasted
              visit fee of &pound;48 is charged to the account.</p>
            <h3>Gas safety for portfolios</h3>
            <p>We keep your certificate dates on file and contact you and your tenants six weeks before each one
              runs out, so nothing lapses. Certificates, job reports and before-and-after photos are uploaded to our
              online portal, which your team can log into at any time.</p>
            <h3>HMOs and blocks</h3>
            <p>We&#x27;re experienced with houses in multiple occupation and can carry out gas checks on several flats
              in one building on the same day.</p>
          </div>
"""

_ABOUT = """
          <div class="w-richtext rich-text">
            <h2>A family firm since 1987</h2>
            <p>Terry Fennick started the business in 1987 with one van and a toolbox, working out of a lock-up on
              Holloway Road. Today the company is run by his daughter Jo Fennick, our managing director, and his son
              Dan Fennick, who heads up our heating team. Terry still pops into the yard most mornings to tell
              everyone how it used to be done.</p>
          </div>
          <div class="w-layout-grid team-grid">
            <div class="team-card"><img src="/images/team-jo.jpg" loading="lazy" alt="Jo Fennick" class="team-photo">
              <div class="team-name">Jo Fennick</div><div class="team-role">Managing director</div></div>
            <div class="team-card"><img src="/images/team-dan.jpg" loading="lazy" alt="Dan Fennick" class="team-photo">
              <div class="team-name">Dan Fennick</div><div class="team-role">Head of heating</div></div>
            <div class="team-card"><img src="/images/team-priya.jpg" loading="lazy" alt="Priya Shah" class="team-photo">
              <div class="team-name">Priya Shah</div><div class="team-role">Gas engineer</div></div>
            <div class="team-card">
              <img src="/images/team-kasia.jpg" loading="lazy" alt="Kasia Nowak" class="team-photo">
              <div class="team-name">Kasia Nowak</div><div class="team-role">Plumbing and heating engineer</div></div>
            <div class="team-card"><img src="/images/team-lee.jpg" loading="lazy" alt="Lee Okafor" class="team-photo">
              <div class="team-name">Lee Okafor</div><div class="team-role">Office manager</div></div>
          </div>
          <div class="w-richtext rich-text">
            <h3>Our engineers</h3>
            <p>We have eleven engineers on the road. Nine of them are Gas Safe registered, and only those nine ever
              work on gas appliances. Every engineer is DBS checked, wears Fennick &amp; Sons uniform and drives a
              marked van.</p>
            <p>Two of our engineers, Priya and Kasia, are women. If you&#x27;d feel more comfortable with a female
              engineer, just ask when you book and we&#x27;ll arrange it wherever we can, though it may mean a
              slightly later appointment.</p>
            <h3>Gas Safe registration</h3>
            <p>Our Gas Safe registration number is 204117. Every gas engineer carries a Gas Safe ID card with their
              photo and the types of gas work they&#x27;re qualified for. You can check the card, or our company, at
              gassaferegister.co.uk or by calling the Gas Safe Register on 0800 408 5500.</p>
            <h3>Insurance</h3>
            <p>We hold &pound;5 million public liability insurance and &pound;10 million employer&#x27;s liability
              insurance. We&#x27;re happy to email a copy of our insurance certificate to any customer, landlord or
              managing agent who asks.</p>
          </div>
"""

_FAQ_ITEMS = [
    (
        "3f9a0c11-72d4-1b8e-4a55-90c6e2d71a01",
        "Do your engineers protect floors and carpets?",
        "Yes. Our engineers wear shoe covers indoors and put down dust sheets between the door and the work area. "
        "We take away old parts and packaging from repairs and leave the area as we found it.",
    ),
    (
        "3f9a0c11-72d4-1b8e-4a55-90c6e2d71a02",
        "I can smell gas. What should I do?",
        "Call the National Gas Emergency Service on 0800 111 999 straight away. Open doors and windows, turn off "
        "the gas at the meter if you can, and don&#x27;t use light switches, naked flames or anything electrical. "
        "We can&#x27;t attend a suspected gas escape until the emergency service has made it safe; after that we "
        "can repair the fault.",
    ),
    (
        "3f9a0c11-72d4-1b8e-4a55-90c6e2d71a03",
        "Do you work on communal heating in blocks of flats?",
        "No. We don&#x27;t work on communal or district heating plant, such as a shared boiler room serving a block. "
        "Please contact your building&#x27;s managing agent. We can still work on the radiators and pipework inside "
        "your own flat.",
    ),
    (
        "3f9a0c11-72d4-1b8e-4a55-90c6e2d71a04",
        "Does someone need to be at home?",
        "Yes, someone aged 18 or over needs to be at home for the whole visit, unless a landlord or agent has "
        "arranged key access with us in advance.",
    ),
    (
        "3f9a0c11-72d4-1b8e-4a55-90c6e2d71a05",
        "I have a dog. Is that a problem?",
        "Not at all, but please keep pets in another room while the engineer is working, with the door closed.",
    ),
    (
        "3f9a0c11-72d4-1b8e-4a55-90c6e2d71a06",
        "Can you give me a price over the phone?",
        "We can tell you our rates and fixed prices, but we can&#x27;t quote a total for a repair without seeing it. "
        "For bigger jobs we give a written quote after a visit.",
    ),
    (
        "3f9a0c11-72d4-1b8e-4a55-90c6e2d71a07",
        "Will you do really small jobs?",
        "Yes, no job is too small. As the first hour is the minimum charge, it&#x27;s worth making a list of any "
        "other little jobs so the engineer can do them on the same visit.",
    ),
    (
        "3f9a0c11-72d4-1b8e-4a55-90c6e2d71a08",
        "Do you give advice on saving energy?",
        "Yes. Turning the flow temperature on a combi boiler down to around 60&deg;C can save gas without making "
        "your home feel colder. Ask the engineer at your next visit and they&#x27;ll set it for you.",
    ),
]

_FAQ = (
    """
          <div class="w-richtext rich-text">
            <h2>Frequently asked questions</h2>
            <p>Can&#x27;t find your answer? Call the office on 020 7946 0613.</p>
          </div>
          <div class="faq-wrapper">
"""
    + "".join(
        f"""            <div class="faq-item">
              <div data-w-id="{wid}" class="faq-question">
                <div class="faq-question-text">{q}</div>
                <img src="/images/faq-plus.svg" loading="lazy" alt="" class="faq-icon">
              </div>
              <div class="faq-answer" style="height:0px">
                <p class="faq-answer-text">{a}</p>
              </div>
            </div>
"""
        for wid, q, a in _FAQ_ITEMS
    )
    + """          </div>
"""
)

_CONTACT = """
          <div class="w-richtext rich-text">
            <h2>Book an engineer</h2>
            <p>Call the office on <a href="tel:02079460613">020 7946 0613</a>, email
              <a href="mailto:office@fennickandsons.co.uk">office@fennickandsons.co.uk</a> or fill in the form
              below and we&#x27;ll call you back within office hours.</p>
          </div>
          <div class="form-block w-form">
            <form id="booking-form" name="booking-form" data-name="Booking Form" method="get" class="booking-form">
              <label for="name" class="field-label">Your name</label>
              <input type="text" class="text-field w-input" maxlength="256" name="name" id="name" required="">
              <label for="phone" class="field-label">Phone number</label>
              <input type="tel" class="text-field w-input" maxlength="256" name="phone" id="phone" required="">
              <label for="postcode" class="field-label">Postcode</label>
              <input type="text" class="text-field w-input" maxlength="256" name="postcode" id="postcode">
              <label for="details" class="field-label">What&#x27;s the problem?</label>
              <textarea id="details" name="details" maxlength="5000" class="text-area w-input"></textarea>
              <input type="submit" value="Send request" data-wait="Please wait..." class="button w-button">
            </form>
            <div class="w-form-done"><div>Thanks! We&#x27;ll be in touch shortly.</div></div>
            <div class="w-form-fail"><div>Oops! Something went wrong. Please call us instead.</div></div>
          </div>
          <div class="w-richtext rich-text">
            <h3>Office hours</h3>
            <p>Monday to Friday 7:30am to 6pm, Saturday 8am to 2pm. The office is closed on Sundays and bank holidays,
              but the emergency line on 020 7946 0614 is answered 24 hours a day, every day of the year.</p>
            <h3>Appointment times</h3>
            <p>We book appointments in slots rather than exact times: morning (8am to 12pm), afternoon (12pm to 5pm)
              or evening (5pm to 8pm, charged at evening rates). Your engineer will text you about 30 minutes before
              they arrive, and you can reply to that text if you need to.</p>
            <h3>Changing or cancelling</h3>
            <p>You can move or cancel an appointment free of charge with at least 24 hours&#x27; notice. If you cancel
              with less than 24 hours&#x27; notice, or nobody is home when the engineer arrives, we charge a &pound;48
              late cancellation fee, because we&#x27;ll have turned other customers away for that slot.</p>
            <h3>Our yard</h3>
            <p>Unit 3, Tollington Yard, 41 Parkhurst Road, London N7 0LP. This is our office and stores only; we
              don&#x27;t have a shop or trade counter, so please call before visiting.</p>
          </div>
"""

HTML = {
    "/": _page(
        "/",
        "Plumbers &amp; Heating Engineers in North London",
        "Family-run Gas Safe plumbing and heating engineers in Holloway, covering north and central London.",
        "Plumbing &amp; heating you can rely on",
        "Boiler repairs, servicing, new boilers and everyday plumbing for London homes since 1987.",
        _HOME,
        sidebar=False,
        testimonials=True,
    ),
    "/boiler-repairs/": _page(
        "/boiler-repairs/",
        "Boiler Repairs",
        "Gas boiler breakdowns and repairs in north and central London by Gas Safe engineers.",
        "Boiler repairs",
        "No heating or hot water? We fix all the major makes of gas boiler.",
        _BOILER_REPAIRS,
        testimonials=True,
    ),
    "/boiler-servicing/": _page(
        "/boiler-servicing/",
        "Boiler Servicing",
        "Annual gas boiler servicing in London from Gas Safe registered engineers.",
        "Boiler servicing",
        "Keep your boiler safe, efficient and under warranty.",
        _SERVICING,
    ),
    "/gas-safety-certificates/": _page(
        "/gas-safety-certificates/",
        "Landlord Gas Safety Certificates",
        "CP12 landlord gas safety certificates in north and central London.",
        "Gas safety certificates",
        "Landlord gas safety checks with your certificate emailed the same day.",
        _GAS_SAFETY,
    ),
    "/new-boilers/": _page(
        "/new-boilers/",
        "New Combi Boilers",
        "Combi boiler installation and replacement in London with a free survey and fixed price.",
        "New boilers",
        "Fixed-price combi boiler installations from a family firm.",
        _NEW_BOILERS,
        testimonials=True,
    ),
    "/boiler-finance/": _page(
        "/boiler-finance/",
        "Boiler Finance",
        "Pay monthly for a new boiler with interest free and low-rate finance options.",
        "Boiler finance",
        "Spread the cost of your new boiler.",
        _FINANCE,
    ),
    "/leaks-and-burst-pipes/": _page(
        "/leaks-and-burst-pipes/",
        "Leaks &amp; Burst Pipes",
        "Emergency leak repairs, burst pipes and leak detection in north and central London.",
        "Leaks &amp; burst pipes",
        "Stop the water, find the leak and fix it.",
        _LEAKS,
    ),
    "/toilets-taps-and-showers/": _page(
        "/toilets-taps-and-showers/",
        "Toilets, Taps &amp; Showers",
        "Toilet, tap and shower repairs and replacements in London.",
        "Toilets, taps &amp; showers",
        "Everyday plumbing repairs done properly.",
        _TOILETS,
    ),
    "/radiators-and-heating/": _page(
        "/radiators-and-heating/",
        "Radiators &amp; Heating",
        "Radiator repairs, powerflushing, smart thermostats and heating upgrades in London.",
        "Radiators &amp; heating",
        "Warmer rooms and lower bills.",
        _RADIATORS,
    ),
    "/blocked-sinks/": _page(
        "/blocked-sinks/",
        "Blocked Sinks",
        "Blocked sinks, basins, baths, showers and toilets cleared in north and central London.",
        "Blocked sinks",
        "Blocked sinks, basins, baths and toilets cleared.",
        _BLOCKED,
    ),
    "/prices/": _page(
        "/prices/",
        "Prices",
        "Our hourly rates, call-out charges, parts, parking and Congestion Charge costs.",
        "Our prices",
        "Clear rates, published in full.",
        _PRICES,
    ),
    "/payment/": _page(
        "/payment/",
        "Paying Us",
        "When and how to pay Fennick &amp; Sons for your plumbing or heating work.",
        "Paying us",
        "Simple payment, once the job is done.",
        _PAYMENT,
    ),
    "/our-guarantee/": _page(
        "/our-guarantee/",
        "Our Guarantee",
        "Our guarantee on plumbing and heating repairs.",
        "Our guarantee",
        "If our repair goes wrong, we come back and put it right.",
        _GUARANTEE,
    ),
    "/areas-we-cover/": _page(
        "/areas-we-cover/",
        "Areas We Cover",
        "Postcodes we cover in north and central London and our response times.",
        "Areas we cover",
        "North and central London, from our yard in Holloway.",
        _AREAS,
    ),
    "/landlords-and-agents/": _page(
        "/landlords-and-agents/",
        "Landlords &amp; Letting Agents",
        "Gas safety checks, repairs and trade accounts for landlords and letting agents in London.",
        "Landlords &amp; letting agents",
        "Gas checks, repairs and accounts for rental portfolios.",
        _LANDLORDS,
        testimonials=True,
    ),
    "/about-us/": _page(
        "/about-us/",
        "About Us",
        "Meet the Fennick family and our Gas Safe registered team.",
        "About us",
        "A Holloway family business since 1987.",
        _ABOUT,
        sidebar=False,
    ),
    "/faq/": _page(
        "/faq/",
        "FAQ",
        "Answers to common questions about our plumbing and heating visits.",
        "Frequently asked questions",
        "The things customers ask us most.",
        _FAQ,
    ),
    "/contact/": _page(
        "/contact/",
        "Contact &amp; Booking",
        "Book a plumber or heating engineer, office hours, appointment times and cancellations.",
        "Contact &amp; booking",
        "Book online or call the office.",
        _CONTACT,
    ),
}

QUESTIONS = [
    (
        "I've got a little café on Holloway Road and the hand-wash sink in the back is leaking, could you send "
        "someone round?",
        "/",
    ),
    (
        "It's been minus 3 all week and now the boiler won't fire up, it's making a gurgling noise. there's a "
        "white plastic pipe going outside, is that something to do with it?",
        "/boiler-repairs/",
    ),
    (
        "Boiler hasn't been looked at in about three years, probably should get it done. what's that going to cost me?",
        "/boiler-servicing/",
    ),
    (
        "I rent out a one-bed flat in Highbury and the gas certificate runs out next month, what do you charge for "
        "that?",
        "/gas-safety-certificates/",
    ),
    (
        "What happens if the tenant's old gas fire fails the landlord check? Do you just switch it off?",
        "/gas-safety-certificates/",
    ),
    (
        "We've got an old boiler that heats a big tank in the airing cupboard and there's tanks in the loft too. "
        "Could we get rid of all that and have a combi, and roughly how much?",
        "/new-boilers/",
    ),
    ("How long is the warranty on a new Worcester boiler if you fit it?", "/new-boilers/"),
    (
        "We need a new boiler but can't really find three grand in one go, can we pay it off monthly?",
        "/boiler-finance/",
    ),
    (
        "If I apply for the monthly payments will it mess up my credit rating, we're remortgaging soon",
        "/boiler-finance/",
    ),
    (
        "something's come up and I need to cancel tomorrow mornings appointment, will I get charged?",
        "/contact/",
    ),
    (
        "Water is dripping through my kitchen ceiling from the bathroom upstairs!! what do I do while I'm waiting "
        "for you",
        "/leaks-and-burst-pipes/",
    ),
    (
        "My insurance company wants something in writing about what caused the leak, can you do that?",
        "/leaks-and-burst-pipes/",
    ),
    (
        "The loo keeps running after you flush it, you can hear it hissing all night",
        "/toilets-taps-and-showers/",
    ),
    (
        "Our electric shower's packed in. Can you put a new one in or do I need to get an electrician round?",
        "/toilets-taps-and-showers/",
    ),
    (
        "my radiators are roasting at the top but stone cold at the bottom, ive already bled them twice",
        "/radiators-and-heating/",
    ),
    (
        "Kitchen sink is totally blocked and stinks. I've already poured a whole bottle of that drain unblocker "
        "stuff down it, is that ok?",
        "/blocked-sinks/",
    ),
    ("whats your hourly rate", "/prices/"),
    (
        "I live just off Clerkenwell Road, there's no parking on my street at all and it's in the congestion zone. "
        "Will that cost me extra?",
        "/prices/",
    ),
    ("Do I have to pay up front or when you've finished?", "/payment/"),
    (
        "You fixed my boiler back in the spring and now it's doing exactly the same thing again. Am I going to get "
        "charged for another visit?",
        "/our-guarantee/",
    ),
    ("Do you come out to Walthamstow?", "/areas-we-cover/"),
    (
        "My mum's 91 and her heating's stopped working, she's on her own in Archway. How fast can you get someone "
        "to her?",
        "/areas-we-cover/",
    ),
    (
        "I work at a letting agency, could your engineer pick the keys up from our office and sort out a time with "
        "the tenant directly?",
        "/landlords-and-agents/",
    ),
    (
        "I live on my own and would honestly feel more comfortable with a woman coming round, is that possible?",
        "/about-us/",
    ),
    (
        "Just had brand new cream carpets put down, will your plumber be careful with them",
        "/faq/",
    ),
]

OUT_OF_SCOPE = [
    "Do you install air source heat pumps? We're thinking of coming off gas altogether.",
    "Could you plumb in a dishwasher for me? The kitchen fitters left it sat there unconnected",
    "Is there a discount for pensioners?",
    "Do you do a monthly boiler cover plan like British Gas, where the repairs are included?",
    "Can you fit a water softener? The limescale round here is terrible",
    "Are you taking on any apprentices? My son's just finished his plumbing course at college",
    "do you lot do solar panels as well",
    "Which day are the bins collected on my road in Islington?",
]
