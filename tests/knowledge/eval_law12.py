"""An evaluation site: Marsh Employment & Business Law, a sole practitioner employment and business solicitor (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. A Jekyll static site on the minima theme
(site-header, site-nav with a menu-icon checkbox, page-content, wrapper, post-content, footer-col-wrapper), with
a FAQ of plain h3 questions followed by paragraphs plus a few <details> blocks.
"""

NAME = "Marsh Employment & Business Law"

_SITE = "Marsh Employment &amp; Business Law"
_BASE = "https://www.marshemploymentlaw.co.uk"

_MENU_ICON = (
    '<svg viewBox="0 0 18 15" width="18px" height="15px"><path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484'
    "C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0 h15.032C17.335,0,18,0.665,18,1.484L18,1.484z M18,7.516"
    "C18,8.335,17.335,9,16.516,9H1.484C0.665,9,0,8.335,0,7.516l0,0 c0-0.82,0.665-1.484,1.484-1.484h15.032"
    "C17.335,6.031,18,6.696,18,7.516L18,7.516z M18,13.516C18,14.335,17.335,15,16.516,15H1.484 C0.665,15,0,14.335,0,"
    '13.516l0,0c0-0.82,0.665-1.483,1.484-1.483h15.032C17.335,12.031,18,12.695,18,13.516L18,13.516z"/></svg>'
)

_NAV = (
    """<nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger">
          <span class="menu-icon">
            """
    + _MENU_ICON
    + """
          </span>
        </label>
        <div class="trigger">
          <div class="nav-group nav-group--dropdown">
            <span class="nav-group-title">For employees &#9662;</span>
            <div class="nav-dropdown mega-menu">
              <div class="mega-col">
                <a class="page-link" href="/settlement-agreements/">Settlement agreements</a>
                <a class="page-link" href="/unfair-dismissal/">Unfair &amp; constructive dismissal</a>
                <a class="page-link" href="/redundancy/">Redundancy</a>
                <a class="page-link" href="/discrimination/">Discrimination</a>
              </div>
              <div class="mega-col">
                <a class="page-link" href="/grievances-and-disciplinaries/">Grievances &amp; disciplinaries</a>
                <a class="page-link" href="/acas-and-time-limits/">ACAS &amp; time limits</a>
                <a class="page-link" href="/tribunal-representation/">Tribunal representation</a>
              </div>
            </div>
          </div>
          <div class="nav-group nav-group--dropdown">
            <span class="nav-group-title">For businesses &#9662;</span>
            <div class="nav-dropdown mega-menu">
              <div class="mega-col">
                <a class="page-link" href="/business-contracts/">Contracts &amp; staff paperwork</a>
                <a class="page-link" href="/shareholder-agreements/">Shareholder agreements</a>
                <a class="page-link" href="/debt-recovery/">Debt recovery</a>
              </div>
            </div>
          </div>
          <div class="nav-group nav-group--dropdown">
            <span class="nav-group-title">Working with me &#9662;</span>
            <div class="nav-dropdown mega-menu">
              <div class="mega-col">
                <a class="page-link" href="/about/">About Helen</a>
                <a class="page-link" href="/fees/">Fees</a>
                <a class="page-link" href="/funding/">Insurance &amp; funding</a>
                <a class="page-link" href="/appointments/">Appointments</a>
              </div>
              <div class="mega-col">
                <a class="page-link" href="/faq/">FAQ</a>
                <a class="page-link" href="/complaints/">Complaints</a>
                <a class="page-link" href="/contact/">Contact &amp; directions</a>
              </div>
            </div>
          </div>
          <a class="page-link nav-cta" href="/appointments/">Book a call</a>
        </div>
      </nav>"""
)

_COOKIE = """<div class="cookie-notice" id="cookie-notice" role="dialog" aria-live="polite">
  <div class="wrapper">
    <p>This site uses one analytics cookie to count visits. No advertising, no tracking across other sites.
    <a href="#" class="cookie-accept btn btn--small" id="cookie-accept">OK, got it</a></p>
  </div>
</div>"""

_FOOTER = """<footer class="site-footer h-card">
  <data class="u-url" href="/"></data>
  <div class="wrapper">
    <h2 class="footer-heading">Marsh Employment &amp; Business Law</h2>
    <div class="footer-col-wrapper">
      <div class="footer-col footer-col-1">
        <ul class="contact-list">
          <li class="p-name">Helen Marsh, Solicitor</li>
          <li class="p-adr">Suite 4, Regent Court, 15 Hamilton Terrace, Leamington Spa, CV32 4LY</li>
          <li><a href="tel:01926496318">01926 496318</a></li>
          <li><a class="u-email" href="mailto:hello@marshemploymentlaw.co.uk">hello@marshemploymentlaw.co.uk</a></li>
        </ul>
      </div>
      <div class="footer-col footer-col-2">
        <ul class="social-media-list">
          <li><a href="https://www.linkedin.com/in/helenmarshsolicitor"><svg class="svg-icon">
            <use xlink:href="/assets/minima-social-icons.svg#linkedin"></use></svg>
            <span class="username">helenmarshsolicitor</span></a></li>
          <li><a href="https://www.facebook.com/marshemploymentlaw"><svg class="svg-icon">
            <use xlink:href="/assets/minima-social-icons.svg#facebook"></use></svg>
            <span class="username">marshemploymentlaw</span></a></li>
          <li><a href="https://x.com/marshemplaw"><svg class="svg-icon">
            <use xlink:href="/assets/minima-social-icons.svg#twitter"></use></svg>
            <span class="username">marshemplaw</span></a></li>
        </ul>
        <p class="footer-hours"><strong>Office hours</strong><br>Monday to Friday, 9:00am to 5:30pm</p>
      </div>
      <div class="footer-col footer-col-3">
        <p>Employment law for employees and small employers, and everyday business law for owner-managed companies
        in Warwickshire and beyond.</p>
        <p class="sra-line">Marsh Employment &amp; Business Law is the trading name of Helen Marsh, a sole practitioner
        authorised and regulated by the Solicitors Regulation Authority (SRA number 812345).</p>
        <div class="sra-badge"><a href="https://www.sra.org.uk/consumers/register/">SRA digital badge</a></div>
      </div>
    </div>
    <p class="copyright">&copy; 2025 Marsh Employment &amp; Business Law. Built with Jekyll.</p>
  </div>
</footer>"""

_ANALYTICS = """<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7QK2M4XH1P', { 'anonymize_ip': true });
</script>"""

_SIDEBAR = """<aside class="page-sidebar widget-area" role="complementary">
        <div class="widget widget-cta">
          <h4 class="widget-title">Talk it through with Helen</h4>
          <p>Tell me what has happened and I will tell you straight whether I can help.</p>
          <a class="btn btn--primary" href="/appointments/">Book a call</a>
          <p class="widget-phone"><a href="tel:01926496318">01926 496318</a></p>
        </div>
        <div class="widget widget-links">
          <h4 class="widget-title">Useful pages</h4>
          <ul>
            <li><a href="/fees/">Fees</a></li>
            <li><a href="/funding/">Insurance &amp; funding</a></li>
            <li><a href="/acas-and-time-limits/">ACAS &amp; time limits</a></li>
            <li><a href="/faq/">FAQ</a></li>
          </ul>
        </div>
        <div class="widget widget-testimonial">
          <blockquote>&ldquo;Calm, clear and on my side from the first phone call.&rdquo;
          <cite>&mdash; Priya, Warwick</cite></blockquote>
        </div>
      </aside>"""


def _page(path, title, description, body, sidebar=False):
    """Wrap one page's content in the shared minima layout and return the full document."""
    full_title = _SITE if path == "/" else title + " | " + _SITE
    if sidebar:
        main = (
            '<div class="content-with-sidebar">\n      <article class="post">\n'
            '        <header class="post-header"><h1 class="post-title">' + title + "</h1></header>\n"
            '        <div class="post-content">\n'
            + body
            + "\n        </div>\n      </article>\n      "
            + _SIDEBAR
            + "\n    </div>"
        )
    elif path == "/":
        main = '<div class="home">\n' + body + "\n    </div>"
    else:
        main = (
            '<article class="post">\n'
            '      <header class="post-header"><h1 class="post-title">' + title + "</h1></header>\n"
            '      <div class="post-content">\n' + body + "\n      </div>\n    </article>"
        )
    return (
        '<!DOCTYPE html>\n<html lang="en-GB"><head>\n  <meta charset="utf-8">\n'
        '  <meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
        '  <meta name="viewport" content="width=device-width, initial-scale=1">'
        "<!-- Begin Jekyll SEO tag v2.8.0 -->\n"
        "<title>" + full_title + "</title>\n"
        '<meta name="generator" content="Jekyll v4.3.3" />\n'
        '<meta property="og:title" content="' + title + '" />\n'
        '<meta property="og:locale" content="en_GB" />\n'
        '<meta name="description" content="' + description + '" />\n'
        '<meta property="og:description" content="' + description + '" />\n'
        '<link rel="canonical" href="' + _BASE + path + '" />\n'
        '<meta property="og:url" content="' + _BASE + path + '" />\n'
        '<meta property="og:site_name" content="' + _SITE + '" />\n'
        '<meta property="og:type" content="website" />\n'
        '<meta name="twitter:card" content="summary" />\n'
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage",'
        '"headline":"' + title + '","url":"' + _BASE + path + '"}</script>\n'
        "<!-- End Jekyll SEO tag -->\n"
        '<link rel="stylesheet" href="/assets/main.css">'
        '<link rel="stylesheet" href="/assets/css/custom.css">'
        '<link type="application/atom+xml" rel="alternate" href="/feed.xml" title="' + _SITE + '" />'
        '<link rel="icon" href="/assets/favicon.png">\n' + _ANALYTICS + "\n</head>\n"
        "<body>" + _COOKIE + '\n<header class="site-header" role="banner">\n'
        '  <div class="wrapper"><a class="site-title" rel="author" href="/">'
        '<img class="site-logo" src="/assets/img/marsh-logo.svg" alt="" width="36" height="36"> '
        + _SITE
        + "</a>"
        + _NAV
        + "\n  </div>\n</header>\n"
        '<main class="page-content" aria-label="Content">\n  <div class="wrapper">\n    '
        + main
        + "\n  </div>\n</main>"
        + _FOOTER
        + "\n</body>\n</html>\n"
    )


_HOME = """      <section class="hero">
        <h1 class="page-heading">Employment and business law from a solicitor who answers her own phone</h1>
        <p class="lead">I'm Helen Marsh. I run a small, independent practice in Leamington Spa, advising people who
        are having a hard time at work and the owners of small businesses who want paperwork that holds up and
        customers who pay. From the first call to the last letter, you deal with me &mdash; not a trainee, not a
        call centre.</p>
        <p><a class="btn btn--primary" href="/appointments/">Book a call</a>
        <a class="btn btn--ghost" href="/fees/">See my fees</a></p>
      </section>

      <section class="home-columns">
        <div class="home-col">
          <h2>If you're an employee</h2>
          <p>Work problems rarely arrive one at a time. A new manager, a sudden performance review, a letter
          inviting you to a "without prejudice" chat. I help you understand where you stand and what to do next.</p>
          <ul class="post-list">
            <li><a href="/settlement-agreements/">Settlement agreements</a></li>
            <li><a href="/unfair-dismissal/">Unfair and constructive dismissal</a></li>
            <li><a href="/redundancy/">Redundancy</a></li>
            <li><a href="/discrimination/">Discrimination at work</a></li>
            <li><a href="/grievances-and-disciplinaries/">Grievances and disciplinaries</a></li>
            <li><a href="/acas-and-time-limits/">ACAS early conciliation and time limits</a></li>
            <li><a href="/tribunal-representation/">Employment tribunal representation</a></li>
          </ul>
        </div>
        <div class="home-col">
          <h2>If you run a business</h2>
          <p>Most of my business clients have between one and fifty staff. They don't need a City firm; they need
          someone sensible who knows their business and charges a price agreed up front.</p>
          <ul class="post-list">
            <li><a href="/business-contracts/">Contracts, terms and staff paperwork</a></li>
            <li><a href="/shareholder-agreements/">Shareholder and partnership agreements</a></li>
            <li><a href="/debt-recovery/">Chasing unpaid invoices</a></li>
          </ul>
        </div>
      </section>

      <section class="how-it-works">
        <h2>How it works</h2>
        <ol class="steps">
          <li><strong>Tell me what's happened.</strong> Ring, email or use the booking form.</li>
          <li><strong>Get a straight answer.</strong> I'll say honestly whether I can help and what it is likely
          to cost before you commit to anything.</li>
          <li><strong>We get on with it.</strong> Clear next steps in writing, and regular updates without you
          having to chase.</li>
        </ol>
      </section>

      <section class="testimonials">
        <h2>What clients say</h2>
        <div class="testimonial-grid">
          <blockquote class="testimonial">&ldquo;Helen explained my options in plain English and never once made
          me feel silly for asking. I came out of it with a much better deal than I went in with.&rdquo;
          <cite>&mdash; Mark, Kenilworth</cite></blockquote>
          <blockquote class="testimonial">&ldquo;We'd put off sorting our staff contracts for years. Helen made it
          painless and the fixed price meant no nasty surprises.&rdquo;
          <cite>&mdash; Joanne, owner of a Stratford gift shop</cite></blockquote>
          <blockquote class="testimonial">&ldquo;Responsive, direct, and genuinely kind during a horrible time.
          I'd recommend her to anyone.&rdquo; <cite>&mdash; Sam, Rugby</cite></blockquote>
        </div>
        <p class="review-summary">Rated 4.9 out of 5 from 112 Google reviews.</p>
      </section>

      <section class="cta-band">
        <h2>Not sure where you stand?</h2>
        <p>A short conversation is often enough to work out your next step.</p>
        <a class="btn btn--primary" href="/appointments/">Book a call with Helen</a>
      </section>"""

_ABOUT = """<h2>Helen Marsh, solicitor</h2>
<p>I qualified as a solicitor in 2006 after training with a high street firm in Coventry. I then spent twelve years
in the employment team of a large Birmingham firm, latterly as a senior associate, running tribunal cases across
the Midlands for both employees and employers. In 2018 I set up on my own because I wanted to give people the same
quality of advice without the big-firm overheads and the feeling of being passed down a chain.</p>

<h2>Qualifications and regulation</h2>
<p>Yes, I am a fully qualified solicitor of England and Wales, not an unregulated "HR consultant" or claims
adviser. I practise as a recognised sole practitioner, authorised and regulated by the Solicitors Regulation
Authority (SRA number 812345), which means I must follow the SRA Standards and Regulations, hold a current
practising certificate and carry professional indemnity insurance (my cover is &pound;3 million for any one
claim). You can check my details on the SRA's online register of solicitors.</p>
<ul>
  <li>Member of the Employment Lawyers Association</li>
  <li>Member of the Law Society of England and Wales</li>
  <li>Volunteer adviser at the Warwickshire Law Centre monthly drop-in employment clinic</li>
</ul>

<h2>Dawn Fielding, practice manager</h2>
<p>Dawn is usually the first voice you'll hear when you ring. She runs my diary, opens new files, carries out
identity checks and looks after billing. Dawn isn't legally qualified, so she can't give you legal advice, but
she can tell you where your matter is up to and get a message to me quickly.</p>

<h2>When I'm away</h2>
<p>Every sole practitioner has to have arrangements in place in case they are unexpectedly unavailable. If I am
ever ill or on leave at a critical moment, urgent matters are covered by Peter Harte, an experienced employment
solicitor at a neighbouring Warwick practice, who has agreed to step in. Your file stays confidential and you will
always be told who is dealing with it.</p>

<h2>Why a one-solicitor practice?</h2>
<p>Because you always know who is doing the work. I read every document myself, I remember your case when you
ring, and I can keep my prices well below those of larger firms.</p>"""

_SETTLEMENT = """<p>A settlement agreement is a legally binding contract in which you agree not to bring claims against
your employer in return for a payment and, usually, an agreed reference. The law says the agreement only works
if you have had independent advice from a qualified adviser, who signs a certificate confirming that advice.
That's where I come in.</p>

<h2>What I check for you</h2>
<ul>
  <li><strong>The money.</strong> The first &pound;30,000 of a genuine termination payment can normally be paid
  tax-free, but notice pay, holiday pay and bonuses are taxed as usual. I check it has been split correctly.</li>
  <li><strong>The reference.</strong> The wording should be agreed and attached to the agreement.</li>
  <li><strong>Confidentiality and "no bad-mouthing" clauses.</strong> These should work both ways where
  possible.</li>
  <li><strong>Which claims you're giving up</strong> and whether the offer reflects what they might be worth.</li>
  <li><strong>Dates.</strong> Your leaving date, when you'll be paid, and what happens to pension, car and
  shares.</li>
</ul>

<h2>Who pays for the advice?</h2>
<p>In almost every case your employer pays. Because the agreement is only valid if you have been advised, employers
expect to contribute towards your legal fees, usually between &pound;400 and &pound;750 plus VAT depending on your
seniority and how complicated the agreement is. My fee for advising on the agreement is capped at whatever your
employer contributes, so for the great majority of clients there is nothing to pay. Your employer pays me directly
once the agreement is signed.</p>
<p>If you want me to go back and negotiate a better package, that is extra work. I will tell you first whether I
think it is worth it, and we will agree a fixed price or ask your employer to increase its contribution.</p>

<h2>How long does it take?</h2>
<p>Once I have the agreement and any letters that go with it, I normally complete my advice within two working
days. If your employer has given you a tight deadline, mention it when you first get in touch: same-day reviews are
often possible, and employers will usually agree a short extension if you ask.</p>

<h2>How it works</h2>
<p>We talk the agreement through on a phone or video call of about 45 minutes. You sign electronically, I sign the
adviser's certificate, and I send the signed documents to your employer's solicitor. You don't need to visit the
office.</p>"""

_UNFAIR = """<h2>Unfair dismissal</h2>
<p>To claim ordinary unfair dismissal you normally need two years' continuous employment with the same employer
by the date your job ends. If you have less than two years, you usually can't argue that the dismissal was unfair,
however badly it was handled, unless the reason was one the law treats as automatically unfair. Those include:</p>
<ul>
  <li>blowing the whistle on wrongdoing (a "protected disclosure");</li>
  <li>raising health and safety concerns;</li>
  <li>asserting a legal right, for example asking for your holiday pay or for proper payslips;</li>
  <li>trade union membership or activities;</li>
  <li>doing jury service.</li>
</ul>
<p>If you do have two years, your employer has to show a fair reason (conduct, capability, redundancy, a legal
restriction or "some other substantial reason") and that it followed a fair procedure, including the ACAS Code of
Practice on disciplinary and grievance procedures.</p>
<p>Compensation is made up of a basic award, worked out on your age, pay and length of service, and a
compensatory award for your financial losses, which is capped at the lower of a year's gross pay or
&pound;118,223.</p>

<h2>Constructive dismissal</h2>
<p>Constructive dismissal is when your employer's behaviour is so serious &mdash; a fundamental breach of your
contract &mdash; that you are entitled to resign and treat yourself as dismissed. Examples include cutting your pay
without agreement, a demotion, or serious bullying that management knows about and does nothing to stop.</p>
<p><strong>Please talk to me before you resign.</strong> Constructive dismissal claims are harder to win than
ordinary unfair dismissal claims, and the burden is on you to prove the breach. Timing matters in both
directions: resign in the heat of the moment and you may have no job and a weak claim; carry on working for months
without complaint and you may be treated as having accepted the treatment. In most cases it is wise to raise a
formal grievance first, keep a dated diary and copies of emails, and plan your finances. The same two-year
qualifying period applies.</p>
<p>Strict deadlines apply to both kinds of claim &mdash; see <a href="/acas-and-time-limits/">ACAS and time
limits</a>.</p>"""

_REDUNDANCY = """<p>Redundancy is a fair reason for dismissal only if the job has genuinely gone or the need for it
has reduced, and the employer has followed a fair process. I help employees check both, and I help employers plan
a process that will stand up.</p>

<h2>Consultation and selection</h2>
<p>You should be warned that you are at risk and consulted individually before any decision is made. Where 20 or
more people at one establishment may be made redundant within 90 days, collective consultation must start at
least 30 days before the first dismissal (45 days if 100 or more). If colleagues doing similar work are kept on,
ask how the "pool" was chosen and ask to see your selection scores.</p>

<h2>Statutory redundancy pay</h2>
<p>If you have at least two years' continuous service you are entitled to statutory redundancy pay, worked out
like this:</p>
<table class="data-table">
  <thead><tr><th>Years worked while aged</th><th>Pay for each full year</th></tr></thead>
  <tbody>
    <tr><td>Under 22</td><td>Half a week's pay</td></tr>
    <tr><td>22 to 40</td><td>One week's pay</td></tr>
    <tr><td>41 and over</td><td>One and a half weeks' pay</td></tr>
  </tbody>
</table>
<p>No more than 20 years can be counted, and a week's pay is capped at &pound;719 (for redundancies on or after
6 April 2025), so the most statutory redundancy pay anyone can receive is &pound;21,570. Your contract may give you
more (an "enhanced" scheme), and notice pay and untaken holiday are paid on top.</p>

<h2>Being offered another job</h2>
<p>Your employer should offer you any suitable vacancies. If you accept a different role, you have a four-week
trial period; if it doesn't work out you can still leave with your redundancy pay. But if you <em>unreasonably</em>
turn down an offer of suitable alternative work, you can lose your statutory redundancy pay altogether. Whether a
job is suitable, and whether refusing is reasonable, depends on the pay, hours, status, extra travel time and your
own circumstances, such as childcare or not driving. This is worth getting advice on before you reply.</p>

<h2>Time off to look for work</h2>
<p>With two years' service you are entitled to reasonable paid time off during your notice to look for work or
arrange training.</p>"""

_DISCRIMINATION = """<p>The Equality Act 2010 protects you from being treated worse at work because of age,
disability, gender reassignment, marriage or civil partnership, pregnancy and maternity, race, religion or belief,
sex, or sexual orientation.</p>

<h2>No minimum length of service</h2>
<p>Unlike unfair dismissal, there is no qualifying period for discrimination. You are protected from your first
day at work, and even as a job applicant.</p>

<h2>The different kinds of discrimination</h2>
<ul>
  <li><strong>Direct discrimination</strong> &ndash; being treated less favourably because of who you are.</li>
  <li><strong>Indirect discrimination</strong> &ndash; a rule that applies to everyone but puts your group at a
  disadvantage without good reason.</li>
  <li><strong>Harassment</strong> &ndash; unwanted conduct that violates your dignity or creates a hostile
  environment, including "banter".</li>
  <li><strong>Victimisation</strong> &ndash; being punished for complaining about discrimination or helping
  someone else complain.</li>
  <li><strong>Disability</strong> &ndash; including failing to make reasonable adjustments, and unfavourable
  treatment because of something arising from your disability, such as sickness absence.</li>
</ul>

<h2>Pregnancy and maternity</h2>
<p>It is unlawful to treat you unfavourably because you are pregnant, because of a pregnancy-related illness, or
because you are taking or have taken maternity leave. You don't need to compare yourself with anyone else. Common
warning signs after someone announces a pregnancy are sudden criticism of work that was fine before, being taken
off important clients or projects, being left out of training or promotion, or having hours cut. Write down what
has changed and when, and keep copies of appraisals and emails from before and after you told your employer.</p>

<h2>Compensation</h2>
<p>There is no cap on discrimination compensation. As well as lost earnings, the tribunal can award "injury to
feelings" in three bands: &pound;1,200 to &pound;12,100 for less serious cases, &pound;12,100 to &pound;36,400 for
serious cases, and &pound;36,400 to &pound;60,700 for the most serious.</p>"""

_GRIEVANCE = """<h2>Raising a grievance</h2>
<p>A grievance is a formal complaint to your employer about how you're being treated: a bullying manager, unpaid
wages, a refused request, a workload that is making you ill. I can draft the grievance letter for you to send in
your own name, so it reads as though it came from you but covers everything it needs to: what happened, when, who
was involved, which policies have been broken and what you want to happen next. Your employer will never know I
wrote it unless you choose to tell them.</p>
<p>Your employer should hold a meeting without unreasonable delay, tell you the outcome in writing and give you the
right to appeal. I can help you prepare for the meeting and write the appeal if you need one.</p>

<h2>Facing a disciplinary</h2>
<p>A fair disciplinary process normally has an investigation, a letter inviting you to a hearing with the evidence
attached, the hearing itself, a written outcome and a chance to appeal. Suspension while things are investigated
should normally be on full pay and is not a punishment in itself.</p>

<h2>Who can come with you?</h2>
<p>You have a legal right to be accompanied at a disciplinary or grievance hearing by a work colleague or a trade
union representative. There is no legal right to bring a solicitor, a friend from outside work or a family member,
although some employers' policies allow it, so check yours. If your chosen companion can't make the date, you can
suggest another time within five working days of the original date.</p>
<p>Although I won't usually be in the room, I can prepare you beforehand in a one-to-one session: we go through the
evidence, the questions you are likely to be asked and the points you need to make, and I can help you write a
short statement to read out or hand over.</p>

<h2>For employers</h2>
<p>Getting the process right is the best protection against a tribunal claim. I advise managers on suspensions,
investigations, invitation letters, running the hearing and deciding a fair outcome.</p>"""

_ACAS = """<h2>ACAS early conciliation</h2>
<p>Before you can start almost any employment tribunal claim, you must notify ACAS using its online early
conciliation form or by phone. It is free. An ACAS conciliator will contact you and your employer to see whether the
dispute can be settled without a claim. Conciliation can last up to six weeks. If it doesn't settle, ACAS issues an
early conciliation certificate with a reference number, which you need to put on your tribunal claim form (the
ET1). If it does settle through ACAS, the deal is recorded on a form called a COT3.</p>

<h2>The three-month time limit</h2>
<p>For most claims, including unfair dismissal and discrimination, you must contact ACAS within <strong>three
months less one day</strong>. For dismissal, that runs from the date your employment ended; for discrimination,
from the date of the act you are complaining about (or the last in a series of connected acts).</p>
<p>Example: if your employment ended on 14 October, the last day to contact ACAS is 13 January.</p>
<p>A few claims have longer limits: six months for statutory redundancy pay and for equal pay.</p>

<h2>"Stopping the clock"</h2>
<p>The days between contacting ACAS and receiving your certificate don't count towards the time limit, and you
will always have at least one month after the certificate to submit your claim. The exact calculation can be
fiddly, so let me check your dates.</p>

<h2>Don't wait for your appeal</h2>
<p>The clock keeps running while you go through an internal grievance or appeal. Tribunals extend time limits only
rarely, so if you are anywhere near the deadline, contact ACAS first and carry on with the appeal in parallel.</p>"""

_TRIBUNAL = """<p>If your case can't be settled, I can take it all the way through the employment tribunal, whether
you are the employee bringing the claim or an employer responding to one.</p>

<h2>What I do</h2>
<ul>
  <li>Draft the claim form (ET1) or the employer's response (ET3)</li>
  <li>Prepare a schedule of loss showing what the claim is worth</li>
  <li>Deal with disclosure of documents and agree the hearing bundle</li>
  <li>Draft witness statements</li>
  <li>Represent you at preliminary hearings and at the final hearing</li>
  <li>Keep negotiating a settlement throughout, including judicial mediation where offered</li>
</ul>

<h2>At the hearing</h2>
<p>I attend the hearing with you and present your case: I make the opening points, question the other side's
witnesses, and make the closing arguments to the judge. You won't have to argue the case yourself, but you will
still need to give evidence as a witness, answering questions about your statement. We will practise what that
feels like beforehand.</p>
<p>Most of my cases are heard by the Midlands West tribunal in Birmingham or Midlands East in Nottingham. Many
hearings, especially shorter preliminary hearings, now take place by video. For very long or unusually complex
final hearings I may recommend bringing in a specialist barrister, and I will discuss that with you well in
advance.</p>

<h2>Will I have to pay the other side's costs if I lose?</h2>
<p>Normally, no. Unlike the civil courts, in the employment tribunal each side usually pays its own legal costs,
win or lose. Costs orders are the exception: they can be made where someone has behaved unreasonably or
abusively, where a claim or defence had no reasonable prospect of success, or where a party carried on after being
ordered to pay a deposit. I will warn you if I think there is any risk of that in your case.</p>

<h2>How long does it take?</h2>
<p>There is currently no fee to issue a claim. Final hearings are often listed twelve to eighteen months after the
claim is issued, although most cases settle well before then.</p>"""

_CONTRACTS = """<p>Most of my business clients are owner-managed companies and sole traders with between one and
fifty staff: shops, caf&eacute;s, trades, agencies and online sellers. I write documents in plain English that fit
the way you actually work.</p>

<h2>Taking on staff</h2>
<p>Every employee and worker must be given a <strong>written statement of employment particulars</strong> on or
before their first day. It must cover, among other things, their job title, pay and when it's paid, hours and days
of work, holiday entitlement, where they will work, notice periods, any probation period, sick pay and training. A
few details, such as pension arrangements, can follow within two months. In practice the easiest way to meet the
rules is a proper contract of employment that includes all of this.</p>
<p>Alongside contracts I draft staff handbooks with the policies a small employer actually needs: disciplinary and
grievance procedures, sickness absence, holidays, flexible working and social media. For freelancers I prepare
consultancy agreements that make the self-employed relationship clear.</p>

<h2>Dealing with customers and suppliers</h2>
<ul>
  <li>Terms and conditions for the sale of goods or services, including online sales, where consumers normally
  have a 14-day right to cancel</li>
  <li>Website terms of use and privacy notices</li>
  <li>Supplier, distribution and agency agreements</li>
  <li>Non-disclosure (confidentiality) agreements</li>
  <li>Reviewing a contract someone else has sent you before you sign it</li>
</ul>

<h2>How it works</h2>
<p>You complete a short questionnaire about your business, we have a 30-minute call, and I send a first draft
within ten working days. One round of changes is included in the fixed price. Prices are on the
<a href="/fees/">fees page</a>.</p>"""

_SHAREHOLDER = """<p>When you set up a company with someone else, everyone gets on. A shareholder agreement is about
deciding, while you still get on, what happens if you stop.</p>

<h2>Why the articles aren't enough</h2>
<p>Most small companies are set up with the standard "model articles". They cover the basics of running a
company, but they say nothing about what happens if one of you wants out, stops pulling their weight, falls ill or
dies. In a 50/50 company with no agreement, neither of you can outvote the other. If you fall out badly and can't
agree, the company can grind to a halt: no decisions, no dividends, and in the worst cases the only way out is an
expensive court petition or closing the company down.</p>

<h2>What a shareholder agreement covers</h2>
<ul>
  <li><strong>Reserved matters</strong> &ndash; big decisions that need everyone's consent, such as borrowing,
  taking on new shareholders or selling the business</li>
  <li><strong>Deadlock</strong> &ndash; a way to break a stalemate, from mediation to a buy-sell ("shotgun")
  clause</li>
  <li><strong>Leavers</strong> &ndash; whether someone who leaves must sell their shares, and at what price, with
  different terms for "good" and "bad" leavers</li>
  <li><strong>Selling shares</strong> &ndash; rights of first refusal, and drag-along and tag-along rights if a
  buyer comes along</li>
  <li><strong>Dividends</strong> &ndash; how profits will be paid out</li>
  <li><strong>Death and serious illness</strong> &ndash; often paired with life insurance so the survivors can buy
  the shares</li>
  <li><strong>Competition</strong> &ndash; stopping a departing shareholder setting up next door</li>
</ul>

<h2>Partnerships and LLPs</h2>
<p>I also prepare partnership agreements and LLP members' agreements, which do the same job for unincorporated
partnerships and limited liability partnerships.</p>

<h2>The process</h2>
<p>I start with a meeting with all the founders to understand the business and what each of you wants. I can act
for only one of you or for the company, so the others may want their own solicitor to look over the draft. Most
agreements are finished within three to four weeks, and I update your articles at the same time so the two
documents match.</p>"""

_DEBT = """<p>Unpaid invoices can sink a small business. I help businesses recover money owed by other businesses
and by private customers, usually starting with a firm letter and going to court only if we must.</p>

<h2>The steps</h2>
<ol>
  <li><strong>Check the paperwork.</strong> Quotes, emails, signed terms, delivery notes, invoices. Is there a
  genuine dispute about the work, or is the customer simply not paying?</li>
  <li><strong>Letter before action.</strong> A solicitor's letter is often all it takes. If the customer is an
  individual or sole trader, the court rules require the letter to give them 30 days to respond, with a reply form
  and information sheet. For a limited company, 14 days is usual.</li>
  <li><strong>Court claim.</strong> Most claims are issued online through Money Claim Online. Claims up to
  &pound;10,000 are normally dealt with in the small claims track, where each side's legal costs are mostly not
  recoverable. The court fee depends on the amount claimed.</li>
  <li><strong>Judgment and enforcement.</strong> If the customer doesn't respond, you can ask for judgment by
  default. If they still don't pay, options include High Court Enforcement Officers (for judgments over
  &pound;600), an attachment of earnings order or a charging order on property.</li>
</ol>

<h2>Statutory demands</h2>
<p>Where a debt is clearly undisputed, a statutory demand can be a quick route: a company owing &pound;750 or more
or an individual owing &pound;5,000 or more who ignores one can face winding-up or bankruptcy proceedings. It must
never be used where the debt is genuinely disputed.</p>

<h2>Interest and compensation on late invoices</h2>
<p>Between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 lets you claim interest even if
your terms never mentioned it. Statutory interest runs at 8% above the Bank of England base rate from the date
payment was due. You can also add fixed compensation for each invoice: &pound;40 for debts under &pound;1,000,
&pound;70 for &pound;1,000 to &pound;9,999.99, and &pound;100 for &pound;10,000 or more. If your own terms set a
contractual interest rate, that usually applies instead. For private customers, interest depends on your terms,
or the court can award simple interest at 8% a year.</p>"""

_FEES = """<p>I believe you should know what legal help will cost before you agree to it. Wherever I can, I work for
a fixed fee. Where I can't, I charge by the hour and give you a written estimate up front.</p>

<h2>Hourly rate</h2>
<p>My hourly rate is <strong>&pound;245 plus VAT</strong> (&pound;294 including VAT). Administrative work by Dawn
is charged at &pound;95 plus VAT an hour. Time is recorded in six-minute units, and I send a bill every month so
costs never build up unnoticed.</p>

<h2>Fixed fees</h2>
<table class="data-table price-table">
  <thead><tr><th>Service</th><th>Fee (plus VAT)</th></tr></thead>
  <tbody>
    <tr><td>Initial consultation (up to 60 minutes, with written notes afterwards)</td><td>&pound;175</td></tr>
    <tr><td>Drafting a grievance letter</td><td>&pound;350</td></tr>
    <tr><td>Disciplinary or grievance hearing preparation session (up to 90 minutes)</td><td>&pound;295</td></tr>
    <tr><td>Drafting a tribunal claim form (ET1) with ACAS certificate</td><td>&pound;850</td></tr>
    <tr><td>Contract of employment (one template, tailored)</td><td>&pound;495</td></tr>
    <tr><td>Staff handbook</td><td>from &pound;1,250</td></tr>
    <tr><td>Customer or website terms and conditions</td><td>&pound;650</td></tr>
    <tr><td>Shareholder agreement (two or three shareholders)</td><td>from &pound;1,450</td></tr>
    <tr><td>Letter before action for an unpaid debt</td><td>&pound;125</td></tr>
  </tbody>
</table>
<p>Settlement agreements are priced differently; see the <a href="/settlement-agreements/">settlement agreements
page</a>.</p>

<h2>Tribunal claims</h2>
<p>Taking a case from the claim form to the end of a final hearing typically costs between &pound;8,000 and
&pound;20,000 plus VAT, depending mostly on the number of witnesses and the length of the hearing. I give a
stage-by-stage estimate at the start and update it whenever anything changes. Barristers' fees are extra and
always agreed with you first.</p>

<h2>Paying</h2>
<p>Fixed-fee work is paid in advance. For hourly work I ask for &pound;500 on account before I start. You can pay
by bank transfer, or by debit or credit card over the phone or through a secure payment link. I don't accept cash.
Invoices are due within 14 days. For tribunal cases, we can agree monthly instalments.</p>"""

_FUNDING = """<h2>Legal expenses insurance</h2>
<p>Check your home insurance before anything else. Many home and car insurance policies, and some packaged bank
accounts, include legal expenses cover that pays for employment disputes, often up to &pound;50,000 or
&pound;100,000. It's usually listed as "legal expenses" or "family legal protection" in the policy schedule.</p>
<p>Things to know:</p>
<ul>
  <li>The insurer has to agree your case has reasonable prospects of success (usually more than 50%).</li>
  <li>You must tell the insurer promptly, and most won't pay for work done before they accept the claim.</li>
  <li>Insurers usually ask you to use one of their own "panel" firms at first, but you have the right to choose
  your own solicitor once court or tribunal proceedings are issued, and some policies allow it sooner.</li>
  <li>The insurer pays my fees at the rate it has agreed. If there's any shortfall, I will tell you at the start.
  There may be an excess.</li>
</ul>
<p>Send me your policy schedule and I will help you make the claim to the insurer.</p>

<h2>Trade union members</h2>
<p>If you belong to a union, contact it first. Unions often provide free legal advice and representation to
members.</p>

<h2>No win, no fee</h2>
<p>I offer "no win, no fee" arrangements (damages-based agreements) only in a small number of cases: usually
discrimination or whistleblowing claims with strong evidence and a likely value over &pound;15,000. My fee is then a
percentage of what you recover. By law it can't be more than 35% including VAT, and I normally agree 30% including
VAT. If the case is lost you pay no fee to me, although some expenses, such as a barrister's fee, may still be
payable; I will explain exactly what in writing. I don't offer these arrangements for business matters.</p>

<h2>When your employer pays</h2>
<p>If you are being offered a settlement agreement, your employer normally contributes towards your legal costs
&mdash; see <a href="/settlement-agreements/">settlement agreements</a>.</p>"""

_APPOINTMENTS = """<h2>Start with a free 20-minute call</h2>
<p>The first step is a free phone call of up to 20 minutes with me. You tell me what has happened, and I tell you
honestly whether I can help, what the next step would be and roughly what it would cost. It isn't formal advice,
but it is often enough to know where you stand.</p>

<h2>Ways to meet</h2>
<ul>
  <li>Phone</li>
  <li>Video on Microsoft Teams, Zoom or WhatsApp</li>
  <li>In person at my Leamington Spa office on Tuesdays and Thursdays</li>
</ul>
<p>Most clients never need to visit; I work with people all over England and Wales entirely remotely. Documents can
be signed electronically.</p>

<h2>Early and late appointments</h2>
<p>If you can't talk during working hours &mdash; or can't risk being overheard at work &mdash; I keep evening
appointments on Mondays and Wednesdays until 7:30pm, and early 8am slots on Fridays. These can be by phone or
video.</p>

<h2>How to book</h2>
<p>Use the booking form below, ring Dawn on <a href="tel:01926496318">01926 496318</a> or email
<a href="mailto:hello@marshemploymentlaw.co.uk">hello@marshemploymentlaw.co.uk</a>. Please send copies of your
contract, any letters from your employer, recent payslips and a short timeline of what has happened at least a day
before we speak.</p>
<p>Before I can formally take you on, I have to verify your identity. Dawn does this electronically using photo ID
and proof of address.</p>

<h2>Changing or cancelling</h2>
<p>Please give at least 24 hours' notice if you need to move or cancel an appointment. Paid consultations
cancelled with less than 24 hours' notice, or missed, are charged in full. There's no charge for the free call,
but do let us know so we can offer the slot to someone else.</p>

<form class="booking-form" id="book" action="/appointments/" method="post">
  <label>Name <input type="text" name="name" required></label>
  <label>Phone <input type="tel" name="phone"></label>
  <label>Email <input type="email" name="email"></label>
  <label>Preferred time <select name="when"><option>Daytime</option><option>Evening (Mon/Wed)</option>
  <option>Early morning (Fri)</option></select></label>
  <label>Briefly, what has happened? <textarea name="summary" rows="4"></textarea></label>
  <button type="submit" class="btn btn--primary">Request a call</button>
</form>"""

_CONTACT = """<div class="contact-grid">
  <div class="contact-card">
    <h2>Office</h2>
    <p>Suite 4, Regent Court<br>15 Hamilton Terrace<br>Leamington Spa<br>CV32 4LY</p>
    <p>Phone: <a href="tel:01926496318">01926 496318</a><br>
    Email: <a href="mailto:hello@marshemploymentlaw.co.uk">hello@marshemploymentlaw.co.uk</a></p>
    <p>Office hours are Monday to Friday, 9:00am to 5:30pm. Dawn answers the phone from 9am to 5pm; outside those
    times please leave a voicemail or send an email and we'll come back to you the next working day.</p>
  </div>
  <div class="contact-card">
    <h2>Parking</h2>
    <p>There are two visitor spaces in the small car park behind Regent Court, reached from Hamilton Lane. Ask Dawn
    to reserve one for you when you book. Otherwise, the Chandos Street pay-and-display car park is about a
    four-minute walk away, and there is limited pay-and-display parking on Hamilton Terrace itself (two hours
    maximum).</p>
  </div>
</div>

<h2>Getting here by train or bus</h2>
<p>Leamington Spa railway station is about a twelve-minute walk: head up Bath Street and the Parade, then turn
right onto Hamilton Terrace. Several bus routes stop on the Parade, two minutes from the door.</p>

<h2>Access</h2>
<p>The meeting room is on the ground floor with step-free access from the front entrance, and there is an
accessible toilet. If you need any other adjustments, just let us know.</p>

<h2>Sending documents</h2>
<p>Email is best. Please don't post original documents &mdash; copies or phone photos are fine. If you need to send
something large, Dawn can send you a secure upload link.</p>

<div class="map-embed"><a href="https://www.openstreetmap.org/search?query=Hamilton%20Terrace%20Leamington%20Spa">View
on map</a></div>"""

_COMPLAINTS = """<p>I want every client to be happy with the service they receive. If something has gone wrong, please
tell me so I can put it right. Making a complaint will not affect how your matter is handled.</p>

<h2>How to complain</h2>
<p>Please contact me, Helen Marsh, by email, letter or phone using the details below, explaining what has gone wrong
and what you would like me to do about it. As a sole practitioner I deal with complaints personally, but if you
would prefer your complaint to be reviewed by someone independent, I can ask Peter Harte, the solicitor who
provides cover for my practice, to look at it instead.</p>
<ul>
  <li>I will acknowledge your complaint within three working days.</li>
  <li>I will investigate, which may include a call or meeting with you.</li>
  <li>I will send you a full written response within 21 days of receiving your complaint. If I need longer, I will
  explain why and give you a new date.</li>
</ul>

<h2>The Legal Ombudsman</h2>
<p>If you are not satisfied with my final response, or if eight weeks have passed since you complained, you can
ask the Legal Ombudsman to look into it. The Ombudsman normally expects you to contact it within six months of my
final response, and no more than one year after the problem happened (or one year from when you should have
known about it).</p>
<p>Legal Ombudsman, PO Box 6167, Slough, SL1 0EH &middot; 0300 555 0333 &middot;
<a href="mailto:enquiries@legalombudsman.org.uk">enquiries@legalombudsman.org.uk</a> &middot;
<a href="https://www.legalombudsman.org.uk">legalombudsman.org.uk</a></p>

<h2>Concerns about my conduct</h2>
<p>The Solicitors Regulation Authority deals with concerns about a solicitor's behaviour, such as dishonesty or
taking unfair advantage of you. You can raise these through the
<a href="https://www.sra.org.uk/consumers/problems/report-solicitor/">SRA's website</a>.</p>

<h2>Complaints about a bill</h2>
<p>If your complaint is about my bill, you may also have the right to ask the court to assess it under the
Solicitors Act 1974. Strict time limits apply, so ask me about this promptly.</p>"""

_FAQ = """<p>Answers to the things people most often ask before getting in touch.</p>

<h3>Will my employer find out I've spoken to you?</h3>
<p>No. Everything you tell me is confidential and protected by legal privilege. I won't contact your employer unless
you ask me to, and any letter I draft for you can go out in your own name.</p>

<h3>Can my husband, wife or partner speak to you on my behalf?</h3>
<p>I understand that when someone has just lost their job they may not feel up to it, but I can only take
instructions from the person whose case it is. Your partner is very welcome to join our calls with your permission,
and if you confirm it in writing I can copy them in on emails. I'll need to speak to you directly at least once
before I start work.</p>

<h3>Is legal aid available for employment problems?</h3>
<p>Legal aid is not available for most employment matters, and it never covers being represented at the
employment tribunal. The one exception is discrimination, where free advice may be available through the
government's Civil Legal Advice helpline if your income and savings are low enough, including if you receive
Universal Credit. I don't do legal aid work myself, but Citizens Advice and local law centres may also be able to
help.</p>

<h3>Do you act for employers as well as employees?</h3>
<p>Yes, I act for both. Before taking on any new matter I run a conflict check to make sure I have never acted for
the other side.</p>

<h3>How quickly will you reply to emails?</h3>
<p>I aim to reply within one working day. If you have a deadline, put it in the subject line and I'll prioritise
it.</p>

<h3>Can I just get advice in writing?</h3>
<p>Yes. If you'd rather not talk things through, I can send you a written advice letter for a fixed fee, agreed
before I start.</p>

<details class="faq-details">
  <summary>What does "without prejudice" mean?</summary>
  <p>Letters and conversations marked "without prejudice" are genuine attempts to settle a dispute. As a general
  rule they can't later be shown to the tribunal or court, so both sides can talk frankly about a deal.</p>
</details>

<details class="faq-details">
  <summary>What's the difference between an employee and a worker?</summary>
  <p>Both are entitled to the national minimum wage, paid holiday and protection from discrimination. Only
  employees get rights such as unfair dismissal protection and statutory redundancy pay. Many casual and gig-economy
  staff are workers; the label in the contract isn't always the final word.</p>
</details>

<details class="faq-details">
  <summary>What is a "protected conversation"?</summary>
  <p>An off-the-record discussion in which an employer suggests ending your employment on agreed terms. In an
  ordinary unfair dismissal claim it usually can't be relied on as evidence, unless the employer behaved
  improperly.</p>
</details>"""


HTML = {
    "/": _page(
        "/",
        "Employment and business solicitor in Leamington Spa",
        "Helen Marsh, employment and business solicitor in Leamington Spa, advising employees and small businesses.",
        _HOME,
    ),
    "/about/": _page("/about/", "About Helen", "Helen Marsh: SRA-regulated sole practitioner solicitor.", _ABOUT),
    "/settlement-agreements/": _page(
        "/settlement-agreements/",
        "Settlement agreements",
        "Independent advice on settlement agreements for employees, usually paid for by your employer.",
        _SETTLEMENT,
        sidebar=True,
    ),
    "/unfair-dismissal/": _page(
        "/unfair-dismissal/",
        "Unfair and constructive dismissal",
        "Advice on unfair dismissal and constructive dismissal claims.",
        _UNFAIR,
        sidebar=True,
    ),
    "/redundancy/": _page(
        "/redundancy/",
        "Redundancy",
        "Redundancy advice for employees and employers: consultation, selection and redundancy pay.",
        _REDUNDANCY,
        sidebar=True,
    ),
    "/discrimination/": _page(
        "/discrimination/",
        "Discrimination at work",
        "Advice on discrimination at work, including pregnancy, disability and harassment.",
        _DISCRIMINATION,
        sidebar=True,
    ),
    "/grievances-and-disciplinaries/": _page(
        "/grievances-and-disciplinaries/",
        "Grievances and disciplinaries",
        "Help raising a grievance and preparing for disciplinary hearings.",
        _GRIEVANCE,
        sidebar=True,
    ),
    "/acas-and-time-limits/": _page(
        "/acas-and-time-limits/",
        "ACAS early conciliation and time limits",
        "How ACAS early conciliation works and the deadlines for employment tribunal claims.",
        _ACAS,
        sidebar=True,
    ),
    "/tribunal-representation/": _page(
        "/tribunal-representation/",
        "Employment tribunal representation",
        "Representation at the employment tribunal for employees and employers.",
        _TRIBUNAL,
        sidebar=True,
    ),
    "/business-contracts/": _page(
        "/business-contracts/",
        "Contracts and staff paperwork for small businesses",
        "Employment contracts, staff handbooks, terms and conditions and commercial contracts.",
        _CONTRACTS,
    ),
    "/shareholder-agreements/": _page(
        "/shareholder-agreements/",
        "Shareholder agreements",
        "Shareholder, partnership and LLP agreements for small companies.",
        _SHAREHOLDER,
    ),
    "/debt-recovery/": _page(
        "/debt-recovery/",
        "Debt recovery",
        "Recovering unpaid invoices: letters before action, court claims and late payment interest.",
        _DEBT,
    ),
    "/fees/": _page("/fees/", "Fees", "Fixed fees and hourly rates.", _FEES),
    "/funding/": _page(
        "/funding/",
        "Insurance and funding",
        "Legal expenses insurance, trade union help and no win no fee arrangements.",
        _FUNDING,
    ),
    "/appointments/": _page(
        "/appointments/",
        "Appointments",
        "Book a free initial call, phone, video or office appointments.",
        _APPOINTMENTS,
    ),
    "/contact/": _page(
        "/contact/",
        "Contact and directions",
        "Office address, parking, directions and access.",
        _CONTACT,
    ),
    "/complaints/": _page("/complaints/", "Complaints procedure", "How to make a complaint.", _COMPLAINTS),
    "/faq/": _page("/faq/", "Frequently asked questions", "Common questions about working with Helen.", _FAQ),
}

QUESTIONS = [
    (
        "My boss has offered me a deal to leave and says I need to get it checked by a solicitor before I sign. "
        "Am I going to have to pay for that myself?",
        "/settlement-agreements/",
    ),
    (
        "they've handed me a settlment agreement and want it signed and back by friday, can you look at it in time",
        "/settlement-agreements/",
    ),
    (
        "I got sacked last week after about 14 months there, no warning or anything. Can I claim unfair dismissal",
        "/unfair-dismissal/",
    ),
    (
        "My manager has made my life a misery since Christmas and honestly I'm ready to just walk out. "
        "Should I quit first and then take them to court?",
        "/unfair-dismissal/",
    ),
    ("They're letting me go after 9 years, how much redundancy money should I be getting?", "/redundancy/"),
    (
        "Work say my job's going but they've offered me something at their other site which is over an hour each way. "
        "If I say no do I lose my redundancy pay?",
        "/redundancy/",
    ),
    (
        "I told my manager I'm expecting in March and ever since she's been nitpicking everything I do and took me "
        "off the big client account. Is that even allowed?",
        "/discrimination/",
    ),
    ("Can I bring my solicitor with me to my disciplinary hearing next week?", "/grievances-and-disciplinaries/"),
    (
        "I want to put in a formal complaint about my line manager, he keeps shouting at me in front of everyone, "
        "but I don't know how to word it. Can you help with that?",
        "/grievances-and-disciplinaries/",
    ),
    (
        "I was let go on the 3rd of March. What's the last date I can start a claim against them?",
        "/acas-and-time-limits/",
    ),
    (
        "If I take them to tribunal and lose, will I get stuck paying the company's legal bills?",
        "/tribunal-representation/",
    ),
    (
        "will you actually come to the hearing and do the talking or would I have to stand up and argue it myself",
        "/tribunal-representation/",
    ),
    (
        "I'm taking on my first ever employee at my café next month, what paperwork do I have to give them?",
        "/business-contracts/",
    ),
    (
        "Me and my mate set up a limited company 50/50 three years ago and never signed anything between us. "
        "What happens if we fall out?",
        "/shareholder-agreements/",
    ),
    (
        "A customer owes me £4,800 for a kitchen I fitted back in January and just keeps ignoring my invoices. "
        "What can I actually do about it",
        "/debt-recovery/",
    ),
    ("can I charge interest on a late invoice even though my terms never mentioned it", "/debt-recovery/"),
    ("whats your hourly rate", "/fees/"),
    (
        "I think my house insurance might cover legal stuff, can I use it for my case against my employer?",
        "/funding/",
    ),
    ("do you do no win no fee", "/funding/"),
    (
        "I work shifts at a warehouse and can't get away in the day, could we talk on the phone one evening?",
        "/appointments/",
    ),
    ("where can i park if I come in to see you", "/contact/"),
    ("I'm not happy with how my case was dealt with. Who do I complain to", "/complaints/"),
    (
        "Is Helen actually a qualified solicitor? The last 'employment adviser' I used turned out to have no "
        "qualifications at all",
        "/about/",
    ),
    ("Is there any legal aid for tribunal stuff? I'm on universal credit", "/faq/"),
    (
        "My wife is too upset to phone you herself about losing her job, can I ring and sort it all out for her?",
        "/faq/",
    ),
]

OUT_OF_SCOPE = [
    "Can you help me get a sponsor licence so I can hire a chef from abroad?",
    "How much would it cost to register a trade mark for my business name?",
    "Do you give a discount for NHS workers?",
    "I slipped on a wet floor at work and hurt my back, can you do a personal injury claim for me?",
    "Could you help with my divorce as well while you're at it?",
    "Do you do wills?",
    "Can you recommend a good accountant for my limited company?",
    "What's the weather looking like in Leamington this weekend?",
]
