"""What the package gives Wagtail's API: fields pages declare, and endpoints for a site's router.

``fields`` sits below the models, which declare their ``api_fields`` with it; ``views`` sits
above them.
"""
