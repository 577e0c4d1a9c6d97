"""The staff alert inbox: StaffAlert events become alert items, delivered on each member's channels."""
