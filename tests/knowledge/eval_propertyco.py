"""An evaluation site: Granta Lane Estate Agents, an independent estate and letting agent in Cambridge (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a server-rendered
Next.js/React site styled with Tailwind utility classes: a root div id="__next", deeply nested utility-class
divs, a header with a "hidden md:flex" mega-menu and a mobile menu div, FAQs as <details>/<summary>, no <main>.
"""

import json

NAME = "Granta Lane Estate Agents"

_NAV = [
    (
        "Selling",
        [
            ("/selling/valuation/", "Valuations", "Online estimate or a valuer at your door"),
            ("/selling/fees/", "Selling fees", "Our packages and agency terms"),
            ("/selling/marketing/", "Marketing &amp; viewings", "Photography, floorplans and viewings"),
            ("/selling/offers-to-completion/", "Offers to completion", "Negotiation, chains and moving day"),
            ("/new-homes-and-land/", "New homes &amp; land", "Developments, plots and land"),
            ("/auctions/", "Auctions", "Buying and selling under the hammer"),
        ],
    ),
    (
        "Buying",
        [
            ("/buying/register/", "Register as a buyer", "Alerts, viewings and making an offer"),
            ("/buying/mortgages-and-conveyancing/", "Mortgages &amp; conveyancing", "Our partner firms"),
        ],
    ),
    (
        "Landlords",
        [
            ("/landlords/fees/", "Lettings fees", "Let only, rent collection or fully managed"),
            ("/landlords/property-management/", "Property management", "Repairs, inspections and compliance"),
        ],
    ),
    (
        "Tenants",
        [
            ("/tenants/fees-and-deposits/", "Tenant fees &amp; deposits", "What you pay and when"),
            ("/student-lets/", "Student lets", "House shares for the next academic year"),
        ],
    ),
    (
        "About",
        [
            ("/about-us/team/", "Meet the team", "The people behind Granta Lane"),
            ("/anti-money-laundering/", "ID &amp; AML checks", "Why we have to check who you are"),
            ("/complaints/", "Complaints", "How to raise a concern"),
            ("/faq/", "FAQs", "Answers to common questions"),
            ("/contact/", "Contact us", "Find the office on Hills Road"),
        ],
    ),
]

_CHEVRON = (
    '<svg class="h-5 w-5 flex-none text-slate-400" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">'
    '<path fill-rule="evenodd" d="M5.23 7.21a.75.75 0 011.06.02L10 11.17l3.71-3.94a.75.75 0 111.08 1.04l-4.25 '
    '4.5a.75.75 0 01-1.08 0l-4.25-4.5a.75.75 0 01.02-1.06z" clip-rule="evenodd"></path></svg>'
)


def _desktop_nav():
    groups = []
    for label, items in _NAV:
        links = "".join(
            f"""
                    <div class="group/item relative flex gap-x-6 rounded-lg p-4 hover:bg-slate-50">
                      <div class="flex-auto">
                        <a href="{href}" class="block font-semibold text-slate-900">{text}<span
                          class="absolute inset-0"></span></a>
                        <p class="mt-1 text-slate-600">{blurb}</p>
                      </div>
                    </div>"""
            for href, text, blurb in items
        )
        groups.append(
            f"""
              <div class="group relative">
                <button type="button" class="inline-flex items-center gap-x-1 text-sm font-semibold leading-6
                  text-slate-900" aria-expanded="false"><span>{label}</span>{_CHEVRON}</button>
                <div class="invisible absolute left-1/2 z-10 mt-5 flex w-screen max-w-max -translate-x-1/2 px-4
                  opacity-0 transition group-hover:visible group-hover:opacity-100">
                  <div class="w-screen max-w-md flex-auto overflow-hidden rounded-3xl bg-white text-sm leading-6
                    shadow-lg ring-1 ring-slate-900/5">
                    <div class="p-4">{links}
                    </div>
                  </div>
                </div>
              </div>"""
        )
    return "".join(groups)


def _mobile_nav():
    sections = []
    for label, items in _NAV:
        links = "".join(
            f'\n              <a href="{href}" class="-mx-3 block rounded-lg px-3 py-2 text-base font-semibold'
            f' leading-7 text-slate-900 hover:bg-slate-50">{text}</a>'
            for href, text, _ in items
        )
        sections.append(
            f"""
            <div class="space-y-2 py-6">
              <p class="text-xs font-semibold uppercase tracking-wider text-slate-500">{label}</p>{links}
            </div>"""
        )
    return "".join(sections)


def _footer_links():
    cols = []
    for label, items in _NAV:
        links = "".join(
            f'\n                <li><a href="{href}" class="text-sm leading-6 text-slate-300 hover:text-white">'
            f"{text}</a></li>"
            for href, text, _ in items
        )
        cols.append(
            f"""
            <div>
              <h3 class="text-sm font-semibold leading-6 text-white">{label}</h3>
              <ul role="list" class="mt-4 space-y-2">{links}
              </ul>
            </div>"""
        )
    return "".join(cols)


_REVIEWS = """
  <div class="bg-slate-50 py-16 sm:py-20">
    <div class="mx-auto max-w-7xl px-4 sm:px-6 lg:px-8">
      <div class="mx-auto max-w-2xl text-center">
        <h2 class="text-base font-semibold leading-7 text-emerald-700">Reviews</h2>
        <p class="mt-2 text-3xl font-bold tracking-tight text-slate-900">What our clients say</p>
        <p class="mt-2 text-sm text-slate-500">Rated 4.9 out of 5 from 580+ Google reviews</p>
      </div>
      <div class="mx-auto mt-12 grid max-w-2xl grid-cols-1 gap-8 lg:mx-0 lg:max-w-none lg:grid-cols-3">
        <div class="flex flex-col justify-between rounded-2xl bg-white p-8 shadow-sm ring-1 ring-slate-900/5">
          <div class="flex gap-x-1 text-amber-400" aria-label="5 stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
          <blockquote class="mt-4 text-slate-700"><p>&quot;Honest about the price from day one, and they kept
            the whole chain together when it wobbled. Couldn&#x27;t have asked for more.&quot;</p></blockquote>
          <div class="mt-6 text-sm font-semibold text-slate-900">Rachel D., sold in Romsey</div>
        </div>
        <div class="flex flex-col justify-between rounded-2xl bg-white p-8 shadow-sm ring-1 ring-slate-900/5">
          <div class="flex gap-x-1 text-amber-400" aria-label="5 stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
          <blockquote class="mt-4 text-slate-700"><p>&quot;We&#x27;ve had our two flats managed by Granta Lane
            for six years. Straightforward, quick to reply, and the statements are always right.&quot;</p>
          </blockquote>
          <div class="mt-6 text-sm font-semibold text-slate-900">Mr &amp; Mrs K., landlords in Chesterton</div>
        </div>
        <div class="flex flex-col justify-between rounded-2xl bg-white p-8 shadow-sm ring-1 ring-slate-900/5">
          <div class="flex gap-x-1 text-amber-400" aria-label="5 stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
          <blockquote class="mt-4 text-slate-700"><p>&quot;First-time buyers and totally clueless. The team
            explained every step and were lovely on the phone every single time.&quot;</p></blockquote>
          <div class="mt-6 text-sm font-semibold text-slate-900">Tom &amp; Aisha, bought in Cherry Hinton</div>
        </div>
      </div>
    </div>
  </div>"""

_CTA_BAND = """
  <div class="bg-emerald-800">
    <div class="mx-auto max-w-7xl px-4 py-12 sm:px-6 lg:flex lg:items-center lg:justify-between lg:px-8">
      <h2 class="text-2xl font-bold tracking-tight text-white sm:text-3xl">Thinking of moving?<br/>
        <span class="text-emerald-200">Start with a free, no-obligation valuation.</span></h2>
      <div class="mt-8 flex items-center gap-x-6 lg:mt-0 lg:flex-shrink-0">
        <a href="/selling/valuation/#book" class="rounded-md bg-white px-4 py-2.5 text-sm font-semibold
          text-emerald-800 shadow-sm hover:bg-emerald-50">Book a valuation</a>
        <a href="/contact/" class="text-sm font-semibold leading-6 text-white">Contact us <span
          aria-hidden="true">&rarr;</span></a>
      </div>
    </div>
  </div>"""

_ANALYTICS = """<script async src="/_next/static/chunks/gtag.js"></script>
    <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}
      gtag('js',new Date());gtag('config','G-GL7Q2M4K9X');</script>"""


def _page(path, title, description, body, *, reviews=False, cta=True):
    """Wrap a page body in the shared Next.js document, header, cookie banner and footer."""
    body = body.replace("'", "&#x27;")
    full_title = f"{title} | Granta Lane Estate Agents" if path != "/" else title
    next_data = json.dumps(
        {
            "props": {"pageProps": {"slug": path.strip("/") or "home"}, "__N_SSG": True},
            "page": "/[[...slug]]",
            "query": {},
            "buildId": "k3Tq9vR2wLx8",
            "isFallback": False,
            "gsp": True,
            "scriptLoader": [],
        },
        separators=(",", ":"),
    )
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <title>{full_title}</title>
    <meta name="description" content="{description}"/>
    <meta property="og:title" content="{full_title}"/>
    <meta property="og:description" content="{description}"/>
    <meta property="og:type" content="website"/>
    <meta property="og:url" content="https://www.grantalane.co.uk{path}"/>
    <meta name="twitter:card" content="summary_large_image"/>
    <link rel="canonical" href="https://www.grantalane.co.uk{path}"/>
    <link rel="icon" href="/favicon.ico"/>
    <meta name="next-head-count" content="13"/>
    <link rel="preload" href="/_next/static/css/8f1c2a9d4e7b3f60.css" as="style"/>
    <link rel="stylesheet" href="/_next/static/css/8f1c2a9d4e7b3f60.css" data-n-g=""/>
    <noscript data-n-css=""></noscript>
    <script defer nomodule src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
    <script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer></script>
    <script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer></script>
    <script src="/_next/static/chunks/main-0ecb9ccfcb6c9b24.js" defer></script>
    <script src="/_next/static/chunks/pages/_app-3f2d8e1a7c5b4d90.js" defer></script>
    {_ANALYTICS}
  </head>
  <body class="font-sans antialiased">
  <div id="__next">
  <div class="flex min-h-screen flex-col bg-white text-slate-900">
  <div class="hidden bg-slate-900 text-xs text-slate-300 sm:block">
    <div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-2 sm:px-6 lg:px-8">
      <div class="flex gap-x-6"><span>Sales <a href="tel:+441223760418" class="text-white">01223 760418</a></span>
        <span>Lettings <a href="tel:+441223760419" class="text-white">01223 760419</a></span></div>
      <div class="flex gap-x-4"><a href="mailto:hello@grantalane.co.uk" class="hover:text-white">
        hello@grantalane.co.uk</a><span>Propertymark Protected</span></div>
    </div>
  </div>
  <header class="sticky top-0 z-40 border-b border-slate-200 bg-white/95 backdrop-blur">
    <div class="mx-auto max-w-7xl px-4 sm:px-6 lg:px-8">
      <div class="flex h-20 items-center justify-between">
        <div class="flex lg:flex-1">
          <a href="/" class="-m-1.5 flex items-center gap-x-2 p-1.5">
            <img src="/_next/static/media/granta-lane-logo.9c1e7b.svg" alt="Granta Lane Estate Agents"
              class="h-10 w-auto" width="160" height="40"/>
            <span class="sr-only">Granta Lane Estate Agents, Cambridge</span>
          </a>
        </div>
        <div class="flex md:hidden">
          <button type="button" class="-m-2.5 inline-flex items-center justify-center rounded-md p-2.5
            text-slate-700" aria-controls="mobile-menu" aria-expanded="false"><span class="sr-only">Open main
            menu</span><svg class="h-6 w-6" fill="none" viewBox="0 0 24 24" stroke-width="1.5"
            stroke="currentColor" aria-hidden="true"><path stroke-linecap="round" stroke-linejoin="round"
            d="M3.75 6.75h16.5M3.75 12h16.5m-16.5 5.25h16.5"></path></svg></button>
        </div>
        <nav class="hidden md:flex md:items-center md:gap-x-8" aria-label="Main navigation">{_desktop_nav()}
        </nav>
        <div class="hidden md:flex md:flex-1 md:justify-end">
          <a href="/selling/valuation/#book" class="rounded-md bg-emerald-700 px-3.5 py-2.5 text-sm
            font-semibold text-white shadow-sm hover:bg-emerald-600">Book a valuation</a>
        </div>
      </div>
    </div>
    <div class="hidden md:hidden" id="mobile-menu" role="dialog" aria-modal="true">
      <div class="fixed inset-y-0 right-0 z-50 w-full overflow-y-auto bg-white px-6 py-6 sm:max-w-sm">
        <div class="flex items-center justify-between">
          <a href="/" class="-m-1.5 p-1.5"><span class="sr-only">Granta Lane</span><img class="h-8 w-auto"
            src="/_next/static/media/granta-lane-logo.9c1e7b.svg" alt=""/></a>
          <button type="button" class="-m-2.5 rounded-md p-2.5 text-slate-700"><span
            class="sr-only">Close menu</span>&times;</button>
        </div>
        <div class="mt-6 flow-root">
          <div class="-my-6 divide-y divide-slate-500/10">{_mobile_nav()}
            <div class="py-6"><a href="/selling/valuation/#book" class="-mx-3 block rounded-lg px-3 py-2.5
              text-base font-semibold leading-7 text-emerald-700">Book a valuation</a></div>
          </div>
        </div>
      </div>
    </div>
  </header>
  <div class="flex-1">
{body}
  </div>
  {_REVIEWS if reviews else ""}
  {_CTA_BAND if cta else ""}
  <footer class="bg-slate-900" aria-labelledby="footer-heading">
    <h2 id="footer-heading" class="sr-only">Footer</h2>
    <div class="mx-auto max-w-7xl px-4 pb-8 pt-16 sm:px-6 lg:px-8 lg:pt-24">
      <div class="xl:grid xl:grid-cols-3 xl:gap-8">
        <div class="space-y-6">
          <img class="h-9" src="/_next/static/media/granta-lane-logo-white.4d2a1f.svg"
            alt="Granta Lane Estate Agents"/>
          <div class="text-sm leading-6 text-slate-300">
            <p>58 Hills Road, Cambridge CB2 1LA</p>
            <p>Sales <a href="tel:+441223760418" class="hover:text-white">01223 760418</a>
              &middot; Lettings <a href="tel:+441223760419" class="hover:text-white">01223 760419</a></p>
            <p><a href="mailto:hello@grantalane.co.uk" class="hover:text-white">hello@grantalane.co.uk</a></p>
            <p class="mt-3">Mon&ndash;Fri 8.30am&ndash;6pm &middot; Sat 9am&ndash;4pm &middot; Sun closed</p>
          </div>
          <div class="flex space-x-6">
            <a href="https://www.facebook.com/grantalanecambridge" class="text-slate-400 hover:text-slate-300">
              <span class="sr-only">Facebook</span>Facebook</a>
            <a href="https://www.instagram.com/grantalane" class="text-slate-400 hover:text-slate-300">
              <span class="sr-only">Instagram</span>Instagram</a>
            <a href="https://www.linkedin.com/company/granta-lane" class="text-slate-400 hover:text-slate-300">
              <span class="sr-only">LinkedIn</span>LinkedIn</a>
            <a href="https://www.youtube.com/@grantalane" class="text-slate-400 hover:text-slate-300">
              <span class="sr-only">YouTube</span>YouTube</a>
          </div>
        </div>
        <div class="mt-16 grid grid-cols-2 gap-8 sm:grid-cols-3 xl:col-span-2 xl:mt-0">{_footer_links()}
        </div>
      </div>
      <div class="mt-12 flex flex-wrap items-center gap-6 border-t border-white/10 pt-8 text-xs text-slate-400">
        <img src="/_next/static/media/propertymark.svg" alt="Propertymark Protected" class="h-8"/>
        <img src="/_next/static/media/tpo.svg" alt="The Property Ombudsman" class="h-8"/>
        <img src="/_next/static/media/cmp.svg" alt="Client Money Protection" class="h-8"/>
        <img src="/_next/static/media/dps.svg" alt="Deposit Protection Service" class="h-8"/>
      </div>
      <div class="mt-8 border-t border-white/10 pt-8 md:flex md:items-center md:justify-between">
        <p class="text-xs leading-5 text-slate-400">&copy; 2025 Granta Lane Ltd. Registered in England &amp;
          Wales no. 05781234. Registered office: 58 Hills Road, Cambridge CB2 1LA. VAT no. GB 884 1937 26.</p>
        <p class="mt-4 text-xs leading-5 text-slate-500 md:mt-0">Website by Northstack Digital</p>
      </div>
    </div>
  </footer>
  <div class="fixed inset-x-0 bottom-0 z-50 px-6 pb-6" role="dialog" aria-label="Cookie consent"
    id="cookie-banner">
    <div class="pointer-events-auto ml-auto max-w-xl rounded-xl bg-white p-6 shadow-lg ring-1 ring-slate-900/10">
      <p class="text-sm leading-6 text-slate-900">We use cookies to make our website work and, with your
        consent, to understand how it is used and to show you relevant property adverts. Read our
        <a href="#" class="font-semibold text-emerald-700">cookie policy</a>.</p>
      <div class="mt-4 flex items-center gap-x-5">
        <button type="button" class="rounded-md bg-slate-900 px-3 py-2 text-sm font-semibold text-white
          shadow-sm hover:bg-slate-700">Accept all</button>
        <button type="button" class="text-sm font-semibold leading-6 text-slate-900">Reject
          non-essential</button>
      </div>
    </div>
  </div>
  </div>
  </div>
  <script id="__NEXT_DATA__" type="application/json">{next_data}</script>
  </body></html>"""


def _article(heading, kicker, content, aside=""):
    """The standard inner page: breadcrumb, title band, prose column and optional sidebar."""
    aside_html = (
        f"""
          <aside class="lg:col-span-1">
            <div class="sticky top-28 space-y-6">{aside}
            </div>
          </aside>"""
        if aside
        else ""
    )
    span = "lg:col-span-2" if aside else "lg:col-span-3"
    return f"""
    <div class="bg-gradient-to-b from-emerald-50 to-white">
      <div class="mx-auto max-w-7xl px-4 pb-10 pt-12 sm:px-6 lg:px-8">
        <nav class="flex text-sm text-slate-500" aria-label="Breadcrumb">
          <ol role="list" class="flex items-center space-x-2">
            <li><a href="/" class="hover:text-slate-700">Home</a></li>
            <li><span aria-hidden="true">/</span></li>
            <li><span class="text-slate-700" aria-current="page">{heading}</span></li>
          </ol>
        </nav>
        <div class="mt-6 max-w-3xl">
          <p class="text-sm font-semibold uppercase tracking-wide text-emerald-700">{kicker}</p>
          <h1 class="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{heading}</h1>
        </div>
      </div>
    </div>
    <div class="mx-auto max-w-7xl px-4 pb-20 sm:px-6 lg:px-8">
      <div class="grid grid-cols-1 gap-12 lg:grid-cols-3">
        <div class="{span}">
          <div class="prose prose-slate max-w-none prose-headings:font-semibold prose-a:text-emerald-700">
{content}
          </div>
        </div>{aside_html}
      </div>
    </div>"""


_ASIDE_SELL = """
              <div class="rounded-2xl bg-emerald-700 p-6 text-white">
                <h3 class="text-lg font-semibold">Ready to sell?</h3>
                <p class="mt-2 text-sm text-emerald-100">Tell us about your home and a valuer will be in touch
                  to arrange a visit.</p>
                <a href="/selling/valuation/#book" class="mt-4 inline-block rounded-md bg-white px-3 py-2 text-sm
                  font-semibold text-emerald-800">Book a valuation</a>
              </div>
              <div class="rounded-2xl border border-slate-200 p-6">
                <h3 class="text-sm font-semibold text-slate-900">Selling guides</h3>
                <ul role="list" class="mt-3 space-y-2 text-sm">
                  <li><a href="/selling/fees/" class="text-emerald-700 hover:underline">Fees and terms</a></li>
                  <li><a href="/selling/marketing/" class="text-emerald-700 hover:underline">How we market
                    homes</a></li>
                  <li><a href="/selling/offers-to-completion/" class="text-emerald-700 hover:underline">From
                    offer to completion</a></li>
                  <li><a href="/anti-money-laundering/" class="text-emerald-700 hover:underline">ID checks</a></li>
                </ul>
              </div>"""

_ASIDE_LET = """
              <div class="rounded-2xl bg-slate-900 p-6 text-white">
                <h3 class="text-lg font-semibold">Letting your property?</h3>
                <p class="mt-2 text-sm text-slate-300">Our lettings team can tell you what rent to expect and
                  which service suits you.</p>
                <a href="tel:+441223760419" class="mt-4 inline-block rounded-md bg-emerald-500 px-3 py-2 text-sm
                  font-semibold text-white">Call 01223 760419</a>
              </div>
              <div class="rounded-2xl border border-slate-200 p-6">
                <h3 class="text-sm font-semibold text-slate-900">For landlords</h3>
                <ul role="list" class="mt-3 space-y-2 text-sm">
                  <li><a href="/landlords/fees/" class="text-emerald-700 hover:underline">Lettings fees</a></li>
                  <li><a href="/landlords/property-management/" class="text-emerald-700 hover:underline">Property
                    management</a></li>
                  <li><a href="/student-lets/" class="text-emerald-700 hover:underline">Student lets</a></li>
                </ul>
              </div>"""

_ASIDE_BUY = """
              <div class="rounded-2xl border border-emerald-200 bg-emerald-50 p-6">
                <h3 class="text-lg font-semibold text-slate-900">Looking for a home?</h3>
                <p class="mt-2 text-sm text-slate-600">Register your search and we&#x27;ll send you homes that
                  match.</p>
                <a href="/buying/register/" class="mt-4 inline-block rounded-md bg-emerald-700 px-3 py-2 text-sm
                  font-semibold text-white">Register now</a>
              </div>"""


def _faq(question, answer):
    return f"""
            <details class="group border-b border-slate-200 py-4">
              <summary class="flex cursor-pointer list-none items-center justify-between text-base font-medium
                text-slate-900">{question}<span class="ml-6 flex-none transition group-open:rotate-180"
                >{_CHEVRON}</span></summary>
              <div class="mt-3 text-slate-600">{answer}
              </div>
            </details>"""


# ---------------------------------------------------------------------------------------------------------
# Home
# ---------------------------------------------------------------------------------------------------------

_HOME = """
    <div class="relative isolate overflow-hidden bg-slate-900">
      <img src="/_next/image?url=%2Fimages%2Fhero-mill-road.jpg&amp;w=1920&amp;q=75" alt="Terraced houses
        off Mill Road, Cambridge" class="absolute inset-0 -z-10 h-full w-full object-cover opacity-40"/>
      <div class="mx-auto max-w-7xl px-4 py-24 sm:px-6 sm:py-32 lg:px-8">
        <div class="max-w-2xl">
          <h1 class="text-4xl font-bold tracking-tight text-white sm:text-6xl">Cambridge homes, sold and let
            with care since 2006</h1>
          <p class="mt-6 text-lg leading-8 text-slate-200">An independent estate and letting agent on Hills
            Road. We sell, let and manage homes across Cambridge and the surrounding villages, from one-bed
            flats by the station to family houses in Great Shelford.</p>
          <div class="mt-10 flex flex-wrap items-center gap-4">
            <a href="/selling/valuation/#book" class="rounded-md bg-emerald-500 px-4 py-3 text-sm font-semibold
              text-white shadow-sm hover:bg-emerald-400">Book a free valuation</a>
            <a href="/selling/valuation/#instant" class="rounded-md bg-white/10 px-4 py-3 text-sm font-semibold
              text-white ring-1 ring-inset ring-white/30 hover:bg-white/20">Get an instant estimate</a>
            <a href="/buying/register/" class="text-sm font-semibold leading-6 text-white">Register as a
              buyer <span aria-hidden="true">&rarr;</span></a>
          </div>
        </div>
      </div>
    </div>
    <div class="bg-white py-12">
      <div class="mx-auto max-w-7xl px-4 sm:px-6 lg:px-8">
        <dl class="grid grid-cols-2 gap-8 text-center lg:grid-cols-4">
          <div class="flex flex-col"><dt class="text-sm text-slate-500">Homes sold in 2024</dt>
            <dd class="order-first text-3xl font-bold text-slate-900">347</dd></div>
          <div class="flex flex-col"><dt class="text-sm text-slate-500">Average days to agree a sale</dt>
            <dd class="order-first text-3xl font-bold text-slate-900">31</dd></div>
          <div class="flex flex-col"><dt class="text-sm text-slate-500">Homes under management</dt>
            <dd class="order-first text-3xl font-bold text-slate-900">620</dd></div>
          <div class="flex flex-col"><dt class="text-sm text-slate-500">Google rating</dt>
            <dd class="order-first text-3xl font-bold text-slate-900">4.9&#9733;</dd></div>
        </dl>
      </div>
    </div>
    <div class="mx-auto max-w-7xl px-4 py-16 sm:px-6 lg:px-8">
      <div class="mx-auto max-w-2xl lg:text-center">
        <h2 class="text-base font-semibold leading-7 text-emerald-700">What we do</h2>
        <p class="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">One local team for
          selling, buying, letting and managing</p>
        <p class="mt-6 text-lg leading-8 text-slate-600">We&#x27;re a team of sixteen working out of one
          office, so the person who values your home is the person you can ring when you have a question.</p>
      </div>
      <div class="mx-auto mt-12 grid max-w-2xl grid-cols-1 gap-8 lg:max-w-none lg:grid-cols-4">
        <div class="rounded-2xl border border-slate-200 p-6">
          <h3 class="text-lg font-semibold text-slate-900">Selling</h3>
          <p class="mt-2 text-sm leading-6 text-slate-600">Professional photography, floorplans and viewings
            handled for you, then a dedicated progressor to see your sale through to moving day.</p>
          <a href="/selling/fees/" class="mt-4 inline-block text-sm font-semibold text-emerald-700">See our
            fees &rarr;</a>
        </div>
        <div class="rounded-2xl border border-slate-200 p-6">
          <h3 class="text-lg font-semibold text-slate-900">Buying</h3>
          <p class="mt-2 text-sm leading-6 text-slate-600">Register your search, book viewings online and get
            help with your mortgage and conveyancing through firms we trust.</p>
          <a href="/buying/register/" class="mt-4 inline-block text-sm font-semibold text-emerald-700">Start
            your search &rarr;</a>
        </div>
        <div class="rounded-2xl border border-slate-200 p-6">
          <h3 class="text-lg font-semibold text-slate-900">Letting &amp; management</h3>
          <p class="mt-2 text-sm leading-6 text-slate-600">From finding a tenant to looking after repairs and
            compliance, for single flats, family houses and student shares.</p>
          <a href="/landlords/fees/" class="mt-4 inline-block text-sm font-semibold text-emerald-700">Landlord
            services &rarr;</a>
        </div>
        <div class="rounded-2xl border border-slate-200 p-6">
          <h3 class="text-lg font-semibold text-slate-900">New homes &amp; land</h3>
          <p class="mt-2 text-sm leading-6 text-slate-600">Marketing small developments for local builders
            and helping owners sell building plots and land.</p>
          <a href="/new-homes-and-land/" class="mt-4 inline-block text-sm font-semibold
            text-emerald-700">Find out more &rarr;</a>
        </div>
      </div>
    </div>
    <div class="mx-auto max-w-7xl px-4 pb-16 sm:px-6 lg:px-8">
      <div class="overflow-hidden rounded-3xl bg-amber-50 ring-1 ring-amber-200">
        <div class="px-6 py-10 sm:px-10 lg:flex lg:items-center lg:gap-x-10">
          <div class="lg:flex-auto">
            <h2 class="text-2xl font-bold tracking-tight text-slate-900">Refer a friend, get &pound;250</h2>
            <p class="mt-4 text-base leading-7 text-slate-700">Know someone thinking of selling or letting?
              Recommend a friend, neighbour or family member to us and, if they go on to sell or let their
              home through Granta Lane, we&#x27;ll send you a &pound;<!-- -->250<!-- --> John Lewis gift card.
              The card is sent once their sale completes or their tenant moves in. There&#x27;s no limit on
              how many people you can refer; just ask them to mention your name when they book their
              valuation so we can match you up. Not available to our own staff or their households.</p>
          </div>
          <div class="mt-8 lg:mt-0 lg:flex-none">
            <a href="/contact/" class="rounded-md bg-slate-900 px-4 py-3 text-sm font-semibold text-white">Tell us
              who to call</a>
          </div>
        </div>
      </div>
    </div>
    <div class="mx-auto max-w-7xl px-4 pb-16 sm:px-6 lg:px-8">
      <h2 class="text-2xl font-bold tracking-tight text-slate-900">Latest from the office</h2>
      <div class="mt-8 grid grid-cols-1 gap-8 md:grid-cols-3">
        <div class="rounded-2xl border border-slate-200 p-6"><p class="text-xs text-slate-500">June 2025</p>
          <h3 class="mt-2 font-semibold text-slate-900">Cambridge spring market round-up</h3>
          <p class="mt-2 text-sm text-slate-600">Prices for terraced homes in CB1 held steady while demand for
            village family houses picked up again after Easter.</p></div>
        <div class="rounded-2xl border border-slate-200 p-6"><p class="text-xs text-slate-500">May 2025</p>
          <h3 class="mt-2 font-semibold text-slate-900">Five small jobs that help a house sell</h3>
          <p class="mt-2 text-sm text-slate-600">Fresh paint in the hallway, a tidy front garden and clear
            worktops make more difference in photographs than you might think.</p></div>
        <div class="rounded-2xl border border-slate-200 p-6"><p class="text-xs text-slate-500">April 2025</p>
          <h3 class="mt-2 font-semibold text-slate-900">We&#x27;ve been shortlisted again</h3>
          <p class="mt-2 text-sm text-slate-600">Granta Lane is a finalist for Best Independent Agent in the
            East of England for the third year running.</p></div>
      </div>
    </div>"""

# ---------------------------------------------------------------------------------------------------------
# Selling
# ---------------------------------------------------------------------------------------------------------

_VALUATION = """
            <p class="lead text-lg text-slate-600">There are two ways to find out what your home is worth with
              us: a quick online estimate you can get right now, or a visit from one of our valuers. Both are
              free.</p>
            <div id="instant" class="not-prose mt-10 rounded-2xl border border-slate-200 p-6 sm:p-8">
              <h2 class="text-2xl font-semibold text-slate-900">Instant online valuation</h2>
              <p class="mt-4 text-base leading-7 text-slate-600">Enter your postcode, the type of property,
                the number of bedrooms and a few details about condition, and our online tool gives you an
                estimated price range in about two minutes. We email a copy to you as well. The estimate is
                worked out from HM Land Registry sold prices and current asking prices for similar homes
                within half a mile.</p>
              <p class="mt-4 text-base leading-7 text-slate-600">Because it can&#x27;t see inside, the tool
                doesn&#x27;t know about your new kitchen, the size of your garden or the view. For ordinary
                houses and flats it is usually within 5&ndash;10% of what we would suggest in person, but it
                is <strong>not reliable</strong> for listed buildings, thatched cottages, homes with an annexe
                or more than half an acre of land, houseboats, or houses that have been substantially
                extended. For those, please book a visit.</p>
              <p class="mt-4 text-base leading-7 text-slate-600">An online estimate is a guide only. It is not
                a formal valuation and cannot be used for a mortgage, probate, divorce or tax purposes.</p>
              <a href="#" class="mt-6 inline-flex rounded-md bg-emerald-700 px-4 py-2.5 text-sm font-semibold
                text-white">Start my instant valuation</a>
            </div>
            <div id="book" class="not-prose mt-10 rounded-2xl bg-slate-50 p-6 sm:p-8">
              <h2 class="text-2xl font-semibold text-slate-900">In-person valuation</h2>
              <p class="mt-4 text-base leading-7 text-slate-600">A free, no-obligation visit from one of our
                valuers. We look at every room, the garden and parking, talk through recent sales nearby, and
                ask about your plans and timing. A visit usually takes 45 minutes to an hour. Within 48 hours
                we email you a written valuation report with our recommended asking price, a marketing plan
                and a fee quote.</p>
              <p class="mt-4 text-base leading-7 text-slate-600">Valuations can be booked Monday to Friday
                from 9am, with the last appointment starting at 7pm so you can be seen after work, and on
                Saturdays between 9am and 3pm. If you can&#x27;t decide between selling and letting, ask for
                a rental valuation at the same visit and our lettings team will join us. If you live away
                from Cambridge, we can value by video call with a relative or tenant showing us round.</p>
            </div>
            <h2>Online or in person: which is right for me?</h2>
            <div class="not-prose overflow-x-auto">
              <table class="min-w-full divide-y divide-slate-300 text-sm">
                <thead><tr><th class="py-3 pr-3 text-left font-semibold"></th>
                  <th class="px-3 py-3 text-left font-semibold">Instant online</th>
                  <th class="px-3 py-3 text-left font-semibold">In-person visit</th></tr></thead>
                <tbody class="divide-y divide-slate-200">
                  <tr><td class="py-3 pr-3 font-medium">Cost</td><td class="px-3">Free</td>
                    <td class="px-3">Free, no obligation</td></tr>
                  <tr><td class="py-3 pr-3 font-medium">How long</td><td class="px-3">About 2 minutes</td>
                    <td class="px-3">45&ndash;60 minute visit, report within 48 hours</td></tr>
                  <tr><td class="py-3 pr-3 font-medium">Takes account of condition</td><td class="px-3">Only
                    roughly</td><td class="px-3">Yes</td></tr>
                  <tr><td class="py-3 pr-3 font-medium">Best for</td><td class="px-3">Early curiosity</td>
                    <td class="px-3">When you are ready to sell or let</td></tr>
                </tbody>
              </table>
            </div>
            <h2>What to have ready for the visit</h2>
            <ul>
              <li>Your Energy Performance Certificate, if you have one</li>
              <li>Details of any work done, with building regulations sign-off or FENSA certificates</li>
              <li>Boiler service records and any guarantees (damp proofing, roof, windows)</li>
              <li>For leasehold flats: years left on the lease, the service charge and the ground rent</li>
            </ul>"""

_FEES = """
            <p class="lead text-lg text-slate-600">No sale, no fee. You only pay us when your sale completes,
              and in most cases your solicitor pays our invoice out of the sale proceeds, so nothing comes out
              of your pocket beforehand.</p>
            <h2>Our selling packages</h2>
            <p>All three packages are on a no sale, no fee basis. Fees are a percentage of the final agreed
              sale price.</p>
            <div class="not-prose overflow-x-auto rounded-xl ring-1 ring-slate-200">
              <table class="min-w-full divide-y divide-slate-300 text-sm">
                <thead class="bg-slate-50"><tr>
                  <th class="px-4 py-3 text-left font-semibold">Package</th>
                  <th class="px-4 py-3 text-left font-semibold">Fee</th>
                  <th class="px-4 py-3 text-left font-semibold">What&#x27;s included</th></tr></thead>
                <tbody class="divide-y divide-slate-200">
                  <tr><td class="px-4 py-3 font-medium">Essentials</td>
                    <td class="px-4 py-3">0.9% + VAT<br/><span class="text-slate-500">(1.08% inc VAT)</span></td>
                    <td class="px-4 py-3">Photography, floorplan, listing on the property portals, sales
                      progression. You show buyers round yourself.</td></tr>
                  <tr class="bg-emerald-50"><td class="px-4 py-3 font-medium">Complete
                    <span class="ml-1 rounded bg-emerald-700 px-1.5 py-0.5 text-xs text-white">Most
                    popular</span></td>
                    <td class="px-4 py-3">1.2% + VAT<br/><span class="text-slate-500">(1.44% inc VAT)</span></td>
                    <td class="px-4 py-3">Everything in Essentials plus accompanied viewings and a premium
                      portal listing.</td></tr>
                  <tr><td class="px-4 py-3 font-medium">Premier</td>
                    <td class="px-4 py-3">1.5% + VAT<br/><span class="text-slate-500">(1.8% inc VAT)</span></td>
                    <td class="px-4 py-3">Everything in Complete plus video tour, drone and twilight
                      photography and a printed brochure.</td></tr>
                </tbody>
              </table>
            </div>
            <p>There is a minimum fee of &pound;2,500 + VAT (&pound;3,000 inc VAT) on every package. If you
              would rather instruct more than one agent (multi-agency), add 0.6% + VAT to the package fee.</p>
            <p><strong>Example:</strong> a three-bedroom house in Cherry Hinton sold for &pound;450,000 on our
              Complete package costs &pound;5,400 + VAT, which is &pound;6,480 including VAT, payable on
              completion.</p>
            <h2>Agency terms in plain English</h2>
            <ul>
              <li><strong>Minimum term:</strong> our agreement is sole agency for an initial 12 weeks. After
                that it continues until either of us ends it with 14 days&#x27; notice in writing.</li>
              <li><strong>No withdrawal fee:</strong> if you decide not to sell, there is nothing to pay.</li>
              <li><strong>After you leave us:</strong> our fee is still due if, within six months of the
                agreement ending, you exchange contracts with a buyer we introduced to the property.</li>
              <li><strong>Cooling-off:</strong> if you sign at home, you have 14 days to cancel. We won&#x27;t
                start marketing in that time unless you ask us to in writing.</li>
            </ul>
            <h2>Anything to pay up front?</h2>
            <p>Only an Energy Performance Certificate if you don&#x27;t already have a valid one. We can
              arrange one through an accredited assessor for &pound;90 including VAT. The ID check described
              on our <a href="/anti-money-laundering/">anti-money laundering page</a> also applies.</p>"""

_MARKETING = """
            <p class="lead text-lg text-slate-600">Buyers decide in seconds whether to click on a home, so we
              put real effort into how yours looks online and into how viewings are run.</p>
            <h2>Photography and floorplans</h2>
            <p>Every home is photographed by Sam, our in-house photographer, within five working days of you
              signing with us. Before the shoot we send a short checklist on getting rooms ready. Each listing
              also gets a floorplan, measured on site, showing room sizes and the total floor area in square
              feet and square metres. On our Premier package we add a video walk-through, twilight photos and
              drone aerial shots (flown by a CAA-registered pilot, weather permitting).</p>
            <p>If your home is still on the market after eight weeks we will re-shoot the garden and exterior
              free of charge when the season changes.</p>
            <h2>Where your home appears</h2>
            <p>Rightmove, Zoopla, OnTheMarket, our own website, Instagram and Facebook, and an email to
              matching buyers on our register. We write the description ourselves and you approve it before
              anything goes live. Trading Standards rules mean every listing must show material information
              such as the council tax band, tenure, broadband speed and any known flood risk, so we will ask
              you for these details.</p>
            <h2>For Sale boards</h2>
            <p>A board is included, but it is completely optional. If you would rather not have one, for
              privacy or any other reason, just tell us and we won&#x27;t put one up. We only change it to
              &quot;Sold&quot; with your permission.</p>
            <h2>Viewings</h2>
            <p>On the Complete and Premier packages a member of our team accompanies every viewing. We meet
              the buyers at the door, show them round, answer questions about the area and lock up after
              them, so you don&#x27;t need to be home. Your keys are kept in our key safe with a coded tag (no
              address attached) and signed in and out each time.</p>
            <p>Viewings run Monday to Friday from 9am until the last slot at 7pm, and Saturdays 9am to 4pm.
              For popular homes we sometimes hold a Saturday open house so that everyone sees it on the same
              day.</p>
            <p>On the Essentials package you show buyers round yourself; we still book and confirm each
              appointment and collect feedback for you.</p>
            <h2>Feedback and reporting</h2>
            <p>You get written feedback from each viewing by email within 24 hours, and every Monday a short
              report showing how many people have looked at your listing online.</p>"""

_OFFERS = """
            <p class="lead text-lg text-slate-600">An offer is the start of the hard work, not the end. Here is
              how we handle offers on your home and how we get your sale over the line.</p>
            <h2>Receiving offers</h2>
            <p>By law we must pass every offer on to you promptly and confirm it in writing, right up until
              contracts are exchanged, unless you tell us in writing not to pass on offers below a certain
              figure. We aim to confirm every offer in writing within 24 hours.</p>
            <p>Before we recommend an offer we check the buyer&#x27;s position: proof of their deposit, a
              mortgage agreement in principle, and whether they have a home to sell and how far along it is.
              A lower offer from a chain-free buyer can be worth more than a higher one from someone who
              hasn&#x27;t found a buyer for their own home.</p>
            <h2>How we negotiate</h2>
            <p>We negotiate on your behalf and always in your interest. Offers are confidential: we will tell a
              buyer that there is other interest, but we will never reveal the amount of one buyer&#x27;s
              offer to another buyer. That protects you as much as them.</p>
            <p>If several buyers are interested we may ask for &quot;best and final&quot; offers by a set
              deadline, in writing, with each buyer&#x27;s position. You are not obliged to accept the highest
              offer.</p>
            <h2>After you accept</h2>
            <p>Your home is marked Sold Subject to Contract, and within 24 hours we send a memorandum of sale
              to both solicitors and the buyer&#x27;s mortgage broker. You decide whether we carry on with
              viewings until exchange.</p>
            <h2>Sale progression and chains</h2>
            <p>Once a sale is agreed, Priya, our sales progressor, takes over. She chases searches, the
              mortgage valuation and offer, surveys and solicitors&#x27; enquiries, and rings you with an update
              every Wednesday. We map the whole chain, above and below you, and talk to every agent and
              solicitor in it, so a slow link is spotted early rather than on the week you hoped to move.</p>
            <p>As a guide, in Cambridge it takes <strong>14 to 18 weeks</strong> from accepting an offer to
              completion when there is a chain, and around 8 to 10 weeks with a chain-free cash buyer.</p>
            <h2>Exchange and completion</h2>
            <p>At exchange the contract becomes legally binding, the buyer pays a deposit (usually 10%) and a
              completion date is fixed, normally one to four weeks later. On completion day the money is
              transferred between solicitors and we release the keys once your solicitor confirms the funds
              have arrived, usually between midday and 2pm. Please drop all keys at our office by 10am.</p>"""

_NEW_HOMES = """
            <p class="lead text-lg text-slate-600">We work with small and medium-sized housebuilders across
              Cambridgeshire, and with owners of land and large gardens who want to know what their plot could
              be worth.</p>
            <h2>Current developments</h2>
            <div class="not-prose grid grid-cols-1 gap-6 sm:grid-cols-2">
              <div class="rounded-2xl border border-slate-200 p-6">
                <h3 class="font-semibold text-slate-900">Orchard Rise, Histon</h3>
                <p class="mt-2 text-sm text-slate-600">14 three- and four-bedroom houses, from &pound;475,000.
                  Show home open Thursday to Sunday, 10am to 4pm.</p>
              </div>
              <div class="rounded-2xl border border-slate-200 p-6">
                <h3 class="font-semibold text-slate-900">Coprolite Yard, Cherry Hinton</h3>
                <p class="mt-2 text-sm text-slate-600">9 one- and two-bedroom apartments, from &pound;289,950.
                  First completions expected spring 2026.</p>
              </div>
            </div>
            <h2>Buying a new-build home</h2>
            <p>To take a new home off the market you pay a reservation fee to the developer, usually
              &pound;1,000 for an apartment and &pound;2,000 for a house. It is deducted from the price when you
              complete. You then normally have 28 days to exchange contracts. Whether the fee is refunded if
              you pull out depends on the developer, and some keep part of it to cover legal costs, so check
              the reservation form carefully. Every home we sell on our developments comes with a 10-year NHBC
              or LABC warranty, and we recommend a professional snagging inspection before completion.</p>
            <h2>Selling land or a building plot</h2>
            <p>Many Cambridge village gardens are big enough for a new detached house, and small builders are
              actively looking for them. A plot with room for one house can be worth anywhere from
              &pound;150,000 to &pound;300,000 depending on the village, access and services. Richard, our land
              and new homes director, will visit free of charge to look at:</p>
            <ul>
              <li>whether planning permission is realistic, and whether to sell with or without it</li>
              <li>access for construction and for the finished house</li>
              <li>overage, which gives you a share of any extra value if planning is granted later</li>
              <li>option agreements, where a developer pays you now for the right to buy later</li>
            </ul>
            <p>Land sales are charged at 1.5% + VAT of the sale price, or a bespoke fee for larger sites.</p>
            <h2>For developers</h2>
            <p>We advise from pre-planning onwards on the mix of homes, specification and pricing that local
              buyers are actually looking for, and can launch sites with off-plan reservations.</p>"""

_AUCTIONS = """
            <p class="lead text-lg text-slate-600">We run online property auctions every four weeks in
              partnership with Eastern Counties Property Auctions. Auctions suit renovation projects, probate
              properties, homes of non-standard construction and flats with short leases, or anyone who values
              speed and certainty.</p>
            <h2>Selling at auction</h2>
            <p>There is no entry fee. If your property sells, the commission is 1.5% + VAT of the sale price,
              with a minimum of &pound;2,000 + VAT. We agree a confidential reserve price with you, below which
              the property won&#x27;t be sold, and your solicitor prepares a legal pack before the auction
              opens.</p>
            <h2>Buying at auction</h2>
            <p>Our lots are sold in one of two ways, and the listing always tells you which.</p>
            <div class="not-prose overflow-x-auto rounded-xl ring-1 ring-slate-200">
              <table class="min-w-full divide-y divide-slate-300 text-sm">
                <thead class="bg-slate-50"><tr><th class="px-4 py-3 text-left font-semibold"></th>
                  <th class="px-4 py-3 text-left font-semibold">Unconditional (traditional)</th>
                  <th class="px-4 py-3 text-left font-semibold">Conditional (modern method)</th></tr></thead>
                <tbody class="divide-y divide-slate-200">
                  <tr><td class="px-4 py-3 font-medium">When it becomes binding</td>
                    <td class="px-4 py-3">Contracts exchange the moment bidding ends</td>
                    <td class="px-4 py-3">Exchange within 28 days of the auction</td></tr>
                  <tr><td class="px-4 py-3 font-medium">Paid straight away</td>
                    <td class="px-4 py-3">10% deposit (minimum &pound;5,000)</td>
                    <td class="px-4 py-3">Reservation fee of 4.2% + VAT of the price, minimum &pound;6,000 inc
                      VAT, non-refundable</td></tr>
                  <tr><td class="px-4 py-3 font-medium">Time to complete</td>
                    <td class="px-4 py-3">28 days</td><td class="px-4 py-3">56 days</td></tr>
                  <tr><td class="px-4 py-3 font-medium">Buyer&#x27;s fee on top of the price</td>
                    <td class="px-4 py-3">&pound;1,500 + VAT (&pound;1,800) administration fee</td>
                    <td class="px-4 py-3">The reservation fee above</td></tr>
                </tbody>
              </table>
            </div>
            <p>The legal pack for every lot can be downloaded free once you register. Read it, ideally with a
              solicitor, before you bid: the special conditions may add costs such as reimbursing the
              seller&#x27;s searches. To bid you complete an ID check and we place a &pound;5,000 hold on your
              card, released within five working days if you don&#x27;t win. If you are buying with a mortgage,
              make sure your lender can work to the auction timescale.</p>
            <h2>Viewing auction lots</h2>
            <p>Auction properties are shown at block viewings, usually on two set mornings during the
              auction period. Dates are on each listing.</p>"""

# ---------------------------------------------------------------------------------------------------------
# Buying
# ---------------------------------------------------------------------------------------------------------

_REGISTER = """
            <p class="lead text-lg text-slate-600">Registering takes five minutes online or over the phone, and
              it means you hear about the right homes first.</p>
            <h2>Registering with us</h2>
            <p>Tell us your budget, the areas you like, how many bedrooms you need and anything you can&#x27;t
              live without (a garden, parking, walking distance to the station). We also ask about your
              position: first-time buyer, cash buyer, or with a home to sell, and if so whether it is on the
              market or under offer.</p>
            <div class="not-prose my-8 rounded-2xl bg-emerald-50 p-6 ring-1 ring-emerald-200">
              <h3 class="text-lg font-semibold text-slate-900">Early Bird alerts</h3>
              <p class="mt-2 text-base leading-7 text-slate-700">Registered buyers are sent new listings that
                match their search by email and text message up to 48 hours before they are advertised on
                Rightmove, Zoopla or OnTheMarket. Many of our homes are under offer before they ever reach
                the portals.</p>
            </div>
            <h2>Booking viewings</h2>
            <p>Book online from any listing or call the sales team. We confirm every viewing by text and a
              member of our team will usually meet you at the property.</p>
            <h2>Before we put your offer forward</h2>
            <p>Sellers want to know that a buyer can proceed, so before we pass your offer on with our
              recommendation we need to see proof of funds:</p>
            <ul>
              <li><strong>Buying with a mortgage:</strong> a mortgage agreement in principle dated within the
                last 90 days, and a recent bank or savings statement showing your deposit.</li>
              <li><strong>Gifted deposit:</strong> a signed letter from the person giving the money confirming
                it is a gift and not a loan, plus a statement showing they hold the funds.</li>
              <li><strong>Cash buyers:</strong> a statement showing the full purchase amount is available.</li>
              <li><strong>Home to sell:</strong> we will confirm with your agent how far your sale has got.</li>
            </ul>
            <p>You can black out account numbers. We never pass your documents to the seller; we simply
              confirm that we have seen them. Offers can be made by phone, email or in person, and we confirm
              them in writing to you and to the seller.</p>"""

_MORTGAGES = """
            <p class="lead text-lg text-slate-600">You are free to use any mortgage broker, solicitor or
              surveyor you like. If you would like a recommendation, these are the firms we work with, and
              below we set out exactly what we are paid for referring you.</p>
            <h2>Mortgage advice</h2>
            <p>Our partner is Fenbridge Mortgage Solutions, an independent, whole-of-market broker. Their
              adviser, Daniel Price, works from our office every Tuesday and Thursday and can also meet by
              video. The first consultation is free. Fenbridge charge a broker fee of &pound;499, payable only
              when you receive a mortgage offer.</p>
            <p class="text-sm italic">Your home may be repossessed if you do not keep up repayments on your
              mortgage.</p>
            <h2>Conveyancing panel</h2>
            <p>We recommend three firms, each offering fixed-fee quotes:</p>
            <ul>
              <li><strong>Hobson Reed Solicitors</strong>, Cambridge &ndash; face-to-face service</li>
              <li><strong>Mayfield &amp; Co</strong>, Ely &ndash; good for probate and leasehold sales</li>
              <li><strong>Kingsway Conveyancing</strong> &ndash; online, with a case-tracking app</li>
            </ul>
            <p>Typical panel fees are from &pound;995 + VAT for a sale and from &pound;1,150 + VAT for a
              purchase, plus disbursements such as searches (around &pound;350). Sales quotes include
              no-completion, no-legal-fee protection.</p>
            <h2>Surveys</h2>
            <p>Chapman Surveyors carry out RICS Level 2 HomeBuyer surveys from &pound;525 and Level 3 Building
              Surveys from &pound;850.</p>
            <h2>Referral fees we receive</h2>
            <p>Under Propertymark and Ombudsman rules we must tell you about any payment we receive for
              referring you. These amounts are paid by the firms, not added to your bill.</p>
            <div class="not-prose overflow-x-auto rounded-xl ring-1 ring-slate-200">
              <table class="min-w-full divide-y divide-slate-300 text-sm">
                <thead class="bg-slate-50"><tr><th class="px-4 py-3 text-left font-semibold">Firm</th>
                  <th class="px-4 py-3 text-left font-semibold">What we receive</th></tr></thead>
                <tbody class="divide-y divide-slate-200">
                  <tr><td class="px-4 py-3">Fenbridge Mortgage Solutions</td>
                    <td class="px-4 py-3">&pound;250 per completed mortgage</td></tr>
                  <tr><td class="px-4 py-3">Hobson Reed Solicitors</td>
                    <td class="px-4 py-3">&pound;175 + VAT per completed transaction</td></tr>
                  <tr><td class="px-4 py-3">Mayfield &amp; Co</td>
                    <td class="px-4 py-3">&pound;175 + VAT per completed transaction</td></tr>
                  <tr><td class="px-4 py-3">Kingsway Conveyancing</td>
                    <td class="px-4 py-3">&pound;150 + VAT per completed transaction</td></tr>
                  <tr><td class="px-4 py-3">Chapman Surveyors</td>
                    <td class="px-4 py-3">&pound;50 per survey</td></tr>
                </tbody>
              </table>
            </div>
            <p>Choosing not to use our partners makes no difference to how we treat your offer or your
              sale.</p>"""

# ---------------------------------------------------------------------------------------------------------
# Lettings
# ---------------------------------------------------------------------------------------------------------

_LANDLORD_FEES = """
            <p class="lead text-lg text-slate-600">Three levels of service, with every fee shown including VAT.
              No hidden extras, and no long contracts for our managed service.</p>
            <div class="not-prose overflow-x-auto rounded-xl ring-1 ring-slate-200">
              <table class="min-w-full divide-y divide-slate-300 text-sm">
                <thead class="bg-slate-50"><tr>
                  <th class="px-4 py-3 text-left font-semibold">Service</th>
                  <th class="px-4 py-3 text-left font-semibold">Fee</th>
                  <th class="px-4 py-3 text-left font-semibold">What we do</th></tr></thead>
                <tbody class="divide-y divide-slate-200">
                  <tr><td class="px-4 py-3 font-medium">Let only</td>
                    <td class="px-4 py-3">8% + VAT (9.6% inc VAT) of the rent for the fixed term, minimum
                      &pound;720 inc VAT, taken from the first rent</td>
                    <td class="px-4 py-3">Marketing, viewings, referencing, tenancy agreement, move-in</td></tr>
                  <tr><td class="px-4 py-3 font-medium">Rent collection</td>
                    <td class="px-4 py-3">10% + VAT (12% inc VAT) of the monthly rent</td>
                    <td class="px-4 py-3">Let only, plus collecting rent and chasing arrears</td></tr>
                  <tr class="bg-emerald-50"><td class="px-4 py-3 font-medium">Fully managed</td>
                    <td class="px-4 py-3">14% + VAT (16.8% inc VAT) of the monthly rent</td>
                    <td class="px-4 py-3">Everything, including repairs, inspections, compliance and
                      check-out</td></tr>
                </tbody>
              </table>
            </div>
            <p><strong>Example:</strong> a house let at &pound;1,600 a month on our fully managed service costs
              &pound;224 + VAT, which is &pound;268.80 a month.</p>
            <p>A tenancy set-up fee of &pound;300 + VAT (&pound;360) applies to every new tenancy on all three
              services. It covers referencing, Right to Rent checks, the tenancy agreement and registering the
              deposit with the Deposit Protection Service.</p>
            <h2>Additional services</h2>
            <div class="not-prose overflow-x-auto rounded-xl ring-1 ring-slate-200">
              <table class="min-w-full divide-y divide-slate-300 text-sm">
                <tbody class="divide-y divide-slate-200">
                  <tr><td class="px-4 py-3">Inventory, unfurnished 1&ndash;2 bed / 3&ndash;4 bed</td>
                    <td class="px-4 py-3">&pound;132 / &pound;192 inc VAT</td></tr>
                  <tr><td class="px-4 py-3">Furnished property supplement</td>
                    <td class="px-4 py-3">&pound;48 inc VAT</td></tr>
                  <tr><td class="px-4 py-3">Arranging a gas safety certificate or EICR</td>
                    <td class="px-4 py-3">&pound;84 inc VAT plus the contractor&#x27;s charge</td></tr>
                  <tr><td class="px-4 py-3">Tenancy renewal (let only and rent collection)</td>
                    <td class="px-4 py-3">&pound;144 inc VAT; free on fully managed</td></tr>
                  <tr><td class="px-4 py-3">Preparing and serving a notice</td>
                    <td class="px-4 py-3">&pound;72 inc VAT</td></tr>
                  <tr><td class="px-4 py-3">Court attendance</td>
                    <td class="px-4 py-3">&pound;300 inc VAT per day</td></tr>
                  <tr><td class="px-4 py-3">Annual income and expenditure statement</td>
                    <td class="px-4 py-3">&pound;72 inc VAT; free on fully managed</td></tr>
                </tbody>
              </table>
            </div>
            <h2>Getting paid</h2>
            <p>Rent is held in our client account at Barclays and paid to you within three working days of
              the tenant&#x27;s payment clearing, with a monthly statement by email. We are members of
              Propertymark&#x27;s Client Money Protection scheme. Our managed service can be ended with two
              months&#x27; notice.</p>"""

_TENANT_FEES = """
            <p class="lead text-lg text-slate-600">Since the Tenant Fees Act 2019 we don&#x27;t charge tenants
              admin, referencing or check-in fees. These are the only payments you will be asked for.</p>
            <h2>Holding deposit</h2>
            <p>To take a property off the market while referencing is done, you pay a holding deposit of one
              week&#x27;s rent (the monthly rent &times; 12 &divide; 52). For a flat at &pound;1,500 a month that
              is &pound;346.15.</p>
            <ul>
              <li>We then have 15 days to sign the tenancy agreement, unless we all agree a different
                date.</li>
              <li>Once you sign, it goes towards your first month&#x27;s rent (or is refunded).</li>
              <li>If the landlord decides not to go ahead, you get the whole amount back within seven
                days.</li>
              <li>You may lose it if you give false or misleading information, fail a Right to Rent check,
                pull out yourself, or don&#x27;t take reasonable steps to sign by the deadline.</li>
            </ul>
            <h2>Security deposit</h2>
            <p>Five weeks&#x27; rent where the annual rent is under &pound;50,000, or six weeks&#x27; rent above
              that. It is registered with the Deposit Protection Service within 30 days and we send you the
              prescribed information.</p>
            <h2>Rent</h2>
            <p>The first month&#x27;s rent is paid in advance, before you collect the keys.</p>
            <h2>Other payments allowed by law</h2>
            <div class="not-prose overflow-x-auto rounded-xl ring-1 ring-slate-200">
              <table class="min-w-full divide-y divide-slate-300 text-sm">
                <tbody class="divide-y divide-slate-200">
                  <tr><td class="px-4 py-3 font-medium">Change of sharer or other change to the tenancy at your
                    request, e.g. someone moving out and a replacement moving in</td>
                    <td class="px-4 py-3">&pound;50 inc VAT, or reasonable costs if higher</td></tr>
                  <tr><td class="px-4 py-3 font-medium">Lost keys or security fobs</td>
                    <td class="px-4 py-3">The actual cost of replacement</td></tr>
                  <tr><td class="px-4 py-3 font-medium">Late rent</td>
                    <td class="px-4 py-3">Interest at 3% above the Bank of England base rate, once rent is more
                      than 14 days late</td></tr>
                  <tr><td class="px-4 py-3 font-medium">Leaving before the fixed term ends, if the landlord
                    agrees</td>
                    <td class="px-4 py-3">The landlord&#x27;s reasonable costs and rent until a new tenant
                      moves in</td></tr>
                </tbody>
              </table>
            </div>
            <h2>Referencing and guarantors</h2>
            <p>We check identity, credit history, employment and previous landlords for every adult tenant.
              As a rule of thumb your annual income should be at least 30 times the monthly rent (your share
              of it, if sharing). A guarantor needs an annual income of 36 times the monthly rent.</p>"""

_STUDENT = """
            <p class="lead text-lg text-slate-600">We let around 140 student houses in Mill Road, Romsey,
              Petersfield and close to Anglia Ruskin University&#x27;s East Road campus, plus rooms and flats for
              postgraduates and researchers at the University of Cambridge.</p>
            <h2>When to start looking</h2>
            <p>Houses for the next academic year are released in early December and most are taken by the end
              of February, so it pays to sort your group out before Christmas. Because the houses are still
              lived in, viewings take place on weekday afternoons with 24 hours&#x27; notice to the current
              tenants.</p>
            <h2>Contracts</h2>
            <p>Student houses are let on 12-month joint tenancies starting in July or September. Rent is quoted
              per person per week. About half our houses include bills (gas, electricity, water and broadband)
              with a fair-use limit on energy. Every member of the group signs the same agreement and pays a
              holding deposit. All houses with five or more tenants are licensed as HMOs with Cambridge City
              Council.</p>
            <p>Full-time students don&#x27;t pay council tax. Send your student certificate from the
              university to the council (and a copy to us) as soon as you move in.</p>
            <h2>Guarantors</h2>
            <p>Each student normally needs a UK-based guarantor, usually a parent, who is a homeowner and
              earns at least 36 times their share of the monthly rent. If you don&#x27;t have a UK guarantor,
              for example because your family lives overseas, there are two options:</p>
            <ol>
              <li><strong>Pay rent in advance:</strong> six months&#x27; rent paid before the tenancy starts,
                and the rest on the usual monthly schedule.</li>
              <li><strong>Use a guarantor company</strong> such as UniGuard, which acts as your guarantor for a
                one-off fee paid directly to them (not to us).</li>
            </ol>
            <h2>Moving out</h2>
            <p>We carry out a check-out against the inventory on the last day. Leave the house clean, with all
              keys returned to our office, and deposits are usually returned within ten days of agreeing any
              deductions.</p>"""

_MANAGEMENT = """
            <p class="lead text-lg text-slate-600">For landlords on our fully managed service and their tenants:
              how repairs are reported, how fast we respond and what we check.</p>
            <h2>Reporting a repair (tenants)</h2>
            <p>Report repairs at any time of day through our online repair portal, with photos or a short
              video; it helps our contractor bring the right part first time. During office hours you can also
              call the lettings team on 01223 760419.</p>
            <div class="not-prose my-8 rounded-2xl border-l-4 border-red-600 bg-red-50 p-6">
              <h3 class="text-lg font-semibold text-red-900">Emergencies out of hours</h3>
              <p class="mt-2 text-base leading-7 text-red-900">In the evening after 6pm, at weekends and on
                bank holidays, tenants of managed properties can call our emergency line on
                <a href="tel:+441223760499" class="font-semibold underline">01223 760499</a>. Use it only
                for emergencies such as no heating or hot water, a serious leak, no electricity or a door or
                window that won&#x27;t lock. If you smell gas, call the National Gas Emergency line on 0800 111
                999 first, then let us know.</p>
            </div>
            <h2>How quickly we respond</h2>
            <div class="not-prose overflow-x-auto rounded-xl ring-1 ring-slate-200">
              <table class="min-w-full divide-y divide-slate-300 text-sm">
                <thead class="bg-slate-50"><tr><th class="px-4 py-3 text-left font-semibold">Priority</th>
                  <th class="px-4 py-3 text-left font-semibold">Examples</th>
                  <th class="px-4 py-3 text-left font-semibold">Contractor attends</th></tr></thead>
                <tbody class="divide-y divide-slate-200">
                  <tr><td class="px-4 py-3 font-medium">Emergency</td>
                    <td class="px-4 py-3">Boiler failure leaving no heating in cold weather, major leak, no
                      power, break-in</td><td class="px-4 py-3">Within 4 hours, 24/7</td></tr>
                  <tr><td class="px-4 py-3 font-medium">Urgent</td>
                    <td class="px-4 py-3">Only toilet blocked, supplied fridge broken, partial loss of
                      heating</td><td class="px-4 py-3">Within 24 hours</td></tr>
                  <tr><td class="px-4 py-3 font-medium">Routine</td>
                    <td class="px-4 py-3">Dripping tap, sticking door, loose handrail</td>
                    <td class="px-4 py-3">Within 10 working days</td></tr>
                </tbody>
              </table>
            </div>
            <h2>For landlords</h2>
            <p>We go ahead with repairs up to &pound;300 + VAT without asking first, so small jobs don&#x27;t
              wait. Above that we contact you with a recommendation and normally two quotes. Emergencies are
              dealt with straight away and reported to you the same day. All our contractors are vetted and
              insured, and gas and electrical work is done only by Gas Safe registered and NICEIC approved
              engineers.</p>
            <p>We inspect each property three months into a tenancy and then every six months, sending you a
              photo report. We keep track of gas safety certificates (yearly), electrical reports (every five
              years) and smoke and carbon monoxide alarms, and book them before they expire.</p>
            <h2>What tenants look after</h2>
            <p>Light bulbs, testing smoke alarms monthly, keeping rooms aired to limit condensation, and the
              garden if your agreement says so. If a contractor can&#x27;t get in at an agreed time, or the
              damage was caused by the tenant, the call-out may be recharged.</p>"""

# ---------------------------------------------------------------------------------------------------------
# Compliance, about and help
# ---------------------------------------------------------------------------------------------------------

_AML = """
            <p class="lead text-lg text-slate-600">Estate and letting agents are required by law to check the
              identity of the people they deal with. It isn&#x27;t a sign that we doubt you: we do it for
              every client and every buyer.</p>
            <h2>Why we have to</h2>
            <p>The Money Laundering, Terrorist Financing and Transfer of Funds Regulations 2017 require us to
              verify who our customers are and where the money in a transaction comes from. We are supervised
              by HM Revenue &amp; Customs for anti-money laundering, and property is one of the areas they
              watch most closely.</p>
            <h2>Who is checked, and when</h2>
            <ul>
              <li><strong>Sellers and landlords:</strong> when you instruct us, before marketing starts.</li>
              <li><strong>Buyers:</strong> once your offer is accepted, before we issue the memorandum of
                sale. Every person named on the purchase is checked.</li>
              <li><strong>Executors, companies and trusts:</strong> we also check the people behind them,
                including anyone owning more than 25% of a company.</li>
            </ul>
            <h2>How the check works</h2>
            <p>We send you a secure link to the CheckSecure app. You photograph your passport or photocard
              driving licence and take a selfie, and the app compares them and confirms your address against
              electoral roll and credit reference data. This leaves a soft footprint that doesn&#x27;t affect
              your credit score. It takes about five minutes.</p>
            <p>If you can&#x27;t use the app, bring one original photo ID and one proof of address dated in the
              last three months (a utility bill, council tax bill or bank statement) to our office and we will
              check them in person.</p>
            <h2>Cost</h2>
            <p>The check costs &pound;25 + VAT (&pound;30 including VAT) per person, for buyers and sellers
              alike. This covers the cost charged to us by the verification provider and is not refundable
              once the check has been run. For landlords it is included in the tenancy set-up fee.</p>
            <h2>Source of funds</h2>
            <p>Buyers will also be asked where the money for the purchase comes from, such as savings, the sale
              of a property, an inheritance or a gift. If a family member is giving you part of your deposit,
              they will be checked too.</p>
            <p>We can&#x27;t go ahead until checks are complete. Records are kept securely for five years after
              our business with you ends, as the regulations require.</p>"""

_COMPLAINTS = """
            <p class="lead text-lg text-slate-600">We want to get things right, and if we haven&#x27;t, we want
              to know. Most problems are sorted out quickly with a phone call to the person dealing with you,
              but if that doesn&#x27;t work, this is our formal procedure.</p>
            <h2>Stage 1: branch manager</h2>
            <p>Write to Sophie Turner, our branch manager, at complaints@grantalane.co.uk or by post to 58 Hills
              Road, Cambridge CB2 1LA. Please tell us what went wrong and what you would like us to do. We
              acknowledge your complaint within three working days and send you a full written response within
              15 working days.</p>
            <h2>Stage 2: director review</h2>
            <p>If you are not happy with the response, ask for your complaint to be reviewed by our managing
              director, Helen Marsh, who has had no involvement in the matter. She will look at everything
              again and write to you within 15 working days with our final viewpoint.</p>
            <h2>Stage 3: The Property Ombudsman</h2>
            <p>If you remain dissatisfied, you can ask The Property Ombudsman (TPO) to review your complaint.
              The service is free and independent. You can go to TPO once you have our final viewpoint letter,
              or if eight weeks have passed since you first complained and the matter is still not resolved.
              You must refer your complaint to TPO within 12 months of our final viewpoint letter.</p>
            <div class="not-prose my-6 rounded-xl bg-slate-50 p-6 text-sm leading-6 text-slate-700">
              <p class="font-semibold text-slate-900">The Property Ombudsman</p>
              <p>Milford House, 43&ndash;55 Milford Street, Salisbury, Wiltshire SP1 2BP</p>
              <p>Telephone 01722 333306 &middot; <a href="https://www.tpos.co.uk">www.tpos.co.uk</a></p>
              <p>Our membership number: D04718</p>
            </div>
            <h2>Our memberships</h2>
            <p>We are members of Propertymark (NAEA and ARLA), and client money is protected by
              Propertymark&#x27;s Client Money Protection scheme. Our Propertymark membership means we follow
              its conduct and membership rules, which you can read on its website.</p>"""

_TEAM = """
            <p class="lead text-lg text-slate-600">Helen Marsh opened Granta Lane in 2006 in a single room above
              a bike shop. Today we are sixteen people in one office on Hills Road, and most of us live within
              a few miles of it.</p>
            <div class="not-prose mt-10 grid grid-cols-1 gap-x-8 gap-y-10 sm:grid-cols-2">
              <div class="flex gap-x-5">
                <img class="h-20 w-20 rounded-full object-cover" src="/_next/image?url=%2Fteam%2Fhelen.jpg&amp;w=160"
                  alt="Helen Marsh"/>
                <div><h3 class="font-semibold text-slate-900">Helen Marsh FNAEA</h3>
                  <p class="text-sm text-emerald-700">Founder &amp; managing director</p>
                  <p class="mt-2 text-sm text-slate-600">25 years selling homes in Cambridge. Still values
                    most homes in Newnham and the city centre herself.</p></div>
              </div>
              <div class="flex gap-x-5">
                <img class="h-20 w-20 rounded-full object-cover" src="/_next/image?url=%2Fteam%2Fsophie.jpg&amp;w=160"
                  alt="Sophie Turner"/>
                <div><h3 class="font-semibold text-slate-900">Sophie Turner</h3>
                  <p class="text-sm text-emerald-700">Branch manager &amp; senior valuer</p>
                  <p class="mt-2 text-sm text-slate-600">Covers Romsey, Mill Road and Cherry Hinton. Former
                    primary school teacher.</p></div>
              </div>
              <div class="flex gap-x-5">
                <img class="h-20 w-20 rounded-full object-cover" src="/_next/image?url=%2Fteam%2Fjames.jpg&amp;w=160"
                  alt="James Whitlock"/>
                <div><h3 class="font-semibold text-slate-900">James Whitlock</h3>
                  <p class="text-sm text-emerald-700">Valuer, northern villages</p>
                  <p class="mt-2 text-sm text-slate-600">Histon, Cottenham, Milton and Waterbeach.</p></div>
              </div>
              <div class="flex gap-x-5">
                <img class="h-20 w-20 rounded-full object-cover" src="/_next/image?url=%2Fteam%2Fpriya.jpg&amp;w=160"
                  alt="Priya Shah"/>
                <div><h3 class="font-semibold text-slate-900">Priya Shah</h3>
                  <p class="text-sm text-emerald-700">Sales progressor</p>
                  <p class="mt-2 text-sm text-slate-600">Keeps every sale moving from offer to keys.</p></div>
              </div>
              <div class="flex gap-x-5">
                <img class="h-20 w-20 rounded-full object-cover" src="/_next/image?url=%2Fteam%2Flin.jpg&amp;w=160"
                  alt="Lin Wei"/>
                <div><h3 class="font-semibold text-slate-900">Lin Wei</h3>
                  <p class="text-sm text-emerald-700">Senior sales negotiator</p>
                  <p class="mt-2 text-sm text-slate-600">Speaks Mandarin and Cantonese and looks after many of
                    our clients who prefer to deal in Chinese.</p></div>
              </div>
              <div class="flex gap-x-5">
                <img class="h-20 w-20 rounded-full object-cover" src="/_next/image?url=%2Fteam%2Ftom.jpg&amp;w=160"
                  alt="Tom Okafor"/>
                <div><h3 class="font-semibold text-slate-900">Tom Okafor MARLA</h3>
                  <p class="text-sm text-emerald-700">Lettings director</p>
                  <p class="mt-2 text-sm text-slate-600">Runs lettings and student housing.</p></div>
              </div>
              <div class="flex gap-x-5">
                <img class="h-20 w-20 rounded-full object-cover" src="/_next/image?url=%2Fteam%2Fmarta.jpg&amp;w=160"
                  alt="Marta Kowalczyk"/>
                <div><h3 class="font-semibold text-slate-900">Marta Kowalczyk</h3>
                  <p class="text-sm text-emerald-700">Lettings negotiator</p>
                  <p class="mt-2 text-sm text-slate-600">Finds tenants for our landlords; speaks Polish.</p></div>
              </div>
              <div class="flex gap-x-5">
                <img class="h-20 w-20 rounded-full object-cover" src="/_next/image?url=%2Fteam%2Fellie.jpg&amp;w=160"
                  alt="Ellie Brooks"/>
                <div><h3 class="font-semibold text-slate-900">Ellie Brooks</h3>
                  <p class="text-sm text-emerald-700">Property manager</p>
                  <p class="mt-2 text-sm text-slate-600">Repairs, inspections and compliance for managed
                    homes.</p></div>
              </div>
              <div class="flex gap-x-5">
                <img class="h-20 w-20 rounded-full object-cover"
                  src="/_next/image?url=%2Fteam%2Frichard.jpg&amp;w=160" alt="Richard Bellamy"/>
                <div><h3 class="font-semibold text-slate-900">Richard Bellamy MRICS</h3>
                  <p class="text-sm text-emerald-700">Land &amp; new homes director</p>
                  <p class="mt-2 text-sm text-slate-600">Chartered surveyor, 15 years in land and
                    development.</p></div>
              </div>
              <div class="flex gap-x-5">
                <img class="h-20 w-20 rounded-full object-cover" src="/_next/image?url=%2Fteam%2Fsam.jpg&amp;w=160"
                  alt="Sam Adeyemi"/>
                <div><h3 class="font-semibold text-slate-900">Sam Adeyemi</h3>
                  <p class="text-sm text-emerald-700">Photographer</p>
                  <p class="mt-2 text-sm text-slate-600">Makes box rooms look like box rooms, only better.</p>
                </div>
              </div>
            </div>
            <h2>And Biscuit</h2>
            <p>Our office cockapoo, who belongs to Sophie. He&#x27;s in most days and very friendly, but if
              you&#x27;re nervous of dogs or have allergies, let us know before you visit and he&#x27;ll stay in
              the back office.</p>"""

_CONTACT = """
            <p class="lead text-lg text-slate-600">Drop in, ring or email. Our office is on Hills Road, between
              the railway station and the city centre.</p>
            <div class="not-prose grid grid-cols-1 gap-6 sm:grid-cols-2">
              <div class="rounded-2xl border border-slate-200 p-6">
                <h2 class="text-lg font-semibold text-slate-900">Granta Lane Estate Agents</h2>
                <address class="mt-2 not-italic text-sm leading-6 text-slate-600">58 Hills Road<br/>Cambridge
                  <br/>CB2 1LA</address>
                <p class="mt-3 text-sm text-slate-600">Sales: <a href="tel:+441223760418">01223 760418</a><br/>
                  Lettings: <a href="tel:+441223760419">01223 760419</a><br/>
                  <a href="mailto:hello@grantalane.co.uk">hello@grantalane.co.uk</a><br/>
                  <a href="mailto:lettings@grantalane.co.uk">lettings@grantalane.co.uk</a></p>
              </div>
              <div class="rounded-2xl border border-slate-200 p-6">
                <h2 class="text-lg font-semibold text-slate-900">Office opening hours</h2>
                <table class="mt-2 w-full text-sm text-slate-600"><tbody>
                  <tr><td class="py-1">Monday to Friday</td><td class="py-1 text-right">8.30am &ndash; 6pm</td></tr>
                  <tr><td class="py-1">Saturday</td><td class="py-1 text-right">9am &ndash; 4pm</td></tr>
                  <tr><td class="py-1">Sunday</td><td class="py-1 text-right">Closed</td></tr>
                  <tr><td class="py-1">Bank holidays</td><td class="py-1 text-right">Closed</td></tr>
                </tbody></table>
                <p class="mt-3 text-xs text-slate-500">Over Christmas the office closes at midday on 24 December
                  and reopens on 2 January.</p>
              </div>
            </div>
            <h2>Getting here</h2>
            <p>We are a ten-minute walk from Cambridge railway station: turn right out of the station onto
              Station Road, then left onto Hills Road, and we are on the left just past the junction with
              Bateman Street. Buses along Hills Road stop almost outside.</p>
            <h2>Parking</h2>
            <p>We don&#x27;t have customer parking at the office. There are pay-and-display bays on Bateman
              Street (maximum stay two hours), and the nearest car park is Queen Anne Terrace, about eight
              minutes&#x27; walk away. If you hold a Blue Badge, call ahead and we will keep our one space at the
              rear of the building free for you; it is reached from Bateman Mews. There are cycle stands right
              outside the front door.</p>
            <h2>Access</h2>
            <p>The office has step-free access from the street and a ground-floor meeting room. A hearing loop
              is fitted at reception.</p>
            <h2>Returning keys out of hours</h2>
            <p>Keys can be posted through the secure letterbox to the left of our front door at any time. Put
              them in an envelope marked with the property address and your name.</p>
            <div class="not-prose mt-8 aspect-[16/9] w-full overflow-hidden rounded-2xl bg-slate-100">
              <div class="flex h-full items-center justify-center text-sm text-slate-500">Map loading&hellip;</div>
            </div>"""

_FAQ_ITEMS = [
    (
        "Which areas do you cover?",
        """<p>The whole of Cambridge and the villages within about 12 miles, including Histon, Impington,
                Girton, Milton, Great Shelford, Sawston, Fulbourn, Cottenham, Comberton and Waterbeach. If you
                are further out, ask; we may still be able to help.</p>""",
    ),
    (
        "Can we sell a house before probate has been granted?",
        """<p>Yes. Executors can put a property on the market and agree a sale before the grant of probate
                arrives, and it is often sensible to, because finding a buyer takes time. What you can&#x27;t do
                is exchange contracts until probate has been granted, so we make sure buyers know that from the
                start. Each executor will need to complete our ID check, and we can recommend a solicitor
                experienced in estate sales.</p>""",
    ),
    (
        "I&#x27;m already on the market with another agent. Can I switch to you?",
        """<p>Usually, yes. Check the notice period in your current agreement first, and make a list of any
                buyers your current agent has introduced, because if one of them buys later you could owe that
                agent a fee. Send us your agreement and we will look through it for you free of charge before
                you give notice.</p>""",
    ),
    (
        "Can I sell my house with tenants still living in it?",
        """<p>Yes. Many investors are happy to buy a property with tenants in place, which keeps rent coming
                in while you sell. Alternatively you can give the tenants notice and sell it empty. Our lettings
                team will explain the notice rules that apply to your tenancy.</p>""",
    ),
    (
        "What extra do I need to sell a leasehold flat?",
        """<p>Your buyer&#x27;s solicitor will need a management pack from your freeholder or managing agent,
                with service charge accounts, buildings insurance and details of any planned major works. These
                usually cost between &pound;200 and &pound;450, paid by the seller, and can take several weeks,
                so we suggest ordering one as soon as you accept an offer.</p>""",
    ),
    (
        "Can I sell with you and buy through a different agent?",
        """<p>Of course. We will keep in touch with the other agent so that both sides of your move line
                up.</p>""",
    ),
]

_FAQ = (
    """
            <p class="lead text-lg text-slate-600">Quick answers to the questions we are asked most often. If
              yours isn&#x27;t here, give us a ring.</p>
            <div class="not-prose mt-8 border-t border-slate-200">"""
    + "".join(_faq(q, a) for q, a in _FAQ_ITEMS)
    + """
            </div>"""
)


HTML = {
    "/": _page(
        "/",
        "Granta Lane Estate Agents | Cambridge Estate &amp; Letting Agents",
        "Independent estate and letting agent in Cambridge. Sales, lettings, property management, new homes "
        "and land. Book a free valuation.",
        _HOME,
        reviews=True,
    ),
    "/selling/valuation/": _page(
        "/selling/valuation/",
        "Property Valuations",
        "Get an instant online valuation or book a free in-person valuation of your Cambridge home.",
        _article("Property valuations", "Selling", _VALUATION, _ASIDE_SELL),
    ),
    "/selling/fees/": _page(
        "/selling/fees/",
        "Selling Fees",
        "Our no sale, no fee selling packages and agency terms explained.",
        _article("Selling fees &amp; terms", "Selling", _FEES, _ASIDE_SELL),
    ),
    "/selling/marketing/": _page(
        "/selling/marketing/",
        "Marketing &amp; Viewings",
        "How we market your home: professional photography, floorplans, portals and accompanied viewings.",
        _article("Marketing &amp; viewings", "Selling", _MARKETING, _ASIDE_SELL),
        reviews=True,
    ),
    "/selling/offers-to-completion/": _page(
        "/selling/offers-to-completion/",
        "From Offer to Completion",
        "How we handle offers, negotiate, and progress your sale through the chain to completion.",
        _article("From offer to completion", "Selling", _OFFERS, _ASIDE_SELL),
    ),
    "/new-homes-and-land/": _page(
        "/new-homes-and-land/",
        "New Homes &amp; Land",
        "New-build developments in and around Cambridge, and advice on selling land and building plots.",
        _article("New homes &amp; land", "Developments", _NEW_HOMES),
    ),
    "/auctions/": _page(
        "/auctions/",
        "Property Auctions",
        "Buy or sell at our online property auctions with Eastern Counties Property Auctions.",
        _article("Property auctions", "Auctions", _AUCTIONS, _ASIDE_BUY),
    ),
    "/buying/register/": _page(
        "/buying/register/",
        "Register as a Buyer",
        "Register with Granta Lane to hear about Cambridge homes first, book viewings and make offers.",
        _article("Register as a buyer", "Buying", _REGISTER, _ASIDE_BUY),
    ),
    "/buying/mortgages-and-conveyancing/": _page(
        "/buying/mortgages-and-conveyancing/",
        "Mortgages &amp; Conveyancing",
        "Our recommended mortgage broker, conveyancing solicitors and surveyors, and the referral fees we receive.",
        _article("Mortgages, conveyancing &amp; surveys", "Buying", _MORTGAGES, _ASIDE_BUY),
    ),
    "/landlords/fees/": _page(
        "/landlords/fees/",
        "Lettings Fees for Landlords",
        "Let only, rent collection and fully managed lettings fees for Cambridge landlords.",
        _article("Lettings fees for landlords", "Landlords", _LANDLORD_FEES, _ASIDE_LET),
        reviews=True,
    ),
    "/landlords/property-management/": _page(
        "/landlords/property-management/",
        "Property Management &amp; Repairs",
        "Reporting repairs, response times, emergencies out of hours and inspections for managed properties.",
        _article("Property management &amp; repairs", "Landlords &amp; tenants", _MANAGEMENT, _ASIDE_LET),
    ),
    "/tenants/fees-and-deposits/": _page(
        "/tenants/fees-and-deposits/",
        "Tenant Fees &amp; Deposits",
        "Holding deposits, security deposits and the permitted payments for tenants renting through us.",
        _article("Tenant fees &amp; deposits", "Tenants", _TENANT_FEES),
    ),
    "/student-lets/": _page(
        "/student-lets/",
        "Student Lets",
        "Student house shares near Mill Road, Romsey and Anglia Ruskin University, and how to book one.",
        _article("Student lets", "Tenants", _STUDENT, _ASIDE_LET),
    ),
    "/anti-money-laundering/": _page(
        "/anti-money-laundering/",
        "ID &amp; Anti-Money Laundering Checks",
        "Why and how we verify the identity of sellers, buyers and landlords.",
        _article("ID &amp; anti-money laundering checks", "Compliance", _AML),
    ),
    "/complaints/": _page(
        "/complaints/",
        "Complaints Procedure",
        "How to make a complaint to Granta Lane and how to contact The Property Ombudsman.",
        _article("Complaints procedure", "About us", _COMPLAINTS),
        cta=False,
    ),
    "/about-us/team/": _page(
        "/about-us/team/",
        "Meet the Team",
        "The people behind Granta Lane Estate Agents in Cambridge.",
        _article("Meet the team", "About us", _TEAM),
        reviews=True,
    ),
    "/contact/": _page(
        "/contact/",
        "Contact Us",
        "Find Granta Lane Estate Agents at 58 Hills Road, Cambridge. Opening hours, parking and directions.",
        _article("Contact us", "About us", _CONTACT),
        cta=False,
    ),
    "/faq/": _page(
        "/faq/",
        "FAQs",
        "Frequently asked questions about selling, buying and letting with Granta Lane.",
        _article("Frequently asked questions", "Help", _FAQ, _ASIDE_SELL),
    ),
}

QUESTIONS = [
    ("My neighbour's thinking of selling, do I get anything if I send her your way?", "/"),
    (
        "how accurate is the online valuation thing on your website? our place is a listed cottage with an annexe",
        "/selling/valuation/",
    ),
    (
        "Can someone come and value the house one evening? I don't get in from work till half six",
        "/selling/valuation/",
    ),
    ("what do you charge to sell a 3 bed and do I still pay if it doesnt sell?", "/selling/fees/"),
    ("If I sign up with you and I'm not happy, how long am I tied in for", "/selling/fees/"),
    (
        "I work shifts at Addenbrooke's so I won't be around when people want to look round. "
        "Do you show them round for me?",
        "/selling/marketing/",
    ),
    ("do i have to have a for sale sign in my front garden", "/selling/marketing/"),
    (
        "We've had two offers on our house and the first couple keep asking what the other people offered. "
        "Will you tell them?",
        "/selling/offers-to-completion/",
    ),
    (
        "Roughly how long is it from agreeing a sale to actually moving out? We're in a chain",
        "/selling/offers-to-completion/",
    ),
    (
        "I've got a really long back garden in Cottenham, would a builder pay for it to put a house on?",
        "/new-homes-and-land/",
    ),
    (
        "If I win a flat at one of your auctions how long have I got to pay the rest, and are there fees on top?",
        "/auctions/",
    ),
    (
        "We want to put in an offer on a flat. What do you need from us to show we can afford it? "
        "My parents are giving us some of the deposit",
        "/buying/register/",
    ),
    ("is there any way to hear about houses for sale before they go on rightmove", "/buying/register/"),
    ("Do you get a kickback if I use the solicitors you recommended?", "/buying/mortgages-and-conveyancing/"),
    ("how much does your mortgage adviser charge", "/buying/mortgages-and-conveyancing/"),
    (
        "I'm about to rent out my late mum's house in Chesterton. What's your cut each month if you do "
        "everything for me, repairs and all?",
        "/landlords/fees/",
    ),
    (
        "We've found a flat we like. How much is the deposit to hold it, and do we get it back if the "
        "landlord changes his mind?",
        "/tenants/fees-and-deposits/",
    ),
    (
        "my partner is moving out of our rented flat and her friend is moving in instead, is there a charge "
        "for changing the names",
        "/tenants/fees-and-deposits/",
    ),
    (
        "Hi, I'm at Anglia Ruskin and looking for a house for september with 4 mates. My parents live in "
        "Nigeria so I don't have a UK guarantor, what can I do?",
        "/student-lets/",
    ),
    (
        "Boiler's packed in, no heating and it's 9pm on a Sunday and freezing. I rent through you, who do I ring",
        "/landlords/property-management/",
    ),
    (
        "why do I have to scan my passport into some app and pay for it?? I'm only buying a house",
        "/anti-money-laundering/",
    ),
    (
        "I complained to your branch manager two months ago about how our sale was handled and it's still not "
        "sorted. Who can I go to now?",
        "/complaints/",
    ),
    (
        "Does anyone in your office speak Mandarin? My parents want to sell their flat but their English isn't great",
        "/about-us/team/",
    ),
    ("Is there anywhere to park near your office?", "/contact/"),
    (
        "My dad passed away in March and we want to sell his house. Can we put it on the market before probate "
        "comes through",
        "/faq/",
    ),
]

OUT_OF_SCOPE = [
    "Can you recommend a removals firm for when we move?",
    "Do you sell holiday homes in Spain or France?",
    "How much stamp duty would I pay on a 500k house as a first time buyer?",
    "Could you let my flat out on Airbnb for the summer while I'm working away?",
    "Which secondary school catchment is Romsey in?",
    "Are you hiring at the moment? I'd like to apply for a job as a lettings negotiator",
    "What day are the bins collected on Mill Road?",
    "Can you recommend somewhere nice for lunch near the station?",
]
