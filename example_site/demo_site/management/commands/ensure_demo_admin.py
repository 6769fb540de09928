from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

USERNAME = "admin"
# The example site listens on 127.0.0.1 only; a fixed, printed password is the point.
PASSWORD = "ebooth-demo"  # noqa: S105


class Command(BaseCommand):
    help = "Create the example site's admin user if it is missing, and print how to sign in."

    def handle(self, *args, **options):
        user_model = get_user_model()
        user, created = user_model.objects.get_or_create(
            username=USERNAME,
            defaults={"email": "admin@example.org", "is_staff": True, "is_superuser": True},
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
        self.stdout.write(
            f"Wagtail admin: http://127.0.0.1:8000/admin/  user: {USERNAME}  password: "
            f"{PASSWORD if created or user.check_password(PASSWORD) else '(changed by you)'}"
        )
