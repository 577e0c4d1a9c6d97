"""An evaluation site: Markeaton Heating & Plumbing, a four-engineer plumbing, heating and gas firm in Derby (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is a static Hugo build with a
Bootstrap-ish theme: semantic header/nav/main/article/aside/footer, markdown-rendered headings with generated
ids, lists and tables, FAQ answers as <details>/<summary>, and a table-of-contents <aside class="toc"> on long pages.
"""

import re

NAME = "Markeaton Heating & Plumbing"

_SITE = "https://www.markeatonheating.co.uk"

_MENU = [
    (
        "Heating &amp; Boilers",
        [
            ("/boiler-repairs/", "Boiler breakdowns &amp; repairs"),
            ("/boiler-servicing/", "Boiler servicing"),
            ("/new-boilers/", "New boilers &amp; finance"),
            ("/heat-pumps/", "Heat pump surveys"),
            ("/central-heating/", "Central heating, powerflushing &amp; radiators"),
        ],
    ),
    (
        "Plumbing",
        [
            ("/emergency-plumbing/", "Emergency plumbing &amp; leaks"),
            ("/plumbing/", "Toilets, taps, showers &amp; water pressure"),
            ("/drains/", "Blocked sinks, toilets &amp; internal drains"),
        ],
    ),
    (
        "Gas",
        [
            ("/landlords/", "Landlord gas safety certificates"),
            ("/gas-appliances/", "Gas hobs, cookers &amp; fires"),
            ("/gas-emergency/", "Smell gas? What to do"),
        ],
    ),
    (
        "Prices &amp; Booking",
        [
            ("/prices/", "Our prices"),
            ("/booking/", "Booking, arrival times &amp; areas"),
            ("/payment-guarantees/", "Payment, guarantees &amp; complaints"),
        ],
    ),
    (
        "About",
        [
            ("/about/", "Our team &amp; Gas Safe"),
            ("/reviews/", "Customer reviews"),
            ("/faq/", "FAQs"),
        ],
    ),
]


def _slug(text):
    text = re.sub(r"<[^>]+>", "", text)
    text = text.replace("&amp;", "").replace("&rsquo;", "").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _nav(path):
    items = [
        '<li class="nav-item"><a class="nav-link{}" href="/">Home</a></li>'.format(" active" if path == "/" else "")
    ]
    for label, links in _MENU:
        active = " active" if any(href == path for href, _ in links) else ""
        sub = "\n".join(
            '              <li><a class="dropdown-item{}" href="{}">{}</a></li>'.format(
                " active" if href == path else "", href, text
            )
            for href, text in links
        )
        items.append(
            f"""<li class="nav-item dropdown mega">
            <a class="nav-link dropdown-toggle{active}" href="#" role="button" data-bs-toggle="dropdown"
               aria-expanded="false">{label}</a>
            <div class="dropdown-menu mega-menu">
              <div class="mega-col">
              <h6 class="dropdown-header">{label}</h6>
              <ul class="list-unstyled">
{sub}
              </ul>
              </div>
            </div>
          </li>"""
        )
    return "\n          ".join(items)


def _add_ids(body):
    def repl(m):
        level, text = m.group(1), m.group(2)
        return f'<h{level} id="{_slug(text)}">{text}</h{level}>'

    return re.sub(r"<h([23])>(.*?)</h\1>", repl, body)


def _toc(body):
    heads = re.findall(r'<h([23]) id="([^"]+)">(.*?)</h[23]>', body)
    rows = []
    for level, anchor, text in heads:
        cls = "toc-h2" if level == "2" else "toc-h3"
        rows.append(f'        <li class="{cls}"><a href="#{anchor}">{text}</a></li>')
    rows = "\n".join(rows)
    return f"""<aside class="toc col-lg-3 order-lg-2">
    <div class="toc-sticky">
      <p class="toc-title">On this page</p>
      <nav id="TableOfContents">
      <ul>
{rows}
      </ul>
      </nav>
      <a class="btn btn-primary btn-sm w-100 mt-3" href="/booking/">Book an engineer</a>
    </div>
  </aside>"""


_TESTIMONIALS = """<section class="testimonials bg-light py-5">
    <div class="container">
      <h2 class="section-title text-center">What Derby customers say</h2>
      <div class="row g-4">
        <div class="col-md-4"><blockquote class="testimonial-card">
          <p>"Boiler died on a Sunday teatime. Priya had it going again the next morning and explained exactly
          what had failed. Lovely to deal with."</p>
          <footer>Helen, Allestree</footer></blockquote></div>
        <div class="col-md-4"><blockquote class="testimonial-card">
          <p>"Fixed price for the new combi and that's what we paid. Old boiler gone, new one in, all
          cleaned up in a day."</p>
          <footer>Marcus &amp; Jade, Chaddesden</footer></blockquote></div>
        <div class="col-md-4"><blockquote class="testimonial-card">
          <p>"I manage six rentals and Markeaton do all the gas certificates. Reminders, tenants sorted,
          certificates emailed same day."</p>
          <footer>Anil, Normanton</footer></blockquote></div>
      </div>
    </div>
  </section>"""

_CTA = """<section class="cta-band bg-primary text-white py-4">
    <div class="container d-md-flex align-items-center justify-content-between">
      <p class="lead mb-md-0">Need a Gas Safe engineer in Derby? Daytime slots most weekdays.</p>
      <div>
        <a class="btn btn-light btn-lg me-2" href="/booking/">Book now</a>
        <a class="btn btn-outline-light btn-lg" href="tel:01332946210">01332 946 210</a>
      </div>
    </div>
  </section>"""


def _page(path, title, description, body, toc=False, sidebar="", testimonials=False, lead=""):
    body = _add_ids(body)
    full_title = (
        "Markeaton Heating &amp; Plumbing | Gas Safe engineers in Derby"
        if path == "/"
        else f"{title} | Markeaton Heating &amp; Plumbing"
    )
    crumbs = ""
    if path != "/":
        crumbs = f"""<nav aria-label="breadcrumb">
        <ol class="breadcrumb">
          <li class="breadcrumb-item"><a href="/">Home</a></li>
          <li class="breadcrumb-item active" aria-current="page">{title}</li>
        </ol>
      </nav>"""
    side = _toc(body) if toc else ""
    if sidebar:
        side = f"""<aside class="sidebar col-lg-3 order-lg-2">
{sidebar}
  </aside>"""
    main_cols = "col-lg-9 order-lg-1" if side else "col-lg-10 offset-lg-1"
    lead_html = f'\n        <p class="lead page-lead">{lead}</p>' if lead else ""
    return f"""<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
  <meta name="generator" content="Hugo 0.121.2">
  <title>{full_title}</title>
  <meta name="description" content="{description}">
  <meta name="robots" content="index, follow">
  <link rel="canonical" href="{_SITE}{path}">
  <meta property="og:title" content="{title}">
  <meta property="og:description" content="{description}">
  <meta property="og:type" content="website">
  <meta property="og:url" content="{_SITE}{path}">
  <meta property="og:site_name" content="Markeaton Heating &amp; Plumbing">
  <meta name="twitter:card" content="summary_large_image">
  <link rel="icon" href="/favicon.ico" sizes="any">
  <link rel="apple-touch-icon" href="/apple-touch-icon.png">
  <link rel="preload" href="/fonts/nunito-sans-v12-latin-regular.woff2" as="font" type="font/woff2" crossorigin>
  <link rel="stylesheet" href="/css/main.min.8c3f2e91d4a7.css" integrity="sha256-q4kP2u7Tz" crossorigin="anonymous">
  <link rel="stylesheet" href="/css/custom.css">
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){{dataLayer.push(arguments);}}
    gtag('js', new Date()); gtag('config', 'G-MHP7D2K9QX', {{ 'anonymize_ip': true }});
  </script>
</head>
<body class="d-flex flex-column min-vh-100 page-{_slug(title) or "home"}">
  <a class="visually-hidden-focusable skip-link" href="#main">Skip to content</a>
  <div class="topbar bg-dark text-white small">
    <div class="container d-flex justify-content-between">
      <span>Gas Safe registered &middot; 4 local engineers &middot; Derby &amp; surrounding villages</span>
      <span><a class="text-white" href="tel:01332946210">01332 946 210</a> &middot;
        <a class="text-white" href="/gas-emergency/">Smell gas?</a></span>
    </div>
  </div>
  <header class="site-header sticky-top">
    <nav class="navbar navbar-expand-lg navbar-light bg-white shadow-sm">
      <div class="container">
        <a class="navbar-brand" href="/">
          <img src="/images/logo-markeaton.svg" alt="Markeaton Heating &amp; Plumbing" width="210" height="48">
        </a>
        <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav"
                aria-controls="mainNav" aria-expanded="false" aria-label="Toggle navigation">
          <span class="navbar-toggler-icon"></span>
        </button>
        <div class="collapse navbar-collapse" id="mainNav">
        <ul class="navbar-nav ms-auto">
          {_nav(path)}
        </ul>
        <a class="btn btn-primary ms-lg-3 nav-cta" href="/booking/">Book now</a>
        </div>
      </div>
    </nav>
  </header>

  <main class="content flex-grow-1" id="main">
    <div class="container py-4">
      {crumbs}
      <div class="row">
  {side}
  <article class="page {main_cols}">
        <header class="page-header">
        <h1 class="page-title">{title}</h1>{lead_html}
        </header>
        <div class="page-content markdown-body">
{body}
        </div>
        <div class="page-cta card card-body mt-4">
          <p class="mb-2"><strong>Want one of our engineers to take a look?</strong></p>
          <a class="btn btn-primary" href="/booking/">Book online</a>
        </div>
  </article>
      </div>
    </div>
  {_TESTIMONIALS if testimonials else ""}
  {_CTA}
  </main>

  <footer class="site-footer bg-dark text-white-50 pt-5 pb-3 mt-auto">
    <div class="container">
      <div class="row">
        <div class="col-md-4 footer-about">
          <img src="/images/logo-markeaton-white.svg" alt="Markeaton Heating &amp; Plumbing" width="180" height="42">
          <p>Markeaton Heating &amp; Plumbing Ltd<br>Unit 3, Stafford Street Works<br>Derby DE1 1JL</p>
          <p>Phone: <a href="tel:01332946210">01332 946 210</a><br>
             Email: <a href="mailto:hello@markeatonheating.co.uk">hello@markeatonheating.co.uk</a></p>
        </div>
        <div class="col-md-3 footer-hours">
          <h5 class="text-white">Office hours</h5>
          <ul class="list-unstyled">
            <li>Mon&ndash;Fri: 8am &ndash; 5:30pm</li>
            <li>Saturday: 9am &ndash; 1pm</li>
            <li>Sunday: closed (emergencies only)</li>
          </ul>
        </div>
        <div class="col-md-3 footer-links">
          <h5 class="text-white">Quick links</h5>
          <ul class="list-unstyled">
            <li><a href="/boiler-repairs/">Boiler repairs</a></li>
            <li><a href="/new-boilers/">New boilers</a></li>
            <li><a href="/landlords/">Landlord certificates</a></li>
            <li><a href="/prices/">Prices</a></li>
            <li><a href="/faq/">FAQs</a></li>
          </ul>
        </div>
        <div class="col-md-2 footer-social">
          <h5 class="text-white">Follow us</h5>
          <a href="https://www.facebook.com/markeatonheating" aria-label="Facebook">Facebook</a><br>
          <a href="https://www.instagram.com/markeatonheating" aria-label="Instagram">Instagram</a><br>
          <a href="https://g.page/markeatonheating" aria-label="Google">Google</a>
          <img class="mt-3" src="/images/gas-safe-logo.png" alt="Gas Safe Register" width="70" height="80">
        </div>
      </div>
      <hr class="border-secondary">
      <p class="small mb-0">&copy; 2024 Markeaton Heating &amp; Plumbing Ltd. Registered in England &amp; Wales
        no. 09418552. VAT no. GB 219 4471 36. <a href="#cookieNotice">Cookies</a></p>
    </div>
  </footer>

  <div class="cookie-notice fixed-bottom bg-white border-top shadow p-3" id="cookieNotice" role="dialog"
       aria-live="polite">
    <div class="container d-flex justify-content-between align-items-center">
      <p class="mb-0 small">We use a couple of cookies to see which pages are useful. Nothing is sold on.</p>
      <button class="btn btn-sm btn-primary" type="button" data-cookie-accept>OK, got it</button>
    </div>
  </div>
  <script src="/js/bundle.min.4a1b7c.js" defer></script>
</body>
</html>
"""


_HOME = """<p>We're a family-run heating, plumbing and gas firm based off Stafford Street in Derby city centre.
Four Gas Safe registered engineers, one office, no call centre: when you ring, you'll speak to Jo in the
office, and the engineer who turns up is one of ours, not a subcontractor.</p>
<h2>What we do</h2>
<ul>
<li><a href="/boiler-repairs/">Boiler breakdowns and repairs</a> on all the usual makes</li>
<li><a href="/boiler-servicing/">Annual boiler servicing</a> with the paperwork your manufacturer wants</li>
<li><a href="/new-boilers/">New boilers</a> with a fixed-price quote and monthly payments</li>
<li><a href="/central-heating/">Central heating upgrades, powerflushing and radiators</a></li>
<li><a href="/emergency-plumbing/">Emergency plumbing</a>, leaks and burst pipes</li>
<li><a href="/plumbing/">Everyday plumbing</a>: toilets, taps, showers and water pressure</li>
<li><a href="/drains/">Blocked sinks, baths and toilets</a> inside the house</li>
<li><a href="/landlords/">Landlord gas safety certificates</a> and <a href="/gas-appliances/">gas hobs and
fires</a></li>
<li><a href="/heat-pumps/">Heat pump surveys</a> with our MCS certified installation partner</li>
</ul>
<h2>Why people use us</h2>
<p>Most of our work comes from people who've used us before or whose neighbour did. We keep it simple:
clear prices published on the website, an arrival window you can plan around, and an engineer who explains
what's wrong before picking up a spanner. If a repair isn't worth doing, we'll say so.</p>
<table>
<thead><tr><th>Since</th><th>Engineers</th><th>Jobs last year</th></tr></thead>
<tbody><tr><td>2011</td><td>4 (all Gas Safe)</td><td>Just over 3,100</td></tr></tbody>
</table>
<blockquote><p><strong>Smell gas?</strong> Don't ring us first. Read our <a href="/gas-emergency/">gas
emergency page</a>.</p></blockquote>
<p>Ready to book? Have a look at <a href="/booking/">how booking works</a> or call the office.</p>
"""

_BOILER_REPAIRS = """<p>If your boiler has stopped, is showing a fault code, or is making noises it didn't used to, one
of our engineers can usually be with you the same or next working day. Every repair visit starts with a
proper diagnosis, and we tell you what's wrong and what it will cost before we fit anything.</p>
<h2>Common boiler faults we fix</h2>
<ul>
<li><strong>No heating or no hot water</strong>: diverter valves, PCBs, fans, gas valves, ignition leads</li>
<li><strong>Pressure keeps dropping</strong>: if you're regularly topping up with the filling loop, there's
water escaping somewhere. It's usually a leaking pressure relief valve, a failed expansion vessel (which we
can recharge or replace) or a weep on the system. We track it down rather than just re-pressurise it.</li>
<li><strong>Boiler locking out</strong>: frozen condensate pipe in winter, flame failure, blocked flue</li>
<li><strong>Banging, kettling or whistling</strong>: usually scale or sludge in the heat exchanger</li>
<li><strong>Fault codes</strong> such as F28 / F29 on Vaillant, EA on Worcester, E133 on Baxi</li>
</ul>
<h2>Makes we repair</h2>
<p>Worcester Bosch, Vaillant, Baxi, Ideal, Viessmann, Glow-worm, Potterton, Alpha, Ariston and Intergas.
We carry common parts for the main makes on every van, so around seven in ten repairs are finished on the
first visit. Where a part has to be ordered, it normally arrives in one to two working days.</p>
<h2>Older boilers</h2>
<p>We'll repair boilers of any age as long as the parts are still made and the boiler is safe. On boilers
older than around 15 years, parts are often discontinued or cost more than the boiler is worth. In that
case the engineer will tell you honestly and, if you want, we'll give you a
<a href="/new-boilers/">fixed-price replacement quote</a>. We never push a new boiler where a repair will do.</p>
<h2>Frozen condensate pipe?</h2>
<p>In a cold snap, a boiler that locks out with gurgling noises often has a frozen condensate pipe outside.
Pouring warm (not boiling) water over the white plastic pipe where it leaves the house and then resetting
the boiler often fixes it. If it keeps happening, we can reroute or lag the pipe.</p>
<p>Repair visits are charged by the hour; see <a href="/prices/">our prices</a>.</p>
"""

_SERVICING = """<p>A yearly service keeps your boiler running safely and efficiently, catches small problems before
they turn into a breakdown in January, and keeps your manufacturer's warranty valid.</p>
<h2>What's included</h2>
<ul>
<li>Visual check of the boiler, flue, pipework and controls</li>
<li>Flue gas analysis with a calibrated analyser, recorded on your report</li>
<li>Gas pressure and gas rate checked against the manufacturer's figures</li>
<li>Burner, heat exchanger and condensate trap inspected and cleaned where needed</li>
<li>Seals, electrics and safety devices checked</li>
<li>System pressure and expansion vessel checked</li>
</ul>
<h2>How long it takes</h2>
<p>A standard service takes 45 minutes to an hour. If the condensate trap or heat exchanger needs a
thorough clean, allow up to an hour and a half. You don't need to stay in the room, but someone over 18
needs to be at home.</p>
<h2>Price</h2>
<table>
<thead><tr><th>Service</th><th>Price (inc. VAT)</th></tr></thead>
<tbody>
<tr><td>Gas boiler service</td><td>&pound;89</td></tr>
<tr><td>Boiler service + gas hob or fire safety check</td><td>&pound;110</td></tr>
</tbody>
</table>
<p>If we find a fault during the service, we'll explain it and quote before doing any repair work.</p>
<h2>Manufacturer warranties</h2>
<p>Worcester Bosch, Vaillant, Viessmann and most other makers need a service every 12 months by a Gas Safe
engineer to keep an extended warranty valid. We fill in the service record in the back of your boiler
manual (the Benchmark checklist) and email you a digital service report with the flue gas readings
the same day, so you've got proof if you ever need to make a warranty claim.</p>
<h2>Reminders</h2>
<p>We'll text you a reminder eleven months after your service. If you'd rather not get them, just tell the
office.</p>
"""

_NEW_BOILERS = """<p>If your boiler is beyond economic repair, or you just want something more efficient, we'll fit a
new one with a fixed price agreed up front.</p>
<h2>Getting your fixed-price quote</h2>
<ol>
<li><strong>Online</strong>: answer a few questions and send us photos of your current boiler, its flue and
the gas meter. We'll email a fixed-price quote within one working day.</li>
<li><strong>Home survey</strong>: if you'd rather we looked in person, or you're moving the boiler or
changing system type, Gareth will visit. Surveys are free and take about 40 minutes.</li>
</ol>
<p>The price on your quote is the price you pay. It includes the boiler, flue, magnetic filter, chemical
clean of the system, a smart thermostat, removal and recycling of your old boiler, and registering the
warranty. The only time it would change is if you ask for extra work. Quotes are held for 30 days.</p>
<h2>Typical prices</h2>
<table>
<thead><tr><th>Job</th><th>From (inc. VAT)</th></tr></thead>
<tbody>
<tr><td>Combi to combi swap, same position</td><td>&pound;2,395</td></tr>
<tr><td>Combi swap, boiler moved to a new position</td><td>&pound;2,950</td></tr>
<tr><td>Conventional or system boiler to combi conversion</td><td>&pound;3,450</td></tr>
<tr><td>System boiler with new unvented cylinder</td><td>&pound;4,200</td></tr>
</tbody>
</table>
<h2>Which boilers we fit</h2>
<p>We're Worcester Bosch Accredited Installers and Vaillant Advance installers, so we can offer up to 12
years' manufacturer guarantee on Worcester Greenstar boilers and up to 10 years on Vaillant ecoTEC.</p>
<h2>How long the installation takes</h2>
<p>A straight combi swap is done in one day: we start at 8am, and you'll normally have heating and hot water
back by late afternoon. A conversion from a tank-in-the-loft system to a combi takes two to three days,
and we'll make sure you have hot water overnight wherever we can.</p>
<h2>Spread the cost with finance</h2>
<p>You can pay monthly through our lending partner, Bridgewell Finance. We're a credit broker, not a lender,
and finance is subject to status for UK residents aged 18+.</p>
<ul>
<li><strong>0% APR over 12 months</strong> with a 10% deposit</li>
<li><strong>9.9% APR representative</strong> over 2 to 10 years, with no deposit needed</li>
</ul>
<p>Applying takes about ten minutes online once you've accepted your quote, and you'll usually get a
decision straight away. Paying it off early doesn't cost extra.</p>
"""

_HEAT_PUMPS = """<p>Thinking about an air source heat pump? We can tell you honestly whether your house is suited to
one, and what it would take, before you spend anything big.</p>
<h2>What we do, and what our partner does</h2>
<p>We carry out the heat pump survey ourselves. The installation is done by our partner, Amber Valley
Renewables of Ripley, who are MCS certified. MCS certification is needed for the government grant, and
rather than pretend to be a heat pump installer, we work with people who fit them every week.</p>
<h2>The survey</h2>
<ul>
<li>A room-by-room heat loss calculation (how much heat each room needs on a cold day)</li>
<li>A check of your radiators and pipe sizes: some radiators usually need upsizing</li>
<li>Where the outdoor unit can go, noise distances from the neighbours, and where a hot water cylinder
fits</li>
<li>A look at your insulation and loft, since the grant needs no outstanding loft or cavity wall
insulation recommendations on your EPC</li>
</ul>
<p>The survey costs &pound;195 and takes around two hours. If you go ahead with the installation, the fee
is taken off the final price.</p>
<h2>The Boiler Upgrade Scheme grant</h2>
<p>The Boiler Upgrade Scheme currently gives &pound;7,500 off an air source heat pump in England and Wales.
Amber Valley Renewables apply for the voucher on your behalf, so it simply comes off the price on your
quote. You need to own the property and have a valid EPC.</p>
<h2>After installation</h2>
<p>Servicing and warranty work on the heat pump itself is handled by Amber Valley Renewables. We're
still happy to look after everything else in the house: taps, toilets, your gas hob and so on.</p>
"""

_CENTRAL_HEATING = """<p>A system that takes ages to warm up, cold spots on radiators, or a boiler that bangs are
usually a sign the system itself needs attention, not the boiler.</p>
<h2>Powerflushing</h2>
<p>Over the years, black sludge (iron oxide) builds up inside radiators and pipes. The classic sign is a
radiator that's hot at the top but cold at the bottom, where the sludge settles. A powerflush pumps water
and cleaning chemicals through the whole system at high flow, radiator by radiator, until the water runs
clear. We finish with an inhibitor to protect the system.</p>
<table>
<thead><tr><th>Powerflush</th><th>Price (inc. VAT)</th></tr></thead>
<tbody>
<tr><td>Up to 8 radiators</td><td>&pound;450</td></tr>
<tr><td>9 to 12 radiators</td><td>&pound;550</td></tr>
<tr><td>13 radiators or more</td><td>&pound;550 + &pound;30 per extra radiator</td></tr>
</tbody>
</table>
<p>A powerflush takes most of a day. We strongly recommend a magnetic filter afterwards to keep the system
clean.</p>
<p>A radiator that's cold at the top but warm at the bottom just has air in it and needs bleeding, which
is not a powerflush job.</p>
<h2>Radiators</h2>
<ul>
<li><strong>Replacing radiators</strong>: like-for-like swaps, or bigger double-panel radiators to heat a
cold room</li>
<li><strong>Moving radiators</strong>: if you're redecorating, knocking through or fitting a kitchen,
we can move a radiator to another wall. We run the new pipework under the floorboards where possible, so
you don't see it. Moving a radiator in a downstairs room with a solid concrete floor means surface
pipework or chasing into the wall, which we'll talk through with you.</li>
<li><strong>Towel rails and designer radiators</strong> supplied by us or by you</li>
<li><strong>Valves</strong>: new thermostatic radiator valves (TRVs) so each room can be set separately</li>
</ul>
<h2>Controls and upgrades</h2>
<p>We fit smart thermostats (Hive, Nest, tado and Worcester's own), extra heating zones, and replacement
pumps and motorised valves on older systems. If your house is split into two zones, say upstairs and
downstairs, you can heat only the part you're using.</p>
"""

_EMERGENCY = """<p>Water where it shouldn't be needs dealing with fast. Our emergency plumbing line is staffed
<strong>7am to 10pm, seven days a week</strong>, including bank holidays (Christmas Day excepted).</p>
<h2>Is it an emergency?</h2>
<p>We treat these as emergencies and move other jobs to fit you in:</p>
<ul>
<li>A leak or burst pipe you can't stop, or water coming through a ceiling</li>
<li>No water at all in the house</li>
<li>Your only toilet blocked or overflowing</li>
<li>No heating in winter in a household with a baby, someone elderly or someone unwell</li>
</ul>
<p>In Derby city we aim to be with you within two hours, and within three hours further out.</p>
<h2>Overnight (10pm to 7am)</h2>
<p>We don't run a night service; our engineers are local people who need to sleep. If something happens
overnight, turn off the water at the stopcock and call us from 7am. We'll put you first in the queue.</p>
<h2>Water coming through the ceiling: what to do now</h2>
<ol>
<li><strong>Turn off the stopcock.</strong> It's usually under the kitchen sink, otherwise where the water
pipe comes into the house (downstairs toilet, under the stairs, in the garage).</li>
<li><strong>If water is near a light fitting or sockets, switch off the electrics</strong> at the consumer
unit. Don't touch light switches in the wet room.</li>
<li><strong>Drain the cold water</strong> by running the cold taps in the bath and sinks.</li>
<li>If the ceiling is bulging, put a bucket underneath. Don't stand under it.</li>
<li>Ring us on 01332 946 210.</li>
</ol>
<h2>Hidden leaks</h2>
<p>A damp patch that keeps spreading, or a water meter that ticks round when nothing is on, both point to a
hidden leak. We find them with a thermal imaging camera and acoustic
listening kit, so we only lift the floorboard that matters. If you're claiming on home insurance, we can
provide a written leak report with photos for your insurer.</p>
<p>Emergency and out-of-hours rates are on our <a href="/prices/">prices page</a>.</p>
"""

_PLUMBING = """<p>The everyday jobs that make up most of a plumber's week. None of these is too small for us.</p>
<h2>Toilets</h2>
<ul>
<li><strong>Constantly running or hissing toilet</strong>: water trickling into the pan long after
flushing, or a cistern that never stops filling, is almost always a worn fill valve or flush valve seal.
We replace the valve and the cistern washers, usually in under an hour.</li>
<li><strong>Won't flush properly</strong>: worn siphon diaphragm or a broken push button cable</li>
<li><strong>Leaking at the base</strong>: a failed pan connector or a cracked pan</li>
<li><strong>Loose toilet seats and wobbly pans</strong> refixed</li>
<li>Saniflo and other macerator toilets repaired</li>
</ul>
<h2>Taps</h2>
<p>Dripping taps, stiff handles, and taps leaking at the base: most modern taps have a ceramic cartridge
we can replace. We also fit new kitchen and bathroom taps, and outside taps with a built-in check valve.</p>
<h2>Showers</h2>
<ul>
<li>Mixer shower valves repaired or replaced, including thermostatic cartridges</li>
<li>Electric showers replaced like-for-like (same or lower kW rating, on the existing circuit)</li>
<li>Shower pumps replaced</li>
<li>Leaking shower trays and enclosures resealed</li>
</ul>
<h2>Low water pressure</h2>
<p>If the pressure is poor all over the house, first check your stopcock is fully open; it often gets
half-closed during other work. Then ask a neighbour whether theirs is low too: if it is, it's a supply
problem and you need to call Severn Trent on 0800 783 4444.</p>
<p>If it's only your house, we'll measure the flow rate at the kitchen tap and find the cause. It's often an
old narrow lead or iron supply pipe, a partly blocked stopcock, or a gravity system with the tank in the
loft. Depending on what we find we can replace the stopcock, fit a shower pump on a gravity system, or fit
a mains accumulator. It's illegal to fit a pump directly onto the mains, so be wary of anyone who offers.</p>
<h2>What we don't do</h2>
<p>We don't fit complete bathrooms or kitchens, and we don't do tiling. We're happy to do the plumbing
first fix and second fix for your bathroom fitter.</p>
"""

_DRAINS = """<p>We clear blockages <strong>inside your home</strong>. We're plumbers, not a drainage company,
so we don't have jetting vans or CCTV drain cameras.</p>
<h2>Blockages we clear</h2>
<ul>
<li>Kitchen sinks (usually grease and food waste in the trap or waste pipe)</li>
<li>Bathroom basins, baths and showers (hair and soap build-up)</li>
<li>Toilets, including blockages in the pan or the soil pipe inside the house</li>
<li>Washing machine and dishwasher waste pipes</li>
<li>Internal soil stacks, where we can get to them from inside</li>
</ul>
<p>We use plungers, hand augers and a powered drain snake on internal pipes. If a blockage keeps coming back,
we'll look at the pipe's fall and fittings and can replace sections of waste pipe.</p>
<h2>Outside drains and manholes</h2>
<p>We don't work on outside drains, gullies or manholes. If a manhole or outside drain is overflowing:</p>
<ul>
<li>If the drain is shared with neighbours, or is beyond your property boundary, it's usually the
responsibility of Severn Trent, who clear it free of charge. Call them on 0800 783 4444.</li>
<li>If it serves only your house and is within your boundary, you'll need a drainage specialist with a
jetting van. Jo in our office can give you the numbers of two local firms we trust.</li>
</ul>
<h2>Before you call us</h2>
<ul>
<li>For a sink, try a plunger first, with the overflow hole covered with a damp cloth.</li>
<li>Don't pour caustic drain cleaner in and then call us: it makes the job dangerous for the engineer.
If you've already used some, tell us when you book.</li>
<li>If several things are blocked at once (toilet, bath and sink), the blockage is probably outside,
in the drain, so see above.</li>
</ul>
<h2>Keeping it clear</h2>
<p>Never pour cooking fat down the sink; let it set and put it in the bin. Wet wipes, even "flushable" ones,
are the most common cause of toilet blockages we see.</p>
"""

_LANDLORDS = """<p>By law, landlords must have every gas appliance, fitting and flue in a rented home checked by a
Gas Safe registered engineer every 12 months, and give the tenant a copy of the record (often called a CP12)
within 28 days.</p>
<h2>Landlord certificate prices</h2>
<table>
<thead><tr><th>Service</th><th>Price (inc. VAT)</th></tr></thead>
<tbody>
<tr><td>Gas safety certificate, 1 appliance (e.g. boiler)</td><td>&pound;75</td></tr>
<tr><td>Each additional appliance (hob, cooker, fire)</td><td>&pound;15</td></tr>
<tr><td>Gas safety certificate + boiler service</td><td>&pound;135</td></tr>
</tbody>
</table>
<p>Houses in multiple occupation (HMOs) and blocks with more than three flats are priced on request.</p>
<h2>How it works</h2>
<ol>
<li>Book the check up to two months before your current certificate expires. Under the rules you keep the
original expiry date if you renew within that window.</li>
<li><strong>We arrange access with your tenant directly.</strong> Give us their name and mobile number and
we'll agree a slot with them and text them a reminder the day before, so you don't have to be the
go-between.</li>
<li>The engineer checks every gas appliance, the pipework (tightness test), ventilation and flues.</li>
<li>Your digital certificate is emailed to you, and to your tenant or agent if you ask, the same day.</li>
</ol>
<h2>If an appliance fails</h2>
<p>If we find an appliance that is unsafe, we'll explain the risk to the tenant, make it safe (which may
mean turning it off), and phone you with a repair quote. We can't issue a pass certificate for an appliance
that fails.</p>
<h2>Reminders and portfolio landlords</h2>
<p>We keep your certificate dates on file and remind you six weeks before each one is due. Letting agents and
landlords with five or more properties can have a monthly account; see our
<a href="/payment-guarantees/">payment page</a>.</p>
"""

_GAS_APPLIANCES = """<p>All gas appliance work must, by law, be done by a Gas Safe registered engineer. We install,
move, disconnect and safety check gas hobs, cookers and fires running on natural gas.</p>
<h2>Gas hobs and cookers</h2>
<ul>
<li><strong>Gas hobs</strong>: we fit hobs you've bought, whether from a kitchen showroom, Currys or online.
Your worktop cut-out needs to be done before we arrive (your kitchen fitter usually does this). We connect
it with a rigid or approved flexible connection and test it.</li>
<li><strong>Freestanding gas cookers</strong>: connected with a bayonet hose and fitted with the stability
chain or bracket the manufacturer requires.</li>
<li><strong>Swapping electric for gas</strong>: if there's no gas supply in the kitchen, we can run a new
pipe from the nearest point. We'll disconnect and take away your old hob or cooker, but an electrician must
make the electric supply safe if it was hard-wired. We can recommend one.</li>
<li><strong>Range cookers</strong>: fine, but please send us the model number first, as some need a larger
gas supply.</li>
</ul>
<h2>Gas fires</h2>
<ul>
<li>New gas fires fitted, including flueless, balanced flue and conventional flue models (we'll check your
chimney or flue is suitable first)</li>
<li>Old gas fires and back boilers removed, with the gas supply capped off safely under the floor</li>
<li>Gas fire safety checks and servicing</li>
</ul>
<h2>What we don't fit</h2>
<p>We don't install wood burners, multi-fuel stoves or any solid fuel appliances; for those you need a HETAS
registered installer. We also don't fit gas barbecues or patio heaters.</p>
<p>Fixed prices for the common jobs, like fitting a hob, are on our <a href="/prices/">prices page</a>.</p>
"""

_GAS_EMERGENCY = """<blockquote><p><strong>If you smell gas, call the National Gas Emergency Service free on
0800 111 999, any time, day or night.</strong> Don't call us first: we're not the emergency service, and
they can get someone to you faster.</p></blockquote>
<h2>If you smell gas</h2>
<ol>
<li>Open doors and windows to let fresh air in.</li>
<li>Turn off the gas at the meter, if you can get to it safely. Move the lever so it is across the pipe.</li>
<li>Don't turn electrical switches on or off, including lights and doorbells, and don't use naked flames.
Don't smoke.</li>
<li>Get everyone out of the house and call 0800 111 999 from outside.</li>
<li>Wait for the emergency engineer from Cadent, the gas network in our area.</li>
</ol>
<h2>After the emergency service has been</h2>
<p>The Cadent engineer will make the situation safe, which often means capping off the faulty appliance or
turning off your supply. They don't usually carry out repairs. That's where we come in: call us and we'll
find and fix the fault, and turn everything back on safely.</p>
<h2>Carbon monoxide</h2>
<p>Carbon monoxide (CO) has no smell. Symptoms include headaches, dizziness, nausea, tiredness and feeling
better when you leave the house. If your CO alarm goes off, or you suspect CO:</p>
<ul>
<li>Turn off gas appliances if you can, and open windows</li>
<li>Get everyone out into fresh air</li>
<li>Call 0800 111 999, and if anyone feels unwell, seek medical help (NHS 111, or 999 if serious)</li>
</ul>
<p>Every home with a gas appliance should have an audible CO alarm marked EN 50291. They cost around
&pound;20, and we'll fit one free if we're already working at your house.</p>
"""

_PRICES = """<p>All our prices include VAT. We charge from when the engineer arrives, not for travel, and there is
no separate call-out fee.</p>
<h2>Hourly labour rates</h2>
<table>
<thead><tr><th>When</th><th>First hour</th><th>After the first hour</th></tr></thead>
<tbody>
<tr><td>Weekdays 8am &ndash; 5:30pm</td><td>&pound;89</td><td>&pound;19 per 15 minutes</td></tr>
<tr><td>Weekday evenings 5:30pm &ndash; 10pm, and weekends</td><td>&pound;135</td>
<td>&pound;30 per 15 minutes</td></tr>
<tr><td>Bank holidays</td><td>&pound;165</td><td>&pound;35 per 15 minutes</td></tr>
</tbody>
</table>
<p>The first hour includes finding the fault. Parts are extra and charged at the price printed in the
supplier's trade catalogue. We'll always tell you the cost of a part before fitting it.</p>
<h2>Fixed-price jobs</h2>
<p>For common jobs we'd rather give you a fixed price than have you watching the clock. These include
labour and standard fittings; the item itself is extra unless stated.</p>
<table>
<thead><tr><th>Job</th><th>Fixed price</th></tr></thead>
<tbody>
<tr><td>Replace a tap cartridge or washer (one tap)</td><td>&pound;75</td></tr>
<tr><td>Fit a kitchen or basin mixer tap you've supplied</td><td>&pound;120</td></tr>
<tr><td>Fit an outside tap, including the tap</td><td>&pound;145</td></tr>
<tr><td>Replace a toilet fill valve, including the valve</td><td>&pound;110</td></tr>
<tr><td>Replace a toilet flush valve or siphon, including the part</td><td>&pound;125</td></tr>
<tr><td>Fit a magnetic system filter, including the filter</td><td>&pound;195</td></tr>
<tr><td>Replace a pair of radiator valves with TRVs, including valves</td><td>&pound;110</td></tr>
<tr><td>Fit a gas hob you've supplied (gas point already in place)</td><td>&pound;110</td></tr>
<tr><td>Connect a freestanding gas cooker</td><td>&pound;85</td></tr>
<tr><td>Remove a gas fire and cap the supply</td><td>&pound;140</td></tr>
</tbody>
</table>
<h2>Other prices</h2>
<p>Boiler servicing, powerflushing, new boilers, heat pump surveys and landlord certificates each have their
own price list on the relevant page: <a href="/boiler-servicing/">servicing</a>,
<a href="/central-heating/">powerflushing</a>, <a href="/new-boilers/">new boilers</a>,
<a href="/heat-pumps/">heat pumps</a> and <a href="/landlords/">landlord certificates</a>.</p>
<h2>Quotes</h2>
<p>For bigger jobs (moving pipework, several radiators, system upgrades) we'll give you a written quote
after a look. Quotes are free and hold for 30 days.</p>
"""

_PAYMENT = """<h2>Paying us</h2>
<p>Payment is due when the job is finished. The engineer will give you the invoice on their phone and you can
pay:</p>
<ul>
<li>by debit or credit card (Visa, Mastercard, Amex) on the engineer's card reader, or contactless</li>
<li>by bank transfer the same day, using the invoice number as the reference</li>
<li>in cash, with the exact amount please, as engineers don't carry change</li>
</ul>
<p>We don't take cheques. For new boilers we take a 20% deposit when you book the installation date and the
balance on completion, unless you're paying through finance.</p>
<h2>Landlord and agent accounts</h2>
<p>Letting agents and landlords with five or more properties can apply for a monthly account, with invoices
payable within 14 days.</p>
<h2>Our guarantee</h2>
<ul>
<li><strong>Workmanship</strong>: all our work is guaranteed for 12 months. If something we fixed goes wrong
again in that time because of our work, we come back and put it right free of charge, including labour.</li>
<li><strong>Parts</strong>: parts we supply carry the manufacturer's warranty, usually 12 months. If a part
fails within that time, the part and our labour to refit it are free.</li>
<li><strong>New boilers</strong>: covered by the manufacturer's guarantee of up to 12 years, as long as
it's serviced every year.</li>
</ul>
<p>The guarantee doesn't cover parts you supplied yourself, or a new, unrelated fault.</p>
<h2>Complaints</h2>
<p>We hope you won't need this, but if you're not happy:</p>
<ol>
<li>Tell us first. Ring the office or email
<a href="mailto:hello@markeatonheating.co.uk">hello@markeatonheating.co.uk</a>
and ask for Gareth Pickering, the owner. He deals with every complaint himself, not the engineer involved.</li>
<li>We'll acknowledge your complaint within two working days and aim to resolve it within ten.</li>
<li>If we can't agree, you can refer it to the TrustMark dispute resolution service, as we're a TrustMark
registered business. Safety concerns about gas work can be reported to Gas Safe Register.</li>
</ol>
"""

_BOOKING = """<h2>How to book</h2>
<ul>
<li><strong>Phone</strong> the office on 01332 946 210 during office hours</li>
<li><strong>Online</strong> using the booking form below; we'll call or text back to confirm a slot within
two working hours</li>
<li><strong>Emergencies</strong>: please phone, don't use the form. See
<a href="/emergency-plumbing/">emergency plumbing</a>.</li>
</ul>
<h2>Arrival windows</h2>
<p>Because no one knows how long the job before yours will take, we book half-day slots:</p>
<table>
<thead><tr><th>Slot</th><th>Engineer arrives between</th></tr></thead>
<tbody>
<tr><td>Morning</td><td>8am and 12 noon</td></tr>
<tr><td>Afternoon</td><td>12 noon and 5pm</td></tr>
<tr><td>First job of the day</td><td>8am and 9am (limited, ask when booking)</td></tr>
</tbody>
</table>
<p>We can't promise an exact time, but if you work shifts or need to be somewhere, ask for the
first-job-of-the-day slot: there's no extra charge, there are just fewer of them, so they go a week or so
ahead. On the day, your engineer will text you when they're on their way, giving you around 30 minutes'
notice.</p>
<h2>Cancelling or rearranging</h2>
<p>Let us know at least 24 hours before your slot and there's no charge. If you cancel with less notice, or
our engineer arrives and no one is in, we charge a &pound;45 missed appointment fee to cover their time.</p>
<h2>Areas we cover</h2>
<p>We cover Derby and places within roughly 12 miles of the city centre, including:</p>
<ul>
<li>Allestree, Darley Abbey, Mickleover, Littleover, Mackworth, Normanton, Sunnyhill, Chaddesden,
Spondon, Alvaston, Chellaston, Sinfin, Oakwood</li>
<li>Duffield, Belper, Kilburn, Ripley, Heanor, Ilkeston, Borrowash, Ockbrook, Draycott, Long Eaton</li>
<li>Castle Donington, Melbourne, Swarkestone, Findern, Etwall, Hilton, Kirk Langley, Quarndon</li>
</ul>
<p>We don't cover Ashbourne, Matlock, Burton upon Trent or Nottingham city. If you're not sure, give
the office your postcode.</p>
"""

_ABOUT = """<p>Markeaton Heating &amp; Plumbing was started in 2011 by Gareth Pickering, after fourteen years as
a British Gas engineer. We've grown to four engineers, two vans' worth of parts and one very busy office.</p>
<h2>The team</h2>
<ul>
<li><strong>Gareth Pickering</strong>, owner and engineer. Does our boiler and heat pump surveys and most of
the bigger installations.</li>
<li><strong>Priya Sandhu</strong>, heating engineer. Boiler breakdowns and servicing; Vaillant and
Worcester trained.</li>
<li><strong>Liam Walsh</strong>, plumbing and heating engineer. Leaks, toilets, showers, blockages and
radiators.</li>
<li><strong>Tom Oakley</strong>, gas engineer. Landlord certificates, gas hobs and fires, servicing.</li>
<li><strong>Jo Pickering</strong>, office manager. Books the jobs, answers the phone and sorts invoices.</li>
</ul>
<h2>Gas Safe registered</h2>
<p>Our Gas Safe registration number is <strong>612447</strong>. All four engineers hold their own Gas Safe
ID cards, and each card shows which kinds of gas work they're qualified for. Ask to see it when they
arrive; any genuine gas engineer will happily show you. You can check us on the Gas Safe Register
website or by calling Gas Safe on 0800 408 5500.</p>
<h2>Other memberships</h2>
<ul>
<li>TrustMark registered business</li>
<li>Worcester Bosch Accredited Installer and Vaillant Advance installer</li>
<li>Public liability insurance of &pound;5 million</li>
</ul>
<h2>How we work in your home</h2>
<p>Every engineer is DBS checked, wears shoe covers indoors, puts down dust sheets and takes their rubbish
away with them. Each van carries a full parts stock, so we aren't back and forth to the merchants.</p>
"""

_REVIEWS = """<p>Don't just take our word for it. We're rated <strong>4.9 out of 5 on Google</strong> from 340+
reviews and <strong>9.8 out of 10 on Checkatrade</strong>, where we've been a member since 2014. Every
review on Checkatrade comes from a checked customer, and you can read them all on our Checkatrade profile.</p>
<h2>Recent reviews</h2>
<blockquote><p>"Liam found a leak under the bathroom floor that two other plumbers had missed. He only lifted
one board. Really tidy work." &mdash; Sarah, Littleover (Checkatrade, 10/10)</p></blockquote>
<blockquote><p>"Had the annual service with Tom. On time, explained the readings, no upselling."
&mdash; Derek, Spondon (Google, 5 stars)</p></blockquote>
<blockquote><p>"Our radiators upstairs were only warm at the top. Powerflush done in a day, house is warm for
the first time in years." &mdash; The Khan family, Mickleover (Google, 5 stars)</p></blockquote>
<blockquote><p>"Gareth talked us out of a heat pump for our 1930s semi and explained why. Appreciated the
honesty." &mdash; Claire, Duffield (Google, 5 stars)</p></blockquote>
<blockquote><p>"Arrived in the morning slot as promised, fitted the new mixer tap in no time. Only
complaint: couldn't stay for another brew!" &mdash; Brian, Belper (Checkatrade, 10/10)</p></blockquote>
<h2>Leave us a review</h2>
<p>If we've done work for you, a review on Google or Checkatrade really helps a small business like ours.
Jo will text you a link after the job; it takes two minutes.</p>
<h2>Not happy?</h2>
<p>If something's not right, we'd rather hear about it directly. See our
<a href="/payment-guarantees/">guarantee and complaints process</a>.</p>
"""

_FAQ = """<p>Answers to the questions the office gets asked most. Can't find yours? Ring Jo on 01332 946 210.</p>
<h2>General</h2>
<details>
<summary>Do I need to be at home while you work?</summary>
<p>Someone aged 18 or over needs to be in to let us in, and to be there at the end so we can explain what
we've done. You don't need to watch us work.</p>
</details>
<details>
<summary>Do you work on oil, LPG or solid fuel boilers?</summary>
<p>No. We only work on mains natural gas appliances. For an oil boiler you'll need an OFTEC registered
engineer, and for LPG an engineer with LPG on their Gas Safe card.</p>
</details>
<details>
<summary>Can I buy the parts myself?</summary>
<p>You can supply taps, radiators, towel rails, hobs and toilets, and we'll fit them. For boiler and gas
parts we fit only parts we've supplied, as we have to be sure they're genuine and correct for the
appliance. Our guarantee on parts doesn't cover parts you've supplied.</p>
</details>
<details>
<summary>Do you do commercial work?</summary>
<p>We look after small offices, shops and churches with domestic-sized boilers. We don't do commercial
catering or large commercial boilers.</p>
</details>
<h2>Boilers and heating</h2>
<details>
<summary>How do I top up my boiler pressure?</summary>
<p>Most combis have a filling loop underneath: open both taps slowly until the gauge reads 1 to 1.5 bar,
then close them. Your boiler manual will show the exact method.</p>
</details>
<details>
<summary>Is it worth having a boiler serviced if it's working fine?</summary>
<p>Yes. A service is a safety check as much as anything; a boiler can run while producing carbon monoxide.
It also keeps the warranty valid.</p>
</details>
<h2>Plumbing</h2>
<details>
<summary>Will my water be off for long?</summary>
<p>For most repairs, less than an hour. The engineer will tell you before turning it off, so you can fill a
kettle and a jug first. Jobs that drain down the heating, like a radiator swap, take longer.</p>
</details>
<details>
<summary>Do you fit water softeners?</summary>
<p>Yes. Derby's water is moderately hard, and a softener protects taps, showers and combi boilers from scale.
We fit block salt and tablet salt softeners, supplied by us or by you, with a separate drinking water tap.</p>
</details>
"""


HTML = {
    "/": _page(
        "/",
        "Home",
        "Gas Safe heating, boiler and plumbing engineers in Derby. Boiler repairs, servicing, new boilers.",
        _HOME,
        testimonials=True,
        lead="Boilers, heating, plumbing and gas for homes across Derby and the surrounding villages.",
        sidebar="""    <div class="widget card card-body mb-3">
      <h3 class="widget-title h5">Boiler broken down?</h3>
      <p>Daytime repair slots available most weekdays.</p>
      <a class="btn btn-primary w-100" href="/booking/">Book a repair</a>
    </div>
    <div class="widget card card-body">
      <h3 class="widget-title h5">New boiler quote</h3>
      <p>Fixed price, online, within one working day.</p>
      <a class="btn btn-outline-primary w-100" href="/new-boilers/">Get a quote</a>
    </div>""",
    ),
    "/boiler-repairs/": _page(
        "/boiler-repairs/",
        "Boiler Breakdowns &amp; Repairs",
        "Boiler breakdown repairs in Derby on Worcester, Vaillant, Baxi, Ideal and more.",
        _BOILER_REPAIRS,
        toc=True,
        testimonials=True,
    ),
    "/boiler-servicing/": _page(
        "/boiler-servicing/",
        "Boiler Servicing",
        "Annual gas boiler servicing in Derby with a digital service report.",
        _SERVICING,
        toc=True,
    ),
    "/new-boilers/": _page(
        "/new-boilers/",
        "New Boilers &amp; Finance",
        "Fixed-price new boiler installation in Derby, with 0% and low-rate finance.",
        _NEW_BOILERS,
        toc=True,
        testimonials=True,
    ),
    "/heat-pumps/": _page(
        "/heat-pumps/",
        "Heat Pump Surveys",
        "Air source heat pump surveys in Derby, with installation by an MCS certified partner.",
        _HEAT_PUMPS,
        toc=True,
    ),
    "/central-heating/": _page(
        "/central-heating/",
        "Central Heating, Powerflushing &amp; Radiators",
        "Powerflushing, radiator replacement and moving, and heating controls in Derby.",
        _CENTRAL_HEATING,
        toc=True,
    ),
    "/emergency-plumbing/": _page(
        "/emergency-plumbing/",
        "Emergency Plumbing &amp; Leaks",
        "Emergency plumber in Derby for burst pipes and leaks, 7am to 10pm every day.",
        _EMERGENCY,
        toc=True,
    ),
    "/plumbing/": _page(
        "/plumbing/",
        "Toilets, Taps, Showers &amp; Water Pressure",
        "Everyday plumbing repairs in Derby: toilets, taps, showers and low water pressure.",
        _PLUMBING,
        toc=True,
        testimonials=True,
    ),
    "/drains/": _page(
        "/drains/",
        "Blocked Sinks, Toilets &amp; Internal Drains",
        "We clear blocked sinks, baths and toilets inside the home in Derby.",
        _DRAINS,
        toc=True,
    ),
    "/landlords/": _page(
        "/landlords/",
        "Landlord Gas Safety Certificates",
        "Landlord gas safety certificates (CP12) in Derby from &pound;75, tenant access arranged.",
        _LANDLORDS,
        toc=True,
        testimonials=True,
    ),
    "/gas-appliances/": _page(
        "/gas-appliances/",
        "Gas Hobs, Cookers &amp; Fires",
        "Gas hob, cooker and gas fire installation and removal in Derby by Gas Safe engineers.",
        _GAS_APPLIANCES,
        toc=True,
    ),
    "/gas-emergency/": _page(
        "/gas-emergency/",
        "Smell Gas? What To Do",
        "What to do if you smell gas or suspect carbon monoxide.",
        _GAS_EMERGENCY,
        sidebar="""    <div class="widget card card-body border-danger">
      <h3 class="widget-title h5 text-danger">Gas emergency</h3>
      <p class="display-6"><a href="tel:0800111999">0800 111 999</a></p>
      <p class="small">National Gas Emergency Service, 24 hours, free.</p>
    </div>""",
    ),
    "/prices/": _page(
        "/prices/",
        "Our Prices",
        "Hourly rates and fixed prices for plumbing and gas jobs in Derby. No call-out fee.",
        _PRICES,
        toc=True,
    ),
    "/booking/": _page(
        "/booking/",
        "Booking, Arrival Times &amp; Areas",
        "How to book a Markeaton engineer, arrival windows, cancellations and the areas we cover.",
        _BOOKING
        + """<h2>Booking form</h2>
<form class="booking-form" action="/booking/#sent" method="post">
<div class="mb-3"><label for="bf-name" class="form-label">Name</label>
<input id="bf-name" name="name" class="form-control" required></div>
<div class="mb-3"><label for="bf-phone" class="form-label">Phone</label>
<input id="bf-phone" name="phone" type="tel" class="form-control" required></div>
<div class="mb-3"><label for="bf-postcode" class="form-label">Postcode</label>
<input id="bf-postcode" name="postcode" class="form-control" required></div>
<div class="mb-3"><label for="bf-job" class="form-label">What's the problem?</label>
<textarea id="bf-job" name="job" rows="4" class="form-control"></textarea></div>
<button type="submit" class="btn btn-primary">Send booking request</button>
</form>
""",
        toc=True,
    ),
    "/payment-guarantees/": _page(
        "/payment-guarantees/",
        "Payment, Guarantees &amp; Complaints",
        "How to pay, our 12-month workmanship guarantee, and our complaints process.",
        _PAYMENT,
        toc=True,
    ),
    "/about/": _page(
        "/about/",
        "Our Team &amp; Gas Safe",
        "Meet the Markeaton Heating & Plumbing team. Gas Safe registration 612447.",
        _ABOUT,
        testimonials=True,
    ),
    "/reviews/": _page(
        "/reviews/",
        "Customer Reviews",
        "Rated 4.9 on Google and 9.8 on Checkatrade by Derby customers.",
        _REVIEWS,
    ),
    "/faq/": _page(
        "/faq/",
        "Frequently Asked Questions",
        "Answers to common questions about our heating, plumbing and gas work.",
        _FAQ,
        toc=True,
    ),
}

QUESTIONS = [
    (
        "my boiler keeps losing pressure, ive been topping it up every few days with the little filling loop "
        "thing. can someone come and find out why",
        "/boiler-repairs/",
    ),
    (
        "How long does a boiler service take? Trying to work out if I need to take the whole morning off work",
        "/boiler-servicing/",
    ),
    (
        "Our boiler's packed up for good and we just don't have three grand sitting around. Can we pay for a "
        "new one monthly?",
        "/new-boilers/",
    ),
    ("if we get the combi swapped how long will we be without hot water", "/new-boilers/"),
    (
        "We're thinking about one of those air source pump things with the £7,500 grant, my brother-in-law "
        "had one done. Is that something you lot fit?",
        "/heat-pumps/",
    ),
    ("radiators are lovely and hot at the top but stone cold at the bottom", "/central-heating/"),
    (
        "We're knocking the lounge and dining room into one and the radiator is on the wall that's coming "
        "down. Can you move it to the other side?",
        "/central-heating/",
    ),
    (
        "Water is dripping through the kitchen light fitting from the bathroom above!! what do i do",
        "/emergency-plumbing/",
    ),
    ("Do you come out late at night? Pipe's just gone under the sink and it's gone 11", "/emergency-plumbing/"),
    (
        "toilet keeps hissing and trickling into the bowl ages after you flush it, it's driving me mad at night",
        "/plumbing/",
    ),
    (
        "The shower upstairs is barely a dribble and the kitchen tap's not much better, the whole house has "
        "rubbish pressure",
        "/plumbing/",
    ),
    (
        "The manhole cover in our back garden is overflowing with, well, you can guess. Can you come and unblock it?",
        "/drains/",
    ),
    (
        "I let out a terrace in Normanton and the gas certificate runs out next month. What do you charge?",
        "/landlords/",
    ),
    (
        "Can you sort the appointment out with my tenant directly? I'm fed up of being piggy in the middle",
        "/landlords/",
    ),
    (
        "Bought a gas hob online to replace our electric one, can you fit it and take the old one away?",
        "/gas-appliances/",
    ),
    ("whats your hourly rate", "/prices/"),
    ("Are you on Checkatrade or anything like that? want to see what other folk say before I book", "/reviews/"),
    ("How much to put in a kitchen mixer tap? I've already bought the tap from Screwfix", "/prices/"),
    ("Do you take cash or is it cards only?", "/payment-guarantees/"),
    (
        "The leak you fixed under our sink a couple of months back has started dripping again. Will I have to "
        "pay for you to come back out?",
        "/payment-guarantees/",
    ),
    ("do you cover Belper", "/booking/"),
    (
        "Can you give me an exact time instead of half a day? I work shifts at Rolls-Royce and can't hang "
        "around all morning",
        "/booking/",
    ),
    ("I can smell gas in the kitchen round the cooker, what should I do", "/gas-emergency/"),
    ("Are your lads actually Gas Safe? I'd like to check the registration number before you come", "/about/"),
    (
        "We live out past Kirk Langley and we're on an oil boiler, no mains gas. Can you service it for us?",
        "/faq/",
    ),
]

OUT_OF_SCOPE = [
    "Do you fit air conditioning units? Our loft bedroom is unbearable in summer",
    "Is there a discount for pensioners or blue light card holders?",
    "Can you install an electric car charger on my drive?",
    "We're building a kitchen extension, could you put underfloor heating in it?",
    "Are you taking on apprentices? My son is 16 and wants to be a plumber",
    "Do you sell a monthly boiler breakdown cover plan like British Gas HomeCare?",
    "What time does Derby County kick off on Saturday?",
    "Can you recommend a good curry house near Pride Park?",
]
