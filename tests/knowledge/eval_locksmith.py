"""An evaluation site: Harper Locks & Security, an independent family-run locksmith and security firm (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is a hand-written older site
on a Bootstrap 3 grid (container/row/col-md-*, navbar navbar-default with a mega dropdown, panels, wells,
a jumbotron) with a scattering of inline styles.
"""

NAME = "Harper Locks & Security"

_PHONE = "01743 362418"
_MOBILE = "07700 900418"

_ANALYTICS = """<script>
  (function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){
  (i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),
  m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)
  })(window,document,'script','/js/analytics.js','ga');
  ga('create', 'UA-3318842-1', 'auto');
  ga('send', 'pageview');
</script>"""

# (path, menu label) in the order they appear in the navigation
_SERVICES = [
    ("/emergency-lockout/", "24hr Emergency Lockouts"),
    ("/lock-changes/", "Lock Changes &amp; Replacements"),
    ("/upvc-doors-windows/", "uPVC Door &amp; Window Repairs"),
    ("/british-standard-locks/", "British Standard Locks (Insurance)"),
    ("/safes/", "Safes &amp; Gun Cabinets"),
    ("/cctv-alarms/", "CCTV &amp; Burglar Alarms"),
    ("/key-cutting/", "Key Cutting &amp; Key Safes"),
    ("/landlords-commercial/", "Landlords, Agents &amp; Business"),
]
_ABOUT = [
    ("/about-us/", "About Us &amp; The Team"),
    ("/reviews/", "Customer Reviews"),
    ("/security-advice/", "Home Security Advice"),
    ("/faq/", "FAQs"),
    ("/terms-and-guarantee/", "Terms, Payment &amp; Guarantee"),
]


def _nav(current):
    def li(path, label, extra=""):
        active = ' class="active"' if path == current else ""
        return f'<li{active}><a href="{path}"{extra}>{label}</a></li>'

    services_a = "\n".join(li(p, lbl) for p, lbl in _SERVICES[:4])
    services_b = "\n".join(li(p, lbl) for p, lbl in _SERVICES[4:])
    about = "\n".join(li(p, lbl) for p, lbl in _ABOUT)
    return f"""<nav class="navbar navbar-default navbar-static-top" role="navigation" style="margin-bottom:0;">
 <div class="container">
  <div class="navbar-header">
   <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#main-nav">
    <span class="sr-only">Toggle navigation</span>
    <span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span>
   </button>
   <a class="navbar-brand visible-xs" href="/">Harper Locks</a>
  </div>
  <div class="collapse navbar-collapse" id="main-nav">
   <ul class="nav navbar-nav">
    {li("/", '<span class="glyphicon glyphicon-home"></span> Home')}
    {li("/emergency-lockout/", '<b style="color:#c9302c;">Locked Out?</b>')}
    <li class="dropdown mega-dropdown">
     <a href="#" class="dropdown-toggle" data-toggle="dropdown">Services <span class="caret"></span></a>
     <div class="dropdown-menu mega-dropdown-menu">
      <div class="row">
       <div class="col-sm-6">
        <h5 class="dropdown-header">Locks &amp; Doors</h5>
        <ul class="list-unstyled">
{services_a}
        </ul>
       </div>
       <div class="col-sm-6">
        <h5 class="dropdown-header">Security &amp; Keys</h5>
        <ul class="list-unstyled">
{services_b}
        </ul>
       </div>
      </div>
     </div>
    </li>
    {li("/prices/", "Prices")}
    {li("/areas-we-cover/", "Areas We Cover")}
    <li class="dropdown">
     <a href="#" class="dropdown-toggle" data-toggle="dropdown">About <span class="caret"></span></a>
     <ul class="dropdown-menu">
{about}
     </ul>
    </li>
    {li("/visit-our-shop/", "Visit Our Shop")}
    {li("/contact/", "Contact")}
   </ul>
   <p class="navbar-text navbar-right hidden-sm hidden-xs">
    <a href="tel:01743362418" class="navbar-link" style="font-weight:bold;font-size:16px;">
     <span class="glyphicon glyphicon-earphone"></span> {_PHONE}</a>
   </p>
  </div>
 </div>
</nav>"""


_SIDEBAR = f"""<div class="col-md-4 sidebar">
 <div class="well well-sm text-center" style="background:#c9302c;color:#fff;border:none;">
  <h3 style="margin-top:10px;">Locked Out?</h3>
  <p>Our own locksmiths answer the phone day and night.</p>
  <p><a href="tel:01743362418" class="btn btn-default btn-lg">
   <span class="glyphicon glyphicon-earphone"></span> {_PHONE}</a></p>
 </div>
 <div class="panel panel-default">
  <div class="panel-heading"><h3 class="panel-title">Why Choose Harper?</h3></div>
  <div class="panel-body">
   <ul class="list-unstyled tick-list">
    <li><span class="glyphicon glyphicon-ok text-success"></span> Local family firm &ndash; not a call centre</li>
    <li><span class="glyphicon glyphicon-ok text-success"></span> MLA Approved Company</li>
    <li><span class="glyphicon glyphicon-ok text-success"></span> Marked vans, uniformed staff</li>
    <li><span class="glyphicon glyphicon-ok text-success"></span> Clear prices, no hidden extras</li>
   </ul>
   <a href="/about-us/">Meet the team &raquo;</a>
  </div>
 </div>
 <div class="panel panel-info">
  <div class="panel-heading"><h3 class="panel-title">What Our Customers Say</h3></div>
  <div class="panel-body">
   <blockquote style="font-size:14px;margin:0;">
    <p>&ldquo;Friendly, tidy and explained everything. Would definitely use again.&rdquo;</p>
    <footer>Gill, Meole Brace</footer>
   </blockquote>
   <p style="margin-top:10px;"><a href="/reviews/">Read more reviews &raquo;</a></p>
  </div>
 </div>
 <div class="panel panel-default">
  <div class="panel-heading"><h3 class="panel-title">Book a Job</h3></div>
  <div class="panel-body">
   <p>Non-urgent work? Book a lock change, repair or survey at a time to suit you.</p>
   <a href="/contact/" class="btn btn-primary btn-block">Book Now</a>
  </div>
 </div>
</div>"""


_FOOTER = f"""<div class="cta-strip" style="background:#1f3a5f;color:#fff;padding:25px 0;margin-top:30px;">
 <div class="container">
  <div class="row">
   <div class="col-md-8">
    <h3 style="margin:5px 0;">Need a locksmith you can trust? We&rsquo;re local and on call.</h3>
   </div>
   <div class="col-md-4 text-right">
    <a href="/contact/" class="btn btn-warning btn-lg">Book Now</a>
    <a href="tel:01743362418" class="btn btn-default btn-lg">Call Us</a>
   </div>
  </div>
 </div>
</div>
<footer class="site-footer" style="background:#222;color:#bbb;padding:30px 0 10px;">
 <div class="container">
  <div class="row">
   <div class="col-md-3 col-sm-6">
    <h4 style="color:#fff;">Harper Locks &amp; Security</h4>
    <address>
     14 Wyle Cop<br>Shrewsbury<br>Shropshire<br>SY1 1XB
    </address>
    <p><span class="glyphicon glyphicon-earphone"></span> <a href="tel:01743362418">{_PHONE}</a> (24 hours)<br>
    <span class="glyphicon glyphicon-envelope"></span>
    <a href="mailto:info@harperlocks.co.uk">info@harperlocks.co.uk</a></p>
   </div>
   <div class="col-md-3 col-sm-6">
    <h4 style="color:#fff;">Opening Hours</h4>
    <p>Shop: Mon&ndash;Fri 8.30am&ndash;5.30pm<br>Sat 9am&ndash;1pm<br>Sun closed</p>
    <p><strong style="color:#fff;">Emergency line open 24/7</strong></p>
   </div>
   <div class="col-md-3 col-sm-6">
    <h4 style="color:#fff;">Quick Links</h4>
    <ul class="list-unstyled">
     <li><a href="/emergency-lockout/">Emergency Lockouts</a></li>
     <li><a href="/lock-changes/">Lock Changes</a></li>
     <li><a href="/upvc-doors-windows/">uPVC Repairs</a></li>
     <li><a href="/prices/">Price List</a></li>
     <li><a href="/faq/">FAQs</a></li>
     <li><a href="/terms-and-guarantee/">Terms &amp; Privacy</a></li>
    </ul>
   </div>
   <div class="col-md-3 col-sm-6">
    <h4 style="color:#fff;">Follow Us</h4>
    <p>
     <a href="https://www.facebook.com/harperlocksshrewsbury" title="Facebook">Facebook</a> |
     <a href="https://twitter.com/harperlocks" title="Twitter">Twitter</a> |
     <a href="https://www.instagram.com/harperlocks/" title="Instagram">Instagram</a>
    </p>
    <img src="/images/mla-approved.png" alt="Master Locksmiths Association Approved Company" width="120">
   </div>
  </div>
  <hr style="border-color:#444;">
  <p class="small text-center">&copy; 2009&ndash;2024 Harper Locks &amp; Security Ltd. Registered in England &amp; Wales
   no. 04417732. VAT reg. 812 4471 09. Website by Severn Web Design.</p>
 </div>
</footer>
<div id="cookie-notice" class="navbar-fixed-bottom" style="background:#333;color:#fff;padding:10px;">
 <div class="container">
  This website uses cookies to improve your experience and to count visitors.
  <a href="/terms-and-guarantee/#privacy" style="color:#f0ad4e;">Find out more</a>
  <button class="btn btn-xs btn-warning" onclick="this.parentNode.parentNode.style.display='none';">OK, got it</button>
 </div>
</div>"""


def _page(path, title, description, body, sidebar=True, crumb=None):
    """Wrap a page body in the shared head, header, navigation and footer."""
    full_title = (
        f"{title} | Harper Locks &amp; Security"
        if path != "/"
        else ("Harper Locks &amp; Security | Locksmith in Shrewsbury, Shropshire")
    )
    if sidebar:
        main = f"""<div class="row">
 <div class="col-md-8 main-content">
{body}
 </div>
{_SIDEBAR}
</div>"""
    else:
        main = body
    breadcrumb = ""
    if crumb:
        breadcrumb = f"""<ol class="breadcrumb" style="background:none;padding-left:0;">
 <li><a href="/">Home</a></li>
 <li class="active">{crumb}</li>
</ol>"""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{full_title}</title>
<meta name="description" content="{description}">
<meta name="keywords" content="locksmith shrewsbury, locked out, lock change, upvc door repair, safes, cctv">
<link rel="canonical" href="https://www.harperlocks.co.uk{path}">
<link href="/css/bootstrap.min.css" rel="stylesheet">
<link href="/css/bootstrap-theme.min.css" rel="stylesheet">
<link href="/css/style.css?v=2.3" rel="stylesheet">
<link rel="shortcut icon" href="/favicon.ico">
<!--[if lt IE 9]>
<script src="/js/html5shiv.min.js"></script>
<script src="/js/respond.min.js"></script>
<![endif]-->
{_ANALYTICS}
</head>
<body>
<div class="top-bar hidden-xs" style="background:#1f3a5f;color:#fff;font-size:13px;padding:5px 0;">
 <div class="container">
  <div class="row">
   <div class="col-sm-6"><span class="glyphicon glyphicon-time"></span> 24 HOUR EMERGENCY LINE:
    <a href="tel:01743362418" style="color:#fff;font-weight:bold;">{_PHONE}</a></div>
   <div class="col-sm-6 text-right">MLA Approved &bull; DBS Checked &bull; Family Run Since 1987</div>
  </div>
 </div>
</div>
<header class="site-header" style="padding:15px 0;background:#fff;">
 <div class="container">
  <div class="row">
   <div class="col-md-6 col-sm-7">
    <a href="/" class="logo"><img src="/images/harper-logo.png" alt="Harper Locks &amp; Security" width="300"></a>
   </div>
   <div class="col-md-6 col-sm-5 text-right hidden-xs">
    <p style="margin:10px 0 0;font-size:22px;color:#1f3a5f;"><strong>Call {_PHONE}</strong></p>
    <p class="text-muted">Shrewsbury &amp; Shropshire&rsquo;s independent locksmith</p>
   </div>
  </div>
 </div>
</header>
{_nav(path)}
<div class="wrapper">
 <div class="container" style="padding-top:20px;">
{breadcrumb}
{main}
 </div>
</div>
{_FOOTER}
<script src="/js/jquery-1.11.3.min.js"></script>
<script src="/js/bootstrap.min.js"></script>
</body>
</html>
"""


_HOME = f"""<div class="jumbotron" style="background:#eef3f8;margin-top:0;">
 <h1 style="font-size:40px;">Shrewsbury&rsquo;s Independent Locksmith</h1>
 <p>Locked out, lost your keys, or just want your home to feel safer? Harper Locks &amp; Security has looked
 after homes and businesses across Shropshire for over thirty years. No call centres, no middlemen &ndash; when
 you ring us you speak to a locksmith who lives round the corner.</p>
 <p>
  <a class="btn btn-danger btn-lg" href="tel:01743362418" role="button">Locked Out? Call {_PHONE}</a>
  <a class="btn btn-primary btn-lg" href="/contact/" role="button">Book a Lock Change</a>
 </p>
</div>
<div class="row services-row">
 <div class="col-md-4">
  <div class="panel panel-default">
   <div class="panel-heading"><h3 class="panel-title">Emergency Lockouts</h3></div>
   <div class="panel-body">
    <p>Keys lost, stolen or snapped in the lock? We&rsquo;ll get you back inside, usually without damaging
    the door.</p>
    <a href="/emergency-lockout/" class="btn btn-default btn-sm">More info</a>
   </div>
  </div>
 </div>
 <div class="col-md-4">
  <div class="panel panel-default">
   <div class="panel-heading"><h3 class="panel-title">uPVC Door Repairs</h3></div>
   <div class="panel-body">
    <p>Handle gone stiff or won&rsquo;t lift? We repair and replace multi-point locks on uPVC and composite
    doors and windows.</p>
    <a href="/upvc-doors-windows/" class="btn btn-default btn-sm">More info</a>
   </div>
  </div>
 </div>
 <div class="col-md-4">
  <div class="panel panel-default">
   <div class="panel-heading"><h3 class="panel-title">Insurance Approved Locks</h3></div>
   <div class="panel-body">
    <p>Does your policy need British Standard locks? We supply and fit the right locks and give you the
    paperwork.</p>
    <a href="/british-standard-locks/" class="btn btn-default btn-sm">More info</a>
   </div>
  </div>
 </div>
</div>
<div class="row">
 <div class="col-md-4">
  <div class="panel panel-default">
   <div class="panel-heading"><h3 class="panel-title">Safes</h3></div>
   <div class="panel-body"><p>Home and business safes supplied, fitted, opened and serviced.</p>
    <a href="/safes/" class="btn btn-default btn-sm">More info</a></div>
  </div>
 </div>
 <div class="col-md-4">
  <div class="panel panel-default">
   <div class="panel-heading"><h3 class="panel-title">CCTV &amp; Alarms</h3></div>
   <div class="panel-body"><p>Cameras and intruder alarms designed, installed and maintained by our own
    engineer.</p>
    <a href="/cctv-alarms/" class="btn btn-default btn-sm">More info</a></div>
  </div>
 </div>
 <div class="col-md-4">
  <div class="panel panel-default">
   <div class="panel-heading"><h3 class="panel-title">Key Cutting</h3></div>
   <div class="panel-body"><p>Pop into our Wyle Cop shop &ndash; most keys cut while you wait.</p>
    <a href="/key-cutting/" class="btn btn-default btn-sm">More info</a></div>
  </div>
 </div>
</div>
<div class="row">
 <div class="col-md-7">
  <h2>A Family Business You Can Trust</h2>
  <p>Dennis Harper started the business with one van in 1987. Today his son Mark runs a small team of
  locksmiths and engineers from our shop at the bottom of Wyle Cop, just over the English Bridge. We&rsquo;re
  proud to be one of only a handful of Master Locksmiths Association approved companies in the county.</p>
  <p>We work for homeowners, tenants, landlords, letting agents, schools, shops and offices. Whatever the job,
  you&rsquo;ll get honest advice &ndash; if a simple repair will do, we&rsquo;ll say so rather than sell you a new
  lock.</p>
  <p><a href="/about-us/">Read our story &raquo;</a> &nbsp; <a href="/landlords-commercial/">Landlord and
  business services &raquo;</a> &nbsp; <a href="/areas-we-cover/">Where we work &raquo;</a></p>
 </div>
 <div class="col-md-5">
  <div class="well testimonials">
   <h3 style="margin-top:0;">Recent Reviews</h3>
   <blockquote>
    <p>&ldquo;Locked out with a toddler in the pushchair and it was pouring. Mark was there in no time and
    got us in without a scratch on the door.&rdquo;</p>
    <footer>Hannah, Copthorne</footer>
   </blockquote>
   <blockquote>
    <p>&ldquo;Sorted our back door which two other companies said needed replacing. Fraction of the
    cost.&rdquo;</p>
    <footer>Dave &amp; Linda, Bayston Hill</footer>
   </blockquote>
   <a href="/reviews/" class="btn btn-info btn-sm">All reviews</a>
  </div>
 </div>
</div>
<div class="row">
 <div class="col-md-12">
  <div class="alert alert-info" style="margin-top:10px;">
   <strong>News:</strong> New Ultion 3-star Plus cylinders now in stock in the shop and on every van.
   Worried about lock snapping? <a href="/british-standard-locks/" class="alert-link">Read more</a>
   or see our <a href="/prices/" class="alert-link">price list</a>.
  </div>
 </div>
</div>"""


_EMERGENCY = """<h1>24 Hour Emergency Locksmith</h1>
<p class="lead">Locked out, keys lost or stolen, a key snapped in the lock, or a door that won&rsquo;t lock
when you&rsquo;re about to go to bed? Our emergency line is answered by one of our own locksmiths 24 hours a
day, 365 days a year &ndash; Christmas Day included. No call centre and no premium rate numbers.</p>

<h3>How quickly can you get here?</h3>
<p>Within Shrewsbury itself we aim to be with you within <strong>30 to 45 minutes</strong>. For villages and
towns further out, allow up to an hour. When you call we&rsquo;ll give you an honest arrival time and text you
the name of the locksmith who is coming and the registration of the van.</p>

<h3>Getting you in without damage</h3>
<p>We always try non-destructive entry first: lock picking, letterbox tools and specialist bypass tools for
uPVC and composite doors. Last year more than 95% of the lockouts we attended were opened without any damage
to the lock or the door. If a lock does have to be drilled &ndash; usually a high-security anti-snap cylinder
or a lock that has seized &ndash; we will tell you before we start and fit a replacement from the van there
and then, so you are never left with a door that won&rsquo;t lock.</p>

<h3>Proof that you live there</h3>
<p>Before we open any door we need to be sure it is your home. Photo ID showing the address is ideal, or photo
ID together with a utility bill, bank statement or tenancy agreement. If your ID is locked inside, we will
open the door and then check your documents inside with you before we leave. If anything doesn&rsquo;t add up
we will re-secure the property and contact the police. We will not open a property for somebody who cannot
show they live there, however convincing the story.</p>

<h3>Emergency call-out rates</h3>
<table class="table table-bordered table-striped">
 <thead><tr><th>When you call</th><th>Call-out including first 30 minutes on site</th></tr></thead>
 <tbody>
  <tr><td>Monday&ndash;Friday, 8am&ndash;6pm</td><td>&pound;75</td></tr>
  <tr><td>Monday&ndash;Friday 6pm&ndash;10pm, and Saturdays 8am&ndash;10pm</td><td>&pound;95</td></tr>
  <tr><td>Any night 10pm&ndash;8am, all day Sunday and bank holidays</td><td>&pound;125</td></tr>
  <tr><td>Christmas Day, Boxing Day and New Year&rsquo;s Day</td><td>&pound;150</td></tr>
 </tbody>
</table>
<p style="font-size:13px;" class="text-muted">All rates include VAT. Further time on an emergency job is charged at
&pound;25 per 15 minutes. Any replacement lock is charged at our normal <a href="/prices/">price list</a>
rate.</p>

<h3>Key snapped in the lock?</h3>
<p>Don&rsquo;t try to push the broken piece out with the other half &ndash; it usually jams it further in. We can
nearly always extract it without changing the lock and cut you a new key from the broken pieces in the van.</p>

<div class="alert alert-danger">
 <strong>Child or vulnerable person locked inside?</strong> If anyone is in danger, ring 999 first. Otherwise
 tell us when you call and we will send the nearest locksmith ahead of other jobs.
</div>
<p><a href="tel:01743362418" class="btn btn-danger btn-lg">Call Now &ndash; 01743 362418</a></p>"""


_LOCK_CHANGES = """<h1>Lock Changes &amp; Replacements</h1>
<p class="lead">Whether you&rsquo;ve just got the keys to a new home or a set of keys has gone missing, changing
the locks is the quickest way to know exactly who can get in.</p>

<h3>When should I change my locks?</h3>
<ul>
 <li><strong>You&rsquo;ve just moved in</strong> &ndash; you have no way of knowing how many keys the previous
 owners, builders, cleaners or estate agents handed out.</li>
 <li><strong>Keys lost or stolen</strong>, especially if they were with something showing your address.</li>
 <li><strong>A relationship has ended</strong> or a lodger has moved out.</li>
 <li><strong>After a break-in</strong>, or if the lock has been damaged by an attempted one.</li>
 <li><strong>The lock is old, stiff or worn</strong>, or doesn&rsquo;t meet your insurer&rsquo;s requirements.</li>
</ul>

<h3>Replace or re-key?</h3>
<p>Most modern front and back doors (uPVC, composite and many aluminium doors) use a <em>euro cylinder</em>. We
can swap the cylinder in about 20 minutes without touching the rest of the locking mechanism. Older timber
doors usually have a mortice deadlock or sashlock plus a rim nightlatch (the &ldquo;Yale&rdquo; type). If a
mortice lock body is in good condition we can often <em>re-key</em> it by changing the levers inside, which is
cheaper than fitting a whole new lock &ndash; your old keys simply stop working.</p>

<h3>What to expect on the day</h3>
<p>Every van carries over 300 locks and cylinders in the common sizes, so almost every lock change is finished
on the first visit. We measure the door, fit the new lock, check it runs smoothly with the door closed, and
hand you the new keys. Your old locks go back to the workshop for recycling.</p>

<h3>One key for every door</h3>
<p>If we change the front and back door cylinders on the same visit we can make them <strong>keyed alike</strong>
at no extra charge, so one key opens both. Garage side doors and padlocks can be added to the same key too;
these are ordered in and usually take two working days.</p>

<div class="panel panel-warning">
 <div class="panel-heading"><h3 class="panel-title">Domestic abuse &ndash; free lock changes</h3></div>
 <div class="panel-body">
  <p>We are a partner locksmith for the Shropshire Sanctuary Scheme, run with West Mercia Women&rsquo;s Aid. If
  you are referred through the scheme, lock changes and extra security such as door chains, door viewers and
  window locks are fitted <strong>free of charge</strong>, usually within 24 hours of referral. Your support
  worker, the police or the council housing team can make the referral &ndash; you won&rsquo;t need to explain
  anything to us on the phone.</p>
 </div>
</div>
<p>See our <a href="/prices/">price list</a> for fitted lock prices, or <a href="/contact/">book a lock
change</a>.</p>"""


_UPVC = """<h1>uPVC &amp; Composite Door and Window Repairs</h1>
<p class="lead">uPVC and composite doors are secure and low maintenance &ndash; until the locking mechanism
starts to wear. Most faults can be repaired in a single visit for much less than a new door.</p>

<h3>Sound familiar?</h3>
<ul>
 <li>The handle has gone loose, droopy or floppy and doesn&rsquo;t spring back up</li>
 <li>You have to lift the handle really hard before the key will turn</li>
 <li>The key turns but the door still isn&rsquo;t locked</li>
 <li>The door scrapes the frame, catches at the bottom or has a gap at the top</li>
 <li>The door is locked and won&rsquo;t open at all, even with the key</li>
</ul>

<h3>What is usually wrong</h3>
<p>Behind the handle is a multi-point locking <em>gearbox</em> that drives the hooks, rollers and bolts along
the edge of the door. After ten to fifteen years the springs and gears wear out &ndash; a floppy handle is
nearly always a broken gearbox spring. Where we can, we replace just the gearbox rather than the whole lock
strip, which keeps the cost down. Our vans carry mechanisms from Fullex, Winkhaus, Yale, ERA, Maco, GU, Avantis
and Mila. For older or obsolete mechanisms we measure up, leave the door secure and come back to fit the
part, normally within three to five working days.</p>
<p>Doors that have <strong>dropped</strong> can usually be fixed by adjusting the hinges or re-packing the glass.
In a hot summer doors expand and start catching; often a small adjustment of the keeps is all that is
needed.</p>

<h3>Door stuck shut?</h3>
<p>If the mechanism has failed in the locked position we can nearly always open the door without damaging the
frame, then repair the lock on the same visit.</p>

<h3>Windows</h3>
<p>We replace locking window handles, free off stuck windows, renew broken friction hinges and fit child
restrictors to upstairs windows.</p>

<div class="well well-sm">
 <strong>Please note:</strong> we don&rsquo;t replace sealed glass units (&ldquo;misted&rdquo; or
 &ldquo;blown&rdquo; double glazing) and we don&rsquo;t supply new doors or windows. We&rsquo;re happy to
 recommend a local glazier.
</div>

<h3>Keeping your door working</h3>
<p>Spray the moving parts along the edge of the door with a silicone or light oil spray twice a year, and
never force a handle that feels stiff &ndash; that is how gearboxes snap. Call us at the first sign of
trouble.</p>
<p>Repair prices are on our <a href="/prices/">price list</a>.</p>"""


_BRITISH_STANDARD = """<h1>British Standard Locks for Insurance</h1>
<p class="lead">Most home insurance policies have a &ldquo;locks clause&rdquo;. If you are burgled and your
locks don&rsquo;t meet it, your insurer may reduce or refuse the claim &ndash; so it&rsquo;s worth checking
before you need to.</p>

<h3>What insurers usually ask for</h3>
<table class="table table-condensed table-bordered">
 <thead><tr><th>Type of door</th><th>Typical requirement</th></tr></thead>
 <tbody>
  <tr><td>Timber front/back door</td><td>5-lever mortice deadlock to <strong>BS3621</strong>, or a BS3621
   deadlocking nightlatch</td></tr>
  <tr><td>uPVC or composite door</td><td>Multi-point lock with a euro cylinder rated <strong>TS007 3
   Star</strong> or <strong>Sold Secure Diamond (SS312)</strong></td></tr>
  <tr><td>French and patio doors</td><td>Multi-point lock, plus key-operated bolts on older timber
   doors</td></tr>
 </tbody>
</table>
<p>Always read your own policy wording &ndash; some insurers also ask for key-operated window locks on
ground-floor and easily reached windows.</p>

<h3>How to tell whether you already have one</h3>
<p>Open the door and look at the metal faceplate on the edge. A British Standard mortice lock or nightlatch is
stamped with the BSI Kitemark and &ldquo;BS3621&rdquo; (older locks may say BS3621:2004 or 2007). A lock that
just says &ldquo;5 lever&rdquo; without the Kitemark is <em>not</em> British Standard. On a uPVC door look at
the face of the cylinder next to the keyhole for the Kitemark and stars, or the Sold Secure Diamond logo. A
1-star cylinder only counts as 3-star when it is fitted with 2-star security handles.</p>

<h3>Lock snapping</h3>
<p>Standard euro cylinders have a weak point where the fixing screw passes through. Burglars can snap the
cylinder there and open the door in under a minute, often without making much noise. Anti-snap cylinders
have a sacrificial section that breaks away while the lock stays locked. We fit Ultion, ABS Avocet and Yale
Platinum 3-star cylinders; Ultion also carries the manufacturer&rsquo;s own lock-snap guarantee.</p>

<h3>Paperwork for your insurer</h3>
<p>Once we have fitted your new locks we give you a written certificate, free of charge, listing each lock,
the door it is on and the standard it meets. Keep it with your policy documents.</p>
<p><a href="/contact/" class="btn btn-primary">Book an insurance lock upgrade</a></p>"""


_SAFES = """<h1>Safes &amp; Gun Cabinets</h1>
<p class="lead">Mark Harper has specialised in safes for over twenty years. We supply, deliver, fit, open
and service safes for homes, shops, surgeries and offices.</p>

<h3>Choosing a safe</h3>
<p>Safes carry a <strong>cash rating</strong> &ndash; the amount of cash an insurer will usually cover
overnight. For jewellery and valuables the cover is normally ten times the cash rating, so a &pound;4,000 cash
rated safe typically covers around &pound;40,000 of valuables (check with your insurer). For passports, deeds
and wills, a <strong>fire safe</strong> rated for 30 or 60 minutes is a better choice. We stock Phoenix,
Chubbsafes and Burton safes.</p>
<p>Every safe we fit is bolted down &ndash; into a concrete floor wherever possible, or a solid wall. Upstairs
floors and wardrobes can work for smaller safes once we have checked the joists. Safes heavier than 200kg
need a free site survey before delivery so we can plan access.</p>
<p>Home safes supplied and fitted <strong>from &pound;249</strong>.</p>

<h3>Gun cabinets</h3>
<p>We supply and fit gun cabinets built to <strong>BS7558</strong>, which meet the Home Office guidance that
police firearms licensing officers check against when granting or renewing a shotgun or firearm certificate.
The cabinet is bolted to a solid wall out of sight. A 5-gun cabinet costs <strong>&pound;229 fitted</strong>;
ammunition boxes can be fitted inside.</p>

<h3>Lost the key or forgotten the code?</h3>
<p>We open most domestic and small commercial safes, including old ones where nobody knows the combination
and electronic locks that have stopped responding. Safe opening is <strong>from &pound;150</strong>, and where
possible we open without damage so the safe can be used again with a new key or code. We must see proof that
the safe is yours, such as the purchase receipt; for a safe inherited from a relative we will need a letter
from the executor or solicitor, or the grant of probate.</p>

<h3>Servicing and combination changes</h3>
<p>A yearly service (&pound;65) checks the bolt work, lubricates the lock and replaces batteries on
electronic models. We can also change combinations whenever staff leave or a code may have been seen.</p>"""


_CCTV = """<h1>CCTV &amp; Burglar Alarms</h1>
<p class="lead">Our security engineer Priya designs and installs camera and alarm systems for homes and small
businesses. Every job starts with a free, no-obligation site survey.</p>

<h3>CCTV systems</h3>
<p>We fit wired PoE systems with 4MP or 4K cameras, infra-red night vision and a recorder with a 2TB hard
drive &ndash; enough for roughly 30 days of continuous recording on a four-camera system. You can watch live
and recorded footage on your phone or tablet through the free app, wherever you are, and get an alert when
someone walks up the drive.</p>
<p>A typical <strong>4-camera system is from &pound;895 fitted</strong>, including cabling, recorder, setting up
the app on your phone and showing you how to save and export footage.</p>
<p><em>Privacy:</em> cameras should point at your own property. If they capture your neighbours&rsquo; gardens
or the street, data protection rules apply to you, so we position cameras carefully and can add privacy
masking.</p>

<h3>Intruder alarms</h3>
<p>We install wireless and hybrid alarms graded to EN50131 <strong>Grade 2</strong>, the standard expected for
most homes, <strong>from &pound;650 fitted</strong>. You can choose:</p>
<ul>
 <li><strong>Bells-only</strong> &ndash; a loud siren and flashing strobe to scare intruders off and alert
  neighbours.</li>
 <li><strong>Self-monitored</strong> &ndash; as above, plus the app sends a notification to your phone and up to
  four keyholders when the alarm goes off, and you can set or unset it remotely.</li>
</ul>
<p>We are not an NSI or SSAIB certified monitoring installer, so we cannot offer <strong>police response</strong>
alarms (those need a unique reference number from the police and a monitoring centre contract). If your
insurer insists on police response we will point you to a certified company.</p>

<h3>Servicing</h3>
<p>Insurers often require alarms to be serviced every year. Our annual service is <strong>&pound;85</strong> for
either an alarm or a CCTV system and includes replacing batteries. We also take over and service most other
makes of system if your old installer has gone out of business.</p>
<p><a href="/contact/" class="btn btn-primary">Book a free survey</a></p>"""


_KEY_CUTTING = """<h1>Key Cutting &amp; Key Safes</h1>
<p class="lead">Pop into our shop on Wyle Cop and most keys are cut while you wait, usually in under five
minutes.</p>

<h3>Key cutting prices</h3>
<table class="table table-striped table-bordered" style="max-width:520px;">
 <thead><tr><th>Type of key</th><th>Price per key</th></tr></thead>
 <tbody>
  <tr><td>Standard &ldquo;Yale&rdquo; type nightlatch key</td><td>&pound;4.50</td></tr>
  <tr><td>Euro cylinder key (uPVC / composite doors)</td><td>&pound;5.50</td></tr>
  <tr><td>Mortice (lever) key</td><td>&pound;6.50</td></tr>
  <tr><td>Dimple key</td><td>&pound;12.00</td></tr>
  <tr><td>Padlock and window keys</td><td>&pound;4.00</td></tr>
  <tr><td>Restricted / high-security keys (e.g. Ultion, ABS)</td><td>&pound;18&ndash;&pound;30</td></tr>
 </tbody>
</table>

<h3>Restricted and registered keys</h3>
<p>High-security keys can&rsquo;t be copied on a normal machine. We order them from the manufacturer and you
will need to show the key registration card that came with the lock, plus photo ID. They take 5 to 10 working
days. Keys stamped &ldquo;Do Not Copy&rdquo; need written permission from the owner or landlord.</p>

<h3>Worn keys</h3>
<p>A copy of a copy is rarely perfect. Bring the original key if you can. If every key you have is worn, we
can often cut to the original code instead.</p>
<p>Our promise: if a key we cut doesn&rsquo;t work, bring it back with the receipt within 30 days and we will
re-cut it free.</p>

<h3>Car keys</h3>
<p>Sorry &ndash; we don&rsquo;t cut car keys, programme remote fobs or open vehicles. For anything to do with a
car you&rsquo;ll need an auto locksmith or your main dealer.</p>

<div class="panel panel-default">
 <div class="panel-heading"><h3 class="panel-title">Key safes for carers and family</h3></div>
 <div class="panel-body">
  <p>If a relative has carers visiting, or can&rsquo;t always get to the door, a key safe lets approved people
  get in without keys being hidden under the mat. We fit the police-approved Supra C500 Pro (Sold Secure and
  LPS 1175), bolted into brickwork next to the door and out of sight from the road where possible.</p>
  <p>Supplied and fitted for <strong>&pound;95</strong>, taking about 30 minutes. You set the code yourself
  &ndash; we never record it.</p>
 </div>
</div>"""


_LANDLORDS = """<h1>Landlords, Letting Agents &amp; Business</h1>
<p class="lead">We look after hundreds of rented homes across Shropshire for letting agents, private
landlords and housing associations, as well as shops, offices, schools and surgeries.</p>

<h3>Tenant change-overs</h3>
<p>We change cylinders and locks between tenancies, usually on the same day if you book before 11am. We can
collect keys from your office and drop the new ones back, or meet the new tenant at the property. Every
invoice includes a photo of the new lock, and new keys come in sets of three, labelled with the address.</p>

<h3>Accounts and portfolio discount</h3>
<p>Letting agents and landlords with five or more properties can open a trade account. Work is invoiced
<strong>monthly on 30-day terms</strong>, with each job itemised by property address. Portfolios of
<strong>10 or more properties get 10% off</strong> our standard price list.</p>

<h3>HMOs</h3>
<p>Bedroom doors in houses in multiple occupation normally need locks that open from the inside without a key,
so nobody is trapped in a fire. We fit thumb-turn locks to BS EN 12209 and can advise on the lock and fire
door conditions in your council HMO licence.</p>

<h3>Master key systems</h3>
<p>For blocks of flats, offices and schools we design master key suites: each tenant&rsquo;s key opens their own
door and the shared entrances, while the master key opens everything. Keys are registered, so copies can only
be ordered through us. Allow about two weeks from order to fitting.</p>

<h3>Commercial doors</h3>
<p>We supply, fit and repair:</p>
<ul>
 <li>Fire exit panic bars and push pads (BS EN 1125 / BS EN 179)</li>
 <li>Overhead door closers and floor springs</li>
 <li>Shop front locks on aluminium doors</li>
 <li>Digital push-button locks and keypads for staff doors</li>
</ul>
<p><a href="/contact/" class="btn btn-primary">Ask about a trade account</a></p>"""


_PRICES = """<h1>Price List</h1>
<p class="lead">Clear prices, agreed before we start. All prices below include VAT, the lock or part, and
fitting on a booked weekday appointment.</p>

<div class="panel panel-primary">
 <div class="panel-heading"><h3 class="panel-title">Lock changes (supplied &amp; fitted)</h3></div>
 <table class="table table-striped">
  <thead><tr><th>Item</th><th style="width:110px;">Price</th></tr></thead>
  <tbody>
   <tr><td>Standard euro cylinder (uPVC or composite door)</td><td>&pound;65</td></tr>
   <tr><td>Anti-snap TS007 3-star euro cylinder</td><td>&pound;95</td></tr>
   <tr><td>Ultion 3-star Plus cylinder</td><td>&pound;129</td></tr>
   <tr><td>Rim cylinder for an existing &ldquo;Yale&rdquo; type nightlatch</td><td>&pound;60</td></tr>
   <tr><td>BS3621 deadlocking nightlatch, complete</td><td>&pound;145</td></tr>
   <tr><td>BS3621 5-lever mortice deadlock</td><td>&pound;120</td></tr>
   <tr><td>BS3621 5-lever mortice sashlock</td><td>&pound;130</td></tr>
   <tr><td>Re-key an existing mortice lock (new levers and 2 keys)</td><td>&pound;75</td></tr>
  </tbody>
 </table>
</div>

<div class="panel panel-primary">
 <div class="panel-heading"><h3 class="panel-title">uPVC door &amp; window repairs</h3></div>
 <table class="table table-striped">
  <thead><tr><th>Item</th><th style="width:110px;">Price</th></tr></thead>
  <tbody>
   <tr><td>Multi-point gearbox replacement</td><td>from &pound;150</td></tr>
   <tr><td>Complete multi-point lock strip</td><td>from &pound;220</td></tr>
   <tr><td>Pair of uPVC door handles</td><td>&pound;55</td></tr>
   <tr><td>Hinge adjustment and door re-alignment</td><td>&pound;60</td></tr>
   <tr><td>Locking window handle (each, with another job)</td><td>&pound;25</td></tr>
   <tr><td>Locking window handle (single handle visit)</td><td>&pound;45</td></tr>
  </tbody>
 </table>
</div>

<div class="well">
 <h4 style="margin-top:0;">Good to know</h4>
 <ul>
  <li>Changing a second cylinder on the same visit? Take &pound;15 off the second one.</li>
  <li>Work not listed here is charged at &pound;55 for the first hour, then &pound;20 per 15 minutes, plus
   parts.</li>
  <li>Evening and Saturday appointments, and anything we have to do as an emergency, are charged at our
   <a href="/emergency-lockout/">emergency rates</a>.</li>
  <li>Safes, CCTV, alarms and key cutting are priced on their own pages.</li>
 </ul>
</div>"""


_AREAS = """<h1>Areas We Cover</h1>
<p class="lead">We work from our shop on Wyle Cop in Shrewsbury town centre and cover most of Shropshire and
the Welsh border, up to about 30 miles away.</p>

<div class="row">
 <div class="col-sm-6">
  <div class="panel panel-success">
   <div class="panel-heading"><h3 class="panel-title">Zone 1 &ndash; no travel charge</h3></div>
   <div class="panel-body">
    <p>Shrewsbury and all SY1 to SY5 postcodes, including:</p>
    <p>Bayston Hill, Meole Brace, Copthorne, Harlescott, Monkmoor, Condover, Dorrington, Pontesbury,
    Minsterley, Ford, Nesscliffe, Baschurch, Bomere Heath, Wem, Hadnall, Shawbury, Atcham, Cross Houses,
    Cressage, Much Wenlock and Welshpool.</p>
   </div>
  </div>
 </div>
 <div class="col-sm-6">
  <div class="panel panel-warning">
   <div class="panel-heading"><h3 class="panel-title">Zone 2 &ndash; &pound;20 travel supplement</h3></div>
   <div class="panel-body">
    <p>Telford, Wellington, Newport, Church Stretton, Craven Arms, Ludlow, Bishop&rsquo;s Castle, Oswestry,
    Ellesmere, Market Drayton, Whitchurch and Bridgnorth.</p>
    <p>The &pound;20 supplement is added once per visit, for booked work and emergencies alike.</p>
   </div>
  </div>
 </div>
</div>

<h3>Further afield?</h3>
<p>For safe installations, master key systems and commercial contracts we will travel further by arrangement,
charged at &pound;1 per mile beyond our Zone 2 towns. For lockouts and small domestic jobs outside our area,
such as Wolverhampton, Chester or Hereford, you&rsquo;ll get a quicker and cheaper service from a local
locksmith &ndash; the Master Locksmiths Association website has a search for approved firms near you.</p>

<h3>Not sure which zone you&rsquo;re in?</h3>
<p>Just ring or give us your postcode when you <a href="/contact/">get in touch</a> and we&rsquo;ll tell you
straight away.</p>
<img src="/images/coverage-map.png" alt="Map of the areas Harper Locks covers around Shrewsbury"
 class="img-responsive img-thumbnail" style="margin-top:10px;">"""


_SHOP = """<h1>Visit Our Shop</h1>
<p class="lead">Our shop at 14 Wyle Cop is at the bottom of the hill, on the left as you come up from the
English Bridge, between the bakery and the picture framers.</p>

<div class="row">
 <div class="col-sm-6">
  <h3>Shop opening hours</h3>
  <table class="table table-condensed">
   <tr><td>Monday &ndash; Friday</td><td>8.30am &ndash; 5.30pm</td></tr>
   <tr><td>Saturday</td><td>9.00am &ndash; 1.00pm</td></tr>
   <tr><td>Sunday &amp; bank holidays</td><td>Closed</td></tr>
  </table>
  <p class="small">Key cutting stops 15 minutes before closing so we can finish every order.</p>
 </div>
 <div class="col-sm-6">
  <h3>Christmas &amp; New Year</h3>
  <p>On Christmas Eve the shop is open 9am to 12 noon. It then closes from Christmas Day until New
  Year&rsquo;s Day inclusive and reopens on 2nd January. The emergency line keeps running throughout the
  holidays.</p>
 </div>
</div>

<h3>Parking</h3>
<p>Wyle Cop is a steep one-way street with double yellow lines, so there is no parking outside the shop. The
nearest car park is the pay and display at Abbey Foregate, about five minutes&rsquo; walk over the English
Bridge. Raven Meadows multi-storey is around ten minutes&rsquo; walk. Blue Badge holders can usually stop on the
yellow lines further down for up to three hours where it&rsquo;s safe. The Meole Brace and Harlescott Park
&amp; Ride buses stop in the town centre a short walk away.</p>

<h3>Access</h3>
<p>There is one step at the front door. We have a portable ramp &ndash; ring the bell by the door and one of
the team will put it out for you.</p>

<h3>In the shop</h3>
<p>As well as key cutting, we stock padlocks, door chains and viewers, window locks, letter plates, door
handles and knockers, and a range of anti-snap cylinders you can buy to take away. Staff are always happy to
look at a broken lock you bring in and tell you what you need.</p>
<img src="/images/shop-front.jpg" alt="Harper Locks shop front on Wyle Cop" class="img-responsive img-rounded">"""


_ABOUT_US = """<h1>About Us &amp; The Team</h1>
<p class="lead">A proper family business: started by Dennis Harper with one van in 1987, on Wyle Cop since
1994, and run by his son Mark since 2011.</p>
<p>We are still small on purpose &ndash; seven people who know the area and each other. We don&rsquo;t use
subcontractors, and the person who answers the phone is one of us.</p>

<h3>Meet the team</h3>
<div class="row team">
 <div class="col-sm-6">
  <div class="thumbnail"><div class="caption">
   <h4>Mark Harper</h4><p class="text-muted">Managing Director &amp; Master Locksmith</p>
   <p>MLA licensed since 2003 and our safe specialist. Mark still does emergency call-outs most weeks.</p>
  </div></div>
 </div>
 <div class="col-sm-6">
  <div class="thumbnail"><div class="caption">
   <h4>Sam Price</h4><p class="text-muted">Locksmith</p>
   <p>Ten years on the tools. If you would prefer a female locksmith &ndash; for example if you live alone
   &ndash; just ask when you book. Sam works Monday to Friday and covers emergency weekends on the
   rota.</p>
  </div></div>
 </div>
</div>
<div class="row team">
 <div class="col-sm-6">
  <div class="thumbnail"><div class="caption">
   <h4>Ryan Evans</h4><p class="text-muted">Locksmith &amp; uPVC specialist</p>
   <p>Ryan spent eight years fitting doors and windows before joining us, so there&rsquo;s not much he
   hasn&rsquo;t seen.</p>
  </div></div>
 </div>
 <div class="col-sm-6">
  <div class="thumbnail"><div class="caption">
   <h4>Priya Shah</h4><p class="text-muted">Security Systems Engineer</p>
   <p>Priya looks after all our CCTV and alarm surveys, installs and servicing.</p>
  </div></div>
 </div>
</div>
<div class="row team">
 <div class="col-sm-6">
  <div class="thumbnail"><div class="caption">
   <h4>Jo Harper</h4><p class="text-muted">Office Manager</p>
   <p>Jo runs the diary, the accounts and the shop counter &ndash; she&rsquo;s probably who you&rsquo;ll speak
   to if you call in the day.</p>
  </div></div>
 </div>
 <div class="col-sm-6">
  <div class="thumbnail"><div class="caption">
   <h4>Callum Jones</h4><p class="text-muted">Apprentice Locksmith</p>
   <p>Callum is working towards his Level 3 locksmithing qualification and usually works alongside Mark or
   Ryan.</p>
  </div></div>
 </div>
</div>

<h3>Why you can trust us</h3>
<ul>
 <li><strong>MLA Approved Company</strong> &ndash; inspected every year by the Master Locksmiths Association,
  with our locksmiths&rsquo; skills and vetting checked.</li>
 <li><strong>DBS checked</strong> &ndash; every member of staff, renewed every three years.</li>
 <li><strong>Fully insured</strong> &ndash; &pound;5 million public liability insurance.</li>
</ul>"""


_REVIEWS = """<h1>Customer Reviews</h1>
<div class="row text-center" style="margin-bottom:20px;">
 <div class="col-sm-4"><div class="well">
  <h2 style="margin:0;">9.9<small>/10</small></h2><p>Checkatrade, from over 400 reviews</p>
 </div></div>
 <div class="col-sm-4"><div class="well">
  <h2 style="margin:0;">4.9<small>/5</small></h2><p>Google, 380 reviews</p>
 </div></div>
 <div class="col-sm-4"><div class="well">
  <h2 style="margin:0;"><span class="glyphicon glyphicon-thumbs-up"></span></h2>
  <p>Which? Trusted Trader since 2016</p>
 </div></div>
</div>
<div class="testimonials">
 <blockquote>
  <p>&ldquo;Came home from holiday to find the key wouldn&rsquo;t turn. Ryan came out the same evening, found the
  gearbox had gone and had it fixed within the hour. Really polite and left everything spotless.&rdquo;</p>
  <footer>Mrs P. Davies, Monkmoor <span class="text-warning">&#9733;&#9733;&#9733;&#9733;&#9733;</span></footer>
 </blockquote>
 <blockquote>
  <p>&ldquo;We use Harper for all our managed properties. Jobs get done when they say and the invoices are
  clear. Can&rsquo;t ask for more.&rdquo;</p>
  <footer>Lettings manager, Shrewsbury town centre agency
   <span class="text-warning">&#9733;&#9733;&#9733;&#9733;&#9733;</span></footer>
 </blockquote>
 <blockquote>
  <p>&ldquo;Priya fitted cameras at our farm shop. She took the time to explain everything to my dad, who is
  not a gadget person!&rdquo;</p>
  <footer>Tom, near Cressage <span class="text-warning">&#9733;&#9733;&#9733;&#9733;&#9733;</span></footer>
 </blockquote>
 <blockquote>
  <p>&ldquo;Locked out at 2am after a night out (my own fault). Friendly, no lecture, and in within ten minutes
  of arriving.&rdquo;</p>
  <footer>Josh, Castlefields <span class="text-warning">&#9733;&#9733;&#9733;&#9733;&#9733;</span></footer>
 </blockquote>
 <blockquote>
  <p>&ldquo;Honest people. Told me my old lock was fine and just needed adjusting, when I was expecting a big
  bill.&rdquo;</p>
  <footer>Margaret, Wem <span class="text-warning">&#9733;&#9733;&#9733;&#9733;&#9733;</span></footer>
 </blockquote>
 <blockquote>
  <p>&ldquo;Had trouble getting through on a Saturday afternoon but they rang back within twenty minutes.
  Good job once they came.&rdquo;</p>
  <footer>Steve, Telford <span class="text-warning">&#9733;&#9733;&#9733;&#9733;</span></footer>
 </blockquote>
</div>
<div class="well well-sm">
 <p style="margin:0;">Used us recently? We&rsquo;d love to hear how we did. Leave a review on
 <a href="https://www.checkatrade.com/trades/harperlocks">Checkatrade</a> or
 <a href="https://g.page/harperlocks/review">Google</a>.</p>
</div>"""


def _faq_item(n, question, answer):
    return f"""<div class="panel panel-default">
  <div class="panel-heading" role="tab" id="faq-h{n}">
   <h4 class="panel-title">
    <a class="collapsed" role="button" data-toggle="collapse" data-parent="#faq" href="#faq{n}"
       aria-expanded="false" aria-controls="faq{n}">{question}</a>
   </h4>
  </div>
  <div id="faq{n}" class="panel-collapse collapse" role="tabpanel" aria-labelledby="faq-h{n}">
   <div class="panel-body">{answer}</div>
  </div>
 </div>"""


_FAQ_ITEMS = [
    (
        "Will I get a price before you start?",
        "<p>Yes. We give you a fixed price for the job before any work begins. If we find something we didn&rsquo;t"
        " expect once the lock is out of the door, we stop and agree any change with you first.</p>",
    ),
    (
        "Can I buy my own lock and just have you fit it?",
        "<p>Yes, we&rsquo;re happy to fit locks you have bought yourself. We charge a labour-only rate with a"
        " minimum of &pound;45, and we can&rsquo;t guarantee parts we didn&rsquo;t supply. Please check with us"
        " first &ndash; many cheap &ldquo;anti-snap&rdquo; cylinders sold online are the wrong size or don&rsquo;t"
        " actually meet TS007.</p>",
    ),
    (
        "How many keys will I get?",
        "<p>New euro cylinders come with three keys and new mortice locks with two. Extra copies can be cut in"
        " our shop.</p>",
    ),
    (
        "How long does a lock change take?",
        "<p>Swapping a cylinder takes around 20 minutes. A new mortice lock in a timber door takes about an hour,"
        " a bit longer if the door needs re-cutting.</p>",
    ),
    (
        "Can you come today?",
        "<p>For non-emergency work we can usually come the same or the next working day. Ring before 11am for the"
        " best chance of a same-day slot.</p>",
    ),
    (
        "Do I need to be at home?",
        "<p>Someone aged 18 or over needs to be there to let us in and take the new keys. Tenants should check"
        " with their landlord before we change any locks.</p>",
    ),
    (
        "Do you give any discounts?",
        "<p>Yes &ndash; 10% off non-emergency work for customers aged 65 and over, NHS staff, armed forces and"
        " anyone with a Blue Light Card. Just mention it when you book. The discount doesn&rsquo;t apply to"
        " emergency call-outs.</p>",
    ),
    (
        "How do I know the locksmith is really from you?",
        "<p>Our vans are white with the Harper Locks name and phone number on the side, and every locksmith carries"
        " a photo ID card. Be wary of national call centres advertising as a &ldquo;local&rdquo; locksmith with"
        " a cheap call-out price &ndash; they often pass the job to whoever is free and the bill can be very"
        " different.</p>",
    ),
    (
        "What happens to my old locks?",
        "<p>We take them away and recycle the brass and steel, unless you&rsquo;d like to keep them.</p>",
    ),
]

_FAQ = (
    """<h1>Frequently Asked Questions</h1>
<p class="lead">The questions we get asked most often. Can&rsquo;t see yours? <a href="/contact/">Get in
touch</a>.</p>
<div class="panel-group" id="faq" role="tablist" aria-multiselectable="true">
"""
    + "\n".join(_faq_item(n, q, a) for n, (q, a) in enumerate(_FAQ_ITEMS, start=1))
    + "\n</div>"
)


_TERMS = """<h1>Terms, Payment &amp; Guarantee</h1>
<p class="lead">The small print, kept as short and plain as we can make it.</p>

<h3>Booking appointments</h3>
<p>Weekday appointments are booked in a morning slot (8am&ndash;12 noon) or an afternoon slot (12
noon&ndash;5pm). Your locksmith will text you when they are about 30 minutes away.</p>

<h3>Cancelling or changing an appointment</h3>
<p>You can cancel or move a booked appointment free of charge if you give us at least <strong>24 hours&rsquo;
notice</strong>. If you cancel with less notice, or nobody is in when we arrive, there is a
<strong>&pound;30</strong> charge to cover the wasted visit. If you cancel an emergency call-out after the
locksmith has already set off, we charge <strong>&pound;40</strong>.</p>

<h3>Paying us</h3>
<p>Payment is due when the job is finished. We accept:</p>
<ul>
 <li>Debit and credit cards (Visa, Mastercard, American Express), including contactless</li>
 <li>Apple Pay and Google Pay</li>
 <li>Cash</li>
 <li>Bank transfer, as long as it is made while the locksmith is with you</li>
</ul>
<p>We no longer accept cheques. Trade account customers are invoiced &ndash; see
<a href="/landlords-commercial/">Landlords &amp; Business</a>.</p>

<h3>Our guarantee</h3>
<p>All our workmanship is guaranteed for <strong>12 months</strong>. Parts carry the manufacturer&rsquo;s
warranty, which for many locks and cylinders is longer. The guarantee doesn&rsquo;t cover damage from misuse,
a later break-in or forced entry, or parts supplied by the customer. If something isn&rsquo;t right, call us
and we&rsquo;ll come back and put it right free of charge.</p>

<h3>Complaints</h3>
<p>We very rarely get them, but if you are unhappy please ask to speak to Mark Harper. If we can&rsquo;t sort it
out between us, you can use the Master Locksmiths Association complaints procedure.</p>

<h3 id="privacy">Privacy &amp; cookies</h3>
<p>We keep your name, address and job details for six years for our accounts and guarantee records. We never
sell or share your details for marketing. Key codes and registration details are stored securely and only
used to order keys you have authorised. This website uses cookies to count visitors; you can turn them off in
your browser settings.</p>"""


_ADVICE = """<h1>Home Security Advice</h1>
<p class="lead">Practical tips from our locksmiths &ndash; most of them cost little or nothing.</p>

<div class="panel panel-danger">
 <div class="panel-heading"><h3 class="panel-title">After a break-in: what to do first</h3></div>
 <div class="panel-body">
  <ol>
   <li>If you think the burglar may still be inside, get out and ring <strong>999</strong>.</li>
   <li>Otherwise ring the police on <strong>101</strong> and get a crime reference number &ndash; your insurer
    will ask for it.</li>
   <li>Try not to touch the door, window or anything the burglar may have handled until the police have
    been.</li>
   <li>Call us to make the property secure. We attend break-ins 24 hours a day, repair or replace damaged locks,
    and can temporarily board a broken door panel until it can be properly replaced.</li>
   <li>If any keys were taken, have the locks changed straight away, and let your insurer know.</li>
  </ol>
 </div>
</div>

<h3>Letterbox fishing</h3>
<p>Thieves push a wire or rod through the letterbox to hook keys left on a hall table, or to pull down the
inside handle of a uPVC door that has been closed but not locked. Always lift the handle and lock with the key,
keep keys well away from the door, and consider a letterbox guard &ndash; we fit one for <strong>&pound;35</strong>.</p>

<h3>Going on holiday</h3>
<ul>
 <li>Put lights and a radio on timer switches.</li>
 <li>Cancel deliveries and ask a neighbour to clear the post and put your bins out.</li>
 <li>Don&rsquo;t post holiday photos on social media until you&rsquo;re back.</li>
</ul>

<h3>Sheds and garages</h3>
<p>Garden tools are often used to break into the house. Use a closed-shackle padlock on a hasp and staple
bolted right through the door, and mark tools and bikes with your postcode.</p>

<h3>Glass panels and thumb-turns</h3>
<p>If your door has a glass panel near the lock, don&rsquo;t leave a key in the inside. A thumb-turn is
convenient but make sure it can&rsquo;t be reached through a letterbox or broken glass.</p>

<div class="well">
 <h4 style="margin-top:0;">Free home security survey</h4>
 <p>One of our locksmiths will visit, check every door and window, and give you a written list of
 recommendations in order of priority. It takes about 45 minutes and there is no obligation. Surveys are
 available on weekdays within our Zone 1 area.</p>
 <a href="/contact/" class="btn btn-primary">Book a survey</a>
</div>"""


_CONTACT = f"""<h1>Contact &amp; Book</h1>
<p class="lead">For anything urgent, please phone &ndash; the line is answered 24 hours a day.</p>

<div class="row">
 <div class="col-sm-6">
  <h3><span class="glyphicon glyphicon-earphone"></span> Phone</h3>
  <p style="font-size:20px;"><a href="tel:01743362418">{_PHONE}</a></p>
  <h3><span class="glyphicon glyphicon-camera"></span> Send us a photo</h3>
  <p>The quickest way to get a price for a repair or lock change is to send a photo. WhatsApp or text
  <strong>{_MOBILE}</strong> with a picture of the edge of the door (the metal strip with the lock on it),
  a picture of the handle, and your postcode. During shop hours we usually reply with a price within the
  hour.</p>
 </div>
 <div class="col-sm-6">
  <h3><span class="glyphicon glyphicon-envelope"></span> Email</h3>
  <p><a href="mailto:info@harperlocks.co.uk">info@harperlocks.co.uk</a></p>
  <p>We answer emails within one working day. Please don&rsquo;t email about a lockout or a break-in &ndash;
  ring us instead.</p>
  <h3><span class="glyphicon glyphicon-map-marker"></span> Post</h3>
  <p>Harper Locks &amp; Security Ltd, 14 Wyle Cop, Shrewsbury SY1 1XB</p>
 </div>
</div>

<div class="panel panel-default" style="margin-top:15px;">
 <div class="panel-heading"><h3 class="panel-title">Booking request</h3></div>
 <div class="panel-body">
  <p>Fill in the form and we&rsquo;ll call you back to confirm a time. This form is not monitored out of
  hours.</p>
  <form action="/contact/" method="post" class="form-horizontal">
   <div class="form-group">
    <label for="name" class="col-sm-3 control-label">Name</label>
    <div class="col-sm-9"><input type="text" class="form-control" id="name" name="name"></div>
   </div>
   <div class="form-group">
    <label for="tel" class="col-sm-3 control-label">Phone</label>
    <div class="col-sm-9"><input type="tel" class="form-control" id="tel" name="tel"></div>
   </div>
   <div class="form-group">
    <label for="postcode" class="col-sm-3 control-label">Postcode</label>
    <div class="col-sm-9"><input type="text" class="form-control" id="postcode" name="postcode"></div>
   </div>
   <div class="form-group">
    <label for="job" class="col-sm-3 control-label">What do you need?</label>
    <div class="col-sm-9">
     <select class="form-control" id="job" name="job">
      <option>Lock change</option><option>uPVC door or window repair</option><option>Safe</option>
      <option>CCTV or alarm survey</option><option>Free home security survey</option><option>Other</option>
     </select>
    </div>
   </div>
   <div class="form-group">
    <label for="msg" class="col-sm-3 control-label">Details</label>
    <div class="col-sm-9"><textarea class="form-control" id="msg" name="msg" rows="4"></textarea></div>
   </div>
   <div class="form-group">
    <div class="col-sm-offset-3 col-sm-9"><button type="submit" class="btn btn-primary">Send</button></div>
   </div>
  </form>
 </div>
</div>"""


HTML = {
    "/": _page(
        "/",
        "Home",
        "Independent, MLA approved locksmith in Shrewsbury. 24 hour lockouts, lock changes.",
        _HOME,
        sidebar=False,
    ),
    "/emergency-lockout/": _page(
        "/emergency-lockout/",
        "24 Hour Emergency Locksmith Shrewsbury",
        "Locked out in Shrewsbury? Local 24 hour emergency locksmith, non-destructive entry, clear call-out rates.",
        _EMERGENCY,
        crumb="Emergency Lockouts",
    ),
    "/lock-changes/": _page(
        "/lock-changes/",
        "Lock Changes &amp; Replacements",
        "Lock changes for new homes, lost keys and after break-ins. Euro cylinders, mortice locks, nightlatches.",
        _LOCK_CHANGES,
        crumb="Lock Changes",
    ),
    "/upvc-doors-windows/": _page(
        "/upvc-doors-windows/",
        "uPVC Door &amp; Window Lock Repairs",
        "uPVC and composite door repairs: multi-point lock gearboxes, floppy handles, dropped doors, window locks.",
        _UPVC,
        crumb="uPVC Door &amp; Window Repairs",
    ),
    "/british-standard-locks/": _page(
        "/british-standard-locks/",
        "British Standard Locks for Insurance",
        "BS3621, TS007 3 star and Sold Secure Diamond locks fitted to meet your home insurance requirements.",
        _BRITISH_STANDARD,
        crumb="British Standard Locks",
    ),
    "/safes/": _page(
        "/safes/",
        "Safes &amp; Gun Cabinets",
        "Home and business safes and gun cabinets supplied and fitted, safe opening and servicing in Shropshire.",
        _SAFES,
        crumb="Safes &amp; Gun Cabinets",
    ),
    "/cctv-alarms/": _page(
        "/cctv-alarms/",
        "CCTV &amp; Burglar Alarms",
        "CCTV cameras and intruder alarms installed and serviced in Shrewsbury and Shropshire. Free survey.",
        _CCTV,
        crumb="CCTV &amp; Alarms",
    ),
    "/key-cutting/": _page(
        "/key-cutting/",
        "Key Cutting &amp; Key Safes",
        "Keys cut while you wait on Wyle Cop, Shrewsbury. Restricted keys ordered. Police approved key safes fitted.",
        _KEY_CUTTING,
        crumb="Key Cutting",
    ),
    "/landlords-commercial/": _page(
        "/landlords-commercial/",
        "Landlords, Letting Agents &amp; Business",
        "Locksmith services for landlords, letting agents, HMOs and businesses: change-overs, master keys.",
        _LANDLORDS,
        crumb="Landlords &amp; Business",
    ),
    "/prices/": _page(
        "/prices/",
        "Price List",
        "Fitted prices for lock changes, British Standard locks and uPVC door repairs. All prices include VAT.",
        _PRICES,
        crumb="Prices",
    ),
    "/areas-we-cover/": _page(
        "/areas-we-cover/",
        "Areas We Cover",
        "Locksmith covering Shrewsbury, Telford, Oswestry, Ludlow, Welshpool and Shropshire villages.",
        _AREAS,
        crumb="Areas We Cover",
    ),
    "/visit-our-shop/": _page(
        "/visit-our-shop/",
        "Visit Our Shop on Wyle Cop",
        "Our locksmith shop at 14 Wyle Cop, Shrewsbury: opening hours, parking and access.",
        _SHOP,
        crumb="Visit Our Shop",
    ),
    "/about-us/": _page(
        "/about-us/",
        "About Us &amp; The Team",
        "Family run locksmith since 1987. Meet the Harper Locks team. MLA approved, DBS checked, fully insured.",
        _ABOUT_US,
        crumb="About Us",
    ),
    "/reviews/": _page(
        "/reviews/",
        "Customer Reviews",
        "What our customers say about Harper Locks &amp; Security.",
        _REVIEWS,
        crumb="Reviews",
    ),
    "/faq/": _page("/faq/", "FAQs", "Answers to common questions about our locksmith services.", _FAQ, crumb="FAQs"),
    "/terms-and-guarantee/": _page(
        "/terms-and-guarantee/",
        "Terms, Payment &amp; Guarantee",
        "Booking, cancellation, payment methods, our 12 month guarantee and privacy notice.",
        _TERMS,
        crumb="Terms &amp; Guarantee",
    ),
    "/security-advice/": _page(
        "/security-advice/",
        "Home Security Advice",
        "Home security tips from local locksmiths: after a burglary, letterbox fishing, holidays, sheds.",
        _ADVICE,
        crumb="Security Advice",
    ),
    "/contact/": _page(
        "/contact/",
        "Contact &amp; Book",
        "Contact Harper Locks &amp; Security: phone, WhatsApp a photo for a quote, email or booking form.",
        _CONTACT,
        crumb="Contact",
    ),
}

QUESTIONS = [
    (
        "Locked myself out and the keys are sat on the kitchen table. How much is this going to cost me? "
        "It's about 11 at night",
        "/emergency-lockout/",
    ),
    (
        "I rent a flat and I've locked myself out but my purse with my driving licence in it is inside too. "
        "Will you still be able to let me in?",
        "/emergency-lockout/",
    ),
    ("key snapped off in the front door, half of it is still stuck in the lock", "/emergency-lockout/"),
    ("the handle on my back door has gone all floppy and it wont lock", "/upvc-doors-windows/"),
    (
        "One of our double glazed windows has gone all cloudy between the panes, can you replace it for us?",
        "/upvc-doors-windows/",
    ),
    (
        "My home insurance renewal says the front door needs a British Standard lock. How do I tell if the one "
        "I've already got is one?",
        "/british-standard-locks/",
    ),
    (
        "Saw on the news that burglars can break the locks on plastic front doors in seconds. Is that true "
        "and what can I do about it?",
        "/british-standard-locks/",
    ),
    (
        "We've just bought a house and have no idea who's got keys. How much to change the lock on a normal "
        "upvc front door?",
        "/prices/",
    ),
    (
        "I've left an abusive relationship and he still has keys to the house. I haven't got much money, is "
        "there any help with getting the locks changed?",
        "/lock-changes/",
    ),
    ("how much to copy a key for a upvc door", "/key-cutting/"),
    ("Lost the only key for my Corsa, can you make me a new one?", "/key-cutting/"),
    (
        "My mum's just come home from hospital and the carers need to be able to get in when she can't get to "
        "the door. What can you do?",
        "/key-cutting/",
    ),
    (
        "We're clearing out my late grandad's house and there's an old safe in the garage, nobody knows the "
        "combination. Can you get it open?",
        "/safes/",
    ),
    ("Can I check the cameras on my phone while I'm at work?", "/cctv-alarms/"),
    ("If the burglar alarm goes off will the police come out?", "/cctv-alarms/"),
    (
        "I manage 12 rental properties, do you do any discount and can you invoice us monthly",
        "/landlords-commercial/",
    ),
    ("Do you come out as far as Ludlow? Is there extra to pay?", "/areas-we-cover/"),
    ("where can I park when I come in to get some keys cut", "/visit-our-shop/"),
    ("wat are ur opening times over christmas", "/visit-our-shop/"),
    (
        "I live on my own and would honestly feel more comfortable if a woman came round to do the job, is "
        "that possible?",
        "/about-us/",
    ),
    ("I bought a lock off amazon, can I just pay you to fit it", "/faq/"),
    ("Do pensioners get any money off?", "/faq/"),
    (
        "I booked you for Thursday morning but now I've been called into work, will I be charged if I cancel?",
        "/terms-and-guarantee/",
    ),
    ("someone broke in through the back door last night, what should i do first", "/security-advice/"),
    ("Can I just send you a picture of my lock and get a price that way?", "/contact/"),
]

OUT_OF_SCOPE = [
    "Can you fit a cat flap in my uPVC back door?",
    "Do you sell gift vouchers?",
    "Our electric garage door has stopped opening, can you repair the motor?",
    "Do you do shoe repairs or knife sharpening as well as keys?",
    "Do you fit security bars or grilles on windows?",
    "Do you run training courses for people who want to become locksmiths?",
    "I've forgotten the passcode on my iPhone, can you unlock it?",
    "Is there a good Indian restaurant near your shop?",
]
