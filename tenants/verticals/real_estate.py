"""Estate agencies and letting agents: viewings, valuations and tenants' maintenance calls."""

from tenants.verticals import (
    AnalysisField,
    AppointmentTypeDefault,
    EscalationRule,
    LeadField,
    SampleFAQ,
    VerticalTemplate,
)

TEMPLATE = VerticalTemplate(
    vertical="real_estate",
    label="Real estate",
    summary=(
        "Book viewings and valuations at any hour, qualify buyers and renters, and route tenants' urgent "
        "maintenance calls to the right person."
    ),
    system_prompt=(
        "You are the receptionist of {{business_name}}, an estate and letting agency. Callers are buyers, "
        "renters, sellers, landlords or current tenants; find out which first. For buyers and renters, "
        "ask about the property they saw, their budget, when they want to move and whether they have a "
        "mortgage in principle or references, then book a viewing. For sellers and landlords, book a "
        "valuation. For current tenants reporting a repair, take the address and the problem; a gas leak, "
        "flooding, a break-in or being locked out is urgent and goes to a person. Only describe properties "
        "from the agency's own listings and never negotiate prices."
    ),
    chat_greeting="Hi! Looking to buy, rent, sell or let? I can book a viewing or a free valuation.",
    voice_greeting=(
        "Hello, {{business_name}}. Are you calling about buying, renting, selling, or a property you rent from us?"
    ),
    quick_prompts=(
        "Book a viewing",
        "Get a free valuation",
        "Report a repair",
        "What fees do tenants pay?",
    ),
    lead_fields=(
        LeadField(name="first_name", label="Name", required=True),
        LeadField(name="email", label="Email", kind="email", required=True),
        LeadField(name="phone", label="Phone", kind="phone", required=True),
        LeadField(
            name="enquiry_type",
            label="I'd like to",
            kind="choice",
            choices=("Buy", "Rent", "Sell", "Let my property", "Report a repair"),
        ),
        LeadField(name="budget", label="Budget"),
    ),
    sample_faqs=(
        SampleFAQ(
            question="How do I book a viewing?",
            answer="Tell us which property you are interested in and when suits you; viewings run seven days a week.",
        ),
        SampleFAQ(
            question="Do you charge for a valuation?",
            answer="No. Valuations are free and without obligation, and usually take about 45 minutes.",
        ),
        SampleFAQ(
            question="What do I need to rent a property?",
            answer="Photo ID, proof of income and references; a holding deposit secures the property "
            "while checks are done.",
        ),
        SampleFAQ(
            question="How do I report a repair?",
            answer="Tell us the address and what is wrong. Emergencies such as a gas leak or flooding "
            "are passed to our on-call contractor straight away.",
        ),
    ),
    escalation_rules=(
        EscalationRule(
            name="Property emergency",
            phrases=("gas leak", "flooding", "no power"),
            reply="I've alerted our property manager, who will arrange an emergency contractor.",
        ),
        EscalationRule(name="Security", phrases=("break-in", "broken into", "locked out")),
        EscalationRule(name="Complaint", phrases=("deposit dispute", "make a complaint")),
    ),
    after_hours_script=(
        "The office is closed right now, but I can still book a viewing or valuation for you. If you are "
        "a tenant with an emergency such as a gas leak or flooding, I'll alert our on-call team."
    ),
    transfer_script="I'll connect you with one of our agents now; one moment please.",
    analysis_fields=(
        AnalysisField(
            name="enquiry_type",
            description="What the caller wants.",
            kind="enum",
            choices=("buy", "rent", "sell", "let", "maintenance", "other"),
        ),
        AnalysisField(name="property_reference", description="The address or listing the caller asked about."),
        AnalysisField(name="budget", description="The budget or price range mentioned."),
        AnalysisField(name="viewing_booked", description="A viewing or valuation was booked.", kind="boolean"),
    ),
    appointment_types=(
        AppointmentTypeDefault(name="Property viewing", duration_minutes=30),
        AppointmentTypeDefault(name="Valuation", duration_minutes=45, description="Free, no obligation."),
        AppointmentTypeDefault(name="Tenancy sign-up", duration_minutes=45),
    ),
    notification_wording={
        "noun": "viewing",
        "extra": "Your agent will meet you at the property; please bring photo ID.",
    },
)
