"""An evaluation site: Wildroot Curl & Colour, a curly-hair specialist salon and colour bar in Bristol (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is a Pixpa-built site:
pixpa-* wrappers, page-section / content-block / text-block-wrapper nesting, a top-nav with
menu-item-has-children drop-downs, and an FAQ section made of faq-item / faq-title / faq-content blocks.
"""

NAME = "Wildroot Curl & Colour"

_BOOK_URL = "https://www.fresha.com/book-now/wildroot-curl-colour-bristol"

_MENU = [
    ("/", "Home", []),
    (
        "#",
        "Curly Cuts",
        [
            ("/curly-cuts/", "Curly Cuts"),
            ("/curl-consultations/", "Curl Consultations"),
            ("/preparing-for-your-visit/", "Preparing for Your Visit"),
        ],
    ),
    (
        "#",
        "Colour Bar",
        [
            ("/colour/", "Colour on Curls"),
            ("/balayage/", "Balayage"),
            ("/colour-correction/", "Colour Correction"),
        ],
    ),
    (
        "#",
        "Treatments &amp; Extensions",
        [
            ("/treatments/", "Olaplex &amp; Treatments"),
            ("/extensions/", "Tape-in Extensions"),
        ],
    ),
    ("/prices/", "Prices", []),
    (
        "#",
        "Shop",
        [
            ("/products/", "Curl Products"),
            ("/gift-vouchers/", "Gift Vouchers"),
        ],
    ),
    (
        "#",
        "About",
        [
            ("/team/", "Meet the Team"),
            ("/booking-policy/", "Booking &amp; Deposits"),
            ("/guarantee/", "Our 7-Day Re-do Promise"),
            ("/faq/", "FAQ"),
            ("/careers/", "Careers &amp; Apprenticeships"),
        ],
    ),
    ("/contact/", "Find Us", []),
]

_ANALYTICS = """<script>
  window.pxq = window.pxq || [];
  function pxtrack(){ pxq.push(arguments); }
  pxtrack('init', 'PX-4471-WRC');
  pxtrack('pageview');
</script>"""


def _nav(current: str) -> str:
    items = []
    for href, label, children in _MENU:
        if children:
            active = any(c == current for c, _ in children)
            subs = "\n".join(
                f'            <li class="menu-item{" current-menu-item" if c == current else ""}">'
                f'<a href="{c}">{lab}</a></li>'
                for c, lab in children
            )
            items.append(
                f'        <li class="menu-item menu-item-has-children{" current-menu-ancestor" if active else ""}">\n'
                f'          <a href="{href}" class="menu-link">{label} <i class="px-icon-chevron-down"></i></a>\n'
                f'          <ul class="sub-menu pixpa-dropdown">\n{subs}\n          </ul>\n'
                f"        </li>"
            )
        else:
            cls = " current-menu-item" if href == current else ""
            items.append(f'        <li class="menu-item{cls}"><a href="{href}" class="menu-link">{label}</a></li>')
    return "\n".join(items)


def _page(path: str, title: str, description: str, body: str, sidebar: str = "") -> str:
    if sidebar:
        main = (
            '<div class="pixpa-row has-sidebar">\n'
            f'  <div class="pixpa-col col-main">\n{body}\n  </div>\n'
            f'  <aside class="pixpa-col col-sidebar widget-area">\n{sidebar}\n  </aside>\n'
            "</div>"
        )
    else:
        main = f'<div class="pixpa-row">\n  <div class="pixpa-col col-full">\n{body}\n  </div>\n</div>'
    page_id = path.strip("/").replace("/", "-") or "home"
    page_title = "Wildroot Curl &amp; Colour" if path == "/" else f"{title} | Wildroot Curl &amp; Colour"
    return f"""<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{page_title}</title>
  <meta name="description" content="{description}">
  <meta name="generator" content="Pixpa">
  <meta property="og:title" content="{page_title}">
  <meta property="og:site_name" content="Wildroot Curl &amp; Colour">
  <meta property="og:type" content="website">
  <link rel="canonical" href="https://www.wildrootcurl.co.uk{path}">
  <link rel="icon" href="/assets/pixpa/img/favicon-wildroot.png">
  <link rel="stylesheet" href="/assets/pixpa/css/pixpa-theme-aurora.min.css?v=7.4.2">
  <link rel="stylesheet" href="/assets/pixpa/css/pixpa-custom-1183.css">
  <link rel="stylesheet" href="/assets/pixpa/fonts/playfair-worksans.css">
  {_ANALYTICS}
</head>
<body class="pixpa-site theme-aurora page-id-{page_id} header-sticky">
<div id="pixpa-wrapper" class="pixpa-wrapper">
  <div class="pixpa-topbar">
    <div class="pixpa-container">
      <span class="topbar-text">Curl specialists on Gloucester Road, Bristol &middot; Late nights Wed &amp; Thu</span>
      <a class="topbar-phone" href="tel:+441179423186">0117 942 3186</a>
    </div>
  </div>
  <header id="pixpa-header" class="pixpa-header header-layout-3">
    <div class="pixpa-container header-inner">
      <div class="pixpa-logo">
        <a href="/"><img src="/assets/pixpa/img/wildroot-logo.svg" alt="Wildroot Curl &amp; Colour"></a>
      </div>
      <nav class="top-nav pixpa-menu" aria-label="Main menu">
        <button class="pixpa-menu-toggle" aria-label="Open menu"><span></span><span></span><span></span></button>
        <ul class="menu nav-menu">
{_nav(path)}
        </ul>
      </nav>
      <div class="header-cta">
        <a class="pixpa-btn btn-primary btn-book" href="{_BOOK_URL}">Book Now</a>
      </div>
    </div>
  </header>
  <main id="pixpa-content" class="pixpa-content">
    <section class="page-section section-page-title">
      <div class="pixpa-container">
        <div class="content-block title-block">
          <h1 class="page-title">{title}</h1>
        </div>
      </div>
    </section>
    <section class="page-section section-text">
      <div class="pixpa-container">
{main}
      </div>
    </section>
    <section class="page-section section-cta bg-terracotta">
      <div class="pixpa-container">
        <div class="content-block cta-block">
          <div class="text-block-wrapper">
            <h3>Ready for curls you actually love?</h3>
            <p>Book online any time, or give the salon a ring during opening hours.</p>
            <a class="pixpa-btn btn-light" href="{_BOOK_URL}">Book an appointment</a>
          </div>
        </div>
      </div>
    </section>
  </main>
  <footer id="pixpa-footer" class="pixpa-footer">
    <div class="pixpa-container footer-widgets">
      <div class="footer-col">
        <h4 class="footer-title">Wildroot Curl &amp; Colour</h4>
        <p>212 Gloucester Road<br>Bishopston, Bristol<br>BS7 8NU</p>
        <p><a href="tel:+441179423186">0117 942 3186</a><br>
        <a href="mailto:hello@wildrootcurl.co.uk">hello@wildrootcurl.co.uk</a></p>
      </div>
      <div class="footer-col">
        <h4 class="footer-title">Opening hours</h4>
        <ul class="footer-hours">
          <li>Tue 10am &ndash; 6pm</li>
          <li>Wed &amp; Thu 10am &ndash; 8pm</li>
          <li>Fri 9am &ndash; 6pm</li>
          <li>Sat 9am &ndash; 5pm</li>
          <li>Sun &amp; Mon closed</li>
        </ul>
      </div>
      <div class="footer-col">
        <h4 class="footer-title">Explore</h4>
        <ul class="footer-links">
          <li><a href="/prices/">Prices</a></li>
          <li><a href="/booking-policy/">Booking &amp; Deposits</a></li>
          <li><a href="/gift-vouchers/">Gift Vouchers</a></li>
          <li><a href="/careers/">Careers</a></li>
          <li><a href="/contact/">Find Us</a></li>
        </ul>
      </div>
      <div class="footer-col">
        <h4 class="footer-title">Follow the curls</h4>
        <ul class="pixpa-social">
          <li><a href="https://www.instagram.com/wildrootcurl" class="social-instagram">Instagram</a></li>
          <li><a href="https://www.facebook.com/wildrootcurlbristol" class="social-facebook">Facebook</a></li>
          <li><a href="https://www.tiktok.com/@wildrootcurl" class="social-tiktok">TikTok</a></li>
        </ul>
      </div>
    </div>
    <div class="pixpa-container footer-bottom">
      <p class="copyright">&copy; 2024 Wildroot Curl &amp; Colour Ltd. Registered in England &amp; Wales no. 10188342.
      Site built with Pixpa.</p>
    </div>
  </footer>
  <div class="pixpa-cookie-notice" id="pixpaCookieBar" role="dialog">
    <div class="cookie-inner">
      <p>We use cookies to understand how visitors use our site and to make booking smoother. By carrying on
      browsing you agree to this.</p>
      <button class="pixpa-btn btn-small cookie-accept">Accept</button>
      <button class="pixpa-btn btn-small btn-outline cookie-decline">Decline</button>
    </div>
  </div>
</div>
</body>
</html>
"""


_REVIEWS_WIDGET = """    <div class="widget widget-testimonials pixpa-testimonials">
      <h4 class="widget-title">Kind words</h4>
      <blockquote class="testimonial-item">
        <p>&ldquo;First haircut in fifteen years where I didn't leave with a triangle. Cried a little in the
        car (happy tears).&rdquo;</p>
        <cite>&mdash; Naomi, Horfield</cite>
      </blockquote>
      <blockquote class="testimonial-item">
        <p>&ldquo;Patient, honest and genuinely knows coily hair. My daughter now asks when she can go
        back.&rdquo;</p>
        <cite>&mdash; Simone, Easton</cite>
      </blockquote>
    </div>"""

_BOOK_WIDGET = f"""    <div class="widget widget-book pixpa-card">
      <h4 class="widget-title">Not sure what to book?</h4>
      <p>Have a look at our <a href="/curl-consultations/">curl consultations</a> or ring us on
      <a href="tel:+441179423186">0117 942 3186</a> and we'll point you in the right direction.</p>
      <a class="pixpa-btn btn-primary" href="{_BOOK_URL}">Book online</a>
    </div>"""

_COLOUR_WIDGET = """    <div class="widget widget-links pixpa-card">
      <h4 class="widget-title">Colour bar</h4>
      <ul>
        <li><a href="/colour/">Colour on curls</a></li>
        <li><a href="/balayage/">Balayage</a></li>
        <li><a href="/colour-correction/">Colour correction</a></li>
        <li><a href="/treatments/">Olaplex &amp; treatments</a></li>
        <li><a href="/prices/">Full price list</a></li>
      </ul>
    </div>"""


_HOME = f"""    <div class="content-block hero-block pixpa-hero">
      <div class="text-block-wrapper">
        <h2 class="hero-heading">Curls, coils and waves &mdash; finally understood.</h2>
        <p class="hero-sub">Wildroot is a curly-hair specialist salon and colour bar on Gloucester Road in
        Bristol. We cut, colour and care for textured hair and nothing about your curls will surprise us.</p>
        <a class="pixpa-btn btn-primary" href="{_BOOK_URL}">Book now</a>
        <a class="pixpa-btn btn-outline" href="/curl-consultations/">New? Start with a consultation</a>
      </div>
    </div>
    <div class="content-block">
      <div class="text-block-wrapper">
        <h2>Made for textured hair</h2>
        <p>Most of us have sat in a salon chair while someone blow-dried our curls straight, cut them with
        tension and sent us home with a shape that sprang up unevenly the moment it dried. Wildroot was set up
        so that never happens. Every stylist on our team has been trained in-house in curl-by-curl cutting,
        diffusing and colouring porous, textured hair, from loose 2a waves right through to tight 4c coils.</p>
        <p>We're a small, calm salon with seven chairs, a dedicated colour bar and a wash area with deep
        reclining basins. The music is quiet, the tea is proper and nobody will ever tell you your hair is
        &ldquo;difficult&rdquo;.</p>
      </div>
    </div>
    <div class="content-block services-grid pixpa-grid grid-3">
      <div class="grid-item pixpa-card">
        <h3><a href="/curly-cuts/">Curly cuts</a></h3>
        <p>Dry cuts, wet cuts, refresh trims and short curly shapes, always finished with a styling lesson.</p>
      </div>
      <div class="grid-item pixpa-card">
        <h3><a href="/colour/">Colour bar</a></h3>
        <p>Colour, gloss and vivids planned around your curl pattern, plus <a href="/balayage/">balayage</a>
        and <a href="/colour-correction/">colour correction</a>.</p>
      </div>
      <div class="grid-item pixpa-card">
        <h3><a href="/treatments/">Treatments &amp; extensions</a></h3>
        <p>Olaplex bond repair, deep conditioning and <a href="/extensions/">tape-in extensions</a> in
        textured hair.</p>
      </div>
    </div>
    <div class="content-block pixpa-testimonials testimonials-carousel">
      <div class="text-block-wrapper">
        <h2>What our clients say</h2>
        <blockquote class="testimonial-item">
          <p>&ldquo;I've been to salons all over the city and this is the first one that didn't make me feel
          like a problem to be solved. My curls have never looked this even.&rdquo;</p>
          <cite>&mdash; Grace T., Redland &#9733;&#9733;&#9733;&#9733;&#9733;</cite>
        </blockquote>
        <blockquote class="testimonial-item">
          <p>&ldquo;Came in with three years of box dye and left with a plan. Three sessions later, I'm
          back to my own colour and my curls still spring.&rdquo;</p>
          <cite>&mdash; Becca L., Southville &#9733;&#9733;&#9733;&#9733;&#9733;</cite>
        </blockquote>
        <blockquote class="testimonial-item">
          <p>&ldquo;They taught me more about my hair in one visit than twenty years of YouTube.&rdquo;</p>
          <cite>&mdash; Dele O., Fishponds &#9733;&#9733;&#9733;&#9733;&#9733;</cite>
        </blockquote>
      </div>
    </div>
    <div class="content-block instagram-feed">
      <div class="text-block-wrapper">
        <h2>Fresh from the chair</h2>
        <p>See this week's cuts and colour on <a href="https://www.instagram.com/wildrootcurl">Instagram
        @wildrootcurl</a>.</p>
      </div>
    </div>"""


_CUTS = f"""    <div class="content-block">
      <div class="text-block-wrapper">
        <p class="lead">Curly hair shrinks, clumps and springs in its own way. A cut that looks neat on wet,
        stretched hair can dry into something completely different, which is why we offer a choice of
        cutting methods and will always recommend the one that suits your hair.</p>
        <h2>The Wildroot Dry Cut</h2>
        <p>Our signature service. We cut your hair dry, in its natural curly state, curl by curl. Because we
        can see exactly where each curl sits, how much it shrinks and how it groups with its neighbours, we can
        shape it for balance and volume without any nasty surprises when it dries. Afterwards we wash and
        condition your hair, style it with products chosen for you and diffuse it, talking you through each
        step so you can repeat it at home.</p>
        <p>The dry cut is the one to choose if your hair has ever dried uneven or lopsided after a wet cut,
        if you want more shape or volume, if you're making a big change, or if it's your first cut with us.
        Allow around two hours for the whole appointment.</p>
        <h2>Wet Curly Cut</h2>
        <p>Cut on freshly washed, detangled hair using low-tension sectioning so curls aren't pulled out of
        shape, then styled and diffused. Wet cutting works well for precise shapes such as curly bobs and
        blunt lines, for looser waves, and for clients who are happy with their current shape and just want
        it kept in order. Allow about 75 minutes.</p>
        <h2>Curl Refresh</h2>
        <p>A quick dry trim to tidy ends and rebalance the shape between full cuts, with no wash or style.
        About 45 minutes, and only for clients who've had a full cut with us in the last 12 weeks.</p>
        <h2>Short curly cuts and tapers</h2>
        <p>Cropped curls, tapered sides and shapes above the ear, combining scissor and clipper work.</p>
        <h2>Children's curly cuts</h2>
        <p>Under-12s are very welcome. Children's cuts are done dry with a quick spritz and finish, take
        about 30 minutes, and a parent or carer needs to stay in the salon throughout.</p>
        <h2>How often?</h2>
        <p>Most longer curly shapes want a full cut every 10 to 14 weeks; short shapes and tapers every 6 to 8.
        See the <a href="/prices/">price list</a> and read <a href="/preparing-for-your-visit/">how to
        arrive for your cut</a> before you come in.</p>
        <a class="pixpa-btn btn-primary" href="{_BOOK_URL}">Book a cut</a>
      </div>
    </div>"""


_CONSULT = f"""    <div class="content-block">
      <div class="text-block-wrapper">
        <p class="lead">Not sure which cut you need, whether your hair can go lighter, or which stylist to
        book? Start here.</p>
        <h2>Free 15-minute curl chat</h2>
        <p>A relaxed, no-obligation chat with one of our stylists. We'll look at your hair, ask what you
        love and hate about it, and recommend the right service, the right stylist level and roughly what it
        will cost. You can have your chat in the salon, or by video call on WhatsApp or Google Meet if you'd
        rather not travel in first &mdash; just pick &ldquo;video&rdquo; when you book and we'll send the link
        the day before. For video chats, sit near a window with your hair dry and loose.</p>
        <h2>Curl Consultation &amp; Routine Lesson &mdash; 60 minutes, £45</h2>
        <p>For anyone who has never really been shown how to look after their curls. There's no haircut;
        the whole hour is about your routine. We'll wash your hair at the basin and then teach you, step by
        step:</p>
        <ul>
          <li>how to cleanse and condition for your hair's porosity, and how often to clarify</li>
          <li>detangling without breakage</li>
          <li>applying stylers by raking, praying hands or shingling, and how much to use</li>
          <li>scrunching, plopping and diffusing without frizz</li>
          <li>refreshing on day two and three, and protecting curls overnight</li>
        </ul>
        <p>You'll style half of your head yourself while we guide you, so you leave knowing you can do it.
        You take home a written routine card and a small sample bag of products to try. If you book a cut
        within four weeks of your lesson, we'll take £20 off the cut.</p>
        <h2>Do I need to know my curl type?</h2>
        <p>Not at all. Numbers like 3b or 4a can be a useful shorthand, but most heads have several patterns,
        and we'd rather look at how your hair actually behaves.</p>
        <a class="pixpa-btn btn-primary" href="{_BOOK_URL}">Book a consultation</a>
      </div>
    </div>"""


_COLOUR = f"""    <div class="content-block">
      <div class="text-block-wrapper">
        <p class="lead">Curly hair is naturally drier and more porous than straight hair, and careless
        lightening can loosen a curl pattern for good. Our colour bar is built around protecting your
        curls first.</p>
        <h2>How we colour curls</h2>
        <p>We plan colour on dry, styled hair so we can see how it will sit in your curls, use low-ammonia and
        demi-permanent formulas wherever we can, and add a bond builder to every lightening service at no
        extra cost. We'll always tell you honestly if the colour you want would risk your curl pattern.</p>
        <h2>Our colour services</h2>
        <ul>
          <li><strong>Root colour</strong> &ndash; covers regrowth and grey at the roots, usually every 4&ndash;6
          weeks.</li>
          <li><strong>Full head colour</strong> &ndash; a new all-over shade, or richer, glossier natural colour.</li>
          <li><strong>Gloss &amp; tone</strong> &ndash; adds shine, refreshes faded colour and knocks out
          brassiness in about 45 minutes.</li>
          <li><strong>Vivids</strong> &ndash; copper, pinks, purples and blues using semi-permanent colour, usually
          over pre-lightened sections.</li>
          <li><strong>Grey blending</strong> &ndash; see below.</li>
        </ul>
        <h2>Grey blending</h2>
        <p>If you're going grey but don't want the flat, solid look of all-over coverage and a hard regrowth
        line every few weeks, grey blending is for you. We use a soft demi-permanent colour together with fine
        lowlights and highlights woven through the curls, so the grey softens into your natural shade and grows
        out gently. Most clients need a refresh only every 8 to 12 weeks.</p>
        <h2>Skin test before colour</h2>
        <p>For your safety, you'll need a skin (patch) test at least 48 hours before any colour service if
        you're new to us or haven't had colour with us in the last six months. It takes five minutes, it's
        free, and you can pop in for it any time we're open without an appointment. We can't colour on the day
        without one.</p>
        <p>See our <a href="/prices/">price list</a> for colour prices by stylist level.</p>
        <a class="pixpa-btn btn-primary" href="{_BOOK_URL}">Book colour</a>
      </div>
    </div>"""


_BALAYAGE = f"""    <div class="content-block">
      <div class="text-block-wrapper">
        <p class="lead">Sun-kissed, lived-in brightness that follows the way your curls fall.</p>
        <h2>Balayage, curl by curl</h2>
        <p>Foils and traditional highlights are placed on flat, straight sections, which can leave curls with
        stripes and spots. We hand-paint lightener onto your hair while it's dry and curly, choosing individual
        curls and clumps so the brightness lands exactly where the light would naturally hit. The result has a
        soft, blended root, so it grows out gracefully without an obvious line.</p>
        <h2>Options</h2>
        <ul>
          <li><strong>Full balayage</strong> &ndash; brightness all over, from mid-lengths to ends.</li>
          <li><strong>Partial balayage</strong> &ndash; the top and front sections only.</li>
          <li><strong>Face-framing pieces</strong> &ndash; a brighter curl or two around the face, great as a
          first step.</li>
        </ul>
        <h2>How long does it take?</h2>
        <p>Balayage on curls isn't quick. A full balayage takes between three and a half and four and a half
        hours including toning and styling, and longer again if you add a cut. A partial balayage is around
        three hours, and face-framing pieces around two. Bring a book or something to watch; we'll keep the
        tea and biscuits coming.</p>
        <h2>Keeping it looking fresh</h2>
        <p>Come back for a gloss and tone every 8 to 10 weeks to keep brassiness away, and plan on a full
        re-balayage every four to six months &mdash; for most of our clients that's twice a year. Wait 48 hours
        before your first wash, and use a purple shampoo once a week, no more.</p>
        <p>If your natural colour is very dark, reaching a light blonde may take two sessions. Before booking
        any colour, read the <a href="/colour/">colour on curls</a> page.</p>
        <a class="pixpa-btn btn-primary" href="{_BOOK_URL}">Book balayage</a>
      </div>
    </div>"""


_CORRECTION = f"""    <div class="content-block">
      <div class="text-block-wrapper">
        <p class="lead">Box dye gone wrong, patchy bleach, orange tones, or colour from another salon you're
        not happy with? We see it every week and we won't judge.</p>
        <h2>How a colour correction works</h2>
        <p>Every correction starts with a free in-salon consultation and a strand test, so we can see how your
        hair reacts before we commit to a plan. Corrections are carried out by our Senior Stylists or Creative
        Director only and are charged at £70 per hour, with a written estimate after your consultation. Please
        be honest about everything that has gone on your hair in the last two to three years, including
        supermarket dyes, semi-permanents and &ldquo;wash-out&rdquo; colours.</p>
        <h2>One session or several?</h2>
        <p>Taking dark box dye out of curly hair, especially black or dark brown, almost always needs two to
        four sessions spaced four to six weeks apart. Trying to do it in one sitting would mean blasting your
        hair with strong lightener, and that is how curls lose their pattern or snap. We won't promise a
        one-visit result on dark box dye, but we will give you a clear plan and lovely-looking hair at every
        stage along the way.</p>
        <h2>Henna</h2>
        <p>Henna is a special case and you must tell us if you've used it. Many shop-bought hennas contain
        metallic salts, which react with lightener and can make hair overheat, smoke or break. We test a
        snipped strand first. If it's pure henna, we can sometimes lift it gently over more than one session;
        if metallic salts show up, we can't lighten it safely at all and the only options are going darker,
        a gloss, or growing it out and cutting it off gradually.</p>
        <h2>Fixing colour from elsewhere</h2>
        <p>If another salon's colour hasn't turned out as you hoped, bring any photos of the before and what you
        asked for. It helps us understand what products may already be in your hair.</p>
        <a class="pixpa-btn btn-primary" href="{_BOOK_URL}">Book a correction consultation</a>
      </div>
    </div>"""


_TREATMENTS = f"""    <div class="content-block">
      <div class="text-block-wrapper">
        <p class="lead">Treatments to rebuild, rehydrate and reset tired curls. Each can be booked on its own
        or added to a cut or colour.</p>
        <div class="pixpa-table-wrapper">
          <table class="pixpa-table treatments-table">
            <thead><tr><th>Treatment</th><th>On its own</th><th>Added to another service</th></tr></thead>
            <tbody>
              <tr><td>Olaplex bond repair (No.1 &amp; No.2)</td><td>£35</td><td>£20</td></tr>
              <tr><td>Curl Quench deep conditioning</td><td>£30</td><td>£18</td></tr>
              <tr><td>Scalp detox</td><td>£28</td><td>£15</td></tr>
            </tbody>
          </table>
        </div>
        <h2>Olaplex bond repair</h2>
        <p>Bleach, heat and even sun break the bonds inside each hair, leaving it rough, straw-like, stretchy
        when wet and prone to snapping. Olaplex No.1 and No.2 work inside the hair to reconnect those broken
        bonds. The stand-alone treatment takes about 45 minutes including a wash and diffuse. For very damaged,
        over-lightened hair we recommend a course of three, two weeks apart, alongside Olaplex No.3 at home once
        a week.</p>
        <h2>Curl Quench deep conditioning</h2>
        <p>A rich moisture mask worked through in sections and left under a warm steamer, so it soaks right into
        dry, thirsty curls. Brilliant for coily hair and for anyone who lives in central heating all winter.</p>
        <h2>Scalp detox</h2>
        <p>A clarifying wash and gentle scalp scrub that lifts product build-up, hard-water residue and flakes.
        Ideal if your curls feel coated and limp, or your scalp is itchy between washes.</p>
        <h2>Moisture or protein?</h2>
        <p>Not sure which your hair needs? Your stylist will do a quick stretch test on a wet strand and
        recommend the right treatment.</p>
        <a class="pixpa-btn btn-primary" href="{_BOOK_URL}">Book a treatment</a>
      </div>
    </div>"""


_EXTENSIONS = f"""    <div class="content-block">
      <div class="text-block-wrapper">
        <p class="lead">Extra length and fullness that actually matches your curls, not a straight extension
        that's been crimped.</p>
        <h2>Tape-ins for textured hair</h2>
        <p>We fit tape-in extensions made from ethically sourced human hair in wavy, curly and coily textures.
        Thin, flat wefts are sandwiched either side of a fine section of your own hair, close to the scalp.
        They lie flat, are comfortable to sleep in, and won't show when your hair is worn down. Tape-ins do need
        a reasonable density of hair at the root to hold them, which we check at your consultation.</p>
        <h2>Consultation and colour match</h2>
        <p>Every extensions client needs a 30-minute consultation first, where we match texture and colour and
        work out how many tapes you need. Your hair is then ordered in and usually arrives in 7 to 10 days.</p>
        <div class="pixpa-table-wrapper">
          <table class="pixpa-table extensions-table">
            <thead><tr><th></th><th>Half head (20 tapes)</th><th>Full head (40 tapes)</th></tr></thead>
            <tbody>
              <tr><td>Hair</td><td>£260</td><td>£480</td></tr>
              <tr><td>Fitting, cut-in and style</td><td>£80</td><td>£120</td></tr>
              <tr><td><strong>Total first fit</strong></td><td><strong>£340</strong></td>
              <td><strong>£600</strong></td></tr>
              <tr><td>Refit (move up, re-tape, style)</td><td>£85</td><td>£120</td></tr>
              <tr><td>Removal only</td><td>£45</td><td>£45</td></tr>
            </tbody>
          </table>
        </div>
        <h2>Maintenance</h2>
        <p>As your own hair grows, the tapes move down. Book a refit every six to eight weeks, when we take them
        out, re-tape the same hair and put it back in closer to the root. With good care the hair can be reused
        for two or three refits and lasts six to nine months.</p>
        <h2>Aftercare</h2>
        <ul>
          <li>Don't wash your hair for 48 hours after a fitting so the tapes can fully bond.</li>
          <li>Keep conditioner, oils and butters away from the tapes &mdash; mid-lengths and ends only.</li>
          <li>Detangle gently, holding your hair at the root, and sleep in a loose plait or pineapple.</li>
          <li>Never try to remove tapes yourself.</li>
        </ul>
        <a class="pixpa-btn btn-primary" href="{_BOOK_URL}">Book an extensions consultation</a>
      </div>
    </div>"""


_PRICES = """    <div class="content-block">
      <div class="text-block-wrapper">
        <p class="lead">Our prices depend on the level of the stylist you book. Every level has passed the same
        in-house curl training; more senior stylists have more years of experience and are in higher demand.
        All prices are the same whatever your gender and are priced by service.</p>
        <h3>Stylist levels</h3>
        <ul>
          <li><strong>Graduate Stylist</strong> &ndash; newly qualified and fully trained by us.</li>
          <li><strong>Stylist</strong> &ndash; two or more years of curly cutting and colour.</li>
          <li><strong>Senior Stylist</strong> &ndash; five or more years, specialist in complex cuts and colour.</li>
          <li><strong>Creative Director</strong> &ndash; our founder.</li>
        </ul>
        <h2>Cuts</h2>
        <div class="pixpa-table-wrapper">
          <table class="pixpa-table price-table">
            <thead><tr><th>Service</th><th>Graduate</th><th>Stylist</th><th>Senior</th>
            <th>Creative Director</th></tr></thead>
            <tbody>
              <tr><td>Wildroot Dry Cut (wash, style &amp; diffuse)</td><td>£48</td><td>£62</td><td>£75</td>
              <td>£95</td></tr>
              <tr><td>Wet Curly Cut &amp; style</td><td>£40</td><td>£52</td><td>£64</td><td>£80</td></tr>
              <tr><td>Curl Refresh (dry trim, no style)</td><td>£32</td><td>£40</td><td>£48</td><td>£60</td></tr>
              <tr><td>Short curly cut / taper</td><td>£35</td><td>£45</td><td>£55</td><td>£70</td></tr>
              <tr><td>Wash, style &amp; diffuse only</td><td>£30</td><td>£36</td><td>£42</td><td>&ndash;</td></tr>
            </tbody>
          </table>
        </div>
        <p>Children's curly cut (under 12): <strong>£30</strong> with any stylist.</p>
        <h2>Colour</h2>
        <div class="pixpa-table-wrapper">
          <table class="pixpa-table price-table">
            <thead><tr><th>Service</th><th>Graduate</th><th>Stylist</th><th>Senior</th>
            <th>Creative Director</th></tr></thead>
            <tbody>
              <tr><td>Root colour</td><td>£60</td><td>£68</td><td>£78</td><td>£95</td></tr>
              <tr><td>Full head colour (from)</td><td>£80</td><td>£92</td><td>£108</td><td>£130</td></tr>
              <tr><td>Gloss &amp; tone</td><td>£38</td><td>£44</td><td>£50</td><td>£60</td></tr>
              <tr><td>Grey blending (from)</td><td>&ndash;</td><td>£95</td><td>£115</td><td>£140</td></tr>
              <tr><td>Face-framing pieces</td><td>£70</td><td>£80</td><td>£95</td><td>£115</td></tr>
              <tr><td>Partial balayage (from)</td><td>&ndash;</td><td>£130</td><td>£155</td><td>£190</td></tr>
              <tr><td>Full balayage (from)</td><td>&ndash;</td><td>£175</td><td>£210</td><td>£260</td></tr>
              <tr><td>Vivids (from)</td><td>&ndash;</td><td>£110</td><td>£130</td><td>£150</td></tr>
            </tbody>
          </table>
        </div>
        <p class="small-print">&ldquo;From&rdquo; prices depend on length and density; your stylist will confirm
        the price before starting. Colour correction is quoted after a consultation &mdash; see
        <a href="/colour-correction/">colour correction</a>. Treatment and extension prices are on the
        <a href="/treatments/">treatments</a> and <a href="/extensions/">extensions</a> pages.</p>
      </div>
    </div>"""


_PREP = """    <div class="content-block">
      <div class="text-block-wrapper">
        <p class="lead">How your hair looks when you walk in makes a real difference to your cut. Here's how to
        arrive.</p>
        <h2>For a Dry Cut or Curl Refresh</h2>
        <ul>
          <li><strong>Wash it a day or two before</strong>, not on the morning of your appointment, and let it
          dry completely.</li>
          <li><strong>Wear it loose and styled the way you normally wear it</strong>, with your usual products,
          so we can see your curls as you live with them.</li>
          <li><strong>No buns, ponytails, clips, headbands or scarves</strong> on the day &mdash; they leave
          dents and stretch the curls, and we'd be cutting a shape that isn't really yours.</li>
          <li>Don't brush it out, and skip heavy oils and butters on the day.</li>
        </ul>
        <h2>Coming out of braids, twists or a weave?</h2>
        <p>Please take protective styles out at least three or four days before your appointment. Give your hair
        a good wash and deep condition, then wear it out in a wash-and-go or twist-out so your natural pattern
        has time to come back. If you can't take your style down in time, call us and we'll switch you to a
        wet cut with extra time for detangling (a £15 detangling supplement applies).</p>
        <h2>For a Wet Curly Cut</h2>
        <p>Come with your hair detangled. There's no need to wash it beforehand; we'll wash it at the salon.</p>
        <h2>For colour</h2>
        <p>Come with hair washed one or two days before, with no heavy styling products, and wear a dark top.</p>
        <h2>Everything else</h2>
        <ul>
          <li>Bring photos of curly styles you love (and any you really don't).</li>
          <li>Arrive five to ten minutes early so you can settle in with a drink.</li>
          <li>Bring the products you use at home if you'd like us to look at your routine.</li>
        </ul>
      </div>
    </div>"""


_BOOKING = f"""    <div class="content-block">
      <div class="text-block-wrapper">
        <h2>How to book</h2>
        <p>Book online 24/7 through our <a href="{_BOOK_URL}">booking page</a>, or call the salon during opening
        hours. We can't take bookings through Instagram or Facebook messages.</p>
        <h2>Deposits</h2>
        <p>Because appointments for curly cuts and colour are long, we ask for a deposit when you book. It
        comes off your bill on the day.</p>
        <div class="pixpa-table-wrapper">
          <table class="pixpa-table deposit-table">
            <thead><tr><th>Service</th><th>Deposit</th></tr></thead>
            <tbody>
              <tr><td>Cuts (new clients)</td><td>£20</td></tr>
              <tr><td>Cuts (returning clients)</td><td>None, unless you've missed an appointment</td></tr>
              <tr><td>Colour, balayage &amp; colour correction</td><td>25% of the estimated price, minimum
              £40</td></tr>
              <tr><td>Extensions</td><td>Full cost of the hair, paid when it's ordered and non-refundable</td></tr>
            </tbody>
          </table>
        </div>
        <h2>Cancelling or moving your appointment</h2>
        <p>Give us at least 48 hours' notice and we'll move your deposit to your new date or refund it. With
        less than 48 hours' notice your deposit is kept. If you don't turn up at all, the deposit is kept and
        future bookings will need to be paid in full in advance.</p>
        <h2>Running late</h2>
        <p>Please call us as soon as you know. If you're up to 15 minutes late, we'll do our very best to see
        you, but we may have to shorten your service (for example, finishing without a full diffuse) so our
        next client isn't kept waiting, and the full price still applies. If you're more than 15 minutes late
        for a cut, or more than 20 minutes late for a colour, we'll usually have to rebook you and it's treated
        as a late cancellation.</p>
        <h2>If we're running late</h2>
        <p>Curls sometimes take longer than planned. If your stylist is running behind we'll text you so you
        can arrive a little later.</p>
      </div>
    </div>"""


_GUARANTEE = """    <div class="content-block">
      <div class="text-block-wrapper">
        <h2>Our 7-day re-do promise</h2>
        <p>We want you to love your curls. If you're not happy with your cut or colour, let us know within
        seven days of your appointment, by phone or email (photos in natural light really help), and we'll book
        you back in free of charge to put it right. You can see the same stylist or, if you'd prefer, a
        different member of the team.</p>
        <p>Curls can take a wash or two to settle after a cut, so sometimes we'll ask you to wash and style at
        home once more before we adjust anything &mdash; but if something's wrong, we'll fix it.</p>
        <h2>What the promise doesn't cover</h2>
        <ul>
          <li>Getting in touch more than seven days after your appointment.</li>
          <li>Hair that's been cut or coloured at home or elsewhere since your visit.</li>
          <li>Changing your mind about a style or colour that was agreed at the start and carried out as
          agreed.</li>
          <li>Colour fading caused by swimming pools, sunbeds or not following the aftercare advice you were
          given.</li>
        </ul>
        <h2>Refunds</h2>
        <p>Because we can always put a cut or colour right with a re-do, we don't give refunds on services that
        have been carried out. In the rare case that a re-do really can't fix a problem, our salon manager will
        look at it personally and may offer a partial refund.</p>
        <p>Unopened products can be returned for a full refund within 14 days with your receipt. If a product
        you've opened doesn't agree with your scalp, bring it back within 14 days and we'll swap it for
        something else.</p>
      </div>
    </div>"""


_PRODUCTS = """    <div class="content-block">
      <div class="text-block-wrapper">
        <p class="lead">We only stock products we use on the salon floor every day: Bouclème, Curlsmith, Only
        Curls and Olaplex, plus Denman brushes, microfibre towels and satin bonnets.</p>
        <h2>What we'd recommend for your hair</h2>
        <h3>Waves that fall flat or frizz by midday</h3>
        <p>Waves are easily weighed down. Skip heavy creams, butters and oils, and instead use a lightweight
        conditioner, then a volumising foam or mousse scrunched into soaking-wet hair followed by a light-hold
        gel. Diffuse upside down, or let it air dry without touching it, then scrunch out the crunch. Clarify
        every two weeks so build-up doesn't drag your waves flat. Our picks: Only Curls Volumising Foam and
        Bouclème Curl Defining Gel.</p>
        <h3>Curls that feel dry or won't hold</h3>
        <p>Layer a leave-in or curl cream under a firmer gel for definition that lasts. Our picks: Curlsmith
        Curl Quenching Conditioning Wash, Bouclème Curl Cream and Curlsmith Curl Defining Styling Souffl&eacute;.</p>
        <h3>Coily hair that's thirsty</h3>
        <p>Moisture in layers: a creamy leave-in, a curl cream and a butter or oil to seal the ends, and a
        satin bonnet at night. Our picks: Only Curls Moisture Leave-In and Curlsmith Hair Butter.</p>
        <h3>Bleached or damaged hair</h3>
        <p>Olaplex No.3 once a week before shampooing, and No.7 oil on the ends.</p>
        <h2>Buying from us</h2>
        <p>Clients get 10% off any product bought on the day of their appointment. Can't get in? Ring the salon
        and we'll put your products aside for you to collect within a week. We're not able to post products
        out at the moment.</p>
        <div class="pixpa-table-wrapper">
          <table class="pixpa-table product-table">
            <thead><tr><th>Tools</th><th>Price</th></tr></thead>
            <tbody>
              <tr><td>Microfibre hair towel</td><td>£15</td></tr>
              <tr><td>Satin-lined bonnet</td><td>£12</td></tr>
              <tr><td>Denman D3 brush</td><td>£16</td></tr>
              <tr><td>Universal diffuser attachment</td><td>£22</td></tr>
            </tbody>
          </table>
        </div>
      </div>
    </div>"""


_VOUCHERS = f"""    <div class="content-block">
      <div class="text-block-wrapper">
        <p class="lead">Give someone the best hair day they've had in years.</p>
        <h2>How our vouchers work</h2>
        <ul>
          <li>Choose any amount from £25, or a voucher for a named service such as a Wildroot Dry Cut or a Curl
          Consultation &amp; Routine Lesson.</li>
          <li>Vouchers are valid for 12 months from the date you buy them.</li>
          <li>They can be spent on any service or on products, and any balance left over stays on the voucher
          for next time.</li>
          <li>Vouchers can't be exchanged for cash.</li>
        </ul>
        <h2>Buying a voucher</h2>
        <p><strong>E-vouchers</strong> can be bought online through our <a href="{_BOOK_URL}">booking page</a> and
        are emailed straight away, either to you or directly to the lucky recipient with your own message. If an
        e-voucher is lost, we can reissue it.</p>
        <p><strong>Printed vouchers</strong> come in a kraft gift envelope tied with ribbon and can be bought in
        the salon or over the phone; we'll post them first class at no extra cost.</p>
        <h2>Redeeming a voucher</h2>
        <p>The recipient just books as normal and mentions the voucher code when they book, then brings the
        voucher (or the email) along on the day. Service vouchers cover the service with any stylist level; if
        they choose a more senior stylist, they pay the difference.</p>
      </div>
    </div>"""


_TEAM = """    <div class="content-block team-grid pixpa-grid grid-2">
      <div class="grid-item team-member pixpa-card">
        <img src="/assets/pixpa/img/team-amara.jpg" alt="Amara Okafor">
        <h3>Amara Okafor</h3>
        <p class="role">Founder &amp; Creative Director</p>
        <p>Amara opened Wildroot in 2016 after twelve years in London salons, fed up with seeing curly clients
        leave unhappy. She still works on the salon floor three days a week, Thursday to Saturday, and loves big
        sculpted shapes and coily hair.</p>
      </div>
      <div class="grid-item team-member pixpa-card">
        <img src="/assets/pixpa/img/team-jess.jpg" alt="Jess Whitlock">
        <h3>Jess Whitlock</h3>
        <p class="role">Senior Stylist &amp; Colour Lead</p>
        <p>Our balayage queen and the calm head behind most of our colour corrections. Jess trains the rest of
        the team in colour.</p>
      </div>
      <div class="grid-item team-member pixpa-card">
        <img src="/assets/pixpa/img/team-tomasz.jpg" alt="Tomasz Nowak">
        <h3>Tomasz Nowak</h3>
        <p class="role">Senior Stylist &amp; Extensions Specialist</p>
        <p>Precise dry cutting, curly bobs and every tape-in fitting in the salon. Tomasz also looks after our
        short curly cuts and tapers.</p>
      </div>
      <div class="grid-item team-member pixpa-card">
        <img src="/assets/pixpa/img/team-priya.jpg" alt="Priya Lal">
        <h3>Priya Lal</h3>
        <p class="role">Stylist</p>
        <p>Loves waves that people don't realise are waves, and anything vivid: coppers, pinks and purples.</p>
      </div>
      <div class="grid-item team-member pixpa-card">
        <img src="/assets/pixpa/img/team-keisha.jpg" alt="Keisha Brown">
        <h3>Keisha Brown</h3>
        <p class="role">Stylist</p>
        <p>Coily hair, shape-ups and children's cuts. Kids love her, and so do their parents.</p>
      </div>
      <div class="grid-item team-member pixpa-card">
        <img src="/assets/pixpa/img/team-ellie.jpg" alt="Ellie Mason">
        <h3>Ellie Mason</h3>
        <p class="role">Graduate Stylist</p>
        <p>Ellie finished our apprenticeship last year and now has her own column. Great value for dry cuts.</p>
      </div>
      <div class="grid-item team-member pixpa-card">
        <img src="/assets/pixpa/img/team-jordan.jpg" alt="Jordan Reid">
        <h3>Jordan Reid</h3>
        <p class="role">Apprentice</p>
        <p>Jordan will probably make you a cup of tea, wash your hair and talk to you about football.</p>
      </div>
      <div class="grid-item team-member pixpa-card">
        <img src="/assets/pixpa/img/team-hannah.jpg" alt="Hannah Price">
        <h3>Hannah Price</h3>
        <p class="role">Salon Coordinator</p>
        <p>The friendly voice on the phone, in charge of bookings, vouchers and keeping everyone on time.</p>
      </div>
    </div>"""


_CAREERS = """    <div class="content-block">
      <div class="text-block-wrapper">
        <p class="lead">We're always happy to hear from people who love textured hair as much as we do.</p>
        <h2>Current vacancies</h2>
        <ul>
          <li><strong>Senior Stylist</strong> &ndash; full or part time, at least five years' experience with
          curly cutting and colour. Commission on services and retail on top of a competitive base salary.</li>
          <li><strong>Saturday Assistant</strong> &ndash; aged 16 or over, 9am to 5pm on Saturdays, shampooing,
          reception cover and keeping the salon looking lovely.</li>
        </ul>
        <h2>Apprenticeships</h2>
        <p>We take on one or two hairdressing apprentices each year, starting in September. You'll work towards
        the Level 2 Hairdressing Professional apprenticeship over 18 to 24 months, spending four days a week in
        the salon and one day at City of Bristol College, plus our own curl training on Wednesday evenings. You
        need to be 16 or over; no experience is needed, just enthusiasm and good people skills. We pay above
        the apprentice minimum wage, and applications open each spring.</p>
        <h2>How to apply</h2>
        <p>Email your CV and a few lines about why you want to work with curls to
        <a href="mailto:jobs@wildrootcurl.co.uk">jobs@wildrootcurl.co.uk</a>. Stylists, please include your
        Instagram or a few photos of your work; shortlisted stylists will be invited for a trade test.</p>
        <h2>Be a hair model</h2>
        <p>Our apprentices and graduate stylists need curly models for training nights on Wednesday evenings.
        Cuts are £15 and colour is charged at the cost of the product, supervised by a Senior Stylist. It takes
        longer than a normal appointment. Email
        <a href="mailto:models@wildrootcurl.co.uk">models@wildrootcurl.co.uk</a> with a photo of your hair.</p>
      </div>
    </div>"""


_CONTACT = """    <div class="content-block">
      <div class="text-block-wrapper">
        <h2>Find us</h2>
        <p>Wildroot Curl &amp; Colour, 212 Gloucester Road, Bishopston, Bristol BS7 8NU. We're on the
        Gloucester Road high street between the bakery and the bike shop, with a green door and big windows.</p>
        <p>Phone <a href="tel:+441179423186">0117 942 3186</a> &middot; Email
        <a href="mailto:hello@wildrootcurl.co.uk">hello@wildrootcurl.co.uk</a></p>
        <h2>Opening hours</h2>
        <table class="pixpa-table hours-table">
          <tbody>
            <tr><td>Monday</td><td>Closed</td></tr>
            <tr><td>Tuesday</td><td>10am &ndash; 6pm</td></tr>
            <tr><td>Wednesday</td><td>10am &ndash; 8pm</td></tr>
            <tr><td>Thursday</td><td>10am &ndash; 8pm</td></tr>
            <tr><td>Friday</td><td>9am &ndash; 6pm</td></tr>
            <tr><td>Saturday</td><td>9am &ndash; 5pm</td></tr>
            <tr><td>Sunday</td><td>Closed</td></tr>
          </tbody>
        </table>
        <p>We're closed on bank holidays. Christmas and New Year hours are posted here each November.</p>
        <h2>Parking and getting here</h2>
        <p>There's no parking right outside, as Gloucester Road has loading bays and bus stops only. The side
        streets behind us, including Berkeley Road and Sommerville Road, are in the Bishopston residents'
        parking zone, but there are free two-hour visitor bays marked on both (no return within two hours). The
        nearest pay-and-display is the Brynland Avenue car park, about five minutes' walk. Please don't use the
        supermarket car park opposite; it's for their customers only and they do fine people.</p>
        <p>By bus, the 73 and 75 stop at the Berkeley Road stop, two minutes' walk away. There's a bike rack
        right outside our door.</p>
        <h2>Accessibility</h2>
        <p>Our entrance is step-free and the salon floor is all on one level. One styling station has a
        removable chair so you can stay in your wheelchair, and our basins tilt. Our toilet is upstairs and
        isn't wheelchair accessible, sorry. We also offer quieter appointments on Tuesday mornings, with the
        music off and lights lowered, for anyone who finds salons overwhelming.</p>
      </div>
    </div>"""


_FAQ = """    <div class="content-block faq-section pixpa-faq">
      <div class="text-block-wrapper">
        <div class="faq-item">
          <div class="faq-title" role="button" aria-expanded="false">Do you cut straight hair too?</div>
          <div class="faq-content">
            <p>Yes. We specialise in curls, waves and coils, but we're happy to cut straight hair as well,
            so friends and family can come along together. Book a Wet Curly Cut; the price is the same.</p>
          </div>
        </div>
        <div class="faq-item">
          <div class="faq-title" role="button" aria-expanded="false">Do you cut men's curly hair?</div>
          <div class="faq-content">
            <p>Of course. We cut all genders and our prices are by service, so a short curly cut costs the same
            for everyone.</p>
          </div>
        </div>
        <div class="faq-item">
          <div class="faq-title" role="button" aria-expanded="false">How do I pay?</div>
          <div class="faq-content">
            <p>We take all major cards including American Express, contactless, Apple Pay, Google Pay and cash.
            We don't take cheques. Payment is taken at the end of your appointment, less any deposit.</p>
          </div>
        </div>
        <div class="faq-item">
          <div class="faq-title" role="button" aria-expanded="false">How far ahead should I book?</div>
          <div class="faq-content">
            <p>Weekday daytimes are usually available within a week or two. Saturdays and our late evenings go
            three to four weeks ahead, and Amara is usually booked about six weeks out.</p>
          </div>
        </div>
        <div class="faq-item">
          <div class="faq-title" role="button" aria-expanded="false">Can I bring someone with me?</div>
          <div class="faq-content">
            <p>Yes, one friend or family member is welcome to keep you company. The salon is small, so we'd ask
            that it's just one.</p>
          </div>
        </div>
        <div class="faq-item">
          <div class="faq-title" role="button" aria-expanded="false">Are your products curly-girl friendly?</div>
          <div class="faq-content">
            <p>Most of our styling products are free from sulphates, drying alcohols and non-soluble silicones.
            If there's an ingredient you avoid, tell your stylist and we'll work around it.</p>
          </div>
        </div>
        <div class="faq-item">
          <div class="faq-title" role="button" aria-expanded="false">Can you make my hair curlier?</div>
          <div class="faq-content">
            <p>We can't create a curl that isn't there, but a good cut and the right routine often reveal far
            more curl than people expect, especially in hair that's been cut straight or weighed down for
            years.</p>
          </div>
        </div>
        <div class="faq-item">
          <div class="faq-title" role="button" aria-expanded="false">Do you do perms or relaxers?</div>
          <div class="faq-content">
            <p>No. We don't offer perms, relaxers or any chemical straightening, as they go against everything
            we do for natural texture.</p>
          </div>
        </div>
      </div>
    </div>"""


HTML = {
    "/": _page(
        "/",
        "Curly Hair Specialists in Bristol",
        "Wildroot is a curly-hair specialist salon and colour bar on Gloucester Road, Bristol.",
        _HOME,
    ),
    "/curly-cuts/": _page(
        "/curly-cuts/",
        "Curly Cuts",
        "Dry curly cuts, wet curly cuts, curl refresh trims, short curly cuts and children's cuts in Bristol.",
        _CUTS,
        _REVIEWS_WIDGET + "\n" + _BOOK_WIDGET,
    ),
    "/curl-consultations/": _page(
        "/curl-consultations/",
        "Curl Consultations",
        "Free curl chats in salon or by video, and hour-long curl routine lessons.",
        _CONSULT,
        _REVIEWS_WIDGET,
    ),
    "/colour/": _page(
        "/colour/",
        "Colour on Curly Hair",
        "Colour for curly hair: root colour, gloss, vivids and grey blending that protects your curl pattern.",
        _COLOUR,
        _COLOUR_WIDGET,
    ),
    "/balayage/": _page(
        "/balayage/",
        "Balayage for Curls",
        "Hand-painted balayage on dry curly hair in Bristol.",
        _BALAYAGE,
        _COLOUR_WIDGET + "\n" + _REVIEWS_WIDGET,
    ),
    "/colour-correction/": _page(
        "/colour-correction/",
        "Colour Correction",
        "Colour correction for curly hair: box dye removal, henna, patchy bleach and brassy tones.",
        _CORRECTION,
        _COLOUR_WIDGET,
    ),
    "/treatments/": _page(
        "/treatments/",
        "Olaplex &amp; Treatments",
        "Olaplex bond repair, deep conditioning and scalp detox treatments for curly hair.",
        _TREATMENTS,
        _BOOK_WIDGET,
    ),
    "/extensions/": _page(
        "/extensions/",
        "Tape-in Extensions",
        "Curly, coily and wavy tape-in hair extensions fitted in Bristol.",
        _EXTENSIONS,
        _BOOK_WIDGET,
    ),
    "/prices/": _page(
        "/prices/",
        "Prices",
        "Curly cut and colour prices by stylist level at Wildroot Curl &amp; Colour.",
        _PRICES,
    ),
    "/preparing-for-your-visit/": _page(
        "/preparing-for-your-visit/",
        "Preparing for Your Visit",
        "How to arrive for your curly cut or colour appointment.",
        _PREP,
        _BOOK_WIDGET,
    ),
    "/booking-policy/": _page(
        "/booking-policy/",
        "Booking &amp; Deposits",
        "Booking, deposits, cancellations and lateness policy.",
        _BOOKING,
    ),
    "/guarantee/": _page(
        "/guarantee/",
        "Our 7-Day Re-do Promise",
        "Not happy with your cut or colour? Our seven-day re-do promise and refunds policy.",
        _GUARANTEE,
        _REVIEWS_WIDGET,
    ),
    "/products/": _page(
        "/products/",
        "Curl Products",
        "Curl products we stock and recommend: Bouclème, Curlsmith, Only Curls and Olaplex.",
        _PRODUCTS,
        _BOOK_WIDGET,
    ),
    "/gift-vouchers/": _page(
        "/gift-vouchers/",
        "Gift Vouchers",
        "Wildroot gift vouchers and e-vouchers for curly cuts, colour and products.",
        _VOUCHERS,
        _REVIEWS_WIDGET,
    ),
    "/team/": _page(
        "/team/",
        "Meet the Team",
        "Meet the curl specialists at Wildroot Curl &amp; Colour.",
        _TEAM,
    ),
    "/careers/": _page(
        "/careers/",
        "Careers &amp; Apprenticeships",
        "Jobs, hairdressing apprenticeships and hair model training nights at Wildroot.",
        _CAREERS,
    ),
    "/contact/": _page(
        "/contact/",
        "Find Us",
        "Address, opening hours, parking and accessibility for Wildroot Curl &amp; Colour, Bristol.",
        _CONTACT,
    ),
    "/faq/": _page(
        "/faq/",
        "Frequently Asked Questions",
        "Answers to common questions about visiting Wildroot Curl &amp; Colour.",
        _FAQ,
        _BOOK_WIDGET,
    ),
}


QUESTIONS = [
    (
        "I've always had my hair cut wet and it dries all wonky and uneven. whats the point of a dry cut, "
        "is it actually different?",
        "/curly-cuts/",
    ),
    (
        "Can I have a quick chat over video before I book anything? I'm not sure what I want yet",
        "/curl-consultations/",
    ),
    (
        "Honestly nobody has ever shown me how to do my curls, I just scrunch in some gel and hope for the "
        "best. Is there something where you teach me a proper routine?",
        "/curl-consultations/",
    ),
    (
        "Do I need to come in for a skin test before you dye my hair? Never had it coloured before",
        "/colour/",
    ),
    (
        "I'm 52 and the greys are really coming through now but I don't want a solid block of colour that "
        "I have to keep topping up every month. What would you suggest?",
        "/colour/",
    ),
    (
        "how long does balayage take? trying to work out how much of my saturday it's going to eat up",
        "/balayage/",
    ),
    (
        "I used henna on my hair for years and now I fancy going a bit lighter. Is that even possible?",
        "/colour-correction/",
    ),
    (
        "Did a black box dye at home during lockdown and I hate it. can you get me back to my natural brown in one go",
        "/colour-correction/",
    ),
    (
        "My ends feel like straw since I bleached them last summer. Is there anything you can do to help?",
        "/treatments/",
    ),
    ("price of olaplex on its own?", "/treatments/"),
    ("How much would a full head of tape ins cost me altogether", "/extensions/"),
    ("if i get tape ins how often do they need moving up", "/extensions/"),
    ("How much is a curly dry cut with one of your senior stylists?", "/prices/"),
    (
        "My son's 8 and has really tight curls, nobody round here knows what to do with them. How much would "
        "it be for him?",
        "/prices/",
    ),
    (
        "Should I wash my hair the morning of my curly cut? And is it ok to come with it up in a bun?",
        "/preparing-for-your-visit/",
    ),
    (
        "I've got box braids in at the moment and my cut's next thursday, do I need to take them out before?",
        "/preparing-for-your-visit/",
    ),
    ("Do I have to pay anything up front when I book balayage?", "/booking-policy/"),
    (
        "Stuck on the M32 in traffic, I'm going to be about 20 mins late for my 2 o'clock cut, will you still "
        "be able to see me??",
        "/booking-policy/",
    ),
    (
        "Had my cut on Saturday and now it's dried properly one side is definitely shorter than the other. "
        "Can I come back in to get it sorted?",
        "/guarantee/",
    ),
    (
        "my hair's wavy and it goes flat and frizzy by lunchtime every day, what products should I be using",
        "/products/",
    ),
    (
        "I want to get my sister a voucher for her birthday in March, how long would it be valid for?",
        "/gift-vouchers/",
    ),
    ("Who owns the salon, and does she still do cuts herself?", "/team/"),
    (
        "My daughter's 17 and desperate to be a hairdresser, she loves doing everyone's curls. Do you take "
        "on apprentices?",
        "/careers/",
    ),
    ("where's best to park when I come to you", "/contact/"),
    (
        "Do you cut straight hair? My husband wants to book in at the same time as me but his hair is dead straight",
        "/faq/",
    ),
]


OUT_OF_SCOPE = [
    "Do you do bridal hair? I need someone to do my updo on the morning of my wedding in June",
    "Is there a student discount? I'm at UWE",
    "Can I bring my dog with me? She's very calm and just sleeps under the chair",
    "Do you do eyebrow waxing or lash lifts as well?",
    "Do you fit wigs? My mum is losing her hair with chemo and wants something that looks natural",
    "Is there wifi in the salon? I'll need to work on my laptop while my colour's on",
    "Can you recommend a good nail bar nearby?",
    "What's the weather meant to be like in Bristol this weekend?",
]
