"""An evaluation site: Doorway Property, an online-hybrid estate and letting agent with local agents (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is a Notion site published
through Super.so: a super-navbar with dropdown menus, notion-root articles of notion-text and notion-heading
blocks, nested notion-column-list / notion-column divs, callouts, tables and notion-toggle FAQ blocks.
"""

NAME = "Doorway Property"

_HEAD = """<!DOCTYPE html>
<html lang="en" class="theme-light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>__TITLE__ | Doorway Property</title>
<meta name="description" content="__DESC__">
<meta property="og:title" content="__TITLE__ | Doorway Property">
<meta property="og:description" content="__DESC__">
<meta property="og:site_name" content="Doorway Property">
<meta name="twitter:card" content="summary_large_image">
<meta name="generator" content="Super">
<link rel="icon" href="/_super/favicon.png">
<link rel="stylesheet" href="/_next/static/css/notion.9f2c1a.css">
<link rel="stylesheet" href="/_next/static/css/super.4be07d.css">
<link rel="stylesheet" href="/_super/custom/doorway-theme.css">
<script>window.superAnalytics=window.superAnalytics||[];superAnalytics.push(["pageview","__SLUG__"]);</script>
</head>
<body>
<div id="__next">
<div class="super-root">
"""

_NAV = """<nav class="super-navbar simple">
 <div class="super-navbar__content">
  <a class="super-navbar__logo" href="/"><img class="super-navbar__logo-image" src="/_super/logo-doorway.svg"
     alt="Doorway Property"><span class="super-navbar__logo-text">Doorway</span></a>
  <div class="super-navbar__item-list">
   <div class="super-navbar__item super-navbar__dropdown">
    <button class="super-navbar__dropdown-trigger">Selling</button>
    <div class="super-navbar__dropdown-menu">
     <div class="notion-column-list">
      <div class="notion-column">
       <a class="super-navbar__dropdown-link" href="/selling/">How selling works</a>
       <a class="super-navbar__dropdown-link" href="/selling/packages/">Selling packages &amp; prices</a>
       <a class="super-navbar__dropdown-link" href="/selling/viewings/">Viewings</a>
      </div>
      <div class="notion-column">
       <a class="super-navbar__dropdown-link" href="/valuation/">Book a free valuation</a>
       <a class="super-navbar__dropdown-link" href="/app/">The Doorway app &amp; offers</a>
       <a class="super-navbar__dropdown-link" href="/conveyancing/">Conveyancing</a>
      </div>
     </div>
    </div>
   </div>
   <div class="super-navbar__item super-navbar__dropdown">
    <button class="super-navbar__dropdown-trigger">Buying</button>
    <div class="super-navbar__dropdown-menu">
     <a class="super-navbar__dropdown-link" href="/buying/">Buying with Doorway</a>
     <a class="super-navbar__dropdown-link" href="/app/">Make an offer online</a>
    </div>
   </div>
   <div class="super-navbar__item super-navbar__dropdown">
    <button class="super-navbar__dropdown-trigger">Letting</button>
    <div class="super-navbar__dropdown-menu">
     <div class="notion-column-list">
      <div class="notion-column">
       <span class="super-navbar__dropdown-label">Landlords</span>
       <a class="super-navbar__dropdown-link" href="/landlords/">Lettings packages</a>
       <a class="super-navbar__dropdown-link" href="/landlords/tenant-find/">Tenant Find</a>
       <a class="super-navbar__dropdown-link" href="/landlords/rent-collection/">Rent collection</a>
       <a class="super-navbar__dropdown-link" href="/landlords/compliance/">Deposits, Right to Rent &amp; safety</a>
      </div>
      <div class="notion-column">
       <span class="super-navbar__dropdown-label">Tenants</span>
       <a class="super-navbar__dropdown-link" href="/tenants/">Renting with Doorway</a>
      </div>
     </div>
    </div>
   </div>
   <div class="super-navbar__item super-navbar__dropdown">
    <button class="super-navbar__dropdown-trigger">About</button>
    <div class="super-navbar__dropdown-menu">
     <a class="super-navbar__dropdown-link" href="/local-agents/">Our local agents</a>
     <a class="super-navbar__dropdown-link" href="/faq/">FAQs</a>
     <a class="super-navbar__dropdown-link" href="/complaints/">Complaints</a>
     <a class="super-navbar__dropdown-link" href="/cancelling/">Terms &amp; cancelling</a>
     <a class="super-navbar__dropdown-link" href="/contact/">Contact us</a>
    </div>
   </div>
  </div>
  <div class="super-navbar__actions">
   <a class="super-navbar__button super-navbar__cta" href="/valuation/">Book a free valuation</a>
   <a class="super-navbar__button secondary" href="tel:03300584410">0330 058 4410</a>
  </div>
  <button class="super-navbar__menu-open" aria-label="Open menu"><span></span><span></span><span></span></button>
 </div>
</nav>
"""

_MAIN_OPEN = """<main class="super-content page__index __SLUG__ has-navbar has-footer">
<div class="notion-header page">
 <div class="notion-header__cover no-cover no-icon"></div>
 <div class="notion-header__content max-width no-cover no-icon">
  <div class="notion-header__title-wrapper"><h1 class="notion-header__title">__H1__</h1></div>
 </div>
</div>
<article id="block-__SLUG__" class="notion-root max-width has-footer">
"""

_FOOT = """</article>
</main>
<footer class="super-footer">
 <div class="super-footer__content">
  <div class="notion-column-list">
   <div class="notion-column">
    <p class="notion-text"><strong>Doorway Property Ltd</strong></p>
    <p class="notion-text">Suite 4, Kiln Farm Court, Milton Keynes MK11 3HD</p>
    <p class="notion-text">Sales <a href="tel:03300584410">0330 058 4410</a> &middot;
       Lettings <a href="tel:03300584420">0330 058 4420</a></p>
    <p class="notion-text"><a href="mailto:hello@doorwayproperty.co.uk">hello@doorwayproperty.co.uk</a></p>
   </div>
   <div class="notion-column">
    <p class="notion-text"><strong>Phone lines open</strong></p>
    <p class="notion-text">Mon&ndash;Fri 8am&ndash;8pm &middot; Sat 9am&ndash;5pm &middot; Sun 10am&ndash;4pm</p>
    <p class="notion-text"><a href="/faq/">FAQs</a> &middot; <a href="/complaints/">Complaints</a> &middot;
       <a href="/cancelling/">Terms</a> &middot; <a href="/contact/">Contact</a></p>
   </div>
   <div class="notion-column">
    <p class="notion-text"><strong>Follow us</strong></p>
    <p class="notion-text"><a href="https://www.facebook.com/doorwayproperty">Facebook</a> &middot;
       <a href="https://www.instagram.com/doorwayproperty">Instagram</a> &middot;
       <a href="https://www.linkedin.com/company/doorway-property">LinkedIn</a> &middot;
       <a href="https://www.tiktok.com/@doorwayproperty">TikTok</a></p>
    <p class="notion-text">Member of The Property Ombudsman &middot; Propertymark Client Money Protection</p>
   </div>
  </div>
  <div class="super-footer__bottom">
   <p class="notion-text">&copy; 2025 Doorway Property Ltd. Registered in England &amp; Wales no. 11842716.
      Registered office as above. VAT no. 318 4472 06.</p>
   <p class="notion-text super-footer__credit">Built with Notion &amp; Super</p>
  </div>
 </div>
</footer>
<div class="super-cookie-banner" role="dialog" aria-live="polite">
 <div class="super-cookie-banner__content">
  <p class="notion-text">We use cookies to remember your saved searches and to understand how people use our site.
     Essential cookies are always on.</p>
  <div class="super-cookie-banner__buttons">
   <button class="super-cookie-banner__accept">Accept all</button>
   <button class="super-cookie-banner__reject">Essential only</button>
  </div>
 </div>
</div>
</div>
</div>
</body>
</html>
"""

_REVIEWS = """<div class="notion-column-list reviews">
 <div class="notion-column">
  <div class="notion-callout bg-gray-light border">
   <div class="notion-callout__icon"><span class="notion-icon text">&#11088;</span></div>
   <div class="notion-callout__content">
    <p class="notion-text">&ldquo;Sold in five weeks and saved well over four grand compared with the high street
       agent down the road. Leanne was brilliant.&rdquo; &mdash; <em>Mark, Wakefield</em></p>
   </div>
  </div>
 </div>
 <div class="notion-column">
  <div class="notion-callout bg-gray-light border">
   <div class="notion-callout__icon"><span class="notion-icon text">&#11088;</span></div>
   <div class="notion-callout__content">
    <p class="notion-text">&ldquo;The app made everything so easy &ndash; I could see every bit of viewing feedback
       the next morning.&rdquo; &mdash; <em>Aisha, Bristol</em></p>
   </div>
  </div>
 </div>
 <div class="notion-column">
  <div class="notion-callout bg-gray-light border">
   <div class="notion-callout__icon"><span class="notion-icon text">&#11088;</span></div>
   <div class="notion-callout__content">
    <p class="notion-text">&ldquo;Found a lovely couple for my flat in Cardiff within a fortnight. Would use
       again.&rdquo; &mdash; <em>Rhys, landlord</em></p>
   </div>
  </div>
 </div>
</div>
<p class="notion-text notion-semantic-string">Rated 4.8 out of 5 from 6,200+ reviews on Trustpilot.</p>
"""

_CTA = """<div class="notion-callout bg-blue-light border cta">
 <div class="notion-callout__icon"><span class="notion-icon text">&#128273;</span></div>
 <div class="notion-callout__content">
  <p class="notion-text"><strong>Thinking of moving?</strong> Your local agent can usually visit within 48 hours.</p>
  <p class="notion-text"><a class="notion-link super-button" href="/valuation/">Book a free valuation</a></p>
 </div>
</div>
"""


def _page(slug, title, desc, body, reviews=False, cta=True):
    head = _HEAD.replace("__TITLE__", title).replace("__DESC__", desc).replace("__SLUG__", slug)
    main = _MAIN_OPEN.replace("__SLUG__", slug).replace("__H1__", title)
    extra = (_REVIEWS if reviews else "") + (_CTA if cta else "")
    return head + _NAV + main + body + extra + _FOOT


_HOME = """<div class="notion-column-list hero">
 <div class="notion-column">
  <h2 class="notion-heading notion-semantic-string">Sell your home for a fixed fee, with a real local agent</h2>
  <p class="notion-text notion-semantic-string">Doorway is an online estate agent with a difference: you pay one
     fixed fee instead of a percentage, and you still get a local property expert who knows your street. They
     value your home, help you pick the right asking price and stay with you until a sale is agreed.</p>
  <p class="notion-text"><a class="notion-link super-button" href="/valuation/">Book a free valuation</a>
     <a class="notion-link super-button secondary" href="/selling/packages/">See our packages</a></p>
 </div>
 <div class="notion-column">
  <div class="notion-callout bg-yellow-light border">
   <div class="notion-callout__icon"><span class="notion-icon text">&#128176;</span></div>
   <div class="notion-callout__content">
    <p class="notion-text"><strong>Selling from &pound;999</strong> including VAT. A typical high street agent
       charging 1.2% + VAT on a &pound;300,000 home would cost you &pound;4,320.</p>
   </div>
  </div>
 </div>
</div>
<h2 class="notion-heading notion-semantic-string">How it works</h2>
<div class="notion-column-list steps">
 <div class="notion-column">
  <h3 class="notion-heading">1. Meet your local agent</h3>
  <p class="notion-text">A free, no-obligation valuation at your home or over video.</p>
 </div>
 <div class="notion-column">
  <h3 class="notion-heading">2. Go live</h3>
  <p class="notion-text">Professional photos, a floorplan and your listing on the big property portals.</p>
 </div>
 <div class="notion-column">
  <h3 class="notion-heading">3. Manage it all in the app</h3>
  <p class="notion-text">Approve viewings, read feedback and accept offers from your phone, day or night.</p>
 </div>
</div>
<h2 class="notion-heading notion-semantic-string">Letting a property?</h2>
<p class="notion-text notion-semantic-string">We look after landlords too, from simply finding a tenant to
   managing everything for you. <a class="notion-link" href="/landlords/">Compare our lettings packages</a>, or if
   you are looking for somewhere to live, read <a class="notion-link" href="/tenants/">renting with Doorway</a>.</p>
<h2 class="notion-heading notion-semantic-string">Why people choose Doorway</h2>
<ul class="notion-bulleted-list">
 <li class="notion-list-item notion-semantic-string">Over 38,000 homes sold since we started in 2016</li>
 <li class="notion-list-item notion-semantic-string">Local agents across England and Wales</li>
 <li class="notion-list-item notion-semantic-string">Phone lines open seven days a week</li>
 <li class="notion-list-item notion-semantic-string">No hidden extras &ndash; every price on our site includes VAT</li>
</ul>
"""

_SELLING = """<p class="notion-text notion-semantic-string">Selling with Doorway costs one fixed fee, whatever price
   your home sells for. Here is what happens from the first call to the day you hand over the keys.</p>
<h2 class="notion-heading notion-semantic-string">The steps</h2>
<ol class="notion-numbered-list">
 <li class="notion-list-item">Book a free valuation with your local agent.</li>
 <li class="notion-list-item">Choose a <a class="notion-link" href="/selling/packages/">package</a> and sign our
     terms online &ndash; it takes about ten minutes.</li>
 <li class="notion-list-item">Our photographer visits within three working days to take photos and measure up
     for the floorplan.</li>
 <li class="notion-list-item">You approve the listing in the app and it goes live.</li>
 <li class="notion-list-item">Buyers book viewings online. You can show them round yourself or add
     <a class="notion-link" href="/selling/viewings/">accompanied viewings</a>.</li>
 <li class="notion-list-item">Offers arrive in the app, already checked by our team.</li>
 <li class="notion-list-item">Once you accept an offer, a dedicated sales progressor chases solicitors, surveyors
     and the rest of the chain through to completion.</li>
</ol>
<h2 class="notion-heading notion-semantic-string">Two ways to pay your fee</h2>
<div class="notion-column-list">
 <div class="notion-column">
  <div class="notion-callout bg-green-light border">
   <div class="notion-callout__content">
    <h3 class="notion-heading">Pay Now</h3>
    <p class="notion-text">Pay the fee by debit or credit card when you instruct us, before the photographer
       visits. This is the cheapest way to sell with us.</p>
   </div>
  </div>
 </div>
 <div class="notion-column">
  <div class="notion-callout bg-purple-light border">
   <div class="notion-callout__content">
    <h3 class="notion-heading">Pay Later</h3>
    <p class="notion-text">Pay nothing upfront. Pay Later adds &pound;300 to your package price and is arranged
       through our finance partner, Clearline Finance, after a soft credit check that won&rsquo;t affect your
       credit score.</p>
    <p class="notion-text">The fee is due on completion of your sale or 10 months after you instruct us,
       whichever comes first &ndash; so if you haven&rsquo;t sold by the 10-month point, the fee still falls due
       then. There is no interest to pay as long as it is settled on time.</p>
   </div>
  </div>
 </div>
</div>
<p class="notion-text notion-semantic-string">We take Visa, Mastercard and Amex and bank transfer. We don&rsquo;t
   accept cheques or cash.</p>
<h2 class="notion-heading notion-semantic-string">What a fixed fee means</h2>
<p class="notion-text notion-semantic-string">Our fee doesn&rsquo;t go up if your home sells for more, and there is no
   commission hidden in the small print. The price you see on our packages page is the price you pay, VAT
   included. The only extras are optional ones you choose to add.</p>
"""

_PACKAGES = """<p class="notion-text notion-semantic-string">Three packages, all with a local agent, professional
   photography and a sales progressor once you&rsquo;ve agreed a sale. All prices include VAT.</p>
<div class="notion-table-wrapper">
<table class="notion-table">
 <thead><tr><th></th><th>Essentials</th><th>Plus</th><th>Premium</th></tr></thead>
 <tbody>
  <tr><td>Pay Now</td><td>&pound;999</td><td>&pound;1,499</td><td>&pound;2,199</td></tr>
  <tr><td>Pay Later</td><td>&pound;1,299</td><td>&pound;1,799</td><td>&pound;2,499</td></tr>
  <tr><td>Valuation by your local agent</td><td>&#10003;</td><td>&#10003;</td><td>&#10003;</td></tr>
  <tr><td>Professional photos</td><td>12 photos</td><td>20 photos + drone shot</td>
      <td>30 photos + drone + video tour</td></tr>
  <tr><td>Floorplan</td><td>&#10003;</td><td>&#10003;</td><td>&#10003;</td></tr>
  <tr><td>Rightmove and Zoopla</td><td>&#10003;</td><td>&#10003;</td><td>&#10003;</td></tr>
  <tr><td>OnTheMarket and Rightmove Featured Property</td><td>&ndash;</td><td>&#10003;</td><td>&#10003;</td></tr>
  <tr><td>For Sale board</td><td>&pound;45 extra</td><td>&#10003;</td><td>&#10003;</td></tr>
  <tr><td>Energy Performance Certificate</td><td>&pound;85 extra</td><td>&pound;85 extra</td>
      <td>&#10003;</td></tr>
  <tr><td>Accompanied viewings</td><td>Add-on</td><td>Add-on</td><td>&#10003; until sale agreed</td></tr>
  <tr><td>Sales progressor</td><td>&#10003;</td><td>&#10003;</td><td>&#10003;</td></tr>
 </tbody>
</table>
</div>
<h2 class="notion-heading notion-semantic-string">Homes in Greater London</h2>
<p class="notion-text notion-semantic-string">For properties inside the Greater London boroughs we add a
   &pound;300 London supplement to any package, whichever way you pay. This covers the higher cost of
   photography and agent travel in the capital.</p>
<h2 class="notion-heading notion-semantic-string">Which package is right for me?</h2>
<div class="notion-column-list">
 <div class="notion-column">
  <p class="notion-text"><strong>Essentials</strong> suits flats and smaller homes where you&rsquo;re happy to show
     buyers round yourself. It has everything you need to get on the main portals, but no board unless you add
     one.</p>
 </div>
 <div class="notion-column">
  <p class="notion-text"><strong>Plus</strong> is our most popular package. The extra photos, drone shot and
     Featured Property slot get your home seen by more buyers in the first fortnight.</p>
 </div>
 <div class="notion-column">
  <p class="notion-text"><strong>Premium</strong> is for people who want us to do the lot, including hosting
     every viewing and a walk-through video tour.</p>
 </div>
</div>
<p class="notion-text notion-semantic-string">Ready to go? <a class="notion-link" href="/valuation/">Book your
   valuation</a> first &ndash; you don&rsquo;t have to choose a package until afterwards.</p>
"""

_VIEWINGS = """<p class="notion-text notion-semantic-string">Buyers book viewings through your Doorway listing or our
   app, choosing from the time slots you&rsquo;ve said suit you. You then decide who shows them round.</p>
<div class="notion-column-list">
 <div class="notion-column">
  <h2 class="notion-heading notion-semantic-string">Showing buyers round yourself</h2>
  <p class="notion-text">Free on every package. Most of our sellers host their own viewings &ndash; after all, you
     know the best things about your home and the neighbourhood. We send you tips on presenting each room and
     questions buyers usually ask.</p>
 </div>
 <div class="notion-column">
  <h2 class="notion-heading notion-semantic-string">Accompanied viewings</h2>
  <p class="notion-text">If you work, live elsewhere or would simply rather not, your local agent can host
     viewings for you:</p>
  <ul class="notion-bulleted-list">
   <li class="notion-list-item"><strong>Viewings Bundle &ndash; &pound;395</strong>: every viewing hosted by your
       local agent until you accept an offer.</li>
   <li class="notion-list-item"><strong>Pay as you go &ndash; &pound;45 a viewing</strong>, booked in the
       app.</li>
   <li class="notion-list-item">Included with the Premium package.</li>
  </ul>
 </div>
</div>
<h2 class="notion-heading notion-semantic-string">When accompanied viewings happen</h2>
<p class="notion-text notion-semantic-string">Our agents host viewings Monday to Friday 9am to 7pm and Saturdays
   9am to 4pm. We don&rsquo;t run accompanied viewings on Sundays or bank holidays, but you can still host
   your own then if you want to.</p>
<h2 class="notion-heading notion-semantic-string">Keys and empty properties</h2>
<p class="notion-text notion-semantic-string">For accompanied viewings we need one spare set of keys, which your
   agent collects and keeps tagged with a code rather than your address. If the house is empty, tell us about
   alarms, meters and anything that sticks.</p>
<h2 class="notion-heading notion-semantic-string">Who is coming to your home</h2>
<p class="notion-text notion-semantic-string">Every buyer has to verify their identity and mobile number in the
   Doorway app before a viewing is confirmed, so you always know the name of the person at your door. If you
   host yourself and would feel happier with someone else there, you can switch any single viewing to
   accompanied at the pay-as-you-go price.</p>
<h2 class="notion-heading notion-semantic-string">Feedback</h2>
<p class="notion-text notion-semantic-string">We ask every buyer for feedback and post it in your app, usually
   within 24 hours of the viewing.</p>
"""

_VALUATION = """<div class="notion-column-list">
 <div class="notion-column" style="width:calc((100% - (min(32px, 4vw) * 1)) * 0.62)">
  <p class="notion-text notion-semantic-string">Your valuation is free and there&rsquo;s no obligation to sell
     with us afterwards. It&rsquo;s carried out by your local agent, who sells homes like yours every week.</p>
  <h2 class="notion-heading notion-semantic-string">What happens at the visit</h2>
  <p class="notion-text">Your agent spends 45 minutes to an hour at your home. They&rsquo;ll look round every
     room and the garden, ask about work you&rsquo;ve had done and talk you through recent sales and what&rsquo;s
     on the market nearby. You get a written valuation report by email within 24 hours, with the comparable
     sales they used.</p>
  <h2 class="notion-heading notion-semantic-string">Video valuations</h2>
  <p class="notion-text">Prefer not to have someone round? Book a 30-minute video valuation and walk your agent
     round on your phone.</p>
  <h2 class="notion-heading notion-semantic-string">When can they come?</h2>
  <p class="notion-text">Valuation slots run seven days a week from 8am to 8pm, including evenings.</p>
  <h2 class="notion-heading notion-semantic-string">Useful to have ready</h2>
  <ul class="notion-bulleted-list">
   <li class="notion-list-item">When you bought and roughly what you paid</li>
   <li class="notion-list-item">Details of extensions, new boilers, windows or roofs, with any guarantees</li>
   <li class="notion-list-item">For flats: lease length, ground rent and service charge</li>
  </ul>
  <h2 class="notion-heading notion-semantic-string">What our valuation is &ndash; and isn&rsquo;t</h2>
  <p class="notion-text">Ours is a market appraisal: our opinion of the price that will attract buyers. It is not
     a formal RICS valuation, so it can&rsquo;t be used for probate or inheritance tax, divorce settlements,
     shared ownership staircasing or mortgage lending. For those you need a RICS Registered Valuer (a chartered
     surveyor).</p>
  <p class="notion-text">Our instant online estimate uses Land Registry sold prices and is only a rough guide
     &ndash; it has never been inside your home.</p>
 </div>
 <div class="notion-column" style="width:calc((100% - (min(32px, 4vw) * 1)) * 0.38)">
  <div class="notion-callout bg-blue-light border booking-widget">
   <div class="notion-callout__content">
    <h3 class="notion-heading">Book your valuation</h3>
    <p class="notion-text">Enter your postcode and pick a slot, or call us on
       <a href="tel:03300584410">0330 058 4410</a>.</p>
    <p class="notion-text"><a class="notion-link super-button" href="#book">Find a slot</a></p>
   </div>
  </div>
 </div>
</div>
"""

_APP = """<p class="notion-text notion-semantic-string">The Doorway app (iPhone and Android) and our online offers
   portal put your whole sale in your pocket. Everything in the app can also be done by logging in on our
   website on a computer.</p>
<h2 class="notion-heading notion-semantic-string">For sellers</h2>
<ul class="notion-bulleted-list">
 <li class="notion-list-item">Set the times that suit you and approve or decline viewing requests</li>
 <li class="notion-list-item">Read buyer feedback after each viewing</li>
 <li class="notion-list-item">Get a notification the moment an offer comes in, then accept, decline or make a
     counter-offer in the app &ndash; no need to phone anyone</li>
 <li class="notion-list-item">Follow your sale after it&rsquo;s agreed with a milestone tracker (searches,
     survey, mortgage offer, exchange)</li>
 <li class="notion-list-item">Message your local agent and sales progressor</li>
</ul>
<h2 class="notion-heading notion-semantic-string">Selling with someone else?</h2>
<p class="notion-text notion-semantic-string">If the property is in joint names, every owner can have their own
   login. Invite the other owner from <em>Settings &rsaquo; People</em> and they&rsquo;ll see the same viewings,
   feedback and offers on their own phone. Accepting an offer needs only one owner to tap accept, but all owners
   get notified straight away.</p>
<h2 class="notion-heading notion-semantic-string">The offers portal</h2>
<p class="notion-text notion-semantic-string">Buyers make offers through the portal, on the app or our website,
   any time of day. Our team checks each offer before it reaches you; offers marked with a green
   <strong>Verified</strong> badge mean the buyer&rsquo;s identity and funding evidence have been checked. You
   can see whether a buyer has a property to sell and whether it&rsquo;s already under offer.</p>
<div class="notion-callout bg-gray-light border">
 <div class="notion-callout__icon"><span class="notion-icon text">&#128241;</span></div>
 <div class="notion-callout__content">
  <p class="notion-text">The app needs iOS 16 or later, or Android 10 or later. Forgotten your password? Tap
     &ldquo;Forgot password&rdquo; and we&rsquo;ll email you a reset link.</p>
 </div>
</div>
"""

_BUYING = """<p class="notion-text notion-semantic-string">Found a Doorway home you like? Here&rsquo;s how viewing and
   offering works. We don&rsquo;t charge buyers anything.</p>
<h2 class="notion-heading notion-semantic-string">Booking a viewing</h2>
<p class="notion-text">Click &ldquo;Request viewing&rdquo; on the listing on Rightmove, Zoopla or our app and pick
   one of the slots the seller has opened. Before it&rsquo;s confirmed you&rsquo;ll verify your name and mobile
   number in the app. The seller or our local agent will show you round.</p>
<h2 class="notion-heading notion-semantic-string">Making an offer</h2>
<p class="notion-text">Offers are made online through the offers portal. To get your offer to the seller quickly,
   have these ready:</p>
<ul class="notion-bulleted-list">
 <li class="notion-list-item"><strong>If you need a mortgage:</strong> a mortgage agreement in principle (AIP)
     for at least the amount you&rsquo;ll borrow</li>
 <li class="notion-list-item"><strong>Proof of your deposit:</strong> a recent bank or savings statement, or a
     gifted deposit letter if family are helping</li>
 <li class="notion-list-item"><strong>Cash buyers:</strong> statements showing the full purchase price</li>
 <li class="notion-list-item"><strong>Photo ID:</strong> passport or driving licence for our anti-money
     laundering check, done in the app with a quick selfie. This check is free.</li>
 <li class="notion-list-item">Details of any property you need to sell first</li>
</ul>
<p class="notion-text">We aim to put every offer to the seller within 24 hours and we&rsquo;ll tell you their answer
   as soon as we have it. The seller makes the decision, not us.</p>
<h2 class="notion-heading notion-semantic-string">After your offer is accepted</h2>
<p class="notion-text">We send a memorandum of sale to both sides&rsquo; conveyancers and the listing changes to
   &ldquo;Sale agreed&rdquo;. The seller can choose whether we keep booking viewings. Your sales progressor
   will keep you updated until exchange.</p>
<h2 class="notion-heading notion-semantic-string">First-time buyers</h2>
<p class="notion-text">Tell us when you offer &ndash; sellers often like a buyer with no chain, and we&rsquo;ll
   make sure that&rsquo;s clear on your offer.</p>
"""

_CONVEYANCING = """<p class="notion-text notion-semantic-string">Conveyancing is the legal work of transferring a
   property. We can introduce you to a conveyancer from our panel, Doorway Legal Partners &ndash; six firms
   regulated by the SRA or the CLC who know how we work.</p>
<h2 class="notion-heading notion-semantic-string">You&rsquo;re free to choose</h2>
<div class="notion-callout bg-yellow-light border">
 <div class="notion-callout__content">
  <p class="notion-text">You do not have to use our panel. You can instruct any solicitor or licensed conveyancer
     you like, and it makes no difference to the service you get from us or to how we treat an offer from a
     buyer who uses their own solicitor.</p>
 </div>
</div>
<h2 class="notion-heading notion-semantic-string">Panel prices</h2>
<div class="notion-table-wrapper">
<table class="notion-table">
 <tbody>
  <tr><th>Service</th><th>Legal fee</th></tr>
  <tr><td>Sale (freehold)</td><td>from &pound;750 + VAT</td></tr>
  <tr><td>Purchase (freehold)</td><td>from &pound;850 + VAT</td></tr>
  <tr><td>Leasehold supplement</td><td>&pound;250 + VAT</td></tr>
 </tbody>
</table>
</div>
<p class="notion-text">Disbursements such as searches and Land Registry fees are extra. Panel firms work on a no
   move, no legal fee basis, so if your sale or purchase falls through you pay only disbursements already spent.
   Ask for a quote in the app and you&rsquo;ll have it within one working hour.</p>
<h2 class="notion-heading notion-semantic-string">Referral fees</h2>
<p class="notion-text">We want to be upfront: if you use one of our panel firms, the firm pays Doorway a referral
   fee of &pound;200 + VAT (&pound;240) when your transaction completes. This is paid by the firm out of its own
   fee and is not added to your quote.</p>
<h2 class="notion-heading notion-semantic-string">Instructing early</h2>
<p class="notion-text">Sellers who instruct a conveyancer when the listing goes live, rather than after a sale is
   agreed, typically reach exchange three to four weeks sooner.</p>
"""

_LANDLORDS = """<p class="notion-text notion-semantic-string">Whether you&rsquo;ve one flat or a small portfolio,
   pick the level of help you want. Every package starts with a free rental valuation from your local agent.
   Prices include VAT.</p>
<div class="notion-table-wrapper">
<table class="notion-table">
 <thead><tr><th></th><th>Tenant Find</th><th>Rent Collect</th><th>Fully Managed</th></tr></thead>
 <tbody>
  <tr><td>Fee</td><td>&pound;599 one-off</td><td>&pound;399 set-up + 7.2% of monthly rent</td>
      <td>&pound;399 set-up + 13.2% of monthly rent</td></tr>
  <tr><td>Marketing, photos and floorplan</td><td>&#10003;</td><td>&#10003;</td><td>&#10003;</td></tr>
  <tr><td>Viewings hosted by your local agent</td><td>&#10003;</td><td>&#10003;</td><td>&#10003;</td></tr>
  <tr><td>Tenant referencing</td><td>&#10003;</td><td>&#10003;</td><td>&#10003;</td></tr>
  <tr><td>Right to Rent check</td><td>&#10003;</td><td>&#10003;</td><td>&#10003;</td></tr>
  <tr><td>Tenancy agreement</td><td>&#10003;</td><td>&#10003;</td><td>&#10003;</td></tr>
  <tr><td>Deposit registration</td><td>&#10003;</td><td>&#10003;</td><td>&#10003;</td></tr>
  <tr><td>Monthly rent collection and statements</td><td>&ndash;</td><td>&#10003;</td><td>&#10003;</td></tr>
  <tr><td>Arrears chasing</td><td>&ndash;</td><td>&#10003;</td><td>&#10003;</td></tr>
  <tr><td>Repairs arranged with our contractors</td><td>&ndash;</td><td>&ndash;</td><td>&#10003;</td></tr>
  <tr><td>Property inspections</td><td>&ndash;</td><td>&ndash;</td><td>Two a year</td></tr>
  <tr><td>Out-of-hours line for your tenants</td><td>&ndash;</td><td>&ndash;</td><td>&#10003;</td></tr>
 </tbody>
</table>
</div>
<h2 class="notion-heading notion-semantic-string">Which one?</h2>
<div class="notion-column-list">
 <div class="notion-column">
  <p class="notion-text"><strong>Tenant Find</strong> is for hands-on landlords. We find and move in the tenant,
     then you take over the rent, repairs and day-to-day contact.
     <a class="notion-link" href="/landlords/tenant-find/">More about Tenant Find</a></p>
 </div>
 <div class="notion-column">
  <p class="notion-text"><strong>Rent Collect</strong> adds collecting the rent and chasing anyone who pays late;
     you still look after repairs. <a class="notion-link" href="/landlords/rent-collection/">How rent collection
     works</a></p>
 </div>
 <div class="notion-column">
  <p class="notion-text"><strong>Fully Managed</strong> is for landlords who live far away or don&rsquo;t have the
     time. We handle repairs, inspections and tenant calls.</p>
 </div>
</div>
<h2 class="notion-heading notion-semantic-string">Optional extras</h2>
<ul class="notion-bulleted-list">
 <li class="notion-list-item">Inventory and check-in report by an independent clerk: &pound;144</li>
 <li class="notion-list-item">Check-out report at the end of the tenancy: &pound;120</li>
 <li class="notion-list-item">Safety certificates &ndash; see <a class="notion-link"
     href="/landlords/compliance/">compliance</a></li>
</ul>
"""

_TENANT_FIND = """<p class="notion-text notion-semantic-string">Tenant Find covers everything up to the day your tenant
   moves in. Most Doorway rentals are let within three weeks of going live.</p>
<h2 class="notion-heading notion-semantic-string">1. Marketing and viewings</h2>
<p class="notion-text">Your local agent recommends a rent, our photographer visits, and your property goes on
   Rightmove, Zoopla and OnTheMarket. Unlike sales, every lettings viewing is hosted by your local agent, so you
   don&rsquo;t need to be there.</p>
<h2 class="notion-heading notion-semantic-string">2. Referencing</h2>
<p class="notion-text">Once you&rsquo;ve picked an applicant, our referencing partner checks:</p>
<ul class="notion-bulleted-list">
 <li class="notion-list-item">Identity and credit history, including CCJs and bankruptcy</li>
 <li class="notion-list-item">Income, with a reference from their employer or accountant, or bank statements</li>
 <li class="notion-list-item">A reference from their current or previous landlord</li>
 <li class="notion-list-item"><strong>Affordability:</strong> the tenant&rsquo;s yearly income should be at least
     30 times the monthly rent. For a flat at &pound;900 a month that&rsquo;s &pound;27,000 a year, combined
     across joint tenants.</li>
</ul>
<p class="notion-text">If an applicant falls short on income, they can add a UK-based guarantor earning at least
   36 times the monthly rent. With your agreement, they can instead pay some rent in advance, up to six months.
   References usually come back in two to four working days.</p>
<h2 class="notion-heading notion-semantic-string">3. The paperwork</h2>
<p class="notion-text">We prepare the tenancy agreement in line with current law in England or Wales and send it
   to you and the tenant for e-signature.</p>
<h2 class="notion-heading notion-semantic-string">4. Move-in day</h2>
<p class="notion-text">We collect the first month&rsquo;s rent and the deposit before the keys are handed over, pass
   the rent on to you, and give the tenant the How to Rent guide, the gas safety certificate, the EPC and the
   electrical report.</p>
<h2 class="notion-heading notion-semantic-string">After the tenant moves in</h2>
<p class="notion-text">From then on you&rsquo;re the tenant&rsquo;s point of contact. You can upgrade to Rent Collect
   or Fully Managed at any time and we&rsquo;ll waive the set-up fee.</p>
"""

_RENT = """<p class="notion-text notion-semantic-string">On Rent Collect and Fully Managed, your tenant pays rent to
   Doorway and we pass it on to you, less our fee, with a clear statement each month.</p>
<h2 class="notion-heading notion-semantic-string">When you get paid</h2>
<p class="notion-text">Rent is paid into our client account. Once the tenant&rsquo;s payment has cleared we pay it
   to your bank account within three working days, minus our commission and any approved invoices. Your
   statement appears in the app the same day.</p>
<p class="notion-text">Each April we send a yearly statement of income and costs to help with your
   self-assessment tax return.</p>
<h2 class="notion-heading notion-semantic-string">If the rent is late</h2>
<div class="notion-table-wrapper">
<table class="notion-table">
 <tbody>
  <tr><th>Days late</th><th>What we do</th></tr>
  <tr><td>Day 1</td><td>Automatic text and email reminder to the tenant</td></tr>
  <tr><td>Day 3</td><td>Phone call from our credit control team</td></tr>
  <tr><td>Day 7</td><td>We tell you, and send the tenant a formal arrears letter</td></tr>
  <tr><td>Day 14</td><td>Second letter, and we contact the guarantor if there is one</td></tr>
  <tr><td>Day 21 onwards</td><td>We talk to you about serving notice and next steps</td></tr>
 </tbody>
</table>
</div>
<p class="notion-text">If you decide to serve a possession notice, we prepare and serve it for &pound;120 including
   VAT. Court action is handled by our partner solicitors, who will quote you separately.</p>
<h2 class="notion-heading notion-semantic-string">Rent and legal protection</h2>
<p class="notion-text">For &pound;22 a month you can add insurance that pays your rent while a tenant is in arrears
   and covers legal costs to regain possession, up to &pound;50,000. The tenant must pass our full
   referencing.</p>
<h2 class="notion-heading notion-semantic-string">Your money is protected</h2>
<p class="notion-text">We&rsquo;re members of the Propertymark Client Money Protection scheme, and rent is held in a
   separate client account, never mixed with our own money.</p>
<h2 class="notion-heading notion-semantic-string">Landlords living abroad</h2>
<p class="notion-text">Under HMRC&rsquo;s Non-Resident Landlord Scheme we have to deduct basic-rate tax from your
   rent unless HMRC has sent us approval to pay you gross.</p>
"""

_COMPLIANCE = """<p class="notion-text notion-semantic-string">Letting a home comes with legal duties. Here&rsquo;s what
   we handle for you and what stays with you.</p>
<h2 class="notion-heading notion-semantic-string">Tenancy deposits</h2>
<p class="notion-text">On every package we register the tenant&rsquo;s deposit with the Deposit Protection Service
   (DPS) custodial scheme within 30 days of receiving it and give the tenant the prescribed information. The
   money is held by the DPS for the whole tenancy &ndash; neither you nor we keep hold of it. In England the
   deposit can be no more than five weeks&rsquo; rent (six weeks if the annual rent is &pound;50,000 or more).</p>
<p class="notion-text">At the end of the tenancy you and the tenant agree any deductions, for example for damage or
   unpaid rent, and the DPS repays the money within five working days of both sides agreeing. If you can&rsquo;t
   agree, the DPS offers a free dispute service, where the check-in and check-out reports are the key
   evidence.</p>
<h2 class="notion-heading notion-semantic-string">Right to Rent checks</h2>
<p class="notion-text">In England every adult who will live in the property must have their right to rent checked
   before the tenancy starts. We do these initial checks on all packages, using a Home Office share code or
   original documents, and keep copies for you.</p>
<div class="notion-callout bg-red-light border">
 <div class="notion-callout__content">
  <p class="notion-text"><strong>Time-limited permission.</strong> If a tenant&rsquo;s visa or permission to stay
     runs out, a follow-up check is needed before it expires. On Rent Collect and Fully Managed we do the
     follow-up check for you. On Tenant Find the follow-up check is your responsibility as the landlord &ndash;
     we email you a reminder three months before the date. Fines can reach &pound;20,000 per occupier.</p>
 </div>
</div>
<h2 class="notion-heading notion-semantic-string">Safety certificates</h2>
<div class="notion-table-wrapper">
<table class="notion-table">
 <tbody>
  <tr><th>Requirement</th><th>How often</th><th>We can arrange it for</th></tr>
  <tr><td>Gas safety certificate</td><td>Every 12 months</td><td>&pound;79</td></tr>
  <tr><td>Electrical report (EICR)</td><td>Every 5 years</td><td>from &pound;165</td></tr>
  <tr><td>EPC, minimum rating E</td><td>Every 10 years</td><td>&pound;85</td></tr>
  <tr><td>Smoke alarm on every storey, CO alarm by fixed combustion appliances</td><td>Checked at each
      move-in</td><td>&pound;60 fitted</td></tr>
 </tbody>
</table>
</div>
"""

_TENANTS = """<p class="notion-text notion-semantic-string">Looking for a place to rent? Book viewings on any
   Doorway rental through Rightmove, Zoopla or our app. Your viewing will be with one of our local agents.</p>
<h2 class="notion-heading notion-semantic-string">Applying</h2>
<p class="notion-text">When you apply we&rsquo;ll ask for a holding deposit of one week&rsquo;s rent to take the
   property off the market while your references are done. If the tenancy goes ahead it goes towards your first
   month&rsquo;s rent. We can keep it if you give false information, fail a Right to Rent check, or pull out
   yourself. Otherwise it comes back to you within seven days.</p>
<h2 class="notion-heading notion-semantic-string">What we can and can&rsquo;t charge</h2>
<p class="notion-text">Under the Tenant Fees Act we charge no admin, referencing, credit check or check-out fees.
   The only payments we can take are:</p>
<ul class="notion-bulleted-list">
 <li class="notion-list-item">Rent, and a refundable holding deposit and tenancy deposit</li>
 <li class="notion-list-item">&pound;50 if you ask to change your tenancy agreement, such as adding a
     sharer</li>
 <li class="notion-list-item">The landlord&rsquo;s reasonable costs if you ask to leave early</li>
 <li class="notion-list-item">The cost of replacing lost keys or fobs</li>
 <li class="notion-list-item">Interest at 3% above Bank of England base rate on rent more than 14 days late</li>
</ul>
<h2 class="notion-heading notion-semantic-string">Pets</h2>
<p class="notion-text">You can ask to keep a pet; tell us when you apply. Your landlord will consider each request
   and may ask you to hold pet damage insurance.</p>
<h2 class="notion-heading notion-semantic-string">Repairs and emergencies</h2>
<p class="notion-text">If we fully manage your home, report repairs any time in the Doorway Tenant app with photos.
   For emergencies out of office hours &ndash; no heating or hot water, a leak you can&rsquo;t stop, no power,
   or a door or window that won&rsquo;t lock &ndash; call our out-of-hours line on
   <a href="tel:03300584499">0330 058 4499</a>, which runs evenings, weekends and bank holidays. If you smell gas,
   call the National Gas Emergency number, 0800 111 999, first.</p>
<p class="notion-text">If your landlord manages the property themselves, contact them directly for repairs.
   Their details are on page one of your tenancy agreement.</p>
<h2 class="notion-heading notion-semantic-string">Moving out</h2>
<p class="notion-text">Give notice in writing as your agreement explains. For how your deposit is returned, see
   <a class="notion-link" href="/landlords/compliance/">deposits</a>.</p>
"""

_AGENTS = """<p class="notion-text notion-semantic-string">Every Doorway customer has a named local property expert:
   someone who lives in your area, values your home, advises on price and is there until a sale is agreed.
   After that, our sales progression team in Milton Keynes takes over the chasing.</p>
<h2 class="notion-heading notion-semantic-string">Where we cover</h2>
<p class="notion-text">We have local agents right across England and Wales. We don&rsquo;t currently sell or let
   homes in Scotland or Northern Ireland, where the buying and selling process is different.</p>
<h2 class="notion-heading notion-semantic-string">Meet some of the team</h2>
<div class="notion-column-list team">
 <div class="notion-column">
  <div class="notion-callout bg-gray-light border">
   <div class="notion-callout__content">
    <h3 class="notion-heading">Leanne Hargreaves</h3>
    <p class="notion-text">Leeds and Wakefield. Twelve years with high street agents before joining Doorway in
       2019.</p>
   </div>
  </div>
  <div class="notion-callout bg-gray-light border">
   <div class="notion-callout__content">
    <h3 class="notion-heading">Tom Pritchard</h3>
    <p class="notion-text">Cardiff and the Vale of Glamorgan. Welsh speaker and lettings specialist.</p>
   </div>
  </div>
 </div>
 <div class="notion-column">
  <div class="notion-callout bg-gray-light border">
   <div class="notion-callout__content">
    <h3 class="notion-heading">Hannah Cole</h3>
    <p class="notion-text">Bristol and Bath. Former new homes sales manager, now sells around 70 homes a
       year.</p>
   </div>
  </div>
  <div class="notion-callout bg-gray-light border">
   <div class="notion-callout__content">
    <h3 class="notion-heading">Sanjay Mistry</h3>
    <p class="notion-text">Leicester and Loughborough. Ask him about period terraces.</p>
   </div>
  </div>
 </div>
 <div class="notion-column">
  <div class="notion-callout bg-gray-light border">
   <div class="notion-callout__content">
    <h3 class="notion-heading">Sarah Whitlock</h3>
    <p class="notion-text">Norwich and north Norfolk, including plenty of barn conversions and coastal
       cottages.</p>
   </div>
  </div>
  <div class="notion-callout bg-gray-light border">
   <div class="notion-callout__content">
    <h3 class="notion-heading">Gareth Hughes</h3>
    <p class="notion-text">Chester and Wrexham. Member of Propertymark and a qualified lettings agent.</p>
   </div>
  </div>
 </div>
</div>
<h2 class="notion-heading notion-semantic-string">Qualified and trained</h2>
<p class="notion-text">All our local agents hold, or are working towards, a Propertymark qualification in sales or
   lettings, and each one looks after a limited number of homes at a time so you get their attention.</p>
<h2 class="notion-heading notion-semantic-string">Find your agent</h2>
<p class="notion-text">Pop your postcode into the <a class="notion-link" href="/valuation/">valuation
   booking</a> form and you&rsquo;ll see your agent&rsquo;s name and photo before you book.</p>
"""

_FAQ_ITEMS = [
    (
        "Can I sell if I still have a mortgage?",
        "Yes, most of our sellers do. Your conveyancer pays off the mortgage from the sale money on the day of "
        "completion. If you owe more than the home is worth, you&rsquo;ll need your lender&rsquo;s agreement "
        "before you accept an offer.",
    ),
    (
        "Can we sell a property before probate is granted?",
        "Yes. Executors can put the home on the market and accept an offer before the grant of probate arrives, "
        "but the sale can&rsquo;t exchange until the grant has been issued. All the executors need to sign our "
        "terms, and we&rsquo;ll ask to see the will or a letter from the solicitor handling the estate.",
    ),
    (
        "I&rsquo;m with another agent. Can I switch to Doorway?",
        "Usually, yes. Check your current agent&rsquo;s contract for a sole agency period and notice period. If "
        "you instruct us before that ends you could owe two fees. Also, if a buyer your old agent introduced "
        "later buys the home, your old agent may still be owed a fee. We can go live the day after your old "
        "contract ends.",
    ),
    (
        "How quickly will my home be on Rightmove?",
        "Within 48 hours of you approving your photos and description in the app.",
    ),
    (
        "Can I change package later?",
        "You can upgrade at any time by paying the difference. Once your listing is live you can&rsquo;t switch "
        "to a cheaper package.",
    ),
    (
        "I&rsquo;m selling a leasehold flat. Is there anything extra?",
        "We&rsquo;ll need the lease length, ground rent and service charge before we go live so buyers get the "
        "full picture. Your conveyancer will also need a management pack from the freeholder or managing agent, "
        "which usually costs &pound;200 to &pound;500 and is paid by the seller.",
    ),
    (
        "Can I sell my shared ownership home with you?",
        "Yes. Your housing association normally has a nomination period, usually four to eight weeks, to find a "
        "buyer from its own list first. We can go live on the open market once that ends.",
    ),
    (
        "Do I need to be at home for the photos?",
        "Someone needs to let the photographer in, but you don&rsquo;t need to stay. The visit takes about an hour.",
    ),
]

_FAQ = (
    """<p class="notion-text notion-semantic-string">The questions we hear most often. Tap a question to see the
   answer. Can&rsquo;t find yours? <a class="notion-link" href="/contact/">Get in touch</a>.</p>
<div class="notion-column-list">
 <div class="notion-column" style="width:calc((100% - (min(32px, 4vw) * 1)) * 0.7)">
"""
    + "".join(
        '<div class="notion-toggle closed">\n <div class="notion-toggle__summary">'
        '<div class="notion-toggle__trigger"><div class="notion-toggle__trigger_icon"><span>&#8227;</span></div>'
        '</div><span class="notion-semantic-string">' + q + "</span></div>\n"
        ' <div class="notion-toggle__content"><p class="notion-text notion-text__content notion-semantic-string">'
        + a
        + "</p></div>\n</div>\n"
        for q, a in _FAQ_ITEMS
    )
    + """ </div>
 <div class="notion-column" style="width:calc((100% - (min(32px, 4vw) * 1)) * 0.3)">
  <div class="notion-callout bg-blue-light border">
   <div class="notion-callout__content">
    <p class="notion-text"><strong>Popular pages</strong></p>
    <p class="notion-text"><a class="notion-link" href="/selling/packages/">Packages &amp; prices</a></p>
    <p class="notion-text"><a class="notion-link" href="/landlords/">Lettings packages</a></p>
    <p class="notion-text"><a class="notion-link" href="/cancelling/">Terms &amp; cancelling</a></p>
   </div>
  </div>
 </div>
</div>
"""
)

_COMPLAINTS = """<p class="notion-text notion-semantic-string">We don&rsquo;t always get it right. If something has gone
   wrong, we want to hear about it and put it right.</p>
<h2 class="notion-heading notion-semantic-string">Step 1: talk to us</h2>
<p class="notion-text">Most problems are sorted fastest by your local agent, sales progressor or property manager.
   Message them in the app or call us.</p>
<h2 class="notion-heading notion-semantic-string">Step 2: make a formal complaint</h2>
<p class="notion-text">If that doesn&rsquo;t fix it, email
   <a href="mailto:complaints@doorwayproperty.co.uk">complaints@doorwayproperty.co.uk</a> or write to our
   Complaints Manager at our Milton Keynes office. Please include your property address and what you&rsquo;d
   like us to do.</p>
<ul class="notion-bulleted-list">
 <li class="notion-list-item">We acknowledge your complaint within 3 working days.</li>
 <li class="notion-list-item">A senior manager who wasn&rsquo;t involved investigates.</li>
 <li class="notion-list-item">You get our final written response within 15 working days.</li>
</ul>
<h2 class="notion-heading notion-semantic-string">Step 3: The Property Ombudsman</h2>
<p class="notion-text">If you&rsquo;re still unhappy with our final response, or 8 weeks have passed since you
   first complained, you can ask The Property Ombudsman (TPO) to review it. The service is free and independent,
   and you must contact them within 12 months of our final response.</p>
<div class="notion-callout bg-gray-light border">
 <div class="notion-callout__content">
  <p class="notion-text">The Property Ombudsman, Milford House, 43&ndash;55 Milford Street, Salisbury SP1 2BP<br>
     01722 333306 &middot; <a href="https://www.tpos.co.uk">www.tpos.co.uk</a><br>
     Doorway Property&rsquo;s membership number: D08817</p>
 </div>
</div>
<p class="notion-text">The Ombudsman can order us to put things right, including paying compensation. Its
   decision is binding on us if you accept it.</p>
"""

_CANCELLING = """<p class="notion-text notion-semantic-string">A plain-English summary of our terms. Your signed terms
   of business always take priority.</p>
<h2 class="notion-heading notion-semantic-string">Sellers: your 14-day cooling-off period</h2>
<p class="notion-text">Because you sign our terms online or at home, you have 14 days to change your mind and
   cancel, for any reason, by emailing us. You&rsquo;ll get a full refund of anything you&rsquo;ve paid. If
   you&rsquo;ve asked us to start work in those 14 days and then cancel, we keep a fair amount for work already
   done &ndash; for example &pound;150 if the photographer has visited.</p>
<h2 class="notion-heading notion-semantic-string">Sellers: after 14 days</h2>
<p class="notion-text">There&rsquo;s no minimum term. You can end our agreement at any time by giving 14 days&rsquo;
   notice in writing.</p>
<ul class="notion-bulleted-list">
 <li class="notion-list-item"><strong>Pay Now:</strong> the fee isn&rsquo;t refundable once your listing has gone
     live, but there&rsquo;s nothing more to pay when you withdraw.</li>
 <li class="notion-list-item"><strong>Pay Later:</strong> if you take your home off the market, the full Pay
     Later fee becomes due within 30 days of your withdrawal, whether or not you&rsquo;ve sold.</li>
 <li class="notion-list-item">If a buyer we introduced buys your home within 6 months of you leaving us, our fee
     is still payable.</li>
</ul>
<p class="notion-text">Our agreement is sole agency: while it&rsquo;s in place, if you also instruct another agent
   and they sell your home, you may have to pay both of us.</p>
<h2 class="notion-heading notion-semantic-string">Landlords</h2>
<ul class="notion-bulleted-list">
 <li class="notion-list-item"><strong>Tenant Find:</strong> the fee is payable once your tenant moves in and is
     not refunded if the tenancy later ends early.</li>
 <li class="notion-list-item"><strong>Rent Collect and Fully Managed:</strong> end the service with two
     months&rsquo; written notice. Ending within the first six months costs an early termination fee of
     &pound;250; after that there&rsquo;s no exit fee.</li>
</ul>
"""

_CONTACT = """<div class="notion-column-list">
 <div class="notion-column">
  <h2 class="notion-heading notion-semantic-string">Call us</h2>
  <p class="notion-text">Selling and buying: <a href="tel:03300584410">0330 058 4410</a></p>
  <p class="notion-text">Lettings: <a href="tel:03300584420">0330 058 4420</a></p>
  <p class="notion-text">Calls cost the same as a normal 01 or 02 number and are included in most mobile
     minutes.</p>
  <h2 class="notion-heading notion-semantic-string">Message us</h2>
  <p class="notion-text">Customers can message their agent in the app. Everyone else can use live chat on this
     site or email <a href="mailto:hello@doorwayproperty.co.uk">hello@doorwayproperty.co.uk</a>; we reply to
     emails within one working day.</p>
 </div>
 <div class="notion-column">
  <h2 class="notion-heading notion-semantic-string">Opening hours</h2>
  <div class="notion-table-wrapper">
  <table class="notion-table">
   <tbody>
    <tr><td>Monday to Friday</td><td>8am &ndash; 8pm</td></tr>
    <tr><td>Saturday</td><td>9am &ndash; 5pm</td></tr>
    <tr><td>Sunday</td><td>10am &ndash; 4pm</td></tr>
    <tr><td>Bank holidays</td><td>10am &ndash; 4pm (closed Christmas Day and Boxing Day)</td></tr>
   </tbody>
  </table>
  </div>
 </div>
</div>
<h2 class="notion-heading notion-semantic-string">Visiting us</h2>
<p class="notion-text">We don&rsquo;t have high street branches to walk into. Our local agents come to you, and our
   head office in Milton Keynes is a working office that isn&rsquo;t open to visitors. If you need to post
   documents, send them to Doorway Property Ltd, Suite 4, Kiln Farm Court, Milton Keynes MK11 3HD.</p>
<h2 class="notion-heading notion-semantic-string">Press and partnerships</h2>
<p class="notion-text">Journalists can email <a href="mailto:press@doorwayproperty.co.uk">
   press@doorwayproperty.co.uk</a>.</p>
"""

HTML = {
    "/": _page(
        "home",
        "Fixed-fee estate agents with local experts",
        "Sell your home for a fixed fee from £999 with a local Doorway agent.",
        _HOME,
        reviews=True,
    ),
    "/selling/": _page(
        "selling",
        "How selling works",
        "How selling with Doorway works, and paying your fixed fee now or later.",
        _SELLING,
        reviews=True,
    ),
    "/selling/packages/": _page(
        "packages",
        "Selling packages and prices",
        "Compare Essentials, Plus and Premium selling packages.",
        _PACKAGES,
    ),
    "/selling/viewings/": _page(
        "viewings",
        "Viewings",
        "Host viewings yourself or let your local agent show buyers round.",
        _VIEWINGS,
    ),
    "/valuation/": _page(
        "valuation",
        "Free home valuation",
        "Book a free, no-obligation valuation with your local Doorway agent.",
        _VALUATION,
        cta=False,
    ),
    "/app/": _page(
        "app",
        "The Doorway app and offers portal",
        "Manage viewings, feedback and offers on your phone.",
        _APP,
        reviews=True,
    ),
    "/buying/": _page(
        "buying",
        "Buying with Doorway",
        "How to book viewings and make an offer on a Doorway home.",
        _BUYING,
    ),
    "/conveyancing/": _page(
        "conveyancing",
        "Conveyancing",
        "Conveyancing quotes from Doorway Legal Partners.",
        _CONVEYANCING,
    ),
    "/landlords/": _page(
        "landlords",
        "Lettings packages for landlords",
        "Tenant Find, Rent Collect and Fully Managed lettings packages.",
        _LANDLORDS,
        reviews=True,
    ),
    "/landlords/tenant-find/": _page(
        "tenant-find",
        "Tenant Find",
        "How Doorway finds, references and moves in your tenant.",
        _TENANT_FIND,
    ),
    "/landlords/rent-collection/": _page(
        "rent-collection",
        "Rent collection",
        "How Doorway collects rent, pays landlords and chases arrears.",
        _RENT,
    ),
    "/landlords/compliance/": _page(
        "compliance",
        "Deposits, Right to Rent and safety",
        "Tenancy deposit protection, Right to Rent checks and landlord safety certificates.",
        _COMPLIANCE,
    ),
    "/tenants/": _page(
        "tenants",
        "Renting with Doorway",
        "Information for tenants: applying, fees, pets and repairs.",
        _TENANTS,
        cta=False,
    ),
    "/local-agents/": _page(
        "local-agents",
        "Our local agents",
        "Meet the Doorway local property experts across England and Wales.",
        _AGENTS,
        reviews=True,
    ),
    "/faq/": _page(
        "faq",
        "Frequently asked questions",
        "Answers to common questions about selling with Doorway.",
        _FAQ,
    ),
    "/complaints/": _page(
        "complaints",
        "Complaints",
        "How to complain to Doorway Property and The Property Ombudsman.",
        _COMPLAINTS,
        cta=False,
    ),
    "/cancelling/": _page(
        "cancelling",
        "Terms and cancelling",
        "Cooling-off, withdrawing your property and ending lettings services.",
        _CANCELLING,
        cta=False,
    ),
    "/contact/": _page(
        "contact",
        "Contact us",
        "Phone numbers, email, opening hours and address for Doorway Property.",
        _CONTACT,
        cta=False,
    ),
}

QUESTIONS = [
    (
        "If I go for the pay later thing and the house takes ages to sell, when do I actually have to pay you?",
        "/selling/",
    ),
    ("whats in the cheapest package, do i get a for sale board with it", "/selling/packages/"),
    ("We're in Croydon - is it the same price to sell with you in London?", "/selling/packages/"),
    (
        "I work shifts and can't be around to show people round the house. How much for one of your lot to do it?",
        "/selling/viewings/",
    ),
    (
        "I live on my own and it makes me a bit nervous having strangers round. Do you check who these buyers are?",
        "/selling/viewings/",
    ),
    ("Does it cost anything for someone to come and value my house, and how long will they be there?", "/valuation/"),
    (
        "Dad passed away in March and the solicitor says we need a proper valuation of his house for the "
        "inheritance tax forms. Can your agent do that for us?",
        "/valuation/",
    ),
    ("me and my wife both own the house, can we both see the offers on our own phones", "/app/"),
    (
        "We're first time buyers and want to put an offer in on one of your flats. What do you need from us?",
        "/buying/",
    ),
    ("Do I have to use your solicitors or can I use my own?", "/conveyancing/"),
    ("Do you get a kickback for recommending a conveyancer?", "/conveyancing/"),
    (
        "I've got a 2 bed flat to rent out. I'm happy to look after it myself once someone's in, I just need "
        "help finding a tenant. What would that cost?",
        "/landlords/",
    ),
    ("How do you make sure a tenant can actually afford the rent?", "/landlords/tenant-find/"),
    ("How quickly does the rent land in my account after the tenant pays?", "/landlords/rent-collection/"),
    ("my tenant hasnt paid for 2 weeks now what are you actually doing about it", "/landlords/rent-collection/"),
    ("Where does the tenant's deposit go? Do I have to hang on to it?", "/landlords/compliance/"),
    (
        "My tenant's visa runs out next year and I'm only on your tenant find package. Who's meant to check "
        "she's still allowed to rent?",
        "/landlords/compliance/",
    ),
    ("Can the letting agent charge me admin fees for renting a flat?", "/tenants/"),
    ("the boiler's packed in at the flat I rent through you and it's saturday night, who do I ring", "/tenants/"),
    ("Do you cover Scotland? Got a house in Dundee I need to sell", "/local-agents/"),
    (
        "We've inherited mum's house but probate hasn't come through yet. Can we still put it up for sale?",
        "/faq/",
    ),
    (
        "I'm not happy with how my sale's been handled. If you lot don't sort it out who can I go to?",
        "/complaints/",
    ),
    ("Signed up online last week and now I've changed my mind, can I cancel?", "/cancelling/"),
    (
        "We've decided to stay put and take the house off the market. Do we still owe the pay later fee?",
        "/cancelling/",
    ),
    ("Is there a branch I can walk into? I'd rather talk to someone face to face", "/contact/"),
]

OUT_OF_SCOPE = [
    "Do you do those quick cash sale deals where you buy the house off me yourselves?",
    "Can you manage my holiday let on Airbnb for me?",
    "Is there a referral bonus if I send my neighbour your way?",
    "Have you got any 3 bed semis for sale in Harrogate at the moment?",
    "Will you help me sort out an HMO licence with the council?",
    "Can you recommend a removals firm for moving day?",
    "What's the Bank of England base rate right now?",
    "What time does the council tip open on Sundays?",
]
