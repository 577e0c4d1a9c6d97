"""An evaluation site: Halloran Pryce Solicitors, a small high-street firm of solicitors in Stamford (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is WordPress with GeneratePress
and GenerateBlocks (gb-container, gb-grid-wrapper, gb-headline and gb-button classes inside inside-article
wrappers, a GenerateBlocks accordion on the FAQ page), with a mega-menu, sidebar widgets and a cookie bar.
"""

NAME = "Halloran Pryce Solicitors"

_MENU = [
    (
        "Services",
        [
            (
                "You &amp; your family",
                [
                    ("/wills-and-lasting-powers-of-attorney/", "Wills &amp; Lasting Powers of Attorney"),
                    ("/probate-and-estates/", "Probate &amp; Estates"),
                    ("/family-law/", "Divorce, Separation &amp; Children"),
                ],
            ),
            (
                "Home &amp; property",
                [
                    ("/residential-conveyancing/", "Buying, Selling &amp; Remortgaging"),
                    ("/conveyancing-fees/", "Conveyancing Fees"),
                    ("/landlord-and-tenant/", "Landlord &amp; Tenant"),
                ],
            ),
            (
                "Work",
                [
                    ("/employment-law/", "Employment Law for Employees"),
                ],
            ),
        ],
    ),
    (
        "About us",
        [
            (
                "",
                [
                    ("/about-us/", "Our Firm"),
                    ("/our-team/", "Meet the Team"),
                    ("/identity-and-security/", "ID Checks &amp; Staying Safe"),
                    ("/complaints-procedure/", "Complaints Procedure"),
                ],
            ),
        ],
    ),
]

_TOP_LINKS = [
    ("/fees-and-funding/", "Fees &amp; Funding"),
    ("/faq/", "FAQs"),
    ("/contact-us/", "Contact"),
]

_ARROW = (
    '<span role="presentation" class="dropdown-menu-toggle"><span class="gp-icon icon-arrow">'
    '<svg viewBox="0 0 330 512" aria-hidden="true" width="1em" height="1em"><path d="M305.913 197.085c0 '
    '2.266-1.133 4.815-2.833 6.514L171.087 335.593"></path></svg></span></span>'
)


def _nav(current):
    items = []
    home_cls = "menu-item menu-item-home" + (" current-menu-item" if current == "/" else "")
    items.append(f'<li class="{home_cls}"><a href="/">Home</a></li>')
    for label, columns in _MENU:
        mega = " mega-menu mega-menu-col-3" if len(columns) > 1 else ""
        sub = []
        for heading, links in columns:
            links_html = "".join(
                f'<li class="menu-item{" current-menu-item" if href == current else ""}">'
                f'<a href="{href}">{text}</a></li>'
                for href, text in links
            )
            if heading:
                sub.append(
                    '<li class="menu-item menu-item-has-children mega-column">'
                    f'<a href="#" class="mega-heading">{heading}</a><ul class="sub-menu">{links_html}</ul></li>'
                )
            else:
                sub.append(links_html)
        items.append(
            f'<li class="menu-item menu-item-has-children{mega}"><a href="#">{label}{_ARROW}</a>'
            f'<ul class="sub-menu">{"".join(sub)}</ul></li>'
        )
    for href, text in _TOP_LINKS:
        cls = "menu-item" + (" current-menu-item" if href == current else "")
        items.append(f'<li class="{cls}"><a href="{href}">{text}</a></li>')
    items.append(
        '<li class="menu-item menu-button"><a class="gb-button gb-button-nav" href="/free-initial-call/">'
        "Free initial call</a></li>"
    )
    return "\n".join(items)


_SIDEBAR = """
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
  <div class="inside-right-sidebar">
    <aside id="block-7" class="widget inner-padding widget_block">
      <div class="gb-container gb-container-sidebar-cta">
        <h2 class="gb-headline gb-headline-sidebar">Not sure where to start?</h2>
        <p>Tell us what's happening and one of our lawyers will ring you back.</p>
        <a class="gb-button gb-button-sidebar" href="/free-initial-call/"><span class="gb-button-text">Book a call
        back</span></a>
        <p class="sidebar-phone">Or ring us: <a href="tel:01780764210">01780 764210</a></p>
      </div>
    </aside>
    <aside id="block-8" class="widget inner-padding widget_block">
      <div class="gb-container gb-container-sidebar-review">
        <div class="review-stars" aria-label="5 out of 5 stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
        <blockquote class="wp-block-quote"><p>{quote}</p><cite>{cite}</cite></blockquote>
        <p class="review-source">Rated 4.9 out of 5 from 212 Google reviews</p>
      </div>
    </aside>
    <aside id="nav_menu-2" class="widget inner-padding widget_nav_menu">
      <h2 class="widget-title">Useful pages</h2>
      <div class="menu-sidebar-container"><ul id="menu-sidebar" class="menu">
        <li class="menu-item"><a href="/fees-and-funding/">Fees &amp; funding</a></li>
        <li class="menu-item"><a href="/our-team/">Meet the team</a></li>
        <li class="menu-item"><a href="/faq/">Frequently asked questions</a></li>
        <li class="menu-item"><a href="/contact-us/">Find us</a></li>
      </ul></div>
    </aside>
  </div>
</div>
"""


def _page(path, title, description, body, page_id, quote=None, cite=None):
    full_title = f"{title} | Halloran Pryce Solicitors" if path != "/" else f"Halloran Pryce Solicitors | {title}"
    sidebar = _SIDEBAR.replace("{quote}", quote).replace("{cite}", cite) if quote else ""
    layout = "right-sidebar" if quote else "no-sidebar"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{full_title}</title>
<meta name="description" content="{description}">
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="website">
<meta property="og:title" content="{full_title}">
<meta property="og:site_name" content="Halloran Pryce Solicitors">
<link rel="canonical" href="https://www.halloranpryce.co.uk{path}">
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1"
 media="all">
<link rel="stylesheet" id="generateblocks-css" href="/wp-content/uploads/generateblocks/style-{page_id}.css?ver=1729"
 media="all">
<link rel="stylesheet" id="generate-child-css" href="/wp-content/themes/generatepress-child/style.css?ver=1.0.4"
 media="all">
<link rel="stylesheet" id="cookie-law-info-css" href="/wp-content/plugins/cookie-law-info/css/cookie-law-info.css"
 media="all">
<link rel="icon" href="/wp-content/uploads/2021/03/hp-favicon-32x32.png" sizes="32x32">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
gtag('js',new Date());gtag('config','G-HP4K2L9Q7T',{{anonymize_ip:true}});</script>
</head>
<body class="wp-singular page-template-default page page-id-{page_id} wp-custom-logo wp-embed-responsive
 {layout} nav-float-right separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/WebPage"
 itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<div class="top-bar top-bar-align-right">
  <div class="inside-top-bar grid-container">
    <aside id="text-3" class="widget inner-padding widget_text"><div class="textwidget">
      <p><a href="tel:01780764210">&#9742; 01780 764210</a> &nbsp;|&nbsp;
      <a href="mailto:enquiries@halloranpryce.co.uk">enquiries@halloranpryce.co.uk</a></p>
    </div></aside>
  </div>
</div>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader"
 itemscope>
  <div class="inside-header grid-container">
    <div class="site-logo">
      <a href="/" rel="home"><img class="header-image is-logo-image" alt="Halloran Pryce Solicitors"
       src="/wp-content/uploads/2021/03/halloran-pryce-logo.svg" width="260" height="64"></a>
    </div>
    <nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper"
     aria-label="Mobile Toggle">
      <button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
      <span class="screen-reader-text">Menu</span></button>
    </nav>
    <nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"
     itemtype="https://schema.org/SiteNavigationElement" itemscope>
      <div class="inside-navigation grid-container">
        <div id="primary-menu" class="main-nav">
          <ul id="menu-main-menu" class="menu sf-menu">
{_nav(path)}
          </ul>
        </div>
      </div>
    </nav>
  </div>
</header>
<div class="site grid-container container hfeed" id="page">
  <div class="site-content" id="content">
    <div class="content-area" id="primary">
      <main class="site-main" id="main">
        <article id="post-{page_id}" class="post-{page_id} page type-page status-publish" itemtype="https://schema.org/CreativeWork"
         itemscope>
          <div class="inside-article">
            <div class="entry-content" itemprop="text">
{body}
            </div>
          </div>
        </article>
      </main>
    </div>
{sidebar}
  </div>
</div>
<div class="site-footer">
  <div class="gb-container gb-container-footer-cta">
    <div class="gb-inside-container">
      <h2 class="gb-headline gb-headline-footer-cta">Talk to a local solicitor who'll explain things in plain
      English</h2>
      <div class="gb-button-wrapper">
        <a class="gb-button gb-button-footer" href="/free-initial-call/"><span class="gb-button-text">Book your free
        initial call</span></a>
        <a class="gb-button gb-button-footer-outline" href="tel:01780764210"><span class="gb-button-text">Call 01780
        764210</span></a>
      </div>
    </div>
  </div>
  <div id="footer-widgets" class="site footer-widgets">
    <div class="footer-widgets-container grid-container">
      <div class="inside-footer-widgets">
        <div class="footer-widget-1">
          <aside class="widget inner-padding widget_text"><h2 class="widget-title">Visit us</h2>
            <div class="textwidget"><p>Halloran Pryce Solicitors<br>18 Broad Street<br>Stamford<br>Lincolnshire
            PE9 1PG</p></div>
          </aside>
        </div>
        <div class="footer-widget-2">
          <aside class="widget inner-padding widget_text"><h2 class="widget-title">Get in touch</h2>
            <div class="textwidget"><p>T: <a href="tel:01780764210">01780 764210</a><br>
            E: <a href="mailto:enquiries@halloranpryce.co.uk">enquiries@halloranpryce.co.uk</a></p>
            <p>Office hours: Monday to Friday, 9am to 5pm</p></div>
          </aside>
        </div>
        <div class="footer-widget-3">
          <aside class="widget inner-padding widget_nav_menu"><h2 class="widget-title">Quick links</h2>
            <ul class="menu">
              <li class="menu-item"><a href="/fees-and-funding/">Fees &amp; funding</a></li>
              <li class="menu-item"><a href="/complaints-procedure/">Complaints</a></li>
              <li class="menu-item"><a href="/identity-and-security/">ID checks &amp; fraud warning</a></li>
              <li class="menu-item"><a href="/contact-us/">Contact us</a></li>
            </ul>
          </aside>
        </div>
        <div class="footer-widget-4">
          <aside class="widget inner-padding widget_block">
            <div class="sra-digital-badge"><a href="https://www.sra.org.uk/consumers/register/">SRA Digital Badge:
            Regulated by the Solicitors Regulation Authority</a></div>
            <ul class="social-links">
              <li><a href="https://www.facebook.com/halloranprycesolicitors">Facebook</a></li>
              <li><a href="https://www.linkedin.com/company/halloran-pryce-solicitors">LinkedIn</a></li>
              <li><a href="https://www.instagram.com/halloranpryce">Instagram</a></li>
            </ul>
          </aside>
        </div>
      </div>
    </div>
  </div>
  <footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
    <div class="inside-site-info grid-container">
      <div class="copyright-bar">
        <p>&copy; 2025 Halloran Pryce Solicitors. Halloran Pryce Solicitors is the trading name of Halloran Pryce LLP,
        a limited liability partnership registered in England and Wales (OC362418). Registered office: 18 Broad
        Street, Stamford PE9 1PG. Authorised and regulated by the Solicitors Regulation Authority (SRA ID 612347).
        A list of members is available at our registered office.</p>
        <p><a href="/complaints-procedure/">Complaints</a> &middot; <a href="/contact-us/">Contact</a></p>
      </div>
    </div>
  </footer>
</div>
<div id="cookie-law-info-bar" data-nosnippet="true" class="cli-bar-container cli-style-v2">
  <span>We use cookies to see how people use our website so we can improve it. You can accept or reject
  non-essential cookies.
  <a role="button" class="cli_settings_button" href="#">Cookie settings</a>
  <a role="button" id="cookie_action_close_header_reject" class="cookie_action_close_header_reject cli_action_button"
   href="#">Reject</a>
  <a role="button" id="cookie_action_close_header" class="cli_action_button wt-cli-accept-btn"
   href="#">Accept</a></span>
</div>
</body>
</html>
"""


_HOME = """
<div class="gb-container gb-container-hero">
  <div class="gb-inside-container">
    <h1 class="gb-headline gb-headline-hero">Friendly, straightforward legal advice on Broad Street, Stamford</h1>
    <p class="gb-headline gb-headline-hero-sub">Wills, probate, moving house, separation, problems at work and
    renting: we help people across Stamford, Bourne, Oakham and the surrounding villages with the legal side of
    life's big moments.</p>
    <div class="gb-button-wrapper gb-button-wrapper-hero">
      <a class="gb-button gb-button-primary" href="/free-initial-call/"><span class="gb-button-text">Book your free
      initial call</span></a>
      <a class="gb-button gb-button-secondary" href="/conveyancing-fees/"><span class="gb-button-text">Get a
      conveyancing quote</span></a>
    </div>
  </div>
</div>
<div class="gb-container gb-container-services">
  <div class="gb-inside-container">
    <h2 class="gb-headline gb-headline-section">How we can help</h2>
    <div class="gb-grid-wrapper gb-grid-wrapper-services">
      <div class="gb-grid-column gb-grid-column-1"><div class="gb-container service-card">
        <h3 class="gb-headline">Wills &amp; powers of attorney</h3>
        <p>Make sure the people you love are looked after and that someone you trust can step in if you're ever
        unable to manage your own affairs.</p>
        <a class="gb-button gb-button-text-link" href="/wills-and-lasting-powers-of-attorney/">Find out more</a>
      </div></div>
      <div class="gb-grid-column gb-grid-column-2"><div class="gb-container service-card">
        <h3 class="gb-headline">Probate &amp; estates</h3>
        <p>Practical support for executors and families after a death, from applying to the Probate Registry to
        paying out the last beneficiary.</p>
        <a class="gb-button gb-button-text-link" href="/probate-and-estates/">Find out more</a>
      </div></div>
      <div class="gb-grid-column gb-grid-column-3"><div class="gb-container service-card">
        <h3 class="gb-headline">Moving home</h3>
        <p>Buying, selling, remortgaging or transferring a share of your home, with fixed fees agreed at the
        start.</p>
        <a class="gb-button gb-button-text-link" href="/residential-conveyancing/">Find out more</a>
      </div></div>
      <div class="gb-grid-column gb-grid-column-4"><div class="gb-container service-card">
        <h3 class="gb-headline">Divorce, separation &amp; children</h3>
        <p>Calm, realistic advice when a relationship ends, with a focus on keeping things out of court where we
        can.</p>
        <a class="gb-button gb-button-text-link" href="/family-law/">Find out more</a>
      </div></div>
      <div class="gb-grid-column gb-grid-column-5"><div class="gb-container service-card">
        <h3 class="gb-headline">Problems at work</h3>
        <p>Settlement agreements, dismissal, discrimination and grievances. We only ever act for employees.</p>
        <a class="gb-button gb-button-text-link" href="/employment-law/">Find out more</a>
      </div></div>
      <div class="gb-grid-column gb-grid-column-6"><div class="gb-container service-card">
        <h3 class="gb-headline">Landlord &amp; tenant</h3>
        <p>Tenancy agreements, rent arrears, possession, deposits and disrepair, for private landlords and
        tenants.</p>
        <a class="gb-button gb-button-text-link" href="/landlord-and-tenant/">Find out more</a>
      </div></div>
    </div>
  </div>
</div>
<div class="gb-container gb-container-not-covered">
  <div class="gb-inside-container">
    <h2 class="gb-headline gb-headline-section">Work we don't take on</h2>
    <p>We're a small team and we'd rather do a few things really well. We don't handle criminal cases of any kind,
    so we can't attend police stations or interviews under caution, and we don't deal with motoring offences or
    speeding. We also don't do immigration and visas, personal injury or medical negligence claims, or company and
    commercial work for businesses. If you need help with any of those, give us a ring anyway: we keep a list of
    local and regional firms who specialise in them and we're always happy to point you in the right direction.</p>
  </div>
</div>
<div class="gb-container gb-container-testimonials">
  <div class="gb-inside-container">
    <h2 class="gb-headline gb-headline-section">What our clients say</h2>
    <div class="gb-grid-wrapper gb-grid-wrapper-testimonials">
      <div class="gb-grid-column"><div class="gb-container testimonial">
        <p>"Sarah kept us updated every step of the way and answered my endless emails without ever making me feel
        silly. We moved in on the day we'd planned."</p><p class="testimonial-name">Kirsty &amp; Dan, Ryhall</p>
      </div></div>
      <div class="gb-grid-column"><div class="gb-container testimonial">
        <p>"After Dad died I didn't know where to begin. Helen and Dawn took it all off my shoulders and explained
        everything clearly."</p><p class="testimonial-name">Martin H., Bourne</p>
      </div></div>
      <div class="gb-grid-column"><div class="gb-container testimonial">
        <p>"Tom was honest about my chances from the first phone call and got me a far better deal than I'd been
        offered."</p><p class="testimonial-name">Leanne W., Stamford</p>
      </div></div>
    </div>
  </div>
</div>
<div class="gb-container gb-container-accreditations">
  <div class="gb-inside-container">
    <div class="gb-grid-wrapper gb-grid-wrapper-logos">
      <div class="gb-grid-column"><img src="/wp-content/uploads/2022/01/cqs-logo.png" alt="Law Society Conveyancing
      Quality Scheme"></div>
      <div class="gb-grid-column"><img src="/wp-content/uploads/2022/01/resolution-logo.png" alt="Resolution, first
      for family law"></div>
      <div class="gb-grid-column"><img src="/wp-content/uploads/2022/01/step-logo.png" alt="STEP member"></div>
      <div class="gb-grid-column"><img src="/wp-content/uploads/2022/01/dementia-friends.png" alt="Dementia
      Friends"></div>
    </div>
  </div>
</div>
"""

_ABOUT = """
<header class="entry-header"><h1 class="entry-title" itemprop="headline">About Halloran Pryce</h1></header>
<div class="gb-container gb-container-about-intro">
  <h2 class="gb-headline">Our story</h2>
  <p>Margaret Halloran opened the firm in 1987 in two rooms above a bakery on Red Lion Square, writing wills and
  handling house sales for families she mostly knew by name. David Pryce joined her as a partner in 1994 and
  brought a busy property practice with him. The firm outgrew Red Lion Square and moved to our current Georgian
  building on Broad Street in 2003, and became a limited liability partnership in 2011.</p>
  <p>Margaret retired in 2016 and David in 2019, but the firm is still run by the next generation: Helen
  Halloran-Webb is our managing partner and Gareth Pryce leads our property team. Today there are sixteen of us,
  including four partners, and many of our clients are the children and grandchildren of people Margaret first
  advised almost forty years ago.</p>
</div>
<div class="gb-container gb-container-about-values">
  <h2 class="gb-headline">How we work</h2>
  <ul>
    <li>Plain English, not legal jargon. If we've said something you don't understand, that's our fault.</li>
    <li>Clear prices. We tell you the cost at the start and warn you before anything changes.</li>
    <li>A named lawyer. You'll always know who is dealing with your matter and who supervises them.</li>
    <li>Honest advice, even when it isn't what you want to hear.</li>
  </ul>
</div>
<div class="gb-container gb-container-about-regulation">
  <h2 class="gb-headline">Regulation and insurance</h2>
  <p>Halloran Pryce LLP is authorised and regulated by the Solicitors Regulation Authority, and all of our
  solicitors must follow the SRA Standards and Regulations, which you can read on the
  <a href="https://www.sra.org.uk/solicitors/standards-regulations/">SRA website</a>. We hold professional
  indemnity insurance with QBE UK Limited, 30 Fenchurch Street, London EC3M 3BD. The cover applies to work carried
  out in England and Wales. We advise on the law of England and Wales only and cannot help with Scottish or
  Northern Irish legal matters.</p>
  <p>VAT registration number: GB 512 7734 08.</p>
</div>
<div class="gb-container gb-container-about-community">
  <h2 class="gb-headline">In the community</h2>
  <p>Every November we take part in Will Aid: instead of paying our usual fee for a basic will, clients make a
  donation to the Will Aid charities. We sponsor Stamford Town Colts under-11s, several of the team are trained
  Dementia Friends, and Helen gives free talks on wills and care costs to local clubs and groups each year.</p>
</div>
"""

_TEAM = """
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Meet the team</h1></header>
<p>You'll find our people are approachable and down to earth. Here are the lawyers and staff you're most likely
to speak to.</p>
<div class="gb-grid-wrapper gb-grid-wrapper-team">
  <div class="gb-grid-column"><div class="gb-container team-card">
    <img src="/wp-content/uploads/2023/05/helen-halloran-webb.jpg" alt="Helen Halloran-Webb">
    <h3 class="gb-headline">Helen Halloran-Webb</h3><p class="team-role">Managing Partner, Head of Private Client</p>
    <p>Qualified in 1999. Helen deals with wills, lasting powers of attorney, trusts and estates and is a full
    member of STEP (TEP). She is also a trained Dementia Friends champion.</p>
  </div></div>
  <div class="gb-grid-column"><div class="gb-container team-card">
    <img src="/wp-content/uploads/2023/05/gareth-pryce.jpg" alt="Gareth Pryce">
    <h3 class="gb-headline">Gareth Pryce</h3><p class="team-role">Partner, Head of Residential Property</p>
    <p>Qualified in 2005. Gareth supervises all our conveyancing and handles the more complicated purchases, such
    as farmhouses with land, shared ownership and properties with unusual titles.</p>
  </div></div>
  <div class="gb-grid-column"><div class="gb-container team-card">
    <img src="/wp-content/uploads/2023/05/priya-nandra.jpg" alt="Priya Nandra">
    <h3 class="gb-headline">Priya Nandra</h3><p class="team-role">Partner, Family</p>
    <p>Qualified in 2008. Priya is a Resolution Accredited Specialist in financial remedies and children
    arrangements, and a trained collaborative lawyer.</p>
  </div></div>
  <div class="gb-grid-column"><div class="gb-container team-card">
    <img src="/wp-content/uploads/2023/05/tom-ellery.jpg" alt="Tom Ellery">
    <h3 class="gb-headline">Tom Ellery</h3><p class="team-role">Senior Associate, Employment</p>
    <p>Qualified in 2013. Before joining us Tom spent six years at a trade union's legal service, so he knows what
    it's like to be on the employee's side of the table.</p>
  </div></div>
  <div class="gb-grid-column"><div class="gb-container team-card">
    <img src="/wp-content/uploads/2023/05/joanna-kowalska.jpg" alt="Joanna Kowalska">
    <h3 class="gb-headline">Joanna Kowalska</h3><p class="team-role">Solicitor, Landlord &amp; Tenant</p>
    <p>Qualified in 2018. Joanna acts for landlords and tenants and speaks fluent Polish, so she's happy to meet
    clients and explain documents in Polish.</p>
  </div></div>
  <div class="gb-grid-column"><div class="gb-container team-card">
    <img src="/wp-content/uploads/2023/05/sarah-mills.jpg" alt="Sarah Mills">
    <h3 class="gb-headline">Sarah Mills</h3><p class="team-role">Chartered Legal Executive, Conveyancing</p>
    <p>Sarah has more than twenty years' experience of buying and selling homes and runs most of our sales and
    first-time purchases.</p>
  </div></div>
  <div class="gb-grid-column"><div class="gb-container team-card">
    <img src="/wp-content/uploads/2023/05/dawn-fletcher.jpg" alt="Dawn Fletcher">
    <h3 class="gb-headline">Dawn Fletcher</h3><p class="team-role">Probate Paralegal</p>
    <p>Dawn works alongside Helen on estates, closing bank accounts, dealing with pensions and keeping families up
    to date.</p>
  </div></div>
  <div class="gb-grid-column"><div class="gb-container team-card">
    <img src="/wp-content/uploads/2024/09/amira-hassan.jpg" alt="Amira Hassan">
    <h3 class="gb-headline">Amira Hassan</h3><p class="team-role">Trainee Solicitor</p>
    <p>Amira is in the second year of her training contract, currently sitting with the family team. She speaks
    Arabic.</p>
  </div></div>
  <div class="gb-grid-column"><div class="gb-container team-card">
    <img src="/wp-content/uploads/2023/05/karen-doyle.jpg" alt="Karen Doyle">
    <h3 class="gb-headline">Karen Doyle</h3><p class="team-role">Reception &amp; Client Services</p>
    <p>Karen is usually the first voice you'll hear when you call, and the person who'll find you a cup of tea
    when you arrive.</p>
  </div></div>
</div>
"""

_WILLS = """
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Wills &amp; Lasting Powers of
Attorney</h1></header>
<div class="gb-container gb-container-intro">
  <p>Without a will, the law decides who inherits, and that may not be the people you'd choose. Unmarried
  partners and stepchildren, for example, can be left with nothing. A lasting power of attorney (LPA) does a
  different job: it lets people you trust make decisions for you while you're still alive, if illness or an
  accident means you can't make them yourself.</p>
</div>
<div class="gb-container gb-container-prices">
  <h2 class="gb-headline">Our fixed fees for wills</h2>
  <figure class="wp-block-table"><table>
    <thead><tr><th>Service</th><th>Fee</th></tr></thead>
    <tbody>
      <tr><td>Single will</td><td>&pound;195 + VAT (&pound;234)</td></tr>
      <tr><td>Mirror wills for a couple (two wills leaving everything to each other, then to the same
      people)</td><td>&pound;320 + VAT (&pound;384) for both</td></tr>
      <tr><td>Will including a trust (for example a life interest, property protection, or a trust for a disabled
      or young beneficiary)</td><td>from &pound;450 + VAT per will</td></tr>
      <tr><td>Codicil (a small change to an existing will)</td><td>&pound;95 + VAT</td></tr>
    </tbody>
  </table></figure>
  <p>We keep your signed original will in our fireproof strongroom free of charge and send you a copy. You'll
  normally receive a draft within ten working days of our first meeting.</p>
</div>
<div class="gb-container gb-container-lpa">
  <h2 class="gb-headline">Lasting powers of attorney</h2>
  <p>There are two types: one for property and financial affairs (bank accounts, bills, selling a house) and one
  for health and welfare (care, medical treatment and where you live). Most people make both.</p>
  <figure class="wp-block-table"><table>
    <thead><tr><th>Service</th><th>Fee</th></tr></thead>
    <tbody>
      <tr><td>One LPA (either type)</td><td>&pound;350 + VAT</td></tr>
      <tr><td>Both LPAs for one person</td><td>&pound;550 + VAT</td></tr>
      <tr><td>Both LPAs for a couple (four documents)</td><td>&pound;950 + VAT</td></tr>
    </tbody>
  </table></figure>
  <p>On top of our fee, the Office of the Public Guardian charges &pound;92 to register each LPA. There's no VAT
  on this, and it is halved if the donor's income is under &pound;12,000 a year, or waived for people on certain
  means-tested benefits. Registration currently takes the Office of the Public Guardian around 8 to 16 weeks.</p>
</div>
<div class="gb-container gb-container-capacity">
  <h2 class="gb-headline">What if a parent is already becoming forgetful?</h2>
  <p>An LPA can only be made while the person still has the mental capacity to understand what they're signing.
  A diagnosis such as early-stage dementia doesn't automatically mean it's too late, and acting sooner rather
  than later is what matters. We always see the person on their own for part of the meeting and, where needed,
  ask their GP to confirm they understand the documents.</p>
  <p>If it is too late and capacity has gone, the family can't simply take over the bank accounts. Someone must
  apply to the Court of Protection to be appointed as a deputy. We can make that application for you; it is
  charged at our hourly rates, the court fee is &pound;371, and it usually takes six to nine months.</p>
</div>
<div class="gb-container gb-container-home-visits">
  <h2 class="gb-headline">Home, hospital and care home visits</h2>
  <p>If getting to Broad Street is difficult, we'll come to you. Home and care home visits within ten miles of
  Stamford cost &pound;75 + VAT on top of the fixed fee; further afield, we'll quote for the travel. We can also
  arrange for two members of staff to witness your will at your home.</p>
  <a class="gb-button gb-button-inline" href="/free-initial-call/"><span class="gb-button-text">Book a wills
  appointment</span></a>
</div>
"""

_PROBATE = """
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Probate &amp; Estate
Administration</h1></header>
<div class="gb-container gb-container-intro">
  <p>Sorting out someone's affairs after they die is called administering their estate. It can mean valuing
  everything they owned, dealing with HMRC, selling a house and paying out the people who inherit. We can do as
  much or as little of it as you'd like.</p>
</div>
<div class="gb-container gb-container-first-steps">
  <h2 class="gb-headline">If there's a will, and if there isn't</h2>
  <p>Where there is a will, the executors named in it apply for a <strong>grant of probate</strong>. Where
  there's no valid will, the person has died "intestate": the nearest relative applies instead for <strong>letters
  of administration</strong>, and the estate passes under the intestacy rules rather than to whoever the family
  thinks should have it.</p>
  <p>Under those rules a husband, wife or civil partner inherits first: personal belongings, the first
  &pound;322,000 and half of anything above that. Children share the rest equally, or everything if there's no
  spouse. If a child has already died, their own children take their share. If there are no children, the estate
  passes to parents, then brothers and sisters, then more distant relatives. An unmarried partner inherits
  nothing under the rules, however long you were together, although they may be able to make a claim.</p>
</div>
<div class="gb-container gb-container-prices">
  <h2 class="gb-headline">What it costs</h2>
  <figure class="wp-block-table"><table>
    <thead><tr><th>Service</th><th>Our fee</th></tr></thead>
    <tbody>
      <tr><td>Grant-only service: we prepare the paperwork and obtain the grant; you collect in the money and pay
      it out</td><td>&pound;1,250 + VAT (fixed)</td></tr>
      <tr><td>Full estate administration, straightforward estate (one property, up to five bank or savings
      accounts, no inheritance tax to pay, up to four beneficiaries)</td><td>typically &pound;3,500 to
      &pound;9,500 + VAT, charged at our hourly rates</td></tr>
      <tr><td>Complex estates (inheritance tax, a business or farm, assets abroad)</td><td>estimate given after
      our first meeting</td></tr>
    </tbody>
  </table></figure>
  <p>Third-party costs (disbursements) are extra: the Probate Registry fee of &pound;300 for estates over
  &pound;5,000, &pound;1.50 per extra sealed copy of the grant, around &pound;200 to &pound;300 for the
  statutory notices to creditors in The Gazette and a local paper, and &pound;2 per beneficiary for bankruptcy
  searches.</p>
</div>
<div class="gb-container gb-container-timescales">
  <h2 class="gb-headline">How long it takes</h2>
  <p>Once the application goes in, the Probate Registry is currently taking around 8 to 16 weeks to issue a grant.
  A straightforward estate usually takes 9 to 12 months from start to finish; it can take longer if a house has
  to be sold or inheritance tax is payable.</p>
  <p>Please note we don't act in disputes over wills or claims against an estate. If someone is challenging a
  will, we'll refer you to a specialist.</p>
</div>
"""

_CONVEYANCING = """
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Buying, Selling &amp;
Remortgaging</h1></header>
<div class="gb-container gb-container-intro">
  <p>Our property team handle around 400 moves a year across Lincolnshire, Rutland, Northamptonshire and
  Cambridgeshire. We act for first-time buyers, people moving up or down the ladder, cash buyers, landlords buying
  to let, and couples adding or removing someone from the title. We're members of the Law Society's Conveyancing
  Quality Scheme and on the panels of almost all high-street mortgage lenders. If your lender isn't one of them,
  it will insist on instructing its own solicitor, which costs more, so check with us before you apply.</p>
  <p>Prices are on our <a href="/conveyancing-fees/">conveyancing fees</a> page.</p>
</div>
<div class="gb-container gb-container-steps">
  <h2 class="gb-headline">What happens, step by step</h2>
  <ol class="steps-list">
    <li><strong>Getting started.</strong> We send our client care letter and ask you to complete identity checks
    and property questionnaires.</li>
    <li><strong>Contracts and searches.</strong> The seller's solicitor sends the draft contract; on a purchase
    we order local authority, water and environmental searches and review the title.</li>
    <li><strong>Enquiries and the mortgage offer.</strong> We raise questions about anything unclear and check
    your mortgage offer's conditions.</li>
    <li><strong>Exchange of contracts.</strong> The deposit (usually 10%) is paid, the completion date is fixed,
    and from this moment both sides are legally bound.</li>
    <li><strong>Completion day.</strong> We send the money to the seller's solicitor by CHAPS on the morning of
    completion. Once they confirm it has arrived, usually between 12 noon and 2pm, they tell the estate agent to
    release the keys and we phone you straight away. Sellers must be out by then.</li>
    <li><strong>After completion.</strong> We pay any Stamp Duty Land Tax within 14 days, register you as owner
    at HM Land Registry and send you confirmation once registration is complete.</li>
  </ol>
</div>
<div class="gb-container gb-container-timescales">
  <h2 class="gb-headline">How long will it take?</h2>
  <p>For a typical freehold purchase with a mortgage, allow 12 to 16 weeks from the offer being accepted to
  completion. Leasehold flats usually take 16 to 20 weeks because we need information from the landlord or
  managing agent. A cash purchase with no chain can sometimes complete in six to eight weeks.</p>
  <p>Throughout your move you can log in to our online case tracker to see what's been done and what's
  outstanding, day or night.</p>
</div>
"""

_CONVEYANCING_FEES = """
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Conveyancing Fees</h1></header>
<div class="gb-container gb-container-intro">
  <p>Our conveyancing fees are fixed and agreed before we start, whatever the number of phone calls and emails.
  All fees are shown plus VAT at 20%. For properties over &pound;1 million, please call for a quote.</p>
</div>
<div class="gb-container gb-container-fee-tables">
  <h2 class="gb-headline">Buying a freehold house</h2>
  <figure class="wp-block-table"><table>
    <thead><tr><th>Purchase price</th><th>Our fee</th><th>Including VAT</th></tr></thead>
    <tbody>
      <tr><td>Up to &pound;250,000</td><td>&pound;1,150</td><td>&pound;1,380</td></tr>
      <tr><td>&pound;250,001 to &pound;500,000</td><td>&pound;1,350</td><td>&pound;1,620</td></tr>
      <tr><td>&pound;500,001 to &pound;1,000,000</td><td>&pound;1,650</td><td>&pound;1,980</td></tr>
    </tbody>
  </table></figure>
  <h2 class="gb-headline">Selling a freehold house</h2>
  <figure class="wp-block-table"><table>
    <thead><tr><th>Sale price</th><th>Our fee</th><th>Including VAT</th></tr></thead>
    <tbody>
      <tr><td>Up to &pound;250,000</td><td>&pound;895</td><td>&pound;1,074</td></tr>
      <tr><td>&pound;250,001 to &pound;500,000</td><td>&pound;1,050</td><td>&pound;1,260</td></tr>
      <tr><td>&pound;500,001 to &pound;1,000,000</td><td>&pound;1,295</td><td>&pound;1,554</td></tr>
    </tbody>
  </table></figure>
  <h2 class="gb-headline">Remortgages and transfers</h2>
  <figure class="wp-block-table"><table>
    <tbody>
      <tr><td>Remortgage to a new lender (any value up to &pound;1 million)</td><td>&pound;650 + VAT</td></tr>
      <tr><td>Transfer of equity (adding or removing someone)</td><td>&pound;595 + VAT</td></tr>
      <tr><td>Transfer of equity with a remortgage</td><td>&pound;795 + VAT</td></tr>
    </tbody>
  </table></figure>
  <h2 class="gb-headline">Extra work that adds to the fee</h2>
  <ul>
    <li>Leasehold property (buying or selling): &pound;350 + VAT</li>
    <li>New-build property: &pound;295 + VAT</li>
    <li>Shared ownership: &pound;395 + VAT</li>
    <li>Using a Lifetime ISA or Help to Buy ISA: &pound;75 + VAT per account</li>
    <li>Gifted deposit: &pound;95 + VAT per person giving money</li>
    <li>Unregistered land: &pound;250 + VAT</li>
  </ul>
</div>
<div class="gb-container gb-container-disbursements">
  <h2 class="gb-headline">Disbursements (paid to others)</h2>
  <p>Search pack (local authority, drainage and water, environmental): &pound;320 to &pound;390 depending on the
  council. HM Land Registry registration fee: &pound;150 for properties from &pound;200,001 to &pound;500,000
  (&pound;100 below that, &pound;295 from &pound;500,001 to &pound;1 million). Land Registry search &pound;7 and
  bankruptcy search &pound;2 per buyer. Bank transfer (CHAPS) fee &pound;42 + VAT per transfer. We prepare and
  file your Stamp Duty Land Tax return at no extra charge.</p>
</div>
<div class="gb-container gb-container-abortive">
  <h2 class="gb-headline">What if my move falls through?</h2>
  <p>We don't offer "no move, no fee". If your purchase or sale falls through before exchange of contracts for a
  reason outside our control, we charge for the work actually done at our hourly rates, capped at 50% of the
  agreed fee, plus any disbursements already paid out, such as searches. If you then buy or sell another
  property through us within six months, we'll take &pound;200 + VAT off the new fee.</p>
  <a class="gb-button gb-button-inline" href="/contact-us/"><span class="gb-button-text">Ask for a written
  quote</span></a>
</div>
"""

_FAMILY = """
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Divorce, Separation &amp;
Children</h1></header>
<div class="gb-container gb-container-intro">
  <p>When a relationship ends, you need clear advice and someone in your corner who won't pour fuel on the fire.
  Our family team are members of Resolution and follow its code of practice: we try to resolve matters
  constructively and keep the children's interests at the centre.</p>
</div>
<div class="gb-container gb-container-divorce">
  <h2 class="gb-headline">Divorce and ending a civil partnership</h2>
  <p>Since April 2022 nobody has to prove the other person was at fault. One of you, or both of you together,
  applies online stating that the marriage has broken down irretrievably, and the other person can't contest it
  except in very limited circumstances. The court fee is &pound;612.</p>
  <p>The timetable is set by law. Twenty weeks must pass from the date the court issues the application before
  you can apply for the <strong>conditional order</strong>. Then there's a further six weeks and one day before
  you can apply for the <strong>final order</strong>, which is what actually ends the marriage. So even when
  everyone agrees, a divorce takes at least seven months, and often longer, because we usually advise waiting
  for the final order until your finances have been sorted out.</p>
  <p>Our fixed fee for an undefended divorce is &pound;650 + VAT if you're applying, or &pound;350 + VAT if
  you're the respondent.</p>
</div>
<div class="gb-container gb-container-finances">
  <h2 class="gb-headline">Money, property and pensions</h2>
  <p>Divorce doesn't end your financial ties to each other; only a court order does. If you've agreed how to
  split things, we'll draw up a financial consent order for a fixed &pound;750 + VAT plus the court fee of
  &pound;58. If you can't agree, we'll negotiate on your behalf and, if necessary, take the case to court, charged
  at hourly rates. We also advise unmarried couples who own a home together and are splitting up.</p>
</div>
<div class="gb-container gb-container-children">
  <h2 class="gb-headline">Arrangements for children</h2>
  <p>Most parents work out where the children will live and when they see the other parent without going
  anywhere near a court, and we'll help you do that through letters, negotiation or mediation. If you can't
  agree, the court can make a child arrangements order. Before you apply, you normally have to attend a
  Mediation Information and Assessment Meeting (a MIAM) with an accredited mediator to see whether mediation
  could work for your family. There are exemptions, for example where there has been domestic abuse or the
  matter is urgent. We work with several local mediators and can recommend one. The court fee for the
  application is &pound;263.</p>
</div>
<div class="gb-container gb-container-protection">
  <h2 class="gb-headline">If you don't feel safe</h2>
  <p>If a partner or ex-partner is threatening or harassing you, we can apply for a non-molestation order or an
  occupation order, if necessary the same day and without the other person being told first. In an emergency
  always call 999.</p>
</div>
"""

_EMPLOYMENT = """
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Employment Law for Employees</h1></header>
<div class="gb-container gb-container-intro">
  <p>We only ever act for employees and workers, never for employers, so there's no risk that we act for the
  company you're in dispute with.</p>
</div>
<div class="gb-container gb-container-settlement">
  <h2 class="gb-headline">Settlement agreements</h2>
  <p>If your employer offers you money to leave, or to settle a complaint, they'll ask you to sign a settlement
  agreement giving up your right to bring claims. The law says it is only binding if you've had independent advice
  from a qualified adviser, so employers almost always pay a contribution towards your legal costs, typically
  &pound;350 to &pound;600 + VAT.</p>
  <p>Our fixed fee for advising on a standard settlement agreement is &pound;450 + VAT, so in most cases the
  employer's contribution covers the whole cost and you pay nothing. We can usually see you, by phone or in person,
  within two working days. If you'd like us to negotiate a better package, we'll agree the extra cost with you
  first.</p>
</div>
<div class="gb-container gb-container-dismissal">
  <h2 class="gb-headline">Unfair dismissal and discrimination</h2>
  <p>To claim ordinary unfair dismissal you usually need two years' continuous service with the employer. There
  are important exceptions: no minimum service is needed if you were dismissed for whistleblowing, for reasons
  connected with pregnancy or maternity leave, for raising health and safety concerns, for trade union activity,
  or for asserting a legal right such as the minimum wage. Discrimination claims (because of disability, sex,
  race, age, religion, sexual orientation and so on) can also be brought from your first day at work.</p>
  <p>Time limits are very strict: generally three months less one day from the dismissal or the act complained
  of. Before you can make a tribunal claim you must notify ACAS for early conciliation, which pauses the clock.
  Please contact us as early as you can.</p>
</div>
<div class="gb-container gb-container-costs">
  <h2 class="gb-headline">Costs of a tribunal claim</h2>
  <p>There's no fee to issue a claim in the employment tribunal. An initial case review, where we read your
  documents and give you our view of your chances, is a fixed &pound;295 + VAT. Representing you in a
  straightforward unfair dismissal claim typically costs &pound;4,000 to &pound;8,000 + VAT; a complex claim or
  one involving discrimination, &pound;8,000 to &pound;15,000 + VAT.</p>
  <p>In suitable cases we can act on a no win, no fee basis (a damages-based agreement), taking up to 35% of
  the compensation you recover, including VAT. If you lose, you pay us nothing.</p>
</div>
"""

_LANDLORD = """
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Landlord &amp; Tenant</h1></header>
<div class="gb-container gb-container-intro">
  <p>We advise private landlords and residential tenants in England. We don't act on business or commercial
  leases. The rules for ending tenancies are changing under the Renters' Rights Act, and notices must be served
  in exactly the right form, so please speak to us before you serve or act on any notice.</p>
</div>
<div class="gb-container gb-container-landlords">
  <h2 class="gb-headline">For landlords</h2>
  <p>Before taking action we check the paperwork: the tenancy agreement, that the deposit was protected, and that
  the tenant was given the gas safety certificate, the EPC and the government's How to Rent guide. Mistakes in any
  of these can make a notice invalid and cost you months.</p>
  <figure class="wp-block-table"><table>
    <thead><tr><th>Service</th><th>Fixed fee</th></tr></thead>
    <tbody>
      <tr><td>Drafting a tenancy agreement</td><td>&pound;195 + VAT</td></tr>
      <tr><td>Checking your paperwork and preparing and serving a possession notice (for example for rent
      arrears)</td><td>&pound;250 + VAT</td></tr>
      <tr><td>Undefended possession claim, up to the possession order</td><td>&pound;850 + VAT, plus the court fee of
      &pound;404</td></tr>
      <tr><td>Applying for bailiffs to enforce the order</td><td>&pound;175 + VAT, plus the court fee of
      &pound;148</td></tr>
    </tbody>
  </table></figure>
  <p>If the tenant defends the claim, further work is charged at our hourly rates. We can also claim the unpaid
  rent in the same proceedings.</p>
</div>
<div class="gb-container gb-container-tenants">
  <h2 class="gb-headline">For tenants</h2>
  <p><strong>Deposits.</strong> A landlord must protect your deposit in a government-approved scheme within 30
  days and give you the prescribed information. If they didn't, you can bring a claim at court for the deposit
  back, plus compensation of between one and three times the deposit. You can bring that claim even after the
  tenancy has ended.</p>
  <p><strong>Disrepair.</strong> Damp, mould, leaking roofs and broken heating are the landlord's responsibility.
  We can write to your landlord, arrange an independent surveyor and, if needed, take the case to court.</p>
  <p><strong>Illegal eviction.</strong> If your landlord has changed the locks or is harassing you to leave, call
  us straight away: we can apply to court urgently to get you back in.</p>
</div>
"""

_FEES = """
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Fees &amp; Funding</h1></header>
<div class="gb-container gb-container-intro">
  <p>We'd always rather agree a fixed fee, and most wills, powers of attorney, conveyancing and undefended
  divorces are done that way (you'll find the prices on each service page). Where a matter is too unpredictable
  for a fixed fee, such as a dispute, we charge for the time spent and give you a written estimate at the start.</p>
</div>
<div class="gb-container gb-container-rates">
  <h2 class="gb-headline">Our hourly rates</h2>
  <figure class="wp-block-table"><table>
    <thead><tr><th>Grade</th><th>Per hour</th></tr></thead>
    <tbody>
      <tr><td>Partner</td><td>&pound;285 + VAT</td></tr>
      <tr><td>Senior associate</td><td>&pound;250 + VAT</td></tr>
      <tr><td>Solicitor</td><td>&pound;210 + VAT</td></tr>
      <tr><td>Chartered legal executive</td><td>&pound;195 + VAT</td></tr>
      <tr><td>Trainee solicitor or paralegal</td><td>&pound;140 + VAT</td></tr>
    </tbody>
  </table></figure>
  <p>Time is recorded in six-minute units; a short letter, email or phone call counts as one unit. Our rates are
  reviewed every April and we'll write to you before any change.</p>
</div>
<div class="gb-container gb-container-paying">
  <h2 class="gb-headline">Paying us</h2>
  <p>For hourly work we usually ask for money on account before we start, typically &pound;500 to &pound;1,500,
  and bill monthly. Bills are payable within 14 days. You can pay by bank transfer or by debit card, in the office
  or over the phone. We accept credit cards for bills up to &pound;1,000, but not for house deposits or
  completion money. We don't accept cash payments over &pound;500.</p>
  <p>For family and employment matters charged by the hour, we can agree a monthly payment plan by standing
  order, usually from &pound;150 a month. Please ask at the start rather than when a bill arrives.</p>
  <p>If we hold money for you, we pay interest on it in line with our interest policy, unless the amount is less
  than &pound;50.</p>
</div>
<div class="gb-container gb-container-legal-aid">
  <h2 class="gb-headline">Legal aid</h2>
  <p>We don't have a contract with the Legal Aid Agency, so unfortunately we can't take on any work paid for by
  legal aid. Legal aid is now mostly limited to people on a low income or benefits whose case involves domestic
  abuse, a child at risk, or losing their home. You can check whether you might qualify and find a legal aid
  solicitor at <a href="https://www.gov.uk/check-legal-aid">gov.uk/check-legal-aid</a>, or call Civil Legal
  Advice on 0345 345 4345. If you don't qualify, we'll be glad to help you privately.</p>
</div>
<div class="gb-container gb-container-insurance">
  <h2 class="gb-headline">Legal expenses insurance</h2>
  <p>Before you pay anything, look at your home, car and bank account insurance documents for "legal expenses"
  or "legal protection" cover. If you're covered, we'll deal with the insurer for you.</p>
</div>
"""

_FREE_CALL = """
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Book Your Free Initial Call</h1></header>
<div class="gb-container gb-container-intro">
  <p>Every new enquiry starts with a free, no-obligation phone call of up to 20 minutes with one of our lawyers,
  not a call handler. We'll listen to what's going on, tell you honestly whether we can help, explain the likely
  next steps and give you an idea of the cost. If it turns out we're not the right firm, we'll tell you who
  might be.</p>
  <p>The free call is a first conversation, so we can't give detailed written advice or read through documents
  during it.</p>
</div>
<div class="gb-container gb-container-how">
  <h2 class="gb-headline">How it works</h2>
  <div class="gb-grid-wrapper gb-grid-wrapper-steps">
    <div class="gb-grid-column"><div class="gb-container step-card"><h3 class="gb-headline">1. Tell us a little</h3>
    <p>Fill in the form below or ring reception. Please give us the name of anyone else involved, such as your
    ex-partner, employer or landlord, so we can check we don't already act for them.</p></div></div>
    <div class="gb-grid-column"><div class="gb-container step-card"><h3 class="gb-headline">2. We ring you back</h3>
    <p>We'll call you within one working day, at a time that suits you between 9am and 5pm.</p></div></div>
    <div class="gb-grid-column"><div class="gb-container step-card"><h3 class="gb-headline">3. Decide in your own
    time</h3><p>There's no pressure to instruct us. If you'd like to go ahead, we'll send you a client care letter
    confirming the costs.</p></div></div>
  </div>
</div>
<div class="gb-container gb-container-meeting">
  <h2 class="gb-headline">Your first full appointment</h2>
  <p>If you need detailed advice, the next step is a full appointment with your lawyer. You can meet us at the
  office, or by video call on Microsoft Teams or Zoom, or over the phone if you prefer; many clients who work away
  or live further afield never need to visit us at all. A first appointment of up to an hour is a fixed
  &pound;150 + VAT. For wills, lasting powers of attorney and conveyancing, the first meeting is included in the
  fixed fee.</p>
</div>
<div class="gb-container gb-container-form">
  <h2 class="gb-headline">Request your call</h2>
  <div class="wpforms-container wpforms-container-full" id="wpforms-318">
    <form id="wpforms-form-318" class="wpforms-form" method="post" action="/free-initial-call/">
      <div class="wpforms-field-container">
        <div class="wpforms-field"><label class="wpforms-field-label" for="wpforms-318-field_1">Your name
        <span class="wpforms-required-label">*</span></label><input type="text" id="wpforms-318-field_1"
        name="wpforms[fields][1]" required></div>
        <div class="wpforms-field"><label class="wpforms-field-label" for="wpforms-318-field_2">Phone number
        <span class="wpforms-required-label">*</span></label><input type="tel" id="wpforms-318-field_2"
        name="wpforms[fields][2]" required></div>
        <div class="wpforms-field"><label class="wpforms-field-label" for="wpforms-318-field_3">What do you need help
        with?</label><select id="wpforms-318-field_3" name="wpforms[fields][3]"><option>Wills or power of
        attorney</option><option>Probate</option><option>Buying or selling a home</option><option>Divorce or
        children</option><option>Employment</option><option>Landlord or tenant</option><option>Something
        else</option></select></div>
        <div class="wpforms-field"><label class="wpforms-field-label" for="wpforms-318-field_4">Name of the other
        person or organisation involved (if any)</label><input type="text" id="wpforms-318-field_4"
        name="wpforms[fields][4]"></div>
        <div class="wpforms-field"><label class="wpforms-field-label" for="wpforms-318-field_5">Best time to call
        you</label><input type="text" id="wpforms-318-field_5" name="wpforms[fields][5]"></div>
      </div>
      <div class="wpforms-submit-container"><button type="submit" class="wpforms-submit gb-button">Request my free
      call</button></div>
    </form>
  </div>
</div>
"""

_FAQ = """
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Frequently Asked Questions</h1></header>
<p>Answers to the questions our reception team hear most often. Can't see yours? Give us a ring.</p>
<div class="gb-accordion gb-accordion-faq">
  <div class="gb-accordion__item">
    <button class="gb-accordion__toggle gb-button" aria-expanded="false"><span class="gb-button-text">Can you
    certify a copy of my passport or witness a sworn statement?</span><span class="gb-accordion__icon"></span></button>
    <div class="gb-accordion__content gb-container">
      <p>Yes. Just call in during office hours with the original document and your own photo ID; you don't need
      an appointment. Certified copies cost &pound;10 per document. For swearing an affidavit or making a
      statutory declaration, the fee is fixed by law at &pound;5, plus &pound;2 for each exhibit. We can't do
      this for a matter we're acting in.</p>
    </div>
  </div>
  <div class="gb-accordion__item">
    <button class="gb-accordion__toggle gb-button" aria-expanded="false"><span class="gb-button-text">Can one
    solicitor act for both of us?</span><span class="gb-accordion__icon"></span></button>
    <div class="gb-accordion__content gb-container">
      <p>Where your interests could conflict, no. In a divorce or separation, even a friendly one, the rules
      that govern solicitors don't allow us to advise both of you, so we can act for only one of you and the other
      should take their own advice. The same applies to a couple buying a home together who want to own it in
      unequal shares. A couple making mirror wills, though, can usually see the same solicitor.</p>
    </div>
  </div>
  <div class="gb-accordion__item">
    <button class="gb-accordion__toggle gb-button" aria-expanded="false"><span class="gb-button-text">How do I
    find out whether someone left their will with you?</span><span class="gb-accordion__icon"></span></button>
    <div class="gb-accordion__content gb-container">
      <p>Write to us or email enquiries@halloranpryce.co.uk with a copy of the death certificate and your
      connection to the person. We'll search our records and reply within five working days. We can only release
      an original will to the executors named in it.</p>
    </div>
  </div>
  <div class="gb-accordion__item">
    <button class="gb-accordion__toggle gb-button" aria-expanded="false"><span class="gb-button-text">Can I drop
    documents off?</span><span class="gb-accordion__icon"></span></button>
    <div class="gb-accordion__content gb-container">
      <p>Of course: hand them to reception and ask for a receipt. Out of hours there's a secure letterbox, but
      please never post original passports or bank cards through it.</p>
    </div>
  </div>
  <div class="gb-accordion__item">
    <button class="gb-accordion__toggle gb-button" aria-expanded="false"><span class="gb-button-text">Do I have
    to come into the office?</span><span class="gb-accordion__icon"></span></button>
    <div class="gb-accordion__content gb-container">
      <p>Much of our work can be done by post, email and phone. The main exception is signing a will: it has to be
      signed in front of two independent witnesses who are physically present.</p>
    </div>
  </div>
  <div class="gb-accordion__item">
    <button class="gb-accordion__toggle gb-button" aria-expanded="false"><span class="gb-button-text">How long do
    you keep my file?</span><span class="gb-accordion__icon"></span></button>
    <div class="gb-accordion__content gb-container">
      <p>We keep most files for seven years after the matter ends and then destroy them securely. Original wills
      and deeds you've asked us to look after are kept until you ask for them back.</p>
    </div>
  </div>
</div>
"""

_COMPLAINTS = """
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Complaints Procedure</h1></header>
<div class="gb-container gb-container-intro">
  <p>We want every client to be happy with our service, but if something has gone wrong we need to know so we can
  put it right. Making a complaint is free and won't affect the way we treat you.</p>
</div>
<div class="gb-container gb-container-steps">
  <h2 class="gb-headline">How to complain</h2>
  <ol>
    <li>It's often quickest to raise it first with the person dealing with your matter, or their supervisor.</li>
    <li>If that doesn't sort it out, or you'd rather not, contact our Client Care Partner, Helen Halloran-Webb, by
    letter to 18 Broad Street, Stamford PE9 1PG, by email to complaints@halloranpryce.co.uk, or by phone.</li>
    <li>We'll acknowledge your complaint within three working days and tell you who is looking into it.</li>
    <li>We'll investigate, which may include inviting you to a meeting or call, and send you our full written
    response within 28 days. If it's complex and needs longer, we'll explain why; in any case, you'll receive our
    final response within eight weeks.</li>
  </ol>
</div>
<div class="gb-container gb-container-ombudsman">
  <h2 class="gb-headline">The Legal Ombudsman</h2>
  <p>If you're still not satisfied with our final response, or eight weeks have passed since you complained, you
  can take your complaint to the Legal Ombudsman free of charge. You must normally contact them within six months
  of our final response, and no more than one year after the problem happened or one year after you should
  reasonably have known about it.</p>
  <p>Legal Ombudsman, PO Box 6167, Slough SL1 0EH. Telephone 0300 555 0333.
  Website <a href="https://www.legalombudsman.org.uk">www.legalombudsman.org.uk</a>.</p>
</div>
<div class="gb-container gb-container-other">
  <h2 class="gb-headline">Complaints about a bill, and concerns about conduct</h2>
  <p>If your complaint is about our bill, you may also be able to ask the court to assess it under Part III of
  the Solicitors Act 1974, usually within one month of the bill.</p>
  <p>If you're worried that we've behaved dishonestly or unethically, for example by misusing your money or
  treating you unfairly because of your age, disability or another characteristic, you can raise it with the
  Solicitors Regulation Authority at <a href="https://www.sra.org.uk/consumers/problems/">sra.org.uk</a>.</p>
</div>
"""

_CONTACT = """
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Contact Us &amp; Finding Our
Office</h1></header>
<div class="gb-grid-wrapper gb-grid-wrapper-contact">
  <div class="gb-grid-column gb-grid-column-contact-details"><div class="gb-container">
    <h2 class="gb-headline">Where we are</h2>
    <p>18 Broad Street, Stamford, Lincolnshire PE9 1PG. We're the double-fronted Georgian building with the green
    door, opposite the Stamford Arts Centre side entrance.</p>
    <p>Phone <a href="tel:01780764210">01780 764210</a><br>Email
    <a href="mailto:enquiries@halloranpryce.co.uk">enquiries@halloranpryce.co.uk</a></p>
    <img src="/wp-content/uploads/2021/03/map-broad-street.png" alt="Map showing our office on Broad Street">
  </div></div>
  <div class="gb-grid-column gb-grid-column-hours"><div class="gb-container">
    <h2 class="gb-headline">Opening hours</h2>
    <figure class="wp-block-table"><table>
      <tbody>
        <tr><td>Monday to Friday</td><td>9am to 5pm (phones answered from 8.45am), open through lunch</td></tr>
        <tr><td>Thursday evenings</td><td>appointments until 7pm, booked in advance</td></tr>
        <tr><td>First Saturday of each month</td><td>9.30am to 12.30pm, wills and powers of attorney appointments
        only</td></tr>
        <tr><td>Bank holidays</td><td>closed</td></tr>
      </tbody>
    </table></figure>
    <p>We close from Christmas Eve and reopen on the first working day after New Year's Day.</p>
  </div></div>
</div>
<div class="gb-container gb-container-travel">
  <h2 class="gb-headline">Getting here and parking</h2>
  <p>We're a ten-minute walk from Stamford railway station, and local buses stop in Sheep Market, five minutes
  away.</p>
  <p>We don't have our own car park. The nearest is the Cattle Market pay and display car park off Wharf Road,
  about a four-minute walk. Broad Street has a few short-stay on-street bays (one hour, no return within two
  hours), which fill up quickly on market day (Friday). Blue Badge holders can park on the double yellow lines
  outside for up to three hours where it's safe to do so.</p>
</div>
<div class="gb-container gb-container-access">
  <h2 class="gb-headline">Accessibility</h2>
  <p>The front steps aren't suitable for wheelchairs, so please use our step-free side entrance on Star Lane and
  ring the bell. We have two ground-floor meeting rooms, an accessible toilet and a hearing loop at reception. We
  can provide letters and documents in large print on request.</p>
</div>
<div class="gb-container gb-container-contact-form">
  <h2 class="gb-headline">Send us a message</h2>
  <div class="wpforms-container" id="wpforms-92">
    <form id="wpforms-form-92" class="wpforms-form" method="post" action="/contact-us/">
      <label for="wpforms-92-field_0">Name</label><input type="text" id="wpforms-92-field_0"
      name="wpforms[fields][0]">
      <label for="wpforms-92-field_1">Email</label><input type="email" id="wpforms-92-field_1"
      name="wpforms[fields][1]">
      <label for="wpforms-92-field_2">Message</label><textarea id="wpforms-92-field_2"
      name="wpforms[fields][2]"></textarea>
      <button type="submit" class="wpforms-submit gb-button">Send</button>
    </form>
  </div>
  <p class="form-note">Please don't send confidential details through this form. We'll reply within one working
  day.</p>
</div>
"""

_IDENTITY = """
<header class="entry-header"><h1 class="entry-title" itemprop="headline">ID Checks &amp; Keeping Your Money
Safe</h1></header>
<div class="gb-container gb-container-intro">
  <p>Like every law firm, we're required by the Money Laundering Regulations to confirm who our clients are and,
  on property purchases, where the money is coming from. We can't start work, or send or receive money for you,
  until these checks are done.</p>
</div>
<div class="gb-container gb-container-id">
  <h2 class="gb-headline">Proving who you are</h2>
  <p>Most clients complete a quick electronic check using the Thirdfort app on their phone: we text you a link,
  you scan your passport or driving licence and take a selfie. The check costs &pound;12 + VAT per person. If you
  can't use a smartphone, bring in one photo ID (a current passport or UK photocard driving licence) and one proof
  of address dated in the last three months, such as a council tax bill, utility bill or bank statement. We can't
  accept mobile phone bills.</p>
</div>
<div class="gb-container gb-container-funds">
  <h2 class="gb-headline">Showing where the money comes from</h2>
  <p>If you're buying, we'll ask for six months of statements for each account the money is coming from, and
  evidence of how you built it up: savings from your salary, the sale of another property, an inheritance and so
  on.</p>
  <p><strong>If family are helping with the deposit</strong>, each person giving money must: sign our gifted
  deposit declaration confirming it's a gift, not a loan, and that they won't own a share of the property; pass the
  same ID check as you; and provide three months of their own bank statements showing where the money came from.
  If they'll be living in the property, they'll also need to sign a form for your mortgage lender. You must tell
  your lender about the gift.</p>
</div>
<div class="gb-container gb-container-fraud">
  <h2 class="gb-headline">Fraud warning: our bank details will never change by email</h2>
  <p>Criminals hack email accounts and send convincing messages pretending to be solicitors. We will never tell
  you our bank details have changed by email, text or phone. If you receive a message like that, don't send
  anything: ring us on 01780 764210, using the number on this website rather than any number in the message, and
  speak to your lawyer. Before sending a large amount, send &pound;1 first and call us to check it has arrived.
  We'll never ask for your online banking passwords or PINs.</p>
</div>
"""

HTML = {
    "/": _page(
        "/",
        "Solicitors in Stamford, Lincolnshire",
        "Local solicitors in Stamford for wills, probate, conveyancing, divorce, employment and landlord and tenant.",
        _HOME,
        2,
    ),
    "/about-us/": _page(
        "/about-us/",
        "About Us",
        "The history of Halloran Pryce Solicitors, how we work, our regulation and insurance.",
        _ABOUT,
        14,
        "Third generation of my family to use Halloran Pryce and they've never let us down.",
        "Graham P., Uffington",
    ),
    "/our-team/": _page(
        "/our-team/",
        "Meet the Team",
        "Meet the solicitors and staff at Halloran Pryce Solicitors in Stamford.",
        _TEAM,
        16,
    ),
    "/wills-and-lasting-powers-of-attorney/": _page(
        "/wills-and-lasting-powers-of-attorney/",
        "Wills &amp; Lasting Powers of Attorney",
        "Fixed-fee wills and lasting powers of attorney from solicitors in Stamford. Home visits available.",
        _WILLS,
        21,
        "Helen made a difficult subject easy to talk about. Such a weight off our minds.",
        "Pauline &amp; Roy, Ketton",
    ),
    "/probate-and-estates/": _page(
        "/probate-and-estates/",
        "Probate &amp; Estate Administration",
        "Help for executors and families with probate, letters of administration and estate administration.",
        _PROBATE,
        23,
        "Kind, patient and efficient at the worst time of our lives.",
        "The Cartwright family, Stamford",
    ),
    "/residential-conveyancing/": _page(
        "/residential-conveyancing/",
        "Buying, Selling &amp; Remortgaging",
        "Residential conveyancing in Stamford and the surrounding area: buying, selling, remortgages and transfers.",
        _CONVEYANCING,
        25,
        "Our first house and we hadn't a clue. Sarah explained everything twice without a sigh!",
        "Josh &amp; Ellie, Market Deeping",
    ),
    "/conveyancing-fees/": _page(
        "/conveyancing-fees/",
        "Conveyancing Fees",
        "Fixed conveyancing fees for buying, selling and remortgaging, with disbursements explained.",
        _CONVEYANCING_FEES,
        27,
        "The quote was the bill. No nasty surprises at the end.",
        "Ian R., Oakham",
    ),
    "/family-law/": _page(
        "/family-law/",
        "Divorce, Separation &amp; Children",
        "Family solicitors in Stamford for divorce, finances on separation and arrangements for children.",
        _FAMILY,
        30,
        "Priya was calm when I wasn't, and always kept the children first.",
        "Name withheld, Bourne",
    ),
    "/employment-law/": _page(
        "/employment-law/",
        "Employment Law for Employees",
        "Employment solicitors for employees: settlement agreements, unfair dismissal, discrimination.",
        _EMPLOYMENT,
        32,
        "Straight-talking advice and a much better result than I expected.",
        "Leanne W., Stamford",
    ),
    "/landlord-and-tenant/": _page(
        "/landlord-and-tenant/",
        "Landlord &amp; Tenant",
        "Advice for private landlords and residential tenants: possession, arrears, deposits and disrepair.",
        _LANDLORD,
        34,
        "Joanna got everything in order and we finally had the flat back.",
        "Mr &amp; Mrs Nowak, Stamford",
    ),
    "/fees-and-funding/": _page(
        "/fees-and-funding/",
        "Fees &amp; Funding",
        "Our hourly rates, how to pay, legal expenses insurance and our position on legal aid.",
        _FEES,
        36,
        "Clear about costs from the very first call.",
        "Sandra K., Corby Glen",
    ),
    "/free-initial-call/": _page(
        "/free-initial-call/",
        "Free Initial Call",
        "Book a free, no-obligation call with one of our solicitors.",
        _FREE_CALL,
        38,
    ),
    "/faq/": _page(
        "/faq/",
        "FAQs",
        "Frequently asked questions about Halloran Pryce Solicitors.",
        _FAQ,
        40,
        "Friendly reception, and they always ring back when they say they will.",
        "Dev S., Stamford",
    ),
    "/complaints-procedure/": _page(
        "/complaints-procedure/",
        "Complaints Procedure",
        "How to make a complaint to Halloran Pryce Solicitors and to the Legal Ombudsman.",
        _COMPLAINTS,
        42,
    ),
    "/contact-us/": _page(
        "/contact-us/",
        "Contact Us",
        "Find our office on Broad Street, Stamford: opening hours, parking and accessibility.",
        _CONTACT,
        44,
    ),
    "/identity-and-security/": _page(
        "/identity-and-security/",
        "ID Checks &amp; Keeping Your Money Safe",
        "Why we check your identity and source of funds, and how to protect yourself from email fraud.",
        _IDENTITY,
        46,
        "Very reassuring to be told exactly how to send the money safely.",
        "Amy L., Stamford",
    ),
}

QUESTIONS = [
    (
        "my son got picked up by the police last night and they want to interview him, can one of you come down "
        "the station with him?",
        "/",
    ),
    ("How long has your firm been going? I think my gran used you years ago", "/about-us/"),
    ("My mum's English isn't great, have you got anyone there who speaks Polish", "/our-team/"),
    (
        "Dad's been diagnosed with early dementia and we're worried about who'll sort his bank and bills if he gets "
        "worse. Is it too late to do anything?",
        "/wills-and-lasting-powers-of-attorney/",
    ),
    (
        "How much would it be for me and my husband to both do wills? Nothing complicated, we just leave everything "
        "to each other and then the kids",
        "/wills-and-lasting-powers-of-attorney/",
    ),
    (
        "My nan passed away last month and she never made a will. Mum's her only child. What happens to her house "
        "and money now?",
        "/probate-and-estates/",
    ),
    (
        "Roughly what do you charge to deal with everything after someone dies? Its just one house and a couple of "
        "savings accounts",
        "/probate-and-estates/",
    ),
    ("We complete on Friday, what time will we actually get the keys?", "/residential-conveyancing/"),
    ("if our buyer pulls out before we exchange do we still have to pay your fees", "/conveyancing-fees/"),
    (
        "Me and my ex can't agree on when he sees the kids. Do we have to go straight to court or is there something "
        "we have to do first?",
        "/family-law/",
    ),
    (
        "how long does it take to get divorced these days, we both just want it over with",
        "/family-law/",
    ),
    (
        "Work have offered me a payout to leave and said I need to get a solicitor to go through the agreement "
        "first. Is that going to cost me anything?",
        "/employment-law/",
    ),
    (
        "I got let go last week after about 18 months there and it was totally unfair. can i take them to a tribunal",
        "/employment-law/",
    ),
    (
        "I moved out of my rented house in March and the landlord still has my £1,200 deposit. Turns out he never "
        "even put it in one of those protection schemes. Can I do anything?",
        "/landlord-and-tenant/",
    ),
    (
        "I rent out a flat and the tenant hasnt paid anything for 3 months. how much would you charge to get them out?",
        "/landlord-and-tenant/",
    ),
    ("Do you do legal aid? I'm on universal credit", "/fees-and-funding/"),
    (
        "We're splitting up and it's all quite amicable, can I pay monthly for the solicitor bit rather than all in "
        "one go?",
        "/fees-and-funding/",
    ),
    ("Is the first phone call with a solicitor free? How long do I get", "/free-initial-call/"),
    (
        "I work away on the rigs most of the month, can we do the meeting over zoom instead of me coming into "
        "Stamford?",
        "/free-initial-call/",
    ),
    (
        "I need a copy of my passport certifying for opening a bank account abroad, can I just pop in and what does "
        "it cost",
        "/faq/",
    ),
    (
        "My wife and I are separating on good terms. Can we just use the one solicitor between us to keep the costs "
        "down?",
        "/faq/",
    ),
    (
        "I'm really not happy with how my house purchase was dealt with. Who do I complain to, and what if that "
        "gets nowhere?",
        "/complaints-procedure/",
    ),
    ("Where can I park when I come in to see you?", "/contact-us/"),
    ("I finish work at 5 every day, is there any way I can see someone in the evening", "/contact-us/"),
    (
        "My parents are giving us £20k towards our deposit on our first house. What will you need from them?",
        "/identity-and-security/",
    ),
]

OUT_OF_SCOPE = [
    "Can you help us buy a holiday apartment in Spain?",
    "How much stamp duty will I have to pay on a £300,000 house as a first time buyer?",
    "Do you give any discount for NHS staff or ex-forces?",
    "My neighbour's moved his fence about a foot into my garden, can you sort that out for me?",
    "I'd like to adopt my stepdaughter, how does that work and can you help?",
    "Can you change my son's surname by deed poll?",
    "Can you recommend a decent estate agent in Stamford to sell my house?",
    "What's the easiest way to fill in my self assessment tax return?",
]
