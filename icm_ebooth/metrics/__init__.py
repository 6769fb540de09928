"""Booth metrics: what visitors do on a booth, counted per day without tracking anyone.

Counting happens where a page cache or a CDN cannot hide it: page views through a small
beacon script (its own request), downloads on Wagtail's ``document_served`` signal, joins
and calendar adds through redirects that look the event up by id, ``.ics`` files in their
view before the cache answers. Each count goes into a buffer (Redis when the metrics cache
is django-redis, the process's memory otherwise) and reaches the database in batches.

The modules, split by job:

- ``kinds``: what is counted, and the labels editors read;
- ``visitors``: who is not counted (Do Not Track, Global Privacy Control, robots) and the
  daily salted hash that counts unique visitors without keeping who they are;
- ``buffer``: the buffer in Redis or in memory;
- ``counting``: the calls the views and receivers make, which never fail a request;
- ``flushing``: from the buffer to ``DailyCount`` and ``DailyVisitors`` rows;
- ``views`` and ``signal_handlers``: the beacon, the redirects and the receivers;
- ``report``, ``charts`` and ``admin``: the per-booth report in Wagtail's admin.
"""
