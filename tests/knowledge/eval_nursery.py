"""An evaluation site: Foxglove House Day Nursery & Pre-School, a family-run nursery for 0-5s in Reading (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a Site123 / Hostinger
Website Builder export: deeply nested `block block--text` divs inside `grid`/`grid__item` wrappers, a
`block-header` with a mega-menu, `button button--primary` links, no <main> element and a multi-column footer.
"""

NAME = "Foxglove House Day Nursery & Pre-School"

_SITE = "Foxglove House Day Nursery"

_MENU = [
    (
        "About us",
        [
            ("/", "Welcome"),
            ("/our-rooms/", "Our rooms &amp; age groups"),
            ("/our-team/", "Meet the team"),
            ("/ofsted-and-safeguarding/", "Ofsted &amp; safeguarding"),
        ],
    ),
    (
        "A day at Foxglove",
        [
            ("/daily-routine/", "Daily routine &amp; care"),
            ("/meals-and-allergies/", "Meals &amp; allergies"),
            ("/outdoor-play-forest-school/", "Outdoor play &amp; Forest School"),
            ("/parent-app/", "Parent app &amp; updates"),
        ],
    ),
    (
        "Fees &amp; funding",
        [
            ("/fees/", "Our fees"),
            ("/funded-childcare/", "Funded hours &amp; help with costs"),
            ("/paying-your-fees/", "Paying your fees &amp; notice"),
        ],
    ),
    (
        "Joining us",
        [
            ("/sessions-and-opening-hours/", "Sessions, hours &amp; closures"),
            ("/admissions/", "Registration &amp; waiting list"),
            ("/settling-in/", "Settling in"),
            ("/book-a-visit/", "Book a visit"),
        ],
    ),
    (
        "Parents",
        [
            ("/illness-and-exclusion/", "Illness &amp; exclusion"),
            ("/faq/", "FAQ"),
            ("/contact/", "Contact &amp; find us"),
        ],
    ),
]


def _nav(current):
    groups = []
    for label, links in _MENU:
        items = []
        for href, text in links:
            active = " navigation__link--active" if href == current else ""
            items.append(
                '                <li class="mega-menu__item"><a class="item-content navigation__link'
                + active
                + '" href="'
                + href
                + '">'
                + text
                + "</a></li>"
            )
        groups.append(
            '        <li class="navigation__item navigation__item--dropdown">\n'
            '          <span class="item-content navigation__toggle" tabindex="0">' + label + "</span>\n"
            '          <div class="mega-menu"><div class="grid grid--mega">\n'
            '            <div class="grid__item grid__item--12"><div class="block block--text">\n'
            '              <ul class="mega-menu__list">\n' + "\n".join(items) + "\n"
            "              </ul>\n"
            "            </div></div>\n"
            "          </div></div>\n"
            "        </li>"
        )
    return "\n".join(groups)


_REVIEWS = """
<section class="block block--testimonials" data-block-id="b7f1c2">
  <div class="block-background block-background--soft"></div>
  <div class="block__inner"><div class="grid grid--3">
    <div class="grid__item grid__item--12"><div class="block block--text"><div class="text-box">
      <h2 class="heading heading--center">What our parents say</h2>
      <p class="stars" aria-label="4.9 out of 5">&#9733;&#9733;&#9733;&#9733;&#9733; 4.9 on Google (112 reviews)</p>
    </div></div></div>
    <div class="grid__item grid__item--4"><div class="block block--text"><div class="testimonial-card">
      <blockquote>"Our daughter started in Seedlings at ten months and now runs in every morning without
      looking back. The photos through the day are the highlight of my lunch break!"</blockquote>
      <p class="testimonial-card__name">&ndash; Hannah R., Earley</p>
    </div></div></div>
    <div class="grid__item grid__item--4"><div class="block block--text"><div class="testimonial-card">
      <blockquote>"Honestly the warmest team we visited. Our son came home covered in mud from the
      Spinney most Wednesdays, and he could not have been happier."</blockquote>
      <p class="testimonial-card__name">&ndash; Daniel &amp; Ife O., Whitley</p>
    </div></div></div>
    <div class="grid__item grid__item--4"><div class="block block--text"><div class="testimonial-card">
      <blockquote>"Both of ours went through from babies to pre-school here. He started Reception
      confident, chatty and ready. We'll miss Foxglove hugely."</blockquote>
      <p class="testimonial-card__name">&ndash; Claire T., Redlands</p>
    </div></div></div>
  </div></div>
</section>
"""

_CTA = """
<section class="block block--cta" data-block-id="c0a91e">
  <div class="block__inner"><div class="grid">
    <div class="grid__item grid__item--8"><div class="block block--text"><div class="text-box">
      <h2>Come and see us</h2>
      <p>The best way to get a feel for Foxglove House is to visit. Bring your little one along too.</p>
    </div></div></div>
    <div class="grid__item grid__item--4"><div class="block block--button">
      <a class="button button--primary button--large" href="/book-a-visit/">Book a visit</a>
      <a class="button button--secondary" href="/admissions/">Register your child</a>
    </div></div>
  </div></div>
</section>
"""


def _sidebar():
    return """
      <div class="grid__item grid__item--4 grid__item--sidebar">
        <div class="block block--text widget widget--box"><div class="text-box">
          <h3 class="widget__title">Quick links</h3>
          <ul class="widget__list">
            <li><a href="/fees/">Fees 2025/26</a></li>
            <li><a href="/funded-childcare/">15 &amp; 30 funded hours</a></li>
            <li><a href="/sessions-and-opening-hours/">Closure dates</a></li>
            <li><a href="/faq/">Parent FAQ</a></li>
          </ul>
        </div></div>
        <div class="block block--text widget widget--highlight"><div class="text-box">
          <h3 class="widget__title">Limited spaces</h3>
          <p>We currently have a small number of Oak Room (pre-school) places for January.</p>
          <a class="button button--primary button--small" href="/book-a-visit/">Book a tour</a>
        </div></div>
        <div class="block block--image widget"><div class="image-box">
          <img src="/uploads/ofsted-registered-logo.png" alt="Ofsted registered early years provider" width="220">
        </div></div>
      </div>
"""


def _page(path, title, description, body, *, sidebar=False, reviews=False, cta=True):
    if sidebar:
        hero, _, rest = body.partition("</section>\n")
        content = (
            hero
            + "</section>\n"
            + '<section class="block block--layout" data-block-id="m'
            + str(len(path))
            + 'x">\n  <div class="block__inner"><div class="grid grid--main">\n'
            + '    <div class="grid__item grid__item--8">\n'
            + rest
            + "\n    </div>\n"
            + _sidebar()
            + "  </div></div>\n</section>"
        )
    else:
        content = body
    if reviews:
        content += _REVIEWS
    if cta:
        content += _CTA
    return (
        """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>"""
        + title
        + " | "
        + _SITE
        + """</title>
<meta name="description" content=\""""
        + description
        + """">
<meta name="generator" content="Hostinger Website Builder">
<meta property="og:site_name" content="Foxglove House Day Nursery &amp; Pre-School">
<meta property="og:title" content=\""""
        + title
        + """">
<link rel="canonical" href="https://www.foxglovehousenursery.co.uk"""
        + path
        + """">
<link rel="icon" href="/assets/favicon-foxglove.png">
<link rel="stylesheet" href="/assets/css/builder.min.css?v=4.18.2">
<link rel="stylesheet" href="/assets/css/theme-meadow.css">
<link rel="stylesheet" href="/assets/css/custom.css?v=1712">
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date()); gtag('config', 'G-FXH2R81QPL');
</script>
</head>
<body class="page-body theme-meadow">
<div id="app" class="page">
<div class="cookie-banner" role="dialog" aria-live="polite">
  <div class="cookie-banner__inner"><div class="block block--text"><div class="text-box">
    <p>We use cookies to understand how our website is used and to improve your experience.
    You can accept all cookies or manage your preferences.</p>
  </div></div>
  <div class="cookie-banner__actions">
    <a class="button button--primary button--small" href="#" data-cookie="accept">Accept all</a>
    <a class="button button--plain button--small" href="#" data-cookie="settings">Cookie settings</a>
  </div></div>
</div>
<header class="block-header block-header--sticky" data-block-id="hdr01">
  <div class="block-header__topbar"><div class="grid">
    <div class="grid__item grid__item--6"><div class="block block--text"><div class="text-box">
      <p><a href="tel:01189624471">&#9742; 0118 962 4471</a> &nbsp;|&nbsp;
      <a href="mailto:hello@foxglovehousenursery.co.uk">hello@foxglovehousenursery.co.uk</a></p>
    </div></div></div>
    <div class="grid__item grid__item--6 grid__item--right"><div class="block block--social">
      <a href="https://www.facebook.com/foxglovehousereading" class="social-icon" aria-label="Facebook">f</a>
      <a href="https://www.instagram.com/foxglovehousenursery" class="social-icon" aria-label="Instagram">ig</a>
    </div></div>
  </div></div>
  <div class="block-header-layout-desktop"><div class="grid grid--header">
    <div class="grid__item grid__item--3"><div class="block-header__logo">
      <a href="/" class="block-header-logo">
        <img src="/assets/img/foxglove-house-logo.svg" alt="Foxglove House Day Nursery &amp; Pre-School" height="64">
      </a>
    </div></div>
    <div class="grid__item grid__item--7"><nav class="block-header__nav navigation" aria-label="Main">
      <ul class="navigation__list">
"""
        + _nav(path)
        + """
      </ul>
    </nav></div>
    <div class="grid__item grid__item--2"><div class="block block--button">
      <a class="button button--primary" href="/book-a-visit/">Book a visit</a>
    </div></div>
  </div></div>
  <div class="block-header-layout-mobile"><button class="burger" aria-label="Open menu"><span></span></button></div>
</header>
<div class="page__blocks">
"""
        + content
        + """
</div>
<footer class="block block--footer" data-block-id="ftr01">
  <div class="block__inner"><div class="grid grid--footer">
    <div class="grid__item grid__item--3"><div class="block block--text"><div class="text-box">
      <h4>Foxglove House</h4>
      <p>Day Nursery &amp; Pre-School<br>14 Elmhurst Road<br>Reading, Berkshire<br>RG1 5HY</p>
    </div></div></div>
    <div class="grid__item grid__item--3"><div class="block block--text"><div class="text-box">
      <h4>Opening hours</h4>
      <p>Monday &ndash; Friday<br>7:30am &ndash; 6:30pm<br>Open 51 weeks of the year</p>
    </div></div></div>
    <div class="grid__item grid__item--3"><div class="block block--text"><div class="text-box">
      <h4>Get in touch</h4>
      <p><a href="tel:01189624471">0118 962 4471</a><br>
      <a href="mailto:hello@foxglovehousenursery.co.uk">hello@foxglovehousenursery.co.uk</a></p>
      <p><a href="/contact/">Contact &amp; directions</a><br><a href="/book-a-visit/">Book a visit</a></p>
    </div></div></div>
    <div class="grid__item grid__item--3"><div class="block block--text"><div class="text-box">
      <h4>Follow us</h4>
      <p><a href="https://www.facebook.com/foxglovehousereading">Facebook</a><br>
      <a href="https://www.instagram.com/foxglovehousenursery">Instagram</a></p>
      <img src="/uploads/ofsted-outstanding-logo.png" alt="Ofsted Outstanding" width="90">
    </div></div></div>
  </div>
  <div class="footer-bottom"><div class="block block--text"><div class="text-box">
    <p>&copy; 2025 Foxglove House Day Nursery Ltd. Registered in England no. 06874412. Ofsted URN EY498217.
    <a href="#">Privacy notice</a> &middot; <a href="#">Cookie policy</a></p>
    <p class="builder-credit">Made with Hostinger Website Builder</p>
  </div></div></div>
  </div>
</footer>
</div>
</body>
</html>
"""
    )


def _hero(title, intro):
    return (
        """
<section class="block block--hero" data-block-id="hero">
  <div class="block-background" style="background-image:url(/uploads/hero-garden-2024.jpg)"></div>
  <div class="block__inner"><div class="grid">
    <div class="grid__item grid__item--12"><div class="block block--text"><div class="text-box">
      <h1 class="heading heading--xl">"""
        + title
        + """</h1>
      <p class="lead">"""
        + intro
        + """</p>
    </div></div></div>
  </div></div>
</section>
"""
    )


# ---------------------------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------------------------

_HOME = (
    _hero(
        "A home from home in the heart of Reading",
        "Family-run childcare for babies, toddlers and pre-schoolers, from 3 months until they start school.",
    )
    + """
<section class="block block--intro" data-block-id="a11">
  <div class="block__inner"><div class="grid">
    <div class="grid__item grid__item--7"><div class="block block--text"><div class="text-box">
      <h2>Welcome to Foxglove House</h2>
      <p>Foxglove House opened its doors in 2009 in a converted Victorian villa just off Erleigh Road,
      a short walk from the University of Reading. We are an independent, family-owned nursery, not part
      of a chain: our founder, Ruth Marsh, still visits every week and her daughter Lisa runs our office.</p>
      <p>We are registered for 48 children a day across three rooms, which means we are big enough to
      offer lots of space and resources but small enough that every member of staff knows every child by
      name. Our big, leafy garden and our own little woodland, the Spinney, mean children spend a large
      part of every day outdoors.</p>
      <p>We follow the Early Years Foundation Stage (EYFS), mixing child-led play with gentle, planned
      activities based on what each child is interested in right now, whether that is dinosaurs, diggers
      or making potions in the mud kitchen.</p>
    </div></div></div>
    <div class="grid__item grid__item--5"><div class="block block--image"><div class="image-box">
      <img src="/uploads/foxglove-house-front.jpg" alt="The front of Foxglove House nursery" loading="lazy">
    </div></div></div>
  </div></div>
</section>
<section class="block block--features" data-block-id="a12">
  <div class="block__inner"><div class="grid grid--3">
    <div class="grid__item grid__item--4"><div class="block block--text"><div class="feature-card">
      <h3>Three cosy rooms</h3>
      <p>Seedlings for babies, Saplings for toddlers and the Oak Room for our pre-schoolers.</p>
      <a class="button button--link" href="/our-rooms/">Explore our rooms</a>
    </div></div></div>
    <div class="grid__item grid__item--4"><div class="block block--text"><div class="feature-card">
      <h3>Outdoors every day</h3>
      <p>Mud kitchen, vegetable beds and weekly Forest School in our own woodland.</p>
      <a class="button button--link" href="/outdoor-play-forest-school/">Outdoor learning</a>
    </div></div></div>
    <div class="grid__item grid__item--4"><div class="block block--text"><div class="feature-card">
      <h3>Home-cooked food</h3>
      <p>Every meal is freshly cooked on site by our cook, Janine.</p>
      <a class="button button--link" href="/meals-and-allergies/">Meals &amp; menus</a>
    </div></div></div>
  </div></div>
</section>
<section class="block block--text-wide" data-block-id="a13">
  <div class="block__inner"><div class="grid">
    <div class="grid__item grid__item--12"><div class="block block--text"><div class="text-box">
      <h2>Our promise to families</h2>
      <p>Every child has a key person who gets to know them and you really well. We keep you connected
      through the day with our parent app, we welcome you into nursery for stay-and-play mornings, and we
      will always take time at the door to chat about your child's day.</p>
    </div></div></div>
  </div></div>
</section>
"""
)

_ROOMS = (
    _hero("Our rooms &amp; age groups", "Three rooms, each designed around the age and stage of the children in it.")
    + """
      <div class="block block--text"><div class="text-box">
        <h2 id="seedlings">Seedlings &ndash; babies, 3 to 18 months</h2>
        <p>Seedlings is on the ground floor at the back of the house and opens straight onto a covered
        veranda and the baby garden. It is a calm, light room with soft play areas, low mirrors, a
        treasure-basket corner and a separate sleep room with cots. We care for up to 9 babies a day with a
        ratio of one adult to three babies, and we follow each baby's own routine from home for feeds and
        naps.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2 id="saplings">Saplings &ndash; toddlers, 18 months to 3 years</h2>
        <p>Saplings takes up the whole first floor: a messy-play room, a quiet book nook, a role-play
        corner and a small bathroom with child-sized toilets. Up to 15 children attend each day. Under-twos
        are cared for at one adult to three children and two-year-olds at one adult to five. Toddlers are
        busy little explorers, so the day is full of painting, water play, music and plenty of time in the
        garden.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2 id="oak">Oak Room &ndash; pre-school, 3 years until school</h2>
        <p>Our pre-school is in the garden building, a purpose-built classroom with its own entrance and
        cloakroom. Up to 24 children attend each day at a ratio of one adult to eight. The Oak Room is led
        by a qualified Early Years Teacher and the final year focuses on getting ready for Reception: early
        phonics, counting games, pencil control, dressing themselves and managing their own lunch.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h3>Moving up to the next room</h3>
        <p>Children move rooms when they are ready rather than on a fixed birthday, usually somewhere around
        18 months and again around their third birthday. Before the move they have three or four short
        visits to their new room with their current key person, and we hold a short handover chat with you
        so you meet the new key person before the first full day.</p>
      </div></div>
"""
)

_ROUTINE = (
    _hero(
        "Daily routine &amp; care",
        "Predictable days help little ones feel safe. Here is what a typical day looks like.",
    )
    + """
      <div class="block block--text"><div class="text-box">
        <h2>A typical day in Saplings and the Oak Room</h2>
        <div class="table-wrapper"><table class="table table--striped">
          <thead><tr><th>Time</th><th>What's happening</th></tr></thead>
          <tbody>
            <tr><td>7:30 &ndash; 8:30</td><td>Arrivals, breakfast and quiet play</td></tr>
            <tr><td>9:00</td><td>Good morning circle, songs and the day's plan</td></tr>
            <tr><td>9:15 &ndash; 10:00</td><td>Free play and small-group activities</td></tr>
            <tr><td>10:00</td><td>Morning snack</td></tr>
            <tr><td>10:30 &ndash; 11:30</td><td>Garden time (or the Spinney)</td></tr>
            <tr><td>11:30</td><td>Lunch</td></tr>
            <tr><td>12:15 &ndash; 2:00</td><td>Nap or quiet time with stories</td></tr>
            <tr><td>2:00 &ndash; 3:00</td><td>Creative activities, music and movement</td></tr>
            <tr><td>3:00</td><td>Afternoon snack</td></tr>
            <tr><td>4:15</td><td>Tea</td></tr>
            <tr><td>4:45 &ndash; 6:30</td><td>Garden, stories and home time</td></tr>
          </tbody>
        </table></div>
        <p>Babies in Seedlings don't follow a set timetable: feeds, naps and play fit around each baby.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Sleep</h2>
        <p>Babies sleep in cots in the Seedlings sleep room; older children rest on their own named sleep
        mat with a fresh sheet. A member of staff checks on sleeping children every ten minutes and records
        it. We never force a child to sleep, and we won't wake a sleeping child unless you ask us to. If a
        long nap is affecting bedtime, tell us and we will gently wake them at an agreed time.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Nappy changing</h2>
        <p>Nappies are checked and changed at least every two and a half hours, and of course whenever
        needed. Every change is logged so you can see it later. If your child uses a particular barrier
        cream, please bring it in labelled with their name.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Potty training</h2>
        <p>There is no right age to start. We look for signs your child is ready (telling us they are wet,
        staying dry for longer, interest in the toilet) and agree a plan with you so home and nursery do the
        same thing. Once training starts we recommend pants rather than pull-ups during the day, and ask for
        at least four spare sets of clothes, socks included. Accidents are dealt with calmly and never
        made a fuss of.</p>
        <p>Children do <strong>not</strong> need to be out of nappies to move up to the Oak Room. Plenty of
        three-year-olds are still learning, and we support them there just the same.</p>
      </div></div>
"""
)

_MEALS = (
    _hero("Meals &amp; allergies", "Freshly cooked, balanced food from our own kitchen, every single day.")
    + """
      <div class="block block--text"><div class="text-box">
        <h2>Cooked here, by Janine</h2>
        <p>Our cook, Janine Pryce, prepares every meal from scratch in the nursery kitchen using fresh,
        mostly local ingredients. Our four-week menu changes with the seasons and is low in salt and
        sugar. We were awarded a 5 (very good) food hygiene rating by Reading Borough Council.</p>
        <ul>
          <li><strong>Breakfast</strong> (until 8:30am): cereals, porridge, toast, fruit</li>
          <li><strong>Morning snack</strong>: fruit or vegetables with milk or water</li>
          <li><strong>Lunch</strong> (11:30am): a hot main course and a pudding</li>
          <li><strong>Afternoon snack</strong>: crackers, rice cakes, yoghurt or fruit</li>
          <li><strong>Tea</strong> (4:15pm): a lighter meal such as jacket potatoes, pasta or wraps</li>
        </ul>
        <p>Fresh drinking water is available all day in every room.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Babies and weaning</h2>
        <p>We follow your lead with weaning, from smooth purees through mashed and finger foods to family
        meals. Please bring your baby's formula powder in a labelled dispenser and we will make fresh
        bottles as needed. Expressed breast milk is very welcome: label it with your baby's name and the
        date and we will store it in our milk fridge.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Allergies and intolerances</h2>
        <p>We are a nut-free nursery. For any child with an allergy we sit down with you before they start
        to write an individual allergy care plan, signed by you and, where needed, your GP or consultant.
        Janine prepares their meals separately and they are served on a coloured plate with a photo
        placemat, so every adult in the room can see at a glance what the child must not eat. Staff are
        trained to use adrenaline auto-injectors, and we keep your child's own EpiPens or Jext pens in a
        labelled grab bag that goes everywhere with them, including the garden and the Spinney.</p>
        <p>All 14 major allergens are recorded for every recipe, and the allergen folder is in the
        entrance hall if you would like to look.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Cultural and special diets</h2>
        <p>We happily cater for vegetarian, vegan and dairy-free diets, and halal meat can be provided for
        children who need it. We can also avoid pork or beef for religious reasons. Just let us know on your
        registration form.</p>
      </div></div>
"""
)

_OUTDOOR = (
    _hero("Outdoor play &amp; Forest School", "Fresh air, mud and big skies: outdoors is our second classroom.")
    + """
      <div class="block block--text"><div class="text-box">
        <h2>Our garden</h2>
        <p>Foxglove House has one of the largest nursery gardens in Reading. There is a covered veranda and
        soft-surface baby garden for Seedlings, and a main garden with a mud kitchen, a big sandpit, a
        climbing frame, a bike track, raised vegetable beds and a willow tunnel. The children grow
        strawberries, beans and potatoes, which Janine then cooks for lunch. Every room gets outside at
        least twice a day.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Forest School in the Spinney</h2>
        <p>At the bottom of the garden is the Spinney, our own small woodland of silver birch and hazel with
        a log circle and a fire pit. Forest School is led by Tom Whitfield, a qualified Level 3 Forest
        School Leader.</p>
        <ul>
          <li><strong>Oak Room:</strong> a full morning every Wednesday, plus a walk to the woods at
          McIlroy Park once a term.</li>
          <li><strong>Saplings:</strong> shorter 45-minute sessions on Tuesdays and Thursdays for children
          aged two and over.</li>
        </ul>
        <p>Children build dens, hunt for minibeasts, make mud faces and, as they grow in confidence, use
        real tools such as potato peelers for whittling. Campfire cooking (usually popcorn or
        marshmallows!) is always supervised one-to-one by Tom.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Whatever the weather</h2>
        <p>We go out in rain, frost and drizzle: there is no such thing as bad weather, only the wrong
        clothes. We provide every child with an all-in-one waterproof suit, so you don't need to buy one.
        Please bring a pair of named wellies to keep at nursery. The only times we stay in are high winds
        and thunderstorms, when the woodland isn't safe.</p>
        <p>In summer we apply factor 50 sun cream, which we provide, before the children go out in the
        morning and again after lunch. Please send a named sun hat. If your child needs a particular
        brand of sun cream, you are welcome to bring it in labelled.</p>
      </div></div>
"""
)

_TEAM = (
    _hero(
        "Meet the team",
        "Kind, experienced people who love what they do &ndash; many of them have been with us for years.",
    )
    + """
<section class="block block--team" data-block-id="t01">
  <div class="block__inner"><div class="grid grid--3">
    <div class="grid__item grid__item--4"><div class="block block--text"><div class="team-card">
      <img src="/uploads/team/helen.jpg" alt="Helen Cartwright">
      <h3>Helen Cartwright</h3><p class="team-card__role">Nursery Manager</p>
      <p>Helen holds a BA (Hons) in Early Childhood Studies and Early Years Professional Status. She has
      worked in early years for 18 years and has managed Foxglove House since 2014.</p>
    </div></div></div>
    <div class="grid__item grid__item--4"><div class="block block--text"><div class="team-card">
      <img src="/uploads/team/priya.jpg" alt="Priya Sandhu">
      <h3>Priya Sandhu</h3><p class="team-card__role">Deputy Manager &amp; SENCo</p>
      <p>Priya has a Level 5 Diploma in Early Years and is our Special Educational Needs Co-ordinator.</p>
    </div></div></div>
    <div class="grid__item grid__item--4"><div class="block block--text"><div class="team-card">
      <img src="/uploads/team/sophie.jpg" alt="Sophie Okafor">
      <h3>Sophie Okafor</h3><p class="team-card__role">Oak Room Leader</p>
      <p>Sophie is a graduate with Early Years Teacher Status and leads our pre-school room.</p>
    </div></div></div>
    <div class="grid__item grid__item--4"><div class="block block--text"><div class="team-card">
      <img src="/uploads/team/gemma.jpg" alt="Gemma Hollis">
      <h3>Gemma Hollis</h3><p class="team-card__role">Seedlings Room Leader</p>
      <p>Level 3 Early Years Educator, specialising in baby care for over ten years.</p>
    </div></div></div>
    <div class="grid__item grid__item--4"><div class="block block--text"><div class="team-card">
      <img src="/uploads/team/marcus.jpg" alt="Marcus Bell">
      <h3>Marcus Bell</h3><p class="team-card__role">Saplings Room Leader</p>
      <p>Level 3 Early Years Educator and our resident guitar player at song time.</p>
    </div></div></div>
    <div class="grid__item grid__item--4"><div class="block block--text"><div class="team-card">
      <img src="/uploads/team/tom.jpg" alt="Tom Whitfield">
      <h3>Tom Whitfield</h3><p class="team-card__role">Forest School Leader</p>
      <p>Level 3 Forest School Leader and Level 3 Early Years Educator.</p>
    </div></div></div>
  </div></div>
</section>
<section class="block block--text-wide" data-block-id="t02">
  <div class="block__inner"><div class="grid">
    <div class="grid__item grid__item--6"><div class="block block--text"><div class="text-box">
      <h2>Qualifications and training</h2>
      <p>We employ 16 practitioners and 13 of them hold a Level 3 early years qualification or higher.
      Every member of staff, including our cook, holds a full 12-hour paediatric first aid certificate,
      renewed every three years, and everyone completes safeguarding training every year. We also support
      two apprentices each year working towards their Level 3. All staff have an enhanced DBS check
      before they start.</p>
      <p>Between us the team speaks Polish, Punjabi, Urdu and Romanian as well as English, which many of
      our families find a real comfort in the early days.</p>
    </div></div></div>
    <div class="grid__item grid__item--6"><div class="block block--text"><div class="text-box">
      <h2>Additional needs and SEND</h2>
      <p>If you have any worries about your child's development, such as speech and language, movement
      or behaviour, Priya is here to help. She will observe your child, talk with you and their key
      person, and put together a support plan with small, achievable targets. With your permission she
      can refer to, and work alongside, speech and language therapists, health visitors, the Reading
      early years SEND team and other specialists.</p>
      <p>We welcome children with additional needs and with Education, Health and Care Plans (EHCPs),
      and will apply for inclusion funding to provide extra support where a child needs it.</p>
    </div></div></div>
  </div></div>
</section>
"""
)

_OFSTED = (
    _hero("Ofsted &amp; safeguarding", "Keeping children safe is at the heart of everything we do.")
    + """
      <div class="block block--text"><div class="text-box">
        <h2>Our Ofsted report</h2>
        <p>Foxglove House was inspected by Ofsted on 7 February 2024 and rated
        <strong>Outstanding</strong> in every area: quality of education, behaviour and attitudes,
        personal development, and leadership and management. This was our second Outstanding
        judgement in a row.</p>
        <blockquote class="quote">"Children are exceptionally happy and settled. Staff know them
        extremely well and plan highly ambitious activities that capture their curiosity."</blockquote>
        <blockquote class="quote">"Partnerships with parents are a real strength of the setting."</blockquote>
        <p>You can read the full report on the Ofsted website using our unique reference number
        EY498217.</p>
        <a class="button button--secondary" href="https://reports.ofsted.gov.uk/provider/16/EY498217">Read the
        full Ofsted report</a>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Safeguarding</h2>
        <p>Our Designated Safeguarding Lead (DSL) is Helen Cartwright, and Priya Sandhu is our Deputy DSL.
        If you are ever worried about a child, please speak to one of them in confidence. We follow the
        procedures of the Reading local safeguarding partnership and Brighter Futures for Children.</p>
        <ul>
          <li>The front door has a video entry system and is only opened by staff.</li>
          <li>Staff mobile phones are locked away during the working day. Photos are only ever taken on
          nursery tablets.</li>
          <li>We have CCTV in the entrance, corridors and garden, but never in toilets or nappy-change
          areas.</li>
          <li>All staff, students and volunteers are vetted with an enhanced DBS check and references.</li>
        </ul>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h3>Who can collect your child</h3>
        <p>We will only hand your child over to the adults named on their registration form. If someone
        else is going to collect &ndash; a grandparent, friend or childminder &ndash; you must let us know
        in advance by message or phone, giving their name, and they will need to tell us your family's
        collection password when they arrive. We may also ask for photo ID. Without the password, we will
        not release your child until we have spoken to you. Anyone collecting must be 16 or over.</p>
      </div></div>
"""
)

_ILLNESS = (
    _hero("Illness &amp; exclusion", "How we keep everyone well, and when your child needs to stay at home.")
    + """
      <div class="block block--text"><div class="text-box">
        <h2>If your child becomes unwell at nursery</h2>
        <p>If your child has a temperature of 38&deg;C or above, or seems too unwell to join in, we will
        phone you and ask for them to be collected within an hour. While we wait, we will keep them
        comfortable and, if you have given written consent on the app, we can give a dose of paracetamol
        (e.g. Calpol) or ibuprofen to bring the temperature down. We cannot give these medicines in the
        morning so that a child can attend: please don't give Calpol before drop-off to mask a fever.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>How long to stay away</h2>
        <p>We follow UK Health Security Agency guidance. The most common exclusion periods are:</p>
        <div class="table-wrapper"><table class="table table--bordered">
          <thead><tr><th>Illness</th><th>Keep your child at home</th></tr></thead>
          <tbody>
            <tr><td>Fever (38&deg;C or over)</td><td>Until 24 hours without a fever, without medicine</td></tr>
            <tr><td>Diarrhoea and/or vomiting</td><td>48 hours after the last episode</td></tr>
            <tr><td>Chickenpox</td><td>Until all spots have crusted over (usually about 5 days)</td></tr>
            <tr><td>Scarlet fever</td><td>24 hours after starting antibiotics</td></tr>
            <tr><td>Impetigo</td><td>Until sores have crusted, or 48 hours after starting antibiotics</td></tr>
            <tr><td>Conjunctivitis</td><td>No need to stay away if well</td></tr>
            <tr><td>Hand, foot and mouth</td><td>No need to stay away if well</td></tr>
            <tr><td>Head lice</td><td>No need to stay away &ndash; please treat at home</td></tr>
          </tbody>
        </table></div>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Medicines</h2>
        <p>We can give prescribed medicines in their original packaging with the pharmacy label showing
        your child's name and dose. Please complete a medicine form on the app each day. When a child starts
        a new antibiotic, they need to stay at home for the first 24 hours in case of a reaction.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Accidents and bumps</h2>
        <p>Little knocks happen. Every accident is recorded and you will be asked to sign the accident form
        on the app at collection. We always phone you straight away after any bump to the head.</p>
      </div></div>
"""
)

_FEES = (
    _hero("Our fees", "Clear, all-inclusive daily rates. Fees below apply from 1 April 2025.")
    + """
      <div class="block block--text"><div class="text-box">
        <h2>Daily and session fees</h2>
        <div class="table-wrapper"><table class="table table--pricing">
          <thead><tr><th>Session</th><th>Seedlings<br><small>3&ndash;18 months</small></th>
          <th>Saplings<br><small>18 months&ndash;3 years</small></th>
          <th>Oak Room<br><small>3&ndash;5 years</small></th></tr></thead>
          <tbody>
            <tr><td>Full day (7:30am&ndash;6:30pm)</td>
              <td>&pound;78.00</td><td>&pound;74.00</td><td>&pound;70.00</td></tr>
            <tr><td>Morning (7:30am&ndash;1:00pm, with lunch)</td>
              <td>&pound;48.00</td><td>&pound;46.00</td><td>&pound;44.00</td></tr>
            <tr><td>Afternoon (1:00pm&ndash;6:30pm, with tea)</td>
              <td>&pound;44.00</td><td>&pound;42.00</td><td>&pound;40.00</td></tr>
            <tr><td>Full week (5 full days)</td><td>&pound;375.00</td><td>&pound;355.00</td><td>&pound;335.00</td></tr>
            <tr><td>Hourly rate (over funded hours)</td><td>&ndash;</td><td>&pound;7.60</td><td>&pound;7.20</td></tr>
          </tbody>
        </table></div>
        <p class="small">Children move onto the lower rate from the month after they move room. If you
        are claiming funded hours, see <a href="/funded-childcare/">funded hours &amp; help with costs</a>.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>What's included</h2>
        <p>Our fees genuinely include everything your child needs during their day:</p>
        <ul>
          <li>Breakfast, lunch, tea and two snacks, all freshly cooked</li>
          <li>Nappies and wipes &ndash; you don't need to send any in</li>
          <li>Forest School sessions and waterproof clothing</li>
          <li>Weekly music and movement classes with Little Notes</li>
          <li>Seasonal outings and visitors, such as the fire engine and the farm animals in spring</li>
        </ul>
        <p><strong>Not included:</strong> baby formula, and the optional professional photographs
        taken each autumn.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Siblings</h2>
        <p>When brothers and sisters attend at the same time, we take 10% off the fees of the older
        child for as long as both are with us. The discount does not apply to funded hours.</p>
      </div></div>
"""
)

_FUNDED = (
    _hero("Funded hours &amp; help with costs", "Government schemes that can make a big difference to what you pay.")
    + """
      <div class="block block--text"><div class="text-box">
        <h2>15 hours for all 3 and 4 year olds</h2>
        <p>Every three- and four-year-old in England is entitled to 15 hours a week of funded early
        education, whatever your circumstances. Funding starts from the term after your child's third
        birthday:</p>
        <ul>
          <li>Born 1 September &ndash; 31 December: from the January term</li>
          <li>Born 1 January &ndash; 31 March: from the April term</li>
          <li>Born 1 April &ndash; 31 August: from the September term</li>
        </ul>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>30 hours for working families (from 9 months)</h2>
        <p>Since September 2025, eligible working parents can claim up to 30 hours a week from the term
        after their child turns 9 months old, right through to school. Apply through the government's
        Childcare Choices website to get an 11-digit eligibility code, and give it to us before the
        deadline: 31 August for the autumn term, 31 December for spring and 31 March for summer. Remember
        to reconfirm your code every three months or the funding will stop.</p>
        <h3>Two-year-old funding</h3>
        <p>Some two-year-olds qualify for 15 funded hours if the family receives certain benefits, such as
        Universal Credit below the earnings threshold. Reading Borough Council can check whether you
        qualify.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>How we offer funded hours</h2>
        <p>Funding covers 38 weeks a year. You can take it term-time only, or stretched across the 51 weeks
        we are open: 15 hours becomes about 11.2 hours a week, and 30 hours about 22.4 hours a week. Any
        hours beyond your funding are charged at our usual rates.</p>
        <p>The funding pays for childcare and education only. We ask for an optional consumables charge of
        &pound;7.50 per funded day to cover meals, snacks, nappies and outings. If you prefer not to pay it,
        you can send in a packed lunch and snacks instead &ndash; just tell us.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Tax-Free Childcare, vouchers and Universal Credit</h2>
        <p>We are registered for <strong>Tax-Free Childcare</strong>: for every &pound;8 you pay into your
        online childcare account, the government adds &pound;2, up to &pound;2,000 per child per year. Add us
        as a provider in your account and use your child's reference as the payment reference. We also
        accept <strong>employer childcare vouchers</strong> from all the main providers. If you claim the
        childcare element of <strong>Universal Credit</strong>, we can give you monthly invoices and
        receipts to upload to your journal.</p>
      </div></div>
"""
)

_PAYING = (
    _hero("Paying your fees &amp; notice", "Everything about invoices, payments, holidays and leaving.")
    + """
      <div class="block block--text"><div class="text-box">
        <h2>Monthly invoices</h2>
        <p>Your fees are worked out over the 51 weeks a year we are open and split into 12 equal monthly
        payments, so your bill is the same every month. For example, a baby in Seedlings three full days a
        week pays &pound;78 &times; 3 &times; 51 &divide; 12 = &pound;994.50 a month. Invoices are issued
        on the 1st of each month, in advance, through the parent app.</p>
        <p>Payment is due by the 5th of the month. We prefer Direct Debit through GoCardless, which we set
        up for you when you join; bank transfer is also fine. We don't accept cash or cheques. If you are
        using Tax-Free Childcare or vouchers, see <a href="/funded-childcare/">help with costs</a>.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Holidays, sickness and bank holidays</h2>
        <p>Because we keep your child's place open for them all year round, fees are payable as normal
        when your child is off sick or away on family holidays. Bank holidays are also charged as
        normal. You are not charged for the Christmas closure, as our fees are already calculated on 51
        weeks.</p>
        <p>Once your child has been with us for 12 months, you can take up to two weeks a year at half
        price, as long as you give us one month's notice in writing.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Late payment</h2>
        <p>If payment hasn't reached us by the 10th, a &pound;25 late payment fee is added. Please talk to
        Lisa in the office if you are having difficulty &ndash; we would much rather agree a plan than
        chase. If fees are more than 30 days overdue we may have to withdraw the place.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Giving notice</h2>
        <p>We need <strong>one calendar month's notice in writing</strong> (email to the office is fine)
        if your child is leaving or if you want to reduce their days. Fees are payable for the notice
        period whether or not your child attends. Children starting school in September can stay until
        the end of August; please still give a month's notice of their last day.</p>
        <p>Fees are reviewed every April and we always give at least two months' notice of any change.</p>
      </div></div>
"""
)

_SESSIONS = (
    _hero("Sessions, hours &amp; closures", "Flexible sessions to fit around working families, 51 weeks a year.")
    + """
      <div class="block block--text"><div class="text-box">
        <h2>Opening hours</h2>
        <p>We are open Monday to Friday, 7:30am to 6:30pm, 51 weeks of the year.</p>
        <div class="table-wrapper"><table class="table">
          <thead><tr><th>Session</th><th>Times</th></tr></thead>
          <tbody>
            <tr><td>Full day</td><td>7:30am &ndash; 6:30pm</td></tr>
            <tr><td>Morning session (includes lunch)</td><td>7:30am &ndash; 1:00pm</td></tr>
            <tr><td>Afternoon session (includes tea)</td><td>1:00pm &ndash; 6:30pm</td></tr>
            <tr><td>Oak Room school-day session (term time, funded)</td><td>9:00am &ndash; 3:00pm</td></tr>
          </tbody>
        </table></div>
        <p>We ask that children attend a minimum of two sessions a week so they can settle and build
        friendships. For babies we recommend at least two full days.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Extra sessions and changing days</h2>
        <p>Need an extra day? Request it through the app; we will confirm if we have space in your child's
        room. Extra sessions are charged at the normal daily rate. We're not able to swap days week to week,
        but you can ask for a permanent change of days at any time and we will do our best.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Late collection</h2>
        <p>We know traffic happens. If you are going to be late, please phone us as early as you can so we
        can reassure your child. Collections after 6:30pm are charged at &pound;15 for every 15 minutes or
        part of 15 minutes, because two staff have to stay behind. If a child has not been collected by
        7:15pm and we cannot reach you or any emergency contact, we must follow our uncollected child
        procedure and contact Brighter Futures for Children.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Closures 2025/26</h2>
        <ul>
          <li>All bank holidays</li>
          <li>Christmas: we close at 1pm on Christmas Eve and reopen on the first working day after New
          Year's Day, so we are closed between Christmas and New Year</li>
          <li>Staff training days: Monday 1 September 2025 and Friday 24 October 2025</li>
        </ul>
        <p>We very rarely close for snow or other emergencies. If we ever have to, we will post on the app
        and our Facebook page by 6:45am.</p>
      </div></div>
"""
)

_ADMISSIONS = (
    _hero("Registration &amp; waiting list", "How to secure a place for your child at Foxglove House.")
    + """
      <div class="block block--text"><div class="text-box">
        <h2>How to register</h2>
        <ol class="steps">
          <li><strong>Visit us.</strong> Most families come for a tour first, although you don't have to.</li>
          <li><strong>Complete the registration form.</strong> You can fill it in online or pick up a paper
          copy when you visit. Tell us your preferred start date and days.</li>
          <li><strong>Pay the registration fee.</strong> A non-refundable fee of &pound;50 puts your child on
          our waiting list.</li>
          <li><strong>Receive your offer.</strong> When a place is available we email you an offer letter and
          contract. You have seven days to accept.</li>
          <li><strong>Pay your deposit.</strong> A deposit of &pound;300 secures the place. It is refunded
          against your final invoice when your child leaves, provided full notice is given.</li>
        </ol>
        <a class="button button--primary" href="#registration-form">Register online</a>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>How the waiting list works</h2>
        <p>Places are offered in this order: first to brothers and sisters of children already at
        Foxglove House, then to children of our staff, then in the order registrations were received.
        Funded-only places for three- and four-year-olds are offered in the same way.</p>
        <p>Baby places are in very high demand. The waiting list for Seedlings is currently around 9 to 12
        months, so we recommend registering during pregnancy if you are planning to return to work when your
        baby is under a year old. Waits for Saplings and the Oak Room are usually shorter, typically one to
        three months, and we sometimes have places straight away.</p>
        <p>Being on the waiting list doesn't commit you to anything. If your plans change, just let us know
        and we will remove you.</p>
      </div></div>
      <div class="block block--form" id="registration-form"><div class="form-box">
        <h3>Online registration</h3>
        <form class="form" action="#" method="post">
          <label>Child's name<input type="text" name="child_name"></label>
          <label>Date of birth (or due date)<input type="date" name="dob"></label>
          <label>Preferred start date<input type="date" name="start"></label>
          <label>Days and sessions required<textarea name="sessions"></textarea></label>
          <label>Parent / carer name<input type="text" name="parent"></label>
          <label>Email<input type="email" name="email"></label>
          <button class="button button--primary" type="submit">Submit registration</button>
        </form>
      </div></div>
"""
)

_SETTLING = (
    _hero("Settling in", "Starting nursery is a big step &ndash; for children and for parents.")
    + """
      <div class="block block--text"><div class="text-box">
        <h2>Your free settling-in visits</h2>
        <p>Before your child's first proper day, we offer three free settling-in sessions, usually in the
        two weeks before the start date:</p>
        <ol>
          <li><strong>Visit one (1 hour):</strong> you stay with your child the whole time, chat with their
          key person and tell us all about their routine, likes and dislikes.</li>
          <li><strong>Visit two (2 hours):</strong> you stay for the first part, then pop out for an hour
          &ndash; a coffee on Erleigh Road is just around the corner.</li>
          <li><strong>Visit three (half a day, including lunch):</strong> your child stays without you.</li>
        </ol>
        <p>Every child is different. If your child needs more visits, we will arrange extra ones at no
        charge.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Your key person</h2>
        <p>Before the first visit, we will introduce you to your child's key person. They will be your
        main point of contact, look after your child's care and learning, and get to know your family.
        We'll ask you to fill in an "All About Me" form with details like favourite songs, comfort words
        and how your child likes to be settled for sleep.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Tips for the first few weeks</h2>
        <ul>
          <li>Keep goodbyes short, warm and confident. Always say goodbye rather than slipping away.</li>
          <li>A familiar comforter or blanket that smells of home can really help.</li>
          <li>Tears at drop-off are completely normal and usually stop within a few minutes of you leaving.</li>
          <li>Your key person will send you a message and photo on the app within the first hour of your
          first full day, so you know how things are going.</li>
          <li>Feel free to phone us as often as you like. Really!</li>
        </ul>
        <p>Most children are happily settled within two to four weeks. If it takes longer, we will work out
        a plan together.</p>
      </div></div>
"""
)

_APP = (
    _hero("Parent app &amp; updates", "See your child's day as it happens, wherever you are.")
    + """
      <div class="block block--text"><div class="text-box">
        <h2>We use Famly</h2>
        <p>Every family gets a free login to Famly, our parent app, on iPhone, Android or a web browser.
        You will receive an invitation email about a week before your child starts.</p>
        <h3>Through the day you'll see</h3>
        <ul>
          <li>what and how much your child ate at each meal and snack</li>
          <li>nappy changes and toilet trips</li>
          <li>sleep times, start to finish</li>
          <li>photos and short videos of what they've been up to</li>
          <li>learning observations linked to the EYFS</li>
        </ul>
        <p>You can also use the app to message your key person, report an absence (please do this by
        9am), sign accident forms, give medicine consent, and see your invoices.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Sharing with family</h2>
        <p>Parents with parental responsibility each get their own login. You can also invite up to two
        relatives, such as grandparents, as viewers: they can see the photos, videos and daily updates but
        cannot message staff, see invoices or change anything. Photos in which other children appear are
        only shared with families who have given photo consent.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Keeping you in the loop</h2>
        <p>We send a newsletter through the app at the start of each month, with dates, themes and news.
        Twice a year, in November and May, we hold parents' evenings with your child's key person, and you
        will receive a written progress summary each term. For two-year-olds we complete the statutory
        progress check at age two and share it with you and your health visitor.</p>
      </div></div>
"""
)

_VISIT = (
    _hero("Book a visit", "Come and see us in action &ndash; we'd love to show you around.")
    + """
      <div class="block block--text"><div class="text-box">
        <h2>Weekday tours</h2>
        <p>Tours run Monday to Friday at <strong>9:30am</strong> and <strong>2:15pm</strong> and last about 45
        minutes. You'll be shown around by Helen or Priya, see every room while the children are busy,
        visit the garden and the Spinney, and have plenty of time for questions. We avoid 11:30am to 2pm so
        we don't disturb lunch and nap time.</p>
        <p>Your little one is very welcome to come too. Please allow a few minutes at the door for the
        signing-in book.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Saturday open mornings</h2>
        <p>Can't get away during the week? We hold an open morning on the <strong>first Saturday of every
        month from 10am to 12 noon</strong>. There's no need to book for these &ndash; just drop in. You
        won't see the children at play, but the whole management team is there to answer your questions and
        you can take as long as you like looking around.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h3>Questions you might like to ask</h3>
        <ul>
          <li>Who would my child's key person be?</li>
          <li>How do you plan activities around my child's interests?</li>
          <li>What does my child need to bring?</li>
        </ul>
      </div></div>
      <div class="block block--form"><div class="form-box">
        <h3>Request a weekday tour</h3>
        <form class="form" action="#" method="post">
          <label>Your name<input type="text" name="name"></label>
          <label>Phone<input type="tel" name="phone"></label>
          <label>Email<input type="email" name="email"></label>
          <label>Child's age<input type="text" name="age"></label>
          <label>Preferred date and time<input type="text" name="when"></label>
          <button class="button button--primary" type="submit">Request my tour</button>
        </form>
        <p class="small">We'll reply within one working day to confirm.</p>
      </div></div>
"""
)

_FAQ = (
    _hero("Frequently asked questions", "The things parents ask us most often.")
    + """
      <div class="block block--accordion"><div class="accordion">
        <div class="accordion-item">
          <button class="accordion-toggle">What should I pack in my child's bag?</button>
          <div class="accordion-panel"><p>Please send a named bag each day with at least two full changes
          of clothes (four if potty training), a comforter or dummy if they use one, any creams, and a
          named bottle or beaker for babies. A coat suitable for the weather and a sun hat in summer, too.
          Wellies live at nursery. Please label everything &ndash; you'd be amazed how many identical
          leggings we have!</p></div>
        </div>
        <div class="accordion-item">
          <button class="accordion-toggle">Can my child bring toys from home?</button>
          <div class="accordion-panel"><p>Comforters and special cuddly toys are always welcome. We ask that
          other toys stay at home, as they can get lost or broken and cause upset. The exception is our
          Friday "show and tell" in the Oak Room.</p></div>
        </div>
        <div class="accordion-item">
          <button class="accordion-toggle">Do you allow dummies?</button>
          <div class="accordion-panel"><p>Yes, for sleep and comfort. When not in use, dummies go in a
          named pot in your child's room so they can talk and play freely.</p></div>
        </div>
        <div class="accordion-item">
          <button class="accordion-toggle">Can I bring in a cake for my child's birthday?</button>
          <div class="accordion-panel"><p>We love birthdays! Because of allergies, we ask parents not to
          bring in cakes, sweets or party bags. Instead, Janine bakes a birthday cake that is safe for
          everyone, and we sing, make a crown and blow out (pretend) candles together.</p></div>
        </div>
        <div class="accordion-item">
          <button class="accordion-toggle">Where can I leave my buggy?</button>
          <div class="accordion-panel"><p>There is a covered buggy shelter by the front gate. Buggies and car
          seats can be left there during the day at your own risk; a bike lock is a good idea.</p></div>
        </div>
        <div class="accordion-item">
          <button class="accordion-toggle">Do you put photos of children on social media?</button>
          <div class="accordion-panel"><p>Only if you give permission on the consent form, and we never use
          children's names. You can change your choice at any time.</p></div>
        </div>
        <div class="accordion-item">
          <button class="accordion-toggle">Can nursery staff babysit for us?</button>
          <div class="accordion-panel"><p>Sorry, no. To keep professional boundaries clear, our staff are not
          allowed to babysit or provide private childcare for nursery families.</p></div>
        </div>
        <div class="accordion-item">
          <button class="accordion-toggle">My toddler has started biting. What do you do?</button>
          <div class="accordion-panel"><p>Biting is very common between 1 and 3 years old, often because of
          teething or frustration at not having the words yet. We calmly comfort the child who was bitten,
          tell the other child "biting hurts", and look for patterns so we can prevent it. We'll let you know
          if your child is involved, but for confidentiality we don't share other children's names.</p></div>
        </div>
        <div class="accordion-item">
          <button class="accordion-toggle">Can parents join in at nursery?</button>
          <div class="accordion-panel"><p>Yes please! We hold stay-and-play mornings every term, and we love
          parents coming in to share a skill, a job or a festival from their culture.</p></div>
        </div>
      </div></div>
"""
)

_CONTACT = (
    _hero("Contact &amp; find us", "We'd love to hear from you.")
    + """
      <div class="block block--text"><div class="text-box">
        <h2>Address</h2>
        <p>Foxglove House Day Nursery &amp; Pre-School<br>14 Elmhurst Road<br>Reading<br>RG1 5HY</p>
        <p>Phone: <a href="tel:01189624471">0118 962 4471</a><br>
        Email: <a href="mailto:hello@foxglovehousenursery.co.uk">hello@foxglovehousenursery.co.uk</a></p>
        <p>Our office, run by Lisa Marsh, is staffed from 8:30am to 4:30pm, Monday to Friday, for questions
        about fees, invoices and places. Outside those times, the rooms can take a message.</p>
        <a class="button button--secondary" href="https://maps.google.com/?q=14+Elmhurst+Road+Reading+RG1+5HY">Open
        in Google Maps</a>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Parking and drop-off</h2>
        <p>We have six short-stay parking spaces on our front driveway for drop-off and collection. Please
        keep to a maximum of 10 minutes so other parents can use them, and never park across the gate.
        Elmhurst Road is in a residents' permit zone, so if the driveway is full the nearest place to wait
        is the pay-and-display bays on Addington Road, about two minutes' walk away. Please don't park on
        the zig-zags outside the school opposite.</p>
      </div></div>
      <div class="block block--text"><div class="text-box">
        <h2>Getting here without a car</h2>
        <p>By bus, Reading Buses routes 21 and 22 stop on Christchurch Road, a four-minute walk away.
        Reading station is about a 20-minute walk or a short bus ride. Many of our families walk or cycle,
        and there is a bike rack with room for a cargo bike inside the front gate.</p>
      </div></div>
      <div class="block block--form"><div class="form-box">
        <h3>Send us a message</h3>
        <form class="form" action="#" method="post">
          <label>Name<input type="text" name="name"></label>
          <label>Email<input type="email" name="email"></label>
          <label>Message<textarea name="message"></textarea></label>
          <button class="button button--primary" type="submit">Send</button>
        </form>
      </div></div>
"""
)


HTML = {
    "/": _page(
        "/",
        "Day Nursery &amp; Pre-School in Reading",
        "Family-run day nursery and pre-school in Reading for babies from 3 months to 5 years.",
        _HOME,
        reviews=True,
    ),
    "/our-rooms/": _page(
        "/our-rooms/",
        "Our Rooms &amp; Age Groups",
        "Seedlings baby room, Saplings toddler room and the Oak Room pre-school at Foxglove House, Reading.",
        _ROOMS,
        sidebar=True,
    ),
    "/daily-routine/": _page(
        "/daily-routine/",
        "Daily Routine &amp; Care",
        "A typical day at Foxglove House: routine, sleep, nappy changing and potty training.",
        _ROUTINE,
        sidebar=True,
    ),
    "/meals-and-allergies/": _page(
        "/meals-and-allergies/",
        "Meals &amp; Allergies",
        "Freshly cooked nursery meals, weaning, allergies and special diets at Foxglove House.",
        _MEALS,
        sidebar=True,
    ),
    "/outdoor-play-forest-school/": _page(
        "/outdoor-play-forest-school/",
        "Outdoor Play &amp; Forest School",
        "Our big garden, the Spinney woodland and weekly Forest School sessions.",
        _OUTDOOR,
        sidebar=True,
        reviews=True,
    ),
    "/our-team/": _page(
        "/our-team/",
        "Meet the Team",
        "The qualified and experienced team at Foxglove House Day Nursery, Reading.",
        _TEAM,
    ),
    "/ofsted-and-safeguarding/": _page(
        "/ofsted-and-safeguarding/",
        "Ofsted &amp; Safeguarding",
        "Foxglove House is rated Outstanding by Ofsted. Read about our safeguarding and collection policy.",
        _OFSTED,
        sidebar=True,
    ),
    "/illness-and-exclusion/": _page(
        "/illness-and-exclusion/",
        "Illness &amp; Exclusion Policy",
        "When children should stay at home, medicines and accidents at Foxglove House.",
        _ILLNESS,
        sidebar=True,
        cta=False,
    ),
    "/fees/": _page(
        "/fees/",
        "Fees 2025/26",
        "Day nursery fees in Reading: full day, morning and afternoon sessions, what's included.",
        _FEES,
        sidebar=True,
    ),
    "/funded-childcare/": _page(
        "/funded-childcare/",
        "Funded Hours &amp; Help with Costs",
        "15 and 30 hours funded childcare, 2-year-old funding and Tax-Free Childcare at Foxglove House.",
        _FUNDED,
        sidebar=True,
    ),
    "/paying-your-fees/": _page(
        "/paying-your-fees/",
        "Paying Your Fees &amp; Notice",
        "Invoices, payment, holidays, late payment and notice period at Foxglove House.",
        _PAYING,
        sidebar=True,
        cta=False,
    ),
    "/sessions-and-opening-hours/": _page(
        "/sessions-and-opening-hours/",
        "Sessions, Opening Hours &amp; Closures",
        "Opening hours, session times, late collection and closure dates at Foxglove House.",
        _SESSIONS,
        sidebar=True,
    ),
    "/admissions/": _page(
        "/admissions/",
        "Registration &amp; Waiting List",
        "How to register your child and how the waiting list works at Foxglove House, Reading.",
        _ADMISSIONS,
        sidebar=True,
        cta=False,
    ),
    "/settling-in/": _page(
        "/settling-in/",
        "Settling In",
        "Free settling-in visits and how we help your child settle at Foxglove House.",
        _SETTLING,
        sidebar=True,
        reviews=True,
    ),
    "/parent-app/": _page(
        "/parent-app/",
        "Parent App &amp; Updates",
        "Daily updates, photos and messaging through the Famly parent app.",
        _APP,
        sidebar=True,
    ),
    "/book-a-visit/": _page(
        "/book-a-visit/",
        "Book a Visit",
        "Book a tour of Foxglove House Day Nursery or come to a Saturday open morning.",
        _VISIT,
        sidebar=True,
        reviews=True,
        cta=False,
    ),
    "/faq/": _page(
        "/faq/",
        "FAQ",
        "Answers to common questions from parents at Foxglove House Day Nursery.",
        _FAQ,
        sidebar=True,
    ),
    "/contact/": _page(
        "/contact/",
        "Contact Us",
        "Contact Foxglove House Day Nursery, Elmhurst Road, Reading. Parking and directions.",
        _CONTACT,
        sidebar=True,
    ),
}


QUESTIONS = [
    ("how much is a full day for a one year old", "/fees/"),
    ("Do I have to send nappies in with him or is that covered in what we pay?", "/fees/"),
    (
        "My daughter turns 3 at the end of November, when does she actually start getting the free hours?",
        "/funded-childcare/",
    ),
    (
        "I work in Bracknell and sometimes get stuck on the M4 on the way back, what happens if I'm late picking up?",
        "/sessions-and-opening-hours/",
    ),
    ("Are you open between Christmas and New Year?", "/sessions-and-opening-hours/"),
    (
        "I'm 5 months pregnant and want to go back to work when baby is about 10 months, how far ahead do I need to "
        "get on your list?",
        "/admissions/",
    ),
    ("we're relocating to Bristol in the spring, how much notice do I have to give", "/paying-your-fees/"),
    (
        "We're off to Spain for two weeks in the summer holidays, do we still have to pay for those weeks?",
        "/paying-your-fees/",
    ),
    (
        "my son is nearly 3 and still not potty trained at all, will that stop him going up to the pre-school room?",
        "/daily-routine/",
    ),
    (
        "She has a really long nap at nursery and then won't go to bed till 10pm! can you wake her up earlier",
        "/daily-routine/",
    ),
    ("My daughter has a severe sesame allergy and carries an epipen, how do you manage that?", "/meals-and-allergies/"),
    (
        "Do the preschoolers really go outside in the woods when its pouring down? what do they wear",
        "/outdoor-play-forest-school/",
    ),
    (
        "my little boy is 2 and hardly says any words yet, the health visitor is a bit worried. is there anyone at "
        "nursery who can help with that?",
        "/our-team/",
    ),
    ("what did ofsted give you", "/ofsted-and-safeguarding/"),
    (
        "My mum is going to pick him up on Thursday instead of me, do I need to do anything?",
        "/ofsted-and-safeguarding/",
    ),
    ("she was sick twice in the night, when can she come back in", "/illness-and-exclusion/"),
    ("Will your staff give him calpol if he gets a temperature during the day?", "/illness-and-exclusion/"),
    (
        "How will I know what she's eaten and how long she slept? I worry about that stuff when I'm at work",
        "/parent-app/",
    ),
    ("Can his grandparents see the pictures you post of him too?", "/parent-app/"),
    (
        "I work full time Monday to Friday, is there any way I could look round on a weekend?",
        "/book-a-visit/",
    ),
    (
        "How does the first couple of weeks work? Do I stay with her at the start or just drop her off?",
        "/settling-in/",
    ),
    ("what does he need to bring with him each day", "/faq/"),
    ("its my sons birthday next week can I bring cupcakes in for his friends", "/faq/"),
    ("where do i park when dropping off", "/contact/"),
    ("whats the staff to baby ratio in the baby room", "/our-rooms/"),
]

OUT_OF_SCOPE = [
    "Do you run a holiday club in the summer for school-age children? My eldest is 7.",
    "Are any of the staff trained in Makaton?",
    "do you give a discount for NHS staff, I'm a nurse at the Royal Berks",
    "Have you got any vacancies for nursery practitioners? I'm Level 3 qualified and looking for work",
    "Do the pre-school children get swimming lessons?",
    "Is there a minibus that can collect my son from home in the mornings?",
    "Can you recommend a good plumber in Caversham?",
    "Which primary school in Reading has the best results?",
]
