"""An evaluation site: Stanwix Bank Vets, an independent small-animal veterinary practice in Carlisle, Cumbria (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. A Strikingly site: s-section / s-block /
s-component wrappers, copy in s-text divs of <p><span>, an s-navbar mega-menu of s-nav-links, and an FAQ of
s-repeatable-item entries with a title and a hidden s-item-text detail.
"""

NAME = "Stanwix Bank Vets"

_PHONE = "01228 512840"
_TEL = "tel:+441228512840"

# (label, path) or (label, [(label, path), ...]) for a dropdown column of the mega-menu
_MENU = [
    ("Home", "/"),
    (
        "Services",
        [
            ("Consultations &amp; Prices", "/consultations/"),
            ("Vaccinations", "/vaccinations/"),
            ("Neutering", "/neutering/"),
            ("Dental Care", "/dental-care/"),
            ("Microchipping", "/microchipping/"),
            ("Flea, Tick &amp; Worm", "/flea-and-worm/"),
            ("Exotic Pets", "/exotics/"),
            ("Nurse Clinics", "/nurse-clinics/"),
        ],
    ),
    ("Pet Health Club", "/health-plan/"),
    ("Pet Travel", "/pet-travel/"),
    ("Emergencies", "/emergencies/"),
    (
        "Client Info",
        [
            ("Register With Us", "/new-clients/"),
            ("Fees, Payment &amp; Insurance", "/fees-and-payment/"),
            ("End of Life Care", "/end-of-life-care/"),
            ("FAQs", "/faq/"),
        ],
    ),
    (
        "About",
        [
            ("Meet the Team", "/our-team/"),
            ("Find Us &amp; Opening Hours", "/contact/"),
        ],
    ),
]


def _nav(current):
    items = []
    for label, target in _MENU:
        if isinstance(target, str):
            active = " s-nav-active" if target == current else ""
            items.append(
                f'<li class="s-nav-item{active}"><a class="s-nav-link" href="{target}" data-link-type="page">'
                f"<span>{label}</span></a></li>"
            )
            continue
        links = "\n".join(
            f'<li class="s-nav-dropdown-item{" s-nav-active" if href == current else ""}">'
            f'<a class="s-nav-link s-nav-sub-link" href="{href}"><span>{sub}</span></a></li>'
            for sub, href in target
        )
        items.append(
            f'<li class="s-nav-item s-nav-has-dropdown"><a class="s-nav-link s-nav-dropdown-toggle" href="#">'
            f'<span>{label}</span><i class="fa fa-angle-down"></i></a>\n'
            f'<div class="s-nav-dropdown s-mega-menu"><ul class="s-nav-dropdown-list">\n{links}\n</ul></div></li>'
        )
    return "\n".join(items)


def _hero(title, subtitle, button=("Book an appointment", "/consultations/")):
    label, href = button
    return f"""
<div class="s-section s-hero-section s-section-bg-image s-dark" id="section-hero">
  <div class="s-section-bg" style="background-image:url('/images/strikingly/hero-stanwix.jpg')"></div>
  <div class="s-section-content container">
    <div class="s-block s-block-hero">
      <div class="s-item-text-group s-center">
        <div class="s-component s-title"><div class="s-component-content s-font-title">
          <div class="s-rich-text-wrapper"><h1>{title}</h1></div></div></div>
        <div class="s-component s-text"><div class="s-component-content s-font-body">
          <div class="s-rich-text-wrapper"><p><span>{subtitle}</span></p></div></div></div>
        <div class="s-component s-button-component">
          <a class="s-common-button s-button s-button-primary" href="{href}">{label}</a></div>
      </div>
    </div>
  </div>
</div>"""


def _text(html):
    return f"""
    <div class="s-block s-block-text">
      <div class="s-component s-component-text">
        <div class="s-component-content s-font-body">
          <div class="s-text"><div class="s-rich-text-wrapper">{html}</div></div>
        </div>
      </div>
    </div>"""


def _embed(html):
    return f"""
    <div class="s-block s-block-html">
      <div class="s-component s-component-html">
        <div class="s-component-content"><div class="s-html-embed">{html}</div></div>
      </div>
    </div>"""


def _section(sid, title, *blocks, variant="s-section-light"):
    inner = "".join(blocks)
    return f"""
<div class="s-section {variant}" id="section-{sid}" data-section-type="rich_text">
  <div class="s-section-bg"></div>
  <div class="s-section-content container">
    <div class="s-block s-block-title">
      <div class="s-component s-component-text s-title">
        <div class="s-component-content s-font-title">
          <div class="s-rich-text-wrapper"><h2>{title}</h2></div>
        </div>
      </div>
    </div>{inner}
  </div>
</div>"""


def _cta(text, label="Book now", href=_TEL):
    return f"""
<div class="s-section s-cta-section s-section-accent" id="section-cta">
  <div class="s-section-content container">
    <div class="s-block s-block-cta s-item-text-group">
      <div class="s-component s-text"><div class="s-component-content">
        <div class="s-rich-text-wrapper"><p><span><strong>{text}</strong></span></p></div></div></div>
      <a class="s-common-button s-button s-button-large" href="{href}">{label}</a>
    </div>
  </div>
</div>"""


_SIDEBAR = f"""
<div class="s-block s-block-col s-col-4 s-sidebar">
  <div class="s-widget s-widget-book s-item-text-group">
    <div class="s-title"><h4>Book an appointment</h4></div>
    <div class="s-text"><p><span>Call reception or book online any time.</span></p></div>
    <a class="s-common-button s-button" href="{_TEL}">Call {_PHONE}</a>
  </div>
  <div class="s-widget s-widget-hours s-item-text-group">
    <div class="s-title"><h4>Opening hours</h4></div>
    <div class="s-text"><p><span>Mon&ndash;Fri 8am&ndash;7pm<br>Sat 8:30am&ndash;12:30pm<br>Sun closed</span></p>
    <p><span><a href="/contact/">Full opening hours &amp; directions</a></span></p></div>
  </div>
  <div class="s-widget s-widget-club s-item-text-group">
    <div class="s-title"><h4>Join the Pet Health Club</h4></div>
    <div class="s-text"><p><span>Spread the cost of your pet's preventive care.</span></p></div>
    <a class="s-common-button s-button s-button-outline" href="/health-plan/">Find out more</a>
  </div>
</div>"""


def _with_sidebar(*sections):
    return f"""
<div class="s-section s-section-columns" id="section-main">
  <div class="s-section-content container">
    <div class="s-columns s-row">
      <div class="s-block s-block-col s-col-8 s-main-col">{"".join(sections)}
      </div>{_SIDEBAR}
    </div>
  </div>
</div>"""


def _faq(items):
    lis = "\n".join(
        f"""<li class="s-repeatable-item s-faq-item" data-index="{i}">
  <div class="s-item-text-group">
    <div class="s-item-title s-title s-faq-toggle" role="button" aria-expanded="false">
      <div class="s-component-content"><div class="s-rich-text-wrapper"><h3>{q}</h3></div></div>
      <i class="fa fa-plus s-faq-icon"></i>
    </div>
    <div class="s-item-text s-text s-faq-answer" style="display:none">
      <div class="s-component-content"><div class="s-rich-text-wrapper">{a}</div></div>
    </div>
  </div>
</li>"""
        for i, (q, a) in enumerate(items)
    )
    return f'<ul class="s-repeatable s-faq-list">\n{lis}\n</ul>'


def _reviews(items):
    lis = "\n".join(
        f"""<li class="s-repeatable-item s-testimonial">
  <div class="s-item-text-group">
    <div class="s-item-text s-text"><div class="s-rich-text-wrapper">
      <p><span>&ldquo;{quote}&rdquo;</span></p></div></div>
    <div class="s-item-title s-title"><div class="s-rich-text-wrapper"><p><strong>{who}</strong></p></div></div>
    <div class="s-stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
  </div>
</li>"""
        for quote, who in items
    )
    return f"""
<div class="s-section s-section-testimonials s-section-grey" id="section-reviews">
  <div class="s-section-content container">
    <div class="s-block s-block-title"><div class="s-component s-title"><div class="s-component-content">
      <div class="s-rich-text-wrapper"><h2>What our clients say</h2></div></div></div></div>
    <div class="s-block s-block-repeatable"><ul class="s-repeatable s-testimonial-list">
{lis}
    </ul></div>
  </div>
</div>"""


def _page(path, title, description, body):
    return f"""<!doctype html>
<html lang="en-GB" class="strikingly-site s-theme-perspective">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Stanwix Bank Vets</title>
<meta name="description" content="{description}">
<meta property="og:title" content="{title} | Stanwix Bank Vets">
<meta property="og:description" content="{description}">
<meta property="og:type" content="website">
<meta property="og:image" content="/images/strikingly/og-stanwix.jpg">
<meta name="generator" content="Strikingly">
<link rel="canonical" href="https://www.stanwixbankvets.co.uk{path}">
<link rel="icon" href="/images/strikingly/favicon.png">
<link rel="stylesheet" href="/assets/strikingly/themes/perspective/theme.css">
<link rel="stylesheet" href="/assets/strikingly/s-site.css">
<link rel="stylesheet" href="/assets/fonts/font-awesome.min.css">
<script>window.s_analytics=window.s_analytics||[];s_analytics.push(['init','SK-88213-VET']);</script>
</head>
<body class="s-body s-page-{path.strip("/") or "home"}">
<div id="s-content" class="s-variation-default">
<div class="s-navbar-section s-navbar-sticky">
  <div class="s-navbar s-nav-desktop container">
    <div class="s-navbar-logo">
      <a href="/" class="s-logo-link"><img src="/images/strikingly/stanwix-logo.png" alt="Stanwix Bank Vets logo">
      <span class="s-logo-text">Stanwix Bank Vets</span></a>
      <span class="s-navbar-tagline">Independent vets for Carlisle since 1987</span>
    </div>
    <ul class="s-nav-links s-nav-menu">
{_nav(path)}
    </ul>
    <div class="s-navbar-cta">
      <a class="s-common-button s-button s-nav-button" href="{_TEL}"><i class="fa fa-phone"></i> {_PHONE}</a>
    </div>
    <button class="s-nav-mobile-toggle" aria-label="Open menu"><span></span><span></span><span></span></button>
  </div>
</div>
<div class="s-page-wrapper">
{body}
</div>
<div class="s-section s-footer-section s-dark" id="section-footer">
  <div class="s-section-content container">
    <div class="s-columns s-row">
      <div class="s-block s-block-col s-col-4"><div class="s-item-text-group">
        <div class="s-title"><h4>Stanwix Bank Vets</h4></div>
        <div class="s-text"><p><span>42 Scotland Road, Stanwix<br>Carlisle, Cumbria CA3 9DG</span></p>
        <p><span>Tel: <a href="{_TEL}">{_PHONE}</a><br>
        Email: <a href="mailto:hello@stanwixbankvets.co.uk">hello@stanwixbankvets.co.uk</a></span></p></div>
      </div></div>
      <div class="s-block s-block-col s-col-4"><div class="s-item-text-group">
        <div class="s-title"><h4>Opening hours</h4></div>
        <div class="s-text"><p><span>Monday&ndash;Friday: 8am &ndash; 7pm<br>Saturday: 8:30am &ndash; 12:30pm<br>
        Sunday: closed</span></p>
        <p><span>Emergency? Ring our usual number at any time.</span></p></div>
      </div></div>
      <div class="s-block s-block-col s-col-4"><div class="s-item-text-group">
        <div class="s-title"><h4>Follow us</h4></div>
        <div class="s-social-icons">
          <a href="https://www.facebook.com/stanwixbankvets" class="s-social-link"><i class="fa fa-facebook"></i></a>
          <a href="https://www.instagram.com/stanwixbankvets" class="s-social-link"><i class="fa fa-instagram"></i></a>
          <a href="https://twitter.com/stanwixbankvets" class="s-social-link"><i class="fa fa-twitter"></i></a>
        </div>
        <div class="s-text"><p><span>RCVS Accredited Practice &middot; ISFM Gold Cat Friendly Clinic</span></p></div>
      </div></div>
    </div>
    <div class="s-footer-links s-text"><p><span>
      <a href="/consultations/">Prices</a> &middot; <a href="/new-clients/">Register</a> &middot;
      <a href="/emergencies/">Emergencies</a> &middot; <a href="/faq/">FAQs</a> &middot;
      <a href="/contact/">Find us</a></span></p></div>
    <div class="s-footer-copyright s-text"><p><span>&copy; 2025 Stanwix Bank Veterinary Clinic Ltd. Registered in
      England &amp; Wales no. 09183377. Built with Strikingly.</span></p></div>
  </div>
</div>
<div class="s-cookie-notice" id="s-cookie-banner" role="dialog">
  <div class="s-text"><p><span>We use cookies to make this site work and to understand how it is used.
  <a href="#" class="s-cookie-accept">Accept</a> <a href="#" class="s-cookie-settings">Settings</a></span></p></div>
</div>
</div>
<script src="/assets/strikingly/s-runtime.js"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------------------------

_HOME = (
    _hero(
        "Caring for Carlisle's pets since 1987",
        "An independent, family-run small animal practice on Scotland Road, Stanwix.",
    )
    + _section(
        "welcome",
        "Welcome to Stanwix Bank Vets",
        _text(
            """<p><span>Stanwix Bank Vets is an independent veterinary practice, owned and run by our clinical
director Fiona Armstrong. We are not part of a corporate group, so every decision about your pet's care is made
here in Carlisle by the people who know you both.</span></p>
<p><span>We look after dogs, cats, rabbits and a wide range of exotic pets for families in Carlisle, Brampton,
Dalston, Longtown and right across north Cumbria. Our practice is accredited by the Royal College of Veterinary
Surgeons under the Practice Standards Scheme, and our modern surgery includes two operating theatres, digital
x-ray, an in-house laboratory and separate dog, cat and rabbit wards.</span></p>"""
        ),
    )
    + _section(
        "cats",
        "A calmer visit for cats",
        _text(
            """<p><span>We are proud to be an <strong>ISFM Gold Cat Friendly Clinic</strong>. Cats and their
owners have their own <strong>separate cat-only waiting room</strong>, to the left of reception and well away
from the dogs, with raised shelves so you can keep the carrier up off the floor and a calming pheromone diffuser
running all day.</span></p>
<p><span>Cats are seen in a dedicated cat consulting room and stay in a cat ward where they never hear a dog
bark. Our Head Nurse Hannah is our Cat Advocate and is always happy to give tips on getting a reluctant cat into
its basket. Try leaving the carrier out at home for a few days beforehand with a favourite blanket inside and
cover it with a towel on the journey.</span></p>"""
        ),
        variant="s-section-grey",
    )
    + _section(
        "services",
        "How we can help",
        """
    <div class="s-block s-block-repeatable"><ul class="s-repeatable s-services-grid">
      <li class="s-repeatable-item"><div class="s-item-text-group">
        <div class="s-item-title s-title"><h3><a href="/vaccinations/">Vaccinations</a></h3></div>
        <div class="s-item-text s-text"><p><span>Puppy, kitten and rabbit courses and yearly boosters.</span></p></div>
      </div></li>
      <li class="s-repeatable-item"><div class="s-item-text-group">
        <div class="s-item-title s-title"><h3><a href="/neutering/">Neutering</a></h3></div>
        <div class="s-item-text s-text"><p><span>Spays and castrations with full aftercare.</span></p></div>
      </div></li>
      <li class="s-repeatable-item"><div class="s-item-text-group">
        <div class="s-item-title s-title"><h3><a href="/dental-care/">Dental care</a></h3></div>
        <div class="s-item-text s-text"><p><span>Healthy mouths for dogs, cats and rabbits.</span></p></div>
      </div></li>
      <li class="s-repeatable-item"><div class="s-item-text-group">
        <div class="s-item-title s-title"><h3><a href="/exotics/">Exotic pets</a></h3></div>
        <div class="s-item-text s-text"><p><span>From guinea pigs to geckos.</span></p></div>
      </div></li>
      <li class="s-repeatable-item"><div class="s-item-text-group">
        <div class="s-item-title s-title"><h3><a href="/health-plan/">Pet Health Club</a></h3></div>
        <div class="s-item-text s-text"><p><span>Preventive care for a small monthly fee.</span></p></div>
      </div></li>
      <li class="s-repeatable-item"><div class="s-item-text-group">
        <div class="s-item-title s-title"><h3><a href="/pet-travel/">Pet travel</a></h3></div>
        <div class="s-item-text s-text"><p><span>Taking your pet abroad? Start here.</span></p></div>
      </div></li>
    </ul></div>""",
    )
    + _reviews(
        [
            (
                "Tom and the nurses were brilliant with our nervous rescue greyhound. Nothing was too much trouble "
                "and everything was explained clearly, including the costs.",
                "Lorraine, Harraby",
            ),
            (
                "Our cat used to scream all the way through the waiting room at our old vets. Here she sits "
                "quietly on the shelf in the cat room. Proper independent vets who care.",
                "Mark &amp; Sophie, Houghton",
            ),
            (
                "Fiona saw our rabbit the same day when he stopped eating and phoned us that evening to check on "
                "him. Couldn't ask for more.",
                "The Nicholson family, Dalston",
            ),
        ]
    )
    + _cta("New to the area? Registering your pet takes two minutes.", "Register with us", "/new-clients/")
)

_CONSULTATIONS = _hero(
    "Consultations &amp; prices", "Unhurried appointments with vets who get to know your pet."
) + _with_sidebar(
    _section(
        "what",
        "What happens at a consultation",
        _text(
            """<p><span>Every consultation includes a full nose-to-tail examination, a weight check and time to
talk through any worries you have. Your vet will explain what they find, discuss the options and give you an
idea of costs before any tests or treatment go ahead. Medicines, tests and procedures are charged separately
from the consultation fee.</span></p>
<p><span>You are welcome to ask for a particular vet when you book and we will do our best to keep your pet
with the same vet for an ongoing problem.</span></p>"""
        ),
    ),
    _section(
        "prices",
        "Consultation prices",
        _embed(
            """<table class="s-price-table">
<thead><tr><th>Appointment</th><th>Length</th><th>Price (inc. VAT)</th></tr></thead>
<tbody>
<tr><td>Standard vet consultation</td><td>15 minutes</td><td>&pound;52.00</td></tr>
<tr><td>Follow-up consultation for the same problem within 14 days</td><td>10 minutes</td><td>&pound;32.00</td></tr>
<tr><td>Extended consultation (several problems, behaviour, older pets)</td><td>30 minutes</td>
<td>&pound;85.00</td></tr>
<tr><td>Exotic pets</td><td colspan="2">see our <a href="/exotics/">Exotic Pets</a> page</td></tr>
</tbody></table>"""
        ),
    ),
    _section(
        "booking",
        "Booking and same-day appointments",
        _text(
            f"""<p><span>Appointments can be booked by phone on <a href="{_TEL}">{_PHONE}</a> from 8am, at
reception, or online 24 hours a day using the Book Online button. Consultations run from 8:30am to 6:30pm
on weekdays and 8:45am to 12:15pm on Saturdays.</span></p>
<p><span>If your pet is poorly we keep urgent slots free every morning and afternoon, so please ring as early as
you can and we will see your pet the same day.</span></p>"""
        ),
    ),
    _section(
        "cancellations",
        "Cancellations and missed appointments",
        _text(
            """<p><span>If you cannot make your appointment, please let us know <strong>at least 24 hours
beforehand</strong> so that we can offer the slot to another pet. Appointments that are missed without notice,
or cancelled with less than 24 hours' notice, are charged at <strong>&pound;25</strong>, which will be added to
your account. We understand that emergencies happen and the practice manager may waive the charge.</span></p>
<p><span>If you arrive more than 10 minutes late we may need to rebook you so that other clients are not kept
waiting.</span></p>"""
        ),
    ),
)

_VACCINATIONS = _hero(
    "Vaccinations", "Protecting dogs, cats and rabbits against serious, preventable diseases."
) + _with_sidebar(
    _section(
        "dogs",
        "Puppies and dogs",
        _text(
            """<p><span>Puppies can start their vaccination course from <strong>8 weeks old</strong>. The
second injection is given two weeks later, from 10 weeks of age. We vaccinate against canine distemper,
parvovirus, infectious hepatitis and leptospirosis (L4).</span></p>
<p><span><strong>When can my puppy go out?</strong> Your puppy can go out for walks and mix with other
vaccinated dogs <strong>one week after the second injection</strong>. Until then you can carry them out and
about to get used to traffic and people, and they can play in your own garden as long as no unvaccinated dogs
have been in it.</span></p>
<p><span>Adult dogs need a booster every year. Leptospirosis protection only lasts a year, while distemper,
parvovirus and hepatitis are given every third year, so the injection your dog gets varies from year to year.
Every booster visit includes a full health check with the vet.</span></p>
<p><span><strong>Kennel cough</strong> is a quick, needle-free vaccine given up the nose. Most boarding kennels
and dog day-care centres insist on it. Please have it done at least three weeks before your dog's stay.</span></p>"""
        ),
    ),
    _section(
        "cats",
        "Kittens and cats",
        _text(
            """<p><span>Kittens can be vaccinated from 9 weeks old, with a second injection three weeks
later. They can go outside one week after the second injection. We protect against cat flu (herpesvirus and
calicivirus) and feline infectious enteritis, and we recommend feline leukaemia virus (FeLV) vaccination for any
cat that goes outdoors.</span></p>
<p><span><strong>Indoor cats</strong> still need yearly boosters against cat flu and enteritis. These viruses
are very hardy and can be carried into the house on shoes and clothing, and an indoor cat will need to be up to
date if it ever goes into a cattery. Strictly indoor cats do not usually need the FeLV part.</span></p>"""
        ),
    ),
    _section(
        "rabbits",
        "Rabbits",
        _text(
            """<p><span>Rabbits need one combined vaccine every 12 months which protects against
myxomatosis and both strains of rabbit viral haemorrhagic disease (RVHD1 and RVHD2). It can be given from five
weeks of age. Indoor rabbits should be vaccinated too, as myxomatosis is spread by fleas and biting insects and
RVHD can be carried in on hay, shoes and even by flies.</span></p>"""
        ),
    ),
    _section(
        "prices",
        "Vaccination prices",
        _embed(
            """<table class="s-price-table">
<tr><th>Vaccination</th><th>Price</th></tr>
<tr><td>Puppy course (2 injections and 2 health checks)</td><td>&pound;72.00</td></tr>
<tr><td>Kitten course (2 injections and 2 health checks)</td><td>&pound;68.00</td></tr>
<tr><td>Dog annual booster</td><td>&pound;56.00</td></tr>
<tr><td>Cat annual booster (including FeLV where needed)</td><td>&pound;54.00</td></tr>
<tr><td>Rabbit annual vaccination (myxomatosis and RVHD1/RVHD2)</td><td>&pound;48.00</td></tr>
<tr><td>Kennel cough (intranasal)</td><td>&pound;38.00</td></tr>
<tr><td>Replacement vaccination certificate</td><td>&pound;10.00</td></tr>
</table>"""
        ),
        _text(
            """<p><span>If a dog or cat's booster is more than three months overdue, immunity may have
dropped and we will usually need to restart with a two-injection course.</span></p>"""
        ),
    ),
)

_NEUTERING = (
    _hero("Neutering", "Routine spays and castrations with careful pre-op and post-op care.")
    + _section(
        "when",
        "When should my pet be neutered?",
        _text(
            """<p><span>Every pet is different and your vet will advise on the best timing, but as a
guide:</span></p>
<ul><li><span>Cats: from 4 months old, male or female.</span></li>
<li><span>Male dogs: from 6 months for small and medium breeds; we often suggest waiting until 12&ndash;18 months
for large and giant breeds.</span></li>
<li><span>Female dogs: either before the first season (small breeds) or three months after a season.</span></li>
<li><span>Rabbits: does from 4&ndash;6 months, bucks as soon as the testicles have descended (around 10&ndash;12
weeks).</span></li></ul>"""
        ),
    )
    + _section(
        "prices",
        "Neutering prices",
        _embed(
            """<table class="s-price-table">
<thead><tr><th>Procedure</th><th>Under 10kg</th><th>10&ndash;25kg</th><th>25&ndash;40kg</th><th>Over 40kg</th></tr>
</thead><tbody>
<tr><td>Dog castration</td><td>&pound;210</td><td>&pound;250</td><td>&pound;295</td><td>&pound;340</td></tr>
<tr><td>Bitch spay</td><td>&pound;290</td><td>&pound;335</td><td>&pound;385</td><td>&pound;440</td></tr>
<tr><td>Keyhole (laparoscopic) spay supplement</td><td colspan="4">&pound;150</td></tr>
<tr><td>Cat castration</td><td colspan="4">&pound;72</td></tr>
<tr><td>Cat spay</td><td colspan="4">&pound;98</td></tr>
<tr><td>Rabbit castration</td><td colspan="4">&pound;95</td></tr>
<tr><td>Rabbit spay</td><td colspan="4">&pound;145</td></tr>
</tbody></table>
<p class="s-small">Prices include the anaesthetic, pain relief to take home, a buster collar and post-op
checks.</p>"""
        ),
    )
    + _section(
        "before",
        "Before the operation",
        _text(
            """<p><span>A nurse will see your pet for a free pre-op check in the week before surgery. The night
before, <strong>dogs and cats should have no food after 10pm</strong>; water can be left down overnight and
taken up when you get up.</span></p>
<p><span><strong>Rabbits and guinea pigs must not be starved.</strong> Their digestion needs to keep moving, so
let them eat as normal right up to the operation and bring a small bag of their usual food and hay with
them.</span></p>
<p><span>Admissions are between 8:00 and 8:45am. A nurse will go through the consent form with you and check the
best phone number to reach you. We offer an optional pre-anaesthetic blood test (&pound;48), which we recommend
for pets over seven. Please give dogs a short walk before they come in.</span></p>"""
        ),
        variant="s-section-grey",
    )
    + _section(
        "after",
        "Aftercare at home",
        _text(
            """<p><span>We will phone you once your pet is awake, and most pets go home between 3pm and 5pm. Keep
them warm and quiet that evening and offer a small, light meal.</span></p>
<ul><li><span>Keep the buster collar or surgical body suit on at all times so they cannot lick the wound.</span></li>
<li><span><strong>Dogs: short lead walks only for 10 days</strong> &ndash; no off-lead running, jumping or rough
play with other dogs, and no swimming or bathing until the vet has checked the wound.</span></li>
<li><span>Cats should be kept indoors for 10 days.</span></li>
<li><span>Rabbits should be kept indoors on towels or vet bedding rather than sawdust.</span></li></ul>
<p><span>We see every pet for free post-op checks at 3 days and 10 days. Most stitches are dissolvable. Call us
if the wound is swollen, bleeding or weeping, if your pet is not eating by the next morning, or if a rabbit has
not passed droppings within 12 hours.</span></p>"""
        ),
    )
    + _cta("Ready to book your pet's neuter?", "Call to book")
)

_DENTAL = _hero("Dental care", "Dental disease is painful, common and very treatable.") + _with_sidebar(
    _section(
        "signs",
        "Signs your pet may have dental problems",
        _text(
            """<p><span>By the age of three most dogs and cats have some dental disease. Pets are very good at
hiding mouth pain, so look out for:</span></p>
<ul><li><span>bad breath</span></li><li><span>yellow-brown tartar or red, bleeding gums</span></li>
<li><span>dropping food, chewing on one side or going off dry food</span></li>
<li><span>pawing at the mouth, drooling or a swollen face</span></li></ul>
<p><span>Our nurses offer <strong>free dental checks</strong> and will tell you whether your pet needs to see a
vet.</span></p>"""
        ),
    ),
    _section(
        "procedure",
        "What a dental procedure involves",
        _text(
            """<p><span>Dental treatment is done under general anaesthetic. We chart every tooth, take dental
x-rays to look below the gum line, scale and polish the teeth and remove any teeth that are too diseased to
save. After the examination we give you a written estimate, and if we find more problems than expected on the
day we will phone you before going ahead.</span></p>"""
        ),
        _embed(
            """<table class="s-price-table">
<tr><th>Dental treatment</th><th>Price</th></tr>
<tr><td>Scale &amp; polish with anaesthetic and dental x-rays &ndash; cat</td><td>&pound;310</td></tr>
<tr><td>Scale &amp; polish with anaesthetic and dental x-rays &ndash; dog under 20kg</td><td>&pound;340</td></tr>
<tr><td>Scale &amp; polish with anaesthetic and dental x-rays &ndash; dog 20kg and over</td><td>&pound;385</td></tr>
<tr><td>Simple extraction</td><td>&pound;22 per tooth</td></tr>
<tr><td>Surgical extraction</td><td>&pound;95 per tooth</td></tr>
<tr><td>Rabbit dental under sedation (burring of overgrown teeth)</td><td>from &pound;165</td></tr>
</table>"""
        ),
    ),
    _section(
        "home",
        "Looking after teeth at home",
        _text(
            """<p><span>Daily brushing is the gold standard. Use a soft brush and a pet toothpaste &ndash; never
human toothpaste, which can contain xylitol and fluoride. Start slowly with a finger brush and lots of praise.
Dental diets and some chews can help, but they do not replace brushing.</span></p>
<p><span>Rabbits' teeth grow continuously and are worn down by chewing hay, so a diet that is at least 80% hay
or grass is the best protection against overgrown teeth.</span></p>"""
        ),
    ),
)

_MICROCHIP = _hero("Microchipping", "The best chance of getting a lost pet home.") + _with_sidebar(
    _section(
        "what",
        "Having your pet microchipped",
        _text(
            """<p><span>A microchip is the size of a grain of rice and is placed under the skin between the
shoulder blades in a quick nurse appointment &ndash; no anaesthetic is needed. Microchipping costs
<strong>&pound;18.50</strong> per pet, including registration on the national database. We can also chip
rabbits, ferrets and tortoises (once the shell is over 10cm long).</span></p>"""
        ),
    ),
    _section(
        "law",
        "The law",
        _text(
            """<p><span>All dogs must be microchipped by the time they are 8 weeks old. Since 10 June 2024,
<strong>cats in England must be microchipped by 20 weeks of age</strong>. Owners who do not comply can be
fined up to &pound;500. Keeping your contact details up to date on the database is also a legal
requirement.</span></p>"""
        ),
    ),
    _section(
        "update",
        "Moved house or changed your number?",
        _text(
            """<p><span>Only the registered keeper can change the details, so you will need to contact the
database your pet's chip is registered with (for example Petlog or Animal Tracker). Some databases charge a
small fee. We cannot change it for you, but we will happily scan your pet for free to give you the chip number
and check that it is working.</span></p>"""
        ),
    ),
    _section(
        "found",
        "Found a stray or lost pet?",
        _text(
            """<p><span>Bring any animal you have found to us during opening hours and we will
<strong>scan it for a microchip free of charge</strong>. If we find a chip we contact the database to reunite
the pet with its owner. Stray dogs with no chip need to be reported to the council's dog warden service. For a
cat with no chip we can give advice on checking local lost-and-found groups and contacting Cats
Protection.</span></p>"""
        ),
    ),
)

_FLEA = (
    _hero("Flea, tick &amp; worm treatment", "Prescription-strength parasite control that actually works.")
    + _section(
        "why",
        "Why get parasite treatment from your vet?",
        _text(
            """<p><span>The most effective flea, tick and worm products are prescription-only medicines. To
prescribe them, one of our vets must have examined your pet within the last 12 months. We will choose products
to suit your pet's lifestyle, whether that is a sofa-loving cat or a working collie.</span></p>"""
        ),
    )
    + _section(
        "dogs",
        "Dogs",
        _text(
            """<p><span>Treat for fleas every month all year round &ndash; centrally heated homes mean fleas
never take a winter break. Adult dogs should be wormed for roundworm and tapeworm at least every three months.
Lungworm is now found across Cumbria and is spread by slugs and snails, so we recommend a monthly product that
also prevents lungworm for any dog that sniffs, eats grass or plays with toys left outdoors.</span></p>
<p><span>Puppies are wormed every two weeks until 12 weeks old and then monthly until they are six months
old.</span></p>"""
        ),
    )
    + _section(
        "ticks",
        "Ticks on the fells",
        _text(
            """<p><span>Ticks are very common on the Lake District fells, in woodland and in long grass, and
they can pass on Lyme disease. If you walk in these areas, we recommend a chewable tablet that kills ticks
within 24&ndash;48 hours of them attaching, given monthly or every 12 weeks depending on the product. Check
your dog over after every walk.</span></p>
<p><span>To remove a tick, use a tick hook: slide it under the tick and twist gently until it comes away. Never
pull, squeeze or burn a tick. Tick hooks are available at reception for &pound;4.50.</span></p>"""
        ),
        variant="s-section-grey",
    )
    + _section(
        "cats",
        "Cats and rabbits",
        _text(
            """<p><span>Cats that hunt need worming monthly because they pick up tapeworm from mice and birds;
indoor cats can be wormed every three months. Cats need flea treatment monthly, whether or not they go
out.</span></p>
<p><span>Rabbits are at risk of flystrike in warm weather. We recommend a preventive spray-on treatment from
May to September, along with checking your rabbit's bottom twice a day.</span></p>"""
        ),
    )
    + _section(
        "prices",
        "Typical prices",
        _embed(
            """<table class="s-price-table">
<tr><th>Product</th><th>Price</th></tr>
<tr><td>Combined flea, tick, worm &amp; lungworm chew (dog), per month</td><td>from &pound;14.50</td></tr>
<tr><td>12-week flea &amp; tick tablet (dog)</td><td>from &pound;29.00</td></tr>
<tr><td>Cat flea &amp; worm spot-on, per month</td><td>&pound;11.75</td></tr>
<tr><td>Worming tablet, per dose</td><td>from &pound;4.20</td></tr>
<tr><td>Household flea spray (treats up to 5 rooms)</td><td>&pound;17.95</td></tr>
</table>"""
        ),
    )
)

_HEALTH_PLAN = (
    _hero(
        "The Stanwix Pet Health Club",
        "All your pet's routine preventive care for one small monthly payment.",
        ("Join at reception", "/contact/"),
    )
    + _section(
        "included",
        "What's included",
        _text(
            """<p><span>Membership spreads the cost of the care every pet needs over the year by monthly Direct
Debit. Every member gets:</span></p>
<ul><li><span>yearly booster vaccinations (including kennel cough for dogs)</span></li>
<li><span>two full health checks with a vet every year</span></li>
<li><span>year-round flea, tick and worm treatment, including lungworm prevention for dogs</span></li>
<li><span>unlimited nurse clinic appointments and free nail clips</span></li>
<li><span>10% off all other treatment, medicines and pet food at the practice</span></li></ul>
<p><span>The 10% discount does not apply to out-of-hours treatment at our emergency partner or to cremation
fees. On average, dog owners save over &pound;150 a year compared with paying for each item
separately.</span></p>"""
        ),
    )
    + _section(
        "prices",
        "Monthly prices",
        _embed(
            """<table class="s-price-table">
<tr><th>Pet</th><th>Per month</th></tr>
<tr><td>Cat or kitten</td><td>&pound;14.50</td></tr>
<tr><td>Dog up to 25kg</td><td>&pound;18.75</td></tr>
<tr><td>Dog over 25kg</td><td>&pound;23.50</td></tr>
<tr><td>Rabbit</td><td>&pound;9.95</td></tr>
</table>"""
        ),
        variant="s-section-grey",
    )
    + _section(
        "terms",
        "Joining and leaving",
        _text(
            """<p><span>You can sign up at reception or during any appointment. Payments are taken on the 1st of
each month by Direct Debit and your pet's benefits start straight away.</span></p>
<p><span>Membership has a <strong>minimum term of 12 months</strong>. After the first year you can cancel at any
time by giving one month's notice. If you cancel within the first 12 months, you will be asked to pay the
difference between what you have paid and the full price of the services your pet has already
received.</span></p>
<p><span>Please note the Pet Health Club is not insurance: it does not cover illness or accidents.</span></p>"""
        ),
    )
    + _reviews(
        [
            (
                "The club has made budgeting so much easier with two dogs. The flea and worm stuff just gets "
                "handed over at the health checks.",
                "Gemma, Stanwix",
            ),
            ("Free nail clips for our terrier pay for themselves!", "David, Belah"),
        ]
    )
)

_EXOTICS = _hero("Exotic pets", "Small furries, reptiles and more &ndash; seen by vets who know them.") + _with_sidebar(
    _section(
        "which",
        "Which pets do we see?",
        _text(
            """<p><span>As well as dogs, cats and rabbits, we treat guinea pigs, hamsters, gerbils, rats, mice,
chinchillas, degus, ferrets, tortoises, terrapins, <strong>bearded dragons, leopard geckos and other
lizards</strong>, corn snakes and royal pythons, and pet chickens and ducks. We do not treat venomous species,
primates, birds of prey or fish.</span></p>"""
        ),
    ),
    _section(
        "clinic",
        "Our exotics clinic",
        _text(
            """<p><span>Our exotics clinic runs on <strong>Tuesday and Thursday afternoons</strong> with our
exotics vet, who holds a certificate in zoological medicine. Exotic consultations last 30 minutes and cost
<strong>&pound;58</strong>. Urgent exotic cases are seen on any day.</span></p>
<p><span>Many reptile illnesses, such as metabolic bone disease, are linked to diet, heat and lighting. A
reptile that goes off its food should be checked, so please bring photos of the vivarium, a note of day and
night temperatures, the age of the UV bulb and details of the diet.</span></p>"""
        ),
    ),
    _section(
        "travel",
        "Bringing your pet in",
        _text(
            """<p><span>Small mammals travel best in a secure carrier with familiar bedding and a little food.
Reptiles should be brought in a secure box with a hot water bottle wrapped in a towel, and the car warmed up
before you set off. A fresh dropping sample is always helpful. A guinea pig, chinchilla or rabbit that stops
eating is an emergency &ndash; call us straight away.</span></p>"""
        ),
    ),
    _section(
        "tortoise",
        "Tortoise pre-hibernation checks",
        _text(
            """<p><span>Tortoises should only hibernate if they are healthy and a good weight. Book a
pre-hibernation check in late August or September: we examine and weigh your tortoise, check its weight for its
length and talk through safe fridge or box hibernation. The check costs &pound;42.</span></p>"""
        ),
    ),
)

_EMERGENCIES = (
    _hero(
        "Emergencies",
        "If you are worried your pet is seriously ill or injured, phone straight away.",
        ("Call " + _PHONE, _TEL),
    )
    + _section(
        "open",
        "During opening hours",
        _text(
            f"""<p><span>Call us on <a href="{_TEL}">{_PHONE}</a> and tell reception it is an emergency. We
will tell you to come straight down and have a vet and nurse ready for you when you arrive. Please phone rather
than just turning up, so we can prepare.</span></p>"""
        ),
    )
    + _section(
        "ooh",
        "When we are closed",
        _text(
            """<p><span>Whenever the practice is closed, emergency cover is provided by our partner
<strong>Borderlands Pet Emergency Centre</strong>, a dedicated out-of-hours clinic with vets and nurses on site
all night.</span></p>
<p><span>Borderlands Pet Emergency Centre, Unit 6 Parkhouse Business Park, Kingstown, Carlisle CA3 0JR.
Tel: <a href="tel:+441228590471">01228 590471</a>. If you ring our usual number, the recorded message will
give you their number too. Always phone before setting off.</span></p>
<p><span>Out-of-hours fees are set by Borderlands and must be paid on the night. An emergency consultation costs
from around &pound;190 on weekday evenings and from &pound;240 overnight, on Sundays and on bank holidays,
before any treatment. Borderlands send your pet's notes to us by 9am the next morning, and pets that stayed in
overnight are transferred back to our care. See our <a href="/contact/">opening hours</a>.</span></p>"""
        ),
        variant="s-section-grey",
    )
    + _section(
        "what",
        "Is it an emergency?",
        _text(
            """<p><span>Please call at once if your pet:</span></p>
<ul><li><span>has been hit by a car or had a bad fall</span></li>
<li><span>is struggling to breathe, has collapsed, or has a fit lasting over five minutes</span></li>
<li><span>has a swollen, tight belly and is retching without bringing anything up</span></li>
<li><span>is a male cat straining in the litter tray without passing urine</span></li>
<li><span>is bleeding heavily, or has been straining to give birth for over 30 minutes</span></li>
<li><span>has eaten something poisonous: chocolate (especially dark chocolate), grapes or raisins, xylitol
sweeteners, rat poison, ibuprofen or, for cats, any part of a lily</span></li></ul>
<p><span>If your pet has eaten something poisonous, do not try to make them sick yourself. Bring the packaging
with you and note roughly how much was eaten and when.</span></p>"""
        ),
    )
)

_END_OF_LIFE = (
    _hero("End of life care", "Helping you and your pet through the hardest goodbye.", ("Talk to us", _TEL))
    + _section(
        "when",
        "Knowing when it is time",
        _text(
            """<p><span>Deciding when to say goodbye is one of the hardest parts of owning a pet. Our vets are
always happy to see you for a quality-of-life consultation to talk through your pet's comfort, appetite and
mobility. Many families find it helps to plan ahead, so that nothing needs deciding in a rush.</span></p>
<p><span>At the practice we use a quiet room with its own entrance at the side of the building, so you do not
need to walk through the waiting room, and we book these appointments at the end of the day. Your pet will be
sedated first so that they are calm and relaxed, and you are welcome to stay with them throughout.</span></p>"""
        ),
    )
    + _section(
        "home",
        "Saying goodbye at home",
        _text(
            """<p><span>If you would prefer your pet to be in familiar surroundings, <strong>one of our vets and a
nurse can come to your home</strong>. We cover up to 10 miles from the practice (further by arrangement) on
weekdays, and we ask for at least 24 hours' notice where possible.</span></p>"""
        ),
        variant="s-section-grey",
    )
    + _section(
        "aftercare",
        "Aftercare and cremation",
        _text(
            """<p><span>You can take your pet home for burial in your own garden, or we can arrange cremation
with Solway Pet Crematorium in Wigton. With a communal cremation, ashes are not returned. With an individual
cremation your pet's ashes are returned to you in a wooden casket or a scatter tube, ready to collect from the
practice about two weeks later. We can also take a paw print, clay impression or fur clipping as a
keepsake.</span></p>"""
        ),
        _embed(
            """<table class="s-price-table">
<tr><th>Service</th><th>Cat, rabbit or small pet</th><th>Dog under 25kg</th><th>Dog 25kg and over</th></tr>
<tr><td>Euthanasia at the practice</td><td>&pound;95</td><td>&pound;125</td><td>&pound;125</td></tr>
<tr><td>Euthanasia at home (including the visit)</td><td>&pound;245</td><td>&pound;245</td><td>&pound;245</td></tr>
<tr><td>Communal cremation</td><td>&pound;48</td><td>&pound;68</td><td>&pound;95</td></tr>
<tr><td>Individual cremation, ashes returned</td><td>&pound;165</td><td>&pound;205</td><td>&pound;260</td></tr>
</table>"""
        ),
        _text(
            """<p><span>You are welcome to settle the bill in advance so there is nothing to deal with on the day.
For support afterwards, the Blue Cross Pet Bereavement Support Service is free and confidential on
0800 096 6606.</span></p>"""
        ),
    )
)

_NURSE = _hero(
    "Nurse clinics", "Time with our Registered Veterinary Nurses &ndash; most clinics are free."
) + _with_sidebar(
    _section(
        "about",
        "About our nurse clinics",
        _text(
            """<p><span>Our Registered Veterinary Nurses run 20-minute clinics Monday to Friday, 9am to
12pm and 2pm to 5pm. They are a relaxed way to keep on top of your pet's health, and the nurse will always
ask a vet to see your pet if they are concerned.</span></p>"""
        ),
    ),
    _section(
        "weight",
        "Weight clinic",
        _text(
            """<p><span>Around half of the pets we see are overweight, which puts strain on joints and
raises the risk of diabetes. Our <strong>free weight clinic</strong> starts with a body condition score and a
target weight. The nurse then writes a feeding plan to suit your pet (including a prescription weight-loss diet
if needed) and weighs your pet every 2&ndash;4 weeks to keep you on track. Many dogs lose 1&ndash;2% of their
body weight a week, and you get a certificate when they reach their target.</span></p>"""
        ),
    ),
    _section(
        "clinics",
        "Other nurse clinics",
        _embed(
            """<table class="s-price-table">
<tr><th>Clinic</th><th>Price</th></tr>
<tr><td>Puppy and kitten growth checks</td><td>Free</td></tr>
<tr><td>Post-operative checks and stitch removal</td><td>Free</td></tr>
<tr><td>Diabetic pet support and glucose curves</td><td>Free (tests charged)</td></tr>
<tr><td>Senior pet check (over 8 years)</td><td>Free</td></tr>
<tr><td>Blood pressure measurement</td><td>&pound;28</td></tr>
<tr><td>Urine test</td><td>&pound;22</td></tr>
<tr><td>Nail clip</td><td>&pound;12</td></tr>
<tr><td>Anal gland expression</td><td>&pound;18</td></tr>
<tr><td>Help giving tablets, eye drops or ear drops</td><td>Free</td></tr>
</table>"""
        ),
    ),
)

_FEES = _hero("Fees, payment &amp; insurance", "Clear prices and no surprises.") + _with_sidebar(
    _section(
        "when",
        "Paying for treatment",
        _text(
            """<p><span>Payment is due at the time of treatment: at the end of your consultation, or when you
collect your pet after an operation or hospital stay. For operations and hospital stays we ask for a deposit of
50% of the estimate when your pet is admitted. All our prices include VAT at 20%.</span></p>
<p><span>We accept cash, debit and credit cards (Visa, Mastercard and American Express), contactless, Apple Pay
and Google Pay. Bank transfer is possible by prior arrangement. We no longer accept cheques.</span></p>
<p><span>We always give a written estimate for any procedure, and if the cost looks like going more than 10%
over, we will phone you before continuing.</span></p>"""
        ),
    ),
    _section(
        "finance",
        "Spreading the cost of larger bills",
        _text(
            """<p><span>As a small independent practice we cannot offer credit accounts or payment plans
ourselves. For bills over &pound;500, you can apply for <strong>interest-free finance over 6 or 12
months</strong> through our finance partner VetPay Direct, subject to status. Ask at reception &ndash; a
decision usually takes a few minutes. To budget for routine care, see the
<a href="/health-plan/">Pet Health Club</a>.</span></p>
<p><span>If an account is not settled within 30 days, a &pound;15 late payment fee is added. Accounts still
unpaid after 60 days are passed to a debt recovery agency.</span></p>"""
        ),
    ),
    _section(
        "insurance",
        "Pet insurance",
        _text(
            """<p><span>Repairing a cruciate ligament or treating a long-term condition can easily cost several
thousand pounds, so we recommend insuring every pet from a young age, before any conditions develop that could
be excluded. Lifetime policies renew cover for ongoing conditions every year; maximum benefit and time-limited
policies stop paying once a limit is reached. As we are not authorised by the Financial Conduct Authority, we
cannot recommend a particular insurer.</span></p>"""
        ),
    ),
    _section(
        "direct",
        "Direct insurance claims",
        _text(
            """<p><span>For treatment expected to cost <strong>more than &pound;400</strong> we can claim
directly from your insurer, so you do not have to pay the whole bill yourself first. You just pay your excess
and anything the policy does not cover when you collect your pet, and the insurer pays us the rest. We need
your policy details, a signed claim form and, wherever possible, the insurer's agreement before treatment
starts. If the insurer turns down the claim, the bill becomes payable by you. We accept direct claims from most
UK insurers, including Petplan, Agria, ManyPets, Animal Friends and Direct Line.</span></p>
<p><span>For smaller bills, you pay us as normal and we send the claim to your insurer, who reimburses you. We
charge &pound;15 to complete each new claim and &pound;10 for continuation claims.</span></p>"""
        ),
    ),
)

_NEW_CLIENTS = (
    _hero("Register with us", "Registration is free and only takes a couple of minutes.")
    + _section(
        "how",
        "How to register",
        _text(
            """<p><span>You can register using the form below, by phone, or in person at reception. We welcome
pets from across north Cumbria and the Scottish Borders. We will need:</span></p>
<ul><li><span>your name, address, phone number and email</span></li>
<li><span>each pet's name, species, breed, date of birth, sex and whether they are neutered</span></li>
<li><span>the name and town of your previous vet</span></li></ul>
<p><span><strong>Your pet's history:</strong> with your permission we ask your previous vet to send us your
pet's clinical records. They usually arrive within a few days, so there is no need to collect them yourself.
Please bring vaccination cards and any current medicines to your first appointment and arrive ten minutes early
so we can finish your paperwork.</span></p>
<p><span>Puppies and kittens under 16 weeks old get a <strong>free first health check</strong> with a vet when
they register. If you have adopted a rescue pet, please bring the rescue centre's paperwork.</span></p>"""
        ),
    )
    + _section(
        "form",
        "Registration form",
        """
    <div class="s-block s-block-form">
      <div class="s-component s-component-form">
        <form class="s-form" action="#" method="post">
          <div class="s-form-field"><label>Your full name</label><input type="text" name="name"></div>
          <div class="s-form-field"><label>Address and postcode</label><textarea name="address"></textarea></div>
          <div class="s-form-field"><label>Phone</label><input type="tel" name="phone"></div>
          <div class="s-form-field"><label>Email</label><input type="email" name="email"></div>
          <div class="s-form-field"><label>Pet details (name, species, breed, age)</label>
            <textarea name="pets"></textarea></div>
          <div class="s-form-field"><label>Previous vet and town</label><input type="text" name="previous_vet"></div>
          <div class="s-form-field s-checkbox"><label><input type="checkbox" name="consent"> I consent to
            Stanwix Bank Vets requesting my pet's records from my previous vet</label></div>
          <button type="submit" class="s-common-button s-button">Register</button>
        </form>
      </div>
    </div>""",
        variant="s-section-grey",
    )
    + _reviews(
        [
            (
                "Moved up from Lancashire and registering our two dogs was so easy. Records were transferred "
                "before our first visit.",
                "Ruth, Scotby",
            )
        ]
    )
)

_TRAVEL = (
    _hero("Pet travel", "Taking your dog, cat or ferret abroad.")
    + _section(
        "ahc",
        "Animal Health Certificates",
        _text(
            """<p><span>Since 2021, <strong>pet passports issued in Great Britain are no longer valid</strong>
for travel to the EU or Northern Ireland. Instead your pet needs an Animal Health Certificate (AHC) for every
trip. An AHC must be signed by an Official Veterinarian, and we have two at the practice.</span></p>
<p><span>To travel, your pet must:</span></p>
<ul><li><span>be microchipped (before or at the same time as the rabies vaccination)</span></li>
<li><span>be vaccinated against rabies at least 12 weeks old, and at least <strong>21 days before
travel</strong></span></li>
<li><span>have the AHC issued no more than <strong>10 days before</strong> arriving in the EU or Northern
Ireland</span></li>
<li><span>dogs only: have tapeworm treatment from a vet 1 to 5 days before arriving in Ireland, Northern
Ireland, Finland, Malta or Norway</span></li></ul>
<p><span>Once issued, the AHC can be used for onward travel within the EU and for coming back to Great Britain
for four months.</span></p>"""
        ),
    )
    + _section(
        "plan",
        "Planning ahead",
        _text(
            """<p><span>Please contact us <strong>at least six weeks before you travel</strong> so there is time
for the rabies vaccination to take effect, and book the AHC appointment at least two weeks ahead. Bring your
pet's rabies certificate, your travel dates and route, and the address you are staying at. For countries
outside the EU, such as the USA or Australia, the rules are different &ndash; please ask us for a
quote.</span></p>"""
        ),
        variant="s-section-grey",
    )
    + _section(
        "prices",
        "Pet travel prices",
        _embed(
            """<table class="s-price-table">
<tr><th>Item</th><th>Price</th></tr>
<tr><td>Rabies vaccination</td><td>&pound;62</td></tr>
<tr><td>Animal Health Certificate &ndash; first pet</td><td>&pound;165</td></tr>
<tr><td>Each additional pet on the same trip</td><td>&pound;70</td></tr>
<tr><td>Tapeworm treatment and certification</td><td>&pound;35</td></tr>
</table>"""
        ),
    )
    + _cta("Travelling soon? Book your rabies vaccine now.", "Call us")
)

_TEAM = (
    _hero("Meet the team", "Friendly faces who love what they do.", ("Register with us", "/new-clients/"))
    + _section(
        "vets",
        "Our vets",
        """
    <div class="s-block s-block-repeatable"><ul class="s-repeatable s-team-list">
      <li class="s-repeatable-item"><div class="s-item-text-group">
        <div class="s-item-title s-title"><h3>Fiona Armstrong BVM&amp;S MRCVS &ndash; Clinical Director</h3></div>
        <div class="s-item-text s-text"><p><span>Fiona qualified from Edinburgh in 2001, joined Stanwix Bank in
        2006 and took over the practice from its founder, Alan Hetherington, in 2014. She does much of our soft
        tissue surgery and is one of our Official Veterinarians. At home she has two border collies and too many
        hens.</span></p></div>
      </div></li>
      <li class="s-repeatable-item"><div class="s-item-text-group">
        <div class="s-item-title s-title"><h3>Tom Graham BVSc MRCVS</h3></div>
        <div class="s-item-text s-text"><p><span>Tom graduated from Liverpool in 2010 and has a particular
        interest in dentistry and orthopaedics. He is a patient man with nervous dogs and owns a retired
        greyhound called Biscuit.</span></p></div>
      </div></li>
      <li class="s-repeatable-item"><div class="s-item-text-group">
        <div class="s-item-title s-title"><h3>Priya Nair BVetMed CertZooMed MRCVS</h3></div>
        <div class="s-item-text s-text"><p><span>Priya trained at the Royal Veterinary College and leads our
        exotics clinic. She joined us in 2018.</span></p></div>
      </div></li>
      <li class="s-repeatable-item"><div class="s-item-text-group">
        <div class="s-item-title s-title"><h3>Callum Irving BVMS MRCVS</h3></div>
        <div class="s-item-text s-text"><p><span>Callum qualified from Glasgow in 2017, is an Official
        Veterinarian and a keen fell runner, usually found up Skiddaw at weekends.</span></p></div>
      </div></li>
      <li class="s-repeatable-item"><div class="s-item-text-group">
        <div class="s-item-title s-title"><h3>Katarzyna (Kasia) Nowak lek. wet. MRCVS</h3></div>
        <div class="s-item-text s-text"><p><span>Kasia qualified in Wroc&#322;aw in 2015 and moved to Cumbria in
        2019. She has a special interest in feline medicine and <strong>speaks Polish as well as
        English</strong>, so she is happy to see Polish-speaking clients in their own language &ndash; just ask
        for Kasia when you book.</span></p></div>
      </div></li>
    </ul></div>""",
    )
    + _section(
        "nurses",
        "Nurses and reception",
        _text(
            """<p><span><strong>Hannah Bell RVN</strong> &ndash; Head Nurse and our Cat Advocate, with us since
2009.<br>
<strong>Jess Routledge RVN</strong> &ndash; qualified in 2016 and loves our rabbit patients.<br>
<strong>Megan Scott</strong> &ndash; student veterinary nurse, training at Myerscough College.<br>
<strong>Karen Dixon</strong> &ndash; Practice Manager. Karen looks after accounts, complaints and anything
that is not clinical.<br>
<strong>Lisa Bowman and Gareth Little</strong> &ndash; our reception team, the friendly voices on the
phone.</span></p>"""
        ),
        variant="s-section-grey",
    )
)

_CONTACT = (
    _hero("Find us &amp; opening hours", "42 Scotland Road, Stanwix, Carlisle CA3 9DG", ("Call us", _TEL))
    + _section(
        "hours",
        "Opening hours",
        _embed(
            """<table class="s-hours-table">
<tr><td>Monday &ndash; Friday</td><td>8:00am &ndash; 7:00pm</td></tr>
<tr><td>Saturday</td><td>8:30am &ndash; 12:30pm</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
</table>"""
        ),
        _text(
            """<p><span><strong>Bank holidays:</strong> the practice is closed on all bank holidays, including
Good Friday, Easter Monday, the early May and spring bank holidays and the August bank holiday. Over Christmas
we are open 8:30am to 1pm on Christmas Eve and closed on Christmas Day, Boxing Day and New Year's Day. Whenever
we are closed, our <a href="/emergencies/">emergency partner</a> looks after your pet.</span></p>"""
        ),
    )
    + _section(
        "directions",
        "Getting here",
        _text(
            """<p><span>We are on Scotland Road (the A7) in Stanwix, about a mile north of Carlisle city centre.
From the M6, leave at junction 44 and follow the A7 towards the city centre for about a mile and a half; we are
on the left just after the Kingstown Road traffic lights. Stagecoach buses 60, 61 and 62 stop right
outside.</span></p>"""
        ),
    )
    + _section(
        "parking",
        "Parking and access",
        _text(
            """<p><span>We have a <strong>free car park behind the practice</strong> with 14 spaces, entered
from Etterby Street, including two disabled bays next to the entrance. If it is full, there is one-hour
limited waiting on Scotland Road, Monday to Saturday 8am to 6pm.</span></p>
<p><span>The entrance is step-free with a ramp and automatic doors, and we have an accessible toilet and a
hearing loop at reception. If your dog is too big or too poorly to walk in, ring us from the car park and a
nurse will come out with a stretcher trolley.</span></p>"""
        ),
        variant="s-section-grey",
    )
    + _section(
        "map",
        "Map",
        _embed(
            """<div class="s-map" data-lat="54.9035" data-lng="-2.9362"><img src="/images/strikingly/map.png"
alt="Map showing Stanwix Bank Vets on Scotland Road, Carlisle"></div>"""
        ),
    )
)

_FAQ_ITEMS = [
    (
        "Can I stay with my pet while they are examined?",
        """<p><span>Yes, you are welcome to stay for consultations, examinations and most simple procedures
such as injections. For anaesthetics and x-rays your pet will go through to our treatment area with the
nurses.</span></p>""",
    ),
    (
        "Do you do home visits?",
        """<p><span>We offer routine home visits on weekdays between 12:30 and 2pm for pets that find travelling
very hard, such as very anxious cats, or for households with several pets due a check-up at once. Visits are
within 8 miles of the practice and cost &pound;75 plus any treatment. For end of life care at home please see our
<a href="/end-of-life-care/">end of life care</a> page.</span></p>""",
    ),
    (
        "How do I order a repeat prescription?",
        """<p><span>Order by phone or online at least 48 hours before you need to collect. Pets on long-term
medication need a check with the vet at least every six months before we can keep prescribing.</span></p>""",
    ),
    (
        "Can I have a written prescription to buy medicines elsewhere?",
        """<p><span>Yes. You can ask for a written prescription to take to another pharmacy or to buy your
pet's medicines from an online pharmacy, which can work out cheaper for long-term medication. A written
prescription costs &pound;18.50 and can cover up to six months' supply of one medicine. Your pet needs to have
been seen by one of our vets within the last six months, and we need 48 hours to prepare it.</span></p>""",
    ),
    (
        "Do you sell prescription diets?",
        """<p><span>Yes, we stock or can order the Royal Canin, Hill's and Purina Pro Plan veterinary ranges.
Orders placed by 2pm usually arrive at the practice the next working day.</span></p>""",
    ),
    (
        "How quickly do you get blood test results?",
        """<p><span>Our in-house laboratory gives most blood test results within 30 minutes, often while you
wait. Samples such as biopsies go to an external laboratory and results take 5&ndash;7 days.</span></p>""",
    ),
    (
        "Do you offer second opinions?",
        """<p><span>Of course. With your permission we will request your pet's records from your current vet so
we have the full picture before your appointment.</span></p>""",
    ),
    (
        "My dog gets stressed in waiting rooms. What can I do?",
        """<p><span>Let reception know when you book and we will try to give you a quieter appointment time.
You are welcome to wait in your car and ring us when you arrive &ndash; we will call you in when the vet is
ready. If your dog may snap, please bring a muzzle that they are used to wearing.</span></p>""",
    ),
]

_FAQ = (
    _hero("Frequently asked questions", "Quick answers to the things we are asked most.")
    + _section(
        "faq",
        "Your questions answered",
        f"""
    <div class="s-block s-block-faq"><div class="s-component s-component-repeatable">
{_faq(_FAQ_ITEMS)}
    </div></div>""",
    )
    + _cta("Can't find your answer? Give us a ring.", "Call " + _PHONE)
)

_PAGES = {
    "/": ("Independent Vets in Carlisle", "Independent small animal vets in Stanwix, Carlisle.", _HOME),
    "/consultations/": (
        "Consultations & Prices",
        "Vet consultation prices, booking and cancellation policy.",
        _CONSULTATIONS,
    ),
    "/vaccinations/": ("Vaccinations", "Vaccinations for puppies, dogs, kittens, cats and rabbits.", _VACCINATIONS),
    "/neutering/": ("Neutering", "Neutering prices, pre-op instructions and aftercare.", _NEUTERING),
    "/dental-care/": ("Dental Care", "Dental care and dental treatment prices for pets.", _DENTAL),
    "/microchipping/": ("Microchipping", "Microchipping dogs, cats and other pets in Carlisle.", _MICROCHIP),
    "/flea-and-worm/": ("Flea, Tick & Worm Treatment", "Parasite control for dogs, cats and rabbits.", _FLEA),
    "/health-plan/": ("Pet Health Club", "Our monthly preventive health plan for pets.", _HEALTH_PLAN),
    "/exotics/": ("Exotic Pets", "Vet care for small furries, reptiles and other exotic pets.", _EXOTICS),
    "/emergencies/": ("Emergencies", "Emergency and out-of-hours vet cover for Carlisle.", _EMERGENCIES),
    "/end-of-life-care/": ("End of Life Care", "Euthanasia, home visits, cremation and bereavement.", _END_OF_LIFE),
    "/nurse-clinics/": ("Nurse Clinics", "Free and low-cost clinics with our veterinary nurses.", _NURSE),
    "/fees-and-payment/": (
        "Fees, Payment & Insurance",
        "Payment terms, finance, pet insurance and direct claims.",
        _FEES,
    ),
    "/new-clients/": ("Register With Us", "Register your pet with Stanwix Bank Vets.", _NEW_CLIENTS),
    "/pet-travel/": ("Pet Travel", "Animal Health Certificates and rabies vaccinations.", _TRAVEL),
    "/our-team/": ("Meet the Team", "Our vets, nurses and reception team.", _TEAM),
    "/contact/": ("Find Us & Opening Hours", "Opening hours, directions and parking.", _CONTACT),
    "/faq/": ("FAQs", "Frequently asked questions.", _FAQ),
}

HTML = {
    path: _page(path, title.replace("&", "&amp;"), description, body)
    for path, (title, description, body) in _PAGES.items()
}

QUESTIONS = [
    (
        "My cat gets really stressed around dogs, is there somewhere separate for her to wait when we come in?",
        "/",
    ),
    ("how much is it just to see a vet", "/consultations/"),
    ("I booked for tomorrow morning but can't make it now, will I get charged if I cancel?", "/consultations/"),
    (
        "We're picking up our new puppy next week, he'll be 8 weeks. When is he actually allowed out for walks?",
        "/vaccinations/",
    ),
    ("My cat never ever goes outside, does she honestly still need her boosters", "/vaccinations/"),
    (
        "Our bunny is being spayed on Thursday, do I take her food away the night before like we did with the dog?",
        "/neutering/",
    ),
    ("how long til my dog can go off lead again after being done", "/neutering/"),
    (
        "My cats breath absolutely stinks and hes started dropping his biscuits, what would it cost to sort his teeth",
        "/dental-care/",
    ),
    (
        "There's a little tabby been hanging round our garden for a week, could you check if it belongs to anyone?",
        "/microchipping/",
    ),
    ("We're always up on the fells with the dog and keep finding ticks on her, what can we use?", "/flea-and-worm/"),
    ("Is there a monthly direct debit thing that covers his jabs and flea treatments?", "/health-plan/"),
    ("My son's bearded dragon has gone off his food. Do you see lizards?", "/exotics/"),
    (
        "My lab has just wolfed a whole bar of dark chocolate and it's gone 10pm, who do I ring??",
        "/emergencies/",
    ),
    (
        "Our old collie is really struggling and we think it's nearly time. Could someone come to the house so he "
        "doesn't have to go in the car?",
        "/end-of-life-care/",
    ),
    ("how much to have my cat cremated and get her ashes back", "/end-of-life-care/"),
    (
        "The vet said my springer needs to lose a few kilos, he's a greedy so and so. Is there any help with that?",
        "/nurse-clinics/",
    ),
    (
        "My dog's insured with Petplan. If he needs an operation do I have to pay the whole lot up front and claim "
        "it back myself?",
        "/fees-and-payment/",
    ),
    ("Can I spread the cost of a big vet bill over a few months", "/fees-and-payment/"),
    (
        "We've just moved up to Carlisle from Leeds with our two cats, how do we sign them up with you and do you "
        "need anything from our old vets?",
        "/new-clients/",
    ),
    (
        "Taking our spaniel to France on the ferry this summer, what does she need and how far ahead should I sort it?",
        "/pet-travel/",
    ),
    ("does my dogs old pet passport still work for going to spain", "/pet-travel/"),
    (
        "Is there anyone at the practice who speaks Polish? My mum's English isn't great and she'll be bringing the "
        "cat in.",
        "/our-team/",
    ),
    ("Are you open on bank holiday Mondays?", "/contact/"),
    ("is there parking at the surgery, my dog is huge and can't walk far", "/contact/"),
    (
        "Can I get a prescription from you so I can buy my dog's arthritis tablets cheaper online?",
        "/faq/",
    ),
]

OUT_OF_SCOPE = [
    "Do you do hydrotherapy for dogs recovering from surgery?",
    "Can you do an MRI scan on my dog's back?",
    "Are you hiring any vet nurses at the moment?",
    "Can you do a DNA test to find out what breeds my rescue dog is?",
    "Do you run puppy training or socialisation classes?",
    "Is there a discount for pensioners?",
    "What time does Carlisle Castle open on a Sunday?",
    "Can you recommend a dog-friendly pub in the Lake District?",
]
