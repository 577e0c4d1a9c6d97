"""An evaluation site: Redbank Lettings & Block Management, a lettings-only agency and block manager in Manchester (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a WordPress site built
with Bricks Builder (brxe-section / brxe-container / brxe-block wrappers, brxe-accordion, brxe-pricing-tables,
a brx-header mega-menu and a brx-footer).
"""

NAME = "Redbank Lettings & Block Management"

_SITE = "https://www.redbanklettings.co.uk"

_HEAD = """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@ | Redbank Lettings &amp; Block Management</title>
<meta name="description" content="@@DESC@@">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="@@SITE@@@@PATH@@">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="website">
<meta property="og:title" content="@@TITLE@@ | Redbank Lettings">
<meta property="og:description" content="@@DESC@@">
<meta property="og:site_name" content="Redbank Lettings &amp; Block Management">
<meta name="generator" content="WordPress 6.5.3">
<link rel="stylesheet" id="bricks-frontend-css"
 href="/wp-content/themes/bricks/assets/css/frontend.min.css?ver=1.9.9" media="all">
<link rel="stylesheet" id="bricks-child-css" href="/wp-content/themes/bricks-child/style.css?ver=1.1" media="all">
<link rel="stylesheet" id="bricks-color-palettes-css"
 href="/wp-content/uploads/bricks/css/color-palettes.min.css?ver=1716288004" media="all">
<link rel="stylesheet" id="bricks-global-custom-css"
 href="/wp-content/uploads/bricks/css/global-custom-css.min.css?ver=1716288004" media="all">
<link rel="stylesheet" id="cmplz-general-css"
 href="/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=7.0.5" media="all">
<link rel="preload" href="/wp-content/uploads/2023/02/Poppins-SemiBold.woff2" as="font" type="font/woff2" crossorigin>
<link rel="icon" href="/wp-content/uploads/2021/06/redbank-favicon-32x32.png" sizes="32x32">
<script async src="/wp-content/uploads/caos/gtag.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}
gtag('js', new Date()); gtag('config', 'G-RB7Q2LX9K1', {'anonymize_ip': true});</script>
</head>
<body class="wp-singular page-template-default page @@BODYCLASS@@ wp-theme-bricks bricks-is-frontend">
<a class="skip-link" href="#brx-content">Skip to main content</a>
"""

_HEADER = """<header id="brx-header" class="sticky on-scroll">
<div id="brxe-tpbar" class="brxe-section topbar">
 <div id="brxe-tpbcn" class="brxe-container">
  <div id="brxe-tpbl1" class="brxe-text-basic">Lettings &amp; block management across Manchester, Salford and Trafford
  since 2009</div>
  <div id="brxe-tpbl2" class="brxe-block topbar-links">
   <a href="tel:01614960732" class="brxe-text-link"><i class="fas fa-phone"></i> 0161 496 0732</a>
   <a href="mailto:hello@redbanklettings.co.uk" class="brxe-text-link"><i class="fas fa-envelope"></i>
   hello@redbanklettings.co.uk</a>
   <a href="/tenants/repairs/" class="brxe-text-link">Tenants: report a repair</a>
  </div>
 </div>
</div>
<div id="brxe-hdrsc" class="brxe-section header-main">
 <div id="brxe-hdrcn" class="brxe-container">
  <a id="brxe-logo01" class="brxe-logo" href="/"><img width="220" height="58"
   src="/wp-content/uploads/2021/06/redbank-lettings-logo.svg" class="bricks-site-logo"
   alt="Redbank Lettings &amp; Block Management"></a>
  <div id="brxe-navnst" class="brxe-nav-nested" data-toggle="mobile_landscape">
   <ul id="brxe-navitm" class="brxe-block brx-nav-nested-items">
    <li class="menu-item"><a href="/" class="brx-nav-link">Home</a></li>
    <li id="brxe-dd0001" class="brxe-dropdown brx-has-megamenu" data-mega-menu="#brx-header">
     <div class="brx-submenu-toggle icon-right"><a href="/landlords/">Landlords</a>
      <button aria-expanded="false" aria-label="Landlords"><i class="ti-angle-down"></i></button></div>
     <div class="brx-dropdown-content brxe-block mega-panel">
      <div class="brxe-div mega-col">
       <h4 class="brxe-heading mega-title">Letting your property</h4>
       <a class="brxe-text-link" href="/landlords/">Landlord services &amp; fees</a>
       <a class="brxe-text-link" href="/landlords/rent-guarantee-insurance/">Rent guarantee insurance</a>
       <a class="brxe-text-link" href="/landlords/inventories/">Inventories &amp; check-outs</a>
      </div>
      <div class="brxe-div mega-col">
       <h4 class="brxe-heading mega-title">Compliance</h4>
       <a class="brxe-text-link" href="/landlords/safety-certificates/">Safety certificates &amp; EPCs</a>
       <a class="brxe-text-link" href="/landlords/hmo-licensing/">HMO licensing</a>
      </div>
      <div class="brxe-div mega-col mega-cta">
       <h4 class="brxe-heading mega-title">What's your property worth?</h4>
       <p class="brxe-text-basic">Free, no-obligation rental valuation from a local lettings manager.</p>
       <a class="brxe-button bricks-button bricks-background-primary" href="/landlords/#valuation">Book a valuation</a>
      </div>
     </div>
    </li>
    <li class="menu-item"><a href="/block-management/" class="brx-nav-link">Block Management</a></li>
    <li id="brxe-dd0002" class="brxe-dropdown brx-has-megamenu" data-mega-menu="#brx-header">
     <div class="brx-submenu-toggle icon-right"><a href="/tenants/how-to-apply/">Tenants</a>
      <button aria-expanded="false" aria-label="Tenants"><i class="ti-angle-down"></i></button></div>
     <div class="brx-dropdown-content brxe-block mega-panel">
      <div class="brxe-div mega-col">
       <h4 class="brxe-heading mega-title">Renting with us</h4>
       <a class="brxe-text-link" href="/tenants/how-to-apply/">How to apply</a>
       <a class="brxe-text-link" href="/tenants/referencing/">Referencing, guarantors &amp; right to rent</a>
       <a class="brxe-text-link" href="/tenants/deposits/">Your deposit</a>
       <a class="brxe-text-link" href="/students/">Student lettings</a>
      </div>
      <div class="brxe-div mega-col">
       <h4 class="brxe-heading mega-title">During your tenancy</h4>
       <a class="brxe-text-link" href="/tenants/paying-rent/">Paying your rent</a>
       <a class="brxe-text-link" href="/tenants/repairs/">Repairs &amp; emergencies</a>
       <a class="brxe-text-link" href="/tenants/renewing-or-leaving/">Renewing or moving out</a>
       <a class="brxe-text-link" href="/tenants/faq/">Tenant FAQs</a>
      </div>
     </div>
    </li>
    <li class="menu-item"><a href="/students/" class="brx-nav-link">Students</a></li>
    <li id="brxe-dd0003" class="brxe-dropdown">
     <div class="brx-submenu-toggle icon-right"><a href="/about/">About</a>
      <button aria-expanded="false" aria-label="About"><i class="ti-angle-down"></i></button></div>
     <ul class="brx-dropdown-content">
      <li class="menu-item"><a href="/about/">About us &amp; our team</a></li>
      <li class="menu-item"><a href="/complaints/">Complaints</a></li>
     </ul>
    </li>
    <li class="menu-item"><a href="/contact/" class="brx-nav-link">Contact</a></li>
   </ul>
  </div>
  <a id="brxe-hdrbtn" class="brxe-button bricks-button bricks-background-primary md" href="/landlords/#valuation">
  Free rental valuation</a>
  <button id="brxe-brgr01" class="brxe-toggle" aria-label="Open menu" aria-expanded="false">
  <span class="brxa-wrap"><span class="brxa-inner"></span></span></button>
 </div>
</div>
</header>
"""

_FOOTER = """<footer id="brx-footer">
<section id="brxe-ftcta" class="brxe-section footer-cta">
 <div class="brxe-container">
  <h2 class="brxe-heading">Thinking of letting your property?</h2>
  <div class="brxe-text-basic">Talk to a Manchester lettings team that doesn't do anything else.</div>
  <a class="brxe-button bricks-button bricks-background-light" href="/landlords/#valuation">Book a valuation</a>
  <a class="brxe-button bricks-button outline" href="/contact/">Get in touch</a>
 </div>
</section>
<section id="brxe-ftmn1" class="brxe-section footer-main">
 <div class="brxe-container">
  <div class="brxe-block footer-col">
   <img src="/wp-content/uploads/2021/06/redbank-lettings-logo-white.svg" width="180" height="48"
    alt="Redbank Lettings">
   <div class="brxe-text-basic">First Floor, 14 Stevenson Square<br>Northern Quarter, Manchester M1 1FB</div>
   <div class="brxe-text-basic"><a href="tel:01614960732">0161 496 0732</a><br>
   <a href="mailto:hello@redbanklettings.co.uk">hello@redbanklettings.co.uk</a></div>
  </div>
  <div class="brxe-block footer-col">
   <h4 class="brxe-heading">Landlords</h4>
   <ul class="brxe-nav-menu footer-menu">
    <li><a href="/landlords/">Services &amp; fees</a></li>
    <li><a href="/landlords/hmo-licensing/">HMO licensing</a></li>
    <li><a href="/landlords/safety-certificates/">Safety certificates</a></li>
    <li><a href="/landlords/rent-guarantee-insurance/">Rent guarantee insurance</a></li>
    <li><a href="/landlords/inventories/">Inventories</a></li>
    <li><a href="/block-management/">Block management</a></li>
   </ul>
  </div>
  <div class="brxe-block footer-col">
   <h4 class="brxe-heading">Tenants</h4>
   <ul class="brxe-nav-menu footer-menu">
    <li><a href="/tenants/how-to-apply/">How to apply</a></li>
    <li><a href="/tenants/referencing/">Referencing</a></li>
    <li><a href="/tenants/deposits/">Deposits</a></li>
    <li><a href="/tenants/paying-rent/">Paying rent</a></li>
    <li><a href="/tenants/repairs/">Report a repair</a></li>
    <li><a href="/tenants/renewing-or-leaving/">Renewing or leaving</a></li>
    <li><a href="/tenants/faq/">Tenant FAQs</a></li>
    <li><a href="/students/">Students</a></li>
   </ul>
  </div>
  <div class="brxe-block footer-col">
   <h4 class="brxe-heading">Office hours</h4>
   <div class="brxe-text-basic">Mon&ndash;Fri 9am&ndash;5.30pm<br>Saturday 10am&ndash;2pm<br>Sunday closed</div>
   <h4 class="brxe-heading">Follow us</h4>
   <ul class="brxe-social-icons">
    <li><a href="https://www.facebook.com/redbanklettings" aria-label="Facebook"><i class="fab fa-facebook"></i></a>
    </li>
    <li><a href="https://www.instagram.com/redbanklettings" aria-label="Instagram"><i class="fab fa-instagram"></i></a>
    </li>
    <li><a href="https://www.linkedin.com/company/redbank-lettings" aria-label="LinkedIn">
    <i class="fab fa-linkedin"></i></a></li>
   </ul>
  </div>
 </div>
</section>
<section id="brxe-ftbtm" class="brxe-section footer-bottom">
 <div class="brxe-container">
  <div class="brxe-block footer-badges">
   <img src="/wp-content/uploads/2022/01/propertymark-arla.png" alt="Propertymark ARLA member" width="90" height="40">
   <img src="/wp-content/uploads/2022/01/tpo-logo.png" alt="The Property Ombudsman" width="90" height="40">
   <img src="/wp-content/uploads/2022/01/mydeposits-member.png" alt="mydeposits member" width="90" height="40">
  </div>
  <div class="brxe-text-basic">&copy; 2024 Redbank Property Management Ltd t/a Redbank Lettings &amp; Block
  Management. Registered in England &amp; Wales no. 06912483. Registered office: First Floor, 14 Stevenson
  Square, Manchester M1 1FB. VAT no. 981 4420 17.</div>
  <ul class="brxe-nav-menu legal-menu">
   <li><a href="/complaints/">Complaints procedure</a></li>
   <li><a href="/about/">Memberships &amp; client money protection</a></li>
   <li><a href="/contact/">Contact</a></li>
  </ul>
 </div>
</section>
</footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right"
 aria-modal="true" data-nosnippet="true" role="dialog">
 <div class="cmplz-header"><div class="cmplz-title">Manage cookie consent</div></div>
 <div class="cmplz-body"><div class="cmplz-message"><p>We use cookies to keep the site working and, with your
 permission, to see which pages people find useful. We never sell your data.</p></div></div>
 <div class="cmplz-buttons">
  <button class="cmplz-btn cmplz-accept">Accept</button>
  <button class="cmplz-btn cmplz-deny">Deny</button>
  <button class="cmplz-btn cmplz-view-preferences">View preferences</button>
 </div>
</div></div>
<script src="/wp-content/themes/bricks/assets/js/bricks.min.js?ver=1.9.9" id="bricks-scripts-js"></script>
</body>
</html>
"""


def _page(path, title, description, body, body_class="page-id-0"):
    """Wrap a page's main content in the shared Bricks head, header and footer."""
    head = (
        _HEAD.replace("@@TITLE@@", title)
        .replace("@@DESC@@", description)
        .replace("@@SITE@@", _SITE)
        .replace("@@PATH@@", path)
        .replace("@@BODYCLASS@@", body_class)
    )
    header = _HEADER.replace(f'href="{path}"', f'href="{path}" aria-current="page"', 1)
    main = f'<main id="brx-content">\n{body}\n</main>\n'
    return head + header + main + _FOOTER


def _banner(title, intro, crumb):
    return f"""<section id="brxe-pghero" class="brxe-section page-hero">
 <div class="brxe-container">
  <nav class="brxe-breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> <span class="sep">/</span>
  <span aria-current="page">{crumb}</span></nav>
  <h1 class="brxe-heading hero-title">{title}</h1>
  <div class="brxe-text-basic hero-intro">{intro}</div>
 </div>
</section>
"""


_LANDLORD_SIDEBAR = """<aside class="brxe-div sidebar">
 <div class="brxe-block widget widget-links">
  <h3 class="brxe-heading">Landlord services</h3>
  <ul>
   <li><a href="/landlords/">Services &amp; fees</a></li>
   <li><a href="/landlords/safety-certificates/">Safety certificates &amp; EPCs</a></li>
   <li><a href="/landlords/hmo-licensing/">HMO licensing</a></li>
   <li><a href="/landlords/rent-guarantee-insurance/">Rent guarantee insurance</a></li>
   <li><a href="/landlords/inventories/">Inventories &amp; check-outs</a></li>
  </ul>
 </div>
 <div class="brxe-block widget widget-cta">
  <h3 class="brxe-heading">Free rental valuation</h3>
  <p>Find out what your property could let for. A local lettings manager will come out, usually within 48 hours.</p>
  <a class="brxe-button bricks-button bricks-background-primary" href="/landlords/#valuation">Book now</a>
 </div>
</aside>
"""

_TENANT_SIDEBAR = """<aside class="brxe-div sidebar">
 <div class="brxe-block widget widget-links">
  <h3 class="brxe-heading">Tenant information</h3>
  <ul>
   <li><a href="/tenants/how-to-apply/">How to apply</a></li>
   <li><a href="/tenants/referencing/">Referencing &amp; right to rent</a></li>
   <li><a href="/tenants/deposits/">Your deposit</a></li>
   <li><a href="/tenants/paying-rent/">Paying rent</a></li>
   <li><a href="/tenants/repairs/">Repairs &amp; emergencies</a></li>
   <li><a href="/tenants/renewing-or-leaving/">Renewing or moving out</a></li>
   <li><a href="/tenants/faq/">Tenant FAQs</a></li>
  </ul>
 </div>
 <div class="brxe-block widget widget-portal">
  <h3 class="brxe-heading">Tenant portal</h3>
  <p>Log in to see your documents, rent statements and repair updates.</p>
  <a class="brxe-button bricks-button bricks-background-secondary" href="https://portal.redbanklettings.co.uk">
  Log in</a>
 </div>
</aside>
"""

_TESTIMONIALS = """<section id="brxe-tstsec" class="brxe-section testimonials">
 <div class="brxe-container">
  <h2 class="brxe-heading">What our clients say</h2>
  <div id="brxe-tstmnl" class="brxe-testimonials splide">
   <div class="splide__track"><ul class="splide__list">
    <li class="splide__slide repeater-item"><div class="testimonial-content-wrapper">
     <div class="testimonial-content">"Priya and the team have looked after my two flats in Salford Quays for six
     years. Statements are always on time and I barely have to lift a finger."</div>
     <div class="testimonial-meta-data"><span class="testimonial-name">Graham R.</span>
     <span class="testimonial-title">Landlord, Salford</span></div></div></li>
    <li class="splide__slide repeater-item"><div class="testimonial-content-wrapper">
     <div class="testimonial-content">"Moved into our Chorlton house in September. Everything was explained
     clearly and the one time the boiler went, someone was out the same evening."</div>
     <div class="testimonial-meta-data"><span class="testimonial-name">Aisha &amp; Ben</span>
     <span class="testimonial-title">Tenants, Chorlton</span></div></div></li>
    <li class="splide__slide repeater-item"><div class="testimonial-content-wrapper">
     <div class="testimonial-content">"We switched our block to Redbank after years of unanswered emails. The
     difference has been night and day - we finally understand where the service charge goes."</div>
     <div class="testimonial-meta-data"><span class="testimonial-name">Ruth M.</span>
     <span class="testimonial-title">RMC director, Ancoats</span></div></div></li>
   </ul></div>
  </div>
 </div>
</section>
"""


def _with_sidebar(content, sidebar):
    return f"""<section class="brxe-section content-section">
 <div class="brxe-container two-col">
  <div class="brxe-block main-col">
{content}
  </div>
{sidebar}
 </div>
</section>
"""


# ---------------------------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------------------------

_HOME = (
    """<section id="brxe-hero01" class="brxe-section home-hero">
 <div class="brxe-container">
  <div class="brxe-block hero-text">
   <h1 class="brxe-heading">Lettings and block management in Manchester. And nothing else.</h1>
   <div class="brxe-text"><p>Redbank has been letting and managing homes across Manchester, Salford and
   Trafford since 2009. We don't sell houses, so every one of our team spends their day looking after
   landlords, tenants and leaseholders.</p></div>
   <div class="brxe-block hero-buttons">
    <a class="brxe-button bricks-button bricks-background-primary lg" href="/landlords/#valuation">Book a free
    valuation</a>
    <a class="brxe-button bricks-button outline lg" href="/tenants/how-to-apply/">Looking to rent?</a>
   </div>
  </div>
  <div class="brxe-block hero-image"><img src="/wp-content/uploads/2023/03/stevenson-square-office.jpg"
   alt="The Redbank team outside our Stevenson Square office" width="640" height="480" loading="eager"></div>
 </div>
</section>
<section id="brxe-srv001" class="brxe-section services-grid">
 <div class="brxe-container">
  <h2 class="brxe-heading">How we can help</h2>
  <div class="brxe-block grid-4">
   <div class="brxe-div service-card">
    <h3 class="brxe-heading">Landlords</h3>
    <div class="brxe-text-basic">Tenant find, rent collection or full management, with a fixed, published fee
    table and no surprises.</div>
    <a class="brxe-text-link" href="/landlords/">Services &amp; fees &rarr;</a>
   </div>
   <div class="brxe-div service-card">
    <h3 class="brxe-heading">Block management</h3>
    <div class="brxe-text-basic">Service charges, maintenance and compliance for residents' management
    companies, RTM companies and freeholders.</div>
    <a class="brxe-text-link" href="/block-management/">Block management &rarr;</a>
   </div>
   <div class="brxe-div service-card">
    <h3 class="brxe-heading">Tenants</h3>
    <div class="brxe-text-basic">Everything you need to know from your first viewing to the day you hand the
    keys back.</div>
    <a class="brxe-text-link" href="/tenants/how-to-apply/">Renting with us &rarr;</a>
   </div>
   <div class="brxe-div service-card">
    <h3 class="brxe-heading">Students</h3>
    <div class="brxe-text-basic">Shared houses in Fallowfield, Withington, Rusholme and Victoria Park for
    groups of three to eight.</div>
    <a class="brxe-text-link" href="/students/">Student lettings &rarr;</a>
   </div>
  </div>
 </div>
</section>
<section id="brxe-stats1" class="brxe-section stats-band">
 <div class="brxe-container">
  <div class="brxe-block stat"><span class="brxe-counter">1,150</span><div class="brxe-text-basic">homes under
  management</div></div>
  <div class="brxe-block stat"><span class="brxe-counter">64</span><div class="brxe-text-basic">apartment blocks
  managed</div></div>
  <div class="brxe-block stat"><span class="brxe-counter">15</span><div class="brxe-text-basic">years letting in
  Manchester</div></div>
  <div class="brxe-block stat"><span class="brxe-counter">22</span><div class="brxe-text-basic">people in the
  team</div></div>
 </div>
</section>
<section id="brxe-areas1" class="brxe-section areas">
 <div class="brxe-container">
  <h2 class="brxe-heading">Areas we cover</h2>
  <div class="brxe-text"><p>We let and manage homes in Manchester city centre, Ancoats, the Northern Quarter,
  Castlefield, Salford Quays, Chorlton, Didsbury, Fallowfield, Withington, Levenshulme, Stretford, Old Trafford
  and Sale. Our block management team looks after developments across Greater Manchester.</p>
  <p>Most of our landlords own one or two properties. Some have been with us since the week we opened. Whether
  you're an accidental landlord letting your old flat or you have a portfolio of shared houses, you'll get a
  named property manager who actually picks up the phone.</p></div>
 </div>
</section>
"""
    + _TESTIMONIALS
)

_LANDLORDS = (
    _banner(
        "Landlord services &amp; fees",
        "Three levels of service, one clear fee table. All fees are shown excluding and including VAT at 20%.",
        "Landlords",
    )
    + _with_sidebar(
        """<div class="brxe-text"><p>Whether you want us to find a tenant and hand over the keys, or to look after
everything for the whole tenancy, you'll know exactly what you're paying before you sign. There are no
hidden mark-ups on contractor invoices.</p></div>
<div id="brxe-prctbl" class="brxe-pricing-tables">
 <ul class="pricing-tables">
  <li class="pricing-table">
   <div class="pricing-table-header"><h3 class="pricing-table-title">Tenant Find</h3>
   <div class="pricing-table-subtitle">We find the tenant, you manage</div></div>
   <div class="pricing-table-pricing"><div class="pricing-table-price-wrapper">
   <span class="pricing-table-price">75%</span>
   <span class="pricing-table-price-meta">of one month's rent + VAT (90% inc. VAT), minimum &pound;495 + VAT
   (&pound;594 inc. VAT). Payable once, when the tenancy starts.</span></div></div>
   <ul class="pricing-table-features">
    <li>Rental valuation and advice on presentation</li>
    <li>Photos, floor plan and listing on Rightmove, Zoopla and OnTheMarket</li>
    <li>Accompanied viewings, including evenings and Saturdays</li>
    <li>Referencing and right to rent checks</li>
    <li>Tenancy agreement and all the legal paperwork</li>
    <li>First month's rent and deposit collected</li>
   </ul>
   <div class="pricing-table-footer"><a class="brxe-button bricks-button" href="#valuation">Get started</a></div>
  </li>
  <li class="pricing-table">
   <div class="pricing-table-header"><h3 class="pricing-table-title">Rent Collection</h3>
   <div class="pricing-table-subtitle">We collect the rent, you look after the property</div></div>
   <div class="pricing-table-pricing"><div class="pricing-table-price-wrapper">
   <span class="pricing-table-price">8%</span>
   <span class="pricing-table-price-meta">of the monthly rent + VAT (9.6% inc. VAT), plus a set-up fee of
   &pound;395 + VAT (&pound;474 inc. VAT)</span></div></div>
   <ul class="pricing-table-features">
    <li>Everything in Tenant Find</li>
    <li>Rent collected and paid to you monthly, with a statement</li>
    <li>Arrears chased from day one</li>
    <li>Deposit protected and registered for the whole tenancy</li>
    <li>Annual rent review</li>
    <li>Repairs and maintenance stay with you: your tenant is given your contact details to report
    them directly</li>
   </ul>
   <div class="pricing-table-footer"><a class="brxe-button bricks-button" href="#valuation">Get started</a></div>
  </li>
  <li class="pricing-table featured">
   <div class="pricing-table-ribbon">Most popular</div>
   <div class="pricing-table-header"><h3 class="pricing-table-title">Fully Managed</h3>
   <div class="pricing-table-subtitle">We look after everything</div></div>
   <div class="pricing-table-pricing"><div class="pricing-table-price-wrapper">
   <span class="pricing-table-price">12%</span>
   <span class="pricing-table-price-meta">of the monthly rent + VAT (14.4% inc. VAT), plus a set-up fee of
   &pound;395 + VAT (&pound;474 inc. VAT). Licensed HMOs: 14% + VAT (16.8% inc. VAT).</span></div></div>
   <ul class="pricing-table-features">
    <li>Everything in Rent Collection</li>
    <li>Repairs reported to us and handled by our vetted contractors</li>
    <li>24-hour emergency line for your tenants</li>
    <li>Two property inspections a year with a photo report</li>
    <li>Gas, electrical and EPC renewals tracked and booked</li>
    <li>Check-out and deposit negotiation included</li>
    <li>A named property manager</li>
   </ul>
   <div class="pricing-table-footer"><a class="brxe-button bricks-button bricks-background-primary"
   href="#valuation">Get started</a></div>
  </li>
 </ul>
</div>
<h2 class="brxe-heading">Other landlord fees</h2>
<div class="brxe-text">
<table class="fee-table">
 <thead><tr><th>Service</th><th>Fee</th><th>Inc. VAT</th></tr></thead>
 <tbody>
  <tr><td>Tenancy renewal (new fixed term agreement)</td><td>&pound;90 + VAT</td><td>&pound;108</td></tr>
  <tr><td>Deposit registration (Tenant Find only, per tenancy)</td><td>&pound;30 + VAT</td><td>&pound;36</td></tr>
  <tr><td>Preparing and serving a possession notice</td><td>&pound;120 + VAT</td><td>&pound;144</td></tr>
  <tr><td>Attending court or tribunal</td><td>&pound;75 + VAT per hour</td><td>&pound;90 per hour</td></tr>
  <tr><td>Annual income &amp; expenditure summary for your tax return</td><td>&pound;60 + VAT</td>
  <td>&pound;72</td></tr>
  <tr><td>Non-resident landlord quarterly returns to HMRC</td><td>&pound;100 + VAT per year</td>
  <td>&pound;120</td></tr>
  <tr><td>Withdrawing after an offer has been accepted</td><td>&pound;300 + VAT</td><td>&pound;360</td></tr>
 </tbody>
</table>
<p>Inventories and check-out reports are charged separately by property size: see
<a href="/landlords/inventories/">inventories &amp; check-outs</a>. Safety certificates are priced on the
<a href="/landlords/safety-certificates/">safety certificates page</a>.</p>
<h3>Your agreement with us</h3>
<p>Rent Collection and Fully Managed agreements run month to month after the first tenancy starts and can be
ended by either side with three months' written notice. Rent is paid to your bank account within three
working days of it clearing in our client account, and statements are emailed and available in the landlord
portal. On Fully Managed, we'll authorise repairs up to &pound;250 without asking you first (you can change this
limit); anything over that, we send you a quote. In a genuine emergency we will always make safe first.</p>
</div>
<div id="valuation" class="brxe-block valuation-form">
 <h2 class="brxe-heading">Book a free rental valuation</h2>
 <form class="brxe-form" method="post" action="/landlords/">
  <label>Your name <input type="text" name="form-field-name" required></label>
  <label>Phone <input type="tel" name="form-field-phone"></label>
  <label>Property postcode <input type="text" name="form-field-postcode"></label>
  <label>Bedrooms <select name="form-field-beds"><option>Studio</option><option>1</option><option>2</option>
  <option>3</option><option>4+</option></select></label>
  <button type="submit" class="bricks-button bricks-background-primary">Request my valuation</button>
 </form>
</div>""",
        _LANDLORD_SIDEBAR,
    )
    + _TESTIMONIALS
)

_HMO = _banner(
    "HMO licensing help",
    "Letting to sharers in Manchester? Here's when you need a licence and how we can take the form-filling off "
    "your hands.",
    "HMO licensing",
) + _with_sidebar(
    """<div class="brxe-text">
<h2>Is my property an HMO?</h2>
<p>A house in multiple occupation (HMO) is a property let to three or more people who form more than one
household and share a kitchen, bathroom or toilet. A "household" is a family: a couple, or relatives living
together. Four friends sharing a house are four households. Most student houses are HMOs.</p>
<h2>Which licence do I need?</h2>
<p><strong>Mandatory licensing</strong> applies across England to any HMO let to <strong>five or more
people</strong> forming two or more households, whatever the number of storeys.</p>
<p><strong>Additional licensing in Manchester.</strong> Manchester City Council runs an additional licensing
scheme that also covers <strong>smaller HMOs of three or four tenants</strong> in its designated wards.
These include most of Fallowfield, Withington, Rusholme, Moss Side, Old Moat and Levenshulme. If you let a
three or four bedroom house to unrelated sharers in those areas, you'll need a licence before the tenants
move in. Check the council's address checker or ask us.</p>
<p><strong>Planning.</strong> Much of Manchester is covered by an Article 4 direction, which means turning a
family home into a small HMO needs planning permission. A licence is not planning permission.</p>
<h2>Minimum room sizes</h2>
<table>
 <thead><tr><th>Room used for sleeping by</th><th>Minimum floor area</th></tr></thead>
 <tbody>
  <tr><td>One person aged over 10</td><td>6.51 m&sup2;</td></tr>
  <tr><td>Two people aged over 10</td><td>10.22 m&sup2;</td></tr>
  <tr><td>One child aged under 10</td><td>4.64 m&sup2;</td></tr>
 </tbody>
</table>
<p>A room smaller than 4.64 m&sup2; cannot be used as a bedroom at all. The council will also look at fire
safety (interlinked smoke alarms, 30-minute fire doors to bedrooms and the kitchen, a fire blanket and a
protected escape route), kitchen and bathroom amenities per number of tenants, and waste storage.</p>
<h2>What we do</h2>
<p>Our HMO licensing service costs <strong>&pound;450 + VAT (&pound;540 inc. VAT)</strong> per application.
Jamie, our HMO specialist, inspects the property against the council's standards and tells you what needs
doing, draws a scaled floor plan, completes and submits the application, and meets the council's
inspecting officer. We then diary the renewal. The council's own licence fee is separate and is paid by
you directly to Manchester City Council. Licences are normally granted for up to five years.</p>
<p>Letting an HMO without the right licence is a criminal offence. The council can issue a civil penalty
of up to &pound;30,000, and tenants can apply for a rent repayment order of up to 12 months' rent.</p>
</div>""",
    _LANDLORD_SIDEBAR,
)

_SAFETY = _banner(
    "Landlord safety certificates &amp; EPC rules",
    "The certificates every Manchester landlord needs, how often, and what we charge to arrange them.",
    "Safety certificates &amp; EPCs",
) + _with_sidebar(
    """<div class="brxe-text">
<p>We won't start a tenancy until the property has a valid gas safety certificate, electrical report and
EPC, and working smoke and carbon monoxide alarms. On Fully Managed we track every expiry date and book the
renewals for you.</p>
<h2>Gas safety</h2>
<p>Every gas appliance, flue and pipework must be checked <strong>every 12 months</strong> by a Gas Safe
registered engineer. New tenants get a copy of the certificate (often called a CP12) before they move in,
and existing tenants within 28 days of each check. Keep the records for at least two years. A check can be
done up to two months before the old one runs out without losing the anniversary date.</p>
<h2>Electrical safety (EICR)</h2>
<p>The fixed wiring must be inspected by a qualified electrician <strong>at least every five years</strong>.
If the report finds anything coded C1, C2 or FI, the remedial work must be done within 28 days (or sooner
if the report says so). We also recommend PAT testing any appliances you supply.</p>
<h2>Smoke and carbon monoxide alarms</h2>
<p>There must be a working smoke alarm on every storey with living accommodation, and a carbon monoxide
alarm in any room with a fixed combustion appliance such as a gas boiler or wood burner (gas cookers are
exempt). Alarms are tested on the day the tenancy starts, and must be repaired or replaced once reported.</p>
<h2>Energy Performance Certificates</h2>
<p>You need an EPC before the property is marketed. It lasts <strong>ten years</strong>. Under the minimum
energy efficiency standards, a privately rented home must be rated <strong>E or above</strong>: you can't
grant a new tenancy, or continue an existing one, in a property rated F or G unless you've registered a valid
exemption on the PRS Exemptions Register. The most common exemption is that you've spent the cost cap of
&pound;3,500 (inc. VAT) on improvements and it still isn't an E. The government has proposed raising the
minimum to C for new tenancies from 2030, and we'll keep our landlords posted.</p>
<h2>Prices</h2>
<table>
 <thead><tr><th>Certificate</th><th>Price inc. VAT</th></tr></thead>
 <tbody>
  <tr><td>Gas safety certificate (up to 3 appliances)</td><td>&pound;78</td></tr>
  <tr><td>Gas safety certificate with boiler service</td><td>&pound;96</td></tr>
  <tr><td>EICR, studio or 1 bed</td><td>&pound;150</td></tr>
  <tr><td>EICR, 2&ndash;3 bed</td><td>&pound;190</td></tr>
  <tr><td>EICR, 4 bed or larger</td><td>&pound;240</td></tr>
  <tr><td>EPC</td><td>&pound;85</td></tr>
  <tr><td>Legionella risk assessment</td><td>&pound;60</td></tr>
 </tbody>
</table>
<p>Furnished lets must also meet the furniture fire safety rules, and every new tenant must be given the
government's current How to Rent guide. We handle both as part of setting up a tenancy.</p>
</div>""",
    _LANDLORD_SIDEBAR,
)

_RGI = _banner(
    "Rent guarantee insurance",
    "Peace of mind that the rent keeps coming, even if your tenant stops paying.",
    "Rent guarantee insurance",
) + _with_sidebar(
    """<div class="brxe-text">
<p>Most tenancies run without a hitch, but a couple of months of missed rent plus the cost of getting your
property back can wipe out a year's profit. Our rent guarantee insurance is arranged through a specialist
lettings insurer and is available to landlords on our <strong>Rent Collection</strong> and <strong>Fully
Managed</strong> services. It isn't available on Tenant Find, because we need to be the ones chasing
arrears from day one.</p>
<h2>What's covered</h2>
<ul>
 <li>Unpaid rent of up to <strong>&pound;2,500 a month</strong>, paid until you get vacant possession, for up to
 12 months per claim</li>
 <li>Legal expenses of up to <strong>&pound;50,000</strong> for solicitors, court fees and bailiffs to regain
 possession</li>
 <li>Once you have the property back, 75% of the monthly rent for up to two months while we re-let it</li>
</ul>
<h2>What it costs</h2>
<table>
 <thead><tr><th>Monthly rent</th><th>Premium per month (inc. insurance premium tax)</th></tr></thead>
 <tbody>
  <tr><td>Up to &pound;1,500</td><td>&pound;20</td></tr>
  <tr><td>&pound;1,501 to &pound;2,500</td><td>&pound;29</td></tr>
 </tbody>
</table>
<p>The premium is simply deducted from your monthly statement. Policies run for 12 months and renew
automatically unless you tell us otherwise.</p>
<h2>Conditions and exclusions</h2>
<ul>
 <li>Every tenant (or their guarantor) must pass full referencing through our referencing partner before the
 tenancy starts.</li>
 <li>Cover must start at the beginning of a tenancy, or when rent is fully up to date with no arrears in the
 previous six months.</li>
 <li>The excess is the <strong>first month of arrears</strong>. Claims start once rent is a full month
 overdue.</li>
 <li>Claims aren't paid where the landlord has breached the tenancy, for example by not protecting the deposit
 or not serving the required safety documents.</li>
 <li>Room-by-room HMO tenancies aren't covered.</li>
</ul>
<p>Ask your property manager for the full policy wording before you decide.</p>
</div>""",
    _LANDLORD_SIDEBAR,
)

_INVENTORIES = _banner(
    "Inventories &amp; check-outs",
    "Independent, photographic reports that stand up if there's ever a deposit dispute.",
    "Inventories &amp; check-outs",
) + _with_sidebar(
    """<div class="brxe-text">
<p>When a deposit dispute goes to adjudication, the adjudicator decides on the evidence. Without a detailed
check-in inventory, a landlord will almost always lose. Our in-house inventory clerk and a small panel of
independent clerks produce reports with dated photographs of every room, a walk-through video, meter
readings, a key list and a record that the smoke and CO alarms were tested.</p>
<h2>Check-in</h2>
<p>The inventory is done just before the tenant moves in, and the clerk goes through it with the tenant at
the check-in appointment. The tenant then has seven days to add comments or extra photos. The signed report
is stored in both our landlord and tenant portals.</p>
<h2>Check-out</h2>
<p>At the end of the tenancy, the clerk compares the property with the check-in report and notes any
cleaning, damage or missing items, allowing for fair wear and tear given the length of the tenancy. The
report is sent to the landlord within two working days. On Fully Managed, the check-out is included in our
fee and we negotiate any deductions with the tenant for you.</p>
<h2>Prices</h2>
<table class="price-table">
 <thead><tr><th>Property size</th><th>Inventory &amp; check-in, unfurnished</th>
 <th>Inventory &amp; check-in, furnished</th><th>Check-out report</th></tr></thead>
 <tbody>
  <tr><td>Studio or 1 bed</td><td>&pound;120</td><td>&pound;145</td><td>&pound;100</td></tr>
  <tr><td>2 bed</td><td>&pound;145</td><td>&pound;175</td><td>&pound;115</td></tr>
  <tr><td>3 bed</td><td>&pound;170</td><td>&pound;205</td><td>&pound;135</td></tr>
  <tr><td>4 bed</td><td>&pound;195</td><td>&pound;235</td><td>&pound;155</td></tr>
  <tr><td>5 bed or more</td><td>&pound;220</td><td>&pound;265</td><td>&pound;175</td></tr>
 </tbody>
</table>
<p>All prices include VAT. Landlords on Rent Collection or Tenant Find who want an extra mid-tenancy
inspection can book one for &pound;72 inc. VAT, with a written report and photos.</p>
</div>""",
    _LANDLORD_SIDEBAR,
)

_BLOCK = (
    _banner(
        "Block management",
        "Transparent, hands-on management for apartment blocks across Greater Manchester.",
        "Block management",
    )
    + """<section class="brxe-section content-section">
 <div class="brxe-container">
  <div class="brxe-block two-col">
   <div class="brxe-div">
    <div class="brxe-text">
    <p>Helen Brennan's block management team looks after 64 developments, from a converted mill with six
    apartments to a 180-flat scheme at Salford Quays. We work for residents' management companies, right to
    manage (RTM) companies, freeholders and developers, and we take on blocks of six units or more.</p>
    <h2>What's included</h2>
    <ul>
     <li>Annual service charge budgets, demands and collection, with a dedicated trust account for each block</li>
     <li>Year-end accounts prepared by an independent accountant</li>
     <li>Buildings insurance arranged and re-marketed every year</li>
     <li>Section 20 consultation for major works costing any leaseholder more than &pound;250, and for
     long-term contracts over &pound;100 per leaseholder per year</li>
     <li>Fire risk assessments, health and safety and asbestos surveys, with remedial work tracked</li>
     <li>Cleaning, gardening, lift and door-entry contractors managed and checked</li>
     <li>Monthly site visits for most blocks, plus attendance at your AGM</li>
     <li>Reserve fund planning and company secretarial support for RMCs</li>
     <li>Support for accountable persons in higher-risk buildings (18 metres or seven storeys and over)</li>
     <li>A leaseholder portal with budgets, accounts, insurance schedules and meeting minutes</li>
    </ul>
    </div>
   </div>
   <div class="brxe-div">
    <div class="brxe-block fee-box">
     <h3 class="brxe-heading">Management fees</h3>
     <div class="brxe-text-basic"><p>Our fee is a fixed annual amount per unit, usually between
     <strong>&pound;190 and &pound;275 + VAT per apartment per year</strong> depending on the size and
     complexity of the building, with a minimum fee of &pound;2,400 + VAT a year. We'll visit the block and
     give you a written proposal free of charge.</p>
     <p>Switching from another agent? Most management contracts need three months' notice. We deal with the
     handover of funds, records and contractors from the outgoing agent.</p></div>
     <a class="brxe-button bricks-button bricks-background-primary" href="/contact/">Request a proposal</a>
    </div>
   </div>
  </div>
 </div>
</section>
<section class="brxe-section leaseholders">
 <div class="brxe-container">
  <h2 class="brxe-heading">For leaseholders</h2>
  <ul id="brxe-blkacc" class="brxe-accordion">
   <li class="brxe-block accordion-item">
    <div class="accordion-title-wrapper" role="button" tabindex="0" aria-expanded="false">
    <h3 class="accordion-title">I'm selling my flat. How do I get a management pack?</h3></div>
    <div class="accordion-content-wrapper"><div class="brxe-text"><p>Your solicitor will ask for a
    leasehold management information pack (the LPE1 form plus service charge accounts, budgets, insurance and
    fire risk assessment). Ask your solicitor to email blocks@redbanklettings.co.uk. The standard pack costs
    <strong>&pound;240 + VAT</strong> and is sent within <strong>10 working days</strong> of payment. An express
    pack within 3 working days costs &pound;360 + VAT.</p></div></div>
   </li>
   <li class="brxe-block accordion-item">
    <div class="accordion-title-wrapper" role="button" tabindex="0" aria-expanded="false">
    <h3 class="accordion-title">Notices of assignment and charge</h3></div>
    <div class="accordion-content-wrapper"><div class="brxe-text"><p>When a flat is sold or remortgaged the
    lease usually requires notice to be given. We register notices for &pound;90 + VAT each, payable by the
    buyer's or borrower's solicitor.</p></div></div>
   </li>
   <li class="brxe-block accordion-item">
    <div class="accordion-title-wrapper" role="button" tabindex="0" aria-expanded="false">
    <h3 class="accordion-title">Something's wrong in the communal areas</h3></div>
    <div class="accordion-content-wrapper"><div class="brxe-text"><p>Report communal repairs through the
    leaseholder portal. For emergencies affecting the building, such as water coming through a ceiling, a
    failed entrance door or a lift with someone trapped, use the 24-hour number on the noticeboard in your
    block's entrance.</p></div></div>
   </li>
   <li class="brxe-block accordion-item">
    <div class="accordion-title-wrapper" role="button" tabindex="0" aria-expanded="false">
    <h3 class="accordion-title">Can I pay my service charge in instalments?</h3></div>
    <div class="accordion-content-wrapper"><div class="brxe-text"><p>Service charges are demanded twice a
    year, in advance, on 1 January and 1 July. You can spread each half-year over six monthly standing
    orders at no extra cost: just let the block accounts team know.</p></div></div>
   </li>
  </ul>
 </div>
</section>
"""
    + _TESTIMONIALS
)

_APPLY = _banner(
    "How to apply for a property",
    "From viewing to moving day, step by step. We never charge tenants admin, referencing or check-in fees.",
    "How to apply",
) + _with_sidebar(
    """<div class="brxe-text">
<h2>1. Book a viewing</h2>
<p>All our available homes are on Rightmove and Zoopla. Book a viewing online or ring the office. We do
viewings Monday to Friday from 9am to 6pm and on Saturday mornings, and we're always there in person.</p>
<h2>2. Apply</h2>
<p>If you like the property, each adult who'll be living there fills in our online application form. We ask
about your income, where you've lived for the past three years, any pets, and when you'd like to move in.
The landlord decides which application to accept.</p>
<h2>3. Pay a holding deposit</h2>
<p>Once your application is accepted, you pay a <strong>holding deposit of one week's rent</strong> to
reserve the property and we take it off the market. One week's rent is the monthly rent &times; 12 &divide;
52: for a flat at &pound;1,100 a month that's &pound;253.84. Pay by bank transfer. The deadline to sign the
tenancy agreement is 15 days after we receive the holding deposit, unless we agree a different date with
you in writing.</p>
<p>If the landlord changes their mind, or decides not to go ahead for a reason that isn't your fault, your
holding deposit is refunded in full within seven days. It's also refunded if you fail referencing but told
us the truth on your application. We can only keep it if you give false or misleading information, fail a
right to rent check, pull out, or don't take reasonable steps to sign by the deadline, and we'll always
tell you why in writing.</p>
<h2>4. Referencing</h2>
<p>Our referencing partner will contact you by email. See <a href="/tenants/referencing/">referencing,
guarantors &amp; right to rent</a> for what's checked.</p>
<h2>5. Sign and pay the move-in money</h2>
<p>You sign the tenancy agreement electronically and we send you the How to Rent guide, the EPC, gas safety
certificate and electrical report. Before move-in day we need cleared funds for the first month's rent and
the deposit, less the holding deposit you've already paid, at least <strong>three working days</strong>
before you move.</p>
<table>
 <caption>Example: a flat at &pound;1,100 a month</caption>
 <tbody>
  <tr><td>First month's rent</td><td>&pound;1,100.00</td></tr>
  <tr><td>Deposit (5 weeks' rent)</td><td>&pound;1,269.23</td></tr>
  <tr><td>Less holding deposit already paid</td><td>&minus;&pound;253.84</td></tr>
  <tr><th>To pay before move-in</th><th>&pound;2,115.39</th></tr>
 </tbody>
</table>
<h2>6. Moving day</h2>
<p>Keys are handed over at the check-in appointment at the property, or can be collected from our office
after 12 noon on your move-in date.</p>
</div>""",
    _TENANT_SIDEBAR,
)

_REFERENCING = _banner(
    "Referencing, guarantors &amp; right to rent",
    "What we check before a tenancy starts, and what to do if you need a guarantor.",
    "Referencing &amp; right to rent",
) + _with_sidebar(
    """<div class="brxe-text">
<h2>Referencing</h2>
<p>Referencing is carried out by our independent referencing partner and is free for tenants. Most
references come back in two to four working days, as long as your employer and landlord reply quickly. We
check:</p>
<ul>
 <li>your identity and address history for the last three years</li>
 <li>a credit check, looking for county court judgments, IVAs and bankruptcy</li>
 <li>your income: you'll normally need to earn at least <strong>30 times the monthly rent</strong> a year
 before tax (joint tenants can combine incomes)</li>
 <li>a reference from your current or last landlord</li>
</ul>
<p><strong>Self-employed?</strong> We'll need your SA302 tax calculations and tax year overviews for the last
two years, or a letter from your accountant confirming your income. If you've been trading for less than two
years you'll probably need a guarantor or to pay some rent in advance.</p>
<p><strong>Retired or on benefits?</strong> Pension or benefit award letters count as income. We don't
turn anybody away because they receive benefits.</p>
<h2>Guarantors</h2>
<p>A guarantor agrees to pay the rent if you don't. Your guarantor must:</p>
<ul>
 <li>live in the UK</li>
 <li>earn at least <strong>36 times the monthly rent</strong> a year (for students in a joint tenancy, 36
 times your share of the rent)</li>
 <li>pass a credit check and sign a deed of guarantee</li>
</ul>
<p>We can't accept guarantors who live outside the UK, as the guarantee can't realistically be enforced. If
you don't have a UK guarantor you can use a guarantor company such as Housing Hand (you pay their fee
directly), or, if the landlord agrees, pay up to six months' rent in advance.</p>
<h2>Right to rent</h2>
<p>By law we must check that every adult aged 18 or over who will live in the property has the right to rent
in England, before the tenancy starts.</p>
<ul>
 <li><strong>British or Irish citizens:</strong> show us your original passport in the office, or complete
 the online ID check in the link we send you.</li>
 <li><strong>Everyone else</strong> (visa holders, EU Settlement Scheme status, eVisa or biometric residence
 permit): get a share code from the GOV.UK "prove your right to rent" service and send it to us with your
 date of birth. We check it online with the Home Office.</li>
</ul>
<p>If your permission to stay is time-limited, we'll do a follow-up check shortly before it runs out, and we'll
contact you in plenty of time.</p>
</div>""",
    _TENANT_SIDEBAR,
)

_DEPOSITS = _banner(
    "Your deposit",
    "How much it is, where it's protected, and how you get it back at the end of your tenancy.",
    "Your deposit",
) + _with_sidebar(
    """<div class="brxe-text">
<h2>How much?</h2>
<p>The deposit is capped by law at <strong>five weeks' rent</strong> where the annual rent is under
&pound;50,000, and six weeks' rent above that.</p>
<h2>Where is it protected?</h2>
<p>For properties on our Rent Collection and Fully Managed services we hold your deposit and protect it
with <strong>mydeposits</strong>, a government-approved insured scheme. Where we've only found the tenant
for the landlord, the landlord holds the deposit and must protect it with one of the three approved schemes
(DPS, TDS or mydeposits). Either way it must be protected within 30 days of being paid, and you'll receive
the deposit certificate and prescribed information by email. Your certificate shows which scheme holds your
deposit and its deposit ID.</p>
<h2>Getting your deposit back</h2>
<p>After the check-out we compare the property with the check-in inventory. Within five working days of the
check-out we email you either confirmation that the full deposit is being returned, or a list of proposed
deductions with photos and quotes. Once everyone agrees, the money is paid within ten days.</p>
<p>Deductions can only be made for damage beyond fair wear and tear, cleaning needed to get the property back
to how clean it was at check-in, unpaid rent or bills you were responsible for, and missing items or keys.
The landlord can't charge for new-for-old replacements, or for things that have simply worn out over time.
Nor can we make you pay for professional cleaning as a matter of course: cleaning costs can only be claimed
if the property is less clean than it was when you moved in.</p>
<h2>If you don't agree</h2>
<ol>
 <li>Reply to the deductions email explaining what you disagree with and why. Send any photos you took at
 check-out.</li>
 <li>We'll try to negotiate an agreement between you and the landlord within 14 days.</li>
 <li>If that doesn't work, you can raise a dispute with the deposit scheme. Its adjudication service is free
 and independent. Any part of the deposit that isn't in dispute is paid straight away.</li>
</ol>
<p>The adjudicator looks only at written evidence (the tenancy agreement, inventory, check-out report,
photos, invoices and emails), and usually decides within 28 days of receiving everyone's evidence. Disputes
must be raised within three months of the tenancy ending.</p>
</div>""",
    _TENANT_SIDEBAR,
)

_RENT = _banner(
    "Paying your rent",
    "When it's due, how to pay, and what to do if you're struggling.",
    "Paying your rent",
) + _with_sidebar(
    """<div class="brxe-text">
<h2>When is rent due?</h2>
<p>Rent is paid monthly in advance, on the same date each month as your tenancy started. If you moved in on
the 14th, your rent is due on the 14th of every month.</p>
<h2>How to pay</h2>
<p>Please set up a <strong>standing order</strong> to our client account, using the account details in your
welcome email and your tenant reference (it starts with RB-, for example RB-4417) as the payment reference.
Set it up at least three working days before the first due date. We can't accept rent in cash or by credit or
debit card. Bank transfer and standing order only. If your landlord collects the rent themselves, pay the
account they've given you.</p>
<h2>Late rent</h2>
<p>If your rent hasn't arrived we'll send a text the day after it's due, call you on day three, write on day
seven and, if you have one, contact your guarantor on day ten. If rent is 14 days or more late, the tenancy
agreement allows interest of 3% above the Bank of England base rate from the date it was due. That's the
only charge we can make for late rent.</p>
<h2>Struggling to pay?</h2>
<p>Talk to us as early as you can. It's much easier to agree a payment plan before arrears build up. Free,
confidential help is available from Citizens Advice Manchester, Shelter's helpline on 0808 800 4444, and
Manchester City Council, which may be able to help with a Discretionary Housing Payment.</p>
<h2>Universal Credit</h2>
<p>The housing element of Universal Credit is normally paid to you, and you then pay the rent. If you'd prefer
it to go straight to your landlord, ask your work coach or put a note in your online journal requesting a
<strong>managed payment to landlord</strong>. We can also ask for one if you fall two months behind. Let us
know your payment date so we can line up your rent due date with it.</p>
<h2>Rent statements</h2>
<p>You can download your rent statement from the tenant portal at any time, or email us and we'll send one
within two working days (for example for a mortgage or visa application).</p>
</div>""",
    _TENANT_SIDEBAR,
)

_REPAIRS = _banner(
    "Repairs &amp; emergencies",
    "How to report a repair, how quickly we'll respond, and what counts as an emergency.",
    "Repairs &amp; emergencies",
) + _with_sidebar(
    """<div class="brxe-text">
<p class="notice"><strong>Does Redbank manage your home?</strong> This page is for tenants in properties we
fully manage. If your landlord manages the property themselves, report repairs to them using the contact
details in your welcome email.</p>
<h2>How to report a repair</h2>
<p>Report it through the tenant portal, 24 hours a day, with a description and photos or a short video. It
goes straight to your property manager and you can follow its progress. You can also ring the office during
opening hours. Our contractor will contact you directly to arrange access, and will give at least 24 hours'
notice unless it's an emergency.</p>
<h2>How quickly we respond</h2>
<table>
 <thead><tr><th>Priority</th><th>Examples</th><th>Response</th></tr></thead>
 <tbody>
  <tr><td>Emergency</td><td>See list below</td><td>Attend to make safe within 4 hours, 24/7</td></tr>
  <tr><td>Urgent</td><td>Fridge or cooker not working, one of two toilets blocked, leak that's contained with a
  bucket, no heating but hot water still working</td><td>Within 3 working days</td></tr>
  <tr><td>Routine</td><td>Dripping tap, sticking door, broken blind, faulty extractor fan, loose
  handle</td><td>Within 20 working days</td></tr>
 </tbody>
</table>
<h2>Emergencies out of hours</h2>
<p>Outside office hours, including evenings, weekends and bank holidays, ring our <strong>24-hour emergency
line on 0161 496 0455</strong>. It's for genuine emergencies only:</p>
<ul>
 <li>a smell of gas: first ring the National Gas Emergency Service on 0800 111 999, turn off the gas at the
 meter and open windows</li>
 <li>no heating and no hot water at all</li>
 <li>a major water leak you can't stop or contain</li>
 <li>no electricity in the whole property (check with your neighbours and your supplier first)</li>
 <li>the property can't be made secure, for example a broken front door or lock</li>
 <li>your only toilet is blocked or sewage is backing up</li>
 <li>fire or flood damage</li>
</ul>
<p>If a contractor is sent out of hours for something that isn't an emergency, or for damage caused by a tenant
or their visitors, the cost may be charged to you. Locked out? We can't pay for a locksmith, but during
office hours you can borrow the spare key from our office with photo ID.</p>
<h2>Your part</h2>
<p>Please change light bulbs, test your smoke alarms monthly, bleed radiators, top up the boiler pressure
(there's a guide in the portal), keep plugholes clear of hair and fat, and open windows or use the extractor
fans to keep condensation down. Report any damp or mould as soon as you see it, and we'll arrange an
inspection.</p>
</div>""",
    _TENANT_SIDEBAR,
)

_LEAVING = _banner(
    "Renewing or moving out",
    "Staying on, giving notice and leaving early: how it works with us.",
    "Renewing or moving out",
) + _with_sidebar(
    """<div class="brxe-text">
<h2>Staying on</h2>
<p>About eight to ten weeks before your fixed term ends we'll email you and your landlord to ask what
you'd both like to do. You can sign a new fixed term (usually six or twelve months), which is free for
tenants, or simply carry on month to month: if nothing new is signed, your tenancy automatically becomes a
rolling periodic tenancy on the same terms. The landlord may propose a new rent at renewal; on a periodic
tenancy the rent can only be increased once a year, with at least a month's formal notice.</p>
<h2>Giving notice</h2>
<p><strong>Leaving at the end of your fixed term:</strong> tell us in writing at least <strong>one month before
the end date</strong> of your agreement. Email tenancies@redbanklettings.co.uk. We'll confirm by
return.</p>
<p><strong>On a rolling tenancy:</strong> give at least one month's written notice, ending on the last day of a
rental period. If your rent is due on the 14th, your notice must end on the 13th of a month.</p>
<p><strong>Joint tenants:</strong> on a periodic tenancy, notice from one joint tenant ends the tenancy for
everyone, so please talk to us first if only some of you want to go.</p>
<h2>Leaving early</h2>
<p>During a fixed term you can only leave early if your agreement has a break clause (most of our 12-month
agreements let you give two months' notice to end the tenancy after the first six months) or if the landlord
agrees to an early surrender. If they do, you pay the rent until a new tenant moves in, plus the landlord's
reasonable re-letting costs. If one sharer is leaving and a replacement is moving in, the change of tenant fee
is &pound;50.</p>
<h2>Changes coming in 2026</h2>
<p>When the Renters' Rights Act comes into force, fixed terms will be replaced by rolling tenancies and
tenants will give two months' notice to leave. We'll write to every tenant before anything changes.</p>
<h2>Moving-out checklist</h2>
<ul>
 <li>Book your check-out appointment with us</li>
 <li>Clean the property to the standard in your check-in inventory and remove all your belongings</li>
 <li>Take final meter readings and tell your energy, water and broadband suppliers and the council</li>
 <li>Return every key to our office by 12 noon on your last day (after hours, use the key letterbox in an
 envelope marked with your address)</li>
 <li>Send us your forwarding address and bank details for your deposit</li>
</ul>
</div>""",
    _TENANT_SIDEBAR,
)


def _acc(question, answer):
    return f"""  <li class="brxe-block accordion-item">
   <div class="accordion-title-wrapper" role="button" tabindex="0" aria-expanded="false">
    <h3 class="accordion-title">{question}</h3><i class="ion-ios-arrow-forward icon"></i></div>
   <div class="accordion-content-wrapper"><div class="brxe-text">{answer}</div></div>
  </li>
"""


_FAQ = _banner(
    "Tenant FAQs",
    "Quick answers to the questions our tenants ask most.",
    "Tenant FAQs",
) + _with_sidebar(
    '<ul id="brxe-faqacc" class="brxe-accordion" data-script-args="{&quot;independentToggle&quot;:true}">\n'
    + _acc(
        "Can I have a pet?",
        """<p>Ask us in writing <strong>before</strong> the pet arrives, telling us what kind of animal it is.
    Your landlord must consider every request and can't refuse without a good reason. We'll come back to you
    with their decision within 28 days. Most of our landlords say yes to cats and small dogs in houses. In
    flats, the building's lease sometimes bans pets and that's outside the landlord's control. The landlord
    may ask you to take out pet damage insurance. There's no extra pet deposit and no "pet rent": your
    deposit can't go above the five-week cap.</p>""",
    )
    + _acc(
        "Can my partner or a friend move in with me?",
        """<p>Anyone aged 18 or over who moves in needs to be referenced and right to rent checked, and
    added to the tenancy agreement with the landlord's consent. We charge the &pound;50 fee that the law allows
    for changing a tenancy. Please don't let someone move in without telling us: it can breach your
    tenancy and invalidate the landlord's insurance.</p>""",
    )
    + _acc(
        "Can I decorate or put pictures up?",
        """<p>Ask us first. Most landlords are happy for you to paint in neutral colours and to use a few
    small picture hooks, but you may be asked to put things back as they were when you leave.</p>""",
    )
    + _acc(
        "Who pays the council tax and bills?",
        """<p>You do, unless the advert said bills were included. Set up gas, electricity, water and
    broadband in your name from your move-in date. We tell Manchester, Salford or Trafford council who has
    moved in, but you still need to register for council tax.</p>""",
    )
    + _acc(
        "Do I need contents insurance?",
        """<p>The landlord insures the building and anything they've supplied. Your own belongings aren't
    covered, so we strongly recommend contents insurance with tenant's liability cover for accidental damage
    to the landlord's fixtures and furniture.</p>""",
    )
    + _acc(
        "Can I smoke or vape inside?",
        """<p>No. All our properties are non-smoking inside, and that includes vapes and e-cigarettes.</p>""",
    )
    + _acc(
        "Can I sublet a room or list the flat on Airbnb?",
        """<p>No. Subletting or short-term letting any part of the property isn't allowed under our tenancy
    agreements, and in most apartment blocks it also breaches the lease.</p>""",
    )
    + _acc(
        "Can I change the locks?",
        """<p>Not without written permission. We must keep a working set of keys for emergencies. If you're
    worried about security, for example after losing a key, call us and we'll arrange it.</p>""",
    )
    + "</ul>",
    _TENANT_SIDEBAR,
)

_STUDENTS = (
    _banner(
        "Student lettings",
        "Shared houses and flats for University of Manchester, Manchester Met and RNCM students.",
        "Students",
    )
    + """<section class="brxe-section content-section">
 <div class="brxe-container">
  <div class="brxe-block main-col">
   <div class="brxe-text">
   <p>We let around 180 student houses and flats in Fallowfield, Withington, Rusholme and Victoria Park, plus
   a handful of city-centre flats close to Oxford Road. Houses sleep from three to eight, and Chloe, our
   student lettings negotiator, has lived in most of the streets herself.</p>
   <h2>When should we start looking?</h2>
   <p>Earlier than you think. Most houses for the next academic year are let between November and February.
   Our student list for the following year goes live in the <strong>first week of November</strong>, and
   groups who register with us beforehand get the list by email the day it's released. From November to
   February we run group viewings on weekday evenings until 7pm.</p>
   <h2>Tenancy dates</h2>
   <p>Most of our student houses are let for 12 months from <strong>1 July</strong>. We don't offer reduced
   "summer rent", but it means you can move in whenever suits you over the summer. A few city-centre flats are
   let for 51 weeks from early September.</p>
   <h2>Bills included</h2>
   <p>Many of our houses come with an <strong>all-bills-included</strong> package: gas, electricity, water,
   900Mb broadband and a TV licence, in one weekly price per person. A fair-use allowance for energy applies
   and is shown on each listing. Each listing clearly says whether bills are included.</p>
   <h2>Signing as a group</h2>
   <p>Everyone signs one joint tenancy agreement. That makes you jointly and severally liable: if one
   housemate doesn't pay, the others (and their guarantors) may have to cover it. Each of you pays your share
   of the holding deposit and deposit, and each gets their share back at the end. Every student needs a
   guarantor or an alternative: see <a href="/tenants/referencing/">referencing &amp; guarantors</a>.</p>
   <h2>Council tax</h2>
   <p>Houses where everyone is a full-time student are exempt from council tax. Send each housemate's
   student certificate from your university to the council when you move in. If one person isn't a full-time
   student, the household gets a bill with a 25% single-person discount.</p>
   </div>
  </div>
  <aside class="brxe-div sidebar">
   <div class="brxe-block widget widget-cta">
    <h3 class="brxe-heading">Register your group</h3>
    <p>Be first to see next year's houses.</p>
    <a class="brxe-button bricks-button bricks-background-primary"
     href="mailto:students@redbanklettings.co.uk">Email Chloe</a>
   </div>
  </aside>
 </div>
</section>
"""
)

_COMPLAINTS = _banner(
    "Complaints procedure",
    "We don't always get it right. Here's how to tell us, and what to do if we still haven't put it right.",
    "Complaints",
) + _with_sidebar(
    """<div class="brxe-text">
<h2>Stage 1: the branch manager</h2>
<p>Email complaints@redbanklettings.co.uk, or write to us at the office marking your letter "Complaint",
with as much detail as you can. Tom Whitfield, our lettings manager, or Helen Brennan for block
management, will acknowledge it within <strong>three working days</strong> and send a full written response
within <strong>15 working days</strong>.</p>
<h2>Stage 2: a director's review</h2>
<p>If you're not happy with the stage 1 response, reply within 28 days asking for it to be reviewed.
Sarah Okafor, our director, who hasn't been involved before, will look at the whole complaint again and send
our <strong>final viewpoint</strong> within 15 working days.</p>
<h2>The Property Ombudsman</h2>
<p>If you're still unhappy after our final viewpoint, or if we haven't resolved your complaint within eight
weeks of first receiving it, you can ask The Property Ombudsman (TPO) to review it. The service is free
and independent. You must have completed our own process first, and refer the complaint to TPO within
<strong>12 months</strong> of our final viewpoint letter.</p>
<address>The Property Ombudsman, Milford House, 43&ndash;55 Milford Street, Salisbury SP1 2BP<br>
Phone 01722 333306 &middot; www.tpos.co.uk</address>
<p>Our TPO membership number is D09874. We're members for both lettings and residential leasehold
management.</p>
<h2>Other routes</h2>
<ul>
 <li>Deposit disagreements go to the deposit protection scheme's free adjudication service: see
 <a href="/tenants/deposits/">your deposit</a>.</li>
 <li>Leaseholders who think a service charge is unreasonable can also apply to the First-tier Tribunal
 (Property Chamber).</li>
</ul>
</div>""",
    _TENANT_SIDEBAR,
)


def _member(name, role, bio, img):
    return f"""   <div class="brxe-div team-card">
    <img src="/wp-content/uploads/2024/02/{img}.jpg" alt="{name}" width="300" height="300" loading="lazy">
    <h3 class="brxe-heading">{name}</h3>
    <div class="brxe-text-basic team-role">{role}</div>
    <div class="brxe-text-basic team-bio">{bio}</div>
   </div>
"""


_ABOUT = (
    _banner(
        "About Redbank",
        "An independent, lettings-only agency in the Northern Quarter since 2009.",
        "About us",
    )
    + """<section class="brxe-section content-section">
 <div class="brxe-container">
  <div class="brxe-text">
  <p>Sarah Okafor set up Redbank in 2009 from a desk above a record shop, after ten years with one of the big
  high street chains. She wanted a lettings agency that did one thing properly, so we've never sold houses and
  never will. Fifteen years on there are 22 of us, still independent, still in the Northern Quarter.</p>
  <h2>Client money protection</h2>
  <p>All the money we hold for other people (rent collected for landlords, tenants' deposits and
  holding deposits, and leaseholders' service charges) is kept in designated client bank accounts at
  NatWest, completely separate from the company's own money. Service charges for each block are held in
  their own trust account. The accounts are independently audited every year.</p>
  <p>We are members of the <strong>Propertymark Client Money Protection scheme</strong> (membership number
  C0081652). If we were ever to go out of business or misuse client money, landlords, tenants and leaseholders
  can claim back the money we were holding for them from the scheme.
  <a href="/wp-content/uploads/2024/04/redbank-cmp-certificate.pdf">Download our CMP certificate (PDF)</a>.</p>
  <h2>Memberships</h2>
  <ul>
   <li>Propertymark (ARLA), with qualified agents on every team</li>
   <li>The Property Ombudsman, for lettings and leasehold management</li>
   <li>mydeposits, for the deposits we hold</li>
   <li>Institute of Residential Property Management (IRPM), for our block management team</li>
   <li>Registered with the Information Commissioner's Office</li>
  </ul>
  </div>
  <h2 class="brxe-heading">Meet the team</h2>
  <div class="brxe-block team-grid">
"""
    + _member(
        "Sarah Okafor",
        "Founder &amp; Director, MARLA",
        "Sets the standard for the whole business and deals with stage 2 complaints.",
        "sarah",
    )
    + _member(
        "Tom Whitfield",
        "Lettings Manager",
        "Runs the lettings team and does most of our rental valuations.",
        "tom",
    )
    + _member(
        "Priya Nair",
        "Senior Property Manager",
        "Looks after our fully managed landlords and their tenants, and the repairs team.",
        "priya",
    )
    + _member(
        "Jamie Doyle",
        "Property Manager &ndash; HMOs",
        "Our HMO and licensing specialist, managing shared houses across south Manchester.",
        "jamie",
    )
    + _member(
        "Helen Brennan",
        "Head of Block Management, AIRPM",
        "Leads the block management team and attends residents' AGMs.",
        "helen",
    )
    + _member(
        "Mark Lowe",
        "Accounts &amp; Client Money",
        "Landlord statements, deposit returns and service charge accounts.",
        "mark",
    )
    + _member(
        "Chloe Hughes",
        "Student Lettings Negotiator",
        "Helps student groups find their house, from first viewing to signing.",
        "chloe",
    )
    + _member(
        "Dan Patel",
        "Inventory Clerk &amp; Compliance",
        "Carries out inventories and check-outs, and books gas and electrical safety checks.",
        "dan",
    )
    + """  </div>
 </div>
</section>
"""
    + _TESTIMONIALS
)

_CONTACT = (
    _banner(
        "Contact us",
        "Call in, ring or email. We're in the Northern Quarter, a short walk from Piccadilly Gardens.",
        "Contact",
    )
    + """<section class="brxe-section content-section">
 <div class="brxe-container two-col">
  <div class="brxe-block">
   <div class="brxe-text">
   <h2>Our office</h2>
   <p>First Floor, 14 Stevenson Square, Northern Quarter, Manchester M1 1FB. The entrance is the blue door
   next to the caf&eacute; on the corner; there's a lift to the first floor.</p>
   <h2>Opening hours</h2>
   <table class="hours">
    <tbody>
     <tr><td>Monday to Friday</td><td>9.00am &ndash; 5.30pm</td></tr>
     <tr><td>Saturday</td><td>10.00am &ndash; 2.00pm (lettings only; the block management team doesn't work
     Saturdays)</td></tr>
     <tr><td>Sunday</td><td>Closed</td></tr>
     <tr><td>Bank holidays</td><td>Closed</td></tr>
    </tbody>
   </table>
   <p>Over Christmas we close at 1pm on 24 December and reopen on 2 January.</p>
   <h2>Getting here</h2>
   <p>Market Street and Piccadilly Gardens Metrolink stops are both about five minutes' walk, and Manchester
   Piccadilly station is ten minutes away. Lots of buses stop at Piccadilly Gardens.</p>
   <p><strong>Parking:</strong> we don't have our own parking. The nearest car park is the NCP on Church
   Street, three minutes' walk away, and there's pay and display parking on Lever Street and around the
   square (it fills up quickly on weekdays). There's a cycle stand on the square outside.</p>
   <h2>Dropping off keys</h2>
   <p>Outside opening hours, put keys in an envelope marked with the property address and your name and post
   them through the key letterbox to the right of our door.</p>
   </div>
  </div>
  <div class="brxe-block">
   <div class="brxe-text">
   <h2>Who to contact</h2>
   <ul>
    <li>Lettings, viewings and valuations: 0161 496 0732, lettings@redbanklettings.co.uk</li>
    <li>Students: students@redbanklettings.co.uk</li>
    <li>Block management and leaseholders: blocks@redbanklettings.co.uk</li>
    <li>Landlord statements and accounts: accounts@redbanklettings.co.uk</li>
    <li>Giving notice: tenancies@redbanklettings.co.uk</li>
   </ul>
   </div>
   <form class="brxe-form contact-form" method="post" action="/contact/">
    <label>Name <input type="text" name="form-field-name" required></label>
    <label>Email <input type="email" name="form-field-email" required></label>
    <label>I am a <select name="form-field-type"><option>Landlord</option><option>Tenant</option>
    <option>Leaseholder</option><option>Student</option></select></label>
    <label>Message <textarea name="form-field-message" rows="5"></textarea></label>
    <button type="submit" class="bricks-button bricks-background-primary">Send message</button>
   </form>
   <img class="map-image" src="/wp-content/uploads/2023/03/redbank-office-map.png"
    alt="Map showing our office on Stevenson Square" width="520" height="340" loading="lazy">
  </div>
 </div>
</section>
"""
)

HTML = {
    "/": _page(
        "/",
        "Lettings &amp; Block Management in Manchester",
        "Independent lettings-only agency and block manager in Manchester since 2009.",
        _HOME,
        "home page-id-7",
    ),
    "/landlords/": _page(
        "/landlords/",
        "Landlord Services &amp; Fees",
        "Tenant find, rent collection and fully managed lettings in Manchester, with a clear fee table.",
        _LANDLORDS,
        "page-id-12",
    ),
    "/landlords/hmo-licensing/": _page(
        "/landlords/hmo-licensing/",
        "HMO Licensing Help",
        "HMO licensing in Manchester: mandatory and additional licensing, room sizes and our application service.",
        _HMO,
        "page-id-31",
    ),
    "/landlords/safety-certificates/": _page(
        "/landlords/safety-certificates/",
        "Landlord Safety Certificates &amp; EPCs",
        "Gas safety, EICR, smoke and CO alarms and EPC rules for landlords, with prices.",
        _SAFETY,
        "page-id-33",
    ),
    "/landlords/rent-guarantee-insurance/": _page(
        "/landlords/rent-guarantee-insurance/",
        "Rent Guarantee Insurance",
        "Rent guarantee and legal expenses insurance for landlords using Redbank.",
        _RGI,
        "page-id-35",
    ),
    "/landlords/inventories/": _page(
        "/landlords/inventories/",
        "Inventories &amp; Check-outs",
        "Photographic inventories, check-ins and check-out reports with prices by property size.",
        _INVENTORIES,
        "page-id-37",
    ),
    "/block-management/": _page(
        "/block-management/",
        "Block Management",
        "Block and estate management for RMCs, RTM companies and freeholders across Greater Manchester.",
        _BLOCK,
        "page-id-14",
    ),
    "/tenants/how-to-apply/": _page(
        "/tenants/how-to-apply/",
        "How to Apply",
        "How to apply for a rental property with Redbank: viewings, holding deposit and move-in money.",
        _APPLY,
        "page-id-41",
    ),
    "/tenants/referencing/": _page(
        "/tenants/referencing/",
        "Referencing, Guarantors &amp; Right to Rent",
        "What our tenant referencing checks, guarantor requirements and right to rent checks.",
        _REFERENCING,
        "page-id-43",
    ),
    "/tenants/deposits/": _page(
        "/tenants/deposits/",
        "Your Deposit",
        "Deposit amount, protection with mydeposits, returns, deductions and disputes.",
        _DEPOSITS,
        "page-id-45",
    ),
    "/tenants/paying-rent/": _page(
        "/tenants/paying-rent/",
        "Paying Your Rent",
        "When and how to pay rent, late rent, Universal Credit and help if you're struggling.",
        _RENT,
        "page-id-47",
    ),
    "/tenants/repairs/": _page(
        "/tenants/repairs/",
        "Repairs &amp; Emergencies",
        "Report a repair, our response times and our 24-hour emergency line for tenants.",
        _REPAIRS,
        "page-id-49",
    ),
    "/tenants/renewing-or-leaving/": _page(
        "/tenants/renewing-or-leaving/",
        "Renewing or Moving Out",
        "Renewing your tenancy, giving notice, leaving early and our moving-out checklist.",
        _LEAVING,
        "page-id-51",
    ),
    "/tenants/faq/": _page(
        "/tenants/faq/",
        "Tenant FAQs",
        "Pets, partners moving in, decorating, bills, insurance and more: answers for tenants.",
        _FAQ,
        "page-id-53",
    ),
    "/students/": _page(
        "/students/",
        "Student Lettings",
        "Student houses in Fallowfield, Withington, Rusholme and Victoria Park. Bills-included options.",
        _STUDENTS,
        "page-id-16",
    ),
    "/complaints/": _page(
        "/complaints/",
        "Complaints Procedure",
        "Our two-stage complaints procedure and how to contact The Property Ombudsman.",
        _COMPLAINTS,
        "page-id-58",
    ),
    "/about/": _page(
        "/about/",
        "About Us &amp; Our Team",
        "Independent lettings-only agency, client money protection, memberships and our team.",
        _ABOUT,
        "page-id-18",
    ),
    "/contact/": _page(
        "/contact/",
        "Contact Us",
        "Find our Stevenson Square office, opening hours, parking and who to contact.",
        _CONTACT,
        "page-id-20",
    ),
}

QUESTIONS = [
    (
        "Hiya, I've got a 2 bed flat in Ancoats and I'm happy to look after it myself once someone's in, "
        "I just need you to find the tenant. What's that going to cost me?",
        "/landlords/",
    ),
    (
        "if I go for rent collection only will you sort out repairs when the tenant reports them or is that me",
        "/landlords/",
    ),
    (
        "I've bought a four bed terrace in Fallowfield and I'm letting it to four students who aren't related. "
        "Do I need some kind of licence off the council?",
        "/landlords/hmo-licensing/",
    ),
    ("How often does the boiler need a gas safety check on a rental?", "/landlords/safety-certificates/"),
    (
        "My flat's energy certificate came back as an F. Am I still allowed to rent it out",
        "/landlords/safety-certificates/",
    ),
    (
        "what does your insurance pay out if my tenant stops paying the rent, and how much is it a month",
        "/landlords/rent-guarantee-insurance/",
    ),
    (
        "How much would you charge to do the inventory on a furnished two bed before my tenant moves in?",
        "/landlords/inventories/",
    ),
    (
        "We're directors of the residents' management company for a block of 24 flats in Salford and we're fed "
        "up with our current managing agent. Roughly what do you charge per flat?",
        "/block-management/",
    ),
    (
        "I'm selling my flat and my solicitor says they need a management pack from you, how much is it and how "
        "quick can I get it",
        "/block-management/",
    ),
    (
        "saw a lovely flat on saturday and want to secure it before someone else does, how much do I need to pay "
        "to hold it",
        "/tenants/how-to-apply/",
    ),
    (
        "I'm self employed, only been going 18 months. what will you need from me for the checks",
        "/tenants/referencing/",
    ),
    ("My mum and dad live in Spain, can they be my guarantor?", "/tenants/referencing/"),
    ("i'm here on a skilled worker visa, what do you need to see to prove I can rent", "/tenants/referencing/"),
    (
        "moved out 3 weeks ago and the landlord wants to keep £400 for professional carpet cleaning, I don't "
        "think thats fair, what can I do",
        "/tenants/deposits/",
    ),
    ("Can I pay my rent with a debit card?", "/tenants/paying-rent/"),
    (
        "I'm on universal credit, can the housing part go straight to my landlord instead of to me",
        "/tenants/paying-rent/",
    ),
    (
        "boilers packed in, its 9pm on a sunday and we've got no heating and no hot water, who do i ring",
        "/tenants/repairs/",
    ),
    (
        "The kitchen tap has been dripping for over a week now. How long should it take for someone to come out "
        "and fix it?",
        "/tenants/repairs/",
    ),
    ("We'd really like to get a kitten, is our landlord allowed to just say no?", "/tenants/faq/"),
    (
        "My boyfriend wants to move in with me halfway through my tenancy, is that ok and is there a charge?",
        "/tenants/faq/",
    ),
    (
        "my contract finishes at the end of August and I want to move out then. How much notice do I have to give",
        "/tenants/renewing-or-leaving/",
    ),
    (
        "there's five of us in first year looking for a house for next September, when do we need to start "
        "looking and do any come with bills included?",
        "/students/",
    ),
    (
        "I've already complained to the branch manager about how my check-out was handled and got nowhere. Who "
        "else can I take this to?",
        "/complaints/",
    ),
    ("If you lot went bust what happens to the rent you've collected for me?", "/about/"),
    ("Where can I park if I come into the office to drop keys off?", "/contact/"),
]

OUT_OF_SCOPE = [
    "Do you offer a zero deposit or deposit replacement scheme so I don't have to pay five weeks up front?",
    "Do you manage commercial units as well, like a shop with a flat above it?",
    "Can you help me get a buy-to-let mortgage for my next property?",
    "If I put all six of my houses with you, do I get a discount on the management fee?",
    "are there any jobs going at your office? I've got two years' lettings experience",
    "Can you recommend a removal firm for when we move in next month?",
    "What's the weather meant to be like in Manchester this weekend?",
    "Who won the derby last night, City or United?",
]
