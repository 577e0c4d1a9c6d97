"""An evaluation site: Hallworth Motors, an independent MOT and car servicing garage in Edgeley, Stockport (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a site built on a
garage-software template: Bootstrap 3 navbar with dropdowns, a "Book your MOT" reg-plate lookup widget,
`panel panel-default` service/price blocks, a sidebar with opening hours and a "Get a quote" form on service
pages, and a `site-footer` with trade association badges.
"""

NAME = "Hallworth Motors"

_NAV = [
    ("/", "Home", None),
    ("/mot/", "MOT", None),
    (
        None,
        "Servicing",
        [
            ("/servicing/", "Car Servicing"),
            ("/manufacturer-warranty-servicing/", "Manufacturer Warranty Servicing"),
            ("/ev-hybrid-servicing/", "EV &amp; Hybrid Servicing"),
        ],
    ),
    (
        None,
        "Repairs",
        [
            ("/brakes-clutches/", "Brakes &amp; Clutches"),
            ("/tyres-tracking/", "Tyres &amp; Wheel Alignment"),
            ("/exhausts-cambelts-batteries/", "Exhausts, Cambelts &amp; Batteries"),
            ("/diagnostics-warning-lights/", "Diagnostics &amp; Warning Lights"),
            ("/air-conditioning/", "Air Conditioning"),
        ],
    ),
    ("/prices/", "Prices", None),
    (
        None,
        "Customer Info",
        [
            ("/booking/", "Booking, Drop-off &amp; Waiting"),
            ("/courtesy-car-collection/", "Courtesy Car &amp; Collection"),
            ("/payment-warranty/", "Payment &amp; Warranty"),
            ("/faq/", "FAQs"),
        ],
    ),
    (
        None,
        "About Us",
        [
            ("/our-team/", "Meet the Team"),
            ("/reviews/", "Reviews"),
        ],
    ),
    ("/contact/", "Contact", None),
]


def _nav(path):
    items = []
    for href, label, children in _NAV:
        if children is None:
            active = ' class="active"' if href == path else ""
            items.append(f'<li{active}><a href="{href}">{label}</a></li>')
            continue
        active = " active" if any(c[0] == path for c in children) else ""
        sub = "\n".join(f'          <li><a href="{h}">{t}</a></li>' for h, t in children)
        items.append(
            f'<li class="dropdown{active}">\n'
            f'        <a href="#" class="dropdown-toggle" data-toggle="dropdown" role="button"'
            f' aria-haspopup="true" aria-expanded="false">{label} <span class="caret"></span></a>\n'
            f'        <ul class="dropdown-menu">\n{sub}\n        </ul>\n      </li>'
        )
    return "\n      ".join(items)


_REG_WIDGET = """<div class="reg-lookup-widget gh-widget" data-widget="mot-booking" data-garage-id="4471">
  <h3 class="widget-title"><i class="fa fa-calendar-check-o"></i> Book your MOT</h3>
  <form class="form-inline reg-lookup-form" action="/booking/" method="get">
    <div class="reg-plate">
      <span class="reg-plate-gb">GB</span>
      <input type="text" name="vrm" class="form-control reg-input" placeholder="ENTER REG" maxlength="8"
        autocomplete="off" aria-label="Vehicle registration">
    </div>
    <button type="submit" class="btn btn-warning btn-lg btn-reg-go">Find my car <i class="fa fa-arrow-right"></i>
    </button>
  </form>
  <p class="small reg-lookup-note">Enter your registration and we'll find your vehicle and show our next free
  slots.</p>
</div>"""

_SIDEBAR = """<div class="widget widget-hours panel panel-default">
  <div class="panel-heading"><h4 class="panel-title"><i class="fa fa-clock-o"></i> Opening Hours</h4></div>
  <div class="panel-body">
    <ul class="list-unstyled hours-list">
      <li><span>Monday &ndash; Friday</span> <strong>8:00am &ndash; 5:30pm</strong></li>
      <li><span>Saturday</span> <strong>8:30am &ndash; 12:30pm</strong></li>
      <li><span>Sunday</span> <strong>Closed</strong></li>
    </ul>
  </div>
</div>
<div class="widget widget-quote panel panel-default">
  <div class="panel-heading"><h4 class="panel-title"><i class="fa fa-pencil-square-o"></i> Get a quote</h4></div>
  <div class="panel-body">
    <form class="gh-quote-form" action="#" method="post">
      <div class="form-group"><input type="text" class="form-control" name="name" placeholder="Your name"></div>
      <div class="form-group"><input type="tel" class="form-control" name="phone" placeholder="Phone number">
      </div>
      <div class="form-group"><input type="email" class="form-control" name="email" placeholder="Email"></div>
      <div class="form-group"><input type="text" class="form-control reg-input" name="vrm" placeholder="REG">
      </div>
      <div class="form-group">
        <select class="form-control" name="job">
          <option>What do you need?</option><option>MOT</option><option>Service</option>
          <option>Brakes</option><option>Clutch</option><option>Tyres</option><option>Other repair</option>
        </select>
      </div>
      <div class="form-group"><textarea class="form-control" name="msg" rows="3"
        placeholder="Tell us what's going on"></textarea></div>
      <button type="submit" class="btn btn-primary btn-block">Send my quote request</button>
    </form>
  </div>
</div>
<div class="widget widget-cta">
  <a href="/booking/" class="btn btn-warning btn-lg btn-block">Book online now</a>
</div>"""

_FOOTER = """<section class="cta-strip">
  <div class="container">
    <div class="row">
      <div class="col-sm-8"><h3>MOT or service due? Book online in under two minutes.</h3></div>
      <div class="col-sm-4 text-right"><a href="/booking/" class="btn btn-warning btn-lg">Book now</a>
        <a href="tel:01614960527" class="btn btn-default btn-lg">0161 496 0527</a></div>
    </div>
  </div>
</section>
<footer class="site-footer">
  <div class="footer-badges">
    <div class="container">
      <ul class="list-inline badges text-center">
        <li><img src="/assets/img/badges/good-garage-scheme.png" alt="Good Garage Scheme member"></li>
        <li><img src="/assets/img/badges/rmi-approved.png" alt="RMI Approved Member"></li>
        <li><img src="/assets/img/badges/motor-ombudsman.png" alt="The Motor Ombudsman accredited business"></li>
        <li><img src="/assets/img/badges/imi.png" alt="IMI Accredited"></li>
        <li><img src="/assets/img/badges/dvsa-mot.png" alt="DVSA Approved MOT Test Centre"></li>
        <li><img src="/assets/img/badges/trust-my-garage.png" alt="Trust My Garage"></li>
      </ul>
    </div>
  </div>
  <div class="footer-main">
    <div class="container">
      <div class="row">
        <div class="col-sm-3 footer-col">
          <h4>Hallworth Motors</h4>
          <address>Unit 2, Bridgefold Works<br>Brook Street, Edgeley<br>Stockport SK3 9AB</address>
          <p><i class="fa fa-phone"></i> <a href="tel:01614960527">0161 496 0527</a><br>
          <i class="fa fa-envelope"></i> <a href="mailto:bookings@hallworthmotors.co.uk">
          bookings@hallworthmotors.co.uk</a></p>
        </div>
        <div class="col-sm-3 footer-col">
          <h4>Opening Hours</h4>
          <p>Mon &ndash; Fri: 8:00am &ndash; 5:30pm<br>Sat: 8:30am &ndash; 12:30pm<br>Sun: Closed</p>
        </div>
        <div class="col-sm-3 footer-col">
          <h4>Quick Links</h4>
          <ul class="list-unstyled">
            <li><a href="/mot/">MOT Testing</a></li>
            <li><a href="/servicing/">Car Servicing</a></li>
            <li><a href="/prices/">Prices</a></li>
            <li><a href="/faq/">FAQs</a></li>
            <li><a href="/contact/">Find us</a></li>
          </ul>
        </div>
        <div class="col-sm-3 footer-col">
          <h4>Follow us</h4>
          <ul class="list-inline social-icons">
            <li><a href="https://www.facebook.com/hallworthmotors" aria-label="Facebook"><i
              class="fa fa-facebook"></i></a></li>
            <li><a href="https://www.instagram.com/hallworthmotors" aria-label="Instagram"><i
              class="fa fa-instagram"></i></a></li>
            <li><a href="https://g.page/hallworthmotors" aria-label="Google"><i class="fa fa-google"></i></a></li>
          </ul>
        </div>
      </div><!-- /.row -->
    </div>
  </div>
  <div class="footer-bottom">
    <div class="container">
      <p>&copy; 2024 Hallworth Motors Ltd. Registered in England &amp; Wales No. 05123876. VAT No. GB 842 1190 37.
      <span class="pull-right">Website powered by GarageWeb Pro</span></p>
    </div>
  </div>
</footer>"""


def _page(path, title, description, body, sidebar=True, banner=True):
    slug = path.strip("/") or "home"
    if sidebar:
        main = (
            '<div class="row">\n<div class="col-md-8 content-area">\n'
            + body
            + '\n</div>\n<aside class="col-md-4 sidebar">\n'
            + _SIDEBAR
            + "\n</aside>\n</div>"
        )
    else:
        main = '<div class="row">\n<div class="col-md-12 content-area">\n' + body + "\n</div>\n</div>"
    banner_html = ""
    if banner:
        banner_html = (
            '<section class="page-banner">\n  <div class="container">\n'
            f"    <h1>{title}</h1>\n"
            '    <ol class="breadcrumb"><li><a href="/">Home</a></li>'
            f'<li class="active">{title}</li></ol>\n  </div>\n</section>\n'
        )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Hallworth Motors Stockport</title>
<meta name="description" content="{description}">
<meta property="og:site_name" content="Hallworth Motors">
<meta property="og:title" content="{title} | Hallworth Motors">
<link rel="canonical" href="https://www.hallworthmotors.co.uk{path}">
<link rel="stylesheet" href="/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/font-awesome.min.css">
<link rel="stylesheet" href="/assets/css/gh-theme.css?v=3.8.2">
<link rel="stylesheet" href="/assets/css/custom.css">
<link rel="icon" href="/assets/img/favicon.png">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
gtag('js',new Date());gtag('config','G-HM4821XQ');</script>
</head>
<body class="gh-site page-{slug}">
<div class="cookie-notice alert alert-info" id="cookieNotice" role="alert">
  We use cookies to make this website work and to understand how it's used. By continuing you agree to our use
  of cookies. <button type="button" class="btn btn-xs btn-primary" id="acceptCookies">OK, got it</button>
</div>
<div class="wrapper">
<div class="topbar hidden-xs">
  <div class="container">
    <div class="row">
      <div class="col-sm-7"><i class="fa fa-phone"></i> <a href="tel:01614960527">0161 496 0527</a>
        <span class="sep">|</span> <i class="fa fa-envelope"></i>
        <a href="mailto:bookings@hallworthmotors.co.uk">bookings@hallworthmotors.co.uk</a></div>
      <div class="col-sm-5 text-right"><i class="fa fa-map-marker"></i> Edgeley, Stockport SK3</div>
    </div>
  </div>
</div>
<header class="site-header">
  <div class="container">
    <div class="row">
      <div class="col-md-4 col-sm-6 logo">
        <a href="/"><img src="/assets/img/hallworth-motors-logo.png"
          alt="Hallworth Motors - MOT &amp; Service Centre, Stockport"></a>
      </div>
      <div class="col-md-8 col-sm-6 header-ctas text-right">
        <div class="header-phone"><span>Call the workshop</span>
          <a href="tel:01614960527">0161 496 0527</a></div>
        <a href="/booking/" class="btn btn-warning btn-lg header-book">Book your MOT</a>
        <a href="/booking/" class="btn btn-primary btn-lg header-book">Book a service</a>
      </div>
    </div>
  </div>
</header>
<nav class="navbar navbar-default navbar-static-top" role="navigation">
  <div class="container">
    <div class="navbar-header">
      <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#main-nav"
        aria-expanded="false"><span class="sr-only">Toggle navigation</span><span class="icon-bar"></span>
        <span class="icon-bar"></span><span class="icon-bar"></span></button>
    </div>
    <div class="collapse navbar-collapse" id="main-nav">
      <ul class="nav navbar-nav">
      {_nav(path)}
      </ul>
    </div>
  </div>
</nav>
{banner_html}<div class="main-content">
<div class="container">
{main}
</div>
</div>
{_FOOTER}
</div><!-- /.wrapper -->
</body>
</html>
"""


_HOME = (
    """<section class="hero hero-home">
  <div class="container">
    <div class="row">
      <div class="col-md-7 hero-text">
        <h1>Independent MOT &amp; Service Centre in Edgeley, Stockport</h1>
        <p class="lead">Family-run since 2004. Dealer-standard servicing, honest repairs and MOT testing for all
        makes and models &ndash; without the dealer bill.</p>
        <a href="/servicing/" class="btn btn-primary btn-lg">Our services</a>
        <a href="/reviews/" class="btn btn-default btn-lg">Read our reviews</a>
      </div>
      <div class="col-md-5">
"""
    + _REG_WIDGET
    + """
      </div>
    </div>
  </div>
</section>
<div class="main-content home-content">
<div class="container">
  <div class="row intro">
    <div class="col-md-12 text-center">
      <h2>Your local garage, done properly</h2>
      <p>Hallworth Motors is an independent, family-run garage tucked away off Brook Street in Edgeley. We look
      after everyday hatchbacks, family estates, company cars, small vans, hybrids and electric cars for drivers
      right across Stockport &ndash; from Cheadle Heath and Davenport to Heaton Moor and Hazel Grove.</p>
      <p>We explain what we've found in plain English, show you photos of anything we recommend, and we put the
      jobs in order: what needs doing now, what can wait, and what's just worth keeping an eye on.</p>
    </div>
  </div>
  <div class="row service-tiles">
    <div class="col-sm-4"><div class="panel panel-default service-tile">
      <div class="panel-body"><i class="fa fa-check-square-o fa-3x"></i><h3>MOT Testing</h3>
      <p>Class 4 and Class 7 MOTs in our own DVSA-approved test bay.</p>
      <a href="/mot/" class="btn btn-link">MOT information &raquo;</a></div></div></div>
    <div class="col-sm-4"><div class="panel panel-default service-tile">
      <div class="panel-body"><i class="fa fa-wrench fa-3x"></i><h3>Servicing</h3>
      <p>Interim, full and major services to manufacturer schedules.</p>
      <a href="/servicing/" class="btn btn-link">Servicing &raquo;</a></div></div></div>
    <div class="col-sm-4"><div class="panel panel-default service-tile">
      <div class="panel-body"><i class="fa fa-bolt fa-3x"></i><h3>EV &amp; Hybrid</h3>
      <p>Qualified high-voltage technicians for hybrids and electric cars.</p>
      <a href="/ev-hybrid-servicing/" class="btn btn-link">EV &amp; hybrid &raquo;</a></div></div></div>
  </div>
  <div class="row service-tiles">
    <div class="col-sm-4"><div class="panel panel-default service-tile">
      <div class="panel-body"><i class="fa fa-circle-o-notch fa-3x"></i><h3>Brakes &amp; Clutches</h3>
      <p>Pads, discs, calipers, clutches and flywheels.</p>
      <a href="/brakes-clutches/" class="btn btn-link">Brakes &amp; clutches &raquo;</a></div></div></div>
    <div class="col-sm-4"><div class="panel panel-default service-tile">
      <div class="panel-body"><i class="fa fa-life-ring fa-3x"></i><h3>Tyres &amp; Alignment</h3>
      <p>Budget to premium tyres and laser wheel alignment.</p>
      <a href="/tyres-tracking/" class="btn btn-link">Tyres &raquo;</a></div></div></div>
    <div class="col-sm-4"><div class="panel panel-default service-tile">
      <div class="panel-body"><i class="fa fa-exclamation-triangle fa-3x"></i><h3>Warning Lights</h3>
      <p>Proper fault-finding, not just a code read.</p>
      <a href="/diagnostics-warning-lights/" class="btn btn-link">Diagnostics &raquo;</a></div></div></div>
  </div>
  <div class="row why-us">
    <div class="col-md-6">
      <h2>Why Stockport drivers choose us</h2>
      <ul class="fa-ul">
        <li><i class="fa-li fa fa-check"></i> All makes and models, petrol, diesel, hybrid and electric</li>
        <li><i class="fa-li fa fa-check"></i> Photos and videos of any work we recommend, sent to your phone</li>
        <li><i class="fa-li fa fa-check"></i> Clear prices on our website &ndash; no nasty surprises</li>
        <li><i class="fa-li fa fa-check"></i> Members of the Good Garage Scheme and The Motor Ombudsman</li>
        <li><i class="fa-li fa fa-check"></i> Book online 24/7 with your registration number</li>
      </ul>
    </div>
    <div class="col-md-6">
      <div class="testimonials-block">
        <h2>What our customers say</h2>
        <blockquote><p>"Honest, quick and explained everything. Won't go anywhere else now."</p>
          <footer>Claire M., Davenport &ndash; <cite>Google</cite></footer></blockquote>
        <blockquote><p>"Dealer wanted &pound;600 for brakes. Hallworth did it properly for well under half."</p>
          <footer>Imran K., Cheadle &ndash; <cite>Google</cite></footer></blockquote>
        <a href="/reviews/" class="btn btn-default">More reviews</a>
      </div>
    </div>
  </div>
</div>
</div>"""
)


def _home():
    # The home page uses a full-width hero instead of the usual banner + sidebar layout.
    doc = _page(
        "/",
        "MOT, Servicing &amp; Car Repairs in Stockport",
        "Independent MOT and service centre in Edgeley, Stockport. Servicing, repairs, tyres and diagnostics.",
        "",
        sidebar=False,
        banner=False,
    )
    empty_main = (
        '<div class="main-content">\n<div class="container">\n<div class="row">\n'
        '<div class="col-md-12 content-area">\n\n</div>\n</div>\n</div>\n</div>'
    )
    return doc.replace(empty_main, _HOME)


_MOT = """<div class="page-intro">
  <p class="lead">Hallworth Motors is a DVSA-approved MOT test centre with its own dedicated test bay. Our
  testers are all qualified technicians, so if anything does fail we can explain exactly why, and usually fix it
  the same day.</p>
</div>
<h2>MOT prices</h2>
<div class="row">
  <div class="col-sm-6"><div class="panel panel-default service-price">
    <div class="panel-heading"><h3 class="panel-title">Class 4 MOT</h3></div>
    <div class="panel-body"><p class="price">&pound;40.00</p>
      <p>Cars, taxis, motorhomes and light vans up to 3,000kg. (DVSA maximum fee &pound;54.85.)</p></div>
  </div></div>
  <div class="col-sm-6"><div class="panel panel-default service-price">
    <div class="panel-heading"><h3 class="panel-title">Class 7 MOT</h3></div>
    <div class="panel-body"><p class="price">&pound;50.00</p>
      <p>Goods vehicles from 3,001kg up to 3,500kg, e.g. larger Transits and Sprinters. (DVSA maximum
      &pound;58.60.)</p></div>
  </div></div>
</div>
<div class="panel panel-default service-price offer">
  <div class="panel-body"><strong>MOT + service combo:</strong> book your MOT together with a full or major
  service and the MOT is just <strong>&pound;25</strong>.</div>
</div>
<h2>How long does it take?</h2>
<p>The test itself takes 45 minutes to an hour. As soon as it's finished we'll text you the result along with a
copy of the certificate.</p>
<h2>When is my MOT due?</h2>
<p>A new car needs its first MOT on the third anniversary of registration, then every year. You can have the
test up to <strong>one month (minus a day)</strong> before your current certificate runs out and still keep the
same renewal date &ndash; so there is no need to leave it to the last minute. We send a free reminder text four
weeks before it's due.</p>
<h2>What's checked?</h2>
<ul>
  <li>Lights, indicators, horn, wipers and washers</li>
  <li>Brakes, steering and suspension</li>
  <li>Tyres and wheels, seatbelts and seats</li>
  <li>Exhaust emissions and noise, fuel system</li>
  <li>Body structure for corrosion and sharp edges, mirrors, number plates and the VIN</li>
</ul>
<h2 id="retests">If your car fails: retests</h2>
<p>The rules on retests are set by the DVSA and this is how they work with us:</p>
<ul>
  <li><strong>Left with us for repair</strong> and retested within 10 working days &ndash; retest is
  <strong>free</strong>.</li>
  <li><strong>Taken away and brought back by the end of the next working day</strong> for certain small items
  only &ndash; free partial retest. These include lamps and bulbs, wipers and washers, mirrors, horn, number
  plates, seats, seatbelts (not the anchorages), doors, the fuel cap, wheels and tyres.</li>
  <li>Taken away, repaired elsewhere and brought back within 10 working days for any other item &ndash; partial
  retest at <strong>&pound;20</strong>.</li>
  <li>After 10 working days a full MOT is needed.</li>
</ul>
<p>If your car failed its MOT at a different test centre, the free and partial retest rules don't carry over
&ndash; we'll need to do a full MOT. If the fail sheet lists a <strong>dangerous</strong> defect, the car must
not be driven away until it has been repaired; we'll give you a quote there and then.</p>"""

_SERVICING = """<div class="page-intro">
  <p class="lead">Regular servicing keeps your car reliable, protects resale value and catches small problems
  before they become big bills. We service all makes to the manufacturer's schedule, using parts and oils that
  meet the manufacturer's specification.</p>
</div>
<h2>Which service do I need?</h2>
<div class="row">
  <div class="col-sm-4"><div class="panel panel-default service-type">
    <div class="panel-heading"><h3 class="panel-title">Interim Service</h3></div>
    <div class="panel-body"><p>Every 6 months or 6,000 miles. For high-mileage drivers between full
    services.</p><ul><li>Engine oil and oil filter</li><li>Top up all fluids</li><li>Brakes, tyres, lights
    and steering checked</li><li>35-point inspection</li></ul></div>
  </div></div>
  <div class="col-sm-4"><div class="panel panel-default service-type">
    <div class="panel-heading"><h3 class="panel-title">Full Service</h3></div>
    <div class="panel-body"><p>Every 12 months or 12,000 miles, whichever comes first.</p><ul>
    <li>Everything in the interim service</li><li>Air filter and pollen filter</li><li>Spark plugs (petrol,
    where due)</li><li>Wheels off brake inspection</li><li>70-point inspection</li></ul></div>
  </div></div>
  <div class="col-sm-4"><div class="panel panel-default service-type">
    <div class="panel-heading"><h3 class="panel-title">Major Service</h3></div>
    <div class="panel-body"><p>Every 2 years or 24,000 miles.</p><ul><li>Everything in the full
    service</li><li>Fuel filter (diesel)</li><li>Brake fluid change</li><li>Coolant strength and
    condition</li><li>80-point inspection</li></ul></div>
  </div></div>
</div>
<div class="alert alert-info low-mileage">
  <strong>Low mileage?</strong> If you cover fewer than 6,000 miles a year you don't need an interim service at
  all &ndash; but you should still have a full service every 12 months. Engine oil breaks down with age and short
  trips, not just with miles, so a car that sits on the drive still needs its annual service.
</div>
<h2>Service prices</h2>
<table class="table table-striped table-bordered price-table">
  <thead><tr><th>Engine size</th><th>Interim</th><th>Full</th><th>Major</th></tr></thead>
  <tbody>
    <tr><td>Up to 1.4 litre</td><td>&pound;129</td><td>&pound;199</td><td>&pound;279</td></tr>
    <tr><td>1.5 &ndash; 2.0 litre</td><td>&pound;149</td><td>&pound;229</td><td>&pound;319</td></tr>
    <tr><td>Over 2.0 litre, 4x4 and large vans</td><td>&pound;169</td><td>&pound;259</td><td>&pound;359</td></tr>
  </tbody>
</table>
<p class="small">Prices include VAT, parts and up to 5 litres of oil. Cars needing specialist long-life oil or
more than 5 litres will be quoted when you book. Hybrid and electric cars have their own prices &ndash; see
<a href="/ev-hybrid-servicing/">EV &amp; Hybrid Servicing</a>. Still under a manufacturer warranty? Read
<a href="/manufacturer-warranty-servicing/">how we protect it</a>.</p>
<h2>After your service</h2>
<p>We reset the service reminder on the dashboard, and you get a printed health check showing each item as
green, amber or red, with photos of anything we've flagged.</p>"""

_WARRANTY_SERVICING = """<div class="page-intro">
  <p class="lead">Your car is still under its manufacturer's warranty &ndash; do you have to go back to the
  dealer for servicing? No. Since 2003 competition law has protected your right to choose any qualified
  garage, and the UK's Motor Vehicle Block Exemption Order (2023) keeps that protection in place.</p>
</div>
<h2>How your warranty stays valid</h2>
<p>The manufacturer can't refuse a warranty claim just because an independent garage did the servicing, as long
as the work was done:</p>
<ul>
  <li>at the intervals in the manufacturer's service schedule;</li>
  <li>with parts of matching quality to the originals (OE or OE-equivalent);</li>
  <li>with oils and fluids that meet the manufacturer's specification, e.g. VW 508 00, BMW Longlife-04 or
  Ford WSS-M2C948-B;</li>
  <li>and properly recorded.</li>
</ul>
<p>That covers the long warranties too &ndash; Kia's 7-year, Hyundai's 5-year and MG's 7-year warranties are
all protected when we service the car to schedule.</p>
<div class="panel panel-default">
  <div class="panel-heading"><h3 class="panel-title">What we do for warranty cars</h3></div>
  <div class="panel-body">
    <ul>
      <li>Look up the exact schedule for your car by its VIN, so we do the items the manufacturer lists for that
      mileage &ndash; no more, no less.</li>
      <li>Stamp your service book, or update the digital service record online for Ford, Vauxhall, VW Group,
      BMW, Mercedes-Benz and Kia/Hyundai.</li>
      <li>Give you an itemised invoice listing part numbers and oil specifications &ndash; keep these with the
      car's paperwork.</li>
    </ul>
  </div>
</div>
<h2>One exception: Toyota and Lexus extended cover</h2>
<p>Toyota's "Relax" and Lexus "Relax" extended warranties are only renewed when the car is serviced at a
Toyota or Lexus centre. The original 3-year warranty isn't affected by using us, but if you want to keep Relax
going you'll need to use the dealer.</p>
<h2>Recalls and warranty repairs</h2>
<p>If something goes wrong that's covered by the warranty, or you receive a recall letter, take the car to a
franchised dealer &ndash; recall and warranty repairs are free there and can only be carried out by them. We
don't do recall work, but we'll happily check for any outstanding recalls on your car when you book in.</p>"""

_EV = """<div class="page-intro">
  <p class="lead">Hybrid or fully electric, your car still needs regular servicing &ndash; brakes, tyres,
  suspension, cabin filters and coolant don't look after themselves. Our EV-qualified technicians work safely on
  high-voltage vehicles in a dedicated, barriered bay with insulated tools.</p>
</div>
<h2>Who works on your car</h2>
<p>Sanjay holds the IMI Level 3 Award in Electric/Hybrid Vehicle Repair and Replacement, and Lauren holds the
Level 4 qualification, which covers live working and high-voltage diagnosis. Nobody else touches the orange
cables.</p>
<h2>Makes we regularly look after</h2>
<ul>
  <li><strong>Hybrids (including "self-charging"):</strong> Toyota Yaris, C-HR, Corolla, RAV4 and Prius;
  Lexus; Honda Jazz and CR-V; Kia Niro; Hyundai Ioniq and Tucson; Ford Kuga PHEV</li>
  <li><strong>Electric:</strong> Nissan Leaf, Kia e-Niro and EV6, Hyundai Kona, MG4 and ZS EV, VW ID.3 and
  ID.4, Renault Zoe</li>
  <li><strong>Tesla:</strong> tyres, brakes, suspension, air con and 12V battery only</li>
</ul>
<h2>Prices</h2>
<div class="row">
  <div class="col-sm-4"><div class="panel panel-default service-price">
    <div class="panel-heading"><h3 class="panel-title">Hybrid Interim</h3></div>
    <div class="panel-body"><p class="price">&pound;139</p><p>Oil and filter, hybrid system check, battery
    cooling vent clean.</p></div></div></div>
  <div class="col-sm-4"><div class="panel panel-default service-price">
    <div class="panel-heading"><h3 class="panel-title">Hybrid Full</h3></div>
    <div class="panel-body"><p class="price">&pound;229</p><p>Full service plus inverter coolant check and
    high-voltage system health check.</p></div></div></div>
  <div class="col-sm-4"><div class="panel panel-default service-price">
    <div class="panel-heading"><h3 class="panel-title">EV Service</h3></div>
    <div class="panel-body"><p class="price">&pound;119</p><p>Cabin filter, brakes, tyres, suspension, battery
    coolant, 12V battery, HV cable inspection.</p></div></div></div>
</div>
<p><strong>Battery health report &ndash; &pound;45.</strong> Buying or selling a used EV? We read the
high-voltage battery's state of health and give you a printed report.</p>
<h2>Brakes on electric cars</h2>
<p>Because regenerative braking does most of the slowing down, the discs on EVs and hybrids rarely get hot
enough to clean themselves and often rust or seize. We clean and lubricate the brakes at every EV service.</p>
<h2>What we don't do</h2>
<p>We don't open or repair high-voltage battery packs. If your battery needs module replacement we'll diagnose
the fault and refer you to a specialist we trust.</p>"""

_BRAKES = """<div class="page-intro">
  <p class="lead">Brakes and clutches wear out &ndash; that's their job. The trick is catching them before a
  cheap pad change becomes an expensive discs-and-calipers job.</p>
</div>
<h2>Brakes: signs something's wrong</h2>
<ul>
  <li><strong>High-pitched squeal</strong> when braking &ndash; often the pad wear indicator telling you the
  pads are low.</li>
  <li><strong>Grinding or scraping, metal on metal</strong> &ndash; the pads have worn through to the backing
  plate and are eating into the discs. Drive as little as possible and get it booked in straight away.</li>
  <li><strong>Pulling to one side</strong> when you brake &ndash; usually a sticking caliper.</li>
  <li><strong>Juddering</strong> through the pedal or steering wheel &ndash; warped or worn discs.</li>
  <li><strong>Soft or spongy pedal</strong> that sinks towards the floor &ndash; air in the system or a fluid
  leak. Don't drive it; call us.</li>
</ul>
<p>Not sure? We offer a <strong>free brake check</strong> &ndash; wheels off, pads and discs measured, about 20
minutes.</p>
<h2>Brake prices</h2>
<div class="panel panel-default service-price"><div class="panel-body">
<table class="table table-condensed">
  <tr><td>Front brake pads fitted</td><td>from &pound;95</td></tr>
  <tr><td>Front pads and discs fitted</td><td>from &pound;199</td></tr>
  <tr><td>Rear pads and discs fitted</td><td>from &pound;219</td></tr>
  <tr><td>Rear brake shoes</td><td>from &pound;139</td></tr>
  <tr><td>Brake caliper (per side)</td><td>from &pound;165</td></tr>
</table></div></div>
<h2>Clutches: signs of wear</h2>
<ul>
  <li><strong>Slipping</strong> &ndash; the engine revs rise when you accelerate but the car doesn't pick up
  speed to match, often with a burning smell. Most noticeable going uphill, overtaking or in a high gear.</li>
  <li>The clutch bites right at the top of the pedal travel.</li>
  <li>A heavy or sticking pedal, or grinding when you select a gear.</li>
  <li>Juddering as you pull away.</li>
  <li>A rattle at tick-over that goes away when you press the pedal &ndash; often the dual-mass flywheel.</li>
</ul>
<h2>Clutch prices</h2>
<div class="panel panel-default service-price"><div class="panel-body">
<table class="table table-condensed">
  <tr><td>Clutch replacement, small hatchback</td><td>from &pound;450</td></tr>
  <tr><td>Clutch with dual-mass flywheel</td><td>from &pound;850</td></tr>
  <tr><td>Clutch slave/master cylinder</td><td>from &pound;180</td></tr>
</table></div></div>
<p>A clutch replacement is normally a one-day job if the car is with us by 9am.</p>"""

_TYRES = """<div class="page-intro">
  <p class="lead">We fit budget, mid-range and premium tyres from stock or next-morning delivery, and we have a
  Hunter laser alignment rig in the workshop.</p>
</div>
<h2>Tyre prices (fitted)</h2>
<table class="table table-bordered table-striped price-table">
  <thead><tr><th>Rim size</th><th>Budget</th><th>Mid-range</th><th>Premium</th></tr></thead>
  <tbody>
    <tr><td>14&quot; &ndash; 15&quot;</td><td>from &pound;55</td><td>from &pound;70</td><td>from &pound;95</td></tr>
    <tr><td>16&quot;</td><td>from &pound;69</td><td>from &pound;89</td><td>from &pound;120</td></tr>
    <tr><td>17&quot; &ndash; 18&quot;</td><td>from &pound;85</td><td>from &pound;110</td><td>from &pound;150</td>
    </tr>
  </tbody>
</table>
<p>Budget: Event, Landsail. Mid-range: Avon, Firestone, Falken. Premium: Michelin, Continental, Bridgestone,
Goodyear. All prices include fitting, balancing, a new valve and disposal of your old tyre.</p>
<p>The legal minimum tread is 1.6mm across the central three-quarters of the tyre, but stopping distances in
the wet get noticeably longer below 3mm, which is when we recommend replacing.</p>
<h2>Punctures</h2>
<div class="panel panel-default service-price"><div class="panel-body">
  <p><strong>Puncture repair &ndash; &pound;20</strong></p>
  <p>Nails and screws in the main tread area can usually be repaired to the British Standard (BS AU 159). We
  can't repair a tyre if the damage is in the sidewall or shoulder, is bigger than 6mm, or if the tyre has been
  driven on flat &ndash; in those cases it has to be replaced. Run-flat tyres are not repaired.</p>
  <p>TPMS valve sensors replaced from &pound;45.</p>
</div></div>
<h2>Wheel alignment (tracking)</h2>
<div class="row">
  <div class="col-sm-6"><div class="panel panel-default service-price">
    <div class="panel-heading"><h3 class="panel-title">Front alignment</h3></div>
    <div class="panel-body"><p class="price">&pound;45</p></div></div></div>
  <div class="col-sm-6"><div class="panel panel-default service-price">
    <div class="panel-heading"><h3 class="panel-title">Four-wheel alignment</h3></div>
    <div class="panel-body"><p class="price">&pound;69</p></div></div></div>
</div>
<p>Your alignment is probably out if:</p>
<ul>
  <li>the car drifts or pulls to one side on a straight, flat road;</li>
  <li>the steering wheel sits off-centre when you're driving straight ahead;</li>
  <li>the inside or outside edges of the front tyres are wearing faster than the middle.</li>
</ul>
<p>Hitting a kerb or a deep pothole is the most common cause. If the alignment won't adjust back into spec, a
part such as a track rod end is probably bent and we'll quote before doing anything else.</p>"""

_EXHAUST = """<div class="page-intro">
  <p class="lead">Three jobs that tend to come out of nowhere: a blowing exhaust, a timing belt that's due, and
  a battery that gives up on the first cold morning.</p>
</div>
<h2>Exhausts</h2>
<p>Signs your exhaust needs attention: a sudden loud roar or deep rumble, especially after hitting a speed bump
or pothole; rattling from underneath; a blowing or ticking noise; or a smell of fumes inside the car. Rear
boxes and flexi joints are the usual casualties on Stockport's speed humps. A blowing exhaust is an MOT fail and
can let fumes into the cabin, so don't leave it.</p>
<div class="panel panel-default service-price"><div class="panel-body">
<table class="table table-condensed">
  <tr><td>Rear silencer (back box) fitted</td><td>from &pound;110</td></tr>
  <tr><td>Centre section fitted</td><td>from &pound;140</td></tr>
  <tr><td>Flexi joint repair</td><td>from &pound;95</td></tr>
  <tr><td>DPF forced regeneration</td><td>&pound;85</td></tr>
  <tr><td>DPF off-car clean</td><td>&pound;195</td></tr>
  <tr><td>Catalytic converter</td><td>quoted</td></tr>
</table></div></div>
<h2>Timing belts (cambelts)</h2>
<p>The timing belt keeps the engine's valves and pistons in step. If it snaps, most engines are badly damaged.
Manufacturers give a replacement interval in both miles and years &ndash; anywhere from 40,000 to 100,000 miles
or 4 to 10 years &ndash; and we'll look up the right one for your engine. We always replace the belt, tensioner,
idler pulleys and water pump together as a kit.</p>
<div class="panel panel-default service-price"><div class="panel-body">
<table class="table table-condensed">
  <tr><td>Small petrol engines</td><td>from &pound;299</td></tr>
  <tr><td>Most family cars</td><td>&pound;350 &ndash; &pound;480</td></tr>
  <tr><td>Larger diesels and V6 engines</td><td>up to &pound;650</td></tr>
  <tr><td>"Wet" belts running in oil (Ford 1.0 EcoBoost, Peugeot/Citroen 1.2 PureTech)</td>
  <td>from &pound;795</td></tr>
  <tr><td>Timing chains</td><td>quoted</td></tr>
</table></div></div>
<h2>Batteries</h2>
<p>Slow to turn over on cold mornings, a clicking noise when you turn the key, dim dashboard lights or
stop-start that's stopped working are all signs your battery is on the way out. We'll test your battery and
charging system <strong>free</strong> in two minutes.</p>
<div class="panel panel-default service-price"><div class="panel-body">
<table class="table table-condensed">
  <tr><td>Standard battery fitted</td><td>from &pound;95</td></tr>
  <tr><td>EFB battery (basic stop-start)</td><td>from &pound;140</td></tr>
  <tr><td>AGM battery (stop-start), including coding to the car</td><td>from &pound;180</td></tr>
</table>
<p>All batteries come with a 3-year manufacturer's warranty.</p></div></div>
<h3>Car won't start?</h3>
<p>We don't have a mobile mechanic, so we can't come out to you. If you can get a jump start, drive straight to
us for a free test. If not, ring before 10am and we'll arrange recovery to the workshop through our local
partner, Edgeley Recovery (from &pound;55 within Stockport).</p>"""

_DIAG = """<div class="page-intro">
  <p class="lead">A warning light can mean anything from a loose fuel cap to a failing turbo. Plugging in a code
  reader only gives you a starting point; our technicians use dealer-level equipment, live data and proper
  testing to find the actual cause.</p>
</div>
<h2>What is that light telling me?</h2>
<table class="table table-bordered warning-lights">
  <thead><tr><th>Light</th><th>What it means</th><th>What to do</th></tr></thead>
  <tbody>
    <tr><td>Amber engine symbol, steady</td><td>The engine management system has stored a fault &ndash; often a
    sensor, an emissions issue or a minor misfire.</td><td>Usually fine to drive gently for a short while if the
    car feels normal. Book a diagnostic check within a few days.</td></tr>
    <tr><td>Amber engine symbol, flashing</td><td>A serious misfire that can overheat and destroy the catalytic
    converter.</td><td>Slow down, avoid hard acceleration and stop as soon as it's safe. Call us.</td></tr>
    <tr><td>Red oil can</td><td>Low oil pressure.</td><td>Stop straight away and switch off. Don't restart until
    the oil level has been checked.</td></tr>
    <tr><td>Red thermometer</td><td>Engine overheating.</td><td>Pull over and switch off. Don't open the coolant
    cap while hot.</td></tr>
    <tr><td>Red battery</td><td>The alternator isn't charging.</td><td>The car will run on battery alone for a
    short time &ndash; come straight to us and don't switch off on the way.</td></tr>
    <tr><td>Amber ABS</td><td>Normal brakes work, anti-lock doesn't.</td><td>Drive carefully and book in; it's an
    MOT fail.</td></tr>
    <tr><td>Airbag / seatbelt figure</td><td>Fault in the airbag system.</td><td>Airbags may not deploy in a
    crash. MOT fail.</td></tr>
    <tr><td>Amber coil (diesel), flashing</td><td>Glow plug or engine fault.</td><td>Book a diagnostic
    check.</td></tr>
  </tbody>
</table>
<h2>Diagnostic check</h2>
<div class="panel panel-default service-price"><div class="panel-body">
  <p class="price">&pound;48</p>
  <p>Covers up to 45 minutes of fault-finding: reading and interpreting fault codes, checking live data and
  testing the components involved. You get a written explanation of what's wrong and a quote to fix it. If you
  go ahead with the repair with us, the &pound;48 comes off the bill.</p>
  <p>Intermittent faults and electrical problems (central locking, windows, parasitic battery drain) can take
  longer to track down; we'll always ask before going past the first 45 minutes.</p>
</div></div>"""

_AIRCON = """<div class="page-intro">
  <p class="lead">Air conditioning systems naturally lose around 10&ndash;15% of their refrigerant every year, so
  after a few summers the air coming out of the vents is barely cool. A regas brings it back to full strength.</p>
</div>
<h2>Signs your air con needs a regas</h2>
<ul>
  <li>The fan blows but the air is warm or only slightly cool</li>
  <li>It takes ages to cool the car down on a hot day</li>
  <li>The windscreen is slow to demist (the air con dries the air)</li>
  <li>A musty or damp smell from the vents &ndash; that's bacteria, see our antibacterial treatment below</li>
</ul>
<h2>Air con regas prices</h2>
<div class="row">
  <div class="col-sm-6"><div class="panel panel-default service-price">
    <div class="panel-heading"><h3 class="panel-title">R134a regas</h3></div>
    <div class="panel-body"><p class="price">&pound;65</p><p>Most cars registered before 2017.</p></div>
  </div></div>
  <div class="col-sm-6"><div class="panel panel-default service-price">
    <div class="panel-heading"><h3 class="panel-title">R1234yf regas</h3></div>
    <div class="panel-body"><p class="price">&pound;129</p><p>Most cars from 2017 onwards. The gas itself costs
    far more, which is why the price is higher.</p></div>
  </div></div>
</div>
<p>Not sure which gas your car uses? There's a sticker under the bonnet, or give us your registration when you
book and we'll check.</p>
<h3>Every regas includes</h3>
<ul>
  <li>Recovery of any old gas and a vacuum test to check for leaks</li>
  <li>Recharge with the exact weight of refrigerant and oil for your car</li>
  <li>UV dye so any slow leak can be traced later</li>
  <li>Vent temperature check before and after</li>
</ul>
<p>A regas takes about 45 minutes and you're welcome to wait. Antibacterial cabin treatment with a new pollen
filter is &pound;35 extra. If the system won't hold a vacuum there's a leak, and simply topping up would be
wasted money &ndash; we'll find it (leak detection &pound;45) and quote for the repair, whether it's a
condenser, a pipe or the compressor.</p>
<p class="small">All our air conditioning work is carried out by F-Gas certified technicians. We recommend a
regas every two years to keep the compressor lubricated.</p>"""

_PRICES = """<div class="page-intro">
  <p class="lead">We publish our prices because we think you should know what you're paying before you book.
  All prices include VAT.</p>
</div>
<p>Looking for MOT or servicing prices? See <a href="/mot/">MOT Testing</a> and <a href="/servicing/">Car
Servicing</a>. Brake, clutch, tyre and other repair prices are on each repair page.</p>
<h2>Labour rate</h2>
<div class="panel panel-default service-price"><div class="panel-body">
  <p class="price">&pound;72 per hour <small>(&pound;60 + VAT)</small></p>
  <p>Most repairs are priced using the industry-standard book time for the job, so the price we quote is the
  price you pay even if it takes us longer. Anything charged by the hour (for example, tracing an electrical
  fault) is agreed with you first.</p>
</div></div>
<h2>Small jobs, fixed prices</h2>
<table class="table table-striped table-bordered price-table">
  <thead><tr><th>Job</th><th>Price</th></tr></thead>
  <tbody>
    <tr><td>Headlight bulb fitted (plus the bulb)</td><td>from &pound;15</td></tr>
    <tr><td>Brake light, indicator or sidelight bulb fitted (plus the bulb)</td><td>&pound;8</td></tr>
    <tr><td>Wiper blades supplied and fitted (pair)</td><td>from &pound;24</td></tr>
    <tr><td>Pollen / cabin filter</td><td>from &pound;35</td></tr>
    <tr><td>Brake fluid change</td><td>&pound;55</td></tr>
    <tr><td>Coolant flush and antifreeze</td><td>&pound;79</td></tr>
    <tr><td>Gearbox oil change (manual)</td><td>from &pound;85</td></tr>
    <tr><td>Winter check (October to February)</td><td>Free</td></tr>
  </tbody>
</table>
<p class="small">Some cars need the bumper or headlamp unit removing to change a bulb; we'll tell you when you
book if yours is one of them.</p>
<h2>Quotes</h2>
<p>All quotes are free, in writing, and valid for 30 days. Use the form on this page or give us a ring with
your registration number and we'll price up parts for your exact car.</p>"""

_BOOKING = (
    """<div class="page-intro">
  <p class="lead">Book online 24/7 using your registration number, ring us on 0161 496 0527, or call in to the
  office.</p>
</div>
"""
    + _REG_WIDGET
    + """
<h2>How far ahead should I book?</h2>
<p>MOTs and services usually need two or three days' notice, and the last week of the month gets busy. We keep
two same-day MOT slots free every weekday morning &ndash; ring after 8am to grab one. If you just turn up we'll
fit you in if we can, but we can't promise.</p>
<h2>Dropping your car off</h2>
<p>The workshop opens at 8am and you can drop off from 7:45am. For same-day work please have the car with us
by 9:30am.</p>
<div class="panel panel-default key-box">
  <div class="panel-heading"><h3 class="panel-title"><i class="fa fa-key"></i> Early or overnight drop-off:
  our key box</h3></div>
  <div class="panel-body">
    <p>Can't get here during opening hours? Drop the car off the evening before or early in the morning. Park in
    one of the customer bays in the yard, take an envelope from the holder next to the office door, write your
    name, registration, phone number and the work you've booked, put your key inside and post it through the
    secure key box. The yard is covered by CCTV, though cars left outside hours are at the owner's risk.</p>
  </div>
</div>
<h2>Collecting your car</h2>
<p>We'll text you when it's ready with a link to your invoice so you can pay online. If you can't get here
before 5:30pm, pay by the link and we'll text you a code for the key safe &ndash; collect any time up to 9pm.</p>
<h2>Waiting while we work</h2>
<p>You're welcome to wait for an MOT (45&ndash;60 minutes), an interim service, tyres, tracking, an air con
regas or a battery. Our customer lounge has comfy seats, free Wi-Fi, a bean-to-cup coffee machine, a TV, phone
charging points and a toilet, and a window onto the workshop so you can see your car. Full and major services
and most repairs take three hours or more, so for those it's better to drop off. The cafes and shops on Castle
Street are a five-minute walk away.</p>
<h2>Cancelling or changing a booking</h2>
<p>Please give us at least 24 hours' notice. We don't take a deposit for MOTs or servicing. Where we order
parts in specially for you (clutch kits, specific tyres and the like) we take a &pound;50 deposit, refunded in
full if you cancel with 24 hours' notice. If a booking is missed twice without notice we'll ask for payment
in advance next time.</p>"""
)

_COURTESY = """<div class="page-intro">
  <p class="lead">Can't be without a car while yours is in? We have two courtesy cars, and we can collect your
  car from home or work and bring it back when it's done.</p>
</div>
<h2>Courtesy cars</h2>
<div class="row">
  <div class="col-sm-6"><div class="panel panel-default">
    <div class="panel-heading"><h3 class="panel-title">What you get</h3></div>
    <div class="panel-body"><p>A Fiat Panda or a Ford Fiesta, free of charge with any full or major service or
    repair over &pound;250 &ndash; you just replace the fuel you use. They aren't available with MOT-only
    bookings.</p></div>
  </div></div>
  <div class="col-sm-6"><div class="panel panel-default">
    <div class="panel-heading"><h3 class="panel-title">Who can drive it</h3></div>
    <div class="panel-body"><ul>
      <li>Aged 25 to 75</li>
      <li>Full UK licence held for at least 3 years</li>
      <li>No more than 6 points and no major convictions</li>
    </ul></div>
  </div></div>
</div>
<p>The cars are covered by our insurance with a &pound;250 excess. Bring your photocard licence and a DVLA
check code (get one at gov.uk/view-driving-licence). Courtesy cars are for the working day only and must be
back by 5:30pm; no smoking and no pets, please. There are only two, so <strong>book one when you book your
car in</strong> &ndash; they are usually reserved a week or two ahead.</p>
<h2>Collection &amp; delivery</h2>
<p>We'll pick your car up in the morning (between 8 and 9:30am) and bring it back by 5:30pm. Our drivers are
fully insured on trade plates and photograph the car at collection.</p>
<table class="table table-bordered price-table">
  <thead><tr><th>Distance from the garage</th><th>Areas</th><th>Price (return)</th></tr></thead>
  <tbody>
    <tr><td>Up to 3 miles</td><td>Edgeley, Cheadle Heath, Shaw Heath, Davenport, Heaviley, Stockport town
    centre</td><td>Free with a service or repair (&pound;10 for MOT only)</td></tr>
    <tr><td>3 &ndash; 6 miles</td><td>Cheadle, Cheadle Hulme, Heaton Moor, Heaton Chapel, Bramhall, Hazel Grove,
    Reddish, Didsbury</td><td>&pound;15</td></tr>
    <tr><td>6 &ndash; 10 miles</td><td>Wilmslow, Poynton, Marple, Romiley, Denton, Handforth</td>
    <td>&pound;25</td></tr>
  </tbody>
</table>
<p>Leave the key with your reception or a neighbour, or hand it to the driver. Please make sure there's enough
fuel or charge for the round trip.</p>"""

_PAYMENT = """<div class="page-intro">
  <p class="lead">Simple payment, the option to spread the cost of bigger bills, and a proper guarantee on
  everything we do.</p>
</div>
<h2>Paying for your work</h2>
<p>Payment is due when you collect the car, or by the secure link we text you when it's ready. We accept Visa,
Mastercard and American Express (debit and credit), contactless, Apple Pay and Google Pay, and cash. We don't
accept cheques.</p>
<div class="panel panel-default">
  <div class="panel-heading"><h3 class="panel-title"><i class="fa fa-credit-card"></i> Spread the cost
  &ndash; pay monthly</h3></div>
  <div class="panel-body">
    <p>Bigger bill than expected? For repairs and servicing between &pound;150 and &pound;5,000 you can pay in
    3, 6 or 10 monthly instalments at 0% interest through Bumper. Applying takes a couple of minutes on your
    phone with a soft credit check that doesn't affect your credit score, and you get a decision straight
    away. Just ask when you book or when we call you with the quote.</p>
  </div>
</div>
<h3>Business accounts</h3>
<p>Local businesses and fleets can open an account with 30-day invoicing. Ask Jo for an application form.</p>
<h2>Our warranty</h2>
<div class="panel panel-default warranty-panel">
  <div class="panel-body">
    <p><strong>12 months or 12,000 miles, parts and labour</strong>, on all repairs and on every part we
    supply and fit (or the part maker's own warranty if that's longer).</p>
    <p>If something we've done isn't right, ring us and bring the car back. We'll inspect it free of charge,
    and if the part or our workmanship is at fault we'll put it right at no cost to you.</p>
    <p>The warranty doesn't cover normal wear (brake pads wearing down with mileage, for example), damage from
    an accident or misuse, or work that another garage has since altered.</p>
  </div>
</div>
<h3>Away from home?</h3>
<p>If a problem with our work happens more than 25 miles from Stockport, call us before anything is done. We'll
authorise a repair at a garage near you and reimburse the cost up to our own labour rate.</p>
<h3>If you're not happy</h3>
<p>Speak to Dave first &ndash; most things are sorted with a conversation. We follow The Motor Ombudsman's
Service and Repair Code, so if we can't resolve it between us you can take it to them for free, independent
dispute resolution.</p>"""

_TEAM = """<div class="page-intro">
  <p class="lead">Six people, one workshop, and more than 100 years' combined experience between us.</p>
</div>
<div class="team-grid row">
  <div class="col-sm-6"><div class="panel panel-default team-member">
    <div class="panel-body"><img src="/assets/img/team/dave.jpg" alt="Dave Hallworth" class="img-circle">
    <h3>Dave Hallworth</h3><p class="role">Owner &amp; Master Technician</p>
    <p>Dave spent 15 years at a Ford main dealer in Stockport, finishing as Master Technician, before opening
    Hallworth Motors in this unit in 2004. He still spends most days under a car rather than behind a desk.</p>
    </div></div></div>
  <div class="col-sm-6"><div class="panel panel-default team-member">
    <div class="panel-body"><img src="/assets/img/team/jo.jpg" alt="Jo Hallworth" class="img-circle">
    <h3>Jo Hallworth</h3><p class="role">Service Reception &amp; Bookings</p>
    <p>Jo is the voice on the phone and the face at the desk. She'll book you in, explain your quote and
    chase your parts.</p></div></div></div>
  <div class="col-sm-6"><div class="panel panel-default team-member">
    <div class="panel-body"><img src="/assets/img/team/sanjay.jpg" alt="Sanjay Mistry" class="img-circle">
    <h3>Sanjay Mistry</h3><p class="role">Workshop Controller &amp; MOT Tester</p>
    <p>Sanjay runs the workshop day to day. DVSA-approved MOT tester and IMI Level 3 qualified in hybrid and
    electric vehicles.</p></div></div></div>
  <div class="col-sm-6"><div class="panel panel-default team-member">
    <div class="panel-body"><img src="/assets/img/team/kieran.jpg" alt="Kieran Doyle" class="img-circle">
    <h3>Kieran Doyle</h3><p class="role">Senior Technician &amp; MOT Tester</p>
    <p>Our diagnostics specialist, with a soft spot for VW Group cars. DVSA-approved MOT tester and F-Gas
    certified for air conditioning work.</p></div></div></div>
  <div class="col-sm-6"><div class="panel panel-default team-member">
    <div class="panel-body"><img src="/assets/img/team/lauren.jpg" alt="Lauren Pike" class="img-circle">
    <h3>Lauren Pike</h3><p class="role">Technician &amp; MOT Tester</p>
    <p>Lauren joined from a Kia dealership and holds the IMI Level 4 in electric and hybrid vehicles.</p>
    </div></div></div>
  <div class="col-sm-6"><div class="panel panel-default team-member">
    <div class="panel-body"><img src="/assets/img/team/tom.jpg" alt="Tom Brennan" class="img-circle">
    <h3>Tom Brennan</h3><p class="role">Apprentice Technician</p>
    <p>Tom is in the third year of his Level 3 apprenticeship at Stockport College and always works
    alongside a qualified technician.</p></div></div></div>
</div>
<h2>Qualifications &amp; training</h2>
<ul>
  <li>Every technician is IMI Accredited and listed on the IMI Professional Register.</li>
  <li>Three DVSA-approved MOT testers, who complete annual training and an annual assessment.</li>
  <li>Two technicians qualified to work on high-voltage hybrid and electric vehicles.</li>
  <li>Regular technical training with our parts suppliers on new models and systems.</li>
</ul>"""

_REVIEWS = """<div class="page-intro">
  <p class="lead">We'd rather you heard it from our customers.</p>
</div>
<div class="row rating-summary">
  <div class="col-sm-4 text-center"><div class="panel panel-default"><div class="panel-body">
    <p class="rating-score">4.9 / 5</p><p>Google, from 640+ reviews</p></div></div></div>
  <div class="col-sm-4 text-center"><div class="panel panel-default"><div class="panel-body">
    <p class="rating-score">99%</p><p>Good Garage Scheme customer satisfaction</p></div></div></div>
  <div class="col-sm-4 text-center"><div class="panel panel-default"><div class="panel-body">
    <p class="rating-score">5.0 / 5</p><p>Facebook, 180 recommendations</p></div></div></div>
</div>
<div class="testimonials-block">
  <blockquote><p>"Took my Astra in for an MOT expecting the worst. They passed it, pointed out the rear tyres
  would need doing in a couple of months and showed me a photo. No hard sell at all."</p>
    <footer>Gary P., Edgeley</footer></blockquote>
  <blockquote><p>"Jo was brilliant on the phone, fitted me in the same week for a clutch and sorted the
  finance so I could spread it. Car drives like new."</p><footer>Natalie S., Reddish</footer></blockquote>
  <blockquote><p>"First independent garage I've trusted with my Niro. Sanjay talked me through the hybrid
  health check. Half the price of the dealer."</p><footer>Martin O., Bramhall</footer></blockquote>
  <blockquote><p>"Engine light came on, two other places just cleared the code. Kieran found a split hose in
  an hour. Sorted."</p><footer>Priya D., Heaton Moor</footer></blockquote>
  <blockquote><p>"Dropped the car in the key box at 7pm, it was done by lunchtime the next day. Couldn't be
  easier."</p><footer>Steve W., Davenport</footer></blockquote>
  <blockquote><p>"Been coming here ten years. Dave tells you straight."</p>
    <footer>Margaret H., Cheadle Heath</footer></blockquote>
</div>
<p>Had work done with us? We'd really appreciate a review:
<a href="https://g.page/hallworthmotors/review" class="btn btn-primary">Leave a Google review</a></p>"""

_FAQ = """<p class="lead">The questions we get asked most. Can't see yours? Give us a ring.</p>
<div class="accordion" id="faqAccordion">
  <div class="accordion-item">
    <button class="accordion-toggle">Can I supply my own parts?</button>
    <div class="accordion-panel"><p>For most jobs, yes &ndash; we'll fit parts you've bought yourself and charge
    labour only. Our workmanship is guaranteed but the part isn't, and if a supplied part turns out to be faulty
    or wrong for the car, the labour to take it off and refit it again is chargeable. We won't fit second-hand
    or part-worn brake, steering or suspension parts, or used tyres.</p></div>
  </div>
  <div class="accordion-item">
    <button class="accordion-toggle">Will you do extra work without asking me?</button>
    <div class="accordion-panel"><p>Never. If we find something else, we'll call or text you with photos and
    a price, and nothing is done until you say yes.</p></div>
  </div>
  <div class="accordion-item">
    <button class="accordion-toggle">Can I have my old parts back?</button>
    <div class="accordion-panel"><p>Of course &ndash; just tell us when you book and we'll leave them in a bag
    in the boot.</p></div>
  </div>
  <div class="accordion-item">
    <button class="accordion-toggle">Do you MOT motorbikes?</button>
    <div class="accordion-panel"><p>No, we only test cars and vans (Class 4 and Class 7). We don't work on
    motorcycles at all.</p></div>
  </div>
  <div class="accordion-item">
    <button class="accordion-toggle">Will my high-roof van or camper fit in the workshop?</button>
    <div class="accordion-panel"><p>Our MOT bay door is 3.2 metres high and the lift takes vehicles up to 3,500kg
    and 6.5 metres long. That's fine for high-roof Transits, Sprinters, Crafters and most panel-van campers.
    Larger coachbuilt motorhomes usually won't fit &ndash; ring us with the make and height before
    booking.</p></div>
  </div>
  <div class="accordion-item">
    <button class="accordion-toggle">Do I need to bring anything for my MOT?</button>
    <div class="accordion-panel"><p>Just the car and the locking wheel nut key if it has one. You don't need the
    V5C logbook or your old certificate.</p></div>
  </div>
  <div class="accordion-item">
    <button class="accordion-toggle">Do you do pre-purchase inspections?</button>
    <div class="accordion-panel"><p>Yes. Bring the car you're thinking of buying (with the seller's
    permission) and we'll give it a one-hour inspection and road test with a written report for
    &pound;95.</p></div>
  </div>
  <div class="accordion-item">
    <button class="accordion-toggle">My car is over 40 years old. Does it still need an MOT?</button>
    <div class="accordion-panel"><p>Most cars over 40 are exempt, but we're happy to test classics
    voluntarily at the normal price &ndash; many owners like the peace of mind.</p></div>
  </div>
  <div class="accordion-item">
    <button class="accordion-toggle">Do you repair automatic gearboxes?</button>
    <div class="accordion-panel"><p>We service automatic gearboxes (fluid and filter change from &pound;180)
    and diagnose faults, but full rebuilds go to a specialist gearbox company.</p></div>
  </div>
</div>"""

_CONTACT = """<div class="row">
  <div class="col-sm-6">
    <h2>Find us</h2>
    <address><strong>Hallworth Motors</strong><br>Unit 2, Bridgefold Works<br>Brook Street, Edgeley<br>
    Stockport SK3 9AB</address>
    <p>Brook Street runs off Castle Street. Sat navs using the postcode take you to the front of Bridgefold
    Works; carry on past the carpet warehouse and turn right through the blue gates &ndash; we're the last
    unit at the back of the yard, under the big yellow sign. Coming from the M60, leave at junction 1 and
    follow signs for Edgeley; we're about five minutes from the motorway.</p>
    <h3>Parking</h3>
    <p>Brook Street has double yellow lines, so please don't park on the road. Drive into the yard: there are
    eight marked customer bays in front of the workshop. If they're full, there's a pay and display car park
    on Castle Street.</p>
    <h3>By train and bus</h3>
    <p>Stockport railway station is a 12-minute walk. Several buses from Stockport bus station stop on Castle
    Street, two minutes away.</p>
    <p><a href="https://www.google.com/maps/search/?api=1&amp;query=Hallworth+Motors+Stockport"
    class="btn btn-default"><i class="fa fa-map"></i> Open in Google Maps</a></p>
  </div>
  <div class="col-sm-6">
    <h2>Opening hours</h2>
    <table class="table table-condensed hours-table">
      <tr><td>Monday &ndash; Friday</td><td>8:00am &ndash; 5:30pm</td></tr>
      <tr><td>Saturday</td><td>8:30am &ndash; 12:30pm (MOTs, tyres and small jobs only)</td></tr>
      <tr><td>Sunday</td><td>Closed</td></tr>
      <tr><td>Bank holidays</td><td>Closed</td></tr>
    </table>
    <p>Phones are answered from 7:45am. Over Christmas we close at 1pm on Christmas Eve and reopen on 2nd
    January.</p>
    <h2>Get in touch</h2>
    <p><i class="fa fa-phone"></i> <a href="tel:01614960527">0161 496 0527</a><br>
    <i class="fa fa-envelope"></i> <a href="mailto:bookings@hallworthmotors.co.uk">bookings@hallworthmotors.co.uk</a>
    </p>
    <form class="gh-contact-form" action="#" method="post">
      <div class="form-group"><input type="text" class="form-control" name="name" placeholder="Name"></div>
      <div class="form-group"><input type="tel" class="form-control" name="phone" placeholder="Phone"></div>
      <div class="form-group"><input type="text" class="form-control reg-input" name="vrm" placeholder="REG">
      </div>
      <div class="form-group"><textarea class="form-control" name="msg" rows="4" placeholder="Message">
      </textarea></div>
      <button type="submit" class="btn btn-primary">Send message</button>
    </form>
  </div>
</div>"""


HTML = {
    "/": _home(),
    "/mot/": _page(
        "/mot/",
        "MOT Testing &amp; Retests",
        "Class 4 and Class 7 MOT testing in Stockport from £40. Free retests when repairs are done with us.",
        _MOT,
    ),
    "/servicing/": _page(
        "/servicing/",
        "Car Servicing",
        "Interim, full and major car servicing in Stockport with fixed prices by engine size.",
        _SERVICING,
    ),
    "/manufacturer-warranty-servicing/": _page(
        "/manufacturer-warranty-servicing/",
        "Manufacturer Warranty Servicing",
        "Service your new car at an independent garage without affecting the manufacturer warranty.",
        _WARRANTY_SERVICING,
    ),
    "/ev-hybrid-servicing/": _page(
        "/ev-hybrid-servicing/",
        "EV &amp; Hybrid Servicing",
        "Hybrid and electric car servicing in Stockport by IMI-qualified high-voltage technicians.",
        _EV,
    ),
    "/brakes-clutches/": _page(
        "/brakes-clutches/",
        "Brakes &amp; Clutches",
        "Brake pads, discs, calipers and clutch replacement in Stockport. Free brake checks.",
        _BRAKES,
    ),
    "/tyres-tracking/": _page(
        "/tyres-tracking/",
        "Tyres &amp; Wheel Alignment",
        "Budget, mid-range and premium tyres, puncture repairs and laser wheel alignment in Stockport.",
        _TYRES,
    ),
    "/exhausts-cambelts-batteries/": _page(
        "/exhausts-cambelts-batteries/",
        "Exhausts, Cambelts &amp; Batteries",
        "Exhaust repairs, timing belt replacement and car batteries in Stockport.",
        _EXHAUST,
    ),
    "/diagnostics-warning-lights/": _page(
        "/diagnostics-warning-lights/",
        "Diagnostics &amp; Warning Lights",
        "Engine management light on? Dealer-level diagnostics in Stockport.",
        _DIAG,
    ),
    "/air-conditioning/": _page(
        "/air-conditioning/",
        "Air Conditioning Regas &amp; Repair",
        "Car air con regas in Stockport for R134a and R1234yf systems.",
        _AIRCON,
    ),
    "/prices/": _page(
        "/prices/",
        "Prices",
        "Our labour rate and fixed prices for small jobs. All prices include VAT.",
        _PRICES,
    ),
    "/booking/": _page(
        "/booking/",
        "Booking, Drop-off &amp; Waiting",
        "Book your MOT or service online, drop off early using our key box, or wait in our lounge.",
        _BOOKING,
    ),
    "/courtesy-car-collection/": _page(
        "/courtesy-car-collection/",
        "Courtesy Car &amp; Collection",
        "Courtesy cars and collection and delivery around Stockport.",
        _COURTESY,
    ),
    "/payment-warranty/": _page(
        "/payment-warranty/",
        "Payment &amp; Warranty",
        "Ways to pay, interest-free monthly payments and our 12 month parts and labour warranty.",
        _PAYMENT,
    ),
    "/faq/": _page(
        "/faq/",
        "Frequently Asked Questions",
        "Answers to common questions about Hallworth Motors.",
        _FAQ,
        sidebar=False,
    ),
    "/our-team/": _page(
        "/our-team/",
        "Meet the Team",
        "The people at Hallworth Motors and their qualifications.",
        _TEAM,
        sidebar=False,
    ),
    "/reviews/": _page(
        "/reviews/",
        "Customer Reviews",
        "What our customers say about Hallworth Motors, Stockport.",
        _REVIEWS,
        sidebar=False,
    ),
    "/contact/": _page(
        "/contact/",
        "Contact &amp; Opening Hours",
        "Find Hallworth Motors in Edgeley, Stockport. Opening hours, parking and directions.",
        _CONTACT,
        sidebar=False,
    ),
}

QUESTIONS = [
    ("how much is an MOT with you", "/mot/"),
    (
        "Car failed its MOT with you this morning on a brake light bulb of all things. If I put a new bulb in "
        "myself and bring it back tomorrow do I have to pay again?",
        "/mot/",
    ),
    (
        "I only do about 4000 miles a year, mostly to the shops and back. Do I really need a service every year "
        "or can I leave it?",
        "/servicing/",
    ),
    ("How much for a full service on a 1.2 Corsa?", "/servicing/"),
    (
        "Hi, I've got a 2022 Kia Sportage still on the 7 year warranty. Will it mess the warranty up if I don't "
        "take it back to Kia for the service?",
        "/manufacturer-warranty-servicing/",
    ),
    (
        "got a letter saying there's a recall on my airbag, can you lot sort that for me",
        "/manufacturer-warranty-servicing/",
    ),
    (
        "my wife's got one of those self charging hybrid yarises, do you work on them or is it a main dealer job",
        "/ev-hybrid-servicing/",
    ),
    (
        "There's a horrible grinding noise from the front when I press the brake, like metal scraping on metal. "
        "Is it safe?",
        "/brakes-clutches/",
    ),
    (
        "When I put my foot down on the motorway the revs go up but the car doesn't really go any faster, and "
        "there's a bit of a burning smell. What's that likely to be?",
        "/brakes-clutches/",
    ),
    (
        "I clipped a kerb last week and now the car drifts left and the steering wheel isn't straight when "
        "I'm going straight",
        "/tyres-tracking/",
    ),
    (
        "Car sounds like a tractor since I went over a speed bump on Saturday, really loud rumbly noise from "
        "underneath",
        "/exhausts-cambelts-batteries/",
    ),
    (
        "the last garage told me my timing belt is due, roughly what are we talking price wise?",
        "/exhausts-cambelts-batteries/",
    ),
    (
        "orange light shaped like an engine came on yesterday. car seems to be driving normal, is it ok to "
        "keep using it for work?",
        "/diagnostics-warning-lights/",
    ),
    (
        "The fan blows but it's just warm air now, not cold at all. Need it sorting before we drive down to "
        "Cornwall, how much?",
        "/air-conditioning/",
    ),
    ("whats your hourly rate for labour", "/prices/"),
    (
        "I start work at 7 so I can't get to you when you open. Can I leave the car with you the night before?",
        "/booking/",
    ),
    ("Can I wait with the car while you do the MOT, is there somewhere to sit?", "/booking/"),
    (
        "I work in town and honestly can't be without wheels all day. Do you lend people a car while theirs is in?",
        "/courtesy-car-collection/",
    ),
    (
        "Clutch quote is a lot more than I can pay in one go. Do you do any kind of pay monthly thing",
        "/payment-warranty/",
    ),
    (
        "You fitted new brake pads on my car in March and they've started playing up already. Is the work "
        "guaranteed or will I have to pay again?",
        "/payment-warranty/",
    ),
    (
        "are your mechanics actually qualified? my dad reckons I should only ever go to the main dealer",
        "/our-team/",
    ),
    ("What do other people say about you, whats your google rating like?", "/reviews/"),
    (
        "Can I buy the parts off eBay myself and just pay you to fit them? Works out a fair bit cheaper",
        "/faq/",
    ),
    ("are you open bank holiday monday", "/contact/"),
    (
        "Where do I park when I get there? The road outside looks like it's all double yellows",
        "/contact/",
    ),
]

OUT_OF_SCOPE = [
    "Do you do valeting? The inside of my car is an absolute state after the kids",
    "Can you fit a tow bar so I can pull the caravan this summer?",
    "How much would you give me for my old Micra? Thinking of just scrapping it",
    "Have you got any second hand cars for sale at the moment?",
    "Can you remap my diesel to get a bit more power out of it?",
    "Someone reversed into my door in a car park, can you knock the dent out and respray it?",
    "Do you know any good driving instructors round Edgeley? My lad's 17 next month",
    "What time does the big Tesco in Stockport shut tonight?",
]
