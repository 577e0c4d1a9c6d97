"""Default rates and plans, and a database guard that keeps ledger entries immutable."""

from decimal import Decimal

from django.db import migrations

# Global defaults as the platform starts: the owner edits them in the admin.
RATES = {
    "per_minute": Decimal("1.00"),
    "per_sms": Decimal("0.05"),
    "per_email": Decimal("0.01"),
    "monthly_fee": Decimal("0.00"),
    "tax_rate": Decimal("0.0000"),
    "currency": "USD",
    "low_balance_threshold": Decimal("10.00"),
}
# code, name, price, agents, numbers, knowledge pages, chat messages/month, voice minutes/month, metered overage
PLANS = [
    ("starter", "Starter", "29.00", 1, 1, 100, 1_000, 300, False),
    ("pro", "Pro", "99.00", 5, 3, 1_000, 10_000, 1_500, True),
    ("business", "Business", "249.00", 20, 10, 10_000, 50_000, 6_000, True),
    ("agency", "Agency", "499.00", 100, 50, 50_000, 250_000, 25_000, True),
]


def seed(apps, schema_editor):
    GlobalRates = apps.get_model("billing", "GlobalRates")
    Plan = apps.get_model("billing", "Plan")
    if schema_editor.connection.schema_name != "public":
        return
    GlobalRates.objects.get_or_create(singleton=True, defaults=RATES)
    for order, (code, name, price, agents, numbers, pages, chats, minutes, overage) in enumerate(PLANS):
        Plan.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "monthly_price": Decimal(price),
                "max_agents": agents,
                "max_phone_numbers": numbers,
                "max_knowledge_pages": pages,
                "max_chat_messages": chats,
                "max_voice_minutes": minutes,
                "metered_overage": overage,
                "overage_per_minute": Decimal("1.00") if overage else Decimal("0"),
                "trial_days": 14,
                "sort_order": order,
            },
        )


GUARD = """
CREATE OR REPLACE FUNCTION billing_ledger_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'ledger entries are immutable: post a correcting entry instead';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER billing_ledger_no_update BEFORE UPDATE ON billing_ledgerentry
    FOR EACH ROW EXECUTE FUNCTION billing_ledger_immutable();
"""
UNGUARD = """
DROP TRIGGER IF EXISTS billing_ledger_no_update ON billing_ledgerentry;
DROP FUNCTION IF EXISTS billing_ledger_immutable();
"""


class Migration(migrations.Migration):
    dependencies = [("billing", "0001_initial")]

    operations = [
        migrations.RunPython(seed, migrations.RunPython.noop),
        migrations.RunSQL(GUARD, UNGUARD),
    ]
