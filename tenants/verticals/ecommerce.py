"""Online shops: order status, returns and product questions, with staff for payment problems."""

from tenants.verticals import (
    AnalysisField,
    AppointmentTypeDefault,
    EscalationRule,
    LeadField,
    SampleFAQ,
    VerticalTemplate,
)

TEMPLATE = VerticalTemplate(
    vertical="ecommerce",
    label="E-commerce",
    summary=(
        "Answer shipping, returns and product questions instantly from your store's own pages, and hand "
        "payment problems and damaged orders to your team."
    ),
    system_prompt=(
        "You are the customer support assistant of {{business_name}}, an online shop. Answer questions "
        "about products, sizes, stock, shipping times, returns and exchanges using only the shop's own "
        "pages and policies, and link to the page you used. For a question about a specific order, ask "
        "for the order number and the email used at checkout, and pass it to the team: you cannot see "
        "orders or payments. Never take card details. A damaged or missing parcel, a double charge or a "
        "suspected fraudulent order goes to a person. Suggest related products only when asked."
    ),
    chat_greeting="Hi! Questions about an order, delivery or a product? I'm here to help.",
    voice_greeting="Thanks for calling {{business_name}} customer support. Do you have an order number handy?",
    quick_prompts=(
        "Where is my order?",
        "How do I return something?",
        "How long does delivery take?",
        "Do you ship internationally?",
    ),
    lead_fields=(
        LeadField(name="first_name", label="Name", required=True),
        LeadField(name="email", label="Email used for the order", kind="email", required=True),
        LeadField(name="order_number", label="Order number"),
        LeadField(name="notes", label="How can we help?", kind="textarea"),
    ),
    sample_faqs=(
        SampleFAQ(
            question="How long does delivery take?",
            answer="Standard delivery takes 2-4 working days and express arrives the next working day if "
            "you order before 2 pm.",
        ),
        SampleFAQ(
            question="How do I return an item?",
            answer="You can return unworn items within 30 days. Start a return from your order email and "
            "we refund within 5 working days of receiving it.",
        ),
        SampleFAQ(
            question="Do you ship internationally?",
            answer="Yes, to most countries. Shipping costs and duties are shown at checkout.",
        ),
        SampleFAQ(
            question="Can I change or cancel my order?",
            answer="Contact us within an hour of ordering and we will change or cancel it before it is packed.",
        ),
    ),
    escalation_rules=(
        EscalationRule(
            name="Payment problem",
            phrases=("charged twice", "double charged", "fraud", "unauthorised payment", "chargeback"),
            reply="I've passed this to our payments team, who will email you today.",
        ),
        EscalationRule(
            name="Order problem",
            phrases=("never arrived", "damaged", "wrong item", "missing parcel"),
            reply="Sorry about that. I've alerted the team, who will put it right.",
        ),
    ),
    after_hours_script=(
        "Our support team is offline right now. I can answer most questions straight away, and anything "
        "about a specific order will be picked up first thing tomorrow."
    ),
    transfer_script="I'll pass you to a member of our support team; please have your order number ready.",
    analysis_fields=(
        AnalysisField(
            name="topic",
            description="What the customer contacted support about.",
            kind="enum",
            choices=("order_status", "return", "product_question", "payment", "other"),
        ),
        AnalysisField(name="order_number", description="The order number the customer gave."),
        AnalysisField(name="refund_requested", description="The customer asked for a refund.", kind="boolean"),
        AnalysisField(name="satisfaction", description="How satisfied the customer sounded, 1 to 5.", kind="number"),
    ),
    appointment_types=(
        AppointmentTypeDefault(name="Personal shopping call", duration_minutes=30, description="Video or phone."),
        AppointmentTypeDefault(name="Returns pickup", duration_minutes=60, description="A courier collection window."),
    ),
    notification_wording={
        "noun": "appointment",
        "extra": "We will call you on the number you gave us.",
    },
)
