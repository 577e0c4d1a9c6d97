"""An evaluation site: Pegg & Bartram, a family-run estate and letting agent in Sheringham on the Norfolk coast (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is a property-CRM template
of the kind agents get from their software provider: Bootstrap container-fluid/row/col-md-* grids, cms-content
blocks, property-search widgets, a branch-details sidebar and an FAQ of h4 questions each followed by a
div class="answer".
"""

NAME = "Pegg & Bartram"

_ANALYTICS = """<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date()); gtag('config', 'G-PB4417SHR');
</script>"""

_HEAD = """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Pegg &amp; Bartram Estate Agents, Sheringham</title>
<meta name="description" content="{description}">
<meta property="og:site_name" content="Pegg &amp; Bartram">
<meta property="og:title" content="{title}">
<meta name="generator" content="Propertisoft Agent Websites 6.2">
<link rel="stylesheet" href="/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/font-awesome.min.css">
<link rel="stylesheet" href="/assets/themes/coastal/theme.css">
<link rel="stylesheet" href="/assets/css/custom.css">
<link rel="icon" href="/assets/img/favicon.png">
"""

_HEADER = """<body class="page-{slug}">
<div id="cookie-notice" class="cookie-bar">
  <div class="container-fluid"><div class="row"><div class="col-md-9">
    <p>We use cookies to remember your property searches and to understand how our website is used.
    By continuing to browse you agree to our use of cookies.</p>
  </div><div class="col-md-3 text-right">
    <a href="#" class="btn btn-sm btn-light cookie-accept">Accept</a>
    <a href="#" class="btn btn-sm btn-link cookie-settings">Cookie settings</a>
  </div></div></div>
</div>
<div class="top-bar">
  <div class="container-fluid"><div class="row">
    <div class="col-md-6 top-bar-contact">
      <span><i class="fa fa-phone"></i> Sales <a href="tel:01263822417">01263 822417</a></span>
      <span><i class="fa fa-phone"></i> Lettings <a href="tel:01263822418">01263 822418</a></span>
    </div>
    <div class="col-md-6 text-right top-bar-social">
      <a href="https://www.facebook.com/peggandbartram" aria-label="Facebook"><i class="fa fa-facebook"></i></a>
      <a href="https://www.instagram.com/peggandbartram" aria-label="Instagram"><i class="fa fa-instagram"></i></a>
      <a href="https://x.com/peggbartram" aria-label="X"><i class="fa fa-twitter"></i></a>
      <a href="/tenant-applications/" class="top-link">Tenant login</a>
      <a href="/lettings/" class="top-link">Landlord login</a>
    </div>
  </div></div>
</div>
<header class="site-header">
  <div class="container-fluid"><div class="row align-items-center">
    <div class="col-md-3 logo-wrap">
      <a href="/" class="logo"><img src="/assets/img/pegg-bartram-logo.svg" alt="Pegg &amp; Bartram Estate Agents"></a>
      <span class="strapline">Independent &amp; family-run since 1978</span>
    </div>
    <div class="col-md-9">
      <nav class="navbar navbar-expand-lg main-nav">
        <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainNav">Menu</button>
        <div class="collapse navbar-collapse" id="mainNav">
        <ul class="navbar-nav ml-auto">
          <li class="nav-item"><a class="nav-link" href="/">Home</a></li>
          <li class="nav-item dropdown mega-dropdown">
            <a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown">Buying</a>
            <div class="dropdown-menu mega-menu"><div class="row">
              <div class="col-md-6"><h6 class="mega-title">Find your home</h6><ul class="list-unstyled">
                <li><a href="/viewings/">Booking a viewing</a></li>
                <li><a href="/making-an-offer/">Making an offer</a></li>
              </ul></div>
              <div class="col-md-6"><h6 class="mega-title">By the sea</h6><ul class="list-unstyled">
                <li><a href="/second-homes-and-holiday-lets/">Second homes &amp; holiday lets</a></li>
              </ul></div>
            </div></div>
          </li>
          <li class="nav-item dropdown mega-dropdown">
            <a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown">Selling</a>
            <div class="dropdown-menu mega-menu"><div class="row">
              <div class="col-md-6"><h6 class="mega-title">Selling with us</h6><ul class="list-unstyled">
                <li><a href="/valuations/">Valuations</a></li>
                <li><a href="/selling-fees/">Our selling fees</a></li>
                <li><a href="/marketing-your-home/">How we market your home</a></li>
              </ul></div>
              <div class="col-md-6"><h6 class="mega-title">Specialist sales</h6><ul class="list-unstyled">
                <li><a href="/leasehold-and-retirement-flats/">Leasehold &amp; retirement flats</a></li>
                <li><a href="/probate-sales/">Probate &amp; executor sales</a></li>
              </ul></div>
            </div></div>
          </li>
          <li class="nav-item dropdown mega-dropdown">
            <a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown">Lettings</a>
            <div class="dropdown-menu mega-menu"><div class="row">
              <div class="col-md-6"><h6 class="mega-title">Landlords</h6><ul class="list-unstyled">
                <li><a href="/lettings/">Landlord services &amp; fees</a></li>
              </ul></div>
              <div class="col-md-6"><h6 class="mega-title">Tenants</h6><ul class="list-unstyled">
                <li><a href="/tenant-applications/">Applying for a property</a></li>
                <li><a href="/deposits/">Tenancy deposits</a></li>
                <li><a href="/pets/">Renting with pets</a></li>
                <li><a href="/repairs-and-maintenance/">Reporting a repair</a></li>
              </ul></div>
            </div></div>
          </li>
          <li class="nav-item dropdown">
            <a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown">About</a>
            <div class="dropdown-menu"><ul class="list-unstyled">
              <li><a href="/about-us/">Our family &amp; team</a></li>
              <li><a href="/faqs/">FAQs</a></li>
              <li><a href="/complaints/">Complaints procedure</a></li>
            </ul></div>
          </li>
          <li class="nav-item"><a class="nav-link" href="/contact/">Contact</a></li>
          <li class="nav-item nav-cta"><a class="btn btn-primary" href="/valuations/">Book a valuation</a></li>
        </ul>
        </div>
      </nav>
    </div>
  </div></div>
</header>
"""

_SIDEBAR = """<aside class="col-md-4 sidebar">
  <div class="widget branch-details">
    <h3 class="widget-title">Sheringham Branch</h3>
    <address>Pegg &amp; Bartram<br>27 High Street<br>Sheringham<br>Norfolk NR26 8DS</address>
    <ul class="list-unstyled branch-phones">
      <li><i class="fa fa-phone"></i> Sales: <a href="tel:01263822417">01263 822417</a></li>
      <li><i class="fa fa-phone"></i> Lettings: <a href="tel:01263822418">01263 822418</a></li>
      <li><i class="fa fa-envelope"></i> <a href="mailto:hello@peggandbartram.co.uk">hello@peggandbartram.co.uk</a></li>
    </ul>
    <table class="table table-sm branch-hours">
      <tr><td>Mon &ndash; Fri</td><td>9.00am &ndash; 5.30pm</td></tr>
      <tr><td>Saturday</td><td>9.00am &ndash; 4.00pm</td></tr>
      <tr><td>Sunday</td><td>Closed</td></tr>
    </table>
    <a class="btn btn-primary btn-block" href="/valuations/">Book a valuation</a>
    <a class="btn btn-outline-primary btn-block" href="/contact/">Find the branch</a>
  </div>
  <div class="widget property-search-widget">
    <h3 class="widget-title">Property search</h3>
    <form class="ps-form" action="#" method="get">
      <div class="form-group"><label><input type="radio" name="dept" value="sales" checked> To buy</label>
        <label><input type="radio" name="dept" value="lettings"> To rent</label></div>
      <div class="form-group"><input class="form-control" type="text" name="location"
        placeholder="Town, village or postcode"></div>
      <div class="form-group"><select class="form-control" name="min_beds">
        <option value="">Min beds</option><option>1</option><option>2</option><option>3</option>
        <option>4+</option></select></div>
      <div class="form-group"><select class="form-control" name="max_price">
        <option value="">Max price</option><option>£200,000</option><option>£300,000</option>
        <option>£400,000</option><option>£500,000</option><option>£750,000+</option></select></div>
      <button class="btn btn-secondary btn-block" type="submit">Search properties</button>
    </form>
  </div>
  <div class="widget testimonial-widget">
    <blockquote>&ldquo;Friendly, honest and they actually answer the phone. Would not use anyone else.&rdquo;
      <cite>&mdash; Mrs J. Grimes, Upper Sheringham &#9733;&#9733;&#9733;&#9733;&#9733;</cite></blockquote>
  </div>
</aside>
"""

_FOOTER = """<section class="reviews-strip">
  <div class="container-fluid"><div class="row">
    <div class="col-md-12 text-center"><h3>What our customers say</h3>
      <p class="review-score">Rated 4.9 out of 5 from 312 Google reviews</p></div>
    <div class="col-md-4"><blockquote class="review">&ldquo;Helen knew exactly what our bungalow was worth and
      it sold in three weeks.&rdquo;<cite>Peter &amp; Ann, Beeston Regis</cite></blockquote></div>
    <div class="col-md-4"><blockquote class="review">&ldquo;Lucy and Sam have looked after our rental for six
      years without a single headache.&rdquo;<cite>Mr D. Oakes, landlord</cite></blockquote></div>
    <div class="col-md-4"><blockquote class="review">&ldquo;We bought from Birmingham without setting foot in
      Norfolk until the day we collected the keys. Brilliant.&rdquo;<cite>The Sandhu family</cite></blockquote></div>
  </div></div>
</section>
<section class="cta-band">
  <div class="container-fluid"><div class="row">
    <div class="col-md-8"><h3>Thinking of selling or letting on the North Norfolk coast?</h3></div>
    <div class="col-md-4 text-right"><a class="btn btn-light btn-lg" href="/valuations/">Book a valuation</a></div>
  </div></div>
</section>
<footer class="site-footer">
  <div class="container-fluid"><div class="row">
    <div class="col-md-3 footer-col">
      <h4>Pegg &amp; Bartram</h4>
      <address>27 High Street, Sheringham<br>Norfolk NR26 8DS</address>
      <p>Sales <a href="tel:01263822417">01263 822417</a><br>Lettings <a href="tel:01263822418">01263 822418</a></p>
      <p><a href="mailto:hello@peggandbartram.co.uk">hello@peggandbartram.co.uk</a></p>
    </div>
    <div class="col-md-3 footer-col">
      <h4>Opening hours</h4>
      <p>Monday to Friday 9.00am &ndash; 5.30pm<br>Saturday 9.00am &ndash; 4.00pm<br>Sunday closed</p>
    </div>
    <div class="col-md-3 footer-col">
      <h4>Quick links</h4>
      <ul class="list-unstyled">
        <li><a href="/valuations/">Valuations</a></li>
        <li><a href="/selling-fees/">Selling fees</a></li>
        <li><a href="/lettings/">Landlord fees</a></li>
        <li><a href="/tenant-applications/">Tenant information</a></li>
        <li><a href="/complaints/">Complaints</a></li>
        <li><a href="/faqs/">FAQs</a></li>
        <li><a href="/contact/">Contact us</a></li>
      </ul>
    </div>
    <div class="col-md-3 footer-col">
      <h4>Follow us</h4>
      <p class="footer-social">
        <a href="https://www.facebook.com/peggandbartram">Facebook</a> &middot;
        <a href="https://www.instagram.com/peggandbartram">Instagram</a> &middot;
        <a href="https://x.com/peggbartram">X</a>
      </p>
      <div class="accreditations">
        <img src="/assets/img/propertymark-naea.png" alt="Propertymark NAEA">
        <img src="/assets/img/propertymark-arla.png" alt="Propertymark ARLA">
        <img src="/assets/img/tpo-logo.png" alt="The Property Ombudsman">
        <img src="/assets/img/rightmove.png" alt="Rightmove">
      </div>
    </div>
  </div>
  <div class="row footer-bottom">
    <div class="col-md-8"><p>&copy; 2025 Pegg &amp; Bartram Ltd. Registered in England No. 04187722.
      Registered office: 27 High Street, Sheringham NR26 8DS. VAT No. 612 4471 83.</p></div>
    <div class="col-md-4 text-right"><p><a href="#">Privacy</a> &middot; <a href="#">Cookies</a> &middot;
      Website by Propertisoft</p></div>
  </div></div>
</footer>
<script src="/assets/js/jquery.min.js"></script>
<script src="/assets/js/bootstrap.bundle.min.js"></script>
"""


def _page(slug, title, description, body, sidebar=True):
    """Wrap one page's main content in the shared CRM template."""
    if sidebar:
        main = (
            '<div class="container-fluid page-body"><div class="row">\n<div class="col-md-8 main-col">\n'
            + body
            + "\n</div>\n"
            + _SIDEBAR
            + "</div></div>\n"
        )
    else:
        main = '<div class="container-fluid page-body"><div class="row">\n' + body + "\n</div></div>\n"
    banner = (
        '<section class="page-banner"><div class="container-fluid"><div class="row"><div class="col-md-12">'
        '<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li>'
        f'<li class="breadcrumb-item active">{title}</li></ol><h1 class="page-title">{title}</h1>'
        "</div></div></div></section>\n"
    )
    if slug == "home":
        banner = ""
    return (
        _HEAD.format(title=title, description=description)
        + _ANALYTICS
        + "\n</head>\n"
        + _HEADER.format(slug=slug)
        + banner
        + '<main id="content">\n'
        + main
        + "</main>\n"
        + _FOOTER
        + "</body>\n</html>\n"
    )


_HOME = """<div class="col-md-12 hero">
  <div class="hero-inner">
    <h1>Homes by the sea, sold and let by a family who live here</h1>
    <p class="lead">Sheringham, Cromer, Holt and the villages of North Norfolk</p>
    <div class="property-search-widget hero-search">
      <form class="ps-form form-inline" action="#" method="get">
        <select class="form-control" name="dept"><option value="sales">Buy</option>
          <option value="lettings">Rent</option></select>
        <input class="form-control" type="text" name="location" placeholder="e.g. Sheringham, West Runton">
        <select class="form-control" name="type"><option value="">Any type</option><option>House</option>
          <option>Bungalow</option><option>Flat / apartment</option><option>Retirement property</option></select>
        <select class="form-control" name="max_price"><option value="">No max</option><option>£250,000</option>
          <option>£350,000</option><option>£500,000</option><option>£750,000</option></select>
        <button class="btn btn-primary" type="submit">Search</button>
      </form>
    </div>
  </div>
</div>
<div class="col-md-12 cms-content home-intro">
  <h2>Independent, local and still family-run</h2>
  <p>Pegg &amp; Bartram has been helping people buy, sell and rent homes on the North Norfolk coast since
  1978. From Victorian fishermen's cottages in the old town to seafront apartments, bungalows on the edge of
  the Common and retirement flats close to the shops, we know this stretch of coast street by street.</p>
  <p>Plenty of our buyers are moving here from further afield &mdash; to retire, to be nearer family or to
  finally have that place by the sea &mdash; so we are used to helping people buy from a distance. Plenty of
  our sellers have owned a holiday home here for years, or are sorting out a parent's home. Whatever has
  brought you to us, you will speak to someone who knows the area and will tell you straight.</p>
</div>
<div class="col-md-12 featured-properties">
  <h2>Featured properties</h2>
  <div class="row">
    <div class="col-md-4 property-card">
      <img src="/assets/uploads/listing-1041.jpg" alt="Seafront apartment">
      <span class="badge badge-status">For sale</span>
      <h3>The Esplanade, Sheringham</h3>
      <p class="price">Guide price &pound;285,000</p>
      <p>Two-bedroom second-floor apartment with uninterrupted sea views, lift and allocated parking.</p>
    </div>
    <div class="col-md-4 property-card">
      <img src="/assets/uploads/listing-1057.jpg" alt="Detached bungalow">
      <span class="badge badge-status">Sold STC</span>
      <h3>Weybourne Road, Sheringham</h3>
      <p class="price">Offers in excess of &pound;425,000</p>
      <p>Three-bedroom detached bungalow with south-facing garden and views towards Beeston Bump.</p>
    </div>
    <div class="col-md-4 property-card">
      <img src="/assets/uploads/listing-2210.jpg" alt="Terraced cottage to let">
      <span class="badge badge-status">To let</span>
      <h3>Holway Road, Sheringham</h3>
      <p class="price">&pound;975 pcm</p>
      <p>Two-bedroom terraced cottage, unfurnished, gas central heating, small courtyard garden.</p>
    </div>
  </div>
</div>
<div class="col-md-12 stats-band">
  <div class="row text-center">
    <div class="col-md-4"><span class="stat">47</span><p>years on Sheringham High Street</p></div>
    <div class="col-md-4"><span class="stat">168</span><p>homes sold in the last twelve months</p></div>
    <div class="col-md-4"><span class="stat">230+</span><p>rental homes looked after for local landlords</p></div>
  </div>
</div>"""

_VALUATIONS = """<div class="cms-content">
  <h2>Find out what your home is worth</h2>
  <p>Every valuation we carry out is free, and there is no obligation to put your home on the market with us
  afterwards. Whether you are ready to sell next week or just wondering where you stand, we are happy to
  come and have a look.</p>
  <h3>Who comes and how long it takes</h3>
  <p>Your valuation will be carried out by Helen Pegg or Mark Ellwood, who between them have valued homes on
  this coast for more than 45 years. Allow around 45 minutes to an hour. We walk round every room and the
  garden, and ask about things buyers will want to know: the age of the boiler, windows and roof, any
  extensions or alterations, parking and boundaries. We can come on a weekday, a Saturday morning or, by
  arrangement, an early weekday evening.</p>
  <h3>Useful things to have to hand</h3>
  <ul>
    <li>Details of any building work, with planning permission or building regulations sign-off</li>
    <li>Recent boiler service records and any guarantees (damp proofing, windows, solar panels)</li>
    <li>For a flat: the lease, and your latest service charge and ground rent demands</li>
  </ul>
  <h3>What you get afterwards</h3>
  <p>Within two working days we email you a written valuation report with our recommended asking price, the
  recent sold prices we based it on, and our honest view on the best time to launch. If you decide to go
  ahead, we will book in photographs straight away.</p>
  <h3>About our instant online valuation</h3>
  <p>The Instant Valuation tool on our website gives you a quick figure based on Land Registry sold prices
  and asking prices nearby. It is a useful starting point, but it cannot see inside your home, does not know
  whether you have a sea view or a new kitchen, and can easily be ten per cent out either way on this coast.
  We would never recommend an asking price from the online figure alone &mdash; please treat it as a ballpark
  and book a proper visit before making any decisions.</p>
  <a class="btn btn-primary btn-lg" href="/contact/">Request a valuation visit</a>
</div>"""

_FEES = """<div class="cms-content">
  <h2>Clear fees, no surprises</h2>
  <p>We believe you should know exactly what selling with us will cost before you sign anything. All of our
  fees are a percentage of the final agreed sale price.</p>
  <div class="table-responsive">
  <table class="table table-striped fees-table">
    <thead><tr><th>Agency type</th><th>Fee + VAT</th><th>Fee including VAT</th></tr></thead>
    <tbody>
      <tr><td>Sole agency (recommended)</td><td>1.2%</td><td>1.44%</td></tr>
      <tr><td>Joint sole agency (with one other agent)</td><td>1.5%</td><td>1.8%</td></tr>
      <tr><td>Multi-agency</td><td>1.8%</td><td>2.16%</td></tr>
      <tr><td>Minimum fee (all agency types)</td><td>&pound;1,800</td><td>&pound;2,160</td></tr>
    </tbody>
  </table>
  </div>
  <p>Our standard fee includes professional photography, floorplans, listing on the major property portals,
  accompanied viewings and sales progression through to completion.</p>
  <h3>No sale, no fee</h3>
  <p>You only pay our fee when your sale completes. There is nothing to pay up front, and your solicitor
  simply pays our invoice out of the sale money on completion day. If we do not sell your home, you owe us
  nothing. The only exception is if you take your home off the market during the minimum term, when we
  charge a withdrawal fee of &pound;300 + VAT (&pound;360) towards the photography and marketing costs.</p>
  <h3>How long does the agreement last?</h3>
  <p>Our sole agency agreement has a minimum term of 12 weeks from the day your home goes on the market.
  After that it simply rolls on until you give us 14 days' notice in writing &mdash; an email is fine. We do
  not use &ldquo;sole selling rights&rdquo;, so if you find a buyer yourself without our involvement, you owe
  us nothing.</p>
  <p>If you end your agreement and later sell to a buyer we introduced within six months, our fee is still
  payable. If you then instruct another agent, please tell them, to avoid paying two fees.</p>
  <h3>Your right to cancel</h3>
  <p>If you sign our agreement at home, you have 14 days to change your mind without charge.</p>
</div>"""

_MARKETING = """<div class="cms-content">
  <h2>Getting your home seen by the right buyers</h2>
  <p>Most of the people who buy on this coast start their search hundreds of miles away, so first
  impressions on a phone screen count for everything. Here is what every home we sell gets as standard.</p>
  <ul class="tick-list">
    <li><strong>Professional photographs</strong> taken by Jack Pegg on a bright day. If you have a sea view,
    we will wait for the weather.</li>
    <li><strong>Measured floorplan</strong> with room sizes.</li>
    <li><strong>Rightmove, Zoopla and OnTheMarket</strong>, plus our own website, usually live within 24 hours
    of you approving the details.</li>
    <li><strong>Written description</strong> prepared by us and checked by you before anything goes live,
    including the material information buyers are entitled to (tenure, council tax band, utilities).</li>
    <li><strong>Window display</strong> in our High Street office, which sees huge footfall from visitors
    through the summer.</li>
    <li><strong>Instant email and text alerts</strong> to our registered buyers, and posts on Facebook and
    Instagram.</li>
    <li><strong>For Sale board</strong>, if you would like one.</li>
  </ul>
  <h3>Optional extras</h3>
  <table class="table table-bordered">
    <thead><tr><th>Extra</th><th>Price</th></tr></thead>
    <tbody>
      <tr><td>Drone aerial photographs and short aerial film (CAA-registered pilot, weather permitting)</td>
        <td>&pound;195 + VAT (&pound;234)</td></tr>
      <tr><td>Narrated video walkthrough tour</td><td>&pound;150 + VAT (&pound;180)</td></tr>
      <tr><td>Twilight photography</td><td>&pound;75 + VAT (&pound;90)</td></tr>
      <tr><td>Rightmove Premium Listing for four weeks</td><td>&pound;99 + VAT (&pound;118.80)</td></tr>
    </tbody>
  </table>
  <p>Aerial shots work particularly well for homes near the cliffs, the golf course or the Common, and for
  anything with a large plot. We will tell you honestly if we do not think an extra is worth it for your home.</p>
  <h3>Open house Saturdays</h3>
  <p>For homes attracting a lot of early interest we may suggest an open house morning, with back-to-back
  viewings over two or three hours, which often brings offers in quickly.</p>
</div>"""

_VIEWINGS = """<div class="cms-content">
  <h2>Arranging a viewing</h2>
  <p>Book a viewing by calling the sales team, dropping into the office or pressing &ldquo;Book a
  viewing&rdquo; on any property on our website. We will confirm the time by text and email.</p>
  <h3>When we can show you round</h3>
  <table class="table table-sm">
    <tr><td>Monday to Friday</td><td>9.30am &ndash; 5.00pm, and until 7.00pm by arrangement</td></tr>
    <tr><td>Saturday</td><td>9.30am &ndash; 3.30pm</td></tr>
    <tr><td>Sunday</td><td>July and August only, 10.00am &ndash; 2.00pm</td></tr>
  </table>
  <h3>Every viewing is accompanied</h3>
  <p>A member of our team attends every viewing, so if you are selling you do not need to be at home. We hold
  a set of keys, let buyers in, show them round, answer their questions and lock up afterwards. Some sellers
  prefer to show people round themselves, which is fine too &mdash; just tell us.</p>
  <p>Sellers hear feedback from every viewing within 24 hours, good or bad.</p>
  <h3>Before you view</h3>
  <p>When you book we will ask a few questions: whether you have a home to sell, whether you will need a
  mortgage, and your timescale. This is not to put you off, but so that we can tell the seller about you and
  your offer is taken seriously later on.</p>
  <h3>Live video viewings if you live away</h3>
  <p>If you cannot get to Norfolk easily, one of the team can take you round live on a WhatsApp or FaceTime
  video call at a time that suits you, including evenings. You can ask us to open cupboards, look out of the
  windows and walk round the garden. Many buyers use a video viewing to decide whether a home is worth the
  trip; we always recommend seeing a property in person before you exchange contracts.</p>
  <h3>Holiday lets and tenanted homes</h3>
  <p>Where a property is let, we need to give the occupants at least 24 hours' notice, and holiday lets can
  usually only be viewed on changeover days.</p>
</div>"""

_OFFER = """<div class="cms-content">
  <h2>Found the one? Here is how to make an offer</h2>
  <p>Please make your offer through us, by phone, email or in person, rather than to the seller directly. We
  pass every offer on to the seller promptly and confirm it in writing, as the law requires.</p>
  <h3>What we need before we put your offer forward</h3>
  <p>Sellers want to know not just how much you are offering but whether you can proceed. With your offer,
  please send us:</p>
  <ul>
    <li><strong>If you need a mortgage:</strong> a mortgage agreement in principle (sometimes called a decision
    in principle) from your lender or broker.</li>
    <li><strong>For your deposit, or if you are buying cash:</strong> a recent bank, building society or
    investment statement showing the funds. You can blank out account numbers. If some of the money is a
    gift from family, a short letter from them confirming it.</li>
    <li><strong>If you have a home to sell:</strong> whether it is on the market, under offer or sold, and the
    name of the agent handling it.</li>
    <li><strong>Your solicitor's or conveyancer's details</strong>, if you have chosen one.</li>
  </ul>
  <h3>Identity and anti-money laundering checks</h3>
  <p>Under the Money Laundering Regulations, estate agents must check the identity of buyers as well as
  sellers. Once your offer is accepted we carry out an electronic ID check on each buyer, at a cost of
  &pound;24 including VAT per person, which is non-refundable. We cannot issue the memorandum of sale until
  this is done.</p>
  <h3>If there is more than one offer</h3>
  <p>When two or more buyers are interested, we may ask everyone for their &ldquo;best and final&rdquo; offer.
  That means you put your highest offer in writing by a set deadline, along with your position, and the
  seller chooses. The highest figure does not always win &mdash; a chain-free buyer with proof of funds can
  be more attractive. We never tell one buyer what another has offered.</p>
  <h3>Once your offer is accepted</h3>
  <p>We mark the property Sold STC, send a memorandum of sale to both solicitors and hand over to Jo
  Kerrison, our sales progressor, who chases every link in the chain each week until completion.</p>
</div>"""

_LEASEHOLD = """<div class="cms-content">
  <h2>Selling a leasehold or retirement flat</h2>
  <p>A large share of the flats in Sheringham and Cromer are leasehold, and many are in developments built
  for retired people. These sales involve extra paperwork, and starting early avoids weeks of delay.</p>
  <h3>How long is left on your lease?</h3>
  <p>Lease length matters to buyers and their lenders. Below about 85 years you should speak to a solicitor
  about extending it, and below 80 years the cost of extending rises sharply. Many mortgage lenders are wary
  of leases under 80 years, which can limit you to cash buyers. It is often possible to start the lease
  extension process and pass the benefit on to your buyer, so a short lease does not have to stop a sale.</p>
  <h3>The management pack</h3>
  <p>Your buyer's solicitor will ask for a leasehold information pack (often called an LPE1 pack) from the
  freeholder or managing agent. It covers service charge accounts, the buildings insurance, ground rent,
  any planned major works and the reserve fund. Managing agents charge for it &mdash; typically between
  &pound;200 and &pound;450, paid by the seller &mdash; and it can take two to four weeks, so we suggest
  ordering it as soon as you accept an offer.</p>
  <h3>Retirement flats: who can buy?</h3>
  <p>Most retirement developments locally have age rules in the lease, usually that residents must be 60
  or over, with a partner of 55 or over. Younger buyers cannot buy to live there themselves, though family
  who inherit a flat are normally able to sell it. Some developments also require the buyer to meet the
  house manager or be approved by the management company.</p>
  <h3>Event fees</h3>
  <p>Some retirement leases include an &ldquo;event fee&rdquo; or transfer fee, paid on sale &mdash; for
  example 1% of the sale price for each year of ownership, up to a cap. We read your lease at the valuation
  and explain what, if anything, applies.</p>
  <h3>You can choose your agent</h3>
  <p>Management companies sometimes offer their own resale service. You are not obliged to use it. Retirement
  flats often take longer to sell, around four to five months on average, so realistic pricing matters.</p>
</div>"""

_PROBATE = """<div class="cms-content">
  <h2>Selling a home on behalf of someone who has died</h2>
  <p>We are very sorry if you are reading this because you have lost someone. Richard Bartram looks after
  most of our probate sales personally and will go at whatever pace suits the family.</p>
  <h3>Can we market the house before probate is granted?</h3>
  <p>Yes. You can put the property on the market and agree a sale before the grant of probate (or letters of
  administration) has been issued. What you cannot do is exchange contracts until the grant arrives. At the
  moment grants are typically taking around 12 to 16 weeks after the application, so marketing early can save
  months. We tell every buyer up front that the sale is subject to the grant.</p>
  <h3>Who needs to sign?</h3>
  <p>All the executors named in the will (or all the administrators) need to sign our agreement and provide
  ID. We will also need a copy of the death certificate, and either the will or a letter from the solicitor
  handling the estate.</p>
  <h3>A value for probate</h3>
  <p>We provide a free written market appraisal letter, which many families use when filling in the probate
  forms for estates below the inheritance tax threshold. If inheritance tax is payable, HMRC may expect a
  formal RICS valuation, and we can put you in touch with local chartered surveyors.</p>
  <h3>Looking after an empty house</h3>
  <p>Many of the families we help live a long way from Norfolk. While we are marketing the property we hold the
  keys and visit every week at no extra charge: we pick up the post, check for leaks and damp, run the taps,
  open and close curtains and let you know that all is well. In winter we suggest leaving the heating on a
  low or frost setting. Do tell the home insurer the property is empty, as many policies need different cover
  once a home has been unoccupied for 30 days.</p>
  <h3>Furniture and belongings</h3>
  <p>There is no need to clear the house before it goes on the market; a few pieces of furniture often help the
  photographs. When you are ready, we can give you the names of local house clearance firms and charities.</p>
</div>"""

_SECOND = """<div class="cms-content">
  <h2>Second homes and holiday lets on the North Norfolk coast</h2>
  <p>Around one in six homes in Sheringham is a second home or holiday let, and we sell dozens every year,
  to and from owners who have loved this coast for decades.</p>
  <h3>Buying a second home: the costs to budget for</h3>
  <p><strong>Stamp Duty:</strong> if you will own more than one home when you complete, you will usually pay
  the higher rates for additional properties, currently 5% on top of the standard rates. Your solicitor will
  confirm the exact figure.</p>
  <p><strong>Council tax:</strong> since 1 April 2025 North Norfolk District Council has charged a 100%
  premium on second homes that are furnished but nobody's main home, which means paying double the normal
  council tax. A holiday let that is available to book for at least 140 days a year and actually let for at
  least 70 days can be assessed for business rates instead, and small business rate relief may apply.</p>
  <p><strong>Planning conditions:</strong> some homes, especially newer developments and converted barns,
  come with holiday occupancy conditions (they cannot be anyone's main home) or local occupancy rules.
  We check and state this clearly in our particulars.</p>
  <h3>Selling a holiday let with bookings in place</h3>
  <p>Forward bookings do not automatically pass to the buyer. If your buyer wants to carry on letting, the
  bookings, and any deposits already paid by guests, can be transferred as part of the sale, agreed between
  the solicitors. If the buyer wants it for their own use, you will need to agree which bookings are honoured
  before completion and which are moved or cancelled. We can market your home to both kinds of buyer, with
  the last three years' letting income included in the details for investors.</p>
  <p>Furniture and contents are usually included, but they can be sold separately under their own price.</p>
  <p>We do not run holiday lettings ourselves, but we are happy to introduce buyers to the local holiday cottage
  agencies our clients use.</p>
</div>"""

_LETTINGS = """<div class="cms-content">
  <h2>Lettings and property management for landlords</h2>
  <p>Our lettings department, run by Lucy Pegg and Sam Dix, looks after more than 230 long-term rental homes
  between Weybourne and Mundesley. Long-term rentals are in short supply on this coast, so good homes rarely
  stay empty for long.</p>
  <h3>Our landlord fees</h3>
  <div class="table-responsive">
  <table class="table table-striped fees-table">
    <thead><tr><th>Service</th><th>Fee + VAT</th><th>Including VAT</th></tr></thead>
    <tbody>
      <tr><td>Let only</td><td>60% of the first month's rent (minimum &pound;450)</td>
        <td>72% (minimum &pound;540)</td></tr>
      <tr><td>Rent collection</td><td>8% of monthly rent, plus &pound;350 set-up</td>
        <td>9.6%, plus &pound;420 set-up</td></tr>
      <tr><td>Fully managed</td><td>12% of monthly rent, plus &pound;350 set-up</td>
        <td>14.4%, plus &pound;420 set-up</td></tr>
      <tr><td>Inventory and schedule of condition</td><td>from &pound;120</td><td>from &pound;144</td></tr>
    </tbody>
  </table>
  </div>
  <p><strong>Let only</strong> covers marketing, accompanied viewings, referencing, Right to Rent checks, the
  tenancy agreement and registering the deposit. <strong>Rent collection</strong> adds monthly rent collection,
  statements and chasing any arrears. <strong>Fully managed</strong> adds arranging and supervising repairs,
  inspections every four months, compliance reminders, the check-out and deposit negotiation, and a 24-hour
  emergency line for your tenants.</p>
  <h3>Your legal responsibilities as a landlord</h3>
  <ul>
    <li>A gas safety check every 12 months, by a Gas Safe registered engineer</li>
    <li>An electrical safety report (EICR) at least every five years</li>
    <li>A smoke alarm on every storey, and a carbon monoxide alarm in any room with a fixed combustion
    appliance</li>
    <li>An Energy Performance Certificate rated E or above</li>
  </ul>
  <p>We arrange any certificates you need at cost. If you live abroad, HMRC's Non-Resident Landlord Scheme
  requires us to deduct basic rate tax from your rent unless you have approval to receive it gross.</p>
  <p>Want to know what your property would rent for? Ask Lucy for a free rental valuation.</p>
</div>"""

_APPLY = """<div class="cms-content">
  <h2>Applying to rent a property</h2>
  <p>Once you have viewed a property and would like to go ahead, complete our online application form. Every
  adult aged 18 or over who will live in the property needs to fill one in.</p>
  <h3>Holding deposit</h3>
  <p>To reserve a property we take a holding deposit of one week's rent (the monthly rent &times; 12
  &divide; 52). We then take the property off the market and aim to agree the tenancy within 15 days. If the
  tenancy goes ahead, the holding deposit goes towards your first month's rent. If the landlord decides not to
  go ahead, it is refunded in full within seven days. You would lose it if you give false or misleading
  information, fail a Right to Rent check, or pull out yourself.</p>
  <h3>Referencing and affordability</h3>
  <p>Our referencing partner checks your credit history, employment and income, and asks your current landlord
  for a reference. As a guide, your household's combined annual income should be at least 30 times the monthly
  rent &mdash; for a &pound;950 pcm home, that is &pound;28,500 a year.</p>
  <ul>
    <li><strong>Self-employed?</strong> We ask for your last two years' SA302 tax calculations or a letter from
    your accountant. If you have been trading for less than two years, the landlord may accept a guarantor or
    some rent paid in advance.</li>
    <li><strong>Guarantors</strong> should live in the UK and earn at least 36 times the monthly rent.</li>
    <li><strong>Receiving Universal Credit or other benefits?</strong> You are welcome to apply. Every application
    is looked at on its own merits.</li>
  </ul>
  <h3>Right to Rent</h3>
  <p>By law we check that every adult tenant has the right to rent in the UK, using your passport or a Home
  Office share code.</p>
  <h3>What you can be charged</h3>
  <table class="table table-sm">
    <tr><td>Holding deposit</td><td>One week's rent</td></tr>
    <tr><td>Tenancy deposit</td><td>Five weeks' rent</td></tr>
    <tr><td>Change to the tenancy at your request</td><td>&pound;50 including VAT</td></tr>
    <tr><td>Lost keys or security fobs</td><td>Cost of replacement</td></tr>
    <tr><td>Rent more than 14 days late</td><td>Interest at 3% above Bank of England base rate</td></tr>
  </table>
  <p>Your first month's rent and deposit must reach us as cleared funds before we hand over keys.</p>
</div>"""

_DEPOSITS = """<div class="cms-content">
  <h2>Your tenancy deposit</h2>
  <p>For most homes we let, the deposit is five weeks' rent. It belongs to you throughout the tenancy and
  cannot be used to pay your last month's rent.</p>
  <h3>Where your money is kept</h3>
  <p>For properties we manage or collect rent on, we register your deposit with the Deposit Protection Service
  (DPS), a government-approved custodial scheme that holds the money itself. This is done within 30 days of
  receiving it, and we send you the certificate and the &ldquo;prescribed information&rdquo; explaining how the
  scheme works. On let-only properties your landlord protects the deposit, and we will tell you which scheme
  they have used.</p>
  <h3>Getting your deposit back</h3>
  <p>When you move out we carry out a check-out inspection, comparing the property with the inventory and
  photographs taken when you moved in. Within ten working days we email you and the landlord with any proposed
  deductions, together with the evidence. Once everyone agrees, the money is released by the DPS, normally
  within ten days.</p>
  <h3>What can be deducted</h3>
  <p>Deductions can only be made for damage beyond fair wear and tear, rent owed, missing items, or cleaning
  where the home is left less clean than at the start. Fair wear and tear means normal ageing: a carpet that
  has been down for eight years will look worn, and a landlord cannot charge you for a brand-new one.</p>
  <p>We cannot insist that you use professional cleaners. A cleaning charge can only be made where the property
  is not returned to the standard recorded at check-in, and then only for the work actually needed.</p>
  <h3>If you disagree</h3>
  <p>Tell us in writing which deductions you dispute and why, with any photos you have. We will try to reach
  an agreement with the landlord first. If that does not work, you can use the DPS's free dispute resolution
  service, where an independent adjudicator decides based on the evidence from both sides. Any part of the
  deposit that is not in dispute is paid back to you straight away.</p>
</div>"""

_PETS = """<div class="cms-content">
  <h2>Renting with a pet</h2>
  <p>We know that for many people a dog or cat is part of the family, and more of our landlords than ever are
  happy to consider pets. Properties where the landlord has already said yes are marked &ldquo;pets
  considered&rdquo; on our website.</p>
  <h3>How to ask</h3>
  <p>Tell us about your pets when you apply: what they are, how many, their age and whether they are neutered.
  The request goes to the landlord in writing. Landlords should not refuse a pet without a good reason, and we
  will get you an answer within 28 days &mdash; usually within a couple of days.</p>
  <p>A short &ldquo;pet CV&rdquo; helps: a reference from a previous landlord, vaccination records, and
  confirmation of regular flea and worming treatment.</p>
  <h3>When the answer might be no</h3>
  <ul>
    <li>The lease of a flat forbids pets &mdash; this is common in seafront blocks and retirement
    developments, and the landlord has no power to override it.</li>
    <li>The property is plainly unsuitable, such as a large dog in a top-floor flat with no garden.</li>
    <li>More than two dogs, which few of our landlords accept.</li>
  </ul>
  <p>Assistance dogs are always accepted.</p>
  <h3>Pet insurance instead of a bigger deposit</h3>
  <p>The law caps your deposit at five weeks' rent, so there is no separate &ldquo;pet deposit&rdquo;. Instead,
  a landlord may ask you to hold pet damage insurance for the length of the tenancy, covering damage caused by
  your animals. We can point you to policies, but you are free to buy your own.</p>
  <h3>At the end of the tenancy</h3>
  <p>If pets have lived in the property, you will be asked to make sure it is free of fleas and pet hair when
  you leave, and to repair any scratching or chewing. If you are in any doubt, ask us before check-out.</p>
</div>"""

_REPAIRS = """<div class="cms-content">
  <h2>Reporting a repair</h2>
  <p>If we manage your home, report repairs through our online repair reporting system at any time of the day
  or night. You can upload photos and videos, which helps our contractors bring the right parts first time.
  During office hours you can also phone the lettings team on 01263 822418.</p>
  <p>If your landlord manages the property themselves, please contact them directly; their details are in
  your tenancy pack.</p>
  <h3>Emergencies out of hours</h3>
  <p>For genuine emergencies in the evening, at weekends and on bank holidays, call our out-of-hours line on
  <a href="tel:07700900318">07700 900318</a>. An emergency is:</p>
  <ul>
    <li>No heating or no hot water at all</li>
    <li>A major water leak or flooding</li>
    <li>No electricity to the whole property</li>
    <li>The property cannot be secured, such as a broken front door lock or smashed window</li>
    <li>The only toilet is blocked or not working</li>
  </ul>
  <p><strong>If you smell gas</strong>, call the National Gas Emergency Service on 0800 111 999 first, then let
  us know.</p>
  <h3>How quickly we respond</h3>
  <table class="table table-sm">
    <tr><td>Emergency</td><td>Made safe within 24 hours, usually much sooner</td></tr>
    <tr><td>Urgent (e.g. landlord's fridge or oven not working)</td><td>Within 3 working days</td></tr>
    <tr><td>Routine (e.g. dripping tap, sticking door)</td><td>Within 14 days</td></tr>
  </table>
  <h3>Things you can do yourself</h3>
  <p>Before reporting a boiler fault, check the pressure gauge reads between 1 and 1.5 and that the trip switch
  hasn't gone. Tenants are also responsible for changing light bulbs, testing smoke alarms monthly and not
  putting fat or wipes down the drains.</p>
  <h3>Damp, condensation and mould</h3>
  <p>Sea air and older cottages mean condensation is common. Open windows or trickle vents daily, use extractor
  fans, dry washing outside where you can, and keep the heating on low rather than off in cold weather. If mould
  appears, report it with a photo straight away: we will inspect within five working days, arrange treatment
  and look at what is causing it.</p>
</div>"""

_COMPLAINTS = """<div class="cms-content">
  <h2>Our complaints procedure</h2>
  <p>We work hard to get things right, but if you are unhappy with our service we want to hear about it. Most
  problems can be sorted out with a phone call to the person dealing with you. If that does not resolve it,
  please follow the steps below.</p>
  <h3>Step 1: write to the department manager</h3>
  <p>Put your complaint in writing, by email or letter, to Mark Ellwood for sales or Lucy Pegg for lettings.
  We will acknowledge it within three working days and send you a full written response within 15 working
  days.</p>
  <h3>Step 2: ask for a director's review</h3>
  <p>If you are not satisfied, ask for your complaint to be reviewed by a director who has not been involved,
  normally Richard Bartram. He will send you our final viewpoint letter within a further 15 working days.</p>
  <h3>Step 3: The Property Ombudsman</h3>
  <p>If you remain unhappy, or eight weeks have passed since you first complained without a resolution, you
  can refer the matter to The Property Ombudsman free of charge. You must do so within 12 months of our final
  viewpoint letter.</p>
  <address>The Property Ombudsman, Milford House, 43&ndash;55 Milford Street, Salisbury, Wiltshire SP1 2BP<br>
  01722 333306 &middot; <a href="https://www.tpos.co.uk">www.tpos.co.uk</a></address>
  <p>Our membership number is D04417.</p>
  <h3>Your money is protected</h3>
  <p>We are members of Propertymark (NAEA and ARLA), and client money we hold for landlords and tenants is
  covered by the Propertymark Client Money Protection scheme. Tenants' and landlords' money is kept in a
  separate client account.</p>
</div>"""

_ABOUT = """<div class="cms-content">
  <h2>Three generations on the High Street</h2>
  <p>Dennis Pegg opened a one-room office on Station Road in 1978, selling fishermen's cottages for a few
  thousand pounds. His brother-in-law Roy Bartram joined him in 1983, and in 1996 the firm moved to its
  current home at 27 High Street.</p>
  <p>Today Pegg &amp; Bartram is run by Dennis's daughter Helen and Roy's son Richard, with Helen's daughter Lucy
  heading up lettings. We are still completely independent: not a franchise, not part of a national chain,
  and every decision is made here in Sheringham. Dennis, now in his eighties, still pops in most Friday
  mornings for a coffee and a look at the window.</p>
  <h3>Meet the team</h3>
  <div class="row team-grid">
    <div class="col-md-6 team-member"><h4>Helen Pegg MNAEA</h4><p>Director and senior valuer</p></div>
    <div class="col-md-6 team-member"><h4>Richard Bartram</h4><p>Director, probate sales and new homes</p></div>
    <div class="col-md-6 team-member"><h4>Mark Ellwood</h4><p>Sales manager and valuer</p></div>
    <div class="col-md-6 team-member"><h4>Jo Kerrison</h4><p>Sales progression</p></div>
    <div class="col-md-6 team-member"><h4>Lucy Pegg MARLA</h4><p>Lettings manager</p></div>
    <div class="col-md-6 team-member"><h4>Sam Dix</h4><p>Property manager</p></div>
    <div class="col-md-6 team-member"><h4>Jack Pegg</h4><p>Photographer and marketing</p></div>
    <div class="col-md-6 team-member"><h4>Brenda Cox</h4><p>Reception and viewings</p></div>
  </div>
  <h3>Part of the community</h3>
  <p>We have sponsored the Sheringham Carnival for over twenty years, support the Sheringham lifeboat station,
  and you will usually find our stand at the Cromer and Sheringham Crab and Lobster Festival in May.</p>
</div>"""

_CONTACT = """<div class="cms-content">
  <h2>Visit or call the branch</h2>
  <p>Our office is at 27 High Street, Sheringham, Norfolk NR26 8DS, halfway down the High Street between the
  clock tower and the sea.</p>
  <table class="table table-sm">
    <tr><td>Sales</td><td><a href="tel:01263822417">01263 822417</a> &middot;
      <a href="mailto:sales@peggandbartram.co.uk">sales@peggandbartram.co.uk</a></td></tr>
    <tr><td>Lettings</td><td><a href="tel:01263822418">01263 822418</a> &middot;
      <a href="mailto:lettings@peggandbartram.co.uk">lettings@peggandbartram.co.uk</a></td></tr>
  </table>
  <h3>Opening hours</h3>
  <table class="table table-sm">
    <tr><td>Monday to Friday</td><td>9.00am &ndash; 5.30pm</td></tr>
    <tr><td>Saturday</td><td>9.00am &ndash; 4.00pm</td></tr>
    <tr><td>Sunday</td><td>Closed</td></tr>
    <tr><td>Bank holidays</td><td>Closed</td></tr>
    <tr><td>Christmas</td><td>Closed from Christmas Eve, reopening on 2 January</td></tr>
  </table>
  <h3>Parking</h3>
  <p>We do not have our own car park, and parking on the High Street itself is very limited. The nearest
  pay-and-display car park is Station Approach, about two minutes' walk away. Blue Badge holders can use the
  two disabled bays on Church Street, right beside our side entrance.</p>
  <h3>By train and bus</h3>
  <p>Sheringham station, the end of the Bittern Line from Norwich, is a three-minute walk. The Coasthopper bus
  stops on Station Road.</p>
  <h3>Accessibility</h3>
  <p>The front door is step-free, we have a ground-floor meeting room and a hearing loop at reception. Well
  behaved dogs are very welcome in the office &mdash; there is always a water bowl by the door.</p>
  <div class="map-embed"><img src="/assets/img/branch-map.png" alt="Map showing 27 High Street, Sheringham"></div>
</div>"""

_FAQS = """<div class="cms-content faq-list">
  <h2>Frequently asked questions</h2>
  <h4 class="faq-question">Which areas do you cover?</h4>
  <div class="answer"><p>Sheringham, Upper Sheringham, Beeston Regis, West and East Runton, Weybourne, Cromer,
  Holt, Aylmerton and the villages within about ten miles. If your home is further away, we will happily
  recommend a good agent who knows that area.</p></div>
  <h4 class="faq-question">Can you arrange an Energy Performance Certificate?</h4>
  <div class="answer"><p>Yes. You need a valid EPC before your home is marketed. Our accredited Domestic Energy
  Assessor charges &pound;90 including VAT, and the certificate lasts ten years. If you already have one from
  the last ten years, we can use that.</p></div>
  <h4 class="faq-question">Do you sell by auction?</h4>
  <div class="answer"><p>Yes, through our partner Saltmarsh Property Auctions, who hold online auctions every
  month. Auction suits homes needing a lot of modernisation, unusual properties and sellers who want a fixed
  timescale, as buyers must exchange on the fall of the hammer and complete within 28 days. Ask Richard for a
  free auction appraisal.</p></div>
  <h4 class="faq-question">What does Sold STC mean?</h4>
  <div class="answer"><p>Sold subject to contract: an offer has been accepted, but contracts have not yet been
  exchanged, so the sale is not legally binding.</p></div>
  <h4 class="faq-question">How long does it take to sell a house?</h4>
  <div class="answer"><p>Well-priced homes here usually go under offer within eight to ten weeks, and it is
  typically another twelve to sixteen weeks from an accepted offer to completion, depending on the chain.</p>
  </div>
  <h4 class="faq-question">Do you recommend solicitors and mortgage advisers?</h4>
  <div class="answer"><p>We can, but you are free to use anyone you like. An independent adviser from Coastline
  Mortgage Services is in our office on Tuesdays and Thursdays. In the interests of transparency: we receive a
  referral fee of &pound;120 including VAT from the conveyancing firms we recommend, and a share of the
  adviser's fee if you take out a mortgage through Coastline.</p></div>
  <h4 class="faq-question">Will you buy my house or take it in part exchange?</h4>
  <div class="answer"><p>No. We are agents acting for our sellers, so we never buy property ourselves and we do
  not offer part exchange.</p></div>
</div>"""

HTML = {
    "/": _page(
        "home",
        "Estate agents in Sheringham",
        "Independent family-run estate and letting agents in Sheringham, Norfolk, since 1978.",
        _HOME,
        sidebar=False,
    ),
    "/valuations/": _page(
        "valuations", "Valuations", "Book a free, no-obligation valuation of your North Norfolk home.", _VALUATIONS
    ),
    "/selling-fees/": _page(
        "selling-fees", "Our selling fees", "Sole agency, joint and multi-agency fees and terms.", _FEES
    ),
    "/marketing-your-home/": _page(
        "marketing", "How we market your home", "Photography, floorplans, portals and extras.", _MARKETING
    ),
    "/viewings/": _page("viewings", "Booking a viewing", "Accompanied viewings and live video tours.", _VIEWINGS),
    "/making-an-offer/": _page(
        "making-an-offer", "Making an offer", "How to make an offer and what we need from buyers.", _OFFER
    ),
    "/leasehold-and-retirement-flats/": _page(
        "leasehold",
        "Leasehold & retirement flats",
        "Selling a leasehold or retirement apartment in Sheringham and Cromer.",
        _LEASEHOLD,
    ),
    "/probate-sales/": _page(
        "probate", "Probate & executor sales", "Selling a property as an executor or administrator.", _PROBATE
    ),
    "/second-homes-and-holiday-lets/": _page(
        "second-homes",
        "Second homes & holiday lets",
        "Buying or selling a second home or holiday let on the North Norfolk coast.",
        _SECOND,
    ),
    "/lettings/": _page("lettings", "Landlord services & fees", "Let only, rent collection and management.", _LETTINGS),
    "/tenant-applications/": _page(
        "tenant-applications", "Applying for a property", "Holding deposits, referencing and tenant fees.", _APPLY
    ),
    "/deposits/": _page("deposits", "Tenancy deposits", "How your deposit is protected and returned.", _DEPOSITS),
    "/pets/": _page("pets", "Renting with pets", "Our approach to pets in rented homes.", _PETS),
    "/repairs-and-maintenance/": _page(
        "repairs", "Reporting a repair", "Report a repair, emergencies out of hours, damp and mould.", _REPAIRS
    ),
    "/complaints/": _page("complaints", "Complaints procedure", "How to raise a complaint with us.", _COMPLAINTS),
    "/about-us/": _page("about", "Our family & team", "Three generations of the Pegg and Bartram families.", _ABOUT),
    "/contact/": _page("contact", "Contact us", "Find our Sheringham branch, opening hours and parking.", _CONTACT),
    "/faqs/": _page("faqs", "FAQs", "Answers to common questions about buying and selling with us.", _FAQS),
}

QUESTIONS = [
    ("Do I have to pay for someone to come round and tell me what my house is worth?", "/valuations/"),
    (
        "I put our postcode into the instant valuation thing on your website and it came up with £340k, "
        "is that what you'd market it at",
        "/valuations/",
    ),
    ("whats your commission", "/selling-fees/"),
    (
        "If we sign up with you, how long are we stuck with you before we could go to another agent if it's "
        "not working out?",
        "/selling-fees/",
    ),
    (
        "Our garden backs onto the golf course and you can see the sea from the top of it - can you get photos "
        "from up in the air to show that off?",
        "/marketing-your-home/",
    ),
    (
        "We live in Leicester and can't get over until half term, but we really like the look of a flat you've "
        "got on. Is there any way of seeing it sooner?",
        "/viewings/",
    ),
    (
        "Hi, we'd like to put an offer in on the cottage on Beeston Road. What do you need from us before you "
        "pass it on?",
        "/making-an-offer/",
    ),
    (
        "You've told us there's another couple interested and asked for our best and final - what does that "
        "actually mean and do we just get told the highest?",
        "/making-an-offer/",
    ),
    (
        "Dad's flat is in one of those over-60s blocks near the seafront. Can anyone buy it or does it have to be "
        "an older person?",
        "/leasehold-and-retirement-flats/",
    ),
    (
        "The management company want over £300 for some 'pack' now we're selling my flat, what on earth is that "
        "and do I really have to pay it",
        "/leasehold-and-retirement-flats/",
    ),
    (
        "My aunt passed away in March and we're still waiting on the probate paperwork. Can we start getting her "
        "house on the market now or do we have to wait for it?",
        "/probate-sales/",
    ),
    (
        "Mum's house will be sat empty while it's up for sale and none of us live anywhere near Norfolk. Would "
        "anyone keep an eye on it?",
        "/probate-sales/",
    ),
    (
        "If we buy a little place in Sheringham just for weekends, is it true we'd have to pay double council tax?",
        "/second-homes-and-holiday-lets/",
    ),
    (
        "we're selling our holiday cottage but its booked solid till september, what happens to all the bookings??",
        "/second-homes-and-holiday-lets/",
    ),
    ("How much do you charge a landlord to look after everything for a rental house?", "/lettings/"),
    ("I'm self employed, can I still rent a place through you?", "/tenant-applications/"),
    (
        "What's this holding deposit and will I get it back if the landlord decides not to go with us?",
        "/tenant-applications/",
    ),
    (
        "The landlord wants to take £180 off my deposit for carpet cleaning. The carpet was old when I moved in "
        "and I don't think that's fair",
        "/deposits/",
    ),
    ("can I rent with 2 cats", "/pets/"),
    ("boiler's packed up at 9 at night, no hot water, who do i ring", "/repairs-and-maintenance/"),
    (
        "there's black mould coming up in the corner of the bedroom behind the wardrobe, what should I do",
        "/repairs-and-maintenance/",
    ),
    (
        "I'm really not happy with how our sale was handled and nobody's getting back to me. Who do I complain "
        "to, and what if that goes nowhere?",
        "/complaints/",
    ),
    ("Where can I park when I come in to drop the keys off?", "/contact/"),
    (
        "Are you still a proper local family firm or have you been bought out by one of the big chains?",
        "/about-us/",
    ),
    (
        "do u do auctions? mums bungalow needs a lot doing to it and we just want it gone quickly",
        "/faqs/",
    ),
]

OUT_OF_SCOPE = [
    "Do you handle commercial property? We want to sell the lease on our fish and chip shop.",
    "Do you offer guaranteed rent for landlords, where you pay me every month even if the house is empty?",
    "Can you sell a shared ownership flat? I own 50% and the housing association owns the rest.",
    "Do you sell park homes? My mum has one on a site near Cromer.",
    "Can you recommend a removals firm to move us up from Luton?",
    "Which primary school catchment is the Upper Sheringham end of town in?",
    "What time does the steam train to Holt leave on a Saturday?",
    "Are dogs allowed on Sheringham beach in August?",
]
