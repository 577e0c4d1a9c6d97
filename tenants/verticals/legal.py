"""Law firms: careful intake, no legal advice, conflicts and deadlines flagged to a person."""

from tenants.verticals import (
    AnalysisField,
    AppointmentTypeDefault,
    EscalationRule,
    LeadField,
    SampleFAQ,
    VerticalTemplate,
)

TEMPLATE = VerticalTemplate(
    vertical="legal",
    label="Law firms",
    summary=(
        "Capture every enquiry with a proper intake, book consultations, and get urgent matters such as "
        "arrests and court deadlines in front of a lawyer fast."
    ),
    system_prompt=(
        "You are the intake assistant of {{business_name}}, a law firm. You never give legal advice and "
        "never predict the outcome of a matter; say that a lawyer will advise them. Take a short intake: "
        "the person's name, contact details, the area of law, the other parties involved (for a conflict "
        "check), and any deadline or court date. Explain the firm's consultation options and fees as "
        "published, and book a consultation. Treat arrests, hearings in the next few days and eviction "
        "notices as urgent and hand them to a person. Everything the caller tells you is confidential; "
        "do not repeat details of one matter to anyone else."
    ),
    chat_greeting="Hello. I can take a few details about your matter and book a consultation with one of our lawyers.",
    voice_greeting=(
        "Thank you for calling {{business_name}}. I can arrange a consultation or take a message for "
        "your lawyer. How may I help?"
    ),
    quick_prompts=(
        "Book a consultation",
        "How much does a first meeting cost?",
        "Which areas of law do you cover?",
        "I have a court date soon",
    ),
    lead_fields=(
        LeadField(name="first_name", label="First name", required=True),
        LeadField(name="last_name", label="Last name", required=True),
        LeadField(name="email", label="Email", kind="email", required=True),
        LeadField(name="phone", label="Phone", kind="phone"),
        LeadField(
            name="practice_area",
            label="Area of law",
            kind="choice",
            choices=("Family", "Employment", "Property", "Wills and probate", "Criminal", "Business", "Other"),
        ),
        LeadField(name="opposing_party", label="Other party involved (for our conflict check)"),
    ),
    sample_faqs=(
        SampleFAQ(
            question="How much is an initial consultation?",
            answer="Our first consultation is a fixed fee for up to an hour; we confirm the fee when "
            "booking and explain the costs of any further work in writing.",
        ),
        SampleFAQ(
            question="Which areas of law do you handle?",
            answer="We advise on family, employment, property, wills and probate, and business matters.",
        ),
        SampleFAQ(
            question="What should I bring to the consultation?",
            answer="Photo ID, proof of address, and any letters, contracts or court papers about your matter.",
        ),
        SampleFAQ(
            question="Is what I tell you confidential?",
            answer="Yes. Everything you share with the firm is confidential, even if you do not instruct us.",
        ),
    ),
    escalation_rules=(
        EscalationRule(
            name="Custody or arrest",
            phrases=("arrested", "in custody", "police station"),
            reply="I've alerted our duty lawyer, who will call you back as a priority.",
        ),
        EscalationRule(
            name="Imminent deadline",
            phrases=("court tomorrow", "court date today", "deadline today", "hearing tomorrow"),
            reply="I've flagged this as urgent so a lawyer sees it today.",
        ),
        EscalationRule(name="Housing", phrases=("eviction", "bailiffs")),
        EscalationRule(name="Safety", phrases=("restraining order", "domestic abuse")),
    ),
    after_hours_script=(
        "Our office is closed at the moment. If someone has been arrested or you have a hearing within "
        "the next day, I'll alert our duty lawyer now. Otherwise I can book a consultation for you."
    ),
    transfer_script=(
        "I'll transfer you to a member of the team. Please be ready to give your name and a short "
        "description of your matter."
    ),
    analysis_fields=(
        AnalysisField(
            name="practice_area",
            description="The area of law the matter concerns.",
            kind="enum",
            choices=("family", "employment", "property", "probate", "criminal", "business", "other"),
        ),
        AnalysisField(name="opposing_party", description="Names of other parties, for the conflict check."),
        AnalysisField(name="deadline", description="Any court date or legal deadline mentioned."),
        AnalysisField(name="consultation_booked", description="A consultation was booked.", kind="boolean"),
    ),
    appointment_types=(
        AppointmentTypeDefault(name="Initial consultation", duration_minutes=60),
        AppointmentTypeDefault(name="Phone consultation", duration_minutes=30),
        AppointmentTypeDefault(name="Document signing", duration_minutes=30),
    ),
    notification_wording={
        "noun": "consultation",
        "extra": "Please bring photo ID and any documents related to your matter.",
    },
)
