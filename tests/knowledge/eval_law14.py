"""An evaluation site: Pryce Lloyd & Jenkins Solicitors, a three-office high-street law firm in Mid Wales (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is an old Drupal 7 site on the
Bootstrap 3 theme (navbar-default dropdown menus, region/block/node/field wrappers, EU cookie banner, and an
FAQ module page with faq-question / faq-answer divs).
"""

NAME = "Pryce Lloyd & Jenkins Solicitors"

_SITE = "Pryce Lloyd &amp; Jenkins Solicitors"

_MENU = [
    ("Home", "/", []),
    (
        "Property",
        "/residential-conveyancing/",
        [
            ("Buying &amp; selling a home", "/residential-conveyancing/"),
            ("Conveyancing fees &amp; quotes", "/conveyancing-fees/"),
            ("Remortgage &amp; transfer of equity", "/remortgage-transfer-of-equity/"),
        ],
    ),
    (
        "Wills &amp; Later Life",
        "/wills/",
        [
            ("Wills", "/wills/"),
            ("Lasting powers of attorney", "/lasting-powers-of-attorney/"),
            ("Probate &amp; estates", "/probate-estate-administration/"),
            ("Care home fees", "/care-home-fees/"),
        ],
    ),
    (
        "Family",
        "/divorce-and-finances/",
        [
            ("Divorce &amp; finances", "/divorce-and-finances/"),
            ("Child arrangements", "/child-arrangements/"),
        ],
    ),
    ("Employment", "/settlement-agreements/", [("Settlement agreements", "/settlement-agreements/")]),
    (
        "About us",
        "/our-team/",
        [
            ("Our team", "/our-team/"),
            ("Our offices", "/our-offices/"),
            ("Cymraeg &amp; language support", "/cymraeg-language-support/"),
            ("Complaints", "/complaints/"),
        ],
    ),
    (
        "Help",
        "/appointments-home-visits/",
        [
            ("Appointments &amp; home visits", "/appointments-home-visits/"),
            ("What ID to bring", "/what-id-to-bring/"),
            ("FAQs", "/faqs/"),
        ],
    ),
]


def _nav(current: str) -> str:
    items = []
    for i, (label, href, children) in enumerate(_MENU):
        first = " first" if i == 0 else ""
        last = " last" if i == len(_MENU) - 1 else ""
        if not children:
            active = " active-trail active" if href == current else ""
            items.append(f'<li class="leaf{first}{last}{active}"><a href="{href}" title="">{label}</a></li>')
            continue
        trail = " active-trail" if any(h == current for _, h in children) else ""
        sub = []
        for j, (clabel, chref) in enumerate(children):
            pos = " first" if j == 0 else (" last" if j == len(children) - 1 else "")
            act = " active-trail active" if chref == current else ""
            sub.append(f'        <li class="leaf{pos}{act}"><a href="{chref}" title="">{clabel}</a></li>')
        subs = "\n".join(sub)
        items.append(
            f'<li class="expanded dropdown{first}{last}{trail}">'
            f'<a href="{href}" title="" class="dropdown-toggle" data-target="#" data-toggle="dropdown">'
            f'{label} <span class="caret"></span></a>\n'
            f'      <ul class="dropdown-menu">\n{subs}\n      </ul></li>'
        )
    return "\n      ".join(items)


_TESTIMONIALS = [
    (
        "From the first phone call to getting the keys, everything was explained in plain English and we "
        "always knew what was happening. Would not hesitate to recommend.",
        "Mr &amp; Mrs P, Welshpool",
    ),
    (
        "Kind, patient and never once made me feel rushed at a really difficult time for our family.",
        "Mrs E, Llanfyllin",
    ),
    (
        "Calm, straightforward advice and always on my side. I felt listened to from day one.",
        "Mr D, Newtown",
    ),
    (
        "Friendly, efficient and local. Lovely to deal with people who actually pick up the phone.",
        "Ms R, Llanidloes",
    ),
    (
        "Quick, clear advice when I needed it most. Couldn't have asked for more.",
        "J.M., Caersws",
    ),
]


def _testimonial(n: int) -> str:
    quote, who = _TESTIMONIALS[n % len(_TESTIMONIALS)]
    return f"""<section id="block-views-testimonials-block" class="block block-views clearfix">
      <h2 class="block-title">What our clients say</h2>
      <div class="view view-testimonials view-id-testimonials view-display-id-block">
        <div class="view-content">
          <div class="views-row views-row-1 views-row-odd views-row-first views-row-last">
            <div class="views-field views-field-field-rating"><div class="field-content">
              <span class="stars" aria-label="5 out of 5">&#9733;&#9733;&#9733;&#9733;&#9733;</span></div></div>
            <div class="views-field views-field-body"><div class="field-content"><blockquote>
              <p>{quote}</p></blockquote></div></div>
            <div class="views-field views-field-title"><span class="field-content">{who}</span></div>
          </div>
        </div>
      </div>
    </section>"""


def _sidebar(n: int) -> str:
    return f"""<aside class="col-sm-3" role="complementary">
  <div class="well region region-sidebar-second">
    <section id="block-block-7" class="block block-block clearfix">
      <h2 class="block-title">Speak to us</h2>
      <p>Not sure where to start? Call your nearest office and we will point you to the right person.</p>
      <ul class="list-unstyled office-phones">
        <li><strong>Welshpool</strong> <a href="tel:01938552314">01938 552314</a></li>
        <li><strong>Newtown</strong> <a href="tel:01686626418">01686 626418</a></li>
        <li><strong>Llanidloes</strong> <a href="tel:01686412077">01686 412077</a></li>
      </ul>
      <p><a href="/appointments-home-visits/" class="btn btn-primary btn-block">Book an appointment</a></p>
    </section>
    {_testimonial(n)}
    <section id="block-block-9" class="block block-block clearfix">
      <h2 class="block-title">Cymraeg</h2>
      <p>Mae croeso i chi ddelio &acirc; ni yn Gymraeg.
        <a href="/cymraeg-language-support/">Gwasanaeth Cymraeg</a></p>
    </section>
  </div>
</aside>"""


_FOOTER = """<footer class="footer container">
  <div class="region region-footer">
    <div class="row">
      <section id="block-block-3" class="block block-block col-sm-3 clearfix">
        <h2 class="block-title">Welshpool</h2>
        <p>14 Broad Street<br>Welshpool<br>Powys SY21 7RZ<br>
          <a href="tel:01938552314">01938 552314</a></p>
      </section>
      <section id="block-block-4" class="block block-block col-sm-3 clearfix">
        <h2 class="block-title">Newtown</h2>
        <p>27 High Street<br>Newtown<br>Powys SY16 2NP<br>
          <a href="tel:01686626418">01686 626418</a></p>
      </section>
      <section id="block-block-5" class="block block-block col-sm-3 clearfix">
        <h2 class="block-title">Llanidloes</h2>
        <p>9 Great Oak Street<br>Llanidloes<br>Powys SY18 6BN<br>
          <a href="tel:01686412077">01686 412077</a></p>
      </section>
      <section id="block-block-6" class="block block-block col-sm-3 clearfix">
        <h2 class="block-title">Get in touch</h2>
        <p>Welshpool &amp; Newtown offices: Monday to Friday, 9.00am &ndash; 5.00pm</p>
        <p><a href="mailto:enquiries@prycelloydjenkins.co.uk">enquiries@prycelloydjenkins.co.uk</a></p>
        <ul class="social-links list-inline">
          <li><a href="https://www.facebook.com/prycelloydjenkins" class="fa fa-facebook">Facebook</a></li>
          <li><a href="https://twitter.com/PLJsolicitors" class="fa fa-twitter">Twitter</a></li>
          <li><a href="https://www.linkedin.com/company/pryce-lloyd-jenkins" class="fa fa-linkedin">LinkedIn</a></li>
        </ul>
      </section>
    </div>
    <section id="block-menu-menu-footer-menu" class="block block-menu clearfix">
      <ul class="menu nav">
        <li class="first leaf"><a href="/our-offices/">Our offices</a></li>
        <li class="leaf"><a href="/faqs/">FAQs</a></li>
        <li class="leaf"><a href="/cymraeg-language-support/">Cymraeg</a></li>
        <li class="last leaf"><a href="/complaints/">Complaints</a></li>
      </ul>
    </section>
    <section id="block-block-8" class="block block-block clearfix">
      <div class="sra-badge" id="sra-badge-512734"><!-- SRA digital badge --></div>
      <p class="small">Pryce Lloyd &amp; Jenkins Solicitors LLP is a limited liability partnership registered in
        England and Wales (OC318842). Registered office: 14 Broad Street, Welshpool, Powys SY21 7RZ. A list of
        members is available at the registered office. Authorised and regulated by the Solicitors Regulation
        Authority (SRA number 512734). VAT registration 884 2217 40.</p>
      <p class="small">&copy; 2024 Pryce Lloyd &amp; Jenkins Solicitors LLP. Website by Cambrian Web Design.</p>
    </section>
  </div>
</footer>"""

_COOKIES = """<div id="sliding-popup" class="sliding-popup-bottom" style="height: auto; width: 100%; bottom: 0px;">
  <div>
    <div class="popup-content info eu-cookie-compliance-content">
      <div id="popup-text" class="eu-cookie-compliance-message">
        <h2>We use cookies on this site to enhance your user experience</h2>
        <p>By clicking any link on this page you are giving your consent for us to set cookies.</p>
      </div>
      <div id="popup-buttons" class="eu-cookie-compliance-buttons">
        <button type="button" class="agree-button eu-cookie-compliance-default-button">OK, I agree</button>
        <button type="button" class="find-more-button eu-cookie-compliance-more-button">No, give me more info</button>
      </div>
    </div>
  </div>
</div>"""


def _page(
    path: str,
    title: str,
    body: str,
    *,
    node: int,
    section: str = "",
    description: str = "",
    sidebar: int | None = 0,
    raw: bool = False,
) -> str:
    front = path == "/"
    head_title = f"{_SITE} | Solicitors in Welshpool, Newtown &amp; Llanidloes" if front else f"{title} | {_SITE}"
    layout = "one-sidebar sidebar-second" if sidebar is not None else "no-sidebars"
    body_cls = f"html {'front' if front else 'not-front'} not-logged-in {layout} page-node page-node-{node}"
    if raw:
        content = body
    else:
        content = f"""<div id="node-{node}" class="node node-page clearfix" about="/node/{node}" typeof="foaf:Document">
            <span property="dc:title" content="{title}" class="rdf-meta element-hidden"></span>
            <div class="field field-name-body field-type-text-with-summary field-label-hidden">
              <div class="field-items"><div class="field-item even" property="content:encoded">
{body}
              </div></div>
            </div>
          </div>"""
    crumbs = '<li><a href="/">Home</a></li>'
    if section:
        crumbs += f"<li>{section}</li>"
    crumbs += f'<li class="active">{title}</li>'
    breadcrumb = "" if front else f'<ol class="breadcrumb">{crumbs}</ol>'
    h1 = "" if front else f'<h1 class="page-header">{title}</h1>'
    col = "col-sm-9" if sidebar is not None else "col-sm-12"
    aside = _sidebar(sidebar) if sidebar is not None else ""
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/
  foaf: http://xmlns.com/foaf/0.1/ og: http://ogp.me/ns# rdfs: http://www.w3.org/2000/01/rdf-schema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
  <link rel="shortcut icon" href="/sites/all/themes/plj_bootstrap/favicon.ico" type="image/vnd.microsoft.icon" />
  <meta name="description" content="{description}" />
  <meta name="generator" content="Drupal 7 (http://drupal.org)" />
  <link rel="canonical" href="{path}" />
  <title>{head_title}</title>
  <link type="text/css" rel="stylesheet" media="all"
    href="/sites/default/files/css/css_lQaZfjVpwP_oGNqdtWCSpJT1EMqXdMiU84ekLLxQnc4.css" />
  <link type="text/css" rel="stylesheet" media="all"
    href="/sites/default/files/css/css_7Uh2Pw4D0Tq1a8cR3o5gJw9hUuM9xQYk0fT3sZpV2Lk.css" />
  <link type="text/css" rel="stylesheet" href="/sites/all/themes/plj_bootstrap/css/style.css?r8k2lq" media="all" />
  <!--[if lt IE 9]><script src="/sites/all/themes/bootstrap/js/html5shiv.min.js"></script><![endif]-->
  <script>window.ga=window.ga||function(){{(ga.q=ga.q||[]).push(arguments)}};ga.l=+new Date;
    ga("create", "UA-3318420-1", {{"cookieDomain":"auto"}});ga("set", "anonymizeIp", true);
    ga("send", "pageview");</script>
</head>
<body class="{body_cls} node-type-page">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div class="top-bar hidden-xs">
  <div class="container">
    <div class="region region-top-bar">
      <section id="block-block-1" class="block block-block clearfix">
        <p class="pull-left">Welshpool <a href="tel:01938552314">01938 552314</a> &middot; Newtown
          <a href="tel:01686626418">01686 626418</a> &middot; Llanidloes <a href="tel:01686412077">01686 412077</a></p>
        <p class="pull-right"><a href="/cymraeg-language-support/" lang="cy">Cymraeg</a> |
          <a href="mailto:enquiries@prycelloydjenkins.co.uk">Email us</a></p>
      </section>
    </div>
  </div>
</div>
<header id="navbar" role="banner" class="navbar container navbar-default">
  <div class="container">
    <div class="navbar-header">
      <a class="logo navbar-btn pull-left" href="/" title="Home">
        <img src="/sites/all/themes/plj_bootstrap/logo.png" alt="Pryce Lloyd &amp; Jenkins Solicitors" />
      </a>
      <a class="name navbar-brand" href="/" title="Home">{_SITE}</a>
      <button type="button" class="navbar-toggle" data-toggle="collapse" data-target=".navbar-collapse">
        <span class="sr-only">Toggle navigation</span>
        <span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span>
      </button>
    </div>
    <div class="navbar-collapse collapse">
      <nav role="navigation">
        <ul class="menu nav navbar-nav">
      {_nav(path)}
        </ul>
        <div class="region region-navigation">
          <section id="block-block-2" class="block block-block navbar-right clearfix">
            <a href="/appointments-home-visits/" class="btn btn-success navbar-btn">Book an appointment</a>
          </section>
        </div>
      </nav>
    </div>
  </div>
</header>
<div class="main-container container">
  <header role="banner" id="page-header">
    <p class="lead">Local solicitors for Montgomeryshire since 1961</p>
  </header>
  <div class="row">
    <section class="{col}">
      {breadcrumb}
      <a id="main-content"></a>
      {h1}
      <div class="region region-content">
        <section id="block-system-main" class="block block-system clearfix">
          {content}
        </section>
      </div>
    </section>
    {aside}
  </div>
</div>
{_FOOTER}
{_COOKIES}
<script src="/sites/default/files/js/js_xAPl0qIk9eowy_iS9tNkCWXLUVoat94SQT48UBCFkyQ.js"></script>
</body>
</html>
"""


_HOME = """<div class="jumbotron">
  <h1>Local solicitors. Plain advice.</h1>
  <p>For more than sixty years we have helped families across Montgomeryshire and the Marches buy their homes,
    plan for the future and get through some of life's hardest moments. With offices in Welshpool, Newtown and
    Llanidloes, there is always someone nearby who knows the area and picks up the phone.</p>
  <p><a class="btn btn-primary btn-lg" href="/appointments-home-visits/" role="button">Book an appointment</a>
    <a class="btn btn-default btn-lg" href="/conveyancing-fees/" role="button">Get a conveyancing quote</a></p>
</div>
<div class="row services-grid">
  <div class="col-md-4"><div class="panel panel-default"><div class="panel-body">
    <h3>Buying, selling &amp; remortgaging</h3>
    <p>Fixed-fee conveyancing for houses, flats and new builds, with a named lawyer who returns your calls.</p>
    <p><a href="/residential-conveyancing/">Find out more &raquo;</a></p>
  </div></div></div>
  <div class="col-md-4"><div class="panel panel-default"><div class="panel-body">
    <h3>Wills &amp; later life</h3>
    <p>Wills, lasting powers of attorney and advice on paying for care, explained without the jargon.</p>
    <p><a href="/wills/">Find out more &raquo;</a></p>
  </div></div></div>
  <div class="col-md-4"><div class="panel panel-default"><div class="panel-body">
    <h3>Probate &amp; estates</h3>
    <p>Calm, practical help when someone has died, whether or not they left a will.</p>
    <p><a href="/probate-estate-administration/">Find out more &raquo;</a></p>
  </div></div></div>
  <div class="col-md-4"><div class="panel panel-default"><div class="panel-body">
    <h3>Family law</h3>
    <p>Separation, divorce, sorting out money and arrangements for children, handled with care.</p>
    <p><a href="/divorce-and-finances/">Find out more &raquo;</a></p>
  </div></div></div>
  <div class="col-md-4"><div class="panel panel-default"><div class="panel-body">
    <h3>Employment</h3>
    <p>Quick, independent advice for employees who have been offered a settlement agreement.</p>
    <p><a href="/settlement-agreements/">Find out more &raquo;</a></p>
  </div></div></div>
  <div class="col-md-4"><div class="panel panel-default"><div class="panel-body">
    <h3>Cymraeg</h3>
    <p lang="cy">Gwasanaeth cyfreithiol llawn drwy gyfrwng y Gymraeg yn ein tair swyddfa.</p>
    <p><a href="/cymraeg-language-support/">Darllen mwy &raquo;</a></p>
  </div></div></div>
</div>
<h2>Why clients choose us</h2>
<ul class="tick-list">
  <li>Founded in Welshpool in 1961 by Emrys Pryce, and still run by local people.</li>
  <li>Lexcel accredited by the Law Society for practice management and client care.</li>
  <li>Members of the Law Society's Conveyancing Quality Scheme.</li>
  <li>Solicitors for the Elderly and Resolution members on the team.</li>
  <li>Clear, fixed fees for most of our work, agreed in writing before we start.</li>
</ul>
<div class="reviews-strip">
  <p><strong>Rated 4.9 out of 5</strong> from over 300 Google reviews.</p>
  <blockquote><p>&ldquo;They made the whole process of sorting out Dad's affairs so much easier than I feared.&rdquo;
    </p><footer>Mrs H, Montgomery</footer></blockquote>
  <blockquote><p>&ldquo;Professional, friendly and always on the end of the phone. Our third house with them!&rdquo;
    </p><footer>Mr &amp; Mrs G, Welshpool</footer></blockquote>
</div>
<div class="view view-news view-id-news view-display-id-block_1">
  <h2>News</h2>
  <div class="views-row views-row-1"><h3>Tomos Price joins us as trainee solicitor</h3>
    <p>We are delighted to welcome Tomos, a Newtown High School old boy, who will spend time in each of our
      departments over the next two years.</p></div>
  <div class="views-row views-row-2"><h3>Sponsoring the Newtown 10K again</h3>
    <p>Our team will be out in force on the route this year, with a few brave partners running it.</p></div>
</div>"""

_CONVEYANCING = """<p class="lead">Buying or selling a home is probably the biggest financial step you will ever take.
  Our residential property team handles around 400 sales and purchases a year across Mid Wales and the border.</p>
<h2>What we deal with</h2>
<ul>
  <li>Freehold and leasehold houses, bungalows and flats, in Wales and in England</li>
  <li>First-time buyers, movers, downsizers and cash buyers</li>
  <li>New-build homes from local developers</li>
  <li>Shared ownership and Help to Buy &ndash; Wales</li>
  <li>Buying with a Lifetime ISA or with help from family</li>
</ul>
<h2>How a purchase works, step by step</h2>
<ol class="steps">
  <li><strong>Instructions.</strong> We send our client care letter and terms, check your identity and ask for
    money on account to pay for your searches.</li>
  <li><strong>Contract papers.</strong> The seller's solicitor sends the draft contract, title documents and
    property information forms. We order the searches.</li>
  <li><strong>Enquiries and mortgage.</strong> We raise questions with the seller's solicitor, check your mortgage
    offer and tell you about anything unusual we find.</li>
  <li><strong>Signing.</strong> We send you a report on the property. You sign the contract and mortgage deed and
    send us your deposit.</li>
  <li><strong>Exchange of contracts.</strong> Once everyone in the chain is ready, contracts are exchanged and the
    completion date is fixed. From this point the deal is legally binding on both sides.</li>
  <li><strong>Completion day.</strong> We send the money to the seller's solicitor by same-day bank transfer. As
    soon as they confirm it has arrived, the estate agent releases the keys. This is normally between 12 noon and
    2pm, though a long chain can push it later into the afternoon.</li>
  <li><strong>After completion.</strong> We pay any Land Transaction Tax to the Welsh Revenue Authority (or Stamp
    Duty Land Tax to HMRC for property in England) and register you as the owner at HM Land Registry.</li>
</ol>
<h2>How long will it take?</h2>
<p>As a rough guide, a straightforward freehold purchase with a mortgage takes <strong>10 to 12 weeks</strong>
  from the day we receive the contract papers. Leasehold flats, new builds and properties in long chains usually
  take 12 to 16 weeks. A cash purchase with no chain can often be done in 6 to 8 weeks.</p>
<p>The things that slow a move down most are the local authority search (Powys County Council currently returns
  them in about ten working days), mortgage offers and other people further along the chain.</p>
<div class="alert alert-warning"><strong>Moving from rented?</strong> Please don't book a removal firm or hand in
  notice on your tenancy until contracts have exchanged and the completion date is fixed.</div>
<h2>Selling your home</h2>
<p>When you sell, we prepare the contract package, answer the buyer's enquiries, get a redemption figure from
  your lender and pay off your mortgage on the day of completion. We pay the estate agent's commission out of the
  proceeds and send the balance to your bank the same day.</p>
<h2>Surveys</h2>
<p>We don't carry out surveys or valuations. Your lender's valuation is not a survey, so we recommend a RICS home
  survey, particularly for older stone-built properties.</p>
<p><a href="/conveyancing-fees/" class="btn btn-primary">See our fixed fees</a></p>"""

_FEES = """<p class="lead">We quote fixed fees for residential conveyancing, so you know from the start what you will
  pay. The figures below are our standard legal fees. A personalised written quote is free and without
  obligation.</p>
<h2>Buying a freehold property</h2>
<table class="table table-striped fees-table">
  <thead><tr><th>Purchase price</th><th>Our fee</th><th>VAT</th><th>Total</th></tr></thead>
  <tbody>
    <tr><td>Up to &pound;150,000</td><td>&pound;795</td><td>&pound;159</td><td>&pound;954</td></tr>
    <tr><td>&pound;150,001 &ndash; &pound;300,000</td><td>&pound;895</td><td>&pound;179</td><td>&pound;1,074</td></tr>
    <tr><td>&pound;300,001 &ndash; &pound;500,000</td><td>&pound;1,050</td><td>&pound;210</td><td>&pound;1,260</td></tr>
    <tr><td>Over &pound;500,000</td><td colspan="3">Quote on request</td></tr>
  </tbody>
</table>
<h2>Selling a freehold property</h2>
<table class="table table-striped fees-table">
  <thead><tr><th>Sale price</th><th>Our fee</th><th>VAT</th><th>Total</th></tr></thead>
  <tbody>
    <tr><td>Up to &pound;150,000</td><td>&pound;695</td><td>&pound;139</td><td>&pound;834</td></tr>
    <tr><td>&pound;150,001 &ndash; &pound;300,000</td><td>&pound;795</td><td>&pound;159</td><td>&pound;954</td></tr>
    <tr><td>&pound;300,001 &ndash; &pound;500,000</td><td>&pound;950</td><td>&pound;190</td><td>&pound;1,140</td></tr>
  </tbody>
</table>
<h3>Supplements (plus VAT)</h3>
<ul>
  <li>Leasehold property: &pound;295</li>
  <li>New build: &pound;250</li>
  <li>Shared ownership or Help to Buy &ndash; Wales: &pound;250</li>
  <li>Unregistered property: &pound;195</li>
  <li>Gifted deposit supplement (per person giving): &pound;95</li>
  <li>Lifetime ISA: &pound;60</li>
  <li>Same-day bank transfer: &pound;36 per transfer</li>
  <li>Acting for your mortgage lender: included</li>
</ul>
<h2>Disbursements on a purchase</h2>
<p>These are paid to other organisations on your behalf:</p>
<ul>
  <li>Search pack (local authority, drainage and water, environmental): about &pound;325</li>
  <li>HM Land Registry registration fee: &pound;20 to &pound;150 depending on the price</li>
  <li>Land Registry and bankruptcy searches: about &pound;14 per buyer</li>
</ul>
<h2>Land Transaction Tax</h2>
<p>In Wales the tax on buying property is Land Transaction Tax (LTT), not Stamp Duty. For a main home there is no
  tax on the first &pound;225,000 of the price. Unlike in England, there is no special relief for first-time
  buyers in Wales. If you will own more than one home after completion, the higher residential rates apply to the
  whole price. We work out the exact figure in your quote.</p>
<h2>What if it falls through?</h2>
<p>If your purchase or sale falls through before contracts are exchanged, we charge only for the work done up to
  that point, and never more than half of our quoted fee, plus any disbursements already paid, such as searches.
  If you go on to buy another property through us within six months, we credit up to &pound;250 of that charge
  against the new fee.</p>
<h2>When do I pay?</h2>
<p>Search fees are paid at the start. The balance appears on your completion statement, which we send about a week
  before completion. On a sale, our fee is simply taken from the proceeds.</p>
<p><a href="mailto:quotes@prycelloydjenkins.co.uk" class="btn btn-success">Email for a written quote</a></p>"""

_REMORTGAGE = """<p class="lead">Switching your mortgage or changing whose names are on the deeds is usually quicker
  than a purchase, but it still needs careful handling.</p>
<h2>Remortgaging</h2>
<p>Many lenders offer a &lsquo;free legals&rsquo; package using their own panel firm. That can be good value, but
  you will usually be dealing with a call centre. If you would rather use a local firm, or your lender asks you to
  instruct your own solicitor, we can act for you and the lender together.</p>
<p>A straightforward remortgage usually completes <strong>3 to 5 weeks</strong> after the lender issues the
  mortgage offer. We repay your old lender on the day the new loan arrives and send any extra money you are
  borrowing to your bank.</p>
<h2>Transfer of equity</h2>
<p>A transfer of equity changes who owns your home without it being sold. Common reasons are:</p>
<ul>
  <li>adding a new husband, wife or partner to the title after marrying or moving in together;</li>
  <li>taking an ex-partner's name off after a separation;</li>
  <li>transferring a share to a grown-up son or daughter.</li>
</ul>
<p>If there is a mortgage on the property, the lender must agree to the change. Everyone who will be on the
  mortgage afterwards has to be approved by the lender, which sometimes means a product switch or a full
  remortgage at the same time. The person being added needs to prove their identity and will usually sign the
  transfer and the mortgage paperwork. Anyone giving away their share should take independent advice.</p>
<p>Land Transaction Tax can be payable if the person joining takes on part of the mortgage and their share of the
  debt is above the tax threshold. Transfers between spouses as part of a divorce or separation settlement are
  exempt. For unmarried couples we also recommend a declaration of trust recording who paid what.</p>
<h2>Fees</h2>
<table class="table table-bordered">
  <thead><tr><th>Service</th><th>Our fee</th><th>Including VAT</th></tr></thead>
  <tbody>
    <tr><td>Remortgage</td><td>&pound;450 + VAT</td><td>&pound;540</td></tr>
    <tr><td>Transfer of equity</td><td>&pound;550 + VAT</td><td>&pound;660</td></tr>
    <tr><td>Transfer of equity with remortgage</td><td>&pound;795 + VAT</td><td>&pound;954</td></tr>
    <tr><td>Declaration of trust</td><td>&pound;350 + VAT</td><td>&pound;420</td></tr>
  </tbody>
</table>
<p>Land Registry fees and searches (or search insurance, where your lender accepts it) are extra and shown in your
  quote.</p>"""

_WILLS = """<p class="lead">A will is the only way to be sure your money, your home and your belongings go to the
  people you choose.</p>
<h2>Why make a will?</h2>
<ul>
  <li><strong>You decide who inherits.</strong> Without a will the law decides, and an unmarried partner has no
    automatic right to anything, however long you have lived together.</li>
  <li><strong>You can name guardians</strong> to look after children under 18.</li>
  <li><strong>You choose your executors</strong>, the people who will sort everything out.</li>
  <li><strong>You can protect your children's inheritance</strong> if your husband, wife or partner later
    remarries.</li>
  <li><strong>It can reduce Inheritance Tax</strong> with the right planning.</li>
</ul>
<h2>When should I update my will?</h2>
<p>We suggest reading through your will every five years and after any big change in your life. In particular:</p>
<ul>
  <li><strong>Marriage or civil partnership cancels any will you made before</strong>, unless it was written
    specifically with that marriage in mind. Many couples only find this out when it is too late. If you have a
    wedding coming up, we can prepare new wills now, worded so that they survive the marriage, or you can make
    new ones straight after the big day.</li>
  <li>Divorce does not cancel a will, but your ex is treated as if they had died, which can leave gaps.</li>
  <li>Having children or grandchildren, moving house, or an executor dying or falling out with you.</li>
</ul>
<h2>Prices</h2>
<table class="table table-striped">
  <thead><tr><th>Type of will</th><th>Our fee</th><th>Including VAT</th></tr></thead>
  <tbody>
    <tr><td>Single will</td><td>&pound;225 + VAT</td><td>&pound;270</td></tr>
    <tr><td>Mirror wills for a couple</td><td>&pound;375 + VAT</td><td>&pound;450</td></tr>
    <tr><td>Single will with a trust</td><td>from &pound;495 + VAT</td><td>from &pound;594</td></tr>
    <tr><td>Mirror wills with trusts</td><td>from &pound;695 + VAT</td><td>from &pound;834</td></tr>
    <tr><td>Codicil (a small change to an existing will)</td><td>&pound;95 + VAT</td><td>&pound;114</td></tr>
  </tbody>
</table>
<p>Mirror wills are two separate wills in matching terms, usually leaving everything to each other and then to the
  children.</p>
<h2>How it works</h2>
<ol>
  <li>A first meeting of about 45 minutes to talk through your family, your property and your wishes.</li>
  <li>We send you a draft within ten working days to read through at home.</li>
  <li>You sign in front of two independent witnesses. We supervise the signing so the formalities are right.</li>
  <li>We keep the signed original free of charge in our fireproof deeds room at Welshpool and give you a copy.
    You can take the original away at any time.</li>
</ol>"""

_LPA = """<p class="lead">A lasting power of attorney (LPA) lets you choose people you trust to make decisions for you
  if a time comes when you can't make them yourself.</p>
<h2>The two types</h2>
<div class="row">
  <div class="col-md-6"><div class="panel panel-info"><div class="panel-heading">Property and financial affairs
    </div><div class="panel-body">
    <p>Lets your attorneys pay bills, deal with your bank and building society accounts, collect pensions and
      benefits, and if necessary sell your home. With your permission it can be used as soon as it is registered,
      even while you can still manage, which many people find helpful if they are starting to struggle.</p>
  </div></div></div>
  <div class="col-md-6"><div class="panel panel-info"><div class="panel-heading">Health and welfare</div>
    <div class="panel-body">
    <p>Covers decisions about medical treatment, daily care and where you live, and you can choose whether it
      extends to life-sustaining treatment. It can only be used once you are unable to decide for yourself.</p>
  </div></div></div>
</div>
<h2>Who can make one?</h2>
<p>Anyone aged 18 or over who has the mental capacity to understand what they are signing. A certificate provider,
  one of our lawyers or someone who has known you well for at least two years, confirms that you understand the
  LPA and are not being pressured. Many couples make LPAs at the same time as their wills.</p>
<h2>Fees</h2>
<table class="table table-striped">
  <thead><tr><th>Service</th><th>Our fee</th></tr></thead>
  <tbody>
    <tr><td>One LPA for one person</td><td>&pound;395 + VAT</td></tr>
    <tr><td>Both LPAs for one person</td><td>&pound;595 + VAT</td></tr>
    <tr><td>Both LPAs for a couple (four documents)</td><td>&pound;995 + VAT</td></tr>
    <tr><td>Office of the Public Guardian registration fee</td><td>&pound;92 per LPA</td></tr>
  </tbody>
</table>
<p>The registration fee is paid to the Office of the Public Guardian. It is halved if your income is under
  &pound;12,000 a year, and you may not have to pay it at all if you receive certain means-tested benefits.</p>
<h2>How long does registration take?</h2>
<p>Once everyone has signed, we send the LPA to the Office of the Public Guardian. Registration is currently taking
  around 16 to 20 weeks, and the LPA can't be used until it is registered, so it is best not to leave it late.</p>
<h2>Is it too late?</h2>
<p>If someone has already lost the ability to make their own decisions, for example because of advanced dementia
  or a serious stroke, they can no longer make an LPA. An old-style enduring power of attorney only helps if one
  was signed before October 2007. Instead, a family member has to apply to the Court of Protection to be appointed
  as a <strong>deputy</strong>. This takes several months, costs more and the deputy has to send a report every
  year. We make deputyship applications for a fixed fee of &pound;1,250 + VAT, plus the court fee of
  &pound;371.</p>
<p>A diagnosis of dementia doesn't automatically mean it is too late. Capacity is judged decision by decision, and
  we can arrange for a doctor's opinion where there is any doubt.</p>"""

_PROBATE = """<p class="lead">When someone close to you has died, dealing with their affairs can feel overwhelming. We
  can take on as much or as little of the work as you want.</p>
<h2>First steps</h2>
<ul>
  <li>Register the death at the register office within five days. Ask for several certified copies of the death
    certificate.</li>
  <li>Look for the will. If a solicitor drew it up, they will usually hold the original.</li>
  <li>Tell banks, pension providers and the council, but don't share out belongings or put the house on the
    market until we have spoken.</li>
</ul>
<h2>With a will, or without one</h2>
<p>If there is a will, the executors named in it apply for a <strong>grant of probate</strong>. If there is no
  will, the nearest relative entitled under the intestacy rules, usually the husband, wife or civil partner and
  then the children, applies for <strong>letters of administration</strong>. Either way, the grant is the legal
  document that lets banks release money and allows a property to be sold.</p>
<h2>Our fees</h2>
<table class="table table-striped">
  <tbody>
    <tr><th>Grant-only service</th><td>&pound;1,150 + VAT fixed. We prepare the tax forms for an estate where
      no Inheritance Tax is due and obtain the grant; you collect in the money and pay everyone.</td></tr>
    <tr><th>Full estate administration</th><td>Charged on time spent: partner &pound;240, chartered legal
      executive &pound;190, trainee &pound;120 an hour, plus VAT. Most estates cost between 1% and 2.5% of their
      value and we give you a written estimate at the start.</td></tr>
    <tr><th>Probate Registry fee</th><td>&pound;300 for estates over &pound;5,000, plus &pound;1.50 for each
      sealed copy.</td></tr>
  </tbody>
</table>
<h2>How long does probate take?</h2>
<p>Once we have all the valuations, the Probate Registry is currently issuing most grants <strong>8 to 12
  weeks</strong> after the application goes in. A simple estate with no property can often be wound up within 6
  to 9 months of the death. Where a house has to be sold, allow <strong>9 to 12 months</strong>, and longer if
  Inheritance Tax is payable or the sale is slow.</p>
<p>We usually advise executors to wait six months from the date of the grant before making final payments to the
  beneficiaries, because that is the time limit for most claims against an estate under the Inheritance
  (Provision for Family and Dependants) Act 1975.</p>
<h2>Inheritance Tax in brief</h2>
<p>Everyone has a &pound;325,000 nil-rate band. A further &pound;175,000 residence nil-rate band applies when a
  home passes to children or grandchildren. Anything a husband, wife or civil partner didn't use can usually be
  transferred to the survivor, so many couples can pass on up to &pound;1 million free of tax.</p>"""

_CARE = """<p class="lead">Worrying about how care will be paid for is one of the most common reasons families come to
  see us. The rules in Wales are different from England, and often kinder than people expect.</p>
<h2>How the council works out who pays</h2>
<p>When someone moves into a care home, the local authority carries out a financial assessment. In Wales the
  <strong>capital limit is &pound;50,000</strong>, much higher than the &pound;23,250 limit in England. If savings
  and property are worth more than that, you pay the full cost yourself until they fall below it. Below the
  limit, the council contributes and you pay what you can from your income, keeping a weekly personal
  allowance.</p>
<h2>What happens to the house?</h2>
<p>The family home is usually counted as capital, but not always:</p>
<ul>
  <li>It is <strong>ignored completely while a husband, wife or partner still lives there</strong>. Nobody can
    make them sell it to pay for care.</li>
  <li>It is also ignored if a relative who is 60 or over, or who is disabled, lives there as their home.</li>
  <li>For the first 12 weeks of a permanent stay, the value of the home is ignored anyway.</li>
  <li>If the house does count, you don't have to sell in a hurry. A deferred payment agreement lets the council
    pay the fees now and recover the money from the house later.</li>
</ul>
<h2>Can I give the house to my children?</h2>
<p>Transferring a home to your children to avoid care fees rarely works. If the council decides that avoiding
  fees was a significant reason for the gift, it can treat the person as still owning the house (this is called
  deprivation of assets), and there is no &lsquo;seven-year rule&rsquo; for care fees. There are legitimate
  options, such as protective trusts in wills, and we will explain honestly what can and can't be done.</p>
<h2>When the NHS should pay</h2>
<p>If someone's main need is for health care rather than social care, the NHS may pay the full cost through
  Continuing NHS Healthcare. Ask for an assessment before discharge from hospital. If full funding is refused,
  a nursing home resident may still get the NHS-funded nursing care contribution.</p>
<h2>How we help</h2>
<ul>
  <li>Care fees review meeting and written advice: &pound;350 + VAT fixed fee</li>
  <li>Help with Continuing Healthcare assessments and appeals: quoted hourly</li>
  <li>Protective will trusts: see our wills prices</li>
</ul>"""

_DIVORCE = """<p class="lead">Separating is hard enough. We give clear, practical advice and aim to keep things out of
  court wherever we can.</p>
<h2>No-fault divorce</h2>
<p>Since 6 April 2022 nobody has to prove that the other person was to blame. You simply state that the marriage
  has broken down irretrievably. You can apply on your own (a sole application) or together (a joint
  application). Applications are made online and the court fee is currently &pound;612. The same process applies
  to ending a civil partnership.</p>
<h2>How long does a divorce take?</h2>
<p>The law builds in waiting time. After the application is issued there is a minimum <strong>20-week period of
  reflection</strong> before you can apply for the conditional order. You must then wait at least <strong>six
  weeks and one day</strong> before applying for the final order, which legally ends the marriage. In practice,
  even when you both agree, a divorce takes about <strong>seven to eight months</strong> from start to finish,
  and often longer while the finances are sorted out.</p>
<p>We usually advise waiting to apply for the final order until a financial order has been approved, because
  rights such as a widow's pension can be lost once the marriage has ended.</p>
<h2>Sorting out the money</h2>
<p>The divorce itself doesn't deal with money. The house, savings, pensions and maintenance are dealt with
  separately, and both of you must give full and honest details of your finances. If you reach agreement, we draw
  up a <strong>consent order</strong> for a judge to approve, which makes the agreement legally binding and stops
  either of you making claims later; the court fee is &pound;58. If you can't agree, you normally have to attend
  a mediation information and assessment meeting (MIAM) before applying to the court.</p>
<h2>Fees</h2>
<table class="table table-striped">
  <tbody>
    <tr><td>Our help with a divorce application</td><td>&pound;595 + VAT</td></tr>
    <tr><td>Consent order for agreed finances</td><td>&pound;850 + VAT</td></tr>
    <tr><td>Pension sharing orders</td><td>Quoted individually</td></tr>
    <tr><td>Disputed financial cases</td><td>Partner &pound;240 an hour + VAT, with a written estimate</td></tr>
  </tbody>
</table>"""

_CHILDREN = """<p class="lead">When parents separate, the children's needs come first. Most families agree arrangements
  between themselves. When that isn't possible, we can help.</p>
<h2>Trying to agree first</h2>
<p>A written parenting plan, agreed directly or through family mediation, is quicker, cheaper and usually better
  for children than going to court. Before you apply to court you must normally attend a mediation information
  and assessment meeting (MIAM). There are exemptions, for example where there has been domestic abuse or a child
  is at risk.</p>
<h2>If you are being stopped from seeing your children</h2>
<p>We can start by writing to the other parent proposing arrangements; a solicitor's letter is often enough to get
  things moving. If contact has stopped and talking or mediation hasn't worked, you can apply to the family court
  for a <strong>child arrangements order</strong> on form C100. The order can say who the children live with and
  when they spend time with the other parent. The court fee is &pound;263.</p>
<p>In Wales, Cafcass Cymru carries out safeguarding checks before the first hearing, which is usually listed 6 to
  10 weeks after the application. Most cases are resolved without a full contested hearing.</p>
<h2>Other orders</h2>
<ul>
  <li><strong>Prohibited steps order</strong>: stops a parent doing something, such as moving abroad with the
    children or changing their surname.</li>
  <li><strong>Specific issue order</strong>: settles one disagreement, such as which school a child goes to.</li>
  <li><strong>Parental responsibility</strong>: an unmarried father who isn't named on the birth certificate can
    apply for it.</li>
</ul>
<h2>Grandparents</h2>
<p>Grandparents and other relatives don't have an automatic right to apply for a child arrangements order. In most
  cases you first have to ask the court for permission, and the court looks at your connection with the child.
  Many grandparents sort things out through mediation instead.</p>
<h2>Cost</h2>
<p>A one-hour first consultation costs &pound;150 + VAT. For court applications we give you a written estimate
  before any work starts.</p>"""

_SETTLEMENT = """<p class="lead">If your employer has offered you a settlement agreement, you must get advice from an
  independent qualified adviser before you sign, otherwise the agreement isn't binding. We give that advice quickly
  and in plain English.</p>
<h2>What is a settlement agreement?</h2>
<p>It is a legally binding contract between you and your employer. In return for a payment, and often an agreed
  reference, you give up your right to bring claims such as unfair dismissal or discrimination. They are common in
  redundancies, restructures and disagreements at work.</p>
<h2>Who pays for the advice?</h2>
<p>Almost all employers agree to pay something towards your legal fees, usually between &pound;350 and &pound;600
  plus VAT. In most cases we limit our fee to whatever your employer has agreed to contribute, so the advice costs
  you nothing. Your employer pays us directly. If the agreement is unusually complicated, or you want us to
  negotiate better terms, we tell you the cost before doing any extra work.</p>
<h2>What we check</h2>
<ul>
  <li>The payment and the tax on it: the first &pound;30,000 of genuine compensation is normally tax-free, but
    notice pay and holiday pay are taxed as normal.</li>
  <li>Whether the offer is fair, given the claims you are giving up.</li>
  <li>The wording of your reference, confidentiality clauses and any restrictions on future work.</li>
  <li>Your pension and any shares or bonus.</li>
</ul>
<h2>What to send us</h2>
<p>The draft agreement, your employment contract, your last three payslips, any letters about your dismissal or
  redundancy, and the date your employer wants an answer by.</p>
<h2>How quickly?</h2>
<p>We normally see you within two working days, at Newtown or Welshpool, or by phone or video. Many agreements are
  signed off within a week.</p>
<p>Please note we advise employees on settlement agreements only. We don't act in employment tribunal claims, but
  we can refer you to specialist firms.</p>"""

_OFFICES = """<p class="lead">Three offices, one firm. Your file can be worked on from any office, so come and see us
  wherever is easiest for you.</p>
<div class="office" id="welshpool">
  <h2>Welshpool (head office)</h2>
  <p class="address">14 Broad Street, Welshpool, Powys SY21 7RZ &middot; <a href="tel:01938552314">01938 552314</a>
  </p>
  <p><strong>Opening hours:</strong> Monday to Friday, 9.00am to 5.00pm.</p>
  <p><strong>Finding us:</strong> on Broad Street, opposite the Town Hall. Welshpool railway station is about a
    ten-minute walk.</p>
  <p><strong>Parking:</strong> we don't have our own car park. The nearest is the Church Street pay and display car
    park, about three minutes' walk away. For longer appointments the long-stay car park on Berriew Street is
    cheaper. There are two disabled bays outside the Town Hall.</p>
  <p><strong>Access:</strong> step-free entrance, ground-floor meeting rooms and an accessible toilet.</p>
</div>
<div class="office" id="newtown">
  <h2>Newtown</h2>
  <p class="address">27 High Street, Newtown, Powys SY16 2NP &middot; <a href="tel:01686626418">01686 626418</a></p>
  <p><strong>Opening hours:</strong> Monday to Friday, 9.00am to 5.00pm.</p>
  <p><strong>Finding us:</strong> at the Cross end of High Street, next to the bank. The bus station is a
    two-minute walk.</p>
  <p><strong>Parking:</strong> the Back Lane pay and display car park is directly behind the office, and you can
    use our rear door from there.</p>
  <p><strong>Access:</strong> there is one small step at the front door. We have a portable ramp, just ring the
    bell.</p>
</div>
<div class="office" id="llanidloes">
  <h2>Llanidloes</h2>
  <p class="address">9 Great Oak Street, Llanidloes, Powys SY18 6BN &middot;
    <a href="tel:01686412077">01686 412077</a></p>
  <p><strong>Opening hours:</strong> Tuesday and Thursday only, 9.30am to 4.00pm. The office is closed on Mondays,
    Wednesdays and Fridays, although we can sometimes arrange appointments there on other days by request. Calls on
    closed days are answered by our Newtown office.</p>
  <p><strong>Parking:</strong> on-street parking on Great Oak Street is limited to one hour. The free car park on
    Mount Street is a short walk away.</p>
  <p><strong>Access:</strong> our meeting room is on the first floor, up a flight of stairs, and there is no lift.
    If stairs are difficult for you, we will gladly see you at our Newtown office instead.</p>
</div>"""

_TEAM = """<p class="lead">Most of our team grew up locally, and several have been with the firm for twenty years or
  more. Here are the people you are most likely to deal with.</p>
<div class="view view-team view-id-team">
  <div class="views-row team-member">
    <h2>Gwenllian Pryce <small>Senior Partner &middot; Welshpool</small></h2>
    <p>Gwen heads our wills, probate and later-life team. She qualified in 1996 and is the granddaughter of our
      founder, Emrys Pryce. She is a full member of Solicitors for the Elderly and of STEP, the society for trust
      and estate practitioners, and deals with wills, trusts, lasting powers of attorney, estates and care fees.</p>
  </div>
  <div class="views-row team-member">
    <h2>Rhodri Lloyd <small>Partner, Head of Residential Property &middot; Welshpool</small></h2>
    <p>Rhodri qualified in 2004 and runs our conveyancing team across all three offices. He handles sales,
      purchases, remortgages and new builds, and outside work coaches junior football in Welshpool.</p>
  </div>
  <div class="views-row team-member">
    <h2>Sarah Whitcombe <small>Partner, Head of Family &middot; Newtown</small></h2>
    <p>Sarah is our family lawyer. She deals with divorce, separation, financial settlements and arrangements for
      children, and is a Resolution accredited specialist and trained collaborative lawyer. She joined us in 2012
      from a firm in Shrewsbury and is based at our Newtown office.</p>
  </div>
  <div class="views-row team-member">
    <h2>Daniel Okafor <small>Solicitor, Employment &middot; Newtown</small></h2>
    <p>Daniel advises employees on settlement agreements. Before joining us he spent six years as an in-house
      lawyer for a manufacturer in Telford, so he knows how employers approach these negotiations.</p>
  </div>
  <div class="views-row team-member">
    <h2>Catrin Jenkins <small>Licensed Conveyancer, Office Manager &middot; Llanidloes</small></h2>
    <p>Catrin looks after sales and purchases in the upper Severn valley and runs our Llanidloes office.</p>
  </div>
  <div class="views-row team-member">
    <h2>Elin Bowen <small>Chartered Legal Executive, Private Client &middot; Newtown</small></h2>
    <p>Elin deals with estate administration and lasting powers of attorney, and is a Dementia Friends
      champion.</p>
  </div>
  <div class="views-row team-member">
    <h2>Mared Hughes <small>Conveyancing Assistant &middot; Welshpool</small></h2>
    <p>Mared is often the first person you'll speak to about a sale or purchase and keeps files moving.</p>
  </div>
  <div class="views-row team-member">
    <h2>Tomos Price <small>Trainee Solicitor</small></h2>
    <p>Tomos is working towards qualification and spends time in each department.</p>
  </div>
  <div class="views-row team-member">
    <h2>Lowri Davies <small>Practice Manager &amp; Cashier</small></h2>
    <p>Lowri manages our accounts, client money and the day-to-day running of the firm.</p>
  </div>
</div>"""

_APPOINTMENTS = """<p class="lead">Most of our work starts with a conversation. Here is how to arrange one.</p>
<h2>Booking</h2>
<p>Phone any of our offices, email us, or use the form below. Tell us briefly what it is about so we can book you in
  with the right person. Before a first appointment we offer a <strong>free 15-minute phone call</strong> with a
  lawyer to check we can help and to explain the likely cost.</p>
<h2>Ways to meet</h2>
<ul>
  <li>In person at Welshpool, Newtown or Llanidloes</li>
  <li>By video call on Microsoft Teams, Zoom or WhatsApp</li>
  <li>By telephone</li>
</ul>
<h2>Early evening and Saturday appointments</h2>
<p>Our offices are open during the working day, but on <strong>Wednesdays we offer evening appointments until
  7.00pm</strong> at Welshpool and Newtown. On the first Saturday of each month we also see clients at Welshpool
  between 9.30am and 12.30pm. These slots are popular with people who work, so please book a week or two
  ahead.</p>
<h2>Home, hospital and care home visits</h2>
<p>If you are housebound, unwell or caring for someone, a member of our private client team can come to you at home,
  in hospital, or in a care home or hospice. Visits are available for wills, lasting powers of attorney and
  meetings about an estate. They are <strong>free within 10 miles of any of our offices</strong>; further away we
  charge &pound;75 + VAT to cover travelling time.</p>
<p>Where someone is seriously ill and needs a will urgently, please ring as early in the day as you can and we
  will try to visit the same day.</p>
<h2>What to bring</h2>
<p>Your identity documents (see <a href="/what-id-to-bring/">What ID to bring</a>) and anything relevant to your
  matter, such as an old will, letters from the other side or your mortgage details. You are welcome to bring a
  relative or friend for support, although for a will we will spend part of the meeting with you on your own.</p>
<h2>Cancelling or changing an appointment</h2>
<p>Please give us at least 24 hours' notice. If a paid fixed-fee consultation is missed without notice, the fee may
  still be charged.</p>
<form class="webform-client-form" action="#" method="post" id="webform-client-form-31" accept-charset="UTF-8">
  <div class="form-item webform-component webform-component-textfield form-group">
    <label for="edit-submitted-name">Your name <span class="form-required">*</span></label>
    <input class="form-control form-text required" type="text" id="edit-submitted-name" name="submitted[name]" />
  </div>
  <div class="form-item webform-component webform-component-textfield form-group">
    <label for="edit-submitted-phone">Phone number</label>
    <input class="form-control form-text" type="text" id="edit-submitted-phone" name="submitted[phone]" />
  </div>
  <div class="form-item webform-component webform-component-select form-group">
    <label for="edit-submitted-office">Preferred office</label>
    <select class="form-control form-select" id="edit-submitted-office" name="submitted[office]">
      <option value="welshpool">Welshpool</option><option value="newtown">Newtown</option>
      <option value="llanidloes">Llanidloes</option><option value="visit">I need a home visit</option>
    </select>
  </div>
  <div class="form-item webform-component webform-component-textarea form-group">
    <label for="edit-submitted-message">How can we help?</label>
    <textarea class="form-control form-textarea" id="edit-submitted-message" name="submitted[message]" rows="5">
    </textarea>
  </div>
  <button class="webform-submit button-primary btn btn-primary form-submit" type="submit">Send</button>
</form>"""

_CYMRAEG = """<div lang="cy" class="cymraeg-intro">
  <p class="lead">Rydym yn falch o gynnig gwasanaeth cyfreithiol llawn drwy gyfrwng y Gymraeg. Mae siaradwyr
    Cymraeg yn gweithio ym mhob un o'n tair swyddfa, a gallwch siarad, ysgrifennu a chyfarfod &acirc; ni yn
    Gymraeg.</p>
</div>
<h2>Our Welsh-language service</h2>
<p>Welsh speakers work at all three of our offices: Gwenllian Pryce and Mared Hughes in Welshpool, Elin Bowen in
  Newtown and Catrin Jenkins in Llanidloes. Let us know when you first get in touch and we will make sure your
  matter is handled by a Welsh speaker and that your letters and emails are written in Welsh.</p>
<h3>Documents in Welsh</h3>
<ul>
  <li><strong>Wills</strong> can be prepared entirely in Welsh, or bilingually with the Welsh and English side by
    side. A Welsh-language will is just as valid as an English one.</li>
  <li>The Office of the Public Guardian publishes <strong>lasting power of attorney</strong> forms in Welsh.</li>
  <li>Divorce and children forms are available in Welsh from the courts, and you can ask for a hearing to be held
    in Welsh.</li>
</ul>
<h2>Other languages</h2>
<p>If English isn't your first language, we will book a professional interpreter through Language Line, either by
  phone or video at short notice, or in person for longer meetings.</p>
<p>For wills and lasting powers of attorney we can't normally let a family member or friend interpret, however well
  they speak both languages. We have to be sure the wishes are entirely your own and that you understood the
  document, and relatives may also benefit under it. We arrange an independent interpreter instead, and there is
  no charge for the interpreter at your first meeting.</p>
<h2>Hearing and sight</h2>
<ul>
  <li>Hearing loops are fitted at the Welshpool and Newtown reception desks.</li>
  <li>We can book a British Sign Language interpreter for meetings, or use the SignVideo service.</li>
  <li>Letters can be sent in large print, or by email for use with a screen reader. Tell us if you would prefer
    phone calls to letters.</li>
</ul>"""

_ID = """<p class="lead">Solicitors must check the identity of every client under the Money Laundering Regulations.
  Please don't be offended: we ask everyone, including people we have known for years.</p>
<h2>What to bring</h2>
<p>Please bring <strong>one document from each list</strong>. We need originals, not photocopies.</p>
<div class="row">
  <div class="col-md-6">
    <h3>List A: photo ID (in date)</h3>
    <ul>
      <li>Passport from any country</li>
      <li>UK photocard driving licence, full or provisional</li>
      <li>National identity card from an EU or EEA country</li>
      <li>Biometric residence permit</li>
    </ul>
  </div>
  <div class="col-md-6">
    <h3>List B: proof of address (dated in the last 3 months)</h3>
    <ul>
      <li>Council tax bill for the current year</li>
      <li>Gas, electricity, water or landline/broadband bill</li>
      <li>Bank or building society statement</li>
      <li>Letter from HMRC, the DWP or your pension provider</li>
    </ul>
    <p>We can't accept mobile phone bills.</p>
  </div>
</div>
<p>If you have no photo ID at all, call us before your appointment. We can usually accept other documents, such as
  a birth certificate together with a benefits award letter, or confirmation from a professional who knows you.</p>
<h2>Checking your ID by app</h2>
<p>For sales and purchases we use Thirdfort, an app on your phone: you scan your passport or driving licence and take
  a selfie. The check costs &pound;12 including VAT per person and saves a trip to the office.</p>
<h2>Buying a property: where the money comes from</h2>
<p>For a purchase we must also check the source of your money. Please send six months' statements for the account
  your deposit is in, and evidence of how any savings built up, for example payslips, a sale completion statement
  or probate papers if you have inherited.</p>
<h2>Gifted deposits</h2>
<p>If a parent, grandparent or anyone else is giving you money towards a purchase, the person giving it has to be
  checked too. They will need to provide their own photo ID and proof of address, bank statements for the last
  three months showing the money in their account, and sign our gifted deposit declaration confirming that it is a
  gift, not a loan, and that they will not own a share of the property. Your mortgage lender must also be told
  about the gift.</p>
<h2>Protect yourself from fraud</h2>
<p>Our bank details will never change while we act for you, and we will never send you new bank details by email.
  Before sending any money, phone us on a number from this website to confirm our details. If you receive an email
  that seems to be from us saying our bank details have changed, don't reply; call us straight away.</p>"""

_FAQ_ITEMS = [
    (
        "Do you offer legal aid?",
        "<p>No, we don't hold a legal aid contract. If you might be eligible, for example in a family case "
        "involving domestic abuse, Civil Legal Advice on 0345 345 4345 can check for you and find a legal aid "
        "solicitor.</p>",
    ),
    (
        "How can I pay my bill?",
        "<p>By bank transfer, or by debit card in any of our offices or over the phone. We don't accept credit "
        "cards, and we can't take cash payments over &pound;500. Money for a house purchase must come by bank "
        "transfer from your own UK bank account.</p>",
    ),
    (
        "Do I have to pay anything up front?",
        "<p>For family and probate matters we usually ask for a payment on account before we start. It is held in "
        "our client account and set against your bill, and the amount is set out in our client care letter.</p>",
    ),
    (
        "My ex and I agree on everything. Can one solicitor act for both of us?",
        "<p>No. Even when you agree, your interests are different, and professional rules stop one solicitor "
        "acting for both people in a divorce or separation. We can act for one of you; the other should get "
        "independent advice from another firm. Agreeing the main points between you first usually keeps both "
        "sets of costs down.</p>",
    ),
    (
        "Do you deal with criminal cases or driving offences?",
        "<p>No, we don't do criminal or motoring work. If you are at a police station you are entitled to free "
        "advice from the duty solicitor.</p>",
    ),
    (
        "How will I know what is happening with my house purchase?",
        "<p>Your lawyer will email you an update every week, even if it is just to say we are waiting for "
        "something, and you can ring or email them directly at any time.</p>",
    ),
    (
        "Are you open over Christmas?",
        "<p>Our offices close at lunchtime on Christmas Eve and reopen on the first working day after New Year's "
        "Day. We are also closed on bank holidays.</p>",
    ),
    (
        "Will I deal with the same person all the way through?",
        "<p>Yes. You will have a named lawyer who is responsible for your matter, supported by an assistant who "
        "knows your file if your lawyer is out of the office.</p>",
    ),
]


def _faq_body() -> str:
    rows = []
    for i, (q, a) in enumerate(_FAQ_ITEMS, start=1):
        rows.append(
            f"""<div class="faq-question-answer" id="faq-{i}">
              <div class="faq-question faq-dt-hide-answer">
                <span datatype="" property="dc:title"><a href="#faq-{i}">{q}</a></span>
              </div>
              <div class="faq-answer faq-dd-hide-answer">
                <div class="field field-name-body field-type-text-with-summary field-label-hidden">
                  <div class="field-items"><div class="field-item even" property="content:encoded">{a}</div></div>
                </div>
              </div>
            </div>"""
        )
    joined = "\n            ".join(rows)
    return f"""<div class="faq-content">
          <div class="faq-description"><p>Answers to the questions we are asked most often. If yours isn't here,
            just give us a ring.</p></div>
          <div class="faq">
            {joined}
          </div>
          </div>"""


_COMPLAINTS = """<p class="lead">We want every client to be happy with the service we provide. If something has gone
  wrong, please tell us so that we can put it right.</p>
<h2>Step 1: talk to us</h2>
<p>Most problems can be sorted out quickly by speaking to the person handling your matter, or to the partner who
  supervises them.</p>
<h2>Step 2: make a formal complaint</h2>
<p>If that doesn't resolve things, please write to our Client Care Partner, <strong>Rhodri Lloyd</strong>, at our
  Welshpool office, or email <a href="mailto:complaints@prycelloydjenkins.co.uk">complaints@prycelloydjenkins.co.uk
  </a>. We will:</p>
<ul>
  <li>acknowledge your complaint within <strong>three working days</strong> and explain what happens next;</li>
  <li>investigate and send you a full written response within <strong>21 days</strong>;</li>
  <li>if the complaint is complicated and needs longer, tell you why, and in any event give our final response
    within <strong>eight weeks</strong>.</li>
</ul>
<p>Complaining will not affect how we handle your matter, and there is no charge for dealing with a complaint.</p>
<h2>Complaints about a bill</h2>
<p>If your complaint is about our bill, you may also have the right to object to it by applying to the court for an
  assessment under Part III of the Solicitors Act 1974.</p>
<h2>The Legal Ombudsman</h2>
<p>If you are not satisfied with our final response, or eight weeks have passed, you can ask the Legal Ombudsman to
  look at your complaint free of charge. You must normally contact them within <strong>six months</strong> of our
  final response, and no more than one year from the problem happening or from when you should reasonably have
  known about it.</p>
<address>Legal Ombudsman, PO Box 6167, Slough SL1 0EH<br>Telephone: 0300 555 0333<br>
  Email: <a href="mailto:enquiries@legalombudsman.org.uk">enquiries@legalombudsman.org.uk</a><br>
  Website: <a href="https://www.legalombudsman.org.uk">www.legalombudsman.org.uk</a></address>
<h2>The Solicitors Regulation Authority</h2>
<p>If you think we have behaved dishonestly or unethically, for example by discriminating against you or mishandling
  your money, you can raise this with the Solicitors Regulation Authority, which regulates solicitors.</p>"""


HTML = {
    "/": _page(
        "/",
        "Home",
        _HOME,
        node=1,
        sidebar=None,
        description="Solicitors in Welshpool, Newtown and Llanidloes: conveyancing, wills, probate, family law.",
    ),
    "/residential-conveyancing/": _page(
        "/residential-conveyancing/",
        "Buying &amp; selling a home",
        _CONVEYANCING,
        node=4,
        section="Property",
        sidebar=0,
        description="Residential conveyancing in Mid Wales: buying and selling houses and flats.",
    ),
    "/conveyancing-fees/": _page(
        "/conveyancing-fees/",
        "Conveyancing fees &amp; quotes",
        _FEES,
        node=5,
        section="Property",
        sidebar=3,
        description="Fixed conveyancing fees for buying and selling, disbursements and Land Transaction Tax.",
    ),
    "/remortgage-transfer-of-equity/": _page(
        "/remortgage-transfer-of-equity/",
        "Remortgage &amp; transfer of equity",
        _REMORTGAGE,
        node=6,
        section="Property",
        sidebar=0,
        description="Remortgages and transfers of equity: adding or removing a name from the deeds.",
    ),
    "/wills/": _page(
        "/wills/",
        "Wills",
        _WILLS,
        node=8,
        section="Wills &amp; Later Life",
        sidebar=1,
        description="Fixed-fee wills and mirror wills in Welshpool, Newtown and Llanidloes.",
    ),
    "/lasting-powers-of-attorney/": _page(
        "/lasting-powers-of-attorney/",
        "Lasting powers of attorney",
        _LPA,
        node=9,
        section="Wills &amp; Later Life",
        sidebar=1,
        description="Lasting powers of attorney for property and finance and for health and welfare.",
    ),
    "/probate-estate-administration/": _page(
        "/probate-estate-administration/",
        "Probate &amp; estates",
        _PROBATE,
        node=10,
        section="Wills &amp; Later Life",
        sidebar=1,
        description="Probate, letters of administration and estate administration.",
    ),
    "/care-home-fees/": _page(
        "/care-home-fees/",
        "Care home fees",
        _CARE,
        node=11,
        section="Wills &amp; Later Life",
        sidebar=4,
        description="Advice on paying for care in Wales, the family home and NHS funding.",
    ),
    "/divorce-and-finances/": _page(
        "/divorce-and-finances/",
        "Divorce &amp; finances",
        _DIVORCE,
        node=13,
        section="Family",
        sidebar=2,
        description="No-fault divorce, financial settlements and consent orders.",
    ),
    "/child-arrangements/": _page(
        "/child-arrangements/",
        "Child arrangements",
        _CHILDREN,
        node=14,
        section="Family",
        sidebar=2,
        description="Child arrangements orders, contact, parental responsibility and grandparents.",
    ),
    "/settlement-agreements/": _page(
        "/settlement-agreements/",
        "Settlement agreements",
        _SETTLEMENT,
        node=16,
        section="Employment",
        sidebar=4,
        description="Independent advice for employees on settlement agreements.",
    ),
    "/our-team/": _page(
        "/our-team/",
        "Our team",
        _TEAM,
        node=18,
        section="About us",
        sidebar=3,
        description="Meet the solicitors and staff at Pryce Lloyd &amp; Jenkins.",
    ),
    "/our-offices/": _page(
        "/our-offices/",
        "Our offices",
        _OFFICES,
        node=19,
        section="About us",
        sidebar=None,
        description="Our offices in Welshpool, Newtown and Llanidloes: hours, parking and access.",
    ),
    "/cymraeg-language-support/": _page(
        "/cymraeg-language-support/",
        "Cymraeg &amp; language support",
        _CYMRAEG,
        node=20,
        section="About us",
        sidebar=3,
        description="Gwasanaeth Cymraeg. Welsh-language service, interpreters and accessibility.",
    ),
    "/complaints/": _page(
        "/complaints/",
        "Complaints",
        _COMPLAINTS,
        node=21,
        section="About us",
        sidebar=None,
        description="How to make a complaint and the Legal Ombudsman.",
    ),
    "/appointments-home-visits/": _page(
        "/appointments-home-visits/",
        "Appointments &amp; home visits",
        _APPOINTMENTS,
        node=23,
        section="Help",
        sidebar=1,
        description="Book an appointment in the office, by video or phone, or arrange a home visit.",
    ),
    "/what-id-to-bring/": _page(
        "/what-id-to-bring/",
        "What ID to bring",
        _ID,
        node=24,
        section="Help",
        sidebar=0,
        description="Identity documents, proof of address, source of funds and gifted deposits.",
    ),
    "/faqs/": _page(
        "/faqs/",
        "Frequently asked questions",
        _faq_body(),
        node=25,
        section="Help",
        sidebar=3,
        raw=True,
        description="Frequently asked questions about our services, fees and payments.",
    ),
}

QUESTIONS = [
    (
        "We've had an offer accepted on a little terrace in Newtown last week. Roughly how long till we can "
        "actually move in? Trying to work out when to give notice on our rented place",
        "/residential-conveyancing/",
    ),
    ("how much do you charge to do the legal bit for buying a house, its about 200k freehold", "/conveyancing-fees/"),
    (
        "If the house I'm buying falls through before we exchange do I still have to pay you the full whack?",
        "/conveyancing-fees/",
    ),
    (
        "I got married last year and want to put my wife's name on the house with mine. There's still a mortgage "
        "on it. Is that something you can do?",
        "/remortgage-transfer-of-equity/",
    ),
    (
        "Me and my fiancé both made wills a few years back. We're getting married in August, do we need to do "
        "anything about them?",
        "/wills/",
    ),
    (
        "How much is it for wills for me and my husband? Nothing complicated, just leaving it all to each other",
        "/wills/",
    ),
    (
        "Mum's getting a bit forgetful lately. Dad wants to be able to deal with her bank and bills for her if it "
        "gets worse. What does she need to sign?",
        "/lasting-powers-of-attorney/",
    ),
    (
        "my father has quite advanced dementia now and doesnt really know whats going on. is it too late to get "
        "power of attorney",
        "/lasting-powers-of-attorney/",
    ),
    (
        "My mum passed away in January and left everything to me and my brother. There's her house to sell as "
        "well. How long does all the probate side usually take?",
        "/probate-estate-administration/",
    ),
    (
        "Dad's got to go into a nursing home after his stroke. Will the council make Mum sell the house to pay for "
        "it? She still lives there",
        "/care-home-fees/",
    ),
    (
        "My husband and I have separated and we both want a divorce, no arguments. How long does it take start to "
        "finish these days?",
        "/divorce-and-finances/",
    ),
    (
        "My ex has stopped me seeing my two kids since Christmas. What can I actually do about it",
        "/child-arrangements/",
    ),
    (
        "work have offered me a payout to leave and said I need a solicitor to sign off the paperwork. am I going "
        "to have to pay for that myself?",
        "/settlement-agreements/",
    ),
    ("Is there anywhere to park near the Welshpool office?", "/our-offices/"),
    ("is your llanidloes office open on a monday", "/our-offices/"),
    ("Which of your solicitors does divorces and that sort of thing, and which office are they at?", "/our-team/"),
    (
        "My nan is housebound and wants to change her will. Can someone come out to the house to see her?",
        "/appointments-home-visits/",
    ),
    (
        "I work 8 till half 5 Monday to Friday so can't get in during the day. Do you do any appointments after work?",
        "/appointments-home-visits/",
    ),
    ("Is it possible to have my will done in Welsh? It's my first language", "/cymraeg-language-support/"),
    (
        "My mother-in-law only speaks Polish. Can my husband come along and translate for her when she does her will?",
        "/cymraeg-language-support/",
    ),
    ("what ID do I need to bring, I don't have a passport", "/what-id-to-bring/"),
    (
        "My parents are giving us £15,000 towards the deposit on our first house. Do they need to send you anything?",
        "/what-id-to-bring/",
    ),
    ("can i pay your bill on a credit card", "/faqs/"),
    (
        "Me and my ex agree on everything about the divorce. Can we just use the one solicitor between us to keep "
        "the costs down?",
        "/faqs/",
    ),
    ("I'm really not happy with how my house sale was handled. Who do I complain to?", "/complaints/"),
]

OUT_OF_SCOPE = [
    "I was in a car accident last month, can you help me claim compensation for whiplash?",
    "My neighbour has put a fence up on what I think is my land. Do you deal with boundary disputes?",
    "My wife is from the Philippines. Can you help with her spouse visa application?",
    "Can you recommend a good estate agent in Welshpool to value my house?",
    "We farm near Llanfair Caereinion. Can you draw up an agricultural tenancy for some grazing land?",
    "My landlord has given me a section 21 notice. Can you help me stay in my house?",
    "What day is the livestock market in Welshpool?",
    "Can you recommend somewhere nice for lunch in Llanidloes?",
]
