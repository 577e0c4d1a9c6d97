"""An evaluation site: Hallam Clee & Pryce Solicitors, a three-partner firm of solicitors in Shrewsbury (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Agency-built Umbraco CMS pages on
Bootstrap 5: umb-block-grid layout items around container/row/col-lg-8 rich-text blocks, a navbar with
dropdown-menu groups, breadcrumbs, a Bootstrap accordion FAQ and a large site-footer.
"""

NAME = "Hallam Clee & Pryce Solicitors"

_ANALYTICS = """<script async src="/scripts/analytics.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}
gtag('js', new Date()); gtag('config', 'G-HCP4471SY1');</script>"""

_NAV = """<header class="site-header">
  <div class="site-header__topbar bg-dark text-white small">
    <div class="container d-flex justify-content-between py-1">
      <span class="topbar-strap">Solicitors for Shropshire families, farms and businesses</span>
      <span class="topbar-contact"><a class="text-white" href="tel:01743352718">01743 352 718</a>
        &middot; <a class="text-white"
          href="mailto:enquiries@hcpsolicitors.co.uk">enquiries@hcpsolicitors.co.uk</a></span>
    </div>
  </div>
  <nav class="navbar navbar-expand-lg navbar-light bg-white border-bottom" aria-label="Main navigation">
    <div class="container">
      <a class="navbar-brand" href="/"><img src="/media/k2ob3wqa/hcp-logo.svg" alt="Hallam Clee &amp; Pryce Solicitors"
        width="220" height="56"></a>
      <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav"
        aria-controls="mainNav" aria-expanded="false" aria-label="Toggle navigation">
        <span class="navbar-toggler-icon"></span>
      </button>
      <div class="collapse navbar-collapse" id="mainNav">
        <ul class="navbar-nav ms-auto mb-2 mb-lg-0">
          <li class="nav-item"><a class="nav-link" href="/">Home</a></li>
          <li class="nav-item dropdown">
            <a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown"
              aria-expanded="false">Farming &amp; Rural</a>
            <ul class="dropdown-menu">
              <li><a class="dropdown-item"
                href="/agricultural-rural-property/">Agricultural &amp; Rural Property</a></li>
              <li><a class="dropdown-item" href="/farm-succession-planning/">Farm Succession Planning</a></li>
              <li><a class="dropdown-item" href="/divorce-farm-finances/">Divorce &amp; Farm Finances</a></li>
            </ul>
          </li>
          <li class="nav-item dropdown">
            <a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown"
              aria-expanded="false">For You &amp; Your Family</a>
            <ul class="dropdown-menu">
              <li><a class="dropdown-item" href="/residential-conveyancing/">Residential Conveyancing</a></li>
              <li><a class="dropdown-item" href="/wills-inheritance-tax/">Wills &amp; Inheritance Tax Planning</a></li>
              <li><a class="dropdown-item" href="/lasting-powers-of-attorney/">Lasting Powers of Attorney</a></li>
              <li><a class="dropdown-item" href="/probate-estate-administration/">Probate &amp; Estates</a></li>
              <li><a class="dropdown-item" href="/contested-wills-inheritance-disputes/">Contested Wills</a></li>
              <li><hr class="dropdown-divider"></li>
              <li><a class="dropdown-item" href="/employment-law/">Employment Advice</a></li>
            </ul>
          </li>
          <li class="nav-item dropdown">
            <a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown"
              aria-expanded="false">For Business</a>
            <ul class="dropdown-menu">
              <li><a class="dropdown-item" href="/commercial-leases/">Commercial Leases</a></li>
              <li><a class="dropdown-item" href="/employment-law/">Employment Law for Employers</a></li>
            </ul>
          </li>
          <li class="nav-item"><a class="nav-link" href="/fees/">Fees</a></li>
          <li class="nav-item dropdown">
            <a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown"
              aria-expanded="false">About Us</a>
            <ul class="dropdown-menu">
              <li><a class="dropdown-item" href="/our-team/">Our Team</a></li>
              <li><a class="dropdown-item" href="/getting-started/">Getting Started</a></li>
              <li><a class="dropdown-item" href="/faq/">FAQs</a></li>
              <li><a class="dropdown-item" href="/complaints/">Complaints</a></li>
              <li><a class="dropdown-item" href="/regulatory-information/">Regulatory Information</a></li>
            </ul>
          </li>
          <li class="nav-item"><a class="nav-link" href="/contact-us/">Contact</a></li>
        </ul>
        <a class="btn btn-primary ms-lg-3" href="/getting-started/">Book a consultation</a>
      </div>
    </div>
  </nav>
</header>"""

_COOKIES = """<div class="cookie-consent alert alert-light border shadow-sm fixed-bottom m-3" role="dialog"
  aria-live="polite" id="cookieConsent">
  <div class="container d-flex flex-wrap align-items-center justify-content-between">
    <p class="mb-2 mb-md-0">We use essential cookies to make this website work, and analytics cookies (only with
      your consent) to understand how it is used.</p>
    <div class="cookie-consent__actions">
      <button type="button" class="btn btn-sm btn-outline-secondary" data-cookie="reject">Essential only</button>
      <button type="button" class="btn btn-sm btn-primary" data-cookie="accept">Accept all</button>
    </div>
  </div>
</div>"""

_FOOTER = """<footer class="site-footer bg-dark text-white pt-5">
  <div class="container">
    <div class="row g-4">
      <div class="col-md-6 col-lg-3 site-footer__col">
        <img src="/media/3lfdn1ux/hcp-logo-white.svg" alt="Hallam Clee &amp; Pryce" width="180" height="46">
        <address class="mt-3 mb-0">Hallam Clee &amp; Pryce Solicitors<br>9 Belmont<br>Shrewsbury<br>Shropshire
          SY1 1TE</address>
      </div>
      <div class="col-md-6 col-lg-3 site-footer__col">
        <h4 class="site-footer__heading">Get in touch</h4>
        <ul class="list-unstyled">
          <li>Tel: <a class="text-white" href="tel:01743352718">01743 352 718</a></li>
          <li>Email: <a class="text-white"
            href="mailto:enquiries@hcpsolicitors.co.uk">enquiries@hcpsolicitors.co.uk</a></li>
          <li>Mon&ndash;Thu 9.00am&ndash;5.15pm</li>
          <li>Fri 9.00am&ndash;4.30pm</li>
        </ul>
      </div>
      <div class="col-md-6 col-lg-3 site-footer__col">
        <h4 class="site-footer__heading">Quick links</h4>
        <ul class="list-unstyled">
          <li><a class="text-white" href="/fees/">Our fees</a></li>
          <li><a class="text-white" href="/our-team/">Meet the team</a></li>
          <li><a class="text-white" href="/faq/">FAQs</a></li>
          <li><a class="text-white" href="/complaints/">Complaints procedure</a></li>
          <li><a class="text-white" href="/regulatory-information/">Regulatory information</a></li>
          <li><a class="text-white" href="/contact-us/">Contact &amp; directions</a></li>
        </ul>
      </div>
      <div class="col-md-6 col-lg-3 site-footer__col">
        <h4 class="site-footer__heading">Follow us</h4>
        <ul class="list-inline site-footer__social">
          <li class="list-inline-item"><a class="text-white" href="https://www.facebook.com/hcpsolicitors">Facebook</a></li>
          <li class="list-inline-item"><a class="text-white" href="https://www.linkedin.com/company/hallam-clee-pryce">LinkedIn</a></li>
          <li class="list-inline-item"><a class="text-white" href="https://www.instagram.com/hcpsolicitors">Instagram</a></li>
        </ul>
        <div class="sra-badge mt-3" id="sra-digital-badge">
          <img src="/media/sra/sra-badge-placeholder.png" alt="Solicitors Regulation Authority digital badge"
            width="160">
        </div>
      </div>
    </div>
    <div class="site-footer__legal border-top border-secondary mt-4 py-3 small">
      <p class="mb-1">Hallam Clee &amp; Pryce Solicitors is a partnership authorised and regulated by the Solicitors
        Regulation Authority (SRA number 8004217).</p>
      <p class="mb-0">&copy; 2025 Hallam Clee &amp; Pryce Solicitors. All rights reserved. Website by Severnside
        Digital.</p>
    </div>
  </div>
</footer>"""

_SIDEBAR = """<aside class="sidebar">
  <div class="card sidebar-widget mb-4">
    <div class="card-body">
      <h3 class="h5 card-title">Speak to us</h3>
      <p class="card-text">Call <a href="tel:01743352718">01743 352 718</a> or send us a message and the right person
        will get back to you.</p>
      <a class="btn btn-primary w-100" href="/getting-started/">Book a consultation</a>
    </div>
  </div>
  <div class="card sidebar-widget mb-4">
    <div class="card-body">
      <h3 class="h5 card-title">Useful pages</h3>
      <ul class="list-unstyled mb-0">
        <li><a href="/fees/">Fees and price information</a></li>
        <li><a href="/our-team/">Meet the team</a></li>
        <li><a href="/faq/">Frequently asked questions</a></li>
      </ul>
    </div>
  </div>
</aside>"""

_REVIEWS = {
    "farm": (
        "Richard understood our family and our farm from the first meeting. Everything was explained in plain "
        "English and we finally feel we have a plan.",
        "Mr &amp; Mrs P, beef and sheep farmers, Bishop's Castle",
    ),
    "home": (
        "Hannah and Sophie kept us updated every step of the way on our first purchase. Brilliant service from a "
        "local firm.",
        "Laura T, first-time buyer, Bayston Hill",
    ),
    "private": (
        "Eleanor was so patient with my father and made a difficult time much easier for all of us.",
        "Margaret H, Church Stretton",
    ),
    "family": (
        "Calm, practical advice when I needed it most. Gareth was realistic and honest from day one.",
        "Former client, Oswestry",
    ),
}


def _review_block(kind):
    quote, who = _REVIEWS[kind]
    return f"""<div class="umb-block-grid__layout-item" data-content-element-type-alias="testimonialBlock"
      data-col-span="12" data-row-span="1"
      style="--umb-block-grid--item-column-span: 12; --umb-block-grid--item-row-span: 1;">
      <section class="testimonial-band bg-light py-5">
        <div class="container">
          <div class="row justify-content-center">
            <div class="col-lg-8 text-center">
              <figure class="testimonial mb-0">
                <blockquote class="blockquote"><p>&ldquo;{quote}&rdquo;</p></blockquote>
                <figcaption class="blockquote-footer">{who}</figcaption>
              </figure>
              <p class="small mt-2">Rated 4.9 out of 5 from 212 reviews on ReviewSolicitors</p>
            </div>
          </div>
        </div>
      </section>
    </div>"""


_CTA = """<div class="umb-block-grid__layout-item" data-content-element-type-alias="ctaBlock" data-col-span="12"
      data-row-span="1" style="--umb-block-grid--item-column-span: 12; --umb-block-grid--item-row-span: 1;">
      <section class="cta-band bg-primary text-white py-4">
        <div class="container d-flex flex-wrap align-items-center justify-content-between">
          <p class="lead mb-2 mb-md-0">Ready to talk it through with a solicitor?</p>
          <div>
            <a class="btn btn-light me-2" href="/getting-started/">Book now</a>
            <a class="btn btn-outline-light" href="tel:01743352718">Call 01743 352 718</a>
          </div>
        </div>
      </section>
    </div>"""


def _page(path, title, description, body, section=None, review=None, sidebar=True):
    crumbs = '<li class="breadcrumb-item"><a href="/">Home</a></li>'
    if section:
        crumbs += f'<li class="breadcrumb-item">{section}</li>'
    if path != "/":
        crumbs += f'<li class="breadcrumb-item active" aria-current="page">{title}</li>'
    main_col = "col-lg-8" if sidebar else "col-lg-10"
    aside = f'<div class="col-lg-4">{_SIDEBAR}</div>' if sidebar else ""
    reviews = _review_block(review) if review else ""
    page_title = "Solicitors in Shrewsbury, Shropshire" if path == "/" else title
    return f"""<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{page_title} | Hallam Clee &amp; Pryce Solicitors</title>
  <meta name="description" content="{description}">
  <meta name="generator" content="Umbraco CMS">
  <meta property="og:title" content="{page_title} | Hallam Clee &amp; Pryce Solicitors">
  <meta property="og:type" content="website">
  <link rel="canonical" href="https://www.hcpsolicitors.co.uk{path}">
  <link rel="icon" href="/media/favicon/favicon-32.png">
  <link rel="stylesheet" href="/css/bootstrap.min.css">
  <link rel="stylesheet" href="/css/umbraco-blockgridlayout.css">
  <link rel="stylesheet" href="/css/site.min.css?v=3.8.2">
  {_ANALYTICS}
</head>
<body class="page page-{path.strip("/") or "home"}">
<a class="visually-hidden-focusable" href="#main">Skip to content</a>
{_NAV}
<main id="main">
  <div class="page-hero bg-secondary-subtle py-4">
    <div class="container">
      <nav aria-label="breadcrumb"><ol class="breadcrumb mb-2">{crumbs}</ol></nav>
      <h1 class="page-hero__title">{title}</h1>
    </div>
  </div>
  <div class="umb-block-grid" data-grid-columns="12"
    style="--umb-block-grid--grid-columns: 12;">
    <div class="umb-block-grid__layout-container">
      <div class="umb-block-grid__layout-item" data-content-element-type-alias="richTextBlock"
        data-col-span="12" data-row-span="1"
        style="--umb-block-grid--item-column-span: 12; --umb-block-grid--item-row-span: 1;">
        <section class="block-rich-text py-5">
          <div class="container">
            <div class="row g-5">
              <div class="{main_col}">
                <div class="rich-text">
{body}
                </div>
              </div>
              {aside}
            </div>
          </div>
        </section>
      </div>
      {reviews}
      {_CTA}
    </div>
  </div>
</main>
{_COOKIES}
{_FOOTER}
<script src="/scripts/bootstrap.bundle.min.js"></script>
</body>
</html>"""


_HOME = """<p class="lead">Hallam Clee &amp; Pryce is a three-partner firm of solicitors on Belmont in the centre of
Shrewsbury. We act for farming families, landowners, home buyers, older clients and their families, employees and
small businesses across Shropshire and the Welsh Marches.</p>
<p>The practice began in 1962 when Arthur Hallam opened a one-room office above a saddler's shop on Wyle Cop. Most
of his clients were farmers, and rural work is still at the heart of what we do. The present partnership of Richard
Hallam, Eleanor Clee and Gareth Pryce was formed in 2016, and today we are a team of twelve.</p>
<h2>How we can help</h2>
<div class="row row-cols-1 row-cols-md-2 g-3 service-cards">
  <div class="col"><div class="card h-100"><div class="card-body">
    <h3 class="h5"><a href="/agricultural-rural-property/">Agricultural &amp; rural property</a></h3>
    <p>Buying and selling farms and land, tenancies, rights of way and renewable energy agreements.</p>
  </div></div></div>
  <div class="col"><div class="card h-100"><div class="card-body">
    <h3 class="h5"><a href="/farm-succession-planning/">Farm succession planning</a></h3>
    <p>Passing the farm to the next generation fairly, and as tax-efficiently as the rules allow.</p>
  </div></div></div>
  <div class="col"><div class="card h-100"><div class="card-body">
    <h3 class="h5"><a href="/residential-conveyancing/">Residential conveyancing</a></h3>
    <p>Buying, selling and remortgaging homes in Shrewsbury and the surrounding villages.</p>
  </div></div></div>
  <div class="col"><div class="card h-100"><div class="card-body">
    <h3 class="h5"><a href="/wills-inheritance-tax/">Wills &amp; inheritance tax</a></h3>
    <p>Wills, trusts and lifetime planning to protect the people you care about.</p>
  </div></div></div>
  <div class="col"><div class="card h-100"><div class="card-body">
    <h3 class="h5"><a href="/lasting-powers-of-attorney/">Lasting powers of attorney</a></h3>
    <p>Choosing who can make decisions for you if you cannot make them yourself.</p>
  </div></div></div>
  <div class="col"><div class="card h-100"><div class="card-body">
    <h3 class="h5"><a href="/probate-estate-administration/">Probate &amp; estates</a></h3>
    <p>Practical help for executors and families after a death.</p>
  </div></div></div>
  <div class="col"><div class="card h-100"><div class="card-body">
    <h3 class="h5"><a href="/contested-wills-inheritance-disputes/">Contested wills</a></h3>
    <p>Disputes over wills and inheritances, for claimants and for executors.</p>
  </div></div></div>
  <div class="col"><div class="card h-100"><div class="card-body">
    <h3 class="h5"><a href="/divorce-farm-finances/">Divorce &amp; farm finances</a></h3>
    <p>Separation, divorce and dividing family and farming assets.</p>
  </div></div></div>
  <div class="col"><div class="card h-100"><div class="card-body">
    <h3 class="h5"><a href="/employment-law/">Employment advice</a></h3>
    <p>For employees and for the small employers of Shropshire.</p>
  </div></div></div>
  <div class="col"><div class="card h-100"><div class="card-body">
    <h3 class="h5"><a href="/commercial-leases/">Commercial leases</a></h3>
    <p>Shops, offices, workshops and farm diversification units.</p>
  </div></div></div>
</div>
<h2 class="mt-4">Clear prices</h2>
<p>We publish our prices for the most common kinds of work so you know where you stand before you call. See our
<a href="/fees/">fees page</a>, or read <a href="/getting-started/">how to get started</a> with us.</p>"""

_AGRI = """<p class="lead">Land is rarely just land. A farm sale can involve unregistered title deeds going back two
centuries, tenancies, grazing arrangements, water supplies, shooting rights and agri-environment agreements, and
each has to be dealt with properly.</p>
<h2>Buying and selling farms and land</h2>
<p>We act on the sale and purchase of whole farms, bare land, woodland, smallholdings and equestrian property
throughout Shropshire, Herefordshire and mid Wales. Much rural land in the county has never been registered at HM
Land Registry, so we often work from old conveyances and plans, and we can arrange first registration for you
before a sale to avoid delays later.</p>
<p>We check access, private water supplies, drainage, rights of way, boundaries shown on the title plan against
the Rural Payments Agency field maps, and whether any Countryside Stewardship or Sustainable Farming Incentive
agreement needs to be transferred or ended on the sale.</p>
<h2>Overage and clawback</h2>
<p>Sellers of agricultural land often ask for overage (also called clawback): a further payment if the buyer later
obtains planning permission or sells the land for development. It is common and it can be negotiated. The points
that matter are the percentage (typically 20% to 50% of the uplift in value), how long it lasts (often 20 to 30
years), what triggers it, and how it is secured, usually by a restriction on the title or a legal charge. We act
for both sellers and buyers and will explain what a proposed overage would mean for you before you agree to it.</p>
<h2>Agricultural tenancies and licences</h2>
<ul>
  <li>Farm Business Tenancies, including notice periods and rent reviews</li>
  <li>Older Agricultural Holdings Act 1986 tenancies, succession on the death or retirement of a tenant, and
    notices to quit</li>
  <li>Grazing and mowing licences and contract farming agreements</li>
</ul>
<h2>Energy, telecoms and utilities</h2>
<p>We advise landowners on option agreements and leases for solar and battery storage sites, telecoms mast
agreements and wayleaves or easements for electricity lines, water mains and gas pipelines crossing their
land.</p>"""

_SUCCESSION = """<p class="lead">Most farming families know they ought to plan who will take over the farm. Fewer
actually do it, often because it means difficult conversations about fairness between the children who farm and
the children who do not.</p>
<h2>Where to start</h2>
<p>Our succession work normally begins with a family meeting, chaired by Richard Hallam, where everyone who has an
interest in the farm&rsquo;s future can speak. Before it, we ask for the farm accounts, a list of land and how it
is owned, and copies of any existing wills and partnership agreement. After the meeting we send a written summary
of the options and an outline plan, which usually includes:</p>
<ul>
  <li>a new or updated farming partnership agreement, so it is clear who owns the land and the business assets;</li>
  <li>wills for the older generation that work with the partnership agreement rather than against it;</li>
  <li>a timetable for handing over management, and for any lifetime gifts of land or livestock;</li>
  <li>how the non-farming children will be treated fairly, which does not always mean equally.</li>
</ul>
<h2>Promises about the farm</h2>
<p>&ldquo;One day all this will be yours&rdquo; is said in many farmhouse kitchens. If a son or daughter has worked
for years on low wages relying on a promise like that, the courts may enforce it under the principle of
proprietary estoppel, even if the will says something different. Writing the plan down protects everybody.</p>
<h2>Agricultural and business property relief</h2>
<p>Agricultural property relief (APR) and business property relief (BPR) have for many years meant most family
farms could pass on death with little or no inheritance tax. From 6 April 2026 the rules change: full 100% relief
will only apply to agricultural and business property up to a capped allowance, and relief above that is reduced
to 50%, which gives an effective tax rate of 20% on the excess. The tax on that part can be paid in ten annual
instalments, interest free. The level of the allowance has changed since the reforms were first announced, so
please ask us for the current figures before relying on anything you have read in the farming press.</p>
<p>Relief also depends on the detail: whether the farmhouse is of a character appropriate to the land, whether
let cottages or diversified businesses such as holiday lets qualify, and who is actually farming. We review
these points as part of every succession plan, working with your accountant and land agent.</p>"""

_CONVEYANCING = """<p class="lead">Our residential property team, led by associate solicitor Hannah Morris, handles
purchases, sales and remortgages of freehold and leasehold homes, new builds, shared ownership and right to buy
properties.</p>
<h2>How long does it take?</h2>
<p>A straightforward freehold purchase usually takes between 8 and 12 weeks from the date we receive the
memorandum of sale to the day you collect the keys. Leasehold purchases and new builds usually take 12 to 16
weeks, because we have to wait for information from the landlord or managing agent. Chains, mortgage delays and
properties with private drainage or unregistered title can take longer.</p>
<h2>The main stages of a purchase</h2>
<ol>
  <li>We open your file, complete your ID checks and ask for money on account for searches.</li>
  <li>We receive the contract pack from the seller&rsquo;s solicitor and order searches: Shropshire Council local
    search, drainage and water, environmental, and where relevant mining or flood searches.</li>
  <li>We raise enquiries, check your mortgage offer and send you a report on the property.</li>
  <li>You sign the contract and transfer deed and send your deposit; we agree a completion date and exchange
    contracts, at which point the deal becomes legally binding.</li>
  <li>On completion day we send the money, the keys are released, and we then pay any Stamp Duty Land Tax, file
    the return with HMRC within 14 days and register you as the owner at HM Land Registry.</li>
</ol>
<h2>If your purchase falls through</h2>
<p>We know that transactions sometimes collapse for reasons nobody can control. If your purchase or sale falls
through before exchange of contracts, we charge only half of our quoted legal fee for the work done, plus any
searches or other disbursements already paid out. There is no charge for a first abortive transaction if you go
on to buy or sell another property through us within six months.</p>
<h2>Selling your home</h2>
<p>When you instruct us on a sale we send you the property information and fittings and contents forms straight
away. Completing these early, and finding any building regulations certificates or guarantees for work done, is
the best way to avoid delays once a buyer is found. Full prices are on our <a href="/fees/">fees page</a>.</p>"""

_WILLS = """<p class="lead">A will is the only way to make sure your estate goes to the people you choose. Without
one, the intestacy rules decide, and unmarried partners and stepchildren receive nothing at all.</p>
<h2>When should I make or update my will?</h2>
<p>We recommend reviewing your will every five years and whenever your circumstances change, in particular:</p>
<ul>
  <li><strong>Marriage or civil partnership.</strong> In England and Wales getting married automatically cancels
    any will you made before, unless the will was written in expectation of that particular marriage. If you are
    planning a wedding, we can prepare a new will now that will still be valid afterwards.</li>
  <li><strong>Divorce.</strong> Divorce does not cancel a will, but your former spouse is treated as if they had
    died before you, which can leave gaps in the will.</li>
  <li>Having children or grandchildren, buying a property or a business, or moving abroad.</li>
</ul>
<h2>Inheritance tax planning</h2>
<p>Inheritance tax is charged at 40% on the part of an estate above the tax-free allowances. Everyone has a nil
rate band of &pound;325,000. There is an additional residence nil rate band of up to &pound;175,000 when your home,
or your share of it, passes to your children or grandchildren (including step and adopted children). The
residence band is gradually withdrawn for estates worth more than &pound;2 million.</p>
<p>Any allowance that a husband, wife or civil partner did not use on their death can be transferred to the
survivor. This means a widow or widower can often leave up to &pound;1 million free of inheritance tax, even if
the first spouse left everything to them, provided the claim is made when the second estate is dealt with.</p>
<p>Lifetime planning can reduce the tax further: gifts from surplus income, the &pound;3,000 annual exemption,
larger gifts that fall outside your estate if you survive seven years, and gifts to charity, which can lower the
rate on the rest of the estate to 36% if at least 10% of the net estate is left to charity.</p>
<h2>Trusts in wills</h2>
<p>We regularly prepare wills with trusts to protect inheritances for young or vulnerable beneficiaries, to keep
property in the family if the surviving spouse remarries, or to help with care fee concerns. Farming families
should also see our page on <a href="/farm-succession-planning/">farm succession planning</a>.</p>"""

_LPA = """<p class="lead">A lasting power of attorney (LPA) is a legal document that lets you choose one or more
people you trust, your attorneys, to make decisions on your behalf if you cannot make them yourself.</p>
<h2>The two types of LPA</h2>
<div class="table-responsive">
<table class="table table-striped">
  <thead><tr><th>Type</th><th>What it covers</th><th>When it can be used</th></tr></thead>
  <tbody>
    <tr><td>Property and financial affairs</td><td>Running bank and building society accounts, paying bills,
      collecting pensions and benefits, dealing with investments and selling your home</td><td>As soon as it is
      registered, with your permission, or only once you lose capacity if you prefer</td></tr>
    <tr><td>Health and welfare</td><td>Where you live, daily care, medical treatment and, if you choose,
      life-sustaining treatment</td><td>Only when you lack capacity to make the decision yourself</td></tr>
  </tbody>
</table>
</div>
<p>Many people sign the property and financial affairs LPA while they are still well so that a son or daughter
can help with banking and paperwork straight away, for example after a diagnosis of dementia. The bank will
accept the attorney once it has seen the registered LPA.</p>
<h2>What is involved</h2>
<ol>
  <li>We meet you to talk about who to appoint, whether they should act jointly or separately, and any
    instructions or preferences you want to include.</li>
  <li>A certificate provider, who must have known you for at least two years or be a professional such as
    your solicitor, confirms you understand the LPA and are not being pressured. We usually act as certificate
    provider.</li>
  <li>You, your attorneys and the certificate provider sign in a set order.</li>
  <li>We send the LPA to the Office of the Public Guardian for registration, which currently takes around eight to
    sixteen weeks. It cannot be used until it is registered.</li>
</ol>
<h2>If it is already too late</h2>
<p>An LPA can only be made by someone who has the mental capacity to understand it. If a relative has already lost
capacity, the family will need to apply to the Court of Protection for a deputyship order instead, which is a
slower and more expensive process with yearly supervision. We can help with those applications too.</p>"""

_PROBATE = """<p class="lead">When someone dies, their executors (or, if there is no will, their closest relatives as
administrators) are responsible for dealing with everything they owned and owed. We can take on as much or as
little of that work as you want.</p>
<h2>I have just been named as an executor. What do I do first?</h2>
<ol>
  <li>Register the death with the register office within five days and ask for several certified copies of the
    death certificate.</li>
  <li>Find the original will. We can check whether we, or another firm, hold it.</li>
  <li>Use the government Tell Us Once service to notify the DWP, HMRC, the DVLA and the local council.</li>
  <li>Secure the house: make sure it is locked, insured (tell the insurer it is empty) and that anything valuable
    is safe.</li>
  <li>Do not distribute any money or belongings yet, even if relatives ask. As executor you can be personally
    liable if debts or tax are not paid first.</li>
</ol>
<h2>What the full administration involves</h2>
<ul>
  <li>Valuing the estate, writing to banks, pension providers and share registrars, and arranging a valuation of
    the house and any land or livestock.</li>
  <li>Working out whether inheritance tax is due, completing the HMRC return and paying any tax.</li>
  <li>Applying to the Probate Registry for the grant of probate (or letters of administration).</li>
  <li>Collecting in the assets, selling or transferring property and paying debts.</li>
  <li>Placing statutory notices in The Gazette and a local newspaper to protect the executors from unknown
    creditors.</li>
  <li>Preparing estate accounts and paying the beneficiaries.</li>
</ul>
<h2>How long does it take?</h2>
<p>Once the application is submitted, the Probate Registry is currently issuing grants in around 8 to 16 weeks. A
simple estate is usually completed within 9 to 12 months of the death. Estates with a farm, a business, a
property that is hard to sell or an inheritance tax bill commonly take 18 months or more.</p>
<p>We offer both a grant-only service, where we obtain the grant and you do the rest, and a full administration
service. Prices for both are on our <a href="/fees/">fees page</a>.</p>"""

_CONTESTED = """<p class="lead">Disputes about inheritance are painful, and they are often between people who were
once close. We advise people who feel they have been treated unfairly, and executors and beneficiaries who are
defending a will.</p>
<h2>Was the will valid?</h2>
<p>A will can be challenged if:</p>
<ul>
  <li>the person making it did not have the mental capacity to understand what they were doing, for example
    because of advanced dementia;</li>
  <li>they were pressured or coerced into it by someone else (known as undue influence), for example by a carer,
    a new partner or a relative who controlled their day-to-day life;</li>
  <li>they did not know and approve its contents;</li>
  <li>it was not signed and witnessed properly, or it was forged.</li>
</ul>
<p>If you suspect any of these, act quickly. We can enter a caveat at the Probate Registry, which stops a grant of
probate being issued for six months and can be renewed, while we obtain the medical records and the file of
the solicitor or will writer who prepared the will.</p>
<h2>Claims for reasonable financial provision</h2>
<p>Even when a will is perfectly valid, the Inheritance (Provision for Family and Dependants) Act 1975 allows some
people to ask the court for a share of the estate if the will does not make reasonable financial provision for
them. This includes a spouse or civil partner, a former spouse who has not remarried, a cohabitee of two years or
more, children of any age, stepchildren who were treated as children of the family, and anyone who was being
maintained by the person who died.</p>
<p><strong>There is a strict time limit:</strong> a claim must be issued at court within six months of the date of
the grant of probate. The court only extends this in exceptional cases, so please contact us as soon as
possible.</p>
<h2>How disputes are resolved</h2>
<p>Most cases settle through negotiation or mediation without a trial. We will give you an honest view of your
prospects at the start, and explain how costs are likely to be dealt with if the case does go to court.</p>"""

_DIVORCE = """<p class="lead">Separation is hard for any family. When a farm or family business is involved, the
finances are usually the most difficult part to resolve. Gareth Pryce and our family team advise on divorce,
dissolution and the financial arrangements that follow.</p>
<h2>The divorce itself</h2>
<p>Since April 2022 divorce in England and Wales has been &ldquo;no fault&rdquo;. Either spouse, or both together,
can apply online by stating that the marriage has broken down irretrievably. Nobody has to prove adultery or
unreasonable behaviour, and the other spouse can no longer contest the divorce except on very limited grounds.
There is a minimum 20-week period before the conditional order and a further six weeks before the final order.
We usually advise not applying for the final order until the finances are agreed and approved by the court.</p>
<h2>Is my spouse entitled to half the farm?</h2>
<p>Not automatically. The court starts from the needs of both spouses and any children, and then looks at fairness.
Equal sharing is the starting point for assets built up during the marriage, but the court can treat land that
was inherited, or brought into the marriage by one family, differently from the matrimonial pot. The longer the
marriage and the more the inherited land has been used as the family home and livelihood, the less weight that
argument tends to carry.</p>
<p>The court is also usually reluctant to make orders that would force the sale of a working farm if there is
another way to meet both spouses&rsquo; needs, for example by a lump sum paid in instalments, a transfer of part
of the land, or a charge over property that is paid later.</p>
<h2>What we need from you</h2>
<ul>
  <li>three years of farm accounts and the partnership agreement, if there is one;</li>
  <li>details of land, including which parts are owned by parents or other family members;</li>
  <li>pension statements and any prenuptial or postnuptial agreement.</li>
</ul>
<p>Where possible we encourage mediation or round-table meetings, which are quicker, cheaper and kinder to
families who will still see each other at the market and the school gate.</p>"""

_EMPLOYMENT = """<p class="lead">We advise employees on problems at work and help Shropshire employers, from farms
and estates to shops and small manufacturers, get their contracts and procedures right.</p>
<h2>Settlement agreements</h2>
<p>If your employer has offered you a settlement agreement, you must receive advice from an independent solicitor
before signing it, or it will not be legally binding. We check the terms, explain what rights you are giving up,
and tell you whether the offer looks reasonable. If it does not, we can negotiate on your behalf.</p>
<p>Employers almost always agree to pay a contribution towards your legal costs, typically &pound;400 to
&pound;750 plus VAT. Our fee for advising on a standard settlement agreement is &pound;495 plus VAT, so in most
cases the employer&rsquo;s contribution covers our fee in full and you pay nothing. We invoice the employer
directly once the agreement is signed. Most agreements can be dealt with in two or three working days.</p>
<h2>Advice for employees</h2>
<ul>
  <li>Unfair and constructive dismissal, redundancy and disciplinary or grievance procedures</li>
  <li>Discrimination, including pregnancy and disability discrimination</li>
  <li>Unpaid wages, holiday pay and notice pay</li>
</ul>
<p>Before bringing most employment tribunal claims you must contact Acas for early conciliation. The usual time
limit for a claim is three months less one day from the dismissal or the act complained of, so do not wait to get
advice.</p>
<h2>Advice for employers</h2>
<ul>
  <li>Contracts of employment and staff handbooks, including for seasonal and casual workers</li>
  <li>Disciplinary, grievance, absence and redundancy procedures</li>
  <li>Right to work checks and workers on the Seasonal Worker visa route</li>
  <li>Defending employment tribunal claims</li>
</ul>
<p>Our prices for employment tribunal claims are on the <a href="/fees/">fees page</a>.</p>"""

_COMMERCIAL = """<p class="lead">Whether you are taking your first shop unit in Shrewsbury town centre or letting a
converted barn on your farm as a workshop, the lease will govern your business for years. We act for tenants and
landlords.</p>
<h2>Before you sign: heads of terms</h2>
<p>The best time to negotiate is before the lawyers start drafting. Send us the agreed heads of terms as soon as
you have them and we will flag anything unusual, such as a very long term without a break, full repairing
obligations on an old building, or an upward-only rent review.</p>
<h2>What we check in a lease for a tenant</h2>
<ul>
  <li><strong>Length and break clauses.</strong> A break clause lets you end the lease early, often after three or
    five years, but landlords commonly attach conditions, such as all rent being paid and the premises being in
    full repair, and missing a condition by a few pounds can make the break invalid. We try to limit the
    conditions to payment of the main rent and giving vacant possession.</li>
  <li><strong>Repairs.</strong> On an older building we recommend a schedule of condition with photographs, so you
    are not asked to hand it back in better condition than you received it.</li>
  <li><strong>Rent reviews, service charges and insurance rent.</strong></li>
  <li><strong>Use and alterations.</strong> Whether you can fit out the premises as a caf&eacute;, salon or
    workshop and what consents you need from the landlord.</li>
  <li><strong>Security of tenure.</strong> Whether the lease is &ldquo;contracted out&rdquo; of the Landlord and
    Tenant Act 1954, which would mean you have no automatic right to renew at the end.</li>
  <li>Rent deposits and personal guarantees.</li>
</ul>
<h2>For landlords and farm diversification</h2>
<p>We prepare leases of shops, offices, industrial units and converted farm buildings, and advise on rent arrears,
dilapidations and lease renewals. Landlords letting part of a farm should check how a business letting will
affect any future inheritance tax relief.</p>
<p>Commercial lease work is charged on an hourly basis with a written estimate at the outset. Many straightforward
lease reviews for tenants are carried out for an agreed fixed fee.</p>"""

_FEES = """<p class="lead">We believe you should know what your legal work is likely to cost before you instruct
us. The tables below show our prices for our most common services. All legal fees are shown excluding VAT, which
is charged at 20%.</p>
<h2>Residential conveyancing</h2>
<div class="table-responsive">
<table class="table table-bordered table-sm fees-table">
  <thead class="table-light"><tr><th>Property price</th><th>Purchase (freehold)</th><th>Sale (freehold)</th></tr>
  </thead>
  <tbody>
    <tr><td>Up to &pound;250,000</td><td>&pound;995 + VAT</td><td>&pound;850 + VAT</td></tr>
    <tr><td>&pound;250,001 to &pound;500,000</td><td>&pound;1,195 + VAT</td><td>&pound;995 + VAT</td></tr>
    <tr><td>&pound;500,001 to &pound;1,000,000</td><td>&pound;1,495 + VAT</td><td>&pound;1,250 + VAT</td></tr>
    <tr><td>Over &pound;1,000,000</td><td colspan="2">Quotation on request</td></tr>
  </tbody>
</table>
</div>
<p>Leasehold supplement: &pound;350 + VAT. Remortgage: &pound;595 + VAT. Typical disbursements on a purchase:
search pack &pound;320, HM Land Registry fee from &pound;20 to &pound;150 depending on price, electronic ID check
&pound;12 + VAT per person, bank transfer fee &pound;42 + VAT. Stamp Duty Land Tax is payable on top where due.</p>
<h2>Probate and estate administration (uncontested)</h2>
<div class="table-responsive">
<table class="table table-bordered table-sm fees-table">
  <tbody>
    <tr><th>Grant-only service</th><td>&pound;1,250 + VAT fixed fee</td></tr>
    <tr><th>Full administration, simple estate</th><td>&pound;3,000 to &pound;6,500 + VAT</td></tr>
    <tr><th>Probate court fee</th><td>&pound;300 (estates over &pound;5,000)</td></tr>
    <tr><th>Statutory notices</th><td>approximately &pound;250</td></tr>
  </tbody>
</table>
</div>
<p>The full administration range assumes one property, no more than five bank accounts, no inheritance tax to
pay and no disputes. Larger or farming estates are charged at our hourly rates with a written estimate.</p>
<h2>Wills and lasting powers of attorney</h2>
<div class="table-responsive">
<table class="table table-bordered table-sm fees-table">
  <tbody>
    <tr><th>Single will</th><td>&pound;250 + VAT</td></tr>
    <tr><th>Mirror wills for a couple</th><td>&pound;395 + VAT</td></tr>
    <tr><th>Wills with trusts or inheritance tax planning</th><td>from &pound;650 + VAT</td></tr>
    <tr><th>One LPA</th><td>&pound;450 + VAT</td></tr>
    <tr><th>Both LPAs for one person</th><td>&pound;750 + VAT</td></tr>
    <tr><th>Office of the Public Guardian registration</th><td>&pound;92 per LPA</td></tr>
  </tbody>
</table>
</div>
<h2>Divorce</h2>
<p>Divorce application and orders where both parties agree: &pound;650 + VAT, plus the court fee of &pound;612.
Financial settlements are charged at hourly rates.</p>
<h2>Employment tribunal claims (unfair or wrongful dismissal, for employees)</h2>
<div class="table-responsive">
<table class="table table-bordered table-sm fees-table">
  <tbody>
    <tr><th>Simple claim</th><td>&pound;5,000 to &pound;9,000 + VAT</td></tr>
    <tr><th>Medium complexity</th><td>&pound;9,000 to &pound;15,000 + VAT</td></tr>
    <tr><th>High complexity</th><td>&pound;15,000 to &pound;25,000 + VAT</td></tr>
  </tbody>
</table>
</div>
<h2>Hourly rates</h2>
<div class="table-responsive">
<table class="table table-bordered table-sm fees-table">
  <tbody>
    <tr><th>Partner</th><td>&pound;285 + VAT per hour</td></tr>
    <tr><th>Associate solicitor</th><td>&pound;230 + VAT per hour</td></tr>
    <tr><th>Chartered legal executive / probate executive</th><td>&pound;195 + VAT per hour</td></tr>
    <tr><th>Paralegal or trainee</th><td>&pound;140 + VAT per hour</td></tr>
  </tbody>
</table>
</div>
<p>Agricultural property, farm succession and commercial lease work is charged at these rates; we will always give
you a written estimate first.</p>"""

_GETTING_STARTED = """<p class="lead">Instructing a solicitor for the first time can feel daunting. This page explains
what happens from your first call to the point we start work.</p>
<h2>Your initial consultation</h2>
<p>Every new enquiry starts with a free telephone call of up to 20 minutes with a solicitor in the right team, so
you can explain what has happened and we can tell you whether we can help.</p>
<p>If you would like to meet, your first face-to-face meeting of up to an hour costs &pound;175 plus VAT. If you go
on to instruct us on the same matter, that sum is deducted from your final bill. First meetings for wills, LPAs
and residential conveyancing are free of charge.</p>
<h2>How to instruct us</h2>
<ol>
  <li>Call us on 01743 352 718, email enquiries@hcpsolicitors.co.uk or call into reception to arrange your
    consultation.</li>
  <li>After we have spoken, we send a client care letter setting out who will deal with your matter, the estimated
    cost and our terms of business. Please read it, then sign and return it.</li>
  <li>We complete identity checks (see below).</li>
  <li>Where needed, we ask for money on account, for example &pound;350 on a house purchase to pay for searches.</li>
</ol>
<h2>Why we need to check your identity</h2>
<p>The Money Laundering Regulations require solicitors to verify the identity of every client, and for property
purchases to check where the money is coming from. We use the Thirdfort app: we send you a secure link, and you
take a photo of your passport or driving licence and a short selfie video so the app can match your face to the
document. Most people finish it in five minutes. For purchases, the app also lets you share bank statements
securely as evidence of your source of funds.</p>
<p>If you do not have a smartphone, please bring to our office your passport or photocard driving licence, plus a
utility bill, council tax bill or bank statement dated within the last three months showing your current
address.</p>
<h2>Paying us and protecting your money</h2>
<p>We accept payment by bank transfer and by debit card over the phone or at reception. We do not accept cash
payments of more than &pound;500. <strong>Our bank details will never change during your matter and we will
never send new bank details by email.</strong> Always telephone us on a number you already know before sending
money.</p>"""

_COMPLAINTS = """<p class="lead">We aim to give every client an excellent service. If something has gone wrong, we
want to know so we can put it right.</p>
<h2>Step 1: talk to the person dealing with your matter</h2>
<p>Many concerns can be sorted out quickly by speaking to the solicitor handling your work or their supervising
partner.</p>
<h2>Step 2: our complaints partner</h2>
<p>If that does not resolve things, or you would prefer not to raise it with them, please write to Eleanor Clee,
Client Care Partner, at 9 Belmont, Shrewsbury SY1 1TE, or email complaints@hcpsolicitors.co.uk. If your complaint
concerns Eleanor herself, it will be handled by Richard Hallam.</p>
<ul>
  <li>We will acknowledge your complaint within three working days.</li>
  <li>We will investigate, which may include a meeting or call with you, and review your file.</li>
  <li>We will send you our full written response within eight weeks of receiving your complaint.</li>
</ul>
<p>There is no charge for handling your complaint.</p>
<h2>Step 3: the Legal Ombudsman</h2>
<p>If you are not satisfied with our response, or we have not resolved your complaint within eight weeks, you can
ask the Legal Ombudsman to look at it independently. The Ombudsman is free to use. You must normally contact the
Ombudsman within six months of our final response, and no more than one year from the date of the problem or
from when you should reasonably have known about it.</p>
<address>Legal Ombudsman, PO Box 6167, Slough SL1 0EH<br>Telephone: 0300 555 0333<br>Email:
<a href="mailto:enquiries@legalombudsman.org.uk">enquiries@legalombudsman.org.uk</a><br>Website:
<a href="https://www.legalombudsman.org.uk">www.legalombudsman.org.uk</a></address>
<h2>Complaints about our bill</h2>
<p>If your complaint is about our bill, you may also have the right to apply to the court for an assessment of the
bill under Part III of the Solicitors Act 1974. The Legal Ombudsman may not deal with a complaint about a bill
once you have applied to the court.</p>
<h2>Professional conduct concerns</h2>
<p>If you are concerned about our behaviour, for example dishonesty, taking or losing your money or treating you
unfairly because of your age, a disability or another characteristic, you can raise it with the Solicitors
Regulation Authority.</p>"""

_REGULATORY = """<p>Hallam Clee &amp; Pryce Solicitors is a partnership of solicitors practising from 9 Belmont,
Shrewsbury, Shropshire SY1 1TE.</p>
<h2>Our regulator</h2>
<p>We are authorised and regulated by the Solicitors Regulation Authority (SRA), The Cube, 199 Wharfside Street,
Birmingham B1 1RN. Our SRA number is 8004217. Our solicitors are bound by the SRA Standards and Regulations,
which can be read on the SRA website at
<a href="https://www.sra.org.uk/solicitors/standards-regulations/">www.sra.org.uk</a>.</p>
<h2>Partners</h2>
<p>The partners are Richard Hallam, Eleanor Clee and Gareth Pryce, all of whom are solicitors. A list of our staff
and their professional qualifications is on our <a href="/our-team/">team page</a>.</p>
<h2>Professional indemnity insurance</h2>
<p>We hold professional indemnity insurance with Hiscox Insurance Company Limited, covering the firm&rsquo;s legal
work in England and Wales. The cover is &pound;3 million for each and every claim. It protects clients if they
suffer a financial loss because of a mistake made by the firm. Full details of the policy, including its
territorial coverage, are available from our practice manager on request.</p>
<h2>Accreditations</h2>
<ul>
  <li>Law Society Conveyancing Quality Scheme (CQS)</li>
  <li>Lexcel practice management standard</li>
  <li>Membership of the Agricultural Law Association, STEP and Resolution through our partners</li>
</ul>
<h2>Client money and interest</h2>
<p>Money we hold for clients is kept in a client account at Lloyds Bank. We pay interest on money held for you
where the interest would exceed &pound;50, at the rate paid to us by the bank. We are not responsible for losses
caused by a bank failure; the Financial Services Compensation Scheme protects up to &pound;85,000 per person per
banking group.</p>
<h2>VAT and data protection</h2>
<p>VAT registration number: GB 318 4472 06. We are registered with the Information Commissioner&rsquo;s Office,
registration number Z6419873. Our privacy notice is provided with every client care letter.</p>"""

_TEAM = """<p class="lead">We are a team of twelve, most of us born and brought up in Shropshire. Here are the people
you are most likely to deal with.</p>
<div class="team-grid row row-cols-1 row-cols-md-2 g-4">
  <div class="col"><div class="card team-card h-100"><div class="card-body">
    <h3 class="h5">Richard Hallam, Partner</h3>
    <p class="text-muted">Agricultural property, farm succession, commercial leases</p>
    <p>Grandson of the firm&rsquo;s founder, Richard grew up on a dairy farm near Wem and qualified in 1998. He is a
      member of the Agricultural Law Association and is ranked for agriculture in the independent legal
      directories.</p>
  </div></div></div>
  <div class="col"><div class="card team-card h-100"><div class="card-body">
    <h3 class="h5">Eleanor Clee, Partner</h3>
    <p class="text-muted">Wills, inheritance tax, LPAs, probate, contested wills</p>
    <p>Eleanor joined the firm in 2004 and is a full member of STEP (the Society of Trust and Estate Practitioners)
      and an accredited member of Solicitors for the Elderly. She is also the firm&rsquo;s Client Care Partner.</p>
  </div></div></div>
  <div class="col"><div class="card team-card h-100"><div class="card-body">
    <h3 class="h5">Gareth Pryce, Partner</h3>
    <p class="text-muted">Divorce and family finances, employment</p>
    <p>Gareth trained in Cardiff and moved to Shrewsbury in 2009. He is a Resolution-accredited specialist and a
      trained collaborative lawyer.</p>
  </div></div></div>
  <div class="col"><div class="card team-card h-100"><div class="card-body">
    <h3 class="h5">Rebecca Owen, Associate Solicitor</h3>
    <p class="text-muted">Family law</p>
    <p>Rebecca works alongside Gareth on divorce, separation and arrangements for children, and many clients
      going through a separation choose to work with her directly. She is a member of Resolution and qualified as a
      family mediator in 2021.</p>
  </div></div></div>
  <div class="col"><div class="card team-card h-100"><div class="card-body">
    <h3 class="h5">Hannah Morris, Associate Solicitor</h3>
    <p class="text-muted">Residential conveyancing</p>
    <p>Hannah leads our residential property team and supervises every purchase and sale.</p>
  </div></div></div>
  <div class="col"><div class="card team-card h-100"><div class="card-body">
    <h3 class="h5">Sophie Evans, Conveyancing Executive</h3>
    <p class="text-muted">Residential conveyancing</p>
    <p>Sophie handles sales and remortgages day to day and is usually the first person buyers and sellers speak
      to.</p>
  </div></div></div>
  <div class="col"><div class="card team-card h-100"><div class="card-body">
    <h3 class="h5">Judith Lloyd, Probate Executive</h3>
    <p class="text-muted">Estate administration</p>
    <p>Judith has more than twenty years&rsquo; experience of administering estates, including farming estates.</p>
  </div></div></div>
  <div class="col"><div class="card team-card h-100"><div class="card-body">
    <h3 class="h5">Claire Ashford, Practice Manager</h3>
    <p class="text-muted">Office and accounts</p>
    <p>Claire looks after the running of the office, our client account and our IT and data security.</p>
  </div></div></div>
</div>"""

_CONTACT = """<p class="lead">Our office is on Belmont, just off the top of Town Walls and a few minutes&rsquo; walk
from the Square.</p>
<div class="row g-4">
  <div class="col-md-6">
    <h2 class="h4">Office hours</h2>
    <table class="table table-sm opening-hours">
      <tbody>
        <tr><th>Monday to Thursday</th><td>9.00am &ndash; 5.15pm</td></tr>
        <tr><th>Friday</th><td>9.00am &ndash; 4.30pm</td></tr>
        <tr><th>Saturday and Sunday</th><td>Closed</td></tr>
      </tbody>
    </table>
    <p>The office is closed on bank holidays and between Christmas and New Year. We do not open on Saturdays, but
      a partner can see clients on a Saturday morning by prior arrangement, which many farming clients find easier
      during lambing and harvest.</p>
  </div>
  <div class="col-md-6">
    <h2 class="h4">Find us</h2>
    <address>9 Belmont, Shrewsbury SY1 1TE<br>
      <a href="https://www.google.com/maps/search/9+Belmont+Shrewsbury+SY1+1TE">View on Google Maps</a></address>
    <p>Shrewsbury railway station is a ten-minute walk away, and buses from the Park &amp; Ride sites at Oxon,
      Meole Brace and Harlescott stop on Barker Street and at the bus station.</p>
  </div>
</div>
<h2 class="h4">Parking</h2>
<p>We do not have parking for clients at the office. The nearest public car park is St Julian Friars, about five
minutes on foot; Abbey Foregate and Frankwell car parks are around ten minutes away. There is limited on-street
pay and display parking on Belmont itself.</p>
<p>We have one blue badge space at the rear of the building, reached from Belmont Bank. Please call ahead so we can
keep it free for you. Our ground-floor meeting room has level access and a hearing loop.</p>
<h2 class="h4">Home, hospital and farm visits</h2>
<p>If you cannot easily come into Shrewsbury, we can come to you. We regularly visit clients at home, in hospital
and in care homes, and partners will meet farming clients at the farm, which is often the best way to understand
the land and the family.</p>
<p>Visits within 15 miles of Shrewsbury are free of charge. Further afield, including the south-west of the county
around Clun, Bishop&rsquo;s Castle and Ludlow, we add a travel charge of &pound;75 plus VAT per visit. Please
mention when you book that you would like a visit.</p>
<h2 class="h4">Send us a message</h2>
<form class="contact-form" action="/umbraco/surface/contactform/submit" method="post">
  <div class="mb-3"><label class="form-label" for="cf-name">Name</label>
    <input class="form-control" id="cf-name" name="name" type="text" required></div>
  <div class="mb-3"><label class="form-label" for="cf-phone">Phone</label>
    <input class="form-control" id="cf-phone" name="phone" type="tel"></div>
  <div class="mb-3"><label class="form-label" for="cf-email">Email</label>
    <input class="form-control" id="cf-email" name="email" type="email" required></div>
  <div class="mb-3"><label class="form-label" for="cf-msg">How can we help?</label>
    <textarea class="form-control" id="cf-msg" name="message" rows="4"></textarea></div>
  <button class="btn btn-primary" type="submit">Send message</button>
</form>"""


def _faq_item(n, question, answer):
    return f"""<div class="accordion-item">
  <h2 class="accordion-header" id="faq-h{n}">
    <button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#faq-c{n}"
      aria-expanded="false" aria-controls="faq-c{n}">{question}</button>
  </h2>
  <div id="faq-c{n}" class="accordion-collapse collapse" aria-labelledby="faq-h{n}" data-bs-parent="#faqAccordion">
    <div class="accordion-body">{answer}</div>
  </div>
</div>"""


_FAQS = [
    (
        "Can a family member come to the appointment to make a will?",
        "<p>You are welcome to bring a relative or friend for support, and they can help with arranging the "
        "appointment and gathering papers. However, the solicitor will always spend part of the meeting with the "
        "person making the will on their own. This is to make sure the wishes are genuinely their own and to "
        "protect the will against a later challenge, so please do not be offended when we ask you to step "
        "out.</p>",
    ),
    (
        "What happens to my will once it is signed?",
        "<p>We keep the original signed will free of charge in our fireproof deeds room for as long as you wish, "
        "and register its existence with the Certainty National Will Register so that it can be found. You "
        "receive a copy for your records. You can collect the original at any time by appointment, bringing "
        "photo ID.</p>",
    ),
    (
        "What if I need to cancel or rearrange my appointment?",
        "<p>Please let us know at least 24 hours beforehand by phone or email and we will rearrange it at no cost. "
        "If you miss a paid first meeting without telling us, or cancel with less than 24 hours' notice, we may "
        "charge the full meeting fee. We understand that emergencies happen, particularly on farms, and will "
        "always be reasonable.</p>",
    ),
    (
        "Can I have my appointment by video call?",
        "<p>Yes. We can hold most meetings on Microsoft Teams or Zoom, or by telephone. Wills and LPAs still have "
        "to be signed on paper in front of witnesses, and we will arrange that with you separately.</p>",
    ),
    (
        "Can you act for my mortgage lender as well as for me?",
        "<p>We are on the conveyancing panels of almost all high street lenders and building societies, so in most "
        "cases we can act for both you and your lender, which keeps costs down. A few specialist lenders insist on "
        "separate representation and we will tell you at the outset if yours is one of them.</p>",
    ),
    (
        "We are buying a house together but putting in different deposits. What should we do?",
        "<p>Buying as tenants in common with a declaration of trust records who contributed what and how the "
        "property will be divided if you sell or separate. We prepare declarations of trust for &pound;195 plus "
        "VAT alongside your purchase.</p>",
    ),
]

_FAQ = (
    """<p class="lead">Answers to the questions our clients ask most often. If yours is not here, please give us a
call.</p>
<div class="accordion" id="faqAccordion">
"""
    + "\n".join(_faq_item(i, q, a) for i, (q, a) in enumerate(_FAQS, start=1))
    + "\n</div>"
)

HTML = {
    "/": _page(
        "/",
        "Solicitors in Shrewsbury",
        "Hallam Clee &amp; Pryce, solicitors in Shrewsbury for farms, families and businesses across Shropshire.",
        _HOME,
        review="farm",
        sidebar=False,
    ),
    "/agricultural-rural-property/": _page(
        "/agricultural-rural-property/",
        "Agricultural &amp; Rural Property",
        "Farm and land sales, overage, agricultural tenancies and energy agreements in Shropshire.",
        _AGRI,
        section="Farming &amp; Rural",
        review="farm",
    ),
    "/farm-succession-planning/": _page(
        "/farm-succession-planning/",
        "Farm Succession Planning",
        "Succession planning for Shropshire farming families, partnership agreements, APR and BPR.",
        _SUCCESSION,
        section="Farming &amp; Rural",
    ),
    "/residential-conveyancing/": _page(
        "/residential-conveyancing/",
        "Residential Conveyancing",
        "Buying, selling and remortgaging homes in Shrewsbury and Shropshire.",
        _CONVEYANCING,
        section="For You &amp; Your Family",
        review="home",
    ),
    "/wills-inheritance-tax/": _page(
        "/wills-inheritance-tax/",
        "Wills &amp; Inheritance Tax Planning",
        "Wills, trusts and inheritance tax planning solicitors in Shrewsbury.",
        _WILLS,
        section="For You &amp; Your Family",
        review="private",
    ),
    "/lasting-powers-of-attorney/": _page(
        "/lasting-powers-of-attorney/",
        "Lasting Powers of Attorney",
        "Property and financial affairs and health and welfare lasting powers of attorney.",
        _LPA,
        section="For You &amp; Your Family",
    ),
    "/probate-estate-administration/": _page(
        "/probate-estate-administration/",
        "Probate &amp; Estate Administration",
        "Help for executors: grants of probate and full estate administration in Shropshire.",
        _PROBATE,
        section="For You &amp; Your Family",
        review="private",
    ),
    "/contested-wills-inheritance-disputes/": _page(
        "/contested-wills-inheritance-disputes/",
        "Contested Wills &amp; Inheritance Disputes",
        "Challenging or defending a will, and Inheritance Act claims.",
        _CONTESTED,
        section="For You &amp; Your Family",
    ),
    "/divorce-farm-finances/": _page(
        "/divorce-farm-finances/",
        "Divorce &amp; Farm Finances",
        "Divorce, separation and dividing farming and family assets.",
        _DIVORCE,
        section="Farming &amp; Rural",
        review="family",
    ),
    "/employment-law/": _page(
        "/employment-law/",
        "Employment Advice",
        "Employment advice for employees and employers, including settlement agreements.",
        _EMPLOYMENT,
        section="For You &amp; Your Family",
    ),
    "/commercial-leases/": _page(
        "/commercial-leases/",
        "Commercial Leases",
        "Commercial lease advice for tenants and landlords in Shropshire.",
        _COMMERCIAL,
        section="For Business",
    ),
    "/fees/": _page(
        "/fees/",
        "Fees &amp; Price Information",
        "Our prices for conveyancing, probate, wills, LPAs, divorce and employment tribunal claims.",
        _FEES,
    ),
    "/getting-started/": _page(
        "/getting-started/",
        "Getting Started",
        "Initial consultations, how to instruct us and identity checks.",
        _GETTING_STARTED,
        section="About Us",
    ),
    "/complaints/": _page(
        "/complaints/",
        "Complaints Procedure",
        "How to make a complaint and how to contact the Legal Ombudsman.",
        _COMPLAINTS,
        section="About Us",
    ),
    "/regulatory-information/": _page(
        "/regulatory-information/",
        "Regulatory Information",
        "SRA regulation, professional indemnity insurance and other regulatory information.",
        _REGULATORY,
        section="About Us",
    ),
    "/our-team/": _page(
        "/our-team/",
        "Our Team",
        "Meet the partners and staff at Hallam Clee &amp; Pryce Solicitors.",
        _TEAM,
        section="About Us",
        sidebar=False,
    ),
    "/contact-us/": _page(
        "/contact-us/",
        "Contact &amp; Directions",
        "Office hours, directions, parking and home and farm visits.",
        _CONTACT,
    ),
    "/faq/": _page(
        "/faq/",
        "Frequently Asked Questions",
        "Answers to common questions about appointments, wills and buying a home.",
        _FAQ,
        section="About Us",
        review="home",
    ),
}

QUESTIONS = [
    (
        "We're buying about 40 acres of grazing off our neighbour and his agent says he wants a clawback if it ever "
        "gets built on. Is that normal? How much do they usually take",
        "/agricultural-rural-property/",
    ),
    (
        "Dad's 78 and still won't say who gets the farm, me or my brother who works away in Telford. Honestly where "
        "do we even start with this?",
        "/farm-succession-planning/",
    ),
    (
        "Is it true the government is changing the inheritance tax relief on farms? We were always told the farm "
        "would be fine",
        "/farm-succession-planning/",
    ),
    ("roughly how long from offer accepted to getting the keys on a house?", "/residential-conveyancing/"),
    (
        "If our house purchase collapses before we exchange do we still have to pay your full fee?",
        "/residential-conveyancing/",
    ),
    (
        "What would you charge for the legal side of buying a £320,000 house?",
        "/fees/",
    ),
    ("whats a partners hourly rate", "/fees/"),
    (
        "I'm getting married again next summer. Someone at work said that wipes out my old will, is that right?",
        "/wills-inheritance-tax/",
    ),
    (
        "I lost my husband three years ago and the house is worth about £600k. Will my two daughters get clobbered "
        "with inheritance tax when I go?",
        "/wills-inheritance-tax/",
    ),
    (
        "Mum's just been diagnosed with early dementia and wants me to be able to sort her bank and bills for her. "
        "What does she need to sign?",
        "/lasting-powers-of-attorney/",
    ),
    (
        "My dad passed away last week and I'm the executor in his will. What am I meant to do first?",
        "/probate-estate-administration/",
    ),
    (
        "My stepmum got everything and us kids got nothing from Dad's will. Is there a time limit to challenge it?",
        "/contested-wills-inheritance-disputes/",
    ),
    (
        "i think my aunts carer pushed her into changing her will right before she died, she left her the bungalow",
        "/contested-wills-inheritance-disputes/",
    ),
    (
        "My wife's filed for divorce. The farm's been in my family for three generations, can she really take half "
        "of it?",
        "/divorce-farm-finances/",
    ),
    (
        "My boss has handed me a settlement agreement and says they'll pay for me to see a solicitor. Do you do "
        "these and will it cost me anything?",
        "/employment-law/",
    ),
    (
        "I'm opening a little café on Wyle Cop and the landlord wants a 10 year lease with a break at year 5. Could "
        "you look it over before I sign? Anything I should watch out for?",
        "/commercial-leases/",
    ),
    (
        "Why have you sent me a link asking for a selfie video and a photo of my passport? Is this a scam?",
        "/getting-started/",
    ),
    ("Is the first meeting free or do you charge?", "/getting-started/"),
    (
        "I've complained to the firm about how my mum's estate was handled and I'm still not happy. Who can I go "
        "to outside of you?",
        "/complaints/",
    ),
    (
        "If your lot make a mistake on my purchase and it costs me money, are you insured for that?",
        "/regulatory-information/",
    ),
    (
        "is there a lady solicitor who does divorces? I'd feel more comfortable talking to a woman",
        "/our-team/",
    ),
    ("Where can I park when I come in to see you?", "/contact-us/"),
    (
        "We're right out past Clun and it's calving season so I can't really get into town. Could one of you come "
        "out to the farm instead, and is there a charge?",
        "/contact-us/",
    ),
    (
        "Something's come up and I can't make my appointment on Thursday, will I be charged?",
        "/faq/",
    ),
    (
        "My dad's 84 and wants to redo his will. Can I come along to the appointment with him to help?",
        "/faq/",
    ),
]

OUT_OF_SCOPE = [
    "My son's been arrested and he's at the police station now, can someone come down and represent him tonight?",
    "Can you help my wife get a UK spouse visa? She's from the Philippines",
    "I slipped on a wet floor in a supermarket and hurt my wrist, do you do personal injury claims?",
    "We're thinking of buying a holiday home in Brittany, can you do the French side of the purchase?",
    "The builder who did our extension has left it leaking and won't come back. Can you take him to court for us?",
    "Are you taking on any trainee solicitors next year?",
    "What time does the Shrewsbury Market Hall open on a Saturday?",
    "Can you recommend a good farm vet near Church Stretton?",
]
