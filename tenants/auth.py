"""Glue between django-axes and allauth's email login."""


def axes_username(request, credentials=None) -> str:
    """The attempted email, from allauth's credentials or the login form."""
    if credentials:
        value = credentials.get("email") or credentials.get("username") or credentials.get("login")
        if value:
            return str(value).strip().lower()
    if request is not None and request.method == "POST":
        return str(request.POST.get("login", "")).strip().lower()
    return ""
