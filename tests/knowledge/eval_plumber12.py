"""An evaluation site: Marlowe Heating & Bathrooms, a plumbing, heating, bathroom and kitchen firm in Kettering (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a Yell Business /
Yell Sites builder page: yell-* and ys-* classes, section-wrapper blocks holding module-text, module-gallery
and module-contact-form modules, a mega-menu header, a cookie notice and a FAQ module of faq-item /
faq-question / faq-answer.
"""

NAME = "Marlowe Heating & Bathrooms"

_HEAD = """<!DOCTYPE html>
<html lang="en-GB" class="ys-site ys-theme-tradesman">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@ | Marlowe Heating &amp; Bathrooms</title>
<meta name="description" content="@@DESC@@">
<meta name="generator" content="Yell Sites">
<meta property="og:site_name" content="Marlowe Heating &amp; Bathrooms">
<meta property="og:title" content="@@TITLE@@">
<meta property="og:type" content="website">
<link rel="canonical" href="https://www.marloweheating.co.uk@@PATH@@">
<link rel="icon" type="image/png" href="/ys-assets/img/favicon-32.png">
<link rel="stylesheet" href="/ys-assets/css/ys-core.min.css?v=4.12.0">
<link rel="stylesheet" href="/ys-assets/css/theme-tradesman.min.css?v=4.12.0">
<link rel="stylesheet" href="/ys-assets/css/ys-modules.min.css?v=4.12.0">
<link rel="stylesheet" href="/ys-assets/fonts/montserrat.css">
<script>
  window.ysData = window.ysData || [];
  function ysTrack(){ysData.push(arguments);}
  ysTrack('init', 'YS-58821904'); ysTrack('pageview', '@@PATH@@');
</script>
</head>
<body class="yell-site ys-layout-wide ys-page@@BODYCLASS@@">
<div class="ys-cookie-notice" id="ys-cookie-notice" role="dialog" aria-live="polite">
  <div class="ys-cookie-notice__inner">
    <p class="ys-cookie-notice__text">We use cookies to make this website work and to see how it is used. By carrying on
      browsing you agree to our use of cookies. <a href="#ys-cookie-settings">Cookie settings</a></p>
    <button type="button" class="ys-button ys-button--small ys-cookie-accept">Accept all</button>
    <button type="button" class="ys-button ys-button--small ys-button--ghost ys-cookie-reject">Reject</button>
  </div>
</div>
<div class="ys-wrapper">
<header class="yell-header ys-header ys-header--sticky" id="ys-header">
  <div class="ys-topbar">
    <div class="ys-container ys-topbar__inner">
      <span class="ys-topbar__item ys-icon-phone"><a href="tel:01632960418">01632 960418</a></span>
      <span class="ys-topbar__item ys-icon-mail">
        <a href="mailto:hello@marloweheating.co.uk">hello@marloweheating.co.uk</a></span>
      <span class="ys-topbar__item ys-badge-gas-safe">Gas Safe registered engineers</span>
      <a class="ys-button ys-button--accent ys-topbar__cta" href="/contact/">Book a free survey</a>
    </div>
  </div>
  <div class="ys-header__main">
    <div class="ys-container ys-header__inner">
      <div class="ys-logo">
        <a href="/" class="ys-logo__link"><img src="/ys-assets/img/marlowe-logo.png"
          alt="Marlowe Heating &amp; Bathrooms logo" width="220" height="64"></a>
      </div>
      <button class="ys-nav-toggle" aria-controls="ys-nav" aria-expanded="false">
        <span class="ys-nav-toggle__bar"></span><span class="ys-nav-toggle__label">Menu</span></button>
      <nav class="ys-nav ys-nav--mega" id="ys-nav" aria-label="Main menu">
        <ul class="ys-menu">
          <li class="ys-menu__item"><a class="ys-menu__link" href="/">Home</a></li>
          <li class="ys-menu__item ys-menu__item--has-mega">
            <a class="ys-menu__link" href="/boiler-repairs/">Heating &amp; Boilers</a>
            <div class="ys-mega"><div class="ys-mega__inner">
              <div class="ys-mega__col"><h4 class="ys-mega__title">Repairs</h4><ul>
                <li><a href="/boiler-repairs/">Boiler repairs &amp; breakdowns</a></li>
                <li><a href="/emergency-callouts/">Emergency call-outs</a></li>
              </ul></div>
              <div class="ys-mega__col"><h4 class="ys-mega__title">Servicing</h4><ul>
                <li><a href="/boiler-servicing/">Boiler servicing &amp; landlord certificates</a></li>
              </ul></div>
              <div class="ys-mega__col"><h4 class="ys-mega__title">Upgrades</h4><ul>
                <li><a href="/new-boilers/">New boilers &amp; combi swaps</a></li>
                <li><a href="/radiators-and-controls/">Radiators &amp; smart thermostats</a></li>
              </ul></div>
            </div></div>
          </li>
          <li class="ys-menu__item ys-menu__item--has-mega">
            <a class="ys-menu__link" href="/bathrooms/">Bathrooms &amp; Kitchens</a>
            <div class="ys-mega"><div class="ys-mega__inner">
              <div class="ys-mega__col"><h4 class="ys-mega__title">Bathrooms</h4><ul>
                <li><a href="/bathrooms/">Bathroom design &amp; fitting</a></li>
                <li><a href="/wet-rooms/">Wet rooms</a></li>
                <li><a href="/accessible-bathrooms/">Accessible bathrooms &amp; grants</a></li>
              </ul></div>
              <div class="ys-mega__col"><h4 class="ys-mega__title">Kitchens</h4><ul>
                <li><a href="/kitchens/">Kitchen fitting &amp; plumbing</a></li>
              </ul></div>
            </div></div>
          </li>
          <li class="ys-menu__item ys-menu__item--has-children">
            <a class="ys-menu__link" href="/what-to-expect/">Your Project</a>
            <ul class="ys-submenu">
              <li><a href="/quotes-and-payments/">Quotes, deposits &amp; payments</a></li>
              <li><a href="/what-to-expect/">What to expect</a></li>
              <li><a href="/our-tidy-promise/">Our tidy promise</a></li>
              <li><a href="/guarantees/">Guarantees</a></li>
            </ul>
          </li>
          <li class="ys-menu__item ys-menu__item--has-children">
            <a class="ys-menu__link" href="/about-us/">About</a>
            <ul class="ys-submenu">
              <li><a href="/about-us/">About us &amp; the team</a></li>
              <li><a href="/reviews/">Reviews</a></li>
              <li><a href="/faq/">FAQs</a></li>
            </ul>
          </li>
          <li class="ys-menu__item ys-menu__item--cta"><a class="ys-menu__link" href="/contact/">Contact</a></li>
        </ul>
      </nav>
    </div>
  </div>
</header>
<main class="ys-main" id="ys-main">
"""

_FOOT = """</main>
<section class="section-wrapper ys-cta-strip">
  <div class="ys-container">
    <div class="module-text ys-module ys-cta-strip__text">
      <h2>Thinking about a new boiler or bathroom?</h2>
      <p>Book a free, no-obligation survey with one of our team.</p>
    </div>
    <div class="ys-cta-strip__buttons">
      <a class="ys-button ys-button--accent" href="/contact/">Book now</a>
      <a class="ys-button ys-button--ghost" href="tel:01632960418">Call 01632 960418</a>
    </div>
  </div>
</section>
<footer class="yell-footer ys-footer" id="ys-footer">
  <div class="ys-container">
    <div class="ys-row ys-footer__cols">
      <div class="ys-col ys-footer__col">
        <h4 class="ys-footer__title">Marlowe Heating &amp; Bathrooms</h4>
        <address class="ys-footer__address">Unit 7, Cransley Court<br>Northfield Avenue<br>Kettering<br>
          Northamptonshire NN16 9HU</address>
        <p>Tel: <a href="tel:01632960418">01632 960418</a><br>
          Email: <a href="mailto:hello@marloweheating.co.uk">hello@marloweheating.co.uk</a></p>
      </div>
      <div class="ys-col ys-footer__col">
        <h4 class="ys-footer__title">Office hours</h4>
        <ul class="ys-hours-list">
          <li><span>Mon &ndash; Fri</span> <span>8:00am &ndash; 5:30pm</span></li>
          <li><span>Sat &ndash; Sun</span> <span>Closed</span></li>
        </ul>
      </div>
      <div class="ys-col ys-footer__col">
        <h4 class="ys-footer__title">Quick links</h4>
        <ul class="ys-footer__links">
          <li><a href="/boiler-repairs/">Boiler repairs</a></li>
          <li><a href="/new-boilers/">New boilers</a></li>
          <li><a href="/bathrooms/">Bathrooms</a></li>
          <li><a href="/kitchens/">Kitchens</a></li>
          <li><a href="/faq/">FAQs</a></li>
          <li><a href="/contact/">Contact us</a></li>
        </ul>
      </div>
      <div class="ys-col ys-footer__col">
        <h4 class="ys-footer__title">Follow us</h4>
        <ul class="ys-social">
          <li><a class="ys-social__fb" href="https://www.facebook.com/marloweheatingkettering">Facebook</a></li>
          <li><a class="ys-social__ig" href="https://www.instagram.com/marlowe_bathrooms">Instagram</a></li>
          <li><a class="ys-social__x" href="https://x.com/marloweheating">X</a></li>
        </ul>
        <p class="ys-footer__badges"><span class="ys-badge">Gas Safe registered</span>
          <span class="ys-badge">TrustMark</span> <span class="ys-badge">WaterSafe</span></p>
      </div>
    </div>
    <div class="ys-footer__legal">
      <p>&copy; 2024 Marlowe Heating &amp; Bathrooms Ltd. Registered in England and Wales, company no. 06123458.
        VAT no. GB 912 4471 08.</p>
      <p class="ys-footer__yell">Website built with <a href="https://business.yell.com/websites/">Yell</a></p>
    </div>
  </div>
</footer>
</div>
<script src="/ys-assets/js/ys-runtime.min.js?v=4.12.0" defer></script>
</body>
</html>
"""


def _page(path, title, description, body):
    slug = path.strip("/").replace("/", "-") or "home"
    head = (
        _HEAD.replace("@@TITLE@@", title)
        .replace("@@DESC@@", description)
        .replace("@@PATH@@", path)
        .replace("@@BODYCLASS@@", " ys-page-" + slug)
    )
    return head + body + _FOOT


_TESTIMONIALS = """
<section class="section-wrapper ys-section--grey">
  <div class="ys-container">
    <div class="module-testimonials ys-module">
      <h2 class="ys-module__title">What our customers say</h2>
      <div class="ys-testimonial-list">
        <blockquote class="ys-testimonial">
          <p>"Liam had our boiler going again within the hour and explained exactly what had failed. Brilliant."</p>
          <cite>Sandra H., Burton Latimer</cite>
        </blockquote>
        <blockquote class="ys-testimonial">
          <p>"Our new bathroom is stunning and the lads left the house cleaner than they found it every day."</p>
          <cite>Priya and Tom K., Kettering</cite>
        </blockquote>
        <blockquote class="ys-testimonial">
          <p>"Honest advice on whether to repair or replace. No hard sell at all. Would recommend."</p>
          <cite>Geoff W., Rothwell</cite>
        </blockquote>
      </div>
      <a class="ys-link-more" href="/reviews/">Read more reviews</a>
    </div>
  </div>
</section>
"""

_HOME = (
    """
<section class="section-wrapper ys-hero ys-hero--image" style="background-image:url('/ys-assets/img/hero-bath.jpg')">
  <div class="ys-container">
    <div class="ys-row">
      <div class="ys-col ys-col-8">
        <div class="module-text ys-module ys-hero__text">
          <h1>Plumbing, heating &amp; bathrooms in Kettering and North Northamptonshire</h1>
          <p class="ys-lead">Family-run since 2006. We repair, service and replace boilers, and design and fit
            bathrooms, wet rooms and kitchens with our own team of engineers, fitters and tilers.</p>
          <p><a class="ys-button ys-button--accent" href="/contact/">Book a free survey</a>
            <a class="ys-button ys-button--ghost" href="/emergency-callouts/">Emergency? Click here</a></p>
        </div>
      </div>
    </div>
  </div>
</section>
<section class="section-wrapper">
  <div class="ys-container">
    <div class="module-text ys-module">
      <h2>Everything for your heating, hot water and bathroom under one roof</h2>
      <p>Whether your boiler has packed up on the coldest morning of the year or you're finally ready to replace
        that tired bathroom, Marlowe has one team that can see the whole job through. No chasing separate
        plumbers, tilers and electricians: we plan it, fit it, clear up after it and stand behind it.</p>
    </div>
    <div class="ys-row ys-services-grid">
      <div class="ys-col ys-col-4"><div class="ys-card">
        <h3><a href="/boiler-repairs/">Boiler repairs</a></h3>
        <p>Breakdowns, leaks, no heating or hot water on most gas boilers.</p></div></div>
      <div class="ys-col ys-col-4"><div class="ys-card">
        <h3><a href="/boiler-servicing/">Servicing &amp; care plans</a></h3>
        <p>Annual services, landlord certificates and monthly cover.</p></div></div>
      <div class="ys-col ys-col-4"><div class="ys-card">
        <h3><a href="/new-boilers/">New boilers</a></h3>
        <p>Fixed-price combi swaps and full system upgrades.</p></div></div>
      <div class="ys-col ys-col-4"><div class="ys-card">
        <h3><a href="/bathrooms/">Bathrooms</a></h3>
        <p>Designed in 3D and fitted by our own tradespeople.</p></div></div>
      <div class="ys-col ys-col-4"><div class="ys-card">
        <h3><a href="/accessible-bathrooms/">Accessible bathrooms</a></h3>
        <p>Level-access showers and adaptations, with help on grants.</p></div></div>
      <div class="ys-col ys-col-4"><div class="ys-card">
        <h3><a href="/kitchens/">Kitchens</a></h3>
        <p>Kitchen fitting and all the plumbing that goes with it.</p></div></div>
    </div>
  </div>
</section>
<section class="section-wrapper ys-section--light" id="areas">
  <div class="ys-container">
    <div class="ys-row">
      <div class="ys-col ys-col-7">
        <div class="module-text ys-module">
          <h2>Areas we cover</h2>
          <p><strong>Repairs, servicing and emergency call-outs</strong> are available within roughly 15 miles of
            our Kettering base: Kettering, Corby, Wellingborough, Rushden, Higham Ferrers, Burton Latimer,
            Desborough, Rothwell, Broughton, Geddington, Thrapston, Raunds and the villages in between.</p>
          <p><strong>Installations only</strong> (new boilers, bathrooms, wet rooms, adaptations and kitchens):
            we also travel further afield to Market Harborough, Oundle, Northampton (north and east side) and
            Huntingdon. We're sorry, but we can't offer repairs, servicing or emergency cover in these areas
            because we can't reach you quickly enough. Once we've fitted a boiler out there, your local
            Worcester Bosch or Vaillant engineer can carry out the annual service without affecting the
            warranty.</p>
          <p>Not sure if you're in our area? Pop your postcode in the <a href="/contact/">contact form</a> and
            we'll let you know.</p>
        </div>
      </div>
      <div class="ys-col ys-col-5">
        <div class="ys-widget ys-widget--why">
          <h3>Why choose Marlowe?</h3>
          <ul class="ys-ticks">
            <li>Gas Safe registered engineers</li>
            <li>Fixed-price written quotes</li>
            <li>Our own fitters and tilers</li>
            <li>Tidy, respectful and on time</li>
            <li>Insurance-backed guarantees</li>
          </ul>
          <a class="ys-button ys-button--accent" href="/contact/">Get a quote</a>
        </div>
      </div>
    </div>
  </div>
</section>
"""
    + _TESTIMONIALS
)

_REPAIRS = """
<section class="section-wrapper ys-page-banner">
  <div class="ys-container"><div class="module-text ys-module">
    <h1>Boiler Repairs &amp; Breakdowns</h1>
    <p class="ys-breadcrumbs"><a href="/">Home</a> &rsaquo; Heating &amp; Boilers &rsaquo; Boiler repairs</p>
  </div></div>
</section>
<section class="section-wrapper">
  <div class="ys-container">
    <div class="ys-row">
      <div class="ys-col ys-col-8">
        <div class="module-text ys-module">
          <p>No heating, no hot water, water dripping from under the boiler or a fault code you don't
            recognise? Our Gas Safe engineers carry the common parts for most makes on their vans, so many
            breakdowns are fixed on the first visit. Where a part has to be ordered, it usually arrives the next
            working day.</p>
          <p>We repair natural gas and LPG boilers, including Worcester Bosch, Vaillant, Baxi, Ideal, Glow-worm,
            Viessmann, Vokera, Potterton and Alpha. We don't work on oil-fired boilers; for oil we'd suggest
            an OFTEC-registered technician.</p>
          <h2>What a repair visit costs</h2>
          <div class="ys-table-wrap">
          <table class="ys-table ys-table--striped">
            <thead><tr><th>Weekday repairs (Mon&ndash;Fri, 8am&ndash;5.30pm)</th><th>Price inc. VAT</th></tr>
            </thead>
            <tbody>
              <tr><td>Call-out including the first hour of labour</td><td>&pound;89</td></tr>
              <tr><td>Each additional 15 minutes</td><td>&pound;22</td></tr>
              <tr><td>Parts</td><td>Quoted and agreed before we fit them</td></tr>
              <tr><td>Return visit to fit an ordered part</td><td>Labour only, no second call-out charge</td></tr>
            </tbody>
          </table>
          </div>
          <p>Evening, weekend and bank holiday rates are on our <a href="/emergency-callouts/">emergency
            call-outs</a> page.</p>
          <h2>Is your boiler still under warranty?</h2>
          <p>If your boiler is still inside the manufacturer's warranty, ring the manufacturer first: they
            will send their own engineer free of charge. If we fitted it, just ring us.</p>
          <h2>Things to check before you call us</h2>
          <ul>
            <li><strong>Low pressure.</strong> The gauge on the front should read between 1 and 1.5 bar with
              the heating cold. If it's below 1, you can top it up yourself using the filling loop (usually a
              silver braided hose with one or two small taps underneath the boiler). Open it slowly until the
              needle reaches 1.5, then close it firmly. If the pressure keeps dropping more than about once a
              week, water is escaping somewhere, often the pressure relief valve or a weeping radiator valve,
              and it's worth booking a repair.</li>
            <li><strong>Frozen condensate pipe.</strong> In freezing weather the thin plastic pipe running
              outside can freeze and the boiler locks out, often with a gurgling noise. Pour warm (not
              boiling) water along the pipe, then press reset.</li>
            <li><strong>Gas supply.</strong> If you have a prepayment meter, check there's credit and that
              the hob lights.</li>
            <li><strong>Reset once.</strong> Press the reset button once. If it locks out again, don't keep
              resetting it; give us a call.</li>
          </ul>
          <h2>Older boilers</h2>
          <p>We'll repair boilers of any age where parts are still made. On many boilers over 15 years old,
            such as back boilers and early Potterton and Baxi models, parts are discontinued and we'll tell
            you honestly if a repair isn't worth it. If you then have a <a href="/new-boilers/">new boiler</a>
            fitted by us within 30 days, we'll take the call-out charge off the price.</p>
        </div>
      </div>
      <aside class="ys-col ys-col-4 ys-sidebar">
        <div class="ys-widget ys-widget--contact">
          <h3>Need it fixing?</h3>
          <p>Call the office on <a href="tel:01632960418">01632 960418</a> or send us a photo of the fault code
            on WhatsApp.</p>
          <a class="ys-button ys-button--accent" href="/contact/">Book a repair</a>
        </div>
        <div class="ys-widget">
          <h3>Related</h3>
          <ul><li><a href="/boiler-servicing/">Servicing &amp; care plans</a></li>
            <li><a href="/emergency-callouts/">Emergency call-outs</a></li>
            <li><a href="/guarantees/">Our guarantees</a></li></ul>
        </div>
      </aside>
    </div>
  </div>
</section>
"""

_EMERGENCY = """
<section class="section-wrapper ys-page-banner ys-page-banner--red">
  <div class="ys-container"><div class="module-text ys-module">
    <h1>Emergency Plumbing &amp; Heating</h1>
    <p class="ys-lead">Out-of-hours line: <a href="tel:07700900462"><strong>07700 900462</strong></a></p>
  </div></div>
</section>
<section class="section-wrapper">
  <div class="ys-container">
    <div class="ys-row">
      <div class="ys-col ys-col-8">
        <div class="module-text ys-module">
          <div class="ys-alert ys-alert--danger">
            <h2>Can you smell gas?</h2>
            <p>Don't call us first. Open doors and windows, don't use light switches or anything that could
              spark, turn off the gas at the meter if you can, get everyone outside and call the National Gas
              Emergency Service free on <a href="tel:0800111999">0800 111 999</a> (24 hours). Once they have
              made it safe, we can come and repair the appliance.</p>
          </div>
          <h2>When we're available</h2>
          <p>Outside office hours our emergency line is answered from 7am to 10pm, seven days a week,
            including bank holidays (closed Christmas Day). Between 10pm and 7am we attend for Care Plus
            plan members only. Within our repair area we aim to be with you within 3 hours.</p>
          <h2>What counts as an emergency?</h2>
          <ul>
            <li>A leak or burst pipe you can't stop, or water coming through a ceiling</li>
            <li>No heating or hot water where someone in the home is over 75, has a baby under 12 months, or is
              seriously ill</li>
            <li>Your only toilet is leaking badly or won't flush</li>
          </ul>
          <h2>Out-of-hours rates</h2>
          <table class="ys-table">
            <thead><tr><th>When</th><th>First hour</th><th>Then per 30 minutes</th></tr></thead>
            <tbody>
              <tr><td>Weekday evenings (5.30pm&ndash;10pm) and Saturdays</td><td>&pound;145</td>
                <td>&pound;35</td></tr>
              <tr><td>Sundays and bank holidays</td><td>&pound;185</td><td>&pound;45</td></tr>
              <tr><td>Nights, 10pm&ndash;7am (Care Plus members)</td><td colspan="2">Included in your plan</td></tr>
            </tbody>
          </table>
          <p>Parts are extra and agreed with you first. All prices include VAT.</p>
          <h2>What to do while you wait for us</h2>
          <ol>
            <li>Turn off the stopcock. It's usually under the kitchen sink, but can be under the stairs, in a
              downstairs toilet or in the garage, wherever the water pipe comes into the house.</li>
            <li>Open the cold taps in the kitchen and bathroom to drain the pipes.</li>
            <li>Switch off the boiler and any immersion heater.</li>
            <li>If water is near light fittings or sockets, turn off the electricity at the fuse box and don't
              touch anything wet that's electrical.</li>
            <li>If a ceiling is bulging with water, put a bucket underneath and keep everyone out of the
              room.</li>
          </ol>
        </div>
      </div>
      <aside class="ys-col ys-col-4 ys-sidebar">
        <div class="ys-widget ys-widget--emergency">
          <h3>Emergency line</h3>
          <p class="ys-big-phone"><a href="tel:07700900462">07700 900462</a></p>
          <p>7am&ndash;10pm, 7 days a week</p>
        </div>
        <div class="ys-widget">
          <h3>Not urgent?</h3>
          <p>Book a weekday <a href="/boiler-repairs/">boiler repair</a> at our standard rate.</p>
        </div>
      </aside>
    </div>
  </div>
</section>
"""

_SERVICING = """
<section class="section-wrapper ys-page-banner">
  <div class="ys-container"><div class="module-text ys-module">
    <h1>Boiler Servicing &amp; Landlord Gas Safety Certificates</h1>
  </div></div>
</section>
<section class="section-wrapper">
  <div class="ys-container">
    <div class="module-text ys-module">
      <p>An annual service keeps your boiler safe and efficient, catches small problems before they turn into
        a January breakdown, and is a condition of almost every manufacturer's warranty. We'll send you a
        reminder each year when it's due.</p>
      <h2>What's included in a service</h2>
      <ul>
        <li>Flue gas analysis with a calibrated analyser to check the boiler is burning safely</li>
        <li>Checks on gas pressure, burner, seals, flue and ventilation</li>
        <li>Cleaning the condensate trap and checking the expansion vessel</li>
        <li>Testing the safety devices and controls</li>
        <li>Filling in the Benchmark logbook and emailing you a service report</li>
      </ul>
      <p>A typical service takes 45 minutes to an hour.</p>
      <h2>Service prices</h2>
      <table class="ys-table ys-table--striped">
        <thead><tr><th>Service</th><th>Price inc. VAT</th></tr></thead>
        <tbody>
          <tr><td>Gas boiler service</td><td>&pound;85</td></tr>
          <tr><td>LPG boiler service</td><td>&pound;95</td></tr>
          <tr><td>Gas fire service</td><td>&pound;70</td></tr>
          <tr><td>Boiler and gas fire serviced on the same visit</td><td>&pound;135</td></tr>
          <tr><td>Landlord gas safety record (CP12), including a boiler service and one other appliance</td>
            <td>&pound;110</td></tr>
          <tr><td>Each additional gas appliance on a CP12</td><td>&pound;15</td></tr>
        </tbody>
      </table>
      <h2>Landlords</h2>
      <p>Landlords must have every gas appliance in a let property checked every 12 months. We keep your
        records, remind you four weeks before a certificate runs out, arrange access directly with your
        tenants if you like, and email your CP12 the same day.</p>
    </div>
    <div class="module-text ys-module ys-plans" id="care-plans">
      <h2>Marlowe Care plans</h2>
      <p>Spread the cost of your service and protect yourself against big repair bills.</p>
      <div class="ys-row">
        <div class="ys-col ys-col-6"><div class="ys-card ys-plan">
          <h3>Care Essentials &ndash; &pound;9.50 a month</h3>
          <ul><li>Annual boiler service</li><li>10% off any repairs</li><li>Priority booking</li></ul>
        </div></div>
        <div class="ys-col ys-col-6"><div class="ys-card ys-plan ys-plan--featured">
          <h3>Care Plus &ndash; &pound;17.50 a month</h3>
          <ul><li>Annual boiler service</li><li>Unlimited call-outs, including evenings, weekends and
            nights</li><li>Parts and labour covered up to &pound;1,000 a year</li><li>Priority booking</li></ul>
        </div></div>
      </div>
      <p class="ys-small">Plans are for gas boilers under 12 years old. Your first service acts as an
        inspection and we'll tell you if anything needs fixing before cover starts. There's a 30-day wait
        before you can claim for a breakdown. Minimum term 12 months, then cancel any time with one month's
        notice.</p>
      <a class="ys-button ys-button--accent" href="/contact/">Book a service</a>
    </div>
  </div>
</section>
"""

_NEW_BOILERS = """
<section class="section-wrapper ys-page-banner">
  <div class="ys-container"><div class="module-text ys-module">
    <h1>New Boilers, Combi Swaps &amp; System Upgrades</h1>
  </div></div>
</section>
<section class="section-wrapper">
  <div class="ys-container">
    <div class="ys-row">
      <div class="ys-col ys-col-8">
        <div class="module-text ys-module">
          <p>A new A-rated boiler can cut your gas bill and end the worry of breakdowns. We give fixed prices,
            fit only boilers we'd have in our own homes, and register the full warranty for you.</p>
          <h2>Fixed prices, supplied and fitted</h2>
          <table class="ys-table ys-table--striped">
            <thead><tr><th>Installation</th><th>From (inc. VAT)</th></tr></thead>
            <tbody>
              <tr><td>Combi swap, same position &ndash; Worcester Bosch Greenstar 4000 25kW</td>
                <td>&pound;2,395</td></tr>
              <tr><td>Combi swap, same position &ndash; Vaillant ecoTEC plus 825</td><td>&pound;2,495</td></tr>
              <tr><td>Combi swap, same position &ndash; Worcester Bosch Greenstar 8000 30kW</td>
                <td>&pound;3,150</td></tr>
              <tr><td>Moving the boiler to a new position (e.g. kitchen to utility or loft)</td>
                <td>add &pound;450</td></tr>
              <tr><td>Conversion from a regular boiler with loft tanks and hot water cylinder to a combi,
                including removing the tanks and cylinder</td><td>&pound;3,450</td></tr>
              <tr><td>System boiler with unvented cylinder (homes with two or more bathrooms)</td>
                <td>&pound;4,850</td></tr>
              <tr><td>Back boiler removed and replaced with a wall-hung boiler</td><td>&pound;3,900</td></tr>
            </tbody>
          </table>
          <p>Every installation includes a magnetic system filter, a chemical clean and inhibitor, a
            wireless programmable room thermostat, registration with Gas Safe and Building Control, and
            registration of your manufacturer warranty.</p>
          <h2>Combi or system boiler?</h2>
          <p>A combi heats water straight from the mains as you use it, so there's no tank and no waiting. It
            suits most homes with one bathroom, or a bathroom and en suite that aren't used at the same time.
            At the survey we measure your mains flow; a combi needs at least 12 litres a minute to give a good
            shower. Bigger households running two showers at once are better off with a system boiler and an
            unvented cylinder.</p>
          <h2>How long does it take?</h2>
          <ul>
            <li><strong>Like-for-like combi swap:</strong> one day. Your heating and hot water will be off from
              around 8.30am until mid to late afternoon.</li>
            <li><strong>Tank-to-combi conversion:</strong> two days, so expect one night without hot
              water.</li>
            <li><strong>System boiler with cylinder:</strong> three days.</li>
          </ul>
          <p>You'll have cold water throughout, except for short spells we'll warn you about.</p>
          <h2>Warranties up to 12 years</h2>
          <p>As Worcester Bosch Accredited Installers we can offer up to 12 years' manufacturer warranty on
            Greenstar boilers, and up to 10 years on Vaillant as Vaillant Advance installers, as long as the
            boiler is serviced every year.</p>
          <p>Want to spread the cost? See <a href="/quotes-and-payments/">quotes, deposits &amp;
            payments</a>.</p>
        </div>
      </div>
      <aside class="ys-col ys-col-4 ys-sidebar">
        <div class="ys-widget ys-widget--quote">
          <h3>Quick boiler quote</h3>
          <p>Send us photos of your boiler, the pipes underneath and the flue outside and we'll get back to
            you.</p>
          <a class="ys-button ys-button--accent" href="/contact/">Get my quote</a>
        </div>
        <div class="ys-widget">
          <h3>Upgrade your controls</h3>
          <p>Add a <a href="/radiators-and-controls/">smart thermostat</a> to your new boiler.</p>
        </div>
      </aside>
    </div>
  </div>
</section>
"""

_RADIATORS = """
<section class="section-wrapper ys-page-banner">
  <div class="ys-container"><div class="module-text ys-module">
    <h1>Radiators, Smart Thermostats &amp; Heating Controls</h1>
  </div></div>
</section>
<section class="section-wrapper">
  <div class="ys-container">
    <div class="module-text ys-module" id="smart-thermostats">
      <h2>Smart thermostats</h2>
      <p>Turn the heating up from the sofa, switch it off when you're away, or have it warm the house on your
        way home from work. We supply and fit the main smart thermostats and set the app up on your phone
        with you before we leave.</p>
      <table class="ys-table ys-table--striped">
        <thead><tr><th>Thermostat</th><th>Supplied &amp; fitted (inc. VAT)</th></tr></thead>
        <tbody>
          <tr><td>Hive Active Heating</td><td>&pound;229</td></tr>
          <tr><td>Google Nest Learning Thermostat with Heat Link</td><td>&pound;279</td></tr>
          <tr><td>tado&deg; Smart Thermostat starter kit</td><td>&pound;249</td></tr>
          <tr><td>Drayton Wiser with four smart radiator valves (room-by-room control)</td><td>&pound;395</td></tr>
          <tr><td>Fitting a thermostat you've bought yourself</td><td>&pound;95</td></tr>
        </tbody>
      </table>
      <p>Fitting takes one and a half to two hours. You'll need a reliable Wi-Fi signal near the boiler or
        the thermostat. They work with nearly all combi and system boilers; on some Worcester Bosch and
        Vaillant models we'll recommend a compatible control that can turn the boiler's flame down rather
        than just on and off, which saves more gas.</p>
    </div>
    <div class="module-text ys-module" id="radiators">
      <h2>Moving and replacing radiators</h2>
      <p>Planning a new kitchen, or fed up with a radiator stuck behind the sofa? We move radiators, fit
        new ones and add heated towel rails.</p>
      <table class="ys-table ys-table--striped">
        <thead><tr><th>Job</th><th>Price (inc. VAT)</th></tr></thead>
        <tbody>
          <tr><td>Move a radiator along the same wall (up to 1 metre)</td><td>&pound;195</td></tr>
          <tr><td>Move a radiator to a different wall in the same room</td><td>&pound;285</td></tr>
          <tr><td>Replace a radiator with one the same size</td><td>&pound;165 plus radiator</td></tr>
          <tr><td>Standard white panel radiator</td><td>from &pound;65</td></tr>
          <tr><td>Designer, column or vertical radiator</td><td>from &pound;220</td></tr>
          <tr><td>Heated towel rail fitted</td><td>&pound;180 plus rail</td></tr>
        </tbody>
      </table>
      <p>Prices include draining and refilling the system, new pipework run under the floorboards, adding
        inhibitor and bleeding the radiators. On solid concrete floors the pipes may need to run along the
        skirting or be chased into the wall, which we'll price at a survey.</p>
    </div>
    <div class="module-text ys-module" id="powerflush">
      <h2>Powerflushing</h2>
      <p>Radiators that are cold at the bottom and warm at the top, a boiler that bangs or sounds like a
        kettle, or black water when you bleed a radiator are all signs of sludge in the system. A powerflush
        pumps cleaning chemicals through at high flow to clear it.</p>
      <p>A powerflush costs &pound;450 for up to 10 radiators, plus &pound;25 for each extra radiator, and
        takes a full day. We'll fit a magnetic filter at the same time if you don't already have one.</p>
      <p class="ys-tip"><strong>Tip:</strong> a radiator that's cold at the top but warm at the bottom just
        has air in it. Bleed it with a radiator key, then check the boiler pressure.</p>
    </div>
  </div>
</section>
"""

_BATHROOMS = (
    """
<section class="section-wrapper ys-page-banner">
  <div class="ys-container"><div class="module-text ys-module">
    <h1>Bathroom Design &amp; Installation</h1>
  </div></div>
</section>
<section class="section-wrapper">
  <div class="ys-container">
    <div class="module-text ys-module">
      <p>From a small downstairs cloakroom to a full family bathroom with a freestanding bath, we design,
        supply and fit bathrooms across North Northamptonshire. One team handles every trade.</p>
      <h2>How it works</h2>
      <ol class="ys-steps">
        <li><strong>Free design visit.</strong> Our designer spends about an hour with you: measuring up,
          looking at pipes and drainage, and talking through how you use the room and what you want to
          spend.</li>
        <li><strong>3D design and quote.</strong> You get a 3D drawing of the new room and an itemised,
          fixed-price quote.</li>
        <li><strong>Choose your products.</strong> See suites, showers and tiles in our showroom, or look
          online with our designer's shortlist.</li>
        <li><strong>Installation.</strong> Our own team strips out, plumbs, plasters, tiles and fits.</li>
      </ol>
      <h2>All the trades, one team</h2>
      <p>Plumbing, tiling, plastering, boxing in, flooring (including Karndean and Amtico LVT) and
        electrical work. Our NICEIC-registered electrician fits lighting, extractor fans, shaver sockets and
        electric showers and certifies the work.</p>
      <h2>Supply and fit, or fit only</h2>
      <p>Most customers let us supply everything: we buy at trade prices, handle deliveries and deal with
        anything that arrives damaged. But you're welcome to buy your own suite, taps, shower and tiles
        online or from a DIY store and pay us to fit them. We'll email you a checklist of the small parts
        you'll also need (wastes, valves, fixings, adhesive and grout) and check everything when it's
        delivered, before we rip out your old bathroom. Guarantees differ on items you supply yourself; see
        our <a href="/guarantees/">guarantees</a>.</p>
      <h2>Price guide</h2>
      <table class="ys-table ys-table--striped">
        <thead><tr><th>Project</th><th>Typical starting price (inc. VAT)</th></tr></thead>
        <tbody>
          <tr><td>Cloakroom / downstairs WC</td><td>&pound;2,900</td></tr>
          <tr><td>En suite shower room</td><td>&pound;5,200</td></tr>
          <tr><td>Family bathroom, same layout, bath with shower over, half tiled</td><td>&pound;6,500</td></tr>
          <tr><td>Family bathroom, new layout, fully tiled</td><td>&pound;9,500</td></tr>
          <tr><td>Luxury bathroom with freestanding bath and walk-in shower</td><td>&pound;14,000</td></tr>
        </tbody>
      </table>
      <p>Prices include labour, mid-range products and taking away the old bathroom.</p>
      <p><strong>Current waiting time:</strong> we're booking bathroom installations about 6&ndash;8 weeks
        ahead.</p>
      <a class="ys-button ys-button--accent" href="/contact/">Book a free design visit</a>
    </div>
  </div>
</section>
<section class="section-wrapper ys-section--light">
  <div class="ys-container">
    <div class="module-gallery ys-module" data-columns="3">
      <h2 class="ys-module__title">Recent bathrooms</h2>
      <div class="ys-gallery">
        <figure class="ys-gallery__item"><img src="/ys-assets/img/gallery/bath-barton-seagrave.jpg"
          alt="Grey bathroom with freestanding bath"><figcaption>Family bathroom, Barton Seagrave</figcaption>
        </figure>
        <figure class="ys-gallery__item"><img src="/ys-assets/img/gallery/ensuite-corby.jpg"
          alt="Small en suite with walk-in shower"><figcaption>En suite, Corby</figcaption></figure>
        <figure class="ys-gallery__item"><img src="/ys-assets/img/gallery/cloakroom-desborough.jpg"
          alt="Downstairs toilet with vanity basin"><figcaption>Cloakroom, Desborough</figcaption></figure>
      </div>
    </div>
  </div>
</section>
"""
    + _TESTIMONIALS
)

_WET_ROOMS = """
<section class="section-wrapper ys-page-banner">
  <div class="ys-container"><div class="module-text ys-module">
    <h1>Wet Rooms &amp; Level-Access Showers</h1>
  </div></div>
</section>
<section class="section-wrapper">
  <div class="ys-container">
    <div class="ys-row">
      <div class="ys-col ys-col-8">
        <div class="module-text ys-module">
          <p>A wet room has no shower tray and no step. The floor slopes gently to a drain, and the whole room
            is waterproofed, so you simply walk in. They look sleek, are easy to clean and make a small room
            feel bigger.</p>
          <h2>Can I have one upstairs?</h2>
          <p>Yes, most of the wet rooms we build are upstairs. On timber floors we take up the floorboards in
            the shower area and fit a pre-formed wet room former: a rigid board with the slope already built
            in, set down between the joists so it finishes level with the rest of the floor. We add extra
            timbers between the joists where needed to stop any movement. The direction your joists run
            decides where the drain can go, so at the survey we lift a board to check. On concrete ground
            floors we break out the screed to create the slope, or use a low-profile linear drain.</p>
          <h2>Waterproofing</h2>
          <p>Walls and floor are tanked with a complete waterproof membrane system. Before any tiles go down
            we flood the floor and leave it for 24 hours to prove it's watertight.</p>
          <h2>Making it safe and comfortable</h2>
          <ul>
            <li>Slip-resistant floor tiles rated R11, or small mosaics, which grip better</li>
            <li>Electric underfloor heating from &pound;450, to dry the floor quickly</li>
            <li>A fixed glass screen to keep towels and toilet roll dry in smaller rooms</li>
          </ul>
          <h2>Cost and timescale</h2>
          <p>A typical upstairs wet room starts from &pound;8,500. Allow 12&ndash;15 working days: longer than
            a standard bathroom, because the tanking and any new screed need time to dry properly.</p>
          <p>Need a shower for someone with limited mobility? See our
            <a href="/accessible-bathrooms/">accessible bathrooms</a> page for grab rails, seats and grants.</p>
        </div>
      </div>
      <aside class="ys-col ys-col-4 ys-sidebar">
        <div class="ys-widget">
          <h3>Free design visit</h3>
          <p>See what's possible in your home.</p>
          <a class="ys-button ys-button--accent" href="/contact/">Book now</a>
        </div>
        <div class="ys-widget">
          <h3>Also see</h3>
          <ul><li><a href="/bathrooms/">Bathrooms</a></li><li><a href="/what-to-expect/">What to
            expect</a></li></ul>
        </div>
      </aside>
    </div>
  </div>
</section>
"""

_ACCESSIBLE = """
<section class="section-wrapper ys-page-banner">
  <div class="ys-container"><div class="module-text ys-module">
    <h1>Accessible Bathrooms, Disabled Adaptations &amp; Grants</h1>
  </div></div>
</section>
<section class="section-wrapper">
  <div class="ys-container">
    <div class="module-text ys-module">
      <p>Getting in and out of the bath shouldn't be a daily worry. We adapt bathrooms so people can stay
        safe and independent at home, and our adaptations coordinator, Janet Pryce, can guide you through
        the funding side.</p>
      <h2>What we fit</h2>
      <ul>
        <li>Level-access showers and bath-to-shower conversions</li>
        <li>Walk-in baths with a door</li>
        <li>Comfort-height toilets and wash-and-dry toilets such as Geberit AquaClean</li>
        <li>Grab rails, drop-down support rails and fold-down shower seats</li>
        <li>Thermostatic shower valves that prevent scalding, and easy-turn lever taps</li>
        <li>Non-slip flooring</li>
      </ul>
    </div>
    <div class="module-text ys-module" id="grants">
      <h2>Disabled Facilities Grants</h2>
      <p>A Disabled Facilities Grant (DFG) from your local council can pay for adaptations such as a
        level-access shower. Locally that's North Northamptonshire Council or West Northamptonshire
        Council. Grants are up to &pound;30,000 in England.</p>
      <ul>
        <li><strong>Step one:</strong> ring your council's adult social care team and ask for an occupational
          therapist (OT) assessment.</li>
        <li>The OT recommends the work needed, then the council asks for quotes. We're on the approved
          contractor lists and will quote for you.</li>
        <li>For adults the grant is means-tested on the disabled person's (and their partner's) income and
          savings. Grants for children under 18 aren't means-tested.</li>
        <li>Don't start work before the grant is approved, as councils won't pay for work that has already
          begun.</li>
        <li>From first phone call to finished shower typically takes 4&ndash;8 months.</li>
      </ul>
      <p>Smaller items such as grab rails costing under &pound;1,000 are often fitted free by the council
        after an OT visit, without a full grant application.</p>
    </div>
    <div class="module-text ys-module" id="vat">
      <h2>Paying no VAT on adaptations</h2>
      <p>If the work is for someone with a long-term illness or disability, such as MS, a stroke, or
        arthritis that affects their mobility, adapting a bathroom for their use can be zero-rated for VAT.
        You sign a short eligibility declaration, which we provide, and we don't charge VAT on the
        qualifying work. Being elderly on its own doesn't qualify.</p>
      <h2>During the work</h2>
      <p>We plan every adaptation so there's still a usable toilet in the house, and we're happy to work
        around carers' visits.</p>
      <a class="ys-button ys-button--accent" href="/contact/">Talk to Janet</a>
    </div>
  </div>
</section>
"""

_KITCHENS = """
<section class="section-wrapper ys-page-banner">
  <div class="ys-container"><div class="module-text ys-module">
    <h1>Kitchen Fitting &amp; Kitchen Plumbing</h1>
  </div></div>
</section>
<section class="section-wrapper">
  <div class="ys-container">
    <div class="ys-row">
      <div class="ys-col ys-col-8">
        <div class="module-text ys-module">
          <h2>Kitchen fitting</h2>
          <p>We don't sell kitchens ourselves, so we're happy to fit one from wherever you've bought it:
            Howdens, Magnet, Wren, Wickes, B&amp;Q, IKEA or an independent showroom. Flat-pack units are
            assembled on site; for an IKEA kitchen allow an extra one or two days for building the
            cabinets.</p>
          <p>Our fitting price for a typical 10&ndash;12 unit kitchen starts from &pound;3,200 for labour. That
            covers stripping out the old kitchen, plumbing, electrics, fitting the units, laminate worktops
            and a tiled splashback. Most kitchens take 5&ndash;8 working days.</p>
          <h2>Worktops</h2>
          <p>We cut and fit laminate and solid wood worktops ourselves. Quartz and granite are measured by the
            stone company once the units are in, then fitted 7&ndash;10 working days later. In the meantime we
            fit a temporary worktop and connect the sink so you still have running water.</p>
          <h2>Kitchen plumbing</h2>
          <table class="ys-table ys-table--striped">
            <thead><tr><th>Job</th><th>Price (inc. VAT)</th></tr></thead>
            <tbody>
              <tr><td>Plumbing in a washing machine or dishwasher (new valve and waste)</td>
                <td>&pound;95 each</td></tr>
              <tr><td>Fitting a boiling water tap (Quooker, Grohe Red, InSinkErator)</td><td>from &pound;160</td></tr>
              <tr><td>Water supply for an American-style fridge freezer</td><td>&pound;120</td></tr>
              <tr><td>Connecting a gas hob or cooker (Gas Safe)</td><td>&pound;95</td></tr>
              <tr><td>Disconnecting and capping a gas hob or cooker</td><td>&pound;60</td></tr>
            </tbody>
          </table>
          <h2>Sinks in islands</h2>
          <p>Moving the sink into an island is possible in most homes. The waste pipe needs a steady fall to
            the drain, so on concrete floors we may need to channel it into the floor. Where a fall isn't
            possible we fit a small pumped waste unit hidden in the cabinet.</p>
        </div>
      </div>
      <aside class="ys-col ys-col-4 ys-sidebar">
        <div class="ys-widget">
          <h3>Planning a kitchen?</h3>
          <p>Send us your kitchen company's plan and we'll price the fitting.</p>
          <a class="ys-button ys-button--accent" href="/contact/">Get a fitting quote</a>
        </div>
        <div class="ys-widget">
          <h3>Radiator in the way?</h3>
          <p>We can <a href="/radiators-and-controls/">move it</a> while the kitchen's out.</p>
        </div>
      </aside>
    </div>
  </div>
</section>
"""

_QUOTES = """
<section class="section-wrapper ys-page-banner">
  <div class="ys-container"><div class="module-text ys-module">
    <h1>Quotes, Deposits &amp; Payments</h1>
  </div></div>
</section>
<section class="section-wrapper">
  <div class="ys-container">
    <div class="module-text ys-module" id="quotes">
      <h2>Getting a quote</h2>
      <p>Surveys for installation work (boilers, bathrooms, wet rooms, kitchens and adaptations) are free and
        there's no obligation. For a straightforward boiler swap we can often quote from photos sent on
        WhatsApp, without a visit at all.</p>
      <ul>
        <li>Boiler quotes are emailed within 3 working days of the survey.</li>
        <li>Bathroom and kitchen quotes, with drawings, within 7 working days.</li>
        <li>Quotes are fixed-price and valid for 60 days.</li>
      </ul>
      <p>Some things can't be seen until the old bathroom or kitchen is out, like rotten floorboards or
        hidden pipework. These are listed on your quote as provisional items. If we find something, we'll
        show you photos and agree the price in writing before doing any extra work. Repairs aren't quoted in
        advance; they're charged at our standard <a href="/boiler-repairs/">repair rates</a>.</p>
    </div>
    <div class="module-text ys-module" id="payments">
      <h2>Deposits and payment stages</h2>
      <table class="ys-table ys-table--striped">
        <thead><tr><th>Type of job</th><th>When you pay</th></tr></thead>
        <tbody>
          <tr><td>Repairs, servicing and any job under &pound;1,000</td><td>On completion</td></tr>
          <tr><td>New boilers</td><td>No deposit. Paid in full on the day it's fitted</td></tr>
          <tr><td>Bathrooms, wet rooms and kitchens</td><td>25% deposit to book your start date and order
            materials; 50% on the first day of work; the final 25% on completion, once you've walked round
            with us and are happy</td></tr>
          <tr><td>Grant-funded adaptations</td><td>Paid direct by the council; any top-up you've agreed to
            pay is due on completion</td></tr>
        </tbody>
      </table>
      <h2>How to pay</h2>
      <p>Bank transfer, or debit and credit cards with no surcharge, either on our engineers' card readers
        or over the phone. We accept cash up to &pound;500. We no longer accept cheques.</p>
      <h2>Spreading the cost</h2>
      <p>New boilers can be paid over 12 months at 0% APR, or over up to 5 years at 9.9% APR
        representative. Bathrooms, wet rooms and kitchens can be spread over up to 10 years at 9.9% APR
        representative. Finance is subject to status, the minimum spend is &pound;1,000, and the online
        application takes about 10 minutes. Marlowe Heating &amp; Bathrooms Ltd acts as a credit broker,
        not a lender.</p>
    </div>
    <div class="module-text ys-module" id="cancellations">
      <h2>Cancelling or rearranging</h2>
      <p>If you agreed your contract in your home, over the phone or online, you have a 14-day cooling-off
        period and can cancel for any reason with a full refund of your deposit. After 14 days we'll refund
        your deposit less the cost of anything already ordered that can't be returned, such as
        made-to-measure shower screens, cut worktops or special-order tiles.</p>
      <p>Need to move a repair or service appointment? Please give us 24 hours' notice. If we arrive and
        there's nobody home, there's a &pound;40 missed appointment charge.</p>
    </div>
  </div>
</section>
"""

_EXPECT = """
<section class="section-wrapper ys-page-banner">
  <div class="ys-container"><div class="module-text ys-module">
    <h1>What to Expect During Your Refit</h1>
  </div></div>
</section>
<section class="section-wrapper">
  <div class="ys-container">
    <div class="ys-row">
      <div class="ys-col ys-col-8">
        <div class="module-text ys-module">
          <p>Having a bathroom or kitchen ripped out is disruptive, and knowing what's coming helps. Here's
            how a typical project with us runs.</p>
          <h2>Before we start</h2>
          <p>About a week before, Dan, our project manager, will ring to confirm the start date and talk
            through where the van can park and where materials can be stored. Please empty the room of
            toiletries, cabinets and pictures before day one. Many customers leave us a key or use a key
            safe so they don't have to stay in; just keep pets out of the work area.</p>
          <h2>Working hours</h2>
          <p>Our fitters arrive at 8am and work until about 4.30pm, Monday to Friday. We don't work weekends
            unless we've agreed it with you in advance.</p>
          <h2>A typical bathroom, day by day</h2>
          <table class="ys-table">
            <thead><tr><th>Days</th><th>What happens</th></tr></thead>
            <tbody>
              <tr><td>1</td><td>Strip-out and removal of the old bathroom</td></tr>
              <tr><td>2&ndash;3</td><td>First fix plumbing and electrics, boarding walls</td></tr>
              <tr><td>4</td><td>Plastering and drying</td></tr>
              <tr><td>5&ndash;7</td><td>Tiling and grouting</td></tr>
              <tr><td>8&ndash;9</td><td>Second fix: suite, taps, shower, toilet and lights</td></tr>
              <tr><td>10</td><td>Flooring, sealing, final clean and handover</td></tr>
            </tbody>
          </table>
          <p>Most bathrooms take 8&ndash;12 working days, depending on size and tiling.</p>
          <h2>Water and the toilet</h2>
          <p>We only turn the water off for short spells and we'll tell you beforehand. If the bathroom has
            your only toilet, we reconnect it at the end of each working day so you always have a working
            loo overnight. On the one or two days it can't go back (usually while the floor is being laid)
            we can hire a portable toilet for you at cost, about &pound;95 a week. You won't have a bath or
            shower for most of the job, so it's worth lining up family, friends or the gym.</p>
          <h2>Staying in touch</h2>
          <p>We set up a WhatsApp group with you, Dan and your lead fitter, with photos of progress at the end
            of each day.</p>
          <h2>Handover</h2>
          <p>On the last day we show you how everything works, where the isolation valves are, and give you
            your warranty paperwork. Please leave the new bath and shower unused for 24 hours after we've
            finished, so the silicone sealant can fully cure.</p>
        </div>
      </div>
      <aside class="ys-col ys-col-4 ys-sidebar">
        <div class="ys-widget">
          <h3>Your project</h3>
          <ul><li><a href="/quotes-and-payments/">Quotes &amp; payments</a></li>
            <li><a href="/our-tidy-promise/">Our tidy promise</a></li>
            <li><a href="/guarantees/">Guarantees</a></li></ul>
        </div>
      </aside>
    </div>
  </div>
</section>
"""

_TIDY = """
<section class="section-wrapper ys-page-banner">
  <div class="ys-container"><div class="module-text ys-module">
    <h1>Our Tidy Promise: Clearing Up &amp; Waste</h1>
  </div></div>
</section>
<section class="section-wrapper">
  <div class="ys-container">
    <div class="module-text ys-module">
      <h2>Protecting your home</h2>
      <ul>
        <li>Dust sheets and floor protector laid from the front door to the work area, including stairs</li>
        <li>Zip-up dust screens over doorways</li>
        <li>Boot covers whenever we come in and out</li>
        <li>Tiles cut outside or in the garage with dust extraction, never in your lounge</li>
      </ul>
      <p>We hoover and tidy at the end of every working day, and when the job's done we clean the new room and
        the route through the house, so you're not left scrubbing grout haze off the floor.</p>
      <h2>Taking the old stuff away</h2>
      <p>Removing your old bathroom suite, tiles, kitchen units, boiler, tanks and cylinder is included in
        our price. We're a registered waste carrier with the Environment Agency (registration CBDU248617) and
        can give you a waste transfer note if you'd like one. Old boilers, copper cylinders and cast iron
        baths go for scrap metal recycling; ceramics and rubble go to a licensed recycling centre.</p>
      <p>For bathroom and kitchen refits we usually put a mini skip on your drive, included in the price. If
        you don't have a drive, a skip on the road needs a council permit; we apply for it (we need 5
        working days' notice) and pass on the permit fee at cost, usually &pound;40&ndash;&pound;60.</p>
      <p>Want to keep or sell your old suite or units? Tell us before we start and we'll take them out
        carefully and leave them in the garage, though we can't promise nothing will crack.</p>
      <h2>Asbestos</h2>
      <p>Homes built or refurbished before 2000 can contain asbestos, for example in textured (Artex)
        ceilings, old toilet cisterns, vinyl floor tiles, and old boiler flues or boards. If we suspect it,
        we stop work in that area and send a sample for testing (&pound;65, results in 2&ndash;3 working
        days). Textured ceilings are usually low risk if left alone, so we can often board over the ceiling
        rather than remove it. If anything needs removing, a licensed specialist quotes for that
        separately.</p>
    </div>
  </div>
</section>
"""

_GUARANTEES = """
<section class="section-wrapper ys-page-banner">
  <div class="ys-container"><div class="module-text ys-module">
    <h1>Our Guarantees</h1>
  </div></div>
</section>
<section class="section-wrapper">
  <div class="ys-container">
    <div class="module-text ys-module">
      <p>We put our name on every job, and our bathroom, wet room and kitchen guarantees are backed by
        insurance, so they're still honoured even if we ever stopped trading. Your deposit is protected in
        the same way.</p>
      <table class="ys-table ys-table--striped">
        <thead><tr><th>Work</th><th>Guarantee</th></tr></thead>
        <tbody>
          <tr><td>Repairs</td><td>12 months on the parts we fit and the labour</td></tr>
          <tr><td>New boilers</td><td>Manufacturer warranty of up to 12 years (registered by us), plus our own
            2-year workmanship guarantee on pipework and flue</td></tr>
          <tr><td>Radiators, controls and powerflushing</td><td>12 months</td></tr>
          <tr><td>Bathrooms, wet rooms and kitchens</td><td>5 years on workmanship, including leaks from our
            pipework and tiles that crack or lift</td></tr>
          <tr><td>Wet room waterproofing (tanking)</td><td>10 years</td></tr>
          <tr><td>Items you supplied yourself</td><td>12 months on our fitting work only</td></tr>
        </tbody>
      </table>
      <h2>Items you bought yourself</h2>
      <p>If you supplied a suite, taps or a shower, we guarantee the way we fitted it but not the product. If
        the item itself turns out faulty, such as a cracked basin, a leaking flush valve inside the cistern
        or a dripping tap cartridge, you'll need to claim from the shop or the manufacturer. We can then fit
        the replacement at our normal rates.</p>
      <h2>What isn't covered</h2>
      <ul>
        <li><strong>Silicone sealant</strong> is a maintenance item. We'll re-seal once, free, within the
          first 12 months if it comes away or goes mouldy. After that it counts as normal wear, and our
          re-seal service is &pound;75.</li>
        <li>Mould or discoloured grout caused by poor ventilation, and limescale</li>
        <li>Damage from misuse, DIY alterations, or wastes blocked with hair</li>
        <li>Boilers that haven't been serviced every year</li>
      </ul>
      <h2>Making a claim</h2>
      <p>Email or WhatsApp us a description and a couple of photos. We aim to visit within 2 working days for
        a leak and within 5 working days for anything else.</p>
      <h2>If you're not happy</h2>
      <p>Please tell us first: Mark Marlowe reads every complaint personally and you'll have a written reply
        within 5 working days. If we can't put it right between us, you can use TrustMark's dispute
        resolution service.</p>
    </div>
  </div>
</section>
"""

_ABOUT = """
<section class="section-wrapper ys-page-banner">
  <div class="ys-container"><div class="module-text ys-module">
    <h1>About Marlowe Heating &amp; Bathrooms</h1>
  </div></div>
</section>
<section class="section-wrapper">
  <div class="ys-container">
    <div class="module-text ys-module">
      <h2>Our story</h2>
      <p>Mark Marlowe started the business in 2006 with one van and a lot of early mornings, after training
        as a heating engineer with British Gas. Word of mouth did the rest. Today we're a team of twelve,
        and since 2015 we've been based at Cransley Court in Kettering, with our bathroom showroom on the
        ground floor.</p>
    </div>
    <div class="module-text ys-module ys-team" id="team">
      <h2>Meet the team</h2>
      <div class="ys-row">
        <div class="ys-col ys-col-4"><div class="ys-team-card">
          <h3>Mark Marlowe</h3><p>Founder and director. Gas Safe engineer with over 25 years' experience.</p>
        </div></div>
        <div class="ys-col ys-col-4"><div class="ys-team-card">
          <h3>Kerry Marlowe</h3><p>Office manager. Bookings, invoices and the voice you'll usually hear on
            the phone.</p></div></div>
        <div class="ys-col ys-col-4"><div class="ys-team-card">
          <h3>Dan Fletcher</h3><p>Project manager for all our bathroom, wet room and kitchen jobs.</p>
        </div></div>
        <div class="ys-col ys-col-4"><div class="ys-team-card">
          <h3>Sophie Adeyemi</h3><p>Bathroom and kitchen designer. Sophie does the design visits and the 3D
            plans.</p></div></div>
        <div class="ys-col ys-col-4"><div class="ys-team-card">
          <h3>Janet Pryce</h3><p>Adaptations coordinator. A former occupational therapy assistant who helps
            families with grants and council paperwork.</p></div></div>
        <div class="ys-col ys-col-4"><div class="ys-team-card">
          <h3>Liam Walsh, Tomasz Nowak &amp; Ryan Cole</h3><p>Gas Safe heating engineers: repairs, servicing
            and boiler installs.</p></div></div>
        <div class="ys-col ys-col-4"><div class="ys-team-card">
          <h3>Gary Hobbs &amp; Pete Dunmore</h3><p>Bathroom fitters and tilers.</p></div></div>
        <div class="ys-col ys-col-4"><div class="ys-team-card">
          <h3>Nick Farrow</h3><p>Our NICEIC-registered electrician.</p></div></div>
        <div class="ys-col ys-col-4"><div class="ys-team-card">
          <h3>Josh Marlowe</h3><p>Apprentice plumber, studying at Tresham College.</p></div></div>
      </div>
    </div>
    <div class="module-text ys-module" id="gas-safe">
      <h2>Gas Safe registered</h2>
      <p>Marlowe Heating &amp; Bathrooms Ltd is on the Gas Safe Register, registration number
        <strong>587214</strong>. Every engineer carries a Gas Safe ID card with their photo and the types of
        gas work they're qualified to do; please ask to see it. You can check us and any engineer on the Gas
        Safe Register website or by calling Gas Safe on 0800 408 5500.</p>
      <h2>Peace of mind</h2>
      <p>All our staff are DBS checked, wear Marlowe uniform and arrive in signwritten vans. We carry
        &pound;5 million public liability insurance.</p>
      <h2>Accreditations</h2>
      <ul>
        <li>Gas Safe Register</li>
        <li>Worcester Bosch Accredited Installer</li>
        <li>Vaillant Advance Installer</li>
        <li>WaterSafe Approved Plumber</li>
        <li>TrustMark Government Endorsed Quality</li>
        <li>NICEIC (electrical work)</li>
      </ul>
    </div>
  </div>
</section>
"""

_REVIEWS = """
<section class="section-wrapper ys-page-banner">
  <div class="ys-container"><div class="module-text ys-module">
    <h1>Customer Reviews</h1>
  </div></div>
</section>
<section class="section-wrapper">
  <div class="ys-container">
    <div class="ys-row ys-ratings">
      <div class="ys-col ys-col-6"><div class="ys-rating-box">
        <p class="ys-rating-box__score">4.9 / 5</p><p>Google, from 386 reviews</p></div></div>
      <div class="ys-col ys-col-6"><div class="ys-rating-box">
        <p class="ys-rating-box__score">9.89 / 10</p><p>Checkatrade, from 214 reviews</p></div></div>
    </div>
    <div class="module-testimonials ys-module">
      <div class="ys-testimonial-list ys-testimonial-list--grid">
        <blockquote class="ys-testimonial"><p>"Our combi was swapped in a day. Tomasz was polite, careful and
          showed me how to use the new thermostat. Fair price too."</p><cite>Andrew P., Corby &ndash; new
          boiler</cite></blockquote>
        <blockquote class="ys-testimonial"><p>"Janet helped us through the whole grant process for Mum's
          shower. I don't think we'd have managed it without her."</p><cite>Lisa M., Wellingborough
          &ndash; accessible shower</cite></blockquote>
        <blockquote class="ys-testimonial"><p>"Gary and Pete are perfectionists. Every tile lines up. The
          WhatsApp updates were a great touch."</p><cite>Dev and Sarah R., Kettering &ndash; family
          bathroom</cite></blockquote>
        <blockquote class="ys-testimonial"><p>"Came out on a Sunday when our pipe burst. Calm, quick and
          tidy."</p><cite>Martin B., Desborough &ndash; emergency call-out</cite></blockquote>
        <blockquote class="ys-testimonial"><p>"They fitted our IKEA kitchen and moved the radiator while
          they were at it. Spotless every evening."</p><cite>Hannah J., Thrapston &ndash; kitchen</cite>
        </blockquote>
        <blockquote class="ys-testimonial"><p>"One small niggle with the shower screen, sorted within two
          days of me ringing."</p><cite>Robert T., Rushden &ndash; en suite</cite></blockquote>
      </div>
    </div>
    <div class="module-gallery ys-module" data-columns="4">
      <h2 class="ys-module__title">Before and after</h2>
      <div class="ys-gallery">
        <figure class="ys-gallery__item"><img src="/ys-assets/img/gallery/before-after-1.jpg"
          alt="Old pink bathroom before refit"><figcaption>Before: Geddington</figcaption></figure>
        <figure class="ys-gallery__item"><img src="/ys-assets/img/gallery/before-after-2.jpg"
          alt="New white and oak bathroom"><figcaption>After: Geddington</figcaption></figure>
        <figure class="ys-gallery__item"><img src="/ys-assets/img/gallery/wetroom-rothwell.jpg"
          alt="Wet room with linear drain"><figcaption>Wet room, Rothwell</figcaption></figure>
        <figure class="ys-gallery__item"><img src="/ys-assets/img/gallery/boiler-cupboard.jpg"
          alt="Neat boiler installation in cupboard"><figcaption>Combi swap, Broughton</figcaption></figure>
      </div>
    </div>
    <div class="module-text ys-module">
      <h2>Leave us a review</h2>
      <p>We read and reply to every review, good or bad. You can leave one on
        <a href="https://g.page/r/marlowe-heating-kettering/review">Google</a> or
        <a href="https://www.checkatrade.com/trades/marloweheating">Checkatrade</a>. We never pay for
        reviews, but for every review left we donate &pound;5 to Cransley Hospice.</p>
      <h2>Recommend a friend</h2>
      <p>If someone you recommend has a new boiler, bathroom, wet room or kitchen fitted by us, you'll get a
        &pound;50 Love2shop voucher as a thank you, and they'll get &pound;50 off their installation. Just
        ask them to mention your name when they book their survey. Repairs and servicing don't count
        towards the scheme.</p>
    </div>
  </div>
</section>
"""


def _faq(question, answer):
    return (
        '<div class="faq-item">\n'
        '  <h3 class="faq-question"><button type="button" class="faq-toggle" aria-expanded="false">'
        + question
        + "</button></h3>\n"
        '  <div class="faq-answer"><p>' + answer + "</p></div>\n"
        "</div>\n"
    )


_FAQ = (
    """
<section class="section-wrapper ys-page-banner">
  <div class="ys-container"><div class="module-text ys-module">
    <h1>Frequently Asked Questions</h1>
  </div></div>
</section>
<section class="section-wrapper">
  <div class="ys-container">
    <div class="module-faq ys-module" data-module="faq">
"""
    + _faq(
        "Do you fit outside taps?",
        "Yes. An outside tap costs &pound;120 supplied and fitted. That includes an isolating valve "
        "inside so you can turn it off in winter, and the double check valve the water regulations "
        "require to stop hosepipe water getting back into your drinking water. It takes about an hour.",
    )
    + _faq(
        "My electric shower has stopped working. Can you replace it?",
        "Yes. A like-for-like replacement electric shower (for example Mira Sport or Triton T80, 9.5kW) "
        "is &pound;395 supplied and fitted. If you want a more powerful model, our electrician will check "
        "whether your cable and fuse can take it first.",
    )
    + _faq(
        "Can you fix a dripping tap or a toilet that keeps running?",
        "Of course. Small plumbing repairs are charged at our normal weekday "
        '<a href="/boiler-repairs/">repair rates</a>, and the engineer carries washers, cartridges and '
        "flush valves for most makes.",
    )
    + _faq(
        "Do you unblock drains?",
        "We'll clear a blocked sink, basin or toilet pan as part of a plumbing visit, but if the blockage "
        "is in the drains or manholes outside you'll need a drainage company.",
    )
    + _faq(
        "How long should a boiler last?",
        "Most modern boilers last 10&ndash;15 years if they're serviced every year. After that, parts get "
        "harder to find and efficiency drops.",
    )
    + _faq(
        "Can my new boiler go in the loft?",
        "Yes, as long as the loft is boarded around the boiler, has a fixed loft ladder and a light, so it "
        "can be reached safely for servicing. We can arrange all three.",
    )
    + _faq(
        "Do I need Building Regulations approval for a new bathroom?",
        "Usually not for a straight replacement. Electrical work in a bathroom is certified by our "
        "electrician, and new boilers are notified to Building Control through Gas Safe, so you'll receive "
        "the certificates by post.",
    )
    + _faq(
        "Do you offer any discounts?",
        "Blue Light Card holders and armed forces veterans get 10% off the labour on any installation. "
        "It can't be combined with other offers.",
    )
    + _faq(
        "Do you do small jobs?",
        "Yes, no job is too small. Our minimum charge is the weekday call-out, which includes the first hour.",
    )
    + """    </div>
  </div>
</section>
"""
)

_CONTACT = """
<section class="section-wrapper ys-page-banner">
  <div class="ys-container"><div class="module-text ys-module">
    <h1>Contact Us &amp; Visit Our Showroom</h1>
  </div></div>
</section>
<section class="section-wrapper">
  <div class="ys-container">
    <div class="ys-row">
      <div class="ys-col ys-col-6">
        <div class="module-text ys-module">
          <h2>Get in touch</h2>
          <p><strong>Office:</strong> <a href="tel:01632960418">01632 960418</a>, Monday to Friday, 8am to
            5.30pm<br>
            <strong>Out-of-hours emergencies:</strong> <a href="tel:07700900462">07700 900462</a><br>
            <strong>WhatsApp:</strong> 07700 900175 (great for sending photos of your boiler, its data badge or a
            leak)<br>
            <strong>Email:</strong> <a href="mailto:hello@marloweheating.co.uk">hello@marloweheating.co.uk</a></p>
          <p>We reply to all messages and form enquiries within one working day.</p>
          <h2>Our showroom</h2>
          <p>Unit 7, Cransley Court, Northfield Avenue, Kettering NN16 9HU. See baths, showers, vanity units
            and tiles on display and talk to our designer.</p>
          <ul class="ys-hours-list">
            <li><span>Monday &ndash; Friday</span> <span>9am &ndash; 5pm</span></li>
            <li><span>Saturday</span> <span>9am &ndash; 1pm, by appointment only</span></li>
            <li><span>Sunday</span> <span>Closed</span></li>
          </ul>
          <p>Please book Saturday visits in advance so Sophie can be there to help.</p>
          <h2>Parking and getting here</h2>
          <p>There are four visitor bays right outside Unit 7, marked "Marlowe Visitors", and more free
            parking on Northfield Avenue. The showroom is on the ground floor with step-free access and an
            accessible toilet. From the A14, leave at junction 8 and follow signs for Kettering town centre,
            then turn right onto Northfield Avenue; Cransley Court is on the left after the fire station.
            The number 2 bus stops on Northfield Avenue, a two-minute walk away.</p>
        </div>
        <div class="ys-map-placeholder" data-lat="52.4031" data-lng="-0.7251">
          <img src="/ys-assets/img/map-static.png" alt="Map showing Cransley Court, Kettering">
        </div>
      </div>
      <div class="ys-col ys-col-6">
        <div class="module-contact-form ys-module">
          <h2 class="ys-module__title">Send us a message</h2>
          <form class="ys-form" action="/contact/#ys-form-sent" method="post">
            <div class="ys-form__row"><label for="f-name">Name*</label>
              <input id="f-name" name="name" type="text" required></div>
            <div class="ys-form__row"><label for="f-phone">Phone*</label>
              <input id="f-phone" name="phone" type="tel" required></div>
            <div class="ys-form__row"><label for="f-email">Email</label>
              <input id="f-email" name="email" type="email"></div>
            <div class="ys-form__row"><label for="f-postcode">Postcode*</label>
              <input id="f-postcode" name="postcode" type="text" required></div>
            <div class="ys-form__row"><label for="f-service">What do you need?</label>
              <select id="f-service" name="service">
                <option>Boiler repair</option><option>Boiler service</option><option>New boiler</option>
                <option>Bathroom or wet room</option><option>Accessible bathroom</option>
                <option>Kitchen</option><option>Something else</option>
              </select></div>
            <div class="ys-form__row"><label for="f-msg">Message</label>
              <textarea id="f-msg" name="message" rows="5"></textarea></div>
            <div class="ys-form__row ys-form__consent"><label><input type="checkbox" name="consent" required>
              I agree to Marlowe Heating &amp; Bathrooms contacting me about my enquiry.</label></div>
            <button type="submit" class="ys-button ys-button--accent">Send enquiry</button>
          </form>
        </div>
      </div>
    </div>
  </div>
</section>
"""

HTML = {
    "/": _page(
        "/",
        "Plumbing, Heating &amp; Bathrooms in Kettering",
        "Family-run plumbing, heating, bathroom and kitchen specialists in Kettering, Corby and Wellingborough.",
        _HOME,
    ),
    "/boiler-repairs/": _page(
        "/boiler-repairs/",
        "Boiler Repairs",
        "Fast boiler repairs in Kettering and North Northamptonshire by Gas Safe engineers.",
        _REPAIRS,
    ),
    "/emergency-callouts/": _page(
        "/emergency-callouts/",
        "Emergency Plumbing &amp; Heating",
        "Out-of-hours emergency plumbing and heating call-outs, 7am to 10pm, seven days a week.",
        _EMERGENCY,
    ),
    "/boiler-servicing/": _page(
        "/boiler-servicing/",
        "Boiler Servicing &amp; Landlord Certificates",
        "Annual boiler servicing, landlord gas safety certificates and Marlowe Care plans.",
        _SERVICING,
    ),
    "/new-boilers/": _page(
        "/new-boilers/",
        "New Boilers &amp; Combi Swaps",
        "Fixed-price new boiler installations, combi swaps and system upgrades with up to 12 years' warranty.",
        _NEW_BOILERS,
    ),
    "/radiators-and-controls/": _page(
        "/radiators-and-controls/",
        "Radiators &amp; Smart Thermostats",
        "Smart thermostats, radiator moves, new radiators and powerflushing.",
        _RADIATORS,
    ),
    "/bathrooms/": _page(
        "/bathrooms/",
        "Bathroom Design &amp; Fitting",
        "Bathrooms designed in 3D and fitted by our own team in Kettering and surrounding areas.",
        _BATHROOMS,
    ),
    "/wet-rooms/": _page(
        "/wet-rooms/",
        "Wet Rooms",
        "Wet rooms and level-access showers, upstairs or downstairs, fully tanked.",
        _WET_ROOMS,
    ),
    "/accessible-bathrooms/": _page(
        "/accessible-bathrooms/",
        "Accessible Bathrooms &amp; Grants",
        "Disabled bathroom adaptations, Disabled Facilities Grants and VAT relief.",
        _ACCESSIBLE,
    ),
    "/kitchens/": _page(
        "/kitchens/",
        "Kitchen Fitting &amp; Plumbing",
        "Kitchen fitting and kitchen plumbing, whoever you bought your kitchen from.",
        _KITCHENS,
    ),
    "/quotes-and-payments/": _page(
        "/quotes-and-payments/",
        "Quotes, Deposits &amp; Payments",
        "How our quotes work, deposits and payment stages, finance and cancellations.",
        _QUOTES,
    ),
    "/what-to-expect/": _page(
        "/what-to-expect/",
        "What to Expect",
        "What happens during your bathroom or kitchen refit, day by day.",
        _EXPECT,
    ),
    "/our-tidy-promise/": _page(
        "/our-tidy-promise/",
        "Our Tidy Promise",
        "How we protect your home, clear up and dispose of waste responsibly.",
        _TIDY,
    ),
    "/guarantees/": _page(
        "/guarantees/",
        "Guarantees",
        "Our workmanship guarantees on repairs, boilers, bathrooms and kitchens.",
        _GUARANTEES,
    ),
    "/about-us/": _page(
        "/about-us/",
        "About Us",
        "Meet the Marlowe team. Gas Safe registered, DBS checked and family-run since 2006.",
        _ABOUT,
    ),
    "/reviews/": _page(
        "/reviews/",
        "Reviews",
        "Read reviews from our customers and find out about our recommend-a-friend scheme.",
        _REVIEWS,
    ),
    "/faq/": _page(
        "/faq/",
        "FAQs",
        "Answers to common questions about our plumbing, heating and bathroom services.",
        _FAQ,
    ),
    "/contact/": _page(
        "/contact/",
        "Contact Us",
        "Contact Marlowe Heating &amp; Bathrooms or visit our Kettering showroom.",
        _CONTACT,
    ),
}

QUESTIONS = [
    ("I'm over in Market Harborough and my boiler's stopped working, would you come out to fix it?", "/"),
    (
        "How much is it just for someone to come out and look at the boiler? It's a Baxi, about 8 years old",
        "/boiler-repairs/",
    ),
    (
        "pressure on the boilr keeps dropping to nearly nothing and then the heating cuts out. is there anything i "
        "can do myself before i pay for someone",
        "/boiler-repairs/",
    ),
    (
        "Hi, water is coming through the kitchen ceiling from the bathroom upstairs!! Can anyone come out "
        "tonight, it's gone 8pm",
        "/emergency-callouts/",
    ),
    (
        "I've got a buy to let flat in Corby and the gas safety certificate runs out next month, what do you "
        "charge for that?",
        "/boiler-servicing/",
    ),
    (
        "Is there some kind of monthly thing I can pay so if the boiler breaks down I'm not hit with a massive bill",
        "/boiler-servicing/",
    ),
    (
        "We've still got the old hot water tank in the airing cupboard and the tanks up in the loft. Can you change "
        "us over to a combi and roughly what would it cost?",
        "/new-boilers/",
    ),
    (
        "If you swap our boiler how long will we be without hot water? I've got two kids under five so I need to plan",
        "/new-boilers/",
    ),
    (
        "I want one of those gadgets where you can put the heating on from your phone on the way home, do you fit them",
        "/radiators-and-controls/",
    ),
    ("how much to move a radiator from under the window to the wall opposite", "/radiators-and-controls/"),
    ("Can I buy my own bathroom suite online and just pay you to fit it?", "/bathrooms/"),
    (
        "We'd love to rip the bath out and have a flat walk in shower like you get in hotels. It's upstairs and "
        "the floor is wooden boards, is that doable?",
        "/wet-rooms/",
    ),
    (
        "My dad's 84 and can't get in and out of the bath any more. Is there any help from the council towards a "
        "shower?",
        "/accessible-bathrooms/",
    ),
    (
        "My wife has MS and we're having a walk-in shower put in. Someone at her support group said we might not "
        "have to pay VAT, is that right?",
        "/accessible-bathrooms/",
    ),
    (
        "we've bought a flat pack kitchen from IKEA, would you fit it or do you only put in your own kitchens",
        "/kitchens/",
    ),
    ("Do I have to pay for the whole bathroom up front or can it be done in stages?", "/quotes-and-payments/"),
    (
        "We signed up for a new bathroom at the weekend but we've had second thoughts. Can we get our deposit back?",
        "/quotes-and-payments/",
    ),
    (
        "We've only got the one toilet in the house, what happens while the bathroom's being ripped out?",
        "/what-to-expect/",
    ),
    ("What time do the fitters turn up in the morning? Need to sort the school run", "/what-to-expect/"),
    ("will you take the old bath and toilet away or do I need to hire a skip", "/our-tidy-promise/"),
    (
        "The silicone round the bath you fitted for us has gone all black and mouldy after about 8 months, is that "
        "covered?",
        "/guarantees/",
    ),
    ("whats your gas safe number, i want to check you out before i let anyone in the house", "/about-us/"),
    ("If I put my neighbour onto you do I get anything for it?", "/reviews/"),
    ("do you put in outside taps? want one for the hose for the garden", "/faq/"),
    ("Can I pop in and look at the bathroom displays on a Saturday, and is there anywhere to park?", "/contact/"),
]

OUT_OF_SCOPE = [
    "Do you install air source heat pumps, and can you help me get the government grant for one?",
    "Could you put solar panels on our roof while you're doing the new boiler?",
    "Our water is really hard round here, can you fit a water softener?",
    "Do you service wood burners or sweep chimneys?",
    "Can you build us an extension for a downstairs bathroom, or do a loft conversion with an en suite?",
    "How much would you charge to replace the guttering and downpipes on the front of the house?",
    "Can you recommend a good curry house in Kettering?",
    "What's the weather meant to be like tomorrow?",
]
