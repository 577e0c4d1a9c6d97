"""An evaluation site: Broughton House Dental Practice, a two-dentist mixed NHS and private practice in Skipton (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. An old hand-coded HTML 4 site: table
layout with a left-hand navigation cell, <font>, <b>, <center> and inline styles, FAQ as bold questions.
"""

NAME = "Broughton House Dental Practice"

_NAV = [
    ("/", "Home"),
    ("/team/", "Our Team"),
    ("/new-patients/", "New Patients"),
    ("/nhs-charges/", "NHS Treatment &amp; Charges"),
    ("/private-fees/", "Private Fee List"),
    ("/payment-plan/", "Payment &amp; Practice Plan"),
    ("/checkups-hygiene/", "Check-ups &amp; Hygienist"),
    ("/fillings-extractions/", "Fillings &amp; Extractions"),
    ("/root-canal/", "Root Canal Treatment"),
    ("/crowns-bridges/", "Crowns &amp; Bridges"),
    ("/dentures/", "Dentures &amp; Repairs"),
    ("/children/", "Children"),
    ("/nervous-patients/", "Nervous Patients"),
    ("/home-visits/", "Home Visits"),
    ("/emergencies/", "Emergencies"),
    ("/policies/", "Practice Policies"),
    ("/faq/", "Questions &amp; Answers"),
    ("/contact/", "Find Us"),
]


def _nav(current):
    rows = []
    for href, label in _NAV:
        if href == current:
            link = f'<b><a href="{href}" style="color:#7A1F1F;text-decoration:none">&raquo; {label}</a></b>'
        else:
            link = f'<a href="{href}" style="color:#1F4E79;text-decoration:none">{label}</a>'
        rows.append(
            f'<tr><td style="padding:4px 6px;border-bottom:1px dotted #9FB6CD">'
            f'<font face="Verdana, Arial" size="2">{link}</font></td></tr>'
        )
    return "\n".join(rows)


def _page(path, title, body, description):
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} | Broughton House Dental Practice, Skipton</title>
<meta name="description" content="{description}">
<meta name="keywords" content="dentist Skipton, NHS dentist Skipton, private dentist, dentures, Craven">
<meta name="author" content="Broughton House Dental Practice">
<link rel="stylesheet" type="text/css" href="/css/style.css">
<link rel="shortcut icon" href="/favicon.ico">
<script type="text/javascript">
var sc_project=8812345; var sc_invisible=1; var sc_security="b3f1a2c4";
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" style="margin:0">
<center>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#FFFBEA">
<tr><td align="center" style="padding:3px;border-bottom:1px solid #E0D49A">
<font face="Arial" size="1" color="#555555">This site uses one cookie to count visitors. We do not use it to track
you or for advertising. By carrying on you accept this. <a href="/policies/">Read more</a></font>
</td></tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#1F4E79">
<tr>
<td width="140" valign="middle" style="padding:10px">
<a href="/"><img src="/images/logo.gif" width="120" height="80" border="0" alt="Broughton House Dental Practice"></a>
</td>
<td valign="middle">
<font face="Georgia, Times New Roman" size="6" color="#FFFFFF"><b>Broughton House Dental Practice</b></font><br>
<font face="Georgia, Times New Roman" size="3" color="#DCE6F1"><i>Family dentistry in the heart of Skipton</i></font>
</td>
<td align="right" valign="middle" style="padding:10px 20px">
<font face="Verdana, Arial" size="2" color="#FFFFFF">Appointments &amp; enquiries<br>
<font size="5"><b><a href="tel:01756793412" style="color:#FFFFFF;text-decoration:none">01756 793412</a></b></font>
</font>
</td>
</tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td width="200" valign="top" bgcolor="#E8F0F8" style="border-right:1px solid #9FB6CD">
<table width="100%" cellpadding="0" cellspacing="0" border="0">
{_nav(path)}
</table>
<br>
<table width="90%" align="center" cellpadding="6" cellspacing="0" border="0" bgcolor="#7A1F1F">
<tr><td align="center"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>To book an appointment</b><br>
ring <a href="tel:01756793412" style="color:#FFFFFF">01756 793412</a></font></td></tr>
</table>
<br>
<center><font face="Verdana, Arial" size="1">
<a href="https://www.facebook.com/broughtonhousedental">Find us on Facebook</a></font></center>
<br>
</td>
<td valign="top" style="padding:15px 25px">
<font face="Verdana, Arial" size="2">
{body}
</font>
</td>
</tr>
<tr>
<td colspan="2" bgcolor="#1F4E79" style="padding:12px">
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td valign="top" width="40%"><font face="Verdana, Arial" size="1" color="#FFFFFF">
<b>Broughton House Dental Practice</b><br>
Broughton House, 31 Otley Street, Skipton, North Yorkshire BD23 1ET<br>
Tel: 01756 793412 &nbsp;|&nbsp;
<a href="mailto:reception@broughtonhousedental.co.uk" style="color:#FFFFFF">reception@broughtonhousedental.co.uk</a>
</font></td>
<td valign="top" width="35%"><font face="Verdana, Arial" size="1" color="#FFFFFF">
<b>Opening hours</b><br>
Mon, Wed, Thu 8.30am - 5.30pm<br>
Tue 8.30am - 7.00pm &nbsp; Fri 8.30am - 4.30pm<br>
Closed weekends and bank holidays
</font></td>
<td valign="top" align="right"><font face="Verdana, Arial" size="1" color="#FFFFFF">
<a href="https://www.facebook.com/broughtonhousedental" style="color:#FFFFFF">Facebook</a><br>
&copy; Broughton House Dental Practice 2004-2025<br>
<i>Page last updated 14th April 2025</i>
</font></td>
</tr>
</table>
</td>
</tr>
</table>
</center>
</body>
</html>
"""


_BOOK = """<br>
<table width="100%" cellpadding="8" cellspacing="0" border="0" bgcolor="#F3E9E9" style="border:1px solid #7A1F1F">
<tr><td align="center"><font face="Verdana, Arial" size="2"><b>Ready to book?</b> Ring reception on
<a href="tel:01756793412">01756 793412</a>, or call in and see us on Otley Street.</font></td></tr>
</table>
"""

_HOME = (
    """
<h2><font face="Georgia" color="#1F4E79">Welcome to Broughton House Dental Practice</font></h2>
<p>Broughton House is a family dental practice in the middle of Skipton, a short walk from the High Street.
The practice was opened in 1962 by <b>Mr Frank Haworth</b>, who worked from a single surgery in the front room
of Broughton House for over thirty years. When Frank retired in 1994 his son Richard took over, and in 2011
Anjali Mistry joined him as a partner. Many of our patients have been coming to us for three generations, and
we still have patients who remember Frank's famous pear drops.</p>
<p>Today we are a two-dentist practice with two surgeries, a hygienist, a small in-house dental laboratory and
a friendly team of nurses and receptionists. We have been on Otley Street for over sixty years and we have no
plans to go anywhere else.</p>
<h3><font color="#7A1F1F">NHS and private care</font></h3>
<p>We are a <b>mixed practice</b>. We look after children and adults who qualify for free NHS dental treatment
under the NHS, and we see other adults as private patients. Our private fees are kept as modest as we can, and
many of our private patients spread their costs with our own practice plan.</p>
<ul>
<li><a href="/nhs-charges/">NHS treatment and charges</a></li>
<li><a href="/private-fees/">Our private fee list</a></li>
<li><a href="/payment-plan/">Paying for treatment and the Broughton Care Plan</a></li>
<li><a href="/new-patients/">Joining the practice</a></li>
</ul>
<h3><font color="#7A1F1F">Practice news</font></h3>
<table width="100%" cellpadding="4" cellspacing="0" border="0">
<tr><td valign="top" width="110"><font size="2"><b>April 2025</b></font></td>
<td valign="top"><font size="2">The NHS dental charges went up on 1st April. The new charges are on our
<a href="/nhs-charges/">NHS page</a>.</font></td></tr>
<tr><td valign="top"><font size="2"><b>January 2025</b></font></td>
<td valign="top"><font size="2">Surgery 1 has a brand new dental chair and light, the first change since 2009!
</font></td></tr>
<tr><td valign="top"><font size="2"><b>September 2024</b></font></td>
<td valign="top"><font size="2">Chloe, our trainee nurse, has started her National Diploma in Dental Nursing.
Good luck Chloe!</font></td></tr>
</table>
<h3><font color="#7A1F1F">What our patients say</font></h3>
<table width="100%" cellpadding="8" cellspacing="0" border="0" bgcolor="#F4F7FA">
<tr><td valign="top" width="33%"><font size="2"><i>"I've been going to Broughton House since I was a boy and
now my grandchildren go too. Never had a bad visit."</i><br><b>- Geoff, Embsay</b></font></td>
<td valign="top" width="33%"><font size="2"><i>"Lovely friendly reception staff who always find me a
time that fits round the farm."</i><br><b>- Margaret, Gargrave</b></font></td>
<td valign="top"><font size="2"><i>"Mr Haworth sorted my tooth out the same day I rang. Can't thank them
enough."</i><br><b>- Daniel, Skipton</b></font></td></tr>
</table>
"""
    + _BOOK
)

_TEAM = (
    """
<h2><font face="Georgia" color="#1F4E79">Our Team</font></h2>
<p>We are a small team and most of us have been here for many years. You will usually see the same dentist
every time you come.</p>
<h3><font color="#7A1F1F">Dentists</font></h3>
<table width="100%" cellpadding="6" cellspacing="0" border="0">
<tr><td valign="top" width="110"><img src="/images/richard.jpg" width="100" height="120" alt="Richard Haworth">
</td><td valign="top"><font size="2"><b>Mr Richard Haworth BDS (Leeds 1990)</b> &ndash; Principal Dentist<br>
GDC No. 63118<br>
Richard is the son of the practice's founder and grew up above the surgery. He qualified from Leeds Dental
Institute in 1990, worked in hospital oral surgery in Bradford, and came home to Skipton in 1992. He has a
special interest in dentures and looks after our housebound patients.<br>
<b>Works:</b> Monday, Tuesday, Wednesday morning and Thursday. Wednesday afternoons are kept for home visits.
</font></td></tr>
<tr><td valign="top"><img src="/images/anjali.jpg" width="100" height="120" alt="Anjali Mistry"></td>
<td valign="top"><font size="2"><b>Mrs Anjali Mistry BDS (Sheffield 2003) MJDF RCS(Eng)</b> &ndash; Partner<br>
GDC No. 77204<br>
Anjali worked in Sheffield and Harrogate before joining Broughton House in 2008, becoming a partner in 2011.
She sees most of our younger patients and has done further training in caring for anxious patients.<br>
<b>Works:</b> Tuesday, Wednesday, Thursday and Friday (not Mondays).</font></td></tr>
</table>
<h3><font color="#7A1F1F">Hygienist</font></h3>
<p><b>Karen Lister RDH</b> (GDC No. 4512) qualified as a dental hygienist in Leeds in 1998 and has been with us
since 2004. Karen works on <b>Tuesdays and Thursdays</b>.</p>
<h3><font color="#7A1F1F">Dental nurses</font></h3>
<ul>
<li><b>Sue Dawson</b> &ndash; Lead Dental Nurse, with us since 1987 (and she still remembers Frank!)</li>
<li><b>Emma Slater</b> &ndash; Dental Nurse, with oral health education certificate</li>
<li><b>Chloe Barker</b> &ndash; Trainee Dental Nurse</li>
</ul>
<h3><font color="#7A1F1F">Laboratory and reception</font></h3>
<ul>
<li><b>Ian Moorhouse</b> &ndash; Dental Technician. Ian runs our small laboratory at the back of the building.</li>
<li><b>Gillian Pickles</b> &ndash; Practice Manager</li>
<li><b>Janet Ellison</b> and <b>Becky Rowe</b> &ndash; Receptionists</li>
</ul>
<p><font size="1">All our dentists, our hygienist, nurses and technician are registered with the General Dental
Council. You can check anyone's registration on the GDC website.</font></p>
"""
    + _BOOK
)

_NEW = (
    """
<h2><font face="Georgia" color="#1F4E79">New Patients</font></h2>
<p>Thank you for thinking of us. How you join depends on whether you will be seen under the NHS or
privately.</p>
<h3><font color="#7A1F1F">Children (under 18)</font></h3>
<p>We are <b>currently taking new NHS patients under 18</b>. There is no waiting list for children &ndash; ring
reception and we will book a first check-up, normally within four weeks.</p>
<h3><font color="#7A1F1F">Adults who get free NHS dental care</font></h3>
<p>If you qualify for free NHS treatment (see our <a href="/nhs-charges/">NHS page</a>), we keep a
<b>waiting list</b>. At the moment the wait is around <b>nine to ten months</b>. We work through the list in
date order and ring you when a place comes up. If we can't reach you after two tries we move on to the next
name, so please keep your phone number up to date with us.</p>
<p>Please note that being on the waiting list does not make you a patient of the practice.</p>
<h3><font color="#7A1F1F">All other adults</font></h3>
<p>We see adults who pay for their dental care as <b>private patients</b>. We are not able to offer NHS places to
adults who pay charges. A private new patient examination can usually be booked within two to three weeks.
After your first visit you can carry on paying as you go or join our practice plan.</p>
<h3><font color="#7A1F1F">How to join</font></h3>
<ol>
<li>Ring reception on 01756 793412, or call in at the front desk, Monday to Friday.</li>
<li>We'll take your name, date of birth, address and phone number, and ask whether you get free NHS
treatment.</li>
<li>Families can join together &ndash; one phone call is fine for everyone.</li>
</ol>
<h3><font color="#7A1F1F">Your first visit</font></h3>
<p>Please arrive <b>ten minutes early</b> so you can fill in a medical history form. Bring a list of any medicines
you take, and if you get free NHS treatment, proof of this (for example your HC2 certificate or maternity
exemption certificate). Your first appointment is a full examination with any X-rays needed; the dentist will
then talk you through a written treatment plan with the costs.</p>
<p>We see patients from Skipton and the villages around, including Embsay, Carleton, Gargrave, Cononley and
Broughton.</p>
"""
    + _BOOK
)

_NHS = (
    """
<h2><font face="Georgia" color="#1F4E79">NHS Treatment and Charges</font></h2>
<p>NHS dental charges in England are set by the government, not by us, and are the same at every NHS practice.
The charges below apply from <b>1st April 2025</b>. You pay one charge for each complete course of treatment,
however many visits it takes.</p>
<table width="100%" cellpadding="5" cellspacing="0" border="1" bordercolor="#9FB6CD" style="border-collapse:collapse">
<tr bgcolor="#1F4E79"><td><font color="#FFFFFF"><b>Band</b></font></td>
<td><font color="#FFFFFF"><b>Charge</b></font></td><td><font color="#FFFFFF"><b>What it covers</b></font></td></tr>
<tr><td valign="top"><b>Urgent</b></td><td valign="top">&pound;27.40</td>
<td>Urgent care such as pain relief, a temporary filling or taking out a tooth that is causing pain.</td></tr>
<tr><td valign="top"><b>Band 1</b></td><td valign="top">&pound;27.40</td>
<td>Examination, diagnosis, X-rays, advice, and a scale and polish if clinically needed.
Fluoride varnish and fissure sealants.</td></tr>
<tr><td valign="top"><b>Band 2</b></td><td valign="top">&pound;75.30</td>
<td>Everything in Band 1, plus fillings, root canal treatment, gum treatment and extractions.</td></tr>
<tr><td valign="top"><b>Band 3</b></td><td valign="top">&pound;326.70</td>
<td>Everything in Bands 1 and 2, plus crowns, bridges, dentures and other laboratory work.</td></tr>
</table>
<p>If you need more treatment within the same band (or a lower one) within two months of finishing a course,
you won't pay again. Purely cosmetic treatment is not available on the NHS.</p>
<h3><font color="#7A1F1F">Who gets free NHS dental treatment?</font></h3>
<p>You do not pay NHS dental charges if, when treatment starts, you are:</p>
<ul>
<li>under 18, or under 19 and in full-time education</li>
<li>pregnant, or have had a baby in the last 12 months, and have a valid maternity exemption certificate
(MatEx) &ndash; ask your midwife or GP for the form</li>
<li>being treated by an NHS hospital dentist as an in-patient</li>
<li>getting Income Support, income-based Jobseeker's Allowance, income-related Employment and Support
Allowance or Pension Credit Guarantee Credit</li>
<li>getting Universal Credit and meet the earnings rules</li>
<li>named on a valid HC2 certificate (NHS Low Income Scheme), or an NHS tax credit exemption certificate</li>
</ul>
<p>If you have an <b>HC3 certificate</b> you get help with part of the cost.</p>
<p><b>Please note:</b> being over 60, being a pensioner or getting a state pension does <b>not</b> by itself
entitle you to free dental treatment, and nor does getting Disability Living Allowance, PIP or Housing Benefit.
You will be asked to sign a form and show proof. The NHS Business Services Authority checks claims, and a
wrong claim can lead to a penalty charge of up to &pound;100 on top of the charge itself. If in doubt, use the
<a href="https://www.nhsbsa.nhs.uk/check-if-youre-eligible-help">NHS eligibility checker</a>.</p>
"""
    + _BOOK
)

_FEES = (
    """
<h2><font face="Georgia" color="#1F4E79">Private Fee List</font></h2>
<p>These are our fees for private patients from <b>1st January 2025</b>. Every patient gets a written treatment
plan with the cost before any treatment starts, and fees for crowns, bridges and dentures include the
laboratory charge. "From" prices depend on the size of the job; the dentist will tell you the exact fee.</p>
<h3><font color="#7A1F1F">Examinations and hygiene</font></h3>
<table width="100%" cellpadding="4" cellspacing="0" border="1" bordercolor="#9FB6CD" style="border-collapse:collapse">
<tr><td>New patient examination (including any X-rays)</td><td width="110" align="right">&pound;68.00</td></tr>
<tr><td>Routine examination</td><td align="right">&pound;48.00</td></tr>
<tr><td>Single small X-ray (when not part of an examination)</td><td align="right">&pound;15.00</td></tr>
<tr><td>Hygienist appointment, 30 minutes</td><td align="right">&pound;65.00</td></tr>
<tr><td>Hygienist appointment, 45 minutes (gum treatment)</td><td align="right">&pound;92.00</td></tr>
<tr><td>Emergency appointment (assessment and pain relief)</td><td align="right">&pound;75.00</td></tr>
</table>
<h3><font color="#7A1F1F">Fillings and extractions</font></h3>
<table width="100%" cellpadding="4" cellspacing="0" border="1" bordercolor="#9FB6CD" style="border-collapse:collapse">
<tr><td>Amalgam (silver) filling</td><td width="110" align="right">from &pound;95.00</td></tr>
<tr><td>White (composite) filling, front tooth</td><td align="right">from &pound;120.00</td></tr>
<tr><td>White (composite) filling, back tooth</td><td align="right">from &pound;145.00</td></tr>
<tr><td>Extraction, simple</td><td align="right">&pound;120.00</td></tr>
<tr><td>Extraction, surgical</td><td align="right">from &pound;220.00</td></tr>
</table>
<h3><font color="#7A1F1F">Root canal treatment</font></h3>
<table width="100%" cellpadding="4" cellspacing="0" border="1" bordercolor="#9FB6CD" style="border-collapse:collapse">
<tr><td>Front tooth (incisor or canine)</td><td width="110" align="right">&pound;395.00</td></tr>
<tr><td>Premolar</td><td align="right">&pound;495.00</td></tr>
<tr><td>Molar</td><td align="right">&pound;650.00</td></tr>
</table>
<h3><font color="#7A1F1F">Crowns, bridges and dentures</font></h3>
<table width="100%" cellpadding="4" cellspacing="0" border="1" bordercolor="#9FB6CD" style="border-collapse:collapse">
<tr><td>Porcelain bonded to metal crown</td><td width="110" align="right">&pound;640.00</td></tr>
<tr><td>All-ceramic crown</td><td align="right">&pound;720.00</td></tr>
<tr><td>Bridge, per unit</td><td align="right">&pound;620.00</td></tr>
<tr><td>Adhesive (Maryland) bridge</td><td align="right">&pound;540.00</td></tr>
<tr><td>Full acrylic denture (upper or lower)</td><td align="right">&pound;695.00</td></tr>
<tr><td>Partial acrylic denture</td><td align="right">from &pound;495.00</td></tr>
<tr><td>Chrome cobalt partial denture</td><td align="right">&pound;1,150.00</td></tr>
<tr><td>Denture reline</td><td align="right">&pound;195.00</td></tr>
<tr><td>Denture repair</td><td align="right">from &pound;55.00</td></tr>
<tr><td>Adding a tooth to a denture</td><td align="right">&pound;85.00</td></tr>
</table>
"""
    + _BOOK
)

_PAY = (
    """
<h2><font face="Georgia" color="#1F4E79">Paying for Treatment</font></h2>
<p>Please pay at reception at the end of each appointment. NHS patients who pay charges pay the full band
charge at the first appointment of the course of treatment, once the treatment plan has been agreed.</p>
<p>For private crowns, bridges and dentures we ask for a <b>50% deposit</b> when the impressions or scans are
taken, as we pay the laboratory in advance. The rest is paid when the work is fitted.</p>
<h3><font color="#7A1F1F">Ways to pay</font></h3>
<ul>
<li>Debit and credit cards: Visa and Mastercard. <b>We do not take American Express.</b></li>
<li>Contactless, including Apple Pay and Google Pay</li>
<li>Cash</li>
<li>Bank transfer for bills over &pound;500, by arrangement with Gillian</li>
</ul>
<p>We stopped taking cheques in January 2020.</p>
<h3><font color="#7A1F1F">The Broughton Care Plan</font></h3>
<p>Our own practice plan lets private patients spread the cost of routine care with a monthly direct debit.
There are two levels:</p>
<table width="100%" cellpadding="5" cellspacing="0" border="1" bordercolor="#9FB6CD" style="border-collapse:collapse">
<tr bgcolor="#E8F0F8"><td><b>&nbsp;</b></td><td><b>Care Plan</b></td><td><b>Check-up Plan</b></td></tr>
<tr><td>Monthly fee</td><td>&pound;17.50</td><td>&pound;9.00</td></tr>
<tr><td>Check-ups a year</td><td>2</td><td>2</td></tr>
<tr><td>Routine X-rays</td><td>Included</td><td>Included</td></tr>
<tr><td>Hygienist visits a year (30 minutes)</td><td>2</td><td>Not included</td></tr>
<tr><td>Discount on other treatment</td><td>10%</td><td>5%</td></tr>
<tr><td>Dental accident and emergency insurance, UK and abroad</td><td>Included</td><td>Included</td></tr>
</table>
<p>To join you need to have had a new patient examination with us and have any urgent treatment finished
first. There is no joining fee. Plans run for a minimum of 12 months, after which you can cancel with one
month's notice in writing. Plan members who need emergency help when the practice is closed, or who are away
from home, should ring the <b>24-hour emergency helpline</b> on the back of their membership card.</p>
<p>Children are seen under the NHS, so they do not need to join the plan.</p>
"""
    + _BOOK
)

_CHECK = (
    """
<h2><font face="Georgia" color="#1F4E79">Check-ups and the Hygienist</font></h2>
<h3><font color="#7A1F1F">How often do I need a check-up?</font></h3>
<p>Not everyone needs a check-up every six months. Following NICE guidance, your dentist will decide how long
to leave between check-ups based on the health of your teeth and gums. For adults this can be anything from
<b>three months to two years</b>; for children it is never more than a year. If your teeth are in good shape and
you look after them, we may see you only once a year or even less.</p>
<h3><font color="#7A1F1F">What happens at a check-up</font></h3>
<ul>
<li>We ask about your general health and any medicines you take</li>
<li>We look at every tooth and any fillings, crowns or dentures</li>
<li>We measure your gums to check for gum disease</li>
<li>We check your cheeks, tongue and throat for signs of mouth cancer</li>
<li>We take X-rays if needed &ndash; usually every two years for adults</li>
</ul>
<p>A check-up takes about 15 minutes. Afterwards the dentist will tell you if you need any treatment.</p>
<h3><font color="#7A1F1F">Seeing the hygienist</font></h3>
<p>Our hygienist Karen removes hard tartar and staining, treats gum disease and shows you how to clean between
your teeth properly. Bleeding gums when you brush are usually the first sign of gum disease, so please don't
ignore them &ndash; and don't stop brushing.</p>
<p><b>NHS patients:</b> a scale and polish is part of NHS care only when the dentist decides you need it for the
health of your gums. If you have gum disease, the dentist will refer you to Karen as part of your NHS course of
treatment. A cleaning just to make teeth look nicer is not available on the NHS, but NHS patients are welcome
to book a private hygienist visit.</p>
<p><b>Private patients</b> can book with Karen directly without seeing the dentist first, as long as you have had
a check-up with us in the last year.</p>
"""
    + _BOOK
)

_FILL = (
    """
<h2><font face="Georgia" color="#1F4E79">Fillings and Extractions</font></h2>
<h3><font color="#7A1F1F">Fillings</font></h3>
<p>We offer silver (amalgam) fillings and tooth-coloured (composite) fillings. Amalgam is strong and long-lasting
and is still widely used for back teeth. Since 2018 we do not use amalgam for children under 15 or for women who
are pregnant or breastfeeding unless there is no other option.</p>
<p>On the NHS, front teeth are filled in white. Back teeth are usually filled with amalgam on the NHS, though
white is sometimes used for small fillings. Private patients can choose white fillings on any tooth.</p>
<p>After a filling your lip and tongue may be numb for two to four hours. Don't eat or have hot drinks until the
feeling has come back, so you don't bite or burn yourself.</p>
<h3><font color="#7A1F1F">Extractions</font></h3>
<p>We always try to save a tooth, but sometimes taking it out is the best option. Most extractions are done
here under local anaesthetic and take a few minutes. Difficult wisdom teeth may need referral to the oral
surgery department at Airedale General Hospital; there is a waiting list for this.</p>
<p><b>If you take warfarin</b>, please have your INR checked no more than 24 hours before your extraction and
bring the result with you. If you take other blood thinners such as apixaban or rivaroxaban, tell us when you
book, as you may be asked to miss your morning dose. Never stop a blood thinner without advice.</p>
<h3><font color="#7A1F1F">After an extraction</font></h3>
<ul>
<li>Bite firmly on the gauze for 20 minutes. If it bleeds again at home, bite on a clean damp rolled hanky.</li>
<li>Don't rinse your mouth for 24 hours. After that, rinse gently with warm salty water four times a day for a
week.</li>
<li>Don't smoke or vape for at least 48 hours, and avoid alcohol and hard exercise on the first day.</li>
<li>Eat soft food on the other side and take paracetamol or ibuprofen as directed on the pack.</li>
</ul>
<p><b>Dry socket:</b> some soreness for a few days is normal, but if the pain gets <b>worse</b> two to four days
after the extraction, often with a bad taste, the blood clot may have been lost from the socket. This is called
a dry socket. Ring us &ndash; it is easily treated by packing the socket with a soothing dressing.</p>
"""
    + _BOOK
)

_ROOT = (
    """
<h2><font face="Georgia" color="#1F4E79">Root Canal Treatment</font></h2>
<p>Inside every tooth is the pulp, a soft core of nerve and blood vessels. If decay, a deep filling or a knock
lets bacteria reach the pulp, it can become inflamed and die. You might notice lingering pain with hot or cold,
a throbbing ache, pain when biting, a gumboil or a tooth that has gone darker. Sometimes there are no symptoms
at all and we spot the problem on an X-ray.</p>
<p>Root canal treatment removes the infected or dead pulp, cleans and shapes the canals inside the root, and
seals them. It means you can keep the tooth instead of having it taken out.</p>
<h3><font color="#7A1F1F">What happens</font></h3>
<ul>
<li>Treatment is usually done over <b>two visits</b> of 60 to 90 minutes, about two weeks apart.</li>
<li>The tooth is numbed with local anaesthetic, so the treatment itself should feel no worse than a filling.</li>
<li>We use a thin rubber sheet (a rubber dam) to keep the tooth clean and dry.</li>
<li>Between visits the tooth has a dressing and a temporary filling.</li>
</ul>
<p>The tooth may be tender for a few days afterwards; ibuprofen or paracetamol usually helps. If pain or
swelling gets worse rather than better, ring us.</p>
<h3><font color="#7A1F1F">After root canal treatment</font></h3>
<p>A root-treated back tooth is more brittle and can split, so we usually advise a crown a few weeks later.
Front teeth often just need a filling. Root canal treatment succeeds in around nine cases out of ten.</p>
<h3><font color="#7A1F1F">NHS or private</font></h3>
<p>Root canal treatment is available on the NHS as part of a Band 2 course. Some molars have very curved or
narrow canals that are beyond what we can do well in general practice; in that case we can refer you privately
to a specialist endodontist in Leeds, or discuss taking the tooth out.</p>
"""
    + _BOOK
)

_CROWN = (
    """
<h2><font face="Georgia" color="#1F4E79">Crowns and Bridges</font></h2>
<h3><font color="#7A1F1F">Crowns</font></h3>
<p>A crown (sometimes called a cap) covers the whole of a tooth that has been weakened by a large filling,
a crack or root canal treatment, or that has become badly discoloured. It protects what is left of the tooth and
restores its shape.</p>
<p>A crown takes <b>two appointments</b>, usually about two weeks apart. At the first the tooth is shaped and we
take impressions; you go home with a temporary crown. Ian, our technician, or our outside laboratory makes the
crown, and at the second visit we fit it with dental cement.</p>
<h3><font color="#7A1F1F">Which material?</font></h3>
<ul>
<li><b>Porcelain bonded to metal</b> &ndash; strong and tooth-coloured, with a metal core.</li>
<li><b>All-ceramic</b> &ndash; no metal at all, the most natural look for front teeth.</li>
<li><b>Gold or metal</b> &ndash; very hard-wearing, sometimes the best choice for back teeth where there is
little space.</li>
</ul>
<p>On the <b>NHS</b>, crowns are part of a Band 3 course. Front teeth are given a tooth-coloured crown, normally
porcelain bonded to metal. Back teeth on the NHS may be given a metal crown where that is clinically the most
suitable. All-ceramic crowns are available privately.</p>
<h3><font color="#7A1F1F">Bridges</font></h3>
<p>A bridge replaces one or more missing teeth by fixing a false tooth to the teeth either side. A conventional
bridge needs the neighbouring teeth to be crowned. An adhesive (Maryland) bridge is glued to the back of the
next tooth with a small metal wing and needs little or no drilling, so it suits a single missing front tooth.</p>
<h3><font color="#7A1F1F">Looking after them</font></h3>
<p>With good care a crown or bridge lasts ten to fifteen years or more. Clean under a bridge every day with
floss threaders or a small interdental brush; Emma can show you how. If a crown comes off, keep it safe and ring
us &ndash; it can often be cemented back.</p>
"""
    + _BOOK
)

_DENT = (
    """
<h2><font face="Georgia" color="#1F4E79">Dentures and Repairs While You Wait</font></h2>
<p>Dentures have always been a big part of our work, and because we have our own laboratory on site we can
make, adjust and mend them quickly.</p>
<h3><font color="#7A1F1F">New dentures</font></h3>
<p>We make full dentures (when you have no teeth left in that jaw) and partial dentures (which fill gaps between
your own teeth) in acrylic, and partial dentures with a thin metal (chrome cobalt) framework, which are lighter
and stronger. Making a new set normally takes <b>five visits over four to six weeks</b>: first impressions,
accurate impressions, bite recording, a try-in in wax so you can see the look before it is finished, and the
fit. We then see you a week later to ease any sore spots.</p>
<h3><font color="#7A1F1F">Repairs while you wait</font></h3>
<p>Our technician Ian can mend most cracked or broken dentures, replace a tooth that has come off or fix a
broken clasp <b>the same day</b>:</p>
<ul>
<li>Monday to Thursday: bring the denture in <b>before 10am</b> and collect it from <b>3pm</b>.</li>
<li>Friday: bring it in <b>before 9am</b> and collect it from <b>1pm</b>.</li>
</ul>
<p>Please ring first to let us know you're coming. Some repairs, such as adding a tooth after an extraction,
need a quick impression taken in the surgery, so you'll need to come in person rather than send someone.
Please <b>don't try to glue a denture yourself</b> &ndash; superglue damages the acrylic and can make a proper
repair impossible.</p>
<p><b>Cost:</b> NHS denture repairs are free of charge. Private repairs are from &pound;55.</p>
<h3><font color="#7A1F1F">Looking after your dentures</font></h3>
<ul>
<li>Take them out at night to give your gums a rest, and keep them in water.</li>
<li>Brush them daily with a soft brush and soap or denture cleaner, over a bowl of water in case you drop them.
</li>
<li>Don't use bleach or very hot water.</li>
<li>Have your mouth checked every year, even with no teeth, as dentures loosen as the gums shrink and we check
for mouth cancer. A loose denture can often be relined rather than replaced.</li>
</ul>
"""
    + _BOOK
)

_CHILD = (
    """
<h2><font face="Georgia" color="#1F4E79">Children's Dentistry</font></h2>
<p>NHS dental care is free for children under 18, and we are always happy to see new young patients.</p>
<h3><font color="#7A1F1F">When to start</font></h3>
<p>Bring your child along <b>as soon as the first tooth comes through</b>, and certainly by their first
birthday. Early visits are mostly about getting used to the sights and sounds, and there is no charge. Young
children can sit on a parent's knee. Children under 16 must come with a parent or guardian.</p>
<h3><font color="#7A1F1F">Protecting young teeth</font></h3>
<ul>
<li><b>Fluoride varnish</b> is painted onto the teeth twice a year from age three. It takes a minute and
greatly reduces decay.</li>
<li><b>Fissure sealants</b> are a thin coating over the grooves of the adult back teeth, usually at around 6-7
and again at 12.</li>
<li>Under 3s: brush twice a day with a smear of toothpaste containing at least 1000ppm fluoride.</li>
<li>3 to 6 year olds: a pea-sized amount of toothpaste with 1350-1500ppm fluoride.</li>
<li>Spit out after brushing but don't rinse, so the fluoride keeps working.</li>
<li>Keep sugary food and drinks to mealtimes, and only milk or water in bottles and beakers.</li>
</ul>
<h3><font color="#7A1F1F">Braces</font></h3>
<p>We don't provide orthodontic treatment (braces) ourselves. At check-ups we keep an eye on how your child's
adult teeth are coming in, and at around 11 or 12 we can refer them to a specialist orthodontist for
assessment. NHS braces are free for under-18s whose teeth need them enough to qualify on the NHS scoring
system; the orthodontist decides this. There is often a long wait, so we refer early.</p>
<h3><font color="#7A1F1F">After-school appointments</font></h3>
<p>Times after school fill up fast, so we hold some children's slots on Tuesday evenings. Please book well
ahead for these.</p>
"""
    + _BOOK
)

_NERV = (
    """
<h2><font face="Georgia" color="#1F4E79">Nervous Patients</font></h2>
<p>Lots of people are nervous of the dentist, and many of our most regular patients once hadn't been for years.
We will never tell you off for how long it has been, and we will never start treatment you haven't agreed to.
</p>
<h3><font color="#7A1F1F">How we can help</font></h3>
<ul>
<li><b>Tell us when you book.</b> We'll add a note so everyone knows, and give you a longer appointment so
nothing is rushed.</li>
<li><b>A get-to-know-you visit.</b> Before any examination you can come for a free 15-minute chat with the dentist
in the surgery, without lying back in the chair.</li>
<li><b>First appointment of the day.</b> Book at 8.30am and there's no time to sit worrying in the waiting room.
If you prefer, wait in your car and we'll ring you when we're ready.</li>
<li><b>A stop signal.</b> Raise your hand and we stop, straight away, every time.</li>
<li><b>Numbing gel</b> is put on the gum before any injection so you barely feel it.</li>
<li><b>Your own music.</b> Bring headphones and listen to whatever you like.</li>
</ul>
<p>Anjali has done extra training in caring for anxious patients and sees many of our nervous adults.</p>
<h3><font color="#7A1F1F">Sedation</font></h3>
<p>We do not offer sedation at Broughton House, and we can't put patients to sleep. For people whose anxiety is
so severe that they can't have treatment even with our help, we can refer you to the NHS Community Dental
Service, which offers treatment with intravenous sedation at clinics in the area. There is a waiting list and
you need to meet their criteria; we will talk this through with you.</p>
<table width="100%" cellpadding="8" cellspacing="0" border="0" bgcolor="#F4F7FA">
<tr><td><font size="2"><i>"I hadn't been for 12 years and was shaking when I rang. Anjali sat and talked to me
first and now I come every year. Honestly, don't put it off like I did."</i><br><b>- Claire, Cononley</b>
</font></td></tr>
</table>
"""
    + _BOOK
)

_HOME_VISITS = (
    """
<h2><font face="Georgia" color="#1F4E79">Home Visits for Housebound Patients</font></h2>
<p>If you or someone you care for can no longer get to the practice because of illness or disability, we may be
able to come to you. Mr Haworth and Sue, our lead nurse, make home visits on <b>Wednesday afternoons</b>.</p>
<h3><font color="#7A1F1F">Who can have a home visit?</font></h3>
<p>Home visits are for patients who are genuinely housebound &ndash; that is, who can't leave home without a great
deal of help or an ambulance. We visit homes within about <b>six miles of Skipton</b>, including Embsay, Carleton,
Gargrave, Cononley, Broughton, Thornton-in-Craven and Bolton Abbey. We also visit several care homes in the
town. If you live further away, the NHS Community Dental Service may be able to help.</p>
<h3><font color="#7A1F1F">What can be done at home?</font></h3>
<ul>
<li>Check-ups and mouth cancer checks</li>
<li>Making new dentures, and easing, relining or repairing old ones</li>
<li>Small fillings with our portable equipment</li>
<li>Simple extractions</li>
</ul>
<p>We can't take X-rays or do root canal treatment, crowns or more complicated extractions at home. If these are
needed we will talk about the options, which may include a hospital referral.</p>
<h3><font color="#7A1F1F">Cost</font></h3>
<p>NHS patients pay the normal NHS band charges (or nothing if exempt) &ndash; there is no extra charge for the
visit. Private patients pay a home visit fee of &pound;60 on top of the normal treatment fees.</p>
<h3><font color="#7A1F1F">Arranging a visit</font></h3>
<p>A relative, carer or the patient can ring reception. We'll need the patient's GP details and a list of their
medicines. Please make sure someone who knows the patient is there during the visit, and that there is a good
light and a chair near a plug socket.</p>
"""
    + _BOOK
)

_EMERG = (
    """
<h2><font face="Georgia" color="#1F4E79">Dental Emergencies</font></h2>
<h3><font color="#7A1F1F">During opening hours</font></h3>
<p>We keep emergency appointments every morning and afternoon for our patients who are in pain. Please ring
<b>01756 793412 at 8.30am</b>; slots are given on the day, so don't wait until the afternoon to call. We will
see you the same day if you have severe pain, swelling or bleeding, or a knocked-out tooth. Emergency slots are
for relieving pain &ndash; further treatment is booked afterwards.</p>
<p>If you are not a patient of ours, or you are on our waiting list, please ring <b>NHS 111</b>, who can book
you into an urgent dental appointment at a practice in the area.</p>
<h3><font color="#7A1F1F">Evenings, weekends and bank holidays</font></h3>
<p>When we are closed, ring <b>NHS 111</b> or use <a href="https://111.nhs.uk">111.nhs.uk</a>. They will assess
you and, if needed, arrange an appointment with the urgent dental care service. Our answerphone message gives
the same advice.</p>
<h3><font color="#7A1F1F">Go to A&amp;E or ring 999 if you have:</font></h3>
<ul>
<li>swelling in the face or neck that is spreading, or reaching your eye</li>
<li>difficulty breathing, swallowing or opening your mouth</li>
<li>bleeding that won't stop after 20 minutes of firm pressure</li>
<li>a serious injury to your face or jaw</li>
</ul>
<h3><font color="#7A1F1F">A knocked-out adult tooth</font></h3>
<p>Time matters. Pick the tooth up by the white crown, not the root. If it's dirty, rinse it briefly in milk.
Push it gently back into the socket and bite on a clean hanky to hold it. If you can't, keep it in milk (or in
the cheek, for an adult) and get to a dentist <b>within the hour</b>. <b>Never</b> put a baby tooth back in.</p>
<h3><font color="#7A1F1F">Until you are seen</font></h3>
<p>Take paracetamol or ibuprofen as directed on the pack (ibuprofen isn't suitable for everyone, check with
a pharmacist). Don't put aspirin on the gum, as it burns. A lost filling can be covered with a temporary filling
kit from the chemist.</p>
"""
    + _BOOK
)

_POL = (
    """
<h2><font face="Georgia" color="#1F4E79">Practice Policies</font></h2>
<h3><font color="#7A1F1F">Cancelling and missed appointments</font></h3>
<p>If you can't make an appointment, please give us at least <b>24 hours' notice</b> (for a Monday appointment,
ring by 4.30pm on the Friday) so we can offer the time to someone in pain. We send a text reminder two days
before each appointment.</p>
<ul>
<li><b>Private patients</b> who miss an appointment, or cancel with less than 24 hours' notice, are charged
&pound;30 for a check-up or hygiene appointment, and &pound;60 for longer treatment appointments. The charge is
added to your next bill.</li>
<li><b>NHS patients</b> are not charged, but if you miss two appointments in twelve months without letting us
know, we may end your course of treatment and may not be able to offer you further NHS treatment.</li>
<li>If you arrive more than <b>10 minutes late</b> we may have to rebook you so other patients aren't kept
waiting.</li>
</ul>
<p>We always make allowances for genuine emergencies and bad weather on the tops.</p>
<h3><font color="#7A1F1F">Complaints</font></h3>
<p>We hope you are happy with your care, but if something has gone wrong we want to know. Please speak to our
practice manager, <b>Gillian Pickles</b>, in person or on the phone, or write to her at the practice. We will
acknowledge your complaint within <b>three working days</b> and aim to give you a full reply within
<b>ten working days</b>.</p>
<p>If you are not satisfied with our reply:</p>
<ul>
<li><b>NHS treatment:</b> you can complain to NHS West Yorkshire Integrated Care Board, which commissions NHS
dentistry in Craven, and then to the Parliamentary and Health Service Ombudsman.</li>
<li><b>Private treatment:</b> you can contact the Dental Complaints Service on 020 8253 0800.</li>
</ul>
<h3><font color="#7A1F1F">Zero tolerance</font></h3>
<p>Our team has the right to work without abuse. Patients who are violent or abusive to staff will be asked to
leave and may be removed from the practice.</p>
<h3><font color="#7A1F1F">Your records and privacy</font></h3>
<p>We keep your dental records securely and only share them with others involved in your care, or where the law
requires. Records are kept for at least 11 years after your last visit, or until age 25 for children, whichever
is longer. This website uses a single cookie to count visitors and nothing else.</p>
"""
    + _BOOK
)

_FAQ = (
    """
<h2><font face="Georgia" color="#1F4E79">Questions &amp; Answers</font></h2>
<p><b>Do you do dental implants?</b></p>
<p>We don't place implants ourselves. If an implant might suit you, we can refer you to an implant dentist we
trust at Wharfedale Implant Clinic in Ilkley. Implants are not available on the NHS except in rare hospital
cases.</p>
<p><b>Can I have my teeth whitened here?</b></p>
<p>Yes, for private patients aged 18 and over. We use home whitening: we make custom trays that you wear with a
whitening gel for about two weeks. The cost is &pound;325 for both top and bottom teeth, including the trays and
gel. By law whitening can't be done for under-18s, and it isn't available on the NHS. Crowns and fillings do not
whiten, so you may need these changing afterwards.</p>
<p><b>Do you make gum shields for sport?</b></p>
<p>Yes. A custom-fitted mouthguard costs &pound;95 and is ready in about a week. You can choose club colours.
Members of Skipton rugby club get 10% off.</p>
<p><b>Can I see the same dentist each time?</b></p>
<p>Yes. You will be booked with your own dentist wherever possible. In an emergency you may see whoever is free.
</p>
<p><b>Can someone come into the surgery with me?</b></p>
<p>Yes, one relative, friend or carer is welcome to come in with you.</p>
<p><b>Can I get a copy of my records or X-rays?</b></p>
<p>Yes. Ask in writing (a letter or email to reception is fine). There is no charge, and we will send them
within one month.</p>
<p><b>Can I have a letter for work or school?</b></p>
<p>Reception can give you a letter confirming that you or your child attended an appointment, free of
charge.</p>
<p><b>Do I need to tell you if I change my medication?</b></p>
<p>Yes, please. Some medicines affect dental treatment, so we need to know what you take.
We will ask you to check your medical history at each check-up.</p>
"""
    + _BOOK
)

_CONTACT = (
    """
<h2><font face="Georgia" color="#1F4E79">Find Us</font></h2>
<p><b>Broughton House Dental Practice</b><br>
Broughton House, 31 Otley Street<br>
Skipton, North Yorkshire BD23 1ET<br>
Telephone: <a href="tel:01756793412">01756 793412</a><br>
Email: <a href="mailto:reception@broughtonhousedental.co.uk">reception@broughtonhousedental.co.uk</a>
(please don't email for urgent problems &ndash; ring us)</p>
<h3><font color="#7A1F1F">Opening hours</font></h3>
<table cellpadding="4" cellspacing="0" border="1" bordercolor="#9FB6CD" style="border-collapse:collapse">
<tr><td width="120">Monday</td><td>8.30am &ndash; 5.30pm</td></tr>
<tr><td>Tuesday</td><td>8.30am &ndash; 7.00pm</td></tr>
<tr><td>Wednesday</td><td>8.30am &ndash; 5.30pm</td></tr>
<tr><td>Thursday</td><td>8.30am &ndash; 5.30pm</td></tr>
<tr><td>Friday</td><td>8.30am &ndash; 4.30pm</td></tr>
<tr><td>Saturday &amp; Sunday</td><td>Closed</td></tr>
</table>
<p>We close for lunch from 1.00pm to 2.00pm, and the phones are not answered between 1.00 and 1.45pm. We are
closed on bank holidays.</p>
<h3><font color="#7A1F1F">Access</font></h3>
<p>Broughton House is an old stone townhouse. There are <b>three steps</b> up from the pavement to the front
door, with a handrail; we have a portable ramp, so ring the bell and we'll put it out for you. The reception,
waiting room, toilet and <b>Surgery 1</b> are on the ground floor. <b>Surgery 2</b> and the hygiene room are on
the first floor, up a staircase of <b>sixteen steps</b>, and there is <b>no lift</b>.</p>
<p>If you can't manage stairs, please tell us when you book and we will see you in Surgery 1 &ndash; this
includes hygienist appointments. The ramp suits most manual wheelchairs but not heavy powered chairs. Our toilet
is not adapted for wheelchair users.</p>
<h3><font color="#7A1F1F">Parking</font></h3>
<p>We have <b>no car park</b> of our own and Otley Street has double yellow lines, though you can stop outside
briefly to drop off a passenger. There is one disabled bay on Otley Street, opposite number 27. The nearest
car parks are:</p>
<ul>
<li><b>Coach Street car park</b> &ndash; pay and display, long stay, about 4 minutes' walk</li>
<li><b>High Street car park</b> &ndash; pay and display, short stay, about 5 minutes' walk</li>
</ul>
<p><b>Market days</b> in Skipton are Monday, Wednesday, Friday and Saturday. On market days the High Street is
full of stalls and the car parks are often full by 10am, so please allow an extra 15 minutes.</p>
<h3><font color="#7A1F1F">By bus or train</font></h3>
<p>Skipton bus station on Keighley Road is about 5 minutes' walk away, and the railway station is about
10 minutes' walk.</p>
"""
    + _BOOK
)

_PAGES = [
    ("/", "Home", _HOME, "Family dentist in Skipton since 1962. NHS for children and exempt adults, private care."),
    ("/team/", "Our Team", _TEAM, "Meet the dentists, hygienist, nurses and reception team at Broughton House."),
    ("/new-patients/", "New Patients", _NEW, "How to join Broughton House Dental Practice, NHS waiting list."),
    ("/nhs-charges/", "NHS Treatment and Charges", _NHS, "NHS dental bands and charges in England, exemptions."),
    ("/private-fees/", "Private Fee List", _FEES, "Private dental fees at Broughton House Dental Practice, Skipton."),
    ("/payment-plan/", "Payment and Practice Plan", _PAY, "How to pay and the Broughton Care Plan."),
    ("/checkups-hygiene/", "Check-ups and Hygienist", _CHECK, "Dental check-ups and hygienist visits."),
    ("/fillings-extractions/", "Fillings and Extractions", _FILL, "Fillings, extractions and aftercare advice."),
    ("/root-canal/", "Root Canal Treatment", _ROOT, "Root canal treatment at Broughton House."),
    ("/crowns-bridges/", "Crowns and Bridges", _CROWN, "Crowns and bridges, NHS and private."),
    ("/dentures/", "Dentures and Repairs", _DENT, "Dentures made on site and denture repairs while you wait."),
    ("/children/", "Children", _CHILD, "Children's dentistry in Skipton, free on the NHS."),
    ("/nervous-patients/", "Nervous Patients", _NERV, "Help for nervous and anxious dental patients."),
    ("/home-visits/", "Home Visits", _HOME_VISITS, "Dental home visits for housebound patients around Skipton."),
    ("/emergencies/", "Emergencies", _EMERG, "Dental emergencies, toothache and NHS 111."),
    ("/policies/", "Practice Policies", _POL, "Missed appointments, complaints and privacy."),
    ("/faq/", "Questions and Answers", _FAQ, "Frequently asked questions."),
    ("/contact/", "Find Us", _CONTACT, "Opening hours, access, parking and directions."),
]

HTML = {path: _page(path, title, body, desc) for path, title, body, desc in _PAGES}

QUESTIONS = [
    ("My grandad says he went to a dentist on Otley Street back in the sixties, is that you lot?", "/"),
    ("Is Mrs Mistry in on Mondays? I'd rather see her", "/team/"),
    (
        "Hi we've just moved to Skipton, me, my husband and our two kids. How do we sign up with you? "
        "We both work so we're not on any benefits",
        "/new-patients/",
    ),
    ("I'm 63 and retired now, do I still have to pay for my NHS dental treatment?", "/nhs-charges/"),
    ("how much is a band 2 course on the nhs now", "/nhs-charges/"),
    ("What do you charge privately for a white filling on a back tooth?", "/private-fees/"),
    ("do you take american express", "/payment-plan/"),
    ("What does your monthly plan cover and how much is it a month?", "/payment-plan/"),
    ("My gums bleed every time I brush, can I see the hygienist on the NHS or do I have to pay", "/checkups-hygiene/"),
    ("Getting married in September and want whiter teeth for the photos, is that something you do?", "/faq/"),
    (
        "I'm on warfarin and need a tooth out next week, is there anything I need to do beforehand?",
        "/fillings-extractions/",
    ),
    (
        "had a tooth pulled on monday and now its thursday and the pain is worse than it was before?? bad taste "
        "as well, is this normal",
        "/fillings-extractions/",
    ),
    (
        "The dentist says the nerve in my tooth has died and it needs taking out of the root. How many visits "
        "is that and will it hurt?",
        "/root-canal/",
    ),
    (
        "Dentist said I need a cap on my front tooth. Can I get a white one on the NHS or will it be metal?",
        "/crowns-bridges/",
    ),
    ("my nan has snapped her bottom denture in half this morning, can you fix it today??", "/dentures/"),
    ("How long does it take to get a whole new set of false teeth made", "/dentures/"),
    ("Its saturday and ive got raging toothache, who do I ring", "/emergencies/"),
    (
        "My lad's 14 and he's just had his front tooth knocked clean out at football, it's in my hand, what do I do",
        "/emergencies/",
    ),
    ("Woke up and the side of my face is swollen right up to my eye and it's hard to swallow", "/emergencies/"),
    ("When should I first bring my baby to the dentist? She's got two teeth now", "/children/"),
    ("My daughter is 12 and her teeth are really crowded, can she get braces with you?", "/children/"),
    (
        "I haven't been to a dentist for 15 years because I'm absolutely terrified. Can you put me to sleep for it?",
        "/nervous-patients/",
    ),
    (
        "My dad's 88 and can't really get out of the house anymore, he lives in Gargrave. Does a dentist come "
        "out to people?",
        "/home-visits/",
    ),
    ("I'm a private patient and I completely forgot my appointment yesterday, will I get charged", "/policies/"),
    ("I use a walking frame and can't do stairs, is that going to be a problem at your place?", "/contact/"),
]

OUT_OF_SCOPE = [
    "Do you do Botox or lip fillers?",
    "Have you got a dentist who speaks Polish? My mum's English isn't great",
    "Is there a hearing loop at the reception desk?",
    "Do you sell electric toothbrushes or interdental brushes at reception?",
    "Can you snip my baby's tongue tie? The health visitor thinks she has one",
    "Can you make me one of those anti-snoring mouthpieces?",
    "Can you recommend a nice cafe near you for a brew after my appointment?",
    "Does my dog need his teeth cleaning, do you know a vet in Skipton that does it?",
]
