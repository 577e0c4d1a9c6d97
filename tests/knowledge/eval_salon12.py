"""An evaluation site: Coil & Crown Hair Studio, an Afro and textured hair salon in Hockley, Nottingham (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The markup imitates a Square Online
site: w-section / w-wrapper / w-container / w-row / w-cell wrappers with data-section-id attributes, s-text
blocks, a mega-menu header, and an FAQ built from w-accordion__item / w-accordion__heading / w-accordion__content.
"""

NAME = "Coil & Crown Hair Studio"

_SITE = "Coil &amp; Crown Hair Studio"
_ASSETS = "/uploads/b/4f1c2a9e0d7b/site"

_MENU = [
    (
        "Services",
        [
            ("/braids/", "Braids, Knotless &amp; Twists"),
            ("/locs/", "Locs &amp; Retwists"),
            ("/silk-press/", "Silk Press"),
            ("/natural-hair-treatments/", "Natural Hair &amp; Scalp Treatments"),
            ("/relaxers/", "Relaxers &amp; Texturisers"),
            ("/wigs/", "Wigs &amp; Installs"),
            ("/kids/", "Kids' Hair"),
        ],
    ),
    (
        "Before You Book",
        [
            ("/consultations/", "Consultations"),
            ("/preparing-your-hair/", "Preparing Your Hair"),
            ("/booking-policy/", "Deposits &amp; Booking Policy"),
            ("/aftercare/", "Aftercare"),
        ],
    ),
    (
        "The Studio",
        [
            ("/team/", "Meet the Team"),
            ("/courses/", "Classes &amp; Courses"),
            ("/shop/", "Shop &amp; Gift Cards"),
            ("/faq/", "FAQ"),
            ("/find-us/", "Find Us &amp; Opening Hours"),
        ],
    ),
]


def _nav(current):
    cols = []
    for heading, links in _MENU:
        items = []
        for href, label in links:
            cur = ' aria-current="page"' if href == current else ""
            items.append(
                f'<li class="w-nav__mega-item"><a class="w-nav__mega-link" href="{href}"{cur}>{label}</a></li>'
            )
        cols.append(
            '<li class="w-nav__item w-nav__item--dropdown">'
            f'<button class="w-nav__toggle" aria-expanded="false">{heading}</button>\n'
            '<div class="w-nav__mega"><div class="w-container"><div class="w-row"><div class="w-cell w-cell--12">\n'
            f'<span class="w-nav__mega-title">{heading}</span><ul class="w-nav__mega-list">\n'
            + "\n".join(items)
            + "\n</ul></div></div></div></div></li>"
        )
    home_cur = ' aria-current="page"' if current == "/" else ""
    return (
        '<nav class="w-nav" aria-label="Main"><ul class="w-nav__list">\n'
        f'<li class="w-nav__item"><a class="w-nav__link" href="/"{home_cur}>Home</a></li>\n'
        + "\n".join(cols)
        + '\n<li class="w-nav__item w-nav__item--cta"><a class="w-button w-button--primary" '
        'href="https://squareup.com/appointments/book/coilandcrown">Book Now</a></li>\n'
        "</ul></nav>"
    )


_FOOTER = f"""
<footer class="w-footer" data-section-id="footer-7e21">
 <div class="w-section w-section--dark"><div class="w-wrapper"><div class="w-container">
  <div class="w-row">
   <div class="w-cell w-cell--4">
    <div class="s-text"><div class="w-text">
     <p class="w-footer__brand"><strong>{_SITE}</strong></p>
     <p>Unit 2, 14 Goose Gate<br>Hockley, Nottingham NG1 1FF</p>
     <p><a href="tel:01154960732">0115 496 0732</a><br>
     WhatsApp: <a href="https://wa.me/447700900418">07700 900418</a><br>
     <a href="mailto:bookings@coilandcrownstudio.co.uk">bookings@coilandcrownstudio.co.uk</a></p>
    </div></div>
   </div>
   <div class="w-cell w-cell--4">
    <div class="s-text"><div class="w-text">
     <p><strong>Opening hours</strong></p>
     <p>Tuesday to Sunday, times vary by day<br>Late nights Thursday &amp; Friday<br>
     Full times on <a href="/find-us/">Find Us</a></p>
    </div></div>
   </div>
   <div class="w-cell w-cell--4">
    <div class="s-text"><div class="w-text">
     <p><strong>Explore</strong></p>
     <ul class="w-footer__links">
      <li><a href="/braids/">Braids</a></li><li><a href="/locs/">Locs</a></li>
      <li><a href="/silk-press/">Silk Press</a></li><li><a href="/wigs/">Wigs</a></li>
      <li><a href="/kids/">Kids</a></li><li><a href="/shop/">Shop</a></li>
      <li><a href="/booking-policy/">Booking Policy</a></li><li><a href="/faq/">FAQ</a></li>
     </ul>
    </div></div>
   </div>
  </div>
  <div class="w-row w-footer__social">
   <div class="w-cell w-cell--12">
    <ul class="w-social">
     <li><a class="w-social__link" href="https://www.instagram.com/coilandcrownnotts">Instagram</a></li>
     <li><a class="w-social__link" href="https://www.tiktok.com/@coilandcrownnotts">TikTok</a></li>
     <li><a class="w-social__link" href="https://www.facebook.com/coilandcrownnotts">Facebook</a></li>
    </ul>
    <p class="w-footer__legal">&copy; 2025 {_SITE} Ltd. Registered in England &amp; Wales, company no. 10234871.
    Powered by Square Online.</p>
   </div>
  </div>
 </div></div></div>
</footer>
"""

_COOKIE = """
<div class="w-cookie-banner" role="dialog" aria-live="polite" data-section-id="cookie-consent">
 <div class="w-container"><div class="s-text"><p>We use cookies to keep our booking and shop working and to
 understand how our site is used. You can accept or manage your choices.</p></div>
 <button class="w-button w-button--small">Accept all</button>
 <button class="w-button w-button--small w-button--ghost">Manage cookies</button></div>
</div>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}
gtag('js',new Date());gtag('config','G-CC7N2X8QH1');</script>
"""


def _page(path, title, description, body):
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {_SITE}</title>
<meta name="description" content="{description}">
<meta name="generator" content="Square Online">
<meta property="og:site_name" content="{_SITE}">
<meta property="og:title" content="{title} | {_SITE}">
<meta property="og:description" content="{description}">
<link rel="canonical" href="https://www.coilandcrownstudio.co.uk{path}">
<link rel="icon" href="{_ASSETS}/favicon.png">
<link rel="stylesheet" href="{_ASSETS}/css/site-theme.css">
<link rel="stylesheet" href="{_ASSETS}/css/w-components.css">
</head>
<body class="w-body w-theme--cadence">
<div id="app" class="w-app">
<header class="w-header w-header--sticky" data-section-id="header-01ab">
 <div class="w-announcement s-text"><p>Back-to-school kids' slots for late August are open now &ndash;
 <a href="/kids/">see kids' hair</a></p></div>
 <div class="w-wrapper"><div class="w-container"><div class="w-row">
  <div class="w-cell w-cell--3 w-header__logo">
   <a href="/" class="w-logo"><img src="{_ASSETS}/images/coil-crown-logo.png" alt="{_SITE}"></a>
  </div>
  <div class="w-cell w-cell--9 w-header__nav">
{_nav(path)}
  </div>
 </div></div></div>
</header>
<main class="w-main" id="main">
{body}
</main>
{_FOOTER}
</div>
{_COOKIE}
</body>
</html>
"""


def _hero(sid, heading, sub):
    return f"""
<div class="w-section-wrapper">
<section class="w-section w-section--hero" data-section-id="{sid}">
 <div class="w-wrapper"><div class="w-container"><div class="w-row"><div class="w-cell w-cell--12">
  <div class="s-text s-text--hero"><div class="w-text"><h1>{heading}</h1><p>{sub}</p></div></div>
  <a class="w-button w-button--primary" href="https://squareup.com/appointments/book/coilandcrown">Book Now</a>
 </div></div></div></div>
</section>
</div>"""


def _section(sid, inner, sidebar=False):
    if sidebar:
        return f"""
<div class="w-section-wrapper">
<section class="w-section" data-section-id="{sid}">
 <div class="w-wrapper"><div class="w-container"><div class="w-row">
  <div class="w-cell w-cell--8"><div class="s-text"><div class="w-text">
{inner}
  </div></div></div>
  <aside class="w-cell w-cell--4 w-sidebar">{_SIDEBAR}</aside>
 </div></div></div>
</section>
</div>"""
    return f"""
<div class="w-section-wrapper">
<section class="w-section" data-section-id="{sid}">
 <div class="w-wrapper"><div class="w-container"><div class="w-row">
  <div class="w-cell w-cell--12"><div class="s-text"><div class="w-text">
{inner}
  </div></div></div>
 </div></div></div>
</section>
</div>"""


_SIDEBAR = """
   <div class="w-widget w-widget--card" data-section-id="sb-book">
    <div class="s-text"><h4>Ready to book?</h4>
    <p>Choose your service, stylist and time online. A deposit secures your slot.</p></div>
    <a class="w-button w-button--primary" href="https://squareup.com/appointments/book/coilandcrown">Book online</a>
   </div>
   <div class="w-widget w-widget--links" data-section-id="sb-links">
    <h4>Before you come in</h4>
    <ul>
     <li><a href="/consultations/">Do I need a consultation?</a></li>
     <li><a href="/preparing-your-hair/">How to arrive with your hair</a></li>
     <li><a href="/booking-policy/">Deposits &amp; lateness</a></li>
     <li><a href="/aftercare/">Looking after your style</a></li>
    </ul>
   </div>
   <div class="w-widget w-widget--quote" data-section-id="sb-quote">
    <blockquote>&ldquo;Walked out feeling like a new woman. The vibe in here is unmatched.&rdquo;
    <cite>&ndash; Google review</cite></blockquote>
   </div>"""


def _reviews(sid, reviews):
    items = "\n".join(
        f'  <div class="w-cell w-cell--4 w-testimonial"><div class="s-text"><p class="w-stars">&#9733;&#9733;'
        f'&#9733;&#9733;&#9733;</p><blockquote>&ldquo;{text}&rdquo;</blockquote><p class="w-testimonial__name">'
        f"{who}</p></div></div>"
        for text, who in reviews
    )
    return f"""
<div class="w-section-wrapper">
<section class="w-section w-section--testimonials" data-section-id="{sid}">
 <div class="w-wrapper"><div class="w-container">
  <div class="s-text"><h2>What our clients say</h2></div>
  <div class="w-row">
{items}
  </div>
 </div></div>
</section>
</div>"""


_CTA = """
<div class="w-section-wrapper">
<section class="w-section w-section--cta" data-section-id="cta-book">
 <div class="w-wrapper"><div class="w-container"><div class="w-row"><div class="w-cell w-cell--12">
  <div class="s-text"><h2>Your crown, looked after.</h2><p>Book online in under two minutes.</p></div>
  <a class="w-button w-button--primary" href="https://squareup.com/appointments/book/coilandcrown">Book Now</a>
 </div></div></div></div>
</section>
</div>"""


# ---------------------------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------------------------

_HOME = (
    _hero(
        "hero-home",
        "Nottingham's home for textured hair",
        "Braids, locs, silk presses, wigs and healthy-hair care for coils, curls and kinks of every kind.",
    )
    + _section(
        "intro-home",
        """
<h2>Welcome to Coil &amp; Crown</h2>
<p>Coil &amp; Crown opened in Hockley in 2016, when our founder Ada Okafor got tired of clients telling her they
had to travel to Birmingham or London to find someone who really understood Afro hair. Today we're a team of six
stylists, a Black woman-owned studio with a waiting list most Saturdays, and in 2023 we were proud to be named
Hair Business of the Year at the Nottingham Black Business Awards.</p>
<p>Everything we do starts with the health of your hair and scalp. We'd rather tell you a style isn't right for your
edges this month than send you home with a look that damages them. That's why some services need a quick
consultation first, and why we're fussy about how you arrive for long braiding appointments.</p>
<h3>Our services</h3>
<div class="w-row w-grid">
 <div class="w-cell w-cell--4"><div class="s-text"><h4><a href="/braids/">Braids &amp; twists</a></h4>
 <p>Knotless, box braids, feed-ins, Fulani, boho and twists, with braiding hair included in most prices.</p></div></div>
 <div class="w-cell w-cell--4"><div class="s-text"><h4><a href="/locs/">Locs</a></h4>
 <p>Starter locs, retwists, interlocking, repairs and loc extensions with our specialist loctician.</p></div></div>
 <div class="w-cell w-cell--4"><div class="s-text"><h4><a href="/silk-press/">Silk press</a></h4>
 <p>Swingy, shiny straight hair with as little heat as we can get away with.</p></div></div>
 <div class="w-cell w-cell--4"><div class="s-text"><h4><a href="/natural-hair-treatments/">Natural hair</a></h4>
 <p>Wash and go, twist-outs, deep conditioning, scalp care and help for thinning edges.</p></div></div>
 <div class="w-cell w-cell--4"><div class="s-text"><h4><a href="/wigs/">Wigs</a></h4>
 <p>Installs, customisation, custom units and private fittings for medical hair loss.</p></div></div>
 <div class="w-cell w-cell--4"><div class="s-text"><h4><a href="/kids/">Kids</a></h4>
 <p>Gentle, patient styling for ages 3 to 12, with beads, cornrows and cute puffs.</p></div></div>
</div>
<h3>New here? How it works</h3>
<ol>
 <li>Pick your service on our booking page and check whether it needs a <a href="/consultations/">consultation</a>.</li>
 <li>Pay your deposit to secure the slot (see our <a href="/booking-policy/">booking policy</a>).</li>
 <li>Read <a href="/preparing-your-hair/">how to prepare your hair</a> so we can start on time.</li>
 <li>Relax with a cup of tea while we do the rest.</li>
</ol>
""",
    )
    + _reviews(
        "reviews-home",
        [
            ("Best knotless I've ever had, neat parts and no tension at all. Shanice is a gem.", "Rochelle T."),
            ("Kemi has brought my locs back to life after a bad experience elsewhere. Forever grateful.", "Daniel A."),
            ("My silk press lasted through a wedding and a week of rain. Tanisha is magic.", "Funmi O."),
        ],
    )
    + _section(
        "insta-home",
        """
<h2>Follow the crown</h2>
<p>See our latest work, last-minute cancellations and new product drops on Instagram and TikTok at
<a href="https://www.instagram.com/coilandcrownnotts">@coilandcrownnotts</a>.</p>
""",
    )
    + _CTA
)

_BRAIDS = (
    _hero(
        "hero-braids",
        "Braids, Knotless &amp; Twists",
        "Neat parts, low tension and braiding hair included in most of our prices.",
    )
    + _section(
        "braids-main",
        """
<h2>Knotless braids</h2>
<p>Knotless braids start with your own hair and feed the extension hair in gradually, so there's no knot at the
root. They're lighter, lie flatter from day one and are much kinder to your scalp than traditional box braids.
Prices depend on size and length:</p>
<table class="w-table">
 <thead><tr><th>Knotless</th><th>Shoulder</th><th>Mid-back</th><th>Waist</th><th>Time</th></tr></thead>
 <tbody>
  <tr><td>Large</td><td>£95</td><td>£110</td><td>£130</td><td>3&ndash;4 hrs</td></tr>
  <tr><td>Medium</td><td>£120</td><td>£140</td><td>£165</td><td>5&ndash;6 hrs</td></tr>
  <tr><td>Small</td><td>£160</td><td>£185</td><td>£220</td><td>7&ndash;9 hrs</td></tr>
 </tbody>
</table>
<p>Bum length or longer: add £25. Beads or gold cuffs: add £5 to £10.</p>
<h2>Box braids, cornrows &amp; more</h2>
<table class="w-table">
 <thead><tr><th>Style</th><th>From</th></tr></thead>
 <tbody>
  <tr><td>Box braids (with knot), medium, mid-back</td><td>£125</td></tr>
  <tr><td>Cornrows straight back, your own hair only</td><td>£30</td></tr>
  <tr><td>2 feed-in braids</td><td>£40</td></tr>
  <tr><td>4&ndash;6 feed-in braids</td><td>£55</td></tr>
  <tr><td>Stitch braids (8&ndash;10)</td><td>£70</td></tr>
  <tr><td>Freestyle cornrow designs</td><td>£65</td></tr>
  <tr><td>Fulani / tribal braids</td><td>£130</td></tr>
  <tr><td>Boho knotless, medium, mid-back</td><td>£190</td></tr>
  <tr><td>Senegalese twists</td><td>£130</td></tr>
  <tr><td>Passion twists</td><td>£140</td></tr>
 </tbody>
</table>
<h2>Is the hair included?</h2>
<p>Yes, for most styles. Our braid and feed-in prices include X-pression pre-stretched braiding hair in colours
1, 1B, 2, 4, 27, 30, 33, 350 and 613. If you'd like a colour we don't stock, an ombr&eacute; or a different
brand, you're welcome to bring your own and we'll take £15 off the price.</p>
<p>Not included: the human hair curls for boho styles (bring two bundles or buy them from our
<a href="/shop/">shop</a>) and passion twist hair, which you'll need to bring yourself.</p>
<p>Prices are for average density. Very thick hair or extra-small parts may cost more &ndash; your stylist will
always tell you before starting.</p>
""",
        sidebar=True,
    )
    + _reviews(
        "reviews-braids",
        [
            ("Medium knotless done in 5 hours flat and I could put it in a bun the same night.", "Keisha M."),
            ("Stitch braids were so clean, everyone at work asked where I went.", "Tolu B."),
            ("Fulani braids with beads for my holiday, absolutely perfect.", "Jade W."),
        ],
    )
)

_LOCS = (
    _hero("hero-locs", "Locs &amp; Retwists", "Start, maintain, repair and extend your locs with people who love them.")
    + _section(
        "locs-main",
        """
<h2>Starter locs</h2>
<p>We'll help you choose the starting method that suits your texture, length and lifestyle:</p>
<table class="w-table">
 <thead><tr><th>Method</th><th>Price</th><th>Minimum length</th></tr></thead>
 <tbody>
  <tr><td>Comb coils</td><td>£70</td><td>1 inch</td></tr>
  <tr><td>Two-strand twists</td><td>£85</td><td>3 inches</td></tr>
  <tr><td>Braid locs</td><td>£95</td><td>3 inches</td></tr>
  <tr><td>Interlocked starters</td><td>£110</td><td>2 inches</td></tr>
 </tbody>
</table>
<h2>Retwist &amp; style</h2>
<p>Every retwist includes a wash, conditioning and a simple style. Palm-roll retwist: short £55, shoulder length
£65, long £80. Interlocking maintenance: £75 to £120 depending on the number of locs. Style add-ons: barrel twists
£10, petals or bun £15, loc updo £25.</p>
<h3>How often should I get a retwist?</h3>
<p>Every 4 to 6 weeks for palm-rolled locs, and every 6 to 8 weeks for interlocked locs. We know fresh roots feel
good, but retwisting more often than this over-manipulates the new growth: the roots get thinner and weaker and
locs can eventually break off at the base. A little frizz between appointments is healthy.</p>
<h2>Loc repair</h2>
<p>Thin spots, weak points and locs that have snapped or are hanging on by a thread can usually be saved. We
reinforce weak areas and reattach broken locs using your own shed hair, or human hair if needed (hair charged
extra). Loc repair is £5 per loc with a minimum charge of £30. Combining thin locs together costs £40.</p>
<h2>Loc extensions &amp; instant locs</h2>
<p>Permanent human-hair loc extensions start from £380 for the labour; the hair costs between £120 and £300
depending on length. Instant locs using the crochet method start from £250. Both need a
<a href="/consultations/">consultation</a> first so we can check your hair can take the weight.</p>
<h2>Loc detox</h2>
<p>Product build-up, lint or a musty smell? Our apple cider vinegar and bicarbonate soak deep-cleans locs from
the inside: £45, or £30 when added to a retwist.</p>
""",
        sidebar=True,
    )
    + _reviews(
        "reviews-locs",
        [
            ("Kemi repaired six broken locs and you honestly can't tell which ones.", "Marcus J."),
            ("My starter comb coils are budding beautifully. So much good advice.", "Ify N."),
            ("Retwist and barrel twists, in and out in two hours. Love it here.", "Chantelle R."),
        ],
    )
)

_SILK = (
    _hero("hero-silk", "Silk Press", "Bouncy, glossy straight hair that moves, done with care for your curls.")
    + _section(
        "silk-main",
        """
<h2>What is a silk press?</h2>
<p>A silk press takes natural hair from curly to sleek and straight without any chemicals. Every silk press
includes a clarifying wash, a deep conditioning treatment under the steamer, heat protectant, a smooth blow-dry
and a single careful pass of a ceramic flat iron at the lowest temperature that works for your hair.</p>
<table class="w-table">
 <thead><tr><th>Length</th><th>Price</th></tr></thead>
 <tbody>
  <tr><td>Short (above the shoulders)</td><td>£60</td></tr>
  <tr><td>Shoulder to bra strap</td><td>£70</td></tr>
  <tr><td>Longer than bra strap, or very dense</td><td>£85</td></tr>
  <tr><td>Add a trim</td><td>£10</td></tr>
  <tr><td>Add bouncy curls or a flexi-rod set</td><td>£10</td></tr>
  <tr><td>Blow-dry and straighten for relaxed or texturised hair</td><td>£45</td></tr>
 </tbody>
</table>
<h2>Will my curls come back?</h2>
<p>On healthy hair, yes. A silk press is temporary: when you wash your hair, or it meets enough humidity,
your natural curl pattern returns. Most clients get one to three weeks of straight hair, depending on the
weather, workouts and how well they wrap at night.</p>
<p>The risk is heat damage. Too much heat, too often, can permanently loosen your curl pattern, so sections stay
limp or straight even after washing. That's why we use low heat and one pass, and why we ask you to leave at
least four to six weeks between silk presses and not to flat iron at home in between. If your hair is bleached or
already heat damaged, we may advise against a press or suggest a treatment first.</p>
<h2>Good to know</h2>
<p>A silk press usually takes two to three hours. Come with your hair as it is &ndash; we do the washing &ndash;
but skip heavy oils and butters for a couple of days beforehand.</p>
""",
        sidebar=True,
    )
    + _reviews(
        "reviews-silk",
        [
            ("My 4C hair was swinging and my curls came back perfectly on wash day.", "Abi K."),
            ("Tanisha explained everything about heat damage, I felt in safe hands.", "Naomi F."),
            ("Press and curls for my graduation, photos came out stunning.", "Precious L."),
        ],
    )
)

_NATURAL = _hero(
    "hero-natural",
    "Natural Hair &amp; Scalp Treatments",
    "Healthy hair starts at the scalp. Treatments, styles and honest advice for natural hair.",
) + _section(
    "natural-main",
    """
<h2>Wash, treat &amp; style</h2>
<table class="w-table">
 <thead><tr><th>Service</th><th>Price</th></tr></thead>
 <tbody>
  <tr><td>Wash &amp; blow-dry</td><td>£35</td></tr>
  <tr><td>Wash &amp; go (defined curls, diffused dry)</td><td>£50</td></tr>
  <tr><td>Wash, deep condition &amp; twist-out or braid-out</td><td>£55</td></tr>
  <tr><td>Steam deep-conditioning treatment</td><td>£40 (£15 as an add-on)</td></tr>
  <tr><td>Protein treatment</td><td>£45</td></tr>
  <tr><td>Bond repair add-on</td><td>£20</td></tr>
  <tr><td>Trim / dusting</td><td>£25</td></tr>
  <tr><td>Big chop with shape-up</td><td>£40</td></tr>
 </tbody>
</table>
<h2>Scalp detox</h2>
<p>If your scalp is itchy, flaky, tight or covered in product build-up, our scalp detox (£45, 60 minutes) starts
with a gentle exfoliating scrub, then a tea tree and peppermint treatment, steam and a long scalp massage, finished
with a light oil. Many clients book one every six to eight weeks, or just before braids go in. If you've been
diagnosed with psoriasis or seborrhoeic dermatitis, check with your GP before booking.</p>
<h2>Thinning edges &amp; hair loss</h2>
<p>We see a lot of traction alopecia &ndash; hairline and edge thinning caused by years of tight ponytails, heavy
braids or glued wigs. The first step is always taking the tension away. Our Edge Rescue programme is three monthly
sessions of scalp treatment and massage, low-tension styling and a home-care plan, for £110 in total. We won't
braid over thinning areas while they recover.</p>
<p>We are stylists, not trichologists. If you have bald patches, sudden heavy shedding or a sore scalp, please see
your GP or a trichologist first; we're happy to recommend one in Nottingham.</p>
<h2>Going natural?</h2>
<p>Growing out a relaxer? You can big chop, or transition gradually with trims every eight weeks and low-manipulation
protective styles. We'll help you plan whichever feels right.</p>
""",
    sidebar=True,
)

_RELAXERS = (
    _hero("hero-relaxers", "Relaxers &amp; Texturisers", "Smooth, strong, healthy relaxed hair, done properly.")
    + _section(
        "relaxers-main",
        """
<h2>Our relaxer services</h2>
<p>We use both lye and no-lye systems and choose the right strength for your hair and scalp. Every relaxer service
includes a protective base, neutralising shampoo, a strengthening treatment, a trim if needed and a wrap or
blow-dry.</p>
<table class="w-table">
 <thead><tr><th>Service</th><th>Price</th></tr></thead>
 <tbody>
  <tr><td>Relaxer retouch (regrowth only)</td><td>£65</td></tr>
  <tr><td>Virgin relaxer (full head, never relaxed)</td><td>£80</td></tr>
  <tr><td>Texturiser</td><td>£60</td></tr>
  <tr><td>Corrective relaxer</td><td>from £90, after consultation</td></tr>
 </tbody>
</table>
<h2>How often can I relax?</h2>
<p>We leave at least 8 weeks between retouches, and most clients do best at 10 to 12 weeks. Relaxing sooner means
there's barely any new growth to work on, so the relaxer overlaps onto hair that's already been processed &ndash;
that's the number one cause of breakage we see. If your roots are driving you mad, try a braid-out, flexi rods or
a roller set to blend the textures until you're ready.</p>
<h2>First time with us?</h2>
<p>If you haven't had a relaxer at Coil &amp; Crown before, please book a <a href="/consultations/">consultation</a>
first rather than booking the relaxer straight away. Tell us about every chemical service you've had in the last
year, including box dye and home relaxer kits.</p>
<h2>Relaxers and colour</h2>
<p>We never relax and permanently colour on the same day. Leave at least two weeks between the two.</p>
""",
        sidebar=True,
    )
    + _reviews(
        "reviews-relaxers",
        [
            ("Twenty years of relaxers and this is the first salon that hasn't burned my scalp.", "Gloria E."),
            ("My hair has grown past my shoulders since I started coming here.", "Bisi A."),
            ("Proper retouch, no overlap, my ends are finally healthy.", "Sonia P."),
        ],
    )
)

_WIGS = (
    _hero("hero-wigs", "Wigs &amp; Installs", "Flawless installs, custom units and private fittings.")
    + _section(
        "wigs-main",
        """
<h2>Installs &amp; customisation</h2>
<table class="w-table">
 <thead><tr><th>Service</th><th>Price</th></tr></thead>
 <tbody>
  <tr><td>Glueless wig install (braid-down included)</td><td>£55</td></tr>
  <tr><td>Closure wig install</td><td>£70</td></tr>
  <tr><td>Lace frontal install with adhesive</td><td>£85</td></tr>
  <tr><td>Sew-in weave (leave-out or full)</td><td>£95</td></tr>
  <tr><td>Wig customisation: bleach knots, pluck hairline, cut lace</td><td>£45</td></tr>
  <tr><td>Wig wash &amp; restyle</td><td>£40</td></tr>
  <tr><td>Frontal refresh / re-glue</td><td>£35</td></tr>
  <tr><td>Custom wig made from your bundles</td><td>from £120</td></tr>
 </tbody>
</table>
<p>Install prices don't include the wig itself. We're happy to install units you've bought elsewhere, including
online, as long as the lace is real lace and the hair can take heat. Synthetic frontals can't have their knots
bleached. Ready-to-wear human hair units are also available in the studio from £190.</p>
<p>An adhesive frontal install lasts one to two weeks; book a refresh after that and please don't leave it on
for more than three weeks.</p>
<h2>Medical hair loss &amp; private fittings</h2>
<p>Losing your hair through chemotherapy, alopecia or another condition is hard, and you deserve privacy. Our wig
specialist Precious is trained in medical wig fitting and works from a private fitting room with a door that
closes, away from the main salon floor. We can book you at quieter times and you're welcome to bring someone with
you. Your first fitting chat is free.</p>
<p>Please note we are not an NHS-registered wig supplier, so we can't accept NHS wig prescriptions or vouchers.
We can provide itemised receipts if you're applying to a charity for a grant towards your wig.</p>
""",
        sidebar=True,
    )
    + _reviews(
        "reviews-wigs",
        [
            ("Melted lace, undetectable hairline. Precious is so talented.", "Tasha D."),
            ("After chemo I dreaded wig shopping. The private room made all the difference.", "Yvonne S."),
            ("She fixed a wig I bought online that I thought was a lost cause.", "Ama O."),
        ],
    )
)

_KIDS = (
    _hero("hero-kids", "Kids' Hair", "Happy heads, gentle hands and styles that survive the playground.")
    + _section(
        "kids-main",
        """
<h2>Styles for ages 3 to 12</h2>
<p>Our kids' menu is for children aged 3 to 12. From 13, adult prices apply.</p>
<table class="w-table">
 <thead><tr><th>Style</th><th>Price</th></tr></thead>
 <tbody>
  <tr><td>Cornrows, own hair only</td><td>£20</td></tr>
  <tr><td>Cornrows with beads</td><td>£28</td></tr>
  <tr><td>Kids' twists</td><td>£50</td></tr>
  <tr><td>Kids' knotless, large, shoulder length</td><td>£60</td></tr>
  <tr><td>Kids' knotless, medium, shoulder length</td><td>£75</td></tr>
  <tr><td>Puffs &amp; style</td><td>£25</td></tr>
  <tr><td>Wash, detangle &amp; blow-dry</td><td>£20</td></tr>
 </tbody>
</table>
<h2>Little ones</h2>
<p>Under 6s find long appointments really hard, so for them we only book styles that take two and a half hours or
less: cornrows, twists, puffs and bead styles. Knotless braids are available from age 6. Breaks for snacks and
toilet trips are always fine &ndash; bring their favourite snacks and a tablet with headphones.</p>
<h2>Parents, please stay</h2>
<p>A parent or guardian must stay in the salon for the whole appointment for anyone under 16. We can't accept
drop-offs, even for quick styles. One adult per child, please, as space is tight.</p>
<h2>What we don't do for children</h2>
<p>We don't apply relaxers, texturisers or permanent colour to anyone under 16, and we don't silk press children
under 10.</p>
<h2>Back to school</h2>
<p>Late August books up fast. Saturday 7.30am kids' slots open in June &ndash; follow us on Instagram for the
announcement.</p>
""",
        sidebar=True,
    )
    + _reviews(
        "reviews-kids",
        [
            ("Shanice had my very wriggly 5 year old giggling the whole time.", "Lauren G."),
            ("Neat cornrows with beads that lasted three weeks of school.", "Michelle O."),
            ("First time my daughter hasn't cried getting her hair done. Thank you!", "Efua K."),
        ],
    )
)

_CONSULT = _hero("hero-consult", "Consultations", "A quick chat now saves your hair later.") + _section(
    "consult-main",
    """
<h2>Which services need a consultation?</h2>
<ul>
 <li>Starter locs and loc extensions, and instant locs</li>
 <li>Relaxers and texturisers, if it's your first time having one with us</li>
 <li>Corrective work of any kind</li>
 <li>Colour</li>
 <li>Custom wigs and medical wig fittings</li>
 <li>Braids if your hair is shorter than 2 inches or you have thinning areas</li>
</ul>
<p>Everything else can be booked straight online.</p>
<h2>How consultations work</h2>
<p>Consultations are free and take about 15 minutes. You can come into the studio, or we can do it as a WhatsApp
video call if you live further away or can't easily get into town. Book under &ldquo;Consultation&rdquo; on our
booking page; no deposit is taken.</p>
<p>Before your consultation, please send us four clear photos of your hair in daylight &ndash; front, back, both
sides and the crown &ndash; and tell us about any colour, relaxer or henna treatments in the last two years.
We'll talk through the style you want, whether your hair is ready for it, how long it'll take and a price.</p>
<h2>Skin allergy tests</h2>
<p>For relaxers, texturisers and all colour services we need a skin allergy test at least 48 hours before your
appointment. It takes five minutes and is free. For colour, we repeat the test if it's been more than six months
since your last one. We won't go ahead without a test on record &ndash; no exceptions, even for regulars.</p>
""",
    sidebar=True,
)

_PREP = _hero(
    "hero-prep", "Preparing Your Hair", "How to arrive so we can start on time and give you the best result."
) + _section(
    "prep-main",
    """
<h2>Braids, twists &amp; feed-ins</h2>
<p>Please arrive with your hair washed, conditioned, completely dry and stretched (blow-dried or banded), fully
detangled and free of heavy oils and butters. A light leave-in is fine. We braid faster and neater on properly
prepped hair, and your style lasts longer.</p>
<p>Can't do it yourself? Add <strong>Wash &amp; Blow-Dry Prep</strong> when you book: £20 for short hair, £25
for shoulder length and longer, adding about 45 minutes. If you turn up with hair that isn't ready and haven't
booked prep, we'll do it if the diary allows and charge £25; if not, the appointment is treated as a late
cancellation.</p>
<h2>Take your old style out</h2>
<p>Please come with your previous braids, twists or weave fully removed. If you'd like us to take them down,
book a takedown in advance: cornrows £25, braids or twists £40.</p>
<h2>Bringing your own braiding hair</h2>
<p>If you're bringing your own colour, here's roughly how many packs of X-pression pre-stretched hair to buy.
Always bring one extra pack, and leave the packs unopened so you can return any spares to the shop.</p>
<table class="w-table">
 <thead><tr><th>Style</th><th>Mid-back</th><th>Waist</th></tr></thead>
 <tbody>
  <tr><td>Large knotless or box braids</td><td>4 packs</td><td>5 packs</td></tr>
  <tr><td>Medium knotless or box braids</td><td>6 packs</td><td>7 packs</td></tr>
  <tr><td>Small knotless or box braids</td><td>8 packs</td><td>9 packs</td></tr>
 </tbody>
</table>
<p>For bum length, add two packs to the waist figure.</p>
<h2>Locs, silk press &amp; relaxers</h2>
<p>For retwists and silk presses, come with your hair as it is: washing is included. For relaxers, please don't
wash, scratch or brush your scalp hard for three days before.</p>
<h2>Wig installs</h2>
<p>Bring your wig in its original packaging. If you haven't booked customisation, make sure the knots are already
bleached and the hairline plucked. Braiding your hair down is included in the install.</p>
""",
    sidebar=True,
)

_POLICY = _hero(
    "hero-policy", "Deposits &amp; Booking Policy", "Fair rules that keep our diary running for everyone."
) + _section(
    "policy-main",
    """
<h2>Deposits</h2>
<p>All appointments are booked online through Square and need a deposit to secure them:</p>
<ul>
 <li>£20 for services under £100</li>
 <li>£40 for services of £100 or more</li>
 <li>£60 for loc extensions and custom wigs</li>
</ul>
<p>Your deposit comes off your final bill. Deposits are non-refundable.</p>
<h2>Cancelling or moving your appointment</h2>
<p>Give us at least 48 hours' notice and we'll move your deposit to a new date, once. With less than 48 hours'
notice, or if you don't turn up, the deposit is lost and you'll need to pay a new one to rebook.</p>
<h2>Running late</h2>
<p>We allow a 15-minute grace period. If you're between 15 and 30 minutes late there's a £10 late fee, and we may
need to change your style (for example, medium instead of small braids) so we don't run into the next client.
If you're more than 30 minutes late, we'll have to cancel and your deposit is lost. Please call or WhatsApp us as
soon as you know you'll be late.</p>
<h2>Guests</h2>
<p>Our studio is small, so please come alone. The only exceptions are a parent or guardian with a child, or a
carer.</p>
<h2>Paying</h2>
<p>We accept all major cards, contactless, Apple Pay, Google Pay and cash. For bills over £100 you can pay in four
interest-free instalments with Clearpay.</p>
<h2>Prices and quotes</h2>
<p>Online prices are for average length and density. If your hair is much longer or thicker than booked, we'll
tell you the new price before we start.</p>
<h2>Fixes</h2>
<p>If a braid unravels or a loc repair comes loose within 5 days, we'll fix it free of charge. We don't offer
refunds once a service has been completed.</p>
""",
    sidebar=True,
)

_AFTERCARE = _hero(
    "hero-aftercare", "Aftercare", "Make your style last and keep your hair healthy underneath."
) + _section(
    "aftercare-main",
    """
<h2>Braids &amp; twists</h2>
<p><strong>The first few days.</strong> Some tenderness for the first 24 to 48 hours is normal, especially with
smaller braids. Avoid high ponytails and buns for the first week. What is <em>not</em> normal: small red or
white bumps along the hairline, bleeding, a throbbing headache or pain that doesn't ease after two or three days.
Those mean braids are too tight &ndash; call us straight away and we'll loosen the affected braids at no charge.
Don't wait it out; tension damage can be permanent.</p>
<p><strong>Washing with braids in.</strong> Wash every two weeks. Dilute a gentle shampoo with water in an
applicator bottle and apply it straight to your scalp between the parts. Massage with your fingertips, then
squeeze the suds down the braids &ndash; don't rub, which causes frizz. Rinse well, follow with a diluted
leave-in, then squeeze out water with a microfibre towel and let the braids dry completely, ideally under a hooded
dryer. Never go to bed with damp braids.</p>
<p><strong>Night time.</strong> Sleep in a satin bonnet or scarf. A braid mousse smooths flyaways.</p>
<p><strong>How long to keep them in.</strong> Six to eight weeks at most. Leaving braids in longer causes matting
at the root and breakage when they come out.</p>
<h2>Locs</h2>
<p>Always dry locs completely after washing &ndash; damp locs can develop mildew. Avoid heavy butters and wax,
which build up inside. Cover them at night to keep out lint.</p>
<h2>Silk press</h2>
<p>Wrap your hair every night with a satin scarf, wear a shower cap in the shower and avoid steam, rain and
sweaty workouts where you can. Use a tiny amount of light serum on the ends only.</p>
<h2>Wigs</h2>
<p>Don't scratch under a glued lace with your nails; tap gently instead. Tie your edges down with a scarf for 10
minutes each morning and clean the hairline with the remover we recommend.</p>
""",
    sidebar=True,
)

_SHOP = (
    _hero("hero-shop", "Shop &amp; Gift Cards", "The products we actually use in the studio.")
    + _section(
        "shop-main",
        """
<h2>In the studio and online</h2>
<p>Everything below is available at our reception desk and in our online store. Order online for free click and
collect, or UK delivery for £3.95 (free over £40). Online orders are dispatched within two working days.</p>
<table class="w-table">
 <thead><tr><th>Product</th><th>Price</th></tr></thead>
 <tbody>
  <tr><td>Crown Scalp Oil (our own blend: rosemary, peppermint &amp; jojoba), 100ml</td><td>£14</td></tr>
  <tr><td>Coil &amp; Crown Braid Mousse</td><td>£9</td></tr>
  <tr><td>Mielle Rosemary Mint Scalp &amp; Hair Oil</td><td>£11</td></tr>
  <tr><td>Camille Rose Curl Maker</td><td>£18</td></tr>
  <tr><td>Shea Moisture and Cantu leave-ins</td><td>from £8</td></tr>
  <tr><td>Ebin edge control</td><td>£8</td></tr>
  <tr><td>Aloe &amp; rosewater loc spray</td><td>£10</td></tr>
  <tr><td>Satin bonnets, reversible and adjustable (adult)</td><td>£9</td></tr>
  <tr><td>Kids' satin bonnets</td><td>£6</td></tr>
  <tr><td>Mulberry silk pillowcase</td><td>£28</td></tr>
  <tr><td>Microfibre hair towel</td><td>£12</td></tr>
  <tr><td>Loc and braid jewellery</td><td>from £4</td></tr>
  <tr><td>X-pression pre-stretched braiding hair</td><td>£3.50 per pack</td></tr>
  <tr><td>Human hair boho curls</td><td>£45 per bundle</td></tr>
 </tbody>
</table>
<h2>Gift cards</h2>
<p>Treat someone to a hair day. Gift cards come in any amount from £25 to £250 and can be bought online as an
e-gift card sent by email, or as a printed card from reception. Gift cards are valid for two years and can be
used on any service or product.</p>
<h2>Returns</h2>
<p>Unopened products can be returned within 14 days for a refund. For hygiene reasons, braiding hair, human hair
and bonnets can't be returned once the packaging has been opened.</p>
""",
    )
    + _CTA
)

_TEAM = (
    _hero("hero-team", "Meet the Team", "Six stylists, one obsession: healthy textured hair.")
    + _section(
        "team-main",
        """
<div class="w-row w-team">
<div class="w-cell w-cell--6"><h3>Ada Okafor &ndash; Founder &amp; Senior Stylist</h3>
<p>Ada has been braiding for 17 years and opened Coil &amp; Crown in 2016. She specialises in small knotless,
Fulani braids and long-term loc journeys. Appointments with Ada carry a £15 founder supplement.</p></div>
<div class="w-cell w-cell--6"><h3>Kemi Adebayo &ndash; Loctician</h3>
<p>Kemi is our loc specialist: starter locs, interlocking, repairs and loc extensions. Works Tuesday to
Saturday.</p></div>
<div class="w-cell w-cell--6"><h3>Tanisha Clarke &ndash; Silk Press, Relaxer &amp; Colour Specialist</h3>
<p>Tanisha trained in London and looks after our silk press, relaxer and colour clients. Find her on our late
nights, Thursday and Friday, plus Saturdays.</p></div>
<div class="w-cell w-cell--6"><h3>Shanice Brown &ndash; Braider &amp; Kids' Specialist</h3>
<p>Fast, neat and endlessly patient, Shanice does most of our kids' appointments and loves a freestyle cornrow
design. Saturdays and Sundays.</p></div>
<div class="w-cell w-cell--6"><h3>Precious Moyo &ndash; Wig Specialist</h3>
<p>Precious handles installs, custom units and medical wig fittings. Thursday to Saturday.</p></div>
<div class="w-cell w-cell--6"><h3>Amara Osei &ndash; Apprentice Stylist</h3>
<p>Amara is working towards her Level 2 in hair services with a focus on Afro hair. Every Wednesday is Model
Day: book Amara for braids, cornrows, twists or a wash and blow-dry at 40% off our usual prices. All her work is
supervised and checked by Ada, but appointments take a little longer, so allow extra time.</p></div>
</div>
""",
    )
    + _reviews(
        "reviews-team",
        [
            ("Booked a Model Day with Amara and honestly couldn't fault it.", "Zainab H."),
            ("Ada is worth every penny of that supplement, my braids lasted 8 weeks.", "Renee C."),
            ("Precious is the kindest person, she made me feel so comfortable.", "Hannah B."),
        ],
    )
)

_COURSES = _hero(
    "hero-courses", "Classes &amp; Courses", "Learn to care for textured hair at home, or level up your skills."
) + _section(
    "courses-main",
    """
<h2>Parent &amp; Child Hair Class</h2>
<p>Our most popular class, for parents, grandparents and carers who want to feel confident doing their child's
hair at home. Over three hours, Shanice teaches detangling without tears, choosing products, two-strand twists,
bantu knots and simple cornrows. Bring your child to practise on, or use one of our mannequin heads. Held on the
first Sunday of every month, 10am to 1pm, for a maximum of six families. £65 per adult and child pair.</p>
<h2>Knotless Braiding Masterclass</h2>
<p>A full-day class with Ada covering parting, tension, feed-in technique and neat finishing. £180, including
your kit: a mannequin head, braiding hair, a rat-tail comb and clips. You'll receive a certificate of attendance
(this is not an accredited qualification).</p>
<h2>Self-Loc Maintenance 1:1</h2>
<p>Two hours with Kemi learning to palm roll or interlock your own locs, and how to spot problems early. £90.</p>
<h2>Booking a class</h2>
<p>Email <a href="mailto:bookings@coilandcrownstudio.co.uk">bookings@coilandcrownstudio.co.uk</a> with the class
and date you want. A 50% deposit secures your place, and you can cancel for a full refund up to 7 days before.</p>
""",
    sidebar=True,
)

_FAQ_ITEMS = [
    (
        "Do you do men's hair?",
        "Yes &ndash; cornrows, twists, braids, starter locs and retwists for men are all on our menu at the same "
        "prices. We're not a barber though, so we don't do clipper cuts, fades, line-ups or beard trims.",
    ),
    (
        "Do you do colour?",
        "Yes. Semi-permanent colour on natural or relaxed hair starts from £35 and permanent colour from £55. "
        "We don't do bleach, high-lift blonde or highlights. All colour needs a consultation and a skin test first.",
    ),
    (
        "Do you do crochet braids?",
        "Yes, crochet braids start from £75. Bring your own crochet hair; braiding down is included.",
    ),
    (
        "Do you do bridal hair?",
        "We love a wedding! A bridal trial costs £50 and wedding-morning styling "
        "starts from £90. Bridesmaids are priced per style.",
    ),
    (
        "What hair types do you work with?",
        "We specialise in curly, coily and kinky hair from 3A to 4C, including very dense and very short hair. "
        "We also braid straight and wavy hair.",
    ),
    (
        "Do you take walk-ins?",
        "Occasionally, for retwists and simple cornrows, if we have a gap. Call us on the day to check. "
        "Everything else must be booked.",
    ),
    (
        "Can I eat during a long appointment?",
        "Of course. We have free Wi-Fi, phone chargers at every station and tea, coffee and water. You're "
        "welcome to bring snacks or lunch, but please avoid strong-smelling hot food.",
    ),
    (
        "Can I book two stylists to do my braids faster?",
        "For small knotless and Fulani braids we can sometimes put two braiders on one head, which cuts the time "
        "by about a third. There's a £30 second-braider charge; ask when booking.",
    ),
]

_FAQ = (
    _hero("hero-faq", "Frequently Asked Questions", "Quick answers to the things we're asked most.")
    + '\n<div class="w-section-wrapper">\n<section class="w-section w-section--accordion" data-section-id="faq-acc">\n'
    ' <div class="w-wrapper"><div class="w-container"><div class="w-row"><div class="w-cell w-cell--12">\n'
    '  <div class="w-accordion" role="list">\n'
    + "\n".join(
        f'   <div class="w-accordion__item" role="listitem">\n'
        f'    <button class="w-accordion__heading" aria-expanded="false" aria-controls="faq-{i}">\n'
        f'     <span class="w-accordion__title">{q}</span><span class="w-accordion__icon" aria-hidden="true"></span>\n'
        f"    </button>\n"
        f'    <div class="w-accordion__content" id="faq-{i}" hidden><div class="s-text"><div class="w-text">\n'
        f"     <p>{a}</p>\n"
        f"    </div></div></div>\n"
        f"   </div>"
        for i, (q, a) in enumerate(_FAQ_ITEMS, start=1)
    )
    + "\n  </div>\n </div></div></div></div>\n</section>\n</div>"
    + _section(
        "faq-more",
        """
<p>Can't find your answer? Check our <a href="/booking-policy/">booking policy</a> and
<a href="/preparing-your-hair/">preparing your hair</a> pages, or send us a WhatsApp message.</p>
""",
    )
)

_FIND = _hero(
    "hero-find", "Find Us &amp; Opening Hours", "In the heart of Hockley, a few minutes from the Lace Market."
) + _section(
    "find-main",
    """
<h2>Address</h2>
<p>Unit 2, 14 Goose Gate, Hockley, Nottingham NG1 1FF. We're on the first floor, above the vintage clothing shop;
ring the Coil &amp; Crown buzzer by the blue door.</p>
<h2>Opening hours</h2>
<table class="w-table">
 <tbody>
  <tr><td>Monday</td><td>Closed</td></tr>
  <tr><td>Tuesday</td><td>9.30am &ndash; 6pm</td></tr>
  <tr><td>Wednesday</td><td>9.30am &ndash; 6pm</td></tr>
  <tr><td>Thursday</td><td>9.30am &ndash; 8pm</td></tr>
  <tr><td>Friday</td><td>9.30am &ndash; 8pm</td></tr>
  <tr><td>Saturday</td><td>7.30am &ndash; 6pm</td></tr>
  <tr><td>Sunday</td><td>10am &ndash; 4pm (braids and kids' styles only)</td></tr>
 </tbody>
</table>
<p><strong>Bank holidays:</strong> we open on bank holiday Mondays from 10am to 4pm for braids and retwists only,
and close the Tuesday after instead. Over Christmas we close at 2pm on Christmas Eve and reopen on 3 January.</p>
<h2>Getting here</h2>
<p>The Lace Market tram stop is a five-minute walk. Victoria bus station is about ten minutes away on foot, and
Nottingham railway station around fifteen minutes.</p>
<h2>Parking</h2>
<p>There are pay-and-display bays on Goose Gate and Broad Street, but they have a two-hour maximum stay, so
they're no good for long braiding appointments. For anything over two hours, use the multi-storey car park on
Stoney Street, a four-minute walk away, which is open 24 hours and costs about £12 for the day. On-street bays
are free after 6pm and on Sundays.</p>
<h2>Access</h2>
<p>The studio is up 22 stairs and there is no lift. If stairs are difficult for you, call us before booking and
we'll arrange to see you in the ground-floor treatment room we share with the shop below.</p>
""",
)


HTML = {
    "/": _page(
        "/", "Afro &amp; Textured Hair Salon in Nottingham", "Braids, locs, silk press and wigs in Hockley.", _HOME
    ),
    "/braids/": _page(
        "/braids/", "Braids, Knotless &amp; Twists", "Knotless braids, box braids, cornrows and twists prices.", _BRAIDS
    ),
    "/locs/": _page("/locs/", "Locs &amp; Retwists", "Starter locs, retwists, loc repair and extensions.", _LOCS),
    "/silk-press/": _page("/silk-press/", "Silk Press", "Silk press on natural hair in Nottingham.", _SILK),
    "/natural-hair-treatments/": _page(
        "/natural-hair-treatments/",
        "Natural Hair &amp; Scalp Treatments",
        "Wash and go, deep conditioning, scalp detox and help for thinning edges.",
        _NATURAL,
    ),
    "/relaxers/": _page("/relaxers/", "Relaxers &amp; Texturisers", "Relaxer retouches and texturisers.", _RELAXERS),
    "/wigs/": _page("/wigs/", "Wigs &amp; Installs", "Wig installs, customisation and medical wig fittings.", _WIGS),
    "/kids/": _page("/kids/", "Kids' Hair", "Children's cornrows, braids and twists for ages 3 to 12.", _KIDS),
    "/consultations/": _page(
        "/consultations/", "Consultations", "Which services need a consultation and skin test.", _CONSULT
    ),
    "/preparing-your-hair/": _page(
        "/preparing-your-hair/", "Preparing Your Hair", "How to arrive for braids, locs and wig installs.", _PREP
    ),
    "/booking-policy/": _page(
        "/booking-policy/", "Deposits &amp; Booking Policy", "Deposits, cancellations and lateness.", _POLICY
    ),
    "/aftercare/": _page("/aftercare/", "Aftercare", "Looking after braids, locs, silk presses and wigs.", _AFTERCARE),
    "/shop/": _page("/shop/", "Shop &amp; Gift Cards", "Hair products, bonnets, braiding hair and gift cards.", _SHOP),
    "/team/": _page("/team/", "Meet the Team", "Our stylists, loctician and wig specialist.", _TEAM),
    "/courses/": _page("/courses/", "Classes &amp; Courses", "Hair classes for parents and braiders.", _COURSES),
    "/faq/": _page("/faq/", "FAQ", "Frequently asked questions.", _FAQ),
    "/find-us/": _page("/find-us/", "Find Us &amp; Opening Hours", "Address, parking and opening hours.", _FIND),
}

QUESTIONS = [
    ("how much for medium knotless down to mid back?", "/braids/"),
    ("Do I need to buy my own hair for box braids or is that included in the price", "/braids/"),
    (
        "my locs are about 3 years old and they're going really thin at the roots. my mate reckons I'm getting "
        "them retwisted too much?? how often should I actually be going",
        "/locs/",
    ),
    ("A couple of my locs have nearly snapped off near the ends, can they be saved and what would it cost?", "/locs/"),
    ("if i get a silk press will my curls come back when i wash it? scared of ruining them", "/silk-press/"),
    (
        "My scalp has been so itchy and flaky lately, I've tried loads of shampoos. Do you do anything for that?",
        "/natural-hair-treatments/",
    ),
    (
        "My edges have gone really thin from years of slicked back ponytails. Can you help get them back?",
        "/natural-hair-treatments/",
    ),
    (
        "Its been 5 weeks since my relaxer and my roots are driving me mad, can I come in for a touch up yet",
        "/relaxers/",
    ),
    ("I bought a lace front wig online, can you put it on for me and how much would that be?", "/wigs/"),
    (
        "I'm starting chemo next month and will probably lose my hair. Is there somewhere private I could try wigs "
        "and can I use my NHS voucher with you?",
        "/wigs/",
    ),
    ("Can my 4 year old get knotless braids? She's not great at sitting still haha", "/kids/"),
    ("can I drop my son off for his cornrows and pick him up after, I've got to nip into work", "/kids/"),
    (
        "Do I have to pay for the consultation thing before loc extensions? And can we do it over video as I live "
        "in Derby",
        "/consultations/",
    ),
    ("Do I need to wash my hair before I come in for braids or do you do that?", "/preparing-your-hair/"),
    (
        "I want a burgundy ombre for medium knotless to my waist, how many packs do I need to bring",
        "/preparing-your-hair/",
    ),
    ("How much is the deposit and do I get it back if I have to cancel?", "/booking-policy/"),
    (
        "Tram's been stuck for ages, I'm going to be about 20 mins late for my 10am. Will you still do my hair?",
        "/booking-policy/",
    ),
    (
        "got my braids done yesterday and they are SO tight, I've got little red bumps and a banging headache. "
        "is that normal?",
        "/aftercare/",
    ),
    ("How am I meant to wash my hair with braids in without it going all frizzy?", "/aftercare/"),
    ("do you sell satin bonnets? my daughter keeps losing hers", "/shop/"),
    ("Is there anyone cheaper? I don't mind a trainee doing my hair if it saves a bit of money", "/team/"),
    ("where's best to park? I'll be there most of the day for small knotless", "/find-us/"),
    ("Are you open on the bank holiday Monday?", "/find-us/"),
    ("Does your salon do men's hair? My boyfriend wants cornrows and a fresh line up", "/faq/"),
    ("I'd love to learn how to do my daughter's hair myself, do you teach that at all", "/courses/"),
]

OUT_OF_SCOPE = [
    "Do you do home visits? I'd rather have my braids done at my house",
    "Can I get my nails done while I'm there having my braids put in?",
    "Do you do eyelash extensions?",
    "Have you got a loyalty card or points scheme for regulars?",
    "Are you hiring any braiders at the moment? I've been braiding for five years",
    "Do you do keratin treatments or a Brazilian blow dry?",
    "What's a good Nigerian restaurant near you for after my appointment?",
    "What time does the Victoria Centre shut on a Sunday?",
]
