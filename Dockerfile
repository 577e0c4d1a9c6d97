# One image for web, voice (the custom-LLM WebSocket, uvicorn on 8001), worker and beat (the command differs).
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DJANGO_ENV=production
# The deploy's name (pass --build-arg RELEASE=<commit>): its web processes share cached list pages.
ARG RELEASE=""
ENV RELEASE=${RELEASE}
WORKDIR /app
COPY requirements/ requirements/
RUN pip install --no-cache-dir -r requirements/prod.txt
COPY . .
RUN SECRET_KEY=collectstatic-only DATABASE_URL=postgres://build@localhost/build REDIS_URL=redis://localhost:6379/0 \
    python manage.py collectstatic --noinput
EXPOSE 8000 8001
CMD ["gunicorn", "voiceplatform.wsgi:application", "--bind", "0.0.0.0:8000", "--worker-class", "gthread", "--workers", "3", "--threads", "4"]
