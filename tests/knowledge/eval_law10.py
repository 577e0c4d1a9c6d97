"""An evaluation site: Pennington Rowe Solicitors, a two-partner private client and property law firm (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. A Craft CMS site on the Foundation 6
framework: top-bar with dropdown menus, grid-x / cell layout, callout boxes and a Foundation accordion FAQ.
"""

NAME = "Pennington Rowe Solicitors"

_MENU = [
    ("Home", "/", []),
    ("About us", "/about-us/", []),
    (
        "Private Client",
        "#",
        [
            ("Wills", "/wills/"),
            ("Trusts &amp; Tax Planning", "/trusts-and-tax-planning/"),
            ("Lasting Powers of Attorney", "/lasting-powers-of-attorney/"),
            ("Court of Protection &amp; Deputyship", "/court-of-protection-deputyship/"),
            ("Probate &amp; Estate Administration", "/probate-and-estate-administration/"),
            ("Contested Wills &amp; Estate Disputes", "/contested-wills-and-estate-disputes/"),
            ("Separation Agreements", "/separation-agreements/"),
        ],
    ),
    (
        "Property",
        "#",
        [
            ("Residential Conveyancing", "/residential-conveyancing/"),
            ("Commercial Property", "/commercial-property/"),
            ("Lease Extensions &amp; Freeholds", "/leasehold-extensions/"),
            ("Boundary &amp; Neighbour Disputes", "/boundary-and-neighbour-disputes/"),
        ],
    ),
    ("Prices", "/fees/", []),
    (
        "Help &amp; Info",
        "#",
        [
            ("Your first appointment", "/your-first-appointment/"),
            ("FAQs", "/faq/"),
            ("Complaints", "/complaints/"),
        ],
    ),
    ("Offices &amp; Home Visits", "/offices-and-home-visits/", []),
]


_ACTIVE = ' class="is-active"'


def _nav(current):
    items = []
    for label, href, children in _MENU:
        if children:
            active = any(c_href == current for _, c_href in children)
            subs = "\n".join(
                f'              <li{_ACTIVE if c_href == current else ""}><a href="{c_href}">{c_label}</a></li>'
                for c_label, c_href in children
            )
            items.append(
                f'          <li class="is-dropdown-submenu-parent{" is-active" if active else ""}">\n'
                f'            <a href="{href}">{label}</a>\n'
                f'            <ul class="menu vertical nested">\n{subs}\n            </ul>\n'
                f"          </li>"
            )
        else:
            cls = _ACTIVE if href == current else ""
            items.append(f'          <li{cls}><a href="{href}">{label}</a></li>')
    return "\n".join(items)


_DEFAULT_SIDEBAR = """
        <div class="widget callout secondary">
          <h4 class="widget-title">Talk to us</h4>
          <p>Not sure where to start? Call our Frome office on
            <a href="tel:01373461290">01373 461 290</a> and we will point you to the right person.</p>
          <a class="button expanded" href="/offices-and-home-visits/">Book an appointment</a>
        </div>
        <div class="widget widget-testimonial">
          <blockquote>
            <p>&ldquo;Helen and Maggie made a horrible year so much easier. Always at the end of the phone
              and never once made me feel silly for asking.&rdquo;</p>
            <cite>Mrs D., Frome &ndash; Google review &#9733;&#9733;&#9733;&#9733;&#9733;</cite>
          </blockquote>
        </div>
        <div class="widget widget-links">
          <h4 class="widget-title">Useful pages</h4>
          <ul class="menu vertical">
            <li><a href="/fees/">Our prices</a></li>
            <li><a href="/your-first-appointment/">Before your first appointment</a></li>
            <li><a href="/faq/">Frequently asked questions</a></li>
          </ul>
        </div>
"""


def _page(path, title, description, body, sidebar=_DEFAULT_SIDEBAR, hero=None):
    hero_html = ""
    if hero:
        hero_html = f"""
  <section class="page-hero" style="background-image:url('/assets/images/banners/frome-hills.jpg')">
    <div class="grid-container">
      <div class="grid-x grid-padding-x align-middle">
        <div class="cell medium-8">
          <h1 class="page-hero__title">{hero}</h1>
        </div>
      </div>
    </div>
  </section>"""
    if sidebar:
        main = f"""
      <div class="cell medium-8 main-content">
        <article class="entry entry--{path.strip("/") or "home"}">
{body}
        </article>
      </div>
      <aside class="cell medium-4 sidebar">
{sidebar}
      </aside>"""
    else:
        main = f"""
      <div class="cell small-12 main-content">
{body}
      </div>"""
    return f"""<!doctype html>
<html class="no-js" lang="en-GB" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta http-equiv="x-ua-compatible" content="ie=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>{title} | Pennington Rowe Solicitors</title>
  <meta name="description" content="{description}">
  <meta name="generator" content="Craft CMS">
  <meta property="og:site_name" content="Pennington Rowe Solicitors">
  <meta property="og:title" content="{title}">
  <meta property="og:type" content="website">
  <link rel="canonical" href="https://www.penningtonrowe.co.uk{path}">
  <link rel="icon" href="/assets/images/favicon.png">
  <link rel="stylesheet" href="/assets/css/foundation.min.css?v=1706091123">
  <link rel="stylesheet" href="/assets/css/app.css?v=1706091123">
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){{dataLayer.push(arguments);}}
    gtag('js', new Date()); gtag('config', 'G-PR4Q7LW2XE');
  </script>
</head>
<body class="page {path.strip("/").replace("/", "-") or "home"}">
<div class="off-canvas-wrapper">
<div class="off-canvas-content" data-off-canvas-content>
  <div class="utility-bar">
    <div class="grid-container">
      <div class="grid-x grid-padding-x">
        <div class="cell auto">
          <ul class="menu utility-menu">
            <li><a href="tel:01373461290"><i class="fi-telephone"></i> Frome 01373 461 290</a></li>
            <li><a href="tel:01985212408"><i class="fi-telephone"></i> Warminster 01985 212 408</a></li>
            <li><a href="mailto:enquiries@penningtonrowe.co.uk">enquiries@penningtonrowe.co.uk</a></li>
          </ul>
        </div>
        <div class="cell shrink show-for-medium">
          <a class="button small hollow" href="/offices-and-home-visits/">Book an appointment</a>
        </div>
      </div>
    </div>
  </div>
  <header class="site-header">
    <div class="title-bar" data-responsive-toggle="main-menu" data-hide-for="medium">
      <button class="menu-icon" type="button" data-toggle="main-menu"></button>
      <div class="title-bar-title">Menu</div>
    </div>
    <div class="grid-container">
      <div class="top-bar" id="main-menu">
        <div class="top-bar-left">
          <a class="site-logo" href="/">
            <img src="/assets/images/pennington-rowe-logo.svg" alt="Pennington Rowe Solicitors" width="230">
          </a>
        </div>
        <div class="top-bar-right">
          <ul class="dropdown menu" data-dropdown-menu>
{_nav(path)}
          </ul>
        </div>
      </div>
    </div>
  </header>
  <nav aria-label="You are here:" role="navigation" class="breadcrumbs-wrap">
    <div class="grid-container">
      <ul class="breadcrumbs">
        <li><a href="/">Home</a></li>
        <li><span class="show-for-sr">Current: </span> {title}</li>
      </ul>
    </div>
  </nav>
{hero_html}
  <main id="main" class="site-main">
    <div class="grid-container">
    <div class="grid-x grid-padding-x">
{main}
    </div>
    </div>
  </main>
  <section class="cta-band">
    <div class="grid-container">
      <div class="grid-x grid-padding-x align-middle">
        <div class="cell medium-8">
          <h3>Friendly, plain-English legal advice from people who live locally.</h3>
        </div>
        <div class="cell medium-4 text-right">
          <a class="button large warning" href="/offices-and-home-visits/">Book now</a>
        </div>
      </div>
    </div>
  </section>
  <footer class="site-footer">
    <div class="grid-container">
      <div class="grid-x grid-padding-x small-up-1 medium-up-4">
        <div class="cell footer-col">
          <h5>Frome office</h5>
          <address>14 Cork Street<br>Frome<br>Somerset BA11 1BL</address>
          <p><a href="tel:01373461290">01373 461 290</a></p>
        </div>
        <div class="cell footer-col">
          <h5>Warminster office</h5>
          <address>6 Silver Street<br>Warminster<br>Wiltshire BA12 8PS</address>
          <p><a href="tel:01985212408">01985 212 408</a></p>
        </div>
        <div class="cell footer-col">
          <h5>Opening hours</h5>
          <p>Monday to Friday 9am &ndash; 5.15pm<br>Appointments outside these times by arrangement</p>
        </div>
        <div class="cell footer-col">
          <h5>Follow us</h5>
          <ul class="menu social-menu">
            <li><a href="https://www.facebook.com/penningtonrowesolicitors">Facebook</a></li>
            <li><a href="https://www.linkedin.com/company/pennington-rowe-solicitors">LinkedIn</a></li>
            <li><a href="https://www.instagram.com/penningtonrowelaw">Instagram</a></li>
          </ul>
          <ul class="menu vertical footer-links">
            <li><a href="/fees/">Prices</a></li>
            <li><a href="/complaints/">Complaints</a></li>
            <li><a href="/faq/">FAQs</a></li>
          </ul>
        </div>
      </div>
      <div class="grid-x grid-padding-x footer-legal">
        <div class="cell small-12">
          <p class="small">Pennington Rowe Solicitors is the trading name of Pennington Rowe LLP, a limited
            liability partnership registered in England and Wales (OC351207). Authorised and regulated by the
            Solicitors Regulation Authority, SRA number 612345.</p>
          <p class="small">&copy; 2024 Pennington Rowe Solicitors. All rights reserved. Website by Mendip
            Digital.</p>
        </div>
      </div>
    </div>
  </footer>
  <div class="cookie-notice callout small secondary" data-closable>
    <p>We use cookies to understand how visitors use our website and to make it work better. By carrying on
      you agree to our use of cookies.</p>
    <button class="button tiny" data-close>Accept</button>
    <button class="close-button" aria-label="Dismiss" type="button" data-close>
      <span aria-hidden="true">&times;</span>
    </button>
  </div>
</div>
</div>
<script src="/assets/js/vendor/jquery.js"></script>
<script src="/assets/js/vendor/foundation.min.js"></script>
<script>$(document).foundation();</script>
</body>
</html>
"""


_HOME = """
          <div class="intro">
            <h2>Local solicitors for the things that matter most</h2>
            <p>Pennington Rowe is a small, partner-led law firm with offices in Frome and Warminster. We look
              after families and individuals at the big moments of life &ndash; planning ahead with a will or a
              power of attorney, dealing with the affairs of someone who has died, buying or selling a home &ndash;
              and we look after local businesses and landlords with their premises.</p>
            <p>Because there are only two partners, you will always know who is responsible for your matter.
              Helen Rowe leads our private client team and James Pennington leads our property team. Neither of
              them hides behind a call centre.</p>
          </div>
          <div class="grid-x grid-margin-x small-up-1 medium-up-2 service-cards">
            <div class="cell card">
              <div class="card-section">
                <h4>Private Client</h4>
                <p>Wills, trusts, lasting powers of attorney, deputyship, probate and disputes over estates.</p>
                <a class="button small" href="/wills/">Find out more</a>
              </div>
            </div>
            <div class="cell card">
              <div class="card-section">
                <h4>Property</h4>
                <p>Buying, selling and remortgaging, business premises, lease extensions and boundary
                  problems.</p>
                <a class="button small" href="/residential-conveyancing/">Find out more</a>
              </div>
            </div>
          </div>
          <div class="callout primary">
            <h4>Why clients choose us</h4>
            <ul>
              <li>Clear fixed fees for most of our work, published on our <a href="/fees/">prices page</a>.</li>
              <li>Two town-centre offices, plus <a href="/offices-and-home-visits/">home visits</a> for those
                who can&rsquo;t get to us.</li>
              <li>Members of the Conveyancing Quality Scheme and of the Society of Trust and Estate
                Practitioners.</li>
              <li>Over 400 five-star reviews from clients across Somerset and Wiltshire.</li>
            </ul>
          </div>
          <section class="testimonials">
            <h3>What our clients say</h3>
            <div class="grid-x grid-margin-x medium-up-3">
              <div class="cell"><blockquote>&ldquo;Our purchase had a chain of five and James kept every
                single one of us calm. Completed on the day we wanted.&rdquo;<cite>Tom &amp; Lauren,
                Beckington</cite></blockquote></div>
              <div class="cell"><blockquote>&ldquo;Explained everything about Dad&rsquo;s estate in plain
                English. Worth every penny.&rdquo;<cite>Graham P., Westbury</cite></blockquote></div>
              <div class="cell"><blockquote>&ldquo;Lovely people. Came out to see my mother at home for her
                will and were so patient with her.&rdquo;<cite>Anne W., Rode</cite></blockquote></div>
            </div>
          </section>
          <section class="latest-news">
            <h3>News</h3>
            <ul class="no-bullet">
              <li><strong>March 2024</strong> &ndash; Tom Briggs celebrates ten years with the firm.</li>
              <li><strong>January 2024</strong> &ndash; We are proud to be raising money for Frome Memory Caf&eacute;
                again this year.</li>
            </ul>
          </section>
"""

_ABOUT = """
          <h1>About us</h1>
          <p>Pennington Rowe was founded in 2009 by James Pennington and Helen Rowe, who had worked together
            for years at a larger firm in Bath and wanted to offer the kind of service they would want for their
            own families. We opened our second office, in Warminster, in 2016.</p>
          <p>We are still a two-partner firm, deliberately. Every matter is supervised by one of the partners,
            and we keep our team small so that clients get to know the people handling their affairs.</p>
          <h2>Our team</h2>
          <div class="grid-x grid-margin-x medium-up-2 team-grid">
            <div class="cell team-member">
              <img src="/assets/images/team/helen-rowe.jpg" alt="Helen Rowe">
              <h4>Helen Rowe TEP <small>Partner &ndash; Head of Private Client</small></h4>
              <p>Helen deals with wills, trusts, lasting powers of attorney, deputyship and probate. She is a
                full member of the Society of Trust and Estate Practitioners, a member of Solicitors for the
                Elderly and an accredited Dementia Friend, and she sees most of our older and more vulnerable
                clients herself. Helen is also the firm&rsquo;s Compliance Officer.</p>
            </div>
            <div class="cell team-member">
              <img src="/assets/images/team/james-pennington.jpg" alt="James Pennington">
              <h4>James Pennington <small>Partner &ndash; Head of Property</small></h4>
              <p>James qualified in 2001 and handles commercial property, lease extensions and boundary disputes,
                as well as supervising our residential conveyancing. He grew up on a dairy farm near Nunney and
                does much of our agricultural land work.</p>
            </div>
            <div class="cell team-member">
              <img src="/assets/images/team/sarah-okafor.jpg" alt="Sarah Okafor">
              <h4>Sarah Okafor <small>Associate Solicitor</small></h4>
              <p>Sarah runs our contested wills and estate disputes work and our separation agreements. She is
                trained in mediation and is always keen to settle things without going to court where that is
                possible.</p>
            </div>
            <div class="cell team-member">
              <img src="/assets/images/team/tom-briggs.jpg" alt="Tom Briggs">
              <h4>Tom Briggs <small>Licensed Conveyancer</small></h4>
              <p>Tom handles the day-to-day running of most house purchases, sales and remortgages, working from
                the Frome office. He has been with us since 2014.</p>
            </div>
            <div class="cell team-member">
              <img src="/assets/images/team/maggie-hughes.jpg" alt="Maggie Hughes">
              <h4>Maggie Hughes <small>Probate Paralegal</small></h4>
              <p>On a probate or estate administration matter, Maggie will usually be your day-to-day contact.
                She gathers in the bank accounts, deals with the Probate Registry and keeps you updated, while
                Helen signs off the legal and tax advice and every estate account.</p>
            </div>
            <div class="cell team-member">
              <img src="/assets/images/team/becky-lane.jpg" alt="Becky Lane">
              <h4>Becky Lane <small>Office Manager</small></h4>
              <p>Becky runs our Warminster office and is usually the first friendly voice you hear on the
                phone there.</p>
            </div>
          </div>
          <div class="callout">
            <h4>Our memberships</h4>
            <p>Conveyancing Quality Scheme (Law Society) &middot; Society of Trust and Estate Practitioners
              &middot; Solicitors for the Elderly &middot; Resolution (Sarah Okafor)</p>
          </div>
"""

_WILLS = """
          <h1>Wills</h1>
          <p>A professionally drawn will makes sure that what you have goes to the people you choose, names the
            people you trust to sort things out (your executors) and, if you have young children, appoints
            guardians for them. Without one, the intestacy rules decide &ndash; and they often leave unmarried
            partners and stepchildren with nothing.</p>
          <h2>How it works</h2>
          <ol>
            <li>A meeting with Helen or a member of her team, in the office or at home, to talk through your
              family, your property and your wishes.</li>
            <li>We send you a draft with a plain-English letter explaining it, usually within ten working
              days.</li>
            <li>Once you are happy, you sign it with two independent witnesses &ndash; normally at our office,
              where our staff witness it for you.</li>
          </ol>
          <h2>Our fixed fees for wills</h2>
          <table class="hover stack">
            <thead><tr><th>Service</th><th>Fee</th></tr></thead>
            <tbody>
              <tr><td>Single will (one person)</td><td>&pound;250 + VAT (&pound;300)</td></tr>
              <tr><td>Mirror wills for a couple</td><td>&pound;400 + VAT (&pound;480)</td></tr>
              <tr><td>Couple&rsquo;s wills with a property protection trust</td><td>&pound;795 + VAT</td></tr>
              <tr><td>Codicil (small change to an existing will)</td><td>&pound;120 + VAT</td></tr>
            </tbody>
          </table>
          <p>More complicated wills &ndash; business or farm property, assets abroad, a disabled
            beneficiary &ndash; are quoted individually before we start.</p>
          <h2>When should I review my will?</h2>
          <p>We suggest a quick look every five years and whenever your circumstances change. In particular,
            <strong>getting married or entering a civil partnership cancels any will you made beforehand</strong>,
            unless the will was specifically written in expectation of that marriage. If you have remarried
            since you made your will, it is very likely no longer valid and you should make a new one. Divorce
            does not cancel a will, but your former spouse is treated as if they had died, which can have
            unexpected results.</p>
          <p>If you have a homemade or online will and you are not sure it has been done properly, we are
            happy to look it over. If you cannot get to the office, see our
            <a href="/offices-and-home-visits/">home visits</a> page.</p>
"""

_TRUSTS = """
          <h1>Trusts &amp; Tax Planning</h1>
          <p>A trust lets you pass money or property to someone without handing it over to them outright. You
            choose trustees to look after it and set the rules for when and how it is paid out. Trusts can be
            set up in your lifetime or in your will.</p>
          <h2>Common reasons clients come to us</h2>
          <ul>
            <li><strong>Protecting young or vulnerable beneficiaries.</strong> Leaving money to grandchildren
              is lovely, but an 18-year-old with a lump sum does not always spend it wisely. A trust can hold
              the money until a later age &ndash; 21, 25 or even 30 &ndash; while the trustees can still pay
              out for university fees, a first car or a deposit on a home in the meantime.</li>
            <li><strong>A beneficiary with a disability.</strong> A disabled person&rsquo;s trust can provide
              for them without affecting means-tested benefits or care funding.</li>
            <li><strong>Second marriages.</strong> A life interest trust can let your spouse live in the home
              for the rest of their life while making sure it passes to your own children afterwards.</li>
            <li><strong>Inheritance Tax.</strong> Lifetime gifts, discretionary trusts and making full use of
              both spouses&rsquo; nil-rate bands can make a big difference to what your family eventually
              receives.</li>
          </ul>
          <h2>Running an existing trust</h2>
          <p>Most trusts now have to be registered with HMRC&rsquo;s Trust Registration Service and kept up to
            date. We act as professional trustees or help lay trustees with registration, trust tax returns,
            ten-year charges and winding a trust up.</p>
          <h2>Cost</h2>
          <p>A lifetime discretionary trust deed starts from &pound;1,500 + VAT, including the initial
            registration. Ongoing trust administration is charged at our hourly rates and we will give you an
            estimate each year.</p>
          <div class="callout warning">
            <p>Tax rules change often. Any tax planning we recommend is tailored to your own position &ndash;
              please do not rely on general information online.</p>
          </div>
"""

_LPA = """
          <h1>Lasting Powers of Attorney</h1>
          <p>A lasting power of attorney (LPA) lets you choose people you trust to make decisions for you if
            you cannot make them yourself, whether because of illness, an accident or dementia. There are two
            kinds, and most people make both:</p>
          <ul>
            <li><strong>Property and financial affairs</strong> &ndash; paying bills, dealing with the bank,
              selling the house to fund care. It can be used while you still have capacity, with your
              permission.</li>
            <li><strong>Health and welfare</strong> &ndash; where you live, day-to-day care and medical
              treatment, including life-sustaining treatment if you choose. It can only be used once you can no
              longer decide for yourself.</li>
          </ul>
          <h2>Is it too late?</h2>
          <p>To make an LPA you need &ldquo;mental capacity&rdquo; at the time you sign it: you must understand
            what the document is, who you are appointing and what powers they will have. A diagnosis of
            dementia, or some memory problems, does not automatically mean it is too late. Many people in the
            early stages can still make a valid LPA. Helen will meet the person on their own, and where there is
            any doubt we ask their GP or a specialist to confirm capacity in writing. If capacity has already
            been lost, an LPA can no longer be made and a <a href="/court-of-protection-deputyship/">deputyship
            application</a> is usually needed instead.</p>
          <h2>Our fees</h2>
          <table class="hover stack">
            <thead><tr><th></th><th>Our fee</th></tr></thead>
            <tbody>
              <tr><td>One LPA (either type)</td><td>&pound;395 + VAT</td></tr>
              <tr><td>Both LPAs for one person</td><td>&pound;650 + VAT</td></tr>
              <tr><td>Both LPAs for a couple (four documents)</td><td>&pound;1,100 + VAT</td></tr>
            </tbody>
          </table>
          <p>On top of our fee, the Office of the Public Guardian charges a registration fee of
            <strong>&pound;92 for each LPA</strong>. This is paid to the government, not to us. It is halved for
            people on a low income and waived for those on certain benefits; we will help you apply for the
            reduction.</p>
          <p>Registration is taking the Office of the Public Guardian around 16 weeks at the moment, so please
            don&rsquo;t leave it until the document is urgently needed.</p>
"""

_DEPUTY = """
          <h1>Court of Protection &amp; Deputyship</h1>
          <p>If someone has lost the mental capacity to manage their own money and never made a lasting power
            of attorney, nobody &ndash; not even a husband, wife or child &ndash; has automatic authority to deal
            with their bank accounts, pensions or property. Banks will freeze accounts once they know, and care
            home fees can quickly build up.</p>
          <p>The answer is to apply to the Court of Protection for a <strong>deputyship order</strong> appointing
            someone to manage the person&rsquo;s financial affairs. This is usually a close family member, but
            we can act as professional deputy where there is no suitable relative or the family would prefer
            it.</p>
          <h2>What the application involves</h2>
          <ul>
            <li>A capacity assessment (form COP3) completed by the person&rsquo;s GP, a psychiatrist or a
              social worker.</li>
            <li>Forms setting out the person&rsquo;s income, savings, property and debts, and the proposed
              deputy&rsquo;s details.</li>
            <li>Notifying close family members, who have the chance to object.</li>
            <li>Once the order is made, the deputy usually has to buy a security bond (an insurance policy
              protecting the person&rsquo;s money) and is supervised by the Office of the Public Guardian.</li>
          </ul>
          <p>Applications are currently taking around six to nine months from the day they are sent to court.
            In an emergency &ndash; for instance where a house sale has to go ahead to pay for care &ndash; we
            can ask the court for an urgent interim order.</p>
          <h2>Costs</h2>
          <p>Our costs for a deputyship application are fixed by the Court of Protection at <strong>&pound;950 +
            VAT</strong>, and are normally paid from the person&rsquo;s own money once the order is made, not by
            the family. The court&rsquo;s application fee is &pound;371. After appointment the Office of the
            Public Guardian charges an annual supervision fee (&pound;320 for general supervision).</p>
"""

_PROBATE = """
          <h1>Probate &amp; Estate Administration</h1>
          <p>When someone dies, their executors (or, if there is no will, their next of kin) have to collect in
            everything they owned, pay their debts and any tax, and pass on what is left to the right people. We
            can do as much or as little of that as you want.</p>
          <h2>Do we need probate?</h2>
          <p>Not always. Probate (the &ldquo;grant&rdquo;) is the court document proving that the executors have
            authority to deal with the estate. As a rough guide:</p>
          <ul>
            <li>If the person owned a house or flat <strong>in their sole name</strong>, probate will almost
              always be needed to sell it or transfer it. Property owned jointly with a spouse as joint tenants
              passes to them automatically.</li>
            <li>Each bank and building society sets its own limit &ndash; typically between &pound;5,000 and
              &pound;50,000. Below that, they will usually release the money on sight of a death certificate
              and an indemnity form, without a grant.</li>
            <li>Shares, larger investments and most pensions not already paid to a nominee will usually need a
              grant.</li>
          </ul>
          <p>So if your mother had a house in her own name, you will need probate even if her savings are
            small. We are happy to have a short free phone call to tell you whether you need it.</p>
          <h2>What we do</h2>
          <ul>
            <li><strong>Grant only</strong> &ndash; we prepare the Inheritance Tax forms and probate application,
              you deal with the rest yourself.</li>
            <li><strong>Full estate administration</strong> &ndash; we handle everything from start to finish,
              including selling or transferring the property, tax returns, and the final estate accounts.</li>
          </ul>
          <h2>How long does it take?</h2>
          <p>A straightforward estate usually takes between nine and twelve months from start to finish. The
            Probate Registry alone currently takes around 12 to 16 weeks to issue a grant once the application is
            in. Estates that owe Inheritance Tax, or include a property that is slow to sell, take longer.</p>
          <p>For our prices, see the probate section of our <a href="/fees/">prices page</a>.</p>
"""

_DISPUTES = """
          <h1>Contested Wills &amp; Estate Disputes</h1>
          <p>Arguments over a will or an estate are among the most painful a family can go through. Sarah
            Okafor leads this work for us and will always look first at whether the dispute can be settled
            through negotiation or mediation rather than court.</p>
          <h2>Challenging a will</h2>
          <p>A will can be challenged if the person who made it did not have mental capacity, did not know and
            approve what it said, was put under undue influence, or if it was not signed and witnessed
            properly. Forgery is rare but does happen.</p>
          <h2>&ldquo;I wasn&rsquo;t properly provided for&rdquo;</h2>
          <p>Even a valid will can be challenged under the Inheritance (Provision for Family and Dependants) Act
            1975 by a spouse, a cohabiting partner, a child, or anyone who was being maintained by the person who
            died. <strong>These claims must normally be started within six months of the date of the grant of
            probate</strong>, so please contact us quickly.</p>
          <p>If you were promised that you would inherit a farm, a house or a business, and you relied on that
            promise to your cost &ndash; for instance by working for low wages for years &ndash; you may also
            have a claim in &ldquo;proprietary estoppel&rdquo;. Those claims are not tied to the six-month
            limit, but delay still weakens them, so get advice early.</p>
          <h2>Problems with executors</h2>
          <p>Executors have a legal duty to collect in the estate, keep the beneficiaries informed and
            distribute it within a reasonable time &ndash; usually taken to be about a year, the &ldquo;executor&rsquo;s
            year&rdquo;. If an executor is sitting on the estate, refusing to give information or mixing it up
            with their own money, we can demand a full inventory and accounts and, if necessary, ask the court
            to remove and replace them.</p>
          <h2>Stopping a grant</h2>
          <p>If you are worried that probate is about to be granted on a will you think is invalid, we can
            enter a caveat at the Probate Registry, which stops a grant being issued for six months.</p>
          <h2>Your first meeting</h2>
          <p>We offer a one-hour initial consultation with Sarah for a fixed fee of &pound;250 + VAT, after
            which you will know where you stand and roughly what it would cost to go further.</p>
"""

_SEPARATION = """
          <h1>Separation Agreements</h1>
          <p>When a relationship ends, a written separation agreement records what you have agreed about the
            home, savings, debts, pensions and bills, and how any children will be supported. It can save a great
            deal of argument and expense later.</p>
          <h2>Who is it for?</h2>
          <ul>
            <li><strong>Unmarried couples</strong> who lived together. There is no such thing as a
              &ldquo;common-law wife&rdquo; in English law, so if you own a home together the starting point is
              what the deeds and any declaration of trust say. An agreement can set out who stays in the
              house, whether one of you buys the other out, or when it will be sold and how the money is
              split.</li>
            <li><strong>Married couples</strong> who are separating but are not ready to divorce, or who want
              to agree the finances first.</li>
          </ul>
          <h2>Is it legally binding?</h2>
          <p>For cohabiting couples a properly drawn agreement is a binding contract. For married couples a
            court dealing with a later divorce is not strictly bound by it, but will usually hold you to it if
            you both had full financial disclosure and independent legal advice and the terms were fair. We do
            not deal with the divorce application itself.</p>
          <h2>How we work</h2>
          <p>We can only act for one of you, and your former partner should take advice from a different firm.
            Sarah Okafor will take your instructions, help gather the financial information, negotiate the terms
            and draw up the agreement.</p>
          <h2>Cost</h2>
          <p>A separation agreement where the terms are already broadly agreed costs a fixed &pound;1,200 +
            VAT. If there is negotiation to be done we will give you an estimate at the first meeting. If the
            house is being transferred into one name, the conveyancing is charged separately.</p>
"""

_CONVEYANCING = """
          <h1>Residential Conveyancing</h1>
          <p>Whether you are a first-time buyer, moving up the ladder or selling a parent&rsquo;s home, our
            property team will handle the legal side and keep you informed at every stage. We are members of the
            Law Society&rsquo;s Conveyancing Quality Scheme and are on the panels of almost every mainstream
            mortgage lender.</p>
          <h2>The stages of a purchase</h2>
          <ol>
            <li><strong>Instruction.</strong> We send your welcome pack and check your identity.</li>
            <li><strong>Contracts and searches.</strong> We get the draft contract from the seller&rsquo;s
              solicitor and order local authority, water and drainage and environmental searches.</li>
            <li><strong>Enquiries and report.</strong> We raise questions about anything unusual and send you a
              written report on the property before you sign.</li>
            <li><strong>Exchange of contracts.</strong> You pay your deposit and you are legally committed; a
              completion date is fixed.</li>
            <li><strong>Completion.</strong> The money is sent, you collect the keys, and we pay your Stamp Duty
              Land Tax and register you as the new owner at HM Land Registry.</li>
          </ol>
          <h2>How long will it take?</h2>
          <p>For a typical purchase with a mortgage and a chain, allow <strong>12 to 16 weeks</strong> from sale
            agreed to moving day. A cash purchase with no chain can be done in six to eight weeks. The things
            that usually cause delay are slow local searches, mortgage offers, leasehold management packs and
            people further up or down the chain.</p>
          <h2>Buying with someone else</h2>
          <p>If you are buying with a partner, friend or family member, we will explain the difference between
            owning as joint tenants and as tenants in common, and whether you need a declaration of trust to
            record who put in what.</p>
          <p>Our fixed fees for buying, selling and remortgaging are on our <a href="/fees/">prices page</a>.</p>
"""

_FEES = """
          <h1>Prices &amp; Fee Estimates</h1>
          <p>We believe you should know what you will pay before you instruct us. Fixed fees for wills, powers
            of attorney and our other private client and property services are shown on each service page.
            This page covers residential conveyancing and probate, our hourly rates and how to pay.</p>
          <h2>Residential conveyancing &ndash; our legal fees</h2>
          <table class="hover stack fee-table">
            <thead>
              <tr><th>Property price</th><th>Purchase</th><th>Sale</th></tr>
            </thead>
            <tbody>
              <tr><td>Up to &pound;250,000</td><td>&pound;950 + VAT</td><td>&pound;850 + VAT</td></tr>
              <tr><td>&pound;250,001 &ndash; &pound;500,000</td><td>&pound;1,150 + VAT</td>
                <td>&pound;995 + VAT</td></tr>
              <tr><td>&pound;500,001 &ndash; &pound;1,000,000</td><td>&pound;1,450 + VAT</td>
                <td>&pound;1,250 + VAT</td></tr>
              <tr><td>Over &pound;1,000,000</td><td colspan="2">Quoted individually</td></tr>
            </tbody>
          </table>
          <ul>
            <li>Leasehold supplement (purchase or sale): &pound;300 + VAT</li>
            <li>Remortgage (any value): &pound;550 + VAT</li>
            <li>Transfer of equity: &pound;600 + VAT</li>
            <li>Declaration of trust: &pound;250 + VAT</li>
          </ul>
          <h3>Typical disbursements on a purchase</h3>
          <table class="hover stack">
            <tbody>
              <tr><td>Search pack (local, drainage and water, environmental)</td><td>about &pound;320</td></tr>
              <tr><td>HM Land Registry fee (&pound;200,001&ndash;&pound;500,000)</td><td>&pound;150</td></tr>
              <tr><td>Electronic ID check, per person</td><td>&pound;12 + VAT</td></tr>
              <tr><td>Bank transfer fee</td><td>&pound;35 + VAT</td></tr>
              <tr><td>Stamp Duty Land Tax</td><td>depends on price and your circumstances</td></tr>
            </tbody>
          </table>
          <h2>Probate</h2>
          <table class="hover stack">
            <tbody>
              <tr><td>Grant only (IHT forms and probate application)</td><td>&pound;1,250 + VAT fixed</td></tr>
              <tr><td>Full estate administration (straightforward estate)</td>
                <td>typically &pound;3,500 &ndash; &pound;9,000 + VAT</td></tr>
              <tr><td>Probate Registry fee (estates over &pound;5,000)</td><td>&pound;300</td></tr>
            </tbody>
          </table>
          <p>Full administration is charged on time spent. We will give you a written estimate once we know
            the number of accounts, whether there is a property to sell and whether Inheritance Tax is due.</p>
          <h2>Hourly rates</h2>
          <table class="hover stack">
            <tbody>
              <tr><td>Partner</td><td>&pound;295 + VAT</td></tr>
              <tr><td>Associate Solicitor</td><td>&pound;240 + VAT</td></tr>
              <tr><td>Licensed Conveyancer</td><td>&pound;195 + VAT</td></tr>
              <tr><td>Paralegal</td><td>&pound;150 + VAT</td></tr>
            </tbody>
          </table>
          <h2>Paying us</h2>
          <p>We may ask for a payment on account before we start work. You can pay by bank transfer or by debit
            card, in the office or over the phone (card payments up to &pound;2,000). We do not accept credit
            cards, and we will not take more than &pound;500 in cash. We will never change our bank details by
            email &ndash; always phone us to check before sending money.</p>
"""

_COMMERCIAL = """
          <h1>Commercial Property</h1>
          <p>James Pennington acts for local businesses, landlords, farmers and investors on every kind of
            commercial property work.</p>
          <h2>Business leases</h2>
          <p>Taking on a lease of a shop, caf&eacute;, workshop or office is often the biggest commitment a small
            business makes. Before you sign, we will go through the lease with you and explain, in plain terms,
            what you are agreeing to: the length of the term and any break clause, rent reviews, who repairs
            what (a &ldquo;full repairing&rdquo; lease can leave you paying for a new roof), service charges, what
            you can use the premises for, and whether you will have the right to renew at the end under the
            Landlord and Tenant Act 1954. We then negotiate changes with the landlord&rsquo;s solicitor.</p>
          <p>For landlords we draft leases, licences to assign or alter, and deal with lease renewals and rent
            arrears.</p>
          <h2>Buying and selling commercial property</h2>
          <p>We handle the purchase and sale of shops, offices, industrial units and mixed-use buildings,
            including ones with flats above, as well as farms and agricultural land, overage agreements and
            options.</p>
          <h2>Fees</h2>
          <table class="hover stack">
            <tbody>
              <tr><td>Reviewing and advising a tenant on a straightforward lease of a single small unit</td>
                <td>from &pound;850 + VAT</td></tr>
              <tr><td>Drafting a new lease for a landlord</td><td>from &pound;950 + VAT</td></tr>
              <tr><td>Commercial purchases and sales</td><td>quoted individually</td></tr>
            </tbody>
          </table>
          <p>A fixed fee includes one round of negotiation with the other side; longer negotiations are charged
            at James&rsquo;s hourly rate and we will tell you before that happens.</p>
"""

_LEASEHOLD = """
          <h1>Lease Extensions &amp; Buying the Freehold</h1>
          <p>A flat&rsquo;s lease goes down in value every year. Once it falls <strong>below 80 years</strong>,
            extending it gets noticeably more expensive, and many lenders will not lend on a short lease, which
            can make a flat very hard to sell. That is why estate agents often advise extending before you put
            a flat on the market.</p>
          <h2>The statutory route</h2>
          <p>If you have owned the flat for at least two years you normally have a legal right to a new lease
            of an extra 90 years at a &ldquo;peppercorn&rdquo; (nil) ground rent. We serve a formal notice on your
            landlord, based on a valuation, and then negotiate the premium. The process protects you and the
            claim can be passed to a buyer if you are selling. Some landlords will also agree an informal
            extension, but the terms need checking carefully.</p>
          <p>The Leasehold and Freehold Reform Act 2024 will change how premiums are worked out, but the main
            changes are not yet in force. We will advise whether it is worth waiting in your case.</p>
          <h2>What will it cost?</h2>
          <p>The total cost has four parts:</p>
          <table class="hover stack">
            <tbody>
              <tr><td>Our legal fee, from notice to completion of the new lease</td><td>&pound;1,800 + VAT</td></tr>
              <tr><td>Your valuer&rsquo;s fee</td><td>usually &pound;450 &ndash; &pound;750 + VAT</td></tr>
              <tr><td>Landlord&rsquo;s reasonable legal and valuation costs (you have to pay these by law)</td>
                <td>typically &pound;1,500 &ndash; &pound;2,500</td></tr>
              <tr><td>The premium paid to the landlord</td><td>depends on the valuation</td></tr>
            </tbody>
          </table>
          <p>As a very rough example, for a flat worth &pound;200,000 with around 75 years left and a modest
            ground rent, premiums locally tend to fall somewhere between &pound;8,000 and &pound;15,000. Your
            valuer will give you a proper figure.</p>
          <h2>Buying the freehold together</h2>
          <p>Where at least half the flats in a building want to join in, the leaseholders can buy the freehold
            together (collective enfranchisement). Our fees for this start from &pound;4,500 + VAT for the
            group.</p>
"""

_BOUNDARY = """
          <h1>Boundary &amp; Neighbour Disputes</h1>
          <p>Few things cause as much stress as a falling-out with the people next door. A new fence in the
            wrong place, a hedge cut back too far, a blocked driveway or an extension built up to the line
            &ndash; small things can get out of hand very quickly.</p>
          <h2>Where is the boundary?</h2>
          <p>Most people are surprised to learn that the red line on a Land Registry title plan only shows the
            <em>general</em> boundary; it does not fix the exact position to the inch. To work out where the
            legal boundary really is, we look at the old title deeds and conveyance plans, historic photographs
            and maps, where fences and hedges have stood over the years, and what previous owners agreed. In
            many cases we instruct a specialist boundary surveyor.</p>
          <h2>What we can do</h2>
          <ul>
            <li>Review your deeds and plans and tell you honestly whether your neighbour has crossed the
              line.</li>
            <li>Write to your neighbour, or their solicitor, setting out your position.</li>
            <li>Arrange mediation, which resolves most boundary disputes for a fraction of the cost of
              court.</li>
            <li>Draw up a boundary agreement so that the issue never comes back, including when either house is
              sold.</li>
            <li>Apply to HM Land Registry for a determined boundary, or take the matter to the First-tier
              Tribunal or court if there is no other way.</li>
          </ul>
          <p>We also advise on rights of way and shared driveways, and on party wall notices when a neighbour
            is building an extension.</p>
          <div class="callout alert">
            <p><strong>Please don&rsquo;t take matters into your own hands.</strong> Pulling down a
              neighbour&rsquo;s fence, even one you believe is on your land, can land you with a claim for
              damages. Take photographs and get advice first.</p>
          </div>
          <h2>Cost</h2>
          <p>We start with a fixed-fee review of your deeds and plans with a letter of advice for &pound;350 +
            VAT. After that we will give you an estimate for the next steps.</p>
"""

_OFFICES = """
          <h1>Our offices &amp; home visits</h1>
          <div class="grid-x grid-margin-x medium-up-2">
            <div class="cell">
              <div class="callout">
                <h3>Frome</h3>
                <p>14 Cork Street, Frome, Somerset BA11 1BL<br>
                  <a href="tel:01373461290">01373 461 290</a></p>
                <p><strong>Open:</strong> Monday to Friday 9am &ndash; 5.15pm. Late appointments until 7pm on
                  Wednesdays.</p>
                <p><strong>Parking:</strong> We have no parking of our own at Frome. The nearest car park is
                  the pay and display at Cattle Market, about three minutes&rsquo; walk. We do have one blue
                  badge space in the courtyard behind the office &ndash; please ask when you book and we will
                  keep it free for you.</p>
                <p><strong>Access:</strong> Our ground-floor meeting room and toilet are step-free.</p>
              </div>
            </div>
            <div class="cell">
              <div class="callout">
                <h3>Warminster</h3>
                <p>6 Silver Street, Warminster, Wiltshire BA12 8PS<br>
                  <a href="tel:01985212408">01985 212 408</a></p>
                <p><strong>Open:</strong> Tuesday and Thursday 9.30am &ndash; 4.30pm. The phone is answered
                  from Frome on other days.</p>
                <p><strong>Parking:</strong> Central car park (pay and display) is two minutes away, behind the
                  library.</p>
                <p><strong>Access:</strong> Our Warminster meeting rooms are on the first floor, up a flight of
                  stairs, and there is no lift. If stairs are difficult, we will see you in Frome or come to
                  you.</p>
              </div>
            </div>
          </div>
          <h2>Home, hospital and care home visits</h2>
          <p>If you cannot easily get to one of our offices because of illness, disability or frailty, we will
            come to you. We regularly visit clients at home, in hospital and in care and nursing homes for wills,
            powers of attorney and probate.</p>
          <ul>
            <li>Visits within <strong>10 miles</strong> of either office (that covers Frome, Warminster,
              Westbury, Radstock, Shepton Mallet and the villages between) are free of charge for
              housebound clients.</li>
            <li>Further afield, or where you would simply prefer a visit, we charge &pound;75 + VAT.</li>
            <li>We will bring a second member of staff to act as a witness when a will is being signed.</li>
          </ul>
          <p>Care homes sometimes have their own rules on visitors, so let us know the home&rsquo;s name when you
            book and we will arrange it with the manager.</p>
          <h2>Book an appointment</h2>
          <p>Ring either office, email <a href="mailto:enquiries@penningtonrowe.co.uk">
            enquiries@penningtonrowe.co.uk</a> or use the form below and we will call you back within one
            working day.</p>
          <form class="enquiry-form" action="/offices-and-home-visits/" method="post">
            <input type="hidden" name="CRAFT_CSRF_TOKEN" value="f9a1c2">
            <label>Your name <input type="text" name="fromName" required></label>
            <label>Phone <input type="tel" name="phone"></label>
            <label>How can we help? <textarea name="message[body]" rows="4"></textarea></label>
            <button class="button" type="submit">Send enquiry</button>
          </form>
"""

_FIRST = """
          <h1>Your first appointment</h1>
          <p>Most people have never been to a solicitor before. Here is what to expect and what to bring.</p>
          <h2>Is the first meeting free?</h2>
          <p>For wills, lasting powers of attorney and probate, your first meeting of up to 30 minutes is free
            and without obligation. For disputes, see the relevant service page.</p>
          <h2>Proof of identity</h2>
          <p>The law on money laundering requires us to check the identity of every client. Please bring:</p>
          <ul>
            <li><strong>One photo ID</strong> &ndash; a current passport, a photocard driving licence or a
              national identity card; and</li>
            <li><strong>One proof of address</strong> dated within the last three months &ndash; a utility bill,
              council tax bill, bank statement or HMRC letter. Mobile phone bills and printouts of online
              statements are not accepted.</li>
          </ul>
          <p>If you don&rsquo;t have a driving licence or an in-date passport, tell us. A passport that has
            expired within the last two years is usually fine for photo ID, and we can also accept a blue
            badge, a bus pass with photo, or a firearms licence. For care home residents, a letter from the care
            home manager confirming residence will do as proof of address.</p>
          <p>For property purchases and sales we also ask you to complete a quick electronic check using the
            Thirdfort app on your phone.</p>
          <h2>Where your money comes from</h2>
          <p>If you are buying a property, we must see where the money is coming from: usually six months of
            bank statements for the account holding your savings, plus mortgage and sale paperwork.</p>
          <p><strong>Gifted deposits.</strong> If family are giving you money towards the purchase, each person
            giving it needs to sign our gift declaration confirming it is a gift and not a loan, provide their
            own photo ID and proof of address, and send us three months of bank statements showing the money
            building up in their account. They will also need to be named to your mortgage lender.</p>
          <h2>Coming with family</h2>
          <p>You are welcome to bring a relative or friend. For wills and powers of attorney, though, we will
            always spend part of the meeting with you on your own, so we can be sure the wishes are your own.</p>
          <h2>What else to bring</h2>
          <p>Any existing will, a list of your main assets, title deeds or lease if you have them, and for
            probate the death certificate and any letters from banks.</p>
"""

_FAQ = """
          <h1>Frequently asked questions</h1>
          <ul class="accordion" data-accordion data-allow-all-closed="true">
            <li class="accordion-item is-active" data-accordion-item>
              <a href="#" class="accordion-title">Do you offer legal aid?</a>
              <div class="accordion-content" data-tab-content>
                <p>No. Legal aid is not available for the kinds of work we do, such as wills, probate,
                  conveyancing or estate disputes, and we do not hold a legal aid contract. We keep our prices
                  fixed wherever we can so you know the cost up front.</p>
              </div>
            </li>
            <li class="accordion-item" data-accordion-item>
              <a href="#" class="accordion-title">I live abroad. Can you still do my will?</a>
              <div class="accordion-content" data-tab-content>
                <p>Yes. We can take your instructions by video call (Zoom, Teams or WhatsApp) and send you the
                  drafts by email. The will must still be signed in front of two independent witnesses, so we
                  post you the final copy with step-by-step signing instructions and you return it to us to check.
                  We can only advise on your assets in England and Wales; for property overseas you may need a
                  separate will drawn up in that country.</p>
              </div>
            </li>
            <li class="accordion-item" data-accordion-item>
              <a href="#" class="accordion-title">Will you keep my original will safe?</a>
              <div class="accordion-content" data-tab-content>
                <p>Yes, free of charge. Original wills are kept in our fireproof strongroom and registered on
                  the national Certainty will register, so they can be found when they are needed. You get a
                  copy to keep at home.</p>
              </div>
            </li>
            <li class="accordion-item" data-accordion-item>
              <a href="#" class="accordion-title">Can an executor also inherit under the will?</a>
              <div class="accordion-content" data-tab-content>
                <p>Yes. It is very common to appoint your spouse or children as executors as well as leaving
                  them your estate. Witnesses are different: a witness, or their husband or wife, must not
                  benefit from the will.</p>
              </div>
            </li>
            <li class="accordion-item" data-accordion-item>
              <a href="#" class="accordion-title">Do you deal with property in Scotland or Northern Ireland?</a>
              <div class="accordion-content" data-tab-content>
                <p>No. Scotland and Northern Ireland have their own legal systems. We deal with property in
                  England and Wales only.</p>
              </div>
            </li>
            <li class="accordion-item" data-accordion-item>
              <a href="#" class="accordion-title">Can I move my matter to you from another firm?</a>
              <div class="accordion-content" data-tab-content>
                <p>Yes. With your signed authority we will ask your current solicitor to send the file over. They
                  may ask for their outstanding bill to be paid first.</p>
              </div>
            </li>
            <li class="accordion-item" data-accordion-item>
              <a href="#" class="accordion-title">Do you offer a discount for charities or repeat clients?</a>
              <div class="accordion-content" data-tab-content>
                <p>We give a 10% discount on our conveyancing fees to clients who have bought or sold through us
                  before, and we take part in Will Aid every November, when we waive our fee for a basic will in
                  return for a donation to charity.</p>
              </div>
            </li>
          </ul>
          <div class="callout secondary">
            <p>Can&rsquo;t find your answer? Call us on <a href="tel:01373461290">01373 461 290</a>.</p>
          </div>
"""

_COMPLAINTS = """
          <h1>Complaints procedure</h1>
          <p>We hope you will be happy with the service we give you. If something has gone wrong, please tell
            us straight away so that we can try to put it right.</p>
          <h2>Step 1: tell us</h2>
          <p>Speak first to the person handling your matter. If you would rather not, or you are still unhappy,
            please write to Helen Rowe, the partner responsible for complaints (or to James Pennington if your
            complaint is about Helen), at 14 Cork Street, Frome BA11 1BL or
            <a href="mailto:complaints@penningtonrowe.co.uk">complaints@penningtonrowe.co.uk</a>. Complaints can
            also be made by phone or in person.</p>
          <h2>Step 2: what happens next</h2>
          <ul>
            <li>We will acknowledge your complaint within <strong>three working days</strong>.</li>
            <li>We will investigate, review the file and may invite you to a meeting.</li>
            <li>You will receive our full written response within <strong>eight weeks</strong> of the date we
              received your complaint.</li>
          </ul>
          <p>Making a complaint will not affect how we handle your matter, and there is no charge for dealing
            with it.</p>
          <h2>Step 3: the Legal Ombudsman</h2>
          <p>If you are not satisfied with our final response, or we have not resolved your complaint within
            eight weeks, you can ask the Legal Ombudsman to look at it. You must normally contact the Ombudsman
            <strong>within six months of our final response</strong>, and no more than one year from the date of
            the act or omission you are complaining about (or one year from when you should reasonably have
            known about it).</p>
          <address>Legal Ombudsman, PO Box 6167, Slough SL1 0EH<br>
            Telephone 0300 555 0333 &middot; <a href="https://www.legalombudsman.org.uk">
            www.legalombudsman.org.uk</a></address>
          <h2>Solicitors Regulation Authority</h2>
          <p>If you are concerned about our behaviour rather than our service &ndash; for example dishonesty or
            the way we have handled your money &ndash; you can raise it with the Solicitors Regulation Authority
            at <a href="https://www.sra.org.uk">www.sra.org.uk</a>.</p>
          <h2>Complaints about our bill</h2>
          <p>You may also be able to ask the court to assess our bill under the Solicitors Act 1974, usually
            within one month of receiving it.</p>
"""

HTML = {
    "/": _page(
        "/",
        "Solicitors in Frome and Warminster",
        "Partner-led solicitors in Frome and Warminster for wills, probate, powers of attorney and property.",
        _HOME,
        hero="Wills, probate &amp; property law for Frome, Warminster and the villages around",
    ),
    "/about-us/": _page("/about-us/", "About us", "Meet the partners and team at Pennington Rowe.", _ABOUT),
    "/wills/": _page(
        "/wills/", "Wills", "Fixed-fee wills drawn up by local solicitors in Frome and Warminster.", _WILLS
    ),
    "/trusts-and-tax-planning/": _page(
        "/trusts-and-tax-planning/",
        "Trusts & Tax Planning",
        "Trusts for grandchildren, vulnerable beneficiaries and Inheritance Tax planning.",
        _TRUSTS,
    ),
    "/lasting-powers-of-attorney/": _page(
        "/lasting-powers-of-attorney/",
        "Lasting Powers of Attorney",
        "Property and financial affairs and health and welfare LPAs at a fixed fee.",
        _LPA,
    ),
    "/court-of-protection-deputyship/": _page(
        "/court-of-protection-deputyship/",
        "Court of Protection & Deputyship",
        "Deputyship applications to the Court of Protection for family members.",
        _DEPUTY,
    ),
    "/probate-and-estate-administration/": _page(
        "/probate-and-estate-administration/",
        "Probate & Estate Administration",
        "Help for executors and families after a death: probate and full estate administration.",
        _PROBATE,
    ),
    "/contested-wills-and-estate-disputes/": _page(
        "/contested-wills-and-estate-disputes/",
        "Contested Wills & Estate Disputes",
        "Advice on challenging a will, Inheritance Act claims and problems with executors.",
        _DISPUTES,
    ),
    "/separation-agreements/": _page(
        "/separation-agreements/",
        "Separation Agreements",
        "Separation agreements for married and unmarried couples.",
        _SEPARATION,
    ),
    "/residential-conveyancing/": _page(
        "/residential-conveyancing/",
        "Residential Conveyancing",
        "Buying, selling and remortgaging homes in Somerset and Wiltshire.",
        _CONVEYANCING,
    ),
    "/commercial-property/": _page(
        "/commercial-property/",
        "Commercial Property",
        "Business leases, commercial premises and agricultural land.",
        _COMMERCIAL,
    ),
    "/leasehold-extensions/": _page(
        "/leasehold-extensions/",
        "Lease Extensions & Freeholds",
        "Extending the lease on your flat and buying the freehold.",
        _LEASEHOLD,
    ),
    "/boundary-and-neighbour-disputes/": _page(
        "/boundary-and-neighbour-disputes/",
        "Boundary & Neighbour Disputes",
        "Help with boundary disputes, fences, rights of way and party walls.",
        _BOUNDARY,
    ),
    "/fees/": _page(
        "/fees/",
        "Prices & Fee Estimates",
        "Our prices for conveyancing and probate, hourly rates and how to pay.",
        _FEES,
    ),
    "/offices-and-home-visits/": _page(
        "/offices-and-home-visits/",
        "Offices & Home Visits",
        "Find our Frome and Warminster offices, parking, access and home visits.",
        _OFFICES,
        sidebar=None,
    ),
    "/your-first-appointment/": _page(
        "/your-first-appointment/",
        "Your first appointment",
        "What to bring to your first appointment, including proof of identity.",
        _FIRST,
    ),
    "/faq/": _page("/faq/", "FAQs", "Answers to the questions our clients ask most often.", _FAQ),
    "/complaints/": _page(
        "/complaints/",
        "Complaints",
        "How to make a complaint and how to contact the Legal Ombudsman.",
        _COMPLAINTS,
    ),
}

QUESTIONS = [
    ("How much is a basic will for just me?", "/wills/"),
    (
        "I did my will about 15 years ago, before I got remarried. Is that one still ok or do I need a new one",
        "/wills/",
    ),
    (
        "my mums getting a bit forgetful, is it too late for her to do a power of attorney?",
        "/lasting-powers-of-attorney/",
    ),
    (
        "what does the government charge to register the power of attorney forms, on top of your bit",
        "/lasting-powers-of-attorney/",
    ),
    (
        "Dad's got quite bad dementia now and never did any power of attorney. The care home keep chasing us for "
        "fees and the bank won't let me touch his account. What can we do?",
        "/court-of-protection-deputyship/",
    ),
    (
        "Mum died three weeks ago. She had her bungalow and a bit in savings. Do we actually need probate or can "
        "we just close her accounts ourselves?",
        "/probate-and-estate-administration/",
    ),
    (
        "My brother is the executor of our nan's estate and it's been two years now. He won't tell us anything "
        "and nobody's been paid a penny. Can he be made to sort it out?",
        "/contested-wills-and-estate-disputes/",
    ),
    (
        "dad always said the farm would come to me and I worked on it for 30 years for next to nothing, now the "
        "will leaves the lot to his new wife. is there a time limit to fight it",
        "/contested-wills-and-estate-disputes/",
    ),
    ("We've had an offer accepted on a house at £285,000, what are your fees for the purchase?", "/fees/"),
    ("can I pay your bill on my credit card", "/fees/"),
    (
        "we're first time buyers and got our sale agreed last week!! realistically how long till we get the keys",
        "/residential-conveyancing/",
    ),
    (
        "Neighbour has put a new fence up and I'm sure it's come a good foot onto our side of the garden. Can you "
        "help with that?",
        "/boundary-and-neighbour-disputes/",
    ),
    (
        "I own a flat with 76 years left on the lease. The estate agent says I should extend it before I sell. "
        "What's that going to cost me all in?",
        "/leasehold-extensions/",
    ),
    (
        "Me and my partner are splitting up after 8 years. We're not married but the house is in both our names. "
        "Can you do some sort of agreement about who gets what?",
        "/separation-agreements/",
    ),
    (
        "I'm opening a little cafe and the landlord has sent me a 10 year lease to sign. Can you look over it for "
        "me and what would that cost",
        "/commercial-property/",
    ),
    (
        "i want to leave some money to my grandson but hes 19 and would blow the lot, can it be kept back till "
        "hes older",
        "/trusts-and-tax-planning/",
    ),
    (
        "If I use you for my mum's probate, who is actually going to be doing the work, a solicitor or some junior?",
        "/about-us/",
    ),
    ("Do you do legal aid?", "/faq/"),
    (
        "I moved out to Spain a few years back but still need a will for my stuff in England, can we do it without "
        "me flying over",
        "/faq/",
    ),
    ("is there anywhere to park near your Frome office", "/offices-and-home-visits/"),
    (
        "My nan's in a care home in Westbury and can't really get out any more. Could someone come to her to do "
        "her will?",
        "/offices-and-home-visits/",
    ),
    ("what ID do you need from me? I don't drive and my passport ran out last year", "/your-first-appointment/"),
    (
        "My parents are giving us £30k towards our deposit, what do they need to send you",
        "/your-first-appointment/",
    ),
    (
        "Not happy at all with how my house sale was dealt with and I want to make a complaint, who do I go to?",
        "/complaints/",
    ),
    ("how long have I got to take it to the legal ombudsman", "/complaints/"),
]

OUT_OF_SCOPE = [
    "I got caught speeding last week, can one of you come to the magistrates court with me?",
    "My boss sacked me with no warning after 6 years, can you help me with an unfair dismissal claim",
    "I slipped on a wet floor in a supermarket and hurt my back, can you get me compensation?",
    "can you help me get a visa so my wife can come over from the Philippines",
    "Are you taking on any trainee solicitors or work experience students this summer?",
    "whats the best mortgage deal at the moment for a first time buyer",
    "Can you recommend a decent plumber in Frome?",
    "What time does the leisure centre in Frome open on a Sunday?",
]
