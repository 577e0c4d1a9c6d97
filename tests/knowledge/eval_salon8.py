"""An evaluation site: Wensum Hair & Beauty Room, a unisex hair salon and beauty room on Magdalen Street, Norwich (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Built in Mobirise: content5 sections with
mbr-section-title / mbr-text blocks, a navbar-dropdown mega-menu, Bootstrap accordionStyles FAQ panels and footer3.
"""

NAME = "Wensum Hair & Beauty Room"

_SOCIAL = """
<div class="soc-item">
  <a href="https://www.facebook.com/wensumhairandbeauty" target="_blank">
    <span class="socicon-facebook socicon mbr-iconfont mbr-iconfont-social"></span>
  </a>
</div>
<div class="soc-item">
  <a href="https://www.instagram.com/wensumhairandbeauty" target="_blank">
    <span class="socicon-instagram socicon mbr-iconfont mbr-iconfont-social"></span>
  </a>
</div>
<div class="soc-item">
  <a href="https://www.tiktok.com/@wensumhairandbeauty" target="_blank">
    <span class="socicon-tiktok socicon mbr-iconfont mbr-iconfont-social"></span>
  </a>
</div>
"""

_NAV = """
<section data-bs-version="5.1" class="menu menu2 cid-tQr2aWvDk1" once="menu" id="menu2-0">
  <nav class="navbar navbar-dropdown navbar-fixed-top navbar-expand-lg">
    <div class="container-fluid">
      <div class="navbar-brand">
        <span class="navbar-logo">
          <a href="/"><img src="assets/images/wensum-logo-192x96.png" alt="Wensum Hair &amp; Beauty Room"
            style="height: 3.8rem;"></a>
        </span>
        <span class="navbar-caption-wrap">
          <a class="navbar-caption text-black text-primary display-7" href="/">Wensum Hair &amp; Beauty Room</a>
        </span>
      </div>
      <button class="navbar-toggler" type="button" data-toggle="collapse" data-bs-toggle="collapse"
        data-target="#navbarSupportedContent" data-bs-target="#navbarSupportedContent"
        aria-controls="navbarNavAltMarkup" aria-expanded="false" aria-label="Toggle navigation">
        <div class="hamburger"><span></span><span></span><span></span><span></span></div>
      </button>
      <div class="collapse navbar-collapse" id="navbarSupportedContent">
        <ul class="navbar-nav nav-dropdown nav-right" data-app-modern-menu="true">
          <li class="nav-item"><a class="nav-link link text-black display-4" href="/">Home</a></li>
          <li class="nav-item dropdown">
            <a class="nav-link link text-black dropdown-toggle display-4" href="/cutting-and-styling/"
              data-toggle="dropdown-submenu" data-bs-toggle="dropdown" aria-expanded="false">Hair</a>
            <div class="dropdown-menu" aria-labelledby="dropdown-hair">
              <a class="text-black dropdown-item display-4" href="/cutting-and-styling/">Cutting &amp; Styling</a>
              <a class="text-black dropdown-item display-4" href="/colour/">Colour, Balayage &amp; Toners</a>
              <a class="text-black dropdown-item display-4" href="/perms-and-relaxers/">Perms &amp; Relaxers</a>
              <a class="text-black dropdown-item display-4" href="/afro-and-textured-hair/">Afro, Textured
                &amp; Braids</a>
              <a class="text-black dropdown-item display-4" href="/wigs-and-hair-loss/">Wigs &amp; Hair Loss</a>
              <a class="text-black dropdown-item display-4" href="/bridal/">Bridal Hair</a>
            </div>
          </li>
          <li class="nav-item dropdown">
            <a class="nav-link link text-black dropdown-toggle display-4" href="/brows-lashes-make-up/"
              data-toggle="dropdown-submenu" data-bs-toggle="dropdown" aria-expanded="false">Beauty Room</a>
            <div class="dropdown-menu" aria-labelledby="dropdown-beauty">
              <a class="text-black dropdown-item display-4" href="/brows-lashes-make-up/">Brows, Lashes
                &amp; Make-up</a>
              <a class="text-black dropdown-item display-4" href="/nails/">Nails</a>
            </div>
          </li>
          <li class="nav-item"><a class="nav-link link text-black display-4" href="/price-list/">Prices</a></li>
          <li class="nav-item dropdown">
            <a class="nav-link link text-black dropdown-toggle display-4" href="/booking/"
              data-toggle="dropdown-submenu" data-bs-toggle="dropdown" aria-expanded="false">Before &amp; After</a>
            <div class="dropdown-menu" aria-labelledby="dropdown-info">
              <a class="text-black dropdown-item display-4" href="/booking/">Booking &amp; Cancellations</a>
              <a class="text-black dropdown-item display-4" href="/skin-tests/">Skin Tests &amp; Colour Safety</a>
              <a class="text-black dropdown-item display-4" href="/aftercare/">Aftercare</a>
              <a class="text-black dropdown-item display-4" href="/salon-policies/">Salon Policies</a>
            </div>
          </li>
          <li class="nav-item dropdown">
            <a class="nav-link link text-black dropdown-toggle display-4" href="/meet-the-team/"
              data-toggle="dropdown-submenu" data-bs-toggle="dropdown" aria-expanded="false">About</a>
            <div class="dropdown-menu" aria-labelledby="dropdown-about">
              <a class="text-black dropdown-item display-4" href="/meet-the-team/">Meet the Team</a>
              <a class="text-black dropdown-item display-4" href="/find-us/">Find Us &amp; Opening Hours</a>
              <a class="text-black dropdown-item display-4" href="/faq/">FAQ</a>
              <a class="text-black dropdown-item display-4" href="/gift-vouchers/">Gift Vouchers</a>
            </div>
          </li>
        </ul>
        <div class="navbar-buttons mbr-section-btn">
          <a class="btn btn-primary display-4" href="/booking/">Book Now</a>
          <a class="btn btn-black-outline display-4" href="tel:01603612847">01603 612847</a>
        </div>
      </div>
    </div>
  </nav>
</section>
"""

_FOOTER = (
    """
<section data-bs-version="5.1" class="contacts2 cid-tQr2b0Fj3s" id="contacts2-z">
  <div class="container">
    <div class="row justify-content-center">
      <div class="card col-12 col-md-4">
        <div class="card-wrapper">
          <h6 class="card-title mbr-fonts-style display-5"><strong>Visit</strong></h6>
          <p class="mbr-text mbr-fonts-style display-7">23 Magdalen Street<br>Norwich NR3 1HU</p>
        </div>
      </div>
      <div class="card col-12 col-md-4">
        <div class="card-wrapper">
          <h6 class="card-title mbr-fonts-style display-5"><strong>Call or email</strong></h6>
          <p class="mbr-text mbr-fonts-style display-7"><a href="tel:01603612847">01603 612847</a><br>
            <a href="mailto:hello@wensumhairandbeauty.co.uk">hello@wensumhairandbeauty.co.uk</a></p>
        </div>
      </div>
      <div class="card col-12 col-md-4">
        <div class="card-wrapper">
          <h6 class="card-title mbr-fonts-style display-5"><strong>Hours</strong></h6>
          <p class="mbr-text mbr-fonts-style display-7">Tue 9&ndash;5.30 &middot; Wed &amp; Thu 9&ndash;8<br>
            Fri 9&ndash;6 &middot; Sat 8.30&ndash;4 &middot; Sun &amp; Mon closed</p>
        </div>
      </div>
    </div>
  </div>
</section>
<section data-bs-version="5.1" class="footer3 cid-tQr2b0Xk7m" once="footers" id="footer3-2">
  <div class="container">
    <div class="media-container-row align-center mbr-white">
      <div class="row row-links">
        <ul class="foot-menu">
          <li class="foot-menu-item mbr-fonts-style display-7"><a href="/price-list/">Prices</a></li>
          <li class="foot-menu-item mbr-fonts-style display-7"><a href="/booking/">Booking</a></li>
          <li class="foot-menu-item mbr-fonts-style display-7"><a href="/salon-policies/">Policies</a></li>
          <li class="foot-menu-item mbr-fonts-style display-7"><a href="/gift-vouchers/">Gift Vouchers</a></li>
          <li class="foot-menu-item mbr-fonts-style display-7"><a href="/find-us/">Find Us</a></li>
          <li class="foot-menu-item mbr-fonts-style display-7"><a href="/faq/">FAQ</a></li>
        </ul>
      </div>
      <div class="row social-row">
        <div class="social-list align-right pb-2">"""
    + _SOCIAL
    + """        </div>
      </div>
      <div class="row row-copirayt">
        <p class="mbr-text mb-0 mbr-fonts-style foot-text align-center display-7">
          &copy; Copyright 2025 Wensum Hair &amp; Beauty Room Ltd. Registered in England &amp; Wales no. 09284716.
          All Rights Reserved.
        </p>
      </div>
    </div>
  </div>
</section>
<section class="display-7" style="padding: 0;align-items: center;justify-content: center;flex-wrap: wrap;
  align-content: center;display: flex;position: relative;height: 4rem;">
  <a href="https://mobiri.se/" style="flex: 1 1;height: 4rem;position: absolute;width: 100%;z-index: 1;"></a>
  <p style="margin: 0;text-align: center;" class="display-7">&#8204;</p>
  <a style="z-index:1" href="https://mobirise.com/builder/no-code-website-builder.html">No Code Website Builder</a>
</section>
<div class="cookies-alert-wrap" id="cookies-alert">
  <div class="cookies-alert-container">
    <p class="mbr-text display-7">We use cookies to see which pages are read and to remember your booking
      basket. By carrying on you agree to our use of cookies.</p>
    <a class="btn btn-sm btn-primary display-7" href="#">Accept</a>
  </div>
</div>
<script src="assets/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="assets/smoothscroll/smooth-scroll.js"></script>
<script src="assets/dropdown/js/navbar-dropdown.js"></script>
<script src="assets/theme/js/script.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7QWN2HS4LD');
</script>
<input name="animation" type="hidden">
</body>
</html>
"""
)


def _page(title, description, body):
    """Wrap one page's sections in the shared Mobirise head, navbar and footer."""
    head = (
        """<!DOCTYPE html>
<html>
<head>
  <!-- Site made with Mobirise Website Builder v5.9.13, https://mobirise.com -->
  <meta charset="UTF-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Mobirise v5.9.13, mobirise.com">
  <meta name="twitter:card" content="summary_large_image"/>
  <meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
  <link rel="shortcut icon" href="assets/images/wensum-favicon-128x128.png" type="image/x-icon">
  <meta name="description" content=\""""
        + description
        + """\">
  <title>"""
        + title
        + """ | Wensum Hair &amp; Beauty Room</title>
  <link rel="stylesheet" href="assets/web/assets/mobirise-icons2/mobirise2.css">
  <link rel="stylesheet" href="assets/bootstrap/css/bootstrap.min.css">
  <link rel="stylesheet" href="assets/bootstrap/css/bootstrap-grid.min.css">
  <link rel="stylesheet" href="assets/socicon/css/styles.css">
  <link rel="stylesheet" href="assets/dropdown/css/style.css">
  <link rel="stylesheet" href="assets/theme/css/style.css">
  <link rel="preload" href="assets/mobirise/css/mbr-additional.css" as="style">
  <link rel="stylesheet" href="assets/mobirise/css/mbr-additional.css" type="text/css">
</head>
<body>
"""
    )
    return head + _NAV + body + _FOOTER


def _header(title, subtitle):
    """The big Mobirise header block that opens each page."""
    return (
        """
<section data-bs-version="5.1" class="header1 cid-tQr2aXbN0q mbr-fullscreen mbr-parallax-background"
  id="header1-1">
  <div class="mbr-overlay" style="opacity: 0.5; background-color: rgb(35, 35, 35);"></div>
  <div class="align-center container">
    <div class="row justify-content-center">
      <div class="col-12 col-lg-10">
        <h1 class="mbr-section-title mbr-fonts-style mb-3 display-1"><strong>"""
        + title
        + """</strong></h1>
        <p class="mbr-text mbr-fonts-style display-7">"""
        + subtitle
        + """</p>
        <div class="mbr-section-btn mt-3"><a class="btn btn-secondary display-4" href="/booking/">Book
          online</a> <a class="btn btn-white-outline display-4" href="tel:01603612847">Call the salon</a></div>
      </div>
    </div>
  </div>
</section>
"""
    )


def _content(title, text, sid="content5-2"):
    """A Mobirise content5 block: a title and a run of text."""
    return (
        """
<section data-bs-version="5.1" class="mbr-section content5 cid-tQr2aX8pYh" id=\""""
        + sid
        + """\">
  <div class="container">
    <div class="row justify-content-center">
      <div class="col-md-12 col-lg-10">
        <h3 class="mbr-section-title mbr-fonts-style display-2"><strong>"""
        + title
        + """</strong></h3>
        <div class="mbr-text mbr-fonts-style display-7">"""
        + text
        + """
        </div>
      </div>
    </div>
  </div>
</section>
"""
    )


def _table(title, head, rows, note=""):
    """A Mobirise table section (section-table) for prices."""
    cells = "".join('<th class="head-item mbr-fonts-style display-7">' + h + "</th>" for h in head)
    body = ""
    for row in rows:
        body += (
            "\n            <tr>"
            + "".join('<td class="body-item mbr-fonts-style display-7">' + c + "</td>" for c in row)
            + "</tr>"
        )
    return (
        """
<section data-bs-version="5.1" class="section-table cid-tQr2bT4mWz" id="table1-a">
  <div class="container container-table">
    <h2 class="mbr-section-title mbr-fonts-style align-center pb-3 display-2"><strong>"""
        + title
        + """</strong></h2>
    <div class="table-wrapper">
      <div class="container scroll">
        <table class="table isSearch" cellspacing="0" data-empty="No matching records found">
          <thead>
            <tr class="table-heads">"""
        + cells
        + """</tr>
          </thead>
          <tbody>"""
        + body
        + """
          </tbody>
        </table>
      </div>
      <div class="container table-info-container">
        <p class="mbr-text mbr-fonts-style display-7">"""
        + note
        + """</p>
      </div>
    </div>
  </div>
</section>
"""
    )


def _reviews(*quotes):
    """A Mobirise testimonials block."""
    items = ""
    for text, author in quotes:
        items += (
            """
        <div class="col-12 col-md-6 col-lg-4 mbr-testimonial">
          <div class="panel-item">
            <div class="card-block">
              <p class="mbr-text mbr-fonts-style display-7">"""
            + text
            + """</p>
            </div>
            <div class="card-footer">
              <div class="mbr-author-name mbr-bold mbr-fonts-style display-7">"""
            + author
            + """</div>
              <small class="mbr-author-desc mbr-italic mbr-light mbr-fonts-style display-7">Google review</small>
            </div>
          </div>
        </div>"""
        )
    return (
        """
<section data-bs-version="5.1" class="testimonials1 cid-tQr2c1LqHe" id="testimonials1-k">
  <div class="container">
    <h2 class="mbr-section-title mbr-fonts-style align-center display-2"><strong>Kind words</strong></h2>
    <div class="row justify-content-center">"""
        + items
        + """
    </div>
  </div>
</section>
"""
    )


def _sidebar_layout(main, side):
    """Two-column Mobirise content with an 'opening times / book' widget column."""
    return (
        """
<section data-bs-version="5.1" class="mbr-section content5 cid-tQr2aX8pYh" id="content5-s">
  <div class="container">
    <div class="row justify-content-center">
      <div class="col-md-12 col-lg-7">"""
        + main
        + """
      </div>
      <div class="col-md-12 col-lg-3 offset-lg-0 sidebar-widgets">
        <div class="card p-3 mb-4 widget">"""
        + side
        + """
        </div>
        <div class="card p-3 widget">
          <h5 class="mbr-fonts-style display-5"><strong>Ready to book?</strong></h5>
          <p class="mbr-text mbr-fonts-style display-7">Book online any time, or ring the salon during
            opening hours.</p>
          <div class="mbr-section-btn"><a class="btn btn-primary display-4" href="/booking/">Book now</a></div>
        </div>
      </div>
    </div>
  </div>
</section>
"""
    )


_CTA = """
<section data-bs-version="5.1" class="mbr-section content5 cid-tQr2aX8pYh mbr-fullscreen" id="content5-cta">
  <div class="container">
    <div class="row justify-content-center">
      <div class="col-md-12 col-lg-10 align-center">
        <h3 class="mbr-section-title mbr-fonts-style display-2"><strong>Treat yourself</strong></h3>
        <div class="mbr-text mbr-fonts-style display-7">Appointments go quickly on Fridays and Saturdays.</div>
        <div class="mbr-section-btn"><a class="btn btn-primary display-4" href="/booking/">Book now</a>
          <a class="btn btn-black-outline display-4" href="/price-list/">See prices</a></div>
      </div>
    </div>
  </div>
</section>
"""


# --------------------------------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------------------------------

_HOME = (
    _header(
        "Hair &amp; beauty on Magdalen Street",
        "A friendly, unisex salon and beauty room in the heart of Norwich's Northern Quarter. "
        "Cuts and colour for everyone, afro and textured hair, wigs, bridal, brows, lashes and nails.",
    )
    + _content(
        "Welcome to Wensum",
        """
          <p>Wensum Hair &amp; Beauty Room opened in 2011 in a former bakery on Magdalen Street, a few minutes'
          walk from Tombland and the cathedral. We are a small, independent team of hairdressers and beauty
          therapists who look after women, men and children of every hair type, from fine and straight to
          tight coils.</p>
          <p>Upstairs you will find our beauty room for brows, lashes, make-up and nails. Downstairs is the
          salon floor with six styling chairs, three backwashes and a private room that we use for wig
          fittings and for anyone who would rather not sit in the main salon.</p>
          <p>Every appointment starts with a proper chat about what you want, how much time you have in the
          mornings and what has or hasn't worked before. No rushing, no upselling.</p>
        """,
        "content5-home1",
    )
    + _content(
        "A greener salon",
        """
          <p>Since 2021 we have been a member of the Green Salon Collective. Everything that can be recycled
          is: the foil from your highlights, the metal colour tubes, plastic bottles and even hair clippings,
          which are collected and turned into hair booms that soak up oil spills. Up to 95% of our salon
          waste now stays out of landfill.</p>
          <p>Our backwashes are fitted with water-saving shower heads, our towels are washed at 30 degrees,
          and our electricity comes from a 100% renewable tariff. We add a 50p sustainability charge to each
          hair appointment to cover the collection service, and we are happy to explain where it goes.</p>
        """,
        "content5-home2",
    )
    + _content(
        "What we do",
        """
          <ul>
            <li><a href="/cutting-and-styling/">Cuts and blow-dries</a> for women, men and children</li>
            <li><a href="/colour/">Colour, highlights, balayage, toners and glosses</a></li>
            <li><a href="/perms-and-relaxers/">Perms and relaxers</a></li>
            <li><a href="/afro-and-textured-hair/">Afro and textured hair, braids and locs</a></li>
            <li><a href="/wigs-and-hair-loss/">Wig fitting and styling for hair loss</a></li>
            <li><a href="/bridal/">Bridal and occasion hair</a></li>
            <li><a href="/brows-lashes-make-up/">Brows, lashes and make-up</a> and <a href="/nails/">nails</a></li>
          </ul>
        """,
        "content5-home3",
    )
    + _reviews(
        ("Rachel has cut my hair for nine years and I would not trust anyone else. Lovely relaxed salon.", "Jo M."),
        ("Finally a salon in Norwich that knows what to do with my 4c hair. My silk press lasted two weeks!", "Ama O."),
        ("Took my son for his first haircut and they made it so easy. He even got a certificate.", "Laura P."),
    )
    + _CTA
)

_CUTTING = (
    _header("Cutting &amp; Styling", "Cuts, restyles and blow-dries for women, men and children.")
    + _sidebar_layout(
        """
        <h3 class="mbr-section-title mbr-fonts-style display-2"><strong>Women's cuts and restyles</strong></h3>
        <div class="mbr-text mbr-fonts-style display-7">
          <p>Every cut includes a consultation, a relaxing wash with head massage, your cut and a blow-dry
          finish. If you only want a tidy-up and will dry it yourself, ask for a wet cut.</p>
          <p>A restyle is when you want a big change: going from long to a bob, growing out layers into one
          length, or cutting in a fringe and shape you have never had. We book extra time so we can take it
          in stages and show you how to style it at home.</p>
          <p>Naturally curly or wavy hair? We can cut curls dry, curl by curl, so you see the shape as it
          will sit. Please arrive with your hair dry, clean and worn loose in its natural state.</p>
        </div>
        <h3 class="mbr-section-title mbr-fonts-style display-2"><strong>Men's cuts</strong></h3>
        <div class="mbr-text mbr-fonts-style display-7">
          <p>From classic scissor cuts and short back and sides to skin fades, crops and longer styles.
          Beard shaping and line-ups can be added to any men's cut or booked on their own.</p>
        </div>
        <h3 class="mbr-section-title mbr-fonts-style display-2"><strong>Children's cuts</strong></h3>
        <div class="mbr-text mbr-fonts-style display-7">
          <p>We love little clients. For nervous children we use a booster seat shaped like a car, a tablet
          with their favourite cartoons and a quiet corner of the salon; we use scissors rather than
          clippers if the buzzing upsets them, and we will happily stop for breaks or let them sit on your
          lap. Book the first appointment of the morning when the salon is calm. A first haircut comes with
          a certificate and a lock of hair in a little envelope to keep.</p>
          <p>Under-16s must have a parent or guardian with them for the whole appointment.</p>
        </div>
        <h3 class="mbr-section-title mbr-fonts-style display-2"><strong>Blow-dries and styling</strong></h3>
        <div class="mbr-text mbr-fonts-style display-7">
          <p>Smooth and bouncy, big waves, sleek and straight or a simple up-do for a party. Long or very thick
          hair may need a longer appointment; choose "long hair" when you book.</p>
        </div>
        """,
        """
          <h5 class="mbr-fonts-style display-5"><strong>Good to know</strong></h5>
          <p class="mbr-text mbr-fonts-style display-7">Prices depend on your stylist's level. See the
          <a href="/price-list/">price list</a> for all cuts.</p>
        """,
    )
    + _reviews(("Asked for a big chop and Hollie talked me through every step. Love it.", "Sian R."))
)

_COLOUR = (
    _header("Colour, Balayage &amp; Toners", "From a first few highlights to a full change of colour.")
    + _content(
        "Permanent and semi-permanent colour",
        """
          <p>A full head tint covers everything from roots to ends, and a root tint refreshes regrowth every
          four to eight weeks. If you are covering greys but don't want a solid block of colour, ask about
          grey blending: softer, lower maintenance and kinder as it grows out. We also do bright fashion
          shades such as pinks, coppers and blues, usually on pre-lightened hair.</p>
        """,
        "content5-col1",
    )
    + _content(
        "Highlights and balayage",
        """
          <p>Foil highlights are placed in fine or chunky sections for an even, all-over lift. A T-section
          does just the parting and hairline; a half head adds the sides; a full head goes all the way
          round.</p>
          <p>Balayage is hand-painted, so it grows out softly with no harsh regrowth line. It usually takes
          three to four hours and always includes a toner and a blow-dry. Most clients come back every three
          to four months.</p>
        """,
        "content5-col2",
    )
    + _content(
        "Toners and glosses",
        """
          <p>A toner is a quick colour used straight after lightening to take out brassy yellow or orange
          tones and give you the exact shade of blonde, beige or ash you asked for. A gloss is a sheer,
          acid-based treatment that boosts shine and refreshes faded colour between appointments. It can be
          clear or tinted and fades gently over four to six weeks. Both can be added to a cut or booked on
          their own.</p>
        """,
        "content5-col3",
    )
    + _content(
        "Colour correction and going lighter",
        """
          <p>If you have box dye, henna or several layers of old colour in your hair and want to go lighter,
          or a colour has gone wrong elsewhere, please book a free 30-minute colour correction consultation
          first. We will do a strand test to see how your hair lifts and how strong it is, then give you a
          plan and a written quote. Big changes are often done over two or three sessions, a few weeks
          apart, to keep your hair healthy. Long hair with lots of old colour can take a full day.</p>
          <p>Box dye with metallic salts or henna can react with lightener, so please be honest about what
          has been on your hair in the last two years, even if it has been cut off.</p>
          <p>A bond-building treatment is added to all lightening services at no extra cost to protect the
          hair.</p>
        """,
        "content5-col4",
    )
    + _reviews(
        ("My balayage is exactly what I showed on my phone. Rachel is a genius with blonde.", "Hannah W."),
        ("Went from black box dye to a soft brown over two sessions, hair still in great condition.", "Chloe B."),
    )
    + _CTA
)

_SKIN = (
    _header("Skin Tests &amp; Colour Safety", "Why we test first, and the rules we follow for your safety.")
    + _content(
        "Who needs a skin test?",
        """
          <p>Hair dyes, lash and brow tints and lash adhesives can cause allergic reactions, even if you
          have used them for years. So, as the manufacturers' instructions require, we skin test:</p>
          <ul>
            <li>every new colour, tint or lash client, at least 48 hours before the appointment;</li>
            <li>existing clients who have not had colour with us for six months;</li>
            <li>anyone who has since had a temporary "black henna" tattoo, a new medical condition or new
            medication.</li>
          </ul>
          <p>The test takes five minutes: we dab a little of the product behind your ear or inside your
          elbow and you leave it to dry. You can pop in for one any time the salon is open, no appointment
          needed, and it is free.</p>
        """,
        "content5-skin1",
    )
    + _content(
        "No test, no colour",
        """
          <p>We cannot colour or tint without a clear test taken at least 48 hours before. There are no
          exceptions, even for weddings. If you arrive without one we will offer you a cut or blow-dry
          instead or move your appointment.</p>
        """,
        "content5-skin2",
    )
    + _content(
        "Age limits for colour",
        """
          <p>We don't use permanent colour or lightener on anyone under 16. Young people aged 12 to 15 can
          have semi-permanent colour, including bright fashion shades that wash out over a few weeks,
          with a parent or guardian present who signs the consent form. Lash and brow tints are for over-16s
          only.</p>
        """,
        "content5-skin3",
    )
    + _content(
        "If you react",
        """
          <p>Signs of a reaction include itching, redness, burning or swelling where the test was done. Wash
          the area with water, don't go ahead with the appointment and let us know. If you have swelling of
          the face, lips or eyes or difficulty breathing, call 999 straight away.</p>
        """,
        "content5-skin4",
    )
)

_PERMS = (
    _header("Perms &amp; Relaxers", "Curl when you want it, smooth when you don't.")
    + _content(
        "Perms",
        """
          <p>Perms are back, and they are softer than you remember. We offer:</p>
          <ul>
            <li><strong>Body wave</strong>: large rods for volume and movement rather than curl;</li>
            <li><strong>Beach wave</strong>: loose, undone waves that look like you've dried it naturally;</li>
            <li><strong>Classic curl</strong>: small rods for a firm, bouncy curl, yes, the full 80s look if
            you want it;</li>
            <li><strong>Spiral perm</strong>: long rods placed vertically for ringlets on longer hair.</li>
          </ul>
          <p>A perm takes two to three hours. It lasts three to six months, depending on your hair and how
          fast it grows. We don't perm hair that has been bleached in the last three months or that is
          very damaged; we will check at your consultation.</p>
        """,
        "content5-perm1",
    )
    + _content(
        "Relaxers",
        """
          <p>A relaxer permanently loosens the curl pattern of afro and very curly hair for a smooth, straight
          finish. We use no-lye and lye systems depending on your hair and scalp, always with a scalp
          protector and a bond-building step.</p>
          <p>Most clients have a retouch on the new growth every eight to ten weeks. We never relax over
          hair that has already been relaxed, to avoid breakage.</p>
          <p>Relaxers and colour don't mix on the same day. Leave at least two weeks between a relaxer and
          any colour, whichever comes first, and we will only use semi-permanent or demi-permanent colour on
          relaxed hair. We need a strand test before your first relaxer with us.</p>
        """,
        "content5-perm2",
    )
)

_AFRO = (
    _header("Afro, Textured Hair &amp; Braids", "Specialist care for curls, coils and kinks.")
    + _sidebar_layout(
        """
        <h3 class="mbr-section-title mbr-fonts-style display-2"><strong>Natural hair</strong></h3>
        <div class="mbr-text mbr-fonts-style display-7">
          <p>Wash and go, twist-outs, deep conditioning treatments, trims and shape-ups for 3a to 4c hair.
          Our silk press uses heat protection and a single careful pass of the straightener, so your curls
          come back when you wash.</p>
        </div>
        <h3 class="mbr-section-title mbr-fonts-style display-2"><strong>Braids</strong></h3>
        <div class="mbr-text mbr-fonts-style display-7">
          <p>Knotless braids, box braids, cornrows, feed-in braids, twists and kids' styles. Small braids
          waist length can take up to seven hours, so we book them as the first appointment of the day on
          Wednesdays and Saturdays.</p>
          <p>We supply pre-stretched braiding hair in black, off-black and dark brown, and it is included
          in the price. If you want a different colour, a blend or a particular brand, bring your own:
          usually four to six packs. Please come with your hair washed, detangled and blow-dried, or book a
          wash and blow-dry beforehand.</p>
        </div>
        <h3 class="mbr-section-title mbr-fonts-style display-2"><strong>Locs</strong></h3>
        <div class="mbr-text mbr-fonts-style display-7">
          <p>Starter locs, retwists, interlocking and loc repairs. Retwists every six to eight weeks keep
          roots neat without thinning them.</p>
        </div>
        <h3 class="mbr-section-title mbr-fonts-style display-2"><strong>Men's textured cuts</strong></h3>
        <div class="mbr-text mbr-fonts-style display-7">
          <p>Fades, tapers, sponge twists and line-ups.</p>
        </div>
        """,
        """
          <h5 class="mbr-fonts-style display-5"><strong>Braid takedown</strong></h5>
          <p class="mbr-text mbr-fonts-style display-7">Short of time? We can take out old braids for you
          before your new style. See the <a href="/price-list/">price list</a>.</p>
        """,
    )
    + _reviews(("Knotless braids were neat, light and didn't pull at all. Worth every minute.", "Precious K."))
)

_WIGS = (
    _header("Wigs &amp; Medical Hair Loss", "Private, unhurried help when you are losing your hair.")
    + _content(
        "We're here to help",
        """
          <p>Losing your hair because of chemotherapy, alopecia or another condition can be hard. We help
          you before, during and after, in a private room with its own entrance from the back courtyard,
          so you never have to walk through the salon.</p>
          <p>If you are about to start chemotherapy, come and see us before treatment begins. We can match a
          wig to your natural colour and style while you still have your hair, and many people choose to
          have a shorter cut first so the change feels less sudden. When you are ready, we can clipper
          your hair off in private; there is no charge for this.</p>
        """,
        "content5-wig1",
    )
    + _content(
        "Fitting and styling",
        """
          <p>Your first appointment is a free 45-minute consultation where we look at cap size, comfort,
          synthetic versus human hair and your budget. We stock a range of synthetic wigs and can order
          from several suppliers. We then cut and style the wig on you so it looks like your own hair,
          and show you how to put it on, wash and store it.</p>
          <p>We accept NHS wig prescriptions for stock synthetic wigs; bring your prescription form with
          you. We also cut and restyle wigs bought elsewhere.</p>
          <p>Wig appointments are held on Mondays, when the salon is closed to everyone else, or on other
          days in the private room. Call and ask for Sue.</p>
        """,
        "content5-wig2",
    )
    + _content(
        "When your hair grows back",
        """
          <p>Regrowth after chemotherapy often comes back a different texture. We offer gentle cuts to
          shape it as it grows, and advice on when it is safe to colour it again.</p>
        """,
        "content5-wig3",
    )
)

_BRIDAL = (
    _header("Bridal Hair", "Relaxed, beautiful hair for your wedding morning.")
    + _content(
        "Your trial",
        """
          <p>We recommend a trial two to three months before the wedding, once you have your dress and
          ideally your headpiece or veil. Bring photos you love, and wear a top with a similar neckline.
          Many brides book the trial on the same day as a hen party or dress fitting to see how the style
          lasts. Your trial is with the stylist who will do your hair on the day.</p>
        """,
        "content5-bri1",
    )
    + _content(
        "On the day",
        """
          <p>Come to the salon, or we come to you. We travel to homes, hotels and venues anywhere in
          Norfolk. Travel is free within ten miles of the salon; beyond that we charge 45p a mile for the
          round trip, plus any parking. For starts before 7am there is a £30 early-start fee per stylist.</p>
          <p>We allow about 45 minutes per bridesmaid and 1 hour 15 minutes for the bride. For bridal
          parties of more than five we will bring a second stylist.</p>
          <p>Make-up can be booked with our beauty room for the same morning.</p>
        """,
        "content5-bri2",
    )
    + _content(
        "Securing your date",
        """
          <p>A £100 non-refundable booking fee secures your wedding date and is taken off your final bill.
          The balance is paid two weeks before the wedding. We take bookings up to two years ahead.</p>
        """,
        "content5-bri3",
    )
    + _reviews(
        ("Hollie did my hair and five bridesmaids at Wensum House. Calm, on time and it held all night.", "Emily & Tom")
    )
)

_BEAUTY = (
    _header("Brows, Lashes &amp; Make-up", "Upstairs in our beauty room.")
    + _content(
        "Brows",
        """
          <p>Brow shaping with warm wax or threading, brow tinting, and brow lamination, which brushes the
          hairs up and sets them in place for a fuller, fluffy look that lasts about six weeks.</p>
          <p>Growing out over-plucked brows? Book a brow consultation with Priya, who will map the best shape
          for your face and tell you which hairs to leave alone for the next couple of months. Threading is
          a good choice if you use retinol or other strong skincare, which can make skin lift under wax.</p>
        """,
        "content5-bty1",
    )
    + _content(
        "Lashes",
        """
          <p>A lash lift curls your own lashes from the root, with no extensions and no mascara needed.
          Combined with a tint, it lasts six to eight weeks, as long as your natural lashes take to grow
          and shed.</p>
          <p>Classic lash extensions are one extension per natural lash for a natural, mascara-like look.
          Infills are needed every two to three weeks; after four weeks you will need a new full set.</p>
        """,
        "content5-bty2",
    )
    + _content(
        "Make-up",
        """
          <p>Occasion make-up for parties, proms, graduations, photo shoots and nights out, using long-wear
          products. Bridal make-up includes a trial. Tell us if you have sensitive skin or allergies and
          we will use fragrance-free products.</p>
        """,
        "content5-bty3",
    )
)

_NAILS = (
    _header("Nails", "Manicures, gel and BIAB in the beauty room.")
    + _content(
        "Manicures and pedicures",
        """
          <p>A classic manicure includes soaking, shaping, cuticle care, a hand massage and your choice of
          polish. Pedicures add a foot soak, hard skin removal and a foot massage.</p>
        """,
        "content5-nail1",
    )
    + _content(
        "Gel polish",
        """
          <p>Gel polish is cured under a lamp so it is dry when you leave and stays chip-free for about two
          weeks. Removal is done by soaking, never by scraping or picking.</p>
          <p>Simple nail art such as French tips, chrome powders, ombr&eacute; and a feature nail can be added
          to any gel or BIAB set; just mention it when you book so we allow an extra 15 minutes. A gel
          manicure takes about 45 minutes and a BIAB set about an hour.</p>
        """,
        "content5-nail2",
    )
    + _content(
        "BIAB (builder gel)",
        """
          <p>BIAB, short for "builder in a bottle", is a thicker, strengthening gel applied over your own
          nails. It gives a bit of structure and strength that ordinary gel polish doesn't, so it is ideal
          for thin, bendy or bitten nails you are trying to grow. You don't soak it all off each time:
          we file it back and infill it every three to four weeks, letting your natural nail grow
          underneath. Nail biters find they stop, because there is nothing to bite.</p>
        """,
        "content5-nail3",
    )
)

_PRICES = (
    _header("Price List", "Prices from April 2025. Hair prices depend on your stylist's level.")
    + _table(
        "Cuts &amp; styling",
        ["Service", "Graduate", "Stylist", "Senior"],
        [
            ["Women's cut &amp; blow-dry", "£38", "£46", "£54"],
            ["Women's restyle", "£48", "£56", "£64"],
            ["Wet cut", "£28", "£34", "£40"],
            ["Blow-dry (long hair +£6)", "£24", "£28", "£32"],
            ["Men's cut (scissor or clipper)", "£22", "£26", "£28"],
            ["Skin fade", "£26", "£28", "£30"],
            ["Beard trim / line-up", "£12", "£12", "£14"],
            ["Children under 5", "£12", "£12", "£12"],
            ["Children 5 to 11", "£16", "£16", "£16"],
            ["Young people 12 to 16", "£20", "£22", "£22"],
        ],
        "Fringe trims are free between cuts.",
    )
    + _table(
        "Colour",
        ["Service", "From"],
        [
            ["Root tint", "£48"],
            ["Full head tint", "£62"],
            ["T-section highlights", "£55"],
            ["Half head highlights", "£72"],
            ["Full head highlights", "£95"],
            ["Balayage (with toner and blow-dry)", "£115"],
            ["Toner or gloss with a cut", "£28"],
            ["Toner or gloss on its own", "£35"],
            ["Colour correction (after consultation)", "£50 per hour"],
        ],
        "Colour prices are for shoulder-length hair; longer or thicker hair costs more.",
    )
    + _table(
        "Perms, relaxers, afro &amp; textured hair",
        ["Service", "From"],
        [
            ["Perm", "£75"],
            ["Perm, long hair", "£95"],
            ["Relaxer retouch", "£55"],
            ["Relaxer full head", "£75"],
            ["Wash, treatment &amp; twist-out / wash and go", "£40"],
            ["Silk press", "£55"],
            ["Cornrows (straight back)", "£40"],
            ["Box braids, mid-back", "£130"],
            ["Knotless braids, mid-back", "£150"],
            ["Knotless braids, waist length", "£185"],
            ["Loc retwist", "£55"],
            ["Braid takedown", "£30 per hour"],
        ],
    )
    + _table(
        "Wigs &amp; bridal",
        ["Service", "Price"],
        [
            ["Wig consultation", "Free"],
            ["Wig fitting, cut-in &amp; style", "£45"],
            ["Wig wash &amp; restyle, synthetic", "£30"],
            ["Wig wash &amp; restyle, human hair", "£45"],
            ["Bridal hair trial", "£65"],
            ["Bride, wedding day", "£110"],
            ["Bridesmaid / mother of the bride", "£55"],
        ],
    )
    + _table(
        "Beauty room",
        ["Treatment", "Price"],
        [
            ["Brow wax or thread", "£14"],
            ["Brow tint", "£10"],
            ["Brow lamination with tint &amp; shape", "£42"],
            ["Lash lift &amp; tint", "£45"],
            ["Classic lash extensions, full set", "£55"],
            ["Lash infill (within 3 weeks)", "£32"],
            ["Occasion make-up", "£45"],
            ["Bridal make-up with trial", "£120"],
            ["Manicure", "£25"],
            ["Gel manicure", "£30"],
            ["BIAB overlay / infill", "£38"],
            ["Pedicure", "£32"],
            ["Gel toes", "£28"],
            ["Gel removal (free with a new set)", "£10"],
        ],
    )
)

_BOOKING = (
    _header("Booking &amp; Cancellations", "Book online 24/7 or call us during opening hours.")
    + _content(
        "How to book",
        """
          <p>Online booking is the quickest way: click any "Book now" button, choose your service and your
          stylist, and pick a time. You will get a confirmation email and a text reminder two days before.
          If you can't see a time that suits, or you are booking several services or several people
          together, please ring us on 01603 612847 and we will fit you in where we can.</p>
          <p>We don't take bookings through Facebook or Instagram messages, as they are not checked every
          day.</p>
        """,
        "content5-book1",
    )
    + _content(
        "Deposits",
        """
          <p>We ask for a deposit of 25% when you book as a new client, and for any appointment over £100
          such as balayage, colour correction or braids. It is taken by card at the time of booking and
          comes off your bill on the day. Deposits protect our stylists, who are paid by the appointment,
          from losing a half day's work to a no-show.</p>
        """,
        "content5-book2",
    )
    + _content(
        "Cancelling or moving your appointment",
        """
          <p>Please give us at least 48 hours' notice to cancel or move. Your deposit will be moved to the
          new date or refunded. With less than 48 hours' notice the deposit is kept. If you don't turn up
          at all, we will ask for a full prepayment for your next booking.</p>
        """,
        "content5-book3",
    )
    + _content(
        "Running late",
        """
          <p>Things happen. Call us as soon as you know. We can usually keep your appointment if you are up
          to 15 minutes late, though your service may be shortened so the next client isn't kept waiting.
          If you are more than 15 minutes late we may need to rebook you, and this counts as a late
          cancellation.</p>
        """,
        "content5-book4",
    )
)

_POLICIES = (
    _header("Salon Policies", "Payment, refunds and putting things right.")
    + _content(
        "Not happy?",
        """
          <p>We want you to love your hair. If you are unhappy with any service, please tell us within seven
          days and we will put it right free of charge, with your stylist or with another senior member of
          the team if you prefer. This includes adjusting a colour that has turned brassy or is not the
          shade we agreed.</p>
          <p>Because a service can't be returned, we don't give refunds for services that have been
          carried out. We will always try to fix it first. If we can't, Rachel will look at each case
          personally.</p>
        """,
        "content5-pol1",
    )
    + _content(
        "Products",
        """
          <p>Unopened retail products can be returned within 14 days with your receipt for a full refund.
          If a product doesn't suit you, bring it back within 14 days and we will swap it for something
          else.</p>
        """,
        "content5-pol2",
    )
    + _content(
        "Paying",
        """
          <p>We accept Visa, Mastercard and Maestro, contactless, Apple Pay and Google Pay, and cash. We
          don't take American Express or cheques. Payment is taken at the end of your appointment.</p>
        """,
        "content5-pol3",
    )
    + _content(
        "In the salon",
        """
          <p>Children who are not having a service are welcome but must stay with their adult. Please let us
          know about any medical condition, allergy or medication that could affect your treatment. We
          reserve the right to refuse a service if it would damage your hair or skin, and we don't tolerate
          abusive behaviour towards our team.</p>
        """,
        "content5-pol4",
    )
)

_AFTERCARE = (
    _header("Aftercare", "Look after your hair, lashes and nails between visits.")
    + _content(
        "After colour",
        """
          <p>Wait at least 48 hours before your first shampoo so the colour can settle, and rinse in
          lukewarm rather than hot water. Use a sulphate-free, colour-safe shampoo and a heat protector.
          Blondes should use a purple shampoo once a week. Chlorine can turn lightened hair green, so wet
          your hair and apply conditioner before swimming.</p>
        """,
        "content5-care1",
    )
    + _content(
        "After a perm or relaxer",
        """
          <p>Don't wash, tie up or clip your hair for 48 hours after a perm. Scrunch curls with a curl cream
          and avoid brushing when dry. After a relaxer, use a moisturising conditioner weekly and sleep on a
          satin pillowcase.</p>
        """,
        "content5-care2",
    )
    + _content(
        "Braids and locs",
        """
          <p>Wrap your hair in a satin scarf or bonnet at night, keep your scalp clean with a diluted
          shampoo, and oil lightly. Don't keep braids in for more than eight weeks, as the new growth can
          tangle and break.</p>
        """,
        "content5-care3",
    )
    + _content(
        "Lashes and brows",
        """
          <p>Keep lash extensions completely dry for 24 hours, so no showers, saunas, steam rooms or
          swimming. After that, avoid oil-based cleansers and mascara, and brush them gently each morning.
          After a lash lift or brow lamination, keep them dry and don't rub for 24 hours.</p>
        """,
        "content5-care4",
    )
    + _content(
        "Nails",
        """
          <p>Use cuticle oil every day, wear gloves for washing up and cleaning, and never pick or peel gel;
          book a removal instead.</p>
        """,
        "content5-care5",
    )
)

_VOUCHERS = (
    _header("Gift Vouchers", "The present that everyone actually uses.")
    + _content(
        "Choose an amount or a treatment",
        """
          <p>Our gift vouchers can be bought for any amount from £10, or for a particular treatment such as
          a lash lift, a cut and blow-dry or a pamper package. They can be spent on any service or product
          in the salon and the beauty room.</p>
        """,
        "content5-gv1",
    )
    + _content(
        "How to buy",
        """
          <p>Buy online and choose either an e-voucher emailed straight to you or to the recipient (great
          for last-minute presents), or a printed voucher in a gift envelope. We post printed vouchers
          anywhere in the UK, free by second-class post or £3 for first-class tracked delivery. You can also
          buy them at the reception desk.</p>
        """,
        "content5-gv2",
    )
    + _content(
        "The small print",
        """
          <p>Vouchers are valid for 12 months from the date they are bought and can't be extended or
          exchanged for cash. Any balance stays on the voucher until it expires. Lost vouchers bought online
          can be reissued; vouchers bought in the salon can't be replaced. Please bring the voucher or its
          code when you come in, and mention it when you book.</p>
        """,
        "content5-gv3",
    )
)

_TEAM = (
    _header("Meet the Team", "The people behind the chairs.")
    + _content(
        "Rachel Goddard, owner and senior stylist",
        """
          <p>Rachel trained in London and opened Wensum in 2011. Eighteen years behind the chair and still
          happiest with a bowl of lightener. Colour, balayage and colour correction are her specialities.</p>
        """,
        "content5-tm1",
    )
    + _content(
        "Tunde Adeyemi, senior stylist",
        """
          <p>Tunde leads our afro and textured hair team: silk presses, braids, locs, relaxers and razor-
          sharp fades. He also trains other salons across East Anglia in textured hair cutting.</p>
        """,
        "content5-tm2",
    )
    + _content(
        "Hollie Brigham, stylist",
        """
          <p>Hollie looks after most of our brides and loves a big restyle. Her up-dos have survived
          marquees, beaches and a ceilidh.</p>
        """,
        "content5-tm3",
    )
    + _content(
        "Sue Hewitt, wig specialist",
        """
          <p>Sue spent twelve years as a hospital wig fitter before joining us in 2019, and looks after our
          wig clients.</p>
        """,
        "content5-tm4",
    )
    + _content(
        "Megan Clarke, graduate stylist",
        """
          <p>Megan finished her apprenticeship with us in 2024. Great with children and perfect if you want
          a cut at our lower graduate price.</p>
        """,
        "content5-tm5",
    )
    + _content(
        "Priya Raman and Kasia Nowak, beauty room",
        """
          <p>Priya is our brow, lash and make-up artist. Kasia is our nail technician and BIAB expert; she
          speaks Polish as well as English, so Polish-speaking clients are very welcome to book with her
          and chat in their own language.</p>
        """,
        "content5-tm6",
    )
)

_FIND = (
    _header("Find Us &amp; Opening Hours", "On Magdalen Street, in Norwich's Northern Quarter.")
    + _sidebar_layout(
        """
        <h3 class="mbr-section-title mbr-fonts-style display-2"><strong>Where we are</strong></h3>
        <div class="mbr-text mbr-fonts-style display-7">
          <p>23 Magdalen Street, Norwich NR3 1HU, between Fye Bridge and the flyover, opposite the
          second-hand bookshop. It is a ten-minute walk from the city centre and the cathedral.</p>
        </div>
        <h3 class="mbr-section-title mbr-fonts-style display-2"><strong>Parking and buses</strong></h3>
        <div class="mbr-text mbr-fonts-style display-7">
          <p>There is no parking on Magdalen Street itself. The nearest car park is the pay-and-display on
          Botolph Street, about three minutes' walk; St Andrews multi-storey is ten minutes away. Blue
          badge holders can use our one space in the yard behind the salon, reached from Cowgate; please
          ask when you book so we can keep it free.</p>
          <p>Most buses heading north from the city centre stop at the Magdalen Street stops right outside.
          There are cycle stands by the front door.</p>
        </div>
        <h3 class="mbr-section-title mbr-fonts-style display-2"><strong>Accessibility</strong></h3>
        <div class="mbr-text mbr-fonts-style display-7">
          <p>The salon floor is step-free with a small ramp at the front door, and one of our backwashes
          tilts for wheelchair users, or we can wash your hair at a styling chair. The beauty room is up
          a flight of stairs, so we can do brows, lash lifts and nails downstairs on request. We offer
          quiet appointments at the start of the day with the music off for anyone who finds the salon
          overwhelming.</p>
        </div>
        """,
        """
          <h5 class="mbr-fonts-style display-5"><strong>Opening hours</strong></h5>
          <table class="table hours">
            <tr><td>Monday</td><td>Closed (wig appointments only)</td></tr>
            <tr><td>Tuesday</td><td>9am &ndash; 5.30pm</td></tr>
            <tr><td>Wednesday</td><td>9am &ndash; 8pm</td></tr>
            <tr><td>Thursday</td><td>9am &ndash; 8pm</td></tr>
            <tr><td>Friday</td><td>9am &ndash; 6pm</td></tr>
            <tr><td>Saturday</td><td>8.30am &ndash; 4pm</td></tr>
            <tr><td>Sunday</td><td>Closed</td></tr>
          </table>
          <p class="mbr-text mbr-fonts-style display-7"><strong>Holidays:</strong> we are open on Good
          Friday from 9am to 4pm. In December we stay open until 9pm on Thursdays and Fridays. We close
          from Christmas Eve at 2pm and reopen on 2 January.</p>
        """,
    )
    + """
<section data-bs-version="5.1" class="map1 cid-tQr2cMapQ2" id="map1-m">
  <div class="container">
    <div class="google-map"><iframe frameborder="0" style="border:0"
      src="https://www.google.com/maps/embed/v1/place?key=AIzaSy-placeholder&amp;q=23%20Magdalen%20Street%20Norwich"
      allowfullscreen=""></iframe></div>
  </div>
</section>
"""
)


def _faq_item(n, question, answer):
    return (
        """
          <div class="card">
            <div class="card-header" role="tab" id="heading"""
        + str(n)
        + """">
              <a role="button" class="panel-title collapsed" data-toggle="collapse" data-bs-toggle="collapse"
                data-core="" href="#collapse"""
        + str(n)
        + """_7" aria-expanded="false" aria-controls="collapse"""
        + str(n)
        + """">
                <h6 class="panel-title-edit mbr-fonts-style mb-0 display-7"><strong>"""
        + question
        + """</strong></h6>
                <span class="sign mbr-iconfont mbri-arrow-down"></span>
              </a>
            </div>
            <div id="collapse"""
        + str(n)
        + """_7" class="panel-collapse noScroll collapse" role="tabpanel" aria-labelledby="heading"""
        + str(n)
        + """"
              data-parent="#bootstrap-accordion_7" data-bs-parent="#bootstrap-accordion_7">
              <div class="panel-body">
                <p class="mbr-fonts-style panel-text display-7">"""
        + answer
        + """</p>
              </div>
            </div>
          </div>"""
    )


_FAQS = [
    (
        "Do you take walk-ins?",
        "Sometimes. Men's and children's cuts can walk in on Tuesday and Wednesday mornings if a stylist is "
        "free, so it is worth ringing ahead to check. Everything else is by appointment.",
    ),
    (
        "Can I have my hair coloured while I'm pregnant?",
        "Yes, many clients do. We suggest waiting until after the first 12 weeks, and we prefer highlights, "
        "balayage or other techniques where the colour doesn't touch the scalp. Pregnancy can make hair "
        "react unpredictably, so we may suggest a strand test. If in doubt, check with your midwife.",
    ),
    (
        "How long will my appointment take?",
        "A cut and blow-dry is about an hour, a root tint around 1 hour 45 minutes with drying. Your booking "
        "confirmation shows the time we have set aside for you.",
    ),
    (
        "Do you sell hair products?",
        "Yes. We stock professional shampoos, conditioners, curl creams, oils and heat protectors, including "
        "a range made for afro and curly hair. Your stylist will only recommend what you actually need.",
    ),
    (
        "Can I bring my dog?",
        "Well-behaved dogs on a lead are welcome on the salon floor, but not in the beauty room. Assistance "
        "dogs are welcome everywhere.",
    ),
    (
        "Is there Wi-Fi?",
        "Yes, free Wi-Fi for clients. Ask at reception for the password. We also have tea, coffee, hot "
        "chocolate and herbal teas.",
    ),
    (
        "Do you cut hair with no wash?",
        "Yes, book a dry cut or a wet cut. If you want a dry cut, please come with clean, dry hair.",
    ),
]

_FAQ = (
    _header("Frequently Asked Questions", "Can't find your answer? Call us on 01603 612847.")
    + """
<section data-bs-version="5.1" class="content17 cid-tQr2cFaQ7x" id="content17-7">
  <div class="container">
    <div class="row justify-content-center">
      <div class="col-12 col-md-10">
        <div class="section-head align-center mb-4">
          <h3 class="mbr-section-title mb-0 mbr-fonts-style display-2"><strong>Your questions</strong></h3>
        </div>
        <div id="bootstrap-accordion_7" class="panel-group accordionStyles accordion" role="tablist"
          aria-multiselectable="true">"""
    + "".join(_faq_item(i + 1, q, a) for i, (q, a) in enumerate(_FAQS))
    + """
        </div>
      </div>
    </div>
  </div>
</section>
"""
    + _CTA
)

HTML = {
    "/": _page(
        "Unisex Hair Salon &amp; Beauty Room in Norwich",
        "Independent unisex hair salon and beauty room on Magdalen Street, Norwich.",
        _HOME,
    ),
    "/cutting-and-styling/": _page(
        "Cutting &amp; Styling", "Women's, men's and children's haircuts, restyles and blow-dries.", _CUTTING
    ),
    "/colour/": _page("Colour, Balayage &amp; Toners", "Hair colour, highlights, balayage and glosses.", _COLOUR),
    "/skin-tests/": _page("Skin Tests &amp; Colour Safety", "Our skin test rules for colour and tints.", _SKIN),
    "/perms-and-relaxers/": _page("Perms &amp; Relaxers", "Modern perms and relaxers in Norwich.", _PERMS),
    "/afro-and-textured-hair/": _page(
        "Afro, Textured Hair &amp; Braids", "Afro hair, silk press, braids and locs in Norwich.", _AFRO
    ),
    "/wigs-and-hair-loss/": _page(
        "Wigs &amp; Medical Hair Loss", "Private wig fitting and styling for hair loss.", _WIGS
    ),
    "/bridal/": _page("Bridal Hair", "Wedding hair in the salon or at your venue across Norfolk.", _BRIDAL),
    "/brows-lashes-make-up/": _page(
        "Brows, Lashes &amp; Make-up", "Brow lamination, lash lifts, lash extensions and make-up.", _BEAUTY
    ),
    "/nails/": _page("Nails", "Manicures, pedicures, gel polish and BIAB.", _NAILS),
    "/price-list/": _page("Price List", "Full price list for hair and beauty.", _PRICES),
    "/booking/": _page("Booking &amp; Cancellations", "How to book, deposits and cancellations.", _BOOKING),
    "/salon-policies/": _page("Salon Policies", "Refunds, payment and salon policies.", _POLICIES),
    "/aftercare/": _page("Aftercare", "Aftercare advice for colour, perms, braids, lashes and nails.", _AFTERCARE),
    "/gift-vouchers/": _page("Gift Vouchers", "Hair and beauty gift vouchers, posted or emailed.", _VOUCHERS),
    "/meet-the-team/": _page("Meet the Team", "Our hairdressers and beauty therapists.", _TEAM),
    "/find-us/": _page("Find Us &amp; Opening Hours", "Address, opening hours, parking and access.", _FIND),
    "/faq/": _page("FAQ", "Frequently asked questions.", _FAQ),
}

QUESTIONS = [
    ("how much for a mens short back and sides", "/price-list/"),
    ("What would knotless braids down to the middle of my back set me back?", "/price-list/"),
    (
        "I've never had colour with you before and I'm hoping to get my roots done on Friday for a wedding "
        "on Saturday. Is there anything I need to do first?",
        "/skin-tests/",
    ),
    ("My daughter is 14 and desperate to go pink for the summer holidays, are you allowed to do that?", "/skin-tests/"),
    (
        "I've got really long hair with years of black box dye on the ends and I'd love to go lighter, "
        "is that even possible?",
        "/colour/",
    ),
    ("Had my hair relaxed 3 weeks ago, can I come in and get it dyed this week", "/perms-and-relaxers/"),
    ("Do you still do proper tight 80s curly perms or is it just the beachy waves now?", "/perms-and-relaxers/"),
    (
        "I start chemo next month and I've been told my hair will probably fall out. Can you help me sort out a wig?",
        "/wigs-and-hair-loss/",
    ),
    ("do i need to buy my own braiding hair or do you have it", "/afro-and-textured-hair/"),
    (
        "We're getting married near Aylsham in June. Would the hairdresser come out to the hotel in the "
        "morning and is there a charge for travelling?",
        "/bridal/",
    ),
    ("How long does a lash lift actually last?", "/brows-lashes-make-up/"),
    ("I bite my nails terribly. what is BIAB and would it be better for me than normal gel?", "/nails/"),
    ("Why is it asking me to pay money up front when I book my balayage online?", "/booking/"),
    (
        "Stuck in traffic on the A47, I'm going to be about 20 mins late for my 2pm cut. Will you still see me?",
        "/booking/",
    ),
    (
        "Had highlights last week and they've gone really brassy and yellow, I'm not happy. Can I get my money back?",
        "/salon-policies/",
    ),
    ("Do you take Amex?", "/salon-policies/"),
    ("how soon after getting my colour done can i wash my hair", "/aftercare/"),
    (
        "I want to get my sister a present for her 30th, she lives in Leeds. Can you post a voucher to her?",
        "/gift-vouchers/",
    ),
    ("My mum only speaks a little English, she's Polish. Is there anyone there who speaks Polish?", "/meet-the-team/"),
    ("Are you open on Good Friday? Need a blow dry for a do that evening", "/find-us/"),
    ("Where can I park when I come to you?", "/find-us/"),
    ("can I just turn up for a mens cut or do I have to book", "/faq/"),
    ("I'm 20 weeks pregnant, is it ok to have my highlights done?", "/faq/"),
    (
        "Trying to find a salon that doesn't just bin everything - do you recycle the foils and that?",
        "/",
    ),
    (
        "My little boy is 3 and screams the place down whenever anyone goes near him with clippers. Can you help?",
        "/cutting-and-styling/",
    ),
]

OUT_OF_SCOPE = [
    "Do you fit tape-in or micro ring hair extensions?",
    "Can I get a spray tan before my holiday?",
    "Do you do microblading for eyebrows?",
    "Is there a loyalty card or points scheme for regulars?",
    "Are you looking for any qualified stylists at the moment? I'm moving to Norwich in the autumn.",
    "Do you do ear piercing for children?",
    "Can you recommend a nice Italian restaurant near the cathedral?",
    "What time do Norwich City kick off on Saturday?",
]
