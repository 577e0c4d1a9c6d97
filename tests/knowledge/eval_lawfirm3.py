"""An evaluation site: Sowerby & Lund Solicitors, a high-street firm of solicitors in York (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a site built on a
law-firm marketing platform: page-wrap, a primary-nav mega-menu by service area, content-area with an
article.service and an aside.sidebar (callback form, accreditations), a testimonials slider and footer-columns.
"""

NAME = "Sowerby & Lund Solicitors"

_ANALYTICS = """<script async src="https://www.googletagmanager.com/gtag/js?id=G-SL4Y0RK21"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}
gtag('js',new Date());gtag('config','G-SL4Y0RK21');</script>"""

_COOKIES = """<div class="cookie-notice" id="cookie-notice" role="dialog" aria-live="polite">
  <div class="cookie-notice__inner">
    <p>We use cookies to understand how visitors use our website and to improve it. Essential cookies are
    always on. You can accept or reject analytics cookies.</p>
    <div class="cookie-notice__buttons">
      <button class="btn btn--small cookie-accept">Accept all</button>
      <button class="btn btn--small btn--ghost cookie-reject">Reject analytics</button>
    </div>
  </div>
</div>"""

_NAV = """<nav class="primary-nav" aria-label="Main menu">
  <ul class="primary-nav__list">
    <li class="primary-nav__item"><a href="/">Home</a></li>
    <li class="primary-nav__item has-mega"><a href="#" class="mega-trigger">For You &amp; Your Family</a>
      <div class="mega-menu">
        <div class="mega-menu__inner">
          <div class="mega-col">
            <h4 class="mega-col__title">Planning Ahead</h4>
            <ul>
              <li><a href="/wills/">Wills</a></li>
              <li><a href="/lasting-powers-of-attorney/">Lasting Powers of Attorney</a></li>
              <li><a href="/home-visits/">Home &amp; Hospital Visits</a></li>
            </ul>
          </div>
          <div class="mega-col">
            <h4 class="mega-col__title">When Someone Dies</h4>
            <ul>
              <li><a href="/probate/">Probate &amp; Estate Administration</a></li>
            </ul>
          </div>
          <div class="mega-col">
            <h4 class="mega-col__title">Family Law</h4>
            <ul>
              <li><a href="/family-law/">Divorce &amp; Separation</a></li>
              <li><a href="/child-arrangements/">Child Arrangements</a></li>
            </ul>
          </div>
        </div>
      </div>
    </li>
    <li class="primary-nav__item has-mega"><a href="#" class="mega-trigger">Property</a>
      <div class="mega-menu">
        <div class="mega-menu__inner">
          <div class="mega-col">
            <h4 class="mega-col__title">Residential Property</h4>
            <ul>
              <li><a href="/conveyancing/">Buying, Selling &amp; Remortgage</a></li>
            </ul>
          </div>
          <div class="mega-col">
            <h4 class="mega-col__title">Rented Property</h4>
            <ul>
              <li><a href="/landlord-and-tenant/">Landlord &amp; Tenant</a></li>
            </ul>
          </div>
        </div>
      </div>
    </li>
    <li class="primary-nav__item has-mega"><a href="#" class="mega-trigger">Work &amp; Business</a>
      <div class="mega-menu">
        <div class="mega-menu__inner">
          <div class="mega-col">
            <h4 class="mega-col__title">For Employees</h4>
            <ul>
              <li><a href="/employment-law/">Employment Law</a></li>
            </ul>
          </div>
          <div class="mega-col">
            <h4 class="mega-col__title">For Small Businesses</h4>
            <ul>
              <li><a href="/business-contracts/">Business Contracts</a></li>
            </ul>
          </div>
        </div>
      </div>
    </li>
    <li class="primary-nav__item has-mega"><a href="#" class="mega-trigger">Working With Us</a>
      <div class="mega-menu">
        <div class="mega-menu__inner">
          <div class="mega-col">
            <h4 class="mega-col__title">Getting Started</h4>
            <ul>
              <li><a href="/first-appointment/">Your First Appointment</a></li>
              <li><a href="/fees-and-funding/">Fees &amp; Funding</a></li>
            </ul>
          </div>
          <div class="mega-col">
            <h4 class="mega-col__title">About the Firm</h4>
            <ul>
              <li><a href="/our-team/">Meet the Team</a></li>
              <li><a href="/regulatory-information/">Regulatory Information</a></li>
              <li><a href="/complaints/">Complaints Procedure</a></li>
            </ul>
          </div>
        </div>
      </div>
    </li>
    <li class="primary-nav__item"><a href="/faq/">FAQs</a></li>
    <li class="primary-nav__item primary-nav__item--cta"><a href="/contact/">Contact Us</a></li>
  </ul>
</nav>"""

_HEADER = (
    """<div class="top-bar">
  <div class="container top-bar__inner">
    <span class="top-bar__item top-bar__phone"><i class="icon-phone"></i>
      <a href="tel:+441904629418">01904 629 418</a></span>
    <span class="top-bar__item top-bar__email"><i class="icon-mail"></i>
      <a href="mailto:enquiries@sowerbylund.co.uk">enquiries@sowerbylund.co.uk</a></span>
    <a class="btn btn--callback" href="/contact/#callback">Request a callback</a>
  </div>
</div>
<header class="site-header">
  <div class="container site-header__inner">
    <a class="logo" href="/"><img src="/media/branding/sowerby-lund-logo.svg"
      alt="Sowerby &amp; Lund Solicitors, York" width="260" height="64"></a>
    <button class="nav-toggle" aria-label="Open menu"><span></span><span></span><span></span></button>
"""
    + _NAV
    + """
  </div>
</header>"""
)

_SIDEBAR = """<aside class="sidebar">
  <div class="widget widget--callback" id="sidebar-callback">
    <h3 class="widget__title">Request a callback</h3>
    <p>Leave your details and one of our team will ring you at a time that suits you.</p>
    <form class="callback-form" action="#" method="post">
      <label>Your name <input type="text" name="name" required></label>
      <label>Phone number <input type="tel" name="phone" required></label>
      <label>What do you need help with?
        <select name="area">
          <option>Wills &amp; LPAs</option><option>Probate</option><option>Buying or selling a home</option>
          <option>Divorce &amp; family</option><option>Employment</option><option>Landlord &amp; tenant</option>
          <option>Business contracts</option><option>Something else</option>
        </select>
      </label>
      <label>Best time to call
        <select name="time"><option>Morning</option><option>Lunchtime</option><option>Afternoon</option></select>
      </label>
      <label class="checkbox"><input type="checkbox" name="consent" required> I agree to be contacted about my
        enquiry</label>
      <button type="submit" class="btn btn--primary">Call me back</button>
    </form>
  </div>
  <div class="widget widget--accreditations">
    <h3 class="widget__title">Accredited &amp; regulated</h3>
    <ul class="accreditation-logos">
      <li><img src="/media/accreditations/lexcel.png" alt="Law Society Lexcel Practice Management Standard"></li>
      <li><img src="/media/accreditations/cqs.png" alt="Law Society Conveyancing Quality Scheme"></li>
      <li><img src="/media/accreditations/sra-badge.png" alt="Regulated by the SRA"></li>
    </ul>
  </div>
</aside>"""

_TESTIMONIALS = """<section class="testimonials">
  <div class="container">
    <h2 class="testimonials__title">What our clients say</h2>
    <div class="testimonial-slider" data-autoplay="6000">
      <div class="testimonial-slide">
        <blockquote>"Hannah made a horrible few months so much easier. Nothing was too much trouble and she
          explained every step in plain English."</blockquote>
        <cite>Mrs J. Atkinson, Haxby &middot; &#9733;&#9733;&#9733;&#9733;&#9733;</cite>
      </div>
      <div class="testimonial-slide">
        <blockquote>"Our purchase had a chain of five and Gareth kept everybody moving. Always answered
          the phone, which is more than I can say for the estate agent!"</blockquote>
        <cite>Mr &amp; Mrs Kaur, Fulford &middot; &#9733;&#9733;&#9733;&#9733;&#9733;</cite>
      </div>
      <div class="testimonial-slide">
        <blockquote>"Calm, honest advice when I really needed it. I knew exactly where I stood with costs from
          day one."</blockquote>
        <cite>Ms L. Thornton, Clifton &middot; &#9733;&#9733;&#9733;&#9733;&#9733;</cite>
      </div>
      <div class="testimonial-slide">
        <blockquote>"Tom sorted my paperwork with my old employer in two days. Would recommend to anyone."</blockquote>
        <cite>D. Metcalfe, Acomb &middot; &#9733;&#9733;&#9733;&#9733;&#9733;</cite>
      </div>
    </div>
    <div class="slider-dots"><button></button><button></button><button></button><button></button></div>
    <p class="testimonials__source">Rated 4.9 out of 5 from 312 reviews on ReviewSolicitors</p>
  </div>
</section>"""

_CTA = """<section class="cta-band">
  <div class="container cta-band__inner">
    <h2>Talk to a York solicitor today</h2>
    <p>Ring us, email us or pop in to our office on Blossom Street.</p>
    <a class="btn btn--primary" href="/first-appointment/">Book a consultation</a>
    <a class="btn btn--ghost" href="tel:+441904629418">Call 01904 629 418</a>
  </div>
</section>"""

_FOOTER = """<footer class="site-footer">
  <div class="container">
    <div class="footer-columns">
      <div class="footer-col footer-col--about">
        <img class="footer-logo" src="/media/branding/sowerby-lund-logo-white.svg" alt="Sowerby &amp; Lund">
        <address>Sowerby &amp; Lund Solicitors LLP<br>41 Blossom Street<br>York<br>YO24 1AQ</address>
        <p><a href="tel:+441904629418">01904 629 418</a><br>
          <a href="mailto:enquiries@sowerbylund.co.uk">enquiries@sowerbylund.co.uk</a></p>
      </div>
      <div class="footer-col">
        <h4>Our services</h4>
        <ul>
          <li><a href="/wills/">Wills</a></li>
          <li><a href="/lasting-powers-of-attorney/">Lasting Powers of Attorney</a></li>
          <li><a href="/probate/">Probate</a></li>
          <li><a href="/conveyancing/">Conveyancing</a></li>
          <li><a href="/family-law/">Divorce &amp; Separation</a></li>
          <li><a href="/child-arrangements/">Child Arrangements</a></li>
          <li><a href="/employment-law/">Employment Law</a></li>
          <li><a href="/landlord-and-tenant/">Landlord &amp; Tenant</a></li>
          <li><a href="/business-contracts/">Business Contracts</a></li>
        </ul>
      </div>
      <div class="footer-col">
        <h4>Useful links</h4>
        <ul>
          <li><a href="/fees-and-funding/">Fees &amp; Funding</a></li>
          <li><a href="/first-appointment/">Your First Appointment</a></li>
          <li><a href="/home-visits/">Home Visits</a></li>
          <li><a href="/our-team/">Our Team</a></li>
          <li><a href="/faq/">FAQs</a></li>
          <li><a href="/complaints/">Complaints</a></li>
          <li><a href="/regulatory-information/">Regulatory Information</a></li>
          <li><a href="/contact/">Contact &amp; Parking</a></li>
        </ul>
      </div>
      <div class="footer-col footer-col--hours">
        <h4>Office hours</h4>
        <p>Monday to Friday 9am &ndash; 5.30pm<br>Saturday by appointment<br>Sunday closed</p>
        <ul class="social-links">
          <li><a href="https://www.facebook.com/sowerbylundsolicitors" aria-label="Facebook">Facebook</a></li>
          <li><a href="https://www.linkedin.com/company/sowerby-lund-solicitors" aria-label="LinkedIn">LinkedIn</a></li>
          <li><a href="https://www.instagram.com/sowerbylundyork" aria-label="Instagram">Instagram</a></li>
        </ul>
      </div>
    </div>
    <div class="footer-bottom">
      <div class="sra-badge-wrap"><img src="/media/accreditations/sra-digital-badge.png"
        alt="Solicitors Regulation Authority digital badge"></div>
      <p class="legal-small">Sowerby &amp; Lund Solicitors LLP is a limited liability partnership registered in
        England and Wales (OC412876). Authorised and regulated by the Solicitors Regulation Authority
        (SRA number 651342).</p>
      <p class="copyright">&copy; 2025 Sowerby &amp; Lund Solicitors LLP. All rights reserved.
        Website by LexSites Legal Marketing.</p>
    </div>
  </div>
</footer>"""


def _page(title, description, body, *, sidebar=True, testimonials=False, hero_class="page-hero"):
    """Wrap a page body in the shared head, header, sidebar and footer of the theme."""
    aside = _SIDEBAR if sidebar else ""
    slider = _TESTIMONIALS if testimonials else ""
    layout = "content-area content-area--with-sidebar" if sidebar else "content-area content-area--full"
    return (
        """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>"""
        + title
        + """ | Sowerby &amp; Lund Solicitors, York</title>
<meta name="description" content=\""""
        + description
        + """\">
<meta name="robots" content="index, follow">
<meta property="og:site_name" content="Sowerby &amp; Lund Solicitors">
<meta property="og:title" content=\""""
        + title
        + """\">
<link rel="icon" href="/media/branding/favicon.png">
<link rel="stylesheet" href="/lexsites/theme/css/core.min.css?v=4.8.2">
<link rel="stylesheet" href="/lexsites/theme/css/mega-menu.css?v=4.8.2">
<link rel="stylesheet" href="/lexsites/client/sowerby-lund/custom.css">
"""
        + _ANALYTICS
        + """
</head>
<body class="lexsites-theme theme-heritage">
"""
        + _COOKIES
        + """
<div class="page-wrap">
"""
        + _HEADER
        + """
<div class=\""""
        + hero_class
        + """\"><div class="container"><p class="breadcrumbs"><a href="/">Home</a> &rsaquo; """
        + title
        + """</p></div></div>
<main id="main">
  <div class="container">
    <div class=\""""
        + layout
        + """\">
"""
        + body
        + "\n"
        + aside
        + """
    </div>
  </div>
"""
        + slider
        + "\n"
        + _CTA
        + """
</main>
"""
        + _FOOTER
        + """
</div>
</body>
</html>
"""
    )


_HOME = """<article class="service service--home">
  <div class="home-hero">
    <h1>Friendly, straightforward legal advice in the heart of York</h1>
    <p class="lead">Sowerby &amp; Lund has been looking after the people and small businesses of York since
      1978. We are a team of solicitors, legal executives and support staff working from our office just
      inside Micklegate Bar, and we pride ourselves on speaking to people in plain English.</p>
    <a class="btn btn--primary" href="/first-appointment/">Book a consultation</a>
    <a class="btn btn--ghost" href="/conveyancing/">Get a conveyancing quote</a>
  </div>
  <div class="service-grid">
    <div class="service-card">
      <h3><a href="/wills/">Wills</a></h3>
      <p>Make sure the people you love are looked after, and that your wishes are clear.</p>
    </div>
    <div class="service-card">
      <h3><a href="/lasting-powers-of-attorney/">Lasting Powers of Attorney</a></h3>
      <p>Choose who can make decisions for you if you ever can't make them yourself.</p>
    </div>
    <div class="service-card">
      <h3><a href="/probate/">Probate</a></h3>
      <p>Practical help for executors and families after a death.</p>
    </div>
    <div class="service-card">
      <h3><a href="/conveyancing/">Conveyancing</a></h3>
      <p>Buying, selling or remortgaging your home, with a fixed fee agreed up front.</p>
    </div>
    <div class="service-card">
      <h3><a href="/family-law/">Divorce &amp; Separation</a></h3>
      <p>Sensitive, practical advice when a relationship ends.</p>
    </div>
    <div class="service-card">
      <h3><a href="/child-arrangements/">Child Arrangements</a></h3>
      <p>Putting children first when parents can't agree.</p>
    </div>
    <div class="service-card">
      <h3><a href="/employment-law/">Employment Law</a></h3>
      <p>Advice for employees on settlement agreements and dismissal.</p>
    </div>
    <div class="service-card">
      <h3><a href="/landlord-and-tenant/">Landlord &amp; Tenant</a></h3>
      <p>Help for private landlords and tenants of residential property.</p>
    </div>
    <div class="service-card">
      <h3><a href="/business-contracts/">Business Contracts</a></h3>
      <p>Terms, agreements and contract reviews for sole traders and small firms.</p>
    </div>
  </div>
  <section class="why-us">
    <h2>Why choose Sowerby &amp; Lund?</h2>
    <ul class="tick-list">
      <li>Local and independent: every file is run from our York office, not a call centre.</li>
      <li>Lexcel accredited by the Law Society since 2012, and members of the Conveyancing Quality Scheme.</li>
      <li>Clear pricing: most of our work is done for a fixed fee, agreed before we start.</li>
      <li>Eight qualified lawyers, so there is always someone who can pick up your call.</li>
      <li>We come to you if getting into town is difficult.</li>
    </ul>
  </section>
  <section class="news-teaser">
    <h2>Latest from the blog</h2>
    <div class="post-teaser"><h3>Five reasons to review your will this year</h3>
      <p class="meta">Posted in Wills &middot; 3 min read</p></div>
    <div class="post-teaser"><h3>Buying your first home in York: a step-by-step guide</h3>
      <p class="meta">Posted in Property &middot; 5 min read</p></div>
  </section>
</article>"""

_WILLS = """<article class="service">
  <h1>Wills</h1>
  <p class="lead">A properly drawn up will is the only way to be sure your money, your home and your belongings
    go to the people you choose. It also lets you name guardians for young children and choose the executors
    who will sort everything out.</p>
  <h2>What happens if you don't make a will?</h2>
  <p>If you die without a valid will, the intestacy rules decide who inherits. These rules often surprise
    people. An unmarried partner has no automatic right to anything, however long you have lived together
    and even if you have children together. Your partner could be left having to go to court to claim a
    share, and a home held in your sole name could pass to your children or even your parents instead. If
    you live together without being married or in a civil partnership, a will is essential.</p>
  <h2>When should I update my will?</h2>
  <ul>
    <li>Getting married or entering a civil partnership cancels any existing will, unless it was written
      with the marriage in mind.</li>
    <li>Divorce does not cancel your will, but your ex-spouse is treated as if they had died.</li>
    <li>The birth of a child or grandchild, buying a property or a big change in your savings.</li>
    <li>If an executor or guardian you chose has died or is no longer suitable.</li>
  </ul>
  <h2>How it works</h2>
  <p>We meet you (in the office, by video or at home), take your instructions, and send you a draft will
    within 10 working days. Once you are happy, you sign it in front of two independent witnesses, which we
    supervise so that the will cannot later be challenged for being signed incorrectly.</p>
  <h2>Our fixed fees for wills</h2>
  <div class="table-wrap">
    <table class="price-table">
      <thead><tr><th>Service</th><th>Fee (plus VAT)</th></tr></thead>
      <tbody>
        <tr><td>Single will</td><td>&pound;195</td></tr>
        <tr><td>Mirror wills for a couple (two wills in matching terms)</td><td>&pound;325</td></tr>
        <tr><td>Will including a trust (e.g. property protection or disabled beneficiary trust)</td>
          <td>from &pound;450</td></tr>
        <tr><td>Codicil (a small change to an existing will)</td><td>&pound;95</td></tr>
      </tbody>
    </table>
  </div>
  <p class="small">Fees cover advice, drafting, one set of amendments and supervising the signing.</p>
  <a class="btn btn--primary" href="/first-appointment/">Book a will appointment</a>
</article>"""

_LPA = """<article class="service">
  <h1>Lasting Powers of Attorney</h1>
  <p class="lead">A Lasting Power of Attorney (LPA) is a legal document that lets you choose one or more people
    you trust, your attorneys, to make decisions for you if you lose the ability to make them yourself, for
    example through dementia, a stroke or a serious accident.</p>
  <h2>The two types of LPA</h2>
  <div class="two-col">
    <div class="col">
      <h3>Property and financial affairs</h3>
      <p>Lets your attorneys run your bank accounts, pay your bills and care home fees, deal with your pension
        and benefits, and sell your house if needed. With your permission it can be used while you still
        have capacity, which is handy if you simply need help.</p>
    </div>
    <div class="col">
      <h3>Health and welfare</h3>
      <p>Covers where you live, your day-to-day care, medical treatment and, if you choose, life-sustaining
        treatment. It can only be used once you can no longer make the decision yourself.</p>
    </div>
  </div>
  <h2>Don't leave it too late</h2>
  <p>You can only make an LPA while you have mental capacity. If a parent is starting to struggle, or is
    about to move into residential care, it is important to act while they can still understand and sign
    the documents. Once capacity has gone, the family has to apply to the Court of Protection for a
    deputyship order, which is slower, more expensive and supervised every year. We can help with deputyship
    applications on an hourly rate basis.</p>
  <h2>Registration</h2>
  <p>An LPA must be registered with the Office of the Public Guardian before it can be used. The OPG's fee is
    &pound;82 for each LPA (reduced or waived for people on low incomes or certain benefits). Registration
    is currently taking the OPG around 16 weeks.</p>
  <h2>Our fees</h2>
  <table class="price-table">
    <thead><tr><th>Service</th><th>Fee (plus VAT)</th></tr></thead>
    <tbody>
      <tr><td>One LPA</td><td>&pound;395</td></tr>
      <tr><td>Both types for one person</td><td>&pound;595</td></tr>
      <tr><td>Both types for a couple (four LPAs)</td><td>&pound;995</td></tr>
    </tbody>
  </table>
  <p class="small">Our fee includes acting as certificate provider, preparing the forms and registering them
    with the OPG. The OPG registration fee is extra.</p>
</article>"""

_PROBATE = """<article class="service">
  <h1>Probate &amp; Estate Administration</h1>
  <p class="lead">When someone dies, their affairs have to be wound up: money collected in, debts and tax paid,
    and what is left passed to the right people. We can take as much or as little of this off your hands as
    you would like.</p>
  <h2>Do we need probate?</h2>
  <p>Most banks, building societies and the Land Registry will ask for a grant of representation before they
    release money or allow a house to be sold. If there is a will, the executors apply for a grant of
    probate; if there is no will, the next of kin apply for letters of administration. The application is
    made online or on paper to the Probate Registry; there is no court hearing and nobody has to attend
    court. Small accounts can sometimes be released without a grant, and we can check this for you.</p>
  <h2>What estate administration involves</h2>
  <ol>
    <li>Finding the will and valuing everything the person owned and owed.</li>
    <li>Completing the inheritance tax paperwork for HMRC, even when no tax is due.</li>
    <li>Applying for the grant.</li>
    <li>Closing accounts, selling or transferring property and shares, and paying debts.</li>
    <li>Placing statutory notices for unknown creditors.</li>
    <li>Preparing estate accounts and paying the beneficiaries.</li>
  </ol>
  <p>If you have been named as an executor but feel too old, unwell or busy to take it on, you can ask us to
    do all of the work on your behalf, or in some cases step aside altogether.</p>
  <h2>Our fees</h2>
  <table class="price-table">
    <thead><tr><th>Service</th><th>Fee (plus VAT)</th></tr></thead>
    <tbody>
      <tr><td>Grant-only service: we obtain the grant, you deal with the rest</td><td>&pound;950</td></tr>
      <tr><td>Full estate administration, straightforward estate</td><td>&pound;3,000 to &pound;7,500</td></tr>
    </tbody>
  </table>
  <p>For a full administration we charge on an hourly rate and give you a written estimate at the start;
    as a guide this usually works out at between 1.5% and 2.5% of the value of the estate. Disbursements
    include the probate application fee of &pound;300 (for estates over &pound;5,000), Gazette and local
    newspaper notices (about &pound;110) and bankruptcy searches (&pound;2 per beneficiary).</p>
  <h2>How long will it take?</h2>
  <p>A grant is currently issued roughly 12 to 16 weeks after application. A straightforward estate is usually
    wound up within 9 to 12 months; estates with a house to sell or a tax return to settle can take longer.</p>
</article>"""

_CONVEYANCING = """<article class="service">
  <h1>Residential Conveyancing</h1>
  <p class="lead">Whether you are a first-time buyer, moving up the ladder, downsizing or changing lenders, our
    property team will get you there with the minimum of fuss. We are members of the Law Society's
    Conveyancing Quality Scheme and on the panels of all the major lenders.</p>
  <h2>Fixed-fee quotes</h2>
  <p>Every transaction gets a written, fixed-fee quote before you instruct us. Ring us or use the quote
    button below; quotes are valid for three months. Our legal fees are:</p>
  <div class="table-wrap">
    <table class="price-table">
      <thead><tr><th>Property price</th><th>Purchase</th><th>Sale</th></tr></thead>
      <tbody>
        <tr><td>Up to &pound;250,000</td><td>&pound;950</td><td>&pound;850</td></tr>
        <tr><td>&pound;250,001 to &pound;500,000</td><td>&pound;1,150</td><td>&pound;995</td></tr>
        <tr><td>&pound;500,001 to &pound;1,000,000</td><td>&pound;1,450</td><td>&pound;1,250</td></tr>
        <tr><td>Over &pound;1,000,000</td><td colspan="2">Quote on request</td></tr>
      </tbody>
    </table>
  </div>
  <p>All fees are plus VAT. Supplements: leasehold &pound;295, new build &pound;200, shared ownership or a
    Lifetime ISA &pound;150 each. Typical disbursements on a purchase are a search pack (about &pound;320),
    Land Registry fee (&pound;45 to &pound;150 depending on price), electronic ID checks (&pound;12 per
    person), a bank transfer fee of &pound;40, and Stamp Duty Land Tax if it is payable.</p>
  <h2>Remortgages</h2>
  <p>If you are moving your mortgage to a new lender, the new lender will need a conveyancer to register its
    mortgage and pay off the old one. Many lenders offer a free legal package using their own panel firm,
    but you are welcome to use us instead: our fee is &pound;495 plus VAT, plus Land Registry fees and
    searches where the lender requires them. If you are simply taking a new product with your existing
    lender, you normally don't need a solicitor at all.</p>
  <h2>How long does it take?</h2>
  <p>A typical freehold purchase takes 10 to 14 weeks from offer to completion. Leasehold and new-build
    purchases and longer chains often take longer. We will keep you updated at every stage and you can check
    progress at any time on our online case tracker.</p>
  <h2>Protect yourself from fraud</h2>
  <p>We will never change our bank details by email. Always ring us on a number you already know before
    sending any money.</p>
  <a class="btn btn--primary" href="/contact/">Get a conveyancing quote</a>
</article>"""

_FAMILY = """<article class="service">
  <h1>Divorce &amp; Separation</h1>
  <p class="lead">The end of a marriage or long relationship is one of the hardest things anyone goes through.
    Our family team will help you understand your options and reach a fair outcome with as little conflict
    as possible. We are members of Resolution and follow its code of practice.</p>
  <h2>No-fault divorce</h2>
  <p>Since April 2022, nobody has to blame anyone to get divorced in England and Wales. The only ground is
    that the marriage has broken down irretrievably. You can apply jointly, or one of you can apply alone as a
    sole applicant. Your spouse does not have to agree: they can only dispute the divorce on very narrow
    legal grounds, such as the marriage not being valid, and cannot simply refuse.</p>
  <h2>The steps and timescale</h2>
  <ol>
    <li>The application is made online and the court fee of &pound;612 is paid.</li>
    <li>There is a 20-week reflection period before you can apply for the conditional order.</li>
    <li>Six weeks and one day after the conditional order you can apply for the final order, which ends the
      marriage.</li>
  </ol>
  <p>Most divorces take about seven to eight months in all. We usually advise waiting for the finances to be
    sorted before applying for the final order.</p>
  <h2>Sorting out money and property</h2>
  <p>The divorce itself does not deal with money. Everything either of you owns, including the family home,
    savings, businesses and pensions, can be taken into account, whoever's name it is in. Pensions are often
    the biggest asset after the house; they can be shared under a pension sharing order, although pension
    built up before the marriage may be treated differently. There is no automatic 50/50 split: the court
    looks at needs, contributions, the length of the marriage and above all any children's needs. Any
    agreement should be made into a consent order (court fee &pound;58) so that it is legally binding.</p>
  <h2>Our fees</h2>
  <table class="price-table">
    <thead><tr><th>Service</th><th>Fee (plus VAT)</th></tr></thead>
    <tbody>
      <tr><td>Divorce process, sole or joint applicant, uncontested</td><td>&pound;750</td></tr>
      <tr><td>Consent order where terms are already agreed</td><td>&pound;950</td></tr>
      <tr><td>Financial negotiations and court proceedings</td><td>Hourly rate, with estimate</td></tr>
    </tbody>
  </table>
  <h2>If you are frightened of your partner</h2>
  <p>If you are at risk of violence or abuse, we can apply urgently to the court for a non-molestation or
    occupation order, often the same day. In an emergency, always call 999.</p>
</article>"""

_CHILDREN = """<article class="service">
  <h1>Child Arrangements</h1>
  <p class="lead">When parents separate, the best arrangements for children are usually the ones the parents
    agree between themselves. When that isn't possible, we can help you reach an agreement or, if necessary,
    ask the family court to decide.</p>
  <h2>Child arrangements orders</h2>
  <p>A child arrangements order sets out who a child lives with and when they spend time with the other
    parent, whether that is overnight stays, weekends, holidays or video calls. The court's only concern is
    the child's welfare. There is no presumption in favour of either mother or father, and the law presumes
    that a child benefits from having both parents involved unless that would put the child at risk.</p>
  <p>If you have been stopped from seeing your child, the first step is usually a calm letter from us to the
    other parent proposing arrangements. Many cases settle at this stage.</p>
  <h2>Mediation first</h2>
  <p>Before you can apply to court you must normally attend a Mediation Information and Assessment Meeting
    (MIAM) with an accredited mediator, to see whether mediation could work. You have to attend the MIAM, but
    mediation itself is voluntary, and if your ex will not engage the mediator signs the form you need to go
    to court. There are exemptions, for example where there has been domestic abuse, or the matter is urgent.</p>
  <h2>Going to court</h2>
  <p>The application (form C100) costs &pound;263. Cafcass carries out safeguarding checks and the first
    hearing is usually listed 8 to 12 weeks later. Many cases are resolved at or after that first hearing;
    others need a report from Cafcass and a final hearing.</p>
  <h2>Other issues we help with</h2>
  <ul>
    <li>Taking children abroad on holiday or relocating with them.</li>
    <li>Changing a child's surname or school.</li>
    <li>Grandparents who want to keep seeing their grandchildren (they usually need the court's permission
      to apply).</li>
  </ul>
  <h2>Our fees</h2>
  <table class="price-table">
    <thead><tr><th>Service</th><th>Fee (plus VAT)</th></tr></thead>
    <tbody>
      <tr><td>Initial letter to the other parent</td><td>&pound;350</td></tr>
      <tr><td>Preparing the C100 and representing you at the first hearing</td><td>&pound;900</td></tr>
      <tr><td>Later hearings</td><td>Hourly rate, with estimate</td></tr>
    </tbody>
  </table>
</article>"""

_EMPLOYMENT = """<article class="service">
  <h1>Employment Law for Employees</h1>
  <p class="lead">We act for employees at every level, from shop floor to senior management, who are
    facing problems at work. We do not act for employers in employment disputes.</p>
  <h2>Settlement agreements</h2>
  <p>A settlement agreement is a legal contract in which you agree not to bring claims against your employer,
    usually in return for a payment. For the agreement to be binding, the law requires you to receive
    independent legal advice from a qualified adviser, who then signs a certificate. That is where we come
    in.</p>
  <p>Your employer will almost always pay a contribution towards your legal fees, typically &pound;400 to
    &pound;750 plus VAT, paid direct to us. In most cases this covers our fee in full and you pay nothing.
    If the agreement is complicated or you want us to negotiate a better package, we will tell you in
    advance if anything extra is likely. We can usually see you and turn the agreement round within
    48 hours.</p>
  <h2>Unfair dismissal</h2>
  <p>To claim ordinary unfair dismissal you normally need two years' continuous service with your employer.
    Some dismissals are automatically unfair from day one, for example for whistleblowing, pregnancy or
    asserting a statutory right, and discrimination claims need no qualifying service at all.</p>
  <p><strong>Time limits are very strict.</strong> You must contact ACAS to start early conciliation within
    three months less one day of the date your employment ended. Miss this and the tribunal will almost
    certainly refuse to hear your claim, so please contact us as soon as you can after being dismissed.</p>
  <h2>Other help at work</h2>
  <ul>
    <li>Grievances and disciplinary hearings</li>
    <li>Redundancy and redundancy pay</li>
    <li>Unpaid wages, holiday pay and notice pay</li>
    <li>Checking a new contract or restrictive covenants before you sign</li>
  </ul>
  <h2>Our fees</h2>
  <table class="price-table">
    <thead><tr><th>Service</th><th>Fee (plus VAT)</th></tr></thead>
    <tbody>
      <tr><td>Settlement agreement advice</td><td>Usually covered by employer contribution</td></tr>
      <tr><td>Initial assessment of an unfair dismissal claim</td><td>&pound;250</td></tr>
      <tr><td>Simple unfair dismissal claim up to and including the hearing</td>
        <td>&pound;4,000 to &pound;12,000</td></tr>
    </tbody>
  </table>
</article>"""

_LANDLORD = """<article class="service">
  <h1>Landlord &amp; Tenant</h1>
  <p class="lead">We advise private landlords with one or a handful of properties, and tenants of residential
    homes, on their rights and obligations.</p>
  <h2>For landlords: rent arrears and possession</h2>
  <p>If your tenant has stopped paying rent, the first step is to serve the correct notice. Where there are
    serious rent arrears, a Section 8 notice relying on the rent arrears grounds is usually the right route.
    The law on 'no-fault' Section 21 notices is being abolished under the Renters' Rights Act, and we will
    advise which route is open to you on the date you serve. If the tenant does not leave when the notice
    expires, we issue a possession claim at the county court, represent you at the hearing and, if needed,
    instruct the county court bailiffs to carry out the eviction.</p>
  <p><strong>Never change the locks, remove a tenant's belongings or cut off the utilities yourself.</strong>
    This is unlawful eviction and harassment, which is a criminal offence, even if the tenant owes you
    money.</p>
  <h2>Landlord fixed fees</h2>
  <table class="price-table">
    <thead><tr><th>Service</th><th>Fee (plus VAT)</th></tr></thead>
    <tbody>
      <tr><td>Preparing and serving a possession notice</td><td>&pound;250</td></tr>
      <tr><td>Possession claim up to and including the first hearing</td><td>&pound;850</td></tr>
      <tr><td>Applying for a warrant and liaising with the bailiffs</td><td>&pound;200</td></tr>
      <tr><td>Drafting an assured shorthold tenancy agreement</td><td>&pound;175</td></tr>
    </tbody>
  </table>
  <p class="small">Court fees (currently &pound;404 for a possession claim and &pound;148 for a bailiff
    warrant) are extra.</p>
  <h2>For tenants</h2>
  <ul>
    <li><strong>Deposits:</strong> your landlord must protect your deposit in a government-approved scheme
      within 30 days and give you the prescribed information. If they did not, you may be able to claim up to
      three times the deposit.</li>
    <li><strong>Disrepair:</strong> damp, leaking roofs and broken boilers are the landlord's responsibility.
      We can write to your landlord and, if necessary, bring a claim.</li>
    <li><strong>Notices:</strong> if you have received a notice to leave, we can check whether it is valid
      before you start looking for somewhere else.</li>
  </ul>
</article>"""

_BUSINESS = """<article class="service">
  <h1>Business Contracts</h1>
  <p class="lead">Sole traders, partnerships and small limited companies across York and North Yorkshire use
    us for clear, practical contracts that protect their business without tying it in knots.</p>
  <h2>Contract reviews</h2>
  <p>Been asked to sign a supplier, distribution, agency or service agreement? Before you sign, we read the
    whole document, explain in plain English what you are agreeing to, and flag anything unusual or one-sided,
    such as payment terms, exclusivity, liability caps and how either side can end the deal. If you would like
    changes, we can suggest wording or negotiate with the other side.</p>
  <h2>Terms and conditions</h2>
  <p>Good terms and conditions help you get paid and limit disputes. If you sell to consumers, particularly
    online, your terms must comply with the Consumer Rights Act 2015 and the rules on distance selling,
    including the 14-day cancellation period. We draft terms for trades, shops, online sellers and
    service businesses, and website terms of use and privacy notices to go with them.</p>
  <h2>Other agreements</h2>
  <ul>
    <li>Partnership agreements and shareholders' agreements</li>
    <li>Consultancy and freelancer agreements</li>
    <li>Non-disclosure (confidentiality) agreements</li>
    <li>Letters before action to recover unpaid invoices</li>
  </ul>
  <h2>Our fixed fees</h2>
  <div class="table-wrap">
    <table class="price-table">
      <thead><tr><th>Service</th><th>Fee (plus VAT)</th></tr></thead>
      <tbody>
        <tr><td>Review of a contract up to 10 pages, with written summary</td><td>&pound;300</td></tr>
        <tr><td>Review of a longer contract</td><td>from &pound;450</td></tr>
        <tr><td>Bespoke terms and conditions of business</td><td>from &pound;650</td></tr>
        <tr><td>Partnership or shareholders' agreement</td><td>from &pound;1,200</td></tr>
        <tr><td>Non-disclosure agreement</td><td>&pound;180</td></tr>
        <tr><td>Letter before action for an unpaid invoice</td><td>&pound;95</td></tr>
      </tbody>
    </table>
  </div>
  <p>Contract reviews are normally returned within five working days; tell us if you are up against a
    deadline.</p>
</article>"""

_FEES = """<article class="service">
  <h1>Fees &amp; Funding</h1>
  <p class="lead">We believe you should know what you will pay before you commit. You will find fixed fees for
    each of our services on the relevant service page. This page explains how we charge for everything else
    and how you can pay.</p>
  <h2>Fixed fees and hourly rates</h2>
  <p>Where the work is predictable, such as wills, LPAs, conveyancing and uncontested divorce, we quote a fixed
    fee. Where it is not, for example disputed financial settlements, tribunal claims or complex estates, we
    charge by the hour and give you a written estimate at the start, which we update if things change. Time
    is recorded in units of six minutes.</p>
  <table class="price-table">
    <thead><tr><th>Fee earner</th><th>Hourly rate (plus VAT)</th></tr></thead>
    <tbody>
      <tr><td>Partner</td><td>&pound;275</td></tr>
      <tr><td>Associate solicitor</td><td>&pound;235</td></tr>
      <tr><td>Solicitor</td><td>&pound;200</td></tr>
      <tr><td>Chartered legal executive / senior conveyancing executive</td><td>&pound;190</td></tr>
      <tr><td>Trainee solicitor or paralegal</td><td>&pound;130</td></tr>
    </tbody>
  </table>
  <p>VAT is added at the current rate of 20%. Disbursements, which are costs we pay to third parties such as
    court and Land Registry fees, are passed on at cost.</p>
  <h2>Legal aid</h2>
  <p>We do not hold a legal aid contract, so we cannot take on any legal aid work. If you think you may be
    eligible, you can search for a legal aid provider using the Find a legal aid adviser tool on GOV.UK or call
    Civil Legal Advice on 0345 345 4345.</p>
  <h2>Other ways to fund your case</h2>
  <ul>
    <li><strong>Legal expenses insurance:</strong> check your home, car and bank account policies, which often
      include cover for employment and property disputes. We will help you make the claim.</li>
    <li><strong>Monthly payments:</strong> for family matters charged by the hour, we can agree a monthly
      payment plan once an initial payment on account has been made.</li>
  </ul>
  <h2>Paying us</h2>
  <p>For hourly-rate work we ask for money on account before we start and bill monthly. Bills are payable within
    14 days. You can pay by bank transfer or by debit or credit card over the phone or in the office. We do
    not accept cash payments over &pound;200.</p>
</article>"""

_FIRST = """<article class="service">
  <h1>Your First Appointment</h1>
  <p class="lead">Not sure whether you need a solicitor, or whether you have a case at all? New clients can have
    their first 30 minutes with one of our lawyers free of charge and with no obligation.</p>
  <h2>The free initial consultation</h2>
  <p>In 30 minutes we will listen to what has happened, give you our initial view, explain your options and
    tell you clearly what it would cost if you want us to help. There is no pressure to instruct us, and if we
    think you don't need a solicitor, we will say so. The free consultation is available for every service
    except buying, selling or remortgaging a property, where we give a free written quote instead. You can
    have it in our office, by telephone or by video call, usually within five working days. If you can't make
    your appointment, please give us at least 24 hours' notice.</p>
  <h2>What to bring: proof of identity</h2>
  <p>Like all solicitors, we are required by the Money Laundering Regulations to check the identity of every
    client before we can act, even clients we have known for years. Please bring the originals of one document
    from each list.</p>
  <div class="two-col">
    <div class="col">
      <h3>Photo ID</h3>
      <ul>
        <li>Current passport (from any country)</li>
        <li>UK photocard driving licence</li>
        <li>EU national identity card</li>
      </ul>
      <p class="small">We can't accept bus passes, bank cards, work ID badges or expired documents.</p>
    </div>
    <div class="col">
      <h3>Proof of address (dated within the last 3 months)</h3>
      <ul>
        <li>Utility bill or council tax bill</li>
        <li>Bank or building society statement</li>
        <li>Letter from HMRC, DWP or the pension service</li>
      </ul>
    </div>
  </div>
  <p>If you prefer, we can do the check electronically through the Thirdfort app, which reads your passport
    and takes a quick selfie on your phone.</p>
  <h2>Source of funds when you buy a property</h2>
  <p>We also have to see where the money for a purchase is coming from. This usually means bank statements
    covering the last six months for every account the money passes through. If your deposit comes from an
    inheritance, we will also ask for a copy of the will or the estate accounts; for a gift from family, the
    giver will need to pass the same checks and sign a gifted deposit declaration. These checks are a legal
    requirement for every buyer, however ordinary the source, and we cannot exchange contracts until they
    are complete.</p>
  <h2>Other useful things to bring</h2>
  <ul>
    <li><strong>Wills and LPAs:</strong> a list of what you own and owe.</li>
    <li><strong>After a death:</strong> the death certificate and, if you have it, the original will.</li>
    <li><strong>Divorce:</strong> your marriage certificate.</li>
    <li><strong>Employment:</strong> your contract, recent payslips and any letters from your employer.</li>
  </ul>
  <a class="btn btn--primary" href="/contact/">Book my free consultation</a>
</article>"""

_VISITS = """<article class="service">
  <h1>Home &amp; Hospital Visits</h1>
  <p class="lead">If getting into town is difficult because of illness, disability or caring responsibilities,
    we will come to you. We regularly visit clients at home, in care homes, in hospices and on hospital wards,
    including York Hospital and St Leonard's Hospice.</p>
  <h2>Where we visit</h2>
  <p>We cover the City of York and the surrounding area up to about 20 miles from our office, including Selby,
    Tadcaster, Easingwold, Malton, Pocklington and Wetherby. Visits further afield may be possible; just ask.</p>
  <h2>Cost of a visit</h2>
  <table class="price-table">
    <thead><tr><th>Location</th><th>Visit fee (plus VAT)</th></tr></thead>
    <tbody>
      <tr><td>Inside the York outer ring road</td><td>No charge</td></tr>
      <tr><td>Outside the ring road, up to 20 miles</td><td>&pound;75</td></tr>
      <tr><td>Evening visit (after 6pm)</td><td>additional &pound;50</td></tr>
    </tbody>
  </table>
  <h2>Urgent visits</h2>
  <p>When someone is seriously ill or about to have an operation and wants to make or change a will or sign
    an LPA, time matters. Ring us and explain the situation: we will always try to get someone to the
    bedside the same day or the next working day. Two members of staff attend so that we can witness the
    signing there and then.</p>
  <p>Where someone is very unwell, we may need to be sure they have the mental capacity to make their will.
    With the client's agreement, we may ask their doctor or a ward consultant to confirm capacity, which helps
    prevent a challenge later. Please let the ward staff know we are coming.</p>
  <h2>Talking to the client alone</h2>
  <p>Relatives are often a great help in arranging a visit, but for the client's protection we will always speak
    to them on their own for at least part of the meeting, especially where a will is concerned.</p>
</article>"""

_TEAM = """<article class="service service--team">
  <h1>Meet the Team</h1>
  <p class="lead">We are a close-knit team of 14. Here are the people you are most likely to deal with.</p>
  <div class="team-grid">
    <div class="team-card">
      <img src="/media/team/margaret-sowerby.jpg" alt="Margaret Sowerby">
      <h3>Margaret Sowerby</h3><p class="role">Senior Partner &middot; Wills, LPAs &amp; Elderly Client</p>
      <p>Maggie qualified in 1994 and is a full member of the Society of Trust and Estate Practitioners (TEP)
        and an accredited member of Solicitors for the Elderly. She is a Dementia Friend and does many of our
        home visits herself.</p>
    </div>
    <div class="team-card">
      <img src="/media/team/daniel-lund.jpg" alt="Daniel Lund">
      <h3>Daniel Lund</h3><p class="role">Partner &middot; Head of Residential Property</p>
      <p>Daniel has run our property department since 2009 and handles larger and more complex purchases,
        including rural properties and listed buildings in the city centre.</p>
    </div>
    <div class="team-card">
      <img src="/media/team/priya-chandran.jpg" alt="Priya Chandran">
      <h3>Priya Chandran</h3><p class="role">Associate Solicitor &middot; Head of Family</p>
      <p>Priya leads our family team and deals with divorce, finances and children matters. She is a member of
        Resolution and an accredited specialist in the Law Society's Family Law Advanced scheme. She is supported
        by Ewa Nowak, our trainee solicitor, who also speaks Polish.</p>
    </div>
    <div class="team-card">
      <img src="/media/team/tom-hebden.jpg" alt="Tom Hebden">
      <h3>Tom Hebden</h3><p class="role">Solicitor &middot; Employment &amp; Business</p>
      <p>Tom advises employees on settlement agreements and dismissal, and small businesses on their contracts.
        Before joining us he spent four years at a Leeds firm.</p>
    </div>
    <div class="team-card">
      <img src="/media/team/hannah-wray.jpg" alt="Hannah Wray">
      <h3>Hannah Wray</h3><p class="role">Chartered Legal Executive &middot; Probate &amp; Estates</p>
      <p>Hannah looks after executors and families through the whole of an estate administration, from the
        first phone call to the final accounts.</p>
    </div>
    <div class="team-card">
      <img src="/media/team/gareth-pickering.jpg" alt="Gareth Pickering">
      <h3>Gareth Pickering</h3><p class="role">Senior Conveyancing Executive</p>
      <p>Gareth handles sales, purchases and remortgages and has more than 20 years' experience of the York
        property market.</p>
    </div>
    <div class="team-card">
      <img src="/media/team/sue-marsden.jpg" alt="Sue Marsden">
      <h3>Sue Marsden</h3><p class="role">Practice Manager</p>
      <p>Sue keeps the office running, looks after our accounts team and is usually the friendly voice you hear
        when you ring.</p>
    </div>
  </div>
  <p>We are always happy for you to ask for a particular member of the team, and we will do our best to match
    you with someone you feel comfortable with.</p>
</article>"""

_COMPLAINTS = """<article class="service">
  <h1>Complaints Procedure</h1>
  <p class="lead">We work hard to give every client an excellent service, but we know things can sometimes go
    wrong. If you are unhappy with our service or our bill, please tell us so we can put it right.</p>
  <h2>How to complain to us</h2>
  <p>Please raise your concern first with the person handling your matter. If that does not resolve it, or you
    would rather not, contact our Complaints Partner, Daniel Lund, by letter to our Blossom Street office, by
    email to complaints@sowerbylund.co.uk, or by phone.</p>
  <h2>What happens next</h2>
  <ol>
    <li>We will acknowledge your complaint in writing within 3 working days and tell you who is dealing with
      it.</li>
    <li>We will investigate, review your file and may invite you to a meeting or call to discuss it.</li>
    <li>We will send you a full written response within 8 weeks of receiving your complaint, setting out our
      conclusions and any offer to put things right.</li>
  </ol>
  <p>Making a complaint will not affect how we handle your matter, and there is no charge for dealing with it.</p>
  <h2>The Legal Ombudsman</h2>
  <p>If you are still not satisfied with our final response, or we have not resolved your complaint within 8
    weeks, you can ask the Legal Ombudsman to look at it. The Ombudsman is independent and free to use. You
    must normally refer your complaint to the Ombudsman within six months of our final response, and no more
    than one year from the date of the problem (or one year from when you should reasonably have known about
    it).</p>
  <address class="callout">Legal Ombudsman, PO Box 6167, Slough, SL1 0EH<br>
    Telephone 0300 555 0333<br>Email enquiries@legalombudsman.org.uk<br>www.legalombudsman.org.uk</address>
  <h2>Complaints about our bill</h2>
  <p>You may also be able to object to our bill by applying to the court for an assessment under Part III of the
    Solicitors Act 1974. If you do so, the Legal Ombudsman may not be able to consider a complaint about the same
    bill.</p>
  <h2>Concerns about professional conduct</h2>
  <p>If you are worried about the behaviour of one of our lawyers, such as dishonesty or treating you unfairly
    because of a protected characteristic, you can raise it with the Solicitors Regulation Authority.</p>
</article>"""

_REG = """<article class="service">
  <h1>Regulatory Information</h1>
  <p class="lead">This page sets out the information we are required to publish about how we are regulated.</p>
  <h2>Who we are</h2>
  <p>Sowerby &amp; Lund Solicitors LLP is a limited liability partnership registered in England and Wales with
    registered number OC412876. Our registered office is 41 Blossom Street, York YO24 1AQ. A list of members
    is available for inspection at that address. We use the word "partner" to refer to a member of the LLP.</p>
  <h2>Our regulator</h2>
  <p>We are authorised and regulated by the Solicitors Regulation Authority (SRA), The Cube, 199 Wharfside
    Street, Birmingham B1 1RN. Our SRA number is 651342. Our solicitors are bound by the SRA Standards and
    Regulations, which you can read on the SRA website. Our Compliance Officer for Legal Practice is Daniel
    Lund and our Compliance Officer for Finance and Administration is Sue Marsden.</p>
  <h2>Professional indemnity insurance</h2>
  <p>We hold professional indemnity insurance with Brantwood Professional Risks Ltd, 88 Leadenhall Street,
    London EC3A 3BP, under policy number BPR/SOL/22981. The cover is &pound;3 million for each and every claim,
    and covers work carried out in England and Wales.</p>
  <h2>Your money</h2>
  <p>Money we hold for clients is kept in a client account at Lloyds Bank plc. If the bank were to fail, the
    Financial Services Compensation Scheme protects client money up to its limit per person per bank. We are
    not liable for a bank failure. We pay interest on client money in line with our interest policy.</p>
  <h2>Accreditations</h2>
  <ul>
    <li>Law Society Lexcel Practice Management Standard</li>
    <li>Law Society Conveyancing Quality Scheme (CQS)</li>
  </ul>
  <h2>Financial services</h2>
  <p>We are not authorised by the Financial Conduct Authority. We can carry out some insurance distribution
    activity, such as arranging title insurance, because we are regulated by the SRA.</p>
</article>"""

_FAQ = """<article class="service service--faq">
  <h1>Frequently Asked Questions</h1>
  <p class="lead">Quick answers to the questions we hear most often. Can't find what you need? Just give us a
    ring.</p>
  <div class="accordion">
    <div class="accordion-item">
      <button class="accordion-toggle" aria-expanded="false">Do you deal with criminal cases or motoring
        offences?</button>
      <div class="accordion-panel"><p>No. We do not do any criminal or motoring offence work, including
        drink-driving. If you have been arrested or are due at the police station, you are entitled to free
        advice from the duty solicitor; ask the custody sergeant. For court cases, the Law Society's Find a
        Solicitor website lists criminal defence firms in York.</p></div>
    </div>
    <div class="accordion-item">
      <button class="accordion-toggle" aria-expanded="false">I don't live in York. Can I still use you?</button>
      <div class="accordion-panel"><p>Yes. We act for clients all over England and Wales. Meetings can take
        place by phone or video, ID checks can be done electronically and documents can be signed by post.
        We cannot advise on Scottish or Northern Irish law.</p></div>
    </div>
    <div class="accordion-item">
      <button class="accordion-toggle" aria-expanded="false">Do you keep original wills?</button>
      <div class="accordion-panel"><p>Yes. We store the original of every will we prepare free of charge in our
        fireproof strongroom, and send you a copy and a storage certificate. We still hold wills written by the
        firm as far back as the 1970s, so if you think we drew up a relative's will, ring us with their full
        name, date of birth and past addresses and we will search our records.</p></div>
    </div>
    <div class="accordion-item">
      <button class="accordion-toggle" aria-expanded="false">Can you act for both me and my ex-partner?</button>
      <div class="accordion-panel"><p>No. Where two people's interests could conflict, as in a divorce or a
        dispute, we can only act for one of you. The other person will need their own solicitor.</p></div>
    </div>
    <div class="accordion-item">
      <button class="accordion-toggle" aria-expanded="false">Is your office accessible?</button>
      <div class="accordion-panel"><p>We have a step-free entrance at the side of the building, a ground-floor
        meeting room, an accessible toilet and a hearing loop at reception. Let us know when booking if you
        need anything else.</p></div>
    </div>
    <div class="accordion-item">
      <button class="accordion-toggle" aria-expanded="false">Do I have to use a solicitor to make a will?</button>
      <div class="accordion-panel"><p>No, the law doesn't require it. But home-made and online wills are
        frequently invalid because they were signed or witnessed incorrectly, or fail to deal with property,
        children or tax properly. Putting a mistake right after a death is far more expensive than getting it
        right first time.</p></div>
    </div>
    <div class="accordion-item">
      <button class="accordion-toggle" aria-expanded="false">Can a family member come with me?</button>
      <div class="accordion-panel"><p>Of course. We are happy for someone to come along for support, though we
        may ask to speak to you alone for part of the meeting.</p></div>
    </div>
    <div class="accordion-item">
      <button class="accordion-toggle" aria-expanded="false">How will you keep me updated?</button>
      <div class="accordion-panel"><p>By whichever method you prefer: email, phone or post. We aim to return
        calls and answer emails within one working day.</p></div>
    </div>
  </div>
</article>"""

_CONTACT = """<article class="service service--contact">
  <h1>Contact Us &amp; Finding Our Office</h1>
  <div class="contact-grid">
    <div class="contact-details">
      <h2>Get in touch</h2>
      <p><strong>Phone:</strong> <a href="tel:+441904629418">01904 629 418</a><br>
        <strong>Email:</strong> <a href="mailto:enquiries@sowerbylund.co.uk">enquiries@sowerbylund.co.uk</a><br>
        <strong>Address:</strong> 41 Blossom Street, York YO24 1AQ</p>
      <h2>Opening hours</h2>
      <table class="hours-table">
        <tr><td>Monday to Friday</td><td>9.00am &ndash; 5.30pm (phones from 8.45am)</td></tr>
        <tr><td>Saturday</td><td>9.30am &ndash; 12.30pm, pre-booked appointments only, first and third Saturday
          of the month</td></tr>
        <tr><td>Sunday</td><td>Closed</td></tr>
      </table>
      <p>Evening appointments until 7pm can be arranged on Tuesdays and Thursdays.</p>
    </div>
    <div class="map-embed"><img src="/media/maps/blossom-street-map.png"
      alt="Map showing our office on Blossom Street near Micklegate Bar"></div>
  </div>
  <h2>Finding us</h2>
  <p>We are on Blossom Street, a short walk outside Micklegate Bar, opposite the Odeon cinema. York railway
    station is an eight-minute walk away.</p>
  <h2>Parking</h2>
  <ul>
    <li><strong>Blue badge holders:</strong> we have two disabled parking bays behind the office, reached from
      Nunnery Lane through the archway beside the building. Please ring ahead so we can make sure a bay is
      free.</li>
    <li><strong>Nunnery Lane car park</strong> (City of York Council, pay and display) is about four minutes'
      walk away. Blue badge holders can also park free of charge in the marked bays there.</li>
    <li><strong>On-street parking</strong> on Blossom Street is limited to loading only.</li>
    <li><strong>Park &amp; Ride:</strong> buses from Askham Bar stop on Blossom Street right outside the
      office.</li>
  </ul>
  <h2 id="callback">Send us a message</h2>
  <form class="contact-form" action="#" method="post">
    <label>Name <input type="text" name="name" required></label>
    <label>Email <input type="email" name="email" required></label>
    <label>Phone <input type="tel" name="phone"></label>
    <label>How can we help? <textarea name="message" rows="5"></textarea></label>
    <p class="small">Please don't send confidential documents through this form.</p>
    <button type="submit" class="btn btn--primary">Send</button>
  </form>
</article>"""


HTML = {
    "/": _page(
        "Solicitors in York",
        "Friendly high-street solicitors in York: wills, probate, conveyancing, family, employment.",
        _HOME,
        sidebar=False,
        testimonials=True,
        hero_class="page-hero page-hero--home",
    ),
    "/wills/": _page(
        "Wills",
        "Fixed-fee wills from a York solicitor, including mirror wills and wills with trusts.",
        _WILLS,
        testimonials=True,
    ),
    "/lasting-powers-of-attorney/": _page(
        "Lasting Powers of Attorney",
        "Property and financial affairs and health and welfare LPAs prepared and registered for a fixed fee.",
        _LPA,
    ),
    "/probate/": _page(
        "Probate & Estate Administration",
        "Grant of probate and full estate administration for executors and families in York.",
        _PROBATE,
        testimonials=True,
    ),
    "/conveyancing/": _page(
        "Residential Conveyancing",
        "Fixed-fee conveyancing quotes for buying, selling and remortgaging in York. CQS accredited.",
        _CONVEYANCING,
        testimonials=True,
    ),
    "/family-law/": _page(
        "Divorce & Separation",
        "No-fault divorce, financial settlements and separation advice from York family solicitors.",
        _FAMILY,
    ),
    "/child-arrangements/": _page(
        "Child Arrangements",
        "Child arrangements orders, MIAMs and disputes about children after separation.",
        _CHILDREN,
    ),
    "/employment-law/": _page(
        "Employment Law",
        "Settlement agreements and unfair dismissal advice for employees in York.",
        _EMPLOYMENT,
        testimonials=True,
    ),
    "/landlord-and-tenant/": _page(
        "Landlord & Tenant",
        "Possession claims, rent arrears, deposits and disrepair for landlords and tenants.",
        _LANDLORD,
    ),
    "/business-contracts/": _page(
        "Business Contracts",
        "Contract reviews, terms and conditions and agreements for small businesses in York.",
        _BUSINESS,
    ),
    "/fees-and-funding/": _page(
        "Fees & Funding",
        "Our hourly rates, fixed fees, payment options and information on legal aid.",
        _FEES,
    ),
    "/first-appointment/": _page(
        "Your First Appointment",
        "Free 30-minute first consultation, and the ID and documents to bring with you.",
        _FIRST,
        testimonials=True,
    ),
    "/home-visits/": _page(
        "Home & Hospital Visits",
        "Solicitor home, care home and hospital visits across York and North Yorkshire.",
        _VISITS,
    ),
    "/our-team/": _page(
        "Meet the Team",
        "The solicitors and staff at Sowerby & Lund, York.",
        _TEAM,
        sidebar=False,
    ),
    "/complaints/": _page(
        "Complaints Procedure",
        "How to complain to Sowerby & Lund and how to contact the Legal Ombudsman.",
        _COMPLAINTS,
    ),
    "/regulatory-information/": _page(
        "Regulatory Information",
        "SRA regulation, professional indemnity insurance and firm details.",
        _REG,
    ),
    "/faq/": _page(
        "FAQs",
        "Answers to common questions about using our solicitors in York.",
        _FAQ,
        testimonials=True,
    ),
    "/contact/": _page(
        "Contact Us",
        "Address, phone, opening hours and parking for our Blossom Street office in York.",
        _CONTACT,
        sidebar=False,
    ),
}

QUESTIONS = [
    (
        "Mum's 84 and going into a care home next month. She's still sharp most days but we're worried that "
        "soon she won't be able to deal with her bank and bills. What do we need to put in place while she still "
        "can?",
        "/lasting-powers-of-attorney/",
    ),
    (
        "My dad passed away three weeks ago. He owned his bungalow in Huntington and had some savings with "
        "Nationwide. Do we have to go to court to get at it all? Nobody in the family has done this before",
        "/probate/",
    ),
    (
        "how much for wills for me and my husband, nothing complicated, everything to each other then the kids",
        "/wills/",
    ),
    (
        "Hiya, we've just had an offer accepted on a 2 bed terrace in Acomb for £215,000, first time buyers!! "
        "What would you charge to do the legal side of it?",
        "/conveyancing/",
    ),
    (
        "My husband moved out in January and I think I want a divorce but he's being awkward about everything. "
        "Does he have to agree to it?",
        "/family-law/",
    ),
    (
        "My ex won't let me see my daughter since we split up in the summer. She's 6. What can I actually do?",
        "/child-arrangements/",
    ),
    (
        "Work have offered me a payout to leave and HR say I have to get a solicitor to sign something before "
        "they'll pay it. Who pays for that, me or them?",
        "/employment-law/",
    ),
    (
        "I got sacked last week after 3 years there with no warning at all. Is there a deadline for doing "
        "something about it",
        "/employment-law/",
    ),
    (
        "I rent out a flat off Bishopthorpe Road and the tenant hasnt paid a penny for 3 months and wont even "
        "answer the door. How do I get him out without getting myself in trouble",
        "/landlord-and-tenant/",
    ),
    (
        "I make celebration cakes from home and a cafe in town wants me to sign a supply agreement, it's about "
        "8 pages. Could you look over it for me and what would that cost?",
        "/business-contracts/",
    ),
    ("Do you do legal aid?", "/fees-and-funding/"),
    ("what do you charge per hour if it's one of the partners doing the work", "/fees-and-funding/"),
    (
        "Is the first chat free? I just want to know if I've even got a case before I start spending money I "
        "haven't got",
        "/first-appointment/",
    ),
    (
        "What do I need to bring to my first appointment, do you need my passport or will my bus pass do",
        "/first-appointment/",
    ),
    (
        "Why on earth do you need six months of my bank statements? I'm buying a flat with money my gran left "
        "me, it's not dodgy!",
        "/first-appointment/",
    ),
    (
        "My dad's on a ward at York Hospital and wants to change his will before his operation on Friday. "
        "Can one of you come to the hospital?",
        "/home-visits/",
    ),
    (
        "Who would I actually be dealing with for a divorce? Is it a woman? I'd feel more comfortable talking "
        "to a woman about it all",
        "/our-team/",
    ),
    (
        "I complained to you months ago about how long my mother's estate took and I'm still not happy with "
        "the answer I got. Can I take it to the ombudsman and is there a time limit?",
        "/complaints/",
    ),
    (
        "Who are you insured with? My son says I should check before I let a firm handle mum's money",
        "/regulatory-information/",
    ),
    ("where can i park near you? i have a blue badge", "/contact/"),
    ("i been arrested for drink driving last night can u help me", "/faq/"),
    (
        "Me and my partner aren't married but we've been together 12 years and have a little lad. If something "
        "happened to me would she get the house?",
        "/wills/",
    ),
    (
        "We're coming to the end of our fixed rate and switching to a different bank for the mortgage. Do we "
        "need a solicitor for that and how much is it?",
        "/conveyancing/",
    ),
    (
        "If we get divorced does my wife get half my pension? I've been paying into it for 30 years, since long "
        "before I met her",
        "/family-law/",
    ),
    (
        "Do we have to try mediation before going to court about the kids? My ex is impossible to talk to",
        "/child-arrangements/",
    ),
]

OUT_OF_SCOPE = [
    "Can you help me claim for whiplash? Someone went into the back of me on the A64 last month",
    "Do you do prenups? We're getting married next summer and my parents want me to have one",
    "Do you give any discount for NHS staff or ex-forces?",
    "Are you open on the August bank holiday Monday?",
    "Can you recommend a good estate agent in York to value my house?",
    "Do you do no win no fee for unfair dismissal claims?",
    "Can you help get a visa for my wife so she can join me from the Philippines?",
    "What time does evensong start at the Minster on Sundays?",
]
