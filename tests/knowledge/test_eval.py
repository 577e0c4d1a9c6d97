"""Retrieval quality on websites the system was not shaped on.

A hundred and seventeen sites, each crawled end to end from a local server, with 25 questions
asked the way customers ask them and (for most) 8 the site cannot answer.
Three were written with the system: a veterinary clinic (eval_content.py, with
a second 25 worded apart), a hair salon (eval_salon.py) and a car repair shop
(eval_garage.py, with a second 25 written after the lexicon was settled).
A hundred and fourteen were written blind, by authors who had not read the retrieval,
lexicon or answerer code nor the other sites' questions, and measured once as
written, in twenty-seven rounds, each after the changes the rounds before had led to:
- a plumbing and heating firm, a law firm, a dental practice, a letting agent,
  a physiotherapy clinic and a restaurant (eval_plumber, eval_law,
  eval_dental, eval_letting, eval_physio, eval_restaurant);
- an electrician, an accountant, a cleaning company and an optician
  (eval_electrician, eval_accountant, eval_cleaner, eval_optician);
- in the markup of site builders (nested wrappers, no <main>, accordions,
  sidebars, found through links without a sitemap): a hair and beauty salon
  and a dental practice (eval_beauty, eval_smiles), then an estate agent and a
  firm of solicitors (eval_homes, eval_solicitors);
- a plumbing and heating firm in Webflow markup and a dog groomer in a
  WordPress Divi theme (eval_heating, eval_groomer). Their first crawl showed
  extraction bugs, fixed from the extracted text alone: both themes put a
  layout class ("with-sidebar", "has-sidebar") on the content wrapper, which
  extraction dropped as a sidebar (the groomer's crawl found no text at all,
  the heating firm's pages kept little more than headings), and the heating
  firm's price cards were bare divs outside a <main>. (Keeping a salon's
  "menu" of treatments, which extraction took for navigation, then cost the
  beauty salon one citation, which offering the closest pages in the order
  retrieval ranks them gave back.) An audit of extraction against fourteen
  site builders' markup (tests/knowledge/test_extract_builders.py) then
  cleaned the text of most sites (lists no longer broken at the source's line
  ends, table-layout pages walked as layout): one site gained a page in the
  top 3 and another lost one.
- a barber shop in GoDaddy builder markup and a veterinary practice in Wix
  markup (eval_barber, eval_vetpractice);
- a pest control firm in Framer markup, a hearing clinic in HubSpot markup and
  a removals firm in Squarespace markup (eval_pestcontrol, eval_hearing,
  eval_removals), measured after an answer came to quote retrieval's first
  page as well and three closest pages were offered (which changed none of
  their figures), then used to fit the confidence model;
- after the confidence model, a podiatry clinic in WordPress Astra markup, a
  locksmith in Bootstrap 3 markup and a tutoring centre in Duda markup
  (eval_podiatry, eval_locksmith, eval_tutoring). The tutoring centre's misses
  are questions whose words the site uses elsewhere ("year", "tutor", "never")
  while the right page says it differently: "see what level she is at" for an
  initial assessment, "never heard a thing back" for progress reports, a set
  text named for the English page;
- after the hours of places the site never names lowered confidence, a dog
  trainer in Wix markup and a double glazing firm in Elementor markup
  (eval_dogtrainer, eval_windowfitter);
- after the fifth lexicon round and confidence for hiring questions, a
  driving school in Weebly markup and a chiropractic clinic in Squarespace 7.0
  markup (eval_drivingschool, eval_chiro);
- after the sixth lexicon round, a florist in Shopify Dawn markup and a garden
  maintenance and landscaping firm in Jimdo markup (eval_florist,
  eval_landscaper);
- after a "how much" answer came to quote a price when its best sentences held
  none, a day nursery in Site123 markup, boarding kennels and a cattery in
  Joomla Helix markup, a roofer in WordPress Avada markup, a dental practice in
  a dental-marketing template and an estate and letting agent in a Bootstrap
  property template (eval_nursery, eval_kennels, eval_roofer, eval_dentist3,
  eval_agents2). A seventh lexicon round, written blind with depth for the
  five trades the platform is sold to first (387 wordings), then moved no
  right page into or out of the top 3 on the forty sets, put five more first
  and cost two out-of-scope declines: it was not kept;
- after the words that only set the scene in a question of several sentences
  came to weigh less, firms of the five first trades: solicitors on a law-firm
  platform, a hair salon in Squarespace 7.1 markup and a plumbing and heating
  firm in Wix markup (eval_lawfirm3, eval_salon3, eval_plumber3);
- after asking for a woman or a man to do the job came to count as a
  question about the people and both of retrieval's first two pages came to
  be quoted when it can hardly tell them apart, an electrician in GoDaddy
  markup, an MOT garage on a garage-software template and a bakery selling
  online in a Shopify theme (eval_sparky2, eval_motgarage, eval_bakery);
- forty sites in eight rounds of five, thirty-eight of them in the five first
  trades (a vets and a physiotherapy clinic are the others), each in markup not
  used before: Squarespace, Webflow, Wix, a Shopify theme, Elementor sections
  and Elementor containers, WPBakery, Beaver Builder, Bricks, Hostinger, Brizy,
  Oxygen, Google Sites, Next.js with Tailwind, Drupal Olivero, Thrive
  Architect, Kadence, GeneratePress, Odoo, Ghost, Zoho Sites, SiteOrigin,
  Squarespace Fluid Engine, Spectra, Breakdance, Strikingly, Webnode, Umbraco
  with Bootstrap 5, a hand-coded table layout, Hugo, Enfold, YOOtheme, Salient,
  Flatsome, Jimdo, Tilda, Mobirise, a Bootstrap 4 template, a WordPress block
  theme and IONOS (eval_dentalcare to eval_plumber8, in the order of the table
  below). Five first crawls showed extraction faults, each fixed from the
  extracted text with a test in test_extract_builders.py: a theme's prefix
  before a layout class ("lw-with-sidebar") emptied the Elementor plumber's
  pages (15/13 as written, 24/24 after); Beaver Builder's FAQ folded its
  answers with aria-hidden alone and its first question looked like a button
  (23/23, then 24/24); Drupal Olivero's "sidebar-grid" around a page of lists
  and a fee table (24/24, then 25/25); an old table layout's menu column, with
  no class, repeated on every page (no figure changed); UIkit's accordion built
  as a list, its questions left as bullets (23/22, then 24/23). Two safety nets
  came with them: an element holding two thirds of a page's words outside links
  is content whatever its class says, and a page whose own reading keeps less
  than half of what trafilatura reads in the untouched page keeps trafilatura's
  (neither changes a page of these sets). Between rounds, questions about the
  world outside the business (the weather, a match) came to lower confidence
  like a thing the site never names, and the thing asked about to be read from
  the asking sentence alone ("Do you sell beard oil? My boyfriend keeps nicking
  mine").
- a ninth round of five, in the first trades again: a dental practice in
  Oxygen, a salon hand-coded with Tailwind, an estate agent in Drupal Olivero
  and solicitors in GeneratePress (markup each used once before, by another
  author with other content) and a plumber in Betheme (eval_dental9 to
  eval_plumber9). Four of the five met both figures as written; the estate
  agent's did not (23/21), its misses a "do you have someone who can sort out
  a mortgage" read as asking for the someone, a terrier the lexicon did not know
  for a dog, and "how much do you charge to sell" ranking the free valuation
  over the fee table. After them, the reranker came to weigh whether a passage
  holds the kind of answer asked for (24/24).
- a tenth round of six, on that code: a dental practice in Concrete CMS, a
  barber's in Carrd, a lettings agent in TYPO3's Bootstrap Package, solicitors
  in Craft CMS on Foundation 6, a rural heating engineer in Nicepage and a vet
  in Joomla 4's Cassiopeia (eval_dental10 to eval_vet10). All six met both
  figures as written.
- an eleventh round of six, after "hairpiece" and "toupee" came to reach a
  barber's "hair system": a dental and aesthetics clinic in Neve with Otter
  blocks, a nail and brow studio in Wix Studio, family and injury solicitors in
  Visual Composer, a rural estate agent in Blocksy with Stackable, drainage
  engineers in the X theme's Cornerstone and an MOT garage in Uncode
  (eval_dental11 to eval_plumber11). All six met both figures as written.
- a twelfth round of six, after "send me to you" came to reach a referrals
  page: a family orthodontist in a Gatsby build with hashed class names, an
  Afro hair salon on Square Online, an online estate agent published from
  Notion by Super.so, an employment solicitor on Jekyll's minima, plumbers and
  bathroom fitters on Yell Sites and a sports physiotherapy clinic on
  Mailchimp's builder (eval_dental12 to eval_physio12). All six met both
  figures as written, four of them at 23 cited; a discount and a concession
  then came to be one thing (the clinic's student discount, declined as
  written, 25/24).
- an eighth round of the lexicon (316 wordings: bank holidays and the festive
  weeks, posting and collection, turning up without booking, braces and
  retainers, stray and lost pets and a pet's end of life, low pressure and
  cold radiators, teenagers and parental consent), its topics chosen from the
  kinds of wording the measured sets had missed, its entries written without
  reading their questions; it moved five sets (salon8 22/22 to 24/22,
  plumbingco 23/22 to 24/23) and no set down. Then a thirteenth round of
  five: a dental practice in Avada's Fusion Builder, a village salon on
  Weebly, a London lettings and block manager in the Houzez theme, Scottish
  solicitors and estate agents on Squarespace 7.0 and London plumbers on a
  Webflow template (markup each used once before, by other authors; eval_dental13
  to eval_plumber13). Four met both figures as written; the plumbers did not
  (22/22: a café owner's leaking sink for the home page's commercial work, a
  boiler three years unserviced, and a repair "doing exactly the same thing
  again").
- a fourteenth round of five on that code: a private dental studio on
  Showit, a curly-hair salon on Pixpa, a seaside estate agent on a property
  CRM's template, Welsh solicitors on Drupal 7 with Bootstrap 3 and a
  two-man plumbing and gas business on one.com's builder (eval_dental14 to
  eval_plumber14). All five met both figures as written; an estate agent's
  commission then came to be its fee (agents14 25/25).

The goal is the right page among the first 3 results (the results themselves,
as an API client sees them) for 23 of 25, and answers that cite it. Each set's
floors are the level measured with the offline embedder (WordLlama) and
answerer, so it cannot silently drop; the floor on declined out-of-scope
questions holds precision.

Measured (top 3 / cited, declined of 8):

    set              first measurement     now
    vet              21/19, 5              25/24, 4
    vet reworded     18/16                 24/23
    salon            23/19, 6              25/25, 6
    garage           20/14, 5              22/21, 5
    garage reworded  20/17                 24/24
    plumber          24/23, 3 (blind)      24/24, 4
    law              20/17, 4 (blind)      24/24, 4
    dental           23/22, 4 (blind)      24/24, 8
    letting          21/17, 4 (blind)      22/19, 7
    physio           22/18, 7 (blind)      24/23, 7
    restaurant       20/20, 4 (blind)      24/24, 8
    electrician      23/19, 5 (blind)      23/22, 7
    accountant       22/21, 4 (blind)      22/22, 7
    cleaner          23/22, 3 (blind)      23/21, 7
    optician         22/21, 5 (blind)      24/24, 6
    beauty           25/24, 3 (blind)      25/25, 6
    smiles           25/24, 2 (blind)      25/25, 7
    homes            23/22, 1 (blind)      23/22, 3
    solicitors       23/23, 1 (blind)      24/24, 5
    heating          15/12, 2 (blind)      25/23, 5 (after the extraction fixes)
    groomer          no text (blind)       25/25, 5 (after the extraction fixes)
    barber           23/21, 6 (blind)      23/21, 6
    vetpractice      25/21, 3 (blind)      25/25, 5
    pestcontrol      24/23, 3 (blind)      25/24, 6
    hearing          25/25, 8 (blind)      25/24, 8
    removals         23/23, 4 (blind)      23/23, 5
    podiatry         25/25, 2 (blind)      25/25, 4
    locksmith        23/20, 6 (blind)      23/22, 6
    tutoring         20/20, 2 (blind)      22/22, 3
    dogtrainer       24/24, 2 (blind)      25/25, 2
    windowfitter     25/24, 6 (blind)      25/24, 8
    drivingschool    22/22, 4 (blind)      25/24, 5
    chiro            24/23, 7 (blind)      24/24, 6
    florist          24/22, 5 (blind)      24/23, 6
    landscaper       24/23, 6 (blind)      24/23, 6
    nursery          22/21, 2 (blind)      22/21, 2
    kennels          24/23, 3 (blind)      25/24, 3
    roofer           24/23, 4 (blind)      24/24, 5
    dentist3         24/24, 4 (blind)      25/25, 5
    agents2          23/23, 7 (blind)      23/23, 8
    lawfirm3         23/22, 2 (blind)      23/23, 3
    salon3           25/24, 4 (blind)      25/25, 4
    plumber3         25/24, 4 (blind)      25/24, 6
    sparky2          25/25, 6 (blind)      25/25, 6
    motgarage        24/23, 7 (blind)      24/23, 7
    bakery           23/22, 7 (blind)      23/22, 7
    dentalcare       24/24, 5 (blind)      24/24, 5
    estateagent      24/23, 4 (blind)      24/23, 4
    legalfirm        24/23, 6 (blind)      24/23, 6
    hairstudio       24/22, 6 (blind)      24/22, 7
    drainsplumb      15/13, 4 (blind)      24/24, 6
    familydental     24/24, 5 (blind)      25/25, 6
    nailbar          23/23, 6 (blind)      24/24, 8
    lettingsonly     24/24, 2 (blind)      24/24, 4
    immigrationlaw   25/25, 5 (blind)      25/25, 5
    oneman           24/24, 6 (blind)      24/24, 6
    smiledental      22/22, 8 (blind)      22/22, 8
    barbershop2      25/23, 4 (blind)      25/24, 4
    propertyco       24/24, 4 (blind)      24/24, 4
    lawpractice      24/24, 3 (blind)      25/25, 3
    heatingpro       24/23, 4 (blind)      24/23, 4
    orthodontics     22/22, 5 (blind)      22/22, 5
    beautyrooms      24/24, 7 (blind)      24/24, 7
    homefinders      25/22, 5 (blind)      25/23, 4
    familylaw        25/25, 4 (blind)      25/25, 4
    bathroomfitter   25/25, 7 (blind)      25/25, 7
    dentalstudio     25/24, 4 (blind)      25/24, 4
    cutandcolour     25/24, 6 (blind)      25/24, 6
    lettingshub      24/24, 4 (blind)      24/24, 4
    conveyancers     24/24, 3 (blind)      24/24, 3
    plumbingco       23/22, 6 (blind)      24/23, 6
    vetclinic2       22/22, 6 (blind)      23/22, 6
    physio2          25/25, 5 (blind)      25/25, 5
    solicitors5      24/24, 3 (blind)      24/24, 3
    dentist6         24/24, 6 (blind)      24/24, 6
    plumber6         25/23, 5 (blind)      25/23, 5
    dental7          25/25, 4 (blind)      25/25, 4
    salon7           23/22, 6 (blind)      24/23, 6
    agents7          25/23, 5 (blind)      25/24, 5
    law7             24/23, 2 (blind)      24/23, 2
    plumber7         24/24, 4 (blind)      24/24, 4
    dental8          25/22, 4 (blind)      25/22, 4
    salon8           22/22, 7 (blind)      24/22, 7
    agents8          25/24, 5 (blind)      25/24, 5
    law8             24/23, 7 (blind)      25/23, 7
    plumber8         24/24, 5 (blind)      24/24, 5
    dental9          24/24, 6 (blind)      25/25, 6
    salon9           25/25, 4 (blind)      25/25, 4
    agents9          23/21, 5 (blind)      24/24, 5
    law9             24/23, 3 (blind)      24/24, 3
    plumber9         24/24, 4 (blind)      25/25, 4
    dental10         25/24, 5 (blind)      25/24, 5
    salon10          24/23, 6 (blind)      25/23, 6
    agents10         24/23, 4 (blind)      24/23, 4
    law10            24/23, 3 (blind)      24/23, 3
    plumber10        25/24, 7 (blind)      25/24, 7
    vet10            24/24, 5 (blind)      24/24, 5
    dental11         24/24, 6 (blind)      25/24, 6
    salon11          24/23, 6 (blind)      24/23, 6
    law11            25/25, 4 (blind)      25/25, 4
    agents11         25/25, 4 (blind)      25/25, 4
    garage11         25/25, 8 (blind)      25/25, 8
    plumber11        25/25, 3 (blind)      25/25, 3
    dental12         24/23, 4 (blind)      24/23, 4
    salon12          24/24, 5 (blind)      24/24, 5
    agents12         24/23, 5 (blind)      24/23, 5
    law12            24/24, 5 (blind)      24/24, 5
    plumber12        24/23, 2 (blind)      24/23, 2
    physio12         25/23, 8 (blind)      25/24, 8
    dental13         25/25, 8 (blind)      25/25, 8
    salon13          25/25, 3 (blind)      25/25, 3
    agents13         25/24, 6 (blind)      25/24, 6
    law13            24/24, 2 (blind)      24/24, 2
    plumber13        22/22, 7 (blind)      22/22, 7
    dental14         24/24, 6 (blind)      24/24, 6
    salon14          25/25, 6 (blind)      25/25, 6
    agents14         25/24, 4 (blind)      25/25, 4
    law14            25/25, 4 (blind)      25/25, 4
    plumber14        24/24, 6 (blind)      24/24, 6

Between the columns: the customer-wording lexicon (five rounds of entries
written without reading these questions, the fourth on the practicalities of a
visit: parking, directions, access, arriving, getting in touch, the fifth on
the trades it covered thinly: tutoring, glazing, dog training, hearing care,
podiatry, locksmiths and others; a sixth, of general wordings about speed,
age, results, choosing and starting out, was briefed with those kinds of
wording after the driving school's first measurement had shown them, and moved
only that set, from 22/22 to 25/24), each page's best passage first, the home
page's discount and the people page's boost, the closest pages offered below
the confidence threshold (cited, not answered), FAQ questions kept with their
answers and folded accordion panels kept in extraction, the reranking of the
fused candidates, the answerer's preference for sentences holding the kind of
answer asked for (a price for "how much", knowledge/answer_kinds.py), less
confidence for a "do you sell X" question when the site has no word for X,
answers that quote retrieval's first page as well when its best sentence is
near the best, three closest pages offered instead of two, confidence as a
logistic model of whether the first passage answers
(tests/knowledge/fit_confidence.py), and the place whose hours a question asks
for ("what time does the library shut") and whom it asks the business to take
on ("are you hiring any nurses") judged like a thing offered, a "how much"
answer that quotes a price when its best sentences hold none, the words of a
question's scene-setting sentences weighing 0.85 of the asking sentence's,
asking for a woman or a man counted as asking about the people, both of the
first two pages quoted when retrieval scores them less than 0.15 apart, and
the kind of business a customer asks to be recommended judged like a thing
offered ("can you recommend a good plumber"), as is the team whose kick-off is
asked about (241 of 352 declined, from 233), and the weather or a match asked
about, and the thing offered read from the asking sentence alone (447 of 672
declined on all eighty-six sets).
The last eight rounds' forty sites, first measured: the right page in the top 3
for at least 23 of 25 on thirty-five, cited at least 23 times on thirty (both
on thirty); of the thirty-eight in the five first trades, thirty-four and
twenty-nine. The six rounds after them, thirty-three sites: both on thirty-one
(the right page in the top 3 on thirty-two); on all 119 sets, 2,882 of 2,975 in
the top 3, 2,817 cited and 611 of 936 declined. On the twenty-
six sets it was fitted on first, the model declined 123 of 192 out-of-scope
questions where the hand-made formula declined 98, answering no fewer in-scope
ones; with the hours, 144 of 216 on twenty-nine sets, and with hiring, 158 of
232 on all thirty-one. "Now" is not a blind figure: the reranking weights were
fitted on the first eleven sets, the confidence model on the first twenty-
nine, and the second lexicon round was briefed with kinds of wording (how
late, looking for staff, paying by check, papers, a death or a wedding in the
family) that those sets' misses had shown. The fitting scripts measure each
site with weights fitted on the other sites only: over the thirty-one sets,
736 of 775 in the top 3 and 627 first (fused order: 682 and 574; the weights
in the code: 739 and 630), and of the questions whose first passage is right,
591 of 630 answered with 153 of 232 out-of-scope questions declined. Fitted
again on sixty-one sets, neither did better left out than the weights in the
code (reranking: 1,092 in the top 3 and 935 first against 1,100 and 938;
confidence: 1,192 answered and 329 declined against 1,204 and 324), so both
were kept. What is
left needs knowledge neither the word vectors nor the lexicon has (a car
"wandering to the left" for wheel alignment, five weeks' rent for a deposit).
Declining is still the weakest part: about a third of out-of-scope questions
are answered from a near page.
"""

import pytest
from django.test import override_settings

from knowledge import retrieval
from knowledge.demo_sites.build import render
from knowledge.services import answers, sources
from tests.knowledge import (
    eval_accountant,
    eval_agents2,
    eval_agents7,
    eval_agents8,
    eval_agents9,
    eval_agents10,
    eval_agents11,
    eval_agents12,
    eval_agents13,
    eval_agents14,
    eval_bakery,
    eval_barber,
    eval_barbershop2,
    eval_bathroomfitter,
    eval_beauty,
    eval_beautyrooms,
    eval_chiro,
    eval_cleaner,
    eval_content,
    eval_conveyancers,
    eval_cutandcolour,
    eval_dental,
    eval_dental7,
    eval_dental8,
    eval_dental9,
    eval_dental10,
    eval_dental11,
    eval_dental12,
    eval_dental13,
    eval_dental14,
    eval_dentalcare,
    eval_dentalstudio,
    eval_dentist3,
    eval_dentist6,
    eval_dogtrainer,
    eval_drainsplumb,
    eval_drivingschool,
    eval_electrician,
    eval_estateagent,
    eval_familydental,
    eval_familylaw,
    eval_florist,
    eval_garage,
    eval_garage11,
    eval_groomer,
    eval_hairstudio,
    eval_hearing,
    eval_heating,
    eval_heatingpro,
    eval_homefinders,
    eval_homes,
    eval_immigrationlaw,
    eval_kennels,
    eval_landscaper,
    eval_law,
    eval_law7,
    eval_law8,
    eval_law9,
    eval_law10,
    eval_law11,
    eval_law12,
    eval_law13,
    eval_law14,
    eval_lawfirm3,
    eval_lawpractice,
    eval_legalfirm,
    eval_letting,
    eval_lettingshub,
    eval_lettingsonly,
    eval_locksmith,
    eval_motgarage,
    eval_nailbar,
    eval_nursery,
    eval_oneman,
    eval_optician,
    eval_orthodontics,
    eval_pestcontrol,
    eval_physio,
    eval_physio2,
    eval_physio12,
    eval_plumber,
    eval_plumber3,
    eval_plumber6,
    eval_plumber7,
    eval_plumber8,
    eval_plumber9,
    eval_plumber10,
    eval_plumber11,
    eval_plumber12,
    eval_plumber13,
    eval_plumber14,
    eval_plumbingco,
    eval_podiatry,
    eval_propertyco,
    eval_removals,
    eval_restaurant,
    eval_roofer,
    eval_salon,
    eval_salon3,
    eval_salon7,
    eval_salon8,
    eval_salon9,
    eval_salon10,
    eval_salon11,
    eval_salon12,
    eval_salon13,
    eval_salon14,
    eval_smiledental,
    eval_smiles,
    eval_solicitors,
    eval_solicitors5,
    eval_sparky2,
    eval_tutoring,
    eval_vet10,
    eval_vetclinic2,
    eval_vetpractice,
    eval_windowfitter,
)

pytestmark = pytest.mark.django_db

# (site module, its questions, top-3 floor, cited floor, out-of-scope questions, how many must be declined)
SETS = {
    "vet": (eval_content, eval_content.QUESTIONS, 25, 24, eval_content.OUT_OF_SCOPE, 4),
    "vet-reworded": (eval_content, eval_content.QUESTIONS_REWORDED, 24, 23, [], 0),
    "salon": (eval_salon, eval_salon.QUESTIONS, 25, 25, eval_salon.OUT_OF_SCOPE, 6),
    "garage": (eval_garage, eval_garage.QUESTIONS, 22, 21, eval_garage.OUT_OF_SCOPE, 5),
    "garage-reworded": (eval_garage, eval_garage.QUESTIONS_REWORDED, 24, 24, [], 0),
    "plumber": (eval_plumber, eval_plumber.QUESTIONS, 24, 24, eval_plumber.OUT_OF_SCOPE, 4),
    "law": (eval_law, eval_law.QUESTIONS, 24, 24, eval_law.OUT_OF_SCOPE, 4),
    # One out-of-scope question ("will a dentist come out to my mum's care home") sits at the threshold (0.229
    # or 0.282 from one full run to another, always 0.229 run alone), so the floor allows it either way.
    "dental": (eval_dental, eval_dental.QUESTIONS, 24, 24, eval_dental.OUT_OF_SCOPE, 7),
    "letting": (eval_letting, eval_letting.QUESTIONS, 22, 19, eval_letting.OUT_OF_SCOPE, 7),
    "physio": (eval_physio, eval_physio.QUESTIONS, 24, 23, eval_physio.OUT_OF_SCOPE, 7),
    "restaurant": (eval_restaurant, eval_restaurant.QUESTIONS, 24, 24, eval_restaurant.OUT_OF_SCOPE, 8),
    "electrician": (eval_electrician, eval_electrician.QUESTIONS, 23, 22, eval_electrician.OUT_OF_SCOPE, 7),
    "accountant": (eval_accountant, eval_accountant.QUESTIONS, 22, 22, eval_accountant.OUT_OF_SCOPE, 7),
    "cleaner": (eval_cleaner, eval_cleaner.QUESTIONS, 23, 21, eval_cleaner.OUT_OF_SCOPE, 7),
    "optician": (eval_optician, eval_optician.QUESTIONS, 24, 24, eval_optician.OUT_OF_SCOPE, 6),
    "beauty": (eval_beauty, eval_beauty.QUESTIONS, 25, 25, eval_beauty.OUT_OF_SCOPE, 6),
    "smiles": (eval_smiles, eval_smiles.QUESTIONS, 25, 25, eval_smiles.OUT_OF_SCOPE, 7),
    "homes": (eval_homes, eval_homes.QUESTIONS, 23, 22, eval_homes.OUT_OF_SCOPE, 3),
    "solicitors": (eval_solicitors, eval_solicitors.QUESTIONS, 24, 24, eval_solicitors.OUT_OF_SCOPE, 5),
    "heating": (eval_heating, eval_heating.QUESTIONS, 25, 23, eval_heating.OUT_OF_SCOPE, 5),
    "groomer": (eval_groomer, eval_groomer.QUESTIONS, 25, 25, eval_groomer.OUT_OF_SCOPE, 5),
    "barber": (eval_barber, eval_barber.QUESTIONS, 23, 21, eval_barber.OUT_OF_SCOPE, 6),
    "vetpractice": (eval_vetpractice, eval_vetpractice.QUESTIONS, 25, 25, eval_vetpractice.OUT_OF_SCOPE, 5),
    "pestcontrol": (eval_pestcontrol, eval_pestcontrol.QUESTIONS, 25, 24, eval_pestcontrol.OUT_OF_SCOPE, 6),
    "hearing": (eval_hearing, eval_hearing.QUESTIONS, 25, 24, eval_hearing.OUT_OF_SCOPE, 8),
    "removals": (eval_removals, eval_removals.QUESTIONS, 23, 23, eval_removals.OUT_OF_SCOPE, 5),
    "podiatry": (eval_podiatry, eval_podiatry.QUESTIONS, 25, 25, eval_podiatry.OUT_OF_SCOPE, 4),
    "locksmith": (eval_locksmith, eval_locksmith.QUESTIONS, 23, 22, eval_locksmith.OUT_OF_SCOPE, 6),
    "tutoring": (eval_tutoring, eval_tutoring.QUESTIONS, 22, 22, eval_tutoring.OUT_OF_SCOPE, 3),
    "dogtrainer": (eval_dogtrainer, eval_dogtrainer.QUESTIONS, 25, 25, eval_dogtrainer.OUT_OF_SCOPE, 2),
    "windowfitter": (eval_windowfitter, eval_windowfitter.QUESTIONS, 25, 24, eval_windowfitter.OUT_OF_SCOPE, 8),
    "drivingschool": (eval_drivingschool, eval_drivingschool.QUESTIONS, 25, 24, eval_drivingschool.OUT_OF_SCOPE, 5),
    "chiro": (eval_chiro, eval_chiro.QUESTIONS, 24, 24, eval_chiro.OUT_OF_SCOPE, 6),
    "florist": (eval_florist, eval_florist.QUESTIONS, 24, 23, eval_florist.OUT_OF_SCOPE, 6),
    "landscaper": (eval_landscaper, eval_landscaper.QUESTIONS, 24, 23, eval_landscaper.OUT_OF_SCOPE, 6),
    "nursery": (eval_nursery, eval_nursery.QUESTIONS, 22, 21, eval_nursery.OUT_OF_SCOPE, 2),
    "kennels": (eval_kennels, eval_kennels.QUESTIONS, 25, 24, eval_kennels.OUT_OF_SCOPE, 3),
    "dentist3": (eval_dentist3, eval_dentist3.QUESTIONS, 25, 25, eval_dentist3.OUT_OF_SCOPE, 5),
    "agents2": (eval_agents2, eval_agents2.QUESTIONS, 23, 23, eval_agents2.OUT_OF_SCOPE, 8),
    "lawfirm3": (eval_lawfirm3, eval_lawfirm3.QUESTIONS, 23, 23, eval_lawfirm3.OUT_OF_SCOPE, 3),
    "salon3": (eval_salon3, eval_salon3.QUESTIONS, 25, 25, eval_salon3.OUT_OF_SCOPE, 4),
    "plumber3": (eval_plumber3, eval_plumber3.QUESTIONS, 25, 24, eval_plumber3.OUT_OF_SCOPE, 6),
    "sparky2": (eval_sparky2, eval_sparky2.QUESTIONS, 25, 25, eval_sparky2.OUT_OF_SCOPE, 6),
    "motgarage": (eval_motgarage, eval_motgarage.QUESTIONS, 24, 23, eval_motgarage.OUT_OF_SCOPE, 7),
    "bakery": (eval_bakery, eval_bakery.QUESTIONS, 23, 22, eval_bakery.OUT_OF_SCOPE, 7),
    "roofer": (eval_roofer, eval_roofer.QUESTIONS, 24, 24, eval_roofer.OUT_OF_SCOPE, 5),
    "dentalcare": (eval_dentalcare, eval_dentalcare.QUESTIONS, 24, 24, eval_dentalcare.OUT_OF_SCOPE, 5),
    "estateagent": (eval_estateagent, eval_estateagent.QUESTIONS, 24, 23, eval_estateagent.OUT_OF_SCOPE, 4),
    "legalfirm": (eval_legalfirm, eval_legalfirm.QUESTIONS, 24, 23, eval_legalfirm.OUT_OF_SCOPE, 6),
    "hairstudio": (eval_hairstudio, eval_hairstudio.QUESTIONS, 24, 22, eval_hairstudio.OUT_OF_SCOPE, 7),
    "drainsplumb": (eval_drainsplumb, eval_drainsplumb.QUESTIONS, 24, 24, eval_drainsplumb.OUT_OF_SCOPE, 6),
    "familydental": (eval_familydental, eval_familydental.QUESTIONS, 25, 25, eval_familydental.OUT_OF_SCOPE, 6),
    "nailbar": (eval_nailbar, eval_nailbar.QUESTIONS, 24, 24, eval_nailbar.OUT_OF_SCOPE, 8),
    "lettingsonly": (eval_lettingsonly, eval_lettingsonly.QUESTIONS, 24, 24, eval_lettingsonly.OUT_OF_SCOPE, 4),
    "immigrationlaw": (eval_immigrationlaw, eval_immigrationlaw.QUESTIONS, 25, 25, eval_immigrationlaw.OUT_OF_SCOPE, 5),
    "oneman": (eval_oneman, eval_oneman.QUESTIONS, 24, 24, eval_oneman.OUT_OF_SCOPE, 6),
    "smiledental": (eval_smiledental, eval_smiledental.QUESTIONS, 22, 22, eval_smiledental.OUT_OF_SCOPE, 8),
    "barbershop2": (eval_barbershop2, eval_barbershop2.QUESTIONS, 25, 24, eval_barbershop2.OUT_OF_SCOPE, 4),
    "propertyco": (eval_propertyco, eval_propertyco.QUESTIONS, 24, 24, eval_propertyco.OUT_OF_SCOPE, 4),
    "lawpractice": (eval_lawpractice, eval_lawpractice.QUESTIONS, 25, 25, eval_lawpractice.OUT_OF_SCOPE, 3),
    "heatingpro": (eval_heatingpro, eval_heatingpro.QUESTIONS, 24, 23, eval_heatingpro.OUT_OF_SCOPE, 4),
    "orthodontics": (eval_orthodontics, eval_orthodontics.QUESTIONS, 22, 22, eval_orthodontics.OUT_OF_SCOPE, 5),
    "beautyrooms": (eval_beautyrooms, eval_beautyrooms.QUESTIONS, 24, 24, eval_beautyrooms.OUT_OF_SCOPE, 7),
    "homefinders": (eval_homefinders, eval_homefinders.QUESTIONS, 25, 23, eval_homefinders.OUT_OF_SCOPE, 4),
    "familylaw": (eval_familylaw, eval_familylaw.QUESTIONS, 25, 25, eval_familylaw.OUT_OF_SCOPE, 4),
    "bathroomfitter": (eval_bathroomfitter, eval_bathroomfitter.QUESTIONS, 25, 25, eval_bathroomfitter.OUT_OF_SCOPE, 7),
    "dentalstudio": (eval_dentalstudio, eval_dentalstudio.QUESTIONS, 25, 24, eval_dentalstudio.OUT_OF_SCOPE, 4),
    "cutandcolour": (eval_cutandcolour, eval_cutandcolour.QUESTIONS, 25, 24, eval_cutandcolour.OUT_OF_SCOPE, 6),
    "lettingshub": (eval_lettingshub, eval_lettingshub.QUESTIONS, 24, 24, eval_lettingshub.OUT_OF_SCOPE, 4),
    "conveyancers": (eval_conveyancers, eval_conveyancers.QUESTIONS, 24, 24, eval_conveyancers.OUT_OF_SCOPE, 3),
    "plumbingco": (eval_plumbingco, eval_plumbingco.QUESTIONS, 24, 23, eval_plumbingco.OUT_OF_SCOPE, 6),
    "vetclinic2": (eval_vetclinic2, eval_vetclinic2.QUESTIONS, 23, 22, eval_vetclinic2.OUT_OF_SCOPE, 6),
    "physio2": (eval_physio2, eval_physio2.QUESTIONS, 25, 25, eval_physio2.OUT_OF_SCOPE, 5),
    "solicitors5": (eval_solicitors5, eval_solicitors5.QUESTIONS, 24, 24, eval_solicitors5.OUT_OF_SCOPE, 3),
    "dentist6": (eval_dentist6, eval_dentist6.QUESTIONS, 24, 24, eval_dentist6.OUT_OF_SCOPE, 6),
    "plumber6": (eval_plumber6, eval_plumber6.QUESTIONS, 25, 23, eval_plumber6.OUT_OF_SCOPE, 5),
    "dental7": (eval_dental7, eval_dental7.QUESTIONS, 25, 25, eval_dental7.OUT_OF_SCOPE, 4),
    "salon7": (eval_salon7, eval_salon7.QUESTIONS, 24, 23, eval_salon7.OUT_OF_SCOPE, 6),
    "agents7": (eval_agents7, eval_agents7.QUESTIONS, 25, 24, eval_agents7.OUT_OF_SCOPE, 5),
    "law7": (eval_law7, eval_law7.QUESTIONS, 24, 23, eval_law7.OUT_OF_SCOPE, 2),
    "plumber7": (eval_plumber7, eval_plumber7.QUESTIONS, 24, 24, eval_plumber7.OUT_OF_SCOPE, 4),
    "dental8": (eval_dental8, eval_dental8.QUESTIONS, 25, 22, eval_dental8.OUT_OF_SCOPE, 4),
    "salon8": (eval_salon8, eval_salon8.QUESTIONS, 24, 22, eval_salon8.OUT_OF_SCOPE, 7),
    "agents8": (eval_agents8, eval_agents8.QUESTIONS, 25, 24, eval_agents8.OUT_OF_SCOPE, 5),
    "law8": (eval_law8, eval_law8.QUESTIONS, 25, 23, eval_law8.OUT_OF_SCOPE, 7),
    "plumber8": (eval_plumber8, eval_plumber8.QUESTIONS, 24, 24, eval_plumber8.OUT_OF_SCOPE, 5),
    "plumber9": (eval_plumber9, eval_plumber9.QUESTIONS, 25, 25, eval_plumber9.OUT_OF_SCOPE, 4),
    "agents9": (eval_agents9, eval_agents9.QUESTIONS, 24, 24, eval_agents9.OUT_OF_SCOPE, 5),
    "law9": (eval_law9, eval_law9.QUESTIONS, 24, 24, eval_law9.OUT_OF_SCOPE, 3),
    "dental9": (eval_dental9, eval_dental9.QUESTIONS, 25, 25, eval_dental9.OUT_OF_SCOPE, 6),
    "salon9": (eval_salon9, eval_salon9.QUESTIONS, 25, 25, eval_salon9.OUT_OF_SCOPE, 4),
    "dental10": (eval_dental10, eval_dental10.QUESTIONS, 25, 24, eval_dental10.OUT_OF_SCOPE, 5),
    "salon10": (eval_salon10, eval_salon10.QUESTIONS, 25, 23, eval_salon10.OUT_OF_SCOPE, 6),
    "agents10": (eval_agents10, eval_agents10.QUESTIONS, 24, 23, eval_agents10.OUT_OF_SCOPE, 4),
    "law10": (eval_law10, eval_law10.QUESTIONS, 24, 23, eval_law10.OUT_OF_SCOPE, 3),
    "plumber10": (eval_plumber10, eval_plumber10.QUESTIONS, 25, 24, eval_plumber10.OUT_OF_SCOPE, 7),
    "vet10": (eval_vet10, eval_vet10.QUESTIONS, 24, 24, eval_vet10.OUT_OF_SCOPE, 5),
    "dental11": (eval_dental11, eval_dental11.QUESTIONS, 25, 24, eval_dental11.OUT_OF_SCOPE, 6),
    "salon11": (eval_salon11, eval_salon11.QUESTIONS, 24, 23, eval_salon11.OUT_OF_SCOPE, 6),
    "law11": (eval_law11, eval_law11.QUESTIONS, 25, 25, eval_law11.OUT_OF_SCOPE, 4),
    "agents11": (eval_agents11, eval_agents11.QUESTIONS, 25, 25, eval_agents11.OUT_OF_SCOPE, 4),
    "garage11": (eval_garage11, eval_garage11.QUESTIONS, 25, 25, eval_garage11.OUT_OF_SCOPE, 8),
    "plumber11": (eval_plumber11, eval_plumber11.QUESTIONS, 25, 25, eval_plumber11.OUT_OF_SCOPE, 3),
    "dental12": (eval_dental12, eval_dental12.QUESTIONS, 24, 23, eval_dental12.OUT_OF_SCOPE, 4),
    "salon12": (eval_salon12, eval_salon12.QUESTIONS, 24, 24, eval_salon12.OUT_OF_SCOPE, 5),
    "agents12": (eval_agents12, eval_agents12.QUESTIONS, 24, 23, eval_agents12.OUT_OF_SCOPE, 5),
    "law12": (eval_law12, eval_law12.QUESTIONS, 24, 24, eval_law12.OUT_OF_SCOPE, 5),
    "plumber12": (eval_plumber12, eval_plumber12.QUESTIONS, 24, 23, eval_plumber12.OUT_OF_SCOPE, 2),
    "physio12": (eval_physio12, eval_physio12.QUESTIONS, 25, 24, eval_physio12.OUT_OF_SCOPE, 8),
    "dental13": (eval_dental13, eval_dental13.QUESTIONS, 25, 25, eval_dental13.OUT_OF_SCOPE, 8),
    "salon13": (eval_salon13, eval_salon13.QUESTIONS, 25, 25, eval_salon13.OUT_OF_SCOPE, 3),
    "agents13": (eval_agents13, eval_agents13.QUESTIONS, 25, 24, eval_agents13.OUT_OF_SCOPE, 6),
    "law13": (eval_law13, eval_law13.QUESTIONS, 24, 24, eval_law13.OUT_OF_SCOPE, 2),
    "plumber13": (eval_plumber13, eval_plumber13.QUESTIONS, 22, 22, eval_plumber13.OUT_OF_SCOPE, 7),
    "dental14": (eval_dental14, eval_dental14.QUESTIONS, 24, 24, eval_dental14.OUT_OF_SCOPE, 6),
    "salon14": (eval_salon14, eval_salon14.QUESTIONS, 25, 25, eval_salon14.OUT_OF_SCOPE, 6),
    "agents14": (eval_agents14, eval_agents14.QUESTIONS, 25, 25, eval_agents14.OUT_OF_SCOPE, 4),
    "law14": (eval_law14, eval_law14.QUESTIONS, 25, 25, eval_law14.OUT_OF_SCOPE, 4),
    "plumber14": (eval_plumber14, eval_plumber14.QUESTIONS, 24, 24, eval_plumber14.OUT_OF_SCOPE, 6),
}


def routes_of(module) -> dict[str, tuple[int, dict, str]]:
    """A site's pages as a local server serves them: rendered by the demo sites' builder from a content
    module's PAGES, or a module's own complete documents (HTML), found by following links (no sitemap)."""
    if hasattr(module, "HTML"):
        routes = {path: (200, {"Content-Type": "text/html; charset=utf-8"}, body) for path, body in module.HTML.items()}
        routes["/robots.txt"] = (200, {"Content-Type": "text/plain"}, "User-agent: *\nDisallow: /wp-admin/\n")
        return routes
    return {path: (200, {"Content-Type": kind}, body) for path, (kind, body) in render(module.__name__).items()}


def _crawl(site, module, run_on_commit) -> str:
    server = site(routes_of(module))
    # One page at a time, so the pages are indexed in the same order on every run: chunk ids break ties in
    # the rankings, and the vector index is built in insertion order.
    # The crawl runs as the on-commit work does, when run_on_commit's block ends: inside the override.
    with override_settings(CRAWLER_CONCURRENCY=1), run_on_commit():
        source = sources.source_create(kind="website", url=server.origin + "/", max_pages=50)
    source.refresh_from_db()
    assert source.status == "ready", source.error
    pages = getattr(module, "PAGES", None) or module.HTML
    assert source.pages_indexed == len(pages), list(source.pages.values_list("url", "status", "reason"))
    return server.origin


def score(origin: str, questions) -> tuple[list[str], list[str]]:
    """(questions whose page is not in the top 3, questions whose answer does not cite it)."""
    misses, uncited = [], []
    for question, path in questions:
        expected = origin + path
        # The first three results themselves (not the first three pages among more): an API client showing
        # three results shows these.
        pages = [p.url for p in retrieval.search(question, limit=3).passages]
        if expected not in pages:
            misses.append(f"{question!r}: wanted {path}, got {[p.removeprefix(origin) for p in pages]}")
        answer = answers.answer_question(question=question)
        if expected not in {c["url"] for c in answer.citations}:
            cited = [c["url"].removeprefix(origin) for c in answer.citations]
            uncited.append(f"{question!r}: wanted {path}, cited {cited}: {answer.answer[:120]!r}")
    return misses, uncited


def answered_out_of_scope(questions) -> list[str]:
    """The questions the site cannot answer that were answered anyway (with what was said)."""
    answered = []
    for question in questions:
        answer = answers.answer_question(question=question)
        if answer.answered:
            answered.append(f"{question!r} ({answer.confidence}): {answer.answer[:100]!r}")
    return answered


@pytest.mark.parametrize("name", SETS)
def test_the_right_page_is_in_the_top_three_and_cited(name, site, tenant_a, in_tenant, run_on_commit):
    module, questions, top3_floor, cited_floor, out_of_scope, declined_floor = SETS[name]
    assert len(questions) == 25
    with in_tenant(tenant_a):
        origin = _crawl(site, module, run_on_commit)
        misses, uncited = score(origin, questions)
        wrongly_answered = answered_out_of_scope(out_of_scope)
    found, cited = 25 - len(misses), 25 - len(uncited)
    print(f"\n{name}: top-3 hits {found}/25; cited {cited}/25")
    if out_of_scope:
        declined = len(out_of_scope) - len(wrongly_answered)
        print(f"  out of scope declined {declined}/{len(out_of_scope)}")
        print("".join(f"  answered: {line}\n" for line in wrongly_answered), end="")
    print("  missed: " + "\n  missed: ".join(misses) if misses else "  no misses")
    print("  uncited: " + "\n  uncited: ".join(uncited) if uncited else "  all cited")
    assert found >= top3_floor, "\n".join(misses)
    assert cited >= cited_floor, "\n".join(uncited)
    assert len(out_of_scope) - len(wrongly_answered) >= declined_floor, "\n".join(wrongly_answered)
