from decimal import Decimal

import factory

from properties.models import Property


class PropertyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Property

    name = factory.Sequence(lambda n: f"Property {n}")
    type = "apartment"
    location = "Camden, London"
    price_min = Decimal("400000")
    price_max = factory.LazyAttribute(lambda o: o.price_min)
    currency = "GBP"
    specifications = factory.LazyFunction(lambda: {"bedrooms": 2})


TENANT_FACTORIES = {Property: PropertyFactory}
