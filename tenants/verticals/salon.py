"""Salons, barbers and spas: quick bookings, services and prices, reactions taken seriously."""

from tenants.verticals import (
    AnalysisField,
    AppointmentTypeDefault,
    EscalationRule,
    LeadField,
    SampleFAQ,
    VerticalTemplate,
)

TEMPLATE = VerticalTemplate(
    vertical="salon",
    label="Salons and spas",
    summary=(
        "Book, move and cancel appointments while your stylists keep working, and fill cancellations from "
        "a waiting list instead of leaving chairs empty."
    ),
    system_prompt=(
        "You are the receptionist of {{business_name}}, a salon and spa. Be friendly and upbeat. Help "
        "clients book, move or cancel appointments: ask which service they want, whether they have a "
        "favourite stylist or therapist, and offer times from the diary. Quote prices and durations only "
        "from the salon's own price list. Colour services need a patch test at least 48 hours before for "
        "new clients; mention it when booking. If a client reports a reaction, burn or rash after a "
        "treatment, apologise, advise them to seek medical help if it is severe, and pass it to the "
        "manager."
    ),
    chat_greeting="Hi! Want to book in? Tell me what you'd like done and when suits you.",
    voice_greeting="Hi, thanks for calling {{business_name}}! Would you like to book an appointment?",
    quick_prompts=(
        "Book a haircut",
        "How much is colour?",
        "Do you have anything today?",
        "Do you sell gift vouchers?",
    ),
    lead_fields=(
        LeadField(name="first_name", label="Name", required=True),
        LeadField(name="phone", label="Mobile number", kind="phone", required=True),
        LeadField(name="email", label="Email", kind="email"),
        LeadField(
            name="service",
            label="Service",
            kind="choice",
            choices=("Cut and finish", "Colour", "Nails", "Massage", "Facial", "Other"),
        ),
    ),
    sample_faqs=(
        SampleFAQ(
            question="Do I need a patch test?",
            answer="Yes, for any colour service if you are new to us or have not had colour here in six "
            "months. It takes five minutes and must be done 48 hours before.",
        ),
        SampleFAQ(
            question="What is your cancellation policy?",
            answer="Please give 24 hours' notice. Missed appointments may need a deposit to rebook.",
        ),
        SampleFAQ(
            question="Do you sell gift vouchers?",
            answer="Yes, for any amount or treatment, in the salon or by phone. They are valid for 12 months.",
        ),
        SampleFAQ(
            question="Can I request a particular stylist?",
            answer="Of course. Tell us who you would like and we will book you in their diary.",
        ),
    ),
    escalation_rules=(
        EscalationRule(
            name="Treatment reaction",
            phrases=("allergic reaction", "burn", "burned", "rash", "swelling", "blistering"),
            reply="I'm sorry to hear that. If it is severe, please seek medical help now. I've alerted the "
            "salon manager, who will call you.",
        ),
        EscalationRule(name="Complaint", phrases=("make a complaint", "refund", "ruined my hair")),
    ),
    after_hours_script=(
        "We're closed right now, but I can still book your appointment or put you on the waiting list "
        "for a cancellation."
    ),
    transfer_script="Let me grab someone from the front desk for you; one moment.",
    analysis_fields=(
        AnalysisField(name="service_requested", description="The treatment the caller asked for."),
        AnalysisField(name="preferred_stylist", description="The stylist or therapist they asked for."),
        AnalysisField(name="new_client", description="The caller has not visited before.", kind="boolean"),
        AnalysisField(name="appointment_booked", description="An appointment was booked.", kind="boolean"),
    ),
    appointment_types=(
        AppointmentTypeDefault(name="Cut and finish", duration_minutes=45),
        AppointmentTypeDefault(name="Colour", duration_minutes=120, description="Includes a toner and finish."),
        AppointmentTypeDefault(name="Patch test", duration_minutes=10, description="At least 48 hours before colour."),
        AppointmentTypeDefault(name="Massage", duration_minutes=60),
    ),
    notification_wording={
        "noun": "appointment",
        "extra": "Need to change it? Use the link below, no need to call.",
    },
)
