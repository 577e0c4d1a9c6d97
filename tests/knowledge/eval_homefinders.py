"""An evaluation site: Homefinders, an independent estate and letting agent with branches in Chelmsford and Maldon (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is an Odoo website: div#wrapwrap,
an "o_header_standard" header with an "o_main_nav" navbar and mega-menus, main > div#wrap "oe_structure oe_empty"
built from "s_title", "s_text_image", "s_three_columns" and "o_colored_level" sections with Bootstrap rows and
columns, and the FAQ as an "s_faq_collapse" accordion of "accordion-item"s with "accordion-button collapsed" toggles.
"""

NAME = "Homefinders Estate & Letting Agents"

_MENU = [
    (
        "Selling",
        [
            ("/selling/", "Selling your home"),
            ("/selling/fees/", "Selling fees"),
            ("/selling/viewings-and-offers/", "Viewings &amp; offers"),
            ("/selling/sale-progression/", "Sale progression"),
            ("/selling/leasehold/", "Selling a leasehold flat"),
            ("/selling/probate/", "Probate sales"),
        ],
    ),
    (
        "Buying",
        [
            ("/buying/", "Buying with us"),
            ("/buying/first-time-buyers/", "First-time buyer guide"),
        ],
    ),
    (
        "Landlords",
        [
            ("/landlords/", "Letting services &amp; fees"),
            ("/landlords/safety-and-compliance/", "Safety &amp; compliance"),
            ("/landlords/tenant-referencing-and-rent-protection/", "Referencing, deposits &amp; rent protection"),
        ],
    ),
    (
        "Tenants",
        [
            ("/tenants/", "Renting a home"),
            ("/tenants/during-your-tenancy/", "During &amp; ending your tenancy"),
        ],
    ),
    (
        "About us",
        [
            ("/team/", "Meet the team"),
            ("/contact/", "Branches &amp; contact"),
            ("/faq/", "FAQs"),
            ("/complaints/", "Complaints &amp; redress"),
        ],
    ),
]

_PAGE_IDS = {}


def _nav(path):
    items = [
        '<li role="presentation" class="nav-item">'
        f'<a role="menuitem" href="/" class="nav-link{" active" if path == "/" else ""}"><span>Home</span></a></li>'
    ]
    for heading, links in _MENU:
        active = " active" if any(href == path for href, _ in links) else ""
        cols = []
        for href, label in links:
            cls = "nav-link px-0 active" if href == path else "nav-link px-0"
            cols.append(
                f'<a href="{href}" class="{cls}" data-name="Menu Item" data-bs-original-title="" title="">{label}</a>'
            )
        column_links = "\n                        ".join(cols)
        items.append(
            f"""<li role="presentation" class="nav-item dropdown position-static">
            <a data-bs-toggle="dropdown" href="#" class="nav-link dropdown-toggle o_mega_menu_toggle{active}"
               data-bs-display="static" aria-expanded="false"><span>{heading}</span></a>
            <div data-name="Mega Menu" class="dropdown-menu o_mega_menu o_no_parent_editor dropdown-menu-start">
              <section class="s_mega_menu_odoo_menu pt16 o_colored_level o_cc o_cc1">
                <div class="container">
                  <div class="row">
                    <div class="col-md-6 col-lg pt16 pb24">
                      <h4 class="text-uppercase h5 fw-bold mt-0">{heading}</h4>
                      <div class="s_hr text-start pt4 pb16" data-snippet="s_hr" data-name="Separator">
                        <hr class="w-100 mx-auto" style="border-top-width: 2px; border-top-style: solid;"/>
                      </div>
                      <nav class="nav flex-column">
                        {column_links}
                      </nav>
                    </div>
                    <div class="col-md-6 col-lg-4 pt16 pb24 d-none d-lg-block">
                      <div class="s_card card o_cc o_cc2">
                        <div class="card-body">
                          <p class="card-text"><strong>Chelmsford</strong> 01245 490213<br/>
                          <strong>Maldon</strong> 01621 850447</p>
                          <a href="/contact/" class="btn btn-primary btn-sm">Contact a branch</a>
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
              </section>
            </div>
          </li>"""
        )
    return "\n          ".join(items)


_COOKIES = """<div id="website_cookies_bar" class="s_popup o_snippet_invisible o_no_save d-none" data-name="Cookies Bar"
     data-vcss="001" data-invisible="1">
  <div class="modal s_popup_bottom o_cookies_discrete modal_shown" data-show-after="500" data-display="afterDelay"
       data-consents-duration="999" data-bs-focus="false" data-bs-backdrop="false" data-bs-keyboard="false"
       tabindex="-1" style="display: none;" aria-hidden="true">
    <div class="modal-dialog d-flex s_popup_size_full">
      <div class="modal-content oe_structure">
        <section class="o_colored_level o_cc o_cc1">
          <div class="container">
            <div class="row">
              <div class="col-lg-8 pt16">
                <p><span class="pe-1">We use cookies to make this website work and, with your permission, to
                understand how visitors use it.</span>
                <a href="#cookie-policy" class="o_cookies_bar_text_policy btn btn-link btn-sm px-0">Cookie
                Policy</a></p>
              </div>
              <div class="col-lg-4 text-end pt16 pb16">
                <a href="#" id="cookies-consent-essential" role="button"
                   class="js_close_popup btn btn-outline-primary rounded-circle btn-sm px-2">Only essentials</a>
                <a href="#" id="cookies-consent-all" role="button"
                   class="js_close_popup btn btn-outline-primary rounded-circle btn-sm">I agree</a>
              </div>
            </div>
          </div>
        </section>
      </div>
    </div>
  </div>
</div>"""

_FOOTER = """<footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc">
  <div id="footer" class="oe_structure oe_structure_solo">
    <section class="s_text_block pt40 pb16" data-snippet="s_text_block" data-name="Text">
      <div class="container">
        <div class="row">
          <div class="col-lg-3 pt24 pb24 o_colored_level">
            <h5 class="mb-3">Homefinders</h5>
            <p>Independent estate &amp; letting agents for Chelmsford, Maldon and the villages in between.</p>
            <div class="s_social_media text-start o_not_editable" data-snippet="s_social_media"
                 data-name="Social Media">
              <h5 class="s_social_media_title d-none">Follow us</h5>
              <a href="https://www.facebook.com/homefindersessex" class="s_social_media_facebook" target="_blank">
                <i class="fa fa-facebook rounded-circle shadow-sm o_editable_media"></i></a>
              <a href="https://www.instagram.com/homefindersessex" class="s_social_media_instagram" target="_blank">
                <i class="fa fa-instagram rounded-circle shadow-sm o_editable_media"></i></a>
              <a href="https://www.linkedin.com/company/homefinders-essex" class="s_social_media_linkedin"
                 target="_blank"><i class="fa fa-linkedin rounded-circle shadow-sm o_editable_media"></i></a>
            </div>
          </div>
          <div class="col-lg-3 pt24 pb24 o_colored_level">
            <h5 class="mb-3">Chelmsford</h5>
            <p>41 Duke Street<br/>Chelmsford, Essex CM1 1HU<br/>
            <a href="tel:+441245490213">01245 490213</a><br/>
            <a href="mailto:chelmsford@homefinders-essex.co.uk">chelmsford@homefinders-essex.co.uk</a></p>
          </div>
          <div class="col-lg-3 pt24 pb24 o_colored_level">
            <h5 class="mb-3">Maldon</h5>
            <p>78 High Street<br/>Maldon, Essex CM9 5PN<br/>
            <a href="tel:+441621850447">01621 850447</a><br/>
            <a href="mailto:maldon@homefinders-essex.co.uk">maldon@homefinders-essex.co.uk</a></p>
          </div>
          <div class="col-lg-3 pt24 pb24 o_colored_level">
            <h5 class="mb-3">Opening hours</h5>
            <p>Mon&ndash;Fri 9am&ndash;5.30pm (both branches)<br/>
            Sat 9am&ndash;4pm Chelmsford, 9am&ndash;1pm Maldon<br/>
            Sunday closed</p>
            <ul class="list-unstyled">
              <li><a href="/complaints/">Complaints &amp; redress</a></li>
              <li><a href="/faq/">FAQs</a></li>
              <li><a href="/contact/">Find a branch</a></li>
            </ul>
            <p class="small"><img src="/web/image/2231-7c1e9a0b/propertymark-protected.png" alt="Propertymark Protected"
            class="img img-fluid" width="90" loading="lazy"/>
            <img src="/web/image/2232-1d0fe3aa/tpo-logo.png" alt="The Property Ombudsman" class="img img-fluid"
            width="90" loading="lazy"/></p>
          </div>
        </div>
      </div>
    </section>
  </div>
  <div class="o_footer_copyright o_colored_level o_cc" data-name="Copyright">
    <div class="container py-3">
      <div class="row">
        <div class="col-sm text-center text-sm-start text-muted">
          <span class="o_footer_copyright_name me-2">Copyright &copy; 2025 Homefinders (Essex) Ltd. Registered in
          England &amp; Wales no. 05123987. Registered office: 41 Duke Street, Chelmsford CM1 1HU.</span>
        </div>
        <div class="col-sm text-center text-sm-end o_not_editable">
          <div class="o_brand_promotion">Powered by
            <a target="_blank" class="badge text-bg-light"
               href="https://www.odoo.com?utm_source=db&amp;utm_medium=website">Odoo</a>
            - The #1 <a target="_blank" href="https://www.odoo.com/app/website?utm_source=db&amp;utm_medium=website">
            Open Source Website</a></div>
        </div>
      </div>
    </div>
  </div>
</footer>"""


def page(path, title, description, body):
    """Wrap one page's body in the shared Odoo head, header, cookie bar and footer."""
    page_id = _PAGE_IDS.setdefault(path, len(_PAGE_IDS) + 3)
    return f"""<!DOCTYPE html>
<html lang="en-GB" data-website-id="1" data-main-object="website.page({page_id},)"
      data-oe-company-name="Homefinders (Essex) Ltd">
<head>
  <meta charset="utf-8"/>
  <meta http-equiv="X-UA-Compatible" content="IE=edge"/>
  <meta name="viewport" content="width=device-width, initial-scale=1"/>
  <meta name="generator" content="Odoo"/>
  <meta name="description" content="{description}"/>
  <meta property="og:type" content="website"/>
  <meta property="og:title" content="{title} | Homefinders"/>
  <meta property="og:site_name" content="Homefinders Estate &amp; Letting Agents"/>
  <meta property="og:url" content="https://www.homefinders-essex.co.uk{path}"/>
  <meta property="og:image" content="https://www.homefinders-essex.co.uk/web/image/website/1/logo?unique=8f3c2d1"/>
  <meta name="twitter:card" content="summary_large_image"/>
  <title>{title} | Homefinders</title>
  <link type="image/x-icon" rel="shortcut icon" href="/web/image/website/1/favicon?unique=8f3c2d1"/>
  <link rel="preload" href="/web/static/src/libs/fontawesome/fonts/fontawesome-webfont.woff2?v=4.7.0"
        as="font" crossorigin=""/>
  <link type="text/css" rel="stylesheet" href="/web/assets/1/9a41be2/web.assets_frontend.min.css"/>
  <link rel="canonical" href="https://www.homefinders-essex.co.uk{path}"/>
  <script id="web.layout.odooscript" type="text/javascript">
    var odoo = {{ csrf_token: "3f1e0c9a7d2b64c8e1f0a9b7c6d5e4f3a2b1c0d9o1749212345", debug: "" }};
  </script>
  <script type="text/javascript">
    window.dataLayer = window.dataLayer || [];
    function gtag(){{dataLayer.push(arguments);}}
    gtag('js', new Date()); gtag('config', 'G-HF7Q2K9LXM');
  </script>
  <script defer="defer" type="text/javascript" data-src="/web/assets/1/d41c7e0/web.assets_frontend_lazy.min.js"
          onerror="__odooAssetError=1"></script>
</head>
<body class="o_connected_user">
<div id="wrapwrap" class="   ">
  <a class="o_skip_to_content btn btn-primary rounded-0 visually-hidden-focusable position-absolute start-0"
     href="#wrap">Skip to Content</a>
  <header id="top" data-anchor="true" data-name="Header" class="  o_header_standard">
    <div class="o_header_hide_on_scroll">
      <div class="oe_structure oe_structure_solo" id="oe_structure_header_default_1">
        <section class="s_text_block o_cc o_cc2 py-1 small" data-snippet="s_text_block" data-name="Text">
          <div class="container d-flex justify-content-between">
            <span>Chelmsford <a href="tel:+441245490213">01245 490213</a> &middot;
            Maldon <a href="tel:+441621850447">01621 850447</a></span>
            <span class="d-none d-md-inline">Independent since 2004 &middot; Propertymark members</span>
          </div>
        </section>
      </div>
    </div>
    <nav data-name="Navbar" aria-label="Main"
         class="navbar navbar-expand-lg navbar-light o_colored_level o_cc shadow-sm">
      <div id="o_main_nav" class="o_main_nav container">
        <a data-name="Navbar Logo" href="/" class="navbar-brand logo me-4">
          <span role="img" aria-label="Logo of Homefinders" title="Homefinders">
            <img src="/web/image/website/1/logo/Homefinders?unique=8f3c2d1" class="img img-fluid" width="170"
                 height="46" alt="Homefinders" loading="lazy"/></span>
        </a>
        <button type="button" data-bs-toggle="offcanvas" data-bs-target="#top_menu_collapse"
                class="navbar-toggler ms-auto" aria-label="Toggle navigation">
          <span class="navbar-toggler-icon o_not_editable"></span></button>
        <div id="top_menu_collapse" class="collapse navbar-collapse">
        <ul id="top_menu" role="menu" class="nav navbar-nav top_menu o_menu_loading me-auto">
          {_nav(path)}
        </ul>
        </div>
        <div class="oe_structure oe_structure_solo ms-lg-4">
          <section class="oe_unremovable oe_unmovable s_text_block" data-snippet="s_text_block" data-name="Text">
            <div class="container">
              <a href="/selling/#appraisal" class="oe_unremovable btn btn-primary btn_cta">Book a valuation</a>
            </div>
          </section>
        </div>
      </div>
    </nav>
  </header>
  <main>
    <div id="wrap" class="oe_structure oe_empty">
{body}
    </div>
  </main>
  {_FOOTER}
  {_COOKIES}
</div>
</body>
</html>
"""


_TESTIMONIALS_SALES = """      <section class="s_quotes_carousel_wrapper o_colored_level"
               data-snippet="s_quotes_carousel"
               data-name="Blockquote">
        <div class="s_quotes_carousel s_carousel_default carousel slide o_colored_level o_cc o_cc2"
             data-bs-ride="carousel" data-bs-interval="10000" id="myCarouselReviews">
          <div class="carousel-inner">
            <div class="carousel-item pt80 pb80 active oe_img_bg o_bg_img_center" data-name="Slide">
              <div class="container">
                <blockquote class="s_blockquote s_blockquote_classic position-relative d-flex flex-column
                                   gap-4 w-100 mx-auto p-5 fs-6 o_cc o_cc1" data-snippet="s_blockquote">
                  <div class="s_blockquote_content">
                    <p>&ldquo;Tom valued our house in Writtle on a Saturday morning and we were on Rightmove the
                    following Friday. Jo kept the whole chain together when our buyer's lender wobbled.&rdquo;</p>
                  </div>
                  <div class="s_blockquote_infos"><div class="s_blockquote_author"><span class="o_small">
                    <strong>Sarah &amp; Dev K.</strong><br/><span class="text-muted">Sold in Writtle</span>
                  </span></div></div>
                </blockquote>
              </div>
            </div>
            <div class="carousel-item pt80 pb80 oe_img_bg o_bg_img_center" data-name="Slide">
              <div class="container">
                <blockquote class="s_blockquote s_blockquote_classic position-relative d-flex flex-column
                                   gap-4 w-100 mx-auto p-5 fs-6 o_cc o_cc1" data-snippet="s_blockquote">
                  <div class="s_blockquote_content">
                    <p>&ldquo;Gareth and Lucy in Maldon were honest about the price from day one. Lovely
                    photos, sensible advice, no pressure.&rdquo;</p>
                  </div>
                  <div class="s_blockquote_infos"><div class="s_blockquote_author"><span class="o_small">
                    <strong>Malcolm P.</strong><br/><span class="text-muted">Sold in Heybridge Basin</span>
                  </span></div></div>
                </blockquote>
              </div>
            </div>
          </div>
          <div class="carousel-control-prev o_not_editable" data-bs-target="#myCarouselReviews"
               data-bs-slide="prev" role="button" aria-label="Previous">
            <span class="carousel-control-prev-icon" aria-hidden="true"></span></div>
          <div class="carousel-control-next o_not_editable" data-bs-target="#myCarouselReviews"
               data-bs-slide="next" role="button" aria-label="Next">
            <span class="carousel-control-next-icon" aria-hidden="true"></span></div>
        </div>
      </section>"""


def _title(heading, lead):
    return f"""      <section class="s_title pt48 pb24 o_colored_level o_cc o_cc2" data-vcss="001"
               data-snippet="s_title" data-name="Title">
        <div class="s_allow_columns container">
          <h1 class="display-5">{heading}</h1>
          <p class="lead">{lead}</p>
        </div>
      </section>"""


_CTA = """      <section class="s_call_to_action o_cc o_cc3 pt48 pb24 o_colored_level" data-snippet="s_call_to_action"
               data-name="Call to Action">
        <div class="container">
          <div class="row o_grid_mode" data-row-count="4">
            <div class="col-lg-9 pb24 o_colored_level">
              <h3><b>Thinking of selling or letting?</b></h3>
              <p>Speak to the people who know your street. Call Chelmsford on 01245 490213 or Maldon on
              01621 850447.</p>
            </div>
            <div class="col-lg-3 pt8 pb24 o_colored_level">
              <p style="text-align: right;"><a class="btn btn-primary btn-lg"
              href="/selling/#appraisal">Book now</a></p>
            </div>
          </div>
        </div>
      </section>"""

_SIDEBAR_SELL = """          <aside class="col-lg-4 pt32 pb32 o_colored_level">
            <div class="s_card card o_cc o_cc2 mb-4" data-snippet="s_card" data-name="Card">
              <div class="card-body">
                <h4 class="card-title">Book a market appraisal</h4>
                <p class="card-text">Call your nearest branch or send us your details and a valuer will be in
                touch.</p>
                <a href="/selling/#appraisal" class="btn btn-primary">Book now</a>
              </div>
            </div>
            <div class="s_card card o_cc o_cc1 mb-4" data-snippet="s_card" data-name="Card">
              <div class="card-body">
                <h5 class="card-title">Selling guides</h5>
                <ul class="list-unstyled">
                  <li><a href="/selling/fees/">Our selling fees</a></li>
                  <li><a href="/selling/viewings-and-offers/">Viewings &amp; offers</a></li>
                  <li><a href="/selling/sale-progression/">From offer to completion</a></li>
                  <li><a href="/selling/leasehold/">Selling a leasehold flat</a></li>
                  <li><a href="/selling/probate/">Selling on behalf of an estate</a></li>
                </ul>
              </div>
            </div>
          </aside>"""

_SIDEBAR_LET = """          <aside class="col-lg-4 pt32 pb32 o_colored_level">
            <div class="s_card card o_cc o_cc2 mb-4" data-snippet="s_card" data-name="Card">
              <div class="card-body">
                <h4 class="card-title">Landlord toolkit</h4>
                <ul class="list-unstyled">
                  <li><a href="/landlords/">Let only &amp; fully managed</a></li>
                  <li><a href="/landlords/safety-and-compliance/">Safety certificates</a></li>
                  <li><a href="/landlords/tenant-referencing-and-rent-protection/">Referencing &amp; rent
                  guarantee</a></li>
                </ul>
                <a href="/contact/" class="btn btn-primary">Request a rental valuation</a>
              </div>
            </div>
            <div class="s_card card o_cc o_cc1" data-snippet="s_card" data-name="Card">
              <div class="card-body">
                <p class="card-text fst-italic">&ldquo;Emma has looked after my two flats in Maldon for six years.
                I genuinely don't have to think about them.&rdquo;<br/><strong>&ndash; Anita R., landlord</strong></p>
              </div>
            </div>
          </aside>"""

_SIDEBAR_TENANT = """          <aside class="col-lg-4 pt32 pb32 o_colored_level">
            <div class="s_card card o_cc o_cc2 mb-4" data-snippet="s_card" data-name="Card">
              <div class="card-body">
                <h4 class="card-title">Tenant help</h4>
                <ul class="list-unstyled">
                  <li><a href="/tenants/">Applying &amp; moving in</a></li>
                  <li><a href="/tenants/during-your-tenancy/">Repairs, inspections &amp; moving out</a></li>
                  <li><a href="/faq/">FAQs</a></li>
                  <li><a href="/complaints/">Making a complaint</a></li>
                </ul>
              </div>
            </div>
          </aside>"""


def _main_with_sidebar(content, sidebar):
    return f"""      <section class="pt32 pb32 o_colored_level" data-name="Content">
        <div class="container">
          <div class="row">
            <div class="col-lg-8 pt32 pb32 o_colored_level">
{content}
            </div>
{sidebar}
          </div>
        </div>
      </section>"""


# ---------------------------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------------------------

_HOME = (
    """      <section class="s_cover parallax s_parallax_is_fixed bg-black-50 pt96 pb96 o_colored_level"
               data-scroll-background-ratio="1" data-snippet="s_cover" data-name="Cover">
        <span class="s_parallax_bg oe_img_bg o_bg_img_center"
              style="background-image: url('/web/image/2201-5b9e1c3a/chelmer-blackwater.jpg');"></span>
        <div class="o_we_bg_filter bg-black-50"></div>
        <div class="s_allow_columns container">
          <h1 style="text-align: center;"><font class="text-white">Estate &amp; letting agents for Chelmsford,
          Maldon and the villages in between</font></h1>
          <p class="lead" style="text-align: center;"><font class="text-white">Independent, local and
          still answering our own phones.</font></p>
          <p style="text-align: center;"><a class="btn btn-primary btn-lg o_default_snippet_text"
          href="/selling/#appraisal">Book a valuation</a> <a class="btn btn-secondary btn-lg"
          href="/buying/">Register as a buyer</a></p>
        </div>
      </section>
      <section class="s_text_image pt48 pb48 o_colored_level" data-snippet="s_text_image"
               data-name="Text - Image">
        <div class="container">
          <div class="row align-items-center">
            <div class="col-lg-6 pt16 pb16 o_colored_level">
              <h2>Local people, local knowledge</h2>
              <p>Homefinders was started in 2004 by Claire Oduya in a single room above a caf&eacute; on
              Moulsham Street. We moved to our Duke Street office in 2011 and opened our second branch on
              Maldon High Street in 2016. We are still independent and family-run, and every member of the
              team lives within a few miles of the homes they sell and let.</p>
              <h3>Where we cover</h3>
              <p>Our <strong>Chelmsford</strong> branch looks after the city itself and the surrounding villages:
              Great Baddow, Galleywood, Writtle, Broomfield, Springfield, Boreham, Little Waltham and Danbury.
              Our <strong>Maldon</strong> branch covers Maldon and Heybridge, Wickham Bishops, Tollesbury and
              Tolleshunt D'Arcy, plus the Dengie peninsula including Latchingdon, Southminster, Mayland and
              Burnham-on-Crouch.</p>
              <p>If your home is just outside these areas, call us anyway &ndash; we will tell you honestly
              whether we are the right agent for you or whether a colleague closer to you would do a better job.</p>
            </div>
            <div class="col-lg-6 pt16 pb16 o_colored_level">
              <img src="/web/image/2202-8d0a11f2/duke-street-office.jpg" class="img img-fluid mx-auto rounded"
                   alt="Our Chelmsford office on Duke Street" loading="lazy"/>
            </div>
          </div>
        </div>
      </section>
      <section class="s_three_columns o_cc o_cc2 pt32 pb32 o_colored_level" data-vcss="001"
               data-snippet="s_three_columns" data-name="Columns">
        <div class="container">
          <div class="row d-flex align-items-stretch">
            <div class="col-lg-4 s_col_no_bgcolor pt16 pb16 o_colored_level">
              <div class="card bg-white h-100">
                <img class="card-img-top" src="/web/image/2203-44b1d0e8/sell.jpg" alt="" loading="lazy"/>
                <div class="card-body">
                  <h3 class="card-title">Selling</h3>
                  <p class="card-text">Honest pricing, proper photography and a named person who chases your
                  sale right through to completion.</p>
                  <a href="/selling/" class="btn btn-link">Selling with us</a>
                </div>
              </div>
            </div>
            <div class="col-lg-4 s_col_no_bgcolor pt16 pb16 o_colored_level">
              <div class="card bg-white h-100">
                <img class="card-img-top" src="/web/image/2204-5d9e2a17/buy.jpg" alt="" loading="lazy"/>
                <div class="card-body">
                  <h3 class="card-title">Buying</h3>
                  <p class="card-text">Register once and hear about new homes before they reach the big
                  property websites.</p>
                  <a href="/buying/" class="btn btn-link">Buying with us</a>
                </div>
              </div>
            </div>
            <div class="col-lg-4 s_col_no_bgcolor pt16 pb16 o_colored_level">
              <div class="card bg-white h-100">
                <img class="card-img-top" src="/web/image/2205-0ab7c3f4/let.jpg" alt="" loading="lazy"/>
                <div class="card-body">
                  <h3 class="card-title">Letting</h3>
                  <p class="card-text">From simply finding a tenant to looking after every repair and rent
                  payment, for landlords near and far.</p>
                  <a href="/landlords/" class="btn btn-link">Landlord services</a>
                </div>
              </div>
            </div>
          </div>
        </div>
      </section>
      <section class="s_numbers pt48 pb48 o_colored_level" data-snippet="s_numbers" data-name="Numbers">
        <div class="container">
          <div class="row">
            <div class="col-lg-4 text-center o_colored_level"><span class="s_number display-4">2</span>
              <p>branches</p></div>
            <div class="col-lg-4 text-center o_colored_level"><span class="s_number display-4">20+</span>
              <p>years in mid-Essex</p></div>
            <div class="col-lg-4 text-center o_colored_level"><span class="s_number display-4">4.8&#9733;</span>
              <p>average Google rating</p></div>
          </div>
        </div>
      </section>
"""
    + _TESTIMONIALS_SALES
    + "\n"
    + _CTA
)

_SELLING = (
    _title(
        "Selling your home", "A straightforward, well-marketed sale with the same local people from start to finish."
    )
    + "\n"
    + _main_with_sidebar(
        """              <h2 id="appraisal">Your market appraisal</h2>
              <p>Every sale starts with a market appraisal at your home. It is <strong>free and there is no
              obligation</strong> to instruct us afterwards. One of our valuers from your nearest branch will
              visit, usually within three working days of your call, and we can come on a Saturday if weekdays
              are difficult. Allow 45 minutes to an hour.</p>
              <p>We will walk round the whole property (garden and loft included), ask about work you have done
              such as extensions, a new boiler or replacement windows, and talk through your plans and timing.
              Within 48 hours you will receive a written appraisal by email with:</p>
              <ul>
                <li>our recommended asking price and the price we expect it to achieve;</li>
                <li>recent sold prices of comparable homes nearby and the competition currently on the market;</li>
                <li>our suggested marketing plan and any simple jobs worth doing before photographs.</li>
              </ul>
              <p>We do not give valuations purely online or over the phone. An online estimate is a useful
              starting point, but it cannot see your new kitchen or the busy road at the bottom of the garden.</p>
              <h2>Getting ready to go on the market</h2>
              <p>Before we can advertise your home we need photo ID and proof of address for every owner, an
              Energy Performance Certificate (we can arrange one if yours has expired) and your answers to our
              material information form: tenure, council tax band, parking, utilities, broadband and any flood
              risk. Most homes are live within a week of instructing us.</p>
              <h2>What's included in our marketing</h2>
              <div class="s_hr text-start pt8 pb8" data-snippet="s_hr"><hr class="w-100 mx-auto"/></div>
              <ul>
                <li>Professional photography by our in-house photographer, with drone aerial shots for homes
                with larger plots or waterside and rural settings</li>
                <li>A measured floorplan and a 360&deg; virtual tour</li>
                <li>Listings on Rightmove, Zoopla and OnTheMarket as well as our own website</li>
                <li>Posts on our Facebook and Instagram pages, which reach thousands of local people</li>
                <li>Same-day email and text alerts to buyers registered with both branches</li>
                <li>Window displays in Chelmsford and Maldon, and a For Sale board if you would like one
                (entirely your choice)</li>
                <li>A weekly marketing report showing portal views and enquiries</li>
              </ul>
              <p>See <a href="/selling/fees/">our selling fees</a> for the difference between sole and
              multi-agency.</p>""",
        _SIDEBAR_SELL,
    )
    + "\n"
    + _TESTIMONIALS_SALES
)

_FEES = (
    _title("Selling fees", "Clear fees, no upfront costs and no sale, no fee.")
    + "\n"
    + _main_with_sidebar(
        """              <p>You pay nothing until your sale completes. Our fee is a percentage of the final sale
              price and is normally paid by your solicitor out of the sale proceeds on completion day. There is
              <strong>no withdrawal fee</strong> and no charge for photography, floorplans or portal listings.</p>
              <div class="table-responsive">
                <table class="table table-bordered o_table">
                  <thead>
                    <tr><th></th><th>Sole agency</th><th>Multi-agency</th></tr>
                  </thead>
                  <tbody>
                    <tr><td>Fee</td><td>1.2% + VAT (1.44% inc VAT)</td><td>1.8% + VAT (2.16% inc VAT)</td></tr>
                    <tr><td>Minimum fee</td><td>&pound;1,800 + VAT (&pound;2,160 inc VAT)</td>
                        <td>&pound;2,400 + VAT (&pound;2,880 inc VAT)</td></tr>
                    <tr><td>Minimum contract term</td><td>12 weeks</td><td>None</td></tr>
                    <tr><td>To end the agreement</td><td>14 days' written notice, given at any time after the
                        first 12 weeks</td><td>14 days' written notice at any time</td></tr>
                    <tr><td>Rightmove Premium listing</td><td>Included</td><td>Not included</td></tr>
                  </tbody>
                </table>
              </div>
              <p><em>Example:</em> a home sold for &pound;350,000 on sole agency costs &pound;4,200 + VAT
              (&pound;5,040 including VAT).</p>
              <h3>Sole agency or multi-agency?</h3>
              <p>With <strong>sole agency</strong> we are the only agent marketing your home for the contract
              term. With <strong>multi-agency</strong> you instruct us alongside one or more other agents and
              only the agent who introduces the buyer who completes is paid. Multi-agency costs more because
              we may do the work and not be paid; it also tends to mean the same home appears several times on
              Rightmove, which buyers notice.</p>
              <p>We never use &ldquo;sole selling rights&rdquo;. If you find a buyer yourself privately, with no
              involvement from us, no fee is due.</p>
              <h3>After the agreement ends</h3>
              <p>If you later sell to a buyer we introduced while we were instructed, and that sale is agreed
              within six months of our agreement ending, our fee remains payable.</p>
              <h3>Your right to cancel</h3>
              <p>If you sign our agreement at home or online you have 14 days to cancel. If you ask us to start
              marketing within those 14 days and then cancel, we only charge for photography already taken, at
              cost (&pound;150 inc VAT).</p>
              <h3>Optional extras</h3>
              <table class="table table-striped o_table">
                <tbody>
                  <tr><td>Energy Performance Certificate</td><td>&pound;85 inc VAT</td></tr>
                  <tr><td>Filmed video walk-through</td><td>&pound;240 inc VAT</td></tr>
                  <tr><td>50 printed colour brochures</td><td>&pound;60 inc VAT</td></tr>
                </tbody>
              </table>""",
        _SIDEBAR_SELL,
    )
    + "\n"
    + _CTA
)

_VIEWINGS = (
    _title("Viewings &amp; offers", "How we show your home, and how we handle the offers that follow.")
    + "\n"
    + _main_with_sidebar(
        """              <h2>Accompanied viewings</h2>
              <p>Every viewing of a home we are selling is <strong>accompanied by a member of our team</strong>,
              at no extra cost. You do not need to be there &ndash; in fact many sellers prefer to be out, as
              buyers talk more freely without the owner in the room. We keep your keys in our branch safe on
              coded tags that never show your address.</p>
              <p>Before booking a viewing we find out each buyer's position and how they are paying, so your
              time is not wasted on people who cannot proceed.</p>
              <h3>Evening and weekend viewings</h3>
              <p>Many of our buyers commute, so we run viewings later than our office hours:</p>
              <ul>
                <li><strong>Monday to Thursday:</strong> until 7.30pm</li>
                <li><strong>Friday:</strong> until 6pm</li>
                <li><strong>Saturday:</strong> 9am to 4pm from both branches</li>
                <li><strong>Sunday:</strong> 10am to 2pm, by prior arrangement with you</li>
              </ul>
              <p>For homes we expect to be popular, we often hold an open morning on the first Saturday after
              launch, with back-to-back viewings.</p>
              <h3>Feedback</h3>
              <p>You will hear from us within 24 hours of every viewing, by phone or email, with the buyer's
              honest comments.</p>
              <h2>Offers</h2>
              <p>We pass every offer to you promptly, and always confirm it in writing within 24 hours, as the
              law requires. With each offer we tell you what we know about the buyer: whether they are
              chain-free or have a home to sell (and whether it is under offer), whether they have a mortgage
              agreed in principle, and how soon they want to move. We check their mortgage paperwork or proof
              of funds before recommending an offer.</p>
              <p><strong>You are never obliged to accept an offer</strong>, even one at the full asking price.
              You can reject it, accept it, or ask us to negotiate. We will give you our honest opinion, but
              the decision is always yours.</p>
              <h3>More than one buyer?</h3>
              <p>If several buyers are interested we may ask for &ldquo;best and final&rdquo; offers by a fixed
              deadline, so everyone is treated fairly.</p>
              <h3>Once you accept</h3>
              <p>Your home is marked &ldquo;sold subject to contract&rdquo; and we stop booking viewings unless
              you ask us to carry on. Nothing is legally binding until contracts are exchanged.</p>""",
        _SIDEBAR_SELL,
    )
)

_PROGRESSION = (
    _title("From offer to completion", "Our sale progression team keeps your sale moving after the board goes up.")
    + "\n"
    + _main_with_sidebar(
        """              <h2>Memorandum of sale</h2>
              <p>Within 24 hours of you accepting an offer we send a memorandum of sale to you, your buyer and
              both solicitors. It confirms the agreed price, everyone's contact details, any fixtures and
              fittings included, the buyer's lender or broker and what we know about the chain. Your solicitor
              cannot open the file until they have it, so please choose your solicitor early.</p>
              <h2>Your sale progressor</h2>
              <p>Once a sale is agreed it is handed to our dedicated sale progressor, who does nothing else. Each
              week they:</p>
              <ul>
                <li>check in with both solicitors about searches, enquiries and paperwork;</li>
                <li>follow the buyer's mortgage application and chase the lender's valuation;</li>
                <li>speak to the other agents up and down the chain;</li>
                <li>send you an update every Friday, even when there is nothing new to report.</li>
              </ul>
              <p>You can also log in to our online Move Tracker at any time to see which milestones have been
              reached.</p>
              <h2>Chains</h2>
              <p>A chain is simply the line of linked sales and purchases that depend on each other. On the day
              your sale is agreed we map the whole chain, find out who is buying and selling at each link, and
              flag any weak point early.</p>
              <p>If your buyer still has a property to sell that is not yet under offer, we agree a deadline
              with you (usually six to eight weeks) for them to find a buyer before we start showing your home
              again. If a sale further down the chain collapses we will talk you through your options straight
              away &ndash; waiting, finding a replacement buyer for that link, or going back on the market.</p>
              <h2>What usually causes delays</h2>
              <ul>
                <li>Slow replies to solicitors' enquiries &ndash; answer quickly and completely;</li>
                <li>Missing paperwork such as building regulations certificates or FENSA for windows;</li>
                <li>A survey or mortgage valuation that raises issues. If a buyer asks to renegotiate, we
                handle it and get you the evidence you need to respond;</li>
                <li>Leasehold information from managing agents (see <a href="/selling/leasehold/">selling a
                leasehold flat</a>).</li>
              </ul>
              <h2>Exchange and completion</h2>
              <p>At exchange the sale becomes legally binding and the completion date is fixed. On completion
              day we release the keys to your buyer as soon as your solicitor confirms the money has arrived.</p>""",
        _SIDEBAR_SELL,
    )
)

_LEASEHOLD = (
    _title(
        "Selling a leasehold flat or maisonette",
        "Leasehold sales involve extra paperwork. Start it early and your sale will be much smoother.",
    )
    + "\n"
    + _main_with_sidebar(
        """              <h2>Information we need before marketing</h2>
              <p>Buyers and their lenders want the key leasehold facts from the start, so our listing will show:
              the number of years left on the lease, the annual ground rent and how it can be increased, the
              current service charge, and the name of the managing agent. Please dig out your lease and your
              latest service charge demand before our visit.</p>
              <h2>The management pack</h2>
              <p>Your buyer's solicitor will ask for a <strong>leasehold management pack</strong>, often called
              an LPE1, from your building's managing agent or freeholder. It covers the service charge accounts
              and budget, buildings insurance, any planned major works and consultation (section 20) notices,
              ground rent, and the building's rules on things like subletting and alterations.</p>
              <p>The fee for the pack is set by the managing agent, not by us, and is paid by you as the seller.
              Locally it is usually between <strong>&pound;250 and &pound;600 including VAT</strong>, with an
              extra charge if you want it fast-tracked. Packs commonly take two to four weeks to arrive.</p>
              <p>Our advice: <strong>order the pack when you instruct us</strong>, not after you have a buyer.
              Waiting for leasehold information is the single most common cause of delay on flat sales.</p>
              <h2>Short leases</h2>
              <p>Once a lease falls below about 85 years some mortgage lenders become more cautious, and below
              80 years the cost of extending it rises sharply because of &ldquo;marriage value&rdquo;. That can
              put buyers off and reduce what they will offer.</p>
              <p>If your lease is getting short, speak to a solicitor about a formal lease extension. You can
              usually start the process by serving notice on the freeholder and then pass the benefit of that
              notice to your buyer, so they do not have to wait two years of ownership before extending. The
              rules are being changed by the Leasehold and Freehold Reform Act 2024, so take current advice.</p>
              <h2>Taller buildings</h2>
              <p>For blocks over 11 metres high, buyers' lenders may ask about external wall and cladding
              safety. If your managing agent has an EWS1 form or a building safety certificate, send us a copy
              so we can share it with buyers from day one.</p>
              <h2>Share of freehold</h2>
              <p>If you own a share of the freehold, tell us at the appraisal. We will need the company details
              and any records of the owners' decisions.</p>""",
        _SIDEBAR_SELL,
    )
)

_PROBATE = (
    _title(
        "Probate property sales",
        "Selling the home of someone who has died, handled carefully and with as little stress as possible.",
    )
    + "\n"
    + _main_with_sidebar(
        """              <p>We regularly sell homes on behalf of executors and families across mid-Essex. We understand
              this is rarely just a property transaction, and we will go at the pace that suits you.</p>
              <h2>Who we act for</h2>
              <p>We take instructions from the executors named in the will or, where there is no will, from the
              administrators of the estate. We will need photo ID for each executor, a copy of the death
              certificate and a copy of the will (or, later, the letters of administration).</p>
              <h2>Can we sell before probate is granted?</h2>
              <p>Yes. We can put the property on the market and agree a sale before the grant of probate
              arrives, but <strong>contracts cannot be exchanged until the grant has been issued</strong>.
              Grants can take several months, so we explain the position to buyers at the outset and look for
              buyers who are happy to wait.</p>
              <h2>Valuations for probate and inheritance tax</h2>
              <p>We provide a written market valuation of the property as at the date of death, suitable for
              the probate application and inheritance tax forms. It costs <strong>&pound;150 + VAT
              (&pound;180 inc VAT)</strong>, and we refund it in full if you instruct us to sell the property
              within 12 months. For larger estates, or if HMRC is likely to query the figure, we can recommend a
              RICS Registered Valuer.</p>
              <h2>Looking after an empty home</h2>
              <ul>
                <li>While the property is on the market with us we visit every fortnight to collect post, check
                for leaks and make sure it is secure, at no charge.</li>
                <li>Let the home insurer know the property is empty &ndash; many policies restrict cover after it
                has been unoccupied for 30 to 60 days.</li>
                <li>We can introduce trusted local house clearance firms, or sell the property with contents if
                the family prefers.</li>
              </ul>
              <h2>Executors who live far away</h2>
              <p>Many executors live outside Essex. Everything, including our agreement and ID checks, can be
              done by e-signature and video call, and we will keep all executors updated at the same time.
              We will only put up a For Sale board if you are happy for us to.</p>""",
        _SIDEBAR_SELL,
    )
)

_BUYING = (
    _title("Buying with us", "Register once, hear first, and get your offer taken seriously.")
    + "\n"
    + _main_with_sidebar(
        """              <h2>Register as a buyer</h2>
              <p>Call either branch or fill in the form below. Tell us your budget, the areas you are looking in,
              the number of bedrooms and anything you cannot live without (a garage, a downstairs loo, a
              walk to the station). We also need to know your position: first-time buyer, nothing to sell,
              a home to sell (on the market or already under offer) or a cash buyer.</p>
              <p>We then email and text you new homes that match, <strong>usually 24 hours before they appear
              on Rightmove and Zoopla</strong> if you are ready to proceed. You can change your criteria or
              unsubscribe at any time.</p>
              <section class="s_website_form pt16 pb16" data-vcss="001" data-snippet="s_website_form"
                       data-name="Form">
                <div class="container">
                  <form id="buyer_register" action="/website/form/" method="post" enctype="multipart/form-data"
                        class="o_mark_required" data-mark="*" data-model_name="crm.lead"
                        data-success-mode="message">
                    <div class="s_website_form_rows row s_col_no_bgcolor">
                      <div class="mb-0 py-2 col-lg-6 s_website_form_field s_website_form_required">
                        <label class="s_website_form_label" for="bname">Your name *</label>
                        <input id="bname" type="text" class="form-control s_website_form_input" name="contact_name"
                               required=""/>
                      </div>
                      <div class="mb-0 py-2 col-lg-6 s_website_form_field s_website_form_required">
                        <label class="s_website_form_label" for="bphone">Phone *</label>
                        <input id="bphone" type="tel" class="form-control s_website_form_input" name="phone"
                               required=""/>
                      </div>
                      <div class="mb-0 py-2 col-12 s_website_form_field">
                        <label class="s_website_form_label" for="bwant">What are you looking for?</label>
                        <textarea id="bwant" class="form-control s_website_form_input" name="description"
                                  rows="3"></textarea>
                      </div>
                      <div class="mb-0 py-2 col-12 s_website_form_submit">
                        <a href="#" role="button" class="btn btn-primary s_website_form_send">Register</a>
                      </div>
                    </div>
                  </form>
                </div>
              </section>
              <h2>Mortgage in principle</h2>
              <p>Before we can book a second viewing or put an offer forward we need to see a
              <strong>mortgage agreement in principle</strong> (sometimes called a decision in principle) or,
              for cash buyers, proof of funds. It shows sellers you can actually buy. Our partner, Blackwater
              Mortgage Solutions, is an independent whole-of-market broker and can usually arrange one within a
              day, with no obligation to take a mortgage through them.</p>
              <h2>Making an offer</h2>
              <p>Call the branch and tell us your offer, your position, your mortgage details and, ideally, your
              solicitor. We put every offer to the seller and confirm it to them in writing.</p>
              <h2>ID and anti-money laundering checks</h2>
              <p>The Money Laundering Regulations require us to verify the identity of every buyer, and where
              their deposit is coming from, before a sale can be agreed. We do this electronically through the
              Thirdfort app: you scan your passport or driving licence, take a selfie and link your bank account
              or upload statements. The check costs <strong>&pound;24 inc VAT per buyer</strong>, is payable
              once your offer is accepted and is not refundable. It is the only charge we make to buyers.</p>""",
        _SIDEBAR_SELL,
    )
)

_FTB = (
    _title("First-time buyer guide", "Buying your first home, step by step, with no jargon.")
    + "\n"
    + """      <section class="s_text_image pt32 pb32 o_colored_level" data-snippet="s_text_image"
               data-name="Text - Image">
        <div class="container">
          <div class="row align-items-center">
            <div class="col-lg-6 pt16 pb16 o_colored_level">
              <h2>1. Work out your budget</h2>
              <p>Most lenders want a deposit of at least 5 to 10% of the price and will lend around four to
              four and a half times your income. Budget for the other costs too: a solicitor or conveyancer
              (typically &pound;1,200 to &pound;1,800 including searches), a survey (&pound;400 to &pound;900),
              any mortgage arrangement fee, moving costs and stamp duty. First-time buyers get relief from stamp
              duty up to a set price; use HMRC's online calculator for current figures.</p>
              <h2>2. Lifetime ISA</h2>
              <p>If you have a Lifetime ISA you can use it towards your first home, as long as the home costs
              <strong>&pound;450,000 or less</strong>, the account has been open for at least 12 months and you
              are buying with a mortgage. The government adds a 25% bonus on up to &pound;4,000 a year. Tell your
              conveyancer early, because they have to request the money from your ISA provider and this can take
              a couple of weeks.</p>
            </div>
            <div class="col-lg-6 pt16 pb16 o_colored_level">
              <img src="/web/image/2210-6e3f9a20/first-home-keys.jpg" class="img img-fluid mx-auto rounded"
                   alt="Keys to a first home" loading="lazy"/>
            </div>
          </div>
        </div>
      </section>
      <section class="s_text_block pt16 pb32 o_colored_level" data-snippet="s_text_block" data-name="Text">
        <div class="container">
          <div class="row">
            <div class="col-lg-6 o_colored_level">
              <h2>3. Get a mortgage in principle</h2>
              <p>Do this before you start viewing seriously. Sellers and agents will take you far more seriously
              with one in hand.</p>
              <h2>4. Register, view and offer</h2>
              <p>Register with us and the other local agents. View as many homes as you can; go back a second
              time before offering. See <a href="/buying/">buying with us</a> for how offers work.</p>
              <h2>5. Choose a solicitor or conveyancer</h2>
              <p>Pick one before you offer. Look for someone who replies quickly &ndash; it makes a real
              difference.</p>
            </div>
            <div class="col-lg-6 o_colored_level">
              <h2>6. Survey</h2>
              <p>Your lender's valuation is not a survey. A RICS Level 2 survey suits most conventional homes;
              choose Level 3 for older, extended or unusual properties.</p>
              <h2>7. Exchange and completion</h2>
              <p>You sign your contract and pay your deposit at exchange, and from then on the purchase is
              binding. On completion day your solicitor sends the money and you collect the keys.</p>
              <h2>How long does it take?</h2>
              <p>For a first-time buyer with no chain, expect around <strong>12 to 16 weeks</strong> from offer
              accepted to completion. Leasehold flats and longer chains usually take longer.</p>
              <p class="small text-muted">We hold a free first-time buyer evening at our Chelmsford branch every
              quarter with a mortgage adviser and a local solicitor. Ask to be added to the list.</p>
            </div>
          </div>
        </div>
      </section>
"""
    + _CTA
)

_LANDLORDS = (
    _title("Letting services for landlords", "Let only or fully managed &ndash; clear fees, no surprises.")
    + "\n"
    + _main_with_sidebar(
        """              <p>We let and manage homes for landlords who own one flat and landlords with twenty. Choose
              <strong>let only</strong> if you want us to find and set up a tenant and you will manage the
              tenancy yourself, or <strong>fully managed</strong> if you want us to handle everything.</p>
              <div class="table-responsive">
                <table class="table table-bordered o_table">
                  <thead>
                    <tr><th></th><th>Let only</th><th>Fully managed</th></tr>
                  </thead>
                  <tbody>
                    <tr><td><strong>Fee</strong></td>
                        <td>75% of the first month's rent + VAT (90% inc VAT), minimum &pound;600 + VAT
                        (&pound;720 inc VAT)</td>
                        <td>Set-up fee &pound;395 + VAT (&pound;474 inc VAT), then 12% of the monthly rent +
                        VAT (14.4% inc VAT)</td></tr>
                    <tr><td>Rental valuation and advice</td><td>&#10003;</td><td>&#10003;</td></tr>
                    <tr><td>Marketing on Rightmove and Zoopla</td><td>&#10003;</td><td>&#10003;</td></tr>
                    <tr><td>Viewings with prospective tenants</td><td>&#10003;</td><td>&#10003;</td></tr>
                    <tr><td>Referencing and Right to Rent checks</td><td>&#10003;</td><td>&#10003;</td></tr>
                    <tr><td>Tenancy agreement</td><td>&#10003;</td><td>&#10003;</td></tr>
                    <tr><td>Deposit registered and protected</td><td>&#10003;</td><td>&#10003;</td></tr>
                    <tr><td>Monthly rent collection and statements</td><td>&ndash;</td><td>&#10003;</td></tr>
                    <tr><td>Repairs arranged with vetted contractors</td><td>&ndash;</td><td>&#10003;</td></tr>
                    <tr><td>24-hour emergency line for your tenants</td><td>&ndash;</td><td>&#10003;</td></tr>
                    <tr><td>Routine inspections with photo reports</td><td>&ndash;</td><td>&#10003;</td></tr>
                    <tr><td>Safety certificate renewals booked for you</td><td>&ndash;</td><td>&#10003;</td></tr>
                    <tr><td>Check-out and deposit negotiation</td><td>&ndash;</td><td>&#10003;</td></tr>
                    <tr><td>Annual statement for your tax return</td><td>&ndash;</td><td>&#10003;</td></tr>
                  </tbody>
                </table>
              </div>
              <h3>Other landlord fees</h3>
              <table class="table table-striped o_table">
                <tbody>
                  <tr><td>Inventory and check-in, 1&ndash;2 bedrooms</td><td>&pound;120 + VAT (&pound;144 inc
                  VAT)</td></tr>
                  <tr><td>Inventory and check-in, 3 bedrooms</td><td>&pound;150 + VAT (&pound;180 inc VAT)</td></tr>
                  <tr><td>Inventory and check-in, 4+ bedrooms</td><td>&pound;180 + VAT (&pound;216 inc VAT)</td></tr>
                  <tr><td>Tenancy renewal (let only)</td><td>&pound;90 + VAT (&pound;108 inc VAT)</td></tr>
                  <tr><td>Tenancy renewal (fully managed)</td><td>No charge</td></tr>
                </tbody>
              </table>
              <p>Our fully managed service can be ended with two months' written notice at any time after the
              first six months. Safety certificates are charged separately &ndash; see
              <a href="/landlords/safety-and-compliance/">safety and compliance</a> &ndash; and our optional
              rent guarantee is explained under <a href="/landlords/tenant-referencing-and-rent-protection/">rent
              protection</a>.</p>
              <h3>Landlords living abroad</h3>
              <p>If you live outside the UK we must deduct basic-rate tax from your rent under HMRC's
              Non-Resident Landlord Scheme unless HMRC gives you an approval number to receive it gross.</p>""",
        _SIDEBAR_LET,
    )
)

_COMPLIANCE = (
    _title("Safety &amp; compliance for landlords", "The certificates and checks the law requires, and what they cost.")
    + "\n"
    + _main_with_sidebar(
        """              <p>Renting out a home comes with legal duties, and the penalties for getting them wrong are
              serious &ndash; fines of up to &pound;30,000 for electrical safety breaches alone. We can arrange
              everything through our approved contractors.</p>
              <div class="table-responsive">
                <table class="table table-bordered o_table">
                  <thead>
                    <tr><th>Requirement</th><th>How often</th><th>Our price (inc VAT)</th></tr>
                  </thead>
                  <tbody>
                    <tr><td>Gas Safety Certificate (CP12), by a Gas Safe engineer</td><td>Every 12 months</td>
                        <td>&pound;85 for the boiler and one appliance, &pound;15 per extra appliance</td></tr>
                    <tr><td>Electrical Installation Condition Report (EICR)</td><td>At least every 5 years, and
                        before a new tenancy if the last report has expired</td>
                        <td>&pound;180 up to 2 bedrooms, &pound;220 for 3 bedrooms or more (any remedial work
                        quoted separately)</td></tr>
                    <tr><td>Energy Performance Certificate (EPC), minimum rating E</td><td>Valid for 10 years</td>
                        <td>&pound;85</td></tr>
                    <tr><td>Legionella risk assessment</td><td>Before the first tenancy and after any changes
                        to the water system</td><td>&pound;60</td></tr>
                  </tbody>
                </table>
              </div>
              <h3>Smoke and carbon monoxide alarms</h3>
              <p>You must fit a smoke alarm on every storey used as living accommodation, and a carbon monoxide
              alarm in every room with a fixed combustion appliance such as a gas boiler, wood burner or open
              fire (gas cookers are exempt). Alarms must be working on the first day of every tenancy; we test
              them at check-in and record it on the inventory. If a tenant reports a faulty alarm it must be
              repaired or replaced promptly.</p>
              <h3>Right to Rent</h3>
              <p>We carry out Right to Rent immigration checks on every adult who will live in the property,
              for both let only and fully managed landlords.</p>
              <h3>Documents your tenants must receive</h3>
              <p>Before the tenancy starts tenants must be given the government's How to Rent guide, the gas
              safety certificate, the EPC and the EICR. We send these and keep proof of delivery.</p>
              <h3>Licensing</h3>
              <p>A licence is required for a house in multiple occupation let to five or more people from two
              or more households. We will tell you at the valuation if your property needs one.</p>
              <h3>Who books renewals?</h3>
              <p>For fully managed landlords we track every expiry date and book renewals four weeks ahead. Let
              only landlords are responsible for their own renewals during the tenancy.</p>""",
        _SIDEBAR_LET,
    )
)

_REFERENCING = (
    _title(
        "Referencing, deposits &amp; rent protection",
        "Choosing the right tenant and protecting your income if things go wrong.",
    )
    + "\n"
    + _main_with_sidebar(
        """              <h2>Tenant referencing</h2>
              <p>Every adult tenant, and every guarantor, is fully referenced through our referencing partner
              before a tenancy is agreed. The checks cover:</p>
              <ul>
                <li>identity and Right to Rent;</li>
                <li>a credit search, including county court judgments and insolvency;</li>
                <li><strong>affordability:</strong> gross annual income of at least 30 times the monthly rent
                (for a &pound;1,200 a month home, &pound;36,000 a year between the tenants), or 36 times the rent
                for a guarantor;</li>
                <li>an employer reference, or an accountant's reference and two years' accounts if
                self-employed;</li>
                <li>a reference from the current or previous landlord.</li>
              </ul>
              <p>Referencing usually takes two to five working days. We send you the full report with our
              recommendation, and the final decision is always yours.</p>
              <h2>Deposits</h2>
              <p>We take a security deposit of five weeks' rent, the legal maximum where the annual rent is under
              &pound;50,000 (six weeks' rent above that). We register every deposit with the Deposit Protection
              Service's custodial scheme within 30 days and send the tenant the prescribed information.</p>
              <h2>If the rent is not paid</h2>
              <p>For fully managed landlords, we act the moment a payment is missed:</p>
              <ol>
                <li><strong>Day 1:</strong> text and email reminder to the tenant</li>
                <li><strong>Day 3:</strong> phone call to the tenant</li>
                <li><strong>Day 7:</strong> formal arrears letter, and we let you know</li>
                <li><strong>Day 14:</strong> second letter, and we contact the guarantor</li>
                <li><strong>Day 21:</strong> meeting with the tenant to agree a repayment plan</li>
              </ol>
              <p>If arrears reach two months' rent we discuss possession with you and can instruct our partner
              solicitors to serve the correct notice and take the case to court. Let only landlords deal with
              arrears themselves, though we are happy to give advice.</p>
              <h2>Rent guarantee</h2>
              <p>Fully managed landlords can add our rent guarantee for <strong>3% + VAT (3.6% inc VAT) of the
              monthly rent</strong>. If your tenant stops paying, you continue to receive the rent every month
              until you get the property back, and legal expenses of up to &pound;50,000 for the eviction are
              covered. The tenants and any guarantor must have passed referencing in full for the guarantee to
              apply.</p>""",
        _SIDEBAR_LET,
    )
)

_TENANTS = (
    _title("Renting a home", "How to apply, what you pay and what happens on moving day.")
    + "\n"
    + _main_with_sidebar(
        """              <h2>Applying for a property</h2>
              <p>Once you have viewed a home you would like to rent, tell the branch and we will email each adult
              who will live there a link to our online application. It takes about 15 minutes. You will need
              your employer's details, your current landlord's details and three months' payslips or bank
              statements.</p>
              <h2>Holding deposit</h2>
              <p>To take the property off the market while references are done we ask for a holding deposit of
              <strong>one week's rent</strong> (the monthly rent &times; 12 &divide; 52 &ndash; so &pound;253.84
              on a &pound;1,100 a month home). We aim to sign the tenancy agreement within 15 days.</p>
              <p>When the tenancy goes ahead, the holding deposit goes towards your first month's rent. If the
              landlord decides not to go ahead, it is refunded in full within seven days. We may keep it only if
              you give false or misleading information, fail a Right to Rent check, pull out, or do not take all
              reasonable steps to sign the agreement by the deadline.</p>
              <h2>Referencing</h2>
              <p>Our referencing partner checks your identity, credit history, income and previous landlord.
              Between you, you will normally need a combined income of 30 times the monthly rent, or a UK
              guarantor.</p>
              <h2>Before you move in</h2>
              <p>Before we can hand over the keys, the following must reach us in cleared funds:</p>
              <ul>
                <li>your <strong>first month's rent</strong>, less the holding deposit already paid;</li>
                <li>your <strong>security deposit of five weeks' rent</strong>, which we protect with the Deposit
                Protection Service.</li>
              </ul>
              <p>You will sign your tenancy agreement electronically, and we send you the How to Rent guide and
              the property's safety certificates.</p>
              <h2>Moving day</h2>
              <p>Keys are collected from the branch from 12 noon on the day your tenancy starts. The inventory
              clerk meets you at the property to go through the check-in report and take meter readings. Then
              set up your energy, water, broadband and council tax (Chelmsford City Council or Maldon District
              Council) in your own name.</p>
              <h3>Other fees tenants may pay</h3>
              <p>As permitted by the Tenant Fees Act 2019: &pound;50 inc VAT if you ask to change your tenancy
              agreement; the reasonable cost of replacing lost keys or fobs; interest on rent more than 14 days
              late at 3% above the Bank of England base rate; and the landlord's reasonable costs if you ask to
              leave early.</p>""",
        _SIDEBAR_TENANT,
    )
)

_DURING = (
    _title("During &amp; ending your tenancy", "Repairs, emergencies, inspections and moving out.")
    + "\n"
    + _main_with_sidebar(
        """              <h2>Reporting a repair</h2>
              <p>If we manage your home, report repairs through our online repair portal, open 24 hours a day.
              Add photos or a short video &ndash; it often means the right contractor comes first time. If your
              landlord manages the property themselves, contact them directly using the details in your tenancy
              agreement.</p>
              <table class="table table-bordered o_table">
                <thead><tr><th>Priority</th><th>Examples</th><th>Our target</th></tr></thead>
                <tbody>
                  <tr><td>Emergency</td><td>No heating or hot water, major leak, no power, insecure door</td>
                      <td>Made safe within 24 hours</td></tr>
                  <tr><td>Urgent</td><td>Broken oven, one electric socket not working, dripping leak</td>
                      <td>Contractor attends within 3 working days</td></tr>
                  <tr><td>Routine</td><td>Sticking door, dripping tap, broken blind</td>
                      <td>Booked within 14 days</td></tr>
                </tbody>
              </table>
              <h2>Emergencies out of hours</h2>
              <p>For genuine emergencies in a home we manage, on evenings after 5.30pm, at weekends or on bank
              holidays, call our <strong>out-of-hours emergency line on 07700 900318</strong>. Use it for:
              no heating or hot water, water pouring through a ceiling or flooding, total loss of power, a
              property you cannot lock, or your only toilet being blocked.</p>
              <p>If you smell gas, leave the property and call the National Gas Emergency Service on 0800 111
              999 first, then let us know. For fire or danger to life, call 999. If a contractor is called out
              for something that is not an emergency, or for damage caused by a tenant, the cost may be
              passed on to you.</p>
              <h2>Property inspections</h2>
              <p>We carry out the first inspection about three months after you move in, then every six months.
              We always give you at least 24 hours' written notice and normally a week by email. You do not need
              to be in; we take photos of the condition of the property, not of your belongings.</p>
              <h2>Ending your tenancy</h2>
              <p><strong>In a fixed term</strong> you can only leave early if your agreement has a break clause
              or your landlord agrees (in which case you may pay their reasonable costs).</p>
              <p><strong>On a rolling (periodic) tenancy</strong> you must give us written notice &ndash; at least
              one month, ending on the last day of a rental period, unless your agreement says otherwise.
              Email your branch and we will confirm your end date in writing.</p>
              <h3>Check-out and your deposit</h3>
              <p>Return all keys to the branch by 12 noon on your last day. The clerk compares the property with
              the check-in inventory, allowing for fair wear and tear. We send any proposed deductions within 10
              working days, and once agreed your deposit is returned within 10 days. If you disagree, the
              Deposit Protection Service offers free, independent dispute resolution.</p>""",
        _SIDEBAR_TENANT,
    )
)

_COMPLAINTS = (
    _title("Complaints &amp; redress", "We want to put things right. Here is exactly how to raise a concern.")
    + "\n"
    + """      <section class="s_text_image pt32 pb32 o_colored_level" data-snippet="s_text_image"
               data-name="Text - Image">
        <div class="container">
          <div class="row">
            <div class="col-lg-6 pt16 pb16 o_colored_level">
              <h2>Our complaints procedure</h2>
              <h3>Stage 1 &ndash; the branch</h3>
              <p>Please write to the branch manager of the office that dealt with you, by email or letter,
              explaining what went wrong and what you would like us to do. We will acknowledge your complaint
              within <strong>3 working days</strong> and send a full written response within
              <strong>15 working days</strong>.</p>
              <h3>Stage 2 &ndash; director review</h3>
              <p>If you are not satisfied, ask for your complaint to be reviewed by a director. Claire Oduya,
              our managing director, or Mark Pettigrew for lettings matters, will look at it afresh and send
              our final viewpoint in writing within 15 working days.</p>
              <h3>Stage 3 &ndash; The Property Ombudsman</h3>
              <p>If you remain unhappy, or we have not resolved your complaint within 8 weeks of you first
              raising it, you can refer it to The Property Ombudsman (TPO). This is free and independent. You
              must contact TPO within <strong>12 months</strong> of our final viewpoint letter.</p>
              <p>The Property Ombudsman, Milford House, 43&ndash;55 Milford Street, Salisbury, Wiltshire SP1 2BP.
              Telephone 01722 333306. <a href="https://www.tpos.co.uk" target="_blank">www.tpos.co.uk</a>.
              Our membership number is T04821.</p>
            </div>
            <div class="col-lg-6 pt16 pb16 o_colored_level">
              <h2>Client money protection</h2>
              <p>Rent and deposits we hold for clients are kept in a designated client bank account, separate
              from our own money. We are members of the Propertymark Client Money Protection scheme (membership
              number C0087543), so if anything happened to Homefinders, money we hold on your behalf is
              protected.</p>
              <h2>Professional membership</h2>
              <p>Our directors and branch managers are members of Propertymark (NAEA and ARLA) and we follow its
              conduct and client accounting rules.</p>
              <h2>Your personal data</h2>
              <p>We are registered with the Information Commissioner's Office (ZA318274). If you are unhappy with
              how we have handled your personal information, contact us first; you can also complain to the ICO
              at <a href="https://ico.org.uk" target="_blank">ico.org.uk</a>.</p>
              <img src="/web/image/2231-7c1e9a0b/propertymark-protected.png" class="img img-fluid"
                   alt="Propertymark Protected" loading="lazy"/>
            </div>
          </div>
        </div>
      </section>
"""
)


def _person(name, role, text):
    return f"""            <div class="col-lg-4 pt16 pb16 o_colored_level">
              <div class="s_card card h-100 o_cc o_cc1" data-snippet="s_card">
                <img class="card-img-top rounded-circle w-50 mx-auto mt-3" alt="{name}" loading="lazy"
                     src="/web/image/website.s_company_team_image_1"/>
                <div class="card-body">
                  <h4 class="card-title">{name}</h4>
                  <p class="text-muted">{role}</p>
                  <p class="card-text">{text}</p>
                </div>
              </div>
            </div>"""


def _team_row(heading, people):
    cards = "\n".join(_person(*p) for p in people)
    return f"""      <section class="s_company_team pt32 pb32 o_colored_level" data-snippet="s_company_team"
               data-name="Team">
        <div class="container">
          <h2>{heading}</h2>
          <div class="row">
{cards}
          </div>
        </div>
      </section>"""


_TEAM = "\n".join(
    [
        _title("Meet the team", "Small enough to know every client, big enough to cover mid-Essex properly."),
        _team_row(
            "Directors",
            [
                (
                    "Claire Oduya MNAEA",
                    "Founder &amp; Managing Director",
                    "Born and raised in Chelmsford, Claire founded Homefinders in 2004 after ten years with a "
                    "national agency. She still values homes every week.",
                ),
                (
                    "Mark Pettigrew MARLA",
                    "Lettings Director",
                    "Mark joined in 2009 and built our lettings department from scratch. He oversees lettings and "
                    "property management at both branches.",
                ),
            ],
        ),
        _team_row(
            "Chelmsford branch",
            [
                (
                    "Priya Natarajan",
                    "Chelmsford Branch &amp; Sales Manager",
                    "Priya runs the Duke Street office and the Chelmsford sales team.",
                ),
                (
                    "Tom Ashdown",
                    "Senior Valuer",
                    "Tom carries out most of our market appraisals in the city and surrounding villages.",
                ),
                (
                    "Jo Whitlock",
                    "Sale Progressor (both branches)",
                    "Jo looks after every agreed sale from memorandum to completion and knows most local "
                    "solicitors by first name.",
                ),
                (
                    "Sam Okafor",
                    "Lettings Negotiator",
                    "Sam handles rental viewings and tenant applications in Chelmsford.",
                ),
                (
                    "Hannah Breeze",
                    "Property Manager",
                    "Hannah manages our Chelmsford rental homes, repairs and inspections.",
                ),
            ],
        ),
        _team_row(
            "Maldon branch",
            [
                (
                    "Gareth Lyle",
                    "Maldon Branch Manager",
                    "Gareth opened our Maldon office in 2016. He lives in Heybridge and handles sales and "
                    "valuations across Maldon and the Dengie.",
                ),
                (
                    "Emma Rowe",
                    "Lettings &amp; Property Manager, Maldon",
                    "Emma looks after lettings and managed homes from the Maldon branch.",
                ),
                (
                    "Lucy Fenn",
                    "Sales Negotiator &amp; Photographer",
                    "Lucy books viewings in Maldon and takes the photographs and drone shots for both branches.",
                ),
            ],
        ),
    ]
)

_CONTACT = (
    _title("Branches &amp; contact", "Two offices, one team. Pop in, call or send us a message.")
    + "\n"
    + """      <section class="s_text_image pt32 pb32 o_colored_level" data-snippet="s_text_image"
               data-name="Text - Image">
        <div class="container">
          <div class="row">
            <div class="col-lg-6 pt16 pb16 o_colored_level">
              <h2>Chelmsford</h2>
              <p>41 Duke Street, Chelmsford, Essex CM1 1HU<br/>
              Telephone <a href="tel:+441245490213">01245 490213</a><br/>
              <a href="mailto:chelmsford@homefinders-essex.co.uk">chelmsford@homefinders-essex.co.uk</a></p>
              <table class="table table-sm o_table">
                <tbody>
                  <tr><td>Monday to Friday</td><td>9.00am &ndash; 5.30pm</td></tr>
                  <tr><td>Saturday</td><td>9.00am &ndash; 4.00pm</td></tr>
                  <tr><td>Sunday</td><td>Closed</td></tr>
                </tbody>
              </table>
              <h3>Getting here and parking</h3>
              <p>We are a three-minute walk from Chelmsford railway station. The office has no customer parking;
              the nearest car parks are the station multi-storey on Station Approach (three minutes' walk) and
              the High Chelmer multi-storey (five minutes). Blue badge holders can use the disabled bays on
              Victoria Road South. The office is step-free on the ground floor.</p>
            </div>
            <div class="col-lg-6 pt16 pb16 o_colored_level">
              <h2>Maldon</h2>
              <p>78 High Street, Maldon, Essex CM9 5PN<br/>
              Telephone <a href="tel:+441621850447">01621 850447</a><br/>
              <a href="mailto:maldon@homefinders-essex.co.uk">maldon@homefinders-essex.co.uk</a></p>
              <table class="table table-sm o_table">
                <tbody>
                  <tr><td>Monday to Friday</td><td>9.00am &ndash; 5.30pm</td></tr>
                  <tr><td>Saturday</td><td>9.00am &ndash; 1.00pm</td></tr>
                  <tr><td>Sunday</td><td>Closed</td></tr>
                </tbody>
              </table>
              <h3>Getting here and parking</h3>
              <p>We are near the top of the High Street, opposite the Moot Hall. There is free one-hour parking
              on the High Street, and the long-stay pay and display car park on Butt Lane is two minutes' walk
              behind the branch. There is one step at the entrance; ring the bell and we will bring out our
              portable ramp.</p>
            </div>
          </div>
        </div>
      </section>
      <section class="s_text_block pt16 pb32 o_colored_level o_cc o_cc2" data-snippet="s_text_block">
        <div class="container">
          <h2>Bank holidays and Christmas</h2>
          <p>Both branches are <strong>closed on all bank holidays</strong>. Between Christmas and New Year the
          Chelmsford branch opens 10am to 2pm on the working days in between; the Maldon branch is closed from
          Christmas Eve and reopens on the first working day of January. Tenants of homes we manage can still
          reach our emergency line &ndash; see <a href="/tenants/during-your-tenancy/">during your tenancy</a>.</p>
        </div>
      </section>
      <section class="s_website_form pt32 pb48 o_colored_level" data-vcss="001" data-snippet="s_website_form"
               data-name="Form">
        <div class="container">
          <h2>Send us a message</h2>
          <form id="contactus_form" action="/website/form/" method="post" enctype="multipart/form-data"
                class="o_mark_required" data-mark="*" data-model_name="mail.mail" data-success-mode="message">
            <div class="s_website_form_rows row s_col_no_bgcolor">
              <div class="mb-0 py-2 col-lg-6 s_website_form_field s_website_form_required">
                <label class="s_website_form_label" for="cname">Name *</label>
                <input id="cname" type="text" class="form-control s_website_form_input" name="name" required=""/>
              </div>
              <div class="mb-0 py-2 col-lg-6 s_website_form_field s_website_form_required">
                <label class="s_website_form_label" for="cemail">Email *</label>
                <input id="cemail" type="email" class="form-control s_website_form_input" name="email_from"
                       required=""/>
              </div>
              <div class="mb-0 py-2 col-lg-6 s_website_form_field">
                <label class="s_website_form_label" for="cbranch">Branch</label>
                <select id="cbranch" class="form-select s_website_form_input" name="branch">
                  <option>Chelmsford</option><option>Maldon</option>
                </select>
              </div>
              <div class="mb-0 py-2 col-12 s_website_form_field s_website_form_required">
                <label class="s_website_form_label" for="cmsg">Message *</label>
                <textarea id="cmsg" class="form-control s_website_form_input" name="body_html" rows="4"
                          required=""></textarea>
              </div>
              <div class="mb-0 py-2 col-12 s_website_form_submit">
                <a href="#" role="button" class="btn btn-primary s_website_form_send">Send</a>
              </div>
            </div>
          </form>
        </div>
      </section>
"""
)

_FAQS = [
    (
        "Do you sell new-build homes?",
        "Yes. We work with several small local developers around Chelmsford and Maldon and often market new homes "
        "before building work is finished. Registered buyers hear about these first.",
    ),
    (
        "Can I view a property by video call?",
        "Yes. If you cannot get to a viewing, for example because you are relocating from further away, we can "
        "show you round live on WhatsApp or FaceTime and answer your questions as we go. We still recommend "
        "seeing a home in person before exchanging contracts.",
    ),
    (
        "Will landlords accept pets?",
        "Many of our landlords will consider a pet, especially a cat or a small, well-behaved dog, though leases "
        "on some flats do not allow them. Tell us about your pet when you apply and include a reference from a "
        "previous landlord if you can. A landlord cannot take a separate pet deposit, but may ask for a slightly "
        "higher rent to reflect the extra wear.",
    ),
    (
        "I receive Universal Credit. Can I still rent through you?",
        "Yes. We do not turn anyone away because they receive benefits. Everyone goes through the same "
        "referencing, and if your income does not meet the affordability check a guarantor can usually help.",
    ),
    (
        "Can you sell a shared ownership home?",
        "Yes, we can market your share. The housing association normally has a nomination period first, often "
        "four to eight weeks, during which it looks for a buyer from its own list. We will guide you through the "
        "process and liaise with the housing association for you.",
    ),
    (
        "I have already moved out. Can you hold my keys?",
        "Of course. We hold keys free of charge for any home we are selling, and keep a note of alarm codes and "
        "meter locations so viewings run smoothly.",
    ),
    (
        "Should I sell before I buy?",
        "Usually, yes. Sellers take buyers far more seriously if their own home is already under offer, and you "
        "will know exactly what you can afford. We can still book viewings for you while your home is on the "
        "market.",
    ),
    (
        "Do you do rental valuations?",
        "Yes, free of charge. We will tell you the rent we would advertise at, the likely demand, and any work we "
        "recommend before letting.",
    ),
]


def _faq_section():
    items = []
    for i, (q, a) in enumerate(_FAQS, start=1):
        items.append(
            f"""            <div class="accordion-item">
              <div class="accordion-header" role="tab">
                <button class="accordion-button collapsed" type="button" data-bs-toggle="collapse"
                        data-bs-target="#myCollapseTab{i}" aria-expanded="false"
                        aria-controls="myCollapseTab{i}">{q}</button>
              </div>
              <div id="myCollapseTab{i}" class="collapse" data-bs-parent="#myCollapse" role="tabpanel">
                <div class="accordion-body"><p>{a}</p></div>
              </div>
            </div>"""
        )
    body = "\n".join(items)
    return f"""      <section class="s_faq_collapse pt32 pb32 o_colored_level" data-snippet="s_faq_collapse"
               data-name="FAQ">
        <div class="container">
          <div id="myCollapse" class="accordion" role="tablist">
{body}
          </div>
        </div>
      </section>"""


_FAQ = (
    _title("Frequently asked questions", "Quick answers to the questions we hear most often in both branches.")
    + "\n"
    + _faq_section()
    + """
      <section class="s_text_block pt16 pb48 o_colored_level" data-snippet="s_text_block">
        <div class="container">
          <p>Can't find your answer? <a href="/contact/">Contact your nearest branch</a> or browse our guides for
          <a href="/selling/">sellers</a>, <a href="/buying/">buyers</a>, <a href="/landlords/">landlords</a> and
          <a href="/tenants/">tenants</a>.</p>
        </div>
      </section>"""
)


_PAGES = [
    ("/", "Estate &amp; Letting Agents in Chelmsford and Maldon", "Independent estate and letting agents.", _HOME),
    ("/selling/", "Selling your home", "Free market appraisals and full marketing for your home.", _SELLING),
    ("/selling/fees/", "Selling fees", "Sole agency and multi-agency fees and contract terms.", _FEES),
    ("/selling/viewings-and-offers/", "Viewings &amp; offers", "Accompanied viewings and offers.", _VIEWINGS),
    ("/selling/sale-progression/", "Sale progression", "Memorandum of sale, chains and progression.", _PROGRESSION),
    ("/selling/leasehold/", "Selling a leasehold flat", "Management packs and lease length.", _LEASEHOLD),
    ("/selling/probate/", "Probate property sales", "Selling a property on behalf of an estate.", _PROBATE),
    ("/buying/", "Buying with us", "Register as a buyer, mortgage in principle and offers.", _BUYING),
    ("/buying/first-time-buyers/", "First-time buyer guide", "Buying your first home step by step.", _FTB),
    ("/landlords/", "Letting services &amp; fees", "Let only and fully managed services for landlords.", _LANDLORDS),
    (
        "/landlords/safety-and-compliance/",
        "Safety &amp; compliance",
        "Gas, electrical and energy certificates for rental homes.",
        _COMPLIANCE,
    ),
    (
        "/landlords/tenant-referencing-and-rent-protection/",
        "Referencing, deposits &amp; rent protection",
        "Tenant referencing, deposits, rent arrears and rent guarantee.",
        _REFERENCING,
    ),
    ("/tenants/", "Renting a home", "Applying, holding deposits and moving in.", _TENANTS),
    (
        "/tenants/during-your-tenancy/",
        "During &amp; ending your tenancy",
        "Repairs, emergencies, inspections and ending a tenancy.",
        _DURING,
    ),
    ("/complaints/", "Complaints &amp; redress", "Our complaints procedure and redress scheme.", _COMPLAINTS),
    ("/team/", "Meet the team", "The people at our Chelmsford and Maldon branches.", _TEAM),
    ("/contact/", "Branches &amp; contact", "Addresses, opening hours and parking.", _CONTACT),
    ("/faq/", "FAQs", "Frequently asked questions.", _FAQ),
]

HTML = {path: page(path, title, description, body) for path, title, description, body in _PAGES}

QUESTIONS = [
    ("do you lot cover burnham on crouch or is it just maldon town", "/"),
    (
        "Thinking of selling our semi in Great Baddow. Does it cost anything to get someone round to tell us what "
        "it's worth?",
        "/selling/",
    ),
    ("What's your commission if I only go with you and not any other agents", "/selling/fees/"),
    ("If I sign up with you how long am I tied in for?", "/selling/fees/"),
    (
        "I work shifts and won't be home for most viewings, will someone from your office show people round?",
        "/selling/viewings-and-offers/",
    ),
    ("someone's offered 10k under the asking price, do I have to take it", "/selling/viewings-and-offers/"),
    (
        "We accepted an offer six weeks ago and it's all gone very quiet. What are you actually doing to move it "
        "along?",
        "/selling/sale-progression/",
    ),
    (
        "Selling my flat and the solicitor keeps asking for a management pack from the block's managing agent. "
        "What is it and how much will it cost me?",
        "/selling/leasehold/",
    ),
    (
        "My dad passed away in March and me and my brother are his executors. Can we put his bungalow on the "
        "market before probate comes through?",
        "/selling/probate/",
    ),
    (
        "Looking for a 3 bed in Danbury under 450k. how do I get you to tell me when something comes up",
        "/buying/",
    ),
    ("Why do you need a copy of my passport and what's this ID check fee in your email?", "/buying/"),
    (
        "First time buyer here, roughly how long does it take from getting an offer accepted to actually having "
        "the keys?",
        "/buying/first-time-buyers/",
    ),
    (
        "I've inherited a flat in Chelmsford but I live up in Leeds. How much would you charge to look after "
        "absolutley everything for me?",
        "/landlords/",
    ),
    ("just want you to find me a tenant, I'll deal with the rest myself. cost?", "/landlords/"),
    ("how often does a rental need the electrics testing and can you arrange it", "/landlords/safety-and-compliance/"),
    ("What happens if my tenant just stops paying the rent?", "/landlords/tenant-referencing-and-rent-protection/"),
    (
        "Found a house on your website I'd like to rent. How much is the holding deposit and do I get it back?",
        "/tenants/",
    ),
    ("what do i need to pay before i can get the keys to the rental", "/tenants/"),
    (
        "Boiler's packed up on a Saturday night, no heating or hot water and we've got a baby in the house. Who "
        "do I ring??",
        "/tenants/during-your-tenancy/",
    ),
    (
        "We want to move out of the house we rent from you, how much notice do we have to give?",
        "/tenants/during-your-tenancy/",
    ),
    (
        "I complained to the branch weeks ago and I'm still not happy with their answer. Who can I take it to next?",
        "/complaints/",
    ),
    ("who's the manager at the Maldon office", "/team/"),
    ("Are you open on the bank holiday Monday?", "/contact/"),
    ("where can I park near the Chelmsford office", "/contact/"),
    ("we've got a small dog, will landlords let us rent with her", "/faq/"),
]

OUT_OF_SCOPE = [
    "Do you handle commercial property? I've got a small shop unit in Maldon I want to let.",
    "Can you recommend a removals company for our move in June?",
    "Do you sell properties abroad? We're looking at a villa in Spain.",
    "Do you ever sell houses at auction?",
    "Are you hiring at the moment? I'd love to work as a lettings negotiator.",
    "Do you manage holiday lets or Airbnbs on the coast?",
    "What time is high tide at Maldon Promenade tomorrow?",
    "Can you recommend somewhere nice for Sunday lunch in Danbury?",
]
