"""Alembic environment: runs on the connection oncoguide hands it (see store.engine.migrate)."""

from alembic import context

from oncoguide.store.schema import include_object, metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                  include_object=include_object)
with context.begin_transaction():
    context.run_migrations()
