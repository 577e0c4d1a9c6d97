"""An evaluation site: Foxglove Hair & Beauty, a hair, lash, brow, nail and waxing salon in Roundhay, Leeds (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. A hand-coded site styled with Tailwind CSS
utility classes: long class lists, flex and grid wrappers, a hover mega-menu plus a hidden mobile menu with aria
attributes, <details>/<summary> FAQ items and a fixed cookie banner.
"""

NAME = "Foxglove Hair & Beauty"

_MENU = [
    (
        "Hair",
        [
            ("/hair/cuts-and-styling/", "Cuts &amp; Styling", "Restyles, blow-dries, men's cuts, curly cuts"),
            ("/hair/colour/", "Colour &amp; Balayage", "Tints, foils, balayage, colour correction"),
            ("/hair/keratin-smoothing/", "Keratin Smoothing", "Frizz-free, softer, faster to dry"),
            ("/hair/kids-cuts/", "Kids' Cuts", "Little ones, first snips and teens"),
            ("/bridal/", "Bridal Hair", "Trials, wedding mornings, bridal parties"),
        ],
    ),
    (
        "Beauty",
        [
            ("/beauty/lashes-and-brows/", "Lashes &amp; Brows", "Lash lifts, extensions, lamination, tints"),
            ("/beauty/nails/", "Nails", "Gel, BIAB, manicures and pedicures"),
            ("/beauty/waxing/", "Waxing", "Hot and strip wax for women and men"),
        ],
    ),
    (
        "Good to know",
        [
            ("/patch-tests/", "Patch Tests", "Who needs one and when"),
            ("/booking-policy/", "Booking &amp; Cancellations", "Deposits, changes, payment"),
            ("/aftercare/", "Aftercare &amp; Our Promise", "Looking after your new look"),
            ("/faq/", "FAQs", "Quick answers to common questions"),
        ],
    ),
    (
        "The Salon",
        [
            ("/team/", "Meet the Team", "The people behind the chairs"),
            ("/loyalty-club/", "Foxglove Rewards", "Points, birthday treats, refer a friend"),
            ("/gift-vouchers/", "Gift Vouchers", "E-vouchers and gift cards"),
            ("/find-us/", "Find Us", "Parking, buses, access, opening hours"),
        ],
    ),
]


def _desktop_menu():
    groups = []
    for label, links in _MENU:
        items = "\n".join(
            f"""              <a href="{href}" class="group/item flex flex-col rounded-lg p-3 hover:bg-rose-50">
                <span class="text-sm font-semibold text-stone-900 group-hover/item:text-rose-700">{text}</span>
                <span class="mt-1 text-xs leading-5 text-stone-500">{blurb}</span>
              </a>"""
            for href, text, blurb in links
        )
        groups.append(
            f"""        <div class="group relative">
          <button type="button" class="inline-flex items-center gap-x-1 text-sm font-semibold leading-6 text-stone-800
            hover:text-rose-700 focus:outline-none" aria-expanded="false" aria-haspopup="true">
            {label}
            <svg class="h-5 w-5 flex-none text-stone-400" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
              <path fill-rule="evenodd" d="M5.23 7.21a.75.75 0 011.06.02L10 11.17l3.71-3.94a.75.75 0 111.08 1.04l-4.25
                4.5a.75.75 0 01-1.08 0l-4.25-4.5a.75.75 0 01.02-1.06z" clip-rule="evenodd"/>
            </svg>
          </button>
          <div class="invisible absolute left-1/2 z-30 mt-3 w-screen max-w-md -translate-x-1/2 opacity-0 transition
            group-hover:visible group-hover:opacity-100">
            <div class="grid grid-cols-1 gap-1 overflow-hidden rounded-2xl bg-white p-4 shadow-lg ring-1
              ring-stone-900/5 sm:grid-cols-2">
{items}
            </div>
          </div>
        </div>"""
        )
    return "\n".join(groups)


def _mobile_menu():
    sections = []
    for label, links in _MENU:
        items = "\n".join(
            f"""            <a href="{href}" class="-mx-3 block rounded-lg px-3 py-2 text-base font-medium leading-7
              text-stone-900 hover:bg-rose-50">{text}</a>"""
            for href, text, _ in links
        )
        sections.append(
            f"""          <div class="space-y-1 py-4">
            <p class="text-xs font-semibold uppercase tracking-wider text-rose-700">{label}</p>
{items}
          </div>"""
        )
    return "\n".join(sections)


def _footer_links():
    return "\n".join(
        f"""            <li><a href="{href}" class="text-sm leading-6 text-stone-300
              hover:text-white">{text}</a></li>"""
        for _, links in _MENU
        for href, text, _ in links
    )


_HEADER = f"""  <a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50
    focus:rounded focus:bg-white focus:px-4 focus:py-2">Skip to content</a>
  <div class="bg-rose-900 text-rose-50">
    <div class="mx-auto flex max-w-7xl items-center justify-between gap-x-6 px-4 py-2 text-xs sm:px-6 lg:px-8">
      <p class="hidden sm:block">Hair &middot; Lashes &middot; Brows &middot; Nails &middot; Waxing &mdash;
        Street Lane, Roundhay</p>
      <div class="flex items-center gap-x-4">
        <a href="tel:+441132664170" class="font-semibold hover:underline">0113 266 4170</a>
        <span class="hidden md:inline" aria-hidden="true">|</span>
        <a href="mailto:hello@foxglovesalon.co.uk"
          class="hidden hover:underline md:inline">hello@foxglovesalon.co.uk</a>
      </div>
    </div>
  </div>
  <header class="sticky top-0 z-40 bg-white/95 shadow-sm backdrop-blur supports-[backdrop-filter]:bg-white/80">
    <div class="mx-auto max-w-7xl px-4 sm:px-6 lg:px-8">
      <div class="flex h-20 items-center justify-between gap-x-8">
        <div class="flex lg:flex-1">
          <a href="/" class="-m-1.5 flex items-center gap-x-3 p-1.5">
            <img class="h-12 w-auto" src="/assets/img/foxglove-logo.svg" alt="Foxglove Hair &amp; Beauty logo"
              width="48" height="48">
            <span class="font-serif text-xl font-semibold tracking-tight text-rose-900">Foxglove
              <span class="block text-xs font-sans font-medium uppercase tracking-[0.3em] text-stone-500">Hair &amp;
              Beauty</span></span>
          </a>
        </div>
        <nav class="hidden lg:flex lg:gap-x-10" aria-label="Main navigation">
{_desktop_menu()}
        </nav>
        <div class="hidden lg:flex lg:flex-1 lg:items-center lg:justify-end lg:gap-x-4">
          <a href="/gift-vouchers/" class="text-sm font-semibold leading-6 text-stone-700 hover:text-rose-700">Gift
            vouchers</a>
          <a href="/booking-policy/#book-online" class="rounded-full bg-rose-700 px-5 py-2.5 text-sm font-semibold
            text-white shadow-sm hover:bg-rose-800 focus-visible:outline focus-visible:outline-2
            focus-visible:outline-offset-2 focus-visible:outline-rose-700">Book now</a>
        </div>
        <div class="flex lg:hidden">
          <button type="button" id="mobile-menu-button" class="-m-2.5 inline-flex items-center justify-center
            rounded-md p-2.5 text-stone-700" aria-controls="mobile-menu" aria-expanded="false">
            <span class="sr-only">Open main menu</span>
            <svg class="h-6 w-6" fill="none" viewBox="0 0 24 24" stroke-width="1.5" stroke="currentColor"
              aria-hidden="true"><path stroke-linecap="round" stroke-linejoin="round"
              d="M3.75 6.75h16.5M3.75 12h16.5m-16.5 5.25h16.5"/></svg>
          </button>
        </div>
      </div>
    </div>
    <div id="mobile-menu" class="hidden lg:hidden" role="dialog" aria-modal="true" aria-label="Site menu">
      <div class="fixed inset-0 z-40 bg-stone-900/40" aria-hidden="true"></div>
      <div class="fixed inset-y-0 right-0 z-50 w-full overflow-y-auto bg-white px-6 py-6 sm:max-w-sm sm:ring-1
        sm:ring-stone-900/10">
        <div class="flex items-center justify-between">
          <a href="/" class="-m-1.5 p-1.5 font-serif text-lg font-semibold text-rose-900">Foxglove</a>
          <button type="button" class="-m-2.5 rounded-md p-2.5 text-stone-700" aria-controls="mobile-menu"
            aria-expanded="false"><span class="sr-only">Close menu</span>&times;</button>
        </div>
        <div class="mt-6 flow-root">
          <div class="-my-6 divide-y divide-stone-500/10">
{_mobile_menu()}
          <div class="py-6">
            <a href="/booking-policy/#book-online" class="block rounded-full bg-rose-700 px-4 py-2.5 text-center
              text-base font-semibold text-white">Book now</a>
          </div>
          </div>
        </div>
      </div>
    </div>
  </header>
"""

_FOOTER = f"""  <section class="bg-rose-50">
    <div class="mx-auto max-w-7xl px-4 py-12 sm:px-6 lg:flex lg:items-center lg:justify-between lg:px-8">
      <h2 class="font-serif text-2xl font-semibold tracking-tight text-rose-900 sm:text-3xl">Ready for something new?
        <span class="block text-base font-sans font-normal text-stone-600">Book online any time, or give the salon
        a ring.</span></h2>
      <div class="mt-8 flex flex-wrap items-center gap-4 lg:mt-0 lg:flex-shrink-0">
        <a href="/booking-policy/#book-online" class="rounded-full bg-rose-700 px-6 py-3 text-sm font-semibold
          text-white shadow-sm hover:bg-rose-800">Book now</a>
        <a href="tel:+441132664170" class="text-sm font-semibold leading-6 text-rose-900">Call 0113 266 4170
          <span aria-hidden="true">&rarr;</span></a>
      </div>
    </div>
  </section>
  <footer class="bg-stone-900" aria-labelledby="footer-heading">
    <h2 id="footer-heading" class="sr-only">Footer</h2>
    <div class="mx-auto max-w-7xl px-4 pb-8 pt-16 sm:px-6 lg:px-8 lg:pt-20">
      <div class="grid grid-cols-1 gap-12 md:grid-cols-2 xl:grid-cols-4">
        <div class="space-y-4">
          <p class="font-serif text-xl font-semibold text-white">Foxglove Hair &amp; Beauty</p>
          <address class="not-italic text-sm leading-6 text-stone-300">
            214 Street Lane<br>Roundhay<br>Leeds LS8 2AD
          </address>
          <p class="text-sm text-stone-300"><a href="tel:+441132664170" class="hover:text-white">0113 266 4170</a><br>
            <a href="mailto:hello@foxglovesalon.co.uk" class="hover:text-white">hello@foxglovesalon.co.uk</a></p>
          <div class="flex gap-x-5">
            <a href="https://www.instagram.com/foxglovesalonleeds" class="text-stone-400 hover:text-white">
              <span class="sr-only">Instagram</span><i class="fa-brands fa-instagram" aria-hidden="true"></i></a>
            <a href="https://www.facebook.com/foxglovesalonleeds" class="text-stone-400 hover:text-white">
              <span class="sr-only">Facebook</span><i class="fa-brands fa-facebook" aria-hidden="true"></i></a>
            <a href="https://www.tiktok.com/@foxglovesalonleeds" class="text-stone-400 hover:text-white">
              <span class="sr-only">TikTok</span><i class="fa-brands fa-tiktok" aria-hidden="true"></i></a>
          </div>
        </div>
        <div>
          <h3 class="text-sm font-semibold leading-6 text-white">Opening hours</h3>
          <ul role="list" class="mt-4 space-y-1 text-sm leading-6 text-stone-300">
            <li class="flex justify-between gap-4"><span>Monday</span><span>Closed</span></li>
            <li class="flex justify-between gap-4"><span>Tue &amp; Fri</span><span>9am &ndash; 6pm</span></li>
            <li class="flex justify-between gap-4"><span>Wed &amp; Thu</span><span>9am &ndash; 8pm</span></li>
            <li class="flex justify-between gap-4"><span>Saturday</span><span>8.30am &ndash; 4pm</span></li>
            <li class="flex justify-between gap-4"><span>Sunday</span><span>10am &ndash; 3pm</span></li>
          </ul>
        </div>
        <div class="md:col-span-2">
          <h3 class="text-sm font-semibold leading-6 text-white">Explore</h3>
          <ul role="list" class="mt-4 grid grid-cols-2 gap-x-6 gap-y-1 sm:grid-cols-3">
            <li><a href="/" class="text-sm leading-6 text-stone-300 hover:text-white">Home</a></li>
{_footer_links()}
          </ul>
        </div>
      </div>
      <div class="mt-12 flex flex-col gap-4 border-t border-white/10 pt-8 md:flex-row md:items-center
        md:justify-between">
        <p class="text-xs leading-5 text-stone-400">&copy; 2024 Foxglove Hair &amp; Beauty Ltd. Registered in England
          and Wales, company no. 08123456. VAT no. GB 143 5521 09.</p>
        <p class="text-xs leading-5 text-stone-400">Proud member of the Green Salon Collective &middot; Website by
          Tidy Pixel Studio</p>
      </div>
    </div>
  </footer>
  <div id="cookie-banner" class="fixed inset-x-0 bottom-0 z-50 px-4 pb-4 sm:px-6" role="region"
    aria-label="Cookie notice">
    <div class="mx-auto flex max-w-4xl flex-col gap-4 rounded-2xl bg-white p-5 shadow-2xl ring-1 ring-stone-900/10
      sm:flex-row sm:items-center sm:justify-between">
      <p class="text-sm leading-6 text-stone-700">We use a few cookies to see which pages are popular and to
        remember your choices. Nothing creepy, promise.</p>
      <div class="flex flex-none gap-x-3">
        <button type="button" class="rounded-full bg-stone-900 px-4 py-2 text-sm font-semibold text-white"
          data-cookie="accept">Accept all</button>
        <button type="button" class="rounded-full px-4 py-2 text-sm font-semibold text-stone-900 ring-1
          ring-stone-300" data-cookie="reject">Essential only</button>
      </div>
    </div>
  </div>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){{dataLayer.push(arguments);}}
    gtag('js', new Date()); gtag('config', 'G-FX9L0VE22');
  </script>
"""


def _page(title, description, breadcrumb, body):
    crumb = ""
    if breadcrumb:
        crumb = f"""    <nav class="mx-auto max-w-7xl px-4 pt-6 sm:px-6 lg:px-8" aria-label="Breadcrumb">
      <ol role="list" class="flex items-center gap-x-2 text-xs text-stone-500">
        <li><a href="/" class="hover:text-rose-700">Home</a></li>
        <li aria-hidden="true">/</li>
        <li aria-current="page" class="font-medium text-stone-700">{breadcrumb}</li>
      </ol>
    </nav>
"""
    return f"""<!doctype html>
<html lang="en-GB" class="scroll-smooth">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title} | Foxglove Hair &amp; Beauty</title>
  <meta name="description" content="{description}">
  <meta property="og:title" content="{title} | Foxglove Hair &amp; Beauty">
  <meta property="og:type" content="website">
  <meta property="og:image" content="/assets/img/og-foxglove.jpg">
  <meta name="theme-color" content="#881337">
  <link rel="icon" href="/assets/img/favicon.png" type="image/png">
  <link rel="stylesheet" href="/assets/css/tailwind.build.css?v=3.4.1">
  <link rel="stylesheet" href="/assets/css/fontawesome.min.css">
</head>
<body class="min-h-full bg-stone-50 font-sans text-stone-800 antialiased">
{_HEADER}
  <main id="main" class="pb-16">
{crumb}{body}
  </main>
{_FOOTER}
</body>
</html>
"""


def _hero(kicker, heading, intro):
    return f"""    <div class="relative isolate overflow-hidden bg-gradient-to-b from-rose-100/60 to-stone-50">
      <div class="mx-auto max-w-7xl px-4 py-12 sm:px-6 sm:py-16 lg:px-8">
        <div class="max-w-3xl">
          <p class="text-sm font-semibold uppercase tracking-widest text-rose-700">{kicker}</p>
          <h1 class="mt-2 font-serif text-4xl font-semibold tracking-tight text-stone-900 sm:text-5xl">{heading}</h1>
          <p class="mt-6 text-lg leading-8 text-stone-600">{intro}</p>
        </div>
      </div>
    </div>
"""


def _with_sidebar(main, aside):
    return f"""    <div class="mx-auto max-w-7xl px-4 sm:px-6 lg:px-8">
      <div class="grid grid-cols-1 gap-x-12 gap-y-10 lg:grid-cols-12">
        <div class="prose prose-stone max-w-none lg:col-span-8">
{main}
        </div>
        <aside class="space-y-6 lg:col-span-4">
{aside}
        </aside>
      </div>
    </div>
"""


def _plain(main):
    return f"""    <div class="mx-auto max-w-4xl px-4 sm:px-6 lg:px-8">
      <div class="prose prose-stone max-w-none">
{main}
      </div>
    </div>
"""


_BOOK_WIDGET = """          <div class="rounded-2xl bg-rose-900 p-6 text-rose-50 shadow">
            <h3 class="font-serif text-lg font-semibold">Book online, 24/7</h3>
            <p class="mt-2 text-sm leading-6">Pick your service, your stylist and a time that suits you. New to us?
              Have a look at our booking policy first.</p>
            <a href="/booking-policy/#book-online" class="mt-4 inline-flex rounded-full bg-white px-4 py-2 text-sm
              font-semibold text-rose-900 hover:bg-rose-100">Book now</a>
          </div>"""

_LATE_WIDGET = """          <div class="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200">
            <h3 class="text-sm font-semibold uppercase tracking-wider text-stone-500">Late nights</h3>
            <p class="mt-2 text-sm leading-6 text-stone-700">We're open until 8pm every Wednesday and Thursday, so
              you can come straight from work.</p>
          </div>"""


def _review_widget(quote, who):
    return f"""          <figure class="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200">
            <div class="flex gap-x-1 text-amber-400" aria-label="5 out of 5 stars">&#9733;&#9733;&#9733;&#9733;&#9733;
            </div>
            <blockquote class="mt-3 text-sm leading-6 text-stone-700"><p>&ldquo;{quote}&rdquo;</p></blockquote>
            <figcaption class="mt-3 text-xs font-semibold text-stone-500">{who}</figcaption>
          </figure>"""


_HOME = (
    _hero(
        "Street Lane, Roundhay &middot; Since 2012",
        "Hair, lashes, brows and nails, done properly",
        "Foxglove is an independent salon on the Street Lane parade. We're a small, friendly team of stylists and "
        "therapists who would rather spend an extra ten minutes on your consultation than rush you out of the door.",
    )
    + """    <section class="mx-auto max-w-7xl px-4 py-12 sm:px-6 lg:px-8">
      <div class="flex flex-col gap-6 rounded-3xl bg-white p-8 shadow-sm ring-1 ring-stone-200 md:flex-row
        md:items-center md:justify-between">
        <div>
          <h2 class="font-serif text-2xl font-semibold text-stone-900">New to Foxglove?</h2>
          <p class="mt-2 max-w-2xl text-stone-600">Welcome! New clients get 20% off their first colour appointment
            with any Senior Stylist or Director. Just mention it when you book. The offer is for hair colour services
            only, can be used once per person and can't be combined with the student discount.</p>
        </div>
        <a href="/booking-policy/#book-online" class="inline-flex flex-none rounded-full bg-rose-700 px-6 py-3
          text-sm font-semibold text-white hover:bg-rose-800">Book your first visit</a>
      </div>
    </section>
    <section class="mx-auto max-w-7xl px-4 sm:px-6 lg:px-8" aria-labelledby="services-heading">
      <h2 id="services-heading" class="font-serif text-3xl font-semibold text-stone-900">What we do</h2>
      <div class="mt-8 grid grid-cols-1 gap-6 sm:grid-cols-2 lg:grid-cols-4">
        <a href="/hair/cuts-and-styling/" class="group rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200
          hover:ring-rose-300">
          <h3 class="font-semibold text-stone-900 group-hover:text-rose-700">Cuts &amp; styling</h3>
          <p class="mt-2 text-sm text-stone-600">From a tidy-up to a big chop, for every hair type.</p></a>
        <a href="/hair/colour/" class="group rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200
          hover:ring-rose-300">
          <h3 class="font-semibold text-stone-900 group-hover:text-rose-700">Colour &amp; balayage</h3>
          <p class="mt-2 text-sm text-stone-600">Soft, lived-in blondes, rich brunettes and glossy reds.</p></a>
        <a href="/beauty/lashes-and-brows/" class="group rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200
          hover:ring-rose-300">
          <h3 class="font-semibold text-stone-900 group-hover:text-rose-700">Lashes &amp; brows</h3>
          <p class="mt-2 text-sm text-stone-600">Wake up ready with lifted lashes and fluffy brows.</p></a>
        <a href="/beauty/nails/" class="group rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200
          hover:ring-rose-300">
          <h3 class="font-semibold text-stone-900 group-hover:text-rose-700">Nails</h3>
          <p class="mt-2 text-sm text-stone-600">Healthy, strong nails with a finish that lasts.</p></a>
      </div>
    </section>
    <section class="mx-auto mt-16 max-w-7xl px-4 sm:px-6 lg:px-8">
      <div class="grid grid-cols-1 gap-10 lg:grid-cols-2 lg:items-center">
        <div>
          <h2 class="font-serif text-3xl font-semibold text-stone-900">A greener kind of salon</h2>
          <p class="mt-4 leading-7 text-stone-600">We've been members of the Green Salon Collective since 2019, which
            means our foils, colour tubes, hair clippings and even leftover colour are collected and recycled or
            safely disposed of rather than going down the drain or into landfill. Our towels are washed at low
            temperatures and most of our colour range is vegan and cruelty-free.</p>
          <p class="mt-4 leading-7 text-stone-600">In 2023 we were finalists for Salon of the Year (North East &amp;
            Yorkshire) at the Yorkshire Hair &amp; Beauty Awards, which the whole team is still very smug about.</p>
        </div>
        <img src="/assets/img/salon-interior.jpg" alt="Inside the salon: pink velvet chairs and plants"
          class="aspect-[4/3] w-full rounded-3xl object-cover">
      </div>
    </section>
    <section class="mx-auto mt-16 max-w-7xl px-4 sm:px-6 lg:px-8" aria-labelledby="reviews-heading">
      <h2 id="reviews-heading" class="font-serif text-3xl font-semibold text-stone-900">Kind words</h2>
      <div class="mt-8 grid grid-cols-1 gap-6 md:grid-cols-3">
"""
    + "\n".join(
        [
            _review_widget(
                "Best salon in North Leeds, hands down. Everyone is so welcoming and my hair has never looked "
                "healthier.",
                "Sophie R., Google review",
            ),
            _review_widget(
                "I was so nervous about having my nails done for the first time but they made me feel totally at ease.",
                "Amira K., Facebook",
            ),
            _review_widget(
                "Lovely atmosphere, proper coffee and a stylist who actually listens. What more could you want?",
                "Gemma T., Google review",
            ),
        ]
    )
    + """
      </div>
      <p class="mt-6 text-sm text-stone-500">Rated 4.9 out of 5 from over 600 Google reviews.</p>
    </section>
"""
)

_CUTS = _hero(
    "Hair",
    "Cuts &amp; styling",
    "Every cut starts with a proper chat about your hair, your routine and how much time you actually want to spend "
    "styling it in the morning. All cuts include a wash, a conditioning rinse and a finish.",
) + _with_sidebar(
    """          <h2>Our stylist levels</h2>
          <p>Prices depend on who you book with. <strong>Stylists</strong> are fully qualified with up to four years'
            experience, <strong>Senior Stylists</strong> have at least five years behind the chair and
            <strong>Directors</strong> also train the rest of the team. Everyone is brilliant; the price reflects
            experience and demand.</p>
          <div class="not-prose overflow-x-auto rounded-xl ring-1 ring-stone-200">
            <table class="min-w-full divide-y divide-stone-200 bg-white text-sm">
              <thead class="bg-stone-100 text-left font-semibold text-stone-700">
                <tr><th class="px-4 py-3">Service</th><th class="px-4 py-3">Stylist</th>
                  <th class="px-4 py-3">Senior</th><th class="px-4 py-3">Director</th></tr>
              </thead>
              <tbody class="divide-y divide-stone-100">
                <tr><td class="px-4 py-3">Cut &amp; blow-dry</td><td class="px-4 py-3">£42</td>
                  <td class="px-4 py-3">£50</td><td class="px-4 py-3">£58</td></tr>
                <tr><td class="px-4 py-3">Restyle (a big change in length or shape)</td><td class="px-4 py-3">£52</td>
                  <td class="px-4 py-3">£60</td><td class="px-4 py-3">£68</td></tr>
                <tr><td class="px-4 py-3">Curly cut (dry cut &amp; curl finish)</td><td class="px-4 py-3">&ndash;</td>
                  <td class="px-4 py-3">£62</td><td class="px-4 py-3">£70</td></tr>
                <tr><td class="px-4 py-3">Men's cut</td><td class="px-4 py-3">£24</td>
                  <td class="px-4 py-3">£28</td><td class="px-4 py-3">£32</td></tr>
                <tr><td class="px-4 py-3">Wash &amp; blow-dry</td><td class="px-4 py-3">£28</td>
                  <td class="px-4 py-3">£32</td><td class="px-4 py-3">£36</td></tr>
                <tr><td class="px-4 py-3">Hair up / occasion styling</td><td class="px-4 py-3">£45</td>
                  <td class="px-4 py-3">£50</td><td class="px-4 py-3">£55</td></tr>
                <tr><td class="px-4 py-3">Deep conditioning treatment (add-on)</td>
                  <td class="px-4 py-3" colspan="3">£12</td></tr>
              </tbody>
            </table>
          </div>
          <h2 id="curly">Curly and coily hair</h2>
          <p>If your curls have ever been blow-dried straight and then cut, only for them to spring up into a shape
            you didn't ask for, you're not alone. Our curly cut is done <strong>dry</strong>, curl by curl, so we can
            see exactly how each one sits. Please arrive with your hair <strong>clean, dry and worn naturally</strong>
            (no ponytail, bun or straighteners on the day) with your usual products in. Afterwards we wash, condition
            and diffuse, and show you how to style it at home. Allow 90 minutes. Curly cuts are done by our Senior
            Stylists and Directors only.</p>
          <h2 id="fringe">Fringe trims</h2>
          <p>Fringe growing into your eyes a couple of weeks after your cut? Pop in for a <strong>free fringe
            trim</strong> between appointments, Tuesday to Friday. There's no need to book; it takes five minutes and
            we'll fit you in between clients. Fringe trims for people who don't have their cuts with us are £8.</p>
          <h2>Men's cuts</h2>
          <p>Scissor cuts, clipper work and skin fades, finished with a hot towel on request. Beard shaping isn't on
            the menu at the moment.</p>
          <h2>Hair up &amp; occasion styling</h2>
          <p>Proms, parties, races and christenings. Please come with your hair washed and dried the day before, and
            bring any accessories with you. For weddings, see our <a href="/bridal/">bridal page</a>. Little ones'
            cuts have their own page: <a href="/hair/kids-cuts/">kids' cuts</a>.</p>""",
    "\n".join(
        [
            _BOOK_WIDGET,
            _LATE_WIDGET,
            _review_widget(
                "Came in with a photo and a vague idea and walked out with the best cut I've had in years.",
                "Laura M.",
            ),
        ]
    ),
)

_COLOUR = _hero(
    "Hair",
    "Colour &amp; balayage",
    "From covering a few greys to a full transformation, our colourists use professional, mostly vegan colour and "
    "add a bond builder to every lightening service to keep your hair strong.",
) + _with_sidebar(
    """          <div class="not-prose mb-6 rounded-xl border-l-4 border-amber-400 bg-amber-50 p-4 text-sm
            text-amber-900">All colour services need a skin test at least 48 hours beforehand. Find out more on our
            <a href="/patch-tests/" class="font-semibold underline">patch test page</a>.</div>
          <h2>Colour prices</h2>
          <p>All prices include a blow-dry finish. "From" prices are for shorter or finer hair; longer and thicker
            hair uses more product and takes longer.</p>
          <div class="not-prose overflow-x-auto rounded-xl ring-1 ring-stone-200">
            <table class="min-w-full divide-y divide-stone-200 bg-white text-sm">
              <thead class="bg-stone-100 text-left font-semibold text-stone-700">
                <tr><th class="px-4 py-3">Service</th><th class="px-4 py-3">Stylist</th>
                  <th class="px-4 py-3">Senior</th><th class="px-4 py-3">Director</th>
                  <th class="px-4 py-3">Allow</th></tr>
              </thead>
              <tbody class="divide-y divide-stone-100">
                <tr><td class="px-4 py-3">Root tint (up to 2cm regrowth)</td><td class="px-4 py-3">£52</td>
                  <td class="px-4 py-3">£58</td><td class="px-4 py-3">£64</td><td class="px-4 py-3">1.5 hrs</td></tr>
                <tr><td class="px-4 py-3">Full head tint</td><td class="px-4 py-3">from £68</td>
                  <td class="px-4 py-3">from £76</td><td class="px-4 py-3">from £84</td>
                  <td class="px-4 py-3">2 hrs</td></tr>
                <tr><td class="px-4 py-3">Half head foils</td><td class="px-4 py-3">from £72</td>
                  <td class="px-4 py-3">from £80</td><td class="px-4 py-3">from £88</td>
                  <td class="px-4 py-3">2 hrs</td></tr>
                <tr><td class="px-4 py-3">Full head foils</td><td class="px-4 py-3">from £92</td>
                  <td class="px-4 py-3">from £102</td><td class="px-4 py-3">from £112</td>
                  <td class="px-4 py-3">2.5&ndash;3 hrs</td></tr>
                <tr><td class="px-4 py-3">Balayage / hand-painted colour</td><td class="px-4 py-3">&ndash;</td>
                  <td class="px-4 py-3">from £125</td><td class="px-4 py-3">from £140</td>
                  <td class="px-4 py-3">3&ndash;4 hrs</td></tr>
                <tr><td class="px-4 py-3">Grey blending</td><td class="px-4 py-3">from £60</td>
                  <td class="px-4 py-3">from £66</td><td class="px-4 py-3">from £72</td>
                  <td class="px-4 py-3">1.5 hrs</td></tr>
                <tr><td class="px-4 py-3">Toner / gloss</td><td class="px-4 py-3" colspan="3">£28</td>
                  <td class="px-4 py-3">45 mins</td></tr>
              </tbody>
            </table>
          </div>
          <h2>Balayage</h2>
          <p>Balayage is painted on by hand for a soft, sun-kissed grow-out with no harsh regrowth line. Please set
            aside <strong>three to four hours</strong>: the time covers your consultation, painting, processing,
            toning, a treatment and the blow-dry. Bring a phone charger and some snacks; we'll keep the tea coming.
            Most clients need a refresh every 12 to 16 weeks.</p>
          <h2 id="colour-correction">Colour correction</h2>
          <p>Going lighter after box dye, henna or years of dark home colour is a colour correction, not a normal
            colour appointment. Artificial colour doesn't lift the way natural hair does, so going from black to
            blonde is <strong>never done in one sitting</strong>: it usually takes two or three appointments, four to
            six weeks apart, to keep your hair in good condition. It always starts with a free strand test, where we
            try the lightener on a small hidden section to see how your hair reacts. Colour correction is charged at
            £50 an hour and we'll give you a written estimate after the strand test.</p>
          <h2>Grey blending</h2>
          <p>Not ready for full coverage, or tired of the root line every four weeks? Grey blending uses fine
            lowlights and highlights to soften greys so the grow-out is much gentler.</p>""",
    "\n".join(
        [
            _BOOK_WIDGET,
            _review_widget(
                "Hannah took me from brassy orange to the cool blonde I've wanted for years, and my hair still "
                "feels soft.",
                "Rachel P.",
            ),
        ]
    ),
)

_KERATIN = _hero(
    "Hair",
    "Keratin smoothing",
    "Fed up of frizz? Our formaldehyde-free keratin smoothing treatment softens frizz, cuts down drying time and "
    "makes your hair easier to manage without leaving it poker-straight.",
) + _with_sidebar(
    """          <h2>What is it?</h2>
          <p>Keratin smoothing coats each hair with a protein treatment that's sealed in with straighteners. It
            reduces frizz by up to 80% and cuts blow-drying time roughly in half. Natural waves and curls are relaxed
            rather than removed, so you can still wear it wavy if you like. Results last <strong>three to five
            months</strong> and wash out gradually, so there's no harsh line as it grows.</p>
          <div class="not-prose overflow-x-auto rounded-xl ring-1 ring-stone-200">
            <table class="min-w-full divide-y divide-stone-200 bg-white text-sm">
              <thead class="bg-stone-100 text-left font-semibold text-stone-700">
                <tr><th class="px-4 py-3">Hair length</th><th class="px-4 py-3">Price</th>
                  <th class="px-4 py-3">Allow</th></tr>
              </thead>
              <tbody class="divide-y divide-stone-100">
                <tr><td class="px-4 py-3">Short (above the shoulders)</td><td class="px-4 py-3">£140</td>
                  <td class="px-4 py-3">2 hrs</td></tr>
                <tr><td class="px-4 py-3">Medium (to bra strap)</td><td class="px-4 py-3">£175</td>
                  <td class="px-4 py-3">2.5&ndash;3 hrs</td></tr>
                <tr><td class="px-4 py-3">Long or very thick</td><td class="px-4 py-3">£210</td>
                  <td class="px-4 py-3">3&ndash;3.5 hrs</td></tr>
                <tr><td class="px-4 py-3">Express smoothing (lasts about 6 weeks)</td><td class="px-4 py-3">£75</td>
                  <td class="px-4 py-3">1 hr</td></tr>
              </tbody>
            </table>
          </div>
          <h2>Is it right for me?</h2>
          <p>It's ideal for frizzy, thick or unruly hair, and great for anyone living with a humid bathroom or a
            long commute in the rain. It isn't suitable for hair that has been chemically straightened or relaxed.
            </p>
          <p><strong>Pregnancy and breastfeeding:</strong> even though our formula is formaldehyde-free, we don't
            carry out keratin smoothing or express smoothing on anyone who is pregnant or breastfeeding. We'd love to
            see you once you've finished breastfeeding; in the meantime a cut and a deep conditioning treatment can
            make a real difference.</p>
          <h2>Before and after</h2>
          <ul>
            <li>Have any colour done at least a week before your smoothing, not on the same day.</li>
            <li>Don't wash, tie up or clip your hair for 48 hours afterwards, and avoid swimming for a week.</li>
            <li>Use a sulphate-free shampoo to make the results last. We sell one in the salon.</li>
          </ul>""",
    "\n".join([_BOOK_WIDGET, _LATE_WIDGET]),
)

_KIDS = _hero(
    "Hair",
    "Kids' cuts",
    "Little wrigglers, nervous first-timers and teenagers who know exactly what they want: we love them all. "
    "A parent or guardian needs to stay in the salon for anyone under 16.",
) + _with_sidebar(
    """          <h2>Prices</h2>
          <div class="not-prose overflow-x-auto rounded-xl ring-1 ring-stone-200">
            <table class="min-w-full divide-y divide-stone-200 bg-white text-sm">
              <thead class="bg-stone-100 text-left font-semibold text-stone-700">
                <tr><th class="px-4 py-3">Age</th><th class="px-4 py-3">Price</th></tr>
              </thead>
              <tbody class="divide-y divide-stone-100">
                <tr><td class="px-4 py-3">Under 4s</td><td class="px-4 py-3">£12</td></tr>
                <tr><td class="px-4 py-3">4 to 11</td><td class="px-4 py-3">£16</td></tr>
                <tr><td class="px-4 py-3">12 to 15</td><td class="px-4 py-3">£22</td></tr>
                <tr><td class="px-4 py-3">First Snip package</td><td class="px-4 py-3">£15</td></tr>
              </tbody>
            </table>
          </div>
          <h2 id="after-school-club">After-school Kids' Club</h2>
          <p>Every <strong>Tuesday and Thursday from 3.30pm to 5.30pm</strong>, cuts for under 12s are just
            <strong>£10</strong>. Every child gets a sticker card, and their sixth Kids' Club cut is free. Book ahead
            as the slots go quickly in the school holidays.</p>
          <h2 id="first-snip">First Snip</h2>
          <p>A first haircut is a big moment (for the grown-ups too!). Our First Snip package includes a gentle,
            unhurried cut, a certificate with the date, a little lock of hair in a keepsake envelope and a photo
            sent to your phone. We book first haircuts into quiet morning slots so there's less noise, and little
            ones can sit on your lap rather than in the big chair. We don't use a hairdryer unless they're happy
            with it: a quick comb through with a damp sponge does the job. Bring a favourite toy or snack if it
            helps.</p>
          <h2>Good to know</h2>
          <ul>
            <li>We don't carry out colour, bleach, perms or smoothing treatments on anyone under 16.</li>
            <li>For teens wanting hair up for a prom, see <a href="/hair/cuts-and-styling/">cuts &amp; styling</a>.
            </li>
            <li>If your child has sensory needs, tell us when you book and we'll turn the music down and give you
              the quiet corner chair.</li>
          </ul>""",
    "\n".join(
        [
            _BOOK_WIDGET,
            _review_widget(
                "My son used to scream the place down at the barbers. Here he actually asks when he can go back!",
                "Danielle W.",
            ),
        ]
    ),
)

_BRIDAL = _hero(
    "Weddings",
    "Bridal hair",
    "Your wedding morning should feel calm and fun. Our bridal team has looked after hundreds of brides across "
    "Leeds and Yorkshire, in the salon and on location.",
) + _with_sidebar(
    """          <h2>How it works</h2>
          <ol>
            <li><strong>Get in touch</strong> as early as you can. Summer Saturdays are often booked 12 to 18 months
              ahead.</li>
            <li><strong>Your trial</strong> takes place in the salon six to ten weeks before the big day. Allow two
              hours and bring photos you love, your veil or hair accessories, and wear a top with a similar neckline
              to your dress. Trials are held Tuesday to Thursday only.</li>
            <li><strong>The morning itself</strong>: come to us, or we come to you.</li>
          </ol>
          <h2>Bridal prices</h2>
          <div class="not-prose overflow-x-auto rounded-xl ring-1 ring-stone-200">
            <table class="min-w-full divide-y divide-stone-200 bg-white text-sm">
              <tbody class="divide-y divide-stone-100">
                <tr><td class="px-4 py-3">Bridal hair trial</td><td class="px-4 py-3">£85</td></tr>
                <tr><td class="px-4 py-3">Bride on the day</td><td class="px-4 py-3">£130</td></tr>
                <tr><td class="px-4 py-3">Bridesmaid</td><td class="px-4 py-3">£65</td></tr>
                <tr><td class="px-4 py-3">Mother of the bride or groom</td><td class="px-4 py-3">£60</td></tr>
                <tr><td class="px-4 py-3">Flower girl (under 12)</td><td class="px-4 py-3">£30</td></tr>
                <tr><td class="px-4 py-3">Strip lashes applied on the day</td><td class="px-4 py-3">£15</td></tr>
                <tr><td class="px-4 py-3">Early start (before 7am), per stylist</td>
                  <td class="px-4 py-3">£40</td></tr>
              </tbody>
            </table>
          </div>
          <h2 id="on-location">On location</h2>
          <p>We travel to your home, hotel or wedding venue anywhere within <strong>40 miles of Leeds</strong>,
            which covers Harrogate, York, Wakefield, Ilkley and most of the Dales venues. There's a minimum party of
            three people for on-location bookings. Travel is free within 10 miles of the salon, then 45p per mile
            for each stylist travelling. For bigger parties we'll send two or three stylists so everyone is ready on
            time.</p>
          <h2>Securing your date</h2>
          <p>A non-refundable booking fee of £150 secures your date and comes off your final bill. The balance is
            paid 14 days before the wedding. If you move your wedding date, we'll transfer the booking fee once,
            subject to availability.</p>""",
    "\n".join(
        [
            _BOOK_WIDGET,
            _review_widget(
                "They did me and six bridesmaids at our venue in Ilkley and it was the calmest part of the day.",
                "Charlotte & Ben, married May 2023",
            ),
        ]
    ),
)

_LASHES = _hero(
    "Beauty",
    "Lashes &amp; brows",
    "Frame your face with lifted, tinted lashes, full extensions or fluffy laminated brows. All lash and brow "
    "treatments take place in our upstairs beauty rooms.",
) + _with_sidebar(
    """          <div class="not-prose mb-6 rounded-xl border-l-4 border-amber-400 bg-amber-50 p-4 text-sm
            text-amber-900">Tints, lifts, lamination and extensions need a patch test first. See our
            <a href="/patch-tests/" class="font-semibold underline">patch test page</a>.</div>
          <h2>Lashes</h2>
          <div class="not-prose overflow-x-auto rounded-xl ring-1 ring-stone-200">
            <table class="min-w-full divide-y divide-stone-200 bg-white text-sm">
              <thead class="bg-stone-100 text-left font-semibold text-stone-700">
                <tr><th class="px-4 py-3">Treatment</th><th class="px-4 py-3">Full set</th>
                  <th class="px-4 py-3">2-week infill</th><th class="px-4 py-3">3-week infill</th></tr>
              </thead>
              <tbody class="divide-y divide-stone-100">
                <tr><td class="px-4 py-3">Classic extensions</td><td class="px-4 py-3">£60</td>
                  <td class="px-4 py-3">£32</td><td class="px-4 py-3">£38</td></tr>
                <tr><td class="px-4 py-3">Hybrid extensions</td><td class="px-4 py-3">£70</td>
                  <td class="px-4 py-3">£38</td><td class="px-4 py-3">£44</td></tr>
                <tr><td class="px-4 py-3">Volume extensions</td><td class="px-4 py-3">£80</td>
                  <td class="px-4 py-3">£45</td><td class="px-4 py-3">£52</td></tr>
              </tbody>
            </table>
          </div>
          <ul class="mt-4">
            <li>Lash lift &amp; tint: £45 (60 minutes, lasts six to eight weeks)</li>
            <li>Lash tint on its own: £15</li>
            <li>Removal of extensions: £15</li>
          </ul>
          <h3>About infills</h3>
          <p>Infills are for our own clients' extensions only and need at least half of your extensions still in
            place. After three weeks, or with less than half left, you'll need a new full set. We don't infill
            extensions applied by another salon or technician, as the adhesive, lash weight and styling won't match
            and it can damage your natural lashes. Instead, book a full set and add a removal: we'll take the old
            ones off gently first.</p>
          <h2>Brows</h2>
          <ul>
            <li>Brow lamination &amp; tint: £42 (lasts around six weeks)</li>
            <li>Brow wax &amp; tint: £20</li>
            <li>Brow wax or thread only: £12</li>
            <li>Brow tint only: £10</li>
          </ul>
          <p>Growing your brows out? Book a brow wax and tint every four to six weeks and we'll shape them
            gradually so the awkward stage is much less awkward.</p>""",
    "\n".join(
        [
            _BOOK_WIDGET,
            _review_widget(
                "My lash lift lasted nearly two months and I didn't touch mascara once.",
                "Zara H.",
            ),
        ]
    ),
)

_NAILS = _hero(
    "Beauty",
    "Nails",
    "Our nail bar is all about healthy natural nails. We use low-odour gels, fresh files for every client and "
    "a nail technician who will happily talk you out of a colour you'll hate in two days.",
) + _with_sidebar(
    """          <h2>An acrylic-free nail bar</h2>
          <p>We don't offer acrylics, tips or hard gel extensions. They can thin and damage the natural nail, and the
            dust isn't great for anyone breathing it in. Instead we recommend <strong>BIAB</strong> (builder gel), a
            strong, flexible overlay that adds a little length and strength to your own nails and is soaked off
            rather than drilled.</p>
          <h2>Prices</h2>
          <div class="not-prose overflow-x-auto rounded-xl ring-1 ring-stone-200">
            <table class="min-w-full divide-y divide-stone-200 bg-white text-sm">
              <thead class="bg-stone-100 text-left font-semibold text-stone-700">
                <tr><th class="px-4 py-3">Treatment</th><th class="px-4 py-3">Price</th>
                  <th class="px-4 py-3">Allow</th></tr>
              </thead>
              <tbody class="divide-y divide-stone-100">
                <tr><td class="px-4 py-3">Gel polish manicure</td><td class="px-4 py-3">£28</td>
                  <td class="px-4 py-3">45 mins</td></tr>
                <tr><td class="px-4 py-3">Gel polish toes</td><td class="px-4 py-3">£30</td>
                  <td class="px-4 py-3">45 mins</td></tr>
                <tr><td class="px-4 py-3">BIAB overlay</td><td class="px-4 py-3">£38</td>
                  <td class="px-4 py-3">60 mins</td></tr>
                <tr><td class="px-4 py-3">BIAB infill (within 4 weeks)</td><td class="px-4 py-3">£34</td>
                  <td class="px-4 py-3">60 mins</td></tr>
                <tr><td class="px-4 py-3">Classic manicure with polish</td><td class="px-4 py-3">£22</td>
                  <td class="px-4 py-3">40 mins</td></tr>
                <tr><td class="px-4 py-3">Spa pedicure</td><td class="px-4 py-3">£40</td>
                  <td class="px-4 py-3">60 mins</td></tr>
                <tr><td class="px-4 py-3">French finish</td><td class="px-4 py-3">+£6</td>
                  <td class="px-4 py-3"></td></tr>
                <tr><td class="px-4 py-3">Nail art</td><td class="px-4 py-3">from £3 per nail</td>
                  <td class="px-4 py-3"></td></tr>
              </tbody>
            </table>
          </div>
          <h2 id="removals">Removals</h2>
          <p>Gel or BIAB removal on its own, with a tidy, shape and cuticle oil, is <strong>£12</strong> (30 mins),
            wherever it was applied. If you're having a new set with us straight after, removal of our own work is
            free and removal of another salon's work is £5. Please don't peel or pick gel off at home; it takes the
            top layers of your nail with it.</p>
          <h2>The spa pedicure</h2>
          <p>A warm foot soak, hard skin removal, nail shaping, cuticle work, a scrub and a hydrating mask, finished
            with regular polish or gel for £8 extra. Please bring open-toed sandals if you're having polish.</p>""",
    "\n".join(
        [
            _BOOK_WIDGET,
            _review_widget(
                "My nails were paper thin after years of acrylics elsewhere. Three months of BIAB here and they're "
                "the strongest they've ever been.",
                "Priti S.",
            ),
        ]
    ),
)

_WAXING = _hero(
    "Beauty",
    "Waxing",
    "Quick, hygienic and as painless as we can make it. We use low-temperature hot wax for the delicate areas and "
    "strip wax for legs, arms, backs and chests.",
) + _with_sidebar(
    """          <h2>Prices</h2>
          <div class="not-prose grid grid-cols-1 gap-6 md:grid-cols-2">
            <div class="overflow-hidden rounded-xl bg-white ring-1 ring-stone-200">
              <h3 class="bg-stone-100 px-4 py-3 text-sm font-semibold text-stone-700">Women</h3>
              <table class="min-w-full text-sm"><tbody class="divide-y divide-stone-100">
                <tr><td class="px-4 py-2">Lip or chin</td><td class="px-4 py-2">£8</td></tr>
                <tr><td class="px-4 py-2">Lip &amp; chin</td><td class="px-4 py-2">£14</td></tr>
                <tr><td class="px-4 py-2">Underarm</td><td class="px-4 py-2">£12</td></tr>
                <tr><td class="px-4 py-2">Forearm</td><td class="px-4 py-2">£16</td></tr>
                <tr><td class="px-4 py-2">Half leg</td><td class="px-4 py-2">£22</td></tr>
                <tr><td class="px-4 py-2">Full leg</td><td class="px-4 py-2">£32</td></tr>
                <tr><td class="px-4 py-2">Bikini line</td><td class="px-4 py-2">£15</td></tr>
                <tr><td class="px-4 py-2">Brazilian</td><td class="px-4 py-2">£30</td></tr>
                <tr><td class="px-4 py-2">Hollywood</td><td class="px-4 py-2">£34</td></tr>
                <tr><td class="px-4 py-2">Full leg &amp; Brazilian</td><td class="px-4 py-2">£55</td></tr>
              </tbody></table>
            </div>
            <div class="overflow-hidden rounded-xl bg-white ring-1 ring-stone-200">
              <h3 class="bg-stone-100 px-4 py-3 text-sm font-semibold text-stone-700">Men</h3>
              <table class="min-w-full text-sm"><tbody class="divide-y divide-stone-100">
                <tr><td class="px-4 py-2">Back</td><td class="px-4 py-2">£28</td></tr>
                <tr><td class="px-4 py-2">Back &amp; shoulders</td><td class="px-4 py-2">£32</td></tr>
                <tr><td class="px-4 py-2">Chest</td><td class="px-4 py-2">£26</td></tr>
                <tr><td class="px-4 py-2">Chest &amp; stomach</td><td class="px-4 py-2">£34</td></tr>
                <tr><td class="px-4 py-2">Nose &amp; ears</td><td class="px-4 py-2">£10</td></tr>
              </tbody></table>
              <p class="px-4 py-3 text-xs text-stone-500">We're sorry, we don't offer intimate waxing for men.</p>
            </div>
          </div>
          <h2 id="before-your-wax">Before your wax</h2>
          <ul>
            <li><strong>Let it grow.</strong> Hair needs to be at least 5mm long, about the length of a grain of
              rice, for the wax to grip. If you've been shaving, that usually means three to four weeks without a
              razor. Regular waxing clients normally come back every four to six weeks.</li>
            <li>Exfoliate gently two days before, but not on the day.</li>
            <li>Skip body lotion and oils on the day so the wax can grip.</li>
            <li>If you use retinol or prescription skin creams, or have taken acne tablets in the last six months,
              tell us: we can't wax areas where your skin has been thinned.</li>
            <li>Nervous about your first Brazilian? Taking your usual painkiller half an hour before can help, and
              we'll talk you through everything.</li>
          </ul>""",
    "\n".join(
        [
            _BOOK_WIDGET,
            _review_widget(
                "Aga is so quick and so kind. I'll never go anywhere else for my waxing.",
                "Hollie B.",
            ),
        ]
    ),
)

_PATCH = _hero(
    "Good to know",
    "Patch tests",
    "Allergies to hair and lash dyes can develop at any time, even after years of colouring without a problem. "
    "A quick skin test keeps you safe, and our insurance requires it.",
) + _with_sidebar(
    """          <h2>Who needs a patch test?</h2>
          <p>You need a patch test at least <strong>48 hours</strong> before your appointment if:</p>
          <ul>
            <li>you're new to Foxglove and booking any hair colour, toner, lash or brow tint, lash lift or brow
              lamination;</li>
            <li>you're an existing client but haven't had that service with us in the last six months;</li>
            <li>you've started new medication, been pregnant or been seriously ill since your last test.</li>
          </ul>
          <p>That applies even if you've coloured your hair for years somewhere else without any problems. We can't
            accept a test done at another salon or at home, because it has to be done with the exact products we'll
            be using on you.</p>
          <p>Lash extensions need a separate adhesive test: a few lashes applied at least <strong>24 hours</strong>
            before your full set.</p>
          <h2>How it works</h2>
          <p>Patch tests are free and take about five minutes. <strong>No appointment is needed</strong>: just pop in
            any time from Tuesday to Saturday during opening hours. We dab a tiny amount of product behind your ear
            or in the crease of your elbow and note it on your client record. Keep it dry, and if you notice any
            redness, itching or irritation around the test area before your appointment, please let us know, as we
            won't be able to go ahead.</p>
          <h2 id="black-henna">Had a "black henna" tattoo?</h2>
          <p>Temporary black henna tattoos, the sort often offered on beaches and at markets abroad, contain very high
            levels of PPD, the same ingredient found in permanent hair dye. Having one can make you sensitive to hair
            dye for life. If you've <strong>ever</strong> had one, please tell us before booking any colour, even if
            it was years ago. You'll always need a fresh patch test, and in some cases we may only be able to offer
            PPD-free colour or lightening services.</p>""",
    "\n".join(
        [
            """          <div class="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200">
            <h3 class="text-sm font-semibold uppercase tracking-wider text-stone-500">Services that need a test</h3>
            <ul class="mt-3 space-y-1 text-sm text-stone-700"><li>Hair colour &amp; toners</li><li>Lash &amp; brow
              tints</li><li>Lash lifts</li><li>Brow lamination</li><li>Lash extensions (adhesive test)</li></ul>
          </div>""",
            _BOOK_WIDGET,
        ]
    ),
)

_LOYALTY = _hero(
    "The Salon",
    "Foxglove Rewards",
    "Our way of saying thank you for coming back. Membership is free and there's no card to lose: it all lives on "
    "your client record.",
) + _with_sidebar(
    """          <h2>How you earn</h2>
          <p>Join at reception or tick the box when you book online. You'll earn <strong>one point for every £1</strong>
            spent on salon services. Every <strong>250 points</strong> is worth <strong>£10 off</strong> a future
            appointment, and you can save them up for something bigger if you'd rather. Points aren't earned on
            haircare products, gift vouchers or the booking fee for weddings.</p>
          <h2 id="birthday">Birthday treat</h2>
          <p>In your birthday month you can choose a free bond-building treatment with any hair service, or a free
            upgrade from gel polish to BIAB with any manicure. Make sure we have your date of birth on file!</p>
          <h2 id="refer-a-friend">Refer a friend</h2>
          <p>Know someone who'd love us? Give them your name to mention when they book. Your friend gets
            <strong>£10 off their first appointment</strong> (any service over £40), and once they've been in, we'll
            add <strong>£10 credit</strong> to your account as a thank you. There's no limit to how many friends you
            can refer, so bring the whole family.</p>
          <h2>The small print</h2>
          <ul>
            <li>Points expire if you haven't visited for 12 months.</li>
            <li>Points and credit have no cash value and can't be swapped for products.</li>
            <li>Rewards can't be used on the same visit as the new client offer.</li>
          </ul>""",
    "\n".join([_BOOK_WIDGET, _LATE_WIDGET]),
)

_VOUCHERS = _hero(
    "The Salon",
    "Gift vouchers",
    "Birthdays, Mother's Day, teachers, new mums, or just because. A Foxglove voucher is always the right size.",
) + _with_sidebar(
    """          <h2>Choose a voucher</h2>
          <div class="not-prose grid grid-cols-1 gap-4 sm:grid-cols-2">
            <div class="rounded-xl bg-white p-5 ring-1 ring-stone-200">
              <h3 class="font-semibold text-stone-900">Money vouchers</h3>
              <p class="mt-1 text-sm text-stone-600">Any amount from £10 to £500, to spend on any service or
                product.</p>
            </div>
            <div class="rounded-xl bg-white p-5 ring-1 ring-stone-200">
              <h3 class="font-semibold text-stone-900">Treat vouchers</h3>
              <p class="mt-1 text-sm text-stone-600">The Pamper Hour (gel manicure and brow wax &amp; tint) £46, or
                Fresh Eyes (lash lift &amp; tint and brow lamination) £80.</p>
            </div>
          </div>
          <h2>How to buy</h2>
          <ul>
            <li><strong>Online:</strong> an e-voucher is emailed straight away, to you or directly to the lucky person,
              with your message. Perfect for last-minute presents or friends who live further away.</li>
            <li><strong>In the salon:</strong> a printed gift card in a Foxglove envelope with a ribbon.</li>
            <li><strong>By phone:</strong> pay by card and we'll post the gift card first class, free, anywhere in
              the UK.</li>
          </ul>
          <h2 id="terms">Voucher terms</h2>
          <ul>
            <li>Vouchers are valid for <strong>12 months from the date of purchase</strong>, shown on the voucher.
              We're sorry, but we can't accept or extend vouchers once they have expired.</li>
            <li>You don't have to spend it all at once: any balance stays on the voucher until it expires.</li>
            <li>Vouchers can't be exchanged for cash or used to buy other vouchers.</li>
            <li>Lost it? We can reissue a voucher if you have the voucher code or the buyer's name and date of
              purchase.</li>
            <li>The voucher holder will need a patch test for any tint or colour service.</li>
          </ul>""",
    "\n".join(
        [
            _review_widget(
                "Bought my mum a Fresh Eyes voucher for her 60th and she's been going back ever since.",
                "Kate D.",
            ),
            _BOOK_WIDGET,
        ]
    ),
)

_BOOKING = _hero(
    "Good to know",
    "Booking &amp; cancellations",
    "We're a small team and a missed appointment is time we can't sell to someone else. Here's how booking, "
    "deposits and changes work, in plain English.",
) + _plain(
    """        <h2 id="book-online">How to book</h2>
        <p>Book online 24 hours a day through our booking system, call us on 0113 266 4170 during opening hours, or
          pop into the salon. We're sorry, but we can't take bookings through Instagram or Facebook messages, as
          they're not checked every day.</p>
        <h2 id="deposits">Deposits</h2>
        <ul>
          <li><strong>New clients</strong> pay a £20 deposit when booking any appointment.</li>
          <li>Any appointment of <strong>£120 or more</strong> (for example balayage, keratin smoothing or colour
            correction) needs a 25% deposit, whether you're new or a regular.</li>
          <li>Your deposit comes off your bill on the day.</li>
        </ul>
        <h2 id="changes">Changing or cancelling</h2>
        <p>Life happens, we get it. You can move or cancel your appointment for free with at least <strong>48 hours'
          notice</strong>, and any deposit moves across to your new appointment. If you cancel or move with
          <strong>less than 48 hours' notice</strong>, your deposit is kept. If you didn't pay a deposit, a late
          change within 24 hours is charged at 50% of the service price.</p>
        <p>If you don't turn up at all, we charge the full price of the booked service and ask for full payment in
          advance for any future appointments.</p>
        <h2 id="running-late">Running late?</h2>
        <p>Please call us as soon as you know. We can usually work with up to <strong>15 minutes</strong> late
          without changing anything. Any later and we may need to shorten your service (for example a cut without
          the full blow-dry) so the next client isn't kept waiting, or move you to another day. If we have to
          rebook, it's treated as a late change.</p>
        <h2 id="payment">Paying</h2>
        <p>We accept Visa, Mastercard, American Express, Apple Pay, Google Pay and cash. We don't take cheques. For
          bills over £100 you can split the cost into three interest-free payments with Klarna at the desk (not
          available for deposits or vouchers).</p>
        <h2>Illness</h2>
        <p>If you're poorly on the day, please don't come in. Call us before your appointment and we'll always try
          to be fair; a doctor's note isn't needed.</p>"""
)

_TEAM = (
    _hero(
        "The Salon",
        "Meet the team",
        "Seven people, one very busy kettle. Here's who you'll meet when you come through the door.",
    )
    + """    <div class="mx-auto max-w-7xl px-4 sm:px-6 lg:px-8">
      <ul role="list" class="grid grid-cols-1 gap-8 sm:grid-cols-2 lg:grid-cols-3">
        <li class="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200">
          <img class="aspect-square w-full rounded-xl object-cover" src="/assets/img/team/hannah.jpg" alt="">
          <h2 class="mt-4 text-lg font-semibold text-stone-900">Hannah Whitaker</h2>
          <p class="text-sm font-medium text-rose-700">Owner &amp; Director</p>
          <p class="mt-3 text-sm leading-6 text-stone-600">Hannah opened Foxglove in 2012 after eleven years in city
            centre salons. She's a colour educator, loves a tricky colour correction and is the person to book for
            balayage. Works Tuesday to Friday.</p>
        </li>
        <li class="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200">
          <img class="aspect-square w-full rounded-xl object-cover" src="/assets/img/team/priya.jpg" alt="">
          <h2 class="mt-4 text-lg font-semibold text-stone-900">Priya Sharma</h2>
          <p class="text-sm font-medium text-rose-700">Senior Stylist</p>
          <p class="mt-3 text-sm leading-6 text-stone-600">Precision bobs, big restyles and beautiful hair up. Priya
            leads our bridal team and also speaks Punjabi and Hindi. Works Wednesday to Saturday.</p>
        </li>
        <li class="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200">
          <img class="aspect-square w-full rounded-xl object-cover" src="/assets/img/team/tom.jpg" alt="">
          <h2 class="mt-4 text-lg font-semibold text-stone-900">Tom Baker</h2>
          <p class="text-sm font-medium text-rose-700">Stylist</p>
          <p class="mt-3 text-sm leading-6 text-stone-600">Barber-trained Tom is our go-to for men's cuts, sharp skin
            fades and short pixie cuts. He works the late shifts on Wednesday and Thursday and every Saturday.</p>
        </li>
        <li class="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200">
          <img class="aspect-square w-full rounded-xl object-cover" src="/assets/img/team/aga.jpg" alt="">
          <h2 class="mt-4 text-lg font-semibold text-stone-900">Agnieszka (Aga) Nowak</h2>
          <p class="text-sm font-medium text-rose-700">Senior Beauty Therapist</p>
          <p class="mt-3 text-sm leading-6 text-stone-600">Aga looks after lashes, brows and waxing upstairs. Born in
            Kraków, she's fluent in Polish and happy to do your whole consultation in Polish if that's easier.
            Works Tuesday to Saturday.</p>
        </li>
        <li class="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200">
          <img class="aspect-square w-full rounded-xl object-cover" src="/assets/img/team/megan.jpg" alt="">
          <h2 class="mt-4 text-lg font-semibold text-stone-900">Megan Ellis</h2>
          <p class="text-sm font-medium text-rose-700">Nail Technician</p>
          <p class="mt-3 text-sm leading-6 text-stone-600">Megan is our BIAB queen and a dab hand at fine-line nail
            art. Works Thursday to Sunday.</p>
        </li>
        <li class="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200">
          <img class="aspect-square w-full rounded-xl object-cover" src="/assets/img/team/chloe.jpg" alt="">
          <h2 class="mt-4 text-lg font-semibold text-stone-900">Chloe Dunn</h2>
          <p class="text-sm font-medium text-rose-700">Apprentice Stylist</p>
          <p class="mt-3 text-sm leading-6 text-stone-600">Chloe is in the second year of her apprenticeship. She
            needs models for cuts and blow-dries on Wednesday evenings, at just £10, supervised by Hannah.</p>
        </li>
        <li class="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200">
          <img class="aspect-square w-full rounded-xl object-cover" src="/assets/img/team/lily.jpg" alt="">
          <h2 class="mt-4 text-lg font-semibold text-stone-900">Lily Carter</h2>
          <p class="text-sm font-medium text-rose-700">Salon Coordinator</p>
          <p class="mt-3 text-sm leading-6 text-stone-600">Lily runs the diary, answers the phone and makes a
            legendary oat latte. If in doubt, ask Lily.</p>
        </li>
      </ul>
    </div>
"""
)

_FIND = _hero(
    "The Salon",
    "Find us",
    "We're on the Street Lane shopping parade in Roundhay, between Petal &amp; Stem florist and the Little Loaf "
    "bakery, about ten minutes' walk from Roundhay Park.",
) + _with_sidebar(
    """          <h2>Address</h2>
          <p>Foxglove Hair &amp; Beauty, 214 Street Lane, Roundhay, Leeds LS8 2AD.</p>
          <h2 id="parking">Parking</h2>
          <p>There are free on-street bays right outside on Street Lane, limited to <strong>one hour</strong> with no
            return within the hour, which is fine for a quick trim or a wax. For longer appointments, use the pay
            and display car park behind the parade (entrance on Ashwood Grove): it's <strong>£1.50 for up to three
            hours</strong> or £2.50 all day, and you can pay by card or the parking app. Please don't park on
            Ashwood Grove itself, as it's residents' permit only.</p>
          <h2>By bus</h2>
          <p>The number 2 and 3 buses from Leeds city centre stop at "Street Lane shops", two minutes' walk from our
            door. The journey takes about 25 minutes.</p>
          <h2 id="access">Accessibility</h2>
          <p>The hair salon is on the ground floor, and there's a <strong>step-free entrance with a ramp</strong> via
            the side door (ring the bell and we'll come and open it). The door and the space between the chairs are
            wide enough for wheelchairs, and one of our basins tilts so you can have your hair washed without
            leaving your own chair. Our toilet is on the ground floor but isn't fully adapted.</p>
          <p>The beauty rooms (lashes, brows, waxing) are upstairs, up 14 stairs with no lift. If stairs are
            difficult, tell us when you book and we can do nails and brows in our ground-floor treatment corner.</p>
          <h2 id="hours">Opening hours</h2>
          <div class="not-prose overflow-x-auto rounded-xl ring-1 ring-stone-200">
            <table class="min-w-full bg-white text-sm"><tbody class="divide-y divide-stone-100">
              <tr><td class="px-4 py-2">Monday</td><td class="px-4 py-2">Closed</td></tr>
              <tr><td class="px-4 py-2">Tuesday</td><td class="px-4 py-2">9am &ndash; 6pm</td></tr>
              <tr><td class="px-4 py-2">Wednesday</td><td class="px-4 py-2">9am &ndash; 8pm</td></tr>
              <tr><td class="px-4 py-2">Thursday</td><td class="px-4 py-2">9am &ndash; 8pm</td></tr>
              <tr><td class="px-4 py-2">Friday</td><td class="px-4 py-2">9am &ndash; 6pm</td></tr>
              <tr><td class="px-4 py-2">Saturday</td><td class="px-4 py-2">8.30am &ndash; 4pm</td></tr>
              <tr><td class="px-4 py-2">Sunday</td><td class="px-4 py-2">10am &ndash; 3pm (nails &amp; beauty
                only)</td></tr>
            </tbody></table>
          </div>
          <p class="mt-4">We close on bank holidays. At Christmas we're open until 4pm on Christmas Eve, closed from
            Christmas Day to 1 January and back from 2 January. Through December we also open on Mondays, 9am to
            6pm.</p>""",
    """          <div class="overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-stone-200">
            <img src="/assets/img/map-street-lane.png" alt="Map showing Foxglove on Street Lane, Roundhay"
              class="aspect-square w-full object-cover">
            <div class="p-4 text-sm">
              <p class="font-semibold text-rose-700">Sat nav: LS8 2AD</p>
            </div>
          </div>
"""
    + _BOOK_WIDGET,
)

_FAQS = [
    (
        "Do you do hair extensions?",
        "Not at the moment. We don't fit tape-in, micro-ring, weft or clip-in extensions, and we can't colour or "
        "cut extensions fitted elsewhere. If you want more fullness, ask about a restyle with face-framing layers.",
    ),
    (
        "Do you offer a student discount?",
        "Yes: 10% off hair services from Tuesday to Thursday with a valid student card (TOTUM or your university "
        "ID). It can't be used with other offers.",
    ),
    (
        "Can I bring my children with me to my appointment?",
        "We love kids, but please don't bring little ones along to your own appointment, especially long colour "
        "appointments: the salon has hot tools and chemicals around, and our chairs are booked back to back.",
    ),
    (
        "Can I bring my dog?",
        "Assistance dogs are always welcome. Sadly we can't allow other dogs, as a couple of our team have allergies.",
    ),
    (
        "Do you sell hair products?",
        "Yes, we stock professional shampoos, conditioners, styling products and bond-building treatments, "
        "including sulphate-free and curl-friendly ranges. We're always happy to recommend what suits your hair, "
        "with no hard sell.",
    ),
    (
        "Is there Wi-Fi, and can I get a drink?",
        "Yes to both. Ask for the Wi-Fi password at reception. Tea, coffee, hot chocolate and soft drinks are free, "
        "and on Friday and Saturday afternoons there's a glass of fizz for over-18s.",
    ),
    (
        "Are your products vegan?",
        "Most of our colour range and our nail gels are vegan and cruelty-free. If this matters to you, mention it "
        "when you book and we'll make sure everything we use on you is.",
    ),
]

_FAQ = _hero(
    "Good to know",
    "Frequently asked questions",
    "The questions we hear most at the front desk. Can't see yours? Give us a ring.",
) + _plain(
    """        <div class="not-prose divide-y divide-stone-200 rounded-2xl bg-white ring-1 ring-stone-200">
"""
    + "\n".join(
        f"""          <details class="group px-6 py-4 [&_summary::-webkit-details-marker]:hidden">
            <summary class="flex cursor-pointer items-center justify-between gap-4 text-base font-semibold
              text-stone-900">{q}<span class="text-rose-700 transition group-open:rotate-45"
              aria-hidden="true">+</span></summary>
            <div class="mt-3 text-sm leading-6 text-stone-600"><p>{a}</p></div>
          </details>"""
        for q, a in _FAQS
    )
    + """
        </div>"""
)

_AFTERCARE = _hero(
    "Good to know",
    "Aftercare &amp; our promise",
    "A little care in the first few days makes a big difference to how long your colour, lashes and nails last.",
) + _with_sidebar(
    """          <h2>Hair colour</h2>
          <ul>
            <li>Wait at least 48 hours before your first wash so the colour can settle.</li>
            <li>Use a colour-safe, sulphate-free shampoo and rinse with cool water.</li>
            <li>Always use a heat protector before straighteners or tongs.</li>
            <li>Blondes: a purple shampoo once a week keeps brassiness away. Don't overdo it or you'll go lilac.</li>
            <li>Swimming? Wet your hair with tap water and add conditioner before you get in the pool.</li>
          </ul>
          <h2 id="lashes-brows">Lash lifts, tints &amp; lamination</h2>
          <ul>
            <li>Keep lashes and brows completely dry for the first <strong>24 hours</strong>: no washing your face,
              swimming, saunas, steam rooms or hot yoga, and skip the gym or anything that makes you sweat.</li>
            <li>No mascara or brow products for 24 hours, and try not to sleep face-down the first night.</li>
            <li>Lash extensions: brush them daily with a clean spoolie and use an oil-free cleanser.</li>
          </ul>
          <h2>Nails</h2>
          <p>Wear gloves for cleaning and washing up, and use cuticle oil every day. If a gel or BIAB nail chips or
            lifts within <strong>five days</strong>, come back and we'll fix it free.</p>
          <h2>Waxing</h2>
          <p>For 24 to 48 hours avoid hot baths, sunbeds, swimming pools, the gym and tight clothing over the
            area. From day three, exfoliate twice a week to help prevent ingrown hairs.</p>
          <h2 id="reaction">If you have a reaction</h2>
          <p>If your scalp, skin or eyes become itchy, red, swollen or start to burn after a colour, tint or lash
            treatment, rinse the area well with cool water, don't apply any more products, and take an
            antihistamine if it's safe for you. Then call us so we can make a note and advise you. If swelling
            spreads to your face, lips, eyes or throat, or you have any difficulty breathing, call
            <strong>999</strong> straight away. For anything else that worries you outside our opening hours,
            call NHS 111.</p>
          <h2 id="our-promise">Our promise</h2>
          <p>If you're not happy with your hair or treatment, tell us within <strong>seven days</strong> and we'll
            put it right free of charge, with the same person or someone else in the team if you'd prefer. We don't
            give refunds on services, but unopened products can be returned within 14 days.</p>""",
    "\n".join([_BOOK_WIDGET, _LATE_WIDGET]),
)

HTML = {
    "/": _page(
        "Hair & Beauty Salon in Roundhay, Leeds",
        "Independent hair and beauty salon on Street Lane, Roundhay. Cuts, colour, balayage, lashes, brows, nails.",
        None,
        _HOME,
    ),
    "/hair/cuts-and-styling/": _page(
        "Cuts & Styling",
        "Haircut and blow-dry prices, curly cuts, men's cuts and free fringe trims in Roundhay, Leeds.",
        "Cuts &amp; Styling",
        _CUTS,
    ),
    "/hair/colour/": _page(
        "Colour & Balayage",
        "Hair colour, foils, balayage, grey blending and colour correction prices at Foxglove, Leeds.",
        "Colour &amp; Balayage",
        _COLOUR,
    ),
    "/hair/keratin-smoothing/": _page(
        "Keratin Smoothing",
        "Formaldehyde-free keratin smoothing treatments in Leeds. Prices, how long it lasts, who it suits.",
        "Keratin Smoothing",
        _KERATIN,
    ),
    "/hair/kids-cuts/": _page(
        "Kids' Cuts",
        "Children's haircuts, first haircut packages and our after-school Kids' Club in Roundhay.",
        "Kids' Cuts",
        _KIDS,
    ),
    "/bridal/": _page(
        "Bridal Hair",
        "Wedding hair trials and bridal party styling in the salon or at your Yorkshire venue.",
        "Bridal Hair",
        _BRIDAL,
    ),
    "/beauty/lashes-and-brows/": _page(
        "Lashes & Brows",
        "Lash lifts, lash extensions, brow lamination and tints in Roundhay, Leeds.",
        "Lashes &amp; Brows",
        _LASHES,
    ),
    "/beauty/nails/": _page(
        "Nails",
        "Gel polish, BIAB, manicures and spa pedicures at our acrylic-free nail bar in Leeds.",
        "Nails",
        _NAILS,
    ),
    "/beauty/waxing/": _page(
        "Waxing",
        "Hot and strip waxing for women and men in Roundhay. Prices and how to prepare.",
        "Waxing",
        _WAXING,
    ),
    "/patch-tests/": _page(
        "Patch Tests",
        "Who needs a skin allergy test before colour, tints and lash treatments, and how to get one.",
        "Patch Tests",
        _PATCH,
    ),
    "/loyalty-club/": _page(
        "Foxglove Rewards",
        "Earn points on every visit, get a birthday treat and credit for referring friends.",
        "Foxglove Rewards",
        _LOYALTY,
    ),
    "/gift-vouchers/": _page(
        "Gift Vouchers",
        "Buy Foxglove gift vouchers online, in the salon or by phone.",
        "Gift Vouchers",
        _VOUCHERS,
    ),
    "/booking-policy/": _page(
        "Booking & Cancellation Policy",
        "How to book, deposits, changing or cancelling your appointment, lateness and payment options.",
        "Booking &amp; Cancellations",
        _BOOKING,
    ),
    "/team/": _page(
        "Meet the Team",
        "Meet the stylists, therapists and nail technician at Foxglove Hair & Beauty.",
        "Meet the Team",
        _TEAM,
    ),
    "/find-us/": _page(
        "Find Us",
        "Address, parking, buses, accessibility and opening hours for Foxglove on Street Lane, Roundhay.",
        "Find Us",
        _FIND,
    ),
    "/faq/": _page(
        "FAQs",
        "Answers to common questions about Foxglove Hair & Beauty.",
        "FAQs",
        _FAQ,
    ),
    "/aftercare/": _page(
        "Aftercare & Our Promise",
        "Aftercare advice for colour, lashes, nails and waxing, what to do about a reaction, and our promise.",
        "Aftercare &amp; Our Promise",
        _AFTERCARE,
    ),
}

QUESTIONS = [
    (
        "I've got really curly hair and the last place blow-dried it straight before cutting it, total disaster. "
        "Do you do curly cuts differently? Do I need to come in with it washed?",
        "/hair/cuts-and-styling/",
    ),
    (
        "can i just pop in for a fringe trim between cuts or do i have to pay for a full appointment",
        "/hair/cuts-and-styling/",
    ),
    ("How long am I going to be sat in the chair for a balayage? Need to sort childcare", "/hair/colour/"),
    (
        "I box dyed my hair black during lockdown and now I really want to go blonde. Can you do that in one go?",
        "/hair/colour/",
    ),
    (
        "I'm 4 months pregnant and my hair has gone so frizzy, can I still have that smoothing treatment?",
        "/hair/keratin-smoothing/",
    ),
    (
        "We're getting married next June at a barn venue just outside Harrogate. Would someone come out to do hair "
        "for me and my four bridesmaids on the morning?",
        "/bridal/",
    ),
    ("how much is a practice run for my wedding hair", "/bridal/"),
    (
        "Had lash extensions done at another place about a fortnight ago and they're half gone already, can you just "
        "fill them in for me?",
        "/beauty/lashes-and-brows/",
    ),
    ("Do you do acrylics", "/beauty/nails/"),
    (
        "How much would it be just to get gel polish taken off? It was done somewhere else and I'm not having new "
        "ones put on",
        "/beauty/nails/",
    ),
    (
        "I've always shaved my legs but want to try waxing. How long do I have to let the hair grow before I come in?",
        "/beauty/waxing/",
    ),
    ("does my husband get his back waxed at yours or is it women only", "/beauty/waxing/"),
    (
        "Do I really have to come in two days before for a skin test? I've had my hair coloured for years at my old "
        "hairdressers and never had a problem",
        "/patch-tests/",
    ),
    (
        "got one of those henna tattoos on holiday in turkey last summer, does that matter if i want my roots doing",
        "/patch-tests/",
    ),
    (
        "My daughter's nearly 2 and it's her very first haircut, she's a bit frightened of the hairdryer. Is there "
        "anything special you do for first haircuts?",
        "/hair/kids-cuts/",
    ),
    ("If I get my sister to start coming to you is there anything in it for me?", "/loyalty-club/"),
    (
        "Found a voucher for you in a drawer that my mum got me for Christmas nearly two years ago, can I still use it",
        "/gift-vouchers/",
    ),
    ("I need to move my appointment tomorrow afternoon to next week, will I lose my deposit?", "/booking-policy/"),
    (
        "Running about 20 mins late, stuck in traffic on the ring road. will you still be able to see me??",
        "/booking-policy/",
    ),
    (
        "My mum's Polish and her English isn't great, is there anyone there who could talk to her about her eyebrows?",
        "/team/",
    ),
    ("Is there anywhere to park near you? I'll be there about three hours", "/find-us/"),
    ("My nan's in a wheelchair, would she be able to get in for a wash and blow dry?", "/find-us/"),
    ("do u do hair extensions? my hair's really fine and i want a bit more length for my holiday", "/faq/"),
    (
        "Had my lashes lifted this morning, is it ok to go to my spin class tonight or will it ruin them?",
        "/aftercare/",
    ),
    (
        "My scalp's gone itchy and a bit puffy round my hairline since I had my colour done yesterday, "
        "what should I do?",
        "/aftercare/",
    ),
]

OUT_OF_SCOPE = [
    "Do you do microblading or semi-permanent eyebrows?",
    "Can I book a spray tan for the day before my holiday?",
    "Are you looking for any stylists at the moment? I'm fully qualified and after a new chair",
    "Do you do ear piercing? My daughter wants her ears done for her birthday",
    "Do you do facials or massages?",
    "My mum's starting chemo next month, do you fit wigs?",
    "Can you recommend a good wedding photographer in Leeds?",
    "What's the weather meant to be like in Leeds this weekend?",
]
