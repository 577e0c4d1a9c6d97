"""An evaluation site: Foxglove & Fern Grooming, an independent dog grooming salon with small daycare in Ludlow (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. WordPress Divi theme markup: nested
et_pb_section/row/column/module wrappers, Divi toggles for the FAQ, et_pb_pricing_table price boxes, a sidebar.
"""

NAME = "Foxglove & Fern Grooming"

_MENU = [
    ("/", "Home"),
    ("/services/", "Grooming Services"),
    ("/prices/", "Prices"),
    ("/puppy-grooming/", "Puppy Introduction"),
    ("/hand-stripping/", "Hand Stripping &amp; De-shedding"),
    ("/extras/", "Nails, Teeth &amp; Extras"),
    ("/breed-styles/", "Breed Styles"),
    ("/matted-coats/", "Matted Coats"),
    ("/nervous-and-senior-dogs/", "Nervous &amp; Senior Dogs"),
    ("/health-requirements/", "Health &amp; Vaccinations"),
    ("/cat-grooming/", "Cat Grooming"),
    ("/daycare/", "Doggy Daycare"),
    ("/mobile-van/", "Collection &amp; Mobile Van"),
    ("/booking-policy/", "Booking &amp; Cancellations"),
    ("/gift-vouchers/", "Gift Vouchers"),
    ("/meet-the-team/", "Meet the Team"),
    ("/find-us/", "Find Us"),
    ("/faq/", "FAQ"),
]

_GROUPS = [
    ("Grooming", ["/services/", "/prices/", "/puppy-grooming/", "/hand-stripping/", "/extras/", "/breed-styles/"]),
    ("Coat &amp; Care", ["/matted-coats/", "/nervous-and-senior-dogs/", "/health-requirements/", "/cat-grooming/"]),
    ("Daycare &amp; Travel", ["/daycare/", "/mobile-van/"]),
    ("About", ["/booking-policy/", "/gift-vouchers/", "/meet-the-team/", "/find-us/", "/faq/"]),
]


def _nav():
    labels = dict(_MENU)
    cols = []
    for heading, paths in _GROUPS:
        items = "\n".join(
            f'<li class="menu-item menu-item-type-post_type"><a href="{p}">{labels[p]}</a></li>' for p in paths
        )
        cols.append(
            f'<li class="menu-item mega-menu-column"><a href="#">{heading}</a>\n'
            f'<ul class="sub-menu">\n{items}\n</ul></li>'
        )
    return (
        '<ul id="top-menu" class="nav et_disable_top_tier mega-menu">\n'
        '<li class="menu-item current-menu-item"><a href="/">Home</a></li>\n'
        + "\n".join(cols)
        + '\n<li class="menu-item book-btn"><a href="/booking-policy/">Book Now</a></li>\n</ul>'
    )


_SIDEBAR = """<div id="sidebar" class="et_pb_widget_area et_pb_widget_area_right">
<div id="text-3" class="et_pb_widget widget_text"><h4 class="widgettitle">Book a groom</h4>
<div class="textwidget"><p>Call us on <a href="tel:01584555210">01584 555210</a> or message us on Facebook.
Grooming appointments book up around three weeks ahead, and further before Christmas.</p>
<p><a class="et_pb_button" href="/booking-policy/">How booking works</a></p></div></div>
<div id="nav_menu-2" class="et_pb_widget widget_nav_menu"><h4 class="widgettitle">Popular pages</h4>
<ul class="menu"><li><a href="/prices/">Prices</a></li><li><a href="/daycare/">Doggy Daycare</a></li>
<li><a href="/gift-vouchers/">Gift Vouchers</a></li><li><a href="/faq/">FAQ</a></li></ul></div>
<div id="text-5" class="et_pb_widget widget_text"><h4 class="widgettitle">Follow the fluff</h4>
<div class="textwidget"><p>Before-and-after photos every week on
<a href="https://www.instagram.com/foxgloveandferngrooming">Instagram</a>.</p></div></div>
</div>"""

_REVIEWS = """<div class="et_pb_section et_pb_section_testimonials et_section_regular">
<div class="et_pb_row"><div class="et_pb_column et_pb_column_1_3">
<div class="et_pb_module et_pb_testimonial"><div class="et_pb_testimonial_description">
<div class="et_pb_testimonial_description_inner"><p>&ldquo;Bramble came home smelling gorgeous and actually
wagging. Best groomers in south Shropshire.&rdquo;</p></div>
<span class="et_pb_testimonial_author">Helen, Bromfield</span></div></div></div>
<div class="et_pb_column et_pb_column_1_3">
<div class="et_pb_module et_pb_testimonial"><div class="et_pb_testimonial_description">
<div class="et_pb_testimonial_description_inner"><p>&ldquo;So patient with our rescue greyhound. Five stars.&rdquo;</p>
</div><span class="et_pb_testimonial_author">Mark &amp; Jo, Ludlow</span></div></div></div>
<div class="et_pb_column et_pb_column_1_3 et-last-child">
<div class="et_pb_module et_pb_testimonial"><div class="et_pb_testimonial_description">
<div class="et_pb_testimonial_description_inner"><p>&ldquo;Our spaniel lives for his daycare days.&rdquo;</p>
</div><span class="et_pb_testimonial_author">Priya, Tenbury Wells</span></div></div></div>
</div></div>"""


def _page(path, title, body, sidebar=False):
    if sidebar:
        content = (
            '<div id="main-content-area" class="container"><div id="content-area" class="clearfix has-sidebar">\n'
            f'<div id="left-area">\n{body}\n</div>\n{_SIDEBAR}\n</div></div>'
        )
    else:
        content = body
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title} | Foxglove &amp; Fern Grooming</title>
<meta name="description" content="{title} - Foxglove &amp; Fern Grooming, dog grooming and doggy daycare in Ludlow.">
<meta name="generator" content="WordPress 6.4.2">
<link rel="canonical" href="https://www.foxgloveandferngrooming.co.uk{path}">
<link rel="stylesheet" id="divi-style-css" href="/wp-content/themes/Divi/style.min.css?ver=4.23.1" type="text/css">
<link rel="stylesheet" id="et-builder-css" href="/wp-content/et-cache/{1000 + len(path) * 37}/et-core-unified.min.css">
<link rel="icon" href="/wp-content/uploads/2021/03/foxglove-favicon.png">
<script>window.dataLayer=window.dataLayer||[];
function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());</script>
</head>
<body class="page-template-default page et_pb_button_helper_class et_fixed_nav et_show_nav
 et_primary_nav_dropdown_animation_fade">
<div id="page-container">
<div id="top-header"><div class="container clearfix"><div id="et-info">
<span id="et-info-phone"><a href="tel:01584555210">01584 555210</a></span>
<a href="mailto:hello@foxgloveandferngrooming.co.uk">
<span id="et-info-email">hello@foxgloveandferngrooming.co.uk</span></a>
</div></div></div>
<header id="main-header" data-height-onload="90"><div class="container clearfix et_menu_container">
<div class="logo_container"><span class="logo_helper"></span><a href="/">
<img src="/wp-content/uploads/2021/03/foxglove-fern-logo.png" alt="Foxglove &amp; Fern Grooming" id="logo"></a></div>
<div id="et-top-navigation"><nav id="top-menu-nav">
{_nav()}
</nav></div></div></header>
<div id="et-main-area">
<main id="main-content">
<article class="page type-page status-publish"><div class="entry-content"><div class="et-l et-l--post">
<div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular page-hero">
<div class="et_pb_row"><div class="et_pb_column et_pb_column_4_4">
<div class="et_pb_module et_pb_text et_pb_text_align_center"><div class="et_pb_text_inner"><h1>{title}</h1></div></div>
</div></div></div>
{content}
{_REVIEWS}
<div class="et_pb_section et_pb_section_cta"><div class="et_pb_row"><div class="et_pb_column et_pb_column_4_4">
<div class="et_pb_module et_pb_cta et_pb_promo"><div class="et_pb_promo_description">
<h2 class="et_pb_module_header">Ready for a fresh look?</h2><div><p>Give us a ring to book your dog in.</p></div></div>
<div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_promo_button" href="/booking-policy/">Book Now</a></div>
</div></div></div></div>
</div></div></div></article>
</main>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix">
<div class="footer-widget"><div class="et_pb_widget widget_text"><h4 class="title">Foxglove &amp; Fern Grooming</h4>
<div class="textwidget"><p>Unit 3, Weeping Cross Yard, Old Street, Ludlow, Shropshire SY8 1NR</p>
<p>Tel: <a href="tel:01584555210">01584 555210</a></p></div></div></div>
<div class="footer-widget"><div class="et_pb_widget widget_text"><h4 class="title">Opening hours</h4>
<div class="textwidget"><p>Grooming: Tue&ndash;Sat<br>Daycare: Mon&ndash;Fri<br>Sunday: closed</p></div></div></div>
<div class="footer-widget"><div class="et_pb_widget widget_nav_menu"><h4 class="title">Quick links</h4>
<ul class="menu"><li><a href="/prices/">Prices</a></li><li><a href="/booking-policy/">Booking</a></li>
<li><a href="/find-us/">Find Us</a></li><li><a href="/faq/">FAQ</a></li></ul></div></div>
</div></div>
<div id="footer-bottom"><div class="container clearfix">
<ul class="et-social-icons">
<li class="et-social-facebook"><a href="https://www.facebook.com/foxgloveandferngrooming" class="icon">
<span>Facebook</span></a></li>
<li class="et-social-instagram"><a href="https://www.instagram.com/foxgloveandferngrooming" class="icon">
<span>Instagram</span></a></li>
</ul>
<div id="footer-info">&copy; 2024 Foxglove &amp; Fern Grooming Ltd. Registered in England no. 12938471.
Website by Teme Valley Web.</div></div></div>
</footer>
</div></div>
<div id="cookie-law-info-bar" class="cli-bar-container"><span>We use cookies to improve your experience and
for analytics. <a role="button" class="cli_action_button" href="#">Accept</a>
<a role="button" class="cli_settings_button" href="#">Cookie settings</a></span></div>
</body>
</html>
"""


def _text(html, extra=""):
    return (
        f'<div class="et_pb_section et_section_regular {extra}"><div class="et_pb_row">'
        '<div class="et_pb_column et_pb_column_4_4">\n'
        f'<div class="et_pb_module et_pb_text"><div class="et_pb_text_inner">\n{html}\n</div></div>\n'
        "</div></div></div>"
    )


def _toggle(q, a):
    return (
        '<div class="et_pb_module et_pb_toggle et_pb_toggle_close">'
        f'<h5 class="et_pb_toggle_title">{q}</h5>\n<div class="et_pb_toggle_content clearfix">{a}</div></div>'
    )


def _price_box(title, subtitle, price, items):
    lis = "\n".join(f"<li><span>{i}</span></li>" for i in items)
    return (
        '<div class="et_pb_pricing_table"><div class="et_pb_pricing_heading">'
        f'<h2 class="et_pb_pricing_title">{title}</h2><span class="et_pb_best_value">{subtitle}</span></div>\n'
        '<div class="et_pb_pricing_content_top"><span class="et_pb_et_price">'
        f'<span class="et_pb_dollar_sign">&pound;</span><span class="et_pb_sum">{price}</span></span></div>\n'
        f'<div class="et_pb_pricing_content"><ul class="et_pb_pricing">\n{lis}\n</ul></div></div>'
    )


_HOME = _text(
    """<h2>Dog grooming and doggy daycare in the heart of Ludlow</h2>
<p>Foxglove &amp; Fern is a small, independent grooming salon tucked into a converted stable yard just off Old
Street. We opened in 2017 and groom around forty dogs a week, one dog at a time on each table, so there is no
production line and no dogs waiting for hours in crates. Alongside the salon we run a small daycare for up to
twelve dogs, with a secure garden and a cosy indoor den.</p>
<p>Whether your dog needs a full makeover, a quick freshen-up, a traditional hand-stripped coat or simply a
happy place to spend the day while you are at work, we would love to meet them. We also groom cats on
selected days, and our mobile grooming van covers the villages around Ludlow.</p>
<h3>Why local dog owners choose us</h3>
<ul>
<li>Friendly groomers who know every dog by name</li>
<li>Gentle handling and plenty of breaks for dogs who find grooming hard</li>
<li>Natural, low-fragrance shampoos as standard</li>
<li>Photo updates by text during your dog's visit</li>
</ul>
<p>New customers are very welcome. Have a look at our <a href="/services/">grooming services</a> and
<a href="/prices/">price list</a>, or read the <a href="/faq/">frequently asked questions</a>.</p>""",
    "home-intro",
)

_SERVICES = _text(
    """<h2>Our grooming services</h2>
<h3>Full groom</h3>
<p>Our most popular service and the one most dogs need every six to eight weeks. A full groom includes a
thorough brush-out, a double shampoo and conditioner, a hand dry with a stand dryer, a full haircut to your
chosen style or length, trimming of the feet, face and sanitary area, ear cleaning, nail clipping and a
finishing spritz and bandana. Tell us at drop-off how short you would like it and we will write it on your
dog's record card so it is the same next time.</p>
<h3>Bath and tidy</h3>
<p>For in-between visits or short-coated breeds. A bath and tidy includes the shampoo and conditioner,
blow-dry and brush-out, nail clip, ear clean and a tidy of the feet, face and bottom, but no full haircut.
It is ideal if you like to keep a longer coat between full grooms, or for Labradors, Staffies and other
smooth coats that simply need a proper wash and a deshed brush.</p>
<h3>Puppy introduction</h3>
<p>Short, gentle first visits for young puppies. See <a href="/puppy-grooming/">Puppy Introduction</a>.</p>
<h3>Specialist coats</h3>
<p>We offer traditional <a href="/hand-stripping/">hand stripping</a> for terriers and wire coats, and
intensive de-shedding for double-coated breeds such as Huskies and German Shepherds. We also know the
<a href="/breed-styles/">breed-standard styles</a> well.</p>
<h3>What to expect on the day</h3>
<p>Please walk your dog before arriving so they have had a chance to go to the toilet. At drop-off we will
have a quick chat about the coat and any lumps, sore spots or skin conditions. Everything is done by hand on a
hydraulic table, and we never use cage dryers with heat.</p>""",
)

_PRICES = (
    _text(
        """<h2>Price list</h2>
<p>Prices depend on your dog's size and coat type. The prices below are a guide for a dog that is groomed
regularly and whose coat is in good condition; we will always confirm the price when you drop off. All prices
include VAT.</p>"""
    )
    + """
<div class="et_pb_section et_section_regular pricing-section"><div class="et_pb_row">
<div class="et_pb_column et_pb_column_4_4"><div class="et_pb_module et_pb_pricing_tables_0 et_pb_pricing">
<div class="et_pb_pricing_table_wrap">
"""
    + _price_box(
        "Small",
        "up to 10kg",
        "42",
        [
            "Full groom: from &pound;42",
            "Bath and tidy: from &pound;30",
            "e.g. Yorkshire Terrier, Shih Tzu, Bichon Frise, Miniature Poodle",
        ],
    )
    + _price_box(
        "Medium",
        "10 to 25kg",
        "55",
        [
            "Full groom: from &pound;55",
            "Bath and tidy: from &pound;40",
            "e.g. Cocker Spaniel, Cockapoo, Springer Spaniel, Schnauzer",
        ],
    )
    + _price_box(
        "Large",
        "25 to 40kg",
        "68",
        [
            "Full groom: from &pound;68",
            "Bath and tidy: from &pound;50",
            "e.g. Labradoodle, Golden Retriever, Standard Poodle",
        ],
    )
    + _price_box(
        "Giant",
        "over 40kg",
        "85",
        [
            "Full groom: from &pound;85",
            "Bath and tidy: from &pound;65",
            "e.g. Newfoundland, Bernese Mountain Dog, Old English Sheepdog",
        ],
    )
    + """
</div></div></div></div></div>
"""
    + _text(
        """<h3>Coat type adjustments</h3>
<table class="price-table">
<thead><tr><th>Coat</th><th>Adjustment</th></tr></thead>
<tbody>
<tr><td>Smooth / short coat (e.g. Labrador, Staffie, Whippet)</td><td>Bath and tidy price only</td></tr>
<tr><td>Double coat (e.g. Husky, Collie, German Shepherd)</td><td>add &pound;10</td></tr>
<tr><td>Doodle and poodle-cross coats</td><td>add &pound;8</td></tr>
<tr><td>Hand stripping</td><td>charged by the hour, see Hand Stripping</td></tr>
</tbody></table>
<p>Dogs who are booked in every four to six weeks get a loyalty discount of &pound;5 off every full groom.</p>"""
    )
)

_PUPPY = _text(
    """<h2>Puppy introduction sessions</h2>
<p>The first experience a puppy has at the groomer shapes how they feel about grooming for the rest of their
life, so we take it slowly. Our puppy introduction is a 45-minute visit for puppies aged 12 weeks to six
months, and it costs &pound;25.</p>
<p>Your puppy can come in for their first introduction one week after their second vaccination. During the
visit we let them explore the salon, get used to the sound of the dryer and the clippers, have a gentle bath
with a mild puppy shampoo, a soft towel and low-power dry, and a little tidy around the eyes, feet and bottom.
We also trim the tips of their nails. It is all about positive associations, with lots of treats and praise,
and we stop the moment the puppy has had enough.</p>
<h3>How many sessions?</h3>
<p>We recommend two or three puppy visits roughly four weeks apart before your puppy's first full groom, which
is usually around six months old. Doodles, poodles and other fast-growing coats really benefit from starting
early, because their adult coat comes through between six and twelve months and can knot badly if they are
not used to being brushed.</p>
<h3>Brushing at home</h3>
<p>At the end of the session we show you how to brush your puppy properly with a slicker brush and a metal
comb, and which brushes suit their coat. Little and often is best: five minutes a day will keep them tangle-free
and used to being handled.</p>""",
)

_STRIPPING = _text(
    """<h2>Hand stripping</h2>
<p>Wire-coated breeds such as Border Terriers, West Highland Terriers, Wire Fox Terriers, Cairns, Schnauzers
and Wire-haired Dachshunds have a coat that is meant to be plucked, not clipped. Hand stripping removes the dead
outer hairs by hand, following the natural moult, so a new harsh, weatherproof coat grows through with its true
colour.</p>
<p>If a wire coat has been clipped for a while it often grows back soft, fluffy and faded. The good news is
that it can usually be brought back: it takes two or three stripping sessions over about six months, and we
will talk you through a plan. Hand stripping is charged at &pound;38 per hour, and most Border Terriers take
around an hour and a half. We always give plenty of breaks, and stripping does not hurt a dog when the coat is
ready to come out.</p>
<h3>Rolling the coat</h3>
<p>Dogs who are stripped every eight to ten weeks can be kept in a rolled coat, which means they always look
smart rather than going through a scruffy phase.</p>
<h2>De-shedding treatment</h2>
<p>Is your hoover full of fur? Double-coated breeds such as Huskies, Malamutes, German Shepherds, Collies,
Labradors and Golden Retrievers drop their undercoat twice a year. Our de-shedding treatment uses a special
shampoo and conditioner, a high-velocity blaster and an undercoat rake to lift out loose fur, and can remove
most of the dead undercoat in a single visit. It costs from &pound;20 on top of the bath and tidy price.
We never shave double-coated dogs, because the coat protects them from both heat and cold and may not grow
back properly.</p>""",
)

_EXTRAS = _text(
    """<h2>Nails, teeth and extras</h2>
<h3>Nail clinic</h3>
<p>If you can hear your dog's nails clicking on a hard floor, they are too long. Nail clipping is included in
every groom, but you don't need to book a full groom just for nails. Our walk-in nail clinic runs on
Wednesday and Saturday mornings from 9am to 11am with no appointment needed. A nail clip costs &pound;10, or
&pound;14 with filing to smooth the edges. We also do dew claws. If your dog's nails have grown so long that
the quick has grown with them, we will trim a little at a time every two weeks to help it recede.</p>
<h3>Teeth cleaning</h3>
<p>Bad breath is often the first sign of tartar. We offer a non-invasive teeth cleaning add-on using an
enzymatic dog toothpaste and a soft finger brush, plus a dental spray, for &pound;8 with any groom. This keeps
the teeth fresher but it is not a scale and polish: heavy tartar, loose teeth or red gums need your vet.</p>
<h3>Other add-ons</h3>
<table class="extras-table">
<tr><th>Extra</th><th>Price</th></tr>
<tr><td>Anal gland expression (external)</td><td>&pound;6</td></tr>
<tr><td>Paw balm and pad treatment</td><td>&pound;5</td></tr>
<tr><td>Blueberry facial</td><td>&pound;6</td></tr>
<tr><td>Medicated shampoo (you supply, or vet-recommended chlorhexidine)</td><td>&pound;5</td></tr>
<tr><td>Creative colour or nail paint</td><td>&pound;10</td></tr>
</table>
<p>Just ask for any extras when you drop your dog off.</p>""",
)

_BREEDS = _text(
    """<h2>Breed-specific styles</h2>
<p>We love a breed-standard trim, and we are just as happy to do a practical pet clip if you would rather have
something easier to look after. Bring a photo if you have a particular look in mind.</p>
<h3>Schnauzers</h3>
<p>The classic Schnauzer trim has a clipped back and head with long eyebrows, a full beard and furnishings
on the legs. We can clip or hand strip the back depending on your preference.</p>
<h3>Cocker and Springer Spaniels</h3>
<p>A show-style spaniel trim has a thinned-out topknot, tidied ears, a neat feathered skirt and rounded cat
feet. For working spaniels that come home covered in burrs we suggest a shorter &ldquo;field trim&rdquo;.</p>
<h3>Poodles</h3>
<p>From the practical lamb clip and teddy bear face to a continental clip with pom-poms and a clean-shaven
face and feet. The full continental takes time, so please mention it when you book.</p>
<h3>Bichon Frise</h3>
<p>The round Bichon head is scissored by hand after a fluff dry, with the body kept about an inch long.</p>
<h3>Doodles and Cockapoos</h3>
<p>Our most requested style is the teddy bear trim: a rounded face, fluffy legs and a body length from half an
inch to an inch. Be honest about how much brushing happens at home; a longer coat needs daily brushing.</p>
<h3>West Highland Terriers and Scotties</h3>
<p>The Westie chrysanthemum head and Scottie beard and skirt can be clipped or stripped.</p>""",
)

_MATTED = _text(
    """<h2>Our matted coats policy</h2>
<p>Matting happens when loose hair tangles and tightens into solid clumps close to the skin, most often behind
the ears, under the collar, in the armpits, between the back legs and on the tail. Mats pull on the skin, trap
moisture and can hide sores, fleas and infections.</p>
<h3>Humanity before vanity</h3>
<p>We follow the &ldquo;humanity before vanity&rdquo; principle used by professional groomers across the UK.
Brushing out severe matting is painful and stressful, so if your dog's coat is tightly matted we will clip
it short underneath the mats rather than de-matt for hours. The coat will grow back soft and healthy in a
few weeks. We will always phone you to discuss it before we clip off a coat, and we may ask you to sign a
matted coat release form, because clipping close to tight mats can reveal skin irritation, redness or small
nicks that were already hidden under the coat.</p>
<h3>Is there an extra charge?</h3>
<p>Yes. Dematting or clipping out a matted coat takes much longer and uses more blades, so there is a
matting charge of &pound;10 per 15 minutes of extra work, up to &pound;30. Light tangles in one or two small
areas are brushed out free of charge.</p>
<h3>Rescue dogs</h3>
<p>Many rescue dogs arrive with a neglected coat. We are happy to give them a fresh start: for a first groom
after adoption we waive the matting charge if you show us your adoption paperwork.</p>
<h3>Preventing mats</h3>
<p>Book in every six to eight weeks and brush right down to the skin with a comb at home. Wet dogs after a
walk are the worst for matting, so dry them thoroughly.</p>""",
)

_NERVOUS = _text(
    """<h2>Nervous, reactive and senior dogs</h2>
<p>Not every dog loves being groomed, and that's fine. Many of our regulars were once dogs that other salons
turned away. If your dog is anxious, has had a bad experience, or has bitten or snapped during grooming
before, please tell us when you book so we can plan the visit.</p>
<h3>Quiet appointments</h3>
<p>We keep the first slot of the day (8:30am) and the last slot on Tuesdays and Thursdays for dogs who need a
calm, empty salon. Only one groomer and one dog are in the room. We use a quiet clipper, a low-noise dryer
or towel drying, and we go at your dog's pace with plenty of breaks. If a dog has a history of biting we may
use a soft basket muzzle for part of the groom; this is for everyone's safety, and we will always discuss it
with you first. Occasionally we will split a groom over two shorter visits instead of pushing through.</p>
<h3>Older dogs</h3>
<p>Senior dogs with arthritis, poor eyesight or hearing, heart conditions or wobbly back legs get a shorter,
gentler &ldquo;golden oldie&rdquo; groom. We use a non-slip mat and a low table, support them with a
grooming sling so they can rest, let them lie down for parts of the trim, and book them in for when the salon
is quiet. We ask that you collect them as soon as we ring, so they are not kept waiting. Please tell us about
any medical conditions or medication at drop-off.</p>
<p>If we ever feel a groom is too much for your dog on the day, we will stop and call you. Your dog's
welfare comes before a finished haircut, and you will only pay for the work done.</p>""",
)

_HEALTH = _text(
    """<h2>Health requirements and vaccinations</h2>
<p>To keep every dog in the salon and daycare safe, we ask all owners to follow these rules.</p>
<h3>Vaccinations</h3>
<p>All dogs must be fully vaccinated against distemper, hepatitis, parvovirus and leptospirosis, with boosters
kept up to date. Please bring your dog's vaccination card or a printout from your vet on the first visit so we
can take a copy; we will ask again when the booster is due. Dogs who have a titre test certificate instead of
boosters are accepted. Daycare dogs must also have had the kennel cough vaccine within the last twelve months.</p>
<h3>Flea policy</h3>
<p>Please make sure your dog is treated against fleas regularly. If we find live fleas during a groom, we will
finish the groom using a flea shampoo, and there is a &pound;15 charge because the salon then has to be
closed, cleaned and treated before the next dog can come in. Dogs with fleas cannot stay in daycare that day and
must be collected.</p>
<h3>Illness and skin conditions</h3>
<p>Please don't bring your dog in if they have had vomiting or diarrhoea in the last 48 hours, have a cough,
or are being treated for an infectious condition. For skin conditions we are happy to use medicated shampoo
recommended by your vet.</p>
<h3>Seasons</h3>
<p>Girls in season can still be groomed, but please let us know and we will book the last appointment of the
day.</p>""",
)

_CATS = _text(
    """<h2>Cat grooming</h2>
<p>Yes, we groom cats! Every Monday the salon is closed to dogs and becomes a completely dog-free, calm space
for cats only. No barking, no dog smells: just one cat at a time with our cat groomer Sophie, who holds the
International Cat Care certificate in cat grooming.</p>
<h3>Services for cats</h3>
<ul>
<li><strong>Comb-out and de-shed</strong> &ndash; &pound;40. Great for Persians, Maine Coons, Ragdolls and
British Shorthairs who drop fur everywhere.</li>
<li><strong>Lion cut</strong> &ndash; &pound;55. A short body clip leaving the head, boots and tail tip
fluffy; ideal for long-haired cats who won't let you brush them or who have matted.</li>
<li><strong>Bath and blow-dry</strong> &ndash; &pound;60 (long-haired) or &pound;45 (short-haired).</li>
<li><strong>Hygiene trim and nails</strong> &ndash; &pound;25.</li>
</ul>
<h3>Bringing your cat</h3>
<p>Please bring your cat in a secure hard carrier. Cats must be vaccinated against cat flu and enteritis. We
never sedate cats; if a cat becomes too stressed we stop and may suggest grooming under sedation at your vet
instead. Elderly cats and cats with kidney or thyroid problems are welcome, but please let us know in advance.</p>""",
)

_DAYCARE = _text(
    """<h2>Doggy daycare</h2>
<p>Our small daycare looks after a maximum of twelve dogs a day, Monday to Friday, from 7:30am to 6pm. Dogs
spend the day playing in our secure, fully fenced garden, snoozing in the heated indoor den and going on
supervised walks along the River Teme path in small groups. It is run by Kerry, with at least two members of
staff with the dogs at all times.</p>
<h3>Daycare prices</h3>
<table class="daycare-prices">
<tr><th>Option</th><th>Price</th></tr>
<tr><td>Full day (7:30am to 6pm)</td><td>&pound;32</td></tr>
<tr><td>Half day (up to 5 hours)</td><td>&pound;20</td></tr>
<tr><td>Book of 10 full days</td><td>&pound;290</td></tr>
<tr><td>Second dog from the same household</td><td>&pound;24 a day</td></tr>
</table>
<h3>Daycare rules</h3>
<ul>
<li>Every new dog has a free two-hour trial session and temperament assessment before their first full day.</li>
<li>Dogs must be at least 16 weeks old.</li>
<li>Male dogs over eight months must be neutered. Unspayed females are welcome, but not while in season or
for three weeks afterwards.</li>
<li>Dogs must be friendly with other dogs and people. Dogs who show aggression will be asked not to return.</li>
<li>Please bring your dog's lunch in a labelled pot if they eat during the day; we provide fresh water, beds
and toys.</li>
<li>Dogs need a flat collar with an ID tag. No harnesses with long straps in group play.</li>
</ul>
<p>Daycare dogs can have a bath and tidy during their day for a reduced price; just ask at drop-off.</p>""",
)

_COLLECTION = _text(
    """<h2>Collection and drop-off service</h2>
<p>Working all day, no car, or just can't get to us? Our collection service picks your dog up from home and
brings them back after their groom or daycare day. Dogs travel in our air-conditioned van in individual
secure crates, and we never leave them in a hot vehicle.</p>
<h3>Collection charges</h3>
<table class="collection-table">
<tr><th>Distance from the salon</th><th>Return trip</th></tr>
<tr><td>Within Ludlow town (SY8 1 and SY8 2)</td><td>&pound;6</td></tr>
<tr><td>Up to 6 miles (e.g. Bromfield, Richards Castle, Ashford Carbonell)</td><td>&pound;10</td></tr>
<tr><td>6 to 10 miles (e.g. Tenbury Wells, Craven Arms, Clee Hill)</td><td>&pound;15</td></tr>
</table>
<p>Collections run between 7:30am and 9:30am, with drop-offs home between 3pm and 6pm. We cannot give an
exact time in advance but will text you when we are on our way. We do not collect from further than ten
miles or from workplaces.</p>
<h3>Letting us in</h3>
<p>If you won't be home, you can leave a key in a key safe or with a neighbour. We will ask you to sign a
collection consent form on the first visit and leave your dog's lead and any food by the door.</p>
<h3>Dropping off at the salon</h3>
<p>If you are bringing your dog yourself, grooming drop-off is at your booked time. Please keep your dog on a
lead in the yard, as the gate opens onto Old Street.</p>""",
)

_MOBILE_VAN = _text(
    """<h2>Mobile grooming van</h2>
<p>Our fully equipped mobile grooming van comes to your door, so your dog is groomed on your driveway without a
car journey or a busy salon. It's perfect for anxious dogs, elderly dogs who struggle to travel, multi-dog
households and owners with mobility problems.</p>
<h3>What's inside</h3>
<p>The van has its own heated water tank, a walk-in bath, a hydraulic grooming table, dryers and lighting,
and it runs on its own generator, so all we need is enough space to park. We don't use your water or
electricity and we take all the hair away with us.</p>
<h3>Where we go</h3>
<p>The van, driven by groomer Tom, covers villages within about fifteen miles of Ludlow, including Craven Arms,
Church Stretton, Cleobury Mortimer, Tenbury Wells, Leominster and Knighton. It is out on Tuesdays,
Thursdays and Fridays. Each village has set days, so it may be a week or two before the van is in your area.</p>
<h3>Prices</h3>
<p>Mobile grooms cost the same as our salon prices plus a &pound;12 call-out charge per visit. If you have two
or more dogs groomed at the same address, the call-out charge is only paid once. The minimum booking is one
full groom or two bath and tidies.</p>
<p>To book the van, call the salon and ask for the mobile diary.</p>""",
)

_BOOKING = _text(
    """<h2>Booking, deposits and cancellations</h2>
<h3>How to book</h3>
<p>Book by phone on 01584 555210 or by message on Facebook. We don't take bookings by email. Many customers
book their next groom when they collect, which is the easiest way to keep a regular slot.</p>
<h3>Deposits</h3>
<p>New customers pay a &pound;15 deposit when booking, which comes off the final bill. Regular customers do
not usually need to pay a deposit, except for Christmas appointments in December, which all need a
&pound;15 deposit. We accept card payments over the phone for deposits.</p>
<h3>Cancellations and no-shows</h3>
<p>Please give us at least 48 hours' notice if you need to cancel or move an appointment. If you cancel with
less than 48 hours' notice your deposit is kept, or for regulars we charge 50% of the groom price. If you
don't turn up without telling us, we charge the full price, and we may ask for full payment in advance next time.
We do understand emergencies, so please just call us.</p>
<h3>Late pick-up fees</h3>
<p>We will text you when your dog is ready, and ask that you collect within 30 minutes. After that there is a
&pound;5 late collection fee for every 15 minutes. Daycare closes at 6pm sharp: late daycare pick-ups are
charged &pound;10 for every 15 minutes after 6pm, because staff have to stay on.</p>
<h3>Paying</h3>
<p>You pay when you collect. We take card, Apple Pay, Google Pay and cash. Daycare is invoiced monthly and
paid by bank transfer.</p>""",
    "booking-policy",
)

_VOUCHERS = _text(
    """<h2>Gift vouchers</h2>
<p>Know someone who has just brought home a new puppy, or a dog lover who has everything? A Foxglove &amp;
Fern gift voucher makes a lovely present for birthdays, Christmas or a thank-you to a dog-sitting neighbour.</p>
<h3>Voucher options</h3>
<ul>
<li>Money vouchers in any amount from &pound;10</li>
<li>Puppy introduction voucher (&pound;25)</li>
<li>&ldquo;Pamper pooch&rdquo; voucher: full groom plus blueberry facial, teeth clean and paw balm for any size
of dog (&pound;75)</li>
<li>Daycare taster: one full day of daycare (&pound;32)</li>
</ul>
<h3>How to buy</h3>
<p>Vouchers can be bought in the salon or over the phone. We can post a printed card with a handwritten
message for &pound;1.50 postage, or email a printable e-voucher the same day.</p>
<h3>Terms</h3>
<p>Vouchers are valid for twelve months from the date of purchase and cannot be exchanged for cash. They can
be used for any service, including cat grooming and the mobile van. If the service costs more than the
voucher, the difference is paid on the day. Lost vouchers can be reissued if we can find the voucher
number.</p>""",
)

_TEAM = _text(
    """<h2>Meet the team</h2>
<div class="et_pb_module et_pb_team_member"><div class="et_pb_team_member_description">
<h4 class="et_pb_module_header">Rachel Hughes &ndash; Owner and Head Groomer</h4>
<p>Rachel founded Foxglove &amp; Fern in 2017 after ten years grooming in Worcester. She holds the City &amp;
Guilds Level 3 Diploma for Dog Grooming and is a member of the British Dog Groomers' Association. Rachel is our
hand stripping specialist and looks after most of our terriers. She owns two Border Terriers, Bracken and Nettle.</p>
</div></div>
<div class="et_pb_module et_pb_team_member"><div class="et_pb_team_member_description">
<h4 class="et_pb_module_header">Tom Pritchard &ndash; Groomer</h4>
<p>Tom has the City &amp; Guilds Level 3 qualification and drives our mobile grooming van. He is brilliant with
big, bouncy dogs and doodles.</p>
</div></div>
<div class="et_pb_module et_pb_team_member"><div class="et_pb_team_member_description">
<h4 class="et_pb_module_header">Sophie Lane &ndash; Groomer and Cat Groomer</h4>
<p>Sophie holds the City &amp; Guilds Level 2 Certificate for Dog Grooming Assistants and the International Cat
Care cat grooming certificate. She is our go-to for nervous dogs and runs Monday cat days.</p>
</div></div>
<div class="et_pb_module et_pb_team_member"><div class="et_pb_team_member_description">
<h4 class="et_pb_module_header">Kerry Bowen &ndash; Daycare Manager</h4>
<p>Kerry has a Level 3 Diploma in Canine Behaviour and runs our daycare. She has a current pet first aid
certificate, as do all of our staff, renewed every three years.</p>
</div></div>
<p>Our salon and daycare are licensed by Shropshire Council under the Animal Welfare (Licensing of
Activities Involving Animals) Regulations, and we are fully insured for grooming and daycare.</p>""",
)

_FINDUS = _text(
    """<h2>Find us</h2>
<p>Foxglove &amp; Fern Grooming, Unit 3, Weeping Cross Yard, Old Street, Ludlow, Shropshire SY8 1NR.</p>
<p>We are in the old stable yard at the bottom of Old Street, about five minutes' walk from the Broad Gate and
ten minutes from Ludlow railway station. Look for the green door and the foxglove sign under the archway.</p>
<h3>Parking</h3>
<p>There are two customer parking bays marked &ldquo;Foxglove &amp; Fern&rdquo; inside the yard, for
15-minute drop-off and collection only. If they are both full, the nearest car park is Galdeford car park
(pay and display), a four-minute walk away. Please don't park across the archway, as our neighbours need access.</p>
<h3>Opening hours</h3>
<table class="hours-table">
<tr><td>Monday</td><td>Daycare 7:30am&ndash;6pm; salon open for cat grooming only</td></tr>
<tr><td>Tuesday to Friday</td><td>Grooming 8:30am&ndash;5pm; daycare 7:30am&ndash;6pm</td></tr>
<tr><td>Saturday</td><td>Grooming 8:30am&ndash;3pm (no daycare)</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
</table>
<p>We are closed on all bank holidays, including bank holiday Mondays, and between Christmas Day and New
Year's Day. The phone is answered from 8:30am to 5pm; outside those hours please leave a message.</p>
<h3>Accessibility</h3>
<p>The salon is on the ground floor with a level entrance from the yard.</p>""",
)

_FAQ = (
    _text("<h2>Frequently asked questions</h2><p>Can't find your answer? Give us a call.</p>")
    + """
<div class="et_pb_section et_section_regular faq-section"><div class="et_pb_row">
<div class="et_pb_column et_pb_column_4_4">
"""
    + "\n".join(
        _toggle(q, a)
        for q, a in [
            (
                "How long does a groom take?",
                "<p>A full groom usually takes two to three hours, depending on the size and coat of your dog, "
                "and a bath and tidy about an hour and a half. You don't need to wait: we text you when your "
                "dog is nearly ready.</p>",
            ),
            (
                "Can I stay and watch?",
                "<p>We ask owners not to stay. Most dogs settle much better once their owner has left, and "
                "watching through the window tends to make them unsettled.</p>",
            ),
            (
                "Will my dog be in a cage?",
                "<p>Between stages dogs rest in a roomy, padded kennel with water, or on a lead in the salon "
                "if they prefer. We don't leave dogs crated for long.</p>",
            ),
            (
                "How often should my dog be groomed?",
                "<p>Most long or curly coats need grooming every six to eight weeks. Short coats every three "
                "months is usually plenty.</p>",
            ),
            (
                "Should I feed my dog before the groom?",
                "<p>A light breakfast is fine, but avoid a big meal just before, as a full tummy and a bath "
                "don't mix.</p>",
            ),
            (
                "What shampoo do you use?",
                "<p>We use natural, soap-free shampoos made in the UK. Let us know if your dog has sensitive "
                "skin and we will use our hypoallergenic oatmeal shampoo at no extra cost.</p>",
            ),
            (
                "Do you groom dogs of any breed?",
                "<p>Yes, from Chihuahuas to Newfoundlands, crossbreeds and rescues of all shapes.</p>",
            ),
        ]
    )
    + "\n</div></div></div>"
)

_MOBILE = _COLLECTION + "\n" + _MOBILE_VAN

HTML = {
    "/": _page("/", "Home", _HOME),
    "/services/": _page("/services/", "Grooming Services", _SERVICES, sidebar=True),
    "/prices/": _page("/prices/", "Prices", _PRICES),
    "/puppy-grooming/": _page("/puppy-grooming/", "Puppy Introduction", _PUPPY, sidebar=True),
    "/hand-stripping/": _page("/hand-stripping/", "Hand Stripping &amp; De-shedding", _STRIPPING, sidebar=True),
    "/extras/": _page("/extras/", "Nails, Teeth &amp; Extras", _EXTRAS),
    "/breed-styles/": _page("/breed-styles/", "Breed Styles", _BREEDS, sidebar=True),
    "/matted-coats/": _page("/matted-coats/", "Matted Coats Policy", _MATTED),
    "/nervous-and-senior-dogs/": _page(
        "/nervous-and-senior-dogs/", "Nervous &amp; Senior Dogs", _NERVOUS, sidebar=True
    ),
    "/health-requirements/": _page("/health-requirements/", "Health &amp; Vaccinations", _HEALTH),
    "/cat-grooming/": _page("/cat-grooming/", "Cat Grooming", _CATS, sidebar=True),
    "/daycare/": _page("/daycare/", "Doggy Daycare", _DAYCARE),
    "/mobile-van/": _page("/mobile-van/", "Collection &amp; Mobile Grooming Van", _MOBILE, sidebar=True),
    "/booking-policy/": _page("/booking-policy/", "Booking &amp; Cancellations", _BOOKING),
    "/gift-vouchers/": _page("/gift-vouchers/", "Gift Vouchers", _VOUCHERS, sidebar=True),
    "/meet-the-team/": _page("/meet-the-team/", "Meet the Team", _TEAM),
    "/find-us/": _page("/find-us/", "Find Us", _FINDUS),
    "/faq/": _page("/faq/", "FAQ", _FAQ),
}

QUESTIONS = [
    ("how much for a full groom on a cocker spaniel?", "/prices/"),
    ("how long will he be in with you for a full groom? do I have to hang around", "/faq/"),
    (
        "My westie's coat has gone all soft and fluffy since another groomer kept clipping him, "
        "can you get it wiry again?",
        "/hand-stripping/",
    ),
    (
        "our husky is shedding absolutely everywhere, the hoover cant cope. is there a treatment to get all that "
        "loose fur out and what does it cost on top",
        "/hand-stripping/",
    ),
    ("Just got a 10 week old cavapoo, when can she come in for her first visit?", "/puppy-grooming/"),
    (
        "his nails click on the kitchen floor, can I just pop in for those without booking a whole groom?",
        "/extras/",
    ),
    ("his breath honestly stinks, do you do anything for teeth", "/extras/"),
    ("do you do the proper schnauzer look with the big eyebrows and beard?", "/breed-styles/"),
    ("Our rescue is badly knotted under her legs, will you have to shave her?", "/matted-coats/"),
    ("is it more expensive if the coats really tangled", "/matted-coats/"),
    (
        "My old lab is 14 with bad hips and can't stand for long, would a groom be too much for him?",
        "/nervous-and-senior-dogs/",
    ),
    (
        "he snapped at the last place and they said not to bring him back. would you still take him?",
        "/nervous-and-senior-dogs/",
    ),
    ("Do I need to bring his vaccination card with me?", "/health-requirements/"),
    ("what happens if you find fleas on her", "/health-requirements/"),
    ("do u do cats? my persian wont let me near her with a brush", "/cat-grooming/"),
    ("How much is a day at the daycare?", "/daycare/"),
    ("my boy is 10 months and not done yet, can he still come to daycare", "/daycare/"),
    (
        "I work in Shrewsbury all day and don't drive, is there any way you could pick him up from home in Ludlow?",
        "/mobile-van/",
    ),
    ("Do you come out to people's houses? We're out past Church Stretton.", "/mobile-van/"),
    ("do I have to pay anything when I book", "/booking-policy/"),
    ("If I cancel the day before do I lose my money?", "/booking-policy/"),
    (
        "I'm stuck on the A49 and won't make it by 6 to get her from daycare, will you charge me?",
        "/booking-policy/",
    ),
    (
        "looking for a birthday present for my sister who's just got a spaniel puppy, what have you got",
        "/gift-vouchers/",
    ),
    ("Are your groomers actually qualified?", "/meet-the-team/"),
    ("where can I park when I drop him off", "/find-us/"),
]

OUT_OF_SCOPE = [
    "Do you sell dog food or treats?",
    "Can you look after my dog overnight while we're on holiday?",
    "Can you microchip my dog while he's in with you?",
    "Could you groom my rabbit? His fur is getting really long",
    "Do you run puppy training or obedience classes?",
    "Are you hiring at the moment? My daughter wants to be a groomer",
    "What's the weather going to be like in Ludlow on Saturday?",
    "Can you recommend a good vet near Ludlow?",
]
