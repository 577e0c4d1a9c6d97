"""An evaluation site: Ferris & Vale Property, an independent estate and letting agent in Bishopston, Bristol (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a property-software
agency template: a Bootstrap 4 grid, a navbar-expand-lg header with dropdown menus, a sticky "Book a valuation"
bar, a property-search widget in the sidebar of some pages and a footer with Propertymark and redress badges.
"""

NAME = "Ferris & Vale Property"

_HEAD = """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>__TITLE__ | Ferris &amp; Vale Property</title>
<meta name="description" content="__DESC__">
<meta property="og:site_name" content="Ferris &amp; Vale Property">
<meta property="og:title" content="__TITLE__">
<meta name="theme-color" content="#1d3b53">
<link rel="canonical" href="https://www.ferrisandvale.co.uk__PATH__">
<link rel="icon" href="/assets/img/favicon.png">
<link rel="stylesheet" href="/assets/vendor/bootstrap-4.6.2/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/vendor/fontawesome/css/all.min.css">
<link rel="stylesheet" href="/assets/css/agent-theme.css?v=3.8.1">
<link rel="stylesheet" href="/assets/css/custom.css?v=1712">
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date()); gtag('config', 'G-FV0B1ST0L');
</script>
</head>
<body class="page-template __BODYCLASS__">
<div id="cookie-notice" class="cookie-bar alert alert-dark fixed-bottom mb-0" role="dialog">
  <div class="container d-flex align-items-center justify-content-between">
    <p class="mb-0 small">We use cookies to remember your property searches and to see how our website is used.
      Read our <a href="#" class="text-white">privacy &amp; cookie notice</a>.</p>
    <div><a href="#" class="btn btn-sm btn-light cookie-accept">Accept all</a>
      <a href="#" class="btn btn-sm btn-outline-light cookie-settings">Settings</a></div>
  </div>
</div>
<div class="topbar bg-navy text-white small d-none d-md-block">
  <div class="container"><div class="row">
    <div class="col-md-6"><i class="fa fa-phone"></i> <a href="tel:01174960123">0117 496 0123</a>
      &nbsp;|&nbsp; <i class="fa fa-envelope"></i>
      <a href="mailto:hello@ferrisandvale.co.uk">hello@ferrisandvale.co.uk</a></div>
    <div class="col-md-6 text-right"><a href="/tenants/reporting-repairs/">Tenant? Report a repair</a>
      &nbsp;|&nbsp; <a href="#">Landlord log in</a> &nbsp;|&nbsp; <a href="#">Vendor log in</a></div>
  </div></div>
</div>
<header class="site-header sticky-top bg-white shadow-sm">
<nav class="navbar navbar-expand-lg navbar-light main-nav">
  <div class="container">
    <a class="navbar-brand" href="/"><img src="/assets/img/ferris-vale-logo.svg" alt="Ferris &amp; Vale Property"
      width="190" height="48"></a>
    <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainNav"
      aria-controls="mainNav" aria-expanded="false" aria-label="Toggle navigation">
      <span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse" id="mainNav">
      <ul class="navbar-nav ml-auto">
        <li class="nav-item"><a class="nav-link" href="/">Home</a></li>
        <li class="nav-item dropdown">
          <a class="nav-link dropdown-toggle" href="#" id="ddSell" role="button" data-toggle="dropdown">Selling</a>
          <div class="dropdown-menu mega-menu" aria-labelledby="ddSell">
            <h6 class="dropdown-header">Sellers</h6>
            <a class="dropdown-item" href="/sellers/free-valuation/">Free valuation</a>
            <a class="dropdown-item" href="/sellers/fees-and-terms/">Selling fees &amp; terms</a>
            <a class="dropdown-item" href="/sellers/marketing-your-home/">How we market your home</a>
            <a class="dropdown-item" href="/sellers/viewings-offers-sale-progression/">Viewings, offers &amp;
              sale progression</a>
          </div>
        </li>
        <li class="nav-item dropdown">
          <a class="nav-link dropdown-toggle" href="#" id="ddBuy" role="button" data-toggle="dropdown">Buying</a>
          <div class="dropdown-menu mega-menu" aria-labelledby="ddBuy">
            <h6 class="dropdown-header">Buyers</h6>
            <a class="dropdown-item" href="/buyers/">Register, view &amp; make an offer</a>
            <a class="dropdown-item" href="/buyers/mortgage-advice/">Mortgage advice</a>
          </div>
        </li>
        <li class="nav-item dropdown">
          <a class="nav-link dropdown-toggle" href="#" id="ddLand" role="button" data-toggle="dropdown">Landlords</a>
          <div class="dropdown-menu mega-menu" aria-labelledby="ddLand">
            <h6 class="dropdown-header">Landlords</h6>
            <a class="dropdown-item" href="/landlords/services-and-fees/">Services &amp; fees</a>
            <a class="dropdown-item" href="/landlords/safety-and-compliance/">Safety certificates &amp;
              compliance</a>
            <a class="dropdown-item" href="/landlords/hmo-licensing/">HMO licensing</a>
          </div>
        </li>
        <li class="nav-item dropdown">
          <a class="nav-link dropdown-toggle" href="#" id="ddTen" role="button" data-toggle="dropdown">Tenants</a>
          <div class="dropdown-menu mega-menu" aria-labelledby="ddTen">
            <h6 class="dropdown-header">Tenants</h6>
            <a class="dropdown-item" href="/tenants/how-to-apply/">How to apply</a>
            <a class="dropdown-item" href="/tenants/deposits-and-fees/">Deposits &amp; permitted fees</a>
            <a class="dropdown-item" href="/tenants/reporting-repairs/">Reporting repairs</a>
            <a class="dropdown-item" href="/tenants/ending-your-tenancy/">Ending your tenancy</a>
          </div>
        </li>
        <li class="nav-item dropdown">
          <a class="nav-link dropdown-toggle" href="#" id="ddAbout" role="button" data-toggle="dropdown">About</a>
          <div class="dropdown-menu dropdown-menu-right" aria-labelledby="ddAbout">
            <a class="dropdown-item" href="/about/">About us &amp; the team</a>
            <a class="dropdown-item" href="/complaints/">Complaints &amp; redress</a>
            <a class="dropdown-item" href="/faq/">FAQs</a>
          </div>
        </li>
        <li class="nav-item"><a class="nav-link" href="/contact/">Contact</a></li>
      </ul>
      <a href="/sellers/free-valuation/" class="btn btn-gold ml-lg-3 d-none d-lg-inline-block">Book a valuation</a>
    </div>
  </div>
</nav>
</header>
<div class="sticky-valuation-bar fixed-bottom d-lg-none">
  <div class="container d-flex justify-content-between align-items-center">
    <span>What&rsquo;s your home worth?</span>
    <a href="/sellers/free-valuation/" class="btn btn-gold btn-sm">Book a valuation</a>
  </div>
</div>
"""

_BANNER = """<section class="page-banner" style="background-image:url('/assets/img/banners/__IMG__.jpg')">
  <div class="container"><div class="row"><div class="col-12">
    <h1 class="page-title">__H1__</h1>
    <nav aria-label="breadcrumb"><ol class="breadcrumb">
      <li class="breadcrumb-item"><a href="/">Home</a></li>
      <li class="breadcrumb-item active" aria-current="page">__H1__</li>
    </ol></nav>
  </div></div></div>
</section>
"""

_SEARCH_WIDGET = """<aside class="col-md-4 sidebar">
  <div class="widget widget-property-search card mb-4">
    <div class="card-header bg-navy text-white"><h3 class="h5 mb-0">Property search</h3></div>
    <div class="card-body">
      <form class="property-search-form" method="get" action="#">
        <div class="btn-group btn-group-toggle d-flex mb-3" data-toggle="buttons">
          <label class="btn btn-outline-navy active w-50"><input type="radio" name="department" value="sales"
            checked> Buy</label>
          <label class="btn btn-outline-navy w-50"><input type="radio" name="department" value="lettings">
            Rent</label>
        </div>
        <div class="form-group"><label for="ps-location">Area or postcode</label>
          <input id="ps-location" class="form-control" name="location" placeholder="e.g. Redland, BS6"></div>
        <div class="form-row">
          <div class="form-group col-6"><label for="ps-min">Min price</label>
            <select id="ps-min" class="form-control" name="minimum_price"><option value="">No min</option>
            <option>100,000</option><option>200,000</option><option>300,000</option><option>400,000</option>
            </select></div>
          <div class="form-group col-6"><label for="ps-max">Max price</label>
            <select id="ps-max" class="form-control" name="maximum_price"><option value="">No max</option>
            <option>300,000</option><option>400,000</option><option>500,000</option><option>750,000</option>
            </select></div>
        </div>
        <div class="form-group"><label for="ps-beds">Bedrooms</label>
          <select id="ps-beds" class="form-control" name="minimum_bedrooms"><option value="">Any</option>
          <option>1+</option><option>2+</option><option>3+</option><option>4+</option></select></div>
        <button type="submit" class="btn btn-gold btn-block">Search properties</button>
      </form>
    </div>
  </div>
  <div class="widget widget-cta card bg-light mb-4"><div class="card-body text-center">
    <h3 class="h5">Thinking of selling or letting?</h3>
    <p class="small">Find out what your home could achieve with a free, no-obligation valuation.</p>
    <a href="/sellers/free-valuation/" class="btn btn-navy">Book a valuation</a>
  </div></div>
  <div class="widget widget-reviews card mb-4"><div class="card-body">
    <div class="stars text-gold">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
    <p class="small mb-1"><em>&ldquo;Straight-talking, always picked up the phone.&rdquo;</em></p>
    <p class="small text-muted mb-0">Rated 4.9/5 from 612 Google reviews</p>
  </div></div>
</aside>
"""

_FOOTER = """<section class="footer-badges bg-light py-4 border-top">
  <div class="container"><div class="row align-items-center text-center">
    <div class="col-6 col-md-2"><img src="/assets/img/badges/propertymark-arla.png" alt="ARLA Propertymark Protected"
      class="img-fluid"></div>
    <div class="col-6 col-md-2"><img src="/assets/img/badges/propertymark-naea.png" alt="NAEA Propertymark Protected"
      class="img-fluid"></div>
    <div class="col-6 col-md-2"><img src="/assets/img/badges/tpo.png" alt="The Property Ombudsman"
      class="img-fluid"></div>
    <div class="col-6 col-md-2"><img src="/assets/img/badges/cmp.png" alt="Client Money Protect"
      class="img-fluid"></div>
    <div class="col-6 col-md-2"><img src="/assets/img/badges/dps.png" alt="Deposit Protection Service member"
      class="img-fluid"></div>
    <div class="col-6 col-md-2"><img src="/assets/img/badges/rightmove.png" alt="Rightmove" class="img-fluid"></div>
  </div></div>
</section>
<footer class="site-footer bg-navy text-white pt-5 pb-4">
  <div class="container"><div class="row">
    <div class="col-md-4 mb-4">
      <img src="/assets/img/ferris-vale-logo-white.svg" alt="Ferris &amp; Vale" width="160">
      <p class="small mt-3">Independent estate and letting agent on Gloucester Road, selling and letting homes
        across Bristol since 2009.</p>
      <ul class="list-inline social">
        <li class="list-inline-item"><a href="https://www.facebook.com/ferrisandvale">Facebook</a></li>
        <li class="list-inline-item"><a href="https://www.instagram.com/ferrisandvale">Instagram</a></li>
        <li class="list-inline-item"><a href="https://www.linkedin.com/company/ferris-vale-property">LinkedIn</a></li>
      </ul>
    </div>
    <div class="col-md-2 mb-4"><h4 class="h6 text-gold">Sellers &amp; buyers</h4>
      <ul class="list-unstyled small">
        <li><a href="/sellers/free-valuation/">Free valuation</a></li>
        <li><a href="/sellers/fees-and-terms/">Selling fees</a></li>
        <li><a href="/sellers/marketing-your-home/">Marketing</a></li>
        <li><a href="/sellers/viewings-offers-sale-progression/">Sale progression</a></li>
        <li><a href="/buyers/">Buyers</a></li>
        <li><a href="/buyers/mortgage-advice/">Mortgages</a></li>
      </ul></div>
    <div class="col-md-2 mb-4"><h4 class="h6 text-gold">Lettings</h4>
      <ul class="list-unstyled small">
        <li><a href="/landlords/services-and-fees/">Landlord fees</a></li>
        <li><a href="/landlords/safety-and-compliance/">Compliance</a></li>
        <li><a href="/landlords/hmo-licensing/">HMOs</a></li>
        <li><a href="/tenants/how-to-apply/">Apply to rent</a></li>
        <li><a href="/tenants/deposits-and-fees/">Tenant fees</a></li>
        <li><a href="/tenants/reporting-repairs/">Repairs</a></li>
        <li><a href="/tenants/ending-your-tenancy/">Moving out</a></li>
      </ul></div>
    <div class="col-md-4 mb-4"><h4 class="h6 text-gold">Visit us</h4>
      <address class="small">Ferris &amp; Vale Property<br>147 Gloucester Road, Bishopston<br>Bristol BS7 8BA</address>
      <p class="small mb-1"><a href="tel:01174960123">0117 496 0123</a> &middot;
        <a href="mailto:hello@ferrisandvale.co.uk">hello@ferrisandvale.co.uk</a></p>
      <p class="small">Mon&ndash;Fri 9am&ndash;6pm &middot; Sat 9am&ndash;4pm &middot; Sun closed</p>
      <p class="small"><a href="/about/">About</a> &middot; <a href="/complaints/">Complaints</a> &middot;
        <a href="/faq/">FAQs</a> &middot; <a href="/contact/">Contact</a></p>
    </div>
  </div>
  <hr class="border-secondary">
  <div class="row small text-muted-light">
    <div class="col-md-8">&copy; 2025 Ferris &amp; Vale Property Ltd. Registered in England &amp; Wales
      no. 06893412. Registered office: 147 Gloucester Road, Bristol BS7 8BA. VAT no. GB 977 4410 26.
      Member of The Property Ombudsman and Propertymark Client Money Protection.
      <a href="#">Privacy</a> &middot; <a href="#">Cookies</a> &middot; <a href="#">Accessibility</a></div>
    <div class="col-md-4 text-md-right">Website powered by AgentPlatform Pro</div>
  </div>
  </div>
</footer>
<script src="/assets/vendor/jquery/jquery-3.6.0.min.js"></script>
<script src="/assets/vendor/bootstrap-4.6.2/js/bootstrap.bundle.min.js"></script>
<script src="/assets/js/theme.js?v=3.8.1"></script>
</body>
</html>
"""


def _page(path, title, desc, body, *, img="bristol-terrace", sidebar=False, h1=None, banner=True):
    """Wrap a page body in the shared theme header, banner, grid and footer."""
    head = (
        _HEAD.replace("__TITLE__", title)
        .replace("__DESC__", desc)
        .replace("__PATH__", path)
        .replace("__BODYCLASS__", "page" + path.replace("/", "-").rstrip("-"))
    )
    # the theme marks the current menu entry
    head = head.replace(f'class="dropdown-item" href="{path}"', f'class="dropdown-item active" href="{path}"')
    top = _BANNER.replace("__H1__", h1 or title).replace("__IMG__", img) if banner else ""
    if sidebar:
        main = (
            '<main id="content" class="site-main py-5">\n<div class="container"><div class="row">\n'
            '<div class="col-md-8 main-column">\n' + body + "\n</div>\n" + _SEARCH_WIDGET + "</div></div>\n</main>\n"
        )
    else:
        main = (
            '<main id="content" class="site-main py-5">\n<div class="container"><div class="row">\n'
            '<div class="col-md-10 offset-md-1 main-column">\n' + body + "\n</div>\n</div></div>\n</main>\n"
        )
    return head + top + main + _FOOTER


_HOME = """<section class="hero home-hero" style="background-image:url('/assets/img/hero/gloucester-road.jpg')">
  <div class="container"><div class="row"><div class="col-lg-7">
    <h1 class="display-4 text-white">Bristol&rsquo;s independent estate &amp; letting agent</h1>
    <p class="lead text-white">Selling, letting and managing homes from our office on Gloucester Road since 2009.
      No call centre, no hard sell &mdash; just people who know the streets.</p>
    <a href="/sellers/free-valuation/" class="btn btn-gold btn-lg mr-2">Book a valuation</a>
    <a href="/buyers/" class="btn btn-outline-light btn-lg">Register as a buyer</a>
  </div></div></div>
</section>
<main id="content" class="site-main">
<section class="home-search py-4 bg-navy">
  <div class="container">
    <form class="form-inline property-search-inline justify-content-center" method="get" action="#">
      <select class="form-control mr-2" name="department"><option value="sales">To buy</option>
        <option value="lettings">To rent</option></select>
      <input class="form-control mr-2" name="location" placeholder="Area, street or postcode">
      <select class="form-control mr-2" name="minimum_bedrooms"><option value="">Bedrooms</option>
        <option>1+</option><option>2+</option><option>3+</option></select>
      <button class="btn btn-gold" type="submit">Search</button>
    </form>
  </div>
</section>
<section class="services-panels py-5">
  <div class="container"><div class="row">
    <div class="col-md-4"><div class="panel card h-100"><div class="card-body">
      <h2 class="h4">Selling your home</h2>
      <p>Accompanied viewings, professional photography and a dedicated sale progressor who keeps your chain
        moving all the way to completion day.</p>
      <a href="/sellers/fees-and-terms/" class="stretched-link">Selling with us &rarr;</a>
    </div></div></div>
    <div class="col-md-4"><div class="panel card h-100"><div class="card-body">
      <h2 class="h4">Letting &amp; management</h2>
      <p>From finding a tenant to looking after every repair and certificate, we look after around 420 rented
        homes for local landlords.</p>
      <a href="/landlords/services-and-fees/" class="stretched-link">Landlord services &rarr;</a>
    </div></div></div>
    <div class="col-md-4"><div class="panel card h-100"><div class="card-body">
      <h2 class="h4">Renting a home</h2>
      <p>Found somewhere you like? Here&rsquo;s what happens next, from your application to moving in.</p>
      <a href="/tenants/how-to-apply/" class="stretched-link">Renting with us &rarr;</a>
    </div></div></div>
  </div></div>
</section>
<section class="featured-properties py-5 bg-light">
  <div class="container">
    <h2 class="section-title text-center mb-4">Featured properties</h2>
    <div class="row">
      <div class="col-md-4"><div class="property-card card">
        <img src="/assets/img/properties/chesterfield-rd.jpg" class="card-img-top" alt="Chesterfield Road">
        <div class="card-body"><span class="badge badge-gold">For sale</span>
          <h3 class="h5">Chesterfield Road, St Andrews, BS6</h3>
          <p class="mb-1">3 bedroom Victorian terrace</p><p class="price">Guide price &pound;575,000</p></div>
      </div></div>
      <div class="col-md-4"><div class="property-card card">
        <img src="/assets/img/properties/raleigh-rd.jpg" class="card-img-top" alt="Raleigh Road">
        <div class="card-body"><span class="badge badge-navy">To let</span>
          <h3 class="h5">Raleigh Road, Southville, BS3</h3>
          <p class="mb-1">2 bedroom first-floor flat, unfurnished</p><p class="price">&pound;1,450 pcm</p></div>
      </div></div>
      <div class="col-md-4"><div class="property-card card">
        <img src="/assets/img/properties/berkeley-rd.jpg" class="card-img-top" alt="Berkeley Road">
        <div class="card-body"><span class="badge badge-secondary">Sold STC</span>
          <h3 class="h5">Berkeley Road, Bishopston, BS7</h3>
          <p class="mb-1">4 bedroom semi-detached house</p><p class="price">Offers over &pound;650,000</p></div>
      </div></div>
    </div>
  </div>
</section>
<section class="stats-strip py-4 bg-navy text-white text-center">
  <div class="container"><div class="row">
    <div class="col-6 col-md-3"><span class="h2 d-block">16</span>years on Gloucester Road</div>
    <div class="col-6 col-md-3"><span class="h2 d-block">420</span>homes under management</div>
    <div class="col-6 col-md-3"><span class="h2 d-block">3,800</span>registered buyers</div>
    <div class="col-6 col-md-3"><span class="h2 d-block">4.9&#9733;</span>on Google</div>
  </div></div>
</section>
<section class="testimonials py-5">
  <div class="container">
    <h2 class="section-title text-center mb-4">What our clients say</h2>
    <div class="row">
      <div class="col-md-4"><blockquote class="testimonial">
        <p>&ldquo;Sold our flat in Cotham in three weeks. Priya chased the solicitors so we didn&rsquo;t have
          to.&rdquo;</p><footer>&mdash; Laura &amp; Ben, sellers</footer></blockquote></div>
      <div class="col-md-4"><blockquote class="testimonial">
        <p>&ldquo;I live in Leeds and let my old house through them. Five years, never had to worry about a
          thing.&rdquo;</p><footer>&mdash; Mr Adeyemi, landlord</footer></blockquote></div>
      <div class="col-md-4"><blockquote class="testimonial">
        <p>&ldquo;Got our whole deposit back and the check-out was really fair. Would rent through them
          again.&rdquo;</p><footer>&mdash; Sophie, tenant</footer></blockquote></div>
    </div>
  </div>
</section>
<section class="news-teasers py-5 bg-light">
  <div class="container"><h2 class="section-title mb-4">Latest from the blog</h2>
    <div class="row">
      <div class="col-md-6"><h3 class="h6"><a href="#">Bristol house prices: our spring market update</a></h3>
        <p class="small text-muted">Posted 3 March 2025</p></div>
      <div class="col-md-6"><h3 class="h6"><a href="#">Five jobs to do before your first viewing</a></h3>
        <p class="small text-muted">Posted 12 February 2025</p></div>
    </div>
  </div>
</section>
</main>
"""

_VALUATION = """<div class="content-block">
<h2>Free, no-obligation valuation</h2>
<p>Whether you&rsquo;re ready to sell now or just curious, we&rsquo;ll come and see your home and give you an
  honest figure. There&rsquo;s no charge and no obligation to instruct us afterwards.</p>

<h3>What happens at the appointment</h3>
<p>One of our two senior valuers, Hannah Ferris or Gareth Lewis, will visit. The appointment usually takes
  <strong>45 minutes to an hour</strong>. We walk round the property with you, ask about any work you&rsquo;ve had
  done, and talk through recent sales and current competition in your street and the surrounding roads.</p>
<p>Within <strong>48 hours</strong> we&rsquo;ll email you a written valuation report with our recommended asking
  price, the price we&rsquo;d expect it to achieve, and a suggested marketing plan and timescale.</p>

<h3>When we can come</h3>
<ul>
  <li>Monday to Friday, 9am to 7pm</li>
  <li>Saturdays, 9am to 3pm</li>
</ul>
<p>Early evening slots go quickly in spring, so book a week or so ahead if you can.</p>

<h3>Why not just use an online estimate?</h3>
<p>Instant online valuations are based on automated data. They can&rsquo;t see your new kitchen, your loft
  conversion or the fact that your garden faces south, and in our experience they can be 10 to 15% out in
  either direction.</p>

<h3>Useful things to have ready</h3>
<ul>
  <li>Details of any extensions or major works, with building regulations sign-off or FENSA certificates</li>
  <li>For flats and other leaseholds: the number of years left on the lease, ground rent and service charge</li>
  <li>Your Energy Performance Certificate (EPC), if you have one</li>
  <li>A rough idea of your timescale and whether you&rsquo;ll be buying onward</li>
</ul>

<h3>Letting instead?</h3>
<p>We carry out free rental valuations too. Tick &ldquo;letting&rdquo; on the form and Daniel or Megan from
  our lettings team will come instead.</p>
</div>

<div class="valuation-form card mt-4" id="book"><div class="card-body">
  <h3 class="h4">Book your valuation</h3>
  <form method="post" action="#" class="needs-validation">
    <div class="form-row">
      <div class="form-group col-md-6"><label for="v-name">Your name</label>
        <input id="v-name" name="name" class="form-control" required></div>
      <div class="form-group col-md-6"><label for="v-phone">Phone</label>
        <input id="v-phone" name="phone" class="form-control" type="tel" required></div>
    </div>
    <div class="form-group"><label for="v-email">Email</label>
      <input id="v-email" name="email" class="form-control" type="email"></div>
    <div class="form-group"><label for="v-address">Property address and postcode</label>
      <input id="v-address" name="address" class="form-control"></div>
    <div class="form-group"><span class="d-block">I&rsquo;m thinking of</span>
      <label class="mr-3"><input type="radio" name="type" value="sale" checked> Selling</label>
      <label><input type="radio" name="type" value="let"> Letting</label></div>
    <button type="submit" class="btn btn-gold">Request my valuation</button>
  </form>
</div></div>
"""

_FEES = """<div class="content-block">
<h2>Our selling fees</h2>
<p>We don&rsquo;t believe in hidden extras. Our fee is a percentage of the final agreed sale price and is
  only payable when your sale <strong>completes</strong>. If we don&rsquo;t sell, you don&rsquo;t pay:
  <em>no sale, no fee</em>. Your solicitor normally pays us out of the sale proceeds on completion day.</p>

<div class="table-responsive">
<table class="table table-striped fees-table">
  <thead class="thead-dark"><tr><th>Type of agency</th><th>Fee + VAT</th><th>Fee including VAT</th></tr></thead>
  <tbody>
    <tr><td>Sole agency (just us)</td><td>1.2%</td><td>1.44%</td></tr>
    <tr><td>Joint sole agency (us and one other agent)</td><td>1.75%</td><td>2.1%</td></tr>
    <tr><td>Multi-agency</td><td>2%</td><td>2.4%</td></tr>
  </tbody>
</table>
</div>
<p class="small">Minimum fee &pound;2,000 + VAT (&pound;2,400 including VAT). Example: a sole agency sale at
  &pound;400,000 costs &pound;4,800 + VAT, which is &pound;5,760 including VAT.</p>

<h3>Anything to pay up front?</h3>
<p>Nothing for the standard service. If you don&rsquo;t already have a valid EPC we can arrange one through our
  accredited assessor for &pound;85 including VAT, payable to them. Our optional Premium Marketing Package is
  described on our <a href="/sellers/marketing-your-home/">marketing page</a>.</p>

<h3>Contract length and ending the agreement</h3>
<ul>
  <li>Sole agency agreements run for a minimum of <strong>12 weeks</strong> from the day your home first goes
    on the market.</li>
  <li>After the 12 weeks, either of us can end the agreement by giving <strong>14 days&rsquo; notice in
    writing</strong> (email is fine).</li>
  <li>If you take your home off the market during the first 12 weeks, we charge a withdrawal fee of
    &pound;300 + VAT (&pound;360 including VAT) to cover photography, floor plan and portal costs. There is
    no withdrawal fee after the 12 weeks.</li>
  <li>If a buyer we introduced goes on to buy your home within 6 months of the agreement ending, our fee is
    still payable, even if you sell through another agent or privately.</li>
</ul>

<h3>&ldquo;Ready, willing and able purchaser&rdquo;</h3>
<p>We don&rsquo;t use this clause. Some agents charge a fee as soon as they find a buyer prepared to exchange,
  even if you then decide not to sell. With us, the fee is only due on completion.</p>

<h3>Your right to cancel</h3>
<p>If you sign our agreement at home rather than in our office, you have a 14-day cooling-off period under the
  Consumer Contracts Regulations 2013. If you ask us to start marketing within those 14 days and later
  cancel, you may have to pay for the work we&rsquo;ve already done.</p>
<p class="small text-muted">Under the Estate Agents Act 1979 we must tell you if anyone connected with Ferris
  &amp; Vale has an interest in buying your property.</p>
</div>
"""

_MARKETING = """<div class="content-block">
<h2>How we market your home</h2>
<p>Good marketing is what gets the right buyers through the door in the first fortnight, which is when
  most homes achieve their best price. Here&rsquo;s what every seller gets as standard.</p>

<div class="row feature-grid">
  <div class="col-md-6 mb-3"><div class="feature-box">
    <h3 class="h5">Professional photography</h3>
    <p>Our in-house photographer, Tom, shoots every property with a full-frame camera and wide-angle lens
      &mdash; never a phone. We&rsquo;ll come back for twilight exterior shots when the house suits it.</p>
  </div></div>
  <div class="col-md-6 mb-3"><div class="feature-box">
    <h3 class="h5">Floor plan</h3>
    <p>A measured floor plan with total floor area in square feet and square metres, which buyers on the
      portals filter by.</p>
  </div></div>
  <div class="col-md-6 mb-3"><div class="feature-box">
    <h3 class="h5">Rightmove, Zoopla &amp; OnTheMarket</h3>
    <p>Your home goes live on all three within 24 hours of you approving the details, with a premium listing
      on Rightmove for the first 14 days.</p>
  </div></div>
  <div class="col-md-6 mb-3"><div class="feature-box">
    <h3 class="h5">Our buyer database</h3>
    <p>Before your home hits the portals we ring our best-placed buyers &mdash; chain-free, sold or mortgage
      ready &mdash; and email the details to everyone on our list of 3,800 registered buyers.</p>
  </div></div>
  <div class="col-md-6 mb-3"><div class="feature-box">
    <h3 class="h5">Social media</h3>
    <p>A short reel on Instagram and Facebook, plus a paid local advert targeted at people browsing homes in
      Bristol.</p>
  </div></div>
  <div class="col-md-6 mb-3"><div class="feature-box">
    <h3 class="h5">For sale board</h3>
    <p>Only if you want one. Some leases don&rsquo;t allow boards on flats; we&rsquo;ll check.</p>
  </div></div>
</div>

<h3>Premium Marketing Package &ndash; &pound;395 including VAT</h3>
<p>For family homes and anything unusual we recommend adding:</p>
<ul>
  <li>a narrated video walk-through and drone aerial footage (weather permitting)</li>
  <li>a printed 8-page brochure for viewings</li>
  <li>&ldquo;Featured Property&rdquo; placement on Rightmove for 4 weeks</li>
</ul>
<p>The package is paid when you instruct us and isn&rsquo;t refundable once the filming has been done.</p>

<h3>Material information</h3>
<p>National Trading Standards guidance says listings must show key facts up front: tenure, council tax band,
  price, and things like parking, broadband speed, flood risk and any restrictions on the title. We&rsquo;ll
  send you a short online questionnaire to fill in before we go live, and chase your solicitor for anything
  you&rsquo;re not sure about.</p>

<h3>Open house Saturdays and price reviews</h3>
<p>If interest is high we may suggest an open house on a Saturday morning so every buyer sees it in the same
  window. If viewings are slow after four to six weeks, we&rsquo;ll sit down with you and look honestly at the
  feedback, the photos and the price.</p>
</div>
"""

_VIEWINGS = """<div class="content-block">
<h2>Accompanied viewings</h2>
<p>Every viewing is accompanied by a member of our team, so you don&rsquo;t need to be at home or show buyers
  round yourself. We know what buyers ask and we know the answers, and we can point out the things
  that are easy to miss.</p>
<ul>
  <li>Viewings run Monday to Friday until 7pm and on Saturdays.</li>
  <li>We keep your keys in our coded key safe. Key tags carry a reference number, never your address.</li>
  <li>Before booking anyone in we check their position: whether they have a home to sell, and how they&rsquo;re
    paying.</li>
  <li>Please tell us if pets will be at home, or if you&rsquo;d like us to take off shoes.</li>
  <li>You&rsquo;ll get feedback from every viewing within 24 hours, by phone or email, and you can see all
    viewings and feedback in your online vendor portal.</li>
</ul>
<p>If you&rsquo;d rather do some viewings yourself, for example on a Sunday, that&rsquo;s fine; just let us
  know who&rsquo;s coming so we can follow up.</p>

<h2>Offers</h2>
<p>We pass on every offer we receive, however low, and confirm it to you in writing, as the law requires.
  Alongside the figure we tell you what we know about the buyer: whether they&rsquo;re chain-free, whether
  their mortgage is agreed in principle and whether we&rsquo;ve seen proof of their deposit. The decision is
  always yours. If several buyers are interested we may suggest asking for best and final offers by a set
  deadline.</p>
<p>Once you accept an offer, we mark the property &ldquo;Sold STC&rdquo;, send a memorandum of sale to both
  solicitors and complete the buyer&rsquo;s identity checks.</p>

<h2>Sale progression: from offer to keys</h2>
<p>Our sale progressor, Priya Desai, looks after your sale from the day the offer is accepted. She chases
  solicitors, lenders, surveyors and the rest of the chain, and rings you with an update every Friday
  &mdash; even when the update is &ldquo;no news yet&rdquo;.</p>
<table class="table table-sm timeline-table">
  <thead><tr><th>Stage</th><th>Typical timing</th></tr></thead>
  <tbody>
    <tr><td>Offer accepted, solicitors instructed</td><td>Week 1</td></tr>
    <tr><td>Searches, buyer&rsquo;s survey and mortgage valuation</td><td>Weeks 2&ndash;6</td></tr>
    <tr><td>Mortgage offer issued, enquiries answered</td><td>Weeks 6&ndash;10</td></tr>
    <tr><td>Exchange of contracts</td><td>Weeks 10&ndash;14</td></tr>
    <tr><td>Completion</td><td>Usually 1&ndash;2 weeks after exchange</td></tr>
  </tbody>
</table>
<p>In our experience a sale with a chain takes <strong>12 to 16 weeks</strong> from offer to completion.
  A cash buyer with nothing to sell can complete in 8 to 10 weeks. The usual holdups are leasehold management
  packs, local authority searches and renegotiation after a survey; Priya will flag these early.</p>
<p>At exchange the contracts become legally binding and a completion date is fixed. On completion day
  we release the keys once your solicitor confirms the money has arrived, usually between 12 noon and
  2pm.</p>
</div>
"""

_BUYERS = """<div class="content-block">
<h2>Register with us</h2>
<p>Most of our homes are offered to registered buyers before they appear on Rightmove. Register online or ring
  the office and tell us your budget, the areas you&rsquo;d consider and your must-haves (garden, parking, no
  stairs, walk to a school).</p>
<ul>
  <li>You&rsquo;ll get instant email alerts for new listings that match, and you can change your criteria at
    any time.</li>
  <li>Buyers who are chain-free, have sold, or have a mortgage agreement in principle go on our
    &ldquo;priority&rdquo; list and get a phone call before a property goes live.</li>
  <li>Moving to Bristol from elsewhere? Tell us when you can come down and we&rsquo;ll line up several
    viewings on the same day.</li>
</ul>
<a href="#" class="btn btn-navy mb-4">Register as a buyer</a>

<h2>Booking viewings</h2>
<p>Request a viewing from any property page or call us. All viewings are with a member of our team, and we
  can do early evenings and Saturdays. Second viewings are encouraged; bring a tape measure, try your phone
  signal and ask us for the material information pack.</p>

<h2>Making an offer</h2>
<p>When you&rsquo;re ready, phone or email the negotiator who showed you round. Please don&rsquo;t make offers to
  the seller directly at a viewing. To put your offer forward we&rsquo;ll need:</p>
<ol>
  <li>the amount and any conditions (for example your preferred moving date, or items you&rsquo;d like
    included);</li>
  <li>your position: first-time buyer, nothing to sell, your home under offer, or your home on the
    market;</li>
  <li>a mortgage agreement in principle, or proof of cash funds if you&rsquo;re not borrowing;</li>
  <li>proof of your deposit, such as a recent bank statement;</li>
  <li>your solicitor&rsquo;s details, if you have one already.</li>
</ol>
<p>We pass every offer to the seller. We can&rsquo;t tell you what other buyers have offered, but we will tell
  you if there are other offers, and if the seller asks for best and final offers we&rsquo;ll give everyone the
  same deadline.</p>

<h3>Identity checks</h3>
<p>Money laundering regulations mean that once your offer is accepted we have to verify your identity and
  where your deposit is coming from. We do this with a quick online ID check, which costs &pound;30 including
  VAT per buyer and isn&rsquo;t refundable. Until it&rsquo;s done we can&rsquo;t issue the memorandum of sale.</p>
</div>
"""

_MORTGAGE = """<div class="content-block">
<h2>Mortgage advice with Westgate Mortgage Partners</h2>
<p>We don&rsquo;t give mortgage advice ourselves. Instead we work with <strong>Westgate Mortgage
  Partners</strong>, an independent, whole-of-market mortgage broker based in Bristol. They can search thousands
  of mortgage deals, including some you won&rsquo;t find by going to a bank directly.</p>

<h3>Who they help</h3>
<ul>
  <li><strong>First-time buyers</strong>: working out what you can borrow, getting an agreement in principle
    before you start viewing, and explaining schemes such as Lifetime ISAs and shared ownership.</li>
  <li><strong>Movers</strong>: porting your existing mortgage or finding a new deal, and timing it with your
    sale.</li>
  <li><strong>Landlords</strong>: buy-to-let and limited company mortgages.</li>
  <li><strong>Remortgages</strong>, when your current fixed rate is coming to an end.</li>
</ul>

<h3>How to see them</h3>
<p>Westgate&rsquo;s advisers are in our Gloucester Road office every <strong>Tuesday and Thursday</strong>, and
  they also offer video and phone appointments in the evenings. Ask any of our team to book you in, or use the
  form below.</p>

<h3>What it costs</h3>
<table class="table table-bordered">
  <tbody>
    <tr><th scope="row">First consultation</th><td>Free, with no obligation</td></tr>
    <tr><th scope="row">Broker fee (residential)</th><td>&pound;499, payable when your mortgage offer is
      issued</td></tr>
    <tr><th scope="row">Broker fee (buy-to-let, limited company or complex income)</th><td>&pound;699, payable
      when your mortgage offer is issued</td></tr>
  </tbody>
</table>
<p>Westgate also normally receives commission from the lender. They&rsquo;ll give you full details of their
  fees in writing before you commit to anything.</p>

<h3>Our referral fee</h3>
<p>Ferris &amp; Vale receives a referral fee from Westgate when we introduce you and you take out a mortgage
  through them. In 2024 the average fee we received was &pound;220 per completed mortgage. You are under
  no obligation to use Westgate, and choosing another broker won&rsquo;t affect how we treat your offer.</p>

<p class="risk-warning border p-3 small"><strong>Your home may be repossessed if you do not keep up
  repayments on your mortgage.</strong> Westgate Mortgage Partners Ltd is authorised and regulated by the
  Financial Conduct Authority, FRN 815523.</p>
<a href="#" class="btn btn-gold">Book a free mortgage appointment</a>
</div>
"""

_LANDLORD_FEES = """<div class="content-block">
<h2>Landlord services &amp; fees</h2>
<p>We offer three levels of service. All fees below are shown with and without VAT, and are taken from the
  rent unless we agree otherwise.</p>

<div class="table-responsive">
<table class="table table-bordered service-comparison">
  <thead class="thead-dark">
    <tr><th></th><th>Tenant Find</th><th>Rent Collection</th><th>Fully Managed</th></tr>
  </thead>
  <tbody>
    <tr><th scope="row">Fee</th>
      <td>75% of one month&rsquo;s rent + VAT (90% incl. VAT), minimum &pound;600 + VAT (&pound;720)</td>
      <td>8% of monthly rent + VAT (9.6% incl. VAT)</td>
      <td>12% of monthly rent + VAT (14.4% incl. VAT)</td></tr>
    <tr><th scope="row">Set-up fee</th><td>&ndash;</td><td>&pound;400 + VAT (&pound;480)</td>
      <td>&pound;400 + VAT (&pound;480)</td></tr>
    <tr><th scope="row">Rental valuation, marketing &amp; accompanied viewings</th><td>&#10003;</td>
      <td>&#10003;</td><td>&#10003;</td></tr>
    <tr><th scope="row">Referencing, Right to Rent checks &amp; tenancy agreement</th><td>&#10003;</td>
      <td>&#10003;</td><td>&#10003;</td></tr>
    <tr><th scope="row">Collect rent, chase arrears, monthly statements</th><td>&ndash;</td><td>&#10003;</td>
      <td>&#10003;</td></tr>
    <tr><th scope="row">Deposit registration</th><td>&pound;30 + VAT (&pound;36)</td><td>&#10003;</td>
      <td>&#10003;</td></tr>
    <tr><th scope="row">Repairs and maintenance with our approved contractors</th><td>&ndash;</td><td>&ndash;</td>
      <td>&#10003;</td></tr>
    <tr><th scope="row">24-hour emergency line for your tenants</th><td>&ndash;</td><td>&ndash;</td>
      <td>&#10003;</td></tr>
    <tr><th scope="row">Two property inspections a year with photo report</th><td>&ndash;</td><td>&ndash;</td>
      <td>&#10003;</td></tr>
    <tr><th scope="row">Certificate reminders and booking</th><td>&ndash;</td><td>&ndash;</td>
      <td>&#10003;</td></tr>
    <tr><th scope="row">Check-out and deposit negotiation</th><td>&ndash;</td><td>&ndash;</td>
      <td>&#10003;</td></tr>
  </tbody>
</table>
</div>

<h3>Which one is right for me?</h3>
<p><strong>Tenant Find</strong> suits landlords who live locally and want to deal with the tenant themselves
  once they&rsquo;ve moved in. With <strong>Rent Collection</strong> we handle the money, but repairs, boiler
  breakdowns and access for contractors stay with you. With <strong>Fully Managed</strong> your tenants call
  us, not you: we arrange the plumber, chase the certificates and do the inspections.</p>

<h3>Other fees</h3>
<table class="table table-sm table-striped">
  <thead><tr><th>Item</th><th>Fee + VAT</th><th>Incl. VAT</th></tr></thead>
  <tbody>
    <tr><td>Inventory and check-in (studio / 1 bed)</td><td>&pound;120</td><td>&pound;144</td></tr>
    <tr><td>Inventory and check-in (2&ndash;3 bed)</td><td>&pound;160</td><td>&pound;192</td></tr>
    <tr><td>Inventory and check-in (4+ bed)</td><td>&pound;210</td><td>&pound;252</td></tr>
    <tr><td>Tenancy renewal (new agreement)</td><td>&pound;95</td><td>&pound;114</td></tr>
    <tr><td>Preparing and serving a possession notice</td><td>&pound;100</td><td>&pound;120</td></tr>
    <tr><td>Attending court or tribunal, per hour</td><td>&pound;60</td><td>&pound;72</td></tr>
    <tr><td>Managing works over &pound;1,000 (Fully Managed)</td><td>8% of net cost</td>
      <td>9.6% of net cost</td></tr>
    <tr><td>Annual HMRC return for non-resident landlords</td><td>&pound;100</td><td>&pound;120</td></tr>
  </tbody>
</table>

<h3>Rent and legal protection</h3>
<p>Fully Managed and Rent Collection landlords can add rent guarantee and legal expenses insurance from
  &pound;24 a month, provided the tenant passes full referencing.</p>
<p class="small text-muted">Client money is held in a designated client account and protected by Propertymark
  Client Money Protection. A copy of our certificate is available on request.</p>
</div>
"""

_COMPLIANCE = """<div class="content-block">
<h2>Safety certificates &amp; compliance</h2>
<p>There are more than 170 laws and regulations that apply to letting a home in England. Councils can issue
  civil penalties of up to &pound;30,000 per offence, so it pays to get the basics right. Here are the main
  ones. On our Fully Managed service we track every expiry date and book the work for you.</p>

<div class="compliance-list">
  <div class="compliance-item card mb-3"><div class="card-body">
    <h3 class="h5">Gas safety certificate (CP12)</h3>
    <p>Every gas appliance, flue and pipework you provide must be checked by a Gas Safe registered engineer
      <strong>every 12 months</strong>. Tenants must be given a copy before they move in, and existing
      tenants within 28 days of each check. Keep records for at least two years. We book the renewal ten
      months after the last check so there&rsquo;s never a gap.</p>
  </div></div>
  <div class="compliance-item card mb-3"><div class="card-body">
    <h3 class="h5">Electrical safety (EICR)</h3>
    <p>The electrical installation must be inspected and tested by a qualified electrician <strong>at least
      every five years</strong>, or sooner if the report says so. Tenants get a copy within 28 days, and any
      remedial work flagged as C1, C2 or FI must be done within 28 days. Appliances you supply should be
      PAT tested; we recommend this at the start of each tenancy.</p>
  </div></div>
  <div class="compliance-item card mb-3"><div class="card-body">
    <h3 class="h5">Energy Performance Certificate</h3>
    <p>A rented home needs a valid EPC rated <strong>E or above</strong>, unless a registered exemption applies.
      An EPC lasts ten years and must be given to tenants before they sign.</p>
  </div></div>
  <div class="compliance-item card mb-3"><div class="card-body">
    <h3 class="h5">Smoke and carbon monoxide alarms</h3>
    <p>You need a smoke alarm on every storey used as living accommodation, and a carbon monoxide alarm in any
      room with a fixed combustion appliance, including gas boilers (but not gas cookers). Alarms must be
      tested on the first day of the tenancy and repaired or replaced as soon as a fault is reported.</p>
  </div></div>
  <div class="compliance-item card mb-3"><div class="card-body">
    <h3 class="h5">Legionella risk assessment</h3>
    <p>Landlords must assess the risk from Legionella in the water system. For most flats and houses this is a
      simple assessment, renewed when the system changes or every two years as good practice.</p>
  </div></div>
  <div class="compliance-item card mb-3"><div class="card-body">
    <h3 class="h5">Furniture and paperwork</h3>
    <p>Upholstered furniture you supply must carry the fire safety label. Before the tenancy starts, tenants
      must receive the government&rsquo;s <em>How to Rent</em> guide, the EPC and the gas safety certificate,
      and the deposit must be protected with the prescribed information served.</p>
  </div></div>
</div>

<h3>Certificates we can arrange</h3>
<table class="table table-sm">
  <thead><tr><th>Certificate</th><th>Price incl. VAT (typical)</th></tr></thead>
  <tbody>
    <tr><td>Gas safety check (one boiler, one hob)</td><td>&pound;78</td></tr>
    <tr><td>EICR (up to 3 bedrooms)</td><td>&pound;180</td></tr>
    <tr><td>Legionella risk assessment</td><td>&pound;72</td></tr>
    <tr><td>PAT testing (up to 10 items)</td><td>&pound;60</td></tr>
  </tbody>
</table>
<p>Letting a shared house? There are extra rules: see <a href="/landlords/hmo-licensing/">HMO
  licensing</a>.</p>
</div>
"""

_HMO = """<div class="content-block">
<h2>HMO licensing in Bristol</h2>
<p>A house in multiple occupation (HMO) is a property let to <strong>three or more people who form more than
  one household</strong> and share a kitchen, bathroom or toilet. A group of students or young professional
  sharers almost always counts. A couple counts as one household; so does a family.</p>

<h3>Do I need a licence?</h3>
<ul>
  <li><strong>Mandatory licensing</strong> (all of England): any HMO with <strong>five or more</strong>
    occupiers from two or more households, whatever the number of storeys.</li>
  <li><strong>Additional licensing</strong> (Bristol City Council): smaller HMOs with <strong>three or
    four</strong> occupiers also need a licence in designated wards, including Ashley, Bishopston &amp; Ashley
    Down, Central, Cotham, Clifton, Clifton Down, Easton, Lawrence Hill, Redland, Southville and Windmill
    Hill.</li>
  <li><strong>Selective licensing</strong>: in some areas of the city even a single-household let needs a
    licence. We&rsquo;ll check your address before you market the property.</li>
</ul>
<p>A licence usually lasts up to five years. The council fee is paid in two parts (application and grant) and
  is currently over &pound;1,000 for a new HMO licence. Letting an unlicensed HMO is a criminal offence: fines
  are unlimited and tenants can claim back up to 12 months&rsquo; rent through a rent repayment order.</p>

<h3>Room sizes and facilities</h3>
<table class="table table-sm table-bordered">
  <thead><tr><th>Bedroom used by</th><th>Minimum floor area</th></tr></thead>
  <tbody>
    <tr><td>One person aged over 10</td><td>6.51 m&sup2;</td></tr>
    <tr><td>Two people aged over 10</td><td>10.22 m&sup2;</td></tr>
    <tr><td>One child aged 10 or under</td><td>4.64 m&sup2;</td></tr>
  </tbody>
</table>
<p>Rooms under 4.64 m&sup2; can&rsquo;t be used for sleeping at all. The council also sets standards for
  kitchens and bathrooms: roughly one bathroom for every five occupiers, with enough cooking, storage and
  fridge space for everyone.</p>

<h3>Fire safety</h3>
<p>Expect to need 30-minute fire doors to bedrooms and the kitchen, mains-wired interlinked smoke alarms with
  a heat detector in the kitchen, a fire blanket, and in larger houses emergency lighting on the escape
  route.</p>

<h3>Planning is separate</h3>
<p>Much of Bristol is covered by an Article 4 direction, which means you need <strong>planning
  permission</strong> to turn a family home into even a small HMO. A licence does not give you planning
  consent.</p>

<h3>Our HMO service</h3>
<ul>
  <li>Licence application, floor plans and attending the council inspection: &pound;450 + VAT
    (&pound;540 including VAT), plus the council&rsquo;s own fee.</li>
  <li>Fully managed HMOs: 14% of monthly rent + VAT (16.8% including VAT), which covers the extra inspections
    and fire safety checks a shared house needs.</li>
  <li>Student lets: joint tenancies, guarantors for each student, and summer viewings for the next academic
    year.</li>
</ul>
</div>
"""

_APPLY = """<div class="content-block">
<h2>How to apply for a property</h2>
<p>Found a home you like? Here&rsquo;s how it works, from viewing to moving in.</p>
<ol class="steps">
  <li><strong>View it.</strong> All our viewings are accompanied. Request one from the listing or call the
    lettings team.</li>
  <li><strong>Tell us you&rsquo;d like to apply.</strong> We email you a link to our online application form,
    one for each adult who will live there. The landlord sees a summary and decides whether to go ahead.</li>
  <li><strong>Pay a holding deposit</strong> to take the property off the market (see
    <a href="/tenants/deposits-and-fees/">deposits &amp; fees</a>).</li>
  <li><strong>Referencing and Right to Rent checks</strong> (below). These usually take 3 to 5 working
    days.</li>
  <li><strong>Sign your tenancy agreement</strong> electronically, pay your first month&rsquo;s rent and
    deposit, and collect your keys on move-in day.</li>
</ol>

<h3>Referencing: what we check</h3>
<p>Our referencing partner checks your identity, credit history (including CCJs and bankruptcy), employment
  and income, and gets a reference from your current landlord.</p>
<ul>
  <li><strong>Affordability:</strong> your gross annual income should be at least <strong>30 times the monthly
    rent</strong>. For &pound;1,200 a month that&rsquo;s &pound;36,000 a year. Sharers on a joint tenancy can
    combine their incomes.</li>
  <li><strong>Self-employed:</strong> we&rsquo;ll need your SA302 tax calculations for the last two years, or a
    reference from your accountant. If you&rsquo;ve been trading for less than two years you&rsquo;ll usually
    need a guarantor, or the landlord may accept some rent paid in advance.</li>
  <li><strong>Guarantors</strong> must live in the UK, earn at least 36 times the monthly rent and pass the same
    checks. If you don&rsquo;t have a UK guarantor, ask us about guarantor companies.</li>
  <li><strong>Universal Credit and housing benefit:</strong> we welcome applications from everyone and look at
    each one on its own merits.</li>
</ul>

<h3>Right to Rent</h3>
<p>By law we must check that every adult aged 18 or over who will live in the property has the right to rent
  in England, before the tenancy starts.</p>
<ul>
  <li><strong>British and Irish citizens:</strong> show us your original passport. We can also check it
    digitally through a certified identity service provider at no cost to you. No passport? Ask us about the
    other documents we can accept.</li>
  <li><strong>Everyone else, including people with a visa, eVisa or settled/pre-settled status:</strong>
    get a <strong>share code</strong> from the &ldquo;Prove your right to rent in England&rdquo; service on
    GOV.UK and send it to us with your date of birth. We do the check online.</li>
  <li>If your permission to stay is time-limited, we&rsquo;ll need to check again before it runs out.</li>
  <li>If you have an outstanding application or appeal with the Home Office, we can ask the Landlord Checking
    Service, which usually replies within two working days.</li>
</ul>
</div>
"""

_DEPOSITS = """<div class="content-block">
<h2>Holding deposits</h2>
<p>When your application is accepted in principle, we ask for a holding deposit to take the property off the
  market. It is capped by law at <strong>one week&rsquo;s rent</strong> (monthly rent &times; 12 &divide; 52).
  For a flat at &pound;1,300 a month that&rsquo;s &pound;300.</p>
<ul>
  <li>The deadline for agreeing the tenancy is <strong>15 calendar days</strong> after we receive the holding
    deposit, unless we all agree a different date in writing.</li>
  <li>If the tenancy goes ahead, the holding deposit is put towards your first month&rsquo;s rent (with your
    agreement).</li>
  <li>If the landlord decides not to go ahead, or the deadline passes through no fault of yours, we refund
    it in full <strong>within 7 days</strong>.</li>
  <li>We can keep it only if you give false or misleading information, fail a Right to Rent check, pull out,
    or don&rsquo;t take all reasonable steps to sign by the deadline. If that happens we&rsquo;ll write to you
    within 7 days explaining why.</li>
</ul>

<h2>Your tenancy deposit</h2>
<p>The security deposit is capped at <strong>five weeks&rsquo; rent</strong> where the annual rent is under
  &pound;50,000 (six weeks above that). We protect every deposit we hold with the <strong>Deposit Protection
  Service (DPS)</strong>, a government-backed custodial scheme, within 30 days of receiving it. You&rsquo;ll get
  the DPS certificate and the prescribed information by email, and you can look up your deposit on the DPS
  website with your repayment ID. If your landlord holds the deposit instead, they must protect it in the same
  way and give you the details.</p>

<h2>Permitted payments</h2>
<p>Under the Tenant Fees Act 2019 we can only ask tenants for the payments below. We never charge
  admin, referencing, inventory, check-out or renewal fees.</p>
<table class="table table-striped permitted-fees">
  <thead class="thead-dark"><tr><th>Payment</th><th>Amount</th></tr></thead>
  <tbody>
    <tr><td>Rent</td><td>As agreed in your tenancy, due monthly in advance</td></tr>
    <tr><td>Holding deposit</td><td>Maximum one week&rsquo;s rent</td></tr>
    <tr><td>Tenancy deposit</td><td>Maximum five weeks&rsquo; rent</td></tr>
    <tr><td>Late payment of rent</td><td>Interest at 3% a year above the Bank of England base rate, charged
      from the due date once rent is more than 14 days late</td></tr>
    <tr><td>Lost keys or security devices (fobs, remotes)</td><td>The actual cost of replacement, for example
      key cutting or a locksmith, with receipts provided</td></tr>
    <tr><td>Changing the tenancy at your request (e.g. swapping a sharer, adding a pet)</td><td>&pound;50
      including VAT</td></tr>
    <tr><td>Leaving early at your request</td><td>The landlord&rsquo;s reasonable costs of re-letting, plus
      rent until a new tenant moves in</td></tr>
    <tr><td>Utilities, council tax, TV licence, broadband and phone</td><td>Paid by you direct to the
      provider, unless your tenancy says otherwise</td></tr>
  </tbody>
</table>
</div>
"""

_REPAIRS = """<div class="content-block">
<h2>Reporting a repair</h2>
<div class="alert alert-danger"><strong>Smell gas?</strong> Leave the property, don&rsquo;t use switches, and
  call the National Gas Emergency Service on <a href="tel:0800111999">0800 111 999</a> straight away. Then let
  us know.</div>

<h3>Who should I tell?</h3>
<p>If we <strong>manage</strong> your home (your tenancy paperwork says &ldquo;managed by Ferris &amp;
  Vale&rdquo;), report repairs to us. If your landlord manages the property themselves, contact them directly;
  we&rsquo;re happy to give you their details if you&rsquo;ve lost them.</p>

<h3>How to report</h3>
<ul>
  <li><strong>Online repair portal</strong>, 24/7: describe the problem and upload photos or a short video.
    You&rsquo;ll get a reference number and updates by text. <a href="#" class="btn btn-sm btn-navy">Report a
    repair</a></li>
  <li>Email <a href="mailto:maintenance@ferrisandvale.co.uk">maintenance@ferrisandvale.co.uk</a></li>
  <li>Phone 0117 496 0123 and choose option 3, during office hours.</li>
</ul>

<h3>Emergencies out of hours</h3>
<p>For managed properties, our out-of-hours emergency line is <a href="tel:01174960999">0117 496 0999</a>.
  It runs from 6pm to 9am on weekdays and all day at weekends and on bank holidays. Please use it only for
  real emergencies:</p>
<ul>
  <li>no heating or no hot water at all (for example the boiler has broken down)</li>
  <li>a burst pipe or serious leak (turn off the stopcock first, usually under the kitchen sink)</li>
  <li>no electricity anywhere in the property (check your supplier&rsquo;s power cut map first)</li>
  <li>the property can&rsquo;t be locked, or a ground-floor window is broken</li>
  <li>the only toilet is blocked or broken</li>
</ul>
<p>Before calling about a boiler, check the pressure gauge (it should read between 1 and 1.5 bar), try the reset
  button, and check you have credit if you&rsquo;re on a prepayment meter. A photo of any fault code on the
  display helps the engineer bring the right part.</p>

<h3>How quickly we respond</h3>
<table class="table table-sm">
  <thead><tr><th>Priority</th><th>Examples</th><th>Target</th></tr></thead>
  <tbody>
    <tr><td>Emergency</td><td>As listed above</td><td>Attend within 4 hours to make safe</td></tr>
    <tr><td>Urgent</td><td>Fridge or oven not working, a contained leak, one radiator cold</td>
      <td>Within 48 hours</td></tr>
    <tr><td>Routine</td><td>Dripping tap, sticking door, loose tiles</td><td>Within 14 days</td></tr>
  </tbody>
</table>

<h3>Damp and mould</h3>
<p>Open trickle vents, use extractor fans when cooking and showering, and wipe away condensation in the
  mornings. If black mould keeps coming back or is spreading, report it and we&rsquo;ll inspect within 10
  working days.</p>

<h3>Your side of things</h3>
<p>Tenants look after light bulbs, test smoke alarms monthly and bleed radiators. If a callout is caused by
  misuse, for example wipes blocking a drain, the cost may be recharged. We&rsquo;ll always give you at least
  24 hours&rsquo; notice before a contractor visits, except in an emergency.</p>
</div>
"""

_ENDING = """<div class="content-block">
<h2>Ending your tenancy</h2>
<h3>How much notice do I need to give?</h3>
<ul>
  <li><strong>During a fixed term</strong> you can only leave early if your agreement has a break clause
    (ours usually allow a break after six months with two months&rsquo; notice), or if the landlord agrees to
    let you go.</li>
  <li><strong>On a rolling monthly (periodic) tenancy</strong> you must give at least <strong>one month&rsquo;s
    notice in writing</strong>, ending on the last day of a rental period. If your rent is due on the 15th,
    your notice must end on the 14th.</li>
  <li>On a joint periodic tenancy, notice from one tenant ends the tenancy for everyone, so talk to your
    housemates first.</li>
</ul>
<p>Email your notice to <a href="mailto:lettings@ferrisandvale.co.uk">lettings@ferrisandvale.co.uk</a> and
  we&rsquo;ll confirm your leaving date in writing within two working days.</p>
<p class="alert alert-info small">The Renters&rsquo; Rights Act 2025 changes the notice rules for tenants from
  1 May 2026. We&rsquo;ll write to every tenant before then to explain what it means for your tenancy.</p>

<h3>Before you move out</h3>
<ul>
  <li>Leave the property as clean as it was at the start, as recorded in your check-in inventory, allowing
    for fair wear and tear. We can&rsquo;t insist that you use professional cleaners.</li>
  <li>Remove all your belongings and rubbish, including from the loft, shed and garden.</li>
  <li>Take meter readings on your last day and tell your energy supplier, water company and Bristol City
    Council (for council tax).</li>
  <li>Set up Royal Mail redirection and send us your forwarding address.</li>
</ul>

<h3>Check-out and returning keys</h3>
<p>An independent inventory clerk carries out the check-out on your last day or the following morning,
  comparing the property with the check-in inventory. You&rsquo;re welcome to be there. Return <strong>every
  set of keys</strong>, fobs and bike-store keys to our office by <strong>12 noon on the last day of your
  tenancy</strong>. If we&rsquo;re closed, post them through the office letterbox in an envelope marked with
  your address.</p>

<h3>Getting your deposit back</h3>
<p>Within 10 working days of check-out we&rsquo;ll email you the landlord&rsquo;s proposed deductions, if any,
  with photos from the check-out report. Once you and the landlord agree, the DPS pays the money into your
  bank account, usually within 5 working days.</p>
<p>If you don&rsquo;t agree with a deduction, for example for carpet cleaning or redecorating, you can raise a
  dispute with the DPS free of charge within three months of the tenancy ending. An independent adjudicator
  looks at the evidence from both sides and decides. Landlords can&rsquo;t charge for fair wear and tear, and
  the landlord has to prove any claim.</p>
</div>
"""

_ABOUT = """<div class="content-block">
<h2>About Ferris &amp; Vale</h2>
<p>Hannah Ferris and Daniel Vale met working for a national chain and left in 2009 to open a small office on
  Gloucester Road. Sixteen years on there are eleven of us, we manage around 420 rented homes and we still
  answer our own phones. We&rsquo;re members of Propertymark (NAEA for sales, ARLA for lettings).</p>
<p>We sponsor the Bishopston Tigers under-11s, help run the Gloucester Road Christmas lights switch-on, and
  in 2024 won Gold for best estate agent in BS7 at the British Property Awards.</p>

<h2>Meet the team</h2>
<div class="row team-grid">
  <div class="col-sm-6 col-lg-4 mb-4"><div class="team-card card h-100">
    <img src="/assets/img/team/hannah.jpg" class="card-img-top" alt="Hannah Ferris">
    <div class="card-body"><h3 class="h5">Hannah Ferris MNAEA</h3><p class="role">Director &amp; senior
      valuer</p><p class="small">Twenty years selling homes in north Bristol. Runs our sales team and does
      most of our valuations.</p></div></div></div>
  <div class="col-sm-6 col-lg-4 mb-4"><div class="team-card card h-100">
    <img src="/assets/img/team/daniel.jpg" class="card-img-top" alt="Daniel Vale">
    <div class="card-body"><h3 class="h5">Daniel Vale MARLA</h3><p class="role">Director, lettings &amp;
      property management</p><p class="small">Looks after our landlords and is our go-to on licensing and
      legislation.</p></div></div></div>
  <div class="col-sm-6 col-lg-4 mb-4"><div class="team-card card h-100">
    <img src="/assets/img/team/gareth.jpg" class="card-img-top" alt="Gareth Lewis">
    <div class="card-body"><h3 class="h5">Gareth Lewis</h3><p class="role">Senior negotiator &amp;
      valuer</p><p class="small">Originally from Swansea and a Welsh speaker. Conducts most of our sales
      viewings.</p></div></div></div>
  <div class="col-sm-6 col-lg-4 mb-4"><div class="team-card card h-100">
    <img src="/assets/img/team/priya.jpg" class="card-img-top" alt="Priya Desai">
    <div class="card-body"><h3 class="h5">Priya Desai</h3><p class="role">Sale progressor</p>
      <p class="small">Former conveyancing assistant who speaks fluent Gujarati and Hindi.</p></div></div></div>
  <div class="col-sm-6 col-lg-4 mb-4"><div class="team-card card h-100">
    <img src="/assets/img/team/megan.jpg" class="card-img-top" alt="Megan Hughes">
    <div class="card-body"><h3 class="h5">Megan Hughes</h3><p class="role">Lettings negotiator</p>
      <p class="small">Shows our rental properties and guides tenants through applications.</p>
    </div></div></div>
  <div class="col-sm-6 col-lg-4 mb-4"><div class="team-card card h-100">
    <img src="/assets/img/team/jakub.jpg" class="card-img-top" alt="Jakub Nowak">
    <div class="card-body"><h3 class="h5">Jakub Nowak</h3><p class="role">Property manager</p>
      <p class="small">Co-ordinates repairs and inspections. Jakub speaks Polish and is happy to help
      Polish-speaking tenants and landlords.</p></div></div></div>
  <div class="col-sm-6 col-lg-4 mb-4"><div class="team-card card h-100">
    <img src="/assets/img/team/sian.jpg" class="card-img-top" alt="Sian Morgan">
    <div class="card-body"><h3 class="h5">Sian Morgan</h3><p class="role">Accounts &amp; client money</p>
      <p class="small">Sends landlords&rsquo; statements and makes sure rent is paid out on time.</p>
    </div></div></div>
  <div class="col-sm-6 col-lg-4 mb-4"><div class="team-card card h-100">
    <img src="/assets/img/team/tom.jpg" class="card-img-top" alt="Tom Reilly">
    <div class="card-body"><h3 class="h5">Tom Reilly</h3><p class="role">Photographer &amp; marketing</p>
      <p class="small">Takes the photos, flies the drone and edits the video tours.</p></div></div></div>
  <div class="col-sm-6 col-lg-4 mb-4"><div class="team-card card h-100">
    <img src="/assets/img/team/biscuit.jpg" class="card-img-top" alt="Biscuit the cockapoo">
    <div class="card-body"><h3 class="h5">Biscuit</h3><p class="role">Office dog</p>
      <p class="small">Head of customer greetings. Usually found under Daniel&rsquo;s desk.</p>
    </div></div></div>
</div>

<section class="testimonials-inline bg-light p-4">
  <blockquote class="mb-3">&ldquo;Jakub sorted our leaking shower the same week and explained everything in
    Polish for my dad.&rdquo; <footer>&mdash; Marta, tenant in Horfield</footer></blockquote>
  <blockquote class="mb-0">&ldquo;Hannah&rsquo;s valuation was spot on. We sold for &pound;5k over
    asking.&rdquo; <footer>&mdash; The Okafor family, Redland</footer></blockquote>
</section>
</div>
"""

_COMPLAINTS = """<div class="content-block">
<h2>Complaints procedure</h2>
<p>We work hard to get things right, but if something has gone wrong we want to hear about it and put it right
  quickly. Most problems can be sorted out with a phone call to the person dealing with you, so please try that
  first.</p>

<h3>Stage 1: tell us</h3>
<p>If that doesn&rsquo;t resolve it, email <a href="mailto:complaints@ferrisandvale.co.uk">
  complaints@ferrisandvale.co.uk</a> or write to the Office Manager at 147 Gloucester Road, Bristol BS7 8BA.
  Please include your name, the property address and what you&rsquo;d like us to do. We&rsquo;ll acknowledge
  your complaint within <strong>3 working days</strong> and send you a full written response within
  <strong>15 working days</strong>.</p>

<h3>Stage 2: director review</h3>
<p>If you&rsquo;re not happy with our response, ask for a review. A director who was not involved in the
  matter (normally Hannah Ferris for sales and Daniel Vale for lettings) will look at the whole file again and
  send you our <strong>final viewpoint letter</strong> within a further 15 working days.</p>

<h3>Going to the Property Ombudsman</h3>
<p>We are members of <strong>The Property Ombudsman (TPO)</strong>, membership number D04718. Their service is
  free and independent. You can refer your complaint to TPO if:</p>
<ul>
  <li>you&rsquo;re still unhappy after our final viewpoint letter, or</li>
  <li>more than <strong>8 weeks</strong> have passed since you first complained and we haven&rsquo;t sent our
    final viewpoint.</li>
</ul>
<p>You must contact TPO within <strong>12 months</strong> of our final viewpoint letter.</p>
<address class="border p-3">The Property Ombudsman<br>Milford House, 43&ndash;55 Milford Street<br>
  Salisbury, Wiltshire SP1 2BP<br>Tel: 01722 333306<br>Web: www.tpos.co.uk</address>

<h3>Problems with a landlord rather than with us</h3>
<p>The Ombudsman can only look at what we have or haven&rsquo;t done. If your landlord manages the home
  themselves and won&rsquo;t carry out repairs, Bristol City Council&rsquo;s private housing team can
  help.</p>

<h3>Client money and professional standards</h3>
<p>Money we hold for landlords and tenants is covered by Propertymark Client Money Protection, and as
  Propertymark members we follow their conduct and membership rules. You can also raise concerns about our
  conduct with Propertymark directly.</p>
</div>
"""

_FAQ = """<div class="content-block">
<h2>Frequently asked questions</h2>
<div class="accordion faq-accordion" id="faqAccordion">

  <div class="accordion-item">
    <button class="accordion-toggle" type="button" aria-expanded="true">Which areas do you cover?</button>
    <div class="accordion-panel"><p>We sell and let homes across the whole city, from BS1 to BS16, and in nearby
      towns including Keynsham, Portishead, Nailsea, Thornbury and Frampton Cotterell. For homes further out,
      such as in Bath or Weston-super-Mare, we&rsquo;ll happily recommend a local agent we trust.</p></div>
  </div>

  <div class="accordion-item">
    <button class="accordion-toggle" type="button" aria-expanded="false">I already have tenants through another
      agent. Can I switch to you?</button>
    <div class="accordion-panel"><p>Yes, and we do it all the time. Check the notice period in your current
      agent&rsquo;s terms first: some charge a fee if you keep a tenant they found. We handle the handover,
      including transferring the deposit to our protection scheme, collecting copies of certificates and
      introducing ourselves to your tenants. We waive our set-up fee for landlords who switch a tenanted
      property to our Fully Managed service.</p></div>
  </div>

  <div class="accordion-item">
    <button class="accordion-toggle" type="button" aria-expanded="false">What&rsquo;s the difference between
      &ldquo;guide price&rdquo; and &ldquo;offers over&rdquo;?</button>
    <div class="accordion-panel"><p>A guide price is our estimate of what the property should sell for, and
      offers within about 5% either side are worth making. &ldquo;Offers over&rdquo; means the seller expects
      offers above that figure, usually because we expect strong interest.</p></div>
  </div>

  <div class="accordion-item">
    <button class="accordion-toggle" type="button" aria-expanded="false">Can I rent with a pet?</button>
    <div class="accordion-panel"><p>Plenty of our landlords accept pets, and the listing will usually say so.
      Tell us about your pet when you apply, with its age and whether it&rsquo;s house-trained. The landlord may
      add a pet clause to the tenancy, but the deposit can&rsquo;t go over the five-week cap.</p></div>
  </div>

  <div class="accordion-item">
    <button class="accordion-toggle" type="button" aria-expanded="false">Can you recommend a conveyancing
      solicitor?</button>
    <div class="accordion-panel"><p>We work with three local conveyancing firms who know how we work and answer
      their phones. You&rsquo;re free to use any solicitor you like. If you use one of our recommended firms we
      receive a referral fee of &pound;150 + VAT from them, which doesn&rsquo;t add to your bill.</p></div>
  </div>

  <div class="accordion-item">
    <button class="accordion-toggle" type="button" aria-expanded="false">Do you sell new-build homes?</button>
    <div class="accordion-panel"><p>Yes. We work with small local developers on schemes of up to around 30
      homes, from planning stage through to selling off-plan.</p></div>
  </div>

</div>
<p class="mt-4">Can&rsquo;t find your answer? <a href="/contact/">Get in touch</a> and we&rsquo;ll come back to
  you the same day.</p>
</div>
"""

_CONTACT = """<div class="content-block">
<div class="row">
  <div class="col-md-6">
    <h2>Our office</h2>
    <address><strong>Ferris &amp; Vale Property</strong><br>147 Gloucester Road<br>Bishopston<br>Bristol
      BS7 8BA</address>
    <p>We&rsquo;re on the east side of Gloucester Road, between the Berkeley Road junction and the
      Co-op, with a navy shopfront.</p>
    <h3 class="h5">Opening hours</h3>
    <table class="table table-sm opening-hours">
      <tbody>
        <tr><td>Monday to Friday</td><td>9am &ndash; 6pm</td></tr>
        <tr><td>Saturday</td><td>9am &ndash; 4pm</td></tr>
        <tr><td>Sunday and bank holidays</td><td>Closed</td></tr>
      </tbody>
    </table>
  </div>
  <div class="col-md-6">
    <h2>Phone &amp; email</h2>
    <p>Call <a href="tel:01174960123">0117 496 0123</a>: option 1 for sales, option 2 for lettings,
      option 3 for maintenance, option 4 for accounts.</p>
    <ul class="list-unstyled">
      <li>Sales: <a href="mailto:sales@ferrisandvale.co.uk">sales@ferrisandvale.co.uk</a></li>
      <li>Lettings: <a href="mailto:lettings@ferrisandvale.co.uk">lettings@ferrisandvale.co.uk</a></li>
      <li>Repairs: <a href="mailto:maintenance@ferrisandvale.co.uk">maintenance@ferrisandvale.co.uk</a></li>
      <li>Accounts: <a href="mailto:accounts@ferrisandvale.co.uk">accounts@ferrisandvale.co.uk</a></li>
    </ul>
    <p>Tenant with an emergency out of hours? See <a href="/tenants/reporting-repairs/">reporting repairs</a>.</p>
  </div>
</div>

<h2>Getting here</h2>
<div class="row">
  <div class="col-md-6">
    <h3 class="h5">By bus and train</h3>
    <p>Buses 70, 71, 72 and 75 run along Gloucester Road from the city centre; get off at the Berkeley Road
      stop, right outside. Montpelier station is a 15-minute walk.</p>
  </div>
  <div class="col-md-6">
    <h3 class="h5">Parking</h3>
    <p>We don&rsquo;t have our own car park. There are free limited-waiting bays on Gloucester Road (one hour,
      no return within one hour) and unrestricted parking on most of the side streets, such as Berkeley Road
      and Longmead Avenue. There&rsquo;s a pay and display car park behind the Co-op.</p>
  </div>
</div>
<h3 class="h5">Accessibility</h3>
<p>Our front door is step-free and we have a ground-floor meeting room. If you&rsquo;d prefer, we can meet you
  at the property or call you back at a time that suits.</p>

<div class="map-placeholder mb-4"><img src="/assets/img/office-map.png" alt="Map showing our office on
  Gloucester Road" class="img-fluid"></div>

<div class="contact-form card"><div class="card-body">
  <h3 class="h4">Send us a message</h3>
  <form method="post" action="#">
    <div class="form-row">
      <div class="form-group col-md-6"><label for="c-name">Name</label><input id="c-name" class="form-control"
        name="name"></div>
      <div class="form-group col-md-6"><label for="c-email">Email</label><input id="c-email" type="email"
        class="form-control" name="email"></div>
    </div>
    <div class="form-group"><label for="c-dept">I&rsquo;m a&hellip;</label>
      <select id="c-dept" class="form-control" name="dept"><option>Seller</option><option>Buyer</option>
      <option>Landlord</option><option>Tenant</option><option>Other</option></select></div>
    <div class="form-group"><label for="c-msg">Message</label><textarea id="c-msg" class="form-control"
      rows="4" name="message"></textarea></div>
    <button type="submit" class="btn btn-gold">Send</button>
  </form>
</div></div>
</div>
"""


def _home():
    head = (
        _HEAD.replace("__TITLE__", "Estate &amp; Letting Agent in Bristol")
        .replace(
            "__DESC__",
            "Independent estate and letting agent in Bishopston, Bristol. Sales, lettings and property management.",
        )
        .replace("__PATH__", "/")
        .replace("__BODYCLASS__", "home")
    )
    return head + _HOME + _FOOTER


HTML = {
    "/": _home(),
    "/sellers/free-valuation/": _page(
        "/sellers/free-valuation/",
        "Free Property Valuation",
        "Book a free, no-obligation sales or rental valuation of your Bristol home.",
        _VALUATION,
        img="valuation",
        sidebar=True,
    ),
    "/sellers/fees-and-terms/": _page(
        "/sellers/fees-and-terms/",
        "Selling Fees &amp; Terms",
        "Our estate agency fees and contract terms. No sale, no fee.",
        _FEES,
        img="sold-board",
    ),
    "/sellers/marketing-your-home/": _page(
        "/sellers/marketing-your-home/",
        "How We Market Your Home",
        "Professional photography, floor plans, Rightmove, Zoopla and OnTheMarket, and our buyer database.",
        _MARKETING,
        img="photography",
    ),
    "/sellers/viewings-offers-sale-progression/": _page(
        "/sellers/viewings-offers-sale-progression/",
        "Viewings, Offers &amp; Sale Progression",
        "Accompanied viewings, how we handle offers and how we progress your sale to completion.",
        _VIEWINGS,
        img="keys",
    ),
    "/buyers/": _page(
        "/buyers/",
        "Buying a Home",
        "Register with us, book viewings and make an offer on a home in Bristol.",
        _BUYERS,
        img="buyers",
        sidebar=True,
        h1="Buying with Ferris &amp; Vale",
    ),
    "/buyers/mortgage-advice/": _page(
        "/buyers/mortgage-advice/",
        "Mortgage Advice",
        "Independent whole-of-market mortgage advice through our partner Westgate Mortgage Partners.",
        _MORTGAGE,
        img="mortgage",
        sidebar=True,
    ),
    "/landlords/services-and-fees/": _page(
        "/landlords/services-and-fees/",
        "Landlord Services &amp; Fees",
        "Tenant find, rent collection and fully managed lettings services in Bristol, with our fees.",
        _LANDLORD_FEES,
        img="landlords",
    ),
    "/landlords/safety-and-compliance/": _page(
        "/landlords/safety-and-compliance/",
        "Safety Certificates &amp; Compliance",
        "Gas safety, EICR, EPC, smoke and CO alarms and other legal requirements for landlords.",
        _COMPLIANCE,
        img="compliance",
    ),
    "/landlords/hmo-licensing/": _page(
        "/landlords/hmo-licensing/",
        "HMO Licensing",
        "HMO licensing in Bristol: mandatory and additional licensing, room sizes, fire safety and our service.",
        _HMO,
        img="shared-house",
    ),
    "/tenants/how-to-apply/": _page(
        "/tenants/how-to-apply/",
        "How to Apply",
        "How to apply to rent a property with us: referencing, affordability, guarantors and Right to Rent.",
        _APPLY,
        img="tenants",
        sidebar=True,
        h1="How to Apply to Rent",
    ),
    "/tenants/deposits-and-fees/": _page(
        "/tenants/deposits-and-fees/",
        "Deposits &amp; Permitted Fees",
        "Holding deposits, tenancy deposit protection and the payments tenants can be asked for.",
        _DEPOSITS,
        img="tenants",
        h1="Holding Deposits, Tenancy Deposits &amp; Permitted Fees",
    ),
    "/tenants/reporting-repairs/": _page(
        "/tenants/reporting-repairs/",
        "Reporting Repairs",
        "How to report a repair, our out-of-hours emergency line and response times.",
        _REPAIRS,
        img="repairs",
    ),
    "/tenants/ending-your-tenancy/": _page(
        "/tenants/ending-your-tenancy/",
        "Ending Your Tenancy",
        "Giving notice, moving out, check-out and getting your deposit back.",
        _ENDING,
        img="moving",
        h1="Ending Your Tenancy &amp; Check-out",
    ),
    "/about/": _page(
        "/about/",
        "About Us &amp; Our Team",
        "Meet the Ferris &amp; Vale team, Bristol's independent estate agents since 2009.",
        _ABOUT,
        img="team",
    ),
    "/complaints/": _page(
        "/complaints/",
        "Complaints &amp; Redress",
        "Our complaints procedure and The Property Ombudsman redress scheme.",
        _COMPLAINTS,
        img="office",
    ),
    "/faq/": _page(
        "/faq/",
        "FAQs",
        "Answers to common questions from sellers, buyers, landlords and tenants.",
        _FAQ,
        img="office",
        h1="Frequently Asked Questions",
    ),
    "/contact/": _page(
        "/contact/",
        "Contact Us",
        "Find our office on Gloucester Road, Bishopston, Bristol. Opening hours, phone, email and parking.",
        _CONTACT,
        img="office",
        h1="Contact &amp; Find Us",
    ),
}

QUESTIONS = [
    (
        "Hi, we're thinking of putting the house on the market in the spring. How much do you lot take if you sell it?",
        "/sellers/fees-and-terms/",
    ),
    (
        "if i sign up with you and then change my mind after a month can i get out of it or am i stuck",
        "/sellers/fees-and-terms/",
    ),
    (
        "Does someone come round to tell us what the house is worth? And is there a charge for that?",
        "/sellers/free-valuation/",
    ),
    ("Can someone come and value my flat on a Saturday? I work all week.", "/sellers/free-valuation/"),
    (
        "Will my house go on Rightmove, and do you get proper photos done or is it just someone with a phone?",
        "/sellers/marketing-your-home/",
    ),
    (
        "I'd rather not show people round myself, I'm at work all day and the dog goes mental at strangers. "
        "Who does the viewings?",
        "/sellers/viewings-offers-sale-progression/",
    ),
    (
        "We accepted an offer on our house six weeks ago and it's all gone a bit quiet. How long does it normally "
        "take until we actually move?",
        "/sellers/viewings-offers-sale-progression/",
    ),
    (
        "I'm moving to Bristol for a new job in September. How do I get told when two bed flats come up in Redland?",
        "/buyers/",
    ),
    ("whats needed from me to put an offer in on a house i looked at yesterday", "/buyers/"),
    (
        "Do you have someone who can sort me out a mortgage? First time buyer and honestly no idea where to start",
        "/buyers/mortgage-advice/",
    ),
    (
        "I've got a flat in Southville I want to rent out. I'll look after it myself, I just need you to find "
        "someone decent. What does that cost?",
        "/landlords/services-and-fees/",
    ),
    (
        "What's the difference between your rent collection and the fully managed one? Like who sorts it if the "
        "boiler packs up?",
        "/landlords/services-and-fees/",
    ),
    (
        "How often does the gas check need doing on my rental and do I need an electrics one as well?",
        "/landlords/safety-and-compliance/",
    ),
    (
        "I'm going to let my 4 bed house in Redland to four students from the uni, do I need some kind of licence "
        "from the council",
        "/landlords/hmo-licensing/",
    ),
    (
        "I'm self employed and only been going about a year. Will I pass your checks for a flat or do I need "
        "someone to guarantee me?",
        "/tenants/how-to-apply/",
    ),
    (
        "My girlfriend is Brazilian and she's here on a visa, what does she need to show you so we can rent together?",
        "/tenants/how-to-apply/",
    ),
    (
        "They want £300 to hold the flat for us. Do we get that back if the landlord changes his mind?",
        "/tenants/deposits-and-fees/",
    ),
    ("lost my front door key, how much do you charge for a new one", "/tenants/deposits-and-fees/"),
    (
        "No hot water since last night and the boiler's flashing some error code. It's Saturday, who do I ring?",
        "/tenants/reporting-repairs/",
    ),
    (
        "We're moving out at the end of next month. How much notice do I have to give you and when do the keys "
        "need to be back?",
        "/tenants/ending-your-tenancy/",
    ),
    (
        "when will i get my deposit back after moving out? the landlord reckons I owe him for carpet cleaning and "
        "i dont agree",
        "/tenants/ending-your-tenancy/",
    ),
    (
        "I'm really fed up with how you've handled my rental. If you don't sort it out, who can I go to above you?",
        "/complaints/",
    ),
    (
        "Does anyone in your office speak Polish? My mum wants to rent somewhere and her English isn't great.",
        "/about/",
    ),
    ("Where abouts is your office and can I park near it?", "/contact/"),
    (
        "I'm with another letting agent at the moment but they're useless. Can I move my flat over to you even "
        "though the tenants are already in?",
        "/faq/",
    ),
]

OUT_OF_SCOPE = [
    "Do you manage commercial property? I've got a little shop unit on Cheltenham Road.",
    "Could you manage my flat as an Airbnb or short-term holiday let?",
    "Do you sell houses by auction? We need a quick sale.",
    "How much stamp duty will I pay on a £425,000 house as a first time buyer?",
    "Can you recommend a removals company that isn't too pricey?",
    "Are you hiring at the moment? I've got three years' experience as a lettings negotiator.",
    "Any decent pubs near your office to grab lunch after the viewing?",
    "What time do Bristol Rovers kick off on Saturday?",
]
