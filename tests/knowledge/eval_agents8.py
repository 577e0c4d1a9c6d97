"""An evaluation site: Luscombe & Hext, a family-run estate and letting agency in Exeter, Devon (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. A hand-built Bootstrap 4 agency template:
navbar with dropdown menus, jumbotron hero, container/row/col-md-8 content with a col-md-4 list-group sidebar
and contact card, cards, striped price tables, a Bootstrap 4 card/collapse accordion FAQ and a dark footer.
"""

NAME = "Luscombe & Hext Estate and Letting Agents"

_PHONE = "01392 421763"
_EMAIL = "hello@luscombehext.co.uk"

_MENU = [
    (
        "Selling",
        [
            ("/valuation/", "Free valuation"),
            ("/selling-fees/", "Selling fees"),
            ("/marketing/", "Marketing your home"),
            ("/viewings/", "Viewings"),
            ("/offers-and-sale-progression/", "Offers &amp; sale progression"),
            ("/selling-tenanted/", "Selling a tenanted property"),
        ],
    ),
    ("Buying", [("/buying/", "Buying &amp; mortgages")]),
    (
        "Landlords",
        [
            ("/landlord-fees/", "Letting &amp; management fees"),
            ("/landlord-compliance/", "Landlord compliance"),
        ],
    ),
    (
        "Tenants",
        [
            ("/renting/", "Applying to rent"),
            ("/deposits-and-rent/", "Deposits &amp; rent payments"),
            ("/repairs/", "Repairs &amp; emergencies"),
            ("/inspections-and-moving-out/", "Inspections &amp; moving out"),
        ],
    ),
    (
        "About",
        [
            ("/about/", "Meet the team"),
            ("/faq/", "FAQs"),
            ("/complaints/", "Complaints"),
            ("/contact/", "Contact &amp; opening hours"),
        ],
    ),
]

_SIDEBARS = {
    "sell": ("Selling with us", _MENU[0][1] + _MENU[1][1]),
    "let": ("Landlords &amp; tenants", _MENU[2][1] + _MENU[3][1]),
    "about": ("About us", _MENU[4][1]),
}


def _nav(path):
    items = ['<li class="nav-item"><a class="nav-link" href="/">Home</a></li>']
    for i, (label, links) in enumerate(_MENU):
        sub = "\n".join(
            f'            <a class="dropdown-item{" active" if href == path else ""}" href="{href}">{text}</a>'
            for href, text in links
        )
        items.append(
            f"""<li class="nav-item dropdown">
          <a class="nav-link dropdown-toggle" href="#" id="navDrop{i}" role="button" data-toggle="dropdown"
             aria-haspopup="true" aria-expanded="false">{label}</a>
          <div class="dropdown-menu" aria-labelledby="navDrop{i}">
{sub}
          </div>
        </li>"""
        )
    return "\n        ".join(items)


def _sidebar(kind):
    title, links = _SIDEBARS[kind]
    group = "\n".join(
        f'        <a href="{href}" class="list-group-item list-group-item-action">{text}</a>' for href, text in links
    )
    return f"""<div class="col-md-4">
    <aside class="sidebar">
      <div class="card mb-4 sidebar-links">
        <div class="card-header font-weight-bold">{title}</div>
        <div class="list-group list-group-flush">
{group}
        </div>
      </div>
      <div class="card mb-4 contact-card border-primary">
        <div class="card-body">
          <h5 class="card-title">Talk to the family</h5>
          <p class="card-text">Call <a href="tel:01392421763">{_PHONE}</a> or email
            <a href="mailto:{_EMAIL}">{_EMAIL}</a>. Or pop in &ndash; the kettle is usually on.</p>
          <a href="/valuation/" class="btn btn-primary btn-block">Book a free valuation</a>
          <a href="/contact/" class="btn btn-outline-secondary btn-block">Find our office</a>
        </div>
      </div>
    </aside>
  </div>"""


_REVIEWS = """<section class="testimonials bg-light py-5">
  <div class="container">
    <h3 class="text-center mb-4">What our customers say</h3>
    <div class="row">
      <div class="col-md-4"><div class="card h-100"><div class="card-body">
        <p class="card-text">&ldquo;Friendly, honest and always picked up the phone. We wouldn't go anywhere
          else.&rdquo;</p><footer class="blockquote-footer">Sarah &amp; Mike, St Thomas</footer>
      </div></div></div>
      <div class="col-md-4"><div class="card h-100"><div class="card-body">
        <p class="card-text">&ldquo;Our flat has been let through Luscombe &amp; Hext for nine years. Never a
          month's worry.&rdquo;</p><footer class="blockquote-footer">Mr R. Bennett, landlord</footer>
      </div></div></div>
      <div class="col-md-4"><div class="card h-100"><div class="card-body">
        <p class="card-text">&ldquo;Proper local people who know Exeter street by street. Five stars.&rdquo;</p>
        <footer class="blockquote-footer">Google review, Heavitree</footer>
      </div></div></div>
    </div>
  </div>
</section>"""


def _page(path, title, lead, body, side=None, reviews=False, description=""):
    desc = description or f"{title} - Luscombe & Hext, family-run estate and letting agents in Exeter, Devon."
    if side:
        main = f"""<div class="row">
  <div class="col-md-8">
    <article class="content-area">
{body}
    </article>
  </div>
  {_sidebar(side)}
</div>"""
    else:
        main = f"""<div class="row"><div class="col-md-12"><article class="content-area">
{body}
</article></div></div>"""
    return f"""<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
  <title>{title} | Luscombe &amp; Hext Estate and Letting Agents, Exeter</title>
  <meta name="description" content="{desc}">
  <meta property="og:site_name" content="Luscombe &amp; Hext">
  <meta property="og:title" content="{title}">
  <link rel="icon" href="/assets/img/favicon.png">
  <link rel="stylesheet" href="/assets/css/bootstrap.min.css">
  <link rel="stylesheet" href="/assets/css/fontawesome-all.min.css">
  <link rel="stylesheet" href="/assets/css/agency-theme.css">
</head>
<body class="page">
<div id="top-bar" class="bg-primary text-white small py-1">
  <div class="container d-flex justify-content-between">
    <span><i class="fas fa-phone"></i> <a class="text-white" href="tel:01392421763">{_PHONE}</a>
      &nbsp;|&nbsp; <i class="fas fa-envelope"></i> <a class="text-white" href="mailto:{_EMAIL}">{_EMAIL}</a></span>
    <span class="d-none d-md-inline">Propertymark protected &middot; The Property Ombudsman member</span>
  </div>
</div>
<header class="site-header">
  <nav class="navbar navbar-expand-lg navbar-light bg-white shadow-sm">
    <div class="container">
      <a class="navbar-brand" href="/"><img src="/assets/img/luscombe-hext-logo.png" alt="Luscombe &amp; Hext"
         height="48"> <span class="brand-tag d-none d-xl-inline">Family estate agents since 1987</span></a>
      <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainNav"
              aria-controls="mainNav" aria-expanded="false" aria-label="Toggle navigation">
        <span class="navbar-toggler-icon"></span>
      </button>
      <div class="collapse navbar-collapse" id="mainNav">
        <ul class="navbar-nav ml-auto">
        {_nav(path)}
        </ul>
        <a href="/valuation/" class="btn btn-warning ml-lg-3">Book a valuation</a>
      </div>
    </div>
  </nav>
</header>
<div class="jumbotron jumbotron-fluid page-hero mb-4">
  <div class="container">
    <h1 class="display-4">{title}</h1>
    <p class="lead">{lead}</p>
  </div>
</div>
<main class="container mb-5" id="content">
{main}
</main>
{_REVIEWS if reviews else ""}
<section class="cta-strip bg-warning py-4">
  <div class="container d-md-flex justify-content-between align-items-center">
    <h4 class="mb-2 mb-md-0">Thinking of selling or letting in Exeter?</h4>
    <a href="/valuation/" class="btn btn-dark btn-lg">Book your free valuation</a>
  </div>
</section>
<footer class="site-footer bg-dark text-white pt-5 pb-3">
  <div class="container">
    <div class="row">
      <div class="col-md-4">
        <h5>Luscombe &amp; Hext</h5>
        <address>14 Magdalen Road<br>Exeter<br>Devon EX2 4TA</address>
        <p>Tel: <a class="text-white" href="tel:01392421763">{_PHONE}</a><br>
          Email: <a class="text-white" href="mailto:{_EMAIL}">{_EMAIL}</a></p>
      </div>
      <div class="col-md-4">
        <h5>Office hours</h5>
        <ul class="list-unstyled">
          <li>Monday &ndash; Friday: 9am &ndash; 5.30pm</li>
          <li>Saturday: 9am &ndash; 4pm</li>
          <li>Sunday: closed</li>
        </ul>
      </div>
      <div class="col-md-4">
        <h5>Follow us</h5>
        <a class="text-white mr-3" href="https://www.facebook.com/luscombehext"><i class="fab fa-facebook"></i></a>
        <a class="text-white mr-3" href="https://www.instagram.com/luscombehext"><i class="fab fa-instagram"></i></a>
        <a class="text-white" href="https://www.linkedin.com/company/luscombe-hext"><i class="fab fa-linkedin"></i></a>
        <p class="small mt-3">Members of Propertymark and The Property Ombudsman.</p>
      </div>
    </div>
    <hr class="border-secondary">
    <p class="small mb-0">&copy; 2025 Luscombe &amp; Hext Ltd. Registered in England No. 02184457.
      Registered office: 14 Magdalen Road, Exeter EX2 4TA. <a class="text-white" href="/complaints/">Complaints</a>
      &middot; <a class="text-white" href="/contact/">Contact</a></p>
  </div>
</footer>
<div id="cookie-notice" class="alert alert-secondary fixed-bottom mb-0 rounded-0" role="alert">
  We use a few cookies to see which pages are useful. <button type="button" class="btn btn-sm btn-primary ml-2"
  data-dismiss="alert">OK, got it</button>
</div>
<script src="/assets/js/jquery.slim.min.js"></script>
<script src="/assets/js/bootstrap.bundle.min.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
gtag('js',new Date());gtag('config','G-LH1987EXE');</script>
</body>
</html>"""


_HOME = """<section class="intro">
  <h2>Exeter's family estate agents for nearly forty years</h2>
  <p>Peter Luscombe and Jean Hext opened a small office on Magdalen Road in 1987 with one typewriter and a
    second-hand Ford Escort. Today the business is run by their children, Clare Luscombe and Tom Hext, but it is
    still the same idea: local people, straight answers, and someone who actually answers the phone.</p>
  <p>We sell and let houses and flats across Exeter and the surrounding villages, from student-friendly terraces
    in St James to family homes in Pennsylvania and riverside flats on the Quay.</p>
</section>
<div class="row my-4">
  <div class="col-md-4"><div class="card h-100"><div class="card-body">
    <h4 class="card-title"><i class="fas fa-home"></i> Selling</h4>
    <p class="card-text">A valuation from someone who knows your street, professional marketing and a sale
      progressor who sees you through to completion.</p>
    <a href="/valuation/" class="btn btn-link">Start with a valuation &raquo;</a>
  </div></div></div>
  <div class="col-md-4"><div class="card h-100"><div class="card-body">
    <h4 class="card-title"><i class="fas fa-key"></i> Letting</h4>
    <p class="card-text">Let only, rent collection or full management. We look after more than 600 homes for
      landlords, many of whom have been with us for over a decade.</p>
    <a href="/landlord-fees/" class="btn btn-link">See landlord services &raquo;</a>
  </div></div></div>
  <div class="col-md-4"><div class="card h-100"><div class="card-body">
    <h4 class="card-title"><i class="fas fa-search"></i> Buying &amp; renting</h4>
    <p class="card-text">Tell us what you're after and we'll tell you about it first &ndash; often before it
      reaches the property portals.</p>
    <a href="/buying/" class="btn btn-link">Looking to buy &raquo;</a>
    <a href="/renting/" class="btn btn-link">Looking to rent &raquo;</a>
  </div></div></div>
</div>
<section class="stats text-center py-3">
  <div class="row">
    <div class="col-6 col-md-3"><h3>1987</h3><p>Founded on Magdalen Road</p></div>
    <div class="col-6 col-md-3"><h3>600+</h3><p>Homes managed</p></div>
    <div class="col-6 col-md-3"><h3>2</h3><p>Generations of the family</p></div>
    <div class="col-6 col-md-3"><h3>4.9&#9733;</h3><p>Average Google rating</p></div>
  </div>
</section>
<section class="latest-news">
  <h3>From the office</h3>
  <div class="card mb-3"><div class="card-body">
    <h5 class="card-title">Spring market round-up</h5>
    <p class="card-text">Family homes with gardens in Heavitree, Pennsylvania and Topsham continue to attract the
      most interest, and well-presented flats close to the station are letting within days. If you're wondering
      what your home might be worth this year, a chat costs nothing.</p>
  </div></div>
  <div class="card mb-3"><div class="card-body">
    <h5 class="card-title">We're sponsoring the Magdalen Road street fair</h5>
    <p class="card-text">Come and find the yellow gazebo, say hello to Biscuit the office spaniel and enter our
      raffle in aid of Hospiscare.</p>
  </div></div>
</section>"""

_VALUATION = """<h2>Your free, no-obligation valuation</h2>
<p>Every sale starts with a valuation visit from one of our two valuers, Clare Luscombe or Tom Hext. There is no
  charge and no obligation to instruct us afterwards. Online &ldquo;instant valuation&rdquo; tools only look at
  past sales in your postcode; they cannot see your new kitchen, your loft room or the noisy bypass at the end
  of the garden. We can.</p>
<h3>What happens at the visit</h3>
<ul>
  <li>We walk round the home with you, inside and out, and talk about your plans and timescales.</li>
  <li>We compare your home with what has actually sold nearby (not just asking prices) and with the buyers we
    have registered right now.</li>
  <li>We suggest an asking price and a marketing strategy, and explain our fees and agreement honestly.</li>
</ul>
<p>The visit usually takes 45 minutes to an hour. It helps to have to hand the dates of any extensions or
  building work, window and boiler guarantees, and for flats the lease length, service charge and ground rent.
  Your written valuation report follows by email within two working days.</p>
<p>We can visit early mornings, evenings until 7pm and on Saturdays, so you don't need to take time off work.
  Book by phone or with the form below.</p>
<h3>Rental valuations</h3>
<p>Thinking of letting instead? Tom or Ellie will tell you what rent your property should achieve, what it would
  need to meet the letting rules, and what you would take home after fees.</p>
<h3>Valuations for probate and family matters</h3>
<p>If someone has died and the executors or the solicitor need a figure for the estate, we can provide a free
  written market appraisal on our letterhead, based on three comparable local sales. This is accepted in most
  straightforward estates. Where the estate may be liable for Inheritance Tax, or if HMRC or the solicitor asks
  for a formal &ldquo;Red Book&rdquo; valuation, you will need a RICS registered valuer (a chartered surveyor);
  we are happy to pass on the names of local firms. We also do not carry out mortgage valuations, which are
  instructed by the lender.</p>
<form class="card card-body bg-light mt-4" action="#" method="post">
  <h4>Request a valuation</h4>
  <div class="form-group"><label for="v-name">Your name</label><input id="v-name" class="form-control"></div>
  <div class="form-group"><label for="v-addr">Property address</label><input id="v-addr" class="form-control"></div>
  <div class="form-group"><label for="v-type">Sales or rental?</label>
    <select id="v-type" class="form-control"><option>Sales</option><option>Rental</option></select></div>
  <button type="submit" class="btn btn-primary">Request my valuation</button>
</form>"""

_SELLING_FEES = """<h2>Our selling fees</h2>
<p>We work on a no sale, no fee basis. Our fee is only due when your sale completes and is normally paid by your
  solicitor out of the sale proceeds, so you never have to find it up front.</p>
<div class="table-responsive">
<table class="table table-striped">
  <thead class="thead-dark"><tr><th>Agreement</th><th>Fee (+VAT)</th><th>Fee inc. VAT</th></tr></thead>
  <tbody>
    <tr><td>Sole agency</td><td>1.2% of the sale price</td><td>1.44%</td></tr>
    <tr><td>Multi-agency (alongside other agents)</td><td>1.8% of the sale price</td><td>2.16%</td></tr>
    <tr><td>Minimum fee (either agreement)</td><td>&pound;1,950</td><td>&pound;2,340</td></tr>
    <tr><td>Optional premium portal listing (featured for 4 weeks)</td><td>&pound;125</td><td>&pound;150</td></tr>
  </tbody>
</table>
</div>
<p class="small text-muted">Example: a sole agency sale at &pound;325,000 costs &pound;3,900 + VAT
  (&pound;4,680 in total).</p>
<h3>How long am I tied in?</h3>
<p>Our sole agency agreement has a minimum term of 12 weeks. After that it simply continues until you tell us in
  writing that you'd like to end it, with 14 days' notice. If you want to take your home off the market during
  the first 12 weeks because your plans change, just talk to us &ndash; we don't charge withdrawal fees and we
  will not hold anyone to an agreement for the sake of it. What you cannot do during the sole agency period is
  instruct another agent at the same time.</p>
<p>Multi-agency agreements have no minimum term and can be ended at any time with 14 days' written notice.</p>
<h3>The small print, in plain English</h3>
<ul>
  <li>If a buyer we introduced goes on to buy your home within six months of our agreement ending, our fee is
    still payable. This is standard and stops buyers and sellers &ldquo;cutting out the agent&rdquo;.</li>
  <li>If you instruct another agent while a sole agency agreement is still running and sell through them, you
    may end up paying two fees. Please give notice first.</li>
  <li>You have a 14-day cancellation period if you sign the agreement at home or at a distance.</li>
</ul>"""

_MARKETING = """<h2>How we market your home</h2>
<p>Buyers decide in seconds whether to click on a listing, so we put real effort into the first impression.
  Everything below is included in our standard selling fee unless marked otherwise.</p>
<h3>Professional photography</h3>
<p>Jess Parkin, our in-house photographer, photographs every home we sell with a full-frame camera and
  wide-angle lens, and edits the images herself. She'll happily come back on a sunny day if the garden deserves
  it. Aerial drone photography is available for homes with land or a view worth showing off, for &pound;95 inc.
  VAT.</p>
<h3>Floorplans and video</h3>
<p>We laser-measure every room and produce a colour floorplan with both metric and imperial measurements.
  Homes on the market at &pound;400,000 or more also get a walk-through video tour at no extra cost; for other
  homes a video tour is &pound;75 inc. VAT.</p>
<h3>Energy Performance Certificates (EPCs)</h3>
<p>By law your home must have a valid EPC before it goes on the market. An EPC lasts ten years, and you can check
  whether yours is still valid on the government's EPC register. If it has expired or you've never had one, we
  will book an accredited local assessor for you. The assessment takes around 30 minutes, is usually done within
  three working days, and costs &pound;85 inc. VAT, payable when the certificate is issued even if you later
  decide not to sell.</p>
<h3>Where your home appears</h3>
<ul>
  <li>Rightmove, Zoopla and OnTheMarket, with your listing refreshed every fortnight.</li>
  <li>Our own website and an email alert to matching registered buyers the same day.</li>
  <li>Our Facebook and Instagram pages, and our window on Magdalen Road.</li>
  <li>A &ldquo;For Sale&rdquo; board, unless you'd rather not have one.</li>
</ul>
<h3>Getting ready for the camera</h3>
<p>Clear worktops, open the curtains, hide the bins and put cars out of the drive. Jess will move a cushion or
  two, but she is a photographer, not a cleaner!</p>"""

_VIEWINGS = """<h2>Viewings</h2>
<h3>For sellers</h3>
<p>Every viewing of a home we are selling is accompanied by a member of our team, so you don't have to be there.
  Most of our sellers work, and it is often better for buyers to look round without the owner in the room. Just
  leave us a set of keys: they're stored in our office key safe on a coded tag with no address on it, and signed
  in and out every time.</p>
<p>If you'd prefer to show people round yourself, that's fine too &ndash; we'll still arrange the appointments,
  check the buyers first and give you a few tips.</p>
<p>We call or email you with feedback from every viewing within 24 hours, good or bad.</p>
<h3>For buyers</h3>
<p>Viewings are available Monday to Saturday, including weekday evenings until 7pm by arrangement. Before we book
  a viewing we'll ask a few questions about your position: whether you have a property to sell, whether it is
  already under offer, and whether you have spoken to a mortgage lender. It isn't nosiness &ndash; our sellers
  want to know who is coming through their door.</p>
<p>If a home is likely to be very popular we sometimes run an &ldquo;open viewing&rdquo; morning on a Saturday,
  with buyers booked into 15-minute slots.</p>
<h3>Cancelling or running late</h3>
<p>Please call as soon as you can if you need to cancel or will be late. Sellers often tidy up and go out
  specially, so we do appreciate a little notice.</p>
<h3>Safety</h3>
<p>For your safety and our sellers', we ask every buyer for a name, address and phone number before an
  appointment, and our staff always carry a phone and log where they are going.</p>"""

_OFFERS = """<h2>Making an offer</h2>
<p>You can make an offer by phone, by email or in person. We are legally required to pass every offer to the
  seller promptly and in writing, and we will always tell you the outcome the same day if we can.</p>
<h3>What we'll ask for</h3>
<ul>
  <li><strong>Proof of funds.</strong> A recent bank statement or savings statement showing your deposit, or
    the full amount if you are buying without a mortgage.</li>
  <li><strong>Mortgage agreement in principle</strong> from your lender or broker.</li>
  <li><strong>Identity and anti-money-laundering checks.</strong> Estate agents are regulated by HMRC under the
    Money Laundering Regulations and must verify the identity of buyers and where their money comes from. We
    use an electronic check plus photo ID (passport or driving licence). The check costs &pound;24 inc. VAT per
    buyer and is only carried out once your offer is accepted.</li>
</ul>
<p>If several offers are received, we may ask all buyers for their &ldquo;best and final&rdquo; offer by a
  set deadline. The seller chooses; it isn't always the highest offer, as position and timing matter too.</p>
<h3>After your offer is accepted</h3>
<p>We send a memorandum of sale to both solicitors, which kicks off the conveyancing. From this point your
  file is handed to Priya Sharma, our sale progressor. Priya's whole job is to keep sales moving: she contacts
  both solicitors, the lender and every agent in the chain at least once a week, and updates you every Friday
  whether or not there is news. If things have gone quiet, call Priya directly on extension 204.</p>
<h3>Chains</h3>
<p>Most sales are part of a chain: your buyer may be selling, and their buyer may be selling too. A chain can
  only move as fast as its slowest link, so Priya maps out every link at the start and chases the whole
  chain, not just your part of it. A typical sale in Exeter takes 12 to 16 weeks from offer to completion.</p>
<h3>Exchange and completion</h3>
<p>On exchange of contracts the sale becomes legally binding and a completion date is fixed. On completion day we
  release the keys as soon as the seller's solicitor confirms the money has arrived, usually after 1pm.</p>"""

_TENANTED = """<h2>Selling a property with tenants in it</h2>
<p>Many landlords come to us wanting to sell a buy-to-let, and the tenants are still living there. There are two
  ways to go about it, and we'll help you decide which is right for you.</p>
<h3>Option 1: sell with the tenants in place</h3>
<p>You can sell to another landlord with the tenancy carrying on as it is. The tenants don't have to move out,
  the rent keeps coming in while the sale goes through, and the buyer takes over the tenancy, the deposit and
  the paperwork on completion. We keep a list of more than 400 registered investors looking for let properties
  in Exeter, and a property with a good tenant and a rent history is exactly what many of them want.</p>
<h3>Option 2: sell with vacant possession</h3>
<p>Owner-occupiers will usually pay a little more for an empty home, but you will need to end the tenancy
  lawfully first, and that can take several months. The rules on giving notice are changing, so please talk
  to Tom before serving any notice &ndash; a notice with a mistake in it can set you back to the start.</p>
<h3>Viewings in a tenanted home</h3>
<p>Tenants have the right to quiet enjoyment of their home. We give them at least 24 hours' written notice of
  each viewing, try to group viewings together, and always go to the viewing with the buyer. Some landlords
  offer tenants a small rent reduction while the home is on the market in return for keeping it tidy; in our
  experience this goes a long way.</p>
<h3>A discount for our landlords</h3>
<p>If we already manage your property, we reduce our sole agency fee by 0.25%, and we already have the
  compliance paperwork buyers' solicitors will ask for.</p>"""

_BUYING = """<h2>Buying a home through us</h2>
<h3>Register with us</h3>
<p>Registering is free and takes five minutes, by phone or by popping into the office. Tell us your budget, the
  areas you like, how many bedrooms you need and the things you can't live without (a garden for the dog, a
  parking space, walking distance to a particular school). We then send you an email alert the same day any
  matching home comes on, and we phone our best-matched buyers before a new listing goes on the portals.</p>
<p>We don't charge buyers for registering, for viewing or for our advice.</p>
<h3>Mortgages and first-time buyers</h3>
<p>If you need a mortgage, or want to know how much you could borrow, we can introduce you to Mark Daly at Exe
  Valley Mortgage Solutions. Mark is an independent, whole-of-market mortgage adviser who has worked with our
  buyers for years, and is particularly good with first-time buyers, the self-employed and people with a
  complicated income. The first appointment is free and can be in our office, at his or by video call.</p>
<p>You are under no obligation to use Mark. In the interests of transparency: if you go on to take a mortgage
  through him, we receive a referral fee of &pound;250 from Exe Valley Mortgage Solutions. It does not affect
  what you pay.</p>
<h3>Surveys</h3>
<p>Your lender's valuation is for the lender, not for you. We always recommend a RICS Level 2 survey, or a Level 3
  survey for older, altered or thatched properties &ndash; of which Devon has plenty.</p>
<h3>Solicitors</h3>
<p>You're free to choose any solicitor or licensed conveyancer. If you don't have one, ask and we'll give you
  the details of three local firms that our buyers have found quick and helpful; we receive nothing for this.</p>"""

_LANDLORD_FEES = """<h2>Letting and management fees</h2>
<p>Whether you have one flat or a portfolio, choose the level of help you want. All fees are shown with and
  without VAT.</p>
<div class="table-responsive">
<table class="table table-striped table-bordered">
  <thead class="thead-dark"><tr><th>Service</th><th>Fee (+VAT)</th><th>Fee inc. VAT</th></tr></thead>
  <tbody>
    <tr><td>Let only &ndash; we find and reference the tenant and set up the tenancy; you manage</td>
      <td>75% of the first month's rent (min. &pound;600)</td><td>90% (min. &pound;720)</td></tr>
    <tr><td>Rent collection &ndash; as let only, plus monthly rent collection and chasing arrears</td>
      <td>8% of the rent collected</td><td>9.6%</td></tr>
    <tr><td>Fully managed &ndash; everything, including repairs, inspections, compliance and check-out</td>
      <td>12% of the rent collected</td><td>14.4%</td></tr>
  </tbody>
</table>
</div>
<h3>Additional charges</h3>
<table class="table table-striped table-sm">
  <tbody>
    <tr><td>Inventory and schedule of condition</td><td>from &pound;120 + VAT (&pound;144), by size</td></tr>
    <tr><td>Tenancy renewal or rent review</td><td>&pound;90 + VAT (&pound;108)</td></tr>
    <tr><td>Deposit registration (let only and rent collection)</td><td>&pound;40 + VAT (&pound;48)</td></tr>
    <tr><td>Arranging a Gas Safety certificate</td><td>&pound;75 + VAT (&pound;90) inc. engineer</td></tr>
    <tr><td>Attending court or tribunal</td><td>&pound;60 + VAT (&pound;72) per hour</td></tr>
  </tbody>
</table>
<h3>Getting paid</h3>
<p>On our rent collection and managed services we pay the rent into your bank account within three working days
  of receiving cleared funds from the tenant, with a monthly statement by email. You'll get an annual statement
  in April to help with your tax return. If you live abroad, we operate HMRC's Non-Resident Landlord Scheme and
  can pay rent gross once HMRC approves you.</p>
<h3>No long contracts</h3>
<p>Our management agreement can be ended by either side on two months' written notice. There is no fee to switch
  from another agent to us.</p>"""

_COMPLIANCE = """<h2>Landlord compliance: what the law requires</h2>
<p>There are now more than 170 pieces of legislation affecting private landlords in England. Our fully managed
  service takes care of all of this for you; if you let only, this is your checklist.</p>
<div class="card mb-3"><div class="card-body">
  <h4 class="card-title">Before the tenant moves in</h4>
  <ul>
    <li><strong>Gas Safety certificate</strong> &ndash; every gas appliance, flue and pipework checked by a Gas
      Safe registered engineer every 12 months, with a copy to the tenant.</li>
    <li><strong>Electrical Installation Condition Report (EICR)</strong> &ndash; at least every five years, with
      any remedial work done within 28 days.</li>
    <li><strong>EPC rated E or better</strong> &ndash; you cannot grant a new tenancy on a property rated F or G
      unless it has a registered exemption.</li>
    <li><strong>Smoke and carbon monoxide alarms</strong> &ndash; a smoke alarm on every storey used as living
      accommodation, and a CO alarm in any room with a fixed combustion appliance (such as a gas boiler or log
      burner), tested on the first day of the tenancy.</li>
    <li><strong>Legionella risk assessment</strong> for the water system.</li>
    <li><strong>Right to Rent checks</strong> on every adult who will live there.</li>
    <li>Giving the tenant the government's &ldquo;How to Rent&rdquo; guide, the EPC and the Gas Safety
      certificate.</li>
  </ul>
</div></div>
<div class="card mb-3"><div class="card-body">
  <h4 class="card-title">Licensing and shared houses (HMOs)</h4>
  <p>If five or more people from two or more households share a kitchen or bathroom, the property is a large
    House in Multiple Occupation and needs a mandatory licence from Exeter City Council before anyone moves in.
    Licences last up to five years, and the council sets minimum room sizes and fire safety standards. Parts of
    Exeter near the university are also covered by an Article 4 direction, which means you need planning
    permission to turn a family house into an HMO of three or more sharers. Check with us or the council before
    buying a property you plan to let to students.</p>
</div></div>
<div class="card mb-3"><div class="card-body">
  <h4 class="card-title">During the tenancy</h4>
  <p>Furniture you provide must meet fire safety regulations, the property must be free of serious hazards under
    the Housing Health and Safety Rating System, and repairs must be carried out within a reasonable time.</p>
</div></div>
<p class="alert alert-info">Penalties are serious: fines of up to &pound;30,000 per offence, rent repayment
  orders, and a bar on regaining possession of your property.</p>"""

_RENTING = """<h2>Applying to rent a home</h2>
<h3>1. View and apply</h3>
<p>Once you've viewed a property and want to go ahead, tell the negotiator who showed you round. We'll email you
  a link to our online application form, which asks about everyone who will live there, your employment and
  income, and your current address.</p>
<h3>2. Pay a holding deposit</h3>
<p>To take the property off the market while references are done, we ask for a holding deposit equal to one
  week's rent (the monthly rent &times; 12, divided by 52). For a home at &pound;1,100 a month that is
  &pound;253.84. We then have 15 days to agree the tenancy with you. When you move in, the holding deposit goes
  towards your first month's rent. It is refunded in full if the landlord decides not to go ahead, but you may
  lose it if you give false or misleading information, fail a Right to Rent check, or pull out yourself.</p>
<h3>3. Referencing</h3>
<p>References are carried out by HomeLet and usually take three to five working days. They check your identity,
  Right to Rent, credit history, employment and previous landlord. As a guide, your combined annual income
  should be at least 30 times the monthly rent &ndash; so for a &pound;1,100 a month home, around &pound;33,000
  a year between all the tenants. If you fall short, a UK-based guarantor earning at least 36 times the monthly
  rent may be accepted.</p>
<h3>4. Sign and move in</h3>
<p>You sign the tenancy agreement electronically, pay the first month's rent and the security deposit, and
  collect the keys from our office on moving day.</p>
<h3>What we are allowed to charge tenants</h3>
<p>Under the Tenant Fees Act 2019 we do not charge tenants for applications, referencing or tenancy agreements.
  The only payments we can take are:</p>
<table class="table table-striped">
  <tbody>
    <tr><td>Rent</td><td>As advertised</td></tr>
    <tr><td>Holding deposit</td><td>One week's rent</td></tr>
    <tr><td>Security deposit</td><td>Five weeks' rent (six if the annual rent is &pound;50,000 or more)</td></tr>
    <tr><td>Changing the tenancy at your request</td><td>&pound;50 inc. VAT</td></tr>
    <tr><td>Leaving early at your request</td><td>The landlord's reasonable costs</td></tr>
    <tr><td>Lost keys or fobs</td><td>The actual cost of replacement</td></tr>
    <tr><td>Rent more than 14 days late</td><td>Interest at 3% above Bank of England base rate</td></tr>
  </tbody>
</table>"""

_DEPOSITS = """<h2>Your deposit and paying your rent</h2>
<h3>How your deposit is protected</h3>
<p>Your security deposit is five weeks' rent. We are members of the Tenancy Deposit Scheme (TDS), and for every
  tenancy we manage or register, your deposit is protected with TDS within 30 days of us receiving it. We then
  send you the &ldquo;prescribed information&rdquo;, which explains how the scheme works and how to get your money
  back. Where a landlord holds the deposit themselves, they must protect it with one of the three government
  schemes; ask us if you're unsure where yours is.</p>
<h3>Getting your deposit back</h3>
<p>After the check-out inspection we compare the property with the check-in inventory and send you and the
  landlord a proposal within ten working days of the tenancy ending. This lists any deductions, such as cleaning,
  damage beyond fair wear and tear, or unpaid rent, with photos and quotes. Once you agree, the money is returned
  within five working days. Any amount nobody disputes is paid back straight away, even if part of the deposit is
  still being discussed.</p>
<p>If you don't agree with a deduction, you can raise a dispute with TDS. Their adjudication service is free and
  independent, and they will decide how the disputed amount is split. If it has been more than ten working days
  since you moved out and you haven't heard from us, please email deposits@luscombehext.co.uk with your address
  and a forwarding bank account.</p>
<h3>Paying your rent</h3>
<p>Rent is paid monthly in advance. The first month must be paid by bank transfer and clear before you collect
  keys. After that, please set up a standing order to arrive on the due date each month, using the reference on
  your tenancy agreement. We don't accept cash at the office.</p>
<h3>If you're struggling to pay</h3>
<p>Please tell us early. If you've lost your job, had your hours cut or had a change in benefits, call Ellie in
  the lettings team before the rent is due. We can often agree a short payment plan with the landlord, and the
  sooner we know, the more we can do. Free, confidential advice is also available from Citizens Advice Exeter and
  from Shelter's helpline on 0808 800 4444.</p>"""

_REPAIRS = """<h2>Repairs and emergencies</h2>
<p>This page is for tenants in homes <strong>fully managed</strong> by Luscombe &amp; Hext. If your landlord
  manages the property themselves, please report repairs directly to them.</p>
<h3>Reporting a repair</h3>
<p>Report repairs online through our Fixflo repair portal at any time of day or night. You can add photos and
  video, which often lets us send the right contractor first time. You'll get a reference number and updates by
  text.</p>
<table class="table table-striped">
  <thead><tr><th>Priority</th><th>Examples</th><th>Our target</th></tr></thead>
  <tbody>
    <tr><td>Emergency</td><td>Major leak, no electricity, unsafe wiring, home not secure</td>
      <td>Made safe within 4 hours</td></tr>
    <tr><td>Urgent</td><td>No heating or hot water, only toilet blocked, fridge not working</td>
      <td>Within 24&ndash;48 hours</td></tr>
    <tr><td>Routine</td><td>Dripping tap, sticking door, broken extractor fan</td><td>Within 14 days</td></tr>
  </tbody>
</table>
<h3>Out-of-hours emergencies</h3>
<p>When the office is closed (evenings, Sundays and bank holidays), call our emergency line on
  <a href="tel:01392421999">01392 421999</a> for genuine emergencies only: water pouring in or a burst pipe,
  a total loss of power, or a home that can't be locked. Before you call:</p>
<ul>
  <li><strong>Water leak:</strong> turn the water off at the stopcock (usually under the kitchen sink), switch off
    electrics near the water, and if the leak is from the flat upstairs, knock on their door.</li>
  <li><strong>Smell of gas:</strong> don't use switches, open windows, and call the National Gas Emergency Service
    on 0800 111 999 first.</li>
  <li><strong>Power cut:</strong> check your neighbours; for a local power cut call 105.</li>
</ul>
<p>Locking yourself out is not an emergency we can attend; you'll need to call a locksmith at your own cost or
  collect a spare key during office hours.</p>
<h3>Damp and mould</h3>
<p>Report any mould on Fixflo with photos. We'll arrange an inspection to find the cause rather than just painting
  over it.</p>"""

_INSPECTIONS = """<h2>Property inspections</h2>
<p>On our fully managed service, Dan Morrow, our property manager, visits each home three months after a new
  tenancy starts and then every six months. Inspections check that the property is being looked after and spot
  repairs early, and Dan writes a short report with photos for the landlord.</p>
<p>We always give at least 24 hours' written notice, usually a week. You don't need to be at home: with your
  permission we'll let ourselves in with our key and lock up afterwards. If the date doesn't suit, just reply and
  we'll rearrange. It is a good chance to mention any small repairs.</p>
<h2>Ending your tenancy</h2>
<h3>Giving notice</h3>
<p>If your fixed term has ended and your tenancy is now rolling monthly (periodic), you must give at least one
  month's notice in writing, ending on the last day of a rental period. For example, if your rent is due on the
  15th, your notice should end on the 14th of a month. Email your notice to lettings@luscombehext.co.uk and we'll
  confirm it within two working days.</p>
<p>During a fixed term, you can only leave early if your agreement has a break clause or the landlord agrees to
  release you. If a new tenant is found, you'll usually pay the landlord's reasonable costs of re-letting, and rent
  until the new tenancy starts.</p>
<h3>Moving-out checklist</h3>
<ul>
  <li>Clean the property to the standard it was in at the start, including the oven, windows and carpets if they
    were professionally cleaned at check-in.</li>
  <li>Remove all your belongings and rubbish; don't leave bags by the bins.</li>
  <li>Take meter readings and photos on your last day and tell your energy, water and council tax suppliers.</li>
  <li>Return <em>every</em> key to our office by 10am on the last day of the tenancy. Keys posted through the
    letterbox after this are treated as late.</li>
</ul>
<p>A check-out inspection is then carried out against the inventory. Fair wear and tear is allowed for: a few
  scuffs after three years are normal, a burn on the worktop isn't.</p>"""

_COMPLAINTS = """<h2>Complaints procedure</h2>
<p>We're a family business and we take it personally when things go wrong. Most problems can be sorted with a
  phone call, so please speak to the person dealing with you first. If that doesn't put things right, here is our
  formal procedure.</p>
<h3>Stage 1: write to the office manager</h3>
<p>Send your complaint by email to complaints@luscombehext.co.uk or by post to Complaints, Luscombe &amp; Hext,
  14 Magdalen Road, Exeter EX2 4TA, marked for the attention of Clare Luscombe. We will acknowledge it within
  three working days and send you a full written response within 15 working days.</p>
<h3>Stage 2: review by a director</h3>
<p>If you're not satisfied, ask for your complaint to be reviewed. It will be looked at by Peter Luscombe, who
  was not involved in the original matter, and you'll receive our final viewpoint letter within a further 15
  working days.</p>
<h3>The Property Ombudsman</h3>
<p>If you remain unhappy after our final viewpoint, or if eight weeks have passed since you first complained, you
  can refer the matter to The Property Ombudsman (TPO). Their service is free and independent of us. You must
  refer your complaint within 12 months of our final viewpoint letter, and the Ombudsman will only consider it
  once you've gone through our own procedure.</p>
<address class="card card-body bg-light">The Property Ombudsman, Milford House, 43&ndash;55 Milford Street,
  Salisbury, Wiltshire SP1 2BP<br>Telephone: 01722 333306<br>Website: www.tpos.co.uk</address>
<h3>Your money is protected</h3>
<p>We are members of Propertymark, and any rent or deposit money we hold for clients is kept in a separate client
  account and covered by Propertymark's Client Money Protection scheme. Our CMP certificate is displayed in the
  office and available on request.</p>"""

_ABOUT = """<h2>Meet the family (and friends)</h2>
<p>Two families, two generations and one spaniel. Everyone in the office lives within a few miles of it.</p>
<div class="row">
  <div class="col-md-6 mb-4"><div class="card h-100"><div class="card-body">
    <h4 class="card-title">Peter Luscombe FNAEA</h4><h6 class="text-muted">Founder</h6>
    <p class="card-text">Peter started the business in 1987 after ten years with a Cathedral Close firm. He
      stepped back from day-to-day running in 2019, but he still comes in on Tuesdays and Thursdays, does the
      odd valuation for old clients, and reviews formal complaints.</p></div></div></div>
  <div class="col-md-6 mb-4"><div class="card h-100"><div class="card-body">
    <h4 class="card-title">Clare Luscombe MNAEA</h4><h6 class="text-muted">Director &amp; sales valuer</h6>
    <p class="card-text">Peter's daughter, who joined in 2006 and now runs the office. Clare values most of the
      homes we sell and is a keen rower on the Exe.</p></div></div></div>
  <div class="col-md-6 mb-4"><div class="card h-100"><div class="card-body">
    <h4 class="card-title">Tom Hext MARLA</h4><h6 class="text-muted">Lettings director</h6>
    <p class="card-text">Jean Hext's son, Tom heads up lettings and property management. Landlords call him
      for anything from a rent review to a tricky notice.</p></div></div></div>
  <div class="col-md-6 mb-4"><div class="card h-100"><div class="card-body">
    <h4 class="card-title">Priya Sharma</h4><h6 class="text-muted">Sale progressor</h6>
    <p class="card-text">Priya joined from a conveyancing firm in 2018 and knows exactly what solicitors
      need and when.</p></div></div></div>
  <div class="col-md-6 mb-4"><div class="card h-100"><div class="card-body">
    <h4 class="card-title">Ellie Brooks</h4><h6 class="text-muted">Lettings negotiator</h6>
    <p class="card-text">Ellie shows our rental homes, handles applications and is the friendly voice tenants
      speak to most.</p></div></div></div>
  <div class="col-md-6 mb-4"><div class="card h-100"><div class="card-body">
    <h4 class="card-title">Dan Morrow</h4><h6 class="text-muted">Property manager</h6>
    <p class="card-text">A former builder, Dan looks after repairs, contractors and inspections across our
      managed homes.</p></div></div></div>
  <div class="col-md-6 mb-4"><div class="card h-100"><div class="card-body">
    <h4 class="card-title">Jess Parkin</h4><h6 class="text-muted">Photographer &amp; marketing</h6>
    <p class="card-text">Jess shoots every home we sell and runs our social media.</p></div></div></div>
  <div class="col-md-6 mb-4"><div class="card h-100"><div class="card-body">
    <h4 class="card-title">Biscuit</h4><h6 class="text-muted">Head of morale</h6>
    <p class="card-text">A six-year-old cocker spaniel, in the office most days. Treats accepted.</p>
  </div></div></div>
</div>
<h3>In the community</h3>
<p>We support Hospiscare, sponsor the Magdalen Road street fair and the under-11s at St Leonard's football
  club.</p>"""

_CONTACT = """<h2>Visit or contact us</h2>
<p>Our office is at 14 Magdalen Road, Exeter EX2 4TA, in the row of independent shops between the
  Mount Radford crossroads and the Honiton Road end, about fifteen minutes' walk from the city centre.</p>
<h3>Opening hours</h3>
<table class="table table-striped">
  <tbody>
    <tr><td>Monday &ndash; Friday</td><td>9am &ndash; 5.30pm (phones answered from 8.30am)</td></tr>
    <tr><td>Saturday</td><td>9am &ndash; 4pm</td></tr>
    <tr><td>Sunday</td><td>Closed</td></tr>
    <tr><td>Bank holidays</td><td>Closed; we also close from Christmas Eve until the first working day of
      January</td></tr>
  </tbody>
</table>
<p>Tenants with an emergency outside these hours should use the emergency number on our repairs page.</p>
<h3>Parking and getting here</h3>
<p>We have two customer parking spaces behind the office, reached through the archway beside the florist's next
  door; they are marked with our yellow signs. If they're full, there are pay-and-display bays along Magdalen
  Road (two hours maximum), and the side streets off it are residents-only permit parking, so please don't park
  there. Stagecoach buses to Heavitree and Wonford stop just across the road.</p>
<p>The office is on the ground floor with a level entrance, and we have a hearing loop at the front desk.</p>
<h3>Dropping off keys</h3>
<p>Out of hours, keys can be posted through our secure key drop box to the left of the front door. Put them in an
  envelope with your name and the property address.</p>
<h3>Send us a message</h3>
<form action="#" method="post" class="card card-body bg-light">
  <div class="form-group"><label for="c-name">Name</label><input id="c-name" class="form-control"></div>
  <div class="form-group"><label for="c-email">Email</label><input id="c-email" type="email" class="form-control"></div>
  <div class="form-group"><label for="c-msg">Message</label><textarea id="c-msg" class="form-control"></textarea></div>
  <button class="btn btn-primary" type="submit">Send</button>
</form>"""

_FAQS = [
    (
        "Which areas do you cover?",
        "All of Exeter, plus Topsham, Exminster, Alphington, Pinhoe, Cranbrook, Broadclyst, Crediton and the"
        " villages within about twelve miles of the city. For homes further out, we'll tell you honestly if"
        " another local agent would do a better job.",
    ),
    (
        "Do your landlords accept pets?",
        "Around half of our landlords will consider a pet, especially for houses with gardens. Tell us about"
        " your pet on your application and we'll ask the landlord; a pet reference from a previous landlord helps.",
    ),
    (
        "Do you let to tenants who receive Universal Credit or housing benefit?",
        "Yes. Many of our landlords welcome tenants on Universal Credit. We assess every application on its own"
        " merits, and where the income check isn't met a guarantor can often make the difference. The housing"
        " element of Universal Credit can be paid to us directly if you arrange this with the DWP.",
    ),
    (
        "Do you let to students?",
        "We let a number of flats and houses to postgraduate and final-year students, usually with a UK-based"
        " guarantor. We don't handle first-year accommodation or halls.",
    ),
    (
        "Can I sell my home without a For Sale board?",
        "Of course. Some sellers prefer a quiet sale, and we can market a home to our registered buyers only"
        " before, or instead of, putting it on the portals.",
    ),
    (
        "Can you keep a spare key for me?",
        "For clients whose home we are selling or managing, yes: we keep keys securely and can let in"
        " tradespeople by arrangement. We don't offer key holding as a stand-alone service.",
    ),
    (
        "Do you sell land or building plots?",
        "Occasionally, usually small plots with planning permission in and around Exeter. Larger development"
        " land is better handled by a specialist land agent, and we're happy to recommend one.",
    ),
    (
        "How do I leave you a review?",
        "We'd love to hear from you on Google. Search for Luscombe &amp; Hext Exeter and click"
        " &ldquo;Write a review&rdquo;.",
    ),
]


def _faq():
    cards = []
    for i, (q, a) in enumerate(_FAQS):
        cards.append(
            f"""  <div class="card">
    <div class="card-header" id="faqHeading{i}">
      <h5 class="mb-0"><button class="btn btn-link{" collapsed" if i else ""}" type="button" data-toggle="collapse"
          data-target="#faqCollapse{i}" aria-expanded="{"true" if i == 0 else "false"}"
          aria-controls="faqCollapse{i}">{q}</button></h5>
    </div>
    <div id="faqCollapse{i}" class="collapse{" show" if i == 0 else ""}" aria-labelledby="faqHeading{i}"
         data-parent="#faqAccordion">
      <div class="card-body"><p>{a}</p></div>
    </div>
  </div>"""
        )
    cards_html = "\n".join(cards)
    return f"""<h2>Frequently asked questions</h2>
<p>Can't find your answer here? Give us a ring &ndash; we're always happy to help.</p>
<div class="accordion" id="faqAccordion">
{cards_html}
</div>"""


HTML = {
    "/": _page(
        "/",
        "Estate &amp; Letting Agents in Exeter",
        "Family-run since 1987. Selling, letting and managing homes across Exeter and East Devon.",
        _HOME,
        reviews=True,
    ),
    "/valuation/": _page(
        "/valuation/",
        "Free Property Valuation",
        "Find out what your home is worth from someone who knows your street.",
        _VALUATION,
        side="sell",
        reviews=True,
    ),
    "/selling-fees/": _page(
        "/selling-fees/",
        "Selling Fees",
        "Clear, simple fees with no sale, no fee.",
        _SELLING_FEES,
        side="sell",
    ),
    "/marketing/": _page(
        "/marketing/",
        "Marketing Your Home",
        "Photography, floorplans, EPCs and the portals.",
        _MARKETING,
        side="sell",
    ),
    "/viewings/": _page(
        "/viewings/",
        "Viewings",
        "Accompanied viewings six days a week.",
        _VIEWINGS,
        side="sell",
    ),
    "/offers-and-sale-progression/": _page(
        "/offers-and-sale-progression/",
        "Offers &amp; Sale Progression",
        "From accepted offer to keys in your hand.",
        _OFFERS,
        side="sell",
        reviews=True,
    ),
    "/selling-tenanted/": _page(
        "/selling-tenanted/",
        "Selling a Tenanted Property",
        "Advice for landlords selling a buy-to-let.",
        _TENANTED,
        side="sell",
    ),
    "/buying/": _page(
        "/buying/",
        "Buying &amp; Mortgages",
        "Hear about new homes first, and get help with the finance.",
        _BUYING,
        side="sell",
    ),
    "/landlord-fees/": _page(
        "/landlord-fees/",
        "Letting &amp; Management Fees",
        "Let only, rent collection or fully managed.",
        _LANDLORD_FEES,
        side="let",
        reviews=True,
    ),
    "/landlord-compliance/": _page(
        "/landlord-compliance/",
        "Landlord Compliance",
        "Safety certificates, licensing and the rules every landlord must follow.",
        _COMPLIANCE,
        side="let",
    ),
    "/renting/": _page(
        "/renting/",
        "Applying to Rent",
        "How to apply, holding deposits and tenant fees.",
        _RENTING,
        side="let",
    ),
    "/deposits-and-rent/": _page(
        "/deposits-and-rent/",
        "Deposits &amp; Rent Payments",
        "How your deposit is protected and returned, and how to pay your rent.",
        _DEPOSITS,
        side="let",
    ),
    "/repairs/": _page(
        "/repairs/",
        "Repairs &amp; Emergencies",
        "Report a repair 24/7, and what to do in an emergency.",
        _REPAIRS,
        side="let",
    ),
    "/inspections-and-moving-out/": _page(
        "/inspections-and-moving-out/",
        "Inspections &amp; Moving Out",
        "Routine visits, giving notice and the end of your tenancy.",
        _INSPECTIONS,
        side="let",
    ),
    "/complaints/": _page(
        "/complaints/",
        "Complaints",
        "How to complain, and The Property Ombudsman.",
        _COMPLAINTS,
        side="about",
    ),
    "/about/": _page(
        "/about/",
        "Meet the Team",
        "The Luscombes, the Hexts and the people who make it work.",
        _ABOUT,
        side="about",
        reviews=True,
    ),
    "/contact/": _page(
        "/contact/",
        "Contact Us &amp; Opening Hours",
        "Find us on Magdalen Road, Exeter.",
        _CONTACT,
        side="about",
    ),
    "/faq/": _page(
        "/faq/",
        "Frequently Asked Questions",
        "Quick answers for sellers, buyers, landlords and tenants.",
        _faq(),
        side="about",
    ),
}

QUESTIONS = [
    (
        "My mum passed away in March and her solicitor needs a figure for her bungalow for the estate. Is that"
        " something you can do?",
        "/valuation/",
    ),
    ("What do you charge to sell a house, percentage wise?", "/selling-fees/"),
    (
        "If I sign up with you and then change my mind after a month am I stuck with you?",
        "/selling-fees/",
    ),
    ("our energy certificate ran out last year, can you get us a new one and what does it cost", "/marketing/"),
    ("Do I get a proper photographer or do you just snap it on your phone?", "/marketing/"),
    (
        "We both work full time and can't keep nipping home, do we need to be in when people come to look round?",
        "/viewings/",
    ),
    (
        "Why do you need my passport and bank statements just because I put in an offer?",
        "/offers-and-sale-progression/",
    ),
    (
        "We accepted an offer in January and it's all gone very quiet, who is actually chasing the solicitors",
        "/offers-and-sale-progression/",
    ),
    (
        "I've got a tenant in my flat on Sidwell Street, can I still sell it without kicking him out?",
        "/selling-tenanted/",
    ),
    ("im after a 3 bed in heavitree, how do i get told when one comes up", "/buying/"),
    ("First time buyer here - do you know anyone who can help with getting a mortgage?", "/buying/"),
    ("how much is full management for a landlord", "/landlord-fees/"),
    (
        "I'm thinking of renting out my late dad's house rather than selling. What safety certificates and checks do"
        " I legally need?",
        "/landlord-compliance/",
    ),
    (
        "Buying a house near the uni to rent to 5 students, do I need some sort of licence from the council?",
        "/landlord-compliance/",
    ),
    (
        "We've found a flat we love, how do we apply and do we have to pay anything up front to secure it?",
        "/renting/",
    ),
    ("what salary would i need to rent somewhere at 1100 a month", "/renting/"),
    ("moved out 3 weeks ago and still havent had my deposit back whats going on", "/deposits-and-rent/"),
    (
        "I've just lost my job and I'm going to be short on the rent this month, what should I do?",
        "/deposits-and-rent/",
    ),
    (
        "There's water coming through the kitchen ceiling from the flat upstairs and it's 10pm on a Sunday!!",
        "/repairs/",
    ),
    (
        "Got a letter saying someone's coming to check the house next week, do I have to take the day off to be there?",
        "/inspections-and-moving-out/",
    ),
    (
        "we want to leave our rented house, our contract finished last year and we just carry on month to month."
        " how much notice do we have to give",
        "/inspections-and-moving-out/",
    ),
    (
        "I'm not happy with how my sale was handled and want to make a formal complaint. Who can I go to if you"
        " don't sort it out?",
        "/complaints/",
    ),
    ("Where can I park when I come in?", "/contact/"),
    ("Is old Mr Luscombe still working there or has he retired now?", "/about/"),
    ("do you let to people on universal credit", "/faq/"),
]

OUT_OF_SCOPE = [
    "Do you manage holiday lets or Airbnbs? I've got a cottage in Dawlish I'd like someone to run.",
    "Can you sell my house at auction?",
    "Do you do guaranteed rent, where you pay me every month even if the house is empty?",
    "Do you deal with commercial property, like a small shop unit?",
    "What council tax band is a two-bed flat on Pennsylvania Road?",
    "Can you help with shared ownership or Help to Buy homes?",
    "What time does Exeter Cathedral open on a Sunday?",
    "Where's the best fish and chips in Exmouth?",
]
