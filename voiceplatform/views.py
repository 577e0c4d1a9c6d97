"""Project-level pages: the platform home and the unknown-host page."""

from django.shortcuts import render


def unknown_host(request):
    return render(request, "404.html", {"unknown_host": True}, status=404)


def platform_home(request):
    return render(request, "platform/home.html")
