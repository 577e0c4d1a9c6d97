"""Demo data for `make run` (called by seed_demo inside the tenant's schema; idempotent).

Only estate agencies get a stock of properties: a dental clinic or a plumber
has no inventory, and the Properties area stays out of their navigation.
The references make re-seeding update rather than duplicate.
"""

from __future__ import annotations

from properties.imports import property_import

STOCK = """name,type,location,price_min,price_max,currency,amenities,availability,reference,bedrooms,bathrooms,area_sqft
Canal-side two bed,apartment,"Camden, London",475000,495000,GBP,balcony;lift;bike store,available,DEMO-CAM-1,2,1,780
Victorian terrace,house,"Islington, London",1150000,1150000,GBP,garden;cellar,available,DEMO-ISL-2,4,2,1650
Garden maisonette,apartment,"Hackney, London",540000,560000,GBP,garden;parking,reserved,DEMO-HAC-3,3,1,1010
New-build studio,apartment,"Stratford, London",295000,310000,GBP,gym;concierge;lift,available,DEMO-STR-4,0,1,420
Family semi,house,"Walthamstow, London",690000,720000,GBP,garden;driveway,sold,DEMO-WAL-5,3,2,1240
Riverside three bed,apartment,"Greenwich, London",610000,640000,GBP,balcony;parking;gym,available,DEMO-GRE-6,3,2,1120
"""


def seed(tenant) -> None:
    if tenant.vertical != "real_estate":
        return
    property_import(content=STOCK.encode(), commit=True, strict=True)
