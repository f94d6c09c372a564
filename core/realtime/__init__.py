"""Real time over WebSockets: one authenticated socket per client at ``/api/v1/ws/``.

The rest of the code publishes with :func:`core.realtime.events.publish_user_event`; the
consumer (``consumer.py``) delivers to every socket of that user, replays what a
reconnecting client missed, and keeps each socket bounded in time and memory. The wire
protocol (messages, envelope, close codes) is documented in ``protocol.py``.
"""
