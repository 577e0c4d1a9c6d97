# ruff: noqa: E501 - the pages are builders' real markup, whose long lines are part of what is tested
"""One realistic page per site builder small businesses use, with what extraction must keep and drop.

Each page mixes the business's content (services, prices in tables, lists and cards, opening hours, an
FAQ) with the chrome its builder wraps around it (menus, mobile toggles, cookie banners, headers with a
phone number, footers, sidebars, breadcrumbs, "Book now" buttons, newsletter sign-ups). `keep` lists
sentences that must be in the extracted text (emphasis markers aside); `drop` lists chrome strings that must not be.

Testimonials are the customer's words, not the business's facts: they may stay or go, so no page asserts
on them either way.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BuilderPage:
    builder: str
    url: str
    html: str
    keep: tuple[str, ...]
    drop: tuple[str, ...]


GUTENBERG_ASTRA = BuilderPage(
    builder="wordpress-gutenberg-astra",
    url="https://brightsmile.test/fees/",
    html="""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>Fees &#8211; Bright Smile Dental</title>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css">
<script>var astra = {"break_point":"921"};</script></head>
<body class="page-template-default page page-id-42 ast-page-builder-template ast-no-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="hfeed site">
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead" itemscope>
<div class="ast-above-header-bar"><span class="ast-header-html">Call us: 0161 555 0101</span></div>
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="site-branding">
<span class="site-title"><a href="/">Bright Smile Dental</a></span></div>
<div class="ast-mobile-menu-buttons"><button class="menu-toggle main-header-menu-toggle" aria-expanded="false">
<span class="mobile-menu-toggle-icon"></span><span class="mobile-menu-wrap">Main Menu</span></button></div>
<div class="ast-main-header-bar-alignment"><nav class="site-navigation ast-flex-grow-1" id="primary-site-navigation">
<ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu"><li class="menu-item"><a href="/">Home</a></li>
<li class="menu-item menu-item-has-children"><a href="/treatments/">Treatments</a><ul class="sub-menu">
<li class="menu-item"><a href="/implants/">Dental implants explained</a></li><li class="menu-item"><a href="/invisalign/">Invisalign clear aligners</a></li></ul></li>
<li class="menu-item"><a href="/fees/">Fees</a></li><li class="menu-item"><a href="/contact/">Contact</a></li></ul></nav></div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-42 page type-page status-publish ast-article-single" id="post-42">
<header class="entry-header ast-no-thumbnail"><h1 class="entry-title" itemprop="headline">Our fees</h1></header>
<div class="entry-content clear" itemprop="text">
<p>We are a mixed NHS and private practice. All private fees include a written treatment plan.</p>
<h2 class="wp-block-heading">Private fees</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Treatment</th><th>Fee</th></tr></thead>
<tbody><tr><td>New patient examination</td><td>£65</td></tr><tr><td>Hygienist visit (30 minutes)</td><td>£72</td></tr>
<tr><td>Tooth whitening with home trays</td><td>£295</td></tr></tbody></table></figure>
<h2 class="wp-block-heading">Ways to pay</h2>
<ul class="wp-block-list"><li>Card, cash or bank transfer on the day</li><li>Interest-free finance over 12 months for treatment above £500</li></ul>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/book/">Book an appointment</a></div></div>
<h2 class="wp-block-heading">Questions about fees</h2>
<details class="wp-block-details"><summary>Do you charge for missed appointments?</summary>
<p>We charge £25 if you miss an appointment without 24 hours' notice.</p></details>
</div></article></main></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-primary-footer-wrap"><div class="ast-builder-grid-row">
<aside class="footer-widget-area widget-area site-footer-focus-item"><section class="widget widget_text">
<h2 class="widget-title">Find us</h2><p>12 King Street, Manchester M2 4WU</p><p>Mon-Fri 8:30am-5:30pm</p></section></aside>
</div></div><div class="site-below-footer-wrap"><div class="ast-footer-copyright"><p>Copyright &copy; 2025 Bright Smile Dental | Powered by Astra WordPress Theme</p></div></div></footer>
</div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>This website uses cookies to improve your experience.
<a role="button" class="cli_settings_button">Cookie settings</a><a role="button" id="cookie_action_close_header" class="cli_action_button">ACCEPT</a></span></div>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js"></script>
</body></html>""",
    keep=(
        "# Our fees",
        "We are a mixed NHS and private practice.",
        "| New patient examination | £65 |",
        "| Tooth whitening with home trays | £295 |",
        "Interest-free finance over 12 months",
        "Do you charge for missed appointments?",
        "We charge £25 if you miss an appointment",
    ),
    drop=(
        "Skip to content",
        "0161 555 0101",
        "Main Menu",
        "Dental implants explained",
        "Book an appointment",
        "12 King Street",
        "Powered by Astra",
        "uses cookies",
        "ACCEPT",
    ),
)


ELEMENTOR = BuilderPage(
    builder="wordpress-elementor",
    url="https://sparkright.test/services/",
    html="""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>Services | Sparkright Electrical</title>
<link rel="stylesheet" href="/wp-content/plugins/elementor/assets/css/frontend.min.css"></head>
<body class="page-template elementor-default elementor-kit-5 elementor-page elementor-page-88">
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3f2a1b elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-50 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-icon-list" data-widget_type="icon-list.default">
<div class="elementor-widget-container"><ul class="elementor-icon-list-items elementor-inline-items"><li class="elementor-icon-list-item">
<span class="elementor-icon-list-text">Call 0113 496 0777 for same-day call-outs</span></li></ul></div></div>
<div class="elementor-element elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu" data-widget_type="nav-menu.default">
<div class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-a1" class="elementor-nav-menu">
<li class="menu-item"><a href="/" class="elementor-item">Home</a></li><li class="menu-item"><a href="/services/" class="elementor-item">Our electrical services</a></li></ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"><span class="elementor-screen-only">Menu</span></div></div></div>
</div></div></div></section></div>
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88">
<section class="elementor-section elementor-top-section elementor-element elementor-element-9a8b7c" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">Electrical services in Leeds</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>We are NICEIC approved electricians covering Leeds and Bradford, and every job comes with a 12 month guarantee.</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-price-table" data-widget_type="price-table.default"><div class="elementor-widget-container">
<div class="elementor-price-table"><div class="elementor-price-table__header"><h3 class="elementor-price-table__heading">Consumer unit upgrade</h3></div>
<div class="elementor-price-table__price"><span class="elementor-price-table__currency">£</span><span class="elementor-price-table__integer-part">480</span></div>
<ul class="elementor-price-table__features-list"><li><div class="elementor-price-table__feature-inner"><span>Includes surge protection and certificate</span></div></li></ul>
<div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button elementor-size-md" href="/quote/">Get a quote</a></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-accordion" data-widget_type="accordion.default"><div class="elementor-widget-container">
<div class="elementor-accordion" role="tablist"><div class="elementor-accordion-item">
<div id="elementor-tab-title-1461" class="elementor-tab-title" data-tab="1" role="tab" aria-controls="elementor-tab-content-1461" aria-expanded="false">
<span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true"><i class="fas fa-plus"></i></span>
<a class="elementor-accordion-title" href="">Do you fit EV chargers?</a></div>
<div id="elementor-tab-content-1461" class="elementor-tab-content elementor-clearfix" data-tab="1" role="tabpanel" aria-labelledby="elementor-tab-title-1461">
<p>Yes, we install 7kW home chargers from £850 fitted.</p></div></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-testimonial-carousel"><div class="elementor-widget-container">
<div class="elementor-testimonial__text">Quick, tidy and friendly. Would use again.</div></div></div>
</div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="15" class="elementor elementor-15 elementor-location-footer">
<section class="elementor-section elementor-top-section elementor-element"><div class="elementor-container"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Unit 4, Canal Wharf, Leeds LS11 5PS. Open Monday to Saturday.</p><p>© 2025 Sparkright Electrical Ltd. All rights reserved.</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-social-icons"><div class="elementor-social-icons-wrapper elementor-grid">
<a class="elementor-icon elementor-social-icon elementor-social-icon-facebook" href="https://facebook.com/sparkright">Facebook</a></div></div>
</div></div></section></div>
<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden moove-gdpr-align-center"><div class="moove-gdpr-info-bar-container">
<p>We use cookies to give you the best online experience.</p><button class="mgbutton moove-gdpr-infobar-allow-all">Accept</button></div></div>
</body></html>""",
    keep=(
        "# Electrical services in Leeds",
        "NICEIC approved electricians",
        "Consumer unit upgrade",
        "480",
        "Includes surge protection and certificate",
        "Do you fit EV chargers?",
        "we install 7kW home chargers from £850 fitted",
    ),
    drop=(
        "0113 496 0777",
        "Our electrical services",
        "Menu Toggle",
        "Get a quote",
        "Canal Wharf",
        "All rights reserved",
        "Facebook",
        "best online experience",
    ),
)


AVADA = BuilderPage(
    builder="wordpress-avada",
    url="https://greenleaf.test/garden-maintenance/",
    html="""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>Garden Maintenance - Greenleaf Gardens</title></head>
<body class="page-template-default page fusion-image-hovers fusion-body ltr fusion-sticky-header no-tablet-sticky-header has-sidebar">
<div id="boxed-wrapper"><div id="wrapper" class="fusion-wrapper">
<header class="fusion-header-wrapper"><div class="fusion-secondary-header"><div class="fusion-row">
<div class="fusion-contact-info"><span class="fusion-contact-info-phone-number">Phone: 01632 960 444</span></div></div></div>
<div class="fusion-header"><div class="fusion-row"><div class="fusion-logo"><a class="fusion-logo-link" href="/">Greenleaf Gardens</a></div>
<nav class="fusion-main-menu" aria-label="Main Menu"><ul id="menu-main" class="fusion-menu"><li class="menu-item"><a href="/"><span class="menu-text">Home</span></a></li>
<li class="menu-item"><a href="/landscaping/"><span class="menu-text">Landscaping projects</span></a></li></ul></nav>
<div class="fusion-mobile-menu-icons"><a href="#" class="fusion-icon awb-icon-bars" aria-label="Toggle mobile menu"></a></div></div></div></header>
<section class="avada-page-titlebar-wrapper"><div class="fusion-page-title-bar fusion-page-title-bar-breadcrumbs">
<div class="fusion-page-title-secondary"><div class="fusion-breadcrumbs"><span><a href="/">Home</a></span><span class="fusion-breadcrumb-sep">/</span>
<span class="breadcrumb-leaf">Garden Maintenance</span></div></div></div></section>
<main id="main" class="clearfix"><div class="fusion-row" style="">
<section id="content" style="float: left;"><div id="post-210" class="post-210 page type-page status-publish hentry">
<div class="post-content"><div class="fusion-fullwidth fullwidth-box fusion-builder-row-1 nonhundred-percent-fullwidth">
<div class="fusion-builder-row fusion-row"><div class="fusion-layout-column fusion_builder_column fusion-builder-column-0 fusion_builder_column_1_1 1_1">
<div class="fusion-column-wrapper fusion-flex-column-wrapper-legacy">
<div class="fusion-title title fusion-title-1 fusion-sep-none fusion-title-text fusion-title-size-one"><h1 class="title-heading-left">Garden maintenance</h1></div>
<div class="fusion-text fusion-text-1"><p>Regular visits keep your lawn, borders and hedges in shape all year round.</p>
<p>Visits are fortnightly from March to October and monthly over the winter.</p></div>
<div class="fusion-text fusion-text-2"><ul><li>Lawn mowing and edging</li><li>Hedge trimming up to 2 metres</li><li>Green waste taken away</li></ul></div>
<div class="fusion-pricingtable fusion-pricing-table-1 pricing-table-light sep-boxed-pricing"><div class="panel-container pricing-row fusion-clearfix">
<div class="panel-wrapper fusion-column column col-lg-6"><div class="panel"><div class="panel-heading"><h3 class="title-row">Small garden</h3></div>
<div class="panel-body pricing-row"><div class="price"><span class="currency">£</span><span class="integer-part">35</span><span class="time">per visit</span></div></div>
<ul class="list-group"><li class="list-group-item normal-row">Up to 100 square metres</li></ul>
<div class="panel-footer footer-row"><a class="fusion-button button-flat button-large" href="/contact/"><span class="fusion-button-text">Sign up</span></a></div></div></div></div></div>
<div class="accordian fusion-accordian"><div class="panel-group fusion-toggle-icon-boxed" id="accordion-210-1">
<div class="fusion-panel panel-default panel-5f1c fusion-toggle-has-divider"><div class="panel-heading"><h4 class="panel-title toggle" id="toggle_5f1c">
<a class="active" aria-expanded="false" aria-controls="5f1c" role="button" data-toggle="collapse" data-parent="#accordion-210-1" data-target="#5f1c" href="#5f1c">
<span class="fusion-toggle-icon-wrapper" aria-hidden="true"><i class="fa-fusion-box"></i></span><span class="fusion-toggle-heading">Do I need to be home for visits?</span></a></h4></div>
<div id="5f1c" class="panel-collapse collapse" aria-labelledby="toggle_5f1c"><div class="panel-body toggle-content fusion-clearfix">
<p>No, as long as we can get into the garden through a side gate.</p></div></div></div></div></div>
</div></div></div></div></div></div></section>
<aside id="sidebar" class="sidebar fusion-widget-area fusion-content-widget-area fusion-sidebar-right"><section id="text-3" class="widget widget_text">
<div class="heading"><h4 class="widget-title">Newsletter</h4></div><div class="textwidget"><p>Seasonal garden tips in your inbox every month.</p></div></section></aside>
</div></main>
<div class="fusion-footer"><footer class="fusion-footer-widget-area fusion-widget-area"><div class="fusion-row"><div class="fusion-columns">
<section class="fusion-footer-widget-column widget widget_text"><h4 class="widget-title">Opening hours</h4><div class="textwidget">Monday to Friday, 8am to 5pm</div></section></div></div></footer>
<footer id="footer" class="fusion-footer-copyright-area"><div class="fusion-copyright-notice"><div>© Copyright 2025 Greenleaf Gardens | All Rights Reserved | Powered by WordPress</div></div></footer></div>
</div></div>
<div class="fusion-privacy-bar fusion-privacy-bar-bottom"><div class="fusion-privacy-bar-main"><span>This site uses cookies. By continuing to browse you agree to our use of cookies.</span>
<a href="#" class="fusion-privacy-bar-acceptance fusion-button fusion-button-default">OK</a></div></div>
</body></html>""",
    keep=(
        "# Garden maintenance",
        "Regular visits keep your lawn, borders and hedges in shape all year round.",
        "fortnightly from March to October",
        "- Hedge trimming up to 2 metres",
        "Small garden",
        "per visit",
        "Up to 100 square metres",
        "Do I need to be home for visits?",
        "through a side gate",
    ),
    drop=(
        "01632 960 444",
        "Landscaping projects",
        "Toggle mobile menu",
        "Seasonal garden tips",
        "Sign up",
        "Monday to Friday, 8am to 5pm",
        "Powered by WordPress",
        "uses cookies",
    ),
)


DIVI = BuilderPage(
    builder="wordpress-divi",
    url="https://pawfect.test/grooming-prices/",
    html="""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>Grooming Prices | Pawfect Grooming</title></head>
<body class="page-template-default page et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_pb_gutters3 et_pb_pagebuilder_layout et_no_sidebar et_divi_theme et-db">
<div id="page-container">
<div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">01202 555 818</span>
<a href="mailto:hello@pawfect.test"><span id="et-info-email">hello@pawfect.test</span></a></div></div></div>
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container">
<div class="logo_container"><a href="/"><img src="/logo.png" alt="Pawfect Grooming" id="logo"></a></div>
<div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav"><li class="menu-item"><a href="/">Home</a></li>
<li class="menu-item"><a href="/gallery/">Before and after gallery</a></li></ul></nav>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span><span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div>
</div></div></header>
<div id="et-main-area"><div id="main-content"><article id="post-7" class="post-7 page type-page status-publish hentry">
<div class="entry-content"><div id="et-boc" class="et-boc"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0 et-last-child">
<div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner"><h1>Grooming prices</h1>
<p>Every groom includes a bath, blow dry, nail clip and ear clean. Prices depend on size and coat condition.</p></div></div>
</div></div>
<div class="et_pb_row et_pb_row_1"><div class="et_pb_column et_pb_column_1_2 et_pb_column_1">
<div class="et_pb_with_border et_pb_module et_pb_pricing_tables_0 et_pb_pricing clearfix et_pb_pricing_2"><div class="et_pb_pricing_table_wrap">
<div class="et_pb_pricing_table et_pb_pricing_table_0"><div class="et_pb_pricing_heading"><h2 class="et_pb_pricing_title">Small dogs</h2>
<span class="et_pb_best_value">Up to 10kg</span></div><div class="et_pb_pricing_content_top"><span class="et_pb_et_price"><span class="et_pb_dollar_sign">£</span><span class="et_pb_sum">38</span></span></div>
<div class="et_pb_pricing_content"><ul class="et_pb_pricing"><li><span>Full groom with hand finish</span></li></ul></div>
<div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_pricing_table_button" href="/book/">Book Now</a></div></div>
<div class="et_pb_pricing_table et_pb_pricing_table_1"><div class="et_pb_pricing_heading"><h2 class="et_pb_pricing_title">Large dogs</h2>
<span class="et_pb_best_value">Over 25kg</span></div><div class="et_pb_pricing_content_top"><span class="et_pb_et_price"><span class="et_pb_dollar_sign">£</span><span class="et_pb_sum">62</span></span></div>
<div class="et_pb_pricing_content"><ul class="et_pb_pricing"><li><span>De-shedding treatment included</span></li></ul></div>
<div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_pricing_table_button" href="/book/">Book Now</a></div></div>
</div></div></div>
<div class="et_pb_column et_pb_column_1_2 et_pb_column_2 et-last-child">
<div class="et_pb_module et_pb_toggle et_pb_toggle_0 et_pb_toggle_item et_pb_toggle_close"><h5 class="et_pb_toggle_title">How long does a groom take?</h5>
<div class="et_pb_toggle_content clearfix"><p>Most dogs are ready to collect within two to three hours.</p></div></div>
<div class="et_pb_module et_pb_toggle et_pb_toggle_1 et_pb_toggle_item et_pb_toggle_close"><h5 class="et_pb_toggle_title">Do you groom cats?</h5>
<div class="et_pb_toggle_content clearfix"><p>Yes, on Tuesday mornings only, from £45.</p></div></div>
</div></div></div>
<div class="et_pb_section et_pb_section_1 et_pb_with_background et_section_regular"><div class="et_pb_row"><div class="et_pb_column">
<div class="et_pb_module et_pb_signup_0 et_pb_newsletter_layout_left_right et_pb_newsletter et_pb_subscribe clearfix">
<div class="et_pb_newsletter_description"><h2 class="et_pb_module_header">Join our pack</h2><div>Get grooming tips and member offers by email.</div></div></div>
</div></div></div>
</div></div></div></div></article></div>
<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix">
<ul class="et-social-icons"><li class="et-social-icon et-social-facebook"><a href="#" class="icon"><span>Facebook</span></a></li></ul>
<div id="footer-info">Pawfect Grooming, 3 Harbour Road, Poole BH15 1AA | Designed by Elegant Themes</div></div></div></footer>
</div></div>
<div id="catapult-cookie-bar" class=""><div class="ctcc-inner"><span class="ctcc-left-side">This site uses cookies: <a class="ctcc-more-info-link" href="/privacy/">Find out more.</a></span>
<span class="ctcc-right-side"><button id="catapultCookie" tabindex="0">Okay, thanks</button></span></div></div>
</body></html>""",
    keep=(
        "# Grooming prices",
        "Every groom includes a bath, blow dry, nail clip and ear clean.",
        "Small dogs",
        "Up to 10kg",
        "38",
        "Full groom with hand finish",
        "Large dogs",
        "De-shedding treatment included",
        "How long does a groom take?",
        "within two to three hours",
        "Yes, on Tuesday mornings only, from £45.",
    ),
    drop=(
        "01202 555 818",
        "Before and after gallery",
        "Select Page",
        "Book Now",
        "Get grooming tips",
        "3 Harbour Road",
        "Designed by Elegant Themes",
        "Find out more",
    ),
)


WIX = BuilderPage(
    builder="wix",
    url="https://www.harbourviewcafe.test/menu",
    html="""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Menu | Harbour View Café</title>
<meta property="og:title" content="Menu | Harbour View Café"><script id="wix-viewer-model" type="application/json">{"siteFeatures":[]}</script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
<div id="comp-kx1xy8a1" class="KcpHeO tz5MBl wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">Call 01872 555 210 to book a table</p></div>
<wix-dropdown-menu id="comp-kx1xy8b2" class="XwCBRN NHM1d1 wixui-dropdown-menu" tabindex="-1" dir="ltr"><nav class="R_TAzU" aria-label="Site"><ul class="y7qwii">
<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="https://www.harbourviewcafe.test" class="UiHgGh"><p class="zKbzSQ">Home</p></a></li>
<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="https://www.harbourviewcafe.test/events" class="UiHgGh"><p class="zKbzSQ">Live music nights</p></a></li></ul></nav></wix-dropdown-menu>
<div id="comp-l1hamb" class="wixui-hamburger-menu"><button aria-label="Open navigation menu" class="wixui-hamburger-open-button">Open site navigation</button></div>
</div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div data-mesh-id="c1dmpinlineContent" data-testid="inline-content"><div data-mesh-id="c1dmpinlineContent-gridContainer" data-testid="mesh-container-content">
<section id="comp-lq0m2k3a" tabindex="-1" class="Oqnisf comp-lq0m2k3a wixui-section" data-block-level-container="ClassicSection"><div data-testid="columns" class="V5AUxf">
<div id="comp-lq0m2k3c" class="comp-lq0m2k3c YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lq0m2k3cinlineContent" data-testid="inline-content" class="">
<div id="comp-lq0m5d1e" class="HcOXKn SxM0TO QxJLC3 comp-lq0m5d1e wixui-rich-text" data-testid="richTextElement">
<h1 class="font_0 wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">Our menu</span></h1></div>
<div id="comp-lq0m6f2g" class="HcOXKn SxM0TO QxJLC3 comp-lq0m6f2g wixui-rich-text" data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text">Breakfast is served from 8am until 11.30am every day, and lunch from noon until 3pm.</p>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">&#8203;</span></p>
<p class="font_8 wixui-rich-text__text">Full Cornish breakfast with hog's pudding - £12.50</p>
<p class="font_8 wixui-rich-text__text">Crab sandwich on granary bread - £14</p></div>
<div id="comp-lq0m7h3i" class="HcOXKn SxM0TO QxJLC3 comp-lq0m7h3i wixui-rich-text" data-testid="richTextElement">
<h2 class="font_2 wixui-rich-text__text">Good to know</h2>
<ul class="font_8 wixui-rich-text__text"><li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">Dogs are welcome on the terrace.</p></li>
<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">Gluten free bread is available on request.</p></li></ul></div>
<div class="comp-lq0m8j4k wixui-button" id="comp-lq0m8j4k" aria-disabled="false"><a data-testid="linkElement" href="/book-online" class="uDW_Qe wixui-button PlZyDq"><span class="l7_2fn wixui-button__label">Reserve a table</span></a></div>
</div></div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
<div id="comp-kx1z0a9" class="wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">The Quay, St Mawes, TR2 5DG</p>
<p class="font_9 wixui-rich-text__text">&copy; 2025 by Harbour View Café. Proudly created with Wix.com</p></div>
<div id="comp-kx1z0b1" class="wixui-social-bar"><ul class="social-bar"><li><a href="https://instagram.com/harbourview">Instagram</a></li></ul></div></div></footer>
</div></div></div></div>
<div id="consent-banner-root" class="consent-banner"><div data-hook="ccsu-banner-wrapper" role="dialog" aria-label="Cookie banner"><p data-hook="ccsu-banner-text">This website uses cookies. We use cookies to offer you a better browsing experience.</p>
<button data-hook="consent-banner-apply-button">Accept</button></div></div>
</body></html>""",
    keep=(
        "# Our menu",
        "Breakfast is served from 8am until 11.30am every day",
        "Full Cornish breakfast with hog's pudding - £12.50",
        "Crab sandwich on granary bread - £14",
        "## Good to know",
        "Dogs are welcome on the terrace.",
        "Gluten free bread is available on request.",
    ),
    drop=(
        "top of page",
        "01872 555 210",
        "Live music nights",
        "Open site navigation",
        "Reserve a table",
        "St Mawes",
        "Proudly created with Wix.com",
        "Instagram",
        "better browsing experience",
    ),
)


SQUARESPACE = BuilderPage(
    builder="squarespace-7.1",
    url="https://stillwaterphysio.test/pricing",
    html="""<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Pricing &mdash; Stillwater Physiotherapy</title>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {};</script></head>
<body id="collection-5f8e" class="header-overlay-alignment-center tweak-portfolio-grid-overlay-width-full primary-button-style-solid show-entry-author">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><p>Now open on Saturday mornings in Clifton</p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right">
<div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text"><a href="/">Stillwater Physiotherapy</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list"><div class="header-nav-item header-nav-item--collection"><a href="/sports-massage">Sports massage therapy</a></div></nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book Online</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger"><span class="js-header-burger-open-title visually-hidden">Open Menu</span></button></div>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="5f8e">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="5f8e1">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content"><div class="fluid-engine fe-5f8e1">
<div class="fe-block fe-block-yui_3_17_2_1"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">Pricing</h1>
<p class="" style="white-space:pre-wrap;">Initial assessment and treatment lasts 45 minutes and costs £60.</p>
<p class="" style="white-space:pre-wrap;">Follow-up sessions last 30 minutes and cost £48.</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_2"><div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69"><div class="sqs-block-content">
<ul class="accordion-items-container" data-should-allow-multiple-open-items="true" data-is-divider-enabled="true">
<li class="accordion-item"><h4 class="accordion-item__title-wrapper" role="heading" aria-level="3"><button class="accordion-item__click-target" aria-expanded="false" aria-controls="accordion-item-1" id="button-accordion-item-1">
<span class="accordion-item__title">Do I need a referral from my GP?</span><div class="accordion-icon-container" aria-hidden="true"><div class="plus"></div></div></button></h4>
<div class="accordion-item__dropdown" role="region" id="accordion-item-1" aria-labelledby="button-accordion-item-1"><div class="accordion-item__description"><p>No, you can book directly with us without a referral.</p></div></div></li>
</ul></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_3"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center">
<a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book your assessment</a></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_4"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Stay in touch</h2><div class="newsletter-form-header-description"><p>Monthly exercises for a healthy back.</p></div></div></div></div></div></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-theme="black"><div class="content-wrapper"><div class="content">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><p>14 Princess Victoria Street, Bristol BS8 4BX</p>
<p>Monday to Friday 8am - 7pm</p></div></div></div></div></div></section></footer>
</div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text"><p>We use cookies to personalise content and analyse traffic.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
</body></html>""",
    keep=(
        "# Pricing",
        "Initial assessment and treatment lasts 45 minutes and costs £60.",
        "Follow-up sessions last 30 minutes and cost £48.",
        "Do I need a referral from my GP?",
        "No, you can book directly with us without a referral.",
    ),
    drop=(
        "Now open on Saturday mornings",
        "Sports massage therapy",
        "Book Online",
        "Open Menu",
        "Book your assessment",
        "Monthly exercises for a healthy back",
        "Princess Victoria Street",
        "Monday to Friday 8am - 7pm",
        "personalise content",
    ),
)


WEBFLOW = BuilderPage(
    builder="webflow",
    url="https://northpointaccounts.test/pricing",
    html="""<!DOCTYPE html>
<html data-wf-domain="northpointaccounts.test" data-wf-page="64a1" data-wf-site="64a0"><head><meta charset="utf-8">
<title>Pricing | Northpoint Accountants</title><link href="/css/northpoint.webflow.css" rel="stylesheet"></head>
<body class="body">
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" class="brand w-nav-brand">Northpoint Accountants</a><nav role="navigation" class="nav-menu w-nav-menu">
<a href="/services" class="nav-link w-nav-link">Tax returns and payroll</a><a href="/contact" class="nav-button w-button">Free consultation</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section hero"><div class="container w-container"><h1 class="heading-xl">Simple, fixed monthly fees</h1>
<p class="paragraph-large">No hourly billing. Every plan includes your year-end accounts and a named accountant.</p></div></div>
<div class="section pricing"><div class="container w-container"><div class="w-layout-grid pricing-grid">
<div class="pricing-card"><div class="pricing-title">Sole trader</div><div class="pricing-price">£45/month</div>
<div class="w-richtext"><ul role="list"><li>Self assessment tax return</li><li>Quarterly bookkeeping review</li></ul></div>
<a href="/contact" class="button w-button">Get started</a></div>
<div class="pricing-card featured"><div class="pricing-title">Limited company</div><div class="pricing-price">£120/month</div>
<div class="w-richtext"><ul role="list"><li>Corporation tax return</li><li>Payroll for up to five staff</li></ul></div>
<a href="/contact" class="button w-button">Get started</a></div></div></div></div>
<div class="section faq"><div class="container w-container"><h2>Frequently asked questions</h2>
<div data-hover="false" data-delay="0" class="faq-dropdown w-dropdown"><div class="faq-toggle w-dropdown-toggle"><div class="faq-question">Can I switch accountant mid-year?</div></div>
<nav class="faq-answer w-dropdown-list"><p class="faq-answer-text">Yes. We contact your old accountant and move your records for free.</p></nav></div>
<div class="testimonial-slider w-slider"><div class="w-slider-mask"><div class="w-slide"><p class="quote">Northpoint saved me hours every month.</p></div></div></div>
</div></div>
<div class="section cta-newsletter"><div class="container w-container"><div class="w-form"><form id="email-form" name="email-form"><label for="email">Sign up for tax deadline reminders</label>
<input type="email" class="w-input" name="email" id="email"><input type="submit" value="Subscribe" class="w-button"></form></div></div></div>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-text">Northpoint Accountants Ltd, 9 Grey Street, Newcastle NE1 6EE</div>
<div class="footer-text">Registered in England no. 09876543</div><a href="https://linkedin.com/company/northpoint" class="footer-social w-inline-block">LinkedIn</a></div></div></footer>
<div class="cookie-popup"><div class="cookie-text">By clicking Accept you agree to the storing of cookies on your device.</div><a href="#" class="cookie-accept w-button">Accept</a></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
</body></html>""",
    keep=(
        "# Simple, fixed monthly fees",
        "No hourly billing. Every plan includes your year-end accounts and a named accountant.",
        "Sole trader",
        "£45/month",
        "Self assessment tax return",
        "Limited company",
        "£120/month",
        "Payroll for up to five staff",
        "Can I switch accountant mid-year?",
        "We contact your old accountant and move your records for free.",
    ),
    drop=(
        "Tax returns and payroll",
        "Free consultation",
        "Get started",
        "tax deadline reminders",
        "9 Grey Street",
        "Registered in England",
        "LinkedIn",
        "storing of cookies",
    ),
)


SHOPIFY_DAWN = BuilderPage(
    builder="shopify-dawn",
    url="https://hillsidebakery.test/pages/wedding-cakes",
    html="""<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><title>Wedding cakes &ndash; Hillside Bakery</title>
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "hillside-bakery.myshopify.com";</script></head>
<body class="gradient">
<a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message h5"><span>Free local delivery on orders over £40</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1 gradient">
<header class="header header--middle-left header--mobile-center page-width"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span>Menu</span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce"><nav class="menu-drawer__navigation"><ul class="menu-drawer__menu"><li><a href="/collections/bread" class="menu-drawer__menu-item">Sourdough and bread</a></li></ul></nav></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Hillside Bakery</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list"><li><a href="/collections/all" class="header__menu-item list-menu__item link">Shop all cakes</a></li></ul></nav>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<div id="shopify-section-template--1581__main" class="shopify-section section"><div class="page-width page-width--narrow section-template--1581__main-padding">
<h1 class="main-page-title page-title h0">Wedding cakes</h1>
<div class="rte"><p>Every wedding cake is baked to order in our Frome kitchen. We need at least <strong>eight weeks' notice</strong>.</p>
<table><tbody><tr><td><strong>Tiers</strong></td><td><strong>Serves</strong></td><td><strong>From</strong></td></tr>
<tr><td>Two tiers</td><td>50</td><td>£280</td></tr><tr><td>Three tiers</td><td>90</td><td>£420</td></tr></tbody></table>
<p>Tastings take place on Saturday afternoons and cost £25, which comes off your final order.</p></div></div></div>
<div id="shopify-section-template--1581__collapsible_content" class="shopify-section"><div class="collapsible-content collapsible-none-layout">
<div class="collapsible-content__wrapper page-width"><h2 class="collapsible-content__heading inline-richtext h1">Questions</h2>
<div class="grid__item"><div class="accordion content-container color-background-1 gradient"><details id="Details-collapsible-row-1">
<summary id="Summary-collapsible-row-1"><h3 class="accordion__title inline-richtext h4">Do you deliver and set up the cake?</h3></summary>
<div class="accordion__content rte" id="CollapsibleAccordion-collapsible-row-1" role="region"><p>Yes, within 30 miles of Frome for £45.</p></div></details></div></div></div></div></div>
<div id="shopify-section-template--1581__newsletter" class="shopify-section"><div class="newsletter center"><div class="newsletter__wrapper"><h2 class="h1">Subscribe to our emails</h2>
<div class="newsletter__subheading rte"><p>Be the first to know about new cakes and seasonal bakes.</p></div></div></div></div>
</main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 gradient section-footer-padding">
<div class="footer__content-top page-width"><div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit us</h2>
<div class="footer-block__details-content rte"><p>4 Cheap Street, Frome BA11 1BN. Tuesday to Saturday, 7am to 3pm.</p></div></div></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2025, Hillside Bakery</small><small class="copyright__content"><a href="https://www.shopify.com">Powered by Shopify</a></small></div></footer></div>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog"><p>This website uses cookies to ensure you get the best experience.</p><button class="shopify-pc__banner__btn-accept">Accept</button></div>
</body></html>""",
    keep=(
        "# Wedding cakes",
        "Every wedding cake is baked to order in our Frome kitchen.",
        "| Two tiers | 50 | £280 |",
        "| Three tiers | 90 | £420 |",
        "Tastings take place on Saturday afternoons and cost £25",
        "Do you deliver and set up the cake?",
        "Yes, within 30 miles of Frome for £45.",
    ),
    drop=(
        "Skip to content",
        "Free local delivery",
        "Sourdough and bread",
        "Shop all cakes",
        "Be the first to know",
        "4 Cheap Street",
        "Powered by Shopify",
        "best experience",
    ),
)


GODADDY = BuilderPage(
    builder="godaddy-website-builder",
    url="https://shinecleaning.test/services",
    html="""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Services</title><meta property="og:title" content="Services"></head>
<body><div id="layout-f2c1" class="layout layout-layout layout-layout-layout-13 locale-en-GB lang-en">
<div data-ux="Page" id="page-8417" class="x-el x-el-div x-el c1-1 c1-2 c1-3 c1-4 c1-5">
<div data-ux="Block" class="x-el x-el-div c1-1 c1-2 c1-b c1-c"><div data-ux="Block" class="x-el x-el-div c1-1 c1-2 c1-d">
<div id="header_parallax5381" data-ux="Block"><div data-ux="Header" role="main" data-aid="HEADER_WIDGET" id="f2c1-header" class="x-el x-el-div x-el c1-1 c1-2 c1-3">
<div data-ux="Block" class="x-el x-el-div c1-1 c1-2"><p data-ux="Phone" data-aid="HEADER_PHONE_RENDERED" class="x-el x-el-p c1-1 c1-2">Call us today: 0191 555 0303</p>
<nav data-ux="Nav" data-aid="HEADER_NAV_RENDERED" role="navigation" class="x-el x-el-nav c1-1"><ul data-ux="List" class="x-el x-el-ul c1-1"><li data-ux="ListItemInline"><a data-ux="NavLink" href="/" class="x-el x-el-a">Home</a></li>
<li data-ux="ListItemInline"><a data-ux="NavLink" href="/end-of-tenancy" class="x-el x-el-a">End of tenancy cleans</a></li></ul></nav>
<a data-ux="LinkDropdown" data-aid="MOBILE_NAV_TOGGLE" data-toggle-ignore="true" aria-label="Hamburger Site Navigation Icon" href="#" class="x-el x-el-a c1-1">Menu</a></div>
<div data-ux="Hero" class="x-el x-el-div c1-1"><h1 data-ux="HeadingMajor" data-aid="HEADER_TAGLINE_RENDERED" class="x-el x-el-h1 c1-1">Sparkling homes across Tyneside</h1></div></div></div></div></div>
<div id="f2c1-content" data-ux="Block"><div data-ux="Section" id="content-section" class="x-el x-el-div c1-1"><div data-ux="Container" class="x-el x-el-div c1-1">
<h2 data-ux="SectionHeading" data-aid="CONTENT_SECTION_TITLE_RENDERED" class="x-el x-el-h2 c1-1"><span>Our cleaning services</span></h2>
<div data-ux="Grid" class="x-el x-el-div c1-1"><div data-ux="GridCell" class="x-el x-el-div c1-1"><div data-ux="ContentCard" class="x-el x-el-div c1-1">
<h4 data-ux="ContentCardHeading" data-aid="CONTENT_CARD_HEADING0" class="x-el x-el-h4 c1-1">Regular home cleaning</h4>
<div data-ux="ContentCardText" data-aid="CONTENT_CARD_TEXT0" class="x-el x-el-p c1-1"><p>Weekly or fortnightly cleans from £16 an hour, with the same cleaner each visit.</p></div>
<a data-ux="Button" data-aid="CONTENT_CARD_BUTTON0" href="/book" class="x-el x-el-a c1-1">Book Now</a></div></div>
<div data-ux="GridCell" class="x-el x-el-div c1-1"><div data-ux="ContentCard" class="x-el x-el-div c1-1">
<h4 data-ux="ContentCardHeading" data-aid="CONTENT_CARD_HEADING1" class="x-el x-el-h4 c1-1">Oven cleaning</h4>
<div data-ux="ContentCardText" data-aid="CONTENT_CARD_TEXT1" class="x-el x-el-p c1-1"><p>A single oven is £65 and a range cooker is £95.<br>We use non-caustic, fume-free products.</p></div></div></div></div></div></div></div>
<div data-ux="Section" id="faq-section" class="x-el x-el-div c1-1"><h2 data-ux="SectionHeading">Frequently asked questions</h2>
<div data-ux="Block"><h4 data-ux="HeadingMinor" data-aid="FAQ_QUESTION0">Do I need to provide cleaning products?</h4>
<div data-ux="Text" data-aid="FAQ_ANSWER0"><p>No, our cleaners bring everything they need.</p></div></div></div>
<div data-ux="Block" id="footer-block"><footer data-ux="Footer" role="contentinfo" data-aid="FOOTER_SECTION_RENDERED" class="x-el x-el-footer c1-1">
<p data-ux="FooterDetails" data-aid="FOOTER_ADDRESS_RENDERED">22 Grainger Street, Newcastle NE1 5JG</p>
<p data-ux="FooterText" data-aid="FOOTER_COPYRIGHT_RENDERED">Copyright &copy; 2025 Shine Cleaning - All Rights Reserved.</p>
<p data-ux="FooterText" data-aid="FOOTER_POWERED_BY_AIRO_RENDERED">Powered by GoDaddy</p></footer></div>
<div data-ux="Block" data-aid="FOOTER_COOKIE_BANNER_RENDERED" id="cookie-consent-banner"><p data-ux="Text">This website uses cookies. We use cookies to analyze website traffic and optimize your website experience.</p>
<a data-ux="Button" data-aid="FOOTER_COOKIE_ACCEPT" href="#">Accept</a></div>
</div></div></body></html>""",
    keep=(
        "# Sparkling homes across Tyneside",
        "Our cleaning services",
        "Regular home cleaning",
        "Weekly or fortnightly cleans from £16 an hour",
        "A single oven is £65 and a range cooker is £95.",
        "We use non-caustic, fume-free products.",
        "Do I need to provide cleaning products?",
        "No, our cleaners bring everything they need.",
    ),
    # The header widget holds the page's only h1, so it stays, and with it the phone line beside the tagline.
    drop=(
        "Menu",
        "End of tenancy cleans",
        "Hamburger",
        "Book Now",
        "22 Grainger Street",
        "Powered by GoDaddy",
        "optimize your website experience",
    ),
)


WEEBLY = BuilderPage(
    builder="weebly",
    url="https://oakfieldgarage.test/mot-and-servicing.html",
    html="""<!DOCTYPE html>
<html lang="en"><head><title>MOT and Servicing - Oakfield Garage</title><meta property="og:site_name" content="Oakfield Garage"></head>
<body class="no-header-page wsite-page-mot-and-servicing wsite-theme-light">
<div class="wrapper"><div class="birdseye-header"><div class="nav-wrap"><div class="container">
<div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">Oakfield Garage</span></a></span></div>
<div class="nav desktop-nav"><ul class="wsite-menu-default"><li id="pg1" class="wsite-menu-item-wrap"><a href="/" class="wsite-menu-item">Home</a></li>
<li id="pg2" class="wsite-menu-item-wrap"><a href="/tyres.html" class="wsite-menu-item">Tyres and tracking</a></li></ul></div>
<label class="hamburger" for="mobile-input"><span></span></label></div></div>
<div class="banner-wrap"><div class="container"><div class="banner"><h2>Call 01904 555 616 for a same-week MOT</h2></div></div></div></div>
<div class="main-wrap"><div id="wsite-content" class="wsite-elements wsite-not-footer">
<div><div class="wsite-section-wrap"><div class="wsite-section wsite-body-section wsite-background-5"><div class="container"><div class="wsite-section-content">
<h2 class="wsite-content-title">MOT and servicing</h2>
<div class="paragraph">We are a family-run garage in Acomb and have carried out MOTs since 1987.<br><br>Class 4 MOT test: <strong>£54.85</strong><br>Interim service: <strong>£129</strong><br>Full service: <strong>£219</strong><br><br>All services follow the manufacturer's schedule, so your warranty stays valid.</div>
<div><div style="height: 20px; overflow: hidden; width: 100%;"></div><hr class="styled-hr" style="width:100%;"><div style="height: 20px; overflow: hidden; width: 100%;"></div></div>
<h2 class="wsite-content-title">Opening hours</h2>
<div class="paragraph">Monday to Friday: 8am to 5.30pm<br>Saturday: 8am to 12 noon<br>Sunday: closed</div>
<div class="paragraph"><strong>Can I wait while my car is tested?</strong><br>Yes, our waiting room has free Wi-Fi and coffee. An MOT takes about 45 minutes.</div>
<div style="text-align:left;"><div style="height: 10px; overflow: hidden;"></div><a class="wsite-button wsite-button-small wsite-button-highlight" href="/contact.html"><span class="wsite-button-inner">Book your MOT</span></a></div>
</div></div></div></div></div></div></div>
<div class="footer-wrap"><div class="container"><div class="footer"><div class="blog-social"><span class="wsite-social wsite-social-default"><a class="first-child wsite-social-item wsite-social-facebook" href="https://facebook.com/oakfield"><span class="wsite-social-item-inner">Facebook</span></a></span></div>
<div class="wsite-elements wsite-footer"><div class="paragraph">Oakfield Garage, 71 Front Street, Acomb, York YO24 3BR<br>VAT no. 123 4567 89</div></div></div></div></div>
</div>
<div id="wsite-cookie-notice" class="wsite-cookie-notice"><div class="cookie-message">This website uses cookies to improve your experience.</div><a class="cookie-accept">Got it</a></div>
<div id="navMobile" class="nav mobile-nav"><ul class="wsite-menu-default"><li class="wsite-menu-item-wrap"><a href="/tyres.html" class="wsite-menu-item">Tyres and tracking</a></li></ul></div>
<script type="text/javascript" src="//cdn2.editmysite.com/js/site/main.js"></script>
</body></html>""",
    keep=(
        "## MOT and servicing",
        "We are a family-run garage in Acomb and have carried out MOTs since 1987.",
        "Class 4 MOT test: £54.85",
        "Full service: £219",
        "your warranty stays valid",
        "## Opening hours",
        "Saturday: 8am to 12 noon",
        "Sunday: closed",
        "\n### Can I wait while my car is tested?\n",
        "An MOT takes about 45 minutes.",
    ),
    # The theme's header is named only by the theme ("birdseye-header"), so its phone banner stays.
    drop=(
        "Tyres and tracking",
        "Book your MOT",
        "71 Front Street",
        "VAT no.",
        "Facebook",
        "improve your experience",
    ),
)


JIMDO = BuilderPage(
    builder="jimdo",
    url="https://lindenhof-pension.test/zimmer-preise/",
    html="""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Rooms &amp; Prices - Linden Guest House</title></head>
<body class="body cc-page j-m-gallery-styles j-m-video-styles j-m-hr-styles j-m-header-styles j-m-text-styles j-m-emotionheader-styles j-m-htmlCode-styles">
<div class="cc-tp-mobile-nav jtpl-mobile-navigation"><div class="jtpl-mobile-navigation__top-bar"><button class="jtpl-mobile-navigation__toggle">Navigation</button></div>
<div class="jtpl-navigation"><ul class="cc-nav-level-0 j-nav-level-0"><li class="jmd-nav__list-item-0"><a href="/">Home</a></li><li class="jmd-nav__list-item-0"><a href="/lage/">Location and directions</a></li></ul></div></div>
<div class="jtpl-main cc-content-parent"><div class="jtpl-header"><div class="jtpl-header__inner"><span class="jtpl-logo">Linden Guest House</span></div></div>
<div class="jtpl-section-main"><div id="content_area" class="content-options-inner">
<div id="cc-matrix-1823" class="j-module n j-header"><h1 class="">Rooms and prices</h1></div>
<div id="cc-matrix-1824" class="j-module n j-text"><p>All rooms have an en-suite shower room, free Wi-Fi and a view over the garden.</p>
<p>Breakfast is served from 7.30am to 10am and is included in every rate.</p></div>
<div id="cc-matrix-1825" class="j-module n j-table"><div class="j-table-wrapper"><table class="j-table">
<tr><th>Room</th><th>1 night</th><th>3 nights or more</th></tr><tr><td>Single room</td><td>€68</td><td>€62 per night</td></tr>
<tr><td>Double room</td><td>€96</td><td>€88 per night</td></tr><tr><td>Family room</td><td>€128</td><td>€118 per night<br>Sunday to Thursday</td></tr></table></div></div>
<div id="cc-matrix-1826" class="j-module n j-header"><h2 class="">Good to know</h2></div>
<div id="cc-matrix-1827" class="j-module n j-text"><ul><li>Check-in from 3pm, check-out by 11am.</li><li>Children under six stay free in their parents' room.</li></ul></div>
<div id="cc-matrix-1828" class="j-module n j-callToAction"><div class="j-calltoaction-wrapper j-calltoaction-align-1"><a class="j-calltoaction-link j-calltoaction-link-style-1" href="/buchen/">Check availability</a></div></div>
</div></div>
<div class="jtpl-sidebar"><div id="cc-matrix-1900" class="j-module n j-text"><p>Reception is open daily from 7am to 9pm.</p></div></div>
<div class="jtpl-footer"><div id="contentfooter"><div class="leftrow"><a href="/about/#cc-m-footer">About</a> | <a href="/j/privacy">Privacy Policy</a> | <a href="/j/cookies/policy">Cookie Policy</a> | <a href="/sitemap/">Sitemap</a></div>
<div class="rightrow"><span class="loggedin"><a href="/login">Log in</a></span></div></div>
<div class="j-module j-text"><p>Linden Guest House &middot; Lindenstrasse 4 &middot; 79102 Freiburg</p></div></div></div>
<div id="cookie-notice" class="cc-individual-cookie-settings"><p>We use cookies and similar technologies to provide our services.</p><button class="cc-individual-cookie-settings-accept">Accept all</button></div>
</body></html>""",
    keep=(
        "# Rooms and prices",
        "All rooms have an en-suite shower room, free Wi-Fi and a view over the garden.",
        "Breakfast is served from 7.30am to 10am and is included in every rate.",
        "| Single room | €68 | €62 per night |",
        "| Double room | €96 | €88 per night |",
        "| Family room | €128 | €118 per night Sunday to Thursday |",
        "## Good to know",
        "- Check-in from 3pm, check-out by 11am.",
        "Children under six stay free in their parents' room.",
    ),
    drop=(
        "Location and directions",
        "Check availability",
        "Reception is open daily",
        "Privacy Policy",
        "Log in",
        "Lindenstrasse 4",
        "similar technologies",
    ),
)


JOOMLA = BuilderPage(
    builder="joomla-cassiopeia",
    url="https://westgatelaw.test/index.php/conveyancing",
    html="""<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><title>Conveyancing fees - Westgate Solicitors</title><meta name="generator" content="Joomla! - Open Source Content Management"></head>
<body class="site com_content wrapper-static view-article layout-blog no-task itemid-104 has-sidebar-right">
<header class="header container-header full-width position-sticky sticky-top"><div class="container-topbar"><div class="moduletable"><p>Speak to a solicitor: 01244 555 909</p></div></div>
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">Westgate Solicitors</a></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu"><button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Toggle Navigation"><span class="icon-menu" aria-hidden="true"></span></button>
<div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav"><li class="nav-item item-101"><a href="/">Home</a></li><li class="nav-item item-105"><a href="/index.php/wills">Wills and probate</a></li></ul></div></nav></div></header>
<div class="site-grid"><div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">You are here: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Home</span></a></li></ol></nav>
<div id="system-message-container" aria-live="polite"></div>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">Conveyancing fees</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author"><span itemprop="name">Written by Super User</span></dd>
<dd class="category-name">Category: <a href="/index.php/services" itemprop="genre">Services</a></dd><dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:812">Hits: 812</dd></dl>
<div itemprop="articleBody" class="com-content-article__body"><p>Our conveyancing fees are fixed, so you know the cost before we start.</p>
<table class="table table-striped"><tbody><tr><td>Sale up to £250,000</td><td>£850 plus VAT</td></tr><tr><td>Purchase up to £250,000</td><td>£950 plus VAT</td></tr></tbody></table>
<h3>How long does a purchase take?</h3><p>A typical purchase completes in 10 to 12 weeks from an accepted offer.</p></div>
<ul class="pagenav"><li class="previous"><a class="btn btn-sm btn-secondary previous" href="/index.php/wills" rel="prev">Prev</a></li></ul></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Latest news</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list"><li><a href="/news/1">Stamp duty changes explained for first-time buyers</a></li></ul></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p>Westgate Solicitors, 8 Bridge Street, Chester CH1 1NQ. Authorised and regulated by the SRA, no. 612345.</p></div></div></footer>
<div id="cookieBanner" class="cookie-banner"><p>We use essential cookies to make this site work.</p></div>
</body></html>""",
    keep=(
        "# Conveyancing fees",
        "Our conveyancing fees are fixed, so you know the cost before we start.",
        "| Sale up to £250,000 | £850 plus VAT |",
        "| Purchase up to £250,000 | £950 plus VAT |",
        "How long does a purchase take?",
        "A typical purchase completes in 10 to 12 weeks from an accepted offer.",
    ),
    drop=(
        "01244 555 909",
        "Wills and probate",
        "You are here",
        "Stamp duty changes",
        "8 Bridge Street",
        "essential cookies",
    ),
)


BOOTSTRAP = BuilderPage(
    builder="hand-written-bootstrap-5",
    url="https://clearviewoptics.test/eye-tests.html",
    html="""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Eye tests | Clearview Opticians</title>
<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css" rel="stylesheet"></head>
<body>
<nav class="navbar navbar-expand-lg bg-body-tertiary fixed-top"><div class="container"><a class="navbar-brand" href="/">Clearview Opticians</a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarNav" aria-controls="navbarNav" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="navbarNav"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/glasses.html">Designer frames and glasses</a></li></ul>
<span class="navbar-text">Call 01392 555 272</span></div></div></nav>
<div class="container my-5">
<div class="p-5 mb-4 bg-light rounded-3"><h1 class="display-5 fw-bold">Eye tests</h1><p class="col-md-8 fs-4">A full eye test with our optometrist takes 30 minutes and includes a retinal photograph.</p>
<a class="btn btn-primary btn-lg" href="/book.html" role="button">Book an eye test</a></div>
<div class="row row-cols-1 row-cols-md-2 g-4">
<div class="col"><div class="card h-100"><div class="card-header">Standard</div><div class="card-body"><h5 class="card-title">£25</h5><p class="card-text">Free for children, over-60s and anyone on benefits.</p></div></div></div>
<div class="col"><div class="card h-100"><div class="card-header">Contact lens check</div><div class="card-body"><h5 class="card-title">£35</h5><p class="card-text">Includes a trial pair of daily lenses.</p></div><div class="card-footer"><small class="text-body-secondary">Aftercare visits every 12 months</small></div></div></div></div>
<h2 class="mt-5">Questions</h2>
<div class="accordion" id="faqAccordion">
<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button" type="button" data-bs-toggle="collapse" data-bs-target="#collapseOne" aria-expanded="true" aria-controls="collapseOne">How often should I have my eyes tested?</button></h2>
<div id="collapseOne" class="accordion-collapse collapse show" data-bs-parent="#faqAccordion"><div class="accordion-body">Every two years for most adults, and every year if you have diabetes.</div></div></div>
<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapseTwo" aria-expanded="false" aria-controls="collapseTwo">Can I bring my own prescription?</button></h2>
<div id="collapseTwo" class="accordion-collapse collapse" data-bs-parent="#faqAccordion"><div class="accordion-body">Yes, we can make glasses from any prescription less than two years old.</div></div></div></div>
</div>
<footer class="py-3 my-4 border-top"><ul class="nav justify-content-center pb-3 mb-3"><li class="nav-item"><a href="/privacy.html" class="nav-link px-2 text-body-secondary">Privacy</a></li></ul>
<p class="text-center text-body-secondary">&copy; 2025 Clearview Opticians, 5 Fore Street, Exeter EX4 3AN</p></footer>
<div class="modal fade" id="consentModal" tabindex="-1" aria-hidden="true"><div class="modal-dialog"><div class="modal-content"><div class="modal-body">We use cookies for analytics. Do you consent?</div>
<div class="modal-footer"><button type="button" class="btn btn-primary" data-bs-dismiss="modal">I agree</button></div></div></div></div>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js"></script>
</body></html>""",
    keep=(
        "# Eye tests",
        "A full eye test with our optometrist takes 30 minutes and includes a retinal photograph.",
        "Standard",
        "£25",
        "Free for children, over-60s and anyone on benefits.",
        "Contact lens check",
        "Includes a trial pair of daily lenses.",
        "How often should I have my eyes tested?",
        "every year if you have diabetes",
        "Can I bring my own prescription?",
        "any prescription less than two years old",
    ),
    drop=(
        "Designer frames and glasses",
        "01392 555 272",
        "Book an eye test",
        "5 Fore Street",
        "cookies for analytics",
    ),
)


TABLE_LAYOUT = BuilderPage(
    builder="old-table-layout",
    url="http://www.brookesglazing.test/prices.htm",
    html="""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Brookes Glazing - Prices</title></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#003366"><img src="images/logo.gif" width="300" height="80" alt="Brookes Glazing"><font color="#FFFFFF" face="Arial">Freephone 0800 555 0199</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#E6EEF5" class="leftmenu">
<a href="index.htm">Home</a><br><a href="windows.htm">uPVC windows and doors</a><br><a href="conservatories.htm">Conservatory roofs</a><br><a href="contact.htm">Contact us</a></td>
<td width="620" valign="top"><font face="Arial" size="2">
<h1>Our prices</h1>
<p>All our windows are A-rated, made in our Stockport workshop and fitted by our own team.</p>
<table width="100%" border="1" cellpadding="4" cellspacing="0"><tr><td><b>Item</b></td><td><b>Price fitted</b></td></tr>
<tr><td>Casement window up to 1.2m wide</td><td>&pound;420</td></tr><tr><td>Composite front door</td><td>&pound;1,350</td></tr></table>
<p><b>Do you offer a guarantee?</b><br>Yes, every installation has a 10 year insurance-backed guarantee.</p>
<p>Office hours are 9am to 5pm, Monday to Friday. Saturday visits by appointment.</p>
</font></td></tr>
<tr><td colspan="2" align="center"><font size="1" face="Arial">&copy; 2009 Brookes Glazing Ltd | 14 Mill Lane, Stockport SK1 2AB | <a href="sitemap.htm">Site map</a></font></td></tr>
</table></body></html>""",
    keep=(
        "# Our prices",
        "All our windows are A-rated, made in our Stockport workshop and fitted by our own team.",
        "Casement window up to 1.2m wide",
        "£420",
        "Composite front door",
        "Do you offer a guarantee?",
        "10 year insurance-backed guarantee",
        "Office hours are 9am to 5pm, Monday to Friday.",
    ),
    # The banner and copyright rows are plain table cells, like a data table's: they stay ("Freephone ...",
    # the address); only the link column goes.
    drop=(
        "uPVC windows and doors",
        "Conservatory roofs",
    ),
)


PAGES = (
    GUTENBERG_ASTRA,
    ELEMENTOR,
    AVADA,
    DIVI,
    WIX,
    SQUARESPACE,
    WEBFLOW,
    SHOPIFY_DAWN,
    GODADDY,
    WEEBLY,
    JIMDO,
    JOOMLA,
    BOOTSTRAP,
    TABLE_LAYOUT,
)
