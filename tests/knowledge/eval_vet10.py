"""An evaluation site: Larchfield Veterinary Surgery, an independent small-animal vet practice in Gatley (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Joomla 4 with the Cassiopeia template:
container-header, a metismenu mod-menu, com-content-article item-page articles, blog-item news on the home
page, card modules in a right sidebar, and a Bootstrap collapse accordion (plus details/summary) for FAQs.
"""

NAME = "Larchfield Veterinary Surgery"

_MENU = [
    ("/", "Home", None),
    (
        None,
        "About Us",
        [
            ("/about-us/our-team/", "Meet the Team"),
            ("/faq/", "FAQs"),
        ],
    ),
    (
        None,
        "Services",
        [
            ("/services/consultations/", "Consultations"),
            ("/services/vaccinations/", "Vaccinations &amp; Pet Travel"),
            ("/services/neutering/", "Neutering"),
            ("/services/dentistry/", "Dentistry"),
            ("/services/microchipping/", "Microchipping"),
            ("/nurse-clinics/", "Nurse Clinics"),
            ("/rabbits-and-exotics/", "Rabbits &amp; Exotics"),
            ("/puppy-and-kitten-packages/", "Puppy &amp; Kitten Packages"),
        ],
    ),
    ("/pet-health-club/", "Pet Health Club", None),
    (
        None,
        "Pharmacy &amp; Fees",
        [
            ("/pharmacy-prescriptions-food/", "Prescriptions &amp; Food"),
            ("/fees-payment-insurance/", "Fees, Payment &amp; Insurance"),
        ],
    ),
    ("/euthanasia-and-cremation/", "Saying Goodbye", None),
    ("/emergencies/", "Emergencies", None),
    (
        None,
        "Contact",
        [
            ("/book-an-appointment/", "Book an Appointment"),
            ("/contact-us/", "Contact &amp; Opening Times"),
        ],
    ),
]


def _menu(current):
    out = ['<ul class="mod-menu mod-menu_dropdown-metismenu metismenu mod-list ">']
    item = 101
    for path, label, children in _MENU:
        item += 1
        if children is None:
            active = " current active" if path == current else ""
            aria = ' aria-current="page"' if path == current else ""
            out.append(
                f'<li class="metismenu-item item-{item} level-1{active}"><a href="{path}"{aria}>{label}</a></li>'
            )
            continue
        parent_active = " active" if any(p == current for p, _ in children) else ""
        out.append(f'<li class="metismenu-item item-{item} level-1 deeper parent{parent_active}">')
        out.append(
            '<button class="mod-menu__heading nav-header mm-collapsed mm-toggler mm-toggler-nolink" '
            f'aria-haspopup="true" aria-expanded="false">{label}</button>'
        )
        out.append('<ul class="mm-collapse">')
        for cpath, clabel in children:
            item += 1
            active = " current active" if cpath == current else ""
            aria = ' aria-current="page"' if cpath == current else ""
            out.append(
                f'<li class="metismenu-item item-{item} level-2{active}"><a href="{cpath}"{aria}>{clabel}</a></li>'
            )
        out.append("</ul></li>")
    out.append("</ul>")
    return "\n".join(out)


_SIDEBAR_HOURS = """<div class="sidebar-right card ">
<h3 class="card-header ">Opening Hours</h3>
<div class="card-body">
<div class="mod-custom custom banner-overlay" id="mod-custom118">
<ul class="list-unstyled hours-summary">
<li><strong>Mon&ndash;Fri:</strong> 8am &ndash; 7pm</li>
<li><strong>Saturday:</strong> 8.30am &ndash; 1pm</li>
<li><strong>Sunday:</strong> Closed</li>
</ul>
<p class="small">Out of hours? See <a href="/emergencies/">Emergencies</a>.</p>
</div>
</div>
</div>"""

_SIDEBAR_BOOK = """<div class="sidebar-right card cta-card">
<h3 class="card-header ">Book Online 24/7</h3>
<div class="card-body">
<div class="mod-custom custom" id="mod-custom119">
<p>Routine appointments, vaccinations and nurse clinics can be booked online any time.</p>
<p><a class="btn btn-primary btn-lg" href="/book-an-appointment/">Book Now</a></p>
<p><a class="btn btn-outline-secondary" href="tel:01614287350">Call 0161 428 7350</a></p>
</div>
</div>
</div>"""

_SIDEBAR_CLUB = """<div class="sidebar-right card club-card">
<h3 class="card-header ">Join the Pet Health Club</h3>
<div class="card-body">
<div class="mod-custom custom" id="mod-custom120">
<p>Spread the cost of your pet&rsquo;s routine care and save on treatment all year round.</p>
<p><a class="btn btn-success" href="/pet-health-club/">Find out more</a></p>
</div>
</div>
</div>"""

_SIDEBAR_REVIEW = """<div class="sidebar-right card reviews-card">
<h3 class="card-header ">What Our Clients Say</h3>
<div class="card-body">
<div class="mod-custom custom testimonials" id="mod-custom121">
<blockquote class="testimonial"><p>&ldquo;Kind, patient and never rushed. Our nervous rescue greyhound actually wags
his tail going in now!&rdquo;</p><footer>&mdash; Claire, Heald Green</footer></blockquote>
<blockquote class="testimonial"><p>&ldquo;Five stars. The nurses kept me updated all day and Pepper came home
happy.&rdquo;</p><footer>&mdash; Mark, Cheadle</footer></blockquote>
</div>
</div>
</div>"""

_SIDEBARS = {
    "hours": _SIDEBAR_HOURS,
    "book": _SIDEBAR_BOOK,
    "club": _SIDEBAR_CLUB,
    "reviews": _SIDEBAR_REVIEW,
}


def _page(path, title, description, body, *, itemid, crumbs=(), sidebar=(), home=False):
    has_sidebar = " has-sidebar-right" if sidebar else ""
    view = "view-featured" if home else "view-article"
    crumb_items = ['<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway">Home</a></li>']
    for label in crumbs[:-1]:
        crumb_items.append(f'<li class="mod-breadcrumbs__item breadcrumb-item"><span>{label}</span></li>')
    if crumbs:
        crumb_items.append(f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>{crumbs[-1]}</span></li>')
    breadcrumbs = (
        ""
        if home
        else (
            '<div class="grid-child container-breadcrumbs">\n'
            '<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">\n'
            '<ol class="mod-breadcrumbs breadcrumb px-3 py-2">\n' + "\n".join(crumb_items) + "\n</ol>\n</nav>\n</div>"
        )
    )
    if home:
        main = body
    else:
        main = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="en-GB">
<div class="page-header">
<h1 itemprop="headline">{title}</h1>
</div>
<dl class="article-info text-muted">
<dt class="article-info-term">Details</dt>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>
<time datetime="2025-02-03T09:12:44+00:00" itemprop="datePublished">Published: 03 February 2025</time></dd>
</dl>
<div itemprop="articleBody" class="com-content-article__body">
{body}
</div>
</div>"""
    side = ""
    if sidebar:
        side = (
            '<div class="grid-child container-sidebar-right">\n' + "\n".join(_SIDEBARS[s] for s in sidebar) + "\n</div>"
        )
    page_title = f"{NAME}" if home else f"{title} - {NAME}"
    return f"""<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{description}">
<meta name="generator" content="Joomla! - Open Source Content Management">
<meta property="og:site_name" content="{NAME}">
<meta property="og:title" content="{title}">
<title>{page_title}</title>
<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
<link href="/media/system/css/joomla-fontawesome.min.css?3c2b0d" rel="stylesheet">
<link href="/media/templates/site/cassiopeia/css/template.min.css?3c2b0d" rel="stylesheet">
<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?3c2b0d" rel="stylesheet">
<link href="/media/vendor/metismenujs/css/metismenujs.min.css?1.4.0" rel="stylesheet">
<link href="/media/templates/site/cassiopeia/css/user.css?3c2b0d" rel="stylesheet">
<link href="/media/plg_system_cookiebar/css/cookiebar.css" rel="stylesheet">
<style>:root {{ --hue: 158; --template-bg-light: #f3f7f5; --template-text-dark: #223a33; }}</style>
<script type="application/json" class="joomla-script-options new">{{"system.paths":{{"root":"","base":""}}}}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
gtag('js',new Date());gtag('config','G-LFV7T2Q9XK',{{'anonymize_ip':true}});</script>
</head>
<body class="site com_content wrapper-static {view} no-layout no-task itemid-{itemid}{has_sidebar}">
<header class="header container-header full-width position-sticky sticky-top">
<div class="container-topbar">
<div class="mod-custom custom topbar-strip" id="mod-custom101">
<p><span class="fa fa-phone" aria-hidden="true"></span> <a href="tel:01614287350">0161 428 7350</a>
&nbsp;|&nbsp; <span class="fa fa-envelope" aria-hidden="true"></span>
<a href="mailto:reception@larchfieldvets.co.uk">reception@larchfieldvets.co.uk</a>
&nbsp;|&nbsp; Emergency? <a href="/emergencies/">Click here</a></p>
</div>
</div>
<div class="grid-child">
<div class="navbar-brand">
<a class="brand-logo" href="/">
<img loading="eager" decoding="async" src="/images/larchfield-logo.png" alt="Larchfield Veterinary Surgery"
 width="260" height="72">
</a>
<div class="site-description">Independent family vets in Gatley</div>
</div>
</div>
<div class="grid-child container-nav">
<nav class="navbar navbar-expand-lg" aria-label="Main Menu">
<button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse"
 data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Toggle Navigation">
<span class="icon-menu" aria-hidden="true"></span>
</button>
<div class="collapse navbar-collapse" id="navbar1">
{_menu(path)}
</div>
</nav>
<div class="container-search">
<div class="header-cta"><a class="btn btn-primary" href="/book-an-appointment/">Book Now</a></div>
</div>
</div>
</header>
<div class="site-grid">
{breadcrumbs}
<div class="grid-child container-component">
<div id="system-message-container" aria-live="polite"></div>
<main>
{main}
</main>
</div>
{side}
</div>
<footer class="container-footer footer full-width">
<div class="grid-child">
<div class="mod-custom custom footer-cols" id="mod-custom130">
<div class="row">
<div class="col-md-4 footer-address">
<h4>Larchfield Veterinary Surgery</h4>
<p>27 Church Road<br>Gatley, Cheadle<br>Cheshire SK8 4NQ</p>
<p>Tel: <a href="tel:01614287350">0161 428 7350</a><br>
Email: <a href="mailto:reception@larchfieldvets.co.uk">reception@larchfieldvets.co.uk</a></p>
</div>
<div class="col-md-4 footer-hours">
<h4>Opening Hours</h4>
<p>Monday &ndash; Friday: 8am &ndash; 7pm<br>Saturday: 8.30am &ndash; 1pm<br>Sunday: Closed</p>
<p>Outside these hours please ring our usual number for emergency cover.</p>
</div>
<div class="col-md-4 footer-social">
<h4>Follow Us</h4>
<ul class="list-inline social-links">
<li class="list-inline-item"><a href="https://www.facebook.com/larchfieldvets" aria-label="Facebook">
<span class="fab fa-facebook-f"></span> Facebook</a></li>
<li class="list-inline-item"><a href="https://www.instagram.com/larchfieldvets" aria-label="Instagram">
<span class="fab fa-instagram"></span> Instagram</a></li>
</ul>
<p class="small">RCVS Practice Standards Scheme accredited practice.</p>
</div>
</div>
<p class="copyright small">&copy; 2025 Larchfield Veterinary Surgery Ltd. Registered in England No. 06893214.
All rights reserved.</p>
</div>
</div>
</footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top">
<span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
</a>
<div id="plg_system_cookiebar" class="cookiebar fixed-bottom bg-dark text-white p-3" role="dialog"
 aria-label="Cookie notice">
<p>We use cookies to make our website work and to understand how it is used. By continuing to browse you
agree to our use of cookies.</p>
<button type="button" class="btn btn-light btn-sm cookiebar-accept">Accept</button>
<button type="button" class="btn btn-outline-light btn-sm cookiebar-decline">Decline</button>
</div>
</body>
</html>
"""


_HOME_BODY = """<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">
<div class="moduletable hero-banner">
<div class="mod-custom custom banner-overlay" id="mod-custom140">
<div class="overlay">
<h1>Caring for Gatley&rsquo;s pets since 2009</h1>
<p class="lead">Friendly, unhurried veterinary care for dogs, cats, rabbits and exotic pets.</p>
<p><a class="btn btn-primary btn-lg" href="/book-an-appointment/">Book an appointment</a>
<a class="btn btn-outline-light btn-lg" href="/pet-health-club/">Join the Pet Health Club</a></p>
</div>
</div>
</div>
<div class="moduletable intro-block">
<div class="mod-custom custom" id="mod-custom141">
<h2>A truly independent practice</h2>
<p>Larchfield is a proper independent vets. We are not owned by, or part of, any of the large corporate
veterinary groups &ndash; the practice is owned and run by our clinical director, Dr Helen Marsh, and every
decision about your pet&rsquo;s care, our prices and the medicines we stock is made here in Gatley, not by
a head office. We think that shows in the time we give you in the consulting room and in the way the same
friendly faces get to know you and your pet over the years.</p>
<p>We are a small team of five vets, six nurses and a wonderful reception team, and we look after pets from
Gatley, Cheadle, Heald Green, Northenden and Cheadle Hulme. We are accredited under the RCVS Practice
Standards Scheme, which means we are regularly inspected on everything from hygiene to anaesthetic safety.</p>
</div>
</div>
<div class="moduletable service-tiles">
<div class="mod-custom custom" id="mod-custom142">
<div class="row tiles">
<div class="col-md-3 tile"><h3><a href="/services/consultations/">Consultations</a></h3>
<p>Unhurried appointments with an experienced vet.</p></div>
<div class="col-md-3 tile"><h3><a href="/services/vaccinations/">Vaccinations</a></h3>
<p>Boosters, kennel cough and pet travel.</p></div>
<div class="col-md-3 tile"><h3><a href="/rabbits-and-exotics/">Rabbits &amp; Exotics</a></h3>
<p>Vets who know small furries, reptiles and birds.</p></div>
<div class="col-md-3 tile"><h3><a href="/puppy-and-kitten-packages/">Puppies &amp; Kittens</a></h3>
<p>Everything your new arrival needs in one pack.</p></div>
</div>
</div>
</div>
<div class="moduletable home-reviews">
<h2>Kind words from our clients</h2>
<div class="mod-custom custom testimonials" id="mod-custom143">
<div class="row">
<blockquote class="col-md-4 testimonial"><p>&ldquo;They treated our old cat Smudge like their own. Can&rsquo;t
thank the whole team enough.&rdquo;</p><footer>&mdash; Janet R. &#9733;&#9733;&#9733;&#9733;&#9733;</footer>
</blockquote>
<blockquote class="col-md-4 testimonial"><p>&ldquo;Always get an appointment the same day when he&rsquo;s
poorly. Brilliant practice.&rdquo;</p><footer>&mdash; Dev P. &#9733;&#9733;&#9733;&#9733;&#9733;</footer>
</blockquote>
<blockquote class="col-md-4 testimonial"><p>&ldquo;Finally a vet that knows about bearded dragons!&rdquo;</p>
<footer>&mdash; Sophie T. &#9733;&#9733;&#9733;&#9733;&#9733;</footer></blockquote>
</div>
</div>
</div>
<h2 class="news-heading">Latest News</h2>
<div class="blog-items items-leading ">
<div class="blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="item-content">
<h2 class="item-title" itemprop="headline">Christmas and New Year opening</h2>
<p>Christmas Eve we are open 8am to 4pm. We are closed on Christmas Day, Boxing Day and New Year&rsquo;s Day,
when our usual out-of-hours emergency cover applies. Between Christmas and New Year (27th to 31st December)
we keep our normal opening hours. Please order repeat medicines by 19th December so nobody runs short over
the holidays.</p>
</div>
</div>
<div class="blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="item-content">
<h2 class="item-title" itemprop="headline">Hot weather: keep your dog cool</h2>
<p>Dogs can overheat quickly in warm weather, especially flat-faced breeds and older or overweight dogs.
Walk early in the morning or late in the evening, never leave a dog in a parked car, and offer plenty of
fresh water and shade. Heavy panting, drooling, wobbliness or collapse need urgent attention.</p>
</div>
</div>
<div class="blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="item-content">
<h2 class="item-title" itemprop="headline">Welcome to Dr James Whitfield</h2>
<p>We are delighted that James has joined the team after graduating from Bristol. You&rsquo;ll find him
in evening consultations most weeks &ndash; say hello!</p>
</div>
</div>
</div>
</div>"""


_TEAM_BODY = """<p>We&rsquo;re a close-knit team and many of us have been at Larchfield for years. Here are the people
you&rsquo;ll meet when you visit.</p>
<h2>Our vets</h2>
<div class="team-grid row">
<div class="col-md-6 team-member">
<h3>Dr Helen Marsh BVSc CertSAM MRCVS &ndash; Clinical Director</h3>
<p>Helen qualified from the University of Liverpool in 1998 and opened Larchfield in 2009 after ten years
in practice around Manchester. She holds a certificate in small animal medicine and is the person to see
about long-term hormonal problems such as diabetes, thyroid disease and Cushing&rsquo;s. Helen consults
Monday, Tuesday and Friday, and shares her home with two elderly cocker spaniels.</p>
</div>
<div class="col-md-6 team-member">
<h3>Dr Tom Okafor BVetMed MRCVS</h3>
<p>Tom qualified from the Royal Veterinary College in 2011 and has been with us since 2014. He has a special
interest in soft tissue and orthopaedic surgery, including cruciate ligament repairs and fracture work, and
does most of our more complicated operations. Tom works Monday to Thursday, operating on Tuesdays and
Thursdays and consulting the rest of the week.</p>
</div>
<div class="col-md-6 team-member">
<h3>Dr Priya Sandhu BVM&amp;S CertZooMed MRCVS</h3>
<p>Priya studied in Edinburgh and went on to gain her certificate in zoological medicine. She leads our
rabbit and exotics service and works Tuesdays, Wednesdays and Fridays. Her own menagerie includes two
house rabbits and a very opinionated African grey.</p>
</div>
<div class="col-md-6 team-member">
<h3>Dr Ellen Ryan MVB MRCVS</h3>
<p>Ellen qualified in Dublin in 2016 and works part-time on Mondays, Thursdays and Saturday mornings. She is
our Cat Advocate, making sure everything we do is as calm as possible for feline patients.</p>
</div>
<div class="col-md-6 team-member">
<h3>Dr James Whitfield BVSc MRCVS</h3>
<p>James graduated from Bristol in 2023 and joined us the same year. He covers many of our evening
appointments and is enjoying building up his surgical experience.</p>
</div>
</div>
<h2>Our nurses</h2>
<ul class="team-list">
<li><strong>Jodie Clarke RVN</strong> &ndash; Head Nurse. Jodie has been with us since we opened and looks
after our anaesthetic monitoring and the hospital ward.</li>
<li><strong>Sam Patel RVN</strong> &ndash; runs our puppy parties and many of the nurse clinics.</li>
<li><strong>Chloe Bennett RVN</strong> &ndash; our weight-loss champion.</li>
<li><strong>Rachel Moore RVN</strong> and <strong>Hannah Lee RVN</strong> &ndash; theatre and ward nurses.</li>
<li><strong>Megan Lowe</strong> &ndash; Student Veterinary Nurse, in her second year of training.</li>
</ul>
<h2>Reception and management</h2>
<p><strong>Karen Hughes</strong> (Senior Receptionist) and <strong>Lewis Grant</strong> are usually the
first voices you&rsquo;ll hear on the phone. <strong>Andrea Doyle</strong> is our Practice Manager and is
happy to help with any feedback or account queries.</p>"""


_CONSULT_BODY = """<p>Most visits to Larchfield start with a consultation. Whether your dog has gone off his food,
your cat has a lump you&rsquo;re worried about or you just want a general check-up, a vet will examine your
pet from nose to tail, listen to what you&rsquo;ve noticed at home and talk you through the options.</p>
<h2>How long is an appointment?</h2>
<p>Standard consultations are 15 minutes. If your pet has several problems, or you would like to talk through
a long-standing condition in detail, please ask reception for a double (30 minute) appointment when you
book so that nobody feels rushed.</p>
<h2>What happens during a consultation</h2>
<p>When you arrive, we&rsquo;ll pop your pet on the walk-on scales in the waiting room. The vet will examine
your pet, explain what they&rsquo;ve found and recommend any tests or treatment. We have an in-house blood
analyser, digital X-ray and ultrasound, so we can often get results the same day. You&rsquo;ll always get a
cost estimate before we go ahead with anything beyond the consultation itself.</p>
<h2>Consultation fees</h2>
<table class="table table-striped price-table">
<thead><tr><th>Appointment</th><th>Price (inc. VAT)</th></tr></thead>
<tbody>
<tr><td>Standard consultation with a vet (15 minutes)</td><td>&pound;52.50</td></tr>
<tr><td>Double consultation (30 minutes)</td><td>&pound;89.00</td></tr>
<tr><td>Repeat check for the same problem within 14 days</td><td>&pound;28.00</td></tr>
<tr><td>Second opinion consultation (30 minutes, includes review of previous records)</td>
<td>&pound;95.00</td></tr>
<tr><td>Home visit by a vet (within 4 miles of the practice)</td><td>&pound;110.00 plus treatment</td></tr>
</tbody>
</table>
<p class="small">Medicines, tests and procedures are charged separately.</p>
<h2>Home visits</h2>
<p>Some pets find the journey to the vets very stressful, some dogs are too big or too wobbly to get in the
car, and some owners simply don&rsquo;t have transport. In these cases one of our vets can come to you.
Home visits take place on weekday afternoons between 1pm and 3pm and need to be booked at least 24 hours
ahead. We cover addresses within 4 miles of the practice, which includes Cheadle, Heald Green, Northenden
and Cheadle Hulme. We can&rsquo;t take X-rays or run every test at home, so for some problems we may still
ask you to bring your pet in afterwards.</p>
<h2>Second opinions</h2>
<p>If your pet is registered elsewhere and you&rsquo;d like a fresh pair of eyes on a problem, we&rsquo;re
happy to help. With your permission we&rsquo;ll request the clinical history from your usual vet before
the appointment.</p>
<p><a class="btn btn-primary" href="/book-an-appointment/">Book a consultation</a></p>"""


_VACC_BODY = """<p>Vaccinations protect your pet from serious, sometimes fatal, infectious diseases. Every booster
appointment includes a full health check with a vet, so it&rsquo;s also a great chance to raise anything
you&rsquo;re worried about.</p>
<h2>What we vaccinate against</h2>
<ul>
<li><strong>Dogs:</strong> distemper, parvovirus, infectious hepatitis and leptospirosis, plus kennel cough
(given as a few drops up the nose, needed by most kennels and doggy day cares).</li>
<li><strong>Cats:</strong> cat flu and feline enteritis, plus feline leukaemia (FeLV) for cats who go
outdoors.</li>
<li><strong>Rabbits:</strong> myxomatosis and both strains of rabbit viral haemorrhagic disease (RVHD1 and
RVHD2) in a single yearly injection.</li>
</ul>
<p>For puppies and kittens starting their first course, please see our
<a href="/puppy-and-kitten-packages/">Puppy &amp; Kitten Packages</a>.</p>
<h2>Vaccination prices</h2>
<table class="table table-bordered price-table">
<thead><tr><th>Vaccination</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Dog annual booster (includes health check)</td><td>&pound;59.00</td></tr>
<tr><td>Kennel cough (intranasal)</td><td>&pound;39.00</td></tr>
<tr><td>Cat annual booster (includes health check)</td><td>&pound;56.00</td></tr>
<tr><td>Rabbit annual myxo/RVHD combined vaccine</td><td>&pound;64.00</td></tr>
<tr><td>Restart course after a lapsed booster (two injections)</td><td>&pound;85.00</td></tr>
<tr><td>Rabies vaccination</td><td>&pound;72.00</td></tr>
<tr><td>Animal Health Certificate for travel</td><td>&pound;189.00</td></tr>
</tbody>
</table>
<h2>Missed a booster?</h2>
<p>Life gets busy, and it happens. If your pet&rsquo;s booster is less than three months overdue, a single
injection is usually enough to get back on track. If it is more than three months overdue, immunity may
have dropped too far (particularly for leptospirosis in dogs), so we will normally recommend restarting the
course with two injections given three to four weeks apart. Your vet will talk this through with you.</p>
<h2>Taking your pet abroad</h2>
<p>Since 2021, pet passports issued in Great Britain can no longer be used to travel to the EU or Northern
Ireland. Instead, dogs, cats and ferrets need an Animal Health Certificate (AHC) for each trip. Our Official
Veterinarians issue these by appointment on Thursdays and Fridays.</p>
<ol>
<li>Your pet must be microchipped before (or on the same day as) the rabies vaccination.</li>
<li>Your pet must be at least 12 weeks old to be vaccinated against rabies, and you must then wait
<strong>21 days</strong> after the vaccination before travelling.</li>
<li>The AHC must be issued by us no more than <strong>10 days</strong> before you arrive in the EU. Please
book this appointment as soon as you know your dates, and bring your ferry or tunnel booking details.</li>
<li>Dogs going to Ireland, Finland, Malta or Norway also need tapeworm treatment from a vet 1 to 5 days
before arrival.</li>
</ol>
<p>Our advice is to start planning at least two months before you go.</p>"""


_CLUB_BODY = """<p>The Larchfield Pet Health Club spreads the cost of your pet&rsquo;s routine preventive care
into simple monthly Direct Debit payments, and gives members money off almost everything else we do. There
is no joining fee.</p>
<h2>What&rsquo;s included for dogs and cats</h2>
<ul class="checklist">
<li>Annual booster vaccination (dogs also get their yearly kennel cough vaccine)</li>
<li>Two full health checks a year with a vet &ndash; one at booster time, one six months later</li>
<li>Flea, tick and worm treatment all year round, including lungworm protection for dogs</li>
<li>Free appointments at all our <a href="/nurse-clinics/">nurse clinics</a></li>
<li>10% off all other treatment, including operations, dentals and medicines</li>
<li>5% off prescription diet food</li>
</ul>
<h2>What&rsquo;s included for rabbits</h2>
<ul class="checklist">
<li>Annual myxomatosis and RVHD vaccination</li>
<li>Two health checks a year, including a teeth check</li>
<li>Flystrike prevention treatment through the summer months</li>
<li>Free nurse clinic appointments and 10% off other treatment</li>
</ul>
<h2>Monthly prices</h2>
<table class="table table-striped price-table">
<thead><tr><th>Pet</th><th>Per month</th></tr></thead>
<tbody>
<tr><td>Cat</td><td>&pound;15.50</td></tr>
<tr><td>Small dog (up to 10kg)</td><td>&pound;17.50</td></tr>
<tr><td>Medium dog (10&ndash;25kg)</td><td>&pound;20.00</td></tr>
<tr><td>Large dog (25&ndash;40kg)</td><td>&pound;23.50</td></tr>
<tr><td>Giant dog (over 40kg)</td><td>&pound;27.00</td></tr>
<tr><td>Rabbit</td><td>&pound;10.50</td></tr>
</tbody>
</table>
<p>Dogs move up or down a band at their annual check if their weight has changed. Prices are reviewed
each April and we give at least 30 days&rsquo; notice of any change.</p>
<h2>How to join</h2>
<p>Sign up at reception or ask at your next appointment. Payments are taken on the 1st or 15th of the month,
whichever suits you, and your discounts start as soon as the first payment has been collected.</p>
<details class="accordion-item club-terms">
<summary class="accordion-toggle">Membership terms and cancelling</summary>
<div class="accordion-panel">
<p>Membership runs for a minimum of 12 months. After the first 12 months you can cancel at any time by
giving one month&rsquo;s notice in writing or by email.</p>
<p>If you need to cancel during the first 12 months, for example because you are moving away, we will add
up the value of the treatments and discounts your pet has received and compare it with what you have paid.
If you have received more than you have paid, the difference is payable before the membership ends.</p>
<p>If your pet sadly dies while a member, membership ends straight away with nothing more to pay.</p>
</div>
</details>"""


_NEUTER_BODY = """<p>Neutering prevents unwanted litters and can protect against some cancers and infections
later in life. It&rsquo;s one of the most common operations we do, and our nurses will look after your pet
from the moment you drop them off until they go home.</p>
<h2>When should my pet be neutered?</h2>
<ul>
<li><strong>Cats:</strong> from four months old, male or female.</li>
<li><strong>Dogs:</strong> small and medium breeds from about six months. We usually spay bitches three months
after their first season. For large and giant breeds we often recommend waiting until 12&ndash;18 months so
their joints can finish developing &ndash; your vet will advise.</li>
<li><strong>Rabbits:</strong> males from around 12 weeks, females from five to six months.</li>
</ul>
<h2>Neutering prices</h2>
<table class="table table-bordered price-table">
<thead><tr><th>Procedure</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Cat castration</td><td>&pound;98</td></tr>
<tr><td>Cat spay</td><td>&pound;139</td></tr>
<tr><td>Rabbit castration</td><td>&pound;129</td></tr>
<tr><td>Rabbit spay</td><td>&pound;179</td></tr>
<tr><td>Dog castration &ndash; under 10kg / 10&ndash;25kg / 25&ndash;40kg / over 40kg</td>
<td>&pound;265 / &pound;315 / &pound;370 / &pound;425</td></tr>
<tr><td>Dog spay &ndash; under 10kg / 10&ndash;25kg / 25&ndash;40kg / over 40kg</td>
<td>&pound;335 / &pound;399 / &pound;465 / &pound;545</td></tr>
<tr><td>Keyhole (laparoscopic) spay &ndash; supplement on the dog spay price</td><td>&pound;195</td></tr>
<tr><td>Pre-anaesthetic blood test (recommended for pets over 8)</td><td>&pound;62</td></tr>
<tr><td>Recovery suit or buster collar</td><td>&pound;18</td></tr>
</tbody>
</table>
<p class="small">Prices include the anaesthetic, pain relief to take home and two post-op checks.</p>
<h2>The night before and the day of the operation</h2>
<p>For dogs and cats: no food after 8pm the night before. Water can be left down overnight and taken up
when you get up in the morning. Keep cats in overnight so they can&rsquo;t find a snack elsewhere.</p>
<p><strong>Rabbits and guinea pigs are different:</strong> they must not be starved before an anaesthetic.
Keep feeding them as normal and bring a small bag of their usual hay and greens with them so they can eat
as soon as they wake up.</p>
<p>Drop-off is between 8.15am and 8.45am. A nurse will go through the consent form with you (allow about
ten minutes) and check the best number to reach you on. We&rsquo;ll ring you once your pet is awake, and
most pets go home between 3pm and 6pm the same day.</p>
<h2>Aftercare</h2>
<p>Keep your pet quiet for ten days: lead walks only for dogs, indoors for cats. Don&rsquo;t let them lick
the wound and don&rsquo;t bath them. We&rsquo;ll see them for free checks at three days and ten days after
the operation. Most wounds are closed with dissolvable stitches.</p>"""


_DENTAL_BODY = """<p>Dental disease is one of the most common problems we see &ndash; most dogs and cats over
three have some degree of it. Because pets hide pain so well, many owners only realise how uncomfortable
their pet was once the bad teeth have been treated.</p>
<h2>Signs to look out for</h2>
<ul>
<li>Bad breath</li>
<li>Dropping food, chewing on one side or going off hard food</li>
<li>Pawing or rubbing at the mouth, or drooling</li>
<li>Red, swollen or bleeding gums and brown tartar on the teeth</li>
</ul>
<p>If you&rsquo;ve noticed any of these, book a free dental check with one of our nurses, who will look at
your pet&rsquo;s mouth and let you know whether a vet needs to see them.</p>
<h2>Dental treatment under anaesthetic</h2>
<p>A proper dental can only be done safely with your pet under general anaesthetic. Every dental includes
full-mouth dental X-rays and charting, so we can see problems hiding below the gum line, followed by an
ultrasonic scale and polish. Any loose, broken or diseased teeth are removed. You will get a written
estimate when your pet is admitted, and we&rsquo;ll phone you during the procedure if we find more than
expected.</p>
<table class="table table-striped price-table">
<thead><tr><th>Dental procedure</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Grade 1 &ndash; scale and polish, X-rays, no extractions</td><td>&pound;355</td></tr>
<tr><td>Grade 2 &ndash; as grade 1 plus up to three simple extractions</td><td>&pound;495</td></tr>
<tr><td>Grade 3 &ndash; surgical extractions or advanced disease</td><td>from &pound;695</td></tr>
<tr><td>Rabbit dental &ndash; burring of overgrown teeth under sedation</td><td>&pound;185</td></tr>
</tbody>
</table>
<p class="small">Prices include anaesthetic, monitoring, X-rays, pain relief and a free post-dental check.</p>
<h2>Looking after teeth at home</h2>
<p>Daily brushing is the gold standard. Start slowly with a finger brush and build up over a few weeks.
Always use a toothpaste made for pets: never use human toothpaste, as it contains fluoride and sometimes
xylitol, which is poisonous to dogs. Pet toothpaste is designed to be swallowed and comes in flavours like
chicken. Dental chews and special dental diets can help too, and we&rsquo;re happy to show you how to brush
at your pet&rsquo;s next visit.</p>"""


_CHIP_BODY = """<p>A microchip is the best way to make sure a lost pet comes home. It&rsquo;s about the size of a
grain of rice and is placed under the skin between the shoulder blades with a needle, much like a
vaccination. No anaesthetic is needed and it only takes a few seconds.</p>
<h2>Price</h2>
<table class="table table-bordered price-table">
<tbody>
<tr><td>Microchip, including registration on a national database</td><td>&pound;24.50</td></tr>
<tr><td>Microchip placed while your pet is under anaesthetic for another procedure</td><td>&pound;15.00</td></tr>
<tr><td>Checking that an existing chip can be read</td><td>Free</td></tr>
</tbody>
</table>
<h2>What the law says</h2>
<p>All dogs in England must be microchipped by the time they are eight weeks old, and this has been the law
since 2016. Since 10 June 2024, <strong>cats</strong> in England must also be microchipped by the age of 20
weeks. This applies to every pet cat, including cats that live entirely indoors, because even indoor cats
can slip out of an open door or window. Owners whose cat or dog is not chipped can be given 21 days to get
it done and may be fined up to &pound;500.</p>
<h2>Keep your details up to date</h2>
<p>We register your pet&rsquo;s chip in your name when we implant it, but it&rsquo;s your responsibility to
update the database if you move house or change your phone number. Some databases charge a small fee for
changes. If you&rsquo;re not sure which database your pet is on, we can scan the chip and tell you.</p>
<h2>Found a stray or lost pet?</h2>
<p>If you&rsquo;ve found a dog or cat that seems to be lost, bring it in at any time during our opening
hours and we will scan it for a chip free of charge. If there is a chip, we&rsquo;ll contact the database
so the owner can be reached. Stray dogs that aren&rsquo;t chipped need to be reported to the council&rsquo;s
dog warden. Please handle unfamiliar animals carefully and use a carrier or a lead if you can.</p>"""


_EXOTICS_BODY = """<p>Rabbits and exotic pets need vets who understand them. Our exotics service is led by
Dr Priya Sandhu, who holds a certificate in zoological medicine, and all our nurses are trained in handling
small furries, reptiles and birds.</p>
<h2>Which animals do we see?</h2>
<ul>
<li><strong>Small mammals:</strong> rabbits, guinea pigs, chinchillas, rats, hamsters, degus and ferrets</li>
<li><strong>Reptiles:</strong> tortoises, bearded dragons, leopard geckos and non-venomous snakes</li>
<li><strong>Birds:</strong> budgies, cockatiels, canaries and parrots</li>
</ul>
<p>We don&rsquo;t treat venomous species, fish, horses or farm animals.</p>
<h2>Exotic appointments</h2>
<p>Exotic consultations are 20 minutes long so there is time to talk about diet, housing and heating, which
are behind many of the problems we see. They run on Tuesdays, Wednesdays and Fridays and cost
&pound;59.00.</p>
<h2>Tortoise hibernation checks</h2>
<p>Every tortoise should have a pre-hibernation health check before going into its winter sleep, ideally
in late August or September. We weigh your tortoise, check its eyes, mouth and shell, test a poo sample for
worms and, if needed, run a blood test, so that only healthy tortoises with enough reserves are hibernated.
The pre-hibernation check costs &pound;49. We also recommend a check when your tortoise wakes up in spring.</p>
<h2>Bringing your pet to see us</h2>
<ul>
<li><strong>Rabbits and guinea pigs:</strong> travel in a secure carrier with a towel and some hay. Bring
bonded companions along too &ndash; it keeps them calm.</li>
<li><strong>Reptiles:</strong> put them in a secure box or pillowcase inside a cool box. In cold weather, add
a hot water bottle wrapped in a towel so they don&rsquo;t get chilled on the way.</li>
<li><strong>Birds:</strong> a small travel cage with a cover over it.</li>
</ul>
<p>It helps enormously if you bring photos of your pet&rsquo;s set-up and details of what they eat.</p>
<h2>Rabbit emergencies</h2>
<p>A rabbit that stops eating or stops producing droppings can become seriously ill within hours. If this
happens, ring us straight away.</p>"""


_NURSE_BODY = """<p>Our Registered Veterinary Nurses are highly trained and run a range of clinics where they
can spend time with you and your pet. Nurse clinics run Monday to Friday between 2pm and 4pm and are 20
minutes long. If the nurse finds anything that needs a vet, they&rsquo;ll arrange it for you.</p>
<h2>Clinics and prices</h2>
<table class="table table-striped price-table">
<thead><tr><th>Clinic</th><th>Price</th><th>Health Club members</th></tr></thead>
<tbody>
<tr><td>Nail clipping (dogs, cats, rabbits and guinea pigs)</td><td>&pound;16.00</td><td>Free</td></tr>
<tr><td>Weight management clinic</td><td>Free</td><td>Free</td></tr>
<tr><td>Post-operative wound checks</td><td>Free</td><td>Free</td></tr>
<tr><td>Stitch removal (if the operation was done elsewhere)</td><td>&pound;20.00</td><td>Free</td></tr>
<tr><td>Senior pet check for pets over 8 (weight, urine test, blood pressure)</td><td>&pound;35.00</td>
<td>Free</td></tr>
<tr><td>Blood pressure check for cats</td><td>&pound;30.00</td><td>Free</td></tr>
<tr><td>Help with giving tablets, eye drops or ear drops</td><td>Free</td><td>Free</td></tr>
</tbody>
</table>
<h2>Weight management clinic</h2>
<p>More than half of the dogs and cats we see are carrying extra weight, and it makes arthritis, diabetes
and breathing problems more likely. Nurse Chloe will weigh your pet, assess their body condition, and work
out a target weight and exactly how much to feed. You&rsquo;ll then come back once a month for a weigh-in
and a chat &ndash; and we celebrate every pet that reaches their goal on our &ldquo;slimmer of the
month&rdquo; board.</p>
<h2>Senior pet checks</h2>
<p>Older pets often hide early signs of kidney disease, high blood pressure or arthritis. A senior check
every six months helps us catch problems early, when they are easier to treat.</p>
<p><a class="btn btn-primary" href="/book-an-appointment/">Book a nurse clinic</a></p>"""


_PUPPY_BODY = """<p>Congratulations on your new arrival! Our starter packs bundle everything your puppy or
kitten needs in their first few months into one price, saving you money compared with paying for each item
separately.</p>
<h2>Puppy Starter Pack &ndash; &pound;139</h2>
<ul class="checklist">
<li>First and second vaccinations (distemper, parvovirus, hepatitis and leptospirosis)</li>
<li>Full health check with a vet at each vaccination</li>
<li>Microchip and registration</li>
<li>Flea and worm treatment until six months old</li>
<li>A place on our four-week puppy party course</li>
<li>Four weeks&rsquo; free pet insurance cover (activated at the first visit)</li>
<li>A welcome bag with food samples and a guide to puppy care</li>
</ul>
<h2>Kitten Starter Pack &ndash; &pound;119</h2>
<ul class="checklist">
<li>First and second vaccinations (cat flu and enteritis, with feline leukaemia if your kitten will go
outside)</li>
<li>Full health check with a vet at each vaccination</li>
<li>Microchip and registration</li>
<li>Flea and worm treatment until six months old</li>
<li>10% off the price of neutering</li>
</ul>
<h2>Vaccination timing</h2>
<p>Puppies have their first vaccination from 8 weeks old and their second two to four weeks later. They can
go out for walks and meet other dogs one week after the second injection. Kittens are vaccinated at 9 and
12 weeks.</p>
<h2>Puppy parties</h2>
<p>Our puppy parties are run by nurse Sam on Wednesday evenings from 7.15pm to 8.15pm, here at the practice
after we close to the public. The course lasts four weeks and is for puppies between 10 and 16 weeks old
that have had at least their first vaccination. Puppies learn to be handled, meet people of all ages and
get used to everyday noises, while owners pick up tips on feeding, teething and toilet training. Places
are included in the Puppy Starter Pack or cost &pound;40 on their own.</p>"""


_EMERG_BODY = """<p>If you think your pet needs urgent help, don&rsquo;t wait &ndash; ring us. Emergencies are
seen any time of the day or night.</p>
<h2>During our opening hours</h2>
<p>Call us on <a href="tel:01614287350">0161 428 7350</a> and tell reception it&rsquo;s an emergency. We keep
emergency slots free every day and a vet will see your pet as quickly as possible. Please ring before you
set off, rather than just arriving, so we can get ready for you.</p>
<h2>Evenings, nights, weekends and bank holidays</h2>
<p>When we are closed &ndash; after 7pm on weekdays, from 1pm on Saturdays, all day Sunday and on bank
holidays &ndash; our emergency cover is provided by <strong>Northway Pet Emergency Hospital</strong> in
Bredbury, which has a vet and nurses on site all night, every night.</p>
<ul>
<li>Ring our usual number and follow the message, which puts you straight through, or call Northway
directly on <a href="tel:01614802299">0161 480 2299</a>.</li>
<li>Address: Unit 4, Bredbury Parkway, Stockport SK6 2SN &ndash; about 20 minutes&rsquo; drive from
Gatley.</li>
<li>Always phone first so the team know you&rsquo;re on your way.</li>
</ul>
<p>Northway set their own fees, which are higher than ours because of the cost of staffing overnight: an
emergency consultation starts from &pound;189 on weekday evenings and from &pound;249 overnight, on Sundays
and on bank holidays. Payment is expected at the time. They send your pet&rsquo;s notes to us the next
working day so we can carry on their care.</p>
<h2>Is it an emergency?</h2>
<p>Call straight away if your pet:</p>
<ul>
<li>is struggling to breathe, has collapsed or is having a fit</li>
<li>has been hit by a car or has a wound that won&rsquo;t stop bleeding</li>
<li>has a swollen, tight tummy and is retching without bringing anything up</li>
<li>is straining to pee and nothing comes out (especially male cats)</li>
<li>has eaten something poisonous</li>
</ul>
<h2>Poisoning</h2>
<p>Common poisons include chocolate (dark chocolate is the most dangerous), grapes, raisins and sultanas,
sugar-free sweets and gum containing xylitol, rat poison, ibuprofen and paracetamol, lilies (for cats) and
antifreeze. Don&rsquo;t try to make your pet sick at home with salt water or anything else &ndash; it can
be dangerous. Phone us, or Northway if we&rsquo;re closed, straight away, tell us roughly how much was eaten
and when, and bring the wrapper or packet with you.</p>"""


_PHARM_BODY = """<p>Our dispensary stocks the medicines, flea and worm treatments and prescription diets our
patients need most, and we can order almost anything else for the next working day.</p>
<h2>Repeat prescriptions</h2>
<p>If your pet is on long-term medication, please order repeats at least <strong>48 hours (two working
days)</strong> before you need to collect them. You can order through the repeat prescription form in your
online account, by phone or by email, and we&rsquo;ll send you a text when they&rsquo;re ready to collect
from reception. Orders placed after 12 noon on a Friday will be ready from Tuesday.</p>
<h2>Check-ups for pets on long-term medicine</h2>
<p>By law a vet can only prescribe for an animal under their care, so for most ongoing medicines we need to
see your pet at least every six months. Some conditions, such as thyroid disease, epilepsy and heart
problems, also need regular blood tests to make sure the dose is still right. If a check is due we&rsquo;ll
let you know when you order.</p>
<h2>Buying medicines elsewhere: written prescriptions</h2>
<p>You are entitled to ask us for a written prescription so you can buy your pet&rsquo;s medicine from an
online or other pharmacy. We charge &pound;24 per written prescription, which can cover more than one
medicine for the same pet. Written prescriptions are valid for six months (28 days for controlled drugs),
and we can email them straight to the pharmacy of your choice or give you a paper copy. The same check-up
rules apply.</p>
<h2>Prescription diets and pet food</h2>
<p>We stock prescription diets from Hill&rsquo;s, Royal Canin and Purina for problems such as kidney disease,
urinary crystals, sensitive stomachs and weight loss. If we don&rsquo;t have your bag size in, order by 2pm
and it will usually be here the next working day. We can deliver food and repeat medicines to homes within
three miles of the practice on Thursday afternoons for &pound;3.50.</p>
<h2>Controlled drugs and returns</h2>
<p>Some medicines are controlled drugs, and we&rsquo;ll need to see photo ID when you collect them. For
safety reasons we cannot take back medicines once they have left the practice, but please do bring any
unused or out-of-date medicines back to us so that we can dispose of them safely, free of charge.</p>"""


_FEES_BODY = """<h2>Paying your bill</h2>
<p>Payment is due at the end of each consultation, or when you collect your pet after an operation or
hospital stay. We accept:</p>
<ul>
<li>debit and credit cards (Visa, Mastercard and American Express)</li>
<li>Apple Pay and Google Pay</li>
<li>cash</li>
</ul>
<p>We do not accept cheques and are unable to offer credit accounts.</p>
<h2>Estimates and deposits</h2>
<p>We will always give you a written estimate before any operation or hospital stay, and we&rsquo;ll call you
if costs look likely to go over it. For planned procedures we ask for a deposit of 50% of the estimate when
your pet is admitted.</p>
<h2>Spreading the cost of a large bill</h2>
<p>For bills over &pound;350 we can offer interest-free finance through our partner, PawPlan Finance. You
can spread the cost over 3, 6 or 10 monthly payments. Applications take about ten minutes at reception and
are subject to a credit check, so please bring photo ID and your bank details. Please let us know before
treatment if you&rsquo;d like to use finance.</p>
<h2>Other common charges</h2>
<table class="table table-striped price-table">
<tbody>
<tr><td>Hospitalisation, per day</td><td>&pound;68.00</td></tr>
<tr><td>Intravenous fluids, per day</td><td>&pound;55.00</td></tr>
<tr><td>Dispensing fee, per medicine</td><td>&pound;4.50</td></tr>
</tbody>
</table>
<h2>Insurance claims</h2>
<p>We strongly recommend pet insurance, and we&rsquo;re happy to help you claim. Normally you pay us in full
and claim the money back from your insurer.</p>
<p><strong>Direct claims:</strong> for treatment costing over &pound;300 we can claim directly from most
major UK insurers, so you don&rsquo;t have to pay the whole bill yourself. To do this we need:</p>
<ul>
<li>confirmation from your insurer that your pet is covered for the condition (for planned treatment, a
pre-authorisation);</li>
<li>your excess and any items your policy doesn&rsquo;t cover paid at the time of treatment;</li>
<li>the claim form signed by you.</li>
</ul>
<p>If your insurer turns down the claim or pays less than expected, the balance is your responsibility and
must be paid within 14 days.</p>
<p>We charge an administration fee of &pound;25 for completing a claim form, or &pound;40 for a direct claim.
We aim to complete claim forms within five working days.</p>
<div class="accordion-details">
<details class="accordion-item">
<summary class="accordion-toggle">Can you tell me which insurance to buy?</summary>
<div class="accordion-panel"><p>We&rsquo;re not allowed to recommend a specific insurer or policy, but we do
suggest looking for lifetime cover, which renews the vet fee limit each year, rather than time-limited
policies that stop paying for a condition after 12 months.</p></div>
</details>
</div>"""


_EUTH_BODY = """<p>Saying goodbye to a much-loved pet is one of the hardest decisions you&rsquo;ll ever make.
We&rsquo;ll help you make it with as much kindness and as little stress as possible, and you can talk it
through with one of our vets beforehand if you&rsquo;re unsure whether the time is right.</p>
<h2>At the practice</h2>
<p>When you ring, just tell reception you&rsquo;d like to arrange a quiet appointment. We&rsquo;ll book you
in at a calm time of day, and you won&rsquo;t need to sit in the waiting room: our family room has its own
entrance from the garden at the side of the building. Most pets are given a sedative first so they are
relaxed and sleepy, and you&rsquo;re very welcome to stay with them throughout. If you&rsquo;d like, we can
settle the bill in advance so you don&rsquo;t have to think about it on the day.</p>
<h2>At home</h2>
<p>Many families prefer their pet to be put to sleep peacefully at home, in familiar surroundings and with
the rest of the family present. A vet and a nurse will visit together. Home euthanasia is available on
weekdays, ideally booked a day or two ahead, and costs &pound;295 plus your choice of cremation.</p>
<h2>Cremation</h2>
<p>We work with Meadowbank Pet Crematorium, a family-run crematorium near Macclesfield, who collect from us.</p>
<table class="table table-bordered price-table">
<thead><tr><th></th><th>Small pet / rabbit</th><th>Cat</th><th>Dog under 25kg</th><th>Dog over 25kg</th></tr>
</thead>
<tbody>
<tr><td>Euthanasia at the practice</td><td>&pound;85</td><td>&pound;95</td><td>&pound;125</td>
<td>&pound;145</td></tr>
<tr><td>Communal cremation (ashes not returned)</td><td>&pound;40</td><td>&pound;75</td><td>&pound;110</td>
<td>&pound;150</td></tr>
<tr><td>Individual cremation, ashes returned</td><td>&pound;150</td><td>&pound;185</td><td>&pound;225</td>
<td>from &pound;265</td></tr>
</tbody>
</table>
<p>With a communal cremation, ashes are scattered in the crematorium&rsquo;s memorial gardens. With an
individual cremation, your pet&rsquo;s ashes come back in a wooden casket or a scatter tube, whichever you
prefer, usually within 10 to 14 days; we&rsquo;ll phone you when they&rsquo;re ready to collect. We can also
make a clay paw print (&pound;30) or keep a clipping of fur for you free of charge.</p>
<h2>Burying your pet at home</h2>
<p>You can bury your pet in your own garden as long as you own the property (not rented), the grave is well
away from any water course, and it&rsquo;s deep enough that other animals can&rsquo;t disturb it.</p>
<h2>Support after your loss</h2>
<p>Grief for a pet is real. The Blue Cross Pet Bereavement Support Service offers free, confidential
support on 0800 096 6606, and our team are always here to talk.</p>"""


_BOOK_BODY = """<p>You can book an appointment with a vet or nurse in whichever way suits you best.</p>
<div class="row booking-options">
<div class="col-md-4 card option"><div class="card-body">
<h3>Online</h3>
<p>Book routine consultations, vaccinations and nurse clinics 24 hours a day through
<a href="#online-booking">Larchfield Online</a>. Operations and emergencies can&rsquo;t be booked online.</p>
</div></div>
<div class="col-md-4 card option"><div class="card-body">
<h3>By phone</h3>
<p>Call <a href="tel:01614287350">0161 428 7350</a> during opening hours.</p>
</div></div>
<div class="col-md-4 card option"><div class="card-body">
<h3>In person</h3>
<p>Pop in and see the reception team.</p>
</div></div>
</div>
<h2 id="online-booking">Same-day appointments</h2>
<p>We hold appointments back every day for poorly pets, so if your pet is unwell please ring in the morning
and we&rsquo;ll do our best to see you that day. If you&rsquo;d like to see a particular vet, you may have
to wait a little longer for an appointment.</p>
<h2>New to Larchfield?</h2>
<p>Registering is free. Fill in the new client form on Larchfield Online or at reception with your contact
details, your pet&rsquo;s details and the name of your previous vet. With your permission, we&rsquo;ll ask
your old practice to send over your pet&rsquo;s records. For your first appointment, please arrive five
minutes early and bring your pet&rsquo;s vaccination card and any medicines they are taking.</p>
<h2>Reminders</h2>
<p>We send a text reminder the day before your appointment, and we&rsquo;ll remind you when vaccinations and
check-ups are due.</p>
<h2>Cancellations and missed appointments</h2>
<p>If you can&rsquo;t make your appointment, please let us know at least <strong>24 hours</strong> beforehand
by phone, email or through Larchfield Online, so we can offer the slot to another pet. Cancelling with 24
hours&rsquo; notice or more is free. Appointments missed without notice, or cancelled with less than 24
hours&rsquo; notice, are charged at &pound;25. For operations, we ask for 48 hours&rsquo; notice; late
cancellations and no-shows for operations lose &pound;50 of the deposit.</p>
<p>If you arrive more than ten minutes late, we may have to rebook your appointment so that other clients
aren&rsquo;t kept waiting.</p>"""


_CONTACT_BODY = """<div class="contact-details">
<p><strong>Larchfield Veterinary Surgery</strong><br>27 Church Road, Gatley, Cheadle, Cheshire SK8 4NQ</p>
<p>Phone: <a href="tel:01614287350">0161 428 7350</a><br>
Email: <a href="mailto:reception@larchfieldvets.co.uk">reception@larchfieldvets.co.uk</a></p>
<p><a href="https://www.google.com/maps/search/27+Church+Road+Gatley+SK8+4NQ" class="btn btn-secondary">
Get directions</a></p>
</div>
<h2>Opening times</h2>
<table class="table table-striped opening-times">
<thead><tr><th>Day</th><th>Reception open</th><th>Appointments</th></tr></thead>
<tbody>
<tr><td>Monday &ndash; Friday</td><td>8.00am &ndash; 7.00pm</td><td>8.30am &ndash; 6.45pm</td></tr>
<tr><td>Saturday</td><td>8.30am &ndash; 1.00pm</td><td>9.00am &ndash; 12.30pm</td></tr>
<tr><td>Sunday</td><td>Closed</td><td>&ndash;</td></tr>
<tr><td>Bank holidays</td><td>Closed</td><td>&ndash;</td></tr>
</tbody>
</table>
<p>When we&rsquo;re closed, please see our <a href="/emergencies/">emergencies page</a>.</p>
<h2>Parking</h2>
<p>We have our own free car park behind the practice with nine spaces, including two wide disabled bays
next to the entrance. The car park entrance is on Bramley Close, the side road just past the surgery &ndash;
not from Church Road itself. If our car park is full, there is free on-street parking on Bramley Close, and
the council car park on Gatley Road is free for up to two hours.</p>
<h2>Public transport</h2>
<p>The 42 bus between Stockport and Manchester Airport stops right outside, by the library. Gatley railway
station is an eight-minute walk away.</p>
<h2>Accessibility</h2>
<p>The main entrance has a gentle ramp and automatic doors, and we have an accessible toilet and a hearing
loop at reception. If you need a hand getting your pet in from the car, ring us from the car park and one
of the team will come out.</p>"""


_FAQ_BODY = """<p>Can&rsquo;t find what you&rsquo;re looking for? Give us a ring &ndash; we&rsquo;re always happy
to help.</p>
<div class="accordion" id="faqAccordion">
<div class="accordion-item">
<h2 class="accordion-header" id="faq-h1">
<button class="accordion-button accordion-toggle collapsed" type="button" data-bs-toggle="collapse"
 data-bs-target="#faq-c1" aria-expanded="false" aria-controls="faq-c1">Do you have a separate waiting
area for cats?</button>
</h2>
<div id="faq-c1" class="accordion-collapse collapse accordion-panel" aria-labelledby="faq-h1"
 data-bs-parent="#faqAccordion">
<div class="accordion-body"><p>Yes. We are an ISFM Silver Cat Friendly Clinic, with a cats-only waiting room
to the left of reception, raised shelves so carriers aren&rsquo;t on the floor, and a separate cat ward for
hospital stays.</p></div>
</div>
</div>
<div class="accordion-item">
<h2 class="accordion-header" id="faq-h2">
<button class="accordion-button accordion-toggle collapsed" type="button" data-bs-toggle="collapse"
 data-bs-target="#faq-c2" aria-expanded="false" aria-controls="faq-c2">My dog is nervous or reactive with
other dogs. What can you do to help?</button>
</h2>
<div id="faq-c2" class="accordion-collapse collapse accordion-panel" aria-labelledby="faq-h2"
 data-bs-parent="#faqAccordion">
<div class="accordion-body"><p>Please mention it when you book. We can give you the first or last
appointment of the day when it&rsquo;s quieter, and you&rsquo;re welcome to wait in your car outside
&ndash; just ring us when you arrive and we&rsquo;ll call you when the vet is ready, then bring you straight
in through the side door, avoiding the waiting room. For very anxious dogs the vet can prescribe calming
medication to give before the visit, and we&rsquo;re happy for you to pop in for &ldquo;happy visits&rdquo;
with treats and no injections.</p></div>
</div>
</div>
<div class="accordion-item">
<h2 class="accordion-header" id="faq-h3">
<button class="accordion-button accordion-toggle collapsed" type="button" data-bs-toggle="collapse"
 data-bs-target="#faq-c3" aria-expanded="false" aria-controls="faq-c3">Can I stay with my pet while they
have their anaesthetic?</button>
</h2>
<div id="faq-c3" class="accordion-collapse collapse accordion-panel" aria-labelledby="faq-h3"
 data-bs-parent="#faqAccordion">
<div class="accordion-body"><p>For safety reasons owners can&rsquo;t come into the prep room or theatre. If
your pet is anxious, you can stay with them in the consulting room while their pre-med sedative is
given.</p></div>
</div>
</div>
<div class="accordion-item">
<h2 class="accordion-header" id="faq-h4">
<button class="accordion-button accordion-toggle collapsed" type="button" data-bs-toggle="collapse"
 data-bs-target="#faq-c4" aria-expanded="false" aria-controls="faq-c4">Can I visit my pet if they have to
stay in?</button>
</h2>
<div id="faq-c4" class="accordion-collapse collapse accordion-panel" aria-labelledby="faq-h4"
 data-bs-parent="#faqAccordion">
<div class="accordion-body"><p>Yes, by arrangement. Visits of around 15 minutes can usually be arranged in
the afternoon. You&rsquo;re welcome to bring a blanket or toy that smells of home &ndash; please label
it.</p></div>
</div>
</div>
<div class="accordion-item">
<h2 class="accordion-header" id="faq-h5">
<button class="accordion-button accordion-toggle collapsed" type="button" data-bs-toggle="collapse"
 data-bs-target="#faq-c5" aria-expanded="false" aria-controls="faq-c5">We&rsquo;re on holiday in the area.
Can you see our dog?</button>
</h2>
<div id="faq-c5" class="accordion-collapse collapse accordion-panel" aria-labelledby="faq-h5"
 data-bs-parent="#faqAccordion">
<div class="accordion-body"><p>Of course. We see visiting pets as temporary clients &ndash; we just need a
short registration form and the details of your usual vet, so we can send them a copy of the notes.</p>
</div>
</div>
</div>
<div class="accordion-item">
<h2 class="accordion-header" id="faq-h6">
<button class="accordion-button accordion-toggle collapsed" type="button" data-bs-toggle="collapse"
 data-bs-target="#faq-c6" aria-expanded="false" aria-controls="faq-c6">Do you offer work
experience?</button>
</h2>
<div id="faq-c6" class="accordion-collapse collapse accordion-panel" aria-labelledby="faq-h6"
 data-bs-parent="#faqAccordion">
<div class="accordion-body"><p>We offer one-week placements for students aged 15 and over. Please email our
practice manager with a short covering letter. Places for the following year are usually filled by
September.</p></div>
</div>
</div>
</div>"""


_PAGES = [
    ("/", "Home", "Independent family vets in Gatley, Cheadle.", _HOME_BODY, 101, (), (), True),
    (
        "/about-us/our-team/",
        "Meet the Team",
        "Meet the vets, nurses and reception team at Larchfield Veterinary Surgery.",
        _TEAM_BODY,
        103,
        ("About Us", "Meet the Team"),
        ("reviews", "book"),
        False,
    ),
    (
        "/faq/",
        "Frequently Asked Questions",
        "Answers to common questions about visiting Larchfield Veterinary Surgery.",
        _FAQ_BODY,
        104,
        ("About Us", "FAQs"),
        ("hours", "book"),
        False,
    ),
    (
        "/services/consultations/",
        "Vet Consultations",
        "Vet consultations, second opinions and home visits in Gatley.",
        _CONSULT_BODY,
        106,
        ("Services", "Consultations"),
        ("book", "club"),
        False,
    ),
    (
        "/services/vaccinations/",
        "Vaccinations &amp; Pet Travel",
        "Dog, cat and rabbit vaccinations, boosters and Animal Health Certificates.",
        _VACC_BODY,
        107,
        ("Services", "Vaccinations"),
        ("club", "book"),
        False,
    ),
    (
        "/services/neutering/",
        "Neutering",
        "Spaying and castration for dogs, cats and rabbits: prices and what to expect.",
        _NEUTER_BODY,
        108,
        ("Services", "Neutering"),
        ("book", "reviews"),
        False,
    ),
    (
        "/services/dentistry/",
        "Pet Dentistry",
        "Dental checks, scale and polish and extractions for dogs, cats and rabbits.",
        _DENTAL_BODY,
        109,
        ("Services", "Dentistry"),
        ("book", "club"),
        False,
    ),
    (
        "/services/microchipping/",
        "Microchipping",
        "Microchipping for dogs and cats, the law and scanning found pets.",
        _CHIP_BODY,
        110,
        ("Services", "Microchipping"),
        ("hours", "book"),
        False,
    ),
    (
        "/nurse-clinics/",
        "Nurse Clinics",
        "Nurse clinics: nail clipping, weight management, senior checks and more.",
        _NURSE_BODY,
        111,
        ("Services", "Nurse Clinics"),
        ("club", "reviews"),
        False,
    ),
    (
        "/rabbits-and-exotics/",
        "Rabbits &amp; Exotics",
        "Vet care for rabbits, guinea pigs, reptiles, tortoises and birds.",
        _EXOTICS_BODY,
        112,
        ("Services", "Rabbits &amp; Exotics"),
        ("book", "reviews"),
        False,
    ),
    (
        "/puppy-and-kitten-packages/",
        "Puppy &amp; Kitten Packages",
        "Starter packs for puppies and kittens, and our puppy parties.",
        _PUPPY_BODY,
        113,
        ("Services", "Puppy &amp; Kitten Packages"),
        ("club", "book"),
        False,
    ),
    (
        "/pet-health-club/",
        "Pet Health Club",
        "Spread the cost of preventive care with the Larchfield Pet Health Club.",
        _CLUB_BODY,
        114,
        ("Pet Health Club",),
        ("reviews", "book"),
        False,
    ),
    (
        "/pharmacy-prescriptions-food/",
        "Prescriptions, Pharmacy &amp; Food",
        "Repeat prescriptions, written prescriptions and prescription diets.",
        _PHARM_BODY,
        116,
        ("Pharmacy &amp; Fees", "Prescriptions &amp; Food"),
        ("hours",),
        False,
    ),
    (
        "/fees-payment-insurance/",
        "Fees, Payment &amp; Insurance",
        "How to pay, spreading the cost and insurance claims at Larchfield Vets.",
        _FEES_BODY,
        117,
        ("Pharmacy &amp; Fees", "Fees, Payment &amp; Insurance"),
        ("club",),
        False,
    ),
    (
        "/euthanasia-and-cremation/",
        "Saying Goodbye: Euthanasia &amp; Cremation",
        "Euthanasia at the practice or at home, cremation options and bereavement support.",
        _EUTH_BODY,
        118,
        ("Saying Goodbye",),
        (),
        False,
    ),
    (
        "/emergencies/",
        "Emergencies &amp; Out of Hours",
        "What to do in a pet emergency, day or night.",
        _EMERG_BODY,
        119,
        ("Emergencies",),
        ("hours",),
        False,
    ),
    (
        "/book-an-appointment/",
        "Book an Appointment",
        "Book online, by phone or in person. New clients welcome.",
        _BOOK_BODY,
        121,
        ("Contact", "Book an Appointment"),
        ("hours", "reviews"),
        False,
    ),
    (
        "/contact-us/",
        "Contact Us &amp; Opening Times",
        "Opening times, parking and directions to Larchfield Veterinary Surgery in Gatley.",
        _CONTACT_BODY,
        122,
        ("Contact", "Contact &amp; Opening Times"),
        ("book",),
        False,
    ),
]

HTML = {
    path: _page(path, title, desc, body, itemid=itemid, crumbs=crumbs, sidebar=sidebar, home=home)
    for path, title, desc, body, itemid, crumbs, sidebar, home in _PAGES
}

QUESTIONS = [
    ("Are you an independent practice or part of one of the big chains? I'd rather not go corporate", "/"),
    (
        "does Tom Okafor still work there? he did our labrador's knee op years ago and I'd like him to see her again",
        "/about-us/our-team/",
    ),
    (
        "my dog keeps scratching his ears and theyre a bit smelly, how much is it just to get him looked at",
        "/services/consultations/",
    ),
    (
        "My mum's 84 and doesn't drive, and her cat gets in a right state in the car. Could one of your vets come "
        "out to the house?",
        "/services/consultations/",
    ),
    (
        "We're driving over to France with the dog in August, what do we need to sort out with you and how early "
        "should we start?",
        "/services/vaccinations/",
    ),
    (
        "my dog's booster ran out about 5 months ago, does he have to start the injections all over again",
        "/services/vaccinations/",
    ),
    ("How much a month is the health plan for a big labrador?", "/pet-health-club/"),
    (
        "If I sign up to the pet club and then want to stop paying after a few months, can I just cancel?",
        "/pet-health-club/",
    ),
    ("how much to get my girl cat done", "/services/neutering/"),
    (
        "Our bunny Biscuit is booked in for his snip tomorrow morning. Do I need to take his food away tonight?",
        "/services/neutering/",
    ),
    (
        "The vet says our westie's teeth need cleaning under a general anaesthetic, roughly what am I looking at "
        "cost-wise?",
        "/services/dentistry/",
    ),
    ("Is it true I have to get my cat chipped by law now? She never even goes outside", "/services/microchipping/"),
    (
        "theres a cat been hanging round our garden for a week looking lost, can you check if its got a chip",
        "/services/microchipping/",
    ),
    ("Do you see tortoises? Ours needs a check over before he goes to sleep for the winter", "/rabbits-and-exotics/"),
    ("Can one of your nurses just trim my dog's claws? How much is it?", "/nurse-clinics/"),
    (
        "We pick up our cockapoo puppy next Saturday!! What do you get in your puppy pack and how much is it",
        "/puppy-and-kitten-packages/",
    ),
    ("It's Sunday night and my dog's just eaten a whole bar of dark chocolate, what do I do", "/emergencies/"),
    ("how much notice do you need to get my cats thyroid tablets ready", "/pharmacy-prescriptions-food/"),
    (
        "I can get his arthritis tablets cheaper online. Will you write me a prescription for them, and do you "
        "charge for that?",
        "/pharmacy-prescriptions-food/",
    ),
    ("his operation's going to be over a grand, is there any way to pay it off monthly", "/fees-payment-insurance/"),
    (
        "Can you claim from my insurance directly so I don't have to pay the whole bill up front?",
        "/fees-payment-insurance/",
    ),
    (
        "Our old boy hasn't got long left and we'd rather he was put to sleep at home in his own bed. Is that "
        "something you do?",
        "/euthanasia-and-cremation/",
    ),
    ("I need to cancel my appointment for tomorrow, will I get charged", "/book-an-appointment/"),
    ("Where do I park when I come in?", "/contact-us/"),
    (
        "my rescue dog goes absolutely mental at other dogs in the waiting room, is there anything you can do so "
        "we dont have to sit in there",
        "/faq/",
    ),
]

OUT_OF_SCOPE = [
    "Do you do grooming? My spaniel's coat is matted to bits",
    "can you look after our cat for two weeks while we're away in Spain",
    "My dog's having a cruciate op, do you do hydrotherapy afterwards, have you got a pool?",
    "Do you do acupuncture for arthritis",
    "I'd love to know what breeds my rescue mutt is, do you do those DNA tests",
    "We're thinking of breeding from our bitch, can you do the blood tests to work out the best day to mate her?",
    "What's the weather looking like for Saturday?",
    "any decent pubs near you for lunch after the appointment",
]
